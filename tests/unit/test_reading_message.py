"""Reading one message within its budget: header limits, caps, and storable text."""

from __future__ import annotations

import time

from cases.model import Document
from crypto.header_limits import header_problem
from reading.message import (
    InProcessReader,
    MessageBudget,
    MessageFacts,
    Unreadable,
    clean_text,
    over_budget,
)
from reading.parse import ParsedMessage, ParseLimits
from tests.fakes import FakeDecryptor
from tests.hostile import (
    deep_nesting,
    header_bomb,
    long_fields,
    mail,
    nul_characters,
    utf8_message_id,
)


def read(raw: bytes) -> MessageFacts | Unreadable:
    return InProcessReader(FakeDecryptor()).read(raw, ParseLimits())


def test_a_header_bomb_is_refused_before_the_stdlib_parses_it() -> None:
    started = time.monotonic()
    result = read(header_bomb(16_000))
    assert time.monotonic() - started < 1
    assert isinstance(result, Unreadable) and not result.retry
    assert "for stor eller for kompleks" in result.reason and "«Subject»" in result.reason


def test_encoded_words_are_counted_per_field_and_real_headers_pass() -> None:
    few = " ".join(["=?utf-8?q?s=C3=B8knad?="] * 150)
    many = " ".join(["=?utf-8?q?a?="] * 250)
    assert header_problem(f"Subject: {few}\r\n\r\nHei".encode()) is None
    problem = header_problem(f"From: a@b.c\r\nSubject: x\r\n {many}\r\n\r\nHei".encode())
    assert problem is not None and "250 kodede ord" in problem
    references = " ".join(f"<{n}.thread@kommune.example>" for n in range(300))  # 9 kB
    assert header_problem(f"References: {references}\r\n\r\nHei".encode()) is None
    assert header_problem(mail(1).as_bytes()) is None


def test_nesting_past_the_parsers_recursion_is_quarantined_with_a_reason() -> None:
    result = read(deep_nesting(1_200))
    assert isinstance(result, Unreadable) and "nøstet for dypt" in result.reason


def test_text_is_made_storable_on_both_databases() -> None:
    assert clean_text("a\x00b") == "ab"
    assert clean_text("s\udcc3\udcb8knad") == "søknad"  # RFC 6532 UTF-8 kept as escapes
    assert clean_text("x\ud800y") == "x?y"
    assert clean_text("abcdef", 3) == "abc"


def test_nul_long_fields_and_utf8_message_ids_come_out_fit_for_the_columns() -> None:
    nul = read(nul_characters())
    assert isinstance(nul, MessageFacts) and nul.parsed is not None
    assert "\x00" not in nul.subject + nul.parsed.body + nul.parsed.documents[0].name
    long = read(long_fields())
    assert isinstance(long, MessageFacts)
    assert len(long.envelope.message_id or "") == 998 and len(long.envelope.sender_name) == 320
    utf8 = read(utf8_message_id())
    assert isinstance(utf8, MessageFacts)
    assert utf8.envelope.message_id == "<søknad-1@kommune.example>"


def test_documents_over_the_per_message_cap_are_over_budget() -> None:
    document = Document("a.txt", "text/plain", 600, "0" * 64, "x" * 600, b"y" * 600)
    parsed = ParsedMessage("body", (document,), ())
    assert over_budget(parsed, MessageBudget(max_extracted_bytes=2000)) is None
    reason = over_budget(parsed, MessageBudget(max_extracted_bytes=1000))
    assert reason is not None and reason.startswith("for stor eller for kompleks")
    assert over_budget(parsed, MessageBudget(max_text_chars=100)) is not None
