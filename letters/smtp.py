"""The only module that imports smtplib: builds and sends stored outgoing mail (I/O).

Alerts to staff and letters to controllers leave through here. A message keeps the Message-ID and
Date it got when it was queued, so a resend is byte-for-byte recognisable. With `encrypt_to` set
it is sent as PGP/MIME (RFC 3156), sealed by an injected function (crypto.compose builds the
entity around the office keyring's cipher), so letters/ does not import crypto. The Subject stays
readable on an encrypted message.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from email import policy
from email.message import EmailMessage, Message
from email.utils import format_datetime
from typing import Literal, Protocol

from cases.errors import CaseworkError
from cases.outgoing import OutgoingMail
from letters.delivery import (
    MailConfigurationError,
    MailRefused,
    MailUnavailable,
    RecipientsRefused,
    describe,
)

log = logging.getLogger(__name__)
# RFC 3463 enhanced status codes about the address or the mailbox (5.1.x, 5.2.x): the refusal is
# about this recipient, not about us or the server's state.
_MAILBOX_STATUS = re.compile(rb"5\.[12]\.\d{1,3}\b")
TlsMode = Literal["ssl", "starttls", "none"]


class Seal(Protocol):
    """Encrypt a canonical MIME entity to one key and return the RFC 3156 entity that carries it."""

    def __call__(self, content: bytes, fingerprint: str) -> Message: ...


def build_message(mail: OutgoingMail, sender: str, seal: Seal | None = None) -> Message:
    """The RFC 5322 message: UTF-8 text, an optional HTML alternative, PGP/MIME if asked."""
    content = EmailMessage()  # smtplib sends CRLF; the encrypted entity is made canonical below
    content.set_content(mail.text, charset="utf-8")
    if mail.html is not None:
        content.add_alternative(mail.html, subtype="html", charset="utf-8")
    message: Message = content
    if mail.encrypt_to is not None:
        if seal is None:
            raise MailRefused(detail="kryptering er ikke satt opp for utgående e-post")
        message = _sealed(content, mail.encrypt_to, seal)
    message["From"] = sender
    message["To"] = ", ".join(mail.recipients)
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(mail.created_at)
    message["Message-ID"] = mail.message_id
    return message


def _sealed(content: EmailMessage, fingerprint: str, seal: Seal) -> Message:
    try:
        return seal(content.as_bytes(policy=policy.SMTP), fingerprint)
    except CaseworkError as exc:  # e.g. KeyringError: the recipient's key is missing
        raise MailRefused(detail=f"kryptering feilet ({exc.code})") from None


@contextmanager
def smtp_errors() -> Iterator[None]:
    """Translate smtplib and socket failures into the delivery errors (the boundary)."""
    try:
        yield
    except smtplib.SMTPRecipientsRefused as exc:
        replies = list(exc.recipients.values())
        codes = sorted({code for code, _text in replies})
        error = f"{describe(exc)} {'/'.join(str(c) for c in codes)}"
        if all(code >= 500 for code in codes):
            certain = all(_MAILBOX_STATUS.match(text) for _code, text in replies)
            raise RecipientsRefused(detail=error, certain=certain) from None
        raise MailUnavailable(error) from None
    except (smtplib.SMTPAuthenticationError, smtplib.SMTPNotSupportedError) as exc:
        raise MailConfigurationError(detail=describe(exc)) from None
    except (smtplib.SMTPSenderRefused, smtplib.SMTPHeloError) as exc:
        raise MailUnavailable(describe(exc)) from None  # refuses us, so every message: server-wide
    except smtplib.SMTPResponseException as exc:
        if exc.smtp_code >= 500 and not isinstance(exc, smtplib.SMTPConnectError):
            raise MailRefused(detail=describe(exc)) from None
        raise MailUnavailable(describe(exc)) from None
    except (smtplib.SMTPException, OSError) as exc:  # disconnects, refused, timeouts, TLS
        raise MailUnavailable(describe(exc)) from None


class SmtpOutbox:
    """Sends one stored message per connection (a few milliseconds; alerts are few)."""

    def __init__(
        self,
        host: str,
        port: int,
        user: str | None,
        password: str | None,
        tls: TlsMode,
        sender: str,
        *,
        seal: Seal | None = None,
        timeout: float = 30,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._host, self._port, self._tls = host, port, tls
        self._user, self._password = user, password
        self._sender, self._seal, self._timeout = sender, seal, timeout
        self._context = ssl_context or ssl.create_default_context()

    def send(self, message: OutgoingMail) -> None:
        """Hand the message to the server; returns once the server has accepted it."""
        built = build_message(message, self._sender, self._seal)
        with smtp_errors(), self._connect() as smtp:
            refused = smtp.send_message(built, self._sender, list(message.recipients))
        if refused:  # some recipients accepted it: the message counts as sent
            log.warning("message %s refused for %d recipient(s)", message.id, len(refused))

    def _connect(self) -> smtplib.SMTP:
        if self._tls == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                self._host, self._port, timeout=self._timeout, context=self._context
            )
        else:
            smtp = smtplib.SMTP(self._host, self._port, timeout=self._timeout)
        try:
            if self._tls == "starttls":
                smtp.starttls(context=self._context)
            if self._user:
                smtp.login(self._user, self._password or "")
        except BaseException:
            smtp.close()
            raise
        return smtp
