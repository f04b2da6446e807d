# ruff: noqa: E501
"""Sender C: Sykehuset Lågendal HF (hospital trust, bokmål).

Habits: PDF letters from the archive with «Vår ref. | Deres ref. | Saksbehandler | Dato»; the CEO
and the DPO sign side by side (tabs) or with the clinic head in three columns; letters sent by
the case officer with a long hospital mail signature, once from postmottak; the DPIA is a PDF
«DPIA og ROS-analyse» on the hospital's template; management's validation is a «beslutningsnotat»
from the CEO's management group. Research cases attach the ethics committee's (REK) approval,
signed by REK's own case officer with phone and e-mail.
"""

from __future__ import annotations

from common import DT_ADDR, E_APPROVED_NB
from kit import Label, message, to_pdf, txt, when
from letter import Head, Letter
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
    risk_rows,
    skipped_bullets,
    table,
)

ORG = "Sykehuset Lågendal HF"
FOOT = (
    "Postadresse: Postboks 400, 2629 Lillehammer | Sentralbord: 61 27 00 00 | postmottak@lagendal.no",
    "Org.nr. 983 971 808 | www.lagendal.no",
)
HEAD = Head(ORG, "Administrerende direktør", FOOT)
HEAD_FOU = Head(ORG, "Forskning og innovasjon", FOOT)

CEO = ("Bjørg Tollefsen", "administrerende direktør")
DPO = Person("Eirik Haug", "personvernombud", "61 27 14 02", "eirik.haug@lagendal.no")
DPO_SIG = (DPO.name, DPO.title, f"tlf. {DPO.phone}", DPO.email)
LIEN = Person(
    "Therese Lien",
    "spesialrådgiver, Digitalisering og innovasjon",
    "61 27 18 44",
    "therese.lien@lagendal.no",
)
HALSE = Person("Nils Halse", "forskningsrådgiver")
HALSE_FULL = Person("Nils Halse", "forskningsrådgiver", "61 27 16 30", "nils.halse@lagendal.no")
ENGEN = Person(
    "Kristine Engen",
    "seksjonsleder, Medisinsk klinikk",
    "61 27 22 95",
    "kristine.engen@lagendal.no",
)

SEPSYS = Proc(
    "Sepsys Analytics AB (org.nr. 559112-4471, Sverige)",
    "KI-modell og drift av varslingstjenesten",
    Person(
        "Anna Lindqvist", "customer success manager", "+46 8 520 177 40", "anna.lindqvist@sepsys.se"
    ),
)
REGDRIFT = Proc(
    "Helseregister Drift AS (org.nr. 922 314 850)",
    "drift av registerplattformen",
    Person("Ola Kvamme", "tjenesteeier", "934 20 117", "ola.kvamme@helseregisterdrift.no"),
)
HJEMMEPULS = Proc(
    "Hjemmepuls AS (org.nr. 927 005 612)",
    "app, måleutstyr og plattform for fjernoppfølging",
    Person("Sara Nymoen", "kundeansvarlig helseforetak", "905 47 330", "sara.nymoen@hjemmepuls.no"),
)
SKRIVER = Proc(
    "Notavox Health Ltd (Irland)",
    "taletranskripsjon og utkast til journalnotat",
    Person("Ciarán Walsh", "privacy lead", "+353 1 442 7765", "privacy@notavox.ie"),
)

SEPSIS = Topic(
    "c_sepsis",
    "Anmodning om forhåndsdrøftelse – KI-basert varsling av sepsis i akuttmottak og sengeposter",
    (
        "Sykehuset Lågendal HF vil ta i bruk en KI-modell som hvert 15. minutt beregner risikoen for sepsis hos alle innlagte voksne pasienter i akuttmottak og medisinske sengeposter, om lag 22 000 pasientopphold i året.",
        "Modellen bruker vitale parametre, laboratoriesvar og medikamentkurve fra journalen og varsler sykepleier og lege når risikoen passerer en terskel. Varselet er et råd; behandlende lege avgjør.",
    ),
    (
        (
            "Kilder",
            "elektronisk pasientjournal (DIPS), laboratoriesystem, kurve- og medikasjonssystem",
        ),
        (
            "Mottakere",
            "behandlende personell; Sepsys Analytics AB som databehandler (pseudonymiserte data)",
        ),
        (
            "Lagring",
            "modellens beregninger lagres i journalen; pseudonymiserte data behandles i Sveriges datasenter i 30 dager for feilsøking",
        ),
        (
            "Sikkerhet",
            "pseudonymisering før overføring, kryptering, tilgangsstyring, logg, Normen-krav",
        ),
    ),
    (
        "Sepsis er en hyppig dødsårsak, og tidlig behandling gir bedre overlevelse. Dagens manuelle skår (NEWS2) fanger opp pasienten sent. Modellen er validert på 40 000 opphold fra eget sykehus.",
        "Behandlingen har grunnlag i art. 6 nr. 1 bokstav c og e og art. 9 nr. 2 bokstav h, jf. helsepersonelloven og pasientjournalloven. Vi bruker bare data som allerede finnes i journalen; fritekst brukes ikke.",
    ),
    (
        "informasjon på sykehusets nettsider og i innkallingsbrev om at KI-støtte brukes",
        "pasienten kan få innsyn i varsler i journalen",
        "ingen automatiserte beslutninger; legen dokumenterer sin vurdering",
    ),
    (
        (
            "Overtillit til modellen gir feilbehandling",
            "middels",
            "svært høy",
            "opplæring, varselet viser usikkerhet, revisjon av utfall",
        ),
        (
            "Modellen er dårligere for eldre og kvinner",
            "middels",
            "høy",
            "løpende validering per gruppe, terskeljustering",
        ),
        (
            "Overføring til Sverige eksponerer data",
            "lav",
            "høy",
            "pseudonymisering, databehandleravtale, EØS",
        ),
    ),
    (
        (
            "Modell drevet i eget datasenter",
            "leverandøren tilbyr ikke lokal drift ennå; vurderes ved neste avtaleperiode",
        ),
        ("Samtykke fra hver pasient", "ikke egnet i akuttsituasjoner"),
    ),
    "Risikoen for feilbehandling ved overtillit og for skjevheter mellom pasientgrupper vurderes fortsatt som høy.",
    (SEPSYS,),
)

SLAG = Topic(
    "c_slag",
    "Anmodning om forhåndsdrøftelse – forskningsregister for hjerneslag med kobling til nasjonale registre",
    (
        "Forskning og innovasjon ved Sykehuset Lågendal HF vil opprette et forskningsregister for pasienter behandlet for hjerneslag 2015–2030, om lag 9 000 pasienter. Registeret skal kobles med Norsk pasientregister, Dødsårsaksregisteret, Reseptregisteret og NAVs registre om uføretrygd.",
        "Formålet er å forske på langtidsutfall etter hjerneslag og hvilke faktorer som påvirker om pasientene kommer tilbake i arbeid. Koblingen gir et svært rikt datasett om hver pasient.",
    ),
    (
        ("Kilder", "sykehusets journal og de nasjonale registrene"),
        (
            "Mottakere",
            "godkjente forskere i prosjektgruppen; ingen utlevering av person-entydige data",
        ),
        (
            "Lagring",
            "på registerplattformen driftet av Helseregister Drift AS i Norge; analyse i lukket forskningsserver",
        ),
        (
            "Sikkerhet",
            "indirekte identifiserbare data, koblingsnøkkel hos registerforvalter, tofaktor, logg",
        ),
        ("Lagringstid", "til 31.12.2040, deretter anonymisering"),
    ),
    (
        "Kunnskapen kan bare fås gjennom kobling av data over lang tid. Det er ikke praktisk mulig å innhente samtykke fra alle, mange er døde eller har kognitiv svikt.",
        "REK har gitt dispensasjon fra taushetsplikt (vedlagt). Behandlingsgrunnlaget er art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav j, jf. helseforskningsloven § 35. Variabellisten er redusert i samråd med REK.",
    ),
    (
        "informasjon på nettsider og i pasientforeningens blad, med reservasjonsrett",
        "innsyn via registerforvalter",
        "ingen publisering av små celler (under 5)",
    ),
    (
        (
            "Reidentifisering ved kobling av mange registre",
            "middels",
            "høy",
            "aggregering, statistisk kontroll før publisering",
        ),
        (
            "Pasientene vet ikke om registeret",
            "høy",
            "middels",
            "informasjonskampanje, reservasjonsrett",
        ),
        ("Uautorisert tilgang på forskningsserveren", "lav", "høy", "tofaktor, logg, kontroll"),
    ),
    (
        ("Samtykke fra alle", "ikke mulig for en stor del av utvalget"),
        ("Anonyme data fra start", "koblingen krever fødselsnummer"),
    ),
    "Restrisikoen for reidentifisering og for at pasientene ikke kjenner til behandlingen vurderes som høy.",
    (REGDRIFT,),
)

HJERTE = Topic(
    "c_hjerte",
    "Anmodning om forhåndsdrøftelse – digital hjemmeoppfølging av pasienter med hjertesvikt",
    (
        "Medisinsk klinikk vil følge opp om lag 600 pasienter med hjertesvikt hjemme med app, vekt, blodtrykksmåler og armbånd som måler puls og aktivitet. Målingene sendes daglig til sykehuset, og sykepleiere i et oppfølgingssenter vurderer avvik.",
        "Armbåndet registrerer også søvn og skritt kontinuerlig. Pasienten kan chatte med sykepleier i appen. Pårørende kan få lesetilgang etter samtykke.",
    ),
    (
        ("Kilder", "pasientens målinger og egenrapportering; journal"),
        ("Mottakere", "oppfølgingssenteret, fastlege ved epikrise"),
        ("Lagring", "Hjemmepuls AS sin plattform i Norge; vurderinger journalføres i DIPS"),
        ("Sikkerhet", "BankID-innlogging, kryptering, logg, tilgangsstyring"),
    ),
    (
        "Pasientene har hyppige reinnleggelser. Tett oppfølging hjemme gir færre innleggelser og bedre livskvalitet. Bare målinger som trengs for å oppdage forverring hentes; aktivitets- og søvndata lagres bare som døgnsum.",
        "Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven. Tilbudet er frivillig.",
    ),
    (
        "frivillig deltakelse og skriftlig informasjon",
        "innsyn i målinger i appen",
        "pasienten kan når som helst gå tilbake til ordinær oppfølging",
    ),
    (
        (
            "Kontinuerlig overvåking oppleves som inngripende",
            "middels",
            "middels",
            "bare døgnsummer, pasienten kan pause armbåndet",
        ),
        (
            "Alvorlig forverring oppdages ikke i helg",
            "lav",
            "svært høy",
            "terskelvarsel til AMK utenom åpningstid",
        ),
        ("Sikkerhetshull i appen", "lav", "høy", "penetrasjonstest, oppdateringer"),
    ),
    (
        ("Kontinuerlig sanntidsovervåking", "for inngripende og ikke nødvendig"),
        ("Egen app utviklet av sykehuset", "for høy kostnad og lengre tid"),
    ),
    "Risikoen ved kontinuerlig innsamling fra hjemmet vurderes fortsatt som høy for en sårbar pasientgruppe.",
    (HJEMMEPULS,),
)

SCRIBE = Topic(
    "c_scribe",
    "Anmodning om forhåndsdrøftelse – KI-basert taletranskripsjon og journalutkast i poliklinikk",
    (
        "Sykehuset vil la leger i poliklinikkene bruke en KI-tjeneste som tar opp samtalen mellom lege og pasient, transkriberer den og lager et utkast til journalnotat. Legen godkjenner notatet før det lagres. Omfanget er inntil 120 000 konsultasjoner i året.",
        "Lydopptaket slettes etter at notatet er godkjent. Transkripsjonen lagres ikke i journalen.",
    ),
    (
        ("Kilder", "lyd fra konsultasjonen, pasientens navn og fødselsdato fra DIPS"),
        ("Mottakere", "Notavox Health Ltd som databehandler; behandlende lege"),
        (
            "Lagring",
            "lyd og transkripsjon i Notavox sitt datasenter i Irland, slettet innen 24 timer",
        ),
        ("Sikkerhet", "kryptering, ingen bruk til trening av modell, logg"),
    ),
    (
        "Leger bruker i dag opptil en tredjedel av arbeidstiden på dokumentasjon. Tjenesten skal frigjøre tid til pasientene.",
        "Grunnlag: art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. pasientjournalloven. Pasienten kan reservere seg, og da brukes ikke opptak.",
    ),
    (
        "muntlig og skriftlig informasjon før opptak; pasienten kan si nei",
        "ingen opptak av barn under 16 år eller i psykisk helsevern",
        "pasienten kan få innsyn i notatet som før",
    ),
    (
        (
            "Feil i utkastet blir stående i journalen",
            "middels",
            "høy",
            "legen skal lese og godkjenne, revisjon av et utvalg notater",
        ),
        (
            "Pasienten holder tilbake opplysninger",
            "middels",
            "høy",
            "reservasjonsrett, opptak kan stanses når som helst",
        ),
        ("Lydopptak kommer på avveie", "lav", "svært høy", "sletting innen 24 timer, kryptering"),
    ),
    (
        ("Drift i eget datasenter", "ikke tilbudt"),
        ("Lagre transkripsjonen", "ikke nødvendig"),
    ),
    "Restrisikoen for at pasienter føler seg presset til å akseptere opptak vurderes som høy.",
    (SKRIVER,),
)

# --- templates -------------------------------------------------------------------------------


def dpia(t: Topic, gap: dict[str, str] | None = None) -> bytes:
    doc = f"""
# DPIA og ROS-analyse

{lines((("Tiltak", t.title.split("– ", 1)[1]), ("Behandlingsansvarlig", ORG), ("Personvernombud", DPO.name), ("Mal", "Lågendal HF, personvern og informasjonssikkerhet, versjon 2026")))}

# 1 Beskrivelse av behandlingen

{pick(gap, "what", paras(t.what))}

{pick(gap, "flow", lines(t.flow))}

## Databehandlere

{table(("Databehandler", "Oppgave", "Kontaktperson", "Telefon", "E-post"), proc_rows(t))}

# 2 Behandlingsgrunnlag, nødvendighet og proporsjonalitet

{pick(gap, "need", paras(t.need))}

# 3 De registrertes rettigheter

{pick(gap, "rights", bullets(t.rights))}

# 4 Risikovurdering (ROS)

{pick(gap, "risk", table(("Uønsket hendelse", "Sannsynlighet", "Konsekvens", "Tiltak"), risk_rows(t)))}

# 5 Tiltak som ikke gjennomføres

{pick(gap, "skipped", skipped_bullets(t, "{m}. Begrunnelse: {w}"))}

# 6 Samlet vurdering

{pick(gap, "residual", t.residual)}
"""
    return to_pdf(doc)


def beslutning(t: Topic, dato: str, first: str) -> bytes:
    doc = f"""
# Beslutningsnotat – direktørens ledergruppe

{lines((("Møte", dato), ("Sak", t.title.split("– ", 1)[1]), ("Behandlet tidligere", first)))}

## Presentasjon og funn

Prosjektet la fram DPIA og ROS-analyse. Hovedfunn: {t.residual}

## Interessenter

Brukerutvalget, klinikkledelsen, hovedtillitsvalgte og personvernombudet har gitt innspill. Personvernombudet anbefaler forhåndsdrøftelse.

## Beslutning

Ledergruppen godkjenner DPIA-en og tiltaksplanen, aksepterer ikke restrisikoen uten Datatilsynets vurdering, og ber administrerende direktør sende anmodning om forhåndsdrøftelse.

Godkjent elektronisk av Bjørg Tollefsen, administrerende direktør.
"""
    return to_pdf(doc)


REK_HEAD = Head(
    "Regional komité for medisinsk og helsefaglig forskningsetikk",
    "REK innland",
    ("Besøksadresse: Gjøvikvegen 8, 2815 Gjøvik | Telefon: 61 13 70 00 | post@rek-innland.no",),
    ("Vår ref.", "Deres ref.", "Saksbehandler", "Dato"),
)
REK_LETTER = Letter(
    REK_HEAD,
    ("Nils Halse", "Sykehuset Lågendal HF", "Forskning og innovasjon"),
    ("771204", "", "Marte Lid\n61 13 70 22\nmarte.lid@rek-innland.no", "2.10.2026"),
    "Vedtak – 771204 Forskningsregister hjerneslag Lågendal",
    """
Vi viser til søknad om godkjenning av forskningsregister og dispensasjon fra taushetsplikt, mottatt 12.8.2026.

Komiteen godkjenner opprettelse av forskningsregisteret med de vilkår som fremgår nedenfor, jf. helseforskningsloven §§ 20 og 35.

Vilkår: Variabellisten skal begrenses som beskrevet i revidert søknad. Deltakerne skal informeres på nettsider og gis reservasjonsrett. Data skal lagres på godkjent forskningsserver.

Komiteens vedtak kan påklages til Den nasjonale forskningsetiske komité for medisin og helsefag (NEM).

Kontakt saksbehandler Marte Lid, telefon 61 13 70 22, e-post marte.lid@rek-innland.no, ved spørsmål.
""",
    signers=(("Hans Kristian Bøe", "professor, komiteleder"), ("Marte Lid", "seniorrådgiver")),
    layout="tabs",
    note="Dokumentet er elektronisk godkjent.",
)


def hospital_sig(p: Person) -> str:
    return txt(f"""
        Med vennlig hilsen

        {p.name}
        {p.title}
        Sykehuset Lågendal HF
        Direkte: {p.phone} | Sentralbord: 61 27 00 00
        {p.email}
    """)


# --- cases: odd ----------------------------------------------------------------------------------


def d005() -> tuple:
    t = SEPSIS
    body = f"""
Sykehuset Lågendal HF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlagt følger DPIA og ROS-analyse og beslutningsnotat fra direktørens ledergruppe. Databehandler er Sepsys Analytics AB; kontaktperson fremgår av DPIA-ens tabell over databehandlere.

Kontaktperson for saken er spesialrådgiver Therese Lien (se saksbehandlerfeltet). Personvernombudet har deltatt i arbeidet og undertegner anmodningen sammen med administrerende direktør.
"""
    letter = Letter(
        HEAD,
        DT_ADDR,
        ("2026/5521-3", "", f"{LIEN.name}\n{LIEN.phone}\n{LIEN.email}", "30.10.2026"),
        t.title,
        body,
        signers=(CEO, DPO_SIG),
        layout="tabs",
        note=E_APPROVED_NB,
        encl=("DPIA og ROS-analyse, sepsisvarsling", "Beslutningsnotat, ledergruppen 27.10.2026"),
    )
    msg = message(
        "D005",
        f"{LIEN.name} <{LIEN.email}>",
        "Anmodning om forhåndsdrøftelse – KI-basert sepsisvarsling",
        when(11, 2, 12, 20),
        txt(
            "Hei,\n\nVedlagt oversendes anmodning om forhåndsdrøftelse fra Sykehuset Lågendal HF med to vedlegg.\n\n"
        )
        + hospital_sig(LIEN),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - sepsisvarsling.pdf", letter_pdf(letter)),
            ("DPIA og ROS sepsisvarsling.pdf", dpia(t)),
            (
                "Beslutningsnotat ledergruppen 27.10.2026.pdf",
                beslutning(t, "27.10.2026", "15.9.2026"),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital_trust",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_in_ref_table",
            "signature_two_columns_tabs",
            "dpo_signs",
            "e_approved",
            "contact_signature",
            "switchboard_and_direct",
            "processor_contact_table",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_decision_note_pdf",
        ),
        "none",
        True,
        "used",
        "complete; CEO and DPO sign side by side on tab stops, DPO with phone and e-mail; Swedish processor's contact in the DPIA table",
    )


def _slag_letter(
    refs: tuple[str, ...], body: str, copy: tuple[str, ...], encl_extra: tuple[str, ...] = ()
) -> Letter:
    return Letter(
        HEAD_FOU,
        DT_ADDR,
        refs,
        SLAG.title,
        body,
        signers=(CEO, ("Gro Hammerstad", "forskningsdirektør")),
        layout="tabs",
        note=E_APPROVED_NB,
        encl=(
            "DPIA og ROS-analyse, forskningsregister hjerneslag",
            "Beslutningsnotat, ledergruppen 3.11.2026",
            "Vedtak fra REK innland 2.10.2026",
            *encl_extra,
        ),
        copy=copy,
    )


def d025() -> tuple:
    t = SLAG
    body = f"""
Sykehuset Lågendal HF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for opprettelse av et forskningsregister for hjerneslag.

{paras(t.what)}

REK innland har godkjent registeret og gitt dispensasjon fra taushetsplikten; vedtaket er vedlagt. DPIA og ROS-analyse og beslutningsnotat fra ledergruppen er også vedlagt.

Registerplattformen driftes av Helseregister Drift AS som databehandler (kontaktperson Ola Kvamme, tjenesteeier, tlf. 934 20 117, ola.kvamme@helseregisterdrift.no).

Henvendelser om saken kan rettes til saksbehandler. Personvernombudet har gitt sin tilrådning i saken.
"""
    letter = _slag_letter(
        ("2026/6107-4", "", HALSE.name, "5.11.2026"),
        body,
        ("Personvernombudet", "Prosjektleder, Nevrologisk avdeling"),
    )
    msg = message(
        "D025",
        "Sykehuset Lågendal HF <postmottak@lagendal.no>",
        "Anmodning om forhåndsdrøftelse – forskningsregister hjerneslag (vår ref. 2026/6107)",
        when(11, 6, 10, 3),
        txt("""
            Vedlagt følger brev med vedlegg fra Sykehuset Lågendal HF i sak 2026/6107.

            Denne e-posten er sendt fra et system og kan ikke besvares. Svar sendes postmottak@lagendal.no med referanse til saksnummer.
        """),
        attachments=[
            ("2026_6107-4 Anmodning om forhåndsdrøftelse.pdf", letter_pdf(letter)),
            ("2026_6107-4 V1 DPIA og ROS forskningsregister hjerneslag.pdf", dpia(t)),
            ("2026_6107-4 V2 Beslutningsnotat.pdf", beslutning(t, "3.11.2026", "6.10.2026")),
            ("2026_6107-4 V3 REK vedtak 771204.pdf", letter_pdf(REK_LETTER)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital_trust",
            "archive_system_mail",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "p1_case_officer_name_only",
            "p1_dpo_name_only",
            "switchboard_only",
            "other_body_letter_rek",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "signature_two_columns_tabs",
            "e_approved",
            "copy_to_dpo",
            "dpia_report_pdf",
            "part5_decision_note_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: case officer by name only and the DPO named (in the DPIA) without phone or e-mail; REK's attached decision carries REK's case officer with phone and e-mail",
        (1,),
    )


def d045() -> tuple:
    t = SLAG
    body = f"""
Dette brevet erstatter vårt brev av 5.11.2026 i samme sak. I det første brevet manglet kontaktopplysninger; vi sender derfor anmodningen på nytt med alle vedlegg.

{t.what[0]}

Kontaktopplysninger:

| Rolle | Navn | Telefon | E-post |
| Kontaktperson | Nils Halse, forskningsrådgiver | 61 27 16 30 | nils.halse@lagendal.no |
| Personvernombud | Eirik Haug | 61 27 14 02 | eirik.haug@lagendal.no |
| Databehandler (Helseregister Drift AS) | Ola Kvamme, tjenesteeier | 934 20 117 | ola.kvamme@helseregisterdrift.no |
"""
    letter = _slag_letter(
        ("2026/6107-9", "", f"{HALSE_FULL.name}\n{HALSE_FULL.phone}", "24.11.2026"),
        body,
        (f"Personvernombud {DPO.name}",),
    )
    msg = message(
        "D045",
        f"{HALSE_FULL.name} <{HALSE_FULL.email}>",
        "Ny innsending: anmodning om forhåndsdrøftelse – forskningsregister hjerneslag",
        when(11, 24, 14, 51),
        txt(
            "Hei,\n\nVi sender anmodningen på nytt med kontaktopplysninger, se vedlagt brev som erstatter brevet av 5.11.\n\n"
        )
        + hospital_sig(HALSE_FULL),
        attachments=[
            (
                "2026_6107-9 Anmodning om forhåndsdrøftelse - erstatter brev av 5.11.pdf",
                letter_pdf(letter),
            ),
            ("2026_6107-4 V1 DPIA og ROS forskningsregister hjerneslag.pdf", dpia(t)),
            ("2026_6107-4 V2 Beslutningsnotat.pdf", beslutning(t, "3.11.2026", "6.10.2026")),
            ("2026_6107-4 V3 REK vedtak 771204.pdf", letter_pdf(REK_LETTER)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital_trust",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "resubmission_complete",
            "contact_table_row_per_role",
            "other_body_letter_rek",
            "other_person_full_contact",
            "signature_two_columns_tabs",
            "e_approved",
            "contact_signature",
            "dpia_report_pdf",
            "part5_decision_note_pdf",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D025: contacts in a table in the letter; REK's decision attached again",
    )


# --- cases: even -------------------------------------------------------------------------------


def d006() -> tuple:
    t = HJERTE
    body = f"""
Sykehuset Lågendal HF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for digital hjemmeoppfølging av pasienter med hjertesvikt.

{paras(t.what)}

Vedlagt er DPIA og ROS-analyse og beslutningsnotat. Hjemmepuls AS er databehandler (kontaktperson Sara Nymoen, tlf. 905 47 330, sara.nymoen@hjemmepuls.no).

Kontaktperson er seksjonsleder Kristine Engen, tlf. {ENGEN.phone}, {ENGEN.email}.
"""
    letter = Letter(
        HEAD,
        DT_ADDR,
        ("2026/6390-2", "", ENGEN.name, "13.11.2026"),
        t.title,
        body,
        signers=(CEO, ("Pål Mikkelsen", "klinikksjef, Medisinsk klinikk"), DPO_SIG),
        layout="table",
        note=E_APPROVED_NB,
        encl=("DPIA og ROS-analyse, hjemmeoppfølging hjertesvikt", "Beslutningsnotat 10.11.2026"),
    )
    msg = message(
        "D006",
        f"{ENGEN.name} <{ENGEN.email}>",
        "Anmodning om forhåndsdrøftelse – hjemmeoppfølging hjertesvikt",
        when(11, 13, 15, 33),
        txt("Hei,\n\nVedlagt anmodning om forhåndsdrøftelse med vedlegg.\n\n")
        + hospital_sig(ENGEN),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - hjemmeoppfølging.pdf", letter_pdf(letter)),
            ("DPIA og ROS hjemmeoppfølging hjertesvikt.pdf", dpia(t)),
            ("Beslutningsnotat 10.11.2026.pdf", beslutning(t, "10.11.2026", "13.10.2026")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital_trust",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "signature_three_columns_table",
            "dpo_signs",
            "e_approved",
            "contact_signature",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_decision_note_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; three signers in borderless columns (CEO, clinic head, DPO with contacts); contact person in the letter text",
    )


SCRIBE_OFFER = """
# Tilbud – Notavox Clinical Scribe for Sykehuset Lågendal HF

Tilbud nr. NVX-NO-2026-031, datert 18.8.2026

Vi viser til dialog med Digitalisering og innovasjon og tilbyr lisenser for Notavox Clinical Scribe.

| Post | Antall | Pris |
| Lisens, lege per år | 350 | kr 9 600 |
| Integrasjon DIPS Arena | 1 | kr 420 000 |
| Opplæring (superbrukere) | 20 | inkludert |

Tilbudet gjelder til 31.12.2026. Personvernvilkår følger vår standard databehandleravtale.

Kontakt: Fredrik Aasland, Nordic sales director, mobil +47 994 01 552, fredrik.aasland@notavox.com
"""


def d026() -> tuple:
    t = SCRIBE
    gap = {
        "risk": "Risikovurderingen er gjennomført i eget arbeidsmøte 14.10.2026 og følger som vedlegg 3.",
        "skipped": "Se vedlegg 3.",
    }
    body = f"""
Sykehuset Lågendal HF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

{paras(t.what)}

Vedlegg:

- 1 DPIA (beskrivelse, nødvendighet og proporsjonalitet)
- 2 Beslutningsnotat fra ledergruppen
- 3 Risikovurdering

Databehandler er Notavox Health Ltd; kontaktperson er privacy lead Ciarán Walsh, tlf. +353 1 442 7765, privacy@notavox.ie.

Kontaktperson: spesialrådgiver Therese Lien, tlf. {LIEN.phone}, {LIEN.email}. Personvernombud: Eirik Haug, tlf. {DPO.phone}, {DPO.email}.
"""
    letter = Letter(
        HEAD,
        DT_ADDR,
        ("2026/6811-2", "", LIEN.name, "20.11.2026"),
        t.title,
        body,
        signers=(CEO,),
        note=E_APPROVED_NB,
        copy=(f"Personvernombud {DPO.name}",),
    )
    msg = message(
        "D026",
        f"{LIEN.name} <{LIEN.email}>",
        "Anmodning om forhåndsdrøftelse – taletranskripsjon i poliklinikk",
        when(11, 20, 13, 15),
        txt("Hei,\n\nVedlagt følger anmodning om forhåndsdrøftelse med tre vedlegg.\n\n")
        + hospital_sig(LIEN),
        attachments=[
            ("Anmodning om forhåndsdrøftelse - taletranskripsjon.pdf", letter_pdf(letter)),
            ("Vedlegg 1 DPIA taletranskripsjon.pdf", dpia(t, gap)),
            (
                "Vedlegg 2 Beslutningsnotat 17.11.2026.pdf",
                beslutning(t, "17.11.2026", "20.10.2026"),
            ),
            ("Vedlegg 3 Risikovurdering.pdf", to_pdf(SCRIBE_OFFER)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital_trust",
            "cover_letter_pdf",
            "ref_table_saksbehandler",
            "contact_prose_letter",
            "e_approved",
            "copy_to_dpo",
            "contact_signature",
            "processor_contact_in_letter",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_decision_note_pdf",
            "wrong_file_risk",
            "vendor_offer_salesperson",
            "other_person_full_contact",
        ),
        "none",
        True,
        "used",
        "part 4 missing: the DPIA points to «Vedlegg 3 Risikovurdering», but that file is the vendor's offer (with its sales director's contacts)",
        (4,),
    )


def d046() -> tuple:
    body = (
        txt("""
        Til Datatilsynet

        Sykehuset Lågendal HF sendte 20. november anmodning om forhåndsdrøftelse for KI-basert taletranskripsjon i poliklinikk. Vi vurderer nå om tjenesten senere også skal brukes i psykisk helsevern og for barn.

        Før vi gjør en egen vurdering av personvernkonsekvenser for dette, ønsker vi et veiledningsmøte med Datatilsynet for å drøfte hvilke forhold tilsynet mener må belyses særskilt. Dette er ikke en anmodning om forhåndsdrøftelse.

        Aktuelle tidspunkt er uke 2 eller 3 i 2027, gjerne digitalt.

    """)
        + hospital_sig(LIEN)
        + txt(f"""

        Kopi: personvernombud {DPO.name}, {DPO.email}, tlf. {DPO.phone}
    """)
    )
    msg = message(
        "D046",
        f"{LIEN.name} <{LIEN.email}>",
        "Ønske om veiledningsmøte – taletranskripsjon i psykisk helsevern og for barn",
        when(12, 3, 9, 5),
        body,
    )
    return msg, Label(
        "nb",
        (
            "hospital_trust",
            "nonrequest_guidance",
            "contact_signature",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "not a request: asks for a guidance meeting before a DPIA for extended use; full contacts in the signature and copy line",
    )
