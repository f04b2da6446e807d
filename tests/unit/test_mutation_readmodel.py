"""cases/readmodel.py: the copy of a case's clock events the dashboard reads instead of the log."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cases.model import CaseEvent
from cases.readmodel import clock_events, clock_log
from deadlines.clock import derive_clock

OSLO_WINTER = timezone(timedelta(hours=1))


def test_only_clock_events_are_kept_each_with_only_the_dates_the_clock_reads() -> None:
    log = clock_log(
        [
            ("received", datetime(2026, 1, 5, 9, 0, tzinfo=UTC), {"subject": "DPIA"}),
            (
                "info_requested",
                datetime(2026, 1, 20, 10, 0, tzinfo=UTC),
                {"sent_on": date(2026, 1, 20), "letter": "hemmelig innhold"},
            ),
            ("note", datetime(2026, 1, 21, 10, 0, tzinfo=UTC), {"text": "x"}),
            ("info_received", datetime(2026, 2, 2, 8, tzinfo=UTC), {"received_on": "2026-02-02"}),
            ("extended", datetime(2026, 2, 10, 8, 0, tzinfo=UTC), {"reason": "komplisert"}),
        ]
    )
    assert log == (
        '[["info_requested","2026-01-20T10:00:00+00:00",{"sent_on":"2026-01-20"}],'
        '["info_received","2026-02-02T08:00:00+00:00",{"received_on":"2026-02-02"}],'
        '["extended","2026-02-10T08:00:00+00:00",{}]]'
    )


def test_a_decision_keeps_both_its_dates_and_a_withdrawal_its_day() -> None:
    at = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    decided = {"dispatched_on": "2026-03-02", "notified_on": "2026-03-03", "by": "kari"}
    assert clock_log([("decided", at, decided), ("withdrawn", at, {"on": "2026-03-04"})]) == (
        '[["decided","2026-03-02T12:00:00+00:00",'
        '{"dispatched_on":"2026-03-02","notified_on":"2026-03-03"}],'
        '["withdrawn","2026-03-02T12:00:00+00:00",{"on":"2026-03-04"}]]'
    )


def test_a_date_that_is_absent_or_none_is_left_out_and_missing_data_is_no_data() -> None:
    at = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert clock_log([("decided", at, {"dispatched_on": None}), ("withdrawn", at, None)]) == (
        '[["decided","2026-03-02T12:00:00+00:00",{}],["withdrawn","2026-03-02T12:00:00+00:00",{}]]'
    )


def test_times_are_written_in_utc_whether_naive_or_in_another_zone() -> None:
    naive = datetime(2026, 1, 5, 9, 0)  # SQLite hands back naive UTC
    oslo = datetime(2026, 1, 5, 10, 0, tzinfo=OSLO_WINTER)
    assert clock_log([("extended", naive, {}), ("extended", oslo, {})]) == (
        '[["extended","2026-01-05T09:00:00+00:00",{}],["extended","2026-01-05T09:00:00+00:00",{}]]'
    )


def test_non_ascii_stays_readable() -> None:
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert clock_log([("withdrawn", at, {"on": "fredag 9. januar – ø"})]) == (
        '[["withdrawn","2026-01-05T09:00:00+00:00",{"on":"fredag 9. januar – ø"}]]'
    )


def test_no_clock_events_is_the_empty_text_and_reads_back_as_none() -> None:
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert clock_log([]) == ""
    assert clock_log([("received", at, {}), ("note", at, {"text": "x"})]) == ""
    assert clock_events("") == []


def test_the_copy_reads_back_as_events_the_clock_derives_the_same_deadlines_from() -> None:
    events = [
        CaseEvent("info_requested", datetime(2026, 1, 20, 10, 0, tzinfo=UTC), "kari",
                  {"sent_on": "2026-01-20"}),
        CaseEvent("info_received", datetime(2026, 2, 2, 8, 0, tzinfo=UTC), "kari",
                  {"received_on": "2026-02-02"}),
    ]  # fmt: skip
    copied = clock_events(clock_log((e.kind, e.at, e.data) for e in events))
    assert copied == [
        CaseEvent("info_requested", datetime(2026, 1, 20, 10, 0, tzinfo=UTC), "",
                  {"sent_on": "2026-01-20"}),
        CaseEvent("info_received", datetime(2026, 2, 2, 8, 0, tzinfo=UTC), "",
                  {"received_on": "2026-02-02"}),
    ]  # fmt: skip
    received, today = date(2026, 1, 5), date(2026, 3, 1)
    assert derive_clock(received, copied, today) == derive_clock(received, events, today)


def test_a_naive_time_is_utc_whatever_zone_the_machine_is_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        naive, oslo = datetime(2026, 7, 1, 9, 0), datetime(2026, 7, 1, 11, 0, tzinfo=OSLO_WINTER)
        assert clock_log([("extended", naive, {}), ("extended", oslo, {})]) == (
            '[["extended","2026-07-01T09:00:00+00:00",{}],'
            '["extended","2026-07-01T10:00:00+00:00",{}]]'
        )
    finally:
        monkeypatch.undo()
        time.tzset()
