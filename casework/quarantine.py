"""Pure: what staff do with a message in quarantine besides a retry, via ports.

A message that cannot be read can still be a request: a member of staff registers it as a case by
hand, with the original receipt time as T0 (C15), or marks it as not a request. Both keep the
message and write down who did it and why; nothing is deleted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from cases.errors import CaseworkError
from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseStatus,
    NewCase,
    NewSubmission,
    SubmissionId,
    SubmissionOutcome,
    SubmissionRecord,
)
from casework.ports import QuarantineRegister


class NotInQuarantine(CaseworkError):
    code = "not_in_quarantine"
    template = "Melding {submission_id} er ikke i karantene."


class ReasonMissing(CaseworkError):
    code = "reason_missing"
    template = "Skriv en begrunnelse; den lagres sammen med meldingen."


def _quarantined(register: QuarantineRegister, submission_id: SubmissionId) -> SubmissionRecord:
    record = register.get_submission(submission_id)
    if record.outcome is not SubmissionOutcome.QUARANTINED:
        raise NotInQuarantine(submission_id=submission_id)
    return record


def _reason(reason: str) -> str:
    if not reason.strip():
        raise ReasonMissing()
    return reason.strip()


def _settled(
    record: SubmissionRecord,
    outcome: SubmissionOutcome,
    reason: str,
    now: datetime,
    case: CaseNumber | None = None,
) -> NewSubmission:
    """The stored message with a new outcome; its receipt data and crypto record stay."""
    return NewSubmission(
        record.source, record.message_id, record.sha256, record.received_at,
        record.received_at.date(), now, record.sender, record.subject, outcome, record.crypto,
        case, None, reason,
    )  # fmt: skip


def register_by_hand(
    register: QuarantineRegister,
    submission_id: SubmissionId,
    *,
    received_on: date,
    title: str,
    section: str,
    controller_email: str,
    controller_name: str,
    reason: str,
    actor: str,
    now: datetime,
) -> Case:
    """Open a case for a quarantined message; T0 is the day it arrived (C15). The case waits
    for a caseworker's review, since nobody could read the request automatically."""
    record = _quarantined(register, submission_id)
    why = _reason(reason)
    new = NewCase(
        record.received_at, received_on, controller_email.strip() or record.sender,
        controller_name.strip(), title.strip() or record.subject or "Uten emne", section, now,
    )  # fmt: skip
    case = register.open_case(new)
    register.append_event(case.number, CaseEvent("received", record.received_at, actor, {}))
    data: dict[str, object] = {"submission_id": submission_id, "reason": why}
    register.append_event(case.number, CaseEvent("registered_by_hand", now, actor, data))
    register.set_status(case.number, CaseStatus.NEEDS_REVIEW)
    outcome = SubmissionOutcome.NEEDS_REVIEW
    register.update_submission(
        submission_id, _settled(record, outcome, f"registrert manuelt: {why}", now, case.number)
    )
    return replace(case, status=CaseStatus.NEEDS_REVIEW)


def mark_not_a_request(
    register: QuarantineRegister, submission_id: SubmissionId, *, reason: str, now: datetime
) -> None:
    """The message is not a request (spam, a misdirected letter): it leaves the quarantine."""
    record = _quarantined(register, submission_id)
    why = _reason(reason)
    outcome = SubmissionOutcome.IGNORED
    register.update_submission(
        submission_id, _settled(record, outcome, f"ikke en anmodning: {why}", now)
    )
