"""Cases c033-c048, each written individually."""

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
    vcard,
    when,
    xlsx_book,
    zip_of,
)


def c033() -> Case:
    m = meta(
        "c033",
        "nn",
        [
            "part4_will_follow",
            "dpia_under_work",
            "file_per_part",
            "pdf",
            "contact_signature",
            "processor_used",
            "processor_contact_in_pdf",
        ],
        processor="used",
        missing=(4,),
        note="hospital trust remote monitoring of COPD patients, nynorsk; ROS 'under arbeid og vert ettersend'",
    )
    body = """Til Datatilsynet

Helse Vestfjord HF ber om førehandsdrøfting for digital heimeoppfølging av pasientar med KOLS.

Vedlagt:
 - Del 1 Kontaktinformasjon og skildring av behandlinga
 - Del 2 Vurdering av naudsyn og forholdsmessigheit
 - Del 3 Vedtak i direktøren si leiargruppe

Risikovurderinga (ROS-analysen) er under arbeid saman med leverandøren og vert ettersend.

Med helsing

Håkon Sæle
Seniorrådgjevar, Fag og kvalitet
Helse Vestfjord HF
Telefon 57 83 90 12 · Sentralbord 57 83 90 00
hakon.saele@vestfjord-hf.no
"""
    d1 = pdf_doc(
        [
            ("title", "Del 1 – Kontaktinformasjon og skildring"),
            (
                "p",
                "Personvernombod: Berit Årdal, tlf. 57 83 90 09, personvernombod@vestfjord-hf.no. "
                "Databehandlar: Heimehelse Digital AS, kontakt Sindre Hope, tlf. 922 81 004, sindre.hope@hhdigital.no.",
            ),
            (
                "p",
                "Om lag 800 pasientar får nettbrett, pulsoksymeter og spirometer. Dei svarer på spørsmål dagleg, og "
                "måleverdiar vert sende til Heimehelse Digital si plattform. Ein algoritme raudmerker pasientar som "
                "vert dårlegare, og sjukepleiar ved lungepoliklinikken ringjer opp. Kjelder: pasienten og utstyret; "
                "mottakarar: lungepoliklinikken og fastlegen ved behov. Lagring i journal etter pasientjournallova.",
            ),
        ]
    )
    d2 = pdf_doc(
        [
            ("title", "Del 2 – Naudsyn og forholdsmessigheit"),
            (
                "p",
                "Heimel: pasientjournallova § 6 og helsepersonellova § 39, art. 9 nr. 2 h. Tilbodet er frivillig, og "
                "vanleg kontroll held fram for dei som ikkje vil. Berre måleverdiar som er relevante for KOLS vert "
                "samla inn; ikkje posisjon. Pasienten ser eigne data i appen.",
            ),
        ]
    )
    d3 = pdf_doc(
        [
            ("title", "Del 3 – Vedtak"),
            (
                "p",
                "Leiargruppa i Helse Vestfjord HF har 24.11.2026 fått presentert DPIA-arbeidet, funn så langt og innspel "
                "frå brukarutvalet og LHL. Leiargruppa vedtok å gå vidare og be om førehandsdrøfting.",
            ),
        ]
    )
    msg = mail(
        frm="Håkon Sæle <hakon.saele@vestfjord-hf.no>",
        subject="Førehandsdrøfting – heimeoppfølging KOLS",
        body=body,
        date=when(12, 3, 10, 2),
        msgid="<vestfjord-kols-1203@vestfjord-hf.no>",
        attachments=[
            ("Del 1 Kontakt og skildring.pdf", d1),
            ("Del 2 Naudsyn.pdf", d2),
            ("Del 3 Vedtak.pdf", d3),
        ],
    )
    return m, msg


def c034() -> Case:
    m = meta(
        "c034",
        "nb",
        ["nonrequest_newsletter", "html_only_body"],
        request=False,
        note="law firm newsletter about GDPR, HTML only",
    )
    html = """<html><body style="font-family:Arial">
<h1>Personvernbrevet – desember 2026</h1>
<p>Kjære leser,</p>
<p>I denne utgaven: <b>Nye retningslinjer for KI-forordningen</b>, <b>Personvernnemndas avgjørelser i høst</b>
og <b>når må du be om forhåndsdrøftelse?</b></p>
<h2>Når må du be om forhåndsdrøftelse?</h2>
<p>Hvis en DPIA viser høy risiko som ikke kan reduseres, må virksomheten rådføre seg med Datatilsynet. Vi gir
deg sjekklisten i fem punkter – les mer på nettsiden vår.</p>
<h2>Kurs</h2>
<p>Meld deg på vårt frokostseminar 14. januar.</p>
<p style="font-size:10px">Du mottar denne e-posten fordi du abonnerer på Personvernbrevet fra Advokatfirmaet Haug Bratt.
<a href="https://haugbratt.no/avmeld">Meld deg av</a></p>
</body></html>"""
    msg = mail(
        frm="Haug Bratt Personvernbrevet <nyhetsbrev@haugbratt.no>",
        subject="Personvernbrevet – desember 2026",
        body="",
        html=html,
        html_only=True,
        date=when(12, 10, 7, 0),
        msgid="<nl-2026-12-7781@haugbratt.no>",
        headers={"List-Unsubscribe": "<https://haugbratt.no/avmeld>", "Precedence": "bulk"},
    )
    return m, msg


def c035() -> Case:
    m = meta(
        "c035",
        "en",
        ["part5_will_follow", "dpia_report_docx", "contact_in_body_list", "processor_unspecified"],
        missing=(5,),
        note="e-scooter operator selfie ID checks; management sign-off 'scheduled for the board meeting on 15 January'",
    )
    body = """Hi there,

ZoomRide Norway AS would like to request prior consultation for selfie-based identity and
sobriety checks in our e-scooter app (reaction test + face match against the ID document at
night-time rentals).

Contact person: Julia Sandberg, Head of Legal Nordics, +47 476 10 223, julia.sandberg@zoomride.com
DPO: Daniel Weiss, +49 30 5557 1200, dpo@zoomride.com

The DPIA report is attached (processing description, necessity and proportionality, risk
assessment with measures).

Regarding management validation: the DPIA will be presented to the board for sign-off at the
board meeting on 15 January. We'll send you the minutes right after.

Thanks,
Julia
"""
    dpia = docx_doc(
        [
            ("title", "DPIA – Night-time rider verification"),
            ("h1", "1. Description"),
            (
                "p",
                "Between 23:00 and 05:00 riders in Oslo, Bergen and Trondheim must take a selfie that is matched with "
                "the face on their verified ID, and complete a 20-second reaction test. Failing the test blocks rental "
                "for 6 hours. 180 000 active riders; 35 % ride at night at least once a month. Data: face template "
                "(transient), ID photo, reaction score, location of the scooter. Retention: match result 30 days; "
                "template deleted immediately. Recipients: none outside ZoomRide; police only on court order.",
            ),
            ("h1", "2. Necessity and proportionality"),
            (
                "p",
                "Purpose: prevent drunk riding and account sharing after municipalities' demands in the 2026 "
                "licences. Legal basis: Art. 6(1)(c)/(f), Art. 9(2)(g) for biometric matching with reference to the "
                "municipal licence conditions. Alternatives: rental ban at night (proposed by Oslo), which we consider "
                "more restrictive. Riders are informed in the app and can choose a manual ID check at a hub.",
            ),
            ("h1", "3. Risk assessment"),
            (
                "table",
                [
                    ["Risk", "L", "S", "Mitigation", "Implemented?"],
                    [
                        "False non-match for darker skin tones",
                        "M",
                        "H",
                        "Vendor bias report, manual fallback",
                        "Yes; residual high",
                    ],
                    [
                        "Reaction test excludes disabled riders",
                        "M",
                        "M",
                        "Alternative test",
                        "No – in development",
                    ],
                    ["Function creep: police requests", "L", "H", "Court order only", "Yes"],
                ],
            ),
        ]
    )
    msg = mail(
        frm="Julia Sandberg <julia.sandberg@zoomride.com>",
        subject="Prior consultation request – ZoomRide night-time verification",
        body=body,
        date=when(12, 9, 14, 48),
        msgid="<zr-pc-nordics-1209@zoomride.com>",
        attachments=[("ZoomRide DPIA night verification.docx", dpia)],
    )
    return m, msg


def c036() -> Case:
    m = meta(
        "c036",
        "nb",
        [
            "contact_prose",
            "dpia_docx_question_headings",
            "part5_minutes_agenda_pdf",
            "processor_none_stated",
        ],
        encrypt="pgp_mime",
        processor="none",
        note="public transport camera passenger counting; contacts in running prose, DPIA headings as questions",
    )
    body = """Hei,

Kollektivselskapet Ruteservice Innlandet AS søker med dette om forhåndsdrøftelse. Saken gjelder
kameraer i alle våre 410 busser som teller passasjerer og måler trengsel i sanntid.

Det er jeg, Sverre Haugli, som er prosjektleder og kontaktperson. Jeg treffes på 61 24 80 33 eller
sverre.haugli@ruteservice-innlandet.no. Vårt personvernombud er Tove Kirkeby, som har telefon
61 24 80 01 og e-post personvernombud@ruteservice-innlandet.no. Vi bruker ikke databehandler –
kameraene og analyseserveren eies og driftes av oss.

DPIA og protokoll fra ledermøtet ligger vedlagt.

Vennlig hilsen
Sverre Haugli
"""
    dpia = docx_doc(
        [
            ("title", "Personvernkonsekvensvurdering – kamerabasert passasjertelling"),
            ("h1", "Hva skal vi gjøre, og hvordan?"),
            (
                "p",
                "Takmonterte kameraer over dørene tar bilder 5 ganger i sekundet. En modell i bussen teller "
                "påstigende og avstigende og beregner trengsel. Bildene forlater aldri bussen og overskrives etter "
                "3 sekunder; bare tall sendes til sentral. Ca. 22 millioner reiser i året. Mottakere av tallene: "
                "fylkeskommunen og reisende i app. Sikkerhet: kryptert disk, ingen fjerntilgang til bilder.",
            ),
            ("h1", "Hvorfor trenger vi dette, og er det forholdsmessig?"),
            (
                "p",
                "Fylkeskommunens kontrakt krever trengselsdata. Infrarøde tellere er prøvd og er for unøyaktige ved "
                "vinterklær. Vi lagrer ikke bilder, bruker ikke ansiktsgjenkjenning, og skilter tydelig. Grunnlag: "
                "art. 6 nr. 1 e (fylkeskommunens oppdrag via kontrakt).",
            ),
            ("h1", "Hvilke risikoer ser vi, og hva gjør vi med dem?"),
            (
                "table",
                [
                    [
                        "Risiko",
                        "Sannsynlighet",
                        "Konsekvens",
                        "Tiltak",
                        "Gjennomført?",
                        "Begrunnelse",
                    ],
                    [
                        "Programvareendring gjør at bilder lagres",
                        "Lav",
                        "Høy",
                        "Kodegjennomgang",
                        "Ja",
                        "",
                    ],
                    [
                        "Passasjerer føler seg overvåket",
                        "Høy",
                        "Middels",
                        "Skilting, info",
                        "Ja",
                        "Restrisiko høy",
                    ],
                    [
                        "Krav fra politi om opptak",
                        "Middels",
                        "Høy",
                        "Ingen opptak finnes",
                        "Ja",
                        "",
                    ],
                    [
                        "Uavhengig revisjon av modellen",
                        "-",
                        "-",
                        "Ekstern revisjon",
                        "Nei",
                        "Ingen leverandør i markedet",
                    ],
                ],
            ),
            (
                "p",
                "Forutsigbarhet og åpenhet: passasjerene kan ikke reservere seg. Dette er vår største bekymring.",
            ),
        ]
    )
    prot = pdf_doc(
        [
            ("title", "Protokoll ledermøte Ruteservice Innlandet AS"),
            (
                "p",
                "Dato 27.10.2026. Til stede: adm. direktør, trafikkdirektør, teknisk sjef, HR-sjef. Personvernombudet deltok.",
            ),
            ("h2", "1/10 Godkjenning av innkalling"),
            ("p", "Godkjent."),
            ("h2", "2/10 Kamerabasert passasjertelling – DPIA"),
            (
                "p",
                "Prosjektleder presenterte DPIA-en og hovedfunnene. Innspill fra fylkeskommunen, Forbrukerrådet og "
                "sjåførenes tillitsvalgte i Fagforbundet var sammenstilt og ble gjennomgått. Ledermøtet vedtok å "
                "godkjenne DPIA-en, gå videre med løsningen og be Datatilsynet om forhåndsdrøftelse.",
            ),
            ("h2", "3/10 Vinterberedskap"),
            ("p", "Orientering tatt til etterretning."),
        ]
    )
    msg = mail(
        frm="Sverre Haugli <sverre.haugli@ruteservice-innlandet.no>",
        subject="Søknad om forhåndsdrøftelse – passasjertelling med kamera",
        body=body,
        date=when(11, 3, 9, 16),
        msgid="<rsi-kamera-1103@ruteservice-innlandet.no>",
        attachments=[
            ("DPIA passasjertelling.docx", dpia),
            ("Protokoll ledermøte 27.10.2026.pdf", prot),
        ],
    )
    return m, msg


def c037() -> Case:
    m = meta(
        "c037",
        "nb",
        [
            "wrong_file_part2",
            "file_per_part",
            "headings_vedlegg",
            "pdf",
            "contact_label_value",
            "processor_used",
            "processor_contact_in_body",
        ],
        processor="used",
        missing=(2,),
        note="out-of-hours clinic video consultations; 'Systembeskrivelse' attachment is actually a price offer",
    )
    body = """Til Datatilsynet

Interkommunal legevakt Sørfjord (vertskommune Sørfjord) ber om forhåndsdrøftelse for
videokonsultasjon med opptak i legevakten.

Kontaktperson
  Navn: Nina Dahle, legevaktsjef
  Tlf.: 38 99 12 00
  E-post: nina.dahle@sorfjord.kommune.no

Personvernombud
  Navn: Arnt Skjelbred
  Tlf.: 38 99 10 90
  E-post: arnt.skjelbred@sorfjord.kommune.no

Databehandler
  VidDoc AS, Maja Holen, tlf. 477 20 931, maja.holen@viddoc.no

Vedlegg 1 – Systembeskrivelse
Vedlegg 2 – Nødvendighet og forholdsmessighet
Vedlegg 3 – Risikovurdering
Vedlegg 4 – Vedtak i styringsgruppen

Mvh
Nina Dahle
"""
    v1 = pdf_doc(
        [
            ("title", "VidDoc AS – Pristilbud"),
            ("p", "Tilbud nr. 2026-118 til Interkommunal legevakt Sørfjord"),
            (
                "table",
                [
                    ["Produkt", "Antall", "Pris/mnd"],
                    ["VidDoc Pro lisens", "25", "11 250"],
                    ["Opptaksmodul", "1", "4 900"],
                    ["Opplæring", "2 dager", "18 000 (engang)"],
                ],
            ),
            ("p", "Tilbudet gjelder til 31.12.2026. Betalingsbetingelser 30 dager netto."),
        ]
    )
    v2 = pdf_doc(
        [
            ("title", "Vedlegg 2 – Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Opptak av konsultasjonen er nødvendig for å dokumentere råd gitt i akutte situasjoner, jf. "
                "helsepersonelloven § 39 og journalforskriften. Pasienten informeres før start og kan be om at "
                "opptak ikke gjøres. Opptak lagres 3 måneder og brukes bare ved klage eller tilsyn.",
            ),
        ]
    )
    v3 = pdf_doc(
        [
            ("title", "Vedlegg 3 – Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Status"],
                    [
                        "Opptak av andre i rommet hos pasienten",
                        "Høy",
                        "Høy",
                        "Informasjon",
                        "Gjennomført; restrisiko høy",
                    ],
                    ["Lekkasje av opptak", "Lav", "Svært høy", "Kryptering", "Gjennomført"],
                    [
                        "Opptak brukes i personalsaker",
                        "Middels",
                        "Middels",
                        "Rutine",
                        "Gjennomført",
                    ],
                    [
                        "Automatisk sletting etter 3 mnd",
                        "-",
                        "-",
                        "Slettejobb",
                        "Ikke gjennomført: leverandør leverer Q2 2027",
                    ],
                ],
            ),
        ]
    )
    v4 = pdf_doc(
        [
            ("title", "Vedlegg 4 – Vedtak i styringsgruppen"),
            (
                "p",
                "Styringsgruppen for legevaktsamarbeidet (kommunedirektørene i seks kommuner) fikk 9.11.2026 presentert "
                "DPIA-en og innspill fra brukerråd og legeforeningen lokalt. Styringsgruppen godkjente DPIA-en og "
                "vedtok å be om forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Nina Dahle <nina.dahle@sorfjord.kommune.no>",
        subject="Forhåndsdrøftelse - video i legevakt",
        body=body,
        date=when(11, 16, 11, 38),
        msgid="<legevakt-video-1116@sorfjord.kommune.no>",
        attachments=[
            ("Vedlegg 1 - Systembeskrivelse.pdf", v1),
            ("Vedlegg 2 - Nødvendighet.pdf", v2),
            ("Vedlegg 3 - Risikovurdering.pdf", v3),
            ("Vedlegg 4 - Vedtak.pdf", v4),
        ],
    )
    return m, msg


def c038() -> Case:
    m = meta(
        "c038",
        "nb",
        [
            "one_odt",
            "contact_odt_table",
            "processor_used",
            "processor_contact_in_odt",
            "headings_num",
            "part5_annual_meeting_board",
        ],
        processor="used",
        note="sports club AI-camera streaming of children's football; everything in one ODT, sender is a volunteer",
    )
    body = """hei

sender anmodning om forhåndsdrøftelse for Vikåsen IL, se vedlegg (odt, laget i LibreOffice).
Jeg er frivillig i styret så si fra om noe er feil.

hilsen Kjetil
"""
    odt = odt_doc(
        [
            (
                "title",
                "Vikåsen IL – anmodning om forhåndsdrøftelse: automatisk filming og strømming av kamper",
            ),
            ("h1", "1 Kontaktopplysninger"),
            (
                "table",
                [
                    ["Rolle", "Navn", "Telefon", "E-post"],
                    [
                        "Kontaktperson (styremedlem)",
                        "Kjetil Rønningen",
                        "911 43 220",
                        "kjetil@vikaasen-il.no",
                    ],
                    ["Personvernombud", "Lene Fossum", "480 33 117", "personvern@vikaasen-il.no"],
                    [
                        "Databehandler: KampKamera AS",
                        "Oskar Tvedten",
                        "23 96 44 10",
                        "oskar@kampkamera.no",
                    ],
                ],
            ),
            ("h1", "2 Hva vi skal gjøre"),
            (
                "p",
                "KI-kameraer på to baner følger ballen automatisk og strømmer alle kamper, også for barn 6-12 år, til "
                "KampKameras app. Foreldre og trenere kan se kamper direkte og i opptak. Omtrent 40 lag og 600 barn. "
                "Opptak lagres 1 år. KampKamera AS drifter løsningen; klubben er behandlingsansvarlig.",
            ),
            ("h1", "3 Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: samtykke fra foresatte for barn under 13 (strømming er ikke nødvendig for å drive "
                "idrett). Vi har vurdert bare å filme fra 13 år, men foreldre i bygda har ofte skift og vil se "
                "kampene. Strømming er bare for innloggede medlemmer. Barn uten samtykke får vest, og kameraet "
                "sladder dem. Foresatte kan trekke samtykket.",
            ),
            ("h1", "4 Risiko"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Gjort?"],
                    [
                        "Barn med hemmelig adresse blir synlige",
                        "Lav",
                        "Svært høy",
                        "Ikke strømme ved fortrolig adresse",
                        "Ja",
                    ],
                    [
                        "Sladding feiler",
                        "Middels",
                        "Høy",
                        "Manuell sjekk",
                        "Nei – for mange kamper for frivillige",
                    ],
                    [
                        "Opptak deles på sosiale medier",
                        "Høy",
                        "Middels",
                        "Nedlasting sperret",
                        "Ja",
                    ],
                    ["Mobbing ut fra opptak", "Middels", "Høy", "Trenere følger opp", "Ja"],
                ],
            ),
            ("p", "Restrisiko: høy for sladding som feiler."),
            ("h1", "5 Styrets behandling"),
            (
                "p",
                "Saken ble lagt fram for hovedstyret 7.10 og 4.11.2026 med DPIA og funn. Foreldrekontaktene, "
                "Norges Fotballforbund krets og barneidrettsansvarlig ga innspill. Hovedstyret godkjente DPIA-en, "
                "vedtok å ta i bruk kameraene og å be Datatilsynet om forhåndsdrøftelse (styresak 22/26).",
            ),
        ]
    )
    msg = mail(
        frm="Kjetil Rønningen <kjetil@vikaasen-il.no>",
        subject="forhåndsdrøftelse kamera Vikåsen IL",
        body=body,
        date=when(11, 7, 22, 14),
        msgid="<a7c1e9-vik@vikaasen-il.no>",
        attachments=[("Vikåsen IL forhåndsdrøftelse.odt", odt)],
    )
    return m, msg


def c039() -> Case:
    m = meta(
        "c039",
        "en",
        [
            "zip",
            "file_per_part",
            "processor_used",
            "processor_contact_in_dpa_docx",
            "risk_matrix_xlsx",
            "part5_board_minutes_pdf",
            "contact_signature",
            "dpo_in_dpia",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="fintech tenant screening via open banking; ZIP of four documents, DPO only in the DPIA, processor in DPA",
    )
    body = """Dear Datatilsynet,

Leietrygg AS hereby requests prior consultation under GDPR Article 36 for "RentCheck", an
open-banking based income and payment-behaviour report that prospective tenants share with
landlords.

The enclosed ZIP contains:
  a) RentCheck DPIA (PDF) - incl. our DPO's details
  b) Risk matrix (XLSX)
  c) Data processing agreement with our cloud provider (DOCX), contact details in clause 11
  d) Board minutes (PDF)

Kind regards

Sofia Andersen
Chief Product Officer | Leietrygg AS
Direct +47 21 93 40 18 | Switchboard +47 21 93 40 00
sofia.andersen@leietrygg.no
Karl Johans gate 12, 0154 Oslo
"""
    dpia = pdf_doc(
        [
            ("title", "RentCheck – Data Protection Impact Assessment"),
            ("p", "Data protection officer: Magnus Berntsen, +47 21 93 40 90, dpo@leietrygg.no"),
            ("h1", "A. Scope and context"),
            (
                "p",
                "A tenant connects their bank accounts (PSD2). RentCheck analyses 12 months of transactions and "
                "produces a report: verified income, rent paid on time, and a 'payment stability' band A-D. The "
                "tenant sees the report first and decides whether to share it with a landlord. ~60 000 reports/yr. "
                "Transactions can reveal health, religion, union membership. Raw transactions are deleted after 24 "
                "hours; reports kept 90 days. Hosted by Skyhall AS (processor) in Norway.",
            ),
            ("h1", "B. Lawfulness, necessity, proportionality"),
            (
                "p",
                "Consent of the tenant (Art. 6(1)(a)); special categories are not inferred: merchant categories "
                "linked to health, religion and unions are filtered before analysis. The band is explained. "
                "Landlords cannot ask for raw transactions. Tenants may contest the band and get it reviewed.",
            ),
            ("h1", "C. Risks"),
            (
                "p",
                "See the risk matrix. Residual risk of de-facto forced consent in a tight rental market is high: "
                "tenants who refuse may lose the flat. We considered banning landlords from requiring RentCheck "
                "(not possible for us to enforce).",
            ),
        ],
        title="RentCheck DPIA",
    )
    risk = xlsx_book(
        [
            (
                "Matrix",
                [
                    [
                        "#",
                        "Risk",
                        "Likelihood 1-5",
                        "Impact 1-5",
                        "Score",
                        "Measures implemented",
                        "Measures rejected + why",
                    ],
                    [
                        1,
                        "Forced consent in tight market",
                        5,
                        4,
                        20,
                        "Tenant previews report",
                        "Ban on requiring: cannot enforce",
                    ],
                    [2, "Sensitive inferences from transactions", 3, 5, 15, "Category filter", ""],
                    [
                        3,
                        "Discrimination via band D",
                        3,
                        4,
                        12,
                        "Explainable bands, contest",
                        "Remove bands: product pointless",
                    ],
                    [4, "Bank credentials compromise", 1, 5, 5, "PSD2 tokens only", ""],
                ],
            )
        ]
    )
    dpa = docx_doc(
        [
            ("title", "Data Processing Agreement – Leietrygg AS / Skyhall AS"),
            ("h2", "Clause 11 Contacts"),
            (
                "table",
                [
                    ["", "Name", "Phone", "E-mail"],
                    [
                        "Processor – privacy contact",
                        "Ida Marie Krohn",
                        "+47 22 80 61 70",
                        "privacy@skyhall.no",
                    ],
                    [
                        "Controller – contact",
                        "Sofia Andersen",
                        "+47 21 93 40 18",
                        "sofia.andersen@leietrygg.no",
                    ],
                ],
            ),
        ]
    )
    board = pdf_doc(
        [
            ("title", "Leietrygg AS – Minutes of board meeting 5 November 2026"),
            ("h2", "Item 3 RentCheck DPIA"),
            (
                "p",
                "The CPO presented the DPIA and findings (one high residual risk). The board considered comments from "
                "the Tenants' Association (Leieboerforeningen), Huseiernes Landsforbund and our customer panel. "
                "Resolution: the board approves the DPIA, wants to launch RentCheck, and instructs management to "
                "request prior consultation with Datatilsynet.",
            ),
        ]
    )
    z = zip_of(
        [
            ("a_RentCheck_DPIA.pdf", dpia),
            ("b_Risk_matrix.xlsx", risk),
            ("c_DPA_Skyhall.docx", dpa),
            ("d_Board_minutes_2026-11-05.pdf", board),
        ]
    )
    msg = mail(
        frm="Sofia Andersen <sofia.andersen@leietrygg.no>",
        subject="Prior consultation – RentCheck",
        body=body,
        date=when(11, 17, 10, 8),
        msgid="<leietrygg-rentcheck-1117@leietrygg.no>",
        attachments=[("RentCheck_prior_consultation.zip", z)],
    )
    return m, msg


def c040() -> Case:
    m = meta(
        "c040",
        "nb",
        ["p1_no_dpo", "dpo_referred_to_website", "file_per_part", "docx", "processor_none_stated"],
        processor="none",
        missing=(1,),
        note="school bus NFC check-in; DPO only 'se kommunens nettside', no name, phone or e-mail",
    )
    body = """Hei.

Holmestad kommune ber om forhåndsdrøftelse for elektronisk inn- og utsjekking i skolebussen
(NFC-kort) for elever i 1.-7. trinn, med varsel til foresatte.

Kontaktperson: Bente Kleiven, oppvekstkontoret, tlf. 33 44 60 12, bente.kleiven@holmestad.kommune.no.
Personvernombudets kontaktinformasjon finner dere på kommunens nettside.

Løsningen driftes av kommunens IT; ingen databehandler.

Dokumentasjonen er delt i to Word-filer.

Med hilsen
Bente Kleiven
"""
    a = docx_doc(
        [
            ("title", "Skolebuss-sjekk – beskrivelse og vurdering av nødvendighet"),
            ("h1", "Behandlingen"),
            (
                "p",
                "1 400 elever får NFC-kort. Ved påstigning og avstigning registreres elev, holdeplass og tid. Foresatte "
                "får push-varsel. Skolen ser hvem som er i bussen. Data lagres 30 dager.",
            ),
            ("h1", "Nødvendighet"),
            (
                "p",
                "Opplæringsloven om skyss og kommunens ansvar for elevenes sikkerhet. Tidligere har sjåførene hatt "
                "papirlister. Foresatte kan reservere seg mot varsler. Posisjon lagres ikke utover holdeplass.",
            ),
        ]
    )
    b = docx_doc(
        [
            ("title", "Skolebuss-sjekk – risikovurdering og ledelsens behandling"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Status"],
                    [
                        "Kartlegging av barns bevegelser",
                        "Middels",
                        "Høy",
                        "30 dagers sletting",
                        "Gjennomført",
                    ],
                    [
                        "Foreldre i konflikt ser barnets reiser",
                        "Middels",
                        "Høy",
                        "Varsel bare til forelder med daglig omsorg",
                        "Ikke gjennomført – folkeregisteret gir ikke opplysningen",
                    ],
                    ["Kort på avveie", "Høy", "Lav", "Sperring", "Gjennomført"],
                ],
            ),
            ("p", "Restrisiko for barn i familier med konflikt er høy."),
            ("h1", "Ledelsens behandling"),
            (
                "p",
                "Kommunedirektørens ledergruppe behandlet DPIA-en 2. desember 2026 etter presentasjon og innspill fra "
                "FAU-ene, skyssleverandøren og barnevernstjenesten. Ledergruppen godkjente DPIA-en og vedtok å be om "
                "forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Bente Kleiven <bente.kleiven@holmestad.kommune.no>",
        subject="Forhåndsdrøftelse skolebuss NFC",
        body=body,
        date=when(12, 4, 13, 27),
        msgid="<holmestad-nfc-1204@holmestad.kommune.no>",
        attachments=[
            ("Del A beskrivelse og nødvendighet.docx", a),
            ("Del B risiko og ledelse.docx", b),
        ],
    )
    return m, msg


def c041() -> Case:
    m = meta(
        "c041",
        "nn",
        ["nonrequest_must_we_ask", "all_in_body"],
        request=False,
        note="municipality asks in nynorsk whether it must ask for prior consultation",
    )
    body = """Hei

Vi i Ørnevik kommune held på med ein DPIA for digital heimeoppfølging av eldre (sensorar og
nettbrett). Vi er usikre på om vi må be om førehandsdrøfting.

Risikoen ser ut til å vere akseptabel etter tiltak, men personvernombodet vårt meiner at saka er
så ny at vi burde spørje dykk. Må vi sende ei førehandsdrøfting når restrisikoen er låg, eller
held det at vi dokumenterer vurderinga sjølve?

Helsing
Ragnar Fosse
Einingsleiar heimetenesta, Ørnevik kommune
Tlf. 70 19 32 11
"""
    msg = mail(
        frm="Ragnar Fosse <ragnar.fosse@ornevik.kommune.no>",
        subject="Spørsmål: må vi be om førehandsdrøfting?",
        body=body,
        date=when(11, 13, 12, 51),
        msgid="<ornevik-spm-1113@ornevik.kommune.no>",
    )
    return m, msg


def c042() -> Case:
    m = meta(
        "c042",
        "nb",
        [
            "reply_in_thread",
            "quoted_text",
            "part5_in_quoted_mail",
            "dpia_report_pdf",
            "contact_in_body_list",
            "processor_used",
            "processor_contact_in_body",
        ],
        processor="used",
        note="hospital sepsis prediction; management approval only in the quoted internal thread below the reply",
    )
    body = """Hei Datatilsynet (satt på kopi av Ole nedenfor),

Som tråden under viser, har direktøren godkjent at vi sender. Vi ber om forhåndsdrøftelse for
maskinlæringsbasert tidlig varsling av sepsis ved Sykehuset Fjordby. DPIA-rapporten er vedlagt.

Kontaktopplysninger:
- Kontaktperson: Ole Fjeld, prosjektleder, 67 20 41 88, ole.fjeld@sykehuset-fjordby.no
- Personvernombud: Randi Eriksen, 67 20 40 12, personvernombud@sykehuset-fjordby.no
- Databehandler: Medisynth AS, Johan Krog, 913 57 004, johan.krog@medisynth.no

Mvh Ole

Den 19.11.2026 kl. 14:02 skrev Kristin Bakke (adm. direktør):
> Hei Ole og Randi,
>
> Direktørmøtet behandlet i dag DPIA-en for sepsisvarsling for andre gang. Vi fikk
> presentasjonen av funnene (høy restrisiko for feilvarsler som gir overbehandling og for at
> varsler blir ignorert), og vi gikk gjennom innspillene fra brukerutvalget, Legeforeningen,
> NSF og klinisk etikkomité.
>
> Direktørmøtet godkjenner DPIA-en og har besluttet at vi innfører løsningen. Fordi
> restrisikoen fortsatt er høy, skal vi be Datatilsynet om forhåndsdrøftelse. Ole sender.
>
> Kristin
>
>> Den 12.11.2026 kl. 09:15 skrev Randi Eriksen:
>> Jeg anbefaler at DPIA-en tas opp i direktørmøtet en gang til før vi sender til Datatilsynet.
"""
    dpia = pdf_doc(
        [
            ("title", "DPIA – Tidlig varsling av sepsis (SepsisVakt)"),
            ("h1", "Beskrivelse"),
            (
                "p",
                "SepsisVakt leser vitale parametere, lab-svar og medikamentdata fra journal hvert 15. minutt for alle "
                "inneliggende pasienter (ca. 38 000 innleggelser i året), og beregner sepsisrisiko. Over terskel "
                "varsles ansvarlig sykepleier og lege. Modellen er utviklet av Medisynth AS, som drifter den som "
                "databehandler i sykehusets datasenter. Data lagres i journal; modellens logg i 2 år.",
            ),
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Helsepersonelloven § 4 og spesialisthelsetjenesteloven § 2-2 (forsvarlighet); art. 9 nr. 2 h. Sepsis "
                "er en hyppig dødsårsak; tidlig behandling redder liv. Bare data som allerede ligger i journal "
                "brukes. Varselet er beslutningsstøtte; klinikeren avgjør. Pasientene informeres på nettsiden.",
            ),
            ("h1", "Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Status"],
                    [
                        "Falske positive – unødvendig antibiotika",
                        "Høy",
                        "Høy",
                        "Terskeljustering",
                        "Gjennomført; restrisiko høy",
                    ],
                    ["Varseltretthet", "Høy", "Høy", "Samlevarsler", "Delvis"],
                    [
                        "Skjevhet for eldre og kvinner",
                        "Middels",
                        "Høy",
                        "Validering per undergruppe",
                        "Ikke gjennomført: for lite data for enkelte grupper",
                    ],
                    [
                        "Pasienter vet ikke om profilering",
                        "Middels",
                        "Middels",
                        "Informasjon på nett",
                        "Gjennomført",
                    ],
                ],
            ),
        ]
    )
    msg = mail(
        frm="Ole Fjeld <ole.fjeld@sykehuset-fjordby.no>",
        cc="Randi Eriksen <personvernombud@sykehuset-fjordby.no>, Kristin Bakke <kristin.bakke@sykehuset-fjordby.no>",
        subject="SV: SepsisVakt – sende til Datatilsynet?",
        body=body,
        date=when(11, 20, 8, 37),
        msgid="<sfb-sepsis-re3@sykehuset-fjordby.no>",
        headers={
            "In-Reply-To": "<sfb-sepsis-re2@sykehuset-fjordby.no>",
            "References": "<sfb-sepsis-1@sykehuset-fjordby.no> <sfb-sepsis-re2@sykehuset-fjordby.no>",
        },
        attachments=[("DPIA SepsisVakt v2.pdf", dpia)],
    )
    return m, msg


def c043() -> Case:
    m = meta(
        "c043",
        "nb",
        [
            "part5_not_done",
            "one_pdf",
            "headings_num",
            "contact_label_value",
            "processor_used",
            "processor_contact_in_pdf",
        ],
        processor="used",
        missing=(5,),
        note="staffless library with cameras; management 'har ikke tatt stilling ennå', meeting on 20 January",
    )
    body = """Hei,

Oversender anmodning om forhåndsdrøftelse for meråpent bibliotek i Granvik. Merk at
kommunedirektørens ledergruppe ikke har tatt stilling til DPIA-en ennå; saken er satt opp til
møtet 20. januar. Vi sender nå for å vinne tid.

Mvh
Siri Lien
Biblioteksjef
"""
    doc = pdf_doc(
        [
            ("title", "Meråpent bibliotek Granvik – anmodning om forhåndsdrøftelse"),
            ("h1", "1 Kontaktinformasjon"),
            (
                "p",
                "Kontaktperson: Siri Lien, biblioteksjef – 37 15 80 44 – siri.lien@granvik.kommune.no\n"
                "Personvernombud: Ivar Solberg – 37 15 80 00 – personvernombud@granvik.kommune.no\n"
                "Databehandler: Biblioteksystemer Norden AS – Cecilie Wang – 22 11 70 80 – cecilie@bibsys-norden.no",
            ),
            ("h1", "2 Beskrivelse av behandlingen"),
            (
                "p",
                "Biblioteket holder åpent uten ansatte kl. 07-23. Inngang med lånekort og PIN; kameraer inne filmer "
                "kontinuerlig, og opptak lagres 7 dager. Barn fra 12 år kan få tilgang. Logger over inngang "
                "kobles til lånekortet. Ca. 3 000 brukere med tilgang.",
            ),
            ("h1", "3 Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Grunnlag: folkebibliotekloven og art. 6 nr. 1 e; kamera etter personopplysningsloven § 31. "
                "Alternativ med vekter er for dyrt. Kameraene dekker ikke lesesalen og toaletter. Skilting og "
                "informasjon ved innmelding.",
            ),
            ("h1", "4 Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "Nivå", "Tiltak", "Status"],
                    [
                        "Kartlegging av lesevaner via inngangslogg",
                        "Høy",
                        "Logg slettes etter 30 dager",
                        "Gjennomført",
                    ],
                    ["Barn filmes uten voksne til stede", "Middels", "Skilting", "Gjennomført"],
                    [
                        "Opptak brukes til annet enn sikkerhet",
                        "Middels",
                        "Rutine, logg",
                        "Gjennomført",
                    ],
                    [
                        "Skjerming av kameraer ved arrangementer",
                        "-",
                        "Automatisk av/på",
                        "Ikke gjennomført – teknisk umulig nå",
                    ],
                ],
            ),
            ("h1", "5 Ledelsens validering"),
            ("p", "Behandles i kommunedirektørens ledergruppe 20.01.2027."),
        ]
    )
    msg = mail(
        frm="Siri Lien <siri.lien@granvik.kommune.no>",
        subject="Meråpent bibliotek - forhåndsdrøftelse",
        body=body,
        date=when(12, 11, 15, 9),
        msgid="<granvik-bib-1211@granvik.kommune.no>",
        attachments=[("Forhandsdroftelse meraapent bibliotek.pdf", doc)],
    )
    return m, msg


def c044() -> Case:
    m = meta(
        "c044",
        "en",
        [
            "contact_vcf",
            "dpia_report_docx",
            "part5_slides_pdf_with_decision",
            "processor_used",
            "processor_contact_in_dpa_docx",
            "headings_num",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="HR productivity analytics; contacts in vCard, decision on the last slide of the management deck",
    )
    body = """Hello,

Attached is WorkPulse AS' request for prior consultation concerning our employee productivity
analytics module, which we intend to use internally first (320 employees) before offering it to
customers.

- contacts.vcf: contact person + DPO
- WorkPulse_DPIA_v3.docx: the full DPIA
- DPA_Nimbus_Hosting.docx: our hosting processor, contact in section 9
- Management_review_deck.pdf: the slides from the management review, incl. the decision slide

Best,
Kristian Moe
"""
    vcf = vcard(
        [
            {
                "name": "Kristian Moe",
                "org": "WorkPulse AS",
                "title": "VP Legal",
                "tel": "+47 22 44 18 30",
                "email": "kristian.moe@workpulse.io",
            },
            {
                "name": "Aisha Rahman",
                "org": "WorkPulse AS",
                "title": "Data Protection Officer",
                "tel": "+47 22 44 18 00",
                "email": "dpo@workpulse.io",
            },
        ]
    )
    dpia = docx_doc(
        [
            ("title", "DPIA: Productivity Insights"),
            ("h1", "1 Description of the processing"),
            (
                "p",
                "Desktop agent collects application usage, active/idle time, meeting load and e-mail volume (no "
                "content). Daily scores per employee are shown to the employee and aggregated team scores to "
                "managers. 320 employees; data kept 6 months. Hosted by Nimbus Hosting AS (processor) in Oslo.",
            ),
            ("h1", "2 Necessity and proportionality"),
            (
                "p",
                "Legal basis: Art. 6(1)(f); Working Environment Act ch. 9 - discussed with union reps. Purpose: "
                "identify overload and burnout risk. Managers never see individual scores; no content is collected; "
                "employees can pause the agent for private matters; results are not used in appraisals.",
            ),
            ("h1", "3 Risk assessment"),
            (
                "table",
                [
                    ["Risk", "L", "I", "Mitigation", "Status"],
                    [
                        "Chilling effect / sense of constant monitoring",
                        "H",
                        "H",
                        "Individual data private",
                        "Done; residual high",
                    ],
                    ["Re-identification in small teams", "M", "H", "Min. team size 8", "Done"],
                    ["Use in dismissals", "L", "H", "Policy ban", "Done"],
                    [
                        "Technical block on manager drill-down",
                        "-",
                        "-",
                        "Hard block",
                        "Not done – planned Q3 2027",
                    ],
                ],
            ),
        ]
    )
    dpa = docx_doc(
        [
            ("title", "Data Processing Agreement WorkPulse AS – Nimbus Hosting AS"),
            ("h2", "9 Contact points"),
            (
                "p",
                "Processor: Nimbus Hosting AS, Security & Privacy Officer Thomas Grude, +47 21 50 33 90, "
                "privacy@nimbushosting.no.",
            ),
        ]
    )
    deck = slides_pdf(
        [
            ("Productivity Insights – DPIA review\nManagement team, 10 Nov 2026", []),
            (
                "Findings",
                ["Residual risk HIGH: chilling effect", "Other risks mitigated to medium/low"],
            ),
            (
                "Stakeholders",
                [
                    "Union (Tekna/Parat): sceptical, accepted individual-only view",
                    "Employee survey: 41 % negative",
                    "Customers: strong demand",
                ],
            ),
            (
                "Decision",
                [
                    "Management approves the DPIA (unanimous)",
                    "Proceed with internal rollout",
                    "Request prior consultation with Datatilsynet – owner: VP Legal",
                ],
            ),
        ]
    )
    msg = mail(
        frm="Kristian Moe <kristian.moe@workpulse.io>",
        subject="Prior consultation – Productivity Insights",
        body=body,
        date=when(11, 24, 11, 52),
        msgid="<wp-pc-1124@workpulse.io>",
        attachments=[
            ("contacts.vcf", vcf),
            ("WorkPulse_DPIA_v3.docx", dpia),
            ("DPA_Nimbus_Hosting.docx", dpa),
            ("Management_review_deck.pdf", deck),
        ],
    )
    return m, msg


def c045() -> Case:
    m = meta(
        "c045",
        "nb",
        [
            "all_in_body",
            "plain_text_only",
            "headings_lettered",
            "processor_none_stated",
            "contact_label_value",
        ],
        encrypt="inline",
        processor="none",
        note="dermatology clinic AI mole app; everything in a plain-text mail with lettered headings",
    )
    body = """Anmodning om forhåndsdrøftelse – KI-vurdering av føflekker (Hudklinikken Vest AS)

A. Hvem vi er
Behandlingsansvarlig: Hudklinikken Vest AS
Kontaktperson: Dr. Jens Ulvestad, medisinsk ansvarlig, tlf. 55 31 77 02,
  jens.ulvestad@hudklinikkenvest.no
Personvernombud: Karin Hjelle, tlf. 55 31 77 00, karin.hjelle@hudklinikkenvest.no
Vi bruker ikke databehandler; modellen kjører på klinikkens egne servere.

B. Hva som skal skje
Pasienter tar bilde av en føflekk med appen vår. En KI-modell gir en risikovurdering (lav/middels/
høy) og svaret gjennomgås av hudlege innen 48 timer før pasienten får svar. Vi venter 25 000
vurderinger i året. Opplysninger: bilde, alder, kjønn, hudtype, historikk. Bildene lagres i
journal i samsvar med pasientjournalloven. Ingen utlevering uten samtykke.

C. Nødvendighet og forholdsmessighet
Grunnlag: art. 9 nr. 2 h og helsepersonelloven. Alternativet er fysisk time med lang ventetid.
Pasienten får alltid svar fra lege, aldri bare fra modellen; appen sier tydelig at den ikke
erstatter legeundersøkelse; pasienten kan be om sletting av bilder som ikke er journalført.

D. Risikovurdering
1. Modellen overser melanom på mørk hud (middels sannsynlighet, svært alvorlig): lege ser
   alle bilder - gjennomført. Nytt treningsdatasett med mørk hud - vurdert, ikke gjennomført
   fordi datasett ikke finnes. Restrisiko høy.
2. Bilder av intime kroppsdeler på avveie (lav, alvorlig): kryptering, ingen lagring på
   telefonen - gjennomført.
3. Pasienten stoler blindt på «lav risiko» (middels, alvorlig): tydelig tekst, legesvar -
   gjennomført.

E. Ledelsens validering
DPIA-en ble presentert for styret 1. og 29. oktober 2026 med funn og innspill fra
Norsk Melanomforening, Pasientombudet i Vestland og klinikkens leger. Styret godkjente DPIA-en,
vedtok å lansere appen og å be Datatilsynet om forhåndsdrøftelse. Styreleder Tor Ulvik har
signert protokollen.

Med hilsen
Jens Ulvestad
"""
    msg = mail(
        frm="Jens Ulvestad <jens.ulvestad@hudklinikkenvest.no>",
        subject="Anmodning om forhåndsdrøftelse - KI føflekk",
        body=body,
        date=when(11, 4, 18, 3),
        msgid="<hkv-fd-1104@hudklinikkenvest.no>",
    )
    return m, msg


def c046() -> Case:
    m = meta(
        "c046",
        "nb",
        [
            "attachment_referenced_not_attached",
            "file_per_part",
            "headings_vedlegg",
            "docx",
            "pdf",
            "contact_signature",
            "processor_used",
            "processor_contact_in_body",
        ],
        processor="used",
        missing=(3,),
        note="car rental selfie ID check; necessity 'se vedlegg 4' but vedlegg 4 is not attached",
    )
    body = """Hei,

Bilpool Norge AS ber om forhåndsdrøftelse for selvbetjent henting av leiebil med selfie og
førerkortskanning.

Personvernombud: Hege Foss, 22 18 60 10, hege.foss@bilpool.no
Databehandler for ID-verifisering: VeriFace AB (Sverige), Lars Ek, +46 8 120 44 310, lars.ek@veriface.se

Vedlegg 1 – Beskrivelse
Vedlegg 2 – Risikovurdering
Vedlegg 3 – Styrets vedtak
Vurderingen av nødvendighet og proporsjonalitet finner dere i vedlegg 4.

Med vennlig hilsen

Ingrid Aamodt
Juridisk rådgiver | Bilpool Norge AS
Tlf 22 18 60 24 | mob 913 40 772
ingrid.aamodt@bilpool.no
"""
    v1 = docx_doc(
        [
            ("title", "Vedlegg 1 – Beskrivelse av behandlingen"),
            (
                "p",
                "Kunden skanner førerkort og tar en selfie i appen. VeriFace sammenligner ansiktet med bildet på "
                "førerkortet og sjekker førerkortets gyldighet. Bilen låses opp ved treff. 90 000 kunder, 300 000 "
                "utleier i året. Biometrisk mal slettes etter sammenligning; resultat og førerkortdata lagres i "
                "5 år (regnskapsloven og trafikkskadeansvar). Mottakere: politiet ved trafikksaker.",
            ),
        ]
    )
    v2 = pdf_doc(
        [
            ("title", "Vedlegg 2 – Risikovurdering"),
            (
                "table",
                [
                    ["Risiko", "S", "K", "Tiltak", "Status"],
                    [
                        "Feilavvisning av personer med mørk hud",
                        "Middels",
                        "Høy",
                        "Manuell kundeservice",
                        "Gjennomført",
                    ],
                    [
                        "Biometri overføres til Sverige",
                        "Sikker",
                        "Middels",
                        "EØS, ingen lagring",
                        "Gjennomført",
                    ],
                    [
                        "Identitetstyveri med falskt førerkort",
                        "Lav",
                        "Høy",
                        "Livstest",
                        "Gjennomført",
                    ],
                    [
                        "Uavhengig skjevhetsrevisjon",
                        "-",
                        "-",
                        "Revisjon",
                        "Ikke gjennomført – VeriFace tillater ikke",
                    ],
                ],
            ),
            ("p", "Restrisiko for diskriminerende feilavvisning er høy."),
        ]
    )
    v3 = pdf_doc(
        [
            ("title", "Vedlegg 3 – Styrets vedtak"),
            (
                "p",
                "Styremøte 14.11.2026, sak 8. Styret fikk presentert DPIA-en og funn, og innspill fra Forbrukerrådet "
                "og kundepanelet. Styret godkjente DPIA-en og vedtok å be om forhåndsdrøftelse.",
            ),
        ]
    )
    msg = mail(
        frm="Ingrid Aamodt <ingrid.aamodt@bilpool.no>",
        subject="Forhåndsdrøftelse – selvbetjent leiebil",
        body=body,
        date=when(11, 27, 14, 22),
        msgid="<bilpool-fd-1127@bilpool.no>",
        attachments=[
            ("Vedlegg 1 - Beskrivelse.docx", v1),
            ("Vedlegg 2 - Risikovurdering.pdf", v2),
            ("Vedlegg 3 - Styrets vedtak.pdf", v3),
        ],
    )
    return m, msg


def c047() -> Case:
    m = meta(
        "c047",
        "nn",
        [
            "contact_docx_table",
            "one_odt",
            "part5_photo_minutes_jpg",
            "processor_used",
            "processor_contact_in_docx",
            "file_per_part",
        ],
        encrypt="pgp_mime",
        processor="used",
        note="public dental service AI X-ray analysis, nynorsk; minutes only as a photographed page (JPEG)",
    )
    body = """Hei,

Tannhelsetenesta i Nordvest fylkeskommune oppmodar om førehandsdrøfting for KI-analyse av
røntgenbilete. Vedlagt:

1. Kontaktark (Word)
2. DPIA (ODT)
3. Foto av signert protokoll frå leiarmøtet (vi har ikkje skannar på klinikken, beklagar)

Helsing
Gro Njøs
Fylkestannlege
"""
    contacts = docx_doc(
        [
            ("title", "Kontaktark"),
            (
                "table",
                [
                    ["Rolle", "Namn", "Telefon", "E-post"],
                    [
                        "Kontaktperson",
                        "Gro Njøs, fylkestannlege",
                        "71 25 80 10",
                        "gro.njos@nordvest-fylke.no",
                    ],
                    [
                        "Personvernombod",
                        "Tor Inge Sunde",
                        "71 25 80 00",
                        "personvernombod@nordvest-fylke.no",
                    ],
                    [
                        "Databehandlar: DentAI Nordic AS",
                        "Kamilla Øye",
                        "402 18 555",
                        "kamilla.oye@dentai.no",
                    ],
                ],
            ),
        ]
    )
    odt = odt_doc(
        [
            ("title", "DPIA – KI-analyse av røntgenbilete i den offentlege tannhelsetenesta"),
            ("h1", "Skildring"),
            (
                "p",
                "Alle intraorale røntgenbilete (ca. 160 000 i året, mange av born og unge) vert sende til DentAI Nordic "
                "AS si skyteneste i Noreg, som markerer mogleg karies og beintap. Tannlegen ser markeringane i "
                "journalsystemet. Bileta vert ikkje lagra hjå DentAI etter analyse.",
            ),
            ("h1", "Naudsyn og forholdsmessigheit"),
            (
                "p",
                "Tannhelsetenestelova og pasientjournallova, art. 9 nr. 2 h. KI-analysen skal auke presisjonen. "
                "Tannlegen avgjer alltid. Pasientane vert informerte på timekortet og kan reservere seg.",
            ),
            ("h1", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Sannsyn", "Konsekvens", "Tiltak", "Status"],
                    [
                        "Overbehandling på grunn av falske funn",
                        "Høg",
                        "Middels",
                        "Opplæring",
                        "Gjennomført",
                    ],
                    [
                        "Leverandøren brukar bilete til trening",
                        "Låg",
                        "Høg",
                        "Avtaleforbod, revisjon",
                        "Gjennomført",
                    ],
                    [
                        "Born kan ikkje sjølve reservere seg",
                        "Middels",
                        "Middels",
                        "Reservasjon via føresette",
                        "Gjennomført",
                    ],
                    [
                        "Lokal analyse utan sky",
                        "-",
                        "-",
                        "Lokal server",
                        "Ikkje gjennomført – for dyrt",
                    ],
                ],
            ),
            ("p", "Restrisiko for overbehandling vert vurdert som høg."),
        ]
    )
    photo = scan_jpeg(
        [
            "# Nordvest fylkeskommune – Leiarmøte tannhelse",
            "Protokoll 2. desember 2026",
            "",
            "# Sak 12/26 KI-analyse av røntgenbilete – DPIA",
            "Fylkestannlegen presenterte DPIA-en og funna. Innspel",
            "frå Den norske tannlegeforening, Ungdomsrådet og",
            "brukarutvalet vart lagde fram og drøfta.",
            "",
            "Vedtak: Leiarmøtet godkjenner DPIA-en og vil ta",
            "løysinga i bruk. Fylkestannlegen ber om",
            "førehandsdrøfting hjå Datatilsynet.",
            "",
            "Underskrift:",
        ],
        seed=47,
    )
    msg = mail(
        frm="Gro Njøs <gro.njos@nordvest-fylke.no>",
        subject="Oppmoding om førehandsdrøfting – KI røntgen",
        body=body,
        date=when(12, 4, 8, 50),
        msgid="<tannhelse-ki-1204@nordvest-fylke.no>",
        attachments=[
            ("Kontaktark.docx", contacts),
            ("DPIA KI røntgen.odt", odt),
            ("IMG_4471.jpg", photo),
        ],
    )
    return m, msg


def c048() -> Case:
    m = meta(
        "c048",
        "nb",
        ["nonrequest_feedback_dpia", "dpia_report_docx"],
        request=False,
        present=(2, 3, 4),
        processor="unspecified",
        note="draft DPIA sent only for informal comments before any request",
    )
    body = """Hei,

Vi jobber med en DPIA for ansiktsgjenkjenning ved inngangen til konsertarenaen vår og lurer på om
Datatilsynet kan se over utkastet og gi noen uformelle innspill før vi bestemmer oss for om vi skal
be om forhåndsdrøftelse. Dette er altså ikke en formell anmodning.

Utkastet er vedlagt. Ledelsen har ikke sett det ennå.

Takk på forhånd!
Simen Holt
Sikkerhetssjef, Nordarena AS
"""
    dpia = docx_doc(
        [
            ("title", "UTKAST – DPIA ansiktsgjenkjenning ved inngang"),
            ("h1", "Beskrivelse"),
            (
                "p",
                "Kameraer ved inngangene sammenligner ansikter med en liste over personer med aktiv "
                "arenaforbud (ca. 40 personer). Alle besøkende (inntil 12 000 per konsert) skannes; ikke-treff "
                "slettes umiddelbart. Treff varsler vakt.",
            ),
            ("h1", "Nødvendighet og forholdsmessighet"),
            (
                "p",
                "Berettiget interesse i sikkerhet; art. 9 nr. 2 g vurderes. Alternativ: manuell kontroll med "
                "billettnavn. Skilting og informasjon ved billettkjøp.",
            ),
            ("h1", "Risiko"),
            (
                "table",
                [
                    ["Risiko", "Nivå", "Tiltak"],
                    ["Feiltreff – uskyldige stoppes", "Høy", "Manuell verifisering"],
                    ["Masseovervåking av publikum", "Høy", "Umiddelbar sletting"],
                ],
            ),
        ]
    )
    msg = mail(
        frm="Simen Holt <simen.holt@nordarena.no>",
        subject="Innspill på DPIA-utkast?",
        body=body,
        date=when(11, 19, 10, 10),
        msgid="<nordarena-dpia-utkast@nordarena.no>",
        attachments=[("UTKAST DPIA ansiktsgjenkjenning.docx", dpia)],
    )
    return m, msg


CASES = [
    c033,
    c034,
    c035,
    c036,
    c037,
    c038,
    c039,
    c040,
    c041,
    c042,
    c043,
    c044,
    c045,
    c046,
    c047,
    c048,
]
