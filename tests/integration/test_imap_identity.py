"""A message's identity on real Dovecot: server, user, folder, UIDVALIDITY, UID and its bytes."""

from __future__ import annotations

import hashlib
import logging
import secrets
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from cases.model import CryptoRecord, NewSubmission, SubmissionOutcome
from cases.orm import SubmissionRow
from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.imap import ImapMailbox
from intake.mailbox import FetchedMessage
from intake.service import run_intake
from tests.mailfactory import plain_request
from tests.services.dovecot import DovecotServer, ImapAccount

WHEN = datetime(2026, 3, 20, 8, 0, tzinfo=UTC)


def settings_for(account: ImapAccount, url: str, home: Path, gnupg_home: Path) -> Settings:
    return Settings(
        home=home, database_url=url, gnupg_home=gnupg_home, imap_host=account.host,
        imap_port=account.port, imap_user=account.user, imap_password=account.password,
        imap_tls="none",
    )  # fmt: skip


def uidvalidity(account: ImapAccount) -> int:
    with account.mailbox() as box:
        list(box.fetch_new())
        assert box.uidvalidity is not None
        return box.uidvalidity


def set_uidvalidity(server: DovecotServer, account: ImapAccount, value: int) -> None:
    result = server.doveadm("mailbox", "update", "-u", account.user, "--uid-validity",
                            str(value), "INBOX")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert uidvalidity(account) == value


def rows(settings: Settings) -> list[tuple[str, str, str]]:
    with wiring.session(settings) as session:
        query = select(SubmissionRow.source, SubmissionRow.sha256, SubmissionRow.outcome)
        return [tuple(row) for row in session.execute(query.order_by(SubmissionRow.id))]  # type: ignore[misc]


@pytest.fixture
def second_account(dovecot_server: DovecotServer) -> Iterator[ImapAccount]:
    account = ImapAccount(dovecot_server, f"second-{secrets.token_hex(4)}")
    try:
        yield account
    finally:
        account.close()


def test_two_mailboxes_sharing_a_uidvalidity_are_both_registered_fully(
    imap_account: ImapAccount, second_account: ImapAccount, dovecot_server: DovecotServer,
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path,
) -> None:  # fmt: skip
    for n in range(1, 4):
        imap_account.append(plain_request(n), WHEN)
        second_account.append(plain_request(10 + n, sender="ola@etat.example"), WHEN)
    set_uidvalidity(dovecot_server, second_account, uidvalidity(imap_account))
    first = settings_for(imap_account, database_url, tmp_path, office_keyring.home)
    second = settings_for(second_account, database_url, tmp_path, office_keyring.home)

    assert wiring.run_intake_once(first).counts == {"needs_review": 3}
    assert wiring.run_intake_once(second).counts == {"needs_review": 3}

    stored = rows(first)
    assert len({source for source, _sha, _outcome in stored}) == 6
    assert sum(second_account.user in source for source, _sha, _outcome in stored) == 3
    assert (
        second_account.folder_uids("INBOX") == []
        and len(second_account.folder_uids("Processed")) == 3
    )


def _legacy_row(settings: Settings, source: str, raw: bytes) -> None:
    sha = hashlib.sha256(raw).hexdigest()
    with wiring.register(settings) as register:
        register.store_raw(sha, raw)
        register.add_submission(NewSubmission(
            source, "<old@example.no>", sha, WHEN, WHEN.date(), WHEN, "old@example.no", "Gammel",
            SubmissionOutcome.IGNORED, CryptoRecord(),
        ))  # fmt: skip


def test_a_stored_identity_with_other_bytes_is_a_collision_registered_as_new(
    imap_account: ImapAccount, database_url: str, office_keyring: GpgKeyring, tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    settings = settings_for(imap_account, database_url, tmp_path, office_keyring.home)
    legacy_uid = imap_account.append(plain_request(1), WHEN)
    current_uid = imap_account.append(plain_request(2), WHEN)
    validity = uidvalidity(imap_account)
    with imap_account.mailbox() as box:
        current_source = f"{box.identity};UIDVALIDITY={validity}/;UID={current_uid}"
    # A row of an older version (another mailbox's message under the folder-only identity), and
    # a row that holds this message's full identity with other bytes (a recreated folder).
    _legacy_row(settings, f"imap:INBOX:{validity}:{legacy_uid}", b"Subject: annen\r\n\r\nA\r\n")
    _legacy_row(settings, current_source, b"Subject: enda en\r\n\r\nB\r\n")

    with caplog.at_level(logging.WARNING, logger="intake.service"):
        summary = wiring.run_intake_once(settings)

    assert summary.counts == {"needs_review": 2}
    collisions = [r for r in caplog.records if "identity collision" in r.getMessage()]
    assert len(collisions) == 2
    assert all("Anmodning" not in r.getMessage() for r in collisions)  # no content in the log
    sources = [source for source, _sha, _outcome in rows(settings)]
    assert sources[2].endswith(f"UID={legacy_uid}")
    assert sources[3].startswith(current_source + "#")
    assert imap_account.folder_uids("INBOX") == []


def test_a_row_of_an_older_version_with_the_same_bytes_counts_as_registered(
    imap_account: ImapAccount, database_url: str, office_keyring: GpgKeyring, tmp_path: Path
) -> None:
    settings = settings_for(imap_account, database_url, tmp_path, office_keyring.home)
    uid = imap_account.append(plain_request(1), WHEN)
    with imap_account.mailbox() as box:
        [message] = box.fetch_new()  # the bytes as the server gives them (CRLF line ends)
    _legacy_row(settings, f"imap:INBOX:{box.uidvalidity}:{uid}", message.raw)

    assert wiring.run_intake_once(settings).counts == {"already_registered": 1}
    assert len(rows(settings)) == 1
    assert imap_account.folder_uids("Processed") == [1]


def test_after_a_uidvalidity_change_a_stored_message_is_not_registered_again(
    imap_account: ImapAccount, dovecot_server: DovecotServer, database_url: str,
    office_keyring: GpgKeyring, tmp_path: Path,
) -> None:  # fmt: skip
    settings = settings_for(imap_account, database_url, tmp_path, office_keyring.home)
    imap_account.append(plain_request(1), WHEN)
    committed_not_moved = NeverMoves(imap_account.mailbox())
    with committed_not_moved.box:  # a crash between the commit and the move
        _run(committed_not_moved, settings, office_keyring)
    set_uidvalidity(dovecot_server, imap_account, uidvalidity(imap_account) + 7)

    assert wiring.run_intake_once(settings).counts == {"already_registered": 1}
    assert [outcome for _source, _sha, outcome in rows(settings)] == ["needs_review"]
    assert imap_account.folder_uids("INBOX") == []


@dataclass
class NeverMoves:
    """A mailbox that fetches from IMAP and never moves (a run that died after its commits)."""

    box: ImapMailbox
    fetched: list[FetchedMessage] = field(default_factory=list)

    def fetch_new(self, batch_size: int = 50) -> Iterator[FetchedMessage]:
        self.fetched = list(self.box.fetch_new(batch_size))
        return iter(self.fetched)

    def mark_processed(self, message: FetchedMessage) -> None:
        pass

    def mark_all_processed(self, messages: Sequence[FetchedMessage]) -> None:
        pass

    def mark_quarantined(self, message: FetchedMessage) -> None:
        pass


@dataclass
class HeldBack:
    """The overlapping run: it fetched before the other run, and moves only when told to."""

    box: ImapMailbox
    messages: list[FetchedMessage]

    def fetch_new(self, batch_size: int = 50) -> Iterator[FetchedMessage]:
        return iter(self.messages)

    def mark_processed(self, message: FetchedMessage) -> None:
        self.box.mark_processed(message)

    def mark_all_processed(self, messages: Sequence[FetchedMessage]) -> None:
        self.box.mark_all_processed(messages)

    def mark_quarantined(self, message: FetchedMessage) -> None:
        self.box.mark_quarantined(message)


def _run(box: NeverMoves | HeldBack, settings: Settings, keyring: GpgKeyring):  # type: ignore[no-untyped-def]
    return run_intake(
        box, open_register=lambda: wiring.register(settings), decryptor=keyring,
        policy=wiring.intake_policy(settings), clock=wiring.utc_now, transient=wiring.TRANSIENT,
    )  # fmt: skip


def test_an_overlapping_second_run_on_the_same_mailbox_counts_moved_mail_as_done(
    imap_account: ImapAccount, database_url: str, office_keyring: GpgKeyring, tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    settings = settings_for(imap_account, database_url, tmp_path, office_keyring.home)
    for n in range(1, 6):
        imap_account.append(plain_request(n), WHEN)
    with imap_account.mailbox() as late:
        overlapping = HeldBack(late, list(late.fetch_new()))
        assert wiring.run_intake_once(settings).counts == {"needs_review": 5}  # the first run
        with caplog.at_level(logging.INFO, logger="intake.imap"):
            summary = _run(overlapping, settings, office_keyring)  # its MOVE finds nothing left

    assert summary.counts == {"already_registered": 5}
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # no error, no retry
    assert [outcome for _source, _sha, outcome in rows(settings)] == ["needs_review"] * 5
    assert imap_account.folder_uids("INBOX") == []
    assert len(imap_account.folder_uids("Processed")) == 5
    assert imap_account.folder_uids("Quarantine") == []
