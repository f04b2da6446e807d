# ruff: noqa: E501
"""Sender G: Vardestein Forsikring ASA (insurer, Bergen, bokmål).

Habits: the legal department sends DOCX letters on letterhead with «Vår ref. | Deres ref. | Vår
saksbehandler | Dato»; the CEO and the DPO sign side by side on tab stops; the DPIA is written by
the advisory firm Kvist & Lund, whose partner gives his contacts in the report; the board's
decision is an extract of the board protocol (PDF). Mails carry a short legal-department signature.
"""

from __future__ import annotations

from common import DT_ADDR, E_APPROVED_NB
from kit import Label, message, to_docx, to_pdf, txt, when
from letter import Head, Letter
from letter import to_docx as letter_docx
from topic import (
    Person,
    Proc,
    Topic,
    bullets,
    lines,
    paras,
    pick,
    proc_rows,
    risk_rows,
    skipped_bullets,
    table,
)

ORG = "Vardestein Forsikring ASA"
FOOT = (
    "Vardestein Forsikring ASA | Postboks 7040, 5020 Bergen | Sentralbord 55 21 80 00 | kundeservice@vardestein.no | Org.nr. 990 441 276 | Foretaksregisteret",
)
LABELS = ("Vår ref.", "Deres ref.", "Vår saksbehandler", "Dato")
HEAD = Head(ORG, "Juridisk avdeling", FOOT, LABELS)
CEO = ("Kjersti Mowinckel", "administrerende direktør")
DPO = Person(
    "Tor Arne Halvorsen", "personvernombud", "55 21 81 47", "tor.arne.halvorsen@vardestein.no"
)
DPO_SIG = (DPO.name, DPO.title, f"Tlf. {DPO.phone}", DPO.email)
DPO_SIG_BARE = (DPO.name, DPO.title)
SKOGEN = Person(
    "Lene Skogen", "advokat, Juridisk avdeling", "55 21 81 02", "lene.skogen@vardestein.no"
)
HOPE = Person(
    "Daniel Hope", "seniorjurist, Juridisk avdeling", "55 21 81 19", "daniel.hope@vardestein.no"
)
KVIST = Person(
    "Mathias Kvist", "partner, Kvist & Lund Advisory AS", "934 56 120", "mathias.kvist@kvistlund.no"
)

DRIVE = Proc(
    "Telemetrica Nordic AB (Sverige)",
    "app, sensordata og beregning av kjørescore",
    Person("Erik Sjöberg", "Head of Privacy", "+46 31 704 22 90", "erik.sjoberg@telemetrica.se"),
)
FRAUDX = Proc(
    "Skadeinnsikt AS (org.nr. 923 100 845)",
    "analyseplattform for svindelavdekking",
    Person("Siv Hammer", "kundeansvarlig", "900 31 774", "siv.hammer@skadeinnsikt.no"),
)
PULSBONUS = Proc(
    "Vitalink Health Oy (Finland)",
    "innsamling av aktivitetsdata fra klokker og beregning av bonus",
    Person("Mikko Laine", "DPO liaison", "+358 9 4242 1180", "mikko.laine@vitalink.fi"),
)
STEMME = Proc(
    "Vocalis Biometrics AB (Sverige)",
    "stemmebiometri i kundesenteret",
    Person("Linnea Berg", "kundeansvarlig Norden", "+46 8 411 590 20", "linnea.berg@vocalis.se"),
)

TELEMATIKK = Topic(
    "g_telematikk",
    "Anmodning om forhåndsdrøftelse – kjøreatferdsbasert bilforsikring (telematikk)",
    (
        "Vardestein Forsikring vil tilby en bilforsikring der premien justeres hver måned etter kjøreatferd målt med en app på kundens telefon: hastighet i forhold til fartsgrense, bråbremsing, mobilbruk under kjøring og kjøring om natten. Produktet er frivillig og rettet mot unge sjåfører 18–25 år; vi regner med 15 000 kunder.",
        "Appen samler GPS-posisjon under kjøring. Posisjonen brukes til å finne fartsgrensen og slettes etter at scoren er beregnet.",
    ),
    (
        ("Kilder", "app på kundens telefon"),
        ("Mottakere", "Telemetrica Nordic AB som databehandler; kunden selv"),
        (
            "Lagring",
            "posisjonsdata slettes etter 7 dager; månedlig score lagres i forsikringsforholdet",
        ),
        ("Sikkerhet", "kryptering, pseudonymisering hos leverandøren, tilgangsstyring"),
    ),
    (
        "Unge sjåfører har høy skadefrekvens og høy premie. Produktet gir dem mulighet til lavere premie ved trygg kjøring. Vi har vurdert at kjørescore krever posisjon, men ikke lagret rutehistorikk.",
        "Behandlingsgrunnlaget er art. 6 nr. 1 bokstav b (avtale). Data brukes ikke i skadeoppgjør uten kundens samtykke, og ikke til markedsføring. Premien kan aldri bli høyere enn ordinær premie.",
    ),
    (
        "kunden ser score og årsaker i appen hver uke",
        "kunden kan gå over til ordinær forsikring når som helst",
        "data brukes ikke i skadeoppgjør uten eget samtykke",
    ),
    (
        (
            "Kartlegging av bevegelser og vaner",
            "middels",
            "høy",
            "kort lagring av posisjon, ingen rutehistorikk",
        ),
        (
            "Press om å bruke data mot kunden i skadesak",
            "middels",
            "høy",
            "kontraktsforbud, samtykke i hvert tilfelle",
        ),
        ("Feil score på grunn av feil i kart", "middels", "middels", "klage og manuell vurdering"),
    ),
    (
        ("Egen boks i bilen", "dyrere og gir mer data enn nødvendig"),
        ("Bruk i skadeoppgjør", "for inngripende"),
    ),
    "Risikoen knyttet til kontinuerlig innsamling av posisjon fra unge kunder vurderes fortsatt som høy.",
    (DRIVE,),
)

SVINDEL = Topic(
    "g_svindel",
    "Anmodning om forhåndsdrøftelse – maskinlæringsbasert svindelavdekking i skadeoppgjør",
    (
        "Vardestein vil ta i bruk en modell som gir alle meldte skader en svindelscore. Saker med høy score sendes til spesialenheten for kontroll, som kan innhente opplysninger fra åpne sosiale medier og fra Skadeforsikringsregisteret (FNH).",
        "Om lag 85 000 skademeldinger i året. Utbetaling stoppes ikke automatisk.",
    ),
    (
        ("Kilder", "skademeldingen, kundehistorikk, FNH-registeret, åpne kilder ved kontroll"),
        ("Mottakere", "spesialenheten; politiet ved anmeldelse"),
        ("Lagring", "Skadeinnsikt AS sin plattform i Norge; score lagres i 3 år"),
        ("Sikkerhet", "tilgangsstyring, logg, kryptering"),
    ),
    (
        "Forsikringssvindel koster bransjen store beløp og gir høyere premie for alle. Modellen gjør kontrollen mer treffsikker og reduserer antall kunder som kontrolleres uten grunn.",
        "Grunnlag: art. 6 nr. 1 bokstav f og c (hvitvaskingsregelverket for enkelte produkter), jf. forsikringsavtaleloven. Søk i sosiale medier gjøres bare av spesialenheten, og bare i saker med konkrete holdepunkter.",
    ),
    (
        "informasjon i vilkår og på nettsiden om at skader analyseres",
        "kunden får vite om kontrollen når den er avsluttet",
        "ingen automatisk avslag",
    ),
    (
        (
            "Uskyldige kunder kontrolleres og mistenkeliggjøres",
            "middels",
            "høy",
            "terskel, manuell vurdering, etterkontroll",
        ),
        (
            "Modellen diskriminerer etter bosted",
            "middels",
            "høy",
            "postnummer fjernet, skjevhetstest",
        ),
        (
            "Innsamling fra sosiale medier går for langt",
            "middels",
            "høy",
            "instruks, logg, bare konkrete saker",
        ),
    ),
    (("Automatisk stopp av utbetaling", "for inngripende"),),
    "Risikoen for at lojale kunder feilaktig blir mistenkt og kontrollert, vurderes fortsatt som høy.",
    (FRAUDX,),
)

HELSEBONUS = Topic(
    "g_helsebonus",
    "Anmodning om forhåndsdrøftelse – aktivitetsbasert bonus i livs- og uføreforsikring",
    (
        "Vardestein vil tilby kunder med livs- og uføreforsikring en bonus (inntil 20 prosent premierabatt) basert på skritt, pulssoner og søvn fra kundens treningsklokke. Om lag 20 000 kunder kan delta.",
        "Data hentes daglig fra klokkens sky via en tjeneste hos Vitalink Health Oy, som regner ut en ukentlig aktivitetsscore. Vardestein mottar bare scoren.",
    ),
    (
        ("Kilder", "kundens klokke via produsentens API"),
        ("Mottakere", "Vitalink Health Oy (databehandler); Vardestein mottar ukentlig score"),
        ("Lagring", "rådata slettes etter 30 dager hos Vitalink; score lagres i kundeforholdet"),
        ("Sikkerhet", "kryptering, pseudonymisering, EØS-lagring"),
    ),
    (
        "Programmet skal motivere til aktivitet og belønne lavere risiko. Vi har vurdert at bare ukentlig score trengs, ikke helsedata.",
        "Grunnlag: uttrykkelig samtykke etter art. 9 nr. 2 bokstav a. Deltakelse påvirker ikke vilkår, dekning eller skadeoppgjør. Bonus kan bare gå opp, ikke gi tillegg.",
    ),
    (
        "samtykke kan trekkes i appen; data slettes",
        "scoren vises for kunden med forklaring",
        "ingen bruk i skadeoppgjør eller uføresaker",
    ),
    (
        (
            "Helseopplysninger brukes i uføresak",
            "lav",
            "svært høy",
            "teknisk og kontraktsmessig skille",
        ),
        (
            "Kunder med sykdom diskrimineres indirekte",
            "middels",
            "høy",
            "alternative mål, ingen tillegg",
        ),
        ("Samtykke ikke reelt frivillig", "middels", "middels", "likeverdig produkt uten program"),
    ),
    (("Motta rådata", "ikke nødvendig"),),
    "Risikoen for indirekte forskjellsbehandling av kunder med sykdom eller funksjonsnedsettelse er fortsatt høy.",
    (PULSBONUS,),
)

STEMMEBIO = Topic(
    "g_stemme",
    "Anmodning om forhåndsdrøftelse – stemmebiometri for identifisering av kunder i kundesenteret",
    (
        "Vardestein vil identifisere kunder som ringer kundesenteret ved stemmen i stedet for kontrollspørsmål. Kunden registrerer et stemmeavtrykk første gang, og ved senere samtaler sammenlignes stemmen automatisk. Om lag 400 000 samtaler i året.",
        "Stemmeavtrykket lagres hos Vocalis Biometrics AB. Løsningen brukes også til å oppdage kjente svindlere som ringer.",
    ),
    (
        ("Kilder", "kundens stemme"),
        ("Mottakere", "Vocalis Biometrics AB som databehandler; kundebehandler ser resultat"),
        (
            "Lagring",
            "stemmeavtrykk lagres til kunden trekker samtykket eller avslutter kundeforholdet",
        ),
        ("Sikkerhet", "kryptert mal, lagring i EØS, tilgangsstyring"),
    ),
    (
        "Kontrollspørsmål er både tungvinte og lette å omgå. Stemmebiometri gir sikrere identifisering og mindre svindel.",
        "Grunnlag: uttrykkelig samtykke, art. 9 nr. 2 bokstav a. Kunder som ikke samtykker, identifiseres som før. Svindellisten omfatter bare stemmer fra anmeldte svindelforsøk.",
    ),
    (
        "frivillig registrering, muntlig og skriftlig informasjon",
        "sletting ved tilbaketrekking",
        "alternativ identifisering alltid tilgjengelig",
    ),
    (
        (
            "Biometrisk mal lekker og misbrukes",
            "lav",
            "svært høy",
            "kryptering, ikke reversibel mal",
        ),
        ("Feil avvisning av kunder med talevansker", "middels", "middels", "alternativ ID"),
        ("Svindellisten treffer feil person", "lav", "høy", "manuell verifisering"),
    ),
    (("Lagring hos Vardestein", "leverandøren tilbyr ikke lokal lagring"),),
    "Risikoen ved lagring av biometriske maler for svært mange kunder vurderes som høy.",
    (STEMME,),
)

# --- templates -------------------------------------------------------------------------------


def kvist_report(t: Topic, gap: dict[str, str] | None = None) -> bytes:
    doc = f"""
# Personvernkonsekvensvurdering

{t.title.split("– ", 1)[1]}

{lines((("Oppdragsgiver", ORG), ("Utført av", "Kvist & Lund Advisory AS"), ("Ansvarlig partner", f"{KVIST.name}, tlf. {KVIST.phone}, {KVIST.email}"), ("Status", "endelig")))}

# 1 Sammendrag

{t.residual}

# 2 Behandlingen

{pick(gap, "what", paras(t.what))}

{pick(gap, "flow", lines(t.flow))}

{table(("Databehandler", "Leveranse", "Kontakt", "Telefon", "E-post"), proc_rows(t))}

# 3 Nødvendighet og proporsjonalitet

{pick(gap, "need", paras(t.need))}

# 4 Kundenes rettigheter

{pick(gap, "rights", bullets(t.rights))}

# 5 Risikoanalyse

{pick(gap, "risk", table(("Risiko", "Sannsynlighet", "Konsekvens", "Tiltak"), risk_rows(t)))}

# 6 Tiltak som ikke er valgt

{pick(gap, "skipped", skipped_bullets(t, "{m}: {w}"))}

# 7 Anbefaling

Restrisikoen er høy. Vi anbefaler at Vardestein ber Datatilsynet om forhåndsdrøftelse.
"""
    return to_docx(doc)


def styreprotokoll(t: Topic, dato: str, sak: str) -> bytes:
    doc = f"""
# Utdrag av protokoll fra styremøte i Vardestein Forsikring ASA

{lines((("Dato", dato), ("Sted", "Hovedkontoret, Bergen"), ("Til stede", "Styreleder Anne-Grethe Lie, styremedlemmer Per Rokne, Maria Stang, Øyvind Ask, Hilde Fure (ansattvalgt). Fra administrasjonen: Kjersti Mowinckel, Lene Skogen, personvernombud Tor Arne Halvorsen")))}

## Sak {sak} {t.title.split("– ", 1)[1]}

Advokat Lene Skogen og partner Mathias Kvist presenterte personvernkonsekvensvurderingen og funnene. Saken var til første gangs behandling i styrets risikoutvalg i forrige måned.

Styret ble orientert om innspill fra kundepanelet, de tillitsvalgte og personvernombudet.

Vedtak: Styret godkjenner personvernkonsekvensvurderingen og tiltakene. Styret ønsker å lansere produktet, men aksepterer ikke restrisikoen uten at Datatilsynet er konsultert, og ber administrasjonen be om forhåndsdrøftelse.

Protokollen er signert elektronisk av styrets medlemmer.
"""
    return to_pdf(doc)


def mail_sig(p: Person) -> str:
    return f"\nMed vennlig hilsen\n\n{p.name}\n{p.title}\nVardestein Forsikring ASA\n{p.phone} | {p.email}\n"


def _letter(
    t: Topic,
    refs: tuple[str, ...],
    body: str,
    signers: tuple[tuple[str, ...], ...],
    encl: tuple[str, ...],
    copy: tuple[str, ...] = (),
) -> Letter:
    return Letter(
        HEAD,
        DT_ADDR,
        refs,
        t.title,
        body,
        signers=signers,
        layout="tabs",
        note=E_APPROVED_NB,
        encl=encl,
        copy=copy,
    )


# --- cases: odd ----------------------------------------------------------------------------------


def d013() -> tuple:
    t = TELEMATIKK
    body = f"""
Vardestein Forsikring ASA ber om forhåndsdrøftelse med Datatilsynet etter personvernforordningen artikkel 36.

{paras(t.what)}

Personvernkonsekvensvurderingen er gjennomført av Kvist & Lund Advisory AS og er vedlagt sammen med utdrag av styreprotokollen. Databehandler er Telemetrica Nordic AB; kontaktperson fremgår av vurderingens kapittel 2.

Vår saksbehandler er advokat Lene Skogen, tlf. {SKOGEN.phone}, {SKOGEN.email}. Personvernombudet har deltatt i arbeidet og signerer sammen med administrerende direktør.
"""
    lt = _letter(
        t,
        ("JUR-2026-0412", "", SKOGEN.name, "4.11.2026"),
        body,
        (CEO, DPO_SIG),
        ("Personvernkonsekvensvurdering (Kvist & Lund)", "Utdrag av styreprotokoll 29.10.2026"),
    )
    msg = message(
        "D013",
        f"{SKOGEN.name} <{SKOGEN.email}>",
        "Anmodning om forhåndsdrøftelse – telematikkbasert bilforsikring",
        when(11, 4, 14, 25),
        txt("Hei,\n\nVedlagt følger vår anmodning om forhåndsdrøftelse med vedlegg.\n")
        + mail_sig(SKOGEN),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - telematikk.docx", letter_docx(lt)),
            ("PKV telematikk - Kvist & Lund.docx", kvist_report(t)),
            ("Utdrag styreprotokoll 29.10.2026.pdf", styreprotokoll(t, "29.10.2026", "7/2026")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "cover_letter_docx",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_table",
            "phone_foreign",
            "dpia_report_docx",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; CEO and DPO side by side on tab stops with the DPO's phone and e-mail; consultant partner's contacts in the report",
    )


def d033() -> tuple:
    t = SVINDEL
    body = f"""
Vardestein Forsikring ASA ber om forhåndsdrøftelse etter artikkel 36 i personvernforordningen.

{paras(t.what)}

Personvernkonsekvensvurderingen er vedlagt. Styret skal behandle vurderingen i styremøtet 10. desember 2026. Utdrag av protokollen vil bli ettersendt etter møtet.

Databehandler er Skadeinnsikt AS, kontaktperson Siv Hammer, tlf. 900 31 774, siv.hammer@skadeinnsikt.no.

Saksbehandler: seniorjurist Daniel Hope, tlf. {HOPE.phone}, {HOPE.email}.
"""
    lt = _letter(
        t,
        ("JUR-2026-0455", "", HOPE.name, "18.11.2026"),
        body,
        (CEO, DPO_SIG),
        ("Personvernkonsekvensvurdering (Kvist & Lund)",),
    )
    msg = message(
        "D033",
        f"{HOPE.name} <{HOPE.email}>",
        "Anmodning om forhåndsdrøftelse – svindelavdekking i skadeoppgjør",
        when(11, 18, 11, 50),
        txt(
            "Hei,\n\nVedlagt anmodning om forhåndsdrøftelse. Styreprotokollen kommer etter styremøtet 10.12.\n"
        )
        + mail_sig(HOPE),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - svindelavdekking.docx", letter_docx(lt)),
            ("PKV svindelavdekking - Kvist & Lund.docx", kvist_report(t)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "cover_letter_docx",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "e_approved",
            "consultant_dpia_contact",
            "processor_contact_in_letter",
            "dpia_report_docx",
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: board meeting 10 December, extract of the protocol will follow",
        (5,),
    )


def d053() -> tuple:
    body = """
Vi viser til vår anmodning om forhåndsdrøftelse av 3. mars 2026 om bruk av kredittopplysninger ved prising av innboforsikring (deres ref. 26/00977).

Vardestein har besluttet ikke å gå videre med produktet. Vi trekker derfor anmodningen om forhåndsdrøftelse. Opplysninger som ble samlet inn i pilotfasen, er slettet.

Vi takker for dialogen så langt.
"""
    lt = Letter(
        HEAD,
        DT_ADDR,
        ("JUR-2026-0119", "26/00977", f"{HOPE.name}\n{HOPE.phone}", "25.11.2026"),
        "Tilbaketrekking av anmodning om forhåndsdrøftelse – kredittopplysninger i prising av innboforsikring",
        body,
        signers=(CEO, DPO_SIG),
        layout="tabs",
        note=E_APPROVED_NB,
    )
    msg = message(
        "D053",
        f"{HOPE.name} <{HOPE.email}>",
        "Tilbaketrekking av anmodning om forhåndsdrøftelse (deres ref. 26/00977)",
        when(11, 25, 10, 12),
        txt("Hei,\n\nVedlagt brev om tilbaketrekking.\n") + mail_sig(HOPE),
        attachments=[("Tilbaketrekking av anmodning.docx", letter_docx(lt))],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "cover_letter_docx",
            "nonrequest_withdrawal",
            "ref_table_saksbehandler",
            "contact_in_ref_table",
            "signature_two_columns_tabs",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "not a request: withdraws an earlier request for prior consultation; contacts complete",
    )


# --- cases: even ---------------------------------------------------------------------------------


def d014() -> tuple:
    t = HELSEBONUS
    body = f"""
Vardestein Forsikring ASA ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt følger personvernkonsekvensvurderingen fra Kvist & Lund Advisory AS og utdrag av styreprotokollen.

Databehandler er Vitalink Health Oy ved Mikko Laine, tlf. +358 9 4242 1180, mikko.laine@vitalink.fi.

Vår saksbehandler er advokat Lene Skogen, tlf. {SKOGEN.phone}, {SKOGEN.email}.
"""
    lt = _letter(
        t,
        ("JUR-2026-0431", "", SKOGEN.name, "9.11.2026"),
        body,
        (CEO, DPO_SIG),
        ("Personvernkonsekvensvurdering", "Utdrag av styreprotokoll 5.11.2026"),
        (f"Personvernombud {DPO.name}",),
    )
    msg = message(
        "D014",
        f"{SKOGEN.name} <{SKOGEN.email}>",
        "Anmodning om forhåndsdrøftelse – aktivitetsbasert bonus",
        when(11, 9, 13, 30),
        txt("Hei,\n\nVedlagt følger anmodning om forhåndsdrøftelse med vedlegg.\n")
        + mail_sig(SKOGEN),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - aktivitetsbonus.docx", letter_docx(lt)),
            ("PKV aktivitetsbonus - Kvist & Lund.docx", kvist_report(t)),
            ("Utdrag styreprotokoll 5.11.2026.pdf", styreprotokoll(t, "5.11.2026", "9/2026")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "cover_letter_docx",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "copy_to_dpo",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "phone_foreign",
            "dpia_report_docx",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; DPO co-signs with phone and e-mail on tab stops; Finnish processor in the letter",
    )


def _stemme_letter(refs: tuple[str, ...], body: str, dpo_sig: tuple[str, ...]) -> Letter:
    return _letter(
        STEMMEBIO,
        refs,
        body,
        (CEO, dpo_sig),
        ("Personvernkonsekvensvurdering (Kvist & Lund)", "Utdrag av styreprotokoll 12.11.2026"),
    )


def d034() -> tuple:
    t = STEMMEBIO
    body = f"""
Vardestein Forsikring ASA ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vurderingen er utført av Kvist & Lund Advisory AS. Spørsmål om metode og funn kan rettes direkte til partner Mathias Kvist, tlf. 934 56 120, mathias.kvist@kvistlund.no.

Databehandler er Vocalis Biometrics AB, kontaktperson Linnea Berg, tlf. +46 8 411 590 20, linnea.berg@vocalis.se.

Vår saksbehandler er seniorjurist Daniel Hope, tlf. {HOPE.phone}, {HOPE.email}. Personvernombudet har vært involvert og signerer brevet.
"""
    lt = _stemme_letter(("JUR-2026-0470", "", HOPE.name, "19.11.2026"), body, DPO_SIG_BARE)
    msg = message(
        "D034",
        f"{HOPE.name} <{HOPE.email}>",
        "Anmodning om forhåndsdrøftelse – stemmebiometri i kundesenteret",
        when(11, 19, 12, 44),
        txt("Hei,\n\nVedlagt anmodning om forhåndsdrøftelse med vedlegg.\n") + mail_sig(HOPE),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - stemmebiometri.docx", letter_docx(lt)),
            ("PKV stemmebiometri - Kvist & Lund.docx", kvist_report(t)),
            ("Utdrag styreprotokoll 12.11.2026.pdf", styreprotokoll(t, "12.11.2026", "11/2026")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "cover_letter_docx",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "p1_dpo_name_only",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "phone_foreign",
            "dpia_report_docx",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "part 1 missing: the DPO signs beside the CEO with name and title only, no phone or e-mail anywhere; the consultant partner is given with full contacts",
        (1,),
    )


def d054() -> tuple:
    t = STEMMEBIO
    body = f"""
Vi viser til vår anmodning av 19.11.2026 og til Datatilsynets e-post av 26.11.2026, der dere ba om kontaktopplysninger til personvernombudet. Vi sender anmodningen på nytt i sin helhet.

{t.what[0]}

Personvernombud: Tor Arne Halvorsen, tlf. {DPO.phone}, {DPO.email}.
Saksbehandler: seniorjurist Daniel Hope, tlf. {HOPE.phone}, {HOPE.email}.
Databehandler: Vocalis Biometrics AB, Linnea Berg, tlf. +46 8 411 590 20, linnea.berg@vocalis.se.
"""
    lt = _stemme_letter(
        ("JUR-2026-0470", "", f"{HOPE.name}\n{HOPE.phone}", "27.11.2026"), body, DPO_SIG
    )
    msg = message(
        "D054",
        f"{HOPE.name} <{HOPE.email}>",
        "Ny innsending: anmodning om forhåndsdrøftelse – stemmebiometri",
        when(11, 27, 9, 58),
        txt(
            "Hei,\n\nSom avtalt sender vi anmodningen på nytt med personvernombudets kontaktopplysninger.\n"
        )
        + mail_sig(HOPE),
        attachments=[
            (
                "Anmodning om forhåndsdrøftelse - stemmebiometri - ny innsending.docx",
                letter_docx(lt),
            ),
            ("PKV stemmebiometri - Kvist & Lund.docx", kvist_report(t)),
            ("Utdrag styreprotokoll 12.11.2026.pdf", styreprotokoll(t, "12.11.2026", "11/2026")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "cover_letter_docx",
            "ref_table_saksbehandler",
            "resubmission_complete",
            "contact_label_value",
            "signature_two_columns_tabs",
            "dpo_signs",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "phone_foreign",
            "dpia_report_docx",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D034 with the DPO's phone and e-mail",
    )
