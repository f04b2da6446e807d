"""The audit log as a hash chain, its one writer and its verifier (I/O; never stores contents).

Each row carries the hash of the row before it (`prev_hash`) and its own (`row_hash`): SHA-256
over a canonical JSON serialisation of the row and `prev_hash`. The chain head (one row in
`audit_chain_head`) holds the last row's id and hash and the chain's length, so a deleted tail
shows too. Appending locks the head row first (an UPDATE: a row lock on PostgreSQL, the write
lock on SQLite), so concurrent writers append one after the other.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Integer, String, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from cases.base import Base
from cases.errors import CaseworkError

GENESIS = "0" * 64  # `prev_hash` of the first row
HEAD_ID = 1


class AuditRow(Base):
    """Who did what, when, to which case: one row per view or action (append-only)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(120), index=True)
    action: Mapped[str] = mapped_column(String(64))
    case_reference: Mapped[str | None] = mapped_column(String(20), index=True)
    detail: Mapped[str | None] = mapped_column(String(200))
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRow(Base):
    """The chain's end: the last row's id and hash, and how many rows the chain has."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int | None] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    length: Mapped[int] = mapped_column(Integer)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """An audit row to write; `detail` names things (a document id, a filter), never contents."""

    actor: str
    action: str
    case_reference: str | None = None
    detail: str | None = None


class AuditChainMissing(CaseworkError):
    code = "audit_chain_missing"
    template = "Revisjonsloggens kjedehode mangler; kjør `saksflyt audit verify`."


def chain_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    case_reference: str | None,
    detail: str | None,
) -> str:
    """SHA-256 (hex) of the row's canonical JSON: sorted keys, UTC microsecond time, UTF-8."""
    instant = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)
    fields = {
        "prev": prev_hash, "at": instant.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "actor": actor,
        "action": action, "case_reference": case_reference, "detail": detail,
    }  # fmt: skip
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _row_hash(row: AuditRow) -> str:
    return chain_hash(row.prev_hash, row.at, row.actor, row.action, row.case_reference, row.detail)


def record_audit(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    case_reference: str | None = None,
    detail: str | None = None,
) -> None:
    """Append one entry to the chain; `detail` names things, never contents."""
    touch = update(AuditHeadRow).where(AuditHeadRow.id == HEAD_ID)
    touch = touch.values(length=AuditHeadRow.length).execution_options(synchronize_session=False)
    locked = session.execute(touch)  # the lock comes before the read
    if not getattr(locked, "rowcount", 0):
        raise AuditChainMissing()
    head = session.scalars(
        select(AuditHeadRow)
        .where(AuditHeadRow.id == HEAD_ID)
        .execution_options(populate_existing=True)
    ).one()
    row = AuditRow(
        at=at, actor=actor[:120], action=action[:64], case_reference=case_reference,
        detail=None if detail is None else detail[:200], prev_hash=head.last_hash,
    )  # fmt: skip
    row.row_hash = _row_hash(row)
    session.add(row)
    session.flush()
    head.last_id, head.last_hash, head.length = row.id, row.row_hash, head.length + 1
    session.flush()


def record_entry(session: Session, entry: AuditEntry, at: datetime) -> None:
    record_audit(
        session, at=at, actor=entry.actor, action=entry.action,
        case_reference=entry.case_reference, detail=entry.detail,
    )  # fmt: skip


def audit_entries(session: Session, case_reference: str | None = None) -> list[AuditRow]:
    """The audit log, newest first; only one case's entries when a reference is given."""
    query = select(AuditRow).order_by(AuditRow.id.desc())
    if case_reference is not None:
        query = query.where(AuditRow.case_reference == case_reference)
    return list(session.scalars(query))


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    """The result of walking the chain: the first broken link, if any."""

    rows: int  # rows checked (up to the first break)
    head_hash: str  # the last good row's hash: write it down to notice a rewritten chain
    broken_at: int | None = None  # id of the first row that does not fit, if a row
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify_audit_chain(session: Session) -> ChainVerdict:
    """Walk the chain in id order; report the first deleted, altered or reordered row."""
    previous, count = GENESIS, 0
    for row in session.scalars(select(AuditRow).order_by(AuditRow.id).execution_options(
        yield_per=1000
    )):  # fmt: skip
        if _row_hash(row) != row.row_hash:
            return ChainVerdict(count, previous, row.id, "raden er endret etter at den ble skrevet")
        if row.prev_hash != previous:
            problem = (
                "lenken til raden før er brutt (en rad foran er slettet, endret eller flyttet)"
            )
            return ChainVerdict(count, previous, row.id, problem)
        previous, count = row.row_hash, count + 1
    head = session.get(AuditHeadRow, HEAD_ID)
    if head is None:
        return ChainVerdict(count, previous, None, "kjedehodet (audit_chain_head) mangler")
    if head.last_hash != previous or head.length != count:
        problem = (
            f"kjeden slutter etter {count} rader, men kjedehodet viser {head.length} rader "
            f"(siste id {head.last_id}): rader på slutten er slettet"
        )
        return ChainVerdict(count, previous, head.last_id, problem)
    return ChainVerdict(count, previous)
