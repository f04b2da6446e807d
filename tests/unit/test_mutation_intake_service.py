"""intake/service.py with fakes: the receive stage (outer header, identity, chunks), the process
stage (claims, leases, counted attempts, quarantine reasons) and the summary of a run."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from cases.errors import KeyringError, NotQuarantined
from cases.model import (
    Case,
    CaseEvent,
    CaseNumber,
    CaseParties,
    CaseStatus,
    CryptoRecord,
    Document,
    Encryption,
    NewSubmission,
    PendingSubmission,
    SignatureStatus,
    SubmissionOutcome,
)
from casework.assessment import AssessmentPolicy
from config.case_types import load_case_type
from intake.mailbox import FetchedMessage
from intake.service import (
    MAX_ATTEMPTS,
    RECEIVE_CHUNK,
    IntakePolicy,
    IntakeResult,
    IntakeSummary,
    Lease,
    ReceivedMessage,
    accept_message,
    accept_messages,
    is_entitled,
    outer_header,
    process_next,
    receipt_date,
    receive_message,
    retry_quarantined,
    run_intake,
    run_process,
    run_receive,
)
from reading.message import InProcessReader, MessageFacts, Unreadable
from reading.parse import ParseLimits
from tests.fakes import FakeDecryptor, FakeRegister
from tests.unit.test_intake_service import mail

NOW = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
OSLO = ZoneInfo("Europe/Oslo")
POLICY = IntakePolicy(OSLO, ParseLimits(), "Seksjon A")
LEASE = Lease("worker-1", timedelta(minutes=5))
MIB = 1024 * 1024
KEEP = "originalen er lagret og kan prøves igjen med «saksflyt quarantine retry»"
NOT_JUDGED = "saken er opprettet, men den automatiske vurderingen stoppet; vurder den manuelt"


def fetched(raw: bytes, uid: int = 1, source: str | None = None) -> FetchedMessage:
    return FetchedMessage(source or f"maildir:{uid}", uid, raw, NOW)


class Transaction:
    """A register opened and closed like a transaction; counts how often it was opened."""

    def __init__(self, register: FakeRegister, opened: list[int] | None = None) -> None:
        self.register = register
        self.opened = opened

    def __enter__(self) -> FakeRegister:
        if self.opened is not None:
            self.opened.append(1)
        return self.register

    def __exit__(self, *exc: object) -> None:
        return None


@dataclass
class ScriptedReader:
    """Returns the next scripted answer per read (the last one repeats); may run a side effect."""

    answers: list[MessageFacts | Unreadable | None]
    calls: int = 0
    during_read: list[object] = field(default_factory=list)
    decryptor: FakeDecryptor = field(default_factory=FakeDecryptor)

    def read(self, raw: bytes, limits: ParseLimits) -> MessageFacts | Unreadable:
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        for effect in self.during_read:
            assert callable(effect)
            effect()
        if answer is None:  # read for real
            return InProcessReader(self.decryptor).read(raw, limits)
        return answer


def pending(register: FakeRegister, raw: bytes, uid: int = 1) -> int:
    """The receive stage's row for one message."""
    result = accept_message(fetched(raw, uid), register=register, policy=POLICY, now=NOW)
    assert result.pending
    return result.submission_id


def process(
    register: FakeRegister,
    reader: ScriptedReader,
    *,
    policy: IntakePolicy = POLICY,
    clock_at: datetime = NOW,
    transient: tuple[type[BaseException], ...] = (),
) -> IntakeResult | None:
    return process_next(
        open_register=lambda: Transaction(register), decryptor=FakeDecryptor(), policy=policy,
        clock=lambda: clock_at, lease=LEASE, reader=reader, transient=transient,
    )  # fmt: skip


# --- the outer header, read at receipt ---------------------------------------------------------


def test_the_outer_header_names_message_id_address_and_decoded_subject() -> None:
    raw = (
        b"Received: from x\r\nMessage-ID: < a1@kommune.example >\r\n"
        b"From: =?utf-8?q?Kari_N=C3=B8rdmann?= <Kari@Kommune.Example>\r\n"
        b"Subject: =?utf-8?q?Forh=C3=A5ndsdr=C3=B8ftelse?=\r\n\tfor kamera\r\n"
        b"Subject: a second subject\r\n\r\nFrom: body@elsewhere.example\r\n"
    )
    assert outer_header(raw) == ("<a1@kommune.example>", "kari@kommune.example",
                                 "Forhåndsdrøftelse for kamera")  # fmt: skip


def test_the_outer_header_ends_at_the_first_blank_line_even_with_bare_newlines() -> None:
    raw = b"Subject: head\n\nMessage-ID: <body@x>\nFrom: body@x\n"
    assert outer_header(raw) == (None, "", "head")


def test_a_header_value_may_itself_hold_colons() -> None:
    assert outer_header(b"Subject: SV: Ref: 26/00001\r\n\r\n")[2] == "SV: Ref: 26/00001"


def test_a_header_name_may_have_space_before_its_colon() -> None:
    assert outer_header(b"Subject : spaced\r\n\r\n")[2] == "spaced"


def test_a_header_line_without_a_colon_names_no_field() -> None:
    raw = b"Subject\r\nSubject: the real one\r\n\r\n"
    assert outer_header(raw)[2] == "the real one"


def test_header_values_lose_nul_characters_and_odd_bytes_become_replacement_marks() -> None:
    raw = b"Subject: a\x00b \xff c\r\nMessage-ID: <\x00m@x>\r\n\r\n"
    message_id, _sender, subject = outer_header(raw)
    assert (message_id, subject) == ("<m@x>", "ab \ufffd c")


def test_a_header_field_name_that_is_not_ascii_is_no_known_field() -> None:
    raw = "Subjéct: no\r\nSubject: yes\r\n\r\n".encode()
    assert outer_header(raw)[2] == "yes"


def test_only_the_first_64_kib_are_read_for_the_outer_header() -> None:
    padding = b"X-Pad: " + b"a" * (64 * 1024 - 9) + b"\r\n"
    assert len(padding) == 64 * 1024
    raw = padding + b"Subject: too late\r\n\r\n"
    assert outer_header(raw) == (None, "", "")
    assert outer_header(padding[:-40] + b"\r\nSubject: in time\r\n\r\n")[2] == "in time"


def test_a_header_value_is_capped_at_the_rfc_5322_line_length() -> None:
    raw = b"Subject: " + b"x" * 1200 + b"\r\n\r\n"
    assert outer_header(raw)[2] == "x" * 997  # 998 characters after the colon, the space first


def test_an_address_longer_than_320_characters_is_no_sender() -> None:
    local = "k" * 64

    def sender(length: int) -> str:
        domain = "d" * (length - len(local) - 1 - len(".no")) + ".no"
        return outer_header(f"From: <{local}@{domain}>\r\n\r\n".encode())[1]

    assert len(sender(320)) == 320
    assert sender(321) == ""


def test_an_encoded_word_in_an_unknown_charset_is_kept_as_written() -> None:
    raw = b"Subject: =?x-unknown?q?abc?=\r\n\r\n"
    assert outer_header(raw)[2] == "=?x-unknown?q?abc?="


def test_a_decoded_subject_loses_its_nul_characters() -> None:
    assert outer_header(b"Subject: =?utf-8?q?a=00b?=\r\n\r\n")[2] == "ab"


# --- the receive stage -------------------------------------------------------------------------


def test_accepting_stores_the_bytes_and_a_pending_row_named_by_the_outer_header() -> None:
    register = FakeRegister()
    raw = mail("Anmodning", message_id="<p1@kommune.example>")
    result = accept_message(fetched(raw), register=register, policy=POLICY, now=NOW)
    assert result == IntakeResult(1, SubmissionOutcome.PENDING)
    row = register.submissions[1]
    sha256 = hashlib.sha256(raw).hexdigest()
    assert row == NewSubmission(
        "maildir:1", "<p1@kommune.example>", sha256, NOW, date(2026, 3, 23), NOW,
        "kari@kommune.example", "Anmodning", SubmissionOutcome.PENDING, CryptoRecord(), None, None,
        None, 0,
    )  # fmt: skip
    assert register.raw[sha256] == raw and not register.cases


def test_a_message_without_a_message_id_delivered_twice_is_known_by_its_bytes() -> None:
    register = FakeRegister()
    raw = b"From: kari@kommune.example\r\nSubject: Anmodning\r\n\r\nHei\r\n"
    first = receive_message(fetched(raw, 1), register=register, decryptor=FakeDecryptor(),
                            policy=POLICY, now=NOW)  # fmt: skip
    second = receive_message(fetched(raw, 2), register=register, decryptor=FakeDecryptor(),
                             policy=POLICY, now=NOW)  # fmt: skip
    assert first.outcome is SubmissionOutcome.RECEIVED
    assert second.outcome is SubmissionOutcome.DUPLICATE and len(register.cases) == 1
    assert register.submissions[2].duplicate_of == 1


def test_a_message_accepted_again_reports_its_stored_outcome() -> None:
    register = FakeRegister()
    pending(register, mail())
    again = accept_message(fetched(mail()), register=register, policy=POLICY, now=NOW)
    assert again == IntakeResult(1, SubmissionOutcome.PENDING, None, None, already_registered=True)
    assert len(register.submissions) == 1


def test_a_message_fetched_again_reports_its_case_or_its_reason() -> None:
    register = FakeRegister()
    first = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                            policy=POLICY, now=NOW)  # fmt: skip
    again = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                            policy=POLICY, now=NOW)  # fmt: skip
    assert again == IntakeResult(1, SubmissionOutcome.RECEIVED, first.case_number, None, True)
    odd = mail(message_id="<odd@x>")
    reader = ScriptedReader([Unreadable("ødelagt MIME")])
    receive_message(fetched(odd, 2), register=register, decryptor=FakeDecryptor(), policy=POLICY,
                    now=NOW, reader=reader)  # fmt: skip
    known = accept_message(fetched(odd, 2), register=register, policy=POLICY, now=NOW)
    assert known == IntakeResult(2, SubmissionOutcome.QUARANTINED, None, "ødelagt MIME", True)


def test_other_bytes_under_a_taken_identity_are_registered_anew_under_a_spare_one(
    caplog: pytest.LogCaptureFixture,
) -> None:
    register = FakeRegister()
    pending(register, mail(body="første"))
    other = mail(body="andre", message_id="<m2@x>")
    with caplog.at_level(logging.WARNING, logger="intake.service"):
        second = accept_message(fetched(other), register=register, policy=POLICY, now=NOW)
    assert second.submission_id == 2 and not second.already_registered
    spare = register.submissions[2].source
    assert spare == f"maildir:1#{register.submissions[2].sha256[:16]}"
    assert (
        "identity collision: maildir:1 is registered with other bytes; registering this message "
        f"(sha256 {register.submissions[2].sha256[:16]}) as new"
    ) in caplog.messages
    # the same message fetched again is found under its spare identity
    third = accept_message(fetched(other), register=register, policy=POLICY, now=NOW)
    assert third.already_registered and third.submission_id == 2


def test_a_message_stored_under_its_legacy_name_is_the_same_message() -> None:
    register = FakeRegister()
    pending(register, mail(), uid=7)  # stored as "maildir:7" by an older version
    renamed = FetchedMessage("maildir:new", 7, mail(), NOW, legacy_sources=("maildir:7",))
    again = accept_message(renamed, register=register, policy=POLICY, now=NOW)
    assert again.already_registered and again.submission_id == 1


def test_a_collision_log_names_every_identity_taken(caplog: pytest.LogCaptureFixture) -> None:
    register = FakeRegister()
    pending(register, mail(body="en"), uid=1)
    pending(register, mail(body="to"), uid=7)
    both = FetchedMessage("maildir:1", 1, mail(body="tre"), NOW, legacy_sources=("maildir:7",))
    with caplog.at_level(logging.WARNING, logger="intake.service"):
        accept_message(both, register=register, policy=POLICY, now=NOW)
    assert caplog.messages[0].startswith("identity collision: maildir:1, maildir:7 is registered")


def test_a_legacy_name_with_other_bytes_leaves_the_new_name_as_it_is() -> None:
    register = FakeRegister()
    pending(register, mail(body="gammel"), uid=7)
    renamed = FetchedMessage("maildir:new", 7, mail(body="ny"), NOW, legacy_sources=("maildir:7",))
    result = accept_message(renamed, register=register, policy=POLICY, now=NOW)
    assert not result.already_registered
    assert register.submissions[result.submission_id].source == "maildir:new"


IMAP = "imap://kari@imap.example:993/INBOX"


def test_the_same_bytes_under_a_new_uidvalidity_of_the_same_folder_are_the_stored_message() -> None:
    register = FakeRegister()
    first = FetchedMessage(f"{IMAP};UIDVALIDITY=1/;UID=5", 5, mail(), NOW)
    accept_message(first, register=register, policy=POLICY, now=NOW)
    renumbered = replace(first, source=f"{IMAP};UIDVALIDITY=2/;UID=9")
    again = accept_message(renumbered, register=register, policy=POLICY, now=NOW)
    assert again.already_registered and len(register.submissions) == 1
    elsewhere = replace(first, source=f"{IMAP}.Sent;UIDVALIDITY=2/;UID=9")
    copy = accept_message(elsewhere, register=register, policy=POLICY, now=NOW)
    assert not copy.already_registered and len(register.submissions) == 2


class CountingRegister(FakeRegister):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def registered_copies(self, sources: Sequence[str], digests: Sequence[str]) -> list[Any]:
        self.calls.append("registered_copies")
        return super().registered_copies(sources, digests)

    def store_raws(self, messages: Sequence[tuple[str, bytes]]) -> None:
        self.calls.append("store_raws")
        super().store_raws(messages)

    def add_submissions(self, submissions: Sequence[NewSubmission]) -> list[int]:
        self.calls.append("add_submissions")
        return super().add_submissions(submissions)


TOGETHER = ["registered_copies", "store_raws", "add_submissions"]


def chunk_scenarios() -> dict[str, tuple[list[FetchedMessage], list[FetchedMessage], bool]]:
    """(stored before, the chunk, whether it is taken together) for accept_messages."""
    new = [fetched(mail(message_id=f"<n{n}@x>"), n) for n in (11, 12, 13)]
    stored = fetched(mail(body="lagret"), 1)
    collision = fetched(mail(body="andre bytes"), 1)  # the same identity, other bytes
    first = FetchedMessage(f"{IMAP};UIDVALIDITY=1/;UID=5", 5, mail(body="omnummerert"), NOW)
    renumbered = replace(first, source=f"{IMAP};UIDVALIDITY=2/;UID=9", uid=9)
    twice = fetched(mail(body="to ganger"), 21)
    return {
        "all new": ([], new, True),
        "registered already, and new": ([stored], [stored, new[0]], True),
        "a collision with a stored message": ([stored], [new[1], collision], True),
        "renumbered by the server": ([first], [new[1], renumbered], True),
        "the same bytes twice in one chunk": ([], [twice, replace(twice, source="m:22")], False),
        "a legacy name of one is another's": (
            [], [new[2], replace(new[0], legacy_sources=(new[2].source,))], False,
        ),
        "one identity twice in one chunk": ([], [new[0], collision, replace(new[1], uid=1,
                                            source=collision.source)], False),
    }  # fmt: skip


@pytest.mark.parametrize("scenario", list(chunk_scenarios()))
def test_a_chunk_is_accepted_as_its_messages_one_by_one(scenario: str) -> None:
    before, chunk, together = chunk_scenarios()[scenario]
    batched, alone = CountingRegister(), FakeRegister()
    for register in (batched, alone):
        for message in before:
            accept_message(message, register=register, policy=POLICY, now=NOW)
    batched.calls.clear()
    results = accept_messages(chunk, register=batched, policy=POLICY, now=NOW)
    expected = [accept_message(m, register=alone, policy=POLICY, now=NOW) for m in chunk]
    assert results == expected
    assert batched.submissions == alone.submissions and batched.raw == alone.raw
    assert (batched.calls == TOGETHER) is together


def test_a_chunk_is_looked_up_once_and_written_in_two_statements() -> None:
    register = CountingRegister()
    chunk = [fetched(mail(message_id=f"<n{n}@x>"), n) for n in range(5)]
    results = accept_messages(chunk, register=register, policy=POLICY, now=NOW)
    assert register.calls == TOGETHER
    assert [r.submission_id for r in results] == [1, 2, 3, 4, 5]
    assert all(r.pending and not r.already_registered for r in results)


class ListMailbox:
    """A mailbox that never empties: each fetch lists its messages again (moves are recorded)."""

    def __init__(self, messages: list[FetchedMessage]) -> None:
        self.messages = messages
        self.moves: list[list[str]] = []

    def fetch_new(self, batch_size: int = 50) -> Iterator[FetchedMessage]:
        yield from self.messages[:batch_size]

    def mark_processed(self, message: FetchedMessage) -> None:
        self.moves.append([message.source])

    def mark_all_processed(self, messages: Sequence[FetchedMessage]) -> None:
        self.moves.append([m.source for m in messages])

    def mark_quarantined(self, message: FetchedMessage) -> None:
        raise AssertionError("the receive stage quarantines nothing in the mailbox")


def test_receiving_commits_in_chunks_and_moves_each_chunk_once_stored() -> None:
    register = FakeRegister()
    opened: list[int] = []
    messages = [fetched(mail(message_id=f"<r{n}@x>"), n) for n in range(RECEIVE_CHUNK + 1)]
    box = ListMailbox(messages)
    seen: list[IntakeResult] = []
    summary = run_receive(
        box, open_register=lambda: Transaction(register, opened), policy=POLICY,
        clock=lambda: NOW, on_result=seen.append,
    )  # fmt: skip
    assert RECEIVE_CHUNK == 20
    assert [len(move) for move in box.moves] == [20, 1] and len(opened) == 2
    assert summary.counts == {"pending": 21} and len(seen) == 21
    assert {row.registered_at for row in register.submissions.values()} == {NOW}
    assert box.moves[1] == ["maildir:20"]


def test_receiving_takes_at_most_the_batch_and_an_empty_mailbox_opens_no_transaction() -> None:
    register = FakeRegister()
    opened: list[int] = []
    box = ListMailbox([fetched(mail(message_id=f"<r{n}@x>"), n) for n in range(3)])
    summary = run_receive(box, open_register=lambda: Transaction(register, opened),
                          policy=POLICY, clock=lambda: NOW, batch_size=2)  # fmt: skip
    assert summary.total == 2 and box.moves == [["maildir:0", "maildir:1"]]
    empty = run_receive(ListMailbox([]), open_register=lambda: Transaction(register, opened),
                        policy=POLICY, clock=lambda: NOW)  # fmt: skip
    assert empty.counts == {} and len(opened) == 1 and box.moves == [["maildir:0", "maildir:1"]]


def break_outer_header(
    monkeypatch: pytest.MonkeyPatch, bad: bytes, error: type[Exception], times: int = 99
) -> None:
    """Reading the outer header of `bad` fails `times` times (record_failure does not read it)."""
    from intake import service

    real = service.outer_header
    failures: list[bytes] = []

    def outer(raw: bytes) -> tuple[str | None, str, str]:
        if raw == bad and len(failures) < times:
            failures.append(raw)
            raise error("a bug")
        return real(raw)

    monkeypatch.setattr(service, "outer_header", outer)


def test_a_message_that_breaks_its_chunk_is_stored_alone_as_quarantined(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    register = FakeRegister()
    raws = [mail(message_id=f"<c{n}@x>") for n in range(3)]
    break_outer_header(monkeypatch, raws[1], ValueError)
    box = ListMailbox([fetched(raw, n) for n, raw in enumerate(raws)])
    with caplog.at_level(logging.WARNING, logger="intake.service"):
        summary = run_receive(box, open_register=lambda: Transaction(register), policy=POLICY,
                              clock=lambda: NOW)  # fmt: skip
    assert "storing 3 received messages together failed; storing each alone" in caplog.messages
    assert summary.counts == {"pending": 2, "quarantined": 1}
    broken = next(s for s in register.submissions.values() if s.source == "maildir:1")
    assert broken.reason == (
        "intern feil under mottak (ValueError); meldingen er lagret, meld fra til drift"
    )
    assert {row.registered_at for row in register.submissions.values()} == {NOW}
    assert broken.sha256 in register.raw
    assert broken.outcome is SubmissionOutcome.QUARANTINED and box.moves == [
        ["maildir:0", "maildir:1", "maildir:2"]
    ]


def test_a_fault_of_the_register_itself_stops_the_receive_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = FakeRegister()
    raw = mail()
    break_outer_header(monkeypatch, raw, ConnectionError, times=1)  # once: the chunk fails
    box = ListMailbox([fetched(raw)])
    with pytest.raises(ConnectionError):
        run_receive(box, open_register=lambda: Transaction(register), policy=POLICY,
                    clock=lambda: NOW, transient=(ConnectionError,))  # fmt: skip
    assert box.moves == []


def test_a_register_fault_while_storing_one_message_alone_stops_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = FakeRegister()
    raws = [mail(message_id=f"<t{n}@x>") for n in range(2)]
    calls: list[bytes] = []
    real = register.store_raw

    def store_raw(sha256: str, raw: bytes) -> None:
        calls.append(raw)
        if raw == raws[1] and len(calls) > 2:  # fails alone with a fault of the register
            raise ConnectionError("database down")
        if raw == raws[1]:
            raise ValueError("a bug")
        real(sha256, raw)

    monkeypatch.setattr(register, "store_raw", store_raw)
    box = ListMailbox([fetched(raw, n) for n, raw in enumerate(raws)])
    with pytest.raises(ConnectionError):
        run_receive(box, open_register=lambda: Transaction(register), policy=POLICY,
                    clock=lambda: NOW, transient=(ConnectionError,))  # fmt: skip


def test_a_message_already_recorded_as_failed_is_not_recorded_twice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake import service

    register = FakeRegister()
    pending(register, mail())

    def broken(*_args: object, **_kwargs: object) -> IntakeResult:
        raise ValueError("a bug")

    monkeypatch.setattr(service, "accept_message", broken)
    box = ListMailbox([fetched(mail())])
    summary = run_receive(box, open_register=lambda: Transaction(register), policy=POLICY,
                          clock=lambda: NOW)  # fmt: skip
    assert summary.counts == {"pending": 1} and len(register.submissions) == 1


# --- reading at receipt (receive_message, retry_quarantined) -----------------------------------


def test_a_read_that_may_have_failed_for_the_machine_is_tried_three_times() -> None:
    register = FakeRegister()
    reader = ScriptedReader([Unreadable("tidsavbrudd", retry=True)])
    result = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                             policy=POLICY, now=NOW, reader=reader)  # fmt: skip
    assert reader.calls == 3
    assert result.reason == "tidsavbrudd (etter 3 forsøk)" and result.quarantined
    assert register.submissions[result.submission_id].attempts == 3


def test_a_read_that_succeeds_on_the_second_try_counts_two_attempts() -> None:
    register = FakeRegister()
    reader = ScriptedReader([Unreadable("tidsavbrudd", retry=True), None])
    result = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                             policy=POLICY, now=NOW, reader=reader)  # fmt: skip
    assert result.outcome is SubmissionOutcome.RECEIVED and reader.calls == 2
    assert register.submissions[result.submission_id].attempts == 2


def test_a_message_that_is_itself_unreadable_is_read_once_and_keeps_its_reason() -> None:
    register = FakeRegister()
    reader = ScriptedReader([Unreadable("ødelagt MIME")])
    result = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                             policy=POLICY, now=NOW, reader=reader)  # fmt: skip
    assert (reader.calls, result.reason) == (1, "ødelagt MIME")
    assert register.submissions[result.submission_id].attempts == 1


def test_a_retried_quarantine_adds_its_reads_to_the_earlier_ones() -> None:
    register = FakeRegister()
    first = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                            policy=POLICY, now=NOW,
                            reader=ScriptedReader([Unreadable("x", retry=True)]))  # fmt: skip
    reader = ScriptedReader([Unreadable("tidsavbrudd", retry=True), None])
    later = NOW + timedelta(days=1)
    again = retry_quarantined(first.submission_id, register=register, decryptor=FakeDecryptor(),
                              policy=POLICY, now=later, reader=reader)  # fmt: skip
    assert again.outcome is SubmissionOutcome.RECEIVED
    row = register.submissions[first.submission_id]
    assert row.attempts == 5 and row.registered_at == later and row.received_at == NOW
    assert set(register.raw) == {row.sha256} == {hashlib.sha256(mail()).hexdigest()}
    with pytest.raises(NotQuarantined, match="Melding 1 ligger ikke i karantene."):
        retry_quarantined(1, register=register, decryptor=FakeDecryptor(), policy=POLICY, now=NOW)


def test_the_size_limit_is_named_in_whole_mebibytes() -> None:
    register = FakeRegister()
    policy = IntakePolicy(OSLO, ParseLimits(max_message_bytes=3 * MIB), "")
    raw = b"x" * (3 * MIB + 1)
    result = receive_message(fetched(raw), register=register, decryptor=FakeDecryptor(),
                             policy=policy, now=NOW)  # fmt: skip
    assert result.reason == "over størrelsesgrensen (3 MB)"
    assert register.raw[register.submissions[1].sha256] == raw
    exact = receive_message(fetched(b"x" * (3 * MIB), uid=2), register=register,
                            decryptor=FakeDecryptor(), policy=policy, now=NOW)  # fmt: skip
    assert exact.reason != "over størrelsesgrensen (3 MB)"


def test_a_broken_public_key_attached_does_not_stop_the_request() -> None:
    register = FakeRegister()

    class BrokenKeys(FakeDecryptor):
        def import_public_keys(self, data: bytes) -> list[object]:
            raise KeyringError(detail="ugyldig nøkkel")

    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "anne@vestby.example"
    message["Subject"] = "Anmodning"
    message.set_content("Vi anmoder om forhåndsdrøftelse.")
    message.add_attachment(b"not a key", "application", "pgp-keys", filename="anne.asc")
    keyring = BrokenKeys(known_senders={"anne@vestby.example": "F" * 40})
    result = receive_message(fetched(message.as_bytes()), register=register, decryptor=keyring,
                             policy=POLICY, now=NOW)  # fmt: skip
    assert result.outcome is SubmissionOutcome.RECEIVED and result.case_number is not None
    received = register.events(result.case_number)[0]
    assert received.data["sender_key"] == "F" * 40


def test_a_case_opened_at_receipt_records_the_incoming_journal_entry() -> None:
    register = FakeRegister()
    result = receive_message(fetched(mail(subject="   ")), register=register,
                             decryptor=FakeDecryptor(), policy=POLICY, now=NOW)  # fmt: skip
    assert result.case_number is not None
    case = register.cases[result.case_number]
    assert case == Case(result.case_number, CaseStatus.RECEIVED, NOW, date(2026, 3, 23),
                        "kari@kommune.example", "Anmodning om forhåndsdrøftelse", "Seksjon A",
                        None, "Kari Nordmann")  # fmt: skip
    (event,) = register.events(result.case_number)
    assert (event.kind, event.at, event.actor) == ("received", NOW, "saksflyt")
    assert event.data == {
        "sender_key": None, "submission_id": 1, "document_number": 1,
        "received_at": "2026-03-23T09:00:00+00:00", "encryption": "none", "signature": "none",
    }  # fmt: skip


def test_the_mail_text_is_kept_as_a_utf_8_text_document() -> None:
    register = FakeRegister()
    result = receive_message(fetched(mail(body="Forhåndsdrøftelse")), register=register,
                             decryptor=FakeDecryptor(), policy=POLICY, now=NOW)  # fmt: skip
    (body,) = register.documents[result.submission_id]
    data = body.text.encode("utf-8")
    assert body.text.strip() == "Forhåndsdrøftelse" and body.content == data
    assert (body.name, body.media_type, body.size) == ("e-postteksten.txt", "text/plain", len(data))
    assert body.sha256 == hashlib.sha256(data).hexdigest() and body.size > len(body.text)


def test_the_subject_from_inside_the_encryption_names_the_case() -> None:
    register = FakeRegister()
    for uid, (subject, title) in enumerate((("Beskyttet emne", "Beskyttet emne"),
                                            ("", "Ytre emne"))):  # fmt: skip
        raw = mail(subject="Ytre emne", message_id=f"<{uid}@x>")
        facts = InProcessReader(FakeDecryptor()).read(raw, ParseLimits())
        assert isinstance(facts, MessageFacts)
        reader = ScriptedReader([replace(facts, subject=subject)])
        result = receive_message(fetched(raw, uid), register=register,
                                 decryptor=FakeDecryptor(), policy=POLICY, now=NOW,
                                 reader=reader)  # fmt: skip
        assert result.case_number is not None
        assert register.cases[result.case_number].title == title


def test_a_long_subject_is_cut_to_500_characters_for_the_case_title() -> None:
    register = FakeRegister()
    result = receive_message(fetched(mail(subject="Anmodning " + "a" * 600)), register=register,
                             decryptor=FakeDecryptor(), policy=POLICY, now=NOW)  # fmt: skip
    assert result.case_number is not None
    assert len(register.cases[result.case_number].title) == 500


def test_a_message_without_a_parse_is_a_bug_of_the_reader() -> None:
    register = FakeRegister()
    facts = InProcessReader(FakeDecryptor()).read(mail(), ParseLimits())
    assert isinstance(facts, MessageFacts)
    reader = ScriptedReader([replace(facts, parsed=None)])
    with pytest.raises(ValueError, match="^the reader left a message unparsed$"):
        receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                        policy=POLICY, now=NOW, reader=reader)  # fmt: skip


def test_parse_problems_quarantine_the_message_with_each_problem_named() -> None:
    register = FakeRegister()
    facts = InProcessReader(FakeDecryptor()).read(mail(), ParseLimits())
    assert isinstance(facts, MessageFacts) and facts.parsed is not None
    parsed = replace(facts.parsed, problems=("vedlegg a.zip: for dypt", "b.pdf: skadet"))
    reader = ScriptedReader([replace(facts, parsed=parsed)])
    result = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                             policy=POLICY, now=NOW, reader=reader)  # fmt: skip
    assert result.quarantined and result.reason == "vedlegg a.zip: for dypt; b.pdf: skadet"


def test_reading_failures_quarantine_the_message_with_each_failure_named() -> None:
    register = FakeRegister()
    facts = InProcessReader(FakeDecryptor()).read(mail(), ParseLimits())
    assert isinstance(facts, MessageFacts)
    reader = ScriptedReader([replace(facts, failures=("ikke kryptert til oss", "ugyldig"))])
    result = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                             policy=POLICY, now=NOW, reader=reader)  # fmt: skip
    assert result.quarantined and result.reason == "ikke kryptert til oss; ugyldig"


def test_the_day_of_receipt_is_the_office_calendar_day() -> None:
    assert receipt_date(datetime(2026, 3, 20, 23, 30, tzinfo=UTC), OSLO) == date(2026, 3, 21)
    message = ReceivedMessage(fetched(b""), "0" * 64, POLICY, datetime(2026, 3, 22, 23, 5,
                                                                       tzinfo=UTC))  # fmt: skip
    assert message.today == date(2026, 3, 23)


def test_the_journal_entry_names_the_encryption_and_signature_of_the_message() -> None:
    crypto = CryptoRecord((Encryption.INLINE,), (), SignatureStatus.VALID, "AB" * 20)
    message = ReceivedMessage(fetched(b""), "0" * 64, POLICY, NOW, crypto=crypto)
    event = message.event("document_received", 4, 3, extra="x")
    assert (event.kind, event.at, event.actor) == ("document_received", NOW, "saksflyt")
    assert event.data == {
        "extra": "x", "submission_id": 4, "document_number": 3,
        "received_at": "2026-03-23T09:00:00+00:00", "encryption": "inline", "signature": "valid",
    }  # fmt: skip


# --- the process stage -------------------------------------------------------------------------


def test_processing_claims_a_pending_message_and_opens_its_case() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    result = process(register, ScriptedReader([None]), clock_at=NOW + timedelta(hours=1))
    assert result == IntakeResult(sid, SubmissionOutcome.RECEIVED, CaseNumber(2026, 1))
    row = register.submissions[sid]
    assert row.outcome is SubmissionOutcome.RECEIVED and row.attempts == 1
    assert row.registered_at == NOW + timedelta(hours=1)
    assert register.leases == {}


def test_processing_with_nothing_pending_returns_none() -> None:
    assert process(FakeRegister(), ScriptedReader([None])) is None


JUDGED = replace(POLICY, assessment=AssessmentPolicy(load_case_type("prior_consultation")))


def transactions_to_process(register: FakeRegister) -> tuple[IntakeResult | None, int]:
    """Process one pending submission with the completeness check; how many transactions."""
    opened: list[int] = []
    result = process_next(
        open_register=lambda: Transaction(register, opened), decryptor=FakeDecryptor(),
        policy=JUDGED, clock=lambda: NOW, lease=LEASE, reader=ScriptedReader([None]),
    )  # fmt: skip
    return result, len(opened)


def test_a_new_request_is_judged_first_then_opened_judged_and_answered_in_one_transaction() -> None:
    register = FakeRegister()
    sid = pending(register, mail(body="Hei! Et spørsmål om kameraer."))
    result, transactions = transactions_to_process(register)
    assert result == IntakeResult(sid, SubmissionOutcome.NEEDS_REVIEW, CaseNumber(2026, 1))
    assert transactions == 2  # claim; classify, open, record the judgement and answer
    kinds = [e.kind for e in register.events(CaseNumber(2026, 1))]
    assert kinds[:2] == ["received", "completeness_checked"] and "letter_queued" in kinds
    assert register.submissions[sid].outcome is SubmissionOutcome.NEEDS_REVIEW


@pytest.mark.parametrize(
    "headers",
    [
        {"subject": "Ang. sak 2026/00042"},  # names a case (none here: it opens one)
        {"in_reply_to": "<ours@datatilsynet.example>"},  # answers a thread we do not know
        {"references": "<ours@datatilsynet.example>"},
    ],
)
def test_a_mail_that_may_belong_to_a_case_is_opened_first_and_judged_apart(
    headers: dict[str, str],
) -> None:
    register = FakeRegister()
    sid = pending(register, mail(body="Hei! Et spørsmål om kameraer.", **headers))
    result, transactions = transactions_to_process(register)
    assert result == IntakeResult(sid, SubmissionOutcome.NEEDS_REVIEW, CaseNumber(2026, 1))
    assert transactions == 3  # claim; classify and open; judge and answer


def test_after_an_attempt_that_ended_without_an_outcome_the_case_is_opened_first() -> None:
    register = FakeRegister()
    sid = pending(register, mail(body="Hei! Et spørsmål om kameraer."))
    attempts_so_far(register, sid, 1)  # the judgement may be what killed the last worker
    result, transactions = transactions_to_process(register)
    assert result == IntakeResult(sid, SubmissionOutcome.NEEDS_REVIEW, CaseNumber(2026, 1))
    assert transactions == 3 and register.submissions[sid].attempts == 2


def test_a_judgement_ahead_that_fails_is_made_again_once_the_case_is_opened(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from intake import service

    def broken(*_args: object, **_kwargs: object) -> None:
        raise ValueError("a bug")

    monkeypatch.setattr(service, "check_new_request", broken)  # the opened case's is the real one
    register = FakeRegister()
    sid = pending(register, mail(body="Hei! Et spørsmål om kameraer."))
    with caplog.at_level(logging.WARNING, logger="intake.service"):
        result, transactions = transactions_to_process(register)
    assert result == IntakeResult(sid, SubmissionOutcome.NEEDS_REVIEW, CaseNumber(2026, 1))
    assert transactions == 3  # claim; classify and open; judge and answer
    assert "judging a new request before opening its case failed" in caplog.text


def test_a_claim_lost_while_judging_ahead_opens_no_case(monkeypatch: pytest.MonkeyPatch) -> None:
    from intake import service

    register = FakeRegister()
    sid = pending(register, mail(body="Hei! Et spørsmål om kameraer."))
    judge = service.check_new_request

    def judge_then_lose(*args: object, **kwargs: object) -> object:
        steal(register, sid)  # another worker takes it meanwhile
        return judge(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "check_new_request", judge_then_lose)
    result, _ = transactions_to_process(register)
    assert result is not None and result.claim_lost
    assert register.submissions[sid].outcome is SubmissionOutcome.PENDING
    assert register.cases == {}


def test_an_outcome_is_recorded_at_the_time_it_was_decided_not_when_claimed() -> None:
    register = FakeRegister()
    times = [NOW]
    policy = replace(POLICY, assessment=AssessmentPolicy(load_case_type("prior_consultation")))

    def run(reader: ScriptedReader) -> IntakeResult | None:
        return process_next(
            open_register=lambda: Transaction(register), decryptor=FakeDecryptor(),
            policy=policy, clock=lambda: times[-1], lease=LEASE, reader=reader,
        )  # fmt: skip

    def an_hour_passes() -> None:
        times.append(times[-1] + timedelta(hours=1))

    opened = pending(register, mail())
    run(ScriptedReader([None], during_read=[an_hour_passes]))
    assert register.submissions[opened].registered_at == NOW + timedelta(hours=1)
    assert {e.at for e in register.events(CaseNumber(2026, 1))} == {NOW + timedelta(hours=1)}
    broken = pending(register, mail(message_id="<u@x>"), uid=2)
    run(ScriptedReader([Unreadable("ødelagt")], during_read=[an_hour_passes]))
    assert register.submissions[broken].registered_at == NOW + timedelta(hours=2)


def test_the_subject_from_inside_the_encryption_names_the_case_in_the_process_stage() -> None:
    register = FakeRegister()
    pending(register, mail(subject="Ytre emne"))
    facts = InProcessReader(FakeDecryptor()).read(mail(subject="Ytre emne"), ParseLimits())
    assert isinstance(facts, MessageFacts)
    result = process(register, ScriptedReader([replace(facts, subject="Beskyttet emne")]))
    assert result is not None and result.case_number is not None
    assert register.cases[result.case_number].title == "Beskyttet emne"


def request_with_attachment() -> bytes:
    """The first three parts in the mail text, the other two attached."""
    from email.message import EmailMessage

    from tests.unit.test_assessment import FIRST_THREE, MANAGEMENT, RISK

    message = EmailMessage()
    message["From"] = "Anne Lund <anne.lund@vestby.example>"
    message["Subject"] = "Anmodning om forhåndsdrøftelse"
    message["Message-ID"] = "<vedlegg@vestby.example>"
    message.set_content(FIRST_THREE)
    message.add_attachment(RISK + MANAGEMENT, filename="dpia.txt")
    return message.as_bytes()


JUDGED = replace(POLICY, assessment=AssessmentPolicy(load_case_type("prior_consultation")))


def test_the_process_stage_judges_the_attachments_with_the_mail_text() -> None:
    register = FakeRegister()
    sid = pending(register, request_with_attachment())
    result = process(register, ScriptedReader([None]), policy=JUDGED)
    assert result == IntakeResult(sid, SubmissionOutcome.REGISTERED, CaseNumber(2026, 1))


def test_a_request_judged_at_receipt_is_judged_with_its_attachments_and_files_them() -> None:
    register = FakeRegister()
    filed = filing(register)
    result = receive_message(fetched(request_with_attachment()), register=register,
                             decryptor=FakeDecryptor(), policy=JUDGED, now=NOW)  # fmt: skip
    assert result == IntakeResult(1, SubmissionOutcome.REGISTERED, CaseNumber(2026, 1))
    assert filed == [(1, CaseNumber(2026, 1), 2)]
    assert {e.at for e in register.events(CaseNumber(2026, 1))} == {NOW}


def steal(register: FakeRegister, sid: int) -> None:
    register.leases[sid] = ("worker-2", NOW + timedelta(hours=1))


def test_a_claim_lost_while_reading_records_nothing(caplog: pytest.LogCaptureFixture) -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    reader = ScriptedReader([None], during_read=[lambda: steal(register, sid)])
    with caplog.at_level(logging.WARNING, logger="intake.service"):
        result = process(register, reader)
    assert result == IntakeResult(sid, SubmissionOutcome.PENDING, claim_lost=True)
    assert "submission 1: the lease went to another worker" in caplog.messages
    assert register.submissions[sid].outcome is SubmissionOutcome.PENDING and not register.cases


def test_each_retried_read_is_counted_on_the_submission_before_it_starts() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    reader = ScriptedReader([Unreadable("tidsavbrudd", retry=True)])
    result = process(register, reader)
    assert reader.calls == MAX_ATTEMPTS == 3
    assert result is not None and result.reason == "tidsavbrudd (etter 3 forsøk)"
    assert result.quarantined and register.submissions[sid].attempts == 3


def test_a_read_retried_after_a_machine_fault_can_succeed() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    reader = ScriptedReader([Unreadable("tidsavbrudd", retry=True), None])
    result = process(register, reader)
    assert result is not None and result.outcome is SubmissionOutcome.RECEIVED
    assert reader.calls == 2 and register.submissions[sid].attempts == 2


def test_a_claim_lost_between_two_reads_ends_the_attempt() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    reader = ScriptedReader([Unreadable("tidsavbrudd", retry=True)],
                            during_read=[lambda: steal(register, sid)])  # fmt: skip
    result = process(register, reader)
    assert result is not None and result.claim_lost and reader.calls == 1


def test_an_unreadable_message_is_quarantined_by_the_process_stage() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    sha256 = register.submissions[sid].sha256
    result = process(register, ScriptedReader([Unreadable("ødelagt MIME")]))
    assert result == IntakeResult(sid, SubmissionOutcome.QUARANTINED, None, "ødelagt MIME")
    row = register.submissions[sid]  # named by its outer header, as received
    assert (row.message_id, row.sender, row.subject, row.sha256) == (
        "<m1@kommune.example>",
        "kari@kommune.example",
        "Anmodning om forhåndsdrøftelse",
        sha256,
    )
    assert (row.registered_at, row.attempts) == (NOW, 1)


def test_an_oversized_pending_message_is_quarantined_unread() -> None:
    register = FakeRegister()
    policy = IntakePolicy(OSLO, ParseLimits(max_message_bytes=2 * MIB), "")
    sid = pending(register, b"x" * (2 * MIB + 1))
    reader = ScriptedReader([None])
    result = process(register, reader, policy=policy)
    assert result is not None and result.reason == "over størrelsesgrensen (2 MB)"
    assert reader.calls == 0 and register.submissions[sid].outcome is SubmissionOutcome.QUARANTINED
    pending(register, b"y" * (2 * MIB), uid=2)
    at_limit = process(register, ScriptedReader([Unreadable("lest")]), policy=policy)
    assert at_limit is not None and at_limit.reason == "lest"


def attempts_so_far(register: FakeRegister, sid: int, attempts: int) -> None:
    register.submissions[sid] = replace(register.submissions[sid], attempts=attempts)


def test_a_message_whose_attempts_all_died_is_quarantined_unread() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    attempts_so_far(register, sid, MAX_ATTEMPTS)  # this claim is attempt 4
    reader = ScriptedReader([None])
    result = process(register, reader)
    assert reader.calls == 0 and result is not None and result.quarantined
    assert result.reason == (
        "behandlingen av meldingen stoppet uten resultat 3 ganger (prosessen døde eller ble "
        f"stoppet); {KEEP}"
    )
    assert register.submissions[sid].attempts == 4


def test_the_last_allowed_attempt_still_reads_the_message() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    attempts_so_far(register, sid, MAX_ATTEMPTS - 1)
    result = process(register, ScriptedReader([None]))
    assert result is not None and result.outcome is SubmissionOutcome.RECEIVED


def opened_but_not_judged(register: FakeRegister, attempts: int) -> tuple[int, CaseNumber]:
    """A pending row whose case an earlier attempt opened before it died."""
    sid = pending(register, mail())
    first = process(register, ScriptedReader([None]))
    assert first is not None and first.case_number is not None
    row = register.submissions[sid]
    register.submissions[sid] = replace(row, outcome=SubmissionOutcome.PENDING, attempts=attempts)
    return sid, first.case_number


def test_a_case_whose_judgement_keeps_killing_the_worker_goes_to_a_caseworker() -> None:
    register = FakeRegister()
    sid, number = opened_but_not_judged(register, MAX_ATTEMPTS)
    times = [NOW]

    def ticking() -> datetime:  # a minute passes at each reading of the clock
        times.append(times[-1] + timedelta(minutes=1))
        return times[-1]

    result = process_next(
        open_register=lambda: Transaction(register), decryptor=FakeDecryptor(), policy=POLICY,
        clock=ticking, lease=LEASE, reader=ScriptedReader([None]),
    )  # fmt: skip
    assert result == IntakeResult(sid, SubmissionOutcome.RECEIVED, number,
                                  f"{NOT_JUDGED} (3 forsøk)")  # fmt: skip
    row = register.submissions[sid]
    assert (row.case_number, row.outcome) == (number, SubmissionOutcome.RECEIVED)
    assert row.registered_at == times[-1]  # when the outcome was recorded


def test_a_case_opened_by_an_attempt_that_died_is_judged_without_reading_again() -> None:
    register = FakeRegister()
    sid, number = opened_but_not_judged(register, MAX_ATTEMPTS - 1)  # this claim is attempt 3
    policy = replace(POLICY, assessment=AssessmentPolicy(load_case_type("prior_consultation")))
    reader = ScriptedReader([None])
    result = process(register, reader, policy=policy)
    assert reader.calls == 0
    assert result == IntakeResult(sid, SubmissionOutcome.NEEDS_REVIEW, number)
    assert len(register.cases) == 1


def test_a_judgement_that_fails_leaves_the_new_case_to_a_caseworker() -> None:
    register = FakeRegister()
    sid, number = opened_but_not_judged(register, 1)
    result = process(register, ScriptedReader([None]))  # no assessment policy: it fails
    assert result == IntakeResult(sid, SubmissionOutcome.RECEIVED, number,
                                  f"{NOT_JUDGED} (ValueError)")  # fmt: skip
    assert register.submissions[sid].reason == f"{NOT_JUDGED} (ValueError)"


def test_a_judgement_is_not_recorded_by_a_worker_that_lost_its_claim() -> None:
    register = FakeRegister()
    sid, _number = opened_but_not_judged(register, 1)
    policy = replace(POLICY, assessment=AssessmentPolicy(load_case_type("prior_consultation")))
    real_claim = register.claim_pending

    def claim_then_lose(holder: str, now: datetime, lease: timedelta) -> PendingSubmission | None:
        found = real_claim(holder, now, lease)
        steal(register, sid)  # another worker takes it before the judgement is recorded
        return found

    register.claim_pending = claim_then_lose  # type: ignore[method-assign]
    result = process(register, ScriptedReader([None]), policy=policy)
    assert result is not None and result.claim_lost
    assert register.submissions[sid].outcome is SubmissionOutcome.PENDING


def test_a_bug_while_processing_quarantines_the_message_with_its_kind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake import service

    register = FakeRegister()
    sid = pending(register, mail())

    def broken(*_args: object, **_kwargs: object) -> IntakeResult:
        raise KeyError("a bug")

    monkeypatch.setattr(service, "_classify", broken)
    result = process(register, ScriptedReader([None]))
    reason = f"intern feil under behandling (KeyError); {KEEP}"
    assert result == IntakeResult(sid, SubmissionOutcome.QUARANTINED, None, reason)


def test_a_fault_of_the_register_while_processing_stops_the_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intake import service

    register = FakeRegister()
    sid = pending(register, mail())

    def down(*_args: object, **_kwargs: object) -> IntakeResult:
        raise ConnectionError("database down")

    monkeypatch.setattr(service, "_classify", down)
    with pytest.raises(ConnectionError):
        process(register, ScriptedReader([None]), transient=(ConnectionError,))
    assert register.submissions[sid].outcome is SubmissionOutcome.PENDING


def test_a_quarantine_is_not_recorded_by_a_worker_that_lost_its_claim() -> None:
    register = FakeRegister()
    sid = pending(register, mail())
    reader = ScriptedReader([Unreadable("ødelagt")], during_read=[lambda: steal(register, sid)])
    result = process(register, reader)
    assert result is not None and result.claim_lost
    assert register.submissions[sid].outcome is SubmissionOutcome.PENDING


def test_processing_runs_until_nothing_is_free_or_the_limit() -> None:
    register = FakeRegister()
    for n in range(3):
        pending(register, mail(message_id=f"<q{n}@x>", subject=f"Sak {n}"), uid=n)
    seen: list[IntakeResult] = []
    first = run_process(open_register=lambda: Transaction(register), decryptor=FakeDecryptor(),
                        policy=POLICY, clock=lambda: NOW, lease=LEASE, limit=2,
                        on_result=seen.append)  # fmt: skip
    assert first.counts == {"received": 2} and [r.submission_id for r in seen] == [1, 2]
    rest = run_process(open_register=lambda: Transaction(register), decryptor=FakeDecryptor(),
                       policy=POLICY, clock=lambda: NOW, lease=LEASE)  # fmt: skip
    assert rest.counts == {"received": 1}


def test_a_run_of_both_stages_counts_each_message_once_and_reports_no_pending() -> None:
    register = FakeRegister()
    box = ListMailbox([fetched(mail(message_id=f"<b{n}@x>", subject=f"Sak {n}"), n)
                       for n in range(2)])  # fmt: skip
    pending(register, mail(message_id="<b0@x>", subject="Sak 0"), uid=0)  # received before
    seen: list[IntakeResult] = []
    summary = run_intake(box, open_register=lambda: Transaction(register),
                         decryptor=FakeDecryptor(), policy=POLICY, clock=lambda: NOW,
                         on_result=seen.append)  # fmt: skip
    assert summary.counts == {"received": 2}
    assert [r.outcome for r in seen] == [SubmissionOutcome.RECEIVED] * 2


def test_a_run_of_both_stages_reports_what_was_registered_already() -> None:
    register = FakeRegister()
    raw = mail()
    receive_message(fetched(raw), register=register, decryptor=FakeDecryptor(), policy=POLICY,
                    now=NOW)  # fmt: skip
    seen: list[IntakeResult] = []
    summary = run_intake(ListMailbox([fetched(raw)]), open_register=lambda: Transaction(register),
                         decryptor=FakeDecryptor(), policy=POLICY, clock=lambda: NOW,
                         on_result=seen.append)  # fmt: skip
    assert summary.counts == {"already_registered": 1}
    assert [r.already_registered for r in seen] == [True]


def test_a_run_of_both_stages_passes_on_its_reader_batch_and_register_faults(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = FakeRegister()
    box = ListMailbox([fetched(mail(message_id=f"<d{n}@x>"), n) for n in range(3)])
    reader = ScriptedReader([Unreadable("ødelagt MIME")])
    summary = run_intake(box, open_register=lambda: Transaction(register),
                         decryptor=FakeDecryptor(), policy=POLICY, clock=lambda: NOW,
                         batch_size=2, reader=reader, lease=LEASE)  # fmt: skip
    assert summary.counts == {"quarantined": 2} and reader.calls == 2
    from intake import service

    def down(*_args: object, **_kwargs: object) -> IntakeResult:
        raise ConnectionError("database down")

    real_classify = service._classify
    monkeypatch.setattr(service, "_classify", down)
    with pytest.raises(ConnectionError):  # in the process stage
        run_intake(box, open_register=lambda: Transaction(register), decryptor=FakeDecryptor(),
                   policy=POLICY, clock=lambda: NOW, transient=(ConnectionError,))  # fmt: skip
    monkeypatch.setattr(service, "_classify", real_classify)
    box.messages.append(fetched(mail(message_id="<d3@x>"), 3))
    break_outer_header(monkeypatch, box.messages[3].raw, ConnectionError, times=1)
    with pytest.raises(ConnectionError):  # in the receive stage
        run_intake(box, open_register=lambda: Transaction(register), decryptor=FakeDecryptor(),
                   policy=POLICY, clock=lambda: NOW, transient=(ConnectionError,))  # fmt: skip


def filing(register: FakeRegister) -> list[tuple[int, CaseNumber | None, int]]:
    """Records under which case each submission's documents are filed."""
    filed: list[tuple[int, CaseNumber | None, int]] = []
    real_add = register.add_documents

    def add_documents(sid: int, case: CaseNumber | None, documents: Sequence[Document]) -> None:
        filed.append((sid, case, len(documents)))
        real_add(sid, case, documents)

    register.add_documents = add_documents  # type: ignore[method-assign]
    return filed


def test_a_reply_attached_to_its_case_is_filed_and_journaled_under_it() -> None:
    from tests.unit.test_assessment import DEFERRED, FIRST_THREE, MANAGEMENT, RISK

    register = FakeRegister()
    filed = filing(register)
    first = receive_message(fetched(mail(body=FIRST_THREE + DEFERRED)), register=register,
                            decryptor=FakeDecryptor(), policy=JUDGED, now=NOW)  # fmt: skip
    assert first.outcome is SubmissionOutcome.DEFICIENT and first.case_number is not None
    reply = mail(f"SV: {first.case_number.reference(1)}", RISK + MANAGEMENT, message_id="<sv@x>")
    later = NOW + timedelta(days=2)
    result = receive_message(fetched(reply, 2), register=register, decryptor=FakeDecryptor(),
                             policy=JUDGED, now=later)  # fmt: skip
    assert result == IntakeResult(2, SubmissionOutcome.ATTACHED, first.case_number)
    row = register.submissions[2]
    assert (row.case_number, row.outcome) == (first.case_number, SubmissionOutcome.ATTACHED)
    assert filed[-1] == (2, first.case_number, 1)
    events = register.events(first.case_number)
    entry = next(e for e in events if e.kind == "document_received")
    assert (entry.data["submission_id"], entry.data["document_number"]) == (2, 3)
    after = events[events.index(entry) :]
    assert "info_received" in [e.kind for e in after] and {e.at for e in after} == {later}


def test_a_follow_up_from_a_stranger_is_recorded_outside_the_case() -> None:
    register = FakeRegister()
    first = receive_message(fetched(mail()), register=register, decryptor=FakeDecryptor(),
                            policy=POLICY, now=NOW)  # fmt: skip
    assert first.case_number is not None
    raw = mail(f"Sak {first.case_number.reference()}", message_id="<s@x>").replace(
        b"kari@kommune.example", b"mallory@evil.example"
    )
    later = NOW.replace(hour=10)
    result = receive_message(fetched(raw, 2), register=register, decryptor=FakeDecryptor(),
                             policy=POLICY, now=later)  # fmt: skip
    reason = "oppfølging fra ukjent avsender (viser til sak 2026/00001)"
    assert result == IntakeResult(2, SubmissionOutcome.NEEDS_REVIEW, None, reason)
    row = register.submissions[2]
    assert (row.case_number, row.outcome, row.reason) == (
        None,
        SubmissionOutcome.NEEDS_REVIEW,
        reason,
    )
    event = register.events(first.case_number)[-1]
    assert event == CaseEvent("follow_up_from_unknown_sender", later, "saksflyt",
                              {"submission_id": 2, "sender": "mallory@evil.example"})  # fmt: skip


def test_each_stage_takes_at_most_50_messages_by_default() -> None:
    register = FakeRegister()
    box = ListMailbox([fetched(mail(message_id=f"<f{n}@x>"), n) for n in range(51)])
    assert run_receive(box, open_register=lambda: Transaction(register), policy=POLICY,
                       clock=lambda: NOW).total == 50  # fmt: skip
    other = FakeRegister()
    summary = run_intake(box, open_register=lambda: Transaction(other), decryptor=FakeDecryptor(),
                         policy=POLICY, clock=lambda: NOW,
                         reader=ScriptedReader([Unreadable("x")]))  # fmt: skip
    assert summary.counts == {"quarantined": 50}


def test_the_process_stage_decrypts_with_the_office_keyring_by_default() -> None:
    register = FakeRegister()
    armored = "-----BEGIN PGP MESSAGE-----\n\nhQEMA1KEY\n=abcd\n-----END PGP MESSAGE-----\n"
    pending(register, mail(body=armored))
    keyring = FakeDecryptor({b"KEY": "Vi anmoder om forhåndsdrøftelse.".encode()})
    summary = run_process(open_register=lambda: Transaction(register), decryptor=keyring,
                          policy=POLICY, clock=lambda: NOW, lease=LEASE)  # fmt: skip
    assert summary.counts == {"received": 1} and keyring.calls == 1


def test_who_may_add_to_a_case_is_read_from_the_last_at_of_each_address() -> None:
    quoted = '"kari@hjemme"@kommune.example'
    assert is_entitled(CaseParties("per@kommune.example"), quoted, CryptoRecord())
    assert is_entitled(CaseParties(quoted), "per@kommune.example", CryptoRecord())


# --- the summary ---------------------------------------------------------------------------------


def test_the_summary_counts_lost_claims_pending_known_and_outcomes_apart() -> None:
    summary = IntakeSummary()
    summary.add(IntakeResult(1, SubmissionOutcome.PENDING, claim_lost=True))
    summary.add(IntakeResult(2, SubmissionOutcome.PENDING, already_registered=True))
    summary.add(IntakeResult(3, SubmissionOutcome.DUPLICATE, already_registered=True))
    summary.add(IntakeResult(4, SubmissionOutcome.DUPLICATE))
    summary.add(IntakeResult(5, SubmissionOutcome.DUPLICATE))
    assert summary.counts == {"claim_lost": 1, "pending": 1, "already_registered": 1,
                              "duplicate": 2}  # fmt: skip
    assert summary.total == 5


def test_merged_summaries_add_their_counts_and_keep_another_receiver() -> None:
    one = IntakeSummary({"received": 2, "ignored": 1})
    two = IntakeSummary({"received": 3, "duplicate": 1}, another_receiver=True)
    merged = one.merge(two)
    assert merged == IntakeSummary({"received": 5, "ignored": 1, "duplicate": 1}, True)
    assert one.counts == {"received": 2, "ignored": 1}  # unchanged
    assert two.merge(one).another_receiver and not one.merge(IntakeSummary()).another_receiver
