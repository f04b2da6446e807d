# ruff: noqa: E501
"""Sender B: Sjøfjord sykehus HF (hospital trust, large), bokmål.

Habits: a polished DPIA template exported to PDF («Mal DPIA v4.2»): a front table, a version log
(Versjon | Dato | Endring | Utført av | Godkjent av), numbered chapters 1–6, a risk table with
likelihood 1–5 and consequence 1–5. Short formal covering mails from the project lead with the
DPO in copy. Approval as a signed page (scanned), a line in the version log, or a board case.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import photo_pdf, signed_page
from kit import Label, message, to_pdf, to_zip, txt, when

TOPICS = {
    "c003": "KI-basert bruddiagnostikk på røntgen",
    "c023": "hjemmemonitorering av KOLS-pasienter",
    "c043": "selvbetjent innsjekk på kiosk (til orientering)",
    "c004": "KI-assistert journalføring (ambient scribe)",
    "c024": "prediksjonsmodell for reinnleggelse",
    "c044": "RFID-sporing av pasienter i akuttmottaket",
}

DPO = ("Personvernombud", "Henrik Aasland", "77 62 10 44", "henrik.aasland@sjofjord.no")
DPO_CC = "Personvernombudet <personvernombudet@sjofjord.no>"


def dpia(
    title: str, meta: list[tuple[str, str]], versions: list[tuple[str, ...]], chapters: str
) -> str:
    """The hospital's template: front table, version log and the chapters as written."""
    front = "\n".join(f"| {k} | {v} |" for k, v in meta)
    log = "\n".join("| " + " | ".join(v) + " |" for v in versions)
    return f"""
# Vurdering av personvernkonsekvenser (DPIA)

## {title}

| Felt | Verdi |
{front}

## Versjonslogg

| Versjon | Dato | Endring | Utført av | Godkjent av |
{log}

Mal DPIA v4.2 – Sjøfjord sykehus HF. Malens veiledningstekst er fjernet.

{chapters}
"""


def contacts(rows: list[tuple[str, str, str, str]]) -> str:
    body = "\n".join(f"| {r} | {n} | {p} | {e} |" for r, n, p, e in rows)
    return f"# 1 Kontaktinformasjon og roller\n\n| Rolle | Navn | Telefon | E-post |\n{body}"


# --- B3: KI-basert bruddiagnostikk -----------------------------------------------------------

BRUDD = dpia(
    "KI-basert bruddiagnostikk på røntgenbilder (akuttmottak og legevakt)",
    [
        ("Tiltak", "Innføring av KI-støtte for påvisning av brudd på røntgen"),
        ("Tiltakseier", "Klinikksjef, Klinikk for bildediagnostikk"),
        ("Dokumentansvarlig", "Tone Marie Hagen, prosjektleder"),
        ("Status", "Ferdigstilt"),
        ("Klassifisering", "Fortrolig – unntatt offentlighet, offl. § 24 tredje ledd"),
    ],
    [
        ("0.1", "2026-08-28", "Første utkast", "TMH", ""),
        ("0.4", "2026-09-30", "Etter risikoworkshop", "TMH/HAA", ""),
        ("1.0", "2026-10-19", "Ferdigstilt for godkjenning", "TMH", "Se signert godkjenningsside"),
    ],
    contacts(
        [
            (
                "Behandlingsansvarlig",
                "Sjøfjord sykehus HF v/ administrerende direktør",
                "77 62 10 00",
                "postmottak@sjofjord.no",
            ),
            (
                "Kontaktperson",
                "Tone Marie Hagen, prosjektleder",
                "77 62 33 81",
                "tone.marie.hagen@sjofjord.no",
            ),
            DPO,
            (
                "Databehandler (leverandør)",
                "Radiant Vision AB v/ Johan Lindqvist, Customer Success Manager",
                "+46 8 120 455 30",
                "johan.lindqvist@radiantvision.se",
            ),
            (
                "Databehandler (drift)",
                "Helse Nordkyst IKT HF v/ Mette Solvang, tjenesteeier KI-plattform",
                "77 60 20 00",
                "mette.solvang@hnikt.no",
            ),
        ]
    )
    + """

# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål
Formålet er å redusere andelen brudd som ikke blir oppdaget ved første undersøkelse i akuttmottaket og på legevakten om natten, når radiolog ikke alltid er tilgjengelig. Programvaren markerer mulige bruddlinjer på bildet og gir en prioritet i arbeidslisten.

## 2.2 Art og omfang
Alle røntgenundersøkelser av skjelett fra akuttmottaket og legevakten, ca. 38 000 undersøkelser per år, pasienter i alle aldre, også barn. Opplysningene som behandles er bildene med DICOM-metadata (navn, fødselsnummer, alder, kjønn, undersøkelsestype, tidspunkt) og resultatet fra programvaren (markering og sannsynlighet). Resultatet lagres som et eget bildeobjekt i PACS.

## 2.3 Sammenheng
Pasientene har ikke valgt dette selv, og de fleste vil ikke vite at KI er brukt. Resultatet påvirker hvilke bilder som blir vurdert først, og kan påvirke legens diagnose. Programvaren er CE-merket som medisinsk utstyr (klasse IIa). Sykehuset har ikke innsyn i modellens treningsdata.

## 2.4 Dataflyt, kilder og mottakere
Bildene sendes fra PACS til en lokal instans av programvaren på sykehusets KI-plattform (Helse Nordkyst IKT). Resultatet går tilbake til PACS. Ingen bilder forlater regionens datasentre. Leverandøren får anonymisert ytelsesstatistikk (antall, treffprosent) månedlig. Leverandøren har fjerntilgang for feilsøking etter avtale, via regionens leverandørportal, med logging.

## 2.5 Informasjonssikkerhet
KI-plattformen er ROS-vurdert (ROS-2026-117). Tilgangsstyring etter regionens modell, logging i PACS og KI-plattform, kryptering i transport og lagring. Leverandørtilgang krever godkjenning per sesjon.

## 2.6 Ansvarsforhold
Sjøfjord sykehus HF er behandlingsansvarlig. Radiant Vision AB og Helse Nordkyst IKT HF er databehandlere etter egne databehandleravtaler (2026-06-12 og regional rammeavtale).

# 3 Nødvendighet og forholdsmessighet

## 3.1 Rettslig grunnlag
Art. 6 nr. 1 bokstav c og e, art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-2 (forsvarlighet) og pasientjournalloven § 6 og § 19.

## 3.2 Nødvendighet
Interne avvik viser at 3–4 prosent av håndleds- og ankelbrudd blir oversett ved første vurdering om natten. Alternativer vurdert: flere radiologer i vakt (ikke mulig å rekruttere), dobbeltlesing neste morgen (gjøres i dag, men pasienten er da sendt hjem), teleradiologi (vurdert, dyrere og gir samme personvernutfordring). KI-støtte som beslutningsstøtte – ikke automatisk diagnose – er vurdert som det minst inngripende tiltaket som løser problemet.

## 3.3 Dataminimering og lagringstid
Kun bilder av skjelett fra akuttmottak og legevakt sendes; andre undersøkelser filtreres bort. Resultatet lagres i PACS som del av journalen. Programvaren lagrer ikke bilder etter behandling (verifisert i test).

## 3.4 De registrertes rettigheter og garantier
- Informasjon på sykehusets nettside og oppslag i venterommet; skriftlig informasjon i innkallingsbrev til kontroll.
- Legen har alltid det endelige ansvaret; KI-resultatet er merket i PACS og journal.
- Innsyn i journalen inkluderer KI-markeringen.
- Pasienter kan reservere seg (registreres i RIS), og bilder blir da ikke sendt til programvaren.
- Årlig kvalitetskontroll av treffsikkerhet for barn, eldre og kvinner/menn hver for seg.

# 4 Risikovurdering

## 4.1 Metode
Risiko vurdert i workshop 2026-09-24 med radiologer, akuttmedisinere, personvernombud, informasjonssikkerhetsleder og brukerrepresentant. Sannsynlighet (S) og konsekvens (K) 1–5; risiko = S x K. Høy risiko: 12 eller mer.

## 4.2 Risikotabell
| Nr | Risiko for den registrerte | S | K | Risiko | Tiltak |
| R1 | Legen stoler for mye på programvaren, brudd som ikke markeres blir oversett | 3 | 5 | 15 | Opplæring, tydelig merking, dobbeltlesing neste dag beholdes |
| R2 | Dårligere treffsikkerhet for barn, ukjent skjevhet i treningsdata | 3 | 4 | 12 | Egen evaluering barn første 6 mnd., terskel justert |
| R3 | Uautorisert tilgang via leverandørens fjerntilgang | 2 | 4 | 8 | Godkjenning per sesjon, logging, avtale |
| R4 | Pasienten får ikke vite at KI er brukt og kan ikke reservere seg | 4 | 2 | 8 | Informasjon, reservasjon i RIS |
| R5 | Feil i integrasjonen gir feil pasient på resultat | 1 | 5 | 5 | Test, kontroll av DICOM-identifikatorer |

## 4.3 Tiltak vurdert, men ikke gjennomført
- Innhente samtykke fra hver pasient: ikke gjennomført, fordi pasienter i akuttsituasjoner ikke kan gi et reelt valg, og behandlingen skjer på annet rettslig grunnlag.
- Kreve innsyn i treningsdata fra leverandør: leverandøren har avslått; vi har i stedet egen lokal validering.

## 4.4 Restrisiko
R1 og R2 er fortsatt høye (S x K ≥ 12) etter tiltak. Sykehuset ønsker å ta løsningen i bruk og ber derfor om forhåndsdrøftelse.

# 5 Interessenter og medvirkning
Brukerutvalget (møte 2026-09-10), klinikkens verneombud og tillitsvalgte, personvernombudet og fagdirektør er involvert. Brukerutvalget støttet tiltaket forutsatt reservasjonsrett.

# 6 Ledelsens validering
Se signert godkjenningsside (eget vedlegg).
""",
)

BRUDD_SIGN = """Sjøfjord sykehus HF
GODKJENNING AV VURDERING AV PERSONVERNKONSEKVENSER

Tiltak: KI-basert bruddiagnostikk på røntgenbilder
DPIA versjon 1.0 av 2026-10-19

Ledelsen i Klinikk for bildediagnostikk og administrerende direktør har fått presentert DPIA-en i møte 2026-10-26 (presentasjon ved prosjektleder og personvernombud). Vi har gjennomgått beskrivelsen, vurderingen av nødvendighet, risikotabellen og restrisikoen, og innspillene fra brukerutvalget og tillitsvalgte.

Vi godkjenner DPIA-en. Restrisikoen for R1 og R2 er høy. Vi ønsker å gjennomføre tiltaket og ber om at sykehuset sender anmodning om forhåndsdrøftelse til Datatilsynet.

Sted/dato: Sjøfjordbotn, 26. oktober 2026
"""


def c003() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – KI-basert bruddiagnostikk på røntgenbilder

        Sjøfjord sykehus HF anmoder om forhåndsdrøftelse etter personvernforordningen artikkel 36. Vi har gjennomført en vurdering av personvernkonsekvenser for innføring av KI-støtte til påvisning av brudd i akuttmottaket og på legevakten. To risikoer er fortsatt høye etter tiltak (kapittel 4.4).

        Vedlegg:
        - DPIA, versjon 1.0 (PDF)
        - Signert godkjenningsside (skannet)

        Kontaktinformasjon for kontaktperson, personvernombud og databehandlere står i kapittel 1 i DPIA-en. Personvernombudet er kopimottaker.

        Dokumentene inneholder informasjon om sikkerhetstiltak og bes unntatt offentlighet.

        Med vennlig hilsen
        Tone Marie Hagen
        Prosjektleder, Klinikk for bildediagnostikk
        Sjøfjord sykehus HF
        Tlf. 77 62 33 81 | Mob. 482 11 903
        """)
    msg = message(
        "c003",
        "Tone Marie Hagen <tone.marie.hagen@sjofjord.no>",
        "Anmodning om forhåndsdrøftelse - KI-basert bruddiagnostikk",
        when(11, 2, 12, 31),
        body,
        cc=DPO_CC,
        attachments=[
            ("DPIA_KI_bruddiagnostikk_v1.0.pdf", to_pdf(BRUDD, "DPIA KI bruddiagnostikk")),
            (
                "Godkjenning_DPIA_signert.pdf",
                photo_pdf(
                    [
                        signed_page(
                            BRUDD_SIGN,
                            [
                                "Ellen Margrethe Sundby, administrerende direktør",
                                "Geir Åsmund Lie, klinikksjef",
                            ],
                            3,
                        )
                    ]
                ),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "dpia_report_pdf",
            "polished_template",
            "version_log",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_signed_page_scan",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; polished hospital template PDF, two processors in the contact table, approval as a scanned signed page",
    )


# --- B23: KOLS hjemmemonitorering, risk listed only ---------------------------------------------

KOLS = dpia(
    "Digital hjemmeoppfølging av pasienter med KOLS",
    [
        ("Tiltak", "Digital hjemmeoppfølging (DHO) KOLS, Medisinsk klinikk"),
        ("Tiltakseier", "Klinikksjef, Medisinsk klinikk"),
        ("Dokumentansvarlig", "Jørgen Lauvås, seksjonsleder lungemedisin"),
        ("Status", "Godkjent"),
        ("Klassifisering", "Intern"),
    ],
    [
        ("0.1", "2026-09-02", "Utkast", "JL", ""),
        (
            "1.0",
            "2026-10-14",
            "Ferdig",
            "JL",
            "Klinikksjef Marit Dyrøy, 2026-10-21 (ledermøte MK sak 41/26)",
        ),
    ],
    contacts(
        [
            (
                "Kontaktperson",
                "Jørgen Lauvås, seksjonsleder lungemedisin",
                "77 62 51 09",
                "jorgen.lauvas@sjofjord.no",
            ),
            DPO,
            (
                "Databehandler",
                "Helsepunkt Norge AS v/ Siv Hatlem, prosjektleder",
                "22 41 70 80",
                "siv.hatlem@helsepunkt.no",
            ),
        ]
    )
    + """

# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål
Redusere antall akutte innleggelser ved forverring av KOLS ved at pasienten måler seg selv hjemme og sykehuset følger opp målingene.

## 2.2 Art og omfang
Pasienter med alvorlig eller svært alvorlig KOLS (GOLD 3–4) som har hatt minst to innleggelser siste år. Ca. 250 pasienter over to år. Pasienten får nettbrett, pulsoksymeter og et spørreskjema i appen. Daglige målinger av oksygenmetning og puls og svar om symptomer sendes til sykehuset. Algoritme i løsningen gir farge (grønn/gul/rød) etter terskler satt av lege for hver pasient. Sykepleier på lungepoliklinikken ser på gule og røde pasienter hver dag på hverdager og ringer dem.

## 2.3 Dataflyt
Nettbrett → Helsepunkt sin plattform (drift i Norge, ISO 27001) → oppfølgingsvisning for sykepleiere → relevante opplysninger dokumenteres i DIPS. Fastlege og hjemmesykepleie får epikrise som i dag. Data i plattformen slettes 3 måneder etter avsluttet oppfølging.

## 2.4 Informasjonssikkerhet
Pasienten logger inn med BankID. Helsepersonell logger inn med sykehusets ID og tofaktor. Løsningen følger Normen. ROS-analyse gjennomført (ROS-2026-089).

# 3 Nødvendighet og forholdsmessighet

Rettslig grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven og pasientjournalloven. Deltakelse er frivillig, og pasienten kan gå tilbake til vanlig oppfølging når som helst.

Erfaringer fra andre helseforetak viser 20–30 prosent færre innleggelser. Alternativet er hyppigere polikliniske kontroller, som er belastende for pasientene og krever kapasitet vi ikke har. Vi samler bare inn målinger som brukes i oppfølgingen; appen har ikke posisjonsdata eller aktivitetsmåling.

Rettigheter: Skriftlig og muntlig informasjon ved oppstart, pasienten ser egne målinger i appen, innsyn via helsenorge.no, tydelig beskjed om at løsningen ikke er en akuttjeneste og at oppfølging bare skjer på dagtid hverdager.

# 4 Risikovurdering

Identifiserte risikoer:
- Pasienten tror at sykehuset følger med hele tiden og venter med å ringe 113.
- Feil i algoritmen eller tersklene.
- Nettbrett kommer på avveie.
- Pårørende ser helseopplysninger på nettbrettet.
- Pasienter med lav digital kompetanse får dårligere oppfølging.
- Leverandøren bruker data til produktutvikling.

# 5 Interessenter og medvirkning
Brukerutvalget og LHL lokallag har gitt innspill. Kommunene (hjemmesykepleie) er orientert.

# 6 Ledelsens validering
Godkjent av klinikksjef i ledermøte Medisinsk klinikk 2026-10-21, sak 41/26, se versjonslogg.
""",
)


def c023() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Sjøfjord sykehus HF v/ Medisinsk klinikk ber om forhåndsdrøftelse for digital hjemmeoppfølging av pasienter med KOLS. Behandlingen gjelder helseopplysninger om en sårbar pasientgruppe, og den innebærer en ny teknologi og en algoritme som prioriterer pasienter.

        Vedlagt ligger DPIA i PDF. Personvernombudet er orientert og har kopi.

        Med vennlig hilsen

        Jørgen Lauvås
        Seksjonsleder lungemedisin
        Medisinsk klinikk, Sjøfjord sykehus HF
        77 62 51 09
        """)
    msg = message(
        "c023",
        "Jørgen Lauvås <jorgen.lauvas@sjofjord.no>",
        "Forhåndsdrøftelse - digital hjemmeoppfølging KOLS",
        when(11, 9, 15, 12),
        body,
        cc=DPO_CC,
        attachments=[("DPIA DHO KOLS v1.0.pdf", to_pdf(KOLS, "DPIA DHO KOLS"))],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "dpia_report_pdf",
            "polished_template",
            "version_log",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_listed_no_assessment",
            "part5_version_log_line",
        ),
        "pgp_mime",
        True,
        "used",
        "risk chapter only lists six risks: no likelihood, consequence, measures or residual risk; approval as a line in the version log",
        missing=(4,),
    )


# --- B43: DPIA til orientering (not a request) --------------------------------------------------

KIOSK = dpia(
    "Selvbetjent innsjekk og betaling på kiosk i poliklinikkene",
    [
        ("Tiltak", "Innsjekkskiosker med BankID/QR i alle poliklinikker"),
        ("Tiltakseier", "Direktør for pasientadministrasjon"),
        ("Dokumentansvarlig", "Anne-Lise Kvam, rådgiver"),
        ("Status", "Godkjent"),
        ("Klassifisering", "Intern"),
    ],
    [
        (
            "1.0",
            "2026-09-15",
            "Ferdig",
            "ALK",
            "Direktør pasientadministrasjon Stein Ove Rasmussen, 2026-09-22",
        ),
    ],
    contacts(
        [
            (
                "Kontaktperson",
                "Anne-Lise Kvam, rådgiver pasientadministrasjon",
                "77 62 14 70",
                "anne-lise.kvam@sjofjord.no",
            ),
            DPO,
            (
                "Databehandler",
                "Innsjekk Nordic AS v/ Morten Bøe, leveranseansvarlig",
                "911 82 304",
                "morten.boe@innsjekknordic.no",
            ),
        ]
    )
    + """

# 2 Systematisk beskrivelse av behandlingen
Pasienter sjekker inn på kiosk ved å skanne QR-koden fra innkallingen eller legge inn fødselsnummer. Kiosken viser navn, avdeling og tidspunkt for timen og sender melding om ankomst til DIPS. Betaling av egenandel skjer med kort på kiosken. Ca. 180 000 innsjekkinger per år. Kiosken viser ikke diagnose eller henvisningsgrunn. Data lagres ikke lokalt i kiosken; logg over innsjekk lagres i 30 dager hos leverandøren.

# 3 Nødvendighet og forholdsmessighet
Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h. Tiltaket reduserer kø i skrankene. Manuell innsjekk i skranken beholdes som alternativ. Skjermfilter og avstandsmarkering hindrer innsyn.

# 4 Risikovurdering
| Risiko | S | K | Tiltak | Restrisiko |
| Andre pasienter ser navn og avdeling på skjermen | 3 | 2 | Personvernfilter, tidsavbrudd 20 sek. | Lav |
| Feil pasient sjekkes inn | 2 | 2 | QR som førstevalg, kontroll i skranke | Lav |
| Kortdata lekker | 1 | 3 | PCI-DSS-sertifisert terminal | Lav |
Ikke gjennomført: BankID som eneste innsjekk (utelukker pasienter uten BankID).

Restrisiko: lav. Forhåndsdrøftelse er ikke nødvendig.

# 5 Interessenter
Brukerutvalget har testet løsningen.

# 6 Ledelsens validering
Godkjent av direktør for pasientadministrasjon 2026-09-22, se versjonslogg.
""",
)


def c043() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        Etter avtale med personvernombudet vårt sender vi til orientering vurderingen av personvernkonsekvenser for selvbetjente innsjekkskiosker i poliklinikkene, som tas i bruk fra januar.

        Vi har vurdert at restrisikoen er lav, og ber ikke om forhåndsdrøftelse. Personvernombudet mente likevel det var riktig at Datatilsynet kjenner til løsningen, siden den berører mange pasienter. Det er ikke nødvendig med noe svar fra dere.

        Vennlig hilsen
        Anne-Lise Kvam
        Rådgiver, Pasientadministrasjon
        Sjøfjord sykehus HF
        Tlf. 77 62 14 70
        """)
    msg = message(
        "c043",
        "Anne-Lise Kvam <anne-lise.kvam@sjofjord.no>",
        "Til orientering: DPIA innsjekkskiosker",
        when(12, 3, 9, 18),
        body,
        cc=DPO_CC,
        attachments=[("DPIA innsjekkskiosk v1.0.pdf", to_pdf(KIOSK, "DPIA innsjekkskiosk"))],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "nonrequest_dpia_for_information",
            "dpia_report_pdf",
            "polished_template",
            "version_log",
            "contact_dpia_table",
            "processor_contact_table",
            "part5_version_log_line",
            "prior_consultation_declined",
        ),
        "none",
        False,
        "used",
        "a complete low-risk DPIA sent «til orientering»; explicitly no prior consultation requested and no answer wanted",
    )


# --- B4: ambient scribe, approval in the version log -------------------------------------------

SCRIBE = dpia(
    "KI-assistert journalføring i poliklinikk (talegjenkjenning og utkast til notat)",
    [
        ("Tiltak", "Pilot KI-assistert journalføring, 4 poliklinikker"),
        ("Tiltakseier", "Fagdirektør"),
        ("Dokumentansvarlig", "Sunniva Rekdal, fagsjef digitalisering"),
        ("Status", "Godkjent"),
        ("Klassifisering", "Fortrolig"),
    ],
    [
        ("0.2", "2026-08-20", "Utkast etter markedsdialog", "SR", ""),
        ("0.6", "2026-09-29", "Risikoworkshop innarbeidet", "SR/HAA", ""),
        (
            "0.9",
            "2026-10-13",
            "Presentert for foretaksledelsen (sak FL 77/26), innspill fra tillitsvalgte og brukerutvalget innarbeidet",
            "SR",
            "",
        ),
        (
            "1.0",
            "2026-10-20",
            "Endelig",
            "SR",
            "Adm. dir. Ellen Margrethe Sundby, 2026-10-20, etter behandling i foretaksledelsen 2026-10-20 (sak FL 81/26): godkjent, forhåndsdrøftelse skal søkes",
        ),
    ],
    contacts(
        [
            (
                "Kontaktperson",
                "Sunniva Rekdal, fagsjef digitalisering",
                "77 62 10 88",
                "sunniva.rekdal@sjofjord.no",
            ),
            DPO,
            (
                "Databehandler",
                "Klinikkord AS v/ Erik Vangen, leveranseleder",
                "911 40 226",
                "erik.vangen@klinikkord.no",
            ),
        ]
    )
    + """

# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål
Redusere tiden leger bruker på dokumentasjon, slik at mer av konsultasjonen kan brukes på pasienten.

## 2.2 Art og omfang
Med pasientens samtykke tar legen opp konsultasjonen med en app på tjenestetelefonen. Lyden transkriberes, og en språkmodell lager et utkast til journalnotat i sykehusets mal. Legen leser, retter og godkjenner notatet før det lagres i DIPS. Piloten omfatter 40 leger i fire poliklinikker (revmatologi, nevrologi, ortopedi og barnepoliklinikk), anslagsvis 14 000 konsultasjoner over 12 måneder. Barn under 16 år deltar bare med foresattes samtykke.

## 2.3 Hva som behandles
Lydopptak av hele konsultasjonen (inkludert pårørende og tolk som er til stede), transkripsjon, notatutkast, metadata (tid, lege, avdeling). Opptak kan inneholde opplysninger som ikke hører hjemme i journalen (f.eks. om familiemedlemmer).

## 2.4 Dataflyt og lagring
App → Klinikkord sin plattform i Microsoft Azure (Norway East, underdatabehandler) → utkast tilbake i appen og i DIPS-integrasjon. Lydfil slettes etter transkripsjon; transkripsjon og utkast slettes 72 timer etter at notatet er godkjent. Ingen bruk til trening av modeller.

## 2.5 Informasjonssikkerhet
Sykehusets MDM på telefonene, innlogging med tofaktor, kryptering med sykehusets nøkler (BYOK), logging av alle oppslag. ROS-2026-131.

# 3 Nødvendighet og forholdsmessighet
Rettslig grunnlag for journalføringen: art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. helsepersonelloven § 39 og § 40. For selve lydopptaket bygger vi på pasientens uttrykkelige samtykke etter art. 9 nr. 2 bokstav a, fordi opptak ikke er nødvendig for journalføringen.

Alternativer: diktering med talegjenkjenning uten språkmodell (gir lite tidsbesparelse), merkantil skrivehjelp (finnes ikke kapasitet). Tiltaket er avgrenset til en pilot med evaluering.

Garantier: samtykke før hver konsultasjon med mulighet til å si nei uten konsekvenser, synlig opptakssymbol, opptak kan stoppes når som helst, legen er ansvarlig for notatet, notatet merkes «utarbeidet med KI-støtte», innsyn via helsenorge.no, informasjonsskriv på bokmål, nynorsk, engelsk og nordsamisk.

# 4 Risikovurdering
| Nr | Risiko | S | K | Risiko | Tiltak |
| R1 | Feil eller oppdiktet innhold i notat («hallusinasjon») som ikke oppdages | 3 | 5 | 15 | Obligatorisk gjennomlesing, stikkprøver, opplæring |
| R2 | Samtykket er ikke reelt frivillig (pasienten tør ikke si nei) | 3 | 3 | 9 | Samtykke innhentes av sekretær før konsultasjonen, ikke av legen |
| R3 | Opptak av tredjeparter (pårørende, tolk) uten at de er informert | 3 | 3 | 9 | Informasjon til alle i rommet, opptak stoppes ved behov |
| R4 | Uautorisert tilgang til lydopptak | 2 | 5 | 10 | Kryptering, kort lagringstid, BYOK |
| R5 | Overføring til tredjeland via leverandørens underleverandører | 2 | 4 | 8 | Avtale om lagring og drift i EØS, kartlegging av underleverandører |

Vurdert, ikke gjennomført: lokal språkmodell i sykehusets datasenter (ikke moden, vurderes igjen 2028); kun transkripsjon uten notatutkast (gir ikke ønsket effekt).

Restrisiko: R1 er fortsatt høy. Derfor forhåndsdrøftelse.

# 5 Interessenter og medvirkning
Brukerutvalget, Legeforeningen og Fagforbundet (tillitsvalgte), personvernombudet.

# 6 Ledelsens validering
Godkjent av administrerende direktør etter behandling i foretaksledelsen, se versjonslogg (versjon 1.0).
""",
)


def c004() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Sjøfjord sykehus HF ber om forhåndsdrøftelse for en pilot med KI-assistert journalføring i poliklinikk. Vurderingen av personvernkonsekvenser følger vedlagt. Foretaksledelsen har behandlet saken, se versjonsloggen i dokumentet.

        Kontaktinformasjon finnes i kapittel 1.

        Med hilsen
        Sunniva Rekdal
        Fagsjef digitalisering
        Sjøfjord sykehus HF
        Telefon 77 62 10 88
        sunniva.rekdal@sjofjord.no
        """)
    msg = message(
        "c004",
        "Sunniva Rekdal <sunniva.rekdal@sjofjord.no>",
        "Anmodning om forhåndsdrøftelse: KI-assistert journalføring",
        when(11, 5, 10, 2),
        body,
        cc=DPO_CC,
        attachments=[
            (
                "DPIA KI-assistert journalføring v1.0.pdf",
                to_pdf(SCRIBE, "DPIA KI-assistert journalføring"),
            )
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "dpia_report_pdf",
            "polished_template",
            "version_log",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_version_log_line",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; management's approval documented only as a line in the DPIA's version log",
    )


# --- B24: readmission prediction, signature page unsigned ---------------------------------------

REINN = dpia(
    "Prediksjonsmodell for risiko for reinnleggelse innen 30 dager",
    [
        ("Tiltak", "Beslutningsstøtte for utskrivning, Medisinsk klinikk"),
        ("Tiltakseier", "Fagdirektør"),
        ("Dokumentansvarlig", "Per Ivar Moen, overlege/forsker"),
        ("Status", "Utkast til godkjenning"),
        ("Klassifisering", "Fortrolig"),
    ],
    [
        ("0.3", "2026-09-11", "Utkast", "PIM", ""),
        ("0.8", "2026-10-28", "Etter risikoworkshop og brukerutvalg", "PIM/HAA", ""),
        ("0.9", "2026-11-12", "Til godkjenning", "PIM", ""),
    ],
    contacts(
        [
            (
                "Kontaktperson",
                "Per Ivar Moen, overlege, Medisinsk klinikk",
                "77 62 52 33",
                "per.ivar.moen@sjofjord.no",
            ),
            DPO,
            (
                "Databehandler",
                "Helse Nordkyst IKT HF v/ Mette Solvang, tjenesteeier KI-plattform",
                "77 60 20 00",
                "mette.solvang@hnikt.no",
            ),
        ]
    )
    + """

# 2 Systematisk beskrivelse av behandlingen

## 2.1 Formål
Gi legen et estimat av risikoen for at pasienten blir lagt inn igjen innen 30 dager etter utskrivning, slik at pasienter med høy risiko får ekstra tiltak: telefon fra sykepleier etter 48 timer, tidlig kontroll, melding til kommunen.

## 2.2 Art og omfang
Alle voksne som skrives ut fra Medisinsk klinikk, ca. 16 000 opphold per år. Modellen er utviklet av sykehuset selv på historiske data fra 2019–2024 (eget prosjekt med REK-godkjenning, avsluttet). Ved utskrivning beregnes en risikoskår (lav/middels/høy) fra 34 variabler: alder, kjønn, diagnosekoder, antall innleggelser siste år, legemidler, laboratorieverdier, liggetid, bosted (kommune), om pasienten bor alene, og om pasienten har hjemmesykepleie.

## 2.3 Dataflyt
DIPS → regionalt datavarehus → KI-plattform (Helse Nordkyst IKT) → skår vises i DIPS utskrivningsmodul. Skåren lagres i journalen. Modellen overvåkes månedlig for ytelse og skjevhet.

## 2.4 Informasjonssikkerhet og ansvar
Sjøfjord sykehus HF er behandlingsansvarlig. Helse Nordkyst IKT HF er databehandler. Tilgang etter regionens tilgangsmodell, logging, ROS-2026-140.

# 3 Nødvendighet og forholdsmessighet
Grunnlag: art. 6 nr. 1 bokstav e, art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-2 og pasientjournalloven § 6. Reinnleggelsesraten i klinikken er 14 prosent. I dag vurderer legen risikoen skjønnsmessig; studier fra klinikken viser at legene treffer dårlig på pasienter med sammensatte problemer. Alternativer: sjekkliste (prøvd 2023, lite brukt), tiltak for alle (ikke kapasitet). Modellen er beslutningsstøtte; legen beslutter tiltak.

Garantier: skåren vises med de viktigste forklaringsfaktorene; pasienten informeres om at skåren brukes; skåren brukes ikke til prioritering av behandling under oppholdet; pasienten kan be om innsyn og retting av underliggende data; variabelen «bor alene» er vurdert særskilt og beholdt fordi den har stor betydning.

# 4 Risikovurdering
| Nr | Risiko | S | K | Risiko | Tiltak |
| R1 | Systematisk skjevhet: pasienter fra små kommuner eller med innvandrerbakgrunn får feil skår | 3 | 4 | 12 | Månedlig skjevhetsanalyse per kommune og språk, terskeljustering |
| R2 | Skåren blir stigmatiserende eller påvirker behandlingen under oppholdet | 2 | 4 | 8 | Skår vises bare i utskrivningsmodul |
| R3 | Skåren deles med kommunen og brukes der til andre formål | 2 | 4 | 8 | Kun tiltaket, ikke skåren, deles med kommunen |
| R4 | Modellen forringes over tid | 3 | 3 | 9 | Overvåking, årlig revalidering |
| R5 | Uautorisert tilgang | 1 | 4 | 4 | Tilgangskontroll, logg |

Vurdert, ikke gjennomført: fjerne bosted som variabel (reduserer treffsikkerhet mest for de pasientene som trenger tiltaket); samtykkebasert bruk (vil gi skjev deltakelse).

Restrisiko: R1 vurderes fortsatt som høy.

# 5 Interessenter og medvirkning
Brukerutvalget (2026-10-22), samhandlingsutvalget med kommunene, klinikkens tillitsvalgte.

# 6 Ledelsens validering

| Rolle | Navn | Dato | Signatur |
| Fagdirektør | | | |
| Administrerende direktør | | | |
""",
)


def c024() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Vi sender anmodning om forhåndsdrøftelse for en prediksjonsmodell for reinnleggelse som Medisinsk klinikk ønsker å ta i bruk fra våren 2027. DPIA ligger ved.

        Dokumentet er formelt et utkast fordi fagdirektør og adm. dir. ikke har signert ennå – det skjer etter foretaksledelsens møte, og vi ville ikke vente med å komme i gang med dere. Signert side kommer så snart vi har den.

        Kontaktdetaljer står i kap. 1.

        Mvh
        Per Ivar Moen
        Overlege, Medisinsk klinikk
        Sjøfjord sykehus HF
        77 62 52 33 / 905 47 210
        per.ivar.moen@sjofjord.no
        """)
    msg = message(
        "c024",
        "Per Ivar Moen <per.ivar.moen@sjofjord.no>",
        "Forhåndsdrøftelse - prediksjon av reinnleggelse (DPIA vedlagt)",
        when(11, 16, 16, 45),
        body,
        cc=DPO_CC,
        attachments=[
            ("DPIA reinnleggelse v0.9 UTKAST.pdf", to_pdf(REINN, "DPIA reinnleggelse UTKAST"))
        ],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "dpia_report_pdf",
            "polished_template",
            "version_log",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "signoff_table_empty",
            "part5_draft_unsigned",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "DPIA marked draft, sign-off table empty, signed page «kommer så snart vi har den»; parts 1-4 complete",
        missing=(5,),
    )


# --- B44: RFID in the emergency department, board minutes ---------------------------------------

RFID = dpia(
    "Sanntidsposisjonering av pasienter med RFID-armbånd i akuttmottaket",
    [
        ("Tiltak", "RTLS (sanntidsposisjonering) i akuttmottak og observasjonspost"),
        ("Tiltakseier", "Avdelingssjef akuttmottak"),
        ("Dokumentansvarlig", "Kathrine Aune, avdelingssjef"),
        ("Status", "Godkjent"),
        ("Klassifisering", "Fortrolig"),
    ],
    [
        ("0.5", "2026-10-01", "Utkast", "KA", ""),
        ("1.0", "2026-11-03", "Ferdig, se styresak 64/2026", "KA/HAA", "Styret, 2026-11-19"),
    ],
    contacts(
        [
            (
                "Kontaktperson",
                "Kathrine Aune, avdelingssjef akuttmottak",
                "77 62 40 01",
                "kathrine.aune@sjofjord.no",
            ),
            DPO,
            (
                "Databehandler",
                "Sporbar Medtech AS v/ Lise Thorsen, prosjektleder",
                "930 55 871",
                "lise.thorsen@sporbar.no",
            ),
        ]
    )
    + """

# 2 Systematisk beskrivelse av behandlingen
Pasienter som kommer til akuttmottaket får et armbånd med RFID/BLE-brikke ved registrering. Sensorer i taket registrerer hvilket rom eller hvilken sone pasienten befinner seg i, hvert 10. sekund. Posisjonen vises på en tavle for koordinerende sykepleier sammen med pasientens triagekategori og ventetid. Formålet er å finne pasienter raskt, oppdage pasienter som forlater mottaket uten å være ferdigbehandlet (særlig eldre med delirium og pasienter med selvmordsrisiko), og måle pasientflyt. Ansatte bærer ikke brikker.

Omfang: ca. 32 000 pasientbesøk per år. Posisjonsdata lagres i 48 timer med personidentifikasjon, deretter pseudonymisert i 12 måneder for flytanalyse (kun tid per sone, uten fødselsnummer). Armbåndet tas av ved utskrivning eller overflytting. Leverandøren drifter systemet i sykehusets eget datasenter (Sporbar har fjerntilgang ved feil).

# 3 Nødvendighet og forholdsmessighet
Grunnlag: art. 6 nr. 1 bokstav e og art. 9 nr. 2 bokstav h, jf. spesialisthelsetjenesteloven § 2-2. Vi har hatt fem alvorlige hendelser siste to år der pasienter har forlatt mottaket uten at det ble oppdaget. Manuell opptelling hver time er prøvd og fungerer ikke i travle perioder. Sanntidsposisjon bare i mottaket (ikke på sengepostene) er minste nødvendige omfang. Posisjon vises bare på tavle i vaktrommet, ikke på skjermer pasienter kan se.

Rettigheter: informasjon ved registrering og på plakater, pasienter med samtykkekompetanse kan reservere seg (unntak: pasienter med vedtak etter psykisk helsevernloven), innsyn i logg.

# 4 Risikovurdering
| Risiko | S | K | Tiltak | Rest |
| Pasienter føler seg overvåket; tillit svekkes | 3 | 3 | Informasjon, reservasjon | Middels |
| Posisjonsdata brukes til å kontrollere ansatte indirekte | 2 | 3 | Ingen brikker på ansatte, avtale med tillitsvalgte | Lav |
| Pseudonymiserte flytdata kan reidentifiseres | 2 | 3 | Aggregering, tilgang kun analytiker | Lav |
| Reservasjon fører til at sårbare pasienter ikke følges | 3 | 4 | Sykepleier vurderer behov for tilsyn manuelt | Høy |
| Leverandørens fjerntilgang misbrukes | 1 | 4 | Sesjonsgodkjenning, logg | Lav |

Ikke gjennomført: posisjonering uten identitet (fungerer ikke – hele poenget er å finne riktig pasient).

Restrisiko høy for pasienter som reserverer seg og for pasienter uten samtykkekompetanse.

# 5 Interessenter
Brukerutvalget, Norsk Sykepleierforbund, Legeforeningen, politiet (om rutiner for savnede).

# 6 Ledelsens validering
Presentert for og godkjent av styret 2026-11-19, sak 64/2026, se protokoll.
""",
)

RFID_STYRE = """
# Sjøfjord sykehus HF – Protokoll fra styremøte 19. november 2026 (utdrag)

Til stede: Styreleder Arvid Sandnes, nestleder Liv Haugland, styremedlemmene Tor Rune Mikkelsen, Hanne Sæbø, Kjell Arne Foss, Randi Opsahl (ansattvalgt), Ole Kristian Ness (ansattvalgt). Fra administrasjonen: adm. dir. Ellen Margrethe Sundby, fagdirektør Olav Brekken, personvernombud Henrik Aasland (sak 64).

## Sak 64/2026 Sanntidsposisjonering i akuttmottaket – vurdering av personvernkonsekvenser

Avdelingssjef Kathrine Aune og personvernombudet presenterte DPIA-en (versjon 1.0): bakgrunn med fem alvorlige hendelser, løsning, risikobilde og de innspillene brukerutvalget og de tillitsvalgte har gitt. Personvernombudet anbefalte forhåndsdrøftelse på grunn av restrisikoen for pasienter uten samtykkekompetanse.

Styret diskuterte om reservasjonsrett bør gjelde alle pasienter. Ansattvalgt Opsahl pekte på belastningen for sykepleierne dersom mange reserverer seg.

~ Vedtak (enstemmig):
~ 1. Styret godkjenner vurderingen av personvernkonsekvenser for sanntidsposisjonering i akuttmottaket.
~ 2. Styret ber administrerende direktør anmode Datatilsynet om forhåndsdrøftelse før løsningen tas i bruk.
~ 3. Styret ber om en evaluering etter ett års drift.

Protokollen er godkjent elektronisk 2026-11-23.
"""


def c044() -> tuple[EmailMessage, Label]:
    body = txt("""
        Til Datatilsynet

        Sjøfjord sykehus HF anmoder om forhåndsdrøftelse for sanntidsposisjonering av pasienter i akuttmottaket (RFID/BLE-armbånd).

        Vedlagt i zip-fil: DPIA versjon 1.0 og utdrag av styreprotokollen 19.11.2026, sak 64/2026.

        Kontaktperson, personvernombud og databehandler med kontaktinformasjon er oppgitt i DPIA-ens kapittel 1.

        Med vennlig hilsen
        Kathrine Aune
        Avdelingssjef akuttmottak
        Sjøfjord sykehus HF
        77 62 40 01
        """)
    files = {
        "DPIA_RTLS_akuttmottak_v1.0.pdf": to_pdf(RFID, "DPIA RTLS akuttmottak"),
        "Styreprotokoll_2026-11-19_utdrag_sak64.pdf": to_pdf(RFID_STYRE, "Styreprotokoll utdrag"),
    }
    msg = message(
        "c044",
        "Kathrine Aune <kathrine.aune@sjofjord.no>",
        "Anmodning om forhåndsdrøftelse - RTLS akuttmottak",
        when(11, 26, 13, 30),
        body,
        cc=DPO_CC,
        attachments=[("Forhandsdroftelse_RTLS.zip", to_zip(files))],
    )
    return msg, Label(
        "nb",
        (
            "hospital",
            "zip",
            "dpia_report_pdf",
            "polished_template",
            "version_log",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; DPIA and board minutes extract in a ZIP",
    )
