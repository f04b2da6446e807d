"""Pure: the deadline-alert use case — plan every open case, queue what is due once, via ports.

Idempotent by construction: an alert's key names the case, the kind and the
deadline date (deadlines.alerts), the ledger holds every key ever queued, and a run queues the
due alerts whose keys are not in it. A run after days of downtime therefore queues everything
missed, once; a moved deadline gives new keys, and the old ones are never planned again (an old
alert still pending because the mail server was down is cancelled instead of sent).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from cases.model import CaseNumber
from cases.outgoing import LedgerEntry, NewOutgoingMail, OutgoingId
from cases.readmodel import OpenCase
from casework.ports import AlertLedger
from casework.staff import StaffDirectory
from deadlines.alerts import (
    AlertInput,
    PlannedAlert,
    digest_for_section_leader,
    due_alerts,
    plan_alerts,
    render_alert_text,
)
from deadlines.calendar import is_working_day, working_days_between
from deadlines.clock import CaseClock, derive_clock

DIGEST_KIND = "digest"
ALERT_KIND = "alert"


@dataclass(frozen=True, slots=True)
class AlertPolicy:
    staff: StaffDirectory
    dashboard_url: str
    yellow_days: int = 10  # R-T-16, working days before the final deadline
    red_days: int = 3


@dataclass(frozen=True, slots=True)
class AlertRunSummary:
    open_cases: int
    queued: int
    digests: int
    cancelled: int


def case_url(dashboard_url: str, number: CaseNumber) -> str:
    return case_link(dashboard_url, number.canonical)


def case_link(dashboard_url: str, canonical: str) -> str:
    """The dashboard's case page, /saker/{year}/{sequence} (dashboard.pages.case_page)."""
    return f"{dashboard_url.rstrip('/')}/saker/{canonical}"


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection while 100 000 cases are loaded and planned.

    Loading and planning create a few hundred thousand small acyclic objects (rows, clocks,
    alerts); each allocation burst would otherwise trigger full collections that scan all of
    them again. Nothing here forms reference cycles, so nothing is left for the collector, and
    it runs again as soon as the block ends. Measured in tests/bench/alerts.py.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _uncached_clock_without_events(t0: date, today: date) -> CaseClock:
    """Most open cases have no clock events yet; their clocks depend on T0 alone (shared)."""
    return derive_clock(t0, (), today)


# Cached by wrapping, not decorating: `make mutation` mutates the computation, not the cache.
_clock_without_events = lru_cache(maxsize=4096)(_uncached_clock_without_events)


def plan_open_cases(
    cases: Iterable[OpenCase], today: date, lead_days: Sequence[int] = (10, 3)
) -> tuple[list[AlertInput], list[PlannedAlert]]:
    """Derive each clock as of today and plan the alerts due by today (R-T-16); benchmarked."""
    inputs: list[AlertInput] = []
    planned: list[PlannedAlert] = []
    for case in cases:
        if case.events:
            clock = derive_clock(case.received_on, case.events, today)
        else:
            clock = _clock_without_events(case.received_on, today)
        item = AlertInput(case.number.canonical, case.caseworker, case.section, clock)
        inputs.append(item)
        planned += plan_alerts(item, lead_days, due_by=today)
    return inputs, planned


def run_alerts(
    cases: Sequence[OpenCase], ledger: AlertLedger, policy: AlertPolicy, today: date, now: datetime
) -> AlertRunSummary:
    """Queue every alert due by today that was never queued, and today's section digests.

    An alert still pending from an earlier run (the mail server was down) is written again for
    today: addressed to the case's owner now and counting the days left from today.
    """
    inputs, planned = plan_open_cases(cases, today, (policy.yellow_days, policy.red_days))
    pending = ledger.pending_alerts()
    cancelled = _cancel_stale(ledger, pending, {a.key for a in planned}, today)
    due = due_alerts(planned, today, ledger.ledger_keys(a.key for a in planned))
    by_number = {case.number.canonical: case for case in cases}
    for alert in planned:
        if alert.key in pending:
            _, mail = _alert_mail(alert, by_number[alert.case_number], policy, today)
            ledger.refresh_alert(alert.key, pending[alert.key], mail)
    queued = sum(
        ledger.record_alert(*_alert_mail(alert, by_number[alert.case_number], policy, today), now)
        is not None
        for alert in due
    )
    digests = _queue_digests(inputs, ledger, policy, today, now) if is_working_day(today) else 0
    return AlertRunSummary(len(inputs), queued, digests, cancelled)


def _cancel_stale(
    ledger: AlertLedger, pending: Mapping[str, OutgoingId], planned_keys: set[str], today: date
) -> int:
    """Pending alerts no longer planned (deadline moved, case closed) are never sent."""
    todays_digests = f"{DIGEST_KIND}:"
    stale = [
        outgoing_id
        for key, outgoing_id in pending.items()
        if key not in planned_keys
        and not (key.startswith(todays_digests) and key.endswith(f":{today.isoformat()}"))
    ]
    for outgoing_id in stale:
        ledger.cancel(outgoing_id, "superseded: the deadline moved or the case was closed")
    return len(stale)


def _alert_mail(
    alert: PlannedAlert, case: OpenCase, policy: AlertPolicy, today: date
) -> tuple[LedgerEntry, NewOutgoingMail]:
    """The ledger entry and the message for one alert, to the caseworker or the section queue."""
    if case.caseworker:
        address = policy.staff.caseworker_address(case.caseworker, case.section)
    else:
        address = policy.staff.section(case.section).queue
    url = case_url(policy.dashboard_url, case.number)
    subject, text = render_alert_text(alert, case.title, url, sent_on=today)
    entry = LedgerEntry(
        alert.key, alert.kind.value, alert.due_on, alert.deadline_on, address, case.number
    )
    mail = NewOutgoingMail(ALERT_KIND, (address,), subject, text, case_number=case.number)
    return entry, mail


def _queue_digests(
    inputs: Sequence[AlertInput],
    ledger: AlertLedger,
    policy: AlertPolicy,
    today: date,
    now: datetime,
) -> int:
    """One digest per section and working day, only when the section has cases at risk."""
    by_section: dict[str, list[AlertInput]] = defaultdict(list)
    for item in inputs:
        if _at_risk(item, today, policy.yellow_days):
            by_section[item.section].append(item)
    queued = 0
    for section, items in sorted(by_section.items()):
        subject, text = digest_for_section_leader(
            items,
            today,
            red_days=policy.red_days,
            yellow_days=policy.yellow_days,
            case_url=lambda canonical: case_link(policy.dashboard_url, canonical),
        )
        leader = policy.staff.section(section).leader
        key = f"{DIGEST_KIND}:{section}:{today.isoformat()}"
        entry = LedgerEntry(key, DIGEST_KIND, today, None, leader)
        mail = NewOutgoingMail(DIGEST_KIND, (leader,), subject, text)
        queued += ledger.record_alert(entry, mail, now) is not None
    return queued


def _at_risk(item: AlertInput, today: date, yellow_days: int) -> bool:
    clock = item.clock
    if clock.is_closed or clock.provisional:
        return False
    final_on = clock.deadlines.final_deadline.on
    return today > final_on or working_days_between(today, final_on) <= yellow_days
