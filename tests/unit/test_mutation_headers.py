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
    filename,
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
