"""The keyring state every host shares (SQLAlchemy table and its adapter; I/O).

Each host keeps its own GnuPG home; the register holds what they must agree on: every public key
learnt or imported (armored, with its revocation once there is one) and which key is the office's.
Public key material only: secret keys never enter the register.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, String, Text, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from cases.base import Base

__all__ = ["KeyringKeyRow", "SharedKey", "SqlKeyringState"]


class KeyringKeyRow(Base):
    """One OpenPGP public key as the hosts share it."""

    __tablename__ = "keyring_keys"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    armored: Mapped[str] = mapped_column(Text)  # the public key, with its revocation if revoked
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set when the key became the office's (the newest one is the office key now).
    office_since: Mapped[datetime | None]
    updated_at: Mapped[datetime]


@dataclass(frozen=True, slots=True)
class SharedKey:
    fingerprint: str
    armored: str = ""
    revoked: bool = False


class SqlKeyringState:
    """The shared keyring state in one transaction."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def stamp(self) -> tuple[int, str]:
        """Changes whenever a key is added or changed (to skip work when nothing did)."""
        count, newest = self._session.execute(
            select(func.count(), func.max(KeyringKeyRow.updated_at))
        ).one()
        return int(count), str(newest)

    def shared_keys(self) -> list[SharedKey]:
        rows = self._session.scalars(select(KeyringKeyRow).order_by(KeyringKeyRow.fingerprint))
        return [SharedKey(row.fingerprint, row.armored, row.revoked) for row in rows]

    def put(self, key: SharedKey, now: datetime) -> bool:
        """Add the key, or take its revocation; True when the register changed.

        A key is never un-revoked here: once any host saw the revocation, every host honours it.
        Two workers that share the same new key at once (both start on a fresh register) both
        succeed: the insert does nothing when the other one's came first.
        """
        row = self._session.get(KeyringKeyRow, key.fingerprint)
        if row is None:
            values = dict(fingerprint=key.fingerprint, armored=key.armored, revoked=key.revoked,
                          updated_at=now)  # fmt: skip
            dialect = self._session.get_bind().dialect.name
            insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
            statement = insert(KeyringKeyRow).values(values).on_conflict_do_nothing()
            added = self._session.execute(statement.returning(KeyringKeyRow.fingerprint))
            if added.scalar_one_or_none() is not None:
                return True
            row = self._session.get(KeyringKeyRow, key.fingerprint)
            assert row is not None  # the other worker's, committed
        if key.revoked and not row.revoked:
            row.armored, row.revoked, row.updated_at = key.armored, True, now
            self._session.flush()
            return True
        return False

    def office_fingerprint(self) -> str | None:
        """The office key every host must hold, or None before any host named one."""
        newest = select(KeyringKeyRow.fingerprint).where(KeyringKeyRow.office_since.is_not(None))
        newest = newest.order_by(KeyringKeyRow.office_since.desc()).limit(1)
        return self._session.scalars(newest).first()

    def set_office(self, key: SharedKey, now: datetime) -> None:
        """Make `key` (its public part) the office key from now on."""
        self.put(key, now)
        row = self._session.get(KeyringKeyRow, key.fingerprint)
        assert row is not None
        if self.office_fingerprint() != key.fingerprint:
            row.office_since, row.updated_at = now, now
            self._session.flush()
