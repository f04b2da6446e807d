"""Publishable versions (R-LT-3, R-AC-5): what must be redacted and what must stay, as a list."""

from __future__ import annotations

import pytest

from letters.redact import (
    REDACTED,
    OrgKind,
    is_public_body,
    organisation_kind,
    people_named,
    public_bodies,
    redact_for_publication,
    valid_national_id,
    valid_org_number,
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
Rørlegger Berge ENK (org.nr. 987 654 325) er underleverandør, og 933 445 569 (enkeltpersonforetak)
likeså. Analysen leveres av Tall og Tekst AS, org.nr. 998 877 660. Regnskapet føres av Lund
Regnskap (org.nr. 911 223 341), og et foretak med org.nr. 922334455 har fått kopi.
Lund kommune (org.nr. 964 966 486), Haram kommune (org.nr. 933 445 577), Kartverket
(971 040 238), Statens vegvesen, Arbeids- og velferdsetaten og Troms fylkeskommune har uttalt seg.
"""

MUST_GO = [
    "Anne Lund", "anne.lund@vestby.example", "Lund har", "Annes", "Per Dahl", "Eva Dahl-Hansen",
    "22 33 44 55", "22-33-44-56", "22.33.44.57", "987 65 432", "4123 4567", "41234568",
    "+47 412 34 569", "01019012480", "241299 45652", "Storgata 12 B", "3050 Mjøndalen",
    "Kongens gate 5", "Vestby Handel AS", "923 609 016", "VH-2026/118",
    "987 654 325", "933 445 569", "911 223 341", "922334455", "Rørlegger Berge ENK",
]  # fmt: skip
MUST_STAY = [
    "Saksbehandler: Kari Nordmann", "Tor Andersen, seksjonssjef", "Kari Nordmann, seniorrådgiver",
    "Datatilsynet: 22 39 69 00, postkasse@datatilsynet.no, Trelastgata 3, 0191 Oslo",
    "org.nr. 974 761 467", "Nordlys kommunes vurdering", "Helse Midt-Norge RHF",
    "Vår referanse: 26/00042-7", "2026-03-20", "26/00042-3",
    "5A2C 9E0F 41B7 D3A8 6C1E 2F90 47B3 D8E1", "12345678901", "12.04.2026",
    "Med vennlig hilsen", "Tall og Tekst AS, org.nr. 998 877 660",
    "Lund kommune (org.nr. 964 966 486)", "Haram kommune (org.nr. 933 445 577)", "971 040 238",
    "Statens vegvesen", "Arbeids- og velferdsetaten", "Troms fylkeskommune",
]  # fmt: skip


@pytest.fixture  # per test, so that mutmut links every test that reads it to the redaction
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
    ("identity", "form", "redact_controller", "stays"),
    [
        (["Vestby Handel AS", "923 609 016"], None, False, True),  # a legal person, by its name
        (["Vestby Handel", "923 609 016"], "AS", False, True),  # … by its organisation form
        (["Vestby Handel AS", "923 609 016"], None, True, False),  # the office hides companies
        (["Vestfold Renovasjon", "923 609 016"], "IKS", True, True),  # a public body, by form
        (["Statens vegvesen", "923 609 016"], None, True, True),  # … by the packaged list
        (["Nordlys Avfall", "964 966 486"], None, True, True),  # … by its number (Lund kommune)
        (["Berge Rør ENK", "987 654 325"], None, False, False),  # a private person, by «ENK»
        (["Berge Rør", "987 654 325"], "ENK", False, False),  # … by its organisation form
        (["Anne Lund Rådgivning", "987 654 325"], None, False, False),  # … by a person's name
        (["Berge Rør", "987 654 325"], None, False, False),  # cannot be told: redacted
    ],
)
def test_the_controller_is_kept_or_redacted_by_what_it_is(
    identity: list[str], form: str | None, redact_controller: bool, stays: bool
) -> None:
    text = f"{identity[0]} (org.nr. {identity[1]}) ber om forhåndsdrøftelse."
    redacted = redact_for_publication(
        text, ["Anne Lund"], identity, redact_controller, controller_form=form
    )
    assert (redacted == text) is stays
    assert stays or (identity[1] not in redacted and identity[0] not in redacted)


@pytest.mark.parametrize(
    ("name", "form", "kind"),
    [
        ("Bergen kommune", None, OrgKind.PUBLIC),
        ("Haram kommune", None, OrgKind.PUBLIC),
        ("Nordlys kommune", None, OrgKind.PUBLIC),  # the name pattern: only a municipality
        ("Helsedirektoratet", None, OrgKind.PUBLIC),
        ("Direktoratet for byggkvalitet", None, OrgKind.PUBLIC),
        ("Helse Bergen HF", None, OrgKind.PUBLIC),
        ("Kartverket", None, OrgKind.PUBLIC),  # only the packaged list knows it
        ("Renovasjonen", "IKS", OrgKind.PUBLIC),
        ("Bymiljøetaten", "ORGL", OrgKind.PUBLIC),
        ("Kommunevegen Bil AS", None, OrgKind.LEGAL),  # «kommune» inside a company's name
        ("Politiken AS", None, OrgKind.LEGAL),
        ("Universitetsforlaget AS", None, OrgKind.LEGAL),
        ("Statens Hus Eiendom", "AS", OrgKind.LEGAL),  # the form outranks the name
        ("Tilsynsbyrå Hansen ENK", None, OrgKind.PRIVATE_PERSON),
        ("Kari Holm Design", None, OrgKind.UNKNOWN),
    ],
)
def test_organisations_are_told_apart_by_form_list_and_name(
    name: str, form: str | None, kind: OrgKind
) -> None:
    assert organisation_kind(name, form) is kind


def test_a_public_bodys_number_stays_after_a_long_sentence() -> None:
    text = "Vi har lagt vekt på uttalelsen fra Nordlys kommune, org.nr. 922 334 455."
    assert redact_for_publication(text, []) == text
    private = "Vi har lagt vekt på uttalelsen fra Nordlys Rør, org.nr. 922 334 455."
    assert redact_for_publication(private, []).endswith(f"org.nr. {REDACTED}.")


def test_a_public_body_inside_a_persons_name_does_not_shield_it() -> None:
    text = "Kari Navarsete (Nav) og Ola Lund i Lund kommune."
    redacted = redact_for_publication(text, ["Kari Navarsete", "Ola Lund"])
    assert redacted == f"{REDACTED} (Nav) og {REDACTED} i Lund kommune."


def test_a_persons_surname_in_the_name_marks_a_private_business() -> None:
    assert organisation_kind("Holm Design", people=["Kari Holm"]) is OrgKind.PRIVATE_PERSON
    assert organisation_kind("Holm Design AS", people=["Kari Holm"]) is OrgKind.LEGAL


def test_every_organisation_number_in_the_packaged_list_is_valid() -> None:
    data = public_bodies()
    assert len(data.numbers) > 380 and all(valid_org_number(n) for n in data.numbers)
    assert "bergen kommune" in data.names and "troms fylkeskommune" in data.names
    assert {"KOMM", "FYLK", "STAT", "SF", "KF", "FKF", "IKS", "ORGL"} <= data.public_forms
    assert data.private_forms == {"ENK", "PERS"}
    assert not valid_org_number("923609017") and valid_org_number("923609016")


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


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Møtet var i Bjørnstjerne Bjørnsons gate 12.", f"Møtet var i {REDACTED}."),
        ("Lageret er i Storgt. 5, 3050 Mjøndalen.", f"Lageret er i {REDACTED}."),
        ("Kongens gt. 7 er stengt.", f"{REDACTED} er stengt."),
        ("I Kongens gate 5 bor ingen.", f"I {REDACTED} bor ingen."),  # the sentence's «I» stays
        ("Om Storgata 2 vet vi lite.", f"Om {REDACTED} vet vi lite."),
    ],
)
def test_a_street_address_goes_whole_and_only_the_address(text: str, published: str) -> None:
    assert redact_for_publication(text, []) == published
