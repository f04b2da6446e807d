"""A PDF page's runs cut from its text (reading.office._sliced) read what each run's box reads
(PDFium's bounded text, white space made single spaces), and a page where that is not shown is
read box by box."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator

import pypdfium2
import pytest
from fpdf import FPDF

from reading import office

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _pdf(draw: Callable[[FPDF], None]) -> bytes:
    pdf = FPDF()
    pdf.add_font("Sans", fname=DEJAVU)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    draw(pdf)
    return bytes(pdf.output())


def _lines(pdf: FPDF, *texts: str) -> None:
    for text in texts:
        pdf.cell(text=text, new_x="LMARGIN", new_y="NEXT")


def _table(pdf: FPDF) -> None:
    _lines(pdf, "Kontaktpersoner")
    for name, phone in [("Navn", "Kari Nordmann"), ("Telefon", "22 33 44 55")]:
        pdf.cell(40, 6, name)
        pdf.cell(60, 6, phone, new_x="LMARGIN", new_y="NEXT")


def _hidden_between(pdf: FPDF) -> None:
    # a word 0.02 point high between two cells: its narrow letters are specks no run holds
    _lines(pdf, "Første linje", "Andre linje")
    pdf.cell(30, 6, "Navn")
    pdf.set_font_size(0.02)
    pdf.cell(10, 6, "skjult")
    pdf.set_font_size(11)
    pdf.cell(30, 6, "Kari", new_x="LMARGIN", new_y="NEXT")


def _hidden_line(pdf: FPDF) -> None:
    _lines(pdf, "Første linje", "Andre linje")
    pdf.set_font_size(0.02)
    _lines(pdf, "skjult")
    pdf.set_font_size(11)
    _lines(pdf, "Tredje linje")


def _zero_width(pdf: FPDF) -> None:
    # DejaVu's zero-width space has neither outline nor width: its box has no area
    pdf.set_font("Sans", size=11)
    _lines(pdf, "Første linje", "Alfa\u200bBeta gamma", "Tredje linje")


def _overlapping(pdf: FPDF) -> None:
    _lines(pdf, "Første linje", "Andre linje")
    pdf.set_xy(10, 30)
    pdf.cell(text="Overlapp")
    pdf.set_xy(12, 30.5)
    pdf.cell(text="Overlapp")


def _outside_the_bmp(pdf: FPDF) -> None:
    pdf.add_font("Math", fname="/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf")
    pdf.set_font("Math", size=12)
    _lines(pdf, "Over", "Sum \U0001d400\U0001d401", "Under")


PAGES: dict[str, tuple[Callable[[FPDF], None], bool]] = {  # drawing, cut from the page's text
    "lines": (lambda pdf: _lines(pdf, "Første linje", "Andre  linje", "Tredje linje"), True),
    "small print": (  # spaces 8 points high are specks: no run holds them, a box may
        lambda pdf: (pdf.set_font_size(8), _lines(pdf, "Liten skrift", "med mellomrom", "her")),
        True,
    ),
    "a table's rows, two runs a line": (_table, True),
    "a hyphen ending a line": (
        lambda pdf: _lines(pdf, "Vurdering av person-", "vernkonsekvenser for", "tjenesten"),
        True,
    ),
    "specks between two runs": (_hidden_between, False),
    "specks alone on a line": (_hidden_line, False),
    "a character without area in a run": (_zero_width, False),
    "overlapping runs": (_overlapping, False),
    "letters outside the BMP": (_outside_the_bmp, False),
    "too few runs to cut": (lambda pdf: _lines(pdf, "En linje", "To linjer"), False),
}


@pytest.fixture(params=sorted(PAGES))
def page(request: pytest.FixtureRequest) -> Iterator[tuple[pypdfium2.PdfTextPage, bool]]:
    draw, sliced = PAGES[request.param]
    document = pypdfium2.PdfDocument(_pdf(draw))
    textpage = document[0].get_textpage()
    yield textpage, sliced
    textpage.close()
    document.close()


def _bounded(textpage: pypdfium2.PdfTextPage) -> list[tuple[float, float, float, float, str]]:
    boxes = [textpage.get_rect(index) for index in range(textpage.count_rects())]
    return [(*box, " ".join(textpage.get_text_bounded(*box).split())) for box in boxes]


def test_runs_read_what_their_boxes_read(page: tuple[pypdfium2.PdfTextPage, bool]) -> None:
    textpage, _ = page
    runs = office._runs(textpage)
    assert [(run.left, run.bottom, run.right, run.top, run.text) for run in runs] == (
        _bounded(textpage)
    )
    assert len(runs) >= 2 and all(run.text for run in runs)


def test_a_page_is_cut_only_where_that_reads_the_same(
    page: tuple[pypdfium2.PdfTextPage, bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    textpage, sliced = page
    calls: list[int] = []
    ask = pypdfium2.raw.FPDFText_GetBoundedText

    def counted(*args: object) -> int:
        calls.append(1)
        return int(ask(*args))

    monkeypatch.setattr(pypdfium2.raw, "FPDFText_GetBoundedText", counted)
    runs = office._runs(textpage)
    # cut: only a box around the whole page is asked (is every character drawn?); else each run's
    assert len(calls) == 1 if sliced else len(calls) >= len(runs)


def test_a_hyphen_ending_a_line_keeps_pdfiums_mark() -> None:
    draw, _ = PAGES["a hyphen ending a line"]
    document = pypdfium2.PdfDocument(_pdf(draw))
    textpage = document[0].get_textpage()
    assert [run.text for run in office._runs(textpage)] == [
        "Vurdering av person\x02",
        "vernkonsekvenser for",
        "tjenesten",
    ]
    textpage.close()
    document.close()


def test_a_table_row_is_cut_between_its_cells() -> None:
    document = pypdfium2.PdfDocument(_pdf(_table))
    textpage = document[0].get_textpage()
    characters = office._Characters(textpage)
    text = characters.text()
    assert text == "Kontaktpersoner\r\nNavn Kari Nordmann\r\nTelefon 22 33 44 55"
    starts = office._run_starts(characters, text, 5)
    assert starts == [0, 17, 22, 37, 45]  # a cell's run starts at its first letter
    assert office._run_starts(characters, text, 4) is None
    textpage.close()
    document.close()


Box = tuple[float, float, float, float]


@pytest.mark.parametrize(
    ("boxes", "apart"),
    [
        ([(0, 0, 10, 10), (10, 0, 20, 10), (0, 10, 10, 20)], True),  # touching is not overlapping
        ([(0, 10, 10, 20), (5, 0, 15, 10.5)], False),  # a strip of area in common
        ([(0, 0, 10, 10), (9.5, 2, 12, 3)], False),
        ([(0, 0, 10, 10), (20, 0, 30, 10), (10.5, 5, 19.5, 15)], True),  # beside, and between
        ([(0, 0, 10, 10), (0, 50, 10, 60), (2, 55, 3, 56)], False),  # inside a box further up
        ([(0, 0, 10, 10), (20, 0, 30, math.nan)], False),
        ([(0, 0, 10, 10), (20, 0, math.inf, 10)], False),
        ([], True),
    ],
)
def test_boxes_apart(boxes: list[Box], apart: bool) -> None:
    assert office._apart(boxes) is apart
    assert office._apart(boxes[::-1]) is apart
