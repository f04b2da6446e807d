"""letters/model.py: letter data is frozen into tuples and refused, with the reason, when a letter
could not lawfully be written from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from cases.model import CaseNumber
from letters.model import (
    AdvanceNoticeLetter,
    Assessment,
    ClosingLetter,
    DecisionLetter,
    DeficiencyLetter,
    ExtensionLetter,
    Finding,
    InfoRequestLetter,
    LetterDataInvalid,
    Letterhead,
    LetterHeader,
    MissingPart,
    Outcome,
    RejectionLetter,
    Signatory,
)

DATED = date(2026, 5, 27)
DAY = timedelta(days=1)
RECEIVED = date(2026, 3, 20)


def header(**fields: object) -> LetterHeader:
    values: dict[str, object] = {
        "case_number": CaseNumber(2026, 42), "document_number": 3, "dated_on": DATED,
        "caseworker": "Kari Nordmann", "recipient": "Nordlys kommune",
    }  # fmt: skip
    return LetterHeader(**(values | fields))  # type: ignore[arg-type]


def refused(build: Callable[[], object]) -> str:
    with pytest.raises(LetterDataInvalid) as error:
        build()
    assert str(error.value) == f"Brevet kan ikke lages: {error.value.fields['detail']}"
    return str(error.value.fields["detail"])


PART = MissingPart(4, "Risiko", ["en risikovurdering"])
FINDING = Finding("Funn", "Krav", "Mangel", ["Tiltak"])
ASSESSMENT = Assessment("lovlig", "identifisert", "redusert")


def decision(outcomes: list[Outcome], **fields: object) -> DecisionLetter:
    values: dict[str, object] = {
        "header": header(), "received_on": RECEIVED, "outcomes": outcomes,
        "conclusion": ["Konklusjon"], "facts": ["Fakta"], "assessment": ASSESSMENT,
        "findings": [FINDING], "main_considerations": ["Hensyn"],
    }  # fmt: skip
    return DecisionLetter(**(values | fields))  # type: ignore[arg-type]


def test_sequences_are_frozen_into_tuples() -> None:
    letterhead = Letterhead("D", "D", ["Postboks 1"], ["Gate 2"], "e", "p", "w", "o")
    assert (letterhead.postal_address, letterhead.visiting_address) == (
        ("Postboks 1",),
        ("Gate 2",),
    )
    signatory = Signatory("Kari", "seniorrådgiver")
    made = header(recipient_address=["Postboks 100"], signatories=[signatory])
    assert (made.recipient_address, made.signatories) == (("Postboks 100",), (signatory,))
    assert MissingPart(1, "Del", ["krav"]).requirements == ("krav",)
    assert RejectionLetter(header(), RECEIVED, [PART], "FP").missing_parts == (PART,)
    deficiency = DeficiencyLetter(header(), RECEIVED, [PART], DATED + DAY, "FP")
    assert deficiency.missing_parts == (PART,)
    closing = ClosingLetter(header(), RECEIVED, "other", ["fordi"], ["slik"])
    assert (closing.explanation, closing.guidance) == (("fordi",), ("slik",))
    extension = ExtensionLetter(header(), RECEIVED, ["grunn"], DATED, DATED + DAY)
    assert extension.reasons == ("grunn",)
    info = InfoRequestLetter(header(), RECEIVED, ["avtalen"], DATED + DAY, "FP")
    assert info.items == ("avtalen",)
    notice = AdvanceNoticeLetter(header(), RECEIVED, [Outcome.BAN], ["grunnlag"], DATED + DAY)
    assert notice.grounds == ("grunnlag",)
    finding = Finding("T", "K", "M", ["tiltak"], ["GDPR_ART35"], ["veileder"])
    assert (finding.expected_measures, finding.rule_ids, finding.read_more) == (
        ("tiltak",), ("GDPR_ART35",), ("veileder",),
    )  # fmt: skip
    made_decision = decision([Outcome.ADVICE], legal_basis=["GDPR_ART58_3_A"])
    assert (made_decision.conclusion, made_decision.facts, made_decision.findings) == (
        ("Konklusjon",), ("Fakta",), (FINDING,),
    )  # fmt: skip
    assert made_decision.main_considerations == ("Hensyn",)
    assert made_decision.legal_basis == ("GDPR_ART58_3_A",)
    assert made_decision.outcomes == (Outcome.ADVICE,)


def test_a_document_number_starts_at_one() -> None:
    assert header(document_number=1).document_number == 1
    assert refused(lambda: header(document_number=0)) == "dokumentnummeret må være 1 eller høyere"


def test_a_missing_part_names_what_it_must_contain() -> None:
    assert refused(lambda: MissingPart(4, "Risiko", [])) == "del 4 mangler krav til innhold"


def test_a_rejection_or_deficiency_letter_names_a_missing_part() -> None:
    expected = "brevet må nevne minst én manglende del"
    assert refused(lambda: RejectionLetter(header(), RECEIVED, [], "FP")) == expected
    assert refused(lambda: DeficiencyLetter(header(), RECEIVED, [], DATED + DAY, "FP")) == expected


def test_a_deficiency_letters_deadline_is_after_its_date() -> None:
    assert DeficiencyLetter(header(), RECEIVED, [PART], DATED + DAY, "FP").deadline_on > DATED
    assert refused(lambda: DeficiencyLetter(header(), RECEIVED, [PART], DATED, "FP")) == (
        "fristen må være etter brevdatoen"
    )


def test_a_case_is_closed_for_a_known_reason_with_guidance_or_explanation_where_owed() -> None:
    assert ClosingLetter(header(), RECEIVED, "withdrawn").reason == "withdrawn"
    assert ClosingLetter(header(), RECEIVED, "not_a_request", guidance=["slik"]).guidance
    assert ClosingLetter(header(), RECEIVED, "other", explanation=["fordi"]).explanation
    assert refused(lambda: ClosingLetter(header(), RECEIVED, "bored")) == (
        "ukjent grunn «bored» for å avslutte"
    )
    assert refused(lambda: ClosingLetter(header(), RECEIVED, "not_a_request", ["fordi"])) == (
        "et svar på en henvendelse som ikke er en anmodning, må gi veiledning (R-OUT-5)"
    )
    assert refused(lambda: ClosingLetter(header(), RECEIVED, "other", guidance=["slik"])) == (
        "si hvorfor saken avsluttes"
    )


def test_an_extension_is_reasoned_later_and_noticed_in_time() -> None:
    def extension(reasons: list[str], new: date, limit: date | None = None) -> ExtensionLetter:
        return ExtensionLetter(header(), RECEIVED, reasons, DATED, new, limit)

    assert extension([" ", "grunn"], DATED + DAY, DATED).notice_limit_on == DATED
    assert extension(["grunn"], DATED + DAY).notice_limit_on is None
    assert refused(lambda: extension([" ", "\n"], DATED + DAY)) == "forlengelse må begrunnes"
    assert refused(lambda: extension([], DATED + DAY)) == "forlengelse må begrunnes"
    assert refused(lambda: extension(["grunn"], DATED)) == "ny frist må være senere"
    assert refused(lambda: extension(["grunn"], DATED + DAY, DATED - DAY)) == (
        "varsel om forlengelse er for sent (én måned etter mottak)"
    )


def test_an_information_request_says_what_we_need() -> None:
    assert refused(lambda: InfoRequestLetter(header(), RECEIVED, [], DATED + DAY, "FP")) == (
        "brevet må si hvilke opplysninger vi trenger"
    )


def test_an_advance_notice_names_corrective_measures_strictest_first_with_grounds() -> None:
    def notice(outcomes: list[Outcome], grounds: list[str], reply: date) -> AdvanceNoticeLetter:
        return AdvanceNoticeLetter(header(), RECEIVED, outcomes, grounds, reply)

    made = notice(
        [Outcome.REPRIMAND, Outcome.BAN, Outcome.WARNING, Outcome.BAN], ["g"], DATED + DAY
    )
    assert made.outcomes == (Outcome.BAN, Outcome.WARNING, Outcome.REPRIMAND)
    assert refused(lambda: notice([], ["g"], DATED + DAY)) == (
        "forhåndsvarselet må nevne vedtaket vi vurderer"
    )
    assert refused(lambda: notice([Outcome.ORDER, Outcome.ADVICE], ["g"], DATED + DAY)) == (
        "forhåndsvarsel gjelder bare advarsel, pålegg, forbud eller irettesettelse"
    )
    assert refused(lambda: notice([Outcome.ORDER], [], DATED + DAY)) == (
        "forhåndsvarselet må si hva vi vurderer og hvorfor"
    )
    assert refused(lambda: notice([Outcome.ORDER], ["g"], DATED)) == (
        "svarfristen må være etter brevdatoen"
    )


def test_a_finding_says_what_is_expected() -> None:
    assert refused(lambda: Finding("Lagringstid", "K", "M", [])) == (
        "funnet «Lagringstid» mangler forventede tiltak"
    )


def test_a_decisions_outcomes_are_deduplicated_strictest_first() -> None:
    made = decision(
        [Outcome.ADVICE, Outcome.WARNING, Outcome.ORDER, Outcome.ADVICE],
        order_deadline_on=DATED + DAY,
    )
    assert made.outcomes == (Outcome.ORDER, Outcome.WARNING, Outcome.ADVICE)
    assert made.corrective_outcomes == (Outcome.ORDER, Outcome.WARNING)


@pytest.mark.parametrize(
    ("outcomes", "fields", "expected"),
    [
        ([], {}, "vedtaket må ha minst ett utfall"),
        ([Outcome.ADVICE], {"conclusion": []}, "vedtaket må ha en konklusjon"),
        (
            [Outcome.NO_OBJECTION, Outcome.WARNING],
            {},
            "«ingen merknader» kan ikke kombineres med korrigerende tiltak",
        ),
        ([Outcome.WARNING], {"findings": []}, "et vedtak må ha minst ett funn"),
        ([Outcome.WARNING], {"main_considerations": []}, "hovedhensyn mangler"),
        ([Outcome.ORDER], {}, "et pålegg må ha en frist for å gjennomføre det"),
        (
            [Outcome.ORDER],
            {"order_deadline_on": DATED},
            "fristen i pålegget må være etter brevdatoen",
        ),
        (
            [Outcome.WARNING],
            {"order_deadline_on": DATED},
            "fristen i pålegget må være etter brevdatoen",
        ),
        ([Outcome.REPRIMAND], {}, "irettesettelse forutsetter at behandlingen har startet"),
    ],
)
def test_a_decision_that_could_not_lawfully_be_written_is_refused(
    outcomes: list[Outcome], fields: dict[str, object], expected: str
) -> None:
    assert refused(lambda: decision(outcomes, **fields)) == expected


def test_advice_needs_no_findings_and_a_reprimand_for_processing_under_way_is_allowed() -> None:
    advice = decision([Outcome.ADVICE], findings=[], main_considerations=[])
    assert advice.findings == () and not advice.is_enkeltvedtak
    assert decision([Outcome.NO_OBJECTION], findings=[]).outcomes == (Outcome.NO_OBJECTION,)
    reprimand = decision([Outcome.REPRIMAND], processing_started=True)
    assert reprimand.is_enkeltvedtak and not reprimand.orders_something


@pytest.mark.parametrize(
    ("outcomes", "include", "orders", "advice", "enkeltvedtak", "appeal"),
    [
        ([Outcome.BAN], False, True, False, True, True),
        ([Outcome.ORDER, Outcome.ADVICE], False, True, True, True, True),
        ([Outcome.WARNING], True, False, False, True, True),
        ([Outcome.ADVICE], True, False, True, False, True),
        ([Outcome.ADVICE], False, False, True, False, False),
        ([Outcome.NO_OBJECTION], True, False, False, False, False),
    ],
)
def test_what_a_decision_is_and_whether_it_tells_how_to_appeal(
    outcomes: list[Outcome],
    include: bool,
    orders: bool,
    advice: bool,
    enkeltvedtak: bool,
    appeal: bool,
) -> None:
    made = decision(outcomes, include_appeal_info=include, order_deadline_on=DATED + DAY)
    assert (made.orders_something, made.gives_advice, made.is_enkeltvedtak) == (
        orders, advice, enkeltvedtak,
    )  # fmt: skip
    assert made.includes_appeal_info is appeal


def test_the_letterheads_defaults() -> None:
    letterhead = Letterhead("D", "D", (), (), "e", "p", "w", "o")
    assert letterhead.case_reference_format.format(yy=26, sequence=42) == "26/00042"
    assert letterhead.document_reference_format.format(yy=26, sequence=42, document=3) == (
        "26/00042-3"
    )
    assert (letterhead.closing_nb, letterhead.closing_en) == (
        "Med vennlig hilsen",
        "Yours sincerely",
    )
    assert (letterhead.caseworker_title_nb, letterhead.caseworker_title_en) == (
        "saksbehandler", "case officer",
    )  # fmt: skip
    assert letterhead.logo is None and letterhead.unit_nb == "Datatilsynet"
