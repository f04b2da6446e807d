"""Interop end to end: every real client sample through the real intake into the register.

Readable samples become submissions that are not quarantined; broken ones are quarantined with a
reason; none is lost and none stops the run (shared/README.md). The expectations are the table of
test_interop.py; here they are checked on what the register says.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cases.model import SubmissionOutcome
from cases.orm import DocumentRow, SubmissionRow
from config import wiring
from config.settings import Settings
from intake.maildir import MaildirMailbox
from tests.integration.test_interop import (
    EXPECTED,
    PASSPHRASES,
    Quarantined,
    Readable,
    import_folder,
    samples_dir,
)
from tests.services.gpg import KeyringFactory

SOURCES = sorted({name.split("/")[0] for name in EXPECTED})


@pytest.mark.parametrize("source", SOURCES)
def test_every_sample_ends_as_a_submission_or_a_visible_quarantine_entry(
    source: str, gpg_keyrings: KeyringFactory, tmp_path: Path
) -> None:
    office = gpg_keyrings.new(passphrase=PASSPHRASES.get(source))
    import_folder(office, samples_dir() / source / "keys")
    settings = Settings(
        home=tmp_path, database_url=f"sqlite:///{tmp_path / 'register.db'}",
        gnupg_home=office.home, gpg_passphrase=PASSPHRASES.get(source),
    )  # fmt: skip
    wiring.prepare_home(settings)
    mailbox = MaildirMailbox(settings.resolved_maildir)
    names = sorted(name for name in EXPECTED if name.startswith(f"{source}/"))
    delivered = {f"maildir:{mailbox.deliver((samples_dir() / n).read_bytes())}": n for n in names}

    summary = wiring.run_intake_once(settings)

    with wiring.register(settings) as register:
        records = {r.source: r for r in register.submissions()}
    assert summary.total == len(names) and set(records) == set(delivered)
    for source_key, name in delivered.items():
        record = records[source_key]
        if isinstance(EXPECTED[name], Quarantined):
            assert record.outcome is SubmissionOutcome.QUARANTINED, name
            assert record.reason, name
        else:
            assert record.outcome is not SubmissionOutcome.QUARANTINED, (name, record.reason)
            expected = EXPECTED[name]
            assert isinstance(expected, Readable)
            assert expected.evidence in stored_text(settings, record.id), name
    assert list(mailbox.fetch_new()) == []


def stored_text(settings: Settings, submission_id: int) -> str:
    """What the register holds for a submission: document names and texts, and the subject."""
    with wiring.session(settings) as session:
        documents = session.execute(
            select(DocumentRow.name, DocumentRow.text).where(
                DocumentRow.submission_id == submission_id
            )
        ).all()
        row = session.get(SubmissionRow, submission_id)
        assert row is not None
        return "\n".join([*(f"{name}\n{text}" for name, text in documents), row.subject])
