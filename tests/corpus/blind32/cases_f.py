# ruff: noqa: E501
"""Sender F: Lumo Pay AS (English, fintech). HTML mails with a contact table; DPIA as a PDF with
«1. Overview» … «5. Sign-off»; risks often in a separate risk register (Excel); approval as an
extract of board minutes or the CEO's e-mail.

Odd: B011 (open-banking scoring; the minutes are with the board secretary), B031 (behavioural
biometrics), B051 (open-banking scoring again, with the signed minutes).
Even: B012 (video selfie onboarding; a board paper for a later meeting instead of minutes),
B032 (collections model, CEO's e-mail quoted), B052 (video selfie again, with minutes).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, plain, to_html, to_pdf, to_xlsx, when

FROM = "Jonas Aamodt Riise <jonas.riise@lumopay.no>"
TOPIC_OF = {
    "B011": "F-o1",
    "B051": "F-o1",
    "B031": "F-o2",
    "B012": "F-e1",
    "B052": "F-e1",
    "B032": "F-e2",
}

SIGNATURE_MARKUP = """
~ Jonas Aamodt Riise
Head of Compliance, Lumo Pay AS
+47 922 18 406 · jonas.riise@lumopay.no
Dronning Eufemias gate 16, 0191 Oslo · Org. no. 923 118 604

Lumo Pay AS is authorised by Finanstilsynet as a credit institution. This message may contain confidential information.
"""


def contact_table(processor: str, phone: str, email: str) -> str:
    return f"""
| Role | Name | Phone | Email
| Contact person (controller) | Jonas Aamodt Riise, Head of Compliance | +47 922 18 406 | jonas.riise@lumopay.no
| Data Protection Officer | Priya Natarajan | +47 958 77 012 | priya.natarajan@lumopay.no
| Processor contact | {processor} | {phone} | {email}
"""


def mail(markup: str, quoted: str = "") -> tuple[str, str]:
    """Lumo's mail client sends text and HTML alternatives; a quoted mail comes last."""
    full = markup + "\n\n" + SIGNATURE_MARKUP + "\n\n" + quoted
    return plain(full), to_html(full)


def dpia(
    title: str,
    version: str,
    overview: str,
    description: str,
    necessity: str,
    risks: str,
    signoff: str,
) -> str:
    return f"""
# DPIA: {title}

Lumo Pay AS · {version} · Owner: Compliance · Classification: Confidential

# 1. Overview

{overview}

# 2. What we're doing

{description}

# 3. Why it's needed and proportionate

{necessity}

# 4. Risks & mitigations

{risks}

# 5. Sign-off

{signoff}
"""


REGISTER_HEADER = [
    "#",
    "Risk to customers",
    "Likelihood",
    "Impact",
    "Mitigations in place",
    "Mitigations planned",
    "Residual",
    "Rejected options (why)",
]


# --- F-o1: open-banking affordability scoring ---------------------------------------------------

OB_TABLE = contact_table(
    "Rasmus Holm, Openlink Nordic ApS", "+45 71 99 40 12", "rasmus.holm@openlink.dk"
)

OB_DPIA_PARTS = {
    "overview": "Applicants for Lumo instalment credit above NOK 5,000 will be asked to share 12 months of bank transactions. We categorise the transactions and compute an affordability score that decides the application automatically. Residual risk stays high because the transactions reveal much more than income and spending, including special categories.",
    "description": """
About 60,000 applicants a year. With the applicant's consent, account information is retrieved through PSD2 access, and the categorisation engine of Openlink Nordic ApS (our processor, hosted in Denmark) sorts each transaction into one of 48 categories, such as salary, rent, groceries, gambling, debt collection and payday loans. Lumo's scoring model turns the categories into an affordability score, and the application is approved or declined automatically.

Raw transactions are deleted after 30 days. Categories and the score are kept with the credit agreement for five years (documentation of the creditworthiness assessment). Counterparties in the transactions (landlords, other persons who pay or are paid) are third parties whose data we also receive. Only the credit risk team (six people) can see category details. Lumo Pay AS is controller.
""",
    "necessity": """
We must assess creditworthiness before granting credit under the Financial Contracts Act, and self-declared income has proved unreliable (12 % of 2025 applicants overstated income by more than 20 %). Payslip upload was considered but is slow, easy to forge and says nothing about expenses.

We filter out categories that would reveal special categories of data before scoring (pharmacies, clinics, religious communities, trade unions, political parties). Sharing transactions is voluntary per application: applicants may instead apply for up to NOK 5,000 without it. Applicants get an explanation of the main reasons for a decline, can ask for a manual review by a credit officer, and can see which categories were used in the app.
""",
    "risks": "See the attached risk register (9 risks). Highest residual: inference of health or religion from transactions that escape the filter, and systematic declines of applicants with irregular income (gig workers, students).",
}

OB_REGISTER = [
    REGISTER_HEADER,
    [
        "1",
        "Special categories inferred from transactions that escape the filter",
        "Medium",
        "High",
        "Category filter, merchant code list reviewed quarterly",
        "Monitoring of unknown merchants",
        "High",
        "Dropping all merchant names – makes scoring impossible",
    ],
    [
        "2",
        "Irregular-income applicants systematically declined",
        "High",
        "Medium",
        "Manual review on request",
        "Fairness testing per income type",
        "High",
        "",
    ],
    [
        "3",
        "Third parties' data (counterparties) processed",
        "High",
        "Low",
        "Counterparty names not stored after categorisation",
        "",
        "Low",
        "",
    ],
    [
        "4",
        "Applicant feels forced to consent",
        "Medium",
        "Medium",
        "Alternative product up to NOK 5,000",
        "",
        "Medium",
        "Making sharing mandatory for all – rejected",
    ],
    [
        "5",
        "Breach of transaction data",
        "Low",
        "High",
        "Encryption, 30-day deletion, access logging",
        "Pen test Q1 2027",
        "Medium",
        "",
    ],
    [
        "6",
        "Model errors give wrong decisions",
        "Medium",
        "Medium",
        "Model validation, human review on request",
        "",
        "Medium",
        "",
    ],
    [
        "7",
        "Function creep (marketing)",
        "Low",
        "Medium",
        "Purpose limitation in policy and processor agreement",
        "",
        "Low",
        "",
    ],
    [
        "8",
        "Lack of transparency about automated decision",
        "Medium",
        "Medium",
        "Explanation screen, main reasons in decline letter",
        "",
        "Low",
        "",
    ],
    [
        "9",
        "Processor uses data for own models",
        "Low",
        "Medium",
        "Prohibited in DPA, audit right",
        "",
        "Low",
        "",
    ],
]


def b011() -> tuple[EmailMessage, Label]:
    doc = dpia(
        "Open-banking affordability scoring",
        "v1.0 · 12 November 2026",
        OB_DPIA_PARTS["overview"],
        OB_DPIA_PARTS["description"],
        OB_DPIA_PARTS["necessity"],
        OB_DPIA_PARTS["risks"],
        "DPO opinion: 9 November 2026 (prior consultation recommended). Board review: 18 November 2026 – see minutes.",
    )
    text, html = mail(f"""
Dear Datatilsynet,

Lumo Pay AS requests prior consultation under Article 36 GDPR for affordability scoring based on open-banking transaction data. The DPIA and the risk register are attached.

{OB_TABLE}

The DPIA was on the agenda at the board meeting on 18 November. The minutes are with our board secretary, Nora, for signing, and I will forward them to you as soon as I have them.

Best regards,
""")
    msg = message(
        "B011",
        FROM,
        "Prior consultation request – open-banking affordability scoring",
        when(11, 23, 15, 20),
        text,
        html,
        attachments=[
            ("Lumo_DPIA_open_banking_scoring_v1.0.pdf", to_pdf(doc)),
            ("Risk_register_open_banking.xlsx", to_xlsx({"Register": OB_REGISTER})),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "html_alternative",
            "html_contact_table",
            "dpia_report_pdf",
            "risk_register_xlsx",
            "part5_everyday_promise",
            "part5_minutes_pending",
        ),
        "none",
        True,
        "used",
        "board met 18 Nov but no decision is stated; «the minutes are with our board secretary»",
        missing=(5,),
    )


def b051() -> tuple[EmailMessage, Label]:
    doc = dpia(
        "Open-banking affordability scoring",
        "v1.0 · 12 November 2026",
        OB_DPIA_PARTS["overview"],
        OB_DPIA_PARTS["description"],
        OB_DPIA_PARTS["necessity"],
        OB_DPIA_PARTS["risks"],
        "DPO opinion: 9 November 2026 (prior consultation recommended). Board review: 18 November 2026 – approved, see extract of minutes.",
    )
    minutes = """
# Extract from the minutes of the meeting of the Board of Directors of Lumo Pay AS

Held on 18 November 2026 at 14:00 at the company's offices, Dronning Eufemias gate 16, Oslo.

Present: Camilla Westby (Chair), Thomas Lie, Anne-Grethe Moen, Sebastian Krog, Kaja Ulvestad. Also present: CEO Henrik Bråthen, Head of Compliance Jonas Aamodt Riise (item 5), DPO Priya Natarajan (item 5), board secretary Nora Fjeld.

# Item 5 – DPIA: open-banking affordability scoring

The Head of Compliance presented the DPIA (v1.0), the risk register and the main findings. The DPO presented her opinion recommending prior consultation. The Board was informed of the results of the customer panel (October 2026) and the comments from Finance Norway's consumer forum.

The Board discussed in particular the risk of inferring special categories and of declining applicants with irregular income.

Resolution: The Board approves the DPIA and instructs the administration to request prior consultation with Datatilsynet before launch. Fairness testing per income type shall be reported to the Board each quarter.

Signed electronically: Camilla Westby (Chair), Nora Fjeld (Secretary), 3 December 2026
"""
    text, html = mail(f"""
Dear Datatilsynet,

Further to my e-mail of 23 November: the board minutes are now signed. To keep everything in one place I am sending the complete request again – DPIA v1.0 (unchanged apart from the sign-off line), the risk register, and the signed extract of the minutes of 18 November.

{OB_TABLE}

Best regards,
""")
    msg = message(
        "B051",
        FROM,
        "RE: Prior consultation request – open-banking affordability scoring",
        when(12, 10, 10, 4),
        text,
        html,
        attachments=[
            ("Lumo_DPIA_open_banking_scoring_v1.0.pdf", to_pdf(doc)),
            ("Risk_register_open_banking.xlsx", to_xlsx({"Register": OB_REGISTER})),
            ("Board_minutes_extract_2026-11-18.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "html_alternative",
            "html_contact_table",
            "dpia_report_pdf",
            "risk_register_xlsx",
            "part5_board_minutes_extract",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "resends B011 with the signed minutes extract; complete on its own",
    )


# --- F-o2: behavioural biometrics for fraud detection -------------------------------------------


def b031() -> tuple[EmailMessage, Label]:
    table = contact_table(
        "Tom Ellery, Keystroke Labs Ltd", "+44 161 850 4420", "tom.ellery@keystrokelabs.io"
    )
    doc = dpia(
        "Behavioural biometrics for account-takeover detection",
        "v2.0 · 30 October 2026",
        "We will add a behavioural biometrics SDK to the Lumo app to detect account takeover. The profile of how each user types, swipes and holds the phone is compared continuously with their own history. High residual risk: continuous monitoring of all users, and profiles that are hard to change if leaked.",
        """
The SDK from Keystroke Labs Ltd (processor, hosting in the EU) collects typing rhythm, swipe speed and pressure, and the angle at which the phone is held during each app session, for all 210,000 active users. It builds a profile per user and returns a risk score per session. When the score is high, the user must confirm with BankID, and payments above NOK 2,000 are held for review by the fraud team (eight people).

Raw signals are kept for 30 days, the profile for as long as the account exists plus 90 days. No content of what is typed is collected, only timing. Lumo Pay AS is controller.
""",
        """
Account takeover and social-engineering fraud cost our customers and us NOK 14 million in 2025, and we must apply strong customer authentication and transaction monitoring. Device fingerprinting is already in place and is easily bypassed by remote-access fraud, where the fraudster uses the victim's own phone. BankID at every login was tested and caused 30 % more abandoned sessions.

The profile is used only to check that the user is the same person as before, never to identify anyone or for marketing. Users are informed in the onboarding flow and in the privacy notice, and may object: they then confirm every login and every payment with BankID instead. Users can ask for access to their risk scores through customer service.
""",
        "The full assessment is in the attached risk register (7 risks with likelihood, impact, mitigations in place and planned, and mitigations not adopted). Residual risk is high for continuous monitoring of all users and medium for false positives blocking payments.",
        "Approved by the Board of Directors on 4 November 2026 – see extract of minutes.",
    )
    register = [
        REGISTER_HEADER,
        [
            "1",
            "Continuous monitoring of all users' behaviour",
            "High",
            "Medium",
            "Only timing/motion, no content; purpose limited to fraud",
            "Annual review of necessity",
            "High",
            "Monitoring only at payment – misses takeover at login",
        ],
        [
            "2",
            "False positives block payments for users with tremor, disability or new phone",
            "Medium",
            "Medium",
            "BankID fallback, fraud team review within 2 hours",
            "Accessibility testing with user panel",
            "Medium",
            "",
        ],
        [
            "3",
            "Profiles leaked and reused",
            "Low",
            "High",
            "Encrypted, pseudonymous IDs, EU hosting",
            "",
            "Medium",
            "",
        ],
        [
            "4",
            "Users unaware of profiling",
            "Medium",
            "Medium",
            "Onboarding notice, in-app settings page",
            "",
            "Low",
            "",
        ],
        [
            "5",
            "Processor reuses profiles across its customers",
            "Low",
            "High",
            "Prohibited in DPA, audit",
            "",
            "Low",
            "Consortium fraud network – rejected",
        ],
        [
            "6",
            "Profile used for other purposes (credit, marketing)",
            "Low",
            "Medium",
            "Technical separation, policy",
            "",
            "Low",
            "",
        ],
        ["7", "Excessive retention", "Low", "Low", "30 days / account + 90 days", "", "Low", ""],
    ]
    minutes = """
# Extract from minutes – Board of Directors, Lumo Pay AS, 4 November 2026

Item 3: DPIA – behavioural biometrics. The Head of Compliance presented the DPIA v2.0, the risk register and the findings, including the results of the accessibility test with eight users with motor impairments. The DPO's recommendation to request prior consultation was noted.

Resolution: The Board approves the DPIA and the residual risk as described, and instructs the administration to request prior consultation with Datatilsynet.

Certified correct: Nora Fjeld, board secretary, 5 November 2026
"""
    text, html = mail(f"""
Dear Sir or Madam,

Please find attached Lumo Pay's request for prior consultation on behavioural biometrics for account-takeover detection: DPIA v2.0, the risk register, and the extract of the board minutes of 4 November.

Contact details:

{table}

Best regards,
""")
    msg = message(
        "B031",
        FROM,
        "Request for prior consultation – behavioural biometrics (Lumo Pay)",
        when(11, 9, 11, 45),
        text,
        html,
        attachments=[
            ("Lumo_DPIA_behavioural_biometrics_v2.0.pdf", to_pdf(doc)),
            ("Risk_register_behavioural_biometrics.xlsx", to_xlsx({"Register": register})),
            ("Board_minutes_extract_2026-11-04.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "html_alternative",
            "html_contact_table",
            "dpia_report_pdf",
            "risk_register_xlsx",
            "part5_board_minutes_extract",
        ),
        "none",
        True,
        "used",
        "complete; risks assessed in the Excel register the DPIA points to",
    )


# --- F-e1: video selfie onboarding -----------------------------------------------------------------

VS_TABLE = contact_table("Hannah Cole, Veriface Ltd", "+44 20 7946 0321", "hannah.cole@veriface.io")

VS_DESCRIPTION = """
New customers verify their identity in the app by reading the chip of their passport or national ID card with NFC and recording a short video selfie. Veriface Ltd (processor, UK, adequacy decision) checks that the person is live (not a photo or deepfake) and compares the face with the chip photo. The result (match, no match, manual review) comes back to Lumo within seconds. About 80,000 onboardings a year; the same check is used again when a login looks suspicious.

Face templates are deleted by Veriface after 30 days. The selfie video, the chip photo and the result are kept by Lumo for five years after the customer relationship ends, as documentation under the Anti-Money Laundering Act. The onboarding team (12 people) handles manual reviews. Lumo Pay AS is controller.
"""

VS_NECESSITY = """
We must verify customers' identity under the Anti-Money Laundering Act. BankID is offered first, but 22 % of applicants (mainly foreign nationals without BankID) cannot use it. Manual video calls were our previous method and were costly and slow, with long queues. Verification by post was rejected as it is slow and forgery is common.

The selfie check is used only for identity verification and suspicious logins, not for marketing or any other profiling. Applicants are told before they start what is recorded and why, can choose a manual video call instead, and can ask for a manual review if the automatic check fails. Customers can request a copy of their onboarding data.
"""

VS_RISKS = """
| Risk | Likelihood | Impact | Mitigation | Residual
| Higher rejection rates for some ethnic groups | Medium | High | Vendor demographic test results, monthly monitoring of rejection rates, manual review | Medium
| Biometric templates leaked | Low | Very high | 30-day deletion, encryption, vendor certification | Medium
| Deepfake passes check, identity theft | Low | High | Liveness detection, NFC chip check | Low
| Long retention of videos (5 years) | High | Medium | Access restricted to AML team, encrypted archive | Medium
| Applicants feel they must accept biometrics | Medium | Medium | Manual video call as alternative | Low

Option we looked at and did not take: on-device matching without sending the selfie to the vendor – not available for the NFC flow until 2027.
"""


def b012() -> tuple[EmailMessage, Label]:
    doc = dpia(
        "Video selfie identity verification",
        "v1.1 · 25 November 2026",
        "Identity verification with NFC and video selfie for new customers. High residual risk due to biometric processing and demographic bias.",
        VS_DESCRIPTION,
        VS_NECESSITY,
        VS_RISKS,
        "To be approved by the Board – see board paper for the meeting on 10 December 2026.",
    )
    paper = """
# Board of Directors – 10 December 2026

## Item 6: DPIA – video selfie identity verification (for decision)

Prepared by: Jonas Aamodt Riise, Head of Compliance. Date: 1 December 2026.

Summary: Compliance has carried out a DPIA for the new onboarding flow with video selfie and face matching. The DPIA concludes that residual risk remains high for demographic bias and for the retention of videos under AML rules. The DPO recommends prior consultation.

Stakeholders consulted: customer panel (November 2026), onboarding team, vendor.

Proposed resolution: The Board approves the DPIA and instructs the administration to request prior consultation with Datatilsynet.
"""
    text, html = mail(f"""
Dear Datatilsynet,

Lumo Pay AS requests prior consultation for identity verification with video selfie and face matching. Attached are the DPIA (v1.1) and the board paper for the approval.

{VS_TABLE}

Best regards,
""")
    msg = message(
        "B012",
        FROM,
        "Prior consultation – video selfie identity verification",
        when(12, 3, 9, 58),
        text,
        html,
        attachments=[
            ("Lumo_DPIA_video_selfie_v1.1.pdf", to_pdf(doc)),
            ("Board_pack_2026-12-10_item6.pdf", to_pdf(paper)),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "html_alternative",
            "html_contact_table",
            "dpia_report_pdf",
            "risk_words_scale",
            "part5_board_paper_not_minutes",
            "part5_future_dated_meeting",
        ),
        "none",
        True,
        "used",
        "the «approval» attached is a board paper proposing a resolution for 10 Dec, after the mail (3 Dec)",
        missing=(5,),
    )


def b052() -> tuple[EmailMessage, Label]:
    doc = dpia(
        "Video selfie identity verification",
        "v1.1 · 25 November 2026",
        "Identity verification with NFC and video selfie for new customers. High residual risk due to biometric processing and demographic bias.",
        VS_DESCRIPTION,
        VS_NECESSITY,
        VS_RISKS,
        "Approved by the Board on 10 December 2026 (item 6) – see extract of minutes.",
    )
    minutes = """
# Extract from the minutes – Board of Directors of Lumo Pay AS, 10 December 2026

Item 6: DPIA – video selfie identity verification. The Head of Compliance presented the DPIA v1.1 and the board paper of 1 December, including the customer panel's feedback and the vendor's demographic test results. The DPO's opinion was presented.

Resolution: The Board approves the DPIA and instructs the administration to request prior consultation with Datatilsynet. Rejection rates by nationality shall be reported to the Board every six months.

Signed: Camilla Westby, Chair · Nora Fjeld, Secretary · 11 December 2026
"""
    text, html = mail(f"""
Dear Datatilsynet,

The board approved the DPIA for video selfie identity verification on 10 December. I am resending the full request so that you have it in one message: DPIA v1.1 and the signed extract of the minutes, which replaces the board paper I sent on 3 December.

{VS_TABLE}

Best regards,
""")
    msg = message(
        "B052",
        FROM,
        "RE: Prior consultation – video selfie identity verification",
        when(12, 14, 13, 12),
        text,
        html,
        attachments=[
            ("Lumo_DPIA_video_selfie_v1.1.pdf", to_pdf(doc)),
            ("Board_minutes_extract_2026-12-10.pdf", to_pdf(minutes)),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "html_alternative",
            "html_contact_table",
            "dpia_report_pdf",
            "risk_words_scale",
            "part5_board_minutes_extract",
            "part5_meeting_already_held",
            "resubmission_complete",
        ),
        "none",
        True,
        "used",
        "resends B012 after the board meeting with the signed minutes; complete",
    )


# --- F-e2: collections prioritisation model ----------------------------------------------------


def b032() -> tuple[EmailMessage, Label]:
    table = contact_table(
        "Lena Brandt, Scoreline GmbH", "+49 30 2089 6612", "l.brandt@scoreline.de"
    )
    doc = dpia(
        "Collections prioritisation («propensity to pay»)",
        "v1.0 · 10 November 2026",
        "A model from Scoreline GmbH will predict how likely customers in arrears are to pay, and decide which contact strategy they get. Residual risk high: customers in financial difficulty are vulnerable, and the model steers who is passed to a debt collection agency.",
        """
About 25,000 customers a year fall more than 14 days behind. Each night, Scoreline GmbH (processor, Berlin) scores them using payment history with Lumo, app usage (logins, viewed invoices), whether they answered earlier reminders and the amount owed. The score sets the strategy: a friendly SMS, a call from our collections team, a payment plan offer, or transfer to a debt collection agency after 60 days. The collections team reviews every transfer before it is made.

Scores are kept for 24 months. Data are not shared with the debt collection agency beyond what the law requires for the claim. Lumo Pay AS is controller.
""",
        """
Today all customers get the same reminders and are transferred to collection after 45 days, which is costly for customers who would have paid with a little help. The model lets us offer payment plans earlier to those who need them and move the transfer to 60 days. We considered a simple rule based on amount and days overdue; it performed clearly worse at finding customers who would accept a plan.

The model does not use data about health, family or location, and customers are told in the reminder letters that we prioritise contact based on their payment history. No customer is transferred to collection without a human review, and customers can object to the profiling and then follow the standard reminder route.
""",
        "See risk register (Excel).",
        "Approved by CEO Henrik Bråthen on 17 November 2026 after review in the executive team – his e-mail is quoted in our request.",
    )
    register = [
        REGISTER_HEADER,
        [
            "1",
            "Vulnerable customers get harsher treatment (earlier collection)",
            "Medium",
            "High",
            "Human review before transfer, vulnerability flag from customer service",
            "Training of collectors",
            "Medium",
            "Excluding all vulnerable customers – no reliable flag exists",
        ],
        [
            "2",
            "App usage interpreted as ability to pay",
            "Medium",
            "Medium",
            "App usage only as weak feature; monitored",
            "",
            "Medium",
            "",
        ],
        [
            "3",
            "Lack of transparency",
            "Medium",
            "Medium",
            "Text in reminder letters, explanation on request",
            "",
            "Low",
            "",
        ],
        [
            "4",
            "Processor breach",
            "Low",
            "High",
            "Encryption, pseudonymous IDs, DPA",
            "",
            "Low",
            "",
        ],
        ["5", "Model drift over time", "Medium", "Medium", "Quarterly validation", "", "Low", ""],
    ]
    text, html = mail(
        f"""
Dear Datatilsynet,

Lumo Pay AS asks for prior consultation on a collections prioritisation model. The DPIA and the risk register are attached, and our CEO's approval is quoted below.

{table}

Best regards,
""",
        """
~ -----Original Message-----
From: Henrik Bråthen <henrik.brathen@lumopay.no>
Sent: Tuesday, 17 November 2026 18:31
To: Jonas Aamodt Riise; Priya Natarajan
Subject: RE: DPIA collections model – for approval

Jonas, Priya – thanks. We went through the DPIA and the register in the exec meeting today together with the feedback from customer service and the debt advice service at NAV. I accept the residual risk as described and approve the DPIA. Please go ahead with the prior consultation before we switch the model on.

Henrik
""",
    )
    msg = message(
        "B032",
        FROM,
        "Prior consultation – collections prioritisation model",
        when(11, 19, 16, 2),
        text,
        html,
        attachments=[
            ("Lumo_DPIA_collections_model_v1.0.pdf", to_pdf(doc)),
            ("Risk_register_collections.xlsx", to_xlsx({"Register": register})),
        ],
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "html_alternative",
            "html_contact_table",
            "dpia_report_pdf",
            "risk_register_xlsx",
            "part5_ceo_email_quoted",
        ),
        "none",
        True,
        "used",
        "complete; DPIA's risk chapter is «See risk register», the register is attached; CEO's approval quoted",
    )
