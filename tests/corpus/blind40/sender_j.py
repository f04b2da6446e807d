# ruff: noqa: E501
"""Sender J: Kindling AS, an Oslo dating app with an English-speaking team.

Habits: English; the head of trust & safety sends; DPIAs in Notion (exported to PDF) or Word;
the DPO is external (PrivacyWorks Ltd, Cork, +353) and reachable through dpo@kindling.app; board
resolutions as short PDFs; a vCard of the DPO sometimes attached.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import notion_page
from kit import Label, message, to_docx, to_pdf, txt, vcard, when

JONAS = "Jonas Wiik <jonas@kindling.app>"
DPO_CC = "Ciara Doyle (DPO) <dpo@kindling.app>"

SIG = "\n" + txt("""
    Cheers,
    Jonas

    --
    Jonas Wiik | Head of Trust & Safety
    Kindling AS · Torggata 5, 0181 Oslo
    Mob. +47 414 88 203 · jonas@kindling.app
    """)

CONTACTS = """
- Controller contact: Jonas Wiik, Head of Trust & Safety, +47 414 88 203, jonas@kindling.app
- DPO (external): Ciara Doyle, PrivacyWorks Ltd, Cork, Ireland – T: +353 21 555 9043, dpo@kindling.app / ciara.doyle@privacyworks.ie
"""


def board(date: str, item: str, text: str) -> str:
    return f"""
# Kindling AS – Board resolution

~ Board meeting {date} (Oslo / video) · Present: Ida Marstrander (CEO), Henrik Solum (chair), Ravi Menon, Kaja Brekke

## {item}

{text}

~ Signed: Henrik Solum (chair), Ravi Menon, Kaja Brekke
"""


# --- O019: selfie ID verification (odd) ------------------------------------------------------


def c019() -> tuple[EmailMessage, Label]:
    page = notion_page(
        "DPIA – Selfie verification with liveness (\u201cVerified\u201d badge)",
        [
            ("Owner", "Jonas Wiik"),
            ("Status", "Approved"),
            ("DPO review", "Ciara Doyle · Oct 30, 2026"),
            ("Last edited", "Nov 6, 2026"),
        ],
        f"""
# Contacts
{CONTACTS}
- Processor: Truelane Identity UAB, Vilnius – Rūta Petrauskienė, Head of Compliance, +370 5 555 2318, compliance@truelane.lt

# What we're doing

All ~310 000 Norwegian users will be asked to verify that they are a real person matching their profile photos: a 3-second selfie video with liveness check, compared by Truelane with the user's profile photos (one-to-one). Verified profiles get a badge; unverified profiles can still use the app but are shown less to others and cannot send the first message to verified users who opted for «verified only». Selfie and template deleted by Truelane after 14 days; we keep the result and date.

# Necessity & proportionality

Purpose: fighting romance scams and catfishing (1 900 scam reports in 2025 in Norway). Basis: explicit consent (Art. 9(2)(a)) – the verification is optional. Alternatives: ID-document verification (more data, excludes people without ID), manual photo review (slow, inconsistent). Safeguards: clear consent screen, no effect on matching beyond the badge and the user's own filter, appeal to a human if verification fails, no sharing with police without legal order, deletion on request.

# Risks

| Risk | Likelihood | Severity | Measures | Residual |
| Biometric data of users (incl. LGBTQ+ users) leaks | Low | High | 14-day deletion, encryption, DPA audit | Medium |
| Failed verification for some skin tones/genders → fewer matches | Medium | Medium | Human appeal, bias tests by vendor and us | Medium |
| Pressure: «optional» but practically needed | Medium | Medium | Badge only, «verified only» filter off by default | Low |
| Function creep (police, advertisers) | Low | High | Purpose limitation, transparency report | Low |

Not implemented: on-device verification (vendor does not offer liveness on device). Residual risks remain medium → prior consultation.

# Approval

Board approved Nov 5, 2026 – resolution attached.
""",
        "Kindling / Trust & Safety / DPIAs",
    )
    body = (
        txt("""
        Hi Datatilsynet,

        Kindling AS would like to request prior consultation under Article 36 GDPR for selfie verification with liveness detection in our dating app. Our DPIA lives in Notion – attached as a PDF export – together with the board resolution of 5 November 2026. Contacts for me, our external DPO and the processor are at the top of the DPIA.

        """)
        + SIG
    )
    msg = message(
        "O019",
        JONAS,
        "Prior consultation request – selfie verification – Kindling AS",
        when(11, 10, 16, 5),
        body,
        attachments=[
            ("DPIA_Selfie_Verification_Notion_export.pdf", to_pdf(page)),
            (
                "Board_resolution_2026-11-05.pdf",
                to_pdf(
                    board(
                        "5 November 2026",
                        "Item 2: DPIA – selfie verification",
                        "The board reviewed the DPIA, the DPO's review and the results of the user research (20 interviews, incl. LGBTQ+ users). Resolution: the DPIA is approved; the residual risks are accepted as medium; the company shall request prior consultation with Datatilsynet before launch.",
                    )
                ),
            ),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "biometrics",
            "sexual_orientation_context",
            "notion_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "external_dpo",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_pdf",
        ),
        "none",
        True,
        "used",
        "complete: Notion export with contacts (external DPO +353, Lithuanian processor +370), alternatives and safeguards, risk table with residual and a measure not taken; separate board resolution PDF",
    )


# --- O039: orientation and «nearby», board approval to be completed (odd) --------------------


def c039() -> tuple[EmailMessage, Label]:
    doc = f"""
# Data Protection Impact Assessment – «Nearby» feature with orientation filters

~ Kindling AS · DPIA v1.0 · November 2026

## 1. Contacts
{CONTACTS}
- Processor: Nordhost GmbH, Nuremberg (hosting) – Tobias Keller, +49 911 555 6610, datenschutz@nordhost.de

## 2. Description

«Nearby» shows users within 1–50 km, sorted by distance, with filters for gender and sexual orientation (which many users fill in). Distance is calculated on our servers from the phone's location (updated every 15 minutes when the app is open). Users see a rounded distance (whole km). Around 310 000 users in Norway. Location history is not stored; only the last location (overwritten).

## 3. Necessity and proportionality

Purpose: meeting people close by, which is the core of the service. Basis: Art. 6(1)(b) for location; explicit consent for orientation (Art. 9(2)(a)). Alternatives: city-level matching only (users asked for distance), manual location (offered). Safeguards: distance rounded and fuzzed (±500 m random offset per session) to prevent trilateration, orientation field optional and hidden by default from non-matches, «travel mode» with manual location, incognito mode, no sharing with advertisers, deletion.

## 4. Risks

| Risk | Likelihood | Severity | Measures | Residual |
| Trilateration reveals a user's home (stalking, outing) | Medium | High | Fuzzing, rate limits on location changes, bot detection | Medium |
| Orientation revealed in countries/communities where it's dangerous (travel) | Low | High | Auto-hide orientation abroad in listed countries | Low |
| Location exposed in a breach | Low | High | Only last location stored, encryption | Low |

Not implemented: removing distance completely (core feature).

## 5. Board approval

To be completed – the DPIA will be presented to the board on 15 January 2027.
"""
    body = (
        txt("""
        Hi,

        Please find attached Kindling AS's request for prior consultation under GDPR Art. 36 regarding our «Nearby» feature with orientation filters. Board approval is still to be completed (January); we're sending the DPIA now to get in line.

        """)
        + SIG
    )
    msg = message(
        "O039",
        JONAS,
        "Art. 36 prior consultation – «Nearby» feature – Kindling AS",
        when(11, 25, 12, 12),
        body,
        attachments=[("DPIA_Nearby_v1.0.docx", to_docx(doc))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "location_tracking",
            "sexual_orientation",
            "dpia_report_docx",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "external_dpo",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_to_be_completed",
        ),
        "none",
        True,
        "used",
        "DPIA complete for parts 1–4 (German hosting processor with contact); section 5 «To be completed – … presented to the board on 15 January 2027» → only part 5 missing",
        (5,),
    )


# --- O059: AI moderation of private messages, processor contact «will be provided» (odd) ------


def c059() -> tuple[EmailMessage, Label]:
    page = notion_page(
        "DPIA – AI moderation of chat messages",
        [
            ("Owner", "Jonas Wiik"),
            ("Status", "Approved"),
            ("DPO review", "Ciara Doyle · Nov 24, 2026"),
            ("Last edited", "Dec 1, 2026"),
        ],
        f"""
# Contacts
{CONTACTS}
- Processor: ModeraSafe Inc., San Francisco, USA – contact details will be provided once the DPA is signed
- Sub-processors (ModeraSafe): Nimbus Cloud Europe BV (EU inference), Labelhub Inc. (US, human review of flagged samples)

# What we're doing

All private chat messages and images between users are scanned by ModeraSafe's models for scams (payment requests, crypto), harassment, and unsolicited nude images. Flagged messages are blurred for the recipient with a warning; severe cases are queued for our moderators, who can read the flagged message and the 10 messages before it. About 9 million messages per month in Norway.

# Necessity & proportionality

Purpose: protecting users against scams and sexual harassment (Digital Services Act obligations and our terms). Basis: Art. 6(1)(b) and (f); ekomloven's rules on confidentiality of communications assessed (not an electronic communications service). Alternatives: user reports only (most scams reported after money is lost), keyword filters (many false positives). Safeguards: model output only blurs and warns – no automatic bans; moderators see the minimum context; users informed in onboarding and in chat; appeal; no use of messages to train ModeraSafe's models (contract); messages in EU inference region, human review samples in US under SCCs.

# Risks

| Risk | Likelihood | Severity | Measures | Residual |
| Intimate conversations read by moderators or vendor staff | Medium | High | Minimum context, logging, EU inference | Medium |
| Transfer to the US (human review samples) | Medium | Medium | SCCs, TIA, pseudonymised samples | Medium |
| Wrong flags embarrass users | Medium | Low | Blur only, appeal | Low |

Not implemented: end-to-end encryption with on-device moderation (not feasible this year).

# Approval

Board resolution 1 Dec 2026: DPIA approved; prior consultation to be requested because of the residual risks.
""",
        "Kindling / Trust & Safety / DPIAs",
    )
    body = (
        txt("""
        Hi Datatilsynet,

        Kindling AS requests prior consultation (Art. 36 GDPR) for AI moderation of chat messages. The approved DPIA is attached (Notion export). ModeraSafe's contact will be provided when the DPA is signed.

        """)
        + SIG
    )
    msg = message(
        "O059",
        JONAS,
        "Prior consultation – AI moderation of chat messages (Kindling AS)",
        when(12, 3, 17, 40),
        body,
        attachments=[("DPIA_Chat_Moderation_Notion_export.pdf", to_pdf(page))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "private_communications",
            "new_technology_ai",
            "third_country_transfer",
            "notion_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "subprocessor_listed",
            "phone_foreign",
            "external_dpo",
            "p1_processor_contact_will_follow",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
        ),
        "none",
        True,
        "used",
        "the US processor ModeraSafe is named with «contact details will be provided» (also in the mail) → part 1 missing; description, necessity, risk table and board resolution present",
        (1,),
    )


# --- O020: date safety check-in with live location (even) ------------------------------------


def c020() -> tuple[EmailMessage, Label]:
    doc = f"""
# DPIA – Date Safety: live location sharing and emergency escalation

~ Kindling AS · Version 1.1 · 12 November 2026

## 1. Contacts
{CONTACTS}
- Processor: Alertra AB, Malmö (emergency escalation service) – Johanna Lind, DPO, +46 40 555 78 20, dpo@alertra.se

## 2. Description

Before a date a user can start «Date Safety»: their live location is shared with up to three trusted contacts (who need not be Kindling users; they get a web link) for a chosen period, and the user gets check-in prompts. If the user does not respond to two prompts or presses the SOS button, Alertra's operators call the user and, if needed, emergency services with the user's location and the match's profile name and photos. About 15 000 uses per month expected. Location stored during the session plus 72 hours; SOS events 12 months.

## 3. Necessity and proportionality

Purpose: users' physical safety on first dates. Basis: consent of the user; vital interests (Art. 6(1)(d), 9(2)(c)) for escalation. The match's data is shared with Alertra and emergency services only on escalation – legitimate interest/vital interest. Alternatives: share location via phone's own features (no escalation), escalation only without location (useless). Safeguards: feature off by default, clear timer, trusted contacts see location only during the session, the match is informed in the privacy policy (not in real time), escalation logged and reviewed, deletion after 72 h.

## 4. Risks

| Risk | Likelihood | Severity | Measures | Residual |
| Trusted contact misuses link (controlling partner) | Low | High | Link expires, user can revoke | Low |
| Match's data sent to police on a false alarm | Medium | Medium | Operator calls user first; log; match informed on request | Medium |
| Location leak | Low | High | Encryption, short retention | Low |

Not implemented: informing the match in real time (would defeat the safety purpose).

## 5. Management approval

Board resolution of 18 November 2026 (attached).
"""
    body = (
        txt("""
        Dear Datatilsynet,

        Kindling AS requests prior consultation under Article 36 GDPR regarding «Date Safety» (live location sharing and emergency escalation). Attached: the DPIA (PDF), the board resolution, and our DPO's contact card.

        """)
        + SIG
    )
    msg = message(
        "O020",
        JONAS,
        "Prior consultation request – Date Safety (Kindling AS)",
        when(11, 20, 10, 50),
        body,
        attachments=[
            ("DPIA_Date_Safety_v1.1.pdf", to_pdf(doc)),
            (
                "Board_resolution_2026-11-18.pdf",
                to_pdf(
                    board(
                        "18 November 2026",
                        "Item 4: DPIA – Date Safety",
                        "The board has reviewed the DPIA v1.1, the DPO's advice, and feedback from the women's shelter organisation and the user panel. Resolution: the DPIA is approved and the residual risk regarding false alarms is accepted; the company requests prior consultation with Datatilsynet before launch.",
                    )
                ),
            ),
            (
                "Ciara_Doyle_DPO.vcf",
                vcard(
                    "Ciara Doyle",
                    "PrivacyWorks Ltd (DPO for Kindling AS)",
                    "Data Protection Officer",
                    "+353 21 555 9043",
                    "dpo@kindling.app",
                ),
            ),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "location_tracking",
            "emergency_escalation",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "vcard_attachment",
            "phone_foreign",
            "external_dpo",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_pdf",
        ),
        "none",
        True,
        "used",
        "complete: DPIA with contacts incl. Swedish processor (DPO also as a vCard); necessity with alternatives and safeguards for users and matches; risk table with residual and a measure not taken; board resolution PDF",
    )


# --- O040: compatibility scoring, necessity and risk TODO (even) -----------------------------


def c040() -> tuple[EmailMessage, Label]:
    page = notion_page(
        "DPIA – Compatibility score («Spark score»)",
        [
            ("Owner", "Jonas Wiik"),
            ("Status", "In review"),
            ("DPO review", "—"),
            ("Last edited", "Dec 2, 2026"),
        ],
        f"""
# Contacts
{CONTACTS}
- Processor: Nordhost GmbH, Nuremberg – Tobias Keller, +49 911 555 6610, datenschutz@nordhost.de

# What we're doing

A model ranks potential matches for each user by a predicted «Spark score» based on swipes, message replies, profile text, photos (image embeddings) and stated preferences including orientation and religion. Users with low desirability scores are shown less. All ~310 000 Norwegian users.

# Necessity & proportionality

TODO

# Risks

TODO – workshop planned with Ciara

# Approval

Board approved the roadmap item on Nov 26, 2026 and asked us to consult Datatilsynet.
""",
        "Kindling / Product / DPIAs",
    )
    body = (
        txt("""
        Hi,

        Kindling AS requests prior consultation under Art. 36 GDPR for the new compatibility ranking («Spark score»). The DPIA page is attached (Notion PDF).

        """)
        + SIG
    )
    msg = message(
        "O040",
        JONAS,
        "Prior consultation – compatibility ranking (Spark score)",
        when(12, 7, 11, 11),
        body,
        attachments=[("DPIA_Spark_score_Notion_export.pdf", to_pdf(page))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "profiling",
            "sexual_orientation",
            "religious_beliefs",
            "notion_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "external_dpo",
            "headings_with_todo",
            "part5_roadmap_not_dpia",
        ),
        "none",
        True,
        "used",
        "Notion page with contacts and description; «Necessity & proportionality: TODO» and «Risks: TODO – workshop planned» → parts 3 and 4 missing; the board approved «the roadmap item», not the DPIA → part 5 missing",
        (3, 4, 5),
    )


# --- O060: question about Sweden, refers to O020 (even) -------------------------------------


def c060() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Hi,

        Quick question about our request for prior consultation on «Date Safety» (sent 20 November 2026).

        We're launching Kindling in Sweden in spring 2027 with the same feature. Kindling AS is the only establishment (Oslo). Does your consultation cover the Swedish users too, or should we contact IMY separately? And would the timing change if we add Sweden to the scope now?

        """)
        + SIG
    )
    msg = message(
        "O060",
        JONAS,
        "Question re our Date Safety consultation – Swedish launch",
        when(12, 10, 9, 30),
        body,
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "dating_app",
            "nonrequest_question",
            "refers_to_earlier_messages",
            "all_in_body",
            "lead_authority_question",
        ),
        "none",
        False,
        "unspecified",
        "a question about cross-border scope for O020's request; not a request; signature has the contact person, the DPO is only a cc mailbox without phone → part 1 missing; no DPIA parts",
        (1, 2, 3, 4, 5),
    )


TOPICS = {
    "c019": "selfie_verification",
    "c039": "nearby_orientation",
    "c059": "chat_ai_moderation",
    "c020": "date_safety",
    "c040": "spark_score",
    "c060": "date_safety",
}
