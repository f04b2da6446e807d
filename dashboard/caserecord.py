"""Loads one case the member of staff may see, and everything its page shows (I/O via queries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from fastapi import Request

from cases import queries
from cases.errors import CaseNotFound
from cases.model import CaseEvent, CaseNumber
from config.case_types import load_case_type
from dashboard import case_view, decision_form, frames
from dashboard.access import Staff
from dashboard.db import audit
from dashboard.state import DashboardState
from deadlines.calendar import long_date, working_days_between
from deadlines.clock import derive_clock
from letters.citations import default_citations
from letters.findings import KINDS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class VisibleCase:
    case_id: int
    number: CaseNumber
    status: str
    received_at: datetime
    received_on: date
    title: str
    section: str
    caseworker: str | None
    controller_email: str
    controller_name: str

    @property
    def reference(self) -> str:
        return self.number.canonical

    @property
    def path(self) -> str:
        return f"/saker/{self.number.year}/{self.number.sequence}"


def load_visible_case(
    request: Request, session: Session, staff: Staff, year: int, sequence: int
) -> VisibleCase:
    """The case, or CaseNotFound (404) when it does not exist or belongs to another section."""
    number = CaseNumber(year, sequence)
    row = queries.case_by_reference(session, year, sequence)
    if row is None or not staff.can_see(row.section):
        if row is not None:
            audit(request, staff, "case_denied", number.canonical)
        raise CaseNotFound(reference=number.canonical)
    return VisibleCase(
        row.id, number, row.status, row.received_at, row.received_on, row.title, row.section,
        row.caseworker, row.controller_email, row.controller_name,
    )  # fmt: skip


def _parts(
    submissions: list[Any], events: list[CaseEvent]
) -> tuple[list[case_view.PartView], int | None]:
    """The newest completeness report (with evidence), caseworkers' verdicts marked (P2)."""
    spec = [(part.number, part.name_nb) for part in load_case_type().parts]
    overrides = case_view.part_overrides(events)
    assessed = [row for row in submissions if row.parts is not None]
    reports = [e.data for e in events if e.kind == "completeness_checked"]
    if reports:  # casework.assessment logs the whole report, overrides applied
        submission = assessed[0].id if assessed else None
        return case_view.part_views(reports[-1], spec, overrides), submission
    if not assessed:
        return case_view.part_views(None, spec, overrides), None
    return case_view.part_views(assessed[-1].parts, spec, overrides), assessed[-1].id


def _clock_context(case: VisibleCase, events: list[CaseEvent], today: date) -> dict[str, Any]:
    """The clock, milestone, applicable deadline, days left and risk (R-T-13, R-T-16)."""
    clock = derive_clock(case.received_on, events, today)
    closed = case.status in frames.CLOSED_STATUSES
    milestone = "closed" if closed else clock.milestone.value
    deadline_on = frames.applicable_deadline(clock)
    final_on = clock.deadlines.final_deadline.on
    days_left = working_days_between(today, final_on)  # the badge counts to the date it shows
    since = clock.open_suspension_since
    notice_on = frames.notice_limit(clock, closed)
    notice_days = None if notice_on is None else working_days_between(today, notice_on)
    return {
        "clock": clock, "milestone": milestone, "deadline_on": deadline_on,
        "days_left": days_left, "risk": frames.risk_of(milestone, days_left),
        "notice_on": notice_on, "notice_days": notice_days,
        "notice_risk": None if notice_days is None else frames.risk_of("running_8w", notice_days),
        "status_line": clock.status_line(), "stopped_since": long_date(since) if since else None,
        "deadlines": case_view.deadline_views(clock),
    }  # fmt: skip


def case_context(
    session: Session, case: VisibleCase, state: DashboardState, today: date
) -> dict[str, Any]:
    """Everything the case page shows, as plain values for the template."""
    zone = ZoneInfo(state.settings.office_timezone)
    events = [
        CaseEvent(row.kind, row.at, row.actor, dict(row.data or {}))
        for row in queries.case_event_rows(session, case.case_id)
    ]
    submissions = list(queries.case_submission_rows(session, case.case_id))
    parts, parts_from = _parts(submissions, events)
    names = {staff: state.staff.name_of(staff) for staff in {e.actor for e in events}}
    return _clock_context(case, events, today) | {
        "case": case, "timeline": case_view.timeline(events, zone, names),
        "parts": parts, "parts_from": parts_from,
        "crypto": [case_view.crypto_view(row, zone) for row in submissions],
        "documents": list(queries.case_document_rows(session, case.case_id)),
        "letters": list(queries.case_outgoing_rows(session, case.case_id)),
        "drafts": list(queries.case_letter_draft_rows(session, case.case_id)),
        "letter_kinds": KINDS,
        "caseworker_name": state.staff.name_of(case.caseworker),
        "assignable": state.staff.assignable_in(case.section),
        "today": today, "received_at": case_view.local_time(case.received_at, zone),
    }  # fmt: skip


def decision_form_context(
    case: VisibleCase, today: date, values: dict[str, list[str]], problems: list[str]
) -> dict[str, object]:
    """What the decision letter form shows: the choices, the values given and the problems."""
    return {
        "case": case, "values": values, "problems": problems,
        "outcomes": decision_form.OUTCOMES, "assessment": decision_form.ASSESSMENT,
        "slots": range(1, decision_form.FINDINGS + 1),
        "citations": decision_form.citation_choices(default_citations(), today),
    }  # fmt: skip
