"""The budgeted child reader: time, memory, a dying child, and the attempts on the row."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from cases.model import SignatureStatus, SubmissionOutcome
from crypto.gpg import GpgKeyring
from crypto.status import Decryption
from intake.mailbox import FetchedMessage
from intake.sandbox import SandboxReader
from intake.service import IntakePolicy, receive_message, retry_quarantined
from reading.message import MessageBudget, MessageFacts, Unreadable
from reading.parse import ParseLimits
from tests.fakes import FakeDecryptor, FakeRegister
from tests.hostile import garbage_packet, mail, office_bomb

ARMORED = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA\n-----END PGP MESSAGE-----\n"
NOW = datetime(2026, 3, 23, 9, 0, tzinfo=UTC)
POLICY = IntakePolicy(ZoneInfo("Europe/Oslo"), ParseLimits(), "Seksjon A")


class SlowDecryptor(FakeDecryptor):
    def decrypt(self, ciphertext: bytes) -> Decryption:
        time.sleep(60)
        raise AssertionError("the reader should have been stopped")


class DyingDecryptor(FakeDecryptor):
    def decrypt(self, ciphertext: bytes) -> Decryption:
        os._exit(9)  # as a crash in C, or the OOM killer, would end the child


def inline_encrypted() -> bytes:
    return mail(1, body=ARMORED.decode()).as_bytes()


def test_a_plain_message_is_read_in_the_child_like_in_this_process() -> None:
    with SandboxReader(FakeDecryptor, MessageBudget(seconds=30)) as reader:
        facts = reader.read(mail(1).as_bytes(), ParseLimits())
        again = reader.read(mail(2).as_bytes(), ParseLimits())
    assert isinstance(facts, MessageFacts) and isinstance(again, MessageFacts)
    assert facts.envelope.message_id == "<hostile-1@kommune.example>"
    assert facts.parsed is not None and "anmodning" in facts.parsed.body
    assert reader.stats.messages == 2 and reader.stats.max_rss_bytes > 0


def test_a_message_over_time_is_stopped_with_its_gpg_and_the_next_one_is_read() -> None:
    with SandboxReader(SlowDecryptor, MessageBudget(seconds=2)) as reader:
        started = time.monotonic()
        slow = reader.read(inline_encrypted(), ParseLimits())
        stopped_after = time.monotonic() - started
        after = reader.read(mail(2).as_bytes(), ParseLimits())
    assert isinstance(slow, Unreadable) and not slow.retry
    assert "for stor eller for kompleks til å lese automatisk" in slow.reason
    assert "2 s" in slow.reason and stopped_after < 10
    assert isinstance(after, MessageFacts)


def test_one_child_reads_message_after_message_and_is_replaced_after_one_over_budget() -> None:
    with SandboxReader(SlowDecryptor, MessageBudget(seconds=2)) as reader:
        first = [reader.read(mail(n).as_bytes(), ParseLimits()) for n in (1, 2, 3)]
        assert reader.stats.children == 1  # the same child read all three
        slow = reader.read(inline_encrypted(), ParseLimits())
        after = [reader.read(mail(n).as_bytes(), ParseLimits()) for n in (4, 5)]
    assert all(isinstance(facts, MessageFacts) for facts in [*first, *after])
    assert isinstance(slow, Unreadable) and "for stor eller for kompleks" in slow.reason
    assert reader.stats.children == 2  # the one over budget was killed; one more read the rest
    assert reader.stats.messages == 6 and reader.stats.cpu_seconds > 0


def test_an_office_bomb_ends_over_the_memory_budget() -> None:
    budget = MessageBudget(seconds=60, memory_bytes=300 * 1024 * 1024)
    with SandboxReader(FakeDecryptor, budget) as reader:
        result = reader.read(office_bomb(), ParseLimits())
        after = reader.read(mail(2).as_bytes(), ParseLimits())
    assert isinstance(result, Unreadable)
    assert "for stor eller for kompleks" in result.reason and "300 MB minne" in result.reason
    assert isinstance(after, MessageFacts)


def test_a_child_that_dies_is_tried_three_times_then_quarantined_with_the_count() -> None:
    register = FakeRegister()
    fetched = FetchedMessage("imap:INBOX:7:1", 1, inline_encrypted(), NOW)
    with SandboxReader(DyingDecryptor, MessageBudget(seconds=30)) as reader:
        result = receive_message(
            fetched, register=register, decryptor=FakeDecryptor(), policy=POLICY, now=NOW,
            reader=reader,
        )  # fmt: skip
        assert result.outcome is SubmissionOutcome.QUARANTINED
        assert "etter 3 forsøk" in (result.reason or "")
        assert register.get_submission(result.submission_id).attempts == 3
        assert fetched.raw in register.raw.values()  # the original is kept
        retried = retry_quarantined(
            result.submission_id, register=register, decryptor=FakeDecryptor(), policy=POLICY,
            now=NOW, reader=reader,
        )  # fmt: skip
    assert retried.quarantined
    assert register.get_submission(result.submission_id).attempts == 6


def test_gpg_that_stops_reading_a_garbage_packet_is_judged_by_its_status(tmp_path: Path) -> None:
    home = Path(os.path.realpath("/tmp")) / f"gpg-sandbox-{os.getpid()}"
    factory = partial(GpgKeyring, home)
    try:
        with SandboxReader(factory, MessageBudget(seconds=60)) as reader:
            result = reader.read(garbage_packet(), ParseLimits())
    finally:
        GpgKeyring(home).close()
    assert isinstance(result, MessageFacts)
    assert result.failures == ("kryptert melding: kunne ikke dekrypteres (ukjent feil fra GnuPG)",)
    assert result.crypto.signature is SignatureStatus.NONE
