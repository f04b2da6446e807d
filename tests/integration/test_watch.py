"""The mail watcher (IMAP IDLE) against the suite's Dovecot: arrival starts a receive, a killed
connection is reopened, a burst is one receive, a server without IDLE is polled."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.imap import ImapWatch
from intake.watcher import Watcher, WatchPolicy
from tests.mailfactory import plain_request
from tests.services.dovecot import ImapAccount
from tests.watching import wait_for, watcher_running


@dataclass
class Receives:
    """The real receive (wiring.run_intake_once into a SQLite register), counted."""

    settings: Settings
    running: int = 0
    most_at_once: int = 0
    finished: list[float] = field(default_factory=list)

    def __call__(self) -> bool:
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            return not wiring.run_intake_once(self.settings).another_receiver
        finally:
            self.running -= 1
            self.finished.append(time.monotonic())

    def cases(self) -> int:
        with wiring.register(self.settings) as register:
            return len(register.cases())


@pytest.fixture
def settings(imap_account: ImapAccount, office_keyring: GpgKeyring, tmp_path: Path) -> Settings:
    values = Settings(
        home=tmp_path / "var", gnupg_home=office_keyring.home, imap_host=imap_account.host,
        imap_port=imap_account.port, imap_user=imap_account.user,
        imap_password=imap_account.password, imap_tls="none",
    )  # fmt: skip
    return wiring.prepare_home(values)


@contextmanager
def watching(
    account: ImapAccount, receive: Callable[[], bool], use_idle: bool = True, **policy: float
) -> Iterator[Watcher]:
    def connect() -> ImapWatch:
        return ImapWatch(account.mailbox(), poll_seconds=0.5, use_idle=use_idle)

    with watcher_running(Watcher(connect, receive, WatchPolicy(**policy))) as watcher:
        yield watcher


def test_mail_appended_while_the_watcher_idles_is_registered_within_seconds(
    imap_account: ImapAccount, settings: Settings
) -> None:
    receives = Receives(settings)
    with watching(imap_account, receives) as watcher:
        wait_for(lambda: watcher.connections == 1, 10)
        time.sleep(0.3)  # in IDLE now, with an empty folder: nothing to receive
        assert watcher.receives == 0
        imap_account.append(plain_request(1))
        took = wait_for(lambda: receives.cases() == 1, 15)
    assert took < 10
    assert imap_account.folder_uids("INBOX") == [] and imap_account.folder_uids("Processed")
    assert watcher.receives == 1


def test_a_killed_connection_is_reopened_and_mail_after_it_is_received(
    imap_account: ImapAccount, settings: Settings
) -> None:
    receives = Receives(settings)
    with watching(imap_account, receives) as watcher:
        wait_for(lambda: watcher.connections == 1, 10)
        imap_account.kick()
        wait_for(lambda: watcher.connections == 2, 10)
        imap_account.append(plain_request(1))
        wait_for(lambda: receives.cases() == 1, 15)
    assert imap_account.logins() >= 2


def test_a_burst_becomes_one_receive_and_receives_never_overlap(
    imap_account: ImapAccount, settings: Settings
) -> None:
    receives = Receives(settings)
    with watching(imap_account, receives, settle_seconds=1.0) as watcher:
        wait_for(lambda: watcher.connections == 1, 10)
        for n in range(5):
            imap_account.append(plain_request(n))
        wait_for(lambda: receives.cases() == 5, 30)
        assert watcher.receives == 1
    assert receives.most_at_once == 1


def test_mail_waiting_at_start_and_a_server_without_idle_are_received_by_polling(
    imap_account: ImapAccount, settings: Settings
) -> None:
    imap_account.append(plain_request(1))
    receives = Receives(settings)
    with watching(imap_account, receives, use_idle=False) as watcher:
        wait_for(lambda: receives.cases() == 1, 15)
        imap_account.append(plain_request(2))
        wait_for(lambda: receives.cases() == 2, 15)
        assert watcher.receives == 2


def test_a_wait_that_times_out_ends_idle_cleanly_and_the_next_one_sees_new_mail(
    imap_account: ImapAccount,
) -> None:
    never = lambda: False  # noqa: E731
    with ImapWatch(imap_account.mailbox()) as watch:
        assert watch.idles
        started = time.monotonic()
        assert watch.wait(1.0, never) is False  # IDLE, DONE after 1 s: the re-IDLE path
        assert 0.9 <= time.monotonic() - started < 5
        assert watch.waiting() == 0  # the session still answers after DONE
        imap_account.append(plain_request(1))  # between two waits: no IDLE to tell it
        started = time.monotonic()
        assert watch.wait(10.0, never) is True
        assert time.monotonic() - started < 2  # not at the end of the IDLE
        assert watch.waiting() == 1
    assert imap_account.folder_uids("INBOX") == [1]  # the watch only looks
