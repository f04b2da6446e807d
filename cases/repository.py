"""The register's repository over a SQLAlchemy session (I/O); it never commits."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import JSON, func, select, type_coerce, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from cases import leases, sealed, statements
from cases.drafts import FinalLetter, NewDraft
from cases.errors import CaseNotFound, SubmissionNotFound
from cases.letters import SqlLetters
from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseParties,
    CaseStatus,
    CryptoRecord,
    Document,
    DocumentSummary,
    Encryption,
    NewCase,
    NewSubmission,
    PendingSubmission,
    SignatureStatus,
    SubmissionId,
    SubmissionOutcome,
    SubmissionRecord,
)
from cases.orm import (
    CaseCounterRow,
    CaseEventRow,
    CaseRow,
    DocumentRow,
    RawMessageRow,
    SubmissionRow,
)
from cases.orm_keys import case_key, office_key
from cases.orm_outbox import OutgoingMessageRow
from cases.outbox import SqlOutbox
from cases.outgoing import NewOutgoingMail
from cases.readmodel import CLOCK_EVENT_KINDS, clock_log


class SqlRegister:
    """The case register in one transaction owned by the caller (config.wiring.register).

    What it adds or changes goes to the database with the session's next flush: before the next
    ORM query (autoflush) or at the commit, so the rows one message adds go in a few statements
    (rows of a table together, two updates of a row as one). A method flushes at once only when
    it needs a generated id, before a Core query (which does not autoflush), or to take a lock.
    A submission's documents go at once, in one Core INSERT of their own (add_documents).
    """

    def __init__(self, session: Session, message_id_domain: str) -> None:
        self._session = session
        self._message_id_domain = message_id_domain
        # Case rows by number: one transaction asks for the same case several times per message.
        self._case_rows: dict[CaseNumber, CaseRow] = {}
        # A case's log and documents as this transaction read them, until it adds to them: the
        # automatic letter reads both again right after the judgement (two SELECTs per new case).
        self._events: dict[CaseNumber, list[CaseEvent]] = {}
        self._documents: dict[CaseNumber, list[Document]] = {}
        self._leased: dict[SubmissionId, SubmissionRow] = {}  # rows whose lease was renewed
        self._locked_cases: set[int] = set()  # held until the transaction ends (_lock_case)
        # Cases this transaction opened: no other transaction sees them before it commits, so
        # their log and documents are what it wrote, kept here as they are written (a new case
        # is judged and answered in the transaction that opens it: two SELECTs fewer).
        self._opened: set[CaseNumber] = set()

    # --- submissions -------------------------------------------------------------------------
    def submission_by_source(self, source: str) -> SubmissionRecord | None:
        row = self._session.scalar(select(SubmissionRow).where(SubmissionRow.source == source))
        return None if row is None else self._record(row, with_documents=False)

    def registered_copies(
        self, sources: Sequence[str], digests: Sequence[str]
    ) -> list[SubmissionRecord]:
        """Submissions stored under any of these sources, or with any of these bytes (their
        sha256), oldest first."""
        query = (
            select(SubmissionRow)
            .where(SubmissionRow.source.in_(list(sources)) | SubmissionRow.sha256.in_(digests))
            .order_by(SubmissionRow.id)
        )
        rows = self._session.scalars(query)
        return [self._record(row, with_documents=False) for row in rows]

    def find_original(
        self, message_id: str | None, sha256: str, before: SubmissionId | None = None
    ) -> SubmissionId | None:
        """The first earlier copy of a message: same Message-ID, or the very same bytes."""
        query = statements.first_copy(bool(message_id), before is not None)
        params = {"sha256": sha256, "message_id": message_id, "before": before}
        return self._session.scalar(query, params)

    def store_raw(self, sha256: str, raw: bytes) -> None:
        """Keep the bytes once; a copy stored meanwhile by a concurrent run is fine (same hash)."""
        self.store_raws([(sha256, raw)])

    def store_raws(self, messages: Sequence[tuple[str, bytes]]) -> None:
        """``store_raw`` for several messages (sha256, bytes), in one statement."""
        if not messages:
            return
        key = office_key(self._session)
        values = [
            {"sha256": sha256, "size": len(raw), "content": sealed.scoped(raw, key)}
            for sha256, raw in messages
        ]
        self._session.execute(self._insert(RawMessageRow).values(values).on_conflict_do_nothing())

    def raw_message(self, sha256: str) -> bytes:
        content = self._session.scalar(statements.raw_content(), {"sha256": sha256})
        if content is None:
            raise SubmissionNotFound(submission_id=sha256)
        return content

    def add_submission(self, submission: NewSubmission) -> SubmissionId:
        return self.add_submissions([submission])[0]

    def add_submissions(self, submissions: Sequence[NewSubmission]) -> list[SubmissionId]:
        """``add_submission`` for several, in one flush (one INSERT for them all)."""
        rows = []
        for submission in submissions:
            row = SubmissionRow(
                source=submission.source,
                sha256=submission.sha256,
                received_at=submission.received_at,
                received_on=submission.received_on,
            )
            self._fill(row, submission)
            rows.append(row)
        self._session.add_all(rows)
        self._session.flush()
        return [row.id for row in rows]

    def update_submission(self, submission_id: SubmissionId, submission: NewSubmission) -> None:
        """Record a new verdict on a stored message (quarantine retry); receipt data stay."""
        row = self._session.get(SubmissionRow, submission_id)
        if row is None:
            raise SubmissionNotFound(submission_id=submission_id)
        self._fill(row, submission)
        if submission.outcome is not SubmissionOutcome.PENDING:
            row.lease_holder, row.lease_expires_at = None, None

    # --- the process stage's claims on pending submissions ------------------------------------
    def claim_pending(
        self, holder: str, now: datetime, lease: timedelta
    ) -> PendingSubmission | None:
        """Claim the oldest pending submission nobody holds, count the attempt, and lease it.

        Free is one without a lease, with an expired lease, or held by a process of this host
        that has ended. On PostgreSQL the row is taken with FOR UPDATE SKIP LOCKED, so workers
        claim in parallel and never the same row; SQLite serialises the claim (one writer).
        The caller commits at once: the claim must be visible before the work starts.
        """
        now_params = {"now": now}
        held = self._session.scalars(statements.live_holders(), now_params)
        gone = [h for h in set(held) if h and leases.holder_is_gone(h)]
        postgresql = self._session.get_bind().dialect.name == "postgresql"
        params = now_params | {"gone": gone, "holder": holder, "expires": now + lease}
        row = self._session.execute(statements.claim(postgresql), params).one_or_none()
        if row is None:
            return None
        case = None if row.case_id is None else self._session.get(CaseRow, row.case_id)
        return PendingSubmission(
            row.id, row.source, row.sha256, row.received_at, row.attempts, row.message_id,
            row.sender, row.subject, None if case is None else CaseNumber(case.year, case.sequence),
        )  # fmt: skip

    def renew_lease(
        self,
        submission_id: SubmissionId,
        holder: str,
        now: datetime,
        lease: timedelta,
        *,
        count_attempt: bool = False,
    ) -> int | None:
        """Extend this holder's lease (and count another attempt): the attempts so far, or None
        when the lease is lost (taken by another worker, or the submission settled meanwhile).

        On PostgreSQL the row stays locked until the transaction ends, so the holder records
        its outcome in the same transaction knowing nobody else can."""
        params = {"submission_id": submission_id, "holder": holder, "expires": now + lease}
        row = self._session.scalars(statements.renew(count_attempt), params).one_or_none()
        if row is None:
            return None
        # The whole row comes back: the outcome recorded next in this transaction
        # (update_submission, set_submission_result) finds it in the session, without a SELECT
        # of its own, as long as it is referenced (the session holds its rows weakly).
        self._leased[submission_id] = row
        return int(row.attempts)

    def pending_count(self) -> int:
        """Submissions received and not yet processed (held or not)."""
        query = select(func.count()).where(SubmissionRow.outcome == SubmissionOutcome.PENDING.value)
        return int(self._session.scalar(query) or 0)

    def _fill(self, row: SubmissionRow, submission: NewSubmission) -> None:
        row.message_id = submission.message_id
        row.sender = submission.sender
        row.subject = submission.subject
        row.outcome = submission.outcome.value
        row.case_id = self._case_id(submission.case_number) if submission.case_number else None
        row.duplicate_of = submission.duplicate_of
        row.reason = submission.reason
        row.encryption = submission.crypto.encryption_label
        row.recipient_key_ids = list(submission.crypto.recipient_key_ids)
        row.signature = submission.crypto.signature.value
        row.signer_fingerprint = submission.crypto.signer_fingerprint
        row.registered_at = submission.registered_at
        row.attempts = submission.attempts

    def get_submission(self, submission_id: SubmissionId) -> SubmissionRecord:
        row = self._session.get(SubmissionRow, submission_id)
        if row is None:
            raise SubmissionNotFound(submission_id=submission_id)
        return self._record(row, with_documents=True)

    def submissions(self, outcome: SubmissionOutcome | None = None) -> list[SubmissionRecord]:
        query = select(SubmissionRow).order_by(SubmissionRow.id)
        if outcome is not None:
            query = query.where(SubmissionRow.outcome == outcome.value)
        rows = self._session.scalars(query).all()
        return [self._record(row, with_documents=True) for row in rows]

    def add_documents(
        self, submission_id: SubmissionId, case: CaseNumber | None, documents: Sequence[Document]
    ) -> None:
        """The documents of a submission (and its case), written at once in one statement: a Core
        INSERT, as no ORM row is wanted back, sealed under the case's data key (or the office's)
        as the flush hook would seal them (cases.orm_keys)."""
        row = self._case_row(case) if case else None
        if case is not None and row is None:
            raise CaseNotFound(reference=case.canonical)
        kept = self._documents.get(case) if case in self._opened else None
        self._documents.clear()
        if kept is not None and case is not None:  # as case_documents reads them: no bytes
            self._documents[case] = kept + [replace(doc, content=b"") for doc in documents]
        if not documents:
            return
        key = office_key(self._session) if row is None else case_key(self._session, row)
        values = [
            {
                "submission_id": submission_id,
                "case_id": None if row is None else row.id,
                "name": sealed.scoped(doc.name, key),
                "media_type": doc.media_type,
                "size": doc.size,
                "sha256": doc.sha256,
                "text": sealed.scoped(doc.text, key),
                "content": sealed.scoped(doc.content, key),
            }
            for doc in documents
        ]
        self._session.execute(statements.new_documents(), values)

    # --- cases -------------------------------------------------------------------------------
    def open_case(self, case: NewCase) -> Case:
        """Create a case file with the next Noark number of its creation year (R-NK-1, R-NK-2)."""
        year = case.created_at.year
        row = CaseRow(
            year=year, sequence=self._next_sequence(year), status=CaseStatus.RECEIVED.value,
            received_at=case.received_at, received_on=case.received_on,
            controller_email=case.controller_email, controller_name=case.controller_name,
            title=case.title, section=case.section, created_at=case.created_at,
        )  # fmt: skip
        self._session.add(row)
        self._session.flush()
        number = CaseNumber(row.year, row.sequence)
        self._case_rows[number] = row
        self._opened.add(number)
        self._locked_cases.add(row.id)  # no other transaction sees it before this one commits
        self._events[number], self._documents[number] = [], []
        return _case(row)

    def _next_sequence(self, year: int) -> int:
        """Take the year's next case number atomically: one statement on its counter row.

        The row stays locked until this transaction ends, so concurrent intakes wait rather than
        collide; a year without a counter yet starts after its highest existing case. The
        counter is counted up with an UPDATE, and only a year's first case takes the upsert:
        SQLAlchemy 2.0 caches no dialect's INSERT … ON CONFLICT, which was compiled again for
        every new case (3 % of a process worker's CPU).
        """
        taken = self._session.scalar(statements.next_sequence(), {"counter_year": year})
        if taken is not None:
            return int(taken)
        counter = CaseCounterRow.__table__.c
        first = (
            select(func.coalesce(func.max(CaseRow.sequence), 0) + 1)
            .where(CaseRow.year == year)
            .scalar_subquery()
        )
        statement = (
            self._insert(CaseCounterRow)
            .values(year=year, last_sequence=first)
            .on_conflict_do_update(
                index_elements=[counter.year], set_={"last_sequence": counter.last_sequence + 1}
            )
            .returning(counter.last_sequence)
        )
        return int(self._session.execute(statement).scalar_one())

    def _insert(self, table: type[CaseCounterRow] | type[RawMessageRow]) -> Any:
        """INSERT with ON CONFLICT in the dialect of the register (PostgreSQL or SQLite)."""
        if self._session.get_bind().dialect.name == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    def case_by_number(self, number: CaseNumber) -> Case | None:
        row = self._case_row(number)
        return None if row is None else _case(row)

    def get_case(self, number: CaseNumber) -> Case:
        case = self.case_by_number(number)
        if case is None:
            raise CaseNotFound(reference=number.canonical)
        return case

    def cases(self) -> list[Case]:
        rows = self._session.scalars(select(CaseRow).order_by(CaseRow.year, CaseRow.sequence))
        return [_case(row) for row in rows]

    def case_for_message_ids(self, message_ids: Sequence[str]) -> Case | None:
        if not message_ids:
            return None
        query = (
            select(CaseRow)
            .join(SubmissionRow, SubmissionRow.case_id == CaseRow.id)
            .where(SubmissionRow.message_id.in_(list(message_ids)))
            .order_by(SubmissionRow.id)
            .limit(1)
        )
        row = self._session.scalar(query)
        if row is None:  # a reply to one of our letters
            ours = (
                select(CaseRow)
                .join(OutgoingMessageRow, OutgoingMessageRow.case_id == CaseRow.id)
                .where(OutgoingMessageRow.message_id.in_(list(message_ids)))
                .limit(1)
            )
            row = self._session.scalar(ours)
        return None if row is None else _case(row)

    def case_parties(self, number: CaseNumber) -> CaseParties:
        """The case's controller, the senders of its messages and the keys known for it."""
        row = self._case_row(number)
        if row is None:
            raise CaseNotFound(reference=number.canonical)
        query = select(
            SubmissionRow.sender, SubmissionRow.signature, SubmissionRow.signer_fingerprint
        ).where(SubmissionRow.case_id == row.id)
        senders, keys = set(), set()
        for sender, signature, fingerprint in self._session.execute(query):
            senders.add(sender.lower())
            if signature == SignatureStatus.VALID.value and fingerprint:
                keys.add(fingerprint.upper())
        for event in self.events(number):  # the sender's key learnt when the case was opened
            if isinstance(key := event.data.get("sender_key"), str) and key:
                keys.add(key.upper())
        senders.discard("")
        return CaseParties(row.controller_email.lower(), frozenset(senders), frozenset(keys))

    def append_event(self, case: CaseNumber, event: CaseEvent) -> None:
        kept = self._events.pop(case, None)
        if kept is not None and case in self._opened:  # as events() reads it back
            self._events[case] = [*kept, _as_stored(event)]
        self._session.add(
            CaseEventRow(
                case_id=self._case_id(case),
                kind=event.kind,
                at=event.at,
                actor=event.actor,
                data=dict(event.data),
            )  # fmt: skip
        )
        if event.kind in CLOCK_EVENT_KINDS:
            self._session.flush()  # read back with a Core query, which does not autoflush
            self._refresh_clock_log(case)

    def _refresh_clock_log(self, case: CaseNumber) -> None:
        """Rebuild the case's copy of its clock events (cases.clock_log) from the log. The case
        is locked first, so two transactions adding clock events take turns, and the second
        reads the first's event (each statement sees what was committed before it)."""
        row = self._case_row(case)
        if row is None:
            raise CaseNotFound(reference=case.canonical)
        self._lock_case(row.id)
        events = CaseEventRow.__table__.c
        query = (
            select(events.kind, events.at, type_coerce(events.data, JSON))  # its clear dates
            .where(events.case_id == row.id, events.kind.in_(CLOCK_EVENT_KINDS))
            .order_by(events.id)
        )
        row.clock_log = clock_log(self._session.execute(query).tuples())
        self._session.flush()

    def next_document_number(self, case: CaseNumber) -> int:
        """The next Noark journalpostnummer in a case (R-NK-3): 1 + the highest one in its log.

        The case is locked first, so two transactions adding to one case take turns and never
        give out the same number.
        """
        self._lock_case(self._case_id(case))
        numbers = [
            value
            for event in self.events(case)
            if isinstance(value := event.data.get("document_number"), int)
        ]
        return max(numbers, default=0) + 1

    def _lock_case(self, case_id: int) -> None:
        """Hold the case until this transaction ends: FOR NO KEY UPDATE on PostgreSQL (it does
        not wait for the key-share locks that new rows pointing at the case hold), and a write
        on SQLite, which takes the database's single write lock before anything more is read.

        Once per case and transaction: a case this transaction has locked or updated already
        (set_status: an UPDATE of a non-key column takes the same row lock, and on SQLite the
        write lock) stays held until it ends, and one it opened is seen by no other."""
        if case_id in self._locked_cases:
            return
        self._locked_cases.add(case_id)
        if self._session.get_bind().dialect.name == "postgresql":
            lock = select(CaseRow.id).where(CaseRow.id == case_id)
            self._session.execute(lock.with_for_update(key_share=True))
        else:
            touch = update(CaseRow).where(CaseRow.id == case_id).values(status=CaseRow.status)
            self._session.execute(touch)

    def events(self, case: CaseNumber) -> list[CaseEvent]:
        """The case's log, oldest first (each call gets its own copies of the events' data)."""
        events = self._events.get(case)
        if events is None:
            query = (
                select(CaseEventRow)
                .where(CaseEventRow.case_id == self._case_id(case))
                .order_by(CaseEventRow.id)
            )
            events = [
                CaseEvent(row.kind, row.at, row.actor, dict(row.data))
                for row in self._session.scalars(query)
            ]
            self._events[case] = events
        return [CaseEvent(e.kind, e.at, e.actor, dict(e.data)) for e in events]

    # --- helpers -----------------------------------------------------------------------------
    def _case_row(self, number: CaseNumber) -> CaseRow | None:
        row = self._case_rows.get(number)
        if row is None:
            query = select(CaseRow).where(
                CaseRow.year == number.year, CaseRow.sequence == number.sequence
            )
            row = self._session.scalar(query)
            if row is not None:
                self._case_rows[number] = row
        return row

    def _case_id(self, number: CaseNumber) -> int:
        row = self._case_row(number)
        if row is None:
            raise CaseNotFound(reference=number.canonical)
        return row.id

    def _record(self, row: SubmissionRow, *, with_documents: bool) -> SubmissionRecord:
        number = None
        if row.case_id is not None:
            case_row = self._session.get(CaseRow, row.case_id)
            number = CaseNumber(case_row.year, case_row.sequence) if case_row else None
        documents: tuple[DocumentSummary, ...] = ()
        if with_documents:
            documents = self._document_summaries(row.id)
        return SubmissionRecord(
            id=row.id, source=row.source, message_id=row.message_id, sha256=row.sha256,
            received_at=row.received_at, sender=row.sender, subject=row.subject,
            outcome=SubmissionOutcome(row.outcome), case_number=number, reason=row.reason,
            crypto=_crypto(row), documents=documents,
            parts=dict(row.parts) if row.parts is not None else None, attempts=row.attempts,
        )  # fmt: skip

    def _document_summaries(self, submission_id: int) -> tuple[DocumentSummary, ...]:
        query = (
            select(DocumentRow.name, DocumentRow.media_type, DocumentRow.size, DocumentRow.sha256)
            .where(DocumentRow.submission_id == submission_id)
            .order_by(DocumentRow.id)
        )
        return tuple(DocumentSummary(*row) for row in self._session.execute(query))

    # --- case clock commands (casework.clock_commands) --------------------------------------------
    def set_status(self, number: CaseNumber, status: CaseStatus) -> None:
        row = self._case_row(number)
        if row is None:
            raise CaseNotFound(reference=number.canonical)
        changed = row.status != status.value
        row.status = status.value
        # The UPDATE holds the case's row until the transaction ends: sent now. Not for a case
        # this transaction opened: no other one sees it before the commit, so it goes with the
        # next flush, together with the rows added after it.
        if changed and number not in self._opened:
            self._session.flush()
            self._locked_cases.add(row.id)

    def set_caseworker(self, number: CaseNumber, caseworker: str | None) -> None:
        row = self._case_row(number)
        if row is None:
            raise CaseNotFound(reference=number.canonical)
        row.caseworker = caseworker
        self._session.flush()

    # --- completeness and automatic letters (casework.assessment) ---------------------------------
    def set_submission_result(
        self,
        submission_id: SubmissionId,
        outcome: SubmissionOutcome,
        parts: dict[str, str],
        reason: str | None,
    ) -> None:
        row = self._session.get(SubmissionRow, submission_id)
        if row is None:
            raise SubmissionNotFound(submission_id=submission_id)
        row.outcome = outcome.value
        row.parts = dict(parts)
        row.reason = reason
        if outcome is not SubmissionOutcome.PENDING:  # settled: the process stage's claim ends
            row.lease_holder, row.lease_expires_at = None, None

    def keep_letter(self, draft: NewDraft, final: FinalLetter) -> None:
        """An automatic letter kept in the case with its PDF/A, like a finalised draft."""
        SqlLetters(self._session, self._case_rows).keep_sent(draft, final)

    def queue_mail(self, mail: NewOutgoingMail, at: datetime) -> int:
        """A letter in the same transaction as the outcome that caused it (never lost)."""
        return SqlOutbox(self._session, self._message_id_domain, self._case_rows).queue(mail, at)

    def case_documents(self, number: CaseNumber) -> list[Document]:
        """The case's documents with their text, without their bytes: the judgement reads text
        only, and the bytes of a 25 MB PDF, fetched and decrypted, were the intake's peak RSS."""
        documents = self._documents.get(number)
        if documents is None:
            row = DocumentRow
            query = (
                select(row.name, row.media_type, row.size, row.sha256, row.text)
                .where(row.case_id == self._case_id(number))
                .order_by(row.id)
            )
            documents = [Document(*values) for values in self._session.execute(query)]
            self._documents[number] = documents
        return list(documents)

    def cases_with_status(self, status: CaseStatus) -> list[Case]:
        query = select(CaseRow).where(CaseRow.status == status.value).order_by(CaseRow.id)
        return [_case(row) for row in self._session.scalars(query)]


def _as_stored(event: CaseEvent) -> CaseEvent:
    """An event as the register returns it: its time in UTC, its data through JSON."""
    data = json.loads(json.dumps(event.data))
    return CaseEvent(event.kind, event.at.astimezone(UTC), event.actor, data)


def _crypto(row: SubmissionRow) -> CryptoRecord:
    kinds = tuple(Encryption(k) for k in row.encryption.split("+") if k and k != "none")
    return CryptoRecord(
        encryption=kinds,
        recipient_key_ids=tuple(row.recipient_key_ids or ()),
        signature=SignatureStatus(row.signature),
        signer_fingerprint=row.signer_fingerprint,
    )


def _case(row: CaseRow) -> Case:
    return Case(
        number=CaseNumber(row.year, row.sequence),
        status=CaseStatus(row.status),
        received_at=row.received_at,
        received_on=row.received_on,
        controller_email=row.controller_email,
        title=row.title,
        section=row.section,
        caseworker=row.caseworker,
        controller_name=row.controller_name or "",
    )
