"""The AEAD envelope of values at rest and the wrapping of data keys (vault.envelope)."""

from __future__ import annotations

import pytest

from vault import envelope
from vault.envelope import EnvelopeError, Kek, KekRing


def test_a_sealed_value_opens_only_with_its_key_and_for_its_column() -> None:
    key, key_id = envelope.new_key(), envelope.new_key_id()
    sealed = envelope.seal(key, key_id, "Fortrolig søknad".encode(), "documents.text")
    assert b"Fortrolig" not in sealed and envelope.sealed_key_id(sealed) == key_id
    assert envelope.open_sealed(key, sealed, "documents.text").decode() == "Fortrolig søknad"
    with pytest.raises(EnvelopeError):  # moved to another column
        envelope.open_sealed(key, sealed, "cases.title")
    with pytest.raises(EnvelopeError):  # another key
        envelope.open_sealed(envelope.new_key(), sealed, "documents.text")
    altered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(EnvelopeError):
        envelope.open_sealed(key, altered, "documents.text")


def test_text_and_bytes_forms_tell_a_sealed_value_from_a_legacy_plaintext() -> None:
    key, key_id = envelope.new_key(), envelope.new_key_id()
    sealed = envelope.seal(key, key_id, b"x", "p")
    assert envelope.from_text(envelope.to_text(sealed)) == sealed
    in_column = envelope.seal(key, key_id, b"x", "p", envelope.BYTES_PREFIX)
    assert in_column.startswith(envelope.BYTES_PREFIX)
    opened = envelope.from_bytes(in_column)
    assert opened is not None and envelope.open_sealed(key, opened, "p") == b"x"
    assert envelope.from_text("Søknad om forhåndsdrøftelse") is None
    assert envelope.from_bytes(b"%PDF-1.7") is None
    assert envelope.from_text("sf1:not base64!") is None


def test_a_wrapped_key_names_its_kek_and_opens_after_a_rotation_only_with_a_ring_holding_it() -> (
    None
):
    old, new = Kek(envelope.new_key()), Kek(envelope.new_key())
    key, key_id = envelope.new_key(), envelope.new_key_id()
    wrapped = KekRing(old).wrap(key_id, key)
    assert envelope.wrapped_kek_id(wrapped) == old.id != new.id
    rotating = KekRing(new, [old])
    assert rotating.unwrap(key_id, wrapped) == key
    rewrapped = rotating.wrap(key_id, key)
    assert envelope.wrapped_kek_id(rewrapped) == new.id
    assert KekRing(new).unwrap(key_id, rewrapped) == key
    with pytest.raises(EnvelopeError, match=old.id):  # the old KEK is gone
        KekRing(new).unwrap(key_id, wrapped)
    with pytest.raises(EnvelopeError):  # a key's wrapping cannot be moved to another key id
        rotating.unwrap(envelope.new_key_id(), rewrapped)


def test_a_kek_reads_from_base64_or_hex_and_never_shows_itself() -> None:
    kek = Kek(envelope.new_key())
    assert envelope.kek_from_text(envelope.kek_text(kek)) == kek
    assert envelope.kek_from_text(kek.key.hex()) == kek
    assert kek.key.hex() not in repr(kek) and envelope.kek_text(kek) not in repr(kek)
    for bad in ("", "not a key", "AAAA"):
        with pytest.raises(EnvelopeError):
            envelope.kek_from_text(bad)
