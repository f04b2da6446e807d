# ruff: noqa: E501
"""Sender H: Northbridge Energy Norge AS (offshore oil and gas operator, US parent, Stavanger, English).

Habits: HTML mails from HR Legal; PDF letters with «Our ref. | Your ref. | Case officer | Date»;
the Managing Director signs, in two columns with the European DPO in Aberdeen; DPIAs are written
by the risk consultancy Strand & Ødegaard, whose consultant gives her contacts on the cover;
management's validation is the Management Committee's minutes or the Managing Director's approval
mail attached as .eml.
"""

from __future__ import annotations

from email.message import EmailMessage

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

ORG = "Northbridge Energy Norge AS"
FOOT = (
    "Northbridge Energy Norge AS | Løkkeveien 103, 4007 Stavanger | Switchboard +47 51 84 70 00 | Org. no. 987 330 112",
)
LABELS = ("Our ref.", "Your ref.", "Case officer", "Date")
HEAD = Head(ORG, "HR Legal & Compliance", FOOT, LABELS)
MD = ("Geir Tveiten", "Managing Director")
DPO = Person(
    "Fiona MacLeod",
    "Data Protection Officer Europe",
    "+44 1224 861 540",
    "fiona.macleod@northbridge-energy.com",
)
DPO_SIG = (DPO.name, DPO.title, DPO.phone, DPO.email)
RYGG = Person(
    "Maren Rygg",
    "Senior Legal Counsel, HR Legal",
    "+47 51 84 71 36",
    "maren.rygg@northbridge-energy.com",
)
OSMUNDSEN = Person(
    "Tom Osmundsen",
    "HR Manager Offshore",
    "+47 51 84 72 08",
    "tom.osmundsen@northbridge-energy.com",
)
ODEGAARD = Person(
    "Ida Ødegaard",
    "Principal Consultant, Strand & Ødegaard Risk AS",
    "+47 982 11 650",
    "ida.odegaard@soerisk.no",
)

EYEWATCH = Proc(
    "Vigilo Systems AS (org. no. 920 551 903)",
    "eye-tracking cameras, analytics and alert server",
    Person("Andreas Moen", "Offshore Service Manager", "+47 902 77 310", "andreas.moen@vigilo.no"),
)
LABTEST = Proc(
    "Nordlab Toxicology AS (org. no. 911 004 282)",
    "sample analysis and result portal",
    Person("Helene Sæther", "Customer Manager", "+47 415 08 866", "helene.saether@nordlab.no"),
)
TAGTRACK = Proc(
    "SeaTrace Safety Ltd (Aberdeen, UK)",
    "personal locator tags and mustering platform",
    Person("Callum Reid", "Client Services Lead", "+44 1224 550 318", "callum.reid@seatrace.co.uk"),
)
UEBAV = Proc(
    "Sentinel Insight Inc. (EU instance in Dublin)",
    "user behaviour analytics platform",
    Person(
        "Grace O'Neill", "EU Privacy Manager", "+353 1 663 4410", "grace.oneill@sentinelinsight.com"
    ),
)

FATIGUE = Topic(
    "h_fatigue",
    "Request for prior consultation – fatigue monitoring of crane operators with eye-tracking cameras",
    (
        "Northbridge Energy Norge AS will install eye-tracking cameras in the crane cabins on its three platforms in the North Sea. The system measures eyelid closure, gaze direction and head position of about 90 crane operators during lifting operations, and alerts the operator and the deck foreman when signs of fatigue occur.",
        "Video is processed in the cabin unit and not stored; only alert events (time, duration, fatigue score, a 10-second clip) are stored. Alerts are used for immediate safety measures and for planning rotations, not for disciplinary purposes.",
    ),
    (
        ("Data subjects", "crane operators employed by Northbridge and by contractors"),
        ("Data", "fatigue score, alert events, 10-second clip of the operator's face, shift data"),
        (
            "Recipients",
            "deck foreman, offshore installation manager, HSE; Vigilo Systems AS as processor",
        ),
        (
            "Storage",
            "alert events kept 6 months on a server onshore in Stavanger; clips deleted after 30 days",
        ),
        ("Security", "encrypted link, role-based access, audit log"),
    ),
    (
        "Two dropped-object incidents in 2025 were linked to operator fatigue at the end of night shifts. Crane operations carry a major accident risk, and the Working Environment Act and the Framework Regulations require the operator to reduce risk as far as possible.",
        "We assessed that rota changes alone do not remove the risk. Processing is limited to crane cabins during lifting operations. Legal basis: Article 6(1)(c) and (f); health data under Article 9(2)(b) in connection with the Working Environment Act. The system was agreed with the safety delegates and the unions under the Working Environment Act chapter 9.",
    ),
    (
        "written information and training for all crane operators before start",
        "alerts are not used in disciplinary cases (agreed in writing with the unions)",
        "operators can see their own alert history",
    ),
    (
        (
            "Alert data used to assess individual performance",
            "medium",
            "high",
            "written ban, access limited to HSE, audit of access",
        ),
        (
            "Camera perceived as continuous surveillance",
            "high",
            "medium",
            "no storage of video, camera active only during lifts, indicator light",
        ),
        (
            "False alerts stigmatise operators with medical conditions",
            "medium",
            "high",
            "medical follow-up only through occupational health, not managers",
        ),
    ),
    (
        ("Storing full video for investigations", "disproportionate; clips suffice"),
        ("Wearable EEG headbands", "more intrusive and not accepted by the operators"),
    ),
    "The residual risk that fatigue data are perceived or used as performance monitoring remains high, and the workforce is in a dependent position.",
    (EYEWATCH,),
)

DRUGTEST = Topic(
    "h_drugtest",
    "Request for prior consultation – random alcohol and drug testing programme with a digital result platform",
    (
        "Northbridge will extend random alcohol and drug testing to all 1 100 employees and contractors travelling offshore. Tests are taken at the heliport, and results are reported through a digital platform to the medical officer.",
        "Positive results lead to a conversation with the medical officer and may lead to a follow-up programme.",
    ),
    (
        ("Sources", "urine and breath samples at the heliport"),
        ("Recipients", "the medical officer; the laboratory as processor"),
        ("Storage", "results kept 2 years in the laboratory's portal"),
        ("Security", "two-factor access, encryption, audit log"),
    ),
    (
        "Offshore safety requires that nobody travels under the influence. Random testing is permitted under the Working Environment Act § 9-4 where the nature of the work requires it.",
        "Testing is limited to those travelling offshore. Only the medical officer sees positive results. Legal basis: Article 6(1)(c) and 9(2)(b).",
    ),
    (
        "information in the personnel handbook and at the heliport",
        "the employee can request a second analysis of the B-sample",
        "no test results in the HR file",
    ),
    (
        (
            "Positive results reach line managers",
            "low",
            "high",
            "only the medical officer has access",
        ),
        ("False positives", "low", "high", "confirmatory analysis"),
        (
            "Stigmatisation of employees in follow-up programmes",
            "medium",
            "high",
            "confidential programme with occupational health",
        ),
    ),
    (("Testing onshore staff", "not necessary"),),
    "The residual risk of stigmatisation after a positive result remains high.",
    (LABTEST,),
)

LOCATOR = Topic(
    "h_locator",
    "Request for prior consultation – continuous location tracking with personal locator tags offshore",
    (
        "Northbridge will equip every person on its platforms (about 600 per day) with a personal locator tag that reports position every 10 seconds inside the installation. The purpose is faster mustering in emergencies and man-overboard detection.",
        "Positions are shown on a live map in the central control room during emergencies and drills. Outside emergencies the map is hidden, but positions are logged.",
    ),
    (
        ("Sources", "tags worn by personnel; personnel on board (POB) list"),
        (
            "Recipients",
            "central control room, emergency response team; SeaTrace Safety Ltd as processor",
        ),
        ("Storage", "position logs kept 72 hours unless an incident occurs"),
        ("Security", "encrypted radio, access to history only with two-person approval"),
    ),
    (
        "Mustering currently takes up to 25 minutes. Tags reduce this to under 10 minutes and can detect a person falling overboard.",
        "Legal basis: Article 6(1)(c) under the Framework Regulations and 6(1)(f). Logs are not used to monitor work or breaks.",
    ),
    (
        "information and consultation with safety delegates",
        "history only opened after an incident, with a record of why",
        "employees can see their own log",
    ),
    (
        (
            "Logs used to check breaks and work pace",
            "medium",
            "high",
            "two-person approval, audit, written ban",
        ),
        (
            "Position data reveal private activities in cabins",
            "medium",
            "medium",
            "no tracking inside cabins",
        ),
        ("Breach at the UK processor", "low", "high", "adequacy decision, DPA, encryption"),
    ),
    (("No logging outside emergencies", "man-overboard detection needs continuous positions"),),
    "The residual risk of continuous tracking of everyone on board remains high.",
    (TAGTRACK,),
)

UEBA = Topic(
    "h_ueba",
    "Request for prior consultation – user and entity behaviour analytics on employees' IT activity",
    (
        "Northbridge will introduce user and entity behaviour analytics (UEBA) across its IT systems to detect insider threats and compromised accounts. The platform builds a behaviour profile for each of about 1 400 users from log-ins, file access, e-mail metadata, USB use and cloud uploads, and raises alerts on deviations.",
        "Alerts are investigated by the security operations team. Content of e-mails and files is not analysed.",
    ),
    (
        ("Sources", "system logs, e-mail metadata, endpoint agent"),
        ("Recipients", "security operations; HR and legal only after a confirmed incident"),
        ("Storage", "profiles and logs 180 days in the EU instance of Sentinel Insight Inc."),
        ("Security", "pseudonymised analyst view, re-identification only with approval"),
    ),
    (
        "The company holds licence data and trade secrets that have been targeted by state-backed actors. Traditional controls do not detect misuse of valid credentials.",
        "Legal basis: Article 6(1)(f) and the Regulation on employer's access to e-mail (only metadata). Profiles are pseudonymised for analysts.",
    ),
    (
        "information in the IT policy, consultation with union representatives",
        "employees are informed after an investigation",
        "no use for performance management",
    ),
    (
        (
            "Profiles reveal private life (health, union activity)",
            "medium",
            "high",
            "metadata only, no content, exclusion of union systems",
        ),
        ("Chilling effect on employees", "high", "medium", "transparency, limited retention"),
        ("Transfer to US parent", "low", "high", "EU instance, SCCs, encryption"),
    ),
    (("Content inspection", "disproportionate"),),
    "The residual risk of pervasive monitoring of all employees remains high.",
    (UEBAV,),
)

# --- templates -------------------------------------------------------------------------------


def soe_report(t: Topic, gap: dict[str, str] | None = None) -> bytes:
    doc = f"""
# Data Protection Impact Assessment

{t.title.split("– ", 1)[1]}

{lines((("Client", ORG), ("Prepared by", "Strand & Ødegaard Risk AS"), ("Consultant", f"{ODEGAARD.name}, {ODEGAARD.phone}, {ODEGAARD.email}"), ("Revision", "03")))}

# 1 The processing

{pick(gap, "what", paras(t.what))}

{pick(gap, "flow", lines(t.flow))}

{pick(gap, "procs", table(("Processor", "Service", "Contact", "Phone", "E-mail"), proc_rows(t)))}

# 2 Necessity and proportionality

{pick(gap, "need", paras(t.need))}

# 3 Safeguards for employees' rights

{pick(gap, "rights", bullets(t.rights))}

# 4 Risk assessment

{pick(gap, "risk", table(("Risk to employees", "Likelihood", "Consequence", "Measure implemented"), risk_rows(t)))}

# 5 Measures assessed but not implemented

{pick(gap, "skipped", skipped_bullets(t, "{m} — reason: {w}"))}

# 6 Residual risk

{pick(gap, "residual", t.residual)}
"""
    return to_pdf(doc)


def mc_minutes(t: Topic, date: str) -> bytes:
    doc = f"""
# Management Committee – extract of minutes

{lines((("Date", date), ("Present", "Geir Tveiten (MD, chair), Linda Haugland (CFO), Rune Sørbø (VP Operations), Nina Fossum (VP HR), Maren Rygg (secretary)")))}

## MC item 11/{date[-4:]}: {t.title.split("– ", 1)[1]}

The Committee reviewed the DPIA prepared by Strand & Ødegaard (rev. 03) for the second time. Findings presented by Ida Ødegaard: {t.residual}

Stakeholders: the safety delegates, the unions (Industri Energi, SAFE) and the DPO Europe have been consulted; their comments are in the DPIA.

Decision: The Management Committee approves the DPIA and the measures, wishes to proceed, and instructs HR Legal to request prior consultation with Datatilsynet.
"""
    return to_pdf(doc)


def approval_eml(t: Topic, date: str) -> EmailMessage:
    body = txt(f"""
        Maren,

        I have read the DPIA for {t.title.split("– ", 1)[1]} (rev. 03) and the summary of findings you presented at the MC on {date}, including the comments from the safety delegates, the unions and Fiona.

        I approve the DPIA and the measures. We want to go ahead, and I accept that the residual risk is high. Please send the request for prior consultation to Datatilsynet on my behalf.

        Geir

        Geir Tveiten
        Managing Director, Northbridge Energy Norge AS
    """)
    return message(
        "D000",
        "Geir Tveiten <geir.tveiten@northbridge-energy.com>",
        f"Approval – DPIA {t.key}",
        when(11, 5, 18, 2),
        body,
        to=RYGG.email,
    )


def sig(p: Person) -> str:
    return (
        f"{p.name}\n{p.title}\n{ORG}\n{p.phone}\n{p.email}\n"
        if p.phone
        else f"{p.name}\n{p.title}\n{ORG}\n"
    )


def mail(text: str) -> tuple[str, str]:
    return text, html_from_text(text)


def _letter(
    t: Topic,
    refs: tuple[str, ...],
    body: str,
    signers: tuple[tuple[str, ...], ...],
    encl: tuple[str, ...],
) -> Letter:
    return Letter(
        HEAD,
        DT_ADDR_EN,
        refs,
        t.title,
        body,
        closing="Yours faithfully",
        signers=signers,
        layout="tabs",
        note=E_APPROVED_EN,
        encl=encl,
        encl_label="Enclosures:",
    )


# --- cases: odd ----------------------------------------------------------------------------------


def d015() -> tuple:
    t = FATIGUE
    body = f"""
Northbridge Energy Norge AS requests a prior consultation under Article 36 of the GDPR.

{paras(t.what)}

We enclose the DPIA prepared by Strand & Ødegaard Risk AS and the extract of the minutes of our Management Committee. The processor is Vigilo Systems AS; contact: Andreas Moen, +47 902 77 310, andreas.moen@vigilo.no.

Contact person: Maren Rygg (see above). Our DPO Europe co-signs this letter.
"""
    lt = _letter(
        t,
        ("HRL-2026-118", "", f"{RYGG.name}\n{RYGG.phone}\n{RYGG.email}", "3 November 2026"),
        body,
        (MD, DPO_SIG),
        ("DPIA rev. 03", "Management Committee minutes extract"),
    )
    _, html = mail(
        "Dear Datatilsynet,\n\nPlease find attached our request for prior consultation regarding fatigue monitoring of crane operators.\n\nBest regards\n\n"
        + sig(RYGG)
    )
    msg = message(
        "D015",
        f"{RYGG.name} <{RYGG.email}>",
        "Request for prior consultation – fatigue monitoring of crane operators",
        when(11, 3, 16, 40),
        None,
        html,
        attachments=[
            ("Request for prior consultation - fatigue monitoring.pdf", letter_pdf(lt)),
            ("DPIA fatigue monitoring rev03.pdf", soe_report(t)),
            ("MC minutes extract 2026-10-30.pdf", mc_minutes(t, "30 October 2026")),
        ],
    )
    return msg, Label(
        "en",
        (
            "energy_operator",
            "foreign_owned_subsidiary",
            "html_only_body",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "contact_in_ref_table",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; HTML-only mail, MD and Aberdeen DPO side by side with +44 phone; consultant's contacts on the DPIA cover",
    )


def _drug_letter(refs: tuple[str, ...], body: str, encl: tuple[str, ...]) -> Letter:
    return _letter(DRUGTEST, refs, body, (MD, DPO_SIG), encl)


def d035() -> tuple:
    t = DRUGTEST
    gap = {
        "what": "[Section under revision after the consultation with the unions – revised text will follow.]",
        "flow": "",
    }
    body = """
Northbridge Energy Norge AS requests a prior consultation under Article 36 GDPR regarding its planned random alcohol and drug testing programme for personnel travelling offshore.

Section 1 of the DPIA (the description of the processing and the data flows) is being revised after the consultation with the unions and will follow. We nevertheless submit the assessment of necessity and proportionality, the risk assessment and the Management Committee's approval now, so that Datatilsynet can start its review.

The laboratory Nordlab Toxicology AS will act as processor; contact: Helene Sæther, Customer Manager, +47 415 08 866, helene.saether@nordlab.no.

Contact person: Tom Osmundsen, HR Manager Offshore, +47 51 84 72 08, tom.osmundsen@northbridge-energy.com.
"""
    lt = _drug_letter(
        ("HRL-2026-131", "", OSMUNDSEN.name, "12 November 2026"),
        body,
        ("DPIA rev. 01 (description to follow)", "MC minutes extract"),
    )
    plain, html = mail(
        "Dear Sir or Madam,\n\nAttached is our request for prior consultation on random alcohol and drug testing. The description of the processing will follow.\n\nKind regards\n\n"
        + sig(OSMUNDSEN)
    )
    msg = message(
        "D035",
        f"{OSMUNDSEN.name} <{OSMUNDSEN.email}>",
        "Request for prior consultation – alcohol and drug testing offshore",
        when(11, 12, 15, 18),
        plain,
        html,
        attachments=[
            ("Request for prior consultation - A&D testing.pdf", letter_pdf(lt)),
            ("DPIA A&D testing rev01.pdf", soe_report(t, gap)),
            ("MC minutes extract 2026-11-10.pdf", mc_minutes(t, "10 November 2026")),
        ],
    )
    return msg, Label(
        "en",
        (
            "energy_operator",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "consultant_dpia_contact",
            "processor_contact_in_letter",
            "processor_contact_table",
            "dpia_report_pdf",
            "part2_will_follow",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "part 2 missing: the DPIA's description and data-flow section is under revision and will follow; necessity, risks, processor contact and the MC's approval are there",
        (2,),
    )


def d055() -> tuple:
    t = DRUGTEST
    body = f"""
Further to our letter of 12 November 2026, section 1 of the DPIA has now been revised, and we resubmit the complete request for prior consultation with the full DPIA (rev. 02).

{t.what[0]}

The processor is Nordlab Toxicology AS; contact: Helene Sæther, +47 415 08 866, helene.saether@nordlab.no.

Contact person: Tom Osmundsen, HR Manager Offshore, +47 51 84 72 08, tom.osmundsen@northbridge-energy.com.
"""
    lt = _drug_letter(
        ("HRL-2026-131", "", OSMUNDSEN.name, "1 December 2026"),
        body,
        ("DPIA rev. 02", "MC minutes extract"),
    )
    plain, html = mail(
        "Dear Sir or Madam,\n\nPlease find the complete request, now including the revised description of the processing.\n\nKind regards\n\n"
        + sig(OSMUNDSEN)
    )
    msg = message(
        "D055",
        f"{OSMUNDSEN.name} <{OSMUNDSEN.email}>",
        "Request for prior consultation – alcohol and drug testing offshore – complete resubmission",
        when(12, 1, 12, 5),
        plain,
        html,
        attachments=[
            ("Request for prior consultation - A&D testing - resubmission.pdf", letter_pdf(lt)),
            ("DPIA A&D testing rev02.pdf", soe_report(t)),
            ("MC minutes extract 2026-11-10.pdf", mc_minutes(t, "10 November 2026")),
        ],
    )
    return msg, Label(
        "en",
        (
            "energy_operator",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "resubmission_complete",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "consultant_dpia_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D035 with the description and the selected processor",
    )


# --- cases: even ---------------------------------------------------------------------------------


def d016() -> tuple:
    t = LOCATOR
    body = f"""
Northbridge Energy Norge AS requests a prior consultation under Article 36 of the GDPR.

{paras(t.what)}

Enclosed are the DPIA prepared by Strand & Ødegaard Risk AS and, as documentation of management's validation, the Managing Director's approval (attached e-mail). The processor SeaTrace Safety Ltd is represented by Callum Reid, +44 1224 550 318, callum.reid@seatrace.co.uk.

Contact person: Maren Rygg, {RYGG.phone}, {RYGG.email}.
"""
    lt = _letter(
        t,
        ("HRL-2026-140", "", RYGG.name, "9 November 2026"),
        body,
        (MD, DPO_SIG),
        ("DPIA rev. 03", "Approval from the Managing Director (e-mail)"),
    )
    plain, html = mail(
        "Dear Datatilsynet,\n\nPlease find attached our request for prior consultation on personal locator tags offshore.\n\nBest regards\n\n"
        + sig(RYGG)
    )
    msg = message(
        "D016",
        f"{RYGG.name} <{RYGG.email}>",
        "Request for prior consultation – personal locator tags offshore",
        when(11, 9, 10, 48),
        plain,
        html,
        attachments=[
            ("Request for prior consultation - locator tags.docx", letter_docx(lt)),
            ("DPIA locator tags rev03.pdf", soe_report(t)),
        ],
        forwarded=("MD approval - DPIA locator tags.eml", approval_eml(t, "5 November")),
    )
    return msg, Label(
        "en",
        (
            "energy_operator",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_docx",
            "ref_table_case_officer",
            "contact_prose_letter",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_email_forwarded_eml",
            "forwarded_rfc822",
        ),
        "pgp_mime",
        True,
        "used",
        "complete; DOCX letter with MD and DPO on tab stops; the MD's approval as an attached .eml",
    )


def _ueba_letter(refs: tuple[str, ...], body: str, signers: tuple[tuple[str, ...], ...]) -> Letter:
    return _letter(UEBA, refs, body, signers, ("DPIA rev. 03", "MC minutes extract"))


def d036() -> tuple:
    t = UEBA
    body = f"""
Northbridge Energy Norge AS requests a prior consultation under Article 36 GDPR.

{paras(t.what)}

The DPIA was prepared by Strand & Ødegaard Risk AS. For questions about the methodology, please contact the responsible consultant Ida Ødegaard directly at +47 982 11 650 or ida.odegaard@soerisk.no.

The processor is Sentinel Insight Inc.; contact Grace O'Neill, EU Privacy Manager, +353 1 663 4410, grace.oneill@sentinelinsight.com.

Questions about the request may be sent to hrlegal@northbridge-energy.com. Our DPO can be contacted at privacy@northbridge-energy.com.
"""
    lt = _ueba_letter(
        ("HRL-2026-152", "", "HR Legal", "17 November 2026"),
        body,
        (MD, ("HR Legal & Compliance", "")),
    )
    plain, html = mail(
        "Dear Sir or Madam,\n\nPlease find attached our request for prior consultation on behaviour analytics.\n\nKind regards\nHR Legal & Compliance\nNorthbridge Energy Norge AS\nhrlegal@northbridge-energy.com\n"
    )
    msg = message(
        "D036",
        "HR Legal <hrlegal@northbridge-energy.com>",
        "Request for prior consultation – behaviour analytics (UEBA)",
        when(11, 17, 14, 2),
        plain,
        html,
        attachments=[
            ("Request for prior consultation - UEBA.pdf", letter_pdf(lt)),
            ("DPIA UEBA rev03.pdf", soe_report(t)),
            ("MC minutes extract 2026-11-13.pdf", mc_minutes(t, "13 November 2026")),
        ],
    )
    return msg, Label(
        "en",
        (
            "energy_operator",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "p1_no_named_contact",
            "p1_dpo_role_mailbox_only",
            "functional_mailbox_sender",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "phone_foreign",
            "e_approved",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "part 1 missing: no named contact person (HR Legal mailbox) and the DPO only as privacy@ without name or phone; the consultant and the processor's contact have full details",
        (1,),
    )


def d056() -> tuple:
    t = UEBA
    body = f"""
We refer to our request of 17 November 2026 and resubmit it in full with the contact details of our contact person and Data Protection Officer.

{t.what[0]}

Contact person: Maren Rygg, {RYGG.title}, {RYGG.phone}, {RYGG.email}.
Data Protection Officer: {DPO.name}, {DPO.title}, {DPO.phone}, {DPO.email}.
Processor: Sentinel Insight Inc., Grace O'Neill, EU Privacy Manager, +353 1 663 4410, grace.oneill@sentinelinsight.com.
"""
    lt = _ueba_letter(
        ("HRL-2026-152", "", f"{RYGG.name}\n{RYGG.phone}", "25 November 2026"), body, (MD, DPO_SIG)
    )
    plain, html = mail(
        "Dear Sir or Madam,\n\nPlease find our resubmitted request, now with contact details.\n\nBest regards\n\n"
        + sig(RYGG)
    )
    msg = message(
        "D056",
        f"{RYGG.name} <{RYGG.email}>",
        "Resubmission: request for prior consultation – behaviour analytics (UEBA)",
        when(11, 25, 11, 31),
        plain,
        html,
        attachments=[
            ("Request for prior consultation - UEBA - resubmission.pdf", letter_pdf(lt)),
            ("DPIA UEBA rev03.pdf", soe_report(t)),
            ("MC minutes extract 2026-11-13.pdf", mc_minutes(t, "13 November 2026")),
        ],
    )
    return msg, Label(
        "en",
        (
            "energy_operator",
            "foreign_owned_subsidiary",
            "html_alternative",
            "cover_letter_pdf",
            "ref_table_case_officer",
            "resubmission_complete",
            "contact_label_value",
            "signature_two_columns_tabs",
            "dpo_signs",
            "phone_foreign",
            "e_approved",
            "consultant_dpia_contact",
            "other_person_full_contact",
            "processor_contact_in_letter",
            "dpia_report_pdf",
            "part5_board_minutes_pdf",
        ),
        "none",
        True,
        "used",
        "complete resubmission of D036 with named contact and DPO",
    )
