"""What saksflyt writes is the owner's alone: folders 0700, files 0600.

SAKSFLYT_HOME, the SQLite database with its -wal and -shm, the dashboard secret, raw messages in
the demo Maildir, and the letter files an operator exports to a folder of their choice, after a
demo-like preparation under a lax umask.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cases.model import CaseEvent, NewCase
from cases.orm_audit import AuditEntry
from cli.letters import draft_from_file, write_files
from config import wiring
from config.settings import Settings
from intake.maildir import MaildirMailbox

EXAMPLES = Path(__file__).resolve().parents[2] / "letters" / "examples"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def lax_umask() -> Iterator[None]:
    """The usual 022, as a shell hands it to a process: every file would be world-readable."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def prepared(home: Path) -> Settings:
    settings = wiring.prepare_home(Settings(home=home, dashboard_secret=None))
    wiring.dashboard_secret(settings)
    return settings


def test_home_database_and_secret_are_private_even_under_a_lax_umask(
    tmp_path: Path, lax_umask: None
) -> None:
    home = tmp_path / "var"
    settings = prepared(home)
    database = home / "saksflyt.db"
    wiring.record_action(settings, AuditEntry("test", "file_modes"))  # a write after start-up
    with wiring.session(settings) as session:  # open: SQLite keeps its -wal and -shm
        assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        checked = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
        assert {path: mode(path) for path in checked} == dict.fromkeys(checked, 0o600)
    assert mode(home) == 0o700 and mode(home / "gnupg") == 0o700
    assert mode(home / "dashboard-secret") == 0o600
    wiring.engine_for(settings.resolved_database_url).dispose()


def test_a_home_made_before_is_made_private_on_the_next_start(
    tmp_path: Path, lax_umask: None
) -> None:
    home = tmp_path / "var"
    (home / "letters").mkdir(parents=True)
    (home / "saksflyt.db").touch()
    os.chmod(home, 0o755)
    os.chmod(home / "saksflyt.db", 0o644)
    settings = prepared(home)
    assert mode(home) == 0o700 and mode(home / "letters") == 0o700
    assert mode(home / "saksflyt.db") == 0o600
    wiring.engine_for(settings.resolved_database_url).dispose()


def test_letter_files_and_raw_messages_are_private(tmp_path: Path, lax_umask: None) -> None:
    settings = prepared(tmp_path / "var")
    at = datetime(2026, 4, 1, 9, tzinfo=UTC)
    with wiring.register(settings) as register:
        number = register.open_case(
            NewCase(at, date(2026, 4, 1), "jonas@example.no", "Jonas", "KI", "", at)
        ).number
        register.append_event(number, CaseEvent("received", at, "saksflyt", {"document_number": 1}))
    record = draft_from_file(settings, number, "decision", EXAMPLES / "decision-findings.yaml",
                             on="2026-04-10", by="test")  # fmt: skip
    exported = tmp_path / "brev"  # a folder the operator names (letters export --out)
    paths = write_files(record, exported)
    assert mode(exported) == 0o700
    assert [mode(path) for path in paths] == [0o600] * 3

    wiring.keep_files_private()  # what every entry point does first
    key = MaildirMailbox(settings.resolved_maildir).deliver(b"Subject: hei\n\nhei\n")
    assert mode(settings.resolved_maildir / "new" / key) == 0o600
    assert mode(settings.resolved_maildir) == 0o700
    wiring.engine_for(settings.resolved_database_url).dispose()
