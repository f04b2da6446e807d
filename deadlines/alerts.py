"""Pure: which deadline alerts a case needs, which are due today, and their bokmål text.

Sending happens elsewhere. An alert's key names the case, the kind and the deadline date, so an
alert for a deadline that has since moved is never planned again, and a ledger of sent keys makes
delivery idempotent across restarts and outages.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from deadlines.calendar import long_date, subtract_working_days, working_days_between
from deadlines.clock import CaseClock

EXTENSION_DECISION_LEAD = 5  # working days before N4W (R-T-16)
_ONE_DAY = timedelta(days=1)


class AlertKind(enum.StrEnum):
    EXTENSION_DECISION = "extension_decision"
    FINAL_WARNING_YELLOW = "final_warning_yellow"
    FINAL_WARNING_RED = "final_warning_red"
    MISSED = "missed"


# Enum attribute access and hashing are slow on Python 3.11; plan_alerts runs per open case.
_DECISION, _YELLOW, _RED, _MISSED = AlertKind


@dataclass(frozen=True, slots=True)
class AlertInput:
    """What planning needs to know about one case."""

    case_number: str  # canonical, e.g. "2026/00123"
    caseworker: str | None
    section: str
    clock: CaseClock


@dataclass(frozen=True, slots=True)
class PlannedAlert:
    """One alert to send on or after `due_on`; `key` is its idempotency key."""

    case_number: str
    kind: AlertKind
    due_on: date
    deadline_on: date
    recipient: str  # the caseworker, or "section:<name>" for the section's queue
    key: str
    label: str = ""
    trail: tuple[str, ...] = ()


@lru_cache(maxsize=65536)
def _schedule(
    n4w_on: date | None, final_on: date | None, yellow: int, red: int
) -> tuple[tuple[AlertKind, date, bool, str], ...]:
    """(kind, due_on, refers to the final deadline?, key suffix) for each alert; shared by cases."""
    steps: list[tuple[AlertKind, date, bool, date]] = []
    if n4w_on is not None:
        decide_on = subtract_working_days(n4w_on, EXTENSION_DECISION_LEAD)
        steps.append((_DECISION, decide_on, False, n4w_on))
    if final_on is not None:
        steps += [
            (_YELLOW, subtract_working_days(final_on, yellow), True, final_on),
            (_RED, subtract_working_days(final_on, red), True, final_on),
            (_MISSED, final_on + _ONE_DAY, True, final_on),
        ]
    return tuple((k, due, final, f"{k.value}:{on.isoformat()}") for k, due, final, on in steps)


def plan_alerts(
    case: AlertInput, lead_days: Sequence[int] = (10, 3), due_by: date | None = None
) -> list[PlannedAlert]:
    """R-T-16: extension decision at N4W - 5 working days; yellow/red before the final deadline.

    `lead_days` is (yellow, red) in working days. Closed cases get nothing; while the clock is
    stopped the final deadline is provisional, so only the extension alert (N4W never moves, C8).
    With `due_by`, alerts falling due later are left out (the daily run needs no more).
    """
    yellow, red = lead_days
    clock = case.clock
    if clock.is_closed:
        return []
    deadlines = clock.deadlines
    n4w, final = deadlines.notice_target_4w, deadlines.final_deadline
    # The extension alert only while an extension is still possible (until L1M, R-EXT-3).
    decide = not clock.extended and clock.as_of <= deadlines.notice_limit_1m.on
    warn_on = None if clock.provisional else final.on
    steps = _schedule(n4w.on if decide else None, warn_on, yellow, red)
    number, prefix = case.case_number, f"{case.case_number}:"
    recipient = case.caseworker or f"section:{case.section}"
    return [
        PlannedAlert(number, kind, due, d.on, recipient, prefix + suffix, d.label, d.trail)
        for kind, due, is_final, suffix in steps
        if due_by is None or due <= due_by
        for d in (final if is_final else n4w,)
    ]


def due_alerts(
    planned: Iterable[PlannedAlert], today: date, already_sent: Collection[str]
) -> list[PlannedAlert]:
    """Every alert due on or before today that is not in the ledger, once each, oldest first."""
    seen = set(already_sent)
    due = []
    for alert in planned:
        if alert.due_on <= today and alert.key not in seen:
            seen.add(alert.key)
            due.append(alert)
    return sorted(due, key=lambda a: (a.due_on, a.case_number, str.__str__(a.kind)))


_SUBJECTS = {
    AlertKind.EXTENSION_DECISION: "Sak {case}: ta stilling til forlengelse før {date}",
    AlertKind.FINAL_WARNING_YELLOW: "[Gul] Sak {case}: svarfrist {date}",
    AlertKind.FINAL_WARNING_RED: "[Rød] Sak {case}: svarfrist {date}",
    AlertKind.MISSED: "[Overskredet] Sak {case}: svarfristen {date} er passert",
}


def _intro(alert: PlannedAlert) -> str:
    if alert.kind is AlertKind.EXTENSION_DECISION:
        return (
            "Vurder om saken trenger seks ukers forlengelse. Varselet med begrunnelse bør sendes "
            f"innen {long_date(alert.deadline_on)}, og kan ikke sendes senere enn én måned "
            "etter mottak (R-EXT-3)."
        )
    if alert.kind is AlertKind.MISSED:
        return f"Svarfristen gikk ut {long_date(alert.deadline_on)} uten at svar er sendt."
    left = working_days_between(alert.due_on, alert.deadline_on)
    return f"Det er {left} virkedager igjen til svarfristen {long_date(alert.deadline_on)}."


def render_alert_text(alert: PlannedAlert, case_title: str, case_url: str) -> tuple[str, str]:
    """Subject and plain-text body in bokmål: case, date, how the date was computed, link."""
    subject = _SUBJECTS[alert.kind].format(
        case=alert.case_number, date=long_date(alert.deadline_on)
    )
    lines = [
        f"Sak {alert.case_number}: {case_title}",
        "",
        _intro(alert),
        "",
        f"{alert.label or 'Frist'}: {long_date(alert.deadline_on)}",
        "Slik er fristen beregnet:",
        *(f"  - {line}" for line in alert.trail),
        "",
        f"Åpne saken: {case_url}",
    ]
    return subject, "\n".join(lines)


def _risk_groups(
    cases: Iterable[AlertInput], today: date, red_days: int, yellow_days: int
) -> dict[str, list[tuple[AlertInput, int]]]:
    groups: dict[str, list[tuple[AlertInput, int]]] = {"over": [], "red": [], "yellow": []}
    for case in cases:
        clock = case.clock
        if clock.is_closed or clock.provisional:
            continue
        final_on = clock.deadlines.final_deadline.on
        left = working_days_between(today, final_on)
        if today > final_on:
            groups["over"].append((case, left))
        elif left <= red_days:
            groups["red"].append((case, left))
        elif left <= yellow_days:
            groups["yellow"].append((case, left))
    for rows in groups.values():
        rows.sort(key=lambda row: (row[0].clock.deadlines.final_deadline.on, row[0].case_number))
    return groups


def digest_for_section_leader(
    cases: Iterable[AlertInput], today: date, *, red_days: int = 3, yellow_days: int = 10
) -> tuple[str, str]:
    """Daily digest of open cases at risk (R-T-16): overdue, red, yellow; stopped clocks omitted."""
    groups = _risk_groups(cases, today, red_days, yellow_days)
    counts = {name: len(rows) for name, rows in groups.items()}
    subject = (
        f"Frister {long_date(today)}: {counts['over']} overskredet, "
        f"{counts['red']} røde, {counts['yellow']} gule"
    )
    if not any(counts.values()):
        return subject, f"Ingen åpne saker har svarfrist innen {yellow_days} virkedager."
    headings = {
        "over": "Overskredet",
        "red": f"Rød ({red_days} virkedager eller mindre)",
        "yellow": f"Gul ({yellow_days} virkedager eller mindre)",
    }
    lines: list[str] = []
    for name, rows in groups.items():
        if rows:
            lines += ["", f"{headings[name]}:"] if lines else [f"{headings[name]}:"]
            lines += [_digest_line(case, left, today) for case, left in rows]
    return subject, "\n".join(lines)


def _digest_line(case: AlertInput, left: int, today: date) -> str:
    final_on = case.clock.deadlines.final_deadline.on
    owner = case.caseworker or f"ingen saksbehandler ({case.section})"
    late = (today - final_on).days
    status = f"{late} dager over fristen" if late > 0 else f"{left} virkedager igjen"
    return f"  {case.case_number}  {long_date(final_on)}  ({status})  {owner}"
