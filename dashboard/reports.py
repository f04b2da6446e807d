"""Reads the register for the dashboard (I/O through cases.queries) and builds pandas frames."""

from __future__ import annotations

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


def case_frame(session: Session, staff: Staff, today: date, *, open_only: bool) -> pd.DataFrame:
    """Cases the member of staff may see: two queries (cases, clock events) grouped in Python."""
    sections = staff.visible_sections
    cases = queries.dashboard_cases(session, sections, open_only=open_only)
    rows = queries.dashboard_clock_events(session, sections, open_only=open_only)
    review = queries.review_case_ids(session, sections)
    events = frames.group_events(rows)
    return frames.case_frame(cases, events, queries.CLOCK_DATA_KEYS, today, review)


@dataclass(frozen=True, slots=True)
class MilestoneGroup:
    name: str
    count: int
    rows: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Overview:
    groups: list[MilestoneGroup]
    load: list[dict[str, Any]]
    weeks: list[tuple[date, int]]
    review: list[dict[str, Any]]
    quarantine: list[dict[str, Any]]
    total: int


def _quarantine(session: Session, zone: ZoneInfo) -> list[dict[str, Any]]:
    return [
        {"id": sid, "received_at": local_time(at, zone), "sender": sender, "subject": subject,
         "reason": reason or ""}
        for sid, at, sender, subject, reason in queries.quarantined_submissions(session)
    ]  # fmt: skip


def overview(session: Session, staff: Staff, today: date, zone: ZoneInfo) -> Overview:
    """The section leader's overview: milestones, load, deadlines per week, the two queues."""
    frame = case_frame(session, staff, today, open_only=True)
    groups = [
        MilestoneGroup(name, count, rows.to_dict("records"))
        for name, count, rows in frames.milestone_groups(frame, OPEN_MILESTONES, OVERVIEW_ROWS)
    ]
    weekly = frames.deadlines_per_week(frame, today)
    review = frame[frame["review"]].sort_values(["deadline_on", "reference"])
    return Overview(
        groups=groups,
        load=frames.caseworker_load(frame).to_dict("records"),
        weeks=list(zip(weekly["week_start"], weekly["count"], strict=True)),
        review=review.to_dict("records"),
        quarantine=_quarantine(session, zone),
        total=len(frame),
    )
