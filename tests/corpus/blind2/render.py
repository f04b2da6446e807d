"""Builders for the second blind corpus: mail messages and the files attached to them.

Every builder is deterministic: fixed dates inside documents and archives, no randomness
except from the seeded ``random.Random`` passed in by the caller.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

Case = tuple[dict[str, Any], EmailMessage]

FIXED_DT = dt.datetime(2026, 11, 2, 9, 0, 0)
FIXED_ZIP_DATE = (2026, 11, 2, 9, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# A block is a tuple: ("h1"|"h2"|"p"|"li"|"table"|"pagebreak", payload)
Block = tuple[str, Any]


# ---------------------------------------------------------------- archives


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx/xlsx/pptx/odt) with fixed timestamps so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified whatever the properties say
                blob = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>2026-11-02T09:00:00Z\g<2>",
                    blob,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def zip_of(files: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF


def _pdf_fonts(pdf: Any) -> str:
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        return "DV"
    return "Helvetica"


def _pdf_table(pdf: Any, fam: str, rows: list[list[str]], *, header: bool) -> None:
    pdf.set_font(fam, "", 9 if header else 10)
    widths = None if header else (35, 65)
    with pdf.table(
        first_row_as_headings=header, line_height=5 if header else 6, col_widths=widths
    ) as table:
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(str(cell))
    pdf.ln(3)


def _pdf_block(pdf: Any, fam: str, kind: str, payload: Any) -> None:
    # (font style, size, line height, space before, space after) for text blocks
    text_styles = {
        "title": ("B", 16, 8, 0, 3),
        "h1": ("B", 13, 7, 2, 1),
        "h2": ("B", 11, 6, 0, 0),
        "p": ("", 10, 5, 0, 2),
    }
    if kind in text_styles:
        style, size, height, before, after = text_styles[kind]
        pdf.ln(before)
        pdf.set_font(fam, style, size)
        pdf.multi_cell(0, height, payload, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)
    elif kind == "li":
        pdf.set_font(fam, "", 10)
        for item in payload:
            pdf.multi_cell(0, 5, "\u2022 " + item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind in ("table", "table_noheader"):
        _pdf_table(pdf, fam, payload, header=kind == "table")
    elif kind == "pagebreak":
        pdf.add_page()
    else:
        raise ValueError(kind)


def pdf_doc(
    blocks: list[Block], *, title: str = "", footer: str = "", serif: bool = False
) -> bytes:
    """A word-processor-like PDF with headings, paragraphs, bullet lists and real tables."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(title or "Dokument")
    pdf.set_author("")
    pdf.set_creator("Microsoft Word" if not serif else "LibreOffice Writer")
    fam = _pdf_fonts(pdf)
    if footer:

        def _footer(self: Any = pdf) -> None:
            self.set_y(-12)
            self.set_font(fam, "I", 8)
            self.cell(0, 6, f"{footer}   side {self.page_no()}", align="C")

        pdf.footer = _footer  # type: ignore[method-assign]
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_left_margin(20)
    pdf.set_right_margin(20)
    for kind, payload in blocks:
        _pdf_block(pdf, fam, kind, payload)
    return bytes(pdf.output())


# ---------------------------------------------------------------- DOCX


def _docx_header(section: Any, header: list[list[str]] | str | None) -> None:
    from docx.shared import Cm

    if isinstance(header, str):
        section.header.paragraphs[0].text = header
    elif header:
        tbl = section.header.add_table(rows=len(header), cols=len(header[0]), width=Cm(16))
        for i, row in enumerate(header):
            for j, cell in enumerate(row):
                tbl.cell(i, j).text = cell


def _docx_block(d: Any, kind: str, payload: Any) -> None:
    headings = {"title": 0, "h1": 1, "h2": 2}
    if kind in headings:
        d.add_heading(payload, level=headings[kind])
    elif kind == "p":
        d.add_paragraph(payload)
    elif kind == "bold":
        d.add_paragraph().add_run(payload).bold = True
    elif kind == "li":
        for item in payload:
            d.add_paragraph(item, style="List Bullet")
    elif kind in ("table", "table_noheader"):
        t = d.add_table(rows=len(payload), cols=len(payload[0]))
        t.style = "Table Grid"
        for i, row in enumerate(payload):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
        d.add_paragraph("")
    elif kind == "pagebreak":
        d.add_page_break()
    else:
        raise ValueError(kind)


def docx_doc(
    blocks: list[Block], *, header: list[list[str]] | str | None = None, footer: str = ""
) -> bytes:
    """A DOCX with headings, paragraphs, bullets and tables; header may hold text or a table."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = ""
    cp.author = ""
    section = d.sections[0]
    _docx_header(section, header)
    if footer:
        section.footer.paragraphs[0].text = footer
    for kind, payload in blocks:
        _docx_block(d, kind, payload)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX


def xlsx_book(sheets: list[tuple[str, list[list[Any]]]]) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = ""
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for row in rows:
            ws.append(row)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(10, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- slides
# python-pptx is not in the venv: decks are slides exported to PDF.


def slides_pdf(slides: list[tuple[str, list[str]]], *, deck_title: str = "Presentasjon") -> bytes:
    """A slide deck exported to PDF: one landscape page per slide, big title, bullets."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title(deck_title)
    pdf.set_creator("Microsoft PowerPoint")
    fam = _pdf_fonts(pdf)
    pdf.set_auto_page_break(False)
    for i, (title, bullets) in enumerate(slides):
        pdf.add_page()
        pdf.set_fill_color(20, 60, 110)
        pdf.rect(0, 0, 297, 8, style="F")
        if i == 0 and not bullets:
            pdf.set_y(80)
            pdf.set_font(fam, "B", 28)
            pdf.multi_cell(0, 14, title, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_xy(20, 20)
        pdf.set_font(fam, "B", 24)
        pdf.multi_cell(257, 12, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font(fam, "", 17)
        for b in bullets:
            pdf.set_x(28)
            pdf.multi_cell(240, 9, "\u2022  " + b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.set_xy(250, 195)
        pdf.set_font(fam, "", 10)
        pdf.cell(30, 6, str(i + 1))
    return bytes(pdf.output())


# ---------------------------------------------------------------- ODT (by hand)


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def odt_doc(blocks: list[Block]) -> bytes:
    body: list[str] = []
    for kind, payload in blocks:
        if kind in ("title", "h1"):
            body.append(f'<text:h text:outline-level="1">{_x(payload)}</text:h>')
        elif kind == "h2":
            body.append(f'<text:h text:outline-level="2">{_x(payload)}</text:h>')
        elif kind in ("p", "bold"):
            body.append(f"<text:p>{_x(payload)}</text:p>")
        elif kind == "li":
            items = "".join(
                f"<text:list-item><text:p>{_x(i)}</text:p></text:list-item>" for i in payload
            )
            body.append(f"<text:list>{items}</text:list>")
        elif kind in ("table", "table_noheader"):
            ncol = len(payload[0])
            rows = "".join(
                "<table:table-row>"
                + "".join(
                    f"<table:table-cell><text:p>{_x(str(c))}</text:p></table:table-cell>"
                    for c in row
                )
                + "</table:table-row>"
                for row in payload
            )
            body.append(
                f'<table:table table:name="T{len(body)}">'
                f'<table:table-column table:number-columns-repeated="{ncol}"/>'
                f"{rows}</table:table>"
            )
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return zip_of(
        [
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", content.encode("utf-8")),
            ("META-INF/manifest.xml", manifest.encode("utf-8")),
        ]
    )


# ---------------------------------------------------------------- vCard


def vcard(entries: list[dict[str, str]]) -> bytes:
    out: list[str] = []
    for e in entries:
        given, _, family = e["name"].rpartition(" ")
        out += ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{e['name']}"]
        if e.get("org"):
            out.append(f"ORG:{e['org']}")
        if e.get("title"):
            out.append(f"TITLE:{e['title']}")
        if e.get("tel"):
            out.append(f"TEL;TYPE=WORK,VOICE:{e['tel']}")
        if e.get("cell"):
            out.append(f"TEL;TYPE=CELL:{e['cell']}")
        if e.get("email"):
            out.append(f"EMAIL;TYPE=INTERNET:{e['email']}")
        if e.get("note"):
            out.append(f"NOTE:{e['note']}")
        out.append("END:VCARD")
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- scans


def _scan_image(lines: list[str], seed: int, signature: bool = True) -> Any:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(seed)
    w, h = 1240, 1754  # A4 at 150 dpi
    img = Image.new("L", (w, h), 246)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 26)
        bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 30)
    except OSError:
        font = bold = ImageFont.load_default()
    y = 120
    for line in lines:
        if line.startswith("# "):
            draw.text((110, y), line[2:], fill=20, font=bold)
            y += 52
        elif line == "":
            y += 22
        else:
            draw.text((110, y), line, fill=30, font=font)
            y += 38
    if signature:
        y += 30
        pts = [(150 + i * 9, y + 20 + int(14 * rnd.uniform(-1, 1))) for i in range(40)]
        draw.line(pts, fill=25, width=3)
    for _ in range(2500):
        x, yy = rnd.randrange(w), rnd.randrange(h)
        draw.point((x, yy), fill=rnd.randrange(120, 220))
    img = img.rotate(rnd.uniform(-1.2, 1.2), fillcolor=235, resample=Image.BICUBIC)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    return img


def scan_jpeg(lines: list[str], seed: int) -> bytes:
    img = _scan_image(lines, seed).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=72)
    return buf.getvalue()


def scan_pdf(pages: list[list[str]], seed: int) -> bytes:
    """An image-only PDF, as from an office scanner: no text layer."""
    imgs = [_scan_image(p, seed + i).convert("L") for i, p in enumerate(pages)]
    buf = io.BytesIO()
    imgs[0].save(
        buf,
        "PDF",
        resolution=150.0,
        save_all=True,
        append_images=imgs[1:],
        creationDate=FIXED_DT.timetuple(),
        modDate=FIXED_DT.timetuple(),
        producer="KONICA MINOLTA bizhub",
        title="Skann",
    )
    return buf.getvalue()


# ---------------------------------------------------------------- mail

MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "pptx": ("application", "vnd.openxmlformats-officedocument.presentationml.presentation"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "zip": ("application", "zip"),
    "vcf": ("text", "vcard"),
    "jpg": ("image", "jpeg"),
    "png": ("image", "png"),
    "txt": ("text", "plain"),
}

Attachment = tuple[str, bytes] | tuple[str, EmailMessage]


def mail(
    *,
    frm: str,
    subject: str,
    body: str,
    date: dt.datetime,
    msgid: str,
    to: str = "Datatilsynet <postkasse@datatilsynet.no>",
    cc: str | None = None,
    html: str | None = None,
    html_only: bool = False,
    attachments: list[Any] | None = None,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html_only:
        m.set_content(html or body, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    for att in attachments or []:
        name, blob = att
        if isinstance(blob, EmailMessage):
            m.add_attachment(blob)
            part = m.get_payload()[-1]
            part.replace_header("Content-Disposition", f'attachment; filename="{name}"')
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        maintype, subtype = MIME.get(ext, ("application", "octet-stream"))
        if maintype == "text":
            m.add_attachment(blob.decode("utf-8"), subtype=subtype, filename=name)
        else:
            m.add_attachment(blob, maintype=maintype, subtype=subtype, filename=name)
    return m


# ---------------------------------------------------------------- case metadata

OSLO = dt.timezone(dt.timedelta(hours=1))


def when(month: int, day: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, tzinfo=OSLO)


def meta(
    cid: str,
    language: str,
    shapes: list[str],
    *,
    encrypt: str = "none",
    request: bool = True,
    processor: str = "unspecified",
    missing: tuple[int, ...] = (),
    present: tuple[int, ...] = (),
    note: str,
) -> dict[str, Any]:
    """Label for one case. Non-requests: every part missing unless listed in ``present``."""
    if request:
        parts = {i: "missing" if i in missing else "present" for i in range(1, 6)}
    else:
        parts = {i: "present" if i in present else "missing" for i in range(1, 6)}
    return {
        "id": cid,
        "language": language,
        "shapes": shapes,
        "encrypt": encrypt,
        "is_request": request,
        "processor": processor,
        "parts": parts,
        "note": note,
    }
