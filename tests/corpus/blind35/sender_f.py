# ruff: noqa: E501
"""Sender F: Torgkjeden AS (grocery chain, 140 stores, about 6 000 staff), bokmål.

Habits: the DPIA is the slide deck the security or CRM team presented to the management group,
exported to PDF; the management group's minutes (PDF) document the decision. Once a Word DPIA
and the CEO's e-mail quoted in the body. The DPO is an employee in the legal department.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import to_slides
from kit import Label, message, quoted, to_docx, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c011": "ansiktsgjenkjenning mot kjente butikktyver",
    "c031": "personlige priser i kundeklubben",
    "c051": "kroppskamera for butikkansatte og vektere",
    "c012": "KI-kamera ved selvbetjente kasser",
    "c032": "produktivitetsmåling av plukkere på sentrallageret",
    "c052": "Bluetooth-fyr i butikk koblet til appen",
}

FROM_KRISTOFFER = "Kristoffer Lie <kristoffer.lie@torgkjeden.no>"
FROM_SILJE = "Silje Mørk Hansen <silje.hansen@torgkjeden.no>"
SIG_KRISTOFFER = txt("""
    Vennlig hilsen
    Kristoffer Lie
    Sikkerhetssjef | Torgkjeden AS
    Mob 916 22 847 | Sentralbord 64 85 20 00
    kristoffer.lie@torgkjeden.no
    """)
SIG_SILJE = txt("""
    Hilsen
    Silje Mørk Hansen
    Leder kundeklubb og CRM, Torgkjeden AS
    M: 974 03 118  E: silje.hansen@torgkjeden.no
    """)
DPO = "Personvernombud: Mona Vik Aune, juridisk avdeling, tlf. 64 85 20 11, mona.aune@torgkjeden.no"


# --- F11: ansiktsgjenkjenning ------------------------------------------------------------------

FACE_SLIDES = [
    (
        "DPIA: Ansiktsgjenkjenning mot kjente gjengangere",
        [
            "Ledergruppemøte 21. oktober 2026",
            "Presentert av Kristoffer Lie (sikkerhetssjef) og Mona Vik Aune (personvernombud)",
            "Versjon 1.0 – 14.10.2026",
            "Fortrolig",
        ],
    ),
    (
        "Kontakter og roller",
        [
            "Behandlingsansvarlig: Torgkjeden AS, org.nr. 985 311 402",
            "Kontaktperson: Kristoffer Lie, sikkerhetssjef, 916 22 847, kristoffer.lie@torgkjeden.no",
            "Personvernombud: Mona Vik Aune, 64 85 20 11, mona.aune@torgkjeden.no",
            "Databehandler: Vaktsys Nordic AS, Håvard Nilsen, leveranseansvarlig, 22 70 19 50, havard.nilsen@vaktsys.no",
        ],
    ),
    (
        "Problemet",
        [
            "Svinn fra tyveri: 94 mill. kr i 2025, økning 38 % på to år",
            "Vold og trusler mot ansatte: 212 hendelser i 2025, de fleste fra et lite antall gjengangere",
            "12 butikker i Oslo, Bergen og Trondheim står for halvparten",
            "Butikknektelse (forbud mot å komme inn) håndheves i dag ved at ansatte kjenner igjen personer – fungerer dårlig",
        ],
    ),
    (
        "Hva vi vil gjøre (1/2)",
        [
            "Kamera ved inngangen i 12 butikker sammenligner ansiktet til alle som går inn mot en liste over personer med gyldig butikknektelse",
            "Listen: bare personer med skriftlig butikknektelse etter anmeldt tyveri, vold eller trusler, maks 12 måneder",
            "Ved treff får butikksjef og vekter varsel på telefon med bilde fra kameraet og bilde fra listen",
            "  Et menneske bekrefter alltid treffet før noe skjer",
            "Ved ikke-treff: ansiktsmalen slettes umiddelbart (under 1 sekund), ingen lagring",
        ],
    ),
    (
        "Hva vi vil gjøre (2/2)",
        [
            "Omfang: ca. 9 millioner butikkbesøk per år i de 12 butikkene; listen forventes å ha 300–500 personer",
            "Opplysninger: biometriske maler (art. 9), bilder, navn, nektelsesvedtak, anmeldelse (art. 10-opplysninger)",
            "Kilder: egne hendelsesrapporter og anmeldelser",
            "Mottakere: butikksjef, vekter, politiet ved anmeldelse",
            "Drift: Vaktsys Nordic AS, lagring i Norge; modellen kjører lokalt i butikken",
            "Lagring: listen 12 mnd.; treffbilder 30 dager",
        ],
    ),
    (
        "Nødvendighet og alternativer",
        [
            "Rettslig grunnlag: art. 6 nr. 1 f og art. 9 nr. 2 g – vi er klar over at grunnlaget er usikkert, særlig art. 9",
            "Alternativer prøvd: flere vektere (dyrt, hjelper lite ved inngangen), bildegalleri på pauserommet (lite effektivt, mer spredning av bilder), sikrede varer (gjort i alle butikker)",
            "Begrensning: bare 12 butikker, bare nektelser etter anmeldelse, ingen kobling mellom butikker ut over listen",
            "Ikke markedsføring, ikke telling av kunder, ikke analyse av alder/kjønn",
        ],
    ),
    (
        "Rettigheter og garantier",
        [
            "Skilting ved inngang og på nettsiden med eget informasjonsark",
            "Personen på listen får skriftlig beskjed ved nektelsen om at ansiktsgjenkjenning brukes",
            "Innsyn og klage: eget skjema, svar innen 14 dager",
            "Menneskelig bekreftelse før tiltak, ingen automatisk utvisning",
            "Årlig revisjon av personvernombudet",
        ],
    ),
    (
        "Risiko for de registrerte",
        [
            "Alle kunder blir biometrisk skannet – sannsynlighet sikker, konsekvens middels → HØY",
            "Feil treff: uskyldig person blir stanset og ydmyket – sannsynlighet middels, konsekvens høy → HØY",
            "Skjevhet: flere feiltreff for mørkhudede – sannsynlighet middels, konsekvens høy → HØY",
            "Listen lekker eller misbrukes – lav/høy → MIDDELS",
            "Ansatte bruker systemet til å se etter kjente – lav/middels → LAV",
        ],
    ),
    (
        "Tiltak gjort – og ikke gjort",
        [
            "Gjort: terskel satt høyt (færre treff), menneskelig bekreftelse, test av leverandørens modell på mangfoldig testsett (NIST-resultater og egen test med 300 ansatte), logg, opplæring, tilgang bare butikksjef og vekter",
            "Ikke gjort: samtykke fra kundene – umulig i praksis",
            "Ikke gjort: kun kamera ved selvbetjente kasser – fanger ikke vold og trusler",
            "Ikke gjort: dele listen med andre kjeder – valgt bort for å begrense spredning",
        ],
    ),
    (
        "Restrisiko og anbefaling",
        [
            "Restrisiko høy: skanning av alle kunder og feiltreff",
            "Personvernombudet anbefaler forhåndsdrøftelse",
            "Innspill: Fagforbundet/HK støtter (vold mot ansatte), Forbrukerrådet kritisk (møte 2. okt.)",
            "Anbefaling til ledergruppen: godkjenne DPIA og be Datatilsynet om forhåndsdrøftelse",
        ],
    ),
]

FACE_REF = """
# Torgkjeden AS – Referat ledergruppemøte 21.10.2026

Til stede: Bjørn Tore Syversen (adm. dir.), Ingunn Lier (direktør butikkdrift), Sindre Bakken (økonomidirektør), Ann Kristin Rønning (HR-direktør), Pål Grini (kategoridirektør). Innleder sak 3: Kristoffer Lie, Mona Vik Aune.

## Sak 3 DPIA ansiktsgjenkjenning mot kjente gjengangere

Sikkerhetssjefen presenterte DPIA-en (lysark versjon 1.0). Personvernombudet redegjorde for restrisikoen og anbefalte forhåndsdrøftelse. HR-direktøren la fram innspill fra hovedtillitsvalgte, som støtter tiltaket. Direktør butikkdrift refererte møtet med Forbrukerrådet.

Ledergruppen diskuterte terskelverdi og om tiltaket bør begrenses til færre butikker. Saken har vært oppe tidligere (ledergruppemøte 16.09.2026, sak 5) der ledergruppen ba om grundigere vurdering av skjevhet; dette er nå gjort.

Beslutning: Ledergruppen godkjenner DPIA for ansiktsgjenkjenning og ber sikkerhetssjefen anmode Datatilsynet om forhåndsdrøftelse. Løsningen tas ikke i bruk før forhåndsdrøftelsen er avsluttet.

Referent: Hilde Strand
"""


def c011() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Torgkjeden AS ber om forhåndsdrøftelse for bruk av ansiktsgjenkjenning ved inngangen i 12 butikker for å håndheve butikknektelser.

        DPIA-en vår er lysarkene som ble lagt fram for ledergruppen, lagret som PDF. Referatet fra ledergruppemøtet der DPIA-en ble godkjent ligger også ved. Kontaktpersoner står på lysark 2.

        """)
        + "\n"
        + DPO
        + "\n\n"
        + SIG_KRISTOFFER
    )
    msg = message(
        "c011",
        FROM_KRISTOFFER,
        "Anmodning om forhåndsdrøftelse – ansiktsgjenkjenning i butikk",
        when(11, 3, 15, 22),
        body,
        attachments=[
            (
                "DPIA ansiktsgjenkjenning - ledergruppen 21.10.pdf",
                to_slides(FACE_SLIDES, "Torgkjeden AS – Fortrolig"),
            ),
            ("Referat LG 21.10.2026.pdf", to_pdf(FACE_REF, "Referat LG")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "slides_pdf",
            "contact_slide",
            "contact_signature",
            "contact_dpo_body_line",
            "processor_contact_table",
            "risk_bullets",
            "part5_management_minutes_pdf",
            "biometrics",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; the DPIA is the management group's slide deck exported to PDF, minutes attached",
    )


# --- F31: personlige priser, description attachment forgotten -----------------------------------

PRIS_SLIDES = [
    (
        "DPIA: Personlige priser i Torgkjeden Pluss",
        [
            "Ledergruppemøte 4. november 2026",
            "Presentert av Silje Mørk Hansen, leder kundeklubb og CRM",
            "Versjon 1.0",
        ],
    ),
    (
        "Kort om behandlingen",
        [
            "Kundeklubbdata brukes til personlige tilbud og priser – se vedlegg 1 Behandlingsbeskrivelse for detaljer om datagrunnlag, modell, dataflyt og lagring"
        ],
    ),
    (
        "Kontakter",
        [
            "Kontaktperson: Silje Mørk Hansen, 974 03 118, silje.hansen@torgkjeden.no",
            "Personvernombud: Mona Vik Aune, 64 85 20 11, mona.aune@torgkjeden.no",
            "Databehandler: Kundeinnsikt Nordic AS, Jens Bergh, 23 50 12 90, jens.bergh@kundeinnsikt.no",
        ],
    ),
    (
        "Nødvendighet og forholdsmessighet",
        [
            "Grunnlag: art. 6 nr. 1 b (kundeklubbavtalen) for tilbud; art. 6 nr. 1 a (samtykke) for personlige priser",
            "Personlig pris = rabatt fra hyllepris, aldri høyere enn hyllepris",
            "Alternativ: like tilbud for alle medlemmer (dagens løsning) – gir lav treffsikkerhet",
            "Vi bruker ikke helsedata utledet fra kjøp (f.eks. glutenfritt, graviditetstester, legemidler) – disse varegruppene er utelatt fra modellen",
            "Medlemmet kan se hvorfor tilbudet gis, og kan slå av personlige priser i appen",
        ],
    ),
    (
        "Risiko",
        [
            "Prisdiskriminering: noen medlemmer systematisk får dårligere tilbud (f.eks. de som handler lite, eldre uten app) – middels/høy → HØY",
            "Utledning av sensitive forhold (helse, religion, økonomi) fra handlekurven – middels/høy → HØY",
            "Manipulering: tilbud som utnytter sårbarhet (f.eks. alkohol, snacks til kunder med mye slikt) – lav/høy → MIDDELS",
            "Datalekkasje hos Kundeinnsikt – lav/høy → MIDDELS",
        ],
    ),
    (
        "Tiltak og restrisiko",
        [
            "Gjort: sensitive varegrupper utelatt, alkohol og tobakk utelatt, gulv for rabatt til alle medlemmer, kvartalsvis skjevhetsanalyse på alder og postnummer",
            "Ikke gjort: full åpenhet om modellen (forretningshemmelighet), samtykke for alle tilbud (for mange samtykker)",
            "Restrisiko: høy for utledning av sensitive forhold",
            "Personvernombudet anbefaler forhåndsdrøftelse",
        ],
    ),
]

PRIS_REF = """
# Torgkjeden AS – Referat ledergruppemøte 04.11.2026 (utdrag)

## Sak 4 Personlige priser i Torgkjeden Pluss – DPIA

Leder kundeklubb og CRM presenterte DPIA-en og behandlingsbeskrivelsen. Personvernombudet orienterte om restrisikoen. Kategoridirektøren la fram innspill fra kundepanelet, som var delt. Saken ble også behandlet 7.10.2026 (sak 6), der ledergruppen ba om at alkohol og tobakk skulle tas ut.

Beslutning: DPIA-en godkjennes. Det sendes anmodning om forhåndsdrøftelse til Datatilsynet. Lansering tidligst etter at forhåndsdrøftelsen er avsluttet.

Referent: Hilde Strand
"""


def c031() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        Torgkjeden AS ber om forhåndsdrøftelse for personlige priser i kundeklubben Torgkjeden Pluss (1,9 mill. medlemmer).

        Vedlagt:
        1. Behandlingsbeskrivelse
        2. DPIA (lysark fra ledergruppen)
        3. Referat fra ledergruppemøtet 4.11.

        Spør gjerne om noe er uklart.

        """)
        + "\n"
        + SIG_SILJE
    )
    msg = message(
        "c031",
        FROM_SILJE,
        "Forhåndsdrøftelse personlige priser Torgkjeden Pluss",
        when(11, 13, 9, 57),
        body,
        cc="Mona Vik Aune <mona.aune@torgkjeden.no>",
        attachments=[
            ("2 DPIA personlige priser.pdf", to_slides(PRIS_SLIDES, "Torgkjeden AS – Intern")),
            ("3 Referat LG 04.11.2026.pdf", to_pdf(PRIS_REF, "Referat LG")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "slides_pdf",
            "contact_slide",
            "processor_contact_table",
            "risk_bullets",
            "part5_management_minutes_pdf",
            "attachment_forgotten",
            "part2_in_missing_attachment",
            "profiling",
        ),
        "none",
        True,
        "used",
        "the listed attachment «1 Behandlingsbeskrivelse» was never attached; the slides describe the processing in one line and refer to it",
        missing=(2,),
    )


# --- F51: kroppskamera, Word DPIA and CEO mail ----------------------------------------------------

BODYCAM = """
# Vurdering av personvernkonsekvenser (DPIA)
## Kroppskamera for butikkansatte og vektere

Torgkjeden AS. Versjon 1.0, 2. desember 2026. Ansvarlig: Kristoffer Lie, sikkerhetssjef.

# 1 Kontaktinformasjon

~ Kontaktperson: Kristoffer Lie, sikkerhetssjef, mob. 916 22 847, kristoffer.lie@torgkjeden.no
~ Personvernombud: Mona Vik Aune, tlf. 64 85 20 11, mona.aune@torgkjeden.no
~ Databehandler: Bodycam Norge AS (org.nr. 927 604 118), kontaktperson Linn Haugerud, kundeansvarlig, tlf. 21 60 44 02, linn.haugerud@bodycamnorge.no

# 2 Beskrivelse av behandlingen

2.1 Formål: Forebygge vold og trusler mot ansatte og dokumentere hendelser for anmeldelse.

2.2 Hva: Butikksjefer, skiftledere og innleide vektere i 8 butikker i Oslo sentrum og Grønland bærer kroppskamera. Kameraet tar ikke opp kontinuerlig. Den ansatte starter opptak med et tydelig trykk når en situasjon er i ferd med å eskalere; kameraet har en buffer på 30 sekunder (uten lyd) før trykket. Under opptak lyser et rødt lys, og skjermen foran viser personen at de blir filmet.

2.3 Hvem og hvilke opplysninger: kunder og andre involvert i hendelser, tilfeldig forbipasserende, kolleger. Video og lyd, tid og sted, hvem som bar kameraet. Kan omfatte opplysninger om straffbare forhold (art. 10).

2.4 Flyt: Opptak lastes opp automatisk ved lading til Bodycam Norge AS sin skytjeneste (Norge). Bare sikkerhetsavdelingen kan se opptak, etter hendelsesrapport. Opptak utleveres til politiet ved anmeldelse.

2.5 Lagring: Opptak uten hendelsesrapport slettes etter 7 dager. Opptak knyttet til anmeldelse lagres til saken er avsluttet, maks 2 år.

2.6 Sikkerhet: Kameraene kan ikke avspilles på enheten. Kryptert lagring, tofaktor, logg over hvem som ser opptak.

# 3 Nødvendighet og forholdsmessighet

Grunnlag: art. 6 nr. 1 f (berettiget interesse: ansattes sikkerhet) og art. 10 sammenholdt med personopplysningsloven § 11, samt arbeidsmiljøloven § 4-3 (vern mot vold og trusler). Interesseavveining gjort 18.11.2026.

Erfaringer fra andre kjeder og fra vår pilot i to butikker (mars–august 2026) viser at hendelser deeskaleres når kameraet aktiveres; antall voldshendelser i pilotbutikkene gikk ned 41 %. Alternativer vi har vurdert: flere faste kameraer (gjort, men dekker ikke alle situasjoner og ikke lyd), vekter i alle skift (gjort i 3 av 8 butikker), alarmknapp (gjort). Kroppskamera er et tillegg i de butikkene med flest hendelser, ikke en erstatning.

Begrensninger: ingen kontinuerlig opptak; buffer uten lyd; bare 8 butikker; bare ved eskalerende situasjoner etter opplæring; aldri på pauserom, toaletter eller lager.

Rettigheter: skilting ved inngang, rødt lys og skjerm, muntlig beskjed «nå filmer jeg» som del av opplæringen, innsynsskjema på nettsiden, sletting etter 7 dager hvis ikke hendelse.

# 4 Risikovurdering

| Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
| Opptak av uskyldige forbipasserende og barn | Høy | Middels | Kort lagring, sladding ved utlevering utenom politi | Middels |
| Kameraet brukes til å kontrollere kolleger | Lav | Høy | Opptak kun ved hendelse, logg, avtale med tillitsvalgte | Lav |
| Lydopptak av sensitive samtaler (helse, privat) | Middels | Middels | Lyd bare etter trykk, ikke i buffer | Middels |
| Personen som filmes opplever det som eskalerende og blir mer aggressiv | Middels | Høy | Opplæring i deeskalering, kamera aktiveres med forvarsel | Høy |
| Opptak lekker (f.eks. i sosiale medier) | Lav | Høy | Ingen avspilling på enheten, ingen nedlasting uten godkjenning | Lav |

Vurdert, ikke gjennomført: kontinuerlig opptak (gir best dokumentasjon, men for inngripende); ingen lyd i opptak (lyd er ofte avgjørende for trusselsaker).

Restrisiko: vurderes som høy, særlig fordi kameraet filmer i butikker med mange sårbare kunder (rusavhengige, psykisk syke). Vi ønsker derfor Datatilsynets vurdering.

# 5 Medvirkning

Hovedtillitsvalgte (HK og Fagforbundet), verneombud i pilotbutikkene, vaktselskapet og personvernombudet. De tillitsvalgte støtter, men ber om at kameraet ikke blir obligatorisk for den enkelte ansatte; det er tatt inn.

# 6 Godkjenning

Godkjent av administrerende direktør etter ledergruppemøte 2. desember 2026. Se e-post fra adm. dir.
"""


def c051() -> tuple[EmailMessage, Label]:
    ceo = txt("""
        Fra: Bjørn Tore Syversen
        Sendt: 2. desember 2026 15:48
        Til: Kristoffer Lie
        Kopi: Mona Vik Aune; Ingunn Lier
        Emne: SV: Kroppskamera - DPIA til godkjenning

        Hei Kristoffer

        Takk for god gjennomgang i ledergruppen i dag, og for at innspillene fra de tillitsvalgte og resultatene fra piloten var med. Jeg godkjenner DPIA-en for kroppskamera, versjon 1.0. Send anmodningen om forhåndsdrøftelse til Datatilsynet. Vi utvider ikke utover pilotbutikkene før vi har svar.

        Bjørn Tore Syversen
        Administrerende direktør, Torgkjeden AS
        """)
    body = (
        txt("""
        Hei

        Vi ber om forhåndsdrøftelse for kroppskamera hos ansatte og vektere i åtte butikker. DPIA-en i Word ligger ved, og godkjenningen fra administrerende direktør følger under.

        """)
        + "\n"
        + SIG_KRISTOFFER
        + "\n"
        + quoted(ceo)
    )
    msg = message(
        "c051",
        FROM_KRISTOFFER,
        "Forhåndsdrøftelse kroppskamera",
        when(12, 3, 8, 40),
        body,
        attachments=[("DPIA kroppskamera v1.0.docx", to_docx(BODYCAM))],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "employees",
            "dpia_report_docx",
            "headings_numbered",
            "contact_dpia_block",
            "risk_likelihood_consequence",
            "part5_email_quoted",
        ),
        "none",
        True,
        "used",
        "complete; Word DPIA with numbered chapters, CEO's approval quoted below the request",
    )


# --- F12: KI-kamera ved selvbetjente kasser -------------------------------------------------------

SCO_SLIDES = [
    (
        "DPIA: KI-kamera ved selvbetjente kasser",
        [
            "Ledergruppemøte 27. oktober 2026 (andre gangs behandling, første gang 29.09.)",
            "Kristoffer Lie / Mona Vik Aune",
            "Versjon 1.1",
        ],
    ),
    (
        "Roller og kontakt",
        [
            "Behandlingsansvarlig: Torgkjeden AS",
            "Kontakt: Kristoffer Lie, sikkerhetssjef – 916 22 847 – kristoffer.lie@torgkjeden.no",
            "Personvernombud: Mona Vik Aune – 64 85 20 11 – mona.aune@torgkjeden.no",
            "Databehandler: CheckVision B.V. (Amsterdam) – Daan de Vries, Account Manager Nordics – +31 20 808 4412 – daan.devries@checkvision.nl",
            "  Underdatabehandler: Torgkjedens IT-drift (egen), ingen andre",
        ],
    ),
    (
        "Hva skal gjøres",
        [
            "Kamera over hver selvbetjent kasse (SCO) i 60 butikker filmer varer og hender",
            "KI-modell sammenligner det som legges i posen med det som er skannet",
            "Ved avvik: melding på skjermen til kunden («Det ser ut som en vare ikke ble skannet»), og varsel til vert ved SCO hvis kunden ikke retter",
            "Ansiktet er ikke i bildefeltet (kameraet peker ned), men deler av kroppen og barn i vogna kan komme med",
        ],
    ),
    (
        "Omfang og data",
        [
            "Ca. 60 mill. handler per år ved SCO",
            "Video analyseres i sanntid lokalt på kassen",
            "Klipp (10 sek.) lagres bare ved avvik som ikke rettes – anslått 0,5 % av handler",
            "Klipp knyttes til kvitteringsnummer og eventuelt kundeklubbnummer hvis kunden har skannet kortet",
            "Klipp lagres 14 dager, eller til anmeldelse er behandlet",
        ],
    ),
    (
        "Dataflyt",
        [
            "Kasse (lokal analyse) → klipp ved avvik → CheckVision sin plattform (EU, Nederland) → sikkerhetsavdelingen",
            "CheckVision bruker avviksklipp til å forbedre modellen – kun med sladdede klipp og etter vår godkjenning per kvartal",
            "Politiet ved anmeldelse",
        ],
    ),
    (
        "Nødvendighet",
        [
            "Grunnlag: art. 6 nr. 1 f – interesseavveining 20.10.2026",
            "Svinn ved SCO er 3x høyere enn ved betjent kasse",
            "Alternativer: vekt i posehylla (prøvd, mange falske alarmer), flere verter (gjort i store butikker), stikkprøvekontroll (oppleves mer krenkende av kunder)",
            "Kameraet erstatter stikkprøvekontroll for de fleste kunder – mindre inngripende for den enkelte",
        ],
    ),
    (
        "Rettigheter",
        [
            "Skilt ved SCO og informasjon på skjermen før handelen starter",
            "Kunden kan velge betjent kasse",
            "Kunden kan rette avvik selv før noen varsles",
            "Innsyn i klipp via skjema, sladding av andre",
            "Ingen kobling til kundeklubbprofil for andre formål",
        ],
    ),
    (
        "Risiko",
        [
            "R1 Feilalarm gjør at ærlige kunder mistenkeliggjøres offentlig – S3 K3 (høy)",
            "R2 Barn og ledsagere filmes – S4 K2 (middels)",
            "R3 Klipp brukes til modelltrening hos leverandøren – S2 K3 (middels)",
            "R4 Kobling av klipp til kundeklubb gir mistenkeliggjøring over tid – S2 K4 (høy)",
            "R5 Ansatte vurderes ut fra avvik ved sine kasser – S2 K2 (lav)",
        ],
    ),
    (
        "Tiltak – gjennomført og ikke",
        [
            "Gjennomført: diskret melding først til kunden; ingen automatisk stopp; sladding før trening; ingen registrering av kundeklubbnummer på klipp fra 1. jan.; tillitsvalgte har avtale om at data ikke brukes mot ansatte",
            "Ikke gjennomført: lokal lagring uten leverandørtilgang – leverandøren må ha klipp for drift og feilretting; kameravinkel uten kropp – ikke teknisk mulig",
            "Restrisiko R1 og R4 høy etter tiltak",
        ],
    ),
    (
        "Beslutning",
        [
            "Ledergruppen bes godkjenne DPIA v1.1 og at vi ber Datatilsynet om forhåndsdrøftelse",
            "Innspill: Forbrukerrådet, HK, kundepanel (12 kunder)",
        ],
    ),
]

SCO_REF = """
# Torgkjeden AS – Referat ledergruppemøte 27.10.2026 (utdrag)

## Sak 2 KI-kamera ved selvbetjente kasser – DPIA, andre gangs behandling

Sikkerhetssjefen presenterte oppdatert DPIA (v1.1), etter at ledergruppen 29.09. ba om at kundeklubbnummer ikke skulle knyttes til klipp. Endringen er gjort fra 1. januar. Innspill fra kundepanelet og HK ble gjennomgått. Personvernombudet anbefalte forhåndsdrøftelse.

Beslutning: Ledergruppen godkjenner DPIA v1.1. Sikkerhetssjefen sender anmodning om forhåndsdrøftelse. Utrulling til flere enn de fem pilotbutikkene venter til svar foreligger.

Referent: Hilde Strand
"""


def c012() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – KI-kamera ved selvbetjente kasser

        Torgkjeden AS ber om forhåndsdrøftelse. DPIA (som lysark, slik den ble behandlet i ledergruppen) og referatet fra ledergruppens andre behandling ligger ved. Kontaktinformasjon står på lysark 2.

        """)
        + "\n"
        + SIG_KRISTOFFER
    )
    msg = message(
        "c012",
        FROM_KRISTOFFER,
        "Anmodning om forhåndsdrøftelse - KI-kamera selvbetjente kasser",
        when(11, 9, 10, 12),
        body,
        cc="Mona Vik Aune <mona.aune@torgkjeden.no>",
        attachments=[
            (
                "DPIA SCO-kamera v1.1 (LG 27.10).pdf",
                to_slides(SCO_SLIDES, "Torgkjeden AS – Fortrolig"),
            ),
            ("Referat LG 27.10.2026.pdf", to_pdf(SCO_REF, "Referat LG")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "slides_pdf",
            "contact_slide",
            "processor_contact_table",
            "phone_foreign",
            "risk_bullets",
            "part5_management_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; slide deck DPIA, second reading in the management group, minutes attached",
    )


# --- F32: plukk-produktivitet, risk file about something else ----------------------------------

PLUKK = """
# DPIA – Produktivitetsmåling på sentrallageret Vestby

Torgkjeden AS, HR og logistikk. 10.11.2026.

# 1 Kontakt

~ Kontaktperson: Ann Kristin Rønning, HR-direktør, tlf. 64 85 20 30, ann.kristin.ronning@torgkjeden.no
~ Personvernombud: Mona Vik Aune, tlf. 64 85 20 11, mona.aune@torgkjeden.no

# 2 Hva vi skal gjøre

På sentrallageret i Vestby jobber ca. 420 plukkere (egne ansatte og innleide). Alle bruker håndskanner og stemmestyring. Vi vil ta i bruk en ny modul i lagersystemet som måler hver plukkers produktivitet: antall plukk per time, feilplukk, tid mellom plukk, pauser over 5 minutter utenom ordinære pauser, og sammenligning med «normtid» for hver ordre. Resultatet vises daglig for teamleder og ukentlig for plukkeren selv, og brukes i medarbeidersamtaler og ved oppfølging av lav produktivitet. Innleide plukkere rapporteres også til bemanningsbyrået.

Opplysningene kommer fra skannerne og lagersystemet. Data lagres i 24 måneder. Teamledere, lagersjef og HR har tilgang.

# 3 Nødvendighet og forholdsmessighet

Grunnlag: art. 6 nr. 1 f og arbeidsgivers styringsrett; kontrolltiltak etter arbeidsmiljøloven kapittel 9, drøftet med tillitsvalgte 3.11.2026. Formålet er jevnere arbeidsflyt, bedre bemanningsplanlegging og oppfølging av den enkelte. Vi har vurdert å bare måle på teamnivå (ikke individ), men da kan vi ikke følge opp enkeltpersoner med særlige behov eller lav produktivitet. Vi har tatt ut måling av toalettbesøk og korte pauser under 5 minutter. Plukkerne får se egne tall og kommentere dem. Tallene brukes ikke alene som grunnlag for oppsigelse.

# 4 Risikovurdering

Se vedlagt risikovurdering.

# 5 Godkjenning

Godkjent av ledergruppen 17.11.2026, sak 7: «Ledergruppen godkjenner DPIA for produktivitetsmåling på sentrallageret og ber HR-direktøren be Datatilsynet om forhåndsdrøftelse.» Presentasjon ved HR-direktør, innspill fra hovedtillitsvalgt (Fellesforbundet), som er imot individuell måling, og fra verneombudet.
"""

BRANN_RISK = {
    "ROS Vestby 2026": [
        ["Nr", "Uønsket hendelse", "Sannsynlighet", "Konsekvens", "Risiko", "Tiltak", "Ansvar"],
        [
            "1",
            "Brann i truckladestasjon",
            "2",
            "4",
            "8",
            "Røykdetektorer, sprinkler, daglig kontroll",
            "Driftsleder",
        ],
        [
            "2",
            "Påkjørsel av gående i gangsoner",
            "3",
            "4",
            "12",
            "Merking, fartsgrense 6 km/t, refleksvest",
            "Lagersjef",
        ],
        ["3", "Ras fra høyreoler", "1", "4", "4", "Årlig reolkontroll, opplæring", "Driftsleder"],
        [
            "4",
            "Frostskade på ansatte i fryselager",
            "2",
            "3",
            "6",
            "Maks 45 min opphold, varmeklær",
            "Lagersjef",
        ],
        ["5", "Strømbrudd i kjølelager", "2", "3", "6", "Aggregat, alarm til vakt", "Teknisk"],
        ["6", "Innbrudd", "2", "2", "4", "Alarm, vakthold, adgangskontroll", "Sikkerhet"],
    ],
}


def c032() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei

        Torgkjeden AS ber om forhåndsdrøftelse for individuell produktivitetsmåling av plukkere på sentrallageret vårt i Vestby. DPIA og risikovurdering ligger ved.

        Med vennlig hilsen
        Ann Kristin Rønning
        HR-direktør, Torgkjeden AS
        Tlf. 64 85 20 30
        """)
    msg = message(
        "c032",
        "Ann Kristin Rønning <ann.kristin.ronning@torgkjeden.no>",
        "Anmodning om forhåndsdrøftelse - produktivitetsmåling lager",
        when(11, 23, 12, 6),
        body,
        attachments=[
            ("DPIA produktivitetsmåling Vestby.docx", to_docx(PLUKK)),
            ("Risikovurdering_Vestby_2026.xlsx", to_xlsx(BRANN_RISK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "employees",
            "dpia_report_docx",
            "headings_numbered",
            "contact_dpia_block",
            "part5_minutes_line_in_dpia",
            "wrong_file_risk",
            "processor_not_mentioned",
        ),
        "none",
        True,
        "unspecified",
        "the risk chapter points to an attached «risikovurdering», which is the warehouse's fire and HSE risk assessment, not about the data subjects",
        missing=(4,),
    )


# --- F52: Bluetooth-fyr --------------------------------------------------------------------------

BEACON_SLIDES = [
    (
        "DPIA: Posisjonsbaserte tilbud i butikk (Bluetooth-fyr)",
        [
            "Ledergruppemøte 10. november 2026",
            "Silje Mørk Hansen (CRM) og Mona Vik Aune (personvernombud)",
            "Versjon 1.0",
        ],
    ),
    (
        "Kontakt og roller",
        [
            "Kontaktperson: Silje Mørk Hansen, leder kundeklubb og CRM, 974 03 118, silje.hansen@torgkjeden.no",
            "Personvernombud: Mona Vik Aune, 64 85 20 11, mona.aune@torgkjeden.no",
            "Databehandler: Beaconly AS, Andreas Moe, CTO, 928 40 551, andreas@beaconly.no",
        ],
    ),
    (
        "Hva",
        [
            "Bluetooth-fyr i tak i 40 butikker, ca. 30 per butikk",
            "Torgkjeden-appen (med kundens samtykke) registrerer hvilke fyr telefonen er nær",
            "Gir: tilbud på skjermen når kunden er ved en varegruppe; navigasjon til varer på handlelista; «Fant du ikke varen?»-knapp",
            "Gangmønster per besøk lagres i 30 dager knyttet til medlem, deretter anonymisert heatmap",
        ],
    ),
    (
        "Hvem og hvor mye",
        [
            "Appen har 780 000 aktive brukere; forventer 150 000 samtykker",
            "Data: medlems-ID, fyr-ID, tidspunkt, oppholdstid, butikk",
            "Kan avsløre: tid i apotekavdeling (i butikker med apotekhylle), babyavdeling, alkohol (ikke i våre butikker), rutiner og tidspunkter",
        ],
    ),
    (
        "Dataflyt og sikkerhet",
        [
            "Telefon → Beaconly plattform (Norge) → CRM-systemet (kun aggregerte interesser per varegruppe)",
            "Ingen deling med andre",
            "Pseudonymisert medlems-ID hos Beaconly, kryptering, tilgangskontroll",
        ],
    ),
    (
        "Nødvendighet",
        [
            "Grunnlag: samtykke (art. 6 nr. 1 a), eget samtykke i appen, ikke forhåndsavkrysset, kan trekkes når som helst",
            "Formålet kan ikke nås uten posisjon i butikk",
            "Valgt bort: wifi-sporing av alle telefoner (også ikke-kunder) og kamera-basert sporing",
            "Fyr i apotekhylle og helsekost-hylle er fjernet fra tilbudslogikken; ingen tilbud basert på tid der",
        ],
    ),
    (
        "Rettigheter",
        [
            "Samtykke med forklaring og eksempel",
            "Kunden ser egne besøk i appen og kan slette dem",
            "Tilbud merket «fordi du var i …»",
            "Ingen konsekvens av å si nei: samme priser og tilbud i appen ellers",
        ],
    ),
    (
        "Risiko",
        [
            "R1 Kartlegging av vaner og rutiner (når du handler, hvor lenge) – S3 K3 – HØY",
            "R2 Utledning av helse/graviditet fra gangmønster – S2 K4 – HØY",
            "R3 Samtykke ikke informert (kunden forstår ikke hva posisjon i butikk betyr) – S3 K2 – MIDDELS",
            "R4 Tredjeparts SDK i appen leser fyrsignalene – S2 K3 – MIDDELS",
        ],
    ),
    (
        "Tiltak – gjort og ikke gjort",
        [
            "Gjort: sensitive soner uten logikk; 30 dagers lagring; ingen SDK-er fra annonseplattformer i appen (revidert); innsyn og sletting i appen; samtykke på nytt hvert år",
            "Ikke gjort: kun anonymisert sporing uten medlem (gir ikke personlige tilbud); fjerne fyr fra sensitive soner (navigasjon dit trengs)",
            "Restrisiko: R1 og R2 fortsatt høye",
        ],
    ),
    (
        "Forslag til vedtak",
        [
            "Ledergruppen godkjenner DPIA og ber om forhåndsdrøftelse hos Datatilsynet",
            "Innspill: kundepanel (positive til navigasjon, skeptiske til tilbud), Forbrukerrådet (kritisk), personvernombud (anbefaler forhåndsdrøftelse)",
        ],
    ),
]

BEACON_REF = """
# Torgkjeden AS – Referat ledergruppemøte 10.11.2026 (utdrag)

## Sak 5 Posisjonsbaserte tilbud i butikk – DPIA

Leder CRM og personvernombudet presenterte DPIA-en. Ledergruppen diskuterte om tilbudsfunksjonen burde utsettes og bare navigasjon lanseres først. Direktør butikkdrift pekte på investeringen i fyrene. Saken var til første behandling 13.10.2026.

Beslutning: DPIA godkjent. Anmodning om forhåndsdrøftelse sendes Datatilsynet. Navigasjon kan piloteres i to butikker uten tilbudsfunksjonen.

Referent: Hilde Strand
"""


def c052() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei

        Vi ønsker forhåndsdrøftelse for posisjonsbaserte tilbud i butikk via Bluetooth-fyr og appen vår. DPIA-en (lysark) og referat fra ledergruppemøtet ligger ved. Kontaktopplysninger på lysark 2.

        """)
        + "\n"
        + SIG_SILJE
    )
    msg = message(
        "c052",
        FROM_SILJE,
        "Forhåndsdrøftelse - posisjonsbaserte tilbud (Bluetooth-fyr)",
        when(11, 19, 14, 33),
        body,
        cc="Mona Vik Aune <mona.aune@torgkjeden.no>",
        attachments=[
            ("DPIA Bluetooth-fyr LG 10.11.pdf", to_slides(BEACON_SLIDES, "Torgkjeden AS – Intern")),
            ("Referat LG 10.11.2026.pdf", to_pdf(BEACON_REF, "Referat LG")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "retail_chain",
            "slides_pdf",
            "contact_slide",
            "processor_contact_table",
            "risk_bullets",
            "part5_management_minutes_pdf",
            "location_tracking",
        ),
        "none",
        True,
        "used",
        "complete; slide deck DPIA for in-store beacons, management minutes",
    )
