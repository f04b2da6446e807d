"""Pure: the text of PDF, Word (DOCX), OpenDocument and Excel (XLSX) files, from bytes in memory."""

from __future__ import annotations

import ctypes
import io
import lzma
import math
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from itertools import chain
from xml.etree import ElementTree

import docx
import pypdfium2
import pypdfium2.raw as pdfium_c
from docx.document import Document as DocxDocument
from docx.opc.exceptions import OpcError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from reading.pdf_layout import Run, page_text

# What the parsers raise on damaged or hostile input. Listed rather than `except Exception`, but it
# is wide on purpose: PDFium and python-docx surface malformed files as almost any built-in error.
PARSER_FAILURES: tuple[type[Exception], ...] = (
    pypdfium2.PdfiumError,
    OpcError,
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    SyntaxError,  # ElementTree.ParseError and lxml's XMLSyntaxError
    ValueError,
    LookupError,
    TypeError,
    AttributeError,
    AssertionError,
    ArithmeticError,
    EOFError,
    RuntimeError,  # RecursionError; zipfile's "password required"
    OSError,  # a damaged bzip2 member of a ZIP: «Invalid data stream»
    lzma.LZMAError,  # a damaged LZMA member of a ZIP
)

_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODF_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODF_PARAGRAPHS = frozenset({f"{_ODF_TEXT}p", f"{_ODF_TEXT}h"})
_ODF_SKIPPED = frozenset(
    {f"{_ODF_TEXT}note", f"{_ODF_OFFICE}annotation", f"{_ODF_TEXT}tracked-changes"}
)
_ODF_INLINE = {f"{_ODF_TEXT}tab": "\t", f"{_ODF_TEXT}line-break": "\n"}
_XML_SPACE = re.compile(r"[ \t\r\n]+")
_PASSWORD_ERROR = "password"
_XLSX_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


class UnreadableDocument(Exception):
    """A file cannot be read as the format it claims to be; `reason` is short Norwegian."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def pdf_text(content: bytes, max_chars: int) -> str:
    """Text of every page, pages separated by form feed; stops once `max_chars` are collected.

    pypdfium2 (PDFium) rather than pypdf: on the corpus's 41 PDFs both read every word, and
    PDFium took 16 ms a file against pypdf's 90 ms."""
    try:
        document = pypdfium2.PdfDocument(content)
    except pypdfium2.PdfiumError as exc:
        reason = "passordbeskyttet PDF" if _PASSWORD_ERROR in str(exc) else "skadet PDF"
        raise UnreadableDocument(reason) from exc
    try:
        return _pages_text(document, max_chars)
    finally:
        document.close()


def docx_text(content: bytes) -> str:
    """Paragraphs (headings included) one per line, table rows as tab-separated cells; the page
    headers first and the page footers last, each once (a letterhead often holds the contact
    details, and a footer the organisation's address)."""
    try:
        document = docx.Document(io.BytesIO(content))
        headers = _docx_margins(document, "header")
        footers = _docx_margins(document, "footer")
        body = list(_docx_lines(document.iter_inner_content()))
        return "\n".join([*headers, *body, *footers])
    except PARSER_FAILURES as exc:
        raise UnreadableDocument("skadet Word-dokument") from exc


def _docx_margins(document: DocxDocument, kind: str) -> list[str]:
    """The lines of every distinct page header (or footer) of the document's sections."""
    seen: set[str] = set()
    lines: list[str] = []
    for section in document.sections:
        for variant in (f"first_page_{kind}", kind, f"even_page_{kind}"):
            margin = getattr(section, variant)
            if margin.is_linked_to_previous:
                continue
            text = [line for line in _docx_lines(margin.iter_inner_content()) if line.strip()]
            key = "\n".join(text)
            if text and key not in seen:
                seen.add(key)
                lines += text
    return lines


def odf_text(content_xml: bytes) -> str:
    """Text of an OpenDocument `content.xml`: text:p and text:h one per line, lists and tables."""
    try:
        root = ElementTree.fromstring(content_xml)
        body = root.find(f"{_ODF_OFFICE}body")
        return "\n".join(_odf_lines(root if body is None else body))
    except PARSER_FAILURES as exc:
        raise UnreadableDocument("skadet OpenDocument-fil") from exc


def xlsx_text(
    shared_strings_xml: bytes | None, sheets_xml: list[bytes], names: Sequence[str] = ()
) -> str:
    """Rows of every worksheet, one per line, cells tab-separated (values as stored). A sheet's
    own name («2 Beskrivelse», «Risiko») heads its rows: a workbook with a sheet per part names
    the parts there and nowhere else (R-CP-110); Excel's default names («Sheet1», «Ark2») do not."""
    try:
        shared = _shared_strings(shared_strings_xml) if shared_strings_xml else []
        lines: list[str] = []
        for position, sheet in enumerate(sheets_xml):
            rows = list(_sheet_rows(ElementTree.fromstring(sheet), shared))
            name = names[position].strip() if position < len(names) else ""
            if rows and name and not _DEFAULT_SHEET_NAME.fullmatch(name):
                lines.append(name)
            lines += rows
        return "\n".join(lines)
    except PARSER_FAILURES as exc:
        raise UnreadableDocument("skadet Excel-fil") from exc


_DEFAULT_SHEET_NAME = re.compile(r"(sheet|ark|blad|tabell|feuil|hoja|tabelle)\s*\d*", re.IGNORECASE)
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_OFFICE_RELATION_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def xlsx_sheet_names(workbook_xml: bytes, rels_xml: bytes | None) -> dict[str, str]:
    """Worksheet member name («xl/worksheets/sheet2.xml») -> the sheet's name in the workbook."""
    try:
        workbook = ElementTree.fromstring(workbook_xml)
        targets: dict[str, str] = {}
        if rels_xml:
            for relation in ElementTree.fromstring(rels_xml).iter(f"{_RELATIONSHIPS}Relationship"):
                target = relation.get("Target", "").lstrip("/")
                targets[relation.get("Id", "")] = (
                    target if target.startswith("xl/") else f"xl/{target}"
                )
        names: dict[str, str] = {}
        for position, sheet in enumerate(workbook.iter(f"{_XLSX_NS}sheet"), start=1):
            member = targets.get(sheet.get(_OFFICE_RELATION_ID, ""), "")
            names[member or f"xl/worksheets/sheet{position}.xml"] = sheet.get("name", "")
        return names
    except PARSER_FAILURES:
        return {}  # the rows are still read; only their sheets' names are lost


def _pages_text(document: pypdfium2.PdfDocument, max_chars: int) -> str:
    pages: list[str] = []
    collected = 0
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        pages.append(page_text(_runs(textpage)))
        textpage.close()
        page.close()
        collected += len(pages[-1]) + 1
        if collected >= max_chars:
            break
    return "\f".join(pages)


Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF points

# From this many runs a page costs less cut from its text (a few calls a run, and one scan of the
# page) than asked box by box (a scan of the page a run).
_SLICED_FROM = 3
# PDFium's runs leave out characters under 0.01 point wide or high; a side this long is surely
# in (the sides are floats: one at the limit is taken as left out, and the page asked box by box).
_DRAWN_SIDE = 0.0101
_EVERYWHERE = 3.0e38  # a box around every character of a page (floats reach 3.4e38)
_HYPHEN_MARK = "\x02"  # what PDFium's bounded text has for a hyphen that ends a line
_WORD_START = re.compile(r"\s\S")


def _runs(textpage: pypdfium2.PdfTextPage) -> list[Run]:
    """The page's text runs with their boxes (R-CP-43: laid out by position, not drawing order).

    A run's text is what PDFium reads inside its box (`_BoundedText`), white space made single
    spaces. Each such call scans every character of the page, so a page of many runs has its
    texts cut from the page's text instead (`_sliced`), wherever that gives the same words."""
    characters = _Characters(textpage)
    boxes = characters.boxes()
    bounded = _BoundedText(textpage)
    texts = _sliced(characters, bounded, boxes) if len(boxes) >= _SLICED_FROM else None
    if texts is None:
        texts = [" ".join(bounded.text(*box).split()) for box in boxes]
    return [Run(*box, text) for box, text in zip(boxes, texts, strict=True)]


def _sliced(
    characters: _Characters, bounded: _BoundedText, boxes: Sequence[Box]
) -> list[str] | None:
    """Each run's text cut from the page's text, from the run's first character to the next
    run's (a run whose box another run's box overlaps: its bounded text); None where that is
    not shown to give the words of the runs' bounded texts.

    A bounded text is every character whose box overlaps the run's box, in the page's order. A
    run is one text object's drawn characters one after the other (generated spaces and line
    breaks have no size, and specks under 0.01 point are not counted), and its box is the union
    of theirs. So where no other run's box overlaps a run's box, it holds the run's own drawn
    characters and no other run's. The cut reads the same words when it starts where the run
    does, every character that is not white space has a box of some area (none of no size,
    which no box holds), and what lies between two runs is white space (each cut's first and
    last word begin and end on drawn characters). Not shown, and met on no PDF the project has:
    a speck inside a run that its box misses, or white space other than a space inside a run
    without an area (a bounded text drops either, and may join the words around it)."""
    alone = _alone(boxes)
    text = characters.text() if alone is not None else None
    if alone is None or text is None:
        return None
    starts = _run_starts(characters, text, len(boxes))
    if starts is None:
        return None
    texts: list[str] = []
    ends = [start for start, _ in starts[1:]] + [len(text)]
    for index, ((start, drawn), end) in enumerate(zip(starts, ends, strict=True)):
        cut = text[start:end]
        words = cut.split()
        if words and not _ends_drawn(characters, start, drawn, cut, words):
            return None
        if alone[index]:
            texts.append(" ".join(words))
        else:  # glyphs overlapping the next run's box (bold beside regular, kerned pairs)
            texts.append(" ".join(bounded.text(*boxes[index]).split()))
    return texts if _all_drawn(text, bounded) else None


def _alone(boxes: Sequence[Box]) -> list[bool] | None:
    """For each box, that no other box overlaps it (PDFium's test: their common part has an
    area); None where a side is not a number (the union of boxes with a NaN side need not hold
    them all)."""
    if not all(map(math.isfinite, chain.from_iterable(boxes))):
        return None
    alone = [True] * len(boxes)
    order = sorted(range(len(boxes)), key=lambda index: boxes[index][1])  # by bottom
    for position, index in enumerate(order, start=1):
        left, _, right, top = boxes[index]
        for later in range(position, len(order)):
            other = order[later]
            other_left, other_bottom, other_right, _ = boxes[other]
            if other_bottom >= top:  # this one and all later ones stand above the box
                break
            if max(left, other_left) < min(right, other_right):
                alone[index] = alone[other] = False
    return alone


def _run_starts(characters: _Characters, text: str, runs: int) -> list[tuple[int, bool]] | None:
    """Where each run starts in the page's text, and whether that is a drawn character; None
    unless there are as many starts as runs.

    PDFium puts a line break (CR LF) before a text object on a new line. Each line's runs are
    counted (FPDFText_CountRects on its characters), and a line of several is cut where the
    next run's first (drawn) character is. A line without a drawn character also counts one,
    and a run going on past a line break counts once on each line: either makes too many."""
    starts: list[tuple[int, bool]] = []
    start = 0
    for line in text.split("\r\n"):
        end = min(start + len(line) + 2, len(text))
        if end > start:
            starts.append((start, False))
            for _ in range(1, characters.runs_in(start, end - start)):
                starts.append((_next_run(characters, text, starts[-1][0], end), True))
        start = end
    return starts if len(starts) == runs else None


def _next_run(characters: _Characters, text: str, start: int, end: int) -> int:
    """The first character of the run after the one starting at `start` (before `end`): the
    shortest stretch from `start` holding two runs ends on it. Most PDF makers start a run at a
    word, so the next word's first character is tried first; else the stretch grows in doubling
    steps and is then halved (runs beside each other are mostly short: a word in bold, a kerned
    pair): a few calls a run, not one a character."""
    low, high = start + 1, end - 1  # where the character is
    word = _WORD_START.search(text, start, end)
    if word is not None:
        guess = word.end() - 1
        if not characters.two_runs(start, guess):
            low = guess + 1
        elif characters.two_runs(start, guess - 1):
            high = guess - 1
        else:
            return guess
    step = 1
    while low < high:
        probe = min(low + step - 1, high)
        if characters.two_runs(start, probe):
            high = probe
            break
        low, step = probe + 1, step * 2
    while low < high:
        middle = (low + high) // 2
        if characters.two_runs(start, middle):
            high = middle
        else:
            low = middle + 1
    return low


def _ends_drawn(
    characters: _Characters, start: int, drawn: bool, cut: str, words: list[str]
) -> bool:
    """The cut's first and last characters that are not white space are drawn (`drawn`: the
    one at `start` is): whatever stands before or after them, between this run and the next,
    is white space."""
    first = start + cut.find(words[0])
    last = start + cut.rfind(words[-1]) + len(words[-1]) - 1
    first_drawn = (drawn and first == start) or characters.drawn(first)
    return first_drawn and (last == first or characters.drawn(last))


def _all_drawn(text: str, bounded: _BoundedText) -> bool:
    """Every character of the page that is not white space has a box of some area: a box
    around the whole page reads the same words as its text."""
    everything = bounded.text(-_EVERYWHERE, -_EVERYWHERE, _EVERYWHERE, _EVERYWHERE)
    return "".join(everything.split()) == "".join(text.split())


class _Characters:
    """A page's characters and runs, asked of PDFium directly. Each call into PDFium costs some
    thousands of instructions (ctypes); pypdfium2's `get_rect` also makes its four numbers anew
    every time, so they are made once here, and the handle is passed as it is (a thousand fewer
    than ctypes looking up the wrapper's `_as_parameter_`)."""

    def __init__(self, textpage: pypdfium2.PdfTextPage) -> None:
        self._page = textpage.raw
        self._count = max(textpage.count_chars(), 0)
        self._sides = [ctypes.c_double() for _ in range(4)]

    def boxes(self) -> list[Box]:
        """The boxes of the page's runs, in the page's order."""
        left, bottom, right, top = self._sides
        boxes: list[Box] = []
        for index in range(self.runs_in(0, -1)):
            pdfium_c.FPDFText_GetRect(self._page, index, left, top, right, bottom)
            boxes.append((left.value, bottom.value, right.value, top.value))
        return boxes

    def runs_in(self, start: int, count: int) -> int:
        """The runs among `count` characters from `start` (-1: to the page's end); one where
        none is drawn (PDFium gives an empty box)."""
        return int(pdfium_c.FPDFText_CountRects(self._page, start, count))

    def two_runs(self, start: int, last: int) -> bool:
        """The characters from `start` to `last` hold (at least) two runs."""
        return self.runs_in(start, last - start + 1) >= 2

    def drawn(self, index: int) -> bool:
        """The character is one PDFium's runs are made of (a generated one has no size)."""
        left, bottom, right, top = self._sides
        pdfium_c.FPDFText_GetCharBox(self._page, index, left, right, bottom, top)
        return right.value - left.value >= _DRAWN_SIDE and top.value - bottom.value >= _DRAWN_SIDE

    def text(self) -> str | None:
        """The page's text, one character of it for each of PDFium's characters; None where
        PDFium leaves some out (control characters, and those outside the BMP) or one has no
        Unicode (U+FFFE here; a bounded text has nothing for it)."""
        buffer = (ctypes.c_ushort * (self._count + 1))()
        if pdfium_c.FPDFText_GetText(self._page, 0, self._count, buffer) != self._count + 1:
            return None
        try:
            text = memoryview(buffer)[: self._count].tobytes().decode("utf-16-le")
        except UnicodeDecodeError:  # a lone surrogate
            return None
        if len(text) != self._count:  # a surrogate pair
            return None
        return self._hyphens_marked(text)

    def _hyphens_marked(self, text: str) -> str | None:
        """The text with PDFium's mark (U+0002) on each hyphen that ends a line: the page's text
        has U+FFFE there, as for a character without Unicode."""
        at = text.find("\ufffe")
        while at >= 0:
            if pdfium_c.FPDFText_GetUnicode(self._page, at) != ord(_HYPHEN_MARK):
                return None
            at = text.find("\ufffe", at + 1)
        return text.replace("\ufffe", _HYPHEN_MARK)


class _BoundedText:
    """``PdfTextPage.get_text_bounded`` with one call into PDFium instead of two.

    pypdfium2 asks PDFium for the text's length, then for the text: each call gathers the text
    of the box from every character of the page again, for every run of it. Here one buffer,
    larger than any box's text (a character adds at most itself, a space and a line break),
    takes the text at once, with the NUL PDFium ends it with. PDFium's length counts code points,
    and pypdfium2's buffer had that many UTF-16 units: where a character outside the BMP needs
    two, it cut the text short. Such a text, and any answer not ended by a NUL, is asked for as
    pypdfium2 does: the text is always the same as its."""

    def __init__(self, textpage: pypdfium2.PdfTextPage) -> None:
        self._page = textpage
        self._size = 3 * max(textpage.count_chars(), 0) + 16
        self._buffer = (ctypes.c_ushort * self._size)()

    def text(self, left: float, bottom: float, right: float, top: float) -> str:
        units = pdfium_c.FPDFText_GetBoundedText(
            self._page, left, top, right, bottom, self._buffer, self._size
        )
        if units > 0 and self._buffer[units - 1] == 0:  # the whole text and its NUL
            raw = memoryview(self._buffer)[: units - 1].tobytes()
            text = raw.decode("utf-16-le", errors="ignore")
            if len(text) == units - 1:  # one unit a character: no pair, nothing left out
                return text
        return self._slow(left, bottom, right, top)

    def _slow(self, left: float, bottom: float, right: float, top: float) -> str:
        return str(self._page.get_text_bounded(left, bottom, right, top))


def _docx_lines(blocks: Iterator[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Table):
            yield from _docx_rows(block)
        else:
            yield block.text


def _docx_rows(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[_Cell] = []
        for cell in row.cells:  # a merged cell is returned once per grid column it spans
            if not cells or cell._tc is not cells[-1]._tc:
                cells.append(cell)
        texts = (" ".join(_docx_lines(cell.iter_inner_content())).strip() for cell in cells)
        yield "\t".join(texts)


def _shared_strings(xml: bytes) -> list[str]:
    root = ElementTree.fromstring(xml)
    return [_xlsx_runs(item) for item in root.iter(f"{_XLSX_NS}si")]


def _sheet_rows(sheet: ElementTree.Element, shared: list[str]) -> Iterator[str]:
    for row in sheet.iter(f"{_XLSX_NS}row"):
        cells = (_xlsx_cell(cell, shared) for cell in row.iter(f"{_XLSX_NS}c"))
        line = "\t".join(cell.strip() for cell in cells if cell.strip())
        if line:
            yield line


def _xlsx_cell(cell: ElementTree.Element, shared: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return _xlsx_runs(cell)
    value = cell.findtext(f"{_XLSX_NS}v") or ""
    return shared[int(value)] if kind == "s" and value else value


def _xlsx_runs(element: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_XLSX_NS}t"))


def _odf_lines(element: ElementTree.Element) -> Iterator[str]:
    for child in element:
        if child.tag in _ODF_PARAGRAPHS:
            yield _odf_inline(child)
        elif child.tag == f"{_ODF_TABLE}table-row":
            cells = (" ".join(_odf_lines(cell)).strip() for cell in child)
            yield "\t".join(cell for cell in cells if cell)
        elif child.tag not in _ODF_SKIPPED:
            yield from _odf_lines(child)


def _odf_inline(element: ElementTree.Element) -> str:
    # ODF collapses white space in text like HTML; <text:s>, <text:tab> etc. are the real spaces.
    parts = [_collapse(element.text)]
    for child in element:
        if child.tag == f"{_ODF_TEXT}s":
            parts.append(" " * min(int(child.get(f"{_ODF_TEXT}c", "1")), 100))
        elif child.tag in _ODF_INLINE:
            parts.append(_ODF_INLINE[child.tag])
        elif child.tag not in _ODF_SKIPPED:
            parts.append(_odf_inline(child))
        parts.append(_collapse(child.tail))
    return "".join(parts)


def _collapse(text: str | None) -> str:
    return _XML_SPACE.sub(" ", text) if text else ""
