"""Pure: deliver pending outgoing mail through ports, each message once.

A sender claims one message at a time with a lease (cases.outbox.SqlOutbox.claim), so concurrent
senders never send the same message. The claim is committed before sending and the message is
marked sent in its own transaction *after* the SMTP server accepted it. A sender that crashes in
between leaves the claim to run out; the message is then sent again with the same Message-ID and
Date, so the receiving side can recognise the copy (losing a legal deadline alert is worse).

Failures are sorted by whose they are:

* MailUnavailable (ConnectionError): the server is down or refuses everything (connection, 4xx,
  5xx at HELO or MAIL FROM). Nothing is failed: the message and every pending one wait with a
  back-off (`next_attempt_at`), and the operators are alerted.
* CaseworkError
  + MailRefused: this message was refused for good (5xx after DATA, it could not be encrypted)
    + RecipientsRefused: every recipient refused with 5xx. With a mailbox status (RFC 3463
      5.1.x, 5.2.x) it is the recipient; without one, it counts as this message's fault only when
      the server accepted another message in the same run. A server that refuses every
      recipient of every message refuses everything.
  + MailConfigurationError: login failed or the server lacks STARTTLS; an operator must act
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from cases.errors import CaseworkError
from cases.outgoing import OutgoingId, OutgoingMail

log = logging.getLogger(__name__)


class MailUnavailable(ConnectionError):
    """Server-wide: the message stays pending and is tried again after a back-off."""


class MailRefused(CaseworkError):
    code = "mail_refused"
    template = "E-posten ble avvist: {detail}"


class RecipientsRefused(MailRefused):
    """Every recipient refused with 5xx; `certain` when each reply named a mailbox status."""

    code = "recipients_refused"


class MailConfigurationError(CaseworkError):
    code = "mail_configuration_error"
    template = "E-postoppsettet: {detail}"


class OutboxStore(Protocol):
    """The port to stored outgoing mail (implemented by cases.outbox.SqlOutbox)."""

    def claim(
        self, worker: str, now: datetime, lease: timedelta, limit: int
    ) -> list[OutgoingMail]: ...
    def mark_sent(self, outgoing_id: OutgoingId, at: datetime) -> None: ...
    def defer(self, outgoing_id: OutgoingId, error: str, until: datetime | None = None) -> None: ...
    def back_off(self, until: datetime, now: datetime) -> int: ...
    def mark_failed(self, outgoing_id: OutgoingId, error: str) -> None: ...
    def pending_count(self) -> int: ...


class MailSender(Protocol):
    """The port to the mail server (implemented by letters.smtp.SmtpOutbox)."""

    def send(self, message: OutgoingMail) -> None: ...


OpenOutbox = Callable[[], AbstractContextManager[OutboxStore]]
Problem = MailRefused | MailUnavailable
AlertOperators = Callable[[str], None]
# Makes a claimed message ready to send (an automatic letter's archival copy is rendered first):
# None when it may go, else why not (the message then fails, and is not sent).
Prepare = Callable[[OutgoingMail], str | None]


@dataclass(frozen=True, slots=True)
class DeliveryPolicy:
    """Who sends (`worker` names the claim), how long a claim lasts, and the back-off."""

    worker: str = "saksflyt"
    lease: timedelta = timedelta(minutes=15)  # far above one message's SMTP timeouts
    first_delay: timedelta = timedelta(minutes=5)
    max_delay: timedelta = timedelta(hours=6)
    unproven_refusals: int = 3  # recipient refusals in a row, nothing accepted: server-wide

    def delay_after(self, attempts: int) -> timedelta:
        """The next run tries again after one failure; then 5, 10, 20 … minutes, at most 6 h."""
        if attempts <= 1:
            return timedelta(0)
        doublings: int = min(attempts - 2, 16)
        return min(self.first_delay * (1 << doublings), self.max_delay)


@dataclass(frozen=True, slots=True)
class DeliverySummary:
    sent: int = 0
    failed: int = 0
    deferred: int = 0  # left pending because the mail server refused everything
    error: str | None = None  # why delivery stopped early (no content, no addresses)

    @property
    def unavailable(self) -> bool:
        return self.error is not None


@dataclass
class _Run:
    sent: int = 0
    failed: int = 0
    unproven: list[tuple[OutgoingMail, MailRefused]] = field(default_factory=list)


def describe(exc: BaseException) -> str:
    """An error for the log and `last_error`: its class and SMTP code, never its text."""
    code = getattr(exc, "smtp_code", None)
    return type(exc).__name__ if code is None else f"{type(exc).__name__} {code}"


def _reason(exc: Problem) -> str:
    if isinstance(exc, MailRefused):
        return str(exc.fields.get("detail", describe(exc)))
    return f"{describe(exc)}: {exc}"


def deliver_pending(
    open_outbox: OpenOutbox,
    smtp: MailSender,
    now: Callable[[], datetime],
    policy: DeliveryPolicy | None = None,
    alert_operators: AlertOperators | None = None,
    prepare: Prepare | None = None,
) -> DeliverySummary:
    """Send every due pending message; stop at the first sign that the server refuses all.

    `prepare` runs on each claimed message before it is sent (see Prepare).
    """
    policy, run = policy or DeliveryPolicy(), _Run()
    while True:
        with open_outbox() as outbox:
            claimed = outbox.claim(policy.worker, now(), policy.lease, 1)
        if not claimed:
            break
        message = claimed[0]
        unready = prepare(message) if prepare is not None else None
        problem = MailRefused(detail=unready) if unready else _send(smtp, message)
        if isinstance(problem, MailUnavailable):
            culprits: list[tuple[OutgoingMail, Problem]] = [*run.unproven, (message, problem)]
            return _server_refuses(open_outbox, now, policy, alert_operators, run, culprits)
        _settle(open_outbox, now, run, message, problem)
        if len(run.unproven) >= policy.unproven_refusals:
            break
    if run.unproven:
        return _server_refuses(open_outbox, now, policy, alert_operators, run, run.unproven)
    return DeliverySummary(run.sent, run.failed)


def _send(smtp: MailSender, message: OutgoingMail) -> Problem | None:
    try:
        smtp.send(message)
    except (MailRefused, MailUnavailable) as exc:
        log.warning("outgoing message %s not delivered: %s", message.id, _reason(exc))
        return exc
    return None


def _settle(
    open_outbox: OpenOutbox,
    now: Callable[[], datetime],
    run: _Run,
    message: OutgoingMail,
    problem: MailRefused | None,
) -> None:
    """Sent, failed, or (a recipient refusal the server has not yet proven to be one) held."""
    if problem is None:
        with open_outbox() as outbox:
            outbox.mark_sent(message.id, now())
        run.sent += 1
        _fail(open_outbox, run, run.unproven)  # the server works: those refusals were real
        run.unproven = []
    elif isinstance(problem, RecipientsRefused) and not problem.fields.get("certain"):
        if run.sent:
            _fail(open_outbox, run, [(message, problem)])
        else:
            run.unproven.append((message, problem))
    else:
        _fail(open_outbox, run, [(message, problem)])


def _fail(
    open_outbox: OpenOutbox, run: _Run, refused: Iterable[tuple[OutgoingMail, MailRefused]]
) -> None:
    for message, problem in refused:
        with open_outbox() as outbox:
            outbox.mark_failed(message.id, _reason(problem))
        run.failed += 1


def _server_refuses(
    open_outbox: OpenOutbox,
    now: Callable[[], datetime],
    policy: DeliveryPolicy,
    alert_operators: AlertOperators | None,
    run: _Run,
    culprits: Sequence[tuple[OutgoingMail, Problem]],
) -> DeliverySummary:
    """Nothing is failed: the tried messages and every pending one wait with a back-off."""
    at = now()
    until = at + max(policy.delay_after(m.attempts + 1) for m, _problem in culprits)
    with open_outbox() as outbox:
        for message, problem in culprits:
            outbox.defer(message.id, _reason(problem), until)
        if until > at:
            outbox.back_off(until, at)
        deferred = outbox.pending_count()
    error = str(culprits[-1][1]) or describe(culprits[-1][1])
    log.error(
        "the mail server refuses delivery (%s): %d message(s) wait, next attempt from %s",
        error, deferred, until.isoformat(timespec="minutes"),
    )  # fmt: skip
    if alert_operators is not None:
        alert_operators(
            f"E-postserveren tar ikke imot utgående e-post ({error}). {deferred} meldinger venter "
            f"i utboksen; neste forsøk tidligst {until.isoformat(timespec='minutes')}."
        )
    return DeliverySummary(run.sent, run.failed, deferred, error)
