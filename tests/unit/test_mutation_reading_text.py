"""reading/text.py: headings, fields, items, rows and paragraphs read from extracted text, each
with its page and position."""

from __future__ import annotations

import re

import pytest

from reading.blocks import OCR_MARK, Block, Kind, Location
from reading.text import (
    _BARE_FIELD,
    _BARE_FIRST,
    heading_parts,
    read_text,
    repair_ocr_addresses,
)


def shapes(text: str, name: str = "d.pdf") -> list[tuple[str, str]]:
    """(kind, text) of each block."""
    return [(block.kind.value, block.text) for block in read_text(name, text).blocks]


def test_a_document_is_read_into_located_blocks_page_by_page() -> None:
    text = (
        "1 Innledning\n"
        "Dette er en lang setning som går over flere linjer fordi en PDF bryter\n"
        "linjene sine slik, og den fortsetter her med personvern-\n"
        "ombud og mer tekst.\n"
        "\n"
        "Kontaktperson: Kari Nordmann\n"
        "tlf. 22 33 44 55\n"
        "\n"
        "Navn\tTelefon\n"
        "Kari\t22 33 44 55\n"
        "\fSide to\n"
        "- punkt en\n"
        "- punkt to"
    )
    document = read_text("d.pdf", text)
    assert (document.name, document.paged, document.ocr) == ("d.pdf", True, False)
    where = [Location("d.pdf", page, n) for n, page in enumerate([1] * 6 + [2] * 3, start=1)]
    assert list(document.blocks) == [
        Block(Kind.HEADING, "1 Innledning", where[0], 1, "1", "Innledning", gap_before=True,
              strong=True),
        Block(Kind.PARAGRAPH, "Dette er en lang setning som går over flere linjer fordi en PDF"
              " bryter linjene sine slik, og den fortsetter her med personvernombud og mer tekst.",
              where[1]),
        Block(Kind.FIELD, "Kontaktperson: Kari Nordmann", where[2], title="Kontaktperson",
              value="Kari Nordmann", gap_before=True),
        Block(Kind.FIELD, "tlf. 22 33 44 55", where[3], title="tlf.", value="22 33 44 55"),
        Block(Kind.ROW, "Navn | Telefon", where[4], cells=("Navn", "Telefon"), table=1,
              gap_before=True),
        Block(Kind.ROW, "Kari | 22 33 44 55", where[5], cells=("Kari", "22 33 44 55"), table=1),
        Block(Kind.HEADING, "Side to", where[6], title="Side to", gap_before=True),
        Block(Kind.ITEM, "punkt en", where[7]),
        Block(Kind.ITEM, "punkt to", where[8]),
    ]  # fmt: skip


def test_one_page_is_unpaged_and_line_ends_of_every_platform_split_lines() -> None:
    document = read_text("e-post", "Navn: Kari\r\nTelefon: 22\rE-post: k@x.no")
    assert not document.paged
    assert [(b.title, b.value) for b in document.blocks] == [
        ("Navn", "Kari"), ("Telefon", "22"), ("E-post", "k@x.no"),
    ]  # fmt: skip


def test_ocr_text_is_marked_and_its_addresses_repaired() -> None:
    document = read_text("skann.pdf", f"{OCR_MARK}Kontakt: kari@firma.no og olaefirma.no")
    assert document.ocr
    assert document.blocks[0].text == "Kontakt: kari@firma.no og ola@firma.no"
    plain = read_text("d.pdf", "Kontakt: kari@firma.no og olaefirma.no")
    assert not plain.ocr and plain.blocks[0].text == "Kontakt: kari@firma.no og olaefirma.no"


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("ola@firma:.no", "ola@firma.no"),
        ("ola@firma;.com og ola@x,.no", "ola@firma.com og ola@x.no"),
        ("kari@firma.no, ola©firma.no, per®firma.no", "kari@firma.no, ola@firma.no, per@firma.no"),
        (
            "kari@firma.no, www.firma.no, a.olaefirma.no",
            "kari@firma.no, www.firma.no, a.ola@firma.no",
        ),
        ("kari@firma.no og xefirma.no", "kari@firma.no og xefirma.no"),  # too short a name
        ("kari@sub.firma.no og olaesub.firma.no", "kari@sub.firma.no og ola@sub.firma.no"),
        ("kari@FIRMA.no og olaEfirma.NO", "kari@FIRMA.no og ola@firma.NO"),
        # the longer of two domains first: «per@ehelse.no», not «pere@helse.no»
        (
            "kari@helse.no, ola@ehelse.no, pereehelse.no",
            "kari@helse.no, ola@ehelse.no, per@ehelse.no",
        ),
        (
            "ola@ehelse.no, kari@helse.no, pereehelse.no",
            "ola@ehelse.no, kari@helse.no, per@ehelse.no",
        ),
    ],
)
def test_ocr_damage_to_addresses_is_undone(scanned: str, read: str) -> None:
    assert repair_ocr_addresses(scanned) == read


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("# Tittel", ("", "Tittel", 1)),
        ("## 3.1 Metode", ("3.1", "Metode", 2)),
        ("#### Tittel", ("", "Tittel", 4)),
        ("### 1 Kort", ("1", "Kort", 3)),
        ("Del 2 - Beskrivelse", ("Del 2", "Beskrivelse", 1)),
        ("Vedlegg B: Risiko", ("Vedlegg B", "Risiko", 1)),
        ("Vedlegg 12 – Avtale", ("Vedlegg 12", "Avtale", 1)),
        ("IV. Konklusjon:", ("IV", "Konklusjon", 1)),
        ("A) Hei", ("A", "Hei", 1)),
        ("3.1.2. Under", ("3.1.2", "Under", 3)),
        ("  Kapittel 4: Tiltak  ", ("Kapittel 4", "Tiltak", 1)),
        ("Metode", ("", "Metode", 0)),
    ],
)
def test_a_headings_numbering_title_and_level(line: str, parts: tuple[str, str, int]) -> None:
    assert heading_parts(line) == parts


def words(count: int) -> str:
    return " ".join(["ord"] * count)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered heading holds at most 14 words
        (f"1 Tittel {words(12)}", [("heading", f"1 Tittel {words(12)}")]),
        (f"1 Tittel {words(13)}", [("paragraph", f"1 Tittel {words(13)}")]),
        # so does an unnumbered one
        (f"Tittel {words(13)}\n\nTekst.", [("heading", f"Tittel {words(13)}"),
                                           ("paragraph", "Tekst.")]),
        (f"Tittel {words(14)}\n\nTekst.", [("paragraph", f"Tittel {words(14)} Tekst.")]),
        # a question at most 16
        (f"Hva {words(15)}?\nSvar.", [("heading", f"Hva {words(15)}?"), ("paragraph", "Svar.")]),
        (f"Hva {words(16)}?\nSvar.", [("paragraph", f"Hva {words(16)}? Svar.")]),
        # a cell between bars at most 12 words, a column of a PDF at most 8
        (f"A | {words(12)} | c", [("row", f"A | {words(12)} | c")]),
        (f"A | {words(13)} | c", [("paragraph", f"A | {words(13)} | c")]),
        (f"A   {words(8)}   c", [("row", f"A | {words(8)} | c")]),
        (f"A   {words(9)}   c", [("paragraph", f"A {words(9)} c")]),
        # a label at most 5 words
        ("En to tre fire fem: verdi", [("field", "En to tre fire fem: verdi")]),
        ("En to tre fire fem seks: verdi", [("heading", "En to tre fire fem seks: verdi")]),
        # a field without a colon when it names a contact
        ("Tlf 22\nmobil 41\ne-post a@b.no\norg.nr. 123\nOrganisasjonsnummer 974",
         [("field", "Tlf 22"), ("field", "mobil 41"), ("field", "e-post a@b.no"),
          ("field", "org.nr. 123"), ("field", "Organisasjonsnummer 974")]),
        # no label before a colon: a link, a time, an address, a sentence's end (and a line in
        # which a sentence ends is no heading either, R-CP-75)
        ("Se https: //x\nkl. 10: møte\nA@b: c\nSlutt. Neste: x",
         [("paragraph", "Se https: //x kl. 10: møte"), ("paragraph", "A@b: c"),
          ("paragraph", "Slutt. Neste: x")]),
    ],
)  # fmt: skip
def test_the_limits_of_headings_cells_and_labels(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert shapes(text) == expected


def test_a_field_has_its_label_and_value() -> None:
    blocks = read_text("d.txt", "Tlf 22 33\nKontakt :  Kari  \norg.nr. 974 761 467").blocks
    assert [(b.title, b.value) for b in blocks] == [
        ("Tlf", "22 33"), ("Kontakt", "Kari"), ("org.nr.", "974 761 467"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word hyphenated at a line end and an address broken at its «@» are joined
        ("Personvern-\nombud er Kari. E-post kari@\nfirma.no og ola\n@firma.no",
         [("paragraph", "Personvernombud er Kari. E-post kari@firma.no og ola@firma.no")]),
        # but not before a capital or a digit
        ("vi bor i nord-\nNorge og i sør-\n2026 flytter vi.",
         [("paragraph", "vi bor i nord- Norge og i sør- 2026 flytter vi.")]),
        # a plain-text table's rule is dropped; a separator ends the table
        ("Navn | Rolle | Telefon\n|---|---|---|\nKari | leder | 22\n-----\nTekst etter",
         [("row", "Navn | Rolle | Telefon"), ("row", "Kari | leder | 22"),
          ("heading", "Tekst etter")]),
        # a lone line indented under a later column continues that row's last cell
        ("Kontaktperson:   Kari Fjellstad, rådgiver\n"
         "                 tlf. 75 00 00 00\nNeste avsnitt her",
         [("row", "Kontaktperson: | Kari Fjellstad, rådgiver tlf. 75 00 00 00"),
          ("heading", "Neste avsnitt her")]),
        ("Kontaktperson:   Kari Fjellstad, rådgiver\n   tlf. 75 00 00 00",
         [("row", "Kontaktperson: | Kari Fjellstad, rådgiver"), ("field", "tlf. 75 00 00 00")]),
        # a sentence does not end on a comma
        ("Kontaktperson er Petter Skaug,\ntlf. 69 00 00 00, og han svarer.",
         [("paragraph", "Kontaktperson er Petter Skaug, tlf. 69 00 00 00, og han svarer.")]),
        # a field or item wrapped onto a line in lower case
        ("Behandlingsansvarlig: Nordlys kommune, e-post\npost@nordlys.no",
         [("field", "Behandlingsansvarlig: Nordlys kommune, e-post post@nordlys.no")]),
        ("- første punkt som fortsetter\npå neste linje",
         [("item", "første punkt som fortsetter på neste linje")]),
        ("- første punkt slutter.\npå neste linje", [("item", "første punkt slutter."),
                                                      ("paragraph", "på neste linje")]),
        # a sentence broken by a blank line goes on
        ("Dette er et avsnitt med mange ord som ikke slutter med punktum og fortsetter på\n\n"
         "neste side med liten bokstav.",
         [("paragraph", "Dette er et avsnitt med mange ord som ikke slutter med punktum og "
           "fortsetter på neste side med liten bokstav.")]),
        ("Dette er et avsnitt med mange ord som ikke slutter med punktum og fortsetter hos"
         " Solveig\n\nSæther (s@x.no), tel. 22 33 44 55.",
         [("paragraph", "Dette er et avsnitt med mange ord som ikke slutter med punktum og "
           "fortsetter hos Solveig Sæther (s@x.no), tel. 22 33 44 55.")]),
        ("Et avsnitt som slutter.\n\nneste avsnitt er eget.",
         [("paragraph", "Et avsnitt som slutter."), ("paragraph", "neste avsnitt er eget.")]),
        # short lines of a title page are not one paragraph
        ("Tittelside\n(pilot 2027)\nKontaktperson hos behandlingsansvarlig\nAcme AS",
         [("heading", "Tittelside"), ("paragraph", "(pilot 2027)"),
          ("heading", "Kontaktperson hos behandlingsansvarlig"), ("heading", "Acme AS")]),
        # columns of a PDF
        ("Navn     Rolle     Telefon\nKari     leder     22 33 44 55",
         [("row", "Navn | Rolle | Telefon"), ("row", "Kari | leder | 22 33 44 55")]),
        ("Hva er formålet?\nVi vil måle bruk.",
         [("heading", "Hva er formålet?"), ("paragraph", "Vi vil måle bruk.")]),
        ("RISIKOVURDERING\ntekst her.", [("heading", "RISIKOVURDERING"),
                                         ("paragraph", "tekst her.")]),
        ("Kontakt: Kari Nordmann\n\nOppsummering\nTeksten er her.",
         [("field", "Kontakt: Kari Nordmann"), ("heading", "Oppsummering"),
          ("paragraph", "Teksten er her.")]),
    ],
)  # fmt: skip
def test_lines_are_joined_or_kept_apart_as_the_layout_says(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question heads what follows when it stands apart or a capital follows it
        ("Tekst som går her\nHva er formålet?\nvi vil måle.",
         [("heading", "Tekst som går her"), ("paragraph", "Hva er formålet? vi vil måle.")]),
        ("Tekst som går her.\n\nHva er formålet?\nvi vil måle.",
         [("paragraph", "Tekst som går her."), ("heading", "Hva er formålet?"),
          ("paragraph", "vi vil måle.")]),
        ("Hva er formålet?", [("heading", "Hva er formålet?")]),
        # capitals make a strong heading from four letters on
        ("ABCD\n\nTekst.", [("heading", "ABCD"), ("paragraph", "Tekst.")]),
        ("ABC\n\nTekst.", [("heading", "ABC"), ("paragraph", "Tekst.")]),
        # a heading's title: not empty, not exclaimed, no comma, not followed by lower case
        ("Vedlegg 3\n\nTekst.", [("paragraph", "Vedlegg 3"), ("paragraph", "Tekst.")]),
        ("Oppsummering!\n\nTekst.", [("paragraph", "Oppsummering!"), ("paragraph", "Tekst.")]),
        ("Oppsummering, kort\n\nTekst.",
         [("paragraph", "Oppsummering, kort"), ("paragraph", "Tekst.")]),
        ("Oppsummering\nfortsetter her.", [("paragraph", "Oppsummering fortsetter her.")]),
        ("Kontakt 22 33 44 55\n\nTekst.",
         [("paragraph", "Kontakt 22 33 44 55"), ("paragraph", "Tekst.")]),
        # without a blank line before it, an unnumbered heading has at most five words
        ("Tekst med punktum.\nOppsummering med tre ord her\nTekst.",
         [("paragraph", "Tekst med punktum."), ("heading", "Oppsummering med tre ord her"),
          ("paragraph", "Tekst.")]),
        ("Tekst med punktum.\nOppsummering med fem ord her nå\nTekst.",
         [("paragraph", "Tekst med punktum."),
          ("paragraph", "Oppsummering med fem ord her nå Tekst.")]),
        # a table cell continued only by an indented lone line; bars and tabs are cells
        ("Kari   22 33 44 55\n  tlf. 75", [("row", "Kari | 22 33 44 55"), ("field", "tlf. 75")]),
        ("Navn | Tlf\nKari | 22\n      | ekstra",
         [("row", "Navn | Tlf"), ("row", "Kari | 22"), ("paragraph", "| ekstra")]),
        ("Navn\tTlf\nKari\t22\n\tekstra",
         [("row", "Navn | Tlf"), ("row", "Kari | 22"), ("row", " | ekstra")]),
        ("a\tb\n\t\nc", [("row", "a | b"), ("paragraph", "c")]),
    ],
)  # fmt: skip
def test_what_makes_a_heading_and_where_a_table_ends(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert shapes(text) == expected


def test_strong_headings_are_marked_so() -> None:
    def strong(text: str) -> list[bool]:
        return [b.strong for b in read_text("d", text).blocks if b.kind is Kind.HEADING]

    assert strong("ABCD\n\nTekst.") == [True]
    assert strong("ABC\n\nTekst.") == [False]
    assert strong("DPIA OG ROS\n\nTekst.") == [True]
    assert strong("# Metode\n\nTekst.") == [True]
    assert strong("Vedlegg 2 Avtale\n\nTekst.") == [True]
    assert strong("2 Metode\n\nTekst.") == [True]
    assert strong("Hva er formålet?\n\nTekst.") == [False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no joining across a table's cells
        ("Personvern-\tx\nombud her", [("row", "Personvern- | x"), ("paragraph", "ombud her")]),
        ("Personvern-\nombud\tx", [("paragraph", "Personvern-"), ("row", "ombud | x")]),
        ("ring kari\n@ firma.no nå", [("paragraph", "ring kari@ firma.no nå")]),
        ("ring kari\n@firma.no nå", [("paragraph", "ring kari@firma.no nå")]),
        # a lone line continues a row's last cell from two columns past the first cell on
        ("Kontaktperson:   Kari\n                tlf. 75",
         [("row", "Kontaktperson: | Kari tlf. 75")]),
        ("Kontaktperson:   Kari\n               tlf. 75",
         [("row", "Kontaktperson: | Kari"), ("field", "tlf. 75")]),
        ("  Kontaktperson:   Kari\n                  tlf. 75",
         [("row", "Kontaktperson: | Kari tlf. 75")]),
        ("  Kontaktperson:   Kari\n                 tlf. 75",
         [("row", "Kontaktperson: | Kari"), ("field", "tlf. 75")]),
        ("Kontaktperson:   Kari\n                | tlf. 75",
         [("row", "Kontaktperson: | Kari"), ("paragraph", "| tlf. 75")]),
        # a short line ends its paragraph before a capital, unless it ends on , - – or @
        ("vi har kort linje\nNeste linje er her.",
         [("paragraph", "vi har kort linje"), ("paragraph", "Neste linje er her.")]),
        ("vi har en kort linje,\nNeste linje er her.",
         [("paragraph", "vi har en kort linje, Neste linje er her.")]),
        ("vi har en kort linje-\nNeste linje er her.",
         [("paragraph", "vi har en kort linje- Neste linje er her.")]),
        ("vi har en kort linje –\nNeste linje er her.",
         [("paragraph", "vi har en kort linje – Neste linje er her.")]),
        ("Kort linje@\nNeste Linje", [("paragraph", "Kort linje@Neste Linje")]),
        ("vi har en kort linje med seks\nNeste linje er her.",
         [("paragraph", "vi har en kort linje med seks Neste linje er her.")]),
        ("vi har en kort linje\n«Neste» linje er her.",
         [("paragraph", "vi har en kort linje"), ("paragraph", "«Neste» linje er her.")]),
        ("vi har en kort linje\nneste linje er her.",
         [("paragraph", "vi har en kort linje neste linje er her.")]),
        ("vi har kort linje\nNavn: Kari", [("paragraph", "vi har kort linje"),
                                           ("field", "Navn: Kari")]),
        # a field's value wrapped in lower case, unless it ended or a field follows
        ("Navn: Kari\nrolle leder", [("field", "Navn: Kari rolle leder")]),
        ("Navn: Kari.\nrolle leder", [("field", "Navn: Kari."), ("paragraph", "rolle leder")]),
        ("Navn: Kari\n\nrolle leder", [("field", "Navn: Kari"), ("paragraph", "rolle leder")]),
        ("Navn: Kari\nrolle: leder", [("field", "Navn: Kari"), ("field", "rolle: leder")]),
        ("- punkt\nrolle leder", [("item", "punkt rolle leder")]),
        ("Kort linje,\nTlf 22 33", [("paragraph", "Kort linje, Tlf 22 33")]),
        ("Kort linje\nTlf 22 33", [("heading", "Kort linje"), ("field", "Tlf 22 33")]),
    ],
)  # fmt: skip
def test_a_line_goes_on_with_the_block_before_it_or_starts_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert shapes(text) == expected


def test_a_wrapped_fields_value_grows_and_an_items_has_none() -> None:
    field, item = read_text("d", "Navn: Kari\nrolle leder\n\n- punkt\nrolle leder").blocks
    assert (field.title, field.value) == ("Navn", "Kari rolle leder")
    assert (item.text, item.value) == ("punkt rolle leder", "")
    bare = read_text("d", "Personvernombud:\nkari@firma.no").blocks  # a label over its value
    assert [(b.kind.value, b.text, b.title, b.value) for b in bare] == [
        ("field", "Personvernombud:", "Personvernombud", ""),
        ("paragraph", "kari@firma.no", "", ""),
    ]


@pytest.mark.parametrize("name", ["Acme", "Xerox", "«Xerox»", "(Xerox)"])
def test_a_short_line_ends_its_paragraph_before_a_capitalised_one(name: str) -> None:
    text = (
        "Dette er en lang setning som fortsetter over linjen\n"
        f"med kort linje\n{name} Norge AS leverer tjenesten til oss."
    )
    assert shapes(text) == [
        ("paragraph", "Dette er en lang setning som fortsetter over linjen med kort linje"),
        ("paragraph", f"{name} Norge AS leverer tjenesten til oss."),
    ]


@pytest.mark.parametrize("end", [" -", " 2-", "–", " –", ","])
def test_a_short_line_ending_on_a_dash_goes_on_before_a_capital(end: str) -> None:
    # five words at most: a longer line goes on anyway
    assert shapes(f"vi har kort linje{end}\nNeste linje er her.") == [
        ("paragraph", f"vi har kort linje{end} Neste linje er her.")
    ]


PROSE = "Dette er et avsnitt med mange ord som ikke slutter med punktum og fortsetter her"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word broken after its first letter is joined too («e-» / «post»)
        ("e-\npost: kari@firma.no", [("field", "epost: kari@firma.no")]),
        # a field's value goes on in a line that opens in lower case, whatever follows
        ("Utstyr: nettbrett av typen\niPad med app",
         [("field", "Utstyr: nettbrett av typen iPad med app")]),
        # R-CP-54: no sentence ends on a comma, so a bare phone field goes on with the field
        ("Navn: Kari Nordmann, prosjektleder,\ntelefon 38 00 00 00",
         [("field", "Navn: Kari Nordmann, prosjektleder, telefon 38 00 00 00")]),
        # ... but a field or item that ended on «!» or «?» is done
        ("Svar: nei!\nsvar her", [("field", "Svar: nei!"), ("paragraph", "svar her")]),
        ("- punkt\nSpørsmål: hva gjør vi?\nsvar her",
         [("item", "punkt"), ("field", "Spørsmål: hva gjør vi?"), ("paragraph", "svar her")]),
        ("- punkt\n- hva gjør vi?\nsvar her",
         [("item", "punkt"), ("item", "hva gjør vi?"), ("paragraph", "svar her")]),
    ],
)  # fmt: skip
def test_a_fields_or_items_wrapped_line_goes_on_with_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize("end", [":", "!", ";"])
def test_a_paragraph_ended_by_punctuation_is_not_rejoined_across_a_blank_line(end: str) -> None:
    assert shapes(f"{PROSE}{end}\n\nneste linje her.") == [
        ("paragraph", f"{PROSE}{end}"),
        ("paragraph", "neste linje her."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{PROSE}\n\nneste linje her.", [("paragraph", f"{PROSE} neste linje her.")]),
        # a bullet or a «label: value» line stands on its own; a bare phone field may go on
        (f"{PROSE}\n\n- punkt her", [("paragraph", PROSE), ("item", "punkt her")]),
        (f"{PROSE}\n\nNavn: Kari", [("paragraph", PROSE), ("field", "Navn: Kari")]),
        (f"{PROSE}\n\ntelefon 22 33 44 55", [("paragraph", f"{PROSE} telefon 22 33 44 55")]),
        # a short paragraph goes on only in lower case (the first letter decides)
        ("Vi bruker nettbrett av typen\n\niPad i hele tjenesten.",
         [("paragraph", "Vi bruker nettbrett av typen iPad i hele tjenesten.")]),
        # a capitalised line that a lower-case line follows is running text, not a heading
        (f"{PROSE} hos Solveig\n\nSæther i kommunen\nsom svarer på spørsmål.",
         [("paragraph", f"{PROSE} hos Solveig Sæther i kommunen som svarer på spørsmål.")]),
        # only a paragraph being collected after the blank line goes on, not the one before
        ("(pilot 2027)\n\nDette er en lang setning som fortsetter over linjen og ikke slutter"
         " her\nmed punktum på neste linje.",
         [("paragraph", "(pilot 2027)"),
          ("paragraph", "Dette er en lang setning som fortsetter over linjen og ikke slutter her"
           " med punktum på neste linje.")]),
        # joined across the blank line, a hyphenated word and a broken address are undone
        (f"{PROSE} med nett-\n\nbrett i skolen.",
         [("paragraph", f"{PROSE} med nettbrett i skolen.")]),
        ("Skriv til oss på e-post til kari@\n\nfirma.no når dere vil.",
         [("paragraph", "Skriv til oss på e-post til kari@firma.no når dere vil.")]),
    ],
)  # fmt: skip
def test_a_sentence_broken_by_a_blank_line(text: str, expected: list[tuple[str, str]]) -> None:
    assert shapes(text) == expected


def test_a_rejoined_paragraph_keeps_the_blank_line_before_it() -> None:
    (block,) = read_text("d", f"{PROSE}\n\nneste linje her.").blocks
    assert block.gap_before is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word short line ends its paragraph before a capital too
        ("(pilot)\nAcme AS leverer tjenesten.",
         [("paragraph", "(pilot)"), ("paragraph", "Acme AS leverer tjenesten.")]),
        # no heading of more than 16 words, nor without letters, even in Markdown
        (f"# {words(17)}", [("paragraph", f"# {words(17)}")]),
        ("### 2026", [("paragraph", "### 2026")]),
        # a question of more than five words heads what follows when a capital follows it
        ("Tekst som går her.\nHva er formålet med hele denne behandlingen?\nVi vil måle.",
         [("paragraph", "Tekst som går her."),
          ("heading", "Hva er formålet med hele denne behandlingen?"),
          ("paragraph", "Vi vil måle.")]),
        # a numbered title that ends on a comma or semicolon is no heading
        ("2 Metode;\n\nTekst.", [("paragraph", "2 Metode;"), ("paragraph", "Tekst.")]),
        ("2 Metode,\n\nTekst.", [("paragraph", "2 Metode,"), ("paragraph", "Tekst.")]),
    ],
)  # fmt: skip
def test_what_is_no_heading(text: str, expected: list[tuple[str, str]]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    "before",
    [
        "Dette er en lang linje som slutter med punktum.",
        "Dette er en lang linje som slutter med utrop!",
        "Dette er en lang linje som slutter med et kolon fordi en liste av mange ting følger"
        " under:",
        "Dette er en lang linje som slutter med et spørsmål som ikke er en overskrift fordi den har"
        " mange ord?",
    ],
)
def test_a_short_heading_follows_a_finished_sentence(before: str) -> None:
    assert shapes(f"{before}\nOppsummering\nTeksten er her.") == [
        ("paragraph", before),
        ("heading", "Oppsummering"),
        ("paragraph", "Teksten er her."),
    ]


def test_an_appendix_heading_is_strong_whatever_its_title() -> None:
    blocks = read_text("d", "Vedlegg 2 avtale med leverandøren\n\nTekst.").blocks
    assert [(b.kind, b.strong) for b in blocks] == [(Kind.HEADING, True), (Kind.PARAGRAPH, False)]


@pytest.mark.parametrize(
    ("line", "parts"),
    [("X. Avslutning", ("X", "Avslutning", 1)), ("4 Systemet TX", ("4", "Systemet TX", 1))],
)
def test_a_roman_ten_and_a_final_x_are_kept(line: str, parts: tuple[str, str, int]) -> None:
    assert heading_parts(line) == parts


def test_a_windows_line_end_is_one_line_break_not_a_blank_line() -> None:
    blocks = read_text("e-post", "Navn: Kari\r\nTelefon: 22\r\nE-post: k@x.no").blocks
    assert [b.gap_before for b in blocks] == [True, False, False]


def test_a_wrapped_cell_is_the_last_cell_of_its_row() -> None:
    (row,) = read_text("d", "Navn:   Kari   rådgiver\n          i kommunen").blocks
    assert (row.text, row.cells) == (
        "Navn: | Kari | rådgiver i kommunen",
        ("Navn:", "Kari", "rådgiver i kommunen"),
    )


def test_after_a_blank_line_an_indented_line_no_longer_continues_the_table() -> None:
    assert shapes("Kontaktperson:   Kari\n\n                tlf. 75") == [
        ("row", "Kontaktperson: | Kari"),
        ("field", "tlf. 75"),
    ]


def located(text: str) -> list[tuple[str, str, int, bool]]:
    """(kind, text, table, gap before) of each block."""
    return [(b.kind.value, b.text, b.table, b.gap_before) for b in read_text("d", text).blocks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # R-CP-11: a separator stands for a blank line and ends a table
        ("Tekst.\n-----\nNeste tekst.",
         [("paragraph", "Tekst.", 0, True), ("paragraph", "Neste tekst.", 0, True)]),
        ("A\tB\n-----\nC\tD", [("row", "A | B", 1, True), ("row", "C | D", 2, True)]),
        # a line of text between rows ends the table too
        ("A\tB\nTekst her.\nC\tD",
         [("row", "A | B", 1, True), ("paragraph", "Tekst her.", 0, False),
          ("row", "C | D", 2, False)]),
        # bars at the ends of a row are stripped, not the letters beside them
        ("X | ja | nei", [("row", "X | ja | nei", 1, True)]),
    ],
)  # fmt: skip
def test_where_blank_lines_and_tables_are(
    text: str, expected: list[tuple[str, str, int, bool]]
) -> None:
    assert located(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label hyphenated at a line end is joined before the line is read as a field
        ("Kontakt-\nperson: Kari Nordmann", [("field", "Kontaktperson: Kari Nordmann")]),
        ("Kontakt- \nperson: Kari Nordmann", [("field", "Kontaktperson: Kari Nordmann")]),
        ("Kontakt-\n   person: Kari Nordmann", [("field", "Kontaktperson: Kari Nordmann")]),
        # an address broken at its «@» in a column of a PDF's row is joined into the cell
        ("Kari     kari@\nfirma.no", [("row", "Kari | kari@firma.no")]),
        ("Kari     kari\n@firma.no", [("row", "Kari | kari@firma.no")]),
        # ... not «@» and a space, and not across a table's tab-separated cells
        ("Kari     kari\n@ firma.no", [("row", "Kari | kari"), ("paragraph", "@ firma.no")]),
        ("Kari\tkari@\nfirma.no", [("row", "Kari | kari@"), ("paragraph", "firma.no")]),
        # a first line has nothing to be joined to
        ("@dpo på Twitter", [("paragraph", "@dpo på Twitter")]),
    ],
)  # fmt: skip
def test_a_line_broken_by_the_extractor_is_joined_before_it_is_read(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert shapes(text) == expected


def test_a_numbered_heading_of_fourteen_words_is_strong() -> None:
    (heading, _) = read_text("d", f"1 Tittel {words(12)}\n\nTekst.").blocks
    assert (heading.kind, heading.strong) == (Kind.HEADING, True)


def test_a_question_after_a_blank_line_heads_what_follows_rather_than_going_on() -> None:
    assert shapes(f"{PROSE}\n\nHva mener dere?") == [
        ("paragraph", PROSE),
        ("heading", "Hva mener dere?"),
    ]


def test_a_bare_field_is_looked_for_only_behind_a_first_letter_it_can_open_with() -> None:
    # _field skips _BARE_FIELD unless the line's first character in lower case is one of
    # _BARE_FIRST: each of the pattern's words opens with one of them, and IGNORECASE matches
    # them with no character whose lower case is another
    words = _BARE_FIELD.pattern.removeprefix("^(").split(")\\s+")[0]
    assert {word[0] for word in re.split(r"\|(?![^(]*\))", words)} == set(_BARE_FIRST)
    opening = re.compile(f"[{_BARE_FIRST}]", re.IGNORECASE)
    for code in range(0x110000):
        if opening.match(chr(code)):
            assert chr(code).lower() in _BARE_FIRST, hex(code)
