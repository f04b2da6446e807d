"""Pure: a PDF page's text, with its tables read back from the positions of its text runs
(R-CP-43).

PDFium hands over a page's text in the order it was drawn. Word processors and PDF libraries draw
a table cell by cell, so a risk register or a two-column contact sheet reached the reader as a
column of loose lines: «Risiko», «Nivå», «Tiltak», «Bevegelsesprofil for hele», «sesongen»,
«Høy», … The runs keep that order here, and their positions tell the rest: the lines of one cell
stand one under the other at the same left edge, the cells of one row stand side by side, and
rows whose cells start at the same columns make a table. A table's rows come out as one line each
with the cells separated by tabs, the convention every extractor hands to `reading.text`; all
other text comes out line by line as it was drawn.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from publicsuffixlist import PublicSuffixList

ALIGNED = 4.0  # points: text starting this close to another's left edge is in its column
LINE_STEP = 2.0  # a cell's next line starts within this many line heights below the last
WORD_GAP = 0.6  # runs on one line with a gap below this many line heights are one text
ABOVE = 0.5  # line heights: a line this far above a row's other cells stands above the row
MIN_ROWS = 2  # rows of side-by-side cells that make a table


@dataclass(frozen=True, slots=True)
class Run:
    """One run of text on a page, with its box in PDF points (y grows upwards)."""

    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(slots=True)
class _Block:
    """Lines drawn one under the other at one left edge: a paragraph, or a table cell."""

    left: float
    top: float
    bottom: float
    right: float
    lines: list[str] = field(default_factory=list)
    bottoms: list[float] = field(default_factory=list)  # each line's lowest point
    heights: list[float] = field(default_factory=list)  # each line's tallest run
    last: Run | None = None  # the last run, to decide whether the next one goes on its line

    @property
    def text(self) -> str:
        """The cell's lines joined; an address a narrow cell broke («kari@firma.» / «no») is
        joined back without a space."""
        joined = self.lines[0] if self.lines else ""
        for line in self.lines[1:]:
            joined = f"{joined}{line}" if _address_goes_on(joined, line) else f"{joined} {line}"
        return joined


def _address_goes_on(text: str, line: str) -> bool:
    """The address that ends `text` was broken and goes on at the start of `line`."""
    last = text.rsplit(" ", 1)[-1]
    broken = "@" in last and last.endswith((".", "-", "@")) or line.startswith("@")
    return broken or _domain_goes_on(last, line)


def _rejoined(lines: list[str]) -> list[str]:
    """R-CP-115: an address broken over two lines outside a table («k.vogel@datavault-research»
    / «.de», a narrow cell the layout did not read as a table) is joined as in a cell."""
    out: list[str] = []
    for line in lines:
        rest = line.strip()
        # only a line that is nothing but the rest of a domain: «kari@firma.no.» ends a sentence
        last = out[-1].rsplit(" ", 1)[-1] if out else ""
        if "@" in last and " " not in rest and _domain_goes_on(last, rest):
            out[-1] = f"{out[-1]}{rest}"
        else:
            out.append(line)
    return out


_DOMAIN_END = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b")


def _domain_goes_on(last: str, line: str) -> bool:
    """R-CP-58: «kristian.ulset@personvernp» / «artner.no»: an address whose domain has no dot
    yet goes on in the next line when that line opens with the rest of a domain. R-CP-92: a
    cell also breaks before the dot («personvernombud@eidsvag» / «.kommune.no») or inside a
    later label («ingrid.solvik@eidsvag.kom» / «mune.no»): a line that is only the rest of a
    domain goes on an address whose domain does not end in a known suffix (the Public Suffix
    List: «firma.no» is whole, «eidsvag.kom» is not)."""
    at = last.rfind("@")
    if at < 0:
        return False
    if "." not in last[at:]:
        return _DOMAIN_END.match(line) is not None or _DOMAIN_REST.fullmatch(line) is not None
    domain = _DOMAIN_CHARS.match(last, at + 1)  # «post@firma.no,» ends at the comma
    whole = domain is not None and _suffixes().publicsuffix(domain.group(0).rstrip(".")) is not None
    return _DOMAIN_END.fullmatch(line) is not None and not whole


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    """The bundled Public Suffix List, read once; unknown endings are no suffix."""
    return PublicSuffixList(accept_unknown=False)


_DOMAIN_REST = re.compile(r"(?:\.[a-z0-9-]+)+")
_DOMAIN_CHARS = re.compile(r"[\w.-]+")


def page_text(runs: Sequence[Run]) -> str:
    """The page's text: tables as tab-separated rows, the rest line by line in drawn order."""
    blocks = _blocks(runs)
    rows = list(_rows(blocks))
    out: list[str] = []
    index = 0
    while index < len(rows):
        end = _table_end(rows, index)
        if end - index >= MIN_ROWS:
            columns = [block.left for block in rows[index]]
            out += [_row_text(columns, row) for row in rows[index:end]]
            index = end
            continue
        out += [line for block in rows[index] for line in block.lines]
        index += 1
    return "\n".join(_rejoined(out))


def _blocks(runs: Sequence[Run]) -> list[_Block]:
    blocks: list[_Block] = []
    for run in runs:
        text = " ".join(run.text.split())
        if not text:
            continue
        block = blocks[-1] if blocks else None
        if block is not None and block.last is not None and _same_line(block.last, run):
            block.lines[-1] = f"{block.lines[-1]} {text}"
            block.bottoms[-1] = min(block.bottoms[-1], run.bottom)
            block.heights[-1] = max(block.heights[-1], run.height)
        elif block is not None and _next_line(block, run):
            block.lines.append(text)
            block.bottoms.append(run.bottom)
            block.heights.append(run.height)
        else:
            block = _Block(run.left, run.top, run.bottom, run.right, [text], [run.bottom],
                           [run.height])  # fmt: skip
            blocks.append(block)
        block.top, block.bottom = max(block.top, run.top), min(block.bottom, run.bottom)
        block.right, block.last = max(block.right, run.right), run
    return blocks


def _same_line(last: Run, run: Run) -> bool:
    """The run goes on the last one's line: it overlaps it in height and follows it closely."""
    middle = (run.top + run.bottom) / 2
    gap = run.left - last.right
    return last.bottom <= middle <= last.top and -1.0 <= gap <= WORD_GAP * last.height


def _next_line(block: _Block, run: Run) -> bool:
    """The run opens the block's next line: at its left edge, just below its last line."""
    last = block.last
    if last is None:
        return False
    step = last.bottom - run.top
    under = abs(run.left - block.left) <= ALIGNED
    return under and -0.5 * last.height <= step <= LINE_STEP * max(last.height, run.height)


def _rows(blocks: Sequence[_Block]) -> Iterator[list[_Block]]:
    """Blocks drawn one after the other, each to the right of the last and level with it."""
    row: list[_Block] = []
    for block in blocks:
        if row and block.left > _last_right(row[-1]) and _level(row[0], block):
            row.append(block)
            continue
        yield from _split(row)
        row = [block]
    yield from _split(row)


def _split(row: list[_Block]) -> Iterator[list[_Block]]:
    """The row, after the lines of its first cell that stand above it (a heading)."""
    if len(row) >= 2:
        above = _split_above(row[0], max(block.top for block in row[1:]))
        if above is not None:
            yield [above]
    if row:
        yield row


def _last_right(block: _Block) -> float:
    """Where the block's last line ends: a cell beside it starts further right (the lines of
    a paragraph above a table's first cell may run across the page)."""
    return block.last.right if block.last is not None else block.right


def _split_above(block: _Block, top: float) -> _Block | None:
    """The lines of a row's first cell that stand clearly above the top of every other cell of
    the row belong to the text above the row (a heading right over a table's header row), split
    off; None when there are none."""
    clear = top + ABOVE * block.heights[0]
    above = sum(1 for bottom in block.bottoms if bottom > clear)
    if not above or above == len(block.lines):
        return None
    head = _Block(block.left, block.top, block.bottoms[above - 1], block.right,
                  block.lines[:above], block.bottoms[:above], block.heights[:above])  # fmt: skip
    block.lines, block.bottoms = block.lines[above:], block.bottoms[above:]
    block.heights = block.heights[above:]
    block.top = top
    return head


def _level(first: _Block, block: _Block) -> bool:
    return block.bottom <= first.top and first.bottom <= block.top


def _table_end(rows: Sequence[list[_Block]], start: int) -> int:
    """Where a table opening at `start` ends: rows of side-by-side cells at its columns."""
    if len(rows[start]) < 2:
        return start
    columns = [block.left for block in rows[start]]
    end = start + 1
    while end < len(rows) and len(rows[end]) >= 2 and _at_columns(columns, rows[end]):
        end += 1
    return end


def _at_columns(columns: Sequence[float], row: Sequence[_Block]) -> bool:
    return all(_column(columns, block.left) is not None for block in row)


def _column(columns: Sequence[float], left: float) -> int | None:
    return next((n for n, start in enumerate(columns) if abs(start - left) <= ALIGNED), None)


def _row_text(columns: Sequence[float], row: Sequence[_Block]) -> str:
    cells = [""] * len(columns)
    for block in row:
        number = _column(columns, block.left)
        if number is not None:
            cells[number] = f"{cells[number]} {block.text}".strip()
    return "\t".join(cells)
