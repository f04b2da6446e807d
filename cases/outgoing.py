"""Pure: outgoing e-mail as data (alerts, digests, letters) and the alert ledger's entries."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from cases.model import CaseNumber

OutgoingId = int


class MailStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # refused for good (a 5xx reply, a missing key): an operator must act
    CANCELLED = "cancelled"  # an alert whose deadline moved or whose case closed before sending


@dataclass(frozen=True, slots=True)
class NewOutgoingMail:
    """A message to queue; the outbox gives it an id and a Message-ID when it is stored."""

    kind: str  # "alert", "digest", "letter:rejection" …
    recipients: tuple[str, ...]
    subject: str
    text: str
    html: str | None = None
    case_number: CaseNumber | None = None
    encrypt_to: str | None = None  # OpenPGP fingerprint: send as PGP/MIME (RFC 3156)
    journal_document_number: int | None = None


@dataclass(frozen=True, slots=True)
class OutgoingMail:
    """A stored message; `message_id` never changes, so a resend is recognisable."""

    id: OutgoingId
    message_id: str
    kind: str
    recipients: tuple[str, ...]
    subject: str
    text: str
    html: str | None
    encrypt_to: str | None
    status: MailStatus
    attempts: int
    created_at: datetime
    sent_at: datetime | None = None
    last_error: str | None = None
    case_number: CaseNumber | None = None
    journal_document_number: int | None = None
    next_attempt_at: datetime | None = None  # a back-off after a server-wide failure


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One queued alert or digest; `key` is unique for ever (deadlines.alerts.PlannedAlert.key)."""

    key: str
    kind: str
    due_on: date
    deadline_on: date | None
    recipient: str
    case_number: CaseNumber | None = None
