"""reading/decode.py: text of unreliable charset, HTML as plain text, format=flowed undone."""

from __future__ import annotations

import codecs

import pytest

from reading.decode import decode_text, html_charset, html_to_text, tidy_lines, unflow

NORWEGIAN = "Blåbærsyltetøy – 5 €"


@pytest.mark.parametrize("label", ["us-ascii", "latin-1", "iso-8859-15", "utf-8", "cp850", None])
def test_valid_utf8_is_read_as_utf8_whatever_single_byte_label_it_has(label: str | None) -> None:
    assert decode_text(NORWEGIAN.encode(), label) == NORWEGIAN


def test_a_byte_order_mark_of_utf8_is_dropped() -> None:
    assert decode_text(codecs.BOM_UTF8 + NORWEGIAN.encode(), "utf-8") == NORWEGIAN
    assert decode_text(codecs.BOM_UTF8 + b"hei") == "hei"


@pytest.mark.parametrize("label", ["us-ascii", "latin-1", "ISO-8859-1", " 'latin1' ", '"ascii"'])
def test_single_byte_text_labelled_latin1_or_ascii_is_windows_1252(label: str) -> None:
    assert decode_text(NORWEGIAN.encode("cp1252"), label) == NORWEGIAN


def test_other_single_byte_charsets_are_honoured_when_utf8_does_not_fit() -> None:
    assert decode_text("Blåbær €".encode("iso-8859-15"), "iso-8859-15") == "Blåbær €"
    assert decode_text("Blåbær".encode("cp865"), "cp865") == "Blåbær"


def test_a_declared_multibyte_charset_is_tried_first() -> None:
    text = "日本語のメール"
    assert decode_text(text.encode("shift_jis"), "shift_jis") == text
    assert decode_text(text.encode("euc-jp"), "EUC-JP") == text


def test_a_byte_order_mark_of_utf16_on_bytes_that_are_not_utf16_falls_back_to_windows_1252() -> (
    None
):
    assert decode_text(b"\xff\xfeA") == "ÿþA"  # an odd number of bytes


def test_a_charset_label_in_quotes_or_padded_is_honoured() -> None:
    greeting = "Привет".encode("koi8-r")  # not UTF-8: read as Windows-1252 without the label
    assert decode_text(greeting, '"koi8-r"') == "Привет"
    assert decode_text(greeting, " 'KOI8-R' ") == "Привет"
    assert decode_text(greeting, None) == greeting.decode("cp1252")


def test_utf16_with_a_byte_order_mark_whatever_the_label() -> None:
    assert decode_text(NORWEGIAN.encode("utf-16"), "us-ascii") == NORWEGIAN
    assert decode_text(codecs.BOM_UTF16_BE + NORWEGIAN.encode("utf-16-be")) == NORWEGIAN


@pytest.mark.parametrize("label", ["x-unknown", "base64", "", "''"])
def test_an_unknown_or_non_text_charset_falls_back_to_utf8_then_windows_1252(label: str) -> None:
    assert decode_text(NORWEGIAN.encode(), label) == NORWEGIAN
    assert decode_text(NORWEGIAN.encode("cp1252"), label) == NORWEGIAN


def test_bytes_that_fit_no_charset_are_replaced_never_raised() -> None:
    assert decode_text(b"a\x81b", "utf-8") == "a\ufffdb"  # 0x81 is undefined in Windows-1252
    assert decode_text(b"a\x81b", "utf-16-le") == "a\ufffdb"  # an odd number of bytes


def test_newlines_are_normalised() -> None:
    assert decode_text(b"a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert decode_text(b"a\r\n\x81\rb", "utf-8") == "a\n\ufffd\nb"


def test_the_charset_of_an_html_meta_tag() -> None:
    assert html_charset(b'<meta charset="windows-1252">') == "windows-1252"
    assert html_charset(b"<META http-equiv=x content='text/html; CHARSET = iso-8859-1'>") == (
        "iso-8859-1"
    )
    assert html_charset(b"<html><body>no meta</body>") is None
    assert html_charset(b" " * 4096 + b'<meta charset="utf-8">') is None  # only the head
    meta = b"<meta charset=utf-8"
    assert html_charset(b" " * (4096 - len(meta)) + meta) == "utf-8"
    assert html_charset(b" " * (4097 - len(meta)) + meta) == "utf-"  # the first 4096 bytes


def test_html_blocks_become_lines_and_cells_are_tabbed() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<h1>Overskrift</h1><p>Første\nlinje   her</p><div>To<br>Tre</div>"
        "<table><tr><th>A</th><td>1</td></tr><tr><td>B</td><td> 2 </td></tr></table>"
        "<ul><li>punkt</li></ul><script>skjult()</script>&aring;pen &amp; lukket</body></html>"
    )
    assert html_to_text(html) == (
        "Overskrift\nFørste linje her\nTo\nTre\nA\t1\nB\t2\npunkt\nåpen & lukket"
    )


def test_preformatted_text_keeps_its_line_breaks() -> None:
    assert html_to_text("<pre>a\nb</pre>c\nd") == "a\nb\nc d"
    assert html_to_text("<pre><pre>a\nb</pre>c\nd</pre>e\nf") == "a\nb\nc\nd\ne f"
    assert html_to_text("</pre>a\nb") == "a b"  # a stray end tag does not start pre mode


def test_hidden_elements_nest_and_a_stray_end_tag_does_not_unhide() -> None:
    assert html_to_text("<head><script>x</script>y</head>z") == "z"
    assert html_to_text("</style>synlig") == "synlig"


def test_malformed_markup_the_parser_rejects_falls_back_to_stripping_tags() -> None:
    assert html_to_text("<p>hei</p><![foo[x]]>du<b>der</b>") == "hei du der"


def test_format_flowed_is_undone() -> None:
    text = "Dette er en \nlang linje.\n-- \nsignatur\n Stuffed"
    assert unflow(text) == "Dette er en lang linje.\n-- \nsignatur\nStuffed"
    assert unflow("ord \nord", delete_space=True) == "ordord"
    assert unflow("ord \nord") == "ord ord"
    assert unflow("a \nb \nc\nd") == "a b c\nd"


def test_tidy_lines_collapses_white_space_per_cell_and_drops_empty_lines() -> None:
    assert tidy_lines("  a   b \n\n \t \nc\t\t d  e \t") == "a b\nc\td e"
