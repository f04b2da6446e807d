"""Renderers added to the kit (from blind38) and the document shapes of other tools.

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


class _Letter(FPDF):
    """A letterhead page: the organisation's footer line(s) printed at the foot of every page."""

    foot: list[str] = []

    def footer(self) -> None:
        self.set_y(-8 - 4 * len(self.foot))
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        for line in self.foot:
            self.cell(0, 4, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)


def letter_pdf(markup: str, footer: list[str], title: str = "") -> bytes:
    """A letter or report on letterhead: the kit's markup as body, ``footer`` at every page foot."""
    from kit import parse  # local import: kit imports nothing from here

    pdf = _Letter(format="A4")
    pdf.foot = footer
    pdf.set_creation_date(FIXED)
    if title:
        pdf.set_title(title)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=14 + 4 * len(footer))
    pdf.add_page()
    sizes = {"h1": 14, "h2": 12}
    for b in parse(markup):
        if b.kind in sizes:
            pdf.set_font("DejaVu", "B", sizes[b.kind])
            pdf.multi_cell(0, 7, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b.kind in ("table", "cols"):
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(text_align="LEFT", first_row_as_headings=b.kind == "table") as table:
                for r in b.rows:
                    row = table.row()
                    for cell in r:
                        row.cell(cell)
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", "", 10)
            text = ("• " + b.text) if b.kind == "li" else b.text
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    return bytes(pdf.output())


# --- Shapes of documents produced by other tools ------------------------------------------

Risk = tuple[str, str, str, str, str]  # risk, likelihood, severity, measures, residual


def cnil_export(
    name: str,
    author: str,
    context: str,
    data: str,
    principles: str,
    rights: str,
    measures: list[tuple[str, str]],
    risks: list[tuple[str, str, str, str, str, str]],
    validation: str,
    *,
    status: str = "Validated",
) -> str:
    """Markup of a PDF exported from the CNIL's PIA software (context, principles, risks).

    ``risks`` rows: title, impacts, threats and sources, controls, severity, likelihood.
    """
    head = [
        f"# PIA – {name}",
        f"~ Author: {author}\nExported from PIA software (v3.4)\nStatus: {status}",
        "## 1. Context",
        "## 1.1 Overview",
        context,
        "## 1.2 Data, processes and supporting assets",
        data,
        "## 2. Fundamental principles",
        "## 2.1 Proportionality and necessity",
        principles,
        "## 2.2 Controls to protect the personal rights of data subjects",
        rights,
        "## 3. Risks",
        "## 3.1 Planned or existing measures",
        "\n".join(f"| {m} | {d} |" for m, d in [("Measure", "Description")] + measures),
    ]
    titles = ["Illegitimate access to data", "Unwanted modification of data", "Data disappearance"]
    for i, (title, impacts, threats, controls, sev, lik) in enumerate(risks):
        head.append(f"## 3.{i + 2} {titles[i] if i < 3 else title}")
        head.append(
            f"~ Risk: {title}\n"
            "What could be the main impacts on the data subjects if the risk were to occur? "
            f"{impacts}\n"
            f"What are the main threats and risk sources? {threats}\n"
            f"Which of the identified controls contribute to addressing the risk? {controls}\n"
            f"Severity: {sev}\nLikelihood: {lik}"
        )
    head.append("## 3.5 Risks overview")
    head.append(
        "| Risk | Severity | Likelihood |\n"
        + "\n".join(f"| {r[0]} | {r[4]} | {r[5]} |" for r in risks)
    )
    head.append("## 4. Validation")
    head.append(validation)
    return "\n\n".join(head)


def notion_page(title: str, props: list[tuple[str, str]], body: str, trail: str) -> str:
    """Markup of a Notion page exported to PDF: breadcrumb, property lines, then the page."""
    lines = "\n".join(f"{k}    {v}" for k, v in props)
    return f"~ {trail}\n\n# {title}\n\n~ {lines}\n\n{body}"


def confluence_page(space: str, title: str, author: str, updated: str, body: str) -> str:
    """Markup of a Confluence page exported to PDF (breadcrumb, byline, page, export footer)."""
    return (
        f"~ {space} / Pages / Data Protection / DPIAs\n\n# {title}\n\n"
        f"~ Created by {author}, last updated on {updated}\n\n{body}\n\n"
        "~ Exported from Confluence. Content may be out of date; check the live page."
    )
