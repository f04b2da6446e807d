"""Pure: recognise what a file is from its bytes first, then its declared type and file name."""

from __future__ import annotations

import io
import zipfile

from reading.office import PARSER_FAILURES

PDF = "application/pdf"
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODF_PREFIX = "application/vnd.oasis.opendocument."
ODT = ODF_PREFIX + "text"
PGP_ENCRYPTED = "application/pgp-encrypted"
OCTET_STREAM = "application/octet-stream"

_EXTENSIONS = {
    ".pdf": PDF,
    ".zip": ZIP,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".pptx": PPTX,
    ".odt": ODT,
    ".ods": ODF_PREFIX + "spreadsheet",
    ".odp": ODF_PREFIX + "presentation",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".msg": "application/vnd.ms-outlook",
    ".rtf": "application/rtf",
    ".eml": "message/rfc822",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".htm": "text/html",
    ".html": "text/html",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".gpg": PGP_ENCRYPTED,
    ".pgp": PGP_ENCRYPTED,
}
_FIRST_EXTENSION = {media_type: ext for ext, media_type in reversed(_EXTENSIONS.items())}
_VAGUE = frozenset({"", OCTET_STREAM, "application/unknown", "binary/octet-stream"})
_OOXML_MARKERS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX, "ppt/presentation.xml": PPTX}
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"PK\x03\x04", ZIP),
    (b"PK\x05\x06", ZIP),  # an empty archive
    (b"{\\rtf", "application/rtf"),
)
_ARMOR = (
    (b"-----BEGIN PGP MESSAGE-----", PGP_ENCRYPTED),
    (b"-----BEGIN PGP SIGNATURE-----", "application/pgp-signature"),
    (b"-----BEGIN PGP PUBLIC KEY BLOCK-----", "application/pgp-keys"),
)
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


def sniff_media_type(content: bytes, declared: str, filename: str) -> str:
    """The media type by magic bytes (PDF, ZIP-based office files, images, OpenPGP, HTML), else
    the declared type, else the file name's extension, else text/plain or octet-stream."""
    hinted = _declared(declared) or _by_extension(filename)
    found = _by_magic(content, pdf_expected=hinted == PDF)
    if found == ZIP:
        return _zip_kind(content)
    if found is not None:
        return found
    if hinted is not None:
        return hinted
    return "text/plain" if _looks_like_text(content) else OCTET_STREAM


def extension_for(media_type: str) -> str:
    """The usual file name extension of a media type («.pdf»), or "" when there is none."""
    return _FIRST_EXTENSION.get(media_type, "")


def _by_magic(content: bytes, *, pdf_expected: bool) -> str | None:
    # Acrobat accepts a PDF header anywhere in the first kilobyte, and some generators rely on it.
    if content.startswith(b"%PDF-") or (pdf_expected and b"%PDF-" in content[:1024]):
        return PDF
    for magic, media_type in _MAGIC:
        if content.startswith(magic):
            return media_type
    head = content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    for armor, media_type in _ARMOR:
        if head.startswith(armor):
            return media_type
    if _is_binary_openpgp(content):
        return PGP_ENCRYPTED
    return "text/html" if head[:20].lower().startswith(_HTML_STARTS) else None


def _is_binary_openpgp(content: bytes) -> bool:
    """Starts with a packet that encrypts a session key (tags 1 and 3, old or new format)?"""
    if len(content) < 8:
        return False
    tag = content[0]
    if tag in (0x84, 0x85, 0x86, 0x8C, 0x8D, 0x8E):  # old format; the low bits give the length size
        version = content[1 + (1, 2, 4)[tag & 0x03]]
    elif tag in (0xC1, 0xC3):  # new format; one- or two-octet length (or five after 0xFF)
        first = content[1]
        version = content[2 if first < 192 else 3 if first < 224 else 6]
    else:
        return False
    return version in (3, 4, 5, 6)


def _zip_kind(content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= 100:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                if declared.startswith(ODF_PREFIX):
                    return declared
    except PARSER_FAILURES:
        return ZIP
    for marker, media_type in _OOXML_MARKERS.items():
        if marker in names:
            return media_type
    return ZIP


def _declared(declared: str) -> str | None:
    media_type = declared.split(";", 1)[0].strip().lower()
    return None if media_type in _VAGUE or "/" not in media_type else media_type


def _by_extension(filename: str) -> str | None:
    dot = filename.rfind(".")
    return _EXTENSIONS.get(filename[dot:].lower()) if dot >= 0 else None


def _looks_like_text(content: bytes) -> bool:
    head = content[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls * 20 <= len(head)
