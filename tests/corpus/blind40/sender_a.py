# ruff: noqa: E501
"""Sender A: Kestrel Mobility Norge AS, Norwegian subsidiary of an Irish car- and scooter-sharing group.

Habits: English throughout; the group DPO sits in Dublin (+353); DPIAs on the UK ICO template
(steps 1–7) kept in Word and sometimes exported to PDF; the Norwegian country manager sends,
the group privacy counsel or DPO in copy; decisions by the group's Executive Leadership Team or
by board resolution.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf, photo_pdf, signed_page
from kit import Label, message, to_docx, to_pdf, txt, when

SINDRE = "Sindre Holmvik <sindre.holmvik@kestrelmobility.no>"
CC_DPO = "Aoife Brennan <dpo@kestrelmobility.eu>"

SIG = "\n" + txt("""
    Kind regards,

    Sindre Holmvik
    Country Manager Norway
    Kestrel Mobility Norge AS | Org. no. 926 114 507
    Tollbugata 17, 0152 Oslo
    Mob. +47 478 21 906
    sindre.holmvik@kestrelmobility.no
    """)

SIG_CONOR = "\n" + txt("""
    Best regards,
    Conor Fitzgerald
    Privacy Counsel, Kestrel Mobility Holdings DAC
    2 Grand Canal Quay, Dublin 2, D02 KX61, Ireland
    T: +353 87 555 3310 | conor.fitzgerald@kestrelmobility.eu
    """)

FOOT = [
    "Kestrel Mobility Holdings DAC · 2 Grand Canal Quay, Dublin 2, Ireland · Registered in Ireland no. 655120",
    "CONFIDENTIAL – for the addressee only",
]

CONTACTS = """
| Role | Name | Phone | E-mail |
| Controller's contact (Norway) | Sindre Holmvik, Country Manager Norway | +47 478 21 906 | sindre.holmvik@kestrelmobility.no |
| Group Data Protection Officer | Aoife Brennan, Kestrel Mobility Holdings DAC, Dublin | +353 1 555 0142 | dpo@kestrelmobility.eu |
| Privacy counsel (author) | Conor Fitzgerald | +353 87 555 3310 | conor.fitzgerald@kestrelmobility.eu |
"""

STEP4_GUIDANCE = """
[Guidance – delete before finalising] Describe compliance and proportionality measures, in particular: what is your lawful basis for processing? Does the processing actually achieve your purpose? Is there another way to achieve the same outcome? How will you prevent function creep? How will you ensure data quality and data minimisation? What information will you give individuals? How will you help to support their rights? What measures do you take to ensure processors comply? How do you safeguard any international transfers?
"""


def ico(
    title: str,
    ref: str,
    version: str,
    contacts: str,
    step1: str,
    step2: str,
    step3: str,
    step4: str,
    risks: list[tuple[str, str, str, str]],
    measures: list[tuple[str, str, str, str, str]],
    not_adopted: str,
    signoff: list[tuple[str, str, str]],
) -> str:
    """A DPIA on the ICO template: steps 1–7 with the template's tables."""
    risk_rows = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in risks)
    meas_rows = "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in measures)
    sign_rows = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in signoff)
    return f"""
# DPIA – {title}

~ Kestrel Mobility – Data Protection Impact Assessment (template based on the ICO DPIA template)
Reference: {ref}    Version: {version}    Classification: Confidential
Controller: Kestrel Mobility Norge AS (Norway), part of the Kestrel Mobility group

## Contacts
{contacts}

## Step 1: Identify the need for a DPIA

{step1}

## Step 2: Describe the processing

{step2}

## Step 3: Consultation process

{step3}

## Step 4: Assess necessity and proportionality

{step4}

## Step 5: Identify and assess risks

| Source of risk and nature of potential impact on individuals | Likelihood of harm (remote, possible, probable) | Severity of harm (minimal, significant, severe) | Overall risk (low, medium, high) |
{risk_rows}

## Step 6: Identify measures to reduce risk

| Risk | Options to reduce or eliminate risk | Effect on risk | Residual risk | Measure approved |
{meas_rows}

{not_adopted}

## Step 7: Sign off and outcomes

| Item | Name/position/date | Notes |
{sign_rows}
"""


# --- O001: face-match identity verification (odd) -------------------------------------------

FACE_STEP2 = """
Nature. Before a customer can book a car, the app asks for a photo of the driving licence (front and back) and a short selfie video. Our processor Veriface SAS extracts the licence data (name, date of birth, licence number, categories, expiry), checks the document's security features and compares the selfie with the licence photo (one-to-one face match with a liveness check). The result (match / no match / manual review) and a match score are returned to us. Veriface deletes the images and the biometric template after 30 days; we keep the licence data and the result for as long as the account is active plus 12 months.

Scope. About 140 000 customer accounts in Norway today, 3 000–5 000 new sign-ups per month, drivers aged 19 and over. Special category data: biometric data used to uniquely identify a natural person (Art. 9(1)). Licence data can reveal nationality.

Context. Car sharing in Oslo, Bergen and Trondheim. Customers expect quick sign-up; many are young or recently arrived in Norway with foreign licences. There is public research showing face-matching error rates differ by skin tone and age. The previous process was a manual review by the support team that took up to 48 hours and led to documented fraud (account takeover, lending accounts to unlicensed drivers).

Purposes. To make sure only the licensed person drives (road safety and our obligations under the vehicle insurance), to prevent identity fraud, and to re-verify at random intervals (one in 40 trips) that the driver is the account holder.

Sources and recipients. Data comes from the customer. Recipients: Veriface SAS (processor, Lyon, EU) and its hosting sub-processor Nimbus Cloud Europe BV (Amsterdam, EU); the insurer only in a claim. No transfer outside the EEA.

Security. Images in transit with TLS 1.3; at rest AES-256 with keys held by Veriface in an HSM; templates never leave Veriface; role-based access for 6 named reviewers; all access logged and reviewed monthly.
"""

FACE_STEP4 = """
Lawful basis: Art. 6(1)(b) for the licence check (the rental contract requires a valid licence) and Art. 6(1)(c)/(f) for fraud prevention; for the biometric comparison explicit consent under Art. 9(2)(a). Customers who do not consent can choose manual verification in a staffed office (Oslo, Bergen, Trondheim) or a video call with a support agent; this alternative is offered on the same screen and carries no extra cost or delay beyond 48 hours.

Alternatives weighed: (1) manual review only – rejected as the only route because of fraud levels and delay, kept as the alternative; (2) licence check without face match – does not show that the person holding the phone is the licensee; (3) one-to-many search against a database of banned users – rejected as disproportionate.

Minimisation: only a one-to-one comparison; the template is not stored by us; re-verification uses a new selfie against the stored licence photo and is limited to 1 in 40 trips. No use for marketing, no sharing with police except on a court order or in accordance with Norwegian law, which is documented case by case.

Rights: layered privacy notice in the app before the camera opens; a plain-language explanation of how a «no match» is handled; every «no match» goes to a human reviewer, never an automatic refusal; customers can ask for human review, access their images within the 30 days and object to re-verification by choosing the manual route. Processor bound by Art. 28 agreement with audit rights and a sub-processor list.
"""

FACE_RISKS = [
    (
        "R1 False non-match more frequent for people with darker skin or older people, leading to exclusion or delay and a feeling of being discriminated",
        "Probable",
        "Significant",
        "High",
    ),
    (
        "R2 Breach at the processor exposing selfies and licence images (identity theft)",
        "Possible",
        "Severe",
        "High",
    ),
    (
        "R3 Function creep: images or match results used for police requests or marketing",
        "Remote",
        "Significant",
        "Medium",
    ),
    (
        "R4 Customers do not understand that biometric data is processed and that there is an alternative",
        "Possible",
        "Significant",
        "Medium",
    ),
]

FACE_MEASURES = [
    (
        "R1",
        "Threshold tuned per vendor's demographic test report; every no-match to a human reviewer within 4 h; manual route offered up front; quarterly bias audit on Norwegian data",
        "Reduced",
        "Medium–High",
        "Yes",
    ),
    (
        "R2",
        "Encryption, 30-day deletion, templates only at Veriface, pen test before launch, breach clause 24 h",
        "Reduced",
        "Medium",
        "Yes",
    ),
    (
        "R3",
        "Purpose limitation in the DPA and internal policy; police requests only via legal team and logged",
        "Reduced",
        "Low",
        "Yes",
    ),
    (
        "R4",
        "Layered notice, consent screen tested with 12 users incl. non-native speakers",
        "Reduced",
        "Low",
        "Yes",
    ),
]

FACE_NOT_ADOPTED = """
Measures considered and not adopted: (a) an independent external bias audit before launch – not adopted now because no Norwegian reference data set exists and the vendor's audit covers EU data; planned for the first quarter after launch. (b) Dropping the random re-verification – not adopted because account sharing is the main fraud pattern. (c) On-device matching – not available from any vendor we assessed for licence documents. Because R1 remains medium to high after measures, the Executive Leadership Team decided to consult Datatilsynet under Art. 36.
"""

FACE_SIGN = [
    (
        "Measures approved by",
        "Niamh Kelleher, Chief Operating Officer, 3 Nov 2026",
        "Integrated back into project plan",
    ),
    (
        "Residual risks approved by",
        "Executive Leadership Team, meeting 3 Nov 2026",
        "R1 remains medium–high; prior consultation to be requested",
    ),
    (
        "DPO advice provided",
        "Aoife Brennan, Group DPO, 27 Oct 2026",
        "Consult Datatilsynet before go-live; keep manual route",
    ),
    (
        "Summary of DPO advice",
        "Proceed only with human review of every no-match and after prior consultation",
        "",
    ),
    ("DPO advice accepted or overruled by", "Accepted – ELT, 3 Nov 2026", ""),
    (
        "Consultation responses reviewed by",
        "Conor Fitzgerald, Privacy Counsel",
        "User test and rider panel Oslo",
    ),
    ("This DPIA will kept under review by", "Aoife Brennan, Group DPO", "Review after 6 months"),
]

FACE_ELT = """
# Kestrel Mobility Holdings DAC – Executive Leadership Team

~ Extract from the minutes of the ELT meeting of 3 November 2026, 10:00–12:30, Dublin and Teams
Present: Declan Moran (CEO, chair), Niamh Kelleher (COO), Priya Raman (CFO), Rolf Eggen (CTO), Conor Fitzgerald (Privacy Counsel, item 4), Aoife Brennan (Group DPO, item 4)

## Item 4 – DPIA KM-NO-014, identity verification with face match (Norway)

Conor Fitzgerald presented the DPIA (v1.2) and the findings of the user test with 12 participants in Oslo, including four non-native speakers. The DPO presented her advice of 27 October. The meeting discussed the feedback of the Norwegian rider panel and of the insurer, and the vendor's demographic test report.

Decision: The ELT approves DPIA KM-NO-014 v1.2 and the measures in step 6. The ELT notes that the risk of unequal false non-match rates (R1) remains medium to high after measures. The Norwegian country manager is instructed to request prior consultation with Datatilsynet under Article 36 GDPR; go-live in Norway is postponed until the consultation is concluded.

~ Certified a true extract: Hannah Quigley, Company Secretary, 4 November 2026
"""


def c001() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Sir or Madam,

        Kestrel Mobility Norge AS requests prior consultation under Article 36 GDPR for the identity verification with face matching that we plan to introduce in our car-sharing service in Norway.

        Our DPIA (reference KM-NO-014, version 1.2) concludes that one high risk – unequal false non-match rates for some groups of customers – cannot be reduced to an acceptable level with the measures available to us. Our Executive Leadership Team approved the DPIA on 3 November and decided to consult you before go-live.

        Attached:
        1. DPIA_KM-NO-014_identity_verification_v1.2.docx – the DPIA on our group template (steps 1 to 7, contacts in the table on page 1)
        2. ELT_extract_2026-11-03.pdf – certified extract of the ELT minutes with the decision

        The processor is Veriface SAS in Lyon; their contact for this matter is Camille Roux, Key Account Manager, +33 4 55 50 12 90, privacy@veriface.fr (also in step 2).

        Our group DPO, Aoife Brennan (+353 1 555 0142, dpo@kestrelmobility.eu), is copied. As the group's main establishment is in Ireland, we have informed the Data Protection Commission that we are consulting you for the Norwegian service.

        """)
        + SIG
    )
    contacts = (
        CONTACTS
        + "| Processor's contact | Camille Roux, Veriface SAS, Lyon | +33 4 55 50 12 90 | privacy@veriface.fr |\n"
    )
    doc = ico(
        "Identity verification with face match (car sharing, Norway)",
        "KM-NO-014",
        "1.2 (final)",
        contacts,
        "The project introduces biometric processing (face match) of a large number of customers, combined with a new technology and a decision that can stop a customer from using the service. It meets several criteria in Datatilsynet's list of processing that always requires a DPIA (biometric data for identification, innovative technology).",
        FACE_STEP2,
        "We consulted the Norwegian rider panel (9 customers), ran a user test with 12 participants, received written feedback from our insurer, and reviewed the vendor's demographic test report. The DPO was involved from the start. Employees' representatives were informed because support staff will review no-match cases.",
        FACE_STEP4,
        FACE_RISKS,
        FACE_MEASURES,
        FACE_NOT_ADOPTED,
        FACE_SIGN,
    )
    msg = message(
        "O001",
        SINDRE,
        "Request for prior consultation (Art. 36 GDPR) – Kestrel Mobility Norge AS – identity verification with face match",
        when(11, 4, 14, 12),
        body,
        attachments=[
            ("DPIA_KM-NO-014_identity_verification_v1.2.docx", to_docx(doc)),
            ("ELT_extract_2026-11-03.pdf", letter_pdf(FACE_ELT, FOOT)),
        ],
        cc=CC_DPO + ", Conor Fitzgerald <conor.fitzgerald@kestrelmobility.eu>",
    )
    return msg, Label(
        "en",
        (
            "mobility",
            "biometrics",
            "ico_template",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_in_body",
            "phone_foreign",
            "part5_management_minutes_pdf",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "group_dpo_abroad",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: ICO steps 1–7 filled; contacts incl. group DPO (+353) in the DPIA table and Veriface's contact in body and table; necessity with alternatives and rights; risk table and measures with residual risk and measures not adopted with reasons; ELT minute extract with approval and decision to consult",
    )


# --- O021: e-scooter riding behaviour scoring (odd) -----------------------------------------

SCOOT_STEP2 = """
Nature. Our e-scooters in Oslo carry a telematics unit from Invicta Telematics Ltd with GNSS, accelerometer and a downward camera that classifies the surface (road, cycle lane, pavement) ten times per second. Invicta's platform combines surface class, speed and position into events («pavement riding», «tandem riding», «sudden braking near pedestrians»). Each ride gets a score from 0 to 100 linked to the rider's account. Riders with three low-scoring rides in 30 days get a warning, then a 7-day suspension, then closure of the account after a human review.

Scope. About 210 000 riders per year in Oslo, 2.4 million rides. Precise location every second during a ride, surface images (the camera faces the ground, but feet and the legs of passers-by can appear), account data. Riders aged 18 and over.

Context. Oslo kommune's permit conditions require operators to reduce pavement riding. Riders do not expect a camera on the scooter. A suspension affects people who use scooters to get to work.

Purposes. Road safety for pedestrians, compliance with the municipal permit, and fair enforcement of our terms of use.

Recipients. Invicta Telematics Ltd (processor, Reading, United Kingdom – transfers under the UK adequacy decision); sub-processor Nimbus Cloud Europe BV (Amsterdam). Oslo kommune receives only aggregated statistics per zone, never rider-level data.

Security. Images are classified on the device and discarded within 2 seconds unless an event occurs; event images are blurred automatically and kept 14 days; rider scores kept 90 days; access for 4 named staff in the Oslo safety team; logging.
"""

SCOOT_STEP4 = """
Lawful basis: Art. 6(1)(b) for enforcing the terms of use, Art. 6(1)(f) for safety analysis, Art. 6(1)(c) with the permit conditions for aggregated reporting. Alternatives assessed: speed limits by geofence only (already used, does not detect pavement riding), warnings without sanctions (tested in spring 2026, no measurable effect), parking-photo reviews only (does not concern riding). The scoring is limited to events of pavement riding, tandem riding and near-misses; no general driving style profile, no use for pricing or marketing.

Safeguards for riders: in-app notice before the first ride and a camera sticker on the stem; after each ride the rider sees the events and can contest them; every suspension and closure is reviewed by a person who looks at the event images; riders can ask for the images and the score history; suspension appeals are answered within 48 hours. Art. 22 is addressed by the human review before any sanction.
"""

SCOOT_RISKS = [
    (
        "S1 Wrong surface classification (e.g. shared paths, snow) leading to unjustified suspension",
        "Probable",
        "Significant",
        "High",
    ),
    ("S2 Passers-by filmed without knowing", "Possible", "Minimal", "Low"),
    (
        "S3 Detailed movement profiles of riders (home, work, habits) from per-second positions",
        "Possible",
        "Significant",
        "Medium",
    ),
    (
        "S4 Rider feels monitored and cannot understand or contest the score",
        "Probable",
        "Significant",
        "High",
    ),
]

SCOOT_MEASURES = [
    (
        "S1",
        "Map of shared paths from Oslo kommune; winter mode disables pavement events when snow is detected; human review before sanctions",
        "Reduced",
        "Medium",
        "Yes",
    ),
    (
        "S2",
        "Camera faces the ground, on-device classification, automatic blurring, 14-day deletion",
        "Reduced",
        "Low",
        "Yes",
    ),
    (
        "S3",
        "Positions stored at 1 Hz only for 90 days, then reduced to start/end zone; no access for marketing",
        "Reduced",
        "Low–Medium",
        "Yes",
    ),
    (
        "S4",
        "Event list shown after each ride, appeal button, notice with examples",
        "Reduced",
        "Medium",
        "Yes",
    ),
]

SCOOT_NOT_ADOPTED = """
Considered and not adopted: (1) sanctions only after a person has reviewed video of the whole ride – rejected, it would require storing continuous video; (2) anonymous scoring without account linkage – rejected, sanctions would be impossible; (3) shorter retention of positions (30 days) – rejected because appeals and insurer claims arrive up to 60 days later. Residual risks S1 and S4 remain medium; because the sanctions affect many riders and the technology is new, we consult Datatilsynet.
"""

SCOOT_BOARD = """
# Kestrel Mobility Norge AS

## Minutes of board meeting no. 6/2026

~ Date: 12 November 2026, 09:00, Tollbugata 17, Oslo (members from Dublin by video)
Board: Declan Moran (chair), Priya Raman, Ingvild Roaldset; also present: Sindre Holmvik (country manager), Aoife Brennan (group DPO, item 3)

## Item 3/6-2026 Riding behaviour scoring for e-scooters – DPIA KM-NO-017

The country manager presented the DPIA, the results of the spring pilot with warnings only, and the feedback from Oslo kommune's mobility office and from the rider panel. The group DPO recommended prior consultation because two residual risks remain medium and the sanctions have a significant effect on riders.

Resolution: The board approves DPIA KM-NO-017 v1.0 with the measures in step 6 and the measures not adopted, accepts the residual risks as described, and instructs the country manager to request prior consultation with Datatilsynet. The scoring will not be used for sanctions before Datatilsynet has concluded.

~ Signed electronically: Declan Moran, Priya Raman, Ingvild Roaldset
"""


def c021() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        We request prior consultation under GDPR Article 36 for riding behaviour scoring on our e-scooters in Oslo (DPIA KM-NO-017).

        The DPIA is attached as a PDF (steps 1–7 of our template). Contacts for the controller and the group DPO are in the table at the top of the DPIA. Our processor is Invicta Telematics Ltd in the United Kingdom; contact Tom Ashby, Head of Data Protection, T: +44 118 555 0173, dataprotection@invictatelematics.co.uk.

        The board of Kestrel Mobility Norge AS approved the DPIA on 12 November 2026 and decided to consult you; the minutes are attached.

        We would be grateful if correspondence could go to me with Aoife Brennan in copy.

        """)
        + SIG
    )
    doc = ico(
        "Riding behaviour scoring for e-scooters (Oslo)",
        "KM-NO-017",
        "1.0",
        CONTACTS,
        "Systematic monitoring of riders' location and behaviour with a new technology (surface-detecting camera), combined with automated scoring that can lead to suspension. This meets the criteria for tracking, innovative technology and evaluation/scoring.",
        SCOOT_STEP2,
        "Oslo kommune's mobility office and the rider panel (14 riders) were consulted in September and October 2026; the spring pilot with warnings gave feedback from 1 800 riders via in-app survey. The DPO advised throughout.",
        SCOOT_STEP4,
        SCOOT_RISKS,
        SCOOT_MEASURES,
        SCOOT_NOT_ADOPTED,
        [
            (
                "Measures approved by",
                "Board of Kestrel Mobility Norge AS, 12 Nov 2026",
                "See minutes 6/2026 item 3",
            ),
            (
                "Residual risks approved by",
                "Board of Kestrel Mobility Norge AS, 12 Nov 2026",
                "Prior consultation before sanctions",
            ),
            ("DPO advice provided", "Aoife Brennan, Group DPO, 5 Nov 2026", "Consult Datatilsynet"),
            ("DPO advice accepted or overruled by", "Accepted – board, 12 Nov 2026", ""),
            ("This DPIA will kept under review by", "Sindre Holmvik, Country Manager", "Quarterly"),
        ],
    )
    msg = message(
        "O021",
        SINDRE,
        "Prior consultation request – e-scooter riding behaviour scoring – Kestrel Mobility Norge AS",
        when(11, 18, 10, 41),
        body,
        attachments=[
            ("KM-NO-017_DPIA_riding_scoring_v1.0.pdf", to_pdf(doc, "DPIA KM-NO-017")),
            ("Board_minutes_6-2026_extract.pdf", to_pdf(SCOOT_BOARD)),
        ],
        cc=CC_DPO,
    )
    return msg, Label(
        "en",
        (
            "mobility",
            "location_tracking",
            "automated_scoring",
            "ico_template",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_in_body",
            "processor_outside_eu_adequacy",
            "subprocessor_listed",
            "phone_foreign",
            "part5_board_minute_extract",
            "risk_words_likelihood_consequence",
            "residual_risk",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: ICO template as PDF with contacts table (contact, group DPO +353), UK processor's contact in body; necessity with alternatives and rider safeguards; risks and measures with residual and not adopted; subsidiary board minutes approving and deciding to consult",
    )


# --- O041: driver monitoring camera, step 4 left as guidance (odd) -------------------------

DMS_STEP2 = """
Nature. Cars in the new monthly subscription product (Kestrel Flex) will have a driver monitoring camera (infrared, on the steering column) supplied by Optera Vision GmbH. The camera's software detects eye closure, head pose and phone use. Alerts are given in the car (sound, seat vibration). Events (timestamp, type, position, 5-second clip) are uploaded to Optera's platform and from there to our fleet safety dashboard. Drivers with repeated severe events are contacted by our safety team; the subscription can be ended after repeated events.

Scope. Planned 1 200 subscription cars in Norway in 2027; drivers are subscribers and other persons they let drive (household members). Data: infrared face images (clips), behaviour events, GPS position at the event, account data. The face image is not used to identify the driver (no biometric matching).

Context. Subscribers have the car for months and use it privately, including holidays. Passengers can appear at the edge of the image. The Road Traffic Authority's rules will require such systems in new cars from 2026; we go further by uploading events.

Purposes. Reducing accidents caused by fatigue and distraction, lower insurance costs, and dealing with subscribers who repeatedly drive dangerously.

Recipients and processor. Optera Vision GmbH, Stuttgart (processor), contact Jana Vogt, Data Protection Coordinator, Tel. +49 711 5550 2231, jana.vogt@optera-vision.de; sub-processor for hosting Nimbus Cloud Europe BV (Amsterdam). The insurer receives anonymised statistics only.

Security. Clips encrypted on the device and in transit; stored 30 days; access for the 3 safety officers and Optera's support under ticket; monthly access log review.
"""

DMS_RISKS = [
    (
        "D1 Continuous camera in a private space (car used for family life) – feeling of constant surveillance",
        "Probable",
        "Significant",
        "High",
    ),
    ("D2 Clips of passengers, including children, uploaded", "Possible", "Significant", "Medium"),
    (
        "D3 Wrong detection (sunglasses, medical conditions affecting eyelids) leading to termination",
        "Possible",
        "Significant",
        "Medium",
    ),
    (
        "D4 Clips used for other purposes (disputes over damage, police)",
        "Possible",
        "Significant",
        "Medium",
    ),
]

DMS_MEASURES = [
    (
        "D1",
        "Only events uploaded, no continuous recording; camera off when the car is parked; clear notice in the car and in the contract",
        "Reduced",
        "Medium",
        "Yes",
    ),
    (
        "D2",
        "Clips cropped to the driver's seat area; automatic masking of the passenger side",
        "Reduced",
        "Low",
        "Yes",
    ),
    (
        "D3",
        "No automated termination; safety officer reviews clips and talks to the driver first",
        "Reduced",
        "Low",
        "Yes",
    ),
    (
        "D4",
        "Purpose limitation in contract and DPA; police only with court order",
        "Reduced",
        "Low",
        "Yes",
    ),
    (
        "D1",
        "Option for the subscriber to switch off uploading (alerts stay in the car)",
        "–",
        "–",
        "No – would remove the purpose of follow-up; reconsider after 12 months",
    ),
]


def c041() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Sir or Madam,

        Please find attached our request for prior consultation concerning driver monitoring cameras in the cars of our new subscription product «Kestrel Flex» in Norway. The DPIA (KM-NO-021, v0.9) is attached; the Executive Leadership Team approved it on 24 November and asked us to consult Datatilsynet because risk D1 (camera in a car used privately) remains high-medium. The ELT decision is recorded in step 7 of the DPIA.

        The processor is Optera Vision GmbH (contact details in step 2). Our group DPO Aoife Brennan is in copy.

        """)
        + SIG
    )
    doc = ico(
        "Driver monitoring camera in subscription cars (Kestrel Flex)",
        "KM-NO-021",
        "0.9",
        CONTACTS,
        "Systematic monitoring of drivers inside a vehicle used privately, with new technology (infrared driver monitoring) and possible consequences for the contract. Meets the criteria for systematic monitoring and innovative technology.",
        DMS_STEP2,
        "Consulted: 20 subscribers in the beta programme (survey and 6 interviews), our insurer, and the safety team. The DPO commented on version 0.7.",
        STEP4_GUIDANCE,
        [(r[0], r[1], r[2], r[3]) for r in DMS_RISKS],
        DMS_MEASURES,
        "Residual risk D1 remains medium to high; the option of switching off uploads was considered and not adopted (see table).",
        [
            ("Measures approved by", "Executive Leadership Team, 24 Nov 2026", "Minutes item 6"),
            (
                "Residual risks approved by",
                "Executive Leadership Team, 24 Nov 2026",
                "Consult Datatilsynet before launch",
            ),
            (
                "DPO advice provided",
                "Aoife Brennan, Group DPO, 18 Nov 2026",
                "Prior consultation recommended",
            ),
            ("DPO advice accepted or overruled by", "Accepted – ELT", ""),
            (
                "This DPIA will kept under review by",
                "Conor Fitzgerald",
                "At launch and after 12 months",
            ),
        ],
    )
    msg = message(
        "O041",
        SINDRE,
        "Art. 36 prior consultation – driver monitoring cameras (Kestrel Flex) – Kestrel Mobility Norge AS",
        when(12, 2, 15, 3),
        body,
        attachments=[("DPIA_KM-NO-021_driver_monitoring_v0.9.docx", to_docx(doc))],
        cc=CC_DPO,
    )
    return msg, Label(
        "en",
        (
            "mobility",
            "in_vehicle_camera",
            "ico_template",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "template_guidance_left",
            "part5_decision_in_dpia",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "step 4 (necessity and proportionality) contains only the template's bracketed guidance questions; everything else is filled, incl. contacts (Optera's in step 2) and the ELT sign-off in step 7 → part 3 missing",
        (3,),
    )


# --- O002: parking photo analysis with automatic fees (even) --------------------------------

PARK_STEP2 = """
Nature. At the end of every scooter and car trip the rider must take a photo of the parked vehicle. Today the photos are checked by hand (sample of 5 %). We will introduce an image classifier developed in-house that checks every photo for: vehicle blocking a pavement or entrance, parking outside a permitted zone, tipped-over scooter. When the classifier is confident (score above 0.92) a parking fee of NOK 250 is charged automatically and the rider is told in the app; below that threshold the photo goes to a human reviewer.

Scope. About 2.6 million photos per year in Oslo, Bergen and Trondheim. Photos can show bystanders, house fronts, number plates of parked cars, and occasionally the rider's feet or hand. Linked to the rider's account and payment card.

Context. The municipalities require operators to enforce parking rules and can withdraw permits. Riders have complained that manual fees are random and slow. An automatic fee is a decision with a financial effect based solely on automated processing (Art. 22).

Purposes. Enforcing the parking rules set in our permits; accessible streets for people with impaired vision and wheelchair users.

Recipients and processors. The model runs on our cloud platform at Nimbus Cloud Europe BV (Amsterdam, processor): contact Sanne de Wit, Privacy Officer, +31 20 555 0187, privacy@nimbuscloud.eu. Payment provider (controller itself for payment data). Municipalities receive only counts per zone.

Security. Photos encrypted at rest, retained 60 days (appeal window), bystander faces and number plates blurred by the model before any human sees them; access for 8 named reviewers.
"""

PARK_STEP4 = """
Lawful basis: Art. 6(1)(b) (terms of use with parking rules and the fee) and Art. 22(2)(a) – the automated decision is necessary for entering into and performing the contract; we still provide the safeguards in Art. 22(3). Alternatives: manual check of all photos (would require about 40 full-time reviewers and still be inconsistent), sanctions only after municipal complaints (too late and unfair to riders who park well), geofence-only rules (does not show blocking).

Safeguards: the threshold is set so that only clear cases are decided automatically; the rider sees the photo and the reason; one tap gives human review, answered within 72 hours, with refund if wrong; no fee in the first 3 rides of a new rider (education message only); monthly sampling of automatic decisions by reviewers; the model is not used to assess anything other than the parking.
"""


def ico_board_resolution() -> bytes:
    text = """KESTREL MOBILITY HOLDINGS DAC
(the "Company")

WRITTEN RESOLUTION OF THE BOARD OF DIRECTORS
passed in accordance with the Company's constitution on 6 November 2026

DPIA KM-GRP-009 – Automated parking compliance decisions (Norway first)

The directors, having received (i) DPIA KM-GRP-009 version 1.1, (ii) the presentation of the Chief Technology Officer and the Group DPO of 30 October 2026 with the model's test results, and (iii) the feedback of the Oslo, Bergen and Trondheim mobility offices and the Norwegian rider panel,

RESOLVED THAT:
1. the DPIA and the risk measures set out in step 6 are approved;
2. the residual risk of wrong automated fees (P1) is accepted as medium, subject to human review on request;
3. Kestrel Mobility Norge AS shall request prior consultation with Datatilsynet under Article 36 GDPR before automated fees are introduced in Norway.

Signed by all directors:"""
    return signed_page(text, ["Declan Moran", "Priya Raman", "Ingvild Roaldset"], seed=402)


def c002() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Sir or Madam,

        On behalf of Kestrel Mobility Norge AS I submit a request for prior consultation under Art. 36 GDPR regarding automated analysis of end-of-trip parking photos and automatic parking fees.

        Attachments:
        - DPIA_KM-GRP-009_parking_v1.1.pdf (ICO template, steps 1–7)
        - Board_resolution_KM-GRP-009_signed.pdf (scanned written resolution of the group board, 6 November 2026)

        Contacts: myself as the controller's contact in Norway (details below); the group DPO Aoife Brennan, +353 1 555 0142, dpo@kestrelmobility.eu; our processor for hosting and the model platform, Nimbus Cloud Europe BV, contact Sanne de Wit (see step 2 of the DPIA).

        """)
        + SIG
    )
    doc = ico(
        "Automated parking compliance and parking fees",
        "KM-GRP-009",
        "1.1",
        CONTACTS,
        "Automated decision with financial effect (Art. 22) on a large scale, new technology (image classification) and photos of public space with bystanders.",
        PARK_STEP2,
        "Consulted: mobility offices in Oslo, Bergen and Trondheim; Norwegian rider panel (11 riders); Norges Blindeforbund's local branch on accessible pavements; the model was tested on 40 000 labelled photos.",
        PARK_STEP4,
        [
            (
                "P1 Wrong automated fee (model error, poor light, snow)",
                "Possible",
                "Significant",
                "High",
            ),
            ("P2 Bystanders and number plates visible in photos", "Probable", "Minimal", "Medium"),
            (
                "P3 Riders cannot understand or contest the decision",
                "Possible",
                "Significant",
                "Medium",
            ),
            (
                "P4 Photos reused for other purposes (e.g. damage claims against third parties)",
                "Remote",
                "Significant",
                "Low",
            ),
        ],
        [
            (
                "P1",
                "Confidence threshold 0.92, human review on request within 72 h, refunds, monthly sampling",
                "Reduced",
                "Medium",
                "Yes",
            ),
            ("P2", "Automatic blurring before storage; 60-day deletion", "Reduced", "Low", "Yes"),
            (
                "P3",
                "Photo and reason shown in app; appeal button; notice with examples",
                "Reduced",
                "Low",
                "Yes",
            ),
            ("P4", "Purpose limitation in policy; logging", "Reduced", "Low", "Yes"),
            (
                "P1",
                "Human review of every fee before charging",
                "–",
                "–",
                "No – not feasible at 2.6 m photos per year",
            ),
        ],
        "Residual risk P1 stays medium; the board decided to consult Datatilsynet.",
        [
            (
                "Measures approved by",
                "Board of Kestrel Mobility Holdings DAC, written resolution 6 Nov 2026",
                "Scanned resolution attached",
            ),
            ("Residual risks approved by", "Board, 6 Nov 2026", "P1 medium"),
            ("DPO advice provided", "Aoife Brennan, 29 Oct 2026", "Consult before launch"),
            ("DPO advice accepted or overruled by", "Accepted", ""),
            (
                "This DPIA will kept under review by",
                "Rolf Eggen, CTO",
                "Model drift review monthly",
            ),
        ],
    )
    msg = message(
        "O002",
        SINDRE,
        "Request for prior consultation – automated parking fees – Kestrel Mobility Norge AS (our ref. KM-GRP-009)",
        when(11, 12, 9, 27),
        body,
        attachments=[
            ("DPIA_KM-GRP-009_parking_v1.1.pdf", to_pdf(doc, "DPIA KM-GRP-009")),
            ("Board_resolution_KM-GRP-009_signed.pdf", photo_pdf([ico_board_resolution()])),
        ],
        cc=CC_DPO,
    )
    return msg, Label(
        "en",
        (
            "mobility",
            "automated_decision",
            "new_technology_ai",
            "ico_template",
            "dpia_report_pdf",
            "contact_dpia_table",
            "contact_body_lines",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "part5_signed_page_scan",
            "image_only_pdf",
            "risk_words_likelihood_consequence",
            "residual_risk",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: ICO template PDF; contacts in body and DPIA (Nimbus processor contact in step 2); Art. 22 safeguards and alternatives; risks with measures, residual and a measure not adopted; group board written resolution as a signed scanned page (image-only PDF)",
    )


# --- O022: trip data to the municipality, DPO phone missing (even) --------------------------

MDS_DOC = """
Nature. Oslo kommune's new permit (from 1 March 2027) requires operators to provide a live data feed in the Mobility Data Specification (MDS) format: for each trip the vehicle id, start and end time, start and end point with 5-metre precision and the route as a series of points. The municipality will use the feed for planning, enforcement of zones and to count vehicles. The feed contains no names, but trip start and end points at this precision will often point to a home or workplace.

Scope. About 2.4 million trips per year; riders aged 18 and over. The vehicle id can be linked by us (not by the municipality) to the rider's account.

Context. Trip data at this level is personal data for us and very probably for the municipality. Riders are not asked and cannot object to the permit condition.

Purposes. Our purpose: complying with the permit conditions (Art. 6(1)(c)). The municipality's purposes are its own; it is an independent controller for the data received.

No processor is used: the feed is produced on our own platform operated by our own staff in Dublin, and the municipality receives it directly.

Security. Authenticated API (OAuth), IP allow-listing, logs of every call, the municipality's access limited to the last 24 hours of data.
"""


def c022() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Kestrel Mobility Norge AS hereby requests prior consultation (GDPR Art. 36) regarding the live trip-data feed that Oslo kommune will require from all micromobility operators from March 2027.

        We have carried out a DPIA (attached). We have reduced what we can – truncated route points, delayed feed, no rider ids – but trip start and end points at 5-metre precision remain a high risk for riders and the permit leaves us no room to reduce it further. The ELT approved the DPIA on 19 November and decided to consult you; see step 7.

        The contact table is on page 1 of the DPIA.

        """)
        + SIG
    )
    contacts = """
| Role | Name | Phone | E-mail |
| Controller's contact | Sindre Holmvik, Country Manager Norway | +47 478 21 906 | sindre.holmvik@kestrelmobility.no |
| Data Protection Officer | Group DPO, Kestrel Mobility Holdings DAC | – | dpo@kestrelmobility.eu |
"""
    doc = ico(
        "Trip data feed to Oslo kommune (MDS)",
        "KM-NO-019",
        "1.0",
        contacts,
        "Large-scale processing of location data (trip start/end with 5-metre precision) disclosed to a public authority, which riders cannot object to; meets the criteria for location data and large scale.",
        MDS_DOC,
        "We met Oslo kommune's mobility office twice (October 2026), asked for lower precision (refused) and consulted the other operators through the industry association. The DPO gave written advice.",
        "Lawful basis for the disclosure is Art. 6(1)(c) and (e) read with the permit conditions; we have asked the municipality for its own legal basis in writing. Alternatives proposed to the municipality: 50-metre grid cells, 30-minute delay, aggregated origin–destination matrices; the municipality accepted a 2-hour delay and removal of the rider-specific vehicle pairing but not coarser points. Riders are informed in the privacy notice and in a dedicated in-app message; access and objection requests about the feed are answered by us and forwarded to the municipality.",
        [
            (
                "M1 Home and workplace of riders identifiable from repeated trips",
                "Probable",
                "Significant",
                "High",
            ),
            (
                "M2 Municipality uses data for enforcement against individuals",
                "Possible",
                "Significant",
                "Medium",
            ),
            ("M3 Leak of the feed (API key misuse)", "Possible", "Significant", "Medium"),
        ],
        [
            (
                "M1",
                "2-hour delay, no vehicle pairing across trips, route thinned to 1 point per 50 m",
                "Reduced",
                "High",
                "Yes",
            ),
            ("M1", "Coarser precision (50 m grid)", "–", "–", "No – refused by the municipality"),
            (
                "M2",
                "Written purpose statement requested from the municipality",
                "Reduced",
                "Medium",
                "Yes",
            ),
            ("M3", "OAuth, IP allow-list, key rotation, logging", "Reduced", "Low", "Yes"),
        ],
        "Because M1 remains high after all measures in our control, prior consultation is requested.",
        [
            ("Measures approved by", "Executive Leadership Team, 19 Nov 2026", ""),
            ("Residual risks approved by", "ELT, 19 Nov 2026", "M1 high – consult Datatilsynet"),
            ("DPO advice provided", "Group DPO, 14 Nov 2026", "Consult"),
            ("This DPIA will kept under review by", "Sindre Holmvik", "When the permit changes"),
        ],
    )
    msg = message(
        "O022",
        SINDRE,
        "Prior consultation – trip data feed to Oslo kommune (KM-NO-019)",
        when(11, 26, 13, 55),
        body,
        attachments=[("DPIA_KM-NO-019_MDS_feed.docx", to_docx(doc))],
        cc="dpo@kestrelmobility.eu",
    )
    return msg, Label(
        "en",
        (
            "mobility",
            "location_tracking",
            "public_authority_recipient",
            "ico_template",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_none_stated",
            "p1_dpo_no_phone",
            "dpo_mailbox_only",
            "part5_decision_in_dpia",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "looks_complete",
        ),
        "none",
        True,
        "none",
        "the DPO appears only as the group's mailbox: no name and the phone cell is «–», and no DPO phone anywhere else → part 1 missing; no processor stated; other parts filled, ELT sign-off in step 7",
        (1,),
    )


# --- O042: question about the lead authority, refers to O002 (even) -------------------------


def c042() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Sir or Madam,

        I refer to the request for prior consultation that Kestrel Mobility Norge AS sent you on 12 November 2026 (automated parking fees, our ref. KM-GRP-009). We have not yet received an acknowledgement or a case number.

        Two questions:

        1. Could you confirm that the request has been received and registered?
        2. Our group's main establishment is in Ireland. Will Datatilsynet handle the consultation for the Norwegian service, or do you expect the Irish Data Protection Commission to lead? We would like to plan the launch accordingly.

        Our group DPO, Aoife Brennan (dpo@kestrelmobility.eu), is copied.

        """)
        + SIG_CONOR
    )
    msg = message(
        "O042",
        "Conor Fitzgerald <conor.fitzgerald@kestrelmobility.eu>",
        "Our request of 12 November 2026 (KM-GRP-009) – acknowledgement and lead authority",
        when(12, 9, 11, 8),
        body,
        cc=CC_DPO,
    )
    return msg, Label(
        "en",
        (
            "mobility",
            "nonrequest_status_query",
            "refers_to_earlier_messages",
            "lead_authority_question",
            "all_in_body",
            "phone_foreign",
        ),
        "inline",
        False,
        "unspecified",
        "status query and question about the lead authority for O002's request; not a request; counsel's signature has phone and e-mail but the DPO only an e-mail → part 1 missing; nothing of parts 2–5",
        (1, 2, 3, 4, 5),
    )


TOPICS = {
    "c001": "face_match_verification",
    "c021": "scooter_riding_scoring",
    "c041": "driver_monitoring_camera",
    "c002": "parking_photo_fees",
    "c022": "mds_trip_feed",
    "c042": "parking_photo_fees",
}
