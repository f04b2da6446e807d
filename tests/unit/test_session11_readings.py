"""R-CP-78 and R-CP-79: pointers under long headings, pending sign-off rows, lettered parts,
risk in plain words, a signature's numbers, and no validation of a DPIA that is not done."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.cues import _not_about
from completeness.text import heading_title
from config.case_types import load_case_type


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


CONTACTS = """Kontaktperson: Morten Skaar, tlf. 482 19 506, morten.skaar@forbundet.no.
Personvernombud: Line Fossum, tlf. 23 06 41 30, personvernombud@forbundet.no.
Forbundet bruker ingen databehandler.
"""
DESCRIPTION = """Hva skal vi gjøre med medlemmenes opplysninger?
Forbundet vil bruke en app der streikevakter sjekker inn med posisjon, slik at streikeledelsen
vet hvor det står vakter. Inntil 9 000 medlemmer; posisjon og tidspunkt lagres i høyst 6 måneder.
"""
NECESSITY = """Hvorfor er det nødvendig, og står det i forhold til formålet?
Streikebidrag kan bare utbetales for dokumentert streikevakt. Posisjon registreres bare ved inn-
og utsjekking. Vi har vurdert papirlister, men de blir borte. Medlemmet ser egne innsjekkinger.
"""
RISK = """Hva kan gå galt for medlemmene?
Posisjonsdata kan avsløre bosted (risiko: høy). Tiltak: bare inn- og utsjekking registreres.
Arbeidsgiver kan få vite om streikevakter (risiko: middels). Tiltak: tilgang bare for komiteen.
Restrisikoen er vurdert som lav etter tiltakene.
"""
BOARD = """Hva har forbundsledelsen bestemt?
Forbundsstyret gikk gjennom vurderingen 12. november 2026. Funn, restrisiko og innspill fra
personvernombudet ble lagt fram. Styret godkjente vurderingen.
"""
BODY = "Hei,\n\nVi ber om forhåndsdrøftelse for streikeregisteret.\n"


def check(spec: CaseTypeSpec, *documents: tuple[str, str]) -> CompletenessReport:
    docs = [Document(n, "application/pdf", len(t), "0" * 64, t) for n, t in documents]
    return check_completeness(spec, BODY, docs, "Forhåndsdrøftelse – streikeregister")


def verdicts(report: CompletenessReport) -> dict[int, Verdict]:
    return {p.number: p.verdict for p in report.parts}


def test_a_pointer_under_a_long_question_heading_to_an_empty_file_is_missing(
    spec: CaseTypeSpec,
) -> None:
    pointer = (
        "Hva kan gå galt for medlemmene?\nRisikovurderingen er gjort i et eget dokument, "
        "se vedlagt «Risikovurdering.pdf».\n"
    )
    text = CONTACTS + DESCRIPTION + NECESSITY + pointer + BOARD
    report = check(spec, ("Anmodning.pdf", text), ("Risikovurdering.pdf", ""))
    assert verdicts(report)[4] is Verdict.MISSING, report.parts[3].note
    assert report.missing_parts == (4,)


def test_a_pending_row_of_a_sign_off_table_defers_the_validation(spec: CaseTypeSpec) -> None:
    sign_off = (
        "Rolle | Navn | Dato | Beslutning\n"
        "Utarbeidet | Siri Bakkevold | 12.11.2026 | Ferdig utkast\n"
        "Ledelsens validering | Ledergruppen | – | Under arbeid; behandles i ledermøtet "
        "8. januar 2027\n"
    )
    text = CONTACTS + DESCRIPTION + NECESSITY + RISK + sign_off
    report = check(spec, ("DPIA.docx", text))
    assert verdicts(report)[5] is Verdict.MISSING, report.parts[4].note
    assert report.missing_parts == (5,)


def test_a_signed_row_of_a_sign_off_table_is_the_validation(spec: CaseTypeSpec) -> None:
    sign_off = (
        "Rolle | Navn | Dato | Beslutning\n"
        "Ledelsens validering | Daglig leder Kari Nes | 1.12.2026 | Funn og restrisiko "
        "gjennomgått; godkjent\n"
    )
    report = check(spec, ("DPIA.docx", CONTACTS + DESCRIPTION + NECESSITY + RISK + sign_off))
    assert verdicts(report)[5] is Verdict.PRESENT, report.parts[4].note


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Del A – Hva skal vi gjøre?", "Hva skal vi gjøre?"),
        ("Part B: Necessity", "Necessity"),
        ("C – Risiko", "Risiko"),
    ],
)
def test_a_lettered_part_is_numbered_like_a_chapter(line: str, title: str) -> None:
    assert heading_title(line) == (title, 1)


def test_risk_in_plain_words_under_a_file_named_dpia_is_the_risk_assessment(
    spec: CaseTypeSpec,
) -> None:
    risk = (
        "What could go wrong for our users?\n"
        "Chilling effect on intimate conversations (level: high). Mitigation: transparency.\n"
        "False flags lead to bans (level: medium). Mitigation: human review before any ban.\n"
        "Considered but not done: client-side scanning; too intrusive.\n"
    )
    text = "DPIA: Automated scanning of messages\n" + CONTACTS + DESCRIPTION + NECESSITY + risk
    report = check(spec, ("DPIA_group_chat.docx", text + BOARD))
    assert verdicts(report)[4] is Verdict.PRESENT, report.parts[3].note


def test_a_decision_beside_a_dpia_not_done_validates_nothing(spec: CaseTypeSpec) -> None:
    body = (
        "Nordvang Nett AS ber om forhåndsdrøftelse for en risikoscore.\n"
        "DPIA er ikke gjennomført ennå; vi ønsker Datatilsynets syn tidlig.\n"
    )
    minutes = (
        "Protokoll – ledergruppemøte 17.11.2026\nTil stede: adm. dir. Solveig Berg. "
        "Kundedirektøren orienterte om planene. Vedtak: Ledergruppen ber om forhåndsdrøftelse "
        "og godkjenner at arbeidet starter.\n"
    )
    docs = [
        Document("Kontaktark.docx", "application/pdf", 1, "0" * 64, CONTACTS),
        Document("Protokoll_ledergruppen.pdf", "application/pdf", 1, "0" * 64, minutes),
    ]
    report = check_completeness(spec, body, docs, "Forhåndsdrøftelse – risikoscore")
    assert verdicts(report)[5] is Verdict.MISSING, report.parts[4].note
    assert "ikke gjennomført" in report.parts[4].note


def test_a_chapter_not_done_leaves_the_validation_alone(spec: CaseTypeSpec) -> None:
    body = (
        "Vi ber om forhåndsdrøftelse.\nSelve risikovurderingen (kapittel 4 i DPIA-en) er "
        "fortsatt under arbeid og ettersendes.\n"
    )
    docs = [Document("DPIA.pdf", "application/pdf", 1, "0" * 64, CONTACTS + DESCRIPTION)]
    docs.append(Document("Styrevedtak.pdf", "application/pdf", 1, "0" * 64, BOARD))
    report = check_completeness(spec, body, docs, "Forhåndsdrøftelse")
    assert verdicts(report)[5] is not Verdict.MISSING, report.parts[4].note


def test_a_signatures_numbers_are_the_signers_not_a_dpo_record_sharing_a_company_name(
    spec: CaseTypeSpec,
) -> None:
    sheet = (
        "Role | Organisation | Name | Phone | E-mail\n"
        "Contact person | Nordharbour Hotels AS | Jonas Wik | +47 916 40 388 | "
        "jonas.wik@nordharbour.com\n"
        "Data Protection Officer | Nordharbour Hospitality Group | Mette Kristensen | "
        "+45 33 12 80 47 | dpo@nordharbour.com\n"
        "Processor | Hospitality Cloud Ltd | privacy@hospitalitycloud.ie\n"
    )
    body = (
        "Dear Datatilsynet,\n\nwe request prior consultation for guest profiling.\n\n"
        "Kind regards,\nJonas Wik\nHead of Guest Systems, Nordharbour Hotels AS\n"
        "Nordharbour Hospitality Group\nSwitchboard +47 55 30 71 42\nMobile +47 916 40 388\n"
    )
    docs = [Document("Contacts.xlsx", "application/pdf", 1, "0" * 64, sheet)]
    report = check_completeness(spec, body, docs, "Prior consultation")
    assert report.parts[0].verdict is Verdict.MISSING, report.parts[0].note
    assert "telefon" in report.parts[0].note


def test_a_risk_section_in_plain_words_is_about_the_risk_assessment(spec: CaseTypeSpec) -> None:
    """R-CP-47 with R-CP-78: no «risk» anywhere, yet what can go wrong and its mitigation."""
    text = (
        "What could go wrong for our users? Chilling effect on intimate conversations (level: "
        "high). Mitigation: transparency and narrow patterns. False flags lead to bans (level: "
        "medium). Mitigation: human review before any ban. Considered but not done: client-side "
        "scanning was considered; too intrusive for the users and their conversations."
    )
    assert not _not_about(spec.part(4), text)
    assert _not_about(spec.part(4), "Budget 2027: " + " ".join(["salaries and rent"] * 15))
