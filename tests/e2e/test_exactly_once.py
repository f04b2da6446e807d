"""Exactly once against real Dovecot, gpg and PostgreSQL: SIGKILL the intake at several points."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from cases.orm import SubmissionRow
from crypto.gpg import GpgKeyring
from tests.e2e.intake_child import environment
from tests.mailfactory import encrypted_request, plain_request
from tests.services.dovecot import ImapAccount
from tests.services.gpg import KeyringFactory

ROOT = Path(__file__).resolve().parents[2]
CRASH_POINTS = ["before_commit:2", "after_commit:3", "after_move:4", "during_read:5"]


def run_intake(env: dict[str, str], crash: str | None = None) -> subprocess.CompletedProcess[str]:
    child_env = dict(env)
    if crash:
        child_env["SAKSFLYT_TEST_CRASH"] = crash
    return subprocess.run(
        [sys.executable, "-m", "tests.e2e.intake_child"],
        cwd=ROOT, env=child_env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def submissions(url: str) -> list[SubmissionRow]:
    engine = create_engine(url)
    with engine.connect() as connection:
        columns = (SubmissionRow.message_id, SubmissionRow.outcome, SubmissionRow.reason)
        rows = list(connection.execute(select(*columns)))
    engine.dispose()
    return rows  # type: ignore[return-value]


@pytest.mark.parametrize("crash", CRASH_POINTS)
def test_every_message_is_registered_exactly_once_after_a_sigkill(
    crash: str,
    imap_account: ImapAccount,
    postgres_url: str,
    office_keyring: GpgKeyring,
    office_key: str,
    sender_keyring: GpgKeyring,
    gpg_keyrings: KeyringFactory,
    tmp_path: Path,
) -> None:
    stranger = gpg_keyrings.new()
    stranger_key = stranger.generate_key("Fremmed", "fremmed@example.net")
    sender_keyring.import_keys(stranger.export_public_key(stranger_key).encode())
    messages = [plain_request(n) for n in range(1, 4)]
    messages += [encrypted_request(n, sender_keyring, office_key) for n in range(4, 7)]
    messages += [encrypted_request(n, sender_keyring, stranger_key) for n in range(7, 9)]
    for raw in messages:
        imap_account.append(raw)
    env = environment(
        imap_account, postgres_url, office_keyring.home, tmp_path / "home", SAKSFLYT_BATCH_SIZE="3"
    )

    crashed = run_intake(env, crash)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr[-2000:]
    finished = run_intake(env)
    assert finished.returncode == 0, finished.stderr[-2000:]

    rows = submissions(postgres_url)
    reasons = Counter(row.reason for row in rows if row.outcome == "quarantined")
    per_message = Counter(row.message_id for row in rows)
    assert len(per_message) == len(messages) and set(per_message.values()) == {1}
    outcomes = Counter(row.outcome for row in rows)
    assert outcomes["quarantined"] == 2 and sum(outcomes.values()) == 8, reasons
    # received first, every message is moved to Processed; quarantine is a state in the register
    assert imap_account.folder_uids("INBOX") == []
    assert len(imap_account.folder_uids("Processed")) == 8
