"""reading/media_type.py: what a file is, by its bytes first, then its declared type and name."""

from __future__ import annotations

import io
import zipfile

import pytest

from reading.media_type import (
    DOCX,
    OCTET_STREAM,
    ODT,
    PDF,
    PGP_ENCRYPTED,
    PPTX,
    XLSX,
    ZIP,
    extension_for,
    sniff_media_type,
)


def archive(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, data in files.items():
            out.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"%PDF-1.7\n...", PDF),
        (b"\x89PNG\r\n\x1a\n....", "image/png"),
        (b"\xff\xd8\xff\xe0....", "image/jpeg"),
        (b"GIF87a....", "image/gif"),
        (b"GIF89a....", "image/gif"),
        (b"{\\rtf1\\ansi hei}", "application/rtf"),
        (b"-----BEGIN PGP MESSAGE-----\n\nhQEM", PGP_ENCRYPTED),
        (b"\xef\xbb\xbf \r\n\t-----BEGIN PGP SIGNATURE-----\n", "application/pgp-signature"),
        (b"\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n", "application/pgp-keys"),
        (b"  <!DOCTYPE html><p>hei</p>", "text/html"),
        (b"<HTML><body>hei", "text/html"),
        (b"<head><title>x", "text/html"),
        (b"<body>hei</body>", "text/html"),
    ],
)
def test_magic_bytes_decide_whatever_is_declared(content: bytes, expected: str) -> None:
    assert sniff_media_type(content, "text/plain", "notat.txt") == expected


def test_a_pdf_header_later_in_the_first_kilobyte_counts_only_when_a_pdf_is_expected() -> None:
    late = b"\r\n" * 10 + b"%PDF-1.4\n"
    assert sniff_media_type(late, "application/pdf", "x") == PDF
    assert sniff_media_type(late, "", "skjema.PDF") == PDF
    assert sniff_media_type(late, "", "notat.txt") == "text/plain"
    too_late = b" " * 1020 + b"%PDF-1.4\n"
    assert sniff_media_type(too_late, "application/pdf", "x.pdf") == PDF  # the declared type
    assert sniff_media_type(too_late, "", "x") == "text/plain"


def test_an_expected_pdf_header_in_the_first_kilobyte_wins_over_other_magic() -> None:
    assert sniff_media_type(b"GIF89a junk %PDF-1.4\n", "application/pdf", "x") == PDF
    assert sniff_media_type(b"GIF89a junk %pdf-1.4\n", "application/pdf", "x") == "image/gif"
    last_fit = b"GIF89a" + b" " * 1013 + b"%PDF-"  # ends at byte 1024
    assert sniff_media_type(last_fit, "application/pdf", "x") == PDF
    one_over = b"GIF89a" + b" " * 1014 + b"%PDF-"
    assert sniff_media_type(one_over, "application/pdf", "x") == "image/gif"


def test_armor_and_html_are_looked_for_only_in_the_first_kilobyte() -> None:
    padded = b"\n" * 1024 + b"-----BEGIN PGP MESSAGE-----\n"
    assert sniff_media_type(padded, "", "") == "text/plain"
    armor = b"-----BEGIN PGP MESSAGE-----"
    assert sniff_media_type(b"\n" * 997 + armor + b"\n", "", "") == PGP_ENCRYPTED
    assert sniff_media_type(b"\n" * 998 + armor + b"\n", "", "") == "text/plain"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"word/document.xml": b"<w/>"}, DOCX),
        ({"xl/workbook.xml": b"<x/>"}, XLSX),
        ({"ppt/presentation.xml": b"<p/>"}, PPTX),
        ({"mimetype": ODT.encode(), "content.xml": b"<o/>"}, ODT),
        ({"mimetype": b" application/vnd.oasis.opendocument.spreadsheet\n"},
         "application/vnd.oasis.opendocument.spreadsheet"),
        ({"mimetype": b"text/plain", "word/document.xml": b"<w/>"}, DOCX),
        ({"mimetype": ODT.encode().ljust(100)}, ODT),
        ({"mimetype": ODT.encode().ljust(101)}, ZIP),  # too long to be a mimetype file
        ({"readme.txt": b"hei"}, ZIP),
    ],
)  # fmt: skip
def test_a_zip_archive_is_told_apart_by_what_it_holds(
    files: dict[str, bytes], expected: str
) -> None:
    assert sniff_media_type(archive(files), OCTET_STREAM, "vedlegg.bin") == expected


def test_an_empty_or_broken_archive_is_a_zip() -> None:
    assert sniff_media_type(b"PK\x05\x06" + b"\x00" * 18, "", "") == ZIP
    assert sniff_media_type(b"PK\x03\x04 broken", "", "") == ZIP


def test_binary_openpgp_is_recognised_by_its_first_packet() -> None:
    old_format = bytes([0x85, 0x01, 0x0C, 0x03]) + b"\x00" * 8  # two-octet length, version 3
    assert sniff_media_type(old_format, "", "") == PGP_ENCRYPTED
    assert sniff_media_type(bytes([0x84, 0x0C, 0x04]) + b"\x00" * 8, "", "") == PGP_ENCRYPTED
    four_octets = bytes([0x86, 0, 0, 0, 0x0C, 0x06]) + b"\x00" * 8
    assert sniff_media_type(four_octets, "", "") == PGP_ENCRYPTED
    new_format = bytes([0xC1, 0x0C, 0x03]) + b"\x00" * 8
    assert sniff_media_type(new_format, "", "") == PGP_ENCRYPTED
    assert sniff_media_type(bytes([0xC1, 0xC0, 0x00, 0x05]) + b"\x00" * 8, "", "") == PGP_ENCRYPTED
    assert sniff_media_type(bytes([0xC3, 0xFF, 0, 0, 0, 0, 0x04]) + b"\x00" * 8, "", "") == (
        PGP_ENCRYPTED
    )
    assert sniff_media_type(bytes([0xC3, 0xE0, 0, 0x04]) + b"\x00" * 8, "", "") == OCTET_STREAM
    assert sniff_media_type(bytes([0xC3, 0xDF, 0, 0x04]) + b"\x00" * 8, "", "") == PGP_ENCRYPTED
    assert sniff_media_type(bytes([0x8D, 0, 0, 0x03]) + b"\x00" * 8, "", "") == PGP_ENCRYPTED
    assert sniff_media_type(bytes([0x8E, 0, 0, 0, 0, 0x03]) + b"\x00" * 8, "", "") == (
        PGP_ENCRYPTED
    )
    assert sniff_media_type(bytes([0x85, 0x01, 0x0C, 0x07]) + b"\x00" * 8, "", "") == OCTET_STREAM
    eight = bytes([0x8C, 0x0D, 0x04]) + b"\x00" * 5
    assert sniff_media_type(eight, "", "") == PGP_ENCRYPTED
    assert sniff_media_type(eight[:7], "", "") == OCTET_STREAM  # too short to tell


def test_without_magic_the_declared_type_then_the_file_name_decides() -> None:
    assert sniff_media_type(b"a;b\n", "Text/CSV; charset=utf-8", "data.txt") == "text/csv"
    assert sniff_media_type(b"a;b\n", "application/octet-stream", "data.CSV") == "text/csv"
    assert sniff_media_type(b"a;b\n", "binary/octet-stream", "brev.doc") == "application/msword"
    assert sniff_media_type(b"a;b\n", "application/unknown", "x.gpg") == PGP_ENCRYPTED
    assert sniff_media_type(b"a;b\n", "tekst", "data.txt") == "text/plain"  # no slash: vague
    assert sniff_media_type(b"\x00\x01", "", "arkiv.tar.gz") == OCTET_STREAM
    assert sniff_media_type(b"\x00\x01", "", "uten-punktum") == OCTET_STREAM
    assert sniff_media_type(b"a;b\n", "", "rapport.v2.csv") == "text/csv"  # the last dot
    assert sniff_media_type(b"\x00\x01", "", ".pdf") == PDF  # a name that is all extension


def test_unknown_content_is_text_unless_it_looks_binary() -> None:
    assert sniff_media_type(b"Hei\tverden\r\n\x0c", "", "") == "text/plain"
    assert sniff_media_type("Blåbær".encode("utf-16"), "", "") == "text/plain"  # a byte-order mark
    assert sniff_media_type(b"\xfe\xff\x00B", "", "") == "text/plain"
    assert sniff_media_type(b"abc\x00def", "", "") == OCTET_STREAM
    assert sniff_media_type(b"a" * 40 + b"\x00", "", "") == OCTET_STREAM  # one NUL is enough
    assert sniff_media_type(b"", "", "") == "text/plain"
    one_in_twenty = b"\x01" + b"a" * 19
    assert sniff_media_type(one_in_twenty, "", "") == "text/plain"
    assert sniff_media_type(b"\x01" + b"a" * 18, "", "") == OCTET_STREAM
    late_nul = b"a" * 8192 + b"\x00"
    assert sniff_media_type(late_nul, "", "") == "text/plain"  # only the head is looked at


def test_the_usual_extension_of_a_media_type() -> None:
    assert extension_for(PDF) == ".pdf"
    assert extension_for("text/html") == ".htm"
    assert extension_for("image/jpeg") == ".jpg"
    assert extension_for(PGP_ENCRYPTED) == ".gpg"
    assert extension_for("application/x-unknown") == ""
