"""cases.clock_log, the copy of each case's clock events the dashboard reads instead of joining
the log (ADR 0010), on SQLite and PostgreSQL: kept by the register, filled by 0015."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from alembic import command
from sqlalchemy import select

from cases import migrate
from cases.model import CaseNumber
from cases.orm import CaseRow
from cases.queries import dashboard_cases
from cases.readmodel import clock_log
from casework import clock_commands
from config import wiring
from dashboard import frames
from deadlines.clock import derive_clock
from tests.integration.test_register import new_case, settings_for

pytestmark = pytest.mark.postgres

TODAY = date(2027, 2, 1)
T0 = date(2026, 12, 31)  # new_case's receipt date


def _kept_log(url: str, number: CaseNumber) -> str:
    with wiring.session(settings_for(url)) as session:
        query = select(CaseRow.clock_log).where(CaseRow.sequence == number.sequence)
        return str(session.scalar(query))


def _assert_dashboard_matches_the_log(url: str, number: CaseNumber, caseworker: str) -> None:
    """The stored copy is the log's clock events, and the dashboard's row says what the clock
    derived from the whole log says."""
    with wiring.register(settings_for(url)) as register:
        events = register.events(number)
    with wiring.session(settings_for(url)) as session:
        rows = dashboard_cases(session, None, open_only=False)
    (row,) = [r for r in rows if r.sequence == number.sequence]
    assert row.clock_log == clock_log((e.kind, e.at, e.data) for e in events)
    (shown,) = [line for line in frames.case_lines(rows, TODAY) if line.sequence == row.sequence]
    clock = derive_clock(T0, events, TODAY)
    assert shown.milestone == clock.milestone.value
    assert shown.final_on == clock.deadlines.final_deadline.on
    assert shown.stopped_since == clock.open_suspension_since
    assert shown.deadline_on == frames.applicable_deadline(clock)
    assert shown.caseworker == caseworker


def test_the_copy_follows_a_clock_stop_an_extension_and_a_reassignment(database_url: str) -> None:
    now = datetime(2027, 1, 4, 9, tzinfo=UTC)
    with wiring.register(settings_for(database_url)) as register:
        number = register.open_case(new_case()).number
    assert _kept_log(database_url, number) == ""
    _assert_dashboard_matches_the_log(database_url, number, "")

    steps = [
        ("", lambda r, at: clock_commands.request_information(
            r, number, sent_on=date(2027, 1, 5), what="DPIA", actor="kari", now=at)),
        ("", lambda r, at: clock_commands.record_information_received(
            r, number, received_on=date(2027, 1, 12), actor="kari", now=at)),
        ("", lambda r, at: clock_commands.extend_case(
            r, number, notice_sent_on=date(2027, 1, 20), reason="Kompleks", actor="kari", now=at)),
        ("kari", lambda r, at: clock_commands.assign_caseworker(
            r, number, caseworker="kari", actor="leder", now=at)),
        ("kari", lambda r, at: clock_commands.request_information(
            r, number, sent_on=date(2027, 1, 25), what="Mer", actor="kari", now=at)),
        ("ola", lambda r, at: clock_commands.assign_caseworker(
            r, number, caseworker="ola", actor="leder", now=at)),
    ]  # fmt: skip
    milestones = []
    for caseworker, step in steps:
        now += timedelta(days=1)
        with wiring.register(settings_for(database_url)) as register:
            step(register, now)
        _assert_dashboard_matches_the_log(database_url, number, caseworker)
        with wiring.session(settings_for(database_url)) as session:
            rows = dashboard_cases(session, None)
            milestones.append(frames.case_lines(rows, TODAY)[0].milestone)
    # the copy moved with the log: stopped, running again, extended, and stopped again
    assert milestones == ["clock_stopped", "running_8w", "extended_14w", "extended_14w",
                          "clock_stopped", "clock_stopped"]  # fmt: skip


def test_the_migration_fills_the_copy_from_the_log(database_url: str) -> None:
    """0015 on a register with clock events: the copy equals what the register would keep."""
    now = datetime(2027, 1, 6, 9, tzinfo=UTC)
    with wiring.register(settings_for(database_url)) as register:
        number = register.open_case(new_case()).number
        untouched = register.open_case(new_case()).number
        clock_commands.request_information(
            register, number, sent_on=date(2027, 1, 5), what="DPIA", actor="kari", now=now
        )
        clock_commands.record_information_received(
            register, number, received_on=date(2027, 1, 12), actor="kari", now=now
        )
    kept = _kept_log(database_url, number)
    assert '"received_on":"2027-01-12"' in kept
    engine = wiring.engine(settings_for(database_url))
    config = migrate.alembic_config(database_url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014")
    engine.dispose()
    migrate.upgrade(wiring.engine(settings_for(database_url)))
    assert _kept_log(database_url, number) == kept
    assert _kept_log(database_url, untouched) == ""
    _assert_dashboard_matches_the_log(database_url, number, "")
