"""Outgoing mail and the alert ledger over a SQLAlchemy session (I/O); it never commits."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from cases.errors import CaseNotFound, CaseworkError
from cases.model import CaseNumber
from cases.orm import CaseRow
from cases.orm_outbox import AlertLedgerRow, OutgoingMessageRow
from cases.outgoing import LedgerEntry, MailStatus, NewOutgoingMail, OutgoingId, OutgoingMail

_IN_CHUNK = 900  # below SQLite's default limit of bound parameters per statement
_ERROR_LENGTH = 500


class OutgoingNotFound(CaseworkError):
    code = "outgoing_not_found"
    template = "Fant ingen utgående melding med id {reference}."


class SqlOutbox:
    """Queue, list and settle outgoing mail in one transaction owned by the caller."""

    def __init__(
        self,
        session: Session,
        message_id_domain: str,
        case_rows: dict[CaseNumber, CaseRow] | None = None,
    ) -> None:
        self._session = session
        self._domain = message_id_domain
        self._case_ids: dict[CaseNumber, int] = {}
        # The case rows this transaction has read (shared with cases.repository.SqlRegister,
        # which has just read the case when it queues an automatic letter).
        self._case_rows = {} if case_rows is None else case_rows

    def queue(self, mail: NewOutgoingMail, at: datetime) -> OutgoingId:
        """Store a pending message with its Message-ID, fixed now for every later attempt."""
        row = OutgoingMessageRow(
            case_id=self._case_id(mail.case_number), kind=mail.kind,
            recipients=list(mail.recipients), subject=mail.subject, body_text=mail.text,
            body_html=mail.html, message_id=f"<{uuid.uuid4().hex}@{self._domain}>",
            status=MailStatus.PENDING.value, attempts=0, created_at=at,
            encrypt_to=mail.encrypt_to, journal_document_number=mail.journal_document_number,
        )  # fmt: skip
        self._session.add(row)
        self._session.flush()
        return row.id

    def get(self, outgoing_id: OutgoingId) -> OutgoingMail:
        row = self._session.get(OutgoingMessageRow, outgoing_id)
        if row is None:
            raise OutgoingNotFound(reference=outgoing_id)
        return self._mail(row)

    def pending(self, limit: int = 100) -> list[OutgoingMail]:
        """The oldest pending messages first."""
        query = (
            select(OutgoingMessageRow)
            .where(OutgoingMessageRow.status == MailStatus.PENDING.value)
            .order_by(OutgoingMessageRow.id)
            .limit(limit)
        )
        return [self._mail(row) for row in self._session.scalars(query)]

    def pending_count(self) -> int:
        query = select(func.count()).select_from(OutgoingMessageRow)
        query = query.where(OutgoingMessageRow.status == MailStatus.PENDING.value)
        return int(self._session.scalar(query) or 0)

    def messages(self, status: MailStatus | None = None) -> list[OutgoingMail]:
        query = select(OutgoingMessageRow).order_by(OutgoingMessageRow.id)
        if status is not None:
            query = query.where(OutgoingMessageRow.status == status.value)
        return [self._mail(row) for row in self._session.scalars(query)]

    # --- claiming and settling: exactly once with concurrent senders -----------------------------
    def claim(
        self, worker: str, now: datetime, lease: timedelta, limit: int = 1
    ) -> list[OutgoingMail]:
        """Lease up to `limit` due pending messages to this sender, oldest first.

        One UPDATE whose subquery locks with FOR UPDATE SKIP LOCKED on PostgreSQL (a concurrent
        sender skips the rows, and re-checks the lease of a row claimed meanwhile); on SQLite the
        UPDATE is the transaction's first statement and takes the database's write lock, so
        senders claim one at a time. The caller commits the claim before sending.
        """
        token = f"{worker[:51]}:{uuid.uuid4().hex[:12]}"
        due = (
            select(OutgoingMessageRow.id)
            .where(self._claimable(now))
            .order_by(OutgoingMessageRow.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        claim = update(OutgoingMessageRow).where(OutgoingMessageRow.id.in_(due))
        claim = claim.values(claimed_by=token, lease_until=now + lease)
        self._session.execute(claim.execution_options(synchronize_session=False))
        query = select(OutgoingMessageRow).where(OutgoingMessageRow.claimed_by == token)
        rows = self._session.scalars(query.order_by(OutgoingMessageRow.id))
        return [self._mail(row) for row in rows]

    @staticmethod
    def _claimable(now: datetime) -> ColumnElement[bool]:
        row = OutgoingMessageRow
        return and_(
            row.status == MailStatus.PENDING.value,
            or_(row.next_attempt_at.is_(None), row.next_attempt_at <= now),
            or_(row.lease_until.is_(None), row.lease_until < now),
        )

    def mark_sent(self, outgoing_id: OutgoingId, at: datetime) -> None:
        self._settle(outgoing_id, status=MailStatus.SENT.value, sent_at=at, last_error=None)

    def defer(self, outgoing_id: OutgoingId, error: str, until: datetime | None = None) -> None:
        """A server-wide failure: the message stays pending, not tried again before `until`."""
        self._settle(outgoing_id, last_error=error[:_ERROR_LENGTH], next_attempt_at=until)

    def back_off(self, until: datetime, now: datetime) -> int:
        """Hold every unleased pending message until `until` (the server refuses everything)."""
        row = OutgoingMessageRow
        waiting = or_(row.next_attempt_at.is_(None), row.next_attempt_at < until)
        query = update(row).where(self._claimable(now), waiting).values(next_attempt_at=until)
        result = self._session.execute(query.execution_options(synchronize_session=False))
        return int(getattr(result, "rowcount", 0) or 0)

    def end_back_off(self) -> None:
        """Every pending message is due again (an operator fixed the mail server)."""
        query = update(OutgoingMessageRow).where(
            OutgoingMessageRow.status == MailStatus.PENDING.value
        )
        self._session.execute(query.values(next_attempt_at=None))

    def requeue(self, outgoing_ids: Iterable[OutgoingId] | None) -> list[OutgoingId]:
        """Failed messages back to pending (all failed ones when `outgoing_ids` is None)."""
        query = select(OutgoingMessageRow).where(
            OutgoingMessageRow.status == MailStatus.FAILED.value
        )
        if outgoing_ids is not None:
            wanted = list(outgoing_ids)
            for outgoing_id in wanted:
                self.get(outgoing_id)  # an unknown id is an error, not silently nothing
            query = query.where(OutgoingMessageRow.id.in_(wanted))
        rows = list(self._session.scalars(query.order_by(OutgoingMessageRow.id)))
        for row in rows:
            row.status, row.next_attempt_at = MailStatus.PENDING.value, None
            row.claimed_by = row.lease_until = None
        self._session.flush()
        return [row.id for row in rows]

    def mark_failed(self, outgoing_id: OutgoingId, error: str) -> None:
        """Refused for good; `error` names the failure, never the content or the recipients."""
        status = MailStatus.FAILED.value
        self._settle(outgoing_id, status=status, last_error=error[:_ERROR_LENGTH])

    def cancel(self, outgoing_id: OutgoingId, reason: str) -> None:
        """Never send this message (an alert whose deadline moved or whose case was closed)."""
        status = MailStatus.CANCELLED.value
        self._settle(outgoing_id, status=status, last_error=reason[:_ERROR_LENGTH])

    def _settle(self, outgoing_id: OutgoingId, **values: Any) -> None:
        row = self._session.get(OutgoingMessageRow, outgoing_id)
        if row is None:
            raise OutgoingNotFound(reference=outgoing_id)
        row.attempts += 1
        row.claimed_by = row.lease_until = None
        for name, value in values.items():
            setattr(row, name, value)
        self._session.flush()

    # --- the alert ledger ----------------------------------------------------------------------
    def ledger_keys(self, keys: Iterable[str]) -> set[str]:
        """Which of these alert keys have been queued already (at any time)."""
        wanted, found = list(dict.fromkeys(keys)), set[str]()
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            query = select(AlertLedgerRow.key).where(AlertLedgerRow.key.in_(chunk))
            found.update(self._session.scalars(query))
        return found

    def pending_alerts(self) -> dict[str, OutgoingId]:
        """Ledger key -> message id of every queued alert or digest not yet sent."""
        query = (
            select(AlertLedgerRow.key, OutgoingMessageRow.id)
            .join(OutgoingMessageRow, OutgoingMessageRow.id == AlertLedgerRow.outgoing_message_id)
            .where(OutgoingMessageRow.status == MailStatus.PENDING.value)
        )
        return {key: outgoing_id for key, outgoing_id in self._session.execute(query)}

    def refresh_alert(self, key: str, outgoing_id: OutgoingId, mail: NewOutgoingMail) -> None:
        """Rewrite a still pending alert for today: its recipient, subject and text."""
        row = self._session.get(OutgoingMessageRow, outgoing_id)
        if row is None:
            raise OutgoingNotFound(reference=outgoing_id)
        if row.status != MailStatus.PENDING.value:
            return
        row.recipients, row.subject, row.body_text = list(mail.recipients), mail.subject, mail.text
        ledger = update(AlertLedgerRow).where(AlertLedgerRow.key == key)
        self._session.execute(ledger.values(recipient=mail.recipients[0]))
        self._session.flush()

    def record_alert(
        self, entry: LedgerEntry, mail: NewOutgoingMail, at: datetime
    ) -> OutgoingId | None:
        """Ledger row and pending message together; None when the key was queued already.

        INSERT … ON CONFLICT DO NOTHING on the UNIQUE key: a concurrent run that queued the same
        alert first wins (PostgreSQL waits for its commit), and this one queues nothing.
        """
        ledger_id = self._session.scalar(self._ledger_insert(entry, at))
        if ledger_id is None:
            return None
        outgoing_id = self.queue(mail, at)
        link = update(AlertLedgerRow).where(AlertLedgerRow.id == ledger_id)
        self._session.execute(link.values(outgoing_message_id=outgoing_id))
        return outgoing_id

    def _ledger_insert(self, entry: LedgerEntry, at: datetime) -> Any:
        dialect = self._session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        values = dict(
            key=entry.key, case_id=self._case_id(entry.case_number), kind=entry.kind,
            due_on=entry.due_on, deadline_on=entry.deadline_on, recipient=entry.recipient,
            queued_at=at,
        )  # fmt: skip
        statement = insert(AlertLedgerRow).values(**values)
        return statement.on_conflict_do_nothing(index_elements=["key"]).returning(AlertLedgerRow.id)

    # --- helpers ---------------------------------------------------------------------------------
    def _case_id(self, number: CaseNumber | None) -> int | None:
        if number is None:
            return None
        if number in self._case_rows:
            return self._case_rows[number].id
        if number not in self._case_ids:
            query = select(CaseRow.id).where(
                CaseRow.year == number.year, CaseRow.sequence == number.sequence
            )
            case_id = self._session.scalar(query)
            if case_id is None:
                raise CaseNotFound(reference=number.canonical)
            self._case_ids[number] = case_id
        return self._case_ids[number]

    def _mail(self, row: OutgoingMessageRow) -> OutgoingMail:
        number = None
        if row.case_id is not None:
            case = self._session.get(CaseRow, row.case_id)
            number = CaseNumber(case.year, case.sequence) if case else None
        return OutgoingMail(
            id=row.id, message_id=row.message_id, kind=row.kind,
            recipients=tuple(row.recipients), subject=row.subject, text=row.body_text,
            html=row.body_html, encrypt_to=row.encrypt_to, status=MailStatus(row.status),
            attempts=row.attempts, created_at=row.created_at, sent_at=row.sent_at,
            last_error=row.last_error, case_number=number,
            journal_document_number=row.journal_document_number,
            next_attempt_at=row.next_attempt_at,
        )  # fmt: skip
