"""The data keys of encryption at rest (I/O schema), and the flush hook that picks them.

One data key per case (so a case can be crypto-shredded); values that exist before or outside a
case (raw messages, quarantined submissions, alerts) use the office key of the month. Each is
wrapped by the key-encryption key (KEK), which lives outside the database (config.wiring).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    LargeBinary,
    String,
    Text,
    event,
    func,
    inspect,
    literal,
    select,
    type_coerce,
)
from sqlalchemy.orm import Mapped, Mapper, Session, mapped_column
from sqlalchemy.orm.attributes import flag_modified

from cases import sealed
from cases.base import Base
from cases.orm import CaseRow
from vault import envelope

OFFICE_KEYS = "saksflyt_office_keys"  # Session.info: the month's office key id


class DataKeyRow(Base):
    """A data key wrapped by a KEK; `kek_id` tells a rotation which are still under an old KEK."""

    __tablename__ = "data_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    scope: Mapped[str] = mapped_column(String(40), index=True)  # case | office:2026-12
    kek_id: Mapped[str] = mapped_column(String(16), index=True)
    wrapped: Mapped[bytes | None] = mapped_column(LargeBinary)  # None once crypto-shredded
    created_at: Mapped[datetime]
    rewrapped_at: Mapped[datetime | None]


_sealed_by_class: dict[type[Any], tuple[str, ...]] = {}


def sealed_attributes(mapper: Mapper[Any]) -> tuple[str, ...]:
    found = _sealed_by_class.get(mapper.class_)
    if found is None:
        found = tuple(
            attr.key
            for attr in mapper.column_attrs
            if isinstance(attr.columns[0].type, sealed.SEALED_TYPES)
        )
        _sealed_by_class[mapper.class_] = found
    return found


def new_data_key(session: Session, scope: str) -> str:
    key_id, key = envelope.new_key_id(), envelope.new_key()
    ring = sealed.kek_ring()
    wrapped = ring.wrap(key_id, key)
    row = DataKeyRow(id=key_id, scope=scope, kek_id=ring.current.id, wrapped=wrapped)
    row.created_at = datetime.now(UTC)
    session.add(row)
    sealed.remember_data_key(key_id, key)
    return key_id


def case_key(session: Session, case: CaseRow) -> str:
    if case.data_key_id is None:  # a new case, or one from before encryption at rest
        case.data_key_id = new_data_key(session, "case")
    return case.data_key_id


def office_key(session: Session) -> str:
    scope = f"office:{datetime.now(UTC):%Y-%m}"
    known: dict[str, str] = session.info.setdefault(OFFICE_KEYS, {})
    if scope not in known:
        query = (
            select(DataKeyRow.id)
            .where(DataKeyRow.scope == scope, DataKeyRow.wrapped.is_not(None))
            .order_by(DataKeyRow.created_at)
            .limit(1)
        )
        known[scope] = session.scalar(query) or new_data_key(session, scope)
    return known[scope]


def key_for(session: Session, row: object) -> str:
    """The data key a row's sealed values go under: its case's, else the office's."""
    if isinstance(row, CaseRow):
        return case_key(session, row)
    case_id = getattr(row, "case_id", None)
    case = session.get(CaseRow, case_id) if case_id is not None else None
    return case_key(session, case) if case is not None else office_key(session)


@event.listens_for(Session, "after_soft_rollback")
def _forget_office_key(session: Session, _transaction: object) -> None:
    """An office key created in a rolled-back transaction does not exist: never seal under it."""
    session.info.pop(OFFICE_KEYS, None)


@event.listens_for(Session, "before_flush")
def _seal_on_flush(session: Session, _context: object, _instances: object) -> None:
    with session.no_autoflush:
        for row in [*session.new, *session.dirty]:
            state = inspect(row)
            names = sealed_attributes(state.mapper)
            changed = [name for name in names if state.attrs[name].history.added]
            values = [(name, getattr(row, name)) for name in changed]
            values = [
                (name, value) for name, value in values if value and not hasattr(value, "key_id")
            ]
            if values:
                key_id = key_for(session, row)
                for name, value in values:
                    setattr(row, name, sealed.scoped(value, key_id))


# --- operations: rotation, and sealing rows written before encryption at rest ------------------
def rewrap_batch(session: Session, limit: int = 200) -> int:
    """Rewrap up to `limit` data keys not yet under the current KEK; how many were done.

    Each batch is its own transaction (the caller commits), so a stopped rotation resumes where
    it was; the old KEK stays loaded for reading until no key needs it.
    """
    ring = sealed.kek_ring()
    query = (
        select(DataKeyRow)
        .where(DataKeyRow.kek_id != ring.current.id, DataKeyRow.wrapped.is_not(None))
        .order_by(DataKeyRow.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    rows = list(session.scalars(query))
    now = datetime.now(UTC)
    for row in rows:
        assert row.wrapped is not None
        key = ring.unwrap(row.id, row.wrapped)
        row.wrapped, row.kek_id, row.rewrapped_at = ring.wrap(row.id, key), ring.current.id, now
    session.flush()
    return len(rows)


def keys_by_kek(session: Session) -> dict[str, int]:
    """How many live data keys each KEK wraps."""
    query = select(DataKeyRow.kek_id).where(DataKeyRow.wrapped.is_not(None))
    counts: dict[str, int] = {}
    for kek_id in session.scalars(query):
        counts[kek_id] = counts.get(kek_id, 0) + 1
    return counts


def sealed_columns() -> Iterator[tuple[type[Any], str]]:
    for mapper in Base.registry.mappers:
        for name in sealed_attributes(mapper):
            yield mapper.class_, name


def seal_plaintext_batch(session: Session, limit: int = 200) -> int:
    """Seal up to `limit` rows still holding a sealed column in clear; how many were sealed."""
    done = 0
    for model, name in sealed_columns():
        if done >= limit:
            break
        rows = _plaintext_rows(session, model, name, limit - done)
        for row in rows:
            value = getattr(row, name)
            setattr(row, name, sealed.scoped(value, key_for(session, row)))
            flag_modified(row, name)
        done += len(rows)
    session.flush()
    return done


def _plaintext_rows(session: Session, model: type[Any], name: str, limit: int) -> list[Any]:
    attribute = getattr(model, name)
    kind = attribute.type
    keys = list(inspect(model).primary_key)
    if isinstance(kind, sealed.SealedJSON):  # JSON: whether its members are sealed, in Python
        stored = session.execute(select(*keys, type_coerce(attribute, JSON)))
        clear = set(kind.clear) | {sealed.SEALED_JSON_KEY}
        found = [tuple(row[:-1]) for row in stored if set(row[-1] or {}) - clear]
        return [session.get(model, key if len(key) > 1 else key[0]) for key in found[:limit]]
    if isinstance(kind, sealed.SealedText):
        text = type_coerce(attribute, Text)
        condition = ~text.startswith(envelope.TEXT_PREFIX) & (text != "")
    else:
        raw = type_coerce(attribute, LargeBinary)
        head = func.substr(raw, 1, len(envelope.BYTES_PREFIX))
        condition = raw.is_not(None) & (head != literal(envelope.BYTES_PREFIX, LargeBinary))
    return list(session.scalars(select(model).where(condition).limit(limit)))
