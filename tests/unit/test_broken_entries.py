"""R-CP-116 and R-CP-123: a contact entry the layout broke or spread (a value wrapped after a
comma, inside a phone number or a long number, or after «ved»; a wrapped address under a scanned
table row; a person's card table under «Databehandler: …»; «Kontaktperson Lars Bakken» in the
processor's own entry; an organisation named after lower-case words; names above a row of roles)
still gives its role every detail it holds."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.fields import organisations
from completeness.records import records
from config.case_types import load_case_type
from reading.blocks import OCR_MARK, Kind
from reading.text import read_text

CONTACTS = """Kontaktperson: Maria Solberg, tlf. 73 80 12 14, maria.solberg@tannverket.no
Personvernombud: Thomas Gran, tlf. 22 40 18 90, thomas.gran@personvernkontoret.no
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, body: str, *docs: tuple[str, str]) -> CompletenessReport:
    documents = [Document(name, "application/pdf", len(t), "0" * 64, t) for name, t in docs]
    return check_completeness(spec, body, documents, "Anmodning om forhåndsdrøftelse")


def part_one(report: CompletenessReport) -> tuple[Verdict, str]:
    return report.parts[0].verdict, report.parts[0].note


# ---------------------------------------------------------------- reading: values wrapped


def test_a_field_ending_on_a_comma_goes_on_in_a_line_that_opens_with_a_capital() -> None:
    read = read_text(
        "DPIA.pdf",
        "Leverandør (databehandler): Checkin Solutions AB, Kungsgatan 8, 111 43 Stockholm,\n"
        "Sverige. Kontakt: Erik Lindqvist, +46 8 502 447 10, erik.lindqvist@checkin.se\n",
    )
    assert [b.kind for b in read.blocks] == [Kind.FIELD]
    assert read.blocks[0].value.endswith(
        "Sverige. Kontakt: Erik Lindqvist, +46 8 502 447 10, erik.lindqvist@checkin.se"
    )


def test_a_phone_number_broken_at_a_line_end_is_joined() -> None:
    read = read_text(
        "DPIA.pdf",
        "Personvernombud: Thomas Gran, advokat, +47 22\n40 18 90, thomas.gran@pvk.no\n",
    )
    assert [b.kind for b in read.blocks] == [Kind.FIELD]
    assert "+47 22 40 18 90, thomas.gran@pvk.no" in read.blocks[0].value


def test_a_field_that_ends_complete_keeps_a_capitalised_next_line_apart() -> None:
    read = read_text("DPIA.pdf", "Kontaktperson: Eli Vatne, tlf. 53 48 20 51\nSverige er landet.\n")
    assert [b.kind for b in read.blocks] == [Kind.FIELD, Kind.PARAGRAPH]


def test_a_field_ending_in_a_whole_phone_number_keeps_a_numbered_line_apart() -> None:
    # «+47 22 40 18 90» is whole: the next line's numbers are not its rest
    read = read_text("DPIA.pdf", "Telefon: +47 22 40 18 90\n2026 11 19 møte\n")
    assert read.blocks[0].value == "+47 22 40 18 90"


def test_a_lone_address_under_a_scanned_row_is_its_last_cell_wrapped() -> None:
    scanned = (
        "Rolle   Navn   Telefon   E-post\n\n"
        "Databehandler   Billettdata Nordic AS v/ Geir Rønning   +47 22 87 41 00\n"
        "geir.ronning@billettdata.no\n"
    )
    read = read_text("skannet.pdf", OCR_MARK + scanned)
    rows = [b for b in read.blocks if b.kind is Kind.ROW]
    assert rows[-1].cells[-1] == "+47 22 87 41 00 geir.ronning@billettdata.no"


def test_a_lone_address_under_a_row_that_has_one_stays_apart() -> None:
    text = "Navn   Telefon   E-post\nKari Holm   22 40 18 90   kari@firma.no\npost@firma.no\n"
    read = read_text("liste.pdf", text)
    assert read.blocks[-1].kind is Kind.PARAGRAPH
    assert read.blocks[-1].text == "post@firma.no"


def test_an_at_sign_read_as_q_by_ocr_is_repaired_for_a_known_domain() -> None:
    read = read_text(
        "skannet.pdf", OCR_MARK + "Stian Aas, stian.aas@tindved.no\nEva, eva.lindholmQtindved.no\n"
    )
    assert read.text.endswith("Eva, eva.lindholm@tindved.no")


# ---------------------------------------------------------------- records


def test_the_card_table_under_a_processor_field_is_the_processors_person(
    spec: CaseTypeSpec,
) -> None:
    body = (
        CONTACTS + "Databehandler: Flowsense AS\n"
        "Navn\tKristoffer Haga\nRolle\tløsningsarkitekt\nTelefon\t21 49 36 70\n"
        "E-post\tkristoffer.haga@flowsense.no\n\nOm behandlingen\n"
    )
    verdict, note = part_one(check(spec, body))
    assert verdict is Verdict.PRESENT, note
    assert note.endswith("databehandler med kontaktopplysninger")


def test_a_processor_field_followed_by_another_table_gets_no_details_from_it(
    spec: CaseTypeSpec,
) -> None:
    body = (
        CONTACTS + "Databehandler: Flowsense AS\n"
        "Formål\tForstå hvordan publikum beveger seg\nKilder\tKameraene\n\nOm behandlingen\n"
    )
    verdict, note = part_one(check(spec, body))
    assert verdict is not Verdict.PRESENT, note


def test_kontaktperson_and_a_name_in_the_processors_entry_is_the_processors(
    spec: CaseTypeSpec,
) -> None:
    body = (
        CONTACTS + "Databehandler: SensoVakt AS, org.nr. 924 771 305, Teknologiveien 22, 2815"
        " Gjøvik. Kontaktperson Lars Bakken, servicesjef, tlf. +47 611 52 980, e-post"
        " lars.bakken@sensovakt.no\n"
    )
    verdict, note = part_one(check(spec, body))
    assert verdict is Verdict.PRESENT, note
    assert note.endswith("databehandler med kontaktopplysninger")


def test_a_processor_sentence_naming_no_one_after_it_leaves_the_processor_without_details(
    spec: CaseTypeSpec,
) -> None:
    body = CONTACTS + "Databehandler: SensoVakt AS, org.nr. 924 771 305. Kontaktperson kommer.\n"
    verdict, note = part_one(check(spec, body))
    assert verdict is not Verdict.PRESENT, note


def test_an_organisation_name_starts_at_its_capital() -> None:
    found = organisations(
        "kontaktpersonen hos databehandleren Drivelog ApS og Sykehuset i Vestfold HF"
    )
    assert found == ("Drivelog ApS", "Sykehuset i Vestfold HF")


def test_the_contact_card_of_the_processor_named_in_the_mail_completes_it(
    spec: CaseTypeSpec,
) -> None:
    body = (
        "Vedlagt kontaktkort (vCard) for meg, personvernombudet vårt og kontaktpersonen hos"
        " databehandleren Drivelog ApS.\n\nJens Aamodt\nHead of Legal | Flexibil AS\n"
        "M: +47 957 30 118\nE: jens@flexibil.no\n"
    )
    cards = [
        (
            "Jens.vcf",
            "Jens Aamodt, Head of Legal, Flexibil AS, telefon +47 957 30 118, e-post"
            " jens@flexibil.no.\n",
        ),
        (
            "Marit.vcf",
            "Marit Sunde, Personvernombud, Flexibil AS, telefon +47 464 10 722, e-post"
            " marit@flexibil.no.\n",
        ),
        (
            "Soren.vcf",
            "Søren Kjær, Head of Compliance, Drivelog ApS, telefon +45 86 12 40 77,"
            " e-post sk@drivelog.dk.\n",
        ),
    ]
    documents = [Document(n, "text/vcard", len(t), "0" * 64, t) for n, t in cards]
    report = check_completeness(
        spec,
        body,
        documents,
        "Anmodning om forhåndsdrøftelse",
        sender=("Jens Aamodt", "jens@flexibil.no"),
    )
    verdict, note = part_one(report)
    assert verdict is Verdict.PRESENT, note


# ---------------------------------------------------------------- R-CP-117

MEDICINES = """Rutine for retur og destruksjon av legemidler
Gjelder alle apotek i kjeden. Versjon 3, godkjent av fagsjef.
Mottak
Kunder kan levere legemidler de ikke bruker i apoteket. Legemidlene legges i godkjent returdunk.
Oppbevaring og henting
Returdunker oppbevares låst og hentes av godkjent avfallsselskap hver 14. dag.
"""
DESCRIPTION = """Beskrivelse av behandlingen
Kunder som henter resepter, identifiseres med BankID i appen. Vi lagrer reseptopplysninger,
navn og fødselsnummer i fem år, og apoteket ser bare opplysninger om egne kunder.
"""


def test_a_description_file_that_names_no_data_is_left_to_a_caseworker(spec: CaseTypeSpec) -> None:
    report = check(spec, CONTACTS, ("Vedlegg_2_Beskrivelse_av_behandlingen.docx", MEDICINES))
    description = report.parts[1]
    # a doubt, not a finding: a description in words no list holds must not get a letter
    assert description.verdict is Verdict.UNCERTAIN, description.note
    assert "kan handle om noe annet" in description.note


def test_a_description_in_words_the_list_lacks_gets_no_letter(spec: CaseTypeSpec) -> None:
    shop = (
        "Butikkjeden skal bruke ansiktsgjenkjenning ved inngangene til tolv butikker for å kjenne"
        " igjen personer som tidligere er utestengt for tyveri. Bilder av besøkende sammenlignes"
        " automatisk med en liste over utestengte og slettes straks når det ikke er treff.\n"
    )
    report = check(spec, CONTACTS, ("Vedlegg 2 Beskrivelse av behandlingen.pdf", shop))
    assert report.parts[1].verdict is not Verdict.MISSING, report.parts[1].note


def test_a_line_after_a_comma_that_is_a_sentence_of_its_own_stays_apart() -> None:
    read = read_text(
        "Brev.pdf",
        "Databehandler: Flowsense AS, Storgata 1, 0155 Oslo,\n"
        "Kontaktperson hos oss er Eli Vatne, tlf. 53 48 20 51, eli.vatne@bank.no\n",
    )
    assert len(read.blocks) == 2


def test_a_description_file_that_names_the_data_holds_the_part(spec: CaseTypeSpec) -> None:
    report = check(spec, CONTACTS, ("Vedlegg_2_Beskrivelse_av_behandlingen.docx", DESCRIPTION))
    assert report.parts[1].verdict is Verdict.PRESENT, report.parts[1].note


def test_a_risk_register_without_data_words_still_holds_the_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    register = (
        "Risikovurdering\nRisiko\tNivå\tTiltak\tStatus\n"
        "Automatisk avslag uten menneske\thøy\tManuell vurdering på forespørsel\tGjennomført\n"
        "Testen diskriminerer etter språk eller diagnose\thøy\tValidering, tilrettelegging\t"
        "Gjennomført\n"
    )
    report = check(spec, CONTACTS, ("4_Risikovurdering.xlsx", register))
    assert "handler om noe annet" not in report.parts[3].note


# ---------------------------------------------------------------- R-CP-123


def test_a_value_broken_before_the_rest_of_a_long_number_goes_on() -> None:
    read = read_text(
        "Brev.pdf",
        "Databehandler: Passiq Biometrics AB, Drottninggatan 88, 111 36 Stockholm, org.nr. SE\n"
        "559214-7736, ved Elin Sjöberg, tlf. +46 8 410 227 91, e-post elin@passiq.se\n",
    )
    assert [b.kind for b in read.blocks] == [Kind.FIELD]
    assert read.blocks[0].value.endswith(
        "ved Elin Sjöberg, tlf. +46 8 410 227 91, e-post elin@passiq.se"
    )


def test_a_value_ending_on_a_joining_word_goes_on() -> None:
    read = read_text(
        "Brev.pdf",
        "Databehandler: TalentSift GmbH, Friedrichstraße 68, 10117 Berlin, HRB 241877 B, ved\n"
        "Jonas Weber, Data Protection Manager, tlf. +49 30 2089 4417\n",
    )
    assert [b.kind for b in read.blocks] == [Kind.FIELD]
    assert "ved Jonas Weber" in read.blocks[0].value


def test_a_short_field_keeps_a_numbered_heading_apart() -> None:
    read = read_text("DPIA.pdf", "Versjon: 1.2 av 4. november\n2 Beskrivelse av behandlingen\n")
    assert [b.kind for b in read.blocks] == [Kind.FIELD, Kind.HEADING]


def test_the_names_above_a_row_of_roles_are_the_columns_people(spec: CaseTypeSpec) -> None:
    letter = (
        "HKF ber Datatilsynet om forhåndsdrøftelse av nytt medlemssystem.\n\nMed hilsen\n"
        "Nina Fjeld\tThomas Brenden\nOrganisasjonssjef\tPersonvernombud\n"
        "Tlf. +47 23 06 15 40\tTlf. +47 23 06 15 02\nnina.fjeld@hkf.no\tthomas.brenden@hkf.no\n"
    )
    cues = spec.parts[0].contacts
    assert cues is not None
    dpo = [r for r in records(cues, read_text("Følgebrev.docx", letter)) if r.role == "dpo"]
    assert dpo[0].fields.names == ("Thomas Brenden",)
    assert dpo[0].fields.emails == ("thomas.brenden@hkf.no",)


@pytest.mark.parametrize(
    "contact",
    [
        "Kontaktperson hos Omsorgsteknikk AS er Knut Ervik, kundeansvarleg",
        "Kontaktpersonen vår der er Knut Ervik, kundeansvarleg",
    ],
)
def test_the_contact_at_the_company_named_as_processor_is_the_processors(
    spec: CaseTypeSpec, contact: str
) -> None:
    """R-CP-144: «Kontaktperson hos <the company named as processor>», or «… vår der», a
    sentence or two after the processor, names the processor's person."""
    body = (
        f"{CONTACTS}\nHendingane vert lagra i responsplattforma til Omsorgsteknikk AS, som er"
        " databehandlar for kommunen. Hendingsloggen vert sletta etter 30 dagar."
        f" {contact}, tlf. 915 22 487, e-post knut.ervik@omsorgsteknikk.no.\n"
    )
    verdict, note = part_one(check(spec, body))
    assert verdict is Verdict.PRESENT, note


def test_the_contact_at_another_company_than_the_processor_is_not_the_processors(
    spec: CaseTypeSpec,
) -> None:
    body = (
        f"{CONTACTS}\nHendingane vert lagra i responsplattforma til Omsorgsteknikk AS, som er"
        " databehandlar for kommunen. Hendingsloggen vert sletta etter 30 dagar. Kontaktperson"
        " hos Sensorhuset AS er Knut Ervik, tlf. 915 22 487, e-post knut.ervik@sensorhuset.no.\n"
    )
    verdict, note = part_one(check(spec, body))
    assert verdict is not Verdict.PRESENT, note
