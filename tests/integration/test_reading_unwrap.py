"""reading.unwrap on messages built here: real throwaway gpg keys; a fake decryptor for bad input.

unwrap is pure, but most cases need real ciphertext, so they use the gpg fixtures of
tests/services/gpg.py; the malformed-input cases never reach gpg and use a fake.
"""

from __future__ import annotations

import subprocess
from email import policy
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.parser import BytesParser

import pytest

from cases.model import Encryption, SignatureStatus
from crypto.armor import dearmor
from crypto.gpg import GpgKeyring
from crypto.status import REASONS, Decryption, FailureMode
from reading.message import MessageBudget, MessageFacts, read_message
from reading.parse import ParseLimits
from reading.unwrap import OpenedMessage, open_message

SECRET = "Konsekvensvurderingen (DPIA) for pasientjournalen – æøå."
PDF = b"%PDF-1.4\n% test\n" + bytes(range(256))


def outer(content_type: str = "multipart/mixed") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Personvernombud <pvo@controller.test>"
    message["To"] = "postmottak@datatilsynet.test"
    message["Subject"] = "Forhåndsdrøftelse"
    message["Message-ID"] = "<1@controller.test>"
    if content_type.startswith("multipart/"):
        message.make_mixed()
        message.replace_header("Content-Type", content_type)
    return message


def inner_entity(subject: str | None = None) -> bytes:
    inner = EmailMessage()
    if subject:
        inner["Subject"] = subject
    inner.set_content(SECRET + "\n")
    inner.add_attachment(PDF, maintype="application", subtype="pdf", filename="dpia.pdf")
    return inner.as_bytes(policy=policy.SMTP)  # canonical CRLF, as mail clients encrypt it


def pgp_mime(armored: bytes, content_type: str = "multipart/encrypted") -> EmailMessage:
    message = outer(content_type)
    message.set_param("protocol", "application/pgp-encrypted")
    message.attach(part("application/pgp-encrypted", b"Version: 1\n"))
    message.attach(part("application/octet-stream", armored, filename="encrypted.asc"))
    return message


def part(content_type: str, data: bytes, filename: str | None = None, cte: str = "7bit") -> Message:
    maintype, subtype = content_type.split("/")
    piece = EmailMessage()
    piece.set_content(data, maintype, subtype, cte=cte, filename=filename)
    if filename is None:
        del piece["Content-Disposition"]
    return piece


def unwrap(message: EmailMessage, office: GpgKeyring) -> OpenedMessage:
    return open_message(message.as_bytes(policy=policy.SMTP), office)


def readable_text(message: Message) -> str:
    texts = []
    for piece in message.walk():
        if piece.get_content_maintype() == "text" and not piece.is_multipart():
            texts.append(piece.get_payload(decode=True).decode("utf-8", errors="replace"))
    return "\n".join(texts)


def attachments(message: Message) -> dict[str, tuple[str, bytes]]:
    return {
        p.get_filename() or "": (p.get_content_type(), p.get_payload(decode=True))
        for p in message.walk()
        if p.get_filename()
    }


def test_pgp_mime_becomes_the_inner_entity_with_the_outer_headers(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    office_keyring.import_keys(sender_keyring.export_public_key(sender_key).encode())
    armored = sender_keyring.encrypt(
        inner_entity("Sak om pasientjournal"), [office_key], sender_key
    )

    opened = unwrap(pgp_mime(armored), office_keyring)

    assert opened.failures == ()
    assert opened.crypto.encryption == (Encryption.PGP_MIME,)
    assert opened.crypto.signature is SignatureStatus.VALID
    assert opened.crypto.signer_fingerprint == sender_key
    assert len(opened.crypto.recipient_key_ids) == 1
    assert opened.protected_subject == "Sak om pasientjournal"
    assert opened.message["Subject"] == "Forhåndsdrøftelse"
    body = opened.message.get_body(preferencelist=("plain",))
    assert body is not None and body.get_content() == SECRET + "\n"  # CRLF normalised
    assert attachments(opened.message) == {"dpia.pdf": ("application/pdf", PDF)}


# An HTML body as Outlook sends it: labelled UTF-8 but written in Windows-1252, a hidden style
# sheet, entities and a table. Plain or PGP/MIME-encrypted, the same text must come out.
HTML_ENTITY = (
    b"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    + (
        "<html><head><style>p { color: red }</style></head><body><p>Hei,</p>"
        "<p>Vedlagt &amp; forh\u00e5ndsdr\u00f8ftelse \u2013 \u00abDPIA\u00bb \u20ac</p>"
        "<table><tr><td>Del 1</td><td>Behandlingen</td></tr></table></body></html>\r\n"
    ).encode("cp1252")
)
HTML_HEADERS = (
    b"From: Personvernombud <pvo@controller.test>\r\nTo: postmottak@datatilsynet.test\r\n"
    b"Subject: HTML\r\nMessage-ID: <html@controller.test>\r\nMIME-Version: 1.0\r\n"
)


def _read_body(raw: bytes, office: GpgKeyring) -> str:
    facts = read_message(raw, office, ParseLimits(), MessageBudget())
    assert isinstance(facts, MessageFacts) and facts.failures == () and facts.parsed is not None
    return facts.parsed.body


def test_html_becomes_the_same_text_plain_and_pgp_mime_encrypted(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    plain = _read_body(HTML_HEADERS + HTML_ENTITY, office_keyring)
    encrypted = pgp_mime(sender_keyring.encrypt(HTML_ENTITY, [office_key]))

    assert _read_body(encrypted.as_bytes(policy=policy.SMTP), office_keyring) == plain
    expected = "Hei,\nVedlagt & forh\u00e5ndsdr\u00f8ftelse \u2013 \u00abDPIA\u00bb \u20ac"
    assert plain == expected + "\nDel 1\tBehandlingen"


def test_a_flowed_latin_1_body_becomes_the_same_text_plain_and_pgp_mime_encrypted(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    entity = (
        b"Content-Type: text/plain; charset=iso-8859-1; format=flowed\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n"
        + "Vedlagt er forh\u00e5ndsdr\u00f8ftelsen, \r\nmed DPIA.\r\n".encode("latin-1")
    )
    plain = _read_body(HTML_HEADERS + entity, office_keyring)
    encrypted = pgp_mime(sender_keyring.encrypt(entity, [office_key]))

    assert _read_body(encrypted.as_bytes(policy=policy.SMTP), office_keyring) == plain
    assert plain == "Vedlagt er forh\u00e5ndsdr\u00f8ftelsen, med DPIA."


def test_plain_unencrypted_mail_passes_through_unchanged(office_keyring: GpgKeyring) -> None:
    message = outer("text/plain")
    message.set_content("Hei, vedlagt kommer senere.\n")
    raw = message.as_bytes(policy=policy.SMTP)

    opened = open_message(raw, office_keyring)

    assert opened.crypto.encryption == () and opened.crypto.encryption_label == "none"
    assert opened.failures == () and opened.protected_subject is None
    assert opened.message.as_bytes(policy=policy.SMTP) == raw


def test_inline_block_in_quoted_printable_with_nbsp_keeps_the_text_around_it(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    armor = sender_keyring.encrypt(SECRET.encode(), [office_key]).decode()
    armor = armor.replace("-----\n\n", "-----\n\u00a0\n", 1)  # what webmail does to the blank line
    message = outer("text/plain")
    message.set_content(f"Hei,\n\n{armor}\nHilsen Kari\n", cte="quoted-printable")

    opened = unwrap(message, office_keyring)

    assert opened.failures == () and opened.crypto.encryption == (Encryption.INLINE,)
    text = opened.message.get_content()
    assert text.startswith("Hei,\n\n") and SECRET in text and text.endswith("Hilsen Kari\n")
    assert "BEGIN PGP" not in text


def test_inline_block_in_html_is_decrypted_after_removing_the_markup(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    armor = sender_keyring.encrypt(SECRET.encode(), [office_key]).decode()
    lines = [f"<div>{line or '&nbsp;'}</div><br>" for line in armor.splitlines()]
    markup = "<html><body><p>Hei</p>" + "\n".join(lines).replace("+", "&#43;") + "</body></html>"
    message = outer("text/html")
    message.set_content(markup, subtype="html", cte="quoted-printable")

    opened = unwrap(message, office_keyring)

    assert opened.failures == () and opened.crypto.encryption == (Encryption.INLINE,)
    assert SECRET in opened.message.get_content() and "Hei" in opened.message.get_content()


def test_inline_block_in_one_html_paragraph_is_decrypted_though_its_lines_are_joined(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    """HTML becomes text by reading.decode's rules, one paragraph per line: the armor's lines
    arrive joined by spaces, its Comment header too, and are split again."""
    armor = sender_keyring.encrypt(SECRET.encode(), [office_key]).decode()
    begin, rest = armor.split("\n", 1)
    armor = f"{begin}\nComment: https://www.mailvelope.com\n{rest}"
    message = outer("text/html")
    message.set_content(f"<p>Hei</p><p>{armor}</p><p>Hilsen</p>", subtype="html")

    opened = unwrap(message, office_keyring)

    assert opened.failures == () and opened.crypto.encryption == (Encryption.INLINE,)
    assert opened.message.get_content() == f"Hei\n{SECRET}\nHilsen\n"


def test_encrypted_attachments_get_their_clear_names_and_types(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    armored = sender_keyring.encrypt(PDF, [office_key])
    binary = dearmor(armored.decode()) or b""
    message = outer()
    message.attach(part("text/plain", b"Vedlagt kryptert.\n"))
    message.attach(part("application/octet-stream", binary, "dpia.pdf.pgp", cte="base64"))
    message.attach(part("application/octet-stream", binary, "avtale.docx.gpg", cte="base64"))
    message.attach(part("application/pgp-encrypted", armored, "notat.txt.asc"))

    opened = unwrap(message, office_keyring)

    assert opened.failures == () and opened.crypto.encryption == (Encryption.ATTACHMENT,)
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert attachments(opened.message) == {
        "dpia.pdf": ("application/pdf", PDF),
        "avtale.docx": (docx, PDF),
        "notat.txt": ("text/plain", PDF),
    }


def test_public_keys_and_detached_signatures_named_asc_are_left_alone(
    office_keyring: GpgKeyring, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    public_key = sender_keyring.export_public_key(sender_key).encode()
    signature = signed_by_cli(sender_keyring, sender_key, "--detach-sign", "--armor")
    message = outer()
    message.attach(part("text/plain", b"Min offentlige nokkel.\n"))
    message.attach(part("application/pgp-keys", public_key, "kari.asc"))
    message.attach(part("application/pgp-signature", signature, "signatur.asc"))
    raw = message.as_bytes(policy=policy.SMTP)

    opened = open_message(raw, office_keyring)

    assert opened.failures == () and opened.crypto.encryption == ()
    assert opened.message.as_bytes(policy=policy.SMTP) == raw


def signed_by_cli(keyring: GpgKeyring, key: str, *args: str, data: bytes = b"data") -> bytes:
    command = ["gpg", "--homedir", str(keyring.home), "--batch", "-u", key, *args]
    return subprocess.run(command, input=data, capture_output=True, check=True).stdout


def test_forwarded_encrypted_message_is_opened_inside_its_wrapper(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    forwarded = pgp_mime(sender_keyring.encrypt(inner_entity(), [office_key]))
    message = outer()
    message.attach(part("text/plain", b"Videresender fra leverandoren.\n"))
    message.add_attachment(forwarded)

    opened = unwrap(message, office_keyring)

    assert opened.failures == ()
    assert opened.crypto.encryption == (Encryption.PGP_MIME, Encryption.FORWARDED)
    assert "Videresender" in readable_text(opened.message)
    assert SECRET in readable_text(opened.message)
    assert "dpia.pdf" in attachments(opened.message)


def test_exchange_mangled_pgp_mime_is_repaired(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring
) -> None:
    armored = sender_keyring.encrypt(inner_entity(), [office_key])
    message = outer()
    message.attach(part("text/plain", b"", cte="quoted-printable"))
    message.attach(
        part("application/pgp-encrypted", b"Version: 1\r\n", "PGPMIME version", "base64")
    )
    message.attach(part("application/octet-stream", armored, "encrypted.asc", cte="base64"))

    opened = unwrap(message, office_keyring)

    assert opened.failures == ()
    assert opened.crypto.encryption == (Encryption.PGP_MIME_MANGLED,)
    assert SECRET in readable_text(opened.message)
    assert attachments(opened.message) == {"dpia.pdf": ("application/pdf", PDF)}


def test_signed_content_inside_the_encryption_is_unwrapped(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    content = BytesParser(policy=policy.default).parsebytes(inner_entity())
    signature = signed_by_cli(sender_keyring, sender_key, "--detach-sign", "--armor")
    signed = outer("multipart/signed")
    signed.attach(content)
    signed.attach(part("application/pgp-signature", signature, "signature.asc"))
    armored = sender_keyring.encrypt(signed.as_bytes(policy=policy.SMTP), [office_key])

    opened = unwrap(pgp_mime(armored), office_keyring)

    assert opened.failures == ()
    assert [p.get_content_type() for p in opened.message.walk()] == [
        "multipart/mixed",
        "text/plain",
        "application/pdf",
    ]


def test_multipart_encrypted_that_is_not_encrypted_is_a_failure(
    office_keyring: GpgKeyring, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    cleartext_signed = signed_by_cli(
        sender_keyring, sender_key, "--clearsign", data=b"Du er sagt opp"
    )

    opened = unwrap(pgp_mime(cleartext_signed), office_keyring)

    assert opened.failures == (f"kryptert melding: {REASONS[FailureMode.NOT_ENCRYPTED]}",)


def test_one_unreadable_part_is_reported_and_the_others_are_opened(
    office_keyring: GpgKeyring, office_key: str, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    message = outer()
    message.attach(
        part("application/octet-stream", sender_keyring.encrypt(PDF, [office_key]), "a.pdf.asc")
    )
    message.attach(
        part("application/octet-stream", sender_keyring.encrypt(PDF, [sender_key]), "b.pdf.asc")
    )

    opened = unwrap(message, office_keyring)

    assert opened.failures == (f"vedlegget b.pdf.asc: {REASONS[FailureMode.NO_SECRET_KEY]}",)
    assert set(attachments(opened.message)) == {"a.pdf", "b.pdf.asc"}
    assert len(opened.crypto.recipient_key_ids) == 2


# --- malformed input: a fake decryptor is enough, because nothing may reach it ---------------


class RefusingDecryptor:
    def __init__(self) -> None:
        self.calls = 0

    def decrypt(self, ciphertext: bytes) -> Decryption:
        self.calls += 1
        reason = REASONS[FailureMode.NOT_OPENPGP]
        return Decryption(ok=False, data=b"", reason=reason, status="NODATA")


BROKEN = {
    "empty": b"",
    "binary-noise": bytes(range(256)) * 4,
    "encrypted-without-parts": b"Content-Type: multipart/encrypted; boundary=x\n\n--x--\n",
    "encrypted-one-part": (
        b"Content-Type: multipart/encrypted; boundary=x\n\n--x\n"
        b"Content-Type: application/pgp-encrypted\n\nVersion: 1\n--x--\n"
    ),
    "unknown-charset": (
        b"Content-Type: text/plain; charset=x-nonsense\n\n-----BEGIN PGP MESSAGE-----\n\n"
        b"hQEMA+++\n=abcd\n-----END PGP MESSAGE-----\n"
    ),
    "bad-base64-attachment": (
        b"Content-Type: multipart/mixed; boundary=x\n\n--x\n"
        b"Content-Type: application/pgp-encrypted; name=a.pgp\n"
        b"Content-Transfer-Encoding: base64\n\n!!!not base64!!!\n--x--\n"
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_malformed_input_never_raises(name: str) -> None:
    opened = open_message(BROKEN[name], RefusingDecryptor())

    assert isinstance(opened.message, EmailMessage)


def test_a_message_nested_too_deep_is_a_failure_not_a_recursion_error() -> None:
    raw = b"Content-Type: text/plain\n\nbunn\n"
    for _ in range(40):
        raw = b"Content-Type: message/rfc822\n\n" + raw

    opened = open_message(raw, RefusingDecryptor())

    assert opened.failures == ("meldingen er nøstet for dypt til å kunne åpnes",)


def test_a_failing_decryptor_is_not_mistaken_for_bad_input() -> None:
    class GpgMissing:
        def decrypt(self, ciphertext: bytes) -> Decryption:
            raise FileNotFoundError("gpg")

    raw = pgp_mime(b"-----BEGIN PGP MESSAGE-----\n\nhQEMA\n-----END PGP MESSAGE-----\n")

    with pytest.raises(FileNotFoundError):
        open_message(raw.as_bytes(), GpgMissing())


def signed_message(signer: GpgKeyring, fingerprint: str, body: str) -> bytes:
    """RFC 3156 multipart/signed, made as a mail client does: sign the CRLF form of part one."""
    content = EmailMessage()
    content.set_content(body)
    canonical = content.as_bytes(policy=policy.SMTP)
    signature = signer._gpg.sign(canonical, keyid=fingerprint, detach=True).data  # test helper
    outer = MIMEMultipart("signed", protocol="application/pgp-signature", micalg="pgp-sha256")
    outer.attach(BytesParser(policy=policy.SMTP).parsebytes(canonical))
    outer.attach(MIMEApplication(signature, "pgp-signature", _encoder=lambda m: None))
    outer["From"] = "kari@kommune.example"
    return outer.as_bytes(policy=policy.SMTP)


def test_signed_mail_that_is_not_encrypted_gets_its_signature_checked(
    office_keyring: GpgKeyring, sender_keyring: GpgKeyring, sender_key: str
) -> None:
    office_keyring.import_keys(sender_keyring.export_public_key(sender_key).encode())
    raw = signed_message(sender_keyring, sender_key, "Vi anmoder om forhåndsdrøftelse.\n")

    good = open_message(raw, office_keyring)
    tampered = open_message(raw.replace(b"anmoder", b"ANMODER"), office_keyring)

    assert good.crypto.signature is SignatureStatus.VALID
    assert good.crypto.signer_fingerprint == sender_key
    assert good.crypto.encryption == ()
    assert tampered.crypto.signature is SignatureStatus.BAD


SMIME_ENVELOPED = (
    b"From: pvo@controller.test\nSubject: Forhandsdroftelse\nMIME-Version: 1.0\n"
    b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\n"
    b"Content-Disposition: attachment; filename=smime.p7m\n"
    b"Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQAxggE=\n"
)


def test_s_mime_encrypted_mail_is_recognised_and_quarantined_with_a_reason() -> None:
    decryptor = RefusingDecryptor()
    whole = open_message(
        SMIME_ENVELOPED.replace(b"Content-Disposition: attachment", b"X-A: b"), decryptor
    )
    opaque = open_message(
        SMIME_ENVELOPED.replace(b"enveloped-data", b"signed-data").replace(
            b"Content-Disposition: attachment", b"X-A: b"
        ),
        decryptor,
    )

    assert whole.crypto.encryption == (Encryption.SMIME,)
    assert "S/MIME-kryptert" in whole.failures[0] and "OpenPGP" in whole.failures[0]
    assert "S/MIME-signert" in opaque.failures[0]
    assert decryptor.calls == 0


def test_an_attached_p7m_file_is_one_document_not_an_s_mime_message() -> None:
    message = EmailMessage()
    message["Subject"] = "Signert avtale"
    message.set_content("Se vedlagt signert avtale.")
    message.add_attachment(
        b"0\x80\x06\t", maintype="application", subtype="pkcs7-mime", filename="avtale.pdf.p7m"
    )

    opened = open_message(message.as_bytes(), RefusingDecryptor())

    assert opened.failures == () and opened.crypto.encryption == ()
