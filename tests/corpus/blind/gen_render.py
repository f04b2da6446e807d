# -*- coding: utf-8 -*-
"""Renderers: a document is a list of blocks
("h", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [[cells]...]) ("sig", text)."""

import io, zipfile, html, random, datetime

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FIXED = (2026, 11, 2, 9, 0, 0)


def normalize_zip(data):
    """Rewrite a zip with fixed timestamps so output is deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def to_text(blocks, width=None):
    out = []
    for kind, val in blocks:
        if kind in ("h", "h2"):
            out.append("")
            out.append(val)
            if kind == "h":
                out.append("-" * min(len(val), 60))
        elif kind == "p" or kind == "sig":
            out.append(val)
        elif kind == "ul":
            out.extend("- " + x for x in val)
        elif kind == "table":
            for row in val:
                out.append(" | ".join(row))
        out.append("") if kind in ("p", "ul", "table") else None
    return "\n".join(out).strip() + "\n"


def to_html(blocks, title=None):
    h = ['<html><head><meta charset="utf-8">']
    if title:
        h.append("<title>%s</title>" % html.escape(title))
    h.append("</head><body>")
    for kind, val in blocks:
        if kind == "h":
            h.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "h2":
            h.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            h.append("<p>%s</p>" % html.escape(val).replace("\n", "<br>"))
        elif kind == "sig":
            h.append('<p style="color:#555">%s</p>' % html.escape(val).replace("\n", "<br>"))
        elif kind == "ul":
            h.append("<ul>" + "".join("<li>%s</li>" % html.escape(x) for x in val) + "</ul>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append(
                    "<tr>"
                    + "".join("<%s>%s</%s>" % (tag, html.escape(c), tag) for c in r)
                    + "</tr>"
                )
            h.append(
                '<table border="1" cellpadding="4" style="border-collapse:collapse">'
                + "".join(rows)
                + "</table>"
            )
    h.append("</body></html>")
    return "\n".join(h)


def to_docx(blocks, core_title=""):
    import docx

    d = docx.Document()
    d.core_properties.title = core_title
    d.core_properties.author = ""
    d.core_properties.created = datetime.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    d.core_properties.last_modified_by = ""
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind in ("p", "sig"):
            d.add_paragraph(val)
        elif kind == "ul":
            for x in val:
                d.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def to_pdf(blocks, serif=False):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.add_font("D", "", FONTS if serif else FONT)
    pdf.add_font("D", "B", FONTB)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_margins(20, 18, 20)
    pdf.set_x(20)
    for kind, val in blocks:
        if kind in ("h", "h2"):
            pdf.set_font("D", "B", 13 if kind == "h" else 11)
            pdf.ln(3)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind in ("p", "sig"):
            pdf.set_font("D", "", 10)
            pdf.multi_cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("D", "", 10)
            for x in val:
                pdf.multi_cell(0, 5.2, "\u2022 " + x, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("D", "", 8.5)
            with pdf.table(first_row_as_headings=True, line_height=4.6) as t:
                for r in val:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    return bytes(pdf.output())


def _odt_esc(s):
    return html.escape(s, quote=False)


def to_odt(blocks):
    body = []
    for kind, val in blocks:
        if kind in ("h", "h2"):
            body.append(
                '<text:h text:outline-level="%d">%s</text:h>'
                % (1 if kind == "h" else 2, _odt_esc(val))
            )
        elif kind in ("p", "sig"):
            for line in val.split("\n"):
                body.append("<text:p>%s</text:p>" % _odt_esc(line))
        elif kind == "ul":
            body.append(
                "<text:list>"
                + "".join(
                    "<text:list-item><text:p>%s</text:p></text:list-item>" % _odt_esc(x)
                    for x in val
                )
                + "</text:list>"
            )
        elif kind == "table":
            n = len(val[0])
            t = [
                '<table:table table:name="T%d">' % len(body),
                '<table:table-column table:number-columns-repeated="%d"/>' % n,
            ]
            for r in val:
                t.append(
                    "<table:table-row>"
                    + "".join(
                        '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
                        % _odt_esc(c)
                        for c in r
                    )
                    + "</table:table-row>"
                )
            t.append("</table:table>")
            body.append("".join(t))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        "<office:body><office:text>"
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", FIXED)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


def _rtf_esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            c = ord(ch)
            o.append("\\u%d?" % (c if c < 32768 else c - 65536))
        elif ch == "\n":
            o.append("\\line ")
        else:
            o.append(ch)
    return "".join(o)


def to_rtf(blocks):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}\fs22 "]
    for kind, val in blocks:
        if kind in ("h", "h2"):
            o.append(
                r"{\pard\sb200\sa100\b\fs%d %s\par}" % (28 if kind == "h" else 24, _rtf_esc(val))
            )
        elif kind in ("p", "sig"):
            o.append(r"{\pard\sa120 %s\par}" % _rtf_esc(val))
        elif kind == "ul":
            for x in val:
                o.append(r"{\pard\li360\sa60 \bullet  %s\par}" % _rtf_esc(x))
        elif kind == "table":
            n = len(val[0])
            w = 9000 // n
            for r in val:
                o.append(
                    r"\trowd\trgaph100"
                    + "".join(
                        r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx%d"
                        % (w * (i + 1))
                        for i in range(n)
                    )
                )
                o.append("".join(r"\pard\intbl %s\cell" % _rtf_esc(c) for c in r) + r"\row")
            o.append(r"\pard\par")
    o.append("}")
    return "".join(o).encode("ascii")


def to_xlsx(sheets):
    """sheets: list of (title, rows)"""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.created = datetime.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.modified = datetime.datetime(2026, 11, 2, 9, 0, 0)
    wb.properties.creator = "Excel"
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for col in "ABCDEFG":
            ws.column_dimensions[col].width = 34
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def blocks_to_lines(blocks, width=88):
    import textwrap

    lines = []
    for kind, val in blocks:
        if kind in ("h", "h2"):
            lines.append(("", ""))
            for l in textwrap.wrap(val, int(width * 0.8)):
                lines.append(("b", l))
        elif kind in ("p", "sig"):
            for para in val.split("\n"):
                for l in textwrap.wrap(para, width) or [""]:
                    lines.append(("", l))
            lines.append(("", ""))
        elif kind == "ul":
            for x in val:
                for i, l in enumerate(textwrap.wrap(x, width - 3)):
                    lines.append(("", ("•  " if i == 0 else "   ") + l))
            lines.append(("", ""))
        elif kind == "table":
            for r in val:
                txt = "  |  ".join(r)
                for l in textwrap.wrap(txt, width):
                    lines.append(("", l))
                lines.append(("", "-" * 60))
            lines.append(("", ""))
    return lines


def render_pages(blocks, seed, dpi=200, signature=None, photo=False):
    """Render blocks as page images (PIL, mode L) imitating a scan."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    rnd = random.Random(seed)
    scale = dpi / 200.0
    W, H = int(1654 * scale), int(2339 * scale)
    fs = int(29 * scale)
    f = ImageFont.truetype(FONTS, fs)
    fb = ImageFont.truetype(FONTB, int(fs * 1.1))
    lines = blocks_to_lines(blocks)
    per_page = int((H - 360 * scale) // (fs * 1.45))
    pages = []
    for start in range(0, max(1, len(lines)), per_page):
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        y = int(170 * scale)
        for style, l in lines[start : start + per_page]:
            d.text(
                (int(170 * scale), y), l, fill=rnd.randint(20, 50), font=fb if style == "b" else f
            )
            y += int(fs * 1.45)
        pages.append(img)
    if signature:
        d = ImageDraw.Draw(pages[-1])
        x0, y0 = int(200 * scale), int(H - 330 * scale)
        pts = [
            (x0 + i * 9 * scale, y0 + 30 * scale * __import__("math").sin(i / 2.3 + rnd.random()))
            for i in range(40)
        ]
        d.line(pts, fill=30, width=max(2, int(3 * scale)))
        d.text((x0, y0 + int(60 * scale)), signature, fill=40, font=f)
    out = []
    for img in pages:
        noise = Image.frombytes("L", (W, H), rnd.randbytes(W * H)).point(
            lambda v: 255 if v > 40 else 150
        )
        img = Image.blend(img, noise.convert("L"), 0.06)
        img = img.rotate(
            rnd.uniform(-1.2, 1.2),
            resample=Image.BICUBIC,
            expand=False,
            fillcolor=235 if not photo else 120,
        )
        if photo:
            img = img.filter(ImageFilter.GaussianBlur(0.6))
        out.append(img)
    return out


def images_to_pdf(imgs, quality=55):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
    for img in imgs:
        b = io.BytesIO()
        img.save(b, "JPEG", quality=quality)
        b.seek(0)
        pdf.add_page()
        pdf.image(b, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


def image_bytes(img, fmt):
    b = io.BytesIO()
    if fmt == "PNG":
        img = img.quantize(16)
        img.save(b, "PNG", optimize=True)
    else:
        img.save(b, "JPEG", quality=60)
    return b.getvalue()
