# ruff: noqa: E501
"""Sender E: Vernegard Forsikring ASA (insurer, Norwegian arm of a Nordic group), bokmål and once English.

Habits: HTML mail from Outlook with a long disclaimer; the DPIA as a Word document made almost
only of two-column tables (Tema | Vurdering) per part A–E, with the risk register as a separate
workbook (scores 1–4); approval as a decision letter from the CEO, an extract of board minutes,
or the product and risk committee («PRK»). The group privacy office writes once in English.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_html, to_pdf, to_xlsx, when

TOPICS = {
    "c009": "telematikkbasert bilforsikring for unge førere",
    "c029": "automatisert svindelscoring av skademeldinger",
    "c049": "voice biometrics for caller authentication",
    "c010": "rabatt på livsforsikring mot aktivitetsdata fra treningsklokke",
    "c030": "undersøkelser i åpne kilder og sosiale medier i skadeoppgjør",
    "c050": "bruddmelding: feilsendte brev (ikke anmodning)",
}

FROM_CAMILLA = "Berntsen, Camilla Rød <camilla.berntsen@vernegard.no>"
DISCLAIMER = "Denne e-posten kan inneholde konfidensiell informasjon. Dersom du ikke er rett mottaker, vennligst slett e-posten og gi beskjed til avsender. Vernegard Forsikring ASA, org.nr. 981 224 350, Karenslyst allé 12, 0278 Oslo."
SIG_MARKUP = """
Med vennlig hilsen

~ Camilla Rød Berntsen
~ Seniorrådgiver personvern og compliance
~ Vernegard Forsikring ASA
~ Direkte: 23 11 46 20 | Mobil: 922 70 416
~ camilla.berntsen@vernegard.no
"""
DPO_ROW = (
    "Personvernombud",
    "Eirik Solbakken, personvernombud Vernegard Forsikring ASA, tlf. 23 11 45 87, eirik.solbakken@vernegard.no",
)
CONTACT_ROW = (
    "Kontaktperson",
    "Camilla Rød Berntsen, seniorrådgiver personvern og compliance, tlf. 23 11 46 20, camilla.berntsen@vernegard.no",
)


def qa(title: str, rows: list[tuple[str, str]]) -> str:
    return f"# {title}\n\n| Tema | Vurdering |\n" + "\n".join(f"| {k} | {v} |" for k, v in rows)


def register(rows: list[list[str]]) -> bytes:
    header = [
        "ID",
        "Risiko for den registrerte",
        "Sannsynlighet (1-4)",
        "Konsekvens (1-4)",
        "Score",
        "Tiltak gjennomført",
        "Tiltak vurdert, ikke gjennomført",
        "Begrunnelse",
        "Restrisiko",
    ]
    return to_xlsx(
        {
            "Risikoregister": [header, *rows],
            "Skala": [
                ["Verdi", "Sannsynlighet", "Konsekvens"],
                ["1", "Usannsynlig", "Ubetydelig"],
                ["2", "Mulig", "Moderat"],
                ["3", "Sannsynlig", "Alvorlig"],
                ["4", "Svært sannsynlig", "Svært alvorlig"],
                ["Score 9 eller mer = høy risiko", "", ""],
            ],
        }
    )


# --- E9: telematikk -------------------------------------------------------------------------

TELEMATIKK = "\n\n".join(
    [
        "# DPIA – Ung Fører Smart (telematikkbasert bilforsikring)\n\nVernegard Forsikring ASA. Dokumentversjon 1.0, 16.10.2026. Mal: Vernegard Group DPIA (NO) v3.",
        qa(
            "Del A Kontaktinformasjon og ansvar",
            [
                ("Behandlingsansvarlig", "Vernegard Forsikring ASA, org.nr. 981 224 350"),
                CONTACT_ROW,
                DPO_ROW,
                (
                    "Databehandler",
                    "DriveSense Analytics Ltd (London, UK), kontakt Oliver Grant, Account Director, tlf. +44 20 3966 1180, oliver.grant@drivesense.co.uk",
                ),
                ("Forretningseier", "Direktør privatmarked Thomas Aasen"),
            ],
        ),
        qa(
            "Del B Systematisk beskrivelse",
            [
                (
                    "Formål",
                    "Tilby førere 18–25 år en bilforsikring der premien settes ned (inntil 30 %) basert på faktisk kjøreatferd, og gi tilbakemelding som kan bidra til tryggere kjøring.",
                ),
                (
                    "Behandlingens art",
                    "Kunden installerer appen Ung Fører Smart. Appen registrerer under kjøring: GPS-posisjon hvert sekund, fart, akselerasjon og oppbremsing, telefonbruk under kjøring, tidspunkt (nattkjøring). Data analyseres av DriveSense til en kjørescore 0–100 per tur og per måned. Månedlig score gir rabatt ved neste forfall. Score under 40 gir ingen rabatt, men aldri høyere premie enn vanlig forsikring.",
                ),
                (
                    "Omfang",
                    "Forventet 8 000–12 000 kunder i år 1. Ca. 2 millioner turer per år. Posisjonsdata viser bosted, arbeidssted, skole, besøk, overnattinger.",
                ),
                (
                    "Sammenheng",
                    "Kundene er unge, mange er nye bilførere. Bilen eies ofte av foreldre, som er forsikringstaker. Passasjerer og andre som låner bilen kan bli registrert dersom appen er på feil telefon.",
                ),
                ("Kilder", "Kundens telefon (appen), kundens forsikringsavtale."),
                (
                    "Mottakere",
                    "DriveSense (databehandler), Vernegard prising og kundeservice. Skadeoppgjør får ikke tilgang til turdata, med unntak av data fra det aktuelle skadetidspunktet dersom kunden selv samtykker.",
                ),
                (
                    "Lagring",
                    "Rå GPS-data slettes etter 30 dager. Turscore og aggregerte verdier lagres i avtalens løpetid + 3 år.",
                ),
                (
                    "Informasjonssikkerhet",
                    "Kryptering i transport og lagring, pseudonym ID hos DriveSense (ikke navn eller fødselsnummer), tilgangskontroll og logg. Overføring til UK på grunnlag av EU-kommisjonens adekvansbeslutning; lagring i DriveSense sitt datasenter i Irland.",
                ),
                (
                    "Ansvarsforhold",
                    "Databehandleravtale med DriveSense av 22.09.2026. Underdatabehandler: Emerald Hosting Ltd (Dublin).",
                ),
            ],
        ),
        qa(
            "Del C Nødvendighet og forholdsmessighet",
            [
                (
                    "Rettslig grunnlag",
                    "Art. 6 nr. 1 bokstav b (avtale) for prising basert på score. Produktet er frivillig; kunden kan velge vanlig forsikring til ordinær pris.",
                ),
                (
                    "Nødvendighet",
                    "Premien til unge førere er høy fordi gruppen samlet har høy skadefrekvens. Telematikk gjør det mulig å gi lavere pris til dem som kjører trygt. Vi har vurdert enkel kilometerbasert prising (mindre inngripende, men gir ikke insentiv til trygg kjøring) og en OBD-brikke i bilen (registrerer også andre førere av bilen, derfor valgt bort).",
                ),
                (
                    "Dataminimering",
                    "Posisjon brukes bare til å beregne fartsgrense og veitype; rå posisjon slettes etter 30 dager. Ingen lyd, ingen kontakter, ingen bevegelsesdata utenfor kjøring (appen starter bare når telefonen kobles til bilens Bluetooth).",
                ),
                (
                    "Rettigheter og garantier",
                    "Tydelig informasjon i kjøpsløpet og i appen; kunden ser alle turer og kan slette en tur innen 24 timer (f.eks. når kunden var passasjer); kunden kan når som helst gå over til vanlig forsikring; innsyn og dataportabilitet via Min side; ingen automatisk prisøkning; kunden kan be om manuell vurdering av månedsscore.",
                ),
            ],
        ),
        qa(
            "Del D Risikovurdering (sammendrag – se risikoregister i Excel)",
            [
                (
                    "Metode",
                    "Risikoworkshop 29.09.2026 med produkt, aktuar, IT-sikkerhet, personvernombud og to representanter fra kundepanelet (18 og 22 år). Skala 1–4.",
                ),
                (
                    "Høyeste risikoer",
                    "R1 kartlegging av bevegelsesmønster (score 12), R3 foreldre får innsyn i den unges kjøring og bevegelser via forsikringstakers Min side (score 9), R5 feilaktig score på grunn av feil i appen (score 8).",
                ),
                ("Restrisiko", "R1 og R3 er fortsatt høye etter tiltak."),
            ],
        ),
        qa(
            "Del E Medvirkning og godkjenning",
            [
                (
                    "Interessenter",
                    "Kundepanel (6 unge kunder), Trygg Trafikk (innspill på tilbakemeldingsfunksjonen), ansattes tillitsvalgte (kundeservice), personvernombud.",
                ),
                ("Godkjenning", "Se beslutning fra administrerende direktør 28.10.2026."),
            ],
        ),
    ]
)

TELEMATIKK_RISK = [
    [
        "R1",
        "Kundens bevegelsesmønster kartlegges (bosted, overnattinger, besøk)",
        "3",
        "4",
        "12",
        "Rå posisjon slettes etter 30 dager, pseudonym ID",
        "Lagre bare veitype og fartsgrense, ikke posisjon",
        "DriveSense trenger posisjon for å beregne fartsgrense; løsning på telefonen utvikles til 2028",
        "Høy",
    ],
    [
        "R2",
        "Passasjer eller annen fører blir registrert",
        "3",
        "2",
        "6",
        "Kunden kan slette turen innen 24 timer",
        "Automatisk gjenkjenning av passasjer",
        "Ikke pålitelig teknologi",
        "Middels",
    ],
    [
        "R3",
        "Forsikringstaker (ofte foreldre) får innsyn i den unges kjøring",
        "3",
        "3",
        "9",
        "Forsikringstaker ser bare månedsscore og rabatt",
        "Skjule score helt for forsikringstaker",
        "Forsikringstaker må kunne forstå premien",
        "Høy",
    ],
    [
        "R4",
        "Data brukes i skadeoppgjør mot kunden",
        "2",
        "4",
        "8",
        "Skadeoppgjør har ikke tilgang uten kundens samtykke",
        "Teknisk skille i egen database",
        "Gjennomført",
        "Lav",
    ],
    [
        "R5",
        "Feil score pga. feil i appen eller GPS",
        "2",
        "4",
        "8",
        "Manuell vurdering på forespørsel, ingen prisøkning",
        "Ekstern validering av algoritmen",
        "Planlagt i 2027",
        "Middels",
    ],
    [
        "R6",
        "Presset til å dele data for å få råd til forsikring",
        "3",
        "2",
        "6",
        "Vanlig forsikring tilbys alltid",
        "",
        "",
        "Middels",
    ],
]

TELEMATIKK_BESLUTNING = """
# Vernegard Forsikring ASA

Beslutning nr. 2026-41. Dato: 28. oktober 2026.

Fra: Administrerende direktør. Til: Direktør privatmarked, personvernombud, compliance.

# Godkjenning av DPIA – Ung Fører Smart

Jeg har i ledermøtet 27. oktober fått presentert vurderingen av personvernkonsekvenser for Ung Fører Smart (versjon 1.0 av 16.10.2026) og risikoregisteret. Presentasjonen ble gitt av direktør privatmarked og seniorrådgiver Camilla Rød Berntsen. Personvernombudet Eirik Solbakken la fram sin uttalelse, som anbefaler forhåndsdrøftelse fordi risikoene R1 og R3 fortsatt er høye. Innspill fra kundepanelet og Trygg Trafikk er tatt med i vurderingen.

~ Beslutning:
~ 1. DPIA for Ung Fører Smart godkjennes.
~ 2. Vernegard Forsikring ASA anmoder Datatilsynet om forhåndsdrøftelse.
~ 3. Produktet lanseres ikke før forhåndsdrøftelsen er avsluttet.
~ 4. Compliance følger opp tiltakene i risikoregisteret og rapporterer til ledelsen kvartalsvis.

~ Kristin Haga Wold
~ Administrerende direktør
"""


def html_mail(markup: str) -> str:
    return to_html(markup + "\n\n" + SIG_MARKUP + "\n\n" + DISCLAIMER)


def c009() -> tuple[EmailMessage, Label]:
    html = html_mail(
        """
Til Datatilsynet

Anmodning om forhåndsdrøftelse – Ung Fører Smart

Vernegard Forsikring ASA anmoder om forhåndsdrøftelse etter personvernforordningen artikkel 36 for et nytt forsikringsprodukt for unge førere, der premien settes basert på kjøreatferd registrert i en app.

Vedlagt følger:

- DPIA (Word), del A–E
- Risikoregister (Excel)
- Beslutning fra administrerende direktør om godkjenning av DPIA

Kontaktinformasjon for kontaktperson, personvernombud og databehandler finnes i del A.
"""
    )
    msg = message(
        "c009",
        FROM_CAMILLA,
        "Anmodning om forhåndsdrøftelse - Ung Fører Smart",
        when(11, 3, 8, 32),
        html=html,
        attachments=[
            ("DPIA Ung Fører Smart v1.0.docx", to_docx(TELEMATIKK)),
            ("Risikoregister Ung Fører Smart.xlsx", register(TELEMATIKK_RISK)),
            (
                "Beslutning 2026-41 godkjenning DPIA.pdf",
                to_pdf(TELEMATIKK_BESLUTNING, "Beslutning 2026-41"),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "html_only_body",
            "dpia_tables_docx",
            "headings_lettered",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_register_xlsx",
            "part5_decision_letter_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; HTML mail, DPIA as tables in Word, risk register in Excel, CEO's decision letter",
    )


# --- E29: svindelscoring, only informed to the committee ---------------------------------------

SVINDEL = "\n\n".join(
    [
        "# DPIA – Automatisert svindelscoring av skademeldinger\n\nVernegard Forsikring ASA. Versjon 1.0, 30.10.2026.",
        qa(
            "Del A Kontaktinformasjon og ansvar",
            [
                ("Behandlingsansvarlig", "Vernegard Forsikring ASA"),
                CONTACT_ROW,
                DPO_ROW,
                (
                    "Databehandler",
                    "Claimguard Nordic AB (Stockholm), kontakt Sara Holm, Head of Delivery, +46 8 555 120 40, sara.holm@claimguard.se",
                ),
            ],
        ),
        qa(
            "Del B Systematisk beskrivelse",
            [
                (
                    "Formål",
                    "Oppdage mulig forsikringssvindel tidlig i skadeoppgjøret og samtidig utbetale raskere til kunder med lav risiko.",
                ),
                (
                    "Behandlingens art",
                    "Alle nye skademeldinger (motor, innbo, reise) scores automatisk av en maskinlæringsmodell fra Claimguard. Modellen bruker 120 variabler: skadetype, beløp, tidspunkt, tid siden avtaleinngåelse, tidligere skader, endringer i avtalen, adresse, bankkonto, om samme telefon eller bankkonto er brukt i andre skader, og treff i bransjens skaderegister (FOSS). Scoren avgjør om saken går til hurtigutbetaling (lav), vanlig behandling (middels) eller til svindelenheten (høy). Ingen avslag skjer automatisk.",
                ),
                (
                    "Omfang",
                    "Ca. 140 000 skademeldinger per år. Berører kunder, men også tredjeparter (skadelidte, vitner) som står i skademeldingen.",
                ),
                (
                    "Mottakere",
                    "Skadebehandlere, svindelenheten. Claimguard (databehandler). Ikke delt med andre selskaper.",
                ),
                (
                    "Lagring",
                    "Score lagres i skadesaken (10 år etter avsluttet sak pga. foreldelse). Treningsdata pseudonymiseres.",
                ),
                (
                    "Sikkerhet",
                    "Modellen kjører i Claimguard sin plattform i Sverige. Pseudonymisert overføring, kryptering, tilgang etter rolle, logg.",
                ),
            ],
        ),
        qa(
            "Del C Nødvendighet og forholdsmessighet",
            [
                (
                    "Rettslig grunnlag",
                    "Art. 6 nr. 1 bokstav c og f (forsikringsavtaleloven § 8-1 og selskapets plikt til å avdekke svindel; berettiget interesse i å forhindre svindel som øker premien for alle kunder). Helseopplysninger i reiseskader behandles etter art. 9 nr. 2 bokstav f. Interesseavveining gjennomført 12.10.2026.",
                ),
                (
                    "Nødvendighet",
                    "I dag plukkes saker ut av skadebehandlere etter sjekklister; treffprosenten er lav (8 %) og mange ærlige kunder får unødvendige spørsmål. Modellen ble testet på 2025-data: treffprosenten økte til 31 %, og færre kunder ble kontaktet unødig.",
                ),
                (
                    "Garantier",
                    "Ingen automatiske avslag; svindelenheten gjør alltid manuell vurdering; kunden informeres i vilkår og personvernerklæring om at svindelscoring brukes; kunden kan kreve innsyn i om saken er vurdert av svindelenheten og hvorfor, med de begrensninger forsikringsavtaleloven § 8-1 gir; modellen testes kvartalsvis for skjevhet mot postnummer og språk.",
                ),
            ],
        ),
        qa(
            "Del D Risikovurdering",
            [
                ("Metode", "Workshop 08.10.2026. Se risikoregister (Excel). Skala 1–4."),
                (
                    "Høyeste risikoer",
                    "R1 skjevhet mot kunder i bestemte bydeler eller med utenlandske navn (score 12), R2 kunder får forsinket utbetaling og blir mistenkeliggjort uten grunn (score 9).",
                ),
                ("Restrisiko", "R1 høy etter tiltak."),
            ],
        ),
        qa(
            "Del E Medvirkning og godkjenning",
            [
                (
                    "Interessenter",
                    "Skadeorganisasjonen, tillitsvalgte (Finansforbundet), personvernombud, Finans Norge (bransjeerfaring).",
                ),
                (
                    "Godkjenning",
                    "DPIA-en ble lagt fram for Produkt- og risikokomiteen (PRK) 3. november 2026 til orientering. Den skal behandles av styret 28. januar 2027.",
                ),
            ],
        ),
    ]
)

SVINDEL_RISK = [
    [
        "R1",
        "Skjevhet: kunder i enkelte postnumre eller med utenlandske navn får høyere score",
        "3",
        "4",
        "12",
        "Postnummer aggregert til fylke, navn ikke brukt, kvartalsvis skjevhetstest",
        "Fjerne adresse helt",
        "Adresse er sentral i organisert svindel (samme adresse i mange saker)",
        "Høy",
    ],
    [
        "R2",
        "Ærlige kunder får forsinket utbetaling og mistenkeliggjøres",
        "3",
        "3",
        "9",
        "Frist på 10 dager for svindelenheten, ellers ordinær behandling",
        "",
        "",
        "Middels",
    ],
    [
        "R3",
        "Tredjeparter i skademeldingen scores indirekte",
        "2",
        "3",
        "6",
        "Tredjeparter inngår ikke i variablene",
        "",
        "",
        "Lav",
    ],
    [
        "R4",
        "Kunden får ikke vite hvorfor saken er tatt ut",
        "3",
        "2",
        "6",
        "Innsyn med begrensninger etter FAL § 8-1",
        "Full forklaring til kunden",
        "Vil avsløre metoder til svindlere",
        "Middels",
    ],
    [
        "R5",
        "Uautorisert tilgang hos Claimguard",
        "1",
        "4",
        "4",
        "ISO 27001, logg, revisjon",
        "",
        "",
        "Lav",
    ],
]


def c029() -> tuple[EmailMessage, Label]:
    html = html_mail(
        """
Hei,

Vernegard Forsikring ASA ber om forhåndsdrøftelse for automatisert svindelscoring av skademeldinger. Vi har vurdert at restrisikoen for diskriminering av enkelte kundegrupper er høy, se risikoregisteret.

DPIA-en er presentert for Produkt- og risikokomiteen, og styret får den i januar. Vi sender likevel nå fordi vi ønsker å starte en pilot i andre kvartal.

Vedlegg: DPIA (Word) og risikoregister (Excel).
"""
    )
    msg = message(
        "c029",
        FROM_CAMILLA,
        "Forhåndsdrøftelse - svindelscoring skademeldinger",
        when(11, 11, 16, 9),
        html=html,
        attachments=[
            ("DPIA svindelscoring v1.0.docx", to_docx(SVINDEL)),
            ("Risikoregister svindelscoring.xlsx", register(SVINDEL_RISK)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "html_only_body",
            "dpia_tables_docx",
            "headings_lettered",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_register_xlsx",
            "part5_informed_only",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "DPIA presented to the risk committee «til orientering», board only in January; parts 1-4 complete",
        missing=(5,),
    )


# --- E49: voice biometrics, English -----------------------------------------------------------

VOICE = """
# Data Protection Impact Assessment – Voice biometrics for caller authentication

Vernegard Forsikring ASA (Norway). Prepared with the Vernegard Group Privacy Office. Version 1.0, 2 December 2026.

# 1. Contacts and roles

| Role | Name | Phone | E-mail |
| Controller | Vernegard Forsikring ASA, org. no. 981 224 350 | 23 11 45 00 | post@vernegard.no |
| Contact person | Camilla Rød Berntsen, Senior Adviser Privacy and Compliance | +47 23 11 46 20 | camilla.berntsen@vernegard.no |
| Data Protection Officer | Eirik Solbakken | +47 23 11 45 87 | eirik.solbakken@vernegard.no |
| Processor | Nuvox Biometrics Oy, Helsinki – Aino Lehtonen, Customer Success Lead | +358 9 4250 3310 | aino.lehtonen@nuvox.fi |
| Group Privacy Office (adviser) | Mads Kjeldsen, Group Privacy Lead | +45 33 18 72 40 | mads.kjeldsen@vernegard-group.com |

# 2. Description of the processing

2.1 Purpose. Authenticate customers who call the Norwegian customer centre by their voice, replacing the current knowledge-based questions (date of birth, policy number, address), which are easy to obtain for fraudsters and slow for customers.

2.2 How it works. On a first call, the customer is asked whether they want to enrol. If yes, the system records about 20 seconds of natural speech and creates a voiceprint (a mathematical template). On later calls, the caller's voice is compared with the stored template during the first seconds of the conversation, and the agent sees «verified», «not verified» or «inconclusive». The system also compares callers against a watchlist of voiceprints from confirmed fraud cases.

2.3 Scope. About 1.1 million calls per year; we expect 150 000 enrolled customers within two years. Data: voiceprint (biometric data used for unique identification, Art. 9), customer number, enrolment date, verification results, audio of the enrolment sample (deleted after template creation).

2.4 Recipients and flows. Audio is streamed from our telephony platform to Nuvox's engine in Nuvox's data centre in Finland. Templates are stored encrypted by Nuvox, keyed by a pseudonymous customer ID. Results return to the agent desktop. No other recipients. Fraud watchlist entries are shared only within Vernegard Forsikring ASA, not with other group companies.

2.5 Security and responsibilities. Vernegard Forsikring ASA is controller. Nuvox Biometrics Oy is processor under a DPA signed 14 November 2026. Templates cannot be reverse-engineered into audio according to the vendor; we have had this reviewed by an external expert. Access is role-based and logged.

# 3. Necessity and proportionality

3.1 Legal basis. Art. 6(1)(b) and Art. 9(2)(a): explicit consent for enrolment. For the fraud watchlist, Art. 6(1)(f) and Art. 9(2)(f) (establishment and defence of legal claims), limited to confirmed fraud cases after a final decision.

3.2 Necessity. Knowledge-based questions are failing: 62 confirmed social-engineering attempts in 2025. Alternatives considered: one-time codes by SMS (used as fall-back, but many calls are about lost phones or from elderly customers without smartphones), BankID on the phone (requires an app the caller is often not using during the call). Voice authentication is the option with the lowest friction for customers who choose it, and it remains optional.

3.3 Safeguards and rights. Consent is asked in a neutral way and can be refused without any disadvantage; customers can withdraw consent and have their voiceprint deleted by saying so in any call or on My Page; templates are deleted after 24 months without calls; the watchlist is only used to alert the agent, never to block service automatically; information in the IVR message, on the web and in the privacy notice; the voiceprint is never used for other purposes (e.g. emotion or health analysis), which is contractually forbidden.

# 4. Risk assessment

Workshop on 12 November 2026 with customer centre, IT security, the DPO, the Group Privacy Office and two customer representatives. Likelihood and impact on a 1–4 scale.

| Risk to data subjects | L | I | Measures in place | Residual |
| Theft or leak of voiceprints, which cannot be changed like a password | 2 | 4 | Encryption, pseudonymous IDs, vendor ISO 27001, template format not reusable across vendors | High |
| Consent not truly free (customers feel pressed by the agent) | 2 | 3 | Scripted neutral wording, no incentives for agents | Medium |
| False rejection of genuine callers (colds, speech impairments, older voices) | 3 | 2 | Fall-back to SMS code and questions, no loss of service | Medium |
| Watchlist false match marks an innocent caller as fraudster | 2 | 4 | Only confirmed cases, manual review by fraud unit, agent sees an alert only | High |
| Function creep: use for emotion detection or marketing | 1 | 4 | Contract prohibition, DPO review of any change | Low |

Measures considered but not implemented: (a) on-premise storage of templates in Norway – Nuvox offers only its Finnish cloud; the Group will reconsider at renewal in 2029; (b) dropping the watchlist altogether – rejected because the watchlist addresses the most serious fraud pattern; instead it is limited to confirmed cases.

Residual risk remains high for irreversible loss of biometric data and for watchlist false matches. This is why we request prior consultation.

# 5. Stakeholders

Customer panel, employee representatives in the customer centre (Finansforbundet), the DPO, and the Group Privacy Office were consulted. The customer panel supported the solution provided it is voluntary.

# 6. Management validation

Approved by the Norwegian management team on 30 November 2026 (see minutes extract).
"""

VOICE_MINUTES = """
# Vernegard Forsikring ASA – Management team (Ledergruppen)

Minutes extract, meeting of 30 November 2026. English extract prepared for the Group Privacy Office.

Present: Kristin Haga Wold (CEO), Thomas Aasen (Retail), Hilde Berg (Claims), Jon Erik Lunde (CFO), Annette Moe (COO). Also present for item 7: Camilla Rød Berntsen, Eirik Solbakken (DPO), Mads Kjeldsen (Group Privacy Office, by video).

## Item 7/26-11 Voice biometrics in the customer centre – DPIA

The COO and the compliance adviser presented the DPIA (version 1.0), the results of the risk workshop and the customer panel's views. The DPO presented his opinion: residual risk remains high for loss of biometric data and for the fraud watchlist; he recommends prior consultation. The Group Privacy Office supported the recommendation.

The team discussed whether to launch enrolment only and postpone the watchlist. The team decided to keep both but to request prior consultation before launch.

Decision: The management team approves the DPIA for voice biometrics and instructs Compliance to request prior consultation with Datatilsynet. No launch before the consultation is concluded.

Minutes approved by e-mail on 2 December 2026. Kristin Haga Wold, CEO.
"""


def c049() -> tuple[EmailMessage, Label]:
    html = to_html(
        """
Dear Sir or Madam,

Vernegard Forsikring ASA requests prior consultation under Article 36 GDPR regarding the planned use of voice biometrics to authenticate callers in our Norwegian customer centre.

Our DPIA was prepared together with the Vernegard Group Privacy Office in Copenhagen, and it is therefore written in English. We hope this is acceptable; we are of course happy to answer in Norwegian.

Attached:

- DPIA, version 1.0 (PDF)
- Extract of the minutes of the management team meeting on 30 November 2026

Contact details for the contact person, the DPO and the processor are listed in section 1 of the DPIA.

Kind regards

~ Camilla Rød Berntsen
~ Senior Adviser Privacy and Compliance, Vernegard Forsikring ASA
~ Direct: +47 23 11 46 20 | Mobile: +47 922 70 416
~ camilla.berntsen@vernegard.no

"""
        + DISCLAIMER
    )
    msg = message(
        "c049",
        FROM_CAMILLA,
        "Request for prior consultation - voice biometrics (Vernegard Forsikring ASA)",
        when(12, 4, 13, 55),
        html=html,
        attachments=[
            ("DPIA_Voice_Biometrics_NO_v1.0.pdf", to_pdf(VOICE, "DPIA Voice Biometrics")),
            ("Minutes_extract_MT_2026-11-30.pdf", to_pdf(VOICE_MINUTES, "Minutes extract")),
        ],
    )
    return msg, Label(
        "en",
        (
            "insurer",
            "html_only_body",
            "dpia_report_pdf",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_minutes_extract_pdf",
            "biometrics",
        ),
        "none",
        True,
        "used",
        "complete; English DPIA by the group privacy office for the Norwegian insurer, management minutes extract",
    )


# --- E10: aktivitetsdata fra treningsklokke -----------------------------------------------------

AKTIV = "\n\n".join(
    [
        "# DPIA – Aktiv+ (premierabatt på livs- og uføreforsikring basert på aktivitetsdata)\n\nVernegard Forsikring ASA. Versjon 1.0, 06.10.2026.",
        qa(
            "Del A Kontaktinformasjon og ansvar",
            [
                ("Behandlingsansvarlig", "Vernegard Forsikring ASA"),
                CONTACT_ROW,
                DPO_ROW,
                (
                    "Databehandler",
                    "Pulsdata AS (Trondheim), kontakt Marte Kvalvik, leder kundeleveranser, tlf. 73 40 18 62, marte.kvalvik@pulsdata.no",
                ),
            ],
        ),
        qa(
            "Del B Systematisk beskrivelse",
            [
                (
                    "Formål",
                    "Gi kunder med livs- og uføreforsikring rabatt på premien (inntil 15 %) når de er fysisk aktive, og motivere til aktivitet.",
                ),
                (
                    "Behandlingens art",
                    "Kunden kobler treningsklokke eller telefon (Apple Health, Google Health Connect, Garmin, Polar) til Aktiv+-appen. Appen henter daglig antall skritt, aktive minutter og pulssoner. Hvilepuls og søvn hentes ikke. Appen beregner ukentlige «aktivitetspoeng». Poengene for et helt år gir rabattnivå ved neste fornyelse.",
                ),
                (
                    "Omfang",
                    "Målgruppe 60 000 kunder med individuell liv/uføre; forventet 10 000 deltakere første år.",
                ),
                (
                    "Art. 9",
                    "Pulsdata og aktivitetsnivå er helseopplysninger. Aktivitetsmønster kan avsløre sykdom, graviditet og funksjonsnedsettelse.",
                ),
                (
                    "Dataflyt",
                    "Kilde: kundens klokke/telefon via plattformens API. Appen drives av Pulsdata AS, lagring i Norge. Til Vernegard overføres bare årlig rabattnivå (0, 5, 10, 15 %), ikke poeng eller rådata. Helseopplysninger fra Aktiv+ brukes ikke i risikovurdering, skadebehandling eller ved fornyelse ut over rabatten.",
                ),
                ("Lagring", "Rådata slettes etter 30 dager, ukentlige poeng etter 13 måneder."),
                (
                    "Sikkerhet",
                    "Pseudonym kunde-ID hos Pulsdata, kryptering, separat miljø, ingen tilgang for Vernegards ansatte til rådata.",
                ),
            ],
        ),
        qa(
            "Del C Nødvendighet og forholdsmessighet",
            [
                (
                    "Rettslig grunnlag",
                    "Art. 6 nr. 1 bokstav a og art. 9 nr. 2 bokstav a: uttrykkelig samtykke. Deltakelse er frivillig, og premien uten Aktiv+ er den samme som før produktet ble innført (ingen «straff» for å la være).",
                ),
                (
                    "Nødvendighet",
                    "Formålet om rabatt for aktive kunder kan ikke nås uten aktivitetsdata. Vi har vurdert egenrapportering (upålitelig) og engangstest hos lege (dyrt, mer inngripende). Vi har begrenset datasettet: ingen posisjon, ingen søvn, ingen hvilepuls.",
                ),
                (
                    "Garantier",
                    "Samtykket er separat fra forsikringsavtalen; kunden kan trekke samtykke i appen med ett trykk og beholder da opptjent rabatt ut året; tilpassede mål for kunder med funksjonsnedsettelse (rullestol, kronisk sykdom) etter egenerklæring; innsyn i alle data i appen; data brukes ikke til markedsføring; Vernegard får bare rabattnivået.",
                ),
            ],
        ),
        qa(
            "Del D Risikovurdering",
            [
                (
                    "Metode",
                    "Workshop 22.09.2026 med aktuar, produkt, IT-sikkerhet, personvernombud, to kunderepresentanter og Norges Handikapforbund (innspill skriftlig). Risikoregister i Excel.",
                ),
                (
                    "Høyeste risikoer",
                    "R1 helseopplysninger lekker til Vernegard og påvirker skade/fornyelse (score 8), R2 indirekte diskriminering av syke og funksjonshemmede (score 12), R3 press til å dele helsedata (score 9).",
                ),
                ("Restrisiko", "R2 og R3 vurderes fortsatt som høye."),
            ],
        ),
        qa(
            "Del E Medvirkning og godkjenning",
            [
                (
                    "Interessenter",
                    "Kundepanel, Norges Handikapforbund, Finansforbundet, personvernombud.",
                ),
                (
                    "Godkjenning",
                    "Styret behandlet DPIA-en 22.10.2026 (sak 58/2026). Se utdrag av protokoll.",
                ),
            ],
        ),
    ]
)

AKTIV_RISK = [
    [
        "R1",
        "Helseopplysninger fra Aktiv+ brukes i skadebehandling eller ved fornyelse",
        "2",
        "4",
        "8",
        "Bare rabattnivå overføres, teknisk skille, revisjon",
        "Fjerne Vernegards tilgang også til rabattnivå",
        "Rabatten må kunne beregnes",
        "Lav",
    ],
    [
        "R2",
        "Indirekte diskriminering av syke, eldre og funksjonshemmede som ikke kan oppnå rabatt",
        "3",
        "4",
        "12",
        "Tilpassede mål etter egenerklæring, ingen prisøkning for ikke-deltakere",
        "Lik rabatt for alle som deltar uansett aktivitet",
        "Fjerner produktets formål",
        "Høy",
    ],
    [
        "R3",
        "Kunden føler seg presset til å dele helsedata for å få råd",
        "3",
        "3",
        "9",
        "Maks 15 % rabatt, ingen straff for å la være",
        "",
        "",
        "Høy",
    ],
    [
        "R4",
        "Rådata lekker fra Pulsdata",
        "2",
        "3",
        "6",
        "Kort lagringstid, pseudonymisering",
        "",
        "",
        "Middels",
    ],
    [
        "R5",
        "Plattformene (Apple, Google) får vite at kunden har livsforsikring i Vernegard",
        "2",
        "2",
        "4",
        "Minimalt med data i API-kall",
        "",
        "",
        "Lav",
    ],
]

AKTIV_STYRE = """
# Utdrag av protokoll fra styremøte i Vernegard Forsikring ASA

Dato: 22. oktober 2026. Sted: Karenslyst allé 12.

## Sak 58/2026 Aktiv+ – vurdering av personvernkonsekvenser

Styret fikk presentert DPIA for Aktiv+ (versjon 1.0) av direktør for personmarked og personvernombudet. Presentasjonen omfattet sammendrag av behandlingen, risikoregisteret, innspill fra Norges Handikapforbund og kundepanelet, og personvernombudets anbefaling om forhåndsdrøftelse på grunn av risikoen for indirekte diskriminering.

Styret drøftet om rabatten burde begrenses til 10 %. Flertallet mente 15 % var forsvarlig når det ikke gis påslag for ikke-deltakere.

Vedtak: Styret godkjenner vurderingen av personvernkonsekvenser for Aktiv+. Administrasjonen anmoder Datatilsynet om forhåndsdrøftelse og lanserer ikke før denne er avsluttet.

Protokollen er signert elektronisk av samtlige styremedlemmer.
"""


def c010() -> tuple[EmailMessage, Label]:
    text = "\n".join(
        [
            "Til Datatilsynet",
            "",
            "Vernegard Forsikring ASA ber om forhåndsdrøftelse for Aktiv+, en ordning der kunder med livs- og uføreforsikring kan få rabatt ved å dele aktivitetsdata fra treningsklokke. Behandlingen omfatter helseopplysninger, og vi vurderer restrisikoen for indirekte diskriminering som høy.",
            "",
            "Vedlegg: DPIA (Word), risikoregister (Excel) og utdrag av styreprotokoll 22.10.2026.",
            "",
            "Kontaktperson, personvernombud og databehandler med kontaktopplysninger står i del A i DPIA-en.",
            "",
            "Med vennlig hilsen",
            "Camilla Rød Berntsen",
            "Seniorrådgiver personvern og compliance",
            "Vernegard Forsikring ASA",
            "Direkte: 23 11 46 20 | Mobil: 922 70 416",
            "",
            DISCLAIMER,
        ]
    )
    html = to_html(text.replace("\n\n", "\n\n").replace("\n", "\n\n"))
    msg = message(
        "c010",
        FROM_CAMILLA,
        "Anmodning om forhåndsdrøftelse – Aktiv+",
        when(11, 2, 14, 16),
        text + "\n",
        html,
        attachments=[
            ("DPIA Aktiv+ v1.0.docx", to_docx(AKTIV)),
            ("Risikoregister Aktiv+.xlsx", register(AKTIV_RISK)),
            (
                "Styreprotokoll 22.10.2026 utdrag sak 58.pdf",
                to_pdf(AKTIV_STYRE, "Styreprotokoll utdrag"),
            ),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "html_alternative",
            "dpia_tables_docx",
            "headings_lettered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "part5_board_minutes_pdf",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; tables DPIA for a wearables discount, risk register, board minutes extract",
    )


# --- E30: OSINT, description in a zero-byte file ------------------------------------------------

OSINT = "\n\n".join(
    [
        "# DPIA – Undersøkelser i åpne kilder i skadeoppgjør\n\nVernegard Forsikring ASA. Versjon 1.0, 17.11.2026.",
        qa(
            "Del A Kontaktinformasjon og ansvar",
            [
                ("Behandlingsansvarlig", "Vernegard Forsikring ASA"),
                CONTACT_ROW,
                DPO_ROW,
                (
                    "Databehandler",
                    "Innsikt Granskning AS, kontakt Petter Lyng, partner, tlf. 22 47 30 15, petter.lyng@innsiktgranskning.no",
                ),
            ],
        ),
        qa(
            "Del B Systematisk beskrivelse",
            [
                ("Beskrivelse", "Se vedlegg A Prosessbeskrivelse."),
            ],
        ),
        qa(
            "Del C Nødvendighet og forholdsmessighet",
            [
                (
                    "Rettslig grunnlag",
                    "Art. 6 nr. 1 bokstav f og art. 9 nr. 2 bokstav f. Forsikringsavtaleloven § 8-1 gir selskapet rett til å innhente opplysninger som er nødvendige for å ta stilling til kravet. Interesseavveining 03.11.2026.",
                ),
                (
                    "Nødvendighet",
                    "Undersøkelser skjer bare i saker der det foreligger konkret mistanke etter retningslinjene fra Finans Norge, godkjent av leder for svindelenheten. Søk er avgrenset til åpent tilgjengelig informasjon; vi oppretter ikke falske profiler og ber ikke om å bli venn eller følger. Mindre inngripende alternativer (intervju av kunden, innhenting av dokumentasjon) skal være forsøkt først.",
                ),
                (
                    "Garantier",
                    "Kunden informeres i etterkant når opplysninger fra åpne kilder er brukt i vedtaket, og får kopi av det som er brukt. Opplysninger om tredjeparter som dukker opp i søket, lagres ikke. Alle søk logges og begrunnes. Årlig revisjon av personvernombudet.",
                ),
            ],
        ),
        qa(
            "Del D Risikovurdering",
            [
                (
                    "Metode",
                    "Workshop 06.11.2026 med svindelenheten, juridisk, personvernombud og tillitsvalgt. Risikoregister vedlagt.",
                ),
                (
                    "Høyeste risikoer",
                    "R1 kartlegging av privatliv ut over det saken gjelder (score 12), R2 feiltolkning av bilder og innlegg (score 9), R3 innsamling om tredjeparter (score 9).",
                ),
                ("Restrisiko", "R1 høy."),
            ],
        ),
        qa(
            "Del E Medvirkning og godkjenning",
            [
                (
                    "Interessenter",
                    "Svindelenheten, Finansforbundet, personvernombud, Forbrukerrådet (uformelt innspill).",
                ),
                (
                    "Godkjenning",
                    "Godkjent av administrerende direktør i beslutning 2026-47 av 24.11.2026, etter presentasjon i ledermøtet samme dag.",
                ),
            ],
        ),
    ]
)

OSINT_RISK = [
    [
        "R1",
        "Kartlegging av kundens privatliv ut over det skaden gjelder",
        "3",
        "4",
        "12",
        "Konkret mistanke, godkjenning, søkeprotokoll, avgrensede søkeord",
        "Forbud mot søk i sosiale medier",
        "Mange svindelsaker avdekkes nettopp der",
        "Høy",
    ],
    [
        "R2",
        "Feiltolkning av bilder eller innlegg (gamle bilder, ironi)",
        "3",
        "3",
        "9",
        "Kunden får uttale seg før vedtak",
        "",
        "",
        "Middels",
    ],
    [
        "R3",
        "Opplysninger om familie og venner samles inn",
        "3",
        "3",
        "9",
        "Ikke lagring av tredjeparter",
        "Automatisk sladding",
        "Ikke teknisk mulig",
        "Middels",
    ],
    [
        "R4",
        "Granskingsselskapet bruker metoder i strid med retningslinjene",
        "2",
        "4",
        "8",
        "Avtale, revisjon, logg",
        "",
        "",
        "Middels",
    ],
]

OSINT_BESLUTNING = """
# Vernegard Forsikring ASA – Beslutning nr. 2026-47

Dato: 24. november 2026.

DPIA for undersøkelser i åpne kilder i skadeoppgjør (versjon 1.0) ble presentert i ledermøtet 24. november av leder for svindelenheten og personvernombudet, sammen med risikoregisteret og innspill fra Finansforbundet og Forbrukerrådet.

Beslutning: DPIA-en godkjennes. Vernegard Forsikring ASA anmoder om forhåndsdrøftelse hos Datatilsynet. Metoden tas ikke i bruk før forhåndsdrøftelsen er avsluttet.

Kristin Haga Wold, administrerende direktør
"""


def c030() -> tuple[EmailMessage, Label]:
    html = html_mail(
        """
Til Datatilsynet

Vernegard Forsikring ASA anmoder om forhåndsdrøftelse for bruk av undersøkelser i åpne kilder (inkludert sosiale medier) i skadeoppgjør ved mistanke om svindel.

Vedlagt:

- DPIA (Word)
- Vedlegg A Prosessbeskrivelse
- Risikoregister (Excel)
- Beslutning 2026-47 fra administrerende direktør
"""
    )
    msg = message(
        "c030",
        FROM_CAMILLA,
        "Anmodning om forhåndsdrøftelse - undersøkelser i åpne kilder",
        when(12, 1, 11, 42),
        html=html,
        attachments=[
            ("DPIA åpne kilder v1.0.docx", to_docx(OSINT)),
            ("Vedlegg A Prosessbeskrivelse.docx", b""),
            ("Risikoregister åpne kilder.xlsx", register(OSINT_RISK)),
            ("Beslutning 2026-47.pdf", to_pdf(OSINT_BESLUTNING, "Beslutning 2026-47")),
        ],
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "html_only_body",
            "dpia_tables_docx",
            "headings_lettered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "part5_decision_letter_pdf",
            "zero_byte_description",
            "part2_in_missing_attachment",
        ),
        "none",
        True,
        "used",
        "the description part points to «Vedlegg A Prosessbeskrivelse», attached as a zero-byte file; the rest complete",
        missing=(2,),
    )


# --- E50: breach notification (not a request) -------------------------------------------------


def c050() -> tuple[EmailMessage, Label]:
    html = html_mail(
        """
Til Datatilsynet

Foreløpig melding om brudd på personopplysningssikkerheten (art. 33)

Vi forsøkte å sende meldingen via Altinn i dag, men skjemaet feilet. Vi sender derfor denne foreløpige meldingen på e-post for å overholde 72-timersfristen, og sender fullstendig melding i Altinn så snart det er mulig.

Hva har skjedd: Ved en feil i utsendelsen av fornyelsesbrev 7. desember ble 312 brev om livsforsikring sendt med feil vedlegg. Vedlegget var oversikten over premie og rabatt for en annen kunde, med navn, fødselsdato og rabattnivå i Aktiv+. Ingen aktivitetsdata eller helseopplysninger ut over rabattnivået var med.

Når ble det oppdaget: 8. desember kl. 10.15, etter henvendelse fra en kunde.

Tiltak: Utsendelsen er stoppet. Berørte kunder får brev og telefon. Feilen i flettemalen er rettet. Vi har bedt mottakerne om å makulere brevene.

Vurdering: Vi vurderer risikoen for de registrerte som moderat. Vi viser til at DPIA-en for Aktiv+ (som vi har sendt dere i forbindelse med forhåndsdrøftelsen) forutsatte at rabattnivå ikke skulle fremgå av fornyelsesbrevet. Det er nå endret.

Kontakt: undertegnede eller personvernombud Eirik Solbakken, tlf. 23 11 45 87, eirik.solbakken@vernegard.no.
"""
    )
    msg = message(
        "c050",
        FROM_CAMILLA,
        "Foreløpig avviksmelding - feilsendte fornyelsesbrev",
        when(12, 9, 15, 3),
        html=html,
    )
    return msg, Label(
        "nb",
        (
            "insurer",
            "nonrequest_breach_notification",
            "html_only_body",
            "mentions_dpia",
            "contact_signature",
        ),
        "none",
        False,
        "unspecified",
        "preliminary breach notification by e-mail (Altinn failed) that refers to the DPIA sent for prior consultation",
        missing=(2, 3, 4, 5),
    )
