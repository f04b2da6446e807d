"""Column types that keep content encrypted at rest (AES-GCM, vault.envelope), and the keys.

A sealed column stores an envelope naming its data key. Writing needs the value tagged with its
data key (`Scoped*`, done by the flush hook in cases.orm_keys, which picks the case's key);
an untagged non-empty value is refused rather than stored in clear. Reading finds the data key by
the id in the envelope: from this process's cache, else from the `data_keys` row over the
connection that read the value, unwrapped by a KEK of the process's ring (`use_keks`). A value
without an envelope is a plaintext row from before encryption and is returned as it is.
"""

from __future__ import annotations

import contextvars
import json
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy import JSON, LargeBinary, Text, TypeDecorator, column, event, select, table
from sqlalchemy.engine import Connection, Dialect, Engine

from cases.errors import ConfigurationError
from vault import envelope
from vault.envelope import Kek, KekRing

SEALED_JSON_KEY = "_sealed"


class ScopedText(str):
    """A text value with the id of the data key it is to be sealed with."""

    key_id: str

    def __new__(cls, value: str, key_id: str) -> ScopedText:
        obj = super().__new__(cls, value)
        obj.key_id = key_id
        return obj


class ScopedBytes(bytes):
    key_id: str

    def __new__(cls, value: bytes, key_id: str) -> ScopedBytes:
        obj = super().__new__(cls, value)
        obj.key_id = key_id
        return obj


class ScopedDict(dict[str, Any]):
    def __init__(self, value: dict[str, Any], key_id: str) -> None:
        super().__init__(value)
        self.key_id = key_id


class ScopedList(list[Any]):
    def __init__(self, value: list[Any], key_id: str) -> None:
        super().__init__(value)
        self.key_id = key_id


# --- the keys of this process ----------------------------------------------------------------
_lock = threading.Lock()
_ring: list[KekRing] = []
_data_keys: dict[str, bytes] = {}  # data key id -> key, unwrapped once per process
_connection: contextvars.ContextVar[Connection | None] = contextvars.ContextVar(
    "saksflyt_sealed_connection", default=None
)
_data_key_table = table("data_keys", column("id"), column("wrapped", LargeBinary))


def use_keks(current: Kek, previous: Sequence[Kek] = ()) -> None:
    """Wrap new data keys with `current`; unwrap with it, `previous` and KEKs used before."""
    with _lock:
        _ring[:] = [_ring[0].with_keks(current, previous) if _ring else KekRing(current, previous)]


def kek_ring() -> KekRing:
    if not _ring:
        raise ConfigurationError(detail="ingen nøkkelkrypteringsnøkkel (SAKSFLYT_KEK) er lastet")
    return _ring[0]


def remember_data_key(key_id: str, key: bytes) -> None:
    _data_keys[key_id] = key


def forget_data_keys() -> None:
    """Drop the unwrapped keys (after a crypto-shredding, and in tests)."""
    _data_keys.clear()


def data_key(key_id: str) -> bytes:
    key = _data_keys.get(key_id)
    if key is not None:
        return key
    connection = _connection.get()
    if connection is None or connection.closed:
        raise envelope.EnvelopeError(f"data key {key_id} is not loaded and no register is open")
    query = select(_data_key_table.c.wrapped).where(_data_key_table.c.id == key_id)
    wrapped = connection.execute(query).scalar()
    if wrapped is None:
        raise envelope.EnvelopeError(f"data key {key_id} is gone (crypto-shredded?)")
    key = kek_ring().unwrap(key_id, wrapped)
    _data_keys[key_id] = key
    return key


@event.listens_for(Engine, "before_cursor_execute")
def _remember_connection(connection: Connection, *_: object) -> None:
    """The connection a value is read over is the one its data key is looked up over."""
    _connection.set(connection)


# --- the column types ------------------------------------------------------------------------
class _Sealed:
    purpose: str

    def _seal(self, plaintext: bytes, key_id: str, prefix: bytes = b"") -> bytes:
        return envelope.seal(data_key(key_id), key_id, plaintext, self.purpose, prefix)

    def _open(self, sealed: bytes | memoryview) -> bytes:
        return envelope.open_sealed(data_key(envelope.sealed_key_id(sealed)), sealed, self.purpose)

    def _unscoped(self) -> ConfigurationError:
        return ConfigurationError(
            detail=f"{self.purpose} skrives uten datanøkkel (ville stått i klartekst)"
        )


class SealedText(_Sealed, TypeDecorator[str]):
    """Text encrypted at rest; '' stays '' (it says nothing)."""

    impl = Text
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or value == "" or envelope.from_text(value) is not None:
            return value  # an envelope written as it is: a rotation or a copy
        if not isinstance(value, ScopedText):
            raise self._unscoped()
        return envelope.to_text(self._seal(value.encode("utf-8"), value.key_id))

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        sealed = envelope.from_text(value)
        return value if sealed is None else self._open(sealed).decode("utf-8")

    def compare_values(self, x: Any, y: Any) -> bool:
        return bool(x == y) and type(x) is type(y)


class SealedBytes(_Sealed, TypeDecorator[bytes]):
    impl = LargeBinary
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        if value is None or value == b"" or envelope.from_bytes(value) is not None:
            return value
        if not isinstance(value, ScopedBytes):
            raise self._unscoped()
        return self._seal(value, value.key_id, envelope.BYTES_PREFIX)  # no copy of the value

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        value = bytes(value)
        sealed = envelope.from_bytes(value)
        return value if sealed is None else self._open(sealed)

    def compare_values(self, x: Any, y: Any) -> bool:
        return bool(x == y) and type(x) is type(y)


class SealedJSON(_Sealed, TypeDecorator[Any]):
    """A JSON object whose members are sealed together, except `clear` ones the database reads
    (dates of the case clock), or a JSON list sealed whole (stored as an object with only the
    sealed member); a stored object without the sealed member, or a list, is a legacy row."""

    impl = JSON
    cache_ok = True

    def __init__(self, purpose: str, clear: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.purpose = purpose
        self.clear = clear

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if not value or (isinstance(value, dict) and SEALED_JSON_KEY in value):
            return value
        if isinstance(value, list):
            if not isinstance(value, ScopedList):
                raise self._unscoped()
            plaintext = json.dumps(value, ensure_ascii=False).encode("utf-8")
            return {SEALED_JSON_KEY: envelope.to_text(self._seal(plaintext, value.key_id))}
        shown = {key: value[key] for key in self.clear if key in value}
        rest = {key: item for key, item in value.items() if key not in self.clear}
        if not rest:
            return shown
        if not isinstance(value, ScopedDict):
            raise self._unscoped()
        plaintext = json.dumps(rest, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return {**shown, SEALED_JSON_KEY: envelope.to_text(self._seal(plaintext, value.key_id))}

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if not isinstance(value, dict) or SEALED_JSON_KEY not in value:
            return value
        sealed = envelope.from_text(str(value[SEALED_JSON_KEY]))
        if sealed is None:
            return value
        rest = json.loads(self._open(sealed))
        if isinstance(rest, list):
            return rest
        shown = {key: item for key, item in value.items() if key != SEALED_JSON_KEY}
        return {**shown, **rest}

    def compare_values(self, x: Any, y: Any) -> bool:
        return bool(x == y) and type(x) is type(y)


def scoped(value: Any, key_id: str) -> Any:
    """`value` tagged with its data key, for a sealed column."""
    if isinstance(value, str):
        return ScopedText(value, key_id)
    if isinstance(value, bytes | bytearray | memoryview):
        return ScopedBytes(bytes(value), key_id)
    if isinstance(value, dict):
        return ScopedDict(value, key_id)
    if isinstance(value, list):
        return ScopedList(value, key_id)
    return value


SEALED_TYPES = (SealedText, SealedBytes, SealedJSON)
