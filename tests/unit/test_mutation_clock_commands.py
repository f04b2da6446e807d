"""casework/clock_commands.py: the case-clock commands check, log and update, or change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from cases.errors import CaseNotFound
from cases.model import CaseEvent, CaseNumber, CaseStatus, NewCase
from casework.clock_commands import (
    CaseworkerMissing,
    DateBeforeReceipt,
    NotifiedBeforeDispatch,
    assign_caseworker,
    case_clock,
    explain_deadlines,
    extend_case,
    record_decision,
    record_information_received,
    request_information,
    withdraw_case,
)
from deadlines.clock import (
    ClockFinished,
    DateAfterDecision,
    DateInFuture,
    ExtensionOverrideRequired,
    NoOpenSuspension,
    RequestBeforeReceipt,
)
from tests.fakes import FakeRegister

T0 = date(2026, 3, 2)  # a Monday; N4W 30 March, L1M 2 April (a holiday: 7 April), D8 27 April
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def register_with_case() -> tuple[FakeRegister, CaseNumber]:
    register = FakeRegister()
    received_at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    case = register.open_case(
        NewCase(received_at, T0, "post@firma.example", "Firma AS", "Kamera", "tilsyn", NOW)
    )
    return register, case.number


def test_the_clock_is_derived_from_t0_and_the_log() -> None:
    register, number = register_with_case()
    clock = case_clock(register, number, date(2026, 3, 10))
    assert (clock.t0, clock.as_of, clock.extended) == (T0, date(2026, 3, 10), False)
    assert clock.deadlines.final_deadline.on == date(2026, 4, 27)


def test_an_extension_in_time_is_logged_without_an_override() -> None:
    register, number = register_with_case()
    clock = extend_case(
        register, number, notice_sent_on=date(2026, 3, 20), reason="  Omfattende sak ",
        override_reason="ignored", actor="kari", now=NOW,
    )  # fmt: skip
    assert clock.extended is True
    assert clock.as_of == date(2026, 3, 20)
    assert clock.deadlines.final_deadline.on == date(2026, 6, 8)
    assert register.events(number) == [
        CaseEvent("extended", NOW, "kari", {"notice_sent_on": "2026-03-20",
                                            "reason": "Omfattende sak", "override_reason": None}),
    ]  # fmt: skip


def test_a_late_extension_logs_its_override_and_needs_one() -> None:
    register, number = register_with_case()
    late = date(2026, 4, 1)
    with pytest.raises(ExtensionOverrideRequired, match="^Varsel om forlengelse sendt onsdag 1"):
        extend_case(register, number, notice_sent_on=late, reason="r", actor="kari", now=NOW)
    assert register.events(number) == []
    extend_case(
        register, number, notice_sent_on=late, reason="r", override_reason=" syk ",
        actor="kari", now=NOW,
    )  # fmt: skip
    assert register.events(number)[0].data["override_reason"] == "syk"


def test_an_event_date_before_t0_is_refused_with_both_dates() -> None:
    register, number = register_with_case()
    with pytest.raises(
        DateBeforeReceipt,
        match="^Varselet søndag 1. mars 2026 kan ikke være før anmodningen ble mottatt "
        "mandag 2. mars 2026.$",
    ):
        extend_case(register, number, notice_sent_on=date(2026, 3, 1), reason="r", actor="a",
                    now=NOW)  # fmt: skip
    with pytest.raises(DateBeforeReceipt, match="^Vedtaket søndag 1. mars 2026 kan ikke"):
        record_decision(register, number, dispatched_on=date(2026, 3, 1), actor="a", now=NOW)
    with pytest.raises(DateBeforeReceipt, match="^Tilbaketrekningen søndag 1. mars 2026"):
        withdraw_case(register, number, on=date(2026, 3, 1), actor="a", now=NOW)
    with pytest.raises(RequestBeforeReceipt, match="^Forespørselen søndag 1. mars 2026"):
        request_information(register, number, sent_on=date(2026, 3, 1), what="x", actor="a",
                            now=NOW)  # fmt: skip
    assert register.events(number) == []
    assert register.get_case(number).status is CaseStatus.RECEIVED


def test_an_event_date_in_the_future_is_refused() -> None:
    register, number = register_with_case()
    today = date(2026, 3, 10)
    tomorrow = date(2026, 3, 11)
    with pytest.raises(DateInFuture, match="^Varselet onsdag 11. mars 2026 er fram i tid"):
        extend_case(register, number, notice_sent_on=tomorrow, reason="r", actor="a", now=NOW,
                    today=today)  # fmt: skip
    with pytest.raises(DateInFuture, match="^Forespørselen onsdag 11. mars"):
        request_information(register, number, sent_on=tomorrow, what="x", actor="a", now=NOW,
                            today=today)  # fmt: skip
    with pytest.raises(DateInFuture, match="^Vedtaket onsdag 11. mars"):
        record_decision(register, number, dispatched_on=tomorrow, actor="a", now=NOW, today=today)
    with pytest.raises(DateInFuture, match="^Tilbaketrekningen onsdag 11. mars"):
        withdraw_case(register, number, on=tomorrow, actor="a", now=NOW, today=today)
    assert register.events(number) == []


def test_a_request_for_information_stops_the_clock_and_the_answer_restarts_it() -> None:
    register, number = register_with_case()
    stopped = request_information(
        register, number, sent_on=date(2026, 3, 9), what=" DPIA ", actor="kari", now=NOW
    )
    assert stopped.open_suspension_since == date(2026, 3, 9)
    assert stopped.as_of == date(2026, 3, 9)
    with pytest.raises(DateInFuture, match="^Svaret fredag 20. mars 2026 er fram i tid"):
        record_information_received(register, number, received_on=date(2026, 3, 20), actor="a",
                                    now=NOW, today=date(2026, 3, 19))  # fmt: skip
    with pytest.raises(DateBeforeReceipt, match="^Svaret søndag 1. mars 2026 kan ikke være før"):
        record_information_received(register, number, received_on=date(2026, 3, 1), actor="a",
                                    now=NOW)  # fmt: skip
    running = record_information_received(
        register, number, received_on=date(2026, 3, 19), actor="kari", now=NOW, note=" takk "
    )
    assert running.open_suspension_since is None
    assert running.as_of == date(2026, 3, 19)
    assert running.deadlines.final_deadline.on == date(2026, 5, 7)  # 27 April + 10 days
    assert [(e.kind, e.data) for e in register.events(number)] == [
        ("info_requested", {"sent_on": "2026-03-09", "what": "DPIA"}),
        ("info_received", {"received_on": "2026-03-19", "note": "takk"}),
    ]
    with pytest.raises(NoOpenSuspension):
        record_information_received(register, number, received_on=date(2026, 3, 20), actor="a",
                                    now=NOW)  # fmt: skip


def test_a_decision_closes_the_clock_and_the_case() -> None:
    register, number = register_with_case()
    with pytest.raises(
        NotifiedBeforeDispatch,
        match="^Underretningen mandag 13. april 2026 kan ikke ha kommet fram før vedtaket ble "
        "sendt tirsdag 14. april 2026.$",
    ):
        record_decision(register, number, dispatched_on=date(2026, 4, 14),
                        notified_on=date(2026, 4, 13), actor="a", now=NOW)  # fmt: skip
    assert register.events(number) == []
    clock = record_decision(register, number, dispatched_on=date(2026, 4, 14),
                            notified_on=date(2026, 4, 14), actor="kari", now=NOW)  # fmt: skip
    assert clock.is_closed and clock.decided_on == date(2026, 4, 14)
    assert clock.as_of == date(2026, 4, 14)
    assert register.get_case(number).status is CaseStatus.DECIDED
    assert register.events(number) == [
        CaseEvent("decided", NOW, "kari", {"dispatched_on": "2026-04-14",
                                           "notified_on": "2026-04-14"}),
    ]  # fmt: skip
    with pytest.raises(ClockFinished, match=r"^Saken er avsluttet \(vedtaket er sendt\)"):
        record_decision(register, number, dispatched_on=date(2026, 4, 14), actor="a", now=NOW)
    with pytest.raises(ClockFinished, match=r"^Saken er avsluttet \(vedtaket er sendt\)"):
        withdraw_case(register, number, on=date(2026, 4, 14), actor="a", now=NOW)
    with pytest.raises(ClockFinished, match=r"^Saken er avsluttet \(vedtaket er sendt\)"):
        extend_case(register, number, notice_sent_on=date(2026, 3, 20), reason="r", actor="a",
                    now=NOW)  # fmt: skip
    with pytest.raises(DateAfterDecision):
        extend_case(register, number, notice_sent_on=date(2026, 4, 20), reason="r", actor="a",
                    now=NOW)  # fmt: skip


def test_a_decision_without_a_notification_date_logs_none() -> None:
    register, number = register_with_case()
    record_decision(register, number, dispatched_on=date(2026, 4, 14), actor="a", now=NOW)
    assert register.events(number)[0].data == {"dispatched_on": "2026-04-14", "notified_on": None}


def test_a_withdrawal_closes_the_case() -> None:
    register, number = register_with_case()
    clock = withdraw_case(register, number, on=date(2026, 3, 20), actor="kari", now=NOW)
    assert clock.is_closed and clock.as_of == date(2026, 3, 20)
    assert register.get_case(number).status is CaseStatus.WITHDRAWN
    assert register.events(number) == [CaseEvent("withdrawn", NOW, "kari", {"on": "2026-03-20"})]
    with pytest.raises(ClockFinished, match="anmodningen er trukket tilbake"):
        record_decision(register, number, dispatched_on=date(2026, 3, 20), actor="a", now=NOW)


def test_a_caseworker_is_assigned_by_name_and_logged() -> None:
    register, number = register_with_case()
    with pytest.raises(CaseworkerMissing, match="^Oppgi navnet på saksbehandleren.$"):
        assign_caseworker(register, number, caseworker="  ", actor="leder", now=NOW)
    case = assign_caseworker(register, number, caseworker=" kari ", actor="leder", now=NOW)
    assert case.caseworker == "kari"
    assert register.events(number) == [CaseEvent("assigned", NOW, "leder", {"caseworker": "kari"})]
    with pytest.raises(CaseNotFound):
        assign_caseworker(register, CaseNumber(2026, 99), caseworker="kari", actor="l", now=NOW)


def test_the_deadlines_are_explained_with_their_trails_and_the_final_one_last() -> None:
    register, number = register_with_case()
    clock = case_clock(register, number, date(2026, 3, 10))
    lines = explain_deadlines(clock)
    deadlines = clock.deadlines
    assert lines[:2] == ["Svarfrist mandag 27. april 2026", ""]
    assert lines[2] == f"{deadlines.notice_target_4w.label}: mandag 30. mars 2026"
    assert lines[3] == f"    {deadlines.notice_target_4w.trail[0]}"
    labels = [line for line in lines[2:] if not line.startswith("    ")]
    assert labels == [
        f"{deadlines.notice_target_4w.label}: mandag 30. mars 2026",
        f"{deadlines.notice_limit_1m.label}: tirsdag 7. april 2026",
        f"{deadlines.d8.label}: mandag 27. april 2026",
        f"Gjeldende svarfrist: mandag 27. april 2026 ({deadlines.d8.label})",
    ]
    trail_lines = sum(len(d.trail) for d in (deadlines.notice_target_4w, deadlines.notice_limit_1m,
                                             deadlines.d8))  # fmt: skip
    assert len(lines) == 2 + 3 + trail_lines + 1
