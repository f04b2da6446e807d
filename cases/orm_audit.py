"""SQLAlchemy table of the dashboard's audit log and its one writer (I/O; never stores contents)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from cases.orm import Base


class AuditRow(Base):
    """Who did what, when, to which case: one row per view or action (append-only)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(120), index=True)
    action: Mapped[str] = mapped_column(String(64))
    case_reference: Mapped[str | None] = mapped_column(String(20), index=True)
    detail: Mapped[str | None] = mapped_column(String(200))


def record_audit(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    case_reference: str | None = None,
    detail: str | None = None,
) -> None:
    """Append one audit entry; `detail` names things (a document id, a filter), never contents."""
    session.add(
        AuditRow(
            at=at,
            actor=actor[:120],
            action=action[:64],
            case_reference=case_reference,
            detail=None if detail is None else detail[:200],
        )
    )
    session.flush()


def audit_entries(session: Session, case_reference: str | None = None) -> list[AuditRow]:
    """The audit log, newest first; only one case's entries when a reference is given."""
    query = select(AuditRow).order_by(AuditRow.id.desc())
    if case_reference is not None:
        query = query.where(AuditRow.case_reference == case_reference)
    return list(session.scalars(query))
