"""SQLAlchemy 2 table of drafted and finalised letters (I/O schema only)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cases.base import Base
from cases.sealed import SealedBytes, SealedText


class LetterDraftRow(Base):
    """A letter in a case: a draft until finalised, then an outgoing journal entry (R-NK-3, R-NK-6).

    `source` keeps the caseworker's input as given, so the final letter is rendered again from it
    with the allocated document number and the dispatch date. The template's identity too.
    """

    __tablename__ = "letter_drafts"
    __table_args__ = (
        UniqueConstraint("case_id", "document_number", name="uq_letter_drafts_case_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # decision | receipt | deficiency | …
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), index=True)  # draft|final|sent|superseded
    document_number: Mapped[int | None] = mapped_column(Integer)  # set when final
    dated_on: Mapped[date]
    subject: Mapped[str] = mapped_column(SealedText("letter_drafts.subject"))
    text: Mapped[str] = mapped_column(SealedText("letter_drafts.text"))
    html: Mapped[str] = mapped_column(SealedText("letter_drafts.html"))
    # NULL (with `pdf`) while an automatic letter waits for its rendering (docs/decisions/0011)
    docx: Mapped[bytes | None] = mapped_column(SealedBytes("letter_drafts.docx"))
    # PDF/A-2b of a sent letter (Noark 5)
    pdf: Mapped[bytes | None] = mapped_column(SealedBytes("letter_drafts.pdf"))
    publishable_text: Mapped[str | None] = mapped_column(  # decisions, redacted (R-LT-3)
        SealedText("letter_drafts.publishable_text")
    )
    template_name: Mapped[str] = mapped_column(String(120))
    template_version: Mapped[str] = mapped_column(String(32))
    template_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(SealedText("letter_drafts.source"))
    source_format: Mapped[str] = mapped_column(String(8))  # yaml | json
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(120))
    finalised_at: Mapped[datetime | None]
    finalised_by: Mapped[str | None] = mapped_column(String(120))
    sent_at: Mapped[datetime | None]
    outgoing_message_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_messages.id"))
