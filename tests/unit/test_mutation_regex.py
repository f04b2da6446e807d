"""completeness/regex.py: the cue regexes' prefilter answers as the plain alternation, less work.

Two promises: the matches are exactly those of the case-insensitive alternation of the patterns
(checked on texts built from the patterns' own words, where the prefilter has to decide), and
the prefilter looks for the rarest strings a match must contain and tries the regex only just
before them. A weaker prefilter gives the same answers, only slower: the second promise shows in
what each cue is known to contain (`CueRegex.cues`) and where the regex is tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from completeness.regex import CueRegex, compile_any, lowered, search, search_lowered

FLAGS = re.IGNORECASE | re.MULTILINE


def plain(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), FLAGS)


def spans(patterns: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    regex = compile_any(patterns)
    assert regex is not None
    return [m.span() for m in regex.finditer(text)]


# Sets of cues as the case types write them, each with a construct the prefilter must read
# right: a `^` cue, an address, a lookbehind, a bounded gap, a branch, a repeat, a cue with no
# fixed word at all, a string that overlaps itself, a backreference.
CUE_SETS = [
    ("kontaktperson", r"^\s*personvernombud", r"\w+@\w+"),
    ("(?:data)?behandler", "(?<!ikke )ettersendes", r"\bdpia\b"),
    (r"DPIA.{0,20}ettersendes", r"personvernombu[dn]\w*|personvernombod\w*"),
    (r"(?:telefon|tlf)\.?:? ?\d", r"(?:ab){2,3}x", r"aa\b"),
    ("(?:dpia|\\d+)", "kontakt"),  # «\d+» holds no fixed word: no prefilter at all
    (r"(?:a|bb)(?:c|dd)e", r"\w*ombud", r"^kontaktperson"),
    (r"k\w{2}t?person", r"(?:ombud){1,2}-?tjeneste", r"x?(?:ab)+?y"),
    (r"(k)\1x", "kontakt"),  # a backreference: no prefilter
    (r"^[\w ]*kontaktperson", "epost", r"\w+@\w+"),
]
FRAGMENTS = [
    "kontakt", "person", "personvernomb", "ud", "un", "od", "ombud", "data", "behandler", "ikke ",
    "ettersendes", "dpia", "DPIA", "tlf", "telefon", ".", ":", " ", "\n", "\n\n", "@", "post",
    "1", "42", "a", "b", "aa", "ab", "x", "y", "c", "dd", "e", "k", "K", "tjeneste", "-",
    "Kontaktperson", "«", "»", "–", "é", "\u212a", "\u0130",  # Kelvin sign, dotted capital I
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(FRAGMENTS), max_size=14).map("".join)


@pytest.mark.parametrize("patterns", CUE_SETS)
@settings(max_examples=150, deadline=None)
@given(text=TEXTS)
def test_the_cues_find_exactly_what_the_plain_alternation_finds(
    patterns: tuple[str, ...], text: str
) -> None:
    expected = [m.span() for m in plain(patterns).finditer(text)]
    assert spans(patterns, text) == expected
    first = expected[0] if expected else None
    assert (m.span() if (m := search(patterns, text)) else None) == first
    found = search_lowered(patterns, text, lowered(text))
    assert (found.span() if found else None) == first


@pytest.mark.parametrize(
    ("patterns", "text", "found"),
    [
        # a match right after the previous one, and one at the very start of the text
        (("dpia", "ombud"), "DPIAdpia ombudOMBUD", [(0, 4), (4, 8), (9, 14), (14, 19)]),
        (("(?:data)?behandler",), "Databehandler: Lagring AS", [(0, 13)]),
        (("(?:data)?behandler",), "Ekstern behandler", [(8, 17)]),
        # «aa» where another «aa» overlaps it: each occurrence counts
        ((r"aa\b",), "baaa", [(2, 4)]),
        # a line that opens with the cue, after an empty line and after indentation
        ((r"^\s*kontaktperson",), "Hei\n\n  Kontaktperson: Kari", [(4, 20)]),
        ((r"^kontaktperson",), "Kontaktperson: Kari\nkontaktperson: Per", [(0, 13), (20, 33)]),
        ((r"^\s*kontaktperson",), "Vår kontaktperson er Kari", []),
        ((r"^[\w ]*kontaktperson",), "\nVår kontaktperson", [(1, 18)]),  # a text opening a line
        ((r"\w*ombud",), "Vårt PERSONVERNOMBUD", [(5, 20)]),  # found where it matches, any case
        # an address anywhere in a line (its «@» has no bounded distance from the start)
        ((r"\w+@\w+", "kontakt"), "Skriv til post@firma eller ring", [(10, 20)]),
        ((r"\w+@\w+", r"^\s*kontakt"), "a@b c@d\n kontakt", [(0, 3), (4, 7), (8, 16)]),
        # one cue's match ends inside an address: the rest of it is the address cue's
        (("epost", r"\w+@\w+"), "epostx@firma.no", [(0, 5), (5, 12)]),
        # a conditional group refers to a group of another cue in the alternation
        (("(a)b", r"\w*(z)y(?(1)q|w)"), "zyw", [(0, 3)]),
        (("(?:dpia|\\d+)",), "Saksnummer 2026/17", [(11, 15), (16, 18)]),
    ],
)
def test_matches_where_the_prefilter_must_reach_back(
    patterns: tuple[str, ...], text: str, found: list[tuple[int, int]]
) -> None:
    assert [m.span() for m in plain(patterns).finditer(text)] == found  # the specification
    assert spans(patterns, text) == found


def test_no_cues_match_nothing() -> None:
    assert compile_any(()) is None
    assert search((), "Kontaktperson: Kari") is None
    assert search_lowered((), "Kontaktperson: Kari", "kontaktperson: kari") is None


def test_cues_ignore_case_and_anchor_at_every_line() -> None:
    found = search(("^personvernombud",), "Hei\nPERSONVERNOMBUD: Per Moe")
    assert found is not None and found.span() == (4, 19)
    regex = compile_any(("^personvernombud",))
    assert regex is not None
    found = regex.search_lowered("Hei\nPersonvernombud", "hei\npersonvernombud")
    assert found is not None and found.group(0) == "Personvernombud"


@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("Personvernombud ÆØÅ", "personvernombud æøå"),
        ("«Databehandler» – Lagring AS", "«databehandler» – lagring as"),  # an en dash
        ("Pris 100 € og “sitat”", "pris 100 € og “sitat”"),  # no case beyond Latin-1
        ("Kelvin: \u212a", None),  # the Kelvin sign is a «k» to IGNORECASE, not to lower()
        ("Pris 100 € og \u212a", None),  # one such letter among other characters is enough
        ("dotless \u0131", None),
        ("long \u017f", None),
    ],
)
def test_a_text_lowers_only_where_lower_case_stands_in_for_ignoring_case(
    text: str, lower: str | None
) -> None:
    assert lowered(text) == lower


def test_the_cues_are_looked_for_in_the_lowered_text_the_caller_gives() -> None:
    """One lowering serves every set of cues asked about the same text: it is not redone."""
    text = "Vår kontaktperson er Kari"
    assert search_lowered(("kontaktperson",), text, lowered(text)) is not None
    assert search_lowered(("kontaktperson",), text, lowered("Vår kontaktadresse er Kari")) is None
    assert search_lowered(("kontaktperson",), text, None) is not None  # no lowering: a scan


def test_a_kelvin_sign_in_the_text_still_matches_a_k() -> None:
    assert spans(("kontakt",), "\u212aontakt og kontakt") == [(0, 7), (11, 18)]


def test_a_lower_case_text_of_another_length_is_not_used_for_positions() -> None:
    """«İ» lower-cases to two characters: a caller's `text.lower()` is then no map of `text`."""
    text = "İstanbul kommune"
    found = search_lowered(("kommune",), text, text.lower())
    assert found is not None and found.span() == (9, 16)


def prefilter(pattern: str) -> tuple[set[str], int | str] | None:
    """The strings every match of the pattern contains, and how far before them a match may
    start: a number, «line» (at a line start) or «where it matches» (found by the pattern)."""
    regex = CueRegex.compile((pattern,), FLAGS)
    if regex.cues is None:
        return None
    (cue,) = regex.cues
    if cue.reach is not None:
        return set(cue.strings), cue.reach
    return set(cue.strings), "line" if cue.opens_line else "where it matches"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("kontaktperson", ({"kontaktperson"}, 0)),
        ("DPIA", ({"dpia"}, 0)),  # looked for in the lower-cased text
        (r"personvernombu[dn]\w*|personvernombod\w*", ({"personvernomb"}, 0)),
        ("(?:data)?behandler", ({"behandler"}, 4)),  # an optional word adds its width
        ("[dn]atabehandler", ({"atabehandler"}, 1)),
        (".kontakt", ({"kontakt"}, 1)),
        ("[^x]kontakt", ({"kontakt"}, 1)),
        (r"\skontakt", ({"kontakt"}, 1)),
        (r"\w{0,3}ombud", ({"ombud"}, 3)),
        ("(?:ab){0,3}kontakt", ({"kontakt"}, 6)),
        (r"(?:nr\.|nummer) ?kontakt", ({"kontakt"}, 7)),  # the widest alternative counts
        ("(?:kontaktperson|[a-z]kontaktperson)", ({"kontaktperson"}, 1)),
        ("(?:[a-z]kontaktperson|kontaktperson)", ({"kontaktperson"}, 1)),
        ("(?:xy|zzz)personvern", ({"personvern"}, 3)),
        ("a(?:b|cd)(?:ef|g)personvern", ({"personvern"}, 5)),
        # assertions take no room
        (r"\bdpia\b", ({"dpia"}, 0)),
        ("(?<!ikke )ettersendes", ({"ettersendes"}, 0)),
        (r"(?=\w)kontakt", ({"kontakt"}, 0)),
        # a group or repeat that must match gives its strings
        ("(risiko)vurdering", ({"risiko"}, 0)),
        ("(?:personvernombud)+", ({"personvernombud"}, 0)),
        ("(?:personvernombud)+?", ({"personvernombud"}, 0)),
        ("(?:personvernombud)++", ({"personvernombud"}, 0)),
        ("x?(?:personvernombud){2}", ({"personvernombud"}, 1)),
        ("(?:ombud|dpo)", ({"ombud", "dpo"}, 0)),  # one of the alternatives
        (r"(?:a|bb)(?:c|dd)e", ({"a", "bb"}, 0)),
        ("\xffkontakt", ({"\xffkontakt"}, 0)),  # Latin-1 up to its last letter
        # a letter outside Latin-1 ends a string (lower() is no IGNORECASE there)
        ("personvern\u2013ombud", ({"personvern"}, 0)),
        # no bound on the distance: a match starts at a line start, or where the pattern does
        (r"^\s*kontaktperson", ({"kontaktperson"}, "line")),
        (r"\w*ombud", ({"ombud"}, "where it matches")),
        (r"(?:\w+|x)kontakt", ({"kontakt"}, "where it matches")),
        (r"(?:ombud|\w*ombud)", ({"ombud"}, "where it matches")),
        (r"(?:\w+ ){1,3}kontakt", ({"kontakt"}, "where it matches")),
        (r"\w+@\w+", ({"@"}, "where it matches")),
        # no string every match holds, or a backreference: no prefilter
        ("(?:dpia|\\d+)", None),
        (r"(?:ab)?\d", None),
        (r"(k)\1x", None),
    ],
)
def test_what_a_cue_is_known_to_contain(
    pattern: str, expected: tuple[set[str], int | str] | None
) -> None:
    assert prefilter(pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a string within a bounded distance of the start beats one at no bound
        (r"dpia\w*ombudet", ({"dpia"}, 0)),
        (r"ab(?:cd|\w+)", ({"ab"}, 0)),
        # then the longer string (it occurs less often) ...
        (r"DPIA.{0,20}ettersendes", ({"ettersendes"}, 24)),
        (r"(?:ombud){1,2}-?tjeneste", ({"tjeneste"}, 11)),
        # ... up to six characters: beyond that the nearer string wins
        (r"kontor.{0,4}telefonen", ({"kontor"}, 0)),
        (r"personvern.{0,5}ombudet", ({"personvern"}, 0)),
        (r"k\w{2}t?person", ({"person"}, 4)),
        # of two strings as good, the first
        (r"\w*kontakt\w*person", ({"kontakt"}, "where it matches")),
    ],
)
def test_the_prefilter_takes_the_rarest_strings(
    pattern: str, expected: tuple[set[str], int | str] | None
) -> None:
    assert prefilter(pattern) == expected


@dataclass
class Tries:
    """A compiled regex that notes where `match` was tried, and whether it scanned the text."""

    regex: re.Pattern[str]
    at: list[int] = field(default_factory=list)
    scanned: bool = False

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        self.at.append(pos)
        return self.regex.match(text, pos)

    def finditer(self, text: str) -> object:
        self.scanned = True
        return self.regex.finditer(text)


def tried(patterns: tuple[str, ...], text: str) -> list[int] | None:
    """Where the regex was tried on the text (None: it scanned the whole text)."""
    regex = CueRegex.compile(patterns, FLAGS)
    tries = Tries(regex.regex)
    list(replace(regex, regex=tries).finditer(text))  # type: ignore[arg-type]
    return None if tries.scanned else tries.at


@pytest.mark.parametrize(
    ("patterns", "text", "at"),
    [
        (("personvernombud",), "Vårt personvernombud er Per Moe.", [5]),
        (("personvernombud",), "Ingen ombud her.", []),  # none of its strings: never tried
        (("(?:data)?behandler",), "Databehandler: Lagring AS", [0]),  # a match covers the rest
        (("(?:data)?behandler",), "Ekstern behandler", [4, 5, 6, 7, 8]),  # at most 4 before
        (("(?:data)?behandler",), "behandler", [0]),
        (("(?<!ikke )ettersendes",), "ikke ettersendes", [5]),  # only where the string starts
        # a line start within reach of a string is tried once
        (
            (r"^\s*kontaktperson", "(?:data)?behandler"),
            "Om behandler\nKontaktperson",
            [0, 1, 2, 3, 13],
        ),
        (("personvernombud", "ettersendes"), "DPIA ettersendes", [5]),  # the cue it holds only
        ((r"^\s*kontaktperson",), "Hei\nVår kontaktperson\n\nKari", [0, 4, 22, 23]),
        ((r"\w+@\w+",), "Skriv til post@firma.no i dag", [10]),
        ((r"aa\b",), "baaa", [1, 2]),
        (("(?:dpia|\\d+)",), "DPIA 2026", None),
        (("dpia",), "\u212a DPIA", None),  # a Kelvin sign: the text is not lowered
        # each string within its own reach: «.x» only where it stands, «dpia» up to 5 before
        (("(?:a{0,5}dpia|\\.x)",), "Se 1.x og dpia", [4, 6, 7, 8, 9, 10]),
        # within reach of one string of every set a match holds: «ettersendes» and «dpia»
        (("DPIA.{0,20}ettersendes",), "ettersendes nå, DPIA ettersendes", [16]),
        (("DPIA.{0,20}ettersendes",), "Alt ettersendes.", []),  # no «dpia»: never tried
        # «dpia» within reach, «dpia-rapport» at no bound: only the one found counts
        ((r"\bdpia\w*|\w*dpia-rapport",), "DPIA-en og tredpia", [0, 14]),
        ((r"\bdpia\w*|\w*dpia-rapport",), "tredpia-rapport", [0]),
    ],
)
def test_the_regex_is_tried_only_where_a_match_can_start(
    patterns: tuple[str, ...], text: str, at: list[int] | None
) -> None:
    assert tried(patterns, text) == at


@pytest.mark.parametrize(
    ("patterns", "text", "positions"),
    [
        (("personvernombud", "ettersendes"), "Personvernombud ettersendes", [0, 16]),
        ((r"aa\b",), "baaa", [1, 2]),  # overlapping occurrences
        (("kontakt",), "Ingen her", []),
        (("(?:dpia|\\d+)",), "DPIA 2026", None),  # no prefilter: a match may be anywhere
    ],
)
def test_where_the_cues_strings_stand(
    patterns: tuple[str, ...], text: str, positions: list[int] | None
) -> None:
    regex = CueRegex.compile(patterns, FLAGS)
    found = regex.string_positions(text.lower())
    assert (sorted(found) if found is not None else None) == positions
