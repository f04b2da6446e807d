"""Letters: legal checklists per kind, sandbox, strictness, citations, template hash, redaction."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date

import pytest
import yaml
from jinja2 import DictLoader, UndefinedError
from jinja2.exceptions import SecurityError

from cases.errors import ConfigurationError
from cases.model import CaseNumber
from letters import render
from letters.citations import (
    CONFIG_DIR,
    CitationNotFound,
    default_letterhead,
    load_citations,
    parse_citations,
    parse_letterhead,
)
from letters.model import (
    CORRECTIVE,
    Assessment,
    DecisionLetter,
    DeficiencyLetter,
    ExtensionLetter,
    Finding,
    InfoRequestLetter,
    LetterData,
    LetterDataInvalid,
    LetterHeader,
    MissingPart,
    Outcome,
    ReceiptLetter,
    RejectionLetter,
    Signatory,
)
from letters.redact import REDACTED, redact_for_publication
from letters.render import (
    TEMPLATE_DIR,
    LetterDataMissing,
    build_environment,
    format_date,
    render_letter,
)

FINGERPRINT = "5A2C9E0F41B7D3A86C1E2F9047B3D8E1A6C40F72"
CONTROLLER = "Nordlys kommune"
CONTROLLER_ORG = "964 981 234"


def make_header(**overrides: object) -> LetterHeader:
    header = LetterHeader(
        case_number=CaseNumber(2026, 42),
        document_number=3,
        dated_on=date(2026, 3, 27),
        caseworker="Kari Nordmann",
        recipient=CONTROLLER,
        recipient_address=["Postboks 100", "9999 Nordlys"],
        their_reference="NK-2026/118",
        caseworker_email="kari.nordmann@datatilsynet.no",
    )
    return replace(header, **overrides)  # type: ignore[arg-type]


def make_missing_parts() -> list[MissingPart]:
    return [
        MissingPart(
            4,
            "Vurdering av risiko for de registrertes rettigheter og friheter",
            [
                "dokumentasjon fra gjennomføringen av vurderingen av personvernkonsekvenser "
                "i henhold til artikkel 35",
                "risikovurdering i forhold til medbestemmelse, åpenhet og forutsigbarhet",
                "hvilke risikoreduserende tiltak som er gjennomført",
                "hvilke risikoreduserende tiltak som er vurdert, men ikke gjennomført",
                "begrunnelse for hvorfor risikoreduserende tiltak ikke er gjennomført",
            ],
            note="Dere skrev at vurderingen av personvernkonsekvenser «kommer senere».",
        ),
        MissingPart(
            5,
            "Dokumentasjon fra ledelsens validering av DPIA",
            [
                "sammenstilling av presentasjon og funn",
                "dokumentasjon av hensynet til interessenter",
                "ledelsens gjennomgang og beslutning",
            ],
            required_by_law=False,
        ),
    ]


def make_rejection(**overrides: object) -> RejectionLetter:
    letter = RejectionLetter(
        header=make_header(),
        received_on=date(2026, 3, 20),
        missing_parts=make_missing_parts(),
        office_key_fingerprint=FINGERPRINT,
        request_title="Digital hjemmeoppfølging med sensorer",
    )
    return replace(letter, **overrides)  # type: ignore[arg-type]


def make_deficiency() -> DeficiencyLetter:
    return DeficiencyLetter(
        make_header(),
        date(2026, 3, 20),
        make_missing_parts(),
        deadline_on=date(2026, 4, 13),
        office_key_fingerprint=FINGERPRINT,
    )


def make_receipt() -> ReceiptLetter:
    return ReceiptLetter(make_header(document_number=2), date(2026, 3, 20), date(2026, 5, 15))


def make_extension(**overrides: object) -> ExtensionLetter:
    letter = ExtensionLetter(
        header=make_header(dated_on=date(2026, 4, 16)),
        received_on=date(2026, 3, 20),
        reasons=[
            "Behandlingen omfatter sensorer i private hjem hos personer med demens, og vi må "
            "vurdere flere spørsmål om samtykkekompetanse og representasjon."
        ],
        original_deadline_on=date(2026, 5, 29),
        new_deadline_on=date(2026, 7, 10),
        notice_limit_on=date(2026, 4, 20),
    )
    return replace(letter, **overrides)  # type: ignore[arg-type]


def make_info_request() -> InfoRequestLetter:
    return InfoRequestLetter(
        make_header(document_number=4),
        date(2026, 3, 20),
        items=[
            "Databehandleravtalen med leverandøren av sensorløsningen.",
            "En beskrivelse av hvor sensordataene lagres, og hvem som har tilgang til dem.",
        ],
        reply_by_on=date(2026, 4, 15),
        office_key_fingerprint=FINGERPRINT,
        reason="Vi trenger opplysningene for å vurdere informasjonssikkerheten.",
    )


def make_findings() -> list[Finding]:
    return [
        Finding(
            title="Risikovurderingen dekker ikke overvåkingen i hjemmet",
            requirement="Vurderingen skal omfatte risikoen for de registrertes rettigheter og "
            "friheter, ikke bare for informasjonssikkerheten.",
            shortfall="DPIA-en vurderer bare risikoen for at uvedkommende får tilgang til "
            "sensordataene. Den sier ikke noe om hvordan kontinuerlig registrering av bevegelser "
            "påvirker beboernes privatliv og selvbestemmelse.",
            expected_measures=[
                "En vurdering av hvordan registreringen påvirker beboernes privatliv.",
                "En beskrivelse av hvordan beboere med redusert samtykkekompetanse involveres.",
                "En vurdering av om sensorene kan nøye seg med å registrere fall.",
            ],
            rule_ids=["GDPR_ART35_7"],
            read_more=["Datatilsynets veileder om vurdering av personvernkonsekvenser (DPIA)"],
        ),
        Finding(
            title="Standardinnstillingene sender alle sensordata til leverandøren",
            requirement="Personvern skal være bygd inn og være standardinnstillingen.",
            shortfall="Løsningen sender rådata fra alle sensorer til leverandørens skytjeneste.",
            expected_measures=[
                "Standardinnstillinger som bare sender varsler, ikke rådata.",
                "En fastsatt og begrunnet lagringstid for sensordata.",
            ],
            rule_ids=["GDPR_ART25", "GDPR_ART32"],
        ),
    ]


def make_decision(outcomes: list[Outcome], **overrides: object) -> DecisionLetter:
    letter = DecisionLetter(
        header=make_header(document_number=7, dated_on=date(2026, 5, 27)),
        received_on=date(2026, 3, 20),
        outcomes=outcomes,
        conclusion=["Datatilsynet pålegger Nordlys kommune å oppdatere DPIA-en før oppstart."],
        facts=["Kommunen planlegger å ta i bruk bevegelsessensorer i 40 omsorgsboliger."],
        assessment=Assessment(
            lawful="Kommunen har et behandlingsgrunnlag, men prinsippet om dataminimering er "
            "ikke oppfylt.",
            risk_identified="Risikoen for beboernes privatliv er ikke identifisert.",
            risk_reduced="Tiltakene reduserer risikoen for informasjonssikkerheten, men ikke "
            "risikoen for overvåking.",
        ),
        findings=make_findings(),
        main_considerations=["Vi har lagt vekt på at beboerne er særlig sårbare."],
        legal_basis=["GDPR_ART35", "GDPR_ART25"],
        advance_notice_on=date(2026, 5, 4),
        order_deadline_on=date(2026, 8, 31) if Outcome.ORDER in outcomes else None,
        processing_started=Outcome.REPRIMAND in outcomes,
    )
    return replace(letter, **overrides)  # type: ignore[arg-type]


LETTERS: dict[str, LetterData] = {
    "rejection": make_rejection(),
    "deficiency": make_deficiency(),
    "receipt": make_receipt(),
    "extension": make_extension(),
    "info_request": make_info_request(),
    "decision": make_decision([Outcome.ADVICE, Outcome.ORDER]),
}
APPEAL_HEADINGS = ("Dere har rett til å klage", "Your right to appeal")


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("kind", sorted(LETTERS))
def test_every_letter_renders_with_reference_header_and_template_identity(
    kind: str, language: str
) -> None:
    data = LETTERS[kind]
    letter = render_letter(kind, data, language=language)
    reference = data.header.case_number.reference(data.header.document_number)
    assert "26/00042" in letter.subject and reference in letter.subject
    assert (letter.kind, letter.language) == (kind, language)
    assert letter.template_name == f"{kind}.{language}.html.j2"
    assert re.fullmatch(r"\d+\.\d+\.\d+", letter.template_version)
    assert re.fullmatch(r"[0-9a-f]{64}", letter.template_sha256)
    label = "Vår referanse" if language == "nb" else "Our reference"
    assert f"{label}: {reference}" in letter.text
    assert format_date(data.header.dated_on, language) in letter.text
    assert "None" not in letter.text and "Kari Nordmann" in letter.text
    assert letter.html.startswith(f'<article class="letter" lang="{language}">')


def test_header_shows_references_date_and_caseworker() -> None:
    text = render_letter("rejection", make_rejection()).text
    assert "Vår referanse: 26/00042-3" in text
    assert "Deres referanse: NK-2026/118" in text
    assert "Dato: 27. mars 2026" in text
    assert "Saksbehandler: Kari Nordmann" in text
    assert text.startswith("Datatilsynet\n")


def test_missing_their_reference_is_shown_as_a_dash() -> None:
    letter = make_rejection(header=make_header(their_reference=None))
    assert "Deres referanse: –" in render_letter("rejection", letter).text


def test_reference_format_is_configurable() -> None:
    letterhead = replace(
        default_letterhead(), document_reference_format="{year}/{sequence:05d}-{document}"
    )
    letter = render_letter("rejection", make_rejection(), letterhead=letterhead)
    assert "Vår referanse: 2026/00042-3" in letter.text
    assert letter.subject.endswith("vår ref. 2026/00042-3")


def test_rejection_subject_is_exact() -> None:
    subject = render_letter("rejection", make_rejection()).subject
    assert subject == "Avvisning av anmodning om forhåndsdrøftelse – vår ref. 26/00042-3"


def test_rejection_names_every_missing_part_with_all_its_requirements() -> None:
    text = render_letter("rejection", make_rejection()).text
    for part in make_missing_parts():
        assert f"Del {part.number}: {part.name}" in text
        for requirement in part.requirements:
            assert f"– {requirement}" in text
    assert "Dere skrev at vurderingen av personvernkonsekvenser «kommer senere»." in text


def test_rejection_states_decision_legal_basis_and_how_to_send_a_new_request() -> None:
    text = render_letter("rejection", make_rejection()).text
    assert "Datatilsynet avviser anmodningen deres om forhåndsdrøftelse" in text
    assert "mottok 20. mars 2026" in text
    assert "opplysningene i personvernforordningen artikkel 36 nr. 3" in text
    assert "En avvisning er et enkeltvedtak, jf. forvaltningsloven § 2 tredje ledd" in text
    assert "forvaltningsloven §§ 24 og 25" in text
    assert "Det holder å sende oss de delene som mangler, og oppgi vår referanse 26/00042-3" in text
    assert "Dere må ikke starte behandlingen før en forhåndsdrøftelse er gjennomført" in text
    assert "veiledningsmøte" in text
    assert "5A2C 9E0F 41B7 D3A8 6C1E 2F90 47B3 D8E1 A6C4 0F72" in text
    assert "postkasse@datatilsynet.no" in text
    assert "forvaltningsloven § 11" not in text  # no deficiency notice was sent under `reject`


def test_rejection_after_a_notice_cites_the_rule_and_does_not_require_part_5_by_law() -> None:
    letter = make_rejection(
        deficiency_letter_on=date(2026, 3, 27), deficiency_deadline_on=date(2026, 4, 13)
    )
    text = render_letter("rejection", letter).text
    assert "en frist til å sende det, jf. forvaltningsloven § 11. Fristen har gått ut." in text
    part_5 = text[text.index("Del 5:") :]
    assert "Denne delen bør inneholde:" in part_5
    assert "Loven krever ikke denne delen, jf. personvernforordningen artikkel 36 nr. 3" in part_5
    assert "Denne delen må inneholde:" in text[: text.index("Del 5:")]


def test_rejection_after_a_deficiency_letter_says_the_deadline_was_missed() -> None:
    letter = make_rejection(
        deficiency_letter_on=date(2026, 3, 27), deficiency_deadline_on=date(2026, 4, 13)
    )
    text = render_letter("rejection", letter).text
    assert "I brev av 27. mars 2026 ba vi dere sende de manglende opplysningene innen " in text
    assert "13. april 2026" in text


def test_rejection_carries_the_full_appeal_paragraph() -> None:
    text = render_letter("rejection", make_rejection()).text
    assert "Dere har rett til å klage" in text
    assert "Fristen for å klage er tre uker fra den dagen dere fikk dette brevet, jf. " in text
    assert "forvaltningsloven § 29." in text and "§§ 28" not in text
    assert "Send klagen til Datatilsynet." in text
    assert "Det er Personvernnemnda som avgjør klagen, jf. personopplysningsloven § 22" in text
    assert "Klagen må være skriftlig og undertegnet." in text
    assert "hva dere vil at vi skal endre, og hvorfor" in text
    assert "nærmere begrunnelse" not in text
    assert "rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19" in text
    assert "forvaltningsloven § 42" not in text  # a rejection orders nothing


@pytest.mark.parametrize(
    ("outcomes", "deferred"),
    [([Outcome.ORDER], True), ([Outcome.BAN], True), ([Outcome.WARNING], False)],
)
def test_deferred_implementation_is_offered_where_the_decision_orders_something(
    outcomes: list[Outcome], deferred: bool
) -> None:
    text = render_letter("decision", make_decision(outcomes)).text
    assert ("utsatt iverksetting), jf. forvaltningsloven § 42" in text) is deferred


def test_english_rejection_carries_the_appeal_paragraph() -> None:
    text = render_letter("rejection", make_rejection(), language="en").text
    assert "Datatilsynet rejects your request for prior consultation" in text
    assert "three weeks from the day you received this letter" in text
    assert "Norwegian Privacy Appeals Board (Personvernnemnda)" in text
    assert "in writing and signed" in text
    assert "Date: 27 March 2026" in text


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        ("receipt", make_receipt()),
        ("deficiency", make_deficiency()),
        ("extension", make_extension()),
        ("info_request", make_info_request()),
        ("decision", make_decision([Outcome.NO_OBJECTION], findings=[])),
    ],
)
@pytest.mark.parametrize("language", ["nb", "en"])
def test_letters_that_are_not_decisions_have_no_appeal_paragraph(
    kind: str, data: LetterData, language: str
) -> None:
    text = render_letter(kind, data, language=language).text
    assert not any(heading in text for heading in APPEAL_HEADINGS)
    assert "Personvernnemnda" not in text


def test_deficiency_letter_gives_deadline_suspension_and_consequence() -> None:
    text = render_letter("deficiency", make_deficiency()).text
    for part in make_missing_parts():
        assert f"Del {part.number}: {part.name}" in text
        assert all(requirement in text for requirement in part.requirements)
    assert "Send de manglende opplysningene til oss senest 13. april 2026." in text
    assert "Fristen for å behandle saken står stille" in text
    assert "vil anmodningen bli avvist" in text
    assert "forvaltningsloven § 11" in text


def test_deficiency_deadline_must_be_after_the_letter_date() -> None:
    with pytest.raises(LetterDataInvalid):
        replace(make_deficiency(), deadline_on=date(2026, 3, 27))


def test_receipt_gives_case_number_dates_suspension_extension_contact_and_access() -> None:
    text = render_letter("receipt", make_receipt()).text
    assert "Saken har fått saksnummer 26/00042." in text
    assert "mottok anmodningen deres om forhåndsdrøftelse 20. mars 2026" in text
    assert "Dere kan derfor vente svar senest 15. mai 2026." in text
    assert "står fristen stille" in text
    assert "forlenge fristen med seks uker" in text
    assert "senest fire uker etter at vi mottok anmodningen" in text
    assert "kari.nordmann@datatilsynet.no" in text
    assert "offentleglova § 3" in text and "offentleglova § 13" in text
    assert "forvaltningsloven § 11 a" in text


def test_extension_gives_reasons_and_the_new_deadline() -> None:
    text = render_letter("extension", make_extension()).text
    assert "forlenger derfor fristen med seks uker" in text
    assert "Den nye fristen er 10. juli 2026." in text
    assert "Hvorfor vi trenger mer tid" in text
    assert "samtykkekompetanse og representasjon" in text


@pytest.mark.parametrize(
    "overrides",
    [
        {"reasons": []},
        {"reasons": ["  "]},
        {"header": make_header(dated_on=date(2026, 4, 21))},  # after the one-month limit
        {"new_deadline_on": date(2026, 5, 1)},
    ],
)
def test_extension_without_reasons_or_out_of_time_is_refused(overrides: dict[str, object]) -> None:
    with pytest.raises(LetterDataInvalid):
        make_extension(**overrides)


def test_info_request_lists_what_we_need_by_when_and_that_the_clock_stops() -> None:
    text = render_letter("info_request", make_info_request()).text
    assert "1. Databehandleravtalen med leverandøren av sensorløsningen." in text
    assert "2. En beskrivelse av hvor sensordataene lagres" in text
    assert "senest 15. april 2026" in text
    assert "står stille fra vi sendte dette brevet til vi har fått opplysningene" in text
    basis = "jf. personvernforordningen artikkel 36 nr. 3 bokstav f"
    assert f"Dere skal gi oss de opplysningene vi ber om, {basis}" in text
    assert "Rekker dere ikke fristen, kan dere be om en lengre frist." in text


def _positions(text: str, needles: list[str]) -> list[int]:
    return [text.index(needle) for needle in needles]


def test_decision_has_the_mandatory_sections_in_order() -> None:
    text = render_letter("decision", make_decision([Outcome.ORDER])).text
    sections = [
        "Vedtak\n------",
        "Rettslig grunnlag\n",
        "Sakens bakgrunn\n",
        "Vurdering\n",
        "Er behandlingen i tråd med personvernforordningen?",
        "Har dere identifisert risikoen godt nok?",
        "Har dere redusert risikoen godt nok?",
        "Våre funn og hva vi forventer av dere",
        "Hovedhensyn i skjønnet",
        "Dere har rett til å klage",
    ]
    positions = _positions(text, sections)
    assert positions == sorted(positions)
    assert "Vi har lagt vekt på at beboerne er særlig sårbare." in text
    assert "I brev av 4. mai 2026 varslet vi dere" in text


def test_every_finding_has_the_four_parts() -> None:
    text = render_letter("decision", make_decision([Outcome.ORDER])).text
    for number, finding in enumerate(make_findings(), start=1):
        block = text.split(f"Funn {number}: {finding.title}")[1].split("Funn ")[0]
        assert f"Hva regelverket krever: {finding.requirement}" in block
        assert f"Hvorfor den planlagte behandlingen ikke oppfyller kravet: {finding.shortfall}" in (
            block
        )
        assert "Dette forventer vi at dere har på plass:" in block
        assert all(f"– {measure}" in block for measure in finding.expected_measures)
        assert all(pointer in block for pointer in finding.read_more)
    assert "Se personvernforordningen artikkel 25 og personvernforordningen artikkel 32." in text


@pytest.mark.parametrize(
    ("outcomes", "title", "basis", "appeal"),
    [
        ([Outcome.ADVICE], "Skriftlige råd etter forhåndsdrøftelse", "58 nr. 3 bokstav a", True),
        ([Outcome.NO_OBJECTION], "Svar på anmodning om forhåndsdrøftelse", "36 nr. 2", False),
        ([Outcome.WARNING], "Vedtak om advarsel", "58 nr. 2 bokstav a", True),
        ([Outcome.REPRIMAND], "Vedtak om irettesettelse", "58 nr. 2 bokstav b", True),
        ([Outcome.ORDER], "Vedtak om pålegg", "58 nr. 2 bokstav d", True),
        ([Outcome.BAN], "Vedtak om forbud mot behandling", "58 nr. 2 bokstav f", True),
        (
            [Outcome.WARNING, Outcome.ADVICE, Outcome.ORDER],
            "Skriftlige råd og vedtak om pålegg og advarsel",
            "58 nr. 2 bokstav d",
            True,
        ),
    ],
)  # fmt: skip
def test_decision_title_legal_basis_and_appeal_follow_the_outcomes(
    outcomes: list[Outcome], title: str, basis: str, appeal: bool
) -> None:
    findings = [] if outcomes == [Outcome.NO_OBJECTION] else make_findings()
    letter = render_letter("decision", make_decision(outcomes, findings=findings))
    assert letter.subject == f"{title} – vår ref. 26/00042-7"
    assert f"personvernforordningen artikkel {basis}" in letter.text
    assert ("Dere har rett til å klage" in letter.text) is appeal
    assert ("Vedtak\n------" in letter.text) is bool(CORRECTIVE.intersection(outcomes))


def test_advice_appeal_info_can_be_switched_off_but_not_for_enkeltvedtak() -> None:
    advice = make_decision([Outcome.ADVICE], include_appeal_info=False)
    assert "Dere har rett til å klage" not in render_letter("decision", advice).text
    advice_with_order = make_decision([Outcome.ADVICE, Outcome.ORDER], include_appeal_info=False)
    text = render_letter("decision", advice_with_order).text
    assert "Dere har rett til å klage" in text and "Dere kan klage på vedtaket." in text


def test_advice_alone_says_the_advice_can_be_appealed() -> None:
    text = render_letter("decision", make_decision([Outcome.ADVICE])).text
    assert "Dere kan klage på avgjørelsen." in text
    assert "Konklusjon\n----------" in text


def test_order_deadline_is_stated() -> None:
    letter = make_decision([Outcome.ORDER], order_deadline_on=date(2026, 8, 31))
    text = render_letter("decision", letter).text
    assert "Fristen for å gjennomføre pålegget er 31. august 2026." in text


def test_english_decision_has_the_four_part_findings_and_appeal() -> None:
    letter = make_decision([Outcome.ADVICE, Outcome.ORDER, Outcome.WARNING])
    rendered = render_letter("decision", letter, language="en")
    assert rendered.subject.startswith(
        "Written advice and decision imposing an order and a warning"
    )
    for label in (
        "What the rules require:",
        "Why the intended processing does not meet the requirement:",
        "What we expect you to have in place:",
        "Read more:",
        "Main considerations in our assessment",
        "three weeks",
        "Personvernnemnda",
    ):
        assert label in rendered.text


@pytest.mark.parametrize(
    ("outcomes", "overrides"),
    [
        ([Outcome.NO_OBJECTION, Outcome.ORDER], {}),
        ([Outcome.ORDER], {"findings": []}),
        ([Outcome.WARNING], {"main_considerations": []}),
        ([], {}),
    ],
)
def test_inconsistent_decisions_are_refused(
    outcomes: list[Outcome], overrides: dict[str, object]
) -> None:
    with pytest.raises(LetterDataInvalid):
        make_decision(outcomes, **overrides)


def test_finding_without_expected_measures_is_refused() -> None:
    with pytest.raises(LetterDataInvalid, match="forventede tiltak"):
        replace(make_findings()[0], expected_measures=[])


def test_missing_part_without_requirements_is_refused() -> None:
    with pytest.raises(LetterDataInvalid):
        MissingPart(1, "Kontaktopplysninger", [])


def test_letter_data_is_frozen_into_tuples_and_outcomes_sorted_by_strictness() -> None:
    letter = make_decision([Outcome.ADVICE, Outcome.WARNING, Outcome.BAN])
    assert letter.outcomes == (Outcome.BAN, Outcome.WARNING, Outcome.ADVICE)
    assert isinstance(letter.findings, tuple) and isinstance(letter.header.recipient_address, tuple)
    assert hash(make_rejection()) == hash(make_rejection())


def test_exemption_marking_is_shown_above_the_header_when_the_letter_is_marked() -> None:
    letter = make_decision([Outcome.ORDER], header=make_header(exempt_basis="FVL_13_1_2"))
    text = render_letter("decision", letter).text
    marking = "Unntatt offentlighet, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 2"
    assert marking in text
    assert text.index(marking) < text.index("Vår referanse")
    assert (
        "Unntatt offentlighet" not in render_letter("decision", make_decision([Outcome.ORDER])).text
    )


def test_signatories_replace_the_default_caseworker_signature() -> None:
    signers = [
        Signatory("Ola Hansen", "seksjonssjef"),
        Signatory("Kari Nordmann", "seniorrådgiver"),
    ]
    letter = make_rejection(header=make_header(signatories=signers))
    text = render_letter("rejection", letter).text
    assert "Med vennlig hilsen\n\nOla Hansen\nseksjonssjef\n\nKari Nordmann\nseniorrådgiver" in text


@pytest.mark.parametrize(
    ("day", "nb", "en"),
    [
        (date(2026, 3, 20), "20. mars 2026", "20 March 2026"),
        (date(2026, 1, 1), "1. januar 2026", "1 January 2026"),
        (date(2027, 5, 17), "17. mai 2027", "17 May 2027"),
        (date(2026, 12, 31), "31. desember 2026", "31 December 2026"),
    ],
)
def test_dates_are_written_out_without_locale(day: date, nb: str, en: str) -> None:
    assert (format_date(day, "nb"), format_date(day, "en")) == (nb, en)


@pytest.mark.parametrize(
    "name", ["{{ 7*7 }}", "{% for x in range(3) %}x{% endfor %}", "{{ cite }}"]
)
def test_controller_text_is_rendered_as_data_never_as_template_code(name: str) -> None:
    letter = make_rejection(header=make_header(recipient=name), request_title=name)
    text = render_letter("rejection", letter).text
    assert text.count(name) == 2
    assert "49" not in text


def test_html_output_is_escaped() -> None:
    letter = make_rejection(request_title='<script>alert("x")</script> & co')
    html = render_letter("rejection", letter).html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co" in html
    assert '«<script>alert("x")</script> & co»' in render_letter("rejection", letter).text


@pytest.mark.parametrize(
    "source",
    [
        "{{ header.__class__.__mro__ }}",
        "{{ header.__init__.__globals__ }}",
        "{{ cite.__globals__ }}",
    ],
)
def test_the_sandbox_blocks_reaching_python_internals(source: str) -> None:
    env = build_environment(DictLoader({"evil": source}))
    with pytest.raises(SecurityError):
        env.get_template("evil").render(header=make_header(), cite=render_letter)


def test_the_sandbox_refuses_to_change_data() -> None:
    env = build_environment(DictLoader({"t": "{{ items.append(1) }}"}))
    with pytest.raises(SecurityError):
        env.get_template("t").render(items=[])


def test_strict_undefined_raises_on_missing_fields_and_on_none() -> None:
    env = build_environment(
        DictLoader(
            {"missing": "{{ header.no_such_field }}", "none": "{{ header.their_reference }}"}
        )
    )
    header = make_header(their_reference=None)
    for name in ("missing", "none"):
        with pytest.raises(UndefinedError):
            env.get_template(name).render(header=header)


def test_render_letter_reports_missing_data_as_a_casework_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = "{% set title = 'x' %}{{ letter.no_such_field }}"
    env = build_environment(DictLoader({"receipt.nb.html.j2": broken}))
    monkeypatch.setattr(render, "_environment", lambda: env)
    with pytest.raises(LetterDataMissing) as raised:
        render_letter("receipt", make_receipt())
    assert raised.value.code == "letter_data_missing"


def test_wrong_data_class_or_language_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        render_letter("rejection", make_receipt())
    with pytest.raises(TypeError):
        render_letter("receipt", make_receipt(), language="nn")
    with pytest.raises(TypeError):
        render_letter("henleggelse", make_receipt())


def test_template_hash_covers_the_template_and_everything_it_includes() -> None:
    names = [
        "_appeal.nb.html.j2",
        "_base.nb.html.j2",
        "_encryption.nb.html.j2",
        "_missing_parts.nb.html.j2",
        "rejection.nb.html.j2",
    ]
    digest = hashlib.sha256()
    for name in names:
        digest.update(f"{name}\n{(TEMPLATE_DIR / name).read_text(encoding='utf-8')}\n".encode())
    letter = render_letter("rejection", make_rejection())
    assert letter.template_sha256 == digest.hexdigest()
    first_line = (TEMPLATE_DIR / "rejection.nb.html.j2").read_text(encoding="utf-8").split("\n")[0]
    assert first_line == "{# template_version: 2.1.0 #}"
    receipt = render_letter("receipt", make_receipt())
    assert receipt.template_sha256 != letter.template_sha256


BRIEF_RULE_IDS = [
    "GDPR_ART36_2", "GDPR_ART36_3", "FVL_2", "FVL_11", "FVL_11A", "FVL_24", "FVL_25", "FVL_27",
    "FVL_28", "FVL_29", "FVL_32", "FVL_18_19", "POL_22", "OFFL_13", "FVL_13_1_1", "FVL_13_1_2",
    "GDPR_ART58_2_A", "GDPR_ART58_2_B", "GDPR_ART58_2_C", "GDPR_ART58_2_D", "GDPR_ART58_2_E",
    "GDPR_ART58_2_F", "GDPR_ART58_3_A",
]  # fmt: skip


def test_packaged_citations_cover_every_rule_id_in_force() -> None:
    table = load_citations(CONFIG_DIR / "legal_citations.yaml")
    citations = table.citations_for(BRIEF_RULE_IDS, date(2026, 3, 27))
    assert [c.rule_id for c in citations] == BRIEF_RULE_IDS
    assert table.citation("FVL_29", date(2026, 3, 27)).text("nb") == "forvaltningsloven § 29"
    assert table.citation("OFFL_13", date(2026, 3, 27)).text("nb", short=True) == "offl. § 13"


def _citations_with_new_act() -> dict[str, object]:
    document = yaml.safe_load((CONFIG_DIR / "legal_citations.yaml").read_text(encoding="utf-8"))
    document["FVL_29"] = [
        {"text_nb": "fvl. § 29", "text_en": "old", "valid_from": date(1970, 1, 1)}
        | {"valid_to": date(2026, 6, 30)},
        {"text_nb": "fvl. (2025) § 72", "text_en": "new", "valid_from": date(2026, 7, 1)},
    ]
    return dict(document)


def test_letters_cite_the_version_in_force_on_the_letter_date() -> None:
    table = parse_citations(_citations_with_new_act())
    before = make_rejection(header=make_header(dated_on=date(2026, 6, 30)))
    after = make_rejection(header=make_header(dated_on=date(2026, 7, 1)))
    assert "jf. fvl. § 29." in render_letter("rejection", before, citations=table).text
    assert "jf. fvl. (2025) § 72" in render_letter("rejection", after, citations=table).text


def test_unknown_or_expired_citation_raises() -> None:
    table = parse_citations(_citations_with_new_act())
    with pytest.raises(CitationNotFound):
        table.citation("FVL_99", date(2026, 3, 27))
    with pytest.raises(CitationNotFound):
        table.citation("FVL_29", date(1969, 12, 31))


@pytest.mark.parametrize(
    "document",
    [
        [],
        {"FVL_29": [{"text_nb": "x", "text_en": "y"}]},
        {"FVL_29": [{"text_nb": "x", "text_en": "y", "valid_from": "soon"}]},
    ],
)
def test_malformed_citations_file_is_a_configuration_error(document: object) -> None:
    with pytest.raises(ConfigurationError):
        parse_citations(document)


def test_packaged_letterhead_is_loaded() -> None:
    letterhead = default_letterhead()
    assert letterhead.office_name == "Datatilsynet"
    assert letterhead.org_number == "974 761 467"
    assert letterhead.postal_address == ("Postboks 458 Sentrum", "0105 Oslo")


def test_malformed_letterhead_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        parse_letterhead({"office": {"name": "Datatilsynet"}})
    with pytest.raises(ConfigurationError):
        parse_letterhead("not a mapping")


PRIVATE_CONTROLLER = "Nordlys Omsorg AS"
REDACTION_SAMPLE = (
    "Kontaktperson er Per Olsen (per.olsen@nordlys-omsorg.no, tlf. 987 65 432). "
    "Per Olsens vurdering ble lagt fram for Nordlys Omsorg AS (org.nr. 964981234). "
    "Personvernombud PER OLSEN kan også nås på +47 22 33 44 55 eller 41234567. "
    "Vår referanse 26/00042-3, datert 2026-03-27. Datatilsynet: 22 39 69 00."
)


def test_redaction_removes_names_contacts_and_controller_identity() -> None:
    redacted = redact_for_publication(
        REDACTION_SAMPLE,
        names=["Per Olsen"],
        controller_identity=[PRIVATE_CONTROLLER, CONTROLLER_ORG],
        keep=["22 39 69 00"],
    )
    for secret in ("Per Olsen", "PER OLSEN", "per.olsen@", "987 65 432", "Nordlys Omsorg"):
        assert secret not in redacted
    for secret in ("964981234", "+47 22 33 44 55", "41234567"):
        assert secret not in redacted
    assert redacted.count(REDACTED) == 9
    assert "26/00042-3" in redacted and "2026-03-27" in redacted
    assert "Datatilsynet: 22 39 69 00." in redacted


def test_redaction_can_keep_the_controller_identity() -> None:
    redacted = redact_for_publication(
        REDACTION_SAMPLE,
        ["Per Olsen"],
        [PRIVATE_CONTROLLER, CONTROLLER_ORG],
        redact_controller=False,
    )
    assert "Nordlys Omsorg AS (org.nr. 964981234)" in redacted
    assert "Per Olsen" not in redacted


def test_a_rendered_decision_can_be_redacted_for_publication() -> None:
    text = render_letter("decision", make_decision([Outcome.ORDER])).text
    letterhead = default_letterhead()
    redacted = redact_for_publication(
        text,
        names=["Per Olsen"],
        controller_identity=[CONTROLLER],
        keep=[letterhead.phone, letterhead.email, "Kari Nordmann", "kari.nordmann@datatilsynet.no"],
    )
    assert "Kari Nordmann" in redacted  # Datatilsynet's own caseworker stays
    assert CONTROLLER in redacted  # a municipality is a public body: it stays
    assert "Vår referanse: 26/00042-7" in redacted
    assert "Deres referanse: [sladdet]" in redacted
    assert letterhead.phone in redacted and letterhead.email in redacted
    assert "Hva regelverket krever:" in redacted
