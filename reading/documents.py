"""Pure: one attachment's bytes become documents with text; ZIP trees unpacked within limits."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cases.model import Document
from reading.blocks import OCR_MARK
from reading.decode import decode_text, html_charset, html_to_text
from reading.media_type import (
    DOCX,
    ODF_PREFIX,
    PDF,
    PGP_ENCRYPTED,
    XLSX,
    ZIP,
    sniff_media_type,
)
from reading.office import (
    PARSER_FAILURES,
    UnreadableDocument,
    docx_text,
    odf_text,
    pdf_text,
    xlsx_sheet_names,
    xlsx_text,
)
from reading.rtf import rtf_text
from reading.vcard import is_vcard, vcard_text

_MIB = 1024 * 1024
_CHUNK = 64 * 1024
_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.I)
RTF_TYPES = frozenset({"application/rtf", "text/rtf", "application/x-rtf"})
_DAMAGED_OFFICE = {DOCX: "skadet Word-dokument", XLSX: "skadet Excel-fil"}
_SHEETS = re.compile(r"xl/worksheets/sheet\d+\.xml")
# what the text of a workbook is read from: shared strings, sheets, the workbook and its links
_XLSX_PARTS = re.compile(
    r"xl/sharedStrings\.xml|xl/worksheets/sheet\d+\.xml|xl/workbook\.xml|xl/_rels/workbook\.xml\.rels"
)
_ODF_CONTENT = re.compile(r"content\.xml")
_JUNK = re.compile(r"(^|/)(__MACOSX/|\.DS_Store$|Thumbs\.db$)")


@dataclass(frozen=True, slots=True)
class ParseLimits:
    """Bounds on what one message may make us read (the zip-bomb guard among them)."""

    max_message_bytes: int = 50 * _MIB
    max_zip_depth: int = 3
    max_zip_members: int = 200
    max_unpacked_bytes: int = 200 * _MIB  # total across one attachment's ZIP tree
    max_text_chars: int = 2_000_000  # per document
    # Reads a scanned PDF or an image: (media type, bytes) -> text marked as OCR, or "".
    # Injected by the composition root (reading.ocr.TesseractOcr); None reads no scans.
    ocr: Callable[[str, bytes], str] | None = field(default=None, compare=False)
    # Reads some pages of a PDF that has a text layer elsewhere: (bytes, page indices) -> their
    # OCR texts (reading.ocr.TesseractOcr.read_pages); None leaves such pages without text.
    ocr_pages: Callable[[bytes, Sequence[int]], list[str]] | None = field(
        default=None, compare=False
    )


# Reads an attached e-mail (.eml, message/rfc822 given as bytes): (name, content, limits).
MessageReader = Callable[[str, bytes, ParseLimits], tuple[list[Document], list[str]]]


def documents_from_bytes(
    name: str,
    declared_type: str,
    content: bytes,
    limits: ParseLimits,
    *,
    read_message: MessageReader | None = None,
) -> tuple[list[Document], list[str]]:
    """One attachment: its documents (several for a ZIP) and a reason for each unreadable one."""
    unpacker = _Unpacker(limits, read_message)
    unpacker.add(name, declared_type, content, depth=0)
    return unpacker.documents, unpacker.problems


def make_document(name: str, media_type: str, content: bytes, text: str) -> Document:
    digest = hashlib.sha256(content).hexdigest()
    return Document(name, media_type, len(content), digest, text, content)


def describe_size(size: int) -> str:
    """A byte count as caseworkers read it: «50 MB», «12 kB», «900 byte»."""
    if size >= _MIB:
        return f"{size / _MIB:.0f} MB"
    return f"{size / 1024:.0f} kB" if size >= 1024 else f"{size} byte"


def unreadable(name: str, reason: str) -> str:
    return f"vedlegget «{name}» kunne ikke leses ({reason})"


class _LimitExceeded(Exception):
    pass


_MEMBER_FAILURES: tuple[type[Exception], ...] = (*PARSER_FAILURES, _LimitExceeded)


@dataclass(slots=True)
class _Unpacker:
    limits: ParseLimits
    read_message: MessageReader | None
    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    members: int = 0  # across the whole ZIP tree of one attachment
    unpacked: int = 0

    def add(self, name: str, declared_type: str, content: bytes, depth: int) -> None:
        media_type = sniff_media_type(content, declared_type, name)
        if media_type == ZIP:
            self._add_zip(name, content, depth + 1)
        elif media_type == "message/rfc822" and self.read_message is not None:
            documents, problems = self.read_message(name, content, self.limits)
            self.documents += documents
            self.problems += problems
        else:
            self._add_file(name, media_type, _charset(declared_type), content)

    def _add_file(self, name: str, media_type: str, charset: str | None, content: bytes) -> None:
        if not content:  # an empty file holds nothing to read: no text, and no problem
            self.documents.append(make_document(name, media_type, content, ""))
            return
        try:
            text = self._text(media_type, charset, content)[: self.limits.max_text_chars]
        except UnreadableDocument as exc:
            self.problems.append(unreadable(name, exc.reason))
            text = ""
        except _LimitExceeded:
            self.problems.append(self._too_large(name))
            text = ""
        if not text.strip() and _scanned(media_type) and self.limits.ocr is not None:
            text = self.limits.ocr(media_type, content)[: self.limits.max_text_chars]
        elif media_type == PDF and self.limits.ocr_pages is not None:
            text = _with_scanned_pages(text, content, self.limits.ocr_pages)
            text = text[: self.limits.max_text_chars]
        self.documents.append(make_document(name, media_type, content, text))

    def _text(self, media_type: str, charset: str | None, content: bytes) -> str:
        if media_type in RTF_TYPES:
            return rtf_text(content)
        if media_type == "text/html":
            return html_to_text(decode_text(content, charset or html_charset(content)))
        if media_type.startswith("text/"):
            text = decode_text(content, charset)
            return vcard_text(text) if is_vcard(text) else text
        if media_type == PDF:
            return pdf_text(content, self.limits.max_text_chars)
        if media_type == PGP_ENCRYPTED:
            raise UnreadableDocument("kryptert")
        if media_type in _DAMAGED_OFFICE or media_type.startswith(ODF_PREFIX):
            return self._office_text(media_type, content)
        return ""

    def _office_text(self, media_type: str, content: bytes) -> str:
        reason = _DAMAGED_OFFICE.get(media_type, "skadet OpenDocument-fil")
        self._reserve(_declared_size(content, reason))
        if media_type == DOCX:
            return docx_text(content)
        if media_type == XLSX:
            return _xlsx(content, reason)
        xml = _matching(content, _ODF_CONTENT, reason)
        if not xml:
            raise UnreadableDocument(reason)
        return odf_text(xml[0])

    def _add_zip(self, name: str, content: bytes, depth: int) -> None:
        problem = self._zip_problem(name, content, depth)
        if problem is not None:
            self.problems.append(problem)
            self.documents.append(make_document(name, ZIP, content, ""))
            return
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            for info in _members(archive):
                self._add_member(name, archive, info, depth)

    def _zip_problem(self, name: str, content: bytes, depth: int) -> str | None:
        if depth > self.limits.max_zip_depth:
            return f"ZIP-filen «{name}» overskrider grensen på {self.limits.max_zip_depth} nivåer"
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                infos = _members(archive)
        except PARSER_FAILURES:
            return unreadable(name, "skadet ZIP-fil")
        self.members += len(infos)
        if self.members > self.limits.max_zip_members:
            return f"ZIP-filen «{name}» overskrider grensen på {self.limits.max_zip_members} filer"
        try:
            self._reserve(sum(info.file_size for info in infos))
        except _LimitExceeded:
            return self._too_large(name)
        return None

    def _add_member(
        self, parent: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo, depth: int
    ) -> None:
        name = f"{parent}/{member_name(info)}"
        if info.flag_bits & 0x1:
            self.problems.append(unreadable(name, "passordbeskyttet ZIP-fil"))
            return
        try:
            content = _read_member(archive, info)
        except _MEMBER_FAILURES:
            self.problems.append(unreadable(name, "skadet ZIP-fil"))
            return
        self.add(name, "", content, depth)

    def _reserve(self, size: int) -> None:
        self.unpacked += size
        if self.unpacked > self.limits.max_unpacked_bytes:
            raise _LimitExceeded

    def _too_large(self, name: str) -> str:
        limit = describe_size(self.limits.max_unpacked_bytes)
        return f"vedlegget «{name}» overskrider grensen på {limit} utpakket"


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's path; names without the UTF-8 flag are usually cp850 (Windows in Norway)."""
    name = info.filename
    if not info.flag_bits & 0x800 and not name.isascii():
        raw = name.encode("cp437")
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = raw.decode("cp850")
    parts = name.replace("\\", "/").split("/")
    return "/".join(part for part in parts if part not in ("", ".", ".."))


def _members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [i for i in archive.infolist() if not i.is_dir() and not _JUNK.search(i.filename)]


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    # Read in chunks and stop past the declared size, whatever the decompressor would produce.
    chunks: list[bytes] = []
    remaining = info.file_size
    with archive.open(info) as member:
        while chunk := member.read(min(_CHUNK, remaining + 1)):
            chunks.append(chunk)
            remaining -= len(chunk)
            if remaining < 0:
                raise _LimitExceeded
    return b"".join(chunks)


def _declared_size(content: bytes, reason: str) -> int:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except PARSER_FAILURES as exc:
        raise UnreadableDocument(reason) from exc


def _xlsx(content: bytes, reason: str) -> str:
    """A workbook's text, its members read in one pass over the archive: the shared strings (a
    workbook of numbers only has none), the sheets, and the sheets' names (R-CP-110)."""
    members = dict(_matching_named(content, _XLSX_PARTS, reason))
    sheets = [(name, xml) for name, xml in members.items() if _SHEETS.fullmatch(name)]
    workbook = members.get("xl/workbook.xml")
    rels = members.get("xl/_rels/workbook.xml.rels")
    named = xlsx_sheet_names(workbook, rels) if workbook else {}
    return xlsx_text(
        members.get("xl/sharedStrings.xml"),
        [xml for _, xml in sheets],
        [named.get(name, "") for name, _ in sheets],
    )


def _matching(content: bytes, pattern: re.Pattern[str], reason: str) -> list[bytes]:
    """The members whose whole name matches, in natural order (sheet2 before sheet10)."""
    return [xml for _, xml in _matching_named(content, pattern, reason)]


def _matching_named(
    content: bytes, pattern: re.Pattern[str], reason: str
) -> list[tuple[str, bytes]]:
    """The same, each with its member name."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            infos = [info for info in archive.infolist() if pattern.fullmatch(info.filename)]
            infos.sort(key=lambda info: [int(d) for d in re.findall(r"\d+", info.filename)])
            return [(info.filename, _read_member(archive, info)) for info in infos]
    except _MEMBER_FAILURES as exc:
        raise UnreadableDocument(reason) from exc


def _with_scanned_pages(
    text: str, content: bytes, ocr_pages: Callable[[bytes, Sequence[int]], list[str]]
) -> str:
    """A PDF with a text layer whose other pages are images (a signed, scanned page of the
    minutes appended to the report): those pages get their OCR text in their place, and the
    document is marked as read by OCR: what a scanned page says may make a part present, but
    never missing, and the judgement cannot tell one page's words from another's (R-CP-132)."""
    pages = text.split("\f")
    blank = [index for index, page in enumerate(pages) if not page.strip()]
    if not blank or len(blank) == len(pages):
        return text
    read_any = False
    for index, read in zip(blank, ocr_pages(content, blank), strict=False):
        pages[index] = read
        read_any = read_any or bool(read.strip())
    return f"{OCR_MARK}\n" + "\f".join(pages) if read_any else text


def _scanned(media_type: str) -> bool:
    """A PDF without a text layer or an image may be a scan that OCR can read."""
    return media_type == PDF or media_type in ("image/png", "image/jpeg", "image/tiff")


def _charset(declared_type: str) -> str | None:
    match = _CHARSET.search(declared_type)
    return match.group(1) if match else None
