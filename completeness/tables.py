"""Pure: a table read by its columns as the content of a part (R-CP-42).

A risk register is the usual form of a DPIA's risk assessment: a table whose header row names
the risk and what is done about it («Risiko | Sannsynlighet | Konsekvens | Tiltak | Restrisiko»,
«Risk | Likelihood | Impact | Mitigation»). Its rows are the assessment, whatever heading stands
above it and whatever the cells say about a single measure («Ikke gjennomført – leverandøren
støtter det ikke» is the status of one measure, not a deferral of the part).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from completeness.cues import Hit, State, signature_concepts, touches
from completeness.deferrals import deferral_spans
from completeness.regex import search
from completeness.text import OCR_SHOWN, excerpt
from completeness.types import CaseTypeSpec, Evidence, PartSpec
from reading.blocks import Block, Kind, ReadDocument

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
        for rows in _tables(document.blocks):
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


def approval_hits(part: PartSpec, documents: Sequence[ReadDocument]) -> list[Hit]:
    """R-CP-66: a sign-off written into a document-control or revision table: under a column
    whose header names the approval («Approval», «Godkjent av»), a cell that says who approved
    it, that it was approved and when («Approved – K. Wendler, Managing Director Nordic, signed
    2026-11-03»), touching APPROVAL_CONCEPTS of the part's content signature."""
    if not part.approval_columns or not part.signatures:
        return []
    concepts = signature_concepts(part.signatures)
    hits: list[Hit] = []
    for document in documents:
        for rows in _tables(document.blocks):
            columns = [j for j, c in enumerate(rows[0].cells) if search(part.approval_columns, c)]
            for row in rows[1:]:
                cells = [row.cells[j] for j in columns if j < len(row.cells)]
                signed = [c for c in cells if c and touches(concepts, c) >= APPROVAL_CONCEPTS]
                if not signed:
                    continue
                name = f"{document.name}{OCR_SHOWN}" if document.ocr else document.name
                evidence = Evidence(name, document.where(row), excerpt(signed[0]))
                what = f"godkjenning i tabell: «{excerpt(signed[0], 80)}»"
                hits.append(Hit(State.SUBSTANTIVE, evidence, what))
    return hits


def _tables(blocks: Sequence[Block]) -> Iterator[list[Block]]:
    """The rows of each table, in order (a table's rows share its number)."""
    rows: list[Block] = []
    for block in blocks:
        if rows and (block.kind is not Kind.ROW or block.table != rows[0].table):
            yield rows
            rows = []
        if block.kind is Kind.ROW:
            rows.append(block)
    if rows:
        yield rows


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
