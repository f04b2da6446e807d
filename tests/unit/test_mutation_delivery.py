"""letters/delivery.py: each pending message sent once, refusals sorted by whose they are.

The outbox and the mail server are in-memory stand-ins for the ports (letters.delivery.OutboxStore,
MailSender); the SQL outbox and the SMTP adapter are tested in tests/integration.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest

from cases.outgoing import MailStatus, OutgoingId, OutgoingMail
from letters.delivery import (
    DeliveryPolicy,
    DeliverySummary,
    MailRefused,
    MailUnavailable,
    OutboxStore,
    RecipientsRefused,
    deliver_pending,
    describe,
)

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


def mail(outgoing_id: int, attempts: int = 0) -> OutgoingMail:
    return OutgoingMail(
        id=OutgoingId(outgoing_id), message_id=f"<{outgoing_id}@x>", kind="letter",
        recipients=("a@b.example",), subject="s", text="t", html=None, encrypt_to=None,
        status=MailStatus.PENDING, attempts=attempts, created_at=NOW,
    )  # fmt: skip


class Outbox:
    """Pending messages in order; every call is written to `calls`."""

    def __init__(self, *mails: OutgoingMail, left_pending: int = 0) -> None:
        self.queue = list(mails)
        self.left_pending = left_pending
        self.calls: list[tuple[object, ...]] = []
        self.opened = 0

    @contextmanager
    def open(self) -> Iterator[OutboxStore]:
        self.opened += 1
        yield self

    def claim(self, worker: str, now: datetime, lease: timedelta, limit: int) -> list[OutgoingMail]:
        self.calls.append(("claim", worker, now, lease, limit))
        claimed, self.queue = self.queue[:limit], self.queue[limit:]
        return claimed

    def mark_sent(self, outgoing_id: OutgoingId, at: datetime) -> None:
        self.calls.append(("sent", outgoing_id, at))

    def defer(self, outgoing_id: OutgoingId, error: str, until: datetime | None = None) -> None:
        self.calls.append(("defer", outgoing_id, error, until))

    def back_off(self, until: datetime, now: datetime) -> int:
        self.calls.append(("back_off", until, now))
        return 0

    def mark_failed(self, outgoing_id: OutgoingId, error: str) -> None:
        self.calls.append(("failed", outgoing_id, error))

    def pending_count(self) -> int:
        return len(self.queue) + self.left_pending

    def done(self) -> list[tuple[object, ...]]:
        """The calls other than claims."""
        return [call for call in self.calls if call[0] != "claim"]


class Server:
    """Raises the problem given for a message id; accepts every other message."""

    def __init__(self, **problems: Exception) -> None:
        self.problems = problems
        self.sent: list[OutgoingId] = []

    def send(self, message: OutgoingMail) -> None:
        problem = self.problems.get(f"m{message.id}")
        if problem is not None:
            raise problem
        self.sent.append(message.id)


class Alerts:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str) -> None:
        self.texts.append(text)


def clock() -> Callable[[], datetime]:
    return lambda: NOW


def uncertain(detail: str = "550 nope") -> RecipientsRefused:
    return RecipientsRefused(detail=detail)


class SmtpCodeError(MailUnavailable):
    smtp_code = 421


class Unnamed(MailRefused):
    template = "E-posten ble avvist"


@pytest.mark.parametrize(
    ("attempts", "minutes"),
    [(-1, 0), (0, 0), (1, 0), (2, 5), (3, 10), (4, 20), (7, 160), (8, 320), (9, 360), (40, 360)],
)
def test_the_back_off_doubles_from_five_minutes_to_six_hours(attempts: int, minutes: int) -> None:
    assert DeliveryPolicy().delay_after(attempts) == timedelta(minutes=minutes)


def test_the_back_off_stops_doubling_after_sixteen_doublings() -> None:
    policy = DeliveryPolicy(first_delay=MINUTE, max_delay=timedelta(days=1000))
    assert policy.delay_after(18) == MINUTE * 65536
    assert policy.delay_after(19) == policy.delay_after(100) == MINUTE * 65536
    assert policy.delay_after(17) == MINUTE * 32768


def test_the_policys_defaults() -> None:
    policy = DeliveryPolicy()
    assert policy.worker == "saksflyt"
    assert policy.lease == timedelta(minutes=15)
    assert policy.unproven_refusals == 3


def test_a_summary_is_unavailable_only_with_an_error() -> None:
    assert DeliverySummary() == DeliverySummary(0, 0, 0, None)
    assert not DeliverySummary(2, 1, 0).unavailable
    assert DeliverySummary(0, 0, 4, "down").unavailable


def test_an_error_is_described_by_its_class_and_smtp_code_never_its_text() -> None:
    assert describe(SmtpCodeError("secret text")) == "SmtpCodeError 421"
    assert describe(MailUnavailable("secret text")) == "MailUnavailable"
    assert describe(RecipientsRefused(detail="x")) == "RecipientsRefused"


def test_every_due_message_is_claimed_one_at_a_time_and_marked_sent() -> None:
    outbox, server = Outbox(mail(1), mail(2)), Server()
    policy = DeliveryPolicy(worker="host:42", lease=timedelta(minutes=3))
    summary = deliver_pending(outbox.open, server, clock(), policy)
    assert summary == DeliverySummary(2, 0, 0, None)
    assert server.sent == [1, 2]
    claim = ("claim", "host:42", NOW, timedelta(minutes=3), 1)
    assert outbox.calls == [claim, ("sent", 1, NOW), claim, ("sent", 2, NOW), claim]


def test_without_a_policy_the_default_policy_claims() -> None:
    outbox = Outbox(mail(1))
    assert deliver_pending(outbox.open, Server(), clock()) == DeliverySummary(1, 0, 0, None)
    assert outbox.calls[0] == ("claim", "saksflyt", NOW, timedelta(minutes=15), 1)


def test_nothing_pending_sends_nothing() -> None:
    outbox, alerts = Outbox(), Alerts()
    assert deliver_pending(outbox.open, Server(), clock(), alert_operators=alerts) == (
        DeliverySummary(0, 0, 0, None)
    )
    assert outbox.done() == [] and alerts.texts == []


def test_a_message_prepare_holds_back_fails_unsent_and_the_next_goes() -> None:
    outbox, server = Outbox(mail(1), mail(2)), Server()
    prepared: list[OutgoingId] = []

    def prepare(message: OutgoingMail) -> str | None:
        prepared.append(message.id)
        return "arkivkopien mangler" if message.id == 1 else None

    summary = deliver_pending(outbox.open, server, clock(), prepare=prepare)
    assert summary == DeliverySummary(1, 1, 0, None)
    assert prepared == [1, 2] and server.sent == [2]
    assert outbox.done() == [("failed", 1, "arkivkopien mangler"), ("sent", 2, NOW)]


def test_a_message_refused_for_good_fails_with_the_detail_and_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    outbox = Outbox(mail(1), mail(2))
    server = Server(m1=MailRefused(detail="554 no encryption key"))
    with caplog.at_level(logging.WARNING, logger="letters.delivery"):
        summary = deliver_pending(outbox.open, server, clock())
    assert summary == DeliverySummary(1, 1, 0, None)
    assert outbox.done() == [("failed", 1, "554 no encryption key"), ("sent", 2, NOW)]
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "outgoing message 1 not delivered: 554 no encryption key")
    ]


def test_a_refusal_without_a_detail_is_recorded_by_its_class() -> None:
    outbox = Outbox(mail(1))
    summary = deliver_pending(outbox.open, Server(m1=Unnamed()), clock())
    assert summary == DeliverySummary(0, 1, 0, None)
    assert outbox.done() == [("failed", 1, "Unnamed")]


def test_a_refusal_certain_of_the_recipient_fails_at_once() -> None:
    outbox = Outbox(mail(1), mail(2))
    server = Server(m1=RecipientsRefused(detail="550 5.1.1 no such user", certain=True))
    summary = deliver_pending(outbox.open, server, clock())
    assert summary == DeliverySummary(1, 1, 0, None)
    assert outbox.done() == [("failed", 1, "550 5.1.1 no such user"), ("sent", 2, NOW)]


def test_an_uncertain_refusal_after_a_message_was_accepted_fails_at_once() -> None:
    outbox = Outbox(mail(1), mail(2), mail(3))
    summary = deliver_pending(outbox.open, Server(m2=uncertain()), clock())
    assert summary == DeliverySummary(2, 1, 0, None)
    assert outbox.done() == [("sent", 1, NOW), ("failed", 2, "550 nope"), ("sent", 3, NOW)]


def test_uncertain_refusals_fail_once_a_later_message_is_accepted() -> None:
    outbox = Outbox(mail(1), mail(2), mail(3), mail(4))
    server = Server(m1=uncertain("550 a"), m2=uncertain("550 b"))
    summary = deliver_pending(outbox.open, server, clock())
    assert summary == DeliverySummary(2, 2, 0, None)
    assert outbox.done() == [
        ("sent", 3, NOW), ("failed", 1, "550 a"), ("failed", 2, "550 b"), ("sent", 4, NOW),
    ]  # fmt: skip


def test_three_uncertain_refusals_in_a_row_are_the_servers_and_every_message_waits(
    caplog: pytest.LogCaptureFixture,
) -> None:
    outbox = Outbox(mail(1, attempts=1), mail(2, attempts=3), mail(3), mail(4), left_pending=5)
    server = Server(m1=uncertain("550 a"), m2=uncertain("550 b"), m3=uncertain("550 c"))
    alerts = Alerts()
    with caplog.at_level(logging.ERROR, logger="letters.delivery"):
        summary = deliver_pending(outbox.open, server, clock(), alert_operators=alerts)
    until = NOW + 20 * MINUTE  # the most attempts (3, now 4) sets the back-off
    error = "E-posten ble avvist: 550 c"
    assert summary == DeliverySummary(0, 0, 6, error)
    assert outbox.done() == [
        ("defer", 1, "550 a", until), ("defer", 2, "550 b", until), ("defer", 3, "550 c", until),
        ("back_off", until, NOW),
    ]  # fmt: skip
    assert server.sent == [] and outbox.queue == [mail(4)]
    assert [r.getMessage() for r in caplog.records] == [
        f"the mail server refuses delivery ({error}): 6 message(s) wait,"
        " next attempt from 2026-05-04T09:50+00:00"
    ]
    assert alerts.texts == [
        f"E-postserveren tar ikke imot utgående e-post ({error}). 6 meldinger venter i utboksen;"
        " neste forsøk tidligst 2026-05-04T09:50+00:00."
    ]


def test_the_number_of_uncertain_refusals_that_stop_delivery_is_the_policys() -> None:
    outbox = Outbox(mail(1), mail(2), mail(3))
    server = Server(m1=uncertain("550 a"), m2=uncertain("550 b"))
    policy = DeliveryPolicy(unproven_refusals=2)
    summary = deliver_pending(outbox.open, server, clock(), policy)
    assert summary == DeliverySummary(0, 0, 1, "E-posten ble avvist: 550 b")
    assert [call[:3] for call in outbox.done()] == [("defer", 1, "550 a"), ("defer", 2, "550 b")]


def test_uncertain_refusals_left_when_the_queue_ends_wait_for_the_next_run() -> None:
    outbox = Outbox(mail(1), mail(2))
    server = Server(m1=uncertain("550 a"), m2=uncertain("550 b"))
    summary = deliver_pending(outbox.open, server, clock())
    # a first failure is tried again on the next run: no back-off
    assert summary == DeliverySummary(0, 0, 0, "E-posten ble avvist: 550 b")
    assert outbox.done() == [("defer", 1, "550 a", NOW), ("defer", 2, "550 b", NOW)]


def test_an_unavailable_server_defers_the_message_and_the_held_refusals_and_alerts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    outbox = Outbox(mail(1, attempts=2), mail(2, attempts=1), mail(3), left_pending=1)
    server = Server(m1=uncertain("550 a"), m2=MailUnavailable("421 try later"))
    alerts = Alerts()
    with caplog.at_level(logging.WARNING, logger="letters.delivery"):
        summary = deliver_pending(outbox.open, server, clock(), alert_operators=alerts)
    until = NOW + 10 * MINUTE
    assert summary == DeliverySummary(0, 0, 2, "421 try later")
    assert outbox.done() == [
        ("defer", 1, "550 a", until),
        ("defer", 2, "MailUnavailable: 421 try later", until),
        ("back_off", until, NOW),
    ]
    assert outbox.queue == [mail(3)]
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "outgoing message 1 not delivered: 550 a"),
        ("WARNING", "outgoing message 2 not delivered: MailUnavailable: 421 try later"),
        ("ERROR", "the mail server refuses delivery (421 try later): 2 message(s) wait,"
         " next attempt from 2026-05-04T09:40+00:00"),
    ]  # fmt: skip
    assert alerts.texts == [
        "E-postserveren tar ikke imot utgående e-post (421 try later). 2 meldinger venter i"
        " utboksen; neste forsøk tidligst 2026-05-04T09:40+00:00."
    ]


def test_a_first_failure_of_an_unavailable_server_is_tried_again_without_a_back_off() -> None:
    outbox = Outbox(mail(1), mail(2))
    server = Server(m2=SmtpCodeError())
    summary = deliver_pending(outbox.open, server, clock())
    # an exception without text is named by its class and code
    assert summary == DeliverySummary(1, 0, 0, "SmtpCodeError 421")
    assert outbox.done() == [("sent", 1, NOW), ("defer", 2, "SmtpCodeError 421: ", NOW)]


def test_the_times_used_are_read_from_the_clock_when_each_step_happens() -> None:
    ticks = iter(NOW + n * MINUTE for n in range(10))
    outbox = Outbox(mail(1), mail(2, attempts=1))
    server = Server(m2=MailUnavailable("down"))
    deliver_pending(outbox.open, server, lambda: next(ticks))
    at = NOW + 3 * MINUTE
    assert outbox.calls == [
        ("claim", "saksflyt", NOW, timedelta(minutes=15), 1),
        ("sent", 1, NOW + MINUTE),
        ("claim", "saksflyt", NOW + 2 * MINUTE, timedelta(minutes=15), 1),
        ("defer", 2, "MailUnavailable: down", at + 5 * MINUTE),
        ("back_off", at + 5 * MINUTE, at),
    ]
