"""reading/mime.py: base64 payloads decoded without copies, and left to the stdlib when odd."""

from __future__ import annotations

import base64
from email.message import Message

from reading.mime import base64_payload

DATA = bytes(range(256)) * 3


def part(payload: str, encoding: str | None = "base64") -> Message:
    message = Message()
    if encoding is not None:
        message["Content-Transfer-Encoding"] = encoding
    message.set_payload(payload)
    return message


def folded(data: bytes, newline: str = "\r\n") -> str:
    text = base64.b64encode(data).decode()
    return newline.join(text[i : i + 76] for i in range(0, len(text), 76)) + newline


def test_folded_base64_decodes_like_the_stdlib() -> None:
    for newline in ("\r\n", "\n"):
        message = part(folded(DATA, newline))
        assert base64_payload(message) == DATA == message.get_payload(decode=True)


def test_the_encoding_name_is_case_insensitive() -> None:
    assert base64_payload(part(folded(DATA), "Base64")) == DATA


def test_another_or_no_transfer_encoding_is_left_to_the_stdlib() -> None:
    assert base64_payload(part(folded(DATA), "quoted-printable")) is None
    assert base64_payload(part(folded(DATA), None)) is None


def test_base64_that_needs_repair_is_left_to_the_stdlib() -> None:
    text = base64.b64encode(DATA).decode()
    assert base64_payload(part(text[:-1])) is None  # not a multiple of four
    assert base64_payload(part("QUJD*EFG")) is None  # a character outside the alphabet
    assert base64_payload(part("QUJD****")) is None  # not silently dropped: b"ABC" if they were
    assert base64_payload(part(text[:-4] + "æøå=")) is None  # not ASCII


def test_a_multipart_payload_is_no_base64_text() -> None:
    container = Message()
    container["Content-Transfer-Encoding"] = "base64"
    container.set_payload([part(folded(DATA))])
    assert base64_payload(container) is None


def test_an_empty_payload_is_empty_bytes() -> None:
    assert base64_payload(part("")) == b""
