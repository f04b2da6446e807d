"""letters/docx.py: the page, the language Word checks spelling in, and the letterhead, as Word
reads them back."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Mm

from letters.citations import default_letterhead
from letters.docx import render_docx
from letters.model import Letterhead
from letters.render import RenderedLetter, render_letter
from tests.unit.test_letters import LETTERS

LOGO = "../tests/unit/logo-test.png"


def reopen(letter: RenderedLetter, letterhead: Letterhead | None = None) -> WordDocument:
    return Document(BytesIO(render_docx(letter, letterhead)))


def languages(document: WordDocument) -> set[tuple[str | None, str | None, str | None]]:
    """Every w:lang of the document defaults and the styles: (val, eastAsia, bidi)."""
    return {
        (lang.get(qn("w:val")), lang.get(qn("w:eastAsia")), lang.get(qn("w:bidi")))
        for lang in document.styles.element.iter(qn("w:lang"))
    }


def test_the_page_is_a4_with_the_letters_margins() -> None:
    section = reopen(render_letter("receipt", LETTERS["receipt"])).sections[0]
    sizes = (section.page_width, section.page_height, section.left_margin, section.right_margin,
             section.top_margin, section.bottom_margin)  # fmt: skip
    assert [None if s is None else round(s.mm) for s in sizes] == [210, 297, 25, 25, 20, 20]


def test_every_style_that_sets_a_language_checks_spelling_in_the_letters_language() -> None:
    document = reopen(render_letter("receipt", LETTERS["receipt"], language="en"))
    assert languages(document) == {("en-GB", "en-GB", "en-GB")}
    styled = [
        s for s in document.styles.element.findall(qn("w:style")) if s.find(qn("w:rPr")) is not None
    ]
    assert styled and all(s.find(qn("w:rPr")).find(qn("w:lang")) is not None for s in styled)


def test_a_language_without_a_regional_tag_is_written_as_it_is_named() -> None:
    letter = replace(render_letter("receipt", LETTERS["receipt"]), language="se")
    assert languages(reopen(letter)) == {("se", "se", "se")}


def test_an_english_letter_numbers_its_pages_in_english_on_every_page() -> None:
    section = reopen(render_letter("receipt", LETTERS["receipt"], language="en")).sections[0]
    for paragraph in (section.first_page_footer.paragraphs[-1], section.footer.paragraphs[0]):
        assert paragraph.text == "Page  of "  # «Page N of M»: N and M are Word's fields
        fields = paragraph._p.findall(qn("w:fldSimple"))
        assert [f.get(qn("w:instr")) for f in fields] == ["PAGE", "NUMPAGES"]


def test_a_png_logo_stands_14_mm_high_above_the_office_name_in_bold() -> None:
    letterhead = replace(default_letterhead(), logo=LOGO)
    letter = render_letter("receipt", LETTERS["receipt"], letterhead=letterhead)
    document = reopen(letter, letterhead)
    header = document.sections[0].first_page_header
    (picture,) = header.paragraphs[0].runs[0]._r.iter(qn("wp:extent"))
    assert int(picture.get("cy")) == Mm(14)
    name = header.paragraphs[1].runs[0]
    assert name.text == "Datatilsynet" and name.bold is True


def test_an_svg_logo_is_left_out_of_the_docx_and_the_name_stays(tmp_path: Path) -> None:
    svg = tmp_path / "logo.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    letterhead = replace(default_letterhead(), logo=str(svg))
    letter = render_letter("receipt", LETTERS["receipt"], letterhead=letterhead)
    document = reopen(letter, letterhead)
    header = document.sections[0].first_page_header
    assert "<pic:pic" not in header._element.xml
    assert [p.text for p in header.paragraphs] == ["Datatilsynet"]
