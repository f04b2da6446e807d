"""Composition of the deadline alerts and mail delivery from settings (I/O: database, SMTP, gpg)."""

from __future__ import annotations

from datetime import date
from email.message import Message

from cases.model import CaseNumber
from cases.outbox import SqlOutbox
from cases.queries import open_cases_with_events
from config import wiring
from config.settings import Settings, get_settings
from config.staff import load_staff
from crypto.compose import sealed
from crypto.gpg import GpgKeyring
from intake import assessment
from intake.alerting import AlertPolicy, AlertRunSummary, paused_gc, run_alerts
from letters.delivery import DeliverySummary, deliver_pending


def alert_policy(settings: Settings | None = None) -> AlertPolicy:
    settings = settings or get_settings()
    return AlertPolicy(
        staff=load_staff(settings.staff_file),
        dashboard_url=settings.dashboard_url,
        yellow_days=settings.alert_yellow_days,
        red_days=settings.alert_red_days,
    )


def queue_alerts(settings: Settings | None = None, today: date | None = None) -> AlertRunSummary:
    """Plan every open case and queue the due alerts and digests, in one transaction."""
    settings = settings or get_settings()
    policy = alert_policy(settings)
    today = today or wiring.office_today(settings)
    with wiring.session(settings) as db_session:
        outbox = SqlOutbox(db_session, wiring.message_id_domain(settings))
        with paused_gc():
            cases = open_cases_with_events(db_session)
            return run_alerts(cases, outbox, policy, today, wiring.utc_now())


def deliver_mail(settings: Settings | None = None) -> DeliverySummary | None:
    """Send every pending message; None when no SMTP server is configured (mail waits)."""
    settings = settings or get_settings()
    seal = _KeyringOnDemand(settings)
    smtp = wiring.smtp_outbox(settings, seal=seal)
    if smtp is None:
        return None
    try:
        return deliver_pending(lambda: wiring.outbox(settings), smtp, wiring.utc_now)
    finally:
        seal.close()


class _KeyringOnDemand:
    """Opens the office keyring only when a message is to be encrypted (alerts never are)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._keyring: GpgKeyring | None = None

    def __call__(self, content: bytes, fingerprint: str) -> Message:
        if self._keyring is None:
            self._keyring = wiring.keyring(self._settings)
        return sealed(self._keyring.encrypt, content, fingerprint)

    def close(self) -> None:
        if self._keyring is not None:
            self._keyring.close()


def reject_expired_deficiencies(settings: Settings, today: date) -> list[CaseNumber]:
    """Reject deficient requests whose deadline to remedy passed before `today` (P1)."""
    with wiring.register(settings) as register, wiring.keyring(settings) as gpg:
        policy = wiring.assessment_policy(settings, wiring.office_key_fingerprint(gpg))
        return assessment.reject_expired_deficiencies(
            register, policy=policy, now=wiring.utc_now(), today=today
        )
