"""Drafting and finalising letters against the register on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy.orm import Session, sessionmaker

from cases.drafts import DraftNotEditable, DraftRecord, DraftStatus
from cases.letters import SqlLetters
from cases.model import CaseEvent, CaseNumber, CaseStatus, NewCase
from cases.outbox import SqlOutbox
from cases.outgoing import MailStatus
from cases.repository import SqlRegister
from casework.drafting import (
    AdvanceNoticeMissing,
    AdvanceNoticeNotCovering,
    AdvanceNoticePending,
    LetterPolicy,
    draft_letter,
    finalise_and_send,
)
from config import wiring
from deadlines.clock import ExtensionNoticeTooLate
from letters.redact import REDACTED
from tests.pdfa import read_pdfa

EXAMPLES = Path(__file__).resolve().parents[2] / "letters" / "examples"
T0 = date(2026, 3, 20)  # V01: 4 weeks Fri 17 April, one month Mon 20 April, 8 weeks Fri 15 May
NOW = datetime(2026, 4, 10, 9, 30, tzinfo=UTC)
SENDER = "Kari Nordmann"
DEFAULT = LetterPolicy()
FINGERPRINT = "5A2C9E0F41B7D3A86C1E2F9047B3D8E1A6C40F72"
PRIVATE = (
    "\nfacts:\n  - Kontaktperson er Kari Nordmann, telefon 55 56 20 00, e-post "
    "kari.nordmann@bergen.kommune.no.\n  - Personvernombudet Ola Hansen nås på +47 911 22 333 "
    "og personvernombud@bergen.kommune.no.\n"
)


@dataclass
class Ports:
    register: SqlRegister
    letters: SqlLetters
    outbox: SqlOutbox


@pytest.fixture
def db(database_url: str) -> Iterator[sessionmaker[Session]]:
    yield sessionmaker(wiring.engine_for(database_url), expire_on_commit=False)


@contextmanager
def ports(db: sessionmaker[Session]) -> Iterator[Ports]:
    with db.begin() as session:
        outbox = SqlOutbox(session, "datatilsynet.test")
        yield Ports(SqlRegister(session, "datatilsynet.test"), SqlLetters(session), outbox)


@pytest.fixture
def case(db: sessionmaker[Session]) -> CaseNumber:
    """A registered request (journal document 1) and one later incoming document (number 2)."""
    received = datetime(2026, 3, 20, 15, 45, tzinfo=UTC)
    new = NewCase(received, T0, "kari.nordmann@bergen.kommune.no", SENDER, "Anmodning", "", NOW)
    with ports(db) as p:
        number = p.register.open_case(new).number
        p.register.append_event(
            number, CaseEvent("received", received, "saksflyt", {"document_number": 1})
        )
        p.register.append_event(
            number, CaseEvent("document_received", NOW, "saksflyt", {"document_number": 2})
        )
    return number  # fmt: skip


def example(name: str) -> str:
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    if name == "decision-findings.yaml":  # a warning: fvl. § 16 needs a notice or a reason
        text += f"advance_notice_exception: {EXCEPTION}\n"
    return text


EXCEPTION = "Kommunen har uttalt seg skriftlig om de samme forholdene i møtet 2. april."


def draft(
    db: sessionmaker[Session], number: CaseNumber, kind: str, source: str, today: date,
    policy: LetterPolicy = DEFAULT,
) -> DraftRecord:  # fmt: skip
    with ports(db) as p:
        return draft_letter(
            number, kind, source, register=p.register, letters=p.letters, today=today,
            now=NOW, actor="ingrid", policy=policy,
        )  # fmt: skip


def finalise(db: sessionmaker[Session], draft_id: int, today: date) -> DraftRecord:
    with ports(db) as p:
        return finalise_and_send(
            draft_id, register=p.register, letters=p.letters, outbox=p.outbox, today=today,
            now=NOW, actor="ingrid", policy=LetterPolicy(FINGERPRINT),
        )  # fmt: skip


def events(db: sessionmaker[Session], number: CaseNumber) -> list[CaseEvent]:
    with ports(db) as p:
        return p.register.events(number)


def test_a_drafted_decision_is_stored_as_a_draft_with_its_template_identity(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    record = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    with ports(db) as p:
        stored = p.letters.get(record.id)
    assert stored.status is DraftStatus.DRAFT and stored.document_number is None
    assert stored.reference is None
    template = stored.content.template
    assert (template.name, template.version) == ("decision.nb.html.j2", "2.0.0")
    assert re.fullmatch(r"[0-9a-f]{64}", template.sha256)
    assert stored.content.docx.startswith(b"PK")
    assert "Funn 1: Risikovurderingen mangler en vurdering av skjevheter" in stored.content.text
    assert stored.content.publishable_text is not None
    assert [e.kind for e in events(db, case)][-1] == "letter_drafted"


def test_finalising_allocates_the_next_document_number_and_renders_that_reference(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    record = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    final = finalise(db, record.id, date(2026, 4, 14))
    assert final.status is DraftStatus.FINAL and final.document_number == 3
    assert final.reference == "26/00001-3"
    assert "Vår referanse: 26/00001-3" in final.content.text
    assert "Dato: 14. april 2026" in final.content.text
    assert "26/00001-3" in final.content.subject
    with ports(db) as p:
        assert p.register.next_document_number(case) == 4


def test_finalising_a_decision_records_decided_and_queues_the_letter(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    record = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    final = finalise(db, record.id, date(2026, 4, 14))
    log = events(db, case)
    sent = next(e for e in log if e.kind == "letter_sent")
    assert sent.data["document_number"] == 3 and sent.data["kind"] == "decision"
    assert sent.data["template_sha256"] == final.content.template.sha256
    decided = next(e for e in log if e.kind == "decided")
    assert decided.data["dispatched_on"] == "2026-04-14"
    with ports(db) as p:
        assert p.register.get_case(case).status is CaseStatus.DECIDED
        assert final.outgoing_message_id is not None
        mail = p.outbox.get(final.outgoing_message_id)
    assert mail.status is MailStatus.PENDING and mail.kind == "letter:decision"
    assert mail.recipients == ("kari.nordmann@bergen.kommune.no",)
    assert mail.journal_document_number == 3 and mail.text == final.content.text


def test_an_extension_finalised_after_the_one_month_limit_is_refused(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    source = example("extension.yaml") + "override_reason: Avklaring med EDPB tok tid.\n"
    record = draft(db, case, "extension", source, date(2026, 4, 16))
    with pytest.raises(ExtensionNoticeTooLate):
        finalise(db, record.id, date(2026, 4, 21))  # L1M is Monday 20 April
    with ports(db) as p:
        assert p.letters.get(record.id).status is DraftStatus.DRAFT
        assert p.outbox.messages() == []
    assert "extended" not in [e.kind for e in events(db, case)]


def test_an_extension_in_time_extends_the_case_to_fourteen_weeks(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    record = draft(db, case, "extension", example("extension.yaml"), date(2026, 4, 15))
    assert "Den nye fristen er 26. juni 2026." in record.content.text
    final = finalise(db, record.id, date(2026, 4, 16))
    extended = next(e for e in events(db, case) if e.kind == "extended")
    assert extended.data["notice_sent_on"] == "2026-04-16"
    assert final.reference == "26/00001-3"


def test_an_information_request_stops_the_clock_when_sent(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    policy = LetterPolicy(FINGERPRINT)
    record = draft(db, case, "info_request", example("info-request.yaml"), date(2026, 4, 1), policy)
    assert "5A2C 9E0F" in record.content.text
    finalise(db, record.id, date(2026, 4, 1))
    requested = next(e for e in events(db, case) if e.kind == "info_requested")
    assert requested.data["sent_on"] == "2026-04-01"


def test_the_publishable_version_has_no_email_phone_or_listed_names(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    source = example("decision-findings.yaml").replace("\nfacts:", "\nold_facts:", 1)
    source = re.sub(r"\nold_facts:\n(  - >-\n(    .*\n)+)+", PRIVATE, source)
    record = draft(db, case, "decision", source, date(2026, 4, 10))
    final = finalise(db, record.id, date(2026, 4, 14))
    assert "kari.nordmann@bergen.kommune.no" in final.content.text  # the letter itself is whole
    public = final.content.publishable_text
    assert public is not None and REDACTED in public
    assert not re.search(r"[\w.+-]+@[\w-]+\.", public.replace("postkasse@datatilsynet.no", ""))
    for secret in ("55 56 20 00", "911 22 333", "Kari Nordmann", "Ola Hansen", "BK-2026/1187"):
        assert secret not in public, secret
    assert "Vår referanse: 26/00001-3" in public and "22 39 69 00" in public  # the office's own
    for kept in ("Ingrid Solberg", "Tor Andersen", "Bergen kommune"):  # staff and a public body
        assert kept in public, kept


def test_the_controller_identity_stays_when_configured(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    policy = LetterPolicy(redact_controller=False)
    record = draft(
        db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10), policy
    )
    public = record.content.publishable_text or ""
    assert "Bergen kommune" in public and "Kari Nordmann" not in public


def test_an_exempt_letter_has_no_publishable_version(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    source = example("decision-findings.yaml") + "exempt_basis: FVL_13_1_2\n"
    record = draft(db, case, "decision", source, date(2026, 4, 10))
    assert record.content.publishable_text is None
    assert record.content.text.count("Unntatt offentlighet") == 1


def test_a_warning_without_advance_notice_or_exception_is_refused(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    source = example("decision-findings.yaml").replace(f"advance_notice_exception: {EXCEPTION}", "")
    record = draft(db, case, "decision", source, date(2026, 4, 10))
    with pytest.raises(AdvanceNoticeMissing):
        finalise(db, record.id, date(2026, 4, 14))
    with ports(db) as p:
        assert p.letters.get(record.id).status is DraftStatus.DRAFT
        assert p.outbox.messages() == []


def test_an_exception_from_advance_notice_is_logged_and_printed(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    record = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    final = finalise(db, record.id, date(2026, 4, 14))
    logged = next(e for e in events(db, case) if e.kind == "advance_notice_exception")
    assert logged.data == {"reason": EXCEPTION} and logged.actor == "ingrid"
    assert "Vi har ikke sendt forhåndsvarsel, jf. forvaltningsloven § 16 tredje ledd." in (
        final.content.text
    )


def test_a_decision_waits_for_the_advance_notice_deadline_then_cites_the_notice(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    notice = draft(db, case, "advance_notice", example("advance-notice.yaml"), date(2026, 4, 10))
    assert "Forhåndsvarsel om vedtak om advarsel" in notice.content.text
    finalise(db, notice.id, date(2026, 4, 10))  # reply_by_on: 2026-04-24
    assert "decided" not in [e.kind for e in events(db, case)]  # the notice moves no clock
    source = example("decision-findings.yaml").replace(f"advance_notice_exception: {EXCEPTION}", "")
    decision = draft(db, case, "decision", source, date(2026, 4, 20))
    with pytest.raises(AdvanceNoticePending):
        finalise(db, decision.id, date(2026, 4, 24))
    final = finalise(db, decision.id, date(2026, 4, 27))
    assert "I brev av 10. april 2026 varslet vi dere om at vi vurderte å treffe vedtak." in (
        final.content.text
    )


def test_a_decision_is_refused_when_the_advance_notice_did_not_name_its_measure(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    notice = draft(db, case, "advance_notice", example("advance-notice.yaml"), date(2026, 4, 10))
    finalise(db, notice.id, date(2026, 4, 10))  # a warning, reply by 2026-04-24
    source = example("decision-findings.yaml").replace(f"advance_notice_exception: {EXCEPTION}", "")
    source = source.replace("outcomes: [ADVICE, WARNING]", "outcomes: [ADVICE, WARNING, ORDER]")
    source += "order_deadline_on: 2026-08-31\n"
    decision = draft(db, case, "decision", source, date(2026, 4, 27))
    with pytest.raises(AdvanceNoticeNotCovering, match="nevner ikke pålegg"):
        finalise(db, decision.id, date(2026, 4, 27))
    with ports(db) as p:
        assert p.letters.get(decision.id).status is DraftStatus.DRAFT
    # with a logged reason for the exception (fvl. § 16 third paragraph) it may go
    excepted = draft(db, case, "decision", source + f"advance_notice_exception: {EXCEPTION}\n",
                     date(2026, 4, 27))  # fmt: skip
    final = finalise(db, excepted.id, date(2026, 4, 27))
    assert "Fristen for å gjennomføre pålegget er 31. august 2026." in final.content.text
    assert any(e.kind == "advance_notice_exception" for e in events(db, case))


def test_a_finalised_letter_is_kept_as_pdf_a(db: sessionmaker[Session], case: CaseNumber) -> None:
    record = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    assert record.content.pdf is None  # a draft is not archived
    final = finalise(db, record.id, date(2026, 4, 14))
    with ports(db) as p:
        stored = p.letters.get(final.id)
    assert stored.content.pdf is not None and stored.content.pdf.startswith(b"%PDF-")
    archived = read_pdfa(stored.content.pdf)
    assert archived.is_pdfa_2b and archived.is_a4 and archived.language == "nb-NO"


def test_closing_a_case_withdraws_it_with_a_closing_letter(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    record = draft(db, case, "closing", example("closing.yaml"), date(2026, 4, 10))
    final = finalise(db, record.id, date(2026, 4, 10))
    assert "Vi avslutter saken" in final.content.text
    assert "Dette brevet er ikke et vedtak" in final.content.text
    with ports(db) as p:
        assert p.register.get_case(case).status is CaseStatus.WITHDRAWN


def test_the_docx_opens_with_python_docx_and_has_the_decision_headings(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    record = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    document = Document(io.BytesIO(record.content.docx))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for expected in ("Vedtak", "Rettslig grunnlag", "Sakens bakgrunn", "Vurdering",
                     "Våre funn og hva vi forventer av dere", "Hovedhensyn i skjønnet",
                     "Dere har rett til å klage"):  # fmt: skip
        assert expected in headings
    assert "Skriftlige råd og vedtak om advarsel" in headings
    assert "decision.nb.html.j2 2.0.0" in document.core_properties.comments


def test_a_new_draft_supersedes_the_old_and_a_final_letter_cannot_be_finalised_again(
    db: sessionmaker[Session], case: CaseNumber
) -> None:
    first = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    second = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 11))
    with ports(db) as p:
        assert p.letters.get(first.id).status is DraftStatus.SUPERSEDED
    with pytest.raises(DraftNotEditable):
        finalise(db, first.id, date(2026, 4, 14))
    finalise(db, second.id, date(2026, 4, 14))
    with pytest.raises(DraftNotEditable):
        finalise(db, second.id, date(2026, 4, 15))


def test_a_sent_message_marks_the_letter_sent(db: sessionmaker[Session], case: CaseNumber) -> None:
    record = draft(db, case, "decision", example("decision-findings.yaml"), date(2026, 4, 10))
    final = finalise(db, record.id, date(2026, 4, 14))
    assert final.outgoing_message_id is not None
    with ports(db) as p:
        p.outbox.mark_sent(final.outgoing_message_id, NOW)
        assert p.letters.sync_sent() == 1
        assert [r.status for r in p.letters.for_case(case)] == [DraftStatus.SENT]
        assert p.letters.get(record.id).sent_at == NOW
