"""Pure: the text of an RTF document (Word's «Rich Text Format»), paragraphs one per line.

RTF is plain 7-bit text: groups in braces, control words (`\\par`, `\\ansicpg1252`), 8-bit
characters as `\\'e6` in the document's code page and others as `\\u8211?`. Font tables, styles,
pictures, field instructions and every `{\\* …}` destination are markup, not text, and skipped;
a field's result (`\\fldrslt`) is what the reader sees, and kept. Damaged RTF (unbalanced braces,
a cut-off end) gives what could be read, never an error.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with an optional parameter
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the document's code page
    rb"|\\([^a-zA-Z'])"  # control symbol: \\ \{ \} \~ \- \_ \* and line breaks
    rb"|([{}])"
    rb"|[\r\n]+"  # line breaks in the file are not text
    rb"|([^\\{}\r\n]+)"
)
_SKIPPED = frozenset(
    {
        *("fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "themedata"),
        *("header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf"),
        *("fldinst", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl"),
        *("latentstyles", "datastore", "colorschememapping", "filetbl", "revtbl", "pgdsctbl"),
        *("footnote", "annotation", "atnid", "atnauthor", "bkmkstart", "bkmkend", "nonshppict"),
    }
)
_BREAKS = {"par": "\n", "line": "\n", "row": "\n", "page": "\n", "sect": "\n", "tab": "\t"}
_BREAKS |= {"cell": "\t", "emdash": "—", "endash": "–", "bullet": "•", "lquote": "‘"}
_BREAKS |= {"rquote": "’", "ldblquote": "“", "rdblquote": "”", "emspace": " ", "enspace": " "}
_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}"}
_SYMBOLS |= {"\n": "\n", "\r": "\n", "\t": "\t"}
_MAX_DEPTH = 200


@dataclass(slots=True)
class _Group:
    skip: bool = False
    fallback: int = 1  # \ucN: characters after \uN that are its fallback for old readers


class _Reader:
    def __init__(self, codepage: str) -> None:
        self.codepage = codepage
        self.out: list[str] = []
        self.pending = bytearray()  # \'hh bytes, decoded together (a code page may be multi-byte)
        self.stack = [_Group()]
        self.skip_fallback = 0  # fallback characters still to drop after a \uN
        self.ignorable = False  # after \*: the next control word names a destination to skip

    @property
    def group(self) -> _Group:
        return self.stack[-1]

    def text(self, value: str) -> None:
        self.flush()
        if not self.group.skip:
            self.out.append(value)

    def flush(self) -> None:
        if self.pending:
            if not self.group.skip:
                self.out.append(self.pending.decode(self.codepage, errors="replace"))
            self.pending.clear()

    def open(self) -> None:
        self.flush()
        if len(self.stack) < _MAX_DEPTH:
            self.stack.append(_Group(self.group.skip, self.group.fallback))

    def close(self) -> None:
        self.flush()
        if len(self.stack) > 1:
            self.stack.pop()

    def take(
        self,
        word: bytes | None,
        parameter: bytes | None,
        hex_byte: bytes | None,
        symbol: bytes | None,
        brace: bytes | None,
        plain: bytes | None,
    ) -> int:
        """Read one token; returns how many raw bytes after it are no RTF (after \\binN)."""
        if self.skip_fallback and (hex_byte or plain):
            self.skip_fallback, plain = _drop_fallback(self.skip_fallback, hex_byte, plain)
            if not plain:
                return 0
            hex_byte = None
        ignorable, self.ignorable = self.ignorable, symbol == b"*"
        if word is not None:
            return self.control(word, int(parameter) if parameter else None, ignorable)
        if brace is not None:
            self.open() if brace == b"{" else self.close()
        elif hex_byte is not None:
            if not self.group.skip:
                self.pending.append(int(hex_byte, 16))
        elif symbol is not None and symbol != b"*":
            self.text(_SYMBOLS.get(symbol.decode("latin-1"), ""))
        elif plain:
            self.text(plain.decode(self.codepage, errors="replace"))
        return 0

    def control(self, word: bytes, parameter: int | None, ignorable: bool) -> int:
        if ignorable:
            self.group.skip = True  # {\*\destination …}: unknown to us, so not text
        self.word(word.decode("ascii"), parameter)
        return parameter or 0 if word == b"bin" else 0

    def word(self, name: str, parameter: int | None) -> None:
        if name in _SKIPPED:
            self.flush()
            self.group.skip = True
        elif name == "uc" and parameter is not None:
            self.group.fallback = max(0, parameter)
        elif name == "u" and parameter is not None:
            self.text(chr(parameter % 0x10000))  # RTF writes code points above 32767 negative
            self.skip_fallback = self.group.fallback
        elif name in _BREAKS:
            self.text(_BREAKS[name])


def rtf_text(content: bytes) -> str:
    """Paragraphs one per line, table cells tab-separated; never raises on damaged input."""
    reader = _Reader(_codepage(content))
    position = 0
    while position < len(content):
        match = _TOKEN.match(content, position)
        if match is None:  # a lone backslash or a broken \'x: not text
            position += 1
            continue
        position = match.end() + reader.take(*match.groups())
    reader.flush()
    return _tidy("".join(reader.out))


def _drop_fallback(
    count: int, hex_byte: bytes | None, plain: bytes | None
) -> tuple[int, bytes | None]:
    """(fallback characters still to drop, what is left of a plain run after dropping)."""
    if hex_byte is not None or plain is None:
        return count - 1, None
    return max(0, count - len(plain)), plain[count:]


def _codepage(content: bytes) -> str:
    """The document's ANSI code page (`\\ansicpg1252`), Windows-1252 when absent or unknown."""
    found = re.search(rb"\\ansicpg(\d{3,5})", content[:4096])
    name = f"cp{int(found.group(1))}" if found else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


def _tidy(text: str) -> str:
    lines = (re.sub(r"[ \t]+$", "", line) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
