"""reading/headers.py: encoded words, and a part kept as it was received."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from reading.headers import (
    as_bytes,
    automatic_reason,
    declared_type,
    decode_words,
    decoded_header,
    filename,
    is_attachment,
    is_flowed,
    message_ids,
    sender,
)


def test_encoded_words_in_several_charsets_are_decoded_and_an_unknown_one_is_left_as_is() -> None:
    words = "=?utf-8?q?s=C3=B8knad?= om =?iso-8859-1?q?dr=F8fting?="
    assert decode_words(words) == "søknad om drøfting"
    assert decode_words("=?x-unknown?q?abc?= x") == "=?x-unknown?q?abc?= x"


def test_a_part_keeps_its_raw_utf8_header_bytes_when_written_out_again() -> None:
    subject = (
        "Søknad om forhåndsdrøfting av kameraovervåking i butikkene våre i Nord-Norge".encode()
    )
    raw = b"From: a@kommune.example\r\nSubject: " + subject + b"\r\n\r\nHei\r\n"
    part = message_from_bytes(raw, policy=policy.default)
    assert b"Subject: " + subject + b"\n" in as_bytes(part)  # not refolded as encoded words


def reason(headers: str) -> str | None:
    raw = f"From: svar@kommune.example\r\n{headers}\r\nSubject: Sv: søknad\r\n\r\nHei\r\n"
    part = message_from_bytes(raw.encode(), policy=policy.default)
    assert isinstance(part, EmailMessage)
    return automatic_reason(part, "svar@kommune.example")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ("Precedence: List", "masseutsendelse (Precedence: list)"),
        ("Precedence: auto_reply", "automatisk svar (Precedence: auto_reply)"),
        ("X-Autoreply: yes", "automatisk svar (X-Autoreply)"),
        ("X-Autoreply: NO", None),
        ("X-Autorespond: False", None),
    ],
)
def test_a_machine_is_known_by_its_headers_and_a_header_saying_no_is_no(
    headers: str, expected: str | None
) -> None:
    assert reason(headers) == expected


def test_the_sender_is_the_first_usable_from_address_as_the_header_parser_reads_it() -> None:
    def from_(value: str) -> tuple[str, str]:
        part = message_from_bytes(f"From: {value}\r\n\r\nHei\r\n".encode(), policy=policy.default)
        assert isinstance(part, EmailMessage)
        return sender(part)

    assert from_("<>, Kari Nordmann <kari@kommune.example>") == (
        "Kari Nordmann",
        "kari@kommune.example",
    )
    assert from_("KARI@KOMMUNE.EXAMPLE (Kari)") == ("", "kari@kommune.example")


def test_message_ids_folded_across_lines_are_joined_and_bare_tokens_kept() -> None:
    folded = "<20260301.\r\n 1234@kommune.example> <b@kommune.example>"
    assert message_ids(folded) == ("<20260301.1234@kommune.example>", "<b@kommune.example>")
    assert message_ids("a@kommune.example b@kommune.example") == (
        "a@kommune.example",
        "b@kommune.example",
    )


def parsed(raw: str) -> EmailMessage:
    part = message_from_bytes(raw.encode(), policy=policy.default)
    assert isinstance(part, EmailMessage)
    return part


def test_a_declared_type_names_its_charset_when_it_has_one() -> None:
    text = parsed("Content-Type: text/plain; charset=ISO-8859-1\r\n\r\nHei\r\n")
    assert declared_type(text) == "text/plain; charset=iso-8859-1"
    assert declared_type(parsed("Content-Type: application/pdf\r\n\r\n%PDF")) == "application/pdf"


def test_a_file_name_in_encoded_words_is_decoded() -> None:
    part = parsed(
        "Content-Type: application/pdf\r\n"
        'Content-Disposition: attachment; filename="=?utf-8?q?S=C3=B8knad_DPIA.pdf?="\r\n\r\n%PDF'
    )
    assert filename(part) == "Søknad DPIA.pdf"


def test_auto_submitted_is_read_up_to_its_first_parameter_and_quoted_at_most_40_characters() -> (
    None
):
    assert reason('Auto-Submitted: auto-replied; owner-email="a@b.c"; x=y') == (
        "automatisk svar (Auto-Submitted: auto-replied)"
    )
    long = "auto-generated-by-the-municipal-case-system-v2"
    assert reason(f"Auto-Submitted: {long}") == f"automatisk melding (Auto-Submitted: {long[:40]})"


@pytest.mark.parametrize(
    ("content_type", "flags"),
    [
        ("text/plain; charset=utf-8; format=Flowed; DelSp=Yes", (True, True)),
        ("text/plain; format=flowed", (True, False)),
        ("text/plain; delsp=yes", (False, True)),
        ("text/plain", (False, False)),
    ],
)
def test_format_flowed_and_delsp_are_read_whatever_their_case(
    content_type: str, flags: tuple[bool, bool]
) -> None:
    assert is_flowed(parsed(f"Content-Type: {content_type}\r\n\r\nHei \r\nder\r\n")) == flags


def headed(raw: bytes) -> EmailMessage:
    part = message_from_bytes(raw + b"\r\n\r\nHei\r\n", policy=policy.default)
    assert isinstance(part, EmailMessage)
    return part


def test_a_header_is_read_decoded_through_the_parser() -> None:
    part = headed(b"Subject: =?utf-8?q?S=C3=B8knad?= om =?utf-8?q?dr=C3=B8fting?=")
    assert decoded_header(part, "Subject") == "Søknad om drøfting"
    assert decoded_header(part, "Comments") == ""
    folded = headed(b"Subject: Request for\r\n prior consultation")
    assert decoded_header(folded, "Subject") == "Request for prior consultation"  # unfolded


def test_a_header_the_parser_fails_on_is_read_from_its_raw_encoded_words() -> None:
    # The stdlib's address parser raises IndexError on an empty group after an address.
    part = headed(b"From: =?utf-8?q?K=C3=A5ri?= <KARI@X.NO>, :;")
    assert decoded_header(part, "From") == "Kåri <KARI@X.NO>, :;"


def test_a_from_header_the_parser_fails_on_is_read_by_parseaddr_in_lower_case() -> None:
    part = headed(b"From: =?utf-8?q?K=C3=A5ri?= <KARI@X.NO>, :;")
    assert sender(part) == ("Kåri", "kari@x.no")


DOUBLE_ENCODED = b"%3D%3Futf-8%3Fq%3Fr%3DC3%3DA5d.pdf%3F%3D"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # RFC 2231 around RFC 2047 (double-encoded by some mail clients)
        (b"Content-Disposition: attachment; filename*=utf-8''" + DOUBLE_ENCODED, "råd.pdf"),
        (
            b'Content-Disposition: attachment; filename="C:\\\\Users\\\\kari\\\\s\xf8knad.pdf"',
            "søknad.pdf",
        ),
        (b'Content-Type: application/pdf; name="../../tmp/s\xf8knad.pdf"', "søknad.pdf"),
        (b'Content-Disposition: attachment; filename="s\xc3\xb8knad.pdf"', "søknad.pdf"),
        (b"Content-Disposition: attachment; filename=s\xf8knad.pdf; size=3", "søknad.pdf"),
        # a quoted name with an escaped quote, read by the stdlib when it has no 8-bit bytes
        (b'Content-Disposition: attachment; filename="Kari \\"K\\" N.pdf"', 'Kari "K" N.pdf'),
        (b'Content-Disposition: attachment; filename="vedlegg/  DPIA\x07.docx  "', "DPIA.docx"),
        (b'Content-Disposition: attachment; filename="a/.."', None),
        (b'Content-Disposition: attachment; filename="a/."', None),
        (b'Content-Disposition: attachment; filename="a/ "', None),
        (b"Content-Disposition: attachment", None),
    ],
)
def test_a_file_name_is_decoded_and_stripped_of_its_path_and_control_characters(
    header: bytes, expected: str | None
) -> None:
    assert filename(headed(header)) == expected


def test_a_disposition_the_parser_fails_on_is_taken_for_an_attachment() -> None:
    # «filename*» without a value: the stdlib's parameter parser raises IndexError
    assert is_attachment(headed(b"Content-Disposition: inline; filename*")) is True
    assert is_attachment(headed(b"Content-Disposition: inline; filename=a.txt")) is False


def test_a_part_that_cannot_be_written_out_is_no_bytes() -> None:
    built = EmailMessage()
    built.set_payload("Søknad")  # text without a charset: not encodable as it stands
    assert as_bytes(built) == b""


@pytest.mark.parametrize(
    ("address", "bounce"),
    [
        ("mailer-daemon@relay.example", True),
        ("mailer-daemon@relay@example", True),  # the local part ends at the first «@»
        ("mailer-daemon", True),
        ("postmaster@relay.example", False),
        ("kari.mailer-daemon@relay.example", False),
    ],
)
def test_mail_from_the_mailer_daemon_is_a_bounce(address: str, bounce: bool) -> None:
    part = headed(b"From: x@y.example\r\nSubject: Undeliverable")
    expected = "returmelding (bounce)" if bounce else None
    assert automatic_reason(part, address) == expected


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("multipart/report; report-type=Disposition-Notification", "lesebekreftelse"),
        ("multipart/report", "returmelding"),
        ("multipart/report; report-type=delivery-status", "returmelding"),
        ("multipart/mixed; report-type=delivery-status", None),
    ],
)
def test_a_report_is_a_read_receipt_only_when_it_says_so(
    content_type: str, expected: str | None
) -> None:
    part = headed(f"Content-Type: {content_type}; boundary=b\r\n\r\n--b--".encode())
    found = automatic_reason(part, "svar@kommune.example")
    assert (found.split(" (")[0] if found else None) == expected
