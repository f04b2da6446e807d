# ruff: noqa: E501
"""Sender C: Brightwater Logistics Norway AS (English). The group's DPIA template v4.2 in Word:
document control table, «Section 1 Contacts» … «Section 5 Local Management Team sign-off» as a
table; «[Guidance: …]» lines are sometimes left in; risks sometimes in the group risk register
(Excel). Long signature with a confidentiality disclaimer.

Odd: B005 (ring scanners, risks only listed), B025 (fatigue cameras, risk register in Excel),
B045 (breach notification). Even: B006 (palm vein, section 4 «TBD»), B026 (absence analytics,
short risk section), B046 (palm vein again, section 4 done).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_xlsx, txt, when

FROM = "Kristoffer Haugen <kristoffer.haugen@brightwater-logistics.no>"
TOPIC_OF = {
    "B005": "C-o1",
    "B025": "C-o2",
    "B045": "C-o3",
    "B006": "C-e1",
    "B046": "C-e1",
    "B026": "C-e2",
}

SIGNATURE = txt("""
    Kind regards,

    Kristoffer Haugen
    HR & Compliance Manager
    Brightwater Logistics Norway AS
    Logistikkveien 12, 1540 Vestby
    Mob +47 415 62 908 | kristoffer.haugen@brightwater-logistics.no

    This e-mail and any attachments are confidential and intended solely for the addressee.
    If you have received it in error, please notify the sender and delete it. Brightwater
    Logistics Norway AS, org. no. 918 224 550, is part of the Brightwater Group, Rotterdam.
""")

GUIDANCE = {
    2: "[Guidance: Describe the nature, scope, context and purposes of the processing, the data categories, data subjects, sources, recipients, retention, security and who is responsible. Focus on what makes the risk high.]",
    3: "[Guidance: Explain why the processing is necessary and proportionate, which less intrusive alternatives were considered, and which measures protect the data subjects' rights (information, access, objection).]",
    4: "[Guidance: For each risk to the rights and freedoms of data subjects give likelihood, severity, existing and planned controls, and controls considered but not adopted with the reason. Use the group risk register if preferred.]",
}


def contacts(processor_row: str) -> str:
    return f"""
| Role | Name | Phone | Email
| Controller contact | Kristoffer Haugen, HR & Compliance Manager | +47 415 62 908 | kristoffer.haugen@brightwater-logistics.no
| Data Protection Officer | Sanne de Vries, Group DPO | +31 10 744 2310 | sanne.devries@brightwater-logistics.com
{processor_row}
"""


def dpia(
    title: str,
    control: str,
    contact_table: str,
    description: str,
    necessity: str,
    risk: str,
    signoff: str,
    guidance: bool,
) -> str:
    g = GUIDANCE if guidance else {2: "", 3: "", 4: ""}
    return f"""
# Brightwater Group – Data Protection Impact Assessment

## {title}

Template v4.2 (Group Privacy Office)

{control}

# Section 1 – Contacts

{contact_table}

# Section 2 – Description of the processing

{g[2]}

{description}

# Section 3 – Necessity and proportionality

{g[3]}

{necessity}

# Section 4 – Risk assessment

{g[4]}

{risk}

# Section 5 – Local Management Team sign-off

{signoff}
"""


def control(site: str, version: str, date: str, review: str) -> str:
    return f"""
| Field | Value
| Site / entity | {site}
| Version | {version}
| Date | {date}
| Owner | Kristoffer Haugen (HR & Compliance)
| Next review | {review}
"""


# --- C-o1: ring scanners with productivity dashboards -----------------------------------------


def b005() -> tuple[EmailMessage, Label]:
    description = """
At our Vestby warehouse about 420 pickers, of whom roughly a third are agency workers, will use wearable ring scanners from Wearlytics Ltd instead of hand-held terminals. Every scan is logged with time, location in the warehouse and the order line. From these logs the Wearlytics platform calculates units per hour, idle periods longer than three minutes and distance walked, and shows a dashboard per shift. Shift leaders see individual figures for their own team; HR and the site manager see all teams.

Weekly individual performance reports will be used in follow-up conversations, to find training needs, and as one input to the quarterly productivity bonus. The data may be used in disciplinary matters only after HR has reviewed them with the employee. Logs and reports are kept for 13 months.

Wearlytics Ltd (United Kingdom) is our processor and hosts the platform in London (UK adequacy decision). Brightwater Logistics Norway AS is the controller. Access is role based with single sign-on and multi-factor authentication.
"""
    necessity = """
The purpose is better planning of staffing, earlier detection of overload (ergonomics) and a fairer bonus than today's team average, which employees and the union have complained about. We considered measuring at team level only; this meets the planning purpose but not the bonus and training purposes, so individual figures are kept but limited to the employee's own shift leader and HR.

Breaks and the first 30 minutes of each shift are excluded. There is no ranking on screens in the warehouse. The system was discussed with the employee representatives under chapter 9 of the Working Environment Act on 30 September and 14 October 2026. Employees see their own figures in the Wearlytics app, get written information before rollout, and no decision is taken automatically.
"""
    risk = """
Risks identified in the workshop on 14 October 2026:

- Constant monitoring creating stress and pressure on pace
- Figures used in dismissal cases
- Agency workers treated differently from our own employees
- Transfer of data to the United Kingdom
- Misleading idle-time figures (toilet visits, waiting for stock)
"""
    signoff = """
| Name | Role | Decision | Date
| Espen Tollefsen | Managing Director, Norway | Approved – proceed to prior consultation | 29.10.2026
| Hilde Brenna | Site Manager, Vestby | Approved | 29.10.2026
| Sanne de Vries | Group DPO | Consulted; advised prior consultation | 27.10.2026
"""
    doc = dpia(
        "Wearable ring scanners and productivity dashboards – Vestby",
        control("Vestby warehouse", "1.0", "28.10.2026", "October 2027"),
        contacts(
            "| Processor | Oliver Grant, Wearlytics Ltd (account manager) | +44 20 3807 1145 | oliver.grant@wearlytics.co.uk"
        ),
        description,
        necessity,
        risk,
        signoff,
        guidance=False,
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Brightwater Logistics Norway AS requests a prior consultation under Article 36 GDPR
        for the introduction of wearable ring scanners with individual productivity
        dashboards at our Vestby warehouse. Our DPIA, signed off by the local management
        team, is attached.

        Please let me know if you need anything further.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B005",
        FROM,
        "Request for prior consultation – wearable scanners, Vestby",
        when(11, 4, 14, 2),
        body,
        attachments=[("DPIA_ring_scanners_Vestby_v1.0.docx", to_docx(doc))],
    )
    return msg, Label(
        "en",
        (
            "logistics_warehouse",
            "dpia_group_template_docx",
            "contact_table_in_dpia",
            "part5_signoff_table",
            "risk_list_only",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "section 4 only lists five risks: no likelihood, severity or measures tied to them",
        missing=(4,),
    )


# --- C-o2: driver fatigue cameras ----------------------------------------------------------------


def b025() -> tuple[EmailMessage, Label]:
    description = """
Brightwater Last Mile operates 180 delivery vans from Vestby and Trondheim, driven by our own drivers and by drivers of two subcontractors. We will install an in-cab camera facing the driver, supplied by TrackOn Telematics AB. Software in the camera detects eyes closing, repeated yawning, use of a hand-held phone and smoking, and warns the driver immediately with a sound. When an event is detected, a 10-second clip and the GPS position are uploaded to the TrackOn portal.

There is no continuous recording. The camera is off when the ignition is off and when the driver activates break mode. The passenger seat is blurred in the clip. Two fleet safety coordinators review clips; repeated events lead to a coaching conversation with the driver. Clips are deleted after 30 days, event statistics after 12 months.

TrackOn Telematics AB (Sweden) is processor and hosts the portal in Stockholm. Brightwater Logistics Norway AS is controller; for subcontractor drivers, the subcontractor is informed of coaching outcomes only with the driver's knowledge.
"""
    necessity = """
In 2025 our drivers reported 11 fatigue-related near misses and we had two collisions in which fatigue was a likely cause. Fatigue training and voluntary self-reporting have been in place since 2024 without a clear effect. We tested analysis of steering patterns without a camera for three months; it missed about 40 % of the events the camera found in the same period.

The system is limited to what a camera needs to detect fatigue and phone use: no continuous recording, no audio, blurring of passengers, break mode. Coaching is the normal response; only a third phone-use event within 90 days is referred to HR. Drivers see their own events in the driver app, were informed in writing and at meetings, and the employee representatives were consulted on 8 October 2026.
"""
    risk = """
Our risk assessment is kept in the group risk register format: see the attached Excel file «Risk register – fatigue cameras» (eight risks, with likelihood, severity, existing and planned controls, and controls considered but not adopted). In short, residual risk is high for the feeling of being watched at work and for the use of clips in employment disputes, and this is why we ask for prior consultation.
"""
    signoff = """
| Name | Role | Decision | Date
| Espen Tollefsen | Managing Director, Norway | Approved | 06.11.2026
| Nils Rud | Head of Last Mile | Approved | 06.11.2026
| Sanne de Vries | Group DPO | Consulted – prior consultation required | 03.11.2026

Stakeholder input considered: employee representatives (8 October), subcontractor meeting (15 October), driver survey (n = 96).
"""
    doc = dpia(
        "Driver fatigue and distraction cameras – Last Mile",
        control("Brightwater Last Mile (Vestby, Trondheim)", "1.2", "05.11.2026", "TBD"),
        contacts(
            "| Processor | Emma Lindqvist, TrackOn Telematics AB (privacy lead) | +46 8 502 477 30 | emma.lindqvist@trackon.se"
        ),
        description,
        necessity,
        risk,
        signoff,
        guidance=True,
    )
    header = [
        "ID",
        "Risk to data subject",
        "Likelihood (1-5)",
        "Severity (1-5)",
        "Inherent",
        "Existing controls",
        "Planned controls",
        "Residual",
        "Considered, not adopted (reason)",
    ]
    register = [
        header,
        [
            "FC-1",
            "Drivers feel constantly watched, stress",
            "4",
            "3",
            "12",
            "No continuous recording, break mode",
            "Review after 6 months with drivers",
            "8",
            "Camera only on motorway sections – not feasible",
        ],
        [
            "FC-2",
            "Clips used in dismissal or employment disputes",
            "3",
            "4",
            "12",
            "Coaching first; HR only after 3rd phone event",
            "Written procedure agreed with union",
            "8",
            "",
        ],
        [
            "FC-3",
            "False detections (sunglasses, dark skin, glare)",
            "3",
            "3",
            "9",
            "Human review of every clip before coaching",
            "Vendor bias test report",
            "6",
            "",
        ],
        [
            "FC-4",
            "Passengers or ride-alongs filmed",
            "2",
            "2",
            "4",
            "Passenger seat blurred",
            "",
            "2",
            "",
        ],
        [
            "FC-5",
            "Unauthorised access to clips in portal",
            "2",
            "4",
            "8",
            "MFA, two reviewers only, logging",
            "Quarterly access review",
            "4",
            "",
        ],
        [
            "FC-6",
            "Subcontractor uses outcomes against driver",
            "3",
            "3",
            "9",
            "Outcomes shared only with driver's knowledge",
            "Contract clause",
            "6",
            "Excluding subcontractor drivers – unequal safety",
        ],
        [
            "FC-7",
            "Location data reveals private stops",
            "3",
            "2",
            "6",
            "GPS only with event clip",
            "",
            "3",
            "Full GPS trail – rejected, not needed",
        ],
        [
            "FC-8",
            "Retention longer than needed",
            "2",
            "2",
            "4",
            "30 days clips / 12 months stats, automatic",
            "",
            "2",
            "",
        ],
    ]
    xlsx = to_xlsx(
        {
            "Fatigue cams": register,
            "Scale": [["Score", "Meaning"], ["1-4", "Low"], ["5-9", "Medium"], ["10-25", "High"]],
        }
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Please find attached our request for prior consultation regarding driver fatigue
        and distraction cameras in our delivery vans (Brightwater Last Mile).

        Attachments:
        - DPIA v1.2 (Word), including contacts and the management sign-off
        - Risk register – fatigue cameras (Excel), referred to in section 4

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B025",
        FROM,
        "Prior consultation request – driver fatigue cameras",
        when(11, 12, 10, 27),
        body,
        attachments=[
            ("DPIA_fatigue_cameras_v1.2.docx", to_docx(doc)),
            ("Risk register - fatigue cameras.xlsx", xlsx),
        ],
    )
    return msg, Label(
        "en",
        (
            "logistics_warehouse",
            "dpia_group_template_docx",
            "dpia_template_guidance_left",
            "contact_table_in_dpia",
            "risk_register_xlsx",
            "part5_signoff_table",
            "tbd_in_field_only",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "complete; guidance lines left and «Next review: TBD», but every section is filled; risks in the attached register",
    )


# --- C-o3: breach notification (not a request) ---------------------------------------------------


def b045() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Notification of a personal data breach (Article 33 GDPR)

        Controller: Brightwater Logistics Norway AS, org. no. 918 224 550
        Contact: Kristoffer Haugen, +47 415 62 908, kristoffer.haugen@brightwater-logistics.no
        DPO: Sanne de Vries, +31 10 744 2310, sanne.devries@brightwater-logistics.com

        What happened: On 19 November 2026 at 15:10 the November payslips for 37 employees
        at our Trondheim terminal were e-mailed to the wrong recipients because of a
        column shift in the file uploaded to our payroll provider. Each payslip went to
        another employee at the same terminal.

        Data concerned: name, employee number, salary, tax deductions, bank account number,
        and for four employees deductions for trade union membership and garnishment.

        Discovered: 19 November at 16:45, when an employee called HR.

        Measures: We asked all 37 recipients to delete the e-mail and confirm in writing
        (31 confirmed by today). New payslips were sent through the payroll portal. The
        upload routine now requires a second person to check the file.

        We have informed the affected employees. We consider the risk to be moderate and
        will send a supplementary notification when all confirmations are in.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B045",
        FROM,
        "Personal data breach notification – misdirected payslips (Trondheim)",
        when(11, 20, 17, 55),
        body,
    )
    return msg, Label(
        "en",
        ("logistics_warehouse", "nonrequest_breach_notification", "disclaimer_footer"),
        "none",
        False,
        "unspecified",
        "Art. 33 breach notification with full contact details; not a prior consultation",
    )


# --- C-e1: palm-vein access to the high-value cage ----------------------------------------------

PALM_CONTACTS = contacts(
    "| Processor | Lukas Hofmann, VeinID GmbH (customer success) | +49 89 2190 4471 | lukas.hofmann@veinid.de"
)

PALM_DESCRIPTION = """
Access to the high-value cage at Vestby (consumer electronics and pharmaceuticals) will be controlled by palm-vein scanners from VeinID GmbH instead of badges. About 85 employees are authorised. On enrolment the scanner creates an encrypted template of the vein pattern, which is stored on a local server at Vestby and linked to the employee number. Each entry and exit is logged with time and door for six months. The HR system tells the access server when an employee leaves or changes role, and the template is then deleted.

VeinID GmbH is processor: it provides remote maintenance and keeps an encrypted backup of the template database in Frankfurt. Brightwater Logistics Norway AS is the controller. Security officers at Vestby can see the access log; they cannot see templates.
"""

PALM_NECESSITY = """
Theft from the cage cost us about NOK 3.2 million in 2025, and investigations showed that badges were lent to colleagues. Badge with PIN was tried in 2024, but PINs were shared too. CCTV is already in place and does not prevent access. Two-person access was rejected as it would require eight extra staff.

Biometrics are used only for the cage doors and nowhere else in the building. Employees who do not want to enrol get a badge and PIN combined with an escort by a security officer; we do not ask for consent because of the employment relationship and rely on our legal assessment under Article 9(2)(b) and the Personal Data Act, which is one reason for this request. Employees were informed in writing and at a staff meeting, the works council was consulted on 4 November 2026, and they can request their access log from HR.
"""

PALM_SIGNOFF_1 = """
| Name | Role | Decision | Date
| Espen Tollefsen | Managing Director, Norway | Approved for submission to Datatilsynet | 18.11.2026
| Hilde Brenna | Site Manager, Vestby | Approved | 18.11.2026
| Sanne de Vries | Group DPO | Consulted | 16.11.2026
"""


def b006() -> tuple[EmailMessage, Label]:
    risk = "TBD – risk workshop with Group Security and the works council to be scheduled."
    doc = dpia(
        "Palm-vein access control – high-value cage, Vestby",
        control("Vestby warehouse", "1.0", "17.11.2026", "TBD"),
        PALM_CONTACTS,
        PALM_DESCRIPTION,
        PALM_NECESSITY,
        risk,
        PALM_SIGNOFF_1,
        guidance=True,
    )
    body = (
        txt("""
        Dear Datatilsynet,

        We would like to request a prior consultation for palm-vein access control to the
        high-value cage at our Vestby warehouse. The DPIA, approved by our local management
        team, is attached; contact details for us, our Group DPO and the supplier are in
        section 1.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B006",
        FROM,
        "Request for prior consultation – palm-vein access control (Vestby)",
        when(11, 19, 9, 14),
        body,
        attachments=[("DPIA_palm_vein_access_v1.0.docx", to_docx(doc))],
    )
    return msg, Label(
        "en",
        (
            "logistics_warehouse",
            "dpia_group_template_docx",
            "dpia_template_guidance_left",
            "contact_table_in_dpia",
            "part5_signoff_table",
            "risk_tbd",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "section 4 holds only the template's guidance and «TBD – risk workshop to be scheduled»",
        missing=(4,),
    )


def b046() -> tuple[EmailMessage, Label]:
    risk = """
Risk workshop held on 1 December 2026 with Group Security, the works council and the Group DPO.

| Risk to employees | Likelihood | Severity | Controls in place / planned | Residual
| Templates stolen and misused; biometrics cannot be changed | Low | Very high | Templates encrypted, not reversible per vendor, local server in locked room, backup encrypted with our key | Medium
| Employees feel pressed to enrol | Medium | Medium | Badge + PIN + escort as equal alternative, no note in personnel file | Medium
| Access log used to monitor working time or toilet breaks | Medium | Medium | Log only for cage doors, access limited to security officers, purpose stated in procedure | Low
| Vendor remote access abused | Low | High | Access only on ticket, session recorded, contractual audit right | Low
| Wrongful rejection blocks work | Medium | Low | Fallback badge at the security desk | Low

Considered but not adopted: storing the template only on a personal card (match-on-card) – the vendor's card reader is not certified for our doors yet; we will reassess in 2027. Residual risk remains high for the irreversibility of biometric data, which is why we ask for prior consultation.
"""
    signoff = """
| Name | Role | Decision | Date
| Espen Tollefsen | Managing Director, Norway | Approved (v1.1, after risk workshop) | 03.12.2026
| Hilde Brenna | Site Manager, Vestby | Approved | 03.12.2026
| Sanne de Vries | Group DPO | Consulted | 02.12.2026
"""
    doc = dpia(
        "Palm-vein access control – high-value cage, Vestby",
        control("Vestby warehouse", "1.1", "02.12.2026", "December 2027"),
        PALM_CONTACTS,
        PALM_DESCRIPTION,
        PALM_NECESSITY,
        risk,
        signoff,
        guidance=False,
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Further to my e-mail of 19 November: the version we sent had not been updated
        after the risk workshop, so section 4 was empty. Please find attached version 1.1
        of the DPIA for palm-vein access control, with the completed risk assessment and
        the renewed sign-off of 3 December. This version replaces the earlier one in full.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B046",
        FROM,
        "RE: Request for prior consultation – palm-vein access control (Vestby)",
        when(12, 4, 11, 40),
        body,
        attachments=[("DPIA_palm_vein_access_v1.1.docx", to_docx(doc))],
    )
    return msg, Label(
        "en",
        (
            "logistics_warehouse",
            "dpia_group_template_docx",
            "contact_table_in_dpia",
            "part5_signoff_table",
            "risk_table_words",
            "resubmission_complete",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "resends B006 with section 4 filled after the workshop; complete on its own",
    )


# --- C-e2: absence analytics --------------------------------------------------------------------


def b026() -> tuple[EmailMessage, Label]:
    description = """
We plan to use PeopleSignal, an analytics service from PeopleSignal Ltd (Ireland), on HR data for our 600 employees at Vestby, Trondheim and Bergen. The service combines absence history (dates and length of sick leave, not diagnoses), shift patterns, overtime, commuting distance and age band, and predicts absence risk per team for the next quarter. In addition, HR business partners receive a monthly list of individual employees with «elevated absence risk», to offer a voluntary wellbeing conversation.

Line managers see only team-level figures. Data are extracted monthly from our HR system, processed in PeopleSignal's environment in Dublin and kept for 12 months. PeopleSignal Ltd is processor; Brightwater Logistics Norway AS is the controller.
"""
    necessity = """
Sickness absence is 9.8 % against 6.5 % in our industry, and we have committed to reducing it in our inclusive working life agreement. Team-level figures alone were considered; they help planning but do not allow early support for the individual, which is the main purpose, so individual flags are kept but shown only to HR. Check-ins are voluntary, flags are never stored in the personnel file, no decision is taken on the basis of the model, and employees are informed and may object and be excluded from the individual list at any time.
"""
    risk = """
Three risks stand out. First, flagged employees may feel singled out or pressed to work while sick; check-ins are voluntary, flags are never shown to line managers and everyone may opt out, so residual risk is medium. Second, the model may disadvantage older employees or those with long commutes; age band and commuting distance are used only for team-level forecasts, and PeopleSignal must report bias figures quarterly, residual risk medium. Third, unauthorised access to absence data is limited by giving access only to four HR business partners with MFA and logging, residual risk low. We considered dropping individual flags altogether but did not, because early support is the purpose.
"""
    signoff = """
| Name | Role | Decision | Date
| Espen Tollefsen | Managing Director, Norway | Approved | 12.11.2026
| Marianne Sæther | HR Director, Norway | Approved | 12.11.2026
| Sanne de Vries | Group DPO | Consulted – recommends prior consultation | 10.11.2026

Employee representatives' statement of 5 November 2026 was presented to the management team together with the findings.
"""
    doc = dpia(
        "Absence analytics (PeopleSignal) – all Norwegian sites",
        control("Brightwater Logistics Norway AS", "1.0", "11.11.2026", "November 2027"),
        contacts(
            "| Processor | Aoife Byrne, PeopleSignal Ltd (data protection lead) | +353 1 554 9023 | aoife.byrne@peoplesignal.ie"
        ),
        description,
        necessity,
        risk,
        signoff,
        guidance=False,
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Attached is our DPIA for absence analytics with PeopleSignal, and we hereby ask for
        prior consultation under Article 36. The residual risk for employees flagged
        individually remains high in our view.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B026",
        FROM,
        "Prior consultation – absence analytics (PeopleSignal)",
        when(11, 16, 13, 5),
        body,
        attachments=[("DPIA_absence_analytics_v1.0.docx", to_docx(doc))],
    )
    return msg, Label(
        "en",
        (
            "logistics_warehouse",
            "dpia_group_template_docx",
            "contact_table_in_dpia",
            "part5_signoff_table",
            "risk_short_prose",
            "disclaimer_footer",
        ),
        "none",
        True,
        "used",
        "complete; section 4 is one short paragraph but assesses three risks with measures and one not adopted",
    )
