"""Exactly once with concurrent senders, server-wide refusals, recipient refusals and requeue.

Real aiosmtpd (tests/services/smtp.py) that refuses on demand, and the register on SQLite and
PostgreSQL. The concurrent senders are two `saksflyt outbox send` processes.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cases.orm_audit import audit_entries, verify_audit_chain
from cases.outgoing import MailStatus, NewOutgoingMail
from cli import app
from config import alerts, wiring
from config.settings import Settings, get_settings
from tests.integration.alert_helpers import alert_settings
from tests.services.kek import TEST_KEK
from tests.services.smtp import SmtpServer

SAKSFLYT = Path(sys.executable).parent / "saksflyt"
ROOT = Path(__file__).resolve().parents[2]


def letter(n: int, recipient: str | None = None) -> NewOutgoingMail:
    return NewOutgoingMail(
        kind="letter:decision", recipients=(recipient or f"behandler{n}@example.no",),
        subject=f"Vedtak {n}", text=f"Vedtak nummer {n} æøå\n",
    )  # fmt: skip


def queue(settings: Settings, letters: list[NewOutgoingMail]) -> list[int]:
    with wiring.outbox(settings) as outbox:
        return [outbox.queue(item, wiring.utc_now()) for item in letters]


def statuses(settings: Settings) -> Counter[str]:
    with wiring.outbox(settings) as outbox:
        return Counter(m.status.value for m in outbox.messages())


def sender_environment(settings: Settings, home: Path, smtp: SmtpServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAKSFLYT_") or k == TEST_KEK}
    env.update(
        SAKSFLYT_HOME=str(home), SAKSFLYT_DATABASE_URL=settings.resolved_database_url,
        SAKSFLYT_SMTP_HOST=smtp.host, SAKSFLYT_SMTP_PORT=str(smtp.port), SAKSFLYT_SMTP_TLS="none",
        SAKSFLYT_MAIL_FROM="saksflyt@example.no", SAKSFLYT_ACTOR="sender-test",
    )  # fmt: skip
    return env


def test_two_concurrent_senders_deliver_each_of_20_letters_exactly_once(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    queue(settings, [letter(n) for n in range(20)])
    smtp_server.recorder.delay = 0.1  # a slow server: both senders are busy at the same time
    senders = [
        subprocess.Popen(
            [str(SAKSFLYT), "outbox", "send"],
            cwd=ROOT,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=sender_environment(settings, tmp_path / f"s{n}", smtp_server),
        )  # fmt: skip
        for n in range(2)
    ]
    outputs = [sender.communicate(timeout=120) for sender in senders]

    assert [sender.returncode for sender in senders] == [0, 0], outputs
    per_sender = [int(re.search(r"Sendt: (\d+)", out).group(1)) for out, _err in outputs]  # type: ignore[union-attr]
    per_message = Counter(str(m["Message-ID"]) for m in smtp_server.messages)
    assert len(per_message) == 20 and set(per_message.values()) == {1}
    assert sum(per_sender) == 20 and min(per_sender) > 0, per_sender  # they did overlap
    assert statuses(settings) == Counter({"sent": 20})


def test_a_crashed_senders_claim_runs_out_and_the_letter_goes_out(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    [first, second] = queue(settings, [letter(1), letter(2)])
    with wiring.outbox(settings) as outbox:  # a sender claimed the first one, then died
        outbox.claim("dead-sender", wiring.utc_now(), timedelta(minutes=15))
    summary = alerts.deliver_mail(settings)
    assert summary is not None and summary.sent == 1  # the claimed one waits for its lease
    later = alerts.deliver_mail(settings, now=lambda: wiring.utc_now() + timedelta(minutes=16))
    assert later is not None and later.sent == 1
    with wiring.outbox(settings) as outbox:
        assert {outbox.get(first).status, outbox.get(second).status} == {MailStatus.SENT}


def test_a_550_at_mail_from_leaves_every_letter_pending_and_alerts_the_operators(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    ids = queue(settings, [letter(n) for n in range(20)])
    smtp_server.recorder.refuse_sender = "550 5.7.1 Sender address rejected: blocked"
    with caplog.at_level(logging.ERROR):
        summary = alerts.deliver_mail(settings)

    assert summary is not None and summary.unavailable
    assert (summary.sent, summary.failed, summary.deferred) == (0, 0, 20)
    assert statuses(settings) == Counter({"pending": 20})
    assert any("refuses delivery" in r.getMessage() for r in caplog.records)
    with wiring.outbox(settings) as outbox:
        tried = outbox.get(ids[0])
    assert tried.attempts == 1 and "SMTPSenderRefused 550" in (tried.last_error or "")
    assert smtp_server.messages == []


def test_a_server_that_keeps_refusing_is_left_alone_for_a_back_off(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    [first, *_] = queue(settings, [letter(n) for n in range(3)])
    smtp_server.recorder.refuse_sender = "421 4.3.2 Service shutting down"
    alerts.deliver_mail(settings)  # the first failure: the next run tries again at once
    alerts.deliver_mail(settings)  # the second: 5 minutes for every pending letter
    with wiring.outbox(settings) as outbox:
        waiting = [m.next_attempt_at for m in outbox.messages()]
        assert outbox.get(first).attempts == 2
    assert all(at is not None and at > wiring.utc_now() + timedelta(minutes=4) for at in waiting)

    smtp_server.recorder.refuse_sender = None
    held = alerts.deliver_mail(settings)
    assert held is not None and (held.sent, held.unavailable) == (0, False)  # not tried yet
    fixed = alerts.deliver_mail(settings, retry_now=True)  # an operator fixed the server
    assert fixed is not None and fixed.sent == 3


def test_a_recipient_specific_550_fails_only_that_letter(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    refused = "ukjent@example.no"
    smtp_server.recorder.refuse_recipients[refused] = "550 5.1.1 <ukjent@example.no>: no mailbox"
    ids = queue(settings, [letter(1), letter(2, refused), letter(3)])
    summary = alerts.deliver_mail(settings)

    assert summary is not None and (summary.sent, summary.failed) == (2, 1)
    assert not summary.unavailable
    with wiring.outbox(settings) as outbox:
        assert outbox.get(ids[1]).status is MailStatus.FAILED
        assert "550" in (outbox.get(ids[1]).last_error or "")
    assert statuses(settings) == Counter({"sent": 2, "failed": 1})


def test_a_refusal_without_a_mailbox_status_fails_the_letter_once_another_went_through(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    smtp_server.recorder.refuse_recipients["borte@example.no"] = "550 no such user here"
    ids = queue(settings, [letter(1, "borte@example.no"), letter(2)])  # the refused one first
    summary = alerts.deliver_mail(settings)
    assert summary is not None and (summary.sent, summary.failed) == (1, 1)
    with wiring.outbox(settings) as outbox:
        assert outbox.get(ids[0]).status is MailStatus.FAILED


def test_a_server_refusing_every_recipient_is_server_wide_and_the_operators_get_mail(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server).model_copy(
        update={"operations_email": "drift@example.no"}
    )
    smtp_server.recorder.refuse_every_recipient = "554 5.7.1 Relay access denied"
    smtp_server.recorder.accept_always = {"drift@example.no"}
    queue(settings, [letter(n) for n in range(5)])
    summary = alerts.deliver_mail(settings)

    assert summary is not None and summary.unavailable and summary.failed == 0
    assert statuses(settings) == Counter({"pending": 5})
    [notice] = smtp_server.messages
    assert notice["To"] == "drift@example.no" and "5 meldinger venter" in notice.get_content()


def test_failed_letters_are_queued_again_with_an_audit_row(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    refused = "ukjent@example.no"
    smtp_server.recorder.refuse_recipients[refused] = "550 5.1.1 no mailbox"
    ids = queue(settings, [letter(1, refused), letter(2, refused), letter(3)])
    alerts.deliver_mail(settings)
    assert statuses(settings) == Counter({"sent": 1, "failed": 2})

    assert alerts.requeue_failed_mail(settings, [ids[0]], "drift") == [ids[0]]
    assert alerts.requeue_failed_mail(settings, None, "drift") == [ids[1]]
    assert statuses(settings) == Counter({"sent": 1, "pending": 2})
    del smtp_server.recorder.refuse_recipients[refused]  # the address was corrected meanwhile
    again = alerts.deliver_mail(settings)
    assert again is not None and again.sent == 2
    with wiring.session(settings) as session:
        rows = [r for r in audit_entries(session) if r.action == "outbox_requeue"]
        assert verify_audit_chain(session).ok
    assert sorted(r.detail for r in rows) == [f"outgoing:{ids[0]}", f"outgoing:{ids[1]}"]
    assert {r.actor for r in rows} == {"drift"}


def test_the_cli_exits_1_on_failed_letters_and_requeues_them(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    for name, value in sender_environment(settings, tmp_path, smtp_server).items():
        if name.startswith("SAKSFLYT_"):
            monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    smtp_server.recorder.refuse_recipients["ukjent@example.no"] = "550 5.1.1 no mailbox"
    [refused] = queue(settings, [letter(1, "ukjent@example.no")])
    runner = CliRunner()
    try:
        sent = runner.invoke(app, ["outbox", "send"])
        assert sent.exit_code == 1 and "avvist: 1" in sent.output, sent.output
        requeued = runner.invoke(app, ["outbox", "requeue", "--all-failed"])
        assert requeued.exit_code == 0 and f"Lagt i kø igjen: {refused}." in requeued.output
        neither = runner.invoke(app, ["outbox", "requeue"])
        assert neither.exit_code == 1
    finally:
        get_settings.cache_clear()
    with wiring.session(settings) as session:
        [row] = [r for r in audit_entries(session) if r.action == "outbox_requeue"]
    assert row.actor == "sender-test"  # SAKSFLYT_ACTOR, not free text
