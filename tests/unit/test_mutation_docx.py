"""letters/docx.py: the page, the language Word checks spelling in, and the letterhead, as Word
reads them back."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
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


BODY = (
    '<header class="letterhead"><p>Datatilsynet</p></header>'
    '<p class="marking">Unntatt offentlighet</p>'
    "<h1>Vedtak</h1><h2>Bakgrunn</h2><p>Første linje<br>andre linje</p>"
    "<ol><li>én</li><ul><li>under</li><ol><li>dypt</li><ul><li>dypere</li></ul></ol></ul></ol>"
    '<p class="marking">Også merket</p>'
    '<footer class="footer"><p>Bunntekst som ikke står i brødteksten</p></footer>'
)


def hand_made(language: str = "nb") -> RenderedLetter:
    return replace(
        render_letter("receipt", LETTERS["receipt"]), html=BODY, language=language,
        subject="Vedtak – vår ref. 26/00042-3", reference="26/00042-3", dated_text="1. juni 2026",
        template_name="decision.nb.html.j2", template_version="2.1.0", template_sha256="ab12",
    )  # fmt: skip


def test_the_body_holds_headings_lists_by_depth_and_lines_but_not_the_page_blocks() -> None:
    document = reopen(hand_made())
    paragraphs = [(p.style.name if p.style else None, p.text) for p in document.paragraphs]
    assert paragraphs == [
        ("Normal", "Unntatt offentlighet"),
        ("Heading 1", "Vedtak"),
        ("Heading 2", "Bakgrunn"),
        ("Normal", "Første linje\nandre linje"),
        ("List Number", "én"),
        ("List Bullet 2", "under"),
        ("List Number 3", "dypt"),
        ("List Bullet 3", "dypere"),
        ("Normal", "Også merket"),
    ]
    lines = document.paragraphs[3].runs
    assert [r.text for r in lines] == ["Første linje\n", "andre linje"]  # a break ends the first
    assert [len(r._r.findall(qn("w:br"))) for r in lines] == [1, 0]
    assert [r.bold for r in lines] == [None, None]
    assert [r.bold for p in document.paragraphs[4:8] for r in p.runs] == [None] * 4  # items


def test_a_marking_is_bold_in_the_body_and_in_the_header_of_later_pages() -> None:
    document = reopen(hand_made())
    assert [r.bold for r in document.paragraphs[0].runs] == [True]
    header = document.sections[0].header.paragraphs
    assert [p.text for p in header] == [
        "Vår referanse: 26/00042-3 · 1. juni 2026", "Unntatt offentlighet", "Også merket",
    ]  # fmt: skip
    assert [[r.bold for r in p.runs] for p in header] == [[None, None], [True], [True]]


def test_later_pages_name_the_reference_in_the_letters_language_or_bokmal() -> None:
    def reference_line(language: str) -> str:
        return str(reopen(hand_made(language)).sections[0].header.paragraphs[0].text)

    assert reference_line("en") == "Our reference: 26/00042-3 · 1. juni 2026"
    assert reference_line("se") == "Vår referanse: 26/00042-3 · 1. juni 2026"


def test_the_first_page_carries_the_letterhead_and_its_own_footer() -> None:
    section = reopen(hand_made()).sections[0]
    assert section.different_first_page_header_footer is True
    assert [p.text for p in section.first_page_header.paragraphs] == ["Datatilsynet"]
    assert section.first_page_header.paragraphs[0].runs[0].bold is True
    assert [p.text for p in section.first_page_footer.paragraphs] == [
        "Postboks 458 Sentrum, 0105 Oslo · Trelastgata 3, 0191 Oslo",
        "22 39 69 00 · postkasse@datatilsynet.no · www.datatilsynet.no · Org.nr. 974 761 467",
        "Side  av ",
    ]
    for paragraph in (section.first_page_footer.paragraphs[-1], section.footer.paragraphs[0]):
        assert paragraph.alignment == WD_ALIGN_PARAGRAPH.RIGHT
        (page, count) = paragraph._p.findall(qn("w:fldSimple"))
        assert [f.get(qn("w:instr")) for f in (page, count)] == ["PAGE", "NUMPAGES"]
        assert [t.text for t in paragraph._p.iter(qn("w:t"))] == ["Side ", "1", " av ", "1"]


def test_english_names_the_office_in_english_and_other_languages_number_pages_in_bokmal() -> None:
    english = reopen(hand_made("en")).sections[0]
    assert english.first_page_header.paragraphs[0].text == (
        "The Norwegian Data Protection Authority (Datatilsynet)"
    )
    other = reopen(hand_made("se")).sections[0]
    assert other.first_page_header.paragraphs[0].text == "Datatilsynet"
    assert other.footer.paragraphs[0].text == "Side  av "


def test_the_documents_properties_name_the_letter_and_its_template() -> None:
    properties = reopen(hand_made("en")).core_properties
    assert properties.title == "Vedtak – vår ref. 26/00042-3"
    assert properties.author == "Datatilsynet"
    assert properties.language == "en-GB"
    assert properties.comments == "decision.nb.html.j2 2.1.0 sha256:ab12"
    assert reopen(hand_made("se")).core_properties.language == "se"


def test_a_letter_without_a_letterhead_given_has_the_packaged_one() -> None:
    letterhead = replace(default_letterhead(), office_name="Tilsynet", org_number="123")
    section = reopen(hand_made(), letterhead).sections[0]
    assert section.first_page_header.paragraphs[0].text == "Tilsynet"
    assert section.first_page_footer.paragraphs[1].text.endswith("Org.nr. 123")
    assert reopen(hand_made(), letterhead).core_properties.author == "Tilsynet"
