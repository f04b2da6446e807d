"""Drafted and finalised letters over a SQLAlchemy session (I/O); it never commits."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from cases.drafts import (
    CaseParty,
    DraftId,
    DraftNotFound,
    DraftRecord,
    DraftStatus,
    FinalLetter,
    LetterContent,
    NewDraft,
    TemplateIdentity,
)
from cases.errors import CaseNotFound
from cases.model import CaseNumber
from cases.orm import CaseRow
from cases.orm_letters import LetterDraftRow
from cases.orm_outbox import OutgoingMessageRow
from cases.outgoing import MailStatus, OutgoingId


class SqlLetters:
    """The letters of cases in one transaction owned by the caller."""

    def __init__(
        self, session: Session, case_rows: dict[CaseNumber, CaseRow] | None = None
    ) -> None:
        self._session = session
        # The case rows this transaction has read (shared with cases.repository.SqlRegister,
        # which has just read the case when it keeps an automatic letter).
        self._case_rows = {} if case_rows is None else case_rows

    def add(self, draft: NewDraft) -> DraftRecord:
        row = self._new_row(draft)
        _fill(row, draft.content)
        self._session.add(row)
        self._session.flush()
        return self._record(row)

    def add_sent(self, draft: NewDraft, final: FinalLetter) -> DraftRecord:
        """An automatic letter: stored final, numbered and queued at once, with its PDF/A.

        The row `add` then `finalise` would leave, written once: one INSERT, its text sealed
        once, where the two steps sealed and wrote it twice."""
        row = self._sent_row(draft, final)
        self._session.flush()
        return self._record(row)

    def keep_sent(self, draft: NewDraft, final: FinalLetter) -> None:
        """``add_sent`` for a caller that needs no record back: the row is written with the
        transaction's next flush, together with what else it holds."""
        self._sent_row(draft, final)

    def _sent_row(self, draft: NewDraft, final: FinalLetter) -> LetterDraftRow:
        row = self._new_row(draft)
        _finish(row, final)
        self._session.add(row)
        return row

    def get(self, draft_id: DraftId) -> DraftRecord:
        return self._record(self._row(draft_id))

    def for_case(self, number: CaseNumber) -> list[DraftRecord]:
        query = select(LetterDraftRow).where(LetterDraftRow.case_id == self._case_row(number).id)
        rows = self._session.scalars(query.order_by(LetterDraftRow.id))
        return [self._record(row) for row in rows]

    def supersede_drafts(self, number: CaseNumber, kind: str) -> int:
        """Mark the case's open drafts of this kind as replaced; returns how many."""
        statement = (
            update(LetterDraftRow)
            .where(LetterDraftRow.case_id == self._case_row(number).id)
            .where(LetterDraftRow.kind == kind)
            .where(LetterDraftRow.status == DraftStatus.DRAFT.value)
            .values(status=DraftStatus.SUPERSEDED.value)
        )
        return int(getattr(self._session.execute(statement), "rowcount", 0) or 0)

    def finalise(self, draft_id: DraftId, final: FinalLetter) -> DraftRecord:
        row = self._row(draft_id)
        _finish(row, final)
        self._session.flush()
        return self._record(row)

    def last_document_number(self, number: CaseNumber) -> int:
        """The highest journal number given to a letter in the case (0 when none)."""
        query = select(func.max(LetterDraftRow.document_number))
        query = query.where(LetterDraftRow.case_id == self._case_row(number).id)
        return int(self._session.scalar(query) or 0)

    def party(self, number: CaseNumber) -> CaseParty:
        row = self._case_row(number)
        return CaseParty(row.controller_email, row.controller_name or "", row.language or "nb")

    def sync_sent(self) -> int:
        """Final letters whose message the mail server accepted become `sent`; returns how many."""
        query = (
            select(LetterDraftRow, OutgoingMessageRow.sent_at)
            .join(OutgoingMessageRow, OutgoingMessageRow.id == LetterDraftRow.outgoing_message_id)
            .where(LetterDraftRow.status == DraftStatus.FINAL.value)
            .where(OutgoingMessageRow.status == MailStatus.SENT.value)
        )
        rows = self._session.execute(query).all()
        for row, sent_at in rows:
            row.status, row.sent_at = DraftStatus.SENT.value, sent_at
        self._session.flush()
        return len(rows)

    # --- automatic letters queued before their documents were rendered (decisions/0011) ---------
    def awaiting_rendering(
        self,
        limit: int = 100,
        outgoing_id: OutgoingId | None = None,
        draft_id: DraftId | None = None,
    ) -> list[DraftRecord]:
        """Final letters queued without their DOCX and PDF/A, oldest first (only the one of
        this outgoing message, or this draft, when given)."""
        query = select(LetterDraftRow).where(
            LetterDraftRow.docx.is_(None), LetterDraftRow.status != DraftStatus.DRAFT.value
        )
        if outgoing_id is not None:
            query = query.where(LetterDraftRow.outgoing_message_id == outgoing_id)
        if draft_id is not None:
            query = query.where(LetterDraftRow.id == draft_id)
        rows = self._session.scalars(query.order_by(LetterDraftRow.id).limit(limit))
        return [self._record(row) for row in rows]

    def store_rendering(self, draft_id: DraftId, docx: bytes, pdf: bytes) -> bool:
        """Keep a letter's DOCX and PDF/A unless another process kept them first (False then).

        The first statement is a write on the row while it still waits: it locks the row on
        PostgreSQL and takes SQLite's single write lock, so of two renderings one is kept.
        """
        waiting = update(LetterDraftRow).where(
            LetterDraftRow.id == draft_id, LetterDraftRow.docx.is_(None)
        )
        touch = waiting.values(status=LetterDraftRow.status)
        result = self._session.execute(touch.execution_options(synchronize_session=False))
        if getattr(result, "rowcount", 0) != 1:
            return False
        row = self._row(draft_id)
        row.docx, row.pdf = docx, pdf
        self._session.flush()
        return True

    # --- helpers ---------------------------------------------------------------------------------
    def _new_row(self, draft: NewDraft) -> LetterDraftRow:
        return LetterDraftRow(
            case_id=self._case_row(draft.case_number).id, kind=draft.kind,
            status=DraftStatus.DRAFT.value, source=draft.source,
            source_format=draft.source_format, created_at=draft.created_at,
            created_by=draft.created_by,
        )  # fmt: skip

    def _row(self, draft_id: DraftId) -> LetterDraftRow:
        row = self._session.get(LetterDraftRow, draft_id)
        if row is None:
            raise DraftNotFound(draft_id=draft_id)
        return row

    def _case_row(self, number: CaseNumber) -> CaseRow:
        row = self._case_rows.get(number)
        if row is None:
            query = select(CaseRow).where(
                CaseRow.year == number.year, CaseRow.sequence == number.sequence
            )
            row = self._session.scalar(query)
            if row is None:
                raise CaseNotFound(reference=number.canonical)
            self._case_rows[number] = row
        return row

    def _record(self, row: LetterDraftRow) -> DraftRecord:
        case = self._session.get(CaseRow, row.case_id)
        assert case is not None  # a foreign key
        return DraftRecord(
            id=row.id, case_number=CaseNumber(case.year, case.sequence), kind=row.kind,
            status=DraftStatus(row.status), content=_content(row), source=row.source,
            source_format=row.source_format, created_at=row.created_at,
            created_by=row.created_by, document_number=row.document_number,
            finalised_at=row.finalised_at, finalised_by=row.finalised_by, sent_at=row.sent_at,
            outgoing_message_id=row.outgoing_message_id,
        )  # fmt: skip


def _finish(row: LetterDraftRow, final: FinalLetter) -> None:
    """The letter as finalised: its final content, numbered, and queued when it is sent."""
    _fill(row, final.content)
    row.status = DraftStatus.FINAL.value
    row.document_number = final.document_number
    row.finalised_at, row.finalised_by = final.finalised_at, final.finalised_by
    row.outgoing_message_id = final.outgoing_message_id


def _fill(row: LetterDraftRow, content: LetterContent) -> None:
    row.dated_on, row.language, row.subject = content.dated_on, content.language, content.subject
    row.text, row.html, row.docx = content.text, content.html, content.docx
    row.publishable_text = content.publishable_text
    row.pdf = content.pdf
    template = content.template
    row.template_name, row.template_version = template.name, template.version
    row.template_sha256 = template.sha256


def _content(row: LetterDraftRow) -> LetterContent:
    template = TemplateIdentity(row.template_name, row.template_version, row.template_sha256)
    return LetterContent(
        dated_on=row.dated_on, language=row.language, subject=row.subject, text=row.text,
        html=row.html, docx=row.docx, template=template, publishable_text=row.publishable_text,
        pdf=row.pdf,
    )  # fmt: skip
