"""Pure: the ports of the casework room, one Protocol per role the use cases need.

cases.repository.SqlRegister, cases.letters.SqlLetters and cases.outbox.SqlOutbox implement them;
the tests use in-memory fakes. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from cases.drafts import CaseParty, DraftId, DraftRecord, FinalLetter, NewDraft
from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseStatus,
    Document,
    NewCase,
    NewSubmission,
    SubmissionId,
    SubmissionOutcome,
    SubmissionRecord,
)
from cases.outgoing import LedgerEntry, NewOutgoingMail, OutgoingId, OutgoingMail


class CaseClockRegister(Protocol):
    """The register as the case-clock commands use it (cases.repository.SqlRegister)."""

    def get_case(self, number: CaseNumber) -> Case: ...
    def events(self, case: CaseNumber) -> list[CaseEvent]: ...
    def append_event(self, case: CaseNumber, event: CaseEvent) -> None: ...
    def set_status(self, number: CaseNumber, status: CaseStatus) -> None: ...
    def set_caseworker(self, number: CaseNumber, caseworker: str | None) -> None: ...


class LetterRegister(CaseClockRegister, Protocol):
    """The register as letter drafting uses it: the case clock's port plus journal numbering
    (R-NK-3) and the case's documents."""

    def next_document_number(self, case: CaseNumber) -> int: ...
    def case_documents(self, number: CaseNumber) -> list[Document]: ...


class AssessmentRegister(LetterRegister, Protocol):
    """The register as assessing a case uses it: the letter-drafting port plus the submission's
    result, the automatic letter kept and queued, and the cases waiting in a status."""

    def set_submission_result(
        self,
        submission_id: int,
        outcome: SubmissionOutcome,
        parts: dict[str, str],
        reason: str | None,
    ) -> None: ...
    def queue_mail(self, mail: NewOutgoingMail, at: datetime) -> int: ...
    def keep_letter(self, draft: NewDraft, final: FinalLetter) -> None: ...
    def cases_with_status(self, status: CaseStatus) -> list[Case]: ...


class LetterStore(Protocol):
    """The port to stored letters (implemented by cases.letters.SqlLetters)."""

    def add(self, draft: NewDraft) -> DraftRecord: ...
    def get(self, draft_id: DraftId) -> DraftRecord: ...
    def supersede_drafts(self, number: CaseNumber, kind: str) -> int: ...
    def finalise(self, draft_id: DraftId, final: FinalLetter) -> DraftRecord: ...
    def last_document_number(self, number: CaseNumber) -> int: ...
    def party(self, number: CaseNumber) -> CaseParty: ...
    def for_case(self, number: CaseNumber) -> list[DraftRecord]: ...


class Outbox(Protocol):
    """The port to outgoing mail (implemented by cases.outbox.SqlOutbox)."""

    def queue(self, mail: NewOutgoingMail, at: datetime) -> OutgoingId: ...


class AlertLedger(Protocol):
    """The port to the ledger and the outbox (implemented by cases.outbox.SqlOutbox)."""

    def ledger_keys(self, keys: Iterable[str]) -> set[str]: ...
    def record_alert(
        self, entry: LedgerEntry, mail: NewOutgoingMail, at: datetime
    ) -> OutgoingId | None: ...
    def pending_alerts(self) -> dict[str, OutgoingId]: ...
    def cancel(self, outgoing_id: OutgoingId, reason: str) -> None: ...
    def refresh_alert(self, key: str, outgoing_id: OutgoingId, mail: NewOutgoingMail) -> None: ...


class QuarantineRegister(Protocol):
    """The port to the register (cases.repository.SqlRegister)."""

    def get_submission(self, submission_id: SubmissionId) -> SubmissionRecord: ...
    def update_submission(self, submission_id: SubmissionId, submission: NewSubmission) -> None: ...
    def open_case(self, case: NewCase) -> Case: ...
    def append_event(self, case: CaseNumber, event: CaseEvent) -> None: ...
    def set_status(self, number: CaseNumber, status: CaseStatus) -> None: ...


class FailedMail(Protocol):
    """Outgoing mail that failed, to be sent again (implemented by cases.outbox.SqlOutbox)."""

    def requeue(self, outgoing_ids: Iterable[OutgoingId] | None) -> list[OutgoingId]: ...
    def get(self, outgoing_id: OutgoingId) -> OutgoingMail: ...


class AuditTrail(Protocol):
    """Appends one audit entry (cases.orm_audit.record_audit bound to a session)."""

    def __call__(
        self,
        *,
        at: datetime,
        actor: str,
        action: str,
        case_reference: str | None = None,
        detail: str | None = None,
    ) -> None: ...
