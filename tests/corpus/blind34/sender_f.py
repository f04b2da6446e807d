# ruff: noqa: E501
"""Sender F: Midtfjord barnevernteneste (inter-municipal child welfare service hosted by Nesvik kommune, nynorsk).

Habits: the head of section writes; letters on the host municipality's letterhead with «Vår ref. |
Dykkar ref. | Sakshandsamar | Dato»; the child welfare head and the municipal director sign side
by side; «Gjenpart:» names the municipality's DPO. Twice the whole letter is pasted into a plain
mail (to be PGP-encrypted inline), with the DPIA summarised under its own headings. Management's
validation is a «særutskrift» of the municipal management group, once scanned. One case attaches
the county governor's (Statsforvaltaren) letter with its own case officer.
"""

from __future__ import annotations

from common import DT_ADDR, E_APPROVED_NN
from kit import Label, message, scan_pdf, to_odt, to_pdf, txt, when
from letter import Head, Letter, to_text
from letter import to_odt as letter_odt
from letter import to_pdf as letter_pdf
from topic import (
    Person,
    Proc,
    Topic,
    bullets,
    lines,
    paras,
    pick,
    proc_rows,
    risk_bullets,
    skipped_bullets,
    table,
)

ORG = "Nesvik kommune"
UNIT = "Midtfjord barnevernteneste – vertskommunesamarbeid for Nesvik, Ytre Lunde og Solvær"
FOOT = (
    "Postadresse: Postboks 60, 6940 Nesvik | Sentralbord: 57 71 20 00 | postmottak@nesvik.kommune.no | Org.nr. 964 210 771",
)
LABELS = ("Vår ref.", "Dykkar ref.", "Sakshandsamar", "Dato")
HEAD = Head(ORG, UNIT, FOOT, LABELS)

LEIAR = ("Turid Eikrem", "barnevernleiar")
KOMDIR = ("Olav Hjelmeland", "kommunedirektør")
DPO = Person(
    "Ragnar Tysse",
    "personvernombod for Nesvik, Ytre Lunde og Solvær",
    "57 71 20 45",
    "ragnar.tysse@nesvik.kommune.no",
)
NES = Person("Gunhild Nes", "fagleiar", "57 71 33 12", "gunhild.nes@nesvik.kommune.no")
BREKKE = Person("Jostein Brekke", "rådgjevar", "57 71 33 40", "jostein.brekke@nesvik.kommune.no")

FOSTERNETT = Proc(
    "Fosternett AS (org.nr. 924 887 301)",
    "app og plattform for samhandling med fosterheimar",
    Person("Hilde Rønneberg", "dagleg leiar", "926 11 480", "hilde.ronneberg@fosternett.no"),
)
SAMTALE = Proc(
    "Samtalerom Digital AS (org.nr. 931 220 115)",
    "opptaksutstyr og lagring av videosamtalar",
    Person(
        "Morten Hatlestad", "fagansvarleg barnevern", "474 50 119", "morten.hatlestad@samtalerom.no"
    ),
)
BESLUT = Proc(
    "Modulus Barnevern AS (org.nr. 913 660 504)",
    "fagsystem med modul for strukturert vurdering",
    Person("Kari Aasen", "personvernansvarleg", "995 20 318", "kari.aasen@modulus.no"),
)

FOSTERAPP = Topic(
    "f_fosterapp",
    "Førespurnad om førehandsdrøfting – digital samhandlingsplattform mellom barnevernet og fosterheimar",
    (
        "Midtfjord barnevernteneste vil ta i bruk ei app der fosterforeldre, barnevernet og (for born over 12 år) fosterbarnet sjølv kan sende meldingar, dele bilete og dokument, føre logg over samvær og melde hendingar. Om lag 70 fosterheimar og 95 born er omfatta.",
        "I dag skjer dette på SMS, e-post og telefon, og mykje av det blir ikkje journalført. Appen skal gje ein trygg kanal og betre dokumentasjon.",
    ),
    (
        ("Kjelder", "fosterforeldre, barnet, tilsette i barnevernet"),
        (
            "Mottakarar",
            "tilsette med ansvar for barnet; relevante meldingar blir journalførte i fagsystemet",
        ),
        (
            "Lagring",
            "Fosternett AS sin plattform i Noreg; meldingar blir sletta frå appen etter 12 månader når dei er journalførte",
        ),
        ("Tryggleik", "BankID-pålogging for vaksne, kryptering, logg, ingen lagring på telefonen"),
    ),
    (
        "Barnevernet har plikt til å følgje opp fosterheimane tett og dokumentere arbeidet. Ein sikker kanal er naudsynt fordi SMS og privat e-post i dag blir brukt til sensitive opplysningar.",
        "Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g og h, jf. barnevernslova. Biologiske foreldre har ikkje tilgang. Bilete av barnet kan ikkje lastast ned frå appen.",
    ),
    (
        "barnet og fosterforeldra får informasjon tilpassa alder",
        "barnet sjølv kan sjå kva som er skrive om det i appen",
        "barnet kan be om at eit bilete blir sletta",
    ),
    (
        (
            "Sensitive bilete av barnet kjem på avvegar",
            "låg",
            "svært høg",
            "ingen nedlasting, vassmerke, logg",
        ),
        (
            "Fosterforeldre skriv meir enn naudsynt om barnet",
            "høg",
            "middels",
            "rettleiing, faste felt",
        ),
        (
            "Barnet opplever at alt det seier blir delt",
            "middels",
            "høg",
            "eigne samtalar utan appen, informasjon",
        ),
    ),
    (
        (
            "Gje biologiske foreldre innsyn i appen",
            "kan skade barnet i enkelte saker; innsyn skjer gjennom saksinnsyn",
        ),
        ("Ingen bilete", "fosterforeldre og barn ønskjer å dele bilete frå kvardagen"),
    ),
    "Risikoen for at sensitive opplysningar om born i fosterheim kjem på avvegar eller blir brukte feil, er framleis høg.",
    (FOSTERNETT,),
)

VIDEO = Topic(
    "f_video",
    "Førespurnad om førehandsdrøfting – videoopptak av samtalar med born i undersøkingssaker",
    (
        "Barnevernstenesta vil ta opp samtalar med born i undersøkingssaker på video, i eit eige samtalerom. Opptaket skal sikre at det barnet seier blir gjengitt rett, og at barnet slepp å fortelje det same fleire gonger. Om lag 150 samtalar i året med born frå 4 til 17 år.",
        "Opptaket blir lagra i ei sikker løysing og kan berre sjåast av tilsette i saka. Ved politimelding kan opptaket bli utlevert til politiet etter eigen vurdering.",
    ),
    (
        ("Registrerte", "barnet, tilsette som gjennomfører samtalen"),
        ("Kjelder", "opptak i samtalerommet"),
        (
            "Mottakarar",
            "tilsette i saka; ved vedtak om tiltak fylkesnemnda; politiet etter særskild vurdering",
        ),
        (
            "Lagring",
            "hos Samtalerom Digital AS i Noreg; sletta når saka er avslutta, eller etter fem år",
        ),
    ),
    (
        "Samtalereferata er i dag ofte korte og unøyaktige, og fylkesnemnda har fleire gonger etterlyst betre dokumentasjon av det barnet har sagt.",
        "Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g, jf. barnevernslova §§ 2-2 og 12-1. Opptak skjer berre når barnet og (når det er forsvarleg) foreldra er informerte. Born over 12 år kan seie nei.",
    ),
    (
        "barnet får forklart kvifor det blir teke opp, på ein måte det forstår",
        "barnet over 12 år kan nekte opptak",
        "foreldre har innsyn i opptaket etter reglane om partsinnsyn",
    ),
    (
        ("Opptaket blir spreidd vidare", "låg", "svært høg", "ingen nedlasting, logg, vassmerke"),
        (
            "Barnet seier mindre fordi det blir filma",
            "middels",
            "høg",
            "barnet kan be om at opptaket stoppar",
        ),
        (
            "Foreldre med partsinnsyn får sjå sensitive opplysningar om barnet",
            "middels",
            "høg",
            "vurdering av unntak frå innsyn",
        ),
    ),
    (("Berre lydopptak", "kroppsspråk og samspel er viktig for vurderinga"),),
    "Risikoen for at barnet blir skada dersom opptaket kjem på avvegar, er framleis høg.",
    (SAMTALE,),
)

RISIKOVERKTOY = Topic(
    "f_verktoy",
    "Førespurnad om førehandsdrøfting – strukturert vurderingsverktøy for bekymringsmeldingar",
    (
        "Midtfjord barnevernteneste vil ta i bruk ein modul i fagsystemet som hjelper sakshandsamaren å vurdere bekymringsmeldingar strukturert. Modulen stiller faste spørsmål og reknar ut ein tilrådd hastegrad (akutt, 1 veke, 3 veker). Om lag 600 meldingar i året.",
        "Modulen bruker opplysningar i meldinga og tidlegare meldingar om same barn og søsken.",
    ),
    (
        ("Kjelder", "bekymringsmeldinga, fagsystemet"),
        ("Mottakarar", "sakshandsamar og leiar; ingen utlevering"),
        ("Lagring", "i fagsystemet frå Modulus Barnevern AS, drifta i Noreg"),
        ("Tryggleik", "tilgangsstyring, logg, kryptering"),
    ),
    (
        "Barnevernet har frist på ei veke for å gjennomgå meldingar og må prioritere rett. Faste spørsmål gjer vurderinga meir lik mellom sakshandsamarar.",
        "Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav g, jf. barnevernslova § 2-1. Hastegraden er berre ei tilråding; leiaren avgjer. Opplysningar om etnisitet og religion er ikkje med i modulen.",
    ),
    (
        "foreldre får vite at eit vurderingsverktøy er brukt, ved innsyn",
        "leiar dokumenterer avvik frå tilrådinga",
    ),
    (
        (
            "Tidlegare meldingar om søsken gir skeiv tilråding",
            "middels",
            "høg",
            "vekta ned, leiar vurderer",
        ),
        ("Sakshandsamaren stolar blindt på tilrådinga", "middels", "høg", "opplæring, stikkprøver"),
        (
            "Diskriminering av familiar med låg inntekt",
            "middels",
            "høg",
            "inntekt ikkje med, årleg analyse",
        ),
    ),
    (("Fullautomatisk prioritering", "ikkje forsvarleg"),),
    "Risikoen for skeive vurderingar som rammar familiar urettvist, er framleis høg.",
    (BESLUT,),
)

SAMVAER = Topic(
    "f_samvaer",
    "Førespurnad om førehandsdrøfting – posisjonsdeling under samvær med tilsyn",
    (
        "Ved samvær med tilsyn utanfor barnevernet sine lokale vil tilsynsføraren dele posisjonen sin med barnevernsvakta i sanntid, slik at vakta kan sende hjelp raskt. Posisjonen til tilsynsføraren viser i praksis kvar barnet og forelderen er.",
        "Om lag 400 samvær i året.",
    ),
    (
        ("Kjelder", "tilsynsføraren sin telefon"),
        ("Mottakarar", "barnevernsvakta"),
        ("Lagring", "posisjon blir ikkje lagra etter samværet; berre avvik blir journalførte"),
        ("Tryggleik", "kryptert deling, tilgang for vakta"),
    ),
    (
        "Behandlinga skal tryggje barnet og tilsynsføraren.",
        "",
    ),
    ("forelder og barn får informasjon før samværet",),
    (
        (
            "Forelderen opplever posisjonsdeling som overvaking",
            "høg",
            "middels",
            "informasjon, ingen lagring",
        ),
        (
            "Posisjonen kjem på avvegar og avslører adressa til fosterheimen",
            "låg",
            "svært høg",
            "deling berre under samværet",
        ),
    ),
    (("Posisjon berre ved alarm", "for sein hjelp i akutte situasjonar"),),
    "Risikoen for at adressa til fosterheimen blir avslørt, er framleis høg.",
)

# --- templates -------------------------------------------------------------------------------


def dpia_markup(t: Topic, gap: dict[str, str] | None = None) -> str:
    return f"""
# Vurdering av personvernkonsekvensar

{t.title.split("– ", 1)[1]}

# Skildring av behandlinga

{pick(gap, "what", paras(t.what))}

{pick(gap, "flow", lines(t.flow))}

Databehandlar:

{table(("Databehandlar", "Oppgåve", "Kontakt", "Telefon", "E-post"), proc_rows(t)) if t.procs else "Ingen."}

# Naudsynt og forholdsmessig?

{pick(gap, "need", paras([p for p in t.need if p]))}

Tiltak for borna og foreldra:

{pick(gap, "rights", bullets(t.rights))}

# Risiko for borna og familiane

{pick(gap, "risk", risk_bullets(t, "{r} (sannsyn {s}, konsekvens {k}). Tiltak: {m}"))}

Tiltak vi har vurdert, men ikkje gjennomført:

{pick(gap, "skipped", skipped_bullets(t, "{m} – {w}"))}

# Samla vurdering

{pick(gap, "residual", t.residual)}
"""


def saerutskrift(t: Topic, sak: str, dato: str) -> str:
    return f"""NESVIK KOMMUNE – SÆRUTSKRIFT

Leiargruppa i Nesvik kommune (vertskommune for Midtfjord barnevernteneste)
Møtedato: {dato}   Sak: {sak}

Sak {sak}: {t.title.split("– ", 1)[1]}

Barnevernleiar la fram vurderinga av personvernkonsekvensar. Saka var handsama første gong i leiarmøtet ein månad før. Hovudfunn: {t.residual}

Personvernombodet har gitt råd. Samarbeidskommunane Ytre Lunde og Solvær, brukarrepresentantar frå Forandringsfabrikken og dei tillitsvalde har gitt innspel.

Vedtak: Leiargruppa godkjenner vurderinga og tiltaka. Restrisikoen er høg. Kommunedirektøren ber om førehandsdrøfting med Datatilsynet.

Rett utskrift: Nesvik, {dato}
Sigrun Vatne, sekretær
"""


def letter(
    t: Topic, refs: tuple[str, ...], body: str, encl: tuple[str, ...], copy: tuple[str, ...]
) -> Letter:
    return Letter(
        HEAD,
        DT_ADDR,
        refs,
        t.title,
        body,
        closing="Med helsing",
        signers=(LEIAR, KOMDIR),
        layout="tabs",
        note=E_APPROVED_NN,
        encl=encl,
        copy=copy,
        copy_label="Gjenpart:",
    )


def mail_sig(p: Person) -> str:
    return (
        f"\nHelsing\n{p.name}\n{p.title}, Midtfjord barnevernteneste\nTlf. {p.phone} | {p.email}\n"
    )


STATSFORV = Letter(
    Head(
        "Statsforvaltaren i Vestfjell",
        "Oppvekst- og justisavdelinga",
        ("Postboks 1700, 6863 Leikanger | Sentralbord 57 64 30 00 | sfvfpost@statsforvaltaren.no",),
        ("Vår ref.", "Dykkar ref.", "Sakshandsamar", "Dato"),
    ),
    ("Midtfjord barnevernteneste", "Nesvik kommune", "Postboks 60", "6940 Nesvik"),
    (
        "2026/7712",
        "26/00930",
        "Ingrid Moldestad\n57 64 30 18\ningrid.moldestad@statsforvaltaren.no",
        "7.10.2026",
    ),
    "Svar på spørsmål om videoopptak av samtalar med born i barnevernet",
    """
Vi viser til brev av 2.9.2026 med spørsmål om barnevernstenesta kan ta opp samtalar med born på video.

Statsforvaltaren har ikkje myndigheit til å førehandsgodkjenne tiltaket, men vil peike på at barnevernslova ikkje er til hinder for opptak så lenge opptaket er naudsynt for å utføre oppgåvene etter lova, og barnet sin rett til medverknad er teken vare på. Kommunen må sjølv vurdere personvernkonsekvensane.

Vi gjer merksam på at opptak inngår i saksdokumenta, og at reglane om partsinnsyn gjeld.

Spørsmål kan rettast til seniorrådgjevar Ingrid Moldestad, tlf. 57 64 30 18, ingrid.moldestad@statsforvaltaren.no.
""",
    closing="Med helsing",
    signers=(("Bente Øvrebø", "avdelingsdirektør"), ("Ingrid Moldestad", "seniorrådgjevar")),
    layout="tabs",
    note="Dokumentet er elektronisk godkjent.",
)


# --- cases: odd ----------------------------------------------------------------------------------


def d011() -> tuple:
    t = FOSTERAPP
    body = f"""
Midtfjord barnevernteneste, med Nesvik kommune som behandlingsansvarleg vertskommune, ber om førehandsdrøfting etter personvernforordninga artikkel 36.

{dpia_markup(t)}

# Leiinga si godkjenning

Leiargruppa i Nesvik kommune handsama vurderinga i sak 44/26 den 20.10.2026 etter ein første gjennomgang 22.9. Særutskrifta lyder:

{saerutskrift(t, "44/26", "20.10.2026").replace(chr(10), chr(10) + chr(10))}

# Kontaktpersonar

~ Kontaktperson: Gunhild Nes, fagleiar, tlf. {NES.phone}, {NES.email}
~ Personvernombod: {DPO.name}, tlf. {DPO.phone}, {DPO.email}
~ Databehandlar: Fosternett AS, Hilde Rønneberg, tlf. 926 11 480, hilde.ronneberg@fosternett.no
"""
    lt = letter(
        t,
        ("26/00812-6", "", f"{NES.name}\n{NES.phone}", "2.11.2026"),
        body,
        (),
        (f"Personvernombod {DPO.name}",),
    )
    text = (
        "Hei,\n\nHer kjem førespurnaden vår som tekst i e-posten, sidan vi krypterer han med PGP og ikkje får lagt ved filer i systemet vårt.\n\n"
        + to_text(lt)
        + mail_sig(NES)
    )
    msg = message(
        "D011",
        f"{NES.name} <{NES.email}>",
        "Førespurnad om førehandsdrøfting – samhandlingsplattform med fosterheimar",
        when(11, 3, 8, 15),
        text,
    )
    return msg, Label(
        "nn",
        (
            "child_welfare_service",
            "municipality",
            "letter_in_body_text",
            "all_in_body",
            "ref_table_sakshandsamar",
            "contact_label_value",
            "signature_two_columns_tabs",
            "e_approved",
            "copy_to_dpo",
            "processor_contact_in_letter",
            "risk_bullets",
            "part5_minutes_quoted_in_body",
        ),
        "inline",
        True,
        "used",
        "complete; the whole letter pasted as plain text for inline PGP, columns kept with spaces; særutskrift quoted in the body",
    )


def _video_letter(refs: tuple[str, ...], body: str, encl: tuple[str, ...]) -> Letter:
    return letter(
        VIDEO, refs, body, encl, (f"Personvernombod {DPO.name}, tlf. {DPO.phone}, {DPO.email}",)
    )


def d031() -> tuple:
    t = VIDEO
    gap = {
        "risk": "Risikovurderinga er ikkje ferdig. Vi arbeider med ho saman med leverandøren og ettersender ho innan utgangen av november.",
        "skipped": "Kjem i risikovurderinga.",
    }
    body = f"""
Midtfjord barnevernteneste ber om førehandsdrøfting etter artikkel 36 i personvernforordninga.

{paras(t.what)}

Vi har spurt Statsforvaltaren om tiltaket, og svaret deira ligg ved. Vurderinga av personvernkonsekvensar ligg ved; risikovurderinga vil bli ettersend.

Databehandlar er Samtalerom Digital AS ved Morten Hatlestad, tlf. 474 50 119, morten.hatlestad@samtalerom.no.

Kontaktperson er rådgjevar Jostein Brekke, tlf. {BREKKE.phone}, {BREKKE.email}.
"""
    lt = _video_letter(
        ("26/00930-8", "", BREKKE.name, "9.11.2026"),
        body,
        (
            "Vurdering av personvernkonsekvensar (utan risikovurdering)",
            "Særutskrift leiargruppa sak 47/26",
            "Brev frå Statsforvaltaren 7.10.2026",
        ),
    )
    msg = message(
        "D031",
        f"{BREKKE.name} <{BREKKE.email}>",
        "Førespurnad om førehandsdrøfting – videoopptak av samtalar med born",
        when(11, 9, 13, 2),
        txt(
            "Hei,\n\nVedlagt førespurnad om førehandsdrøfting med vedlegg. Risikovurderinga kjem seinare.\n"
        )
        + mail_sig(BREKKE),
        attachments=[
            ("Førespurnad førehandsdrøfting videoopptak.odt", letter_odt(lt)),
            ("DPIA videoopptak samtalar.odt", to_odt(dpia_markup(t, gap))),
            (
                "Særutskrift sak 47-26.pdf",
                to_pdf(saerutskrift(t, "47/26", "3.11.2026").replace("\n", "\n\n")),
            ),
            ("Brev frå Statsforvaltaren 7.10.2026.pdf", letter_pdf(STATSFORV)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "child_welfare_service",
            "municipality",
            "cover_letter_odt",
            "odt",
            "ref_table_sakshandsamar",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "copy_to_dpo_with_contacts",
            "e_approved",
            "processor_contact_in_letter",
            "other_body_letter_statsforvalteren",
            "other_person_full_contact",
            "part4_will_follow",
            "part5_minutes_extract_pdf",
        ),
        "none",
        True,
        "used",
        "part 4 missing: the risk chapter says the risk assessment is not finished and will follow; the county governor's letter attached with its own case officer",
        (4,),
    )


def d051() -> tuple:
    t = VIDEO
    body = f"""
Vi viser til førespurnaden vår av 9.11.2026. Risikovurderinga er no ferdig, og vi sender difor heile førespurnaden på nytt med oppdatert vurdering av personvernkonsekvensar.

{t.what[0]}

Databehandlar er Samtalerom Digital AS ved Morten Hatlestad, tlf. 474 50 119, morten.hatlestad@samtalerom.no.

Kontaktperson er rådgjevar Jostein Brekke, tlf. {BREKKE.phone}, {BREKKE.email}.
"""
    lt = _video_letter(
        ("26/00930-12", "", BREKKE.name, "27.11.2026"),
        body,
        (
            "Vurdering av personvernkonsekvensar, versjon 2",
            "Særutskrift leiargruppa sak 47/26 (skanna)",
            "Brev frå Statsforvaltaren 7.10.2026",
        ),
    )
    msg = message(
        "D051",
        f"{BREKKE.name} <{BREKKE.email}>",
        "Førespurnad om førehandsdrøfting – videoopptak – komplett med risikovurdering",
        when(11, 27, 14, 30),
        txt("Hei,\n\nHer kjem førespurnaden på nytt, no med risikovurderinga.\n")
        + mail_sig(BREKKE),
        attachments=[
            ("Førespurnad førehandsdrøfting videoopptak v2.odt", letter_odt(lt)),
            ("DPIA videoopptak samtalar v2.odt", to_odt(dpia_markup(t))),
            ("Skann særutskrift sak 47-26.pdf", scan_pdf([saerutskrift(t, "47/26", "3.11.2026")])),
            ("Brev frå Statsforvaltaren 7.10.2026.pdf", letter_pdf(STATSFORV)),
        ],
    )
    return msg, Label(
        "nn",
        (
            "child_welfare_service",
            "municipality",
            "cover_letter_odt",
            "odt",
            "resubmission_complete",
            "ref_table_sakshandsamar",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "copy_to_dpo_with_contacts",
            "e_approved",
            "processor_contact_in_letter",
            "other_body_letter_statsforvalteren",
            "other_person_full_contact",
            "risk_bullets",
            "part5_scanned_extract",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D031 with the risk assessment; the særutskrift now as a scan",
    )


# --- cases: even ---------------------------------------------------------------------------------


def d012() -> tuple:
    t = RISIKOVERKTOY
    body = f"""
Midtfjord barnevernteneste ber om førehandsdrøfting etter personvernforordninga artikkel 36.

{paras(t.what)}

Vurderinga av personvernkonsekvensar og særutskrift frå leiargruppa ligg ved.

Fagsystemet blir levert av Modulus Barnevern AS; kontaktperson er Kari Aasen, tlf. 995 20 318, kari.aasen@modulus.no.
"""
    lt = letter(
        t,
        ("26/01120-4", "", f"{NES.name}\ntlf. {NES.phone}\n{NES.email}", "16.11.2026"),
        body,
        ("Vurdering av personvernkonsekvensar", "Særutskrift leiargruppa sak 52/26"),
        (f"Personvernombod {DPO.name} (tlf. {DPO.phone}, {DPO.email})",),
    )
    msg = message(
        "D012",
        f"{NES.name} <{NES.email}>",
        "Førespurnad om førehandsdrøfting – vurderingsverktøy for bekymringsmeldingar",
        when(11, 16, 10, 0),
        txt("Hei,\n\nVedlagt førespurnad om førehandsdrøfting med to vedlegg.\n") + mail_sig(NES),
        attachments=[
            ("Førespurnad førehandsdrøfting vurderingsverktøy.odt", letter_odt(lt)),
            ("DPIA vurderingsverktøy.odt", to_odt(dpia_markup(t))),
            ("Særutskrift sak 52-26.pdf", scan_pdf([saerutskrift(t, "52/26", "10.11.2026")])),
        ],
    )
    return msg, Label(
        "nn",
        (
            "child_welfare_service",
            "municipality",
            "cover_letter_odt",
            "odt",
            "ref_table_sakshandsamar",
            "contact_in_ref_table",
            "signature_two_columns_tabs",
            "copy_to_dpo_with_contacts",
            "e_approved",
            "processor_contact_in_letter",
            "risk_bullets",
            "part5_scanned_extract",
        ),
        "none",
        True,
        "used",
        "complete; contact in the reference table, DPO with contacts on the «Gjenpart» line, scanned særutskrift",
    )


def d032() -> tuple:
    t = SAMVAER
    gap = {"need": "Vi meiner behandlinga er naudsynt og forholdsmessig.", "rights": "-"}
    body = f"""
Midtfjord barnevernteneste ber om førehandsdrøfting etter artikkel 36.

{dpia_markup(t, gap)}

# Godkjenning

Leiargruppa i Nesvik kommune handsama saka 10.11.2026 (sak 53/26), etter første gjennomgang 13.10. Vedtak: «Leiargruppa godkjenner vurderinga av personvernkonsekvensar. Restrisikoen er høg, og kommunedirektøren ber om førehandsdrøfting.» Innspel frå dei tillitsvalde og brukarrådet er tekne med.

# Kontakt

~ Kontaktperson: {BREKKE.name}, tlf. {BREKKE.phone}, {BREKKE.email}
~ Personvernombod: {DPO.name}, tlf. {DPO.phone}, {DPO.email}
~ Databehandlar: ingen; posisjonsdelinga skjer i kommunen sin eigen mobilplattform
"""
    lt = letter(t, ("26/01288-2", "", BREKKE.name, "23.11.2026"), body, (), ("Personvernombodet",))
    text = (
        "Hei,\n\nFørespurnaden følgjer som tekst, kryptert med PGP.\n\n"
        + to_text(lt)
        + mail_sig(BREKKE)
    )
    msg = message(
        "D032",
        f"{BREKKE.name} <{BREKKE.email}>",
        "Førespurnad om førehandsdrøfting – posisjonsdeling under samvær",
        when(11, 23, 15, 12),
        text,
    )
    return msg, Label(
        "nn",
        (
            "child_welfare_service",
            "municipality",
            "letter_in_body_text",
            "all_in_body",
            "ref_table_sakshandsamar",
            "contact_label_value",
            "signature_two_columns_tabs",
            "e_approved",
            "processor_none_stated",
            "risk_bullets",
            "part3_in_passing",
            "part5_minutes_quoted_in_body",
        ),
        "inline",
        True,
        "none",
        "part 3 missing: necessity is one sentence and the safeguards list is a dash; otherwise complete, pasted as plain text for inline PGP",
        (3,),
    )


def d052() -> tuple:
    body = txt(f"""
        Hei,

        Vi melder med dette eit brot på personopplysningstryggleiken, jf. personvernforordninga artikkel 33.

        Måndag 30. november sende ein tilsett i Midtfjord barnevernteneste ein rapport om eit barn til feil fosterheim. Rapporten inneheldt namn, fødselsdato og opplysningar om helse og familieforhold. Mottakaren har stadfesta at e-posten er sletta. Barnet og foreldra er informerte.

        Tiltak: rutinen for utsending er endra, og rapportar til fosterheimar skal berre sendast som kryptert e-post etter kontroll av mottakar.

        Dette er ikkje ein førespurnad om førehandsdrøfting.

        Kontaktperson: {NES.name}, tlf. {NES.phone}, {NES.email}
        Personvernombod: {DPO.name}, tlf. {DPO.phone}, {DPO.email}
    """) + mail_sig(NES)
    msg = message(
        "D052",
        f"{NES.name} <{NES.email}>",
        "Melding om brot på personopplysningstryggleiken – feilsendt rapport",
        when(12, 2, 9, 10),
        body,
        cc=DPO.email,
    )
    return msg, Label(
        "nn",
        (
            "child_welfare_service",
            "municipality",
            "nonrequest_breach_notification",
            "contact_label_value",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "not a request: breach notification under Art. 33 with full contacts",
    )
