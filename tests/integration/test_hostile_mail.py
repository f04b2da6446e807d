"""Hostile mail: the set ends the same way on SQLite and on PostgreSQL, every message a row."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from cases.model import SubmissionOutcome, SubmissionRecord
from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.hostile import HOSTILE
from tests.services.database import _drop_postgres_database, fresh_database_url

CASE_OUTCOMES = {"received", "registered", "rejected", "deficient", "needs_review"}


def run(folder: Path, database_url: str, office: GpgKeyring) -> dict[str, SubmissionRecord]:
    settings = Settings(
        home=folder, database_url=database_url, gnupg_home=office.home, message_memory_mb=300
    )
    wiring.prepare_home(settings)
    box = MaildirMailbox(settings.resolved_maildir)
    raws = {name: hostile.build() for name, hostile in HOSTILE.items()}
    for raw in raws.values():
        box.deliver(raw)
    names = {hashlib.sha256(raw).hexdigest(): name for name, raw in raws.items()}
    summary = wiring.run_intake_once(settings)
    assert summary.total == len(raws) and list(box.fetch_new()) == []
    with wiring.register(settings) as register:
        return {names[record.sha256]: record for record in register.submissions()}


@pytest.fixture
def postgres(tmp_path: Path) -> object:
    url = fresh_database_url("postgresql", tmp_path)
    yield url
    _drop_postgres_database(url)


def test_the_hostile_set_ends_alike_on_sqlite_and_postgresql(
    tmp_path: Path, office_keyring: GpgKeyring, postgres: str
) -> None:
    on_sqlite = run(tmp_path / "sqlite", f"sqlite:///{tmp_path / 'register.db'}", office_keyring)
    on_postgres = run(tmp_path / "postgresql", postgres, office_keyring)

    def outcomes(records: dict[str, SubmissionRecord]) -> dict[str, tuple[str, str | None]]:
        return {name: (r.outcome.value, r.reason) for name, r in records.items()}

    assert outcomes(on_sqlite) == outcomes(on_postgres)
    for name, hostile in HOSTILE.items():
        record = on_postgres[name]
        if hostile.outcome == "case":
            assert record.outcome.value in CASE_OUTCOMES, (name, record.reason)
        else:
            assert record.outcome is SubmissionOutcome.QUARANTINED, name
            assert hostile.reason_word in (record.reason or ""), (name, record.reason)
            assert "intern feil" not in (record.reason or ""), name
    assert on_postgres["utf8-message-id"].message_id == "<søknad-1@kommune.example>"
    assert "\x00" not in on_postgres["nul"].subject
    assert len(on_postgres["long-fields"].message_id or "") == 998
