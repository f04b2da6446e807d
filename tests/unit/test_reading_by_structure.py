"""R-CP-21 and R-CP-22: parts and contact records found by how a request is laid out, not by
the words the cues know: a section in a part's place in an outline ordered by part, and a
contact card (vCard) read as the contact record it is. Each message goes through the
production parser."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from completeness import CaseTypeSpec, CompletenessReport, Verdict
from config.case_types import load_case_type
from reading.blocks import Kind
from reading.parse import parse_message
from reading.text import read_text
from tests.mailfactory import judged_request

CONTACTS = """1 Kontaktopplysninger
Kontaktperson: Sindre Vold, telefon 51 22 33 40, e-post sindre.vold@havbruk-vest.no
Personvernombud: Maren Eik, telefon 51 22 33 41, e-post personvern@havbruk-vest.no
Vi bruker ingen databehandler.
"""
# a description under a title no cue knows, in the place of part 2
OWN_TITLE = """2 Slik blir det i praksis
Fôringsbåtene får kamera i styrehuset, med det formålet å vise hvem som er på vakt. Bildene
lagres på vår egen server til skiftet er over, og skippere og matroser er med fra våren.
"""
NECESSITY = """3 Nødvendighet og forholdsmessighet
Kameraet er nødvendig for å dokumentere hvile etter arbeidsmiljøloven. Vi har vurdert
manuelle skjemaer som mindre inngripende, men de gir ikke tilstrekkelig dokumentasjon.
"""
RISK = """4 Risikovurdering
Risikoen for at bildene brukes til å kontrollere arbeidstempo er vurdert som middels.
Tiltak: bare verneombud og skipper har tilgang, og alle oppslag logges; restrisikoen er lav.
"""
VALIDATION = """5 Ledelsens validering
Daglig leder la vurderingen fram for styret 2. desember, som godkjente den etter å ha hørt
de tillitsvalgte om restrisikoen.
"""
REQUEST = "Vi ber om forhåndsdrøftelse etter personvernforordningen artikkel 36.\n\n"


SENDER = "Sindre Vold <sindre.vold@havbruk-vest.no>"
SUBJECT = "Anmodning om forhåndsdrøftelse: kamera på fôringsbåter"


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def judge(spec: CaseTypeSpec, body: str, *files: tuple[str, str, bytes]) -> CompletenessReport:
    return judged_request(spec, SENDER, SUBJECT, body, *files)


def verdict(report: CompletenessReport, number: int) -> Verdict:
    return next(p.verdict for p in report.parts if p.number == number)


def test_a_section_in_the_place_of_a_part_is_that_part(spec: CaseTypeSpec) -> None:
    body = REQUEST + "\n".join((CONTACTS, OWN_TITLE, NECESSITY, RISK, VALIDATION))
    report = judge(spec, body)
    assert verdict(report, 2) is Verdict.PRESENT
    assert report.outcome == "registered"


def test_a_section_out_of_its_place_stays_for_a_caseworker(spec: CaseTypeSpec) -> None:
    # the same text after the risk assessment is not in part 2's place
    body = REQUEST + "\n".join((CONTACTS, NECESSITY, RISK, OWN_TITLE, VALIDATION))
    report = judge(spec, body)
    assert verdict(report, 2) is Verdict.UNCERTAIN


def test_a_section_in_the_place_of_a_part_about_something_else_is_not_that_part(
    spec: CaseTypeSpec,
) -> None:
    unrelated = (
        "2 Litt om oss\n"
        "Selskapet ble grunnlagt av tre brødre på Hitra i 1987 og har vokst jevnt siden, med "
        "egne settefiskanlegg og en solid plass blant de mellomstore aktørene langs kysten.\n"
    )
    body = REQUEST + "\n".join((CONTACTS, unrelated, NECESSITY, RISK, VALIDATION))
    report = judge(spec, body)
    assert verdict(report, 2) is not Verdict.PRESENT


CARDS = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Sindre Vold\r\nTITLE:Driftssjef\r\n"
    "ORG:Havbruk Vest AS\r\nTEL;TYPE=work:+47 51 22 33 40\r\n"
    "EMAIL:sindre.vold@havbruk-vest.no\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Eik;Maren;;;\r\nTITLE:Personvern\r\n ombud\r\n"
    "TEL:+47 51 22 33 41\r\nEMAIL;TYPE=INTERNET:personvern@havbruk-vest.no\r\nEND:VCARD\r\n"
)
PARTS_2_TO_5 = (
    OWN_TITLE.replace("2 Slik blir det i praksis", "2 Beskrivelse av behandlingen"),
    NECESSITY,
    RISK,
    VALIDATION,
)


def test_a_contact_card_is_read_as_one_record_per_person() -> None:
    mail = EmailMessage()
    mail.set_content("Se vedlagt kontaktkort.")
    mail.add_attachment(CARDS.encode(), maintype="text", subtype="vcard", filename="folk.vcf")
    text = parse_message(mail).documents[0].text
    assert "Maren Eik, Personvernombud, telefon +47 51 22 33 41" in text
    assert "BEGIN:VCARD" not in text
    assert len([line for line in text.splitlines() if line]) == 2


def test_the_signers_details_on_a_contact_card_make_the_signer_the_contact_person(
    spec: CaseTypeSpec,
) -> None:
    body = (
        REQUEST
        + "Kontaktperson og personvernombud står på kontaktkortene i vedlegget. "
        + "Vi bruker ingen databehandler.\n\n"
        + "\n".join(PARTS_2_TO_5)
        + "\nMed vennlig hilsen\nSindre Vold\nHavbruk Vest AS\n"
    )
    report = judge(spec, body, ("kontakter.vcf", "text/vcard", CARDS.encode()))
    assert verdict(report, 1) is Verdict.PRESENT
    assert report.outcome == "registered"


def test_a_card_of_someone_else_does_not_complete_the_signer(spec: CaseTypeSpec) -> None:
    other = CARDS.replace("FN:Sindre Vold", "FN:Ingrid Lunde")
    body = (
        REQUEST
        + "Personvernombudet står på kontaktkortet i vedlegget. Vi bruker ingen databehandler.\n\n"
        + "\n".join(PARTS_2_TO_5)
        + "\nMed vennlig hilsen\nSindre Vold\nHavbruk Vest AS\n"
    )
    report = judge(spec, body, ("kontakter.vcf", "text/vcard", other.encode()))
    assert verdict(report, 1) is not Verdict.PRESENT


def test_a_wrapped_cell_of_a_table_laid_out_with_spaces_stays_in_its_row() -> None:
    text = (
        "  Personvernombud:   Maren Eik, juridisk avdeling\n"
        "                     telefon 51 22 33 41, personvern@havbruk-vest.no\n"
        "  Databehandler:     Nettfisk AS\n"
    )
    rows = [b for b in read_text("e-postteksten", text).blocks if b.kind is Kind.ROW]
    assert len(rows) == 2
    assert rows[0].cells[-1].endswith("telefon 51 22 33 41, personvern@havbruk-vest.no")


def test_a_sentence_broken_after_a_comma_goes_on_into_a_phone_line() -> None:
    text = (
        "Vårt personvernombud er advokat Maren Eik,\n"
        "tlf. 51 22 33 41, personvern@havbruk-vest.no, som har gitt råd underveis.\n"
    )
    blocks = read_text("e-postteksten", text).blocks
    assert [b.kind for b in blocks] == [Kind.PARAGRAPH]
    assert "Maren Eik, tlf. 51 22 33 41" in blocks[0].text


def test_the_fields_under_a_short_line_naming_a_role_are_that_roles(spec: CaseTypeSpec) -> None:
    contacts = (
        "1 Kontaktopplysninger\n"
        "Kontaktperson hos oss er driftssjef Sindre Vold\n"
        "Telefon 51 22 33 40\n"
        "E-post sindre.vold@havbruk-vest.no\n"
        "Personvernombud: Maren Eik, telefon 51 22 33 41, e-post personvern@havbruk-vest.no\n"
        "Vi bruker ingen databehandler.\n"
    )
    body = REQUEST + "\n".join((contacts, *PARTS_2_TO_5)) + "\nHilsen\nHavbruk Vest AS\n"
    report = judge(spec, body)
    assert verdict(report, 1) is Verdict.PRESENT


def dpia_report(first_chapter: str) -> bytes:
    return "\n".join(
        (
            "Personvernkonsekvensvurdering – kamera på fôringsbåtene",
            "",
            first_chapter,
            "Hvorfor trenger vi dette, og er det nødvendig?",
            NECESSITY.split("\n", 1)[1],
            "Risikoer",
            RISK.split("\n", 1)[1],
        )
    ).encode()


def test_questions_under_a_dpia_reports_title_are_its_chapters(spec: CaseTypeSpec) -> None:
    description = "Hva skal vi gjøre?\n" + OWN_TITLE.split("\n", 1)[1]
    body = REQUEST + CONTACTS + "\n" + VALIDATION
    report = judge(spec, body, ("vurdering.txt", "text/plain", dpia_report(description)))
    assert verdict(report, 2) is Verdict.PRESENT
    assert verdict(report, 3) is Verdict.PRESENT


def test_a_section_right_under_a_dpia_reports_title_is_in_part_2s_place(
    spec: CaseTypeSpec,
) -> None:
    description = "Slik blir det i praksis\n" + OWN_TITLE.split("\n", 1)[1]
    body = REQUEST + CONTACTS + "\n" + VALIDATION
    report = judge(spec, body, ("vurdering.txt", "text/plain", dpia_report(description)))
    assert verdict(report, 2) is Verdict.PRESENT


def test_a_decision_whose_heading_names_the_dpia_and_the_meeting_is_the_validation(
    spec: CaseTypeSpec,
) -> None:
    extract = (
        "Havbruk Vest AS – utskrift fra styreprotokollen\n"
        "Styremøte 02.12.2026, sak 14/26 Kamera på fôringsbåtene – personvernkonsekvenser\n"
        "Daglig leder la fram vurderingen og funnene, med uttalelse fra de tillitsvalgte om "
        "restrisikoen.\n"
        "Vedtak: Styret slutter seg til vurderingen og ber daglig leder om å be Datatilsynet om "
        "forhåndsdrøftelse. Enstemmig.\n"
    )
    body = REQUEST + "\n".join((CONTACTS, *PARTS_2_TO_5[:3]))
    report = judge(spec, body, ("utskrift sak 14-26.txt", "text/plain", extract.encode()))
    assert verdict(report, 5) is Verdict.PRESENT


def test_a_validation_announced_in_the_future_tense_is_not_taken_as_done(
    spec: CaseTypeSpec,
) -> None:
    later = (
        "5 Ledelsens validering\n"
        "Vurderingen skal legges fram for styret på møtet i februar, og protokollen fra det "
        "møtet sender vi dere så snart den er signert av styrelederen.\n"
    )
    body = REQUEST + "\n".join((CONTACTS, *PARTS_2_TO_5[:3], later))
    report = judge(spec, body)
    assert verdict(report, 5) is not Verdict.PRESENT
    assert report.outcome != "registered"


def test_a_sub_heading_inside_a_numbered_chapter_of_a_dpia_report_stays_in_it(
    spec: CaseTypeSpec,
) -> None:
    report_text = "\n".join(
        (
            "DPIA – kamera på fôringsbåtene",
            "",
            "1. Beskrivelse av behandlingen",
            OWN_TITLE.split("\n", 1)[1],
            "2. Nødvendighet og forholdsmessighet",
            "Formål",
            NECESSITY.split("\n", 1)[1],
            "3. Risikovurdering",
            RISK.split("\n", 1)[1],
        )
    ).encode()
    body = REQUEST + CONTACTS + "\n" + VALIDATION
    report = judge(spec, body, ("dpia.txt", "text/plain", report_text))
    assert verdict(report, 3) is Verdict.PRESENT


def test_a_description_is_known_by_whom_how_many_and_how_long(spec: CaseTypeSpec) -> None:
    # no heading, and none of the words «formål», «opplysninger», «kilder» or «mottakere»
    description = (
        "Hver kveld filmer kameraene i de 12 utsalgene våre alle kunder som kommer inn, omtrent "
        "1,5 millioner besøk per år, og opptakene slettes etter 14 dager med mindre politiet "
        "ber om dem.\n"
    )
    body = REQUEST + "\n".join((CONTACTS, description, NECESSITY, RISK, VALIDATION))
    report = judge(spec, body)
    assert verdict(report, 2) is Verdict.PRESENT


def test_the_subject_line_of_a_forwarded_approval_does_not_head_a_section(
    spec: CaseTypeSpec,
) -> None:
    forwarded = (
        "Ledelsens validering: se styreleders e-post nedenfor.\n\n"
        "---------- Videresendt melding ---------\n"
        "Fra: Tone Aas <tone.aas@havbruk-vest.no>\n"
        "Dato: 2. desember 2026\n"
        "Emne: SV: DPIA kamera – beslutning\n\n"
        "Styret gikk i dag gjennom vurderingen og funnene, med innspill fra de tillitsvalgte, og "
        "godkjenner den. Vi er enige i at restrisikoen er høy og ber dere sende saken.\n"
        "Tone Aas, styreleder\n"
    )
    body = REQUEST + "\n".join((CONTACTS, *PARTS_2_TO_5[:3], forwarded))
    report = judge(spec, body)
    assert verdict(report, 5) is Verdict.PRESENT


def test_each_labelled_cell_of_a_table_row_is_its_roles_record(spec: CaseTypeSpec) -> None:
    header = (
        "Behandlingsansvarlig: Havbruk Vest AS\tKontaktperson: Sindre Vold, 51 22 33 40, "
        "sindre.vold@havbruk-vest.no\n"
        "Personvernombud: Maren Eik\tTlf. 51 22 33 41, personvern@havbruk-vest.no\n"
        "Vi bruker ingen databehandler.\n"
    )
    body = REQUEST + "\n".join((header, *PARTS_2_TO_5)) + "\nHilsen\nHavbruk Vest AS\n"
    report = judge(spec, body)
    assert verdict(report, 1) is Verdict.PRESENT


def test_a_placeholder_left_under_a_parts_heading_is_no_content(spec: CaseTypeSpec) -> None:
    placeholder = "4 Risikovurdering\n[Fylles ut når leverandøren har levert sin del.]\n"
    body = REQUEST + "\n".join((CONTACTS, *PARTS_2_TO_5[:2], placeholder, VALIDATION))
    report = judge(spec, body)
    assert verdict(report, 4) is Verdict.MISSING
    assert verdict(report, 2) is Verdict.PRESENT


def test_a_validation_without_a_decision_is_not_done(spec: CaseTypeSpec) -> None:
    undecided = (
        "5 Ledelsens validering\n"
        "Styret drøftet vurderingen og funnene 2. desember, men har ikke fattet noe vedtak; "
        "styret vil høre de tillitsvalgte først.\n"
    )
    body = REQUEST + "\n".join((CONTACTS, *PARTS_2_TO_5[:3], undecided))
    report = judge(spec, body)
    assert verdict(report, 5) is not Verdict.PRESENT


def test_a_contact_person_in_the_sentence_after_the_controller_is_the_contact_person(
    spec: CaseTypeSpec,
) -> None:
    contacts = (
        "1 Kontaktopplysninger\n"
        "Behandlingsansvarlig: Havbruk Vest AS, Bergen. Kontaktperson: Sindre Vold, driftssjef, "
        "sindre.vold@havbruk-vest.no.\n"
        "Personvernombud: Maren Eik, telefon 51 22 33 41, e-post personvern@havbruk-vest.no\n"
        "Vi bruker ingen databehandler.\n"
    )
    body = REQUEST + "\n".join((contacts, *PARTS_2_TO_5)) + "\nHilsen\nHavbruk Vest AS\n"
    part = next(p for p in judge(spec, body).parts if p.number == 1)
    assert part.verdict is Verdict.MISSING
    assert part.note == "kontaktperson mangler telefon"


PROCESSOR_WITHOUT_PHONE = (
    "1 Kontaktopplysninger\n"
    "Kontaktperson: Sindre Vold, telefon 51 22 33 40, e-post sindre.vold@havbruk-vest.no\n"
    "Personvernombud: Maren Eik, telefon 51 22 33 41, e-post personvern@havbruk-vest.no\n"
    "Databehandler er Nettfisk AS; vår kontakt der er Per Olsen, per.olsen@nettfisk.no.\n"
)


def test_the_office_and_mobile_numbers_of_a_signature_are_the_signers(
    spec: CaseTypeSpec,
) -> None:
    signature = "\nMed vennlig hilsen\nSindre Vold\nT 51 22 33 40 | M 917 22 334\n"
    body = REQUEST + "\n".join((PROCESSOR_WITHOUT_PHONE, *PARTS_2_TO_5)) + signature
    part = next(p for p in judge(spec, body).parts if p.number == 1)
    assert part.verdict is Verdict.MISSING
    assert part.note == "databehandler nevnt, men mangler telefon"


def test_a_signer_who_is_the_lacking_roles_person_may_hold_its_number(
    spec: CaseTypeSpec,
) -> None:
    signature = "\nMed vennlig hilsen\nPer Olsen\nT 55 10 20 30 | M 917 22 334\n"
    body = REQUEST + "\n".join((PROCESSOR_WITHOUT_PHONE, *PARTS_2_TO_5)) + signature
    part = next(p for p in judge(spec, body).parts if p.number == 1)
    assert part.verdict is not Verdict.MISSING
