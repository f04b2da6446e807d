"""Rendering kit for the blind40 corpus (copied from blind38): documents, scans, archives, mail.

Documents are written once in a tiny markup and rendered to PDF, DOCX, ODT, RTF or HTML:
blocks are separated by blank lines; ``# `` starts a heading, ``## `` a sub-heading, lines
starting with ``|`` form a table (cells split on ``|``; a line not starting with ``|`` continues
the row above),
lines starting with ``- `` are bullets, a block starting with ``~ `` keeps every line as its own
paragraph (label-value lines), a block of lines ``%% left %% right`` is set as two text columns
side by side in a PDF (a table elsewhere), anything else is a paragraph whose hard line breaks are
joined.
Every output is deterministic (fixed dates, fixed zip timestamps).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from html import escape
from textwrap import dedent
from xml.sax.saxutils import escape as xml_escape

import docx
import openpyxl
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2026, 11, 2, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2026, 11, 2, 9, 0, 0)
CET = timezone(timedelta(hours=1))


@dataclass(frozen=True)
class Block:
    kind: str  # "h1", "h2", "p", "li", "table", "cols"
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


def _table(raw: list[str]) -> Block:
    joined: list[str] = []
    for r in raw:
        ln = r.strip()
        # a line not starting with "|" continues the row above (long cells)
        if ln.startswith("|"):
            joined.append(ln)
        else:
            joined[-1] += " " + ln
    rows = tuple(tuple(c.strip() for c in ln.strip("|").split("|")) for ln in joined)
    return Block("table", rows=rows)


def parse(markup: str) -> list[Block]:
    """The blocks of a document written in the kit's markup."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", markup.strip("\n")):
        raw = [line for line in chunk.splitlines() if line.strip()]
        lines = [line.strip() for line in raw]
        if lines[0].startswith("|"):
            blocks.append(_table(raw))
        elif lines[0].startswith("%% "):
            rows = tuple(tuple(c.strip() for c in ln[3:].split("%%")) for ln in lines)
            blocks.append(Block("cols", rows=rows))
        elif lines[0].startswith(("# ", "## ")):
            level, _, text = lines[0].partition(" ")
            blocks.append(Block("h" + str(len(level)), text))
            if len(lines) > 1:
                blocks.extend(parse("\n".join(lines[1:])))
        elif lines[0].startswith("~ "):  # a line block: every line its own paragraph
            blocks.extend(Block("p", ln.removeprefix("~").strip()) for ln in lines)
        elif lines[0].startswith("- "):
            items: list[str] = []
            for ln in lines:
                if ln.startswith("- "):
                    items.append(ln[2:])
                else:
                    items[-1] += " " + ln
            blocks.extend(Block("li", " ".join(i.split())) for i in items)
        else:
            blocks.append(Block("p", " ".join(" ".join(lines).split())))
    return blocks


def txt(text: str) -> str:
    """A mail body written indented in the source: dedented, hard line breaks kept."""
    return dedent(text).strip("\n") + "\n"


def plain(markup: str) -> str:
    """The document as plain text (for mail bodies written in markup)."""
    out: list[str] = []
    for b in parse(markup):
        if b.kind in ("table", "cols"):
            out.append("\n".join(" | ".join(r) for r in b.rows))
        elif b.kind == "li":
            out.append("- " + b.text)
        else:
            out.append(b.text)
    return "\n\n".join(out) + "\n"


# --- PDF -----------------------------------------------------------------------------------


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    return pdf


def _pdf_table(pdf: FPDF, rows: tuple[tuple[str, ...], ...]) -> None:
    with pdf.table(text_align="LEFT", first_row_as_headings=len(rows) > 1) as table:
        for r in rows:
            row = table.row()
            for cell in r:
                row.cell(cell)
    pdf.ln(3)


def _pdf_columns(pdf: FPDF, rows: tuple[tuple[str, ...], ...]) -> None:
    """Two text columns side by side, as a letterhead template lays out contact blocks."""
    width = (pdf.epw - 10) / 2
    top = pdf.get_y()
    bottoms = []
    for i in range(2):
        pdf.set_xy(pdf.l_margin + i * (width + 10), top)
        text = "\n".join(r[i] if len(r) > i else "" for r in rows)
        pdf.multi_cell(width, 5, text, align="L", new_x="LEFT", new_y="NEXT")
        bottoms.append(pdf.get_y())
    pdf.set_xy(pdf.l_margin, max(bottoms) + 3)


def to_pdf(markup: str, title: str = "") -> bytes:
    pdf = _pdf()
    if title:
        pdf.set_title(title)
    sizes = {"h1": 14, "h2": 12}
    for b in parse(markup):
        if b.kind in sizes:
            pdf.set_font("DejaVu", "B", sizes[b.kind])
            pdf.multi_cell(0, 7, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b.kind == "table":
            pdf.set_font("DejaVu", "", 9)
            _pdf_table(pdf, b.rows)
        elif b.kind == "cols":
            pdf.set_font("DejaVu", "", 10)
            _pdf_columns(pdf, b.rows)
        else:
            pdf.set_font("DejaVu", "", 10)
            text = ("• " + b.text) if b.kind == "li" else b.text
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


# --- Scans ---------------------------------------------------------------------------------


def scan_image(text: str, fmt: str = "JPEG", tilt: float = 0.0) -> bytes:
    """A 'photographed' or scanned page at 200 dpi: the text exists only as pixels (~11.5 pt)."""
    lines: list[str] = []
    for para in text.strip().split("\n"):
        words = para.split()
        line = ""
        for w in words:
            if len(line) + len(w) + 1 > 80:
                lines.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        lines.append(line)
    img = Image.new("L", (1654, max(2339, 180 + 44 * len(lines))), color=246)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 32)
    for i, line in enumerate(lines):
        draw.text((110, 120 + 44 * i), line, fill=25, font=font)
    if tilt:
        img = img.rotate(tilt, fillcolor=246)
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(buf, format=fmt, quality=80)
    else:
        img.save(buf, format=fmt)
    return buf.getvalue()


def scan_pdf(pages: list[str]) -> bytes:
    """An image-only PDF (no text layer), one scanned page per entry."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    for page in pages:
        pdf.add_page()
        pdf.image(io.BytesIO(scan_image(page, "JPEG", 0.4)), x=0, y=0, w=210)
    return bytes(pdf.output())


# --- Zip based formats ---------------------------------------------------------------------

_DATE_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _DATE_RE.sub(b"2026-11-02T09:00:00Z", body)
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            dst.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), body, compress_type=method)
    return out.getvalue()


def to_docx(markup: str) -> bytes:
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = ""
    for b in parse(markup):
        if b.kind == "h1":
            d.add_heading(b.text, level=1)
        elif b.kind == "h2":
            d.add_heading(b.text, level=2)
        elif b.kind == "li":
            d.add_paragraph(b.text, style="List Bullet")
        elif b.kind in ("table", "cols"):
            t = d.add_table(rows=len(b.rows), cols=max(len(r) for r in b.rows))
            t.style = "Table Grid"
            for i, r in enumerate(b.rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
        else:
            d.add_paragraph(b.text)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def to_xlsx(sheets: dict[str, list[list[str]]]) -> bytes:
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = name
        first = False
        for r in rows:
            ws.append(r)
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


def _odt_body(markup: str) -> str:
    parts: list[str] = []
    for b in parse(markup):
        t = xml_escape(b.text)
        if b.kind in ("h1", "h2"):
            lvl = b.kind[1]
            parts.append(f'<text:h text:outline-level="{lvl}">{t}</text:h>')
        elif b.kind == "li":
            parts.append(
                f"<text:list><text:list-item><text:p>{t}</text:p></text:list-item></text:list>"
            )
        elif b.kind in ("table", "cols"):
            cols = max(len(r) for r in b.rows)
            rows = "".join(
                "<table:table-row>"
                + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{xml_escape(c)}'
                    "</text:p></table:table-cell>"
                    for c in r
                )
                + "</table:table-row>"
                for r in b.rows
            )
            parts.append(
                f'<table:table table:name="T{len(parts)}"><table:table-column '
                f'table:number-columns-repeated="{cols}"/>{rows}</table:table>'
            )
        else:
            parts.append(f"<text:p>{t}</text:p>")
    return "".join(parts)


def to_odt(markup: str) -> bytes:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
        f'office:version="1.2"><office:body><office:text>{_odt_body(markup)}'
        "</office:text></office:body></office:document-content>"
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {ns} manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", ZIP_TIME), "application/vnd.oasis.opendocument.text")
        for name, body in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            z.writestr(info, body.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch)}?")
        else:
            out.append(ch)
    return "".join(out)


def to_rtf(markup: str) -> bytes:
    out = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22"]
    for b in parse(markup):
        if b.kind in ("table", "cols"):
            for r in b.rows:
                out.append(r"\pard " + _rtf_escape("\t".join(r)) + r"\par")
        elif b.kind in ("h1", "h2"):
            out.append(r"\pard\b\fs26 " + _rtf_escape(b.text) + r"\b0\fs22\par")
        elif b.kind == "li":
            out.append(r"\pard\li360 \bullet  " + _rtf_escape(b.text) + r"\par")
        else:
            out.append(r"\pard " + _rtf_escape(b.text) + r"\par")
    out.append("}")
    return "\n".join(out).encode("ascii")


def to_html(markup: str, title: str = "") -> str:
    body: list[str] = []
    for b in parse(markup):
        if b.kind == "h1":
            body.append(f"<h2>{escape(b.text)}</h2>")
        elif b.kind == "h2":
            body.append(f"<h3>{escape(b.text)}</h3>")
        elif b.kind == "li":
            body.append(f"<ul><li>{escape(b.text)}</li></ul>")
        elif b.kind in ("table", "cols"):
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b.rows
            )
            body.append(f'<table border="1" cellpadding="4">{rows}</table>')
        else:
            body.append(f"<p>{escape(b.text)}</p>")
    head = f"<title>{escape(title)}</title>" if title else ""
    return (
        f'<html><head><meta charset="utf-8">{head}</head>'
        f'<body style="font-family:Calibri,Arial">{"".join(body)}</body></html>'
    )


def html_from_text(text: str) -> str:
    """A mail written in a webmail editor: every paragraph a <p>, hard breaks as <br>."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(escape(line) for line in p.splitlines()) + "</p>" for p in paras
    )
    return (
        '<html><head><meta charset="utf-8"></head>'
        f'<body style="font-family:Arial,sans-serif">{body}</body></html>'
    )


def to_zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in files.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            z.writestr(info, body, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], sep: str = ";") -> bytes:
    """A spreadsheet export as Norwegian Excel writes it: semicolons, CRLF, UTF-8 with BOM."""
    return ("\ufeff" + "".join(sep.join(r) + "\r\n" for r in rows)).encode("utf-8")


def quoted(text: str) -> str:
    """A mail quoted below a reply or an inline forward."""
    return "".join(("> " + line if line else ">") + "\n" for line in text.splitlines())


def vcard(name: str, org: str, title: str, phone: str, email: str) -> bytes:
    first, _, last = name.rpartition(" ")
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{last};{first};;;\r\nFN:{name}\r\nORG:{org}\r\nTITLE:{title}\r\n"
        f"TEL;TYPE=WORK,VOICE:{phone}\r\nEMAIL;TYPE=INTERNET:{email}\r\nEND:VCARD\r\n"
    ).encode()


def when(month: int, day: int, hour: int, minute: int) -> str:
    """An RFC 5322 date in Norwegian time (CET in November and December)."""
    return format_datetime(datetime(2026, month, day, hour, minute, 17, tzinfo=CET))


def date_id(date: str) -> str:
    return parsedate_to_datetime(date).strftime("%Y%m%d%H%M%S")


@dataclass(frozen=True)
class Label:
    """The ground truth of one case; outcome and parts follow from ``missing``."""

    language: str
    shapes: tuple[str, ...]
    encrypt: str
    is_request: bool
    processor: str
    note: str
    missing: tuple[int, ...] = ()

    @property
    def outcome(self) -> str:
        if not self.is_request:
            return "needs_review"
        return "incomplete" if self.missing else "registered"


# --- Messages ------------------------------------------------------------------------------

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "rtf": ("application", "rtf"),
    "zip": ("application", "zip"),
    "jpg": ("image", "jpeg"),
    "png": ("image", "png"),
    "vcf": ("text", "vcard"),
    "txt": ("text", "plain"),
    "html": ("text", "html"),
    "csv": ("text", "csv"),
}

Attachment = tuple[str, bytes]


def message(
    cid: str,
    sender: str,
    subject: str,
    date: str,
    body: str | None = None,
    html: str | None = None,
    attachments: list[Attachment] | None = None,
    *,
    to: str = "postkasse@datatilsynet.no",
    cc: str | None = None,
    forwarded: tuple[str, EmailMessage] | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """One message with fixed Message-ID and boundaries."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = f"<{date_id(date)}.{cid}.blind40@{domain}>"
    msg["MIME-Version"] = "1.0"
    for key, value in (headers or {}).items():
        msg[key] = value
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    for name, data in attachments or []:
        maintype, subtype = MIME[name.rsplit(".", 1)[1].lower()]
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if forwarded is not None:
        msg.add_attachment(forwarded[1], disposition="attachment", filename=forwarded[0])
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_blind40_{cid}_{n}")
    return msg
