"""Pure via ports: what is done with outgoing mail that is stuck or failed.

Requeueing failed messages writes one audit entry per message (`saksflyt outbox requeue`, the
dashboard); when the outbox is stuck, the operations address is mailed directly through the mail
server, not through the outbox. config/alerts.py composes both from the settings.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime

from cases.outgoing import MailStatus, OutgoingId, OutgoingMail
from casework.ports import AuditTrail, FailedMail
from letters.delivery import AlertOperators, MailRefused, MailSender, MailUnavailable, describe

log = logging.getLogger(__name__)


def requeue_failed_mail(
    outbox: FailedMail,
    audit: AuditTrail,
    outgoing_ids: list[OutgoingId] | None,
    *,
    actor: str,
    now: datetime,
) -> list[OutgoingId]:
    """Failed messages back to pending (all of them for None), one audit row per message."""
    requeued = outbox.requeue(outgoing_ids)
    for outgoing_id in requeued:
        number = outbox.get(outgoing_id).case_number
        audit(
            at=now, actor=actor, action="outbox_requeue",
            case_reference=number.canonical if number else None,
            detail=f"outgoing:{outgoing_id}",
        )  # fmt: skip
    return requeued


def operations_alert(
    smtp: MailSender,
    operations_email: str | None,
    message_id_domain: str,
    now: Callable[[], datetime],
) -> AlertOperators:
    """Mail the operations address directly (not through the outbox that is stuck)."""

    def alert(text: str) -> None:
        if not operations_email:
            return
        notice = OutgoingMail(
            id=0, message_id=f"<{uuid.uuid4().hex}@{message_id_domain}>",
            kind="operations", recipients=(operations_email,),
            subject="saksflyt: utgående e-post står", text=text + "\n", html=None,
            encrypt_to=None, status=MailStatus.PENDING, attempts=0, created_at=now(),
        )  # fmt: skip
        try:
            smtp.send(notice)
        except (MailUnavailable, MailRefused) as exc:
            log.error("could not mail the operations address either: %s", describe(exc))

    return alert
