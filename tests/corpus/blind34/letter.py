"""Formal letters on letterhead, as public bodies and firms send them: PDF, DOCX, ODT, plain text.

A letter has a letterhead (organisation, unit, footer with post address, switchboard, postmottak),
the recipient's address, a reference table (``Vår ref. | Deres ref. | Saksbehandler | Dato`` or
the sender's own labels) whose values may span lines, a title, a body written in the kit's
markup, a closing, signers in one column or side by side (``tabs``: the lines of all signers
share a line, as Word tab stops give; ``table``: each signer in a borderless cell), an approval
note, ``Kopi til:``/``Gjenpart:`` lines and enclosures.
fpdf2 writes the PDFs (reportlab is not in the project's venv); everything is deterministic.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape

import docx
from docx.shared import Cm, Pt
from fpdf import FPDF
from kit import FIXED, FONT_DIR, ZIP_TIME, normalise_zip, parse, plain


@dataclass(frozen=True)
class Head:
    org: str
    unit: str = ""
    footer: tuple[str, ...] = ()
    labels: tuple[str, ...] = ("Vår ref.", "Deres ref.", "Saksbehandler", "Dato")


@dataclass(frozen=True)
class Letter:
    head: Head
    to: tuple[str, ...]
    refs: tuple[str, ...]
    title: str
    body: str
    closing: str = "Med hilsen"
    signers: tuple[tuple[str, ...], ...] = ()
    layout: str = "single"  # single | tabs | table
    note: str = ""
    copy: tuple[str, ...] = ()
    copy_label: str = "Kopi til:"
    encl: tuple[str, ...] = ()
    encl_label: str = "Vedlegg:"
    after_refs: str = ""  # a line under the reference table ("Saksbehandler: ..., tlf. ...")


# --- PDF -------------------------------------------------------------------------------------


class _PDF(FPDF):
    def __init__(self, foot: tuple[str, ...]) -> None:
        super().__init__(format="A4")
        self._foot = foot

    def footer(self) -> None:
        if not self._foot:
            return
        self.set_y(-8 - 3.6 * len(self._foot))
        self.set_font("DejaVu", "", 7)
        for ln in self._foot:
            self.cell(0, 3.6, ln, align="C", new_x="LMARGIN", new_y="NEXT")


def _new_pdf(letter: Letter) -> _PDF:
    pdf = _PDF(letter.head.footer)
    pdf.set_creation_date(FIXED)
    pdf.set_title(letter.title)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_auto_page_break(True, margin=26)
    pdf.add_page()
    return pdf


def _pdf_refs(pdf: FPDF, labels: tuple[str, ...], refs: tuple[str, ...]) -> None:
    n = len(labels)
    widths = [pdf.epw / n] * n
    if n == 4:
        widths = [pdf.epw * f for f in (0.22, 0.2, 0.38, 0.2)]
    top = pdf.get_y()
    x = pdf.l_margin
    bottom = top
    for label, value, w in zip(labels, refs, widths, strict=True):
        pdf.set_xy(x, top)
        pdf.set_font("DejaVu", "", 7)
        pdf.cell(w, 4, label)
        pdf.set_xy(x, top + 4.5)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(w - 2, 4.5, value, align="L", new_x="LEFT", new_y="NEXT")
        bottom = max(bottom, pdf.get_y())
        x += w
    pdf.set_xy(pdf.l_margin, bottom + 4)


def _pdf_body(pdf: FPDF, markup: str) -> None:
    for b in parse(markup):
        if b.kind in ("h1", "h2"):
            pdf.set_font("DejaVu", "B", 10.5 if b.kind == "h1" else 10)
            pdf.multi_cell(0, 5.5, b.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b.kind in ("table", "cols"):
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(text_align="LEFT", first_row_as_headings=len(b.rows) > 1) as t:
                for r in b.rows:
                    row = t.row()
                    for cell in r:
                        row.cell(cell)
            pdf.ln(3)
        else:
            pdf.set_font("DejaVu", "", 10)
            text = ("• " + b.text) if b.kind == "li" else b.text
            pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _pdf_signers(pdf: FPDF, letter: Letter) -> None:
    signers = letter.signers
    pdf.set_font("DejaVu", "", 10)
    if letter.layout == "single" or len(signers) < 2:
        for s in signers:
            for ln in s:
                pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        return
    w = pdf.epw / len(signers)
    top = pdf.get_y()
    if letter.layout == "tabs":  # line by line across the columns
        for i in range(max(len(s) for s in signers)):
            for j, s in enumerate(signers):
                pdf.set_xy(pdf.l_margin + j * w, top + 5 * i)
                pdf.cell(w - 2, 5, s[i] if i < len(s) else "")
        pdf.set_xy(pdf.l_margin, top + 5 * max(len(s) for s in signers) + 3)
        return
    bottom = top
    for j, s in enumerate(signers):  # column by column, as table cells flow
        pdf.set_xy(pdf.l_margin + j * w, top)
        pdf.multi_cell(w - 3, 5, "\n".join(s), align="L", new_x="LEFT", new_y="NEXT")
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom + 3)


def _pdf_tail(pdf: FPDF, letter: Letter) -> None:
    if letter.note:
        pdf.set_font("DejaVu", "I", 8.5)
        pdf.multi_cell(0, 4.5, letter.note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for label, items in ((letter.encl_label, letter.encl), (letter.copy_label, letter.copy)):
        if not items:
            continue
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        for it in items:
            pdf.multi_cell(0, 4.5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def to_pdf(letter: Letter) -> bytes:
    pdf = _new_pdf(letter)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, letter.head.org, new_x="LMARGIN", new_y="NEXT")
    if letter.head.unit:
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 5, letter.head.unit, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(42)
    pdf.set_font("DejaVu", "", 10)
    for ln in letter.to:
        pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y() + 8, 72))
    _pdf_refs(pdf, letter.head.labels, letter.refs)
    if letter.after_refs:
        pdf.set_font("DejaVu", "", 8.5)
        pdf.multi_cell(0, 4.5, letter.after_refs, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 6, letter.title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _pdf_body(pdf, letter.body)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, letter.closing, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    _pdf_signers(pdf, letter)
    _pdf_tail(pdf, letter)
    return bytes(pdf.output())


# --- DOCX ------------------------------------------------------------------------------------


def _run(par, text: str, size: float = 10, bold: bool = False, italic: bool = False):
    r = par.add_run(text)
    r.font.size = Pt(size)
    r.bold = bold
    r.italic = italic
    return r


def _docx_lines(cell, lines: tuple[str, ...] | list[str], size: float = 10) -> None:
    first = True
    for ln in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        _run(par, ln, size)


def _docx_body(d, markup: str) -> None:
    for b in parse(markup):
        if b.kind in ("h1", "h2"):
            _run(d.add_paragraph(), b.text, 10.5, bold=True)
        elif b.kind in ("table", "cols"):
            t = d.add_table(rows=len(b.rows), cols=max(len(r) for r in b.rows))
            t.style = "Table Grid"
            for i, r in enumerate(b.rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
            d.add_paragraph()
        elif b.kind == "li":
            d.add_paragraph(b.text, style="List Bullet")
        else:
            _run(d.add_paragraph(), b.text)


def _docx_signers(d, letter: Letter) -> None:
    signers = letter.signers
    if letter.layout == "single" or len(signers) < 2:
        for s in signers:
            for ln in s:
                _run(d.add_paragraph(), ln)
        return
    if letter.layout == "tabs":
        step = 16 / len(signers)
        for i in range(max(len(s) for s in signers)):
            par = d.add_paragraph()
            for j in range(1, len(signers)):
                par.paragraph_format.tab_stops.add_tab_stop(Cm(step * j))
            _run(par, "\t".join(s[i] if i < len(s) else "" for s in signers))
        return
    t = d.add_table(rows=1, cols=len(signers))  # the default table style has no borders
    for j, s in enumerate(signers):
        _docx_lines(t.cell(0, j), s)


def to_docx(letter: Letter) -> bytes:
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = ""
    d.core_properties.title = letter.title
    _run(d.add_paragraph(), letter.head.org, 15, bold=True)
    if letter.head.unit:
        _run(d.add_paragraph(), letter.head.unit)
    d.add_paragraph()
    for ln in letter.to:
        _run(d.add_paragraph(), ln)
    d.add_paragraph()
    labels = letter.head.labels
    t = d.add_table(rows=2, cols=len(labels))
    for j, (label, value) in enumerate(zip(labels, letter.refs, strict=True)):
        _run(t.cell(0, j).paragraphs[0], label, 7.5)
        _docx_lines(t.cell(1, j), value.split("\n"), 9)
    if letter.after_refs:
        _run(d.add_paragraph(), letter.after_refs, 8.5)
    d.add_paragraph()
    _run(d.add_paragraph(), letter.title, 12, bold=True)
    _docx_body(d, letter.body)
    _run(d.add_paragraph(), letter.closing)
    d.add_paragraph()
    _docx_signers(d, letter)
    if letter.note:
        _run(d.add_paragraph(), letter.note, 8.5, italic=True)
    for label, items in ((letter.encl_label, letter.encl), (letter.copy_label, letter.copy)):
        if items:
            _run(d.add_paragraph(), label, 9, bold=True)
            for it in items:
                _run(d.add_paragraph(), it, 9)
    footer = d.sections[0].footer
    for i, ln in enumerate(letter.head.footer):
        par = footer.paragraphs[0] if i == 0 else footer.add_paragraph()
        _run(par, ln, 7)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


# --- ODT -------------------------------------------------------------------------------------

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
)


def _p(text: str, style: str = "") -> str:
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{xml_escape(text)}</text:p>"


def _odt_table(name: str, rows: list[list[str]], style: str = "") -> str:
    cols = max(len(r) for r in rows)
    attr = f' table:style-name="{style}"' if style else ""
    out = [f'<table:table table:name="{name}"{attr}>']
    out.append(f'<table:table-column table:number-columns-repeated="{cols}"/>')
    for r in rows:
        cells = "".join(
            '<table:table-cell office:value-type="string">'
            + "".join(_p(ln) for ln in c.split("\n"))
            + "</table:table-cell>"
            for c in r
        )
        out.append(f"<table:table-row>{cells}</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def _odt_body(markup: str, n: list[int]) -> str:
    parts: list[str] = []
    for b in parse(markup):
        if b.kind in ("h1", "h2"):
            parts.append(f'<text:h text:outline-level="{b.kind[1]}">{xml_escape(b.text)}</text:h>')
        elif b.kind in ("table", "cols"):
            n[0] += 1
            parts.append(_odt_table(f"Tabell{n[0]}", [list(r) for r in b.rows]))
        elif b.kind == "li":
            parts.append(f"<text:list><text:list-item>{_p(b.text)}</text:list-item></text:list>")
        else:
            parts.append(_p(b.text))
    return "".join(parts)


def _odt_signers(letter: Letter, n: list[int]) -> str:
    signers = letter.signers
    if letter.layout == "single" or len(signers) < 2:
        return "".join(_p(ln) for s in signers for ln in s) if signers else ""
    if letter.layout == "tabs":
        out = []
        for i in range(max(len(s) for s in signers)):
            cells = [xml_escape(s[i] if i < len(s) else "") for s in signers]
            out.append("<text:p>" + "<text:tab/>".join(cells) + "</text:p>")
        return "".join(out)
    n[0] += 1
    return _odt_table(f"Signatur{n[0]}", [["\n".join(s) for s in signers]], "Usynlig")


def to_odt(letter: Letter) -> bytes:
    n = [0]
    head = [_p(letter.head.org, "Org")]
    if letter.head.unit:
        head.append(_p(letter.head.unit))
    head.append(_p(""))
    head.extend(_p(ln) for ln in letter.to)
    head.append(_p(""))
    head.append(_odt_table("Referanser", [list(letter.head.labels), list(letter.refs)], "Usynlig"))
    if letter.after_refs:
        head.append(_p(letter.after_refs))
    head.append(_p(letter.title, "Tittel"))
    tail = [_p(letter.closing), _p(""), _odt_signers(letter, n)]
    if letter.note:
        tail.append(_p(letter.note))
    for label, items in ((letter.encl_label, letter.encl), (letter.copy_label, letter.copy)):
        if items:
            tail.append(_p(label, "Tittel"))
            tail.extend(_p(it) for it in items)
    styles_auto = (
        "<office:automatic-styles>"
        '<style:style style:name="Org" style:family="paragraph"><style:text-properties '
        'fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Tittel" style:family="paragraph"><style:text-properties '
        'fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Usynlig" style:family="table"><style:table-properties '
        'style:width="16cm"/></style:style>'
        "</office:automatic-styles>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} '
        f'office:version="1.2">{styles_auto}<office:body><office:text>'
        + "".join(head)
        + _odt_body(letter.body, n)
        + "".join(tail)
        + "</office:text></office:body></office:document-content>"
    )
    foot = "".join(_p(ln) for ln in letter.head.footer)
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS} '
        'office:version="1.2"><office:automatic-styles><style:page-layout style:name="pm1"/>'
        '</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
        f'style:page-layout-name="pm1"><style:footer>{foot}</style:footer></style:master-page>'
        "</office:master-styles></office:document-styles>"
    )
    manifest = (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {_NS} manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", ZIP_TIME), "application/vnd.oasis.opendocument.text")
        for name, body in (
            ("content.xml", content),
            ("styles.xml", styles),
            ("META-INF/manifest.xml", manifest),
        ):
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), body.encode(), zipfile.ZIP_DEFLATED)
    return out.getvalue()


# --- Plain text ------------------------------------------------------------------------------


def _columns(cols: list[list[str]], width: int) -> list[str]:
    """Cells side by side; each column at least ``width`` wide and two wider than its text."""
    widths = [max(width, *(len(x) + 2 for x in c)) for c in cols]
    out = []
    for i in range(max(len(c) for c in cols)):
        row = [c[i] if i < len(c) else "" for c in cols]
        out.append(
            "".join(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=False)) + row[-1]
        )
    return [ln.rstrip() for ln in out]


def to_text(letter: Letter, footer: bool = True) -> str:
    """The letter pasted into a mail body: columns kept with spaces, as a text export does."""
    out = [letter.head.org.upper()]
    if letter.head.unit:
        out.append(letter.head.unit)
    out.append("")
    out.extend(letter.to)
    out.append("")
    pairs = zip(letter.head.labels, letter.refs, strict=True)
    cols = [[lab, *val.split("\n")] for lab, val in pairs]
    width = max(len(x) for c in cols for x in c) + 3
    out.extend(_columns(cols, min(width, 30)))
    if letter.after_refs:
        out.extend(["", letter.after_refs])
    out.extend(["", letter.title, "", plain(letter.body).rstrip("\n"), "", letter.closing, ""])
    if letter.layout == "single" or len(letter.signers) < 2:
        for s in letter.signers:
            out.extend([*s, ""])
    else:
        out.extend([*_columns([list(s) for s in letter.signers], 32), ""])
    if letter.note:
        out.extend([letter.note, ""])
    for label, items in ((letter.encl_label, letter.encl), (letter.copy_label, letter.copy)):
        if items:
            out.extend([label, *items, ""])
    if footer and letter.head.footer:
        out.extend(["--", *letter.head.footer])
    return "\n".join(out).rstrip("\n") + "\n"
