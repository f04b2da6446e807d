"""A PDF run's text asked of PDFium once (reading.office._BoundedText) is pypdfium2's own
`get_text_bounded`, also where the one-call answer cannot be trusted and it falls back to it."""

from __future__ import annotations

from collections.abc import Iterator

import pypdfium2
import pytest
from fpdf import FPDF

from reading import office


def _pdf() -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(1, 3):
        pdf.add_page()
        line = {"new_x": "LMARGIN", "new_y": "NEXT"}
        pdf.multi_cell(
            0, 6, f"Side {page}: Vurdering av personvernkonsekvenser, del {page}", **line
        )
        pdf.multi_cell(0, 6, "Tiltak: kryptering, logging og tofaktor (æøå ÆØÅ)", **line)
        pdf.cell(60, 6, "Kontaktperson")
        pdf.cell(60, 6, "Kari Nordmann, 22 33 44 55")
    return bytes(pdf.output())


@pytest.fixture
def textpages() -> Iterator[list[pypdfium2.PdfTextPage]]:
    document = pypdfium2.PdfDocument(_pdf())
    pages = [document[index].get_textpage() for index in range(len(document))]
    yield pages
    for page in pages:
        page.close()
    document.close()


def _boxes(textpage: pypdfium2.PdfTextPage) -> list[tuple[float, float, float, float]]:
    return [textpage.get_rect(index) for index in range(textpage.count_rects())]


def test_one_call_gives_pypdfium2s_text(textpages: list[pypdfium2.PdfTextPage]) -> None:
    for textpage in textpages:
        bounded = office._BoundedText(textpage)
        boxes = _boxes(textpage)
        assert len(boxes) > 2
        for box in boxes:
            assert bounded.text(*box) == textpage.get_text_bounded(*box)
        assert bounded.text(-10, -10, -5, -5) == textpage.get_text_bounded(-10, -10, -5, -5) == ""


def test_a_buffer_too_small_falls_back(textpages: list[pypdfium2.PdfTextPage]) -> None:
    textpage = textpages[0]
    bounded = office._BoundedText(textpage)
    bounded._size = 4  # the text does not fit: PDFium fills the buffer without its NUL
    for box in _boxes(textpage):
        assert bounded.text(*box) == textpage.get_text_bounded(*box)


def test_pdf_text_is_unchanged(textpages: list[pypdfium2.PdfTextPage]) -> None:
    text = office.pdf_text(_pdf(), 10**6)
    assert "Vurdering av personvernkonsekvenser, del 1" in text
    assert "æøå ÆØÅ" in text
    assert text.count("\f") == 1


def _surrounded() -> bytes:
    """A run holding letters outside the BMP (two UTF-16 units each), with text on every side."""
    pdf = FPDF()
    pdf.add_font("Math", fname="/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf")
    pdf.set_font("Math", size=12)
    pdf.add_page()
    for x, y, text in [
        (80, 20, "Over"),
        (20, 40, "Venstre"),
        (80, 40, "Sum \U0001d400\U0001d401"),
        (150, 40, "Høyre"),
        (80, 60, "Under"),
    ]:
        pdf.set_xy(x, y)
        pdf.cell(text=text)
    return bytes(pdf.output())


@pytest.fixture
def surrounded() -> Iterator[pypdfium2.PdfTextPage]:
    document = pypdfium2.PdfDocument(_surrounded())
    textpage = document[0].get_textpage()
    yield textpage
    textpage.close()
    document.close()


def test_a_run_outside_the_bmp_falls_back_to_its_own_box(
    surrounded: pypdfium2.PdfTextPage,
) -> None:
    bounded = office._BoundedText(surrounded)
    texts = [bounded.text(*box) for box in _boxes(surrounded)]
    assert texts == [surrounded.get_text_bounded(*box) for box in _boxes(surrounded)]
    assert [" ".join(text.split()) for text in texts] == [
        "Over",
        "Venstre",
        "Sum \U0001d400\U0001d401",
        "Høyre",
        "Under",
    ]


def test_a_one_unit_answer_falls_back_to_its_own_box(surrounded: pypdfium2.PdfTextPage) -> None:
    bounded = office._BoundedText(surrounded)
    bounded._size = 1  # PDFium writes the text's first unit and no NUL
    for box in _boxes(surrounded):
        assert bounded.text(*box) == surrounded.get_text_bounded(*box)
    assert " ".join(bounded.text(*_boxes(surrounded)[2]).split()) == "Sum \U0001d400\U0001d401"


def test_a_run_of_plain_text_costs_one_call_into_pdfium(
    textpages: list[pypdfium2.PdfTextPage], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the point of _BoundedText: pypdfium2 needs two calls per run (the length, then the text)
    calls: list[int] = []
    ask = pypdfium2.raw.FPDFText_GetBoundedText

    def counted(*args: object) -> int:
        calls.append(1)
        return int(ask(*args))

    monkeypatch.setattr(pypdfium2.raw, "FPDFText_GetBoundedText", counted)
    for textpage in textpages:
        bounded = office._BoundedText(textpage)
        boxes = [*_boxes(textpage), (-10.0, -10.0, -5.0, -5.0)]
        texts = [bounded.text(*box) for box in boxes]
        assert len(calls) == len(boxes)
        assert texts[-1] == "" and all(texts[:-1])
        calls.clear()
