"""One receiver per mailbox: a PostgreSQL advisory lock, or a file lock beside SQLite (I/O)."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

__all__ = ["advisory_key", "receiver_lock"]

log = logging.getLogger(__name__)


def advisory_key(identity: str) -> int:
    """A signed 64-bit key for PostgreSQL's advisory locks, derived from the mailbox identity."""
    return int.from_bytes(hashlib.sha256(identity.encode()).digest()[:8], "big", signed=True)


@contextmanager
def receiver_lock(engine: Engine, identity: str, lock_folder: Path) -> Iterator[bool]:
    """Yield True while this is the mailbox's only receiver, False when another one runs.

    Neither lock outlives its holder: PostgreSQL drops a session's advisory locks when its
    connection closes, and the kernel drops a flock when the process dies, so a crashed or
    killed run never blocks the next one.
    """
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine, advisory_key(identity)) as held:
            yield held
    else:
        name = hashlib.sha256(identity.encode()).hexdigest()[:24]
        with _file_lock(lock_folder / f"receiver-{name}.lock") as held:
            yield held


@contextmanager
def _advisory_lock(engine: Engine, key: int) -> Iterator[bool]:
    """A session-level advisory lock on a connection held (outside any transaction) for the run."""
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        held = bool(connection.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))
        try:
            yield held
        finally:
            if held:
                _advisory_unlock(connection, key)


def _advisory_unlock(connection: Connection, key: int) -> None:
    try:
        connection.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
    except DBAPIError:
        # The connection broke, and the lock went with it; never pool a connection in doubt.
        log.warning("could not release the receiver lock; dropping its connection")
        connection.invalidate()


@contextmanager
def _file_lock(path: Path) -> Iterator[bool]:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)  # releases the lock
