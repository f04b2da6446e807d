"""Reads the register for the dashboard (I/O through cases.queries) and builds pandas frames."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pandas as pd

from cases import queries
from dashboard import frames
from dashboard.access import Staff
from dashboard.case_view import local_time
from dashboard.labels import OPEN_MILESTONES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

OVERVIEW_ROWS = 15  # most urgent cases shown per milestone; the list shows the rest
URGENT_ROWS = 25  # rows of «Krever handling nå»; the rest are a link away


def case_lines(
    session: Session, staff: Staff, today: date, *, open_only: bool
) -> list[frames.CaseLine]:
    """Cases the member of staff may see, each with its clock (from cases.clock_log)."""
    sections = staff.visible_sections
    cases = queries.dashboard_cases(session, sections, open_only=open_only)
    review = queries.review_case_ids(session, sections)
    return frames.case_lines(cases, today, review)


def case_frame(session: Session, staff: Staff, today: date, *, open_only: bool) -> pd.DataFrame:
    """The same as a frame, for the case list."""
    return frames.case_frame(case_lines(session, staff, today, open_only=open_only))


Records = list[dict[str, Any]]


def with_titles(session: Session, *tables: Records) -> None:
    """Add each row's title (sealed) to rows about to be shown: one query for all the tables,
    so only the shown titles are opened, not every visible case's."""
    titles = queries.case_titles(session, {row["case_id"] for rows in tables for row in rows})
    for rows in tables:
        for row in rows:
            row["title"] = titles.get(row["case_id"], "")


def titled_frame(session: Session, frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with a title column (every row's: an export)."""
    titles = queries.case_titles(session, frame["case_id"].tolist())
    return frame.assign(title=[titles.get(case_id, "") for case_id in frame["case_id"]])


def search(session: Session, staff: Staff, text: str, *, open_only: bool = True) -> set[int]:
    """Ids of the visible cases matching a search (number, title, controller, org. number)."""
    return queries.search_case_ids(session, staff.visible_sections, text, open_only=open_only)


@dataclass(frozen=True, slots=True)
class MilestoneGroup:
    name: str
    count: int
    rows: Records
    this_week: int = 0


@dataclass(frozen=True, slots=True)
class Overview:
    groups: list[MilestoneGroup]
    load: list[dict[str, Any]]
    weeks: list[tuple[date, int, int]]
    review: Records
    quarantine: list[dict[str, Any]]
    total: int
    urgent: Records
    urgent_total: int
    overdue: int
    sections: list[str]
    section: str = ""


def quarantine(session: Session, zone: ZoneInfo) -> list[dict[str, Any]]:
    return [
        {"id": sid, "received_at": local_time(at, zone), "sender": sender, "subject": subject,
         "reason": reason or ""}
        for sid, at, sender, subject, reason in queries.quarantined_submissions(session)
    ]  # fmt: skip


def _by_deadline(line: frames.CaseLine) -> tuple[date, str]:
    return line.deadline_on, line.reference


def overview(
    session: Session, staff: Staff, today: date, zone: ZoneInfo, section: str = ""
) -> Overview:
    """The overview: what needs action now, milestones with «denne uka», load, deadlines per
    week, the two queues; `section` narrows it to one of the visible sections."""
    lines = case_lines(session, staff, today, open_only=True)
    sections = sorted({line.section for line in lines})
    if section:
        lines = [line for line in lines if line.section == section]
    sunday = frames.week_end(today)
    this_week = Counter(line.milestone for line in lines if line.deadline_on <= sunday)
    groups = [
        MilestoneGroup(name, count, frames.records(shown), this_week[name])
        for name, count, shown in frames.milestone_groups(lines, OPEN_MILESTONES, OVERVIEW_ROWS)
    ]
    in_review = sorted((line for line in lines if line.review), key=_by_deadline)
    review = frames.records(in_review)
    urgent, urgent_total = frames.urgent_cases(lines, today, URGENT_ROWS)
    with_titles(session, urgent, review, *(group.rows for group in groups))
    return Overview(
        groups=groups,
        load=frames.caseworker_load(lines),
        weeks=frames.deadlines_per_week(lines, today),
        review=review,
        quarantine=quarantine(session, zone),
        total=len(lines),
        urgent=urgent,
        urgent_total=urgent_total,
        overdue=sum(1 for line in lines if line.milestone == "overdue"),
        sections=sections,
        section=section,
    )
