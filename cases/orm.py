"""SQLAlchemy 2 tables of the register (I/O schema only; the domain values live in cases.model)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

# The other table modules import Base from cases.base, not from here. Importing them here puts
# them on Base.metadata, so Alembic's autogenerate and `alembic check` (cases/migrations/env.py)
# always see them.
from cases import orm_audit, orm_keyring, orm_letters, orm_outbox, orm_sessions  # noqa: F401
from cases.base import Base
from cases.sealed import SealedBytes, SealedJSON, SealedText


class CaseRow(Base):
    """Noark saksmappe (R-NK-4) with the engine's own fields."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("year", "sequence", name="uq_cases_year_sequence"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    year: Mapped[int]
    sequence: Mapped[int]
    status: Mapped[str] = mapped_column(String(32), index=True)
    received_at: Mapped[datetime]
    received_on: Mapped[date]
    # The sender who opened the case (their address and display name, usually a person's):
    # personal data, sealed; no query matches them in SQL (docs/decisions/0008).
    controller_email: Mapped[str] = mapped_column(SealedText("cases.controller_email"))
    controller_name: Mapped[str] = mapped_column(SealedText("cases.controller_name"), default="")
    title: Mapped[str] = mapped_column(SealedText("cases.title"))
    section: Mapped[str] = mapped_column(String(120), default="", index=True)
    caseworker: Mapped[str | None] = mapped_column(String(120), index=True)
    language: Mapped[str] = mapped_column(String(8), default="nb")
    created_at: Mapped[datetime]
    data_key_id: Mapped[str | None] = mapped_column(String(32))  # cases.orm_keys.DataKeyRow
    # A copy of the case's clock events (cases.readmodel.clock_log), kept by
    # SqlRegister.append_event, so the dashboard reads every case's clock without a join (0015).
    clock_log: Mapped[str] = mapped_column(Text, default="", server_default="")


class CaseCounterRow(Base):
    """The last case sequence number given out in a year (R-NK-2), taken with one atomic upsert.

    Counting here rather than taking max(sequence) + 1 keeps concurrent intakes from choosing the
    same number; the row is locked until the case's transaction ends, and a rollback gives the
    number back, so the numbers stay gapless.
    """

    __tablename__ = "case_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_sequence: Mapped[int] = mapped_column(Integer)


class RawMessageRow(Base):
    """Each received message's bytes exactly as the mail server stored them (content-addressed)."""

    __tablename__ = "raw_messages"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    content: Mapped[bytes] = mapped_column(SealedBytes("raw_messages.content"))


class SubmissionRow(Base):
    """One received message and what became of it (Noark journalpost «Inngående dokument»)."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(300), unique=True)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("raw_messages.sha256"), index=True)
    received_at: Mapped[datetime]
    received_on: Mapped[date]
    sender: Mapped[str] = mapped_column(SealedText("submissions.sender"), default="")
    subject: Mapped[str] = mapped_column(SealedText("submissions.subject"), default="")
    outcome: Mapped[str] = mapped_column(String(32), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    encryption: Mapped[str] = mapped_column(String(120), default="none")
    recipient_key_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    signature: Mapped[str] = mapped_column(String(32), default="none")
    signer_fingerprint: Mapped[str | None] = mapped_column(String(64))
    parts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    registered_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # A pending submission's claim by one processing worker ("host/boot/pid/start"), until then.
    lease_holder: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[datetime | None]


class DocumentRow(Base):
    """A readable document of a submission: decrypted bytes and the text extracted from them."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    # A file name inside an encrypted mail is decrypted content too («DPIA Ola Nordmann.pdf»).
    name: Mapped[str] = mapped_column(SealedText("documents.name"))
    media_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(SealedText("documents.text"), default="")
    content: Mapped[bytes] = mapped_column(SealedBytes("documents.content"))


# Event data read without the KEK (the case clock's dates, cases.readmodel.CLOCK_DATA: migration
# 0015 copies them into cases.clock_log); every other member (evidence excerpts, notes) is sealed.
EVENT_DATA_IN_CLEAR = ("sent_on", "received_on", "dispatched_on", "notified_on", "on")


class CaseEventRow(Base):
    """The append-only log of a case: rows are inserted, never updated or deleted."""

    __tablename__ = "case_events"
    # A case's clock events in one probe, whatever plan is chosen without statistics (0010).
    __table_args__ = (Index("ix_case_events_case_id_kind", "case_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(120))
    data: Mapped[dict[str, Any]] = mapped_column(
        SealedJSON("case_events.data", clear=EVENT_DATA_IN_CLEAR), default=dict
    )


# The data keys refer to CaseRow, so their module comes last (it also installs the flush hook).
from cases import orm_keys  # noqa: E402, F401
