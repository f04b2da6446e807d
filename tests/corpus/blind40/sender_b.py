# ruff: noqa: E501
"""Sender B: Hallberg Pharma Norge AS, Norwegian subsidiary of a Swedish pharmaceutical group.

Habits: the Norwegian compliance lead writes in Norwegian or English; the group's PIA reports
follow ISO/IEC 29134 (scope, PII flows, stakeholders, risk sources, evaluation, treatment plan,
follow-up) and are always in English; the group DPO in Solna (+46) signs the DPO opinion;
decisions by the Group Executive Committee or the Norwegian board.
"""

from __future__ import annotations

from email.message import EmailMessage

from extra import letter_pdf
from kit import Label, message, to_docx, to_pdf, txt, when

INGRID = "Ingrid Sæther <ingrid.saether@hallbergpharma.com>"
DPO = "Johan Lindqvist <dpo@hallbergpharma.com>"

SIG_EN = "\n" + txt("""
    Best regards

    Ingrid Sæther
    Compliance & Privacy Lead Norway
    Hallberg Pharma Norge AS
    Strandveien 35, 1366 Lysaker
    Tel. +47 67 55 41 20 | Mob. +47 934 18 275
    ingrid.saether@hallbergpharma.com

    This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.
    """)

SIG_NB = "\n" + txt("""
    Med vennlig hilsen

    Ingrid Sæther
    Compliance & Privacy Lead Norway
    Hallberg Pharma Norge AS
    Strandveien 35, 1366 Lysaker
    Tel. +47 67 55 41 20 | Mob. +47 934 18 275
    ingrid.saether@hallbergpharma.com
    """)

FOOT = [
    "Hallberg Pharma AB · Box 1204, 171 23 Solna, Sweden · Org.nr 556712-4480",
    "Internal – Confidential",
]

ANNEX_CONTACTS = """
| Role | Name and organisation | Telephone | E-mail |
| Controller's contact person | Ingrid Sæther, Compliance & Privacy Lead Norway, Hallberg Pharma Norge AS | +47 934 18 275 | ingrid.saether@hallbergpharma.com |
| Data protection officer | Johan Lindqvist, Group DPO, Hallberg Pharma AB (designated for the Norwegian subsidiary) | +46 8 555 219 40 | dpo@hallbergpharma.com |
"""


def iso_report(
    title: str,
    ref: str,
    scope: str,
    flows: str,
    stakeholders: str,
    necessity: str,
    risk_sources: str,
    evaluation: str,
    treatment: str,
    conclusions: str,
    contacts: str,
) -> str:
    """A PIA report with the structure of ISO/IEC 29134 clause 7."""
    return f"""
# Privacy Impact Assessment Report – {title}

~ Document ID: {ref}
Prepared in accordance with ISO/IEC 29134:2023 (PIA report, clause 7) and GDPR Art. 35
Owner: Hallberg Pharma Norge AS · Reviewed by: Group Data Protection Office, Solna

## 1 Scope of the PIA

{scope}

## 2 PII flows and processing description

{flows}

## 3 Stakeholders and consultation

{stakeholders}

## 4 Necessity and proportionality; privacy safeguard requirements

{necessity}

## 5 Privacy risk identification (risk sources and events)

{risk_sources}

## 6 Privacy risk analysis and evaluation

{evaluation}

## 7 Privacy risk treatment plan

{treatment}

## 8 Conclusions and decisions

{conclusions}

## 9 PIA follow-up

The PIA will be reviewed at least annually and on any significant change (new vendor, new data category, new country). The risk treatment plan is tracked in the group's GRC tool.

## Annex A – Contact details

{contacts}
"""


def risk_table(rows: list[tuple[str, str, str, str, str]]) -> str:
    head = "| ID / risk to the data subjects | Likelihood (1–4) | Impact (1–4) | Level before treatment | Level after treatment |\n"
    return head + "\n".join(f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in rows)


# --- O003: patient support programme MS (odd) -----------------------------------------------

PSP_FLOWS = """
The programme «Hallberg Together» supports patients in Norway starting treatment with our relapsing-MS medicine. The patient's neurologist offers enrolment. The patient registers in an app and can receive injection reminders, a nurse phone call in the first 12 weeks, and a home-visit for injection training. The app records injections, side effects the patient chooses to report, and mood and fatigue on a 1–5 scale.

PII processed: name, contact details, date of birth, diagnosis, treating hospital, injection log, reported side effects and well-being scores, notes from nurse calls. About 900 patients expected in three years. Special category: health data.

Flows: patient → app (CareLink platform) → programme nurses employed by CareLink Nordic AB (processor) → Hallberg receives only (i) adverse event reports as required by pharmacovigilance law and (ii) aggregated, anonymised statistics. Hallberg staff cannot see patient-level programme data. Data stored in CareLink's data centre in Sweden. Sub-processor: Nimbus Cloud Europe BV for backup (Netherlands).

Processor's contact: Elin Sandberg, Head of Data Protection, CareLink Nordic AB, Malmö, Tel. +46 40 555 36 12, dataskydd@carelinknordic.se.

Security: ISO 27001-certified processor; encryption in transit and at rest; two-factor login for patients and nurses; nurse notes accessible only to the patient's assigned nurse team; deletion 12 months after the patient leaves the programme, adverse event reports kept as required by law.
"""

PSP_NECESSITY = """
Purpose: to help patients manage a demanding treatment and report side effects. Lawful basis: explicit consent (Art. 9(2)(a)) for the programme; legal obligation (Art. 9(2)(i)) for adverse event reporting. Participation is voluntary, has no effect on treatment or reimbursement, and can be ended in the app at any time.

Why a company-sponsored programme at all: hospitals have asked for injection training at home and the health trusts have no capacity. Alternatives assessed: (a) printed material only – does not meet patients' need for follow-up; (b) hospital-run programme with our funding – discussed with two health trusts, declined; (c) programme without an app, nurse calls only – kept as option for patients who do not want the app.

Safeguards: firewall between the programme and Hallberg's sales and marketing (contractual and technical – no access, audited yearly); no use of programme data for promotion; neurologist receives nothing unless the patient asks; consent screens in plain Norwegian tested with the MS patient association; access and deletion from the app; data minimisation (free-text fields limited, mood scale optional).
"""

PSP_RISKS = """
Risk sources: programme nurses, Hallberg employees (commercial interest), hackers, the app vendor, the patient's family (shared phone). Feared events: health data reach Hallberg's sales force; patients feel pressured to stay in the programme or on the drug; breach of the platform; wrong handling of a reported side effect.
"""


def c003() -> tuple[EmailMessage, Label]:
    report = iso_report(
        "Patient support programme «Hallberg Together» (relapsing MS), Norway",
        "HP-PIA-2026-031 v2.0",
        "This PIA covers the Norwegian roll-out of the patient support programme for one MS medicine, including the app, nurse services and adverse event reporting. Clinical trials and the sales CRM are out of scope.",
        PSP_FLOWS,
        "Consulted: MS-forbundet (patient association) on consent texts and app usability (workshop 9 September 2026); two neurologists at Norwegian hospitals; CareLink's nurse team; Hallberg's pharmacovigilance unit; the Norwegian works council was informed. Main feedback: fear that data could be used for marketing – led to the firewall measures in section 4.",
        PSP_NECESSITY,
        PSP_RISKS,
        risk_table(
            [
                (
                    "R1 Programme data used by sales to target patients or doctors",
                    "2",
                    "4",
                    "High",
                    "Medium",
                ),
                (
                    "R2 Patient feels obliged to take part or to stay on treatment",
                    "2",
                    "3",
                    "Medium",
                    "Low",
                ),
                (
                    "R3 Breach at processor exposing health data of MS patients",
                    "2",
                    "4",
                    "High",
                    "Medium",
                ),
                (
                    "R4 Side effect reported in the app not handled (patient safety and trust)",
                    "2",
                    "3",
                    "Medium",
                    "Low",
                ),
            ]
        ),
        "Implemented: firewall clauses, technical separation, yearly audit (R1); voluntary enrolment by the neurologist, opt-out in app, no link to reimbursement (R2); ISO 27001, pen test, encryption, 2FA (R3); 24-hour pharmacovigilance routine and nurse escalation (R4).\n\nConsidered and not implemented: full anonymisation towards the nurses (not possible – nurses need to call the patient); storing data in a Norwegian data centre (CareLink has none; Swedish storage within the EEA accepted); an independent ethics board (judged disproportionate for a service programme). Residual risks R1 and R3 remain medium because of the sensitivity of the data and the company's commercial interest.",
        "The Group Executive Committee approved this PIA on 28 October 2026 and decided that prior consultation with Datatilsynet shall be requested before launch in Norway (extract attached). DPO opinion (J. Lindqvist, 21 October 2026): agrees with the assessment and recommends prior consultation because of residual risk R1.",
        ANNEX_CONTACTS
        + "| Processor | Elin Sandberg, CareLink Nordic AB | +46 40 555 36 12 | dataskydd@carelinknordic.se |\n",
    )
    gec = """
# Hallberg Pharma AB – Group Executive Committee

~ Extract from minutes of meeting 19/2026, 28 October 2026, Solna
Chair: Annika Westin (CEO). Present: GEC members; Johan Lindqvist (Group DPO) for § 7

## § 7 Patient support programme «Hallberg Together», Norway – PIA HP-PIA-2026-031

The Nordic Medical Director presented the programme and the PIA report v2.0, including the results of the consultation with MS-forbundet and the neurologists, and the risk treatment plan. The Group DPO presented his opinion.

Decision: The GEC approves the PIA and the risk treatment plan, accepts residual risks R1 and R3 as medium, and instructs Hallberg Pharma Norge AS to request prior consultation with the Norwegian Data Protection Authority before launch.

~ Minutes checked: Annika Westin, Karl Bergman
"""
    body = (
        txt("""
        Dear Sir or Madam,

        Hallberg Pharma Norge AS requests prior consultation under Article 36 of the GDPR concerning our patient support programme «Hallberg Together» for patients with relapsing multiple sclerosis in Norway.

        Enclosed are our PIA report (HP-PIA-2026-031, version 2.0, prepared under ISO/IEC 29134) and an extract of the Group Executive Committee's minutes of 28 October 2026 approving the PIA and deciding to consult you. Contact details for me, the group DPO and our processor CareLink Nordic AB are in Annex A of the report.

        """)
        + SIG_EN
    )
    msg = message(
        "O003",
        INGRID,
        "Request for prior consultation – patient support programme (MS) – Hallberg Pharma Norge AS",
        when(11, 5, 13, 20),
        body,
        attachments=[
            (
                "HP-PIA-2026-031_v2.0_Hallberg_Together_NO.pdf",
                letter_pdf(report, FOOT, "PIA report"),
            ),
            ("GEC_minutes_19-2026_extract_par7.pdf", letter_pdf(gec, FOOT)),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "pharma",
            "health_data",
            "patient_app",
            "iso29134_report",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "phone_foreign",
            "group_dpo_abroad",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
            "disclaimer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: ISO 29134-style PIA report with Annex A contacts (contact, group DPO +46, processor CareLink); necessity with alternatives and safeguards; risk table before/after with measures not implemented and reasons; GEC minute extract approving and deciding to consult",
    )


# --- O023: HCP engagement analytics, sign-off table empty (odd) -----------------------------

HCP_REPORT_PARTS = {
    "scope": "The PIA covers the planned «Omnichannel HCP Insights» analytics in Norway: combining our CRM data on meetings with healthcare professionals (HCPs) with e-mail engagement data and purchased prescribing statistics to segment HCPs and plan sales contacts.",
    "flows": "Data subjects: about 4 800 physicians and pharmacists in Norway. PII: name, workplace, specialty, HPR number, meeting history, e-mail opens and clicks, webinar attendance, and regional prescribing volumes per practice bought from Medisight Data AS (for small practices these can be attributed to one physician). Output: a segment («high potential», «digital first», «low interest») and a predicted 'next best action' per HCP, shown to sales representatives.\n\nProcessors: Stratacore Inc., Boston, USA (CRM and analytics platform; EU–US Data Privacy Framework certified); contact: Rachel Moore, Privacy Office, +1 617 555 0148, privacy@stratacore.com. Sub-processors: Nimbus Cloud Europe BV (EU hosting), Mailvault Ltd (Ireland, e-mail tracking).\n\nSecurity: role-based access per sales region; SSO; logs; data kept 36 months after the last interaction.",
    "stakeholders": "Consulted: Legemiddelindustrien's (LMI) ethics guidance; 8 HCPs interviewed in a customer advisory panel; the Nordic sales team; the works council (for reps' own activity data).",
    "necessity": "Lawful basis: legitimate interests (Art. 6(1)(f)), balancing test in Annex B. Alternatives: manual planning (current practice, inconsistent), segmentation without prescribing data (tested, less accurate but feasible – kept as fallback for practices with fewer than three physicians). Safeguards: prescribing data used only at practice level and suppressed for single-physician practices; HCPs informed at first contact and by e-mail with a link to object; objection removes the HCP from all scoring; no tracking pixels for HCPs who object; segments never shared outside Hallberg.",
    "sources": "Risk sources: sales reps, the US vendor, US authorities (access to data), marketing. Feared events: HCPs profiled on their prescribing without knowing; segment labels leak and harm reputation; transfer to the US without adequate protection.",
    "evaluation": risk_table(
        [
            (
                "H1 Individual prescribing behaviour inferred and used to pressure HCPs",
                "3",
                "3",
                "High",
                "Medium",
            ),
            ("H2 HCPs unaware of tracking of e-mail engagement", "3", "2", "Medium", "Low"),
            ("H3 Access by US authorities to CRM data", "1", "3", "Low", "Low"),
            ("H4 Segment labels disclosed (reputational harm)", "2", "2", "Medium", "Low"),
        ]
    ),
    "treatment": "Implemented: suppression of single-physician practices, objection link, no pixels after objection, DPF certification checked, SCCs as back-up, encryption with EU-held keys, label names neutral. Not implemented: consent instead of legitimate interests (reps expect low uptake and the data is professional; kept under review); removing prescribing data completely (would make the tool of little value). Residual risk H1 medium.",
}


def c023() -> tuple[EmailMessage, Label]:
    p = HCP_REPORT_PARTS
    report = iso_report(
        "Omnichannel HCP Insights (Norway)",
        "HP-PIA-2026-044 v1.0",
        p["scope"],
        p["flows"],
        p["stakeholders"],
        p["necessity"],
        p["sources"],
        p["evaluation"],
        p["treatment"],
        "The PIA concludes that residual risk H1 is medium and recommends prior consultation in Norway. DPO opinion (J. Lindqvist, 2 November 2026): agree.\n\nApproval and sign-off\n\n| Name | Role | Decision | Signature | Date |\n|  |  |  |  |  |\n|  |  |  |  |  |",
        ANNEX_CONTACTS,
    )
    inner_body = txt("""
        Hi Ingrid,

        Attached is the final PIA report for Omnichannel HCP Insights, as discussed. As agreed in the Nordic leadership call, Norway should consult Datatilsynet before we switch on the prescribing data. Could you send it to them from the Norwegian entity?

        Thanks,
        Johan

        Johan Lindqvist
        Group Data Protection Officer
        Hallberg Pharma AB, Solna, Sweden
        Tel. +46 8 555 219 40 | dpo@hallbergpharma.com
        """)
    inner = message(
        "O023i",
        DPO,
        "Final PIA – Omnichannel HCP Insights NO",
        when(11, 16, 16, 2),
        inner_body,
        attachments=[
            ("HP-PIA-2026-044_v1.0_HCP_Insights.pdf", letter_pdf(report, FOOT, "PIA report"))
        ],
        to=INGRID,
    )
    body = (
        txt("""
        Hei,

        Hallberg Pharma Norge AS ber med dette om forhåndsdrøftelse etter personvernforordningen artikkel 36 for analyseløsningen «Omnichannel HCP Insights», som kombinerer vår CRM-informasjon om møter med leger og farmasøyter med kjøpt forskrivningsstatistikk.

        Vurderingen av personvernkonsekvenser er utarbeidet av konsernets personvernkontor i Sverige og er på engelsk. Den ligger i den videresendte e-posten fra personvernombudet. Kontaktopplysninger for meg, personvernombudet og databehandleren Stratacore står i rapportens vedlegg A og avsnitt 2.

        Vi svarer gjerne på spørsmål på norsk eller engelsk.

        """)
        + SIG_NB
    )
    msg = message(
        "O023",
        INGRID,
        "Anmodning om forhåndsdrøftelse – Omnichannel HCP Insights – Hallberg Pharma Norge AS",
        when(11, 17, 9, 14),
        body,
        forwarded=("Final PIA – Omnichannel HCP Insights NO.eml", inner),
        cc=DPO,
    )
    return msg, Label(
        "nb",
        (
            "pharma",
            "profiling",
            "third_country_transfer",
            "iso29134_report",
            "dpia_report_pdf",
            "forwarded_rfc822",
            "english_attachment",
            "contact_dpia_table",
            "processor_contact_in_dpia_text",
            "subprocessor_listed",
            "phone_foreign",
            "signoff_table_empty",
            "risk_likelihood_consequence",
            "residual_risk",
            "looks_complete",
        ),
        "none",
        True,
        "used",
        "Norwegian cover, English ISO report inside a forwarded .eml; parts 1–4 present (US processor contact in section 2); section 8 has only the DPO's opinion and an empty «Approval and sign-off» table, no management decision anywhere → part 5 missing",
        (5,),
    )


# --- O043: social media listening, asks for a guidance meeting (odd) ------------------------


def c043() -> tuple[EmailMessage, Label]:
    body = txt("""
        Dear Datatilsynet,

        I am writing on behalf of Hallberg Pharma AB and its Norwegian subsidiary. We are considering a social-media listening service that would scan public Norwegian posts and patient forums for mentions of our products, so that possible adverse events can be picked up and reported as pharmacovigilance rules require. A vendor (Listenwise Ltd, Manchester) would act as our processor.

        We have only started the DPIA. Before we go further we would appreciate a guidance meeting (veiledningsmøte) to discuss in particular:

        - whether screening posts that mention health conditions is compatible with Art. 9 when the purpose is a legal obligation;
        - how far we may go in contacting the authors of posts for follow-up information;
        - whether you see this as a case where prior consultation would likely be required later.

        To be clear, this is not a request for prior consultation; we will decide on that when the DPIA is finished. Our Norwegian contact is Ingrid Sæther (ingrid.saether@hallbergpharma.com, +47 934 18 275), in copy.

        Kind regards

        Johan Lindqvist
        Group Data Protection Officer
        Hallberg Pharma AB, Box 1204, 171 23 Solna, Sweden
        Tel. +46 8 555 219 40 | dpo@hallbergpharma.com
        """)
    msg = message(
        "O043",
        DPO,
        "Request for a guidance meeting – social media listening for adverse events",
        when(12, 3, 10, 31),
        body,
        cc=INGRID,
    )
    return msg, Label(
        "en",
        (
            "pharma",
            "health_data",
            "nonrequest_question",
            "asks_guidance_meeting",
            "prior_consultation_declined",
            "all_in_body",
            "phone_foreign",
            "p1_processor_named_no_contact",
        ),
        "none",
        False,
        "used",
        "asks for a guidance meeting and says explicitly it is not a request for prior consultation; contact and DPO have name, phone and e-mail but the processor Listenwise is named without contact → part 1 missing; the DPIA is not done",
        (1, 2, 3, 4, 5),
    )


# --- O004: symptom chatbot (even) ------------------------------------------------------------


def c004() -> tuple[EmailMessage, Label]:
    report = iso_report(
        "«Hallberg Companion» AI symptom assistant for migraine patients (Norway)",
        "HP-PIA-2026-038 v1.1",
        "Scope: a chat assistant in the «Hallberg Companion» app for adults prescribed our migraine prophylaxis. The assistant answers questions about the medicine (approved label only), helps the patient keep a headache diary and, when the patient describes alarming symptoms, tells them to contact a doctor or emergency services. No diagnosis, no dose advice.",
        "Data subjects: an estimated 6 000 patients in Norway. PII: account data, headache diary (days, intensity, triggers, medication taken), chat transcripts, which may contain any health information the patient types. The language model is provided by Sentira AI Oy (Helsinki, processor) and runs in Sentira's EU region; no training on customer data. Sentira's contact: Anni Koskinen, Data Protection Manager, +358 9 555 4471, privacy@sentira.ai. Sub-processor: Nimbus Cloud Europe BV (GPU hosting, Amsterdam).\n\nFlows: patient → app → Sentira (inference, transcript stored 30 days) → diary stored in Hallberg's EU tenant. Possible adverse events are detected by a classifier and routed to pharmacovigilance. Hallberg's medical information team can read transcripts only when the patient asks for human follow-up.\n\nSecurity: encryption, pseudonymous account ids towards Sentira, prompt filtering against extraction of other users' data, red-team testing before launch, logging.",
        "Consulted: Hodepinesenteret's patient panel (10 patients), two GPs, Hallberg medical information, pharmacovigilance, Sentira's safety team. Patients asked for a clear statement that a human is not reading every chat – added to the onboarding.",
        "Lawful basis: explicit consent (Art. 9(2)(a)) for the diary and chat; legal obligation for adverse event reporting (Art. 9(2)(i)). Alternatives: a static FAQ (does not help with diaries; kept inside the app), human nurse chat (not feasible at scale, offered on weekdays on request). Minimisation: free-text discouraged for identifying details; automatic removal of names and phone numbers in transcripts; 30-day transcript retention. Rights: onboarding in plain Norwegian, export of diary, deletion in app, human follow-up on request, no automated decisions affecting treatment. Commercial firewall: no marketing use, audited.",
        "Risk sources: model errors (hallucination), the processor, attackers, Hallberg commercial staff. Feared events: wrong reassurance about a serious symptom; health details in transcripts exposed; patients profiled for marketing.",
        risk_table(
            [
                (
                    "C1 Wrong or reassuring answer about an alarming symptom",
                    "2",
                    "4",
                    "High",
                    "Medium",
                ),
                (
                    "C2 Sensitive free-text exposed in a breach at the model provider",
                    "2",
                    "3",
                    "Medium",
                    "Low",
                ),
                ("C3 Chat data used for marketing", "1", "3", "Low", "Low"),
                ("C4 Patients believe a doctor reads the chat", "3", "2", "Medium", "Low"),
            ]
        ),
        "Implemented: symptom red-flag rules outside the model that always trigger the emergency message (C1); redaction and retention limits (C2); firewall and audit (C3); onboarding text (C4). Considered, not implemented: human review of all answers (not feasible; sampling of 2 % instead), on-premise model (not available at the needed quality). C1 stays medium, which is why we consult.",
        "The PIA and treatment plan were approved by written resolution of the board of Hallberg Pharma Norge AS dated 13 November 2026 (attached), which also decided to request prior consultation. DPO opinion (J. Lindqvist, 6 November 2026): agrees; recommends consultation.",
        ANNEX_CONTACTS
        + "| Processor | Anni Koskinen, Sentira AI Oy | +358 9 555 4471 | privacy@sentira.ai |\n",
    )
    resolution = """
# Hallberg Pharma Norge AS (org.nr. 915 330 862)

## Written board resolution (styrevedtak truffet skriftlig) – 13 November 2026

The board has received PIA report HP-PIA-2026-038 v1.1 «Hallberg Companion», the summary presentation by the Nordic Medical Director of 11 November 2026 with the feedback from the patient panel and the GPs, and the DPO's opinion.

The board resolves:
- to approve the PIA and the risk treatment plan;
- to accept residual risk C1 (medium) pending the authority's view;
- that the company shall request prior consultation with Datatilsynet and not launch the assistant before the consultation is concluded.

~ Signed electronically (BankID): Karl Bergman (chair), Ingrid Sæther, Lars Ove Fjeld
"""
    body = (
        txt("""
        Dear Sir or Madam,

        Please find enclosed Hallberg Pharma Norge AS's request for prior consultation under GDPR Article 36 regarding the AI symptom assistant in our «Hallberg Companion» app for migraine patients.

        1. PIA report HP-PIA-2026-038 v1.1 (Word) – contacts in Annex A
        2. Written board resolution of 13 November 2026 (PDF)

        """)
        + SIG_EN
    )
    msg = message(
        "O004",
        INGRID,
        "Prior consultation request (GDPR Art. 36) – AI symptom assistant «Hallberg Companion»",
        when(11, 19, 14, 45),
        body,
        attachments=[
            ("HP-PIA-2026-038_v1.1_Companion.docx", to_docx(report)),
            ("Board_resolution_2026-11-13.pdf", to_pdf(resolution)),
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "pharma",
            "health_data",
            "new_technology_ai",
            "iso29134_report",
            "dpia_report_docx",
            "contact_dpia_table",
            "processor_contact_table",
            "subprocessor_listed",
            "phone_foreign",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_board_decision_pdf",
            "disclaimer",
        ),
        "pgp_mime",
        True,
        "used",
        "complete: ISO-style PIA in Word with contacts incl. processor Sentira (+358); necessity with alternatives and rights; risk table before/after with measures not implemented; written board resolution of the Norwegian subsidiary",
    )


# --- O024: genetic testing programme (even) -------------------------------------------------


def c024() -> tuple[EmailMessage, Label]:
    report = iso_report(
        "Sponsored genetic testing for hereditary transthyretin amyloidosis (hATTR), Norway",
        "HP-PIA-2026-041 v1.0",
        "Scope: a free genetic test offered through Norwegian cardiologists and neurologists to adults with symptoms suggesting hATTR, and cascade testing of their blood relatives on the patient's initiative. Hallberg sponsors the programme; the test is performed by Helix Diagnostics GmbH.",
        "Data subjects: patients (est. 400 per year) and relatives who choose to be tested. PII: name, date of birth, ordering physician, clinical indication, blood sample, genetic result (TTR variant). Flow: physician orders via the lab's portal → sample sent to Heidelberg → result returned only to the ordering physician. Hallberg receives monthly counts per region and positive rate, never names, and no sample-level pseudonymised data. Samples destroyed after 3 months, results kept by the lab 10 years as required for medical records.\n\nProcessor/lab: Helix Diagnostics GmbH, Heidelberg; contact Dr. Lukas Brandt, Data Protection Officer, +49 6221 555 8830, datenschutz@helixdx.de. Whether the lab is our processor or the physician's has been assessed in Annex B: for the programme's logistics and statistics it acts as our processor.\n\nSecurity: portal with HelseID login, encrypted transport of results, samples coded, ISO 15189 accreditation.",
        "Consulted: Norsk forening for medisinsk genetikk (two genetic counsellors), Amyloidoseforeningen (patient group), Helix, our medical affairs team. Counsellors asked that relatives are never contacted by the programme – adopted.",
        "Purpose: earlier diagnosis of a rare, treatable disease. Lawful basis: Art. 9(2)(h) (medical diagnosis, test ordered by a physician bound by secrecy), with Art. 6(1)(f) for the sponsor's statistics on anonymous counts. Bioteknologiloven's rules on genetic testing and counselling are followed through the ordering physician. Alternatives: no sponsored testing (long diagnostic delay), tests at Norwegian university hospitals with our funding (explored; waiting lists of 6–9 months). Safeguards: Hallberg never sees identities; no link between testing and prescribing; physicians may not be approached commercially based on test volumes; written information for patients and relatives in Norwegian; right to not know respected via counselling.",
        "Risk sources: sponsor's commercial interest, lab staff, attackers, insurers (genetic discrimination), family dynamics. Feared events: Hallberg or third parties learn who carries the variant; relatives learn results they did not want; data sent to Germany used for research without consent.",
        risk_table(
            [
                ("G1 Sponsor obtains identifiable genetic results", "1", "4", "Medium", "Low"),
                (
                    "G2 Relatives pressured into testing or informed against their wish",
                    "2",
                    "4",
                    "High",
                    "Medium",
                ),
                ("G3 Lab uses samples or results for research", "2", "3", "Medium", "Low"),
                ("G4 Breach at the lab exposing genetic data", "2", "4", "High", "Medium"),
            ]
        ),
        "Implemented: contractual ban on identifiable reporting and on secondary use, audit right, destruction of samples after 3 months; cascade testing only on the patient's initiative with counselling; encryption. Not implemented: testing only at Norwegian labs (capacity), Hallberg-funded genetic counsellor (rejected by the counsellors as a conflict of interest). G2 and G4 stay medium.",
        "Approved by the Nordic Leadership Team on 20 November 2026 with the decision to consult Datatilsynet (extract of minutes attached). DPO opinion (J. Lindqvist, 14 November): supports consultation.",
        ANNEX_CONTACTS
        + "| Processor (lab) | Dr. Lukas Brandt, Helix Diagnostics GmbH | +49 6221 555 8830 | datenschutz@helixdx.de |\n",
    )
    nlt = """
# Hallberg Pharma – Nordic Leadership Team

~ Minutes, meeting 20 November 2026 (Teams), item 5
Present: Maria Ekström (Nordic Medical Director, chair), Karl Bergman (GM Nordics), Ingrid Sæther (item 5), Johan Lindqvist (Group DPO, item 5)

## 5. hATTR sponsored genetic testing – PIA HP-PIA-2026-041

Presented: PIA v1.0 and summary of stakeholder input (genetic counsellors, Amyloidoseforeningen, Helix). Discussion of G2 and G4.

Decision: The NLT approves the PIA and accepts residual risks G2 and G4 (medium). Hallberg Pharma Norge AS shall request prior consultation with Datatilsynet before the programme starts in Norway.
"""
    body = (
        txt("""
        Til Datatilsynet

        Hallberg Pharma Norge AS ber om forhåndsdrøftelse etter GDPR artikkel 36 for et sponset gentestprogram for arvelig transtyretin-amyloidose (hATTR).

        Vurderingen av personvernkonsekvenser er skrevet på engelsk etter konsernets mal (ISO/IEC 29134) og følger vedlagt, sammen med et utdrag av protokollen fra Nordic Leadership Team 20. november 2026 der vurderingen ble godkjent og det ble besluttet å be om forhåndsdrøftelse.

        Kontaktperson: undertegnede (se signatur). Personvernombud: Johan Lindqvist, Hallberg Pharma AB, tlf. +46 8 555 219 40, dpo@hallbergpharma.com. Laboratoriet Helix Diagnostics GmbH er databehandler; kontaktperson står i rapportens vedlegg A.

        """)
        + SIG_NB
    )
    msg = message(
        "O024",
        INGRID,
        "Anmodning om forhåndsdrøftelse – gentestprogram hATTR",
        when(11, 25, 8, 50),
        body,
        attachments=[
            ("HP-PIA-2026-041_hATTR_genetic_testing.pdf", letter_pdf(report, FOOT, "PIA report")),
            ("NLT_minutes_2026-11-20_item5.pdf", to_pdf(nlt)),
        ],
    )
    return msg, Label(
        "nb",
        (
            "pharma",
            "genetic_data",
            "health_data",
            "iso29134_report",
            "dpia_report_pdf",
            "english_attachment",
            "contact_body_lines",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_likelihood_consequence",
            "residual_risk",
            "part5_management_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete: Norwegian cover with contact and DPO (+46), English ISO report with the lab's contact in Annex A; safeguards for patients and relatives; risk table before/after, measures not implemented with reasons; Nordic Leadership Team minutes approving and deciding to consult",
    )


# --- O044: Parkinson's wearable, risk section only a heat-map title (even) -------------------


def c044() -> tuple[EmailMessage, Label]:
    report = iso_report(
        "Wearable motion sensor in the Parkinson's support programme «Steady» (Norway)",
        "HP-PIA-2026-047 v1.0",
        "Scope: a wrist-worn sensor (MotionSense BV) given to patients on our Parkinson's medicine in the support programme, measuring tremor, dyskinesia and steps continuously; weekly reports to the patient and, if the patient agrees, to the neurologist.",
        "Data subjects: up to 700 patients. PII: sensor data (accelerometer, gyroscope, 50 Hz), derived symptom scores, sleep periods, step counts, medication times entered by the patient, contact data. Flows: sensor → patient's phone → MotionSense cloud (processor, EU) → report to patient/neurologist. Hallberg sees only aggregated, anonymised data. Processor contact: Daan Visser, Privacy Lead, MotionSense BV, Eindhoven, +31 40 555 7712, privacy@motionsense.nl.\n\nSecurity: pairing with PIN, encryption on device and in transit, ISO 27001 processor, data deleted 6 months after the patient leaves.",
        "Consulted: Norges Parkinsonforbund (user panel of 8), three neurologists, MotionSense. The panel asked for a simple way to pause measurement – added.",
        "Lawful basis: explicit consent. Alternatives: paper symptom diary (current practice, poor quality), clinic-based measurement only (snapshot). Safeguards: pause button, data to neurologist only with separate consent, no marketing use, deletion on leaving, information in large font and audio version.",
        "Risk sources: processor, commercial staff, attackers, family members with access to the phone. Feared events: continuous health data exposed; insights into daily life (sleep, movement at home); pressure to share with the neurologist.",
        "Figure 6.1 – Privacy risk heat map (likelihood × impact)",
        "See the heat map in section 6.",
        "The Nordic Leadership Team reviewed this PIA on 27 November 2026 (presentation by the Nordic Medical Director, with the input from Norges Parkinsonforbund's user panel, the neurologists and the DPO), approved it and decided to request prior consultation with Datatilsynet because continuous monitoring of a vulnerable patient group is involved. DPO opinion (J. Lindqvist, 24 November 2026): agrees.",
        ANNEX_CONTACTS
        + "| Processor | Daan Visser, MotionSense BV | +31 40 555 7712 | privacy@motionsense.nl |\n",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Hallberg Pharma Norge AS requests prior consultation under Art. 36 GDPR for the wearable motion sensor in our Parkinson's patient support programme «Steady». The PIA report (HP-PIA-2026-047) is attached; it records the Nordic Leadership Team's approval of 27 November 2026 and the decision to consult you (section 8). Contacts are in Annex A.

        """)
        + SIG_EN
    )
    msg = message(
        "O044",
        INGRID,
        "Art. 36 request – wearable sensor in Parkinson's support programme «Steady»",
        when(12, 4, 12, 10),
        body,
        attachments=[
            ("HP-PIA-2026-047_Steady_wearable.pdf", letter_pdf(report, FOOT, "PIA report"))
        ],
        cc=DPO,
    )
    return msg, Label(
        "en",
        (
            "pharma",
            "health_data",
            "wearables",
            "vulnerable_adults",
            "iso29134_report",
            "dpia_report_pdf",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_heatmap_title_only",
            "part5_decision_in_dpia",
            "looks_complete",
            "disclaimer",
        ),
        "none",
        True,
        "used",
        "section 6 holds only the caption «Figure 6.1 – Privacy risk heat map» and section 7 says «See the heat map»; risk sources are listed but no risk is assessed and no measures taken/not taken → part 4 missing; the rest is present",
        (4,),
    )


TOPICS = {
    "c003": "ms_support_programme",
    "c023": "hcp_insights",
    "c043": "social_media_listening",
    "c004": "symptom_chatbot",
    "c024": "genetic_testing",
    "c044": "parkinson_wearable",
}
