"""reading/rtf.py: what a reader sees of an RTF file, in the corners Word and damage produce."""

from __future__ import annotations

import pytest

from reading.rtf import rtf_text


def test_raw_8_bit_text_is_read_in_the_documents_code_page() -> None:
    assert rtf_text(b"{\\rtf1\\ansi bl\xe5b\xe6r}") == "blåbær"
    assert rtf_text(b"{\\rtf1\\ansi\\ansicpg1251 \xcf\xf0\xe8\xe2\xe5\xf2}") == "Привет"


def test_an_unknown_code_page_is_read_as_windows_1252() -> None:
    assert rtf_text(b"{\\rtf1\\ansi\\ansicpg12345 bl\\'e5b\\'e6r}") == "blåbær"


def test_a_byte_the_code_page_lacks_is_a_replacement_character_not_an_error() -> None:
    assert rtf_text(b"{\\rtf1\\ansi a\\'81b}") == "a\ufffdb"


def test_control_symbols_are_the_characters_they_stand_for() -> None:
    assert rtf_text(b"{\\rtf1 a\\~b\\_c\\-d\\\\e\\{f\\}g\\:h}") == "a\u00a0b\u2011cd\\e{f}gh"


def test_an_unknown_destination_marked_ignorable_is_skipped_with_its_text() -> None:
    assert rtf_text(b"{\\rtf1 a{\\*\\ulcolor skjult} b}") == "a b"


def test_the_fallback_count_of_unicode_characters_holds_in_nested_groups() -> None:
    assert rtf_text(b"{\\rtf1\\uc2 {\\u8212 --x}}") == "\u2014x"


def test_code_points_above_32767_written_negative_are_the_right_characters() -> None:
    assert rtf_text(b"{\\rtf1 \\u-1279?le}") == "\ufb01le"  # the «fi» ligature, U+FB01


def test_binary_picture_data_with_a_brace_does_not_swallow_the_text_after_it() -> None:
    assert rtf_text(b"{\\rtf1 {\\pict\\bin1 {}etter}") == "etter"
    assert rtf_text(b"{\\rtf1 \\bin0 ab}") == "ab"


def test_runs_of_empty_paragraphs_become_one_blank_line() -> None:
    assert rtf_text(b"{\\rtf1 a\\par\\par\\par\\par b}") == "a\n\nb"


@pytest.mark.parametrize(
    ("damaged", "text"),
    [
        (b"{\\rtf1 a}} b}", "a b"),  # closed once too often
        (b"{\\fonttbl Arial;} etter", "etter"),  # text after a skipped group at the top
        (b"\\rtf1 uten klamme}", "uten klamme"),  # the opening brace cut off
        (b"Hei", "Hei"),  # not RTF at all
        (b"{\\rtf1 f\\'rste \\'e6 ok}", "f'rste æ ok"),  # a broken \\'x: only the backslash goes
    ],
)
def test_damaged_rtf_gives_what_can_be_read(damaged: bytes, text: str) -> None:
    assert rtf_text(damaged) == text
