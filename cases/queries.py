"""Read-side queries of the register over a SQLAlchemy session (I/O; plain selects, no writes)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Row, Select, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from cases.model import CaseEvent, CaseNumber, CaseStatus, parse_case_number
from cases.orm import CaseEventRow, CaseRow, DocumentRow, SubmissionRow
from cases.orm_letters import LetterDraftRow
from cases.orm_outbox import OutgoingMessageRow
from cases.readmodel import CLOCK_EVENT_KINDS, OpenCase

CLOSED_STATUSES = (CaseStatus.DECIDED.value, CaseStatus.WITHDRAWN.value, CaseStatus.REJECTED.value)


def open_cases_with_events(session: Session) -> list[OpenCase]:
    """Every open case with its clock events: two queries, grouped in Python (100 000 cases).

    Core columns, not ORM entities, keep the per-row cost low. PostgreSQL returns aware UTC
    datetimes itself, so the UtcDateTime conversion (needed for SQLite's naive values) is skipped
    there; on 100 000 cases that is a measurable part of the benchmark (tests/bench/alerts.py).
    """
    cases, events = CaseRow.__table__.c, CaseEventRow.__table__.c
    is_open = cases.status.not_in(CLOSED_STATUSES)
    at: ColumnElement[datetime] = events.at
    if session.get_bind().dialect.name == "postgresql":
        at = type_coerce(events.at, DateTime(timezone=True))
    query = (
        select(events.case_id, events.kind, at, events.actor, events.data)
        .join(CaseRow.__table__, cases.id == events.case_id)
        .where(is_open, events.kind.in_(CLOCK_EVENT_KINDS))
        .order_by(events.case_id, events.id)
    )
    by_case: defaultdict[int, list[CaseEvent]] = defaultdict(list)
    connection = session.connection()
    for case_id, kind, when, actor, data in connection.execute(query):
        by_case[case_id].append(CaseEvent(kind, when, actor, data))
    rows = connection.execute(
        select(cases.id, cases.year, cases.sequence, cases.title, cases.section,
               cases.caseworker, cases.received_on)
        .where(is_open)
        .order_by(cases.year, cases.sequence)
    )  # fmt: skip
    empty: tuple[CaseEvent, ...] = ()
    return [
        OpenCase(CaseNumber(year, seq), title, section, worker, received_on,
                 tuple(by_case[case_id]) if case_id in by_case else empty)
        for case_id, year, seq, title, section, worker, received_on in rows
    ]  # fmt: skip


# --- the dashboard's read models (dashboard/) ----------------------------------------------------


def _visible(query: Select[Any], sections: Collection[str] | None, open_only: bool) -> Select[Any]:
    """Restrict a query joined to `cases` to some sections (None: all) and to open cases."""
    if sections is not None:
        query = query.where(CaseRow.section.in_(list(sections)))
    if open_only:
        query = query.where(CaseRow.status.not_in(CLOSED_STATUSES))
    return query


def dashboard_cases(
    session: Session, sections: Collection[str] | None, *, open_only: bool = True
) -> Sequence[Row[Any]]:
    """(id, year, sequence, status, received_on, section, caseworker, clock_log) of visible
    cases: one table, no join, so no plan depends on the planner's statistics (ADR 0010).

    No title: titles are sealed, and opening 10 000 of them cost a fifth of the overview;
    `case_titles` opens those of the rows a page shows."""
    cases = CaseRow.__table__.c  # Core columns: no ORM per-row cost (10 000 cases)
    query = select(
        cases.id, cases.year, cases.sequence, cases.status, cases.received_on, cases.section,
        cases.caseworker, cases.clock_log,
    )  # fmt: skip
    # No ORDER BY: every view sorts the frame itself, with the case number last (unique).
    return session.connection().execute(_visible(query, sections, open_only)).all()


TITLE_BATCH = 500  # ids per query: SQLite limits the parameters of one statement


def case_titles(session: Session, case_ids: Collection[int]) -> dict[int, str]:
    """The (decrypted) titles of the given cases, by id."""
    wanted = sorted(set(case_ids))
    cases = CaseRow.__table__.c
    titles: dict[int, str] = {}
    for start in range(0, len(wanted), TITLE_BATCH):
        batch = wanted[start : start + TITLE_BATCH]
        query = select(cases.id, cases.title).where(cases.id.in_(batch))
        titles.update(session.connection().execute(query).tuples().all())
    return titles


def search_case_ids(
    session: Session, sections: Collection[str] | None, text: str, *, open_only: bool = True
) -> set[int]:
    """Visible cases whose number, title, controller (name or e-mail) or organisation number
    (in the request's documents, with or without spaces) matches `text` (case-insensitive).

    Titles, the controller's name and e-mail and document texts are sealed (cases.sealed): they
    are compared after decryption, in Python, and only those of the visible cases are read.
    """
    text = text.strip()
    if not text:
        return set()
    needle = text.lower()
    found: set[int] = set()
    number = parse_case_number(text)
    if number is not None or (text.isdigit() and len(text) <= 6):
        by_number = (
            (CaseRow.year == number.year) & (CaseRow.sequence == number.sequence)
            if number is not None
            else CaseRow.sequence == int(text)
        )
        found.update(session.scalars(_visible(select(CaseRow.id).where(by_number), sections,
                                              open_only)))  # fmt: skip
    sealed = _visible(
        select(CaseRow.id, CaseRow.title, CaseRow.controller_name, CaseRow.controller_email),
        sections, open_only,
    )  # fmt: skip
    found.update(
        case_id
        for case_id, *values in session.execute(sealed)
        if any(needle in value.lower() for value in values)
    )
    digits = text.replace(" ", "")
    if digits.isdigit() and len(digits) == 9:  # an organisation number, 123456789 or 123 456 789
        spaced = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
        visible = _visible(select(CaseRow.id), sections, open_only).where(CaseRow.id.not_in(found))
        documents = select(DocumentRow.case_id, DocumentRow.text).where(
            DocumentRow.case_id.in_(visible.scalar_subquery())
        )
        found.update(
            case_id
            for case_id, body in session.execute(documents)
            if case_id is not None and (digits in body or spaced in body)
        )
    return found


def review_case_ids(session: Session, sections: Collection[str] | None) -> set[int]:
    """Open visible cases with a submission whose outcome is `needs_review`."""
    query = (
        select(SubmissionRow.case_id)
        .join(CaseRow, CaseRow.id == SubmissionRow.case_id)
        .where(SubmissionRow.outcome == "needs_review")
    )
    return {row[0] for row in session.execute(_visible(query, sections, True)).all()}


def quarantined_submissions(session: Session) -> Sequence[Row[Any]]:
    """(id, received_at, sender, subject, reason) of every message in quarantine, oldest first."""
    query = (
        select(SubmissionRow.id, SubmissionRow.received_at, SubmissionRow.sender,
               SubmissionRow.subject, SubmissionRow.reason)
        .where(SubmissionRow.outcome == "quarantined")
        .order_by(SubmissionRow.received_at, SubmissionRow.id)
    )  # fmt: skip
    return session.execute(query).all()


def case_by_reference(session: Session, year: int, sequence: int) -> Row[Any] | None:
    """Every column of one case (no documents), or None."""
    query = select(*CaseRow.__table__.columns).where(
        CaseRow.year == year, CaseRow.sequence == sequence
    )
    return session.execute(query).first()


def case_event_rows(session: Session, case_id: int) -> Sequence[Row[Any]]:
    """(id, kind, at, actor, data) of one case's log, in order."""
    query = (
        select(CaseEventRow.id, CaseEventRow.kind, CaseEventRow.at, CaseEventRow.actor,
               CaseEventRow.data)
        .where(CaseEventRow.case_id == case_id)
        .order_by(CaseEventRow.id)
    )  # fmt: skip
    return session.execute(query).all()


def case_submission_rows(session: Session, case_id: int) -> Sequence[Row[Any]]:
    """One case's submissions with their crypto record and completeness parts (no bytes)."""
    query = (
        select(SubmissionRow.id, SubmissionRow.received_at, SubmissionRow.subject,
               SubmissionRow.outcome, SubmissionRow.reason, SubmissionRow.encryption,
               SubmissionRow.recipient_key_ids, SubmissionRow.signature,
               SubmissionRow.signer_fingerprint, SubmissionRow.parts)
        .where(SubmissionRow.case_id == case_id)
        .order_by(SubmissionRow.id)
    )  # fmt: skip
    return session.execute(query).all()


def case_document_rows(session: Session, case_id: int) -> Sequence[Row[Any]]:
    """(id, submission_id, name, media_type, size, sha256, sender) of one case's documents (no
    bytes); the sender is the From address of the message that brought the document."""
    query = (
        select(DocumentRow.id, DocumentRow.submission_id, DocumentRow.name,
               DocumentRow.media_type, DocumentRow.size, DocumentRow.sha256, SubmissionRow.sender)
        .join(SubmissionRow, SubmissionRow.id == DocumentRow.submission_id)
        .where(DocumentRow.case_id == case_id)
        .order_by(DocumentRow.id)
    )  # fmt: skip
    return session.execute(query).all()


def document_content_row(session: Session, case_id: int, document_id: int) -> Row[Any] | None:
    """(name, media_type, content) of a document, only if it belongs to the case."""
    query = select(DocumentRow.name, DocumentRow.media_type, DocumentRow.content).where(
        DocumentRow.id == document_id, DocumentRow.case_id == case_id
    )
    return session.execute(query).first()


def case_outgoing_rows(session: Session, case_id: int) -> Sequence[Row[Any]]:
    """(id, kind, subject, status, created_at, sent_at) of a case's letters and drafts."""
    query = (
        select(OutgoingMessageRow.id, OutgoingMessageRow.kind, OutgoingMessageRow.subject,
               OutgoingMessageRow.status, OutgoingMessageRow.created_at,
               OutgoingMessageRow.sent_at)
        .where(OutgoingMessageRow.case_id == case_id)
        .order_by(OutgoingMessageRow.id)
    )  # fmt: skip
    return session.execute(query).all()


def outgoing_rows_by_id(session: Session, ids: Sequence[int]) -> Sequence[Row[Any]]:
    """(id, kind, subject, recipients) of the given outgoing messages, in id order."""
    if not ids:
        return []
    query = (
        select(OutgoingMessageRow.id, OutgoingMessageRow.kind, OutgoingMessageRow.subject,
               OutgoingMessageRow.recipients)
        .where(OutgoingMessageRow.id.in_(list(ids)))
        .order_by(OutgoingMessageRow.id)
    )  # fmt: skip
    return session.execute(query).all()


def outgoing_text_row(session: Session, case_id: int, message_id: int) -> Row[Any] | None:
    """(kind, subject, body_text) of one of a case's outgoing messages, or None."""
    query = select(
        OutgoingMessageRow.kind, OutgoingMessageRow.subject, OutgoingMessageRow.body_text
    ).where(OutgoingMessageRow.id == message_id, OutgoingMessageRow.case_id == case_id)
    return session.execute(query).first()


def case_letter_draft_rows(session: Session, case_id: int) -> Sequence[Row[Any]]:
    """(id, kind, status, subject, dated_on, document_number, created_by, has_pdf) of a case's
    letters; `has_pdf` tells whether the PDF/A kept of a sent letter is there."""
    drafts = LetterDraftRow.__table__.c
    query = (
        select(drafts.id, drafts.kind, drafts.status, drafts.subject, drafts.dated_on,
               drafts.document_number, drafts.created_by,
               drafts.pdf.isnot(None).label("has_pdf"))
        .where(drafts.case_id == case_id)
        .order_by(drafts.id)
    )  # fmt: skip
    return session.connection().execute(query).all()


def letter_pdf_row(session: Session, case_id: int, draft_id: int) -> Row[Any] | None:
    """(kind, pdf) of one of a case's sent letters (its PDF/A), or None."""
    drafts = LetterDraftRow.__table__.c
    query = select(drafts.kind, drafts.pdf).where(
        drafts.id == draft_id, drafts.case_id == case_id, drafts.pdf.isnot(None)
    )
    return session.connection().execute(query).first()


def letter_draft_docx_row(session: Session, case_id: int, draft_id: int) -> Row[Any] | None:
    """(kind, docx) of one of a case's letters, or None (also while an automatic letter waits
    for its rendering, docs/decisions/0011)."""
    drafts = LetterDraftRow.__table__.c
    query = select(drafts.kind, drafts.docx).where(
        drafts.id == draft_id, drafts.case_id == case_id, drafts.docx.isnot(None)
    )
    return session.connection().execute(query).first()
