"""Pure: renders letters from the packaged templates (sandboxed, strict Jinja2) to text and HTML."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from jinja2 import BaseLoader, FileSystemLoader, StrictUndefined, UndefinedError, meta, pass_context
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from cases.errors import CaseworkError, ConfigurationError
from cases.model import CaseNumber
from letters.citations import CitationTable, default_citations, default_letterhead, logo_data_uri
from letters.model import (
    AdvanceNoticeLetter,
    ClosingLetter,
    DecisionLetter,
    DeficiencyLetter,
    ExtensionLetter,
    InfoRequestLetter,
    InterimReplyLetter,
    LetterData,
    Letterhead,
    ReceiptLetter,
    RejectionLetter,
    Signatory,
)

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
LANGUAGES = ("nb", "en")
KINDS: dict[str, type[LetterData]] = {
    "rejection": RejectionLetter,
    "deficiency": DeficiencyLetter,
    "receipt": ReceiptLetter,
    "extension": ExtensionLetter,
    "info_request": InfoRequestLetter,
    "decision": DecisionLetter,
    "interim": InterimReplyLetter,
    "closing": ClosingLetter,
    "advance_notice": AdvanceNoticeLetter,
}
MONTHS = {
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "en": "January February March April May June July August September October November December",
}
_SUBJECT = {"nb": "{title} – vår ref. {reference}", "en": "{title} – our ref. {reference}"}
_VERSION = re.compile(r"\{#-?\s*template_version:\s*(\S+)\s*-?#\}")


class LetterDataMissing(CaseworkError):
    code = "letter_data_missing"
    template = "Brevmalen {template} mangler data: {detail}"


@dataclass(frozen=True, slots=True)
class RenderedLetter:
    kind: str
    language: str
    subject: str
    text: str
    html: str
    template_name: str
    template_version: str
    template_sha256: str
    reference: str = ""  # «26/00042-3», for the header of later pages
    dated_text: str = ""  # the letter date as written in the letter


def format_date(day: date, language: str) -> str:
    """«20. mars 2026» (nb) or «20 March 2026» (en), independent of the system locale."""
    month = MONTHS[language].split()[day.month - 1]
    return f"{day.day}. {month} {day.year}" if language == "nb" else f"{day.day} {month} {day.year}"


def format_reference(pattern: str, case_number: CaseNumber, document_number: int = 0) -> str:
    """Render a reference with the configured pattern (default `26/00042-3`, P6/C12)."""
    return pattern.format(
        yy=case_number.year % 100,
        year=case_number.year,
        sequence=case_number.sequence,
        document=document_number,
    )


def _fingerprint(value: str) -> str:
    """OpenPGP fingerprint in groups of four, as gpg prints it."""
    compact = re.sub(r"\s+", "", value).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


@pass_context
def _date(context: Context, value: date) -> str:
    return format_date(value, str(context["language"]))


@pass_context
def _and_join(context: Context, items: list[str]) -> str:
    """«a, b og c» / «a, b and c»."""
    word = " og " if context["language"] == "nb" else " and "
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + word + items[-1]


@pass_context
def _cite(context: Context, rule_id: str, short: bool = False) -> str:
    table: CitationTable = context["citations"]
    citation = table.citation(rule_id, context["header"].dated_on)
    return citation.text(str(context["language"]), short=short)


def _refuse_none(value: object) -> object:
    # StrictUndefined catches missing names; this catches a None that would print as «None».
    if value is None:
        raise UndefinedError("a field that must be filled in is None")
    return value


def build_environment(loader: BaseLoader | None = None) -> ImmutableSandboxedEnvironment:
    """The letters' Jinja2 environment: sandboxed, StrictUndefined, HTML autoescape on."""
    env = ImmutableSandboxedEnvironment(
        loader=loader or FileSystemLoader(TEMPLATE_DIR),
        undefined=StrictUndefined,
        autoescape=True,
        finalize=_refuse_none,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(date=_date, and_join=_and_join, fingerprint=_fingerprint)
    env.globals.update(cite=_cite)
    return env


@cache
def _environment() -> ImmutableSandboxedEnvironment:
    return build_environment()


def _sources(env: ImmutableSandboxedEnvironment, name: str) -> dict[str, str]:
    """The template and every template it extends or includes, by name."""
    assert env.loader is not None
    source = env.loader.get_source(env, name)[0]
    found = {name: source}
    for child in meta.find_referenced_templates(env.parse(source)):
        if child is None:
            raise ConfigurationError(detail=f"{name} bruker et dynamisk malnavn")
        found.update(_sources(env, child))
    return found


@cache
def template_identity(name: str) -> tuple[str, str]:
    """(version, sha256) of a packaged template; the hash covers its includes and layout too."""
    sources = _sources(_environment(), name)
    match = _VERSION.search(sources[name])
    if match is None:
        raise ConfigurationError(detail=f"{name} mangler template_version")
    digest = hashlib.sha256()
    for part in sorted(sources):
        digest.update(f"{part}\n{sources[part]}\n".encode())
    return match.group(1), digest.hexdigest()


def _signatories(data: LetterData, letterhead: Letterhead, language: str) -> tuple[Signatory, ...]:
    header = data.header
    if header.signatories:
        return tuple(header.signatories)
    title = letterhead.caseworker_title_en if language == "en" else letterhead.caseworker_title_nb
    return (Signatory(header.caseworker, title),)


def _context(
    data: LetterData, language: str, letterhead: Letterhead, citations: CitationTable
) -> dict[str, object]:
    header = data.header
    return {
        "letter": data,
        "header": header,
        "language": language,
        "letterhead": letterhead,
        "citations": citations,
        "signatories": _signatories(data, letterhead, language),
        "logo_uri": logo_data_uri(letterhead.logo),
        "case_reference": format_reference(letterhead.case_reference_format, header.case_number),
        "our_reference": format_reference(
            letterhead.document_reference_format, header.case_number, header.document_number
        ),
    }


def render_letter(
    kind: str,
    data: LetterData,
    *,
    language: str = "nb",
    letterhead: Letterhead | None = None,
    citations: CitationTable | None = None,
) -> RenderedLetter:
    """Render one letter; letterhead and citations default to the packaged configuration."""
    expected = KINDS.get(kind)
    if expected is None or not isinstance(data, expected) or language not in LANGUAGES:
        raise TypeError(f"cannot render {type(data).__name__} as {kind!r} in {language!r}")
    name = f"{kind}.{language}.html.j2"
    letterhead = letterhead or default_letterhead()
    context = _context(data, language, letterhead, citations or default_citations())
    try:
        module = _environment().get_template(name).make_module(context)
    except UndefinedError as exc:
        raise LetterDataMissing(template=name, detail=exc.message) from exc
    html = str(module).strip() + "\n"
    title = vars(module)["title"]  # every letter template sets its title at top level
    subject = _SUBJECT[language].format(title=title, reference=context["our_reference"])
    version, sha256 = template_identity(name)
    text = blocks_to_text(html_blocks(html))
    reference, dated = str(context["our_reference"]), format_date(data.header.dated_on, language)
    return RenderedLetter(
        kind, language, subject, text, html, name, version, sha256, reference, dated
    )


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-level piece of a rendered letter: heading, paragraph or list item."""

    kind: str
    text: str
    level: int = 0
    style: str = ""
    marker: str = ""


class _BlockParser(HTMLParser):
    _BLOCKS = {"h1": 1, "h2": 2, "h3": 3, "p": 0, "li": 0}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._lists: list[int] = []  # next number of each open list; 0 for a bullet list
        self._open: tuple[str, str] | None = None
        self._parts: list[str] = []
        self._style = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag in ("header", "footer", "section", "div", "article") and classes:
            self._style = classes
        if tag in ("ul", "ol"):
            self._lists.append(1 if tag == "ol" else 0)
        elif tag == "br":
            self._parts.append("\n")
        elif tag in self._BLOCKS:
            self._open, self._parts = (tag, classes or self._style), []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        elif tag in ("header", "footer", "section", "div", "article"):
            self._style = ""
        elif self._open and tag == self._open[0]:
            self._close(tag, self._open[1])

    def handle_data(self, data: str) -> None:
        if self._open:
            self._parts.append(re.sub(r"\s+", " ", data))

    def _close(self, tag: str, style: str) -> None:
        text = "\n".join(line.strip() for line in "".join(self._parts).split("\n")).strip()
        self._open = None
        if tag.startswith("h"):
            self.blocks.append(Block("heading", text, self._BLOCKS[tag], style))
        elif tag == "li":
            self.blocks.append(Block("item", text, len(self._lists), style, self._marker()))
        else:
            self.blocks.append(Block("paragraph", text, 0, style))

    def _marker(self) -> str:
        if not self._lists or self._lists[-1] == 0:
            return "–"
        self._lists[-1] += 1
        return f"{self._lists[-1] - 1}."


def html_blocks(html: str) -> list[Block]:
    """Split rendered letter HTML into headings, paragraphs and list items (for text and DOCX)."""
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    return parser.blocks


def _text_piece(block: Block) -> str:
    if block.kind == "item":
        indent = "  " * block.level
        hanging = "\n" + indent + " " * (len(block.marker) + 1)
        return f"{indent}{block.marker} {block.text.replace(chr(10), hanging)}"
    if block.kind == "heading" and block.level < 3:
        return block.text + "\n" + ("=" if block.level == 1 else "-") * len(block.text)
    return block.text


def blocks_to_text(blocks: list[Block]) -> str:
    """Plain text: underlined headings, blank lines between paragraphs, indented list items."""
    chunks: list[str] = []
    previous = ""
    for block in blocks:
        piece = _text_piece(block)
        if block.kind == "item" and previous == "item":
            chunks[-1] += "\n" + piece
        else:
            chunks.append(piece)
        previous = block.kind
    return "\n\n".join(chunks) + "\n"
