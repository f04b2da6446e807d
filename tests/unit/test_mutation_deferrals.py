"""completeness/deferrals.py: a line that opens a list of what will follow."""

from __future__ import annotations

from dataclasses import replace

import pytest

from completeness.deferrals import (
    context_after,
    deferral_spans,
    deferrals,
    opens_deferred_list,
    parts_named,
)
from config.case_types import load_case_type

SPEC = load_case_type("prior_consultation")


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Følgende ettersendes:", True),
        ("The following will follow:  \n", True),
        ("Følgende dokumenter ettersendes.", False),  # a deferral, but no list under it
        ("Vedlagt følger:", False),  # a list, but nothing deferred
    ],
)
def test_a_deferred_list_is_a_deferral_ending_in_a_colon(line: str, opens: bool) -> None:
    assert opens_deferred_list(SPEC, line) is opens


# What a deferral covers (`deferrals`): its own phrase and the bare phrases coordinated with it.
TEN_WORDS = "Styrets vedtak fra møtet om saken i april i år"  # part 5, no separator inside


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        (f"{TEN_WORDS} og DPIA ettersendes", {4, 5}),  # ten words: still a bare noun phrase
        (f"{TEN_WORDS} 2026 og DPIA ettersendes", {4}),  # eleven: a statement of its own
        ("Styrets vedtak fra møtet om saken i april i vedlegg X og DPIA ettersendes", {4}),
        (f"{TEN_WORDS} . og DPIA ettersendes", {4, 5}),  # a stray full stop is no word
        (f"DPIA ettersendes sammen med {TEN_WORDS.lower()} .", {4, 5}),
        (f"DPIA ettersendes sammen med {TEN_WORDS.lower()} 2026.", {4}),
    ],
)
def test_a_coordinated_phrase_is_covered_up_to_ten_words(sentence: str, deferred: set[int]) -> None:
    assert deferrals(SPEC, sentence) == (frozenset(deferred), False)


@pytest.mark.parametrize(
    "sentence",
    [
        "DPIA; styrets vedtak ettersendes",  # «;» links list items only after «Følgende …:»
        "Risikovurdering: styrets vedtak ettersendes",  # a label before it, not a list intro
        "Risikovurdering: ferdig; styrets vedtak ettersendes",
    ],
)
def test_list_punctuation_before_a_deferral_links_nothing(sentence: str) -> None:
    assert deferrals(SPEC, sentence) == (frozenset({5}), False)


def test_list_punctuation_after_a_deferred_list_intro_links_the_items() -> None:
    assert deferrals(SPEC, "Følgende ettersendes: DPIA; styrets vedtak") == (
        frozenset({4, 5}), False
    )  # fmt: skip
    assert deferrals(SPEC, "Følgende ettersendes: systematisk beskrivelse – styrets vedtak") == (
        frozenset({2, 5}), False
    )  # fmt: skip


def test_a_pronoun_deferral_takes_the_part_named_before_it() -> None:
    for sentence in (
        "DPIA-en skrives nå og den ettersendes",
        "DPIA-en skrives nå, og den ettersendes",
        "DPIA-en er nesten klar, og den ettersendes",  # a statement of its own: not a list
    ):
        assert deferrals(SPEC, sentence) == (frozenset({4}), False)
    assert deferrals(SPEC, "Vi jobber med saken, og den ettersendes") == (frozenset(), True)


def test_a_deferral_that_starts_inside_a_separator_belongs_to_the_phrase_before() -> None:
    # «\)? pending» matches « pending»: its space is the end of the separator « - »
    assert deferrals(SPEC, "DPIA - pending") == (frozenset({4}), False)


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        ("DPIA og vedlegg 7 ettersendes", {4}),  # the part listed with the thing deferred
        ("Følgende ettersendes: DPIA", {4}),  # the one item after the intro
        ("DPIA: vedlagt; styrets vedtak - ettersendes", {5}),  # a list of statuses
        ("Beskrivelse er vedlagt, og DPIA (del C) pending", {4}),  # «) pending» is the DPIA's
    ],
)
def test_a_deferral_is_about_the_phrase_it_stands_in(sentence: str, deferred: set[int]) -> None:
    assert deferrals(SPEC, sentence) == (frozenset(deferred), False)


def test_what_follows_a_deferral_of_something_else_is_not_deferred() -> None:
    assert deferrals(SPEC, "Signert avtale ettersendes, og DPIA i vedlegg 3.") == (
        frozenset(), True
    )  # fmt: skip


def test_a_pronoun_that_opens_the_sentence_refers_to_the_sentence_before() -> None:
    sentence = "Den ettersendes; DPIA er vedlagt"  # not the DPIA named after it
    assert deferrals(SPEC, sentence) == (frozenset(), True)
    assert deferrals(SPEC, sentence, "Styrets vedtak er ikke klart.") == (frozenset({5}), False)


@pytest.mark.parametrize(
    ("row", "deferred"),
    [
        ("4 | Risikovurdering | Ettersendes", {4}),  # a list of parts with their status
        ("Risikovurdering | Ettersendes", {4}),
        ("Ledelsens validering | DPIA | Ettersendes", {4, 5}),
        ("4 | Risikovurdering | Vedlagt", set()),
        ("Logging | Høy | Tiltak | Ikke gjennomført", set()),  # a risk register's row
    ],
)
def test_a_short_table_row_defers_the_parts_its_other_cells_name(
    row: str, deferred: set[int]
) -> None:
    assert deferrals(SPEC, row) == (frozenset(deferred), False)


def test_a_deferred_list_intro_is_the_context_while_its_items_go_on() -> None:
    intro = "Følgende ettersendes:"
    assert context_after(SPEC, intro, "- DPIA") == intro
    assert context_after(SPEC, intro, "2) Styrets vedtak") == intro
    assert context_after(SPEC, intro, "Vi beklager forsinkelsen.") == "Vi beklager forsinkelsen."
    assert context_after(SPEC, "Vedlagt følger:", "- DPIA") == "- DPIA"
    assert context_after(SPEC, "", "- DPIA") == "- DPIA"
    # an item after the intro is deferred, a sentence after the list is not
    assert deferrals(SPEC, "- DPIA", intro) == (frozenset({4}), False)
    assert deferrals(SPEC, "DPIA", intro) == (frozenset(), False)


def test_a_measure_not_carried_out_is_no_deferral_of_a_part() -> None:
    sentence = "Ikke gjennomførte tiltak: logging av oppslag."  # the exception starts with it
    assert deferral_spans(SPEC, sentence) == []
    unexcused = deferral_spans(replace(SPEC, deferral_exceptions=()), sentence)
    assert [m.group(0) for m in unexcused] == ["Ikke gjennomført"]
    assert [m.group(0) for m in deferral_spans(SPEC, "Tiltak: ikke gjennomført.")] == [
        "ikke gjennomført"
    ]


def test_without_approval_cues_only_the_deferral_itself_counts() -> None:
    plain = replace(SPEC, validation_deferrals=())
    assert deferrals(plain, "DPIA ettersendes") == (frozenset({4}), False)
    assert deferrals(plain, "DPIA er ikke godkjent ennå") == (frozenset({4}), False)
    assert deferrals(SPEC, "DPIA er ikke godkjent ennå") == (frozenset({5}), False)
    # R-CP-186: in a question «av styret» names who acts, so the DPIA is what was validated
    assert parts_named(SPEC, "Er DPIA-en godkjent av styret?") == {5}
    assert parts_named(SPEC, "DPIA godkjent av styret – kamera ved kassene") == {4}


def test_a_deferral_right_after_an_excused_phrase_still_counts() -> None:
    # «Measures not implemented» is excused up to its last letter; « pending» starts there
    found = deferral_spans(SPEC, "Measures not implemented pending")
    assert [(m.group(0), m.start()) for m in found] == [(" pending", 24)]
