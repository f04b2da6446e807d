"""The assessment on the real register (SQLite, PostgreSQL): deficiency, expiry, rejection."""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

from cases.letters import SqlLetters
from cases.model import CaseNumber, CaseStatus
from casework import rendering
from config import alerts, wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.pdfa import read_pdfa
from tests.unit.test_assessment import DEFERRED, FIRST_THREE


def deficient_request() -> bytes:
    message = EmailMessage()
    message["From"] = "Anne Lund <anne.lund@vestby.example>"
    message["Subject"] = "Anmodning om forhåndsdrøftelse"
    message["Message-ID"] = "<deficient-1@vestby.example>"
    message.set_content(FIRST_THREE + DEFERRED)
    return message.as_bytes()


def test_a_deficient_request_is_rejected_the_day_after_its_deadline(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path
) -> None:
    settings = Settings(
        home=tmp_path, database_url=database_url, gnupg_home=office_keyring.home,
        incomplete_requests="notice_then_reject",
    )  # fmt: skip
    MaildirMailbox(settings.resolved_maildir).deliver(
        deficient_request(), datetime(2026, 3, 23, 8, tzinfo=UTC)
    )
    wiring.run_intake_once(settings)
    number = CaseNumber(wiring.utc_now().year, 1)
    with wiring.register(settings) as register:
        assert register.get_case(number).status is CaseStatus.DEFICIENT
        deadline = next(e for e in register.events(number) if e.kind == "info_requested")
    last_day = date.fromisoformat(str(deadline.data["deadline_on"]))

    assert alerts.reject_expired_deficiencies(settings, last_day) == []
    assert alerts.reject_expired_deficiencies(
        settings, date.fromordinal(last_day.toordinal() + 1)
    ) == [number]
    with wiring.outbox(settings) as outbox:
        kinds = [m.kind for m in outbox.messages()]
    assert kinds == ["letter:deficiency", "letter:rejection"]
    with wiring.register(settings) as register:
        assert register.get_case(number).status is CaseStatus.REJECTED
        (submission,) = register.submissions()
    assert submission.outcome.value == "rejected" and submission.parts is not None
    assert submission.parts["4"] == "missing"
    with wiring.session(settings) as session:
        kept = SqlLetters(session).for_case(number)
    assert [(k.kind, k.status.value, k.document_number) for k in kept] == [
        ("deficiency", "final", 2),
        ("rejection", "final", 3),
    ]
    assert all(k.content.awaits_rendering for k in kept)  # rendered before sending (0011)
    assert alerts.render_letters(settings) == rendering.RenderingSummary(rendered=2)
    with wiring.session(settings) as session:
        kept = SqlLetters(session).for_case(number)
    for letter in kept:  # what was sent is kept in the case as PDF/A (R-NK-6)
        assert letter.content.pdf is not None and read_pdfa(letter.content.pdf).is_pdfa_2b
        assert letter.source_format == "auto" and letter.outgoing_message_id is not None
