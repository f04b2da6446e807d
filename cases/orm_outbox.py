"""SQLAlchemy 2 tables of outgoing mail and the alert ledger (I/O schema only)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cases.base import Base
from cases.sealed import SealedJSON, SealedText


class OutgoingMessageRow(Base):
    """One e-mail to send (alert, digest, letter), kept after sending as the dispatch record.

    `message_id` is fixed when the row is created, so a resend after a crash between the SMTP
    server's acceptance and `mark_sent` carries the same Message-ID (at-least-once delivery).
    """

    __tablename__ = "outgoing_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64), index=True)  # alert, digest, letter:rejection …
    # The controller's contact for a letter: personal data, sealed (docs/decisions/0008).
    recipients: Mapped[list[str]] = mapped_column(SealedJSON("outgoing_messages.recipients"))
    subject: Mapped[str] = mapped_column(SealedText("outgoing_messages.subject"))
    body_text: Mapped[str] = mapped_column(SealedText("outgoing_messages.body_text"))
    body_html: Mapped[str | None] = mapped_column(SealedText("outgoing_messages.body_html"))
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    status: Mapped[str] = mapped_column(String(16), index=True)  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))  # error class and code only
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    encrypt_to: Mapped[str | None] = mapped_column(String(64))  # OpenPGP fingerprint
    journal_document_number: Mapped[int | None] = mapped_column(Integer)
    # The lease: a sender claims a row before sending it; a crashed sender's claim
    # runs out at `lease_until`. A server-wide failure sets `next_attempt_at` (the back-off).
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    next_attempt_at: Mapped[datetime | None]


class AlertLedgerRow(Base):
    """Every deadline alert and digest ever queued; the UNIQUE key makes queueing idempotent."""

    __tablename__ = "alert_ledger"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[date]
    deadline_on: Mapped[date | None]
    recipient: Mapped[str] = mapped_column(String(320))
    queued_at: Mapped[datetime]
    outgoing_message_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_messages.id"))
