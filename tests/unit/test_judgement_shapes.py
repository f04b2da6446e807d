"""The completeness judgement on the shapes controllers send: real DOCX and HTML tables, PDFs
made with fpdf2, signatures, «ingen databehandler», a DPIA that says none was carried out,
deferrals, English and nynorsk headings. Each message goes through the production parser."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest
from fpdf import FPDF

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.text import build_source
from config.case_types import load_case_type
from reading.blocks import OCR_MARK, Kind
from reading.parse import mail_text, parse_message, read_envelope
from reading.text import read_text, repair_ocr_addresses

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
REQUEST = "Vi anmoder herved om forhåndsdrøftelse etter personvernforordningen artikkel 36."
PARTS_NB = """2. Beskrivelse av behandlingen

Kommunen skal ta i bruk et system som samler inn opplysninger om om lag 3 000 brukere av
hjemmetjenesten. Formålet er å planlegge besøk bedre. Kilder er fagsystemet og brukerne selv.
Mottakere er bare hjemmetjenesten; leverandøren drifter løsningen som databehandler.

3. Nødvendighet og proporsjonalitet

Behandlingen er nødvendig for å gi forsvarlige tjenester. Mindre inngripende alternativer,
som manuell planlegging, er vurdert og gir dårligere tjenester. Brukerne får informasjon og
kan be om innsyn i sine opplysninger.

4. Risikovurdering

Vurderingen av personvernkonsekvenser viser høy risiko for feil i planleggingen og for
uautorisert tilgang. Sannsynlighet og konsekvens er vurdert for hver trussel. Tiltak er
tilgangsstyring og logging; restrisikoen vurderes som høy.

5. Ledelsens validering

Kommunedirektørens ledergruppe behandlet vurderingen i møte 12. mars 2026 og besluttet å
be Datatilsynet om forhåndsdrøftelse etter å ha sett funnene og innspill fra brukerrådet.
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def pdf(lines: list[str | tuple[str, str]]) -> bytes:
    """A PDF as fpdf2 writes it; a (label, value) pair is two aligned cells on one line."""
    document = FPDF()
    document.add_page()
    document.add_font("Body", "", FONT)
    document.set_font("Body", "", 10)
    for line in lines:
        if isinstance(line, tuple):
            document.cell(45, 6, line[0])
            document.cell(0, 6, line[1], new_x="LMARGIN", new_y="NEXT")
        else:
            document.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def word(paragraphs: list[str], tables: list[list[list[str]]]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, cells, strict=True):
                cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def message(body: str, *files: tuple[str, bytes], html: str | None = None) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Marte Lie <marte.lie@fjordbyen.kommune.no>"
    mail["Subject"] = "Anmodning om forhåndsdrøftelse"
    mail.set_content(body)
    if html is not None:
        mail.add_alternative(html, subtype="html")
    for name, content in files:
        kind = "pdf" if name.endswith(".pdf") else "octet-stream"
        mail.add_attachment(content, maintype="application", subtype=kind, filename=name)
    return mail


def judge(spec: CaseTypeSpec, mail: EmailMessage) -> CompletenessReport:
    parsed = parse_message(mail)
    subject = str(mail["Subject"])
    return check_completeness(spec, parsed.body, parsed.documents, subject)


def parts_pdf() -> tuple[str, bytes]:
    return ("dokumentasjon.pdf", pdf(PARTS_NB.splitlines()))


PROCESSOR_SHEET: list[str | tuple[str, str]] = [
    "1. Kontaktopplysninger",
    "Behandlingsansvarlig",
    "Fjordbyen kommune",
    "Org.nr. 944 123 456",
    "Kontaktperson: Marte Lie, rådgiver",
    "Telefon: 55 12 34 56",
    "E-post: marte.lie@fjordbyen.kommune.no",
    "",
    "Personvernombud",
    ("Navn", "Ola Berg"),
    ("Telefon", "55 12 34 99"),
    ("E-post", "personvernombud@fjordbyen.kommune.no"),
    "",
    "Databehandler",
    "Skysystemer AS",
    "Org.nr. 912 345 678",
    "Storgata 1",
    "0155 Oslo",
    "Kontaktperson: Per Olsen",
    "Telefon: 22 33 44 55",
    "E-post: per.olsen@skysystemer.no",
]


def test_a_processor_block_with_org_number_and_address_before_the_name_is_read(
    spec: CaseTypeSpec,
) -> None:
    report = judge(spec, message(REQUEST, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), parts_pdf()))
    part = report.parts[0]
    assert part.verdict is Verdict.PRESENT, part.note
    assert "databehandler med kontaktopplysninger" in part.note
    assert report.outcome == "registered"


def test_a_processor_without_phone_and_e_mail_is_not_present(spec: CaseTypeSpec) -> None:
    sheet = PROCESSOR_SHEET[:-2]
    report = judge(spec, message(REQUEST, ("kontakt.pdf", pdf(sheet)), parts_pdf()))
    assert report.parts[0].verdict is Verdict.MISSING
    assert report.parts[0].note == "databehandler nevnt, men mangler telefon, e-post"


def test_a_word_table_one_row_per_role_is_read(spec: CaseTypeSpec) -> None:
    table = [
        ["Rolle", "Navn", "Telefon", "E-post"],
        ["Kontaktperson", "Marte Lie", "55 12 34 56", "marte.lie@fjordbyen.kommune.no"],
        ["Personvernombud", "Ola Berg", "55 12 34 99", "personvernombud@fjordbyen.kommune.no"],
        ["Databehandler", "Skysystemer AS v/ Per Olsen", "22 33 44 55", "per@skysystemer.no"],
    ]
    contacts = word(["Kontaktopplysninger"], [table])
    report = judge(spec, message(REQUEST, ("kontakter.docx", contacts), parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_word_table_one_column_per_role_is_read(spec: CaseTypeSpec) -> None:
    table = [
        ["", "Kontaktperson", "Personvernombud", "Databehandler"],
        ["Navn", "Marte Lie", "Ola Berg", "Skysystemer AS"],
        ["Telefon", "55 12 34 56", "55 12 34 99", "22 33 44 55"],
        ["E-post", "marte@fjordbyen.no", "pvo@fjordbyen.no", "kontakt@skysystemer.no"],
    ]
    contacts = word(["Kontaktopplysninger"], [table])
    report = judge(spec, message(REQUEST, ("kontakter.docx", contacts), parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_processor_named_in_the_description_takes_its_details_from_a_table(
    spec: CaseTypeSpec,
) -> None:
    table = [
        ["Personvernombud", "Ola Berg, 55 12 34 99, personvernombud@fjordbyen.kommune.no"],
        ["Databehandler", "Skysystemer AS, Per Olsen, 22 33 44 55, per.olsen@skysystemer.no"],
    ]
    body = f"{REQUEST}\n\nMed vennlig hilsen\nMarte Lie\nrådgiver\nTlf. 55 12 34 56\n"
    body += "marte.lie@fjordbyen.kommune.no"
    report = judge(spec, message(body, ("roller.docx", word([], [table])), parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_contact_details_in_an_html_table_in_the_mail(spec: CaseTypeSpec) -> None:
    html = (
        f"<p>{REQUEST}</p><table><tr><th>Rolle</th><th>Navn</th><th>Telefon</th>"
        "<th>E-post</th></tr><tr><td>Kontaktperson</td><td>Marte Lie</td><td>55 12 34 56</td>"
        "<td>marte.lie@fjordbyen.kommune.no</td></tr><tr><td>Personvernombud</td>"
        "<td>Ola Berg</td><td>+47 55 12 34 99</td><td>pvo@fjordbyen.kommune.no</td></tr>"
        "</table><p>Vi benytter ingen databehandler.</p>"
    )
    mail = EmailMessage()
    mail["Subject"] = "Anmodning om forhåndsdrøftelse"
    mail.set_content(html, subtype="html")
    mail.add_attachment(parts_pdf()[1], maintype="application", subtype="pdf", filename="d.pdf")
    report = judge(spec, mail)
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note
    assert "oppgir ingen databehandler" in report.parts[0].note


def test_the_signature_is_the_contact_person_and_no_processor_is_needed(
    spec: CaseTypeSpec,
) -> None:
    body = (
        f"{REQUEST}\n\nVårt personvernombud er Ola Berg, tlf. 55 12 34 99, "
        "personvernombud@fjordbyen.kommune.no. Vi benytter ingen databehandler; systemet "
        "driftes av kommunen selv.\n\nMed vennlig hilsen\n\nMarte Lie\nrådgiver, Fjordbyen "
        "kommune\nMobil: +47 915 55 123\nmarte.lie@fjordbyen.kommune.no"
    )
    report = judge(spec, message(body, parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_dpia_document_that_says_no_dpia_was_carried_out_is_missing_not_present(
    spec: CaseTypeSpec,
) -> None:
    before, rest = PARTS_NB.split("4. Risikovurdering")
    text = before + "5. Ledelsens validering" + rest.split("5. Ledelsens validering")[1]
    dpia = pdf(
        [
            "Vurdering av personvernkonsekvenser (DPIA)",
            "",
            "Det er ikke gjennomført en vurdering av personvernkonsekvenser for behandlingen.",
        ]
    )
    sheet = ("kontakt.pdf", pdf(PROCESSOR_SHEET))
    files = (sheet, ("dok.pdf", pdf(text.splitlines())), ("DPIA.pdf", dpia))
    report = judge(spec, message(REQUEST, *files))
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note


@pytest.mark.parametrize("content", ["Ettersendes.", "Will follow.", ""])
def test_a_part_under_its_own_heading_deferred_or_empty_is_missing(
    spec: CaseTypeSpec, content: str
) -> None:
    text = PARTS_NB.split("5. Ledelsens validering")[0] + f"5. Ledelsens validering\n\n{content}"
    sheet = ("kontakt.pdf", pdf(PROCESSOR_SHEET))
    report = judge(spec, message(REQUEST, sheet, ("dok.pdf", pdf(text.splitlines()))))
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note
    assert report.missing_parts == (5,)


ENGLISH = """Contact details
Contact person: Jonas Vik, +47 918 77 654, jonas.vik@lendly.no
Data protection officer: Hanne Brekke, +47 21 42 00 42, dpo@lendly.no
We do not use a data processor.

What processing do we plan?
Lendly will score loan applicants with a model trained on 200 000 past applications. The
purpose is faster credit decisions. Sources are the applicant and the credit bureau;
recipients are our credit officers only.

Is the processing necessary and proportionate?
The processing is necessary to assess creditworthiness as the law requires. Less intrusive
alternatives such as manual review were considered. Applicants are informed and may object.

What are the risks to the data subjects?
The risk assessment found a high risk of discrimination and opaque decisions. Likelihood and
severity were rated per threat; measures are bias testing and human review. Residual risk is high.

Management approval
The executive board reviewed the DPIA on 3 March 2026 and decided to request prior consultation.
"""

NYNORSK = """Kontaktopplysningar
Kontaktperson: Sigrid Nes, telefon 57 65 43 21, sigrid.nes@sunnfjord.kommune.no
Personvernombod: Lars Dale, telefon 57 65 40 00, personvernombod@sunnfjord.kommune.no
Kommunen nyttar ikkje databehandlar.

Skildring av behandlinga
Kommunen skal samle inn opplysningar om 1 500 elevar for å tilpasse opplæringa. Kjelder er
skulane sitt fagsystem; mottakarar er lærarane. Føremålet er betre tilpassa undervisning.

Vurdering av om behandlinga er naudsynt og står i rimeleg forhold til føremålet
Behandlinga er naudsynt for å oppfylle opplæringslova. Mindre inngripande alternativ er
vurderte. Elevane og foreldra får informasjon og kan krevje innsyn.

Risikovurdering
Vurderinga av personvernkonsekvensar viser høg risiko for profilering av barn. Sannsynlegheit
og konsekvens er vurderte; tiltak er tilgangsstyring og sletting. Restrisikoen er høg.

Leiinga si godkjenning
Kommunedirektøren si leiargruppe handsama vurderinga i møte 4. mars 2026 og vedtok å be om
førehandsdrøfting.
"""


@pytest.mark.parametrize("text", [ENGLISH, NYNORSK], ids=["english", "nynorsk"])
def test_english_question_headings_and_nynorsk_headings_are_read(
    spec: CaseTypeSpec, text: str
) -> None:
    body = "We hereby request prior consultation under GDPR Article 36.\n\n" + text
    report = judge(spec, message(body))
    assert [p.verdict for p in report.parts] == [Verdict.PRESENT] * 5, [
        p.note for p in report.parts
    ]


def test_a_zero_byte_file_named_for_a_part_makes_it_missing(spec: CaseTypeSpec) -> None:
    text = PARTS_NB.split("5. Ledelsens validering")[0]
    sheet = ("kontakt.pdf", pdf(PROCESSOR_SHEET))
    files = (sheet, ("dok.pdf", pdf(text.splitlines())), ("ledelsens_godkjenning.pdf", b""))
    report = judge(spec, message(REQUEST, *files))
    assert report.missing_parts == (5,), [p.note for p in report.parts]
    assert "tomt vedlegg" in report.parts[4].note


def test_a_forwarded_request_takes_the_contact_person_from_the_inner_signature(
    spec: CaseTypeSpec,
) -> None:
    inner = message(
        f"{REQUEST}\n\nPersonvernombud: Ola Berg, 55 12 34 99, pvo@fjordbyen.kommune.no.\n"
        "Vi bruker ingen databehandler.\n\nVennlig hilsen\nMarte Lie\nTlf. 55 12 34 56\n"
        "marte.lie@fjordbyen.kommune.no",
        parts_pdf(),
    )
    outer = EmailMessage()
    outer["Subject"] = "Fwd: Anmodning om forhåndsdrøftelse"
    outer.set_content("Videresender anmodningen fra kommunen.")
    outer.add_attachment(inner)
    report = judge(spec, outer)
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_verdict_carries_its_evidence_and_what_speaks_against_it(spec: CaseTypeSpec) -> None:
    body = f"{REQUEST}\n\nEn oppdatert risikovurdering ettersendes når testene er ferdige."
    report = judge(spec, message(body, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), parts_pdf()))
    risk = report.parts[3]
    assert risk.verdict is Verdict.PRESENT, risk.note
    assert risk.evidence and risk.evidence[0].source == "dokumentasjon.pdf"
    assert [e.source for e in risk.counter] == ["e-postteksten"]


def test_a_shared_dpo_service_without_a_person_name_is_a_dpo(spec: CaseTypeSpec) -> None:
    body = (
        f"{REQUEST}\n\nKontaktperson: Marte Lie, 55 12 34 56, marte.lie@fjordbyen.kommune.no\n"
        "Personvernombud: Felles personvernombud for Sunnfjord IKS, tlf. 57 65 40 00, "
        "personvernombud@sunnfjord.no\nVi benytter ingen databehandler."
    )
    report = judge(spec, message(body, parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_plain_text_table_drawn_with_bars_is_read_as_a_table(spec: CaseTypeSpec) -> None:
    body = (
        f"{REQUEST}\n\nKontaktopplysninger:\n\n"
        "Rolle | Virksomhet | Navn | Telefon | E-post\n"
        "|---|---|---|---|---|\n"
        "Kontaktperson | Fjordbyen kommune | Marte Lie | 55 12 34 56 | marte.lie@fjordbyen.no\n"
        "Personvernombud | Fjordbyen kommune | Ola Berg | 55 12 34 99 | pvo@fjordbyen.no\n"
        "Databehandler | Skysystemer AS | Per Olsen | 22 33 44 55 | per.olsen@skysystemer.no\n"
    )
    report = judge(spec, message(body, parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_part_heading_followed_by_a_document_title_is_not_an_empty_section(
    spec: CaseTypeSpec,
) -> None:
    """«Ledelsens validering» over «Godkjenning av vurdering av personvernkonsekvenser»: the
    title names the DPIA, but what stands under it is management's approval; never ask for it."""
    approval = (
        "5. Ledelsens validering\n\nGodkjenning av vurdering av personvernkonsekvenser\n\n"
        "Jeg har i møte 16.10.2026 fått presentert DPIA-en med funn og restrisiko, tatt hensyn "
        "til interessentene og godkjent den.\n"
    )
    text = PARTS_NB.split("5. Ledelsens validering")[0] + approval
    sheet = ("kontakt.pdf", pdf(PROCESSOR_SHEET))
    report = judge(spec, message(REQUEST, sheet, ("dok.pdf", pdf(text.splitlines()))))
    assert report.parts[4].verdict is not Verdict.MISSING, report.parts[4].note
    assert 5 not in report.missing_parts


@pytest.mark.parametrize(
    "body",
    [
        "Vedlagt er utkast til DPIA. Vi ønsker Datatilsynets innspill før vi går videre. "
        "Dette er ikke en anmodning om forhåndsdrøftelse.",
        "Attached is our draft DPIA. We would welcome your feedback on the assessment.",
    ],
)
def test_a_draft_sent_only_for_input_is_not_a_request(spec: CaseTypeSpec, body: str) -> None:
    report = judge(spec, message(body, parts_pdf()))
    assert not report.is_request, report.request_note
    assert report.outcome == "needs_review"


def test_minutes_titled_after_the_dpia_under_the_management_heading_are_part_five(
    spec: CaseTypeSpec,
) -> None:
    """Under «Ledelsens behandling», the minutes' agenda item is titled after the DPIA: it is
    management's validation all the same, not a second risk assessment."""
    minutes = (
        "5. Ledelsens behandling\n\nProtokoll fra ledermøte 24.10.2026\n\n"
        "Sak 22/26 – DPIA for nytt fagsystem\n\n"
        "Prosjektleder la fram en sammenstilling av DPIA-en og de viktigste funnene. "
        "Innspill fra brukerrådet og tillitsvalgte ble drøftet. Ledergruppen godkjente "
        "vurderingen og vedtok å be om forhåndsdrøftelse.\n"
    )
    text = PARTS_NB.split("5. Ledelsens validering")[0] + minutes
    sheet = ("kontakt.pdf", pdf(PROCESSOR_SHEET))
    report = judge(spec, message(REQUEST, sheet, ("dok.pdf", pdf(text.splitlines()))))
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note
    assert report.parts[3].verdict is Verdict.PRESENT, report.parts[3].note


# --- part 1: a role found and read that lacks a detail the request gives nowhere else --------

DPO_WITHOUT_PHONE: list[str | tuple[str, str]] = [
    "Kontaktopplysninger",
    "Ansvarlig for saken",
    ("Kontaktperson", "Jorunn Vik"),
    ("Telefon", "41 22 33 44"),
    ("E-post", "jorunn.vik@havbruket.no"),
    "",
    "Personvernombud",
    ("Navn", "Trond Aune"),
    ("E-post", "trond.aune@havbruket.no"),
    "",
    "Havbruket AS bruker ikke databehandler til denne behandlingen.",
]


def test_a_dpo_block_without_a_phone_number_is_missing_exactly_that(spec: CaseTypeSpec) -> None:
    report = judge(spec, message(REQUEST, ("roller.pdf", pdf(DPO_WITHOUT_PHONE)), parts_pdf()))
    one = report.parts[0]
    assert one.verdict is Verdict.MISSING, one.note
    assert one.note == "personvernombud mangler telefon"  # what the deficiency notice names
    assert one.evidence == ()  # so the letter quotes the note, not the request
    assert one.counter  # what was found
    assert report.missing_parts == (1,)


def test_a_lacking_phone_stays_uncertain_while_a_number_stands_unplaced(
    spec: CaseTypeSpec,
) -> None:
    text = PARTS_NB.replace("Kilder er", "Brukerne kan reservere seg på 73 80 90 10. Kilder er")
    files = (("roller.pdf", pdf(DPO_WITHOUT_PHONE)), ("d.pdf", pdf(text.splitlines())))
    report = judge(spec, message(REQUEST, *files))
    assert report.parts[0].verdict is Verdict.UNCERTAIN, report.parts[0].note


def test_a_processor_named_only_in_the_description_is_missing_its_details(
    spec: CaseTypeSpec,
) -> None:
    body = (
        f"{REQUEST}\n\nKontaktperson: Jorunn Vik, 41 22 33 44, jorunn.vik@havbruket.no\n"
        "Personvernombud: Trond Aune, 41 55 66 77, trond.aune@havbruket.no\n"
    )
    text = PARTS_NB.replace("leverandøren drifter", "Merdnett AS drifter")
    report = judge(spec, message(body, ("dok.pdf", pdf(text.splitlines()))))
    assert report.parts[0].verdict is Verdict.MISSING, report.parts[0].note
    assert "databehandler nevnt, men mangler" in report.parts[0].note


def test_a_phone_number_closing_a_sentence_before_a_numbered_heading_is_read() -> None:
    from completeness.fields import phones

    assert phones("(dpo@havbruket.no, tlf. 734 12 345). 2. Beskrivelse") == ("734 12 345",)


# --- files named for a part -------------------------------------------------------------------


def _one_file_per_part(**replaced: bytes) -> list[tuple[str, bytes]]:
    chunks = PARTS_NB.split("\n\n")
    by_part = {
        "beskrivelse.pdf": chunks[0:2],
        "nodvendighet.pdf": chunks[2:4],
        "risikovurdering.pdf": chunks[4:6],
        "ledelsens_godkjenning.pdf": chunks[6:8],
    }
    files = [("kontakt.pdf", pdf(PROCESSOR_SHEET))]
    for name, text in by_part.items():
        content = replaced.get(name.split(".")[0], pdf("\n\n".join(text).splitlines()))
        files.append((name, content))
    return files


def test_a_file_named_for_a_part_that_is_about_something_else_holds_nothing(
    spec: CaseTypeSpec,
) -> None:
    other = pdf(
        ["Parkering ved hovedkontoret", "", "Plassene i kjelleren fordeles etter ansiennitet."]
    )
    files = _one_file_per_part(ledelsens_godkjenning=other)
    report = judge(spec, message(REQUEST, *files))
    assert report.missing_parts == (5,), [p.note for p in report.parts]
    assert "handler om noe annet" in report.parts[4].note


def test_when_a_parts_own_file_is_empty_the_minutes_naming_it_do_not_make_it_present(
    spec: CaseTypeSpec,
) -> None:
    minutes = pdf(
        [
            "Protokoll fra ledermøtet 3. november 2026",
            "",
            "Sak 9/26 - Vurdering av personvernkonsekvenser for hjemmetjenesten",
            "",
            "Ledergruppen gjennomgikk funnene i vurderingen og restrisikoen, hørte innspill fra "
            "brukerrådet og godkjente at kommunen ber om forhåndsdrøftelse.",
        ]
    )
    files = _one_file_per_part(risikovurdering=b"", ledelsens_godkjenning=minutes)
    report = judge(spec, message(REQUEST, *files))
    assert report.missing_parts == (4,), [p.note for p in report.parts]


def test_a_part_said_to_follow_is_not_made_present_by_the_minutes_title(
    spec: CaseTypeSpec,
) -> None:
    minutes = pdf(
        [
            "Protokoll fra ledermøtet 3. november 2026",
            "",
            "Sak 9/26 - Vurdering av personvernkonsekvenser for hjemmetjenesten",
            "",
            "Ledergruppen gjennomgikk funnene i vurderingen og restrisikoen, hørte innspill fra "
            "brukerrådet og godkjente at kommunen ber om forhåndsdrøftelse.",
        ]
    )
    files = [f for f in _one_file_per_part(ledelsens_godkjenning=minutes) if "risiko" not in f[0]]
    body = f"{REQUEST}\n\nRisikovurderingen ettersendes når den er kvalitetssikret."
    report = judge(spec, message(body, *files))
    assert report.missing_parts == (4,), [p.note for p in report.parts]


def test_an_empty_part_heading_whose_sub_heading_says_not_done_is_missing(
    spec: CaseTypeSpec,
) -> None:
    before, after = PARTS_NB.split("4. Risikovurdering")
    rest = "5. Ledelsens validering" + after.split("5. Ledelsens validering")[1]
    risk = (
        "4. Risikovurdering\n\nPersonvernkonsekvensvurdering\n\nStatus: Vurderingen er ennå "
        "ikke gjennomført; den starter etter dialogen med Datatilsynet.\n\n"
    )
    text = before + risk + rest
    report = judge(
        spec,
        message(REQUEST, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), ("d.pdf", pdf(text.splitlines()))),
    )
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note


# --- is it a request --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Be om forhåndsdrøftelse – hjemmetjenesten", "Dokumentasjonen ligger vedlagt."),
        ("Hjemmetjenesten", "Kommunen ønsker å rådføre seg med Datatilsynet før vi starter."),
        ("Hjemmetjenesten", "Her oversendes dokumentasjonen for forhåndsdrøftelse av løsningen."),
    ],
)
def test_a_request_in_the_words_of_article_36_or_as_a_subject_is_a_request(
    spec: CaseTypeSpec, subject: str, body: str
) -> None:
    mail = message(body, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), parts_pdf())
    del mail["Subject"]
    mail["Subject"] = subject
    report = judge(spec, mail)
    assert report.is_request, report.request_note


# --- headings -------------------------------------------------------------------------------


def test_the_description_and_the_necessity_asked_as_questions_are_their_parts(
    spec: CaseTypeSpec,
) -> None:
    text = PARTS_NB.replace("2. Beskrivelse av behandlingen", "Hva skal vi gjøre, og hvordan?")
    text = text.replace("3. Nødvendighet og proporsjonalitet", "Hvorfor er løsningen nødvendig?")
    document = pdf(["Hvem kan dere kontakte?", *PROCESSOR_SHEET[1:], *text.splitlines()])
    report = judge(spec, message(REQUEST, ("anmodning.pdf", document)))
    assert [p.verdict for p in report.parts] == [Verdict.PRESENT] * 5, [
        p.note for p in report.parts
    ]


def test_an_english_agenda_item_under_the_management_heading_is_part_five(
    spec: CaseTypeSpec,
) -> None:
    text = PARTS_NB.split("5. Ledelsens validering")[0]
    minutes = (
        "What did management decide?\n\nAgenda item 6: DPIA for the home-care planner\n\n"
        "The executive team reviewed the findings and the input from the user council at its "
        "meeting on 2 November 2026 and approved the request for prior consultation.\n"
    )
    files = (("kontakt.pdf", pdf(PROCESSOR_SHEET)), ("d.pdf", pdf(text.splitlines())))
    report = judge(spec, message(REQUEST, *files, ("minutes.pdf", pdf(minutes.splitlines()))))
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note
    assert report.outcome == "registered"


# --- text read by OCR -------------------------------------------------------------------------


def _scan(name: str, text: str) -> Document:
    content = f"{OCR_MARK}\n{text}"
    return Document(name, "image/png", 90_000, "0" * 64, content)


MINUTES_SCAN = (
    "Ledelsens godkjenning\n\nKommunedirektøren gjennomgikk funnene og restrisikoen i møte "
    "5. november 2026, la vekt på innspill fra brukerrådet og godkjente vurderingen."
)


def test_scanned_minutes_do_not_keep_a_part_said_to_follow_from_missing(
    spec: CaseTypeSpec,
) -> None:
    text = (
        PARTS_NB.split("3. Nødvendighet")[0]
        + "4. Risikovurdering"
        + PARTS_NB.split("4. Risikovurdering")[1].split("5. Ledelsens validering")[0]
    )
    body = f"{REQUEST}\n\nVurderingen av nødvendighet og proporsjonalitet ettersendes."
    parsed = parse_message(
        message(body, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), ("d.pdf", pdf(text.splitlines())))
    )
    documents = (*parsed.documents, _scan("IMG_0042.png", MINUTES_SCAN))
    report = check_completeness(spec, parsed.body, documents, "Anmodning")
    assert report.parts[2].verdict is Verdict.MISSING, report.parts[2].note
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note


def test_a_part_absent_from_a_scanned_request_is_uncertain_not_missing(
    spec: CaseTypeSpec,
) -> None:
    scanned = (
        PARTS_NB.split("3. Nødvendighet")[0]
        + "4. Risikovurdering"
        + PARTS_NB.split("4. Risikovurdering")[1]
    )
    parsed = parse_message(message(REQUEST, ("kontakt.pdf", pdf(PROCESSOR_SHEET))))
    documents = (*parsed.documents, _scan("skann.pdf", scanned))
    report = check_completeness(spec, parsed.body, documents, "Anmodning")
    assert report.parts[2].verdict is Verdict.UNCERTAIN, report.parts[2].note
    assert "OCR" in report.parts[2].note


# --- headings nested in a numbered outline (R-CP-10) ------------------------------------------

DESCRIPTION_EN = """2. What we plan to do

The company will roll out a rostering tool that collects shift patterns, sick leave and
location check-ins for about 900 employees, in order to plan staffing. Data come from the HR
system and the mobile app, are shared only with line managers and are stored for two years.
"""
NECESSITY_EN = """3. Why the processing is necessary and proportionate

Planning by hand is the less intrusive alternative; it was considered and rejected because it
cannot cover night shifts. The legal basis is the employment contract; employees are informed
through the staff handbook and may ask for access to their data.
"""


def test_an_agenda_item_naming_the_dpia_under_the_management_heading_is_not_the_dpia(
    spec: CaseTypeSpec,
) -> None:
    minutes = """5. Sign-off by the executive team

Minutes of the executive meeting, 14 January 2027, with the HR director and the DPO present.

Agenda point 3: DPIA for the rostering tool

The project owner walked the team through the findings and the views of the works council.
Decision: the executive team accepts the assessment and asks for prior consultation.
"""
    text = DESCRIPTION_EN + "\n" + NECESSITY_EN + "\n" + minutes
    body = f"{REQUEST}\n\nThe risk assessment will be submitted later."
    mail = message(
        body, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), ("request.pdf", pdf(text.splitlines()))
    )
    report = judge(spec, mail)
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note


def test_a_lead_in_line_under_the_risk_heading_does_not_stand_for_the_necessity_part(
    spec: CaseTypeSpec,
) -> None:
    risks = """Risikoanalyse

Vi har i arbeidsmøtene funnet disse risikoene for de registrertes rettigheter:
Uautorisert innsyn i vaktlister (sannsynlighet lav, konsekvens middels). Tiltak: tilgangsstyring.
Skjult kartlegging av sykefravær (sannsynlighet middels, konsekvens høy). Tiltak: aggregering.
Restrisikoen vurderes som middels etter tiltakene.
"""
    minutes = "Ledelsens godkjenning\n\n" + MINUTES_SCAN.split("\n\n")[1]
    text = DESCRIPTION_EN.replace("2. ", "") + "\n" + risks + "\n" + minutes
    parsed = parse_message(message(REQUEST, ("kontakt.pdf", pdf(PROCESSOR_SHEET))))
    dpia = Document("dpia.odt", "application/vnd.oasis.opendocument.text", 900, "0" * 64, text)
    report = check_completeness(spec, parsed.body, (*parsed.documents, dpia), "Anmodning")
    assert report.parts[2].verdict is not Verdict.PRESENT, report.parts[2].note
    assert report.parts[3].verdict is Verdict.PRESENT, report.parts[3].note


def test_a_table_header_opening_with_a_hash_sign_is_not_a_heading() -> None:
    source = build_source("x", "Risks\n# | Risk | Likelihood | Impact\n1 | Leak | Low | High", bool)
    assert [h.raw for h in source.headings if h.depth] == []


def test_scanned_minutes_that_name_the_risk_assessment_leave_a_deferred_risk_part_missing(
    spec: CaseTypeSpec,
) -> None:
    minutes = (
        "Styrets vedtak\n\nStyret har i møte 2. februar 2027 gjennomgått risikovurderingen og "
        "restrisikoen, hørt de tillitsvalgte og godkjent vurderingen av personvernkonsekvenser."
    )
    text = PARTS_NB.split("4. Risikovurdering")[0]
    body = f"{REQUEST}\n\nRisikovurderingen sendes separat når den er kvalitetssikret."
    parsed = parse_message(
        message(body, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), ("d.pdf", pdf(text.splitlines())))
    )
    documents = (*parsed.documents, _scan("foto_styret.jpg", minutes))
    report = check_completeness(spec, parsed.body, documents, "Anmodning")
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note


def test_a_scan_holding_risk_content_under_a_minutes_heading_keeps_the_part_uncertain(
    spec: CaseTypeSpec,
) -> None:
    scan = (
        "Styrets vedtak\n\nStyret godkjente vurderingen i møte 2. februar 2027.\n\n"
        "Risikovurdering\n\nSannsynligheten for uautorisert tilgang er middels og konsekvensen "
        "høy; tiltak er tilgangsstyring og logging, og restrisikoen vurderes som middels."
    )
    text = PARTS_NB.split("4. Risikovurdering")[0]
    body = f"{REQUEST}\n\nRisikovurderingen sendes separat når den er kvalitetssikret."
    parsed = parse_message(
        message(body, ("kontakt.pdf", pdf(PROCESSOR_SHEET)), ("d.pdf", pdf(text.splitlines())))
    )
    documents = (*parsed.documents, _scan("foto_styret.jpg", scan))
    report = check_completeness(spec, parsed.body, documents, "Anmodning")
    assert report.parts[3].verdict is not Verdict.MISSING, report.parts[3].note


# --- short stacked lines are not one paragraph ------------------------------------------------


def test_a_contact_sheet_without_blank_lines_under_a_wrapped_title_is_read_block_by_block(
    spec: CaseTypeSpec,
) -> None:
    sheet = [
        "Søknad om forhåndsdrøftelse for digital vaktplanlegging i",
        "hjemmetjenesten (pilot 2027)",
        "Fjordbyen kommune",
        "Våre kontakter",
        "Kontaktperson hos behandlingsansvarlig",
        "Fjordbyen kommune",
        "Org.nr. 944 123 456",
        "Navn: Marte Lie",
        "Telefon: 55 12 34 56",
        "E-post: marte.lie@fjordbyen.kommune.no",
        "Personvernombud",
        "Navn: Ola Berg",
        "Telefon: 55 12 34 99",
        "E-post: personvernombud@fjordbyen.kommune.no",
    ]
    document = read_text("kontakt.pdf", "\n".join(sheet))
    headings = [b.text for b in document.blocks if b.kind is Kind.HEADING]
    assert "Kontaktperson hos behandlingsansvarlig" in headings
    text = PARTS_NB.replace("; leverandøren drifter løsningen som databehandler", "")
    mail = message(REQUEST, ("kontakt.pdf", pdf(sheet)), ("d.pdf", pdf(text.splitlines())))
    report = judge(spec, mail)
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_wrapped_prose_stays_one_paragraph() -> None:
    text = (
        "Kommunen skal ta i bruk et system for planlegging av besøk i hjemmetjenesten, og\n"
        "opplysningene hentes fra fagsystemet. Leverandøren Acme Planlegging AS drifter\n"
        "Løsningen i Norge."
    )
    blocks = read_text("d.pdf", text).blocks
    assert [b.kind for b in blocks] == [Kind.PARAGRAPH]


# --- questions under a part's statement heading (R-CP-12) -------------------------------------

QUESTIONS = """Om behandlingen

Hva samles inn, og hvorfor?
Vaktplanverktøyet samler inn turnus, fravær og innsjekk fra om lag 900 ansatte for å planlegge
bemanning. Opplysningene hentes fra HR-systemet, deles bare med nærmeste leder og lagres i to år.

Hvor ligger risikoen?
Ansatte kan føle seg overvåket.

Forholdsmessighet

Finnes det mindre inngripende måter?
Manuell planlegging er vurdert, men dekker ikke nattevakter. Grunnlaget er arbeidsavtalen, og de
ansatte får informasjon i personalhåndboken og kan be om innsyn.

Ledelsens godkjenning

""" + MINUTES_SCAN.split("\n\n")[1]


def _questions_report(spec: CaseTypeSpec, body: str) -> CompletenessReport:
    parsed = parse_message(message(body, ("kontakt.pdf", pdf(PROCESSOR_SHEET))))
    kind = "application/vnd.oasis.opendocument.text"
    request = Document("anmodning.odt", kind, 900, "0" * 64, QUESTIONS)
    risk = Document("Risikovurdering.docx", "application/octet-stream", 0, "0" * 64, "")
    return check_completeness(spec, parsed.body, (*parsed.documents, request, risk), "Anmodning")


def test_a_risk_question_under_the_description_heading_is_no_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    report = _questions_report(spec, REQUEST)
    assert report.parts[1].verdict is Verdict.PRESENT, report.parts[1].note
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note


def test_without_a_sign_of_absence_the_risk_question_still_counts_as_a_mention(
    spec: CaseTypeSpec,
) -> None:
    parsed = parse_message(message(REQUEST, ("kontakt.pdf", pdf(PROCESSOR_SHEET))))
    kind = "application/vnd.oasis.opendocument.text"
    request = Document("anmodning.odt", kind, 900, "0" * 64, QUESTIONS)
    report = check_completeness(spec, parsed.body, (*parsed.documents, request), "Anmodning")
    assert report.parts[3].verdict is Verdict.UNCERTAIN, report.parts[3].note


# --- OCR text: sentences broken by blank lines, addresses garbled (R-CP-11, R-CP-13) ----------


def test_a_sentence_broken_by_a_blank_line_is_one_paragraph() -> None:
    text = "Du når prosjektlederen Siri Dahl på\n\ntelefon 41 22 33 44 eller siri.dahl@eksempel.no."
    blocks = read_text("skann.pdf", f"{OCR_MARK}\n{text}").blocks
    assert [b.kind for b in blocks] == [Kind.PARAGRAPH]
    assert "siri.dahl@eksempel.no" in blocks[0].text


def test_a_paragraph_that_ended_is_not_joined_across_a_blank_line() -> None:
    blocks = read_text("d.txt", "Første avsnitt slutter her.\n\nneste avsnitt er eget.").blocks
    assert len(blocks) == 2


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("skriv til jonas@ekstern-dpo:.se", "skriv til jonas@ekstern-dpo.se"),
        (
            "kari@fjordbyen.kommune.no og olaefjordbyen.kommune.no",
            "kari@fjordbyen.kommune.no og ola@fjordbyen.kommune.no",
        ),
        ("olaefjordbyen.no uten annen adresse", "olaefjordbyen.no uten annen adresse"),
        ("www.minefirma.no og post@firma.no", "www.minefirma.no og post@firma.no"),
    ],
)
def test_ocr_garbled_addresses_are_repaired_only_against_a_known_domain(
    scanned: str, read: str
) -> None:
    assert repair_ocr_addresses(scanned) == read


def test_a_name_broken_by_a_blank_line_stays_with_its_role(spec: CaseTypeSpec) -> None:
    text = (
        "Kontakt oss gjerne om saken. Personvernombudet vårt i denne\nsaken er advokat Trine\n\n"
        "Holm (trine.holm@eksempel.no, tlf. 48 11 22 33), og hun svarer på spørsmål om saken."
    )
    blocks = read_text("skann.pdf", f"{OCR_MARK}\n{text}").blocks
    assert [b.kind for b in blocks] == [Kind.PARAGRAPH]


def test_a_heading_after_an_unpunctuated_paragraph_stays_a_heading() -> None:
    text = "Vi legger ved dokumentene for\nbehandlingen nedenfor\n\nRisikovurdering\n\nTekst."
    kinds = [b.kind for b in read_text("d.txt", text).blocks]
    assert kinds == [Kind.PARAGRAPH, Kind.HEADING, Kind.PARAGRAPH]


def test_a_thin_section_nested_under_another_numbered_part_is_not_judged_absent(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-10 keeps what the nested heading names as a trace: never a clear absence."""
    text = (
        PARTS_NB.split("3. Nødvendighet")[0]
        + "4. Risikovurdering"
        + PARTS_NB.split("4. Risikovurdering")[1].split("5. Ledelsens validering")[0]
        + "Proporsjonalitet\n\nKameraene står bare ved inngangene.\n\n"
        + "5. Ledelsens validering"
        + PARTS_NB.split("5. Ledelsens validering")[1]
    )
    parsed = parse_message(message(REQUEST, ("kontakt.pdf", pdf(PROCESSOR_SHEET))))
    dpia = Document("dpia.odt", "application/vnd.oasis.opendocument.text", 900, "0" * 64, text)
    report = check_completeness(spec, parsed.body, (*parsed.documents, dpia), "Anmodning")
    assert report.parts[2].verdict is Verdict.UNCERTAIN, report.parts[2].note
    assert "under en annen del" in report.parts[2].note


def test_a_contact_sheet_with_a_blank_line_after_every_line_keeps_each_role_whole(
    spec: CaseTypeSpec,
) -> None:
    sheet = (
        "Behandlingsansvarlig\n\nFjordbyen kommune\n\nKontakt: Marte Lie\n\n"
        "Tlf.: 55 12 34 56\n\nE-post: marte.lie@fjordbyen.kommune.no\n\n"
        "Personvernombud\n\nFjordbyen kommune\n\nKontakt: Ola Berg\n\n"
        "Tlf.: 55 12 34 99\n\nE-post: ola.berg@fjordbyen.kommune.no\n"
    )
    blocks = read_text("kontakt.txt", sheet).blocks
    assert [b.kind for b in blocks if b.text.startswith("Kontakt")] == [Kind.FIELD, Kind.FIELD]
    text = PARTS_NB.replace("; leverandøren drifter løsningen som databehandler", "")
    parsed = parse_message(message(REQUEST, ("d.pdf", pdf(text.splitlines()))))
    contacts = Document("kontakt.txt", "text/plain", len(sheet), "0" * 64, sheet)
    report = check_completeness(spec, parsed.body, (*parsed.documents, contacts), "Anmodning")
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_contact_heading_after_the_dpo_block_starts_its_own_record(spec: CaseTypeSpec) -> None:
    sheet = (
        "Personvernombud\n\nKontakt: Ola Berg\n\nTlf.: 55 12 34 99\n\n"
        "E-post: ola.berg@fjordbyen.kommune.no\n\nKontaktperson\n\nNavn: Marte Lie\n\n"
        "Tlf.: 55 12 34 56\n\nE-post: marte.lie@fjordbyen.kommune.no\n"
    )
    text = PARTS_NB.replace("; leverandøren drifter løsningen som databehandler", "")
    parsed = parse_message(message(REQUEST, ("d.pdf", pdf(text.splitlines()))))
    contacts = Document("kontakt.txt", "text/plain", len(sheet), "0" * 64, sheet)
    report = check_completeness(spec, parsed.body, (*parsed.documents, contacts), "Anmodning")
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


# --- a heading against its own text (R-CP-15) --------------------------------------------------

APPROVAL = (
    "Vedtak om personvernkonsekvensvurderingen\n"
    "Administrerende direktør gikk i møte 4. mars 2027 gjennom funnene, la vekt på innspill fra "
    "verneombudet og godkjente vurderingen. Saken sendes Datatilsynet."
)


def test_an_approval_titled_after_the_dpia_is_the_management_part_not_the_dpia(
    spec: CaseTypeSpec,
) -> None:
    text = PARTS_NB.split("4. Risikovurdering")[0] + "\f" + APPROVAL
    body = f"{REQUEST}\n\nRisikovurderingen ettersendes."
    parsed = parse_message(message(body, ("kontakt.pdf", pdf(PROCESSOR_SHEET))))
    request = Document("samlet.odt", "application/vnd.oasis.opendocument.text", 900, "0" * 64, text)
    report = check_completeness(spec, parsed.body, (*parsed.documents, request), "Anmodning")
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note


def test_an_underline_under_a_heading_separates_it_from_the_next_line() -> None:
    text = "Kontaktpersoner\n---------------\nKontaktperson hos oss\nNavn: Marte Lie"
    blocks = read_text("e-post", text).blocks
    assert [b.text for b in blocks if b.kind is Kind.HEADING][-1] == "Kontaktperson hos oss"
    assert all("---" not in b.text for b in blocks)


ENTRY_TABLE = [
    ["Behandlingsansvarlig", "Kystlinjen Ferjeselskap AS, org.nr. 913 402 876"],
    ["Kontaktperson", "Bjørnar Kildahl, HMS-direktør"],
    ["Telefon", "tlf. 75 51 20 34"],
    ["E-post", "bjornar.kildahl@kystlinjen.no"],
    ["Personvernombud", "Linn Marie Steiro"],
    ["Telefon", "tlf. 75 51 20 09"],
    ["E-post", "personvern@kystlinjen.no"],
    ["Databehandler", "Sjøhelse Testtjenester AS, org.nr. 926 118 430"],
    ["Kontaktperson", "Vegard Nyheim, fagansvarlig"],
    ["Telefon", "mob. 915 80 334"],
    ["E-post", "vegard.nyheim@sjohelse.no"],
]


def test_a_contact_person_row_under_the_processor_organisation_row_is_the_processors(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-64: «Databehandler | Sjøhelse AS, org.nr. …» then «Kontaktperson | Vegard Nyheim»,
    «Telefon», «E-post»: the processor's contact, not a second contact person of the controller."""
    sheet = word(["DEL 1 – KONTAKTPERSONER"], [ENTRY_TABLE])
    report = judge(spec, message(REQUEST, ("kontakt.docx", sheet), parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note
    assert report.outcome == "registered"


def test_two_people_under_one_role_leave_another_roles_lack_unclear(spec: CaseTypeSpec) -> None:
    """R-CP-64: when the contact person's rows give two people's addresses, one of them may be
    the processor's; the processor's missing details are then no ground for a letter."""
    rows = [row for row in ENTRY_TABLE if row[0] != "Databehandler"]
    sheet = word(["DEL 1 – KONTAKTPERSONER"], [rows])
    body = REQUEST + "Sjøhelse Testtjenester AS tar prøvene som vår databehandler.\n"
    report = judge(spec, message(body, ("kontakt.docx", sheet), parts_pdf()))
    part = report.parts[0]
    assert part.verdict is Verdict.UNCERTAIN, part.note
    assert "databehandler nevnt, men mangler telefon, e-post" in part.note


QUESTIONS_EN = """Dear Datatilsynet,

We request prior consultation under Article 36 GDPR for the research project SHADOWS.
Contact person: Dr. Maren Sollid, phone 77 62 31 00, maren.sollid@uin.no
Data protection officer: Tormod Kvalsvik, phone 77 62 31 90, personvernombud@uin.no
No processor is used; data are stored on the university's own servers.
What is the project?
We will collect public posts from 25 online communities (about 8 000 accounts) over two years.
Posts are pseudonymised at collection, analysed for trajectories and stored for five years.
Why do we need these data, and is it proportionate?
The research is necessary for public health; surveys reach few of these users. We keep only text
and timestamps, and a project website lets users opt out, which keeps it proportionate.
{risk_heading}
High: minors' health data processed without their knowledge; measure: opt-out. Medium: quotes
can be searched back to accounts; measure: paraphrasing. Residual risk: medium.
Who has approved this assessment?
The department management reviewed the DPIA on 28 October 2026 with the findings presented by
the project leader, approved it and decided to request prior consultation.
"""


def test_a_question_that_names_no_part_heads_a_section_in_the_writers_words(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-65: «What is the project?» over the description, with no blank line around it, heads
    a section; standing between the contacts and the necessity assessment it is part 2 (R-CP-21).
    «What can go wrong?» asks for the risks in plain words."""
    body = QUESTIONS_EN.format(risk_heading="What can go wrong, and what do we do about it?")
    report = judge(spec, message(body))
    assert [p.verdict for p in report.parts[:4]] == [Verdict.PRESENT] * 4, report.parts
    assert "«What is the project?»" in report.parts[1].note
    assert report.outcome != "incomplete"


def test_a_risk_list_under_a_question_no_cue_knows_is_no_ground_for_a_letter(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-65: the risks under «Kva er det vi er redde for?» are in words of no signature; the
    question still heads a section that may hold the part, so a caseworker looks, and the note
    says which section."""
    body = QUESTIONS_EN.format(risk_heading="Kva er det vi er redde for?")
    for said, instead in (
        ("Residual risk: medium.", "Begge er vurderte."),
        ("High", "Høg"),
        ("; measure:", ";"),
        ("reviewed the DPIA", "reviewed the assessment"),
    ):
        body = body.replace(said, instead)
    report = judge(spec, message(body))
    assert report.parts[3].verdict is Verdict.UNCERTAIN, report.parts[3].note
    assert "«Kva er det vi er redde for?»" in report.parts[3].note
    assert report.outcome == "needs_review"


def test_a_dpo_who_has_left_with_no_one_after_is_no_dpo(spec: CaseTypeSpec) -> None:
    """R-CP-65: «Personvernombodet vårt slutta 1. november, og vi har ikkje fått nytt ombod» says
    there is no DPO now: not present, and whether one is required is a caseworker's call."""
    contacts = (
        "Kontaktperson er rektor Oddny Hatlestad, mob. 957 12 345, oddny@fjordbotn.skule.no. "
        "Personvernombodet vårt slutta 1. november, og vi har ikkje fått nytt ombod enno.\n"
        "Vi nyttar ingen databehandlar.\n\n"
    )
    report = judge(spec, message(REQUEST + "\n" + contacts, parts_pdf()))
    part = report.parts[0]
    assert part.verdict is not Verdict.PRESENT, part.note
    assert "personvernombud" in part.note


CONTROL = [
    ["Version", "Date", "Change", "Approval"],
    ["0.4", "2026-09-18", "First draft", ""],
    ["1.0", "2026-11-03", "Final after review", "{approval}"],
]
CONTACTS_BODY = """

Kontaktperson: Marte Lie, telefon 55 12 34 56, marte.lie@fjordbyen.kommune.no
Personvernombud: Ola Berg, telefon 55 12 34 99, personvernombud@fjordbyen.kommune.no
Vi bruker ingen databehandler.
"""
NO_VALIDATION = PARTS_NB.split("5. Ledelsens validering")[0]


def test_a_sign_off_in_a_document_control_table_is_the_validation(spec: CaseTypeSpec) -> None:
    """R-CP-66: «Approved – K. Wendler, Managing Director Nordic, signed 2026-11-03» under the
    table's «Approval» column documents management's validation; «Pending» does not."""
    signed = "Approved – K. Wendler, Managing Director Nordic, signed 2026-11-03"
    for approval, present in ((signed, True), ("Pending", False)):
        rows = [[cell.format(approval=approval) for cell in row] for row in CONTROL]
        dpia = word(NO_VALIDATION.splitlines(), [rows])
        report = judge(spec, message(REQUEST + CONTACTS_BODY, ("DPIA.docx", dpia)))
        assert (report.parts[4].verdict is Verdict.PRESENT) is present, report.parts[4].note


def test_who_approved_asked_as_a_question_heads_the_validation(spec: CaseTypeSpec) -> None:
    """R-CP-65: «Hvem har godkjent vurderingen?» asks for part 5 as a heading."""
    validation = (
        "Hvem har godkjent vurderingen?\n"
        "Instituttledelsen behandlet vurderingen 14. oktober etter at prosjektleder presenterte "
        "funnene, og instituttleder godkjente DPIA-en 18. november.\n"
    )
    body = REQUEST + CONTACTS_BODY + "\n" + NO_VALIDATION + "\n" + validation
    report = judge(spec, message(body))
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note
    assert "Hvem har godkjent vurderingen?" in report.parts[4].note


def test_a_short_note_whose_bytes_are_all_text_was_read(spec: CaseTypeSpec) -> None:
    """A README.txt saying «See folders 01-02.» was read: it holds no part, and it is no
    unreadable attachment that keeps a missing part uncertain."""
    body = REQUEST + CONTACTS_BODY + "\n" + NO_VALIDATION
    report = judge(spec, message(body, ("README.txt", b"See folders 01-02.\n")))
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note


@pytest.mark.parametrize(
    "agenda",
    [
        "Saken skal behandles i direktørmøtet 14. januar 2027.",
        "Saken skal opp i styret 16. desember 2026.",
    ],
)
def test_a_validation_put_on_a_coming_meetings_agenda_is_missing(
    spec: CaseTypeSpec, agenda: str
) -> None:
    """R-CP-67: the case on the agenda of a coming meeting says the validation is still to come."""
    body = REQUEST + CONTACTS_BODY + "\n" + NO_VALIDATION + "\n5. Ledelsens behandling\n" + agenda
    report = judge(spec, message(body + "\n"))
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note
    assert report.missing_parts == (5,)


def test_a_role_cell_that_goes_on_to_name_the_organisation_names_the_role(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-68: «Databehandlar – Medisync Nordic AS, org.nr. 921 554 307» in the role column
    opens with the role; the row is the processor's contact."""
    rows = [
        ["Rolle", "Navn", "Telefon", "E-post"],
        ["Kontaktperson", "Eirik Solheimsnes", "+47 57 83 92 18", "eirik@helse-vestfjord.no"],
        ["Personvernombud", "Sigrun Aasheim", "+47 57 83 91 40", "pvo@helse-vestfjord.no"],
        [
            "Databehandlar – Medisync Nordic AS, org.nr. 921 554 307",
            "Kari Rongved",
            "+47 55 60 71 12",
            "kari.rongved@medisync.no",
        ],
    ]
    sheet = word(["1 Kontaktinformasjon"], [rows])
    report = judge(spec, message(REQUEST, ("kontakt.docx", sheet), parts_pdf()))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note
    assert "databehandler med kontaktopplysninger" in report.parts[0].note


def test_a_report_title_yields_to_its_own_chapter_saying_the_part_comes_later(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-69: «4 Risikovurdering – Risikovurderinga er under arbeid» in a DPIA report: its
    title does not make the risk assessment present."""
    chapters = PARTS_NB.split("4. Risikovurdering")[0].splitlines() + [
        "4. Risikovurdering",
        "Risikovurderinga er under arbeid og blir ferdigstilt i januar 2027.",
        "5. Ledelsens validering",
        PARTS_NB.split("5. Ledelsens validering")[1].strip(),
    ]
    title = "Vurdering av personvernkonsekvenser (DPIA) – hjemmetjenesten"
    template = "Helse Vestfjord HF. Mal HVF-MAL-PV-07, versjon 3.2. Gradering: Fortrolig."
    dpia = word([title, template, *chapters], [])
    report = judge(spec, message(REQUEST + CONTACTS_BODY, ("DPIA.docx", dpia)))
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note
    assert report.missing_parts == (4,)


def test_a_link_under_the_description_heading_is_no_description(spec: CaseTypeSpec) -> None:
    """R-CP-70: «See the project page in our Confluence: https://…» points to a page we were not
    sent; the request is not registered as complete on it."""
    link = "See the project page in our Confluence: https://velora.example/wiki/pages/88213/Trip"
    body = (
        REQUEST
        + CONTACTS_BODY
        + "\n"
        + PARTS_NB.replace(
            PARTS_NB.split("3. Nødvendighet")[0].split("2. Beskrivelse av behandlingen")[1],
            f"\n{link}\n\n",
        )
    )
    report = judge(spec, message(body))
    # R-CP-70 with R-CP-59: the page a link leads to is never among what we were sent, so the
    # link is a statement that the part stands elsewhere: missing, and the notice asks for it
    assert report.parts[1].verdict is Verdict.MISSING, report.parts[1].note
    assert report.missing_parts == (2,)


@pytest.mark.parametrize(
    "title",
    ["Midtnorsk Budtjeneste AS – Årsrapport 2025", "TILBUD – Tidslinje Pro, lisenser"],
)
def test_a_file_named_for_the_description_that_is_another_kind_of_document_holds_nothing(
    spec: CaseTypeSpec, title: str
) -> None:
    """R-CP-71: «Vedlegg 1 - Systembeskrivelse.pdf» whose title is an annual report or a price
    quote is about something else: it does not make the description present (what its figures
    touch leaves the part to a caseworker at most)."""
    filler = (
        "Selskapet har 140 ansatte og om lag 9 000 kunder. Formålet med investeringene i 2025 "
        "var å gi kundene bedre tilgang til sporing, og data lagres hos leverandøren i skyen."
    )
    others = PARTS_NB.split("3. Nødvendighet")[1]
    body = REQUEST + CONTACTS_BODY + "\n3. Nødvendighet" + others
    document = pdf([title, filler])
    report = judge(spec, message(body, ("Vedlegg 1 - Systembeskrivelse.pdf", document)))
    assert report.parts[1].verdict is not Verdict.PRESENT, report.parts[1].note
    assert "handler om noe annet" in report.parts[1].note


@pytest.mark.parametrize(
    ("header", "row", "present"),
    [
        # the decision column says the act; who and when stand in their own cells
        (
            ["Rolle", "Navn", "Dato", "Beslutning"],
            ["Daglig leder", "Anniken Lothe", "1.12.2026", "Funn gjennomgått; godkjent"],
            True,
        ),
        (
            ["Step", "By", "Date", "Outcome"],
            ["Management review", "Executive team", "20.11.2026", "Findings reviewed; approved"],
            True,
        ),
        (
            ["Rolle", "Navn", "Dato", "Vurdering"],
            [
                "Ledergruppen",
                "Adm. dir. Petter Hovland",
                "16.11.2026",
                "Funn gjennomgått; godkjent",
            ],
            True,
        ),
        # a column that names the approval says the act itself
        (["Versjon", "Dato", "Godkjent av"], ["1.0", "3.11.2026", "Kari Dal, daglig leder"], True),
        # the DPO's advice is no management validation
        (
            ["Rolle", "Navn", "Dato", "Beslutning"],
            ["Personvernombud", "Jonas Ravn", "30.11.2026", "Råd gitt"],
            False,
        ),
        # an approval still to come, in the cell itself
        (
            ["Rolle", "Navn", "Dato", "Beslutning"],
            ["Daglig leder", "Anniken Lothe", "–", "Ikke signert – venter på styrets behandling"],
            False,
        ),
        # a decision column that names no act (a risk register's «Beslutning: akseptert»)
        (
            ["Risiko", "Nivå", "Beslutning"],
            ["Feiltolkning av skår", "Høy restrisiko", "Akseptert av ledelsen"],
            False,
        ),
    ],
)
def test_a_sign_off_row_is_read_across_its_cells(
    spec: CaseTypeSpec, header: list[str], row: list[str], present: bool
) -> None:
    """R-CP-66: a row of an approval table documents management's validation when its sign-off
    cell says it was approved and the row names a governing role and a date (or the findings)."""
    dpia = word(NO_VALIDATION.splitlines(), [[header, row]])
    report = judge(spec, message(REQUEST + CONTACTS_BODY, ("DPIA.docx", dpia)))
    assert (report.parts[4].verdict is Verdict.PRESENT) is present, report.parts[4].note


def test_the_contact_person_who_signs_the_mail_has_the_signatures_phone(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-22: the contact person's entry gives a name and an address; the mail is signed by
    the same person with a phone number: one person, reachable. A message quoted under the
    signature is not part of it (its writer's details are not the signer's)."""
    contacts = (
        "\n\nKontaktperson: Marte Lie, marte.lie@fjordbyen.kommune.no\n"
        "Personvernombud: Ola Berg, telefon 55 12 34 99, personvernombud@fjordbyen.kommune.no\n"
        "Vi bruker ingen databehandler.\n"
    )
    closing = "\nVennlig hilsen\nMarte Lie\nSeksjonsleder\ndirekte 55 12 34 56\n"
    quoted = (
        "\n> Fra: Per Dal <per.dal@fjordbyen.kommune.no>\n> Sendt: 1. desember\n> tlf 55 99 88 77\n"
    )
    body = REQUEST + contacts + "\n" + PARTS_NB + closing
    assert judge(spec, message(body)).parts[0].verdict is Verdict.PRESENT
    unsigned = body.replace("direkte 55 12 34 56\n", "") + quoted
    part = judge(spec, message(unsigned)).parts[0]
    assert part.verdict is not Verdict.PRESENT, part.note
    assert "telefon" in part.note


def test_a_phone_number_broken_over_two_lines_of_a_contact_field_is_read(
    spec: CaseTypeSpec,
) -> None:
    """A narrow PDF column breaks «direkte 23 61 08 14» after «23 61»; the field's next line
    holds the rest of the number and the address."""
    lines: list[str | tuple[str, str]] = [
        "Kontaktperson: Vegard Nesheim, kvalitetsleder, direkte 23 61",
        "08 14, vegard.nesheim@genvei.no",
        "Personvernombud: Jonas Ravn, mob. 917 22 406, jonas@ravnpersonvern.no",
        "Databehandler: ingen.",
    ]
    report = judge(spec, message(REQUEST + "\n\n" + PARTS_NB, ("Kontakt.pdf", pdf(lines))))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def judge_as_received(spec: CaseTypeSpec, mail: EmailMessage) -> CompletenessReport:
    """As the intake judges it: the envelope's Reply-To and Cc under the mail text, and the
    From header as the sender (R-CP-22)."""
    parsed = parse_message(mail)
    envelope = read_envelope(mail)
    body = mail_text(parsed.body, envelope)
    sender = (envelope.sender_name, envelope.sender)
    return check_completeness(spec, body, parsed.documents, envelope.subject, sender=sender)


DPO_AND_NO_PROCESSOR = (
    "Personvernombud: Ola Berg, telefon 55 12 34 99, personvernombud@fjordbyen.kommune.no\n"
    "Vi bruker ingen databehandler.\n"
)


def test_the_contact_person_who_sent_the_request_is_reached_at_the_from_address(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-22: «Kontaktperson: Marte Lie, telefon 55 12 34 56» in a mail from Marte Lie."""
    contacts = "\n\nKontaktperson: Marte Lie, telefon 55 12 34 56\n" + DPO_AND_NO_PROCESSOR
    mail = message(REQUEST + contacts + "\n" + PARTS_NB)
    assert judge_as_received(spec, mail).parts[0].verdict is Verdict.PRESENT
    del mail["From"]
    mail["From"] = "Per Dal <per.dal@fjordbyen.kommune.no>"  # someone else sent it
    assert judge_as_received(spec, mail).parts[0].verdict is not Verdict.PRESENT


def test_a_person_on_copy_or_in_reply_to_is_reached_at_that_address(spec: CaseTypeSpec) -> None:
    """R-CP-22: the DPO «står på kopi» (Cc: Sindre Flaten <…>); the contact person is «den som
    står i svar-til-feltet» (Reply-To: Yusuf Demir <…>)."""
    body = (
        REQUEST
        + "\n\nKontaktperson: den som står i svar-til-feltet (sportslig leder), mob. 41508826.\n"
        + "Personvernombudet vårt, Sindre Flaten, står på kopi og kan nås på 91550264.\n"
        + "Vi bruker ingen databehandler.\n\n"
        + PARTS_NB
    )
    mail = message(body)
    assert judge_as_received(spec, mail).parts[0].verdict is not Verdict.PRESENT
    mail["Reply-To"] = "Yusuf Demir <yusuf.demir@kvernstad.no>"
    mail["Cc"] = "Sindre Flaten <sindre.flaten@personvernpartner.no>"
    report = judge_as_received(spec, mail)
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_dpo_reached_through_the_offices_own_mailbox_needs_no_name(spec: CaseTypeSpec) -> None:
    """R-CP-73: «Personvernombudet: personvernombud@… / sentralbord 55 12 34 00» is given; a
    personal address without a name is not."""
    contact = "\n\nKontaktperson: Marte Lie, telefon 55 12 34 56, marte.lie@fjordbyen.kommune.no\n"
    office = "Personvernombud: personvernombud@fjordbyen.kommune.no, sentralbord 55 12 34 00\n"
    body = REQUEST + contact + office + "Vi bruker ingen databehandler.\n\n" + PARTS_NB
    assert judge(spec, message(body)).parts[0].verdict is Verdict.PRESENT
    personal = office.replace("personvernombud@", "ola.berg@")
    report = judge(spec, message(body.replace(office, personal)))
    assert report.parts[0].verdict is not Verdict.PRESENT


def test_a_council_that_approves_the_assessment_validates_it(spec: CaseTypeSpec) -> None:
    """«Formannskapet godkjenner vurderinga» in the municipality's «møtebok»: the council is
    the governing body that validates a municipality's DPIA (R-CP-47 names the file)."""
    minutes = (
        "FJELLSTAD KOMMUNE - MØTEBOK\nFormannskapet\nMøtedato: 25.11.2026\n"
        "PS 87/26 Digital oppfølging av ungdom\n"
        "Kommunalsjefen la fram vurderinga med funn og innspel frå ungdomsrådet. Vedtak: "
        "Formannskapet godkjenner vurderinga av personvernkonsekvensar.\n"
    )
    body = REQUEST + CONTACTS_BODY + "\n" + NO_VALIDATION
    mail = message(body, ("5 Utskrift møtebok formannskapet.docx", word([minutes], [])))
    report = judge(spec, mail)
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note


def test_a_processor_column_that_says_there_is_none_asks_for_no_processor(
    spec: CaseTypeSpec,
) -> None:
    """«Databehandlar | Ingen – kommunen driftar løysinga sjølv» under a roles-as-columns table."""
    table = [
        ["", "Kontaktperson", "Personvernombod", "Databehandlar"],
        ["Namn", "Gaute Lid", "Kari Eik", "Ingen – kommunen driftar løysinga sjølv"],
        ["Telefon", "57 86 12 40", "57 86 00 00", "–"],
        ["E-post", "gaute.lid@fjellstad.kommune.no", "kari.eik@fjellstad.kommune.no", "–"],
    ]
    mail = message(REQUEST + "\n\n" + PARTS_NB, ("Kontakt.docx", word(["Kontaktar"], [table])))
    report = judge(spec, mail)
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_long_question_about_necessity_heads_the_necessity_section(spec: CaseTypeSpec) -> None:
    """R-CP-65: «Hvorfor er det nødvendig, og står det i forhold til formålet?» asks for part 3
    in a DPIA whose headings are all questions."""
    dpia = (
        "Hva skal vi gjøre?\n"
        "En språkmodell leser epikriser ved utskrivning og beregner risiko for reinnleggelse. "
        "Om lag 14 000 utskrivninger i 2027; resultatet lagres i journal. Kilden er journalen.\n"
        "Hvorfor er det nødvendig, og står det i forhold til formålet?\n"
        "Strukturerte data alene gir dårlig presisjon; journaltekst fanger sosiale forhold. "
        "Modellen ser bare tekst fra innleggelsen. Tilbudet er frivillig, og pasienter kan "
        "reservere seg.\n"
        "Hva kan gå galt for pasientene?\n"
        "Pasienter kan bli stemplet via notatet (middels/høy); tiltak: notatet viser bare "
        "risikonivå. Skjev ytelse for pasienter med annet morsmål; tiltak: egen evaluering. "
        "Restrisiko: høy.\n"
        "Hvem har godkjent?\n"
        "Klinikkledelsen behandlet DPIA-en 25.11.2026 etter at funnene ble lagt fram, og "
        "godkjente den.\n"
    )
    report = judge(spec, message(REQUEST + CONTACTS_BODY + "\n" + dpia))
    assert report.parts[2].verdict is Verdict.PRESENT, report.parts[2].note


@pytest.mark.parametrize(
    "processor",
    [
        "Løsningen leveres av Garasjevakt AS, som er vår databehandler. Deres kontaktperson er "
        "driftsleder Tor Moe; han har telefon 45519073 og e-post tor.moe@garasjevakt.no.",
        "Databehandler er Panelia AS, som drifter panelet. Kontaktperson der er prosjektleder "
        "Jonas Wiik, telefon 23 98 41 70, jonas.wiik@panelia.no.",
    ],
)
def test_the_processors_contact_person_in_the_next_sentence_is_the_processors(
    spec: CaseTypeSpec, processor: str
) -> None:
    """«Deres kontaktperson er …», «Kontaktperson der er …» after the sentence that names the
    processor: the processor's contact, not the controller's (R-CP-31)."""
    contacts = (
        "\n\nKontaktperson for saken er Bente Hauge, som nås på 48021137 eller "
        "bente.hauge@sbbl.no.\n\nPersonvernombudet er Sindre Flaten, tlf. 91550264, "
        "sindre.flaten@pp.no.\n\n" + processor + "\n\n"
    )
    report = judge(spec, message(REQUEST + contacts + PARTS_NB))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_line_in_which_a_sentence_ends_is_no_heading(spec: CaseTypeSpec) -> None:
    """«Kontaktperson for saken er Mathias Rønning. Jeg nås på telefon» / «47 81 20 66 …»: a
    wrapped line of running text, not a heading (its phone belongs to the contact person)."""
    contacts = (
        "\n\nKontaktperson for saken er prosjektleder Mathias Rønning. Jeg nås på telefon\n"
        "47 81 20 66 eller mathias.ronning@allmenning.org. Personvernombudet vårt er Hilde "
        "Sørbø, som nås på 75 50 33 21 eller hilde.sorbo@ombudnord.no.\n"
        "Vi bruker ingen databehandler.\n\n"
    )
    report = judge(spec, message(REQUEST + contacts + PARTS_NB))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


def test_a_dpia_whose_risk_chapter_points_to_an_empty_file_does_not_hold_the_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-69: the report's title and file name yield to its own chapter of the part when that
    only points elsewhere («Kva kan gå gale?: Sjå vedlagt ROS-analyse»), and «ROS_ferjekai.xlsx»
    is empty: the request is not registered as complete."""
    dpia = [
        "Vurdering av personvernkonsekvensar (DPIA) – Skiltgjenkjenning ved ferjekaier",
        "Kva skal vi gjere?",
        "Fylkeskommunen vil lese skilt på om lag 4 000 bilar i døgnet ved tre ferjekaier, lagre "
        "skiltnummer i 30 dagar og sende data til ferjeselskapet. Kjelda er kamera på kaia.",
        "Kva kan gå gale?",
        "Sjå vedlagt ROS-analyse (ROS_ferjekai.xlsx).",
    ]
    mail = message(
        REQUEST + CONTACTS_BODY,
        ("DPIA_ferjekai.docx", word(dpia, [])),
        ("ROS_ferjekai.xlsx", b""),
    )
    report = judge(spec, mail)
    assert report.parts[3].verdict is not Verdict.PRESENT, report.parts[3].note
    assert report.outcome != "registered"
