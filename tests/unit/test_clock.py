"""A case's clock from its event log, and the checks that guard recording clock events."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from itertools import count

import pytest

from cases.errors import CaseworkError
from cases.model import CaseEvent
from deadlines.clock import (
    ClockFinished,
    ExtensionAlreadyRecorded,
    ExtensionNoticeTooLate,
    ExtensionOverrideRequired,
    ExtensionReasonMissing,
    InformationBeforeRequest,
    Milestone,
    NoOpenSuspension,
    RequestBeforeReceipt,
    SuspensionAfterDeadline,
    SuspensionAlreadyOpen,
    check_extension,
    check_info_received,
    check_info_request,
    derive_clock,
)

D = date.fromisoformat
T0 = D("2026-03-20")  # Example A
_seconds = count()


def event(kind: str, logged_on: str, **data: object) -> CaseEvent:
    """An event logged on `logged_on`; later calls are later in the log."""
    at = datetime.combine(D(logged_on), time(9, 0, next(_seconds) % 60), tzinfo=UTC)
    return CaseEvent(kind=kind, at=at, actor="saksbehandler", data=data)


EXAMPLE_A = [
    event("registered", "2026-03-23"),
    event("info_requested", "2026-04-01", sent_on="2026-04-01"),
    event("info_received", "2026-04-15", received_on="2026-04-15"),
    event("extended", "2026-04-16", notice_sent_on="2026-04-16", reason="Kompleks behandling"),
]
DECIDED_A = event("decided", "2026-07-08", dispatched_on="2026-07-08")


def test_example_a_from_events_gives_d14_and_appeal_deadline() -> None:
    clock = derive_clock(T0, [*EXAMPLE_A, DECIDED_A], today=D("2026-07-09"))
    assert clock.suspensions == ((D("2026-04-01"), D("2026-04-15")),)
    assert clock.extended and not clock.provisional
    assert clock.deadlines.d8.on == D("2026-05-29")
    assert clock.deadlines.final_deadline.on == D("2026-07-10")
    assert clock.deadlines.appeal_deadline is not None
    assert clock.deadlines.appeal_deadline.on == D("2026-07-29")
    assert clock.decided_on == clock.notified_on == D("2026-07-08")
    assert clock.milestone is Milestone.DECIDED


def test_delivery_receipt_date_is_used_for_the_appeal_deadline() -> None:
    decided = event("decided", "2026-07-08", dispatched_on="2026-07-08", notified_on="2026-07-10")
    clock = derive_clock(T0, [*EXAMPLE_A, decided], today=D("2026-07-10"))
    assert clock.deadlines.appeal_deadline is not None
    assert clock.deadlines.appeal_deadline.on == D("2026-07-31")


def test_event_order_follows_the_log_timestamps_not_the_list_order() -> None:
    clock = derive_clock(T0, list(reversed(EXAMPLE_A)), today=D("2026-05-01"))
    assert clock.deadlines.final_deadline.on == D("2026-07-10")


def test_event_dates_may_be_date_values() -> None:
    events = [event("info_requested", "2026-04-01", sent_on=D("2026-04-01"))]
    assert derive_clock(T0, events, D("2026-04-02")).open_suspension_since == D("2026-04-01")


def test_open_suspension_gives_a_provisional_deadline_as_if_answered_today() -> None:
    events = [event("info_requested", "2026-04-01", sent_on="2026-04-01")]
    clock = derive_clock(T0, events, today=D("2026-04-10"))
    assert clock.open_suspension_since == D("2026-04-01")
    assert clock.provisional and clock.suspensions == ()
    # 2026-05-15 + 9 = Sun 24 May (Whit Sunday), Mon 25 May (Whit Monday) -> Tue 26 May
    assert clock.deadlines.d8.on == D("2026-05-26")
    assert clock.milestone is Milestone.CLOCK_STOPPED
    assert clock.status_line().startswith("Fristen står stille siden onsdag 1. april 2026")
    later = derive_clock(T0, events, today=D("2026-04-20"))
    assert later.deadlines.d8.on > clock.deadlines.d8.on


def test_open_suspension_never_moves_the_extension_notice_dates() -> None:
    events = [event("info_requested", "2026-04-01", sent_on="2026-04-01")]
    clock = derive_clock(T0, events, today=D("2026-04-30"))
    assert clock.deadlines.notice_target_4w.on == D("2026-04-17")
    assert clock.deadlines.notice_limit_1m.on == D("2026-04-20")


@pytest.mark.parametrize(
    ("events", "today", "milestone"),
    [
        ([], "2026-04-17", Milestone.AWAITING_EXTENSION_DECISION),
        ([], "2026-04-18", Milestone.RUNNING_8W),
        ([], "2026-05-15", Milestone.RUNNING_8W),
        ([], "2026-05-16", Milestone.OVERDUE),
        (EXAMPLE_A[:2], "2026-04-10", Milestone.CLOCK_STOPPED),
        (EXAMPLE_A, "2026-06-01", Milestone.EXTENDED_14W),
        (EXAMPLE_A, "2026-07-11", Milestone.OVERDUE),
        ([*EXAMPLE_A, DECIDED_A], "2026-07-20", Milestone.DECIDED),
        ([event("withdrawn", "2026-04-02", on="2026-04-02")], "2026-06-01", Milestone.WITHDRAWN),
    ],
)
def test_milestone(events: list[CaseEvent], today: str, milestone: Milestone) -> None:
    assert derive_clock(T0, events, D(today)).milestone is milestone


def test_withdrawn_date_is_recorded() -> None:
    clock = derive_clock(T0, [event("withdrawn", "2026-04-02", on="2026-04-02")], D("2026-04-03"))
    assert clock.withdrawn_on == D("2026-04-02") and clock.is_closed


def test_extension_notice_by_four_weeks_needs_no_override() -> None:
    assert check_extension(T0, D("2026-04-17"), "Kompleks behandling", None) is None


def test_extension_notice_after_four_weeks_requires_an_override_reason() -> None:
    with pytest.raises(ExtensionOverrideRequired) as raised:
        check_extension(T0, D("2026-04-20"), "Kompleks behandling", "  ")
    assert "fredag 17. april 2026" in raised.value.user_message()
    note = check_extension(T0, D("2026-04-20"), "Kompleks behandling", "Syk saksbehandler")
    assert note is not None and "Syk saksbehandler" in note


def test_extension_notice_after_one_month_is_refused_even_with_override() -> None:
    with pytest.raises(ExtensionNoticeTooLate) as raised:
        check_extension(T0, D("2026-04-21"), "Kompleks behandling", "Syk saksbehandler")
    assert isinstance(raised.value, CaseworkError)
    assert raised.value.code == "extension_notice_too_late"
    assert "mandag 20. april 2026" in raised.value.user_message()


def test_extension_requires_a_reason() -> None:
    with pytest.raises(ExtensionReasonMissing):
        check_extension(T0, D("2026-04-01"), " ", None)


def test_extension_is_possible_only_once() -> None:
    with pytest.raises(ExtensionAlreadyRecorded):
        check_extension(T0, D("2026-04-01"), "Kompleks", None, already_extended=True)


def test_second_information_request_while_one_is_open_is_refused() -> None:
    clock = derive_clock(T0, EXAMPLE_A[:2], D("2026-04-10"))
    with pytest.raises(SuspensionAlreadyOpen):
        check_info_request(clock, D("2026-04-10"))


def test_information_request_on_the_deadline_is_allowed_but_not_after_it() -> None:
    clock = derive_clock(T0, [], D("2026-05-15"))
    check_info_request(clock, D("2026-05-15"))
    with pytest.raises(SuspensionAfterDeadline):
        check_info_request(clock, D("2026-05-18"))


def test_information_request_before_receipt_is_refused() -> None:
    with pytest.raises(RequestBeforeReceipt):
        check_info_request(derive_clock(T0, [], D("2026-03-20")), D("2026-03-19"))


def test_decided_case_cannot_be_suspended() -> None:
    clock = derive_clock(T0, [*EXAMPLE_A, DECIDED_A], D("2026-07-09"))
    with pytest.raises(ClockFinished):
        check_info_request(clock, D("2026-07-09"))


def test_information_received_needs_an_open_request_and_a_date_not_before_it() -> None:
    with pytest.raises(NoOpenSuspension):
        check_info_received(derive_clock(T0, [], D("2026-04-10")), D("2026-04-10"))
    clock = derive_clock(T0, EXAMPLE_A[:2], D("2026-04-10"))
    with pytest.raises(InformationBeforeRequest):
        check_info_received(clock, D("2026-03-31"))
    check_info_received(clock, D("2026-04-01"))  # same day: 0 suspended days


def test_received_without_open_request_is_ignored_when_deriving() -> None:
    events = [event("info_received", "2026-04-15", received_on="2026-04-15")]
    assert derive_clock(T0, events, D("2026-04-16")).suspensions == ()
