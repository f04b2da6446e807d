"""One receiver per mailbox: the lock on both back ends, and two runs on one mailbox."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from cases.orm import SubmissionRow
from cases.receiver_lock import receiver_lock
from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from intake.service import IntakeSummary
from tests.integration.test_imap_identity import settings_for
from tests.mailfactory import plain_request
from tests.services.dovecot import ImapAccount

ROOT = Path(__file__).resolve().parents[2]
MAILBOX = "imap://postmottak@imap.example.no:993/INBOX"
HOLDER = """
import sys, time
from pathlib import Path
from cases.receiver_lock import receiver_lock
from config import wiring
with receiver_lock(wiring.engine_for(sys.argv[1]), sys.argv[2], Path(sys.argv[3])) as held:
    print("held" if held else "busy", flush=True)
    time.sleep(600)
"""


def _try_lock(url: str, folder: Path, identity: str = MAILBOX) -> bool:
    with receiver_lock(wiring.engine_for(url), identity, folder) as held:
        return held


def test_the_lock_admits_one_receiver_per_mailbox(database_url: str, tmp_path: Path) -> None:
    engine = wiring.engine_for(database_url)
    with receiver_lock(engine, MAILBOX, tmp_path) as held:
        assert held
        assert not _try_lock(database_url, tmp_path)
        assert _try_lock(database_url, tmp_path, MAILBOX.replace("postmottak", "arkiv"))
    assert _try_lock(database_url, tmp_path)  # released at the end of the run


def test_a_killed_holder_does_not_block_the_next_run(database_url: str, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, database_url, MAILBOX, str(tmp_path)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not _try_lock(database_url, tmp_path)
    finally:
        holder.kill()  # SIGKILL: no clean-up of any kind
        holder.wait(timeout=10)
    until = time.monotonic() + 10  # PostgreSQL notices the closed socket within moments
    while not _try_lock(database_url, tmp_path):
        assert time.monotonic() < until, "the lock outlived its killed holder"
        time.sleep(0.05)


def test_two_concurrent_runs_on_one_mailbox_register_every_message_once(
    imap_account: ImapAccount, postgres_url: str, office_keyring: GpgKeyring, tmp_path: Path
) -> None:
    for n in range(1, 31):
        imap_account.append(plain_request(n), datetime(2026, 3, 20, 8, n, tzinfo=UTC))
    settings = settings_for(imap_account, postgres_url, tmp_path, office_keyring.home)
    start = threading.Barrier(2)
    summaries: list[IntakeSummary] = []
    errors: list[BaseException] = []

    def receive() -> None:
        start.wait()
        try:
            summaries.append(wiring.run_intake_once(settings))
        except BaseException as exc:  # the test reports any failure of a run
            errors.append(exc)

    threads = [threading.Thread(target=receive) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert errors == []
    assert sorted(summary.another_receiver for summary in summaries) == [False, True]
    with wiring.session(Settings(database_url=postgres_url)) as session:
        query = select(SubmissionRow.message_id, SubmissionRow.outcome)
        stored = session.execute(query).all()
    assert len(stored) == 30 and len({message_id for message_id, _ in stored}) == 30
    assert Counter(outcome for _, outcome in stored)["quarantined"] == 0
    assert imap_account.folder_uids("INBOX") == []
    assert len(imap_account.folder_uids("Processed")) == 30


def test_a_run_that_finds_another_receiver_ends_at_once_and_says_so(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path
) -> None:
    settings = Settings(home=tmp_path, database_url=database_url, gnupg_home=office_keyring.home)
    box = MaildirMailbox(settings.resolved_maildir)
    box.deliver(plain_request(1))
    identity = wiring.mailbox_identity(settings)
    with receiver_lock(wiring.engine(settings), identity, tmp_path / "locks") as held:
        assert held
        summary = wiring.run_intake_once(settings)
    assert summary.another_receiver and summary.counts == {}
    assert len(box.folder_keys()) == 1  # left for the receiver that holds the mailbox
    assert wiring.run_intake_once(settings).total == 1
