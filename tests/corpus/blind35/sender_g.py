# ruff: noqa: E501
"""Sender G: University of Kvalsund (UiKv), research projects in health sciences, English.

Habits: the principal investigator or project coordinator writes in English (international
groups); the DPIA follows the university's research DPIA template with numbered sections, split
into several files (protocol summary, DPIA, risk register, approval), sometimes zipped; approval as
a decision letter from the Pro-Rector for Research or faculty board minutes. The university DPO
has a role mailbox and a named person.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_docx, to_pdf, to_xlsx, to_zip, txt, when

TOPICS = {
    "c013": "sensor monitoring of people with dementia in nursing homes (study)",
    "c033": "linking survey, screen-time logging and registry data in adolescents (study)",
    "c053": "eye-tracking glasses in classrooms (question)",
    "c014": "population biobank with genome sequencing and recontact",
    "c034": "passive smartphone sensing in adolescents with depression",
    "c054": "video recordings of GP consultations for communication research",
}

DPO_FULL = "Data Protection Officer: Jonas Berg Holte, +47 77 64 40 17, jonas.holte@uikv.no (role mailbox personvernombud@uikv.no)"


def risk_sheet(rows: list[list[str]]) -> dict[str, list[list[str]]]:
    header = [
        "ID",
        "Risk to participants",
        "Likelihood (1-5)",
        "Impact (1-5)",
        "Level",
        "Measures in place",
        "Measures considered, not implemented",
        "Reason",
        "Residual",
    ]
    return {"Risk register": [header, *rows]}


# --- G13: dementia sensor study --------------------------------------------------------------

DEM_PROTOCOL = """
# SENSE-DEM – Protocol summary

Sensor-based detection of night-time agitation and falls in people with dementia in nursing homes: a stepped-wedge cluster trial.

Principal investigator: Professor Astrid Nygaard Lund, Department of Health and Care Sciences, University of Kvalsund.

Funding: Research Council of Norway, project 352118. REK approval 2026/118441 (conditional on this prior consultation).

Design: 12 nursing homes in four municipalities are introduced to the intervention in random order over 18 months. Intervention: radar and bed sensors in residents' rooms that alert night staff about agitation, falls and bed exits, plus a monthly report on sleep and agitation patterns to the nurse in charge. Outcomes: falls, use of psychotropic drugs, staff workload.

Participants: about 420 residents with dementia, most lacking capacity to consent; consent from next of kin according to the Health Research Act § 17. About 300 staff members take part in interviews and questionnaires.
"""

DEM_DPIA = """
# Data Protection Impact Assessment – SENSE-DEM

University of Kvalsund, research DPIA template v2. Version 1.0, 20 October 2026.

# 1. Contact details

| Role | Name | Phone | E-mail |
| Controller | University of Kvalsund, represented by the Pro-Rector for Research | +47 77 64 40 00 | postmottak@uikv.no |
| Contact person (project coordinator) | Dr. Farid Haddad | +47 77 64 52 88 | farid.haddad@uikv.no |
| Principal investigator | Prof. Astrid Nygaard Lund | +47 77 64 52 10 | astrid.lund@uikv.no |
| Data Protection Officer | Jonas Berg Holte | +47 77 64 40 17 | jonas.holte@uikv.no |
| Processor (sensors and platform) | Vakta Sensor AS – Eivind Tangen, Head of Research Partnerships | +47 924 18 550 | eivind.tangen@vaktasensor.no |

The municipalities are separate controllers for the use of alerts in care; the university is controller for the research data. Data-sharing agreements with the four municipalities were signed in September 2026.

# 2. Description of the processing

2.1 Nature. Radar sensors on the ceiling (no camera image) and pressure sensors in the mattress record movement, presence, breathing rate and heart rate. The sensor platform (Vakta) converts this into events: bed exit, fall, restlessness, time asleep. Alerts go to staff in real time; this is care, run by the municipality. For the research, Vakta exports event data (not raw signals) weekly to the university, pseudonymised with a study ID.

2.2 Scope. 420 residents, 18 months, about 30 events per resident per night. Health data (Art. 9), data on people who cannot consent. Questionnaire data from 300 staff.

2.3 Context. Residents are highly vulnerable; their rooms are their homes. Next of kin consent on their behalf. Staff may feel that the data also measures them (response times).

2.4 Purpose. To find out whether sensor-based alerts reduce falls and psychotropic drug use.

2.5 Data flow. Sensors → Vakta platform (Norway) → municipality's care staff (alerts) and weekly pseudonymised export → University secure research platform (SafeLab). The key linking study ID to identity is held by the project coordinator in a separate area of SafeLab. Medication data are extracted from the nursing home records by nurses employed by the municipality, entered directly in the eCRF with study ID.

2.6 Retention. Research data are kept until 31 December 2032 (five years after end of project for verification), then anonymised. Raw sensor signals are deleted by Vakta after 30 days.

2.7 Security. SafeLab is approved for red (confidential) data; two-factor login, no internet from analysis machines, logging. Vakta's platform is ISO 27001 certified.

# 3. Necessity and proportionality

3.1 Legal basis. Art. 6(1)(e) and Art. 9(2)(j), cf. the Personal Data Act § 8 and § 9, and the Health Research Act. Consent under the Health Research Act is an ethical safeguard, not the GDPR basis.

3.2 Necessity. The research question cannot be answered without data from people with dementia in their actual homes. We have chosen radar rather than cameras; events rather than raw signals; a pseudonymised export instead of direct access. We considered including only residents with capacity to consent, but almost none in nursing homes have that capacity, and results would not be valid for the group.

3.3 Data minimisation. Only 14 event variables are exported. No audio, no images. Staff identities are not linked to response times in the research data.

3.4 Rights and safeguards. Information adapted to residents (pictures, oral) and to next of kin; residents' own signs of refusal are respected and lead to removal of the sensor; withdrawal at any time with deletion of data not yet analysed; access requests handled by the project coordinator; results published only in aggregate; user representative (from the Dementia Association) in the steering group.

# 4. Risk assessment

See the separate risk register (Excel). Summary: the highest risks are R1 (residents' sense of being watched in their home, dignity), R2 (re-identification in a small nursing home), and R4 (staff monitoring). After measures, R1 and R4 remain high.

# 5. Stakeholders

Dementia Association, user panel of next of kin, Norwegian Nurses Organisation (local representatives), the four municipalities' DPOs, REK.

# 6. Approval

Approved by the Pro-Rector for Research on 3 November 2026, see decision letter.
"""

DEM_RISK = [
    [
        "R1",
        "Residents experience being watched in their own room; loss of dignity",
        "3",
        "4",
        "High",
        "No camera, info adapted, signs of refusal respected",
        "Sensors only in common areas",
        "Falls at night happen in rooms",
        "High",
    ],
    [
        "R2",
        "Re-identification of residents in small nursing homes from event patterns",
        "3",
        "3",
        "Medium",
        "Results only aggregated, no unit-level reporting below 10 residents",
        "Synthetic data for analysis",
        "Not feasible for trial analysis",
        "Medium",
    ],
    [
        "R3",
        "Next of kin consent does not reflect the resident's wishes",
        "2",
        "4",
        "Medium",
        "Ongoing assessment of the resident's reactions, removal if distress",
        "",
        "",
        "Medium",
    ],
    [
        "R4",
        "Staff response times used for performance management by the employer",
        "3",
        "3",
        "Medium",
        "Staff IDs not exported, agreement with municipalities",
        "Blocking municipalities from seeing response times",
        "Municipalities need them for care quality; outside our control",
        "High",
    ],
    [
        "R5",
        "Unauthorised access to the sensor platform",
        "2",
        "4",
        "Medium",
        "ISO 27001, 2FA, logging",
        "",
        "",
        "Low",
    ],
    [
        "R6",
        "Alerts fail and a fall is missed (safety)",
        "2",
        "5",
        "High",
        "Ordinary night rounds are kept",
        "",
        "",
        "Medium",
    ],
]

DEM_DECISION = """
# University of Kvalsund – Pro-Rector for Research

Decision letter. Date: 3 November 2026. Our ref.: 2026/8841.

# SENSE-DEM – approval of the data protection impact assessment

The Pro-Rector for Research is the delegated representative of the controller for research projects at the University of Kvalsund.

On 30 October 2026 the principal investigator and the Data Protection Officer presented the DPIA for SENSE-DEM (version 1.0, 20 October 2026) and the risk register to the Research Management Group. The presentation included input from the Dementia Association, the user panel of next of kin and the nurses' representatives. The DPO's written opinion (28 October 2026) concludes that risks R1 and R4 remain high and recommends prior consultation.

~ Decision:
~ 1. The DPIA for SENSE-DEM is approved.
~ 2. The university requests prior consultation with Datatilsynet.
~ 3. Inclusion of participants will not start before the consultation is concluded.

~ Hilde Marie Aune
~ Pro-Rector for Research
"""


def c013() -> tuple[EmailMessage, Label]:
    body = txt("""
        Dear Datatilsynet,

        On behalf of the University of Kvalsund, I am writing to request prior consultation under Article 36 GDPR for the research project SENSE-DEM, in which radar and bed sensors are installed in the rooms of nursing home residents with dementia.

        Our DPIA concludes that two risks remain high after the measures we have taken (the residents' experience of being watched in their own rooms, and possible use of the data to monitor staff). The Pro-Rector for Research approved the DPIA and the request on 3 November.

        Please find attached:
        1. Protocol summary
        2. DPIA (with contact details in section 1)
        3. Risk register
        4. Decision letter from the Pro-Rector for Research

        We are happy to provide the full protocol and the REK decision if needed.

        Best regards,
        Farid Haddad, PhD
        Project coordinator, SENSE-DEM
        Department of Health and Care Sciences, University of Kvalsund
        +47 77 64 52 88 | farid.haddad@uikv.no
        """)
    msg = message(
        "c013",
        "Farid Haddad <farid.haddad@uikv.no>",
        "Request for prior consultation - SENSE-DEM (sensor study in nursing homes)",
        when(11, 6, 11, 5),
        body,
        cc="Personvernombudet UiKv <personvernombud@uikv.no>",
        attachments=[
            (
                "1_SENSE-DEM_protocol_summary.pdf",
                to_pdf(DEM_PROTOCOL, "SENSE-DEM protocol summary"),
            ),
            ("2_SENSE-DEM_DPIA_v1.0.docx", to_docx(DEM_DPIA)),
            ("3_SENSE-DEM_risk_register.xlsx", to_xlsx(risk_sheet(DEM_RISK))),
            ("4_Decision_ProRector_2026-8841.pdf", to_pdf(DEM_DECISION, "Decision letter")),
        ],
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "split_files",
            "dpia_report_docx",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "risk_register_xlsx",
            "part5_decision_letter_pdf",
            "health_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; split into four files (protocol, DPIA, risk register, Pro-Rector's decision)",
    )


# --- G33: youth study, risk assessment deferred -----------------------------------------------

YOUTH_DPIA = """
# Data Protection Impact Assessment – SCREENLIFE

University of Kvalsund, research DPIA template v2. Version 0.9, 13 November 2026.

# 1. Contact details

~ Contact person: Associate Professor Ingvild Sand, principal investigator, +47 77 64 58 03, ingvild.sand@uikv.no
~ Data Protection Officer: Jonas Berg Holte, +47 77 64 40 17, jonas.holte@uikv.no
~ Processor: Tellus Survey AS (app and survey platform), contact Kim André Østby, project manager, +47 22 19 87 30, kim.ostby@tellussurvey.no

# 2. Description of the processing

2.1 Purpose. To study how the amount and type of screen time relate to anxiety, depression and self-harm among adolescents, and how this develops over three years.

2.2 Participants. 3 000 pupils aged 13–16 from 40 lower secondary schools, recruited through schools. Parental consent for those under 16, own consent from age 16.

2.3 Data. (a) Questionnaires twice a year on mental health, sleep, bullying, sexuality and family situation; (b) an app installed on the participant's phone that logs time spent per app category every day (not content, not messages, not location); (c) linkage by national identity number to the Norwegian Patient Registry (diagnoses and contacts with mental health services), the Cause of Death Registry, and Statistics Norway (parents' education and income).

2.4 Flows. Survey and app data go to Tellus Survey AS (processor, Norway) and are transferred monthly to SafeLab. Registry data are delivered by the registry owners directly to SafeLab, linked by Statistics Norway's trusted third-party service, and pseudonymised. The key is held by the research administration, not the project group.

2.5 Retention. Until 2036, then anonymisation. App logging stops after three years or on withdrawal.

2.6 Security. SafeLab (red classification), two-factor authentication, logging, no export of individual data.

# 3. Necessity and proportionality

Legal basis: Art. 6(1)(e) and Art. 9(2)(j), cf. the Personal Data Act §§ 8–9 and the Health Research Act; consent as an ethical requirement. The combination of objective screen-time data, repeated questionnaires and registry outcomes is necessary because self-reported screen time is known to be inaccurate, and self-harm is too rare to be captured reliably by questionnaires alone. We considered using only questionnaires (cheaper, less intrusive) and rejected it for these reasons. We do not collect content, contacts or location. Participants can pause the logging at any time in the app and withdraw with deletion. Information is adapted to 13-year-olds (video and short text) and sent separately to parents. Pupils who report serious self-harm get a message with help lines; the school nurse is not informed without the pupil's consent.

# 4. Risk assessment

The risk assessment for SCREENLIFE has not been completed. A workshop with the user panel of young people, the school health service, the DPO and IT security is scheduled for 8 January 2027. The risk register will be sent to Datatilsynet after the workshop.

# 5. Stakeholders

Youth panel (8 members, aged 14–18), Norwegian Association of Pupils, school health service, two municipalities.

# 6. Approval

Approved by the Faculty Board of Health Sciences on 19 November 2026 (case 41/26), subject to the completion of the risk register. See minutes.
"""

YOUTH_MIN = """
# University of Kvalsund – Faculty of Health Sciences

Minutes of the Faculty Board meeting, 19 November 2026 (extract).

## Case 41/26 SCREENLIFE – data protection impact assessment and request for prior consultation

The principal investigator presented the project and the DPIA (version 0.9), the input from the youth panel and the recommendation of the DPO. The DPO recommended prior consultation because the project combines sensitive data on children from several sources.

Decision: The Faculty Board approves the DPIA for SCREENLIFE as presented, subject to completion of the risk register, and supports a request for prior consultation with Datatilsynet.

Minutes approved on 21 November 2026.
"""


def c033() -> tuple[EmailMessage, Label]:
    body = txt("""
        Dear Sir/Madam,

        The University of Kvalsund requests prior consultation for the research project SCREENLIFE, a cohort of 3 000 adolescents aged 13–16 where questionnaire data, app-logged screen time and health registry data will be linked.

        We are sending the request now because our funding requires data collection to start in August 2027, and we understand the processing time can be up to 14 weeks. Our risk workshop could not be held before Christmas – it is on 8 January, and we will forward the risk register right after. Everything else is attached: the DPIA and the minutes of the Faculty Board.

        Kind regards,

        Ingvild Sand
        Associate Professor, principal investigator SCREENLIFE
        Department of Community Medicine, University of Kvalsund
        Tel. +47 77 64 58 03
        """)
    msg = message(
        "c033",
        "Ingvild Sand <ingvild.sand@uikv.no>",
        "Prior consultation request: SCREENLIFE cohort",
        when(11, 27, 13, 44),
        body,
        cc="Personvernombudet UiKv <personvernombud@uikv.no>",
        attachments=[
            ("SCREENLIFE_DPIA_v0.9.pdf", to_pdf(YOUTH_DPIA, "SCREENLIFE DPIA")),
            (
                "Faculty_Board_minutes_2026-11-19_case41.pdf",
                to_pdf(YOUTH_MIN, "Faculty Board minutes"),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "children",
            "dpia_report_pdf",
            "headings_numbered",
            "contact_dpia_block",
            "phone_foreign",
            "part4_will_follow",
            "part5_board_minutes_pdf",
            "registry_linkage",
        ),
        "pgp_mime",
        True,
        "used",
        "risk assessment not done yet: workshop 8 January, risk register «will be forwarded»; the faculty board approved the DPIA anyway",
        missing=(4,),
    )


# --- G53: question (not a request) -----------------------------------------------------------


def c053() -> tuple[EmailMessage, Label]:
    body = txt("""
        Hello,

        I am a postdoc at the University of Kvalsund planning a study on attention in classrooms. We would like to use eye-tracking glasses on about 60 pupils aged 10–12 during ordinary lessons for two weeks. The glasses record a scene video (what the pupil looks at, including classmates and the teacher) and gaze data. We would analyse gaze patterns and link them with the pupils' results on national tests.

        Before we start the DPIA, we would like to know:
        - whether this is something you would expect us to submit for prior consultation, given that it involves children and the scene video captures other pupils;
        - whether we should treat gaze data as biometric or health data.

        Our DPO (personvernombud@uikv.no) suggested I ask you directly. We have not applied to REK yet.

        Many thanks,
        Lucía Romero
        Postdoctoral fellow, Department of Education
        University of Kvalsund
        +47 77 64 61 29
        """)
    msg = message(
        "c053",
        "Lucía Romero <lucia.romero@uikv.no>",
        "Question: eye-tracking study with children - prior consultation needed?",
        when(12, 11, 9, 26),
        body,
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "nonrequest_question",
            "children",
            "dpia_not_started",
            "contact_signature",
            "p1_dpo_generic_mailbox_no_phone",
        ),
        "none",
        False,
        "unspecified",
        "a postdoc asks whether an eye-tracking study with children would need prior consultation; no DPIA yet",
        missing=(1, 2, 3, 4, 5),
    )


# --- G14: biobank, zipped files ------------------------------------------------------------------

BIO_DPIA = """
# Data Protection Impact Assessment – KVALSUND GENOME (population biobank with whole-genome sequencing)

University of Kvalsund, research DPIA template v2. Version 1.0, 5 October 2026.

# 1. Contact details

| Role | Name | Phone | E-mail |
| Contact person | Professor Magnus Eidsvik, scientific director | +47 77 64 71 02 | magnus.eidsvik@uikv.no |
| Data Protection Officer | Jonas Berg Holte | +47 77 64 40 17 | jonas.holte@uikv.no |
| Processor (sequencing) | Nordic Genomics Lab AB, Uppsala – Karin Sjöberg, Head of Client Services | +46 18 471 22 90 | karin.sjoberg@nordicgenomics.se |
| Processor (sample storage) | Helse Kvalsund HF, Biobank unit – Tor Egil Nygård, unit manager | +47 77 62 90 40 | tor.egil.nygard@helsekvalsund.no |

# 2. Description of the processing

2.1 Purpose. A research biobank for studies of genetic and environmental causes of common diseases (diabetes, cardiovascular disease, cancer, mental disorders) in the population of Northern Norway.

2.2 Participants and data. 50 000 adults invited from the population register in 12 municipalities; expected 25 000 participants. Blood sample, whole-genome sequencing, questionnaire (health, lifestyle, ethnicity incl. Sámi and Kven background, reproductive history), physical examination, and linkage to national health registries over the participant's lifetime.

2.3 Recontact. Participants can choose to be contacted (a) for new studies and (b) about clinically actionable genetic findings (a defined list of 81 genes, e.g. BRCA1/2, Lynch syndrome), via a genetic counsellor.

2.4 Flows. Samples are stored at Helse Kvalsund HF's biobank (processor). DNA is shipped with a sample ID to Nordic Genomics Lab AB in Sweden for sequencing; genome files are returned and stored in SafeLab. Researchers in approved projects get pseudonymised extracts in SafeLab; no genome data leave SafeLab. International collaborators analyse data only through remote access to SafeLab.

2.5 Retention. Biobank and data for 30 years (until 2056), then reassessment.

2.6 Security. SafeLab red classification; genome data additionally encrypted at rest; a data access committee approves projects; audit logs reviewed quarterly.

# 3. Necessity and proportionality

Legal basis: Art. 6(1)(e) and Art. 9(2)(j), cf. Personal Data Act §§ 8–9 and the Health Research Act (broad consent for a research biobank, § 14).

Whole-genome sequencing gives more data than strictly needed for any single study, but is necessary for a resource intended to answer many questions over decades; genotyping arrays would not capture rare variants. We have considered storing only samples and sequencing per project, and rejected it because of cost and sample degradation. Proportionality is ensured by governance rather than by collecting less: a data access committee with a lay member and a Sámi representative, publication of all approved projects on the website, and no access for commercial companies without a separate decision.

Rights and safeguards: dynamic consent portal where participants can see projects using their data and withdraw from categories (e.g. commercial collaboration, Sámi-specific research); withdrawal with destruction of the sample; information meetings in all municipalities; material in North Sámi; participants may choose not to receive genetic findings.

# 4. Risk assessment

Method: workshop 12 September 2026 with the biobank, IT security, the DPO, a geneticist, an ethicist, two lay representatives and Sámi Parliament staff (observer). Full register in the separate Excel file.

Key findings: re-identification from genome data cannot be ruled out (R1, high); group harms to the Sámi and Kven populations from research results (R2, high); recontact about findings causing anxiety or insurance concerns (R3, medium); cross-border transfer to the sequencing lab (R4, low).

Residual risk: R1 and R2 remain high. Measures considered but not implemented and why are listed in the register.

# 5. Stakeholders

Sámi Parliament (consultation meeting 2 September 2026), patients' organisations, municipalities, REK North (preliminary advice).

# 6. Approval

Approved by the University Board on 29 October 2026 (case 88/26), see minutes extract.
"""

BIO_RISK = [
    [
        "R1",
        "Re-identification of participants from genome data",
        "3",
        "5",
        "High",
        "Data only in SafeLab, no export, access committee",
        "Release of summary statistics only",
        "Would prevent most research uses",
        "High",
    ],
    [
        "R2",
        "Group harm: stigmatising results about Sámi or Kven populations",
        "3",
        "4",
        "High",
        "Sámi representative in access committee, opt-out from Sámi-specific research",
        "Not recording ethnicity",
        "Would prevent research on health inequalities requested by the Sámi Parliament",
        "High",
    ],
    [
        "R3",
        "Anxiety or insurance concerns from recontact about genetic findings",
        "3",
        "3",
        "Medium",
        "Opt-in, genetic counselling, information about insurance law",
        "",
        "",
        "Medium",
    ],
    [
        "R4",
        "Transfer of DNA to the sequencing lab in Sweden",
        "2",
        "3",
        "Medium",
        "EEA transfer, DPA, sample ID only",
        "Sequencing in Norway",
        "No Norwegian lab with capacity at acceptable cost",
        "Low",
    ],
    [
        "R5",
        "Function creep: police or other access to the biobank",
        "1",
        "5",
        "Medium",
        "Legal assessment, refusal policy, transparency",
        "",
        "",
        "Medium",
    ],
]

BIO_BOARD = """
# University of Kvalsund – University Board

Extract of minutes, meeting 29 October 2026.

## Case 88/26 KVALSUND GENOME – data protection impact assessment

The Rector, the scientific director and the DPO presented the DPIA (version 1.0), the risk register, and a summary of the consultation with the Sámi Parliament and patients' organisations. The DPO recommended prior consultation because risks R1 and R2 remain high.

The Board discussed the governance model and asked for annual reporting.

Decision: The University Board approves the DPIA for KVALSUND GENOME and authorises the Rector to request prior consultation with Datatilsynet. Invitations will not be sent before the consultation is concluded.

Minutes approved 4 November 2026. Board chair: Randi Kristiansen.
"""


def c014() -> tuple[EmailMessage, Label]:
    body = txt("""
        Dear Datatilsynet,

        The University of Kvalsund hereby requests prior consultation for KVALSUND GENOME, a population biobank with whole-genome sequencing, lifelong registry linkage and recontact of participants.

        The documentation is in the attached zip file:
        - DPIA (PDF)
        - Risk register (Excel)
        - Extract of the University Board minutes of 29 October 2026

        Contact details for the contact person, the DPO and both processors are in section 1 of the DPIA.

        Yours sincerely,
        Magnus Eidsvik
        Professor, Scientific Director KVALSUND GENOME
        University of Kvalsund
        Phone +47 77 64 71 02
        """)
    files = {
        "KVALSUND_GENOME/DPIA_v1.0.pdf": to_pdf(BIO_DPIA, "DPIA KVALSUND GENOME"),
        "KVALSUND_GENOME/Risk_register_v1.0.xlsx": to_xlsx(risk_sheet(BIO_RISK)),
        "KVALSUND_GENOME/Board_minutes_extract_2026-10-29.pdf": to_pdf(
            BIO_BOARD, "Board minutes extract"
        ),
    }
    msg = message(
        "c014",
        "Magnus Eidsvik <magnus.eidsvik@uikv.no>",
        "Request for prior consultation - KVALSUND GENOME biobank",
        when(11, 10, 10, 18),
        body,
        cc="Personvernombudet UiKv <personvernombud@uikv.no>",
        attachments=[("KVALSUND_GENOME_prior_consultation.zip", to_zip(files))],
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "zip",
            "split_files",
            "dpia_report_pdf",
            "headings_numbered",
            "contact_dpia_table",
            "processor_contact_table",
            "phone_foreign",
            "risk_register_xlsx",
            "part5_board_minutes_pdf",
            "genetic_data",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; DPIA, risk register and board minutes in a ZIP folder; two processors incl. a Swedish lab",
    )


# --- G34: passive sensing, DPO mailbox only, necessity one sentence ------------------------------

SENSING_DPIA = """
# DPIA – MOODTRACE: passive smartphone sensing in adolescents treated for depression

University of Kvalsund, research DPIA template v2. Version 1.0, 1 December 2026.

# 1. Contact details

~ Contact person: Dr. Sofie Brandal, postdoctoral fellow and project manager, +47 77 64 63 40, sofie.brandal@uikv.no
~ Data Protection Officer: the University's DPO, personvernombud@uikv.no
~ Processor: Mindlog Research AS (sensing app and backend), Thomas Rygg, CTO, +47 915 66 204, thomas.rygg@mindlog.no

# 2. Description of the processing

Adolescents aged 14–18 in treatment for depression at two child and adolescent psychiatric outpatient clinics (BUP) are invited to install a research app for 6 months. The app passively collects GPS location (every 10 minutes), number of calls and messages (not content), screen-on time, step count, ambient noise level (not audio), and typing speed. Every evening the participant answers three mood questions. Clinicians do not see the data. The aim is to develop a model that predicts worsening of depression two weeks ahead.

Participants: 250. Data: location, behavioural data, mood ratings, diagnosis and treatment data from the clinic (via linkage). Data are sent from the phone to Mindlog (Norway) and transferred weekly to SafeLab. Location is converted on the phone to «time at home / school / other» plus distance travelled; exact coordinates are kept for 7 days for quality control, then deleted. Retention: research data until 2033.

# 3. Necessity and proportionality

We consider the processing necessary and proportionate for the purpose of the study.

# 4. Risk assessment

| ID | Risk | Likelihood | Impact | Measures | Residual |
| R1 | Location data reveal where the adolescent spends time (e.g. a partner's home, a clinic, a place of worship) | 3 | 4 | On-phone conversion, coordinates deleted after 7 days | High |
| R2 | Parents demand to see the data | 3 | 3 | Data never shown to parents; information to parents explains this | Medium |
| R3 | A participant's mood ratings indicate suicide risk and nobody acts | 2 | 5 | Daily automated check, clinic contacted within 24 hours with the participant's prior consent | High |
| R4 | Re-identification from movement patterns in small towns | 3 | 3 | Only derived variables leave SafeLab in aggregate | Medium |
| R5 | Battery drain or stigma if peers see the app | 2 | 2 | Neutral app name and icon | Low |

Considered but not implemented: no location at all (would remove the strongest predictor in earlier studies); sharing data with clinicians (would change the treatment and the study).

Residual risk: R1 and R3 are high; this is why we request prior consultation.

# 5. Stakeholders

Youth council of the two BUP clinics, Mental Helse Ungdom, clinicians, DPO.

# 6. Approval

Approved by the Head of Department on 4 December 2026 after review in the department's research committee. The signed approval is attached.
"""

SENSING_APPROVAL = """
# University of Kvalsund – Department of Psychology

Approval of data protection impact assessment. Date: 4 December 2026.

Project: MOODTRACE. DPIA version 1.0 of 1 December 2026.

The department's research committee reviewed the DPIA on 3 December 2026, including the risk assessment, the input from the youth councils and Mental Helse Ungdom, and the advice of the DPO. The committee recommended approval and prior consultation.

As Head of Department, with delegated authority from the Pro-Rector for Research, I approve the DPIA and the request for prior consultation with Datatilsynet. Recruitment will not start until the consultation is concluded.

Professor Erlend Nøss, Head of Department
"""


def c034() -> tuple[EmailMessage, Label]:
    body = txt("""
        Dear Datatilsynet,

        Please find attached our request for prior consultation for the MOODTRACE study (passive smartphone sensing in adolescents treated for depression), with the DPIA and the signed approval from the Head of Department.

        Best wishes,
        Sofie Brandal
        Project manager MOODTRACE, Department of Psychology, University of Kvalsund
        +47 77 64 63 40 | sofie.brandal@uikv.no
        """)
    msg = message(
        "c034",
        "Sofie Brandal <sofie.brandal@uikv.no>",
        "Prior consultation - MOODTRACE",
        when(12, 7, 15, 51),
        body,
        attachments=[
            ("MOODTRACE_DPIA_v1.0.docx", to_docx(SENSING_DPIA)),
            ("MOODTRACE_approval_HoD_2026-12-04.pdf", to_pdf(SENSING_APPROVAL, "Approval")),
        ],
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "children",
            "dpia_report_docx",
            "headings_numbered",
            "contact_dpia_block",
            "processor_contact_in_description",
            "risk_likelihood_consequence",
            "part5_decision_letter_pdf",
            "p1_dpo_generic_mailbox_no_phone",
            "part3_one_sentence",
            "location_tracking",
        ),
        "pgp_mime",
        True,
        "used",
        "DPO only as the role mailbox (no name, no phone); necessity asserted in one sentence with no safeguards for the participants' rights",
        missing=(1, 3),
    )


# --- G54: GP consultation videos, no processor ---------------------------------------------------

VIDEO_DPIA = """
# DPIA – TALK-GP: video recordings of general practice consultations

University of Kvalsund, research DPIA template v2. Version 1.0, 6 November 2026.

# 1. Contact details

~ Contact person: Professor Anders Myhre, principal investigator, General Practice Research Unit, +47 77 64 66 10, anders.myhre@uikv.no
~ Data Protection Officer: Jonas Berg Holte, +47 77 64 40 17, jonas.holte@uikv.no
~ Processors: none. Recording equipment is owned by the university; recordings are transferred by project staff to SafeLab, which is operated by the university's own IT department. No external transcription service will be used; transcription is done by project staff in SafeLab.

# 2. Description of the processing

2.1 Purpose. To study how GPs and patients talk about medically unexplained symptoms, and how this affects referrals and sick leave.

2.2 What. 400 consultations with 25 GPs in 12 practices are video-recorded with a fixed camera. Patients are asked in the waiting room by a research assistant and consent before the consultation. The recordings show faces and voices and include whatever is said, including health, family, sexual and work matters, and sometimes physical examination (the camera is turned away and the research assistant pauses recording at the GP's signal). Recordings are transcribed and coded. Selected patients are linked with their GP record for diagnoses, referrals and sick-leave certificates for 12 months after the consultation.

2.3 Data subjects. Patients (adults), GPs, and accompanying persons (who are also asked for consent).

2.4 Flows and storage. Camera memory card → encrypted laptop at the practice (same day) → SafeLab (within 48 hours) → card and laptop wiped. Video is kept until transcripts are verified, at most 3 years; transcripts (pseudonymised) until 2035.

2.5 Security. Encrypted laptops, SafeLab red classification, logging. No cloud services.

# 3. Necessity and proportionality

Legal basis: Art. 6(1)(e) and Art. 9(2)(j), cf. Personal Data Act § 8 and § 9 and the Health Research Act; consent as required by the Health Research Act. Video is necessary because non-verbal communication is a core part of the research question; audio only was considered and used as the fall-back for patients who accept audio but not video. Recording is paused during examination. Faces are blurred in all material used for teaching or shown at conferences; no material is published. Patients may withdraw consent up to two weeks after the consultation and the recording will be deleted, no questions asked. Patients are informed that declining does not affect their care; the GP does not know who declined.

# 4. Risk assessment

| Risk | Likelihood | Impact | Measures | Residual |
| Patient feels unable to say no in the waiting room | Medium | High | Asked by research assistant, not GP; GP not informed about refusals; two-week withdrawal | Medium |
| Recording captures examination or very sensitive disclosures | Medium | High | Pause on signal, deletion of segments on request | Medium |
| Laptop lost between practice and upload | Low | High | Full-disk encryption, upload the same day | Low |
| Re-identification from transcripts in small communities | Medium | High | Pseudonymisation, removal of place names and rare details | High |
| GP performance is evaluated by others based on the recordings | Low | Medium | GP consent, results only aggregated | Low |

Not implemented: automatic face-blurring at source (would defeat the purpose of studying non-verbal communication); transcription by an external service (would reduce workload but add a processor).

Residual risk: the risk of re-identification in small communities remains high.

# 5. Stakeholders

Patient panel, Norwegian College of General Practice, the participating GPs, DPO.

# 6. Approval

Approved by the Pro-Rector for Research in decision of 20 November 2026 (ref. 2026/9312): «The DPIA for TALK-GP, version 1.0, is approved after presentation by the PI and the DPO on 18 November 2026, taking into account the input from the patient panel and the College of General Practice. The university requests prior consultation with Datatilsynet.» Signed: Hilde Marie Aune, Pro-Rector for Research.
"""


def c054() -> tuple[EmailMessage, Label]:
    body = (
        txt("""
        Dear Datatilsynet,

        The University of Kvalsund requests prior consultation for TALK-GP, a study in which 400 general practice consultations will be video-recorded.

        In brief: the recordings contain sensitive health information about patients in small communities, and our DPIA concludes that the risk of re-identification from transcripts remains high even after pseudonymisation. The DPIA (attached) includes the Pro-Rector's approval in section 6. We do not use any processors.

        Contact person: Professor Anders Myhre, +47 77 64 66 10, anders.myhre@uikv.no
        """)
        + DPO_FULL
        + "\n\n"
        + txt("""
        Regards,
        Anders Myhre
        General Practice Research Unit
        University of Kvalsund
        """)
    )
    msg = message(
        "c054",
        "Anders Myhre <anders.myhre@uikv.no>",
        "Prior consultation request - TALK-GP video study",
        when(11, 30, 12, 9),
        body,
        attachments=[("TALK-GP_DPIA_v1.0.pdf", to_pdf(VIDEO_DPIA, "TALK-GP DPIA"))],
    )
    return msg, Label(
        "en",
        (
            "university_research",
            "dpia_report_pdf",
            "headings_numbered",
            "contact_body_lines",
            "contact_dpia_block",
            "processor_none_stated",
            "risk_likelihood_consequence",
            "part5_decision_quoted_in_dpia",
            "health_data",
        ),
        "none",
        True,
        "none",
        "complete; no processors (stated twice), the Pro-Rector's decision quoted in the DPIA's last section",
    )
