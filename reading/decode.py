"""Pure: decode text of unreliable charset; turn HTML into plain text (one paragraph per line)."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

# Mail clients label UTF-8 as us-ascii or latin-1 (and latin-1 as us-ascii) all the time. Valid
# UTF-8 with non-ASCII bytes is almost never meant as a single-byte charset, so it is tried first.
_UTF8_FIRST = frozenset({"ascii", "utf-8", "iso8859-1", "iso8859-15", "cp1252", "cp850", "cp865"})
# WHATWG: the label latin-1 means windows-1252 (it has «–» and «€» where latin-1 has controls).
_AS_WINDOWS = {"ascii": "cp1252", "utf-8": "cp1252", "iso8859-1": "cp1252"}
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})""", re.I)

_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt"),
        *("figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr"),
        *("li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul"),
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_HIDDEN_TAGS = frozenset({"head", "script", "style", "template", "title"})
_TAG = re.compile(r"<[^>]*>")


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode with the declared charset if it fits, else UTF-8, else Windows-1252; never raises."""
    for candidate in _candidates(data, charset):
        try:
            return _normalise_newlines(data.decode(candidate))
        except (LookupError, ValueError):  # unknown or non-text codec, bytes that do not fit
            continue
    return _normalise_newlines(data.decode("cp1252", errors="replace"))


def html_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a <meta> tag, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode() if match else None  # ASCII: \w of a bytes pattern


def html_to_text(html: str) -> str:
    """Visible text of an HTML document: block elements on their own line, table cells tabbed."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except AssertionError:  # html.parser's reaction to some malformed markup declarations
        return tidy_lines(_TAG.sub(" ", html))
    return tidy_lines("".join(collector.parts))


def unflow(text: str, *, delete_space: bool = False) -> str:
    """Undo RFC 3676 format=flowed: a line ending in a space continues on the next line."""
    lines: list[str] = []
    continued = False
    for line in text.split("\n"):
        line = line[1:] if line.startswith(" ") else line  # space-stuffing
        flowed = line.endswith(" ") and line != "-- "
        if flowed and delete_space:
            line = line[:-1]
        if continued:
            lines[-1] += line
        else:
            lines.append(line)
        continued = flowed
    return "\n".join(lines)


def tidy_lines(text: str) -> str:
    """Collapse runs of white space per line and table cell, and drop empty lines."""
    lines = ("\t".join(_cells(line)) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _cells(line: str) -> list[str]:
    return [cell for cell in (" ".join(part.split()) for part in line.split("\t")) if cell]


def _candidates(data: bytes, charset: str | None) -> tuple[str, ...]:
    if data.startswith(_UTF16_BOMS):
        return ("utf-16",)
    codec = _codec(charset)  # Windows-1252, the last resort, is decode_text's fallback
    if codec is None:
        return ("utf-8-sig",)
    if codec in _UTF8_FIRST:
        return ("utf-8-sig", _AS_WINDOWS.get(codec, codec))
    return (codec, "utf-8-sig")


def _codec(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        return codecs.lookup(charset.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0
        self._preformatted = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._preformatted += tag == "pre"
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in _CELL_TAGS:
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._preformatted = max(0, self._preformatted - 1)
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data if self._preformatted else data.replace("\n", " "))
