"""Pure: the document model, an ordered sequence of located blocks read from one source."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# The first line of text that optical character recognition produced (reading.ocr adds it, and
# it survives the register, so a check run again later still knows the text is OCR).
OCR_MARK = "[Tekst lest med OCR]"


class Kind(enum.StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # a list item
    FIELD = "field"  # «Navn: Kari Nordmann», «Telefon 55 56 78 90», «Personvernombud:»
    ROW = "row"  # a table row (DOCX, ODT, HTML, XLSX, or PDF columns)


@dataclass(frozen=True, slots=True)
class Location:
    document: str
    page: int  # 1 for a source without pages
    block: int  # the block's position in its document, from 1

    def describe(self, paged: bool) -> str:
        """«side 2, blokk 14» or «blokk 14», as evidence shows it."""
        return f"side {self.page}, blokk {self.block}" if paged else f"blokk {self.block}"


@dataclass(frozen=True, slots=True)
class Block:
    kind: Kind
    text: str  # whitespace collapsed; a row's cells joined by « | »
    location: Location
    level: int = 0  # a heading's level: numbering depth or markdown level; 0 when unnumbered
    number: str = ""  # a heading's numbering («3.1», «Vedlegg 2»)
    title: str = ""  # a heading's text without numbering; a field's label
    value: str = ""  # a field's value («» for a bare label that governs what follows)
    cells: tuple[str, ...] = ()
    table: int = 0  # rows of one table share this number (from 1)
    gap_before: bool = False  # a blank line (or a table border) stands before it
    strong: bool = False  # a heading by numbering, markup, capitals or «Vedlegg N»


@dataclass(frozen=True, slots=True)
class ReadDocument:
    name: str
    blocks: tuple[Block, ...]
    paged: bool
    ocr: bool  # the text came from optical character recognition

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    def where(self, block: Block) -> str:
        where = block.location.describe(self.paged)
        return f"{where} (OCR)" if self.ocr else where


def table_rows(blocks: Sequence[Block]) -> Iterator[list[Block]]:
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
