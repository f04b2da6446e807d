"""Case-clock commands on the register (SQLite and PostgreSQL): P5, R-EXT-3, R-T-13, closing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cases.model import CaseStatus
from casework import clock_commands
from config import wiring
from deadlines.clock import (
    ClockFinished,
    DateAfterDecision,
    DateInFuture,
    ExtensionNoticeTooLate,
    ExtensionOverrideRequired,
    Milestone,
    NoOpenSuspension,
)
from tests.integration.alert_helpers import alert_settings, open_case

NOW = datetime(2026, 4, 1, 8, 0, tzinfo=UTC)
T0 = date(2026, 3, 20)  # Example A: N4W Fri 17 April, L1M Mon 20 April, D8 Fri 15 May


def test_extension_after_the_one_month_limit_is_refused(database_url: str, tmp_path: Path) -> None:
    settings = alert_settings(database_url, tmp_path)
    number = open_case(settings, T0)
    with pytest.raises(ExtensionNoticeTooLate), wiring.register(settings) as register:
        clock_commands.extend_case(
            register,
            number,
            notice_sent_on=date(2026, 4, 21),
            reason="Kompleks",
            override_reason="for sent",
            actor="kari",
            now=NOW,
        )
    with wiring.register(settings) as register:
        assert register.events(number) == []


def test_extension_after_four_weeks_needs_an_override_reason_which_is_logged(
    database_url: str, tmp_path: Path
) -> None:
    settings = alert_settings(database_url, tmp_path)
    number = open_case(settings, T0)
    late = date(2026, 4, 20)  # after N4W, on L1M
    with pytest.raises(ExtensionOverrideRequired), wiring.register(settings) as register:
        clock_commands.extend_case(
            register, number, notice_sent_on=late, reason="Kompleks", actor="kari", now=NOW
        )
    with wiring.register(settings) as register:
        clock = clock_commands.extend_case(register, number, notice_sent_on=late, reason="Kompleks",
                                     override_reason="Sykdom", actor="kari", now=NOW)  # fmt: skip
        [event] = register.events(number)
    assert clock.extended and clock.deadlines.final_deadline.on == date(2026, 6, 26)
    assert event.kind == "extended" and event.actor == "kari"
    assert event.data == {"notice_sent_on": "2026-04-20", "reason": "Kompleks",
                          "override_reason": "Sykdom"}  # fmt: skip


def test_an_information_request_and_its_answer_move_d8(database_url: str, tmp_path: Path) -> None:
    settings = alert_settings(database_url, tmp_path)
    number = open_case(settings, T0)
    with wiring.register(settings) as register:
        stopped = clock_commands.request_information(register, number, sent_on=date(2026, 4, 1),
                                               what="Del 5", actor="kari", now=NOW)  # fmt: skip
        running = clock_commands.record_information_received(
            register, number, received_on=date(2026, 4, 15), actor="kari", now=NOW
        )
    assert stopped.milestone is Milestone.CLOCK_STOPPED and stopped.provisional
    assert running.deadlines.d8.on == date(2026, 5, 29)  # V07: + 14 suspended days
    with pytest.raises(NoOpenSuspension), wiring.register(settings) as register:
        clock_commands.record_information_received(
            register, number, received_on=date(2026, 4, 16), actor="kari", now=NOW
        )


def test_decision_and_withdrawal_close_the_clock(database_url: str, tmp_path: Path) -> None:
    settings = alert_settings(database_url, tmp_path)
    decided, withdrawn = open_case(settings, T0), open_case(settings, T0)
    with wiring.register(settings) as register:
        clock = clock_commands.record_decision(register, decided, dispatched_on=date(2026, 7, 8),
                                         actor="kari", now=NOW)  # fmt: skip
        clock_commands.withdraw_case(
            register, withdrawn, on=date(2026, 4, 2), actor="kari", now=NOW
        )
        assert register.get_case(decided).status is CaseStatus.DECIDED
        assert register.get_case(withdrawn).status is CaseStatus.WITHDRAWN
    assert clock.is_closed and clock.deadlines.appeal_deadline is not None
    assert clock.deadlines.appeal_deadline.on == date(2026, 7, 29)  # Example A, R-AP-2
    with pytest.raises(ClockFinished), wiring.register(settings) as register:
        clock_commands.request_information(
            register, withdrawn, sent_on=date(2026, 4, 3), what="x", actor="kari", now=NOW
        )


def test_assigning_a_caseworker_is_logged(database_url: str, tmp_path: Path) -> None:
    settings = alert_settings(database_url, tmp_path)
    number = open_case(settings, T0)
    with wiring.register(settings) as register:
        case = clock_commands.assign_caseworker(register, number, caseworker="kari", actor="leder",
                                          now=NOW)  # fmt: skip
        [event] = register.events(number)
    assert case.caseworker == "kari"
    assert (event.kind, event.actor, event.data) == ("assigned", "leder", {"caseworker": "kari"})


def test_dates_in_the_future_before_t0_or_after_the_decision_are_refused(
    database_url: str, tmp_path: Path
) -> None:
    settings = alert_settings(database_url, tmp_path)
    number = open_case(settings, T0)
    today = date(2026, 4, 1)
    with pytest.raises(DateInFuture) as future, wiring.register(settings) as register:
        clock_commands.request_information(
            register,
            number,
            sent_on=date(2026, 4, 15),
            what="DPIA",
            actor="kari",
            now=NOW,
            today=today,
        )
    assert future.value.user_message() == (
        "Forespørselen onsdag 15. april 2026 er fram i tid. Registrer hendelsen den dagen den "
        "skjer (i dag er onsdag 1. april 2026)."
    )
    with pytest.raises(DateInFuture), wiring.register(settings) as register:
        clock_commands.extend_case(
            register,
            number,
            notice_sent_on=date(2026, 4, 2),
            reason="x",
            actor="kari",
            now=NOW,
            today=today,
        )
    with pytest.raises(clock_commands.DateBeforeReceipt), wiring.register(settings) as register:
        clock_commands.record_decision(
            register, number, dispatched_on=date(2026, 3, 19), actor="kari", now=NOW, today=today
        )
    with wiring.register(settings) as register:
        assert register.events(number) == []
        clock_commands.request_information(
            register,
            number,
            sent_on=date(2026, 3, 25),
            what="DPIA",
            actor="kari",
            now=NOW,
            today=today,
        )
        clock_commands.record_decision(
            register, number, dispatched_on=date(2026, 3, 30), actor="kari", now=NOW, today=today
        )
    with pytest.raises(DateAfterDecision) as late, wiring.register(settings) as register:
        clock_commands.record_information_received(
            register, number, received_on=date(2026, 3, 31), actor="kari", now=NOW, today=today
        )
    assert "etter at saken ble avgjort mandag 30. mars 2026" in late.value.user_message()
    with pytest.raises(ClockFinished) as closed, wiring.register(settings) as register:
        clock_commands.withdraw_case(
            register, number, on=date(2026, 3, 30), actor="kari", now=NOW, today=today
        )
    assert "vedtaket er sendt" in closed.value.user_message()
