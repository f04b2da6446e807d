"""Pure: the archival copy of a letter, PDF/A-2b from the same HTML with WeasyPrint (R-NK, Noark 5).

The page is A4. Page 1 shows the letterhead, and the office's addresses in its bottom margin (as
the DOCX does); later pages repeat the reference block (and the exemption marking, if any) in
their header; every page is numbered «Side N av M». WeasyPrint embeds every font it uses and
writes the PDF/A identification into the XMP metadata.
"""

from __future__ import annotations

import json
import re

from weasyprint import HTML

from letters.citations import default_letterhead
from letters.model import Letterhead
from letters.render import MONTHS, RenderedLetter, html_blocks

PDF_VARIANT = "pdf/a-2b"
_LANGUAGE_TAGS = {"nb": "nb-NO", "en": "en-GB"}
_PAGE_WORDS = {"nb": ("Side", "av", "Vår referanse"), "en": ("Page", "of", "Our reference")}

_STYLE = """
@page {
  size: A4;
  margin: 22mm 22mm 24mm 25mm;
  @top-left { content: %(later)s; font-size: 8.5pt; color: #333; white-space: pre; }
  @bottom-right { content: "%(page)s " counter(page) " %(of)s " counter(pages);
                  font-size: 8.5pt; color: #333; }
}
@page :first {
  margin-bottom: 30mm;
  @top-left { content: none; }
  @bottom-left { content: element(office); width: 145mm; vertical-align: top; padding-top: 3mm; }
  @bottom-right { width: 18mm; vertical-align: top; padding-top: 3mm; }
}
html { font-family: "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.4; }
body { margin: 0; }
header.letterhead p { font-size: 15pt; font-weight: bold; margin: 0 0 10mm 0; }
header.letterhead img.logo { height: 14mm; display: block; margin-bottom: 3mm; }
p.marking { font-weight: bold; margin: 0 0 4mm 0; }
section.recipient { margin-bottom: 6mm; }
section.meta { margin: 0 0 8mm 80mm; font-size: 9.5pt; }
h1 { font-size: 14pt; margin: 6mm 0 4mm 0; }
h2 { font-size: 12pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }
h3 { font-size: 10.5pt; margin: 4mm 0 1mm 0; page-break-after: avoid; }
p { margin: 0 0 2.5mm 0; }
ul, ol { margin: 0 0 2.5mm 0; padding-left: 7mm; }
section.signature { margin-top: 8mm; page-break-inside: avoid; }
footer.footer { position: running(office); border-top: 0.5pt solid #888; padding-top: 1.5mm;
                font-size: 7.5pt; line-height: 1.35; color: #333; }
footer.footer p { margin: 0; }
"""


def _css_string(text: str) -> str:
    """A CSS string literal (JSON's escaping is valid CSS for these characters)."""
    return json.dumps(text, ensure_ascii=False).replace("\\n", "\\A ")


_OFFICE_FOOTER = re.compile(r'<footer class="footer">.*?</footer>\s*', re.DOTALL)


def _office_footer_first(html: str) -> str:
    """The office's address block moved to the start, so it can run in page 1's bottom margin
    (a running element shows on the page where it occurs, or on a later one)."""
    match = _OFFICE_FOOTER.search(html)
    if match is None:
        return html
    return match.group(0) + html[: match.start()] + html[match.end() :]


_MONTH_NAMES = "|".join(" ".join(MONTHS.values()).split())
# A section sign and its number, and a day and its month, are not split over two lines.
_UNBREAKABLE = re.compile(rf"(§§?) (?=\d)|(\b\d{{1,2}}\.?) (?=(?:{_MONTH_NAMES})\b)")


def _unbreakable(html: str) -> str:
    """«§ 11» and «20. mars» (or «20 March») joined by a no-break space for the printed page."""
    return _UNBREAKABLE.sub(lambda m: (m.group(1) or m.group(2)) + "\u00a0", html)


def _document(letter: RenderedLetter) -> str:
    page, of, label = _PAGE_WORDS.get(letter.language, _PAGE_WORDS["nb"])
    markings = [b.text for b in html_blocks(letter.html) if b.style == "marking"]
    later = "\n".join([f"{label}: {letter.reference} · {letter.dated_text}", *markings])
    style = _STYLE % {"later": _css_string(later), "page": page, "of": of}
    # <html lang> is the language of the margin boxes and the moved footer for the layout, and
    # WeasyPrint copies it into the PDF's /Lang; the title goes into the metadata in render_pdf.
    language = _LANGUAGE_TAGS.get(letter.language, letter.language)
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<style>{style}</style></head>"
        f"<body>{_unbreakable(_office_footer_first(letter.html))}</body></html>"
    )


def render_pdf(letter: RenderedLetter, letterhead: Letterhead | None = None) -> bytes:
    """The letter as PDF/A-2b bytes, rendered in memory."""
    letterhead = letterhead or default_letterhead()
    document = HTML(string=_document(letter)).render()
    document.metadata.authors = [letterhead.office_name]
    document.metadata.title = letter.subject
    result = document.write_pdf(pdf_variant=PDF_VARIANT)
    assert result is not None  # no target given: the bytes are returned
    return bytes(result)
