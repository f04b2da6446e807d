"""reading/pdf_layout.py: where a run of text stands decides its line, its cell and its table.

Runs are (left, bottom, right, top) in PDF points, y growing upwards; the first run of each test
is 10 points high, so a word gap of 0.6 line heights is 6 points, a line step of 2 heights is 20.
"""

from __future__ import annotations

import pytest

from reading.pdf_layout import Run, page_text

FIRST = Run(60, 700, 100, 710, "a")


def test_a_runs_height_is_at_least_one_point() -> None:
    assert Run(0, 700, 10, 710, "x").height == 10
    assert Run(0, 700, 10, 700.5, "x").height == 1.0
    assert Run(0, 700, 10, 699, "x").height == 1.0


@pytest.mark.parametrize(
    ("left", "joined"),
    [(106, True), (106.5, False), (99, True), (100, True), (98.5, False)],
)
def test_a_run_close_after_the_last_goes_on_its_line(left: float, joined: bool) -> None:
    # at most 0.6 line heights to the right, at most 1 point back over it
    text = page_text([FIRST, Run(left, 700, left + 20, 710, "b")])
    assert text == ("a b" if joined else "a\nb")


@pytest.mark.parametrize(
    ("bottom", "joined"),
    [(705, True), (705.5, False), (695, True), (694.5, False)],
)
def test_a_run_goes_on_the_line_its_middle_stands_on(bottom: float, joined: bool) -> None:
    text = page_text([FIRST, Run(104, bottom, 120, bottom + 10, "b")])
    assert text == ("a b" if joined else "a\nb")


def test_a_tiny_last_run_still_takes_a_word_gap_of_its_minimum_height() -> None:
    tiny = Run(60, 700, 100, 700.2, "a")  # 1 point high at least: a gap of 0.6
    assert page_text([tiny, Run(100.6, 699.9, 120, 700.3, "b")]) == "a b"
    assert page_text([tiny, Run(100.7, 699.9, 120, 700.3, "b")]) == "a\nb"


@pytest.mark.parametrize(
    ("left", "top", "one_block"),
    [
        (60, 680, True),  # 20 points below: two line heights
        (60, 679.5, False),
        (64, 690, True),  # within 4 points of the left edge
        (56, 690, True),
        (64.5, 690, False),
        (55.5, 690, False),
        (60, 705, True),  # half a line height up is still the next line
        (60, 705.5, False),
    ],
)
def test_a_run_at_the_left_edge_just_below_opens_the_blocks_next_line(
    left: float, top: float, one_block: bool
) -> None:
    """A block's lines are a table cell: beside another cell, one block is one cell."""
    cells = [FIRST, Run(left, top - 10, left + 30, top, "b"), Run(300, 700, 340, 710, "x")]
    row_two = [Run(60, 600, 100, 610, "c"), Run(300, 600, 340, 610, "y")]
    text = page_text(cells + row_two)
    assert text.splitlines()[0] == ("a b\tx" if one_block else "a")


def test_the_line_step_counts_the_taller_of_the_two_lines() -> None:
    tall = Run(60, 670, 100, 685, "b")  # 15 high: 30 points of step allowed
    rows = [FIRST, tall, Run(300, 700, 340, 710, "x"), Run(60, 600, 100, 610, "c"),
            Run(300, 600, 340, 610, "y")]  # fmt: skip
    assert page_text(rows).splitlines()[0] == "a b\tx"


def test_a_block_line_takes_its_lowest_bottom_and_tallest_run() -> None:
    runs = [
        Run(60, 700, 100, 710, "Navn"), Run(102, 696, 140, 716, "og"),  # 20 high: step 40
        Run(60, 660, 100, 670, "rolle"),
        Run(300, 700, 340, 710, "Kari"), Run(60, 600, 100, 610, "c"), Run(300, 600, 340, 610, "y"),
    ]  # fmt: skip
    assert page_text(runs).splitlines()[0] == "Navn og rolle\tKari"


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["kari@firma.", "no"], "kari@firma.no"),
        (["kari@firma-", "x.no"], "kari@firma-x.no"),
        (["e-post kari@", "firma.no"], "e-post kari@firma.no"),
        (["kari", "@firma.no"], "kari@firma.no"),
        (["Firma.", "no"], "Firma. no"),
        (["ring", "oss"], "ring oss"),
    ],
)
def test_an_address_a_cell_broke_is_joined_without_a_space(lines: list[str], text: str) -> None:
    top = 710
    cell = []
    for line in lines:
        cell.append(Run(200, top - 10, 260, top, line))
        top -= 12
    runs = [Run(60, 700, 100, 710, "E-post"), *cell, Run(60, 600, 100, 610, "Tlf"),
            Run(200, 600, 260, 610, "22")]  # fmt: skip
    assert page_text(runs).splitlines() == [f"E-post\t{text}", "Tlf\t22"]


def test_rows_at_the_same_columns_make_one_table_and_a_row_elsewhere_ends_it() -> None:
    runs = [
        Run(60, 700, 100, 710, "Navn"), Run(200, 700, 260, 710, "Kari"),
        Run(64, 680, 100, 690, "Rolle"), Run(196, 680, 260, 690, "leder"),
        Run(60, 660, 100, 670, "Sted"), Run(300, 660, 360, 670, "Oslo"),
    ]  # fmt: skip
    assert page_text(runs) == "Navn\tKari\nRolle\tleder\nSted\nOslo"


def test_a_row_at_a_column_a_little_off_is_no_longer_the_tables() -> None:
    runs = [
        Run(60, 700, 100, 710, "Navn"), Run(200, 700, 260, 710, "Kari"),
        Run(64.5, 680, 100, 690, "Rolle"), Run(200, 680, 260, 690, "leder"),
    ]  # fmt: skip
    assert page_text(runs) == "Navn\nKari\nRolle\nleder"


def test_a_table_row_may_leave_a_column_empty() -> None:
    runs = [
        Run(60, 700, 100, 710, "Navn"), Run(200, 700, 260, 710, "Kari"),
        Run(300, 700, 360, 710, "leder"),
        Run(60, 680, 100, 690, "Per"), Run(300, 680, 360, 690, "vara"),
    ]  # fmt: skip
    assert page_text(runs) == "Navn\tKari\tleder\nPer\t\tvara"


def test_a_cell_must_start_right_of_the_last_and_level_with_the_first() -> None:
    level = [Run(60, 700, 100, 710, "a"), Run(200, 700, 240, 710, "b")]
    below = [Run(60, 700, 100, 710, "a"), Run(200, 680, 240, 690, "b")]
    left = [Run(60, 700, 100, 710, "a"), Run(90, 700, 130, 710, "b")]
    second = [Run(60, 650, 100, 660, "c"), Run(200, 650, 240, 660, "d")]
    assert page_text(level + second) == "a\tb\nc\td"
    assert page_text(below + second) == "a\nb\nc\nd"  # one row of a table is none
    assert page_text(left + second) == "a\nb\nc\nd"
    touching = [Run(60, 700, 100, 710, "a"), Run(200, 710, 240, 720, "b")]  # top meets bottom
    assert page_text(touching + second) == "a\tb\nc\td"
    touching_below = [Run(60, 700, 100, 710, "a"), Run(200, 690, 240, 700, "b")]
    assert page_text(touching_below + second) == "a\tb\nc\td"


def test_a_heading_drawn_over_a_tables_first_cell_stands_above_the_table() -> None:
    runs = [
        Run(60, 735, 200, 745, "3 Risiko"), Run(60, 715, 100, 725, "Risiko"),
        Run(200, 715, 240, 725, "Nivå"),
        Run(60, 695, 100, 705, "Innsyn"), Run(200, 695, 240, 705, "Høy"),
    ]  # fmt: skip
    assert page_text(runs) == "3 Risiko\nRisiko\tNivå\nInnsyn\tHøy"


@pytest.mark.parametrize(("bottom", "split"), [(731, True), (730, False)])
def test_a_line_stands_above_a_row_half_a_line_height_over_its_other_cells(
    bottom: float, split: bool
) -> None:
    # the row's other cell tops at 725: a line of the first cell lower than 730 is in the row
    runs = [
        Run(60, bottom, 100, bottom + 10, "Over"), Run(60, 715, 100, 725, "Risiko"),
        Run(200, 715, 240, 725, "Nivå"),
        Run(60, 695, 100, 705, "Innsyn"), Run(200, 695, 240, 705, "Høy"),
    ]  # fmt: skip
    expected = "Over\nRisiko\tNivå" if split else "Over Risiko\tNivå"
    assert page_text(runs) == f"{expected}\nInnsyn\tHøy"


def test_blank_runs_are_skipped_and_white_space_collapsed() -> None:
    runs = [Run(60, 700, 100, 710, "  Kari \n Nordmann "), Run(102, 700, 120, 710, " \t ")]
    assert page_text(runs) == "Kari Nordmann"
    assert page_text([]) == ""


def test_a_blank_run_between_two_runs_leaves_the_text_around_it() -> None:
    runs = [Run(60, 700, 100, 710, "Kari"), Run(102, 700, 104, 710, " "),
            Run(106, 700, 150, 710, "Nordmann")]  # fmt: skip
    assert page_text(runs) == "Kari Nordmann"


def test_a_cells_later_line_may_be_drawn_in_several_runs() -> None:
    runs = [
        Run(60, 700, 100, 710, "Navn"), Run(200, 700, 260, 710, "Kari"),
        Run(200, 688, 230, 698, "Nord"), Run(232, 688, 260, 698, "mann"),
        Run(60, 600, 100, 610, "Tlf"), Run(200, 600, 260, 610, "22"),
    ]  # fmt: skip
    assert page_text(runs) == "Navn\tKari Nord mann\nTlf\t22"


def test_a_block_that_starts_where_the_last_one_ends_is_not_a_cell_beside_it() -> None:
    # not on the last one's line (its middle stands higher), yet level with it
    runs = [
        Run(60, 700, 100, 710, "a"), Run(100, 705, 140, 725, "b"),
        Run(60, 650, 100, 660, "c"), Run(100, 655, 140, 675, "d"),
    ]  # fmt: skip
    assert page_text(runs) == "a\nb\nc\nd"
    apart = [Run(60, 700, 100, 710, "a"), Run(100.5, 705, 140, 725, "b"),
             Run(60, 650, 100, 660, "c"), Run(100.5, 655, 140, 675, "d")]  # fmt: skip
    assert page_text(apart) == "a\tb\nc\td"
