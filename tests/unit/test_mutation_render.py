"""letters/render.py: a letter's HTML as blocks and plain text, and the templates' filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from jinja2 import DictLoader

from cases.errors import ConfigurationError
from cases.model import CaseNumber
from letters import render
from letters.render import (
    Block,
    LetterDataMissing,
    blocks_to_text,
    build_environment,
    format_reference,
    html_blocks,
    render_letter,
    template_identity,
)
from tests.unit.test_letters import make_header, make_receipt

LETTER_HTML = """<header class="letterhead"><p>Datatilsynet</p><p class="own">Postboks 458</p>
</header>
<h1>Avvisning   av
 forespørsel</h1><h2>Begrunnelse</h2><h3>Vedlegg</h3>
<p>Linje én<br>  linje   to </p>
<ol><li>Først</li><li>Så</li></ol>
<ul><li>Punkt<br>fortsatt</li></ul>
<div class="box"><p>I boks</p></div><p>Etter boksen</p>
<section><p>Uten klasse</p></section>
"""


def test_letter_html_becomes_headings_paragraphs_and_items_with_their_style() -> None:
    assert html_blocks(LETTER_HTML) == [
        Block("paragraph", "Datatilsynet", 0, "letterhead"),
        Block("paragraph", "Postboks 458", 0, "own"),
        Block("heading", "Avvisning av forespørsel", 1),
        Block("heading", "Begrunnelse", 2),
        Block("heading", "Vedlegg", 3),
        Block("paragraph", "Linje én\nlinje to"),
        Block("item", "Først", 1, "", "1."),
        Block("item", "Så", 1, "", "2."),
        Block("item", "Punkt\nfortsatt", 1, "", "–"),
        Block("paragraph", "I boks", 0, "box"),
        Block("paragraph", "Etter boksen"),
        Block("paragraph", "Uten klasse"),
    ]


def test_letter_text_underlines_headings_and_indents_list_items() -> None:
    assert blocks_to_text(html_blocks(LETTER_HTML)) == (
        "Datatilsynet\n\nPostboks 458\n\n"
        "Avvisning av forespørsel\n========================\n\n"
        "Begrunnelse\n-----------\n\nVedlegg\n\n"
        "Linje én\nlinje to\n\n"
        "  1. Først\n  2. Så\n  – Punkt\n    fortsatt\n\n"
        "I boks\n\nEtter boksen\n\nUten klasse\n"
    )


def test_nested_lists_indent_and_number_each_list_on_its_own() -> None:
    html = (
        "<ol><li>A</li></ol><ol><li>Ny liste</li></ol>"
        "<ul><li>Ytre</li><ol><li>Indre én</li><li>Indre to<br>videre</li></ol>"
        "<li>Ytre igjen</li></ul>"
    )
    blocks = html_blocks(html)
    assert [(b.text, b.level, b.marker) for b in blocks] == [
        ("A", 1, "1."),
        ("Ny liste", 1, "1."),
        ("Ytre", 1, "–"),
        ("Indre én", 2, "1."),
        ("Indre to\nvidere", 2, "2."),
        ("Ytre igjen", 1, "–"),
    ]
    assert blocks_to_text(blocks) == (
        "  1. A\n  1. Ny liste\n  – Ytre\n    1. Indre én\n    2. Indre to\n       videre\n"
        "  – Ytre igjen\n"
    )


def test_a_closing_list_tag_without_an_open_list_is_ignored() -> None:
    assert html_blocks("</ul></ol><p>Tekst</p><li>Løs</li>") == [
        Block("paragraph", "Tekst"),
        Block("item", "Løs", 0, "", "–"),
    ]


def test_text_outside_blocks_and_unclosed_blocks_is_not_letter_text() -> None:
    assert html_blocks("Løs tekst<br><p>Avsnitt</p> mellom <p>Uferdig") == [
        Block("paragraph", "Avsnitt")
    ]


def test_every_kind_of_box_with_a_class_styles_the_blocks_in_it() -> None:
    html = (
        '<article class="letter"><section class="facts"><p>Fakta</p></section>'
        '<footer class="foot"><p>Bunn</p></footer><div class="box"><h2>Boks</h2></div></article>'
    )
    assert [(b.text, b.style) for b in html_blocks(html)] == [
        ("Fakta", "facts"),
        ("Bunn", "foot"),
        ("Boks", "box"),
    ]
    assert html_blocks('<article class="letter"><p>Brev</p></article>') == [
        Block("paragraph", "Brev", 0, "letter")
    ]


@pytest.mark.parametrize("box", ["header", "footer", "section", "div", "article"])
def test_a_box_styles_only_the_blocks_inside_it(box: str) -> None:
    html = f'<{box} class="boks"><p>Inne</p></{box}><p>Ute</p>'
    assert [(b.text, b.style) for b in html_blocks(html)] == [("Inne", "boks"), ("Ute", "")]


def test_a_paragraph_after_a_list_follows_it_after_a_blank_line() -> None:
    blocks = [
        Block("item", "a", 1, "", "–"),
        Block("paragraph", "b"),
        Block("item", "c", 1, "", "–"),
    ]
    assert blocks_to_text(blocks) == "  – a\n\nb\n\n  – c\n"


def render_source(source: str, language: str = "nb", **values: object) -> str:
    env = build_environment(DictLoader({"t": source}))
    return env.get_template("t").render(language=language, **values)


def test_fingerprints_are_written_in_groups_of_four_capitals() -> None:
    written = render_source("{{ fp | fingerprint }}", fp="5a2c 9e0f41b7\n d3e1 a6")
    assert written == "5A2C 9E0F 41B7 D3E1 A6"


@pytest.mark.parametrize(
    ("items", "nb", "en"),
    [
        (["a"], "a", "a"),
        (["a", "b"], "a og b", "a and b"),
        (["a", "b", "c"], "a, b og c", "a, b and c"),
    ],
)
def test_lists_are_joined_with_commas_and_the_languages_and(
    items: list[str], nb: str, en: str
) -> None:
    assert render_source("{{ items | and_join }}", items=items) == nb
    assert render_source("{{ items | and_join }}", "en", items=items) == en


def test_the_date_filter_writes_the_letters_language() -> None:
    assert render_source("{{ d | date }}", d=date(2026, 3, 1)) == "1. mars 2026"
    assert render_source("{{ d | date }}", "en", d=date(2026, 3, 1)) == "1 March 2026"


def test_templates_are_escaped_and_block_tags_leave_no_blank_lines() -> None:
    source = "<p>{{ name }}</p>\n  {% if true %}\n<p>ja</p>\n  {% endif %}\n"
    assert render_source(source, name="<b>&</b>") == "<p>&lt;b&gt;&amp;&lt;/b&gt;</p>\n<p>ja</p>\n"


def test_references_fill_in_year_sequence_and_document() -> None:
    pattern = "{yy}/{year}/{sequence:05d}-{document}"
    assert format_reference(pattern, CaseNumber(2026, 42), 3) == "26/2026/00042-3"
    assert format_reference(pattern, CaseNumber(2105, 7)) == "5/2105/00007-0"


@pytest.mark.parametrize(
    ("language", "signature"),
    [
        ("nb", "Med vennlig hilsen\n\nKari Nordmann\nsaksbehandler\n"),
        ("en", "Yours sincerely\n\nKari Nordmann\ncase officer\n"),
    ],
)
def test_the_caseworker_signs_with_the_title_in_the_letters_language(
    language: str, signature: str
) -> None:
    letter = render_letter("receipt", make_receipt(), language=language)
    assert signature in letter.text
    assert letter.html.endswith("</article>\n")
    assert not letter.html.endswith("\n\n")


def test_a_letter_of_the_wrong_kind_or_language_names_what_was_asked() -> None:
    with pytest.raises(TypeError, match="^cannot render ReceiptLetter as 'rejection' in 'nb'$"):
        render_letter("rejection", make_receipt())


def test_missing_letter_data_names_the_template_and_the_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = "{% set title = 'x' %}{{ letter.no_such_field }}"
    env = build_environment(DictLoader({"receipt.nb.html.j2": broken}))
    monkeypatch.setattr(render, "_environment", lambda: env)
    with pytest.raises(LetterDataMissing) as raised:
        render_letter("receipt", make_receipt())
    message = str(raised.value)
    assert message.startswith("Brevmalen receipt.nb.html.j2 mangler data: ")
    assert "no_such_field" in message


def test_a_field_left_empty_is_named_as_missing_data(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "{% set title = 'x' %}{{ header.their_reference }}"
    env = build_environment(DictLoader({"receipt.nb.html.j2": source}))
    monkeypatch.setattr(render, "_environment", lambda: env)
    letter = replace(make_receipt(), header=make_header(their_reference=None))
    with pytest.raises(LetterDataMissing) as raised:
        render_letter("receipt", letter)
    assert str(raised.value) == (
        "Brevmalen receipt.nb.html.j2 mangler data: a field that must be filled in is None"
    )


def test_a_template_that_includes_by_a_computed_name_has_no_identity(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = build_environment(DictLoader({"dynamisk.j2": "{% include chosen %}"}))
    monkeypatch.setattr(render, "_environment", lambda: env)
    with pytest.raises(ConfigurationError) as raised:
        template_identity("dynamisk.j2")
    assert "dynamisk.j2 bruker et dynamisk malnavn" in str(raised.value)
