"""Pure: Norwegian legal calendar and the Art. 36 deadlines (R-T-1 to R-T-14, R-AP-2, R-CAL-1).

Every date is an Oslo calendar date (R-T-1); the caller supplies it. Results are explained in
bokmål (`Deadline.trail`) so a caseworker can check the arithmetic by hand.
"""

from __future__ import annotations

import calendar as _gregorian
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip
DEADLINE_NAMES = (
    "notice_target_4w",
    "notice_limit_1m",
    "d8",
    "d14",
    "final_deadline",
    "appeal_deadline",
)
_ONE_DAY = timedelta(days=1)
_HOLIDAYS_BY_YEAR: dict[int, dict[date, str]] = {}


def _holidays_in(year: int) -> dict[date, str]:
    """R-CAL-1 via the `holidays` package (P3): explicit arguments, one lookup table per year."""
    try:
        return _HOLIDAYS_BY_YEAR[year]
    except KeyError:
        found = holidays.country_holidays("NO", years=year, include_sundays=False, language="no")
        table = _HOLIDAYS_BY_YEAR[year] = {day: str(name) for day, name in found.items()}
        return table


def public_holidays(year: int) -> dict[date, str]:
    """The Norwegian public holidays of a year with their bokmål names (R-CAL-1)."""
    return dict(_holidays_in(year))


def is_public_holiday(d: date) -> bool:
    """1 and 17 May, Easter, Ascension, Whitsun, Christmas, New Year (R-CAL-1); not 24/31 Dec."""
    return d in _holidays_in(d.year)


def is_working_day(d: date) -> bool:
    """Monday to Friday and not a public holiday (R-T-9)."""
    return d.weekday() < 5 and d not in _holidays_in(d.year)


def roll_forward(d: date) -> date:
    """The day itself if it is a working day, else the next working day (R-T-7)."""
    while not is_working_day(d):
        d += _ONE_DAY
    return d


def plus_months(d: date, n: int) -> date:
    """Same day-of-month n months later, clamped to the month's last day (R-T-5)."""
    index = d.month - 1 + n
    year, month = d.year + index // 12, index % 12 + 1
    return date(year, month, min(d.day, _gregorian.monthrange(year, month)[1]))


def _uncached_subtract_working_days(d: date, n: int) -> date:
    """The working day n working days before d (alert lead times, R-T-16)."""
    counted = 0
    while counted < n:
        d -= _ONE_DAY
        if is_working_day(d):
            counted += 1
    return d


# Cached by wrapping, not decorating (so are the others in this module): `make mutation`
# mutates the computation, not the cache.
subtract_working_days = lru_cache(maxsize=65536)(_uncached_subtract_working_days)


def _uncached_working_days_between(a: date, b: date) -> int:
    """Working days d with a < d <= b; negative (days in (b, a]) when b is before a."""
    if b < a:
        return -working_days_between(b, a)
    whole_weeks, rest = divmod((b - a).days, 7)
    count = 5 * whole_weeks - sum(1 for h in _holidays_between(a, b) if h.weekday() < 5)
    day = a + timedelta(days=7 * whole_weeks)
    for _ in range(rest):
        day += _ONE_DAY
        count += day.weekday() < 5
    return count


working_days_between = lru_cache(maxsize=65536)(_uncached_working_days_between)


def _holidays_between(a: date, b: date) -> Iterable[date]:
    for year in range(a.year, b.year + 1):
        yield from (h for h in _holidays_in(year) if a < h <= b)


def suspended_days(intervals: Iterable[tuple[date, date]]) -> int:
    """S of R-T-13: closed intervals [S, R] count R - S days each, overlaps merged."""
    total, current = 0, None
    for start, end in sorted(intervals):
        if end < start:
            raise ValueError(f"svar {end.isoformat()} er før forespørsel {start.isoformat()}")
        if current is not None and start <= current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current is not None:
            total += (current[1] - current[0]).days
        current = (start, end)
    if current is not None:
        total += (current[1] - current[0]).days
    return total


def long_date(d: date) -> str:
    """«onsdag 18. mars 2026» without depending on the process locale."""
    return f"{WEEKDAYS[d.weekday()]} {d.day}. {MONTHS[d.month - 1]} {d.year}"


@dataclass(frozen=True, slots=True)
class Deadline:
    """One computed deadline with the raw (unrolled) date and its explanation in bokmål."""

    name: str
    label: str
    raw_on: date
    on: date
    trail: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DeadlineSet:
    """All deadlines of a case; `final_deadline` is `d14` if extended, else `d8` (R-T-14)."""

    notice_target_4w: Deadline
    notice_limit_1m: Deadline
    d8: Deadline
    d14: Deadline | None
    final_deadline: Deadline
    appeal_deadline: Deadline | None

    def as_mapping(self) -> dict[str, Deadline | None]:
        """The deadlines by name, in the order of DEADLINE_NAMES."""
        return {name: getattr(self, name) for name in DEADLINE_NAMES}


def _why_closed(d: date) -> str:
    reasons = [WEEKDAYS[d.weekday()]] if d.weekday() >= 5 else []
    names = _holidays_in(d.year).get(d)
    if names:  # the package joins coinciding holidays with "; " (17 May 2027)
        reasons += names.split("; ")
    return " og ".join(reasons)


def _rolled(raw: date) -> tuple[date, str]:
    """R-T-7/R-T-8: roll once, at the end, and say why each skipped day is not a working day."""
    if is_working_day(raw):
        return raw, f"{long_date(raw)} er en virkedag"
    skipped, day = [], raw
    while not is_working_day(day):
        skipped.append(f"{long_date(day)} er {_why_closed(day)}")
        day += _ONE_DAY
    return day, "; ".join(skipped) + f" → flyttet til {long_date(day)}"


def _days(n: int) -> str:
    return f"{n} dag" if n == 1 else f"{n} dager"


def _deadline(name: str, label: str, raw: date, lines: list[str]) -> Deadline:
    on, roll_line = _rolled(raw)
    return Deadline(name, label, raw, on, (*lines, roll_line))


def _uncached_weeks_deadline(
    name: str, label: str, t0: date, weeks: str, days: int, s: int | None
) -> Deadline:
    """R-T-3/R-T-4 (+ R-T-13 suspended days when `s` is given), rolled once (R-T-8)."""
    raw = t0 + timedelta(days=days)
    lines = [f"Mottatt (T0) {long_date(t0)}", f"+ {days} dager ({weeks}) = {long_date(raw)}"]
    if s is not None:
        raw += timedelta(days=s)
        lines.append(f"+ {_days(s)} fristen sto stille = {long_date(raw)}")
    return _deadline(name, label, raw, lines)


_weeks_deadline = lru_cache(maxsize=65536)(_uncached_weeks_deadline)


def _not_suspended(deadline: Deadline, suspended: bool) -> Deadline:
    """C8: N4W and L1M are never moved by a clock stop; say so when there was one."""
    if not suspended:
        return deadline
    note = "Stans i saksbehandlingsfristen flytter ikke denne fristen (R-T-12)"
    trail = (*deadline.trail[:-1], note, deadline.trail[-1])
    return Deadline(deadline.name, deadline.label, deadline.raw_on, deadline.on, trail)


def _month_deadline(t0: date) -> Deadline:
    """L1M = roll_forward(T0 + 1 month), end-of-month clamp (R-T-5, R-T-12)."""
    raw = plus_months(t0, 1)
    line = f"+ 1 måned = {long_date(raw)}"
    if raw.day != t0.day:
        line += f" ({t0.day}. {MONTHS[raw.month - 1]} finnes ikke; siste dag i måneden)"
    label = "Siste frist for å varsle forlengelse (1 måned)"
    return _deadline("notice_limit_1m", label, raw, [f"Mottatt (T0) {long_date(t0)}", line])


def _uncached_appeal_deadline(notified_on: date) -> Deadline:
    """Three weeks from the day the notification reached the party, rolled (R-AP-2, R-T-19)."""
    raw = notified_on + timedelta(days=21)
    lines = [
        f"Underretning om vedtaket kom fram {long_date(notified_on)}",
        f"+ 21 dager (3 uker) = {long_date(raw)}",
    ]
    return _deadline("appeal_deadline", "Klagefrist (3 uker)", raw, lines)


appeal_deadline = lru_cache(maxsize=16384)(_uncached_appeal_deadline)


def compute_deadlines(
    t0: date,
    suspensions: Sequence[tuple[date, date]] = (),
    extended: bool = False,
    notified_on: date | None = None,
) -> DeadlineSet:
    """N4W, L1M, D8, D14 and the appeal deadline from T0 (R-T-10 to R-T-14, R-AP-2)."""
    s = suspended_days(suspensions) if suspensions else None
    return _compute(t0, s, extended, notified_on)


# Deadlines are immutable, so cases with equal inputs share one result: planning alerts for
# 100 000 cases then costs little more than a dictionary lookup per case.
def _uncached_compute(
    t0: date, s: int | None, extended: bool, notified_on: date | None
) -> DeadlineSet:
    """`s` is None without suspensions, else the suspended days S (R-T-13)."""
    n4w, l1m = _notice_deadlines(t0, s is not None)
    d8 = _weeks_deadline("d8", "Svarfrist (8 uker)", t0, "8 uker", 56, s)
    d14 = None
    if extended:  # C9: 14 weeks from T0, not 6 weeks from the rolled D8 (R-T-11)
        weeks = "14 uker = 8 uker + 6 ukers forlengelse"
        d14 = _weeks_deadline("d14", "Forlenget svarfrist (14 uker)", t0, weeks, 98, s)
    return DeadlineSet(
        notice_target_4w=n4w,
        notice_limit_1m=l1m,
        d8=d8,
        d14=d14,
        final_deadline=d14 if d14 is not None else d8,
        appeal_deadline=None if notified_on is None else appeal_deadline(notified_on),
    )


_compute = lru_cache(maxsize=65536)(_uncached_compute)


def _uncached_notice_deadlines(t0: date, suspended: bool) -> tuple[Deadline, Deadline]:
    """N4W and L1M (R-T-12), which no suspension moves (C8)."""
    label = "Frist for å varsle forlengelse (4 uker)"
    n4w = _weeks_deadline("notice_target_4w", label, t0, "4 uker", 28, None)
    return _not_suspended(n4w, suspended), _not_suspended(_month_deadline(t0), suspended)


_notice_deadlines = lru_cache(maxsize=16384)(_uncached_notice_deadlines)
