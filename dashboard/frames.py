"""Pure: each visible case's clock facts (CaseLine), the overview's aggregations over them, and
the case list's frame (pandas: filters, sorting, exports)."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, NamedTuple
from urllib.parse import urlencode

import pandas as pd

from cases.model import CaseEvent
from cases.readmodel import clock_events
from deadlines.calendar import working_days_between
from deadlines.clock import CaseClock, Milestone, derive_clock

CLOSED_STATUSES = frozenset({"rejected", "decided", "withdrawn"})
RED_DAYS, YELLOW_DAYS = 3, 10  # R-T-16
CHART_WEEKS = 14


class CaseLine(NamedTuple):
    """One visible case with its clock facts: a row of the case frame, or of the overview."""

    case_id: int
    reference: str
    year: int
    sequence: int
    status: str
    milestone: str
    deadline_on: date
    final_on: date
    days_left: int
    risk: str
    stopped_since: date | None
    notice_on: date | None
    notice_days: int | None
    next_on: date
    section: str
    caseworker: str
    received_on: date
    review: bool


COLUMNS = list(CaseLine._fields)


def risk_of(milestone: str, days_left: int | None) -> str:
    """R-T-16: red at 3 working days or less, yellow at 10 or less; stopped clocks are neutral."""
    if milestone in ("decided", "withdrawn", "closed"):
        return "closed"
    if milestone == "clock_stopped":
        return "stopped"
    if milestone == "overdue" or days_left is None:
        return "overdue"
    if days_left <= RED_DAYS:
        return "red"
    return "yellow" if days_left <= YELLOW_DAYS else "green"


def applicable_deadline(clock: CaseClock) -> date:
    """Before the 4-week target the extension notice is due first; else the final deadline."""
    if clock.milestone is Milestone.AWAITING_EXTENSION_DECISION:
        return clock.deadlines.notice_target_4w.on
    return clock.deadlines.final_deadline.on


ClockFacts = tuple[str, date, date, int, str, "date | None", "date | None", "int | None"]


def notice_limit(clock: CaseClock, closed: bool = False) -> date | None:
    """The last legal day for an extension notice (L1M, R-EXT-3) while one can still be sent."""
    limit = clock.deadlines.notice_limit_1m.on
    if closed or clock.is_closed or clock.extended or clock.as_of > limit:
        return None
    return limit


def _clock_facts(t0: date, events: Sequence[CaseEvent], today: date, closed: bool) -> ClockFacts:
    """(milestone, applicable deadline, final deadline, working days left, risk, stopped since,
    last day for an extension notice, working days to it)."""
    clock = derive_clock(t0, events, today)
    milestone = "closed" if closed else clock.milestone.value
    deadline_on = applicable_deadline(clock)
    days_left = working_days_between(today, deadline_on)
    risk = risk_of(milestone, days_left)
    final_on = clock.deadlines.final_deadline.on
    notice_on = notice_limit(clock, closed)
    notice_days = None if notice_on is None else working_days_between(today, notice_on)
    return (milestone, deadline_on, final_on, days_left, risk, clock.open_suspension_since,
            notice_on, notice_days)  # fmt: skip


FactsKey = tuple[date, date, bool, str]
# Clock facts by their arguments (the clock log's text is its own key), so repeated views share
# one result and parse no log. A plain dict of immutable keys and values, not
# functools.lru_cache: the garbage collector untracks it, while lru_cache's 65 536 linked-list
# nodes made every full collection walk them (about a third of an overview's CPU time at
# 10 000 cases).
_FACTS: dict[FactsKey, ClockFacts] = {}
FACTS_LIMIT = 65536


def _facts(t0: date, today: date, closed: bool, log: str) -> ClockFacts:
    """A pure function of its arguments, remembered in _FACTS (emptied when full)."""
    key = (t0, today, closed, log)
    found = _FACTS.get(key)
    if found is not None:
        return found
    facts = _clock_facts(t0, clock_events(log), today, closed)
    if len(_FACTS) >= FACTS_LIMIT:
        _FACTS.clear()
    _FACTS[key] = facts
    return facts


def case_lines(
    cases: Iterable[Sequence[Any]], today: date, review_ids: frozenset[int] | set[int] = frozenset()
) -> list[CaseLine]:
    """One line per case with its milestone, applicable deadline, working days left and risk,
    from (id, year, sequence, status, T0, section, caseworker, clock log) rows.
    No title: a page adds the titles of the rows it shows (sealed; see reports.with_titles)."""
    lines = []
    for case_id, year, sequence, status, t0, section, caseworker, log in cases:
        closed = status in CLOSED_STATUSES
        facts = _facts(t0, today, closed, log)
        notice_on, deadline_on = facts[6], facts[1]
        next_on = notice_on if notice_on is not None and notice_on < deadline_on else deadline_on
        review = case_id in review_ids or status == "needs_review"
        lines.append(
            CaseLine(case_id, f"{year}/{sequence:05d}", year, sequence, status, *facts, next_on,
                     section, caseworker or "", t0, review)
        )  # fmt: skip
    return lines


def case_frame(lines: Sequence[CaseLine]) -> pd.DataFrame:
    """The lines as a frame, for the case list's filters, sorting and exports."""
    return pd.DataFrame.from_records(lines, columns=COLUMNS)


# The overview's aggregations: plain Python over the lines. At 10 000 cases a dozen pandas
# operations (and building the frame) cost more than one pass each over a list.


def records(lines: Iterable[CaseLine]) -> list[dict[str, Any]]:
    """Lines as the dicts a template reads (and a page adds titles to)."""
    return [line._asdict() for line in lines]


def _by_urgency(line: CaseLine) -> tuple[int, int, int]:
    return line.days_left, line.year, line.sequence


def milestone_groups(
    lines: Sequence[CaseLine], order: Sequence[str], head: int
) -> list[tuple[str, int, list[CaseLine]]]:
    """(milestone, count, its `head` most urgent cases) for each milestone in `order`."""
    groups: dict[str, list[CaseLine]] = {name: [] for name in order}
    for line in lines:
        if line.milestone in groups:
            groups[line.milestone].append(line)
    return [
        (name, len(group), heapq.nsmallest(head, group, key=_by_urgency))
        for name, group in groups.items()
    ]


def _open(lines: Iterable[CaseLine]) -> list[CaseLine]:
    return [line for line in lines if line.milestone != "closed"]


LOAD_RISKS = ("overdue", "red", "yellow", "stopped")


def caseworker_load(lines: Iterable[CaseLine]) -> list[dict[str, Any]]:
    """Open cases per caseworker ("" = not assigned), with how many are red, yellow, overdue,
    stopped; the busiest first."""
    load: dict[str, dict[str, Any]] = {}
    for line in _open(lines):
        row = load.get(line.caseworker)
        if row is None:
            row = load[line.caseworker] = {"caseworker": line.caseworker, "total": 0}
            row.update(dict.fromkeys(LOAD_RISKS, 0))
        row["total"] += 1
        if line.risk in LOAD_RISKS:
            row[line.risk] += 1
    return sorted(load.values(), key=lambda row: (-row["total"], row["caseworker"]))


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def deadlines_per_week(
    lines: Iterable[CaseLine], today: date, weeks: int = CHART_WEEKS
) -> list[tuple[date, int, int]]:
    """(Monday, answer deadlines, last days for an extension notice) of open cases per week for
    the next `weeks` weeks; an answer deadline counts while the case is not overdue."""
    start = monday_of(today)
    first = start.toordinal()
    answers, notices = [0] * weeks, [0] * weeks

    def count(day: date, counts: list[int]) -> None:
        week = (day.toordinal() - first) // 7
        if 0 <= week < weeks:
            counts[week] += 1

    for line in _open(lines):
        if line.milestone != "overdue":
            count(line.final_on, answers)
        if line.notice_on is not None:
            count(line.notice_on, notices)
    return [(start + timedelta(weeks=k), answers[k], notices[k]) for k in range(weeks)]


NOTICE_ALERT_DAYS = 5  # working days before the last legal day for an extension notice


def week_end(today: date) -> date:
    """The Sunday that ends today's week («denne uka»)."""
    return today + timedelta(days=6 - today.weekday())


def _notice_due(line: CaseLine) -> bool:
    return line.notice_days is not None and line.notice_days <= NOTICE_ALERT_DAYS


def urgent_cases(
    lines: Iterable[CaseLine], today: date, limit: int | None = None
) -> tuple[list[dict[str, Any]], int]:
    """«Krever handling nå»: overdue cases, the last days for an extension notice within five
    working days (also between the 4-week target and the one-month limit, R-EXT-3), answer
    deadlines this week, and unassigned cases in the red; each with what to do. Notice deadlines
    come first, then answer deadlines this week, then overdue cases, each kind soonest first.
    Returns the first `limit` rows and how many there are in all."""
    sunday = week_end(today)
    ranked = []
    for line in _open(lines):
        overdue = line.milestone == "overdue"
        notice = _notice_due(line)
        answer = line.milestone != "clock_stopped" and line.final_on <= sunday
        unassigned = line.caseworker == "" and line.risk in ("red", "overdue")
        if not (overdue or notice or answer or unassigned):
            continue
        # What can still be saved comes first: a notice deadline (missing it loses the right
        # to extend), then answer deadlines this week, then what is already overdue, then the
        # rest. Sorting by date alone put every overdue case above today's last notice day.
        if notice and not overdue:
            rank, due = 0, line.notice_on
        else:
            rank, due = (1 if answer and not overdue else 2 if overdue else 3), line.final_on
        ranked.append((rank, due, line.year, line.sequence, line))
    ranked.sort(key=lambda entry: entry[:4])
    shown = ranked if limit is None else ranked[:limit]
    rows = [line._asdict() | _urgency(line, today) for *_, line in shown]
    return rows, len(ranked)


def _urgency(line: CaseLine, today: date) -> dict[str, Any]:
    """The date that makes a case urgent, what that date is, and the action to take."""
    assign = " Tildel saksbehandler." if not line.caseworker else ""
    due_on: date
    if line.milestone == "overdue":
        due_on, what = line.final_on, "Svarfristen er overskredet"
        action = "Send svar snarest, og gi behandlingsansvarlig beskjed."
    elif line.notice_on is not None and _notice_due(line):
        due_on, what = line.notice_on, "Siste lovlige dag for varsel om forlengelse"
        action = (
            "Avgjør forlengelse i dag: dette er siste dag for varselet."
            if line.notice_on == today
            else "Avgjør forlengelse og send varsel med begrunnelse."
        )
    elif line.caseworker or line.final_on <= week_end(today):
        due_on, what = line.final_on, "Svarfrist denne uka"
        action = "Send svar innen fristen."
    else:
        due_on, what, action = line.deadline_on, "Ikke tildelt, rød frist", ""
    days = working_days_between(today, due_on)
    action = (action + assign).strip()
    return {"due_on": due_on, "due_what": what, "due_days": days, "action": action}


SORT_KEYS = {
    "neste": ["next_on", "year", "sequence"],
    "saksnr": ["year", "sequence"],
    "frist": ["deadline_on", "year", "sequence"],
    "dager": ["days_left", "year", "sequence"],
    "mottatt": ["received_on", "year", "sequence"],
    "saksbehandler": ["caseworker", "year", "sequence"],
    "seksjon": ["section", "year", "sequence"],
    "status": ["status", "year", "sequence"],
    "milepael": ["milestone", "year", "sequence"],
}


@dataclass(frozen=True, slots=True)
class ListFilter:
    """The case list's filters and sort order, as given in the query string ("" = any)."""

    section: str = ""
    caseworker: str = ""  # "-" = not assigned
    milestone: str = ""
    status: str = ""
    sort: str = "frist"
    descending: bool = False
    include_closed: bool = False
    search: str = ""  # case number, title, controller or organisation number

    @property
    def wants_closed(self) -> bool:
        return self.include_closed or self.status in CLOSED_STATUSES or self.milestone == "closed"

    def query_string(self) -> str:
        """The filters as the list's query string (for the export links)."""
        pairs = {
            "seksjon": self.section, "saksbehandler": self.caseworker,
            "milepael": self.milestone, "status": self.status, "sorter": self.sort,
            "synkende": "1" if self.descending else "",
            "avsluttede": "1" if self.include_closed else "", "sok": self.search,
        }  # fmt: skip
        return urlencode({key: value for key, value in pairs.items() if value})

    def describe(self) -> str:
        """For the audit log: which filters were used (names staff, never case contents, so
        a search names only that there was one)."""
        return replace(self, search="*" if self.search else "").query_string()[:200]


def filter_cases(
    frame: pd.DataFrame, wanted: ListFilter, found: set[int] | None = None
) -> pd.DataFrame:
    """Rows matching every non-empty filter (and, with a search, among the `found` case ids),
    sorted by the chosen key (unknown keys: deadline)."""
    mask = pd.Series(True, index=frame.index)
    if wanted.search:
        mask &= frame["case_id"].isin(found or set())
    for column, value in (
        ("section", wanted.section),
        ("caseworker", wanted.caseworker),
        ("milestone", wanted.milestone),
        ("status", wanted.status),
    ):
        if value:
            mask &= frame[column] == ("" if value == "-" else value)
    keys = SORT_KEYS.get(wanted.sort, SORT_KEYS["frist"])
    return frame[mask].sort_values(keys, ascending=not wanted.descending, kind="stable")


def filter_options(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The values each filter can take among the visible cases."""
    return {
        column: sorted(str(v) for v in frame[column].dropna().unique())
        for column in ("section", "caseworker", "milestone", "status")
    }
