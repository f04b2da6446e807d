"""reading/office.py: the text of PDF, Word, OpenDocument and Excel files, read from their bytes."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.section import WD_SECTION
from fpdf import FPDF

from reading.office import (
    UnreadableDocument,
    docx_text,
    odf_text,
    pdf_text,
    xlsx_sheet_names,
    xlsx_text,
)

ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
XLSX_NAMESPACE = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def make_pdf(*pages: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for page in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text=page)
    return bytes(pdf.output())


def odf(body: str, *, in_body: bool = True) -> bytes:
    """content.xml with a metadata paragraph before the body (read only when there is no body)."""
    inner = f"<office:body><office:text>{body}</office:text></office:body>" if in_body else body
    return (
        f"<office:document-content {ODF_NAMESPACES}>"
        f"<office:meta><text:p>Metadata</text:p></office:meta>{inner}</office:document-content>"
    ).encode()


def sheet(rows: str) -> bytes:
    return f"<worksheet {XLSX_NAMESPACE}><sheetData>{rows}</sheetData></worksheet>".encode()


# --- PDF ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("max_chars", "text"),
    [
        (1, "En"),
        (3, "En"),
        (4, "En\fTo"),
        (6, "En\fTo"),
        (7, "En\fTo\fTre"),
        (10**6, "En\fTo\fTre"),
    ],
)
def test_pdf_pages_are_read_until_their_text_and_form_feeds_reach_the_limit(
    max_chars: int, text: str
) -> None:
    # a page counts its characters and the form feed after it: «En» is 3, «En\fTo» 6
    assert pdf_text(make_pdf("En", "To", "Tre"), max_chars) == text


def test_a_pdf_run_with_characters_outside_the_bmp_is_read_whole() -> None:
    pdf = FPDF()
    pdf.add_font("Math", fname="/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf")
    pdf.set_font("Math", size=12)
    pdf.add_page()
    pdf.cell(text="Sum \U0001d400\U0001d401 og mer")  # two UTF-16 units each
    assert pdf_text(bytes(pdf.output()), 100) == "Sum \U0001d400\U0001d401 og mer"


def test_a_pdf_runs_white_space_is_one_space() -> None:
    assert pdf_text(make_pdf("Ord   med    mellomrom"), 100) == "Ord med mellomrom"


def test_a_damaged_pdf_is_unreadable_as_damaged() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        pdf_text(b"%PDF-1.7\nnot really", 100)
    assert caught.value.reason == "skadet PDF"
    assert str(caught.value) == "skadet PDF"


# --- Word ---------------------------------------------------------------------------------------


def test_word_page_headers_come_first_and_footers_last_each_once() -> None:
    document = docx.Document()
    document.settings.odd_and_even_pages_header_footer = True
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "Brevhode forside"
    first.header.paragraphs[0].text = "Topptekst"
    first.even_page_header.paragraphs[0].text = "Partallsside"
    first.footer.paragraphs[0].text = "Postadresse"
    first.footer.add_paragraph("   ")  # a blank line of a footer is no line of the text
    document.add_paragraph("Brødtekst")
    second = document.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Topptekst"  # the same header again: read once
    second.footer.is_linked_to_previous = False
    second.footer.paragraphs[0].text = "Org.nr. 123 456 789"
    document.add_paragraph("Del to")
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_text(buffer.getvalue()).split("\n") == [
        "Brevhode forside",
        "Topptekst",
        "Partallsside",
        "Brødtekst",
        "",
        "Del to",
        "Postadresse",
        "Org.nr. 123 456 789",
    ]


def test_a_word_section_linked_to_the_previous_one_adds_no_header_of_its_own() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Topptekst"
    document.add_paragraph("Side én")
    document.add_section(WD_SECTION.NEW_PAGE)  # header linked to the first section's
    document.add_paragraph("Side to")
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_text(buffer.getvalue()).split("\n") == ["Topptekst", "Side én", "", "Side to"]


def test_a_merged_word_cell_is_one_cell_and_cells_are_stripped() -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Flettet"
    table.cell(0, 2).text = "  Tiltak  "
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_text(buffer.getvalue()) == "Flettet\tTiltak"


def test_a_word_cell_of_several_paragraphs_is_one_line() -> None:
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Risiko"
    cell.add_paragraph("høy")
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_text(buffer.getvalue()) == "Risiko høy"


def test_a_damaged_word_file_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        docx_text(b"PK\x03\x04 not a zip")
    assert caught.value.reason == "skadet Word-dokument"


# --- OpenDocument -------------------------------------------------------------------------------


def test_odf_spaces_tabs_and_line_breaks_are_the_elements_that_say_so() -> None:
    body = (
        "<text:p>Linje<text:line-break/>to<text:tab/>tab<text:s/>én"
        '<text:s text:c="3"/>tre<text:s text:c="500"/>slutt</text:p>'
    )
    assert odf_text(odf(body)) == f"Linje\nto\ttab én   tre{' ' * 100}slutt"


def test_odf_white_space_in_text_and_tails_collapses_to_one_space() -> None:
    body = "<text:p>  mange \t\n rom <text:span> i\n span </text:span>  og\r\n hale  </text:p>"
    assert odf_text(odf(body)) == " mange rom  i span  og hale "


def test_odf_annotations_notes_and_tracked_changes_are_not_text() -> None:
    body = (
        "<text:p>Tekst<office:annotation><text:p>Merknad</text:p></office:annotation> videre"
        "<text:note><text:note-body><text:p>Fotnote</text:p></text:note-body></text:note></text:p>"
        "<text:tracked-changes><text:p>Slettet</text:p></text:tracked-changes>"
        "<office:annotation><text:p>Løs merknad</text:p></office:annotation>"
        "<text:note><text:p>Løs fotnote</text:p></text:note><text:p>Slutt</text:p>"
    )
    assert odf_text(odf(body)) == "Tekst videre\nSlutt"


def test_odf_table_cells_join_their_paragraphs_and_empty_cells_are_left_out() -> None:
    row = (
        "<table:table><table:table-row>"
        "<table:table-cell><text:p>Risiko</text:p><text:p>høy</text:p></table:table-cell>"
        "<table:table-cell/><table:table-cell><text:h>Tiltak</text:h></table:table-cell>"
        "</table:table-row></table:table>"
    )
    assert odf_text(odf(row)) == "Risiko høy\tTiltak"


def test_odf_without_a_body_is_read_whole() -> None:
    assert odf_text(odf("<text:p>Løs tekst</text:p>", in_body=False)) == "Metadata\nLøs tekst"


def test_damaged_odf_is_unreadable() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        odf_text(b"<office:document-content><unclosed>")
    assert caught.value.reason == "skadet OpenDocument-fil"


# --- Excel --------------------------------------------------------------------------------------


def test_excel_cells_are_stripped_and_blank_cells_and_rows_left_out() -> None:
    rows = (
        '<row><c><v>1</v></c><c/><c t="str"><v>  </v></c><c><v> 2 </v></c></row>'
        "<row><c/></row><row><c><v>3</v></c></row>"
    )
    assert xlsx_text(None, [sheet(rows)]) == "1\t2\n3"


def test_excel_sheets_follow_each_other_and_share_their_strings() -> None:
    shared = f"<sst {XLSX_NAMESPACE}><si><t>Delt</t></si><si><t/></si></sst>".encode()
    first = sheet('<row><c t="s"><v>0</v></c></row>')
    second = sheet('<row><c t="s"><v>0</v></c><c t="s"/><c t="s"><v>1</v></c><c><v>4</v></c></row>')
    assert xlsx_text(shared, [first, second]) == "Delt\nDelt\t4"


def test_a_sheets_own_name_heads_its_rows_and_a_default_name_does_not() -> None:
    """R-CP-110: «2 Beskrivelse» names the part the sheet holds; «Sheet1», «Ark2» name nothing,
    and an empty sheet gives no line at all."""
    rows = sheet('<row><c t="str"><v>Formål</v></c></row>')
    empty = sheet("")
    names = ["Sheet1", "2 Beskrivelse", "3 Nødvendighet", "Ark4"]
    text = xlsx_text(None, [rows, rows, empty, rows], names)
    assert text == "Formål\n2 Beskrivelse\nFormål\nFormål"


def test_the_sheet_names_come_from_the_workbook_through_its_relationships() -> None:
    workbook = (
        f'<workbook {XLSX_NAMESPACE} xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships"><sheets><sheet name="4 Risiko" sheetId="1" r:id="rId2"/>'
        '<sheet name="1 Kontakter" sheetId="2" r:id="rId1"/></sheets></workbook>'
    ).encode()
    rels = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Target="worksheets/sheet1.xml"/>'
        b'<Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>'
    )
    assert xlsx_sheet_names(workbook, rels) == {
        "xl/worksheets/sheet2.xml": "4 Risiko",
        "xl/worksheets/sheet1.xml": "1 Kontakter",
    }
    assert xlsx_sheet_names(b"<broken", None) == {}


def test_an_indented_shared_string_is_only_its_runs_text() -> None:
    shared = (
        f"<sst {XLSX_NAMESPACE}>\n  <si>\n    <r>\n      <rPr><b/></rPr>\n      <t>Sann</t>\n"
        "    </r>\n    <r>\n      <t>synlig</t>\n    </r>\n  </si>\n</sst>"
    ).encode()
    assert xlsx_text(shared, [sheet('<row><c t="s"><v>0</v></c></row>')]) == "Sannsynlig"


def test_an_inline_excel_string_is_its_runs() -> None:
    row = (
        '<row><c t="inlineStr"><is><r><t>Sann</t></r><r><t/></r><r><t>synlig</t></r></is></c></row>'
    )
    assert xlsx_text(None, [sheet(row)]) == "Sannsynlig"


def test_a_shared_string_the_file_does_not_have_makes_it_unreadable() -> None:
    with pytest.raises(UnreadableDocument) as caught:
        xlsx_text(None, [sheet('<row><c t="s"><v>0</v></c></row>')])
    assert caught.value.reason == "skadet Excel-fil"


def test_a_word_header_is_read_once_however_its_lines_are_split() -> None:
    document = docx.Document()
    first = document.sections[0].header.paragraphs[0]
    first.add_run("Topptekst").add_break()  # one paragraph, two lines
    first.add_run("linje to")
    document.add_paragraph("Side én")
    second = document.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Topptekst"  # the same two lines, two paragraphs
    second.header.add_paragraph("linje to")
    document.add_paragraph("Side to")
    buffer = io.BytesIO()
    document.save(buffer)
    assert docx_text(buffer.getvalue()).split("\n") == [
        "Topptekst",
        "linje to",
        "Side én",
        "",
        "Side to",
    ]
