"""Integration tests: ImapMailbox against a real private Dovecot (I/O: network, processes)."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cases.errors import ConfigurationError
from intake.imap import (
    ImapMailbox,
    MailboxLoginRefused,
    MailboxUnavailable,
    plan_batches,
    qualified_folder,
)
from intake.mailbox import FetchedMessage
from tests.services.dovecot import DovecotServer, ImapAccount

T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def make_raw(n: int, body: bytes = b"Hei.\r\n") -> bytes:
    head = f"Message-ID: <m{n}@example.org>\r\nFrom: a@example.org\r\nSubject: sak {n}\r\n"
    return head.encode() + b"\r\n" + body


def subjects(messages: list[FetchedMessage]) -> list[bytes]:
    return [m.raw.split(b"Subject: ")[1].split(b"\r\n")[0] for m in messages]


@pytest.fixture
def oslo_local_time() -> Iterator[None]:
    """Run with a local zone whose offset differs from UTC and changes with DST."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Oslo"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_fetches_every_message_oldest_first_in_uid_batches(imap_account: ImapAccount) -> None:
    uids = [imap_account.append(make_raw(n), T0 + timedelta(minutes=n)) for n in range(7)]
    with imap_account.mailbox() as box:
        messages = list(box.fetch_new(batch_size=3))
    assert [m.uid for m in messages] == uids
    assert subjects(messages) == [f"sak {n}".encode() for n in range(7)]
    assert [m.raw for m in messages] == [make_raw(n) for n in range(7)]


def test_batches_are_cut_by_count_and_by_size() -> None:
    assert plan_batches({u: 10 for u in range(1, 8)}, 3) == [[1, 2, 3], [4, 5, 6], [7]]
    assert plan_batches({3: 60, 1: 60, 2: 50}, 50, max_bytes=100) == [[1], [2], [3]]
    assert plan_batches({3: 60, 1: 30, 2: 70}, 50, max_bytes=100) == [[1, 2], [3]]
    assert plan_batches({1: 500}, 5, max_bytes=100) == [[1]]
    assert plan_batches({}, 5) == []


def test_fetch_reads_with_peek_so_messages_stay_unseen(imap_account: ImapAccount) -> None:
    uid = imap_account.append(make_raw(1), T0)
    with imap_account.mailbox() as box:
        assert len(list(box.fetch_new())) == 1
    assert b"\\Seen" not in imap_account.flags(uid)


def test_received_at_is_the_internaldate_instant_in_utc(
    imap_account: ImapAccount, oslo_local_time: None
) -> None:
    summer = datetime(2024, 7, 1, 23, 30, 5, tzinfo=timezone(timedelta(hours=2)))  # Oslo DST
    winter = datetime(2024, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-7)))
    imap_account.append(make_raw(1), summer)
    imap_account.append(make_raw(2), winter)
    with imap_account.mailbox() as box:
        first, second = box.fetch_new()
    assert first.received_at == summer and second.received_at == winter
    assert first.received_at.utcoffset() == timedelta(0)
    assert first.received_at == datetime(2024, 7, 1, 21, 30, 5, tzinfo=UTC)


def test_source_names_server_user_folder_uidvalidity_and_uid(imap_account: ImapAccount) -> None:
    uid = imap_account.append(make_raw(1), T0)
    with imap_account.mailbox() as box:
        [message] = box.fetch_new()
        assert box.uidvalidity
        server = f"{imap_account.user}@{imap_account.host}:{imap_account.port}"
        assert message.source == f"imap://{server}/INBOX;UIDVALIDITY={box.uidvalidity}/;UID={uid}"
        assert message.legacy_sources == (f"imap:INBOX:{box.uidvalidity}:{uid}",)
    assert "raw" not in repr(message) and "Hei" not in repr(message)


def test_sees_mail_delivered_after_the_session_selected(imap_account: ImapAccount) -> None:
    with imap_account.mailbox() as box:
        assert list(box.fetch_new()) == []
        imap_account.append(make_raw(1), T0)
        assert len(list(box.fetch_new())) == 1


def test_creates_and_subscribes_missing_folders(imap_account: ImapAccount) -> None:
    assert imap_account.folders() == ["INBOX"]
    with imap_account.mailbox(processed_folder="Behandlet", quarantine_folder="Karantene"):
        pass
    assert imap_account.folders() == ["Behandlet", "INBOX", "Karantene"]
    subscribed = {name for _f, _s, name in imap_account.client().list_sub_folders()}
    assert {"Behandlet", "Karantene"} <= subscribed


def test_folder_names_follow_the_personal_namespace() -> None:
    assert qualified_folder("Processed", "", ".") == "Processed"
    assert qualified_folder("Processed", "INBOX.", ".") == "INBOX.Processed"
    assert qualified_folder("INBOX.Processed", "INBOX.", ".") == "INBOX.Processed"
    assert qualified_folder("Arkiv/Behandlet", "", ".") == "Arkiv.Behandlet"
    assert qualified_folder("INBOX", "INBOX.", ".") == "INBOX"


@pytest.mark.parametrize("use_move", [True, False], ids=["MOVE", "COPY+EXPUNGE"])
def test_marks_move_messages_to_processed_and_quarantine(
    imap_account: ImapAccount, use_move: bool
) -> None:
    imap_account.append(make_raw(1), T0)
    imap_account.append(make_raw(2), T0)
    with imap_account.mailbox(use_move=use_move) as box:
        good, bad = box.fetch_new()
        box.mark_processed(good)
        box.mark_quarantined(bad)
        assert list(box.fetch_new()) == []
    assert imap_account.folder_uids("INBOX") == []
    assert len(imap_account.folder_uids("Processed")) == 1
    assert len(imap_account.folder_uids("Quarantine")) == 1
    [moved] = imap_account.folder_uids("Processed")
    assert b"\\Deleted" not in imap_account.flags(moved, "Processed")
    assert b"\\Seen" not in imap_account.flags(moved, "Processed")


@pytest.mark.parametrize("use_move", [True, False], ids=["MOVE", "COPY+EXPUNGE"])
def test_moving_a_message_that_is_already_gone_is_harmless(
    imap_account: ImapAccount, use_move: bool
) -> None:
    imap_account.append(make_raw(1), T0)
    with imap_account.mailbox(use_move=use_move) as box:
        [message] = box.fetch_new()
        box.mark_processed(message)
        box.mark_processed(message)  # e.g. retried after a crash
        box.mark_quarantined(message)
    assert imap_account.folder_uids("INBOX") == []
    assert len(imap_account.folder_uids("Processed")) == 1
    assert imap_account.folder_uids("Quarantine") == []


@pytest.mark.parametrize("use_move", [True, False], ids=["MOVE", "COPY+EXPUNGE"])
def test_a_receive_chunk_moves_together_also_when_another_run_moved_one_of_them(
    imap_account: ImapAccount, use_move: bool
) -> None:
    for n in range(1, 5):
        imap_account.append(make_raw(n), T0)
    with imap_account.mailbox(use_move=use_move) as box, imap_account.mailbox() as other:
        messages = list(box.fetch_new())
        other.mark_processed(next(iter(other.fetch_new())))  # an overlapping run took the first
        box.mark_all_processed(messages)
        box.mark_all_processed(messages)  # e.g. retried after a crash
        assert list(box.fetch_new()) == []
    assert imap_account.folder_uids("INBOX") == []
    assert len(imap_account.folder_uids("Processed")) == 4
    for moved in imap_account.folder_uids("Processed"):
        assert b"\\Deleted" not in imap_account.flags(moved, "Processed")


def test_a_message_from_another_uidvalidity_is_not_moved(imap_account: ImapAccount) -> None:
    uid = imap_account.append(make_raw(1), T0)
    with imap_account.mailbox() as box:
        [message] = box.fetch_new()
        assert box.uidvalidity is not None
        older = message.source.replace(f"={box.uidvalidity}/", f"={box.uidvalidity - 1}/")
        stale = FetchedMessage(older, uid, message.raw, T0)
        box.mark_processed(stale)
    assert imap_account.folder_uids("INBOX") == [uid]


def test_fetch_continues_after_the_server_drops_the_connection(imap_account: ImapAccount) -> None:
    for n in range(6):
        imap_account.append(make_raw(n), T0)
    seen = []
    before = imap_account.logins()
    with imap_account.mailbox() as box:
        for message in box.fetch_new(batch_size=2):
            seen.append(message)
            if len(seen) in (1, 4):
                imap_account.kick()
        box.mark_processed(seen[0])  # the kick after the 4th left the connection dead again
        imap_account.kick()
        box.mark_processed(seen[1])
    assert subjects(seen) == [f"sak {n}".encode() for n in range(6)]
    assert imap_account.logins(at_least=before + 4) == before + 4  # first login + 3 reconnects
    assert len(imap_account.folder_uids("Processed")) == 2


def test_tls_none_is_refused_for_a_remote_host() -> None:
    with pytest.raises(ConfigurationError, match="localhost"):
        ImapMailbox("imap.example.org", 143, "u", "p", tls="none")
    ImapMailbox("::1", 143, "u", "p", tls="none")
    ImapMailbox("127.0.0.2", 143, "u", "p", tls="none")


def test_wrong_password_is_a_clear_error_and_not_retried(imap_account: ImapAccount) -> None:
    box = imap_account.mailbox(password="feil-passord", retries=5, backoff=1)
    started = time.monotonic()
    with pytest.raises(MailboxLoginRefused) as caught:
        box.__enter__()
    assert time.monotonic() - started < 1
    assert caught.value.code == "mailbox_login_refused"
    assert "feil-passord" not in str(caught.value)
    assert imap_account.user in caught.value.user_message()


def test_an_unreachable_server_gives_up_after_the_retries(dovecot_server: DovecotServer) -> None:
    from tests.services.dovecot import _free_port

    box = ImapMailbox("127.0.0.1", _free_port(), "u", "p", tls="none", retries=2, backoff=0.01)
    with pytest.raises(MailboxUnavailable, match="3 forsøk"):
        list(box.fetch_new())


def test_a_missing_watched_folder_is_a_configuration_error(imap_account: ImapAccount) -> None:
    with pytest.raises(ConfigurationError, match="Finnes-ikke"):
        imap_account.mailbox(folder="Finnes-ikke").__enter__()


def test_a_25_mb_message_round_trips_byte_for_byte(imap_account: ImapAccount) -> None:
    line = b"".join(bytes([65 + i % 26]) for i in range(76)) + b"\r\n"
    raw = make_raw(1, line * (25 * 1024 * 1024 // len(line)))
    imap_account.append(raw, T0)
    with imap_account.mailbox() as box:
        [message] = box.fetch_new()
        box.mark_processed(message)
    assert len(message.raw) > 25_000_000
    assert hashlib.sha256(message.raw).digest() == hashlib.sha256(raw).digest()


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_tls_connections_verify_the_server_certificate(
    imap_account: ImapAccount, dovecot_server: DovecotServer, tls: str
) -> None:
    port = dovecot_server.ssl_port if tls == "ssl" else dovecot_server.port
    imap_account.append(make_raw(1), T0)
    trusted = dovecot_server.ssl_context()
    with imap_account.mailbox(tls=tls, port=port, ssl_context=trusted) as box:
        assert len(list(box.fetch_new())) == 1
    untrusted = imap_account.mailbox(tls=tls, port=port, retries=5, backoff=1)
    with pytest.raises(ConfigurationError, match="TLS"):
        untrusted.__enter__()
