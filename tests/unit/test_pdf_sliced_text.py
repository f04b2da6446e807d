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


def _many_cells(pdf: FPDF) -> None:
    # runs of one to thirteen letters side by side: the next run is looked for in doubling steps
    _lines(pdf, "Risikovurdering")
    for width, word in [
        (20, "Høy"),
        (8, "x"),
        (35, "Sannsynlighet"),
        (12, "Lav"),
        (30, "Konsekvens"),
    ]:
        pdf.cell(width, 6, word)
    pdf.ln()
    _lines(pdf, "Slutt")


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


CUT, CUT_BUT_TWO, BOX_BY_BOX = "cut", "cut but two", "box by box"
PAGES: dict[str, tuple[Callable[[FPDF], None], str]] = {  # drawing, how its runs are read
    "lines": (lambda pdf: _lines(pdf, "Første linje", "Andre  linje", "Tredje linje"), CUT),
    "small print": (  # an 8-point space is a speck (0.008 high): no run holds it, a box may
        lambda pdf: (pdf.set_font_size(8), _lines(pdf, "Liten skrift", "med mellomrom", "her")),
        CUT,
    ),
    "a table's rows, two runs a line": (_table, CUT),
    "five runs on a line": (_many_cells, CUT),
    "a hyphen ending a line": (
        lambda pdf: _lines(pdf, "Vurdering av person-", "vernkonsekvenser for", "tjenesten"),
        CUT,
    ),
    "specks between two runs": (_hidden_between, BOX_BY_BOX),
    "specks alone on a line": (_hidden_line, BOX_BY_BOX),
    "a character without area in a run": (_zero_width, BOX_BY_BOX),
    "two runs overlapping": (_overlapping, CUT_BUT_TWO),
    "letters outside the BMP": (_outside_the_bmp, BOX_BY_BOX),
    "too few runs to cut": (lambda pdf: _lines(pdf, "En linje", "To linjer"), BOX_BY_BOX),
}


@pytest.fixture(params=sorted(PAGES))
def page(request: pytest.FixtureRequest) -> Iterator[tuple[pypdfium2.PdfTextPage, str]]:
    draw, read = PAGES[request.param]
    document = pypdfium2.PdfDocument(_pdf(draw))
    textpage = document[0].get_textpage()
    yield textpage, read
    textpage.close()
    document.close()


def _bounded(textpage: pypdfium2.PdfTextPage) -> list[tuple[float, float, float, float, str]]:
    boxes = [textpage.get_rect(index) for index in range(textpage.count_rects())]
    return [(*box, " ".join(textpage.get_text_bounded(*box).split())) for box in boxes]


def test_runs_read_what_their_boxes_read(page: tuple[pypdfium2.PdfTextPage, str]) -> None:
    textpage, _ = page
    runs = office._runs(textpage)
    assert [(run.left, run.bottom, run.right, run.top, run.text) for run in runs] == (
        _bounded(textpage)
    )
    assert len(runs) >= 2 and all(run.text for run in runs)


def test_a_page_is_cut_only_where_that_reads_the_same(
    page: tuple[pypdfium2.PdfTextPage, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    textpage, read = page
    calls: list[int] = []
    ask = pypdfium2.raw.FPDFText_GetBoundedText

    def counted(*args: object) -> int:
        calls.append(1)
        return int(ask(*args))

    monkeypatch.setattr(pypdfium2.raw, "FPDFText_GetBoundedText", counted)
    runs = office._runs(textpage)
    # cut: a box around the whole page is asked (is every character drawn?), and the box of each
    # run another run's box overlaps; box by box: each run's box at least
    expected = {CUT: 1, CUT_BUT_TWO: 3}.get(read)
    assert len(calls) == expected if expected else len(calls) >= len(runs)


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
    # a line's run starts after its line break, a cell's run beside it at its first letter
    assert starts == [(0, False), (17, False), (22, True), (37, False), (45, True)]
    assert office._run_starts(characters, text, 4) is None
    textpage.close()
    document.close()
    document = pypdfium2.PdfDocument(_pdf(_many_cells))
    textpage = document[0].get_textpage()
    characters = office._Characters(textpage)
    text = characters.text()
    assert text == "Risikovurdering\r\nHøy x Sannsynlighet Lav Konsekvens\r\nSlutt"
    starts = office._run_starts(characters, text, 7)
    assert starts == [
        (0, False),
        (17, False),
        *((at, True) for at in (21, 23, 37, 41)),
        (53, False),
    ]
    textpage.close()
    document.close()


Box = tuple[float, float, float, float]


@pytest.mark.parametrize(
    ("boxes", "alone"),
    [
        ([(0, 0, 10, 10), (10, 0, 20, 10), (0, 10, 10, 20)], [True] * 3),  # touching is apart
        ([(0, 10, 10, 20), (5, 0, 15, 10.5)], [False, False]),  # a strip of area in common
        ([(0, 0, 10, 10), (9.5, 2, 12, 3), (30, 0, 40, 10)], [False, False, True]),
        ([(0, 0, 10, 10), (20, 0, 30, 10), (10.5, 5, 19.5, 15)], [True] * 3),  # between two
        ([(0, 0, 10, 10), (0, 50, 10, 60), (2, 55, 3, 56)], [True, False, False]),  # further up
        ([(0, 0, 10, 10), (0, 9, 10, 19), (0, 18, 10, 28)], [False, False, False]),  # a chain
        ([(0, 0, 10, 10), (20, 0, 30, math.nan)], None),
        ([(0, 0, 10, 10), (20, 0, math.inf, 10)], None),
        ([], []),
    ],
)
def test_boxes_alone(boxes: list[Box], alone: list[bool] | None) -> None:
    assert office._alone(boxes) == alone
    assert office._alone(boxes[::-1]) == (alone[::-1] if alone is not None else None)
