# ruff: noqa: E501
"""The ten senders of blind25 and their own document templates.

Each ``render_X(cid, topic, date, k)`` builds one request message; ``k`` is a set of knobs that say
what the case leaves out or how it is packed. All names, numbers and addresses are invented.
"""

from __future__ import annotations

from email.message import EmailMessage

from kit import (
    html_from_text,
    message,
    quoted,
    scan_pdf,
    to_docx,
    to_html,
    to_pdf,
    to_xlsx,
    to_zip,
    txt,
)
from topics import Proc, Topic

EN_LVL = {1: "Low", 2: "Medium", 3: "High", 4: "Very high"}
NB_LVL = {1: "Lav", 2: "Middels", 3: "Høy", 4: "Svært høy"}
NN_LVL = {1: "Låg", 2: "Middels", 3: "Høg", 4: "Svært høg"}


def bullets(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join("- " + i for i in items)


def proc_of(t: Topic) -> Proc | None:
    return t.processors[0] if t.processors else None


# --- A: Nimbus Flow Nordic AS (US SaaS group), ICO template ------------------------------

A_SIG = txt("""
    Best regards,
    Hanna Lindqvist-Berg
    Privacy Counsel, Nordics
    Nimbus Flow Nordic AS | Tollbugata 24, 0152 Oslo
    Direct: +47 23 96 41 70 | Mobile: +47 915 55 204
    hanna.lindqvist-berg@nimbusflow.no

    This e-mail may contain confidential information. If you received it in error, please notify the sender and delete it.
""")


def _ico_dpia(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    likely = {1: "Remote", 2: "Possible", 3: "Probable", 4: "Probable"}
    sev = {1: "Minimal", 2: "Significant", 3: "Severe", 4: "Severe"}
    overall = {1: "Low", 2: "Medium", 3: "High", 4: "High"}
    rows5 = "\n".join(
        f"| {r.rid}: {r.text} | {likely[r.likelihood]} | {sev[r.impact]} | {overall[(r.likelihood + r.impact) // 2]} |"
        for r in t.risks
    )
    rows6 = "\n".join(
        f"| {r.rid} | {r.measure} | Reduced | {overall[r.residual]} | Yes |" for r in t.risks
    )
    nt = "\n".join(f"| {m} | Not adopted: {why} | – | – | No |" for m, why in t.not_taken)
    if "p5_missing" in k:
        sign = txt("""
            | Item | Name/position/date | Notes |
            | Measures approved by: | pending | Integrate actions back into project plan, with date and responsibility for completion |
            | Residual risks approved by: | pending | If accepting any residual high risk, consult the ICO/supervisory authority before going ahead |
            | DPO advice provided: | C. Doyle, Group DPO, 28/10/2026 | DPO should advise on compliance, step 6 measures and whether processing can proceed |
            | Summary of DPO advice: | Proceed only after prior consultation with Datatilsynet (Art. 36). | |
            | DPO advice accepted or overruled by: | pending | If overruled, you must explain your reasons |
            | Consultation responses reviewed by: | pending | |
            | This DPIA will be kept under review by: | Privacy Counsel Nordics | The DPO should also review ongoing compliance with DPIA |
        """)
    else:
        sign = txt("""
            | Item | Name/position/date | Notes |
            | Measures approved by: | Thomas Aukrust, Managing Director Nordics, 03/11/2026 | Actions integrated in the rollout plan (owner per measure, see step 6) |
            | Residual risks approved by: | Thomas Aukrust, Managing Director Nordics, 03/11/2026 | Residual high risk accepted subject to prior consultation with Datatilsynet |
            | DPO advice provided: | C. Doyle, Group DPO, 28/10/2026 | |
            | Summary of DPO advice: | Measures are appropriate; residual risk remains high; request prior consultation under Art. 36 before go-live. | |
            | DPO advice accepted or overruled by: | Accepted – Thomas Aukrust, 03/11/2026 | |
            | Consultation responses reviewed by: | Nordic Leadership Team, meeting 03/11/2026 (AMU and union input presented by HR) | Consultation feedback on ranking concerns led to the block on individual exports |
            | This DPIA will be kept under review by: | Privacy Counsel Nordics | Next review: 6 months after go-live |
        """)
    return f"""
# Data Protection Impact Assessment – {t.title}

Template: DPIA template (adapted from ICO), Nimbus Flow Group Privacy, v4.1. Owner: Privacy Counsel Nordics.

# Step 1: Identify the need for a DPIA

{t.purpose} The screening checklist flagged: systematic monitoring, innovative technology, vulnerable data subjects / special category data. A DPIA is therefore required.

# Step 2: Describe the processing

## Nature of the processing

{t.nature} Sources: {t.sources} Recipients: {t.recipients}

## Scope of the processing

{t.scope}

## Context of the processing

{t.context} Security: {t.security} {("Processor: " + p.name + " (" + p.country + "), " + p.role + ".") if p else ""}

## Purposes of the processing

{t.purpose} Lawful basis: {t.legal}

# Step 3: Consultation process

{t.consulted}

# Step 4: Assess necessity and proportionality

{t.necessity}

{t.proportionality}

{bullets(t.safeguards)}

# Step 5: Identify and assess risks

| Describe source of risk and nature of potential impact on individuals | Likelihood of harm | Severity of harm | Overall risk |
{rows5}

# Step 6: Identify measures to reduce risk

| Risk | Options to reduce or eliminate risk | Effect on risk | Residual risk | Measure approved |
{rows6}
{nt}

{t.residual}

# Step 7: Sign off and record outcomes

{sign}
"""


def render_a(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    p = proc_of(t)
    assert p
    dpo_row = (
        "| Data Protection Officer | TBC – new Group DPO starts 1 January 2027 | Nimbus Flow Ireland Ltd | TBC | TBC |"
        if "p1_dpo_tbc" in k
        else "| Data Protection Officer | Ciarán Doyle (Group DPO) | Nimbus Flow Ireland Ltd, Dublin | +353 1 555 2210 | dpo@nimbusflow.com |"
    )
    contacts = txt(f"""
        | Role | Name | Organisation | Phone | E-mail |
        | Contact person (controller) | Hanna Lindqvist-Berg | Nimbus Flow Nordic AS | +47 23 96 41 70 | hanna.lindqvist-berg@nimbusflow.no |
        {dpo_row}
        | Processor contact | {p.person} | {p.name}, {p.country} | {p.phone} | {p.email} |
    """)
    intro = txt(f"""
        Dear Sir or Madam,

        Nimbus Flow Nordic AS (org. no. 921 555 310) hereby requests prior consultation under Article 36 GDPR regarding "{t.title}".

        We have carried out a DPIA (attached). Despite the measures identified, we have not been able to reduce the risk to an acceptable level – see Step 6 of the DPIA. {"The DPIA has been signed off by our Managing Director (Step 7)." if "p5_missing" not in k else "We would like to start the consultation now to keep our timeline; Step 7 will be completed once the Nordic Leadership Team has reviewed it."}

        Contacts
    """)
    body = (
        intro
        + "\n"
        + "\n".join(
            " | ".join(c.strip() for c in row.strip().strip("|").split("|"))
            for row in contacts.strip().splitlines()
        )
        + "\n\n"
        + A_SIG
    )
    html = to_html(intro + "\n" + contacts + "\n~ " + A_SIG.strip())
    dpia = _ico_dpia(t, k)
    name = f"DPIA_{t.key}_{'WorkforceInsights' if t.key == 'A1' else 'VoiceAuth'}_v1.3"
    att = (
        [(name + ".pdf", to_pdf(dpia, t.title))]
        if "pdf" in k
        else [(name + ".docx", to_docx(dpia))]
    )
    return message(
        cid,
        "Hanna Lindqvist-Berg <hanna.lindqvist-berg@nimbusflow.no>",
        f"Request for prior consultation (Art. 36 GDPR) – {t.title}",
        date,
        body,
        html,
        att,
    )


# --- B: Skagerak Nordbank AB, filial i Norge (CNIL PIA, XLSX register, board resolution) ---

B_SIG = txt("""
    Kind regards

    Mikael Sandström-Aas
    Head of Compliance Norway
    Skagerak Nordbank AB, filial i Norge (org.nr. 998 555 201)
    Haakon VIIs gate 9, 0161 Oslo
    Tel. +47 21 09 55 40
    mikael.sandstrom-aas@skageraknordbank.no

    Classification: Confidential
""")


def _cnil_pia(t: Topic, k: set[str]) -> str:
    scale = {1: "Negligible", 2: "Limited", 3: "Significant", 4: "Maximum"}
    p = proc_of(t)
    if "p4_missing" in k:
        risks = txt("""
            ## 3.1 Planned or existing measures

            See the bank's ISMS controls and the risk register (Annex 2).

            ## 3.2 Risk assessment

            The risks are recorded in the risk register (Annex 2), which is maintained by the Model Risk function.
        """)
    else:
        feared = "\n".join(
            f"| {r.rid} | {r.text} | {scale[r.impact]} | {scale[r.likelihood]} | {r.measure} |"
            for r in t.risks
        )
        risks = f"""
## 3.1 Planned or existing measures

{t.security} Further controls per risk are set out below and in the risk register (Annex 2).

## 3.2 Feared events and their assessment

| Ref | Feared event / impact on data subjects | Severity | Likelihood | Measures |
{feared}

## 3.3 Measures not implemented

{bullets([m + " – " + why for m, why in t.not_taken])}

## 3.4 Residual risk

{t.residual}
"""
    return f"""
# Privacy Impact Assessment (PIA) – {t.title}

Skagerak Nordbank AB – Norway branch. Method: CNIL PIA methodology (2018 edition), adapted by Group Data Protection. Version 1.0, 30 October 2026.

# 1 Context

## 1.1 Overview of the processing

{t.purpose}

{t.nature}

## 1.2 Data, processes and supporting assets

{t.scope} Sources: {t.sources} Recipients: {t.recipients} {("Processor: " + p.name + ", " + p.country + " (" + p.role + ").") if p else ""}

{t.context}

# 2 Fundamental principles

## 2.1 Assessment of the measures guaranteeing the proportionality and necessity of the processing

Legal basis: {t.legal}

{t.necessity}

{t.proportionality}

## 2.2 Assessment of the controls protecting data subjects' rights

{bullets(t.safeguards)}

Stakeholders consulted: {t.consulted}

# 3 Risks
{risks}

# 4 Validation

The PIA has been prepared by Compliance Norway with the Group DPO. Validation by the Board of Directors of the branch's head office, see separate extract of minutes.
"""


def _b_register(t: Topic, empty: bool) -> bytes:
    head = [
        "Risk ID",
        "Risk description",
        "Likelihood (1-4)",
        "Impact (1-4)",
        "Inherent score",
        "Mitigating controls",
        "Risk owner",
        "Residual score",
        "Status",
    ]
    rows = (
        []
        if empty
        else [
            [
                r.rid,
                r.text,
                str(r.likelihood),
                str(r.impact),
                str(r.likelihood * r.impact),
                r.measure,
                r.owner,
                str(r.residual * 2),
                "Open" if r.residual >= 3 else "Mitigated",
            ]
            for r in t.risks
        ]
    )
    return to_xlsx(
        {
            "Risk register": [head, *rows],
            "Scale": [["Score", "Meaning"], ["1-4", "Low"], ["5-8", "Medium"], ["9-16", "High"]],
        }
    )


def _b_board(t: Topic) -> bytes:
    return to_pdf(
        f"""
# EXTRACT FROM THE MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS OF SKAGERAK NORDBANK AB (PUBL)

Held on 5 November 2026 at the head office, Stockholm. Present: the full Board; Group DPO Annika Wennerholm and Head of Compliance Norway Mikael Sandström-Aas attended for item 9.

## Item 9: {t.title} – Privacy Impact Assessment (Norwegian branch)

The Head of Compliance Norway presented the PIA, its main findings and the residual risks. The Group DPO presented her opinion. The input from the stakeholders consulted ({t.consulted.split(";")[0].rstrip(".")}) was summarised for the Board.

The Board RESOLVED

- to approve the Privacy Impact Assessment dated 30 October 2026, including the measures set out in it;
- to note that the residual risk is assessed as high and to instruct the Norwegian branch to request prior consultation with Datatilsynet under Article 36 GDPR before the processing starts;
- that the processing shall not start before Datatilsynet's written advice has been received.

Certified true extract: Karin Ljungberg, Company Secretary
""",
        "Extract of minutes",
    )


def render_b(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    p = proc_of(t)
    assert p
    board = (
        ""
        if "p5_missing" in k
        else "3. Extract of the minutes of the Board of Directors, 5 November 2026\n"
    )
    later = (
        txt("""
        The PIA will be tabled at the Board meeting on 17 December 2026. We will forward the extract of the minutes as soon as it has been signed.
    """)
        if "p5_missing" in k
        else ""
    )
    body = (
        txt(f"""
        To Datatilsynet

        REQUEST FOR PRIOR CONSULTATION – {t.title.upper()}

        Skagerak Nordbank AB, filial i Norge, requests prior consultation pursuant to Article 36 of the GDPR. The PIA has concluded that a high residual risk remains (section 3 of the PIA).

        Contact person: Mikael Sandström-Aas, Head of Compliance Norway, +47 21 09 55 40, mikael.sandstrom-aas@skageraknordbank.no
        Data Protection Officer (Group): Annika Wennerholm, Skagerak Nordbank AB, Stockholm, (+46) 8-410 255 60, dpo@skageraknordbank.se
        Processor: {p.name}, {p.address}. Contact: {p.person}, {p.phone}, {p.email}

        Enclosures:
        1. Privacy Impact Assessment v1.0 (PDF)
        2. Risk register (Annex 2 to the PIA, XLSX)
        {board}
    """)
        + (("\n" + later) if later else "")
        + "\n"
        + B_SIG
    )
    att = [
        (f"PIA_{t.key}_v1.0.pdf", to_pdf(_cnil_pia(t, k), t.title)),
        (f"Annex2_Risk_register_{t.key}.xlsx", _b_register(t, "p4_missing" in k)),
    ]
    if "p5_missing" not in k:
        att.append(("Board_extract_2026-11-05_item9.pdf", _b_board(t)))
    return message(
        cid,
        "Sandström-Aas Mikael <mikael.sandstrom-aas@skageraknordbank.no>",
        f"Prior consultation Art. 36 – {t.title}",
        date,
        body,
        None,
        att,
    )


# --- C: Medivance GmbH / Medivance Norge NUF (ISO 29134 report, CEO e-mail quoted) --------

C_SIG = txt("""
    Best regards / Med vennlig hilsen
    Silje Marstrander
    Country Manager Norway
    Medivance Norge NUF (branch of Medivance GmbH)
    Lysaker Torg 5, 1366 Lysaker
    T +47 67 10 44 80 | M +47 928 55 416
    silje.marstrander@medivance.no

    Medivance GmbH · Leopoldstraße 180 · 80804 München · Amtsgericht München HRB 255 310 · Geschäftsführer: Dr. Matthias Kellner
""")


def _iso_pia(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    assert p
    proc_line = (
        f"| Processor | {p.name}, {p.address} | (contact details on request) | | |"
        if "p1_proc_on_request" in k
        else f"| Processor | {p.name}, {p.country} | {p.person} | {p.phone} | {p.email} |"
    )
    reg = "\n".join(
        f"| {r.rid} | {r.text} | {r.likelihood} | {r.impact} | {r.likelihood * r.impact} | {r.measure} | {r.owner} | {r.residual * 2} |"
        for r in t.risks
    )
    sec4 = (
        "To be completed by Regulatory Affairs (legal basis, necessity and proportionality). Input from the MDR team is expected in December."
        if "p3_missing" in k
        else f"{t.legal}\n\n{t.necessity}\n\n{t.proportionality}\n\n{bullets(t.safeguards)}"
    )
    return f"""
# Privacy Impact Assessment Report

{t.title}. Document no. MDV-PIA-{t.key}-026, revision B. Structured in accordance with ISO/IEC 29134:2023.

# 1 Scope of the PIA

## 1.1 Objective

{t.purpose}

## 1.2 PIA team and contacts

| Function | Organisation | Name | Telephone | E-mail |
| Controller contact | Medivance Norge NUF | Silje Marstrander | +47 67 10 44 80 | silje.marstrander@medivance.no |
| Data Protection Officer (external) | Datenschutzkanzlei Ostermeier & Partner mbB, München | Dr. Franziska Ostermeier | +49 (0)89 2154 3370 | dsb@ostermeier-datenschutz.de |
{proc_line}

# 2 Privacy requirements

Applicable: GDPR, Norwegian Personal Data Act, MDR (EU) 2017/745, the Norwegian Patient Records Act where clinics are involved.

# 3 Description of the processing

## 3.1 Process description

{t.nature}

## 3.2 PII categories, data subjects and retention

{t.scope}

## 3.3 Information flows, actors and recipients

Sources: {t.sources} Recipients: {t.recipients} Processor: {p.name} ({p.role}).

## 3.4 Context

{t.context}

# 4 Necessity and proportionality

{sec4}

# 5 Risk assessment

Scale: likelihood 1 (unlikely) – 4 (almost certain); impact 1 (negligible) – 4 (severe). Risk level = L × I; 9-16 high, 5-8 medium, 1-4 low.

| # | Risk source / threat / impact | L | I | Level | Treatment | Owner | Residual |
{reg}

Stakeholders consulted: {t.consulted}

# 6 Risk treatment plan

{t.security}

Controls considered but not implemented: {"; ".join(m + " (" + why + ")" for m, why in t.not_taken)}.

# 7 Conclusions and decisions

{t.residual} Medivance will request prior consultation with Datatilsynet (Art. 36 GDPR). The report was presented to the Managing Director for decision (see approval e-mail).
"""


def _c_ceo_quote(t: Topic) -> str:
    return quoted(
        txt(f"""
        Von: Dr. Matthias Kellner <matthias.kellner@medivance.de>
        Gesendet: Montag, 9. November 2026 17:42
        An: Silje Marstrander <silje.marstrander@medivance.no>
        Cc: Dr. Franziska Ostermeier <dsb@ostermeier-datenschutz.de>; Regulatory Affairs <ra@medivance.de>
        Betreff: AW: PIA approval – {t.title}

        Dear Silje,

        thank you for the presentation in today's Management Board meeting. I have reviewed the PIA report (rev. B) together with the findings, the DPO's opinion and the feedback from the patient organisation and the clinics.

        On behalf of the Management Board I approve the PIA and the risk treatment plan as presented. We accept that risk 1 remains high and I ask you to submit the request for prior consultation to Datatilsynet. The processing in Norway shall not start before we have their response.

        Best regards
        Matthias

        Dr. Matthias Kellner
        CEO / Geschäftsführer, Medivance GmbH
        T +49 (0)89 2154 3000
    """)
    )


def render_c(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    pia = _iso_pia(t, k)
    body = (
        txt(f"""
        Dear Datatilsynet,

        On behalf of Medivance Norge NUF (org.nr. 926 555 117), the Norwegian branch of Medivance GmbH, I submit a request for prior consultation according to Art. 36 GDPR for "{t.title}".

        The PIA report is attached (contacts for the company, our external DPO and the processor in section 1.2). Our CEO's approval of the PIA is included below.

    """)
        + "\n"
        + C_SIG
        + "\n"
        + (_c_ceo_quote(t) if "p5_missing" not in k else "")
    )
    return message(
        cid,
        "Silje Marstrander <silje.marstrander@medivance.no>",
        f"Prior consultation request (GDPR Art. 36) – Medivance – {t.title}",
        date,
        body,
        None,
        [(f"MDV-PIA-{t.key}-026_revB.docx", to_docx(pia))],
        cc="dsb@ostermeier-datenschutz.de",
    )


# --- D: ARCTIC research consortium led by NISF, Tromsø (Roles table, SC minutes) ---------

D_SIG = txt("""
    --
    Dr. Ragnhild Nygaard-Sara
    Project Coordinator | Senior Researcher
    Nordlig institutt for samfunnsforskning (NISF)
    Postboks 6412, 9294 Tromsø, Norway
    +47 776 55 218 | ragnhild.nygaard-sara@nisf.no

    This project has received funding from the European Union's Horizon Europe research and innovation programme under grant agreement No 101555287.
""")


def _d_roles(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    assert p
    proc_row = (
        f"| Processor (data collection platform) | {p.name}, {p.country} | TBC | TBC | TBC |"
        if "p1_proc_tbc" in k
        else f"| Processor ({p.role.split('(')[0].strip()}) | {p.name}, {p.country} | {p.person} | {p.phone} | {p.email} |"
    )
    return f"""
| Role | Organisation | Name | Phone | E-mail |
| Controller (coordinator) – contact person | NISF, Tromsø | Dr. Ragnhild Nygaard-Sara | +47 776 55 218 | ragnhild.nygaard-sara@nisf.no |
| Data Protection Officer of the coordinator | NISF | Eivind Mortensen | +47 776 55 200 | personvernombud@nisf.no |
| Joint controller – partner | Université de Vaucluse-Rhône (FR) | Prof. Claire Aubert | +33 4 90 55 12 80 | claire.aubert@univ-vr.fr |
| Joint controller – partner | Hanzeborg University of Applied Sciences (NL) | Dr. Maarten Bos | +31 50 555 4412 | m.bos@hanzeborg.nl |
{proc_row}
| Data manager | NISF | Tor Ivar Hætta | +47 776 55 231 | tor.ivar.haetta@nisf.no |
"""


def _d_dpia(t: Topic, k: set[str]) -> str:
    reg = "\n".join(
        f"| {r.rid} | {r.text} | {EN_LVL[r.likelihood]} | {EN_LVL[r.impact]} | {r.measure} | {EN_LVL[r.residual]} |"
        for r in t.risks
    )
    risk = (
        "To be completed in WP7 (Ethics and data protection), deliverable D7.2, month 6. The risk analysis will be carried out together with the partners' DPOs."
        if "p4_missing" in k
        else f"| ID | Risk to data subjects | Likelihood | Severity | Mitigation | Residual |\n{reg}\n\nMitigations considered and rejected: {'; '.join(m + ': ' + why for m, why in t.not_taken)}.\n\n{t.residual}"
    )
    return f"""
# Data Protection Impact Assessment – {t.title}

Deliverable D7.1 (draft for submission to Datatilsynet). Consortium DPIA, led by the coordinator NISF.

# 1 Project and purposes

{t.purpose}

# 2 Description of the processing

{t.nature}

Data subjects, categories and retention: {t.scope}

Context: {t.context}

Sources: {t.sources} Recipients: {t.recipients}

Technical and organisational security: {t.security}

# 3 Legal basis, necessity and proportionality

{t.legal}

{t.necessity}

{t.proportionality}

Safeguards for the rights of participants:

{bullets(t.safeguards)}

# 4 Stakeholder involvement

{t.consulted}

# 5 Risk assessment and mitigation

{risk}
"""


def _d_minutes(t: Topic) -> bytes:
    return to_pdf(
        f"""
# Minutes – 9th Steering Committee meeting

Project: {t.title.split(":")[0]}. Date: 28 October 2026, hybrid (Tromsø / Teams). Chair: Dr. Ragnhild Nygaard-Sara (NISF).

Present: NISF (3), Université de Vaucluse-Rhône (2), Hanzeborg UAS (1), Universidad de Altamira (1). Also present: Eivind Mortensen (NISF DPO), the Sami reference group's representative for item 4.

# Item 4 – Validation of the consortium DPIA (D7.1)

The coordinator presented the DPIA, the main findings and the residual risk. The DPO of NISF gave his advice. The input from the stakeholder consultations and the youth panel was presented and discussed; the partners' DPOs had given written comments, which were incorporated.

Decision 9/4: The Steering Committee validates the DPIA (D7.1) and the mitigation measures. The Committee notes that a high residual risk remains and mandates the coordinator to request prior consultation with Datatilsynet on behalf of the consortium. Data collection shall not start before Datatilsynet has responded. The decision was unanimous.

Approved by the NISF Director, Halvard Johansen, 30 October 2026.
""",
        "SC minutes",
    )


def render_d(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    follow = "p5_missing" in k
    cover = f"""
# Request for prior consultation under Article 36 GDPR

To: Datatilsynet, Postboks 458 Sentrum, 0105 Oslo. From: Nordlig institutt for samfunnsforskning (NISF), coordinator of the consortium. Tromsø, {("2 November 2026" if int(cid[1:]) < 30 else "1 December 2026")}.

Project: {t.title}

The consortium requests prior consultation. The DPIA shows a high residual risk which the consortium has not been able to mitigate sufficiently.

# Roles and responsibilities

{_d_roles(t, k)}

# Enclosures

- Consortium DPIA (deliverable D7.1)
- {"Minutes of the Steering Committee – will follow" if follow else "Minutes of the 9th Steering Committee meeting (validation of the DPIA)"}
"""
    body = (
        txt(f"""
        Dear Datatilsynet,

        Please find attached our request for prior consultation for the {t.title.split(":")[0]} project, with the consortium DPIA{"" if follow else " and the Steering Committee minutes"}.{" The Steering Committee minutes will follow after the next meeting; the risk assessment is still being finalised in WP7." if follow else ""}

        The contact details for all roles are in the "Roles and responsibilities" table in the cover letter.

    """)
        + "\n"
        + D_SIG
    )
    att = [
        ("Cover_letter_Art36_request.pdf", to_pdf(cover, "Cover letter")),
        (f"D7.1_DPIA_{t.key}.docx", to_docx(_d_dpia(t, k))),
    ]
    if not follow:
        att.append(("SC09_minutes_2026-10-28.pdf", _d_minutes(t)))
    return message(
        cid,
        "Ragnhild Nygaard-Sara <ragnhild.nygaard-sara@nisf.no>",
        f"{t.title.split(':')[0]} – request for prior consultation (Art. 36)",
        date,
        body,
        None,
        att,
    )


# --- E: Nordavind Air AS (form DPIA, aviation risk index, SRB record scanned) -------------

E_SIG = txt("""
    With kind regards

    Kristoffer Brennvik
    Compliance Monitoring Manager
    Nordavind Air AS
    Bodø Airport, Postboks 1090, 8001 Bodø
    Phone: 0047 75 55 40 18
    Mobile: 0047 948 55 733
    kristoffer.brennvik@nordavindair.no
""")


def _e_form(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    assert p
    lik = {1: 2, 2: 3, 3: 4, 4: 5}
    sev = {1: "D", 2: "C", 3: "B", 4: "A"}
    reg = "\n".join(
        f"| {r.rid} | {r.text} | {lik[r.likelihood]} | {sev[r.impact]} | {lik[r.likelihood]}{sev[r.impact]} | {r.measure} | {r.owner} | {lik[r.residual]}{sev[r.impact]} |"
        for r in t.risks
    )
    if "p2_missing" in k:
        secb = "See attached Concept of Operations (ConOps) document for a full description of the processing, data flows and systems."
    else:
        secb = f"{t.nature}\n\nScope and retention: {t.scope}\n\nContext: {t.context}\n\nData sources: {t.sources} Recipients: {t.recipients}\n\nProcessor: {p.name}, {p.address} – {p.role}. Contact: {p.person}, {p.phone}, {p.email}.\n\nSecurity: {t.security}"
    sece = (
        "Management review: pending – scheduled for the Safety & Compliance Review Board (SRB) on 12 December 2026."
        if "p5_missing" in k
        else "Reviewed by the Safety & Compliance Review Board on 4 November 2026. See SRB Record of Decision 26-041 (attached)."
    )
    return f"""
# DATA PROTECTION IMPACT ASSESSMENT – FORM QP-DP-07 rev. 3

Nordavind Air AS. Project: {t.title}. Prepared by: Compliance Monitoring. Reviewed by DPO: Lene Hjartøy.

# A. Project overview

{t.purpose}

# B. Processing description

{secb}

# C. Lawfulness, necessity and proportionality

Lawful basis: {t.legal}

{t.necessity}

{t.proportionality}

Data subject rights and transparency:

{bullets(t.safeguards)}

Consultation: {t.consulted}

# D. Risk register

Likelihood 1 (extremely improbable) – 5 (frequent); severity E (negligible) – A (catastrophic). Risk index per the company SMS matrix; 4B and above = intolerable, 3C-4C = tolerable with mitigation.

| Risk ID | Threat to data subjects | L | S | Index | Mitigation | Owner | Residual |
{reg}

Mitigations not implemented: {"; ".join(m + " – " + why for m, why in t.not_taken)}

Residual risk statement: {t.residual}

# E. Management review

{sece}
"""


def _e_srb(t: Topic) -> bytes:
    return scan_pdf(
        [
            f"""NORDAVIND AIR AS
SAFETY & COMPLIANCE REVIEW BOARD – RECORD OF DECISION 26-041

Date: 4 November 2026. Chair: Accountable Manager / CEO Sigrun Aalborg-Nes.
Members: Director Flight Operations, Director Ground Operations, Compliance Monitoring Manager, Safety Manager. DPO Lene Hjartøy attended.

Subject: DPIA Form QP-DP-07 – {t.title}

The Compliance Monitoring Manager presented the DPIA and the risk register. The DPO presented her advice. Feedback from the passenger panel, Avinor and the unions was reviewed.

Decision: The SRB accepts the DPIA and the mitigations. The residual risk is high and is not accepted by the Board without prior consultation with Datatilsynet. The Compliance Monitoring Manager is tasked with submitting the request. Go-live is on hold.

Signed: Sigrun Aalborg-Nes, Accountable Manager        4.11.2026
"""
        ]
    )


def render_e(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    body = (
        txt(f"""
        Good morning,

        Nordavind Air AS (org. no. 987 555 412) requests prior consultation with Datatilsynet under GDPR Art. 36 for: {t.title}.

        I am the contact person for this request (details below). Our Data Protection Officer is Lene Hjartøy, phone 0047 75 55 40 60, e-mail dpo@nordavindair.no.

        Attached: the DPIA on our form QP-DP-07{", the ConOps" if "p2_missing" in k else ""}{"" if "p5_missing" in k else " and the SRB Record of Decision"}.

    """)
        + "\n"
        + E_SIG
    )
    att = [(f"QP-DP-07_{t.key}_DPIA_rev3.pdf", to_pdf(_e_form(t, k), "DPIA"))]
    if "p2_missing" in k:
        att.append(
            (
                "ConOps_BOO_TOS_v2.pdf",
                to_pdf(
                    """
# Concept of Operations – Terminal wayfinding and gate signage, Bodø and Tromsø

Version 2, Ground Operations.

# 1 Purpose

This ConOps describes the new digital wayfinding screens, gate number signage and the placement of self-service bag-drop units in the departure halls.

# 2 Layout

Gates 1-6 in Bodø receive new overhead screens. In Tromsø the bag-drop zone moves 20 m to the east. Cabling is done by Avinor's contractor in January.

# 3 Operating hours and maintenance

Screens are switched on 04:45-00:30. Faults are reported through the Avinor service desk.
""",
                    "ConOps",
                ),
            )
        )
    if "p5_missing" not in k:
        att.append(("SRB_Record_of_Decision_26-041.pdf", _e_srb(t)))
    return message(
        cid,
        "Kristoffer Brennvik <kristoffer.brennvik@nordavindair.no>",
        f"GDPR Art. 36 – prior consultation – {t.title}",
        date,
        body,
        None,
        att,
    )


# --- F: Havbrå fylkeskommune (offentlig mal, følgebrev, godkjenning i kap. 7) ----------------

F_SIG = txt("""
    Med hilsen
    Postmottak
    Havbrå fylkeskommune
    Postboks 7900, 5020 Bergen | Sentralbord: +47 55 55 00 00
    postmottak@havbra-fylke.no | www.havbra-fylke.no
""")


def _f_letter(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    assert p
    return f"""
# Havbrå fylkeskommune

%% Datatilsynet %% Vår ref.: 2026/4812-{6 if t.key == "F1" else 9}
%% Postboks 458 Sentrum %% Deres ref.:
%% 0105 OSLO %% Dato: {("04.11.2026" if "late" not in k else "01.12.2026")}

# Anmodning om forhåndsdrøfting – {t.title}

Havbrå fylkeskommune anmoder med dette om forhåndsdrøfting etter personvernforordningen artikkel 36. Fylkeskommunen har gjennomført vurdering av personvernkonsekvenser (DPIA), jf. vedlegg 1. Vurderingen viser at det gjenstår høy risiko for de registrertes rettigheter og friheter etter at tiltak er iverksatt.

## Kontaktinformasjon

| Rolle | Navn | Telefon | E-post |
| Kontaktperson (saksbehandler) | Synnøve Kleppe, seniorrådgiver | +47 55 55 03 71 | synnove.kleppe@havbra-fylke.no |
| Personvernombud | Tone Myrmel | +47 55 55 02 99 | personvernombud@havbra-fylke.no |
| Databehandler | {p.name} v/ {p.person} | {p.phone} | {p.email} |

## Vedlegg

1 Vurdering av personvernkonsekvenser (DPIA), versjon 1.0

Med hilsen

Gunnar Tveito, fylkesdirektør (e.f.). Synnøve Kleppe, seniorrådgiver

Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.
"""


def _f_dpia(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    assert p
    reg = "\n".join(
        f"| {r.rid} | {r.text} | {r.likelihood} | {r.impact} | {NB_LVL[max(r.likelihood, r.impact) - (1 if r.likelihood < 3 else 0)]} | {r.measure} | {r.owner} |"
        for r in t.risks
    )
    kap3 = (
        "Under arbeid. Kapittelet ferdigstilles av seksjon for analyse og juridisk seksjon."
        if "p3_missing" in k
        else f"{t.necessity}\n\n{t.proportionality}\n\n## 3.1 Tiltak for å ivareta de registrertes rettigheter\n\n{bullets(t.safeguards)}"
    )
    kap7 = (
        "DPIA-en legges fram for fylkesdirektøren for godkjenning i direktørmøtet 12. januar 2027."
        if "p5_missing" in k
        else txt("""
            Vurderingen, funnene og innspillene fra interessentene (kapittel 4) ble lagt fram i fylkesdirektørens ledermøte 2. november 2026, sak 114/26. Personvernombudets råd ble referert.

            | Godkjent av | Funksjon | Dato | Beslutning |
            | Gunnar Tveito | Fylkesdirektør | 02.11.2026 | DPIA godkjent. Restrisiko R-nivå høy – fylkeskommunen ber om forhåndsdrøfting før oppstart. |
            | Tone Myrmel | Personvernombud | 30.10.2026 | Råd gitt (se kap. 6) |
        """)
    )
    return f"""
# Vurdering av personvernkonsekvenser (DPIA)

{t.title}. Havbrå fylkeskommune. Mal: Digitaliseringsdirektoratets veileder, tilpasset fylkeskommunen. Versjon 1.0.

# 1 Innledning og bakgrunn

{t.purpose}

# 2 Systematisk beskrivelse av behandlingen

## 2.1 Behandlingens art

{t.nature}

## 2.2 Omfang

{t.scope}

## 2.3 Sammenheng

{t.context}

## 2.4 Kilder, mottakere og databehandlere

Kilder: {t.sources} Mottakere: {t.recipients} Databehandler: {p.name} ({p.role}).

## 2.5 Informasjonssikkerhet og behandlingsgrunnlag

{t.security} Behandlingsgrunnlag: {t.legal}

# 3 Vurdering av nødvendighet og forholdsmessighet

{kap3}

# 4 Involvering av de registrerte og andre interessenter

{t.consulted}

# 5 Risikovurdering

Sannsynlighet (S) og konsekvens (K) vurderes på skala 1-4.

| ID | Risiko for de registrerte | S | K | Risikonivå | Tiltak | Ansvarlig |
{reg}

Tiltak som er vurdert, men ikke gjennomført: {"; ".join(m + " – " + why for m, why in t.not_taken)}

# 6 Oppsummering og restrisiko

{t.residual} Personvernombudet har anbefalt forhåndsdrøfting.

# 7 Godkjenning

{kap7}
"""


def render_f(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    body = (
        txt("""
        Vedlagt oversendes dokumenter i sak 2026/4812.

        Dokumentene er også sendt med post.

    """)
        + "\n"
        + F_SIG
    )
    att = [
        ("Anmodning om forhåndsdrøfting.pdf", to_pdf(_f_letter(t, k), "Brev")),
        ("Vedlegg 1 DPIA.pdf", to_pdf(_f_dpia(t, k), "DPIA")),
    ]
    return message(
        cid,
        "Havbrå fylkeskommune <postmottak@havbra-fylke.no>",
        f"2026/4812 - Anmodning om forhåndsdrøfting - {t.title}",
        date,
        body,
        None,
        att,
    )


# --- G: Universitetet i Nordvik (skjema-DPIA, godkjenningsbrev; G2 på nynorsk) --------------


def _g_form(t: Topic, k: set[str]) -> str:
    nn = t.lang == "nn"
    lvl = NN_LVL if nn else NB_LVL
    p = proc_of(t)
    proc = (
        f"{p.name} ({p.role})"
        if p
        else ("Ingen – behandlinga skjer i eigne system" if nn else "Ingen")
    )
    desc = (
        ("Sjå prosjektskildring (vedlegg 2)." if nn else "Se prosjektbeskrivelse (vedlegg 2).")
        if "p2_missing" in k
        else f"{t.nature} {t.scope}"
    )
    ctx, src, sec = t.context, f"{t.sources} {t.recipients}", t.security
    if "p2_missing" in k:
        ref = "Sjå vedlegg 2." if nn else "Se vedlegg 2."
        ctx = src = sec = ref
    rows = "\n".join(
        f"| {r.rid} | {r.text} | {lvl[r.likelihood]} | {lvl[r.impact]} | {r.measure} | {lvl[r.residual]} |"
        for r in t.risks
    )
    if nn:
        return f"""
# Vurdering av personvernkonsekvensar (DPIA)

Universitetet i Nordvik – mal versjon 3.1. Behandling: {t.title}. Saksnr. 26/03318.

| Felt | Svar |
| Føremål | {t.purpose} |
| Skildring av behandlinga | {desc} |
| Samanheng | {ctx} |
| Kjelder og mottakarar | {src} |
| Databehandlar | {proc} |
| Tryggleik | {sec} |
| Behandlingsgrunnlag | {t.legal} |

# Naudsyn og proporsjonalitet

{t.necessity} {t.proportionality}

{bullets(t.safeguards)}

# Involvering

{t.consulted}

# Risikovurdering

| ID | Risiko | Sannsyn | Konsekvens | Tiltak | Restrisiko |
{rows}

Tiltak som ikkje er gjennomførte: {"; ".join(m + " – " + why for m, why in t.not_taken)}

{t.residual}
"""
    return f"""
# Vurdering av personvernkonsekvenser (DPIA)

Universitetet i Nordvik – mal versjon 3.1. Behandling: {t.title}. Saksnr. 26/02917.

| Felt | Svar |
| Formål | {t.purpose} |
| Beskrivelse av behandlingen | {desc} |
| Sammenheng | {ctx} |
| Kilder og mottakere | {src} |
| Databehandler | {proc} |
| Sikkerhet | {sec} |
| Behandlingsgrunnlag | {t.legal} |

# Nødvendighet og forholdsmessighet

{t.necessity} {t.proportionality}

{bullets(t.safeguards)}

# Involvering

{t.consulted}

# Risikovurdering

| ID | Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko |
{rows}

Tiltak som ikke er gjennomført: {"; ".join(m + " – " + why for m, why in t.not_taken)}

{t.residual}
"""


def _g_letter(t: Topic, k: set[str]) -> str:
    nn = t.lang == "nn"
    p = proc_of(t)
    dpo_phone = "" if "p1_dpo_nophone" in k else "+47 77 55 40 00"
    proc_row = (
        f"| {'Databehandlar' if nn else 'Databehandler'} | {p.person}, {p.name} | {p.phone} | {p.email} |"
        if p
        else ""
    )
    enclosures = (
        "Vedlegg: 1 DPIA. 2 Prosjektskildring. 3 Godkjenning frå universitetsdirektøren."
        if nn
        else "Vedlegg: 1 DPIA. 2 Godkjenning fra universitetsdirektøren."
    )
    if "p5_missing" in k:
        enclosures = "Vedlegg: 1 DPIA. 2 Prosjektskildring." if nn else "Vedlegg: 1 DPIA."
    head = "Oppmoding om førehandsdrøfting" if nn else "Anmodning om forhåndsdrøfting"
    txt_body = (
        f"Universitetet i Nordvik ber om førehandsdrøfting etter personvernforordninga artikkel 36 for behandlinga «{t.title}». Vurderinga av personvernkonsekvensar viser at det framleis er høg risiko etter tiltak."
        if nn
        else f"Universitetet i Nordvik ber om forhåndsdrøfting etter personvernforordningen artikkel 36 for behandlingen «{t.title}». Vurderingen av personvernkonsekvenser viser at det fortsatt er høy risiko etter tiltak."
    )
    return f"""
# {head}

%% Datatilsynet %% Vår dato: {"24.11.2026" if nn else "05.11.2026"}
%% Postboks 458 Sentrum, 0105 Oslo %% Vår ref.: {"26/03318-4" if nn else "26/02917-8"}

{txt_body}

# {"Kontaktpersonar" if nn else "Kontaktpersoner"}

| Rolle | {"Namn" if nn else "Navn"} | Telefon | E-post |
| Kontaktperson | Anniken Solbakk, {"seniorrådgjevar" if nn else "seniorrådgiver"}, Seksjon for informasjonsforvaltning | +47 77 55 41 26 | anniken.solbakk@uinordvik.no |
| {"Personvernombod" if nn else "Personvernombud"} | Håkon Rydning | {dpo_phone} | {"personvernombud@uinordvik.no" if "p1_dpo_nophone" not in k else ""} |
{proc_row}

{enclosures}

{"Med helsing" if nn else "Med vennlig hilsen"}

Kristin Eggen, {"seksjonsleiar" if nn else "seksjonsleder"}. Anniken Solbakk, {"seniorrådgjevar" if nn else "seniorrådgiver"}

{"Dokumentet er elektronisk godkjent." if nn else "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer."}
"""


def _g_approval(t: Topic) -> bytes:
    nn = t.lang == "nn"
    if nn:
        text = f"""
# Godkjenning av vurdering av personvernkonsekvensar – {t.title}

Universitetsdirektøren har gått gjennom DPIA-en, funna og restrisikoen i møte med eigedomsdirektøren, IT-direktøren og personvernombodet 19. november 2026. Innspela frå hovudtillitsvalde og studentparlamentet vart lagde fram og drøfta.

Vedtak: DPIA-en vert godkjend. Universitetsdirektøren aksepterer ikkje restrisikoen utan at Datatilsynet har uttalt seg, og ber Seksjon for informasjonsforvaltning sende oppmoding om førehandsdrøfting.

Nordvik, 19.11.2026. Lise Marie Karlsen, universitetsdirektør (godkjent elektronisk i Public 360)
"""
    else:
        text = f"""
# Godkjenning av vurdering av personvernkonsekvenser – {t.title}

Universitetsdirektøren har gjennomgått DPIA-en, funnene og restrisikoen i møte med studiedirektøren, IT-direktøren og personvernombudet 30. oktober 2026. Innspillene fra Studentparlamentet og de tillitsvalgte ble lagt fram og drøftet.

Beslutning: DPIA-en godkjennes. Universitetsdirektøren aksepterer ikke restrisikoen uten forhåndsdrøfting, og ber Seksjon for informasjonsforvaltning sende anmodning til Datatilsynet.

Nordvik, 30.10.2026. Lise Marie Karlsen, universitetsdirektør (godkjent elektronisk i Public 360)
"""
    return to_pdf(text, "Godkjenning")


def render_g(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    nn = t.lang == "nn"
    body = txt(
        """
        Hei,

        Vedlagt følgjer brev frå Universitetet i Nordvik med vedlegg.

        Spørsmål om saka kan rettast til sakshandsamar, sjå brevet.

        --
        Universitetet i Nordvik, Dokumentsenteret
        postmottak@uinordvik.no | +47 77 55 40 00
    """
        if nn
        else """
        Se vedlagt brev fra Universitetet i Nordvik med vedlegg.

        Vennligst ikke svar på denne e-posten; henvendelser sendes postmottak@uinordvik.no med referanse til saksnummeret.

        Universitetet i Nordvik, Dokumentsenteret
        Sentralbord: +47 77 55 40 00
    """
    )
    ref = "26_03318" if nn else "26_02917"
    att = [
        (
            f"{ref}-4 Brev til Datatilsynet.pdf" if nn else f"{ref}-8 Brev til Datatilsynet.pdf",
            to_pdf(_g_letter(t, k), "Brev"),
        ),
        (f"{ref}-3 Vedlegg 1 DPIA.docx", to_docx(_g_form(t, k))),
    ]
    if "p5_missing" not in k:
        att.append((f"{ref}-2 Godkjenning universitetsdirektøren.pdf", _g_approval(t)))
    subj = (
        "Oppmoding om førehandsdrøfting" if nn else "Anmodning om forhåndsdrøfting"
    ) + f" - {t.title}"
    return message(
        cid, "Universitetet i Nordvik <postmottak@uinordvik.no>", subj, date, body, None, att
    )


# --- H: Direktoratet for våpenforvaltning (alt i brødteksten, inline-kryptert) ------------------

H_SIG = txt("""
    Med hilsen

    Ole Martin Fjeldheim
    avdelingsdirektør, Juridisk avdeling
    Direktoratet for våpenforvaltning
    Telefon: 22 55 71 30 / mobil 930 55 842
    E-post: ole.martin.fjeldheim@dvf.no
    Besøksadresse: Grensen 18, Oslo | Postadresse: Postboks 2270 Sentrum, 0103 Oslo
""")


def render_h(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    p = proc_of(t)
    assert p
    if "p2_missing" in k:
        desc = "Behandlingen er nærmere beskrevet i høringsnotatet om endringer i våpenforskriften (oktober 2026), som er tilgjengelig på regjeringen.no."
    else:
        desc = f"{t.purpose}\n\n{t.nature}\n\nOmfang og lagring: {t.scope}\n\nKilder: {t.sources} Mottakere: {t.recipients}\n\nSikkerhet: {t.security}\n\nBehandlingsgrunnlag: {t.legal}"
    if "p4_missing" in k and "p2_missing" in k:
        risk = "Risikovurderingen er gradert BEGRENSET etter sikkerhetsloven og oversendes i egen forsendelse."
    elif "p4_missing" in k:
        risk = "Risikoregister (ID / risiko / S / K / tiltak / ansvarlig):\n\n(ingen registrerte risikoer – registeret fylles ut i arbeidsmøte med leverandøren)"
    else:
        lines = "\n".join(
            f"{r.rid}  {r.text}. S={r.likelihood} K={r.impact}. Tiltak: {r.measure}. Ansvarlig: {r.owner}. Restrisiko S={r.residual}."
            for r in t.risks
        )
        risk = (
            f"Sannsynlighet (S) og konsekvens (K) på skala 1-4.\n\n{lines}\n\nTiltak vurdert, men ikke gjennomført: "
            + "; ".join(m + " (" + why + ")" for m, why in t.not_taken)
            + f"\n\n{t.residual}"
        )
    if "p5_missing" in k:
        dec = "Direktørens godkjenning av vurderingen foreligger ikke ennå. Saken er satt opp i direktørmøtet 15. desember 2026, og beslutningen vil bli ettersendt."
    else:
        dec = txt(f"""
            Vurderingen ble lagt fram for direktørens ledermøte 3. november 2026 (notat 26/00871-12), sammen med innspill fra høringsinstansene og personvernombudets råd. Direktøren fattet følgende beslutning:

            «Vurderingen av personvernkonsekvenser for {t.title.lower()} godkjennes. Direktoratet aksepterer ikke restrisikoen uten at Datatilsynet er konsultert, og Juridisk avdeling bes om å be om forhåndsdrøftelse. Løsningen skal ikke settes i produksjon før Datatilsynets svar foreligger.»

            Beslutningen er signert av direktør Randi Aamot Sveen.
        """)
    body = (
        txt(f"""
        Datatilsynet
        Postboks 458 Sentrum
        0105 Oslo

        Vår ref.: 26/00871-14    Dato: {"6. november 2026" if int(cid[1:]) < 40 else "3. desember 2026"}

        ANMODNING OM FORHÅNDSDRØFTELSE – {t.title.upper()}

        Direktoratet for våpenforvaltning anmoder om forhåndsdrøftelse etter personvernforordningen artikkel 36 nr. 1. Direktoratet har gjennomført en vurdering av personvernkonsekvenser, og det gjenstår etter vår vurdering høy risiko.

        1. Kontaktpersoner

        Kontaktperson: avdelingsdirektør Ole Martin Fjeldheim, tlf. 22 55 71 30, ole.martin.fjeldheim@dvf.no
        Personvernombud: seniorrådgiver Marte Gjesdal, tlf. 22 55 71 99, personvernombud@dvf.no
        Databehandler: {p.name}, kontaktperson {p.person}, tlf. {p.phone}, {p.email}

        2. Systematisk beskrivelse av behandlingen

    """)
        + "\n"
        + desc
        + "\n\n"
        + txt(f"""
        3. Nødvendighet og forholdsmessighet

        {t.necessity}

        {t.proportionality}

    """)
        + "\n"
        + "".join("- " + s + "\n" for s in t.safeguards)
        + "\nInteressenter: "
        + t.consulted
        + "\n\n4. Risikovurdering\n\n"
        + risk
        + "\n\n5. Ledelsens behandling\n\n"
        + dec.strip()
        + "\n\n"
        + H_SIG
    )
    return message(
        cid,
        "Fjeldheim Ole Martin <ole.martin.fjeldheim@dvf.no>",
        f"Anmodning om forhåndsdrøftelse - {t.title}",
        date,
        body,
    )


# --- I: Trygdal Forsikring ASA (DPIA-docx, risikoregister-xlsx, konsernledelsens protokoll) ---

I_SIG = txt("""
    Vennlig hilsen
    Marius Holte-Ekre
    Leder personvern og informasjonsforvaltning
    Trygdal Forsikring ASA
    Tlf: +47 23 55 80 61
    Mob: +47 476 55 019
    marius.holte-ekre@trygdal.no
    Trygdal Forsikring ASA, Fridtjof Nansens plass 4, 0160 Oslo, org.nr. 935 555 672

    Denne e-posten kan inneholde konfidensiell informasjon og er kun ment for adressaten.
""")


def _i_dpia(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    assert p
    nec = (
        "Utarbeides i samarbeid med juridisk avdeling og ferdigstilles i januar 2027."
        if "p3_missing" in k
        else f"{t.necessity}\n\n{t.proportionality}\n\nTiltak for de registrertes rettigheter:\n\n{bullets(t.safeguards)}"
    )
    return f"""
# DPIA – {t.title}

Trygdal Forsikring ASA. Eier: Personvern og informasjonsforvaltning. Versjon 2.0.

# Sammendrag

{t.residual} Trygdal ber derfor om forhåndsdrøftelse.

# Beskrivelse av behandlingen

{t.purpose}

{t.nature}

Registrerte, opplysninger og lagring: {t.scope}

Kontekst: {t.context}

Kilder: {t.sources} Mottakere: {t.recipients}

Databehandler: {p.name}, {p.country} – {p.role}.

Sikkerhet: {t.security}

Behandlingsgrunnlag: {t.legal}

# Nødvendighet og forholdsmessighet

{nec}

# Involvering av interessenter

{t.consulted}

# Risikovurdering

Risikoene er registrert og vurdert i vedlagt risikoregister (Excel), med tiltak og risikoeier per risiko.
"""


def _i_register(t: Topic) -> bytes:
    head = [
        "ID",
        "Risiko for den registrerte",
        "Sannsynlighet (1-5)",
        "Konsekvens (1-5)",
        "Risikoscore",
        "Tiltak",
        "Gjennomført?",
        "Risikoeier",
        "Restrisiko",
    ]
    rows = [
        [
            r.rid,
            r.text,
            str(r.likelihood + 1),
            str(r.impact + 1),
            str((r.likelihood + 1) * (r.impact + 1)),
            r.measure,
            "Ja",
            r.owner,
            NB_LVL[r.residual],
        ]
        for r in t.risks
    ]
    rows += [
        ["–", "(vurdert tiltak)", "", "", "", m, "Nei – " + why, "", ""] for m, why in t.not_taken
    ]
    return to_xlsx({"Risikoregister": [head, *rows]})


def _i_minutes(t: Topic) -> bytes:
    return to_docx(f"""
# Utdrag av protokoll – konsernledelsens møte 10. november 2026

Til stede: konsernsjef Elisabeth Rognstad (leder), finansdirektør, skadedirektør, direktør privatmarked, CRO, CISO. Leder personvern Marius Holte-Ekre og personvernombudet (Advokatfirmaet Lund Heggem AS v/ Sara Heggem) deltok under sak 88/26.

# Sak 88/26 DPIA – {t.title}

Leder personvern presenterte DPIA-en, risikoregisteret og funnene. Personvernombudets uttalelse ble lagt fram. Innspill fra kundepanelet og øvrige interessenter ({t.consulted}) ble gjennomgått.

Vedtak: Konsernledelsen godkjenner DPIA-en med tiltak. Restrisikoen er høy. Konsernledelsen ber om at det sendes anmodning om forhåndsdrøftelse til Datatilsynet, og at lansering utsettes til Datatilsynets tilbakemelding foreligger.

Protokollen er godkjent av konsernsjefen 12. november 2026.
""")


def render_i(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    p = proc_of(t)
    assert p
    proc_line = (
        f"Databehandler: {p.name} ({p.country}). Kontaktinformasjon til leverandøren oppgis ved forespørsel."
        if "p1_proc_on_request" in k
        else f"Databehandler: {p.name}, {p.address}, v/ {p.person}, tlf. {p.phone}, e-post {p.email}"
    )
    p5 = "p5_missing" in k
    body = (
        txt(f"""
        Hei,

        Trygdal Forsikring ASA ber om forhåndsdrøftelse etter GDPR art. 36 for «{t.title}».

        Kontaktperson er undertegnede (kontaktinfo nedenfor).
        Personvernombud: Advokatfirmaet Lund Heggem AS v/ advokat Sara Heggem, tlf. +47 22 55 19 40, sara.heggem@lundheggem.no
        {proc_line}

        Vedlagt:
        - DPIA (Word)
        - Risikoregister (Excel)
        {"- Protokollutdrag fra konsernledelsen følger når protokollen er godkjent." if p5 else "- Utdrag av protokoll fra konsernledelsens møte 10.11.2026"}

    """)
        + "\n"
        + I_SIG
    )
    att = [
        (f"DPIA_{t.key}_Trygdal_v2.0.docx", to_docx(_i_dpia(t, k))),
        (f"Risikoregister_{t.key}.xlsx", _i_register(t)),
    ]
    if not p5:
        att.append(("Protokollutdrag_KL_2026-11-10_sak88.docx", _i_minutes(t)))
    return message(
        cid,
        "Marius Holte-Ekre <marius.holte-ekre@trygdal.no>",
        f"Anmodning om forhåndsdrøftelse – {t.title}",
        date,
        body,
        None,
        att,
    )


# --- J: Storvik kommune (kommunal mal, arkivnavn, skannet protokoll fra ledergruppen) ------

J_SIG = txt("""
    Med vennlig hilsen
    Henning Brattvåg
    rådgiver informasjonssikkerhet og personvern
    Storvik kommune, Digitaliseringsenheten
    Tlf. 0047 51 55 60 42 / 482 55 117
    henning.brattvag@storvik.kommune.no
""")


def _j_dpia(t: Topic, k: set[str]) -> str:
    p = proc_of(t)
    assert p
    if "p2_missing" in k:
        del1 = "## 1.1 Formål\n\n[fylles ut]\n\n## 1.2 Beskrivelse av behandlingen\n\n[fylles ut]\n\n## 1.3 Dataflyt og aktører\n\n[fylles ut]"
    else:
        del1 = f"## 1.1 Formål\n\n{t.purpose}\n\n## 1.2 Beskrivelse av behandlingen\n\n{t.nature} {t.scope}\n\n{t.context}\n\n## 1.3 Dataflyt og aktører\n\nKilder: {t.sources} Mottakere: {t.recipients} Databehandler: {p.name} ({p.role}). {t.security}"
    del2 = (
        "## 2.1 Behov og nødvendighet\n\nIkke utfylt.\n\n## 2.2 Forholdsmessighet\n\nIkke utfylt."
        if "p3_missing" in k
        else f"## 2.1 Behov og nødvendighet\n\nBehandlingsgrunnlag: {t.legal}\n\n{t.necessity}\n\n## 2.2 Forholdsmessighet\n\n{t.proportionality}\n\n{bullets(t.safeguards)}\n\nMedvirkning: {t.consulted}"
    )
    if "p4_missing" in k:
        del3 = "Risikovurderingen gjennomføres i samarbeid med leverandøren i januar 2027."
    else:
        lv = {1: "Lite sannsynlig", 2: "Mindre sannsynlig", 3: "Sannsynlig", 4: "Svært sannsynlig"}
        kv = {1: "Ubetydelig", 2: "Mindre alvorlig", 3: "Alvorlig", 4: "Svært alvorlig"}
        rows = "\n".join(
            f"| {r.rid} | {r.text} | {lv[r.likelihood]} | {kv[r.impact]} | {r.measure} | {r.owner} |"
            for r in t.risks
        )
        del3 = (
            f"| Nr. | Hendelse / konsekvens for den registrerte | Sannsynlighet | Konsekvens | Tiltak | Ansvar |\n{rows}\n\nVurdert, ikke iverksatt: "
            + "; ".join(m + " – " + why for m, why in t.not_taken)
        )
    return f"""
# Vurdering av personvernkonsekvenser – {t.title}

Storvik kommune. Mal DPIA v2 (Digitaliseringsenheten). Sak 26/04512.

# Del 1 Om behandlingen

{del1}

# Del 2 Nødvendighet og forholdsmessighet

{del2}

# Del 3 Risiko for de registrerte

{del3}

# Del 4 Konklusjon

{t.residual} Kommunen ber om forhåndsdrøfting med Datatilsynet.
"""


def _j_protocol(t: Topic) -> bytes:
    return scan_pdf(
        [
            f"""STORVIK KOMMUNE
PROTOKOLL – KOMMUNEDIREKTØRENS LEDERGRUPPE (KDL)
Møtedato: 10.11.2026. Til stede: kommunedirektør Tove Ramsli, kommunalsjefer helse og omsorg, oppvekst, organisasjon; økonomisjef; digitaliseringssjef.

Sak 87/26 Vurdering av personvernkonsekvenser – {t.title}

Rådgiver informasjonssikkerhet la fram DPIA-en og funnene. Personvernombudets råd og innspill fra råd og brukerrepresentanter ble gjennomgått.

Vedtak: KDL godkjenner DPIA-en og tiltakene. Restrisikoen er høy. Kommunen ber om forhåndsdrøfting med Datatilsynet før oppstart.

Rett utskrift: Tove Ramsli, kommunedirektør
"""
        ]
    )


def render_j(cid: str, t: Topic, date: str, k: set[str]) -> EmailMessage:
    p = proc_of(t)
    assert p
    dpo = (
        "Personvernombud: Personvernombudet i Storvik-regionen (interkommunalt), kontaktinformasjon på kommunens nettsider"
        if "p1_dpo_nophone" in k
        else "Personvernombud: Randi Østerhus, Personvernombudet i Storvik-regionen, tlf. +47 51 55 60 90, personvernombud@storvikregionen.no"
    )
    p5 = "p5_missing" in k
    body = (
        txt(f"""
        Til Datatilsynet

        Storvik kommune ber om forhåndsdrøfting etter personvernforordningen art. 36 for «{t.title}», jf. vedlagt vurdering av personvernkonsekvenser{"" if p5 else " og protokoll fra kommunedirektørens ledergruppe"}.

        Kontaktinformasjon:
        Kontaktperson: Henning Brattvåg, tlf. 0047 51 55 60 42, henning.brattvag@storvik.kommune.no
        {dpo}
        Databehandler: {p.name}, {p.person}, tlf. {p.phone}, {p.email}

        {"Saken skal behandles i kommunedirektørens ledergruppe 8. desember. Protokoll ettersendes." if p5 else ""}

    """)
        + "\n"
        + J_SIG
    )
    att = [
        (
            f"26_04512-3 Vurdering av personvernkonsekvenser - {t.title[:40]}.pdf",
            to_pdf(_j_dpia(t, k), "DPIA"),
        )
    ]
    if not p5:
        att.append(("26_04512-5 Protokoll KDL 10.11.2026 sak 87-26.pdf", _j_protocol(t)))
    return message(
        cid,
        "Brattvåg, Henning <henning.brattvag@storvik.kommune.no>",
        f"Forhåndsdrøfting - {t.title}",
        date,
        body,
        None,
        att,
    )


RENDER = {
    "A": render_a,
    "B": render_b,
    "C": render_c,
    "D": render_d,
    "E": render_e,
    "F": render_f,
    "G": render_g,
    "H": render_h,
    "I": render_i,
    "J": render_j,
}

__all__ = ["RENDER", "html_from_text", "to_zip"]
