"""R-CP-174: a risk section that only names the risks does not assess them; R-CP-175: the
sender's own word that the risk assessment is not finished outweighs the DPIA's title."""

from __future__ import annotations

from functools import partial

import pytest

from cases.model import Document
from completeness import CaseTypeSpec, Verdict, check_completeness
from completeness.cues import is_any_cue
from completeness.text import build_source, sentences
from config.case_types import load_case_type

_DPIA = (
    "Vurdering av personvernkonsekvenser (DPIA): Digital hjemmeoppfølging\n"
    "1 Beskrivelse av behandlingen\nPasienter med KOLS får et nettbrett som sender målinger av"
    " puls og oksygenmetning til sykehuset hver morgen. Sykepleiere ser målingene på dagtid, og"
    " leverandøren drifter plattformen som databehandler.\n"
    "2 Nødvendighet og forholdsmessighet\nVi har vurdert telefonoppfølging i stedet, men den"
    " fanger ikke forverring tidlig nok. Bare målingene som trengs samles inn, og de slettes"
    " etter tolv måneder. Pasienten kan når som helst gå tilbake til vanlig oppfølging.\n"
    "{risk}"
    "5 Ledelsens validering\nGodkjent av klinikksjefen i ledermøtet 21. oktober 2026, sak 41/26.\n"
)
_MAIL = "Vi ber om forhåndsdrøftelse og legger ved vår DPIA.\n"


@pytest.fixture(scope="module")
def spec() -> CaseTypeSpec:
    return load_case_type()


def _risk_verdict(spec: CaseTypeSpec, risk: str, body: str = _MAIL) -> tuple[Verdict, str]:
    text = _DPIA.format(risk=risk)
    document = Document("DPIA hjemmeoppfølging.pdf", "application/pdf", len(text), "0" * 64, text)
    result = check_completeness(spec, body, [document], "Forhåndsdrøftelse").parts[3]
    return result.verdict, result.note


@pytest.mark.parametrize(
    "risk",
    [
        "4 Risikovurdering\nIdentifiserte risikoer: - Pasienten tror at sykehuset følger med hele"
        " tiden. - Feil i algoritmen eller tersklene. - Nettbrett kommer på avveie. - Pasienter"
        " med lav digital kompetanse får dårligere oppfølging.\n",
        "4 Risk assessment\nRisks identified in the workshop on 14 October 2026:\nConstant"
        " monitoring creating stress\nFigures used in dismissal cases\nTransfer of data to the"
        " United Kingdom\n",
        # a register's header row names grades and measures that no row fills in
        "4 Risiko | Sannsynlighet | Konsekvens | Tiltak\nBiometriske maler kommer på avveie\n"
        "Feilmatching gir adgang til feil person\n",
    ],
)
def test_a_list_of_risks_is_no_risk_assessment(spec: CaseTypeSpec, risk: str) -> None:
    """R-CP-174: named risks with no likelihood, consequence, level, measure or residual risk
    are listed, not assessed; the DPIA's title no longer holds the part (R-CP-141) and a
    caseworker looks (uncertain, never missing: the list is a trace, P2)."""
    verdict, note = _risk_verdict(spec, risk)
    assert verdict is Verdict.UNCERTAIN, note


@pytest.mark.parametrize(
    "risk",
    [
        # graded in brackets, after a colon, in a table's cells
        "4 Risiko\n- Automatisk avslag uten menneskelig vurdering (høy) – rett til ny vurdering\n"
        "- Helseopplysninger avsløres (høy) – sletting etter 30 dager\n",
        "4 Kva kan gå gale for pasientane?\n- Pasientane kjenner seg overvaka heile dagen: høg;"
        " berre sjukepleiarar ser måla; står att middels.\n- Måla blir brukte til å vurdere"
        " kven som får plass på sjukeheim: middels; berre til oppfølging; står att låg.\n",
        "4 Risk | Level | What we do about it\nPatients feel watched | high | Day-time only\n"
        "Tablet lost | medium | Encrypted, remote wipe\n",
        "4 Risiko for pasientene\nHva kan skje | Hva vi gjør\nEn pasient blir presset av en"
        " pårørende | Fullmakt bare i samtale med sykepleier\n",
        # a measure in plain words
        "4 Risikovurdering\nDen største faren er at nettbrett kommer på avveie; tilgangen er"
        " derfor begrenset med PIN og fjernsletting.\n",
        # a longer text is judged by what it says, not by R-CP-174
        "4 Risikovurdering\n"
        + " ".join(
            f"Pasient {n} kan oppleve at opplysningene om helsen deres blir sett av andre i"
            " husstanden, som ikke skal vite om sykdommen."
            for n in range(1, 8)
        )
        + "\n",
    ],
)
def test_a_graded_or_treated_risk_is_an_assessment(spec: CaseTypeSpec, risk: str) -> None:
    """R-CP-174: a level («(høy)», «høg», «| high |»), a measure («Hva vi gjør», «begrenset»)
    or what is left («står att») assesses the risk however briefly."""
    verdict, note = _risk_verdict(spec, risk)
    assert verdict is Verdict.PRESENT, note


@pytest.mark.parametrize(
    "text",
    [
        "Hei,\n\nVedlagt følger anmodning om forhåndsdrøftelse.\n\nVennlig hilsen\nKristoffer Aas\n"
        "Seniorrådgiver, Risiko og compliance\nFjellsparebanken\nDirekte: 951 02 883\n",
        "Eier: Risiko og compliance · Versjon 1.0 · 27.11.2026\nVi vil bruke kontoinformasjon som"
        " kunden deler fra andre banker.\n",
        "Document owner: Risk and Compliance\nVersion: 1.0\nWe will use account information.\n",
    ],
)
def test_a_signature_or_a_document_field_heads_no_section(spec: CaseTypeSpec, text: str) -> None:
    """R-CP-174: «Seniorrådgiver, Risiko og compliance» under «Vennlig hilsen» and a name is the
    writer's title, and «Eier: Risiko og compliance» the document's owner: neither heads a risk
    assessment (a bank's signature held part 4 of a request that deferred it)."""
    source = build_source("DPIA.pdf", text, partial(is_any_cue, spec))
    assert [h.raw for h in source.headings if "Ris" in h.raw] == []


def test_the_senders_word_that_the_risk_assessment_is_unfinished_outweighs_the_dpia_title(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-175: a DPIA with no risk section of its own, sent with «Risikovurderingen er ennå
    ikke ferdigstilt», does not hold the risk assessment by being a DPIA: the part is missing
    by the sender's own word, and the deficiency notice can ask for it."""
    body = (
        "Vi ber om forhåndsdrøftelse og legger ved DPIA-en slik den foreligger."
        " Risikovurderingen er ennå ikke ferdigstilt; vi sender den så snart den er behandlet.\n"
    )
    verdict, note = _risk_verdict(spec, "", body)
    assert verdict is Verdict.MISSING, note


def test_the_dpia_own_risk_section_outweighs_a_deferral_elsewhere(spec: CaseTypeSpec) -> None:
    """R-CP-175 reads only a DPIA with no risk section of its own: where its own section
    assesses the risks, a sentence about another part's delay does not take them away."""
    body = "Vi ber om forhåndsdrøftelse. Risikovurderingen for fase 2 er ennå ikke ferdigstilt.\n"
    risk = (
        "4 Risikovurdering\nNettbrett kan komme på avveie (sannsynlighet lav, konsekvens høy);"
        " tiltak: PIN og fjernsletting. Restrisiko lav.\n"
    )
    verdict, note = _risk_verdict(spec, risk, body)
    assert verdict is Verdict.PRESENT, note


def test_a_sentence_under_the_parts_own_heading_is_judged_with_its_section(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-179: «Det er gjennomført risikovurdering i arbeidsmøte …» opens a paragraph about
    the part, but under the part's own heading it is judged with the section it stands in:
    a workshop held and a conclusion (R-CP-164) are too little, whatever one sentence says."""
    risk = (
        "4 Risikovurdering\nDet er gjennomført risikovurdering i arbeidsmøte 14. oktober 2026 med"
        " deltakere fra klinikken, IKT, personvernombudet og leverandøren, og arbeidsmøtet gikk"
        " gjennom hele løsningen fra innsamling til sletting av målingene.\nSamlet vurderes"
        " risikoen som akseptabel når tiltakene i kapittel 6 er gjennomført.\n"
    )
    verdict, note = _risk_verdict(spec, risk)
    assert verdict is Verdict.UNCERTAIN, note


def test_a_sentence_ends_with_its_table_row(spec: CaseTypeSpec) -> None:
    """R-CP-180: the measure not taken in one row («ikkje gjennomført fordi klagefristen …»)
    and the question of the next («5.1 | Når har leiinga validert DPIA-en?») are not one
    sentence (a number opens the row, so the full stop ended none): the validation was read as
    put off, and a complete request's checklist lost its part 5. The paragraph stays whole."""
    form = (
        "Nr\tTema\tStatus\n"
        "4.2\tKva tiltak er vurderte men ikkje gjennomførte?\tSletting straks etter eksamen –"
        " ikkje gjennomført fordi klagefristen på fusk må vere mogleg å handsame.\n"
        "5.1\tNår og korleis har leiinga validert DPIA-en?\tLeiargruppa, møte 27.10.2026.\n"
    )
    found = sentences(build_source("Sjekkliste.docx", form, partial(is_any_cue, spec)))
    assert not [s.text for s in found if "handsame" in s.text and "validert" in s.text]
    assert {s.paragraph.count("|") for s in found} == {4}  # both rows, one paragraph
