"""R-CP-96: the balancing and the safeguards under headings of their own name the necessity
assessment, and sub-headings of one part pool their content."""

from __future__ import annotations

from functools import partial

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, Verdict, check_completeness
from completeness.cues import is_any_cue, named_sections
from completeness.deferrals import parts_named
from completeness.text import build_source
from config.case_types import load_case_type


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


@pytest.mark.parametrize(
    "heading",
    ["3.1 Avveining", "Begrunnelse og avveining", "3.2 Garantier som er iverksatt",
     "Safeguards in place", "Interesseavveining"],
)  # fmt: skip
def test_the_balancing_or_the_safeguards_name_the_necessity_assessment(
    spec: CaseTypeSpec, heading: str
) -> None:
    text = f"{heading}\nModulen gir bare forslag og overstyres av saksbehandleren i alle saker.\n"
    source = build_source("DPIA.pdf", text, partial(is_any_cue, spec))
    assert [n.parts for n in named_sections(spec, source)] == [{3}]


@pytest.mark.parametrize("heading", ["Tiltak", "Risiko og tiltak", "Garantiordning for lån"])
def test_measures_or_a_word_that_opens_like_safeguards_name_no_necessity(
    spec: CaseTypeSpec, heading: str
) -> None:
    text = f"{heading}\nModulen gir bare forslag og overstyres av saksbehandleren i alle saker.\n"
    source = build_source("DPIA.pdf", text, partial(is_any_cue, spec))
    assert all(3 not in n.parts for n in named_sections(spec, source))


def test_two_short_sections_of_the_necessity_assessment_hold_it_together(
    spec: CaseTypeSpec,
) -> None:
    """Each section alone is too short to hold the part; together they do."""
    dpia = (
        "1. What we will do\nTrucks get a driver camera and a fatigue sensor; alerts go to the"
        " driver and, after three alerts, to the shift leader. About 400 drivers are covered, and"
        " data are kept for six months.\n"
        "2. Why this, and why this way\nFatigue causes one in five of our accidents.\n"
        "Proportionality: Team-level dashboards, no pay or dismissal use, 6-month retention.\n"
        "Safeguards for data subjects:\n• Agreement with the works council\n• Employee app"
        " showing own data\n"
        "3. Risks to drivers and staff\nProfiling of drivers (likelihood medium, severity high);"
        " mitigation: team-level reports only. Residual risk: low.\n"
    )
    body = "Northcape Logistics requests prior consultation under Article 36.\n"
    document = Document("DPIA.pdf", "application/pdf", len(dpia), "0" * 64, dpia)
    necessity = check_completeness(spec, body, [document], "Prior consultation").parts[2]
    assert necessity.verdict is Verdict.PRESENT, necessity.note


@pytest.mark.parametrize(
    ("heading", "sentence", "number"),
    [
        ("2 KVA VI SKAL GJERE", "Vi skal låne ut GPS-sendarar til elevane på fjellturar.", 2),
        (
            "B. Nødvendighet og proporsjonalitet",
            "Behandlingen er nødvendig for å stoppe svindel der kriminelle har tatt over kontoen.",
            3,
        ),
    ],
)
def test_one_short_sentence_under_an_assessments_heading_does_not_assess(
    spec: CaseTypeSpec, heading: str, sentence: str, number: int
) -> None:
    """R-CP-97: the sentence restates the heading, so the part is not present; a caseworker
    looks (a short section is no empty heading, R-CP-140)."""
    body = f"Vi ber om forhåndsdrøftelse.\n\n{heading}\n{sentence}\n\n{_RISKS}"
    result = check_completeness(spec, body, [], "Forhåndsdrøftelse").parts[number - 1]
    assert result.verdict is Verdict.UNCERTAIN, result.note


_RISKS = (
    "Risikovurdering\nFeil mistanke mot en kunde (sannsynlighet middels, konsekvens høy)."
    " Tiltak: manuell kontroll før stopp. Restrisiko: lav.\n"
)


def test_a_short_sentence_beside_another_trace_of_the_part_is_uncertain(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-97: a bare conclusion under the heading, and the mail names the assessment: a
    caseworker looks."""
    body = (
        "Vi ber om forhåndsdrøftelse. Nødvendighetsvurderingen er gjort sammen med"
        " personvernombudet.\n\nB. Nødvendighet og proporsjonalitet\nVi mener behandlingen er"
        f" nødvendig.\n\n{_RISKS}"
    )
    result = check_completeness(spec, body, [], "Forhåndsdrøftelse").parts[2]
    assert result.verdict is Verdict.UNCERTAIN, result.note


def test_a_short_sentence_over_a_sub_heading_of_the_writers_own_is_not_all_there_is(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-113: a heading of the writer's own may go on with the section above it, so the part
    stays uncertain."""
    body = (
        "Vi ber om forhåndsdrøftelse.\n\nNødvendighet og proporsjonalitet\nVi mener behandlingen"
        " er nødvendig.\n\nNærmere om ordningen\nVi så på manuell kontroll av"
        f" alle betalinger, men den fanger for få saker i tide.\n\n{_RISKS}"
    )
    result = check_completeness(spec, body, [], "Forhåndsdrøftelse").parts[2]
    assert result.verdict is Verdict.UNCERTAIN, result.note


@pytest.mark.parametrize(
    ("heading", "text", "number"),
    [
        (
            "3 Vurdering av nødvendighet og forholdsmessighet",
            "Under arbeid. Kapittelet ferdigstilles av seksjon for analyse og juridisk seksjon.",
            3,
        ),
        (
            "HAR LEDELSEN GODKJENT VURDERINGEN?",
            "Ledelsens behandling av DPIA-en: ikke gjennomført ennå. Vi sender likevel nå for å"
            " komme i kø.",
            5,
        ),
    ],
)
def test_a_deferral_with_a_few_words_of_who_or_why_is_a_deferral(
    spec: CaseTypeSpec, heading: str, text: str, number: int
) -> None:
    """R-CP-140: a few words beside «under arbeid» say who finishes it or why we send now, not
    what the part holds; the validation is not exempt from this half of the rule."""
    body = f"Vi ber om forhåndsdrøftelse.\n\n{_RISKS}\n{heading}\n{text}\n"
    result = check_completeness(spec, body, [], "Forhåndsdrøftelse").parts[number - 1]
    assert result.verdict is Verdict.MISSING, result.note


def test_one_sentence_of_the_validation_is_enough(spec: CaseTypeSpec) -> None:
    """R-CP-97 spares the validation: one short sentence that touches one concept only, which
    under the description's heading would be too little."""
    body = (
        "Vi ber om forhåndsdrøftelse.\n\nLedelsens gjennomgang og endelige godkjenning av"
        " vurderingen\nHele vurderingen er sett gjennom og godkjent uten noen endringer.\n"
    )
    result = check_completeness(spec, body, [], "Forhåndsdrøftelse").parts[4]
    assert result.verdict is Verdict.PRESENT, result.note


@pytest.mark.parametrize("heading", ["Risikoavveining", "5 Garantier og ansvar"])
def test_a_risk_balancing_or_a_contracts_warranties_name_no_necessity(
    spec: CaseTypeSpec, heading: str
) -> None:
    """R-CP-96: the balancing of risks is the risk assessment's; warranties are a contract's.
    («4.1 Avveining av risiko og tiltak» still names part 3: the words before «av» name the
    part, R-CP-15, and the cue cannot see past them; docs/domain.md says so.)"""
    assert 3 not in parts_named(spec, heading)


_REPORT = (
    "DPIA – Kameraovervåking i parkeringshuset\n"
    "1 Beskrivelse av behandlingen\nVi skal filme inn- og utkjøringen i parkeringshuset for å"
    " lese skilt og åpne bommen for faste leietakere. Opptakene lagres i sju dager hos"
    " leverandøren og ses bare av driftssjefen ved hendelser.\n"
    "2 Nødvendighet og forholdsmessighet\nVi har vurdert adgangskort i stedet, men kortene"
    " deles og mistes ofte. Kameraet er rettet mot bommen og ikke mot gangveiene, og"
    " opptakene slettes automatisk etter sju dager.\n"
    "3 Risikovurdering\n{risk}\n"
    "4 Ledelsens validering\nStyret godkjente vurderingen i møte 3. november 2026.\n"
)


@pytest.mark.parametrize(
    ("risk", "verdict"),
    [
        ("Risikoen er vurdert som akseptabel.", Verdict.UNCERTAIN),
        (
            "Uvedkommende kan se opptak av leietakerne (sannsynlighet lav, konsekvens middels);"
            " tiltak: tilgang bare for driftssjefen, logging. Restrisiko: lav.",
            Verdict.PRESENT,
        ),
    ],
)
def test_a_dpia_whose_risk_section_is_one_sentence_holds_no_risk_assessment_by_its_title(
    spec: CaseTypeSpec, risk: str, verdict: Verdict
) -> None:
    """R-CP-141: the report's title and file name name the DPIA, and its own risk section holds
    one short sentence: the title does not make the risk assessment present. The report and the
    mail that sends it still name the DPIA, so a caseworker looks (P2)."""
    text = _REPORT.format(risk=risk)
    document = Document("DPIA_parkeringshus.docx", "application/pdf", len(text), "0" * 64, text)
    body = "Vi ber om forhåndsdrøftelse og legger ved vår DPIA.\n"
    result = check_completeness(spec, body, [document], "Forhåndsdrøftelse").parts[3]
    assert result.verdict is verdict, result.note


@pytest.mark.parametrize(
    ("risk", "verdict"),
    [
        # R-CP-164: a conclusion with its reason, no risk named
        (
            "Risikoene er gjennomgått i prosjektgruppen og i samtale med leverandøren, og vi mener"
            " de er akseptable med tiltakene som er beskrevet over.",
            Verdict.UNCERTAIN,
        ),
        (
            "The risks have been assessed and found acceptable in view of the safeguards"
            " described in section 2. Management agrees.",
            Verdict.UNCERTAIN,
        ),
        # a risk named, or graded, is an assessment however short
        (
            "Den største faren er at opptak kommer på avveie; tilgangen er derfor begrenset til"
            " driftssjefen, og vi mener risikoen er akseptabel.",
            Verdict.PRESENT,
        ),
        (
            "Public exposure of tenants' movements (likely, serious): opt-in only, seven days'"
            " retention. We find the residual risk acceptable.",
            Verdict.PRESENT,
        ),
        # nynorsk, and a harm in plain words (found on review)
        (
            "Hovudrisikoen er at dei tilsette opplever overvaking og press. Tiltak: berre"
            " samla tal. Restrisikoen er akseptabel.",
            Verdict.PRESENT,
        ),
    ],
)
def test_a_risk_section_that_only_concludes_holds_no_risk_assessment(
    spec: CaseTypeSpec, risk: str, verdict: Verdict
) -> None:
    """R-CP-164: two sentences under the risk heading that name no risk, harm, likelihood,
    consequence or level say an assessment was made; they are not one. Uncertain, never missing:
    the assessment may stand where the check does not see it (P2)."""
    text = _REPORT.format(risk=risk)
    document = Document("DPIA_parkeringshus.docx", "application/pdf", len(text), "0" * 64, text)
    body = "Vi ber om forhåndsdrøftelse og legger ved vår DPIA.\n"
    result = check_completeness(spec, body, [document], "Forhåndsdrøftelse").parts[3]
    assert result.verdict is verdict, result.note


def test_a_risk_tables_header_row_names_what_its_numbers_grade(spec: CaseTypeSpec) -> None:
    """R-CP-164: under «Risiko | Sannsynlighet (1-4) | Konsekvens (1-4) | Tiltak» the grades are
    numbers; the header row names what they grade, so the table is an assessment."""
    risk = (
        "Opptakene brukes til noe annet enn adgangskontroll | 2 | 3 | Tilgangsstyring, logging\n"
        "Leietakere kartlegges over tid | 1 | 3 | Sletting etter sju dager"
    )
    text = _REPORT.replace(
        "3 Risikovurdering\n{risk}",
        f"3 Risiko for leietakeren | Sannsynlighet (1-4) | Konsekvens (1-4) | Tiltak\n{risk}",
    )
    document = Document("DPIA_parkeringshus.docx", "application/pdf", len(text), "0" * 64, text)
    body = "Vi ber om forhåndsdrøftelse og legger ved vår DPIA.\n"
    result = check_completeness(spec, body, [document], "Forhåndsdrøftelse").parts[3]
    assert result.verdict is Verdict.PRESENT, result.note


_CHECKLIST = (
    "Kontrollspørsmål | Ja/Nei/Delvis | Begrunnelse\n"
    "Er behandlingen nødvendig for formålet? | Ja\n"
    "Er mindre inngripende alternativer vurdert? | Ja | Se eget vedlegg\n"
    "Får leietakerne informasjon? | Ja\n"
    "Kan de registrerte få innsyn og retting? | Delvis | TBD\n"
)


@pytest.mark.parametrize(
    ("necessity", "verdict"),
    [
        (_CHECKLIST, Verdict.UNCERTAIN),
        (
            "Question | Answer\nIs the processing necessary? | Explain why the purpose cannot be"
            " reached without it. (guidance – replace)\nWhich less intrusive alternatives were"
            " considered? | List them. (guidance – replace)\nHow are data subjects informed? |"
            " See privacy policy\n",
            Verdict.UNCERTAIN,
        ),
        (
            _CHECKLIST.replace(
                "formålet? | Ja",
                "formålet? | Ja | Adgangskort deles og mistes; bare skilt leses, ikke ansikter,"
                " og opptak slettes etter sju dager",
            ),
            Verdict.PRESENT,
        ),
    ],
)
def test_a_checklist_ticked_without_answers_holds_no_necessity_assessment(
    spec: CaseTypeSpec, necessity: str, verdict: Verdict
) -> None:
    """R-CP-169: the questions name the part; «Ja», «TBD», the template's guidance and a
    pointer answer none of them. Uncertain (P2); one real answer is the part."""
    text = _REPORT.replace(
        "2 Nødvendighet og forholdsmessighet\nVi har vurdert adgangskort i stedet, men kortene"
        " deles og mistes ofte. Kameraet er rettet mot bommen og ikke mot gangveiene, og"
        " opptakene slettes automatisk etter sju dager.\n",
        f"2 Nødvendighet og forholdsmessighet\n{necessity}",
    ).format(risk="Uvedkommende kan se opptak (sannsynlighet lav, konsekvens middels).")
    document = Document("DPIA_parkeringshus.docx", "application/pdf", len(text), "0" * 64, text)
    body = "Vi ber om forhåndsdrøftelse og legger ved vår DPIA.\n"
    result = check_completeness(spec, body, [document], "Forhåndsdrøftelse").parts[2]
    assert result.verdict is verdict, result.note
