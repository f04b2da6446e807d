"""R-CP-84: a package's name is not its members' names, measures not taken under a label, an
approval that «kommer», a signature column, and a one-row list of suppliers."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, Verdict, check_completeness
from completeness.contact_verdict import contact_facts
from completeness.cues import file_name_key
from completeness.deferrals import deferrals
from completeness.tables import approval_hits
from config.case_types import load_case_type
from reading.text import read_text


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def test_a_member_of_a_package_is_named_by_its_own_file_name() -> None:
    assert file_name_key("Solsikken_DPIA.zip/5_Godkjenning.pdf") == "5 godkjenning pdf"
    assert file_name_key("Forhåndsdrøftelse DPIA.eml/Vedlegg 2.docx") == "vedlegg 2 docx"
    assert file_name_key("4_Risiko.xlsx") == "4 risiko xlsx"


def _doc(name: str, text: str) -> Document:
    return Document(name, "application/pdf", len(text.encode()), "0" * 64, text)


def test_an_empty_risk_file_in_a_dpia_package_leaves_the_risk_assessment_missing(
    spec: CaseTypeSpec,
) -> None:
    body = (
        "Hei,\nVi ber om forhåndsdrøftelse for foreldreappen. Alt ligger i ZIP-filen.\n\n"
        "Kontaktperson: Kari Nordmann, 55 12 34 56, kari@solsikken.no\n"
        "Personvernombud: Ola Hansen, 55 12 34 57, ola@solsikken.no\n"
    )
    approval = (
        "Godkjenning av personvernkonsekvensvurdering\n"
        "Vurderingen er presentert for ledergruppen 05.11.2026, som godkjente den og "
        "restrisikoen. Foreldrerådet har gitt innspill, som er tatt inn i risikovurderingen.\n"
    )
    documents = [
        _doc("Pakke_DPIA.zip/4_Risiko.xlsx", ""),
        _doc("Pakke_DPIA.zip/5_Godkjenning.pdf", approval),
    ]
    report = check_completeness(spec, body, documents, "Forhåndsdrøftelse")
    assert report.parts[3].verdict is Verdict.MISSING


@pytest.mark.parametrize(
    "sentence",
    [
        "Ikkje gjennomført: Separat register for smitte er vurdert, men ikkje innført.",
        "Kryptering på klienten er vurdert, men ikke tatt i bruk.",
    ],
)
def test_measures_considered_and_not_taken_are_no_deferral(
    spec: CaseTypeSpec, sentence: str
) -> None:
    assert deferrals(spec, sentence) == (frozenset(), False)


def test_an_approval_that_kommer_is_still_to_come(spec: CaseTypeSpec) -> None:
    scoped, unscoped = deferrals(spec, "Ledelsens godkjenning kommer.")
    assert scoped or unscoped


def test_a_signature_column_signed_by_the_director_on_a_date_is_an_approval(
    spec: CaseTypeSpec,
) -> None:
    table = (
        "Navn\tStilling\tDato\tSignatur\n"
        "Bjørn Sætre\tAdministrerende direktør\t30.10.2026\tBjørn Sætre\n"
    )
    hits = approval_hits(spec, spec.part(5), [read_text("DPIA.docx", table)])
    assert [h.state.value for h in hits] == ["substantive"]
    prepared = "Navn\tStilling\tDato\tSignatur\nKari Nordmann\tProsjektleder\t30.10.2026\tKN\n"
    assert approval_hits(spec, spec.part(5), [read_text("DPIA.docx", prepared)]) == []


CUES = load_case_type().part(1).contacts
assert CUES is not None

_MAIL = (
    "Kontaktperson: Sigrid Hovland, 71 58 20 14, sigrid@kystarven.no\n\n"
    "Personvernombud: Håkon Strand, 915 40 263, hakon@museum.no\n\n"
    "Vi har databehandleravtale med leverandøren av analyseverktøyet.\n"
)


def test_the_one_supplier_of_a_supplier_list_is_the_unnamed_processor() -> None:
    sheet = (
        "Leverandør\tOrg.nr.\tAdresse\tKontakt\tTelefon\tE-post\n"
        "Romtell AS\t917 226 544\tIndustriveien 8, 7080 Heimdal\tIne Brekke\t73 82 11 90\t"
        "ine.brekke@romtell.no\n"
    )
    documents = [read_text("e-postteksten", _MAIL), read_text("Leverandører.xlsx", sheet)]
    facts, _ = contact_facts(CUES, documents, [])
    assert facts.processor_used
    assert facts.processor.lacking() == []


def test_two_suppliers_leave_the_unnamed_processor_unknown() -> None:
    sheet = (
        "Leverandør\tKontakt\tTelefon\tE-post\n"
        "Romtell AS\tIne Brekke\t73 82 11 90\tine.brekke@romtell.no\n"
        "Lysverk AS\tPer Lie\t73 82 11 91\tper@lysverk.no\n"
    )
    documents = [read_text("e-postteksten", _MAIL), read_text("Leverandører.xlsx", sheet)]
    facts, _ = contact_facts(CUES, documents, [])
    assert facts.processor.lacking() != []


NORDPARCEL_MAIL = (
    "Dear Datatilsynet,\nWe request prior consultation under Article 36 for photo proof of "
    "delivery. Our DPIA is attached.\n\nContact person: Ingrid Berg, +47 22 33 44 55, "
    "ingrid@nordparcel.no\nData protection officer: Priya Nair, +47 22 33 44 56, "
    "priya@nordparcel.no\n"
)
NORDPARCEL_DPIA = (
    "Data Protection Impact Assessment: Photo proof of delivery\n"
    "Description of the processing\n"
    "Drivers take a photo of every parcel left at the door, about 40,000 a day. Photos may "
    "show recipients and house numbers and are kept for 90 days in the claims system.\n"
    "Necessity and proportionality\n"
    "Claims for lost parcels cost NOK 18 million in 2025; photos settle most of them. Faces "
    "are blurred on the device, and recipients can opt out in the app.\n"
    "Risk assessment\n"
    "The risk analysis is still in progress and is not yet completed.\n"
    "Management approval\n"
    "Sign-off will be obtained once the risk analysis is done.\n"
)


def test_a_report_that_says_its_risk_chapter_is_in_progress_lacks_it_despite_its_title(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-85: the document's own title naming the DPIA does not outweigh what its risk
    chapter says, and an approval «will be obtained» later is still to come."""
    documents = [_doc("Data_Protection_Impact_Assessment.docx", NORDPARCEL_DPIA)]
    report = check_completeness(spec, NORDPARCEL_MAIL, documents, "Request for prior consultation")
    assert [p.verdict for p in report.parts[3:]] == [Verdict.MISSING, Verdict.MISSING]


# parts 2-4 of a ski resort's DPIA: what the tests of its validation stand beside
SKI_DPIA = (
    "Beskrivelse\nSkisenteret vil skanne heiskort ved hver heis og lagre passeringene i 30"
    " dager for å avdekke deling av sesongkort mellom flere gjester.\n\n"
    "Nødvendighet og proporsjonalitet\nDeling av kort koster senteret mye; vi har vurdert"
    " stikkprøver som mindre inngripende, men de avdekker lite. Passeringer slettes etter 30"
    " dager.\n\nRisikovurdering\nFeil mistanke mot gjest (sannsynlighet middels, konsekvens"
    " lav). Tiltak: gjesten får forklare seg. Restrisiko: lav.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeg har ikke rukket å ta den opp i ledermøtet ennå.",
        "Det er planlagt til 19. november, og jeg regner med at den blir godkjent der.",
        "DPIA-en forventes godkjent i styremøtet 12. mars.",
        "Vi forventer at styret godkjenner den i januar.",
        # R-CP-101
        "Saken skal behandles i fylkestannlegens ledermøte 12. mars 2027.",
        "Styret handsamar vurderinga når ho er ferdig.",
        "Vi reknar med at ho blir godkjend i leiarmøtet.",
        "The assessment is expected to be signed off next month.",
    ],
)
def test_an_approval_only_expected_is_still_to_come(spec: CaseTypeSpec, sentence: str) -> None:
    """R-CP-94: the validation part is what the sentence says is not there yet."""
    scoped, _ = deferrals(spec, sentence)
    assert 5 in scoped


def test_a_directors_reply_that_expects_approval_is_no_validation(spec: CaseTypeSpec) -> None:
    """R-CP-94: the quoted reply names the meeting, a date and the approval (three of the
    validation's concepts), but says the approval is only expected."""
    reply = (
        "Hei Kristin. Takk, ser grundig ut. Jeg har ikke rukket å ta den opp i ledermøtet ennå"
        " – det er planlagt til 19. november, og jeg regner med at den blir godkjent der. Du kan"
        " godt sende den inn allerede nå.\n"
    )
    body = f"Hei,\n\nVi ber om forhåndsdrøftelse for heiskortkontroll.\n\n> {reply}"
    report = check_completeness(spec, body, [_doc("DPIA.docx", SKI_DPIA)], "SV: Forhåndsdrøftelse")
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note


def test_a_meeting_named_in_a_compound_counts_for_the_validation(spec: CaseTypeSpec) -> None:
    """R-CP-99: «i ledermøtet» names the meeting as «i møtet» does: the director's quoted reply
    names who, the act and the meeting, and is the validation."""
    reply = (
        "Hei Kristin. Jeg har lest DPIA-en og oppsummeringen, og vi gikk gjennom den i ledermøtet"
        " i går sammen med hyttevelet og representanten for sesongkortkundene. Jeg godkjenner"
        " den. Send den til Datatilsynet.\n"
    )
    body = f"Hei,\n\nVi ber om forhåndsdrøftelse for heisportene.\n\n{reply}"
    report = check_completeness(spec, body, [_doc("DPIA.docx", SKI_DPIA)], "SV: Forhåndsdrøftelse")
    assert report.parts[4].verdict is Verdict.PRESENT, report.parts[4].note


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeg har ikke rukket å lese den, men styret godkjente DPIA-en 3. mars.",
        "Vi har ikke hatt tid til å gjøre mer, men styret godkjente vurderingen.",
        "Avtalen med leverandøren forventes godkjent i januar.",
        "The DPIA was approved; the contract is expected to be signed off next week.",
    ],
)
def test_an_approval_given_beside_something_else_expected_is_no_deferral(
    spec: CaseTypeSpec, sentence: str
) -> None:
    """R-CP-94 reads the approval only expected of the assessment itself, with its subject."""
    assert 5 not in deferrals(spec, sentence)[0]


def test_attendance_is_no_meeting(spec: CaseTypeSpec) -> None:
    """R-CP-99: «oppmøtet» is attendance; the paragraph touches two concepts, not three."""
    text = (
        "Styret har vedtatt at oppmøtet på trening skal registreres i appen, slik at trenerne"
        " ser hvem som kommer, og at fremmøtet summeres hver uke for hele laget."
    )
    found = approval_hits(spec, spec.part(5), [read_text("Beskrivelse.docx", text)])
    assert found == []
