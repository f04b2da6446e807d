"""Integration tests: MaildirMailbox on a real Maildir in a temporary directory (I/O: files)."""

from __future__ import annotations

import mailbox
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from intake.mailbox import FetchedMessage
from intake.maildir import MaildirMailbox

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def make_raw(n: int) -> bytes:
    return f"Message-ID: <m{n}@example.org>\r\nSubject: sak {n}\r\n\r\nHei.\r\n".encode()


def test_delivered_messages_come_back_oldest_first_byte_for_byte(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path / "Maildir")
    keys = [box.deliver(make_raw(n), T0 - timedelta(hours=n)) for n in range(3)]
    messages = list(box.fetch_new())
    assert [m.uid for m in messages] == keys[::-1]
    assert [m.raw for m in messages] == [make_raw(n) for n in (2, 1, 0)]
    assert [m.source for m in messages] == [f"maildir:{key}" for key in keys[::-1]]


def test_received_at_is_the_file_mtime_in_utc(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path / "Maildir")
    when = datetime(2024, 7, 1, 23, 30, 5, tzinfo=timezone(timedelta(hours=2)))
    key = box.deliver(make_raw(1), when)
    [message] = box.fetch_new()
    assert message.received_at == when
    assert message.received_at.utcoffset() == timedelta(0)
    assert os.stat(tmp_path / "Maildir" / "new" / key).st_mtime == when.timestamp()


def test_messages_already_read_in_cur_are_still_pending(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    other = mailbox.Maildir(root, factory=None, create=True)
    message = mailbox.MaildirMessage(make_raw(1))
    message.set_subdir("cur")
    message.add_flag("S")
    key = other.add(message)
    box = MaildirMailbox(root)
    [fetched] = box.fetch_new()
    assert fetched.uid == key and b"Subject: sak 1" in fetched.raw
    box.mark_processed(fetched)
    assert box.folder_keys() == [] and box.folder_keys("Processed") == [key]


def test_marks_move_to_maildirplusplus_folders_keeping_the_delivery_time(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path / "Maildir")
    good, bad = box.deliver(make_raw(1), T0), box.deliver(make_raw(2), T0 + timedelta(seconds=1))
    first, second = box.fetch_new()
    box.mark_processed(first)
    box.mark_quarantined(second)
    assert list(box.fetch_new()) == []
    assert box.folder_keys("Processed") == [good]
    assert box.folder_keys("Quarantine") == [bad]
    assert (tmp_path / "Maildir" / ".Processed" / "maildirfolder").exists()
    moved = tmp_path / "Maildir" / ".Processed" / "new" / good
    assert moved.read_bytes() == make_raw(1)
    assert moved.stat().st_mtime == T0.timestamp()
    assert sorted(mailbox.Maildir(tmp_path / "Maildir").list_folders()) == [
        "Processed",
        "Quarantine",
    ]


def test_moving_a_message_that_is_already_gone_is_harmless(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path / "Maildir")
    key = box.deliver(make_raw(1), T0)
    [message] = box.fetch_new()
    box.mark_processed(message)
    box.mark_processed(message)
    box.mark_quarantined(message)
    box.mark_processed(FetchedMessage("maildir:nope", "nope", b"", T0))
    assert box.folder_keys("Processed") == [key]
    assert box.folder_keys("Quarantine") == []


def test_deliver_without_a_time_uses_now(tmp_path: Path) -> None:
    box = MaildirMailbox(tmp_path / "Maildir")
    before = datetime.now(UTC) - timedelta(seconds=2)
    box.deliver(make_raw(1))
    [message] = box.fetch_new()
    assert before <= message.received_at <= datetime.now(UTC) + timedelta(seconds=2)
