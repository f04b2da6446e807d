"""R-CP-80: attachments named in the mail, leaders' decisions, prose a PDF wraps, the sentence a
detail stands in, and a processor's contact card."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.cues import _strayed
from completeness.deferrals import deferrals
from completeness.fields import organisations, person_names
from completeness.records import records
from config.case_types import load_case_type
from reading.blocks import Kind
from reading.text import read_text


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


DPIA = """1 Behandlingen
Kassesystemet skal gjenkjenne kunder i kundeklubben som kjøper store mengder paracetamol over kort
tid. Alle 180 000 klubbmedlemmer vurderes; kjøpshistorikk lagres 30 dager.
Databehandler: Lojalitetshuset AS, kontakt Mona Gran, tlf. 22 40 18 60, mona.gran@lojalitet.no.
2 Nødvendighet og proporsjonalitet
Paracetamolforgiftning er vanligste forgiftning hos unge. Grunnlag: artikkel 9 nr. 2 bokstav h.
Bare antall pakninger inngår. Samtalen er frivillig, og kunden informeres.
3 Risikovurdering
Kunden kan oppleve seg mistenkeliggjort (risiko høy). Tiltak: opplæring i samtaleteknikk.
Profilering av klubbmedlemmer (risiko middels). Tiltak: kun mengde, 30 dager. Restrisiko: lav.
"""
SIGNATURE = (
    "Vennlig hilsen\nHåkon Vatne\nJuridisk rådgiver, Apotek Nordlys AS\nMobil: 977 40 118\n"
    "hakon.vatne@apotek.no\n"
)
DPO = "Personvernombud er Line Mørch, telefon 74 05 92 48, e-post line.morch@apotek.no.\n"


def check(spec: CaseTypeSpec, body: str, *documents: tuple[str, str]) -> CompletenessReport:
    docs = [Document(n, "application/pdf", len(t), "0" * 64, t) for n, t in documents]
    return check_completeness(spec, body, docs, "Forhåndsdrøftelse – varsling")


def test_a_decision_only_named_as_attached_is_missing_when_its_file_is_empty(
    spec: CaseTypeSpec,
) -> None:
    body = (
        "Hei,\n\nApotek Nordlys ber om forhåndsdrøftelse for varsling ved mistenkelig kjøp. "
        "Vedlagt er DPIA og administrerende direktørs beslutning.\n\nKontaktperson: meg. "
        f"{DPO}\n{SIGNATURE}"
    )
    report = check(spec, body, ("DPIA.pdf", DPIA), ("Beslutning_adm_dir_signert.pdf", ""))
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note
    assert report.missing_parts == (5,)


def test_a_leaders_decision_said_to_follow_defers_the_validation(spec: CaseTypeSpec) -> None:
    body = (
        "Til Datatilsynet\n\nApotek Nordlys ber om forhåndsdrøftelse, se vedlagte DPIA. Som det "
        f"fremgår av e-posten under, ettersendes direktørens beslutning.\n{DPO}\n{SIGNATURE}"
    )
    report = check(spec, body, ("DPIA.pdf", DPIA))
    assert report.parts[4].verdict is Verdict.MISSING, report.parts[4].note


WRAPPED = """Kontaktpunkter
Kontaktperson: Trine Aas, telefon +47 23 17 60 42, trine.aas@parknord.no. Personvernombud: Vegard
Holmsen, telefon +47 23 17 60 00 (sentralbord), vegard.holmsen@parknord.no. Databehandler:
Inkassera AS, kontaktperson Lise Dahl, telefon +47 22 86 15 30.
"""


def test_prose_a_pdf_wrapped_is_one_paragraph_not_fields() -> None:
    blocks = read_text("DPIA.pdf", WRAPPED).blocks
    assert [b.kind for b in blocks] == [Kind.HEADING, Kind.PARAGRAPH]


def test_a_detail_belongs_to_the_sentence_it_stands_in(spec: CaseTypeSpec) -> None:
    body = "Hei,\n\nParkNord AS ber om forhåndsdrøftelse for automatisk inkasso.\n"
    lines = DPIA.splitlines(keepends=True)
    without_processor = "".join(line for line in lines if not line.startswith("Databehandler"))
    report = check(spec, body, ("DPIA.pdf", WRAPPED + without_processor))
    assert report.parts[0].verdict is Verdict.MISSING, report.parts[0].note
    assert report.parts[0].note == "databehandler nevnt, men mangler e-post"


def test_a_line_opening_like_a_field_goes_on_with_unfinished_prose() -> None:
    text = (
        "Personvernombodet vårt er det interkommunale ombodet for Sogn-kommunane, Eirik Vangsnes,"
        " som har\ntelefon 57 65 88 10 og e-post eirik.vangsnes@sognikt.no. Tenesta vert levert.\n"
    )
    blocks = read_text("mail", text).blocks
    assert len(blocks) == 1 and blocks[0].kind is Kind.PARAGRAPH


def test_a_contact_card_at_the_processors_organisation_is_its_contact(
    spec: CaseTypeSpec,
) -> None:
    sheet = (
        "Kontaktperson: Trine Aas, telefon +47 23 17 60 42, trine.aas@parknord.no.\n"
        "Personvernombud: Vegard Holmsen, telefon +47 23 17 60 00, vegard.holmsen@parknord.no.\n"
        "Databehandler: Skiltdata OÜ, se kontaktkort i e-posten.\n"
    )
    card = "Kadri Lepp, Account manager, Skiltdata OÜ, telefon +372 5340 1187, e-post k@s.ee.\n"
    body = "Hei,\n\nParkNord AS ber om forhåndsdrøftelse for kamerabasert parkering.\n"
    report = check(spec, body, ("DPIA.pdf", sheet + DPIA), ("Kadri Lepp.vcf", card))
    assert report.parts[0].verdict is Verdict.PRESENT, report.parts[0].note


@pytest.mark.parametrize("name", ["Skiltdata OÜ", "Presentia Oyj", "Nordic Data A/S", "Acme plc"])
def test_company_forms_from_abroad_name_an_organisation(name: str) -> None:
    found = organisations(f"Databehandler er {name}, Tallinn.")
    assert len(found) == 1 and found[0].endswith(name)


def test_a_request_wrapped_over_two_lines_is_explicit(spec: CaseTypeSpec) -> None:
    body = (
        "Til Datatilsynet\n\nVideresender på vegne av prosjektleder Kjetil Amundrud en anmodning"
        " om\nforhåndsdrøftelse for prosjektet HjerteSpor. Se vedlagt DPIA.\n"
    )
    report = check_completeness(spec, body, [], "VS: DPIA HjerteSpor til Datatilsynet")
    assert report.is_request, report.request_note
    assert "anmodning om forhåndsdrøft" in report.request_note


def test_another_errand_wrapped_over_two_lines_is_seen(spec: CaseTypeSpec) -> None:
    body = "Hei,\n\nVi lurer\npå om kameraene i butikken trenger en forhåndsdrøftelse.\n"
    report = check_completeness(spec, body, [], "Kamera i butikk")
    assert not report.is_request
    assert "lurer på" in report.request_note


def test_a_clause_without_its_subject_defers_the_sentences_first(spec: CaseTypeSpec) -> None:
    sentence = "ROS-analysen er bestilt fra sikkerhetsseksjonen, men er ikke gjennomført ennå."
    assert deferrals(spec, sentence) == (frozenset({4}), False)


def test_a_label_after_a_name_is_no_part_of_it() -> None:
    assert person_names("Vår kontaktperson er Ane Holter Telefon: 22 33 44 55") == ("Ane Holter",)


def test_a_name_under_a_role_line_is_that_roles_not_the_next_rows(spec: CaseTypeSpec) -> None:
    assert spec.part(1).contacts is not None
    text = "Personvernombud\nPer Moe\nDatabehandler\tLagring AS, post@lagring.no\n"
    found = records(spec.part(1).contacts, read_text("Kontakter.docx", text))
    assert [(r.role, r.fields.names) for r in found] == [("dpo", ("Per Moe",)), ("processor", ())]


def test_a_bare_contact_label_after_the_processors_sentence_is_the_processors_person(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-90: the paragraph names the contact person first; «Kontakt:» opens the sentence
    after the processor's, so Marte Olsen is the processor's, and part 1 is complete."""
    paragraph = (
        "Jeg er kontaktperson for saken. Personvernombudet vårt er advokat Stian Hætta, tlf. 78 44"
        " 21 90, sh@arktisadvokat.no. Leverandøren av appen, AlcoSafe Norge AS, er databehandler."
        " Kontakt: Marte Olsen, tlf. 22 90 14 60, marte.olsen@alcosafe.no.\n"
    )
    found = records(spec.parts[0].contacts, read_text("e-postteksten", paragraph))  # type: ignore[arg-type]
    processor = [r for r in found if r.role == "processor"]
    assert any(r.fields.emails == ("marte.olsen@alcosafe.no",) for r in processor)
    assert not any(
        "marte.olsen@alcosafe.no" in r.fields.emails for r in found if r.role == "contact"
    )


def test_a_bare_contact_label_further_on_is_not_the_processors(spec: CaseTypeSpec) -> None:
    """R-CP-90 reads the next sentence only: a «Kontakt:» two sentences on names no one's."""
    paragraph = (
        "Leverandøren av appen, AlcoSafe Norge AS, er databehandler. Appen lagrer resultatet i"
        " ett døgn. Kontakt: Marte Olsen, tlf. 22 90 14 60, marte.olsen@alcosafe.no.\n"
    )
    found = records(spec.parts[0].contacts, read_text("e-postteksten", paragraph))  # type: ignore[arg-type]
    assert not any(r.fields.emails for r in found if r.role == "processor")


def test_a_paragraph_about_the_validation_that_names_the_dpia_is_no_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-91: the board's decision names the DPIA, but it is management's validation; the
    risk section's one sentence is all there is of the risk assessment."""
    body = (
        "Hei!\n\nApotek Nordlys AS ber om forhåndsdrøftelse.\n\n"
        "RISIKO OG TILTAK\n\nVi har vurdert risikoen og mener den er håndterbar.\n\n"
        "GODKJENNING\n\nStyret behandlet DPIA-en i møte 2. oktober (sak 14/26) og på nytt 23."
        " oktober 2026. Daglig leder la fram vurderingen og funnene, og innspill fra"
        " verneombudet ble gjennomgått. Vedtak 23.10.2026: Styret godkjenner DPIA-en.\n"
    )
    report = check(spec, body)
    assert report.parts[3].verdict is not Verdict.PRESENT, report.parts[3].note


def test_the_boards_decision_under_an_unknown_heading_after_the_risks_is_the_validation(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-91: «Godkjenning» is no cue, so the risk section reaches over it; the paragraph
    under it carries the validation whole and names no risk."""
    body = (
        "Hei,\n\nPuls Arena AS ber om forhåndsdrøftelse.\n\nRisiko\n\n"
        "- PT får innsikt i helseforhold: sannsynlighet middels, konsekvens høy. Tiltak:"
        " begrensning av datatyper.\n\nGodkjenning\n\n"
        "Ledergruppen gikk gjennom DPIA-en 6. og 27. oktober 2026 og styret behandlet den 11."
        " november 2026 (sak 9/26). Presentasjonen og funnene, innspill fra medlemspanelet og de"
        " ansattes tillitsvalgte ble lagt fram. Vedtak: DPIA godkjent.\n"
    )
    validation = check(spec, body).parts[4]
    assert validation.verdict is Verdict.PRESENT, validation.note


def test_a_second_contact_person_after_the_processors_sentence_is_the_processors(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-90: the controller's contact person is named first («Kontaktperson er
    underteikna»); a «Kontaktperson:» after the processor's long sentence is the processor's."""
    paragraph = (
        "Kontaktperson er underteikna (sjå signaturen). Personvernombod er Gunnar Aasen, tlf. 22"
        " 47 43 00, personvernombud@folkehogskole.no. Databehandlar: Turspor AS, org.nr. 925 331"
        " 870, Kaigata 8, 6900 Florø – leverandør av sporingsappen (databehandlar). Kontaktperson:"
        " Magnhild Solheim, +47 57 74 20 10, magnhild@turspor.no\n"
    )
    found = records(spec.parts[0].contacts, read_text("e-postteksten", paragraph))  # type: ignore[arg-type]
    assert any(r.role == "processor" and r.fields.emails == ("magnhild@turspor.no",) for r in found)


def test_the_first_contact_person_after_the_processor_stays_the_controllers(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-90: with no contact person named before, «Kontaktperson:» is the controller's."""
    paragraph = (
        "Personvernombod er Gunnar Aasen, tlf. 22 47 43 00, personvernombud@folkehogskole.no."
        " Databehandlar er Turspor AS, leverandør av sporingsappen. Kontaktperson: Ingrid"
        " Myklebust, tlf. 57 74 11 00, ingrid@vestlandsk.no\n"
    )
    found = records(spec.parts[0].contacts, read_text("e-postteksten", paragraph))  # type: ignore[arg-type]
    assert any(r.role == "contact" and r.fields.emails == ("ingrid@vestlandsk.no",) for r in found)


def test_the_validation_under_a_row_that_names_the_dpo_is_the_validation(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-167: a workflow table's row «Uttalelse personvernombud | …» may be read as the
    contacts' heading; the rows under it that carry the validation whole are the validation.
    The contacts have no content signature, so their heading cannot own what the rows say."""
    row = (
        "Behandlet i konsernledelsen | Ola Berg, konsernsjef | 17.11.2026 og 01.12.2026 |"
        " Presentasjon av funn og innspill fra kommunene; godkjent av konsernsjefen 01.12.2026"
    )
    validation = spec.parts[4]
    assert _strayed(spec, validation, frozenset({1}), row)
    assert not _strayed(
        spec, validation, frozenset({4}), f"{row}. Restrisiko høy, sannsynlighet lav"
    )


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        (
            "[Namn og stilling] | [dd.mm.åååå] | [Signatur frå kommunedirektør eller den som har"
            " fått delegert mynde]\n[Skriv inn kva møte DPIA-en er handsama i, dato og"
            " saksnummer.]",
            Verdict.UNCERTAIN,
        ),
        (
            "Kari Dahl, kommunedirektør | 12.11.2026 | Godkjend etter møte i leiargruppa",
            Verdict.PRESENT,
        ),
        # a filled line's mark of its signature stays the writer's (found on review)
        ("Godkjent av: Geir Olsen, styreleder, 06.11.2026 [signatur]", Verdict.PRESENT),
    ],
)
def test_a_sign_off_tables_placeholders_record_no_validation(
    spec: CaseTypeSpec, row: str, verdict: Verdict
) -> None:
    """R-CP-170: «[Namn og stilling] | [dd.mm.åååå] | [Signatur …]» names who and when for the
    writer to fill in; the filled row is the validation."""
    text = f"{DPIA}\nGodkjent av | Dato | Signatur\n{row}\n"
    validation = check(spec, "Vi ber om forhåndsdrøfting.", ("DPIA.docx", text)).parts[4]
    assert validation.verdict is verdict, validation.note
