"""Pure: read extracted text (lines, tab-separated table rows, form feeds) into blocks.

Every extractor hands over text in one convention: a table row is one line with its cells
separated by tabs (DOCX, ODT, HTML, XLSX), pages are separated by form feeds (PDF), and a PDF's
columns are runs of three or more spaces. This module recovers the structure from it: headings
with their numbering and level, label–value fields, list items, table rows, and paragraphs that
join the lines a PDF wrapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reading.blocks import OCR_MARK, Block, Kind, Location, ReadDocument

MAX_HEADING_WORDS = 14
MAX_LABEL_WORDS = 5
MAX_QUESTION_WORDS = 16
SHORT_LINE_WORDS = 5  # a line of wrapped prose holds more words than this
DETAIL_LINE_WORDS = 8  # a line of a person's details below a field holds at most this many

_NUMBERED = re.compile(
    r"^(?:(?i:del|part|kapittel|kap\.|chapter|section|seksjon|punkt|avsnitt|vedlegg|appendix"
    r"|attachment|bilag)\s+)?(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[A-H])(?:[.):]|\s*[-–—])?\s+(?=\S)"
)
_APPENDIX = re.compile(r"^(?i:vedlegg|appendix|attachment|bilag)\s+\w{1,3}\b\s*[-–—:.]?\s*")
_MARKDOWN = re.compile(r"^(#{1,6})\s+")
_BULLET = re.compile(r"^(?:[-•*–·▪◦►✓]|\(?[a-h1-9]\))\s+")
# a remark in brackets counts as one character of the label (R-CP-134)
_FIELD = re.compile(r"^([^\W\d_](?:[^:(]|\([^():]{0,80}\)){0,45}?)\s*:\s*(.*)$")
_BARE_FIELD = re.compile(
    r"^(tlf\.?|telefon(?:nummer|nr\.?)?|mobil(?:nummer)?|mob\.?|tel\.?|phone|mobile|e-?post"
    r"(?:adresse)?|e-?mail|org\.?\s?nr\.?|org\.?\s?no\.?|organisasjonsnummer|organisation number"
    r"|organization number)\s+(\S.*)$",
    re.IGNORECASE,
)
# What every word of _BARE_FIELD opens with, in lower case: exactly the first characters
# IGNORECASE lets it match (checked for every code point).
_BARE_FIRST = "tmpeo"
_COLUMNS = re.compile(r"\S(?: \S|\S)*")
_GAP = re.compile(r"\s{3,}")
_RULE = re.compile(r"\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*\|?\s*")
_LETTERS = re.compile(r"[^\W\d_]")
_SEPARATOR = re.compile(r"\s*(?:-{3,}|={3,}|_{3,}|\*{3,}|~{3,})\s*")
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # a word broken at a line end
_HYPHENATED_WORD = re.compile(r"[^\W\d_]+-$")
_NOT_A_LABEL = re.compile(r"https?$|\d$|@|[.!?]\s")
_REMARK = re.compile(r"\([^()]{0,80}\)")
_LEVEL_DIGITS = re.compile(r"\d{1,2}(?:\.\d{1,2})*")
_PHONE_DIGITS = re.compile(r"\d{2} ?\d{2} ?\d{2}")
_BROKEN_NUMBER = re.compile(r"(?:^|\s)\+\d{1,3}(?: \d{1,4})?$")  # «… +47 22» at a line end
_LONG_NUMBER = re.compile(r"\d{3,}")
_OWN_SENTENCE = re.compile(r"\b(er|is|are|har|has|var|was|blir|vert|hos oss|at our)\b", re.I)
_JOINING_END = re.compile(
    r"\s(?:ved|v/|og|eller|med|til|for|hos|av|c/o|attn\.?|and|or|of|at|by|with|via)$", re.I
)
# R-CP-159: a line in the writer's own voice is no field's value
_WRITERS_VOICE = re.compile(r"\b(vår|vårt|våre|vi|me|oss|our|we|us)\b", re.IGNORECASE)
# R-CP-161: a line that opens with someone's name, or is an organisation's, goes on with no field
_PERSON_OPENING = re.compile(r"[A-ZÆØÅ][a-zæøåéö]+(-[A-ZÆØÅ][a-zæøåéö]+)? [A-ZÆØÅ][a-zæøåéö]+")
_ORGANISATION_LINE = re.compile(
    r"\b(post|postmottak|firmapost|info|kontakt|support|mail|office|admin|sentralbord)@"
    r"|\bpostboks\b|\bp\.?\s?o\.?\s?box\b|\bsentralbord\b|\bswitchboard\b|\s[·|]\s"
    r"|\b(AS|ASA|SA|AB|Ltd|GmbH|IKS|KF|HF)\b"
    r"|\b(org\.?\s?nr|org\.? no)\b",
    re.IGNORECASE,
)
_NUMBER_REST = re.compile(r"\d{2,4}(?: \d{2,4}){1,3}(?:[,;]|$)")  # «40 18 90,» goes on


@dataclass(slots=True)
class _Reader:
    name: str
    paged: bool
    blocks: list[Block]
    page: int = 1
    table: int = 0
    in_table: bool = False
    row_indent: int = 0  # where the last table row of plain text starts
    gap: bool = True
    lines: list[str] | None = None  # the paragraph being collected
    value_column: int = 0  # where the last block's value starts in its row, when it is a field

    def add(self, kind: Kind, text: str, **fields: object) -> None:
        self.flush()
        self._append(kind, text, **fields)

    def _append(self, kind: Kind, text: str, **fields: object) -> None:
        where = Location(self.name, self.page, len(self.blocks) + 1)
        block = Block(kind, text, where, gap_before=self.gap, **fields)  # type: ignore[arg-type]
        self.blocks.append(block)
        self.gap = False

    def flush(self) -> None:
        if self.lines:
            self._append(Kind.PARAGRAPH, _join_wrapped(self.lines))
        self.lines = None


def read_text(name: str, text: str) -> ReadDocument:
    """The blocks of one source's text, in order, each with its page and position."""
    ocr = text.startswith(OCR_MARK)
    if ocr:
        text = repair_ocr_addresses(text[len(OCR_MARK) :])
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    reader = _Reader(name, len(pages) > 1, [])
    for number, page in enumerate(pages, start=1):
        reader.flush()
        reader.page, reader.gap = number, True
        rows = _unwrap(page.split("\n"))
        for row, following in zip(rows, _following(rows), strict=True):
            _read_line(reader, row, following)
    reader.flush()
    return ReadDocument(name, tuple(reader.blocks), reader.paged, ocr)


_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_LONE_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?")
_STRAY_IN_DOMAIN = re.compile(r"(@[\w-]+(?:\.[\w-]+)*)[:;,'`](\.[a-z]{2,6}\b)")


def repair_ocr_addresses(text: str) -> str:
    """R-CP-13: undo what OCR commonly does to an e-mail address: a stray mark before the
    top-level domain («ola@firma:.no»), and an «@» read as «e», «©», «®» or «Q» in front of a
    domain that another address in the same text has («olaefirma.no» beside «kari@firma.no»)."""
    text = _STRAY_IN_DOMAIN.sub(r"\1\2", text)
    domains = {match.group(1).lower() for match in _ADDRESS.finditer(text)}
    for domain in sorted(domains, key=len, reverse=True):
        lost = re.compile(
            rf"(?<![\w.@/:-])(?!www\.)([\w.+-]{{2,}}?)[e©®Q]({re.escape(domain)})\b", re.I
        )
        text = lost.sub(r"\1@\2", text)
    return text


def _following(rows: list[str]) -> list[str]:
    """For each row, the next row that is not blank ("" when none is): one pass from the end."""
    found: list[str] = []
    following = ""
    for row in reversed(rows):
        found.append(following)
        if row.strip():
            following = row
    found.reverse()
    return found


def _ends_hyphenated(text: str) -> bool:
    """`_HYPHENATED.search(text)`, tried only where a match can start: two characters from the
    end, or three before a final line break (what `$` also matches)."""
    if not text.endswith(("-", "-\n")):  # what `-$` needs: most lines end otherwise
        return False
    return _HYPHENATED.search(text, max(0, len(text) - 3)) is not None


def _unwrap(rows: list[str]) -> list[str]:
    """Undo a word hyphenated at a line end («Personvern-\nombud») and an e-mail address
    broken after its «@»."""
    joined: list[str] = []
    for row in rows:
        previous = joined[-1].rstrip() if joined else ""
        start = row.lstrip()
        if previous and start and "\t" not in row and "\t" not in previous:
            if _ends_hyphenated(previous) and start[:1].islower():
                joined[-1] = previous[:-1] + start
                continue
            if previous.endswith("@") or (start.startswith("@") and " " not in start[:3]):
                joined[-1] = previous + start
                continue
        joined.append(row)
    return joined


def _read_line(reader: _Reader, row: str, following: str) -> None:
    if "---" in row and _RULE.fullmatch(row):  # «|---|---|» under a plain-text table's header
        return
    if _SEPARATOR.fullmatch(row):  # R-CP-11: «-----» under a heading or between blocks
        reader.flush()
        reader.gap, reader.in_table = True, False
        return
    cells = _cells(row)
    filled = [cell for cell in cells if cell]
    if not filled:
        reader.flush()
        reader.gap, reader.in_table = True, False
        return
    if len(filled) >= 2 or (len(cells) >= 2 and reader.in_table):
        if not reader.in_table:
            reader.table += 1
        reader.add(Kind.ROW, " | ".join(cells), cells=tuple(cells), table=reader.table)
        reader.in_table, reader.row_indent = True, _indent(row)
        return
    if _continues_cell(reader, row, filled[0]):
        return
    reader.in_table = False
    _read_running(reader, row, filled[0], following)


def _read_running(reader: _Reader, row: str, line: str, following: str) -> None:
    """A line outside a table: a field's, a list item's or a paragraph's next line, or a block."""
    if _under_value(reader, row, line):
        return
    column, reader.value_column = reader.value_column, 0
    if _continues(reader, line) or _rejoins(reader, line, following) or _after_comma(reader, line):
        reader.value_column = (
            column if reader.blocks and reader.blocks[-1].kind is Kind.FIELD else 0
        )
        return
    if reader.lines and _field(line) is None and _paragraph_ended(reader.lines[-1], line):
        reader.flush()
    if not _line_block(reader, line, following):
        reader.lines = reader.lines or []
        reader.lines.append(line)
    elif reader.blocks[-1].kind is Kind.FIELD and reader.blocks[-1].value:
        reader.value_column = row.find(reader.blocks[-1].value[:12])


def _under_value(reader: _Reader, row: str, line: str) -> bool:
    """R-CP-159: in text laid out with spaces, a line indented to where the field above has its
    value («Databehandler:    Insightly Ltd, 4 Hume Street, Dublin» / «                  Siobhan
    Kearney, tlf …») goes on with that value: the label governs it, as a table's column would."""
    last = reader.blocks[-1] if reader.blocks else None
    if (
        last is None
        or last.kind is not Kind.FIELD
        or reader.lines
        or reader.gap
        or reader.value_column <= 0
        or _indent(row) != reader.value_column
        or _field(line) is not None
        # the value has its address: the line is someone else's, or an aside («Avtalen følges
        # opp av vår IT-sjef …», «ved fravær, ring …»)
        or "@" in last.value
        or _WRITERS_VOICE.search(line) is not None
    ):
        return False
    value = _join_wrapped([last.value, line])
    reader.blocks[-1] = replace(last, text=_join_wrapped([last.text, line]), value=value)
    return True


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip())


def _continues_cell(reader: _Reader, row: str, line: str) -> bool:
    """R-CP-23: in a table laid out with spaces, a lone line indented under a later column of
    the row above («Kontaktperson:   Kari Fjellstad, rådgiver» / «      tlf. 75 …») is that
    row's last cell wrapped: joined to it."""
    last = reader.blocks[-1] if reader.blocks and reader.in_table else None
    if last is None or last.kind is not Kind.ROW or "\t" in row or "|" in row:
        return False
    # R-CP-116: a lone address under a row that has none is its last cell wrapped, however
    # indented (OCR keeps no indent): «Databehandler | Billettdata AS | +47 …» / «geir@…»
    lone_address = _LONE_ADDRESS.fullmatch(line) and not any("@" in c for c in last.cells)
    if not lone_address and _indent(row) < reader.row_indent + len(last.cells[0]) + 2:
        return False
    cells = (*last.cells[:-1], _join_wrapped([last.cells[-1], line]))
    reader.blocks[-1] = replace(last, text=" | ".join(cells), cells=cells)
    return True


def _after_comma(reader: _Reader, line: str) -> bool:
    """R-CP-23: a sentence does not end on a comma: «… er Petter Skaug,» / «tlf. 69 …» is one
    sentence, though the second line opens like a phone field. Nor in the middle of a line of
    wrapped prose (R-CP-80: «… Eirik Vangsnes, som har» / «telefon 57 65 88 10 og e-post …»)."""
    if not (reader.lines and _BARE_FIELD.match(line)):
        return False
    last = reader.lines[-1]
    wrapped = len(last.split()) > SHORT_LINE_WORDS and not last.endswith((".", ":", "!", "?", ";"))
    if not (last.endswith(",") or wrapped):
        return False
    reader.lines.append(line)
    return True


def _continues(reader: _Reader, line: str) -> bool:
    """A line a PDF wrapped out of a field or list item («…, e-post\nkari@…»): joined to it."""
    if reader.lines or reader.gap or not reader.blocks:
        return False
    last = reader.blocks[-1]
    if last.kind not in (Kind.FIELD, Kind.ITEM) or last.text.endswith((".", ":", "!", "?")):
        return False
    # R-CP-116: a value does not end on a comma («…, 111 43 Stockholm,» / «Sverige. Kontakt: …»)
    # nor inside a phone number («+47 22» / «40 18 90, …»), whatever letter the next line opens with
    broken = (
        # «…, 111 43 Stockholm,» / «Sverige. Kontakt: …»; not a sentence of its own after it
        # («Kontaktperson hos oss er Eli Vatne, …» names someone else)
        (last.text.endswith(",") and _OWN_SENTENCE.search(line) is None)
        or bool(_BROKEN_NUMBER.search(last.text) and _NUMBER_REST.match(line))
        # «…, org.nr. SE» / «559214-7736, ved Elin Sjöberg, …»: a long number goes on, which no
        # heading's numbering is
        or (
            len(last.text.split()) > SHORT_LINE_WORDS
            and last.text[-1:].isalpha()  # «org.nr. SE»: the number's letters before its digits
            and _LONG_NUMBER.match(line) is not None
        )
        # «…, org.nr. HRB 241877 B, ved» / «Jonas Weber, …»: no value ends on a word that joins
        or _JOINING_END.search(last.text) is not None
        # R-CP-161: «…; contact Erik Nyström, Key Account» / «Manager, +46 31 …, erik@…»: the
        # person's details, broken off a field that has none, with no label of their own
        or (
            last.kind is Kind.FIELD
            and "@" not in last.text
            and _LONE_ADDRESS.search(line) is not None
            and len(line.split()) <= DETAIL_LINE_WORDS
            # not another person's line, nor an organisation's (a page footer, a switchboard)
            and _PERSON_OPENING.match(line) is None
            and _ORGANISATION_LINE.search(line) is None
        )
    )
    if not (line[:1].islower() or broken):
        return False
    if _field(line) is not None and not (last.text.endswith(",") and _BARE_FIELD.match(line)):
        return False  # R-CP-54: «…, prosjektleder,» / «telefon 38 …»: no sentence ends on a comma
    joined = _join_wrapped([last.text, line])
    value = _join_wrapped([last.value, line]) if last.value else line
    reader.blocks[-1] = replace(last, text=joined, value=value if last.kind is Kind.FIELD else "")
    return True


def _rejoins(reader: _Reader, line: str, following: str) -> bool:
    """R-CP-11: a sentence broken by a blank line (OCR of a scan, a PDF page break) goes on
    after a paragraph of prose that ended without punctuation: in lower case, or in running
    text that cannot be a heading («… is Solveig» / «Sæther (s@…), tel. …»)."""
    if not reader.gap or reader.lines or not reader.blocks:
        return False
    last = reader.blocks[-1]
    if last.kind is not Kind.PARAGRAPH or last.text.endswith((".", ":", "!", "?", ";")):
        return False
    if _BULLET.match(line) or (_field(line) is not None and not _BARE_FIELD.match(line)):
        return False  # a «label: value» line stands on its own; «telefon 22 …» may go on
    prose = len(last.text.split()) > SHORT_LINE_WORDS
    if not line[:1].islower() and not (prose and _heading(reader, line, following) is None):
        return False
    reader.blocks.pop()
    reader.gap = last.gap_before
    reader.lines = [last.text, line]
    return True


def _paragraph_ended(previous: str, line: str) -> bool:
    """R-CP-11: a short line ends its paragraph when a capitalised line follows. Wrapping fills
    a line, so the short lines of a title page or a contact sheet laid out without blank lines
    («…(pilot 2027)» / «Kontaktperson hos behandlingsansvarlig» / «Acme AS») are not one
    paragraph of prose."""
    if len(previous.split()) > SHORT_LINE_WORDS or previous.endswith((",", "-", "–", "@")):
        return False
    return _starts_upper(line) and not _HYPHENATED_WORD.match(previous.split()[-1])


def _cells(row: str) -> list[str]:
    if "\t" in row:  # empty cells are kept: they hold a column's place
        cells = [" ".join(part.split()) for part in row.split("\t")]
        return cells if any(cells) else []
    stripped = row.strip()
    if not stripped:
        return []
    if "|" in stripped:  # a table as plain text draws its columns with bars («a | b | c»)
        bars = [" ".join(p.split()) for p in stripped.strip("|").split("|")]
        if len(bars) >= 2 and all(len(p.split()) <= 12 for p in bars):
            return bars
    line = " ".join(stripped.split())
    # A gap of three white-space characters makes the line at least two shorter: most lines
    # have no gap, and need no split.
    if len(stripped) - len(line) < 2:
        return [line]
    parts = _GAP.split(stripped)  # a PDF's columns
    if len(parts) >= 2 and all(len(p.split()) <= 8 for p in parts):
        return [" ".join(p.split()) for p in parts]
    return [line]


def _line_block(reader: _Reader, line: str, following: str) -> bool:
    """Add the line as a block of its own (heading, field, item); False for running text."""
    heading = _heading(reader, line, following)
    if heading is not None:
        reader.add(Kind.HEADING, line, **heading)
        return True
    field = _field(line)
    if field is not None:
        reader.add(Kind.FIELD, line, title=field[0], value=field[1])
        return True
    if _BULLET.match(line):
        reader.add(Kind.ITEM, _BULLET.sub("", line))
        return True
    return False


def _field(line: str) -> tuple[str, str] | None:
    bare = _BARE_FIELD.match(line) if line[:1].lower() in _BARE_FIRST else None
    if bare:
        return bare.group(1), bare.group(2)
    match = _FIELD.match(line) if ":" in line else None
    # R-CP-134: a remark in brackets is no part of the label's length («Personvernombud (felles
    # for Vestmar, Fjellbygd og Solstrand kommuner): Ingrid Sæther»)
    if match is None or len(_REMARK.sub(" ", match.group(1)).split()) > MAX_LABEL_WORDS:
        return None
    label, value = match.group(1).strip(), match.group(2).strip()
    if _NOT_A_LABEL.search(label):
        return None  # «https://…», «kl. 10:00»
    if _SENTENCE_INSIDE.search(value) and ":" in value and not value.endswith((".", "!", "?")):
        # R-CP-80: «Kontaktperson: Trine Aas, … trine.aas@… . Personvernombud: Vegard» (and
        # «Holmsen, …» on the next line): prose naming several roles, wrapped by the PDF
        return None
    return label, value


def heading_parts(line: str) -> tuple[str, str, int]:
    """(numbering, title, level) of a heading line: «3.1 Metode» → («3.1», «Metode», 2)."""
    text, level, number = line.strip(), 0, ""
    markdown = _MARKDOWN.match(text)
    if markdown:
        text, level = text[markdown.end() :], len(markdown.group(1))
    appendix = _APPENDIX.match(text)
    numbered = appendix or _NUMBERED.match(text)
    if numbered:
        number = numbered.group(0).strip(" .):-–—")
        digits = _LEVEL_DIGITS.match(number.split()[-1]) if number else None
        level = max(level, digits.group(0).count(".") + 1 if digits else 1)
        text = text[numbered.end() :]
    return number, text.strip().rstrip(":").strip(), level


def _heading(reader: _Reader, line: str, following: str) -> dict[str, object] | None:
    words = len(line.split())
    if words > MAX_QUESTION_WORDS or not _LETTERS.search(line) or "@" in line:
        return None
    number, title, level = heading_parts(line)
    if not title:
        return None
    question = line.endswith("?") and (reader.gap or not following or _starts_upper(following))
    markdown = line.startswith("#")
    caps = title.isupper() and len(_LETTERS.findall(title)) >= 4
    strong = markdown or caps or bool(_APPENDIX.match(line))
    strong = strong or (bool(number) and words <= MAX_HEADING_WORDS and _title_shape(title))
    found: dict[str, object] = {"level": level, "number": number, "title": title}
    if strong or (question and words <= MAX_QUESTION_WORDS):
        found["strong"] = strong
    elif words > MAX_HEADING_WORDS or not _generic(reader, title, following):
        return None
    elif (field := _field(line)) is not None and field[1]:
        return None  # R-CP-14: «Kontakt: Kari Nordmann» is a label and its value, anywhere
    # the costlier tests last: most lines of prose are no heading by the cheaper ones
    return None if _PHONE_DIGITS.search(line) else found


_SENTENCE_INSIDE = re.compile(r"[a-zæøå]{2}[.!?] +[A-ZÆØÅ]")


def _title_shape(title: str) -> bool:
    return title[:1].isupper() and not title.endswith((".", ",", ";"))


def _starts_upper(text: str) -> bool:
    return text.lstrip('«"(- ')[:1].isupper()


def _generic(reader: _Reader, title: str, following: str) -> bool:
    """An unnumbered heading: short, capitalised, unpunctuated, standing apart from prose."""
    if reader.lines and not reader.lines[-1].endswith((".", ":", "!", "?")):
        return False  # within a paragraph that goes on (the cheapest test first)
    if not _title_shape(title) or title.endswith(("!", ":")) or "," in title:
        return False
    if _SENTENCE_INSIDE.search(title):
        return False  # R-CP-75: «… Mathias Rønning. Jeg nås på telefon»: a sentence ended in it
    if following and following.strip()[:1].islower():
        return False  # a wrapped line of running text
    return reader.gap or len(title.split()) <= MAX_LABEL_WORDS


def _join_wrapped(lines: list[str]) -> str:
    """Lines of one paragraph: hyphenation at a line end undone («personvern-\nombud»)."""
    text = lines[0]
    for line in lines[1:]:
        if _ends_hyphenated(text) and line[:1].islower():
            text = text[:-1] + line
        elif text.endswith("@") or line.startswith("@"):
            text += line
        else:
            text += " " + line
    return text
