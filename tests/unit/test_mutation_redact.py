"""letters/redact.py: national ids and name parts, checked one rule at a time."""

from __future__ import annotations

import pytest

from letters.redact import (
    REDACTED,
    OrgKind,
    is_public_body,
    organisation_kind,
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


def test_an_organisation_form_counts_however_it_is_written() -> None:
    assert is_public_body("Renovasjonen", " komm ") is True
    assert is_public_body("Statens vegvesen", "as") is False  # the form outranks the list


def test_a_company_form_outranks_a_public_bodys_name_pattern() -> None:
    assert is_public_body("Statens Kantiner AS") is False
    assert is_public_body("Statens kantiner") is True


def test_a_name_goes_whole_before_a_shorter_name_it_begins_with_whatever_their_case() -> None:
    assert redact_for_publication("Anne Lund svarte.", ["ANNE LUND", "Anne"]) == f"{X} svarte."


def test_the_controllers_name_goes_however_it_is_capitalised() -> None:
    text = "BERGE RØR svarte, og Berge Rør skrev."
    assert redact_for_publication(text, [], ["Berge Rør"]) == f"{X} svarte, og {X} skrev."


def test_an_empty_text_to_keep_shields_nothing() -> None:
    text = "Skriv til anne@vestby.example eller Datatilsynet."
    redacted = redact_for_publication(text, [], keep=["", "Datatilsynet"])
    assert redacted == f"Skriv til {X} eller Datatilsynet."


NUMBER = "922 334 455"  # valid, and no public body's in the packaged list


def test_only_the_numbers_own_line_names_its_owner() -> None:
    kept = f"Første linje.\nUttalelsen kom fra Nordlys kommune, org.nr. {NUMBER}.\nSiste linje."
    assert redact_for_publication(kept, []) == kept
    at_start = f"Brev i saken.\nNordlys kommune, org.nr. {NUMBER}, har svart.\nSiste linje."
    assert redact_for_publication(at_start, []) == at_start
    assert redact_for_publication(f"Nordlys kommune, org.nr. {NUMBER}, har svart.", []).endswith(
        f"{NUMBER}, har svart."
    )
    above = f"Brev i saken.\nUttalelse fra Nordlys kommune\n{NUMBER} er nummeret til et foretak."
    assert redact_for_publication(above, []) == above.replace(NUMBER, X)


def test_a_name_further_than_eighty_characters_before_the_number_does_not_count() -> None:
    inside = "Statens langtidsoppbevaringsarkiv for elektroniske kommunedokumentenes"
    outside = "Statens langtidsoppbevaringsarkiver for elektroniske kommunedokumentene"
    assert len(f"{inside}, org.nr. ") == 80 and len(f"{outside}, org.nr. ") == 81
    kept = f"Svar fra {inside}, org.nr. {NUMBER}."
    assert redact_for_publication(kept, []) == kept
    cut = f"Svar fra {outside}, org.nr. {NUMBER}."
    assert redact_for_publication(cut, []) == cut.replace(NUMBER, X)


def test_a_private_cue_within_forty_characters_of_the_number_redacts_it() -> None:
    before = "Et enkeltpersonforetak. Tallbo AS, org.nr. 998 877 660."
    assert redact_for_publication(before, []) == before.replace("998 877 660", X)
    too_far = "Et enkeltpersonforetak. Tallbok AS, org.nr. 998 877 660."
    assert redact_for_publication(too_far, []) == too_far
    after = "Tall og Tekst AS, org.nr. 998 877 660, som nå eies av ett enkeltpersonforetak."
    assert redact_for_publication(after, []) == after.replace("998 877 660", X)
    too_late = "Tall og Tekst AS, org.nr. 998 877 660, som eies av et lite enkeltpersonforetak."
    assert redact_for_publication(too_late, []) == too_late


def test_a_private_cue_after_the_line_or_the_bracket_does_not_count() -> None:
    next_line = "Tall og Tekst AS, org.nr. 998 877 660\nEt enkeltpersonforetak har også svart."
    assert redact_for_publication(next_line, []) == next_line
    bracket = "Tall og Tekst AS (org.nr. 998 877 660) eies av et enkeltpersonforetak."
    assert redact_for_publication(bracket, []) == bracket


@pytest.mark.parametrize(
    "text",
    [
        f"Vi har fått svar fra Bymiljøetaten, org.nr. {NUMBER}.",  # a one-word public body
        f"Svaret (fra Nordlys kommune, org.nr. {NUMBER}) er mottatt.",  # all words but one
        "Nordlys Avfall, org.nr. 964 966 486, har svart.",  # Lund kommune's number
        "Analysen leveres av Tall og Tekst AS, org.nr. 998 877 660.",  # a company
    ],
)
def test_a_number_stays_when_the_name_or_the_number_is_a_public_bodys_or_a_companys(
    text: str,
) -> None:
    assert redact_for_publication(text, []) == text


def test_the_name_before_a_number_is_the_last_one_in_a_list() -> None:
    text = f"Vi har fått svar fra Statens vegvesen, Berge Rør (org.nr. {NUMBER}) og andre."
    assert redact_for_publication(text, []) == text.replace(NUMBER, X)


def test_a_business_named_by_its_owners_surname_is_a_private_persons() -> None:
    assert organisation_kind("Berg Design", people=["Anne Lund Berg"]) is OrgKind.PRIVATE_PERSON
    assert organisation_kind("Holm Design", people=["Holm"]) is OrgKind.UNKNOWN  # no surname
