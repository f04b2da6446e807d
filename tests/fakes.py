"""Test doubles for the ports: an in-memory register, letter store and outbox, and a decryptor
with a fixed codebook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from cases.drafts import (
    CaseParty,
    DraftId,
    DraftNotFound,
    DraftRecord,
    DraftStatus,
    FinalLetter,
    NewDraft,
)
from cases.errors import CaseNotFound, SubmissionNotFound
from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseParties,
    CaseStatus,
    Document,
    DocumentSummary,
    NewCase,
    NewSubmission,
    PendingSubmission,
    SignatureStatus,
    SubmissionId,
    SubmissionOutcome,
    SubmissionRecord,
)
from cases.outgoing import NewOutgoingMail, OutgoingId
from crypto.status import Decryption


@dataclass
class FakeRegister:
    """The Register port in memory, with the same numbering and dedupe rules as SqlRegister."""

    submissions: dict[int, NewSubmission] = field(default_factory=dict)
    raw: dict[str, bytes] = field(default_factory=dict)
    cases: dict[CaseNumber, Case] = field(default_factory=dict)
    documents: dict[int, list[Document]] = field(default_factory=dict)
    event_log: dict[CaseNumber, list[CaseEvent]] = field(default_factory=dict)
    outbox: list[NewOutgoingMail] = field(default_factory=list)
    parts: dict[int, dict[str, str]] = field(default_factory=dict)
    kept_letters: list[tuple[NewDraft, FinalLetter]] = field(default_factory=list)
    leases: dict[int, tuple[str, datetime]] = field(default_factory=dict)

    def submission_by_source(self, source: str) -> SubmissionRecord | None:
        for sid, sub in self.submissions.items():
            if sub.source == source:
                return self.get_submission(sid)
        return None

    def registered_copies(
        self, sources: Sequence[str], digests: Sequence[str]
    ) -> list[SubmissionRecord]:
        return [
            self.get_submission(sid)
            for sid, sub in sorted(self.submissions.items())
            if sub.source in sources or sub.sha256 in digests
        ]

    def find_original(
        self, message_id: str | None, sha256: str, before: SubmissionId | None = None
    ) -> SubmissionId | None:
        for sid, sub in sorted(self.submissions.items()):
            if before is not None and sid >= before:
                break
            if sub.sha256 == sha256 or (message_id and sub.message_id == message_id):
                return sid
        return None

    def get_submission(self, submission_id: SubmissionId) -> SubmissionRecord:
        if submission_id not in self.submissions:
            raise SubmissionNotFound(submission_id=submission_id)
        s = self.submissions[submission_id]
        docs = tuple(
            DocumentSummary(d.name, d.media_type, d.size, d.sha256)
            for d in self.documents.get(submission_id, [])
        )
        return SubmissionRecord(
            submission_id, s.source, s.message_id, s.sha256, s.received_at, s.sender, s.subject,
            s.outcome, s.case_number, s.reason, s.crypto, docs, attempts=s.attempts,
        )  # fmt: skip

    def raw_message(self, sha256: str) -> bytes:
        return self.raw[sha256]

    def store_raw(self, sha256: str, raw: bytes) -> None:
        self.raw.setdefault(sha256, raw)

    def store_raws(self, messages: Sequence[tuple[str, bytes]]) -> None:
        for sha256, raw in messages:
            self.store_raw(sha256, raw)

    def add_submission(self, submission: NewSubmission) -> SubmissionId:
        sid = len(self.submissions) + 1
        self.submissions[sid] = submission
        return sid

    def add_submissions(self, submissions: Sequence[NewSubmission]) -> list[SubmissionId]:
        return [self.add_submission(submission) for submission in submissions]

    def update_submission(self, submission_id: SubmissionId, submission: NewSubmission) -> None:
        old = self.submissions[submission_id]
        self.submissions[submission_id] = replace(
            submission, source=old.source, received_at=old.received_at
        )
        if submission.outcome is not SubmissionOutcome.PENDING:
            self.leases.pop(submission_id, None)

    def claim_pending(
        self, holder: str, now: datetime, lease: timedelta
    ) -> PendingSubmission | None:
        for sid, sub in sorted(self.submissions.items()):
            held = self.leases.get(sid)
            if sub.outcome is SubmissionOutcome.PENDING and (held is None or held[1] < now):
                self.leases[sid] = (holder, now + lease)
                self.submissions[sid] = replace(sub, attempts=sub.attempts + 1)
                return PendingSubmission(
                    sid, sub.source, sub.sha256, sub.received_at, sub.attempts + 1,
                    sub.message_id, sub.sender, sub.subject, sub.case_number,
                )  # fmt: skip
        return None

    def renew_lease(
        self,
        submission_id: SubmissionId,
        holder: str,
        now: datetime,
        lease: timedelta,
        *,
        count_attempt: bool = False,
    ) -> int | None:
        sub = self.submissions[submission_id]
        held = self.leases.get(submission_id)
        if sub.outcome is not SubmissionOutcome.PENDING or held is None or held[0] != holder:
            return None
        self.leases[submission_id] = (holder, now + lease)
        if count_attempt:
            sub = self.submissions[submission_id] = replace(sub, attempts=sub.attempts + 1)
        return sub.attempts

    def open_case(self, case: NewCase) -> Case:
        year = case.created_at.year
        sequence = 1 + sum(1 for number in self.cases if number.year == year)
        number = CaseNumber(year, sequence)
        self.cases[number] = Case(
            number, CaseStatus.RECEIVED, case.received_at, case.received_on,
            case.controller_email, case.title, case.section, None, case.controller_name,
        )  # fmt: skip
        return self.cases[number]

    def case_by_number(self, number: CaseNumber) -> Case | None:
        return self.cases.get(number)

    def case_for_message_ids(self, message_ids: Sequence[str]) -> Case | None:
        for sub in self.submissions.values():
            if sub.case_number and sub.message_id in message_ids:
                return self.cases[sub.case_number]
        return None

    def case_parties(self, number: CaseNumber) -> CaseParties:
        case = self.get_case(number)
        subs = [sub for sub in self.submissions.values() if sub.case_number == number]
        keys = {e.data.get("sender_key") for e in self.event_log.get(number, [])}
        keys |= {s.crypto.signer_fingerprint for s in subs if s.crypto.signature.value == "valid"}
        senders = frozenset(sub.sender for sub in subs if sub.sender)
        fingerprints = frozenset(str(k).upper() for k in keys if isinstance(k, str) and k)
        return CaseParties(case.controller_email, senders, fingerprints)

    def add_documents(
        self, submission_id: SubmissionId, case: CaseNumber | None, documents: Sequence[Document]
    ) -> None:
        self.documents.setdefault(submission_id, []).extend(documents)

    def get_case(self, number: CaseNumber) -> Case:
        if number not in self.cases:
            raise CaseNotFound(reference=number.canonical)
        return self.cases[number]

    def set_status(self, number: CaseNumber, status: CaseStatus) -> None:
        self.cases[number] = replace(self.get_case(number), status=status)

    def set_caseworker(self, number: CaseNumber, caseworker: str | None) -> None:
        self.cases[number] = replace(self.get_case(number), caseworker=caseworker)

    def set_submission_result(
        self, submission_id: int, outcome: SubmissionOutcome, parts: dict[str, str],
        reason: str | None,
    ) -> None:  # fmt: skip
        old = self.submissions[submission_id]
        self.submissions[submission_id] = replace(old, outcome=outcome, reason=reason)
        self.parts[submission_id] = dict(parts)
        if outcome is not SubmissionOutcome.PENDING:
            self.leases.pop(submission_id, None)

    def keep_letter(self, draft: NewDraft, final: FinalLetter) -> None:
        self.kept_letters.append((draft, final))

    def queue_mail(self, mail: NewOutgoingMail, at: datetime) -> int:
        self.outbox.append(mail)
        return len(self.outbox)

    def case_documents(self, number: CaseNumber) -> list[Document]:
        ids = [sid for sid, sub in self.submissions.items() if sub.case_number == number]
        return [doc for sid in ids for doc in self.documents.get(sid, [])]

    def cases_with_status(self, status: CaseStatus) -> list[Case]:
        return [case for case in self.cases.values() if case.status is status]

    def events(self, number: CaseNumber) -> list[CaseEvent]:
        return list(self.event_log.get(number, []))

    def next_document_number(self, case: CaseNumber) -> int:
        numbers = [e.data.get("document_number") for e in self.event_log.get(case, [])]
        return max((n for n in numbers if isinstance(n, int)), default=0) + 1

    def append_event(self, case: CaseNumber, event: CaseEvent) -> None:
        if case not in self.cases:
            raise CaseNotFound(reference=case.canonical)
        self.event_log.setdefault(case, []).append(event)


@dataclass
class FakeDecryptor:
    """Decrypts only ciphertexts it was told about (matched by a marker inside them)."""

    codebook: dict[bytes, bytes] = field(default_factory=dict)
    calls: int = 0
    known_senders: dict[str, str] = field(default_factory=dict)
    imported: list[bytes] = field(default_factory=list)

    def import_public_keys(self, data: bytes) -> list[object]:
        self.imported.append(data)
        return []

    def fingerprint_for(self, email: str) -> str | None:
        return self.known_senders.get(email)

    def verify_detached(self, data: bytes, signature: bytes) -> tuple[SignatureStatus, None]:
        return SignatureStatus.UNKNOWN_KEY, None

    def decrypt(self, ciphertext: bytes) -> Decryption:
        self.calls += 1
        for marker, plaintext in self.codebook.items():
            if marker in ciphertext:
                return Decryption(True, plaintext, None, "decryption ok", ("ABCDEF0123456789",))
        return Decryption(
            False, b"", "ikke kryptert til kontorets nøkkel", "no secret key",
            ("0011223344556677",), SignatureStatus.NONE,
        )  # fmt: skip


@dataclass
class FakeLetters:
    """The LetterStore port in memory, with SqlLetters' rules: a party per case, drafts of a
    kind superseded by the next one, finalising numbers and queues a draft."""

    parties: dict[CaseNumber, CaseParty] = field(default_factory=dict)
    records: dict[DraftId, DraftRecord] = field(default_factory=dict)

    def add(self, draft: NewDraft) -> DraftRecord:
        draft_id = len(self.records) + 1
        self.records[draft_id] = DraftRecord(
            draft_id, draft.case_number, draft.kind, DraftStatus.DRAFT, draft.content,
            draft.source, draft.source_format, draft.created_at, draft.created_by,
        )  # fmt: skip
        return self.records[draft_id]

    def get(self, draft_id: DraftId) -> DraftRecord:
        if draft_id not in self.records:
            raise DraftNotFound(draft_id=draft_id)
        return self.records[draft_id]

    def supersede_drafts(self, number: CaseNumber, kind: str) -> int:
        open_drafts = [
            r for r in self.for_case(number) if r.kind == kind and r.status is DraftStatus.DRAFT
        ]
        for record in open_drafts:
            self.records[record.id] = replace(record, status=DraftStatus.SUPERSEDED)
        return len(open_drafts)

    def finalise(self, draft_id: DraftId, final: FinalLetter) -> DraftRecord:
        self.records[draft_id] = replace(
            self.get(draft_id), status=DraftStatus.FINAL, content=final.content,
            document_number=final.document_number, finalised_at=final.finalised_at,
            finalised_by=final.finalised_by, outgoing_message_id=final.outgoing_message_id,
        )  # fmt: skip
        return self.records[draft_id]

    def last_document_number(self, number: CaseNumber) -> int:
        numbers = [r.document_number or 0 for r in self.for_case(number)]
        return max(numbers, default=0)

    def party(self, number: CaseNumber) -> CaseParty:
        return self.parties[number]

    def for_case(self, number: CaseNumber) -> list[DraftRecord]:
        return [r for _id, r in sorted(self.records.items()) if r.case_number == number]


@dataclass
class FakeOutbox:
    """The Outbox port in memory: the queued messages, numbered from 1."""

    queued: list[tuple[NewOutgoingMail, datetime]] = field(default_factory=list)

    def queue(self, mail: NewOutgoingMail, at: datetime) -> OutgoingId:
        self.queued.append((mail, at))
        return len(self.queued)
