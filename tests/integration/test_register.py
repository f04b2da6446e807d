"""The SQL register on SQLite and PostgreSQL: numbering, dedupe lookups, events, raw bytes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from cases.errors import CaseNotFound
from cases.model import (
    CaseEvent,
    CaseNumber,
    CryptoRecord,
    Document,
    Encryption,
    NewCase,
    NewSubmission,
    SignatureStatus,
    SubmissionOutcome,
)
from config import wiring
from config.settings import Settings

RECEIVED = datetime(2026, 12, 31, 22, 50, tzinfo=UTC)  # 23:50 in Oslo: still 31 December
CREATED = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)


def settings_for(url: str) -> Settings:
    return Settings(database_url=url)


def new_case(created: datetime = CREATED) -> NewCase:
    return NewCase(RECEIVED, date(2026, 12, 31), "a@example.no", "A", "Tittel", "S1", created)


def new_submission(source: str, sha: str, case: CaseNumber | None = None) -> NewSubmission:
    crypto = CryptoRecord((Encryption.PGP_MIME,), ("ABCD1234",), SignatureStatus.VALID, "F" * 40)
    return NewSubmission(
        source, f"<{source}@example.no>", sha, RECEIVED, date(2026, 12, 31), CREATED,
        "a@example.no", "Emne", SubmissionOutcome.RECEIVED, crypto, case,
    )  # fmt: skip


def test_case_numbers_follow_the_creation_year_not_the_receipt_date(database_url: str) -> None:
    with wiring.register(settings_for(database_url)) as register:
        first = register.open_case(new_case())
        second = register.open_case(new_case())
        next_year = register.open_case(new_case(datetime(2028, 1, 2, tzinfo=UTC)))
    assert first.number == CaseNumber(2027, 1)
    assert second.number.canonical == "2027/00002"
    assert next_year.number == CaseNumber(2028, 1)
    assert first.received_on == date(2026, 12, 31)
    assert first.received_at == RECEIVED


def test_submission_round_trip_keeps_crypto_record_documents_and_raw_bytes(
    database_url: str,
) -> None:
    raw = b"From: a@example.no\r\n\r\n\xc3\xa6\xc3\xb8\xc3\xa5 body"
    doc = Document("a.pdf", "application/pdf", 3, "d" * 64, "tekst", b"pdf")
    with wiring.register(settings_for(database_url)) as register:
        case = register.open_case(new_case())
        register.store_raw("s" * 64, raw)
        register.store_raw("s" * 64, raw)  # content-addressed: storing twice is harmless
        sid = register.add_submission(new_submission("imap:INBOX:1:1", "s" * 64, case.number))
        register.add_documents(sid, case.number, [doc])
    with wiring.register(settings_for(database_url)) as register:
        record = register.get_submission(sid)
        assert register.raw_message(record.sha256) == raw
        assert register.submission_by_source("imap:INBOX:1:1") is not None
    assert record.case_number == case.number
    assert record.crypto.encryption == (Encryption.PGP_MIME,)
    assert record.crypto.signature is SignatureStatus.VALID
    assert record.received_at == RECEIVED and record.received_at.tzinfo is not None
    assert [d.name for d in record.documents] == ["a.pdf"]


def test_the_same_source_can_never_be_registered_twice(database_url: str) -> None:
    settings = settings_for(database_url)
    with wiring.register(settings) as register:
        register.store_raw("s" * 64, b"x")
        register.add_submission(new_submission("imap:INBOX:1:7", "s" * 64))
    with pytest.raises(IntegrityError), wiring.register(settings) as register:
        register.add_submission(new_submission("imap:INBOX:1:7", "s" * 64))


def test_find_original_matches_message_id_or_bytes_and_respects_before(database_url: str) -> None:
    with wiring.register(settings_for(database_url)) as register:
        register.store_raw("a" * 64, b"a")
        register.store_raw("b" * 64, b"b")
        first = register.add_submission(new_submission("m:1", "a" * 64))
        second = register.add_submission(new_submission("m:2", "b" * 64))
        assert register.find_original("<m:1@example.no>", "c" * 64) == first
        assert register.find_original(None, "b" * 64) == second
        assert register.find_original("<nope@x>", "c" * 64) is None
        assert register.find_original(None, "b" * 64, before=second) is None


def test_replies_find_their_case_by_message_id(database_url: str) -> None:
    with wiring.register(settings_for(database_url)) as register:
        case = register.open_case(new_case())
        register.store_raw("a" * 64, b"a")
        register.add_submission(new_submission("m:1", "a" * 64, case.number))
        found = register.case_for_message_ids(["<other@x>", "<m:1@example.no>"])
        assert found is not None and found.number == case.number
        assert register.case_for_message_ids([]) is None


def test_events_are_kept_in_order(database_url: str) -> None:
    with wiring.register(settings_for(database_url)) as register:
        case = register.open_case(new_case())
        register.append_event(case.number, CaseEvent("received", CREATED, "saksflyt", {"n": 1}))
        register.append_event(case.number, CaseEvent("assigned", CREATED, "kari", {"to": "ola"}))
        events = register.events(case.number)
    assert [e.kind for e in events] == ["received", "assigned"]
    assert events[1].data == {"to": "ola"}


def test_a_transaction_reads_its_own_additions_to_the_log_and_the_documents(
    database_url: str,
) -> None:
    """Events and documents read twice in one transaction are read once, until it adds some."""
    doc = Document("a.pdf", "application/pdf", 3, "d" * 64, "tekst", b"pdf")
    with wiring.register(settings_for(database_url)) as register:
        case = register.open_case(new_case())
        register.store_raw("a" * 64, b"a")
        sid = register.add_submission(new_submission("m:1", "a" * 64, case.number))
        assert register.events(case.number) == [] and register.case_documents(case.number) == []
        register.append_event(case.number, CaseEvent("received", CREATED, "saksflyt", {"n": 1}))
        register.add_documents(sid, case.number, [doc])
        events = register.events(case.number)
        events[0].data["n"] = 2  # a caller's copy: the next read is not changed by it
        assert [e.data for e in register.events(case.number)] == [{"n": 1}]
        assert [d.name for d in register.case_documents(case.number)] == ["a.pdf"]
        register.add_documents(sid, case.number, [doc])
        register.append_event(case.number, CaseEvent("assigned", CREATED, "kari", {"to": "ola"}))
        assert [e.kind for e in register.events(case.number)] == ["received", "assigned"]
        assert len(register.case_documents(case.number)) == 2


def test_unknown_case_is_a_casework_error(database_url: str) -> None:
    with wiring.register(settings_for(database_url)) as register, pytest.raises(CaseNotFound):
        register.get_case(CaseNumber(2026, 99))


def test_models_and_migrations_agree(database_url: str) -> None:
    from cases import migrate

    migrate.check(wiring.engine(settings_for(database_url)))
