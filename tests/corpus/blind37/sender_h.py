# ruff: noqa: E501
"""Sender H: Vestvik Kollektivtrafikk AS (VKT), the county's public transport company, bokmål and English.

Habits: the security adviser writes most requests; projects with foreign suppliers or
international staff write in English; decisions are archived in Public 360 and quoted from it;
risk assessments are often bought from a consultancy; the DPO is in-house.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, quoted, to_docx, to_pdf, txt, vcard, when

TOPICS = {
    "c015": "kroppskamera_billettkontroll",
    "c035": "wifi_bluetooth_passenger_counting",
    "c055": "kroppskamera_billettkontroll",
    "c016": "videoanalyse_busser",
    "c036": "driver_fatigue_monitoring",
    "c056": "be_in_be_out_mobilbillett",
}

SIRI = "Siri Mykland <siri.mykland@vkt.no>"
DPO = "Anders Toft <personvernombud@vkt.no>"
FOOTER = [
    "Vestvik Kollektivtrafikk AS · Terminalgata 4, 5700 Vestvik · Org.nr. 916 440 285 · Eid av Vestvik fylkeskommune",
    "Sentralbord 55 33 90 00 · post@vkt.no · vkt.no",
]
SIG_SIRI = txt("""
    Vennlig hilsen
    Siri Mykland
    Rådgiver sikkerhet og beredskap
    Vestvik Kollektivtrafikk AS
    Mob. 907 11 385 | siri.mykland@vkt.no
""")

BODYCAM_DPIA = """
# DPIA – Kroppskamera for billettkontrollører

~ Vestvik Kollektivtrafikk AS · Public 360 sak 26/00871 · Versjon 1.0 · 28.10.2026

## 1 Beskrivelse av behandlingen

### Formål

Forebygge vold og trusler mot billettkontrollørene, og sikre bevis når hendelser skjer. Kontrollørene (22 personer) ble utsatt for 64 registrerte trusler og 11 tilfeller av vold i 2025.

### Hva som skal gjøres

Kontrollørene skal bære kroppskamera på brystet. Kameraet tar ikke opp kontinuerlig. Det har en forhåndsbuffer på 30 sekunder som overskrives fortløpende. Når kontrolløren trykker på knappen, lagres bufferen og opptaket fortsetter til kontrolløren stopper det. Kameraet tar opp bilde, ikke lyd. Et rødt lys og et skilt på vesten viser at kameraet er på, og kontrolløren skal si fra muntlig når opptak starter.

### Omfang og registrerte

Passasjerer som kontrolleres (om lag 180 000 kontroller per år), andre passasjerer i nærheten, og kontrollørene selv. Vi regner med 300–500 opptak per år. Opptak kan vise barn, personer i rus eller psykisk krise.

### Lagring, tilgang og mottakere

Opptak overføres ved vaktslutt til Vaktkam AS sin løsning (databehandler, drift i Norge) og slettes etter 30 dager, med mindre de trengs i en anmeldelse eller sak om tilleggsavgift. Bare to personer i kontrollseksjonen og sikkerhetsrådgiver har tilgang. Opptak utleveres bare til politiet ved anmeldelse. Kontrolløren kan ikke se eller slette opptak selv.

### Informasjonssikkerhet

Kryptert lagring på kameraet, kryptert overføring, tofaktor, logging av alle visninger, databehandleravtale med Vaktkam AS (signert 02.10.2026).

## 2 Rettslig grunnlag

Art. 6 nr. 1 bokstav f (berettiget interesse i å beskytte ansatte og sikre bevis), jf. arbeidsmiljøloven § 4-3 (vold og trusler) og personopplysningsloven § 31 om kameraovervåking.

## 3 Nødvendighet og forholdsmessighet

Vi har prøvd å kontrollere i par (gjort siden 2023), opplæring i konflikthåndtering og samarbeid med politiet. Hendelsene har ikke gått ned. Erfaringer fra andre selskaper viser at kroppskamera demper konflikter og gir bevis. Opptak bare ved aktivering, ikke lyd, kort buffer og 30 dagers lagring gjør inngrepet så lite som mulig. Passasjerer informeres med plakater i alle busser og på båtene, på vkt.no og muntlig fra kontrolløren. De kan kreve innsyn i opptak av seg selv (andre sladdes) og klage til VKT.

## 4 Risiko

Risikovurderingen er utført av Bergtorp Sikkerhet AS, se eget notat.
"""

BODYCAM_MEMO = """
# NOTAT – Risikovurdering for de registrerte: kroppskamera for billettkontrollører

~ Til: Vestvik Kollektivtrafikk AS v/ Siri Mykland
~ Fra: Bergtorp Sikkerhet AS v/ Kjersti Bergtorp, seniorrådgiver personvern
~ Dato: 23.10.2026

## Bakgrunn og metode

Vi har vurdert risikoen for passasjerenes og kontrollørenes rettigheter og friheter. Grunnlag: DPIA-utkast, intervjuer med fire kontrollører, tillitsvalgt og personvernombud, og en gjennomgang av kameraets innstillinger. Sannsynlighet og konsekvens er vurdert som lav, middels eller høy.

## Risikoer

| Nr | Risiko | Sannsynlighet | Konsekvens | Tiltak gjennomført | Risiko etter tiltak
| 1 | Passasjerer filmes i sårbare situasjoner (rus, psykisk krise, barn) og opplever krenkelse | Høy | Høy | Opptak bare ved aktivering, informasjon, 30 dager | Høy
| 2 | Kamera aktiveres for tidlig eller for ofte, slik at vanlige kontroller filmes | Middels | Middels | Retningslinje, månedlig gjennomgang av antall opptak per kontrollør | Middels
| 3 | Opptak brukes til å vurdere kontrollørenes arbeid (personalkontroll) | Middels | Middels | Avtale med tillitsvalgte, ingen tilgang for ledere utenom sak | Lav
| 4 | Buffer (30 sekunder før aktivering) fanger opp situasjoner uten sammenheng med hendelsen | Middels | Lav | Kort buffer | Lav
| 5 | Uautorisert tilgang til opptak | Lav | Høy | Kryptering, tofaktor, logg | Lav

## Tiltak vurdert, men ikke gjennomført

- Lydopptak er vurdert, men ikke tatt med, fordi trusler ofte er muntlige og VKT har ønsket det – vi har rådet VKT til å vente til ordningen er evaluert.
- Kortere lagringstid (7 dager) er ikke gjennomført fordi anmeldelser ofte kommer senere.
- Automatisk sladding av ansikter på andre passasjerer er ikke gjennomført (ikke tilgjengelig i Vaktkam-løsningen).

## Konklusjon

Risiko 1 er høy også etter tiltak, og vi anbefaler at VKT ber Datatilsynet om forhåndsdrøftelse.

~ Kjersti Bergtorp · 924 61 087 · kjersti@bergtorpsikkerhet.no
"""


def c015() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – kroppskamera for billettkontrollører

        Vestvik Kollektivtrafikk AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 for bruk av kroppskamera for billettkontrollørene. Vedlagt er DPIA (beskrivelse, nødvendighet og forholdsmessighet) og risikovurderingen fra Bergtorp Sikkerhet AS.

        Kontaktpersoner:
        - Siri Mykland, rådgiver sikkerhet og beredskap, 907 11 385, siri.mykland@vkt.no
        - Personvernombud Anders Toft, 55 33 90 14 / 476 20 351, anders.toft@vkt.no
        - Databehandler: Vaktkam AS v/ Geir Olav Lie, kundeansvarlig, 934 12 688, geirolav.lie@vaktkam.no

        Ledelsens godkjenning – utdrag fra Public 360:
        Sak 26/00871 – Kroppskamera billettkontroll
        Dokument 26/00871-6, 03.11.2026, Type: Notat (X)
        «Ledergruppen i VKT behandlet DPIA for kroppskamera i møte 02.11.2026. Sikkerhetsrådgiver presenterte funn og konsulentens risikovurdering. Personvernombudet og hovedtillitsvalgt i YS var til stede; innspill fra kontrollørene og fra fylkeskommunens brukerråd for kollektivtrafikk er vurdert. Ledergruppen godkjenner DPIA-en. Fordi risikoen for passasjerer i sårbare situasjoner fortsatt er høy, ber VKT om forhåndsdrøftelse med Datatilsynet.»
        Godkjent av: Bjørn Are Halvorsen, administrerende direktør

    """)
        + "\n"
        + SIG_SIRI
    )
    msg = message(
        "L015",
        SIRI,
        "Anmodning om forhåndsdrøftelse – kroppskamera billettkontroll (26/00871)",
        when(11, 4, 12, 40),
        body,
        attachments=[
            ("DPIA_kroppskamera_v1.0.docx", to_docx(BODYCAM_DPIA)),
            (
                "Notat_Bergtorp_risikovurdering_kroppskamera.pdf",
                letter_pdf(
                    BODYCAM_MEMO,
                    ["Bergtorp Sikkerhet AS · Nygårdsgaten 5, 5015 Bergen · org.nr. 912 774 310"],
                    "Notat",
                ),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "body_cameras",
            "employees",
            "contact_body_lines",
            "processor_contact_in_body",
            "dpia_report_docx",
            "part4_consultant_memo",
            "risk_words_likelihood_consequence",
            "part5_decision_quoted_case_system",
        ),
        "none",
        True,
        "used",
        "complete; contacts in the body, description and necessity in the DPIA, the risk assessment only in the consultant's memo (with measures not implemented), the management group's decision quoted from Public 360 in the body",
    )


def c055() -> tuple[EmailMessage, Label]:
    earlier = txt("""
        Til Datatilsynet

        Anmodning om forhåndsdrøftelse – kroppskamera for billettkontrollører

        Vestvik Kollektivtrafikk AS ber om forhåndsdrøftelse etter personvernforordningen art. 36 for bruk av kroppskamera for billettkontrollørene. [...]
    """)
    body = (
        txt("""
        Hei,

        Vi viser til vår anmodning om forhåndsdrøftelse for kroppskamera for billettkontrollørene, sendt 4. november (vår sak 26/00871).

        Etter en alvorlig hendelse på bybussen 21. november, der en kontrollør ble truet med kniv, har tillitsvalgte og ledergruppen bedt oss vurdere å slå på lydopptak i kameraene. Som dere ser av konsulentnotatet vi sendte, var lyd vurdert og valgt bort i første omgang.

        Spørsmålene våre er:
        1. Hvis vi vil ta med lyd, må vi sende en ny anmodning om forhåndsdrøftelse, eller kan vi ettersende en oppdatert DPIA i den saken som allerede ligger hos dere?
        2. Vil en slik endring gjøre at fristen deres begynner å løpe på nytt?

        Vi har ikke startet noen ny vurdering ennå og vil gjerne vite hva som er riktig framgangsmåte først.

    """)
        + "\n"
        + SIG_SIRI
        + "\n"
        + quoted(earlier)
    )
    msg = message(
        "L055",
        SIRI,
        "Spørsmål om endring (lyd) – forhåndsdrøftelse kroppskamera 26/00871",
        when(11, 27, 13, 12),
        body,
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "body_cameras",
            "nonrequest_question",
            "refers_to_earlier_messages",
            "quoted_earlier_mail",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "question about changing the pending request L015 (adding audio): new request or supplement? new deadline? No assessment done; parts labelled as they are: contact person in the signature but no DPO, nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )


WIFI_DPIA = """
# Data Protection Impact Assessment – Passenger flow measurement with Wi-Fi and Bluetooth sensors

~ Vestvik Kollektivtrafikk AS · Public 360 case 26/01290 · Version 0.9 · 20 November 2026

## 1 Contacts

| Role | Name | Phone | E-mail
| Contact person | Priya Raman, Data & Analytics Lead | +47 463 90 217 | priya.raman@vkt.no
| Data Protection Officer | Anders Toft | +47 476 20 351 | anders.toft@vkt.no
| Processor | Flowsense Oy – Juha Virtanen, Customer Director | +358 50 412 8830 | juha.virtanen@flowsense.fi

## 2 Description of the processing

VKT wants to measure how passengers move between stops, terminals and routes, to plan the new route network for 2028. Sensors in 140 buses, 4 ferries and 6 terminals will detect Wi-Fi and Bluetooth signals from passengers' phones. Each device's MAC address is hashed with a salt on the sensor; the salt changes every 24 hours, so that a device can be followed within one day but not across days. Hashed IDs, time and location (stop or vessel) are sent to Flowsense Oy (processor, hosting in Finland). Flowsense produces origin–destination matrices, which VKT receives as aggregated statistics only. Raw hashed data are deleted after 7 days. An estimated 45 000 unique devices per day are detected, including people who are not passengers (pedestrians near stops, people living next to terminals).

## 3 Necessity and proportionality

Ticket data only show where a journey starts (check-in), not where passengers change or get off; manual counts are made twice a year and are too limited for network planning. Passenger surveys have low response. Sensor-based measurement is therefore necessary to get reliable flows. We limit the processing by hashing on the sensor, rotating the salt daily (no tracking across days), aggregating before VKT receives the data, short retention and range limitation of terminal sensors so that neighbouring homes are not covered. Passengers are informed by stickers in all vehicles and at stops, on vkt.no and in the app, with a simple explanation of how to avoid detection (turn off Wi-Fi/Bluetooth). An objection form is available, and access requests are answered by explaining that VKT cannot identify individual devices.

## 4 Risk assessment

The risk assessment is being finalised by our consultant (Nordic Risk Advisory) after the workshop on 17 November. It will follow as soon as it is ready, expected mid-December.

## 5 Management decision

The management group reviewed the DPIA on 24 November 2026 (Public 360 document 26/01290-8): the project presented the description and the preliminary findings of the risk workshop of 17 November, the DPO gave his comments, and input from the county's user council for public transport was presented. The management group approved the DPIA as it stands, on the condition that the consultant's risk assessment is added when ready. The CEO decided that VKT requests prior consultation now, so that the consultation can start while the risk assessment is completed. Present: CEO, director of market, director of operations, DPO; the employee representatives were informed.
"""


def c035() -> tuple[EmailMessage, Label]:
    body = txt("""
        Dear Datatilsynet,

        Vestvik Kollektivtrafikk AS (VKT) requests prior consultation under Article 36 GDPR for passenger flow measurement using Wi-Fi and Bluetooth sensors in buses, ferries and terminals. I am writing in English as I lead the project and the DPIA is written in English together with our Finnish supplier.

        The DPIA (version 0.9) is attached. Please note that section 4, the risk assessment, is not yet included: our consultant is finalising it after the workshop on 17 November, and we will send it to you as soon as it is ready, expected around 15 December. Our management group decided to submit the request now rather than wait (see section 5).

        Kind regards,

        Priya Raman
        Data & Analytics Lead
        Vestvik Kollektivtrafikk AS
        +47 463 90 217
    """)
    msg = message(
        "L035",
        "Priya Raman <priya.raman@vkt.no>",
        "Request for prior consultation – passenger flow sensors (Wi-Fi/Bluetooth)",
        when(11, 25, 16, 3),
        body,
        attachments=[("DPIA_passenger_flow_sensors_v0.9.docx", to_docx(WIFI_DPIA))],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "public_transport",
            "location_tracking",
            "device_tracking",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "part4_will_follow",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "part 4 missing: the DPIA's section 4 says the consultant's risk assessment «will follow», and the mail repeats it; nothing else in the message assesses risk; part 5 labelled present: section 5 documents the management group's review (presentation, DPO, user council), its approval «as it stands» on condition that the risk assessment is added, and the CEO's decision to submit now (Public 360 reference) – a documented validation exists, what is missing is the risk assessment",
        (4,),
    )


VIDEO_LETTER = """
~ Datatilsynet
~ Postboks 458 Sentrum
~ 0105 Oslo

~ Vestvik, 30. november 2026 · Vår ref. 26/01544-5

# Anmodning om forhåndsdrøftelse – videoanalyse i busser

Vestvik Kollektivtrafikk AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for bruk av videoanalyse i de eksisterende kameraene i bussene våre. Analysen skal telle passasjerer og oppdage uønskede hendelser (slåsskamp, person som faller, gjenglemte gjenstander) og varsle sjåfør og trafikksentral.

Hvorfor vi mener dette er nødvendig og forholdsmessig: Bussene har hatt kameraovervåking med opptak siden 2019, men opptakene ses bare i ettertid etter en anmeldelse. Sjåførene har gitt tydelig beskjed om at de ønsker raskere hjelp ved vold, og at de ikke kan følge med på skjermen mens de kjører. Vi har vurdert flere vektere på kveldsavganger (gjennomført på fem linjer, men ikke mulig på alle 140 bussene) og sanntidsovervåking av alle busser fra trafikksentralen (langt mer inngripende, fordi mennesker da ser på passasjerene hele tiden). Automatisk analyse som bare varsler ved bestemte hendelser, er etter vår vurdering det minst inngripende alternativet. Analysen kjører i bussen, bare hendelsesklipp på 20 sekunder sendes til trafikksentralen, og det gjøres ingen ansiktsgjenkjenning eller identifisering. Passasjertellingen lagrer bare tall. Passasjerene informeres med skilt ved alle dører, i appen og på vkt.no, og kan be om innsyn i klipp som viser dem. Klipp slettes etter 7 dager hvis de ikke inngår i en sak.

DPIA-en med beskrivelse og kontaktinformasjon er vedlagt, sammen med personvernombudets uttalelse, som også inneholder risikovurderingen.

Jeg har behandlet DPIA-en i ledergruppen 25. november, der vi gikk gjennom funnene, personvernombudets uttalelse og innspillene fra sjåførenes tillitsvalgte og fra fylkeskommunens brukerråd. Jeg godkjenner vurderingen og har besluttet at VKT ber om forhåndsdrøftelse før analysen tas i bruk.

Med vennlig hilsen

~ Bjørn Are Halvorsen
~ administrerende direktør
"""

VIDEO_DPIA = """
# DPIA – Videoanalyse i busser

~ Vestvik Kollektivtrafikk AS · Public 360 sak 26/01544 · Versjon 1.0 · 20.11.2026

## Kontaktinformasjon

| Rolle | Navn | Telefon | E-post
| Kontaktperson | Siri Mykland, rådgiver sikkerhet og beredskap | 907 11 385 | siri.mykland@vkt.no
| Personvernombud | Anders Toft | 55 33 90 14 | anders.toft@vkt.no
| Databehandler | Visiontrafikk AS v/ Hanne Løvås, prosjektleder | 412 77 310 | hanne.lovas@visiontrafikk.no

## Beskrivelse av behandlingen

Alle 140 busser har 4–6 kameraer som tar opp kontinuerlig til en lokal opptaker (slettes etter 7 dager, uendret). Visiontrafikk AS installerer analyseprogramvare i opptakeren. Programvaren teller personer som går av og på, og gjenkjenner bevegelsesmønstre som kan tyde på slåsskamp, fall eller at en gjenstand blir liggende. Ved hendelse varsles sjåføren med en lyd og trafikksentralen med et 20 sekunders klipp. Trafikksentralen (3 operatører på vakt) vurderer om politi eller ambulanse skal tilkalles.

Registrerte: passasjerer (om lag 9 millioner reiser per år), sjåfører. Opplysninger: video (uten lyd), hendelsesklipp, tellinger. Mottakere: trafikksentralen; politiet ved anmeldelse. Visiontrafikk AS er databehandler for programvaren og fjernvedlikehold (ingen tilgang til video uten skriftlig forespørsel fra VKT).

Informasjonssikkerhet: lokale opptakere med kryptering, klipp over kryptert mobilnett, tofaktor i trafikksentralen, logg over alle visninger.
"""

VIDEO_DPO = """
~ Vestvik Kollektivtrafikk AS · Personvernombudet
~ Til: Administrerende direktør
~ Dato: 22.11.2026 · Sak 26/01544-3

# Personvernombudets uttalelse – videoanalyse i busser

## Risikovurdering

Risikovurderingen ble gjort i arbeidsmøte 14. november med prosjektet, trafikksentralen, to sjåfører, tillitsvalgt og Visiontrafikk. Jeg har skrevet den inn her. S = sannsynlighet, K = konsekvens, 1–4.

| Nr | Risiko for passasjerer og sjåfører | S | K | Tiltak som er gjennomført | Restrisiko
| 1 | Feilaktige varsler fører til at passasjerer (f.eks. ungdom som tuller, personer med ufrivillige bevegelser) blir oppsøkt av politi eller vektere | 3 | 3 | Trafikksentralen vurderer alle klipp før noe gjøres, opplæring | Middels
| 2 | Analysen gjør overvåkingen mer inngripende enn i dag (video blir sett mens hendelsen pågår, ikke bare i ettertid) | 4 | 3 | Bare 20 s klipp ved hendelse, ingen sanntidsstrøm | Høy
| 3 | Funksjonsutglidning: senere ønske om ansiktsgjenkjenning eller sporing av bortviste personer | 2 | 4 | Skriftlig forbud i avtale, krav om ny DPIA | Middels
| 4 | Analysen brukes til å overvåke sjåførenes kjøring eller pauser | 2 | 3 | Sjåførområdet er maskert, avtale med tillitsvalgte | Lav
| 5 | Uvedkommende tilgang til klipp | 1 | 3 | Logg, tofaktor | Lav

Tiltak vurdert, ikke gjennomført: analyse bare på kveld og natt (forkastet – mange hendelser på skolebusser om ettermiddagen); varsel bare til sjåfør, ikke trafikksentral (forkastet av sjåførene selv).

## Mine råd

Risiko 2 er høy. Jeg anbefaler forhåndsdrøftelse, og at det lages en årlig rapport om antall varsler og falske varsler.

~ Anders Toft
~ personvernombud · 476 20 351
"""


def c016() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hei,

        På vegne av administrerende direktør oversender jeg anmodning om forhåndsdrøftelse for videoanalyse i bussene, med følgebrev, DPIA og personvernombudets uttalelse.

    """)
        + "\n"
        + SIG_SIRI
    )
    msg = message(
        "L016",
        SIRI,
        "Anmodning om forhåndsdrøftelse – videoanalyse i busser (26/01544)",
        when(11, 30, 14, 2),
        body,
        attachments=[
            ("Folgebrev_adm_dir_26-01544-5.pdf", letter_pdf(VIDEO_LETTER, FOOTER, "Følgebrev")),
            ("DPIA_videoanalyse_busser_v1.0.docx", to_docx(VIDEO_DPIA)),
            (
                "Personvernombudets_uttalelse_26-01544-3.pdf",
                letter_pdf(VIDEO_DPO, FOOTER, "Uttalelse"),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "video_analytics",
            "cover_letter_pdf",
            "part3_in_cover_letter",
            "part4_in_dpo_statement",
            "part5_ceo_sentence_cover_letter",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_likelihood_consequence",
        ),
        "none",
        True,
        "used",
        "complete with no part where a template would put it: the DPIA holds only contacts and the description; necessity/proportionality and the passengers' safeguards are argued in the CEO's covering letter, the risk assessment is inside the DPO's statement, and the approval is the CEO's own sentence in the letter he signed",
    )


FATIGUE_DPIA = """
# DPIA – Driver fatigue and distraction monitoring (in-cab camera)

~ Vestvik Kollektivtrafikk AS · Public 360 case 26/01702 · Version 1.0 · 2 December 2026

## 1 Contacts

| Role | Name | Phone | E-mail
| Contact person | Thomas Grieg, Fleet Technology Manager | +47 951 08 774 | thomas.grieg@vkt.no
| Data Protection Officer | Anders Toft | +47 476 20 351 | anders.toft@vkt.no
| Processor | Vigilo Systems AB – Erik Sandberg, Key Account Manager | +46 31 780 22 15 | erik.sandberg@vigilo.se

## 2 Description

VKT will install a driver-monitoring camera (infrared, facing the driver) in 60 buses on long regional routes. Software from Vigilo Systems AB analyses eye closure, head position and phone use in real time. When signs of microsleep or distraction are detected, the seat vibrates and a sound alerts the driver. Events (a 10-second clip, time, GPS position, bus, driver ID) are sent to Vigilo's platform (EU hosting, processor). The fleet safety team (2 people) reviews events weekly. About 180 drivers are affected. Events are kept 60 days; aggregated statistics per route are kept longer.

## 3 Necessity and proportionality

Fatigue is a contributing factor in serious bus accidents; our regional routes include long night runs. Existing measures (rest time rules, shift planning, fatigue training) are in place but cannot detect acute fatigue. We considered a steering-pattern system without camera, which is less intrusive but detects fatigue later and not distraction. The camera is therefore necessary for the purpose, but we limit it: only event clips leave the bus, no continuous recording, no audio, clips are not used for disciplinary action except for deliberate phone use after two warnings (agreed with the unions), drivers see their own events in the app and can comment. Drivers are informed in writing and at driver meetings, and can request access to all clips about themselves.

## 4 Risk assessment

| ID | Risk to drivers | L | I | Measures | Residual
| R1 | Drivers feel constantly watched, stress increases | 4 | 3 | No continuous recording, own access, union agreement | High
| R2 | Clips used in disciplinary cases beyond the agreement | 2 | 4 | Agreement, access only for safety team, logging | Medium
| R3 | Biometric-like data (face, eye movements) processed; misuse for identification | 2 | 4 | No face templates stored, processor contract | Medium
| R4 | False alarms (sunglasses, medical conditions) lead to unfair suspicion | 3 | 3 | Manual review, driver comment | Medium
| R5 | Health information inferred (sleep disorders) | 2 | 4 | No health conclusions drawn, referral to occupational health only on driver's request | Medium

Not implemented: alerts only to the driver with no clips sent (rejected – safety team could not follow up recurring fatigue on certain shifts); installing in all 140 buses (rejected – city routes have short shifts).

## 5 Approval

The management group has considered the DPIA.
"""


def c036() -> tuple[EmailMessage, Label]:
    body = txt("""
        Dear Sir/Madam,

        Please find attached VKT's DPIA for driver fatigue and distraction monitoring. We request prior consultation under Article 36 GDPR, as residual risk R1 (drivers feeling constantly watched) remains high after measures.

        The DPIA is in English because our supplier Vigilo Systems AB in Gothenburg has contributed to it.

        The management group's decision on the DPIA is recorded in our case-handling system (Public 360, case 26/01702). We can provide an extract on request.

        Best regards,

        Thomas Grieg
        Fleet Technology Manager
        Vestvik Kollektivtrafikk AS
    """)
    msg = message(
        "L036",
        "Thomas Grieg <thomas.grieg@vkt.no>",
        "Prior consultation – driver fatigue monitoring (VKT case 26/01702)",
        when(12, 4, 11, 50),
        body,
        attachments=[
            ("VKT_DPIA_driver_monitoring_v1.0.pdf", to_pdf(FATIGUE_DPIA, "DPIA driver monitoring"))
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "public_transport",
            "employees",
            "in_cab_camera",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_in_passing",
            "part5_extract_on_request",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the DPIA's approval section says only «The management group has considered the DPIA», and the mail says the decision is in Public 360 and an extract can be provided «on request» – no documentation of the review or decision in this message",
        (5,),
    )


TICKET_DPIA = """
# DPIA – Be-in/be-out-billettering i VKT-appen («Bare gå på»)

~ Vestvik Kollektivtrafikk AS · Public 360 sak 26/01611 · Versjon 1.1 · 27.11.2026

## 1 Kontaktinformasjon

Kontaktperson og personvernombud: se vedlagte kontaktkort (vCard) i e-posten.
Databehandler: Reisepuls AS v/ Bente Os, produktansvarlig, tlf. 22 80 55 41, bente.os@reisepuls.no

## 2 Beskrivelse av behandlingen

Passasjerer som slår på «Bare gå på» trenger ikke kjøpe billett. Appen registrerer via Bluetooth-fyr i kjøretøyet når passasjeren er om bord, og GPS-posisjon brukes for å fastslå påstigning og avstigning. Prisen regnes ut i etterkant, med pristak per dag og måned. Registrerte: appbrukere som aktiverer funksjonen (forventet 40 000). Opplysninger: konto-ID, betalingskort (token), reiser (tid, fra–til, kjøretøy), posisjonsdata under reisen, og i bakgrunnen: posisjon hvert 2. minutt når appen leter etter fyr i nærheten av holdeplasser. Reisepuls AS drifter plattformen som databehandler (Norge). Reisehistorikk lagres 13 måneder (klage og regnskap), rå posisjonsdata 7 dager.

## 3 Nødvendighet og forholdsmessighet

Funksjonen er frivillig; vanlige billetter kan fortsatt kjøpes anonymt med kort eller kontanter. Be-in/be-out krever at vi vet når passasjeren er om bord, og bakgrunnsposisjon er nødvendig for å vekke Bluetooth-søket i nærheten av holdeplasser. Vi har begrenset dette til et område på 150 meter rundt holdeplasser og kjøretøy (geofence), slik at posisjon ellers ikke registreres, og rå posisjonsdata slettes etter 7 dager. Passasjeren ser alle reiser i appen, kan korrigere og klage, og kan slette kontoen og historikken (unntatt det bokføringsloven krever). Informasjon gis før aktivering, med en egen forklaring av bakgrunnsposisjon.

## 4 Risikovurdering

| Risiko | S | K | Tiltak | Rest
| Detaljert bevegelseshistorikk avslører bosted, arbeidssted, besøk hos lege, krisesenter, trossamfunn | 3 | 4 | Geofence, 7 dager rådata, bare holdeplassnivå i historikk | Høy
| Politiet eller andre krever utlevering av reisehistorikk | 2 | 4 | Bare ved rettslig pålegg, rutine | Middels
| Passasjeren blir belastet feil pris (feil påstigning) | 3 | 2 | Korrigering i appen, automatisk kontroll | Lav
| Barn (fra 12 år) bruker funksjonen uten at foreldre forstår sporingen | 3 | 3 | Foreldresamtykke under 15, barnevennlig informasjon | Middels

Vurdert, ikke gjennomført: kun Bluetooth uten GPS (for upålitelig på båtene og ved terminaler); anonym forhåndsbetalt konto (betalingsløsningen krever kort).

## 5 Godkjenning

Se vedtaket fra styret (eget vedlegg).
"""

TICKET_DECISION = """
~ Vestvik Kollektivtrafikk AS – Styret
~ Til: Administrerende direktør
~ Dato: 02.12.2026 · Public 360 sak 26/01611-9

# Melding om vedtak – DPIA for be-in/be-out-billettering

Styret behandlet saken i møte 1. desember 2026 (styresak 41/26).

Administrasjonen presenterte vurderingen av personvernkonsekvenser versjon 1.1, med funn og restrisiko. Personvernombudets vurdering og innspill fra fylkeskommunens brukerråd for kollektivtrafikk, Ungdommens fylkesting og de ansattes representanter ble lagt fram. Styret la vekt på at vanlige billetter fortsatt skal kunne kjøpes anonymt.

Vedtak:
1. Styret godkjenner vurderingen av personvernkonsekvenser for «Bare gå på».
2. VKT ber Datatilsynet om forhåndsdrøftelse før funksjonen lanseres, på grunn av høy restrisiko knyttet til bevegelseshistorikk.
3. Administrasjonen rapporterer til styret om bruk og klager etter seks måneders drift.

~ Inger Marie Aasen
~ styreleder
"""


def c056() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hei,

        VKT ber om forhåndsdrøftelse for be-in/be-out-billettering i appen («Bare gå på»). Vedlagt er DPIA versjon 1.1 og melding om styrets vedtak. Kontaktkort for meg og for personvernombudet ligger også ved.

        Mvh Siri
    """)
    msg = message(
        "L056",
        SIRI,
        "Anmodning om forhåndsdrøftelse – Bare gå på (26/01611)",
        when(12, 3, 15, 27),
        body,
        attachments=[
            ("DPIA_Bare_ga_pa_v1.1.pdf", to_pdf(TICKET_DPIA, "DPIA Bare gå på")),
            (
                "Melding_om_vedtak_styret_26-01611-9.pdf",
                letter_pdf(TICKET_DECISION, FOOTER, "Melding om vedtak"),
            ),
            (
                "Siri_Mykland.vcf",
                vcard(
                    "Siri Mykland",
                    "Vestvik Kollektivtrafikk AS",
                    "Rådgiver sikkerhet og beredskap",
                    "+47 907 11 385",
                    "siri.mykland@vkt.no",
                ),
            ),
            (
                "Anders_Toft_personvernombud.vcf",
                vcard(
                    "Anders Toft",
                    "Vestvik Kollektivtrafikk AS",
                    "Personvernombud",
                    "+47 476 20 351",
                    "anders.toft@vkt.no",
                ),
            ),
        ],
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "public_transport",
            "location_tracking",
            "children",
            "contact_vcard",
            "signature_first_name_only",
            "processor_contact_in_dpia_text",
            "dpia_report_pdf",
            "risk_likelihood_consequence",
            "part5_decision_letter_pdf",
        ),
        "none",
        True,
        "used",
        "complete; contact person and DPO only in two vCards (the DPIA's contact chapter points to them, the mail is signed «Siri»), the processor's contact in the DPIA; board decision as a «melding om vedtak» PDF",
    )
