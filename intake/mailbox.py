"""Pure: the mailbox port (a Protocol) and the message value it yields; no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol
from urllib.parse import quote

__all__ = [
    "FetchedMessage",
    "Mailbox",
    "imap_mailbox_identity",
    "imap_source",
    "is_refetch",
]

# An IMAP message's identity in the form of an RFC 5092 IMAP URL:
# imap://<user>@<host>:<port>/<folder>;UIDVALIDITY=<v>/;UID=<uid>
_IMAP_SOURCE = re.compile(r"(?P<mailbox>imap://.+);UIDVALIDITY=(?P<uidvalidity>\d+)/;UID=\d+")


def imap_mailbox_identity(host: str, port: int, user: str, folder: str) -> str:
    """A mailbox on an IMAP server: the server, the user and the folder (two users never clash)."""
    return f"imap://{quote(user, safe='')}@{host.lower()}:{port}/{quote(folder, safe='/')}"


def imap_source(mailbox: str, uidvalidity: int, uid: int) -> str:
    """One message's identity: its mailbox, the folder's UIDVALIDITY and its UID."""
    return f"{mailbox};UIDVALIDITY={uidvalidity}/;UID={uid}"


def is_refetch(stored: str, source: str) -> bool:
    """True when both name the same IMAP mailbox under different UIDVALIDITY values: the server
    renumbered the folder, so the same bytes found there again are the message already stored."""
    old, new = _IMAP_SOURCE.fullmatch(stored), _IMAP_SOURCE.fullmatch(source)
    if old is None or new is None:
        return False
    same_mailbox = old["mailbox"] == new["mailbox"]
    return same_mailbox and old["uidvalidity"] != new["uidvalidity"]


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    """One message as stored in its source; `raw` (personal data) is kept out of the repr."""

    source: str  # stable id in its source: imap_source(...) or "maildir:<key>"
    uid: int | str
    raw: bytes = field(repr=False)
    received_at: datetime  # aware UTC: IMAP INTERNALDATE, or the Maildir delivery time
    # How older versions named the same identity ("imap:<folder>:<uidvalidity>:<uid>"): looked
    # up so that their rows still count, never written.
    legacy_sources: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.received_at.tzinfo is None:
            raise ValueError("received_at must be timezone-aware")


class Mailbox(Protocol):
    """Where submissions arrive. Anything still in the watched folder is pending."""

    def fetch_new(self, batch_size: int = 50) -> Iterator[FetchedMessage]:  # pragma: no mutate
        """Every message still in the watched folder, oldest first, without marking it read."""
        ...

    def mark_processed(self, message: FetchedMessage) -> None:
        """Move the message to the processed folder; a message that is already gone is fine."""
        ...

    def mark_all_processed(self, messages: Sequence[FetchedMessage]) -> None:
        """Move these messages to the processed folder together (one command where the server
        allows); any of them that is already gone is fine."""
        ...

    def mark_quarantined(self, message: FetchedMessage) -> None:
        """Move the message to the quarantine folder; a message that is already gone is fine."""
        ...
