"""Renderers for the blind3 corpus: turn simple block lists into real files and messages.

A document is a list of blocks: ("h1", text), ("h2", text), ("h3", text), ("p", text),
("bullets", [text, ...]), ("table", [[cell, ...], ...]) (first row is the header), ("pagebreak",).
Everything is deterministic: fixed dates, no randomness, fixed ZIP timestamps.
"""

# ruff: noqa: E501, C901

from __future__ import annotations

import io
import re
import time
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_ZIP_TIME = (2026, 11, 2, 9, 0, 0)

# ---------------------------------------------------------------- PDF (fpdf2)


def pdf(blocks: list, title: str = "", serif: bool = False, header: str = "") -> bytes:
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:  # noqa: D401 - fpdf hook
            if header:
                self.set_font("body", size=8)
                self.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT", align="R")
                self.ln(2)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("body", size=8)
            self.cell(0, 6, f"Side {self.page_no()}", align="C")

    doc = Doc(format="A4")
    doc.set_creation_date(datetime(2026, 11, 2, tzinfo=UTC))
    base = "DejaVuSerif" if serif else "DejaVuSans"
    doc.add_font("body", "", FONT_DIR + base + ".ttf")
    doc.add_font("body", "B", FONT_DIR + base + "-Bold.ttf")
    doc.set_title(title or "dokument")
    doc.set_auto_page_break(True, 15)
    doc.add_page()
    doc.set_font("body", size=10)
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            size = {"h1": 15, "h2": 12, "h3": 10.5}[kind]
            doc.ln(3)
            doc.set_font("body", "B", size)
            doc.multi_cell(0, size * 0.55, block[1], new_x="LMARGIN", new_y="NEXT")
            doc.set_font("body", "", 10)
            doc.ln(1)
        elif kind == "p":
            doc.multi_cell(0, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            doc.ln(2)
        elif kind == "bullets":
            for item in block[1]:
                doc.multi_cell(0, 5, "\u2022 " + item, new_x="LMARGIN", new_y="NEXT")
            doc.ln(2)
        elif kind == "table":
            rows = block[1]
            with doc.table(text_align="LEFT", line_height=5) as table:
                for i, row in enumerate(rows):
                    r = table.row()
                    for cell in row:
                        if i == 0:
                            doc.set_font("body", "B", 9)
                        else:
                            doc.set_font("body", "", 9)
                        r.cell(str(cell))
            doc.set_font("body", "", 10)
            doc.ln(3)
        elif kind == "pagebreak":
            doc.add_page()
        else:
            raise ValueError(kind)
    return bytes(doc.output())


# ---------------------------------------------------------------- DOCX


def docx(blocks: list, header: str = "", header_table: list | None = None) -> bytes:
    import docx as d
    from docx.shared import Pt

    doc = d.Document()
    doc.core_properties.created = datetime(2026, 11, 2, tzinfo=UTC)
    doc.core_properties.modified = datetime(2026, 11, 2, tzinfo=UTC)
    doc.core_properties.author = ""
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    if header or header_table:
        hdr = doc.sections[0].header
        if header:
            hdr.paragraphs[0].text = header
        if header_table:
            t = hdr.add_table(rows=0, cols=len(header_table[0]), width=doc.sections[0].page_width)
            for row in header_table:
                cells = t.add_row().cells
                for c, v in zip(cells, row, strict=True):
                    c.text = str(v)
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = block[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = str(v)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    doc.save(buf)
    return _fix_zip_times(buf.getvalue())


# ---------------------------------------------------------------- XLSX


def xlsx(sheets: list[tuple[str, list[list]]]) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    wb.properties.created = datetime(2026, 11, 2)
    wb.properties.modified = datetime(2026, 11, 2)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(10, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_zip_times(buf.getvalue())


# ---------------------------------------------------------------- slides (python-pptx is not in the venv)


def slides_pdf(slides: list[tuple[str, list[str]]]) -> bytes:
    """A presentation exported to PDF: one landscape page per slide, as PowerPoint's 'Save as PDF' gives."""
    from fpdf import FPDF

    doc = FPDF(orientation="L", format=(190.5, 338.7))
    doc.set_creation_date(datetime(2026, 11, 2, tzinfo=UTC))
    doc.add_font("body", "", FONT_DIR + "DejaVuSans.ttf")
    doc.add_font("body", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    doc.set_auto_page_break(False)
    for i, (title, bullets) in enumerate(slides, start=1):
        doc.add_page()
        doc.set_fill_color(20, 60, 110)
        doc.rect(0, 0, 338.7, 28, style="F")
        doc.set_text_color(255, 255, 255)
        doc.set_font("body", "B", 24)
        doc.set_xy(15, 8)
        doc.cell(0, 12, title)
        doc.set_text_color(20, 20, 20)
        doc.set_font("body", "", 18)
        doc.set_xy(20, 45)
        for b in bullets:
            doc.set_x(20)
            doc.multi_cell(290, 10, "\u2022 " + b, new_x="LMARGIN", new_y="NEXT")
            doc.ln(3)
        doc.set_font("body", "", 10)
        doc.set_xy(300, 175)
        doc.cell(30, 8, str(i))
    return bytes(doc.output())


# ---------------------------------------------------------------- ODT (hand-written ODF)


def odt(blocks: list) -> bytes:
    body = []
    tcount = 0
    for block in blocks:
        kind = block[0]
        if kind in ("h1", "h2", "h3"):
            body.append(f'<text:h text:outline-level="{kind[1]}">{escape(block[1])}</text:h>')
        elif kind == "p":
            body.append(f"<text:p>{escape(block[1])}</text:p>")
        elif kind == "bullets":
            items = "".join(
                f"<text:list-item><text:p>{escape(i)}</text:p></text:list-item>" for i in block[1]
            )
            body.append(f"<text:list>{items}</text:list>")
        elif kind == "table":
            tcount += 1
            rows = block[1]
            cols = "".join("<table:table-column/>" for _ in rows[0])
            trs = "".join(
                "<table:table-row>"
                + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{escape(str(c))}</text:p></table:table-cell>'
                    for c in row
                )
                + "</table:table-row>"
                for row in rows
            )
            body.append(f'<table:table table:name="Tabell{tcount}">{cols}{trs}</table:table>')
        elif kind == "pagebreak":
            continue
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            zipfile.ZipInfo("mimetype", FIXED_ZIP_TIME),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            z.writestr(
                zipfile.ZipInfo(name, FIXED_ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED
            )
    return buf.getvalue()


# ---------------------------------------------------------------- vCard, ZIP, scans


def vcard(fn: str, org: str, title: str, tel: str, email: str, role: str = "") -> bytes:
    family, _, given = fn.rpartition(" ")[2], None, fn.rpartition(" ")[0]
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{family};{given};;;",
        f"FN:{fn}",
        f"ORG:{org}",
        f"TITLE:{title}",
    ]
    if role:
        lines.append(f"ROLE:{role}")
    lines += [f"TEL;TYPE=WORK,VOICE:{tel}", f"EMAIL;TYPE=INTERNET,WORK:{email}", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def zip_of(files: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            z.writestr(
                zipfile.ZipInfo(name, FIXED_ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED
            )
    return buf.getvalue()


def _fix_zip_times(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed member timestamps so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            member = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                member = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>2026-11-02T09:00:00Z\g<3>",
                    member,
                )
            z.writestr(
                zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME),
                member,
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return buf.getvalue()


def _scan_image(lines: list[str], signature: str = "", stamp: str = ""):
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    w, h = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (w, h), 246)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 24)
    bold = ImageFont.truetype(FONT_DIR + "DejaVuSerif-Bold.ttf", 30)
    y = 120
    for i, line in enumerate(lines):
        f = bold if i == 0 else font
        draw.text((110, y), line, fill=30, font=f)
        y += 46 if i == 0 else 34
    if signature:
        y += 40
        # a hand-drawn looking scribble for the signature
        pts = [
            (140 + k * 9, y + (18 if k % 3 == 0 else -12 if k % 3 == 1 else 4)) for k in range(30)
        ]
        draw.line(pts, fill=20, width=3)
        draw.text((140, y + 40), signature, fill=30, font=font)
    if stamp:
        draw.rectangle((800, 1450, 1120, 1560), outline=90, width=4)
        draw.text((825, 1485), stamp, fill=90, font=font)
    img = img.rotate(0.7, fillcolor=246, expand=False).filter(ImageFilter.GaussianBlur(0.6))
    return img


def scan_jpeg(lines: list[str], signature: str = "", stamp: str = "") -> bytes:
    buf = io.BytesIO()
    _scan_image(lines, signature, stamp).save(buf, "JPEG", quality=70)
    return buf.getvalue()


def scan_pdf(pages: list[list[str]], signature: str = "", stamp: str = "") -> bytes:
    imgs = [
        _scan_image(
            p, signature if i == len(pages) - 1 else "", stamp if i == len(pages) - 1 else ""
        )
        for i, p in enumerate(pages)
    ]
    buf = io.BytesIO()
    imgs[0].convert("RGB").save(
        buf,
        "PDF",
        resolution=150.0,
        save_all=True,
        append_images=[i.convert("RGB") for i in imgs[1:]],
        creationDate=time.gmtime(1793610000),
        modDate=time.gmtime(1793610000),
    )
    return buf.getvalue()


# ---------------------------------------------------------------- messages

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "vcf": ("text", "vcard"),
    "zip": ("application", "zip"),
    "jpg": ("image", "jpeg"),
    "png": ("image", "png"),
    "txt": ("text", "plain"),
}

TZ = timezone(timedelta(hours=1))


def message(
    *,
    sender: str,
    subject: str,
    date: tuple,
    body: str,
    attachments: list[tuple[str, bytes]] = (),
    html: str | None = None,
    html_only: bool = False,
    to: str = "Datatilsynet <postkasse@datatilsynet.no>",
    cc: str | None = None,
    extra_headers: list[tuple[str, str]] = (),
    msgid_domain: str = "example.no",
    attached_eml: list[tuple[str, EmailMessage]] = (),
) -> EmailMessage:
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(*date, tzinfo=TZ))
    m["Message-ID"] = (
        f"<{hash_text(subject + sender + repr(date)):x}.{date[1]:02d}{date[2]:02d}@{msgid_domain}>"
    )
    for k, v in extra_headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html_only:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    for name, data in attachments:
        ext = name.rsplit(".", 1)[-1].lower()
        maintype, subtype = MIME.get(ext, ("application", "octet-stream"))
        if maintype == "text":
            m.add_attachment(data.decode("utf-8"), subtype=subtype, filename=name)
        else:
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for name, inner in attached_eml:
        m.add_attachment(inner, filename=name)
    return m


def hash_text(s: str) -> int:
    import hashlib

    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:16], 16)


def to_bytes(m: EmailMessage) -> bytes:
    return m.as_bytes(policy=policy.SMTP)
