"""reading/documents.py: one attachment's bytes become documents with text, within limits."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Sequence

import docx
import pytest
from fpdf import FPDF

from cases.model import Document
from reading.blocks import OCR_MARK
from reading.documents import (
    ParseLimits,
    describe_size,
    documents_from_bytes,
    make_document,
    member_name,
    unreadable,
)

LIMITS = ParseLimits()
XLSX_NAMESPACE = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
ODT = "application/vnd.oasis.opendocument.text"


def make_zip(members: dict[str, bytes], *, directories: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for directory in directories:
            archive.writestr(zipfile.ZipInfo(directory), b"")
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def blank_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    return bytes(pdf.output())


def word(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def texts(name: str, declared: str, content: bytes, limits: ParseLimits = LIMITS) -> list[str]:
    documents, problems = documents_from_bytes(name, declared, content, limits)
    assert problems == []
    return [document.text for document in documents]


def problems_of(
    name: str, declared: str, content: bytes, limits: ParseLimits = LIMITS
) -> list[str]:
    return documents_from_bytes(name, declared, content, limits)[1]


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 byte"),
        (1023, "1023 byte"),
        (1024, "1 kB"),
        (12 * 1024, "12 kB"),
        (1024 * 1024 - 1, "1024 kB"),
        (1024 * 1024, "1 MB"),
        (50 * 1024 * 1024, "50 MB"),
    ],
)
def test_sizes_are_shown_in_bytes_kilobytes_or_megabytes(size: int, shown: str) -> None:
    assert describe_size(size) == shown


def test_a_document_records_its_name_type_size_digest_text_and_bytes() -> None:
    content = b"innhold"
    assert make_document("a.txt", "text/plain", content, "tekst") == Document(
        "a.txt", "text/plain", 7, hashlib.sha256(content).hexdigest(), "tekst", content
    )


def test_an_unreadable_attachment_is_named_with_the_reason() -> None:
    assert unreadable("a.pdf", "skadet PDF") == "vedlegget «a.pdf» kunne ikke leses (skadet PDF)"


def test_an_empty_file_is_a_document_without_text_or_problem() -> None:
    documents, problems = documents_from_bytes("tom.pdf", "application/pdf", b"", LIMITS)
    assert [(d.name, d.media_type, d.text) for d in documents] == [
        ("tom.pdf", "application/pdf", "")
    ]
    assert problems == []


def test_the_charset_of_the_declared_type_decodes_a_text_file() -> None:
    content = "Привет".encode("koi8-r")
    assert texts("a.txt", 'text/plain; charset="koi8-r"', content) == ["Привет"]
    assert texts("a.txt", "text/plain; Charset = koi8-r; format=flowed", content) == ["Привет"]


def test_html_without_a_declared_charset_uses_its_meta_charset() -> None:
    html = '<html><head><meta charset="koi8-r"></head><body><p>Привет</p></body></html>'
    assert texts("a.html", "text/html", html.encode("koi8-r")) == ["Привет"]
    assert texts("a.html", "text/html; charset=koi8-r", html.encode("koi8-r")) == ["Привет"]


def test_a_vcard_is_read_as_a_contact_and_other_text_as_it_is() -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari Nordmann\r\nEMAIL:kari@example.no\r\nEND:VCARD\r\n"
    )
    assert "Kari Nordmann" in texts("kari.vcf", "text/vcard", card)[0]
    assert "BEGIN:VCARD" not in texts("kari.vcf", "text/vcard", card)[0]
    assert texts("notat.csv", "text/csv", b"a;b\n1;2") == ["a;b\n1;2"]


@pytest.mark.parametrize("declared", ["application/rtf", "text/rtf", "application/x-rtf"])
def test_rtf_is_read_as_rtf_whatever_its_declared_type(declared: str) -> None:
    content = rb"{\rtf1\ansi Hei \b verden\b0.}"
    assert texts("brev", declared, content) == ["Hei verden."]


def test_an_openpgp_message_left_encrypted_is_unreadable() -> None:
    armored = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA\n-----END PGP MESSAGE-----\n"
    assert problems_of("a.asc", "", armored) == ["vedlegget «a.asc» kunne ikke leses (kryptert)"]


def test_text_is_capped_for_every_kind_of_file() -> None:
    limits = ParseLimits(max_text_chars=5)
    assert texts("a.docx", "", word("Risikovurdering"), limits) == ["Risik"]
    assert texts("a.txt", "", b"Risikovurdering", limits) == ["Risik"]


def test_a_scan_without_text_is_read_by_ocr_within_the_text_limit() -> None:
    calls: list[str] = []
    read: list[bytes] = []

    def ocr(media_type: str, content: bytes) -> str:
        calls.append(media_type)
        read.append(content)
        return "Skannet tekst"

    limits = ParseLimits(max_text_chars=7, ocr=ocr)
    png = b"\x89PNG\r\n\x1a\n" + bytes(40)
    jpeg = b"\xff\xd8\xff\xe0" + bytes(40)
    tiff = b"II*\x00" + bytes(40)
    assert texts("side.pdf", "", blank_pdf(), limits) == ["Skannet"]
    assert texts("kart.png", "", png, limits) == ["Skannet"]
    assert texts("foto.jpg", "", jpeg, limits) == ["Skannet"]
    assert texts("skann.tif", "image/tiff", tiff, limits) == ["Skannet"]
    assert calls == ["application/pdf", "image/png", "image/jpeg", "image/tiff"]
    assert read[1:] == [png, jpeg, tiff]


def test_ocr_reads_only_scans_that_have_no_text() -> None:
    def ocr(media_type: str, content: bytes) -> str:
        raise AssertionError(media_type)

    limits = ParseLimits(ocr=ocr)
    assert texts("a.docx", "", word(" "), limits) == [" "]
    assert texts("a.gif", "", b"GIF89a" + bytes(20), limits) == [""]
    assert texts("a.txt", "", b"   ", limits) == ["   "]
    assert texts("a.txt", "", b"Tekst", limits) == ["Tekst"]


def test_a_word_file_that_is_no_zip_is_a_damaged_word_file() -> None:
    declared = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert problems_of("a.docx", declared, b"not a zip") == [
        "vedlegget «a.docx» kunne ikke leses (skadet Word-dokument)"
    ]


def test_an_excel_workbook_of_numbers_only_has_no_shared_strings() -> None:
    members = {
        "xl/workbook.xml": b"<workbook/>",
        "xl/worksheets/sheet10.xml": f"<worksheet {XLSX_NAMESPACE}><sheetData><row><c><v>10</v>"
        "</c></row></sheetData></worksheet>".encode(),
        "xl/worksheets/sheet2.xml": f"<worksheet {XLSX_NAMESPACE}><sheetData><row><c><v>2</v>"
        "</c></row></sheetData></worksheet>".encode(),
        "xl/worksheets/_rels/sheet1.xml.rels": b"<Relationships/>",
    }
    assert texts("tall.xlsx", "", make_zip(members)) == ["2\n10"]


def test_a_damaged_excel_member_is_a_damaged_excel_file() -> None:
    members = {"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet1.xml": b"<worksheet"}
    assert problems_of("a.xlsx", "", make_zip(members)) == [
        "vedlegget «a.xlsx» kunne ikke leses (skadet Excel-fil)"
    ]


def test_an_opendocument_file_without_content_is_damaged() -> None:
    content = make_zip({"mimetype": ODT.encode(), "meta.xml": b"<meta/>"})
    assert problems_of("a.odt", ODT, content) == [
        "vedlegget «a.odt» kunne ikke leses (skadet OpenDocument-fil)"
    ]


def test_an_opendocument_file_is_read_from_its_content_member_only() -> None:
    content_xml = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        "<text:p>Innhold</text:p></office:body></office:document-content>"
    )
    content = make_zip(
        {
            "mimetype": ODT.encode(),
            "Thumbnails/content.xml": b"<x/>",
            "content.xml": content_xml.encode(),
        }
    )
    assert texts("a.odt", "", content) == ["Innhold"]


def test_office_files_count_against_the_unpacked_limit() -> None:
    content = word("Risikovurdering")
    limits = ParseLimits(max_unpacked_bytes=1000)
    documents, problems = documents_from_bytes("a.docx", "", content, limits)
    assert problems == ["vedlegget «a.docx» overskrider grensen på 1000 byte utpakket"]
    assert documents[0].text == ""


def test_the_unpacked_limit_holds_at_its_bound() -> None:
    members = {"a.txt": b"x" * 600, "b.txt": b"y" * 400}
    assert texts("a.zip", "", make_zip(members), ParseLimits(max_unpacked_bytes=1000)) == [
        "x" * 600,
        "y" * 400,
    ]
    assert problems_of("a.zip", "", make_zip(members), ParseLimits(max_unpacked_bytes=999)) == [
        "vedlegget «a.zip» overskrider grensen på 999 byte utpakket"
    ]


def test_zip_member_and_depth_limits_hold_at_their_bounds() -> None:
    two = make_zip({"a.txt": b"a", "b.txt": b"b"})
    assert texts("a.zip", "", two, ParseLimits(max_zip_members=2)) == ["a", "b"]
    assert problems_of("a.zip", "", two, ParseLimits(max_zip_members=1)) == [
        "ZIP-filen «a.zip» overskrider grensen på 1 filer"
    ]
    nested = make_zip({"inne.zip": make_zip({"c.txt": b"c"})})
    assert texts("ute.zip", "", nested, ParseLimits(max_zip_depth=2)) == ["c"]
    assert problems_of("ute.zip", "", nested, ParseLimits(max_zip_depth=1)) == [
        "ZIP-filen «ute.zip/inne.zip» overskrider grensen på 1 nivåer"
    ]


def test_zip_folders_and_desktop_junk_are_not_documents() -> None:
    members = {
        "mappe/.DS_Store": b"\x00\x00\x00\x01Bud1",
        "Thumbs.db": b"\xd0\xcf\x11\xe0",
        "__MACOSX/mappe/._a.txt": b"\x00\x05\x16\x07",
        "mappe/a.txt": b"a",
        "mappe/Thumbs.db.txt": b"b",
    }
    content = make_zip(members, directories=("mappe/",))
    documents, problems = documents_from_bytes("z.zip", "", content, LIMITS)
    assert [d.name for d in documents] == ["z.zip/mappe/a.txt", "z.zip/mappe/Thumbs.db.txt"]
    assert problems == []


def test_a_large_zip_member_is_read_whole() -> None:
    content = bytes(range(256)) * 1024  # 256 kB: several chunks
    documents, _ = documents_from_bytes("z.zip", "", make_zip({"data.bin": content}), LIMITS)
    assert documents[0].content == content


def zip_info(name: str, flags: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.flag_bits = flags
    return info


@pytest.mark.parametrize(
    ("info", "name"),
    [
        (zip_info("mappe\\under\\a.txt", 0), "mappe/under/a.txt"),
        (zip_info("./../a//b/../c.txt", 0), "a/b/c.txt"),
        (zip_info("Sø.txt".encode("cp850").decode("cp437"), 0), "Sø.txt"),
        (zip_info("Sø.txt".encode().decode("cp437"), 0), "Sø.txt"),
        (zip_info("Sø.txt", 0x800), "Sø.txt"),
        (zip_info("Sø.txt".encode("cp850").decode("cp437"), 0x1), "Sø.txt"),  # encrypted
        (zip_info("plain.txt", 0), "plain.txt"),
    ],
)
def test_zip_member_names_are_decoded_and_kept_inside_the_archive(
    info: zipfile.ZipInfo, name: str
) -> None:
    assert member_name(info) == name


def test_an_attached_email_goes_to_the_message_reader_when_there_is_one() -> None:
    content = b"From: ola@example.no\r\nSubject: Hei\r\n\r\nTekst\r\n"
    seen: list[tuple[str, int]] = []

    def read_message(
        name: str, data: bytes, limits: ParseLimits
    ) -> tuple[list[Document], list[str]]:
        seen.append((name, limits.max_zip_depth))
        return [make_document(name, "message/rfc822", data, "lest")], ["et problem"]

    limits = ParseLimits(max_zip_depth=7)
    documents, problems = documents_from_bytes(
        "m.eml", "message/rfc822", content, limits, read_message=read_message
    )
    assert ([d.text for d in documents], problems, seen) == (
        ["lest"],
        ["et problem"],
        [("m.eml", 7)],
    )
    documents, problems = documents_from_bytes("m.eml", "message/rfc822", content, limits)
    assert ([d.media_type for d in documents], problems) == (["message/rfc822"], [])


def test_a_corrupt_zip_is_kept_as_a_document_without_text() -> None:
    documents, problems = documents_from_bytes("a.zip", "application/zip", b"PK\x03\x04x", LIMITS)
    assert [(d.name, d.media_type, d.text) for d in documents] == [("a.zip", "application/zip", "")]
    assert problems == ["vedlegget «a.zip» kunne ikke leses (skadet ZIP-fil)"]


def corrupt(members: dict[str, bytes], damaged: str) -> bytes:
    """A ZIP whose member `damaged` has its compressed data garbled (its directory intact)."""
    content = bytearray(make_zip(members))
    start = content.find(damaged.encode()) + len(damaged) + 5
    content[start : start + 10] = bytes(b ^ 0xFF for b in content[start : start + 10])
    return bytes(content)


SHEET = (
    f"<worksheet {XLSX_NAMESPACE}><sheetData>"
    + "<row><c><v>1</v></c></row>" * 20
    + "</sheetData></worksheet>"
).encode()


@pytest.mark.parametrize("damaged", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_an_excel_member_that_cannot_be_unpacked_is_a_damaged_excel_file(damaged: str) -> None:
    shared = f"<sst {XLSX_NAMESPACE}>{'<si><t>Risiko</t></si>' * 20}</sst>".encode()
    members = {
        "xl/workbook.xml": b"<workbook/>",
        "xl/sharedStrings.xml": shared,
        "xl/worksheets/sheet1.xml": SHEET,
    }
    assert problems_of("a.xlsx", "", corrupt(members, damaged)) == [
        "vedlegget «a.xlsx» kunne ikke leses (skadet Excel-fil)"
    ]


def test_an_opendocument_content_that_cannot_be_unpacked_is_damaged() -> None:
    members = {"mimetype": ODT.encode(), "content.xml": b"<office:document-content/>" * 20}
    assert problems_of("a.odt", ODT, corrupt(members, "content.xml")) == [
        "vedlegget «a.odt» kunne ikke leses (skadet OpenDocument-fil)"
    ]


def test_the_unpacked_limit_counts_the_archive_and_every_office_file_in_it() -> None:
    document = word("Risikovurdering")
    inside = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(document)).infolist())
    archive = make_zip({"a.docx": document, "b.docx": document})
    total = 2 * len(document) + 2 * inside
    assert problems_of("z.zip", "", archive, ParseLimits(max_unpacked_bytes=total)) == []
    assert problems_of("z.zip", "", archive, ParseLimits(max_unpacked_bytes=total - 1)) == [
        f"vedlegget «z.zip/b.docx» overskrider grensen på {describe_size(total - 1)} utpakket"
    ]


def test_an_attached_email_in_a_zip_adds_to_the_documents_and_problems_before_it() -> None:
    def read_message(
        name: str, data: bytes, limits: ParseLimits
    ) -> tuple[list[Document], list[str]]:
        return [make_document(name, "message/rfc822", data, "lest")], ["problem i e-posten"]

    email = b"From: ola@example.no\r\nSubject: Hei\r\n\r\nTekst\r\n"
    armored = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA\n-----END PGP MESSAGE-----\n"
    archive = make_zip({"a.txt": b"Tekst", "b.asc": armored, "m.eml": email})
    documents, problems = documents_from_bytes(
        "z.zip", "", archive, LIMITS, read_message=read_message
    )
    assert [d.name for d in documents] == ["z.zip/a.txt", "z.zip/b.asc", "z.zip/m.eml"]
    assert problems == [
        "vedlegget «z.zip/b.asc» kunne ikke leses (kryptert)",
        "problem i e-posten",
    ]


def test_only_the_pages_without_text_of_a_pdf_with_a_text_layer_are_read_by_ocr() -> None:
    """R-CP-132: the scanned page is read in its place; the text pages are not read again."""
    from reading.documents import _with_scanned_pages

    asked: list[list[int]] = []

    def pages(content: bytes, indices: Sequence[int]) -> list[str]:
        asked.append(list(indices))
        return [f"skannet {index}" for index in indices]

    merged = _with_scanned_pages("a\f \fc\f", b"%PDF", pages)
    assert merged == f"{OCR_MARK}\na\fskannet 1\fc\fskannet 3"  # never missing by OCR
    assert asked == [[1, 3]]
    assert _with_scanned_pages("a\fb", b"%PDF", pages) == "a\fb"
    assert _with_scanned_pages(" \f ", b"%PDF", pages) == " \f "  # a whole scan: read whole
    assert asked == [[1, 3]]


def test_the_kept_ocr_text_answers_for_its_page_image_and_a_new_image_is_read() -> None:
    """tests/corpus/ocr_cache: a kept text is given without Tesseract; another image misses and
    is read (here by a Tesseract that is not there: "")."""
    from tests.corpus.ocr_cache import CachedOcr

    kept = CachedOcr(binary="/nonexistent/tesseract")
    kept.entries[kept.key(b"page one")] = "Styret godkjente DPIA-en."
    assert kept._read_image(b"page one", 5.0) == "Styret godkjente DPIA-en."
    assert kept.misses == {}
    assert kept._read_image(b"page two", 5.0) == ""
    assert kept.misses == {kept.key(b"page two"): ""}
    assert kept.asked == {kept.key(b"page one"), kept.key(b"page two")}
    other = CachedOcr(binary="/nonexistent/tesseract", languages="eng")
    assert kept.key(b"page one") != other.key(b"page one")
