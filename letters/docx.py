"""Pure: an editable DOCX of a rendered letter, built in memory with python-docx (no temp files)."""

from __future__ import annotations

from io import BytesIO

from docx import Document
from docx.document import Document as WordDocument
from docx.text.paragraph import Paragraph

from letters.citations import default_letterhead
from letters.model import Letterhead
from letters.render import Block, RenderedLetter, html_blocks

_LANGUAGE_TAGS = {"nb": "nb-NO", "en": "en-GB"}
# Blocks that belong in the page header or footer rather than in the body.
_PAGE_STYLES = frozenset({"letterhead", "footer"})


def render_docx(letter: RenderedLetter, letterhead: Letterhead | None = None) -> bytes:
    """The letter as DOCX bytes: letterhead in the page header, real Heading 1-3 styles."""
    letterhead = letterhead or default_letterhead()
    document = Document()
    blocks = html_blocks(letter.html)
    markings = [block.text for block in blocks if block.style == "marking"]
    _fill_page_header(document, letterhead, letter.language, markings)
    _fill_page_footer(document, letterhead)
    for block in blocks:
        if block.style not in _PAGE_STYLES:
            _add_block(document, block)
    _set_properties(document, letter, letterhead)
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _fill_page_header(
    document: WordDocument, letterhead: Letterhead, language: str, markings: list[str]
) -> None:
    header = document.sections[0].header
    name = letterhead.office_name_en if language == "en" else letterhead.office_name
    first = header.paragraphs[0]
    first.add_run(name).bold = True
    for marking in markings:
        header.add_paragraph().add_run(marking).bold = True


def _fill_page_footer(document: WordDocument, letterhead: Letterhead) -> None:
    footer = document.sections[0].footer
    footer.paragraphs[0].text = " · ".join(
        [", ".join(letterhead.postal_address), ", ".join(letterhead.visiting_address)]
    )
    footer.add_paragraph(
        f"{letterhead.phone} · {letterhead.email} · {letterhead.website}"
        f" · Org.nr. {letterhead.org_number}"
    )


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
    properties.language = _LANGUAGE_TAGS.get(letter.language, letter.language)
    properties.comments = (
        f"{letter.template_name} {letter.template_version} sha256:{letter.template_sha256}"
    )
