# ruff: noqa: E501
"""Sender E: Smilet Tannhelse AS (dental clinic chain, 14 clinics).

Habits: the quality and privacy coordinator writes; a cover letter PDF («Følgebrev») holds a
contact table; for the AI X-ray tool the supplier's own DPIA (English DOCX, with «customer to
complete» gaps) comes with Smilet's Norwegian addendum; for the central journal the DPIA is written
in the external DPO firm's template (PDF). Approval is a decision memo of the management group
(«Beslutningsnotat»), e-signed with BankID or printed, signed and scanned. Odd ids: AI analysis of
dental X-rays (German supplier); even ids: a joint patient record across clinics and a call centre.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, scan_pdf, to_docx, to_pdf, txt, when

ORG = "dental_chain"

HEGE = "Hege Fossum Iversen <hege.iversen@smilet.no>"
HEGE_SIG = """
Med vennlig hilsen
Hege Fossum Iversen
Kvalitets- og personvernkoordinator
Smilet Tannhelse AS
Direkte: 452 90 118
hege.iversen@smilet.no | www.smilet.no
Hovedkontor: Storgata 88, 2003 Lillestrøm

KONFIDENSIALITET: Denne e-posten kan inneholde taushetsbelagte opplysninger. Har du fått den ved en feil, ber vi deg slette den og gi beskjed til avsender.
"""

ROW_CONTACT = "| Kontaktperson | Hege Fossum Iversen, kvalitets- og personvernkoordinator | 452 90 118 | hege.iversen@smilet.no |"
ROW_DPO = "| Personvernombud | Synnøve Kvam, Helsepersonvern AS | 63 80 44 12 | synnove.kvam@helsepersonvern.no |"


def cover_letter(
    subject: str, intro: str, processor_row: str, attachments: list[str], date: str
) -> bytes:
    listing = "\n".join(f"- {a}" for a in attachments)
    markup = f"""
~ Smilet Tannhelse AS
~ Storgata 88, 2003 Lillestrøm
~ Org.nr. 918 240 563

~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Lillestrøm, {date}

# {subject}

{intro}

## Kontaktopplysninger

| Rolle | Navn | Telefon | E-post |
{ROW_CONTACT}
{ROW_DPO}
{processor_row}

## Vedlegg

{listing}

~ Med vennlig hilsen
~ Smilet Tannhelse AS
~ Thomas Berge, administrerende direktør
~ Hege Fossum Iversen, kvalitets- og personvernkoordinator
"""
    return to_pdf(markup, title=subject)


# --- AI analysis of dental X-rays (odd ids) -------------------------------------------------

DV_ROW = "| Databehandler | Dr. Katrin Wendler, Head of Customer Privacy, DentaVision GmbH (Berlin) | +49 30 5557 8120 | k.wendler@dentavision.de |"
DV_ROW_SUPPORT = "| Databehandler | DentaVision GmbH, kundestøtte | +49 30 5557 8100 (sentralbord) | support@dentavision.de |"

DV_SUPPLIER = """
# Data Protection Impact Assessment

## DentaVision AI Diagnostics (DV Caries & Perio) – customer template v2.3

~ Prepared by: DentaVision Privacy Office, privacy@dentavision.de
~ Customer: Smilet Tannhelse AS (Norway)
~ Sections marked «customer to complete» have been completed by the customer in a separate Norwegian addendum.

# 1. Overview of the processing

DV Caries & Perio is a cloud-based decision support service that analyses intraoral (bitewing, periapical) and panoramic radiographs. It marks suspected caries lesions, marginal bone loss and periapical radiolucencies as an overlay that the dentist sees in the practice management system. The dentist makes all diagnostic and treatment decisions.

# 2. Data flows

1) When a radiograph is taken, the DV Gateway installed in the clinic removes patient name, national ID number and date of birth from the DICOM header and replaces them with a random token. 2) The pseudonymised image, the patient's age in years and sex are sent over TLS 1.3 to DentaVision's processing environment in Frankfurt (Germany). 3) The AI result is returned within about 20 seconds and re-linked to the patient by the gateway. 4) Images are kept for 30 days for quality monitoring and then deleted. Results are stored only in the customer's journal system.

Categories of data: dental radiographs (health data), age, sex, pseudonymous token. Data subjects: all patients who are X-rayed, including children.

Sub-processors: Hosting provider (Frankfurt, EU). DentaVision GmbH is a subsidiary of Medivance Inc. (USA). Support staff in the USA have no routine access.

# 3. Lawful basis and necessity

[Customer to complete.]

# 4. Risk assessment (supplier perspective)

| Risk | Likelihood | Impact | Mitigation |
| Re-identification of patients from radiographs (teeth are unique) | Low | High | Pseudonymisation at gateway, no identifiers leave the clinic, 30-day deletion |
| Unauthorised access to processing environment | Low | High | ISO 27001, encryption at rest and in transit, MFA, penetration tests |
| Access by US parent company under US law | Low | High | EU hosting, SCCs, transfer impact assessment, no routine access |
| Incorrect AI output | Medium | Medium | CE-marked as medical device class IIa, output labelled as decision support |
| Use of customer data for model training | – | – | Opt-out available; Smilet has opted out |

# 5. Supplier security measures

ISO/IEC 27001:2022 certified. Annual penetration test. Logging of all access to images. Incident notification to customers within 24 hours.
"""

DV_ADDENDUM = """
# Norsk tillegg til DentaVision sin DPIA

## Smilet Tannhelse AS – KI-støtte ved tolkning av røntgenbilder

~ Versjon 1.0, 10. november 2026
~ Utarbeidet av kvalitets- og personvernkoordinator sammen med fagdirektør og personvernombud

# A. Vår bruk av løsningen

Smilet har 14 klinikker og om lag 95 000 pasienter. Vi tar rundt 60 000 røntgenundersøkelser i året, av dem om lag 15 000 på barn og unge under 18 år. Alle klinikker skal ta i bruk DV Caries & Perio fra april 2027. Resultatet vises for tannlegen og tannpleieren i journalsystemet, og kan vises til pasienten på skjermen. Smilet er behandlingsansvarlig, DentaVision GmbH er databehandler. Rettslig grunnlag er art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, jf. helsepersonelloven.

Det som gir høy risiko, er at alle pasienter, også barn, blir vurdert av en algoritme, at resultatet kan påvirke hvilken behandling de får og betaler for, og at data behandles i en skytjeneste hos et selskap med morselskap i USA.

# B. Nødvendighet og forholdsmessighet

Studier viser at tannleger overser 20–40 prosent av tidlige kariesskader på bitewing-bilder. Løsningen er CE-merket og har i publiserte studier økt andelen oppdagede skader. Vi har vurdert å bare bruke løsningen på voksne. Det ville gi mindre risiko, men det er hos barn og unge at tidlig oppdagelse har størst verdi.

Tiltak og garantier:

- KI-resultatet er bare beslutningsstøtte. Tannlegen skal dokumentere egen vurdering i journalen.
- Pasienter informeres på nettsiden, på venterommet og i innkallingen, og kan be om at bildene ikke analyseres.
- Smilet har reservert seg mot at DentaVision bruker bildene til å trene modellen.
- Ingen direkte identifikatorer forlater klinikken.
- Fagrådet følger med på om antallet fyllinger øker etter innføringen, klinikk for klinikk.

# C. Risiko for våre pasienter

I tillegg til leverandørens risikoer har vi vurdert disse:

| Risiko | Sannsynlighet | Konsekvens | Tiltak |
| Overbehandling: flere fyllinger på usikre funn, også fordi klinikkene tjener på behandling | Middels | Høy | Egen vurdering i journal, oppfølging av fyllingsrater, ingen bonus knyttet til behandlingsvolum |
| Tannlegen stoler for mye på KI og overser det løsningen ikke markerer | Middels | Høy | Opplæring, intern revisjon av 50 journaler per klinikk per år |
| Barn og foresatte forstår ikke at KI er brukt | Høy | Middels | Informasjon i innkalling og i behandlingsrommet |
| Pasientens ønske om å reservere seg blir ikke fulgt | Lav | Middels | Reservasjon registreres i journal og stopper sending i gatewayen |
| Amerikanske myndigheter får tilgang gjennom morselskapet | Lav | Høy | Pseudonymisering, EU-lagring, standardavtale |

Vurdert, men ikke gjennomført: at tannlegen må stille sin egen diagnose før KI-resultatet vises. Dette er ikke mulig i dagens journalsystem og er planlagt fra 2028.

Restrisiko: Risikoen for overbehandling og for at tannleger stoler for mye på løsningen er fortsatt høy, særlig for barn. Ledergruppen har derfor besluttet å be om forhåndsdrøftelse.
"""

DV_DECISION = """
# Beslutningsnotat – Ledergruppen

~ Smilet Tannhelse AS
~ Sak 41/2026: Innføring av KI-støtte ved røntgentolkning (DentaVision)
~ Møtedato: 18. november 2026

## Presentasjon og funn

Kvalitets- og personvernkoordinator la fram leverandørens DPIA (v2.3) og Smilets norske tillegg (v1.0). Hovedfunn: risikoen knyttet til informasjonssikkerhet og overføring er lav etter tiltakene, men risikoen for overbehandling og for at tannleger stoler for mye på KI-resultatet er fortsatt høy, særlig for barn.

## Interessenter

Fagrådet (klinikksjefene) støtter innføringen. Tannhelsesekretærenes representant har bedt om tydelig informasjon til pasientene. Pasientrådet har lest informasjonsteksten og ønsket at reservasjon skal være enkelt. Personvernombudet anbefalte forhåndsdrøftelse.

## Beslutning

Ledergruppen godkjenner vurderingen av personvernkonsekvenser (leverandørens DPIA med Smilets tillegg). Smilet ber Datatilsynet om forhåndsdrøftelse. Løsningen tas ikke i bruk før Datatilsynet har svart.
"""

DV_SIGNED = """
Dokumentet er signert elektronisk med BankID.
Thomas Berge, administrerende direktør – signert 18.11.2026 15:02
Elin Sunde, fagdirektør – signert 18.11.2026 15:40
"""

DV_DECISION_SCAN = """
SMILET TANNHELSE AS
BESLUTNINGSNOTAT – LEDERGRUPPEN
Sak 41/2026 Innføring av KI-støtte ved røntgentolkning (DentaVision). Møte 18. november 2026.
Presentasjon og funn: Leverandørens DPIA (v2.3) og Smilets norske tillegg (v1.0) ble lagt fram. Sikkerhet og overføring: lav risiko etter tiltak. Overbehandling og for stor tillit til KI: fortsatt høy risiko, særlig for barn.
Interessenter: Fagrådet støtter innføringen. Tannhelsesekretærene ber om tydelig pasientinformasjon. Pasientrådet ønsker enkel reservasjon. Personvernombudet anbefaler forhåndsdrøftelse.
Beslutning: Ledergruppen godkjenner vurderingen av personvernkonsekvenser og ber Datatilsynet om forhåndsdrøftelse. Løsningen tas ikke i bruk før svar foreligger.
Lillestrøm, 18.11.2026
[signatur]
Thomas Berge, adm. dir.
[signatur]
Elin Sunde, fagdirektør
"""


def dv_attachments(processor_row: str, date: str) -> list[tuple[str, bytes]]:
    intro = (
        "Smilet Tannhelse AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 før vi tar i bruk "
        "KI-støtte ved tolkning av røntgenbilder (DV Caries & Perio fra DentaVision GmbH). Vi har gjennomført en "
        "vurdering av personvernkonsekvenser. Den består av leverandørens DPIA og vårt norske tillegg, der vi har "
        "vurdert nødvendighet, forholdsmessighet og risiko for våre pasienter. Restrisikoen er fortsatt høy."
    )
    names = [
        "DentaVision DPIA customer template v2.3 (leverandørens DPIA)",
        "Norsk tillegg til DPIA, versjon 1.0",
        "Beslutningsnotat fra ledergruppen, sak 41/2026 (signert)",
    ]
    return [
        (
            "Følgebrev forhåndsdrøftelse KI røntgen.pdf",
            cover_letter(
                "Anmodning om forhåndsdrøftelse – KI-støtte ved røntgentolkning",
                intro,
                processor_row,
                names,
                date,
            ),
        ),
        ("DentaVision_DPIA_customer_v2.3_Smilet.docx", to_docx(DV_SUPPLIER)),
        ("Norsk tillegg DPIA DentaVision v1.0.pdf", to_pdf(DV_ADDENDUM)),
        ("Beslutningsnotat LG sak 41-2026 signert.pdf", to_pdf(DV_DECISION + "\n" + DV_SIGNED)),
    ]


def g009() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Vedlagt følger anmodning om forhåndsdrøftelse fra Smilet Tannhelse AS om KI-støtte ved tolkning av røntgenbilder. Se følgebrevet for kontaktopplysninger og oversikt over vedleggene.

        Vi sender kryptert fordi dokumentene beskriver sikkerhetsløsningen i klinikkene.
        """
        )
        + "\n"
        + txt(HEGE_SIG)
    )
    msg = message(
        "G009",
        HEGE,
        "Anmodning om forhåndsdrøftelse – KI-støtte røntgen (Smilet Tannhelse AS)",
        when(11, 20, 9, 31),
        body,
        attachments=dv_attachments(DV_ROW, "20. november 2026"),
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "cover_letter_pdf",
            "contact_table_cover_letter",
            "dpo_external_firm",
            "phone_foreign",
            "supplier_dpia_english",
            "dpia_addendum",
            "risk_likelihood_consequence",
            "part5_decision_memo_esigned",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; supplier's English DPIA with «customer to complete» gaps filled by the Norwegian addendum; e-signed decision memo",
    )


def g029() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Smilet Tannhelse AS ber om forhåndsdrøftelse for KI-støtte ved røntgentolkning. Følgebrev, DPIA (leverandørens og vårt tillegg) og signert beslutningsnotat er vedlagt.

        Spørsmål om leverandøren kan rettes til DentaVision sin kundestøtte, se følgebrevet.
        """
        )
        + "\n"
        + txt(HEGE_SIG)
    )
    msg = message(
        "G029",
        HEGE,
        "Forhåndsdrøftelse – DentaVision",
        when(11, 23, 14, 7),
        body,
        attachments=dv_attachments(DV_ROW_SUPPORT, "23. november 2026"),
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "cover_letter_pdf",
            "contact_table_cover_letter",
            "dpo_external_firm",
            "phone_foreign",
            "supplier_dpia_english",
            "dpia_addendum",
            "risk_likelihood_consequence",
            "part5_decision_memo_esigned",
            "disclaimer_footer",
            "p1_processor_support_only",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: processor given only as its support desk (switchboard and support@), no contact person; the supplier DPIA names only a privacy mailbox",
        missing=(1,),
    )


def g049() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Til Datatilsynet

        Smilet Tannhelse AS (org.nr. 918 240 563) ber om forhåndsdrøftelse før vi tar i bruk KI-støtte ved tolkning av røntgenbilder i våre 14 klinikker.

        Kontaktopplysninger:
        - Kontaktperson: Hege Fossum Iversen, kvalitets- og personvernkoordinator, 452 90 118, hege.iversen@smilet.no
        - Personvernombud: Synnøve Kvam, Helsepersonvern AS, 63 80 44 12, synnove.kvam@helsepersonvern.no
        - Databehandler: DentaVision GmbH, Berlin – Dr. Katrin Wendler, Head of Customer Privacy, +49 30 5557 8120, k.wendler@dentavision.de

        Vedlagt er leverandørens DPIA, vårt norske tillegg og beslutningsnotatet fra ledergruppen. Notatet ble skrevet ut og signert på møtet, så det er skannet.
        """
        )
        + "\n"
        + txt(HEGE_SIG)
    )
    msg = message(
        "G049",
        HEGE,
        "Forhåndsdrøftelse: KI-støtte ved røntgentolkning",
        when(11, 26, 10, 50),
        body,
        attachments=[
            ("DentaVision_DPIA_customer_v2.3_Smilet.docx", to_docx(DV_SUPPLIER)),
            ("Norsk tillegg DPIA DentaVision v1.0.pdf", to_pdf(DV_ADDENDUM)),
            ("Scan_20261118_153544.pdf", scan_pdf([DV_DECISION_SCAN])),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "contact_label_value",
            "dpo_external_firm",
            "phone_foreign",
            "supplier_dpia_english",
            "dpia_addendum",
            "risk_likelihood_consequence",
            "part5_decision_memo_scanned",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "complete; contacts in the body, decision memo printed, signed and scanned",
    )


# --- joint patient record and call centre (even ids) ------------------------------------------

TJ_ROW = "| Databehandler | Bjørn Egil Nygaard, Tannjournal Norge AS | 22 11 90 40 | bjorn.nygaard@tannjournal.no |"

TJ_DPIA = """
# DPIA – Felles pasientjournal og kundesenter

~ Smilet Tannhelse AS · Mal: Helsepersonvern AS, DPIA for helsevirksomheter (2024)
~ Versjon 1.2, 24. november 2026

# Behandlingen

I dag har hver av de 14 klinikkene sin egen journaldatabase. Fra mai 2027 samles alle journaler i én felles journal hos Tannjournal Norge AS (skytjeneste i Norge), og et nytt sentralt kundesenter i Lillestrøm skal ta imot alle telefoner og timebestillinger.

Felles journal: Tannleger, tannpleiere og sekretærer ved alle klinikker kan søke opp alle pasienter i kjeden. Journalen inneholder anamnese, helseopplysninger (medisiner, sykdommer, graviditet, tannlegeskrekk), røntgenbilder, behandlingsplaner, prisoverslag og fakturaer, og i noen tilfeller notater om mistanke om omsorgssvikt eller vold.

Kundesenteret: 12 ansatte som ikke er helsepersonell, skal se timebok, kontaktopplysninger, behandlingsplanens overskrifter og pris, men ikke journalnotater eller røntgenbilder. Automatiske SMS-påminnelser om innkalling sendes fra journalsystemet.

Omfang: om lag 95 000 pasienter, av dem 21 000 barn, og 230 ansatte med tilgang. Kilder: pasienten selv, behandlere, henvisninger og tidligere journaler. Mottakere utenfor Smilet: Helfo, NAV ved søknad om stønad, barnevernet ved opplysningsplikt.

Ansvar og sikkerhet: Smilet er behandlingsansvarlig, Tannjournal Norge AS er databehandler. Innlogging med tofaktor, tilgangslogg, kryptering. Rettslig grunnlag: art. 6 nr. 1 bokstav c og art. 9 nr. 2 bokstav h, pasientjournalloven og helsepersonelloven.

Høy risiko fordi: store mengder helseopplysninger, mange nye brukere med tilgang på tvers av klinikker, kundesenter uten helsefaglig bakgrunn, og sårbare grupper (barn, pasienter med tannlegeskrekk, pasienter som selv er ansatte).

# Er behandlingen nødvendig og forholdsmessig?

22 prosent av pasientene har vært på mer enn én klinikk de siste tre årene, og ved akutte timer må tannlegen se tidligere journal og røntgen. I dag skjer det ved at journalen sendes på e-post eller faks mellom klinikkene. Kundesenteret skal håndtere om lag 180 000 henvendelser i året som i dag tar tid fra behandlerne.

Alternativer: beholde lokale journaler og sende ved behov (dagens løsning, usikker og treg), eller la kundesenteret bare se timeboken (da må de ringe klinikken for å svare på spørsmål om behandlingsplan og pris, noe som gir nye kanaler for opplysninger).

Tiltak:

- Tilgang til en annen klinikks pasient bare når pasienten har time der, ellers «akuttilgang» med begrunnelse som logges.
- Kundesenteret ser ikke journalnotater eller røntgen.
- Notater om mistanke om omsorgssvikt og vold skjermes og ses bare av behandler og klinikksjef.
- Pasienter kan sperre journalen for andre klinikker enn sin egen.
- Pasientene ser i pasientportalen hvem som har åpnet journalen deres.
- Månedlig automatisk gjennomgang av tilgangslogg med varsel om uvanlige oppslag.
- Ansatte som er pasienter, får journalen skjermet for kolleger.

# Risikobildet

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
| Ansatte snoker i journalen til naboer, kjente eller kolleger | Middels | Høy | Tilgangsstyring, logg, innsyn i logg for pasienten, reaksjoner | Middels |
| Akuttilgangen misbrukes | Middels | Høy | Begrunnelse, ukentlig kontroll av alle akuttilganger | Høy |
| Kundesenteret får vite mer enn nødvendig | Høy | Middels | Begrenset visning, opplæring, taushetserklæring | Middels |
| Notater om vold eller omsorgssvikt blir kjent for flere | Lav | Svært høy | Skjerming | Middels |
| Datainnbrudd hos leverandør | Lav | Svært høy | Avtale, ISO 27001, tofaktor, kryptering | Middels |
| Pasienter vet ikke at journalen nå er felles | Høy | Middels | Informasjon ved neste time, SMS, nettside | Lav |

Vurdert, men ikke gjennomført:

- Varsel i sanntid ved hver akuttilgang: leverandøren har ikke funksjonen før 2028.
- Ingen tilgang for kundesenteret: gir mer telefontrafikk til klinikkene og flere e-poster med opplysninger.

# Tiltak og restrisiko

Restrisikoen er høy for misbruk av akuttilgangen, fordi kontrollen skjer i etterkant. Vi ber derfor om forhåndsdrøftelse.
"""

TJ_DECISION = """
# Beslutningsnotat – Ledergruppen

~ Smilet Tannhelse AS
~ Sak 46/2026: Felles pasientjournal og sentralt kundesenter – vurdering av personvernkonsekvenser
~ Møtedato: 1. desember 2026

## Presentasjon og funn

Kvalitets- og personvernkoordinator presenterte DPIA versjon 1.2 og funnene. Det meste av risikoen er redusert til middels eller lav. Akuttilgangen gir høy restrisiko fordi misbruk bare kan oppdages i etterkant.

## Interessenter

Klinikksjefene, tillitsvalgte for sekretærene, Pasientrådet og personvernombudet har gitt innspill. Tillitsvalgte ba om at kontrollen av tilgangslogg skal være kjent for alle ansatte på forhånd. Pasientrådet ønsket at pasientene skal kunne se loggen selv. Begge deler er tatt inn.

## Beslutning

Ledergruppen godkjenner DPIA-en og beslutter å be Datatilsynet om forhåndsdrøftelse. Kundesenteret og den felles journalen settes ikke i drift før Datatilsynet har svart.
"""

TJ_SIGNED = """
Signert elektronisk med BankID:
Thomas Berge, administrerende direktør – 01.12.2026 16:21
Elin Sunde, fagdirektør – 02.12.2026 08:03
"""

TJ_DRAFT = """
# UTKAST – Beslutningsnotat – Ledergruppen

~ Smilet Tannhelse AS
~ Sak: Felles pasientjournal og sentralt kundesenter – vurdering av personvernkonsekvenser
~ Til behandling i ledermøtet 15. desember 2026

## Presentasjon og funn

[Oppsummering av DPIA versjon 1.2 legges inn av Hege]

## Interessenter

[Innspill fra tillitsvalgte og Pasientrådet]

## Beslutning

[Fylles ut etter møtet]

Signatur: ______________________ Dato: __________
"""

TJ_DECISION_SCAN = """
SMILET TANNHELSE AS – BESLUTNINGSNOTAT
Ledergruppen, møte 1. desember 2026, sak 46/2026
Felles pasientjournal og sentralt kundesenter – vurdering av personvernkonsekvenser
Funn: DPIA versjon 1.2 viser at det meste av risikoen er redusert. Akuttilgangen gir høy restrisiko, fordi misbruk bare kan oppdages i etterkant.
Interessenter: Klinikksjefer, tillitsvalgte for sekretærene, Pasientrådet og personvernombudet har gitt innspill. Kontroll av logg gjøres kjent for alle ansatte. Pasientene får se loggen selv.
Beslutning: Ledergruppen godkjenner DPIA-en og ber Datatilsynet om forhåndsdrøftelse. Drift starter ikke før Datatilsynet har svart.
[signatur]
Thomas Berge
[signatur]
Elin Sunde
"""

TJ_INTRO = (
    "Smilet Tannhelse AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for innføring av "
    "felles pasientjournal for alle klinikkene og et sentralt kundesenter. Vurderingen av personvernkonsekvenser "
    "viser høy restrisiko knyttet til akuttilgang på tvers av klinikker."
)


def g010() -> tuple[EmailMessage, Label]:
    names = ["DPIA felles journal og kundesenter v1.2", "Beslutningsnotat fra ledergruppen"]
    body = (
        txt(
            """
        Hei,

        Vedlagt er vår anmodning om forhåndsdrøftelse for felles pasientjournal og kundesenter, med følgebrev, DPIA og beslutningsnotat. Vi har dårlig tid mot oppstart i mai og sender derfor nå.
        """
        )
        + "\n"
        + txt(HEGE_SIG)
    )
    msg = message(
        "G010",
        HEGE,
        "Forhåndsdrøftelse – felles journal og kundesenter",
        when(12, 4, 11, 2),
        body,
        attachments=[
            (
                "Følgebrev forhåndsdrøftelse felles journal.pdf",
                cover_letter(
                    "Anmodning om forhåndsdrøftelse – felles pasientjournal og kundesenter",
                    TJ_INTRO,
                    TJ_ROW,
                    names,
                    "4. desember 2026",
                ),
            ),
            ("DPIA felles journal og kundesenter v1.2.pdf", to_pdf(TJ_DPIA)),
            ("Beslutningsnotat LG felles journal.pdf", to_pdf(TJ_DRAFT)),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "cover_letter_pdf",
            "contact_table_cover_letter",
            "dpo_external_firm",
            "dpia_report_pdf",
            "risk_likelihood_consequence",
            "part5_draft_unsigned",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "only part 5 missing: the «beslutningsnotat» is a draft for a meeting on 15 December with empty findings and decision fields",
        missing=(5,),
    )


def g030() -> tuple[EmailMessage, Label]:
    names = [
        "DPIA felles journal og kundesenter v1.2",
        "Beslutningsnotat fra ledergruppen, sak 46/2026 (e-signert)",
    ]
    body = (
        txt(
            """
        Hei,

        Smilet Tannhelse AS sender med dette anmodning om forhåndsdrøftelse for felles pasientjournal og sentralt kundesenter. Følgebrevet har kontaktopplysninger og vedleggsliste.
        """
        )
        + "\n"
        + txt(HEGE_SIG)
    )
    msg = message(
        "G030",
        HEGE,
        "Anmodning om forhåndsdrøftelse – felles pasientjournal",
        when(12, 3, 13, 46),
        body,
        attachments=[
            (
                "Følgebrev forhåndsdrøftelse felles journal.pdf",
                cover_letter(
                    "Anmodning om forhåndsdrøftelse – felles pasientjournal og kundesenter",
                    TJ_INTRO,
                    TJ_ROW,
                    names,
                    "3. desember 2026",
                ),
            ),
            ("DPIA felles journal og kundesenter v1.2.pdf", to_pdf(TJ_DPIA)),
            ("Beslutningsnotat LG sak 46-2026.pdf", to_pdf(TJ_DECISION + "\n" + TJ_SIGNED)),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "cover_letter_pdf",
            "contact_table_cover_letter",
            "dpo_external_firm",
            "dpia_report_pdf",
            "risk_likelihood_consequence",
            "part5_decision_memo_esigned",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "complete; cover letter, DPIA in the DPO firm's template, e-signed decision memo",
    )


def g050() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Hei,

        Her er Smilet Tannhelse sin anmodning om forhåndsdrøftelse for felles journal og kundesenter.

        Kontakt hos oss er meg (Hege Fossum Iversen, 452 90 118, hege.iversen@smilet.no). Personvernombudet vårt er Synnøve Kvam i Helsepersonvern AS (63 80 44 12, synnove.kvam@helsepersonvern.no). Journalsystemet leveres av Tannjournal Norge AS, som er databehandler; kontaktperson der er Bjørn Egil Nygaard (22 11 90 40, bjorn.nygaard@tannjournal.no).

        DPIA-en og det signerte beslutningsnotatet fra ledergruppen (skannet) ligger ved.
        """
        )
        + "\n"
        + txt(HEGE_SIG)
    )
    msg = message(
        "G050",
        HEGE,
        "Forhåndsdrøftelse felles journal – Smilet Tannhelse",
        when(12, 7, 8, 15),
        body,
        attachments=[
            ("DPIA felles journal og kundesenter v1.2.pdf", to_pdf(TJ_DPIA)),
            ("Skann_beslutningsnotat_46-2026.pdf", scan_pdf([TJ_DECISION_SCAN])),
        ],
    )
    return msg, Label(
        "nb",
        (
            ORG,
            "contact_prose",
            "dpo_external_firm",
            "dpia_report_pdf",
            "risk_likelihood_consequence",
            "part5_decision_memo_scanned",
            "disclaimer_footer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contacts in prose, decision memo signed on paper and scanned",
    )
