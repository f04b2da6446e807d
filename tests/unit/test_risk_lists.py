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


# the review's case 175-10: the risks under a heading in the writer's own words
_DRIVER_DPIA = (
    "Data Protection Impact Assessment – AI driver monitoring in delivery vans\n"
    "\n"
    "Northwind Logistics AS. Version 1.1, 16 October 2026.\n"
    "\n"
    "1 Contact details\n"
    "Contact person: Emma Lindqvist, Head of Legal, +47 932 11 450, emma.lindqvist@northwind-"
    "logistics.no\n"
    "Data Protection Officer: Arne Vold, +47 932 11 400, dpo@northwind-logistics.no\n"
    "Processor: FleetSight Ltd, contact Sarah Moore, +44 20 7946 0321, "
    "sarah.moore@fleetsight.co.uk\n"
    "\n"
    "2 Description of the processing\n"
    "Northwind Logistics will install dual-facing dashboard cameras with AI-based driver "
    "monitoring in 310 delivery vans. The road-facing camera records continuously in a "
    "30-second loop; the cabin-facing camera analyses the driver's face for signs of fatigue,"
    " phone use and distraction. When an event is detected, a 20-second clip and the event "
    "type, GPS position and speed are uploaded to FleetSight's platform, where a fleet safety"
    " officer reviews it.\n"
    "\n"
    "Data subjects are about 420 employed drivers and, incidentally, pedestrians and other "
    "road users. Clips are kept for 30 days unless used in a specific safety follow-up. "
    "FleetSight Ltd hosts the platform in Ireland. Legal basis: Article 6(1)(f) (road safety "
    "and protection of drivers), and the Workplace Control Regulations (kontrolltiltak) "
    "chapter IX of the Working Environment Act.\n"
    "\n"
    "3 Necessity and proportionality\n"
    "The processing is necessary because the company had 41 collisions in 2025, a third of "
    "them related to fatigue or phone use. We considered less intrusive alternatives: "
    "training only (tried 2023–2024, no measurable effect), road-facing cameras only (do not "
    "detect fatigue), and telematics without video (cannot tell phone use from other causes)."
    "\n"
    "\n"
    "Proportionality: no continuous cabin recording, only event clips; no audio; drivers can "
    "see every clip about themselves and comment before any follow-up; clips are never used "
    "for performance pay. Safeguards: agreement with the union representatives, role-based "
    "access for two safety officers, 30-day retention.\n"
    "\n"
    "4 Harms to drivers and how we address them\n"
    "In workshops with the union representatives and the DPO we went through what could harm "
    "the drivers and other road users.\n"
    "\n"
    "Drivers feel constantly watched, with stress and loss of autonomy as a result. "
    "Likelihood: likely. Severity: high. Done: event-only clips, no audio, privacy mode in "
    "breaks. Remaining: medium.\n"
    "Clips are used for discipline beyond safety. Likelihood: possible. Severity: high. Done:"
    " written policy, access logging, union oversight. Remaining: low.\n"
    "False fatigue alerts against drivers with medical conditions. Likelihood: possible. "
    "Severity: medium. Done: human review and right to comment. Remaining: low.\n"
    "\n"
    "Considered but not implemented: in-cab audio (too intrusive) and real-time blurring of "
    "pedestrians (not offered by the vendor).\n"
    ""
)


def test_a_sign_off_to_come_does_not_take_the_risk_assessment_from_the_dpia(
    spec: CaseTypeSpec,
) -> None:
    """R-CP-175 (narrowed on review): «The Executive Management Team's sign-off of the risk
    assessment will follow» defers the validation, not the risk assessment: the DPIA whose risks
    stand under a heading in its own words («Harms to drivers and how we address them») keeps
    part 4, and the notice asks for part 5 alone."""
    dpia = _DRIVER_DPIA
    document = Document("DPIA_driver_monitoring.pdf", "application/pdf", len(dpia), "0" * 64, dpia)
    body = (
        "We request prior consultation under Article 36. Our DPIA is attached. The Executive"
        " Management Team's sign-off of the risk assessment will follow after its meeting on"
        " 4 December.\n"
    )
    result = check_completeness(spec, body, [document], "Prior consultation").parts[3]
    assert result.verdict is not Verdict.MISSING, result.note


@pytest.mark.parametrize(
    "risk",
    [
        "4 Risikovurdering\nDen største faren er at malane av barna kjem på avvegar. Sannsynet for"
        " det er lite, men følgjene kan bli alvorlege.\nForeldre kan kjenne seg pressa til å"
        " samtykkje.\n",
        "4 Risikovurdering\nNr\tUønsket hendelse\tS\tK\tRisikoreduserende handling\n1\t"
        "Nettbrett på avveie\t2\t4\tPIN og fjernsletting\n2\tPårørende ser helsedata\t3\t3\t"
        "Egen brukerprofil\n",
    ],
)
def test_an_assessment_in_plain_words_is_an_assessment(spec: CaseTypeSpec, risk: str) -> None:
    """R-CP-174 (widened on review): likelihood and consequence in nynorsk and plain words
    («sannsynet», «følgjene»), a ROS matrix's «S | K» columns assess the risk."""
    verdict, note = _risk_verdict(spec, risk)
    assert verdict is Verdict.PRESENT, note


def test_a_register_with_one_row_is_no_header_alone(spec: CaseTypeSpec) -> None:
    """R-CP-111 (found on review): «1 | Nettbrett på avveie | 2 | 4 | PIN og fjernsletting»
    under the register's header row is a risk graded, not a second header: the part was judged
    missing, and a notice would have asked for a risk assessment that was there. One row is
    thin; a caseworker looks."""
    risk = (
        "4 Risikovurdering\nNr\tUønsket hendelse\tS\tK\tRisikoreduserende handling\n1\t"
        "Nettbrett på avveie\t2\t4\tPIN og fjernsletting\n"
    )
    verdict, note = _risk_verdict(spec, risk)
    assert verdict is not Verdict.MISSING, note


@pytest.mark.parametrize(
    "risk",
    [
        "4 Risikovurdering\nIdentifiserte risikoer:\n- Ukryptert overføring av helsedata\n"
        "- Alvorlig krenkelse ved feil mottaker\n- Opptak slettes ikke etter fristen\n",
        "4 Risk assessment\nRisks identified:\nEncryption keys lost\nSevere distress for"
        " employees\nData not deleted on time\n",
    ],
)
def test_grading_words_inside_the_risks_names_grade_nothing(spec: CaseTypeSpec, risk: str) -> None:
    """R-CP-174 (second review): «Ukryptert overføring», «Alvorlig krenkelse», «slettes ikke»
    name the risks; a list of them is still a list (a first widening of the gradings to
    «kryptert», «alvorlig», «slettes» registered four such requests)."""
    verdict, note = _risk_verdict(spec, risk)
    assert verdict is Verdict.UNCERTAIN, note
