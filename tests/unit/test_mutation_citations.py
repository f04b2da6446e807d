"""letters/citations.py: citations by the date they are in force, the letterhead and its logo."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

import pytest
import yaml

from cases.errors import ConfigurationError
from letters.citations import (
    CONFIG_DIR,
    Citation,
    CitationNotFound,
    CitationTable,
    default_citations,
    default_letterhead,
    load_citations,
    load_letterhead,
    logo_data_uri,
    parse_citations,
    parse_letterhead,
)
from letters.model import Letterhead

OLD = Citation("FVL_29", "fvl. § 29", "PAA s. 29", date(1970, 1, 1), date(2026, 6, 30))
NEW = Citation("FVL_29", "fvl. (2025) § 72", "PAA (2025) s. 72", date(2026, 7, 1))
SHORT = Citation("OFFL_13", "offentleglova § 13", "Freedom of Information Act s. 13",
                 date(2009, 1, 1), short_nb="offl. § 13", short_en="FOIA s. 13")  # fmt: skip


def detail(error: pytest.ExceptionInfo[ConfigurationError]) -> object:
    return error.value.fields["detail"]


@pytest.mark.parametrize(
    ("on", "old", "new"),
    [
        (date(1969, 12, 31), False, False),
        (date(1970, 1, 1), True, False),
        (date(2026, 6, 30), True, False),
        (date(2026, 7, 1), False, True),
        (date(2999, 1, 1), False, True),
    ],
)
def test_a_citation_is_in_force_from_its_first_to_its_last_day(
    on: date, old: bool, new: bool
) -> None:
    assert (OLD.is_in_force(on), NEW.is_in_force(on)) == (old, new)


def test_a_citations_text_is_in_the_letters_language_short_when_asked_and_known() -> None:
    assert SHORT.text("nb") == "offentleglova § 13"
    assert SHORT.text("nb", short=True) == "offl. § 13"
    assert SHORT.text("en") == "Freedom of Information Act s. 13"
    assert SHORT.text("en", short=True) == "FOIA s. 13"
    assert SHORT.text("se", short=True) == "offl. § 13"
    assert OLD.text("nb", short=True) == "fvl. § 29"
    assert OLD.text("en", short=True) == "PAA s. 29"
    empty = Citation("X", "lang", "long", date(2000, 1, 1), short_nb="", short_en="")
    assert (empty.text("nb", short=True), empty.text("en", short=True)) == ("lang", "long")


def test_the_table_gives_the_version_in_force_on_the_letter_date() -> None:
    table = CitationTable((OLD, NEW, SHORT))
    assert table.citation("FVL_29", date(2026, 6, 30)) is OLD
    assert table.citation("FVL_29", date(2026, 7, 1)) is NEW
    assert table.citations_for(["OFFL_13", "FVL_29"], date(2026, 1, 5)) == (SHORT, OLD)
    assert table.citations_for([], date(2026, 1, 5)) == ()


def test_a_citation_not_in_force_names_the_rule_and_the_date() -> None:
    table = CitationTable((OLD, SHORT))
    with pytest.raises(CitationNotFound) as error:
        table.citation("FVL_29", date(2026, 7, 1))
    assert str(error.value) == "Fant ingen lovhenvisning «FVL_29» som gjelder 2026-07-01."
    assert error.value.code == "citation_not_found"
    with pytest.raises(CitationNotFound, match="«OFFL_13» som gjelder 2008-12-31"):
        table.citation("OFFL_13", date(2008, 12, 31))


def test_a_rule_with_one_version_or_several_is_read_with_its_texts_as_text() -> None:
    table = parse_citations(
        {
            36: {"text_nb": 1, "text_en": 2, "valid_from": date(2018, 7, 20), "short_en": 3},
            "FVL_29": [
                {"text_nb": "a", "text_en": "b", "valid_from": date(1970, 1, 1)}
                | {"valid_to": date(2026, 6, 30), "short_nb": "c"},
                {"text_nb": "d", "text_en": "e", "valid_from": date(2026, 7, 1)},
            ],
        }
    )
    assert table.entries == (
        Citation("36", "1", "2", date(2018, 7, 20), short_en="3"),
        Citation("FVL_29", "a", "b", date(1970, 1, 1), date(2026, 6, 30), short_nb="c"),
        Citation("FVL_29", "d", "e", date(2026, 7, 1)),
    )


def test_a_citations_file_that_is_no_table_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError) as error:
        parse_citations(["FVL_29"])
    assert detail(error) == "legal_citations.yaml må være en tabell av regel-id-er"


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ({"text_nb": "x", "text_en": "y"}, "FVL_29 mangler feltet 'valid_from'"),
        ({"text_nb": "x", "valid_from": date(2000, 1, 1)}, "FVL_29 mangler feltet 'text_en'"),
        ({"text_en": "x", "valid_from": date(2000, 1, 1)}, "FVL_29 mangler feltet 'text_nb'"),
        ({"text_nb": "x", "text_en": "y", "valid_from": None}, "FVL_29 mangler valid_from"),
        (
            {"text_nb": "x", "text_en": "y", "valid_from": "2000-01-01"},
            "FVL_29: datoen '2000-01-01' er ikke en dato (ÅÅÅÅ-MM-DD)",
        ),
        (
            {"text_nb": "x", "text_en": "y", "valid_from": date(2000, 1, 1), "valid_to": "never"},
            "FVL_29: datoen 'never' er ikke en dato (ÅÅÅÅ-MM-DD)",
        ),
    ],
)
def test_a_malformed_version_says_which_rule_and_what_is_wrong(
    version: dict[str, object], expected: str
) -> None:
    with pytest.raises(ConfigurationError) as error:
        parse_citations({"FVL_29": [version]})
    assert detail(error) == expected


def test_citations_and_the_letterhead_are_read_as_utf8_from_the_file_given(
    tmp_path: Path,
) -> None:
    path = tmp_path / "citations.yaml"
    path.write_bytes("P: {text_nb: «§ 1» lova, text_en: Act, valid_from: 2020-01-01}".encode())
    assert load_citations(path).entries == (Citation("P", "«§ 1» lova", "Act", date(2020, 1, 1)),)
    document = yaml.safe_load((CONFIG_DIR / "letterhead.yaml").read_text(encoding="utf-8"))
    document["office"]["name"] = "Tilsynet for personvern på Ås"
    letterhead_file = tmp_path / "letterhead.yaml"
    letterhead_file.write_bytes(yaml.safe_dump(document, allow_unicode=True).encode())
    assert load_letterhead(letterhead_file).office_name == "Tilsynet for personvern på Ås"


def test_the_packaged_letterhead_fills_every_field() -> None:
    assert default_letterhead() == Letterhead(
        office_name="Datatilsynet",
        office_name_en="The Norwegian Data Protection Authority (Datatilsynet)",
        postal_address=("Postboks 458 Sentrum", "0105 Oslo"),
        visiting_address=("Trelastgata 3", "0191 Oslo"),
        email="postkasse@datatilsynet.no",
        phone="22 39 69 00",
        website="www.datatilsynet.no",
        org_number="974 761 467",
        case_reference_format="{yy:02d}/{sequence:05d}",
        document_reference_format="{yy:02d}/{sequence:05d}-{document}",
        closing_nb="Med vennlig hilsen",
        closing_en="Yours sincerely",
        signature_note_nb="Brevet er sendt uten håndskreven signatur.",
        signature_note_en="This letter is sent without a handwritten signature.",
        caseworker_title_nb="saksbehandler",
        caseworker_title_en="case officer",
        unit_nb="Datatilsynet, seksjon for forhåndsdrøftelser",
        unit_en="Datatilsynet, prior consultations section",
        logo=None,
    )
    assert default_citations().citation("OFFL_13", date(2026, 3, 27)).text("nb", short=True) == (
        "offl. § 13"
    )


def _letterhead_document() -> dict[str, dict[str, object]]:
    document = yaml.safe_load((CONFIG_DIR / "letterhead.yaml").read_text(encoding="utf-8"))
    return dict(document)


def test_letterhead_values_are_read_as_text_and_a_logo_is_kept() -> None:
    document = _letterhead_document()
    document["office"] |= {"org_number": 974761467, "logo": "logo.png", "postal_address": [458]}
    document["references"] |= {
        "case": "{year}-{sequence}",
        "document": "{year:04d}-{sequence}/{document:d}",
    }
    letterhead = parse_letterhead(document)
    assert letterhead.case_reference_format == "{year}-{sequence}"
    assert letterhead.document_reference_format == "{year:04d}-{sequence}/{document:d}"
    assert letterhead.org_number == "974761467"
    assert letterhead.logo == "logo.png"
    assert letterhead.postal_address == ("458",)


@pytest.mark.parametrize(
    ("section", "change", "expected"),
    [
        ("references", {"document": "{yy:02d}/{sequence:05d}-{dokument}"}, "KeyError('dokument')"),
        ("references", {"document": "{yy:02d}/{sequence:05x}-{document"}, "ValueError("),
        ("office", {"postal_address": 458}, "TypeError("),
    ],
)
def test_a_letterhead_that_will_not_format_is_a_configuration_error(
    section: str, change: dict[str, object], expected: str
) -> None:
    document = _letterhead_document()
    document[section] |= change
    with pytest.raises(ConfigurationError) as error:
        parse_letterhead(document)
    assert str(detail(error)).startswith(f"letterhead.yaml: {expected}")


def test_a_letterhead_missing_a_field_names_it() -> None:
    document = _letterhead_document()
    del document["signature"]["caseworker_title_en"]
    with pytest.raises(ConfigurationError) as error:
        parse_letterhead(document)
    assert detail(error) == "letterhead.yaml: KeyError('caseworker_title_en')"
    with pytest.raises(ConfigurationError) as error:
        parse_letterhead([document])
    assert detail(error) == "letterhead.yaml må være en tabell"


def test_a_logo_is_a_data_uri_of_its_type(tmp_path: Path) -> None:
    assert logo_data_uri(None) is None
    for name, media_type in [("a.PNG", "image/png"), ("b.svg", "image/svg+xml"),
                             ("c.jpg", "image/jpeg")]:  # fmt: skip
        (tmp_path / name).write_bytes(b"\x89logo")
        data = base64.b64encode(b"\x89logo").decode("ascii")
        assert logo_data_uri(name, tmp_path) == f"data:{media_type};base64,{data}"
    packaged = logo_data_uri("../tests/unit/logo-test.png")
    expected = (CONFIG_DIR / "../tests/unit/logo-test.png").read_bytes()
    assert packaged is not None and base64.b64decode(packaged.split(",")[1]) == expected


def test_a_logo_of_another_type_or_missing_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "logo.gif").write_bytes(b"GIF89a")
    with pytest.raises(ConfigurationError) as error:
        logo_data_uri("logo.gif", tmp_path)
    assert detail(error) == "letterhead.yaml: logoen logo.gif må være PNG, JPEG eller SVG"
    with pytest.raises(ConfigurationError) as error:
        logo_data_uri("gone.png", tmp_path)
    unreadable = "letterhead.yaml: logoen gone.png kan ikke leses (No such file or directory)"
    assert detail(error) == unreadable
