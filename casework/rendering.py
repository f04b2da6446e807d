"""Pure: the DOCX and PDF/A of an automatic letter, rendered once, before it is sent.

An automatic letter (receipt, deficiency notice, interim reply, rejection) is decided and queued
in the processing transaction with its text and HTML, which is what the e-mail carries. Its DOCX
and its PDF/A (the archival copy, R-NK-6) are rendered from that HTML later and outside any
transaction: by the sender just before the letter goes out (`render_for_message`), and for every
letter still waiting by `render_waiting`. The first rendering kept wins
(`RenderingStore.store_rendering`), so each letter is kept once, and none is sent without it.
docs/decisions/0011.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from cases.drafts import DraftId, DraftRecord
from cases.outgoing import OutgoingId
from letters.citations import default_letterhead
from letters.docx import render_docx
from letters.model import Letterhead
from letters.pdf import render_pdf
from letters.render import RenderedLetter, format_date, format_reference

log = logging.getLogger(__name__)


class RenderingStore(Protocol):
    """Letters waiting for their documents (implemented by cases.letters.SqlLetters)."""

    def awaiting_rendering(
        self,
        limit: int = 100,  # pragma: no mutate (a Protocol's signature, not code)
        outgoing_id: OutgoingId | None = None,
        draft_id: DraftId | None = None,
    ) -> list[DraftRecord]: ...
    def store_rendering(self, draft_id: DraftId, docx: bytes, pdf: bytes) -> bool: ...


OpenLetters = Callable[[], AbstractContextManager[RenderingStore]]


@dataclass(frozen=True, slots=True)
class RenderingSummary:
    rendered: int = 0
    failed: int = 0


def rendered_letter(record: DraftRecord, letterhead: Letterhead) -> RenderedLetter:
    """The letter as letters.render made it when it was queued, from what the case keeps of it:
    the texts and template identity as stored, the reference and date written as then."""
    content = record.content
    reference = format_reference(
        letterhead.document_reference_format, record.case_number, record.document_number or 0
    )
    template = content.template
    return RenderedLetter(
        record.kind, content.language, content.subject, content.text, content.html,
        template.name, template.version, template.sha256, reference,
        format_date(content.dated_on, content.language),
    )  # fmt: skip


def render_documents(
    record: DraftRecord, letterhead: Letterhead | None = None
) -> tuple[bytes, bytes]:
    """(DOCX, PDF/A-2b) of a kept letter, from its HTML; automatic letters use the packaged
    letterhead, as when they were queued."""
    letterhead = letterhead or default_letterhead()
    letter = rendered_letter(record, letterhead)
    return render_docx(letter, letterhead), render_pdf(letter, letterhead)


def render_for_message(open_letters: OpenLetters, outgoing_id: OutgoingId) -> str | None:
    """Before a message is sent: render its letter if it still waits. None when the message may
    go (rendered now or before, or no letter of ours), else why it may not."""
    with open_letters() as letters:
        waiting = letters.awaiting_rendering(1, outgoing_id)
    return _render(open_letters, waiting[0]) if waiting else None


def render_draft(open_letters: OpenLetters, draft_id: DraftId) -> str | None:
    """When someone asks for a letter's DOCX before the sender made it: render it now if it
    still waits. None when it is there (now or before), else why it could not be made."""
    with open_letters() as letters:
        waiting = letters.awaiting_rendering(1, draft_id=draft_id)
    return _render(open_letters, waiting[0]) if waiting else None


def render_waiting(open_letters: OpenLetters, limit: int = 500) -> RenderingSummary:
    """Render up to `limit` letters that wait, oldest first, each kept in its own transaction."""
    with open_letters() as letters:
        waiting = letters.awaiting_rendering(limit)
    failures = [_render(open_letters, record) for record in waiting]
    failed = sum(1 for failure in failures if failure is not None)
    return RenderingSummary(len(waiting) - failed, failed)


def _render(open_letters: OpenLetters, record: DraftRecord) -> str | None:
    try:
        docx, pdf = render_documents(record)
    except Exception as exc:  # the outermost per-letter guard (docs/architecture.md §6)
        name = type(exc).__name__
        log.error("letter %s could not be rendered: %s", record.id, name)  # no content
        return f"brevets DOCX og arkivkopi (PDF/A) kunne ikke lages ({name})"
    with open_letters() as letters:
        letters.store_rendering(record.id, docx, pdf)
    return None
