# ruff: noqa: E501
# mypy: ignore-errors
"""Helpers that render attachments and messages for the blind4 corpus (deterministic)."""

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = (2026, 1, 1, 0, 0, 0)


def pdf(blocks: list, title: str = "") -> bytes:
    """blocks: str paragraphs, ('h', text) headings, ('t', rows) tables (first row = header)."""
    p = FPDF()
    p.set_creation_date(datetime(2026, 11, 1, tzinfo=UTC))
    p.add_font("D", "", FONT)
    p.add_font("D", "B", FONTB)
    p.add_page()
    p.set_auto_page_break(True, 15)
    if title:
        p.set_font("D", "B", 15)
        p.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            p.set_font("D", "B", 12)
            p.ln(2)
            p.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT")
        elif isinstance(b, tuple) and b[0] == "t":
            p.set_font("D", "", 9)
            with p.table(first_row_as_headings=True) as t:
                for row in b[1]:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            p.ln(2)
        else:
            p.set_font("D", "", 10)
            p.multi_cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
    return bytes(p.output())


def docx(  # noqa: C901
    blocks: list, header: str = "", header_table: list | None = None
) -> bytes:
    d = Document()
    d.core_properties.created = datetime(2026, 11, 1)
    d.core_properties.modified = datetime(2026, 11, 1)
    if header or header_table:
        h = d.sections[0].header
        if header:
            h.paragraphs[0].text = header
        if header_table:
            t = h.add_table(rows=0, cols=len(header_table[0]), width=d.sections[0].page_width)
            for row in header_table:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif isinstance(b, tuple) and b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
        else:
            d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    return _norm_zip(buf.getvalue())


def xlsx(sheets: dict) -> bytes:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    wb.properties.created = datetime(2026, 11, 1)
    wb.properties.modified = datetime(2026, 11, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return _norm_zip(buf.getvalue())


def _norm_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data_i = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data_i = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2026-11-01T00:00:00Z",
                    data_i,
                )
            z.writestr(zi, data_i)
    return out.getvalue()


def zipf(files: list) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def odt(blocks: list) -> bytes:
    body = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            body.append(f'<text:h text:outline-level="1">{_esc(b[1])}</text:h>')
        elif isinstance(b, tuple) and b[0] == "t":
            rows = b[1]
            x = [
                f'<table:table table:name="T{len(body)}"><table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
            ]
            for row in rows:
                x.append(
                    "<table:table-row>"
                    + "".join(
                        f'<table:table-cell office:value-type="string"><text:p>{_esc(str(c))}</text:p></table:table-cell>'
                        for c in row
                    )
                    + "</table:table-row>"
                )
            x.append("</table:table>")
            body.append("".join(x))
        else:
            body.append(f"<text:p>{_esc(b)}</text:p>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", FIXED)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for n, d in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(n, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return out.getvalue()


def vcf(name: str, org: str, title: str, tel: str, email: str) -> bytes:
    last, first = name.split(" ", 1)[-1], name.split(" ", 1)[0]
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{last};{first};;;\r\nFN:{name}\r\nORG:{org}\r\nTITLE:{title}\r\n"
        f"TEL;TYPE=WORK,VOICE:{tel}\r\nEMAIL;TYPE=INTERNET:{email}\r\nEND:VCARD\r\n"
    ).encode()


def _page(lines: list[str], skew: float = 0.6) -> Image.Image:
    img = Image.new("L", (1240, 1754), 246)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 26)
    fb = ImageFont.truetype(FONTB, 32)
    y = 120
    for ln in lines:
        if ln.startswith("#"):
            dr.text((110, y), ln[1:].strip(), fill=25, font=fb)
            y += 56
        else:
            dr.text((110, y), ln, fill=40, font=f)
            y += 40
    return img.rotate(skew, fillcolor=240, resample=Image.BICUBIC)


def scan_jpeg(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    _page(lines).convert("RGB").save(buf, "JPEG", quality=70)
    return buf.getvalue()


def scan_pdf(lines: list[str]) -> bytes:
    buf = io.BytesIO()
    _page(lines, -0.4).convert("RGB").save(
        buf,
        "PDF",
        resolution=150.0,
        creationDate=time.gmtime(1794657600),
        modDate=time.gmtime(1794657600),
    )
    return buf.getvalue()


MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "zip": ("application", "zip"),
    "vcf": ("text", "vcard"),
    "jpg": ("image", "jpeg"),
    "png": ("image", "png"),
    "txt": ("text", "plain"),
}


def message(
    *,
    frm: str,
    subject: str,
    date: datetime,
    msgid: str,
    body: str,
    to: str = "postkasse@datatilsynet.no",
    html: str | None = None,
    attachments: list | None = None,
    headers: dict | None = None,
    eml_attachments: list | None = None,
) -> EmailMessage:
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, data in attachments or []:
        ext = name.rsplit(".", 1)[-1].lower()
        mt, st = MIME[ext]
        if mt == "text":
            m.add_attachment(data.decode("utf-8"), subtype=st, filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for inner in eml_attachments or []:
        m.add_attachment(inner)
    return m
