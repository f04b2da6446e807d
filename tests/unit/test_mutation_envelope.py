"""vault/envelope.py: what an operator reads when a key or a stored value does not open, and the
edges of the stored forms (the shortest value, a rotated ring, base64 with stray characters)."""

from __future__ import annotations

import pytest

from vault import envelope
from vault.envelope import EnvelopeError, Kek, KekRing


def test_a_kek_of_the_wrong_length_says_how_long_it_must_be() -> None:
    with pytest.raises(EnvelopeError, match="^a key-encryption key has 32 bytes$"):
        Kek(b"\x00" * 31)
    with pytest.raises(EnvelopeError, match=r"^a key-encryption key is 32 bytes in base64 or hex$"):
        envelope.kek_from_text("zz" * 32)


def test_a_kek_in_base64_with_a_stray_character_is_refused_not_guessed_at() -> None:
    text = envelope.kek_text(Kek(envelope.new_key()))
    with pytest.raises(EnvelopeError, match="32 bytes in base64 or hex"):
        envelope.kek_from_text(text[:10] + "*" + text[10:])


def test_a_ring_knows_exactly_the_keks_it_holds() -> None:
    old, new, stranger = (Kek(envelope.new_key()) for _ in range(3))
    ring = KekRing(new, [old])
    assert old.id in ring and new.id in ring and stranger.id not in ring


def test_rotating_the_ring_wraps_with_the_new_kek_and_still_opens_what_the_old_wrapped() -> None:
    old, new, extra = (Kek(envelope.new_key()) for _ in range(3))
    key, key_id = envelope.new_key(), envelope.new_key_id()
    wrapped = KekRing(old).wrap(key_id, key)
    rotated = KekRing(old).with_keks(new, [extra])
    assert rotated.current == new and old.id in rotated and extra.id in rotated
    assert envelope.wrapped_kek_id(rotated.wrap(key_id, key)) == new.id
    assert rotated.unwrap(key_id, wrapped) == key
    assert rotated.unwrap(key_id, KekRing(extra).wrap(key_id, key)) == key


def test_a_wrapped_key_that_does_not_open_names_the_key_and_the_kek() -> None:
    kek = Kek(envelope.new_key())
    key_id = envelope.new_key_id()
    wrapped = KekRing(kek).wrap(key_id, envelope.new_key())
    altered = wrapped[:-1] + bytes([wrapped[-1] ^ 1])
    message = f"^data key {key_id} does not open under KEK {kek.id}$"
    with pytest.raises(EnvelopeError, match=message):
        KekRing(kek).unwrap(key_id, altered)


def test_the_shortest_wrapped_key_header_is_read_and_anything_shorter_or_newer_is_refused() -> None:
    kek_id = bytes(range(8))
    shortest = bytes([1]) + kek_id + bytes(12)
    assert envelope.wrapped_kek_id(shortest) == kek_id.hex()
    for bad in (shortest[:-1], bytes([2]) + shortest[1:]):
        with pytest.raises(EnvelopeError, match="^not a wrapped data key of a known version$"):
            envelope.wrapped_kek_id(bad)


def test_an_empty_value_is_the_shortest_sealed_value_and_anything_shorter_is_refused() -> None:
    key, key_id = envelope.new_key(), envelope.new_key_id()
    empty = envelope.seal(key, key_id, b"", "cases.title")
    assert len(empty) == 1 + 16 + 12 + 16 and envelope.sealed_key_id(empty) == key_id
    assert envelope.open_sealed(key, empty, "cases.title") == b""
    for bad in (empty[:-1], bytes([2]) + empty[1:]):
        with pytest.raises(EnvelopeError, match="^not a sealed value of a known version$"):
            envelope.sealed_key_id(bad)


def test_a_value_that_does_not_open_names_its_column() -> None:
    sealed = envelope.seal(envelope.new_key(), envelope.new_key_id(), b"x", "documents.text")
    with pytest.raises(EnvelopeError, match="^a sealed value of documents.text does not open$"):
        envelope.open_sealed(envelope.new_key(), sealed, "documents.text")


def test_a_plaintext_that_starts_like_the_text_form_stays_plaintext() -> None:
    assert envelope.from_text("sf1: Kari Nordmann") is None
