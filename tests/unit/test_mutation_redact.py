"""letters/redact.py: national ids and name parts, checked one rule at a time."""

from __future__ import annotations

from letters.redact import (
    REDACTED,
    redact_for_publication,
    valid_national_id,
    valid_org_number,
)

VALID_ID = "01019000083"  # both check digits right
X = REDACTED


def test_only_eleven_or_nine_digits_are_checked_at_all() -> None:
    assert valid_national_id(VALID_ID) is True
    assert valid_national_id(VALID_ID[:-1]) is False
    assert valid_national_id(VALID_ID + "1") is False
    assert valid_national_id(VALID_ID[:-1] + "x") is False
    assert valid_org_number("974760673") is True
    assert valid_org_number("97476067") is False
    assert valid_org_number("97476067x") is False


def test_a_national_id_is_redacted_only_when_its_check_digits_are_right() -> None:
    text = f"Fnr {VALID_ID} og 010190 00083 og 01019000084."
    assert redact_for_publication(text, []) == f"Fnr {X} og {X} og 01019000084."


def test_a_name_part_alone_is_redacted_when_it_is_capitalised_long_and_not_common() -> None:
    names = ["Kari Nordmann", "Bo Li", "Anne van Dam", "Per Lie"]
    text = "Kari var her. Nordmann også. Bo kom. van kom. Dam sa ja. dam. Per kom. Lie gikk."
    assert redact_for_publication(text, names) == (
        f"{X} var her. {X} også. Bo kom. van kom. {X} sa ja. dam. Per kom. Lie gikk."
    )


def test_a_name_part_that_a_kept_text_holds_stays() -> None:
    assert redact_for_publication("Nordmann sa nei.", ["Kari Nordmann"]) == f"{X} sa nei."
    kept = redact_for_publication("Nordmann sa nei.", ["Kari Nordmann"], keep=["Nordmann kommune"])
    assert kept == "Nordmann sa nei."
