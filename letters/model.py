"""Pure: the data each letter needs (frozen dataclasses, validated on construction)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from cases.errors import CaseworkError
from cases.model import CaseNumber


class LetterDataInvalid(CaseworkError):
    code = "letter_data_invalid"
    template = "Brevet kan ikke lages: {detail}"


def _freeze(obj: object, *names: str) -> None:
    """Store sequence fields as tuples so a letter cannot change after it is built."""
    for name in names:
        object.__setattr__(obj, name, tuple(getattr(obj, name)))


def _require(condition: bool, detail: str) -> None:
    if not condition:
        raise LetterDataInvalid(detail=detail)


@dataclass(frozen=True, slots=True)
class Signatory:
    name: str
    title: str


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The office's letterhead and signature defaults (config/letterhead.yaml)."""

    office_name: str
    office_name_en: str
    postal_address: Sequence[str]
    visiting_address: Sequence[str]
    email: str
    phone: str
    website: str
    org_number: str
    case_reference_format: str = "{yy:02d}/{sequence:05d}"
    document_reference_format: str = "{yy:02d}/{sequence:05d}-{document}"
    closing_nb: str = "Med vennlig hilsen"
    closing_en: str = "Yours sincerely"
    signature_note_nb: str = ""
    signature_note_en: str = ""
    caseworker_title_nb: str = "saksbehandler"
    caseworker_title_en: str = "case officer"
    unit_nb: str = "Datatilsynet"  # who answers questions about an automatic letter
    unit_en: str = "Datatilsynet"
    logo: str | None = None  # path of a PNG or SVG logo, relative to config/ (None: no logo)

    def __post_init__(self) -> None:
        _freeze(self, "postal_address", "visiting_address")


@dataclass(frozen=True, slots=True)
class LetterHeader:
    """R-LT-1: who writes to whom, about which case, when; `exempt_basis` is a citation id.

    `recipient` is the controller (the organisation where known), `recipient_org_number` its
    organisation number and `attention` the contact person the letter is for. An `automatic`
    letter was made by the system without a caseworker and says so, with whom to ask. A
    `confidential` letter answers an encrypted request but goes out unencrypted: it quotes nothing
    from the request and says how to send a key.
    """

    case_number: CaseNumber
    document_number: int
    dated_on: date
    caseworker: str
    recipient: str
    recipient_address: Sequence[str] = ()
    their_reference: str | None = None
    caseworker_email: str | None = None
    exempt_basis: str | None = None
    signatories: Sequence[Signatory] = ()
    recipient_org_number: str | None = None
    attention: str | None = None
    automatic: bool = False
    confidential: bool = False  # answers an encrypted request in clear: quote nothing (R-AC-7)

    def __post_init__(self) -> None:
        _freeze(self, "recipient_address", "signatories")
        _require(self.document_number >= 1, "dokumentnummeret må være 1 eller høyere")


@dataclass(frozen=True, slots=True)
class MissingPart:
    """One of the five parts of a request (S002) that is missing, with what it must contain."""

    number: int
    name: str
    requirements: Sequence[str]
    note: str | None = None
    required_by_law: bool = True  # C5: part 5 is asked for («bør»), not required by Art. 36(3)

    def __post_init__(self) -> None:
        _freeze(self, "requirements")
        _require(bool(self.requirements), f"del {self.number} mangler krav til innhold")


def _check_missing_parts(parts: Sequence[MissingPart]) -> None:
    _require(bool(parts), "brevet må nevne minst én manglende del")


@dataclass(frozen=True, slots=True)
class RejectionLetter:
    """Avvisning (R-RJ-2): an enkeltvedtak that names every missing part."""

    header: LetterHeader
    received_on: date
    missing_parts: Sequence[MissingPart]
    office_key_fingerprint: str
    request_title: str | None = None
    deficiency_letter_on: date | None = None
    deficiency_deadline_on: date | None = None

    def __post_init__(self) -> None:
        _freeze(self, "missing_parts")
        _check_missing_parts(self.missing_parts)


@dataclass(frozen=True, slots=True)
class DeficiencyLetter:
    """Mangelbrev (R-CP-5): what is missing and the deadline to remedy it; the clock stops."""

    header: LetterHeader
    received_on: date
    missing_parts: Sequence[MissingPart]
    deadline_on: date
    office_key_fingerprint: str
    request_title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "missing_parts")
        _check_missing_parts(self.missing_parts)
        _require(self.deadline_on > self.header.dated_on, "fristen må være etter brevdatoen")


@dataclass(frozen=True, slots=True)
class ReceiptLetter:
    """Foreløpig svar (R-T-17): case number, T0 and the expected answer date D8."""

    header: LetterHeader
    received_on: date
    expected_answer_on: date
    request_title: str | None = None
    extension_notice_by_on: date | None = None  # the latest day an extension notice would come
    extension_possible: bool = True  # False once the time to give that notice has passed


@dataclass(frozen=True, slots=True)
class InterimReplyLetter:
    """Foreløpig svar (fvl. § 11 a) on an enquiry a caseworker must answer (R-OUT-5)."""

    header: LetterHeader
    received_on: date
    answer_by_on: date | None = None
    request_title: str | None = None


CLOSING_REASONS = ("withdrawn", "not_a_request", "other")


@dataclass(frozen=True, slots=True)
class ClosingLetter:
    """Henleggelse (R-RJ-3, R-OUT-5): the case is closed. Withdrawn or not a request: not an
    enkeltvedtak, and the letter says so. For another reason the letter gives the reason and does
    not say it cannot be appealed (closing a request against the party's will is an avvisning)."""

    header: LetterHeader
    received_on: date
    reason: str
    explanation: Sequence[str] = ()
    guidance: Sequence[str] = ()
    request_title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "explanation", "guidance")
        _require(self.reason in CLOSING_REASONS, f"ukjent grunn «{self.reason}» for å avslutte")
        _require(
            self.reason != "not_a_request" or bool(self.guidance),
            "et svar på en henvendelse som ikke er en anmodning, må gi veiledning (R-OUT-5)",
        )
        _require(self.reason != "other" or bool(self.explanation), "si hvorfor saken avsluttes")


@dataclass(frozen=True, slots=True)
class ExtensionLetter:
    """Forlengelse (R-EXT): reasons are required; the new final date is D14."""

    header: LetterHeader
    received_on: date
    reasons: Sequence[str]
    original_deadline_on: date
    new_deadline_on: date
    notice_limit_on: date | None = None

    def __post_init__(self) -> None:
        _freeze(self, "reasons")
        _require(any(r.strip() for r in self.reasons), "forlengelse må begrunnes")
        _require(self.new_deadline_on > self.original_deadline_on, "ny frist må være senere")
        late = self.notice_limit_on is not None and self.header.dated_on > self.notice_limit_on
        _require(not late, "varsel om forlengelse er for sent (én måned etter mottak)")


@dataclass(frozen=True, slots=True)
class InfoRequestLetter:
    """Anmodning om opplysninger (R-T-13): the processing deadline stops until we have them."""

    header: LetterHeader
    received_on: date
    items: Sequence[str]
    reply_by_on: date
    office_key_fingerprint: str
    reason: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "items")
        _require(bool(self.items), "brevet må si hvilke opplysninger vi trenger")


class Outcome(enum.StrEnum):
    """R-OUT codes a decision letter can carry, listed from strictest to mildest."""

    BAN = "BAN"
    ORDER = "ORDER"
    WARNING = "WARNING"
    REPRIMAND = "REPRIMAND"
    ADVICE = "ADVICE"
    NO_OBJECTION = "NO_OBJECTION"


CORRECTIVE = frozenset({Outcome.BAN, Outcome.ORDER, Outcome.WARNING, Outcome.REPRIMAND})
ORDERING = frozenset({Outcome.BAN, Outcome.ORDER})  # decisions that order something (fvl. § 42)
_STRICTNESS = list(Outcome)


@dataclass(frozen=True, slots=True)
class AdvanceNoticeLetter:
    """Forhåndsvarsel (fvl. § 16, R-OUT-2): the corrective decision we consider and the deadline
    to comment. The comment period does not stop the clock (C16)."""

    header: LetterHeader
    received_on: date
    outcomes: Sequence[Outcome]
    grounds: Sequence[str]
    reply_by_on: date
    planned_order_deadline_on: date | None = None

    def __post_init__(self) -> None:
        _freeze(self, "grounds")
        ordered = tuple(sorted(set(self.outcomes), key=_STRICTNESS.index))
        object.__setattr__(self, "outcomes", ordered)
        _require(bool(self.outcomes), "forhåndsvarselet må nevne vedtaket vi vurderer")
        _require(
            all(o in CORRECTIVE for o in self.outcomes),
            "forhåndsvarsel gjelder bare advarsel, pålegg, forbud eller irettesettelse",
        )
        _require(bool(self.grounds), "forhåndsvarselet må si hva vi vurderer og hvorfor")
        _require(self.reply_by_on > self.header.dated_on, "svarfristen må være etter brevdatoen")


@dataclass(frozen=True, slots=True)
class Finding:
    """R-LT-3 (Kvist): rule, shortfall, expected assessments or measures, and where to read more."""

    title: str
    requirement: str
    shortfall: str
    expected_measures: Sequence[str]
    rule_ids: Sequence[str] = ()
    read_more: Sequence[str] = ()

    def __post_init__(self) -> None:
        _freeze(self, "expected_measures", "rule_ids", "read_more")
        _require(bool(self.expected_measures), f"funnet «{self.title}» mangler forventede tiltak")


@dataclass(frozen=True, slots=True)
class Assessment:
    """The three minimum questions of every prior consultation (R-SC-5)."""

    lawful: str
    risk_identified: str
    risk_reduced: str


@dataclass(frozen=True, slots=True)
class DecisionLetter:
    """Written advice or decision after a prior consultation (R-OUT, R-LT-2, R-LT-3)."""

    header: LetterHeader
    received_on: date
    outcomes: Sequence[Outcome]
    conclusion: Sequence[str]
    facts: Sequence[str]
    assessment: Assessment
    findings: Sequence[Finding]
    main_considerations: Sequence[str]
    legal_basis: Sequence[str] = ()
    advance_notice_on: date | None = None
    order_deadline_on: date | None = None
    include_appeal_info: bool = True
    advance_notice_exception: str | None = None  # why no advance notice (fvl. § 16 third para.)
    processing_started: bool = False  # a reprimand is for processing that has taken place

    def __post_init__(self) -> None:
        names = ("outcomes", "conclusion", "facts", "findings", "main_considerations")
        _freeze(self, *names, "legal_basis")
        ordered = tuple(sorted(set(self.outcomes), key=_STRICTNESS.index))
        object.__setattr__(self, "outcomes", ordered)
        _require(bool(self.outcomes), "vedtaket må ha minst ett utfall")
        _require(bool(self.conclusion), "vedtaket må ha en konklusjon")
        mixed = Outcome.NO_OBJECTION in self.outcomes and bool(self.corrective_outcomes)
        _require(not mixed, "«ingen merknader» kan ikke kombineres med korrigerende tiltak")
        _require(not self.is_enkeltvedtak or bool(self.findings), "et vedtak må ha minst ett funn")
        _require(not self.is_enkeltvedtak or bool(self.main_considerations), "hovedhensyn mangler")
        _require(
            Outcome.ORDER not in self.outcomes or self.order_deadline_on is not None,
            "et pålegg må ha en frist for å gjennomføre det",
        )
        _require(
            self.order_deadline_on is None or self.order_deadline_on > self.header.dated_on,
            "fristen i pålegget må være etter brevdatoen",
        )
        _require(
            Outcome.REPRIMAND not in self.outcomes or self.processing_started,
            "irettesettelse forutsetter at behandlingen har startet",
        )

    @property
    def corrective_outcomes(self) -> tuple[Outcome, ...]:
        """The Art. 58(2) measures, strictest first."""
        return tuple(o for o in self.outcomes if o in CORRECTIVE)

    @property
    def orders_something(self) -> bool:
        """An order or a ban: the appeal text mentions deferred implementation (fvl. § 42)."""
        return any(o in ORDERING for o in self.outcomes)

    @property
    def gives_advice(self) -> bool:
        return Outcome.ADVICE in self.outcomes

    @property
    def is_enkeltvedtak(self) -> bool:
        """R-OUT-1: any corrective measure makes the whole letter an enkeltvedtak."""
        return bool(self.corrective_outcomes)

    @property
    def includes_appeal_info(self) -> bool:
        """Always for enkeltvedtak (R-LT-5); for advice unless switched off (C14); never else."""
        if self.is_enkeltvedtak:
            return True
        return self.gives_advice and self.include_appeal_info


LetterData = (
    RejectionLetter
    | DeficiencyLetter
    | ReceiptLetter
    | ExtensionLetter
    | InfoRequestLetter
    | DecisionLetter
    | InterimReplyLetter
    | ClosingLetter
    | AdvanceNoticeLetter
)
