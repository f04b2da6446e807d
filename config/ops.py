"""Composition of the operations alerts: queued through the outbox like every other mail (I/O)."""

from __future__ import annotations

from cases.outgoing import LedgerEntry, NewOutgoingMail
from config import wiring
from config.settings import Settings


def queue_ops_alert(settings: Settings, alert: tuple[LedgerEntry, NewOutgoingMail] | None) -> bool:
    """Queue the alert once (its ledger key); False when there is none or it was queued before."""
    if alert is None:
        return False
    with wiring.outbox(settings) as outbox:
        return outbox.record_alert(*alert, wiring.utc_now()) is not None


def mailbox_name(settings: Settings) -> str:
    """The mailbox a run receives, as the operator knows it: the IMAP user, or the Maildir."""
    return settings.imap_user or "maildir"
