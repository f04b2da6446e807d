"""The dashboard's database access: read transactions and the audit log (I/O via config.wiring)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from cases.orm_audit import record_audit
from cases.repository import SqlRegister
from config import wiring
from dashboard.access import Staff
from dashboard.state import state_of


@contextmanager
def database(request: Request) -> Iterator[Session]:
    """One transaction on the configured register (commits on success)."""
    with wiring.session(state_of(request).settings) as session:
        yield session


RegisterOn = Callable[[Session], SqlRegister]


def register_factory(request: Request) -> RegisterOn:
    """Dependency: the case register on a session, as the composition root builds it (with the
    configured Message-ID domain), so every action's letters carry the same domain."""
    settings = state_of(request).settings
    return lambda session: wiring.register_in(session, settings)


Registers = Annotated[RegisterOn, Depends(register_factory)]


def audit(
    request: Request,
    staff: Staff | str,
    action: str,
    case_reference: str | None = None,
    detail: str | None = None,
) -> None:
    """Log who did what to which case, in its own transaction; never document contents."""
    actor = staff if isinstance(staff, str) else staff.username
    with database(request) as session:
        record_audit(
            session,
            at=wiring.utc_now(),
            actor=actor,
            action=action,
            case_reference=case_reference,
            detail=detail,
        )
