"""completeness/text.py: submission text cut into lines, headings, sections and sentences."""

from __future__ import annotations

import pytest

from completeness.text import (
    Line,
    Sentence,
    build_source,
    collapse,
    excerpt,
    excerpt_around,
    heading_title,
    is_numbered,
    readable,
    sections,
    sentences,
    split_lines,
    table_row,
    unclaimed,
    word_count,
)


def is_cue(title: str) -> bool:
    return title.lower().startswith(("risiko", "kontakt", "formål", "nødvendighet"))


def headings(text: str) -> list[tuple[str, str, int, str, bool, bool]]:
    """(raw, title, depth, inline, is_cue, generic) of each heading found."""
    found = build_source("dpia.pdf", text, is_cue).headings
    return [(h.raw, h.title, h.depth, h.inline, h.is_cue, h.generic) for h in found]


def test_words_are_counted_up_to_a_bound_when_one_is_given() -> None:
    assert collapse("  Kari\n bor\ti  Bergen ") == "Kari bor i Bergen"
    assert word_count("Kari bor i Bergen, 5020.") == 5
    assert word_count("Kari bor i Bergen, 5020.", at_most=2) == 2
    assert word_count("Kari bor i Bergen, 5020.", at_most=9) == 5
    assert word_count(" – ") == 0


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("Risiko\tTiltak", "Risiko | Tiltak"),
        ("Risiko  høy\t\t  Logg\t", "Risiko høy | Logg"),
        ("Risiko\t", ""),  # one cell filled: no row
        ("Risiko | Tiltak", ""),  # no tab: no table row
    ],
)
def test_a_table_row_keeps_its_filled_cells_apart(row: str, cells: str) -> None:
    assert table_row(row) == cells


def test_lines_are_located_by_paragraph_when_the_text_has_blank_lines() -> None:
    assert split_lines("Tittel\n\nFørste  linje\nandre\n\n\nTredje\tcelle") == (
        Line("Tittel", "avsnitt 1"),
        Line("", "avsnitt 1"),
        Line("Første linje", "avsnitt 2"),
        Line("andre", "avsnitt 2"),
        Line("", "avsnitt 2"),
        Line("", "avsnitt 2"),
        Line("Tredje | celle", "avsnitt 3"),
    )


def test_without_blank_lines_each_line_is_a_paragraph_whatever_ends_it() -> None:
    assert split_lines("a\nb\r\nc\rd") == (
        Line("a", "avsnitt 1"), Line("b", "avsnitt 2"), Line("c", "avsnitt 3"),
        Line("d", "avsnitt 4"),
    )  # fmt: skip
    assert split_lines("\n\na") == (
        Line("", "avsnitt 1"), Line("", "avsnitt 1"), Line("a", "avsnitt 1"),
    )  # fmt: skip


def test_with_page_breaks_lines_are_located_by_page() -> None:
    assert split_lines("a\n\fb\nc") == (
        Line("a", "side 1"), Line("", "side 1"), Line("b", "side 2"), Line("c", "side 2"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("line", "title", "depth", "numbered"),
    [
        ("## 3.1 Risiko:", "Risiko", 2, True),
        ("### 2 Formål", "Formål", 3, True),  # markup deeper than the numbering
        ("# Risiko", "Risiko", 1, False),
        ("Del 4: Risikovurdering", "Risikovurdering", 1, True),
        ("Kapittel 2 - Beskrivelse", "Beskrivelse", 1, True),
        ("3.2) Oversikt", "Oversikt", 2, True),
        ("4 Risiko", "Risiko", 1, True),
        ("4 risiko", "4 risiko", 0, False),  # a bare number before a small letter: no numbering
        ("b) Tiltak", "Tiltak", 1, True),
        ("iv. Vurdering", "Vurdering", 1, True),
        ("  Risiko :  ", "Risiko", 0, False),
        ("# | Risk |", "# | Risk |", 0, False),  # a table row in markdown, not a heading
        ("Vedlegg X:", "Vedlegg X", 0, False),
    ],
)
def test_a_heading_title_loses_its_numbering_and_markup(
    line: str, title: str, depth: int, numbered: bool
) -> None:
    assert heading_title(line) == (title, depth)
    assert is_numbered(line) is numbered


def test_cue_numbered_capitalised_and_generic_headings() -> None:
    text = (
        "Hei,\n\n1. Kontaktinformasjon\nKontaktperson: Kari Nordmann\n\n2. Formål\n"
        "Vi skal behandle data.\n\n2.1 Underpunkt\nMer tekst her.\n\nHVA VI GJØR\nVi gjør mye.\n\n"
        "Oversikt\nHer følger en lang tekst med mange ord som forteller hva som skjer i prosjektet"
        " videre fremover nå."
    )
    assert headings(text) == [
        ("1. Kontaktinformasjon", "Kontaktinformasjon", 1, "", True, False),
        ("Kontaktperson", "Kontaktperson", 0, "Kari Nordmann", True, False),
        ("2. Formål", "Formål", 1, "", True, False),
        ("2.1 Underpunkt", "Underpunkt", 2, "", False, False),
        ("HVA VI GJØR", "HVA VI GJØR", 0, "", False, False),
        ("Oversikt", "Oversikt", 0, "", False, True),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Hei alle,",
        "Til Datatilsynet",
        "Dear Sir or Madam,",
        "Subject: Risikovurdering",
        "Fra: Kari Nordmann",
        "- Risikovurdering",  # a list item
        "Risikovurdering.",  # a sentence
        "Risikovurdering, tiltak;",
        "Risikovurdering,",
        "Risikovurdering!",
        "Risikovurdering sendes til kari@firma.no",
        "kari@firma.no",
        "Tlf 55 12 34 56",
        "2026",
        "Risikovurdering av alle de mange ulike delene av systemet som vi har laget for alle"
        " kundene våre",  # seventeen words
    ],
)
def test_lines_that_are_never_headings(line: str) -> None:
    assert headings(f"Innledning.\n\n{line}\n\nVi skriver videre her.") == []


def test_a_question_names_a_part_or_heads_a_section_in_the_writers_words() -> None:
    """R-CP-65: a question that names no part is a generic heading where a short line would be."""
    after = "\n\nSvaret er at vi gjør det.\n"
    assert headings("Hva gjør vi?" + after) == [
        ("Hva gjør vi?", "Hva gjør vi?", 0, "", False, True)
    ]
    assert headings("Vi spør,\nhva gjør vi?\nSvaret er at vi gjør det.") == []  # mid-sentence
    assert headings("Vi spør.\nHva gjør vi med alt dette, og hvorfor?\nSvar.") == []  # a comma
    assert headings("Risiko for hvem?" + after) == [
        ("Risiko for hvem?", "Risiko for hvem?", 0, "", True, False)
    ]
    assert headings("3. Hva gjør vi?" + after) == [
        ("3. Hva gjør vi?", "Hva gjør vi?", 1, "", False, False)
    ]


def test_a_short_capitalised_line_is_a_generic_heading_after_a_finished_sentence() -> None:
    assert headings("Vi har laget en plan.\nOversikt\nteksten fortsetter.") == []  # wrapped
    assert headings("Vi har laget en plan.\nOversikt:\nteksten fortsetter.") == [
        ("Oversikt:", "Oversikt", 0, "", False, True)
    ]
    assert headings("Vi har laget en plan,\nOversikt\nTeksten fortsetter.") == []  # mid-sentence
    assert headings("Vi har laget en plan,\n\nOversikt\nTeksten fortsetter.") == [
        ("Oversikt", "Oversikt", 0, "", False, True)
    ]
    assert headings("Vi har laget en plan,\nOversikt, kort\n\nTeksten.") == []  # a comma
    assert headings("Vi har laget en plan,\nen oversikt\n\nTeksten.") == []  # small letter
    nine = "Oversikt over alt vi har gjort i dette lange prosjektet"
    assert headings(f"Plan.\n{nine}\nTeksten.") == []
    eight = "Oversikt over alt vi har gjort i prosjektet"
    assert headings(f"Plan.\n{eight}\nTeksten.") == [(eight, eight, 0, "", False, True)]


def test_a_short_line_before_a_long_paragraph_is_a_heading() -> None:
    fifteen = " ".join(["Ord"] + ["ord"] * 13 + ["slutt."])
    assert headings(f"Vi har laget en plan,\nOversikt\n{fifteen}") == [
        ("Oversikt", "Oversikt", 0, "", False, True)
    ]
    assert headings(f"Vi har laget en plan,\nOversikt\n{fifteen.replace('Ord ord', 'Ord')}") == []


def test_a_label_names_a_part_only_in_a_few_words() -> None:
    assert headings("Risiko ved behandlingen: lav") == [
        ("Risiko ved behandlingen", "Risiko ved behandlingen", 0, "lav", True, False)
    ]
    assert headings("3. Risiko: lav") == [("3. Risiko", "Risiko", 1, "lav", True, False)]
    long = "Risiko ved behandlingen av alle de data vi har her"  # nine words
    assert headings(f"{long}: lav") == [(f"{long}: lav", f"{long}: lav", 0, "", True, False)]
    assert headings("Ansvarlig: Kari") == [  # a label that names no part: a line
        ("Ansvarlig: Kari", "Ansvarlig: Kari", 0, "", False, True)
    ]


def test_a_cue_line_standing_alone_is_a_heading_even_when_long() -> None:
    wide = "Risikovurdering av behandlingen i " + "x" * 90
    filler = "\n".join(["Dette er en linje med litt tekst i seg."] * 10)
    text = f"{filler}\n\n{wide}\nNeste setning starter her.\n{filler}"
    assert [h[0] for h in headings(text)] == [wide]
    assert headings(f"{filler}\n{wide}\nNeste setning starter her.\n{filler}") == []


def section_bodies(text: str) -> list[tuple[str, str, int]]:
    return [(s.heading.raw, s.body, s.end) for s in sections(build_source("x", text, is_cue))]


def test_a_section_runs_to_the_next_heading_of_its_level() -> None:
    text = (
        "1. Formål\nVi skal gjøre noe.\n\n1.1 Underpunkt\nMer.\n\n2. Risiko\nLav.\n\n"
        "2.1 Risiko for ansatte\nHøy.\n\n2.2 Annet\nIntet.\n\n3 Nødvendighet\nJa."
    )
    assert section_bodies(text) == [
        ("1. Formål", "Vi skal gjøre noe.\n1.1 Underpunkt\nMer.", 6),
        ("2. Risiko", "Lav.\n2.1 Risiko for ansatte\nHøy.\n2.2 Annet\nIntet.", 15),
        ("2.1 Risiko for ansatte", "Høy.", 12),
        ("3 Nødvendighet", "Ja.", 17),
    ]


def test_an_unnumbered_cue_section_ends_at_the_next_top_level_heading_or_the_writers_own() -> None:
    """R-CP-113: «Oversikt», a heading no cue knows, ends «Formål» as a sibling would."""
    prose = "Tekst her som er lang nok til å være et avsnitt med mange ord i."
    text = f"Formål\nVi gjør.\n\nOversikt\n{prose}\n\nRisiko\nLav.\n\n1.1 Detaljer\nMer."
    assert section_bodies(text) == [
        ("Formål", "Vi gjør.", 3),
        ("Risiko", "Lav.\n1.1 Detaljer\nMer.", 11),
    ]
    assert section_bodies("Formål\nVi gjør.\n\nOVERSIKT\nTekst.") == [("Formål", "Vi gjør.", 3)]
    assert section_bodies("Formål\nVi gjør.\n\n2. Annet\nTekst.") == [("Formål", "Vi gjør.", 3)]


def test_a_label_right_under_a_heading_opens_its_text() -> None:
    text = "Risiko\nKontakt: Kari, tlf 55 12 34 56\nMer om risiko.\n\nFormål\nA."
    assert section_bodies(text) == [
        ("Risiko", "Kontakt: Kari, tlf 55 12 34 56\nMer om risiko.", 4),
        ("Kontakt", "Kari, tlf 55 12 34 56\nMer om risiko.", 3),
        ("Formål", "A.", 6),
    ]


def test_a_cue_section_ends_at_the_next_cue_or_a_heading_at_its_level() -> None:
    text = "2. Risiko\nLav.\n\nKontaktinformasjon\nKari.\n\n2.1 Annet\nB.\n\n3 Annet\nC."
    assert section_bodies(text) == [
        ("2. Risiko", "Lav.", 3),  # a cue heading ends it whatever its level
        ("Kontaktinformasjon", "Kari.\n2.1 Annet\nB.", 9),  # a subsection stays in it
    ]
    text = "2.1 Risiko\nLav.\n\n2.2 Annet\nB.\n\n3 Annet\nC."
    assert section_bodies(text) == [("2.1 Risiko", "Lav.", 3)]
    text = "2.1 Risiko\nLav.\n\n2.1.1 Annet\nB.\n\n3 Annet\nC."
    assert section_bodies(text) == [("2.1 Risiko", "Lav.\n2.1.1 Annet\nB.", 6)]


def test_sentences_are_cut_in_paragraphs_without_headings() -> None:
    source = build_source(
        "x",
        "1. Formål\nVi gjør A. Så B!\nog C.\n\nFølgende ettersendes:\n- DPIA\n\nTakk for nå.",
        is_cue,
    )
    assert sentences(source) == (
        Sentence("Vi gjør A.", "avsnitt 1", 1, True, "Vi gjør A. Så B! og C."),
        Sentence("Så B! og C.", "avsnitt 1", 1, False, "Vi gjør A. Så B! og C."),
        Sentence(
            "Følgende ettersendes: - DPIA", "avsnitt 2", 4, True, "Følgende ettersendes: - DPIA"
        ),
        Sentence("Takk for nå.", "avsnitt 3", 7, True, "Takk for nå."),
    )


def test_a_label_heading_keeps_its_line_in_the_sentences() -> None:
    source = build_source("x", "Formål: å måle.\nVi gjør det.", is_cue)
    assert [s.text for s in sentences(source)] == ["Formål: å måle.", "Vi gjør det."]


def test_unclaimed_headings_have_enough_prose_under_them() -> None:
    prose = "Her står en lang setning med mange ord om hva vi gjør."  # 12 words
    text = (
        f"Formål\nA.\n\nOVERSIKT\n{prose}\n\nANNET\nKari Nordmann\nkari@firma.no\n\nSLUTT\n{prose}"
    )
    found = unclaimed(build_source("x", text, is_cue), 12)
    assert [h.raw for h in found] == ["OVERSIKT", "SLUTT"]
    assert [h.raw for h in unclaimed(build_source("x", text, is_cue), 13)] == []
    short = "OVERSIKT\nEn to tre fire fem seks sju.\nEn to tre fire fem seks sju."  # 7-word lines
    assert unclaimed(build_source("x", short, is_cue), 5) == ()
    mail = "OVERSIKT\nSkriv til kari@firma.no om alt dette som vi har gjort."
    assert unclaimed(build_source("x", mail, is_cue), 5) == ()


def test_an_excerpt_is_collapsed_and_cut_with_an_ellipsis() -> None:
    assert excerpt("a  b\nc") == "a b c"
    assert excerpt("abcde", 5) == "abcde"
    assert excerpt("abc def", 5) == "abc…"
    assert excerpt("x" * 201) == "x" * 199 + "…"
    assert excerpt("x" * 200) == "x" * 200


def test_an_excerpt_around_a_match_centres_it() -> None:
    text = "".join(chr(65 + i % 26) for i in range(400))
    assert excerpt_around(text, 150, 160, 20) == text[145:165]
    assert excerpt_around(text, 2, 4, 20) == text[0:20]
    assert excerpt_around(text, 150, 160) == text[55:255]
    assert excerpt_around(text, 0, 10, 300) == text[:300]


def test_text_is_readable_with_five_words_in_all() -> None:
    assert readable(["To ord", "tre ord til"]) is True
    assert readable(["To ord", "tre ord"]) is False
    assert readable(["en to tre fire fem seks"]) is True
    assert readable([]) is False


def test_a_line_as_wide_as_the_wrapped_text_is_no_heading() -> None:
    filler = "\n".join(["Dette er en linje med tekst som fyller femti tegn."] * 10)
    assert len(filler.split("\n")[0]) == 50  # the 90th percentile: 80 % of it is 40
    narrow, wide = (
        "Oversikt over hva vi har gjort hittil x",
        "Oversikt over hva vi har gjort hittil xy",
    )
    assert (len(narrow), len(wide)) == (39, 40)
    assert [h[0] for h in headings(f"{filler}\n\n{narrow}\n\n{filler}")] == [narrow]
    assert headings(f"{filler}\n\n{wide}\n\n{filler}") == []
    few = "\n".join(["Dette er en linje med tekst som fyller femti tegn."] * 4)
    assert [h[0] for h in headings(f"{few}\n\n{wide}\n\n{few}")] == [wide]  # too few to tell


@pytest.mark.parametrize("end", [".", ":", "!", "?"])
def test_a_generic_heading_follows_a_finished_sentence(end: str) -> None:
    assert headings(f"vi har laget en plan{end}\nOversikt\nTeksten fortsetter.") == [
        ("Oversikt", "Oversikt", 0, "", False, True)
    ]


def test_capitals_make_a_heading_only_with_four_letters() -> None:
    assert headings("Vi har laget en plan,\nABCD\nTeksten.") == [
        ("ABCD", "ABCD", 0, "", False, False)
    ]
    assert headings("Vi har laget en plan,\nABC 1\nTeksten.") == []


def test_a_wide_cue_line_at_the_end_does_not_stand_alone() -> None:
    wide = "Risikovurdering av behandlingen i " + "x" * 90
    filler = "\n".join(["Dette er en linje med litt tekst i seg."] * 10)
    assert headings(f"{filler}\n\n{wide}") == []
    assert headings(f"{filler}\n\n{wide}\n\nNeste avsnitt.") == [(wide, wide, 0, "", True, False)]


def test_a_short_line_opening_the_text_is_a_generic_heading() -> None:
    assert headings("Oversikt\nTeksten fortsetter.") == [
        ("Oversikt", "Oversikt", 0, "", False, True)
    ]
    assert headings("Teksten fortsetter,\nOversikt\nTeksten.") == []
    assert headings("Teksten.\n\nfortsetter,\nOversikt\nTeksten.") == []


def test_a_heading_right_below_another_or_a_label_further_down_ends_a_section() -> None:
    assert section_bodies("2. Risiko\n3. Formål\nTekst.") == [
        ("2. Risiko", "", 1),
        ("3. Formål", "Tekst.", 3),
    ]
    assert section_bodies("Risiko\nLav.\nFormål: å måle.\nMer.") == [
        ("Risiko", "Lav.", 2),
        ("Formål", "å måle.\nMer.", 4),
    ]


def test_a_title_with_a_comma_is_no_generic_heading() -> None:
    assert headings("Vi har laget en plan.\nOversikt, kort\nTeksten.") == []
    assert headings("Vi har laget en plan.\nOversikt kort\nTeksten.") == [
        ("Oversikt kort", "Oversikt kort", 0, "", False, True)
    ]


def test_a_markdown_heading_is_a_heading_even_where_text_seems_to_run_on() -> None:
    assert headings("# Oversikt\nteksten fortsetter her.") == [
        ("# Oversikt", "Oversikt", 1, "", False, False)
    ]
    assert headings("Oversikt\nteksten fortsetter her.") == []


def test_a_line_of_eight_words_is_prose() -> None:
    eight = "OVERSIKT\nEn to tre fire fem seks sju åtte."
    assert [h.raw for h in unclaimed(build_source("x", eight, is_cue), 5)] == ["OVERSIKT"]


def test_a_generic_heading_and_the_source_keep_their_place_and_name() -> None:
    source = build_source("notat.txt", "Innledning.\n\nOversikt\nTeksten fortsetter.", is_cue)
    assert source.name == "notat.txt"
    assert [(h.index, h.generic) for h in source.headings] == [(2, True)]


def test_a_label_of_eight_words_names_a_part() -> None:
    label = "Risiko ved behandlingen av alle data vi har"
    assert headings(f"{label}: lav") == [(label, label, 0, "lav", True, False)]


def test_a_heading_line_ending_in_a_colon_is_no_sentence_unless_generic() -> None:
    source = build_source("x", "Innledning.\n\nRisiko:\nLav risiko.", is_cue)
    assert [s.text for s in sentences(source)] == ["Innledning.", "Lav risiko."]


def test_a_label_section_runs_to_the_end_of_its_paragraph() -> None:
    text = "Innledning.\n\nFormål: å måle.\nMer.\n\nAnnet."
    assert section_bodies(text) == [("Formål", "å måle.\nMer.", 4)]
    assert section_bodies("Formål: å måle.\n\nMer tekst.\n\nAnnet.") == [("Formål", "å måle.", 1)]


def test_a_line_of_sixteen_words_may_be_a_heading() -> None:
    sixteen = (
        "Risikovurdering av alle de mange ulike delene av systemet som vi har laget for alle oss"
    )
    assert len(sixteen.split()) == 16
    assert [h[0] for h in headings(f"Innledning.\n\n{sixteen}\n\nVi skriver videre.")] == [sixteen]


def lines_of(*lengths: int) -> list[str]:
    """Sentences (never headings) of the given lengths in characters."""
    return [("Tekst " + "x" * n)[: n - 1] + "." for n in lengths]


def test_what_is_wide_is_read_from_ten_lines_or_more() -> None:
    fillers = lines_of(20, 20, 20, 20, 20, 20, 40, 50, 100)  # with the candidate: ten lines

    def found(candidate: str) -> list[str]:
        text = "\n".join(fillers[:3]) + f"\n\n{candidate}\n\n" + "\n".join(fillers[3:])
        return [h[0] for h in headings(text)]

    # sorted lengths: the one at index 8 of 10 (50) sets the width, 80 % of it: 40
    narrow, wide = (
        "Oversikt over alt vi har gjort her",
        "Oversikt over alt vi har gjort i prosjektet",
    )
    assert (len(narrow), len(wide)) == (34, 43)
    assert found(narrow) == [narrow]
    assert found(wide) == []  # as wide as wrapped text


def test_in_a_short_text_no_line_is_too_wide_to_be_a_heading() -> None:
    numbered = "3. Beskrivelse av behandlingen og alle de systemene som inngår i den"
    assert len(numbered) > 60
    assert [h[0] for h in headings(f"Innledning.\n\n{numbered}\nTeksten.")] == [numbered]


def test_a_section_is_located_where_its_heading_stands() -> None:
    source = build_source("x", "Innledning.\n\nRisiko\nLav.\n\nFormål\nÅ måle.", is_cue)
    assert [(s.heading.raw, s.location) for s in sections(source)] == [
        ("Risiko", "avsnitt 2"),
        ("Formål", "avsnitt 3"),
    ]


def test_a_closing_ends_the_section_above_it() -> None:
    assert section_bodies("Risiko\nLav risiko.\nHilsen\nKari Nordmann") == [
        ("Risiko", "Lav risiko.", 2)
    ]
