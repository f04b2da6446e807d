"""Pure: the intake use case — each received message becomes a case, a document, or a record.

Every message ends as exactly one submission row with its original bytes: a new case, a document
attached to an existing case, a duplicate, an ignored automatic mail, or a quarantine entry with a
reason a caseworker can act on.

Intake runs in two stages. **Receive** (`run_receive`, one receiver per mailbox) stores each
message's bytes and a *pending* submission, commits, then moves the message: it neither decrypts
nor reads. **Process** (`run_process`, any number of workers) claims one pending submission at a
time with a lease, reads it (decryption included) outside any transaction, then judges, decides
and queues letters in one short transaction that first checks the lease is still its own. The
attempts are counted on the submission, so a message that kills its reader is quarantined after
`MAX_ATTEMPTS` whichever worker or run tried it.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, suppress
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from email.header import decode_header, make_header
from email.utils import parseaddr
from functools import partial
from typing import Protocol
from zoneinfo import ZoneInfo

from cases.errors import KeyringError, NotQuarantined
from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseParties,
    CryptoRecord,
    Document,
    NewCase,
    NewSubmission,
    PendingSubmission,
    SignatureStatus,
    SubmissionId,
    SubmissionOutcome,
    SubmissionRecord,
    parse_case_number,
)
from casework.assessment import (
    BODY_DOCUMENT_NAME,
    SYSTEM_ACTOR,
    AssessmentPolicy,
    assess_new_case,
    check_new_request,
    recheck_deficient_case,
)
from casework.ports import AssessmentRegister
from completeness import CompletenessReport
from intake.mailbox import FetchedMessage, Mailbox, is_refetch
from reading.message import InProcessReader, MessageFacts, MessageReader, Unreadable
from reading.parse import Envelope, ParsedMessage, ParseLimits, mail_text
from reading.unwrap import Decryptor

# Reads of one message that failed for a reason that may be the machine's (reading.message).
MAX_READ_ATTEMPTS = 3
# Processing attempts of one pending submission, across runs and workers: a worker that died
# while reading it (killed, out of memory) counts as one.
MAX_ATTEMPTS = MAX_READ_ATTEMPTS

log = logging.getLogger(__name__)


class Register(AssessmentRegister, Protocol):
    """The port to the case register (implemented by cases.repository.SqlRegister)."""

    def registered_copies(
        self, sources: Sequence[str], digests: Sequence[str]
    ) -> list[SubmissionRecord]: ...
    def find_original(
        self, message_id: str | None, sha256: str, before: SubmissionId | None = None
    ) -> SubmissionId | None: ...
    def get_submission(self, submission_id: SubmissionId) -> SubmissionRecord: ...
    def raw_message(self, sha256: str) -> bytes: ...
    def update_submission(self, submission_id: SubmissionId, submission: NewSubmission) -> None: ...
    def case_by_number(self, number: CaseNumber) -> Case | None: ...
    def case_parties(self, number: CaseNumber) -> CaseParties: ...
    def case_for_message_ids(self, message_ids: Sequence[str]) -> Case | None: ...
    def store_raw(self, sha256: str, raw: bytes) -> None: ...
    def store_raws(self, messages: Sequence[tuple[str, bytes]]) -> None: ...
    def add_submission(self, submission: NewSubmission) -> SubmissionId: ...
    def add_submissions(self, submissions: Sequence[NewSubmission]) -> list[SubmissionId]: ...
    def open_case(self, case: NewCase) -> Case: ...
    def add_documents(
        self, submission_id: SubmissionId, case: CaseNumber | None, documents: Sequence[Document]
    ) -> None: ...
    def claim_pending(
        self, holder: str, now: datetime, lease: timedelta
    ) -> PendingSubmission | None: ...
    def renew_lease(
        self,
        submission_id: SubmissionId,
        holder: str,
        now: datetime,
        lease: timedelta,
        *,
        count_attempt: bool = False,
    ) -> int | None: ...


class OfficeKeyring(Decryptor, Protocol):
    """The office's keyring: decrypts, and knows senders' keys for encrypting our letters."""

    def import_public_keys(self, data: bytes) -> Sequence[object]: ...
    def fingerprint_for(self, email: str) -> str | None: ...


@dataclass(frozen=True, slots=True)
class IntakePolicy:
    timezone: ZoneInfo = field(default_factory=lambda: ZoneInfo("Europe/Oslo"))
    limits: ParseLimits = field(default_factory=ParseLimits)
    section: str = ""
    # The completeness check and automatic letters; None leaves new cases `received`.
    assessment: AssessmentPolicy | None = None


@dataclass(frozen=True, slots=True)
class IntakeResult:
    submission_id: SubmissionId
    outcome: SubmissionOutcome
    case_number: CaseNumber | None = None
    reason: str | None = None
    already_registered: bool = False
    claim_lost: bool = False  # the lease went to another worker, which records the outcome

    @property
    def pending(self) -> bool:
        return self.outcome is SubmissionOutcome.PENDING

    @property
    def quarantined(self) -> bool:
        return self.outcome is SubmissionOutcome.QUARANTINED


def receipt_date(received_at: datetime, timezone: ZoneInfo) -> date:
    """T0: the office's calendar date of the server's receipt timestamp (P4, R-T-2)."""
    return received_at.astimezone(timezone).date()


def receive_message(
    fetched: FetchedMessage,
    *,
    register: Register,
    decryptor: OfficeKeyring,
    policy: IntakePolicy,
    now: datetime,
    reader: MessageReader | None = None,
) -> IntakeResult:
    """Record one message exactly once and decide what it becomes.

    ``reader`` reads the message (in a budgeted child process in production); by default it is
    read here with ``decryptor``.
    """
    known, fetched = _identify(fetched, register)
    if known is not None:
        return known
    base = ReceivedMessage(fetched, hashlib.sha256(fetched.raw).hexdigest(), policy, now)
    return _open_and_classify(base, register, decryptor, reader or InProcessReader(decryptor))


def _identify(
    fetched: FetchedMessage, register: Register
) -> tuple[IntakeResult | None, FetchedMessage]:
    """Is this message registered already? Decided by its identity *and* its bytes.

    Returns the stored outcome (the caller only moves the message: exactly once), or None and
    the message under a source no other row holds. A stored row with the same identity but other
    bytes is a collision (e.g. two mailboxes whose folders share a UIDVALIDITY, or a recreated
    folder): reported loudly and registered as new, never moved silently. The same bytes stored
    under an earlier UIDVALIDITY of the same mailbox are this message, renumbered by the server.
    """
    sha256 = hashlib.sha256(fetched.raw).hexdigest()
    return _identified(
        fetched, sha256, register.registered_copies(_names(fetched, sha256), [sha256])
    )


def _names(fetched: FetchedMessage, sha256: str) -> tuple[str, ...]:
    """The sources a stored copy of this message may be under: its identity, the identities
    older versions stored, and the spare one it gets when its identity is taken."""
    return (fetched.source, *fetched.legacy_sources, f"{fetched.source}#{sha256[:16]}")


def _identified(
    fetched: FetchedMessage, sha256: str, stored: Sequence[SubmissionRecord]
) -> tuple[IntakeResult | None, FetchedMessage]:
    """_identify on the submissions stored under its names or with its bytes, oldest first."""
    names = (fetched.source, *fetched.legacy_sources)
    spare = f"{fetched.source}#{sha256[:16]}"  # a new message under an identity that is taken
    for record in stored:
        if record.sha256 == sha256 and (
            record.source in (*names, spare) or is_refetch(record.source, fetched.source)
        ):
            known = IntakeResult(record.id, record.outcome, record.case_number, record.reason, True)
            return known, fetched
    taken = {record.source for record in stored if record.source in names}
    if not taken:
        return None, fetched
    log.warning(
        "identity collision: %s is registered with other bytes; registering this message "
        "(sha256 %s) as new",
        ", ".join(sorted(taken)), sha256[:16],
    )  # fmt: skip
    return None, (replace(fetched, source=spare) if fetched.source in taken else fetched)


def _store_original(fetched: FetchedMessage, register: Register) -> str:
    """Keep the bytes exactly as the server stored them (ciphertext stays ciphertext)."""
    sha256 = hashlib.sha256(fetched.raw).hexdigest()
    register.store_raw(sha256, fetched.raw)
    return sha256


def retry_quarantined(
    submission_id: SubmissionId,
    *,
    register: Register,
    decryptor: OfficeKeyring,
    policy: IntakePolicy,
    now: datetime,
    reader: MessageReader | None = None,
) -> IntakeResult:
    """Run intake again on a quarantined message's stored original (e.g. after a key import).

    The receipt time stays the original one (C15): the request was received when it arrived.
    """
    record = register.get_submission(submission_id)
    if record.outcome is not SubmissionOutcome.QUARANTINED:
        raise NotQuarantined(submission_id=submission_id)
    raw = register.raw_message(record.sha256)
    fetched = FetchedMessage(record.source, record.source, raw, record.received_at)
    base = ReceivedMessage(fetched, record.sha256, policy, now, existing_id=submission_id,
                 attempts=record.attempts)  # fmt: skip
    return _open_and_classify(base, register, decryptor, reader or InProcessReader(decryptor))


def _open_and_classify(
    base: ReceivedMessage, register: Register, decryptor: OfficeKeyring, reader: MessageReader
) -> IntakeResult:
    limit = base.policy.limits.max_message_bytes
    if len(base.fetched.raw) > limit:
        register.store_raw(base.sha256, base.fetched.raw)
        reason = f"over størrelsesgrensen ({limit // (1024 * 1024)} MB)"
        return base.record(register, SubmissionOutcome.QUARANTINED, reason)
    facts, base = _read(base, reader)
    # Stored after reading: a write would hold SQLite's lock while the child reads.
    register.store_raw(base.sha256, base.fetched.raw)
    if isinstance(facts, Unreadable):
        return base.record(register, SubmissionOutcome.QUARANTINED, facts.reason)
    base = base.with_envelope(facts.envelope, facts.subject, facts.crypto)
    return _classify(base, facts, register, decryptor)


def _read(
    base: ReceivedMessage, reader: MessageReader
) -> tuple[MessageFacts | Unreadable, ReceivedMessage]:
    """Read the message; a failure that may be the machine's is tried again a few times."""
    attempt = 1
    facts = reader.read(base.fetched.raw, base.policy.limits)
    while isinstance(facts, Unreadable) and facts.retry and attempt < MAX_READ_ATTEMPTS:
        attempt += 1
        facts = reader.read(base.fetched.raw, base.policy.limits)
    attempts = base.attempts + attempt if base.existing_id is not None else attempt
    if isinstance(facts, Unreadable) and facts.retry:
        facts = Unreadable(f"{facts.reason} (etter {attempt} forsøk)")
    return facts, replace(base, attempts=attempts)


def _classify(
    base: ReceivedMessage,
    facts: MessageFacts,
    register: Register,
    decryptor: OfficeKeyring,
    judged: CompletenessReport | None = None,
) -> IntakeResult:
    """What the message becomes. ``judged``: the completeness check of the request made before
    this transaction (_judge_ahead), used should the message open a new case."""
    policy, envelope = base.policy, facts.envelope
    if facts.failures:  # first: what we cannot read is always visible, even a bounce or a copy
        return base.record(register, SubmissionOutcome.QUARANTINED, "; ".join(facts.failures))
    original = register.find_original(envelope.message_id, base.sha256, base.existing_id)
    if original is not None:
        return base.record(register, SubmissionOutcome.DUPLICATE, None, duplicate_of=original)
    if envelope.automatic:
        return base.record(register, SubmissionOutcome.IGNORED, envelope.automatic)
    parsed = facts.parsed
    if parsed is None:  # read_message parses every message that is neither failed nor automatic
        raise ValueError("the reader left a message unparsed")
    if parsed.problems:
        return base.record(register, SubmissionOutcome.QUARANTINED, "; ".join(parsed.problems))
    documents = _documents(parsed, envelope)
    named = _case_named(base.subject, register)
    if named is not None and is_entitled(
        register.case_parties(named.number), base.sender, base.crypto
    ):
        return base.attach(register, named, documents)
    thread = register.case_for_message_ids([*envelope.in_reply_to, *envelope.references])
    if thread is not None:  # a reply in the case's own thread (our letters, its messages)
        return base.attach(register, thread, documents)
    if named is not None:
        return base.unknown_follow_up(register, named, documents)
    sender_key = _sender_key(decryptor, envelope.sender, parsed.documents)
    return base.open(register, envelope, documents, policy, sender_key, judged)


def _documents(parsed: ParsedMessage, envelope: Envelope) -> list[Document]:
    """What a message adds to the register: its mail text first, then its documents."""
    return [_body_document(mail_text(parsed.body, envelope)), *parsed.documents]


def _may_judge_ahead(message: ReceivedMessage, facts: MessageFacts) -> bool:
    """Is the message a new request, to be judged before the transaction that opens its case?
    The case is then opened, judged and answered in one transaction, and the year's case counter
    stays locked for milliseconds, not for the check.

    Otherwise the case is opened and committed first, and judged apart: when the message may not
    open a case at all (it names a case or answers a thread: judging it would be wasted), and
    when an earlier attempt ended without an outcome (the judgement may be what killed the
    worker: with the case committed first, the attempts after it leave it to a caseworker).
    """
    parsed, envelope = facts.parsed, facts.envelope
    if message.policy.assessment is None or parsed is None or message.attempts != 1:
        return False
    if facts.failures or envelope.automatic or parsed.problems:
        return False
    return not (parse_case_number(message.subject) or envelope.in_reply_to or envelope.references)


def _judge_ahead(message: ReceivedMessage, facts: MessageFacts) -> CompletenessReport:
    """The completeness check of a new request before its case is opened, on what the case
    will hold: its title, sender and day of receipt, and its documents as the register keeps
    them (texts, not bytes: SqlRegister.case_documents)."""
    assessment, parsed = message.policy.assessment, facts.parsed
    if assessment is None or parsed is None:
        raise ValueError("only a read request with an assessment policy is judged ahead")
    documents = _documents(parsed, facts.envelope)
    documents = [replace(document, content=b"") for document in documents]
    case = message.new_case(facts.envelope, message.policy)
    return check_new_request(assessment, case, documents[0].text, documents[1:])


def _sender_key(keyring: OfficeKeyring, sender: str, documents: Sequence[Document]) -> str | None:
    """The sender's public key: attached to their mail (learnt now) or already in the keyring."""
    for document in documents:
        if document.media_type == "application/pgp-keys":
            with suppress(KeyringError):  # a broken key must not stop the request
                keyring.import_public_keys(document.content)
    return keyring.fingerprint_for(sender) if sender else None


def _case_named(subject: str, register: Register) -> Case | None:
    """The existing case whose reference the subject carries (anyone can write one)."""
    number = parse_case_number(subject)
    return register.case_by_number(number) if number else None


# Anyone can have an address here: on these domains only the very address counts.
PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "live.no",
    "msn.com", "yahoo.com", "yahoo.no", "icloud.com", "me.com", "aol.com", "proton.me",
    "protonmail.com", "online.no", "gmx.com", "gmx.net", "mail.com",
})  # fmt: skip


def is_entitled(parties: CaseParties, sender: str, crypto: CryptoRecord) -> bool:
    """May this sender add documents to the case by naming it? Its controller's
    address or organisation domain, a sender already registered in it, or a valid signature by
    a key known for it."""
    sender = sender.lower()
    if not sender:
        return False
    if sender == parties.controller_email or sender in parties.senders:
        return True
    domain = sender.rpartition("@")[2]
    controller_domain = parties.controller_email.rpartition("@")[2]
    if domain and domain == controller_domain and domain not in PUBLIC_MAIL_DOMAINS:
        return True
    signer = (crypto.signer_fingerprint or "").upper()
    return crypto.signature is SignatureStatus.VALID and signer in parties.fingerprints


def _body_document(body: str) -> Document:
    """The mail text as stored (a later judgement reads it, not the message)."""
    data = body.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    return Document(BODY_DOCUMENT_NAME, "text/plain", len(data), digest, body, data)


@dataclass(frozen=True, slots=True)
class ReceivedMessage:
    """What every outcome of one message shares; records the submission row."""

    fetched: FetchedMessage
    sha256: str
    policy: IntakePolicy
    now: datetime
    message_id: str | None = None
    sender: str = ""
    sender_name: str = ""
    subject: str = ""
    crypto: CryptoRecord = CryptoRecord()
    existing_id: SubmissionId | None = None  # set when re-running a quarantined submission
    attempts: int = 1  # reads of the message so far (a failed read may be tried again)
    # The process stage: a new case not judged before its transaction (_may_judge_ahead) is
    # opened and committed first (the year's case counter is locked only that long), and judged
    # and answered in a second transaction.
    assess_later: bool = False

    def with_envelope(
        self, envelope: Envelope, protected_subject: str | None, crypto: CryptoRecord
    ) -> ReceivedMessage:
        subject = protected_subject or envelope.subject
        return ReceivedMessage(
            self.fetched, self.sha256, self.policy, self.now, envelope.message_id,
            envelope.sender, envelope.sender_name, subject, crypto, self.existing_id,
            self.attempts, self.assess_later,
        )  # fmt: skip

    @property
    def today(self) -> date:
        """The office's calendar date of this run (letters are dated today)."""
        return self.now.astimezone(self.policy.timezone).date()

    @property
    def received_on(self) -> date:
        return receipt_date(self.fetched.received_at, self.policy.timezone)

    def submission(
        self,
        outcome: SubmissionOutcome,
        reason: str | None,
        case: CaseNumber | None = None,
        duplicate_of: SubmissionId | None = None,
    ) -> NewSubmission:
        return NewSubmission(
            self.fetched.source, self.message_id, self.sha256, self.fetched.received_at,
            self.received_on, self.now, self.sender, self.subject, outcome, self.crypto, case,
            duplicate_of, reason, self.attempts,
        )  # fmt: skip

    def persist(self, register: Register, submission: NewSubmission) -> SubmissionId:
        if self.existing_id is None:
            return register.add_submission(submission)
        register.update_submission(self.existing_id, submission)
        return self.existing_id

    def record(
        self,
        register: Register,
        outcome: SubmissionOutcome,
        reason: str | None,
        duplicate_of: SubmissionId | None = None,
    ) -> IntakeResult:
        sid = self.persist(register, self.submission(outcome, reason, None, duplicate_of))
        return IntakeResult(sid, outcome, None, reason)

    def attach(self, register: Register, case: Case, documents: Sequence[Document]) -> IntakeResult:
        outcome = SubmissionOutcome.ATTACHED
        sid = self.persist(register, self.submission(outcome, None, case.number))
        register.add_documents(sid, case.number, documents)
        number = register.next_document_number(case.number)
        register.append_event(case.number, self.event("document_received", sid, number))
        if self.policy.assessment is not None:
            recheck_deficient_case(
                register, case.number, policy=self.policy.assessment, now=self.now,
                today=self.today,
            )  # fmt: skip
        return IntakeResult(sid, outcome, case.number)

    def unknown_follow_up(
        self, register: Register, case: Case, documents: Sequence[Document]
    ) -> IntakeResult:
        """A mail naming a case, from someone not known in it: kept for a caseworker to judge,
        outside the case (no new case, nothing added to the case's documents)."""
        outcome = SubmissionOutcome.NEEDS_REVIEW
        reason = f"oppfølging fra ukjent avsender (viser til sak {case.number.canonical})"
        sid = self.persist(register, self.submission(outcome, reason))
        register.add_documents(sid, None, documents)
        data: dict[str, object] = {"submission_id": sid, "sender": self.sender}
        register.append_event(
            case.number, CaseEvent("follow_up_from_unknown_sender", self.now, SYSTEM_ACTOR, data)
        )
        return IntakeResult(sid, outcome, None, reason)

    def new_case(self, envelope: Envelope, policy: IntakePolicy) -> NewCase:
        title = self.subject.strip() or "Anmodning om forhåndsdrøftelse"
        return NewCase(
            self.fetched.received_at, self.received_on, envelope.sender,
            envelope.sender_name, title[:500], policy.section, self.now,
        )  # fmt: skip

    def open(
        self,
        register: Register,
        envelope: Envelope,
        documents: Sequence[Document],
        policy: IntakePolicy,
        sender_key: str | None = None,
        judged: CompletenessReport | None = None,
    ) -> IntakeResult:
        case = register.open_case(self.new_case(envelope, policy))
        later = self.assess_later and policy.assessment is not None and judged is None
        outcome = SubmissionOutcome.PENDING if later else SubmissionOutcome.RECEIVED
        sid = self.persist(register, self.submission(outcome, None, case.number))
        register.add_documents(sid, case.number, documents)
        # the sender's key, if known: our letters to them go encrypted (R-AC-7)
        register.append_event(case.number, self.event("received", sid, 1, sender_key=sender_key))
        if later:  # still pending, with its case: judged once this transaction has committed
            return IntakeResult(sid, outcome, case.number)
        if policy.assessment is not None:
            decision = assess_new_case(
                register, case, sid, documents[0].text, documents[1:],
                policy=policy.assessment, now=self.now, today=self.today, report=judged,
            )  # fmt: skip
            outcome = decision.outcome
        return IntakeResult(sid, outcome, case.number)

    def event(
        self, kind: str, submission_id: SubmissionId, document_number: int, **extra: object
    ) -> CaseEvent:
        """An incoming journal entry («Inngående dokument») with its document number."""
        data: dict[str, object] = extra | {
            "submission_id": submission_id,
            "document_number": document_number,
            "received_at": self.fetched.received_at.isoformat(),
            "encryption": self.crypto.encryption_label,
            "signature": self.crypto.signature.value,
        }
        return CaseEvent(kind, self.now, SYSTEM_ACTOR, data)


def record_failure(
    fetched: FetchedMessage, *, register: Register, policy: IntakePolicy, now: datetime, error: str
) -> IntakeResult:
    """Quarantine a message that made intake fail unexpectedly, keeping its bytes (never lost)."""
    known, fetched = _identify(fetched, register)
    if known is not None:
        return known
    sha256 = _store_original(fetched, register)
    reason = f"intern feil under mottak ({error}); meldingen er lagret, meld fra til drift"
    return ReceivedMessage(fetched, sha256, policy, now).record(
        register, SubmissionOutcome.QUARANTINED, reason
    )


@dataclass
class IntakeSummary:
    counts: dict[str, int] = field(default_factory=dict)
    another_receiver: bool = False  # the run did nothing: another one holds the mailbox

    def add(self, result: IntakeResult) -> None:
        if result.claim_lost:
            key = "claim_lost"
        elif result.pending:  # received, waiting for the process stage (now or before)
            key = SubmissionOutcome.PENDING.value
        elif result.already_registered:
            key = "already_registered"
        else:
            key = result.outcome.value
        self.counts[key] = self.counts.get(key, 0) + 1

    def merge(self, other: IntakeSummary) -> IntakeSummary:
        counts = dict(self.counts)
        for key, count in other.counts.items():
            counts[key] = counts.get(key, 0) + count
        return IntakeSummary(counts, self.another_receiver or other.another_receiver)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# --- stage 1: receive ---------------------------------------------------------------------------
_HEAD_BYTES = 64 * 1024  # the header block read at receipt; the rest waits for the reader
_HEADER_CHARS = 998  # RFC 5322's line limit: more is not decoded at receipt


def accept_message(
    fetched: FetchedMessage, *, register: Register, policy: IntakePolicy, now: datetime
) -> IntakeResult:
    """The receive stage for one message: its bytes and a pending submission, or the stored
    outcome of a message registered already. Nothing is decrypted or read; the Message-ID, the
    sender and the subject are taken from the outer header so that a quarantine row names them
    even when the message can never be read."""
    known, fetched = _identify(fetched, register)
    if known is not None:
        return known
    sha256 = _store_original(fetched, register)
    return IntakeResult(register.add_submission(_pending(fetched, sha256, policy, now)), _PENDING)


_PENDING = SubmissionOutcome.PENDING


def _pending(
    fetched: FetchedMessage, sha256: str, policy: IntakePolicy, now: datetime
) -> NewSubmission:
    """A received message's pending submission, named from its outer header."""
    message_id, sender, subject = outer_header(fetched.raw)
    message = ReceivedMessage(fetched, sha256, policy, now, message_id, sender, "", subject,
                              attempts=0)  # fmt: skip
    return message.submission(_PENDING, None)


def accept_messages(
    chunk: Sequence[FetchedMessage], *, register: Register, policy: IntakePolicy, now: datetime
) -> list[IntakeResult]:
    """accept_message for each message of a receive chunk, in one transaction: one query for
    what is registered already, one statement for their bytes and one for their submissions.

    Each message is identified as accept_message identifies it; a chunk where two messages have
    the same bytes or a name in common (one could be identified by the other) is taken one
    message after the other, as accept_message does.
    """
    digests = [hashlib.sha256(fetched.raw).hexdigest() for fetched in chunk]
    names = [_names(fetched, sha256) for fetched, sha256 in zip(chunk, digests, strict=True)]
    every = [name for own in names for name in own]
    if len(set(digests)) < len(digests) or len(set(every)) < len(every):
        return [accept_message(f, register=register, policy=policy, now=now) for f in chunk]
    stored = register.registered_copies(every, digests)
    results: list[IntakeResult | None] = []
    new: list[tuple[FetchedMessage, str]] = []
    for fetched, sha256, own in zip(chunk, digests, names, strict=True):
        mine = [record for record in stored if record.source in own or record.sha256 == sha256]
        known, fetched = _identified(fetched, sha256, mine)
        results.append(known)
        if known is None:
            new.append((fetched, sha256))
    submissions = [_pending(fetched, sha256, policy, now) for fetched, sha256 in new]
    register.store_raws([(sha256, fetched.raw) for fetched, sha256 in new])
    ids = iter(register.add_submissions(submissions))
    return [IntakeResult(next(ids), _PENDING) if r is None else r for r in results]


def outer_header(raw: bytes) -> tuple[str | None, str, str]:
    """Message-ID, sender address and subject of the outer header, cheaply and boundedly: a
    capped header block, unfolded by hand, no MIME parsing (the reader does that, budgeted)."""
    head = re.split(rb"\r?\n\r?\n", raw[:_HEAD_BYTES], maxsplit=1)[0]
    fields: dict[str, str] = {}
    for line in re.split(rb"\r?\n(?![ \t])", head):
        name, colon, value = line.partition(b":")
        key = name.strip().lower().decode("ascii", "replace")
        if colon and key in ("message-id", "from", "subject") and key not in fields:
            text = value.decode("utf-8", "replace")[:_HEADER_CHARS]
            fields[key] = " ".join(text.replace("\x00", "").split())
    message_id = "".join(fields.get("message-id", "").split()) or None
    sender = _decoded(fields.get("from", ""))
    address = parseaddr(sender)[1].lower()
    return message_id, (address if len(address) <= 320 else ""), _decoded(fields.get("subject", ""))


def _decoded(value: str) -> str:
    """RFC 2047 encoded words decoded (the value is capped, so this stays cheap)."""
    try:
        return str(make_header(decode_header(value))).replace("\x00", "")
    except (ValueError, LookupError, UnicodeError):
        return value


def run_receive(
    mailbox: Mailbox,
    *,
    open_register: Callable[[], AbstractContextManager[Register]],
    policy: IntakePolicy,
    clock: Callable[[], datetime],
    batch_size: int = 50,
    transient: tuple[type[BaseException], ...] = (),
    on_result: Callable[[IntakeResult], None] | None = None,
) -> IntakeSummary:
    """Receive once: commit each message's bytes and pending submission, then move it.

    Every message goes to the processed folder: what becomes of it is decided by the process
    stage, and a quarantine is a state in the register. ``transient`` are the register's own
    faults (the database is down): they stop the run for a retry.
    """
    summary = IntakeSummary()
    chunk: list[FetchedMessage] = []

    def settle() -> None:
        results = _accept_chunk(chunk, open_register, policy, clock, transient)
        if chunk:  # committed: now they may leave the folder, with one move for the chunk
            mailbox.mark_all_processed(chunk)
        for result in results:
            summary.add(result)
            if on_result is not None:
                on_result(result)
        chunk.clear()

    for fetched in mailbox.fetch_new(batch_size):
        chunk.append(fetched)
        if len(chunk) >= RECEIVE_CHUNK:
            settle()
    settle()
    return summary


# Messages stored per transaction by the receive stage: one commit (and its fsync) for many.
RECEIVE_CHUNK = 20


def _accept_chunk(
    chunk: Sequence[FetchedMessage],
    open_register: Callable[[], AbstractContextManager[Register]],
    policy: IntakePolicy,
    clock: Callable[[], datetime],
    transient: tuple[type[BaseException], ...],
) -> list[IntakeResult]:
    """Store a few messages in one transaction; if any of them fails, store each on its own
    (nothing of the failed transaction was committed, so each ends exactly once)."""
    if not chunk:
        return []
    try:
        with open_register() as register:
            return accept_messages(chunk, register=register, policy=policy, now=clock())
    except transient:
        raise
    except Exception:  # one of them is at fault: find it, message by message
        log.warning("storing %d received messages together failed; storing each alone", len(chunk))
    return [_accept_isolated(fetched, open_register, policy, clock, transient) for fetched in chunk]


def _accept_isolated(
    fetched: FetchedMessage,
    open_register: Callable[[], AbstractContextManager[Register]],
    policy: IntakePolicy,
    clock: Callable[[], datetime],
    transient: tuple[type[BaseException], ...],
) -> IntakeResult:
    """One message in its own transaction; a bug in one message never stops the batch."""
    try:
        with open_register() as register:
            return accept_message(fetched, register=register, policy=policy, now=clock())
    except transient:
        raise
    except Exception as exc:  # the outermost per-message guard (docs/architecture.md §6)
        with open_register() as register:
            return record_failure(
                fetched, register=register, policy=policy, now=clock(), error=type(exc).__name__
            )


# --- stage 2: process ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Lease:
    """Who claims pending submissions, and for how long a claim holds without renewal."""

    holder: str
    duration: timedelta


ONE_RUN = Lease("this-run", timedelta(minutes=10))  # one process, both stages (tests, tools)


def run_process(
    *,
    open_register: Callable[[], AbstractContextManager[Register]],
    decryptor: OfficeKeyring,
    policy: IntakePolicy,
    clock: Callable[[], datetime],
    lease: Lease,
    reader: MessageReader | None = None,
    limit: int | None = None,
    transient: tuple[type[BaseException], ...] = (),
    on_result: Callable[[IntakeResult], None] | None = None,
) -> IntakeSummary:
    """Process pending submissions one claim at a time until none is free (or ``limit``).

    Any number of these run in parallel, on any host: each submission is claimed by one of
    them, and its outcome is recorded once.
    """
    summary = IntakeSummary()
    read = reader or InProcessReader(decryptor)
    while limit is None or summary.total < limit:
        result = process_next(
            open_register=open_register, decryptor=decryptor, policy=policy, clock=clock,
            lease=lease, reader=read, transient=transient,
        )  # fmt: skip
        if result is None:
            break
        summary.add(result)
        if on_result is not None:
            on_result(result)
    return summary


def process_next(
    *,
    open_register: Callable[[], AbstractContextManager[Register]],
    decryptor: OfficeKeyring,
    policy: IntakePolicy,
    clock: Callable[[], datetime],
    lease: Lease,
    reader: MessageReader,
    transient: tuple[type[BaseException], ...] = (),
) -> IntakeResult | None:
    """Claim the oldest free pending submission and settle it; None when none is free."""
    with open_register() as register:
        claim = register.claim_pending(lease.holder, clock(), lease.duration)
        raw = register.raw_message(claim.sha256) if claim is not None else b""
    if claim is None:
        return None
    fetched = FetchedMessage(claim.source, claim.source, raw, claim.received_at)
    message = ReceivedMessage(
        fetched, claim.sha256, policy, clock(), claim.message_id, claim.sender, "",
        claim.subject, existing_id=claim.id, attempts=claim.attempts, assess_later=True,
    )  # fmt: skip
    try:
        return _process_claimed(
            message, claim.case_number, open_register, decryptor, reader, clock, lease, transient
        )
    except transient:
        raise
    except Exception as exc:  # the outermost per-message guard (docs/architecture.md §6)
        with open_register() as register:
            opened = register.get_submission(claim.id).case_number
        if opened is not None:  # its case is open: a caseworker judges it
            reason = f"{_NOT_JUDGED} ({type(exc).__name__})"
            return _settle(message, open_register, clock, lease, _RECEIVED, reason, opened)
        reason = f"intern feil under behandling ({type(exc).__name__}); {_KEPT}"
        return _settle(message, open_register, clock, lease, SubmissionOutcome.QUARANTINED, reason)


_KEPT = "originalen er lagret og kan prøves igjen med «saksflyt quarantine retry»"
_NOT_JUDGED = "saken er opprettet, men den automatiske vurderingen stoppet; vurder den manuelt"
_RECEIVED = SubmissionOutcome.RECEIVED


def _process_claimed(
    message: ReceivedMessage,
    case_number: CaseNumber | None,
    open_register: Callable[[], AbstractContextManager[Register]],
    decryptor: OfficeKeyring,
    reader: MessageReader,
    clock: Callable[[], datetime],
    lease: Lease,
    transient: tuple[type[BaseException], ...] = (),
) -> IntakeResult:
    quarantined = SubmissionOutcome.QUARANTINED
    if case_number is not None and message.attempts > MAX_ATTEMPTS:  # judging kills the worker
        reason = f"{_NOT_JUDGED} ({message.attempts - 1} forsøk)"
        return _settle(message, open_register, clock, lease, _RECEIVED, reason, case_number)
    if case_number is not None:  # opened by an earlier attempt that died before judging it
        return _assess_opened(message, case_number, open_register, clock, lease)
    if message.attempts > MAX_ATTEMPTS:  # the earlier attempts ended with no outcome at all
        reason = (
            f"behandlingen av meldingen stoppet uten resultat {message.attempts - 1} ganger "
            f"(prosessen døde eller ble stoppet); {_KEPT}"
        )
        return _settle(message, open_register, clock, lease, quarantined, reason)
    limit = message.policy.limits.max_message_bytes
    if len(message.fetched.raw) > limit:
        reason = f"over størrelsesgrensen ({limit // (1024 * 1024)} MB)"
        return _settle(message, open_register, clock, lease, quarantined, reason)
    facts, message = _read_counted(message, reader, open_register, clock, lease)
    if facts is None:
        return _lost(message)
    if isinstance(facts, Unreadable):
        return _settle(message, open_register, clock, lease, quarantined, facts.reason)
    read = message.with_envelope(facts.envelope, facts.subject, facts.crypto)
    record = partial(_record_read, read, facts, open_register, decryptor, clock, lease)
    if not _may_judge_ahead(read, facts):
        return record(None)
    try:  # judged first, then opened, judged and answered in one transaction
        return record(_judge_ahead(read, facts))
    except transient:
        raise
    except Exception:  # the fault shows again in the usual order, where the guard records it
        log.warning("judging a new request before opening its case failed; opened first")
    return record(None)


def _record_read(
    read: ReceivedMessage,
    facts: MessageFacts,
    open_register: Callable[[], AbstractContextManager[Register]],
    decryptor: OfficeKeyring,
    clock: Callable[[], datetime],
    lease: Lease,
    judged: CompletenessReport | None,
) -> IntakeResult:
    """Record what a read message becomes. A new case is opened and committed, then judged and
    answered in a second transaction; or, ``judged`` ahead, all of it in one."""
    with open_register() as register:
        if not _still_held(read, register, clock, lease):
            return _lost(read)
        result = _classify(replace(read, now=clock()), facts, register, decryptor, judged)
    if result.pending and result.case_number is not None:  # a new case, committed: judge it
        return _assess_opened(read, result.case_number, open_register, clock, lease)
    return result


def _read_counted(
    message: ReceivedMessage,
    reader: MessageReader,
    open_register: Callable[[], AbstractContextManager[Register]],
    clock: Callable[[], datetime],
    lease: Lease,
) -> tuple[MessageFacts | Unreadable | None, ReceivedMessage]:
    """Read; a failure that may be the machine's is tried again, each attempt counted on the
    submission before it starts (None: the lease went to another worker meanwhile)."""
    facts = reader.read(message.fetched.raw, message.policy.limits)
    while isinstance(facts, Unreadable) and facts.retry:
        if message.attempts >= MAX_ATTEMPTS:
            return Unreadable(f"{facts.reason} (etter {message.attempts} forsøk)"), message
        with open_register() as register:
            attempts = register.renew_lease(
                message.existing_id or 0, lease.holder, clock(), lease.duration,
                count_attempt=True,
            )  # fmt: skip
        if attempts is None:
            return None, message
        message = replace(message, attempts=attempts)
        facts = reader.read(message.fetched.raw, message.policy.limits)
    return facts, message


def _assess_opened(
    message: ReceivedMessage,
    number: CaseNumber,
    open_register: Callable[[], AbstractContextManager[Register]],
    clock: Callable[[], datetime],
    lease: Lease,
) -> IntakeResult:
    """Judge a new case from its stored documents, record the outcome and queue its letter, in
    one transaction of the lease holder (the case's own row is all it locks)."""
    assessment = message.policy.assessment
    with open_register() as register:
        if not _still_held(message, register, clock, lease):
            return _lost(message)
        case = register.case_by_number(number)
        sid = message.existing_id or 0
        if case is None or assessment is None:
            raise ValueError(f"submission {sid}: its case {number} is gone")
        documents = register.case_documents(number)
        message = replace(message, now=clock())
        decision = assess_new_case(
            register, case, sid, documents[0].text, documents[1:], policy=assessment,
            now=message.now, today=message.today,
        )  # fmt: skip
        return IntakeResult(sid, decision.outcome, number)


def _still_held(
    message: ReceivedMessage, register: Register, clock: Callable[[], datetime], lease: Lease
) -> bool:
    """Renew the lease in the recording transaction (on PostgreSQL this locks the row until the
    outcome commits): False when another worker took the submission meanwhile."""
    renewed = register.renew_lease(message.existing_id or 0, lease.holder, clock(), lease.duration)
    return renewed is not None


def _settle(
    message: ReceivedMessage,
    open_register: Callable[[], AbstractContextManager[Register]],
    clock: Callable[[], datetime],
    lease: Lease,
    outcome: SubmissionOutcome,
    reason: str,
    case: CaseNumber | None = None,
) -> IntakeResult:
    with open_register() as register:
        if not _still_held(message, register, clock, lease):
            return _lost(message)
        if case is None:
            return replace(message, now=clock()).record(register, outcome, reason)
        settled = replace(message, now=clock())
        sid = settled.persist(register, settled.submission(outcome, reason, case))
        return IntakeResult(sid, outcome, case, reason)


def _lost(message: ReceivedMessage) -> IntakeResult:
    log.warning("submission %s: the lease went to another worker", message.existing_id)
    sid = message.existing_id or 0
    return IntakeResult(sid, SubmissionOutcome.PENDING, claim_lost=True)


def run_intake(
    mailbox: Mailbox,
    *,
    open_register: Callable[[], AbstractContextManager[Register]],
    decryptor: OfficeKeyring,
    policy: IntakePolicy,
    clock: Callable[[], datetime],
    lease: Lease = ONE_RUN,
    batch_size: int = 50,
    transient: tuple[type[BaseException], ...] = (),
    on_result: Callable[[IntakeResult], None] | None = None,
    reader: MessageReader | None = None,
) -> IntakeSummary:
    """Both stages in order: receive the mailbox, then process what is pending.

    The summary counts each message once: by its outcome, or as registered already.
    """

    def received(result: IntakeResult) -> None:
        if not result.pending and on_result is not None:
            on_result(result)

    received_summary = run_receive(
        mailbox, open_register=open_register, policy=policy, clock=clock,
        batch_size=batch_size, transient=transient, on_result=received,
    )  # fmt: skip
    received_summary.counts.pop(SubmissionOutcome.PENDING.value, None)
    processed = run_process(
        open_register=open_register, decryptor=decryptor, policy=policy, clock=clock,
        lease=lease, reader=reader, transient=transient, on_result=on_result,
    )  # fmt: skip
    return received_summary.merge(processed)
