"""The Maildir mailbox adapter for the embedded demo (file-system I/O, stdlib `mailbox`)."""

from __future__ import annotations

import logging
import mailbox
import os
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from intake.mailbox import FetchedMessage

__all__ = ["MaildirMailbox"]

log = logging.getLogger(__name__)
COLON = ":"  # Maildir info separator: "<key>:2,<flags>" in cur/


class MaildirMailbox:
    """A Maildir (new/ + cur/) watched like an IMAP folder; done mail moves to Maildir++ folders."""

    def __init__(
        self,
        root: Path | str,
        processed_folder: str = "Processed",
        quarantine_folder: str = "Quarantine",
    ) -> None:
        self.root = Path(root)
        self._box = mailbox.Maildir(self.root, factory=None, create=True)
        self._targets = {"processed": processed_folder, "quarantine": quarantine_folder}

    def deliver(self, raw: bytes, received_at: datetime | None = None) -> str:
        """Drop a message into new/ (atomically, via tmp/); return its key."""
        key = self._box.add(raw)
        if received_at is not None:
            stamp = received_at.timestamp()
            os.utime(self.root / "new" / key, (stamp, stamp))
        return str(key)

    def fetch_new(self, batch_size: int = 50) -> Iterator[FetchedMessage]:
        """Every message in new/ and cur/, oldest delivery first (`batch_size` is not needed)."""
        found: list[tuple[float, str, Path]] = []
        for path in self._message_paths(self.root):
            try:
                found.append((path.stat().st_mtime, path.name.split(COLON)[0], path))
            except FileNotFoundError:  # moved by a concurrent poller
                continue
        for mtime, key, path in sorted(found):
            try:
                raw = path.read_bytes()
            except FileNotFoundError:
                continue
            received_at = datetime.fromtimestamp(mtime, UTC)
            yield FetchedMessage(source=f"maildir:{key}", uid=key, raw=raw, received_at=received_at)

    def mark_processed(self, message: FetchedMessage) -> None:
        self._move(message, "processed")

    def mark_all_processed(self, messages: Sequence[FetchedMessage]) -> None:
        for message in messages:  # a rename each: nothing to gain from a batch
            self._move(message, "processed")

    def mark_quarantined(self, message: FetchedMessage) -> None:
        self._move(message, "quarantine")

    def folder_keys(self, folder: str | None = None) -> list[str]:
        """Keys in the watched Maildir, or in one of its sub-folders (e.g. "Processed")."""
        root = self.root if folder is None else self.root / f".{folder}"
        return sorted(path.name.split(COLON)[0] for path in self._message_paths(root))

    def _move(self, message: FetchedMessage, kind: str) -> None:
        folder = self._targets[kind]
        source = self._find(str(message.uid))
        if source is None:
            log.info("%s is no longer in the Maildir; nothing to move", message.source)
            return
        target_root = self.root / f".{folder}"
        if not target_root.is_dir():
            self._box.add_folder(folder)
        # A rename keeps the file, its flags and its mtime (the delivery time), and is atomic.
        os.replace(source, target_root / source.parent.name / source.name)
        log.info("moved %s to %s", message.source, folder)

    def _find(self, key: str) -> Path | None:
        fresh = self.root / "new" / key
        if fresh.exists():
            return fresh
        for path in self._message_paths(self.root, ("cur",)):
            if path.name.split(COLON)[0] == key:
                return path
        return None

    @staticmethod
    def _message_paths(root: Path, subdirs: tuple[str, ...] = ("new", "cur")) -> Iterator[Path]:
        for subdir in subdirs:
            directory = root / subdir
            if not directory.is_dir():
                continue
            with os.scandir(directory) as entries:
                for entry in entries:
                    if entry.is_file() and not entry.name.startswith("."):
                        yield Path(entry.path)
