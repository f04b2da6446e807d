"""Test support: render the corpus specs (cases/*.yaml) into e-mails with real attachments."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import yaml
from fpdf import FPDF

CASES_DIR = Path(__file__).parent / "cases"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PART_LABELS = ("present", "missing", "uncertain")
OUTCOMES = ("registered", "incomplete", "needs_review")
MEDIA_TYPES = {
    "pdf": ("application", "pdf", ".pdf"),
    "pdf_image": ("application", "pdf", ".pdf"),
    "docx": (
        "application",
        "vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".docx",
    ),
    "odt": ("application", "vnd.oasis.opendocument.text", ".odt"),
    "txt": ("text", "plain", ".txt"),
}


@dataclass(frozen=True)
class Attachment:
    name: str
    format: str  # pdf, pdf_image (a scan without text), docx, odt, txt
    text: str  # «# » and «## » open headings


@dataclass(frozen=True)
class Label:
    is_request: bool
    parts: dict[int, str]  # part number -> present / missing / uncertain
    outcome: str


@dataclass(frozen=True)
class CorpusCase:
    id: str
    holdout: bool
    description: str
    language: str
    subject: str
    body: str
    attachments: tuple[Attachment, ...]
    label: Label


def _case(data: dict) -> CorpusCase:
    label = data["label"]
    parts = {int(k): v for k, v in label["parts"].items()}
    assert set(parts.values()) <= set(PART_LABELS), data["id"]
    assert label["outcome"] in OUTCOMES, data["id"]
    return CorpusCase(
        id=data["id"],
        holdout=bool(data.get("holdout", False)),
        description=data["description"],
        language=data.get("language", "nb"),
        subject=data["subject"],
        body=data["body"],
        attachments=tuple(Attachment(**a) for a in data.get("attachments") or []),
        label=Label(bool(label["is_request"]), parts, label["outcome"]),
    )


def load_cases() -> list[CorpusCase]:
    """Every spec in cases/, sorted by id."""
    paths = sorted(CASES_DIR.glob("*.yaml"))
    return [_case(yaml.safe_load(p.read_text(encoding="utf-8"))) for p in paths]


def _blocks(text: str) -> list[tuple[int, str]]:
    """(heading level, 0 for a paragraph or -1 for a table row, text) for each non-blank line.

    A line «| a | b | c |» is a table row; consecutive rows form one table."""
    found = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("|"):
            found.append((-1, stripped))
            continue
        level = len(stripped) - len(stripped.lstrip("#"))
        found.append((level, stripped.lstrip("#").strip()) if level else (0, stripped))
    return found


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _tables(blocks: list[tuple[int, str]]) -> list[tuple[int, str] | list[list[str]]]:
    """The blocks with consecutive table rows gathered into one table (a list of rows)."""
    found: list[tuple[int, str] | list[list[str]]] = []
    for level, line in blocks:
        if level != -1:
            found.append((level, line))
        elif found and isinstance(found[-1], list):
            found[-1].append(_cells(line))
        else:
            found.append([_cells(line)])
    return found


def render_pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        family = "Body"
    else:  # latin-1 core font
        family, text = "Helvetica", text.encode("latin-1", "replace").decode("latin-1")
    pdf.add_page()
    for level, line in _blocks(text):
        if level == -1:  # a table row as spaced text, the way a PDF table reads back
            level, line = 0, "   ".join(_cells(line))
        pdf.set_font(family, "B" if level else "", {0: 10, 1: 15, 2: 12}.get(level, 11))
        if level:
            pdf.ln(3)
        pdf.multi_cell(0, 6 if not level else 8, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())


def render_image_pdf() -> bytes:
    """A scanned page: graphics only, no text layer."""
    pdf = FPDF()
    pdf.add_page()
    for row in range(40):
        pdf.rect(20, 20 + row * 6, 170 - (row * 7) % 60, 2, style="F")
    return bytes(pdf.output())


def render_docx(text: str) -> bytes:
    document = docx.Document()
    for block in _tables(_blocks(text)):
        if isinstance(block, list):
            table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
            for row, cells in zip(table.rows, block, strict=True):
                for cell, value in zip(row.cells, cells, strict=False):
                    cell.text = value
        elif block[0]:
            document.add_heading(block[1], level=min(block[0], 3))
        else:
            document.add_paragraph(block[1])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
_ODT_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
    "<office:body><office:text>"
)


def _odt_table(rows: list[list[str]]) -> str:
    cells = (
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{escape(c)}</text:p></table:table-cell>" for c in r)
        + "</table:table-row>"
        for r in rows
    )
    return "<table:table>" + "".join(cells) + "</table:table>"


def render_odt(text: str) -> bytes:
    rows = []
    for block in _tables(_blocks(text)):
        if isinstance(block, list):
            rows.append(_odt_table(block))
        elif block[0]:
            rows.append(f'<text:h text:outline-level="{block[0]}">{escape(block[1])}</text:h>')
        else:
            rows.append(f"<text:p>{escape(block[1])}</text:p>")
    content = _ODT_HEAD + "".join(rows) + "</office:text></office:body></office:document-content>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text"
        )  # stored first and uncompressed, as ODF requires
        archive.writestr("META-INF/manifest.xml", _ODT_MANIFEST, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def render(attachment: Attachment) -> bytes:
    if attachment.format == "pdf":
        return render_pdf(attachment.text)
    if attachment.format == "pdf_image":
        return render_image_pdf()
    if attachment.format == "docx":
        return render_docx(attachment.text)
    if attachment.format == "odt":
        return render_odt(attachment.text)
    if attachment.format == "txt":
        text = re.sub(r"(?m)^#+\s*", "", attachment.text)
        return re.sub(r"(?m)^\|(.*)\|\s*$", lambda m: "\t".join(_cells(m.group(0))), text).encode()
    raise ValueError(f"unknown format {attachment.format!r}")


def build_message(case: CorpusCase) -> EmailMessage:
    """The case as the e-mail a sender would have written."""
    message = EmailMessage()
    message["From"] = f"Avsender <avsender-{case.id}@example.org>"
    message["To"] = "postkasse@datatilsynet.example"
    message["Subject"] = case.subject
    message["Date"] = format_datetime(datetime(2026, 3, 20, 9, 30, tzinfo=UTC))
    message["Message-ID"] = f"<{case.id}@corpus.example.org>"
    message.set_content(case.body + "\n")
    for attachment in case.attachments:
        maintype, subtype, _ = MEDIA_TYPES[attachment.format]
        message.add_attachment(
            render(attachment), maintype=maintype, subtype=subtype, filename=attachment.name
        )
    return message
