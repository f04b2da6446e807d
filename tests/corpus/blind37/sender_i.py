# ruff: noqa: E501
"""Sender I: Pulsly AS (wellbeing app company in Oslo, 24 employees, English working language).

Habits: the Head of Product, who is also the privacy lead, writes the mails, in English; documents
are Google Docs exported to PDF or Word; the external DPO is a one-person consultancy; the board
decides, minutes are signed in a board portal or scanned; engineers sometimes write the whole
thing in a plain-text mail encrypted inline.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import signed_page
from kit import Label, message, to_docx, to_pdf, txt, when

TOPICS = {
    "c017": "mood_tracking_ai_coach",
    "c037": "overnight_cough_snore_detection",
    "c057": "mood_tracking_ai_coach",
    "c018": "child_location_sharing",
    "c038": "employer_wellbeing_dashboard",
    "c058": "voice_journaling_us_transcription",
}

DANIEL = "Daniel Okafor <daniel.okafor@pulsly.app>"
DPO = "Ragnhild Sæther <dpo@pulsly.app>"
SIG = txt("""
    Best,
    Daniel Okafor
    Head of Product & Privacy Lead | Pulsly AS
    +47 966 14 270 | daniel.okafor@pulsly.app
    Møllergata 20, 0179 Oslo | Org. no. 929 441 607
""")

MOOD_DESC = """
# Pulsly Mood – product and data flow description

~ Attachment 1 to Pulsly's request for prior consultation · 6 November 2026

## What the product does

Pulsly Mood is an app for adults aged 18–30 with mild to moderate anxiety or low mood. It is offered free to students through three student welfare organisations and to employees through 11 employers. Users log their mood daily (1–5 scale and free text), sleep, activity and optional triggers. An AI coach (a large language model) reads the user's logs and chat messages and suggests exercises from a library of CBT-based techniques. When the text suggests self-harm or suicidal thoughts, the coach stops, shows crisis numbers (113, Mental Helse's helpline) and offers a call-back from a licensed psychologist employed by Pulsly within 24 hours.

## Scale

About 9 000 active users expected in 2027. Around 1.5 million log entries and 400 000 chat messages per year.

## Data

Account data (e-mail, year of birth, organisation code), mood scores, free text, chat history, sleep and step data (if the user connects Apple Health/Google Fit), crisis flags and call-back notes. All of it is health data under Art. 9.

## Data flow and recipients

The app stores data in Pulsly's backend hosted by Kestrel Cloud AB (Stockholm region, processor). Chat messages are sent to the language model provider Lumen AI SAS (Paris, sub-processor via Kestrel's managed AI service, no retention, no training). Employers and student welfare organisations receive only the number of active users per month (minimum 20) – no individual data. The psychologist sees crisis flags and the last 14 days of logs for users who accept a call-back.

## Retention

Logs and chat history are kept while the account is active and deleted 30 days after deletion of the account or 12 months of inactivity. Crisis call-back notes are kept as health records for 10 years as required by the Health Personnel Act.

## Security

Encryption at rest and in transit, separate encryption keys per user for free text, access for three named engineers under break-glass procedure, logging, annual penetration test (last: September 2026).
"""

MOOD_RISK = """
# Pulsly Mood – risk assessment for users' rights and freedoms

~ Attachment 2 · Version 1.0 · 2 November 2026 · Method: workshop 27 October with product, engineering, our psychologist, the DPO and two user panel members. Likelihood (L) and severity (S) 1–4.

## Risks

| # | Risk | L | S | Measures implemented | Residual
| 1 | The AI coach gives harmful advice to a user in crisis (misses signs, or says something that worsens the situation) | 2 | 4 | Crisis filter before the model, scripted crisis response, weekly review of flagged conversations by psychologist, red-team tests | High
| 2 | Users over-rely on the app instead of seeking treatment | 3 | 3 | Repeated prompts to contact GP, clear statement that Pulsly is not treatment | Medium
| 3 | Employer learns that an employee uses the app (small teams) | 2 | 4 | Only aggregated counts, minimum 20, no user list | Medium
| 4 | Sensitive free text exposed in a breach at processor or sub-processor | 1 | 4 | Per-user keys, no retention at Lumen AI, DPAs | Medium
| 5 | Users do not understand that an AI, not a human, answers | 2 | 3 | Labelling in every chat bubble, onboarding | Low
| 6 | Data used to train models | 1 | 3 | Contractual ban, opt-in only for our own improvement, pseudonymised | Low

## Measures considered but not implemented

- Human review of every AI answer before it is shown: not feasible (400 000 messages/year); replaced by crisis filter and sampling.
- Running an open-source model on our own servers: evaluated in Q2 2026; quality in Norwegian was too poor for a mental-health context.
- Restricting the service to users referred by a GP: would exclude the target group that has not yet sought help.

## Conclusion

Risk 1 cannot be brought below high with current technology.
"""

MOOD_BOARD = txt("""
    PULSLY AS – BOARD MEETING 4 NOVEMBER 2026 – EXTRACT OF MINUTES

    Present: Karin Holt (chair), Maja Lindqvist (CEO), Anders Ødegaard, Sunniva Berg. Observer: Daniel Okafor (item 3).

    Item 3/26-11: DPIA for Pulsly Mood with AI coach

    The Head of Product presented the DPIA, the risk assessment and the DPO's opinion. Input from the user panel and from the three student welfare organisations was presented. The board discussed residual risk 1 (harmful AI answers in crisis situations).

    Resolution: The board approves the DPIA. As the residual risk remains high, the company shall request prior consultation with Datatilsynet before the AI coach is launched. The mood log without AI coach may continue in pilot.

    Signed:
""")


def c017() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Pulsly AS requests prior consultation under Article 36 GDPR before launching an AI coach in our mental-wellbeing app Pulsly Mood. Attached you will find (1) a description of the product and data flows, (2) our risk assessment and (3) the signed board minutes.

        Contact details
        Controller contact: Daniel Okafor, Head of Product & Privacy Lead, +47 966 14 270, daniel.okafor@pulsly.app
        Data Protection Officer: Ragnhild Sæther (external), +47 930 51 442, dpo@pulsly.app
        Processor: Kestrel Cloud AB, Johan Ek, Account Executive, +46 8 410 277 30, johan.ek@kestrelcloud.se

        Why we think this is necessary and proportionate
        Waiting times for mental-health services for young adults in Norway are long, and many in our target group never seek help. A self-help app with a human psychologist for every user is not economically possible; we tried that model in 2025 with 300 users and it cost NOK 4 000 per user. An AI coach that suggests evidence-based exercises is the only way we see to offer personalised support at scale. We have kept the processing to what the coach needs: it sees the last 30 days of logs, not the full history; sleep and step data are optional; nothing identifying is sent to the language model (we strip names, e-mail and phone numbers before sending). Employers and student organisations get no individual data.

        Users' rights and safeguards: clear information in onboarding and in every chat that answers come from an AI; an explicit consent screen for health data (Art. 9(2)(a)) that can be withdrawn in settings; export of all own data in the app; deletion of the account and all data with one button; a human psychologist call-back in crisis situations; a complaints channel to the DPO.

    """)
        + "\n"
        + SIG
    )
    scan = signed_page(
        MOOD_BOARD,
        ["Karin Holt, chair", "Maja Lindqvist, CEO", "Anders Ødegaard", "Sunniva Berg"],
        seed=1717,
    )
    msg = message(
        "L017",
        DANIEL,
        "Request for prior consultation – Pulsly Mood AI coach",
        when(11, 9, 9, 55),
        body,
        attachments=[
            ("1_Pulsly_Mood_description.pdf", to_pdf(MOOD_DESC, "Pulsly Mood description")),
            ("2_Pulsly_Mood_risk_assessment.docx", to_docx(MOOD_RISK)),
            ("3_Board_minutes_2026-11-04_signed.jpg", scan),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "app_company",
            "health_data",
            "new_technology_ai",
            "parts_spread_body_and_three_attachments",
            "contact_body_lines",
            "processor_contact_in_body",
            "phone_foreign",
            "part3_in_cover_letter",
            "dpia_report_pdf",
            "risk_likelihood_consequence",
            "part5_signed_page_scan",
        ),
        "pgp_mime",
        True,
        "used",
        "complete, spread: contacts and necessity/proportionality with safeguards in the mail body, description in attachment 1 (PDF), risk assessment in attachment 2 (DOCX), signed board minutes scanned as JPEG in attachment 3",
    )


def c057() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Ms Holm,

        Thank you for the call on Tuesday. As agreed, I am sending you the updated risk assessment for Pulsly Mood (version 2.0). It replaces attachment 2 of our request of 9 November. The changes follow the penetration test of the crisis filter in November and the red-team results you asked about. Everything else in our request of 9 November stands and I do not resend it.

        The main changes: risk 1 has been re-scored after the red-team test (likelihood up from 2 to 3), a new risk 7 (prompt injection) has been added, and we list two new measures.

    """)
        + "\n"
        + SIG
    )
    risk = """
# Pulsly Mood – risk assessment for users' rights and freedoms

~ Version 2.0 · 2 December 2026 · replaces version 1.0 of 2 November 2026

## Risks

| # | Risk | L | S | Measures implemented | Residual
| 1 | The AI coach gives harmful advice to a user in crisis | 3 | 4 | Crisis filter (retrained after red-team test), scripted crisis response, weekly review by psychologist | High
| 2 | Users over-rely on the app instead of seeking treatment | 3 | 3 | Prompts to contact GP | Medium
| 3 | Employer learns that an employee uses the app | 2 | 4 | Aggregated counts only, minimum 20 | Medium
| 4 | Free text exposed in a breach at Kestrel Cloud AB or Lumen AI SAS | 1 | 4 | Per-user keys, no retention at Lumen AI | Medium
| 5 | Users do not understand that an AI answers | 2 | 3 | Labelling, onboarding | Low
| 6 | Data used to train models | 1 | 3 | Contractual ban | Low
| 7 | Prompt injection makes the coach reveal other users' data or bypass the crisis filter | 2 | 4 | Isolation per user session, output filter, added to pen-test scope | Medium

## New measures since version 1.0

- Crisis filter retrained on 2 400 Norwegian examples from the red-team test; recall improved from 91 % to 97 %.
- Output filter that blocks answers mentioning methods of self-harm.

## Measures considered but not implemented

- Human review of every AI answer: not feasible at scale.
- Own model on own servers: quality too poor in Norwegian.
"""
    msg = message(
        "L057",
        DANIEL,
        "RE: Pulsly Mood – updated risk assessment (replaces attachment 2 of 9 Nov)",
        when(12, 3, 17, 21),
        body,
        attachments=[("2_Pulsly_Mood_risk_assessment_v2.0.docx", to_docx(risk))],
    )
    return msg, Label(
        "en",
        (
            "app_company",
            "health_data",
            "new_technology_ai",
            "resend_partial",
            "replaces_earlier_message",
            "refers_to_earlier_messages",
            "dpia_report_docx",
            "risk_likelihood_consequence",
            "contact_signature",
            "p1_processor_named_no_contact",
        ),
        "none",
        True,
        "used",
        "supplement after a phone call: only the updated risk assessment v2.0, replacing attachment 2 of L017; labelled as what THIS message holds: part 4 present; no DPO contact and the processors named without contact (1 missing); description, necessity and board approval are in the 9 November mail and «I do not resend it» (2, 3, 5 missing)",
        (1, 2, 3, 5),
    )


def c037() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hi,

        Pulsly AS would like to request a prior consultation for a new feature in our sleep app Pulsly Sleep. I'm the tech lead on the feature; Daniel (our privacy lead) is on paternity leave, so I'm sending this one. Everything is in this mail.

        CONTACTS
        Me: Kristoffer Nyland, Tech Lead Sleep, +47 988 31 602, kristoffer.nyland@pulsly.app
        DPO: Ragnhild Sæther, +47 930 51 442, dpo@pulsly.app
        Processor: Kestrel Cloud AB, Johan Ek, +46 8 410 277 30, johan.ek@kestrelcloud.se

        WHAT THE FEATURE DOES
        "Night Sounds" uses the phone's microphone during the night to detect snoring, coughing and sleep talking. Audio is analysed on the phone by a small on-device model in 1-second windows; raw audio is never stored or uploaded, except that the user can choose to save 10-second clips of detected events to listen to in the morning (stored encrypted in our backend at Kestrel Cloud, Stockholm, and deleted after 14 days). The app shows a nightly summary (minutes of snoring, number of coughs). Expected 25 000 users in year one. The microphone also picks up partners, children and anyone else in the room, and clips can contain their voices and conversations.

        NECESSITY AND PROPORTIONALITY
        We believe the processing is necessary and proportionate for the purpose of giving users insight into their sleep.

        RISKS (likelihood / severity, 1-4)
        R1 Clips capture other people in the bedroom (partner, children), including intimate sounds or conversations - 3/4 - measures: clips are off by default, user warned when enabling, 14-day deletion - residual HIGH
        R2 Health inferences (chronic cough, sleep apnoea) used for other purposes, e.g. by insurers if the user shares the summary - 2/3 - measures: no sharing features, no third-party SDKs - residual MEDIUM
        R3 Breach exposing saved clips - 1/4 - measures: encryption, access control, Kestrel DPA - residual LOW
        R4 Model misclassifies and alarms users about illness - 2/2 - measures: no medical claims, wording reviewed - residual LOW
        Considered but not done: detecting "other voices" on device and discarding those clips automatically (model not accurate enough yet; planned for 2027).

        APPROVAL
        The board discussed this on 10 November. From the minutes: "The board reviewed the DPIA for Night Sounds presented by the tech lead, with the DPO's comments and feedback from the user panel. The board approves the DPIA and asks the company to request prior consultation due to the high residual risk R1." Signed in the board portal by all board members.

        Cheers,
        Kristoffer
    """)
    msg = message(
        "L037",
        "Kristoffer Nyland <kristoffer.nyland@pulsly.app>",
        "Prior consultation request - Pulsly Sleep 'Night Sounds'",
        when(11, 16, 22, 34),
        body,
    )
    return msg, Label(
        "en",
        (
            "app_company",
            "health_data",
            "audio_recording",
            "all_in_body",
            "headings_caps_in_body",
            "contact_body_lines",
            "processor_contact_in_body",
            "phone_foreign",
            "part3_one_sentence",
            "risk_numbered_prose",
            "part5_board_decision_quoted",
        ),
        "inline",
        True,
        "used",
        "single text/plain body with everything; part 3 missing: «We believe the processing is necessary and proportionate for the purpose…» is the whole chapter – no alternatives, no argument; the safeguards that exist are stated only as risk measures (clips off by default, deletion), not argued; all other parts present",
        (3,),
    )


CHILD_DPIA = """
# Data Protection Impact Assessment – Pulsly Family (location sharing for children 6–12)

~ Pulsly AS · Version 1.1 (CORRECTED) · 12 November 2026 · replaces version 1.0 of 3 November 2026

| Version | Date | Change
| 1.0 | 03.11.2026 | Sent to Datatilsynet
| 1.1 | 12.11.2026 | Section 2: retention of location history corrected from 30 to 7 days (1.0 had the old figure); section 5: board minutes reference added; contact table added

## 1 Contacts

| Role | Name | Phone | E-mail
| Contact person | Daniel Okafor, Head of Product & Privacy Lead | +47 966 14 270 | daniel.okafor@pulsly.app
| Data Protection Officer | Ragnhild Sæther | +47 930 51 442 | dpo@pulsly.app
| Processor | Kestrel Cloud AB – Johan Ek | +46 8 410 277 30 | johan.ek@kestrelcloud.se

## 2 Description of the processing

Pulsly Family lets parents see where their child (6–12 years) is, via a child's smartwatch or phone. The child's device sends its position every 5 minutes (every 30 seconds if the parent starts «live mode»). Parents can set safe zones (school, home) and get a notice when the child arrives or leaves. The child can press an SOS button. Data: child's name, year of birth, device ID, positions, battery level, SOS events; parents' accounts. Location history is kept 7 days. Hosting at Kestrel Cloud AB (Stockholm, processor). No advertising, no third-party SDKs, no sharing with schools or others. Expected 15 000 families.

## 3 Necessity and proportionality

The purpose is children's safety and parents' peace of mind when children start walking to school alone. We considered an SOS-only product without continuous tracking, but parents in our user research (n = 240) said they would not use it, and they would instead turn to products with far more tracking and advertising. To respect the child's privacy and development, we have: a visible icon on the child's device whenever location is shared and a louder signal when live mode is on; no audio listening function (common in competing products, deliberately left out); automatic pause of tracking inside the home zone; history limited to 7 days; an age-adapted explanation for the child in the app; and a «privacy time» the parent can set, when the child is not tracked. Parents can export and delete all data. A child aged 10 or more can see on his or her own device who can see the location.

## 4 Risk assessment

| # | Risk for the child | L | S | Measures | Residual
| 1 | Continuous surveillance harms the child's autonomy and trust, especially for older children | 4 | 3 | Visible icon, privacy time, pause at home, 7-day history | High
| 2 | A parent without custody, or in a conflict, uses the app to track the child or the other parent | 2 | 4 | Both parents must approve pairing; SOS and live mode logged to both | High
| 3 | Location data breached, revealing where children are | 1 | 4 | Encryption, Kestrel DPA, pen test | Medium
| 4 | Child unable to understand what is shared | 3 | 2 | Age-adapted explanation, icon | Medium

Not implemented: requiring the child's consent for each live-mode session (rejected – in an emergency it would delay finding the child); limiting to SOS only (see section 3).

## 5 Management validation

Board meeting 11 November 2026 (minutes attached): the board reviewed the corrected DPIA, the DPO's opinion, input from the parents' panel and from the Ombudsperson for Children's published guidance, and approved it; the company requests prior consultation.
"""

CHILD_BOARD = """
# Pulsly AS – Minutes of board meeting

~ 11 November 2026, 17:00–19:00, Møllergata 20 and video
~ Present: Karin Holt (chair), Anders Ødegaard, Sunniva Berg; Maja Lindqvist (CEO); Daniel Okafor (item 2)

## 1 Q3 figures

Noted.

## 2 DPIA for Pulsly Family (version 1.1)

The Head of Product presented the corrected DPIA (version 1.1) and explained the error in version 1.0 (retention). The DPO's written opinion recommends prior consultation because risks 1 and 2 remain high. Input from the parents' panel and the guidance from the Ombudsperson for Children were presented.

Resolution: The board approves the DPIA version 1.1 and decides that Pulsly requests prior consultation with Datatilsynet. The corrected version is to replace the one sent on 3 November.

## 3 Financing round

The CEO updated on the status. Next steps in December.

~ Signed electronically in the board portal by all board members, 12 November 2026.
"""


def c018() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        CORRECTED VERSION – replaces the request we sent on 3 November (Pulsly Family)

        On 3 November we sent you a request for prior consultation for Pulsly Family, our location-sharing service for children aged 6–12. Version 1.0 of the DPIA that we attached had the wrong retention period for location history (30 days instead of 7), did not include a contact table, and the board minutes were not attached.

        Please disregard the mail of 3 November. This mail replaces it in full and includes:
        1. DPIA version 1.1 (corrected), with contacts, description, necessity and proportionality, risk assessment and management validation
        2. Board minutes of 11 November 2026

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L018",
        DANIEL,
        "CORRECTED VERSION: Request for prior consultation – Pulsly Family (replaces mail of 3 Nov)",
        when(11, 12, 16, 44),
        body,
        attachments=[
            ("Pulsly_Family_DPIA_v1.1_CORRECTED.pdf", to_pdf(CHILD_DPIA, "DPIA Pulsly Family")),
            ("Board_minutes_2026-11-11.pdf", to_pdf(CHILD_BOARD, "Board minutes")),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "app_company",
            "children",
            "location_tracking",
            "resend_corrected_full",
            "replaces_earlier_message",
            "dpia_report_pdf",
            "version_log",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "corrected full replacement of an earlier mail (not in the corpus): DPIA v1.1 with a version log explaining the corrections, all parts present, board minutes attached",
    )


DASH_DPIA = """
# DPIA – Pulsly for Work: team wellbeing dashboard for employers

~ Pulsly AS · Version 1.0 · 20 November 2026

## 1 Contacts

Contact person: Daniel Okafor, Head of Product & Privacy Lead, +47 966 14 270, daniel.okafor@pulsly.app
Data Protection Officer: dpo@pulsly.app
Processor: Kestrel Cloud AB – Johan Ek, +46 8 410 277 30, johan.ek@kestrelcloud.se

## 2 Description

Employers who offer Pulsly Mood to staff (11 today, about 4 000 employees) ask for insight into wellbeing at work. «Pulsly for Work» would give HR a dashboard with weekly averages of mood, stress and sleep per department, plus the top three themes from free-text logs (derived by the language model), for departments with at least 10 active users. Employees must opt in separately to be counted in the dashboard. Pulsly is controller for the app; for the dashboard Pulsly is also controller (the employer receives only aggregated statistics). Aggregates are kept 24 months.

## 3 Necessity and proportionality

Employers have a duty to follow up the psychosocial working environment (Working Environment Act §§ 4-1 and 4-3). Anonymous surveys once a year are the usual tool, but they come too late. Weekly aggregates can show problems earlier. We keep it proportionate by: separate opt-in, no individual data ever, minimum group size 10, themes shown only if mentioned by at least 5 people, no free-text quotes, and employees can withdraw at any time without the employer knowing. Employees receive information before opting in and can see exactly what their department's dashboard shows.

## 4 Risks

| # | Risk | L | S | Measures | Residual
| 1 | Re-identification in small departments (e.g. a sudden drop when one person has a crisis) | 3 | 4 | Minimum 10, weekly smoothing, no drill-down | High
| 2 | Pressure to opt in (employer encourages participation, opt-in rate visible) | 3 | 3 | Opt-in rate not shown below 80 %; employer guidance | Medium
| 3 | Employer uses dashboard to judge managers or in restructuring | 2 | 3 | Terms of use forbid it; contract clause | Medium
| 4 | LLM-derived themes misrepresent what employees wrote | 2 | 2 | Human review of theme list monthly | Low

Not implemented: differential privacy noise on all figures (planned 2027; makes small-department figures useless today).

## 5 Approval

Approved by the CEO after the management meeting of 24 November; see the CEO's e-mail quoted in our covering mail.
"""


def c038() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Pulsly AS requests prior consultation for «Pulsly for Work», a team wellbeing dashboard for employers based on aggregated data from our Pulsly Mood app. The DPIA is attached; residual risk 1 (re-identification in small departments) remains high.

        Approval – from our CEO's e-mail to me of 25 November:
        > Daniel – the management team went through the DPIA yesterday together with the DPO's written comments and the feedback from the employee panel and the two pilot employers. We agree the re-identification risk is still high. I approve the DPIA and ask you to send the request for prior consultation. – Maja Lindqvist, CEO

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L038",
        DANIEL,
        "Request for prior consultation – Pulsly for Work (employer dashboard)",
        when(11, 26, 13, 9),
        body,
        attachments=[("Pulsly_for_Work_DPIA_v1.0.docx", to_docx(DASH_DPIA))],
        cc="Pulsly DPO <dpo@pulsly.app>",
    )
    return msg, Label(
        "en",
        (
            "app_company",
            "health_data",
            "employees",
            "dpia_report_docx",
            "contact_dpia_block",
            "p1_dpo_generic_mailbox_no_phone",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "part5_email_quoted",
        ),
        "none",
        True,
        "used",
        "only part 1 missing: the DPO appears only as «dpo@pulsly.app» (DPIA contact block and Cc display name «Pulsly DPO») with no name and no phone anywhere in this message; everything else is present (CEO's approval quoted in the body)",
        (1,),
    )


VOICE_MEMO = """
# Privacy risk assessment – Pulsly Voice Journal

~ Prepared for Pulsly AS by Fjordlight Privacy AS · Henrik Sæle, Senior Privacy Consultant · 19 November 2026

## 1 Scope

Pulsly Voice Journal lets users speak a diary entry instead of typing. The audio is transcribed by Aperture Speech Inc. (San Francisco, USA) and the transcript is summarised by the AI coach. We assessed risks to users' rights and freedoms, based on Pulsly's product description, Aperture's data processing terms and security documentation, the transfer impact assessment (TIA) of 10 November, and interviews with Pulsly's engineers and DPO.

## 2 Risks and measures

| # | Risk to users | Likelihood | Severity | Measures in place | Residual
| 1 | Access by US authorities to voice recordings with mental-health content (FISA 702 / EO 12333) | Medium | High | EU–US Data Privacy Framework certification of Aperture, encryption in transit, deletion at Aperture within 24 h, no user identifiers sent | High
| 2 | Voice is a biometric identifier; recordings could be used to identify users | Low | High | No voiceprint created, audio deleted after transcription | Medium
| 3 | Other people heard in the recording (family, colleagues) | Medium | Medium | In-app reminder to record alone | Medium
| 4 | Transcription errors distort what the user said and the coach reacts wrongly | Medium | Medium | User sees and can edit transcript before the coach reads it | Low
| 5 | Aperture uses audio to improve its models | Low | High | Contractual opt-out confirmed in writing | Low

## 3 Measures considered but not implemented

- EU-based transcription provider: Pulsly tested two; word error rate in Norwegian dialects was more than twice as high.
- On-device transcription: not feasible on older phones; planned for 2027.

## 4 Conclusion

Risk 1 is high after measures. We recommend prior consultation.

~ Henrik Sæle · +47 917 30 448 · henrik@fjordlight.no
"""

VOICE_DPIA = """
# Pulsly Voice Journal – DPIA summary

~ Pulsly AS · Version 1.0 · 24 November 2026

## Contacts

| Role | Name | Phone | E-mail
| Contact person | Daniel Okafor | +47 966 14 270 | daniel.okafor@pulsly.app
| DPO | Ragnhild Sæther | +47 930 51 442 | dpo@pulsly.app
| Processor (hosting) | Kestrel Cloud AB – Johan Ek | +46 8 410 277 30 | johan.ek@kestrelcloud.se
| Sub-processor (transcription) | Aperture Speech Inc. – Rachel Moore, Privacy Counsel | +1 415 555 0142 | privacy@aperturespeech.com

## Description

Users of Pulsly Mood (about 9 000 expected) can record voice entries of up to 3 minutes. Audio is uploaded to Pulsly's backend (Kestrel Cloud, Stockholm), sent to Aperture Speech Inc. in the USA for transcription, and deleted at Aperture within 24 hours and at Pulsly immediately after transcription. The transcript is stored as a normal log entry and read by the AI coach. Health data, voice. Transfer basis: EU–US Data Privacy Framework; TIA done.

## Approval

The board approved the DPIA on 25 November 2026 (minutes attached).
"""

VOICE_BOARD = """
# Pulsly AS – Extract of board minutes 25 November 2026

## Item 4: Pulsly Voice Journal – DPIA

The Head of Product presented the DPIA and the external risk assessment by Fjordlight Privacy. The DPO's opinion and the results of the user panel session were presented. The board discussed the transfer to the USA in particular.

Resolution: The board approves the DPIA and decides to request prior consultation with Datatilsynet. Voice Journal is not launched until the consultation is concluded.

~ Karin Holt, chair (signed electronically)
"""


def c058() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        Request for prior consultation – Pulsly Voice Journal (voice diary transcribed in the USA)

        Pulsly AS requests prior consultation under Article 36 GDPR. Attached are a DPIA summary with contacts and description, the external risk assessment by Fjordlight Privacy, and the board minutes.

        Necessity and proportionality. Many of our users tell us that writing is a barrier on bad days; in our pilot, users who could speak their entries logged three times as often. We therefore consider voice entries necessary for the purpose of the app. We tested two EU-based transcription services; both had more than twice the error rate in Norwegian dialects, which would make the coach misunderstand users. We have limited the processing as far as we can: voice entries are optional and text entries remain available; recordings are capped at 3 minutes; no user identifiers are sent with the audio; audio is deleted immediately after transcription (within 24 hours at Aperture); no voiceprints are created. Users are told before their first recording that the audio is processed in the USA and why, they can edit or delete transcripts, switch the feature off at any time, and ask us for a copy of everything we hold.

    """)
        + "\n"
        + SIG
    )
    msg = message(
        "L058",
        DANIEL,
        "Request for prior consultation – Pulsly Voice Journal",
        when(11, 30, 10, 11),
        body,
        attachments=[
            ("Pulsly_Voice_Journal_DPIA_summary_v1.0.pdf", to_pdf(VOICE_DPIA, "DPIA summary")),
            ("Fjordlight_risk_assessment_Voice_Journal.pdf", to_pdf(VOICE_MEMO, "Risk assessment")),
            ("Board_minutes_extract_2026-11-25.pdf", to_pdf(VOICE_BOARD, "Board minutes")),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "app_company",
            "health_data",
            "third_country_risk",
            "part3_in_cover_letter",
            "part4_consultant_memo",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete; the DPIA summary holds contacts (incl. processor and US sub-processor) and the description; necessity/proportionality with safeguards is argued in the covering mail; the risk assessment is the consultant's report (with measures not implemented); board minutes extract as approval",
    )
