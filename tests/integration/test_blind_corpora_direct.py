"""The thirty-nine corpora written case by case by engineers who saw neither the rules nor one
another's cases (tests/corpus/blind2–40), judged directly on every run (tests/corpus/direct.py).

The floors are the figures measured when they were set (docs/decisions/0005): a rule change
that loses an outcome on any corpus, or sends one more wrongful automatic letter, fails here.
blind5, blind6, blind7 and blind9–40 are split by id: odd ids were opened for tuning, even
ids are kept unseen; blind15–19 were first opened (odd halves) in session 14, blind20–22 in
session 15, blind23–28 in session 16, blind29–31 in session 17, blind32–33 in session 18;
blind34–35 were written in session 19, blind36–37 in session 20, blind38 in session 21,
blind39–40 in session 22, each measured before its odd half was opened.
blind8's even half (five senders of its own) was measured unseen, then opened: all dev.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.corpus import ocr_cache
from tests.corpus.blind import BlindResult, figures, format_figures
from tests.corpus.direct import judge_directly

CORPORA = Path(__file__).parent.parent / "corpus"
# (outcomes right, wrongful automatic letters at most), measured 2026-12-06 (sessions 8, 9, 10);
# every floor below where its half stood was raised to it in session 21 (2026-12-07)
FLOORS = {
    "blind2": (63, 0),
    "blind3": (44, 0),
    "blind4": (37, 0),
    "blind5 dev": (27, 0),
    "blind5 holdout": (26, 0),  # 22 and 1 wrongful when measured unseen; that case then read
    "blind6 dev": (28, 0),  # 21 and 2 wrongful when first measured (f601ec9)
    "blind6 holdout": (27, 0),  # 24 and 0 wrongful unseen, before and after the dev-half rules
    "blind7 dev": (29, 0),  # 15 and 4 wrongful when first measured (4606bbb)
    "blind7 holdout": (25, 0),  # 21 and 1 wrongful unseen; 23 and 0 after the dev-half rules
    # 27/60 and 3 wrongful unseen at 7970933 (odd half 17, even half 10); the even half 13 and 3
    # wrongful when opened (00eb19e)
    "blind8": (48, 0),
    "blind9 dev": (28, 0),  # 12 and 1 wrongful when first measured (8753d75)
    # 17 and 0 wrongful unseen at 8753d75; 21 after the dev-half rules; n006 read in session 13
    # (R-CP-89), after R-CP-88 made it a request that got a wrongful notice
    "blind9 holdout": (24, 0),
    # first measured unseen at 28dacb5 (session 11): dev 23 and 0 wrongful, holdout 23 and 1;
    # after the dev-half rules (R-CP-77 to 79) the holdout, still unread, gave 24 and 0
    "blind10 dev": (30, 0),
    "blind10 holdout": (27, 0),
    # first measured unseen at 7d49a6e (session 12), before any rule change: blind11 dev 24 and
    # holdout 23, blind12 dev 12 and holdout 9, 0 wrongful; after the dev-half rules (R-CP-83 to 87)
    "blind11 dev": (29, 0),
    "blind11 holdout": (27, 0),
    "blind12 dev": (28, 0),
    "blind12 holdout": (24, 0),
    # first measured unseen at 601d983 (session 13), before any rule change: blind13 dev 14 and
    # holdout 12 (2 wrongful each), blind14 dev 20 and holdout 19 (0 wrongful)
    "blind13 dev": (28, 0),
    "blind13 holdout": (25, 0),
    "blind14 dev": (25, 0),
    "blind14 holdout": (27, 0),
    # written during session 13 and measured only at its end (e0269d6), never read: both halves
    # unseen (38 and 42 of 60 at 601d983, before the session's rules)
    # session 14 opened their odd halves (R-CP-103 to 111); the even halves stay unread. Raised
    # in session 15 (R-CP-116 to 123). blind15
    # holdout lost u038 (unread) to R-CP-107 and won it back with R-CP-110
    # session 22: u051 (a sign-off table whose rows ask who, only the author filled in) from a
    # correct notice to review under R-CP-190, the price of answering blind40's wrongful notice
    "blind15 dev": (24, 0),
    "blind15 holdout": (21, 0),
    # v021 (a PDF whose last page is a scan) lost in session 16: a PDF with a scanned page is
    # read by OCR as a whole (R-CP-132), and OCR text never makes a part missing
    "blind16 dev": (26, 0),
    "blind16 holdout": (28, 0),  # session 22: R-CP-192 (unread)
    # written blind in session 14 and measured at c644089 before any rule change (odd / even,
    # wrongful): blind17 19/18, 0; blind18 18/18, 1 and 1; blind19 19/17, 0. Their odd halves were
    # then opened (R-CP-108 to 115); the even halves stay unread
    "blind17 dev": (27, 0),
    "blind17 holdout": (23, 0),
    "blind18 dev": (22, 0),
    "blind18 holdout": (20, 0),
    "blind19 dev": (24, 0),
    "blind19 holdout": (23, 0),
    # written blind in session 15 and measured at a399e75 before any rule change (odd / even,
    # wrongful): blind20 21/17, 0; blind21 19/20, 0 and 1; blind22 21/21, 0. R-CP-116/117, made
    # before they were read, gave blind21's even half one more and took its wrongful letter; the
    # odd halves were then opened (R-CP-118 to 123); the even halves stay unread
    "blind20 dev": (26, 0),
    # 23 for a while in session 21, by R-CP-175 before its review narrowed it
    "blind20 holdout": (22, 0),
    "blind21 dev": (27, 0),
    "blind21 holdout": (27, 0),  # session 22: R-CP-192 (unread)
    "blind22 dev": (24, 0),
    "blind22 holdout": (22, 0),
    # written blind in session 16 and measured at 3a5d3c3 before any rule change (odd / even,
    # wrongful): blind23 11/13, 0; blind24 22/25, 2 and 0; blind25 20/20, 0. The odd halves were
    # then opened (R-CP-124 to 127); the even halves stay unread
    "blind23 dev": (16, 0),
    # 17 before the review of session 16 narrowed R-CP-125, 129 and 130 (five ways to a wrong
    # letter or registration); the unread half gave one back
    "blind23 holdout": (16, 0),
    "blind24 dev": (25, 0),
    "blind24 holdout": (25, 0),
    "blind25 dev": (23, 0),
    "blind25 holdout": (21, 0),  # session 22: R-CP-190's numbered steps (unread)
    # written blind in session 16 after R-CP-124 to 127 and measured before they were read, at
    # 3a5d3c3 and at a824952 alike (odd / even, wrongful): blind26 19/20, 0; blind27 22/24, 0;
    # blind28 18/19, 2 and 0. The odd halves were then opened (R-CP-132, 133)
    "blind26 dev": (25, 0),
    "blind26 holdout": (23, 0),
    "blind27 dev": (22, 0),
    "blind27 holdout": (24, 0),
    "blind28 dev": (23, 0),  # session 22: R-CP-191
    "blind28 holdout": (24, 0),  # session 22: R-CP-191 (unread)
    # session 17's rules (R-CP-140 to 146, made on the dev halves) raised the floors where they
    # gained for good (blind3, 6, 10, 16, 25, 28 dev and others earlier unraised); their first
    # versions gained more and were narrowed after two reviews found them sending wrongful notices
    # or registering incomplete requests on realistic input (tests/unit/
    # test_short_parts_reviewed.py), which took back those gains
    # written in session 17 and measured unseen at aa5cf6f (the session's start; odd / even,
    # wrongful): blind29 16/18, 0; blind30 24/22, 0; blind31 8/12, 0. Their odd halves were then
    # opened (R-CP-143 to 146); the even halves stay unread. blind30's even half lost one to the
    # narrowed R-CP-140 and R-CP-141 (docs/domain.md): a correct notice or registration that now
    # goes to review
    "blind29 dev": (19, 0),
    "blind29 holdout": (18, 0),
    "blind30 dev": (26, 0),
    "blind30 holdout": (21, 0),
    "blind31 dev": (18, 0),
    "blind31 holdout": (16, 0),
    # session 18's rules (R-CP-147 to 150, made on the dev halves and narrowed after a review
    # found them sending wrongful notices on 21 realistic requests) raised the floors where they
    # gained. blind32 (incomplete requests beside look-alike complete ones) and blind33 (contact
    # details in every shape) were written in session 18 and measured unseen, before any of their
    # cases was read, at c55a328 (the session's start; odd / even, wrongful): blind32 19/19, 0 and
    # 1; blind33 18/17, 0; and with the session's rules: blind32 19/20, 0 and 1; blind33 18/17.
    # blind32's even half holds a wrongful deficiency notice that c55a328 sent too: unread, as
    # the half is, and allowed here so that the floor records it rather than hides it. Their odd
    # halves were then opened (R-CP-151 to 156, narrowed on review); the even halves stay unread
    # (blind32 20, blind33 18 after those rules)
    "blind32 dev": (23, 0),
    "blind32 holdout": (20, 0),  # session 20: R-CP-166 answered B030's wrongful notice
    "blind33 dev": (19, 0),  # 21 with R-CP-187 before the review took it back (session 22)
    "blind33 holdout": (19, 0),
    # session 19 (R-CP-157 to 162, made on the dev halves of blind20–33 and narrowed after a
    # review of 117 realistic requests) raised the floors above where they gained. blind34
    # (requests as formal letters: letter heads, side-by-side signatures, other bodies' case
    # officers) and blind35 (a year's ordinary mix) were written blind in session 19 and measured
    # before any of their cases was read, at 0b9a866 (the session's start; odd / even, wrongful):
    # blind34 14/13, 0 and 1; blind35 21/24, 0; with the first version of R-CP-157/158 blind34
    # gave 15/14, with the narrowed one 14/13 again. blind34's even half holds a wrongful
    # deficiency notice that 0b9a866 sent too, unread as the half is, and allowed here so that
    # the floor records it. Their odd halves were then opened; the even halves stay unread
    # session 20: R-CP-165 answered the even half's wrongful notice (D060, read at the end of
    # session 19); the floors now record where the halves stand
    "blind34 dev": (24, 0),
    "blind34 holdout": (20, 0),
    "blind35 dev": (22, 0),
    "blind35 holdout": (24, 0),
    # blind36 (requests in forms and tables: question | answer templates, checklists, workbooks,
    # printed portal forms) and blind37 (parts where no template puts them; resends and
    # corrections) were written blind in session 20 and measured before any of their cases was
    # read, at c676b2e (the session's start) and again at the session's R-CP-166 (identical;
    # odd / even, wrongful): blind36 18/19, 2 and 0; blind37 21/18, 0. Their odd halves were then
    # opened; the even halves stay unread
    "blind36 dev": (21, 0),
    "blind36 holdout": (20, 0),
    "blind37 dev": (21, 0),
    "blind37 holdout": (19, 0),
    # blind38 (requests that look complete and are not: a risk chapter that only concludes or
    # lists, an information-security analysis, a one-sentence necessity, an author's own
    # sign-off; beside their complete twins) was written blind in session 21 and measured before
    # any of its cases was read, at a1027d6 (the session's start) and at 7766143 (its first
    # rules; identical): odd 20, even 21, 0 wrongful; 8 incomplete requests registered. Its odd
    # half was then opened (R-CP-178 to R-CP-185)
    "blind38 dev": (24, 0),
    "blind38 holdout": (22, 0),
    # blind39 (an ordinary month's inbox from ten kinds of controllers no corpus had: dental
    # clinics, kindergartens, pharmacies, telecom, child welfare, car sharing, staffing, fitness
    # with face recognition, debt collection, a game studio) and blind40 (foreign groups and
    # English-language controllers; ICO, CNIL PIA, ISO 29134 and consultancy report shapes,
    # Confluence and Notion exports, international phone numbers) were written blind in session
    # 22 and measured before any of their cases was read, at cee2b08+60e2fa4 (1d67e71 with the
    # corpora) and again with R-CP-187 (identical; odd / even, wrongful): blind39 23/24, 0;
    # blind40 22/21, 0 and 1. blind40's even half holds a wrongful notice that 1d67e71 sent too:
    # unread, as the half is, and allowed here so that the floor records it rather than hides it
    "blind39 dev": (26, 0),  # R-CP-188, R-CP-192, R-CP-193
    "blind39 holdout": (25, 0),  # R-CP-192 (unread)
    # R-CP-190 answered the even half's wrongful notice (O022, read for it after the measurement,
    # the one case of that half read) and one wrong registration on the odd half (O041)
    "blind40 dev": (25, 0),  # R-CP-191: two more
    "blind40 holdout": (24, 0),  # R-CP-191: two more, unread
}
SPLIT = (
    "blind5",
    "blind6",
    "blind7",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
)


def _half(results: list[BlindResult], name: str) -> list[BlindResult]:
    if name.split()[0] not in SPLIT:
        return results
    odd = name.endswith("dev")
    return [r for r in results if (int(r.case.id[1:]) % 2 == 1) == odd]


@cache
def _judged(corpus: str) -> list[BlindResult]:
    """One corpus judged once per worker: each xdist worker judges only the corpora its tests
    ask for, so the two halves of a corpus share the work and no worker judges them all."""
    return judge_directly(CORPORA / corpus, _ocr())


@cache
def _ocr() -> ocr_cache.CachedOcr:
    """Tesseract, with the texts it gave for the corpora's page images before (a page it has
    not read, or read with another version, is read now): the same judgement, less waiting."""
    return ocr_cache.load()


@pytest.mark.parametrize("name", list(FLOORS))
def test_no_corpus_loses_an_outcome_or_gains_a_wrongful_letter(name: str) -> None:
    results = _half(_judged(name.split()[0]), name)
    found = figures(results)
    print(format_figures(name, found))
    right, wrongful = FLOORS[name]
    assert found.wrongful <= wrongful, format_figures(name, found)
    assert found.outcomes_right >= right, format_figures(name, found)
