# ruff: noqa: E501
"""Sender E: Medvale Clinical Norway AS (contract research organisation, Irish parent, English).

Habits: HTML mails from the regulatory lead; letters on letterhead with «Our ref. | Your ref. |
Case officer | Date» (PDF, once DOCX with three signers in a borderless table, «signed
electronically via DocuSign»); the group DPO sits in Dublin; the DPIA is a PDF in the group's
format; management's validation is the minutes of the Group Privacy Council. Clinical trial cases
attach the Norwegian ethics committee's (REK) approval with REK's case officer.
"""

from __future__ import annotations

from common import DT_ADDR_EN, E_APPROVED_EN
from kit import Label, html_from_text, message, to_pdf, txt, when
from letter import Head, Letter
from letter import to_docx as letter_docx
from letter import to_pdf as letter_pdf
from topic import (
    Person,
    Proc,
    Topic,
    bullets,
    lines,
    paras,
    pick,
    proc_rows,
    risk_rows,
    skipped_bullets,
    table,
)

ORG = "Medvale Clinical Norway AS"
FOOT = (
    "Medvale Clinical Norway AS | Lysaker Torg 12, 1366 Lysaker, Norway | Switchboard +47 67 10 45 00 | Org. no. 918 224 016",
    "A Medvale Group company, Dublin, Ireland",
)
LABELS = ("Our ref.", "Your ref.", "Case officer", "Date")
HEAD = Head(ORG, "Regulatory Affairs & Data Protection", FOOT, LABELS)
COUNTRY = ("Henrik Solberg", "Country Manager Norway")
DPO = Person(
    "Aoife Brennan", "Group Data Protection Officer", "+353 1 906 3310", "aoife.brennan@medvale.com"
)
DPO_SIG = (DPO.name, DPO.title, DPO.phone, DPO.email)
HAGEN = Person(
    "Camilla Hagen", "Regulatory Lead Nordics", "+47 67 10 45 21", "camilla.hagen@medvale.com"
)
OKAFOR = Person("David Okafor", "Clinical Data Manager", "", "david.okafor@medvale.com")

WEARLAB = Proc(
    "Wearlab Health GmbH (Germany)",
    "wearable sensors, app and data platform",
    Person(
        "Jana Richter", "Head of Customer Privacy", "+49 30 2214 8870", "jana.richter@wearlab.de"
    ),
)
HOMENURSE = Proc(
    "Hjemmesykepleien Pluss AS (org. no. 929 114 620)",
    "home nurse visits and sample collection",
    Person("Trine Wold", "operations manager", "+47 917 60 233", "trine.wold@hjemmepluss.no"),
)
TRIALMATCH = Proc(
    "TrialMatch Ltd (United Kingdom)",
    "pre-screening algorithm run inside the hospital's environment",
)
GENOVA = Proc(
    "Genova Sequencing Inc. (Boston, USA)",
    "whole-genome sequencing and analysis",
    Person("Rachel Moore", "Privacy Officer", "+1 617 555 0148", "rachel.moore@genovaseq.com"),
)
CONSENTIO = Proc(
    "Consentio Digital Ltd (Ireland)",
    "eConsent platform with video identification",
    Person("Liam Doyle", "Account Director", "+353 1 554 2090", "liam.doyle@consentio.ie"),
)

DCT = Topic(
    "e_dct",
    "Request for prior consultation – decentralised phase III trial with continuous wearable monitoring (MV-2231)",
    (
        "Medvale Clinical Norway AS will run the Norwegian part of phase III trial MV-2231 of a new treatment for chronic obstructive pulmonary disease on behalf of the sponsor. Around 260 patients at four hospitals will be followed at home for 52 weeks instead of at hospital visits.",
        "Patients wear a chest patch and a wrist sensor 24 hours a day that record heart rate, breathing rate, oxygen saturation, cough sounds (classified on the device, no audio stored), sleep and step count. Home nurses collect blood samples. A study app collects symptom diaries.",
    ),
    (
        ("Sources", "sensors, app, home nurses, hospital records via the investigator"),
        ("Recipients", "investigators at the hospitals; the sponsor receives key-coded data only"),
        (
            "Storage",
            "Wearlab Health GmbH's platform in Frankfurt; trial master file retained for 25 years under the clinical trials regulation",
        ),
        ("Security", "key-coding at source, encryption, access by role, audit trail (GCP)"),
    ),
    (
        "Continuous measurement is needed to detect exacerbations that are the primary endpoint; periodic hospital visits miss most of them. Home follow-up also makes it possible for patients in rural areas to take part.",
        "Legal basis: Article 6(1)(e) and 9(2)(i) and (j) under the Norwegian Health Research Act, with REK approval (attached). Cough is classified on the device; no audio leaves the sensor. Location is not collected.",
    ),
    (
        "written informed consent to take part in the trial, with the right to withdraw",
        "patients can pause the sensors for up to 4 hours a day",
        "access to own data through the investigator",
    ),
    (
        (
            "Constant monitoring feels intrusive at home",
            "high",
            "medium",
            "pause function, data minimisation, no audio",
        ),
        (
            "Re-identification from sensor data by the sponsor",
            "low",
            "high",
            "key-coding, contractual bans, aggregation",
        ),
        ("Breach at the sensor vendor", "low", "high", "ISO 27001, encryption, DPA, EU hosting"),
        ("Home nurses see family life", "medium", "low", "confidentiality, training"),
    ),
    (
        ("Storing raw audio for validation", "disproportionate"),
        ("Hosting in Norway", "the vendor has no Norwegian hosting; EU hosting accepted"),
    ),
    "The residual risk of intrusion into private life over a full year of continuous monitoring remains high in our assessment.",
    (WEARLAB, HOMENURSE),
)

PRESCREEN = Topic(
    "e_prescreen",
    "Request for prior consultation – algorithmic pre-screening of hospital records to find trial candidates",
    (
        "Medvale will support three Norwegian hospitals in finding candidates for oncology trials. An algorithm runs inside each hospital's environment on the electronic health records of all cancer patients (about 30 000) and flags those who may meet trial criteria.",
        "Flagged patients are contacted by their own doctor, not by Medvale. Medvale receives only the number of flags per trial, unless the patient consents to take part.",
    ),
    (
        ("Sources", "hospital EHR and pathology systems"),
        ("Recipients", "the treating doctor at the hospital; Medvale receives aggregates"),
        ("Storage", "inside the hospital network; flags deleted after 90 days"),
        (
            "Security",
            "no data leaves the hospital, the algorithm is deployed as a container, audit logging",
        ),
    ),
    (
        "Many eligible patients never hear about relevant trials. Manual screening is slow and uneven.",
        "Legal basis: Article 6(1)(e) and 9(2)(j) with an exemption from confidentiality granted by REK for pre-screening. Only the variables needed for inclusion criteria are read.",
    ),
    (
        "information on hospital websites with opt-out",
        "contact only through the treating doctor",
        "no data to Medvale before consent",
    ),
    (
        (
            "Patients feel their records are being searched without knowing",
            "high",
            "medium",
            "information, opt-out",
        ),
        (
            "Flags used for other purposes",
            "low",
            "high",
            "deletion after 90 days, contractual limits",
        ),
        ("Algorithm error excludes patients", "medium", "medium", "doctor can refer manually"),
    ),
    (("Consent before screening", "impossible without first identifying patients"),),
    "The residual risk from screening the records of all cancer patients remains high.",
    (TRIALMATCH,),
)

GENOMIC = Topic(
    "e_genomic",
    "Request for prior consultation – genomic sub-study with whole-genome sequencing in the United States (MV-3105-G)",
    (
        "In trial MV-3105 (type 2 diabetes), participants will be invited to an optional genomic sub-study. Blood samples from about 400 Norwegian participants will be whole-genome sequenced by Genova Sequencing Inc. in Boston, and the results stored for future research for up to 15 years.",
        "Whole-genome data are inherently identifying and also reveal information about relatives.",
    ),
    (
        ("Sources", "blood samples collected at the trial sites"),
        (
            "Recipients",
            "Genova Sequencing Inc. (processor, USA); the sponsor's research team (key-coded)",
        ),
        ("Storage", "sequences in Genova's US data centre; samples in a biobank in Oslo"),
        (
            "Transfer",
            "Article 46 standard contractual clauses with transfer impact assessment; Genova is certified under the EU–US Data Privacy Framework",
        ),
        ("Security", "key-coding, encryption with keys held in the EU, access logging"),
    ),
    (
        "Sequencing capacity at the required quality is not available in Norway or the EU within the trial timeline. The sub-study is optional and does not affect participation in the main trial.",
        "Legal basis: Article 6(1)(e), 9(2)(j), with REK approval and separate consent to the biobank and future research. Variants unrelated to diabetes are not reported back.",
    ),
    (
        "separate consent with layered information",
        "withdrawal with destruction of sample and data",
        "policy on incidental findings explained",
    ),
    (
        (
            "US authorities access genomic data",
            "low",
            "very high",
            "encryption with EU-held keys, DPF, SCCs",
        ),
        (
            "Re-identification of participants and relatives",
            "medium",
            "high",
            "key-coding, access controls",
        ),
        (
            "Future research beyond expectations",
            "medium",
            "medium",
            "broad consent limited to diabetes research",
        ),
    ),
    (
        ("Sequencing in the EU", "no EU lab can deliver in time"),
        ("Exome instead of whole genome", "does not answer the research question"),
    ),
    "The residual risk linked to the transfer of whole-genome data to the United States remains high.",
    (GENOVA,),
)

ECONSENT = Topic(
    "e_econsent",
    "Request for prior consultation – electronic consent with video identification for trial participants",
    (
        "Medvale will introduce electronic informed consent (eConsent) for all new trials in Norway from 2027. Participants read the information in an app, have a video call with the investigator, and sign. To verify identity without BankID (many participants are elderly or foreign nationals), the platform records the video call and matches the face to a photo of an ID document.",
        "About 1 500 participants a year.",
    ),
    (
        ("Sources", "participant, ID document, video call"),
        ("Recipients", "investigator; Consentio Digital Ltd as processor; monitors and inspectors"),
        ("Storage", "video retained for the life of the trial master file (25 years)"),
        ("Security", "EU hosting, encryption, audit trail"),
    ),
    (
        "Paper consent causes errors and delays, and travel for consent visits excludes participants. Video recording is proposed as evidence of valid consent.",
        "Legal basis: Article 6(1)(c) and 9(2)(i) with the clinical trials regulation; BankID is always offered first.",
    ),
    (
        "paper consent remains available",
        "participants can ask for the video to be reviewed with them",
    ),
    (
        ("Long retention of facial video", "high", "high", "access controls, encryption"),
        ("Biometric matching errors", "medium", "medium", "manual verification fallback"),
    ),
    (("Delete video after verification", "regulatory inspectors may require evidence"),),
    "The retention of facial video for 25 years leaves a high residual risk.",
    (CONSENTIO,),
)

# --- templates -------------------------------------------------------------------------------


def dpia(t: Topic, gap: dict[str, str] | None = None) -> bytes:
    doc = f"""
# Data Protection Impact Assessment

{lines((("Processing", t.title.split("– ", 1)[1]), ("Controller", ORG), ("Group DPO", DPO.name), ("Version", "2.0")))}

# 1. Processing overview

{pick(gap, "what", paras(t.what))}

# 2. Data flows and processors

{pick(gap, "flow", lines(t.flow))}

{table(("Processor", "Service", "Contact", "Phone", "E-mail"), proc_rows(t))}

# 3. Necessity and proportionality

{pick(gap, "need", paras(t.need))}

# 4. Data subject rights and safeguards

{pick(gap, "rights", bullets(t.rights))}

# 5. Risk assessment

{pick(gap, "risk", table(("Risk", "Likelihood", "Severity", "Mitigation in place"), risk_rows(t)))}

# 6. Measures considered but not adopted

{pick(gap, "skipped", skipped_bullets(t, "{m} – not adopted: {w}"))}

# 7. Residual risk and conclusion

{pick(gap, "residual", t.residual)}
"""
    return to_pdf(doc)


def council(t: Topic, date: str, decision: str | None = None) -> bytes:
    dec = (
        decision
        or "The Council approves the DPIA and the mitigation plan. The residual risk is not accepted without consultation; the Council instructs the Norwegian entity to request prior consultation with Datatilsynet."
    )
    doc = f"""
# Medvale Group Privacy Council – extract of minutes

{lines((("Meeting", date), ("Chair", "Siobhán Kelly, General Counsel"), ("Members present", "Aoife Brennan (DPO), Mark Fenton (CISO), Henrik Solberg (Country Manager Norway), Ruth Adeyemi (VP Clinical Operations)")))}

## Item 4 – {t.title.split("– ", 1)[1]}

Presentation: Camilla Hagen presented the DPIA and its findings. {t.residual}

Stakeholders: the patient advisory panel and the investigators at the Norwegian sites were consulted; their input is reflected in sections 4 and 5.

Decision: {dec}
"""
    return to_pdf(doc)


REK_LETTER = Letter(
    Head(
        "Regional komité for medisinsk og helsefaglig forskningsetikk",
        "REK nordvest",
        ("Postboks 1306, 6001 Ålesund | Sentralbord 70 16 20 00 | rek-nordvest@rek.no",),
    ),
    ("Medvale Clinical Norway AS", "v/ Camilla Hagen", "Lysaker Torg 12", "1366 Lysaker"),
    ("802217", "MV-2231-NO", "Jon Are Vik\n70 16 20 41\njon.are.vik@rek.no", "22.9.2026"),
    "Vedtak – 802217 MV-2231 Desentralisert fase III-studie KOLS",
    """
Vi viser til søknad om forhåndsgodkjenning av ovennevnte studie, mottatt 30.6.2026, og svar på merknader mottatt 1.9.2026.

Komiteen godkjenner studien i samsvar med det som fremgår av søknaden, jf. helseforskningsloven § 9 og forskrift om klinisk utprøving.

Vilkår: Deltakerne skal informeres om muligheten til å pause sensorene. Lydopptak skal ikke lagres.

Kontakt saksbehandler Jon Are Vik, tlf. 70 16 20 41, jon.are.vik@rek.no, ved spørsmål.
""",
    signers=(("Kari Stenersen", "professor dr.med., leder"), ("Jon Are Vik", "rådgiver")),
    layout="tabs",
    note="Dokumentet er godkjent elektronisk.",
)


def sig(p: Person) -> str:
    bits = [p.name, p.title, ORG]
    if p.phone:
        bits.append(f"Direct: {p.phone}")
    bits.append(p.email)
    return "\n".join(bits) + "\n"


def html_mail(text: str) -> tuple[str, str]:
    return text, html_from_text(text)


# --- cases: odd --------------------------------------------------------------------------------


def d009() -> tuple:
    t = DCT
    body = f"""
Medvale Clinical Norway AS requests a prior consultation under Article 36 of the GDPR.

{paras(t.what)}

We enclose the DPIA, the extract of the Group Privacy Council's minutes approving it, and REK's approval of the trial. The processors and their contact persons are listed in section 2 of the DPIA.

Our contact person for this request is Camilla Hagen (details above). Our Group Data Protection Officer co-signs this letter.
"""
    letter = Letter(
        HEAD,
        DT_ADDR_EN,
        ("MV-2231-NO/DP-04", "", f"{HAGEN.name}\n{HAGEN.phone}\n{HAGEN.email}", "2 November 2026"),
        t.title,
        body,
        closing="Yours sincerely",
        signers=(COUNTRY, DPO_SIG),
        layout="tabs",
        note=E_APPROVED_EN,
        encl=(
            "1 DPIA MV-2231 v2.0",
            "2 Group Privacy Council, extract of minutes 28 October 2026",
            "3 REK approval 802217",
        ),
        encl_label="Enclosures:",
    )
    text = (
        "Dear Sir or Madam,\n\nPlease find attached our request for prior consultation for trial MV-2231 with three enclosures.\n\nKind regards\n\n"
        + sig(HAGEN)
    )
    plain, html = html_mail(text)
    msg = message(
        "D009",
        f"{HAGEN.name} <{HAGEN.email}>",
        "Request for prior consultation – MV-2231 decentralised trial",
        when(11, 3, 11, 6),
        plain,
        html,
        attachments=[
            ("MV-2231 Request for prior consultation.pdf", letter_pdf(letter)),
            ("MV-2231 DPIA v2.0.pdf", dpia(t)),
            ("Privacy Council minutes extract 2026-10-28.pdf", council(t, "28 October 2026")),
            ("REK vedtak 802217.pdf", letter_pdf(REK_LETTER)),
        ],
    )
    return msg, Label(
        "en",
        (
            "cro",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "contact_in_ref_table",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "processor_contact_table",
            "other_body_letter_rek",
            "other_person_full_contact",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; Dublin DPO co-signs with +353 phone and e-mail; two processors with contacts in the DPIA; REK's approval names REK's own case officer",
    )


RESELLER_OFFER = """
From: Sindre Karlsen <sindre.karlsen@nordichealthsolutions.no>
Sent: 14 September 2026
Subject: Offer – TrialMatch pre-screening, three hospitals

Hi David,

As discussed, Nordic Health Solutions AS can deliver TrialMatch pre-screening licences for three hospitals, including installation of the container in each hospital environment and first-line support, for NOK 1.2 million a year. TrialMatch Ltd provides the algorithm and updates.

Best regards
Sindre Karlsen
Key Account Manager, Nordic Health Solutions AS (reseller for TrialMatch in the Nordics)
Mobile +47 928 40 117 | sindre.karlsen@nordichealthsolutions.no
"""


def d029() -> tuple:
    t = PRESCREEN
    body = f"""
Medvale Clinical Norway AS requests a prior consultation under Article 36 GDPR.

{paras(t.what)}

The algorithm is provided by TrialMatch Ltd, which acts as our processor. We purchase it through a Nordic reseller; their offer is forwarded below for information.

The DPIA and the Privacy Council minutes are enclosed. Questions may be addressed to the case officer. The Group DPO can be reached at dpo@medvale.com.
"""
    letter = Letter(
        HEAD,
        DT_ADDR_EN,
        ("PS-ONC-2026/07", "", OKAFOR.name, "9 November 2026"),
        t.title,
        body,
        closing="Yours faithfully",
        signers=(COUNTRY,),
        note=E_APPROVED_EN,
        encl=("DPIA pre-screening v1.1", "Privacy Council minutes extract 4 November 2026"),
        encl_label="Enclosures:",
        copy=("Group Data Protection Officer",),
        copy_label="cc:",
    )
    text = (
        "Dear Datatilsynet,\n\nOn behalf of Medvale Clinical Norway AS, please find our request for prior consultation attached.\n\nRegards\n"
        + sig(OKAFOR)
        + "\n---------- Forwarded message ----------\n"
        + RESELLER_OFFER.strip()
        + "\n"
    )
    plain, html = html_mail(text)
    msg = message(
        "D029",
        f"{OKAFOR.name} <{OKAFOR.email}>",
        "Prior consultation – pre-screening of hospital records",
        when(11, 10, 16, 22),
        plain,
        html,
        attachments=[
            ("Request for prior consultation - pre-screening.pdf", letter_pdf(letter)),
            ("DPIA pre-screening v1.1.pdf", dpia(t)),
            ("Privacy Council minutes 2026-11-04.pdf", council(t, "4 November 2026")),
        ],
    )
    return msg, Label(
        "en",
        (
            "cro",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "p1_contact_no_phone",
            "p1_dpo_role_mailbox_only",
            "p1_processor_named_no_contact",
            "reseller_offer_salesperson",
            "other_person_full_contact",
            "forwarded_inline",
            "e_approved",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "part 1 missing: contact person without phone, DPO only as dpo@ mailbox, processor TrialMatch named without contact; only the reseller's salesperson in the forwarded offer has phone and e-mail",
        (1,),
    )


def d049() -> tuple:
    text = (
        txt("""
        Dear Datatilsynet,

        Medvale Clinical Norway AS is running trial MV-2231 (a decentralised trial with wearable monitoring), for which we requested a prior consultation on 2 November 2026.

        The sponsor is now planning a two-year open-label extension for the same participants. The sensors and data flows would be the same, but the monitoring would continue for two more years.

        Our question is whether the extension requires a new DPIA and a new request for prior consultation, or whether it can be handled as an update to the pending case. We have not yet started a new DPIA.

        We would be grateful for your guidance.

        Kind regards
    """)
        + sig(HAGEN)
        + txt(f"""

        cc: {DPO.name}, {DPO.title}, {DPO.phone}, {DPO.email}
    """)
    )
    plain, html = html_mail(text)
    msg = message(
        "D049",
        f"{HAGEN.name} <{HAGEN.email}>",
        "Question – extension study MV-2231: new prior consultation needed?",
        when(12, 3, 10, 14),
        plain,
        html,
        cc=DPO.email,
    )
    return msg, Label(
        "en",
        (
            "cro",
            "foreign_owned_subsidiary",
            "html_alternative",
            "nonrequest_question",
            "contact_signature",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "not a request: asks whether an extension study needs a new DPIA and prior consultation; no DPIA started; full contacts",
    )


# --- cases: even ---------------------------------------------------------------------------------


def d010() -> tuple:
    t = GENOMIC
    body = f"""
Medvale Clinical Norway AS requests a prior consultation under Article 36 of the General Data Protection Regulation.

{paras(t.what)}

The DPIA, including the transfer impact assessment, and the extract of the Group Privacy Council's minutes are enclosed. The processor Genova Sequencing Inc. is represented by its Privacy Officer Rachel Moore (+1 617 555 0148, rachel.moore@genovaseq.com).

Contact person: Camilla Hagen, Regulatory Lead Nordics, +47 67 10 45 21, camilla.hagen@medvale.com.
"""
    letter = Letter(
        HEAD,
        DT_ADDR_EN,
        ("MV-3105-G/DP-01", "", HAGEN.name, "10 November 2026"),
        t.title,
        body,
        closing="Yours sincerely",
        signers=(COUNTRY, ("Ruth Adeyemi", "VP Clinical Operations"), DPO_SIG),
        layout="table",
        note="Signed electronically via DocuSign (envelope 7F3A-22C1).",
        encl=("DPIA MV-3105-G", "Privacy Council minutes extract 5 November 2026"),
        encl_label="Enclosures:",
    )
    text = (
        "Dear Sir or Madam,\n\nPlease find attached our request for prior consultation for the genomic sub-study MV-3105-G.\n\nKind regards\n\n"
        + sig(HAGEN)
    )
    plain, html = html_mail(text)
    msg = message(
        "D010",
        f"{HAGEN.name} <{HAGEN.email}>",
        "Request for prior consultation – genomic sub-study MV-3105-G",
        when(11, 10, 14, 40),
        plain,
        html,
        attachments=[
            ("MV-3105-G Request for prior consultation.docx", letter_docx(letter)),
            ("MV-3105-G DPIA incl TIA.pdf", dpia(t)),
            ("Privacy Council minutes extract 2026-11-05.pdf", council(t, "5 November 2026")),
        ],
    )
    return msg, Label(
        "en",
        (
            "cro",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_docx",
            "ref_table_case_officer",
            "signature_three_columns_table",
            "dpo_signs",
            "phone_foreign",
            "docusign_note",
            "processor_contact_in_letter",
            "third_country_transfer",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; three signers in a borderless table, the Dublin DPO with phone and e-mail; US processor's privacy officer in the letter",
    )


def _econsent_letter(date: str, ref: str, body: str, encl: tuple[str, ...]) -> Letter:
    return Letter(
        HEAD,
        DT_ADDR_EN,
        (ref, "", f"{HAGEN.name}\n{HAGEN.phone}", date),
        ECONSENT.title,
        body,
        closing="Yours sincerely",
        signers=(COUNTRY, DPO_SIG),
        layout="tabs",
        note=E_APPROVED_EN,
        encl=encl,
        encl_label="Enclosures:",
    )


def d030() -> tuple:
    t = ECONSENT
    body = f"""
Medvale Clinical Norway AS requests a prior consultation under Article 36 GDPR.

{paras(t.what)}

The DPIA is enclosed. The processor is Consentio Digital Ltd, contact Liam Doyle, Account Director, +353 1 554 2090, liam.doyle@consentio.ie.

The DPIA will be presented to the Group Privacy Council at its meeting on 10 December 2026, and we will forward the extract of the minutes as soon as it is available. We submit the request now so that the consultation can start.

Contact person: Camilla Hagen, {HAGEN.phone}, {HAGEN.email}.
"""
    letter = _econsent_letter("17 November 2026", "EC-2027/DP-01", body, ("DPIA eConsent v1.0",))
    text = (
        "Dear Sir or Madam,\n\nAttached is our request for prior consultation on eConsent with video identification. The Privacy Council minutes will follow after its meeting on 10 December.\n\nKind regards\n\n"
        + sig(HAGEN)
    )
    plain, html = html_mail(text)
    msg = message(
        "D030",
        f"{HAGEN.name} <{HAGEN.email}>",
        "Request for prior consultation – eConsent with video identification",
        when(11, 17, 10, 5),
        plain,
        html,
        attachments=[
            ("eConsent request for prior consultation.pdf", letter_pdf(letter)),
            ("eConsent DPIA v1.0.pdf", dpia(t)),
        ],
    )
    return msg, Label(
        "en",
        (
            "cro",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_will_follow",
            "part5_future_meeting",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the Group Privacy Council meets on 10 December; minutes will follow",
        (5,),
    )


def d050() -> tuple:
    t = ECONSENT
    decision = "The Council took note of the DPIA. Approval is deferred to the March 2027 meeting, pending the audit of Consentio Digital Ltd and a revised retention analysis. No decision was taken on the request for prior consultation."
    body = f"""
Further to our letter of 17 November 2026, we enclose the extract of the minutes of the Group Privacy Council meeting of 10 December 2026, as promised, together with the DPIA and the original request.

{t.what[0]}

Contact person: Camilla Hagen, {HAGEN.phone}, {HAGEN.email}. Processor contact: Liam Doyle, Consentio Digital Ltd, +353 1 554 2090, liam.doyle@consentio.ie.
"""
    letter = _econsent_letter(
        "18 December 2026",
        "EC-2027/DP-03",
        body,
        ("DPIA eConsent v1.0", "Privacy Council minutes extract 10 December 2026"),
    )
    text = (
        "Dear Sir or Madam,\n\nAs promised, please find the Privacy Council minutes for our eConsent request, with the full request resent.\n\nKind regards\n\n"
        + sig(HAGEN)
    )
    plain, html = html_mail(text)
    msg = message(
        "D050",
        f"{HAGEN.name} <{HAGEN.email}>",
        "Re: Request for prior consultation – eConsent – Privacy Council minutes",
        when(12, 18, 9, 31),
        plain,
        html,
        attachments=[
            ("eConsent request - supplement.pdf", letter_pdf(letter)),
            ("eConsent DPIA v1.0.pdf", dpia(t)),
            (
                "Privacy Council minutes extract 2026-12-10.pdf",
                council(t, "10 December 2026", decision),
            ),
        ],
    )
    return msg, Label(
        "en",
        (
            "cro",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_noted_only_deferred",
        ),
        "none",
        True,
        "used",
        "only part 5 missing: the promised Privacy Council minutes only «took note», approval deferred to March; parts 1–4 resent complete",
        (5,),
    )
