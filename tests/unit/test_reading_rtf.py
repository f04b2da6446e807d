"""RTF attachments: the text a reader sees, never the markup; damaged files never raise."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reading.parse import parse_message
from reading.rtf import rtf_text
from tests.unit.test_reading_parse import mail_with

WORD_RTF = rb"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1 Times New Roman;}}
{\colortbl;\red0\green0\blue0;}{\*\generator Microsoft Word 16;}{\info{\title Intern tittel}}
\viewkind4\uc1\pard\b\f0\fs28 Vurdering av personvernkonsekvenser\b0\par
\fs22 Opplysninger om helse og \'f8konomi i Bod\'f8.\par
Tiltak \endash  kryptering \u8211? tilgangsstyring\par
{\field{\*\fldinst HYPERLINK "https://skjult.example"}{\fldrslt Se nettsiden}}\par
\trowd\cellx2000\cellx4000 Personvernombud\cell Kari Nordmann\cell\row
{\pict\pngblip\bin6 {\par}}Etter bildet\line ny linje\par
}"""


def test_word_rtf_gives_its_text_with_norwegian_letters_lines_and_cells() -> None:
    assert rtf_text(WORD_RTF).splitlines() == [
        "Vurdering av personvernkonsekvenser",
        "Opplysninger om helse og økonomi i Bodø.",
        "Tiltak – kryptering – tilgangsstyring",
        "Se nettsiden",
        "Personvernombud\tKari Nordmann",
        "Etter bildet",
        "ny linje",
    ]


def test_markup_destinations_are_not_text() -> None:
    text = rtf_text(WORD_RTF)
    for markup in ("Arial", "Intern tittel", "Microsoft Word", "skjult.example", "pngblip"):
        assert markup not in text


def test_the_declared_code_page_and_unicode_fallbacks_are_honoured() -> None:
    cyrillic = rtf_text(rb"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2}")
    fallback = rtf_text(rb"{\rtf1\uc2 A\u8364\'80\'80B\uc0\u248 C}")
    assert (cyrillic, fallback) == ("Привет", "A€BøC")


@pytest.mark.parametrize(
    "damaged",
    [WORD_RTF[:300], b"{\\rtf1 {{{{ \\'", b"}}}}\\u", b"{\\rtf1 \\bin999999", b"\\'zz{}"],
)
def test_damaged_rtf_gives_what_could_be_read(damaged: bytes) -> None:
    assert isinstance(rtf_text(damaged), str)


@given(st.binary(max_size=400))
def test_any_bytes_give_text_and_never_an_error(data: bytes) -> None:
    assert isinstance(rtf_text(b"{\\rtf1 " + data), str)


def test_an_rtf_attachment_sent_as_octet_stream_is_read() -> None:
    message = mail_with((WORD_RTF, "application/octet-stream", "dpia.rtf"))
    document = parse_message(message).documents[0]
    assert document.media_type == "application/rtf"
    assert "økonomi i Bodø" in document.text and "fonttbl" not in document.text
