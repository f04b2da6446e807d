"""Follow-ups on the real register (SQLite and PostgreSQL): only known parties add to a case."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import select

from cases import queries
from cases.model import CaseNumber, SubmissionOutcome
from cases.orm import CaseRow, DocumentRow, SubmissionRow
from config import wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.mailfactory import plain_request


def follow_up(sender: str, subject: str, n: int) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "postkasse@datatilsynet.example"
    message["Subject"] = subject
    message["Message-ID"] = f"<follow-up-{n}@example.net>"
    message.set_content("Vedlagt er mer dokumentasjon til saken.")
    return message.as_bytes()


def test_only_a_known_party_adds_to_a_case_by_naming_it(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path
) -> None:
    settings = Settings(home=tmp_path, database_url=database_url, gnupg_home=office_keyring.home)
    box = MaildirMailbox(settings.resolved_maildir)
    box.deliver(plain_request(1), datetime(2026, 3, 20, 8, tzinfo=UTC))
    wiring.run_intake_once(settings)
    number = CaseNumber(wiring.utc_now().year, 1)
    subject = f"Tillegg til sak {number.reference()}"
    box.deliver(follow_up("Mallory <mallory@evil.example>", subject, 1))
    box.deliver(follow_up("Per <per@kommune.example>", subject, 2))

    assert wiring.run_intake_once(settings).counts == {"needs_review": 1, "attached": 1}

    with wiring.session(settings) as session:
        case_id = session.scalars(select(CaseRow.id)).one()  # no new case
        submissions = session.scalars(select(SubmissionRow)).all()  # the sender is sealed
        [stranger] = [s for s in submissions if s.sender == "mallory@evil.example"]
        kept = session.scalars(
            select(DocumentRow.case_id).where(DocumentRow.submission_id == stranger.id)
        ).all()
        shown = queries.case_document_rows(session, case_id)
    assert stranger.outcome == SubmissionOutcome.NEEDS_REVIEW.value and stranger.case_id is None
    assert stranger.reason == f"oppfølging fra ukjent avsender (viser til sak {number})"
    assert kept == [None]  # the documents are kept, outside the case
    assert {row.sender for row in shown} == {"kari@kommune.example", "per@kommune.example"}
    with wiring.register(settings) as register:
        events = register.events(number)
    [flagged] = [e for e in events if e.kind == "follow_up_from_unknown_sender"]
    assert flagged.data == {"submission_id": stranger.id, "sender": "mallory@evil.example"}
