"""R-CP-20, R-CP-63: no trace of a part makes it missing only when the request is accounted for
and laid out by part; otherwise a caseworker looks. And a Word letterhead is read (contact details
often stand there). Each message goes through the production parser."""

from __future__ import annotations

import io
from email.message import EmailMessage

import docx
import pytest

from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.contact_verdict import ContactFacts, judge_contacts
from completeness.fields import Fields
from config.case_types import load_case_type
from reading.parse import parse_message

CONTACTS = """Kontaktperson: Live Haugen, telefon 33 44 55 66, e-post live.haugen@sandvik.kommune.no
Personvernombud: Tor Moe, telefon 33 44 55 77, e-post tor.moe@sandvik.kommune.no
Vi bruker ingen databehandler.
"""
DESCRIPTION = """Beskrivelse av behandlingen
Sandvik kommune vil la en app registrere når elevene kommer til og går fra skolen, slik at
foresatte får beskjed. Appen lagrer navn, klasse og tidspunkt for om lag 900 elever i ett år.
"""
NECESSITY = """Vurdering av nødvendighet og proporsjonalitet
Registreringen er nødvendig for å vite hvem som er på skolen ved brann. Papirlister er prøvd og
var for upålitelige; færre opplysninger ville ikke gitt samme sikkerhet.
"""
RISK = """Risikovurdering
Risikoen for at uvedkommende ser hvor barn befinner seg er vurdert som høy. Tiltak er tilgang
bare for kontaktlærer, logging og sletting etter ett år; restrisikoen er fortsatt høy.
"""
VALIDATION = """Ledelsens validering
Kommunedirektøren behandlet vurderingen i ledermøtet 3. november og godkjente den etter å ha
hørt elevrådet og FAU.
"""
REQUEST = "Vi ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.\n\n"


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def judge(spec: CaseTypeSpec, body: str, *files: tuple[str, bytes]) -> CompletenessReport:
    mail = EmailMessage()
    mail["From"] = "Live Haugen <live.haugen@sandvik.kommune.no>"
    mail["Subject"] = "Anmodning om forhåndsdrøftelse: oppmøteapp"
    mail.set_content(body)
    for name, content in files:
        mail.add_attachment(content, maintype="application", subtype="octet-stream", filename=name)
    parsed = parse_message(mail)
    return check_completeness(spec, parsed.body, parsed.documents, str(mail["Subject"]))


def verdict(report: CompletenessReport, number: int) -> Verdict:
    return next(p.verdict for p in report.parts if p.number == number)


def test_a_part_absent_from_a_request_laid_out_by_part_is_missing(spec: CaseTypeSpec) -> None:
    body = REQUEST + CONTACTS + "\n" + DESCRIPTION + "\n" + NECESSITY + "\n" + RISK
    report = judge(spec, body)
    assert verdict(report, 5) is Verdict.MISSING
    assert report.outcome == "incomplete"


def test_an_unrecognised_section_may_hold_the_part_so_a_caseworker_looks(
    spec: CaseTypeSpec,
) -> None:
    other_words = (
        "Slik ble saken forankret\n"
        "Rådmannens stab gikk gjennom dokumentet to ganger i høst, og kommunens toppleder satte "
        "sitt navn under etter at innvendingene fra foreldrene var tatt inn i planen.\n"
    )
    body = REQUEST + CONTACTS + "\n" + DESCRIPTION + "\n" + NECESSITY + "\n" + RISK
    report = judge(spec, body + "\n" + other_words)
    part = next(p for p in report.parts if p.number == 5)
    assert part.verdict is Verdict.UNCERTAIN
    assert "Slik ble saken forankret" in part.note
    assert report.outcome == "needs_review"


def test_an_unrecognised_section_about_another_part_casts_no_doubt(spec: CaseTypeSpec) -> None:
    """R-CP-63: a section about the description (its purpose, sources, storage) that touches
    not one concept of management's validation cannot be that validation: part 5 is missing."""
    about_the_app = (
        "Slik fungerer appen\n"
        "Appen henter opplysningene fra skolens elevregister. Formålet er å varsle foresatte, "
        "og dataene lagres i ett år hos kommunen før de slettes for godt.\n"
    )
    body = REQUEST + CONTACTS + "\n" + DESCRIPTION + "\n" + NECESSITY + "\n" + RISK
    report = judge(spec, body + "\n" + about_the_app)
    assert verdict(report, 5) is Verdict.MISSING
    assert report.outcome == "incomplete"


def test_an_unrecognised_section_in_words_no_signature_knows_keeps_its_doubt(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-63: «Om skolen» is about no part the cues know; it might be the risk assessment."""
    about_the_school = (
        "Om skolen\n"
        "Sandvik skole ligger ved fjorden og har tre bygg, en idrettshall og egen skolehage som "
        "elevene steller sammen med lærerne gjennom hele året.\n"
    )
    body = REQUEST + CONTACTS + "\n" + DESCRIPTION + "\n" + NECESSITY + "\n" + VALIDATION
    assert verdict(judge(spec, body + "\n" + about_the_school), 4) is Verdict.UNCERTAIN


def test_a_section_that_names_no_one_validating_and_no_act_cannot_hold_the_validation(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-72: «Om skolen» names no management, no act of approving and no meeting, so it
    cannot be management's validation; the part is missing. A section that names an act
    («signert») keeps the doubt."""
    about_the_school = (
        "Om skolen\n"
        "Sandvik skole ligger ved fjorden og har tre bygg, en idrettshall og egen skolehage som "
        "elevene steller sammen med lærerne gjennom hele året.\n"
    )
    body = REQUEST + CONTACTS + "\n" + DESCRIPTION + "\n" + NECESSITY + "\n" + RISK
    assert verdict(judge(spec, body + "\n" + about_the_school), 5) is Verdict.MISSING
    signed = about_the_school.replace("hele året.", "hele året. Signert av Kari Dal, 1. mars.")
    report = judge(spec, body + "\n" + signed)
    part = next(p for p in report.parts if p.number == 5)
    assert part.verdict is Verdict.UNCERTAIN
    assert "Om skolen" in part.note


def test_a_document_no_part_claims_may_hold_the_part(spec: CaseTypeSpec) -> None:
    prose = (
        "Til orientering. Denne saken ble lagt fram for de som styrer virksomheten, og de hadde "
        "ingen innvendinger mot at vi går videre med planene slik de er beskrevet for dere nå."
    )
    body = REQUEST + CONTACTS + "\n" + DESCRIPTION + "\n" + NECESSITY + "\n" + RISK
    report = judge(spec, body, ("notat.docx", word([prose])))
    part = next(p for p in report.parts if p.number == 5)
    assert part.verdict is Verdict.UNCERTAIN
    assert "notat.docx" in part.note


def test_when_the_other_parts_stand_in_running_text_silence_proves_nothing(
    spec: CaseTypeSpec,
) -> None:
    prose = (
        "Appen registrerer når de om lag 900 elevene kommer og går, og foresatte får beskjed. "
        "Vi har vurdert at dette er nødvendig og forholdsmessig fordi papirlister har sviktet. "
        "Risikoen for at uvedkommende ser hvor barna er, er høy; tiltak er tilgangsstyring og "
        "logging, og restrisikoen er fortsatt høy.\n"
    )
    report = judge(spec, REQUEST + CONTACTS + "\n" + prose)
    silent = [p for p in report.parts if p.number > 1 and not p.evidence]
    assert silent, "the test needs a part with no trace"
    assert all(p.verdict is Verdict.UNCERTAIN for p in silent)
    assert report.outcome == "needs_review"


def test_contact_details_in_a_word_letterhead_are_read(spec: CaseTypeSpec) -> None:
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Sandvik kommune – oppvekstavdelingen"
    header.add_paragraph("Kontaktperson: Live Haugen, tlf. 33 44 55 66, live.haugen@sandvik.no")
    header.add_paragraph("Personvernombud: Tor Moe, tlf. 33 44 55 77, tor.moe@sandvik.no")
    document.sections[0].footer.paragraphs[0].text = "Vi bruker ingen databehandler."
    for text in (DESCRIPTION, NECESSITY, RISK, VALIDATION):
        for line in text.strip().splitlines():
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    report = judge(spec, REQUEST + "Se vedlagt dokumentasjon.\n", ("DPIA.docx", buffer.getvalue()))
    assert verdict(report, 1) is Verdict.PRESENT
    assert report.outcome == "registered"


def dpo_named_without_details(loose: frozenset[str]) -> ContactFacts:
    return ContactFacts(
        contact=Fields(names=("Live Haugen",), phones=("33 44 55 66",), emails=("lh@x.no",)),
        dpo=Fields(names=("Tor Moe",)),
        processor=Fields(),
        dpo_mentioned=True,
        dpo_none=False,
        processor_used=False,
        processor_none=True,
        deferred=frozenset(),
        deferral="",
        public=(False, False, ""),
        any_detail=True,
        ocr_only=False,
        loose=loose,
    )


def test_a_dpo_named_while_an_unplaced_phone_and_address_exist_is_not_clearly_lacking() -> None:
    unplaced = judge_contacts(
        1, dpo_named_without_details(frozenset({"telefon", "e-post"})), (), ()
    )
    assert unplaced.verdict is Verdict.UNCERTAIN
    assert "personvernombud mangler telefon, e-post" in unplaced.note
    placed = judge_contacts(1, dpo_named_without_details(frozenset()), (), ())
    assert placed.verdict is Verdict.MISSING
    assert placed.note == "personvernombud er nevnt, men uten telefon og e-post"


def word(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


VALID_PARTS = DESCRIPTION + "\n" + NECESSITY + "\n" + RISK + "\n" + VALIDATION


def test_a_processor_field_answered_none_states_that_no_processor_is_used(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-33: «Databehandler: ingen» is a statement, not a processor lacking its details."""
    contacts = (
        "Kontaktperson: Live Haugen, 33 44 55 66, live.haugen@sandvik.kommune.no\n"
        "Personvernombud: Tor Moe, 33 44 55 77, tor.moe@sandvik.kommune.no\n"
        "Databehandler: ingen. Appen kjøres på kommunens egne servere.\n"
    )
    report = judge(spec, REQUEST + contacts + "\n" + VALID_PARTS)
    part = next(p for p in report.parts if p.number == 1)
    assert part.verdict is Verdict.PRESENT
    assert "oppgir ingen databehandler" in part.note
    english = contacts.replace("Databehandler: ingen.", "Processor: none.")
    assert verdict(judge(spec, REQUEST + english + "\n" + VALID_PARTS), 1) is Verdict.PRESENT
    # «ingen ekstern databehandler»: the adjective does not hide the denial
    internal = contacts.replace(
        "Databehandler: ingen.",
        "Driften skjer i egen IT-avdeling; det er ingen ekstern databehandler.",
    )
    assert verdict(judge(spec, REQUEST + internal + "\n" + VALID_PARTS), 1) is Verdict.PRESENT


def test_an_address_broken_in_a_narrow_cell_keeps_the_lack_of_an_address_unclear(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-33: «tor.moe@sandvik.» on one line and «no» on the next is an address we cannot
    read; the DPO may well have given one, so no letter asks for it."""
    contacts = (
        "Kontaktperson: Live Haugen, 33 44 55 66, live.haugen@sandvik.kommune.no\n"
        "Personvernombud: Tor Moe, 33 44 55 77, tor.moe@sandvik.\n"
        "no\n"
        "Vi bruker ingen databehandler.\n"
    )
    report = judge(spec, REQUEST + contacts + "\n" + VALID_PARTS)
    assert verdict(report, 1) is Verdict.UNCERTAIN
    assert report.outcome == "needs_review"


@pytest.mark.parametrize(
    ("section", "number"),
    [
        (
            "Risikovurdering\nROS-analysen er bestilt fra sikkerhetsseksjonen, men er ikke "
            "gjennomført ennå. Vi regner med at den er ferdig i februar.\n",
            4,
        ),
        (
            "Ledelsens behandling\nVurderingen er ikke behandlet av styret ennå. Den vil bli "
            "behandlet i styremøtet 12. januar, og vedtaket sendes da til Datatilsynet.\n",
            5,
        ),
    ],
)
def test_a_part_said_to_be_done_later_is_missing(
    spec: CaseTypeSpec, section: str, number: int
) -> None:
    """R-CP-27, R-CP-51: «Vi regner med at den er ferdig i februar» and «Den vil bli behandlet i
    styremøtet 12. januar» say the part comes later; nothing in the section is the part."""
    parts = {4: RISK, 5: VALIDATION}
    body = REQUEST + CONTACTS + "\n" + DESCRIPTION + "\n" + NECESSITY + "\n"
    body += "\n".join(section if n == number else parts[n] for n in (4, 5))
    report = judge(spec, body)
    assert verdict(report, number) is Verdict.MISSING, report.parts[number - 1].note
    assert report.missing_parts == (number,)


def test_the_necessity_argued_inside_the_description_is_not_missing(spec: CaseTypeSpec) -> None:
    """R-CP-166: no heading of its own, but a paragraph under the description's heading argues
    the need, the alternative set aside and the pupils' rights: not clearly missing (P2)."""
    inside = (
        "Beskrivelse av behandlingen\nSandvik kommune vil la en app registrere når elevene kommer"
        " til og går fra skolen. Registreringen trengs fordi papirlistene var upålitelige;"
        " opprop i klassen ble vurdert, men gir ikke oversikt ved brann. Foresatte får"
        " informasjon om ordningen i skolestartbrevet, og elevene har innsyn i egne"
        " registreringer. Tidspunktene lagres ikke etter skoleåret.\n"
    )
    body = f"{REQUEST}{CONTACTS}\n{inside}\n{RISK}\n{VALIDATION}"
    assert verdict(judge(spec, body), 3) is Verdict.UNCERTAIN
    plain = f"{REQUEST}{CONTACTS}\n{DESCRIPTION}\n{RISK}\n{VALIDATION}"
    assert verdict(judge(spec, plain), 3) is Verdict.MISSING  # laid out by part, and silent
