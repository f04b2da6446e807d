"""Pure: an editable DOCX of a rendered letter, built in memory with python-docx (no temp files).

The page is A4 with the letter's language (nb-NO or en-GB) on every style, so Word checks the
spelling of bokmål as bokmål. Page 1 carries the letterhead (with the configured logo); later pages
carry the reference block in their header. Every page shows «Side N av M». An exemption marking
is printed once on each page: in the body on page 1 and in the header of later pages.
"""

from __future__ import annotations

import base64
from io import BytesIO

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm
from docx.text.paragraph import Paragraph

from letters.citations import default_letterhead, logo_data_uri
from letters.model import Letterhead
from letters.render import Block, RenderedLetter, html_blocks

LANGUAGE_TAGS = {"nb": "nb-NO", "en": "en-GB"}
# Blocks that belong in the page header or footer rather than in the body.
_PAGE_STYLES = frozenset({"letterhead", "footer"})
_PAGE_WORD = {"nb": ("Side", "av"), "en": ("Page", "of")}
_REFERENCE_LABEL = {"nb": "Vår referanse", "en": "Our reference"}


def render_docx(letter: RenderedLetter, letterhead: Letterhead | None = None) -> bytes:
    """The letter as DOCX bytes: A4, its language on every style, headers, page numbers."""
    letterhead = letterhead or default_letterhead()
    document = Document()
    _set_language(document, LANGUAGE_TAGS.get(letter.language, letter.language))
    section = document.sections[0]
    _a4(section)
    blocks = html_blocks(letter.html)
    markings = [block.text for block in blocks if block.style == "marking"]
    _fill_first_page_header(section, letterhead, letter.language)
    _fill_later_page_header(section, letter, markings)
    _fill_footers(section, letterhead, letter.language)
    for block in blocks:
        if block.style not in _PAGE_STYLES:
            _add_block(document, block)
    _set_properties(document, letter, letterhead)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _a4(section: Section) -> None:
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.different_first_page_header_footer = True


def _set_language(document: WordDocument, tag: str) -> None:
    """The language of the document defaults and of every style that sets its own run format."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    assert defaults is not None  # python-docx's template has them
    run_defaults = defaults.find(qn("w:rPrDefault"))
    assert run_defaults is not None
    properties = run_defaults.find(qn("w:rPr"))
    assert properties is not None
    _put_language(properties, tag)
    for style in styles.findall(qn("w:style")):
        run_properties = style.find(qn("w:rPr"))
        if run_properties is not None:
            _put_language(run_properties, tag)


def _put_language(run_properties: BaseOxmlElement, tag: str) -> None:
    for old in run_properties.findall(qn("w:lang")):
        run_properties.remove(old)
    language = OxmlElement("w:lang")
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), tag)
    run_properties.append(language)


def _fill_first_page_header(section: Section, letterhead: Letterhead, language: str) -> None:
    header = section.first_page_header
    first = header.paragraphs[0]
    logo = logo_data_uri(letterhead.logo)
    if logo is not None and not logo.startswith("data:image/svg"):
        picture = BytesIO(base64.b64decode(logo.partition(",")[2]))
        first.add_run().add_picture(picture, height=Mm(14))
        first = header.add_paragraph()
    name = letterhead.office_name_en if language == "en" else letterhead.office_name
    first.add_run(name).bold = True


def _fill_later_page_header(section: Section, letter: RenderedLetter, markings: list[str]) -> None:
    """R-LT-1 on every page: the reference block repeated in the header of pages 2 and later."""
    header = section.header
    first = header.paragraphs[0]
    first.add_run(f"{_REFERENCE_LABEL.get(letter.language, 'Vår referanse')}: {letter.reference}")
    first.add_run(f" · {letter.dated_text}")
    for marking in markings:
        header.add_paragraph().add_run(marking).bold = True


def _fill_footers(section: Section, letterhead: Letterhead, language: str) -> None:
    first = section.first_page_footer
    first.paragraphs[0].text = " · ".join(
        [", ".join(letterhead.postal_address), ", ".join(letterhead.visiting_address)]
    )
    first.add_paragraph(
        f"{letterhead.phone} · {letterhead.email} · {letterhead.website}"
        f" · Org.nr. {letterhead.org_number}"
    )
    _page_number(first.add_paragraph(), language)
    _page_number(section.footer.paragraphs[0], language)


def _page_number(paragraph: Paragraph, language: str) -> None:
    """«Side 2 av 3» with Word's PAGE and NUMPAGES fields."""
    page, of = _PAGE_WORD.get(language, _PAGE_WORD["nb"])
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    paragraph.add_run(f"{page} ")
    _field(paragraph, "PAGE")
    paragraph.add_run(f" {of} ")
    _field(paragraph, "NUMPAGES")


def _field(paragraph: Paragraph, instruction: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _add_lines(paragraph: Paragraph, text: str, *, bold: bool = False) -> None:
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.bold = bold or None
        if index < len(text.split("\n")) - 1:
            run.add_break()


def _add_block(document: WordDocument, block: Block) -> None:
    if block.kind == "heading":
        document.add_heading(block.text, level=block.level)
    elif block.kind == "item":
        style = "List Number" if block.marker[:1].isdigit() else "List Bullet"
        depth = f" {min(block.level, 3)}" if block.level > 1 else ""
        _add_lines(document.add_paragraph(style=style + depth), block.text)
    else:
        _add_lines(document.add_paragraph(), block.text, bold=block.style == "marking")


def _set_properties(document: WordDocument, letter: RenderedLetter, letterhead: Letterhead) -> None:
    properties = document.core_properties
    properties.title = letter.subject
    properties.author = letterhead.office_name
    properties.language = LANGUAGE_TAGS.get(letter.language, letter.language)
    properties.comments = (
        f"{letter.template_name} {letter.template_version} sha256:{letter.template_sha256}"
    )
