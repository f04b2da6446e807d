# ruff: noqa: E501
"""Sender G: University of Nordvika, Department of Psychology (English).

Habits: researchers and the deputy head write in English; the DPIA is the university's own template
(«UiN DPIA template v3.1») with a front-page table of controller, contact, DPO and processor, and
Parts A–E; risk on a 1–3 × 1–3 scale. Approval is the Dean's decision letter («approved
electronically, no handwritten signature») or the Dean's e-mail forwarded. Odd ids: a research
study with smartphone sensing (Dutch processor); even ids: stylometric authorship checks of exams
(UK processor).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_zip, txt, when

ORG = "university_department"

ELENA = "Elena Marković <elena.markovic@uninordvika.no>"
ELENA_SIG = """
Best regards,
Elena Marković
Postdoctoral Fellow | Project Manager, SENSE-U
Department of Psychology, University of Nordvika
Phone: +47 755 17 342 | Mobile: +47 482 90 031
elena.markovic@uninordvika.no
"""

DANIEL = "Daniel Okafor <daniel.okafor@uninordvika.no>"
DANIEL_SIG = """
Kind regards
Daniel Okafor
Associate Professor, Deputy Head of Department (Education)
Department of Psychology | University of Nordvika
+47 755 17 388
daniel.okafor@uninordvika.no
"""

DPO_FULL = "Tove Remmen, Data Protection Officer, +47 755 17 010, personvernombud@uninordvika.no"


def front(title: str, version: str, contact: str, processor: str, dpo: str = DPO_FULL) -> str:
    return f"""
# Data Protection Impact Assessment (DPIA)

## {title}

~ UiN DPIA template v3.1

| Item | Details |
| Version / date | {version} |
| Controller | University of Nordvika (org. no. 974 112 950), represented by the Faculty of Social Sciences |
| Unit | Department of Psychology |
| Contact person | {contact} |
| Data Protection Officer | {dpo} |
| Processor(s) | {processor} |
"""


# --- SENSE-U: smartphone sensing study (odd ids) -----------------------------------------------

MT = "MindTrace B.V. (Utrecht, NL) – Sander de Vries, Privacy & Security Lead, +31 30 799 1245, s.devries@mindtrace.nl"
ELENA_CELL = "Dr Elena Marković, project manager, +47 482 90 031, elena.markovic@uninordvika.no"

SENSE_A = """
# Part A – Description of the processing

SENSE-U is a 12-month cohort study (project no. 2026-PSY-017, PI Professor Jonas Hjertaas) that aims to develop models that can predict the onset of depressive episodes in students from passively collected smartphone and wearable data.

Participants: 600 students aged 18–30 at the University of Nordvika, recruited through the student portal. Students in courses taught by members of the project group are excluded.

Data collected:

- From the MindTrace Sense app on the participant's own phone: GPS location every 10 minutes, accelerometer, screen on/off events, number (not content) of calls and SMS, categories of apps used, typing speed and error rate (not what is typed).
- From the MindTrace Band wristband: sleep and heart rate.
- Weekly questionnaires PHQ-9 and GAD-7, and a baseline questionnaire on health history and medication.

If a participant answers above 0 on PHQ-9 item 9 (thoughts of self-harm), the study clinician is alerted and calls the participant within 24 hours.

Data flow and storage: the app and band send data to the MindTrace platform (EU hosting, Frankfurt) under a study ID. The key linking study IDs to names is kept only in UiN SecureLab. The research group downloads data for analysis to SecureLab. MindTrace B.V. is processor under a data processing agreement of 15 September 2026.

Legal basis: Article 6(1)(e) and Article 9(2)(j) GDPR, with sections 8 and 9 of the Norwegian Personal Data Act. Consent is obtained as an ethical requirement. REK nord approved the study on 2 October 2026 (ref. 2026/118240).

Retention: raw data until 31 December 2027; pseudonymised analysis data until 2032 for verification, then anonymised.

Why the risk is high: special category data (mental health) on a large scale, continuous location tracking, new technology, students with mental health problems as a vulnerable group, and the possibility of inferring sensitive information the participants never gave us.
"""

SENSE_B = """
# Part B – Necessity and proportionality

Self-reported questionnaires alone cannot capture the daily changes in sleep, mobility and social contact that precede depressive episodes; this is the scientific gap the study addresses. We have limited the data to what the prediction models need: location every 10 minutes instead of continuous, counts of calls and messages instead of content, typing dynamics without keystrokes.

Safeguards for participants:

- Participants can pause sensing at any time in the app and see their own data in a dashboard.
- Withdrawal at any time, with deletion of data not yet analysed.
- No labelling of locations as sensitive places (health services, religious sites, bars, clubs).
- Written information and an information meeting before consent; information on the project website.
- No member of the project group teaches or examines participants.
- Access to identifiable data limited to four named researchers, logged in SecureLab.
- The university may not use study data for any other purpose (student welfare, attendance, discipline).
"""

SENSE_C = """
# Part C – Risks to the rights and freedoms of data subjects

Likelihood (L) and severity (S) on a scale from 1 (low) to 3 (high).

| # | Threat | L | S | Measures | Residual |
| 1 | Re-identification from location traces (home, workplace, partner's home) | 3 | 3 | Pseudonymisation, restricted access, raw GPS reduced to features after 12 months | High |
| 2 | Inference of sensitive information outside the study (religion, sexual orientation, visits to clinics) | 2 | 3 | No labelling of sensitive places, analysis plan approved in advance | High |
| 3 | A participant in crisis is not followed up in time | 2 | 3 | Clinician protocol within 24 hours, contact details of emergency services in the app | Medium |
| 4 | Students feel pressure to take part or to continue | 2 | 2 | Recruitment outside own courses, no incentives beyond a gift card | Low |
| 5 | Security breach at the processor | 1 | 3 | DPA, ISO 27001, encryption, pseudonymisation | Medium |
| 6 | Access from outside the EU through the processor's cloud provider | 1 | 3 | EU hosting, SCCs, transfer impact assessment | Medium |

# Part D – Measures considered but not implemented

- Processing on the phone only (federated learning): not mature enough for this study design.
- GPS once an hour: too coarse for the mobility features that the models need.
- Dropping the wristband: sleep is one of the most important predictors.
"""

SENSE_E_DONE = """
# Part E – Sign-off

Residual risk remains high for threats 1 and 2. The Dean approved the DPIA on 9 November 2026 (decision letter attached) and decided to request prior consultation.
"""

SENSE_E_PENDING = """
# Part E – Sign-off

Pending. The DPIA will be presented to the Dean for approval at the Faculty management meeting on 12 January 2027.
"""

SENSE_DEAN = """
~ UNIVERSITY OF NORDVIKA
~ Faculty of Social Sciences

~ Our ref.: 2026/4471 – AF
~ Date: 9 November 2026

# Approval of DPIA and decision to request prior consultation – SENSE-U (2026-PSY-017)

The Dean has reviewed the Data Protection Impact Assessment for SENSE-U, version 2.0 of 2 November 2026, together with the summary of findings presented by the Head of Department and the project group at the Faculty management meeting on 4 November 2026. The findings show high residual risk of re-identification from location data and of inference of sensitive information.

The Faculty has considered the input from the Student Parliament's welfare committee, from the user panel of students with lived experience of depression, from the University's Data Protection Officer, and the conditions set by REK nord.

Decision: The Faculty approves the DPIA and the assessment of residual risk. The University shall request prior consultation with Datatilsynet under Article 36 GDPR. Data collection may not start until Datatilsynet has responded.

~ Arild Fagerli, Dean
~ Marte Lien Kolstad, Head of Department

This document has been approved electronically and therefore has no handwritten signature.
"""

REK_LETTER = """
~ Regional komité for medisinsk og helsefaglig forskningsetikk, REK nord
~ Vår ref.: 2026/118240
~ Dato: 02.10.2026

# Vedtak – SENSE-U: Passive sensing and prediction of depressive episodes in students

Prosjektleder: Jonas Hjertaas. Forskningsansvarlig institusjon: Universitetet i Nordvika.

Komiteen godkjenner prosjektet med hjemmel i helseforskningsloven § 10, på vilkår om at deltakerne informeres om hvordan lokasjonsdata brukes, at kodenøkkelen oppbevares atskilt fra forskningsdata, og at prosedyren for oppfølging ved selvmordstanker følges.

Godkjenningen gjelder til 31.12.2032.

Med vennlig hilsen, REK nord. Dokumentet er elektronisk godkjent.
"""


def sense_docx(
    version: str = "2.0, 2 November 2026", sign_off: str = SENSE_E_DONE, tail: str = SENSE_C
) -> bytes:
    head = front(
        "SENSE-U – passive sensing and prediction of depressive episodes in students",
        version,
        ELENA_CELL,
        MT,
    )
    return to_docx("\n".join([head, SENSE_A, SENSE_B, tail, sign_off]))


def g013() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Dear Datatilsynet,

        On behalf of the University of Nordvika, I hereby request prior consultation under Article 36 GDPR for the research project SENSE-U (passive smartphone and wearable sensing to predict depressive episodes in students).

        The attached zip file contains:
        1. DPIA, version 2.0 (contact details of the project, the DPO and our processor on the front page)
        2. The Dean's decision letter approving the DPIA (9 November 2026)
        3. REK nord's approval, for information

        Please let me know if you would prefer the documents in Norwegian; the DPIA was written in English because the project group is international.
        """
        )
        + "\n"
        + txt(ELENA_SIG)
    )
    bundle = to_zip(
        {
            "01_DPIA_SENSE-U_v2.0.docx": sense_docx(),
            "02_Dean_approval_2026-4471.pdf": to_pdf(SENSE_DEAN),
            "03_REK_vedtak_2026-118240.pdf": to_pdf(REK_LETTER),
        }
    )
    msg = message(
        "G013",
        ELENA,
        "Request for prior consultation (Art. 36 GDPR) – SENSE-U, University of Nordvika",
        when(11, 12, 10, 5),
        body,
        attachments=[("SENSE-U_prior_consultation.zip", bundle)],
    )
    return msg, Label(
        "en",
        (
            ORG,
            "zip",
            "dpia_docx",
            "template_university",
            "contact_table_front_page",
            "phone_foreign",
            "risk_score_matrix",
            "part5_dean_letter",
            "extra_ethics_approval",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; zip with DPIA, Dean's approval letter and REK approval (extra)",
    )


def g033() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Dear Sir or Madam,

        Please find attached the DPIA for the SENSE-U study at the University of Nordvika, with a request for prior consultation under Article 36.

        The formal sign-off by the Dean is not yet in place – the DPIA goes to the Faculty management meeting on 12 January. We are sending it now because REK has already approved the study and we hope to start recruitment in the spring semester. I will forward the Dean's decision as soon as I have it.

        Contact details for me, the DPO and the processor are on the front page of the DPIA.
        """
        )
        + "\n"
        + txt(ELENA_SIG)
    )
    msg = message(
        "G033",
        ELENA,
        "Prior consultation – SENSE-U (DPIA attached, sign-off to follow)",
        when(12, 1, 15, 40),
        body,
        attachments=[("DPIA_SENSE-U_v2.0.docx", sense_docx(sign_off=SENSE_E_PENDING))],
    )
    return msg, Label(
        "en",
        (
            ORG,
            "dpia_docx",
            "template_university",
            "contact_table_front_page",
            "phone_foreign",
            "risk_score_matrix",
            "part5_future_meeting",
        ),
        "pgp_mime",
        True,
        "used",
        "only part 5 missing: Dean's sign-off «pending», to be forwarded after the meeting on 12 January",
        missing=(5,),
    )


def g053() -> tuple[EmailMessage, Label]:
    tail = SENSE_C.replace(
        "| 1 | Re-identification from location traces (home, workplace, partner's home) | 3 | 3 | Pseudonymisation, restricted access, raw GPS reduced to features after 12 months | High |",
        "| 1 | Re-identification from location traces (home, workplace, partner's home) | 3 | 3 | GPS converted to place categories on the phone; raw coordinates never leave the device | Low |",
    ).replace(
        "| 2 | Inference of sensitive information outside the study (religion, sexual orientation, visits to clinics) | 2 | 3 | No labelling of sensitive places, analysis plan approved in advance | High |",
        "| 2 | Inference of sensitive information outside the study (religion, sexual orientation, visits to clinics) | 2 | 3 | Sensitive place categories suppressed on the phone | Low |",
    )
    sign_off = """
    # Part E – Sign-off

    After the additional measures (on-device conversion of GPS to place categories), residual risk is acceptable. The Dean approved the DPIA on 30 November 2026 and concluded that prior consultation is not required.
    """
    body = (
        txt(
            """
        Dear Datatilsynet,

        For your information: the University of Nordvika has completed the DPIA for the SENSE-U study. After we moved the processing of location data onto the participants' phones, the residual risk is assessed as acceptable, and the Dean has concluded that prior consultation under Article 36 is not required.

        We are sending the DPIA for your records only, as we promised in a phone call with your switchboard in October. No action is needed from you. Recruitment starts in February.
        """
        )
        + "\n"
        + txt(ELENA_SIG)
    )
    msg = message(
        "G053",
        ELENA,
        "For information: DPIA completed – SENSE-U (no prior consultation needed)",
        when(12, 3, 9, 15),
        body,
        attachments=[
            (
                "DPIA_SENSE-U_v3.0_final.docx",
                sense_docx("3.0, 27 November 2026", txt(sign_off), tail),
            )
        ],
    )
    return msg, Label(
        "en",
        (ORG, "nonrequest_for_information", "dpia_docx", "template_university"),
        "none",
        False,
        "used",
        "not a request: DPIA sent for information; residual risk acceptable and the Dean concluded no prior consultation is needed",
    )


# --- authorship verification of take-home exams (even ids) -------------------------------------

AQ = "Authentiq Ltd (Edinburgh, UK) – Fiona MacLeod, Head of Compliance, +44 131 496 0755, fiona.macleod@authentiq.co.uk"
DANIEL_CELL = "Daniel Okafor, Deputy Head of Department (Education), +47 755 17 388, daniel.okafor@uninordvika.no"

STYLO_A = """
# Part A – Description of the processing

From spring 2027 the Department of Psychology will run a two-year pilot in which all take-home exams and bachelor theses in the BA programme (about 900 students and 2 400 submissions a year) are checked with StyloCheck from Authentiq Ltd.

StyloCheck builds a stylometric profile of each student from the student's earlier submissions in the exam system (texts from 2024 onwards): sentence length, vocabulary, function words, punctuation habits and similar features. Each new submission is compared with the profile. If the difference is above a threshold, the submission is flagged as an «authorship anomaly» with a score. Flags go to the exam coordinator, who decides whether the case is referred to the University's Appeals Committee as suspected cheating (contract cheating or undeclared AI-generated text).

Personal data: student number and name, exam texts, submission metadata, the stylometric profile and scores. Texts and profiles are processed by Authentiq in the UK (adequacy decision), hosted by a sub-processor in London. The University is controller; Authentiq Ltd is processor.

Legal basis: Article 6(1)(e) GDPR with the Universities and University Colleges Act and the University's study regulations on cheating.

Why the risk is high: systematic profiling of all students, a score that can lead to annulment of an exam and expulsion for up to a year, no possibility to opt out, and an opaque model that may work worse for some groups.
"""

STYLO_B = """
# Part B – Necessity and proportionality

Confirmed cases of contract cheating at the Department rose from 1 in 2022 to 7 in 2025, and the examiners report many more suspected cases they could not document. The text-matching tool we already use cannot detect a text written by someone else for the student. Alternatives considered: random oral follow-up of 10 % of submissions (about 240 extra oral exams a year, which we do not have the staff for) and returning to supervised school exams (not suitable for bachelor theses).

Safeguards:

- A flag is never enough on its own. The exam coordinator reviews the case, and the student is always invited to a conversation about the text before any referral.
- Students are informed in the course descriptions, in the exam instructions and on the student web.
- Students can see whether their submission was flagged and comment on it.
- Profiles are deleted when the student graduates or leaves.
- The threshold is set conservatively and is reviewed each semester.
- Before go-live, the tool is tested for bias against students writing in a second language and students with dyslexia.
- Authentiq may not use our texts to train its models.
"""

STYLO_C = """
# Part C – Risks to the rights and freedoms of data subjects

| # | Threat | L | S | Measures | Residual |
| 1 | False flags that hit students writing in a second language or with dyslexia | 2 | 3 | Bias test, conversation before referral, conservative threshold | High |
| 2 | Students are stigmatised by being called in, even when cleared | 2 | 2 | Conversation framed as routine, no record if cleared | Medium |
| 3 | Students change how they write to avoid flags (chilling effect) | 2 | 2 | Information about what the tool does and does not do | Medium |
| 4 | Breach at the processor exposes texts and profiles | 1 | 3 | DPA, encryption, UK adequacy, ISO 27001 | Medium |
| 5 | Profiles used for other purposes (grading, admissions) | 1 | 3 | Purpose limitation in DPA and internal guideline | Low |
| 6 | Students cannot understand or challenge the score | 3 | 2 | Explanation of the main features behind each flag | High |

# Part D – Measures considered but not implemented

- Opt-in participation: would defeat the purpose, since those who cheat would not opt in.
- A model run on university servers: not available from any supplier we know of.
- Using the tool only on bachelor theses: the problem is largest in take-home exams.
"""

STYLO_E_DONE = """
# Part E – Sign-off

Approved by the Dean, 26 November 2026 (see separate document).
"""

STYLO_DEAN_LETTER = """
~ UNIVERSITY OF NORDVIKA
~ Faculty of Social Sciences

~ Our ref.: 2026/5102 – AF
~ Date: 26 November 2026

# Approval of DPIA – pilot of stylometric authorship checks (StyloCheck), Department of Psychology

The Dean has reviewed the DPIA (version 1.3 of 18 November 2026) and the summary of findings presented by the Deputy Head of Department at the Faculty management meeting on 25 November 2026. The main finding is that the risk of false flags affecting students writing in a second language or with dyslexia, and students' limited ability to understand and challenge the score, remain high after the planned measures.

The Faculty has taken into account the statement from the Student Parliament (which opposes the pilot unless a flag can never lead directly to a referral), the views of the examiners' forum and the advice of the Data Protection Officer.

Decision: The Faculty approves the DPIA. Prior consultation with Datatilsynet shall be requested before the pilot starts.

~ Arild Fagerli, Dean

This document has been approved electronically and therefore has no handwritten signature.
"""

DEAN_MAIL = """
Dear Daniel,

Following yesterday's Faculty management meeting, where you presented the DPIA for the StyloCheck pilot (v1.3) and the summary of findings: I have also read the Student Parliament's statement, the examiners' forum's comments and the DPO's advice.

I approve the DPIA as it stands. Please go ahead and request prior consultation with Datatilsynet; the pilot will not start until we have their response.

Best,
Arild

Arild Fagerli
Dean, Faculty of Social Sciences
University of Nordvika
"""


def stylo_docx(dpo: str = DPO_FULL) -> bytes:
    head = front(
        "Pilot of stylometric authorship checks (StyloCheck) – BA Psychology",
        "1.3, 18 November 2026",
        DANIEL_CELL,
        AQ,
        dpo,
    )
    return to_docx("\n".join([head, STYLO_A, STYLO_B, STYLO_C, STYLO_E_DONE]))


def g014() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Dear Datatilsynet,

        The University of Nordvika requests prior consultation for a two-year pilot of stylometric authorship checks of take-home exams in our BA programme in psychology. The DPIA and the Dean's approval letter are attached. Our contact details are on the front page of the DPIA.
        """
        )
        + "\n"
        + txt(DANIEL_SIG)
    )
    msg = message(
        "G014",
        DANIEL,
        "Request for prior consultation – StyloCheck pilot",
        when(11, 30, 13, 18),
        body,
        attachments=[
            (
                "DPIA_StyloCheck_v1.3.docx",
                stylo_docx(
                    dpo="University of Nordvika Data Protection Officer – personvernombud@uninordvika.no"
                ),
            ),
            ("Dean_approval_2026-5102.pdf", to_pdf(STYLO_DEAN_LETTER)),
        ],
    )
    return msg, Label(
        "en",
        (
            ORG,
            "dpia_docx",
            "template_university",
            "contact_table_front_page",
            "phone_foreign",
            "risk_score_matrix",
            "part5_dean_letter",
            "p1_dpo_mailbox_only",
        ),
        "pgp_mime",
        True,
        "used",
        "part 1 missing: the DPO is given only as a function mailbox, no name and no phone",
        missing=(1,),
    )


def dean_eml() -> EmailMessage:
    return message(
        "G034i",
        "Arild Fagerli <arild.fagerli@uninordvika.no>",
        "RE: StyloCheck DPIA for approval",
        when(11, 26, 8, 52),
        txt(DEAN_MAIL),
        to="Daniel Okafor <daniel.okafor@uninordvika.no>",
        cc="Marte Lien Kolstad <marte.kolstad@uninordvika.no>",
    )


def g034() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Dear Datatilsynet,

        Please find attached our request for prior consultation concerning a pilot of stylometric authorship checks (StyloCheck) in the BA programme in psychology at the University of Nordvika.

        Attachments:
        - DPIA v1.3 (front page: contact person, Data Protection Officer, processor)
        - The Dean's e-mail approving the DPIA (forwarded as attachment)

        We would be grateful for an indication of the expected processing time, as the pilot was planned for the spring semester.
        """
        )
        + "\n"
        + txt(DANIEL_SIG)
    )
    msg = message(
        "G034",
        DANIEL,
        "Prior consultation (Art. 36) – StyloCheck pilot, Dept. of Psychology",
        when(11, 27, 11, 4),
        body,
        attachments=[("DPIA_StyloCheck_v1.3.docx", stylo_docx())],
        forwarded=("RE StyloCheck DPIA for approval.eml", dean_eml()),
    )
    return msg, Label(
        "en",
        (
            ORG,
            "dpia_docx",
            "template_university",
            "contact_table_front_page",
            "phone_foreign",
            "risk_score_matrix",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
        ),
        "none",
        True,
        "used",
        "complete; Dean's approval e-mail attached as message/rfc822",
    )


def g054() -> tuple[EmailMessage, Label]:
    body = (
        txt(
            """
        Dear Datatilsynet,

        On behalf of the University of Nordvika I submit a request for prior consultation (Article 36 GDPR) for the StyloCheck pilot. The DPIA and the Faculty's decision letter are attached.

        Contact person: Daniel Okafor, +47 755 17 388, daniel.okafor@uninordvika.no
        Data Protection Officer: Tove Remmen, +47 755 17 010, personvernombud@uninordvika.no
        Processor: Authentiq Ltd, Fiona MacLeod (Head of Compliance), +44 131 496 0755, fiona.macleod@authentiq.co.uk
        """
        )
        + "\n"
        + txt(DANIEL_SIG)
    )
    msg = message(
        "G054",
        DANIEL,
        "Request for prior consultation: StyloCheck authorship checks",
        when(12, 2, 14, 26),
        body,
        attachments=[
            ("StyloCheck DPIA v1.3.docx", stylo_docx()),
            ("Faculty decision 2026-5102.pdf", to_pdf(STYLO_DEAN_LETTER)),
        ],
    )
    return msg, Label(
        "en",
        (
            ORG,
            "dpia_docx",
            "template_university",
            "contact_table_front_page",
            "contact_label_value",
            "phone_foreign",
            "risk_score_matrix",
            "part5_dean_letter",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; contacts both in the body and on the DPIA's front page",
    )
