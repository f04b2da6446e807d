"""Pure: deliver pending outgoing mail through ports; at-least-once with a stable Message-ID.

Each message is marked sent in its own transaction *after* the SMTP server accepted it. A crash
between the two leaves it pending, so the next run sends it again with the same Message-ID (and
Date): the receiving side can recognise the copy. The alternative, marking first, could lose a
message for good, which a legal deadline alert must never do.

* MailUnavailable (ConnectionError, so flows retry it): server down, 4xx reply, network fault
* CaseworkError
  + MailRefused: the server refused this message for good (5xx), or it could not be encrypted
  + MailConfigurationError: login failed or the server lacks STARTTLS; an operator must act
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from cases.errors import CaseworkError
from cases.outgoing import OutgoingId, OutgoingMail

log = logging.getLogger(__name__)


class MailUnavailable(ConnectionError):
    """Transient: the message stays pending and is tried again on the next run."""


class MailRefused(CaseworkError):
    code = "mail_refused"
    template = "E-posten ble avvist: {detail}"


class MailConfigurationError(CaseworkError):
    code = "mail_configuration_error"
    template = "E-postoppsettet: {detail}"


class OutboxStore(Protocol):
    """The port to stored outgoing mail (implemented by cases.outbox.SqlOutbox)."""

    def pending(self, limit: int = 100) -> list[OutgoingMail]: ...
    def mark_sent(self, outgoing_id: OutgoingId, at: datetime) -> None: ...
    def note_attempt(self, outgoing_id: OutgoingId, error: str) -> None: ...
    def mark_failed(self, outgoing_id: OutgoingId, error: str) -> None: ...
    def pending_count(self) -> int: ...


class MailSender(Protocol):
    """The port to the mail server (implemented by letters.outbox.SmtpOutbox)."""

    def send(self, message: OutgoingMail) -> None: ...


@dataclass(frozen=True, slots=True)
class DeliverySummary:
    sent: int = 0
    failed: int = 0
    deferred: int = 0  # left pending because the mail server was unavailable
    error: str | None = None  # why delivery stopped early (no content, no addresses)

    @property
    def unavailable(self) -> bool:
        return self.error is not None


def describe(exc: BaseException) -> str:
    """An error for the log and `last_error`: its class and SMTP code, never its text."""
    code = getattr(exc, "smtp_code", None)
    return type(exc).__name__ if code is None else f"{type(exc).__name__} {code}"


def deliver_pending(
    open_outbox: Callable[[], AbstractContextManager[OutboxStore]],
    smtp: MailSender,
    now: Callable[[], datetime],
    batch_size: int = 100,
) -> DeliverySummary:
    """Send every pending message; stop at the first sign that the server is unavailable."""
    sent = failed = 0
    while True:
        with open_outbox() as outbox:
            batch = outbox.pending(batch_size)
        if not batch:
            return DeliverySummary(sent, failed)
        for message in batch:
            outcome = _deliver_one(open_outbox, smtp, now, message)
            if isinstance(outcome, MailUnavailable):
                with open_outbox() as outbox:
                    deferred = outbox.pending_count()
                return DeliverySummary(sent, failed, deferred, str(outcome) or describe(outcome))
            sent, failed = (sent + 1, failed) if outcome is None else (sent, failed + 1)


def _deliver_one(
    open_outbox: Callable[[], AbstractContextManager[OutboxStore]],
    smtp: MailSender,
    now: Callable[[], datetime],
    message: OutgoingMail,
) -> MailRefused | MailUnavailable | None:
    """Send one message and settle it in its own transaction; returns the failure, if any."""
    try:
        smtp.send(message)
    except MailRefused as exc:
        log.warning("outgoing message %s refused: %s", message.id, exc.fields.get("detail"))
        with open_outbox() as outbox:
            outbox.mark_failed(message.id, str(exc.fields.get("detail", describe(exc))))
        return exc
    except MailUnavailable as exc:
        log.warning("mail server unavailable at message %s: %s", message.id, exc)
        with open_outbox() as outbox:
            outbox.note_attempt(message.id, f"{describe(exc)}: {exc}")
        return exc
    with open_outbox() as outbox:
        outbox.mark_sent(message.id, now())
    return None
