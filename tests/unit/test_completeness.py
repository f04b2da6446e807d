"""Unit tests of the completeness check (pure; the parts come from the packaged YAML)."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import (
    CaseTypeSpec,
    CompletenessReport,
    PartResult,
    Verdict,
    check_completeness,
)
from completeness.fields import person_names, phones
from completeness.text import heading_title
from config.case_types import CaseTypeInvalid, load_case_type, parse_case_type

REQUEST = "Vi anmoder herved om forhåndsdrøftelse etter personvernforordningen artikkel 36."

CONTACTS = """Kontaktperson: Kari Nordmann, tlf. 55 56 78 90, kari.nordmann@eksempel.no
Personvernombud: Ola Hansen, tlf. 91 22 33 44, ola.hansen@eksempel.no"""

CONTENT = {
    2: "Selskapet skal bruke en ny app som samler inn posisjonsdata fra om lag 40 000 kunder "
    "for å beregne en kjøreskår. Data lagres hos selskapet i 90 dager og deles ikke videre.",
    3: "Behandlingen bygger på avtale med kunden og er frivillig. Vi har vurdert mindre "
    "inngripende alternativer, som kilometerstand, men disse gir ikke samme rabatt for kundene.",
    4: "Høy risiko knytter seg til kartlegging av bevegelser og automatiserte avgjørelser. "
    "Tiltak som er vurdert, men ikke gjennomført, er lokal beregning. Restrisikoen er høy.",
    5: "Konsernledelsen behandlet vurderingen to ganger og besluttet å be om forhåndsdrøftelse "
    "etter å ha sett funn, restrisiko og innspill fra kundepanelet og de tillitsvalgte.",
}
HEADINGS = {
    1: "1. Kontaktinformasjon",
    2: "2. Systematisk beskrivelse av behandlingen",
    3: "3. Vurdering av nødvendighet og proporsjonalitet",
    4: "4. Risikovurdering (DPIA)",
    5: "5. Ledelsens validering av DPIA",
}


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def dossier(skip: tuple[int, ...] = (), **replace: str) -> str:
    """A document with all five parts under headings; `p4="..."` replaces a part's text."""
    texts = {1: CONTACTS, **CONTENT}
    rows = []
    for number, heading in HEADINGS.items():
        if number not in skip:
            rows += [heading, replace.get(f"p{number}", texts[number]), ""]
    return "\n".join(rows)


def check(spec: CaseTypeSpec, body: str, *docs: tuple[str, str]) -> CompletenessReport:
    documents = [Document(name, "application/pdf", len(t), "0" * 64, t) for name, t in docs]
    return check_completeness(spec, body, documents, "Anmodning om forhåndsdrøftelse")


def verdict(report: CompletenessReport, number: int) -> Verdict:
    return report.parts[number - 1].verdict


def test_the_yaml_holds_five_parts_with_the_requirements_of_the_web_page(
    spec: CaseTypeSpec,
) -> None:
    assert [p.number for p in spec.parts] == [1, 2, 3, 4, 5]
    assert spec.part(1).requirements[0].startswith("Navn, telefonnummer og e-postadresse")
    assert spec.part(1).contacts is not None
    assert not spec.part(5).rejectable_alone  # docs/domain.md C5
    assert "ettersend\\w*" in spec.deferral_phrases


def test_a_case_type_with_a_bad_pattern_is_refused() -> None:
    part = {"number": 1, "name_nb": "a", "name_en": "b", "requirements": ["x"]}
    part["cues"] = {"headings": ["(unclosed"]}
    with pytest.raises(CaseTypeInvalid):
        parse_case_type({"key": "k", "name_nb": "a", "name_en": "b", "parts": [part]})


def test_a_complete_request_in_one_document_is_registered(spec: CaseTypeSpec) -> None:
    report = check(spec, REQUEST, ("dokumentasjon.pdf", dossier()))
    assert report.is_request
    assert report.outcome == "registered", [p.note for p in report.parts]


def test_a_missing_part_without_any_trace_is_clearly_missing(spec: CaseTypeSpec) -> None:
    report = check(spec, REQUEST, ("dokumentasjon.pdf", dossier(skip=(3,))))
    assert report.missing_parts == (3,)
    assert report.parts[2].note == "ingen treff"
    assert report.outcome == "incomplete"


def test_an_announced_dpia_makes_part_four_missing(spec: CaseTypeSpec) -> None:
    body = f"{REQUEST} DPIA-en ettersendes så snart den er klar."
    report = check(spec, body, ("dokumentasjon.pdf", dossier(skip=(4,))))
    assert report.missing_parts == (4,)
    assert "varslet ettersendt" in report.parts[3].note
    assert report.parts[3].evidence[0].source == "e-postteksten"


def test_a_deferral_of_something_else_does_not_flip_a_present_part(spec: CaseTypeSpec) -> None:
    body = f"{REQUEST} Vedlegg 7 (leverandørens sikkerhetsdokumentasjon) ettersendes."
    report = check(spec, body, ("dokumentasjon.pdf", dossier()))
    assert report.outcome == "registered"


def test_considered_but_not_implemented_measures_are_content_not_a_deferral(
    spec: CaseTypeSpec,
) -> None:
    report = check(spec, REQUEST, ("dokumentasjon.pdf", dossier()))
    assert verdict(report, 4) is Verdict.PRESENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Vurderingen av nødvendighet og proporsjonalitet kommer senere.",
        "Nødvendighetsvurderingen kjem seinare.",
        "The necessity and proportionality assessment will follow.",
        "The assessment of proportionality has not yet been completed.",
    ],
)
def test_deferrals_in_bokmal_nynorsk_and_english(spec: CaseTypeSpec, sentence: str) -> None:
    report = check(spec, f"{REQUEST} {sentence}", ("dok.pdf", dossier(skip=(3,))))
    assert report.missing_parts == (3,), report.parts[2].note


def test_a_deferral_under_the_parts_own_heading_makes_it_missing(spec: CaseTypeSpec) -> None:
    report = check(spec, REQUEST, ("dok.pdf", dossier(p5="Ettersendes.")))
    assert report.missing_parts == (5,)


def test_a_heading_with_an_empty_section_is_missing(spec: CaseTypeSpec) -> None:
    report = check(spec, REQUEST, ("dok.pdf", dossier(p5="")))
    assert verdict(report, 5) is Verdict.MISSING
    assert "tom seksjon" in report.parts[4].note


def test_a_mention_in_a_long_attachment_is_uncertain_not_missing(spec: CaseTypeSpec) -> None:
    note = dossier(skip=(5,)) + "\nVurderingen er omtalt i ledelsens gjennomgang i fjor."
    report = check(spec, REQUEST, ("dok.pdf", note))
    assert verdict(report, 5) is Verdict.UNCERTAIN


def test_one_document_per_part_is_recognised_by_file_name(spec: CaseTypeSpec) -> None:
    files = [
        ("kontaktinformasjon.docx", CONTACTS),
        ("beskrivelse.pdf", CONTENT[2]),
        ("nodvendighet_og_forholdsmessighet.docx", CONTENT[3]),
        ("DPIA.pdf", CONTENT[4]),
        ("ledelsens_godkjenning.pdf", CONTENT[5]),
    ]
    assert check(spec, REQUEST, *files).outcome == "registered"


def test_parts_written_in_the_mail_body_with_labels_are_found(spec: CaseTypeSpec) -> None:
    body = "\n\n".join(
        [
            REQUEST,
            CONTACTS,
            f"Beskrivelse av behandlingen: {CONTENT[2]}",
            f"Nødvendighet og forholdsmessighet: {CONTENT[3]}",
            f"Risikovurdering: {CONTENT[4]}",
            f"Ledelsens godkjenning: {CONTENT[5]}",
        ]
    )
    assert check(spec, body).outcome == "registered"


def test_a_public_body_without_dpo_misses_part_one(spec: CaseTypeSpec) -> None:
    contacts = "Kontaktperson: Kari Nordmann, tlf. 55 56 78 90, kari.nordmann@eksempel.no"
    body = f"{REQUEST}\n\nMed vennlig hilsen\nKari Nordmann\nEksempel kommune"
    report = check(spec, body, ("dok.pdf", dossier(p1=contacts)))
    assert report.missing_parts == (1,)
    assert "offentlig organ" in report.parts[0].note


def test_a_private_company_without_dpo_goes_to_review(spec: CaseTypeSpec) -> None:
    contacts = "Kontaktperson: Kari Nordmann, tlf. 55 56 78 90, kari.nordmann@eksempel.no"
    report = check(spec, REQUEST, ("dok.pdf", dossier(p1=contacts)))
    assert verdict(report, 1) is Verdict.UNCERTAIN
    assert "personvernombud ikke oppgitt" in report.parts[0].note


def test_a_contact_person_without_phone_is_missing_the_phone(spec: CaseTypeSpec) -> None:
    contacts = CONTACTS.replace("tlf. 55 56 78 90, ", "")
    report = check(spec, REQUEST, ("dok.pdf", dossier(p1=contacts)))
    assert verdict(report, 1) is Verdict.MISSING
    assert report.parts[0].note == "kontaktperson mangler telefon"


def test_a_named_processor_needs_contact_details(spec: CaseTypeSpec) -> None:
    named = CONTACTS + "\nDatabehandler: Analytiq AS"
    with_contact = named + ", v/ Per Olsen, tlf. 22 33 44 55, per.olsen@analytiq.no"
    assert verdict(check(spec, REQUEST, ("d.pdf", dossier(p1=named))), 1) is Verdict.MISSING
    assert verdict(check(spec, REQUEST, ("d.pdf", dossier(p1=with_contact))), 1) is Verdict.PRESENT


def test_the_sender_can_be_the_contact_person(spec: CaseTypeSpec) -> None:
    contacts = "Kontaktperson er undertegnede. " + CONTACTS.splitlines()[1]
    body = f"{REQUEST}\n\nVennlig hilsen\nKari Nordmann\nTlf. 900 12 345\nkari@eksempel.no"
    report = check(spec, body, ("dok.pdf", dossier(p1=contacts)))
    assert verdict(report, 1) is Verdict.PRESENT


def test_no_contact_details_at_all_is_clearly_missing(spec: CaseTypeSpec) -> None:
    report = check(spec, REQUEST, ("dok.pdf", dossier(skip=(1,))))
    assert report.missing_parts == (1,)


@pytest.mark.parametrize(
    "body",
    [
        "Må vi be om forhåndsdrøftelse for dette prosjektet?",
        "Vi lurer på om vi trenger en DPIA. Kan dere veilede oss?",
        "Vi ønsker et veiledningsmøte om vår planlagte kameraovervåking.",
        "Do we need to request a prior consultation for this system?",
        "Nyhetsbrev: nytt fra personvernverdenen. Meld deg av her.",
    ],
)
def test_questions_and_other_mail_are_not_requests(spec: CaseTypeSpec, body: str) -> None:
    report = check(spec, body, ("dok.pdf", dossier(skip=(5,))))
    assert not report.is_request
    assert report.request_note.startswith("ikke en anmodning om forhåndsdrøftelse")
    assert report.outcome == "needs_review"


def test_without_explicit_wording_an_incomplete_submission_is_not_rejected(
    spec: CaseTypeSpec,
) -> None:
    documents = [Document("dpia.pdf", "application/pdf", 1, "0" * 64, dossier(skip=(5,)))]
    report = check_completeness(spec, "Hei, se vedlegg.", documents, "DPIA")
    assert not report.is_request
    assert report.outcome == "needs_review"


def test_an_unreadable_attachment_prevents_any_clear_miss(spec: CaseTypeSpec) -> None:
    documents = [Document("skann.pdf", "application/pdf", 90_000, "0" * 64, "")]
    report = check_completeness(spec, REQUEST, documents, "Forhåndsdrøftelse")
    assert report.missing_parts == ()
    assert report.outcome == "needs_review"


def test_evidence_names_the_page_and_keeps_excerpts_short(spec: CaseTypeSpec) -> None:
    text = dossier().replace("4. Risikovurdering", "\f4. Risikovurdering")
    report = check(spec, REQUEST, ("dok.pdf", text + "x " * 500))
    risk = report.parts[3].evidence[0]
    assert (risk.source, risk.location) == ("dok.pdf", "side 2")
    assert all(len(e.excerpt) <= 200 for p in report.parts for e in p.evidence)


@pytest.mark.parametrize(
    ("line", "title", "depth"),
    [
        ("3. Risikovurdering", "Risikovurdering", 1),
        ("3.1 Metode", "Metode", 2),
        ("Del 3: Nødvendighet", "Nødvendighet", 1),
        ("Kapittel 4 – Risiko", "Risiko", 1),
        ("12 ansatte har tilgang", "12 ansatte har tilgang", 0),
    ],
)
def test_heading_numbering_is_removed(line: str, title: str, depth: int) -> None:
    assert heading_title(line) == (title, depth)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("tlf. 55 56 78 90", True),
        ("+47 900 12 345", True),
        ("Mobil: 90012345", True),
        ("+46 8 555 123 45", True),
        ("org.nr. 974 760 673", False),
        ("møte 12.03.2025", False),
    ],
)
def test_phone_numbers(text: str, found: bool) -> None:
    assert bool(phones(text)) is found


def test_names_are_capitalised_word_pairs_but_not_labels() -> None:
    assert person_names("Kari Nordmann, seniorrådgiver") == ("Kari Nordmann",)
    assert not person_names("Tlf Telefon")


def test_outcome_follows_the_verdicts() -> None:
    def report(*verdicts: Verdict, is_request: bool = True) -> CompletenessReport:
        parts = tuple(PartResult(n, v, (), "") for n, v in enumerate(verdicts, 1))
        return CompletenessReport(is_request, "", parts)

    present, missing, uncertain = Verdict.PRESENT, Verdict.MISSING, Verdict.UNCERTAIN
    assert report(present, present).outcome == "registered"
    assert report(present, missing).outcome == "incomplete"
    assert report(missing, uncertain).outcome == "needs_review"
    assert report(present, missing, is_request=False).outcome == "needs_review"
    assert report(missing, uncertain).missing_parts == (1,)
    assert report(missing, uncertain).uncertain_parts == (2,)


# --- part 1: contact details however the lines are wrapped ----------------------------------

WRAPPED = """Kontaktperson: Kari Nordmann, seksjonsleder digitalisering, telefon 55 56 20 00, e-post
kari.nordmann@bergen.kommune.no. Personvernombud: Ola Hansen, telefon 55 56 21 10, e-post
personvernombud@bergen.kommune.no."""


def part_one(spec: CaseTypeSpec, contacts: str, body: str = REQUEST) -> PartResult:
    return check(spec, body, ("dok.pdf", dossier(p1=contacts))).parts[0]


@pytest.mark.parametrize(
    "contacts",
    [
        WRAPPED,
        # wrapped inside a phone number and after a role label
        "Kontaktperson for saken er Kari Nordmann, tlf. 55 56\n20 00, kari.nordmann@eksempel.no, "
        "og kommunens\npersonvernombud er Ola Hansen, tlf. 91 22 33 44, ola.hansen@eksempel.no.",
        # hyphenated at line ends, and an address broken after its «@»
        "Kontakt-\nperson: Kari Nordmann, tlf. 55 56 78 90, kari.nordmann@\neksempel.no. "
        "Personvern-\nombud: Ola Hansen, tlf. 91 22 33 44, ola.hansen@eksempel.no",
        # a form: the fields on their own lines under each role label
        "Kontaktperson\nNavn: Kari Nordmann\nTelefon: 55 56 78 90\n"
        "E-post: kari.nordmann@eksempel.no\nPersonvernombud:\n\nNavn: Ola Hansen\n"
        "Telefon: 91 22 33 44\nE-post: ola.hansen@eksempel.no",
        # a table as DOCX and ODT hand it over: one row per role, cells separated by tabs
        "Rolle\tNavn\tTelefon\tE-post\nKontaktperson\tKari Nordmann\t55 56 78 90\t"
        "kari.nordmann@eksempel.no\nPersonvernombud\tOla Hansen\t91 22 33 44\t"
        "ola.hansen@eksempel.no",
        # a name card: the name on the line above the role
        "Kari Nordmann\nKontaktperson\n55 56 78 90\nkari.nordmann@eksempel.no\nOla Hansen\n"
        "Personvernombud\n91 22 33 44\nola.hansen@eksempel.no",
        "Kontaktperson og personvernombud: Kari Nordmann, tlf. 55 56 78 90, kari@eksempel.no",
        # the details before the label
        CONTACTS.splitlines()[0]
        + "\nOla Hansen (tlf. 91 22 33 44, ola.hansen@eksempel.no) er vårt personvernombud.",
    ],
)
def test_contact_details_are_found_however_the_lines_wrap(
    spec: CaseTypeSpec, contacts: str
) -> None:
    result = part_one(spec, contacts)
    assert result.verdict is Verdict.PRESENT, result.note


def test_the_demo_paragraph_wrapped_by_a_pdf_is_present(spec: CaseTypeSpec) -> None:
    body = f"{REQUEST}\n\nMed vennlig hilsen\nKari Nordmann\nBergen kommune"
    result = part_one(spec, WRAPPED, body)
    assert result.verdict is Verdict.PRESENT, result.note


def test_a_role_never_takes_the_details_of_the_next_role(spec: CaseTypeSpec) -> None:
    contacts = (
        "Kontaktperson: Kari Nordmann, tlf. 55 56 78 90, kari.nordmann@eksempel.no. Vårt\n"
        "personvernombud er Ola Hansen. Databehandler er Analytiq AS ved Per Olsen, tlf.\n"
        "22 33 44 55, per.olsen@analytiq.no."
    )
    result = part_one(spec, contacts)
    assert result.verdict is not Verdict.PRESENT
    assert "personvernombud" in result.note


def test_a_table_row_without_e_mail_does_not_borrow_the_next_row(spec: CaseTypeSpec) -> None:
    contacts = (
        "Kontaktperson\tKari Nordmann\t55 56 78 90\t\n"
        "Personvernombud\tOla Hansen\t91 22 33 44\tola.hansen@eksempel.no"
    )
    result = part_one(spec, contacts)
    assert result.verdict is Verdict.MISSING
    assert result.note == "kontaktperson mangler e-post"


def test_a_contact_line_right_under_the_processor_is_the_processors(spec: CaseTypeSpec) -> None:
    contacts = CONTACTS + "\nDatabehandler\nFirma: Analytiq AS\nKontakt: Per Olsen\n"
    contacts += "Telefon: 22 33 44 55\nE-post: per.olsen@analytiq.no"
    assert part_one(spec, contacts).verdict is Verdict.PRESENT


def test_a_country_domain_before_a_dpo_label_is_no_negation(spec: CaseTypeSpec) -> None:
    contacts = (
        "Contact person: Jonas Vik, +47 918 77 654, jonas.vik@lendly.no Data protection officer:\n"
        "Hanne Brekke, +47 21 42 00 42, dpo@lendly.no"
    )
    assert part_one(spec, contacts).verdict is Verdict.PRESENT


# --- a deferral that names several parts -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "missing"),
    [
        ("Risikovurdering (DPIA) og ledelsens validering av DPIA ettersendes når styret har "
         "behandlet dem.", (4, 5)),
        ("Risikovurderinga og leiinga si godkjenning av ho vert ettersende etter fylkestinget.",
         (4, 5)),
        ("The DPIA, the necessity and proportionality assessment as well as the board approval "
         "will follow next month.", (3, 4, 5)),
        ("Vi ettersender nødvendighetsvurderingen samt styrets godkjenning.", (3, 5)),
        ("Ledelsens validering av DPIA og nødvendighetsvurderingen ettersendes.", (3, 5)),
        ("Følgende ettersendes:\n- Risikovurdering (DPIA)\n- Ledelsens validering av DPIA", (4, 5)),
        ("Følgende dokumentasjon ettersendes:\n\n- risikovurdering\n\n- styrets godkjenning\n\n"
         "Vi ser fram til dialog.", (4, 5)),
        ("The following will follow:\n\n* DPIA report\n* Board approval", (4, 5)),
    ],
)  # fmt: skip
def test_a_deferral_naming_several_parts_makes_each_missing(
    spec: CaseTypeSpec, sentence: str, missing: tuple[int, ...]
) -> None:
    report = check(spec, f"{REQUEST}\n\n{sentence}", ("dok.pdf", dossier(skip=missing)))
    assert report.missing_parts == missing, [p.note for p in report.parts]
    assert report.outcome == "incomplete"


def test_a_part_named_in_a_deferral_but_present_elsewhere_stays_present(
    spec: CaseTypeSpec,
) -> None:
    body = f"{REQUEST}\n\nOppdatert risikovurdering og ledelsens validering ettersendes."
    report = check(spec, body, ("dok.pdf", dossier(skip=(5,))))
    assert report.missing_parts == (5,)
    assert verdict(report, 4) is Verdict.PRESENT


@pytest.mark.parametrize(
    "sentence",
    [
        "Beskrivelsen av behandlingen er vedlagt, og ledelsens validering ettersendes.",
        "Risikovurderingen ligger ved, men ledelsens validering ettersendes.",
    ],
)
def test_a_neighbouring_statement_is_not_part_of_the_deferral(
    spec: CaseTypeSpec, sentence: str
) -> None:
    body = f"{REQUEST}\n\n{sentence}"
    report = check(spec, body, ("dok.pdf", dossier(skip=(5,))))
    deferred = [p.number for p in report.parts if "varslet ettersendt" in p.note]
    assert deferred == [5]


def test_a_list_of_attachments_deferred_does_not_flip_present_parts(spec: CaseTypeSpec) -> None:
    body = f"{REQUEST} Vedlegg 7 og vedlegg 8 ettersendes når leverandøren har levert dem."
    assert check(spec, body, ("dok.pdf", dossier())).outcome == "registered"
