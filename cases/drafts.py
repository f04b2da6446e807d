"""Pure: letters stored in a case as values: drafts, final letters and the case's party data."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from cases.errors import CaseworkError
from cases.model import CaseNumber

DraftId = int


class DraftStatus(enum.StrEnum):
    DRAFT = "draft"
    FINAL = "final"  # finalised, numbered and queued for sending
    SENT = "sent"  # the mail server accepted it
    SUPERSEDED = "superseded"  # a newer draft of the same kind replaced it


class DraftNotFound(CaseworkError):
    code = "draft_not_found"
    template = "Fant ikke brevutkast {draft_id}."


class DraftNotEditable(CaseworkError):
    code = "draft_not_editable"
    template = "Brev {draft_id} har status «{status}»; bare et utkast kan ferdigstilles."


@dataclass(frozen=True, slots=True)
class TemplateIdentity:
    """Which template made a letter: name, declared version, content hash."""

    name: str
    version: str
    sha256: str


@dataclass(frozen=True, slots=True)
class LetterContent:
    """One rendering of a letter: the texts, the DOCX and the template that made them.

    An automatic letter is queued with its texts only; its DOCX and PDF/A are rendered from the
    HTML just before it is sent (docs/decisions/0011): until then both are None.
    """

    dated_on: date
    language: str
    subject: str
    text: str
    html: str
    docx: bytes | None = field(repr=False)
    template: TemplateIdentity
    publishable_text: str | None = None  # None for a letter exempt from public access
    pdf: bytes | None = field(default=None, repr=False)  # PDF/A-2b, kept for every sent letter

    @property
    def awaits_rendering(self) -> bool:
        """Queued with its texts only: the DOCX and the PDF/A are still to be made."""
        return self.docx is None


@dataclass(frozen=True, slots=True)
class NewDraft:
    """A letter to store; the automatic letters come final and numbered (`final` is set)."""

    case_number: CaseNumber
    kind: str
    content: LetterContent
    source: str  # the caseworker's input as given, rendered again when finalised
    source_format: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class FinalLetter:
    """What finalising adds: the journal number, the final rendering and the queued message."""

    document_number: int
    content: LetterContent
    finalised_at: datetime
    finalised_by: str
    outgoing_message_id: int | None


@dataclass(frozen=True, slots=True)
class DraftRecord:
    id: DraftId
    case_number: CaseNumber
    kind: str
    status: DraftStatus
    content: LetterContent
    source: str
    source_format: str
    created_at: datetime
    created_by: str
    document_number: int | None = None
    finalised_at: datetime | None = None
    finalised_by: str | None = None
    sent_at: datetime | None = None
    outgoing_message_id: int | None = None

    @property
    def reference(self) -> str | None:
        """`26/00042-3` once final (R-NK-3); None while a draft."""
        if self.document_number is None:
            return None
        return self.case_number.reference(self.document_number)


@dataclass(frozen=True, slots=True)
class CaseParty:
    """The controller as the register knows it: the sender of the request and the case language."""

    controller_email: str
    sender_name: str
    language: str
