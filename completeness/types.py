"""Pure: the values of the completeness check (case-type specification, verdicts, report)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

BODY_SOURCE = "e-postteksten"


class Verdict(enum.StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    UNCERTAIN = "uncertain"


@dataclass(frozen=True, slots=True)
class ContactCues:
    """Cues for the contact part (name, phone, e-mail of contact person, DPO and processor)."""

    contact: tuple[str, ...]
    dpo: tuple[str, ...]
    processor: tuple[str, ...]
    controller: tuple[str, ...] = ()
    no_dpo: tuple[str, ...] = ()
    no_processor: tuple[str, ...] = ()
    self_reference: tuple[str, ...] = ()
    signature_openers: tuple[str, ...] = ()
    public_body: tuple[str, ...] = ()
    public_hint: tuple[str, ...] = ()
    # R-CP-158: a letter head's reference cell («Vår ref.») and its case officer's («Saksbehandler»)
    our_reference: tuple[str, ...] = ()
    case_officer: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PartSpec:
    """One documentation part; `requirements` is quoted by the rejection letter."""

    number: int
    name_nb: str
    name_en: str
    requirements: tuple[str, ...]
    headings: tuple[str, ...] = ()
    requirements_en: tuple[str, ...] = ()  # the same in English, for English letters
    file_names: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    rejectable_alone: bool = True
    contacts: ContactCues | None = None
    # Content signatures: concepts (one regex each) a text about this part touches; a
    # paragraph touching `signature_min` of them is about the part whatever its heading says.
    signatures: tuple[str, ...] = ()
    signature_min: int = 3
    # R-CP-42: a table whose header row touches this many signatures is the part's (0: never)
    table_signature_min: int = 0
    # R-CP-47: what a file named for the part must name to be about it at all (any one)
    about: tuple[str, ...] = ()
    # R-CP-66: a table column whose header names a sign-off («Approval», «Godkjent av»)
    approval_columns: tuple[str, ...] = ()
    # R-CP-66: a column for the decision taken («Beslutning», «Outcome»): its cell says the act
    decision_columns: tuple[str, ...] = ()
    # R-CP-72: an unrecognised section can hold the part only when it names one of these
    doubted_by: tuple[str, ...] = ()
    # R-CP-87: headings that name the part only where they stand in its place in the outline
    # (a bare «Kvifor» between the description and the risks)
    place_headings: tuple[str, ...] = ()
    # R-CP-117: words one of which a text that holds the part uses (a description of the
    # processing names the data: «personopplysninger», «registrerte», «data», «opptak»); a file
    # named for the part that uses none is about something else (a routine for returning
    # medicines filed as «Vedlegg 2 Beskrivelse av behandlingen»)
    subject: tuple[str, ...] = ()
    # R-CP-164: what an assessment names when it assesses (a threat or harm, a likelihood, a
    # consequence, a level); a short section under the part's heading that names none of them
    # only concludes («Risikoen er vurdert og funnet akseptabel»)
    findings: tuple[str, ...] = ()
    # R-CP-174: what an assessment says of a risk beyond naming it (its likelihood, consequence
    # or level, a measure against it, what is left of it); a short section under the part's
    # heading that only names risks («Identifiserte risikoer: - Nettbrett kommer på avveie …»)
    # lists them, it does not assess them
    gradings: tuple[str, ...] = ()

    def requirements_in(self, language: str) -> tuple[str, ...]:
        """What the part must contain, in the letter's language (bokmål when untranslated)."""
        return (
            self.requirements_en if language == "en" and self.requirements_en else self.requirements
        )


@dataclass(frozen=True, slots=True)
class CaseTypeSpec:
    key: str
    name_nb: str
    name_en: str
    parts: tuple[PartSpec, ...]
    deferral_phrases: tuple[str, ...] = ()
    deferral_exceptions: tuple[str, ...] = ()
    request_cues: tuple[str, ...] = ()
    request_subject_cues: tuple[str, ...] = ()
    request_hint_cues: tuple[str, ...] = ()
    non_request_cues: tuple[str, ...] = ()
    # R-CP-188: the DPIA sent for the record, asking for nothing: weighed only when the message
    # asks for prior consultation nowhere (then it is no request despite complete documentation)
    record_cues: tuple[str, ...] = ()
    question_topics: tuple[str, ...] = ()
    # R-CP-51: a deferral that says an approval is not given yet, or is still to come, defers
    # the part that documents the approval, whatever document it names («DPIA-en er ikke
    # behandlet i ledergruppen ennå»)
    validation_part: int = 0
    validation_deferrals: tuple[str, ...] = ()
    # R-CP-105: the act of validating («godkjente», «vedtok», «approved»): minutes that say the
    # approval is still to come and record no such act do not validate the DPIA
    validation_acts: tuple[str, ...] = ()
    # R-CP-183: of those acts, the ones that decide (approve, adopt, validate), as against a
    # handling (reviewed, discussed, presented): a handling beside an approval still ahead
    # («gjennomgått av ledergruppen. Godkjenning … er planlagt i styremøte 15. januar 2027»)
    # does not validate yet
    validation_approvals: tuple[str, ...] = ()
    # R-CP-108: what makes a dated sentence about the validation (management, its meeting, the
    # approval); such a sentence that names a day after `received` puts the validation ahead
    validation_calendar: tuple[str, ...] = ()
    validation_follow_ups: tuple[str, ...] = ()  # ... unless it only follows the validation up
    # R-CP-71: the title of a document of another kind (an annual report, a price quote)
    foreign_titles: tuple[str, ...] = ()
    # R-CP-112: a template's guidance left in a section («[Veiledning: Beskriv hvorfor …]»,
    # «Klikk eller trykk her for å skrive inn tekst»): the writer's words are what is left
    template_guidance: tuple[str, ...] = ()
    # the day the request came in, set for one check (check._on_day); dates are read against it
    received: date | None = None

    def __hash__(self) -> int:
        """Cheap: a spec is a cache key for per-sentence work (equal specs share their key)."""
        return hash(self.key)

    def part(self, number: int) -> PartSpec:
        return next(part for part in self.parts if part.number == number)


# R-CP-59: how the note of a part opens when the attachment pointed to for it is not there; the
# letter then says so instead of quoting the pointer as if it were the part
NOT_ATTACHED_NOTE = "vedlegget mangler"


@dataclass(frozen=True, slots=True)
class Evidence:
    source: str  # a document name, or "e-postteksten"
    location: str  # "side 3", "avsnitt 12"
    excerpt: str  # the matched text, at most 200 characters


@dataclass(frozen=True, slots=True)
class PartResult:
    number: int
    verdict: Verdict
    evidence: tuple[Evidence, ...]  # what the verdict rests on
    note: str  # bokmål: why
    counter: tuple[Evidence, ...] = ()  # what speaks the other way


@dataclass(frozen=True, slots=True)
class CompletenessReport:
    is_request: bool
    request_note: str
    parts: tuple[PartResult, ...]

    @property
    def missing_parts(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.parts if p.verdict is Verdict.MISSING)

    @property
    def uncertain_parts(self) -> tuple[int, ...]:
        return tuple(p.number for p in self.parts if p.verdict is Verdict.UNCERTAIN)

    @property
    def is_complete(self) -> bool:
        return all(p.verdict is Verdict.PRESENT for p in self.parts)

    @property
    def outcome(self) -> str:
        """ "registered", "incomplete" (clearly missing parts only) or "needs_review"."""
        if not self.is_request or self.uncertain_parts:
            return "needs_review"
        return "registered" if self.is_complete else "incomplete"
