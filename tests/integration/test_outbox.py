"""Outgoing mail: the outbox table, the SMTP adapter against aiosmtpd, and delivery semantics."""

from __future__ import annotations

import smtplib
from datetime import UTC, date, datetime
from email import policy
from email.parser import BytesParser
from functools import partial
from pathlib import Path

import pytest

from cases.outgoing import LedgerEntry, MailStatus, NewOutgoingMail, OutgoingMail
from config import alerts, wiring
from crypto.compose import sealed
from crypto.gpg import GpgKeyring
from letters.delivery import (
    MailConfigurationError,
    MailRefused,
    MailUnavailable,
    RecipientsRefused,
)
from letters.smtp import SmtpOutbox, build_message, smtp_errors
from tests.integration.alert_helpers import alert_settings, open_case
from tests.services.smtp import SmtpServer

NOW = datetime(2026, 6, 8, 5, 0, tzinfo=UTC)


def mail(**overrides: object) -> NewOutgoingMail:
    values: dict[str, object] = dict(
        kind="alert", recipients=("kari@example.no",), subject="Sak 2026/00001: svarfrist æøå",
        text="Hei,\nfristen nærmer seg – ÆØÅ.\n",
    )  # fmt: skip
    values.update(overrides)
    return NewOutgoingMail(**values)  # type: ignore[arg-type]


def test_a_queued_message_keeps_its_message_id_and_goes_out_once(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    with wiring.outbox(settings) as outbox:
        outgoing_id = outbox.queue(mail(html="<p>fristen nærmer seg</p>"), NOW)
        message_id = outbox.get(outgoing_id).message_id
    first, second = alerts.deliver_mail(settings), alerts.deliver_mail(settings)
    assert first is not None and (first.sent, first.failed) == (1, 0)
    assert second is not None and second.sent == 0
    [received] = smtp_server.messages
    assert received["Message-ID"] == message_id and message_id.endswith("@example.no>")
    assert received["Subject"] == "Sak 2026/00001: svarfrist æøå"
    assert received.get_body(("plain",)).get_content() == "Hei,\nfristen nærmer seg – ÆØÅ.\n"
    assert "nærmer" in received.get_body(("html",)).get_content()
    with wiring.outbox(settings) as outbox:
        stored = outbox.get(outgoing_id)
    assert stored.status is MailStatus.SENT and stored.sent_at is not None
    assert stored.attempts == 1 and stored.last_error is None


def test_a_resend_after_a_crash_carries_the_same_message_id_and_date(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    with wiring.outbox(settings) as outbox:
        stored = outbox.get(outbox.queue(mail(), NOW))
    smtp = wiring.smtp_outbox(settings)
    assert smtp is not None
    smtp.send(stored)  # accepted, then the process "crashed" before mark_sent
    smtp.send(stored)  # the next run sends it again (at-least-once)
    first, second = smtp_server.messages
    assert first["Message-ID"] == second["Message-ID"] and first["Date"] == second["Date"]


def test_smtp_down_leaves_messages_pending_with_the_attempt_recorded(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    with wiring.outbox(settings) as outbox:
        ids = [outbox.queue(mail(), NOW), outbox.queue(mail(), NOW)]
    smtp_server.stop()
    summary = alerts.deliver_mail(settings)
    assert summary is not None and summary.unavailable
    assert (summary.sent, summary.deferred) == (0, 2)
    assert summary.error is not None and "ConnectionRefusedError" in summary.error
    with wiring.outbox(settings) as outbox:
        first = outbox.get(ids[0])
        assert first.status is MailStatus.PENDING and first.attempts == 1
        assert "example.no" not in (first.last_error or "")  # no addresses, no content
    smtp_server.start()
    again = alerts.deliver_mail(settings)
    assert again is not None and again.sent == 2
    assert len(smtp_server.messages) == 2


def test_the_ledger_queues_an_alert_key_only_once(database_url: str, tmp_path: Path) -> None:
    settings = alert_settings(database_url, tmp_path)
    number = open_case(settings, date(2026, 4, 21))
    entry = LedgerEntry("2026/00001:missed:2026-06-16", "missed", date(2026, 6, 17),
                        date(2026, 6, 16), "queue@example.no", number)  # fmt: skip
    with wiring.outbox(settings) as outbox:
        first = outbox.record_alert(entry, mail(case_number=number), NOW)
    with wiring.outbox(settings) as outbox:
        second = outbox.record_alert(entry, mail(case_number=number), NOW)
        assert outbox.ledger_keys([entry.key, "other"]) == {entry.key}
        assert outbox.pending_alerts() == {entry.key: first}
        assert [m.case_number for m in outbox.messages()] == [number]
    assert first is not None and second is None


def test_a_message_the_server_refuses_for_good_is_marked_failed(
    database_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = alert_settings(database_url, tmp_path, smtp_server)
    with wiring.outbox(settings) as outbox:
        refused = outbox.queue(mail(encrypt_to="F" * 40), NOW)  # no key for it in the keyring
        fine = outbox.queue(mail(), NOW)
    summary = alerts.deliver_mail(settings)
    assert summary is not None and (summary.sent, summary.failed) == (1, 1)
    with wiring.outbox(settings) as outbox:
        assert outbox.get(refused).status is MailStatus.FAILED
        assert outbox.get(fine).status is MailStatus.SENT


def stored(encrypt_to: str | None = None) -> OutgoingMail:
    return OutgoingMail(
        id=1, message_id="<abc@example.no>", kind="letter:decision",
        recipients=("controller@example.no",), subject="Vedtak", text="Vedtak æøå\n", html=None,
        encrypt_to=encrypt_to, status=MailStatus.PENDING, attempts=0, created_at=NOW,
    )  # fmt: skip


def test_an_encrypted_message_is_pgp_mime_that_decrypts_to_the_text(
    office_keyring: GpgKeyring, office_key: str
) -> None:
    seal = partial(sealed, office_keyring.encrypt)
    message = build_message(stored(office_key), "saksflyt@example.no", seal)
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    assert parsed.get_content_type() == "multipart/encrypted"
    assert parsed.get_param("protocol") == "application/pgp-encrypted"
    control, body = parsed.iter_parts()
    assert b"Version: 1" in control.get_payload(decode=True)
    decryption = office_keyring.decrypt(body.get_payload(decode=True))
    assert decryption.ok
    inner = BytesParser(policy=policy.default).parsebytes(decryption.data.replace(b"\r\n", b"\n"))
    assert inner.get_body(("plain",)).get_content() == "Vedtak æøå\n"
    assert parsed["Message-ID"] == "<abc@example.no>" and "Vedtak æøå" not in str(parsed)


def test_an_encrypted_message_without_a_cipher_is_refused() -> None:
    with pytest.raises(MailRefused):
        build_message(stored("F" * 40), "saksflyt@example.no", None)


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (smtplib.SMTPServerDisconnected("gone"), MailUnavailable),
        (smtplib.SMTPConnectError(554, b"busy"), MailUnavailable),
        (smtplib.SMTPHeloError(421, b"later"), MailUnavailable),
        (smtplib.SMTPDataError(451, b"try later"), MailUnavailable),
        (smtplib.SMTPDataError(554, b"spam"), MailRefused),
        (smtplib.SMTPSenderRefused(553, b"no", "a@b"), MailUnavailable),  # refuses us: all mail
        (smtplib.SMTPHeloError(554, b"go away"), MailUnavailable),
        (smtplib.SMTPRecipientsRefused({"a@b": (550, b"no")}), RecipientsRefused),
        (smtplib.SMTPRecipientsRefused({"a@b": (550, b"5.1.1 unknown")}), RecipientsRefused),
        (smtplib.SMTPRecipientsRefused({"a@b": (450, b"later")}), MailUnavailable),
        (smtplib.SMTPAuthenticationError(535, b"bad"), MailConfigurationError),
        (smtplib.SMTPNotSupportedError("no starttls"), MailConfigurationError),
        (smtplib.SMTPResponseException(500, b"what"), MailRefused),
        (smtplib.SMTPException("odd"), MailUnavailable),
        (ConnectionRefusedError(111, "refused"), MailUnavailable),
        (TimeoutError("timed out"), MailUnavailable),
    ],
)
def test_smtp_failures_are_translated_at_the_boundary(
    error: Exception, expected: type[Exception]
) -> None:
    with pytest.raises(expected) as caught, smtp_errors():
        raise error
    assert "a@b" not in str(caught.value)


@pytest.mark.parametrize(
    ("reply", "certain"),
    [(b"5.1.1 <a@b>: Recipient address rejected", True), (b"5.2.1 disabled", True),
     (b"5.7.1 Relay access denied", False), (b"no such user", False)],
)  # fmt: skip
def test_a_recipient_refusal_is_certain_only_with_a_mailbox_status(
    reply: bytes, certain: bool
) -> None:
    with pytest.raises(RecipientsRefused) as caught, smtp_errors():
        raise smtplib.SMTPRecipientsRefused({"a@b": (550, reply)})
    assert caught.value.fields["certain"] is certain


def test_every_smtplib_exception_has_a_translation() -> None:
    """A new smtplib exception cannot slip through (httpx's test_httpcore_all_exceptions_mapped)."""
    names = [n for n in dir(smtplib) if n.startswith("SMTP") and n.endswith(("Error", "Exception",
             "Disconnected", "Refused"))]  # fmt: skip
    classes = [getattr(smtplib, n) for n in names if isinstance(getattr(smtplib, n), type)]
    assert all(issubclass(c, smtplib.SMTPException) for c in classes) and len(classes) >= 10


def test_smtp_outbox_reports_an_unreachable_server_as_unavailable() -> None:
    smtp = SmtpOutbox("127.0.0.1", 9, None, None, "none", "saksflyt@example.no", timeout=2)
    with pytest.raises(MailUnavailable):
        smtp.send(stored())
