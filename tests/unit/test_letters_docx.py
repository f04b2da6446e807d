"""DOCX output: the file opens again with python-docx, with real headings and the letterhead."""

from __future__ import annotations

from io import BytesIO

import pytest
from docx import Document
from docx.document import Document as WordDocument

from letters.docx import render_docx
from letters.model import Outcome
from letters.render import RenderedLetter, render_letter
from tests.unit.test_letters import LETTERS, make_decision, make_header, make_rejection


def _reopen(letter: RenderedLetter) -> WordDocument:
    data = render_docx(letter)
    assert data.startswith(b"PK")
    return Document(BytesIO(data))


def _texts(document: WordDocument, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def test_decision_docx_has_real_heading_styles() -> None:
    letter = render_letter("decision", make_decision([Outcome.ADVICE, Outcome.ORDER]))
    document = _reopen(letter)
    assert _texts(document, "Heading 1") == ["Skriftlige råd og vedtak om pålegg"]
    headings = _texts(document, "Heading 2")
    for expected in (
        "Vedtak",
        "Rettslig grunnlag",
        "Sakens bakgrunn",
        "Vurdering",
        "Våre funn og hva vi forventer av dere",
        "Hovedhensyn i skjønnet",
        "Dere har rett til å klage",
    ):
        assert expected in headings
    assert "Funn 1: Risikovurderingen dekker ikke overvåkingen i hjemmet" in _texts(
        document, "Heading 3"
    )


def test_docx_puts_the_letterhead_in_the_page_header_and_contacts_in_the_footer() -> None:
    document = _reopen(render_letter("rejection", make_rejection()))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == "Datatilsynet"
    footer = "\n".join(p.text for p in section.first_page_footer.paragraphs)
    assert "Postboks 458 Sentrum" in footer and "974 761 467" in footer
    assert section.header.paragraphs[0].text == "Vår referanse: 26/00042-3 · 27. mars 2026"
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Vår referanse: 26/00042-3" in body
    assert "Postboks 458 Sentrum, 0105 Oslo · Besøksadresse" not in body


def test_docx_keeps_lists_and_line_breaks() -> None:
    document = _reopen(render_letter("rejection", make_rejection()))
    bullets = _texts(document, "List Bullet")
    assert "ledelsens gjennomgang og beslutning" in bullets
    meta = next(p for p in document.paragraphs if p.text.startswith("Vår referanse"))
    assert meta.text.split("\n") == [
        "Vår referanse: 26/00042-3",
        "Deres referanse: NK-2026/118",
        "Dato: 27. mars 2026",
        "Saksbehandler: Kari Nordmann",
    ]


def test_docx_records_subject_and_template_identity() -> None:
    letter = render_letter("rejection", make_rejection())
    properties = _reopen(letter).core_properties
    assert properties.title == letter.subject
    assert properties.author == "Datatilsynet"
    assert letter.template_sha256 in properties.comments
    assert properties.language == "nb-NO"


def test_exemption_marking_is_printed_once_on_each_page() -> None:
    marked = make_decision([Outcome.ORDER], header=make_header(exempt_basis="FVL_13_1_2"))
    document = _reopen(render_letter("decision", marked))
    marking = "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 2"
    section = document.sections[0]
    first_page = [p.text for p in section.first_page_header.paragraphs + document.paragraphs]
    assert first_page.count(marking) == 1
    assert [p.text for p in section.header.paragraphs].count(marking) == 1


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("kind", sorted(LETTERS))
def test_every_letter_kind_round_trips_through_docx(kind: str, language: str) -> None:
    letter = render_letter(kind, LETTERS[kind], language=language)
    document = _reopen(letter)
    assert _texts(document, "Heading 1") == [letter.subject.rsplit(" – ", 1)[0]]
    office = "Datatilsynet" if language == "nb" else "The Norwegian Data Protection Authority"
    assert document.sections[0].first_page_header.paragraphs[0].text.startswith(office)
