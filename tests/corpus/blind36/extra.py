"""Renderers blind35 added to the kit (copied here): slides, signed pages; blind36 adds form PDFs.

All output is deterministic: fixed creation dates, a seeded random generator for scan noise.
"""

from __future__ import annotations

import io
import random

from fpdf import FPDF
from kit import FIXED, FONT_DIR
from PIL import Image, ImageDraw, ImageFont

Slide = tuple[str, list[str]]


def to_slides(slides: list[Slide], footer: str = "") -> bytes:
    """A presentation saved as PDF: one landscape page per slide, a title and bullet points."""
    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    for n, (title, points) in enumerate(slides, start=1):
        pdf.add_page()
        pdf.set_fill_color(0, 92, 75)
        pdf.rect(0, 0, 297, 24, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 20)
        pdf.set_xy(14, 6)
        pdf.cell(0, 12, title)
        pdf.set_text_color(20, 20, 20)
        pdf.set_xy(18, 34)
        size = 15 if sum(len(p) for p in points) < 700 else 12
        for point in points:
            pdf.set_font("DejaVu", "", size)
            sub = point.startswith("  ")
            pdf.set_x(30 if sub else 18)
            mark = "–  " if sub else "•  "
            pdf.multi_cell(
                250 if sub else 262,
                size * 0.5,
                mark + point.strip(),
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(2.5)
        pdf.set_font("DejaVu", "", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(14, 200)
        pdf.cell(0, 5, f"{footer}    {n}/{len(slides)}")
    return bytes(pdf.output())


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for para in text.strip("\n").split("\n"):
        line = ""
        for w in para.split():
            if len(line) + len(w) + 1 > width:
                lines.append(line)
                line = w
            else:
                line = (line + " " + w).strip()
        lines.append(line)
    return lines


def signed_page(
    text: str, signers: list[str], seed: int, fmt: str = "JPEG", tilt: float = 0.6
) -> bytes:
    """A printed page with handwritten signatures over the signer lines, scanned or photographed.

    ``text`` is the typed page; each name in ``signers`` gets a scribble above a typed line with
    the name. A seeded generator adds the noise, so two runs give the same bytes.
    """
    rng = random.Random(seed)
    lines = _wrap(text, 78)
    height = max(2339, 300 + 44 * len(lines) + 190 * len(signers))
    img = Image.new("L", (1654, height), color=244)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT_DIR + "DejaVuSerif.ttf", 32)
    y = 120
    for line in lines:
        draw.text((110, y), line, fill=28, font=font)
        y += 44
    y += 60
    for name in signers:
        x0, base = 140, y + 90
        points = [(x0, base)]
        for _ in range(14):
            x0 += rng.randint(18, 34)
            points.append((x0, base + rng.randint(-48, 22)))
        draw.line(points, fill=30, width=4, joint="curve")
        draw.line((110, base + 34, 760, base + 34), fill=60, width=2)
        draw.text((110, base + 44), name, fill=28, font=font)
        y += 190
    for _ in range(2500):  # scanner dust
        draw.point((rng.randrange(1654), rng.randrange(height)), fill=rng.randint(120, 200))
    if tilt:
        img = img.rotate(tilt, fillcolor=244)
    buf = io.BytesIO()
    if fmt == "JPEG":
        img.convert("RGB").save(buf, format="JPEG", quality=78)
    else:
        img.save(buf, format=fmt)
    return buf.getvalue()


def photo_pdf(pages: list[bytes]) -> bytes:
    """Scanned pages (JPEG bytes) bound into an image-only PDF."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    for page in pages:
        pdf.add_page()
        pdf.image(io.BytesIO(page), x=0, y=0, w=210)
    return bytes(pdf.output())


# --- blind36: printed forms ------------------------------------------------------------------

FormItem = tuple[str, ...]


class _FormPDF(FPDF):
    """A web or GRC-tool form printed to PDF: a title band, a footer with the print stamp."""

    stamp = ""
    page_word = "Side"

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, f"{self.stamp}    {self.page_word} {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def form_pdf(
    title: str, items: list[FormItem], stamp: str = "", subtitle: str = "", page_word: str = "Side"
) -> bytes:
    """A form printout whose labels and answers stand in two columns.

    ``items``: ("h", heading), ("f", label, answer) – consecutive fields are set as one borderless
    two-column block –, ("t", "a | b | c", ...) a ruled table whose first row is the header, and
    ("p", text) a paragraph. An empty answer prints as an empty right column, as a form does.
    """
    pdf = _FormPDF(format="A4")
    pdf.stamp = stamp
    pdf.page_word = page_word
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED)
    pdf.set_title(title)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_fill_color(232, 236, 240)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 9, title, fill=True, new_x="LMARGIN", new_y="NEXT")
    if subtitle:
        pdf.set_font("DejaVu", "", 8)
        pdf.multi_cell(0, 5, subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    i = 0
    while i < len(items):
        kind = items[i][0]
        if kind == "f":
            block = []
            while i < len(items) and items[i][0] == "f":
                block.append(items[i][1:])
                i += 1
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(
                borders_layout="NONE",
                col_widths=(34, 66),
                first_row_as_headings=False,
                text_align="LEFT",
                line_height=5,
                padding=1,
            ) as table:
                for label, answer in block:
                    row = table.row()
                    row.cell(label)
                    row.cell(answer)
            pdf.ln(2)
            continue
        if kind == "h":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 6, items[i][1], border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "t":
            pdf.set_font("DejaVu", "", 8)
            rows = [tuple(c.strip() for c in r.split("|")) for r in items[i][1:]]
            with pdf.table(text_align="LEFT", line_height=4.2, padding=1) as table:
                for r in rows:
                    row = table.row()
                    for cell in r:
                        row.cell(cell)
            pdf.ln(2)
        else:
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(0, 5, items[i][1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        i += 1
    return bytes(pdf.output())
