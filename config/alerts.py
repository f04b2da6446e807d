"""Composition of the deadline alerts and mail delivery from settings (I/O: database, SMTP, gpg).

Only composition lives here: the use cases are casework.alerting, casework.mail_operations,
casework.assessment and letters.delivery.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from datetime import date, datetime
from email.message import Message
from functools import partial

from cases.model import CaseNumber
from cases.orm_audit import record_audit
from cases.outbox import SqlOutbox
from cases.outgoing import OutgoingId
from cases.queries import open_cases_with_events
from casework import assessment, mail_operations, rendering
from casework.alerting import AlertPolicy, AlertRunSummary, paused_gc, run_alerts
from config import wiring
from config.settings import Settings
from config.staff import staff_directory
from crypto.compose import sealed
from crypto.gpg import GpgKeyring
from letters.delivery import (
    AlertOperators,
    DeliveryPolicy,
    DeliverySummary,
    MailSender,
    deliver_pending,
)


def alert_policy(settings: Settings) -> AlertPolicy:
    return AlertPolicy(
        staff=staff_directory(settings),
        dashboard_url=settings.dashboard_url,
        yellow_days=settings.alert_yellow_days,
        red_days=settings.alert_red_days,
    )


def queue_alerts(settings: Settings, today: date | None = None) -> AlertRunSummary:
    """Plan every open case and queue the due alerts and digests, in one transaction."""
    policy = alert_policy(settings)
    today = today or wiring.office_today(settings)
    with wiring.session(settings) as db_session:
        outbox = SqlOutbox(db_session, wiring.message_id_domain(settings))
        with paused_gc():
            cases = open_cases_with_events(db_session)
            return run_alerts(cases, outbox, policy, today, wiring.utc_now())


def deliver_mail(
    settings: Settings,
    *,
    now: Callable[[], datetime] = wiring.utc_now,
    retry_now: bool = False,
) -> DeliverySummary | None:
    """Send every due pending message; None when no SMTP server is configured (mail waits).

    An automatic letter's DOCX and PDF/A are rendered just before it is sent, under the
    sender's claim on its message (decisions/0011). `retry_now` ends a back-off first (an
    operator fixed the mail server).
    """
    seal = _KeyringOnDemand(settings)
    smtp = wiring.smtp_outbox(settings, seal=seal)
    if smtp is None:
        render_letters(settings)  # nothing is sent, but the letters' DOCX and PDF/A are made
        return None
    if retry_now:
        with wiring.outbox(settings) as outbox:
            outbox.end_back_off()
    policy = DeliveryPolicy(worker=f"{socket.gethostname()}:{os.getpid()}")
    letters = partial(wiring.case_letters, settings)
    try:
        return deliver_pending(
            lambda: wiring.outbox(settings), smtp, now, policy, _alert_operators(settings, smtp),
            prepare=lambda message: rendering.render_for_message(letters, message.id),
        )  # fmt: skip
    finally:
        seal.close()


def render_letters(settings: Settings) -> rendering.RenderingSummary:
    """Render the DOCX and PDF/A of the automatic letters that wait for them (decisions/0011)."""
    return rendering.render_waiting(partial(wiring.case_letters, settings))


def render_letter(settings: Settings, draft_id: int) -> str | None:
    """Render one automatic letter's DOCX and PDF/A now if it waits (a caseworker asked for it
    before the sender ran); why it could not be made, else None."""
    return rendering.render_draft(partial(wiring.case_letters, settings), draft_id)


def _alert_operators(settings: Settings, smtp: MailSender) -> AlertOperators:
    return mail_operations.operations_alert(
        smtp, settings.operations_email, wiring.message_id_domain(settings), wiring.utc_now
    )


def requeue_failed_mail(
    settings: Settings, outgoing_ids: list[OutgoingId] | None, actor: str
) -> list[OutgoingId]:
    """casework.mail_operations.requeue_failed_mail in one transaction of the register.

    The plain function behind `saksflyt outbox requeue`, for the dashboard as well.
    """
    with wiring.session(settings) as db_session:
        outbox = SqlOutbox(db_session, wiring.message_id_domain(settings))
        audit = partial(record_audit, db_session)
        return mail_operations.requeue_failed_mail(
            outbox, audit, outgoing_ids, actor=actor, now=wiring.utc_now()
        )


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
