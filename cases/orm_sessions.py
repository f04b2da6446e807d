"""Dashboard sessions and failed logins, stored server-side (I/O).

A session row is keyed by the SHA-256 of its random token, so a copy of the table cannot be
replayed as cookies. Logging out deletes the row; a row is refused after an idle period and
after an absolute lifetime. Failed logins are rows too, so every dashboard process sees them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Integer, String, delete, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from cases.base import Base

TOUCH_EVERY = timedelta(seconds=60)  # `last_seen_at` is written at most this often


class DashboardSessionRow(Base):
    __tablename__ = "dashboard_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 of the token
    username: Mapped[str] = mapped_column(String(120), index=True)
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]


class LoginFailureRow(Base):
    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    username: Mapped[str] = mapped_column(String(128), index=True)


@dataclass(frozen=True, slots=True)
class SessionLimits:
    idle: timedelta
    lifetime: timedelta


def _key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start_session(session: Session, token: str, username: str, now: datetime) -> None:
    session.add(DashboardSessionRow(id=_key(token), username=username, created_at=now,
                                    last_seen_at=now))  # fmt: skip
    session.flush()


def session_user(session: Session, token: str, now: datetime, limits: SessionLimits) -> str | None:
    """The user of a live session (and it counts as seen now); None when ended or unknown."""
    row = session.get(DashboardSessionRow, _key(token))
    if row is None:
        return None
    if now - row.last_seen_at > limits.idle or now - row.created_at > limits.lifetime:
        session.delete(row)
        return None
    if now - row.last_seen_at >= TOUCH_EVERY:
        row.last_seen_at = now
    return row.username


def end_session(session: Session, token: str) -> None:
    """Logout: the session is gone, whatever cookie still carries it."""
    session.execute(delete(DashboardSessionRow).where(DashboardSessionRow.id == _key(token)))


def end_stale_sessions(session: Session, now: datetime, limits: SessionLimits) -> None:
    stale = (DashboardSessionRow.last_seen_at < now - limits.idle) | (
        DashboardSessionRow.created_at < now - limits.lifetime
    )
    session.execute(delete(DashboardSessionRow).where(stale))


# --- failed logins -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LoginLimits:
    """Failures allowed inside `window`: per address and user, per user, per address."""

    per_pair: int
    per_user: int
    per_address: int
    window: timedelta


def reserve_login_try(
    session: Session, address: str, username: str, now: datetime, limits: LoginLimits
) -> float:
    """Count one try as failed unless a limit is reached: 0, else the seconds to wait.

    The user name's lock serialises the check and the count (PostgreSQL: an advisory lock on the
    name; SQLite: the DELETE below takes the write lock first).
    """
    since = now - limits.window
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(username.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    session.execute(delete(LoginFailureRow).where(LoginFailureRow.at <= since))
    row = LoginFailureRow
    checks: list[tuple[ColumnElement[bool], int]] = [
        ((row.address == address) & (row.username == username), limits.per_pair),
        (row.username == username, limits.per_user),
        (row.address == address, limits.per_address),
    ]
    wait = max(_wait(session, where, limit, since, limits.window, now) for where, limit in checks)
    if wait == 0:
        session.add(LoginFailureRow(at=now, address=address, username=username))
        session.flush()
    return wait


def _wait(
    session: Session,
    where: ColumnElement[bool],
    limit: int,
    since: datetime,
    window: timedelta,
    now: datetime,
) -> float:
    query = select(LoginFailureRow.at).where(where, LoginFailureRow.at > since)
    recent = list(session.scalars(query.order_by(LoginFailureRow.at.desc()).limit(limit)))
    if len(recent) < limit:
        return 0.0
    return max(1.0, (recent[-1] + window - now).total_seconds())  # the limit-th newest leaves


def forget_failures(session: Session, *, address: str, username: str) -> None:
    """A right password: this user's failures from this address are forgotten."""
    session.execute(
        delete(LoginFailureRow).where(
            LoginFailureRow.address == address, LoginFailureRow.username == username
        )
    )
