"""Pure: the case-clock use cases — validate, log an event, update the case.

Deadlines are never stored: they are derived from T0 and the event log (deadlines.clock), so a
corrected event always gives the right date. Every command checks the time rules first
(R-EXT-1..3 and P5 for extensions, R-T-13 for clock stops) and raises a CaseworkError a caseworker
can act on; nothing is written when a check fails.
"""

from __future__ import annotations

from datetime import date, datetime

from cases.errors import CaseworkError
from cases.model import Case, CaseEvent, CaseNumber, CaseStatus
from casework.ports import CaseClockRegister
from deadlines.calendar import long_date
from deadlines.clock import (
    CaseClock,
    ClockFinished,
    check_event_date,
    check_extension,
    check_info_received,
    check_info_request,
    closed_state_text,
    derive_clock,
)


class DateBeforeReceipt(CaseworkError):
    code = "date_before_receipt"
    template = "{what} {on} kan ikke være før anmodningen ble mottatt {t0}."


class NotifiedBeforeDispatch(CaseworkError):
    code = "notified_before_dispatch"
    template = "Underretningen {notified} kan ikke ha kommet fram før vedtaket ble sendt {sent}."


class CaseworkerMissing(CaseworkError):
    code = "caseworker_missing"
    template = "Oppgi navnet på saksbehandleren."


def case_clock(cases: CaseClockRegister, number: CaseNumber, today: date) -> CaseClock:
    """The case's clock as of today, from T0 and its event log."""
    case = cases.get_case(number)
    return derive_clock(case.received_on, cases.events(number), today)


def _iso(day: date) -> str:
    return day.isoformat()


def _not_before_t0(clock: CaseClock, on: date, what: str) -> None:
    if on < clock.t0:
        raise DateBeforeReceipt(what=what, on=long_date(on), t0=long_date(clock.t0))


def _valid_date(clock: CaseClock, on: date, what: str, today: date | None) -> None:
    """Every sent or received date: not in the future, not before T0, not after the decision."""
    check_event_date(clock, on, what, today)
    _not_before_t0(clock, on, what)


def _refuse_closed(clock: CaseClock) -> None:
    if clock.is_closed:
        raise ClockFinished(state=closed_state_text(clock))


def extend_case(
    cases: CaseClockRegister,
    number: CaseNumber,
    *,
    notice_sent_on: date,
    reason: str,
    override_reason: str | None = None,
    actor: str,
    now: datetime,
    today: date | None = None,
) -> CaseClock:
    """Six weeks more (R-EXT): refused after L1M; after N4W only with a logged override (P5)."""
    clock = case_clock(cases, number, notice_sent_on)
    _valid_date(clock, notice_sent_on, "Varselet", today)
    _refuse_closed(clock)
    note = check_extension(
        clock.t0, notice_sent_on, reason, override_reason, already_extended=clock.extended
    )
    data: dict[str, object] = {"notice_sent_on": _iso(notice_sent_on), "reason": reason.strip()}
    data["override_reason"] = None if note is None else (override_reason or "").strip()
    cases.append_event(number, CaseEvent("extended", now, actor, data))
    return case_clock(cases, number, notice_sent_on)


def request_information(
    cases: CaseClockRegister,
    number: CaseNumber,
    *,
    sent_on: date,
    what: str,
    actor: str,
    now: datetime,
    today: date | None = None,
) -> CaseClock:
    """Stop the clock from the day the request is sent (R-T-13)."""
    clock = case_clock(cases, number, sent_on)
    check_event_date(clock, sent_on, "Forespørselen", today)
    check_info_request(clock, sent_on)
    data: dict[str, object] = {"sent_on": _iso(sent_on), "what": what.strip()}
    cases.append_event(number, CaseEvent("info_requested", now, actor, data))
    return case_clock(cases, number, sent_on)


def record_information_received(
    cases: CaseClockRegister,
    number: CaseNumber,
    *,
    received_on: date,
    actor: str,
    now: datetime,
    note: str = "",
    today: date | None = None,
) -> CaseClock:
    """Restart the clock: the suspended days R - S are added to D8/D14 (R-T-13)."""
    clock = case_clock(cases, number, received_on)
    check_event_date(clock, received_on, "Svaret", today)
    _not_before_t0(clock, received_on, "Svaret")
    check_info_received(clock, received_on)
    data: dict[str, object] = {"received_on": _iso(received_on), "note": note.strip()}
    cases.append_event(number, CaseEvent("info_received", now, actor, data))
    return case_clock(cases, number, received_on)


def record_decision(
    cases: CaseClockRegister,
    number: CaseNumber,
    *,
    dispatched_on: date,
    notified_on: date | None = None,
    actor: str,
    now: datetime,
    today: date | None = None,
) -> CaseClock:
    """Close the clock on the dispatch date (R-T-14); the appeal deadline runs (R-AP-2)."""
    clock = case_clock(cases, number, dispatched_on)
    _refuse_closed(clock)
    _valid_date(clock, dispatched_on, "Vedtaket", today)
    if notified_on is not None and notified_on < dispatched_on:
        raise NotifiedBeforeDispatch(notified=long_date(notified_on), sent=long_date(dispatched_on))
    data: dict[str, object] = {
        "dispatched_on": _iso(dispatched_on),
        "notified_on": None if notified_on is None else _iso(notified_on),
    }
    cases.append_event(number, CaseEvent("decided", now, actor, data))
    cases.set_status(number, CaseStatus.DECIDED)
    return case_clock(cases, number, dispatched_on)


def withdraw_case(
    cases: CaseClockRegister,
    number: CaseNumber,
    *,
    on: date,
    actor: str,
    now: datetime,
    today: date | None = None,
) -> CaseClock:
    """The controller withdrew the request: the case is closed («henlagt»), no more alerts."""
    clock = case_clock(cases, number, on)
    _refuse_closed(clock)
    _valid_date(clock, on, "Tilbaketrekningen", today)
    cases.append_event(number, CaseEvent("withdrawn", now, actor, {"on": _iso(on)}))
    cases.set_status(number, CaseStatus.WITHDRAWN)
    return case_clock(cases, number, on)


def assign_caseworker(
    cases: CaseClockRegister, number: CaseNumber, *, caseworker: str, actor: str, now: datetime
) -> Case:
    """Give the case an owner: later alerts go to them instead of the section's queue."""
    if not caseworker.strip():
        raise CaseworkerMissing()
    cases.get_case(number)
    cases.set_caseworker(number, caseworker.strip())
    data: dict[str, object] = {"caseworker": caseworker.strip()}
    cases.append_event(number, CaseEvent("assigned", now, actor, data))
    return cases.get_case(number)


def explain_deadlines(clock: CaseClock) -> list[str]:
    """Each deadline with the trail that explains it, in bokmål."""
    lines = [clock.status_line(), ""]
    for name, deadline in clock.deadlines.as_mapping().items():
        if deadline is None or name == "final_deadline":
            continue
        lines.append(f"{deadline.label}: {long_date(deadline.on)}")
        lines += [f"    {line}" for line in deadline.trail]
    final = clock.deadlines.final_deadline
    lines.append(f"Gjeldende svarfrist: {long_date(final.on)} ({final.label})")
    return lines
