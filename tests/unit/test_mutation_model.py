"""cases/model.py: case numbers as caseworkers write them, and how encryption is labelled."""

from __future__ import annotations

import pytest

from cases.model import CaseNumber, CryptoRecord, Encryption, parse_case_number


def test_a_case_number_has_a_canonical_and_a_letter_form() -> None:
    number = CaseNumber(2026, 42)
    assert number.canonical == str(number) == "2026/00042"
    assert number.reference() == "26/00042"
    assert number.reference(3) == "26/00042-3"
    assert number.reference(0) == "26/00042-0"
    assert CaseNumber(2105, 123456).reference(12) == "05/123456-12"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("SV: vår ref. 26/00042-3", CaseNumber(2026, 42)),
        ("Sak 2026/00042", CaseNumber(2026, 42)),
        ("2027/12345 og 2026/00001", CaseNumber(2027, 12345)),
        ("ref 99/00001", CaseNumber(2099, 1)),
        ("ref 00/00007", CaseNumber(2000, 7)),
        ("1999/00001", CaseNumber(1999, 1)),
        ("26/0042", None),  # four-digit sequence
        ("26/000421", None),  # six digits run on
        ("126/00042", None),  # three-digit year
        ("x/26/00042", None),  # part of a path
        ("2026-00042", None),
        ("", None),
    ],
)
def test_the_first_case_reference_in_a_text_is_read(text: str, number: CaseNumber | None) -> None:
    assert parse_case_number(text) == number


def test_the_encryption_label_joins_the_layers_or_says_none() -> None:
    assert CryptoRecord().encryption_label == "none"
    assert CryptoRecord((Encryption.PGP_MIME,)).encryption_label == "pgp_mime"
    layers = (Encryption.FORWARDED, Encryption.INLINE)
    assert CryptoRecord(layers).encryption_label == "forwarded+inline"
