"""Pure: cut submission text into lines, headings, sections and sentences with their location."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

OCR_SHOWN = " (OCR)"  # after a document's name in evidence: its text was read by OCR
MAX_HEADING_WORDS = 16
MAX_LABEL_WORDS = 8
PROSE_LINE_WORDS = 8
GENERIC_HEADING_FOLLOWED_BY = 15  # words of the next line: a short line before a paragraph

# R-CP-190: the ICO template numbers its steps («Step 7: Sign off and outcomes»), as do
# Norwegian guides («Steg 2», «Trinn 4»)
_PREFIX = (
    r"(?:(?i:del|part|kapittel|kap\.|chapter|section|seksjon|punkt|avsnitt|step|steg|trinn)\s+)?"
)
_NUMBER = r"(\d{1,2}(?:\.\d{1,2})*)"
# «B.2 Necessity», «A.1.3 Contact»: an appendix letter before the chapter numbers (R-CP-52)
_LETTERED = r"([A-H](?:\.\d{1,2})+)"
_NUMBERING = re.compile(
    rf"^{_PREFIX}(?:{_NUMBER}[.)]?\s*[-–—:]\s+|{_NUMBER}[.)]\s+|{_NUMBER}\s+(?=[A-ZÆØÅ])"
    rf"|{_LETTERED}[.)]?\s+(?=\S)"
    # «Del A – Hva skal vi gjøre?», «Part B: Necessity»: a part lettered like a chapter (R-CP-78)
    r"|([A-H])\s*[-–—:]\s+"
    r"|((?i:[ivx]{1,4}|[a-h]))[.)]\s+)(?=\S)"
)
_MARKDOWN = re.compile(r"^(#{1,6})\s+(?=\w)")  # «# | Risk |» opens a table row
_BULLET = re.compile(r"^[-•*–·▪◦>]\s")
# an agenda item of minutes: «Sak 22/26», «Sak 4:», «Item 3», «LG 52/26», «PS 94/26»
AGENDA_ITEM = re.compile(
    r"^\W*(?:(?:sak|saksnr\.?|item|agenda item)\s+(?:[a-z]{1,3}\s+)?\d+(?:/\d+)?"
    r"|(?-i:[A-ZÆØÅ]{1,4})\s+\d{1,3}/\d{2,4})\b",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_BULLET = re.compile(r"^\s*[-•*–·▪◦]\s")  # a list item's bullet (not a quote's «>»)
# a running footer's page number: «3/7», «Side 3 av 7», «Page 3 of 7», «s. 3»
_PAGE_NUMBER = re.compile(
    r"(?:\b\d{1,3}\s*/\s*\d{1,3}|\b(?:side|page|s\.)\s*\d{1,3}(?:\s*(?:av|of)\s*\d{1,3})?)\s*$",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^([^:]{3,80}?)\s*:\s+(\S.*)$")
_PHONE_LIKE = re.compile(r"\d[\d ]{6,}\d")
_WORD = re.compile(r"\w+")
# Whitespace after «.», «!», «?» or «…» before a capital: the splits of
# `(?<=[.!?…])\s+(?=[«"(\[]?[A-ZÆØÅ])`, written to open with `\s` so that `re` skips straight
# to whitespace instead of trying the lookbehind at every character.
_SENTENCE_END = re.compile(r"\s(?<=[.!?…]\s)\s*(?=[«\"(\[]?[A-ZÆØÅ])")


def split_sentences(text: str) -> list[str]:
    """The sentences of a text, line by line; «3. februar 2027» stays in one sentence."""
    return [sentence for line in text.split("\n") for sentence in _SENTENCE_END.split(line)]


def collapse(text: str) -> str:
    return " ".join(text.split())


# Characters a word takes at least (with the space after it): a text no longer than this many
# per word wanted is counted whole, quicker than word by word up to the threshold.
WORD_CHARACTERS = 8


def word_count(text: str, at_most: int | None = None) -> int:
    """The words in the text; with `at_most`, counting stops there (enough for a threshold:
    a whole document takes about a millisecond to count)."""
    if at_most is None:
        return _words(text)
    if len(text) <= at_most * WORD_CHARACTERS:
        return min(_words(text), at_most)
    # each word that starts in the opening is one word there (cut off or not): enough when
    # there are as many as wanted
    if len(_WORD.findall(text, 0, at_most * WORD_CHARACTERS)) >= at_most:
        return at_most
    return len(list(islice(_WORD.finditer(text), at_most)))


@lru_cache(maxsize=4096)  # the parts ask the same paragraphs and sections
def _words(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # whitespace collapsed; "" for a blank line
    location: str


@dataclass(frozen=True, slots=True)
class Heading:
    index: int  # line index
    raw: str  # the line as written (or its label)
    title: str  # numbering and markup removed
    depth: int  # 0 unnumbered, 1 for «3.», 2 for «3.1»
    inline: str  # text after «Label:» on the same line
    is_cue: bool
    generic: bool = False  # a heading by shape only, without cue or numbering


@dataclass(frozen=True, slots=True)
class Section:
    heading: Heading
    location: str
    body: str
    end: int  # index of the first line after the section
    # R-CP-113: ended by a heading of the writer's own, under which the part may go on
    open_ended: bool = False


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    location: str
    line: int  # index of the paragraph's first line
    opens_paragraph: bool
    paragraph: str  # its words are counted only where it matters (few sentences)


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    lines: tuple[Line, ...]
    headings: tuple[Heading, ...]

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


CELL_SEPARATOR = " | "


def table_row(row: str) -> str:
    """A table row (cells separated by tabs, as every extractor hands them over) with its
    cells kept apart by « | », or "" for any other line: a cell is not the next one's sentence."""
    if "\t" not in row:
        return ""
    cells = [collapse(cell) for cell in row.split("\t")]
    filled = [cell for cell in cells if cell]
    return CELL_SEPARATOR.join(filled) if len(filled) >= 2 else ""


# R-CP-169: the header of a form's first column («Spørsmål | Svar», «Question | Answer»)
QUESTION_COLUMN = re.compile(
    r"^\W*(spørsmål|kontrollspørsmål|sjekkpunkt|question|check(point)?|tema|topic"
    r"|felt|field|punkt|item)\W*$",
    re.IGNORECASE,
)
# R-CP-169: a cell that closes with the template's mark is its guidance («Explain why …
# (guidance – replace)»)
_GUIDANCE_CELL = re.compile(
    r"\((guidance|veiledning|rettleiing|hjelpetekst|help text|instruks\w*)\b[^)]{0,40}\)\s*$",
    re.IGNORECASE,
)
# R-CP-169: what answers a checklist's question without saying anything: a tick, a blank, a
# pointer to somewhere else
_EMPTY_ANSWER = re.compile(
    r"^\W*(ja|nei|delvis|yes|no|partly|partial|tbd|tba|n/?a|ikke relevant|ikkje relevant"
    r"|not applicable|x|-|–|—|\?|(se|sjå|see)\b.{0,60})\W*$",
    re.IGNORECASE,
)


def unanswered(cell: str) -> bool:
    """R-CP-169: a form's answer that says nothing: the template's guidance, a tick, a blank,
    a pointer to somewhere else."""
    return bool(_GUIDANCE_CELL.search(cell) or _EMPTY_ANSWER.match(cell))


# R-CP-181: a question column's header, as opposed to a field's («Felt | Svar» lays out
# label–value fields, which R-CP-127 reads as a table)
_ASKING_COLUMN = re.compile(
    r"^\W*(spørsmål|kontrollspørsmål|sjekkpunkt|questions?|checkpoint)\W*$", re.IGNORECASE
)
# R-CP-181: the header of a form's answer column, right after the question's
_ANSWER_COLUMN = re.compile(
    r"^\W*(svar|answer|response|beskrivelse|skildring|description|vurdering|assessment"
    r"|utfylling|opplysninger|opplysningar|innhold|content|details?)\W*$",
    re.IGNORECASE,
)


def _form_columns(row: str) -> tuple[int, int] | None:
    """R-CP-181: where a form's header row («Nr | Spørsmål | Svar») has its question and its
    answer column, or None for any other row."""
    cells = [collapse(cell) for cell in row.split("\t")]
    for index, cell in enumerate(cells[:-1]):
        if _ASKING_COLUMN.match(cell) and _ANSWER_COLUMN.match(cells[index + 1]):
            return index, index + 1
    return None


def _form_row(row: str, columns: tuple[int, int]) -> tuple[str, str] | None:
    """R-CP-181: a form's row as its question (with the number before it) and its answer, the
    template's guidance left out of the answer; None for a row of another shape or a blank
    answer (read as it stands). A tick or a pointer stays the answer: too little (cues)."""
    cells = [collapse(cell) for cell in row.split("\t")]
    question, answer = columns
    if len(cells) <= answer or not cells[question] or not cells[answer]:
        return None
    asked = " ".join(cell for cell in cells[: question + 1] if cell)
    rest = [cell for cell in cells[answer:] if cell and not _GUIDANCE_CELL.search(cell)]
    return asked, CELL_SEPARATOR.join(rest)


def split_lines(text: str) -> tuple[Line, ...]:
    """Lines with «side N» (when the text has page breaks) or «avsnitt N» as location."""
    paged = "\f" in text
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    has_blanks = any(not row.strip() for page in pages for row in page.split("\n"))
    lines: list[Line] = []
    paragraph, blank = 0, True
    form: tuple[int, int] | None = None
    for number, page in enumerate(pages, start=1):
        for row in page.split("\n"):
            stripped = table_row(row) or collapse(row)
            if stripped and (blank or not has_blanks):
                paragraph += 1
            blank = not stripped
            where = f"side {number}" if paged else f"avsnitt {max(paragraph, 1)}"
            # R-CP-181: a form's row is its question over its answer, as a heading over its text
            asked = _form_row(row, form) if form and "\t" in row else None
            form = (_form_columns(row) if "\t" in row else None) or (form if asked else None)
            if asked:
                lines += [Line(asked[0], where), Line(asked[1], where)]
                continue
            lines.append(Line(stripped, where))
    return tuple(lines)


def heading_title(line: str) -> tuple[str, int]:
    """The heading text without numbering or markup, and its numbering depth."""
    text, depth = line.strip(), 0
    markdown = _MARKDOWN.match(text)
    if markdown:
        text, depth = text[markdown.end() :], len(markdown.group(1))
    numbered = _NUMBERING.match(text)
    if numbered:
        number = next(g for g in numbered.groups() if g)
        depth = max(depth, number.count(".") + 1)
        text = text[numbered.end() :]
    return text.strip().rstrip(":").strip(), depth


def is_list_item(raw: str) -> bool:
    """The line is an item of a bulleted list («* Risikovarsel: …», «- Kontaktperson: …»)."""
    return _LIST_BULLET.match(raw) is not None


def is_numbered(raw: str) -> bool:
    """The heading is numbered in writing («3.», «Del 3:», «b)»), not only by markup."""
    return _NUMBERING.match(_MARKDOWN.sub("", raw.strip())) is not None


def _shape_allows_heading(text: str) -> bool:
    if not text or len(text.split()) > MAX_HEADING_WORDS or _BULLET.match(text):
        return False
    if "@" in text or _PHONE_LIKE.search(text) or not re.search(r"[^\W\d_]", text):
        return False
    return not text.endswith((".", ",", ";", "!"))


@dataclass(frozen=True, slots=True)
class _Context:
    """What a line's neighbours say: wrapped running text is not a heading."""

    previous: str
    following: str
    wide: int  # lines at least this long are full-width lines of wrapped text
    blank_before: bool


def _context(lines: Sequence[Line], index: int, wide: int) -> _Context:
    # only the line right above counts: after a blank line the line stands alone anyway
    before = lines[index - 1].text if index else ""
    after = next((lines[i].text for i in range(index + 1, len(lines)) if lines[i].text), "")
    return _Context(before, after, wide, blank_before=not before)


# R-CP-185: a lettered list item («a) Kartlegging av …», «(b) …») opens a list: the line above
# it is not wrapped into it
_LETTERED_ITEM = re.compile(r"^\(?[a-zæøå]{1,4}\)\s|^[a-zæøå]\.\s")


def _wrapped(text: str, context: _Context) -> bool:
    continues = (
        bool(context.following)
        and context.following[0].islower()
        and not _LETTERED_ITEM.match(context.following)
    )
    return (continues and not text.endswith(":")) or len(text) >= context.wide


def _generic(title: str, context: _Context) -> bool:
    """An unnumbered heading without cue: short, capitalised, after a finished sentence or a
    blank line (a question that names no part too, R-CP-65)."""
    ended = not context.previous or context.previous.endswith((".", ":", "!", "?"))
    # R-CP-109: a page's running footer («Smart butikk · Bytorget 3/7») ends what stood above
    ended = ended or _PAGE_NUMBER.search(context.previous) is not None
    opens_paragraph = word_count(context.following) >= GENERIC_HEADING_FOLLOWED_BY
    # R-CP-109: a slide's title over its bullets («Hvorfor – og hvorfor akkurat slik?» over
    # «• Formål: …»)
    opens_list = _LIST_BULLET.match(context.following) is not None
    short = len(title.split()) <= MAX_LABEL_WORDS and "," not in title
    placed = ended or context.blank_before or opens_paragraph or opens_list
    return short and placed and title[:1].isupper()


# R-CP-184: a clause before a colon is a sentence that goes on, no label: its subject («Styret»,
# «Fagsjef velferdsteknologi») and a finite verb («vil sette opp», «presenterte DPIA og funn»)
_CLAUSE = re.compile(
    r"^[A-ZÆØÅ][\w-]+(?: [a-zæøå][\w-]+)? (?:vil|skal|kan|har|hadde|presenterte|orienterte"
    r"|gjennomgikk|la fram|la frem|sendte|ønsker|ønskjer|will|has|had|presented|reviewed)\b"
)


def _labelled(index: int, text: str, is_cue: Callable[[str], bool]) -> Heading | None:
    label = _LABEL.match(text) if ":" in text else None  # most lines: no need to try
    if label and _CLAUSE.match(label.group(1)):
        return None
    if label and len(label.group(1).split()) <= MAX_LABEL_WORDS:
        title, depth = heading_title(label.group(1))
        if is_cue(title):
            return Heading(index, label.group(1), title, depth, label.group(2), True)
    return None


# the opening of a letter or an e-mail: a salutation, not the heading of a section
_GREETING = re.compile(
    r"\s*(?:(?:hei|hallo|heisann|hi|hello|god dag|goddag|good (?:morning|afternoon))"
    r"(?: (?:alle|all|there|everyone|datatilsynet|[A-ZÆØÅ][\w-]+))?"
    r"|(?:til|to|attn\.?|att\.?) (?:datatilsynet|the norwegian data protection authority)"
    r"|(?:dear|kjære) [^.!?]{1,60})\s*[,!.:]?\s*",
    re.IGNORECASE,
)


# the close of a letter or an e-mail: what follows is the signature, not a section's text
_CLOSING = re.compile(
    r"\s*(?:(?:med )?(?:vennlig|venleg|vennleg|beste|hjertelig) (?:hilsen|helsing)|mvh|vh|helsing"
    r"|(?:med )?(?:hilsen|helsing)|(?:kind|best|warm|with kind) regards|regards"
    r"|(?:yours )?sincerely|yours faithfully|best wishes)\s*[,.!]?\s*",
    re.IGNORECASE,
)


# the header lines of a forwarded or quoted message (mail clients in nb, nn, en, de)
_MAIL_HEADER = re.compile(
    r"^\s*(from|to|cc|bcc|sent|date|subject|fra|til|kopi|sendt|dato|emne|von|an|betreff|gesendt)"
    r"\s*:\s",
    re.IGNORECASE,
)


# «[Beskriv hvilke tiltak som ivaretar de registrertes rettigheter: …]»: longer than a reference
_BRACKETED = re.compile(r"\s*\[[^\]]{12}")


# R-CP-174: a document's own fields (its owner, author, unit, version): «Eier: Risiko og
# compliance · Versjon 1.0» names a department, it heads no risk assessment
_DOCUMENT_FIELD = re.compile(
    r"^\s*(eier|dokumenteier|owner|document owner|forfatter|author|utarbeidet av|utarbeida av"
    r"|prepared by|avdeling|department|enhet|eining|unit|versjon|version|klassifisering"
    r"|gradering|classification)\s*:\s",
    re.IGNORECASE,
)


def _never_heading(text: str) -> bool:
    """R-CP-48: «Hei», «Til Datatilsynet», «Dear Sir or Madam,» opens a letter; R-CP-29:
    «Subject: Re: DPIA …» heads a message, not a section of it; R-CP-163: a template's guidance
    in brackets heads nothing; R-CP-174: nor does a document's field («Eier: …»)."""
    if _GREETING.fullmatch(text) or _BRACKETED.match(text):
        return True
    return ":" in text and (
        _MAIL_HEADER.match(text) is not None or _DOCUMENT_FIELD.match(text) is not None
    )


# R-CP-190: a table row whose first cell asks who signed off («Residual risks approved by»,
# «Godkjent av:», «This DPIA will be kept under review by»): a field of the sign-off, whatever
# else the cell names (the residual risk)
_SIGN_OFF_ROW = re.compile(
    r"^[^|\n]{0,60}\b(approved|reviewed|signed|signed off|accepted|overruled|endorsed|validated"
    r"|godkjent|godkjend|signert|vedtatt|vedteke|behandlet|handsama|gjennomgått) (by|av)\W*\|",
    re.IGNORECASE,
)


def _sign_off_field(lines: Sequence[Line], index: int) -> bool:
    """R-CP-190: a row under a table's first row whose first cell asks who signed off
    («Residual risks approved by | ELT, 19 Nov 2026»). A first row that asks it («Godkjent av |
    Dato | Signatur») is the header that names the sign-off table, and heads it (R-CP-42)."""
    above = lines[index - 1].text if index else ""
    return CELL_SEPARATOR in above and _SIGN_OFF_ROW.match(lines[index].text) is not None


SIGNATURE_LINES = 3  # a closing, the name, a title or two: the signature's lines below it


def _in_signature(lines: Sequence[Line], index: int) -> bool:
    """R-CP-174: the lines right under a letter's closing, with no blank line between, are its
    signature: «Vennlig hilsen / Kristoffer Aas / Seniorrådgiver, Risiko og compliance» names
    the writer's department, it heads no risk assessment."""
    for above in range(index - 1, max(index - 1 - SIGNATURE_LINES, -1), -1):
        if not lines[above].text:
            return False
        if _CLOSING.fullmatch(lines[above].text):
            return True
    return False


def _heading_at(
    lines: Sequence[Line], index: int, is_cue: Callable[[str], bool], wide: int
) -> Heading | None:
    text = lines[index].text
    if _never_heading(text) or _in_signature(lines, index) or _sign_off_field(lines, index):
        return None
    labelled = _labelled(index, text, is_cue)
    if labelled or not _shape_allows_heading(text):
        return labelled
    context = _context(lines, index, wide)  # only now: most lines are settled without it
    markdown = _MARKDOWN.match(text) is not None
    title, depth = heading_title(text)
    if not title:
        return None
    # a long cue line standing alone (blank line above, a new sentence below) is a heading
    apart = context.blank_before and context.following[:1].isupper()
    wrapped = not markdown and _wrapped(text, context)
    if wrapped and not apart:
        return None  # whether a cue or not: asked only where it counts
    cue = not title[0].islower() and is_cue(title)
    if wrapped and not cue:
        return None
    if text.endswith("?") and not depth and not cue:
        # a question is a heading of a part when it names one («What are the risks?»); one that
        # names none but stands alone over text heads a section in the writer's own words
        # («Kva kan gå gale for elevane?»), which may hold a part the cues miss (R-CP-65)
        own_words = _generic(title, context)
        return Heading(index, text, title, 0, "", False, generic=True) if own_words else None
    caps = title.isupper() and len(re.findall(r"[^\W\d_]", title)) >= 4
    if cue or depth or caps or markdown:
        return Heading(index, text, title, depth, "", cue)
    if _generic(title, context):
        return Heading(index, text, title, 0, "", False, generic=True)
    return None


def _ends_section(own: Heading, other: Heading) -> bool:
    if other.generic and (
        own.depth
        or own.inline
        or other.index == own.index + 1
        or AGENDA_ITEM.match(other.raw) is not None
    ):
        # an unknown subheading stays inside a numbered section (its sub-heading), a label's,
        # a section it opens («Hvilke risikoer har vi funnet? / Metode / …») and minutes (their
        # items); R-CP-113: otherwise the writer's own heading («Medvirkning», «Interessenter»)
        # ends the unnumbered section above it, as a sibling
        return False
    if other.inline and not own.inline and other.index == own.index + 1:
        return False  # R-CP-38: «Purpose: …» right under a heading opens its text
    if own.depth and other.depth > own.depth:
        return False  # a subsection of this section
    if other.is_cue or not own.depth:
        return other.is_cue or other.depth <= 1
    return 1 <= other.depth <= own.depth


def _section_end(
    source: Source, position: int, quoted: Sequence[bool] = ()
) -> tuple[int, Heading | None]:
    """Index of the first line after the section of the heading at `position`, and the heading
    that ends it there (None: the end of the text, or of a label's paragraph). A line inside a
    letter quoted in «…» (`quoted`) ends no section (R-CP-56)."""
    heading = source.headings[position]
    end, ender = len(source.lines), None
    for later in source.headings[position + 1 :]:
        if quoted and quoted[later.index]:
            continue
        if _ends_section(heading, later):
            end, ender = later.index, later
            break
    if heading.inline:  # «Label: text» runs to the end of its paragraph
        blank = next((i for i in range(heading.index + 1, end) if not source.lines[i].text), end)
        end, ender = blank, (ender if blank == end else None)
    return end, ender


def sections(source: Source) -> tuple[Section, ...]:
    """Each cue heading with the text under it, up to the next heading of its level."""
    found: list[Section] = []
    closings: list[int] | None = None
    quoted: list[bool] = []
    for position, heading in enumerate(source.headings):
        if not heading.is_cue:
            continue
        if closings is None:  # found once per source, and only when it has a cue heading
            quoted = _quoted(source)
            closings = [i for i, line in enumerate(source.lines) if _CLOSING.fullmatch(line.text)]
            closings = [i for i in closings if not quoted[i]]
        end, ender = _section_end(source, position, quoted)
        # R-CP-56: «Helsing» / «Med vennlig hilsen» closes the letter: the name and title under
        # it are the signature, not the text of the section above (an attachment list's item)
        closed = min([c for c in closings if heading.index < c < end], default=end)
        open_ended = closed == end and ender is not None and ender.generic
        end = closed
        rows = [heading.inline] + [line.text for line in source.lines[heading.index + 1 : end]]
        body = "\n".join(row for row in rows if row)
        found.append(Section(heading, source.lines[heading.index].location, body, end, open_ended))
    return tuple(found)


def _quoted(source: Source) -> list[bool]:
    """For each line, whether it stands inside a letter quoted in «…» over several lines (a
    reply pasted into a section: «Styreleder svarte: «… / Med hilsen / Per»»)."""
    found: list[bool] = []
    depth = 0
    for line in source.lines:
        found.append(depth > 0)
        depth = max(0, depth + line.text.count("«") - line.text.count("»"))
    return found


def unclaimed(source: Source, min_words: int) -> tuple[Heading, ...]:
    """Headings without cue that have at least `min_words` words under them."""
    found: list[Heading] = []
    for position, heading in enumerate(source.headings):
        if heading.is_cue:
            continue
        later = source.headings[position + 1 : position + 2]
        end = later[0].index if later else len(source.lines)
        rows = [line.text for line in source.lines[heading.index + 1 : end]]
        if word_count(" ".join(rows)) >= min_words and any(_prose(row) for row in rows):
            found.append(heading)
    return tuple(found)


def _prose(row: str) -> bool:
    """A line of running text (not a name, phone number or address line)."""
    return word_count(row) >= PROSE_LINE_WORDS and "@" not in row and not _PHONE_LIKE.search(row)


def _wide(lines: Sequence[Line]) -> int:
    lengths = sorted(len(line.text) for line in lines if line.text)
    if len(lengths) < 10:
        return 10**6
    return int(0.8 * lengths[int(0.9 * (len(lengths) - 1))])


def build_source(name: str, text: str, is_cue: Callable[[str], bool]) -> Source:
    lines = split_lines(text)
    wide = _wide(lines)
    headings = [_heading_at(lines, i, is_cue, wide) for i in range(len(lines))]
    return Source(name, lines, tuple(h for h in headings if h is not None))


def _paragraphs(source: Source) -> list[tuple[str, str, int]]:
    """Runs of non-heading lines between blank lines: text, location, first line index."""
    # a short line ending in «:» («Følgende ettersendes:») introduces the text below it
    keep = {h.index for h in source.headings if h.generic and h.raw.endswith(":")}
    heading_rows = {h.index for h in source.headings if not h.inline} - keep
    found: list[tuple[str, str, int]] = []
    current: list[str] = []
    first = 0
    for index, line in enumerate(source.lines):
        if not line.text or index in heading_rows:
            if current:
                found.append((" ".join(current), source.lines[first].location, first))
            current = []
            continue
        if not current:
            first = index
        elif CELL_SEPARATOR in line.text or CELL_SEPARATOR in current[-1]:
            current.append(ROW_BREAK)  # R-CP-180: where one table row ends and the next begins
        current.append(line.text)
    if current:
        found.append((" ".join(current), source.lines[first].location, first))
    return found


# R-CP-180: a sentence never runs from one table row into the next («… ikkje gjennomført fordi
# klagefristen må vere mogleg å handsame. 5.1 | Når har leiinga validert DPIA-en? | …»: the row
# below opens with a number, so the full stop ended no sentence, and the measure not taken in
# the risk row read as the validation put off)
ROW_BREAK = "\u2028"


def sentences(source: Source) -> tuple[Sentence, ...]:
    found: list[Sentence] = []
    for marked, where, first in _paragraphs(source):
        paragraph = marked.replace(f" {ROW_BREAK} ", " ")
        texts = (t for row in marked.split(f" {ROW_BREAK} ") for t in _SENTENCE_END.split(row))
        for position, text in enumerate(texts):
            found.append(Sentence(text, where, first, position == 0, paragraph))
    return tuple(found)


def excerpt(text: str, limit: int = 200) -> str:
    # the words of the text's opening collapse to the opening of the words of the whole text
    # (a word cut off at its end included): when that is already too long, it is enough
    opening = collapse(text[: 4 * limit]) if len(text) > 4 * limit else ""
    text = opening if len(opening) > limit else collapse(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def excerpt_around(text: str, start: int, end: int, limit: int = 200) -> str:
    """A window of the text around a match, at most `limit` characters."""
    text_start = max(0, start - (limit - (end - start)) // 2)
    window = text[text_start : text_start + limit]
    return excerpt(window, limit)


def readable(texts: Sequence[str]) -> bool:
    return sum(word_count(t, at_most=5) for t in texts) >= 5
