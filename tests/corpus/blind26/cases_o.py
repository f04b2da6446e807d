# ruff: noqa: E501
"""The sixty cases o001–o060: which sender, which topic, what is left out, and the label.

Sender of id n: ``ABCDEFGHIJ[((n - 1) % 20) // 2]``. Each entry builds the message lazily and
carries its ground truth; ``generate.py`` picks up the module-level functions ``o001``…``o060``.
"""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

import senders_ae as ae
import senders_fj as fj
from kit import Label, when

LANG = {
    "A": "nb",
    "B": "nb",
    "C": "nb",
    "D": "en",
    "E": "nn",
    "F": "nb",
    "G": "nn",
    "H": "en",
    "I": "nb",
    "J": "en",
}
BASE = {
    "A": [
        "municipality",
        "contact_label_value",
        "processor_block_org_address",
        "phone_lines_own",
        "dpo_shared_municipalities",
        "dpia_report_docx",
        "part5_minutes_pdf",
        "risk_likelihood_consequence",
    ],
    "B": [
        "seafood_processor",
        "cover_letter_docx",
        "contact_word_table_role_column",
        "dpo_external_firm",
        "dpia_report_pdf",
        "risk_likelihood_consequence",
    ],
    "C": [
        "savings_bank",
        "contact_table_per_role",
        "dpo_external_firm",
        "file_per_part",
        "risk_register_xlsx",
        "part5_board_extract_pdf",
        "disclaimer_footer",
    ],
    "D": [
        "logistics",
        "foreign_owned_subsidiary",
        "html_contact_table",
        "phone_foreign",
        "dpia_report_docx",
        "headings_english",
    ],
    "E": [
        "county_municipality",
        "contact_prose",
        "processor_named_in_description",
        "processor_contact_supplier_table",
        "dpo_shared_municipalities",
        "headings_nynorsk",
        "part5_protocol_pdf",
    ],
    "F": [
        "dental_clinic",
        "small_sender",
        "contact_only_signature",
        "dpo_external_firm",
        "phone_foreign",
        "dpia_report_pdf",
        "part5_photographed_signed",
    ],
    "G": [
        "power_grid_company",
        "cover_letter_pdf",
        "contact_label_value",
        "processor_block_org_address",
        "phone_lines_own",
        "phone_formats_mixed",
        "headings_nynorsk",
        "headings_question",
        "dpia_report_pdf",
    ],
    "H": [
        "clinical_research",
        "foreign_owned_subsidiary",
        "cover_letter_pdf",
        "contact_label_value",
        "phone_foreign",
        "headings_english",
        "part5_signoff_in_dpia",
    ],
    "I": ["housing_cooperative", "contact_prose", "dpo_external_firm", "dpia_report_docx"],
    "J": [
        "games_company",
        "foreign_owned_subsidiary",
        "contact_word_table_role_column",
        "dpo_external_firm",
        "phone_foreign",
        "headings_english",
        "dpia_report_docx",
    ],
}
LETTERS = "ABCDEFGHIJ"

Build = Callable[[str], EmailMessage]
CASES: dict[int, tuple[Build, str, tuple[str, ...], str, str, tuple[int, ...], bool]] = {}


def case(
    n: int,
    build: Build,
    enc: str,
    shapes: tuple[str, ...],
    proc: str,
    note: str,
    missing: tuple[int, ...] = (),
    request: bool = True,
) -> None:
    CASES[n] = (build, enc, shapes, proc, note, missing, request)


# --- A: Vestmar kommune ---
case(
    1,
    lambda c: ae.a_request(c, "A1", when(11, 17, 9, 14)),
    "pgp_mime",
    ("processor_contact_body",),
    "used",
    "complete; label-value lines, processor block org.nr./address before person; shared DPO",
)
case(
    2,
    lambda c: ae.a_request(c, "A2", when(11, 27, 13, 2)),
    "pgp_mime",
    ("processor_contact_body", "sub_processor", "phone_foreign"),
    "used",
    "complete; processor plus Swedish sub-processor (+46)",
)
case(
    21,
    lambda c: ae.a_request(c, "A1", when(11, 20, 8, 40), proc_person=False),
    "none",
    ("p1_processor_org_only",),
    "used",
    "processor block with name, org.nr. and address only; no person, phone or e-mail",
    (1,),
)
case(
    22,
    lambda c: ae.a_request(c, "A2", when(11, 30, 10, 11), dpo_phone=False),
    "none",
    ("p1_dpo_no_phone", "sub_processor"),
    "used",
    "shared DPO given with name and e-mail only",
    (1,),
)
case(
    41,
    lambda c: ae.a_request(c, "A1", when(11, 24, 15, 3), resend=True),
    "pgp_mime",
    ("processor_contact_body", "resubmission_complete"),
    "used",
    "complete resend after o021, now with the processor's contact",
)
case(
    42,
    lambda c: ae.a_breach(c),
    "none",
    ("nonrequest_breach_notification",),
    "unspecified",
    "breach notification under Art. 33, not a request",
    request=False,
)

# --- B: Havbris Sjømat ---
case(
    3,
    lambda c: ae.b_request(c, "B1", when(11, 23, 12, 45)),
    "pgp_mime",
    ("processor_contact_table", "part5_board_protocol_pdf"),
    "used",
    "complete; Word table with role column; board protocol PDF",
)
case(
    4,
    lambda c: ae.b_request(c, "B2", when(11, 25, 8, 20), scanned=True),
    "pgp_mime",
    ("processor_contact_table", "part5_scanned_protocol"),
    "used",
    "complete; board protocol as scanned JPEG",
)
case(
    23,
    lambda c: ae.b_request(c, "B1", when(11, 24, 9, 0), approval_later=True),
    "none",
    ("processor_contact_table", "part5_future_meeting"),
    "used",
    "only part 5 missing: board meeting 12 January, protocol to follow",
    (5,),
)
case(
    24,
    lambda c: ae.b_request(c, "B2", when(11, 26, 14, 16), proc_row=False),
    "none",
    ("p1_processor_org_only", "part5_board_protocol_pdf"),
    "used",
    "processor row: org.nr. and address, empty phone/e-mail, no person",
    (1,),
)
case(
    43,
    lambda c: ae.b_guidance(c),
    "none",
    ("nonrequest_guidance",),
    "unspecified",
    "asks for a guidance meeting; no DPIA yet",
    request=False,
)
case(
    44,
    lambda c: ae.b_request(c, "B1", when(12, 2, 10, 30), scanned=True),
    "pgp_mime",
    ("processor_contact_table", "part5_scanned_protocol"),
    "used",
    "complete; scanned board protocol",
)

# --- C: Fjelltind Sparebank ---
case(
    5,
    lambda c: ae.c_request(c, "C1", when(11, 25, 9, 30)),
    "pgp_mime",
    ("sub_processor", "phone_formats_mixed"),
    "used",
    "complete; one table per role incl. processor and sub-processor",
)
case(
    6,
    lambda c: ae.c_request(c, "C2", when(11, 27, 11, 15)),
    "pgp_mime",
    ("two_processors",),
    "used",
    "complete; two processors, each with its own table",
)
case(
    25,
    lambda c: ae.c_request(c, "C1", when(11, 26, 13, 50), dpo_phone=False),
    "pgp_mime",
    ("p1_dpo_no_phone", "sub_processor"),
    "used",
    "DPO table: phone cell is a dash",
    (1,),
)
case(
    26,
    lambda c: ae.c_request(c, "C2", when(12, 1, 9, 5), wrong_risk=True),
    "pgp_mime",
    ("two_processors", "wrong_file_risk"),
    "used",
    "DPIA points to the risk register, but the XLSX is the ROS for card terminals 2025",
    (4,),
)
case(
    45,
    lambda c: ae.c_request(c, "C1", when(12, 3, 14, 0)),
    "none",
    ("sub_processor",),
    "used",
    "complete",
)
case(
    46,
    lambda c: ae.c_request(c, "C2", when(12, 4, 8, 45), second_deferred=True),
    "pgp_mime",
    ("two_processors", "p1_processor_contact_will_follow"),
    "used",
    "second processor: «Kontaktinformasjon ettersendes»",
    (1,),
)

# --- D: Lindqvist Logistics ---
case(
    7,
    lambda c: ae.d_request(c, "D1", when(11, 19, 10, 10)),
    "pgp_mime",
    ("part5_minutes_pdf",),
    "used",
    "complete; contacts in the HTML table of the mail (+46, +49)",
)
case(
    8,
    lambda c: ae.d_request(c, "D2", when(11, 24, 11, 40)),
    "pgp_mime",
    ("part5_minutes_pdf",),
    "used",
    "complete; Swedish processor",
)
case(
    27,
    lambda c: ae.d_request(c, "D1", when(11, 25, 15, 20), switchboard=True),
    "none",
    ("p1_contact_switchboard_only", "part5_minutes_pdf"),
    "used",
    "contact person's phone is only 'via switchboard'",
    (1,),
)
case(
    28,
    lambda c: ae.d_request(c, "D2", when(11, 27, 9, 33), later=True),
    "pgp_mime",
    ("part5_future_meeting",),
    "used",
    "only part 5 missing: to be presented 15 January",
    (5,),
)
case(
    47,
    lambda c: ae.d_request(c, "D1", when(12, 2, 13, 13)),
    "none",
    ("part5_minutes_pdf",),
    "used",
    "complete",
)
case(
    48,
    lambda c: ae.d_question(c),
    "none",
    ("nonrequest_question",),
    "unspecified",
    "asks which authority is competent; DPIA in draft",
    request=False,
)

# --- E: Vestfjord fylkeskommune ---
case(
    9,
    lambda c: ae.e_request(c, "E1", when(11, 18, 12, 5)),
    "pgp_mime",
    (),
    "used",
    "complete; prose contacts, processor contact in the DPIA's supplier table",
)
case(
    10,
    lambda c: ae.e_request(c, "E2", when(11, 23, 14, 22), odt=True),
    "none",
    ("odt",),
    "used",
    "complete; ODT",
)
case(
    29,
    lambda c: ae.e_question(c),
    "inline",
    ("nonrequest_question",),
    "unspecified",
    "asks whether prior consultation is needed; no DPIA",
    request=False,
)
case(
    30,
    lambda c: ae.e_request(c, "E2", when(11, 30, 8, 58), contact_phone=False),
    "pgp_mime",
    ("p1_contact_no_phone",),
    "used",
    "contact person in prose with e-mail only",
    (1,),
)
case(
    49,
    lambda c: ae.e_request(c, "E1", when(12, 1, 10, 30), approval="later"),
    "none",
    ("part5_will_follow",),
    "used",
    "only part 5 missing: «ikkje handsama enno»",
    (5,),
)
case(
    50,
    lambda c: ae.e_request(c, "E1", when(12, 4, 11, 0), odt=True),
    "pgp_mime",
    ("odt",),
    "used",
    "complete",
)

# --- F: Tannlegesenteret Brygga ---
case(
    11,
    lambda c: fj.f_request(c, "F1", when(11, 20, 17, 12)),
    "none",
    ("processor_contact_body",),
    "used",
    "complete; contact only in signature, DPO firm in prose, Danish processor (+45)",
)
case(
    12,
    lambda c: fj.f_guidance(c),
    "inline",
    ("nonrequest_guidance",),
    "unspecified",
    "asks whether a DPIA is needed / guidance",
    request=False,
)
case(
    31,
    lambda c: fj.f_request(c, "F1", when(11, 24, 19, 2), dpo_phone=False),
    "none",
    ("processor_contact_body", "p1_dpo_no_phone"),
    "used",
    "DPO firm with name and e-mail only",
    (1,),
)
case(
    32,
    lambda c: fj.f_request(c, "F2", when(11, 27, 16, 44)),
    "none",
    ("processor_contact_body",),
    "used",
    "complete; video consultation",
)
case(
    51,
    lambda c: fj.f_request(c, "F2", when(12, 2, 18, 20)),
    "none",
    ("processor_contact_body",),
    "used",
    "complete",
)
case(
    52,
    lambda c: fj.f_request(c, "F1", when(12, 4, 15, 9), nec_missing=True),
    "none",
    ("processor_contact_body", "part3_not_done", "part5_not_done"),
    "used",
    "necessity «ikke vurdert ennå»; board has not looked at it",
    (3, 5),
)

# --- G: Brattli Energi ---
case(
    13,
    lambda c: fj.g_request(c, "G1", when(11, 19, 8, 15)),
    "pgp_mime",
    ("part5_board_protocol_pdf",),
    "used",
    "complete; label lines in a cover PDF, processor org.nr./address before person",
)
case(
    14,
    lambda c: fj.g_request(c, "G2", when(11, 25, 13, 30), approval_later=True),
    "pgp_mime",
    ("part5_future_meeting",),
    "used",
    "only part 5 missing: board meeting 20 January",
    (5,),
)
case(
    33,
    lambda c: fj.g_request(c, "G1", when(11, 26, 10, 45), proc_deferred=True),
    "none",
    ("p1_processor_contact_will_follow", "part5_board_protocol_pdf"),
    "used",
    "processor block: «Kontaktinformasjon … vert ettersendt»",
    (1,),
)
case(
    34,
    lambda c: fj.g_request(c, "G2", when(12, 1, 14, 12)),
    "none",
    ("part5_board_protocol_pdf",),
    "used",
    "complete; drone inspection",
)
case(
    53,
    lambda c: fj.g_request(c, "G1", when(12, 3, 9, 20)),
    "none",
    ("part5_board_protocol_pdf",),
    "used",
    "complete",
)
case(
    54,
    lambda c: fj.g_copy(c),
    "inline",
    ("nonrequest_copy_of_reply",),
    "unspecified",
    "copy of a reply to an access request",
    request=False,
)

# --- H: Kittiwake Clinical Research ---
case(
    15,
    lambda c: fj.h_request(c, "H1", when(11, 18, 15, 30), nec_todo=True),
    "pgp_mime",
    ("part3_placeholder",),
    "used",
    "necessity section «[To be completed …]»",
    (3,),
)
case(
    16,
    lambda c: fj.h_request(c, "H2", when(11, 24, 10, 2), dpo_phone=False),
    "pgp_mime",
    ("p1_dpo_no_phone",),
    "used",
    "group DPO in London with e-mail only",
    (1,),
)
case(35, lambda c: fj.h_request(c, "H1", when(11, 25, 12, 12)), "pgp_mime", (), "used", "complete")
case(
    36,
    lambda c: fj.h_request(c, "H2", when(12, 1, 11, 44)),
    "pgp_mime",
    (),
    "used",
    "complete; UK processor (+44)",
)
case(
    55,
    lambda c: fj.h_dpo_notice(c),
    "inline",
    ("nonrequest_dpo_notification",),
    "unspecified",
    "notice of a new DPO",
    request=False,
)
case(56, lambda c: fj.h_request(c, "H1", when(12, 4, 9, 10)), "none", (), "used", "complete")

# --- I: Boligbyggelaget Fjordhus ---
case(
    17,
    lambda c: fj.i_request(c, "I1", when(11, 21, 20, 15)),
    "none",
    ("processor_none_stated", "part5_signoff_table"),
    "none",
    "complete; «Behandlingen skjer i egne systemer … ingen databehandler»",
)
case(
    18,
    lambda c: fj.i_request(c, "I2", when(11, 26, 19, 40)),
    "none",
    ("processor_none_stated", "part5_signoff_table"),
    "none",
    "complete; automated credit check",
)
case(
    37,
    lambda c: fj.i_info(c),
    "inline",
    ("nonrequest_for_information",),
    "unspecified",
    "DPIA result sent for information, explicitly no request",
    request=False,
)
case(
    38,
    lambda c: fj.i_body_only(c, "I1", when(12, 1, 21, 5)),
    "inline",
    ("processor_none_stated", "all_in_body", "part5_signoff_table"),
    "none",
    "complete; whole DPIA pasted in the plain body",
)
case(
    57,
    lambda c: fj.i_request(c, "I1", when(12, 3, 18, 30), risk_zero=True),
    "none",
    ("processor_none_stated", "zero_byte_risk_assessment", "part5_signoff_table"),
    "none",
    "risk section points to «Risikovurdering.docx», which is 0 bytes",
    (4,),
)
case(
    58,
    lambda c: fj.i_request(c, "I2", when(12, 4, 20, 1), signed=False),
    "none",
    ("processor_none_stated", "signoff_table_pending"),
    "none",
    "only part 5 missing: signature table with empty date and signature",
    (5,),
)

# --- J: Brightwater Games Nordic ---
case(
    19,
    lambda c: fj.j_request(c, "J1", when(11, 19, 16, 0), pending=True),
    "pgp_mime",
    ("sub_processor", "signoff_table_pending"),
    "used",
    "only part 5 missing: board sign-off all «Pending»",
    (5,),
)
case(
    20,
    lambda c: fj.j_request(c, "J2", when(11, 24, 17, 25)),
    "pgp_mime",
    ("part5_board_resolution_pdf",),
    "used",
    "complete; UK processor",
)
case(
    39,
    lambda c: fj.j_request(c, "J1", when(11, 27, 15, 45)),
    "none",
    ("sub_processor", "phone_us", "part5_board_resolution_pdf"),
    "used",
    "complete; US parent as processor (+1), German sub-processor (+49)",
)
case(
    40,
    lambda c: fj.j_request(c, "J2", when(12, 1, 16, 50), desc_later=True),
    "none",
    ("part2_will_follow", "part5_board_resolution_pdf"),
    "used",
    "description «will follow from our parent company»",
    (2,),
)
case(
    59,
    lambda c: fj.j_request(c, "J1", when(12, 3, 17, 10), proc_person=False, risk_passing=True),
    "pgp_mime",
    ("sub_processor", "p1_processor_no_contact", "risk_in_passing", "part5_board_resolution_pdf"),
    "used",
    "processor row with privacy@ mailbox only; risks «discussed … acceptable»",
    (1, 4),
)
case(
    60,
    lambda c: fj.j_request(c, "J2", when(12, 4, 14, 35)),
    "none",
    ("part5_board_resolution_pdf",),
    "used",
    "complete",
)


def _make(n: int) -> Callable[[], tuple[EmailMessage, Label]]:
    build, enc, shapes, proc, note, missing, request = CASES[n]
    letter = LETTERS[((n - 1) % 20) // 2]
    cid = f"o{n:03d}"

    def run() -> tuple[EmailMessage, Label]:
        label = Label(
            LANG[letter],
            (*BASE[letter], *shapes) if request else shapes,
            enc,
            request,
            proc,
            note,
            missing,
        )
        return build(cid), label

    run.__name__ = cid
    return run


for _n in CASES:
    globals()[f"o{_n:03d}"] = _make(_n)
