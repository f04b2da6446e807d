"""Sender J: Moodwell AS (app start-up, mental health self-help app, 14 people), English; one case in Norwegian.

Moodwell writes its DPIAs in Notion (exported to PDF: headings and tables) or in a Google Sheet
(exported to Excel, a tab per section with an overview tab). The CTO likes inline PGP and then pastes
the whole DPIA as text tables into one plain-text mail. The DPO is an external DPO-as-a-service.
Approval: board minutes, or a board resolution quoted. The CEO writes in Norwegian once, with a question.
"""

# ruff: noqa: E501

from __future__ import annotations

from forms import doc, sheet, tbl
from kit import Label, message, to_pdf, to_xlsx, txt, when

TOPICS = {
    "c019": "AI coach chatbot in the self-help app",
    "c039": "employer wellbeing dashboard from employees' mood data",
    "c059": "voice-based mood screening (speech biomarkers)",
    "c020": "sharing pseudonymised app data with a university research group",
    "c040": "crisis detection with automatic alert to an emergency contact",
    "c060": "integrasjon med helseplattform og fastlege (spørsmål)",
}

CTO = "Jakob Bremer Haugen <jakob@moodwell.no>"
CEO = "Ingrid Solvang <ingrid@moodwell.no>"
CTO_SIGN = "\n" + txt(
    """
    Cheers,
    Jakob Bremer Haugen
    CTO & co-founder, Moodwell AS
    +47 455 09 218 | jakob@moodwell.no
    Moodwell AS, Torggata 5, 0181 Oslo (org. no. 927 554 180)
    """
)
DPO = ("Tobias Aurdal, PrivacyOps Nordic AS (external DPO)", "+47 400 12 884", "dpo@moodwell.no")
FJELLSKY = ("Eline Roa, Fjellsky AS (hosting, Oslo)", "+47 21 93 40 77", "eline.roa@fjellsky.no")
LINGUA = (
    "Felix Hartmann, Lingua Models GmbH (language model, Berlin)",
    "+49 30 5683 2210",
    "f.hartmann@linguamodels.de",
)


def contacts(first: tuple[str, str, str], processors: list[tuple[str, str, str]]) -> str:
    return tbl(
        ("Role", "Name", "Phone", "E-mail"),
        ("Contact person", *first),
        ("DPO", *DPO),
        *(("Processor", *p) for p in processors),
    )


# --- c019 / J019: AI coach, Notion export, complete --------------------------------------------


def c019() -> tuple:
    notion = doc(
        "# DPIA – AI coach («Wellbot») in the Moodwell app",
        "Notion export · Owner: Jakob Bremer Haugen · Last edited 28 Oct 2026 · Status: Approved by board",
        "# 1. Contacts",
        contacts(
            ("Jakob Bremer Haugen, CTO", "+47 455 09 218", "jakob@moodwell.no"), [FJELLSKY, LINGUA]
        ),
        "# 2. What we are building",
        tbl(
            ("Topic", "Answer"),
            (
                "Purpose",
                "Offer users a chat-based coach that suggests CBT-based exercises (breathing, thought records, behavioural activation) based on what the user writes and their mood log.",
            ),
            (
                "Who",
                "Adult users (18+) of the Moodwell app in Norway and Sweden, approx. 46 000 monthly active; many with mild to moderate anxiety or depression.",
            ),
            (
                "Data",
                "Chat messages (free text, often health, relationships, sexuality), mood log (1–10 daily), sleep hours if entered, exercise history, age band, language. Special category: health (Art. 9).",
            ),
            ("Sources", "The user."),
            (
                "Recipients",
                "No one outside Moodwell; Lingua Models processes prompts as processor; clinical lead reviews flagged conversations (see crisis routine).",
            ),
            (
                "How it works",
                "The app sends the last 10 messages plus mood summary to Lingua's model hosted in Frankfurt (EU). Prompts are not stored by Lingua (zero retention, contract). Chat history is stored encrypted in Fjellsky (Oslo) for 90 days unless the user pins it.",
            ),
            (
                "Legal basis",
                "Art. 6(1)(b) and Art. 9(2)(a) explicit consent, asked separately when the user first opens Wellbot.",
            ),
            (
                "Why high risk",
                "Health data at scale, vulnerable users, new technology (generative AI) that can give harmful advice.",
            ),
        ),
        "# 3. Is it necessary and proportionate?",
        tbl(
            ("Question", "Answer"),
            (
                "Necessity",
                "Our user research (n=1 200) shows that 70 % stop using static exercise libraries within two weeks; personalised suggestions doubled 30-day use in the beta. The coach is optional: the app works without it.",
            ),
            (
                "Alternatives",
                "Rule-based chatbot (tested 2025, users found it repetitive), human coaches (not affordable in a free app), no chat (status quo).",
            ),
            (
                "Minimisation",
                "Only last 10 messages sent; names, phone numbers and e-mails are stripped before sending; no training on user data.",
            ),
            (
                "Transparency",
                "Separate consent screen in plain language, «How Wellbot works» page, label on every AI message.",
            ),
            (
                "User rights",
                "Delete single messages or all history in one tap; export in settings; withdraw consent (Wellbot turns off, data deleted within 24 h); access request via in-app form answered within 30 days.",
            ),
            (
                "Safeguards",
                "Clinical content approved by our clinical lead (psychologist); Wellbot never diagnoses; crisis words trigger a fixed message with helpline numbers, not AI text.",
            ),
        ),
        "# 4. What could go wrong (risk register)",
        "L = likelihood, I = impact, 1–4. Score = L x I. We accept ≤ 6.",
        tbl(
            ("ID", "Threat / event", "L", "I", "Score", "Mitigation in place", "Residual", "Owner"),
            (
                "R1",
                "Wellbot gives harmful advice to a user in crisis",
                "2",
                "4",
                "8",
                "Crisis-word filter with fixed message, red-team testing (400 scenarios), weekly review of flagged chats",
                "8",
                "Clinical lead",
            ),
            (
                "R2",
                "Leak of chat history",
                "1",
                "4",
                "4",
                "Encryption at rest with per-user keys, MFA for staff, pen-test Sep 2026",
                "4",
                "CTO",
            ),
            (
                "R3",
                "Processor retains or trains on prompts",
                "1",
                "4",
                "4",
                "Zero-retention contract, audit report, EU hosting",
                "4",
                "DPO",
            ),
            (
                "R4",
                "Users over-rely on AI instead of seeking care",
                "3",
                "3",
                "9",
                "Messages pointing to GP/psychologist, monthly reminder, no «therapy» wording",
                "6",
                "Clinical lead",
            ),
            (
                "R5",
                "Consent not freely given/understood",
                "2",
                "3",
                "6",
                "Separate screen, app works without Wellbot",
                "3",
                "CEO",
            ),
        ),
        "Considered but not done: running our own open-source model on Fjellsky (too weak in Norwegian in 2026, re-evaluate Q3 2027); human review of every message (not possible, and more intrusive).",
        "# 5. Sign-off",
        tbl(
            ("Approved by", "Date", "Signature"),
            (
                "Board of Moodwell AS (chair Henrik Lysaker)",
                "28.10.2026",
                "See board minutes, signed in Penneo",
            ),
        ),
    )
    minutes = doc(
        "# Moodwell AS – Minutes of board meeting",
        "28 October 2026, 17:00–19:00, Torggata 5 / Teams. Present: Henrik Lysaker (chair), Ingrid Solvang (CEO, board member), Marit Aas, Kevin Olofsson. Also present: Jakob Bremer Haugen (CTO), Sara Mehdi (clinical lead), Tobias Aurdal (external DPO) for item 4.",
        "## Item 4/26-10: DPIA for Wellbot",
        "The CTO presented the DPIA (second time; first discussed 30 Sep). Findings: R1 (harmful advice in crisis) remains at 8 after mitigations, above our acceptance level. The user panel (8 users) and two external psychologists reviewed the crisis routine; their input (fixed crisis message, no AI text in crisis) is implemented. The DPO advises prior consultation with Datatilsynet.",
        "Decision: The board approves the DPIA. The board wants to launch Wellbot, but only after prior consultation. Beta stays limited to 500 users until then.",
        "Minutes signed electronically by all board members (Penneo), 30 Oct 2026.",
    )
    mail = txt(
        """
        Hi,

        Moodwell AS requests prior consultation under Article 36 GDPR for our AI coach «Wellbot». Attached are the DPIA (exported from Notion) and the board minutes where it was approved. Contacts are in section 1 of the DPIA.

        Happy to present the solution if that is useful.
        """
    )
    msg = message(
        "c019",
        CTO,
        "Request for prior consultation – Moodwell AI coach (Wellbot)",
        when(11, 2, 15, 50),
        mail + CTO_SIGN,
        attachments=[
            ("DPIA Wellbot (Notion export).pdf", to_pdf(notion, "DPIA Wellbot")),
            ("Board minutes 2026-10-28.pdf", to_pdf(minutes, "Board minutes")),
        ],
        cc="dpo@moodwell.no",
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "notion_export_pdf",
            "contacts_row_per_role",
            "processor_contact_table",
            "phone_foreign",
            "risk_matrix_table",
            "approval_block_filled",
            "part5_board_minutes_pdf",
            "health_data",
        ),
        "none",
        True,
        "used",
        "complete; Notion page exported to PDF with tables for every section, two processors (one German), external DPO, board minutes with findings, stakeholders and decision",
    )


# --- c039 / J039: employer dashboard, Google Sheet, necessity tab still the guidance -------------


def c039() -> tuple:
    wb = to_xlsx(
        {
            "Overview": sheet(
                ("Moodwell DPIA", "Employer wellbeing dashboard («Moodwell for Teams»)"),
                ("Version", "0.6"),
                ("Owner", "Ingrid Solvang, CEO"),
                ("Status", "Approved by board 17 Nov 2026"),
                (
                    "How to use this sheet",
                    "One tab per section. Replace the grey guidance text in column B with your answer.",
                ),
            ),
            "1 Contacts": sheet(
                ("Role", "Name", "Phone", "E-mail"),
                ("Contact person", "Ingrid Solvang, CEO", "+47 926 71 330", "ingrid@moodwell.no"),
                ("DPO", *DPO),
                ("Processor", *FJELLSKY),
            ),
            "2 Description": sheet(
                ("Question", "Answer"),
                (
                    "Purpose",
                    "Sell Moodwell to employers as a benefit. Employees get the full app for free; HR sees an aggregated dashboard with mood trends, stress level and top themes per department, to plan wellbeing measures.",
                ),
                (
                    "Data subjects",
                    "Employees of customer companies who activate the benefit (first customers: 3 companies, 2 400 employees).",
                ),
                (
                    "Personal data",
                    "Mood log, stress score, themes from journal entries (classified by keyword model: workload, sleep, relationships, etc.), department, job level (optional), usage frequency. Employer sees only aggregates.",
                ),
                ("Sources", "Employee (app), employer (department list via SCIM)."),
                (
                    "Recipients",
                    "Employer HR: aggregated dashboard for groups of at least 10 active users. Moodwell is controller for the app data, employer receives anonymous statistics.",
                ),
                ("Storage", "Fjellsky (Oslo). Raw data as in the app; aggregates 24 months."),
                (
                    "Legal basis",
                    "Art. 6(1)(a)/(b) and 9(2)(a) for the app; for aggregation Art. 6(1)(f).",
                ),
                (
                    "Why high risk",
                    "Employment context, health data, power imbalance, risk of re-identification in small departments.",
                ),
            ),
            "3 Necessity": sheet(
                ("Question", "Answer"),
                (
                    "Is the processing necessary for the purpose?",
                    "Explain why the purpose cannot be reached without this processing. Refer to evidence where possible. (guidance – replace)",
                ),
                (
                    "Which less intrusive alternatives were considered?",
                    "List alternatives and why they were rejected. (guidance – replace)",
                ),
                ("Data minimisation", "TBD"),
                ("How are data subjects informed?", "See privacy policy"),
                ("How can data subjects exercise their rights?", "See privacy policy"),
            ),
            "4 Risks": sheet(
                (
                    "ID",
                    "Threat / event",
                    "Likelihood (1-4)",
                    "Impact (1-4)",
                    "Score",
                    "Mitigation",
                    "Residual",
                    "Owner",
                ),
                (
                    "R1",
                    "Re-identification of individuals in small departments",
                    "3",
                    "4",
                    "12",
                    "Minimum group size 10, no drill-down, themes only shown if ≥ 5 users mention them",
                    "8",
                    "CTO",
                ),
                (
                    "R2",
                    "Employees feel pressured to use the app because employer pays",
                    "3",
                    "3",
                    "9",
                    "Employer never sees who uses the app; activation via private e-mail possible",
                    "6",
                    "CEO",
                ),
                (
                    "R3",
                    "Employer uses trends against a department (restructuring)",
                    "2",
                    "4",
                    "8",
                    "Contract clause limiting use to wellbeing measures",
                    "6",
                    "CEO",
                ),
                (
                    "R4",
                    "Journal text classified incorrectly, wrong themes",
                    "3",
                    "2",
                    "6",
                    "Themes shown as indicative; no individual output",
                    "4",
                    "CTO",
                ),
                ("", "", "", "", "", "", "", ""),
                ("Not implemented", "Reason", "", "", "", "", "", ""),
                (
                    "Differential privacy noise on all numbers",
                    "Planned for v2; too complex for launch.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ),
            ),
            "5 Sign-off": sheet(
                ("Approved by", "Date", "Signature / reference"),
                (
                    "Board of Moodwell AS, chair Henrik Lysaker",
                    "17.11.2026",
                    "Board minutes item 3/26-11: DPIA presented by CEO with DPO comments and feedback from pilot customer's employee representatives; board approves and asks for prior consultation due to R1",
                ),
            ),
        }
    )
    mail = txt(
        """
        Hi,

        Please find attached our DPIA for «Moodwell for Teams» (employer dashboard). We request prior consultation, as the board decided on 17 November (see tab 5). The DPIA is a Google Sheet exported to Excel.
        """
    )
    msg = message(
        "c039",
        CTO,
        "Prior consultation – Moodwell for Teams (employer dashboard)",
        when(11, 24, 10, 5),
        mail + CTO_SIGN,
        attachments=[("Moodwell DPIA - Teams dashboard.xlsx", wb)],
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "xlsx_sheet_per_theme",
            "xlsx_cover_sheet",
            "contacts_row_per_role",
            "processor_contact_table",
            "template_text_in_answer_cell",
            "risk_matrix_table",
            "approval_block_filled",
            "employees",
            "health_data",
        ),
        "none",
        True,
        "used",
        "part 3 missing: tab «3 Necessity» still holds the sheet's grey guidance text in the first two answers, «TBD» for minimisation and «See privacy policy» (not attached) for information and rights; some safeguards appear in the risk tab, but necessity is never argued. Parts 1, 2, 4, 5 present",
        missing=(3,),
    )


# --- c059 / J059: voice screening, everything in a plain-text mail (inline PGP) ------------------


def c059() -> tuple:
    body = txt(
        """
        Hi,

        Moodwell AS requests prior consultation (GDPR Art. 36) for voice-based mood screening. As with earlier correspondence, I send everything inline in this PGP-encrypted mail – no attachments.

        == 1. CONTACTS ==
        | Role           | Name                                         | Phone            | E-mail              |
        | Contact person | Jakob Bremer Haugen, CTO                     | +47 455 09 218   | jakob@moodwell.no   |
        | DPO            | Tobias Aurdal, PrivacyOps Nordic AS          | +47 400 12 884   | dpo@moodwell.no     |
        | Processor      | Eline Roa, Fjellsky AS (hosting)             | +47 21 93 40 77  | eline.roa@fjellsky.no |
        The speech model is our own and runs on Fjellsky; no other processor.

        == 2. DESCRIPTION ==
        | Purpose     | Let users record a 30-second voice note; a model estimates mood and energy from acoustic features (pitch, pauses, speech rate) and shows a trend to the user, as a supplement to the self-reported mood log. |
        | Who         | Adult users who opt in (expected 8 000 in year 1). |
        | Data        | Voice recording (deleted after feature extraction, within 60 s), acoustic features (stored), mood/energy estimate, user's own mood rating. Voice features may reveal health (depression markers) – Art. 9. Not used for identification. |
        | Sources     | The user. |
        | Recipients  | The user only. No sharing with employers, insurers or researchers. |
        | Storage     | Fjellsky, Oslo. Features and estimates as long as the account exists; deleted with the account. |
        | Legal basis | Art. 6(1)(a) and 9(2)(a), explicit opt-in consent. |
        | High risk   | Novel technology, inference of health from voice, vulnerable users, risk that estimates are taken as diagnosis. |

        == 3. NECESSITY AND PROPORTIONALITY ==
        Necessity: Users under-report low mood on bad days (our data: 40 % fewer log entries in low periods). A passive signal helps users see patterns. It is optional and only for users who want it.
        Alternatives: Text sentiment on journal entries (more intrusive – reads content), wearables (not everyone has them), no feature.
        Minimisation: Raw audio deleted within 60 s; only 24 acoustic features stored, no speech-to-text, no content.
        Information: Opt-in screen with clear explanation and example; «This is not a diagnosis» shown on every estimate.
        Rights: Turn off and delete all voice data in one tap; export; access request in app.
        Safeguards: Estimates never shown as clinical labels; no push messages based on voice estimates.

        == 4. RISK ASSESSMENT (L x I, 1-4, accept <= 6) ==
        | ID | Threat                                               | L | I | Score | Mitigation                                         | Residual | Owner |
        | R1 | User takes estimate as diagnosis, distress            | 3 | 3 | 9     | Wording, no clinical labels, link to help           | 6        | Clinical lead |
        | R2 | Model biased (dialects, accents, age)                 | 3 | 3 | 9     | Validation per dialect region/age band, user rating | 9        | CTO |
        | R3 | Third parties recorded in background                  | 2 | 2 | 4     | Audio deleted in 60 s, no content                   | 2        | CTO |
        | R4 | Function creep (selling to insurers/employers)        | 1 | 4 | 4     | Board policy, privacy policy commitment              | 4        | CEO |
        | R5 | Breach of features                                   | 1 | 3 | 3     | Encryption, MFA                                      | 3        | CTO |
        Considered, not done: on-device model only (planned 2027, current phones too slow for our model); collecting only with a clinician involved (not our service model).

        == 5. MANAGEMENT VALIDATION ==
        Board meeting 3 Dec 2026 (item 2/26-12), second review (first 5 Nov). Presented by CTO and clinical lead; DPO's written advice and the user panel's test (10 users, dialect feedback) were included. Findings: R2 stays at 9 as we cannot validate all dialects before launch. Board resolution: «The board approves the DPIA for voice mood screening and decides to request prior consultation with Datatilsynet before public launch. The feature stays in closed beta until then.» Minutes signed in Penneo by all four board members, 4 Dec 2026.

        """
    )
    msg = message(
        "c059",
        CTO,
        "Prior consultation request – voice mood screening (Moodwell)",
        when(12, 8, 21, 37),
        body + CTO_SIGN,
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "all_in_body",
            "text_tables_in_body",
            "processor_contact_table",
            "risk_matrix_table",
            "part5_board_decision_in_body",
            "health_data",
            "biometrics",
        ),
        "inline",
        True,
        "used",
        "complete; the whole DPIA as text tables in a single plain-text mail (inline PGP), board resolution quoted with presentation, findings and stakeholders",
    )


# --- c020 / J020: research data sharing, all in body (inline PGP) ----------------------------------


def c020() -> tuple:
    body = txt(
        """
        Hi,

        Moodwell AS requests prior consultation (Art. 36 GDPR) for sharing pseudonymised app data with a research group at the University of Nordby. Everything is below (inline PGP), copied from our DPIA page.

        --- 1. CONTACTS ---
        Contact person: Jakob Bremer Haugen, CTO, +47 455 09 218, jakob@moodwell.no
        DPO: Tobias Aurdal, PrivacyOps Nordic AS, +47 400 12 884, dpo@moodwell.no
        Processor (hosting, incl. the export environment): Eline Roa, Fjellsky AS, +47 21 93 40 77, eline.roa@fjellsky.no
        Recipient (independent controller, not processor): Department of Psychology, University of Nordby, project lead prof. Liv Haraldsen, +47 55 58 71 20, liv.haraldsen@uinordby.no

        --- 2. DESCRIPTION ---
        Purpose .......... Let researchers study how daily mood, sleep and use of CBT exercises relate over 12 months, to improve digital self-help.
        Data subjects .... Users who opt in to «Share for research» (expected 10 000 of 46 000).
        Data ............. Mood log, sleep hours, exercise history, age band, gender, county; NO chat or journal text. Pseudonymised with a study key held only by Moodwell.
        Sources .......... The app.
        Recipients ....... University of Nordby (data in their secure research platform SEKUR). No re-sharing.
        Storage .......... Export environment at Fjellsky (7 days), then SEKUR until 2031.
        Legal basis ...... Moodwell: Art. 6(1)(a), 9(2)(a) (explicit consent to sharing). University: own basis (Art. 6(1)(e), 9(2)(j)), REK approval ref. 860221.
        Why high risk .... Health data, large scale, new use of app data, combination over time.

        --- 3. NECESSITY / PROPORTIONALITY ---
        Necessity: Longitudinal real-world data of this kind does not exist elsewhere; the research is needed to show whether self-help apps work.
        Alternatives: Aggregated statistics (cannot answer individual trajectories); new recruitment study (small, expensive, biased).
        Minimisation: No free text; date shifted per person; county instead of municipality; age in 5-year bands.
        Information and rights: separate opt-in screen; users can withdraw in settings and we send a deletion request to the university within 7 days; access via in-app form; participant page listing all publications.
        Safeguards: agreement with the university (no re-identification, no linkage without new consent and new DPIA), key kept only at Moodwell.

        --- 4. RISKS (L x I, 1-4, accept <= 6) ---
        R1 Re-identification by linkage with other datasets | 2 x 4 = 8 | agreement, SEKUR export control, coarse variables | residual 6 | DPO
        R2 Users do not understand what «research» means | 3 x 3 = 9 | plain-language screen, example findings, yearly reminder | residual 6 | CEO
        R3 Withdrawal not effective at the university | 2 x 3 = 6 | deletion routine tested, confirmation to user | residual 3 | CTO
        R4 Commercial pressure to share with pharma later | 1 x 4 = 4 | board policy: no sharing with commercial actors | residual 4 | Board
        R5 Breach in export environment | 1 x 4 = 4 | 7-day lifetime, encryption | residual 2 | CTO
        Considered, not done: synthetic data only (researchers' validation showed too much distortion); sharing chat text (rejected – too intrusive).

        --- 5. MANAGEMENT VALIDATION ---
        The board reviewed the DPIA on 8 Oct and 12 Nov 2026. CTO and DPO presented; the user panel and the university's data protection officer gave input, which led to date shifting and the yearly reminder. Board resolution 12 Nov 2026 (item 5/26-11): «The board approves the DPIA for research data sharing. Residual risk R1 is at the limit of what we accept; the board asks management to request prior consultation with Datatilsynet before the first export.» Signed by Henrik Lysaker (chair) and Ingrid Solvang (CEO) in Penneo.

        """
    )
    msg = message(
        "c020",
        CTO,
        "Prior consultation – research data sharing (Moodwell / University of Nordby)",
        when(11, 17, 22, 8),
        body + CTO_SIGN,
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "all_in_body",
            "form_as_text",
            "contact_body_lines",
            "processor_contact_in_body",
            "risk_numbered_prose",
            "part5_board_decision_in_body",
            "health_data",
            "research_sharing",
        ),
        "inline",
        True,
        "used",
        "complete; the DPIA page pasted into one plain-text mail (label ..... value lines, risk lines with scores), the university named as an independent controller with its own contact, board resolution quoted",
    )


# --- c040 / J040: crisis alert, necessity «N/A» -----------------------------------------------------


def c040() -> tuple:
    notion = doc(
        "# DPIA – Crisis detection and emergency contact alert",
        "Notion export · Owner: Sara Mehdi (clinical lead) · Last edited 1 Dec 2026 · Status: Approved",
        "# 1. Contacts",
        contacts(
            ("Sara Mehdi, clinical lead (psychologist)", "+47 907 64 115", "sara@moodwell.no"),
            [FJELLSKY, LINGUA],
        ),
        "# 2. What we are building",
        tbl(
            ("Topic", "Answer"),
            (
                "Purpose",
                "Detect signs of acute suicide risk in what users write (journal, Wellbot chat) and, if the user has registered an emergency contact and risk is assessed as high, send an SMS to that contact asking them to check on the user. Helpline numbers are always shown to the user first.",
            ),
            (
                "Who",
                "Users who register an emergency contact (expected 12 000), and the emergency contacts themselves.",
            ),
            (
                "Data",
                "Journal and chat text (classified by model), risk level (low/medium/high), timestamp, emergency contact's name and phone, SMS log. Health data (Art. 9), including suicide risk.",
            ),
            ("Sources", "The user."),
            (
                "Recipients",
                "Emergency contact (SMS without details: «Moodwell: NN may need support right now. Please get in touch.»); Moodwell's clinical lead for review within 24 h.",
            ),
            (
                "How it works",
                "Classifier runs on Fjellsky; ambiguous texts are sent to Lingua's model for a second opinion. SMS via our SMS gateway at Fjellsky. Risk levels stored 12 months for quality review.",
            ),
            (
                "Legal basis",
                "Art. 6(1)(a) and 9(2)(a) for users who register a contact; Art. 6(1)(d) and 9(2)(c) (vital interests) for the alert itself.",
            ),
            (
                "Why high risk",
                "Automated decision with serious effects, suicide risk data, disclosure to a third person, vulnerable users.",
            ),
        ),
        "# 3. Is it necessary and proportionate?",
        tbl(
            ("Question", "Answer"),
            (
                "Necessity",
                "N/A – this feature is required for user safety, so necessity is obvious.",
            ),
            ("Alternatives", "N/A"),
            ("User rights", "Standard rights apply, see privacy policy."),
        ),
        "# 4. What could go wrong (risk register)",
        "L = likelihood, I = impact, 1–4. Score = L x I. We accept ≤ 6.",
        tbl(
            ("ID", "Threat / event", "L", "I", "Score", "Mitigation in place", "Residual", "Owner"),
            (
                "R1",
                "False alert: emergency contact learns the user is struggling against the user's wish",
                "3",
                "4",
                "12",
                "User chooses contact, 10-minute window to cancel, high threshold",
                "9",
                "Clinical lead",
            ),
            (
                "R2",
                "Missed crisis (false negative)",
                "3",
                "4",
                "12",
                "Helpline numbers always shown, no promise of monitoring in the app",
                "9",
                "Clinical lead",
            ),
            (
                "R3",
                "Emergency contact is the abuser",
                "1",
                "4",
                "4",
                "Contact can be changed silently, no notification to the old contact",
                "4",
                "Clinical lead",
            ),
            (
                "R4",
                "Text sent to external model for second opinion",
                "2",
                "3",
                "6",
                "EU hosting, zero retention, only the flagged message",
                "4",
                "DPO",
            ),
        ),
        "Considered but not done: calling emergency services directly (too intrusive and no legal basis in most cases); human review before every SMS (not possible at night with our team).",
        "# 5. Sign-off",
        tbl(
            ("Approved by", "Date", "Signature"),
            (
                "Board of Moodwell AS (chair Henrik Lysaker)",
                "03.12.2026",
                "Board minutes item 3/26-12, signed in Penneo. Presented by clinical lead with DPO advice and input from a suicide prevention NGO; board approved and asked for prior consultation because of R1 and R2.",
            ),
        ),
    )
    mail = txt(
        """
        Hi,

        Moodwell requests prior consultation for our crisis detection feature (alert to an emergency contact). DPIA attached (Notion export), approved by the board on 3 December.
        """
    )
    msg = message(
        "c040",
        CTO,
        "Prior consultation – crisis detection / emergency contact alert",
        when(12, 9, 13, 1),
        mail + CTO_SIGN,
        attachments=[
            ("DPIA Crisis alert (Notion export).pdf", to_pdf(notion, "DPIA Crisis alert"))
        ],
        cc="dpo@moodwell.no",
    )
    return msg, Label(
        "en",
        (
            "tech_startup",
            "notion_export_pdf",
            "contacts_row_per_role",
            "processor_contact_table",
            "phone_foreign",
            "na_in_cell",
            "part3_one_sentence",
            "risk_matrix_table",
            "approval_block_filled",
            "health_data",
            "automated_decision",
        ),
        "none",
        True,
        "used",
        "part 3 missing: the necessity section says «N/A – … necessity is obvious», alternatives «N/A» and rights «Standard rights apply, see privacy policy»; the considered-but-not-done line under the risk table is the only trace of alternatives. Parts 1, 2, 4, 5 present",
        missing=(3,),
    )


# --- c060 / J060: Norwegian question from the CEO, not a request -----------------------------------


def c060() -> tuple:
    mail = txt(
        """
        Hei,

        Jeg er daglig leder i Moodwell AS, som lager en selvhjelpsapp for psykisk helse. Vi har fått en forespørsel fra en kommune om å integrere appen med kommunens helseplattform, slik at brukere som selv ønsker det kan dele humørlogg og øvelser med fastlegen sin før time.

        Spørsmålene våre:
        1. Må vi gjennomføre en DPIA for dette, når brukeren selv velger å dele og vi allerede har en DPIA for appen?
        2. Hvis DPIAen viser at restrisikoen er akseptabel, må vi likevel be om forhåndsdrøftelse fordi det er helseopplysninger?
        3. Er det vi eller kommunen som er behandlingsansvarlig for det som deles?

        Vi har ikke startet noen vurdering ennå og vil gjerne gjøre det riktig fra starten. Personvernombudet vårt (ekstern) er i kopi.

        Mvh
        Ingrid Solvang
        daglig leder, Moodwell AS
        926 71 330
        """
    )
    msg = message(
        "c060",
        CEO,
        "Spørsmål om DPIA og forhåndsdrøftelse - deling med fastlege",
        when(12, 11, 9, 58),
        mail,
        cc="dpo@moodwell.no",
    )
    return msg, Label(
        "nb",
        ("tech_startup", "nonrequest_question", "dpia_not_started", "health_data"),
        "none",
        False,
        "unspecified",
        "not a request: the CEO asks, in Norwegian, whether a DPIA and a prior consultation are needed; no assessment started. Parts as they are: 1 missing (DPO only as a role mailbox in Cc), 2–5 missing",
        missing=(1, 2, 3, 4, 5),
    )
