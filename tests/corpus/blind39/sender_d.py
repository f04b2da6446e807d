# ruff: noqa: E501
"""Sender D: Norvanet AS, a Norwegian telecom operator in a Nordic group (en).

Habits: the group's «DPIA Template v3.1» in English with numbered sections («Section 1 – …»);
contacts in a table in Section 1; risks in an Excel register with the group's 5×5 matrix;
management approval as an «EMT Decision Record» PDF; privacy counsel writes brisk English.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, quoted, to_docx, to_pdf, to_xlsx, txt, when

FROM = "Sofie Lindahl-Berg <sofie.lindahl-berg@norvanet.no>"
SIGN = txt(
    """
    Best regards,

    Sofie Lindahl-Berg
    Privacy Counsel, Legal & Regulatory
    Norvanet AS | Nydalsveien 40, 0484 Oslo
    M +47 915 62 204
    sofie.lindahl-berg@norvanet.no
    """
)
TOPICS = {
    "c007": "crowd_analytics",
    "c027": "simswap_fraud_detection",
    "c047": "crowd_analytics",
    "c008": "call_speech_analytics",
    "c028": "home_router_telemetry",
    "c048": "selfie_id_verification",
}
REG_HEAD = [
    "Risk ID",
    "Risk to data subjects",
    "Likelihood (1-5)",
    "Impact (1-5)",
    "Inherent",
    "Controls",
    "Residual L",
    "Residual I",
    "Residual",
    "Owner",
]


def section1(processor_row: str) -> str:
    return f"""
# Section 1 – Contact details

| Role | Name | Phone | E-mail
| Controller | Norvanet AS, org. no. 981 225 604, Nydalsveien 40, 0484 Oslo | +47 23 50 70 00 | privacy@norvanet.no
| Contact person | Sofie Lindahl-Berg, Privacy Counsel | +47 915 62 204 | sofie.lindahl-berg@norvanet.no
| Data Protection Officer | Erik Thorsrud | +47 23 50 70 80 | dpo@norvanet.no
{processor_row}
"""


def cover(title: str, ref: str, version: str) -> str:
    return f"""
# {title}

Skarnet Group – Data Protection Impact Assessment (DPIA Template v3.1)

| Entity | DPIA ref. | Version | Classification
| Norvanet AS | {ref} | {version} | Confidential
"""


def emt(date: str, item: str, text: str) -> bytes:
    return to_pdf(
        f"""
# EMT Decision Record

Norvanet AS – Executive Management Team

| Meeting | Item | Decision owner
| {date} | {item} | CEO Lars Ødegård

{text}

Recorded by: Secretary to the EMT, Hilde Moen. Approved in the EMT decision log.
""",
        title="EMT Decision Record",
    )


def c007() -> tuple[EmailMessage, Label]:
    doc = (
        cover("Crowd Insights – mobility statistics from network data", "DPIA-NO-2026-014", "2.0")
        + section1(
            "| Processor | Geoflux Analytics Oy, Aino Mäkelä, Head of Delivery | +358 40 771 2301 | aino.makela@geoflux.fi"
        )
        + """
# Section 2 – Description of processing

## 2.1 Purpose and context
Norvanet wants to offer «Crowd Insights»: statistics on how many people are present in an area and where they travel from, sold to tourism boards, event organisers and regional planning authorities. The statistics are derived from signalling data (which cell a phone is connected to, every 5–15 minutes) of Norvanet's 2.3 million mobile subscribers.

## 2.2 Nature and scope
Raw signalling data are pseudonymised within 24 hours (subscriber ID replaced by a daily rotating key), aggregated into 250 m × 250 m grid cells and hourly intervals, and published only for cells with at least 20 unique devices. Foreign roaming devices are counted by country. Subscribers' age group and home municipality (from the subscription) are added to some products.

## 2.3 Sources, recipients and responsibilities
Source: Norvanet's core network. Geoflux Analytics Oy (processor, Finland) runs the aggregation pipeline in Norvanet's data centre in Oslo; Geoflux staff access it remotely from Finland. Recipients receive only aggregated tables via a portal. Norvanet is controller.

## 2.4 Security
Pipeline in an isolated zone; raw data deleted after 24 hours; keys rotated daily and never stored with output; remote access by named Geoflux engineers only, with MFA and session recording.

# Section 3 – Necessity and proportionality

Legal basis: Article 6(1)(f) for the pseudonymisation and aggregation step, with the assessment required by the Electronic Communications Act § 2-7 and the ekom regulations on traffic and location data. We have assessed whether the products could be made from anonymous data only; they cannot, because the pseudonymisation step is what produces the statistics. We rejected products below 20 devices, at finer grid than 250 m, and any origin–destination product at less than municipality level.

Safeguards for subscribers:
- Opt-out in the Norvanet app and by SMS; opted-out subscribers are removed before pseudonymisation.
- Notice in the privacy statement, the app and on invoices; a plain-language page with examples.
- No data about children's subscriptions (registered user under 16) are used.
- Access requests: we explain that outputs are aggregated and cannot be linked back; raw data older than 24 hours do not exist.

# Section 4 – Risk assessment

The full register is attached (Excel). Main risks to data subjects: re-identification of individuals in sparsely populated areas (e.g. cabins, small islands), inference about visits to sensitive places (clinics, mosques, shelters), and chilling effects from the perception of being tracked. After controls, the residual risk for re-identification in sparse areas remains high, which is why we request prior consultation.

Measures considered but not implemented:
- Differential privacy noise on all outputs: tested; made tourism products useless in rural municipalities. Applied only to origin–destination tables.
- Consent-based model: expected uptake too low to give representative statistics.

# Section 5 – Sign-off

The EMT discussed the DPIA on 6 October and 27 October 2026 and approved version 2.0 (EMT Decision Record attached).
"""
    )
    reg = to_xlsx(
        {
            "Risk register": [REG_HEAD]
            + [
                [
                    "R-01",
                    "Re-identification in sparse areas (cabins, islands)",
                    "4",
                    "4",
                    "16",
                    "k>=20, 250 m grid, hourly",
                    "3",
                    "4",
                    "12",
                    "Privacy Counsel",
                ],
                [
                    "R-02",
                    "Inference about visits to sensitive locations",
                    "3",
                    "5",
                    "15",
                    "Suppression list of 1 400 sensitive sites",
                    "2",
                    "4",
                    "8",
                    "Product Owner",
                ],
                [
                    "R-03",
                    "Linking of daily keys across days",
                    "2",
                    "4",
                    "8",
                    "Daily rotation, key destroyed",
                    "1",
                    "4",
                    "4",
                    "CISO",
                ],
                [
                    "R-04",
                    "Chilling effect / loss of trust",
                    "3",
                    "3",
                    "9",
                    "Opt-out, transparency page",
                    "3",
                    "2",
                    "6",
                    "Comms",
                ],
                [
                    "R-05",
                    "Remote access by processor misused",
                    "2",
                    "4",
                    "8",
                    "Named access, session recording",
                    "1",
                    "4",
                    "4",
                    "CISO",
                ],
            ],
            "Controls not implemented": [
                ["Control", "Reason"],
                ["Differential privacy on all outputs", "Destroys utility of rural statistics"],
                ["Consent-based participation", "Unrepresentative data"],
            ],
        }
    )
    record = emt(
        "27 October 2026",
        "EMT 2026/41 – Crowd Insights DPIA (second review)",
        """Summary: Privacy Counsel presented DPIA v2.0 and the risk register. Findings: residual risk of re-identification in sparse areas remains high (12). The DPO's written advice (20 October) and input from the customer panel and the Consumer Council's published comments were considered.

Decision: The EMT approves DPIA v2.0, accepts the residual risk subject to prior consultation, and instructs Legal & Regulatory to submit a request for prior consultation to Datatilsynet. No commercial launch before the authority's response.""",
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Norvanet AS requests prior consultation under Article 36 GDPR for our planned product «Crowd Insights» (mobility statistics derived from network location data).

        Please find attached:
        - DPIA-NO-2026-014 v2.0
        - Risk register
        - EMT Decision Record of 27 October 2026

        We are happy to present the solution in a meeting if that is useful.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N007",
        FROM,
        "Request for prior consultation – Crowd Insights (Norvanet AS)",
        when(11, 4, 13, 26),
        body,
        attachments=[
            ("DPIA-NO-2026-014_Crowd_Insights_v2.0.pdf", to_pdf(doc)),
            ("Risk_register_Crowd_Insights.xlsx", reg),
            ("EMT_Decision_Record_2026-41.pdf", record),
        ],
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "location_tracking",
            "headings_numbered",
            "english_headings",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "residual_risk",
            "part5_decision_record_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: Section 1 table with DPO and processor Geoflux; necessity with rejected alternatives and subscriber safeguards; risk register with residual scores and controls not implemented; EMT decision record after second review; N047 later asks about it",
    )


def c027() -> tuple[EmailMessage, Label]:
    doc = (
        cover("SIM-swap fraud detection", "DPIA-NO-2026-019", "1.1")
        + """
# Section 1 – Contact details

| Role | Name | Phone | E-mail
| Controller | Norvanet AS, org. no. 981 225 604, Nydalsveien 40, 0484 Oslo | +47 23 50 70 00 | privacy@norvanet.no
| Contact person | Sofie Lindahl-Berg, Privacy Counsel | +47 915 62 204 | sofie.lindahl-berg@norvanet.no
| Data Protection Officer | Erik Thorsrud | +47 23 50 70 80 | dpo@norvanet.no
| Processor | FraudSentry Ltd (Dublin) | see contract | see contract

# Section 2 – Description of processing

SIM-swap fraud (a criminal gets a new SIM for a victim's number and takes over BankID and bank codes) rose sharply in 2025. Norvanet will score every SIM change and number port request in real time. The model, supplied and hosted by FraudSentry Ltd as processor (EU hosting, Ireland), uses: time since last SIM change, device change, location of the request compared with the subscriber's usual cells, call and SMS patterns in the last 72 hours, and store/channel of the request. Requests scoring above a threshold are held for up to 24 hours and the subscriber is contacted on the old SIM or by e-mail. About 350 000 SIM changes per year.

# Section 3 – Necessity and proportionality

Legal basis: Article 6(1)(c) and (f), ekom regulations on secure identification. Alternatives considered: mandatory in-store ID for all SIM changes (already in place, but fraud happens with forged ID and insider help); fixed 24-hour delay for everyone (harms the majority with lost or broken phones). Safeguards: no automated final refusal – a fraud analyst reviews every held request; the subscriber can get the hold lifted by identifying in store; scores are deleted after 90 days; subscribers are told why a request was held; access to the score on request.

# Section 4 – Risk assessment

| Risk to data subjects | Likelihood | Impact | Controls | Residual
| Legitimate customers (e.g. elderly, travellers) blocked from their number for 24 h | High | Medium | Analyst review, in-store override | Medium
| Model discriminates by location (e.g. requests from certain areas flagged more) | Medium | High | Quarterly bias testing, no postcode feature | Medium
| Call/SMS metadata used beyond fraud purpose | Low | High | Purpose limitation in contract, logs | Low
| Victims not protected because threshold too high | Medium | High | Threshold reviewed monthly | Medium

Not implemented: sharing scores with banks in real time (legal basis unclear; under review with Finance Norway); biometric check in store (disproportionate).

# Section 5 – Sign-off

Approved by the EMT on 10 November 2026 – see decision record.
"""
    )
    record = emt(
        "10 November 2026",
        "EMT 2026/46 – SIM-swap fraud detection DPIA",
        """Summary: DPIA v1.1 presented by Privacy Counsel and Head of Fraud. Residual risk for legitimate customers being blocked and for indirect discrimination remains medium-high. The DPO recommended prior consultation. Customer Service and the union representative for store staff were consulted.

Decision: The EMT approves DPIA v1.1 and the request for prior consultation.""",
    )
    body = (
        txt(
            """
        Dear Sir or Madam,

        On behalf of Norvanet AS I attach our request for prior consultation regarding real-time SIM-swap fraud detection: the DPIA (v1.1) and the EMT decision record.

        The processor contact details are in the contract with FraudSentry, which we can provide on request.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N027",
        FROM,
        "Prior consultation request – SIM-swap fraud detection",
        when(11, 13, 11, 48),
        body,
        attachments=[
            ("DPIA-NO-2026-019_SIM-swap_v1.1.docx", to_docx(doc)),
            ("EMT_Decision_Record_2026-46.pdf", record),
        ],
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "profiling",
            "automated_scoring",
            "headings_numbered",
            "english_headings",
            "dpia_report_docx",
            "contact_dpia_table",
            "p1_processor_named_no_contact",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_record_pdf",
        ),
        "none",
        True,
        "used",
        "processor FraudSentry is named but its contact is «see contract», offered on request; the other parts are present",
        (1,),
    )


def c047() -> tuple[EmailMessage, Label]:
    previous = txt(
        """
        From: Sofie Lindahl-Berg
        Sent: Wednesday, 4 November 2026 13:26
        To: postkasse@datatilsynet.no
        Subject: Request for prior consultation – Crowd Insights (Norvanet AS)

        Dear Datatilsynet,

        Norvanet AS requests prior consultation under Article 36 GDPR for our planned product «Crowd Insights» (mobility statistics derived from network location data).
        """
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        I refer to our request for prior consultation on «Crowd Insights» sent on 4 November. We received an automatic reply but no case number.

        Could you please confirm that the request has been registered and let us know the case number and the expected timeline? Our commercial team is being asked by a county tourism board whether the product can be used for the summer season 2027, and I would like to give them an honest answer.

        If it would help, we can also present the pipeline in a short meeting.
        """
        )
        + "\n"
        + SIGN
        + "\n"
        + quoted(previous)
    )
    msg = message(
        "N047",
        FROM,
        "RE: Request for prior consultation – Crowd Insights (Norvanet AS)",
        when(11, 24, 16, 5),
        body,
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "location_tracking",
            "nonrequest_status_query",
            "refers_to_earlier_messages",
            "signature_no_dpo",
        ),
        "none",
        False,
        "unspecified",
        "status query about N007 with the earlier mail quoted; the signature gives the counsel's phone and e-mail but no DPO",
        (1, 2, 3, 4, 5),
    )


def c008() -> tuple[EmailMessage, Label]:
    doc = (
        cover("Customer service call recording and speech analytics", "DPIA-NO-2026-011", "1.2")
        + section1(
            "| Processor | Voxalyze B.V., Daan Verhoeven, Customer Success Manager | +31 20 808 4417 | daan.verhoeven@voxalyze.com"
        )
        + """
# Section 2 – Description of processing

All inbound calls to Norvanet customer service (about 1.4 million per year) will be recorded. Recordings are transcribed and analysed by Voxalyze B.V. (processor, hosting in the Netherlands) to find call reasons, detect frustration and score each agent on script adherence and resolution. Callers include private customers, business customers and people calling on behalf of others. Agents (about 320, incl. staff of our outsourcing partner in Tromsø) are also data subjects. Recordings are kept 90 days, transcripts 12 months, agent scores 12 months.

# Section 3 – Necessity and proportionality

Purposes: documentation of agreements made on the phone (Article 6(1)(b)), quality and training, and complaint handling (Article 6(1)(f)). We have narrowed the scope after the DPO's review: sentiment scores are not stored per customer; agent scores are used for coaching, not for pay or dismissal, as agreed with the unions; callers can opt out of recording at the start of the call and still get service. Information in the IVR and on the website; access to recordings on request within 30 days.

# Section 4 – Risk assessment

| Risk | Likelihood | Impact | Controls | Residual
| Agents monitored continuously, stress and pressure | High | High | Coaching only, union agreement, agents see their own scores | Medium
| Health and other special-category data disclosed by callers in recordings | High | Medium | Automatic redaction in transcripts, 90-day deletion | Medium
| Sentiment scoring wrongly labels customers as «difficult» | Medium | Medium | No per-customer storage of sentiment | Low
| Transfer of voice data to processor misused for model training | Low | High | Contract prohibits training; audit right | Low

Considered but not implemented: recording only on request by the agent (would not cover agreements reliably); on-premise analytics (no vendor available for Norwegian at our volume).

# Section 5 – Sign-off

The EMT approved the DPIA on 13 October 2026 after a first review on 22 September. See attached decision record.
"""
    )
    record = emt(
        "13 October 2026",
        "EMT 2026/38 – Call recording and speech analytics (second review)",
        """Summary: Revised DPIA v1.2 presented by Privacy Counsel and the Head of Customer Service. The unions' statement and the DPO's advice were included. Residual risks: continuous monitoring of agents and special-category data in recordings remain medium-high.

Decision: The EMT approves DPIA v1.2 and asks Legal & Regulatory to request prior consultation with Datatilsynet before go-live.""",
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Norvanet AS hereby requests prior consultation for call recording and speech analytics in customer service. The DPIA and the EMT decision record are attached.

        This e-mail is sent encrypted with your public key.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N008",
        FROM,
        "Request for prior consultation – call recording and speech analytics",
        when(11, 9, 10, 2),
        body,
        attachments=[
            ("DPIA-NO-2026-011_Speech_analytics_v1.2.pdf", to_pdf(doc)),
            ("EMT_Decision_Record_2026-38.pdf", record),
        ],
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "audio_recording",
            "employees",
            "headings_numbered",
            "english_headings",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_record_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: Section 1 contacts with processor; purposes, limits and safeguards; risk table with residual risk and controls not implemented; EMT decision record",
    )


def c028() -> tuple[EmailMessage, Label]:
    doc = (
        cover("Home network diagnostics (router telemetry)", "DPIA-NO-2026-021", "1.0")
        + section1(
            "| Processor | Routelytics AB, Maja Ekström, Service Manager | +46 31 712 80 45 | maja.ekstrom@routelytics.se"
        )
        + """
# Section 2 – Description of processing

Norvanet's fibre and fixed-wireless routers (about 410 000 households) will send telemetry every 15 minutes: list of connected devices (MAC address, device type, manufacturer, hostname), signal strength per device, traffic volume per device (not content or destinations), and router errors. The data are used to detect faults and to let customer service see why a customer's Wi-Fi is slow. Routelytics AB (processor, Sweden) provides the analytics platform. Data are kept 30 days.

# Section 3 – Necessity and proportionality

Legal basis: Article 6(1)(b) (delivering the service) and ekom regulations for traffic data. Hostnames often contain names («Ola's iPhone») and the device list reveals household composition and habits. We have therefore decided: hostnames are hashed before leaving the router; customer service sees device list only during a support call and with the customer's oral consent; per-device traffic volumes are aggregated hourly. Customers can switch telemetry off in the app (with reduced support). Information in the app and in the terms.

# Section 4 – Risk assessment

| Risk | Likelihood | Impact | Controls | Residual
| Household members' habits revealed (who is home when) | Medium | High | Hourly aggregation, access only in support calls | Medium
| Data used to profile customers for sales | Medium | Medium | Purpose limitation; sales has no access | Low
| Insider in customer service looks up ex-partner's household | Low | High | Access only with open ticket and logging | Medium

Not implemented: full on-router analysis without upload (routers lack capacity).

# Section 5 – Sign-off

The EMT sign-off is scheduled for 1 December 2026. The decision record will be sent to you afterwards.
"""
    )
    body = (
        txt(
            """
        Hello,

        Attached is Norvanet's DPIA for home network diagnostics (router telemetry), which we submit as a request for prior consultation.

        Please note that EMT sign-off will take place on 1 December – I will forward the decision record as soon as it's available. We wanted to get the request in before the end of the month.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N028",
        FROM,
        "Prior consultation – router telemetry (EMT sign-off to follow)",
        when(11, 20, 9, 14),
        body,
        attachments=[("DPIA-NO-2026-021_Router_telemetry_v1.0.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "home_sensors",
            "headings_numbered",
            "english_headings",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_will_follow",
        ),
        "none",
        True,
        "used",
        "ordinary deferral: EMT sign-off scheduled for 1 December, decision record to follow; parts 1–4 present",
        (5,),
    )


def c048() -> tuple[EmailMessage, Label]:
    doc = (
        cover("Remote onboarding with selfie ID verification", "DPIA-NO-2026-017", "1.3")
        + section1(
            "| Processor | IDentiq Ltd (London), Tom Barker, Account Manager | +44 20 3808 4410 | –"
        )
        + """
# Section 2 – Description of processing

Customers who buy a subscription online without BankID (mainly foreign workers, students and new arrivals) will verify their identity by photographing their passport or ID card and taking a selfie video. IDentiq Ltd (processor, UK, with data processed in the UK under the adequacy decision) compares the face in the selfie with the document photo (biometric matching), checks document security features and returns a pass/fail score. About 60 000 verifications per year. Images are deleted by IDentiq after 30 days; Norvanet keeps the result and a copy of the document for 5 years as required for identity registration of subscribers.

# Section 3 – Necessity and proportionality

Norvanet must register and verify the identity of subscribers (ekom regulations § 6-2). Today customers without BankID must visit a store with ID, which excludes customers in areas without stores. The biometric check is offered as an alternative, not a requirement: in-store verification remains available. No biometric templates are stored after the check. Customers are informed before starting; manual review by Norvanet staff for all failures; right to a manual re-check.

# Section 4 – Risk assessment

| Risk | Likelihood | Impact | Controls | Residual
| False rejections higher for some ethnic groups | Medium | High | Vendor's bias testing; manual review of every failure | Medium
| Leak of passport images and selfies at processor | Low | Very high | Encryption, 30-day deletion, ISO 27001 audit | Medium
| Customers feel pressured to use biometrics | Medium | Medium | Store alternative always offered | Low
| Function creep (using biometrics for later logins) | Low | High | Contract and internal rule prohibit | Low

Not implemented: keeping the selfie for fraud investigations (not necessary); verification via NFC chip in passport only (many phones and documents do not support it yet).

# Section 5 – Sign-off

Approved by the EMT on 3 November 2026 – decision record attached.
"""
    )
    record = emt(
        "3 November 2026",
        "EMT 2026/44 – Remote onboarding with selfie ID verification",
        """Summary: DPIA v1.3 presented. Residual risk of biased false rejections and of a breach at the processor are assessed as high. The DPO's advice and feedback from the NOAS advisory service and the student welfare organisation were included.

Decision: The EMT approves the DPIA and the submission of a request for prior consultation.""",
    )
    body = (
        txt(
            """
        Dear Datatilsynet,

        Please find attached Norvanet AS's request for prior consultation regarding remote onboarding with selfie-based ID verification, with the DPIA and the EMT decision record.
        """
        )
        + "\n"
        + SIGN
    )
    msg = message(
        "N048",
        FROM,
        "Request for prior consultation – remote onboarding with selfie ID check",
        when(11, 27, 14, 39),
        body,
        attachments=[
            ("DPIA-NO-2026-017_Selfie_ID_v1.3.pdf", to_pdf(doc)),
            ("EMT_Decision_Record_2026-44.pdf", record),
        ],
    )
    return msg, Label(
        "en",
        (
            "telecom",
            "biometrics",
            "migrants",
            "headings_numbered",
            "english_headings",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "p1_processor_no_email",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_record_pdf",
        ),
        "none",
        True,
        "used",
        "the processor's account manager has a name and phone, but the e-mail cell is «–» and no processor e-mail appears elsewhere; the rest is complete",
        (1,),
    )
