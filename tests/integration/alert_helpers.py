"""Shared helpers for the alert and case-clock tests: settings, cases and what the server got."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from cases.model import CaseNumber, NewCase
from cases.orm_outbox import AlertLedgerRow, OutgoingMessageRow
from config import alerts, wiring
from config.settings import Settings
from letters.delivery import DeliverySummary
from tests.services.smtp import SmtpServer

SECTION = "Seksjon for personvern"
STAFF_YAML = """
fallback: postkasse@example.no
sections:
  Seksjon for personvern:
    queue: queue@example.no
    leader: leader@example.no
staff:
  kari:
    name: Kari Nordmann
    role: caseworker
    sections: [Seksjon for personvern]
    email: kari@example.no
"""


def alert_settings(url: str, home: Path, smtp: SmtpServer | None = None) -> Settings:
    staff = home / "staff.yaml"
    home.mkdir(parents=True, exist_ok=True)
    staff.write_text(STAFF_YAML, encoding="utf-8")
    return Settings(
        home=home, database_url=url, staff_file=staff, mail_from="saksflyt@example.no",
        dashboard_url="https://saksflyt.example.no",
        smtp_host=None if smtp is None else smtp.host,
        smtp_port=None if smtp is None else smtp.port, smtp_tls="none",
    )  # fmt: skip


def open_case(settings: Settings, t0: date, caseworker: str | None = None) -> CaseNumber:
    received = datetime.combine(t0, time(9), tzinfo=UTC)
    new = NewCase(received, t0, "controller@example.no", "Behandlingsansvarlig AS",
                  "Forhåndsdrøftelse: kameraovervåking", SECTION, received)  # fmt: skip
    with wiring.register(settings) as register:
        number = register.open_case(new).number
        if caseworker is not None:
            register.set_caseworker(number, caseworker)
    return number


def run_day(settings: Settings, day: date) -> DeliverySummary | None:
    """What the daily flow does: queue what is due, then deliver."""
    alerts.queue_alerts(settings, day)
    return alerts.deliver_mail(settings)


def ledger_key_of(settings: Settings, message: EmailMessage) -> str:
    """The alert key behind a message the SMTP server received (through its Message-ID)."""
    query = (
        select(AlertLedgerRow.key)
        .join(OutgoingMessageRow, OutgoingMessageRow.id == AlertLedgerRow.outgoing_message_id)
        .where(OutgoingMessageRow.message_id == str(message["Message-ID"]))
    )
    with wiring.session(settings) as session:
        key = session.scalar(query)
    assert key is not None, "a message the ledger does not know"
    return key
