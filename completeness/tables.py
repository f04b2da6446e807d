"""Pure: a table read by its columns as the content of a part (R-CP-42).

A risk register is the usual form of a DPIA's risk assessment: a table whose header row names
the risk and what is done about it («Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko»,
«Risk | Likelihood | Impact | Mitigation»). Its rows are the assessment, whatever heading stands
above it and whatever the cells say about a single measure («Ikke gjennomført – leverandøren
støtter det ikke» is the status of one measure, not a deferral of the part).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from completeness.cues import Hit, State, signature_concepts, touches
from completeness.deferrals import deferral_spans
from completeness.regex import search
from completeness.text import OCR_SHOWN, excerpt
from completeness.types import CaseTypeSpec, Evidence, PartSpec
from reading.blocks import Block, ReadDocument, table_rows

MIN_ROWS = 2  # rows under the header that each name something and say something of it
MIN_WORDS = 15  # words in those rows together: the same bar as a section with content
APPROVAL_CONCEPTS = 3  # who approved, that it was approved, and when (or after what)


def table_hits(spec: CaseTypeSpec, part: PartSpec, documents: Sequence[ReadDocument]) -> list[Hit]:
    """A substantive hit for each table whose header row touches `table_signature_min` of the
    part's content signatures and whose rows fill it in."""
    if not part.table_signature_min or not part.signatures:
        return []
    concepts = signature_concepts(part.signatures)
    hits: list[Hit] = []
    for document in documents:
        for rows in table_rows(document.blocks):
            header = " ".join(rows[0].cells)
            touched = touches(concepts, header)
            if touched < part.table_signature_min or not _filled(spec, rows[1:]):
                continue
            name = f"{document.name}{OCR_SHOWN}" if document.ocr else document.name
            shown = excerpt(" / ".join(row.text for row in rows[:3]))
            evidence = Evidence(name, document.where(rows[0]), shown)
            what = f"tabell med kolonnene «{excerpt(rows[0].text, 80)}» ({len(rows) - 1} rader)"
            hits.append(Hit(State.SUBSTANTIVE, evidence, what, inferred=True))
    return hits


SIGNED_NOTE = "godkjenning i tabell"
PENDING_NOTE = "godkjenning i tabell ikke gitt ennå"


def approval_hits(
    spec: CaseTypeSpec, part: PartSpec, documents: Sequence[ReadDocument]
) -> list[Hit]:
    """R-CP-66: a sign-off written into a document-control, revision or approval table: a row
    whose cell under a sign-off column («Approval», «Godkjent av», «Beslutning», «Outcome») says
    it was approved, and which together names who approved it and when or after what
    («Daglig leder | Anniken Lothe | 1.12.2026 | Funn og innspill gjennomgått; godkjent»),
    touching APPROVAL_CONCEPTS of the part's content signature. A cell that says the approval is
    still to come («Ikke signert – venter på styrets behandling») signs nothing."""
    if not (part.approval_columns or part.decision_columns) or not part.signatures:
        return []
    concepts = signature_concepts(part.signatures)
    hits: list[Hit] = []
    for document in documents:
        for rows in table_rows(document.blocks):
            header = rows[0].cells
            naming = [j for j, c in enumerate(header) if search(part.approval_columns, c)]
            deciding = [j for j, c in enumerate(header) if search(part.decision_columns, c)]
            if naming and not document.ocr and _unsigned(concepts, rows, naming, deciding):
                evidence = Evidence(document.name, document.where(rows[0]), excerpt(rows[0].text))
                what = "godkjenningstabell uten signatur eller dato: ikke signert ennå"
                hits.append(Hit(State.DEFERRED, evidence, what))
                continue
            for row in rows[1:]:
                name = f"{document.name}{OCR_SHOWN}" if document.ocr else document.name
                evidence = Evidence(name, document.where(row), excerpt(row.text))
                signed = _sign_off(spec, concepts, header, row, naming, deciding)
                if signed:
                    what = f"{SIGNED_NOTE}: «{excerpt(signed, 80)}»"
                    hits.append(Hit(State.SUBSTANTIVE, evidence, what))
                    continue
                pending = _pending(spec, concepts, row, [*naming, *deciding])
                if pending:
                    what = f"{PENDING_NOTE}: «{excerpt(pending, 80)}»"
                    hits.append(Hit(State.DEFERRED, evidence, what))
    return hits


_DATE_COLUMN = re.compile(r"^\W*(dato|date|signert dato|date signed|tidspunkt)\W*$", re.IGNORECASE)


def _unsigned(
    concepts: tuple[re.Pattern[str], ...],
    rows: Sequence[Block],
    naming: list[int],
    deciding: list[int],
) -> bool:
    """R-CP-118: a sign-off table whose rows name management («Administrerende direktør |
    Astrid Wiik») but leave every signature, decision and date cell empty has not been signed
    yet: a form laid out for the signatures to come. (Text read by OCR is left out: a
    handwritten signature and date are pixels that OCR may read as nothing.)"""
    header = rows[0].cells
    dates = [j for j, cell in enumerate(header) if _DATE_COLUMN.match(cell)]
    columns = [*naming, *deciding, *dates]
    people = [row for row in rows[1:] if touches(concepts[ACTOR : ACTOR + 1], row.text)]
    if not people:
        return False
    return all(
        not (row.cells[j].strip(" –—-_.") if j < len(row.cells) else "")
        for row in rows[1:]
        for j in columns
    )


def _pending(
    spec: CaseTypeSpec, concepts: tuple[re.Pattern[str], ...], row: Block, columns: list[int]
) -> str:
    """R-CP-78: the sign-off cell of a row that names management and says the approval is still
    to come («Ledelsens validering | Ledergruppen | – | Under arbeid; behandles i ledermøtet
    8. januar»), else "". A draft («Utkast») is a version of the document, not a statement
    about the approval."""
    if not touches(concepts[ACTOR : ACTOR + 1], " | ".join(row.cells)):
        return ""
    for j in columns:
        cell = row.cells[j] if j < len(row.cells) else ""
        if (
            deferral_spans(spec, cell)
            or search(spec.validation_deferrals, cell)
            or search(_APPROVAL_TO_COME, cell)
        ):
            return cell
    return ""


def _sign_off(
    spec: CaseTypeSpec,
    concepts: tuple[re.Pattern[str], ...],
    header: tuple[str, ...],
    row: Block,
    naming: list[int],
    deciding: list[int],
) -> str:
    """The sign-off cell of the row when the row records an approval, else "". Under a column
    that names the approval («Godkjent av») the header says the act and the cell who and when;
    under a decision column («Beslutning», «Outcome») the cell must say the act itself."""
    whole = " | ".join(row.cells)
    for j in [*naming, *deciding]:
        cell = row.cells[j].strip(" –—-") if j < len(row.cells) else ""
        if not cell or deferral_spans(spec, cell) or search(_NOT_SIGNED, cell):
            continue
        if touches(concepts, cell) >= APPROVAL_CONCEPTS:
            return cell  # the cell says it all («Approved – K. Wendler, Director, 2026-11-03»)
        act = f"{header[j]} {cell}" if j in naming else cell
        # R-CP-84: a column that names the approval («Godkjent av», «Signatur») is the act,
        # whether or not its header says it in the words of the content signature
        said = touches(concepts[ACT : ACT + 1], act)
        named = j in naming and not said
        if (
            (said or named)
            and touches(concepts[ACTOR : ACTOR + 1], whole)
            and touches(concepts, f"{act} {whole}") + named >= APPROVAL_CONCEPTS
        ):
            return cell
    return ""


# the content signature's concepts of a validation: who validated, and the act of validating
ACTOR, ACT = 0, 1


# an approval said not to be given yet, in the sign-off cell itself; a draft («utkast») signs
# nothing either, but says nothing of the approval (a version of the document)
_APPROVAL_TO_COME = (
    r"\b(ikke|ikkje|not|un)[ -]?(signert|signed|godkjent|godkjend|approved|behandlet|reviewed)"
    r"|\b(venter|ventar|avventer|awaiting|pending|tbd)\b",
)
_NOT_SIGNED = (*_APPROVAL_TO_COME, r"\b(utkast|draft)\b")


def _filled(spec: CaseTypeSpec, rows: Sequence[Block]) -> bool:
    """At least MIN_ROWS rows name something in their first cell, not a placeholder for
    content to come («[To be completed]»), and say something of it in another."""
    filled = [
        row
        for row in rows
        if sum(1 for c in row.cells if c) >= 2 and _named(row) and not _placeholder(spec, row)
    ]
    return len(filled) >= MIN_ROWS and sum(len(r.text.split()) for r in filled) >= MIN_WORDS


def _named(row: Block) -> bool:
    """The first cell holds a word (`_filled` asks only of rows with cells)."""
    return any(ch.isalpha() for ch in row.cells[0])


def _placeholder(spec: CaseTypeSpec, row: Block) -> bool:
    """The row's first cell defers what it should hold."""
    return bool(deferral_spans(spec, row.cells[0]))
