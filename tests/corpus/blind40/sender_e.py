# ruff: noqa: E501
"""Sender E: Paykobber A/S, Norway branch – a Danish payments and instalment-credit group.

Habits: English; the Norwegian head of compliance sends with the Copenhagen group DPO (+45) in
copy; PIAs in the CNIL's PIA software exported to PDF, or Confluence pages exported to PDF;
board resolutions of the Danish parent.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import cnil_export, confluence_page
from kit import Label, message, to_pdf, txt, when

MARTE = "Marte Lunde <marte.lunde@paykobber.com>"
DPO_CC = "Paykobber DPO <dpo@paykobber.com>"

SIG = "\n" + txt("""
    --
    Marte Lunde | Head of Compliance Norway
    Paykobber A/S, Norway branch (NUF, org. no. 929 402 118)
    Dronning Eufemias gate 16, 0191 Oslo
    M: +47 466 12 880 | E: marte.lunde@paykobber.com
    """)

DPO_LINE = "Group DPO: Rasmus Holm Pedersen, Paykobber A/S, Copenhagen, T: +45 70 55 20 19, dpo@paykobber.com"
CONTACT_LINE = "Controller's contact in Norway: Marte Lunde, Head of Compliance Norway, +47 466 12 880, marte.lunde@paykobber.com"


def board(item: str, decision: str, date: str) -> str:
    return f"""
# Paykobber A/S – Board of Directors

~ Extract of minutes, board meeting {date}, Copenhagen
Present: Henrik Dahl (chair), Louise Brandt, Mikkel Juhl, Sofie Ravn; CEO Anders Kragh; Group DPO Rasmus Holm Pedersen (for the item)

## {item}

{decision}

~ Certified extract – Louise Brandt, board secretary
"""


# --- O009: open-banking affordability assessment, CNIL export (odd) -------------------------


def c009() -> tuple[EmailMessage, Label]:
    pia = cnil_export(
        "Open-banking affordability assessment (Norway)",
        "Freja Nygaard, Privacy Engineer",
        f"Paykobber offers instalment credit at checkout. From 2027 Norwegian applicants for amounts above NOK 10 000 will be asked to connect their bank account via an account information service. Our scoring model reads 12 months of transactions, categorises income and expenses and calculates a disposable-income estimate used to accept, reduce or decline the credit. About 60 000 applications per year in Norway.\n\n{CONTACT_LINE}. {DPO_LINE}. Processor (account information service): Bankbro Technologies AB, Stockholm – Oskar Lind, DPO, +46 8 555 730 11, dpo@bankbro.se.",
        "Data: identity, account transactions (payee, amount, text), derived categories (including gambling, health services, union fees, religious donations), income estimate, decision. Supporting assets: Bankbro API, Paykobber scoring service (EU cloud), decision log. Retention: raw transactions deleted after 30 days; derived features and decision 5 years (Finance Contracts Act, AML).",
        "Purpose: responsible lending (Finansavtaleloven § 5-4 requires a creditworthiness assessment). Basis: Art. 6(1)(c) and (b). Alternatives: self-declared income and debt register only (used for smaller amounts; insufficient for larger amounts according to the FSA's guidelines), payslips uploaded manually (slower, more intrusive for self-employed). Minimisation: only 12 months; sensitive categories (health, religion, union, politics) are masked before scoring and never stored.",
        "Information before the consent screen; the applicant can choose manual assessment with documents instead; decision explained with the main reasons; human review of declines on request within 2 working days; access to the features used; objection and deletion of raw data.",
        [
            (
                "Masking of special categories",
                "Category rules remove health, religion, union and political payees before features are built",
            ),
            ("Encryption", "TLS 1.3, AES-256 at rest, keys in HSM"),
            (
                "Access control",
                "Scoring service has no human access to raw data; 3 analysts to aggregated features",
            ),
            ("Human review", "Declines reviewed on request; monthly sample of 200 decisions"),
        ],
        [
            (
                "Sensitive spending patterns revealed (health, gambling)",
                "Exposure of private life, discrimination",
                "Attackers, insiders, model developers",
                "Masking, encryption, access control",
                "Important",
                "Limited",
            ),
            (
                "Wrong categorisation lowers the income estimate",
                "Unjustified decline, financial exclusion",
                "Model error, unusual income (gig work)",
                "Human review, manual route",
                "Important",
                "Significant",
            ),
            (
                "Loss of decision logs",
                "Applicant cannot contest a decision",
                "System failure",
                "Backups, immutable logs",
                "Limited",
                "Negligible",
            ),
        ],
        "DPO opinion (R. Holm Pedersen, 20 Oct 2026): the residual risk of wrong categorisation for applicants with irregular income remains significant; recommends prior consultation with Datatilsynet. The PIA was validated by the Board of Directors of Paykobber A/S on 29 October 2026 (extract attached), which decided to request prior consultation in Norway. Action plan: manual route for gig workers by Q1 2027 (not implemented yet – depends on the bank data standard).",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Paykobber A/S, Norway branch, requests prior consultation under Article 36 GDPR for the open-banking based affordability assessment we plan to use for instalment credit above NOK 10 000 in Norway.

        Attached are the PIA (exported from the CNIL PIA software) and the board extract. Contact details for me, the group DPO and the processor are on page 1 of the PIA.

        """)
        + SIG
    )
    msg = message(
        "O009",
        MARTE,
        "Request for prior consultation – open-banking affordability assessment – Paykobber (Norway branch)",
        when(11, 9, 10, 15),
        body,
        attachments=[
            ("PIA_open_banking_affordability_NO.pdf", to_pdf(pia, "PIA")),
            (
                "Board_extract_2026-10-29.pdf",
                to_pdf(
                    board(
                        "Item 6 – PIA: open-banking affordability assessment, Norway",
                        "The Group DPO presented the PIA, the DPO opinion and the test results on 4 000 historical applications. Decision: the board validates the PIA, accepts the residual risks as described and instructs the Norway branch to request prior consultation with Datatilsynet.",
                        "29 October 2026",
                    )
                ),
            ),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "credit_scoring",
            "automated_decision",
            "cnil_pia_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "group_dpo_abroad",
            "risk_severity_likelihood",
            "part5_board_minute_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: CNIL PIA export (context, principles, risks, validation) with contacts incl. Swedish processor; alternatives and rights controls; risks with severity/likelihood and the action item not implemented with reason; board extract validating and deciding to consult",
    )


# --- O029: voice biometrics, Confluence export (odd) -----------------------------------------


def c029() -> tuple[EmailMessage, Label]:
    page = confluence_page(
        "Risk & Compliance",
        "DPIA-0112 Voice biometrics for phone authentication (NO/DK)",
        "Freja Nygaard",
        "Nov 16, 2026",
        f"""
| Status | Owner | Approvers | DPO review |
| APPROVED | Marte Lunde | Executive Board (12 Nov 2026) | Rasmus Holm Pedersen (5 Nov 2026) |

# Contacts

- {CONTACT_LINE}
- {DPO_LINE}
- Processor: Vocalis Secure Ltd, Dublin – Siobhán Kearney, Data Protection Lead, +353 1 555 8820, privacy@vocalissecure.ie

# Description

Customers calling our service centre will be able to enrol a voiceprint and then be authenticated by speaking a passphrase instead of answering security questions. The voiceprint (template) is created by Vocalis from 3 recordings and stored in Vocalis's EU tenant. About 35 000 Norwegian callers per year; enrolment optional. Also used: a fraud watch-list of voiceprints from confirmed fraudsters (one-to-many comparison of callers against the list).

# Necessity and proportionality

Purpose: stronger authentication (PSD2 strong customer authentication for phone channel) and less account takeover. Basis: explicit consent (Art. 9(2)(a)) for enrolment; for the fraud watch-list Art. 9(2)(g) is not available, so the watch-list compares only callers who enrolled, with consent text covering it. Alternatives: BankID app confirmation (offered; many callers are elderly and call because the app fails), security questions (weak). Safeguards: enrolment optional and revocable by phone, templates deleted on revocation, recordings deleted after enrolment, no use for emotion or health inference, information read by the agent and sent by SMS.

# Risk assessment

| Risk to customers | Likelihood | Impact | Measures | Residual |
| False rejection of elderly or speech-impaired customers | Medium | Medium | Fallback to BankID or questions, no lock-out | Low |
| Voiceprint stolen and replayed (deepfake) | Low | High | Liveness detection, passphrase rotation | Medium |
| Customers placed on watch-list by mistake | Low | High | Manual fraud review before listing, review every 6 months | Low |
| Consent not free (pressure from agents) | Medium | Medium | Script, no incentives for agents | Low |

Measures considered, not implemented: on-device voice matching (not offered for phone calls); excluding the watch-list (fraud team considers it the main benefit). Residual risk of replay attacks remains medium – reason for prior consultation.

# Approval

Executive Board meeting 12 Nov 2026, item 4: «The Executive Board has reviewed DPIA-0112 with the DPO's review and the findings of the customer panel, approves the DPIA and the residual risk, and decides that the Norway branch shall request prior consultation with Datatilsynet before launch in Norway.»
""",
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Please accept this request for prior consultation (GDPR Art. 36) regarding voice biometrics for phone authentication in Paykobber's Norwegian service centre. Our DPIA is maintained in Confluence; the attached PDF is an export of the approved page and includes contacts, the risk assessment and the Executive Board's approval.

        """)
        + SIG
    )
    msg = message(
        "O029",
        MARTE,
        "Prior consultation – voice biometrics (DPIA-0112) – Paykobber A/S Norway branch",
        when(11, 20, 14, 28),
        body,
        attachments=[("DPIA-0112_Voice_biometrics_Confluence_export.pdf", to_pdf(page))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "biometrics",
            "confluence_export",
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
        "complete: Confluence page export with contacts (Irish processor +353), necessity with alternatives and safeguards, risk table with residual and measures not implemented, Executive Board decision quoted",
    )


# --- O049: AML machine learning, validation pending (odd) ------------------------------------


def c049() -> tuple[EmailMessage, Label]:
    pia = cnil_export(
        "Machine-learning transaction monitoring (AML), Norway",
        "Freja Nygaard, Privacy Engineer",
        f"Replacement of the rule-based AML monitoring with a graph-based machine-learning model (Sentinel Graph GmbH, Berlin, processor) that scores customers and transactions and links customers through shared devices, addresses and counterparties. Alerts go to Paykobber's AML analysts, who decide on reporting to Økokrim. About 420 000 Norwegian customers.\n\n{CONTACT_LINE}. {DPO_LINE}. Processor: Sentinel Graph GmbH – Jan Richter, Data Protection Officer, +49 30 5550 4412, privacy@sentinelgraph.de.",
        "Data: identity, transactions, device ids, IP, merchant data, PEP/sanctions hits, network links between customers, risk scores. Retention 5 years after the customer relationship (Hvitvaskingsloven § 30).",
        "Purpose: compliance with the AML Act (Art. 6(1)(c)). Alternatives: keep rules (95 % false positives, more customers wrongly investigated), external outsourcing (less control). Minimisation: network links only to the second degree; scores not used for credit or marketing.",
        "Customers informed in the privacy notice (within the limits of the tipping-off ban); access requests handled with AML restrictions documented; human decision on every report; no automatic account closure.",
        [
            ("Human in the loop", "Analyst decides on every alert"),
            ("Explainability", "Top features shown to analyst"),
            ("Access", "AML team only, logged"),
        ],
        [
            (
                "Customers linked to criminals through shared addresses or devices",
                "Investigation, account closure, reputational harm",
                "Model bias, shared housing",
                "Analyst review, 2-degree limit",
                "Important",
                "Significant",
            ),
            (
                "Leak of risk scores",
                "Stigma, discrimination",
                "Insider, processor",
                "Encryption, logging",
                "Maximum",
                "Limited",
            ),
            (
                "Loss of audit trail",
                "Customer cannot get explanation",
                "System failure",
                "Immutable logs",
                "Limited",
                "Negligible",
            ),
        ],
        "DPO opinion: pending.\n\nValidation: The PIA has not yet been validated by management. It is scheduled for the Executive Board meeting on 14 January 2027. We send it now because of the expected processing time.",
        status="In progress",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        We hereby request prior consultation under Art. 36 GDPR regarding machine-learning transaction monitoring for AML purposes in Norway. The PIA (CNIL PIA software export) is attached; contacts are on page 1.

        Given the expected processing time we are sending the request now; the PIA will be validated by the Executive Board on 14 January 2027 and we will forward the minutes afterwards.

        """)
        + SIG
    )
    msg = message(
        "O049",
        MARTE,
        "Art. 36 prior consultation – ML transaction monitoring (AML) – Paykobber Norway branch",
        when(12, 4, 9, 41),
        body,
        attachments=[("PIA_AML_ML_monitoring_NO.pdf", to_pdf(pia, "PIA"))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "profiling",
            "aml",
            "cnil_pia_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "risk_severity_likelihood",
            "part5_will_follow",
            "validation_pending",
        ),
        "none",
        True,
        "used",
        "CNIL export complete for contacts, description, principles and risks; the validation section says management validation is scheduled for January 2027 and will be forwarded → only part 5 missing",
        (5,),
    )


# --- O010: vulnerability detection in collections (even) ------------------------------------


def c010() -> tuple[EmailMessage, Label]:
    pia = cnil_export(
        "Vulnerability detection in collections (Norway)",
        "Freja Nygaard, Privacy Engineer",
        f"Customers who miss instalments are contacted by our collections team, outsourced to Kobra Contact Centre Sp. z o.o. in Kraków (processor). We will introduce a text and speech classifier that flags signs of vulnerability in calls, chats and e-mails (illness, bereavement, addiction, mental health crisis, cognitive difficulties) so that the case is moved to a specialist team with payment holidays and softer contact rules. About 9 000 Norwegian customers in collections per year.\n\n{CONTACT_LINE}. {DPO_LINE}. Processor: Kobra Contact Centre Sp. z o.o. – Agnieszka Nowak, Data Protection Officer, +48 12 555 40 71, iod@kobracontact.pl.",
        "Data: identity, debt data, call recordings and transcripts, chat and e-mail content, vulnerability flag with category and evidence snippet. Flags kept until the debt is settled plus 12 months.",
        "Purpose: fair treatment of vulnerable customers (Finanstilsynet's guidelines on debt collection; Consumer Duty-like group policy). Basis: Art. 6(1)(c)/(f); Art. 9(2)(g) is not relied on – health categories are processed with explicit consent once the customer is told (the classifier only proposes a flag; the agent asks the customer). Alternatives: agent judgement only (inconsistent, 40 % of vulnerable customers not identified in audit), questionnaire to all (intrusive). Safeguards: flag never used for credit decisions or pricing, customer can see and remove the flag, category stored coarsely.",
        "Customers informed at the start of the call; right to refuse the flag; access to transcripts and flags; no automated decisions – the flag only triggers human contact.",
        [
            ("Human confirmation", "Agent confirms the flag with the customer"),
            ("Coarse categories", "Five categories, no diagnosis"),
            ("Separation", "Flags invisible to credit and marketing systems"),
        ],
        [
            (
                "Health and life-crisis data exposed or used against the customer",
                "Discrimination in later credit, distress",
                "Insiders, processor, integration errors",
                "Separation, consent, access logs",
                "Maximum",
                "Limited",
            ),
            (
                "Wrong flag (false positive) leads to patronising treatment",
                "Loss of autonomy",
                "Model error",
                "Agent confirmation, customer removes flag",
                "Limited",
                "Significant",
            ),
            (
                "Missed vulnerability (false negative)",
                "Harsh collection of a person in crisis",
                "Model error",
                "Agent training, audits",
                "Important",
                "Limited",
            ),
        ],
        "DPO opinion (4 Nov 2026): supports the processing with the safeguards; recommends consultation because of the special categories and the outsourcing to Poland. Validated by the Board of Directors on 10 November 2026 – see attached extract.",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Paykobber A/S, Norway branch, requests prior consultation under GDPR Art. 36 regarding vulnerability detection in our collections process.

        - PIA (CNIL PIA software export, PDF)
        - Extract of the board minutes of 10 November 2026

        """)
        + SIG
    )
    msg = message(
        "O010",
        MARTE,
        "Request for prior consultation – vulnerability detection in collections",
        when(11, 17, 11, 2),
        body,
        attachments=[
            ("PIA_vulnerability_detection_collections.pdf", to_pdf(pia, "PIA")),
            (
                "Board_extract_2026-11-10.pdf",
                to_pdf(
                    board(
                        "Item 3 – PIA vulnerability detection in collections (Norway)",
                        "The Group DPO presented the PIA and the results of the pilot in Denmark, including feedback from the debt advice service and the processor. The board validates the PIA and decides that the Norway branch requests prior consultation with Datatilsynet before launch.",
                        "10 November 2026",
                    )
                ),
            ),
        ],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "health_data",
            "vulnerable_adults",
            "audio_recording",
            "cnil_pia_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "processor_contact_in_dpia_text",
            "phone_foreign",
            "risk_severity_likelihood",
            "part5_board_minute_extract",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: CNIL export with contacts incl. Polish processor (+48); necessity and rights controls; risks with severity/likelihood and controls; board extract validating and deciding to consult",
    )


# --- O030: device fingerprinting, processor contact «will be provided» (even) -----------------


def c030() -> tuple[EmailMessage, Label]:
    page = confluence_page(
        "Risk & Compliance",
        "DPIA-0119 Device fingerprinting and behavioural biometrics for fraud prevention",
        "Freja Nygaard",
        "Dec 1, 2026",
        f"""
| Status | Owner | Approvers | DPO review |
| APPROVED | Marte Lunde | Executive Board (26 Nov 2026) | Rasmus Holm Pedersen (19 Nov 2026) |

# Contacts

- {CONTACT_LINE}
- {DPO_LINE}
- Processor: Signalyze Inc., Austin, Texas (USA) – contact details will be provided by Vendor Management (TBC)

# Description

A JavaScript and SDK component from Signalyze collects device attributes (model, OS, fonts, screen, IP, sensors) and behavioural signals (typing rhythm, swipe patterns, how the phone is held) during checkout and login. Signalyze returns a fraud score and a persistent device id. Used for all Norwegian customers (about 420 000) and visitors who start a checkout. Data processed in the US (EU–US Data Privacy Framework, SCCs as fallback). Sub-processors: Nimbus Cloud Europe BV (EU edge), Datapoint Analytics LLC (US).

# Necessity and proportionality

Purpose: preventing account takeover and purchase fraud (PSD2 transaction monitoring). Basis: Art. 6(1)(c) and (f). Alternatives: step-up with BankID for all checkouts (friction, excludes customers without BankID), rule-based checks only (fraud losses tripled in the pilot). Safeguards: behavioural data not used to identify the person across other merchants, device id kept 13 months, declines reviewed by humans on request, information in the privacy notice and at checkout.

# Risk assessment

| Risk to customers | Likelihood | Impact | Measures | Residual |
| Covert tracking across sessions and merchants | Medium | High | Contract bans cross-merchant profiles; audit | Medium |
| Behavioural signals reveal disabilities (tremor) | Low | High | No health inference; feature review | Low |
| US authorities access data | Low | Medium | DPF, SCCs, pseudonymous ids | Low |
| Wrongful declines | Medium | Medium | Human review, BankID fallback | Low |

Not implemented: on-device scoring only (vendor does not offer it). Residual risk of covert tracking medium → prior consultation.

# Approval

Executive Board 26 Nov 2026, item 5: approved with decision to consult Datatilsynet.
""",
    )
    body = (
        txt("""
        Dear Sir or Madam,

        Paykobber A/S, Norway branch, requests prior consultation (Art. 36 GDPR) for device fingerprinting and behavioural biometrics in our checkout and login. The approved DPIA page is attached as a PDF export from Confluence.

        """)
        + SIG
    )
    msg = message(
        "O030",
        MARTE,
        "Prior consultation request – DPIA-0119 device fingerprinting and behavioural biometrics",
        when(12, 3, 15, 50),
        body,
        attachments=[("DPIA-0119_Confluence_export.pdf", to_pdf(page))],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "biometrics",
            "third_country_transfer",
            "confluence_export",
            "dpia_report_pdf",
            "contact_dpia_block",
            "subprocessor_listed",
            "phone_foreign",
            "p1_processor_contact_will_follow",
            "risk_words_likelihood_consequence",
            "residual_risk",
            "part5_decision_in_dpia",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "the US processor Signalyze is named with «contact details will be provided … (TBC)» and no contact elsewhere → part 1 missing; description, necessity, risk table and Executive Board approval present",
        (1,),
    )


# --- O050: breach notification sent to the consultation mailbox (even) -----------------------


def c050() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        NOTIFICATION OF A PERSONAL DATA BREACH (Art. 33 GDPR)

        Controller: Paykobber A/S, Norway branch (org. no. 929 402 118)
        Contact: Marte Lunde, Head of Compliance Norway, +47 466 12 880, marte.lunde@paykobber.com
        DPO: Rasmus Holm Pedersen, +45 70 55 20 19, dpo@paykobber.com
        Processor involved: PostPrint Nordic AS (print and mail) – contact Geir Sande, +47 22 55 38 10, geir.sande@postprint.no

        What happened: On 7 December 2026 a batch of 1 312 monthly account statements was printed with a page-order error at our processor, so that page 2 of one customer's statement (transaction list) was enclosed with another customer's letter. Discovered 8 December after customer calls.

        Data concerned: names, customer numbers, purchases with merchant names and amounts for November 2026. No national identity numbers or card numbers.

        Measures: batch stopped; affected customers identified (1 312); letters with apology and request to destroy the wrong page sent 9 December; print job validation added at the processor.

        We do not consider this a high risk requiring communication under Art. 34 beyond the letters already sent, but we are happy to discuss. A full incident report (attached) follows our group template.

        """)
        + SIG
    )
    report = b"Incident INC-2026-0412\r\nDiscovered: 2026-12-08 08:40 CET\r\nCause: print job page ordering (PostPrint Nordic AS), template change 2026-12-06\r\nAffected: 1312 customers (NO)\r\nStatus: contained 2026-12-08 11:00\r\nNext review: 2026-12-15\r\n"
    msg = message(
        "O050",
        MARTE,
        "Personal data breach notification – misdirected account statements (Paykobber Norway branch)",
        when(12, 9, 16, 20),
        body,
        attachments=[("INC-2026-0412_summary.txt", report)],
        cc=DPO_CC,
    )
    return msg, Label(
        "en",
        (
            "fintech",
            "nonrequest_breach_notification",
            "contact_body_lines",
            "processor_contact_in_body",
            "phone_foreign",
            "txt_attachment",
        ),
        "none",
        False,
        "used",
        "a breach notification, not a consultation request; contact, DPO (+45) and the print processor all with name, phone and e-mail → part 1 present; no DPIA parts",
        (2, 3, 4, 5),
    )


TOPICS = {
    "c009": "open_banking_affordability",
    "c029": "voice_biometrics",
    "c049": "aml_ml_monitoring",
    "c010": "collections_vulnerability",
    "c030": "device_fingerprinting",
    "c050": "misdirected_statements_breach",
}
