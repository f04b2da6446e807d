# ruff: noqa: E501
"""C: Havbris Seafood ASA (English). A listed seafood group whose HR and HSE staff write in English.

Habits: HTML mails from Outlook with the contacts in an HTML table (one row per role, or one column
per role); a PDF DPIA with plain-language headings («What we plan to do», «What could go wrong for
our people»), sub-processors in a table of their own; approval as an extract of the Executive
Committee's minutes.
"""

from __future__ import annotations

from email.message import EmailMessage
from html import escape

import kit
from kit import Label
from topic import Topic, bullets, lines, paras, pick, table
from topics_en import TC1, TC2, TC3, TC4

INGRID = "Ingrid Rønneberg <ingrid.ronneberg@havbris.no>"
TOMASZ = "Tomasz Nowak <tomasz.nowak@havbris.no>"
KRISTINE = "Kristine Aure <kristine.aure@havbris.no>"
DPO_ROW = (
    "Data Protection Officer",
    "Siri Aakre, Group DPO",
    "+47 70 10 55 90",
    "siri.aakre@havbris.no",
)
TAGS = ("seafood_group",)
FOOT = "Havbris Seafood ASA | Kaiveien 8, 6004 Ålesund | Org. no. 986 221 403"
NOTICE = "This e-mail may contain confidential information. If you received it by mistake, please tell the sender and delete it."


def html_table(rows: list[tuple[str, ...]]) -> str:
    cells = "".join(
        "<tr>"
        + "".join(f'<td style="border:1px solid #999;padding:4px">{escape(c)}</td>' for c in r)
        + "</tr>"
        for r in rows
    )
    return f'<table style="border-collapse:collapse;font-size:10pt">{cells}</table>'


def html_mail(
    paras_before: list[str], rows: list[tuple[str, ...]], paras_after: list[str], sig: list[str]
) -> str:
    before = "".join(f"<p>{escape(p)}</p>" for p in paras_before)
    after = "".join(f"<p>{escape(p)}</p>" for p in paras_after)
    signature = "<br>".join(escape(s) for s in sig)
    return (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">'
        f"{before}{html_table(rows)}{after}"
        f'<p style="color:#1f3864">{signature}</p>'
        f'<p style="font-size:8pt;color:#777">{escape(FOOT)}<br>{escape(NOTICE)}</p></body></html>'
    )


def dpia(t: Topic, version: str, owner: str, ok: str, gap: dict[str, str] | None = None) -> str:
    what = f"{paras(t.what)}\n\n{lines(t.flow)}"
    need = f"{paras(t.need)}\n\nSafeguards for the people concerned:\n\n{bullets(t.rights)}"
    risk = (
        table(("Scenario", "Likelihood", "Impact", "Mitigation"), [tuple(r) for r in t.risks])
        + "\n\nMitigations we considered but did not adopt:\n\n"
        + bullets([f"{m} (not adopted: {w})" for m, w in t.skipped])
        + f"\n\n{t.residual}"
    )
    procs = table(
        ("Company", "Role", "Contact", "Phone", "E-mail"),
        [
            (f"{p.org} ({p.orgnr})", p.role, f"{p.person}, {p.title}", p.phone, p.email)
            for p in t.procs
        ],
    )
    return f"""# Data Protection Impact Assessment

| Controller | Havbris Seafood ASA (org. no. 986 221 403) |
| Processing | {t.title} |
| Version | {version} |
| Owner | {owner} |

## 1. What we plan to do

{pick(gap, "what", what)}

## 2. Why this, and why not something lighter

{pick(gap, "need", need)}

## 3. What could go wrong for our people

{pick(gap, "risk", risk)}

## 4. Processors and sub-processors

{pick(gap, "procs", procs)}

## 5. Sign-off

{ok}
"""


def exco(date: str, item: str, text: str) -> str:
    return f"""Extract from the minutes of the Executive Committee meeting of {date}, item {item}:

{text}

Certified extract: Leif Arne Myklebust, CEO (signed electronically)"""


def label(shapes: tuple[str, ...], encrypt: str, note: str, missing: tuple[int, ...] = ()) -> Label:
    return Label("en", TAGS + shapes, encrypt, True, "used", note, missing)


INGRID_SIG = [
    "Kind regards,",
    "Ingrid Rønneberg",
    "HR Director | Havbris Seafood ASA",
    "Direct +47 70 10 55 21 | Mobile +47 917 20 448",
    "ingrid.ronneberg@havbris.no",
]

# --- odd half: TC1, TC2, question ------------------------------------------------------------


def c005() -> tuple[EmailMessage, Label]:
    rows = [
        ("Role", "Name", "Phone", "E-mail"),
        (
            "Contact person",
            "Ingrid Rønneberg, HR Director",
            "+47 70 10 55 21 / +47 917 20 448",
            "ingrid.ronneberg@havbris.no",
        ),
        DPO_ROW,
        (
            "Processor – Wearwise Oy (Finland)",
            "Mikko Laine, Key Account Manager",
            "+358 40 712 3306",
            "mikko.laine@wearwise.fi",
        ),
    ]
    intro = [
        "Dear Sir or Madam,",
        "Havbris Seafood ASA requests a prior consultation under Article 36 GDPR on fatigue monitoring with wearable sensors for vessel crew and night-shift workers. Our DPIA is attached; the residual risk remains high after the measures we have taken.",
    ]
    after = [
        "The sub-processor (Nordic Edge Hosting AS) and its contact are listed in section 4 of the DPIA. The Executive Committee's approval is quoted in section 5."
    ]
    html = html_mail(intro, rows, after, INGRID_SIG)
    text = (
        "Dear Sir or Madam,\n\nHavbris Seafood ASA requests a prior consultation under Article 36 GDPR on fatigue monitoring with wearable sensors. Our DPIA is attached.\n\n"
        + "\n".join(" | ".join(r) for r in rows)
        + "\n\n"
        + after[0]
        + "\n\n"
        + "\n".join(INGRID_SIG)
        + "\n"
    )
    ok = exco(
        "28 October 2026",
        "7/26",
        "The HR Director presented the DPIA for fatigue monitoring (version 1.4) and its main findings, including the input from the union representatives at both plants, the safety delegates on board and the Group DPO. The Committee discussed the high residual risk for seasonal workers. The item was first discussed on 30 September 2026.\n\nDecision: The Executive Committee approves the DPIA and the measures in it, accepts that the measures listed as not adopted are not adopted for the reasons given, and asks the HR Director to request a prior consultation with Datatilsynet.",
    )
    files = [
        (
            "Havbris_DPIA_fatigue_monitoring_v1.4.pdf",
            kit.to_pdf(dpia(TC1, "1.4, 21 October 2026", "Ingrid Rønneberg, HR Director", ok)),
        )
    ]
    msg = kit.message(
        "C005",
        INGRID,
        "Request for prior consultation – fatigue monitoring (Havbris Seafood ASA)",
        kit.when(11, 5, 10, 16),
        text,
        html,
        files,
    )
    return msg, label(
        (
            "html_contact_table",
            "html_alternative",
            "subprocessor_listed",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_minutes_extract_in_dpia",
            "headings_plain_english",
            "risk_likelihood_consequence",
        ),
        "none",
        "complete; contacts in an HTML table incl. Finnish processor; sub-processor with contact in the DPIA",
    )


def c025() -> tuple[EmailMessage, Label]:
    rows = [
        ("", "Name", "Phone", "E-mail"),
        (
            "Contact person",
            "Tomasz Nowak, HSE Manager",
            "+47 952 31 877",
            "tomasz.nowak@havbris.no",
        ),
        DPO_ROW,
        ("Processor", "NordLab Testing AS (accredited laboratory)", "", "contact via our HSE team"),
    ]
    intro = [
        "Hello,",
        "Please find attached our DPIA for random drug and alcohol testing of vessel crew. We are asking for a prior consultation because the residual risk is high.",
    ]
    sig = ["Best regards", "Tomasz Nowak", "HSE Manager, Havbris Seafood ASA", "+47 952 31 877"]
    html = html_mail(intro, rows, [], sig)
    procs = "NordLab Testing AS – accredited laboratory (screening and confirmation analyses). Agreement signed September 2026; contact is handled by the HSE team."
    ok = exco(
        "11 November 2026",
        "9/26",
        "The HSE Manager presented the DPIA for random testing of vessel crew (version 1.1) and the findings, with comments from the union representatives of the seafarers' unions and the company doctor. The item was first discussed on 14 October 2026.\n\nDecision: The Executive Committee approves the DPIA and asks that Datatilsynet be consulted before random testing starts.",
    )
    files = [
        (
            "DPIA_random_testing_crew.pdf",
            kit.to_pdf(
                dpia(TC2, "1.1, 4 November 2026", "Tomasz Nowak, HSE Manager", ok, {"procs": procs})
            ),
        )
    ]
    msg = kit.message(
        "C025",
        TOMASZ,
        "Prior consultation – random drug and alcohol testing of crew",
        kit.when(11, 17, 13, 55),
        html=html,
        attachments=files,
    )
    return msg, label(
        (
            "html_contact_table",
            "html_only_body",
            "dpia_report_pdf",
            "part5_minutes_extract_in_dpia",
            "headings_plain_english",
            "p1_processor_named_no_contact",
        ),
        "pgp_mime",
        "processor laboratory named in the contact table and the DPIA but with no person, phone or e-mail («contact via our HSE team»)",
        (1,),
    )


def c045() -> tuple[EmailMessage, Label]:
    rows = [
        ("Role", "Name", "Phone", "E-mail"),
        (
            "Contact person",
            "Tomasz Nowak, HSE Manager",
            "+47 952 31 877",
            "tomasz.nowak@havbris.no",
        ),
        DPO_ROW,
    ]
    intro = [
        "Dear Datatilsynet,",
        "We are considering tracking the location of crew members' personal mobile phones while they are on board our vessels, so that the bridge can see who is on deck in bad weather. We have not started a DPIA yet.",
        "Our question is whether a processing like this would normally require a prior consultation with you, or whether it is enough that we do a DPIA ourselves. We would also like to know if there is any guidance on location tracking of employees at sea. We are not asking for a prior consultation at this stage.",
        "Our contacts, in case you need them:",
    ]
    sig = ["Best regards", "Tomasz Nowak", "HSE Manager, Havbris Seafood ASA", "+47 952 31 877"]
    html = html_mail(intro, rows, [], sig)
    msg = kit.message(
        "C045",
        TOMASZ,
        "Question: is prior consultation needed for crew location tracking?",
        kit.when(12, 8, 11, 2),
        html=html,
    )
    return msg, Label(
        "en",
        TAGS
        + (
            "nonrequest_question",
            "html_contact_table",
            "html_only_body",
            "mentions_prior_consultation",
        ),
        "none",
        False,
        "unspecified",
        "a question whether prior consultation is needed; DPIA not started, explicitly not a request",
    )


# --- even half: TC3, TC4 ---------------------------------------------------------------------


def c006() -> tuple[EmailMessage, Label]:
    rows = [
        ("", "Contact person", "Data protection officer", "Processor"),
        ("Name", "Ingrid Rønneberg", "Siri Aakre", "Henrik Solem"),
        (
            "Organisation",
            "Havbris Seafood ASA, HR",
            "Havbris Seafood ASA (Group DPO)",
            "Visionline AS, org. no. 926 778 401",
        ),
        ("Phone", "+47 917 20 448", "+47 70 10 55 90", "+47 73 99 61 20"),
        (
            "E-mail",
            "ingrid.ronneberg@havbris.no",
            "siri.aakre@havbris.no",
            "henrik.solem@visionline.no",
        ),
    ]
    intro = [
        "Dear Sir or Madam,",
        "We request a prior consultation on AI video analytics for hygiene compliance on our processing lines in Ålesund. The DPIA and the Executive Committee's decision are attached.",
    ]
    after = ["Visionline's hosting sub-processor is listed in the DPIA with its contact."]
    html = html_mail(intro, rows, after, INGRID_SIG)
    minutes = kit.to_pdf(
        "# Havbris Seafood ASA – Executive Committee\n\n"
        + exco(
            "18 November 2026",
            "11/26",
            "The HR Director and the Quality Manager presented the DPIA for AI video analytics on the processing lines (version 2.0) with its main findings. The union representatives at the Ålesund plant and the Group DPO had commented on the draft, and the limitation to training rather than warnings was added at their request. First discussion: 21 October 2026.\n\nDecision: The Executive Committee approves the DPIA, including the residual risk assessment, and instructs HR to request a prior consultation.",
        )
    )
    files = [
        (
            "DPIA_video_analytics_hygiene_v2.pdf",
            kit.to_pdf(
                dpia(
                    TC3,
                    "2.0, 12 November 2026",
                    "Ingrid Rønneberg, HR Director",
                    "See the attached extract of the Executive Committee's minutes of 18 November 2026.",
                )
            ),
        ),
        ("ExCo_minutes_extract_2026-11-18.pdf", minutes),
    ]
    msg = kit.message(
        "C006",
        INGRID,
        "Request for prior consultation – video analytics, processing lines",
        kit.when(11, 20, 9, 12),
        html=html,
        attachments=files,
    )
    return msg, label(
        (
            "html_contact_table_per_role_columns",
            "html_only_body",
            "subprocessor_listed",
            "dpia_report_pdf",
            "part5_minutes_extract_pdf",
            "headings_plain_english",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; HTML table with one column per role (contact, DPO, processor); sub-processor with contact in the DPIA",
    )


TC4_OK = exco(
    "25 November 2026",
    "12/26",
    "The HR Director presented the DPIA for background checks of seasonal workers (version 1.2) and its findings. The recruitment agencies, the union representatives and the Group DPO were heard; the social-media search was narrowed after their comments. First discussion: 4 November 2026.\n\nDecision: The Executive Committee approves the DPIA and the remaining risk, and asks HR to request a prior consultation with Datatilsynet.",
)


def _tc4_files() -> list[kit.Attachment]:
    return [
        (
            "DPIA_background_checks_seasonal_v1.2.pdf",
            kit.to_pdf(dpia(TC4, "1.2, 20 November 2026", "Kristine Aure, HR Adviser", TC4_OK)),
        )
    ]


def c026() -> tuple[EmailMessage, Label]:
    rows = [
        ("Role", "Name", "Phone", "E-mail"),
        (
            "Contact person",
            "Kristine Aure, HR Adviser (recruitment)",
            "–",
            "kristine.aure@havbris.no",
        ),
        DPO_ROW,
        (
            "Processor: Verifica Screening Ltd (UK)",
            "Rachel Osei, Client Services Director",
            "+44 20 3868 4412",
            "rachel.osei@verificascreening.co.uk",
        ),
    ]
    intro = [
        "Dear Datatilsynet,",
        "Havbris Seafood ASA requests prior consultation for background checks of seasonal workers recruited abroad. DPIA attached.",
    ]
    sig = [
        "Kind regards",
        "Kristine Aure",
        "HR Adviser | Havbris Seafood ASA",
        "kristine.aure@havbris.no",
    ]
    html = html_mail(intro, rows, [], sig)
    msg = kit.message(
        "C026",
        KRISTINE,
        "Prior consultation request – background checks of seasonal workers",
        kit.when(11, 27, 15, 40),
        html=html,
        attachments=_tc4_files(),
    )
    return msg, label(
        (
            "html_contact_table",
            "html_only_body",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_minutes_extract_in_dpia",
            "headings_plain_english",
            "p1_contact_no_phone",
        ),
        "pgp_mime",
        "contact person's phone cell is a dash and her signature has no number; DPO and UK processor complete",
        (1,),
    )


def c046() -> tuple[EmailMessage, Label]:
    rows = [
        ("Role", "Name", "Phone", "E-mail"),
        (
            "Contact person",
            "Kristine Aure, HR Adviser (recruitment)",
            "+47 70 10 55 37 / +47 468 20 915",
            "kristine.aure@havbris.no",
        ),
        DPO_ROW,
        (
            "Processor: Verifica Screening Ltd (UK)",
            "Rachel Osei, Client Services Director",
            "+44 20 3868 4412",
            "rachel.osei@verificascreening.co.uk",
        ),
    ]
    intro = [
        "Dear Datatilsynet,",
        "Apologies – my phone number was missing from the table in our request of 27 November. Here is the complete request again, with the DPIA attached, so that you have everything in one place.",
    ]
    sig = [
        "Kind regards",
        "Kristine Aure",
        "HR Adviser | Havbris Seafood ASA",
        "+47 70 10 55 37 | Mobile +47 468 20 915",
        "kristine.aure@havbris.no",
    ]
    html = html_mail(intro, rows, [], sig)
    msg = kit.message(
        "C046",
        KRISTINE,
        "RE: Prior consultation request – background checks of seasonal workers (corrected)",
        kit.when(11, 30, 8, 27),
        html=html,
        attachments=_tc4_files(),
    )
    return msg, label(
        (
            "html_contact_table",
            "html_only_body",
            "phone_foreign",
            "dpia_report_pdf",
            "part5_minutes_extract_in_dpia",
            "headings_plain_english",
            "resubmission_complete",
        ),
        "none",
        "complete resubmission of C026 with the contact person's phone filled in",
    )
