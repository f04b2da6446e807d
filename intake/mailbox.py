"""Pure: the mailbox port (a Protocol) and the message value it yields; no I/O."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

__all__ = ["FetchedMessage", "Mailbox"]


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    """One message as stored in its source; `raw` (personal data) is kept out of the repr."""

    source: str  # stable id in its source: "imap:INBOX:<uidvalidity>:<uid>" or "maildir:<key>"
    uid: int | str
    raw: bytes = field(repr=False)
    received_at: datetime  # aware UTC: IMAP INTERNALDATE, or the Maildir delivery time

    def __post_init__(self) -> None:
        if self.received_at.tzinfo is None:
            raise ValueError("received_at must be timezone-aware")


class Mailbox(Protocol):
    """Where submissions arrive. Anything still in the watched folder is pending."""

    def fetch_new(self, batch_size: int = 50) -> Iterator[FetchedMessage]:
        """Every message still in the watched folder, oldest first, without marking it read."""
        ...

    def mark_processed(self, message: FetchedMessage) -> None:
        """Move the message to the processed folder; a message that is already gone is fine."""
        ...

    def mark_quarantined(self, message: FetchedMessage) -> None:
        """Move the message to the quarantine folder; a message that is already gone is fine."""
        ...
