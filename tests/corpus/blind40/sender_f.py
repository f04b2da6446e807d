# ruff: noqa: E501
"""Sender F: Kraftwerk Fitness Norge AS, Norwegian subsidiary of a Berlin fitness chain.

Habits: the Bergen operations manager writes English (or Norwegian to the authority); DPIAs are
the group's «Datenschutz-Folgenabschätzung» in English with the Standard Data Protection Model's
protection goals; the group DPO in Berlin (+49); approvals by the Geschäftsführung, sometimes as a
photographed signed page; Notion pages for smaller projects.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import notion_page, signed_page
from kit import Label, message, to_docx, to_pdf, txt, when

EIRIK = "Eirik Brattli <eirik.brattli@kraftwerk-fitness.no>"
DPO_CC = "Dr. Sabine Albrecht <datenschutz@kraftwerk-fitness.de>"

SIG = "\n" + txt("""
    Best regards / Med vennlig hilsen
    Eirik Brattli
    Country Operations Manager Norway
    Kraftwerk Fitness Norge AS · Lars Hilles gate 30, 5008 Bergen
    Mob. +47 997 31 604 · eirik.brattli@kraftwerk-fitness.no
    """)

CONTACTS = """
| Function | Name | Telephone | E-mail |
| Contact person (controller, Norway) | Eirik Brattli, Country Operations Manager | +47 997 31 604 | eirik.brattli@kraftwerk-fitness.no |
| Data Protection Officer (group) | Dr. Sabine Albrecht, Kraftwerk Fitness GmbH, Berlin | +49 30 5550 7781 | datenschutz@kraftwerk-fitness.de |
"""


def dsfa(title: str, contacts: str, desc: str, nec: str, risk: str, approval: str) -> str:
    return f"""
# Data Protection Impact Assessment (Datenschutz-Folgenabschätzung) – {title}

~ Kraftwerk Fitness Group · DPIA template v5 (Art. 35 GDPR, Standard Data Protection Model)
Controller: Kraftwerk Fitness Norge AS, Bergen (subsidiary of Kraftwerk Fitness GmbH, Berlin)

# 1 Responsible persons and contacts
{contacts}

# 2 Systematic description of the processing operations

{desc}

# 3 Assessment of necessity and proportionality

{nec}

# 4 Risk assessment (protection goals: data minimisation, availability, integrity, confidentiality, unlinkability, transparency, intervenability)

{risk}

# 5 Result and approval

{approval}
"""


def rtab(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = "| Risk to members' rights and freedoms | Likelihood | Severity | Measures | Residual risk |\n"
    return head + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)


# --- O011: facial recognition entry (odd) ----------------------------------------------------


def c011() -> tuple[EmailMessage, Label]:
    doc = dsfa(
        "Face recognition entry at staffless gyms (Norway)",
        CONTACTS
        + "| Processor | Pieter Jansen, Gatewise Biometrics BV, Rotterdam | +31 10 555 4420 | privacy@gatewise.nl |\n",
        "Our 9 staffless gyms in Bergen and Stavanger (open 05–24) will offer entry by face recognition at the turnstile. Members who opt in take a selfie in the app; Gatewise creates a template stored encrypted in the turnstile controller and Gatewise's EU cloud. At the turnstile a camera compares the face with the templates of members registered for that gym (one-to-many within one site). About 14 000 members; estimated 40 % opt-in. Entry logs (member, time, gym) kept 12 months. Alternatives at the turnstile: app QR code or key tag.",
        "Purpose: preventing shared memberships and tailgating, which cost the chain an estimated NOK 6 million per year in Norway, and making staffless gyms safe. Basis: explicit consent (Art. 9(2)(a)); not a condition of membership. Alternatives: QR code (can be shared by screenshot; remains available), key tag (easily lent), staff at reception (not feasible 05–24). Safeguards: opt-in in the app with clear explanation, same price and access without face entry, template deleted within 24 h of withdrawal or end of membership, no use for marketing or behavioural analysis, no sharing with police without a court order, members under 18 excluded.",
        rtab(
            [
                (
                    "Template stolen and misused (identity)",
                    "Low",
                    "High",
                    "Encryption, templates not reversible, pen-test",
                    "Low",
                ),
                (
                    "Consent not freely given (peer or price pressure)",
                    "Medium",
                    "Medium",
                    "Equal alternatives, no discount for opting in",
                    "Low",
                ),
                (
                    "Non-members filmed at the turnstile (guests, passers-by)",
                    "High",
                    "Low",
                    "Camera activates only on approach, no storage of non-matches",
                    "Low",
                ),
                (
                    "Misidentification blocks entry for some groups",
                    "Medium",
                    "Medium",
                    "QR fallback, threshold tuning, monthly error statistics",
                    "Medium",
                ),
                (
                    "Entry logs used to monitor members' habits",
                    "Medium",
                    "Medium",
                    "Logs only for security incidents; access for 2 people",
                    "Low",
                ),
            ]
        )
        + "\n\nMeasures considered and not implemented: one-to-one matching with a card (would remove the convenience and still need the camera); on-turnstile storage only (vendor's failover requires cloud copy). Residual risk of misidentification remains medium.",
        "Resolution of the management board (Geschäftsführung) of Kraftwerk Fitness GmbH, 30 October 2026: «The management board has received this DPIA, the DPO's statement of 22 October 2026 and the results of the member survey in Norway (1 140 answers). It approves the DPIA and the measures and instructs Kraftwerk Fitness Norge AS to request prior consultation with Datatilsynet before face entry is introduced in Norway.» Signed: Felix Hartmann, CEO; Claudia Weber, CFO.",
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Kraftwerk Fitness Norge AS requests prior consultation pursuant to Art. 36 GDPR concerning face recognition entry at our staffless gyms in Norway. Our DPIA, including contacts, the risk assessment and the management board's resolution, is attached as a Word document.

        """)
        + SIG
    )
    msg = message(
        "O011",
        EIRIK,
        "Request for prior consultation – face recognition entry – Kraftwerk Fitness Norge AS",
        when(11, 10, 11, 25),
        body,
        attachments=[("DPIA_Face_Entry_Norway_v1.0.docx", to_docx(doc))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fitness",
            "biometrics",
            "dpia_report_docx",
            "sdm_protection_goals",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "group_dpo_abroad",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: contacts incl. group DPO (+49) and Dutch processor; necessity with alternatives and safeguards; risk table with residual and measures not implemented; management board resolution quoted in section 5",
    )


# --- O031: staffless gym CCTV with anomaly detection (odd) -----------------------------------


def c031() -> tuple[EmailMessage, Label]:
    doc = dsfa(
        "Video surveillance with AI incident detection in staffless hours",
        CONTACTS
        + "| Processor | Linnea Ek, Sentry Vision AB, Gothenburg | +46 31 555 0912 | linnea.ek@sentryvision.se |\n",
        "Cameras cover training areas (not changing rooms or toilets) in 9 gyms. In staffless hours (05–07 and 21–24) Sentry Vision's software detects falls, a person lying still for more than 60 seconds, and violence, and alerts Sentry's monitoring centre, which can speak to the member through a loudspeaker and call emergency services. Recordings are kept 7 days, event clips 30 days. Members, guests, cleaners and contractors are filmed.",
        "Purpose: safety of members training alone (cardiac events and falls have occurred) and protection against violence. Basis: Art. 6(1)(f) and (d) for emergency; Norwegian camera surveillance rules (personopplysningsforskriften) followed, signs at entrance. Alternatives: alarm buttons only (a person who collapses cannot press), staffed hours only (closes gyms for shift workers). Safeguards: detection only in staffless hours, no facial recognition, no audio recording, blurring in live view until an alert, no use for member discipline except violence, access requests via the DPO.",
        rtab(
            [
                (
                    "Feeling of constant observation while training (body, clothing)",
                    "High",
                    "Medium",
                    "Detection only staffless hours, blurring, no changing areas",
                    "Medium",
                ),
                (
                    "False alerts leading to intervention and embarrassment",
                    "Medium",
                    "Low",
                    "Operator verifies before speaking",
                    "Low",
                ),
                (
                    "Clips of health emergencies spread",
                    "Low",
                    "High",
                    "Access control, logging, 30-day deletion",
                    "Low",
                ),
            ]
        )
        + "\n\nNot implemented: detection outside staffless hours (not needed), live monitoring by staff (more intrusive).",
        "Extract of the management board minutes of 6 November 2026 (Kraftwerk Fitness GmbH): presentation of the DPIA and findings, consultation of the Norwegian works council and members' panel; decision: DPIA approved, Norway to request prior consultation.",
    )
    body = (
        txt("""
        Til Datatilsynet

        Kraftwerk Fitness Norge AS ber om forhåndsdrøftelse etter personvernforordningen artikkel 36 for kameraovervåking med automatisk hendelsesdeteksjon i ubetjente åpningstider på treningssentrene våre.

        Vurderingen av personvernkonsekvenser er laget av konsernet i Berlin og er på engelsk. Den inneholder kontaktopplysninger (kapittel 1), risikovurdering og ledelsens godkjenning (kapittel 5). Personvernombudet for konsernet, dr. Sabine Albrecht, har kopi.

        """)
        + SIG
    )
    msg = message(
        "O031",
        EIRIK,
        "Anmodning om forhåndsdrøftelse – kamera med hendelsesdeteksjon i ubetjente treningssentre",
        when(11, 24, 13, 12),
        body,
        attachments=[("DPIA_CCTV_incident_detection_NO.pdf", to_pdf(doc))],
        cc=DPO_CC,
    )
    return msg, Label(
        "nb",
        (
            "fitness",
            "video_analytics",
            "health_data",
            "dpia_report_pdf",
            "english_attachment",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete: Norwegian cover with an English DPIA holding contacts incl. Swedish processor, necessity, risk table with residual and measures not taken, and the management board decision",
    )


# --- O051: body scanner and AI coach, sections «will be provided» (odd) ----------------------


def c051() -> tuple[EmailMessage, Label]:
    doc = dsfa(
        "Body composition scanner and AI training coach (incl. members aged 16–17)",
        CONTACTS
        + "| Processor | Ciarán Walsh, Bodymetrix Ltd, Cork | +353 21 555 6044 | privacy@bodymetrix.ie |\n",
        "Members can use a 3D body scanner (Bodymetrix) in 5 gyms. The scan produces body measurements, fat percentage and a 3D avatar. An AI coach in the app uses the scans, training logs and self-reported goals to propose training and nutrition plans. Members aged 16–17 (about 1 100 in Norway) can use the scanner with parental consent. Scans stored in Bodymetrix's EU cloud for the duration of the membership.",
        "To be completed – will be provided once the vendor assessment of Bodymetrix is finalised (expected January 2027).",
        "To be completed – will be provided together with section 3.",
        "Approved by the management board of Kraftwerk Fitness GmbH on 20 November 2026 subject to completion of sections 3 and 4; Norway to request prior consultation.",
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Kraftwerk Fitness Norge AS requests prior consultation under Art. 36 GDPR for our body composition scanner and AI training coach, which will also be offered to members aged 16–17. We are sending the DPIA now so that the case can be registered; sections 3 and 4 will be provided as soon as the vendor assessment is completed.

        """)
        + SIG
    )
    msg = message(
        "O051",
        EIRIK,
        "Prior consultation – body scanner and AI coach (incl. members 16–17)",
        when(12, 2, 10, 44),
        body,
        attachments=[("DPIA_Bodyscan_AI_Coach_draft.docx", to_docx(doc))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fitness",
            "health_data",
            "children",
            "new_technology_ai",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "part3_will_follow",
            "part4_will_follow",
            "part5_conditional_approval",
        ),
        "none",
        True,
        "used",
        "sections 3 and 4 say «To be completed – will be provided» → parts 3 and 4 missing; the management board approved only «subject to completion of sections 3 and 4», so no validation of the DPIA exists yet → part 5 missing; contacts incl. Irish processor and description present",
        (3, 4, 5),
    )


# --- O012: churn prediction, signed resolution photographed, no processor (even) -------------


def c012() -> tuple[EmailMessage, Label]:
    doc = dsfa(
        "Churn prediction and personalised retention offers",
        CONTACTS,
        "A model built by our own data team predicts which members are likely to cancel in the next 60 days, using check-in frequency (entry logs), class bookings, app use, payment history, age group and membership type. Members with high churn scores receive personalised offers (free personal training session, price freeze). About 31 000 Norwegian members. No processor is used: the model is developed and run in the group's own data centre in Frankfurt by group employees; no external parties receive the data.",
        "Purpose: keeping members and offering relevant help. Basis: Art. 6(1)(f), balancing test attached as annex. Alternatives: general campaigns to all (less relevant, more marketing), no prediction (accepted only for under-18s – excluded). Safeguards: members can object in the app (removes them from scoring), no price increases based on the score, offers are only positive (no worse terms), transparency text explaining the scoring, monthly fairness check by age group.",
        rtab(
            [
                (
                    "Members feel watched (check-in patterns analysed)",
                    "Medium",
                    "Medium",
                    "Notice, objection, no staff contact triggered by score",
                    "Low",
                ),
                (
                    "Unequal offers (some groups systematically favoured)",
                    "Medium",
                    "Low",
                    "Fairness check, offers capped",
                    "Low",
                ),
                (
                    "Inferences on health (sudden stop may reflect illness)",
                    "Low",
                    "Medium",
                    "No health features, no contact about reasons",
                    "Low",
                ),
                (
                    "Scope creep to differentiated pricing",
                    "Low",
                    "High",
                    "Written ban in policy; DPO review of any change",
                    "Medium",
                ),
            ]
        )
        + "\n\nNot implemented: consent-based scoring (low uptake expected; objection right instead).",
        "Approved by the management board on 9 November 2026 – signed resolution attached (photo).",
    )
    resolution = signed_page(
        """KRAFTWERK FITNESS GmbH – Beschluss der Geschäftsführung / Management board resolution

Berlin, 9 November 2026

Subject: DPIA «Churn prediction and personalised retention offers» (Norway)

The management board has reviewed the DPIA, the balancing test, the DPO's statement of 3 November 2026 and the feedback of the Norwegian members' panel.

Resolution: The DPIA and the measures are approved. The residual risk of scope creep to differentiated pricing is accepted as medium. Kraftwerk Fitness Norge AS shall request prior consultation with Datatilsynet before the offers are sent to Norwegian members.""",
        ["Felix Hartmann, CEO", "Claudia Weber, CFO"],
        seed=1212,
        tilt=1.4,
    )
    body = (
        txt("""
        Dear Datatilsynet,

        We request prior consultation under Art. 36 GDPR for churn prediction and personalised retention offers for our members in Norway. Attached: the DPIA (PDF) and a photo of the signed management board resolution.

        """)
        + SIG
    )
    msg = message(
        "O012",
        EIRIK,
        "Prior consultation – churn prediction and retention offers – Kraftwerk Fitness Norge AS",
        when(11, 13, 9, 5),
        body,
        attachments=[
            ("DPIA_Churn_Prediction_NO.pdf", to_pdf(doc)),
            ("Beschluss_GF_2026-11-09.jpg", resolution),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fitness",
            "profiling",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_none_stated",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_photographed_resolution_jpeg",
            "scan_jpeg",
        ),
        "pgp_mime",
        True,
        "none",
        "complete: contacts and DPO (+49); no processor («no processor is used»); necessity with alternatives and safeguards; risk table with residual; the signed management board resolution only as a photographed JPEG",
    )


# --- O032: heart-rate leaderboards, Notion export (even) -------------------------------------


def c032() -> tuple[EmailMessage, Label]:
    page = notion_page(
        "DPIA – Heart-rate leaderboards in group classes (NO)",
        [
            ("Owner", "Eirik Brattli"),
            ("Status", "Approved"),
            ("Reviewed by DPO", "Sabine Albrecht · Nov 18, 2026"),
            ("Last edited", "Nov 25, 2026"),
        ],
        """
# Contacts

- Controller contact: Eirik Brattli, +47 997 31 604, eirik.brattli@kraftwerk-fitness.no
- Group DPO: Dr. Sabine Albrecht, +49 30 5550 7781, datenschutz@kraftwerk-fitness.de
- Processor: PulseLink Oy (Tampere) – Mikko Laine, Privacy Manager, +358 3 555 2210, privacy@pulselink.fi

# What we want to do

In spinning and HIIT classes members can wear a PulseLink chest strap or connect their watch. Live heart rate, heart-rate zone and calories are shown on a screen in the room next to the member's nickname, and after class in the app. Data stored by PulseLink 24 months. About 5 000 users expected; members under 18 cannot join.

# Why it's necessary and proportionate

Purpose: training guidance and motivation. Basis: explicit consent (health data). Alternatives: display only on the member's own watch (offered), anonymous display by colour only (offered as default – nickname is opt-in). Safeguards: opt-in per class, nickname not real name, «hide me» button, data not used for marketing, deletion in app, instructor cannot export data.

# Risks

| Risk | Likelihood | Severity | Measure | Residual |
| Others see a member's heart rate / fitness level (embarrassment) | High | Low | Colour-only default, nickname opt-in | Low |
| Abnormal heart rhythms visible – health info revealed | Low | Medium | No alerts on screen; zone only | Low |
| PulseLink breach | Low | Medium | Encryption, DPA, EU hosting | Low |
| Pressure to join leaderboard | Medium | Medium | No prizes; instructors briefed | Medium |

Not done: banning leaderboards entirely (members asked for them in the survey).

# Approval

Country management team Norway and the group's Head of Operations approved on Nov 25, 2026 (decision log KF-NO-2026-41): DPIA approved; prior consultation to be requested because of health data shown in a public setting.
""",
        "Kraftwerk Norway / Privacy / DPIAs",
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Please find attached Kraftwerk Fitness Norge AS's request for prior consultation (GDPR Art. 36) regarding heart-rate leaderboards in group classes. The DPIA is our Notion page exported to PDF; contacts, risks and the approval are on the page.

        """)
        + SIG
    )
    msg = message(
        "O032",
        EIRIK,
        "Art. 36 request – heart-rate leaderboards in classes",
        when(11, 27, 15, 30),
        body,
        attachments=[("DPIA_HR_leaderboards_Notion.pdf", to_pdf(page))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fitness",
            "health_data",
            "wearables",
            "notion_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "complete: Notion export with contacts incl. Finnish processor, necessity with alternatives and safeguards, risk table with residual and a measure not taken, approval by country management and group head of operations with decision log",
    )


# --- O052: trainer performance monitoring, DPO only as mailbox (even) ------------------------


def c052() -> tuple[EmailMessage, Label]:
    contacts = """
| Function | Name | Telephone | E-mail |
| Contact person (controller, Norway) | Eirik Brattli, Country Operations Manager | +47 997 31 604 | eirik.brattli@kraftwerk-fitness.no |
| Data Protection Officer (group) | Group Data Protection Office | | datenschutz@kraftwerk-fitness.de |
| Processor | Leonie Krause, ClassRank GmbH, Hamburg | +49 40 555 2290 | privacy@classrank.de |
"""
    doc = dsfa(
        "Trainer performance dashboard (class ratings, attendance, sales)",
        contacts,
        "A dashboard from ClassRank GmbH combines members' class ratings (1–5 stars and free text), attendance per class, personal-training sales and punctuality (check-in time) for each of the 85 trainers in Norway. Regional managers use it in annual reviews and to decide which freelance trainers get classes next season. Ratings stored 24 months.",
        "Purpose: quality of classes and fair allocation of classes. Basis: Art. 6(1)(b) and (f); arbeidsmiljøloven chapter 9 and discussions with employee representatives (meeting 2 October 2026). Alternatives: manager observation only (subjective), member surveys without names (no trainer feedback). Safeguards: trainers see their own dashboard and can comment, ratings with fewer than 10 answers hidden, abusive free text filtered, no automatic allocation – managers decide and document reasons.",
        rtab(
            [
                (
                    "Biased or abusive ratings (gender, ethnicity, age) affect income",
                    "Medium",
                    "High",
                    "Filter, minimum sample, manager review",
                    "Medium",
                ),
                (
                    "Constant monitoring creates stress",
                    "Medium",
                    "Medium",
                    "Dashboard monthly, not live; no ranking list",
                    "Low",
                ),
                (
                    "Freelancers lose classes without explanation",
                    "Medium",
                    "High",
                    "Written reasons, appeal to country manager",
                    "Low",
                ),
            ]
        )
        + "\n\nNot implemented: removing free text (trainers value it).",
        "Management board resolution of 27 November 2026: approved; Norway to request prior consultation.",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Kraftwerk Fitness Norge AS hereby requests prior consultation under Art. 36 GDPR regarding a trainer performance dashboard. The DPIA is attached.

        """)
        + SIG
    )
    msg = message(
        "O052",
        EIRIK,
        "Prior consultation request – trainer performance dashboard",
        when(12, 8, 13, 3),
        body,
        attachments=[("DPIA_Trainer_Dashboard_NO.pdf", to_pdf(doc))],
        cc="datenschutz@kraftwerk-fitness.de",
    )
    return msg, Label(
        "en",
        (
            "fitness",
            "employees",
            "profiling",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "dpo_mailbox_only",
            "p1_dpo_no_phone",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "the DPO is only «Group Data Protection Office» with a mailbox, no name and no phone anywhere → part 1 missing; the rest is present incl. processor contact and management board resolution",
        (1,),
    )


TOPICS = {
    "c011": "face_entry",
    "c031": "staffless_cctv_detection",
    "c051": "body_scanner_ai_coach",
    "c012": "churn_prediction",
    "c032": "hr_leaderboards",
    "c052": "trainer_dashboard",
}
