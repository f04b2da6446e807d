"""The cue regexes' prefilter finds exactly what the plain case-insensitive alternation finds."""

from __future__ import annotations

import re
import sys

import pytest

import completeness.regex as cue_regex
from completeness import check_completeness
from config.case_types import load_case_type
from tests.corpus.build import load_cases

# Characters where lower() and IGNORECASE part ways, and typographic look-alikes.
AWKWARD = ("K", "ı", "İ", "ſ", "ẞ", "ß", "ﬁ", "–", "\u00a0", "Æ", "Ø", "Å")


def corpus_texts() -> list[str]:
    """Every text of the labelled corpus, whole and every third line alone (where `^` and
    word boundaries fall differently), plus variants in other cases and with awkward letters."""
    texts: list[str] = []
    for case in load_cases():
        for text in (case.subject, case.body, *(a.text for a in case.attachments)):
            texts += [text, *text.splitlines()[::3]]
    variants = [t.upper() for t in texts[::7]] + [t.swapcase() for t in texts[::11]]
    awkward = [t.replace("e", char, 2) for t in texts[::17] for char in AWKWARD]
    return texts + variants + awkward


@pytest.fixture(scope="module")
def cue_sets() -> list[tuple[str, ...]]:
    """The pattern sets the check really compiles: recorded while it runs over the corpus."""
    seen: set[tuple[str, ...]] = set()
    original = cue_regex.compile_any

    def recording(patterns: tuple[str, ...]) -> cue_regex.CueRegex | None:
        seen.add(patterns)
        return original(patterns)

    spec = load_case_type("prior_consultation")
    with pytest.MonkeyPatch.context() as patch:
        modules = [m for n, m in sys.modules.items() if n.startswith("completeness")]
        for module in modules:  # compiled cue sets are memoised: an earlier test hides them
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()
            if getattr(module, "compile_any", None) is original:
                patch.setattr(module, "compile_any", recording)
        for case in load_cases()[:10]:
            check_completeness(spec, case.body, (), case.subject)
    return sorted(p for p in seen if p)


def test_the_check_compiles_many_cue_sets_and_most_get_a_prefilter(
    cue_sets: list[tuple[str, ...]],
) -> None:
    compiled = [cue_regex.compile_any(patterns) for patterns in cue_sets]
    filtered = [regex for regex in compiled if regex is not None and regex.cues is not None]
    assert len(cue_sets) >= 20
    assert len(filtered) >= len(cue_sets) * 3 // 4  # a Python whose re internals differ shows here


def test_every_cue_set_finds_the_same_matches_as_the_plain_regex(
    cue_sets: list[tuple[str, ...]],
) -> None:
    texts = corpus_texts()
    for patterns in cue_sets:
        plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)
        regex = cue_regex.compile_any(patterns)
        assert regex is not None
        for text in texts:
            expected = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in regex.finditer(text)] == expected, (patterns, text[:80])
