"""crypto/header_limits.py: which header fields are too large to parse, and why."""

from __future__ import annotations

import pytest

from crypto import header_limits
from crypto.header_limits import MAX_ENCODED_WORDS, MAX_FIELD_BYTES, header_problem


def reason(name: str, what: str) -> str:
    return (
        "for stor eller for kompleks til å lese automatisk: "
        f"e-postfeltet «{name}» {what}; originalen er lagret"
    )


def test_the_limits_are_32_kilobytes_and_200_encoded_words() -> None:
    assert (MAX_FIELD_BYTES, MAX_ENCODED_WORDS) == (32 * 1024, 200)


def test_a_field_of_exactly_the_limit_passes_and_one_byte_more_does_not() -> None:
    head = b"Subject: "
    at_limit = head + b"x" * (MAX_FIELD_BYTES - len(head))
    assert header_problem(at_limit + b"\n\nHei") is None
    assert header_problem(at_limit + b"y\n\nHei") == reason("Subject", "er 32 kB lang")


def test_folded_lines_count_towards_the_field_and_a_later_field_is_checked() -> None:
    folded = b"From: a@b.example\nTo: x@y.example,\n z@y.example,\n w@y.example\n\nHei"
    assert header_problem(folded, max_field_bytes=43) is None
    assert header_problem(folded, max_field_bytes=42) == reason("To", "er 0 kB lang")


def test_the_size_is_given_in_whole_kilobytes() -> None:
    raw = b"X-Long: " + b"a" * 3000 + b"\n\nHei"
    assert header_problem(raw, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")


def test_encoded_words_are_counted_up_to_and_past_the_limit() -> None:
    def subject(n: int) -> bytes:
        return b"Subject: " + b" ".join([b"=?utf-8?Q?a?=", b"=?UTF-8?b?YQ==?="] * n) + b"\n\n"

    assert header_problem(subject(2), max_encoded_words=4) is None
    assert header_problem(subject(3), max_encoded_words=5) == reason("Subject", "har 6 kodede ord")
    assert header_problem(subject(100)) is None
    assert header_problem(subject(101)) == reason("Subject", "har 202 kodede ord")


def test_text_that_only_looks_like_encoded_words_is_no_problem() -> None:
    raw = b"Subject: " + b"=?x " * 50 + b"\n\n"
    assert raw.count(b"=?") == 50
    assert header_problem(raw, max_encoded_words=10) is None


def test_a_long_field_name_is_cut_to_forty_characters_in_the_reason() -> None:
    name = "X-" + "A" * 60
    raw = f"{name}: {'v' * 100}\n\n".encode()
    assert header_problem(raw, max_field_bytes=50) == reason(name[:40], "er 0 kB lang")


def test_a_body_line_is_not_a_field() -> None:
    raw = b"Subject: x\n\n" + b" " + b"b" * 500 + b"\n"
    assert header_problem(raw, max_field_bytes=100) is None


def test_the_field_name_ends_at_the_first_colon() -> None:
    raw = b"Subject: Re: SV: " + b"x" * 100 + b"\n\n"
    assert header_problem(raw, max_field_bytes=50) == reason("Subject", "er 0 kB lang")


def test_the_size_of_a_later_field_is_its_own() -> None:
    raw = b"X-First: " + b"a" * 1500 + b"\nX-Long: " + b"b" * 2100 + b"\n\nHei"
    assert header_problem(raw, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")


LONG = b"X-Long: " + b"a" * 3000  # over a limit of 2 kB


def test_a_field_below_lines_without_a_colon_is_checked() -> None:
    raw = b"QUJDREVG\nR0hJSktM\n" + LONG + b"\n\nHei"
    assert header_problem(raw, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")


def test_a_field_below_an_empty_first_line_is_checked() -> None:
    assert header_problem(b"\n" + LONG, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")


def test_a_line_whose_colon_opens_no_field_is_passed_over() -> None:
    for first in (b":", b"a b: c", b" folded: x", b"Name:"):
        raw = first + b"\n" + LONG
        assert header_problem(raw, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")


def test_a_field_right_below_another_keeps_its_whole_name() -> None:
    raw = b"A: b\n" + LONG + b"\n\nHei"
    assert header_problem(raw, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")
    raw = b"A b: c\n" + LONG + b"\n\nHei"
    assert header_problem(raw, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")


def test_a_colon_on_the_last_line_ends_the_scan_quietly() -> None:
    assert header_problem(b"Subject: x\n\nbody text: no field") is None
    assert header_problem(b"Subject: x\n\n a: b") is None


def test_past_the_lines_tried_one_by_one_every_field_is_still_checked() -> None:
    for lines in (b"a: b\n" * 2000, b"a: b\n" * 1999, b" a: b\n" * 2000, b"a: b\n" * 2001):
        raw = lines + LONG + b"\n\nHei"
        assert header_problem(raw, max_field_bytes=2048) == reason("X-Long", "er 2 kB lang")


@pytest.mark.parametrize("lines_tried", [2000, 2, 1, 0])
def test_the_fields_tried_are_those_the_plain_scan_finds(
    monkeypatch: pytest.MonkeyPatch, lines_tried: int
) -> None:
    """Only lines with a colon are tried, one by one up to a bound and then by the plain scan:
    the same fields, each once, in order."""
    monkeypatch.setattr(header_limits, "_LINES_TRIED", lines_tried)
    for raw in (
        b"A: b\nC: d\n",
        b"A: b\nc d: e\nX: y",
        b"a b: c\nA: b\n c: d\nE: f",
        b"\n:\nA:b\n\n x\nB: c\n folded\n\tmore\nQUJD\nD: e",
        b"no colon at all\n",
        b"",
    ):
        found = [match.span() for match in header_limits._fields(raw)]
        assert found == [match.span() for match in header_limits._FIELD.finditer(raw)]
