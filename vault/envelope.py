"""Pure: AES-256-GCM envelopes for values at rest, and data keys wrapped by a key-encryption key.

A stored value is ``VERSION | data key id (16) | nonce (12) | ciphertext+tag``; the purpose of the
value (its table and column) is the associated data, so a ciphertext cannot be moved to another
column. A wrapped data key is ``VERSION | KEK id (8) | nonce (12) | ciphertext+tag`` with the data
key's id as associated data: the KEK id tells a rotation which keys are still under an old KEK.
Text columns keep the envelope as ``sf1:`` + base64; binary columns as ``\\0sf1`` + bytes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = 1
TEXT_PREFIX = "sf1:"
BYTES_PREFIX = b"\x00sf1"
KEY_BYTES = 32
KEY_ID_BYTES = 16
KEK_ID_BYTES = 8
NONCE_BYTES = 12
_WRAP_AAD = b"saksflyt-data-key\x01"


class EnvelopeError(ValueError):
    """A stored value or wrapped key that does not open: wrong key, altered, or not ours."""


@dataclass(frozen=True)
class Kek:
    """A key-encryption key. `id` names it in wrapped keys; the key itself is never shown."""

    key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise EnvelopeError("a key-encryption key has 32 bytes")

    @property
    def id(self) -> str:
        return hashlib.sha256(b"saksflyt-kek\x01" + self.key).hexdigest()[: KEK_ID_BYTES * 2]


@lru_cache(maxsize=16384)
def _aead(key: bytes) -> AESGCM:
    """One cipher object per key: building it costs more than sealing a short value."""
    return AESGCM(key)


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_key_id() -> str:
    return os.urandom(KEY_ID_BYTES).hex()


def kek_text(kek: Kek) -> str:
    """The form a KEK is written in (a file, an environment variable, a Secret block)."""
    return base64.b64encode(kek.key).decode("ascii")


def kek_from_text(text: str) -> Kek:
    """A KEK from its base64 (44 characters) or hex (64 characters) form."""
    text = text.strip()
    try:
        key = (
            bytes.fromhex(text)
            if len(text) == KEY_BYTES * 2
            else base64.b64decode(text, validate=True)
        )
    except (ValueError, binascii.Error):
        raise EnvelopeError("a key-encryption key is 32 bytes in base64 or hex") from None
    return Kek(key)


class KekRing:
    """The current KEK (wraps new keys) and every KEK that may still unwrap older ones."""

    def __init__(self, current: Kek, others: Iterable[Kek] = ()) -> None:
        self.current = current
        self._by_id = {kek.id: kek for kek in (*others, current)}

    def __contains__(self, kek_id: str) -> bool:
        return kek_id in self._by_id

    def with_keks(self, current: Kek, others: Iterable[Kek] = ()) -> KekRing:
        """This ring with `current` as the current KEK; the KEKs it held stay readable."""
        return KekRing(current, (*self._by_id.values(), *others))

    def wrap(self, key_id: str, data_key: bytes) -> bytes:
        kek, nonce = self.current, os.urandom(NONCE_BYTES)
        sealed = AESGCM(kek.key).encrypt(nonce, data_key, _WRAP_AAD + bytes.fromhex(key_id))
        return bytes([VERSION]) + bytes.fromhex(kek.id) + nonce + sealed

    def unwrap(self, key_id: str, wrapped: bytes) -> bytes:
        kek_id = wrapped_kek_id(wrapped)
        kek = self._by_id.get(kek_id)
        if kek is None:
            raise EnvelopeError(
                f"data key {key_id} is wrapped by KEK {kek_id}, which is not loaded"
            )
        start = 1 + KEK_ID_BYTES
        nonce, sealed = wrapped[start : start + NONCE_BYTES], wrapped[start + NONCE_BYTES :]
        try:
            return AESGCM(kek.key).decrypt(nonce, sealed, _WRAP_AAD + bytes.fromhex(key_id))
        except InvalidTag:
            raise EnvelopeError(f"data key {key_id} does not open under KEK {kek_id}") from None


def wrapped_kek_id(wrapped: bytes) -> str:
    if len(wrapped) < 1 + KEK_ID_BYTES + NONCE_BYTES or wrapped[0] != VERSION:
        raise EnvelopeError("not a wrapped data key of a known version")
    return wrapped[1 : 1 + KEK_ID_BYTES].hex()


def seal(
    data_key: bytes, key_id: str, plaintext: bytes, purpose: str, prefix: bytes = b""
) -> bytes:
    """The envelope, after `prefix` (a binary column's BYTES_PREFIX: one copy of a large value,
    not two)."""
    nonce = os.urandom(NONCE_BYTES)
    head = bytes([VERSION]) + bytes.fromhex(key_id)
    sealed = _aead(data_key).encrypt(nonce, plaintext, head + purpose.encode())
    return b"".join((prefix, head, nonce, sealed))


def sealed_key_id(envelope: bytes | memoryview) -> str:
    if len(envelope) < 1 + KEY_ID_BYTES + NONCE_BYTES + 16 or envelope[0] != VERSION:
        raise EnvelopeError("not a sealed value of a known version")
    return envelope[1 : 1 + KEY_ID_BYTES].hex()


def open_sealed(data_key: bytes, envelope: bytes | memoryview, purpose: str) -> bytes:
    """The plaintext; the ciphertext is read in place (a copy of a 35 MB raw message was 35 MB
    more at the process stage's peak)."""
    head_length = 1 + KEY_ID_BYTES
    view = memoryview(envelope)
    head, nonce = bytes(view[:head_length]), view[head_length : head_length + NONCE_BYTES]
    try:
        return _aead(data_key).decrypt(
            nonce, view[head_length + NONCE_BYTES :], head + purpose.encode()
        )
    except InvalidTag:
        raise EnvelopeError(f"a sealed value of {purpose} does not open") from None


def to_text(envelope: bytes) -> str:
    return TEXT_PREFIX + base64.b64encode(envelope).decode("ascii")


def from_text(value: str) -> bytes | None:
    """The envelope in a text column's value, or None for a plaintext (legacy) value."""
    if not value.startswith(TEXT_PREFIX):
        return None
    try:
        return base64.b64decode(value[len(TEXT_PREFIX) :], validate=True)
    except binascii.Error:
        return None


def from_bytes(value: bytes) -> memoryview | None:
    """The envelope in a binary column's value (a view, not a copy), or None for plaintext
    (legacy) bytes."""
    return memoryview(value)[len(BYTES_PREFIX) :] if value.startswith(BYTES_PREFIX) else None
