"""dashboard/labels.py: the bokmål labels the dashboard shows, and their fallbacks."""

from __future__ import annotations

from dashboard import labels


def test_a_known_key_gets_its_label_an_unknown_key_itself_and_none_nothing() -> None:
    assert labels.label(labels.STATUSES, "rejected") == "Avvist"
    assert labels.label(labels.STATUSES, "archived") == "archived"
    assert labels.label(labels.STATUSES, None) == ""


def test_a_letter_kind_is_labelled_with_or_without_its_event_prefix() -> None:
    assert labels.letter_kind("letter:receipt") == "Foreløpig svar (mottak)"
    assert labels.letter_kind("receipt") == "Foreløpig svar (mottak)"
    assert labels.letter_kind("letter:unheard_of") == "unheard_of"
    assert labels.letter_kind(None) == ""


def test_thousands_are_separated_by_a_no_break_space() -> None:
    assert labels.thousands(999) == "999"
    assert labels.thousands(10_000) == "10\u00a0000"
    assert labels.thousands(1_234_567) == "1\u00a0234\u00a0567"


def test_rule_ids_in_parentheses_are_removed_from_screen_messages() -> None:
    assert labels.without_rule_ids("Varsle innen én måned (R-EXT-3).") == "Varsle innen én måned."
    assert labels.without_rule_ids("Stans (R-T-12, C8; P3) gjelder.") == "Stans gjelder."
    assert labels.without_rule_ids("Frist (se brevet).") == "Frist (se brevet)."
