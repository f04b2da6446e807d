"""Pure: the open-case frame (pandas) and the overview's aggregations over it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlencode

import pandas as pd

from cases.model import CaseEvent
from cases.readmodel import clock_events
from deadlines.calendar import working_days_between
from deadlines.clock import CaseClock, Milestone, derive_clock

CLOSED_STATUSES = frozenset({"rejected", "decided", "withdrawn"})
RED_DAYS, YELLOW_DAYS = 3, 10  # R-T-16
CHART_WEEKS = 14
COLUMNS = [
    "case_id",
    "reference",
    "year",
    "sequence",
    "status",
    "milestone",
    "deadline_on",
    "final_on",
    "days_left",
    "risk",
    "stopped_since",
    "notice_on",
    "notice_days",
    "next_on",
    "section",
    "caseworker",
    "received_on",
    "review",
]  # fmt: skip (the order of the records built in case_frame)


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


def case_frame(
    cases: Iterable[Sequence[Any]], today: date, review_ids: frozenset[int] | set[int] = frozenset()
) -> pd.DataFrame:
    """One row per case with its milestone, applicable deadline, working days left and risk,
    from (id, year, sequence, status, T0, section, caseworker, clock log) rows.
    No title: a page adds the titles of the rows it shows (sealed; see reports.with_titles)."""
    records = []
    for case_id, year, sequence, status, t0, section, caseworker, log in cases:
        closed = status in CLOSED_STATUSES
        facts = _facts(t0, today, closed, log)
        notice_on, deadline_on = facts[6], facts[1]
        next_on = notice_on if notice_on is not None and notice_on < deadline_on else deadline_on
        review = case_id in review_ids or status == "needs_review"
        records.append(
            (case_id, f"{year}/{sequence:05d}", year, sequence, status, *facts, next_on, section,
             caseworker or "", t0, review)
        )  # fmt: skip
    return pd.DataFrame.from_records(records, columns=COLUMNS)


def milestone_groups(
    frame: pd.DataFrame, order: Sequence[str], head: int
) -> list[tuple[str, int, pd.DataFrame]]:
    """(milestone, count, its `head` most urgent cases) for each milestone in `order`."""
    counts = frame["milestone"].value_counts()
    keys = frame[["days_left", "year", "sequence", "milestone"]]  # narrow: sorting copies rows
    picked = keys.sort_values(["days_left", "year", "sequence"]).groupby("milestone").head(head)
    urgent = frame.loc[picked.index]  # only the shown rows of the wide frame
    shown = dict(tuple(urgent.groupby("milestone", sort=False)))  # one pass, not one per name
    return [(name, int(counts.get(name, 0)), shown.get(name, urgent.iloc[:0])) for name in order]


def _open(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The open cases' `columns` (a narrow copy: a filter copies every column it keeps)."""
    narrow = frame[columns] if "milestone" in columns else frame[[*columns, "milestone"]]
    return narrow[narrow["milestone"] != "closed"]


def caseworker_load(frame: pd.DataFrame) -> pd.DataFrame:
    """Open cases per caseworker ("" = not assigned), with how many are red, yellow, overdue."""
    open_cases = _open(frame, ["caseworker", "risk"])
    risk = open_cases.groupby(["caseworker", "risk"]).size().unstack(fill_value=0)
    risk = risk.reindex(columns=["overdue", "red", "yellow", "stopped"], fill_value=0)
    risk["total"] = open_cases.groupby("caseworker").size()
    table = risk[["total", "overdue", "red", "yellow", "stopped"]].reset_index()
    return table.sort_values(["total", "caseworker"], ascending=[False, True])


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def deadlines_per_week(frame: pd.DataFrame, today: date, weeks: int = CHART_WEEKS) -> pd.DataFrame:
    """Answer deadlines (final, clock running) and last days for extension notices of open
    cases per week (Monday first) for the next `weeks` weeks."""
    start = monday_of(today)
    notice_column = ["notice_on"] if "notice_on" in frame else []
    open_cases = _open(frame, ["final_on", *notice_column])
    first = start.toordinal()

    def per_week(days: pd.Series) -> list[int]:
        counts = [0] * weeks
        for day in days.dropna().tolist():  # plain Python: a pandas map costs more at 10 000
            week = (day.toordinal() - first) // 7
            if 0 <= week < weeks:
                counts[week] += 1
        return counts

    running = open_cases[open_cases["milestone"] != "overdue"]
    notices = open_cases["notice_on"] if "notice_on" in open_cases else pd.Series([], dtype=object)
    return pd.DataFrame(
        {
            "week_start": [start + timedelta(weeks=k) for k in range(weeks)],
            "count": per_week(running["final_on"]),
            "notices": per_week(notices),
        }
    )


NOTICE_ALERT_DAYS = 5  # working days before the last legal day for an extension notice


def week_end(today: date) -> date:
    """The Sunday that ends today's week («denne uka»)."""
    return today + timedelta(days=6 - today.weekday())


def urgent_cases(
    frame: pd.DataFrame, today: date, limit: int | None = None
) -> tuple[list[dict[str, Any]], int]:
    """«Krever handling nå»: overdue cases, the last days for an extension notice within five
    working days (also between the 4-week target and the one-month limit, R-EXT-3), answer
    deadlines this week, and unassigned cases in the red; each with what to do. Notice deadlines
    come first, then answer deadlines this week, then overdue cases, each kind soonest first.
    Returns the first `limit` rows and how many there are in all."""
    columns = ["final_on", "notice_on", "notice_days", "caseworker", "risk", "year", "sequence"]
    open_cases = _open(frame, columns)
    if open_cases.empty:
        return [], 0
    sunday = week_end(today)
    notice_days = pd.to_numeric(open_cases["notice_days"], errors="coerce")
    overdue = open_cases["milestone"] == "overdue"
    notice = notice_days.notna() & (notice_days <= NOTICE_ALERT_DAYS)
    running = open_cases["milestone"] != "clock_stopped"
    answer = running & (open_cases["final_on"] <= sunday)
    unassigned = (open_cases["caseworker"] == "") & open_cases["risk"].isin(["red", "overdue"])
    urgent = open_cases[overdue | notice | answer | unassigned]
    # The date that makes each case urgent, vectorised, so only the shown rows are built.
    due = urgent["final_on"].where(~notice[urgent.index] | overdue[urgent.index],
                                   urgent["notice_on"])  # fmt: skip
    # What can still be saved comes first: a notice deadline (missing it loses the right to
    # extend), then answer deadlines this week, then what is already overdue, then the rest.
    # Sorting by date alone put every overdue case above today's last notice day.
    rank = (
        pd.Series(3, index=urgent.index)
        .mask(overdue[urgent.index], 2)
        .mask(answer[urgent.index] & ~overdue[urgent.index], 1)
        .mask(notice[urgent.index] & ~overdue[urgent.index], 0)
    )
    order = urgent[["year", "sequence"]].assign(_rank=rank, _due=due)
    order = order.sort_values(["_rank", "_due", "year", "sequence"], kind="stable")
    shown = frame.loc[order.index if limit is None else order.index[:limit]]
    rows = [row | _urgency(row, today) for row in shown.to_dict("records")]
    return rows, len(urgent)


def _urgency(row: dict[str, Any], today: date) -> dict[str, Any]:
    """The date that makes a case urgent, what that date is, and the action to take."""
    assign = " Tildel saksbehandler." if not row["caseworker"] else ""
    if row["milestone"] == "overdue":
        due_on, what = row["final_on"], "Svarfristen er overskredet"
        action = "Send svar snarest, og gi behandlingsansvarlig beskjed."
    elif pd.notna(row["notice_days"]) and row["notice_days"] <= NOTICE_ALERT_DAYS:
        due_on, what = row["notice_on"], "Siste lovlige dag for varsel om forlengelse"
        action = (
            "Avgjør forlengelse i dag: dette er siste dag for varselet."
            if row["notice_on"] == today
            else "Avgjør forlengelse og send varsel med begrunnelse."
        )
    elif row["caseworker"] or row["final_on"] <= week_end(today):
        due_on, what = row["final_on"], "Svarfrist denne uka"
        action = "Send svar innen fristen."
    else:
        due_on, what, action = row["deadline_on"], "Ikke tildelt, rød frist", ""
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
