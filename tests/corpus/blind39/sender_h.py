# ruff: noqa: E501
"""Sender H: Kraftverket Treningssentre AS, a fitness chain with 64 gyms (nb).

Habits: DPIAs written with the consultancy Normvis Rådgivning on its template with parts «Del A» to
«Del E»; contacts as label–value lines in Del A; management approval on a printed signature page
(«Signaturside») that is signed by hand and scanned or photographed; compliance manager writes
short mails.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import photo_pdf, signed_page
from kit import Label, message, to_docx, to_pdf, txt, when

FROM = "Henrik Solstad <henrik.solstad@kraftverket.no>"
SIGN = txt(
    """
    Vennlig hilsen
    Henrik Solstad
    Compliance- og personvernansvarlig
    Kraftverket Treningssentre AS
    922 16 480
    """
)
TOPICS = {
    "c015": "face_recognition_entry",
    "c035": "heart_rate_screens",
    "c055": "body_composition_pt_app",
    "c016": "occupancy_counting_cameras",
    "c036": "youth_membership_face",
    "c056": "corporate_wellness_reports",
}


def del_a(processor: str) -> str:
    return f"""
# Del A – Kontaktinformasjon

~ Behandlingsansvarlig: Kraftverket Treningssentre AS
Org.nr.: 914 552 903
Adresse: Sandakerveien 24, 0473 Oslo
Kontaktperson: Henrik Solstad, compliance- og personvernansvarlig
Telefon: 922 16 480
E-post: henrik.solstad@kraftverket.no
Personvernombud: Linnea Berge
Telefon: 22 99 14 70
E-post: personvernombud@kraftverket.no
{processor}
"""


def head(title: str, version: str) -> str:
    return f"""
# {title}

Vurdering av personvernkonsekvenser for Kraftverket Treningssentre AS. Utarbeidet med bistand fra Normvis Rådgivning AS (mal NR-DPIA 2025). Versjon {version}.
"""


def signature_page(title: str, date: str, text: str, seed: int) -> bytes:
    page = f"""SIGNATURSIDE – LEDELSENS GODKJENNING
Kraftverket Treningssentre AS

DPIA: {title}
Dato: {date}

{text}

Ledergruppen godkjenner vurderingen av personvernkonsekvenser og beslutningen om å be Datatilsynet om forhåndsdrøftelse."""
    return signed_page(
        page,
        ["Martin Aakre, administrerende direktør", "Kari-Anne Holt, driftsdirektør"],
        seed=seed,
    )


def c015() -> tuple[EmailMessage, Label]:
    doc = (
        head("Ansiktsgjenkjenning ved inngangen", "1.4")
        + del_a(
            "Databehandler: FaceGate Nordic AS v/ Jørgen Rud, leveranseansvarlig, telefon 930 61 227, e-post jorgen.rud@facegate.no"
        )
        + """
# Del B – Systematisk beskrivelse

Medlemmene skal kunne gå inn på senteret ved at et kamera i inngangsslusen gjenkjenner ansiktet, i stedet for å bruke nøkkelbrikke eller app. Ordningen er frivillig. Medlemmer som vil bruke den, registrerer ansiktet i appen; en biometrisk mal lagres hos FaceGate Nordic AS (databehandler) på servere i Norge. Kameraet i slusen tar bilde av alle som går inn, og sammenligner bare med malene til medlemmer som har samtykket. Bilder av andre slettes umiddelbart. 64 sentre, om lag 210 000 medlemmer; forventet 40 % oppslutning. Malen slettes når medlemmet trekker samtykket eller avslutter medlemskapet.

# Del C – Nødvendighet og forholdsmessighet

Grunnlag: uttrykkelig samtykke (artikkel 9 nr. 2 bokstav a). Formålet er enklere adgang og å hindre utlån av medlemskap (om lag 8 % av innsjekkene på ubemannede tider er i dag utlånte brikker). Alternativer: app med QR-kode (finnes og beholdes), brikke med PIN (beholdes). Ansiktsgjenkjenning er bare et tillegg, og det gis ingen rabatt eller fordel for å bruke det, slik at samtykket er frivillig. Medlemmer under 18 år kan ikke registrere seg. Informasjon i appen og ved slusen, innsyn og sletting i appen.

# Del D – Risikovurdering

| Risiko for medlemmene | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Biometriske maler lekker fra databehandler | Lav | Svært høy | Kryptering, maler kan ikke gjenskape ansikt, ISO 27001 | Middels
| Personer som ikke har samtykket, fanges opp av kameraet | Høy | Middels | Umiddelbar sletting, ingen lagring av bilder | Middels
| Feilgjenkjenning gir feil person adgang eller avvisning | Middels | Middels | Terskel, fallback til app | Lav
| Funksjonsutglidning (bruk til å følge medlemmer inne i senteret) | Lav | Høy | Bare kamera i slusen, avtale og revisjon | Lav

Vurdert, ikke gjennomført: lagring av malen bare på medlemmets telefon (leverandøren støtter ikke dette for sluser); ansiktsgjenkjenning for å hindre utestengte personer i å komme inn (for inngripende, avvist).

# Del E – Ledelsens godkjenning

Ledergruppen behandlet DPIA-en 14.10. og 4.11.2026. Signert signaturside følger som eget vedlegg.
"""
    )
    page = signature_page(
        "Ansiktsgjenkjenning ved inngangen (versjon 1.4)",
        "4. november 2026",
        "Ledergruppen har behandlet DPIA-en i to møter (14.10. og 4.11.2026). Personvernombudets uttalelse, innspill fra medlemsrådet og fra de ansattes representanter er gjennomgått. Restrisikoen for lekkasje av biometriske maler og for at personer uten samtykke fanges opp, vurderes som høy.",
        seed=15,
    )
    body = (
        txt(
            """
        Hei,

        Kraftverket Treningssentre AS ber om forhåndsdrøftelse for ansiktsgjenkjenning ved inngangen til sentrene. DPIA og signert signaturside er vedlagt.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N015",
        FROM,
        "Anmodning om forhåndsdrøftelse – ansiktsgjenkjenning ved inngang",
        when(11, 5, 9, 40),
        body,
        attachments=[
            ("DPIA_ansiktsgjenkjenning_v1.4.pdf", to_pdf(doc)),
            ("Signaturside_DPIA_ansiktsgjenkjenning.jpg", page),
        ],
    )
    return msg, Label(
        "nb",
        (
            "fitness",
            "biometrics",
            "face_recognition",
            "dpia_report_pdf",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "scan_jpeg",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: Del A with contact, DPO and processor; voluntary consent and alternatives; risk table with measures not taken; photographed signature page signed by the CEO and operations director",
    )


def c035() -> tuple[EmailMessage, Label]:
    doc = (
        head("Pulsmålere og resultattavler i gruppetimer", "1.0")
        + del_a(
            "Databehandler: Pulsar Fitness Tech AS v/ Elise Voll, kundeansvarlig, telefon 415 33 760, e-post elise.voll@pulsarfit.no"
        )
        + """
# Del B – Systematisk beskrivelse

I sykkel- og intervalltimer får deltakerne låne pulsbelte. Pulsen vises på en stor skjerm i salen sammen med kallenavn og prosent av makspuls, og lagres i medlemmets treningshistorikk i appen. Medlemmet kan velge kallenavn og velge å bli vist anonymt. Data lagres hos Pulsar Fitness Tech AS (databehandler) i EU. Om lag 25 000 deltakere i måneden.

# Del C – Nødvendighet og forholdsmessighet

Pulstrening med skjerm er et frivillig tilbud; timene kan tas uten belte. Pulsdata er helseopplysninger, og behandlingen bygger på uttrykkelig samtykke i appen. Instruktøren ser bare det som vises på skjermen. Data lagres i 24 måneder og kan slettes av medlemmet.

# Del D – Risikovurdering

Se vedlagt risikovurdering (Excel).

# Del E – Ledelsens godkjenning

Signaturside vedlagt.
"""
    )
    page = signature_page(
        "Pulsmålere og resultattavler i gruppetimer (versjon 1.0)",
        "10. november 2026",
        "Ledergruppen har behandlet DPIA-en 27.10. og 10.11.2026, med risikovurdering, personvernombudets uttalelse og innspill fra instruktørene. Restrisikoen for at deltakernes helseopplysninger blir synlige for andre, er vurdert som høy.",
        seed=35,
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt følger DPIA, risikovurdering og signaturside for pulsmålere med resultattavler i gruppetimene. Vi ber om forhåndsdrøftelse.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N035",
        FROM,
        "Forhåndsdrøftelse – puls på skjerm i gruppetimer",
        when(11, 16, 10, 12),
        body,
        attachments=[
            ("DPIA_pulsskjermer_v1.0.pdf", to_pdf(doc)),
            ("Risikovurdering_pulsskjermer.xlsx", b""),
            ("Signaturside_pulsskjermer.jpg", page),
        ],
    )
    return msg, Label(
        "nb",
        (
            "fitness",
            "health_data",
            "dpia_report_pdf",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "zero_byte_risk_assessment",
            "part5_signed_page_scan",
            "scan_jpeg",
        ),
        "none",
        True,
        "used",
        "Del D points to an Excel risk assessment that is a zero-byte file; contacts, description, necessity and the signed signature page are there",
        (4,),
    )


def c055() -> tuple[EmailMessage, Label]:
    doc = (
        head("Kroppsanalyse og helseskjema i PT-appen", "2.0")
        + del_a(
            "Databehandler: Coachbase AS v/ Sindre Myhre, daglig leder, telefon 463 20 571, e-post sindre@coachbase.no"
        )
        + """
# Del B – Systematisk beskrivelse

Personlige trenere (PT) skal bruke appen Coachbase til å følge opp kunder. Kunden fyller ut et helseskjema (sykdommer, skader, medisiner, graviditet, spiseforstyrrelser), og PT registrerer kroppsanalyse fra en InBody-vekt (vekt, fettprosent, muskelmasse, visceralt fett) hver fjerde uke. Kunden og PT ser utviklingen i appen. Om lag 14 000 PT-kunder. Coachbase AS er databehandler med lagring i Norge. PT-ene er delvis selvstendig næringsdrivende, men opptrer på vegne av Kraftverket ved bruk av appen.

# Del C – Nødvendighet og forholdsmessighet

Helseskjemaet er nødvendig for å tilpasse treningen forsvarlig; kroppsanalyse er valgfritt. Vi har fjernet spørsmål om psykisk helse utover spiseforstyrrelser, etter råd fra personvernombudet og en ernæringsfysiolog. Grunnlag er uttrykkelig samtykke. Kunden kan slette helseskjema og målinger i appen; PT mister tilgang når avtalen avsluttes; ingen deling med andre PT-er eller med senteret for salg.

# Del D – Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Fokus på kroppsmål forsterker spiseforstyrrelser | Middels | Svært høy | Kroppsanalyse valgfritt, PT-opplæring, kunden kan skjule tall | Middels
| PT ser helseskjema for kunder som ikke er egne | Middels | Høy | Tilgang per kunde, logg | Lav
| PT tar med data når de slutter | Middels | Høy | Ingen eksport, tilgang stenges | Middels
| Helseopplysninger brukes til markedsføring | Lav | Høy | Formålsbegrensning, revisjon | Lav

Vurdert, ikke gjennomført: fjerne fettprosent helt (kundene etterspør det); helseskjema på papir (dårligere sikkerhet).

# Del E – Ledelsens godkjenning

Se skannet signaturside.
"""
    )
    page = signature_page(
        "Kroppsanalyse og helseskjema i PT-appen (versjon 2.0)",
        "18. november 2026",
        "DPIA-en har vært behandlet i ledergruppen 13.10. og 18.11.2026. Uttalelse fra personvernombudet, innspill fra PT-forumet og fra en ernæringsfysiolog er gjennomgått. Restrisikoen knyttet til spiseforstyrrelser vurderes som høy.",
        seed=55,
    )
    body = (
        txt(
            """
        Hei,

        Kraftverket Treningssentre AS ber om forhåndsdrøftelse for helseskjema og kroppsanalyse i PT-appen. Vedlagt DPIA (Word) og skannet signaturside.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N055",
        FROM,
        "Anmodning om forhåndsdrøftelse – PT-app med kroppsanalyse",
        when(11, 24, 14, 55),
        body,
        attachments=[
            ("DPIA_PT-app_v2.0.docx", to_docx(doc)),
            ("Signaturside_PT-app.pdf", photo_pdf([page])),
        ],
    )
    return msg, Label(
        "nb",
        (
            "fitness",
            "health_data",
            "dpia_report_docx",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "image_only_pdf",
        ),
        "none",
        True,
        "used",
        "complete: Del A contacts with processor; minimised health form and rights; risk table; scanned signature page as image-only PDF",
    )


def c016() -> tuple[EmailMessage, Label]:
    doc = (
        head("Kameratelling av belegg i treningssalene", "1.1")
        + del_a(
            "Databehandler: Romtall AS v/ Petter Hoel, teknisk sjef, telefon 958 44 012, e-post petter.hoel@romtall.no"
        )
        + """
# Del B – Systematisk beskrivelse

Medlemmene vil vite hvor fullt det er før de drar på senteret. Vi vil montere kameraer i taket i apparatsalene ved 64 sentre. Programvare fra Romtall AS (databehandler) teller personer i bildet hvert minutt og sender bare antallet til appen. Bildene behandles i kameraet (edge) og lagres ikke, men kameraet ser hele salen, også garderobeinngangen. Ansatte filmes også.

# Del C – Nødvendighet og forholdsmessighet

Alternativer: telling via innsjekk (finnes, men viser ikke hvem som er i hvilken sal); varmesensorer (for unøyaktig i store saler). Kameraene lagrer ingenting, sender ikke bilder ut av kameraet, og er vinklet bort fra garderobe- og toalettdører. Skilting og informasjon i appen. Medlemmene kan ikke reservere seg i praksis, og vi har derfor lagt vekt på at det ikke behandles bilder utenfor kameraet.

# Del D – Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Medlemmer føler seg overvåket under trening | Høy | Middels | Skilting, informasjon om at ingen bilder lagres | Middels
| Kameraene endres senere til opptak (funksjonsutglidning) | Lav | Høy | Teknisk sperre i firmware, revisjon | Middels
| Ansatte kontrolleres ved hjelp av tellingen | Middels | Middels | Avtale med tillitsvalgte | Lav
| Angrep på kameraet gir tilgang til direktebilde | Lav | Høy | Eget nett, oppdateringer, test | Lav

Vurdert, ikke gjennomført: maskering av bildet før telling (reduserer nøyaktigheten for mye).

# Del E – Ledelsens godkjenning

Ledergruppen godkjente DPIA-en 21.10.2026; signert signaturside er vedlagt.
"""
    )
    page = signature_page(
        "Kameratelling av belegg i treningssalene (versjon 1.1)",
        "21. oktober 2026",
        "Ledergruppen har behandlet DPIA-en 30.9. og 21.10.2026. Vi har gått gjennom personvernombudets råd, uttalelse fra tillitsvalgte og medlemsundersøkelsen. Restrisikoen for at medlemmene opplever overvåking og for funksjonsutglidning vurderes som høy nok til å be om forhåndsdrøftelse.",
        seed=16,
    )
    body = (
        txt(
            """
        Hei,

        Vedlagt følger vår anmodning om forhåndsdrøftelse for kameratelling av belegg: DPIA og signert signaturside.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N016",
        FROM,
        "Forhåndsdrøftelse – kameratelling i treningssaler",
        when(11, 2, 15, 31),
        body,
        attachments=[
            ("DPIA_kameratelling_v1.1.pdf", to_pdf(doc)),
            ("Signaturside_kameratelling.pdf", photo_pdf([page])),
        ],
    )
    return msg, Label(
        "nb",
        (
            "fitness",
            "cctv",
            "video_analytics",
            "employees",
            "dpia_report_pdf",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "image_only_pdf",
        ),
        "none",
        True,
        "used",
        "complete: Del A contacts with processor; alternatives and limits; risk table; scanned signature page (image-only PDF)",
    )


def c036() -> tuple[EmailMessage, Label]:
    page = signature_page(
        "Ungdomsmedlemskap 15–17 år med adgang via ansiktsgjenkjenning (versjon 1.2)",
        "17. november 2026",
        "Ledergruppen har behandlet DPIA-en 20.10. og 17.11.2026. Innspill fra personvernombudet og fra foreldre i medlemspanelet er tatt inn. Restrisikoen for at ungdom samtykker uten å forstå konsekvensene, vurderes som høy.",
        seed=36,
    )
    body = (
        txt(
            """
        Hei,

        Viser til vår anmodning om forhåndsdrøftelse av 28. oktober for ungdomsmedlemskap med adgang via ansiktsgjenkjenning. Den gang manglet signaturen fra ledelsen, og vi ettersender den nå (vedlagt, fotografert).

        Ta kontakt med meg eller personvernombudet Linnea Berge (22 99 14 70, personvernombud@kraftverket.no) om noe mer trengs.
        """
        )
        + "\n"
        + SIGN
        + "henrik.solstad@kraftverket.no\n"
    )
    msg = message(
        "N036",
        FROM,
        "Ettersending: signaturside – ungdomsmedlemskap og ansiktsgjenkjenning",
        when(11, 19, 8, 3),
        body,
        attachments=[("IMG_4471.jpg", page)],
    )
    return msg, Label(
        "nb",
        (
            "fitness",
            "biometrics",
            "children",
            "supplement",
            "refers_to_earlier_messages",
            "contact_signature",
            "part5_signed_page_scan",
            "scan_jpeg",
        ),
        "none",
        True,
        "unspecified",
        "a supplement to an earlier request (not in the corpus) that holds only the photographed signature page and contact details; the DPIA itself is not in this message",
        (2, 3, 4),
    )


def c056() -> tuple[EmailMessage, Label]:
    doc = (
        head("Bedriftsrapporter for bedriftsmedlemskap", "1.0")
        + del_a(
            "Databehandler: Rapportverket AS v/ Kjersti Lund, prosjektleder, telefon 984 27 305, e-post kjersti.lund@rapportverket.no"
        )
        + """
# Del B – Systematisk beskrivelse

Om lag 900 arbeidsgivere kjøper bedriftsmedlemskap til sine ansatte (ca. 38 000 medlemmer). Arbeidsgiverne ber om rapporter om bruken for å vurdere om ordningen skal fortsette og for å premiere aktive ansatte. Vi vil lage månedlige rapporter per arbeidsgiver med antall aktive medlemmer og besøk per avdeling, og – for arbeidsgivere som har en premieordning – en liste over ansatte med mer enn åtte besøk i måneden, bare for ansatte som har samtykket. Rapportverket AS (databehandler) lager rapportene fra innsjekkdata.

# Del C – Nødvendighet og forholdsmessighet

Aggregerte rapporter (minst 10 personer per gruppe) er nødvendige for avtalen med arbeidsgiver. Navnelister har vi vurdert som inngripende fordi det kan avsløre hvem som ikke trener; vi har derfor bare lister over dem som har samtykket og passert terskelen, ikke over andre. Samtykket gis i appen til Kraftverket, ikke til arbeidsgiveren, og kan trekkes når som helst. Informasjon i appen; innsyn i hva arbeidsgiveren har fått.

# Del D – Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko
| Arbeidsgiver slutter seg til hvem som ikke trener (fravær på listen) | Høy | Middels | Bare samtykkede på listen, ingen totalliste | Middels
| Ansatte samtykker under press fra arbeidsgiver | Middels | Middels | Samtykke i vår app, anonym tilbaketrekking | Middels
| Små avdelinger gjør aggregater identifiserbare | Middels | Middels | Terskel 10 personer, sammenslåing | Lav

Vurdert, ikke gjennomført: å la arbeidsgiver få rådata (avvist); å droppe premielister helt (mange arbeidsgivere vil da avslutte avtalen).

# Del E – Ledelsens godkjenning

Signaturside vedlagt (skannet).
"""
    )
    page = signature_page(
        "Bedriftsrapporter for bedriftsmedlemskap (versjon 1.0)",
        "24. november 2026",
        "DPIA-en er behandlet i ledergruppen 3.11. og 24.11.2026, etter innspill fra personvernombudet, tre bedriftskunder og medlemsrådet. Restrisikoen for press mot ansatte vurderes som høy.",
        seed=56,
    )
    body = (
        txt(
            """
        Hei,

        Kraftverket Treningssentre AS ber om forhåndsdrøftelse for rapporter til arbeidsgivere om bruk av bedriftsmedlemskap. Vedlagt DPIA og skannet signaturside.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N056",
        FROM,
        "Forhåndsdrøftelse – bedriftsrapporter",
        when(11, 27, 9, 18),
        body,
        attachments=[
            ("DPIA_bedriftsrapporter_v1.0.pdf", to_pdf(doc)),
            ("Signaturside_bedriftsrapporter.pdf", photo_pdf([page])),
        ],
    )
    return msg, Label(
        "nb",
        (
            "fitness",
            "employees",
            "dpia_report_pdf",
            "contact_label_value_lines",
            "processor_contact_in_dpia_text",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_signed_page_scan",
            "image_only_pdf",
        ),
        "none",
        True,
        "used",
        "complete: Del A contacts with processor; thresholds and consent safeguards; risk table; scanned signature page",
    )
