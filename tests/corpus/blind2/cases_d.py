"""Cases c049-c064, each written individually."""

# ruff: noqa: E501  (the cases are prose; long lines are data)
from __future__ import annotations

from render import (
    Case,
    docx_doc,
    mail,
    meta,
    odt_doc,
    pdf_doc,
    scan_jpeg,
    slides_pdf,
    when,
    xlsx_book,
    zip_of,
)


def c049() -> Case:
    m = meta(
        "c049",
        "en",
        [
            "forwarded_rfc822",
            "inner_message_with_attachments",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
            "contact_in_body_list",
            "processor_used",
            "processor_contact_in_body",
        ],
        processor="used",
        note="unmanned grocery stores; the CEO's original request with its attachments is forwarded as .eml",
    )
    inner_body = """Dear Datatilsynet,

Nærbutikken Døgnåpen AS requests prior consultation for our unmanned night-time stores.

Contacts
- Contact person: Henrik Solvang, CEO, +47 902 33 118, henrik@dognapen.no
- Data protection officer: Mette Kaspersen (external, Personvernpartner AS), +47 22 60 71 40,
  mette@personvernpartner.no
- Processor: Butikkvakt AS (remote video monitoring), Arild Nygård, +47 23 17 20 55,
  arild.nygard@butikkvakt.no

The DPIA (description, necessity and proportionality, risks) and the board minutes are attached.

Regards,
Henrik Solvang
"""
    dpia = pdf_doc(
        [
            ("title", "DPIA – Unmanned stores (Døgnåpen)"),
            ("h1", "How it works"),
            (
                "p",
                "Between 22:00 and 07:00 our 34 rural stores are unmanned. Customers enter with BankID in the app; "
                "entry, purchases and 24 cameras per store are logged. Butikkvakt AS monitors live video remotely "
                "and can talk to customers. Recordings kept 7 days. ~2.1 million night visits per year.",
            ),
            ("h1", "Necessity and proportionality"),
            (
                "p",
                "Legal basis: contract for entry; legitimate interest for cameras (Personal Data Act section 31). "
                "Without monitoring, insurers will not cover unmanned opening, and rural villages lose their only "
                "store at night. No cameras in toilets; no facial recognition; customers informed at entry.",
            ),
            ("h1", "Risks"),
            (
                "table",
                [
                    ["Risk", "L", "C", "Measure", "Status"],
                    [
                        "Complete record of who shops when (alcohol, pharmacy goods)",
                        "H",
                        "M",
                        "7-day deletion",
                        "Done; residual high",
                    ],
                    ["Remote guards misuse live view", "M", "H", "Logging, audits", "Done"],
                    [
                        "Minors (15+) admitted and tracked",
                        "M",
                        "M",
                        "Age limit 18 at night",
                        "Not done – local demand for youth access",
                    ],
                ],
            ),
        ]
    )
    minutes = pdf_doc(
        [
            ("title", "Board minutes – Nærbutikken Døgnåpen AS, 22 October 2026"),
            (
                "p",
                "Item 2: The CEO presented the DPIA and its findings, with input from the Retail Workers' union, the "
                "village councils and the insurer. The board approved the DPIA, decided to continue unmanned opening "
                "and asked the CEO to request prior consultation.",
            ),
        ]
    )
    inner = mail(
        frm="Henrik Solvang <henrik@dognapen.no>",
        subject="Request for prior consultation – unmanned stores",
        body=inner_body,
        date=when(10, 30, 16, 12),
        msgid="<dognapen-pc-1030@dognapen.no>",
        attachments=[("DPIA_unmanned_stores.pdf", dpia), ("Board_minutes_2026-10-22.pdf", minutes)],
    )
    body = """Hi,

Our CEO sent the attached request to you on 30 October, but we never received an
acknowledgement and suspect it was caught by a filter (the sender address was new). Forwarding
the original message with its attachments here.

Best regards,
Linn Hauge
Office Manager, Nærbutikken Døgnåpen AS
"""
    msg = mail(
        frm="Linn Hauge <linn@dognapen.no>",
        subject="Fwd: Request for prior consultation – unmanned stores",
        body=body,
        date=when(11, 14, 9, 3),
        msgid="<dognapen-fwd-1114@dognapen.no>",
        attachments=[("Request for prior consultation.eml", inner)],
    )
    return m, msg


def c050() -> Case:
    m = meta(
        "c050",
        "en",
        [
            "p1_proc_contact_no_phone",
            "dpia_report_pdf",
            "contact_signature",
            "processor_used",
            "part5_minutes_docx",
        ],
        processor="used",
        missing=(1,),
        note="warehouse smart glasses with eye tracking; processor contact has name and e-mail but no phone",
    )
    body = """Dear Sir or Madam,

LagerLogistikk Norge AS requests prior consultation on the use of smart glasses with eye tracking
for order pickers at our Gardermoen warehouse.

Our DPO is Berit Lindahl (+47 63 94 11 00, dpo@lagerlogistikk.no). The glasses and analytics
platform are provided by OptiPick GmbH as processor; our contact there is Jan Weber,
jan.weber@optipick.de.

Attached: DPIA report and minutes of the executive board meeting.

Kind regards

Morten Skaar
Warehouse Operations Director
LagerLogistikk Norge AS
T +47 63 94 11 27 | M +47 951 20 388
morten.skaar@lagerlogistikk.no
"""
    dpia = pdf_doc(
        [
            ("title", "DPIA – Smart glasses with eye tracking"),
            ("h1", "The processing"),
            (
                "p",
                "260 pickers wear glasses that show pick instructions and track gaze and head movement to confirm "
                "the right item. Per-pick timing and gaze data are sent to OptiPick's EU cloud. Supervisors see "
                "team dashboards; individual data is used for training needs. Retention 90 days.",
            ),
            ("h1", "Necessity and proportionality"),
            (
                "p",
                "Art. 6(1)(f), Working Environment Act ch. 9 - negotiated with the union. Error rate fell 40 % in "
                "the pilot. Gaze data is reduced to 'item confirmed yes/no' after 24 hours. No use in dismissals.",
            ),
            ("h1", "Risks"),
            (
                "table",
                [
                    ["Risk", "Likelihood", "Impact", "Measure", "Status"],
                    [
                        "Continuous monitoring / stress",
                        "High",
                        "High",
                        "Team-level dashboards only",
                        "Done; residual high",
                    ],
                    [
                        "Gaze data reveals health (fatigue, neurological)",
                        "Medium",
                        "High",
                        "24 h reduction",
                        "Done",
                    ],
                    [
                        "Individual ranking",
                        "Medium",
                        "Medium",
                        "Technical block",
                        "Not done – vendor roadmap 2027",
                    ],
                ],
            ),
        ]
    )
    minutes = docx_doc(
        [
            ("title", "Minutes – executive board 9 December 2026"),
            (
                "p",
                "Item 5: Operations Director presented the DPIA and findings; union (Handel og Kontor) and safety "
                "representatives' input was summarised. The executive board approved the DPIA, will proceed, and "
                "asked that Datatilsynet be consulted.",
            ),
        ]
    )
    msg = mail(
        frm="Morten Skaar <morten.skaar@lagerlogistikk.no>",
        subject="Prior consultation – smart glasses",
        body=body,
        date=when(12, 10, 12, 40),
        msgid="<ll-glasses-1210@lagerlogistikk.no>",
        attachments=[
            ("DPIA_smart_glasses.pdf", dpia),
            ("Minutes_exec_board_2026-12-09.docx", minutes),
        ],
    )
    return m, msg


def c051() -> Case:
    m = meta(
        "c051",
        "nb",
        [
            "contact_xlsx",
            "risk_matrix_xlsx",
            "xlsx_multi_sheet",
            "docx",
            "part5_board_minutes_pdf",
            "processor_used",
            "processor_contact_in_xlsx",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="savings bank ML anti-money-laundering; contacts and risk matrix in two sheets of one XLSX",
    )
    body = """Hei,

Vedlagt er Fjellbygd Sparebanks anmodning om forhåndsdrøftelse for maskinlæringsbasert
transaksjonsovervåking (hvitvasking).

- Beskrivelse og vurdering av nødvendighet: Word-dokumentet
- Kontaktpersoner og risikomatrise: Excel-filen (to faner)
- Styreprotokoll: PDF

Hilsen
Anette Kvamme
Leder AML
"""
    desc = docx_doc(
        [
            ("title", "Transaksjonsovervåking med maskinlæring"),
            ("h1", "Formål og omfang"),
            (
                "p",
                "Alle transaksjoner for 95 000 privatkunder og 8 000 bedriftskunder analyseres av en modell som gir "
                "hver kunde en risikoskår for hvitvasking. Skår over terskel gir sak til AML-analytiker. Modellen "
                "kjøres av Finanslogikk AS som databehandler. Kilder: kjernebank, kundekontroll, sanksjonslister. "
                "Mottakere: Økokrim (EFE) ved mistenkelig transaksjon. Lagring 5 år etter hvitvaskingsloven.",
            ),
            ("h1", "Nødvendighet og proporsjonalitet"),
            (
                "p",
                "Hvitvaskingsloven § 25 og § 26 pålegger overvåking. Dagens regelbaserte system gir 97 % falske "
                "treff. Modellen bruker ikke nasjonalitet eller fødeland direkte, og analytiker gjør alltid "
                "vurderingen. Kunden får ikke informasjon om enkeltsaker (lovpålagt taushet), men generell "
                "informasjon i personvernerklæringen.",
            ),
        ]
    )
    xl = xlsx_book(
        [
            (
                "Kontakter",
                [
                    ["Rolle", "Navn", "Telefon", "E-post"],
                    [
                        "Kontaktperson",
                        "Anette Kvamme",
                        "56 52 30 44",
                        "anette.kvamme@fjellbygd-sparebank.no",
                    ],
                    [
                        "Personvernombud",
                        "Steinar Huus",
                        "56 52 30 00",
                        "personvernombud@fjellbygd-sparebank.no",
                    ],
                    [
                        "Databehandler – Finanslogikk AS",
                        "Elise Nordvik",
                        "55 60 12 90",
                        "elise.nordvik@finanslogikk.no",
                    ],
                ],
            ),
            (
                "Risiko",
                [
                    ["ID", "Risiko", "Rettighet", "S", "K", "Tiltak", "Status", "Begrunnelse"],
                    [
                        "R1",
                        "Indirekte diskriminering via proxy-variabler",
                        "Ikke-diskriminering",
                        3,
                        4,
                        "Skjevhetstest kvartalsvis",
                        "Gjennomført",
                        "",
                    ],
                    [
                        "R2",
                        "Kunden kan ikke få vite hvorfor konto stenges",
                        "Åpenhet",
                        4,
                        4,
                        "Generell info",
                        "Gjennomført",
                        "Restrisiko høy – lovpålagt taushet",
                    ],
                    [
                        "R3",
                        "Feilrapportering til Økokrim",
                        "Omdømme, rettssikkerhet",
                        2,
                        5,
                        "Dobbel kontroll",
                        "Gjennomført",
                        "",
                    ],
                    [
                        "R4",
                        "Forklarbarhet per kunde",
                        "Åpenhet",
                        3,
                        3,
                        "SHAP-forklaring",
                        "Ikke gjennomført",
                        "Leverandør støtter ikke",
                    ],
                ],
            ),
        ]
    )
    board = pdf_doc(
        [
            ("title", "Utdrag av styreprotokoll – Fjellbygd Sparebank"),
            (
                "p",
                "Styremøte 26.11.2026, sak 88/26 ML-basert transaksjonsovervåking. Leder AML presenterte DPIA og funn. "
                "Innspill fra Finanstilsynets veiledning, tillitsvalgte og kundepanelet ble gjennomgått. "
                "Vedtak: Styret godkjenner DPIA-en, vil ta i bruk modellen og ber administrasjonen be Datatilsynet "
                "om forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Anette Kvamme <anette.kvamme@fjellbygd-sparebank.no>",
        subject="Forhåndsdrøftelse - ML transaksjonsovervåking",
        body=body,
        date=when(12, 1, 15, 44),
        msgid="<fbs-aml-1201@fjellbygd-sparebank.no>",
        attachments=[
            ("Beskrivelse og nødvendighet.docx", desc),
            ("Kontakter og risiko.xlsx", xl),
            ("Styreprotokoll sak 88-26.pdf", board),
        ],
    )
    return m, msg


def c052() -> Case:
    m = meta(
        "c052",
        "nb",
        [
            "part2_will_follow",
            "contact_prose",
            "processor_used",
            "processor_contact_in_body",
            "file_per_part",
            "pdf",
            "part5_minutes_pdf",
        ],
        processor="used",
        missing=(2,),
        note="swimming pool drowning-detection cameras; system description 'kommer i egen e-post'",
    )
    body = """Hei

Storvik kommune, Kultur og idrett, ønsker forhåndsdrøftelse for undervannskameraer med
KI-basert drukningsvarsling i Storvikbadet.

Kontaktperson er badesjef Trond Eliassen (tlf. 75 50 61 30, trond.eliassen@storvik.kommune.no).
Personvernombudet er Marianne Hoff (tlf. 75 50 60 05, marianne.hoff@storvik.kommune.no).
Leverandøren Poolsafe Norge AS er databehandler, kontakt Ruben Aas (tlf. 934 60 221,
ruben@poolsafe.no).

Systembeskrivelsen kommer i egen e-post fra leverandøren i løpet av uka. Vedlagt nå er
nødvendighets- og risikovurderingen og protokollen fra kommunedirektørens ledergruppe.

Hilsen Trond
"""
    vurd = pdf_doc(
        [
            ("title", "Storvikbadet – nødvendighet, forholdsmessighet og risiko"),
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Formålet er å redde liv. Badevakter har begrenset sikt under vann. Kameraene lagrer ikke video "
                "ved normal aktivitet; ved alarm lagres 60 sekunder. Det er ingen kameraer i garderober. Grunnlag "
                "art. 6 nr. 1 d og e. Skilting ved inngang og ved bassengkant.",
            ),
            ("h1", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Status"],
                    [
                        "Filming av barn i badetøy",
                        "Høy",
                        "Høy",
                        "Ingen lagring uten alarm",
                        "Gjennomført; restrisiko høy",
                    ],
                    [
                        "Falske alarmer fører til opptak",
                        "Middels",
                        "Middels",
                        "Sletting etter gjennomgang",
                        "Gjennomført",
                    ],
                    [
                        "Leverandør trener modell på opptak",
                        "Lav",
                        "Høy",
                        "Forbud i avtale",
                        "Gjennomført",
                    ],
                    [
                        "Sladding av ansikter i lagrede klipp",
                        "-",
                        "-",
                        "Automatisk sladding",
                        "Ikke gjennomført: reduserer redningsverdi",
                    ],
                ],
            ),
        ]
    )
    prot = pdf_doc(
        [
            ("title", "Protokoll – kommunedirektørens ledergruppe 1.12.2026"),
            (
                "p",
                "Sak 101/26: Badesjefen presenterte DPIA og funn. Innspill fra svømmeklubben, Funksjonshemmedes "
                "fellesorganisasjon og Barn og unges kommunestyre. Ledergruppen godkjente DPIA-en og vedtok å be om "
                "forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Trond Eliassen <trond.eliassen@storvik.kommune.no>",
        subject="Forhåndsdrøftelse - drukningsvarsling",
        body=body,
        date=when(12, 7, 9, 9),
        msgid="<storvik-bad-1207@storvik.kommune.no>",
        attachments=[
            ("Storvikbadet nødvendighet og risiko.pdf", vurd),
            ("Protokoll LG 1.12.2026.pdf", prot),
        ],
    )
    return m, msg


def c053() -> Case:
    m = meta(
        "c053",
        "en",
        ["nonrequest_guidance_meeting", "all_in_body"],
        request=False,
        note="request for a guidance meeting, explicitly not a prior consultation",
    )
    body = """Dear Datatilsynet,

We are a Bergen-based health-tech company (Cardiolink AS) developing an AI-supported ECG
screening service for pharmacies. Our DPIA is at an early stage.

Before we go further, we would like to request a guidance meeting (veiledningsmøte) to discuss
whether our approach to legal basis and risk assessment is on the right track. We understand
this is not a prior consultation.

Could you suggest a few dates in January?

Kind regards,
Nina Falch
Regulatory Affairs Manager, Cardiolink AS
+47 55 20 98 40
"""
    msg = mail(
        frm="Nina Falch <nina.falch@cardiolink.no>",
        subject="Request for guidance meeting – ECG screening",
        body=body,
        date=when(12, 14, 10, 24),
        msgid="<cardiolink-guid-1214@cardiolink.no>",
    )
    return m, msg


def c054() -> Case:
    m = meta(
        "c054",
        "nn",
        ["p1_no_dpo", "one_pdf", "headings_question", "processor_used", "processor_contact_in_pdf"],
        processor="used",
        missing=(1,),
        note="health-station youth chat, nynorsk; no data protection officer named anywhere",
    )
    body = """Hei,

Vedlagt er oppmoding om førehandsdrøfting frå Solbakk kommune for chattenesta «Spør helsesjukepleiaren».

Helsing
Liv Hatlestad
"""
    doc = pdf_doc(
        [
            ("title", "Oppmoding om førehandsdrøfting – «Spør helsesjukepleiaren»"),
            ("h1", "Kven kan de kontakte?"),
            (
                "p",
                "Kontaktperson: Liv Hatlestad, leiar helsestasjon og skulehelseteneste, tlf. 53 77 41 20, "
                "liv.hatlestad@solbakk.kommune.no.\nDatabehandlar: Chatteknikk AS, Vegard Tysse, tlf. 55 90 12 77, "
                "vegard@chatteknikk.no.",
            ),
            ("h1", "Kva går tenesta ut på?"),
            (
                "p",
                "Ungdom 13-20 år kan chatte anonymt eller innlogga med helsesjukepleiar. Samtalar om psykisk helse, "
                "seksualitet og rus. Innlogga samtalar vert journalførte. Chatteknikk AS driftar løysinga. "
                "Om lag 2 000 samtalar i året.",
            ),
            ("h1", "Kvifor er det naudsynt og forholdsmessig?"),
            (
                "p",
                "Helse- og omsorgstenestelova og forskrift om helsestasjon og skulehelseteneste. Ungdom nyttar "
                "chat meir enn telefon. Anonym chat vert ikkje lagra. Informasjon på nettsida.",
            ),
            ("h1", "Kva er risikoen?"),
            (
                "table",
                [
                    ["Risiko", "Nivå", "Tiltak", "Status"],
                    [
                        "Foreldre får innsyn via delt eining",
                        "Høg",
                        "Automatisk utlogging",
                        "Gjennomført; restrisiko høg",
                    ],
                    ["Samtalar lekk", "Låg", "Ende-til-ende-kryptering", "Gjennomført"],
                    [
                        "Feil journalføring av anonym chat",
                        "Middels",
                        "Manuell kontroll",
                        "Ikkje gjennomført – kapasitet",
                    ],
                ],
            ),
            ("h1", "Kva har leiinga bestemt?"),
            (
                "p",
                "Kommunedirektøren si leiargruppe fekk DPIA-en presentert 18.11.2026, med innspel frå Ungdomsrådet "
                "og fastlegane. Leiargruppa godkjende DPIA-en og bad om førehandsdrøfting.",
            ),
        ]
    )
    msg = mail(
        frm="Liv Hatlestad <liv.hatlestad@solbakk.kommune.no>",
        subject="Førehandsdrøfting – chat helsestasjon",
        body=body,
        date=when(11, 26, 13, 31),
        msgid="<solbakk-chat-1126@solbakk.kommune.no>",
        attachments=[("Førehandsdrøfting chat.pdf", doc)],
    )
    return m, msg


def c055() -> Case:
    m = meta(
        "c055",
        "nb",
        [
            "part5_scanned_letter_jpg",
            "dpia_report_pdf",
            "contact_signature",
            "dpo_in_dpia",
            "processor_none_stated",
        ],
        processor="none",
        note="transport company alcohol interlocks with logging; approval letter only as a phone photo (JPEG)",
    )
    body = """Hei!

Trønder Godstransport AS ber om forhåndsdrøftelse for alkolås med datalogging i alle våre
lastebiler. Vi har ikke databehandler – data hentes ut og lagres på egen server.

DPIA-en ligger ved, og i tillegg et bilde av det signerte godkjenningsbrevet fra daglig leder.

Hilsen

Marius Wold
HMS- og kvalitetsleder
Trønder Godstransport AS
Tlf. 72 88 40 16 · Sentralbord 72 88 40 00
marius.wold@tronder-gods.no
"""
    dpia = pdf_doc(
        [
            ("title", "DPIA – alkolås med datalogging"),
            (
                "p",
                "Personvernombud: Elin Moe Sandvik, tlf. 72 88 40 09, personvernombud@tronder-gods.no",
            ),
            ("h1", "Hva skal gjøres"),
            (
                "p",
                "Alle 140 lastebiler får alkolås som logger hver blåsetest (tid, promille, sjåfør-ID, posisjon). "
                "Loggen hentes ukentlig og lagres i 12 måneder. Positive tester varsles HMS-leder. Sjåførene er "
                "ansatte; innleide sjåfører omfattes også.",
            ),
            ("h1", "Hvorfor og hvor mye"),
            (
                "p",
                "Arbeidsmiljøloven § 9-1 og § 9-4, drøftet med tillitsvalgte. Alkolås uten logging er vurdert, men "
                "oppdragsgivere krever dokumentasjon. Posisjon lagres bare ved positiv test. Sjåføren ser egen logg.",
            ),
            ("h1", "Risikoer"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Status"],
                    [
                        "Falsk positiv (munnskyll, medisiner)",
                        "Middels",
                        "Høy",
                        "Ny test etter 15 min",
                        "Gjennomført",
                    ],
                    [
                        "Posisjonssporing av sjåfører",
                        "Middels",
                        "Middels",
                        "Kun ved positiv test",
                        "Gjennomført",
                    ],
                    [
                        "Opplysninger om rusproblem spres",
                        "Lav",
                        "Høy",
                        "Kun HMS-leder",
                        "Gjennomført",
                    ],
                    [
                        "Slette logg etter 3 mnd",
                        "-",
                        "-",
                        "Kortere lagring",
                        "Ikke gjennomført: oppdragsgivers krav",
                    ],
                ],
            ),
            (
                "p",
                "Restrisiko for falske positive med konsekvens for arbeidsforholdet vurderes som høy.",
            ),
        ]
    )
    photo = scan_jpeg(
        [
            "# Trønder Godstransport AS",
            "Til HMS- og kvalitetsleder                     Orkanger 13.11.2026",
            "",
            "# Godkjenning – DPIA alkolås med datalogging",
            "Jeg har gjennomgått DPIA-en sammen med ledergruppen",
            "i møter 16.10 og 12.11. Presentasjonen viste funnene,",
            "og innspillene fra Norsk Transportarbeiderforbund,",
            "verneombudet og våre største oppdragsgivere er vurdert.",
            "",
            "Jeg godkjenner DPIA-en og beslutter at alkolås med",
            "logging innføres. Selskapet skal be Datatilsynet om",
            "forhåndsdrøftelse før oppstart.",
            "",
            "Per Arne Strand, daglig leder",
        ],
        seed=55,
    )
    msg = mail(
        frm="Marius Wold <marius.wold@tronder-gods.no>",
        subject="Forhåndsdrøftelse alkolås",
        body=body,
        date=when(11, 18, 7, 41),
        msgid="<tgods-alkolas-1118@tronder-gods.no>",
        attachments=[("DPIA alkolås.pdf", dpia), ("20261113_signert.jpg", photo)],
    )
    return m, msg


def c056() -> Case:
    m = meta(
        "c056",
        "nb",
        [
            "wrong_file_part4",
            "zip",
            "file_per_part",
            "docx",
            "contact_label_value",
            "processor_used",
            "processor_contact_in_docx",
        ],
        processor="used",
        missing=(4,),
        note="hospital heart-failure app; '04_risikovurdering.docx' in the ZIP is a meeting invitation",
    )
    body = """Hei,

Hjerteklinikken ved Sykehuset Innlandsby ber om forhåndsdrøftelse for treningsappen «Hjerterytme».
Alle dokumenter ligger i vedlagt ZIP-fil, nummerert etter punktene i veilederen deres.

Vennlig hilsen
Eirin Tangvald
"""
    d1 = docx_doc(
        [
            ("title", "01 Kontaktopplysninger"),
            (
                "p",
                "Kontaktperson\nNavn: Eirin Tangvald, seksjonsleder\nTelefon: 62 11 40 33\nE-post: eirin.tangvald@sykehuset-innlandsby.no",
            ),
            (
                "p",
                "Personvernombud\nNavn: Atle Bråten\nTelefon: 62 11 40 00\nE-post: personvernombud@sykehuset-innlandsby.no",
            ),
            (
                "p",
                "Databehandler\nFysioApp AS – Hanna Strøm\nTelefon: 909 21 440\nE-post: hanna@fysioapp.no",
            ),
        ]
    )
    d2 = docx_doc(
        [
            ("title", "02 Systematisk beskrivelse"),
            (
                "p",
                "Pasienter med hjertesvikt (ca. 1 500) bruker appen til hjemmetrening. Puls fra pulsbelte, "
                "treningsøkter og symptomer sendes til FysioApp AS sin plattform, og fysioterapeut følger opp. "
                "Data journalføres ukentlig. Ingen utlevering.",
            ),
        ]
    )
    d3 = docx_doc(
        [
            ("title", "03 Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Art. 9 nr. 2 h og pasientjournalloven. Frivillig tilbud; vanlig poliklinisk trening finnes. "
                "Bare puls og symptomer samles, ikke posisjon. Pasienten ser og kan eksportere egne data.",
            ),
        ]
    )
    d4 = docx_doc(
        [
            ("title", "Møteinnkalling"),
            (
                "p",
                "Til: Prosjektgruppen Hjerterytme\nTid: tirsdag 3. november kl. 13.00-14.00\nSted: Møterom Glomma",
            ),
            ("p", "Agenda: 1. Status testpilot  2. Innkjøp av pulsbelter  3. Eventuelt"),
        ]
    )
    d5 = docx_doc(
        [
            ("title", "05 Ledelsens validering"),
            (
                "p",
                "Klinikkledelsen behandlet DPIA-en 10.11.2026. Presentasjon og funn ble gjennomgått, og innspill fra "
                "brukerutvalget og LHL Hjerte var sammenstilt. Klinikkledelsen godkjente DPIA-en og besluttet å be om "
                "forhåndsdrøftelse.",
            ),
        ]
    )
    z = zip_of(
        [
            ("01_kontaktopplysninger.docx", d1),
            ("02_beskrivelse.docx", d2),
            ("03_nodvendighet.docx", d3),
            ("04_risikovurdering.docx", d4),
            ("05_ledelsens_validering.docx", d5),
        ]
    )
    msg = mail(
        frm="Eirin Tangvald <eirin.tangvald@sykehuset-innlandsby.no>",
        subject="Forhåndsdrøftelse - Hjerterytme",
        body=body,
        date=when(11, 23, 14, 14),
        msgid="<sib-hjerterytme-1123@sykehuset-innlandsby.no>",
        attachments=[("Hjerterytme_forhandsdroftelse.zip", z)],
    )
    return m, msg


def c057() -> Case:
    m = meta(
        "c057",
        "en",
        [
            "consultant_on_behalf",
            "attachment_referenced_not_attached",
            "contact_in_body_list",
            "processor_none_stated",
            "docx",
            "part5_board_resolution_pdf",
        ],
        processor="none",
        missing=(4,),
        note="consultancy writes for a games studio; risk assessment is 'Annex B' but Annex B is not attached",
    )
    body = """Dear Datatilsynet,

We act as privacy advisers to Polar Pixel Games AS and submit, on their behalf, a request for
prior consultation regarding a kernel-level anti-cheat system in their online game "Fjordfall",
which has many players aged 13-17.

Client contacts:
  Contact person: Eivind Roald, COO, +47 455 20 119, eivind@polarpixel.no
  DPO: Kaia Strømme, +47 455 20 100, dpo@polarpixel.no
No processor is involved; the anti-cheat runs on the client's own infrastructure.

Enclosed:
  Annex A – Description and necessity/proportionality (DOCX)
  Annex B – Risk assessment
  Annex C – Board resolution (PDF)

Yours sincerely,
Caroline Dahl
Senior Consultant, Klarhet Advisory AS
+47 930 11 228 | caroline.dahl@klarhet.no
"""
    a = docx_doc(
        [
            ("title", "Annex A – Fjordfall anti-cheat: description, necessity and proportionality"),
            ("h1", "Description"),
            (
                "p",
                "The anti-cheat driver runs with kernel privileges while the game is open. It scans running "
                "processes and memory for known cheat signatures, and sends hardware identifiers and detection "
                "events to the studio's servers. 400 000 Norwegian players, about 35 % aged 13-17. Bans are "
                "automated for known signatures, reviewed by staff for heuristic detections. Retention: 2 years.",
            ),
            ("h1", "Necessity and proportionality"),
            (
                "p",
                "Contract (Art. 6(1)(b)) for ranked play, legitimate interest for hardware bans. User-mode "
                "anti-cheat was tested and bypassed within days. The driver is unloaded when the game closes; "
                "no file contents are read; players get an explanation and an appeal for any ban.",
            ),
        ]
    )
    c = pdf_doc(
        [
            ("title", "Annex C – Board resolution, Polar Pixel Games AS"),
            (
                "p",
                "Board meeting 12 November 2026. The COO presented the DPIA and its findings, together with feedback "
                "from the player council, parents' panel and Norwegian Consumer Council. The board approved the DPIA, "
                "decided to proceed and to request prior consultation.",
            ),
        ]
    )
    msg = mail(
        frm="Caroline Dahl <caroline.dahl@klarhet.no>",
        cc="Eivind Roald <eivind@polarpixel.no>",
        subject="Prior consultation on behalf of Polar Pixel Games AS",
        body=body,
        date=when(11, 30, 15, 55),
        msgid="<klarhet-ppg-1130@klarhet.no>",
        attachments=[
            ("Annex A - Description and necessity.docx", a),
            ("Annex C - Board resolution.pdf", c),
        ],
    )
    return m, msg


def c058() -> Case:
    m = meta(
        "c058",
        "nb",
        [
            "html_only_body",
            "contact_html_table",
            "dpo_intermunicipal",
            "odt",
            "part5_political_decision_pdf",
            "processor_used",
            "processor_contact_in_html_table",
        ],
        processor="used",
        note="audio sensors in schoolyards; HTML-only mail with a contact table, DPIA as ODT, council decision PDF",
    )
    html = """<html><body>
<p>Hei,</p>
<p>Havøy kommune ber om forhåndsdrøftelse for lydsensorer som skal oppdage aggresjon og slåsskamper i
skolegårdene ved fire barneskoler. DPIA-en (ODT) og formannskapets vedtak (PDF) er vedlagt.</p>
<table border="1" cellpadding="4">
<tr><th>Rolle</th><th>Navn</th><th>Telefon</th><th>E-post</th></tr>
<tr><td>Kontaktperson</td><td>Hilde Mjøs, kommunalsjef oppvekst</td><td>51 71 20 40</td><td>hilde.mjos@havoy.kommune.no</td></tr>
<tr><td>Personvernombud (felles for Havøy, Skjærgård og Nesvåg)</td><td>Olav Tjelta</td><td>51 71 20 99</td><td>olav.tjelta@ipo-kyst.no</td></tr>
<tr><td>Databehandler (SoundGuard AS)</td><td>Ellen Vatne</td><td>22 60 50 10</td><td>ellen.vatne@soundguard.no</td></tr>
</table>
<p>Med vennlig hilsen<br>Hilde Mjøs<br>Havøy kommune</p>
</body></html>"""
    odt = odt_doc(
        [
            ("title", "DPIA – lydsensorer i skolegården"),
            ("h1", "Beskrivelse av behandlingen"),
            (
                "p",
                "Sensorer analyserer lyd i sanntid og varsler inspiserende lærer ved skrik, roping eller glass som "
                "knuses. Lyd lagres ikke; ved varsel lagres et 10 sekunders lydklipp i 48 timer hos SoundGuard AS. "
                "Om lag 1 100 elever og 120 ansatte, samt naboer og besøkende om ettermiddagen.",
            ),
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Opplæringsloven kapittel 12 (trygt skolemiljø). Flere voksne i skolegården er vurdert og foretrukket, "
                "men ikke finansiert. Sensorene er bare aktive i skoletiden, ingen talegjenkjenning, skilting og "
                "foreldremøter. Elevrådene er hørt.",
            ),
            ("h1", "Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Status"],
                    [
                        "Barn føler seg avlyttet",
                        "Høy",
                        "Høy",
                        "Ingen lagring uten varsel",
                        "Gjennomført; restrisiko høy",
                    ],
                    [
                        "Klipp brukes som bevis mot elever",
                        "Middels",
                        "Høy",
                        "Sletting 48 t",
                        "Gjennomført",
                    ],
                    ["Naboer tas opp", "Lav", "Middels", "Aktiv bare 08-16", "Gjennomført"],
                    [
                        "Uavhengig evaluering av treffsikkerhet",
                        "-",
                        "-",
                        "Evaluering",
                        "Ikke gjennomført: settes i gang 2027",
                    ],
                ],
            ),
        ]
    )
    vedtak = pdf_doc(
        [
            ("title", "Havøy kommune – Særutskrift"),
            (
                "p",
                "Formannskapet 24.11.2026, PS 118/26 Lydsensorer i skolegårder – personvernkonsekvenser",
            ),
            (
                "p",
                "Kommunedirektøren la fram DPIA-en og funnene. Uttalelser fra kommunalt foreldreutvalg, elevrådene, "
                "Utdanningsforbundet og barne- og ungdomsrådet følger saken. Formannskapet drøftet restrisikoen.",
            ),
            (
                "p",
                "Vedtak: Formannskapet slutter seg til personvernkonsekvensvurderingen og ønsker at tiltaket "
                "gjennomføres. Kommunedirektøren bes om å anmode Datatilsynet om forhåndsdrøftelse. Enstemmig.",
            ),
        ]
    )
    msg = mail(
        frm="Hilde Mjøs <hilde.mjos@havoy.kommune.no>",
        subject="Forhåndsdrøftelse – lydsensorer i skolegården",
        body="",
        html=html,
        html_only=True,
        date=when(12, 2, 10, 33),
        msgid="<havoy-lyd-1202@havoy.kommune.no>",
        attachments=[("DPIA lydsensorer.odt", odt), ("Særutskrift PS 118-26.pdf", vedtak)],
    )
    return m, msg


def c059() -> Case:
    m = meta(
        "c059",
        "nb",
        ["nonrequest_access_request_offentleglova", "all_in_body"],
        request=False,
        note="request for public access to documents (innsynsbegjæring), not a prior consultation",
    )
    body = """Hei

Jeg ber om innsyn etter offentleglova i alle anmodninger om forhåndsdrøftelse Datatilsynet har
mottatt fra kommuner i 2026, og i Datatilsynets svarbrev i disse sakene.

Dersom dokumentene er delvis unntatt, ber jeg om meroffentlighet og om at resten utleveres.

Vennlig hilsen
Knut Ivar Lyng
"""
    msg = mail(
        frm="Knut Ivar Lyng <kilyng@online.no>",
        subject="Innsynsbegjæring - forhåndsdrøftelser 2026",
        body=body,
        date=when(12, 15, 20, 19),
        msgid="<5f1e2a@online.no>",
    )
    return m, msg


def c060() -> Case:
    m = meta(
        "c060",
        "nb",
        [
            "part3_will_follow",
            "all_in_body",
            "plain_text_only",
            "headings_num",
            "processor_used",
            "processor_contact_in_body",
        ],
        encrypt="inline",
        processor="used",
        missing=(3,),
        note="port truck-driver face recognition; necessity/proportionality 'ettersendes'",
    )
    body = """Anmodning om forhåndsdrøftelse – ansiktsgjenkjenning ved porten, Sørhavn Terminal AS

1 Kontakt
Kontaktperson: Kjersti Aune, sikkerhetssjef, 38 07 91 20, kjersti.aune@sorhavn-terminal.no
Personvernombud: Rolf Eikrem, 38 07 91 00, personvernombud@sorhavn-terminal.no
Databehandler: GateVision AS, Hallvard Ness, 928 44 031, hallvard@gatevision.no

2 Behandlingen
Lastebilsjåfører (ca. 9 000 ulike per år, mange utenlandske) registrerer ansiktet ved første
besøk. Ved senere besøk åpnes porten når ansikt og bookingnummer stemmer. Maler lagres hos
GateVision AS i 12 måneder etter siste besøk. Kilder: sjåføren, bookingsystemet. Mottakere:
ingen, bortsett fra politi/toll ved lovpålagte krav. ISPS-koden krever adgangskontroll.

3 Nødvendighet og forholdsmessighet
Denne vurderingen ettersendes når juridisk avdeling er ferdig med den.

4 Risiko
- Sjåfører som ikke vil registrere seg, mister oppdrag (høy/høy). Tiltak: manuell kontroll i
  egen fil - gjennomført, men gir ventetid. Restrisiko høy.
- Maler på avveie (lav/svært høy). Tiltak: kryptering og separat lagring - gjennomført.
- Feilavvisning (middels/middels). Tiltak: vekter i porten - gjennomført.
- Sletting etter 3 mnd vurdert, ikke gjennomført: mange sjåfører kommer sjeldnere.

5 Ledelsens godkjenning
DPIA-en ble lagt fram for ledergruppen 30.10 og 27.11.2026 med funn og innspill fra
Norsk Transportarbeiderforbund, speditørene og havnevesenet. Ledergruppen godkjente DPIA-en,
vil innføre løsningen og ba om forhåndsdrøftelse.

Hilsen
Kjersti Aune
"""
    msg = mail(
        frm="Kjersti Aune <kjersti.aune@sorhavn-terminal.no>",
        subject="Forhåndsdrøftelse ansiktsgjenkjenning port",
        body=body,
        date=when(12, 1, 8, 6),
        msgid="<sorhavn-port-1201@sorhavn-terminal.no>",
    )
    return m, msg


def c061() -> Case:
    m = meta(
        "c061",
        "nn",
        [
            "part5_not_done",
            "slides_pdf_without_decision",
            "dpia_report_docx",
            "contact_signature",
            "processor_used",
            "processor_contact_in_docx",
        ],
        processor="used",
        missing=(5,),
        note="folk high school wellbeing app, nynorsk; slides for management attached but 'leiinga har ikkje gjort vedtak'",
    )
    body = """Hei,

Fjordheim folkehøgskule ber om førehandsdrøfting for trivselsappen «Korleis har du det?»,
der elevane svarar på korte spørsmål om søvn, humør og einsemd kvar veke.

Vedlagt er DPIA-en og lysbileta som vart viste for styret. Styret har drøfta saka, men har ikkje
gjort vedtak enno – dei ville vente på tilbakemelding frå dykk.

Helsing

Åse Tveranger
Rektor, Fjordheim folkehøgskule
Tlf. 57 69 50 01 · Sentralbord 57 69 50 00
ase.tveranger@fjordheim.fhs.no
"""
    dpia = docx_doc(
        [
            ("title", "DPIA – trivselsappen «Korleis har du det?»"),
            ("h1", "Kontakt"),
            (
                "p",
                "Personvernombod: Lars Myrset, tlf. 57 69 50 20, personvernombod@fjordheim.fhs.no. "
                "Databehandlar: Trivselsdata AS, Unni Kvåle, tlf. 948 10 662, unni@trivselsdata.no.",
            ),
            ("h1", "Skildring"),
            (
                "p",
                "Om lag 140 elevar (18-25 år) på internat svarar kvar veke på fem spørsmål. Ved svar som tyder på "
                "alvorleg mistrivsel får miljøarbeidar varsel. Svara vert lagra skuleåret ut hos Trivselsdata AS.",
            ),
            ("h1", "Naudsyn og forholdsmessigheit"),
            (
                "p",
                "Samtykke; bruken er frivillig. Folkehøgskulelova og skulen sitt omsorgsansvar på internatet. "
                "Eleven ser eigne svar og kan slette dei.",
            ),
            ("h1", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak", "Status"],
                    [
                        "Press til å svare",
                        "Middels",
                        "Høg",
                        "Frivillig, ingen purring",
                        "Gjennomført",
                    ],
                    [
                        "Helseopplysningar til feil tilsett",
                        "Låg",
                        "Høg",
                        "Tilgang berre miljøarbeidar",
                        "Gjennomført",
                    ],
                    [
                        "Varsel vert ikkje følgt opp i helgene",
                        "Middels",
                        "Svært høg",
                        "Vakttelefon",
                        "Ikkje gjennomført – budsjett",
                    ],
                ],
            ),
        ]
    )
    slides = slides_pdf(
        [
            ("«Korleis har du det?»\nStyremøte 25.11.2026", []),
            (
                "Funn i DPIA",
                ["Høg restrisiko: varsel utan oppfølging i helgene", "Elles låg/middels risiko"],
            ),
            (
                "Innspel",
                [
                    "Elevrådet: positivt, men vil ha anonym modus",
                    "Miljøpersonalet: treng vaktordning",
                ],
            ),
            ("Til drøfting", ["Skal vi ta appen i bruk?", "Kven ber om førehandsdrøfting?"]),
        ],
        deck_title="Trivselsapp styremøte",
    )
    msg = mail(
        frm="Åse Tveranger <ase.tveranger@fjordheim.fhs.no>",
        subject="Førehandsdrøfting – trivselsapp",
        body=body,
        date=when(12, 3, 19, 12),
        msgid="<fjordheim-app-1203@fjordheim.fhs.no>",
        attachments=[("DPIA trivselsapp.docx", dpia), ("Styremøte 25.11 lysbilete.pdf", slides)],
    )
    return m, msg


def c062() -> Case:
    m = meta(
        "c062",
        "nn",
        ["nonrequest_student_interview", "all_in_body"],
        request=False,
        note="master student asks for an interview, nynorsk",
    )
    body = """Hei!

Eg er masterstudent i informasjonsvitskap ved Universitetet i Bergen og skriv oppgåve om korleis
offentlege verksemder nyttar DPIA og førehandsdrøftingar.

Har nokon hjå Datatilsynet høve til eit intervju på om lag 45 minutt i januar? Det kan vere på
Teams. Eg sender gjerne intervjuguiden på førehand.

Venleg helsing
Synnøve Haugland
tlf. 478 20 113
"""
    msg = mail(
        frm="Synnøve Haugland <synnove.haugland@student.uib.no>",
        subject="Førespurnad om intervju – masteroppgåve",
        body=body,
        date=when(12, 8, 11, 57),
        msgid="<uib-master-1208@student.uib.no>",
    )
    return m, msg


def c063() -> Case:
    m = meta(
        "c063",
        "en",
        [
            "wrong_file_part5",
            "file_per_part",
            "pdf",
            "docx",
            "contact_label_value",
            "processor_used",
            "processor_contact_in_body",
        ],
        processor="used",
        missing=(5,),
        note="CRO mining hospital records for trial recruitment; 'board_minutes.pdf' covers an unrelated budget item",
    )
    body = """Dear Datatilsynet,

Nordic Trials Research AS requests prior consultation for automated pre-screening of hospital
records to identify candidates for oncology trials at three partner hospitals.

Contact person
  Name: Dr. Erik Solheim-Vang
  Phone: +47 22 95 30 60
  E-mail: erik.solheim-vang@nordictrials.no

Data protection officer
  Name: Hilde Rosenqvist
  Phone: +47 22 95 30 00
  E-mail: dpo@nordictrials.no

Processor
  TextMine Health AS (NLP platform), contact Ola Fossli, +47 980 15 607, ola.fossli@textmine.no

Attachments: DPIA (PDF), risk register (DOCX), board minutes (PDF).

Kind regards,
Erik Solheim-Vang
"""
    dpia = pdf_doc(
        [
            ("title", "DPIA – Automated trial pre-screening"),
            ("h1", "Processing"),
            (
                "p",
                "TextMine's NLP reads pathology reports and clinical notes for ca. 60 000 cancer patients in three "
                "hospitals and flags those who may meet trial criteria. Flags go to the treating physician, who "
                "decides whether to mention the trial. Nordic Trials sees only counts until a patient consents. "
                "The hospitals remain controllers of the records; Nordic Trials is controller for the screening.",
            ),
            ("h1", "Necessity and proportionality"),
            (
                "p",
                "Health Research Act and REK approval with exemption from consent for pre-screening; Art. 9(2)(j). "
                "Manual screening misses eligible patients. No data leaves the hospitals; only flags are created; "
                "patients can opt out through the hospitals' reservation register.",
            ),
        ]
    )
    risk = docx_doc(
        [
            ("title", "Risk register – trial pre-screening"),
            (
                "table",
                [
                    ["Risk", "Likelihood", "Impact", "Mitigation", "Implemented?"],
                    [
                        "Patients unaware that records are screened",
                        "High",
                        "High",
                        "Public notice, reservation",
                        "Yes; residual high",
                    ],
                    ["Pressure to join trials", "Medium", "High", "Physician decides", "Yes"],
                    ["Commercial sponsor access", "Low", "High", "Counts only", "Yes"],
                    [
                        "Individual notice to every patient",
                        "-",
                        "-",
                        "Letters",
                        "No – disproportionate effort",
                    ],
                ],
            ),
        ]
    )
    wrong = pdf_doc(
        [
            ("title", "Board minutes – Nordic Trials Research AS, 2 October 2026"),
            ("h2", "Item 1: Budget 2027"),
            (
                "p",
                "The CFO presented the draft budget. The board approved a 6 % increase in IT spending and asked for a "
                "revised headcount plan by December.",
            ),
            ("h2", "Item 2: Office lease"),
            ("p", "The board approved extending the lease at Oslo Science Park until 2030."),
        ]
    )
    msg = mail(
        frm="Erik Solheim-Vang <erik.solheim-vang@nordictrials.no>",
        subject="Prior consultation – trial pre-screening",
        body=body,
        date=when(12, 11, 13, 3),
        msgid="<ntr-pc-1211@nordictrials.no>",
        attachments=[
            ("DPIA_prescreening.pdf", dpia),
            ("Risk_register.docx", risk),
            ("board_minutes.pdf", wrong),
        ],
    )
    return m, msg


def c064() -> Case:
    m = meta(
        "c064",
        "nb",
        [
            "p1_proc_contact_will_follow",
            "all_in_body",
            "plain_text_only",
            "headings_plain",
            "processor_used",
        ],
        encrypt="inline",
        processor="used",
        missing=(1,),
        note="school-health chatbot; processor named, its contact details 'kommer'",
    )
    body = """Hei

Kommunen ber om forhåndsdrøftelse for en chatbot i skolehelsetjenesten i Tindvik kommune.

Kontaktpersoner
Saksbehandler: Mona Aarset, helsesykepleier og prosjektleder, 76 11 20 45,
mona.aarset@tindvik.kommune.no
Personvernombud: Geir Tobiassen, 76 11 20 00, geir.tobiassen@tindvik.kommune.no
Databehandler er Samtalepartner AS. Kontaktinformasjon for databehandler kommer - vi venter på
navn på ny kontaktperson etter at forrige sluttet.

Om behandlingen
Elever i ungdomsskolen (ca. 900) kan stille spørsmål om helse, pubertet, rus og psykisk helse
til en chatbot på skolens nettside. Boten svarer med godkjente tekster og kan sette eleven i kontakt
med helsesykepleier. Samtalene lagres i 30 dager hos Samtalepartner AS for kvalitetskontroll.
Eleven er anonym, men kan velge å oppgi navn for å bli kontaktet.

Nødvendighet og forholdsmessighet
Forskrift om helsestasjons- og skolehelsetjenesten § 2-3. Mange ungdommer tar ikke kontakt ansikt
til ansikt. Anonym bruk er standard, IP-adresser lagres ikke, og eleven kan slette samtalen.

Risikovurdering
- Elever i krise får ikke hjelp raskt nok (middels sannsynlighet, svært alvorlig): boten viser
  alltid akuttnumre - gjennomført. Restrisiko høy.
- Identifisering via innhold i anonym chat (middels, alvorlig): automatisk sletting etter 30
  dager - gjennomført; kortere lagring vurdert, ikke gjennomført fordi kvalitetskontroll krever det.
- Leverandøren bruker samtaler til trening (lav, alvorlig): forbudt i avtalen - gjennomført.

Ledelsens validering
Kommunalsjef for helse presenterte DPIA-en og funnene for ledergruppen 12.11.2026, med innspill
fra Ungdomsrådet, elevrådene og skolelegen. Ledergruppen godkjente DPIA-en, ønsker å innføre
chatboten og ba oss be om forhåndsdrøftelse.

Hilsen
Mona Aarset
"""
    msg = mail(
        frm="Mona Aarset <mona.aarset@tindvik.kommune.no>",
        subject="Forhåndsdrøftelse - chatbot skolehelsetjenesten",
        body=body,
        date=when(11, 13, 14, 36),
        msgid="<tindvik-chat-1113@tindvik.kommune.no>",
    )
    return m, msg


CASES = [
    c049,
    c050,
    c051,
    c052,
    c053,
    c054,
    c055,
    c056,
    c057,
    c058,
    c059,
    c060,
    c061,
    c062,
    c063,
    c064,
]
