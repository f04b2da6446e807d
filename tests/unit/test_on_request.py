"""R-CP-120: a part left out, to be shown on request («which can be provided on request», «kan
fremvises ved behov»), is not in the request. R-CP-121: what is left of a part is guidance in a
template's brackets, or one line beside a pointer to an attachment."""

from __future__ import annotations

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, CompletenessReport, Verdict, check_completeness
from completeness.cues import _beside_attachments
from completeness.deferrals import deferral_spans
from config.case_types import load_case_type

CONTACTS = """Kontaktperson: Eli Vatne, tlf. 53 48 20 51, eli.vatne@bank.no
Personvernombud: Tor Hauge, tlf. 53 48 20 00, personvernombud@bank.no
Vi benytter ingen databehandler.
"""
DESCRIPTION = """1 Beskrivelse av behandlingen
Banken registrerer hvordan kunden skriver og sveiper i appen, og en modell gir hver økt en
risikoskår for svindel. Profilene lagres så lenge kundeforholdet varer.
"""
REST = """3 Risikovurdering
Risiko | Sannsynlighet | Konsekvens | Tiltak
Profiler brukes til markedsføring | Lav | Høy | Forbud i avtale, revisjon
Kunde blokkeres feilaktig | Middels | Høy | Manuell kontroll innen én time

4 Ledelsens godkjenning
Konsernledelsen godkjente vurderingen og restrisikoen i møtet 3. november 2026.
"""


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def check(spec: CaseTypeSpec, necessity: str) -> CompletenessReport:
    text = DESCRIPTION + "2 Nødvendighet og proporsjonalitet\n" + necessity + "\n" + REST
    doc = Document("DPIA.docx", "application/pdf", len(text), "0" * 64, text)
    return check_completeness(spec, CONTACTS, [doc], "Anmodning om forhåndsdrøftelse")


@pytest.mark.parametrize(
    "sentence",
    [
        "The assessment follows the Group's generic assessment, which can be provided on request.",
        "Vurderingen av nødvendighet følger konsernets mal og kan fremvises ved behov.",
        "Vurderinga kan leggast fram ved førespurnad.",
        "The full analysis is available on request.",
    ],
)
def test_left_out_to_be_shown_on_request(spec: CaseTypeSpec, sentence: str) -> None:
    assert deferral_spans(spec, sentence)


def test_a_necessity_section_that_only_offers_the_assessment_on_request(spec: CaseTypeSpec) -> None:
    part = check(spec, "Vurderingen følger konsernets generelle mal og kan fremvises ved behov.")
    assert part.parts[2].verdict is Verdict.MISSING, part.parts[2].note


def test_an_offer_of_more_beside_a_real_assessment(spec: CaseTypeSpec) -> None:
    necessity = (
        "Svindel mot eldre kunder har økt kraftig, og engangskoder alene stopper den ikke lenger."
        " Mindre inngripende alternativer er vurdert, men fanger ikke fjernstyringssvindel, så"
        " behandlingen er nødvendig og står i rimelig forhold til formålet. Kundene informeres i"
        " appen og kan reservere seg.\n\nBankens rutine for innsyn kan fremvises ved behov."
    )
    part = check(spec, necessity).parts[2]
    assert part.verdict is not Verdict.MISSING, part.note


# ---------------------------------------------------------------- R-CP-121


def test_template_guidance_in_angle_brackets_is_no_content(spec: CaseTypeSpec) -> None:
    part = check(
        spec,
        "<Fyll inn: Hvorfor er behandlingen nødvendig for formålet? Kan formålet nås på en mindre"
        " inngripende måte? Hvilke tiltak sikrer dataminimering og de registrertes rettigheter?>",
    ).parts[2]
    assert part.verdict is Verdict.MISSING, part.note


def test_a_section_that_says_one_line_and_points_to_a_missing_attachment(
    spec: CaseTypeSpec,
) -> None:
    text = (
        DESCRIPTION + "2 Nødvendighet og proporsjonalitet\nSvindel mot eldre kunder har økt, og"
        " mindre inngripende alternativer er vurdert, men fanger ikke svindelen. Behandlingen er"
        " derfor nødvendig og forholdsmessig.\n\n3 Risikovurdering\nRisikovurderingen er"
        " gjennomført i bankens ROS-verktøy sammen med leverandøren. Se vedlegg 3 for fullstendig"
        " risikomatrise med tiltak.\nSamlet vurderes risikoen som høy, jf. vedlegg 3.\n\n"
        "4 Ledelsens godkjenning\n"
        "Konsernledelsen godkjente vurderingen og restrisikoen i møtet 3. november 2026.\n"
    )
    doc = Document("Vedlegg_1_DPIA.docx", "application/pdf", len(text), "0" * 64, text)
    report = check_completeness(spec, CONTACTS, [doc], "Anmodning om forhåndsdrøftelse")
    risk = report.parts[3]
    assert risk.verdict is not Verdict.PRESENT, risk.note
    assert "vedlegget mangler" in risk.note


def test_an_abbreviation_does_not_end_the_sentence() -> None:
    assert _beside_attachments("Risikoen er høy, jf. vedlegg 3. Tiltakene virker.") == (
        "Tiltakene virker."
    )


# ---------------------------------------------------------------- R-CP-122

PARENT = """1 Beskrivelse av behandlingen
Banken registrerer hvordan kunden skriver og sveiper i appen, og en modell gir hver økt en
risikoskår for svindel. Profilene lagres så lenge kundeforholdet varer.

2 Rettslig grunnlag, nødvendighet og forholdsmessighet
2.1 Behandlingsgrunnlag
Personvernforordningen artikkel 6 nr. 1 bokstav c, jf. hvitvaskingsloven § 24 og
finansforetaksloven § 16-1, gir banken plikt til å overvåke transaksjoner løpende. For kunder
uten avtale om mobilbank gjelder artikkel 6 nr. 1 bokstav f; interesseavveiningen står i
kapittel 3. Behandlingen omfatter ikke særlige kategorier, og opplysningene deles bare med
Økokrim når banken har meldeplikt etter hvitvaskingsloven § 26.
2.2 Nødvendighet og forholdsmessighet
{necessity}

"""


def check_parent(spec: CaseTypeSpec, necessity: str) -> CompletenessReport:
    text = PARENT.format(necessity=necessity) + REST
    doc = Document("DPIA.pdf", "application/pdf", len(text), "0" * 64, text)
    return check_completeness(spec, CONTACTS, [doc], "Anmodning om forhåndsdrøftelse")


def test_the_parts_own_sub_section_left_for_a_later_version_outweighs_its_parent(
    spec: CaseTypeSpec,
) -> None:
    report = check_parent(
        spec,
        "UNDER ARBEID. Delkapittelet ferdigstilles i versjon 1.1 etter avklaring med"
        " kommuneadvokaten. Se også kapittel 1 om hva vurderingen skal inneholde.",
    )
    necessity = report.parts[2]
    assert necessity.verdict is Verdict.MISSING, necessity.note
    assert "2.2 Nødvendighet og forholdsmessighet" in necessity.note


def test_the_parts_own_sub_section_with_its_assessment_keeps_the_part(spec: CaseTypeSpec) -> None:
    report = check_parent(
        spec,
        "Svindel mot eldre kunder har økt kraftig, og mindre inngripende alternativer fanger ikke"
        " fjernstyringssvindel. Behandlingen står derfor i rimelig forhold til formålet, og"
        " kundene informeres og kan be om manuell vurdering.",
    )
    assert report.parts[2].verdict is Verdict.PRESENT, report.parts[2].note


@pytest.mark.parametrize(
    "sentence",
    [
        "Delkapittelet ferdigstilles i versjon 1.1.",
        "This section will be completed in the next version.",
        "Vurderinga kjem i neste versjon av dokumentet.",
    ],
)
def test_left_for_a_later_version(spec: CaseTypeSpec, sentence: str) -> None:
    assert deferral_spans(spec, sentence)


def test_an_assessment_that_cites_its_attachments_is_no_pointer(spec: CaseTypeSpec) -> None:
    necessity = (
        "Behandlingen er nødvendig fordi engangskoder alene ikke lenger stopper"
        " fjernstyringssvindel, jf. vedlegg 2 om svindelutviklingen 2023–2026. Mindre"
        " inngripende alternativer, som manuelle kontroller av alle betalinger over 10 000 kroner,"
        " er vurdert og forkastet fordi de ville stoppe langt flere legitime betalinger (se"
        " vedlegg 2, kap. 4). Kundene informeres i appen."
    )
    assert check(spec, necessity).parts[2].verdict is Verdict.PRESENT


def test_a_parent_that_holds_the_assessment_keeps_it_beside_a_deferred_sub_section(
    spec: CaseTypeSpec,
) -> None:
    text = (
        DESCRIPTION + "2 Nødvendighet og proporsjonalitet\nSvindel mot eldre kunder har økt"
        " kraftig, og mindre inngripende alternativer fanger ikke fjernstyringssvindel."
        " Behandlingen står derfor i rimelig forhold til formålet, og kundene informeres og kan"
        " reservere seg.\n"
        "2.1 Nødvendighetsvurdering for pilotfase 2\nVurderingen for pilotfase 2 kommer i neste"
        " versjon.\n\n" + REST
    )
    doc = Document("DPIA.pdf", "application/pdf", len(text), "0" * 64, text)
    report = check_completeness(spec, CONTACTS, [doc], "Anmodning om forhåndsdrøftelse")
    assert report.parts[2].verdict is not Verdict.MISSING, report.parts[2].note
