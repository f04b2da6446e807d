# ruff: noqa: E501
"""Sender J: Nordic Institute for Ageing Research, NIAR (English). Formal cover letters, a «NIAR
DPIA Report» PDF with numbered sections 1–6 and lettered appendices; approval by the Director,
as a memo or an e-mail; most mails PGP-encrypted.

Odd: B019 (SENSE-AGE; risk assessment in Appendix C, attached), B039 (DEM-GEN linkage;
section 3 is still the template placeholder), B059 (DEM-EHR; the v0.4 draft attached instead of
the final version).
Even: B020 (VOICE-2; DPO without phone, risks only listed), B040 (federated learning with a US
partner; Director's e-mail quoted), B060 (SAFEWALK; description only in an Appendix A that is
not attached).
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label, message, to_pdf, txt, when

FROM = "Ingrid Thorsen Lund <ingrid.lund@niar.no>"
TOPIC_OF = {
    "B019": "J-o1",
    "B039": "J-o2",
    "B059": "J-o3",
    "B020": "J-e1",
    "B040": "J-e2",
    "B060": "J-e3",
}

SIGNATURE = txt("""
    Yours sincerely,

    Ingrid Thorsen Lund, PhD
    Senior Researcher and Project Leader
    Nordic Institute for Ageing Research (NIAR)
    Forskningsveien 3B, 0373 Oslo
    Tel. +47 22 85 61 30 | ingrid.lund@niar.no
""")


def contacts(dpo_phone: str, processor: str) -> str:
    return f"""
| Role | Name | Telephone | E-mail
| Contact person | Dr Ingrid Thorsen Lund, Project Leader | +47 22 85 61 30 | ingrid.lund@niar.no
| Data Protection Officer | Mathias Brekke | {dpo_phone} | mathias.brekke@niar.no
{processor}
"""


def report(study: str, header: str, sections: list[tuple[str, str]], appendices: str) -> str:
    body = "\n\n".join(
        f"# {n} {title}\n\n{text}" for n, (title, text) in enumerate(sections, start=1)
    )
    return f"""
# NIAR DPIA Report – {study}

{header}

{body}

# Appendices

{appendices}
"""


def memo(study: str, date: str, text: str) -> str:
    return f"""
# Memorandum

To: Project Leader, Data Protection Officer. From: Director Prof. Hanne Viken. Date: {date}.

## Approval of the DPIA – {study}

{text}

Hanne Viken
Director, Nordic Institute for Ageing Research
"""


# --- J-o1: SENSE-AGE home sensors ----------------------------------------------------------------


def b019() -> tuple[EmailMessage, Label]:
    doc = report(
        "SENSE-AGE",
        "Version 2.1 · 28 October 2026 · REK South-East ref. 845211",
        [
            (
                "Summary",
                "SENSE-AGE follows 400 people aged 75 and over living at home for three years, using passive sensors and a voice assistant to detect early signs of cognitive decline. Residual risk remains high because of continuous monitoring in the home of a vulnerable group, and NIAR therefore requests prior consultation.",
            ),
            (
                "Contact details",
                contacts(
                    "+47 22 85 60 05",
                    "| Processor | Daan Visser, Sensa Home BV | +31 20 262 1185 | daan.visser@sensahome.nl",
                ),
            ),
            (
                "Description of the processing",
                "Participants in Oslo and Bærum, some with mild cognitive impairment, get motion sensors in each room, door sensors, a bed sensor, smart plugs and a voice assistant. The sensors record activity patterns (time in bed, night-time wandering, use of the kitchen). The voice assistant records short speech samples only when the participant talks to it; the audio is converted to acoustic features within 24 hours and then deleted. Sensor data and features are sent to the platform of Sensa Home BV (processor, hosted in the Netherlands) and transferred monthly to NIAR's research server. They are linked, with consent, to results of cognitive tests every six months and to diagnoses from the participant's GP. Data are kept until 2035 and then anonymised. NIAR is the controller; the project leader is responsible day to day.",
            ),
            (
                "Necessity and proportionality",
                "Cognitive decline is today detected late, from annual clinical tests that give few data points. A wrist-worn device was tested in the pilot but a third of participants stopped wearing it. Passive sensors need no effort from participants. We do not use cameras, the voice assistant records only when addressed, and audio is deleted within 24 hours. Participants give consent after an assessment of their capacity to consent; if capacity is lost during the study, continued participation is decided with the next of kin as approved by REK. Participants can pause sensors with one button, see their own data in a simple portal, and withdraw at any time with deletion of their data.",
            ),
            (
                "Risk assessment",
                "The risk assessment is set out in full in Appendix C, with likelihood, impact, mitigations in place, and mitigations considered but not implemented. In short: the highest residual risks concern the feeling of being watched at home, and participants who lose capacity to consent during the study.",
            ),
            (
                "Management review and approval",
                "The DPIA was reviewed by the Institute's management group on 19 October and 2 November 2026 and approved by the Director on 2 November 2026 (Appendix D).",
            ),
        ],
        "Appendix C – Risk assessment (attached). Appendix D – Director's approval memo (attached).",
    )
    appendix_c = """
# Appendix C – Risk assessment, SENSE-AGE

| Risk to participants | Likelihood | Impact | Mitigations in place | Residual
| Feeling of being watched at home, change of daily habits | High | Medium | No cameras, pause button, portal showing what is collected | High
| Participant loses capacity to consent and cannot object | Medium | High | Six-monthly capacity check, next of kin involved, REK conditions | Medium
| Voice assistant records visitors or family | Medium | Medium | Records only when addressed, audio deleted within 24 h | Low
| Re-identification from activity patterns | Low | High | Pseudonymisation, separate key, access limited to 5 researchers | Medium
| Breach at processor | Low | High | Encryption, ISO 27001, processor agreement, EU hosting | Low
| Incidental findings (e.g. falls) not acted upon | Medium | High | Information that the study is not an alarm service | Medium

Considered but not implemented: real-time alerts to next of kin (would turn the study into a care service and require further data sharing); processing on the device only (not available from the vendor for speech features).
"""
    approval = memo(
        "SENSE-AGE",
        "2 November 2026",
        "The management group reviewed the DPIA (version 2.0 on 19 October and 2.1 on 2 November), the findings presented by the project leader and the DPO, and the input from the user panel and from the Norwegian Association of Senior Citizens. I approve the DPIA, version 2.1. As the residual risk remains high, NIAR shall request prior consultation with Datatilsynet before recruitment starts.",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Request for prior consultation – SENSE-AGE

        The Nordic Institute for Ageing Research requests prior consultation under Article
        36 GDPR for the SENSE-AGE study. Please find attached our DPIA report (version
        2.1), Appendix C with the risk assessment, and Appendix D with the Director's
        approval.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B019",
        FROM,
        "Request for prior consultation – SENSE-AGE (NIAR)",
        when(11, 6, 10, 50),
        body,
        attachments=[
            ("NIAR_DPIA_SENSE-AGE_v2.1.pdf", to_pdf(doc)),
            ("Appendix_C_Risk_assessment_SENSE-AGE.pdf", to_pdf(appendix_c)),
            ("Appendix_D_Approval_memo_SENSE-AGE.pdf", to_pdf(approval)),
        ],
    )
    return msg, Label(
        "en",
        (
            "research_institute",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "appendix_pointer_attached",
            "risk_words_scale",
            "part5_director_memo",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; section 5 only points to Appendix C, and Appendix C is attached",
    )


# --- J-o2: DEM-GEN registry linkage (description is a placeholder) --------------------------------


def b039() -> tuple[EmailMessage, Label]:
    doc = report(
        "DEM-GEN",
        "Version 1.0 · 12 November 2026 · REK South-East ref. 851907",
        [
            (
                "Summary",
                "DEM-GEN links national health registry data with genotype data from an existing biobank to develop a model that predicts dementia risk. Residual risk remains high due to the combination of genetic and health data for a large population.",
            ),
            (
                "Contact details",
                contacts("+47 22 85 60 05", "")
                + "\nNo processor is used: all processing takes place on NIAR's own research server, operated by NIAR's IT department.",
            ),
            (
                "Description of the processing",
                "[To be completed by the project leader: describe the nature, scope, context and purposes of the processing; data categories and data subjects; data sources; recipients; retention; security measures; roles and responsibilities.]",
            ),
            (
                "Necessity and proportionality",
                "A reliable risk model requires a large population with long follow-up, which only the registries can provide; a new prospective cohort would take decades. We limit the variables from each registry to those in the approved variable list, and the genotype data are restricted to pre-selected markers rather than whole genomes. The biobank participants consented to dementia research; information about DEM-GEN is published on the biobank's website, and participants may object and be excluded. No individual results are returned, and the model will not be used for individual decisions during the project.",
            ),
            (
                "Risk assessment",
                "| Risk | Likelihood | Impact | Mitigation | Residual\n| Re-identification by combining genetic and registry data | Medium | Very high | Analysis only inside the secure platform, no export of individual data, output checking | Medium\n| Genetic information revealing risk for relatives | Medium | High | No individual results, aggregated output only | Medium\n| Model later used for insurance or employment | Low | Very high | Licence terms restricting use, publication of model card | Medium\n| Breach of the research server | Low | Very high | Encryption, two-factor, logging, annual penetration test | Low\n\nConsidered but not implemented: synthetic data instead of real data (not yet good enough for genotype associations).",
            ),
            (
                "Management review and approval",
                "Approved by the Director on 16 November 2026 after review by the management group on 2 and 16 November (Appendix D).",
            ),
        ],
        "Appendix D – Director's approval memo (attached).",
    )
    approval = memo(
        "DEM-GEN",
        "16 November 2026",
        "The management group has reviewed the DPIA twice, with the DPO's assessment and the biobank's access committee's comments. I approve the DPIA and ask the project leader to request prior consultation with Datatilsynet.",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        Please find attached NIAR's request for prior consultation for the DEM-GEN study,
        with the DPIA report and the Director's approval.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B039",
        FROM,
        "Prior consultation – DEM-GEN (NIAR)",
        when(11, 20, 14, 7),
        body,
        attachments=[
            ("NIAR_DPIA_DEM-GEN_v1.0.pdf", to_pdf(doc)),
            ("Appendix_D_Approval_memo_DEM-GEN.pdf", to_pdf(approval)),
        ],
    )
    return msg, Label(
        "en",
        (
            "research_institute",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "processor_none_stated",
            "template_placeholder_left",
            "risk_words_scale",
            "part5_director_memo",
        ),
        "pgp_mime",
        True,
        "none",
        "section 3 (description) is still the template's bracketed placeholder; other sections only hint at it",
        missing=(2,),
    )


# --- J-o3: DEM-EHR, the old draft attached --------------------------------------------------------


def b059() -> tuple[EmailMessage, Label]:
    doc = report(
        "DEM-EHR",
        "DRAFT v0.4 · 14 October 2026 · NOT FOR CIRCULATION",
        [
            (
                "Summary",
                "DEM-EHR will use a language model to extract signs of early cognitive decline from free-text GP records for 30,000 patients aged 60 and over in 25 GP practices.",
            ),
            (
                "Contact details",
                contacts(
                    "+47 22 85 60 05",
                    "| Processor | Sindre Bø, CloudLab Nordic AS | +47 23 10 45 00 | sindre.bo@cloudlab.no",
                ),
            ),
            (
                "Description of the processing",
                "The participating GP practices transfer free-text notes and structured data (diagnoses, prescriptions, test results) for patients aged 60 and over to NIAR's secure platform hosted by CloudLab Nordic AS (processor). Names and national identity numbers are replaced with a project key before transfer. A language model running inside the platform flags notes that mention memory complaints, confusion or related terms. Researchers validate a sample by reading the flagged notes. Data are kept until 2031. NIAR is the controller; the GP practices disclose data under an exemption from confidentiality.",
            ),
            (
                "Necessity and proportionality",
                "Early signs of dementia are often written in free text but not coded. Structured data alone miss most early cases. Patients are informed in the waiting rooms and on the practices' websites and may object; objections are respected before transfer. Only notes from the last ten years are used, and only researchers bound by confidentiality may read notes.",
            ),
            (
                "Risk assessment",
                "TBD – to be completed after the risk workshop with the GP practices (planned for 3 December).",
            ),
            ("Management review and approval", "[pending]"),
        ],
        "Appendix A – Exemption from confidentiality (to come).",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        I am pleased to send NIAR's request for prior consultation for the DEM-EHR study.
        Attached is the final DPIA report, now including the results of the risk workshop
        with the GP practices, and approved by our Director.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B059",
        FROM,
        "Request for prior consultation – DEM-EHR",
        when(12, 9, 11, 26),
        body,
        attachments=[("NIAR_DPIA_DEM-EHR_v0.4_DRAFT.pdf", to_pdf(doc))],
    )
    return msg, Label(
        "en",
        (
            "research_institute",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "wrong_file_old_version",
            "risk_tbd",
            "part5_pending_placeholder",
        ),
        "none",
        True,
        "used",
        "mail calls it final and approved, but the file is draft v0.4: risks «TBD», approval «[pending]»",
        missing=(4, 5),
    )


# --- J-e1: VOICE-2 (DPO without phone, risks only listed) -----------------------------------------


def b020() -> tuple[EmailMessage, Label]:
    doc = report(
        "VOICE-2",
        "Version 1.0 · 9 November 2026 · REK South-East ref. 862044",
        [
            (
                "Summary",
                "VOICE-2 develops digital biomarkers for early dementia from speech and typing on participants' own smartphones. 1,200 participants aged 55–80.",
            ),
            (
                "Contact details",
                contacts(
                    "–",
                    "| Processor | Rachel Owens, Speechmark Analytics Ltd | +44 131 496 0833 | rachel.owens@speechmark.co.uk",
                ),
            ),
            (
                "Description of the processing",
                "Participants install the VOICE-2 app. Once a week they complete three speech tasks (describing a picture, recalling a story, naming animals), which are recorded. In the background the app measures typing speed and pauses on the phone's keyboard (not what is typed). Recordings and typing metrics are sent to Speechmark Analytics Ltd (processor, Edinburgh), which extracts acoustic and linguistic features, and the features are transferred to NIAR's research server together with results from annual clinical assessments. Recordings are kept for two years for quality control, features until 2034. NIAR is the controller.",
            ),
            (
                "Necessity and proportionality",
                "Speech and typing change years before a dementia diagnosis, and collecting them at home weekly gives far more data than clinic visits. We considered clinic-only recordings, which would cut the number of data points by 95 %. The app records only during the tasks, typing content is never collected, and participants can pause the background measurement. Participants consent electronically after a video explanation, can see their own recordings and delete them, and can withdraw at any time.",
            ),
            (
                "Risk assessment",
                "The following risks have been identified:\n\n- Re-identification from voice recordings\n- Incidental findings (signs of illness in speech) that are not communicated\n- Family members' voices captured in recordings\n- Transfer of recordings to the United Kingdom\n- Commercial use of recordings by the vendor",
            ),
            (
                "Management review and approval",
                "Approved by the Director on 13 November 2026 (memo attached).",
            ),
        ],
        "Director's approval memo (attached).",
    )
    approval = memo(
        "VOICE-2",
        "13 November 2026",
        "I have reviewed the DPIA for VOICE-2 with the management group on 6 and 13 November, including the DPO's comments and the feedback from the participant advisory board. I approve the DPIA and ask that prior consultation is requested.",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        NIAR requests prior consultation for the VOICE-2 study. The DPIA report and the
        Director's approval memo are attached.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B020",
        FROM,
        "Prior consultation request – VOICE-2",
        when(11, 18, 9, 12),
        body,
        attachments=[
            ("NIAR_DPIA_VOICE-2_v1.0.pdf", to_pdf(doc)),
            ("Approval_memo_VOICE-2.pdf", to_pdf(approval)),
        ],
    )
    return msg, Label(
        "en",
        (
            "research_institute",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "p1_dpo_no_phone",
            "risk_list_only",
            "part5_director_memo",
        ),
        "pgp_mime",
        True,
        "used",
        "DPO's phone is a dash; section 5 only lists five risks without assessment or measures",
        missing=(1, 4),
    )


# --- J-e2: federated learning with a US partner -----------------------------------------------------


def b040() -> tuple[EmailMessage, Label]:
    doc = report(
        "FED-AGE",
        "Version 1.2 · 18 November 2026 · Next review: TBD",
        [
            (
                "Summary",
                "FED-AGE trains a prediction model for frailty on data from the NIAR Ageing Cohort (12,000 participants) together with Harbor University in the United States, using federated learning. Raw data never leave NIAR, but model updates are shared.",
            ),
            (
                "Contact details",
                contacts(
                    "+47 22 85 60 05",
                    "| Processor | Sindre Bø, CloudLab Nordic AS | +47 23 10 45 00 | sindre.bo@cloudlab.no",
                ),
            ),
            (
                "Description of the processing",
                "Cohort data (health questionnaires, physical tests, medication, hospital contacts from the Norwegian Patient Registry) stay in NIAR's secure platform, hosted by CloudLab Nordic AS (processor) in Norway. A training program runs inside the platform and sends model parameters (not data) to a coordinating server at Harbor University, which combines them with parameters from US cohorts and sends the updated model back. Each round is checked by NIAR before release. The project runs for three years. NIAR is the controller of the cohort data; Harbor University is an independent controller of its own cohorts and receives no personal data by design.",
            ),
            (
                "Necessity and proportionality",
                "Frailty models trained on one country's data generalise poorly. Pooling raw data with the US partner was rejected because it would require transfer of health data to the US. Federated learning keeps the data in Norway; differential privacy noise is added to each update, and the number of rounds is capped. Participants consented to research on ageing with international partners; they are informed through the cohort newsletter and website and may withdraw.",
            ),
            (
                "Risk assessment",
                "See Appendix B (risk register). Main residual risk: membership-inference attacks on model updates; assessed as low likelihood but high impact after differential privacy.",
            ),
            (
                "Management review and approval",
                "Approved by the Director on 20 November 2026; her e-mail is quoted in the cover letter.",
            ),
        ],
        "Appendix B – Risk register (attached).",
    )
    appendix_b = """
# Appendix B – Risk register, FED-AGE

| # | Risk | Likelihood | Impact | Measures implemented | Residual
| 1 | Membership inference from model updates reveals that a person is in the cohort | Low | High | Differential privacy (epsilon 3 per round), cap on rounds, NIAR release check | Medium
| 2 | Model inversion reveals health attributes | Low | High | Same as 1, no rare categories in features | Low
| 3 | US authorities demand access to parameters | Low | Low | Parameters are not personal data after DP; no raw data in US | Low
| 4 | Participants unaware of US collaboration | Medium | Medium | Newsletter, website, right to withdraw | Low
| 5 | Breach at processor | Low | High | Encryption, ISO 27001, logging | Low

Measures considered but not implemented: secure multiparty computation (too slow for the model size); sharing only a final model trained in Norway (would not achieve the purpose).
"""
    body = (
        txt("""
        Dear Datatilsynet,

        Request for prior consultation – FED-AGE

        NIAR hereby requests prior consultation for FED-AGE, federated learning with
        Harbor University. The DPIA report and its Appendix B (risk register) are attached;
        contact details are in section 2 of the report.

        The Director approved the DPIA on 20 November. Her e-mail reads:

          "Ingrid, Mathias – the management group has now been through the FED-AGE DPIA
          twice (6 and 20 November), together with the DPO's assessment and the comments
          from the cohort's participant council. I approve the DPIA as it stands and agree
          that we should ask Datatilsynet for prior consultation before any model updates
          leave the platform. Hanne"

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B040",
        FROM,
        "Request for prior consultation – FED-AGE (federated learning)",
        when(11, 25, 13, 45),
        body,
        attachments=[
            ("NIAR_DPIA_FED-AGE_v1.2.pdf", to_pdf(doc)),
            ("Appendix_B_Risk_register_FED-AGE.pdf", to_pdf(appendix_b)),
        ],
    )
    return msg, Label(
        "en",
        (
            "research_institute",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "appendix_pointer_attached",
            "risk_words_scale",
            "part5_director_email_quoted",
            "tbd_in_field_only",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; approval is the Director's e-mail quoted in the mail; «Next review: TBD» only a field",
    )


# --- J-e3: SAFEWALK, description only in a missing Appendix A ---------------------------------------


def b060() -> tuple[EmailMessage, Label]:
    doc = report(
        "SAFEWALK",
        "Version 1.0 · 26 November 2026 · REK South-East ref. 866310",
        [
            (
                "Summary",
                "SAFEWALK is a randomised trial of GPS trackers for people with dementia who are at risk of wandering. Residual risk is high because of continuous location tracking of persons who often lack capacity to consent.",
            ),
            (
                "Contact details",
                contacts(
                    "+47 22 85 60 05",
                    "| Processor | Sindre Bø, CloudLab Nordic AS | +47 23 10 45 00 | sindre.bo@cloudlab.no",
                ),
            ),
            (
                "Description of the processing",
                "A full description of the processing is given in the study protocol (Appendix A).",
            ),
            (
                "Necessity and proportionality",
                "Wandering is a leading reason for moving into a nursing home, and there is little evidence on whether GPS trackers help people with dementia stay at home longer and more safely. Only a randomised trial can answer this. Location data are shown to next of kin only when the participant leaves a safe zone agreed in advance, researchers receive only daily summaries, and participation requires consent from the participant or, where capacity is lacking, a decision under the Patients' Rights Act with the next of kin's agreement. Participants and next of kin may withdraw at any time.",
            ),
            ("Risk assessment", "See Appendix C."),
            (
                "Management review and approval",
                "Approved by the Director on 1 December 2026, see Appendix D.",
            ),
        ],
        "Appendix A – Study protocol v3.2. Appendix B – REK approval. Appendix C – Risk register. Appendix D – Director's approval memo.",
    )
    appendix_b = """
# Appendix B – REK approval (summary)

Regional Committee for Medical and Health Research Ethics, South-East. Ref. 866310. Decision of 14 October 2026: The committee approves the project «SAFEWALK – GPS trackers for people with dementia: a randomised trial», with the conditions set out in the letter. Project end: 31 December 2029.
"""
    appendix_c = """
# Appendix C – Risk register, SAFEWALK

| Risk | Likelihood | Impact | Measures | Residual
| Participant does not understand or remember being tracked | High | High | Capacity assessment, next of kin involved, tracker visible and explained at each visit | High
| Next of kin use tracking to restrict the participant's freedom | Medium | High | Safe zones agreed with participant, alerts only outside zone, review every three months | Medium
| Location history reveals private habits | Medium | Medium | Researchers see daily summaries only; full tracks deleted after 30 days | Low
| Breach at processor | Low | High | Encryption, ISO 27001, processor agreement | Low

Considered but not implemented: real-time location visible to next of kin at all times (rejected as disproportionate).
"""
    approval = memo(
        "SAFEWALK",
        "1 December 2026",
        "The management group reviewed the DPIA on 24 November and 1 December with the DPO and the user representatives from the Norwegian Health Association. I approve the DPIA and ask that NIAR requests prior consultation.",
    )
    body = (
        txt("""
        Dear Datatilsynet,

        NIAR requests prior consultation for SAFEWALK, a randomised trial of GPS trackers
        for people with dementia who are at risk of wandering. The DPIA report and its
        appendices are attached.

    """)
        + "\n"
        + SIGNATURE
    )
    msg = message(
        "B060",
        FROM,
        "Request for prior consultation – SAFEWALK",
        when(12, 3, 15, 9),
        body,
        attachments=[
            ("NIAR_DPIA_SAFEWALK_v1.0.pdf", to_pdf(doc)),
            ("Appendix_B_REK_approval.pdf", to_pdf(appendix_b)),
            ("Appendix_C_Risk_register_SAFEWALK.pdf", to_pdf(appendix_c)),
            ("Appendix_D_Approval_memo_SAFEWALK.pdf", to_pdf(approval)),
        ],
    )
    return msg, Label(
        "en",
        (
            "research_institute",
            "dpia_report_pdf",
            "contact_table_in_dpia",
            "appendix_pointer_missing",
            "appendix_pointer_attached",
            "risk_words_scale",
            "part5_director_memo",
        ),
        "pgp_mime",
        True,
        "used",
        "description only «given in the study protocol (Appendix A)», and Appendix A is not attached",
        missing=(2,),
    )
