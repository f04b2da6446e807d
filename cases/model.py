"""Pure: domain values of the register (cases, submissions, documents, crypto records, events)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

SubmissionId = int


class SubmissionOutcome(enum.StrEnum):
    """What became of one received message (the stable `outcome` of `submissions export`)."""

    RECEIVED = "received"  # opened a new case (refined by the completeness check)
    REGISTERED = "registered"
    REJECTED = "rejected"
    DEFICIENT = "deficient"
    NEEDS_REVIEW = "needs_review"
    ATTACHED = "attached"
    DUPLICATE = "duplicate"
    IGNORED = "ignored"
    QUARANTINED = "quarantined"
    # Received and stored, waiting for the process stage (decrypt, read, judge, decide).
    PENDING = "pending"


class CaseStatus(enum.StrEnum):
    RECEIVED = "received"
    REGISTERED = "registered"
    NEEDS_REVIEW = "needs_review"
    DEFICIENT = "deficient"
    REJECTED = "rejected"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"


class Encryption(enum.StrEnum):
    """How a submission reached us (recorded per submission, Noark M507 in spirit)."""

    NONE = "none"
    PGP_MIME = "pgp_mime"  # RFC 3156 multipart/encrypted
    PGP_MIME_MANGLED = "pgp_mime_mangled"  # PGP/MIME rewritten to multipart/mixed (Exchange)
    INLINE = "inline"  # armored block in a text or HTML part
    ATTACHMENT = "attachment"  # encrypted file attachment (.pgp, .gpg, .asc)
    FORWARDED = "forwarded"  # encrypted message inside message/rfc822
    SMIME = "smime"  # S/MIME (RFC 8551): recognised, never opened here (we hold no certificate)


class SignatureStatus(enum.StrEnum):
    """Signature verdict (Noark M508: «Signatur påført, ikke verifisert» / «… og verifisert»)."""

    NONE = "none"
    VALID = "valid"
    UNKNOWN_KEY = "unknown_key"  # signed, but the key is not in the office keyring
    EXPIRED_KEY = "expired_key"  # the signature checks out, but the key or signature has expired
    REVOKED_KEY = "revoked_key"  # the signature checks out, but its owner has revoked the key
    BAD = "bad"


@dataclass(frozen=True, slots=True)
class CryptoRecord:
    """What the OpenPGP layer found; contains no plaintext."""

    encryption: tuple[Encryption, ...] = ()
    recipient_key_ids: tuple[str, ...] = ()
    signature: SignatureStatus = SignatureStatus.NONE
    signer_fingerprint: str | None = None

    @property
    def encryption_label(self) -> str:
        return "+".join(self.encryption) if self.encryption else Encryption.NONE.value


@dataclass(frozen=True, slots=True)
class Document:
    """One readable document of a submission (the mail body counts as a document too)."""

    name: str
    media_type: str
    size: int
    sha256: str
    text: str
    content: bytes = field(default=b"", repr=False)


@dataclass(frozen=True, slots=True)
class CaseNumber:
    """Noark saksnummer: saksår (M011) and sakssekvensnummer (M012), both integers (P6)."""

    year: int
    sequence: int

    @property
    def canonical(self) -> str:
        return f"{self.year}/{self.sequence:05d}"

    def reference(self, document_number: int | None = None) -> str:
        """Letter form `26/00042-3` (R-NK-3, conflict C12)."""
        base = f"{self.year % 100:02d}/{self.sequence:05d}"
        return base if document_number is None else f"{base}-{document_number}"

    def __str__(self) -> str:
        return self.canonical


# 2026/00042, 26/00042 and 26/00042-3; a year of four or two digits, a five-digit sequence.
_REFERENCE = re.compile(r"(?<![\d/])(\d{4}|\d{2})/(\d{5})(?:-(\d+))?(?!\d)")


def parse_case_number(text: str) -> CaseNumber | None:
    """The first case reference in a text (a subject line, a CLI argument), or None."""
    match = _REFERENCE.search(text)
    if match is None:
        return None
    year = int(match.group(1))
    return CaseNumber(year + 2000 if year < 100 else year, int(match.group(2)))


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """One entry of a case's append-only log."""

    kind: str
    at: datetime
    actor: str
    data: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Case:
    number: CaseNumber
    status: CaseStatus
    received_at: datetime  # aware; Noark mottattDato (M104)
    received_on: date  # T0: the Oslo calendar date of received_at (P4)
    controller_email: str
    title: str
    section: str = ""
    caseworker: str | None = None
    controller_name: str = ""  # the sender's display name (the contact person, usually)


@dataclass(frozen=True, slots=True)
class CaseParties:
    """Who is known in a case: may add documents to it by naming its number."""

    controller_email: str  # the address that opened the case
    senders: frozenset[str] = frozenset()  # addresses of the messages registered in the case
    fingerprints: frozenset[str] = frozenset()  # OpenPGP keys known for the case


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True, slots=True)
class NewSubmission:
    """Everything the register stores about one received message (before it has an id)."""

    source: str
    message_id: str | None
    sha256: str
    received_at: datetime
    received_on: date
    registered_at: datetime
    sender: str
    subject: str
    outcome: SubmissionOutcome
    crypto: CryptoRecord = CryptoRecord()
    case_number: CaseNumber | None = None
    duplicate_of: SubmissionId | None = None
    reason: str | None = None
    attempts: int = 1  # reads of the message it took (a failed read is tried again)


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class SubmissionRecord:
    """A stored submission as the export and the quarantine list show it."""

    id: SubmissionId
    source: str
    message_id: str | None
    sha256: str
    received_at: datetime
    sender: str
    subject: str
    outcome: SubmissionOutcome
    case_number: CaseNumber | None
    reason: str | None
    crypto: CryptoRecord
    documents: tuple[DocumentSummary, ...] = ()
    parts: dict[str, str] | None = None
    attempts: int = 1


@dataclass(frozen=True, slots=True)
class PendingSubmission:
    """A received message claimed for processing: the claim holds until its lease expires."""

    id: SubmissionId
    source: str
    sha256: str
    received_at: datetime
    attempts: int  # processing attempts begun so far, this one included
    # From the outer header at receipt (shown in quarantine if the message cannot be read).
    message_id: str | None = None
    sender: str = ""
    subject: str = ""
    case_number: CaseNumber | None = None  # its new case, opened by an attempt that then died


@dataclass(frozen=True, slots=True)
class NewCase:
    received_at: datetime
    received_on: date
    controller_email: str
    controller_name: str
    title: str
    section: str
    created_at: datetime
