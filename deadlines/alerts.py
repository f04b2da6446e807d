"""Pure: which deadline alerts a case needs, which are due today, and their bokmål text.

Sending happens elsewhere. An alert's key names the case, the kind and the deadline date, so an
alert for a deadline that has since moved is never planned again, and a ledger of sent keys makes
delivery idempotent across restarts and outages.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Iterable, Sequence
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
    last_legal_on: date | None = None  # extension decision: the one-month limit L1M (R-EXT-3)


def _uncached_schedule(
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


# Cached by wrapping, not decorating: `make mutation` mutates the computation, not the cache.
_schedule = lru_cache(maxsize=65536)(_uncached_schedule)


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
    limit_on = deadlines.notice_limit_1m.on
    return [
        PlannedAlert(
            number,
            kind,
            due,
            d.on,
            recipient,
            prefix + suffix,
            d.label,
            d.trail,
            None if is_final else limit_on,
        )  # fmt: skip
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


def _subject(alert: PlannedAlert, sent_on: date) -> str:
    case, deadline_on = alert.case_number, alert.deadline_on
    if alert.kind is AlertKind.EXTENSION_DECISION:
        if sent_on < deadline_on:
            return f"Sak {case}: ta stilling til forlengelse før {long_date(deadline_on)}"
        limit_on = alert.last_legal_on or deadline_on
        return f"Sak {case}: siste dag for varsel om forlengelse er {long_date(limit_on)}"
    if alert.kind is AlertKind.MISSED or sent_on > deadline_on:
        return f"[Overskredet] Sak {case}: svarfristen {long_date(deadline_on)} er passert"
    colour = "Gul" if alert.kind is AlertKind.FINAL_WARNING_YELLOW else "Rød"
    return f"[{colour}] Sak {case}: svarfrist {long_date(deadline_on)}"


def _working_days(n: int) -> str:
    return "1 virkedag" if n == 1 else f"{n} virkedager"


def _extension_intro(alert: PlannedAlert, sent_on: date) -> str:
    """What to decide and by when, counted from the day the alert is sent (never a past date)."""
    target_on = alert.deadline_on
    limit_on = alert.last_legal_on or target_on
    ask = "Vurder om saken trenger seks ukers forlengelse."
    last = f"Siste lovlige dag for varselet med begrunnelse er {long_date(limit_on)}"
    if sent_on < target_on:
        return (
            f"{ask} Varselet med begrunnelse bør sendes innen {long_date(target_on)} "
            f"(fire uker etter mottak). {last} (én måned etter mottak)."
        )
    if sent_on < limit_on:
        left = _working_days(working_days_between(sent_on, limit_on))
        return (
            f"{ask} Målet på fire uker ({long_date(target_on)}) er passert. {last}, "
            f"om {left} (én måned etter mottak)."
        )
    return f"{ask} {last}: i dag (én måned etter mottak). Senere kan fristen ikke forlenges."


def _intro(alert: PlannedAlert, sent_on: date) -> str:
    if alert.kind is AlertKind.EXTENSION_DECISION:
        return _extension_intro(alert, sent_on)
    if alert.kind is AlertKind.MISSED or sent_on > alert.deadline_on:
        return f"Svarfristen gikk ut {long_date(alert.deadline_on)} uten at svar er sendt."
    left = working_days_between(sent_on, alert.deadline_on)
    if left == 0:
        return f"Svarfristen er i dag, {long_date(alert.deadline_on)}."
    return f"Det er {_working_days(left)} igjen til svarfristen {long_date(alert.deadline_on)}."


def render_alert_text(
    alert: PlannedAlert, case_title: str, case_url: str, sent_on: date | None = None
) -> tuple[str, str]:
    """Subject and plain-text body in bokmål: case, date, how the date was computed, link.

    Working days are counted from `sent_on`, the day the alert goes out (default: its due day),
    so an alert sent late after an outage states what is left on the day it is read.
    """
    sent_on = sent_on or alert.due_on
    lines = [
        f"Sak {alert.case_number}: {case_title}",
        "",
        _intro(alert, sent_on),
        "",
        f"{alert.label or 'Frist'}: {long_date(alert.deadline_on)}",
        "Slik er fristen beregnet:",
        *(f"  - {line}" for line in alert.trail),
        "",
        f"Åpne saken: {case_url}",
    ]
    return _subject(alert, sent_on), "\n".join(lines)


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


def _counted(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


def digest_for_section_leader(
    cases: Iterable[AlertInput],
    today: date,
    *,
    red_days: int = 3,
    yellow_days: int = 10,
    case_url: Callable[[str], str] | None = None,
) -> tuple[str, str]:
    """Daily digest of open cases at risk (R-T-16): overdue, red, yellow; stopped clocks omitted.

    With `case_url` (canonical case number -> address) each row is followed by its link.
    """
    groups = _risk_groups(cases, today, red_days, yellow_days)
    counts = {name: len(rows) for name, rows in groups.items()}
    subject = (
        f"Frister {long_date(today)}: {counts['over']} overskredet, "
        f"{_counted(counts['red'], 'rød', 'røde')}, {_counted(counts['yellow'], 'gul', 'gule')}"
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
            for case, left in rows:
                lines.append(_digest_line(case, left, today))
                if case_url is not None:
                    lines.append(f"    {case_url(case.case_number)}")
    return subject, "\n".join(lines)


def _digest_line(case: AlertInput, left: int, today: date) -> str:
    final_on = case.clock.deadlines.final_deadline.on
    owner = case.caseworker or f"ingen saksbehandler ({case.section})"
    late = (today - final_on).days
    over = _counted(late, "dag", "dager")
    status = f"{over} over fristen" if late > 0 else f"{_working_days(left)} igjen"
    return f"  {case.case_number}  {long_date(final_on)}  ({status})  {owner}"
