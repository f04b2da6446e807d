"""completeness/tables.py: a table whose header names a part's concepts and whose rows fill it in
is that part's content (R-CP-42), each rule checked at its edge."""

from __future__ import annotations

from dataclasses import replace

from completeness.cues import Hit, State
from completeness.tables import MIN_WORDS, table_hits
from completeness.types import Evidence
from config.case_types import load_case_type
from reading.blocks import Block, Kind, Location, ReadDocument

SPEC = load_case_type("prior_consultation")
RISKS = SPEC.part(4)  # table_signature_min 2
HEADER = ("Risiko", "Sannsynlighet", "Tiltak")  # three of its concepts
ROW_A = ("Uvedkommende ser opptak", "Middels", "Tilgangsstyring med logg")  # 9 words with « | »
ROW_B = ("Opptak lagres for lenge", "Lav", "Sletting etter sju dager")  # 10 words
ROW_C = ("Feil person får varsel", "Lav", "Kontroll av mottaker")


def row(cells: tuple[str, ...], table: int = 1, at: int = 1) -> Block:
    text = " | ".join(cell for cell in cells if cell)
    return Block(Kind.ROW, text, Location("risiko.docx", 1, at), cells=cells, table=table)


def paragraph(text: str, at: int = 1) -> Block:
    return Block(Kind.PARAGRAPH, text, Location("risiko.docx", 1, at))


def document(*blocks: Block, ocr: bool = False, paged: bool = False) -> ReadDocument:
    return ReadDocument("risiko.docx", tuple(blocks), paged, ocr)


def register(*rows: tuple[str, ...], table: int = 1, start: int = 2) -> list[Block]:
    return [row(cells, table, at) for at, cells in enumerate((HEADER, *rows), start=start)]


def test_a_filled_register_is_the_part_with_its_header_and_first_rows_as_evidence() -> None:
    found = table_hits(
        SPEC, RISKS, [document(paragraph("Risikoregister"), *register(ROW_A, ROW_B, ROW_C))]
    )
    shown = (
        "Risiko | Sannsynlighet | Tiltak / Uvedkommende ser opptak | Middels | Tilgangsstyring"
        " med logg / Opptak lagres for lenge | Lav | Sletting etter sju dager"
    )
    assert found == [
        Hit(
            State.SUBSTANTIVE,
            Evidence("risiko.docx", "blokk 2", shown),
            "tabell med kolonnene «Risiko | Sannsynlighet | Tiltak» (3 rader)",
            inferred=True,
        )
    ]


def test_text_read_by_ocr_is_shown_as_such() -> None:
    (hit,) = table_hits(SPEC, RISKS, [document(*register(ROW_A, ROW_B), ocr=True, paged=True)])
    assert hit.evidence.source == "risiko.docx (OCR)"
    assert hit.evidence.location == "side 1, blokk 2 (OCR)"
    assert hit.what == "tabell med kolonnene «Risiko | Sannsynlighet | Tiltak» (2 rader)"


def test_the_header_must_touch_as_many_concepts_as_the_part_asks() -> None:
    two = ("Risiko", "Tiltak", "Ansvarlig")
    one = ("Risiko", "Ansvarlig", "Frist")
    assert (
        len(table_hits(SPEC, RISKS, [document(*[row(two, at=1), *register(ROW_A, ROW_B)[1:]])]))
        == 1
    )
    assert table_hits(SPEC, RISKS, [document(*[row(one, at=1), *register(ROW_A, ROW_B)[1:]])]) == []


def test_a_part_without_table_signatures_takes_no_table() -> None:
    blocks = document(*register(ROW_A, ROW_B))
    assert table_hits(SPEC, RISKS, [blocks]) != []
    assert SPEC.part(2).table_signature_min == 0
    assert table_hits(SPEC, SPEC.part(2), [blocks]) == []
    assert table_hits(SPEC, replace(RISKS, signatures=()), [blocks]) == []


def test_the_rows_must_hold_fifteen_words_together() -> None:
    assert MIN_WORDS == 15
    fifteen = register(ROW_A, ("Logg slettes", "Lav", "Ingen"))  # 9 + 6 words (« | » counts)
    fourteen = register(ROW_A, ("Logg", "Lav", "Ingen"))
    assert len(table_hits(SPEC, RISKS, [document(*fifteen)])) == 1
    assert table_hits(SPEC, RISKS, [document(*fourteen)]) == []


LONG = ("Opptak kan lekke til uvedkommende via eksport fra systemet", "Høy", "Kryptering")


def test_two_rows_must_each_name_something_and_say_something_of_it() -> None:
    assert table_hits(SPEC, RISKS, [document(*register(LONG))]) == []  # one row only
    unnamed = ("12", "Middels", "Tilgangsstyring med logg og varsling ved eksport")
    assert table_hits(SPEC, RISKS, [document(*register(LONG, unnamed))]) == []
    alone = ("Uvedkommende ser opptak fra kamera i styrehuset", "", "")  # nothing said of it
    assert table_hits(SPEC, RISKS, [document(*register(LONG, alone))]) == []
    assert len(table_hits(SPEC, RISKS, [document(*register(LONG, ROW_C))])) == 1


def test_a_row_whose_first_cell_defers_its_content_is_no_content() -> None:
    placeholder = ("[To be completed]", "Høy", "Tiltak vurderes av prosjektgruppen senere")
    assert table_hits(SPEC, RISKS, [document(*register(LONG, placeholder))]) == []
    said = ("Tilgang", "Høy", "Ikke gjennomført – leverandøren støtter det ikke")
    assert len(table_hits(SPEC, RISKS, [document(*register(LONG, said))])) == 1


def test_each_table_is_read_on_its_own() -> None:
    other = [row(("Navn", "Rolle"), 1, 1), row(("Kari Nordmann", "Leder"), 1, 2)]
    after = register(ROW_A, ROW_B, table=2, start=3)  # right after the first: a new table number
    (hit,) = table_hits(SPEC, RISKS, [document(*other, *after)])
    assert hit.evidence.location == "blokk 3"
    assert hit.what.endswith("(2 rader)")
    broken = [*register(ROW_A), paragraph("Tabellen fortsetter.", 4), row(ROW_B, 1, 5)]
    assert table_hits(SPEC, RISKS, [document(*broken)]) == []  # text between: two tables
    first = [*register(ROW_A, ROW_B), paragraph("Slutt.", 5)]
    second = register(ROW_C, ROW_B, table=3, start=6)
    found = table_hits(SPEC, RISKS, [document(*first, *second)])
    assert [hit.evidence.location for hit in found] == ["blokk 2", "blokk 6"]


def test_a_row_of_two_filled_cells_names_something_and_says_something_of_it() -> None:
    header = row(("Risiko", "Tiltak"), at=2)
    rows = [
        row(("Uvedkommende ser opptak fra kameraet", "Tilgangsstyring med logg"), at=3),
        row(("Opptak lagres for lenge", "Sletting etter sju dager"), at=4),
    ]
    (hit,) = table_hits(SPEC, RISKS, [document(header, *rows)])
    assert hit.what == "tabell med kolonnene «Risiko | Tiltak» (2 rader)"


def test_a_long_header_is_named_by_its_first_eighty_characters() -> None:
    header = (
        "Risiko for de registrerte",
        "Sannsynlighet for at den inntreffer",
        "Tiltak",
        "Eierskap",
    )
    rows = [row(header, at=2), row(ROW_A, at=3), row(ROW_B, at=4)]
    (hit,) = table_hits(SPEC, RISKS, [document(*rows)])
    text = " | ".join(header)
    assert len(text) > 80
    assert hit.what == f"tabell med kolonnene «{text[:79]}…» (2 rader)"  # «…Eier…»


def test_a_table_after_text_and_text_after_a_table_are_read_alike() -> None:
    blocks = [paragraph("Innledning", 1), *register(ROW_A, ROW_B), paragraph("Slutt.", 5)]
    (hit,) = table_hits(SPEC, RISKS, [document(*blocks)])
    assert hit.evidence.location == "blokk 2"
