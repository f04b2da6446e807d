"""reading/unwrap.py with a decryptor that knows its ciphertexts: what each layout becomes.

Real ciphertext needs gpg (tests/integration/test_reading_unwrap.py); here a ciphertext is an
OpenPGP session-key packet header followed by a marker, and the decryptor looks the marker up, so
every path of the walk can be followed without gpg: what is decrypted, what the message becomes,
what the crypto record says and which failure a caseworker reads.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message

import pytest

from cases.model import Encryption, SignatureStatus
from crypto.armor import dearmor
from crypto.status import REASONS, Decryption, FailureMode
from reading.unwrap import OpenedMessage, open_message

PKESK = b"\x84"  # an old-format packet header, tag 1: a public-key encrypted session key
SIGNATURE_PACKET = b"\x88"  # tag 2: a detached signature, OpenPGP but not encrypted
CHUNK = 64 * 1024  # reading.unwrap feeds the e-mail parser this many bytes at a time


def binary(marker: bytes) -> bytes:
    return PKESK + marker


def armored(packets: bytes) -> str:
    encoded = base64.b64encode(packets).decode()
    return f"-----BEGIN PGP MESSAGE-----\n\n{encoded}\n-----END PGP MESSAGE-----\n"


@dataclass
class Codebook:
    """Decrypts a ciphertext (binary or armored) whose packets hold a known marker."""

    plaintexts: dict[bytes, bytes] = field(default_factory=dict)
    signature: SignatureStatus = SignatureStatus.NONE
    signer: str | None = None
    key_ids: tuple[str, ...] = ("AAAA000011112222",)
    refusal: str | None = REASONS[FailureMode.NO_SECRET_KEY]
    verdict: tuple[SignatureStatus, str | None] = (SignatureStatus.VALID, "F1F2")
    decrypted: list[bytes] = field(default_factory=list)
    verified: list[tuple[bytes, bytes]] = field(default_factory=list)

    def decrypt(self, ciphertext: bytes) -> Decryption:
        self.decrypted.append(ciphertext)
        armor = ciphertext.decode("ascii", errors="replace")  # gpg skips armor headers
        packets = dearmor(armor) if b"-----BEGIN" in ciphertext else None
        packets = ciphertext if packets is None else packets
        for marker, plaintext in self.plaintexts.items():
            if marker in packets:
                return Decryption(
                    True, plaintext, None, "ok", self.key_ids, self.signature, self.signer
                )
        return Decryption(False, b"", self.refusal, "failed", self.key_ids)

    def verify_detached(self, data: bytes, signature: bytes) -> tuple[SignatureStatus, str | None]:
        self.verified.append((data, signature))
        return self.verdict


def headers(message: EmailMessage, content_type: str | None = None) -> EmailMessage:
    message["From"] = "Personvernombud <pvo@controller.test>"
    message["Subject"] = "Forhåndsdrøftelse"
    message["Message-ID"] = "<1@controller.test>"
    if content_type is not None:
        message.make_mixed()
        message.replace_header("Content-Type", content_type)
    return message


def part(content_type: str, data: bytes, filename: str | None = None) -> EmailMessage:
    maintype, subtype = content_type.split("/")
    piece = EmailMessage()
    piece.set_content(data, maintype, subtype, cte="base64", filename=filename)
    if filename is None:
        del piece["Content-Disposition"]
    return piece


def text_part(text: str, subtype: str = "plain") -> EmailMessage:
    piece = EmailMessage()
    piece.set_content(text, subtype=subtype)
    return piece


def pgp_mime(ciphertext: bytes, content_type: str = "multipart/encrypted") -> EmailMessage:
    message = headers(EmailMessage(), content_type)
    message.set_param("protocol", "application/pgp-encrypted")
    message.attach(part("application/pgp-encrypted", b"Version: 1\n"))
    message.attach(part("application/octet-stream", ciphertext, filename="encrypted.asc"))
    return message


def entity(body: str, subject: str | None = None, charset: str = "utf-8") -> bytes:
    """A MIME entity as a mail client encrypts it: canonical CRLF line ends."""
    inner = EmailMessage()
    if subject is not None:
        inner["Subject"] = subject
    inner.set_content(body.encode(charset), "text", "plain", cte="8bit")
    inner.set_param("charset", charset)
    return inner.as_bytes(policy=policy.SMTP)


def open_(message: Message | bytes, decryptor: Codebook) -> OpenedMessage:
    raw = message if isinstance(message, bytes) else message.as_bytes()
    return open_message(raw, decryptor)


def texts(message: Message) -> list[str]:
    return [
        str(piece.get_content())
        for piece in message.walk()
        if isinstance(piece, EmailMessage) and piece.get_content_maintype() == "text"
    ]


def files(message: Message) -> dict[str, tuple[str, bytes]]:
    found: dict[str, tuple[str, bytes]] = {}
    for piece in message.walk():
        name = piece.get_filename()
        payload = piece.get_payload(decode=True)
        if name and isinstance(payload, bytes):
            found[name] = (piece.get_content_type(), payload)
    return found


# --- PGP/MIME -----------------------------------------------------------------------------------


def test_pgp_mime_becomes_its_inner_entity_under_the_outer_headers() -> None:
    inner = entity("First line\nsecond line\n", subject="Beskyttet emne", charset="iso-8859-1")
    decryptor = Codebook(
        {b"A": inner}, signature=SignatureStatus.VALID, signer="F00D", key_ids=("K1", "K2")
    )

    opened = open_(pgp_mime(binary(b"A")), decryptor)

    message = opened.message
    assert message["From"] == "Personvernombud <pvo@controller.test>"
    assert message["Subject"] == "Forhåndsdrøftelse"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content() == "First line\nsecond line\n"  # CRLF became LF
    assert opened.protected_subject == "Beskyttet emne"
    assert opened.failures == ()
    assert opened.crypto.encryption == (Encryption.PGP_MIME,)
    assert opened.crypto.recipient_key_ids == ("K1", "K2")
    assert opened.crypto.signature is SignatureStatus.VALID
    assert opened.crypto.signer_fingerprint == "F00D"
    assert decryptor.decrypted == [binary(b"A")]


def test_an_inner_entity_without_a_subject_protects_none() -> None:
    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": entity("Tekst\n")}))

    assert opened.protected_subject is None
    assert opened.message.get_content() == "Tekst\n"


def test_a_decrypted_latin_1_flowed_body_is_kept_as_utf_8_and_stays_flowed() -> None:
    inner = EmailMessage()
    inner.set_content("Blabaer og \nromme\n".encode("latin-1"), "text", "plain", cte="8bit")
    inner.set_param("charset", "iso-8859-1")
    inner.set_param("format", "flowed")
    inner.set_param("delsp", "yes")
    plaintext = inner.as_bytes(policy=policy.SMTP)

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": plaintext}))

    message = opened.message
    assert message.get_content_charset() == "utf-8"
    assert message.get_param("format") == "flowed"
    assert message.get_param("delsp") == "yes"
    assert message.get_content() == "Blabaer og \nromme\n"


@pytest.mark.parametrize("text", ["Vedlagt – DPIA\n", "Pris 1 200 € – æøå ÆØÅ ✓\n"])
def test_a_decrypted_single_text_part_keeps_letters_outside_latin_1(text: str) -> None:
    # _graft copies the payload as a string; an 8bit string payload would be read back as
    # raw-unicode-escape («–» read «\\u2013»), so the decrypted text is kept as base64
    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": entity(text)}))

    assert opened.message.get_content() == text


def test_a_decrypted_body_that_was_not_flowed_gets_no_flowed_parameters() -> None:
    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": entity("Tekst\n")}))

    assert opened.message.get_param("format") is None
    assert opened.message.get_param("delsp") is None


def test_a_decrypted_text_attachment_is_kept_as_it_was() -> None:
    inner = EmailMessage()
    inner.set_content("Brødtekst\n")
    inner.add_attachment(
        "Vedlagt\r\ntekst æ\r\n".encode("latin-1"), "text", "plain", filename="notat.txt"
    )
    inner.get_payload()[1].set_param("charset", "iso-8859-1")  # type: ignore[index,union-attr]

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": inner.as_bytes()}))

    attachment = opened.message.get_payload()[1]  # type: ignore[index]
    assert attachment.get_content_charset() == "iso-8859-1"
    assert attachment.get_payload(decode=True) == "Vedlagt\r\ntekst æ\r\n".encode("latin-1")


def test_pgp_mime_without_its_second_part_is_incomplete() -> None:
    message = headers(EmailMessage(), "multipart/encrypted")
    message.attach(part("application/pgp-encrypted", b"Version: 1\n"))
    decryptor = Codebook()

    opened = open_(message, decryptor)

    assert opened.failures == ("PGP/MIME-melding uten kryptert innhold (ufullstendig)",)
    assert opened.crypto.encryption == (Encryption.PGP_MIME,)
    assert decryptor.decrypted == []


def test_a_ciphertext_the_office_cannot_open_is_a_failure_and_the_message_stays() -> None:
    decryptor = Codebook(key_ids=("K9",))

    opened = open_(pgp_mime(binary(b"B")), decryptor)

    assert opened.failures == (f"kryptert melding: {REASONS[FailureMode.NO_SECRET_KEY]}",)
    assert opened.message.get_content_type() == "multipart/encrypted"
    assert opened.crypto.encryption == (Encryption.PGP_MIME,)
    assert opened.crypto.recipient_key_ids == ("K9",)
    assert opened.protected_subject is None


def test_a_refusal_without_a_reason_is_gnupgs_unknown_error() -> None:
    opened = open_(pgp_mime(binary(b"B")), Codebook(refusal=None))

    assert opened.failures == (f"kryptert melding: {REASONS[FailureMode.UNKNOWN]}",)


def test_an_armored_pgp_message_that_is_not_openpgp_to_gpg_is_damaged() -> None:
    refusal = REASONS[FailureMode.NOT_OPENPGP]
    damaged = open_(pgp_mime(armored(binary(b"B")).encode()), Codebook(refusal=refusal))
    other = open_(pgp_mime(armored(binary(b"B")).encode()), Codebook(refusal="annet"))

    assert damaged.failures == (f"kryptert melding: {REASONS[FailureMode.DAMAGED]}",)
    assert other.failures == ("kryptert melding: annet",)


def test_an_encrypted_part_that_holds_no_encryption_never_reaches_gpg() -> None:
    decryptor = Codebook({b"A": entity("x\n")})

    opened = open_(pgp_mime(SIGNATURE_PACKET + b"A"), decryptor)

    assert opened.failures == (f"kryptert melding: {REASONS[FailureMode.NOT_ENCRYPTED]}",)
    assert opened.crypto.encryption == (Encryption.PGP_MIME,)
    assert decryptor.decrypted == []


@pytest.mark.parametrize("kind", [b"\x98", b"\x94", b"\x90", b"\xa0", b"\xac"])
def test_literal_keys_and_one_pass_signatures_are_not_encryption(kind: bytes) -> None:
    # old-format packet tags 6 public key, 5 secret key, 4 one-pass signed, 8 compressed, 11 literal
    decryptor = Codebook({b"A": entity("x\n")})

    opened = open_(pgp_mime(kind + b"A"), decryptor)

    assert opened.failures == (f"kryptert melding: {REASONS[FailureMode.NOT_ENCRYPTED]}",)
    assert decryptor.decrypted == []


def test_decrypted_headers_too_large_to_parse_are_a_failure() -> None:
    hostile = b"Subject: " + b"=?utf-8?q?a?= " * 300 + b"\r\n\r\nTekst\r\n"

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": hostile}))

    assert len(opened.failures) == 1
    assert "«Subject» har 300 kodede ord" in opened.failures[0]
    assert opened.message.get_content_type() == "multipart/encrypted"
    assert opened.protected_subject is None


def test_a_large_decrypted_entity_has_every_crlf_read_as_one_line_break() -> None:
    # the entity's CRLF pairs straddle the parser's 64 kB slices; neither half may be lost
    line = "Linje med tekst.\r\n"
    head = b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    body = "x" * (CHUNK - len(head) - 1) + "\r\n" + line * 8000
    inner = head + body.encode()

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": inner}))

    assert opened.message.get_content() == body.replace("\r\n", "\n")


def test_an_entity_ending_in_a_carriage_return_at_a_slice_edge_keeps_it() -> None:
    head = b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    inner = head + b"y" * (CHUNK - len(head) - 1) + b"\r"

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": inner}))

    assert opened.message.get_content() == "y" * (CHUNK - len(head) - 1) + "\n"


def test_a_large_plain_message_is_parsed_whole() -> None:
    message = headers(EmailMessage())
    body = "".join(f"linje {n}\n" for n in range(20000))
    message.set_content(body)

    opened = open_(message, Codebook())

    assert opened.message.get_content() == body
    assert opened.crypto.encryption == () and opened.failures == ()


# --- signatures ---------------------------------------------------------------------------------


def signed(body: str, protocol: str = "application/pgp-signature") -> EmailMessage:
    message = EmailMessage()
    message.make_mixed()
    message.replace_header("Content-Type", "multipart/signed")
    message.set_param("protocol", protocol)
    message.set_boundary("grense")
    message.attach(text_part(body))
    message.attach(part("application/pgp-signature", b"SIGNATUR"))
    return message


def test_signed_mail_has_its_first_part_checked_in_canonical_form() -> None:
    message = headers(signed("Vi anmoder.\n"))
    decryptor = Codebook(verdict=(SignatureStatus.BAD, "BAD1"))

    opened = open_(message.as_bytes().replace(b"\r\n", b"\n"), decryptor)

    assert decryptor.verified == [
        (
            b'Content-Type: text/plain; charset="utf-8"\r\n'
            b"Content-Transfer-Encoding: 7bit\r\nMIME-Version: 1.0\r\n\r\nVi anmoder.\r\n",
            b"SIGNATUR",
        )
    ]
    assert opened.crypto.signature is SignatureStatus.BAD
    assert opened.crypto.signer_fingerprint == "BAD1"
    assert opened.crypto.encryption == ()
    assert opened.message.get_content_type() == "multipart/signed"  # not decrypted: kept


def test_a_signature_of_another_protocol_is_not_checked() -> None:
    decryptor = Codebook()

    opened = open_(headers(signed("Tekst\n", protocol="application/pkcs7-signature")), decryptor)

    assert decryptor.verified == []
    assert opened.crypto.signature is SignatureStatus.NONE


def test_a_signed_message_without_its_signature_part_is_not_checked() -> None:
    message = headers(signed("Tekst\n"))
    message.set_payload(message.get_payload()[:1])  # type: ignore[index]
    decryptor = Codebook()

    open_(message, decryptor)

    assert decryptor.verified == []


def test_a_signed_message_whose_delimiters_are_missing_is_not_checked() -> None:
    raw = signed("Tekst\n").as_bytes().replace(b"--grense", b"--annen")
    raw = raw.replace(b'boundary="grense"', b'boundary="annen"')
    truncated = raw[: raw.index(b"--annen", raw.index(b"--annen") + 1)]
    decryptor = Codebook()

    open_message(truncated.replace(b'boundary="annen"', b'boundary="grense"'), decryptor)
    open_message(truncated, decryptor)  # the first delimiter, but not the second

    assert decryptor.verified == []


def test_signed_then_encrypted_content_is_checked_and_unwrapped() -> None:
    inner = signed("Hemmelig og signert\n")
    inner["Subject"] = "Indre emne"
    inner.get_payload()[0]["Subject"] = "Signert emne"  # type: ignore[index]
    decryptor = Codebook({b"A": inner.as_bytes(policy=policy.SMTP)}, key_ids=("K1",))

    opened = open_(pgp_mime(binary(b"A")), decryptor)

    assert len(decryptor.verified) == 1
    assert decryptor.verified[0][0].endswith(b"\r\n\r\nHemmelig og signert\r\n")
    assert opened.message.get_content_type() == "text/plain"
    assert opened.message.get_content() == "Hemmelig og signert\n"
    assert opened.protected_subject == "Signert emne"  # RFC 9788: inside the signed part
    assert opened.failures == ()
    assert opened.crypto.signature is SignatureStatus.VALID
    assert opened.crypto.signer_fingerprint == "F1F2"


def test_the_strongest_signature_verdict_wins() -> None:
    inner = signed("Tekst\n").as_bytes(policy=policy.SMTP)
    decryptor = Codebook(
        {b"A": inner},
        signature=SignatureStatus.VALID,
        signer="GOOD",
        verdict=(SignatureStatus.BAD, "EVIL"),
    )

    opened = open_(pgp_mime(binary(b"A")), decryptor)

    assert opened.crypto.signature is SignatureStatus.BAD
    assert opened.crypto.signer_fingerprint == "EVIL"


# --- PGP/MIME rewritten by Exchange and Google --------------------------------------------------


def exchange(blank: EmailMessage, ciphertext: bytes) -> EmailMessage:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(blank)
    message.attach(part("application/pgp-encrypted", b"Version: 1\n", filename="PGPMIME.txt"))
    message.attach(part("application/octet-stream", ciphertext, filename="encrypted.asc"))
    return message


def test_exchanges_rewritten_pgp_mime_is_opened_as_pgp_mime() -> None:
    decryptor = Codebook({b"A": entity("Innhold\n", subject="Indre")})

    opened = open_(exchange(text_part(" \r\n-- \n\t\n"), binary(b"A")), decryptor)

    assert opened.message.get_content_type() == "text/plain"
    assert opened.message.get_content() == "Innhold\n"
    assert opened.message["Subject"] == "Forhåndsdrøftelse"
    assert opened.protected_subject == "Indre"
    assert opened.crypto.encryption == (Encryption.PGP_MIME_MANGLED,)
    assert opened.failures == ()


def test_googles_rewritten_pgp_mime_is_opened_as_pgp_mime() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("\n"))
    encrypted = pgp_mime(binary(b"A"))
    for name in ("From", "Subject", "Message-ID"):
        del encrypted[name]
    message.attach(encrypted)

    opened = open_(message, Codebook({b"A": entity("Innhold\n")}))

    assert opened.message.get_content_type() == "text/plain"
    assert opened.message.get_content() == "Innhold\n"
    assert opened.crypto.encryption == (Encryption.PGP_MIME_MANGLED,)


def test_googles_rewritten_pgp_mime_that_cannot_be_opened_stays_as_it_came() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("\n"))
    message.attach(pgp_mime(binary(b"B")))

    opened = open_(message, Codebook())

    assert opened.message.get_content_type() == "multipart/mixed"
    assert [p.get_content_type() for p in opened.message.iter_parts()] == [
        "text/plain",
        "multipart/encrypted",
    ]
    assert opened.failures == (f"kryptert melding: {REASONS[FailureMode.NO_SECRET_KEY]}",)
    assert opened.crypto.encryption == (Encryption.PGP_MIME_MANGLED,)


def test_a_rewritten_message_with_words_beside_it_is_a_message_with_an_attachment() -> None:
    decryptor = Codebook({b"A": b"%PDF-1.4 klartekst"})

    opened = open_(exchange(text_part("Se vedlegg.\n"), binary(b"A")), decryptor)

    assert opened.message.get_content_type() == "multipart/mixed"
    assert texts(opened.message)[0] == "Se vedlegg.\n"
    assert files(opened.message)["encrypted"] == ("application/octet-stream", b"%PDF-1.4 klartekst")
    assert opened.crypto.encryption == (Encryption.ATTACHMENT,)


def test_a_blank_html_part_beside_the_ciphertext_is_not_exchanges_rewriting() -> None:
    decryptor = Codebook({b"A": b"klartekst"})

    opened = open_(exchange(text_part(" ", subtype="html"), binary(b"A")), decryptor)

    assert opened.crypto.encryption == (Encryption.ATTACHMENT,)
    assert opened.message.get_content_type() == "multipart/mixed"


def test_two_encrypted_parts_in_a_mixed_message_are_opened_each_as_pgp_mime() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(pgp_mime(binary(b"A")))
    message.attach(pgp_mime(binary(b"C")))
    decryptor = Codebook({b"A": entity("En\n"), b"C": entity("To\n")})

    opened = open_(message, decryptor)

    assert opened.message.get_content_type() == "multipart/mixed"
    assert texts(opened.message) == ["En\n", "To\n"]
    assert opened.crypto.encryption == (Encryption.PGP_MIME,)


def test_the_pgp_encrypted_marker_as_the_last_part_is_no_rewriting() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("\n"))
    message.attach(part("application/pgp-encrypted", b"Version: 1\n"))
    decryptor = Codebook()

    opened = open_(message, decryptor)

    assert opened.failures == () and opened.crypto.encryption == ()
    assert decryptor.decrypted == []


# --- forwarded messages -------------------------------------------------------------------------


def forwarded(inner: Message) -> EmailMessage:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("Videresendt:\n"))
    wrapper = EmailMessage()
    wrapper.set_content(inner)
    message.attach(wrapper)
    return message


def test_a_forwarded_encrypted_message_is_opened_and_counted_as_forwarded() -> None:
    inner = pgp_mime(binary(b"A"))
    decryptor = Codebook({b"A": entity("Hemmelig\n", subject="Indre emne")})

    opened = open_(forwarded(inner), decryptor)

    assert texts(opened.message) == ["Videresendt:\n", "Hemmelig\n"]
    assert opened.crypto.encryption == (Encryption.PGP_MIME, Encryption.FORWARDED)
    assert opened.protected_subject is None  # the forwarded message's subject is not ours


def test_a_forwarded_plain_message_is_not_encryption() -> None:
    inner = headers(EmailMessage())
    inner.set_content("Klartekst\n")

    opened = open_(forwarded(inner), Codebook())

    assert texts(opened.message) == ["Videresendt:\n", "Klartekst\n"]
    assert opened.crypto.encryption == ()


def test_a_forwarded_message_inside_the_encryption_keeps_the_protected_subject() -> None:
    outer_entity = forwarded(pgp_mime(binary(b"C")))
    outer_entity.replace_header("Subject", "Ytre emne")
    decryptor = Codebook(
        {
            b"A": outer_entity.as_bytes(policy=policy.SMTP),
            b"C": entity("Indre\n", subject="Indre emne"),
        }
    )

    opened = open_(pgp_mime(binary(b"A")), decryptor)

    assert opened.protected_subject == "Ytre emne"
    assert texts(opened.message) == ["Videresendt:\n", "Indre\n"]
    assert opened.crypto.encryption == (Encryption.PGP_MIME, Encryption.FORWARDED)


@pytest.mark.parametrize("encoding", ["base64", "quoted-printable"])
def test_a_forwarded_message_encoded_against_rfc_2046_is_decoded(encoding: str) -> None:
    inner = b"Subject: Videresendt\nContent-Type: text/plain; charset=utf-8\n\nInnhold =C3=A6\n"
    encoded = base64.encodebytes(inner) if encoding == "base64" else inner
    raw = (
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n"
        b"Content-Type: message/rfc822\nContent-Transfer-Encoding: "
        + encoding.encode()
        + b"\n\n"
        + encoded
        + b"\n--b--\n"
    )

    opened = open_message(raw, Codebook())

    wrapper = opened.message.get_payload()[0]  # type: ignore[index]
    assert wrapper["Content-Transfer-Encoding"] is None
    forwarded_message = wrapper.get_payload()[0]
    assert forwarded_message["Subject"] == "Videresendt"
    expected = "Innhold æ\n" if encoding == "quoted-printable" else "Innhold =C3=A6\n"
    assert forwarded_message.get_content() == expected
    assert opened.failures == ()


def test_a_forwarded_message_in_another_transfer_encoding_is_left_as_it_is() -> None:
    raw = (
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n"
        b"Content-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n"
        b"Subject: Videresendt\n\nInnhold\n--b--\n"
    )

    opened = open_message(raw, Codebook())

    wrapper = opened.message.get_payload()[0]  # type: ignore[index]
    assert wrapper["Content-Transfer-Encoding"] == "8bit"
    assert wrapper.get_payload()[0]["Subject"] == "Videresendt"


def test_a_forwarded_message_with_hostile_headers_is_a_failure_not_parsed() -> None:
    inner = b"To: " + b"=?utf-8?q?a?= " * 250 + b"\n\nInnhold\n"
    raw = (
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\n"
        b"Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(inner)
        + b"\n--b--\n"
    )

    opened = open_message(raw, Codebook())

    assert len(opened.failures) == 1
    assert opened.failures[0].startswith("for stor eller for kompleks til å lese automatisk")
    assert "«To» har 250 kodede ord" in opened.failures[0]


# --- S/MIME -------------------------------------------------------------------------------------


def smime(smime_type: str | None, content_type: str = "application/pkcs7-mime") -> bytes:
    parameter = f"; smime-type={smime_type}" if smime_type else ""
    return (
        f"Subject: S\nContent-Type: {content_type}{parameter}; name=smime.p7m\n"
        "Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggE=\n"
    ).encode()


@pytest.mark.parametrize("content_type", ["application/pkcs7-mime", "application/x-pkcs7-mime"])
def test_s_mime_encrypted_mail_is_recognised(content_type: str) -> None:
    decryptor = Codebook()

    opened = open_message(smime("enveloped-data", content_type), decryptor)

    assert opened.crypto.encryption == (Encryption.SMIME,)
    assert opened.failures == (
        "S/MIME-kryptert melding: vi kan bare lese OpenPGP-kryptert e-post; be avsenderen "
        "sende på nytt kryptert med OpenPGP til Datatilsynets nøkkel",
    )
    assert decryptor.decrypted == []


@pytest.mark.parametrize("smime_type", ["signed-data", "Signed-Data"])
def test_s_mime_with_the_content_inside_its_signature_is_unreadable(smime_type: str) -> None:
    opened = open_message(smime(smime_type), Codebook())

    assert opened.failures == (
        "S/MIME-signert melding der innholdet er pakket inn i signaturen: innholdet kan ikke "
        "leses; be avsenderen sende på nytt uten slik innpakning, eller kryptert med OpenPGP",
    )


def test_s_mime_without_a_type_is_taken_for_encrypted() -> None:
    opened = open_message(smime(None), Codebook())

    assert opened.failures[0].startswith("S/MIME-kryptert melding")


def test_a_whole_message_sent_as_a_p7m_file_is_s_mime() -> None:
    raw = smime(None, "application/octet-stream").replace(b"name=smime.p7m", b"name=SMIME.P7M")

    opened = open_message(raw, Codebook())

    assert opened.crypto.encryption == (Encryption.SMIME,)


def test_a_p7m_file_inside_a_message_is_one_document() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("Se vedlagt.\n"))
    message.attach(part("application/octet-stream", b"0\x80", filename="avtale.p7m"))
    message.get_payload()[1].replace_header(  # type: ignore[index,union-attr]
        "Content-Disposition", "inline; filename=avtale.p7m"
    )

    opened = open_(message, Codebook())

    assert opened.crypto.encryption == () and opened.failures == ()


def test_an_attached_s_mime_part_is_a_document_not_the_message() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("Se vedlagt.\n"))
    message.attach(part("application/pkcs7-mime", b"0\x80", filename="smime.p7m"))

    opened = open_(message, Codebook())

    assert opened.crypto.encryption == () and opened.failures == ()


# --- encrypted attachments ----------------------------------------------------------------------


def with_attachment(data: bytes, filename: str | None, content_type: str) -> EmailMessage:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("Vedlagt.\n"))
    message.attach(part(content_type, data, filename=filename))
    return message


@pytest.mark.parametrize(
    ("name", "clear", "media_type"),
    [
        ("dpia.pdf.pgp", "dpia.pdf", "application/pdf"),
        ("Notat.TXT.GPG", "Notat.TXT", "text/plain"),
        ("side.html.asc", "side.html", "text/html"),
        ("data.xml.pgp", "data.xml", "application/xml"),
        ("liste.csv.pgp", "liste.csv", "text/csv"),
        ("data.json.pgp", "data.json", "application/json"),
        ("pakke.zip.pgp", "pakke.zip", "application/zip"),
        ("bilde.png.pgp", "bilde.png", "image/png"),
        ("bilde.jpg.pgp", "bilde.jpg", "image/jpeg"),
        ("bilde.jpeg.pgp", "bilde.jpeg", "image/jpeg"),
        ("brev.odt.pgp", "brev.odt", "application/vnd.oasis.opendocument.text"),
        ("brev.doc.pgp", "brev.doc", "application/msword"),
        (
            "brev.docx.pgp",
            "brev.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "ark.xlsx.pgp",
            "ark.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        ("ukjent.xyz.pgp", "ukjent.xyz", "application/octet-stream"),
        ("utennavn.pgp", "utennavn", "application/octet-stream"),
        (".pgp", ".pgp", "application/octet-stream"),
        ("dpia.pgp.pdf", "dpia.pgp.pdf", "application/pdf"),
    ],
)
def test_an_encrypted_attachment_gets_its_clear_name_and_type(
    name: str, clear: str, media_type: str
) -> None:
    message = with_attachment(binary(b"A"), name, "application/octet-stream")

    opened = open_(message, Codebook({b"A": b"klartekst"}))

    assert files(opened.message) == {clear: (media_type, b"klartekst")}
    assert opened.crypto.encryption == (Encryption.ATTACHMENT,)
    assert opened.failures == ()
    assert opened.message["Subject"] == "Forhåndsdrøftelse"


def test_an_encrypted_attachment_without_a_name_is_found_by_its_content() -> None:
    message = with_attachment(binary(b"A"), None, "application/octet-stream")

    opened = open_(message, Codebook({b"A": b"klartekst"}))

    assert files(opened.message) == {"vedlegg": ("application/octet-stream", b"klartekst")}


def test_an_unnamed_attachment_that_cannot_be_opened_names_a_placeholder() -> None:
    message = with_attachment(binary(b"B"), None, "application/octet-stream")

    opened = open_(message, Codebook())

    assert opened.failures == (f"vedlegget vedlegg.pgp: {REASONS[FailureMode.NO_SECRET_KEY]}",)
    assert opened.crypto.encryption == (Encryption.ATTACHMENT,)


def test_an_armored_text_attachment_is_an_encrypted_attachment() -> None:
    message = with_attachment(armored(binary(b"A")).encode(), "melding.txt.asc", "text/plain")

    opened = open_(message, Codebook({b"A": b"klartekst"}))

    assert files(opened.message) == {"melding.txt": ("text/plain", b"klartekst")}


def test_an_inline_text_part_named_pgp_is_an_encrypted_attachment() -> None:
    message = with_attachment(armored(binary(b"A")).encode(), "melding.pgp", "text/plain")
    message.get_payload()[1].replace_header(  # type: ignore[index,union-attr]
        "Content-Disposition", "inline; filename=melding.pgp"
    )

    opened = open_(message, Codebook({b"A": b"klartekst"}))

    assert files(opened.message) == {"melding": ("application/octet-stream", b"klartekst")}
    assert opened.crypto.encryption == (Encryption.ATTACHMENT,)


def test_binary_that_is_not_encrypted_is_left_alone() -> None:
    message = with_attachment(b"%PDF-1.4", "dpia.pdf.pgp", "application/octet-stream")
    decryptor = Codebook()

    opened = open_(message, decryptor)

    assert files(opened.message) == {"dpia.pdf.pgp": ("application/octet-stream", b"%PDF-1.4")}
    assert decryptor.decrypted == [] and opened.failures == ()


# --- inline armored text ------------------------------------------------------------------------


def inline(text: str, subtype: str = "plain", charset: str = "utf-8") -> EmailMessage:
    message = headers(EmailMessage())
    message.set_content(text.encode(charset), "text", subtype, cte="quoted-printable")
    message.set_param("charset", charset)
    return message


def test_an_inline_block_is_replaced_by_its_plaintext_and_the_text_around_it_kept() -> None:
    text = f"Hei,\n\n{armored(binary(b'A'))}\nHilsen Kari\n"
    decryptor = Codebook({b"A": "Hemmelig æøå".encode()})

    opened = open_(inline(text), decryptor)

    assert opened.message.get_content() == "Hei,\n\nHemmelig æøå\n\nHilsen Kari\n"
    assert opened.crypto.encryption == (Encryption.INLINE,)
    assert opened.failures == ()


def test_every_inline_block_is_decrypted_and_one_that_fails_is_kept() -> None:
    first, second, third = armored(binary(b"A")), armored(binary(b"B")), armored(binary(b"C"))
    text = f"En:\n{first}To:\n{second}Tre:\n{third}Slutt"
    decryptor = Codebook({b"A": b"EN", b"C": b"TRE"})

    opened = open_(inline(text), decryptor)

    assert opened.message.get_content() == f"En:\nEN\nTo:\n{second.rstrip()}\nTre:\nTRE\nSlutt\n"
    assert opened.failures == (f"innebygd kryptert tekst: {REASONS[FailureMode.NO_SECRET_KEY]}",)
    assert opened.crypto.encryption == (Encryption.INLINE,)


def test_an_inline_block_damaged_by_a_mail_client_is_repaired_before_decryption() -> None:
    packets = binary(b"A" * 60)
    encoded = base64.b64encode(packets).decode()
    damaged = (
        f"-----BEGIN PGP MESSAGE-----\n\u00a0\n{encoded[:40]}\u00a0\n{encoded[40:]}\n"
        "-----END PGP MESSAGE-----"
    )
    decryptor = Codebook({b"A" * 60: b"klar"})

    opened = open_(inline(f"Før\n{damaged}\nEtter"), decryptor)

    assert opened.message.get_content() == "Før\nklar\nEtter\n"
    assert decryptor.decrypted == [
        f"-----BEGIN PGP MESSAGE-----\n\n{encoded[:40]}\n{encoded[40:]}\n"
        "-----END PGP MESSAGE-----\n".encode()
    ]


def test_other_armored_blocks_in_text_are_left_alone() -> None:
    signed_text = (
        "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nTekst\n"
        "-----BEGIN PGP SIGNATURE-----\n\niQEz\n-----END PGP SIGNATURE-----\n"
    )
    key = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQEN\n-----END PGP PUBLIC KEY BLOCK-----\n"
    text = f"{signed_text}{key}-----BEGIN PGP MESSAGE-----\nuten slutt\n"
    decryptor = Codebook()
    message = inline(text)
    before = message.get_content()

    opened = open_(message, decryptor)

    assert opened.message.get_content() == before
    assert decryptor.decrypted == [] and opened.crypto.encryption == ()


def test_an_inline_block_in_html_is_read_as_text_first() -> None:
    block = armored(binary(b"A")).replace("\n", "<br>\n")
    html = f"<html><body><p>Hei <b>Kari</b></p><div>{block}</div><p>Hilsen</p></body></html>"
    decryptor = Codebook({b"A": b"Hemmelig"})

    opened = open_(inline(html, subtype="html"), decryptor)

    assert opened.message.get_content_type() == "text/plain"
    assert opened.message.get_content() == "Hei Kari\nHemmelig\nHilsen\n"


def test_an_inline_block_in_text_of_another_charset_keeps_its_letters() -> None:
    text = f"Łódź\n{armored(binary(b'A'))}Kraków\n"

    opened = open_(inline(text, charset="iso-8859-2"), Codebook({b"A": "Syltetøy".encode()}))

    assert opened.message.get_content() == "Łódź\nSyltetøy\nKraków\n"


def test_plain_text_without_encryption_is_not_touched() -> None:
    message = inline("Blåbær\r\nrømme\n", charset="iso-8859-1")
    raw = message.as_bytes()

    opened = open_message(raw, Codebook())

    assert opened.message.as_bytes() == raw
    assert opened.message.get_content_charset() == "iso-8859-1"


# --- walking ------------------------------------------------------------------------------------


def test_every_part_of_a_mixed_message_is_opened() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(inline(f"{armored(binary(b'A'))}"))
    message.attach(part("application/octet-stream", binary(b"C"), filename="b.pdf.pgp"))
    decryptor = Codebook({b"A": b"Tekst", b"C": b"%PDF"}, key_ids=("K1",))

    opened = open_(message, decryptor)

    assert texts(opened.message) == ["Tekst\n"]
    assert files(opened.message) == {"b.pdf": ("application/pdf", b"%PDF")}
    assert opened.crypto.encryption == (Encryption.INLINE, Encryption.ATTACHMENT)
    assert opened.crypto.recipient_key_ids == ("K1",)


def nested(depth: int) -> bytes:
    raw = b"Content-Type: text/plain\n\nbunn\n"
    for _ in range(depth):
        raw = b"Content-Type: message/rfc822\n\n" + raw
    return raw


def test_sixteen_levels_of_nesting_are_read_and_seventeen_are_too_deep() -> None:
    assert open_message(nested(16), Codebook()).failures == ()
    assert open_message(nested(17), Codebook()).failures == (
        "meldingen er nøstet for dypt til å kunne åpnes",
    )


def test_pgp_mime_nested_inside_decrypted_pgp_mime_counts_its_depth() -> None:
    decryptor = Codebook({b"A": pgp_mime(binary(b"C")).as_bytes(), b"C": entity("Indre\n")})

    opened = open_(pgp_mime(binary(b"A")), decryptor)

    assert opened.message.get_content() == "Indre\n"
    assert opened.crypto.encryption == (Encryption.PGP_MIME,)


def test_a_part_that_breaks_the_walk_is_a_failure_and_the_rest_is_opened() -> None:
    class Breaking(Codebook):
        def decrypt(self, ciphertext: bytes) -> Decryption:
            if b"B" in ciphertext:
                return Decryption(True, b"", None, "ok")  # ok, but nothing to parse
            return super().decrypt(ciphertext)

    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(part("application/octet-stream", binary(b"C"), filename="a.pdf.pgp"))
    message.attach(part("application/octet-stream", binary(b"B"), filename="b.pdf.pgp"))
    broken = Breaking({b"C": b"%PDF"})
    original = EmailMessage.set_content

    def refuse_empty(self: EmailMessage, *args: object, **kwargs: object) -> None:
        if args and args[0] == b"":
            raise ValueError("tomt")
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(EmailMessage, "set_content", refuse_empty)
        opened = open_(message, broken)

    assert opened.failures == ("en del av meldingen kunne ikke leses (ValueError)",)
    assert files(opened.message)["a.pdf"] == ("application/pdf", b"%PDF")


def test_a_decryptor_that_crashes_is_the_callers_problem() -> None:
    class Crashing(Codebook):
        def decrypt(self, ciphertext: bytes) -> Decryption:
            raise FileNotFoundError("gpg")

    with pytest.raises(FileNotFoundError, match="gpg"):
        open_(pgp_mime(binary(b"A")), Crashing())


def test_the_record_names_each_kind_and_key_once_in_order() -> None:
    message = headers(EmailMessage(), "multipart/mixed")
    for name in ("a.pdf.pgp", "b.pdf.pgp"):
        message.attach(part("application/octet-stream", binary(b"A"), filename=name))
    message.attach(inline(armored(binary(b"A"))))
    decryptor = Codebook({b"A": b"x"}, key_ids=("K2", "K1", "K2"))

    opened = open_(message, decryptor)

    assert opened.crypto.encryption == (Encryption.ATTACHMENT, Encryption.INLINE)
    assert opened.crypto.recipient_key_ids == ("K2", "K1")


def test_preamble_and_epilogue_come_from_the_decrypted_entity() -> None:
    inner = (
        b"Content-Type: multipart/mixed; boundary=i\r\n\r\nForord\r\n--i\r\n"
        b"Content-Type: text/plain\r\n\r\nTekst\r\n--i--\r\nEtterord\r\n"
    )
    message = pgp_mime(binary(b"A"))
    message.preamble = "Ytre forord"

    opened = open_(message, Codebook({b"A": inner}))

    assert opened.message.preamble == "Forord"
    assert opened.message.epilogue == "Etterord\n"
    assert texts(opened.message) == ["Tekst\n"]


# --- what the first pass of mutation testing found untested --------------------------------------


def test_a_signed_message_with_a_boundary_outside_ascii_is_read_not_checked() -> None:
    raw = signed("Tekst\n").as_bytes().replace(b"grense", "grænse".encode())
    decryptor = Codebook()

    opened = open_message(raw, decryptor)

    assert decryptor.verified == []  # the parser cannot split it: there is no signature to check
    assert opened.failures == () and opened.crypto.signature is SignatureStatus.NONE


def test_a_signed_part_whose_end_cannot_be_found_is_not_checked_against_the_rest() -> None:
    # the parser also ends a line at a lone CR; the canonical form does not, so the delimiter
    # that ends the signed part is not found and nothing is checked
    raw = signed("Tekst\n").as_bytes().replace(b"\n", b"\r\n")
    first = raw.index(b"\r\n--grense\r\n") + 2
    raw = raw[:first] + raw[first:].replace(b"\r\n--grense", b"\r--grense")
    decryptor = Codebook()

    opened = open_message(raw, decryptor)

    assert len(opened.message.get_payload()) == 2  # type: ignore[arg-type]
    assert decryptor.verified == []


def test_a_forwarded_message_inside_the_encryption_has_its_text_recoded() -> None:
    inner = EmailMessage()
    inner["Subject"] = "Videresendt"
    inner.set_content("Łódź\n".encode("iso-8859-2"), "text", "plain", cte="8bit")
    inner.set_param("charset", "iso-8859-2")
    decryptor = Codebook({b"A": forwarded(inner).as_bytes(policy=policy.SMTP)})

    opened = open_(pgp_mime(binary(b"A")), decryptor)

    forwarded_text = list(opened.message.walk())[-1]
    assert forwarded_text.get_content_charset() == "utf-8"
    assert texts(opened.message) == ["Videresendt:\n", "Łódź\n"]


def test_a_decrypted_text_part_is_read_by_its_own_charset() -> None:
    inner = EmailMessage()
    inner.set_content("Brødtekst\n")
    inner.add_attachment("Łódź\n".encode("iso-8859-2"), "text", "plain", cte="8bit")
    body = inner.get_payload()[1]  # type: ignore[index]
    del body["Content-Disposition"]
    body.set_param("charset", "iso-8859-2")

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": inner.as_bytes()}))

    assert texts(opened.message) == ["Brødtekst\n", "Łódź\n"]


def test_a_rewritten_pgp_mime_message_counts_the_levels_it_is_nested_in() -> None:
    def google(ciphertext: bytes) -> bytes:
        message = EmailMessage()
        message.make_mixed()
        message.attach(text_part("\n"))
        message.attach(pgp_mime(ciphertext))
        return message.as_bytes()

    def wrapped(raw: bytes, levels: int) -> bytes:
        for _ in range(levels):
            raw = b"Content-Type: message/rfc822\n\n" + raw
        return raw

    decryptor = Codebook({b"A": entity("Innhold\n")})
    deep = "meldingen er nøstet for dypt til å kunne åpnes"

    # the mixed part, its encrypted part, the decrypted entity: three levels below the wrapping
    assert open_message(wrapped(google(binary(b"A")), 14), decryptor).failures == ()
    assert open_message(wrapped(google(binary(b"A")), 15), decryptor).failures == (deep,)


def test_a_decrypted_html_body_stays_html() -> None:
    inner = b"Content-Type: text/html; charset=us-ascii\r\n\r\n<p>Hei</p>\r\n"

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": inner}))

    assert opened.message.get_content_type() == "text/html"
    assert opened.message.get_content() == "<p>Hei</p>\n"


def test_an_inline_block_after_a_public_key_is_decrypted() -> None:
    key = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQEN\n-----END PGP PUBLIC KEY BLOCK-----\n"
    text = f"Nøkkel:\n{key}Melding:\n{armored(binary(b'A'))}"

    opened = open_(inline(text), Codebook({b"A": b"Hemmelig"}))

    assert opened.message.get_content() == f"Nøkkel:\n{key}Melding:\nHemmelig\n"


def test_an_inline_block_with_an_armor_header_outside_ascii_is_decrypted() -> None:
    block = armored(binary(b"A")).replace("\n\n", "\nComment: Nøkkel til Kari\n\n", 1)
    decryptor = Codebook({b"A": b"Hemmelig"})

    opened = open_(inline(f"Hei\n{block}"), decryptor)

    assert opened.message.get_content() == "Hei\nHemmelig\n"


def test_signed_content_inside_the_encryption_has_its_own_inline_blocks_decrypted() -> None:
    inner = signed(f"Hei\n{armored(binary(b'C'))}")
    decryptor = Codebook({b"A": inner.as_bytes(policy=policy.SMTP), b"C": b"Hemmelig"})

    opened = open_(pgp_mime(binary(b"A")), decryptor)

    assert opened.message.get_content() == "Hei\nHemmelig\n"
    assert opened.crypto.encryption == (Encryption.PGP_MIME, Encryption.INLINE)
    assert opened.failures == ()


def google_rewritten(encrypted: EmailMessage) -> EmailMessage:
    message = headers(EmailMessage(), "multipart/mixed")
    message.attach(text_part("\n"))
    message.attach(encrypted)
    return message


def test_googles_rewriting_of_incomplete_pgp_mime_stays_as_it_came() -> None:
    incomplete = EmailMessage()
    incomplete.make_mixed()
    incomplete.replace_header("Content-Type", "multipart/encrypted")
    incomplete.attach(part("application/pgp-encrypted", b"Version: 1\n"))

    opened = open_(google_rewritten(incomplete), Codebook())

    assert opened.message.get_content_type() == "multipart/mixed"
    assert opened.failures == ("PGP/MIME-melding uten kryptert innhold (ufullstendig)",)


def test_googles_rewriting_with_hostile_decrypted_headers_stays_as_it_came() -> None:
    hostile = b"Subject: " + b"=?utf-8?q?a?= " * 300 + b"\r\n\r\nTekst\r\n"

    opened = open_(google_rewritten(pgp_mime(binary(b"A"))), Codebook({b"A": hostile}))

    assert opened.message.get_content_type() == "multipart/mixed"
    assert len(opened.failures) == 1 and "kodede ord" in opened.failures[0]


def test_pgp_mime_counts_the_decrypted_entity_as_one_level_below_it() -> None:
    def wrapped(levels: int) -> bytes:
        raw = pgp_mime(binary(b"A")).as_bytes()
        for _ in range(levels):
            raw = b"Content-Type: message/rfc822\n\n" + raw
        return raw

    decryptor = Codebook({b"A": entity("Innhold\n")})

    assert open_message(wrapped(15), decryptor).failures == ()
    assert open_message(wrapped(16), decryptor).failures == (
        "meldingen er nøstet for dypt til å kunne åpnes",
    )


def test_a_multipart_where_the_ciphertext_should_be_is_no_ciphertext() -> None:
    message = headers(EmailMessage(), "multipart/encrypted")
    message.attach(part("application/pgp-encrypted", b"Version: 1\n"))
    nested = EmailMessage()
    nested.make_mixed()
    nested.attach(text_part("Tekst\n"))
    message.attach(nested)
    decryptor = Codebook(refusal=REASONS[FailureMode.NOT_OPENPGP])

    opened = open_(message, decryptor)

    assert decryptor.decrypted == [b""]
    assert opened.failures == (f"kryptert melding: {REASONS[FailureMode.NOT_OPENPGP]}",)


def test_signed_content_inside_the_encryption_is_recoded_as_utf_8() -> None:
    inner = signed("Tekst\n")
    inner.get_payload()[0].set_param("charset", "iso-8859-1")  # type: ignore[index,union-attr]

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": inner.as_bytes(policy=policy.SMTP)}))

    assert opened.message.get_content_charset() == "utf-8"
    assert opened.message.get_content() == "Tekst\n"


def test_a_decrypted_inline_pdf_keeps_its_bytes() -> None:
    inner = EmailMessage()
    inner.set_content("Se dokumentet.\n")
    inner.add_attachment(b"%PDF-1.4\n\xe6\xf8\xe5", "application", "pdf", filename="a.pdf")
    document = inner.get_payload()[1]  # type: ignore[index]
    document.replace_header("Content-Disposition", "inline")

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": inner.as_bytes()}))

    kept = opened.message.get_payload()[1]  # type: ignore[index]
    assert kept.get_content_type() == "application/pdf"
    assert kept.get_payload(decode=True) == b"%PDF-1.4\n\xe6\xf8\xe5"


def _mixed(raw: bytes, levels: int) -> bytes:
    for level in range(levels):
        raw = (
            f"Content-Type: multipart/mixed; boundary=b{level}\n\n--b{level}\n".encode()
            + raw
            + f"\n--b{level}--\n".encode()
        )
    return raw


def _signed_inside(raw: bytes) -> bytes:
    return (
        b'Content-Type: multipart/signed; protocol="application/pgp-signature"; boundary=s\n\n'
        b"--s\n" + raw + b"\n--s\nContent-Type: application/pgp-signature\n\nSIG\n--s--\n"
    )


LEAF = b"Content-Type: text/plain\n\nbunn\n"


@pytest.mark.parametrize(
    ("layout", "deepest"),
    [
        ("multipart", 16),  # every multipart is a level
        ("signed", 14),  # encrypted part, decrypted entity, signed content below the wrapping
    ],
)
def test_each_layout_counts_its_levels(layout: str, deepest: int) -> None:
    def build(levels: int) -> tuple[bytes, Codebook]:
        if layout == "multipart":
            return _mixed(LEAF, levels), Codebook()
        decryptor = Codebook({b"A": _signed_inside(LEAF)})
        return _mixed(pgp_mime(binary(b"A")).as_bytes(), levels), decryptor

    too_deep = ("meldingen er nøstet for dypt til å kunne åpnes",)
    assert open_message(*build(deepest)).failures == ()
    assert open_message(*build(deepest + 1)).failures == too_deep


def test_every_crlf_of_a_decrypted_binary_part_becomes_lf_also_across_slices() -> None:
    head = b"Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    body = b"x" * (CHUNK - len(head) - 1) + b"\r\n" + b"data\r\n" * 10

    opened = open_(pgp_mime(binary(b"A")), Codebook({b"A": head + body}))

    assert opened.message.get_payload(decode=True) == body.replace(b"\r\n", b"\n")


def test_an_attached_text_file_holding_a_pgp_message_is_an_encrypted_attachment() -> None:
    message = with_attachment(armored(binary(b"A")).encode(), "melding.txt", "text/plain")

    opened = open_(message, Codebook({b"A": b"klartekst"}))

    assert files(opened.message) == {"melding.txt": ("text/plain", b"klartekst")}
    assert opened.crypto.encryption == (Encryption.ATTACHMENT,)
