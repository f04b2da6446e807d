"""casework/rendering.py: an automatic letter's DOCX and PDF/A are made once, before it is sent,
from what the case keeps of it; a letter that cannot be rendered is named and not sent."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from docx import Document
from pypdf import PdfReader

from cases.drafts import DraftId, DraftRecord, DraftStatus, LetterContent, TemplateIdentity
from cases.model import CaseNumber
from cases.outgoing import OutgoingId
from casework.rendering import (
    RenderingSummary,
    render_documents,
    render_draft,
    render_for_message,
    render_waiting,
    rendered_letter,
)
from letters.citations import default_letterhead
from letters.render import RenderedLetter
from tests.pdfa import read_pdfa

NOW = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
CASE = CaseNumber(2026, 42)
TEMPLATE = TemplateIdentity("deficiency", "3", "ab12")


def record(draft_id: int, language: str = "nb", outgoing: int | None = None) -> DraftRecord:
    content = LetterContent(
        date(2026, 3, 20), language, "Mangler i anmodningen", "Del 4 mangler.",
        "<p>Del 4 mangler.</p>", None, TEMPLATE,
    )  # fmt: skip
    return DraftRecord(
        draft_id, CASE, "deficiency", DraftStatus.FINAL, content, "", "auto", NOW, "saksflyt",
        document_number=draft_id + 1, outgoing_message_id=outgoing,
    )  # fmt: skip


class Letters:
    """The letters a case keeps, in memory: the first rendering stored wins (as SqlLetters)."""

    def __init__(self, *records: DraftRecord) -> None:
        self.records = {r.id: r for r in records}
        self.rendered: dict[DraftId, tuple[bytes, bytes]] = {}
        self.transactions = 0

    def awaiting_rendering(
        self,
        limit: int = 100,
        outgoing_id: OutgoingId | None = None,
        draft_id: DraftId | None = None,
    ) -> list[DraftRecord]:
        waiting = [
            r
            for r in self.records.values()
            if r.id not in self.rendered
            and outgoing_id in (None, r.outgoing_message_id)
            and draft_id in (None, r.id)
        ]
        return waiting[:limit]

    def store_rendering(self, draft_id: DraftId, docx: bytes, pdf: bytes) -> bool:
        return self.rendered.setdefault(draft_id, (docx, pdf)) == (docx, pdf)

    @contextmanager
    def open(self) -> Iterator[Letters]:
        self.transactions += 1
        yield self


def test_the_letter_is_remade_as_queued_its_reference_and_date_written_as_then() -> None:
    pattern = "DT-{year}-{sequence}/{document}"
    letterhead = replace(default_letterhead(), document_reference_format=pattern)
    kept = record(2)
    assert rendered_letter(kept, letterhead) == RenderedLetter(
        "deficiency", "nb", "Mangler i anmodningen", "Del 4 mangler.", "<p>Del 4 mangler.</p>",
        "deficiency", "3", "ab12", "DT-2026-42/3", "20. mars 2026",
    )  # fmt: skip
    english = rendered_letter(record(2, language="en"), default_letterhead())
    assert (english.reference, english.dated_text) == ("26/00042-3", "20 March 2026")


def test_a_letter_not_yet_numbered_is_document_zero() -> None:
    unnumbered = replace(record(2), document_number=None)
    assert rendered_letter(unnumbered, default_letterhead()).reference == "26/00042-0"


def test_the_documents_are_a_docx_and_an_a4_pdf_a_in_the_letters_language() -> None:
    docx, pdf = render_documents(record(1, language="en"))
    assert docx.startswith(b"PK")
    archived = read_pdfa(pdf)
    assert archived.is_pdfa_2b and archived.is_a4 and archived.language == "en-GB"
    assert archived.text == "Del 4 mangler.\nPage 1 of 1"
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None and metadata.author == default_letterhead().office_name


def test_both_documents_carry_the_letterhead_they_are_given() -> None:
    letterhead = replace(default_letterhead(), office_name="Personvernkontoret")
    docx, pdf = render_documents(record(1), letterhead)
    header = Document(io.BytesIO(docx)).sections[0].first_page_header
    assert header.paragraphs[0].text == "Personvernkontoret"
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None and metadata.author == "Personvernkontoret"


def test_every_waiting_letter_is_rendered_once_each_in_its_own_transaction() -> None:
    letters = Letters(record(1), record(2), record(3))
    assert render_waiting(letters.open, limit=2) == RenderingSummary(rendered=2, failed=0)
    assert sorted(letters.rendered) == [1, 2]
    assert letters.transactions == 1 + 2  # the look-up, then one per letter kept
    docx, pdf = letters.rendered[1]
    assert docx.startswith(b"PK") and pdf.startswith(b"%PDF")
    assert render_waiting(letters.open) == RenderingSummary(rendered=1, failed=0)
    assert render_waiting(letters.open) == RenderingSummary()


def test_a_letter_that_cannot_be_rendered_is_counted_logged_without_content_and_kept_waiting(
    caplog: pytest.LogCaptureFixture,
) -> None:
    letters = Letters(record(1, language="se"), record(2))  # no month names in Sámi (yet)
    with caplog.at_level(logging.ERROR, logger="casework.rendering"):
        assert render_waiting(letters.open) == RenderingSummary(rendered=1, failed=1)
    assert list(letters.rendered) == [2]
    assert caplog.messages == ["letter 1 could not be rendered: KeyError"]
    assert "Del 4" not in caplog.text


def test_a_message_waits_for_its_own_letter_and_is_held_back_when_it_fails() -> None:
    letters = Letters(record(1, outgoing=10), record(2, outgoing=11), record(3, "se", outgoing=12))
    assert render_for_message(letters.open, 11) is None
    assert list(letters.rendered) == [2]
    assert render_for_message(letters.open, 11) is None  # rendered before: it may go
    assert render_for_message(letters.open, 99) is None  # no letter of ours
    assert render_for_message(letters.open, 12) == (
        "brevets DOCX og arkivkopi (PDF/A) kunne ikke lages (KeyError)"
    )
    assert list(letters.rendered) == [2]


def test_a_draft_asked_for_is_rendered_alone_and_a_failure_says_why() -> None:
    letters = Letters(record(1), record(2), record(3, "se"))
    assert render_draft(letters.open, 2) is None
    assert list(letters.rendered) == [2]
    assert render_draft(letters.open, 2) is None
    assert render_draft(letters.open, 3) == (
        "brevets DOCX og arkivkopi (PDF/A) kunne ikke lages (KeyError)"
    )
    assert list(letters.rendered) == [2]
