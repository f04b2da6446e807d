"""reading/mime.py: base64 payloads decoded without copies, and left to the stdlib when odd; the
parser's policy reads headers as the stdlib's default does."""

from __future__ import annotations

import base64
from email import policy
from email.message import Message
from email.parser import BytesParser

from reading.mime import MAIL_POLICY, base64_payload

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


MULTIPART = (
    b"From: =?utf-8?q?Kari_N=C3=B8rdmann?= <kari@kommune.example>\r\n"
    b"Subject: =?utf-8?q?Anmodning_om_forh=C3=A5ndsdr=C3=B8ftelse?=\r\n"
    b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
    b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHei\r\n"
    b'--b1\r\nContent-Type: application/pdf; name="dpia.pdf"\r\n'
    b"Content-Disposition: attachment; filename*=utf-8''vurdering%20%C3%A6.pdf\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b1--\r\n"
)


def test_the_mail_policy_reads_every_header_as_the_stdlib_default_does() -> None:
    ours = BytesParser(policy=MAIL_POLICY).parsebytes(MULTIPART)
    stdlib = BytesParser(policy=policy.default).parsebytes(MULTIPART)
    for _ in range(2):  # the second time from the kept header objects
        for mine, theirs in zip(ours.walk(), stdlib.walk(), strict=True):
            assert mine.items() == theirs.items()
            assert mine.get_content_type() == theirs.get_content_type()
            assert mine.get_params() == theirs.get_params()
            assert mine.get_filename() == theirs.get_filename()
            assert [h.defects for _, h in mine.items()] == [h.defects for _, h in theirs.items()]
    assert ours.as_bytes() == stdlib.as_bytes()
    assert str(ours["Subject"]) == "Anmodning om forhåndsdrøftelse"


def test_short_header_values_are_parsed_once_and_long_ones_each_time() -> None:
    short = "text/plain; charset=utf-8"
    assert MAIL_POLICY.header_factory("Content-Type", short) is MAIL_POLICY.header_factory(
        "Content-Type", short
    )
    long = "text/plain; " + "; ".join(f"p{n}=v" for n in range(200))
    assert len(long) > 998
    first, second = (MAIL_POLICY.header_factory("Content-Type", long) for _ in range(2))
    assert first is not second
    assert first == second
    assert first.params == second.params
