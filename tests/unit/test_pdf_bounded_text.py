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
