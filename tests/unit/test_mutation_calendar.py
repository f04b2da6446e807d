"""deadlines/calendar.py: the explanations a caseworker reads, word for word (`make mutation`).

Each test pins behaviour that a mutant of the calendar survived before: the note that a clock stop
does not move the notice deadlines, «1 dag» against «n dager», and the refusal of an answer dated
before its request.
"""

from __future__ import annotations

from datetime import date

import pytest

from deadlines.calendar import compute_deadlines, suspended_days

D = date.fromisoformat
T0 = D("2026-03-18")  # a Wednesday; Ascension Day is Thursday 14 May 2026
NOTE = "Stans i saksbehandlingsfristen flytter ikke denne fristen (R-T-12)"


def test_a_clock_stop_leaves_a_note_before_the_roll_line_of_both_notice_deadlines() -> None:
    result = compute_deadlines(T0, [(D("2026-04-20"), D("2026-04-23"))])
    assert result.notice_target_4w.trail == (
        "Mottatt (T0) onsdag 18. mars 2026",
        "+ 28 dager (4 uker) = onsdag 15. april 2026",
        NOTE,
        "onsdag 15. april 2026 er en virkedag",
    )
    assert result.notice_limit_1m.trail == (
        "Mottatt (T0) onsdag 18. mars 2026",
        "+ 1 måned = lørdag 18. april 2026",
        NOTE,
        "lørdag 18. april 2026 er lørdag; søndag 19. april 2026 er søndag "
        "→ flyttet til mandag 20. april 2026",
    )
    assert (result.notice_target_4w.on, result.notice_limit_1m.on) == (
        D("2026-04-15"),
        D("2026-04-20"),
    )
    assert result.notice_limit_1m.raw_on == D("2026-04-18")
    assert result.notice_limit_1m.name == "notice_limit_1m"
    assert result.notice_limit_1m.label == "Siste frist for å varsle forlengelse (1 måned)"
    assert result.notice_target_4w.name == "notice_target_4w"
    assert result.notice_target_4w.label == "Frist for å varsle forlengelse (4 uker)"


def test_without_a_clock_stop_the_notice_deadlines_carry_no_note() -> None:
    result = compute_deadlines(T0)
    assert NOTE not in result.notice_target_4w.trail
    assert NOTE not in result.notice_limit_1m.trail
    assert len(result.notice_target_4w.trail) == 3


def test_one_suspended_day_is_written_in_the_singular() -> None:
    trail = compute_deadlines(T0, [(D("2026-04-20"), D("2026-04-21"))]).d8.trail
    assert trail == (
        "Mottatt (T0) onsdag 18. mars 2026",
        "+ 56 dager (8 uker) = onsdag 13. mai 2026",
        "+ 1 dag fristen sto stille = torsdag 14. mai 2026",
        "torsdag 14. mai 2026 er Kristi himmelfartsdag → flyttet til fredag 15. mai 2026",
    )


def test_two_suspended_days_are_written_in_the_plural() -> None:
    trail = compute_deadlines(T0, [(D("2026-04-20"), D("2026-04-22"))]).d8.trail
    assert trail[2] == "+ 2 dager fristen sto stille = fredag 15. mai 2026"


def test_an_answer_dated_before_its_request_is_refused_with_both_dates() -> None:
    with pytest.raises(ValueError, match=r"^svar 2026-04-01 er før forespørsel 2026-04-15$"):
        suspended_days([(D("2026-04-15"), D("2026-04-01"))])


def test_the_extended_and_appeal_deadlines_carry_their_names_and_explanations() -> None:
    deadlines = compute_deadlines(date(2026, 3, 2), extended=True, notified_on=date(2026, 5, 4))
    assert deadlines.d14 is not None and deadlines.appeal_deadline is not None
    assert (deadlines.d14.name, deadlines.d14.label) == ("d14", "Forlenget svarfrist (14 uker)")
    assert deadlines.d14.trail[1] == (
        "+ 98 dager (14 uker = 8 uker + 6 ukers forlengelse) = mandag 8. juni 2026"
    )
    assert deadlines.appeal_deadline.name == "appeal_deadline"
    assert deadlines.appeal_deadline.label == "Klagefrist (3 uker)"
