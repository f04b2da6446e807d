"""Publishable versions (R-LT-3, R-AC-5): what must be redacted and what must stay, as a list."""

from __future__ import annotations

import pytest

from letters.redact import (
    REDACTED,
    is_public_body,
    people_named,
    redact_for_publication,
    valid_national_id,
)

STAFF = ["Kari Nordmann", "Tor Andersen"]  # Datatilsynet's caseworker and section head
OFFICE = ["postkasse@datatilsynet.no", "22 39 69 00", "Trelastgata 3, 0191 Oslo", "974 761 467"]
PEOPLE = ["Anne Lund", "Per Dahl", "Eva Dahl-Hansen"]
PRIVATE = ["Vestby Handel AS", "923 609 016"]

LETTER = """Vår referanse: 26/00042-7
Deres referanse: VH-2026/118 Anne Lund
Saksbehandler: Kari Nordmann

Kontaktpersonen er Anne Lund (anne.lund@vestby.example). Lund har sendt en kopi til Per Dahl.
Annes vurdering ble drøftet med personvernombudet. Ring 22 33 44 55, 22-33-44-56, 22.33.44.57,
987 65 432, 4123 4567, 41234568 eller +47 412 34 569. Fødselsnummer 01019012480 og 241299 45652
står i vedlegget. Butikken ligger i Storgata 12 B, 3050 Mjøndalen, og lageret i Kongens gate 5.
Vestby Handel AS (org.nr. 923 609 016) har svart. Eva Dahl-Hansen er prosjektleder.

Datatilsynet: 22 39 69 00, postkasse@datatilsynet.no, Trelastgata 3, 0191 Oslo, org.nr. 974 761 467.
Vi har lagt vekt på Nordlys kommunes vurdering og på en rapport fra Helse Midt-Norge RHF.
Med vennlig hilsen Tor Andersen, seksjonssjef, og Kari Nordmann, seniorrådgiver.
Datoen er 2026-03-20, saken 26/00042-3, og nøkkelen 5A2C 9E0F 41B7 D3A8 6C1E 2F90 47B3 D8E1.
Tallet 12345678901 er ikke et fødselsnummer, og 12.04.2026 er en dato.
"""

MUST_GO = [
    "Anne Lund", "anne.lund@vestby.example", "Lund har", "Annes", "Per Dahl", "Eva Dahl-Hansen",
    "22 33 44 55", "22-33-44-56", "22.33.44.57", "987 65 432", "4123 4567", "41234568",
    "+47 412 34 569", "01019012480", "241299 45652", "Storgata 12 B", "3050 Mjøndalen",
    "Kongens gate 5", "Vestby Handel AS", "923 609 016", "VH-2026/118",
]  # fmt: skip
MUST_STAY = [
    "Saksbehandler: Kari Nordmann", "Tor Andersen, seksjonssjef", "Kari Nordmann, seniorrådgiver",
    "Datatilsynet: 22 39 69 00, postkasse@datatilsynet.no, Trelastgata 3, 0191 Oslo",
    "org.nr. 974 761 467", "Nordlys kommunes vurdering", "Helse Midt-Norge RHF",
    "Vår referanse: 26/00042-7", "2026-03-20", "26/00042-3",
    "5A2C 9E0F 41B7 D3A8 6C1E 2F90 47B3 D8E1", "12345678901", "12.04.2026",
    "Med vennlig hilsen",
]  # fmt: skip


@pytest.fixture(scope="module")
def redacted() -> str:
    return redact_for_publication(LETTER, PEOPLE, PRIVATE, keep=[*STAFF, *OFFICE])


@pytest.mark.parametrize("secret", MUST_GO)
def test_personal_data_is_redacted(redacted: str, secret: str) -> None:
    assert secret not in redacted


@pytest.mark.parametrize("public", MUST_STAY)
def test_staff_public_bodies_and_references_stay(redacted: str, public: str) -> None:
    assert public in redacted


def test_their_reference_is_redacted_with_its_label_kept(redacted: str) -> None:
    assert f"Deres referanse: {REDACTED}\n" in redacted


def test_a_public_body_controller_is_never_redacted() -> None:
    text = "Bergen kommune (org.nr. 964 338 531) ber om råd."
    kept = redact_for_publication(text, [], ["Bergen kommune", "964 338 531"])
    assert kept == text
    assert is_public_body("Helse Midt-Norge RHF") and is_public_body("Arbeidstilsynet")
    assert not is_public_body("Vestby Handel AS")


@pytest.mark.parametrize(
    ("number", "valid"),
    [("01019012480", True), ("24129945652", True), ("01019012481", False), ("12345678901", False)],
)
def test_national_identity_numbers_are_recognised_by_their_check_digits(
    number: str, valid: bool
) -> None:
    assert valid_national_id(number) is valid


def test_people_are_found_where_the_request_introduces_them() -> None:
    request = (
        "Kontaktperson: Kari Nordmann, telefon 55 56 20 00.\n"
        "Databehandler: Analyse AS ved Per Olsen, e-post per.olsen@analyse.no.\n"
        "Med vennlig hilsen\nJonas Berg\n"
    )
    assert people_named(request) == ["Kari Nordmann", "Per Olsen", "Jonas Berg"]
