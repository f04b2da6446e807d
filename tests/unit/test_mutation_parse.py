"""reading/parse.py: a decrypted e-mail becomes its envelope, body, documents and problems."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest

from reading.parse import (
    ParsedMessage,
    ParseLimits,
    document_from_bytes,
    parse_message,
    read_envelope,
)


def parsed(raw: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(raw)


def nested(levels: int) -> EmailMessage:
    """A text part inside `levels` multiparts, each holding the next."""
    raw = b"Content-Type: text/plain\r\n\r\nBunn\r\n"
    for level in range(levels):
        boundary = f"b{level}".encode()
        raw = (
            b"Content-Type: multipart/mixed; boundary=" + boundary + b"\r\n\r\n--" + boundary
            + b"\r\n" + raw + b"\r\n--" + boundary + b"--\r\n"
        )  # fmt: skip
    return parsed(b"From: kari@example.no\r\nMIME-Version: 1.0\r\n" + raw)


def forwarding(inner: EmailMessage, body: str = "Videresender.") -> EmailMessage:
    outer = EmailMessage()
    outer["From"] = "kari@example.no"
    outer.set_content(body)
    outer.add_attachment(inner)
    return parsed(outer.as_bytes())


@pytest.mark.parametrize(("levels", "too_deep"), [(30, False), (31, True)])
def test_thirty_levels_of_parts_in_parts_are_read_and_more_are_a_problem(
    levels: int, too_deep: bool
) -> None:
    problems = parse_message(nested(levels)).problems
    assert problems == (
        ("meldingen har for mange nivåer av vedlegg i vedlegg",) if too_deep else ()
    )


def test_a_message_at_the_size_limit_is_read() -> None:
    message = parsed(b"From: kari@example.no\r\n\r\n" + b"x" * 100)
    assert parse_message(message, ParseLimits(max_message_bytes=100)).body == "x" * 100
    assert parse_message(message, ParseLimits(max_message_bytes=99)) == ParsedMessage(
        "", (), ("meldingen er for stor (100 byte; grensen er 99 byte)",)
    )


def test_a_message_that_is_only_an_attachment_has_an_empty_body() -> None:
    raw = (
        b"From: kari@example.no\r\nContent-Type: application/octet-stream\r\n"
        b'Content-Disposition: attachment; filename="data.bin"\r\n\r\n\x00\x01\x02'
    )
    result = parse_message(parsed(raw))
    assert (result.body, [d.name for d in result.documents]) == ("", ["data.bin"])


def test_the_size_counts_every_part_but_not_the_headers() -> None:
    raw = (
        b"From: kari@example.no\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nabcdefghij\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nklmnopqrst\r\n--b--\r\n"
    )
    message = parsed(raw)
    assert parse_message(message, ParseLimits(max_message_bytes=20)).problems == ()
    assert parse_message(message, ParseLimits(max_message_bytes=19)).problems != ()


def test_the_same_problem_twice_is_reported_once_and_the_body_joins_text_parts() -> None:
    raw = (
        b"From: kari@example.no\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nHei\r\n"
        b"--b\r\nContent-Type: application/pgp-encrypted\r\n"
        b'Content-Disposition: attachment; filename="a.gpg"\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n'
        b"--b\r\nContent-Type: application/pgp-encrypted\r\n"
        b'Content-Disposition: attachment; filename="a.gpg"\r\n\r\n-----BEGIN PGP MESSAGE-----\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nHilsen Kari\r\n--b--\r\n"
    )
    result = parse_message(parsed(raw))
    assert result.problems == ("vedlegget «a.gpg» kunne ikke leses (kryptert)",)
    assert result.body == "Hei\n\nHilsen Kari"


@pytest.mark.parametrize(
    "media_type",
    ["application/pgp-signature", "application/pkcs7-signature", "application/x-pkcs7-signature"],
)
def test_signatures_are_not_documents(media_type: str) -> None:
    raw = (
        b"From: kari@example.no\r\nContent-Type: multipart/signed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nSignert\r\n"
        b"--b\r\nContent-Type: " + media_type.encode() + b"\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQEx\r\n"
        b"--b--\r\n"
    )
    assert parse_message(parsed(raw)).documents == ()


def test_a_text_part_named_or_marked_as_an_attachment_is_a_document() -> None:
    raw = (
        b"From: kari@example.no\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nHei\r\n"
        b"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment\r\n\r\nNotat\r\n"
        b"--b\r\nContent-Type: text/html; name=side.html\r\n\r\n<p>Side</p>\r\n--b--\r\n"
    )
    result = parse_message(parsed(raw))
    assert result.body == "Hei"
    assert [(d.name, d.text) for d in result.documents] == [
        ("vedlegg-1.txt", "Notat"),
        ("side.html", "Side"),
    ]


def test_an_attached_email_is_named_after_its_subject_without_slashes_and_cut_at_100() -> None:
    inner = EmailMessage()
    inner["Subject"] = "Sak 1/2 \\  om   " + "x" * 120
    inner.set_content("Hei")
    name = parse_message(forwarding(inner)).documents[0].name
    assert name == f"Sak 12 om {'x' * 90}.eml"


def test_an_attached_email_without_a_subject_is_numbered_and_without_headers_starts_empty() -> None:
    inner = EmailMessage()
    inner.set_content("Hei")
    documents = parse_message(forwarding(inner)).documents
    assert [(d.name, d.text) for d in documents] == [("vedlegg-1.eml", "\nHei")]


def test_an_attached_emails_header_block_leaves_out_empty_headers_and_collapses_space() -> None:
    inner = EmailMessage()
    inner["From"] = "Ola   Nordmann <ola@example.no>"
    inner["To"] = ""
    inner["Subject"] = "DPIA"
    inner.set_content("Innhold")
    document = parse_message(forwarding(inner)).documents[0]
    assert document.text == "Fra: Ola Nordmann <ola@example.no>\nEmne: DPIA\n\nInnhold"


def test_an_attached_emails_text_is_capped() -> None:
    inner = EmailMessage()
    inner["Subject"] = "DPIA"
    inner.set_content("Innhold")
    text = parse_message(forwarding(inner), ParseLimits(max_text_chars=8)).documents[0].text
    assert text == "Emne: DP"


def test_an_attached_email_inside_an_attached_email_keeps_its_path() -> None:
    inner = EmailMessage()
    inner["Subject"] = "Indre"
    inner.set_content("Innerst")
    middle = EmailMessage()
    middle["Subject"] = "Midtre"
    middle.set_content("Midt")
    middle.add_attachment(inner)
    names = [d.name for d in parse_message(forwarding(middle)).documents]
    assert names == ["Midtre.eml", "Midtre.eml/Indre.eml"]


def test_an_attached_email_with_hostile_headers_is_kept_unread() -> None:
    content = b"Subject: " + b"x" * 40_000 + b"\r\n\r\nHei\r\n"
    documents, problems = document_from_bytes("a.eml", "message/rfc822", content, ParseLimits())
    assert [(d.name, d.media_type, d.text) for d in documents] == [("a.eml", "message/rfc822", "")]
    assert problems == [
        "for stor eller for kompleks til å lese automatisk: e-postfeltet «Subject» er 39 kB lang; "
        "originalen er lagret"
    ]


def test_envelope_fields_have_their_white_space_collapsed() -> None:
    raw = (
        b"From: =?utf-8?q?Kari__Nordmann?= <kari@example.no>\r\n"
        b"Subject: Foresp\xc3\xb8rsel  om\r\n\tforh\xc3\xa5ndsdr\xc3\xb8fting\r\n"
        b"Message-ID: < a@b >\r\n\r\nHei\r\n"
    )
    envelope = read_envelope(parsed(raw))
    assert envelope.sender_name == "Kari Nordmann"
    assert envelope.subject == "Forespørsel om forhåndsdrøfting"
    assert envelope.message_id == "<a@b>"


def forwarded_chain(levels: int, *, attachment: bool = False) -> bytes:
    """An e-mail that forwards an e-mail that forwards … `levels` times; the innermost one with
    an attachment of its own when asked (one level more)."""
    message = EmailMessage()
    message["Subject"] = "Innerst"
    message.set_content("Bunn")
    if attachment:
        message.add_attachment(b"data", "application", "octet-stream", filename="data.bin")
    for level in range(levels):
        outer = EmailMessage()
        outer["Subject"] = f"Nivå {level}"
        outer.set_content("Tekst")
        outer.add_attachment(message)
        message = outer
    return message.as_bytes()


TOO_DEEP = "meldingen har for mange nivåer av vedlegg i vedlegg"


@pytest.mark.parametrize(("levels", "too_deep"), [(15, False), (16, True)])
def test_forwarded_emails_count_towards_the_nesting_limit(levels: int, too_deep: bool) -> None:
    # each forwarded e-mail is two levels: its part in the outer message, and its own parts
    problems = parse_message(parsed(forwarded_chain(levels))).problems
    assert problems == ((TOO_DEEP,) if too_deep else ())


@pytest.mark.parametrize(
    ("levels", "attachment", "too_deep"), [(14, False, False), (14, True, False), (15, False, True)]
)
def test_an_eml_attachment_is_one_level_down_already(
    levels: int, attachment: bool, too_deep: bool
) -> None:
    content = forwarded_chain(levels, attachment=attachment)
    problems = document_from_bytes("a.eml", "message/rfc822", content, ParseLimits())[1]
    assert problems == ([TOO_DEEP] if too_deep else [])


def test_an_attached_emails_header_block_has_sender_recipient_date_and_subject() -> None:
    inner = EmailMessage()
    inner["Subject"] = "DPIA"
    inner["Date"] = "Mon, 2 Mar 2026 10:00:00 +0100"
    inner["To"] = "post@datatilsynet.no"
    inner["From"] = "Ola <ola@example.no>"
    inner.set_content("Innhold")
    document = parse_message(forwarding(inner)).documents[0]
    assert document.text == (
        "Fra: Ola <ola@example.no>\nTil: post@datatilsynet.no\n"
        "Dato: Mon, 02 Mar 2026 10:00:00 +0100\nEmne: DPIA\n\nInnhold"
    )
    assert document.content == inner.as_bytes()


def test_an_attached_email_keeps_its_file_name_and_capital_x_in_its_subject() -> None:
    inner = EmailMessage()
    inner["Subject"] = "XML-eksport"
    inner.set_content("Hei")
    outer = EmailMessage()
    outer.set_content("Se vedlegg.")
    outer.add_attachment(inner)
    assert [d.name for d in parse_message(parsed(outer.as_bytes())).documents] == [
        "XML-eksport.eml"
    ]
    outer = EmailMessage()
    outer.set_content("Se vedlegg.")
    outer.add_attachment(inner, filename="videresendt.eml")
    assert [d.name for d in parse_message(parsed(outer.as_bytes())).documents] == [
        "videresendt.eml"
    ]


def test_problems_before_and_inside_an_attached_email_are_all_kept() -> None:
    inner = EmailMessage()
    inner["Subject"] = "Indre"
    inner.set_content("Hei")
    inner.add_attachment(b"-----BEGIN PGP MESSAGE-----\n", "application", "pgp-encrypted",
                         filename="b.gpg")  # fmt: skip
    outer = EmailMessage()
    outer.set_content("Se vedlegg.")
    outer.add_attachment(b"-----BEGIN PGP MESSAGE-----\n", "application", "pgp-encrypted",
                         filename="a.gpg")  # fmt: skip
    outer.add_attachment(inner)
    result = parse_message(parsed(outer.as_bytes()))
    assert result.problems == (
        "vedlegget «a.gpg» kunne ikke leses (kryptert)",
        "vedlegget «b.gpg» kunne ikke leses (kryptert)",
    )
    assert [d.name for d in result.documents] == ["a.gpg", "Indre.eml", "Indre.eml/b.gpg"]


def test_an_email_part_holding_text_or_nothing_instead_of_an_email_is_read_as_a_file() -> None:
    outer = EmailMessage()
    outer["From"] = "kari@example.no"
    outer.set_content("Hei")
    outer.make_mixed()
    text = EmailMessage()  # built by a program, not parsed: its payload is the e-mail's text
    text["Content-Type"] = "message/rfc822"
    text["Content-Disposition"] = 'attachment; filename="rest.eml"'
    text.set_payload("Subject: Rest\n\nbare tekst")
    empty = EmailMessage()
    empty["Content-Type"] = "message/rfc822"
    empty.set_payload([])
    outer.attach(text)
    outer.attach(empty)
    documents = parse_message(outer).documents
    assert [(d.name, d.text) for d in documents] == [
        ("rest.eml", "Emne: Rest\n\nbare tekst"),
        ("vedlegg-1.eml", "\n"),
    ]


def test_an_attached_email_the_parser_cannot_read_is_kept_without_text() -> None:
    content = b"From: a@b\r\nContent-Type: ,\r\n =?utf-8?q?b0\xc3\xb8;inline*\r\n\r\nhei"
    documents, _ = document_from_bytes("x.eml", "message/rfc822", content, ParseLimits())
    assert [(d.name, d.media_type, d.text) for d in documents] == [("x.eml", "message/rfc822", "")]


def test_a_second_alternative_after_the_body_adds_its_texts_to_the_body() -> None:
    raw = (
        b"From: kari@example.no\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nHei\r\n"
        b"--b\r\nContent-Type: multipart/alternative; boundary=c\r\n\r\n"
        b"--c\r\nContent-Type: text/plain\r\n\r\nMer\r\n"
        b"--c\r\nContent-Type: text/html\r\n\r\n<p>Mer i HTML</p>\r\n--c--\r\n--b--\r\n"
    )
    assert parse_message(parsed(raw)).body == "Hei\n\nMer\n\nMer i HTML"


def eml_file_chain(levels: int) -> bytes:
    """An e-mail with an .eml file attached (as octet-stream) that has one attached …"""
    message = EmailMessage()
    message["Subject"] = "Innerst"
    message.set_content("Bunn")
    content = message.as_bytes()
    for level in range(levels):
        outer = EmailMessage()
        outer["Subject"] = f"Nivå {level}"
        outer.set_content("Tekst")
        outer.add_attachment(content, "application", "octet-stream", filename=f"n{level}.eml")
        content = outer.as_bytes()
    return content


def test_an_eml_file_attached_as_octet_stream_is_read_as_an_email() -> None:
    names = [d.name for d in parse_message(parsed(eml_file_chain(2))).documents]
    assert names == ["n1.eml", "n1.eml/n0.eml"]


@pytest.mark.parametrize(("levels", "too_deep"), [(15, False), (16, True)])
def test_eml_files_in_eml_files_count_towards_the_nesting_limit(
    levels: int, too_deep: bool
) -> None:
    problems = parse_message(parsed(eml_file_chain(levels))).problems
    assert problems == ((TOO_DEEP,) if too_deep else ())


def test_every_unreadable_attachment_is_a_problem() -> None:
    message = EmailMessage()
    message.set_content("Se vedlegg.")
    for name in ("a.gpg", "b.gpg"):
        message.add_attachment(b"-----BEGIN PGP MESSAGE-----\n", "application", "pgp-encrypted",
                               filename=name)  # fmt: skip
    assert parse_message(parsed(message.as_bytes())).problems == (
        "vedlegget «a.gpg» kunne ikke leses (kryptert)",
        "vedlegget «b.gpg» kunne ikke leses (kryptert)",
    )


def test_a_body_is_decoded_with_its_declared_charset() -> None:
    raw = (
        b"From: kari@example.no\r\nContent-Type: text/plain; charset=koi8-r\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + "Привет".encode("koi8-r")
    )
    assert parse_message(parsed(raw)).body == "Привет"


def test_only_a_flowed_body_is_unwrapped_and_delsp_removes_the_wrapping_space() -> None:
    def body(content_type: bytes) -> str:
        raw = b"From: kari@example.no\r\nContent-Type: " + content_type + b"\r\n\r\nord \r\nord\r\n"
        return parse_message(parsed(raw)).body

    assert body(b"text/plain; charset=utf-8") == "ord \nord"
    assert body(b"text/plain; charset=utf-8; format=flowed") == "ord ord"
    assert body(b"text/plain; charset=utf-8; format=flowed; delsp=yes") == "ordord"
