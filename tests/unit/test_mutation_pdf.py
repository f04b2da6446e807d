"""letters/pdf.py: what the pages after the first carry, in a language without its own words."""

from __future__ import annotations

import io

from pypdf import PdfReader

from letters.pdf import render_pdf
from letters.render import RenderedLetter

MARKING = "Unntatt offentlighet, jf. offl. § 13"


def test_later_pages_repeat_the_reference_and_the_marking_on_lines_of_their_own() -> None:
    paragraphs = "".join(f"<p>Avsnitt {n} med litt tekst.</p>" for n in range(90))
    letter = RenderedLetter(
        "decision", "se", "Vedtak", "", f'<p class="marking">{MARKING}</p>{paragraphs}',
        "decision", "1", "ab12", "26/00042-3", "27. mars 2026",
    )  # fmt: skip
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(render_pdf(letter))).pages]
    assert len(pages) == 3
    assert pages[0].endswith(" tekst.\nSide 1 av 3") and "Vår referanse" not in pages[0]
    assert pages[1].endswith(  # a language without its own page words gets the Norwegian ones
        f" tekst.\nVår referanse: 26/00042-3 · 27. mars 2026\n{MARKING}\nSide 2 av 3"
    )


def test_the_pdf_names_its_title_author_and_language_in_its_metadata() -> None:
    letter = RenderedLetter(
        "receipt", "se", "Kvittering & svar", "", "<p>Hei</p>", "receipt", "1", "ab12",
        "26/00042-1", "27. mars 2026",
    )  # fmt: skip
    reader = PdfReader(io.BytesIO(render_pdf(letter)))
    assert reader.metadata is not None and reader.metadata.title == "Kvittering & svar"
    assert reader.trailer["/Root"]["/Lang"] == "se"
