"""Cases c017-c032, each written individually."""

# ruff: noqa: E501  (the cases are prose; long lines are data)
from __future__ import annotations

from render import (
    Case,
    docx_doc,
    mail,
    meta,
    odt_doc,
    pdf_doc,
    scan_pdf,
    slides_pdf,
    vcard,
    when,
    xlsx_book,
)


def c017() -> Case:
    m = meta(
        "c017",
        "nb",
        [
            "zero_byte_part4",
            "file_per_part",
            "headings_vedlegg",
            "pdf",
            "contact_signature",
            "processor_used",
            "processor_contact_in_body",
        ],
        encrypt="pgp_mime",
        processor="used",
        missing=(4,),
        note="pharmacy adherence app; 'Vedlegg 3 - Risikovurdering.pdf' is zero bytes",
    )
    body = """Hei,

Apotekgruppen Vita AS ber om forhåndsdrøftelse for appen «Husk medisinen», som minner kunder om
å ta medisiner og – hvis kunden ønsker – deler etterlevelsesdata med fastlegen.

Databehandler er appleverandøren Kodeverket AS ved Morten Lunde, 934 11 820,
morten.lunde@kodeverket.no. Personvernombudet vårt er Elisabeth Horn, 22 90 14 02,
elisabeth.horn@vita-apotek.no.

Vedlegg 1 – Beskrivelse av behandlingen
Vedlegg 2 – Nødvendighet og proporsjonalitet
Vedlegg 3 – Risikovurdering
Vedlegg 4 – Ledelsens godkjenning

Med vennlig hilsen

Pål Andreassen
Fagsjef farmasi og digitale tjenester
Apotekgruppen Vita AS
Tlf. 22 90 14 55 | Sentralbord 22 90 14 00
pal.andreassen@vita-apotek.no
"""
    v1 = pdf_doc(
        [
            ("title", "Vedlegg 1 – Beskrivelse av behandlingen"),
            (
                "p",
                "Appen registrerer når kunden bekrefter å ha tatt en dose, og henter reseptdata fra Reseptformidleren "
                "via apotekets system. Omfang: forventet 150 000 brukere, mange med kroniske lidelser. Formål: bedre "
                "etterlevelse. Mottakere: fastlegen hvis kunden samtykker. Databehandler Kodeverket AS drifter "
                "appen. Sikkerhet: BankID-pålogging, kryptering, lagring i Norge.",
            ),
        ]
    )
    v2 = pdf_doc(
        [
            ("title", "Vedlegg 2 – Nødvendighet og proporsjonalitet"),
            (
                "p",
                "Grunnlag: uttrykkelig samtykke, art. 9 nr. 2 a. Appen er frivillig; kunder som ikke bruker den, får "
                "samme tjenester. Deling med lege er et eget valg. Kunden kan se, eksportere og slette alle data.",
            ),
        ]
    )
    v4 = pdf_doc(
        [
            ("title", "Vedlegg 4 – Ledelsens godkjenning"),
            (
                "p",
                "Konsernledelsen behandlet DPIA-en 4. november 2026 etter presentasjon fra fagsjef farmasi. Innspill "
                "fra Pasient- og brukerombudet og Norges Farmaceutiske Forening var sammenstilt. Konsernledelsen "
                "godkjente DPIA-en og besluttet å be om forhåndsdrøftelse. Signert: Anne Lise Dahl, adm. dir.",
            ),
        ]
    )
    msg = mail(
        frm="Pål Andreassen <pal.andreassen@vita-apotek.no>",
        subject="Forhåndsdrøftelse - Husk medisinen",
        body=body,
        date=when(11, 10, 10, 17),
        msgid="<vita-fd-20261110@vita-apotek.no>",
        attachments=[
            ("Vedlegg 1 - Beskrivelse av behandlingen.pdf", v1),
            ("Vedlegg 2 - Nødvendighet og proporsjonalitet.pdf", v2),
            ("Vedlegg 3 - Risikovurdering.pdf", b""),
            ("Vedlegg 4 - Ledelsens godkjenning.pdf", v4),
        ],
    )
    return m, msg


def c018() -> Case:
    m = meta(
        "c018",
        "nb",
        [
            "consultant_on_behalf",
            "dpia_report_pdf",
            "part5_board_resolution_docx",
            "processor_used",
            "processor_contact_in_dpia",
            "contact_label_value",
        ],
        processor="used",
        note="law firm sends on behalf of an offshore client; contacts of client, DPO and lab in the DPIA",
    )
    body = """Til Datatilsynet

Advokatfirmaet Lund & Sveen representerer Havbunn Drilling AS i denne saken. På vegne av vår
klient fremsetter vi anmodning om forhåndsdrøftelse, jf. personvernforordningen artikkel 36, for
klientens program for rus- og medikamenttesting av personell på flyttbare innretninger.

Klientens DPIA følger vedlagt og inneholder kontaktopplysninger (kapittel 0), beskrivelse,
nødvendighetsvurdering og risikovurdering. Styrets vedtak følger som eget dokument.

Korrespondanse kan gjerne gå til undertegnede i tillegg til klientens kontaktperson.

Med vennlig hilsen
Advokatfirmaet Lund & Sveen AS

Marianne Sveen
Advokat/partner
T: 51 84 20 10 | M: 922 30 114
marianne.sveen@lundsveen.no
"""
    dpia = pdf_doc(
        [
            ("title", "Havbunn Drilling AS – DPIA: Rus- og medikamenttesting offshore"),
            ("h1", "0 Kontaktopplysninger"),
            (
                "p",
                "Behandlingsansvarlig: Havbunn Drilling AS\nKontaktperson: Geir Aune, HMS-direktør\n"
                "Telefon: 51 64 30 00 / 901 22 870\nE-post: geir.aune@havbunn.no",
            ),
            (
                "p",
                "Personvernombud: Silje Rasmussen\nTelefon: 51 64 30 77\nE-post: personvernombud@havbunn.no",
            ),
            (
                "p",
                "Databehandler: Nordic Toxlab AS (analyse av prøver)\nKontakt: Dr. Erik Nyhus\n"
                "Telefon: 23 10 55 90\nE-post: erik.nyhus@toxlab.no",
            ),
            ("h1", "1 Behandlingens art og omfang"),
            (
                "p",
                "Alle 1 300 ansatte og innleide på fem rigger testes tilfeldig (10 % per tur) og ved hendelser. "
                "Urinprøver sendes til Nordic Toxlab, som analyserer og rapporterer positivt/negativt til "
                "bedriftslegen. Ved positivt svar får HMS-direktør melding om at personen er uskikket for tjeneste. "
                "Resultater lagres i 2 år i bedriftshelsetjenestens journal. Kilder: prøven, bemanningslister.",
            ),
            ("h1", "2 Hvorfor testing er nødvendig"),
            (
                "p",
                "Grunnlag: arbeidsmiljøloven § 9-4 (kontrolltiltak ved særlig risiko) og rammeforskriften § 48, "
                "art. 9 nr. 2 b. Tillitsvalgte er drøftet med, jf. aml. § 9-2. Alternativer som bare testing ved "
                "mistanke er vurdert, men gir ikke forebyggende effekt. Bare bedriftslegen ser medisinske detaljer; "
                "ledelsen får bare «skikket/ikke skikket».",
            ),
            ("h1", "3 Risikobilde"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Gjennomført / ikke gjennomført"],
                    [
                        "Avdekking av legemiddelbruk (f.eks. antidepressiva)",
                        "4",
                        "4",
                        "Bare bedriftslege ser funn",
                        "Gjennomført",
                    ],
                    [
                        "Stigmatisering ved utilsiktet kjennskap",
                        "2",
                        "4",
                        "Taushetserklæring",
                        "Gjennomført",
                    ],
                    ["Feilpositive prøver", "2", "5", "Bekreftelsesanalyse", "Gjennomført"],
                    [
                        "Testing av innleide uten informasjon",
                        "3",
                        "3",
                        "Info i innleieavtaler",
                        "Ikke gjennomført: avtaler reforhandles 2027",
                    ],
                ],
            ),
            (
                "p",
                "Samlet restrisiko vurderes som høy for retten til privatliv, særlig for legemiddelbrukere.",
            ),
        ],
        title="DPIA Havbunn Drilling",
    )
    board = docx_doc(
        [
            ("title", "Havbunn Drilling AS – Styrevedtak"),
            ("p", "Styremøte 30.10.2026, sak 9/2026: Rus- og medikamenttesting – DPIA"),
            (
                "p",
                "Styret fikk presentert DPIA-en, hovedfunn og restrisiko, samt innspill fra Industri Energi, SAFE og "
                "verneombudene. Styret har vurdert innspillene og gjennomgått risikobildet.",
            ),
            (
                "bold",
                "Vedtak: Styret godkjenner DPIA-en. Programmet videreføres, og administrasjonen skal be Datatilsynet "
                "om forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Marianne Sveen <marianne.sveen@lundsveen.no>",
        cc="Geir Aune <geir.aune@havbunn.no>",
        subject="Havbunn Drilling AS – anmodning om forhåndsdrøftelse (rustesting)",
        body=body,
        date=when(11, 6, 15, 2),
        msgid="<LS-2026-0441-FD@lundsveen.no>",
        attachments=[("Havbunn DPIA rustesting.pdf", dpia), ("Styrevedtak sak 9-2026.docx", board)],
    )
    return m, msg


def c019() -> Case:
    m = meta(
        "c019",
        "nn",
        [
            "contact_pdf_two_column_table",
            "one_odt",
            "part5_minutes_case_number",
            "processor_used",
            "processor_contact_in_pdf_table",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="ferry company ID scanning in nynorsk; contacts in a two-column PDF table, DPIA as ODT",
    )
    body = """Hei,

Vestferje AS ber om førehandsdrøfting for automatisk skanning av ID-kort ved ombordstiging på
snøggbåtane våre. Kontaktopplysningar ligg i eige ark (PDF), og DPIA-en med leiinga sitt vedtak
ligg i ODT-fila.

Helsing
Ingebjørg Nes
Vestferje AS
"""
    contacts = pdf_doc(
        [
            ("title", "Kontaktopplysningar – førehandsdrøfting ID-skanning"),
            ("h2", "Behandlingsansvarleg – kontaktperson"),
            (
                "table_noheader",
                [
                    ["Namn", "Ingebjørg Nes, sikringsleiar"],
                    ["Telefon", "57 82 14 00 / 468 22 901"],
                    ["E-post", "ingebjorg.nes@vestferje.no"],
                ],
            ),
            ("h2", "Personvernombod"),
            (
                "table_noheader",
                [
                    ["Namn", "Ketil Aarskog"],
                    ["Telefon", "57 82 14 19"],
                    ["E-post", "personvern@vestferje.no"],
                ],
            ),
            ("h2", "Databehandlar – Billettsystem Vest AS"),
            (
                "table_noheader",
                [
                    ["Namn", "Randi Myklebust"],
                    ["Telefon", "55 30 71 60"],
                    ["E-post", "randi@billettvest.no"],
                ],
            ),
        ],
        serif=True,
    )
    odt = odt_doc(
        [
            ("title", "DPIA – ID-skanning ved ombordstiging"),
            ("h1", "Korleis behandlinga går føre seg"),
            (
                "p",
                "Alle passasjerar over 16 år skannar ID-kort eller pass ved gangvegen. Namn, fødselsdato og "
                "dokumentnummer vert lagra saman med avgang og sete i Billettsystem Vest AS si løysing, og "
                "vert sletta 72 timar etter at båten er i hamn. Ca. 900 000 reiser i året. Kjelder: "
                "ID-dokumentet og billetten. Mottakarar: reiarlaget, og ved ulukke Hovudredningssentralen.",
            ),
            ("h1", "Kvifor vi meiner det er naudsynt"),
            (
                "p",
                "Passasjerlisteforskrifta krev teljing og namneliste på lengre ruter. Skanning gjev færre feil enn "
                "manuell liste. Vi lagrar ikkje biletet frå ID-kortet, berre tekstfelta, og passasjerar utan "
                "ID kan oppgje namn munnleg. Informasjon på billett og skilt.",
            ),
            ("h1", "Kva kan gå gale"),
            (
                "table",
                [
                    ["Hending", "Sannsyn", "Konsekvens", "Tiltak", "Status"],
                    [
                        "Sporing av reisevanar over tid",
                        "Middels",
                        "Høg",
                        "Sletting etter 72 t",
                        "Gjennomført",
                    ],
                    [
                        "Politiet ber om utlevering",
                        "Høg",
                        "Middels",
                        "Rutine for rettsleg grunnlag",
                        "Gjennomført",
                    ],
                    [
                        "Kopiering av dokumentnummer",
                        "Låg",
                        "Høg",
                        "Maskering av nummer",
                        "Vurdert, ikkje gjennomført: krav frå HRS",
                    ],
                ],
            ),
            ("p", "Restrisikoen for sporing er framleis høg for pendlarar."),
            ("h1", "Leiinga si handsaming"),
            (
                "p",
                "Sak 31/26 i leiargruppemøtet 12. november 2026: Sikringsleiar presenterte DPIA-en og funna. Innspel "
                "frå Sjøfartsdirektoratet, pendlarforeininga og dei tillitsvalde vart lagt fram. Vedtak: "
                "Leiargruppa godkjenner DPIA-en, vil innføre ordninga og ber om førehandsdrøfting med Datatilsynet.",
            ),
        ]
    )
    msg = mail(
        frm="Ingebjørg Nes <ingebjorg.nes@vestferje.no>",
        subject="Førehandsdrøfting – ID-skanning snøggbåt",
        body=body,
        date=when(11, 19, 13, 40),
        msgid="<vf-fd-1119@vestferje.no>",
        attachments=[("Kontaktopplysningar.pdf", contacts), ("DPIA ID-skanning.odt", odt)],
    )
    return m, msg


def c020() -> Case:
    m = meta(
        "c020",
        "nb",
        ["nonrequest_invoice", "pdf"],
        request=False,
        note="invoice from a conference venue sent to the mailbox",
    )
    body = """Vedlagt følger faktura nr. 20261187 for leie av møterom 21. oktober.

Forfall 30 dager. Ta kontakt ved spørsmål.

Med vennlig hilsen
Regnskap
Fjordhotellet Konferanse AS
"""
    inv = pdf_doc(
        [
            ("title", "FAKTURA 20261187"),
            (
                "table",
                [
                    ["Beskrivelse", "Antall", "Pris", "Sum"],
                    ["Møterom Fjorden, heldag", "1", "8 500,00", "8 500,00"],
                    ["Lunsj", "24", "295,00", "7 080,00"],
                    ["MVA 25 %", "", "", "3 895,00"],
                    ["Å betale", "", "", "19 475,00"],
                ],
            ),
            ("p", "Kontonummer 1503 22 44871. KID 2026118701. Forfallsdato 05.12.2026."),
        ]
    )
    msg = mail(
        frm="Regnskap Fjordhotellet <faktura@fjordhotellet.no>",
        subject="Faktura 20261187",
        body=body,
        date=when(11, 5, 6, 0),
        msgid="<inv20261187@fjordhotellet.no>",
        attachments=[("Faktura_20261187.pdf", inv)],
    )
    return m, msg


def c021() -> Case:
    m = meta(
        "c021",
        "en",
        [
            "p1_contact_no_phone",
            "all_in_body",
            "plain_text_only",
            "headings_num",
            "processor_used",
            "processor_contact_in_body",
        ],
        encrypt="inline",
        processor="used",
        missing=(1,),
        note="taxi driver-fatigue cameras; the controller's contact person has no phone number anywhere",
    )
    body = """To the Norwegian Data Protection Authority

Subject: Request for prior consultation - in-cab driver monitoring (RideNord AS)

1. Who we are
Controller: RideNord AS, Trondheim. Contact person: Emma Strand, Compliance Manager,
emma.strand@ridenord.no.
Data protection officer: Kjell Otnes, +47 73 40 22 19, dpo@ridenord.no.
Processor: SafeDrive Analytics Oy (Finland), contact Mikko Lehtinen, +358 40 771 2290,
mikko.lehtinen@safedrive.fi.

2. The processing
An infrared camera facing the driver in each of our 620 taxis detects signs of fatigue and phone
use (eye closure, head pose). Alerts sound in the cab; events with a 10-second clip are uploaded to
SafeDrive's platform and reviewed by our fleet safety team. About 1 400 drivers, some of them
self-employed franchisees. Passengers in the front seat may be captured. Clips kept 30 days.

3. Necessity and proportionality
Legal basis: Art. 6(1)(f) and the Working Environment Act chapter 9 for employees. Fatigue caused
two serious accidents in 2025. Alternatives (rest-time rules alone, self-reporting) have not worked.
Only events are uploaded, never continuous video; no audio; the lens is masked so that only the
driver's seat is seen; drivers see their own events in the app; events are not used for pay.

4. Risks and measures
- Continuous surveillance feeling at work (high/high): only event upload - implemented;
  residual risk high.
- Passenger in front seat recorded (medium/medium): masking - implemented.
- Use of clips in disputes with franchisees (medium/high): purpose limitation in policy -
  implemented; technical block considered, not implemented (vendor cannot separate).
- Transfer outside EEA for support (low/medium): EU-only support - implemented.

5. Management review
The DPIA was presented to RideNord's management group on 3 and 24 November 2026, together with
the positions of the drivers' union (Yrkestrafikkforbundet) and the franchisee association. The
management group approved the DPIA and decided to proceed, subject to prior consultation, because
the residual risk for drivers remains high.

Kind regards,
Emma Strand
RideNord AS
"""
    msg = mail(
        frm="Emma Strand <emma.strand@ridenord.no>",
        subject="Request for prior consultation - driver monitoring",
        body=body,
        date=when(11, 26, 16, 0),
        msgid="<ridenord-pc-1126@ridenord.no>",
    )
    return m, msg


def c022() -> Case:
    m = meta(
        "c022",
        "nb",
        [
            "scanned_cover_letter_image_pdf",
            "contact_in_scan_only",
            "dpia_report_docx",
            "part5_minutes_docx",
            "processor_none_stated",
        ],
        processor="none",
        note="municipal drone inspections; contact details only in a scanned (image-only) cover letter",
    )
    body = """Oversender anmodning om forhåndsdrøftelse fra Bergsdal kommune. Følgebrevet er skannet.

Sendt fra min iPhone
"""
    cover = scan_pdf(
        [
            [
                "# Bergsdal kommune",
                "Plan- og bygningsetaten",
                "",
                "Datatilsynet                                  Vår ref. 2026/3381",
                "Postboks 458 Sentrum, 0105 Oslo            Dato: 17.11.2026",
                "",
                "# Anmodning om forhåndsdrøftelse – dronebefaring",
                "Bergsdal kommune ber om forhåndsdrøftelse for bruk av droner",
                "med kamera ved tilsyn med ulovlig byggearbeid. DPIA og",
                "protokoll fra ledergruppen er vedlagt e-posten.",
                "",
                "Kontaktperson: Vegard Eide, tlf. 35 06 42 18,",
                "vegard.eide@bergsdal.kommune.no",
                "Personvernombud: Hanne Moland, tlf. 35 06 40 05,",
                "personvernombud@bergsdal.kommune.no",
                "Kommunen flyr dronene selv og bruker ingen databehandler.",
                "",
                "Med hilsen",
                "Vegard Eide, fagleder tilsyn",
            ]
        ],
        seed=22,
    )
    dpia = docx_doc(
        [
            ("title", "DPIA – Dronebefaring i byggesaker"),
            ("h1", "Om tiltaket"),
            (
                "p",
                "Ved mistanke om ulovlig bygging flyr kommunens tilsynsfolk en drone med kamera over eiendommen i "
                "stedet for å gå inn på den. Bilder og video av bygninger, hager og personer som oppholder seg der "
                "lagres i byggesaksarkivet. Omkring 60 flyginger i året; naboeiendommer kommer med. Kilder: "
                "dronen. Mottakere: byggesaksbehandlere, ev. klageinstans.",
            ),
            ("h1", "Hjemmel, nødvendighet og forholdsmessighet"),
            (
                "p",
                "Plan- og bygningsloven § 32-1 og § 33-1 om tilsyn. Dronen er mindre inngripende enn fysisk "
                "befaring for eier, men mer inngripende for naboer. Vi varsler eier og naboer på forhånd, flyr bare "
                "dagtid, sladder personer og naboeiendom før arkivering, og sletter råvideo etter 14 dager.",
            ),
            ("h1", "Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Status"],
                    [
                        "Filming av personer i hage (privatlivets fred)",
                        "Høy",
                        "Høy",
                        "Varsling, sladding",
                        "Gjennomført – restrisiko høy",
                    ],
                    [
                        "Naboer filmes uten grunn",
                        "Høy",
                        "Middels",
                        "Geofencing",
                        "Vurdert, ikke gjennomført: dronen støtter det ikke",
                    ],
                    ["Råvideo på avveie", "Lav", "Høy", "Kryptert minnekort", "Gjennomført"],
                ],
            ),
        ]
    )
    mins = docx_doc(
        [
            ("title", "Protokoll – kommunedirektørens ledergruppe 10.11.2026"),
            ("h2", "Sak 77/26 Dronebefaring – DPIA (2. gangs behandling)"),
            (
                "p",
                "Fagleder tilsyn presenterte oppdatert DPIA og funn. Innspill fra Huseierne, Bondelaget og "
                "personvernombudet var sammenfattet. Vedtak: Ledergruppen godkjenner DPIA-en og ønsker å "
                "innføre dronebefaring. Restrisiko er høy; kommunen ber om forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Vegard Eide <vegard.eide@bergsdal.kommune.no>",
        subject="Forhåndsdrøftelse droner",
        body=body,
        date=when(11, 17, 19, 22),
        msgid="<B2C7D1E4-22AA@bergsdal.kommune.no>",
        attachments=[
            ("Skann_følgebrev_20261117.pdf", cover),
            ("DPIA dronebefaring.docx", dpia),
            ("Protokoll LG 10.11.docx", mins),
        ],
    )
    return m, msg


def c023() -> Case:
    m = meta(
        "c023",
        "nb",
        [
            "part4_will_follow",
            "dpia_under_work",
            "all_in_body",
            "headings_plain",
            "processor_used",
            "processor_contact_in_body",
        ],
        processor="used",
        missing=(4,),
        note="housing cooperative smart locks; risk analysis 'under arbeid hos leverandøren og ettersendes'",
    )
    body = """Hei

Boligbyggelaget Tun BBL ønsker å be om forhåndsdrøftelse for digitale låser med adgangslogg i
våre 140 borettslag (ca. 9 000 leiligheter).

Kontakt
Kontaktperson: Ruth Engen, eiendomssjef, 23 00 51 44, ruth.engen@tunbbl.no
Personvernombud: Frode Tangen, 23 00 51 00, personvernombud@tunbbl.no
Databehandler: Låsnett AS, Simen Kvam, 404 33 120, simen.kvam@laasnett.no

Behandlingen
Beboerne åpner inngangsdør, bod og garasje med mobil eller brikke. Hver åpning logges med
person, dør og tidspunkt i Låsnetts skyløsning, og loggen kan søkes i av vaktmester og styret i
borettslaget. Hensikten er å redusere innbrudd i boder. Loggen lagres i 12 måneder.

Nødvendighet
Vi bygger på berettiget interesse. Alternativet er kameraovervåking, som er mer inngripende. Vi
har begrenset hvem som kan søke i loggen, og beboerne får informasjon på generalforsamlingen.
Beboere som ikke vil bruke app, får brikke.

Risikovurdering
ROS-analysen er under arbeid hos Låsnett og blir ettersendt så snart den er klar.

Ledelsens behandling
Styret i Tun BBL behandlet DPIA-utkastet 18.11.2026 etter presentasjon fra eiendomssjefen, med
innspill fra borettslagsstyrene og Leieboerforeningen, og vedtok å be om forhåndsdrøftelse.

Vennlig hilsen
Ruth Engen
"""
    msg = mail(
        frm="Ruth Engen <ruth.engen@tunbbl.no>",
        subject="Forhåndsdrøftelse – digitale låser",
        body=body,
        date=when(11, 23, 9, 30),
        msgid="<tun-laas-20261123@tunbbl.no>",
    )
    return m, msg


def c024() -> Case:
    m = meta(
        "c024",
        "nb",
        [
            "dpo_intermunicipal",
            "processor_used",
            "processor_contact_in_dpa_pdf",
            "risk_register_xlsx",
            "scanned_minutes_pdf",
            "dpia_report_docx",
            "contact_signature",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="GPS alarm for people with dementia, five municipalities, shared DPO; minutes only as a scan",
    )
    body = """Til Datatilsynet

Vertskommunen Midtdal sender, på vegne av samarbeidet Trygg Heime (Midtdal, Aurvik, Lia, Hovden
og Skarvåg kommuner), anmodning om forhåndsdrøftelse for GPS-lokalisering av hjemmeboende
personer med demens.

Samarbeidet har felles personvernombud, Interkommunalt personvernombud Midt (IPO Midt):
Solveig Brenna, tlf. 72 49 30 90, solveig.brenna@ipomidt.no.

Vedlegg:
- DPIA Trygg Heime (Word)
- Risikoregister (Excel)
- Databehandleravtale med AlarmNord AS (PDF), der kontaktperson hos databehandler står i punkt 12
- Skannet protokoll fra rådmannsforum, sak 15/26

Med hilsen

Jørgen Lillevik
Prosjektleder velferdsteknologi, Midtdal kommune
Helse og omsorg
Tlf. 72 49 11 36 | Mob. 958 40 227 | Sentralbord 72 49 10 00
jorgen.lillevik@midtdal.kommune.no
"""
    dpia = docx_doc(
        [
            ("title", "Trygg Heime – DPIA for GPS-lokalisering"),
            ("h1", "1. Bakgrunn"),
            (
                "p",
                "Om lag 300 hjemmeboende personer med demens i fem kommuner får GPS-klokke eller -såle. "
                "Posisjon sendes hvert 5. minutt når personen er utenfor definert sone, og varsler pårørende og "
                "hjemmetjenesten.",
            ),
            ("h1", "2. Behandlingen i detalj"),
            (
                "p",
                "Posisjonsdata, helseopplysning (demensdiagnose), pårørendes kontaktinfo. Kilder: enheten, "
                "vedtak i fagsystem. Mottakere: hjemmetjenesten og inntil to pårørende. Lagring: 7 dager. "
                "AlarmNord AS drifter plattformen som databehandler. Kommunene er hver for seg "
                "behandlingsansvarlige; Midtdal er vertskommune.",
            ),
            ("h1", "3. Hjemmel og forholdsmessighet"),
            (
                "p",
                "Helse- og omsorgstjenesteloven § 9-7 a om varslings- og lokaliseringsteknologi; samtykke eller "
                "vedtak ved manglende samtykkekompetanse. Tiltaket gjør det mulig å bo hjemme lenger og erstatter "
                "låste dører. Vi har vurdert tilsyn uten GPS, som gir mer frihetsberøvelse. Posisjon sendes bare "
                "utenfor sonen; pårørende ser ikke historikk.",
            ),
            ("h1", "4. Risiko"),
            (
                "p",
                "Se risikoregisteret. Høy restrisiko gjenstår for at personer uten samtykkekompetanse overvåkes "
                "mer enn nødvendig, og for at pårørende bruker posisjon i konflikter om arv og omsorg.",
            ),
        ]
    )
    risk = xlsx_book(
        [
            (
                "Risikoregister",
                [
                    [
                        "ID",
                        "Trussel",
                        "Berørt rettighet",
                        "Sannsynlighet",
                        "Konsekvens",
                        "Tiltak",
                        "Status",
                        "Merknad",
                    ],
                    [
                        "T1",
                        "Overvåking ut over behov",
                        "Privatliv, bevegelsesfrihet",
                        "Høy",
                        "Høy",
                        "Sone kun utenfor hjem",
                        "Gjennomført",
                        "Restrisiko høy",
                    ],
                    [
                        "T2",
                        "Pårørende misbruker posisjon",
                        "Privatliv",
                        "Middels",
                        "Høy",
                        "Ingen historikk",
                        "Gjennomført",
                        "",
                    ],
                    [
                        "T3",
                        "Pårørende-tilgang logges ikke",
                        "Åpenhet",
                        "Middels",
                        "Middels",
                        "Logg i app",
                        "Ikke gjennomført",
                        "Leverandør har ikke funksjonen før 2027",
                    ],
                    [
                        "T4",
                        "Batteri tomt – person savnet",
                        "Liv og helse",
                        "Middels",
                        "Høy",
                        "Varsel ved lavt batteri",
                        "Gjennomført",
                        "",
                    ],
                ],
            )
        ]
    )
    dpa = pdf_doc(
        [
            ("title", "Databehandleravtale – Trygg Heime"),
            (
                "p",
                "Partene er Midtdal kommune (på vegne av samarbeidskommunene) og AlarmNord AS, org.nr. 917 553 210.",
            ),
            ("h2", "Punkt 12 Kontaktpersoner"),
            (
                "p",
                "Databehandlers kontaktperson for personvern og sikkerhet: Tore Lysø, tlf. 73 80 15 62, "
                "e-post tore.lyso@alarmnord.no. Behandlingsansvarliges kontaktperson: Jørgen Lillevik.",
            ),
        ]
    )
    scan = scan_pdf(
        [
            [
                "# PROTOKOLL – Rådmannsforum Trygg Heime",
                "Møte 3. desember 2026, Midtdal rådhus",
                "Til stede: kommunedirektørene i Midtdal, Aurvik, Lia,",
                "Hovden og Skarvåg. IPO Midt deltok i sak 15/26.",
                "",
                "# Sak 15/26 DPIA GPS-lokalisering",
                "Prosjektleder presenterte DPIA og funn. Innspill fra",
                "Nasjonalforeningen for folkehelsen, eldrerådene og",
                "Fagforbundet var sammenstilt og ble drøftet.",
                "",
                "Vedtak: Rådmannsforum godkjenner DPIA-en. Kommunene",
                "ønsker å innføre tjenesten. Vertskommunen ber om",
                "forhåndsdrøftelse med Datatilsynet.",
                "",
                "Rett protokoll:",
            ]
        ],
        seed=24,
    )
    msg = mail(
        frm="Jørgen Lillevik <jorgen.lillevik@midtdal.kommune.no>",
        subject="Anmodning om forhåndsdrøftelse – Trygg Heime (GPS demens)",
        body=body,
        date=when(12, 8, 11, 11),
        msgid="<tryggheime-fd-1208@midtdal.kommune.no>",
        attachments=[
            ("DPIA Trygg Heime.docx", dpia),
            ("Risikoregister.xlsx", risk),
            ("Databehandleravtale AlarmNord.pdf", dpa),
            ("Protokoll rådmannsforum sak 15-26.pdf", scan),
        ],
    )
    return m, msg


def c025() -> Case:
    m = meta(
        "c025",
        "en",
        ["nonrequest_auto_reply", "all_in_body"],
        request=False,
        note="out-of-office auto-reply",
    )
    body = """I am out of the office until 4 January 2027 with limited access to e-mail.

For urgent matters regarding data protection please contact privacy@helixbio.com.

Best regards,
Sarah Okonkwo
Helix Biosciences Norway AS
"""
    msg = mail(
        frm="Sarah Okonkwo <sarah.okonkwo@helixbio.com>",
        subject="Automatic reply: Your enquiry 26/01442",
        body=body,
        date=when(12, 21, 8, 0),
        msgid="<autoreply-7781@helixbio.com>",
        headers={
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "In-Reply-To": "<dt-26-01442@datatilsynet.no>",
        },
    )
    return m, msg


def c026() -> Case:
    m = meta(
        "c026",
        "nb",
        [
            "part2_will_follow",
            "file_per_part",
            "pdf",
            "docx",
            "contact_prose",
            "processor_none_stated",
        ],
        processor="none",
        missing=(2,),
        note="university research scraping social media; systematic description 'ettersendes'",
    )
    body = """Til Datatilsynet

Universitetet i Østby (UiØ), Institutt for sosiologi, ber om forhåndsdrøftelse for
forskningsprosjektet RADIKAL, som samler inn offentlige innlegg fra sosiale medier for å studere
radikalisering.

Prosjektleder og kontaktperson er professor Lars Tvedt, telefon 55 58 21 47, e-post
lars.tvedt@uio-ostby.no. UiØs personvernombud er Kristin Vik, telefon 55 58 20 00, e-post
personvernombud@uio-ostby.no. Innsamling og analyse skjer på universitetets egne servere;
vi bruker ingen databehandler.

Den systematiske beskrivelsen av behandlingen er ikke ferdig revidert etter siste møte med
datateamet, og ettersendes i løpet av neste uke. Vedlagt nå:

 - Nødvendighets- og forholdsmessighetsvurdering (PDF)
 - Risikovurdering (Word)
 - Vedtak fra instituttledelsen og dekanatet (PDF)

Vennlig hilsen
Lars Tvedt
"""
    nec = pdf_doc(
        [
            ("title", "RADIKAL – vurdering av nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: art. 6 nr. 1 e og art. 9 nr. 2 j, jf. personopplysningsloven § 8 og § 9. Prosjektet "
                "kan ikke gjennomføres med samtykke, fordi det vil gi skjevt utvalg. Vi samler bare offentlige "
                "innlegg, pseudonymiserer ved innsamling, publiserer bare aggregerte funn og sitater som ikke kan "
                "søkes opp. Informasjon gis på prosjektets nettside, og registrerte kan be om å bli slettet. "
                "Data slettes ved prosjektslutt 2029.",
            ),
        ]
    )
    risk = docx_doc(
        [
            ("title", "RADIKAL – risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "Sannsynlighet", "Konsekvens", "Tiltak", "Gjennomført?"],
                    [
                        "Personer feilaktig stemplet som radikale i datasettet",
                        "Middels",
                        "Svært høy",
                        "Pseudonymisering",
                        "Ja",
                    ],
                    [
                        "Krav om utlevering fra PST/politi",
                        "Lav",
                        "Svært høy",
                        "Ingen koblingsnøkkel utenfor prosjekt",
                        "Ja",
                    ],
                    [
                        "Reidentifisering via sitat",
                        "Middels",
                        "Høy",
                        "Omskrivning av sitater",
                        "Ja",
                    ],
                    [
                        "Informasjon til alle registrerte",
                        "–",
                        "–",
                        "Individuell varsling",
                        "Nei: umulig/uforholdsmessig",
                    ],
                ],
            ),
            ("p", "Samlet restrisiko for stigmatisering vurderes som høy."),
        ]
    )
    vedtak = pdf_doc(
        [
            ("title", "Vedtak – RADIKAL"),
            (
                "p",
                "Instituttledelsen (28.10.2026) og dekanatet (11.11.2026) har fått presentert DPIA-en og funnene, "
                "herunder innspill fra referansegruppen med representanter for muslimske organisasjoner og "
                "Antirasistisk Senter. Dekanatet godkjenner DPIA-en og ber prosjektet anmode om forhåndsdrøftelse.",
            ),
            ("p", "Signert: Dekan Ingrid Rønning"),
        ]
    )
    msg = mail(
        frm="Lars Tvedt <lars.tvedt@uio-ostby.no>",
        subject="Forhåndsdrøftelse – forskningsprosjektet RADIKAL",
        body=body,
        date=when(11, 12, 16, 25),
        msgid="<radikal-fd@uio-ostby.no>",
        attachments=[
            ("RADIKAL nødvendighet og forholdsmessighet.pdf", nec),
            ("RADIKAL risikovurdering.docx", risk),
            ("RADIKAL vedtak dekanat.pdf", vedtak),
        ],
    )
    return m, msg


def c027() -> Case:
    m = meta(
        "c027",
        "nn",
        [
            "one_docx",
            "dpo_intermunicipal",
            "processor_used",
            "processor_contact_in_docx",
            "headings_plain",
            "contact_docx_table",
        ],
        processor="used",
        note="kindergarten photo app with face recognition, nynorsk, all in one DOCX with short cover mail",
    )
    body = """Hei,

Vedlagt er oppmodinga vår om førehandsdrøfting for bildedeling med ansiktsgjenkjenning i dei
kommunale barnehagane i Kvitnes. Alt ligg i dokumentet.

Helsing
Marit Lothe
Kvitnes kommune, oppvekst
"""
    doc = docx_doc(
        [
            ("title", "Oppmoding om førehandsdrøfting – bildedeling i barnehagane"),
            ("h1", "Kontaktpersonar"),
            (
                "table",
                [
                    ["", "Namn", "Telefon", "E-post"],
                    [
                        "Kontaktperson, Kvitnes kommune",
                        "Marit Lothe",
                        "56 31 70 22",
                        "marit.lothe@kvitnes.kommune.no",
                    ],
                    [
                        "Personvernombod (interkommunalt, Vestkysten IKS)",
                        "Oddny Rørvik",
                        "56 10 44 90",
                        "oddny@vestkystenpvo.no",
                    ],
                    [
                        "Databehandlar, Barnehagebilde AS",
                        "Jostein Huse",
                        "919 40 515",
                        "jostein@bhgbilde.no",
                    ],
                ],
            ),
            ("h1", "Skildring av behandlinga"),
            (
                "p",
                "Tilsette tek bilete i kvardagen. Appen kjenner att ansikta til borna og deler bileta automatisk "
                "med foreldra til borna som er med på biletet, dersom alle foreldra har samtykt. 11 barnehagar, "
                "ca. 650 born frå 1 til 6 år. Biometriske malar vert laga av referansebilete som foreldra lastar "
                "opp. Barnehagebilde AS lagrar bilete og malar i Noreg. Sletting når barnet sluttar.",
            ),
            ("h1", "Naudsyn og forholdsmessigheit"),
            (
                "p",
                "Grunnlaget er uttrykkeleg samtykke frå begge føresette (art. 9 nr. 2 a). Manuell merking er "
                "alternativet og er brukt i dag; det tek mykje tid frå borna. Born utan samtykke vert automatisk "
                "sladda. Foreldre kan trekkje samtykke i appen og sjå alle bilete av eige barn.",
            ),
            ("h1", "Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Gjennomført"],
                    [
                        "Biometri om born på avvegar",
                        "Låg",
                        "Svært høg",
                        "Kryptering, lagring i Noreg",
                        "Ja",
                    ],
                    [
                        "Feil barn vert delt til feil foreldre",
                        "Middels",
                        "Høg",
                        "Tilsett godkjenner før deling",
                        "Ja",
                    ],
                    [
                        "Samtykket er ikkje reelt fritt",
                        "Middels",
                        "Middels",
                        "Likeverdig manuell ordning",
                        "Nei – for ressurskrevjande",
                    ],
                ],
            ),
            ("p", "Restrisikoen ved at biometriske data om små born vert lagra, er høg."),
            ("h1", "Leiinga si vurdering"),
            (
                "p",
                "Kommunalsjef for oppvekst la fram DPIA-en og funna for kommunedirektøren si leiargruppe 29.10 og "
                "26.11.2026. Foreldrerådet i barnehagane (FUB lokalt) og tillitsvalde i Fagforbundet og "
                "Utdanningsforbundet har gjeve innspel. Leiargruppa godkjende DPIA-en, ønskjer å ta løysinga i bruk, "
                "og bad om at kommunen oppmodar Datatilsynet om førehandsdrøfting.",
            ),
        ]
    )
    msg = mail(
        frm="Marit Lothe <marit.lothe@kvitnes.kommune.no>",
        subject="Førehandsdrøfting bildedeling barnehage",
        body=body,
        date=when(11, 30, 10, 45),
        msgid="<kvitnes-bhg-1130@kvitnes.kommune.no>",
        attachments=[("Førehandsdrøfting bildedeling.docx", doc)],
    )
    return m, msg


def c028() -> Case:
    m = meta(
        "c028",
        "nb",
        [
            "contact_vcf",
            "processor_used",
            "processor_contact_in_body",
            "risk_matrix_xlsx",
            "part5_slides_pdf_plus_minutes",
            "file_per_part",
            "pdf",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="debt collector voice-AI calling; contacts in vCard, processor in the mail, management slides + minutes",
    )
    body = """Hei,

Kreditt Inkasso AS ber om forhåndsdrøftelse for en KI-stemmeagent som ringer skyldnere og
forhandler betalingsplaner.

Kontaktperson og personvernombud står i vedlagt kontaktkort. Talemodellen leveres og driftes av
Stemmefabrikken AS (databehandler); kontakt der er Henrik Sunde, 415 09 442,
henrik.sunde@stemmefabrikken.no.

Dokumentasjon:
  - Beskrivelse_og_vurdering.pdf
  - Risikovurdering_stemmeagent.xlsx
  - Presentasjon_ledergruppen.pdf (lysarkene som ble vist ledergruppen)
  - Referat_ledergruppen_2026-11-24.pdf

Mvh
Thea Lund
Compliance
"""
    vcf = vcard(
        [
            {
                "name": "Thea Lund",
                "org": "Kreditt Inkasso AS",
                "title": "Compliance Officer",
                "tel": "+47 23 40 77 15",
                "email": "thea.lund@krinkasso.no",
            },
            {
                "name": "Bjørnar Elde",
                "org": "Kreditt Inkasso AS",
                "title": "Personvernombud",
                "tel": "+47 23 40 77 00",
                "email": "personvernombud@krinkasso.no",
            },
        ]
    )
    desc = pdf_doc(
        [
            ("title", "KI-stemmeagent – beskrivelse og vurdering"),
            ("h1", "Slik behandler vi opplysningene"),
            (
                "p",
                "Stemmeagenten ringer skyldnere i saker under 30 000 kr, forklarer kravet, og kan avtale "
                "betalingsplan innenfor rammer. Samtalene tas opp og transkriberes. Modellen tilpasser tone etter "
                "skyldnerens svar. Ca. 80 000 samtaler i året. Kilder: inkassosystemet, samtalen. Mottakere: "
                "oppdragsgiver får kun avtalt betalingsplan. Opptak slettes etter 6 måneder.",
            ),
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: inkassoloven og god inkassoskikk, art. 6 nr. 1 f. Agenten opplyser alltid at den er en "
                "maskin, og skyldner kan be om menneske. Agenten kan ikke true eller nevne rettslige skritt. Vi "
                "bruker ikke stemmeanalyse for å vurdere betalingsevne eller følelser.",
            ),
        ]
    )
    risk = xlsx_book(
        [
            (
                "Risiko",
                [
                    [
                        "Risiko",
                        "S (1-5)",
                        "K (1-5)",
                        "Score",
                        "Tiltak",
                        "Gjennomført",
                        "Ikke gjennomført – hvorfor",
                    ],
                    [
                        "Sårbare skyldnere presses til urealistisk plan",
                        3,
                        5,
                        15,
                        "Maks avdrag etter livsoppholdssats",
                        "Ja",
                        "",
                    ],
                    [
                        "Feilidentifisering – snakker med feil person",
                        2,
                        4,
                        8,
                        "Verifikasjon med fødselsdato",
                        "Ja",
                        "",
                    ],
                    [
                        "Skyldner forstår ikke at det er KI",
                        2,
                        3,
                        6,
                        "Opplysning i starten",
                        "Ja",
                        "",
                    ],
                    [
                        "Automatisk vurdering av betalingsvilje",
                        2,
                        5,
                        10,
                        "",
                        "",
                        "Funksjonen er slått av, vurderes ikke tatt i bruk",
                    ],
                ],
            )
        ]
    )
    slides = slides_pdf(
        [
            ("KI-stemmeagent\nLedergruppen 24.11.2026", []),
            (
                "Hva har vi funnet?",
                [
                    "Høy restrisiko for sårbare skyldnere",
                    "Øvrige risikoer middels/lav etter tiltak",
                ],
            ),
            (
                "Interessenter",
                [
                    "Gjeldsrådgivningen i NAV: bekymret for sårbare",
                    "Finans Norge: positiv",
                    "Tillitsvalgte: bekymret for bemanning",
                ],
            ),
            ("Anbefaling", ["Godkjenne DPIA", "Be om forhåndsdrøftelse"]),
        ]
    )
    ref = pdf_doc(
        [
            ("title", "Referat ledergruppemøte 24.11.2026"),
            (
                "p",
                "Sak 3: Ledergruppen gjennomgikk presentasjonen og DPIA-en. Ledergruppen godkjenner DPIA-en, ønsker "
                "å ta i bruk stemmeagenten, og ber compliance sende anmodning om forhåndsdrøftelse. Ansvarlig: Thea Lund.",
            ),
        ]
    )
    msg = mail(
        frm="Thea Lund <thea.lund@krinkasso.no>",
        subject="Forhåndsdrøftelse – KI-stemmeagent",
        body=body,
        date=when(12, 1, 9, 58),
        msgid="<krinkasso-stemme-1201@krinkasso.no>",
        attachments=[
            ("Kontakter.vcf", vcf),
            ("Beskrivelse_og_vurdering.pdf", desc),
            ("Risikovurdering_stemmeagent.xlsx", risk),
            ("Presentasjon_ledergruppen.pdf", slides),
            ("Referat_ledergruppen_2026-11-24.pdf", ref),
        ],
    )
    return m, msg


def c029() -> Case:
    m = meta(
        "c029",
        "nb",
        ["nonrequest_complaint", "all_in_body"],
        request=False,
        note="employee complains about camera surveillance at work",
    )
    body = """Hei

Jeg vil klage på arbeidsgiveren min, et lager i Drammen. De har satt opp kameraer i pauserommet og
i garderoben uten at vi har fått beskjed. Lederen sier det er på grunn av tyveri, men vi ble
aldri spurt, og det er ingen skilt. Jeg tør ikke ta det opp internt.

Kan Datatilsynet se på dette? Jeg ønsker å være anonym overfor arbeidsgiver.

Hilsen
Ahmed R.
tlf 462 91 334
"""
    msg = mail(
        frm="ahmed.r1988@gmail.com",
        subject="klage kamera på jobb",
        body=body,
        date=when(11, 15, 21, 7),
        msgid="<CABx7Yq1kl@mail.gmail.com>",
    )
    return m, msg


def c030() -> Case:
    m = meta(
        "c030",
        "en",
        [
            "one_pdf",
            "contact_pdf_two_column_table",
            "headings_plain",
            "processor_unspecified",
            "part5_board_resolution",
        ],
        encrypt="pgp_mime",
        note="private IVF clinic donor registry; one PDF, own headings, contacts in a two-column table",
    )
    body = """Dear Datatilsynet,

Please find enclosed Nova Fertility Clinic AS' request for prior consultation regarding our new
donor matching registry. The document contains all the required information.

Yours faithfully,
Dr. Ane Holter
Medical Director
"""
    doc = pdf_doc(
        [
            ("title", "Request for prior consultation – Donor matching registry"),
            ("p", "Nova Fertility Clinic AS, Oslo – 25 November 2026"),
            ("h1", "Who to contact"),
            (
                "table_noheader",
                [
                    ["Contact person", "Dr. Ane Holter, Medical Director"],
                    ["Phone", "+47 22 55 81 30"],
                    ["E-mail", "ane.holter@novafertility.no"],
                    ["DPO", "Mr. Ivar Lunde"],
                    ["DPO phone", "+47 22 55 81 99"],
                    ["DPO e-mail", "dpo@novafertility.no"],
                ],
            ),
            ("h1", "Background and what the registry does"),
            (
                "p",
                "Sperm and egg donors are matched with recipients on physical traits, blood type and genetic carrier "
                "screening (panel of 300 recessive conditions). Under the Biotechnology Act, donor-conceived "
                "children may learn the donor's identity at 15. The registry holds donors (ca. 1 200), "
                "recipients and children born. Sources: donors, recipients, the lab. Recipients of data: the "
                "Norwegian Directorate of Health (donor register), and at 15 the child. Stored for 100 years as "
                "required by law. Access: two geneticists and registry staff.",
            ),
            ("h1", "Why we process this much"),
            (
                "p",
                "Legal basis: Biotechnology Act sections 2-7 and 2-8, Art. 9(2)(h) and (i). Carrier screening "
                "prevents serious heritable disease; we considered a smaller panel of 40 conditions, which misses "
                "too many. Safeguards: separate storage of identity and genetics, informed consent for screening, "
                "donors can see their own results and receive genetic counselling.",
            ),
            ("h1", "What could harm donors, recipients and children"),
            (
                "table",
                [
                    ["Risk", "Likelihood", "Consequence", "Measure", "Status"],
                    [
                        "Incidental findings about donor health",
                        "High",
                        "High",
                        "Genetic counselling",
                        "Implemented",
                    ],
                    [
                        "Re-identification of donor before 15",
                        "Low",
                        "Very high",
                        "Separate storage",
                        "Implemented",
                    ],
                    [
                        "Long retention (100 yrs) – future breach",
                        "Medium",
                        "Very high",
                        "Encryption, offline backup",
                        "Partly: key rotation plan not yet in place (budget 2027)",
                    ],
                ],
            ),
            (
                "p",
                "Residual risk of harm from incidental findings and long-term retention is high.",
            ),
            ("h1", "Board decision"),
            (
                "p",
                "The board met on 18 November 2026. The medical director presented the DPIA, its findings and the "
                "views of the patient association (Ønskebarn), the donor panel and the clinic's ethics committee. "
                "The board approved the DPIA, decided to proceed and asked the medical director to request prior "
                "consultation. (Board minutes item 7/2026.)",
            ),
        ],
        title="Nova Fertility prior consultation",
    )
    msg = mail(
        frm="Ane Holter <ane.holter@novafertility.no>",
        subject="Prior consultation - donor registry",
        body=body,
        date=when(11, 25, 17, 31),
        msgid="<nova-pc-20261125@novafertility.no>",
        attachments=[("Nova_Fertility_prior_consultation.pdf", doc)],
    )
    return m, msg


def c031() -> Case:
    m = meta(
        "c031",
        "nb",
        [
            "part3_not_done",
            "dpia_report_pdf",
            "contact_label_value",
            "processor_used",
            "processor_contact_in_body",
            "part5_minutes_pdf",
        ],
        processor="used",
        missing=(3,),
        note="employee wellness wearables; necessity/proportionality 'er ikke utarbeidet ennå'",
    )
    body = """Hei,

Vi i Bygg Nord Entreprenør AS ønsker forhåndsdrøftelse for et velværeprogram der ansatte bruker
aktivitetsarmbånd og data deles med vår forsikringsmegler for å beregne premien på
helseforsikringen.

Kontaktperson:
  Navn: Tone Hegg, HR-sjef
  Telefon: 77 66 21 05
  E-post: tone.hegg@byggnord.no

Personvernombud:
  Navn: Kåre Nilsen
  Telefon: 77 66 21 00
  E-post: kare.nilsen@byggnord.no

Databehandler:
  FitData Norge AS, v/ Julie Berg, 958 77 012, julie@fitdata.no

Vedlagt er DPIA-rapporten (beskrivelse og risikovurdering) og referat fra ledelsens behandling.
Vurderingen av nødvendighet og forholdsmessighet er ikke utarbeidet ennå.

Hilsen Tone
"""
    dpia = pdf_doc(
        [
            ("title", "DPIA – Aktiv Hverdag (velværeprogram)"),
            ("h1", "Systembeskrivelse"),
            (
                "p",
                "Ansatte som melder seg på, får armbånd som måler skritt, puls og søvn. Data går til FitData Norge AS "
                "sin plattform; arbeidsgiver får aggregert rapport per avdeling; megleren får deltakelsesgrad per "
                "ansatt for premieberegning. 450 ansatte. Lagring 2 år.",
            ),
            ("h1", "Risikoanalyse"),
            (
                "table",
                [
                    ["Risiko", "Nivå", "Tiltak", "Status"],
                    [
                        "Press til å delta",
                        "Høy",
                        "Ingen kobling til lønn",
                        "Gjennomført; restrisiko høy",
                    ],
                    [
                        "Helseopplysninger til arbeidsgiver",
                        "Høy",
                        "Kun aggregat > 10 personer",
                        "Gjennomført",
                    ],
                    ["Megler bruker data til annet", "Middels", "Avtale", "Gjennomført"],
                    [
                        "Søvndata samles unødvendig",
                        "Middels",
                        "Slå av søvn",
                        "Ikke gjennomført: armbåndet kan ikke",
                    ],
                ],
            ),
        ]
    )
    ref = pdf_doc(
        [
            ("title", "Referat fra ledermøte 16.11.2026"),
            (
                "p",
                "Sak 4 Aktiv Hverdag: HR-sjef presenterte DPIA og funn, samt innspill fra tillitsvalgte og "
                "verneombud. Ledelsen godkjente DPIA-en og besluttet å be om forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Tone Hegg <tone.hegg@byggnord.no>",
        subject="Forhåndsdrøftelse velværeprogram",
        body=body,
        date=when(11, 20, 13, 13),
        msgid="<byggnord-aktiv-1120@byggnord.no>",
        attachments=[("DPIA Aktiv Hverdag.pdf", dpia), ("Referat ledermøte 16.11.pdf", ref)],
    )
    return m, msg


def c032() -> Case:
    m = meta(
        "c032",
        "nb",
        [
            "forwarded_rfc822",
            "all_in_inner_body",
            "contact_signature",
            "processor_used",
            "processor_contact_in_body",
            "headings_question",
        ],
        processor="used",
        note="social services chatbot; a colleague forwards the original request as an attached .eml",
    )
    inner_body = """Til Datatilsynet

Anmodning om forhåndsdrøftelse – chatbot for søknad om økonomisk sosialhjelp, Nesvik kommune

Hvem er kontaktpersoner?
Kommunalsjef Eva Brun er kontaktperson (se signatur). Personvernombud er Petter Skaug,
tlf. 69 30 14 80, petter.skaug@nesvik.kommune.no. Chatboten leveres av Dialogo AS som
databehandler; kontakt Mari Steen, tlf. 994 20 117, mari.steen@dialogo.no.

Hva skal behandles, og hvordan?
Søkere om økonomisk sosialhjelp fyller ut søknaden i dialog med en chatbot. Boten henter inntekt
og formue fra a-ordningen og Skatteetaten (med søkers samtykke), stiller oppfølgingsspørsmål og
lager en forhåndsvurdering: «sannsynlig innvilget», «trenger mer informasjon» eller «sannsynlig
avslag». Saksbehandler fatter vedtak. Ca. 2 500 søknader i året; helse, rus og familieforhold
inngår ofte. Mottakere: NAV-kontorets saksbehandlere. Lagring etter arkivloven.

Hvorfor er dette nødvendig og forholdsmessig?
Sosialtjenesteloven §§ 18 og 43 og forvaltningsloven. Formålet er raskere svar. Forhåndsvurderingen
vises ikke for søker; saksbehandler må alltid lese hele søknaden. Søkere kan fortsatt søke på papir
eller ved oppmøte. Vi bruker ikke tidligere saker om søker i modellen.

Hvilke risikoer har vi funnet?
1) Saksbehandler stoler for mye på «sannsynlig avslag» (automatiseringsskjevhet) – sannsynlighet
   middels, konsekvens alvorlig. Tiltak: opplæring og stikkprøver (gjennomført). Skjule
   forhåndsvurderingen for saksbehandler ble vurdert, men ikke gjennomført, fordi nytten da faller bort.
   Restrisiko høy.
2) Sårbare søkere forstår ikke chatboten – middels/alvorlig. Tiltak: klarspråk, alltid tilbud om
   menneske (gjennomført).
3) Uautorisert tilgang – lav/alvorlig. Tiltak: ID-porten nivå høyt, logging (gjennomført).

Hva har ledelsen bestemt?
Kommunedirektørens ledergruppe har behandlet DPIA-en i to møter (8. og 29. oktober 2026), etter
presentasjon av funnene og innspill fra brukerrådet, NAV-lederen og Fellesorganisasjonen.
Ledergruppen godkjente DPIA-en, vil innføre chatboten og har bedt om at vi ber Datatilsynet om
forhåndsdrøftelse. Saken er journalført som 2026/5120-4.

Med vennlig hilsen
Eva Brun
Kommunalsjef helse og velferd
Nesvik kommune
Tlf. 69 30 14 22 / sentralbord 69 30 10 00
eva.brun@nesvik.kommune.no
"""
    inner = mail(
        frm="Eva Brun <eva.brun@nesvik.kommune.no>",
        to="Datatilsynet <postkasse@datatilsynet.no>",
        subject="Anmodning om forhåndsdrøftelse – chatbot sosialhjelp",
        body=inner_body,
        date=when(11, 2, 15, 40),
        msgid="<nesvik-chat-1102@nesvik.kommune.no>",
    )
    body = """Hei,

Eva Brun sendte vedlagte henvendelse 2. november, men vi har fått feilmelding om at den ikke kom
fram. Jeg videresender den derfor som vedlegg. Innholdet er uendret.

Hilsen
Fredrik Aas
Dokumentsenteret, Nesvik kommune
"""
    msg = mail(
        frm="Fredrik Aas <fredrik.aas@nesvik.kommune.no>",
        subject="VS: Anmodning om forhåndsdrøftelse – chatbot sosialhjelp",
        body=body,
        date=when(11, 9, 8, 21),
        msgid="<nesvik-fwd-1109@nesvik.kommune.no>",
        attachments=[("Anmodning om forhåndsdrøftelse – chatbot sosialhjelp.eml", inner)],
    )
    return m, msg


CASES = [
    c017,
    c018,
    c019,
    c020,
    c021,
    c022,
    c023,
    c024,
    c025,
    c026,
    c027,
    c028,
    c029,
    c030,
    c031,
    c032,
]
