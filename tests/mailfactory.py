"""Builds realistic submissions for tests: plain, PGP/MIME to the office, or to a stranger's key."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from completeness import CaseTypeSpec, CompletenessReport, check_completeness
from crypto.compose import pgp_mime_message
from crypto.gpg import GpgKeyring
from reading.parse import parse_message

REQUEST_BODY = (
    "Hei,\n\nVi anmoder om forhåndsdrøftelse etter personvernforordningen artikkel 36.\n"
    "Dokumentasjonen følger vedlagt.\n\nMed vennlig hilsen\nKari Nordmann\n"
)


def plain_request(n: int, sender: str = "kari@kommune.example", body: str = REQUEST_BODY) -> bytes:
    message = EmailMessage()
    message.set_content(body)
    message.add_attachment(
        f"Risikovurdering nr. {n}\nDPIA-en viser høy restrisiko.".encode(),
        "text", "plain", filename=f"dpia-{n}.txt",
    )  # fmt: skip
    return _address(message, n, sender).as_bytes()


def encrypted_request(
    n: int, sender: GpgKeyring, recipient_fingerprint: str, sign_with: str | None = None
) -> bytes:
    inner = EmailMessage()
    inner.set_content(REQUEST_BODY + f"\n(melding {n})\n")
    cipher = sender.encrypt(inner.as_bytes(), [recipient_fingerprint], sign_with)
    return _address(pgp_mime_message(cipher), n, "kryptert@kommune.example").as_bytes()


def _address(message, n: int, sender: str):  # type: ignore[no-untyped-def]
    message["From"] = f"Avsender {n} <{sender}>"
    message["To"] = "postkasse@datatilsynet.example"
    message["Subject"] = f"Anmodning om forhåndsdrøftelse nr. {n}"
    message["Date"] = format_datetime(datetime(2026, 3, 20, 15, 45, tzinfo=UTC))
    message["Message-ID"] = make_msgid(idstring=f"n{n}", domain="kommune.example")
    return message


def judged_request(
    spec: CaseTypeSpec, sender: str, subject: str, body: str, *files: tuple[str, str, bytes]
) -> CompletenessReport:
    """A mail with its attachments (name, media type, bytes) through the production parser and
    the completeness check, as the intake judges a new request."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["Subject"] = subject
    mail.set_content(body)
    for name, media_type, content in files:
        maintype, subtype = media_type.split("/")
        mail.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    parsed = parse_message(mail)
    return check_completeness(spec, parsed.body, parsed.documents, subject)
