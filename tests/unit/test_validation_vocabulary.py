"""R-CP-147 to 149: one vocabulary of who validates (councils, compounds, nynorsk passives), the
decision's record announced for later, a paragraph that is only a placeholder, and the risk
assessment sent as a file of its own that is empty."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.cues import (
    EMPTY_FILE,
    Hit,
    State,
    is_any_cue,
    named_sections,
    signature_concepts,
    touches,
)
from completeness.text import build_source
from completeness.types import Evidence
from completeness.verdicts import judge_content
from config.case_types import CaseTypeInvalid, load_case_type, parse_case_type

CONTACTS = """Kontaktperson: Randi Holm, tlf. 57 82 11 40, randi.holm@soknet.no
Personvernombud: Leif Dale, tlf. 57 82 11 00, personvern@soknet.no
Vi bruker ingen databehandler.
"""
DPIA = """Vurdering av personvernkonsekvensar

1 Skildring av handsaminga
Soknet vil registrere påmelde til trusopplæring med namn, alder, allergiar og kontaktinfo til
føresette. Opplysningane vert lagra i medlemssystemet og sletta eitt år etter avslutta kurs.

2 Naudsyn og proporsjonalitet
Allergiar må vere kjende for at leiarane skal kunne gje trygg servering. Vi samlar berre det
som trengst, og føresette kan la vere å oppgje anna enn namn og alder.

3 Risikovurdering
Risiko | Sannsyn | Konsekvens | Tiltak
Opplysningar kjem på avvege | Låg | Høg | Tilgangsstyring og logg
Feil allergi registrert | Middels | Høg | Føresette stadfestar ved oppstart

"""
RECEIVED = date(2026, 11, 20)


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(
    spec: CaseTypeSpec, *documents: tuple[str, str], body: str = CONTACTS
) -> CompletenessReport:
    docs = [
        Document(name, "application/pdf", len(text), "0" * 64, text) for name, text in documents
    ]
    return check_completeness(
        spec, body, docs, "Førespurnad om førehandsdrøfting", received=RECEIVED
    )


def validation(spec: CaseTypeSpec, section: str) -> tuple[Verdict, str]:
    report = check(spec, ("PVK.docx", DPIA + "4 Handsaming i leiinga\n" + section + "\n"))
    part = report.parts[4]
    return part.verdict, part.note


@pytest.mark.parametrize(
    "section",
    [
        # R-CP-147: a church council, a compound board, nynorsk passives
        "Saka skal handsamast i soknerådsmøtet 14. januar 2027; vi sender protokollen etter det.",
        "Vurderinga skal handsamast i menighetsrådet 9. desember.",
        "Saka skal leggjast fram for hovudstyret 3. februar 2027.",
        "Personvernkonsekvensvurderinga skal handsamast i utval for oppvekst.",
        "DPIA-en skal behandles i sentralstyret før jul.",
        # R-CP-148: the record announced for later
        "Vi vil ettersende protokollen frå fellesrådet.",
        "Møtet er ikkje halde enno; vi ettersender referatet.",
        "We will forward the resolution of the parish council as soon as we have it.",
        "Fylles ut.",
    ],
)
def test_a_validation_still_to_come_is_missing(spec: CaseTypeSpec, section: str) -> None:
    verdict, note = validation(spec, section)
    assert verdict is Verdict.MISSING, note


@pytest.mark.parametrize(
    "section",
    [
        # what is enclosed now is no deferral
        "Fellesrådet godkjende vurderinga i møtet 12. november 2026 (sak 31/26). Vi sender "
        "protokollen frå møtet saman med denne førespurnaden.",
        # a user committee gives its view; it does not validate (a stakeholder)
        "Fellesrådet godkjende vurderinga 12. november 2026 etter å ha lagt fram funna. "
        "Vurderinga skal leggjast fram for brukarutvalet 3. februar 2027 til orientering.",
    ],
)
def test_a_validation_given_is_not_deferred(spec: CaseTypeSpec, section: str) -> None:
    verdict, note = validation(spec, section)
    assert verdict is Verdict.PRESENT, note


APPROVED = "Fellesrådet godkjende vurderinga i møtet 5. november 2026 (sak 31/26). "


@pytest.mark.parametrize(
    "section",
    [
        # found by the review of R-CP-147/148 as wrongful notices of the first version: another
        # authority's decision, a record sent on to others, a wider body told of the approval
        APPROVED + "Vi ettersender vedtaket fra REK når det foreligger.",
        APPROVED + "We will forward the decision to the supplier so that configuration can start.",
        APPROVED + "We will send the approval to the vendor once the contract is signed.",
        APPROVED + "Saka skal leggjast fram for arbeidsmiljøutvalet i tråd med arbeidsmiljølova.",
        APPROVED + "Vurderinga skal leggjast fram for soknerådet i kvart sokn til orientering.",
        APPROVED + "Saken legges fram for kommunestyret 10. desember 2026 til orientering.",
        # an ordinary resolution in the present passive records the act
        "Vedtak: Vurderinga vert godkjend. Vurderinga vert handsama i styret kvar haust, første "
        "gong i styremøtet 14. september 2027.",
        "Vedtak: Vurderinga av personvernkonsekvensar vert godkjend. Alle frivillige leiarar skal "
        "få rettleiing i handsaming av personopplysningar før oppstarten 4. januar 2027.",
    ],
)
def test_an_approval_given_and_then_told_on_is_not_deferred(
    spec: CaseTypeSpec, section: str
) -> None:
    verdict, note = validation(spec, section)
    assert verdict is not Verdict.MISSING, note


def test_a_placeholder_is_a_deferral_only_as_the_whole_paragraph(spec: CaseTypeSpec) -> None:
    section = "Skjemaet fylles ut av soknerådet, som godkjende vurderinga 12. november 2026."
    verdict, note = validation(spec, section)
    assert verdict is not Verdict.MISSING, note


DPIA_WITHOUT_RISKS = DPIA.split("3 Risikovurdering")[0] + (
    "4 Leiinga si godkjenning\nFellesrådet godkjende vurderinga 12. november 2026 (sak 31/26) "
    "etter at funna og innspela frå personvernombodet vart lagde fram.\n"
)


def test_an_empty_file_of_its_own_leaves_the_risk_assessment_missing(spec: CaseTypeSpec) -> None:
    report = check(spec, ("PVK.docx", DPIA_WITHOUT_RISKS), ("Risikoanalyse.xlsx", ""))
    part = report.parts[3]
    assert part.verdict is Verdict.MISSING, part.note
    assert "Risikoanalyse.xlsx" in part.note


def test_a_pointer_to_the_empty_file_leaves_it_missing_too(spec: CaseTypeSpec) -> None:
    text = DPIA_WITHOUT_RISKS + "5 Risiko\nSjå vedlagd risikoanalyse (Risikoanalyse.xlsx).\n"
    report = check(spec, ("PVK.docx", text), ("Risikoanalyse.xlsx", ""))
    assert report.parts[3].verdict is Verdict.MISSING, report.parts[3].note


def _mention(text: str, report: bool = False) -> Hit:
    return Hit(State.MENTION, Evidence("PVK.docx", "avsnitt 9", text), "omtale", report=report)


EMPTY = Hit(State.DEFERRED, Evidence("Risikoanalyse.xlsx", "hele dokumentet", EMPTY_FILE), "tomt")


def test_a_sentence_about_the_risks_beside_an_empty_file_keeps_its_doubt() -> None:
    said = _mention(
        "Risikovurderinga viser at risikoen for lekkasje er låg, fordi berre to har tilgang."
    )
    assert judge_content(4, [EMPTY, said]).verdict is Verdict.UNCERTAIN


def test_a_sentence_that_tells_what_the_empty_file_shows_keeps_its_doubt() -> None:
    told = _mention(
        "Vedlagt risikovurdering (Risikoanalyse.xlsx) viser at den største risikoen er uautorisert "
        "innsyn i sensordata, og at restrisikoen er høy selv etter tiltakene.",
        report=False,
    )
    named = _mention("Leiinga gjekk gjennom DPIA-en 6. oktober.", report=True)
    assert judge_content(4, [EMPTY, told, named]).verdict is Verdict.UNCERTAIN


def test_a_sentence_that_names_only_the_dpia_beside_an_empty_file_says_nothing_of_it() -> None:
    named = _mention("Leiinga gjekk gjennom DPIA-en 6. oktober.", report=True)
    pointer = _mention("Sjå vedlagd risikoanalyse (Risikoanalyse.xlsx).")
    assert judge_content(4, [EMPTY, named, pointer]).verdict is Verdict.MISSING


def test_an_unknown_term_is_a_malformed_case_type() -> None:
    data = {
        "key": "x",
        "name_nb": "x",
        "name_en": "x",
        "terms": {"body": "styret"},
        "deferral_phrases": ["${nobody} ettersendes"],
        "parts": [{"number": 1, "name_nb": "a", "name_en": "a", "requirements": ["a"]}],
    }
    with pytest.raises(CaseTypeInvalid, match="nobody"):
        parse_case_type(data)


def test_a_term_is_shared_by_the_patterns_that_name_it() -> None:
    data = {
        "key": "x",
        "name_nb": "x",
        "name_en": "x",
        "terms": {"body": "styret|rådet"},
        "deferral_phrases": ["${body} ettersender"],
        "parts": [{"number": 1, "name_nb": "a", "name_en": "a", "requirements": ["a"]}],
    }
    assert parse_case_type(data).deferral_phrases == ("(?:styret|rådet) ettersender",)


# R-CP-151 to 153


def test_the_rights_of_those_named_as_the_writer_names_them_are_a_safeguards_concept(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-152: «elevenes rettigheter», «patients' rights» touch the necessity part's
    safeguards concept; a heading «Slik ivaretar vi personvernet i løsningen» (security) names
    no part (the heading cue was taken back on review)."""
    necessity = spec.parts[2]
    concepts = signature_concepts(necessity.signatures)
    plain = "Elevane kan klage, og tilsette har teieplikt."
    assert touches(concepts, plain + " Vi tek vare på elevenes rettigheter.") > touches(
        concepts, plain
    )
    text = "Slik ivaretar vi personvernet i løsningen\nKryptering, tofaktor og ISO 27001.\n"
    source = build_source("DPIA.pdf", text, partial(is_any_cue, spec))
    assert all(3 not in n.parts for n in named_sections(spec, source))


@pytest.mark.parametrize(
    "section",
    [
        "[To be completed by the project leader: describe the nature, scope, context and purposes "
        "of the processing; data categories and data subjects; data sources; recipients.]",
        "TBD – to be completed after the workshop with the schools in December.",
        "TODO: Kari skriv denne delen.",
    ],
)
def test_a_section_of_guidance_or_a_placeholder_leaves_the_description_missing(
    spec: CaseTypeSpec, section: str
) -> None:
    text = DPIA.replace(
        DPIA[DPIA.index("Soknet vil") : DPIA.index("2 Naudsyn")], section + "\n\n"
    ) + ("4 Leiinga si godkjenning\nFellesrådet godkjende vurderinga 12. november 2026.\n")
    report = check(spec, ("PVK.docx", text))
    assert report.parts[1].verdict is Verdict.MISSING, report.parts[1].note


def test_guidance_beside_a_meeting_to_come_records_no_approval(spec: CaseTypeSpec) -> None:
    section = (
        "Rettleiing: Legg ved protokoll eller signert godkjenning frå kommunedirektøren. Før opp "
        "dato for handsaming.\nVurderinga skal handsamast i formannskapet 10. desember 2026."
    )
    verdict, note = validation(spec, section)
    assert verdict is Verdict.MISSING, note


def test_a_sign_off_with_its_fields_left_blank_is_missing(spec: CaseTypeSpec) -> None:
    verdict, note = validation(spec, "Godkjend av: ____________________ Dato: ____________")
    assert verdict is Verdict.MISSING, note


def test_the_writers_own_text_beside_guidance_still_counts(spec: CaseTypeSpec) -> None:
    section = (
        "Rettleiing: Legg ved protokoll eller signert godkjenning.\n"
        "Fellesrådet godkjende vurderinga i møtet 12. november 2026 (sak 31/26) etter å ha gått "
        "gjennom funna og innspela frå personvernombodet."
    )
    verdict, note = validation(spec, section)
    assert verdict is Verdict.PRESENT, note


@pytest.mark.parametrize(
    "section",
    [
        # found by the review of R-CP-153: the writer's own text after a label, a leftover note
        # beside an approval given, a filled form with its signature line blank
        "Veiledning: Vurderingen ble godkjent av kommunedirektøren 3. november 2026 i sak 112/26.",
        "Kommunedirektøren godkjente vurderingen 3. november 2026.\nTBD: signert protokoll.",
        "The CEO approved the DPIA on 5 November 2026.\nTODO: attach the signed page.",
        "Godkjend av: Per Olav Nes, kyrkjeverje\nDato: 05.11.2026\nUnderskrift: _______________",
    ],
)
def test_an_approval_beside_a_label_a_note_or_a_blank_stays_present(
    spec: CaseTypeSpec, section: str
) -> None:
    verdict, note = validation(spec, section)
    assert verdict is Verdict.PRESENT, note


def test_a_service_called_guidance_is_the_writers_own_description(spec: CaseTypeSpec) -> None:
    description = (
        "Veiledning: Familieveilederne i barneverntjenesten gir foreldre veiledning i hjemmet og "
        "via video. I fagapplikasjonen registreres navn, fødselsnummer, notater fra hvert møte og "
        "hvilke tiltak som er avtalt; notatene slettes fem år etter at saken er avsluttet."
    )
    text = DPIA.replace(
        DPIA[DPIA.index("Soknet vil") : DPIA.index("2 Naudsyn")], description + "\n\n"
    )
    text += "4 Leiinga si godkjenning\nFellesrådet godkjende vurderinga 12. november 2026.\n"
    report = check(spec, ("PVK.docx", text))
    assert report.parts[1].verdict is not Verdict.MISSING, report.parts[1].note


def test_the_legal_basis_alone_under_a_balancing_heading_is_no_necessity_assessment(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-150 as narrowed on review: «Hjemmel og avveiing» over the legal basis alone."""
    necessity = (
        "2 Hjemmel og avveiing\nBehandlingsgrunnlaget er personvernforordningen artikkel 6 nr. 1 "
        "bokstav e, jf. opplæringslova § 13-3, og artikkel 9 nr. 2 bokstav g for "
        "helseopplysningane.\n\n"
    )
    dpia = DPIA.replace(DPIA[DPIA.index("2 Naudsyn") : DPIA.index("3 Risikovurdering")], necessity)
    dpia += "4 Leiinga si godkjenning\nFellesrådet godkjende vurderinga 12. november 2026.\n"
    report = check(spec, ("PVK.docx", dpia))
    assert report.parts[2].verdict is not Verdict.PRESENT, report.parts[2].note


@pytest.mark.parametrize(
    "sentence",
    [
        "I will send the signed minutes to the board members for their records.",
        "Jeg vil sende protokollen til styremedlemmene.",
    ],
)
def test_a_record_sent_on_to_someone_else_defers_nothing(spec: CaseTypeSpec, sentence: str) -> None:
    """R-CP-148: what goes to others than the authority is not a document still to come."""
    verdict, note = validation(spec, APPROVED + sentence)
    assert verdict is Verdict.PRESENT, note


@pytest.mark.parametrize(
    "section",
    [
        "Rapporten er gjennomgått med dagleg leiar Mona Strand i møte 24. november 2026. Formell "
        "behandling i styret gjenstår og er ikkje berammet.",
        "The report was reviewed with the CEO on 24 November 2026. Board approval is still "
        "outstanding.",
        "DPIA-en er drøfta i leiargruppa. Godkjenning i kommunestyret står att.",
    ],
)
def test_a_handling_beside_an_approval_said_to_remain_is_not_the_validation(
    spec: CaseTypeSpec, section: str
) -> None:
    """R-CP-189: the approval said to remain («gjenstår», «still outstanding») beside a
    handling is R-CP-183's approval still ahead: not present (a caseworker decides)."""
    verdict, note = validation(spec, section)
    assert verdict is not Verdict.PRESENT, note


def test_an_approval_given_stays_present_beside_a_handling_said_to_remain(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-189 beside R-CP-108: an approval given keeps the part whatever remains after it."""
    verdict, note = validation(
        spec,
        "Styret godkjente DPIA-en 3. november 2026 (sak 41/26). Behandling i ledergruppen av "
        "tiltaksplanen gjenstår.",
    )
    assert verdict is Verdict.PRESENT, note


def test_an_appendix_after_the_validation_chapter_is_not_the_validation(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-189: «Vedlegg A Kontaktopplysningar» after the numbered validation chapter is an
    appendix, not a title inside that chapter: its contact table holds no validation."""
    verdict, note = validation(
        spec,
        "Saka skal handsamast i styret 15. januar 2027.\n"
        "Vedlegg A Kontaktopplysningar\n"
        "Rolle | Namn | Telefon | E-post\n"
        "Kontaktperson | Kari Nes, dagleg leiar, Soknet | 72 55 19 80 | kari.nes@soknet.example\n"
        "Personvernombod | Per Lid, advokat | 905 51 224 | per@lid.example",
    )
    assert verdict is not Verdict.PRESENT, note


@pytest.mark.parametrize(
    "section",
    [
        "Styret godkjende DPIA-en 12. februar 2026 (sak 4/26). Formell godkjenning av budsjettet "
        "for prosjektet gjenstår.",
        "Kommunedirektøren godkjende vurderinga 3. mars 2026. Oppfølging av tiltaka gjenstår "
        "ikkje.",
    ],
)
def test_something_else_said_to_remain_leaves_the_validation(
    spec: CaseTypeSpec, section: str
) -> None:
    """Found on review of R-CP-189: the approval of something else (the budget) said to remain,
    or a denied «gjenstår», puts off nothing of the DPIA's validation."""
    verdict, note = validation(spec, section)
    assert verdict is Verdict.PRESENT, note


@pytest.mark.parametrize(
    ("section", "missing"),
    [
        (
            "2 Naudsyn og forholdsmessigheit\nIkkje gjennomført. Vi har ikkje hatt kapasitet til"
            " å skrive dette kapittelet før fristen. Det vil bli gjort i samband med"
            " pilotevalueringa.\n\n",
            True,
        ),
        # the same words under another part's heading say nothing of this one
        (
            "2 Naudsyn og proporsjonalitet\nAllergiar må vere kjende for at leiarane skal kunne gje"
            " trygg servering. Vi samlar berre det som trengst, og føresette kan la vere å oppgje"
            " anna enn namn og alder.\n\n3 Risikovurdering\nIkkje gjennomført.\n\n",
            False,
        ),
    ],
)
def test_a_bare_deferral_opening_the_parts_own_section(
    spec: CaseTypeSpec, section: str, missing: bool
) -> None:
    """R-CP-192: «Ikkje gjennomført.» opening the part's own section (no part named in it, a
    few words) says the part is not done, as «Kapittel 3 er ikkje gjennomført» does."""
    dpia = DPIA[: DPIA.index("2 Naudsyn")] + section
    dpia += "4 Leiinga si godkjenning\nFellesrådet godkjende vurderinga 12. november 2026.\n"
    report = check(spec, ("PVK.docx", dpia))
    assert (report.parts[2].verdict is Verdict.MISSING) is missing, report.parts[2].note
