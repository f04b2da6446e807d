"""OCR of scanned requests with the real Tesseract (Debian tesseract-ocr, -nor, -eng)."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pypdfium2
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from completeness import Verdict, check_completeness
from config.case_types import load_case_type
from reading.blocks import OCR_MARK
from reading.ocr import TesseractOcr
from reading.parse import ParseLimits, document_from_bytes, parse_message

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MINUTES = [
    "Protokoll fra styremøte 12. mars 2026",
    "Sak 4/26: Vurdering av personvernkonsekvenser for pasientportalen",
    "Styret gjennomgikk vurderingen og funnene som prosjektleder presenterte,",
    "med innspill fra brukerrådet og de tillitsvalgte.",
    "Vedtak: Styret godkjenner vurderingen og ber om forhåndsdrøftelse.",
]


def scanned_pdf(lines: list[str]) -> bytes:
    """A page with no text layer: the lines drawn into an image, saved as PDF."""
    page = Image.new("L", (1700, 2200), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 36)
    for row, line in enumerate(lines):
        draw.text((120, 150 + row * 70), line, fill=0, font=font)
    buffer = io.BytesIO()
    page.save(buffer, format="PDF", resolution=200)
    return buffer.getvalue()


def test_a_scanned_pdf_is_read_and_marked_as_ocr() -> None:
    text = TesseractOcr()("application/pdf", scanned_pdf(MINUTES))
    assert text.startswith(OCR_MARK)
    assert "godkjenner vurderingen" in text


def test_signed_minutes_as_a_scan_make_part_five_present_with_ocr_evidence() -> None:
    mail = EmailMessage()
    mail["Subject"] = "Anmodning om forhåndsdrøftelse"
    mail.set_content("Vi anmoder om forhåndsdrøftelse etter artikkel 36. Protokoll vedlagt.")
    scan = scanned_pdf(MINUTES)
    mail.add_attachment(scan, maintype="application", subtype="pdf", filename="protokoll.pdf")
    parsed = parse_message(mail, ParseLimits(ocr=TesseractOcr()))
    report = check_completeness(load_case_type(), parsed.body, parsed.documents, "Anmodning")
    five = report.parts[4]
    assert five.verdict is Verdict.PRESENT, five.note
    assert any("(OCR)" in e.source for e in five.evidence)


def test_ocr_text_alone_never_makes_a_part_missing() -> None:
    mail = EmailMessage()
    mail["Subject"] = "Anmodning om forhåndsdrøftelse"
    mail.set_content("Vi anmoder om forhåndsdrøftelse etter artikkel 36. Protokoll vedlagt.")
    scan = scanned_pdf(MINUTES)
    mail.add_attachment(scan, maintype="application", subtype="pdf", filename="protokoll.pdf")
    parsed = parse_message(mail, ParseLimits(ocr=TesseractOcr()))
    report = check_completeness(load_case_type(), parsed.body, parsed.documents, "Anmodning")
    # the parts the scanned minutes may hold are never missing; the contact details are, as
    # neither the mail nor the scan names anyone to contact (docs/domain.md R-CP-7, R-CP-8)
    assert report.missing_parts == (1,)
    assert report.parts[1].verdict is Verdict.UNCERTAIN, report.parts[1].note
    assert report.outcome == "needs_review"


def test_the_page_limit_bounds_the_work() -> None:
    assert TesseractOcr(max_pages=0)("application/pdf", scanned_pdf(["Side 1"])) == ""


def report_with_scanned_last_page(lines: list[str]) -> bytes:
    """A report whose first page has a text layer and whose last page is a scan (R-CP-132)."""
    text = FPDF()
    text.add_page()
    text.set_font("helvetica", size=12)
    text.multi_cell(0, 8, "Rapport om personvernkonsekvenser. Ledelsens validering: se siste side.")
    first = bytes(text.output())
    merged = pypdfium2.PdfDocument(first)
    scan = pypdfium2.PdfDocument(scanned_pdf(lines))
    merged.import_pages(scan)
    buffer = io.BytesIO()
    merged.save(buffer)
    return buffer.getvalue()


def test_a_scanned_page_in_a_pdf_with_a_text_layer_is_read_in_its_place() -> None:
    ocr = TesseractOcr()
    content = report_with_scanned_last_page(MINUTES)
    documents, problems = document_from_bytes(
        "rapport.pdf", "application/pdf", content, ParseLimits(ocr=ocr, ocr_pages=ocr.read_pages)
    )
    assert problems == []
    (document,) = documents
    first, last = document.text.removeprefix(OCR_MARK).split("\f")
    assert first.strip().startswith("Rapport om personvernkonsekvenser")
    assert "godkjenner vurderingen" in last
    # the judgement cannot tell the scanned page's words from the others: OCR for all of it
    assert document.text.startswith(OCR_MARK)
