"""Incomplete requests end to end: intake, completeness, letters in the outbox, a real SMTP
server (aiosmtpd), the real register on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from cases.model import CaseStatus
from config import alerts, wiring
from config.case_types import load_case_type
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.services.smtp import SmtpServer
from tests.unit.test_assessment import DEFERRED, FIRST_THREE, MANAGEMENT, RISK

SPEC = load_case_type()
SENDER = "anne.lund@vestby.example"


def office(
    tmp_path: Path, url: str, keyring: GpgKeyring, smtp: SmtpServer, policy: str
) -> Settings:
    return Settings(
        home=tmp_path, database_url=url, gnupg_home=keyring.home, smtp_host=smtp.host,
        smtp_port=smtp.port, smtp_tls="none", mail_from="postkasse@datatilsynet.example",
        incomplete_requests=policy,  # type: ignore[arg-type]
    )  # fmt: skip


def mail(body: str, message_id: str, in_reply_to: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = f"Anne Lund <{SENDER}>"
    message["Subject"] = "Anmodning om forhåndsdrøftelse"
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    message.set_content(body)
    return message.as_bytes()


def receive(settings: Settings, raw: bytes) -> None:
    when = datetime(2026, 11, 2, 9, tzinfo=UTC)
    MaildirMailbox(settings.resolved_maildir).deliver(raw, when)
    wiring.run_intake_once(settings)


def text_of(message: EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content())


def test_a_rejection_reaches_the_sender_once_with_the_missing_parts(
    database_url: str, office_keyring: GpgKeyring, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    settings = office(tmp_path, database_url, office_keyring, smtp_server, "reject")
    receive(settings, mail(FIRST_THREE + DEFERRED, "<r1@vestby.example>"))
    alerts.deliver_mail(settings)
    alerts.deliver_mail(settings)  # nothing is sent twice
    (letter,) = smtp_server.messages
    assert letter["To"] == SENDER and "Avvisning" in str(letter["Subject"])
    assert "vår ref." in str(letter["Subject"])
    text = text_of(letter)
    for part in (4, 5):
        assert SPEC.part(part).name_nb in text and SPEC.part(part).requirements[0] in text
    assert SPEC.part(1).name_nb not in text


def test_an_smtp_outage_delays_the_letter_without_losing_it(
    database_url: str, office_keyring: GpgKeyring, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    settings = office(tmp_path, database_url, office_keyring, smtp_server, "reject")
    receive(settings, mail(FIRST_THREE + DEFERRED, "<r2@vestby.example>"))
    smtp_server.stop()
    down = alerts.deliver_mail(settings)
    assert down is not None and down.sent == 0
    smtp_server.start()
    up = alerts.deliver_mail(settings)
    assert up is not None and up.sent == 1
    assert len(smtp_server.messages) == 1


def test_a_reply_to_the_deficiency_notice_continues_the_same_case(
    database_url: str, office_keyring: GpgKeyring, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    settings = office(tmp_path, database_url, office_keyring, smtp_server, "notice_then_reject")
    receive(settings, mail(FIRST_THREE + DEFERRED, "<r3@vestby.example>"))
    alerts.deliver_mail(settings)
    (notice,) = smtp_server.messages
    assert "ikke komplett" in str(notice["Subject"])

    reply = mail(RISK + MANAGEMENT, "<r4@vestby.example>", in_reply_to=str(notice["Message-ID"]))
    receive(settings, reply)
    alerts.deliver_mail(settings)

    with wiring.register(settings) as register:
        (case,) = register.cases()
        records = register.submissions()
        kinds = [e.kind for e in register.events(case.number)]
    assert case.status is CaseStatus.REGISTERED
    assert [r.outcome.value for r in records] == ["registered", "attached"]
    assert "info_received" in kinds
    receipt = smtp_server.messages[-1]
    assert "Foreløpig svar" in str(receipt["Subject"]) and len(smtp_server.messages) == 2
