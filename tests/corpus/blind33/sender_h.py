# ruff: noqa: E501
"""H: Skyline Arena Oslo AS (English). An arena and festival operator owned by a Swedish group.

Habits: English mails whose contacts sit in the signatures (switchboard and mobile), the group DPO
in Stockholm (+46) on a line in the body or in her own signature further down a thread, processor
contacts in a DPIA table or a vendor's vCard; an informal DPIA in DOCX («The idea», «Things that
could hurt fans», «Who signed off»); approval as the managing director's e-mail attached as .eml.
"""

from __future__ import annotations

from email.message import EmailMessage

import kit
from kit import Label
from topic import Topic, bullets, lines, paras, pick, table
from topics_en import FACEFLOW, TH1, TH2, TH3, TH4, TH5

DANIEL = "Daniel Okafor <daniel.okafor@skylinearena.no>"
EMMA = "Emma Lund Hagen <emma.hagen@skylinearena.no>"
STIAN = "Stian Berge <stian.berge@skylinearena.no>"
TAGS = ("arena_operator", "foreign_owned_subsidiary", "phone_foreign")
DPO = "Our data protection officer is the Skyline group DPO, Karin Lindqvist (Skyline Live AB, Stockholm), +46 8 520 277 40, karin.lindqvist@skylinelive.se."
DANIEL_SIG = "Best regards\n\nDaniel Okafor\nHead of Security & Operations\nSkyline Arena Oslo AS\nSwitchboard +47 21 09 60 00 | Mobile +47 482 19 355\ndaniel.okafor@skylinearena.no"
EMMA_SIG = "Kind regards,\nEmma Lund Hagen\nHead of Fan Experience | Skyline Arena Oslo AS\nT +47 21 09 60 14 | M +47 994 03 218\nemma.hagen@skylinearena.no"


def dpia(t: Topic, owner: str, ok: str, gap: dict[str, str] | None = None) -> str:
    what = f"{paras(t.what)}\n\n{lines(t.flow)}"
    need = f"{paras(t.need)}\n\nWhat we do to protect fans' rights:\n\n{bullets(t.rights)}"
    risk = table(
        ("What could happen", "How likely", "How bad", "What we do"), [tuple(r) for r in t.risks]
    )
    nottaken = bullets([f"{m}: {w}" for m, w in t.skipped]) + f"\n\n{t.residual}"
    procs = table(
        ("Processor", "What they do", "Contact", "Phone", "E-mail"),
        [
            (f"{p.org}, {p.addr}", p.role, f"{p.person} ({p.title})", p.phone, p.email)
            for p in t.procs
        ],
    )
    return f"""# DPIA – {t.title}

~ Skyline Arena Oslo AS (org. no. 923 117 450), Ensjøveien 40, 0661 Oslo
~ Owner: {owner}

## The idea

{pick(gap, "what", what)}

## Do we really need it?

{pick(gap, "need", need)}

## Things that could hurt fans

{pick(gap, "risk", risk)}

## What we decided not to do

{pick(gap, "risk2", nottaken)}

## Processors

{pick(gap, "procs", procs)}

## Who signed off

{ok}
"""


def md_approval(cid: str, to: str, date: str, subject: str, text: str) -> EmailMessage:
    body = f"{text}\n\nStian Berge\nManaging Director, Skyline Arena Oslo AS\n+47 21 09 60 01\n"
    return kit.message(cid, STIAN, subject, date, body, to=to)


def label(shapes: tuple[str, ...], encrypt: str, note: str, missing: tuple[int, ...] = ()) -> Label:
    return Label("en", TAGS + shapes, encrypt, True, "used", note, missing)


# --- odd half: info-only DPIA, TH1, TH2 ------------------------------------------------------


def c015() -> tuple[EmailMessage, Label]:
    doc = """# DPIA – Queue-time analytics from Wi-Fi signals

## The idea

Sensors at the entrances count anonymous Wi-Fi probe signals from phones to estimate queue times, shown on screens and in the app. MAC addresses are hashed with a salt that changes every hour and are never linked to tickets or accounts.

## Do we really need it?

Visitors asked for queue information. Counting people by hand is inaccurate. Hashing with hourly salts means no one can be followed from one event to the next.

## Things that could hurt fans

| What could happen | How likely | How bad | What we do |
| Someone is tracked across events | Very low | Medium | hourly salt, no linking |
| Data reused for marketing | Low | Low | contract and internal rule |

## Conclusion

After these measures the residual risk is low. We do not consider that a prior consultation is required.

## Who signed off

Management team, 6 October 2026."""
    body = f"""Dear Datatilsynet,

For your information we send our DPIA for queue-time analytics based on anonymous Wi-Fi signals at the arena entrances. Our conclusion is that the residual risk is low after the measures, so we are not requesting a prior consultation under Article 36. We share it because several fans have asked us whether you have seen it, and we are of course happy to receive any comments.

Contact: me (details below). {DPO}

{DANIEL_SIG}
"""
    msg = kit.message(
        "C015",
        DANIEL,
        "For information: DPIA queue-time analytics (no prior consultation requested)",
        kit.when(11, 9, 12, 12),
        body,
        attachments=[("DPIA_queue_time_analytics.docx", kit.to_docx(doc))],
    )
    return msg, Label(
        "en",
        TAGS
        + ("nonrequest_dpia_for_information", "dpia_report_docx", "mentions_prior_consultation"),
        "none",
        False,
        "unspecified",
        "DPIA sent for information only; residual risk judged low and prior consultation explicitly not requested",
    )


def c035() -> tuple[EmailMessage, Label]:
    body = f"""Dear Sir or Madam,

Skyline Arena Oslo AS requests a prior consultation on facial recognition entry for season-ticket holders. Our DPIA is attached, together with the approval from our managing director.

Contact person: Emma Lund Hagen, Head of Fan Experience (see signature).
{DPO}
Processor: FaceFlow AB in Gothenburg. I attach the business card of our contact there, Anders Berg.

{EMMA_SIG}
"""
    ok = "Reviewed by the management team on 14 October and 4 November 2026 and approved by the Managing Director – see his e-mail of 4 November (attached)."
    approval = md_approval(
        "C035i",
        "emma.hagen@skylinearena.no",
        kit.when(11, 4, 18, 3),
        "RE: DPIA facial recognition entry – approval",
        "Emma,\n\nThe management team went through the DPIA and its findings again today, including the input from the supporters' club, the stewards' union representative and Karin as group DPO. The lane-only camera angle and the ban on function creep are what we asked for last time. I approve the DPIA and the residual risk as described, and agree that we ask Datatilsynet for a prior consultation.\n\nStian",
    )
    card = kit.vcard(FACEFLOW.person, FACEFLOW.org, FACEFLOW.title, FACEFLOW.phone, FACEFLOW.email)
    files = [
        (
            "DPIA_facial_recognition_entry_v1.3.docx",
            kit.to_docx(
                dpia(
                    TH1,
                    "Emma Lund Hagen",
                    ok,
                    {
                        "procs": "FaceFlow AB, Gothenburg (Sweden) – matching service and gates. Contact: see the business card attached to our e-mail."
                    },
                )
            ),
        ),
        ("Anders Berg (FaceFlow).vcf", card),
    ]
    msg = kit.message(
        "C035",
        EMMA,
        "Prior consultation request – facial recognition entry",
        kit.when(11, 6, 9, 44),
        body,
        attachments=files,
        forwarded=("Approval from MD.eml", approval),
    )
    return msg, label(
        (
            "contact_signature",
            "processor_vcard",
            "processor_contact_table",
            "dpia_report_docx",
            "headings_plain_english",
            "forwarded_rfc822",
            "part5_email_forwarded_eml",
            "risk_likelihood_consequence",
        ),
        "pgp_mime",
        "complete; contact in signature, group DPO in Stockholm on a body line, processor's contact only as a vCard; MD's approval as .eml",
    )


def c055() -> tuple[EmailMessage, Label]:
    body = f"""Hi,

Please find attached our request and DPIA for a shared list of banned supporters across five Norwegian arenas. We think the residual risk remains high and are therefore asking for a prior consultation.

I am the contact person for this. {DPO} The processor (ArenaGuard Systems in Rotterdam) and our contact there are listed in the DPIA.

{DANIEL_SIG}
"""
    ok = "To be approved by the Skyline Live AB board at its meeting on 20 January 2027. We will forward the minutes."
    files = [("DPIA_shared_banned_list.docx", kit.to_docx(dpia(TH2, "Daniel Okafor", ok)))]
    msg = kit.message(
        "C055",
        DANIEL,
        "Prior consultation – shared list of banned supporters",
        kit.when(12, 1, 16, 20),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_is_sender_stated",
            "contact_signature",
            "processor_contact_table",
            "dpia_report_docx",
            "headings_plain_english",
            "part5_future_meeting",
        ),
        "none",
        "sign-off section: «To be approved by the … board on 20 January 2027»; parts 1-4 present",
        (5,),
    )


# --- even half: TH3, TH4, TH5 ----------------------------------------------------------------


def c016() -> tuple[EmailMessage, Label]:
    thread = kit.quoted(
        "From: Karin Lindqvist <karin.lindqvist@skylinelive.se>\nSent: 10 November 2026 15:02\nTo: Emma Lund Hagen\nSubject: RE: Festival wristbands – DPIA\n\nHi Emma,\n\nI have no further comments on version 2.1. Please put me down as DPO in the request to Datatilsynet and copy me in.\n\nBest,\nKarin\n\nKarin Lindqvist\nGroup Data Protection Officer\nSkyline Live AB | Hamngatan 15, 111 47 Stockholm\nPhone +46 8 520 277 40\nkarin.lindqvist@skylinelive.se"
    )
    ok = "Management team, 3 November and 10 November 2026. Extract from the minutes of 10 November, item 4: «The DPIA for RFID wristbands (v2.1) was reviewed with its findings and the input from the youth panel, the festival's medical team and the group DPO. The management team approves the DPIA, accepts the residual risk as described and asks Emma Lund Hagen to request a prior consultation.» Signed: Stian Berge, Managing Director."
    body = f"Dear Datatilsynet,\n\nWe request a prior consultation on cashless RFID wristbands with movement tracking at our summer festivals. The DPIA (including the management team's sign-off) is attached.\n\nI am the contact person. Our DPO, Karin Lindqvist, is copied in; her details are in her signature below. TapWave, our processor, is listed with contact in the DPIA.\n\n{EMMA_SIG}\n\n{thread}"
    files = [("DPIA_RFID_wristbands_v2.1.docx", kit.to_docx(dpia(TH3, "Emma Lund Hagen", ok)))]
    msg = kit.message(
        "C016",
        EMMA,
        "Request for prior consultation – RFID wristbands at festivals",
        kit.when(11, 12, 10, 1),
        body,
        attachments=files,
        cc="Karin Lindqvist <karin.lindqvist@skylinelive.se>",
    )
    return msg, label(
        (
            "contact_signature",
            "dpo_in_quoted_signature",
            "quoted_thread",
            "processor_contact_table",
            "dpia_report_docx",
            "headings_plain_english",
            "part5_minutes_line_in_dpia",
            "risk_likelihood_consequence",
        ),
        "none",
        "complete; DPO's details only in her signature in the quoted thread; processor in the DPIA table; sign-off as a minutes extract in the DPIA",
    )


def c036() -> tuple[EmailMessage, Label]:
    body = f"""Dear Sir or Madam,

Skyline Arena Oslo AS asks for a prior consultation on body-worn cameras for our security staff at events. The DPIA and the Managing Director's approval are attached.

Contact person: the undersigned. {DPO}

{DANIEL_SIG}
"""
    gap = {
        "what": "A full description of the camera set-up, the data flows and the retention periods will follow once Bodycam Nordic has confirmed the configuration for our venues (expected January)."
    }
    ok = "Approved by the Managing Director after the management team's second review – see attached e-mail."
    approval = md_approval(
        "C036i",
        "daniel.okafor@skylinearena.no",
        kit.when(11, 30, 8, 55),
        "RE: Body cameras – DPIA sign-off",
        "Daniel,\n\nThe management team reviewed the body-camera DPIA again yesterday, with the comments from the stewards' union representative and the group DPO. We are fine with dropping the pre-record buffer. I approve the DPIA and the residual risk, and you can go ahead with the request to Datatilsynet.\n\nStian",
    )
    files = [("DPIA_body_worn_cameras_v1.0.docx", kit.to_docx(dpia(TH4, "Daniel Okafor", ok, gap)))]
    msg = kit.message(
        "C036",
        DANIEL,
        "Prior consultation – body-worn cameras for security staff",
        kit.when(12, 2, 13, 48),
        body,
        attachments=files,
        forwarded=("MD approval.eml", approval),
    )
    return msg, label(
        (
            "contact_is_sender_stated",
            "contact_signature",
            "processor_contact_table",
            "dpia_report_docx",
            "headings_plain_english",
            "forwarded_rfc822",
            "part5_email_forwarded_eml",
            "part2_will_follow",
        ),
        "pgp_mime",
        "«The idea» says the description of set-up, data flows and retention «will follow»; necessity, risks and MD approval present",
        (2,),
    )


def c056() -> tuple[EmailMessage, Label]:
    body = f"""Hello,

Attached is our DPIA for ID scanning for age verification at the arena bars. We ask for a prior consultation because of the biometric photo comparison and the storage of document data.

Contact person is me – my card is attached. {DPO} The processor's contact is in the DPIA.

Emma
"""
    ok = "Not yet reviewed by the management team. We expect to take it there in February, after the test season."
    card = kit.vcard(
        "Emma Lund Hagen",
        "Skyline Arena Oslo AS",
        "Head of Fan Experience",
        "+47 994 03 218",
        "emma.hagen@skylinearena.no",
    )
    files = [
        ("DPIA_ID_scanning_bars.docx", kit.to_docx(dpia(TH5, "Emma Lund Hagen", ok))),
        ("Emma Lund Hagen.vcf", card),
    ]
    msg = kit.message(
        "C056",
        EMMA,
        "DPIA – ID scanning at bars (prior consultation)",
        kit.when(12, 10, 11, 9),
        body,
        attachments=files,
    )
    return msg, label(
        (
            "contact_vcard",
            "contact_is_sender_stated",
            "processor_contact_table",
            "dpia_report_docx",
            "headings_plain_english",
            "part5_not_done",
        ),
        "none",
        "sign-off: «Not yet reviewed by the management team»; contact via vCard, DPO and processor complete",
        (5,),
    )
