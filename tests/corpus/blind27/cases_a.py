# ruff: noqa: E501
"""The sixty cases of blind27: which sender, which processing, what is left out, and the label."""

from __future__ import annotations

from collections.abc import Callable
from email.message import EmailMessage

import personas as P  # noqa: N812
import topics as T  # noqa: N812
from kit import Label, when

LANG = {
    "A": "nb",
    "B": "nb",
    "C": "nb",
    "D": "nn",
    "E": "nb",
    "F": "nb",
    "G": "en",
    "H": "nn",
    "I": "nb",
    "J": "nb",
}
RENDER = {
    "A": P.sender_a,
    "B": P.sender_b,
    "C": P.sender_c,
    "D": P.sender_d,
    "E": P.sender_e,
    "F": P.sender_f,
    "G": P.sender_g,
    "H": P.sender_h,
    "I": P.sender_i,
    "J": P.sender_j,
}

# id: (topic, gaps, variant, encrypt, note)  -- requests
REQ: dict[int, tuple[T.Topic, dict[int, str], str, str, str]] = {
    1: (
        T.A1,
        {},
        "",
        "pgp_mime",
        "complete; archive-system mail, cover letter PDF, numbered DPIA, saksframlegg with formannskap vedtak",
    ),
    2: (T.A2, {}, "", "pgp_mime", "complete; chat for youth health service"),
    21: (
        T.A2,
        {5: "kommunestyret"},
        "",
        "pgp_mime",
        "only part 5 missing: the cover letter says the case goes to kommunestyret 10.12.2026, no vedtak attached",
    ),
    41: (
        T.A1,
        {2: "saksframlegg"},
        "",
        "pgp_mime",
        "part 2 missing: DPIA chapter 2 only refers to a saksframlegg that is not attached",
    ),
    42: (
        T.A2,
        {3: "legal_only"},
        "",
        "none",
        "part 3 missing: chapter 3 only cites the legal basis",
    ),
    3: (T.B1, {}, "", "none", "complete; KS-style DPIA form with tables, board minutes excerpt"),
    4: (
        T.B2,
        {5: "next_board"},
        "",
        "pgp_mime",
        "only part 5 missing: board meeting 15 January 2027",
    ),
    23: (
        T.B1,
        {1: "proc_org_only"},
        "",
        "none",
        "part 1 missing: processor row has organisation and org.nr. only",
    ),
    24: (T.B2, {}, "", "none", "complete; ANPR at recycling stations"),
    44: (
        T.B1,
        {},
        "",
        "pgp_mime",
        "complete; waste-truck cameras (same processing as A023, contacts complete)",
    ),
    5: (
        T.C1,
        {},
        "",
        "pgp_mime",
        "complete; Normen template with ROS colour table, signed image-only approval",
    ),
    6: (
        T.C2,
        {3: "not_relevant"},
        "",
        "pgp_mime",
        "part 3 missing: chapter 3 reads «Ikke relevant»",
    ),
    25: (
        T.C1,
        {4: "wrong_file"},
        "ros_wrong_file",
        "pgp_mime",
        "part 4 missing: DPIA refers to ROS Excel; the attached workbook is an access matrix",
    ),
    26: (T.C2, {}, "ros_excel", "pgp_mime", "complete; ROS in separate Excel workbook"),
    45: (T.C1, {}, "ros_excel", "pgp_mime", "complete; ROS in separate Excel workbook"),
    7: (
        T.D1,
        {5: "fylkesutvalet"},
        "",
        "none",
        "only part 5 missing: fylkesutvalet 14 January 2027",
    ),
    8: (T.D2, {}, "odt", "pgp_mime", "complete; ODT DPIA, scanned saksprotokoll"),
    27: (T.D1, {}, "", "pgp_mime", "complete; scanned saksprotokoll from fylkesutvalet"),
    28: (T.D2, {4: "later"}, "", "none", "part 4 missing: ROS table «blir ettersend»"),
    47: (T.D2, {}, "", "none", "complete"),
    48: (T.D1, {}, "odt", "pgp_mime", "complete; ODT"),
    9: (T.E1, {}, "", "pgp_mime", "complete; Elements-style letter, approval line in the DPIA"),
    10: (T.E2, {}, "", "pgp_mime", "complete; no processor, stated in the letter"),
    30: (T.E1, {}, "", "none", "complete"),
    49: (T.E1, {5: "ledermote"}, "", "pgp_mime", "only part 5 missing: ledermøte 8 January 2027"),
    50: (T.E2, {}, "", "none", "complete; no processor"),
    12: (T.F2, {1: "dpo_name_only"}, "", "none", "part 1 missing: DPO row has name only"),
    31: (
        T.F1,
        {},
        "",
        "none",
        "complete; HTML-only mail with contact table, minutes of leader meeting",
    ),
    32: (T.F2, {}, "", "pgp_mime", "complete"),
    51: (
        T.F1,
        {2: "absent", 3: "absent"},
        "",
        "none",
        "parts 2 and 3 missing: description only refers to the procurement spec, necessity chapter absent",
    ),
    52: (
        T.F1,
        {5: "deferred"},
        "",
        "pgp_mime",
        "only part 5 missing: minutes say the DPIA was not discussed and is postponed",
    ),
    13: (T.G1, {}, "", "pgp_mime", "complete; English research DPIA, signed approval scan"),
    33: (
        T.G2,
        {2: "protocol"},
        "",
        "pgp_mime",
        "part 2 missing: refers to the study protocol, not attached",
    ),
    34: (T.G2, {}, "", "pgp_mime", "complete"),
    53: (T.G1, {}, "", "none", "complete"),
    54: (
        T.G2,
        {4: "after_pilot"},
        "",
        "pgp_mime",
        "part 4 missing: risk assessment to be completed after pilot",
    ),
    15: (
        T.H1,
        {3: "legal_only"},
        "",
        "none",
        "part 3 missing: necessity chapter only cites the legal basis",
    ),
    16: (T.H1, {}, "", "pgp_mime", "complete; one PDF, approval line by kommunedirektør"),
    35: (T.H2, {}, "", "none", "complete; no processor"),
    36: (
        T.H1,
        {5: "kommunestyret"},
        "",
        "none",
        "only part 5 missing: kommunestyret 11 February 2027",
    ),
    56: (T.H2, {}, "", "pgp_mime", "complete; no processor"),
    17: (
        T.I1,
        {},
        "",
        "inline",
        "complete; all in the plain body, approval by kommunedirektøren stated with date",
    ),
    18: (
        T.I2,
        {2: "saksframlegg", 3: "absent"},
        "ros_excel",
        "none",
        "parts 2 and 3 missing: description only «se saksframlegget» (not attached), no necessity",
    ),
    37: (T.I1, {5: "pending"}, "", "inline", "only part 5 missing: approval «ettersendes»"),
    38: (T.I2, {}, "", "inline", "complete; no processor"),
    57: (T.I1, {}, "ros_excel", "pgp_mime", "complete; body plus ROS Excel"),
    58: (
        T.I1,
        {1: "contact_no_phone"},
        "",
        "inline",
        "part 1 missing: contact person has no phone anywhere",
    ),
    19: (
        T.J1,
        {4: "ros_only"},
        "",
        "none",
        "part 4 missing: only an IT ROS analysis (availability, passwords), no risk to rights and freedoms",
    ),
    20: (
        T.J2,
        {5: "fylkestinget"},
        "",
        "pgp_mime",
        "only part 5 missing: fylkestinget in December",
    ),
    39: (T.J1, {}, "", "none", "complete; DPIA plus separate ROS"),
    59: (T.J2, {}, "", "pgp_mime", "complete"),
    60: (T.J1, {}, "", "none", "complete"),
}

NONREQ: dict[int, tuple[Callable[[str, str], tuple[EmailMessage, list[str]]], str, str]] = {
    11: (
        lambda c, d: P.sender_f_guidance(c, T.F1, d),
        "none",
        "not a request: asks for a guidance meeting",
    ),
    14: (
        lambda c, d: P.sender_g_fyi(c, T.G2, d),
        "inline",
        "not a request: FYI that a REK application was sent",
    ),
    22: (P.sender_a_dpo_notice, "none", "not a request: notice of a new DPO"),
    29: (P.sender_e_copy, "none", "not a request: copy of a consultation reply to a ministry"),
    40: (
        lambda c, d: P.sender_j_guidance(c, T.J2, d),
        "none",
        "not a request: asks for a guidance meeting, no DPIA",
    ),
    43: (
        lambda c, d: P.sender_b_question(c, T.B2, d),
        "none",
        "not a request: asks whether prior consultation is needed",
    ),
    46: (P.sender_c_status, "none", "not a request: status question on an earlier case"),
    55: (P.sender_h_breach, "inline", "not a request: breach notification"),
}


def sender_of(n: int) -> str:
    return "ABCDEFGHIJ"[((n - 1) % 20) // 2]


def date_of(n: int) -> str:
    day = 16 + (n * 7) % 25
    month = 11 if day <= 30 else 12
    return when(month, day if day <= 30 else day - 30, 8 + n % 8, (n * 13) % 60)


def build(n: int) -> tuple[EmailMessage, Label]:
    cid = f"A{n:03d}"
    letter = sender_of(n)
    if n in NONREQ:
        fn, enc, note = NONREQ[n]
        msg, shapes = fn(cid, date_of(n))
        return msg, Label(LANG[letter], tuple(shapes), enc, False, "unspecified", note)
    topic, gaps, variant, enc, note = REQ[n]
    assert topic.key[0] == letter, (cid, topic.key)
    msg, shapes = RENDER[letter](cid, topic, gaps, date_of(n), variant)
    proc = "used" if topic.processor else "none"
    return msg, Label(LANG[letter], tuple(shapes), enc, True, proc, note, tuple(sorted(gaps)))


def all_cases() -> list[tuple[str, Callable[[], tuple[EmailMessage, Label]]]]:
    return [(f"A{n:03d}", (lambda n=n: build(n))) for n in range(1, 61)]
