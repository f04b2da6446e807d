# ruff: noqa: E501
# mypy: ignore-errors
"""Cases e017-e032: incomplete requests, each written individually."""

from __future__ import annotations

from cases_a import d, label
from kit import docx, message, pdf, xlsx, zipf


def e017():
    dpia = pdf(
        [
            ("h", "DPIA: Automatisk skiltgjenkjenning (ANPR) i kommunale parkeringsanlegg"),
            ("h", "Beskrivelse"),
            "Sandnesøy kommune vil bytte ut billettautomater med kameraer som leser skilt ved inn- og utkjøring i 4 anlegg (ca. 2,1 mill. passeringer/år). Skiltnummer kobles mot betaling i app; data lagres 30 dager, ved ubetalt parkering til saken er avsluttet. Ingen databehandler; løsningen driftes av kommunens IKT.",
            ("h", "Nødvendighet"),
            "Parkeringsforskriften og vegtrafikkloven gir grunnlag for håndheving. Billettløsning er vurdert, men gir høy svinn. Kameraene filmer bare skiltområdet; bilder av personer i bilen maskeres.",
            ("h", "Risiko"),
            (
                "t",
                [
                    ["Risiko", "Nivå", "Tiltak", "Rest"],
                    ["Bevegelsesmønster kan kartlegges", "Høy", "Kort lagring", "Høy"],
                    ["Uriktig gebyr", "Middels", "Klageordning", "Lav"],
                ],
            ),
        ]
    )
    body = """Hei,

Sandnesøy kommune ber om forhåndsdrøftelse for ANPR i våre parkeringsanlegg. DPIA er vedlagt.

Kontaktperson: Frank Bjelland, avdelingsleder parkering, 51 68 30 22, frank.bjelland@sandnesoy.kommune.no
Personvernombud: Liv Tjøstheim, 51 68 30 01, personvernombud@sandnesoy.kommune.no

Ledelsens behandling: DPIA-en er ikke behandlet i kommunedirektørens ledergruppe ennå. Den står på sakslisten 13. januar, og vi sender protokollen når den foreligger. Vi sender anmodningen nå for å komme i køen.

Mvh
Frank Bjelland
"""
    m = message(
        frm="Frank Bjelland <frank.bjelland@sandnesoy.kommune.no>",
        subject="Forhåndsdrøftelse ANPR parkering",
        date=d(12, 3, 14, 20),
        msgid="<snk-park-0312@sandnesoy.kommune.no>",
        body=body,
        attachments=[("DPIA_ANPR.pdf", dpia)],
    )
    return m, label(
        "e017",
        "nb",
        ["part5_not_done", "contact_prose", "dpia_report_pdf", "processor_none_stated"],
        "none",
        "none",
        "PPPPM",
        "incomplete",
        "municipality ANPR; management has not yet treated the DPIA",
    )


def e018():
    body = """Til Datatilsynet

Studentsamskipnaden i Vestby (SiV) vil innføre fingeravtrykksleser i stedet for nøkkelkort på 11 studentboliger (ca. 3 600 beboere). Vi har gjort DPIA og ledelsen har behandlet den; alt er i vedlagte dokument.

Vårt personvernombud er Trine Haugen (trine.haugen@siv.no). Hun har ikke fast telefon for tiden, så bruk e-post.

Vennlig hilsen

Kjetil Apeland
Eiendomssjef | Studentsamskipnaden i Vestby
Telefon 33 02 41 00 | Mobil 994 51 220
kjetil.apeland@siv.no
"""
    doc = docx(
        [
            ("h", "Fingeravtrykk som adgang i studentboliger – DPIA"),
            ("h", "Behandlingen"),
            "Biometrisk mal lagres i låsesystemet (lokalt i hver bygning, ingen databehandler). Beboere registrerer fingeravtrykk ved innflytting; mal slettes ved utflytting. Adgangslogg lagres 60 dager.",
            ("h", "Nødvendighet og proporsjonalitet"),
            "Samtykke; nøkkelkort tilbys fortsatt som alternativ. Tapte nøkkelkort og utlån til uvedkommende er dokumentert problem (410 tapte kort 2025).",
            ("h", "Risiko"),
            (
                "t",
                [
                    ["Risiko", "S", "K", "Tiltak", "Rest"],
                    ["Samtykket ikke frivillig", "M", "H", "Nøkkelkort uten ekstra kostnad", "M"],
                    ["Biometri på avveie", "L", "H", "Kryptert mal, ingen sentral lagring", "M"],
                    [
                        "Adgangslogg brukt til kontroll av beboere",
                        "M",
                        "H",
                        "Kun ved innbrudd",
                        "H",
                    ],
                ],
            ),
            ("h", "Ledelsens gjennomgang"),
            "Direktøren og styret behandlet DPIA-en 30.09 og 11.11.2026 etter innspill fra Studentparlamentet. Styret godkjente DPIA-en og ba om forhåndsdrøftelse.",
        ]
    )
    m = message(
        frm="Kjetil Apeland <kjetil.apeland@siv.no>",
        subject="Anmodning om forhåndsdrøftelse - fingeravtrykk i studentboliger",
        date=d(11, 17, 11, 12),
        msgid="<siv-eiendom-1117@siv.no>",
        body=body,
        attachments=[("DPIA fingeravtrykk.docx", doc)],
    )
    return m, label(
        "e018",
        "nb",
        ["p1_dpo_no_phone", "contact_signature", "dpia_report_docx", "processor_none_stated"],
        "none",
        "none",
        "MPPPP",
        "incomplete",
        "student housing biometrics; DPO given without phone",
    )


def e019():
    body = """Dear Norwegian DPA,

Northbridge University College requests prior consultation for AI-based remote exam proctoring.

1. Contacts
Controller contact: Prof. Erik Sand, Vice-Rector for Education, +47 38 14 10 02, erik.sand@northbridge.no
DPO: Maria Olsen, +47 38 14 10 90, dpo@northbridge.no
The proctoring service is delivered by ProctorCloud Ltd as our data processor.

2. Description
Home exams for ~6 000 students per semester. Webcam video, screen capture and room scan are recorded during the exam; an AI flags suspicious behaviour (gaze, second person, phone). Flags are reviewed by exam staff. Recordings kept 4 weeks after grades are final; flagged cases until appeal is closed. Processed by ProctorCloud Ltd in the EU.

3. Necessity and proportionality
Basis: Universities and University Colleges Act § 3-9 and Art. 6(1)(e). Alternative: campus exams (offered to all students who opt out, at 14 campuses). Room scan is optional if the student uses a campus room. No biometric identification – ID is checked manually.

4. Risks
High: false flags for students with disabilities or darker skin (face detection bias); intrusion into the home; stress. Measures: human review of every flag, disability accommodations, opt-out. Considered but not implemented: disabling gaze tracking (would remove the main cheating signal). Residual risk: high.

5. Management
The rector's management team reviewed the DPIA on 29 September and 10 November 2026, after hearing the student union and the disability office. Decision: DPIA approved, prior consultation to be requested.

Best regards,
Erik Sand
"""
    m = message(
        frm="Erik Sand <erik.sand@northbridge.no>",
        subject="Prior consultation: remote exam proctoring",
        date=d(11, 11, 15, 33),
        msgid="<nbuc-vr-20261111@northbridge.no>",
        body=body,
    )
    return m, label(
        "e019",
        "en",
        ["p1_proc_no_contact", "all_in_body", "headings_num", "processor_used"],
        "none",
        "used",
        "MPPPP",
        "incomplete",
        "university proctoring; processor named without any contact details",
    )


def e020():
    body = """Hei,

Hafslund Fjernvarme og Nett AS ber om forhåndsdrøftelse for analyse av timesdata fra smarte strømmålere for å avdekke energisvindel og ulovlig utleie (flere boenheter på én måler).

Kontaktperson: Synne Rørvik, fagleder personvern og compliance, tlf. 22 43 50 88, synne.rorvik@hfn-nett.no
Personvernombud: Kåre Dahl, tlf. 22 43 50 10, personvernombud@hfn-nett.no
Vi bruker ingen databehandler; analysen gjøres i egen dataplattform.

Vedlagt:
- Beskrivelse og nødvendighetsvurdering (PDF)
- Styrevedtak (PDF)

Selve risikovurderingen (kapittel 4 i DPIA-en) er fortsatt under arbeid hos informasjonssikkerhet og vil bli ettersendt så snart den er ferdig, trolig i løpet av januar.

Vennlig hilsen
Synne Rørvik
"""
    beskr = pdf(
        [
            ("h", "1 Systematisk beskrivelse"),
            "Timesverdier for 410 000 målepunkter analyseres månedlig. Mønstre som tyder på flere husholdninger eller manipulering flagges; saksbehandler vurderer og kontakter kunden. Kilder: AMS-målere, kunderegister. Mottakere: ingen eksterne; ved mistanke om straffbart forhold politiet. Lagring av flagg 12 måneder.",
            ("h", "3 Nødvendighet og proporsjonalitet"),
            "Energiloven og avregningsforskriften; art. 6 nr. 1 f. Manuelle stikkprøver er vurdert og gir få funn. Kun forbruksdata, ingen tredjepartsdata. Kunden får varsel og mulighet til å forklare før tiltak.",
            ("h", "4 Risikovurdering"),
            "[Under arbeid – ettersendes]",
        ]
    )
    vedtak = pdf(
        [
            ("h", "Utdrag av styreprotokoll, Hafslund Fjernvarme og Nett AS, 26.11.2026"),
            "Sak 9: Analyse av AMS-data. Andre gangs behandling (første 22.10). Administrasjonen presenterte DPIA-en og funnene, med innspill fra forbrukerombudet og kundepanelet. Styret godkjenner DPIA-en og at det bes om forhåndsdrøftelse.",
        ]
    )
    m = message(
        frm="Synne Rørvik <synne.rorvik@hfn-nett.no>",
        subject="Anmodning om forhåndsdrøftelse – analyse av AMS-data",
        date=d(12, 1, 9, 2),
        msgid="<hfn-comp-1201@hfn-nett.no>",
        body=body,
        attachments=[
            ("Beskrivelse_og_nodvendighet.pdf", beskr),
            ("Styrevedtak_26112026.pdf", vedtak),
        ],
    )
    return m, label(
        "e020",
        "nb",
        ["part4_will_follow", "dpia_under_arbeid", "contact_prose", "processor_none_stated"],
        "pgp_mime",
        "none",
        "PPPMP",
        "incomplete",
        "smart meter analytics; risk assessment under arbeid, ettersendes",
    )


def e021():
    body = """Hei,

Apotek Nordvest AS ber om forhåndsdrøftelse for et kundeprogram der medlemmer får personlige helseråd basert på kjøpshistorikk (reseptfrie legemidler og handelsvarer).

Kontaktperson: Heidi Martinsen, kategoridirektør, 474 12 880, heidi.martinsen@apoteknordvest.no
Personvernombud: Rune Helle, 474 12 801, rune.helle@apoteknordvest.no
Behandlingen skjer i egne systemer, uten databehandler.

Dokumentasjonen består av:
Vedlegg 1 – Beskrivelse av behandlingen
Vedlegg 2 – Vurdering av nødvendighet og proporsjonalitet
Vedlegg 3 – Risikovurdering
Vedlegg 4 – Ledelsens godkjenning

Mvh Heidi Martinsen
"""
    v1 = docx(
        [
            ("h", "Vedlegg 1 – Beskrivelse av behandlingen"),
            "Kundeprogrammet har 380 000 medlemmer. Kjøpshistorikk for 3 år analyseres for å gi råd (f.eks. om allergi, røykeslutt). Kilder: kassesystem, medlemsregister. Mottakere: bare medlemmet selv i appen. Lagring: 3 år rullerende. Ansvar: kategoridirektør.",
        ]
    )
    v3 = docx(
        [
            ("h", "Vedlegg 3 – Risikovurdering"),
            (
                "t",
                [
                    ["Risiko", "S", "K", "Tiltak", "Rest"],
                    [
                        "Avledede helseopplysninger (f.eks. graviditet)",
                        "H",
                        "H",
                        "Utelate sensitive varegrupper",
                        "H",
                    ],
                    ["Medlemmer forventer ikke analyse", "M", "M", "Tydelig informasjon", "M"],
                ],
            ),
            "Vurdert, ikke gjennomført: helt frivillig tilleggsmodul (ikke valgt, lav oppslutning).",
        ]
    )
    v4 = pdf(
        [
            ("h", "Vedlegg 4 – Ledelsens godkjenning"),
            "Konsernledelsen behandlet DPIA-en 20.10 og 24.11.2026. Funn presentert av kategoridirektør; innspill fra farmasøytisk fagråd og kundepanel. Beslutning: godkjent; forhåndsdrøftelse skal bes om.",
            "Signert: adm. dir. Øystein Lunde",
        ]
    )
    m = message(
        frm="Heidi Martinsen <heidi.martinsen@apoteknordvest.no>",
        subject="Forhåndsdrøftelse kundeprogram helseråd",
        date=d(11, 27, 16, 48),
        msgid="<apnv-4411@apoteknordvest.no>",
        body=body,
        attachments=[("Vedlegg 1.docx", v1), ("Vedlegg 3.docx", v3), ("Vedlegg 4.pdf", v4)],
    )
    return m, label(
        "e021",
        "nb",
        [
            "attachment_referenced_not_attached",
            "appendix_named_by_number",
            "contact_prose",
            "processor_none_stated",
        ],
        "none",
        "none",
        "PPMPP",
        "incomplete",
        "pharmacy loyalty; Vedlegg 2 (necessity) listed but not attached",
    )


def e022():
    body = """Hei,

Sunnfjord folkehøgskule ber om førehandsdrøfting for kameraovervaking med automatisk varsling i internatet (gangar og fellesareal) etter fleire valdshendingar.

Kontaktperson: rektor Jostein Eikrem, tlf. 57 82 11 40, jostein@sunnfjord.fhs.no
Personvernombod: Gro Solheim, tlf. 57 82 11 48, personvernombod@sunnfjord.fhs.no
Databehandlar: ingen, systemet er lokalt.

Beskriving: 24 kamera i gangar og fellesrom i internatet der 110 elevar (18-25 år) bur. Programvara varslar vakthavande ved slåsskamp eller fall. Opptak lagrast i 7 dagar.

Naudsyn: Vi har prøvd nattevakt og fleire tilsette på kveldstid. Kamera er ikkje på romma eller bad. Elevane er informerte og elevrådet er høyrt.

Risiko: Elevane si kjensle av å vere overvaka i heimen sin (høg sannsyn, høg konsekvens, restrisiko høg trass skilting og avgrensa tid på kveldstid). Feilvarsel (middels). Misbruk av opptak (låg, logg).

Styret sitt vedtak ligg ved (Styrevedtak.pdf).

Helsing Jostein
"""
    m = message(
        frm="Jostein Eikrem <jostein@sunnfjord.fhs.no>",
        subject="Førehandsdrøfting kamera i internat",
        date=d(11, 29, 19, 5),
        msgid="<sfhs-rektor-1129@sunnfjord.fhs.no>",
        body=body,
        attachments=[("Styrevedtak.pdf", b"")],
    )
    return m, label(
        "e022",
        "nn",
        ["zero_byte_part5", "all_in_body", "contact_prose", "processor_none_stated"],
        "inline",
        "none",
        "PPPPM",
        "incomplete",
        "folk high school nynorsk; board decision PDF is zero bytes",
    )


def e023():
    body = """Hei.

Vi i Vaktstyrken AS vil bruke droner med termisk kamera for å overvåke byggeplasser om natten, også nær boligområder. Vi ber om forhåndsdrøftelse.

Kontakt: driftssjef Aslak Berge, 920 11 304, aslak.berge@vaktstyrken.no
Personvernombud: Mona Vik, 920 11 399, mona.vik@vaktstyrken.no
Databehandler: ingen – vi flyr og lagrer selv.

Beskrivelse: Autonome droner patruljerer 18 byggeplasser 22-06. Termisk og vanlig video strømmes til vaktsentral; opptak lagres 14 dager. Naboer og forbipasserende kan fanges opp. Oppdragsgiver får hendelsesrapport.

Nødvendighet: Tyveri fra byggeplasser koster kundene våre store summer; faste kameraer dekker ikke store plasser. Geofence hindrer flyging over naboeiendom, kamera vippes bort ved grensen.

Risikovurderingen ligger i vedlegget «Risikovurdering droner.pdf». Styret godkjente DPIA-en 17.11 etter to behandlinger og innspill fra kunder og Arbeidstilsynet-veileder; styreleders godkjenning er gitt skriftlig i protokollen, som også er vedlagt.

Aslak
"""
    wrong = pdf(
        [
            ("h", "ORDREBEKREFTELSE"),
            "Dronepartner AS – ordre 88231",
            (
                "t",
                [
                    ["Vare", "Antall", "Pris"],
                    ["Reservebatteri DX-4", "12", "1 890,-"],
                    ["Propellsett", "20", "240,-"],
                    ["Frakt", "1", "350,-"],
                ],
            ),
            "Sum eks. mva: 27 830,-. Betaling 30 dager.",
        ]
    )
    prot = pdf(
        [
            ("h", "Protokoll styremøte Vaktstyrken AS 17.11.2026"),
            "Sak 5: DPIA dronepatruljering, 2. gangs behandling. Driftssjef presenterte funn og innspill fra kunder og naboråd. Vedtak: DPIA godkjennes; forhåndsdrøftelse skal bes om. Signert styreleder Turid Nes.",
        ]
    )
    m = message(
        frm="Aslak Berge <aslak.berge@vaktstyrken.no>",
        subject="Forhåndsdrøftelse droneovervåking byggeplass",
        date=d(11, 20, 7, 15),
        msgid="<vs-drone-1120@vaktstyrken.no>",
        body=body,
        attachments=[
            ("Risikovurdering droner.pdf", wrong),
            ("Protokoll styremote 17.11.pdf", prot),
        ],
    )
    return m, label(
        "e023",
        "nb",
        ["wrong_file_part4", "contact_prose", "processor_none_stated"],
        "none",
        "none",
        "PPPMP",
        "incomplete",
        "security company drones; file named risk assessment is an order confirmation",
    )


def e024():
    body = """Hello,

We're Spark Nearby AS, an Oslo dating app (85k Norwegian users), and we'd like to request a prior consultation about our new "nearby now" feature which shows users within 500 m in real time, and infers sexual orientation from preferences.

About us / contact: Daniel Ekker, founder & CEO, +47 966 30 100, daniel@sparknearby.com. We are a small company and have not appointed a data protection officer, we don't think we need one. No processors - we run our own servers in Oslo.

I attach our DPIA which covers the description, necessity and the risks, plus the minutes from our board meeting where it was approved.

Thanks,
Daniel
"""
    dpia = docx(
        [
            ("h", "DPIA – Nearby Now"),
            ("h", "Processing"),
            "Live location (every 60 s when app open), profile data including gender preferences (reveals sexual orientation), matches. 85 000 users, 18+. Location kept 24 h; matches until account deletion. No third-party recipients. Own servers.",
            ("h", "Necessity & proportionality"),
            "Consent (Art. 9(2)(a)). Feature is off by default; distance shown in 500 m bands, never exact; users can hide from specific users.",
            ("h", "Risks"),
            (
                "t",
                [
                    ["Risk", "L", "S", "Mitigation", "Not done / why", "Residual"],
                    [
                        "Trilateration reveals exact location",
                        "M",
                        "VH",
                        "Banding, rate limit",
                        "Random jitter (UX complaints)",
                        "High",
                    ],
                    ["Outing in hostile contexts", "M", "VH", "Hide mode", "-", "High"],
                    ["Stalking", "M", "H", "Block/report", "-", "Medium"],
                ],
            ),
        ]
    )
    minutes = pdf(
        [
            ("h", "Spark Nearby AS – board minutes 12 Nov 2026"),
            "Item 2 DPIA Nearby Now (second review after 1 Oct). CEO presented findings; input from user survey and Skeiv Ungdom considered. Board approves DPIA and asks CEO to request prior consultation.",
        ]
    )
    m = message(
        frm="Daniel Ekker <daniel@sparknearby.com>",
        subject="prior consultation request - Nearby Now feature",
        date=d(11, 14, 22, 51),
        msgid="<spark-ceo-1114@sparknearby.com>",
        body=body,
        attachments=[("DPIA_NearbyNow.docx", dpia), ("Board_minutes_2026-11-12.pdf", minutes)],
    )
    return m, label(
        "e024",
        "en",
        ["p1_no_dpo", "informal", "dpia_report_docx", "processor_none_stated"],
        "none",
        "none",
        "MPPPP",
        "incomplete",
        "dating app; states no DPO appointed",
    )


def e025():
    body = """Til Datatilsynet

Sparebanken Midt-Vest ber om forhåndsdrøftelse for maskinlæringsbasert transaksjonsovervåking (hvitvasking).

Kontaktperson: Leder AML Kjersti Holm, 72 11 60 31, kjersti.holm@smv.no
Personvernombud: Andreas Gjerde, 72 11 60 09, personvernombud@smv.no
Databehandler: FinGuard Analytics AS (modellplattform) – kontakt Magnus Foss, 915 40 772, magnus.foss@finguard.no

Vedlagt følger nødvendighets- og proporsjonalitetsvurderingen, risikovurderingen og protokoll fra konsernledelsens møte.

Den systematiske beskrivelsen av behandlingen (dataflyt, omfang, kilder og mottakere) er ikke ferdigstilt og ettersendes fra prosjektet i uke 2.

Med vennlig hilsen
Kjersti Holm
"""
    nod = pdf(
        [
            ("h", "Nødvendighet og proporsjonalitet"),
            "Hvitvaskingsloven §§ 24-26 pålegger løpende overvåking. Regelbasert overvåking gir 97 % falske positive. Modellen bruker kun transaksjonsdata og KYC-data; ingen sosiale medier. Kunder informeres i personvernerklæringen. Varsel til Økokrim skjer først etter manuell vurdering.",
        ]
    )
    risk = xlsx(
        {
            "Risiko": [
                ["Risiko", "S", "K", "Tiltak", "Ikke gjennomført", "Rest"],
                [
                    "Urettmessig mistanke mot minoriteter (betalinger til bestemte land)",
                    "H",
                    "H",
                    "Skjevhetsanalyse",
                    "Fjerne landvariabel (regulatorisk krav)",
                    "H",
                ],
                ["Kunde får ikke vite om mistanke", "H", "M", "Lovpålagt taushetsplikt", "-", "H"],
            ]
        }
    )
    prot = docx(
        [
            ("h", "Protokoll konsernledelsen 19.11.2026"),
            "Sak 44/26 DPIA ML-transaksjonsovervåking (2. gang). Leder AML presenterte funn; innspill fra kundeombud og compliance. Vedtak: DPIA godkjent, forhåndsdrøftelse bes om.",
        ]
    )
    m = message(
        frm="Kjersti Holm <kjersti.holm@smv.no>",
        subject="Anmodning om forhåndsdrøftelse – ML transaksjonsovervåking",
        date=d(12, 2, 12, 40),
        msgid="<smv-aml-1202@smv.no>",
        body=body,
        attachments=[
            ("Nodvendighet_proporsjonalitet.pdf", nod),
            ("Risikovurdering.xlsx", risk),
            ("Protokoll_konsernledelsen.docx", prot),
        ],
    )
    return m, label(
        "e025",
        "nb",
        ["part2_will_follow", "contact_prose", "processor_used", "risk_xlsx"],
        "pgp_mime",
        "used",
        "PMPPP",
        "incomplete",
        "bank AML ML; systematic description ettersendes",
    )


def e026():
    inner_body = """Hei Silje,

her er det vi har til forhåndsdrøftelsen. Styret har ikke behandlet DPIA-en ennå – den kommer opp 14. januar, og protokollen må ettersendes.

Kontakter:
- Daglig leder Bjørg Strand, 905 22 118, bjorg@smaatroll.no
- Personvernombud Kamilla Jensen, 905 22 130, personvern@smaatroll.no
- Databehandler Barnehageappen AS, kundeansvarlig Tore Ims, 400 66 921, tore.ims@barnehageappen.no

Beskrivelse, nødvendighet og risiko er i DPIA-filen.

Bjørg
"""
    dpia = docx(
        [
            ("h", "DPIA bilde- og videodeling i barnehageapp"),
            ("h", "Om behandlingen"),
            "Småtroll Barnehager AS (9 barnehager, 640 barn) vil dele bilder og korte videoer av barna daglig med foreldre via appen til Barnehageappen AS (databehandler). Ansiktsgjenkjenning sorterer bilder per barn. Lagring: til barnet slutter.",
            ("h", "Er det nødvendig?"),
            "Samtykke fra foreldre; barn uten samtykke sladdes automatisk. Foreldre ønsker tettere innsyn; alternativ er ukentlig månedsbrev (dagens praksis).",
            ("h", "Risiko"),
            (
                "t",
                [
                    ["Risiko", "Nivå", "Tiltak", "Rest"],
                    [
                        "Feilsortering sender bilde av barn til feil foreldre",
                        "Høy",
                        "Manuell kontroll",
                        "Høy",
                    ],
                    ["Foreldre deler videre", "Høy", "Vannmerke, vilkår", "Høy"],
                ],
            ),
        ]
    )
    inner = message(
        frm="Bjørg Strand <bjorg@smaatroll.no>",
        to="Silje Nygård <silje@smaatroll.no>",
        subject="Forhåndsdrøftelse barnehageapp",
        date=d(12, 2, 8, 0),
        msgid="<inner-smaa-1202@smaatroll.no>",
        body=inner_body,
        attachments=[("DPIA_barnehageapp.docx", dpia)],
    )
    body = "Hei!\n\nSender over anmodning om forhåndsdrøftelse for Småtroll Barnehager AS, se vedlagt e-post fra daglig leder.\n\nHilsen Silje Nygård\nadministrasjonskonsulent\n"
    m = message(
        frm="Silje Nygård <silje@smaatroll.no>",
        subject="VS: Forhåndsdrøftelse barnehageapp",
        date=d(12, 2, 10, 25),
        msgid="<outer-smaa-1202@smaatroll.no>",
        body=body,
        eml_attachments=[inner],
    )
    return m, label(
        "e026",
        "nb",
        ["forwarded_eml_attachment", "part5_will_follow", "processor_used"],
        "none",
        "used",
        "PPPPM",
        "incomplete",
        "kindergarten app; forwarded .eml; board decision ettersendes",
    )


def e027():
    body = """Dear Datatilsynet,

On behalf of Bergen Smart City AS (wholly owned by Bergen municipality) I request prior consultation for camera-based pedestrian flow analytics in the city centre.

Contact persons
- Project owner: Lise Hamnes, +47 55 56 70 20, lise.hamnes@bergensmartcity.no
- Data protection officer: Ove Rieber, +47 55 56 70 01, dpo@bergensmartcity.no
- Processor: Urbanalytics AB, contact Per Lundgren, +46 31 770 4410, per.lundgren@urbanalytics.se

Description: 38 cameras at squares and streets; on-camera software counts pedestrians and classifies direction and estimated age group; images are discarded after 200 ms except a 1 % sample kept 48 h for model calibration, sent to Urbanalytics AB (processor, Sweden). Purpose: urban planning and crowd safety at events. ~150 000 passers-by per day.

Risk assessment: attached (xlsx). Management approval: attached (pdf), the board approved after two readings.

The assessment of necessity and proportionality is still being drafted by our legal counsel and will be forwarded to you separately before Christmas.

Kind regards,
Lise Hamnes
"""
    risk = xlsx(
        {
            "Risks": [
                ["Risk", "Likelihood", "Severity", "Measures", "Not implemented (why)", "Residual"],
                [
                    "Calibration sample identifies individuals",
                    "Medium",
                    "High",
                    "48 h deletion, blurring",
                    "No sample (model drift)",
                    "High",
                ],
                [
                    "Chilling effect on demonstrations",
                    "Medium",
                    "High",
                    "Cameras off at announced demonstrations",
                    "-",
                    "High",
                ],
            ]
        }
    )
    appr = pdf(
        [
            ("h", "Bergen Smart City AS – Board minutes 25 November 2026"),
            "Item 4: DPIA pedestrian analytics, second reading (first 30 September). Findings presented by project owner; input from the city council's youth council and the police considered. Resolution: DPIA approved; prior consultation to be requested.",
        ]
    )
    m = message(
        frm="Lise Hamnes <lise.hamnes@bergensmartcity.no>",
        subject="Request for prior consultation – pedestrian flow analytics",
        date=d(12, 4, 13, 10),
        msgid="<bsc-ped-1204@bergensmartcity.no>",
        body=body,
        attachments=[("Risk_assessment.xlsx", risk), ("Board_approval.pdf", appr)],
    )
    return m, label(
        "e027",
        "en",
        [
            "part3_will_follow",
            "contact_list_body",
            "risk_xlsx",
            "processor_used",
            "foreign_processor",
        ],
        "none",
        "used",
        "PPMPP",
        "incomplete",
        "smart city cameras; necessity assessment will be forwarded",
    )


def e028():
    body = """Hei,

Trygg Hjemme AS ber om forhåndsdrøftelse for sensorbasert fallvarsling og aktivitetsanalyse i hjemmet til trygghetsalarmbrukere i 12 kommuner.

Kontaktperson: fagsjef Nina Holter, 67 20 81 10, nina.holter@trygghjemme.no
Personvernombud: Svein Erik Lund, 67 20 81 12, svein.erik.lund@trygghjemme.no
Databehandler: Sensa Cloud AS driver plattformen, se vedlagt databehandleravtale.

DPIA og ledergruppens referat er vedlagt.

Hilsen Nina Holter
"""
    dba = pdf(
        [
            ("h", "DATABEHANDLERAVTALE"),
            "Mellom Trygg Hjemme AS, org.nr. 918 003 221 (behandlingsansvarlig) og Sensa Cloud AS, org.nr. 925 771 090, Drammensveien 88, 0271 Oslo (databehandler).",
            "1. Formål: drift av sensorplattform. 2. Instruks: databehandler følger skriftlige instrukser. 3. Sikkerhet: ISO 27001. 4. Underdatabehandlere: Ingen uten forhåndsgodkjenning. 5. Varighet: som hovedavtalen.",
            "Underskrifter: for Trygg Hjemme AS Nina Holter; for Sensa Cloud AS daglig leder (sign.)",
        ]
    )
    dpia = docx(
        [
            ("h", "DPIA – Fallvarsling og aktivitetsanalyse"),
            ("h", "1. Systematisk beskrivelse"),
            "Bevegelsessensorer i 2 300 hjem; aktivitetsmønster analyseres for å varsle om fall og endret døgnrytme. Data sendes til Sensa Cloud AS, varsel til kommunens responssenter. Lagring 6 måneder.",
            ("h", "2. Nødvendighet og proporsjonalitet"),
            "Samtykke eller vedtak etter helse- og omsorgstjenesteloven § 9-5 der brukeren mangler samtykkekompetanse. Alternativ: ordinær trygghetsalarm (krever at brukeren trykker).",
            ("h", "3. Risiko"),
            (
                "t",
                [
                    ["Risiko", "S", "K", "Tiltak", "Rest"],
                    ["Overvåking av hele livet i hjemmet", "H", "H", "Kun aggregerte mønstre", "H"],
                    ["Feil varsel / ikke varsel", "M", "H", "Manuell oppfølging", "M"],
                ],
            ),
            "Vurdert, ikke gjennomført: sensorfri natt (for risikabelt for fall).",
        ]
    )
    ref = docx(
        [
            ("h", "Referat ledergruppen Trygg Hjemme AS 26.11.2026"),
            "Sak 2: DPIA fallvarsling (andre behandling). Fagsjef presenterte; innspill fra kommunene, brukerorganisasjonen og pårørende. Ledergruppen godkjenner DPIA og ber om forhåndsdrøftelse.",
        ]
    )
    m = message(
        frm="Nina Holter <nina.holter@trygghjemme.no>",
        subject="Forhåndsdrøftelse – fallvarsling og aktivitetsanalyse",
        date=d(11, 30, 14, 44),
        msgid="<th-fag-1130@trygghjemme.no>",
        body=body,
        attachments=[
            ("Databehandleravtale_SensaCloud.pdf", dba),
            ("DPIA.docx", dpia),
            ("Referat_ledergruppen.docx", ref),
        ],
    )
    return m, label(
        "e028",
        "nb",
        ["p1_proc_no_contact", "processor_contact_expected_in_dpa", "processor_used"],
        "pgp_mime",
        "used",
        "MPPPP",
        "incomplete",
        "home-care sensors; DPA attached but names no contact person/phone/e-mail for the processor",
    )


def e029():
    body = """Hei

Festivalen Nordlyd (3 dager, 45 000 besøkende) vil bruke RFID-armbånd for betaling og samtidig registrere bevegelser mellom scener for kapasitetsstyring og sponsorrapporter. Vi ber om forhåndsdrøftelse.

Kontaktperson hos oss: Lars Fosse, lars@nordlydfestival.no
Personvernombud: Hanne Ro, 934 55 010, hanne.ro@nordlydfestival.no
Databehandler: ingen, vi har egen løsning.

BESKRIVELSE: Armbånd knyttes til billett (navn, e-post, fødselsår). Lesere ved 14 soner logger passering. Kjøp logges. Data slettes 60 dager etter festivalen. Sponsorer får bare aggregerte tall.
NØDVENDIGHET: Kontantfri festival er krav fra politiet av sikkerhetshensyn; bevegelsesdata brukes for å unngå trengsel (Love Parade-scenarier). Besøkende kan kjøpe anonymt armbånd uten navn.
RISIKO: Bevegelsesprofil for enkeltpersoner (M/H, rest middels). Alkoholkjøp kobles til person (H/M, rest høy). Sponsorer presser på for individdata (L/H, rest lav, kontraktsforbud).
LEDELSEN: Styret behandlet DPIA 3.10 og 14.11 med innspill fra politiet, kommunen og publikumspanelet, og godkjente den. Styret ba om forhåndsdrøftelse fordi koblingen alkohol/person gir høy restrisiko.

Lars
"""
    m = message(
        frm="Lars Fosse <lars@nordlydfestival.no>",
        subject="forhåndsdrøftelse RFID-armbånd",
        date=d(11, 22, 18, 2),
        msgid="<nordlyd-lars-1122@nordlydfestival.no>",
        body=body,
    )
    return m, label(
        "e029",
        "nb",
        ["p1_contact_no_phone", "all_in_body", "uppercase_headings", "processor_none_stated"],
        "inline",
        "none",
        "MPPPP",
        "incomplete",
        "festival RFID; controller contact has no phone number anywhere",
    )


def e030():
    body = """Hei,

Vestland fylkeskommune, Tannhelsetenesta, ber om førehandsdrøfting for KI-analyse av røntgenbilete (karies og beintap) for alle pasientar i den offentlege tannhelsetenesta.

Kontaktperson: overtannlege Solveig Hatlestad, 55 23 90 10, solveig.hatlestad@vlfk.no
Personvernombod: Geir Olav Hjelle, 55 23 90 01, personvernombod@vlfk.no
Databehandlar: DentAI Norge AS, Eva Myrdal, 400 34 900, eva.myrdal@dentai.no

Vedlagt:
- Skildring av behandlinga og vurdering av naudsyn (PDF)
- Leiarprotokoll frå fylkesdirektøren si leiargruppe

Risikovurderinga er ikkje ferdig. Arbeidsgruppa har berre kartlagt truslane, og vurderinga av sannsyn, konsekvens og tiltak skal gjerast i februar. Vi sender ho når ho ligg føre.

Helsing
Solveig Hatlestad
"""
    skild = pdf(
        [
            ("h", "Skildring av behandlinga"),
            "Om lag 210 000 røntgenbilete i året frå 48 klinikkar vert sende til DentAI Norge AS (databehandlar), som returnerer markeringar til tannlegen. Bileta vert lagra i pasientjournalen; kopi hos databehandlar slettast etter 30 dagar. Pasientar er i hovudsak barn og unge.",
            ("h", "Naudsyn og proporsjonalitet"),
            "Tannhelsetenestelova og pasientjournallova; art. 9 nr. 2 h. Tannlegen tek alltid avgjerda. Pasientar kan reservere seg. Manuell gransking åleine gjev variasjon mellom klinikkar.",
        ]
    )
    prot = pdf(
        [
            ("h", "Protokoll – fylkesdirektøren si leiargruppe 24.11.2026"),
            "Sak 77/26: KI i tannhelsetenesta. Andre gongs handsaming. Prosjektleiar la fram DPIA-en og funna; innspel frå ungdomsrådet og tillitsvalde vart vurderte. Leiargruppa godkjenner DPIA-en og at det vert bede om førehandsdrøfting.",
        ]
    )
    m = message(
        frm="Solveig Hatlestad <solveig.hatlestad@vlfk.no>",
        subject="Førehandsdrøfting KI røntgenanalyse tannhelse",
        date=d(11, 26, 12, 0),
        msgid="<vlfk-tann-1126@vlfk.no>",
        body=body,
        attachments=[("Skildring_og_naudsyn.pdf", skild), ("Leiarprotokoll.pdf", prot)],
    )
    return m, label(
        "e030",
        "nn",
        ["part4_not_done", "dpia_under_arbeid", "contact_prose", "processor_used"],
        "none",
        "used",
        "PPPMP",
        "incomplete",
        "county dental AI nynorsk; risk assessment not finished",
    )


def e031():
    body = """Hei

Vi er et taxiselskap i Drammen (Elvetaxi AS, 75 biler) og vil ha kamera med lyd i alle bilene som tar opp hele turen. Har hørt at vi må søke dere først. Vedlagt utkast til DPIA.

Hilsen
Bård Kristiansen
daglig leder, Elvetaxi AS
tlf 32 21 40 40
bard@elvetaxi.no
"""
    dpia = docx(
        [
            ("h", "Utkast DPIA kamera i taxi"),
            ("h", "Hva"),
            "Kamera front og kupé med lyd i 75 biler, opptak av hele turen, ca. 400 000 turer i året. Registrerte: passasjerer og sjåfører (120). Opptak lagres kryptert 30 dager i bilen og overskrives; uttak bare ved hendelse, av daglig leder, utlevering til politiet ved anmeldelse. Ingen databehandler, vi drifter selv. Formål: sjåførsikkerhet og behandling av klager på kjøring.",
            ("h", "Hvorfor"),
            "Grunnlag: berettiget interesse, art. 6 nr. 1 f, og personopplysningsloven kap. 7. Vold mot sjåfører (11 tilfeller i 2025) og klager fra kunder. Alternativ: panikknapp (finnes allerede, men gir ikke bevis). Skilting på dørene; passasjer kan be om innsyn i opptak av seg selv; opptak brukes ikke til å kontrollere sjåførene.",
            ("h", "Risiko"),
            (
                "t",
                [
                    ["Risiko", "Nivå", "Tiltak", "Rest"],
                    ["Samtaler mellom passasjerer tas opp", "Høy", "Skilt i bilen", "Høy"],
                    ["Opptak misbrukes", "Middels", "Kun daglig leder har tilgang, logg", "Lav"],
                    [
                        "Sjåfører føler seg overvåket",
                        "Middels",
                        "Avtale om at opptak ikke brukes i personalsaker",
                        "Middels",
                    ],
                ],
            ),
            "Vurdert, ikke gjort: lyd bare når sjåfør trykker på knapp (rekker ikke ved angrep).",
        ]
    )
    m = message(
        frm="Bård Kristiansen <bard@elvetaxi.no>",
        subject="søknad kamera i taxi",
        date=d(11, 16, 6, 48),
        msgid="<elvetaxi-bk-1116@elvetaxi.no>",
        body=body,
        attachments=[("DPIA utkast.docx", dpia)],
    )
    return m, label(
        "e031",
        "nb",
        ["p1_no_dpo", "part5_absent", "short_hurried", "processor_none_stated"],
        "none",
        "none",
        "MPPPM",
        "incomplete",
        "taxi company; no DPO, no management validation; calls it søknad",
    )


def e032():
    files = [
        (
            "00_Cover_letter.pdf",
            pdf(
                [
                    ("h", "Prior consultation request – Crew fatigue monitoring"),
                    "Polar Shipping ASA requests prior consultation for EEG-based fatigue monitoring of bridge officers on 22 vessels.",
                    (
                        "t",
                        [
                            ["Role", "Name", "Phone", "Email"],
                            [
                                "Contact",
                                "Capt. Henrik Lund, Marine HSE Manager",
                                "+47 51 84 20 30",
                                "henrik.lund@polarshipping.no",
                            ],
                            ["DPO", "Ingrid Fosså", "+47 51 84 20 05", "dpo@polarshipping.no"],
                        ],
                    ),
                    "No processor is used; data stays on board and in our own shore systems.",
                ]
            ),
        ),
        (
            "01_Description.docx",
            docx(
                [
                    ("h", "Description"),
                    "EEG headbands worn by officers on watch (approx. 180 officers). Alertness index computed on the bridge; alarm to the officer and the master. Raw EEG kept 7 days on the vessel; index logs 12 months ashore. Recipients: master, Marine HSE. Purpose: prevent groundings due to fatigue.",
                ]
            ),
        ),
        (
            "02_Necessity.docx",
            docx(
                [
                    ("h", "Necessity and proportionality"),
                    "STCW rest hour rules and the Ship Safety Act; Art. 9(2)(b). Alternatives: bridge watch alarm (BNWAS) already fitted, insufficient. Safeguards: index only, no raw EEG ashore; not used in appraisal; union agreement.",
                ]
            ),
        ),
        (
            "03_Risk_assessment.docx",
            docx([("h", "Risk assessment"), "[To be completed by HSE department]"]),
        ),
        (
            "04_Management_approval.pdf",
            pdf(
                [
                    ("h", "Executive committee – 27 Nov 2026"),
                    "The executive committee reviewed the DPIA for the second time with input from the officers' union and two masters. Decision: approved; prior consultation to be requested. CEO Kjell Tvedt.",
                ]
            ),
        ),
    ]
    body = "Dear Datatilsynet,\n\nPlease find attached our request for prior consultation (zip, 5 documents).\n\nRegards,\nHenrik Lund\nMarine HSE Manager | Polar Shipping ASA\n"
    m = message(
        frm="Henrik Lund <henrik.lund@polarshipping.no>",
        subject="Prior consultation – crew fatigue monitoring (EEG)",
        date=d(11, 28, 9, 55),
        msgid="<polar-hse-1128@polarshipping.no>",
        body=body,
        attachments=[("Polar_Shipping_prior_consultation.zip", zipf(files))],
    )
    return m, label(
        "e032",
        "en",
        ["zip", "empty_placeholder_docx_part4", "file_per_part", "processor_none_stated"],
        "none",
        "none",
        "PPPMP",
        "incomplete",
        "shipping EEG; risk assessment docx is an empty placeholder",
    )


CASES = [
    e017,
    e018,
    e019,
    e020,
    e021,
    e022,
    e023,
    e024,
    e025,
    e026,
    e027,
    e028,
    e029,
    e030,
    e031,
    e032,
]
