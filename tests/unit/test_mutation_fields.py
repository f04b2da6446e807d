"""completeness/fields.py: the fields of a contact record read from text, one rule at a time."""

from __future__ import annotations

from dataclasses import replace

import pytest

from completeness.fields import (
    Fields,
    addresses,
    emails,
    fields_of,
    org_numbers,
    organisations,
    person_names,
    phones,
)


def test_fields_merge_without_repeating_what_both_hold() -> None:
    kari = Fields(
        ("Kari",), ("55 12 34 56",), ("k@f.no",), ("912 345 678",), ("0155 Oslo",), ("F AS",)
    )
    per = Fields(
        ("Per", "Kari"), ("91 00 11 22",), ("p@f.no",), ("987 654 321",), ("Gata 1",), ("G AS",)
    )
    assert kari | per == Fields(
        ("Kari", "Per"), ("55 12 34 56", "91 00 11 22"), ("k@f.no", "p@f.no"),
        ("912 345 678", "987 654 321"), ("0155 Oslo", "Gata 1"), ("F AS", "G AS"),
    )  # fmt: skip
    assert kari | Fields() is kari
    assert Fields() | per is per
    only_org = Fields(organisations=("G AS",))
    assert kari | only_org == replace(kari, organisations=("F AS", "G AS"))
    assert only_org | kari == replace(kari, organisations=("G AS", "F AS"))


def test_what_a_record_holds_and_lacks() -> None:
    assert Fields(phones=("1",)).reachable and Fields(emails=("a@b.no",)).reachable
    assert not Fields(names=("Kari",), organisations=("F AS",)).reachable
    assert Fields(("Kari",), ("1",), ("a@b.no",)).count == 3
    assert Fields(("Kari", "Per"), (), ("a@b.no", "c@d.no")).count == 2
    assert Fields(organisations=("F AS",)).count == 0
    assert Fields().lacking() == ["navn", "telefon", "e-post"]
    assert Fields(organisations=("F AS",)).lacking() == ["navn", "telefon", "e-post"]
    assert Fields(organisations=("F AS",)).lacking(organisation_counts=True) == [
        "telefon",
        "e-post",
    ]
    assert Fields(("Kari",), ("1",)).lacking() == ["e-post"]
    assert Fields(emails=("a@b.no",)).lacking() == ["navn", "telefon"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("tlf. 55 12 34 56", ("55 12 34 56",)),
        ("Mobil: 40 00 00 00, 22 33 44 55", ("40 00 00 00", "22 33 44 55")),
        ("Ring 12.03.2024", ()),  # a date
        ("tlf 12.03.2024", ()),  # a date, even after a label
        ("+47 912 34 567", ("+47 912 34 567",)),
        ("0047 91234567", ("0047 91234567",)),
        ("+47 12 34 567 89 01", ()),  # too long to be possible
        ("81234567", ("81234567",)),  # a valid number
        ("55123456", ("55123456",)),  # eight digits opening as a Norwegian number does
        ("01234567", ()),  # eight digits, neither valid nor labelled
        ("tlf 01234567", ("01234567",)),
        ("123 45 678", ()),
        ("telefon: 123 45 678", ("123 45 678",)),
        ("mobiltelefonnummer: 01234567", ("01234567",)),  # the label within 20 characters
        ("Ring mobiltelefonnummer:  01234567", ()),
        ("tel. 221 41 647). 2. Neste punkt", ("221 41 647",)),  # the number, not the list
        ("org.nr. 912 345 678", ()),
        ("Foretaksregisteret:  91234567", ()),  # an organisation's number, not a phone
        ("tlf 1881", ()),
        ("tlf 47 912 34 567", ("47 912 34 567",)),  # not eight digits: labelled only
        ("Ring 47 912 34 567", ()),
        ("tlf +999 12 34 567", ()),  # no country code: not a number at all
        ("Telefonmøte 12.03.20 24", ()),  # a date with a stray space (OCR), after a «label»
        ("Møtet 2026-12-04 vedtok", ()),  # an ISO date, eight digits opening as a phone would
        ("tlf 2026-12-04", ()),  # a date, even after a label
        ("økte fra 14 til 37 hendelser 2023-2025.", ()),  # a span of years
        ("i 1999–2024 og", ()),
        ("tlf 2023-2025", ("2023-2025",)),  # labelled: a number written in two halves
        ("Ring 2223 4455", ("2223 4455",)),
        ("Foretaksregisteret:" + " " * 7 + "91234567", ("91234567",)),  # 26 characters away
        ("Foretaksregisteret:" + " " * 6 + "91234567", ()),
    ],
)
def test_phone_numbers(text: str, found: tuple[str, ...]) -> None:
    assert phones(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("org.nr.: NO 912 345 678 MVA", ("NO 912 345 678",)),
        ("Org nr 912345678", ("912345678",)),
        ("foretaksnr. 912 345 678", ("912 345 678",)),
        ("organisation number 912 345 678", ("912 345 678",)),
        ("Organisasjonsnummer: 912 345 678 og 987 654 321", ("912 345 678",)),
        ("Firma AS, 987 654 321", ("987 654 321",)),  # bare, when no number is labelled
        ("Ring 987 654 321 2", ()),
        ("+987 654 321", ()),
        ("tlf 22 33 44 55", ()),
    ],
)
def test_organisation_numbers(text: str, found: tuple[str, ...]) -> None:
    assert org_numbers(text) == found


def test_addresses_names_and_organisations() -> None:
    assert emails("Skriv til kari.n+dpia@firma.no eller post@sub.firma.no.") == (
        "kari.n+dpia@firma.no", "post@sub.firma.no"
    )  # fmt: skip
    assert emails("kari at firma.no") == ()
    assert addresses("Storgata 5, 0155 Oslo") == ("0155 Oslo", "Storgata 5")
    assert addresses("Bakkeveien 3, 5020 Bergen") == ("5020 Bergen", "Bakkeveien 3")
    assert addresses("Kongens vei 12, 5020 bergen") == ()  # a word of its own; small letter
    assert person_names("Kari Nordmann og Per M. Hansen") == ("Kari Nordmann", "Per M. Hansen")
    assert person_names("Med Vennlig Hilsen") == ()
    assert person_names("Daglig Leder Kari") == ()  # one word is a name, two are titles
    assert person_names("Kontaktperson Kari Nordmann") == ("Kari Nordmann",)  # no label
    assert person_names("Firma Nordmann AS") == ("Firma Nordmann",)
    assert organisations("Vi i Firma Nordmann AS og Bergen kommune") == (
        "Vi i Firma Nordmann AS", "Bergen kommune"
    )  # fmt: skip


def test_the_value_of_a_name_label_is_a_name_whatever_it_looks_like() -> None:
    assert fields_of("seniorrådgiver", name_label=True) == Fields(names=("seniorrådgiver",))
    assert fields_of("  ", name_label=True) == Fields()
    assert fields_of("kari@firma.no", name_label=True) == Fields(emails=("kari@firma.no",))
    assert fields_of("Kari Nordmann", name_label=True) == Fields(names=("Kari Nordmann",))
    assert fields_of("seniorrådgiver") == Fields()
    assert fields_of("Kari Nordmann, tlf 55 12 34 56, org.nr. 912 345 678") == Fields(
        ("Kari Nordmann",), ("55 12 34 56",), (), ("912 345 678",)
    )
    assert fields_of("12 34") == Fields()
