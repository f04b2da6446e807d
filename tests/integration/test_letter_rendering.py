"""An automatic letter is queued with its texts; its DOCX and PDF/A are rendered once, by the
sender, before it goes out (docs/decisions/0011). Real SQLite and PostgreSQL, aiosmtpd, gpg."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cases import queries
from cases.drafts import DraftRecord
from cases.letters import SqlLetters
from cases.model import CaseNumber
from casework.rendering import RenderingSummary
from config import alerts, wiring
from config.settings import Settings
from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.integration.test_assessment_sql import deficient_request
from tests.pdfa import read_pdfa
from tests.services.smtp import SmtpServer
from vault.envelope import BYTES_PREFIX


def settings_for(url: str, home: Path, keyring: GpgKeyring, smtp: SmtpServer | None) -> Settings:
    return Settings(
        home=home, database_url=url, gnupg_home=keyring.home, mail_from="saksflyt@example.no",
        smtp_host=None if smtp is None else smtp.host,
        smtp_port=None if smtp is None else smtp.port, smtp_tls="none",
    )  # fmt: skip


def the_letter(settings: Settings, number: CaseNumber) -> DraftRecord:
    with wiring.session(settings) as session:
        (letter,) = SqlLetters(session).for_case(number)
    return letter


def test_a_queued_letter_is_rendered_once_before_it_is_sent_and_kept_sealed_as_pdf_a(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    settings = settings_for(database_url, tmp_path, office_keyring, smtp_server)
    MaildirMailbox(settings.resolved_maildir).deliver(
        deficient_request(), datetime(2026, 3, 23, 8, tzinfo=UTC)
    )
    wiring.run_intake_once(settings)
    number = CaseNumber(wiring.utc_now().year, 1)
    queued = the_letter(settings, number)
    assert queued.kind == "deficiency" and queued.content.awaits_rendering
    assert queued.content.pdf is None and queued.outgoing_message_id is not None
    with wiring.session(settings) as session:  # no DOCX to download yet
        case_id = session.connection().exec_driver_sql("SELECT id FROM cases").scalar_one()
        assert queries.letter_draft_docx_row(session, case_id, queued.id) is None

    summary = alerts.deliver_mail(settings)

    assert summary is not None and summary.sent == 1
    (sent,) = smtp_server.messages
    assert str(sent["Subject"]) == queued.content.subject
    kept = the_letter(settings, number)
    assert kept.content.docx is not None and kept.content.docx.startswith(b"PK")
    assert kept.content.pdf is not None
    archived = read_pdfa(kept.content.pdf)
    assert archived.is_pdfa_2b and archived.is_a4 and archived.language == "nb-NO"
    assert kept.content.text == queued.content.text  # the texts are the ones that were sent
    with wiring.session(settings) as session:  # encrypted at rest, like every letter
        stored = session.connection().exec_driver_sql("SELECT docx, pdf FROM letter_drafts").one()
        assert all(bytes(value).startswith(BYTES_PREFIX) for value in stored)
        assert queries.letter_draft_docx_row(session, case_id, kept.id) is not None

    # Rendered once: nothing waits any more, and a late second rendering is not kept.
    assert alerts.render_letters(settings) == RenderingSummary()
    with wiring.session(settings) as session:
        assert not SqlLetters(session).store_rendering(kept.id, b"PK other", b"%PDF- other")
    assert the_letter(settings, number).content.pdf == kept.content.pdf


def test_without_a_mail_server_the_letters_wait_but_get_their_documents(
    database_url: str, office_keyring: GpgKeyring, tmp_path: Path
) -> None:
    settings = settings_for(database_url, tmp_path, office_keyring, None)
    MaildirMailbox(settings.resolved_maildir).deliver(
        deficient_request(), datetime(2026, 3, 23, 8, tzinfo=UTC)
    )
    wiring.run_intake_once(settings)

    assert alerts.deliver_mail(settings) is None  # nothing is sent

    letter = the_letter(settings, CaseNumber(wiring.utc_now().year, 1))
    assert letter.content.pdf is not None and read_pdfa(letter.content.pdf).is_pdfa_2b
    with wiring.outbox(settings) as outbox:
        assert [m.status.value for m in outbox.messages()] == ["pending"]
