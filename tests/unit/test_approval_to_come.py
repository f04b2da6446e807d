"""R-CP-118: management's validation still to come, as professionals leave it: a sign-off table
laid out with every signature and date cell empty, «legges fram for … til godkjenning», «er
under godkjenning», «når analysen er godkjent», and a method chapter that says how approval
shall be done («skal godkjennes») without recording it."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.deferrals import approval_deferred, only_modal_acts, validation_act
from config.case_types import load_case_type

CONTACTS = """Kontaktperson: Eli Vatne, tlf. 53 48 20 51, eli.vatne@helse.no
Personvernombud: Tor Hauge, tlf. 53 48 20 00, personvernombud@helse.no
Vi benytter ingen databehandler.
"""
DPIA = """Vurdering av personvernkonsekvenser

1 Beskrivelse av behandlingen
Modellen beregner en risikoskår for reinnleggelse for alle pasienter som skrives ut. Skåren
lagres i journalen, og bare behandlende personell ser den. Treningsdata slettes etter bruk.

2 Nødvendighet og proporsjonalitet
Reinnleggelser belaster pasientene. Dagens manuelle vurdering er ujevn, og mindre inngripende
alternativer er vurdert, men gir ikke samme treffsikkerhet. Pasientene informeres og kan
reservere seg.

3 Risikovurdering
Risiko | Sannsynlighet | Konsekvens | Tiltak
Skjevhet i modellen | Middels | Høy | Evaluering hver måned
Feil skår i journal | Lav | Høy | Klinisk kontroll av alle skårer

"""
SIGN_OFF_TABLE = "Rolle\tNavn\tDato\tSignatur\n{rows}"


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, document: str) -> CompletenessReport:
    doc = Document("DPIA.docx", "application/pdf", len(document), "0" * 64, document)
    return check_completeness(spec, CONTACTS, [doc], "Anmodning om forhåndsdrøftelse")


def validation(spec: CaseTypeSpec, section: str) -> tuple[Verdict, str]:
    part = check(spec, DPIA + "4 Ledelsens gjennomgang og godkjenning\n" + section).parts[4]
    return part.verdict, part.note


def test_a_sign_off_table_with_every_signature_and_date_empty_is_not_signed(
    spec: CaseTypeSpec,
) -> None:
    rows = (
        "Klinikksjef, Medisinsk klinikk\tGunnar Tøndel\t\t\n"
        "Administrerende direktør\tAstrid Wiik\t\t\n"
    )
    control = "Dokumentkontroll\n" + SIGN_OFF_TABLE.format(rows=rows) + "\n"
    part = check(spec, control + DPIA).parts[4]
    assert part.verdict is Verdict.MISSING, part.note
    assert "uten signatur eller dato" in part.note


def test_an_empty_sign_off_table_under_a_heading_that_says_it_is_to_come(
    spec: CaseTypeSpec,
) -> None:
    rows = "Administrerende direktør\tAstrid Wiik\t\t\n"
    verdict, note = validation(
        spec,
        "Brukerutvalget og tillitsvalgte er hørt. Vurderingen legges fram for direktørens"
        " ledergruppe til godkjenning.\n" + SIGN_OFF_TABLE.format(rows=rows),
    )
    assert verdict is Verdict.MISSING, note


def test_a_sign_off_table_with_dates_and_initials_is_signed(spec: CaseTypeSpec) -> None:
    rows = (
        "Klinikksjef, Medisinsk klinikk\tGunnar Tøndel\t02.11.2026\tGT\n"
        "Administrerende direktør\tAstrid Wiik\t06.11.2026\tAW\n"
    )
    verdict, note = validation(spec, SIGN_OFF_TABLE.format(rows=rows))
    assert "uten signatur eller dato" not in note
    assert verdict is Verdict.PRESENT, note


def test_a_sign_off_table_without_management_says_nothing_of_the_validation(
    spec: CaseTypeSpec,
) -> None:
    rows = "Utarbeidet\tVegard Sunde\t\t\n"
    verdict, note = validation(
        spec,
        "Ledergruppen godkjente vurderingen og restrisikoen i møtet 4. november 2026, etter å ha"
        " fått lagt fram innspill fra brukerutvalget.\n" + SIGN_OFF_TABLE.format(rows=rows),
    )
    assert verdict is Verdict.PRESENT, note
    assert "uten signatur eller dato" not in note  # no one of management left to sign


@pytest.mark.parametrize(
    "sentence",
    [
        "Vurderingen legges fram for direktørens ledergruppe til godkjenning.",
        "Analysen er under godkjenning, jf. godkjenningsforløpet.",
        "Protokollen ettersendes når analysen er godkjent.",
        "The minutes follow once the DPIA has been approved.",
        # R-CP-173: set for when something else is done
        "Styrebehandling skjer når risikovurderingen foreligger.",
        "Godkjenning etter at risikovurderingen er klar.",
        "Ledelsens godkjenning av DPIA-en innhentes etter at forhåndsdrøftelsen er gjennomført.",
        "Approval by the board once the risk register is complete.",
        "DPIA-en legges fram for sentralstyret når risikovurderingen er ferdig.",
    ],
)
def test_an_approval_to_come(spec: CaseTypeSpec, sentence: str) -> None:
    assert approval_deferred(spec, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the authority's handling, or a matter that is not the DPIA: no validation deferred
        "Konsekvensvurderingen legges fram for Datatilsynet til behandling etter art. 36.",
        "Løsningen tas i bruk når den er godkjent av Datatilsynet.",
        "Vi starter piloten når det er godkjent.",
        "The processing will start when the DPIA has been signed off by Datatilsynet.",
        "Vi er klar over at saken er under behandling hos dere i inntil åtte uker.",
        "The matter is currently under review by our works council.",
        # R-CP-173: not management's approval, or given already
        "Vi søker godkjenning fra Datatilsynet når DPIA-en er ferdig.",
        "Godkjenning fra styret foreligger, og drift starter når avtalen er klar.",
        "Signering av databehandleravtalen skjer når leverandøren er klar.",
        "Samtykke innhentes når brukeren er klar.",
        "Saken legges fram for Datatilsynet når DPIA-en er ferdig.",
    ],
)
def test_the_authoritys_own_handling_defers_no_validation(
    spec: CaseTypeSpec, sentence: str
) -> None:
    assert not approval_deferred(spec, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vurderingen ble lagt fram for ledergruppen til godkjenning 4. november og godkjent.",
        "Analysen er godkjent av styret 12. november.",
        # R-CP-173: a past approval after something else was done
        "Styret godkjente DPIA-en 3. november, etter at risikovurderingen var klar.",
    ],
)
def test_an_approval_given_is_not_to_come(spec: CaseTypeSpec, sentence: str) -> None:
    assert validation_act(spec, sentence)
    assert not approval_deferred(spec, sentence)


def test_an_act_after_a_modal_verb_is_not_recorded(spec: CaseTypeSpec) -> None:
    method = "Analysen skal godkjennes i tre steg: fagansvarlig, personvernombud og styret."
    assert only_modal_acts(spec, method)
    assert not validation_act(spec, method)
    assert not only_modal_acts(spec, "Styret godkjente analysen. Den skal revideres årlig.")
    assert not only_modal_acts(spec, "Styret har fått presentert analysen.")  # no act named


def test_a_method_chapter_on_how_approval_is_done_is_no_validation(spec: CaseTypeSpec) -> None:
    method = (
        "Rammeverk og metode\nBankens rammeverk for personvernkonsekvensanalyser er fastsatt av"
        " administrerende direktør. En analyse skal beskrive behandlingen og vurdere risiko, og"
        " analysen skal godkjennes i tre steg: fagansvarlig, personvernombud og styret.\n\n"
    )
    part = check(spec, method + DPIA).parts[4]
    assert part.verdict is not Verdict.PRESENT, part.note


def test_management_that_concluded_validated(spec: CaseTypeSpec) -> None:
    assert validation_act(
        spec,
        "Ledergruppen konkluderte med at restrisikoen er høy og at vi skal be om"
        " forhåndsdrøftelse.",
    )
