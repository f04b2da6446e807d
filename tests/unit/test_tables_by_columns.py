"""R-CP-42, R-CP-43 and R-CP-44: tables read as tables. A risk register is the risk assessment
whatever its cells say of one measure; a PDF's table comes out as rows of cells, laid out from the
positions of its text; a label–value row without a role goes on with the record above it."""

from __future__ import annotations

import io

import docx
import pytest
from fpdf import FPDF

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from config.case_types import load_case_type
from reading.office import pdf_text
from reading.pdf_layout import Run, page_text
from tests.mailfactory import judged_request

BODY = """Vi ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.

1 Kontaktopplysninger
Kontaktperson: Sindre Vold, telefon 51 22 33 40, e-post sindre.vold@havbruk-vest.no
Personvernombud: Maren Eik, telefon 51 22 33 41, e-post personvern@havbruk-vest.no
Vi bruker ingen databehandler.

2 Beskrivelse av behandlingen
Fôringsbåtene får kamera i styrehuset, med det formålet å vise hvem som er på vakt. Bildene
lagres på vår egen server til skiftet er over, og skippere og matroser er med fra våren.

3 Nødvendighet og forholdsmessighet
Kameraet er nødvendig for å dokumentere hvile etter arbeidsmiljøloven. Vi har vurdert
manuelle skjemaer som mindre inngripende, men de gir ikke tilstrekkelig dokumentasjon.

4 Risikovurdering
Se tabellen i vedlegget.

5 Ledelsens validering
Daglig leder la vurderingen fram for styret 2. desember, som godkjente den etter å ha hørt
de tillitsvalgte om restrisikoen.
"""
REGISTER = [
    ("Risiko", "Sannsynlighet", "Tiltak", "Status"),
    ("Bildene brukes til å kontrollere arbeidstempo", "Middels", "Tilgang kun for verneombud",
     "Gjennomført"),
    ("Kameraet fanger opp hvilerommet", "Lav", "Maskering av døråpningen", "Ikke gjennomført -"
     " leverandøren støtter det ikke ennå"),
    ("Opptak lagres lenger enn skiftet", "Høy", "Automatisk sletting etter skiftet",
     "Gjennomført"),
]  # fmt: skip


SENDER = "Sindre Vold <sindre.vold@havbruk-vest.no>"
SUBJECT = "Anmodning om forhåndsdrøftelse: kamera på fôringsbåter"


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def judge(spec: CaseTypeSpec, body: str, *files: tuple[str, str, bytes]) -> CompletenessReport:
    return judged_request(spec, SENDER, SUBJECT, body, *files)


def part(report: CompletenessReport, number: int) -> tuple[Verdict, str]:
    result = next(p for p in report.parts if p.number == number)
    return result.verdict, result.note


def word_table(rows: list[tuple[str, ...]], title: str = "Vedlegg – risikoregister") -> bytes:
    document = docx.Document()
    document.add_paragraph(title)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_table(heading: str, rows: list[tuple[str, ...]], widths: tuple[int, ...]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(0, 10, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    with pdf.table(col_widths=widths, text_align="LEFT") as table:
        for row in rows:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 6, "Tabellen over er gjennomgått av verneombudet.")
    return bytes(pdf.output())


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_risk_register_in_word_is_the_risk_assessment(spec: CaseTypeSpec) -> None:
    """The status «Ikke gjennomført» of one measure does not make the part «not done»."""
    report = judge(spec, BODY, ("risikoregister.docx", DOCX, word_table(REGISTER)))
    verdict, note = part(report, 4)
    assert verdict is Verdict.PRESENT, note
    assert "ettersend" not in note and "ikke gjennomført" not in note.lower()


def test_a_table_with_only_a_header_and_placeholders_is_no_assessment(spec: CaseTypeSpec) -> None:
    rows = [REGISTER[0], ("Fylles ut senere", "", "", ""), ("", "", "", "")]
    report = judge(spec, BODY, ("risikoregister.docx", DOCX, word_table(rows)))
    assert part(report, 4)[0] is not Verdict.PRESENT


def test_a_table_of_parts_that_defers_one_defers_it(spec: CaseTypeSpec) -> None:
    """«4 | Risikovurdering | Ettersendes»: a short row naming a part defers that part."""
    body = BODY.replace("4 Risikovurdering\nSe tabellen i vedlegget.\n\n", "")
    rows = [("Del", "Dokument", "Status"), ("2", "Beskrivelse", "Vedlagt"),
            ("4", "Risikovurdering", "Ettersendes")]  # fmt: skip
    report = judge(spec, body, ("oversikt.docx", DOCX, word_table(rows, "Oversikt over vedlegg")))
    assert part(report, 4)[0] is Verdict.MISSING


def test_a_pdf_risk_register_is_read_as_rows_of_cells() -> None:
    pdf = pdf_table("3 Risiko", REGISTER, (60, 30, 50, 50))
    lines = pdf_text(pdf, 100_000).splitlines()
    assert lines[0] == "3 Risiko"
    assert lines[1] == "Risiko\tSannsynlighet\tTiltak\tStatus"
    # the wrapped lines of a cell are that cell's, each row on one line
    assert lines[2].split("\t") == list(REGISTER[1])
    assert lines[3].split("\t") == list(REGISTER[2])
    assert lines[-1] == "Tabellen over er gjennomgått av verneombudet."


def test_a_pdf_risk_register_makes_part_4_present(spec: CaseTypeSpec) -> None:
    pdf = pdf_table("Risikoregister", REGISTER, (60, 30, 50, 50))
    report = judge(spec, BODY, ("risiko.pdf", "application/pdf", pdf))
    assert part(report, 4)[0] is Verdict.PRESENT


def test_prose_in_a_pdf_comes_out_line_by_line_as_drawn() -> None:
    runs = [
        Run(60, 700, 500, 712, "Første linje av et avsnitt som er brutt"),
        Run(60, 686, 300, 698, "over to linjer."),
        Run(60, 650, 200, 664, "Neste avsnitt"),
    ]
    assert page_text(runs) == (
        "Første linje av et avsnitt som er brutt\nover to linjer.\nNeste avsnitt"
    )


def test_side_by_side_cells_at_the_same_columns_make_a_table() -> None:
    # drawn cell by cell: a label, its value on two lines (the label centred beside them)
    runs = [
        Run(60, 700, 120, 708, "Navn"), Run(200, 700, 300, 708, "Kari Nordmann"),
        Run(60, 680, 120, 688, "Telefon"), Run(200, 684, 300, 692, "22 33 44 55,"),
        Run(200, 672, 300, 680, "mobil 900 00 000"),
    ]  # fmt: skip
    assert page_text(runs) == "Navn\tKari Nordmann\nTelefon\t22 33 44 55, mobil 900 00 000"


def test_one_pair_side_by_side_is_no_table() -> None:
    runs = [Run(60, 700, 120, 708, "Oslo"), Run(400, 700, 500, 708, "4. desember 2026")]
    assert page_text(runs) == "Oslo\n4. desember 2026"


def test_a_label_value_row_without_a_role_is_the_record_above(spec: CaseTypeSpec) -> None:
    body = BODY.replace(
        "Kontaktperson: Sindre Vold, telefon 51 22 33 40, e-post sindre.vold@havbruk-vest.no\n"
        "Personvernombud: Maren Eik, telefon 51 22 33 41, e-post personvern@havbruk-vest.no\n",
        "Se kontaktarket.\n",
    )
    rows = [("Kontaktperson", "Sindre Vold"), ("Telefon", "51 22 33 40"),
            ("E-post", "sindre.vold@havbruk-vest.no"), ("Personvernombud", "Maren Eik"),
            ("Telefon", "51 22 33 41"), ("E-post", "personvern@havbruk-vest.no")]  # fmt: skip
    report = judge(spec, body, ("kontakt.docx", DOCX, word_table(rows)))
    verdict, note = part(report, 1)
    assert verdict is Verdict.PRESENT, note


def test_the_controllers_contact_person_is_the_contact_person(spec: CaseTypeSpec) -> None:
    """R-CP-45: «Kontaktperson hos behandlingsansvarlig: …» is one role, with its details."""
    body = BODY.replace(
        "Kontaktperson: Sindre Vold, telefon 51 22 33 40, e-post sindre.vold@havbruk-vest.no\n",
        "Kontaktperson hos behandlingsansvarlig: driftssjef Sindre Vold, telefon 51 22 33 40,"
        " e-post sindre.vold@havbruk-vest.no.\n",
    )
    assert part(judge(spec, body), 1)[0] is Verdict.PRESENT


def test_a_pointer_to_an_empty_attachment_leaves_the_part_missing(spec: CaseTypeSpec) -> None:
    """R-CP-46: «Se vedlagt risikomatrise (Excel).» and the spreadsheet is empty."""
    body = BODY.replace("Se tabellen i vedlegget.", "Se vedlagt risikomatrise (Excel).")
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    report = judge(spec, body, ("Risikomatrise.xlsx", xlsx, b""))
    assert part(report, 4)[0] is Verdict.MISSING


def test_minutes_that_never_mention_the_dpia_validate_nothing(spec: CaseTypeSpec) -> None:
    """R-CP-47: the management meeting's minutes are about the budget."""
    validation = BODY[BODY.index("Daglig leder") :]
    risk = (
        "Risikoen for at bildene brukes til å kontrollere arbeidstempo er vurdert som middels."
        " Tiltak: bare verneombud og skipper har tilgang, og alle oppslag logges."
    )
    body = BODY.replace(validation, "Se vedlagt protokoll.\n")
    body = body.replace("Se tabellen i vedlegget.", risk)
    minutes = (
        "Protokoll fra ledermøte 17.11.2026\nSak 12/26 Budsjett 2027\nLedermøtet sluttet seg til"
        " forslaget til budsjett for neste år.\nSak 13/26 Sykefravær\nSykefraværet var 6 prosent."
        " Tiltak i to avdelinger følges opp, og avdelingslederne rapporterer til neste møte.\n"
        "Sak 14/26 Eventuelt\nIngen saker ble meldt. Møtet ble hevet klokken 11.30.\n"
    ).encode()
    report = judge(spec, body, ("Protokoll ledermøte.txt", "text/plain", minutes))
    verdict, note = part(report, 5)
    assert verdict is Verdict.MISSING, note


def test_a_greeting_does_not_head_a_section_that_may_hold_the_parts(spec: CaseTypeSpec) -> None:
    """R-CP-48 and R-CP-49: «Hei» opens the mail; «DPIA ettersendes» leaves what the DPIA holds
    and its validation missing, so the request gets a notice asking for them."""
    body = (
        "Hei\n\nVi ber herved om forhåndsdrøftelse for vårt nye system for kameraovervåking av"
        " lagerområdet med automatisk varsling ved avvikende atferd. DPIA ettersendes.\n\n"
        "Kontaktperson: Geir Olsen, lagersjef, 977 31 025, geir.olsen@lager.no\n"
        "Personvernombud: Anita Brekke, 22 57 30 10, anita.brekke@lager.no\n"
        "Vi bruker ingen databehandler.\n\nMvh\nGeir Olsen\n"
    )
    report = judge(spec, body)
    assert report.outcome == "incomplete"
    assert report.missing_parts == (2, 3, 4, 5)


def test_the_controllers_entry_with_a_person_gives_the_contact_person(spec: CaseTypeSpec) -> None:
    """R-CP-45: «Controller contact | Tobias Engen | phone | e-mail» in a contact table."""
    body = BODY.replace(
        "Kontaktperson: Sindre Vold, telefon 51 22 33 40, e-post sindre.vold@havbruk-vest.no\n",
        "Se kontakttabellen.\n",
    )
    rows = [("Role", "Name", "Phone", "Email"),
            ("Controller contact", "Sindre Vold, Head of Operations", "+47 51 22 33 40",
             "sindre.vold@havbruk-vest.no")]  # fmt: skip
    report = judge(spec, body, ("contacts.docx", DOCX, word_table(rows, "Annex 1 Contacts")))
    verdict, note = part(report, 1)
    assert verdict is Verdict.PRESENT, note


@pytest.mark.parametrize(
    "said",
    [
        "DPIA-en er ikke behandlet i kommunedirektørens ledergruppe ennå. Vi sender protokollen.",
        "Behandles i kommunedirektørens ledergruppe 20.01.2027.",
        "Styret har drøfta saka, men har ikkje gjort vedtak enno.",
        "The DPIA will be presented to the board for sign-off in January.",
    ],
)
def test_an_approval_not_given_yet_leaves_the_validation_missing(
    spec: CaseTypeSpec, said: str
) -> None:
    """R-CP-51: whatever document the sentence names, what is not there is the approval."""
    validation = BODY[BODY.index("Daglig leder") :]
    body = BODY.replace(validation, said + "\n").replace(
        "Se tabellen i vedlegget.",
        "Risikoen for at bildene brukes til å kontrollere arbeidstempo er vurdert som middels."
        " Tiltak: bare verneombud og skipper har tilgang, og alle oppslag logges.",
    )
    verdict, note = part(judge(spec, body), 5)
    assert verdict is Verdict.MISSING, note


def test_a_dpia_whose_own_chapters_leave_out_the_risks_that_are_to_follow(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-50: «DPIA.docx» holds parts A and B; the mail says the risk assessment will follow."""
    body = BODY.replace("4 Risikovurdering\nSe tabellen i vedlegget.\n\n", "").replace(
        "Vi ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.",
        "Vi ber om forhåndsdrøftelse etter personvernforordningen artikkel 36. Risikovurderingen"
        " med tiltakene ettersendes etter workshopen i januar.",
    )
    document = docx.Document()
    document.add_paragraph("DPIA – kamera på fôringsbåter")
    document.add_paragraph("Del B – Nødvendighet og forholdsmessighet")
    document.add_paragraph(
        "Kameraet er nødvendig for å dokumentere hvile etter arbeidsmiljøloven. Vi har vurdert"
        " manuelle skjemaer som mindre inngripende, men de gir ikke tilstrekkelig dokumentasjon,"
        " og opptakene slettes når skiftet er over."
    )
    out = io.BytesIO()
    document.save(out)
    verdict, note = part(judge(spec, body, ("DPIA.docx", DOCX, out.getvalue())), 4)
    assert verdict is not Verdict.PRESENT, note


def test_the_earlier_message_under_a_reply_is_not_the_senders_errand(spec: CaseTypeSpec) -> None:
    """R-CP-34: Datatilsynet's own invitation to a guidance meeting stands below the request."""
    body = (
        BODY + "\n-----Opprinnelig melding-----\nFra: Datatilsynet <postkasse@datatilsynet.no>\n"
        "Emne: Veiledningsmøte\n\nHei, vi bekrefter veiledningsmøte 14. oktober.\n"
    )
    body = body.replace(
        "Se tabellen i vedlegget.",
        "Risikoen for at bildene brukes til å "
        "kontrollere arbeidstempo er middels; tiltak: tilgang kun for verneombud.",
    )
    report = judge(spec, body)
    assert report.is_request, report.request_note


def test_an_address_a_narrow_cell_broke_is_joined_back() -> None:
    runs = [
        Run(60, 700, 120, 708, "Contact"), Run(200, 700, 300, 708, "Sunniva Lindgren"),
        Run(400, 700, 500, 708, "sunniva.lindgren@paylater."), Run(400, 690, 420, 698, "no"),
        Run(60, 670, 120, 678, "DPO"), Run(200, 670, 300, 678, "Rolf Engh"),
        Run(400, 670, 500, 678, "dpo@paylater.no"),
    ]  # fmt: skip
    assert page_text(runs).splitlines()[0].split("\t")[-1] == "sunniva.lindgren@paylater.no"


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("kristian.ulset@personvernp", "artner.no", "kristian.ulset@personvernpartner.no"),
        ("kari@firma", "-vest.example.no", "kari@firma-vest.example.no"),
        ("kari@firma.no", "artner.no", "kari@firma.no artner.no"),  # the domain was whole
        # R-CP-92: broken before the dot, or inside a label after it
        ("personvernombud@eidsvag", ".kommune.no", "personvernombud@eidsvag.kommune.no"),
        ("ingrid.solvik@eidsvag.kom", "mune.no", "ingrid.solvik@eidsvag.kommune.no"),
        ("kari@firma.co", "m.no", "kari@firma.co m.no"),  # «co» is a suffix: whole
        ("post@firma.no,", "www.firma.no", "post@firma.no, www.firma.no"),  # whole, then a comma
        ("Kari Berg", "artner.no", "Kari Berg artner.no"),  # no address before the break
        ("kari@firma", "Oslo", "kari@firma Oslo"),  # no domain after it
    ],
)
def test_an_address_broken_inside_its_domain_is_joined_back(
    first: str, second: str, joined: str
) -> None:
    runs = [
        Run(60, 700, 120, 708, "DPO"), Run(200, 700, 300, 708, "Kristian Ulset"),
        Run(400, 700, 500, 708, first), Run(400, 690, 440, 698, second),
        Run(60, 670, 120, 678, "Contact"), Run(200, 670, 300, 678, "Rolf Engh"),
        Run(400, 670, 500, 678, "rolf@firma.no"),
    ]  # fmt: skip
    assert page_text(runs).splitlines()[0].split("\t")[-1] == joined


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        (["k.vogel@datavault-research", ".de"], "k.vogel@datavault-research.de"),
        (
            ["+49 69 2475 3310", "kari@eidsvag", ".kommune.no"],
            "+49 69 2475 3310\nkari@eidsvag.kommune.no",
        ),
        # a sentence's full stop after a whole address, and a next line that is more than a domain
        (
            ["Kontakt: kari@firma.no.", "Personvernombud: Ola"],
            "Kontakt: kari@firma.no.\nPersonvernombud: Ola",
        ),
        (["kari@firma", "Oslo kommune"], "kari@firma\nOslo kommune"),
    ],
)
def test_an_address_broken_over_lines_outside_a_table_is_joined_back(
    lines: list[str], text: str
) -> None:
    """R-CP-115: a narrow cell the layout did not read as a table still broke the address."""
    runs = [Run(60, 700 - 12 * i, 300, 708 - 12 * i, line) for i, line in enumerate(lines)]
    assert page_text(runs) == text


def test_a_wrapped_cell_line_that_looks_like_a_heading_stays_in_the_processors_record(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-115: «Research Data Services», a title's wrapped line in the processor's cell, is no
    heading that ends the record: the phone and address under it are the processor's."""
    text = (
        "1 Contacts and roles\nRole | Name | Phone | E-mail\n"
        "Contact person | Kristin Elvestad | +47 55 97 30 18 | kristin.elvestad@fjordheim.no\n"
        "DPO | Magnus Hoel | +47 55 97 30 02 | magnus.hoel@fjordheim.no\n"
        "Processor: DataVault\nResearch GmbH, Mainzer\nLandstraße 176, 60327\n"
        "Frankfurt am Main, Germany\nDr. Katrin Vogel, Head of\nResearch Data Services\n"
        "+49 69 2475 3310 k.vogel@datavault-research.de\n"
    )
    body = "Dear Datatilsynet,\n\nWe hereby request prior consultation under Article 36 GDPR.\n"
    document = Document("DPIA.pdf", "application/pdf", len(text), "0" * 64, text)
    report = check_completeness(spec, body, [document], "Prior consultation")
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_denial_broken_by_a_line_end_still_denies(spec: CaseTypeSpec) -> None:
    """«Kommunen nyttar ingen» / «databehandlar: kamera og opptakar …»: no processor is used."""
    body = BODY.replace(
        "Vi bruker ingen databehandler.\n",
        "Kommunen nyttar ingen\ndatabehandlar: kamera og opptakar står på skulen og vert drifta"
        " av eigne tilsette.\n",
    )
    verdict, note = part(judge(spec, body), 1)
    assert verdict is Verdict.PRESENT, note


def test_a_denial_in_a_subordinate_clause_denies(spec: CaseTypeSpec) -> None:
    """«Vi gjør oppmerksom på at vi ikke bruker databehandler»: the negation comes first."""
    body = BODY.replace(
        "Vi bruker ingen databehandler.\n",
        "Vi gjør oppmerksom på at vi ikke bruker databehandler: serveren driftes av oss selv.\n",
    )
    verdict, note = part(judge(spec, body), 1)
    assert verdict is Verdict.PRESENT, note


def test_a_risk_assessment_not_done_leaves_its_validation_missing(spec: CaseTypeSpec) -> None:
    """R-CP-49: «ROS-analysen er ikke gjennomført ennå», and no word of management's review."""
    validation = BODY[BODY.index("5 Ledelsens validering") :]
    body = BODY.replace(validation, "").replace(
        "Se tabellen i vedlegget.",
        "ROS-analysen er ikke gjennomført ennå. Den gjennomføres i januar 2027.",
    )
    report = judge(spec, body)
    assert report.missing_parts == (4, 5), [p.note for p in report.parts]


def test_a_cell_whose_first_line_changes_font_keeps_its_next_line() -> None:
    """«Kari Nordmann,» in bold then «rådgiver» on the line: the next line is at the cell's
    left edge, not at the second run's."""
    runs = [
        Run(60, 700, 120, 708, "Navn"), Run(200, 700, 262, 708, "Kari Nordmann,"),
        Run(264, 700, 300, 708, "rådgiver"), Run(200, 688, 300, 696, "telefon 22 33 44 55"),
        Run(60, 670, 120, 678, "E-post"), Run(200, 670, 300, 678, "kari@firma.no"),
    ]  # fmt: skip
    assert page_text(runs).splitlines()[0] == ("Navn\tKari Nordmann, rådgiver telefon 22 33 44 55")


PEOPLE_COLUMNS = [
    ("KONTAKTPERSONER HOS HAVBRUK VEST", "DATABEHANDLER"),
    ("Kontaktperson: Sindre Vold, rådgiver", "Fôrdata AS"),
    ("Tlf. 51 22 33 40, mobil 924 60 318", "Tone Midtbø, prosjektleder"),
    ("sindre.vold@havbruk-vest.no", "Tlf. 55 33 18 70"),
    ("Personvernombud: Maren Eik", "tone.midtbo@fordata.no"),
    ("Tlf. 51 22 33 41, personvern@havbruk-vest.no", ""),
]


def test_a_table_whose_columns_are_people_is_read_down_each_column(spec: CaseTypeSpec) -> None:
    """R-CP-93: each header cell names a role; read across, a row would give the DPO the
    processor's address; read down, each column is its people."""
    contacts = BODY.split("\n\n")[1]
    body = BODY.replace(contacts, "1 Kontaktopplysninger\nSe kontaktarket.")
    sheet = word_table(PEOPLE_COLUMNS, "Kontaktark")  # type: ignore[arg-type]
    verdict, note = part(judge(spec, body, ("Kontaktark.docx", DOCX, sheet)), 1)
    assert verdict is Verdict.PRESENT, note
    assert "databehandler med kontaktopplysninger" in note


def test_a_card_under_a_header_of_roles_is_read_down_its_columns(spec: CaseTypeSpec) -> None:
    """R-CP-93: «Kontaktperson | Databehandler» over «Navn | Tone Midtbø, Fôrdata AS»: the
    first column's labels hold no one's details, the second is the processor's."""
    card = [
        ("Kontaktperson", "Databehandler"),  # both header cells name a role
        ("Navn", "Tone Midtbø, Fôrdata AS"),
        ("Telefon", "55 33 18 70"),
        ("E-post", "tone.midtbo@fordata.no"),
    ]
    body = BODY.replace("Vi bruker ingen databehandler.\n", "Databehandler: se kortet.\n")
    verdict, note = part(judge(spec, body, ("Kort.docx", DOCX, word_table(card, "Kort"))), 1)
    assert verdict is Verdict.PRESENT, note


def test_a_persons_office_and_mobile_numbers_leave_no_detail_unplaced(spec: CaseTypeSpec) -> None:
    """R-CP-100: Sindre's two numbers are his; the processor's phone is given nowhere, so its
    lack is clear and part 1 is missing (not uncertain)."""
    contacts = BODY.split("\n\n")[1]
    body = BODY.replace(
        contacts,
        "1 Kontaktopplysninger\nKontaktperson: Sindre Vold, tlf. 51 22 33 40, mobil 924 60 318,"
        " sindre.vold@havbruk-vest.no\nPersonvernombud: Maren Eik, telefon 51 22 33 41, e-post"
        " personvern@havbruk-vest.no\nDatabehandler: Fôrdata AS v/ Tone Midtbø,"
        " tone.midtbo@fordata.no",
    )
    verdict, note = part(judge(spec, body), 1)
    assert (verdict, note) == (Verdict.MISSING, "databehandler nevnt, men mangler telefon")


def test_a_column_of_people_that_says_none_denies_the_role(spec: CaseTypeSpec) -> None:
    """R-CP-93 reads «Ingen – …» down a column as R-CP-35 does: no processor is used."""
    columns = [
        ("KONTAKTPERSON", "PERSONVERNOMBUD", "DATABEHANDLER"),
        ("Sindre Vold, rådgiver", "Maren Eik", "Ingen – vi drifter løsningen selv"),
        ("Tlf. 51 22 33 40", "Tlf. 51 22 33 41", ""),
        ("sindre.vold@havbruk-vest.no", "personvern@havbruk-vest.no", ""),
    ]
    contacts = BODY.split("\n\n")[1]
    body = BODY.replace(contacts, "1 Kontaktopplysninger\nSe kontaktarket.")
    sheet = word_table(columns, "Kontaktark")  # type: ignore[arg-type]
    verdict, note = part(judge(spec, body, ("Kontaktark.docx", DOCX, sheet)), 1)
    assert verdict is Verdict.PRESENT, note
