"""Sender B: Helse Nordkyst HF (hospital trust, four hospitals), bokmål.

The trust's regional DPIA template «Mal v3.0» in Word: a contact table with one column per role
(rows Navn / Telefon / E-post), «Tema | Svar | Kommentar» tables for description and necessity,
and the risk assessment as a separate Excel workbook (cover sheet, «Risikomatrise» with ID,
trussel/hendelse, S, K, risikonivå, tiltak, restrisiko, eier, and «Tiltak ikke gjennomført»).
Approval: the «Godkjenning» table in the Word file plus minutes of the CEO's management meeting
(DLM) or a scanned signature page. The information security adviser sends the mail.
"""

# ruff: noqa: E501

from __future__ import annotations

from extra import form_pdf, signed_page
from forms import doc, sheet, tbl
from kit import Label, message, to_docx, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c003": "KI-basert tidlig varsling av sepsis",
    "c023": "tolketjeneste over trepartsvideo",
    "c043": "KI-basert tidlig varsling av sepsis",
    "c004": "KI-assistert journalnotat fra lydopptak (ambient scribe)",
    "c024": "sanntidsposisjonering (RTLS) av pasienter i akuttmottak",
    "c044": "feilsendt epikrise (avviksmelding)",
}

SENDER = "Engen, Camilla Rasch <camilla.rasch.engen@helse-nordkyst.no>"
SIGN = "\n" + txt(
    """
    Vennlig hilsen
    Camilla Rasch Engen
    Rådgiver informasjonssikkerhet og personvern
    Helse Nordkyst HF | Stab fag og kvalitet
    Tlf. 75 51 29 16 | Mob. 482 90 335
    camilla.rasch.engen@helse-nordkyst.no
    Postadresse: Postboks 1600, 8095 Nordvika | Org.nr. 912 604 378

    Denne e-posten kan inneholde taushetsbelagte opplysninger. Dersom du ikke er rett mottaker, vennligst slett e-posten og gi beskjed til avsender.
    """
)
DPO = ("Øystein Hammer", "75 51 28 40 / 906 77 312", "personvernombud@helse-nordkyst.no")
IKT = ("Bente Rørvik, Nordkyst IKT HF (drift)", "75 51 20 64", "bente.rorvik@nordkyst-ikt.no")


def contacts(
    project: tuple[str, str, str], dpo: tuple[str, str, str], processors: list[tuple[str, str, str]]
) -> str:
    """The template's contact table: one column per role, rows Navn / Telefon / E-post."""
    head = ["", "Prosjektleder / kontaktperson", "Personvernombud"] + ["Databehandler"] * len(
        processors
    )
    cols = [project, dpo, *processors]
    return tbl(
        head,
        ["Navn", *(c[0] for c in cols)],
        ["Telefon", *(c[1] for c in cols)],
        ["E-post", *(c[2] for c in cols)],
    )


def dpia(
    title: str,
    front: list[tuple[str, str]],
    contact_table: str,
    beskrivelse: list[tuple[str, str, str]],
    nodvendighet: list[tuple[str, str, str]],
    risiko_note: str,
    godkjenning: tuple[str, str, str],
    godkjenning_note: str,
) -> str:
    return doc(
        "# Vurdering av personvernkonsekvenser (DPIA)",
        f"## {title}",
        tbl(("Felt", "Innhold"), *front),
        "# 1 Kontaktpersoner",
        contact_table,
        "# 2 Systematisk beskrivelse av behandlingen",
        tbl(("Tema", "Svar", "Kommentar"), *beskrivelse),
        "# 3 Nødvendighet og proporsjonalitet",
        tbl(("Tema", "Svar", "Kommentar"), *nodvendighet),
        "# 4 Risikovurdering",
        risiko_note,
        "# 5 Godkjenning",
        tbl(("Godkjent av", "Dato", "Signatur"), godkjenning),
        godkjenning_note,
        "Helse Nordkyst HF – DPIA-mal v3.0 (regional mal, tilpasset). Dokumentet er unntatt offentlighet, jf. offl. § 13 og § 24 tredje ledd.",
    )


def risk_workbook(
    title: str,
    version: str,
    rows: list[tuple[str, ...]],
    not_done: list[tuple[str, str]],
    owner: str,
) -> bytes:
    return to_xlsx(
        {
            "Forside": sheet(
                ("Risikovurdering – personvern", ""),
                ("Behandling", title),
                ("Versjon", version),
                ("Risikoeier", owner),
                (
                    "Skala",
                    "Sannsynlighet (S) og konsekvens (K) 1–5. Risikonivå = S x K. Akseptkriterium: ≤ 8.",
                ),
                ("Vedlegg til", "DPIA, se kapittel 4"),
            ),
            "Risikomatrise": sheet(
                (
                    "ID",
                    "Trussel/hendelse",
                    "Sannsynlighet",
                    "Konsekvens",
                    "Risikonivå",
                    "Tiltak",
                    "Restrisiko",
                    "Eier",
                ),
                *rows,
            ),
            "Tiltak ikke gjennomført": sheet(("Tiltak", "Begrunnelse"), *not_done),
        }
    )


# --- c003 / B003: sepsis varsling, complete ---------------------------------------------------


def c003() -> tuple:
    body = dpia(
        "KI-basert tidlig varsling av sepsis i sengeposter (SepsisVakt)",
        [
            ("Dokument-ID", "PV-2026-044"),
            ("Versjon", "1.2, 21.10.2026"),
            ("Dataansvarlig", "Helse Nordkyst HF, org.nr. 912 604 378"),
            ("Behandlingsansvarlig linjeleder", "Fagdirektør Petter Sund"),
            ("Status", "Godkjent"),
        ],
        contacts(
            (
                "Siri Kleven, overlege, prosjektleder",
                "75 51 31 02",
                "siri.kleven@helse-nordkyst.no",
            ),
            DPO,
            [("Kjetil Aas, Medisyn Analytics AS", "+47 415 62 908", "kjetil.aas@medisyn.no"), IKT],
        ),
        [
            (
                "Formål",
                "Oppdage sepsis tidligere hos inneliggende pasienter ved at en maskinlæringsmodell beregner risikoskår hver time og varsler lege og sykepleier.",
                "Sepsis: ca. 1 100 tilfeller/år i foretaket.",
            ),
            (
                "Registrerte",
                "Alle voksne inneliggende pasienter i 14 sengeposter ved Nordvika og Kystby sykehus (ca. 38 000 opphold/år).",
                "Ingen reservasjon i klinisk drift, se kap. 3.",
            ),
            (
                "Personopplysninger",
                "Vitale parametre, laboratoriesvar, diagnoser, medikamenter, alder, kjønn fra DIPS og kurveløsningen. Helseopplysninger (art. 9).",
                "Ingen fritekst.",
            ),
            ("Kilder", "DIPS Arena, Metavision, laboratoriesystemet.", ""),
            (
                "Mottakere",
                "Behandlende lege og sykepleier i varsel i DIPS. Medisyn ser pseudonymiserte data kun ved feilsøking.",
                "",
            ),
            (
                "Teknisk løsning",
                "Modellen kjører i Nordkyst IKTs datasenter (on-prem). Medisyn leverer og vedlikeholder modellen (databehandler). Risikoskår lagres i journalen.",
                "Modellen er CE-merket klasse IIa (MDR).",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h; helsepersonelloven § 39, pasientjournalloven § 6 og spesialisthelsetjenesteloven § 2-1a.",
                "",
            ),
            (
                "Hva gir høy risiko",
                "Ny teknologi (KI), profilering av pasienter som kan påvirke behandling, stor skala, sårbare pasienter.",
                "",
            ),
        ],
        [
            (
                "Nødvendighet",
                "Dagens NEWS-skår oppdager sepsis sent; validering på egne data (2022–2024) viste varsel i snitt 5,2 timer tidligere.",
                "Valideringsrapport vedlegg 3 til prosjektplan.",
            ),
            (
                "Alternativer vurdert",
                "Bedre bruk av NEWS2 alene (mindre effekt), regelbasert varsel (flere falske alarmer).",
                "",
            ),
            (
                "Dataminimering",
                "Kun strukturerte variabler (41 stk.), ingen fritekst, ingen data fra andre foretak.",
                "",
            ),
            (
                "Lagringstid",
                "Skår i journalen etter pasientjournalloven; treningsdata slettes hos Medisyn etter 12 mnd.",
                "",
            ),
            (
                "Informasjon",
                "Pasientinformasjon på sykehusets nettside og plakat i sengepost; lenke i innkallingsbrev.",
                "",
            ),
            (
                "Rettigheter",
                "Innsyn i journal inkl. risikoskår; rett til forklaring på varsel gjennom behandlende lege. Varselet er beslutningsstøtte, ikke automatisert avgjørelse (art. 22).",
                "",
            ),
            (
                "Reservasjon",
                "Ikke reservasjon mot klinisk bruk; reservasjon mot bruk av egne data i videre modelltrening via skjema.",
                "",
            ),
        ],
        "Se vedlagt regneark «Risikovurdering SepsisVakt v1.2» (Forside, Risikomatrise, Tiltak ikke gjennomført). Høyeste restrisiko: R1 skjevhet i modellen (12, over akseptkriteriet), derfor anmodning om forhåndsdrøftelse.",
        (
            "Petter Sund, fagdirektør, på vegne av adm. direktør",
            "29.10.2026",
            "Godkjent i DLM, se protokoll",
        ),
        "Behandlet i direktørens ledermøte (DLM) 08.10.2026 (sak 112/26, første gang) og 29.10.2026 (sak 121/26). Protokoll vedlagt.",
    )
    risk = risk_workbook(
        "SepsisVakt",
        "1.2",
        [
            (
                "R1",
                "Modellen gir dårligere treffsikkerhet for enkelte grupper (eldre, samisktalende, kvinner) – skjev behandling",
                "3",
                "4",
                "12",
                "Validering per undergruppe, kvartalsvis overvåking av drift i modellen, klinisk vurdering alltid før tiltak",
                "12",
                "Fagdirektør",
            ),
            (
                "R2",
                "Automatiseringsskjevhet: helsepersonell stoler blindt på lav skår",
                "3",
                "4",
                "12",
                "Opplæring, skår vises som støtte, NEWS2 beholdes",
                "8",
                "Klinikksjefer",
            ),
            (
                "R3",
                "Uautorisert tilgang til data hos leverandør ved feilsøking",
                "2",
                "4",
                "8",
                "Kun pseudonymiserte data, tilgang via Nordkyst IKT med logging",
                "4",
                "IKT-sjef",
            ),
            (
                "R4",
                "Pasienter ikke informert om profilering",
                "3",
                "3",
                "9",
                "Informasjon i innkalling, nettside, plakat",
                "6",
                "Kommunikasjonssjef",
            ),
            (
                "R5",
                "Gjenbruk av data til ny modelltrening uten grunnlag",
                "2",
                "4",
                "8",
                "Avtalefestet forbud, egen DPIA kreves for trening",
                "4",
                "Personvernombud",
            ),
        ],
        [
            (
                "Kun bruke modellen på pasienter som samtykker",
                "Ikke forenlig med formålet; de sykeste kan ikke samtykke og ville falle utenfor.",
            ),
            (
                "Fjerne alder og kjønn fra modellen",
                "Reduserte treffsikkerheten kraftig i validering (AUC 0,81 → 0,72).",
            ),
        ],
        "Fagdirektør Petter Sund",
    )
    dlm = doc(
        "# Protokoll – Direktørens ledermøte (DLM)",
        "Dato: 29.10.2026. Sted: Nordvika, møterom Havørn. Til stede: Hanne Wold Bakke (adm. dir.), Petter Sund (fagdir.), Mona Lie (økonomidir.), Arnt Ove Skog (HR-dir.), klinikksjefene Kari Bremnes og Ole Tobias Nygård. Forfall: ingen. Personvernombud Øystein Hammer og brukerutvalgets leder Randi Sæther deltok i sak 121/26.",
        "## Sak 121/26 DPIA SepsisVakt – godkjenning og forhåndsdrøftelse",
        "Sammendrag av presentasjon: Prosjektleder Siri Kleven la fram DPIA v1.2 og endringene etter DLM 08.10. (undergruppevalidering, forbud mot gjenbruk). Funn: restrisiko R1 (skjevhet) ligger på 12 og over akseptkriteriet. Brukerutvalget støtter innføring, men ber om god informasjon til pasientene. Personvernombudet anbefaler forhåndsdrøftelse. Tillitsvalgte (NSF, Legeforeningen) er orientert og har ikke merknader.",
        "Vedtak: 1. DLM godkjenner DPIA SepsisVakt v1.2. 2. DLM aksepterer ikke restrisiko R1 uten forhåndsdrøftelse og ber fagdirektøren sende anmodning til Datatilsynet. 3. Pilot i to sengeposter kan ikke starte før Datatilsynet har svart.",
        "Referent: Eva Brattli, direktørens stab. Protokollen er godkjent per e-post 30.10.2026.",
    )
    mail = txt(
        """
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – SepsisVakt (KI-basert tidlig varsling av sepsis)

        Helse Nordkyst HF ber om forhåndsdrøftelse etter personvernforordningen artikkel 36. Vi har gjennomført DPIA, og restrisikoen knyttet til skjevhet i modellen er fortsatt over vårt akseptkriterium. Direktørens ledermøte har behandlet saken to ganger og ønsker å gå videre.

        Vedlagt:
        - DPIA SepsisVakt v1.2 (Word, regional mal)
        - Risikovurdering SepsisVakt v1.2 (Excel)
        - Protokoll DLM 29.10.2026

        Kontaktpersoner hos oss, personvernombudet og databehandlerne står i tabellen i kapittel 1.
        """
    )
    msg = message(
        "c003",
        SENDER,
        "Anmodning om forhåndsdrøftelse - SepsisVakt [PV-2026-044]",
        when(11, 3, 13, 40),
        mail + SIGN,
        attachments=[
            ("PV-2026-044 DPIA SepsisVakt v1.2.docx", to_docx(body)),
            ("PV-2026-044 Risikovurdering SepsisVakt v1.2.xlsx", risk),
            ("Protokoll DLM 2026-10-29.pdf", to_pdf(dlm, "Protokoll DLM 29.10.2026")),
        ],
        cc="personvernombud@helse-nordkyst.no",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "form_docx_3col",
            "contacts_column_per_role",
            "processor_contact_table",
            "risk_register_xlsx",
            "xlsx_cover_sheet",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_management_minutes_pdf",
            "health_data",
            "profiling",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Word DPIA in the regional template (contact table a column per role, two processors), risk matrix as separate workbook with cover sheet and a sheet for measures not taken, approval block plus DLM minutes with stakeholders",
    )


# --- c023 / B023: trepartsvideo tolk, DPO column N/A and empty risk matrix ---------------------


def c023() -> tuple:
    body = dpia(
        "Tolketjeneste over trepartsvideo i poliklinikk",
        [
            ("Dokument-ID", "PV-2026-051"),
            ("Versjon", "0.8, 10.11.2026"),
            ("Dataansvarlig", "Helse Nordkyst HF, org.nr. 912 604 378"),
            ("Behandlingsansvarlig linjeleder", "Klinikksjef Kari Bremnes, Klinikk for medisin"),
            ("Status", "Til behandling"),
        ],
        contacts(
            (
                "Ragnar Sæbø, seksjonsleder poliklinikk",
                "75 51 33 48",
                "ragnar.saebo@helse-nordkyst.no",
            ),
            ("Personvernombudet", "N/A", "personvernombud@helse-nordkyst.no"),
            [("Tolkeformidling Nord AS – kontaktperson avklares", "", "")],
        ),
        [
            (
                "Formål",
                "Gi pasienter med behov for tolk tilgang til kvalifisert tolk via video i poliklinisk konsultasjon, også for språk der det ikke finnes tolker lokalt.",
                "",
            ),
            (
                "Registrerte",
                "Polikliniske pasienter som trenger tolk (ca. 6 500 konsultasjoner/år), pårørende, helsepersonell, tolker.",
                "",
            ),
            (
                "Personopplysninger",
                "Bilde og lyd i sanntid; samtalens innhold (helseopplysninger), navn og språk ved bestilling. Ingen opptak.",
                "",
            ),
            ("Kilder", "Bestilling fra DIPS (navn, tid, språk); videosamtalen.", ""),
            (
                "Mottakere",
                "Tolken (oppdragstaker for Tolkeformidling Nord AS). Ingen lagring av innhold.",
                "",
            ),
            (
                "Teknisk løsning",
                "Pexip-basert videoløsning i Nordkyst IKTs plattform; tolken kobler seg på fra hjemmekontor via lenke med engangskode.",
                "",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h; tolkeloven § 6, pasient- og brukerrettighetsloven § 3-5.",
                "",
            ),
            (
                "Hva gir høy risiko",
                "Helseopplysninger overføres til tolk utenfor sykehuset, i hjemmemiljø; sårbare pasienter (minoritetsspråk, flyktninger).",
                "",
            ),
        ],
        [
            (
                "Nødvendighet",
                "Fremmøtetolk er ikke tilgjengelig for 40 % av bestillingene; telefontolk gir dårligere kvalitet. Video gir bedre kommunikasjon og pasientsikkerhet.",
                "",
            ),
            (
                "Alternativer vurdert",
                "Telefontolk (dagens løsning), fremmøtetolk (kapasitet), tolk fra sykehusets lokaler (ikke mulig for sjeldne språk).",
                "",
            ),
            (
                "Dataminimering",
                "Tolken får kun fornavn og språk; ingen tilgang til journal; ingen opptak.",
                "",
            ),
            (
                "Lagringstid",
                "Bestillingsdata 12 måneder (fakturering), ingen lagring av video.",
                "",
            ),
            (
                "Informasjon",
                "Informasjon på innkallingsbrev på pasientens språk; tolken presenterer seg og taushetsplikten.",
                "",
            ),
            (
                "Rettigheter",
                "Pasienten kan be om fremmøtetolk eller telefontolk i stedet; innsyn i bestillingslogg.",
                "",
            ),
            ("Reservasjon", "Ja, se over.", ""),
        ],
        "Se vedlagt regneark. Risikovurderingen er ikke ferdigstilt – workshop med tolketjenesten og Nordkyst IKT er satt opp 3. desember.",
        ("Kari Bremnes, klinikksjef", "12.11.2026", "Godkjent for oversendelse"),
        "Klinikkledelsen behandlet utkastet 12.11.2026 og ba om at Datatilsynet kontaktes parallelt med at risikovurderingen gjøres ferdig.",
    )
    risk = risk_workbook(
        "Trepartsvideo tolk",
        "0.3 (utkast)",
        [
            (
                "R1",
                "Tolk har samtalen i rom der andre kan høre (hjemmekontor)",
                "",
                "",
                "",
                "",
                "",
                "",
            ),
            ("R2", "Uvedkommende kobler seg på videorommet", "", "", "", "", "", ""),
            (
                "R3",
                "Pasient forstår ikke at tolken sitter utenfor sykehuset",
                "",
                "",
                "",
                "",
                "",
                "",
            ),
            ("R4", "Tolk tar opptak eller skjermbilde", "", "", "", "", "", ""),
        ],
        [],
        "Klinikksjef medisin",
    )
    mail = txt(
        """
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse for bruk av trepartsvideo med tolk i poliklinikkene i Helse Nordkyst HF. Klinikken ønsker å komme i gang med dette i januar og har bedt oss sende saken nå, selv om risikovurderingen ikke er helt ferdig (se kap. 4 og regnearket). Vi ettersender oppdatert regneark etter workshopen 3. desember.

        Kontaktperson i klinikken er Ragnar Sæbø, jf. tabellen i DPIAen.
        """
    )
    msg = message(
        "c023",
        SENDER,
        "Forhåndsdrøftelse - trepartsvideo tolk [PV-2026-051]",
        when(11, 17, 15, 2),
        mail + SIGN,
        attachments=[
            ("PV-2026-051 DPIA trepartsvideo tolk v0.8.docx", to_docx(body)),
            ("PV-2026-051 Risikovurdering utkast.xlsx", risk),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "form_docx_3col",
            "contacts_column_per_role",
            "na_in_cell",
            "p1_dpo_generic_mailbox_no_phone",
            "p1_processor_named_no_contact",
            "risk_register_xlsx",
            "risk_listed_no_assessment",
            "part4_will_follow",
            "approval_block_filled",
            "health_data",
        ),
        "none",
        True,
        "used",
        "part 1 missing: DPO column «Personvernombudet» / «N/A» / role mailbox, processor column «kontaktperson avklares» with empty phone and e-mail (the mail's signature gives only the adviser). Part 4 missing: the workbook lists four threats with every S/K/level/measure/residual cell empty, the workshop is on 3 December. Part 5 present: the clinic head's approval for sending is filled in with the clinic management's meeting",
        missing=(1, 4),
    )


# --- c043 / B043: status query about B003 -----------------------------------------------------


def c043() -> tuple:
    mail = txt(
        """
        Hei,

        Vi viser til vår anmodning om forhåndsdrøftelse for SepsisVakt (vår ref. PV-2026-044), sendt 3. november 2026 kryptert til postkasse@datatilsynet.no.

        Vi har ikke mottatt bekreftelse på at anmodningen er mottatt eller saksnummer. Kan dere bekrefte at saken er registrert, og si noe om når vi kan forvente tilbakemelding? Klinikkene planlegger pilotoppstart i februar, og vi trenger å vite om tidsplanen må justeres.

        Dersom dere trenger noe mer fra oss, ta gjerne kontakt.
        """
    )
    msg = message(
        "c043",
        SENDER,
        "SV: Status - anmodning om forhåndsdrøftelse SepsisVakt [PV-2026-044]",
        when(12, 14, 9, 6),
        mail + SIGN,
    )
    return msg, Label(
        "nb",
        ("hospital", "nonrequest_status_query", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "not a request: status query about the SepsisVakt request (B003); no documents. Parts as they are: 1 missing (only the adviser's signature, no DPO), 2–5 missing",
        missing=(1, 2, 3, 4, 5),
    )


# --- c004 / B004: ambient scribe, complete, scanned signature page -----------------------------


def c004() -> tuple:
    body = dpia(
        "KI-assistert journalnotat fra lydopptak i poliklinikk (Klinikonotat)",
        [
            ("Dokument-ID", "PV-2026-039"),
            ("Versjon", "1.0, 16.10.2026"),
            ("Dataansvarlig", "Helse Nordkyst HF, org.nr. 912 604 378"),
            (
                "Behandlingsansvarlig linjeleder",
                "Klinikksjef Ole Tobias Nygård, Klinikk for kirurgi",
            ),
            ("Status", "Godkjent av adm. direktør"),
        ],
        contacts(
            (
                "Mathias Grønli, lege i spesialisering, prosjektleder",
                "75 51 34 19",
                "mathias.gronli@helse-nordkyst.no",
            ),
            DPO,
            [
                (
                    "Johanna Lindqvist, Kliniko Voice AB",
                    "+46 8 520 277 40",
                    "johanna.lindqvist@klinikovoice.se",
                ),
                IKT,
            ],
        ),
        [
            (
                "Formål",
                "Redusere tid til dokumentasjon: samtalen mellom lege og pasient tas opp, transkriberes og oppsummeres automatisk til et utkast til journalnotat som legen kontrollerer og signerer.",
                "Pilot i ortopedisk og urologisk poliklinikk.",
            ),
            (
                "Registrerte",
                "Polikliniske pasienter (ca. 9 000 konsultasjoner/år i pilotenhetene), pårørende som er til stede, leger.",
                "",
            ),
            (
                "Personopplysninger",
                "Lyd, transkripsjon, utkast til notat; alt som sies i konsultasjonen, herunder helseopplysninger og opplysninger om tredjepersoner.",
                "",
            ),
            ("Kilder", "Mikrofon på legens PC; pasientens navn og timeinformasjon fra DIPS.", ""),
            (
                "Mottakere",
                "Behandlende lege. Ferdig notat i DIPS. Kliniko Voice behandler lyd og tekst som databehandler.",
                "",
            ),
            (
                "Teknisk løsning",
                "Lyd strømmes kryptert til Kliniko Voice (drift i Sverige, Stockholm), språkmodell hos Kliniko, ingen tredjelandsoverføring. Lyd slettes straks etter transkripsjon; tekst slettes etter 48 timer.",
                "Underdatabehandler: Safespring AB (datasenter).",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h; helsepersonelloven § 39 og § 40, pasientjournalloven § 6.",
                "",
            ),
            (
                "Hva gir høy risiko",
                "Ny teknologi (generativ KI), opptak av fortrolig samtale, helseopplysninger i stor skala, risiko for feil i journal.",
                "",
            ),
        ],
        [
            (
                "Nødvendighet",
                "Legene bruker 35–40 % av tiden på dokumentasjon. Test (simulerte samtaler) viste 6 min spart per konsultasjon.",
                "",
            ),
            (
                "Alternativer vurdert",
                "Diktering og sekretær (dagens løsning, kapasitetsmangel), talegjenkjenning uten oppsummering (mindre gevinst).",
                "",
            ),
            (
                "Dataminimering",
                "Opptak startes manuelt av legen etter informasjon til pasienten; pause-knapp; lyd lagres ikke.",
                "",
            ),
            (
                "Lagringstid",
                "Lyd: slettes straks. Tekst hos leverandør: 48 t. Journal: etter pasientjournalloven.",
                "",
            ),
            (
                "Informasjon",
                "Informasjon i innkallingsbrev og på Helsenorge; muntlig informasjon før opptak; skilt på kontoret.",
                "",
            ),
            (
                "Rettigheter",
                "Pasienten kan si nei til opptak uten konsekvenser; innsyn og retting i journal.",
                "",
            ),
            ("Reservasjon", "Ja, muntlig før hver konsultasjon, registreres i DIPS.", ""),
        ],
        "Risikomatrisen står i vedlagt regneark. Restrisiko for R1 (feil i journal som ikke oppdages) og R2 (opptak av opplysninger pasienten ikke ønsker dokumentert) vurderes som høy til middels.",
        ("Hanne Wold Bakke, adm. direktør", "22.10.2026", "Se vedlagt signert side"),
        "Behandlet i DLM 24.09.2026 (sak 104/26) og 22.10.2026 (sak 118/26). DLM godkjente DPIA og besluttet å be om forhåndsdrøftelse; se signert godkjenningsside.",
    )
    risk = risk_workbook(
        "Klinikonotat",
        "1.0",
        [
            (
                "R1",
                "Utkast inneholder feil/hallusinasjoner som legen ikke oppdager, feil i journal",
                "4",
                "4",
                "16",
                "Legen må lese og signere, markering av KI-generert tekst, stikkprøver 5 %",
                "12",
                "Klinikksjef",
            ),
            (
                "R2",
                "Opplysninger pasienten ikke vil ha dokumentert kommer med i notatet",
                "3",
                "4",
                "12",
                "Pause-knapp, legen redigerer, informasjon før opptak",
                "9",
                "Klinikksjef",
            ),
            (
                "R3",
                "Lyd eller tekst brukes til trening av leverandørens modell",
                "2",
                "5",
                "10",
                "Avtalefestet forbud, revisjon, lyd slettes straks",
                "5",
                "Personvernombud",
            ),
            (
                "R4",
                "Uautorisert tilgang hos leverandør eller underleverandør",
                "2",
                "5",
                "10",
                "Kryptering, nøkler hos Nordkyst IKT, logging, ISO 27001",
                "5",
                "IKT-sjef",
            ),
            (
                "R5",
                "Pasienten føler seg presset til å godta opptak",
                "3",
                "3",
                "9",
                "Nei registreres uten begrunnelse, ingen oppfølgingsspørsmål",
                "6",
                "Klinikksjef",
            ),
        ],
        [
            (
                "Lokal språkmodell i eget datasenter",
                "Ikke tilgjengelig med tilstrekkelig kvalitet på norsk i 2026; vurderes på nytt ved anbud 2028.",
            ),
            (
                "Skriftlig samtykke før hver konsultasjon",
                "Uforholdsmessig byrde; muntlig reservasjonsrett dokumenteres i DIPS.",
            ),
        ],
        "Klinikksjef kirurgi",
    )
    page = signed_page(
        "HELSE NORDKYST HF\n\nGodkjenning av vurdering av personvernkonsekvenser (DPIA)\n\nBehandling: KI-assistert journalnotat fra lydopptak (Klinikonotat)\nDokument: PV-2026-039, versjon 1.0 av 16.10.2026\n\nDirektørens ledermøte har i møter 24.09.2026 og 22.10.2026 gjennomgått DPIA med risikovurdering. Innspill fra brukerutvalget (møte 02.10.2026), tillitsvalgte og personvernombudet er vurdert og innarbeidet.\n\nBeslutning: DPIA godkjennes. Restrisikoen for R1 og R2 aksepteres ikke uten at Datatilsynet er konsultert. Foretaket ber om forhåndsdrøftelse etter personvernforordningen art. 36. Pilot starter ikke før svar foreligger.\n\nNordvika, 22.10.2026",
        ["Hanne Wold Bakke, administrerende direktør", "Petter Sund, fagdirektør"],
        seed=4004,
    )
    mail = txt(
        """
        Til Datatilsynet

        Helse Nordkyst HF ber om forhåndsdrøftelse for pilot med KI-assistert journalnotat fra lydopptak (Klinikonotat) i to poliklinikker.

        Vedlagt følger DPIA (Word), risikovurdering (Excel) og skannet godkjenningsside signert av administrerende direktør og fagdirektør. Kontaktinformasjon står i kapittel 1 i DPIAen.
        """
    )
    msg = message(
        "c004",
        SENDER,
        "Anmodning om forhåndsdrøftelse - Klinikonotat [PV-2026-039]",
        when(11, 6, 10, 15),
        mail + SIGN,
        attachments=[
            ("PV-2026-039 DPIA Klinikonotat v1.0.docx", to_docx(body)),
            ("PV-2026-039 Risikovurdering Klinikonotat.xlsx", risk),
            ("Godkjenning_DPIA_Klinikonotat_signert.jpg", page),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "form_docx_3col",
            "contacts_column_per_role",
            "processor_contact_table",
            "phone_foreign",
            "risk_register_xlsx",
            "xlsx_cover_sheet",
            "measures_not_taken_table",
            "approval_block_filled",
            "part5_signed_page_scan",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete; Word DPIA with contact columns (Swedish processor with +46 number, IKT operator), workbook risk matrix, approval as a scanned signed page naming the stakeholders consulted",
    )


# --- c024 / B024: RTLS, approval block empty -----------------------------------------------------


def c024() -> tuple:
    body = dpia(
        "Sanntidsposisjonering (RTLS) av pasienter og utstyr i akuttmottaket",
        [
            ("Dokument-ID", "PV-2026-057"),
            ("Versjon", "1.0, 18.11.2026"),
            ("Dataansvarlig", "Helse Nordkyst HF, org.nr. 912 604 378"),
            ("Behandlingsansvarlig linjeleder", "Klinikksjef Kari Bremnes, Klinikk for medisin"),
            ("Status", "Til godkjenning"),
        ],
        contacts(
            (
                "Tone Eliassen, avdelingssjef akuttmottak",
                "75 51 30 55",
                "tone.eliassen@helse-nordkyst.no",
            ),
            DPO,
            [
                ("Magnus Fjeld, Lokasjon Systems AS", "+47 977 10 384", "magnus.fjeld@lokasjon.no"),
                IKT,
            ],
        ),
        [
            (
                "Formål",
                "Vite hvor pasienter befinner seg i akuttmottaket (rom, venteområde, røntgen), redusere ventetid og hindre at pasienter med delir/demens forlater mottaket uten at det oppdages. Finne utstyr (senger, pumper).",
                "",
            ),
            (
                "Registrerte",
                "Alle pasienter i akuttmottaket (ca. 27 000/år), ansatte som bærer brikke for nødalarm.",
                "Ansatte: egen vurdering i kap. 4.",
            ),
            (
                "Personopplysninger",
                "Armbåndets ID koblet til pasientens navn og fødselsnummer, posisjon hvert 10. sekund i mottaket, tidsstempler, triagekategori.",
                "",
            ),
            ("Kilder", "Armbånd (BLE), sensorer i taket, DIPS (pasientliste).", ""),
            ("Mottakere", "Personell i akuttmottaket på tavle/skjerm; koordinator.", ""),
            (
                "Teknisk løsning",
                "Lokasjon Systems sin plattform installert hos Nordkyst IKT; posisjonshistorikk lagres 7 dager, deretter aggregert uten person-ID.",
                "",
            ),
            (
                "Behandlingsgrunnlag",
                "Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h; spesialisthelsetjenesteloven §§ 2-1a og 3-2, helsepersonelloven § 39.",
                "",
            ),
            (
                "Hva gir høy risiko",
                "Systematisk sporing av sårbare pasienter og ansatte; kobling mot helseopplysninger.",
                "",
            ),
        ],
        [
            (
                "Nødvendighet",
                "Tre pasienter med delir forlot mottaket uoppdaget i 2025; kartlegging viser 22 min brukt per vakt på å lete etter pasienter og utstyr.",
                "",
            ),
            ("Alternativer vurdert", "Manuell tavle (i dag), døralarm, kun utstyrssporing.", ""),
            (
                "Dataminimering",
                "Posisjon kun innenfor mottaket; armbånd deaktiveres ved utskriving/overføring; ansattebrikker sporer kun ved utløst nødalarm.",
                "",
            ),
            ("Lagringstid", "7 dager personidentifiserbar historikk, deretter aggregert.", ""),
            ("Informasjon", "Informasjon ved registrering, plakat, nettside.", ""),
            (
                "Rettigheter",
                "Pasienten kan ta av armbåndet/nekte; innsyn via personvernombud; ikke automatiserte avgjørelser.",
                "",
            ),
            ("Reservasjon", "Ja, unntatt pasienter med vedtak etter psykisk helsevernloven.", ""),
        ],
        "Se vedlagt regneark. Restrisiko for R1 (kontroll av ansatte) og R2 (sporing av pasienter uten samtykkekompetanse) ligger over akseptkriteriet.",
        ("", "", ""),
        "Legges fram for direktørens ledermøte 2. desember.",
    )
    risk = risk_workbook(
        "RTLS akuttmottak",
        "1.0",
        [
            (
                "R1",
                "Posisjonsdata for ansatte brukes til å kontrollere arbeidsutførelse",
                "3",
                "4",
                "12",
                "Ansattebrikker uten kontinuerlig sporing; avtale med tillitsvalgte; ingen rapporter per ansatt",
                "9",
                "HR-direktør",
            ),
            (
                "R2",
                "Sporing av pasienter uten samtykkekompetanse oppleves krenkende",
                "3",
                "4",
                "12",
                "Individuell vurdering, kun innenfor mottaket",
                "9",
                "Avdelingssjef",
            ),
            (
                "R3",
                "Feilkobling armbånd–pasient gir feil identitet",
                "2",
                "4",
                "8",
                "Skanning av armbånd mot DIPS ved registrering",
                "4",
                "Avdelingssjef",
            ),
            (
                "R4",
                "Historikk brukes i klagesaker/tilsyn på en måte pasienten ikke forventer",
                "2",
                "3",
                "6",
                "Informasjon, 7 dagers lagring",
                "4",
                "Personvernombud",
            ),
        ],
        [
            (
                "Full anonymisering av pasientposisjon",
                "Formålet (finne pasienter med delir) krever identifikasjon.",
            )
        ],
        "Klinikksjef medisin",
    )
    mail = txt(
        """
        Hei,

        Helse Nordkyst HF ber om forhåndsdrøftelse for innføring av sanntidsposisjonering (RTLS) i akuttmottaket ved Nordvika sykehus. DPIA og risikovurdering ligger ved.

        Godkjenningsfeltet i kapittel 5 er ikke fylt ut ennå. Saken skal opp i direktørens ledermøte 2. desember, og vi sender protokollen når den foreligger. Vi sender anmodningen nå for å få den inn i køen hos dere.
        """
    )
    msg = message(
        "c024",
        SENDER,
        "Anmodning om forhåndsdrøftelse - RTLS akuttmottak [PV-2026-057]",
        when(11, 23, 12, 48),
        mail + SIGN,
        attachments=[
            ("PV-2026-057 DPIA RTLS akuttmottak v1.0.docx", to_docx(body)),
            ("PV-2026-057 Risikovurdering RTLS.xlsx", risk),
        ],
        cc="personvernombud@helse-nordkyst.no",
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "form_docx_3col",
            "contacts_column_per_role",
            "processor_contact_table",
            "risk_register_xlsx",
            "xlsx_cover_sheet",
            "approval_block_empty",
            "part5_future_meeting",
            "part5_will_follow",
            "location_tracking",
            "employees",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "part 5 missing: the «Godkjent av / Dato / Signatur» row is empty, the DPIA goes to the management meeting on 2 December and the minutes will follow; parts 1–4 complete",
        missing=(5,),
    )


# --- c044 / B044: breach notification printed from the form, not a request --------------------


def c044() -> tuple:
    pdf = form_pdf(
        "Melding om brudd på personopplysningssikkerheten – foreløpig melding",
        [
            ("h", "1 Virksomheten"),
            ("f", "Virksomhetens navn", "Helse Nordkyst HF"),
            ("f", "Organisasjonsnummer", "912 604 378"),
            (
                "f",
                "Kontaktperson",
                "Camilla Rasch Engen, rådgiver informasjonssikkerhet og personvern",
            ),
            ("f", "Telefon", "482 90 335"),
            ("f", "E-post", "camilla.rasch.engen@helse-nordkyst.no"),
            (
                "f",
                "Personvernombud",
                "Øystein Hammer, 906 77 312, personvernombud@helse-nordkyst.no",
            ),
            ("h", "2 Om bruddet"),
            ("f", "Type melding", "Foreløpig melding (endelig melding ettersendes)"),
            ("f", "Når skjedde bruddet", "23.11.2026 kl. 14:10"),
            ("f", "Når ble bruddet oppdaget", "24.11.2026 kl. 08:35"),
            (
                "f",
                "Beskrivelse",
                "Epikrise for en pasient ble sendt via Helsenett til feil fastlegekontor på grunn av feil i adresseregisteret (NHN) etter at fastlegen hadde byttet kontor. Mottakerkontoret varslet oss og har bekreftet sletting.",
            ),
            ("f", "Kategorier registrerte", "Pasient (1)"),
            ("f", "Antall registrerte", "1"),
            (
                "f",
                "Kategorier personopplysninger",
                "Navn, fødselsnummer, helseopplysninger (psykiatrisk epikrise)",
            ),
            ("f", "Konfidensialitet / integritet / tilgjengelighet", "Konfidensialitet"),
            ("h", "3 Konsekvenser og tiltak"),
            (
                "f",
                "Sannsynlige konsekvenser",
                "Lav sannsynlighet for videre spredning; mottaker er helsepersonell med taushetsplikt.",
            ),
            (
                "f",
                "Tiltak som er gjennomført",
                "Sletting bekreftet skriftlig 24.11. Adresseregister korrigert. Kontroll av andre sendinger til samme kontor (ingen funnet).",
            ),
            ("f", "Er de registrerte varslet", "Ja, pasienten ble ringt 25.11.2026"),
            ("f", "Grenseoverskridende", "Nei"),
        ],
        stamp="Utskrift av utfylt skjema 25.11.2026 kl. 16:02",
        subtitle="Skjemaet kunne ikke sendes i Altinn (feilmelding ved innsending). Kopi av utfylte felt.",
    )
    mail = txt(
        """
        Hei,

        Vi forsøkte å sende foreløpig avviksmelding i Altinn i dag, men fikk feilmelding ved innsending (skjermbilde tatt). For å overholde 72-timersfristen sender vi utskrift av det utfylte skjemaet på e-post. Vi sender på nytt i Altinn når tjenesten fungerer.

        Saksnummer hos oss: avvik 2026-3318.
        """
    )
    msg = message(
        "c044",
        SENDER,
        "Melding om brudd på personopplysningssikkerheten - Helse Nordkyst HF (avvik 2026-3318)",
        when(11, 25, 16, 14),
        mail + SIGN,
        attachments=[("Avviksmelding_2026-3318_utskrift.pdf", pdf)],
    )
    return msg, Label(
        "nb",
        ("hospital", "nonrequest_breach_notification", "pdf_form_two_columns", "health_data"),
        "none",
        False,
        "unspecified",
        "not a request: preliminary breach notification (misdirected discharge summary), printed form as PDF because Altinn failed. Parts as they are: 1 present (contact and DPO each with name, phone, e-mail; no processor), 2–5 missing",
        missing=(2, 3, 4, 5),
    )
