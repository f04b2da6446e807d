# ruff: noqa: E501
"""Sender I: Hirevane AS (HR-tech start-up, English).

Habits: the Head of Legal & Privacy writes informal English; DPIAs exported from Notion as PDF or
written in Word; an external one-person DPO; the board decides by written resolution; hosting at a
Norwegian cloud provider as processor.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, html_from_text, message, to_docx, to_pdf, to_xlsx, txt, when

FROM = "Maya Olsen <maya@hirevane.io>"
SIG = txt(
    """
    Best,
    Maya Olsen
    Head of Legal & Privacy | Hirevane AS
    +47 944 18 260 | maya@hirevane.io
    Hirevane AS, Akersgata 44, 0180 Oslo
    """
)
DPO = "| DPO (external) | Jonas Berg, Berg Privacy Consulting | +47 482 33 907 | jonas@bergprivacy.no |"
ME = "| Controller contact | Maya Olsen, Head of Legal & Privacy | +47 944 18 260 | maya@hirevane.io |"
HOST = "| Processor (hosting): Fjordhost AS | Kristian Moen, Customer Success | +47 23 96 50 40 | kristian.moen@fjordhost.no |"

TOPICS = {
    "c017": "talent_pool_matching",
    "c037": "public_profile_skills_inference",
    "c057": "pulse_survey_info_only",
    "c018": "video_interview_scoring",
    "c038": "voicebot_reference_checks",
    "c058": "candidate_id_verification",
}


def _contacts(extra: str = "") -> str:
    return f"""
## Contacts

| Role | Name | Phone | E-mail |
{ME}
{DPO}
{HOST}
{extra}
"""


C017_DPIA = (
    """
# DPIA: Hirevane Talent Pool (cross-employer matching)

Hirevane AS · v1.0 · 27 Oct 2026 · exported from Notion
"""
    + _contacts()
    + """
## What we do

Candidates who apply for a job through Hirevane at any of our 140 customer employers can opt in to the Hirevane Talent Pool. Hirevane (as controller for the pool) keeps their CV, skills, preferences and assessment results and uses a matching model to suggest them for other open roles at other customers. Customers see a pseudonymous profile first and the full profile only when the candidate accepts contact. About 60 000 candidates expected in year one. Data from the original application (interview notes, test scores) are included only if the candidate ticks a separate box. Profiles are deleted after 12 months of inactivity. Hosting at Fjordhost AS in Norway. Legal basis: consent (Art. 6(1)(a)); no special categories are asked for, and free-text CV fields are screened for health and union data.

## Necessity & proportionality

Candidates who narrowly miss a job today disappear; many ask us to be "kept in mind". Alternatives we looked at: each employer keeps its own pool (already possible, but small pools help few candidates), a public job board only (candidates must search themselves). Cross-employer matching is the product's purpose and only works with consent. Safeguards: opt-in separate from the application; candidates see every match and who viewed their profile; one-click withdrawal and deletion; candidates can edit or hide any field; employers never see that a candidate was rejected elsewhere; no automated rejection – matches are suggestions to the candidate and the recruiter.

## Risks to candidates

| # | Risk | Likelihood | Severity | Inherent | Controls in place | Residual |
| 1 | Model reproduces bias from past hiring (gender, age, foreign education) and some candidates are never suggested | Likely | Significant | High | Bias audit per quarter; protected attributes not used; education-country feature removed | Medium |
| 2 | Current employer discovers candidate is job-seeking | Possible | Significant | Medium | Candidate can block named employers; pseudonymous profile first | Low |
| 3 | Old assessment results follow the candidate and prejudice new employers | Possible | Significant | Medium | Separate opt-in; results older than 12 months hidden | Low |
| 4 | Candidates don't understand what the pool is and feel tracked | Possible | Limited | Low | Plain-language explainer and match log | Low |
| 5 | Breach at hosting provider | Unlikely | Maximum | Medium | Encryption, MFA, logging, pen test | Low |

Considered but not done: letting candidates see their ranking score (could be gamed and is hard to explain; we show the matched skills instead); removing all education data (education is a legitimate requirement for many roles).

Risk 1 stays medium after controls and affects a large group; we are asking Datatilsynet for prior consultation.

## Sign-off

Approved by the board of Hirevane AS on 30 Oct 2026 – see the board resolution.
"""
)

C017_BOARD = """
# Hirevane AS – Board resolution (extract)

Board meeting 30 October 2026 (video). Present: Chair Siri Aune, Anders Tveit (CEO), Ola Bakken, Nina Kaur. Also present: Maya Olsen, Jonas Berg (DPO) for item 2.

## Item 2 – Talent Pool DPIA

Maya Olsen presented the DPIA and its findings. Input from our candidate panel (15 job seekers), three customer HR leads and the DPO's written advice was considered; the panel's request to block named employers has been implemented.

Resolution: The board approves the Talent Pool DPIA v1.0. The board does not accept launching with residual risk 1 without external view and instructs management to request prior consultation with Datatilsynet.

Signed: Siri Aune (Chair), Anders Tveit (CEO)
"""


def c017() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hi,

        Hirevane AS would like to request prior consultation under Art. 36 GDPR for our Talent Pool feature. Attached: the DPIA (PDF export) and the board resolution approving it.

        Happy to walk you through it anytime.

        """
    )
    msg = message(
        "c017",
        FROM,
        "Prior consultation request – Hirevane Talent Pool",
        when(11, 5, 16, 48),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_Talent_Pool_v1.0.pdf", to_pdf(C017_DPIA)),
            ("Board_resolution_2026-10-30.pdf", to_pdf(C017_BOARD)),
        ],
    )
    return msg, Label(
        "en",
        (
            "hr_tech",
            "profiling",
            "automated_scoring",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
            "english_headings",
        ),
        "none",
        True,
        "used",
        "complete, English start-up style: contacts incl. DPO and hosting processor; alternatives and candidate safeguards; risk table with residual and measures not taken; board resolution with stakeholders",
    )


C037_DPIA = (
    """
# DPIA – SkillGraph: skills inference from public profiles

Hirevane AS · v0.3 → v1.0 · 11 Nov 2026
"""
    + _contacts(
        "| Sub-processor (model API): Inferent GmbH, Munich | Leonie Hartmann | +49 89 2488 3160 | leonie.hartmann@inferent.de |"
    )
    + """
## Description

SkillGraph lets a candidate connect public GitHub and LinkedIn profiles when applying. A language model (Inferent GmbH, EU hosting) reads repositories, commit history, public posts and endorsements and infers a list of skills with confidence levels. The skills are added to the candidate's Hirevane profile and shown to the recruiter. Raw data are not stored; only inferred skills and links. Expected 25 000 candidates a year. Legal basis: consent (Art. 6(1)(a)); candidates choose which profiles to connect.

## Necessity & proportionality

CVs under-report skills, especially for self-taught developers. Alternatives: self-declared skills only (already offered), technical tests (time-consuming; still offered). SkillGraph is optional; candidates see and can delete every inferred skill before the recruiter sees it; political or religious content in posts is filtered out before inference; no inference of personality.

## Risks

| Risk | L | S | Controls | Residual |
| Inference picks up sensitive info from posts (politics, religion, health) | Possible | Significant | Content filter before inference; candidate review | Low |
| Wrong skills inferred, candidate judged unfairly | Likely | Limited | Candidate review and edit before sharing | Low |
| Candidates feel they must connect profiles to be competitive | Possible | Significant | Recruiters can't see whether SkillGraph was used | Medium |
| Third parties in repositories (co-authors) processed | Likely | Limited | Only candidate's own commits analysed | Low |

Considered, not done: running the model in-house (not feasible for us); excluding LinkedIn posts entirely (candidates asked for it to be included).

## Approval

Approved by: Sindre Holm, Project Lead SkillGraph – 30 Oct 2026
"""
)


def c037() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hi,

        We'd like prior consultation for SkillGraph (skills inference from public profiles). The DPIA is attached and has been approved, see the last section. Contacts for me, our DPO and processors are in the table at the top.

        """
    )
    msg = message(
        "c037",
        FROM,
        "Prior consultation – SkillGraph",
        when(11, 17, 11, 26),
        body + "\n" + SIG,
        attachments=[("DPIA_SkillGraph_v1.0.docx", to_docx(C037_DPIA))],
    )
    return msg, Label(
        "en",
        (
            "hr_tech",
            "profiling",
            "new_technology_ai",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "phone_foreign",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_project_lead_only",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished («has been approved»), but the approval is only «Approved by: Sindre Holm, Project Lead» – not management, no review or decision → only part 5 missing",
        (5,),
    )


C057_DPIA = (
    """
# DPIA – Hirevane Pulse (weekly employee pulse surveys for customers)

Hirevane AS · v1.1 · 10 Nov 2026
"""
    + _contacts()
    + """
## Description

Hirevane Pulse sends employees of customer companies a weekly 5-question survey on workload and wellbeing. Hirevane is processor for the customers' survey results, but controller for the benchmark dataset built from aggregated results across customers. This DPIA covers the benchmark. Results are aggregated to groups of at least 10 before they enter the benchmark; no free text is included. Legal basis: Art. 6(1)(f). About 30 000 employees.

## Necessity & proportionality

Customers want to compare with their industry. Alternatives: buying external benchmarks (not comparable), no benchmark. Only aggregated scores (min. 10 respondents) are used; employees are informed in the survey; objection honoured by excluding the respondent's answers.

## Risks

| Risk | Likelihood | Severity | Controls | Residual |
| Re-identification in small teams | Unlikely | Significant | Minimum group size 10; noise added | Low |
| Employer pressure to answer | Possible | Limited | Anonymous answering; response rates shown only above 10 | Low |

Considered, not done: differential privacy at the individual level (overkill for aggregated data).

## Sign-off

Board of Hirevane AS, 12 Nov 2026: "The board approves the Pulse benchmark DPIA. Residual risks are low; no prior consultation is needed." Siri Aune, Chair.
"""
)


def c057() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hi,

        Just for your information: attached is our DPIA for the Pulse benchmark. We've concluded that residual risk is low and that prior consultation is not required, so we are not asking for one – but since we have two other matters with you, we thought it useful to share it. No action needed on your side.

        """
    )
    msg = message(
        "c057",
        FROM,
        "FYI – DPIA for Hirevane Pulse benchmark (no consultation requested)",
        when(11, 27, 14, 12),
        body + "\n" + SIG,
        attachments=[("DPIA_Pulse_benchmark_v1.1.pdf", to_pdf(C057_DPIA))],
    )
    return msg, Label(
        "en",
        (
            "hr_tech",
            "employees",
            "nonrequest_dpia_for_information",
            "prior_consultation_declined",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        False,
        "used",
        "not a request: a DPIA sent «for your information», explicitly no consultation asked; as documents go, all five parts are present (contacts incl. hosting processor, description, necessity with safeguards, short risk table with measures not taken, board sign-off)",
    )


C018_DPIA = (
    """
# DPIA – Structured video interviews with automatic transcription and scoring support

Hirevane AS · v2.0 · 4 Nov 2026
"""
    + _contacts(
        "| Sub-processor (speech-to-text): Talevakt AS | Marianne Ødegård | +47 23 89 45 10 | marianne.odegard@talevakt.no |"
    )
    + """
## Description

Candidates record answers to 5–8 structured interview questions on video (one-way interview). For our own hiring and for the «Hirevane Hiring» service where Hirevane acts as recruitment agency (controller), speech is transcribed and a model highlights which competencies each answer addresses, with evidence quotes. Recruiters score each answer on a rubric; the model's highlights are shown next to the transcript. There is no facial or emotion analysis; video is for the recruiter only. Videos are deleted 6 months after the process; transcripts and scores 12 months. ~9 000 candidates/year. Legal basis: Art. 6(1)(b) and (f).

## Necessity & proportionality

One-way video lets candidates answer at any time and reduces interviewer bias through identical questions. Alternatives: live interviews only (offered on request), written answers (disadvantage dyslexic candidates). Transcription helps recruiters with hearing impairment and speeds review. Safeguards: candidates may choose live interview instead; can re-record each answer once; transcript shown to the candidate on request; explanation of how scoring works; human scoring only – no automated decision (Art. 22); accessibility adjustments on request.

## Risks

See risk annex (Excel) for the full register with likelihood, severity, residual risk and measures not taken.

## Sign-off

Board resolution 6 Nov 2026 – see attached minutes.
"""
)

C018_RISK = {
    "Risk register": [
        [
            "#",
            "Risk to candidates",
            "Likelihood",
            "Severity",
            "Inherent",
            "Controls",
            "Residual",
            "Considered not done",
            "Why not",
        ],
        [
            "1",
            "Highlights influence recruiters (automation bias); candidates with accents transcribed worse and appear weaker",
            "Likely",
            "Significant",
            "High",
            "Word-error-rate tests per accent group; recruiters score before seeing highlights",
            "Medium",
            "Remove highlights entirely",
            "Recruiters reported highlights reduce random scoring",
        ],
        [
            "2",
            "Video reveals ethnicity, religion, disability",
            "Likely",
            "Significant",
            "High",
            "Rubric scoring; training; video optional for later rounds",
            "Medium",
            "Audio-only interviews",
            "Candidates preferred video in pilot; audio-only offered on request",
        ],
        [
            "3",
            "Candidate feels uncomfortable talking to a camera",
            "Possible",
            "Limited",
            "Medium",
            "Practice question; live option",
            "Low",
            "",
            "",
        ],
        [
            "4",
            "Videos leak",
            "Unlikely",
            "Significant",
            "Medium",
            "Encryption, short retention",
            "Low",
            "",
            "",
        ],
    ],
}

C018_BOARD = """
# Hirevane AS – Minutes of board meeting 6 November 2026 (extract)

Present: Siri Aune (Chair), Anders Tveit (CEO), Ola Bakken, Nina Kaur. Maya Olsen and DPO Jonas Berg for item 3.

## Item 3 – Video interview DPIA v2.0

Maya Olsen presented the DPIA and the risk register. Input from the candidate panel, from Norges Blindeforbund on accessibility and from two customer HR leads was considered.

Resolution: The board approves the DPIA and decides that Hirevane shall request prior consultation with Datatilsynet because residual risks 1 and 2 remain medium for large numbers of candidates.
"""


def c018() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hi Datatilsynet,

        Hirevane AS requests prior consultation for structured video interviews with transcription and scoring support. Attached: DPIA v2.0, risk register and the board minutes extract.

        """
    )
    msg = message(
        "c018",
        FROM,
        "Request for prior consultation – video interviews",
        when(11, 11, 9, 20),
        body + "\n" + SIG,
        attachments=[
            ("DPIA_video_interviews_v2.0.docx", to_docx(C018_DPIA)),
            ("Risk_register_video_interviews.xlsx", to_xlsx(C018_RISK)),
            ("Board_minutes_2026-11-06_item3.pdf", to_pdf(C018_BOARD)),
        ],
    )
    return msg, Label(
        "en",
        (
            "hr_tech",
            "video_analytics",
            "audio_recording",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "risk_register_xlsx",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_minute_extract",
        ),
        "none",
        True,
        "used",
        "complete: DPIA with contacts (DPO, hosting processor, sub-processor), alternatives and safeguards, risk register in Excel with residual and measures not taken, board minutes with stakeholders and decision",
    )


C038_DPIA = (
    """
# DPIA – RefBot: automated reference checks by voice bot

Hirevane AS · v1.0 · 19 Nov 2026
"""
    + _contacts(
        "| Processor (telephony & voice): Samtalepartner AS | Vidar Lien | +47 22 60 18 40 | vidar.lien@samtalepartner.no |"
    )
    + """
## Description

At the final stage of a recruitment, candidates give two referees. RefBot calls the referees, asks 8 standard questions, records and transcribes the answers, and produces a summary for the recruiter. Referees are told at the start of the call that it is an automated call and that it is recorded; they can ask for a human instead. Recordings deleted after 30 days; summaries kept with the recruitment file for 12 months. ~4 000 candidates and ~8 000 referees per year. Hirevane acts as controller in its recruitment agency service. Legal basis: Art. 6(1)(f) (candidates consent to references being taken; referees' legitimate-interest balance documented).

## Necessity & proportionality

Manual reference calls are often skipped or done superficially, which hurts candidates with strong references. Alternatives: written reference forms (low response), manual calls (kept as option). Safeguards: candidate approves the referees and sees the questions; candidate can read the summary and comment before the recruiter decides; referee can decline or ask for a human; no sentiment analysis of voice; summary contains only answers to the questions.

## Risks

| Risk | Likelihood | Severity | Controls | Residual |
| Summary distorts what referee said; candidate loses job | Possible | Significant | Candidate and referee can read and correct summary | Medium |
| Referee shares sensitive info (health, sick leave) | Likely | Significant | Bot instructs not to share; sensitive-term filter removes it from summary | Medium |
| Referee doesn't realise it is a bot | Unlikely | Limited | Clear disclosure at start | Low |
| Voice recordings leak | Unlikely | Significant | Encryption, 30-day deletion | Low |

Considered, not done: no recording, only live transcription (then corrections can't be checked against the source); deletion of summary after decision (needed for complaints).

## Management approval

Management approval: 27.11.2026
"""
)


def c038() -> tuple[EmailMessage, Label]:
    body = txt(
        """
        Hi,

        Please find attached our DPIA for RefBot. Hirevane AS hereby requests prior consultation under Art. 36 – the residual risks around distorted summaries and sensitive information from referees are still medium. Management approval is recorded at the end of the document.

        """
    )
    msg = message(
        "c038",
        FROM,
        "Prior consultation – RefBot automated reference checks",
        when(12, 2, 10, 5),
        body + "\n" + SIG,
        attachments=[("DPIA_RefBot_v1.0.pdf", to_pdf(C038_DPIA))],
    )
    return msg, Label(
        "en",
        (
            "hr_tech",
            "audio_recording",
            "new_technology_ai",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_date_only",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "looks finished: the approval section is the line «Management approval: 27.11.2026» with no name, body, review or decision → only part 5 missing",
        (5,),
    )


def c058() -> tuple[EmailMessage, Label]:
    doc = (
        """
# DPIA – Candidate ID verification (passport chip + selfie)

Hirevane AS · v1.0 · 23 Nov 2026
"""
        + _contacts(
            "| Processor (ID verification): Veriqo AS | Hilde Solberg | +47 21 09 44 70 | hilde.solberg@veriqo.no |"
        )
        + """
## Description

Before a final interview in our recruitment agency service, candidates verify identity: they scan the passport chip (NFC) and take a selfie; Veriqo AS compares the selfie with the chip photo (biometric verification, Art. 9) and returns pass/fail. Purpose: stop interview fraud (stand-ins, fake identities), which rose sharply in remote tech hiring. ~6 000 candidates/year. Chip data (name, birth date, photo, document number) kept until the process ends plus 3 months; biometric template deleted immediately. Legal basis: Art. 6(1)(f); Art. 9(2)(a) explicit consent for the biometric comparison.

## Necessity & proportionality

In 2026 we found 41 cases of stand-in candidates. Alternatives: manual ID check over video (offered as equal alternative), in-person meeting (offered). Consent is freely given because candidates can choose either alternative with no effect on the process. Safeguards: information before start; withdrawal of consent at any time; no use of the photo for anything else; manual review of every fail.

## Risks

| Risk | Likelihood | Severity | Controls | Residual |
| False fails for certain skin tones or older passports → candidate wrongly suspected | Possible | Significant | Manual review of every fail; vendor bias tests reviewed | Low–medium |
| Candidates feel they must consent to stay in process | Possible | Significant | Equal alternatives; recruiter doesn't see which option was chosen | Low |
| Passport data leak (identity theft) | Unlikely | Maximum | Deletion after 3 months; encryption | Low |

Considered, not done: verification at application stage for everyone (disproportionate); keeping selfies to handle disputes (not needed).

## Sign-off

See board resolution in the covering e-mail.
"""
    )
    body = txt(
        """
        Hi,

        Hirevane AS requests prior consultation for candidate ID verification with passport chip and selfie (biometric verification). DPIA attached; contacts are in its first table.

        Board resolution by written procedure, 25 Nov 2026 (all four board members voted in favour):
        "Having reviewed the DPIA and the findings presented by the Head of Legal & Privacy, including the views of the candidate panel and the DPO, the board approves the DPIA for candidate ID verification. As the processing involves biometric data of job seekers, the board instructs management to request prior consultation with Datatilsynet before launch." – Siri Aune, Chair

        """
    )
    text = body + "\n" + SIG
    msg = message(
        "c058",
        FROM,
        "Prior consultation – candidate ID verification",
        when(12, 3, 13, 30),
        text,
        html_from_text(text),
        [("DPIA_candidate_ID_verification.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "en",
        (
            "hr_tech",
            "biometrics",
            "html_alternative",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_quoted",
        ),
        "none",
        True,
        "used",
        "complete: DPIA with contacts and a short risk table with residual and measures not taken; written board resolution quoted in the body",
    )
