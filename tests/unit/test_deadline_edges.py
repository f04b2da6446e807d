"""Edges of the legal calendar and the case clock that mutation testing showed were unguarded."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from cases.model import CaseEvent
from deadlines.calendar import (
    compute_deadlines,
    is_public_holiday,
    is_working_day,
    public_holidays,
    working_days_between,
)
from deadlines.clock import (
    ExtensionNoticeTooLate,
    ExtensionOverrideRequired,
    ExtensionReasonMissing,
    RequestBeforeReceipt,
    check_extension,
    check_info_request,
    derive_clock,
)

D = date.fromisoformat
T0 = D("2026-03-20")  # Example A: N4W Fri 2026-04-17, L1M Mon 2026-04-20


def registered(on: date) -> CaseEvent:
    return CaseEvent("registered", datetime.combine(on, time(9), tzinfo=UTC), "saksflyt", {})


# --- the calendar ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "holiday"),
    [
        ("2026-05-17", True),  # Grunnlovsdag on a Sunday is still a holiday
        ("2027-05-17", True),  # Grunnlovsdag and Andre pinsedag on one Monday
        ("2026-04-02", True),  # Skjærtorsdag
        ("2026-12-24", False),  # Christmas Eve is a working day (R-T-9)
        ("2026-12-31", False),
        ("2026-04-04", False),  # Easter Saturday is not a public holiday, only a Saturday
    ],
)
def test_a_holiday_is_a_holiday_and_christmas_eve_is_not(day: str, holiday: bool) -> None:
    assert is_public_holiday(D(day)) is holiday


def test_two_holidays_on_one_day_are_both_named() -> None:
    names = public_holidays(2027)[D("2027-05-17")]
    assert "Grunnlovsdag" in names and "pinsedag" in names
    trail = compute_deadlines(D("2027-03-22")).d8.trail[-1]
    assert "Andre pinsedag og Grunnlovsdag" in trail
    assert trail.endswith("tirsdag 18. mai 2027")


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [
        ("2027-05-17", "2027-05-21", 4),  # from a weekday holiday: it is not counted anyway
        ("2027-05-14", "2027-05-17", 0),  # to a weekday holiday: Monday 17 May is not counted
        ("2027-05-14", "2027-05-18", 1),
        ("2027-05-21", "2027-05-17", -4),
        ("2026-04-01", "2026-04-08", 2),  # Easter: Thu, Fri and Mon are holidays; Tue, Wed count
        ("2026-12-23", "2026-12-24", 1),  # Christmas Eve counts
        ("2026-12-24", "2026-12-24", 0),
    ],
)
def test_working_days_between_with_holidays_at_either_end(a: str, b: str, days: int) -> None:
    assert working_days_between(D(a), D(b)) == days
    assert working_days_between(D(b), D(a)) == -days


def test_without_an_extension_there_is_no_14_week_date() -> None:
    deadlines = compute_deadlines(T0)
    assert deadlines.d14 is None
    assert deadlines.final_deadline == deadlines.d8
    assert compute_deadlines(T0, extended=True).final_deadline.on == D("2026-06-26")


def test_a_clock_stop_never_moves_the_notice_dates_but_moves_the_answer_deadline() -> None:
    plain = compute_deadlines(T0)
    stopped = compute_deadlines(T0, [(D("2026-04-01"), D("2026-04-15"))])
    assert stopped.notice_target_4w.on == plain.notice_target_4w.on == D("2026-04-17")
    assert stopped.notice_limit_1m.on == plain.notice_limit_1m.on == D("2026-04-20")
    assert stopped.d8.on == D("2026-05-29") != plain.d8.on
    assert any("flytter ikke" in line for line in stopped.notice_target_4w.trail)
    assert not any("flytter ikke" in line for line in plain.notice_target_4w.trail)


def test_a_working_day_is_monday_to_friday_without_holidays() -> None:
    assert is_working_day(D("2026-12-24"))
    assert not is_working_day(D("2026-12-26"))
    assert not is_working_day(D("2026-12-27"))


# --- the case clock --------------------------------------------------------------------------


def test_an_information_request_may_be_sent_on_the_day_of_receipt() -> None:
    clock = derive_clock(T0, [registered(T0)], T0)
    check_info_request(clock, T0)
    with pytest.raises(RequestBeforeReceipt, match="fredag 20. mars 2026"):
        check_info_request(clock, D("2026-03-19"))


@pytest.mark.parametrize("override", [None, "", "   "])
def test_a_late_extension_without_an_override_reason_is_refused(override: str | None) -> None:
    with pytest.raises(ExtensionOverrideRequired, match="fredag 17. april 2026"):
        check_extension(T0, D("2026-04-20"), "Kompleks behandling", override)


def test_a_late_extension_with_an_override_reason_logs_it() -> None:
    note = check_extension(T0, D("2026-04-20"), "Kompleks behandling", "Syk saksbehandler")
    assert note is not None and "Syk saksbehandler" in note and "17. april 2026" in note


def test_an_extension_on_the_four_week_day_needs_no_override() -> None:
    assert check_extension(T0, D("2026-04-17"), "Kompleks behandling") is None


def test_an_extension_after_one_month_is_refused_with_both_dates() -> None:
    with pytest.raises(ExtensionNoticeTooLate, match="tirsdag 21. april 2026.*20. april 2026"):
        check_extension(T0, D("2026-04-21"), "Kompleks behandling", "sent")


def test_an_extension_needs_a_reason_even_when_on_time() -> None:
    with pytest.raises(ExtensionReasonMissing, match="begrunnelse"):
        check_extension(T0, D("2026-04-01"), "  ")
