"""Pure: a caseworker's letter input (YAML or JSON) checked field by field, then built."""

# The format is documented in letters/examples/decision-findings.yaml. Every problem is reported at
# once, each with its path (`findings[2].expected_measures`, counted from 1 like «Funn 2» in the
# letter) and what is wrong, in Norwegian.

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

import yaml

from cases.errors import CaseworkError
from letters.citations import CitationTable, default_citations
from letters.findings_reader import Reader
from letters.model import (
    CLOSING_REASONS,
    CORRECTIVE,
    AdvanceNoticeLetter,
    Assessment,
    ClosingLetter,
    DecisionLetter,
    ExtensionLetter,
    Finding,
    InfoRequestLetter,
    LetterData,
    LetterHeader,
    Outcome,
    Signatory,
)

InputFormat = Literal["yaml", "json"]
_COMMON: tuple[str, ...] = ("language", "their_reference", "exempt_basis", "caseworker")
_COMMON += ("controller", "contact_persons", "signatories")
_DECISION: tuple[str, ...] = ("outcomes", "conclusion", "facts", "assessment", "findings")
_DECISION += ("main_considerations", "legal_basis", "advance_notice_on", "order_deadline_on")
_DECISION += ("include_appeal_info", "advance_notice_exception", "processing_started")
_ADVANCE_NOTICE = ("outcomes", "grounds", "reply_by_on", "planned_order_deadline_on")
_CLOSING = ("reason", "explanation", "guidance")
_FINDING = ("title", "requirement", "shortfall", "expected_measures", "rule_ids", "read_more")
_ASSESSMENT = ("lawful", "risk_identified", "risk_reduced")
_CONTROLLER = ("name", "org_number", "organisation_form", "address")


class LetterInputInvalid(CaseworkError):
    code = "letter_input_invalid"
    template = "Brevgrunnlaget har {count} feil:\n{listing}"

    def __init__(self, problems: Collection[str]) -> None:
        self.problems = tuple(problems)
        listing = "\n".join(f"  – {problem}" for problem in self.problems)
        super().__init__(count=len(self.problems), listing=listing)


@dataclass(frozen=True, slots=True)
class LetterBasics:
    """Fields every letter kind accepts: language, references, marking, parties, signatories."""

    language: str | None = None  # None: the case's language
    their_reference: str | None = None
    exempt_basis: str | None = None  # a citation id (R-AC-3), e.g. FVL_13_1_2
    caseworker: str | None = None  # None: the case's caseworker
    controller_name: str | None = None  # the organisation; None: the sender of the request
    controller_org_number: str | None = None
    controller_form: str | None = None  # Enhetsregisteret's organisasjonsform: AS, ENK, KOMM …
    controller_address: tuple[str, ...] = ()
    contact_persons: tuple[str, ...] = ()  # people named in the letter (redacted for publication)
    signatories: tuple[Signatory, ...] = ()


@dataclass(frozen=True, slots=True)
class DecisionInput:
    basics: LetterBasics
    outcomes: tuple[Outcome, ...]
    conclusion: tuple[str, ...]
    facts: tuple[str, ...]
    assessment: Assessment
    findings: tuple[Finding, ...]
    main_considerations: tuple[str, ...]
    legal_basis: tuple[str, ...] = ()
    advance_notice_on: date | None = None
    order_deadline_on: date | None = None
    include_appeal_info: bool = True
    advance_notice_exception: str | None = None  # fvl. § 16 third paragraph: why no notice
    processing_started: bool = False  # a reprimand needs processing that has taken place

    @property
    def needs_advance_notice(self) -> bool:
        """R-OUT-2: a warning, order, ban or reprimand is preceded by an advance notice."""
        return any(o in CORRECTIVE for o in self.outcomes)


@dataclass(frozen=True, slots=True)
class AdvanceNoticeInput:
    basics: LetterBasics
    outcomes: tuple[Outcome, ...]
    grounds: tuple[str, ...]
    reply_by_on: date
    planned_order_deadline_on: date | None = None


@dataclass(frozen=True, slots=True)
class ClosingInput:
    basics: LetterBasics
    reason: str
    explanation: tuple[str, ...] = ()
    guidance: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtensionInput:
    basics: LetterBasics
    reasons: tuple[str, ...]
    override_reason: str | None = None  # needed after the 4-week target (R-EXT-3, P5)


@dataclass(frozen=True, slots=True)
class InfoRequestInput:
    basics: LetterBasics
    items: tuple[str, ...]
    reply_by_on: date
    reason: str | None = None


LetterInput = DecisionInput | ExtensionInput | InfoRequestInput | AdvanceNoticeInput | ClosingInput


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the register knows that a letter needs (filled in by casework.drafting)."""

    received_on: date
    d8_on: date
    d14_on: date
    notice_limit_on: date
    office_key_fingerprint: str
    request_title: str | None = None


class _Loader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text, so a bad date is reported with its path."""


def _date_as_text(loader: _Loader, node: yaml.Node) -> str:
    assert isinstance(node, yaml.ScalarNode)
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


def parse_document(text: str, fmt: InputFormat) -> object:
    """YAML or JSON text to plain data; a syntax error names its line."""
    try:
        return json.loads(text) if fmt == "json" else yaml.load(text, Loader=_Loader)  # noqa: S506
    except json.JSONDecodeError as exc:
        raise LetterInputInvalid([f"linje {exc.lineno}: ugyldig JSON ({exc.msg})"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"linje {mark.line + 1}" if mark is not None else "filen"
        problem = getattr(exc, "problem", None) or exc
        raise LetterInputInvalid([f"{where}: ugyldig YAML ({problem})"]) from None


def _basics(r: Reader, doc: Mapping[str, object]) -> LetterBasics:
    language = r.text(doc, "language", required=False)
    if language is not None and language not in ("nb", "en"):
        r.fail("language", "må være «nb» (bokmål) eller «en» (engelsk)")
    controller = r.mapping(doc.get("controller"), "controller", _CONTROLLER, required=False)
    signatories = tuple(
        Signatory(r.text(item, "name", path) or "", r.text(item, "title", path) or "")
        for path, item in r.items(doc, "signatories", ("name", "title"))
    )
    return LetterBasics(
        language=language,
        their_reference=r.text(doc, "their_reference", required=False),
        exempt_basis=r.rule_id(doc, "exempt_basis"),
        caseworker=r.text(doc, "caseworker", required=False),
        controller_name=r.text(controller, "name", "controller", required=False),
        controller_org_number=r.text(controller, "org_number", "controller", required=False),
        controller_form=r.text(controller, "organisation_form", "controller", required=False),
        controller_address=r.texts(controller, "address", "controller", required=False),
        contact_persons=r.texts(doc, "contact_persons", required=False),
        signatories=signatories,
    )


def _finding(r: Reader, path: str, item: Mapping[str, object]) -> Finding | None:
    values = (
        r.text(item, "title", path),
        r.text(item, "requirement", path),
        r.text(item, "shortfall", path),
        r.texts(item, "expected_measures", path, what="ett tiltak"),
        r.rule_ids(item, "rule_ids", path),
        r.texts(item, "read_more", path, required=False),
    )
    title, requirement, shortfall, measures, rule_ids, read_more = values
    if title is None or requirement is None or shortfall is None or not measures:
        return None
    return Finding(title, requirement, shortfall, measures, rule_ids, read_more)


def _outcomes(r: Reader, doc: Mapping[str, object]) -> tuple[Outcome, ...]:
    known = ", ".join(Outcome)
    found: list[Outcome] = []
    for index, name in enumerate(r.texts(doc, "outcomes", what="ett utfall"), start=1):
        if name.upper() in Outcome.__members__:
            found.append(Outcome(name.upper()))
        else:
            r.fail(f"outcomes[{index}]", f"ukjent utfall «{name}»; gyldige utfall er {known}")
    return tuple(found)


def _check_outcome_rules(r: Reader, data: DecisionInput, findings_given: bool) -> None:
    """R-OUT-1 and R-LT-2/R-LT-3: what an enkeltvedtak must contain."""
    corrective = sorted(o.value for o in data.outcomes if o in CORRECTIVE)
    if corrective and Outcome.NO_OBJECTION in data.outcomes:
        r.fail("outcomes", "NO_OBJECTION kan ikke kombineres med korrigerende tiltak")
    if corrective and not findings_given:
        r.fail("findings", f"et vedtak ({', '.join(corrective)}) må ha minst ett funn (R-LT-3)")
    if corrective and not data.main_considerations:
        r.fail("main_considerations", "et vedtak må nevne hovedhensynene i skjønnet (R-LT-2)")
    if Outcome.ORDER in data.outcomes and data.order_deadline_on is None:
        r.fail("order_deadline_on", "et pålegg må ha en frist for å gjennomføre det")
    if Outcome.REPRIMAND in data.outcomes and not data.processing_started:
        r.fail(
            "processing_started",
            "irettesettelse forutsetter at behandlingen har startet; sett processing_started: true",
        )


def _decision(r: Reader, doc: Mapping[str, object]) -> DecisionInput:
    """Fields in the order of the letter, so the problems are listed in that order too."""
    basics, outcomes = _basics(r, doc), _outcomes(r, doc)
    conclusion = r.texts(doc, "conclusion", paragraphs=True)
    facts = r.texts(doc, "facts", paragraphs=True)
    assessment = r.mapping(doc.get("assessment"), "assessment", _ASSESSMENT)
    answers = [r.text(assessment, key, "assessment") or "" for key in _ASSESSMENT]
    findings = [_finding(r, path, item) for path, item in r.items(doc, "findings", _FINDING)]
    data = DecisionInput(
        basics=basics,
        outcomes=outcomes,
        conclusion=conclusion,
        facts=facts,
        assessment=Assessment(*answers),
        findings=tuple(f for f in findings if f is not None),
        main_considerations=r.texts(doc, "main_considerations", required=False, paragraphs=True),
        legal_basis=r.rule_ids(doc, "legal_basis"),
        advance_notice_on=r.day(doc, "advance_notice_on"),
        order_deadline_on=r.day(doc, "order_deadline_on"),
        include_appeal_info=r.flag(doc, "include_appeal_info", default=True),
        advance_notice_exception=r.text(doc, "advance_notice_exception", required=False),
        processing_started=r.flag(doc, "processing_started", default=False),
    )
    _check_outcome_rules(r, data, findings_given=bool(doc.get("findings")))
    return data


def _extension(r: Reader, doc: Mapping[str, object]) -> ExtensionInput:
    reasons = r.texts(doc, "reasons", paragraphs=True, what="én begrunnelse (R-EXT-1)")
    override = r.text(doc, "override_reason", required=False)
    return ExtensionInput(_basics(r, doc), reasons, override)


def _info_request(r: Reader, doc: Mapping[str, object]) -> InfoRequestInput:
    items = r.texts(doc, "items", what="én opplysning vi ber om")
    reply_by = r.day(doc, "reply_by_on", required=True) or date.min
    return InfoRequestInput(_basics(r, doc), items, reply_by, r.text(doc, "reason", required=False))


def _advance_notice(r: Reader, doc: Mapping[str, object]) -> AdvanceNoticeInput:
    basics, outcomes = _basics(r, doc), _outcomes(r, doc)
    for outcome in outcomes:
        if outcome not in CORRECTIVE:
            r.fail("outcomes", f"forhåndsvarsel gjelder bare korrigerende tiltak, ikke {outcome}")
    grounds = r.texts(doc, "grounds", paragraphs=True, what="ett avsnitt om hva vi vurderer")
    reply_by = r.day(doc, "reply_by_on", required=True) or date.min
    planned = r.day(doc, "planned_order_deadline_on")
    return AdvanceNoticeInput(basics, outcomes, grounds, reply_by, planned)


def _closing(r: Reader, doc: Mapping[str, object]) -> ClosingInput:
    basics = _basics(r, doc)
    reason = r.text(doc, "reason") or ""
    if reason and reason not in CLOSING_REASONS:
        r.fail("reason", f"må være en av {', '.join(CLOSING_REASONS)}")
    explanation = r.texts(doc, "explanation", required=False, paragraphs=True)
    guidance = r.texts(doc, "guidance", required=False, paragraphs=True)
    if reason == "not_a_request" and not guidance:
        r.fail("guidance", "et svar på en henvendelse som ikke er en anmodning, må gi veiledning")
    if reason == "other" and not explanation:
        r.fail("explanation", "si hvorfor saken avsluttes")
    return ClosingInput(basics, reason, explanation, guidance)


_KINDS: dict[str, tuple[tuple[str, ...], Callable[[Reader, Mapping[str, object]], LetterInput]]] = {
    "decision": (_DECISION, _decision),
    "advance_notice": (_ADVANCE_NOTICE, _advance_notice),
    "closing": (_CLOSING, _closing),
    "extension": (("reasons", "override_reason"), _extension),
    "info_request": (("items", "reply_by_on", "reason"), _info_request),
}
KINDS = tuple(_KINDS)


def load_letter_input(
    kind: str, text: str, fmt: InputFormat = "yaml", *, citations: CitationTable | None = None
) -> LetterInput:
    """Check a letter input of `kind` (decision, advance_notice, extension, info_request,
    closing); raise every problem."""
    if kind not in _KINDS:
        raise LetterInputInvalid([f"ukjent brevtype «{kind}»; gyldige typer er {', '.join(KINDS)}"])
    fields, build = _KINDS[kind]
    table = citations or default_citations()
    reader = Reader(frozenset(entry.rule_id for entry in table.entries))
    doc = reader.mapping(parse_document(text, fmt), "", (*fields, *_COMMON))
    if doc is None:
        raise LetterInputInvalid(reader.problems)
    result = build(reader, doc)
    if reader.problems:
        raise LetterInputInvalid(reader.problems)
    return result


def load_findings(
    text: str, fmt: InputFormat = "yaml", *, citations: CitationTable | None = None
) -> DecisionInput:
    """The findings file of a decision (letters/examples/decision-findings.yaml)."""
    result = load_letter_input("decision", text, fmt, citations=citations)
    assert isinstance(result, DecisionInput)
    return result


def build_letter(data: LetterInput, header: LetterHeader, facts: CaseFacts) -> LetterData:
    """The letter data for rendering: the input plus the header and dates from the register."""
    if isinstance(data, ExtensionInput):
        return ExtensionLetter(
            header, facts.received_on, data.reasons, facts.d8_on, facts.d14_on,
            notice_limit_on=facts.notice_limit_on,
        )  # fmt: skip
    if isinstance(data, InfoRequestInput):
        return InfoRequestLetter(
            header, facts.received_on, data.items, data.reply_by_on,
            facts.office_key_fingerprint, data.reason,
        )  # fmt: skip
    if isinstance(data, AdvanceNoticeInput):
        return AdvanceNoticeLetter(
            header, facts.received_on, data.outcomes, data.grounds, data.reply_by_on,
            data.planned_order_deadline_on,
        )  # fmt: skip
    if isinstance(data, ClosingInput):
        return ClosingLetter(
            header, facts.received_on, data.reason, data.explanation, data.guidance,
            facts.request_title,
        )  # fmt: skip
    return DecisionLetter(
        header=header, received_on=facts.received_on, outcomes=data.outcomes,
        conclusion=data.conclusion, facts=data.facts, assessment=data.assessment,
        findings=data.findings, main_considerations=data.main_considerations,
        legal_basis=data.legal_basis, advance_notice_on=data.advance_notice_on,
        order_deadline_on=data.order_deadline_on, include_appeal_info=data.include_appeal_info,
        advance_notice_exception=data.advance_notice_exception,
        processing_started=data.processing_started,
    )  # fmt: skip
