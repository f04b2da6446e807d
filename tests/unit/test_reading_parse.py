"""Unit tests of reading.parse: envelopes, bodies, attachments and documents, built in memory."""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import random
import struct
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import docx
import openpyxl
import pytest
from fpdf import FPDF

from letters.addressing import detect_language
from reading.parse import (
    Envelope,
    ParsedMessage,
    ParseLimits,
    document_from_bytes,
    mail_text,
    parse_message,
    read_envelope,
    sniff_media_type,
)

PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_TYPE = "application/vnd.oasis.opendocument.text"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LIMITS = ParseLimits()


# --- builders ---------------------------------------------------------------------------------


def parsed(raw: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(raw)


def round_trip(message: EmailMessage) -> EmailMessage:
    return parsed(message.as_bytes())


def raw_mail(headers: str, body: bytes) -> bytes:
    lines = ["From: Kari Nordmann <kari@example.no>", "Subject: Test", headers.strip()]
    return "\r\n".join(line for line in lines if line).encode() + b"\r\n\r\n" + body


def with_headers(raw: bytes) -> EmailMessage:
    return parsed(b"From: kari@example.no\r\nMIME-Version: 1.0\r\n" + raw)


def text_mail(body: bytes, charset: str, encoding: str = "8bit") -> EmailMessage:
    headers = (
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
        f"Content-Transfer-Encoding: {encoding}"
    )
    return parsed(raw_mail(headers, body))


def mail_with(
    *attachments: tuple[bytes, str, str | None], body: str = "Se vedlegg."
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "kari@example.no"
    message["Subject"] = "Forhåndsdrøfting"
    message.set_content(body)
    for content, media_type, filename in attachments:
        maintype, subtype = media_type.split("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    return round_trip(message)


def make_pdf(*pages: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)  # a core font: latin-1, so æøå but no «–»
    for page in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text=page)
    return bytes(pdf.output())


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Risikovurdering", level=1)
    document.add_paragraph("Vi behandler helseopplysninger om ansatte i Tromsø.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Risiko", "Tiltak"
    table.cell(1, 0).text, table.cell(1, 1).text = "Innsyn", "Tilgangsstyring"
    document.add_heading("Konklusjon", level=2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
  xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">
 <office:automatic-styles/>
 <office:body><office:text>
  <text:h text:outline-level="1">Beskrivelse av behandlingen</text:h>
  <text:p>Første<text:s text:c="2"/>avsnitt<text:tab/>med
   <text:span>æøå</text:span>.<text:note>
   <text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnote</text:p></text:note-body>
  </text:note></text:p>
  <text:list><text:list-item><text:p>Punkt én</text:p></text:list-item>
   <text:list-item><text:p>Punkt to</text:p></text:list-item></text:list>
  <table:table><table:table-row><table:table-cell><text:p>A1</text:p></table:table-cell>
   <table:table-cell><text:p>B1</text:p></table:table-cell></table:table-row></table:table>
  <text:h text:outline-level="1">Risikovurdering</text:h>
 </office:text></office:body>
</office:document-content>"""


def make_odt(content_xml: str = ODT_CONTENT) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), ODT_TYPE)  # stored, first, as ODF requires
        archive.writestr("content.xml", content_xml)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return buffer.getvalue()


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def single(message: EmailMessage, limits: ParseLimits = LIMITS) -> ParsedMessage:
    result = parse_message(message, limits)
    assert len(result.documents) == 1, result
    return result


# --- bodies and charsets ----------------------------------------------------------------------


def test_plain_text_body_is_the_body_and_not_a_document() -> None:
    result = parse_message(text_mail("Hei,\r\nvi sender søknad.\r\n".encode(), "utf-8"))
    assert result == ParsedMessage("Hei,\nvi sender søknad.", (), ())


def test_html_body_becomes_text_with_one_paragraph_per_line() -> None:
    html = (
        "<html><head><title>x</title><style>p {color: red}</style></head><body>"
        "<h1>Risikovurdering</h1><p>Første&nbsp;avsnitt &amp; mer</p><div>Andre<br>linje</div>"
        "<table><tr><td>Risiko</td><td>Tiltak</td></tr></table><script>alert(1)</script>"
        "</body></html>"
    )
    result = parse_message(
        parsed(raw_mail("Content-Type: text/html; charset=utf-8", html.encode()))
    )
    assert result.body == "Risikovurdering\nFørste avsnitt & mer\nAndre\nlinje\nRisiko\tTiltak"
    assert result.documents == ()


def test_multipart_alternative_prefers_plain_text_and_drops_the_html_rendering() -> None:
    message = EmailMessage()
    message.set_content("Ren tekst")
    message.add_alternative("<p>HTML-tekst</p>", subtype="html")
    result = parse_message(round_trip(message))
    assert result == ParsedMessage("Ren tekst", (), ())


def test_a_plain_alternative_that_only_points_to_the_html_gives_way_to_it() -> None:
    """R-CP-124: «see the HTML version» is no rendering of a contact table."""
    message = EmailMessage()
    message.set_content("Anmodning om forhåndsdrøftelse - se HTML-versjonen")
    message.add_alternative(
        "<p>Kontaktpersoner:</p><table><tr><th>Rolle</th><th>Navn</th><th>Telefon</th></tr>"
        "<tr><td>Personvernombud</td><td>Kari Lie</td><td>+47 22 33 44 55</td></tr></table>",
        subtype="html",
    )
    result = parse_message(round_trip(message))
    assert result.body == (
        "Kontaktpersoner:\nRolle\tNavn\tTelefon\nPersonvernombud\tKari Lie\t+47 22 33 44 55"
    )
    assert result.documents == ()


def test_a_plain_alternative_that_runs_a_tables_cells_together_gives_way_to_the_html() -> None:
    rows = [
        ("Kontaktperson", "Ola Brekke", "+47 911 22 333", "ola.brekke@example.no"),
        ("Personvernombud", "Kari Lie", "+47 22 33 44 55", "kari.lie@example.no"),
        ("Databehandler", "Tind Drift AS, Per Moe", "+47 400 11 222", "per@tind.example"),
    ]
    message = EmailMessage()
    message.set_content("\n".join("".join(row) for row in rows))
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    message.add_alternative(f"<table>{cells}</table>", subtype="html")
    assert parse_message(round_trip(message)).body.splitlines()[1] == (
        "Personvernombud\tKari Lie\t+47 22 33 44 55\tkari.lie@example.no"
    )


def test_a_plain_alternative_as_full_as_the_html_is_kept() -> None:
    message = EmailMessage()
    message.set_content("Hei, vi ber om forhåndsdrøftelse av en ny løsning for timebestilling.")
    message.add_alternative(
        "<p>Hei, vi ber om <b>forhåndsdrøftelse</b> av en ny løsning for timebestilling.</p>"
        "<p>Med vennlig hilsen</p>",
        subtype="html",
    )
    assert parse_message(round_trip(message)).body.startswith("Hei, vi ber om")
    assert "Med vennlig hilsen" not in parse_message(round_trip(message)).body


def test_html_alternative_alone_is_used() -> None:
    message = EmailMessage()
    message.set_content("<p>Bare HTML</p>", subtype="html")
    assert parse_message(round_trip(message)).body == "Bare HTML"


@pytest.mark.parametrize(
    ("raw", "charset", "encoding", "expected"),
    [
        (
            b"S=F8knad om forh=E5ndsdr=F8fting",
            "iso-8859-1",
            "quoted-printable",
            "Søknad om forhåndsdrøfting",
        ),
        (
            b"Frist 1\x962 dager, gebyr 10 \x80",
            "windows-1252",
            "8bit",
            "Frist 1–2 dager, gebyr 10 €",
        ),
        (b"Frist 1\x962 dager \x80", "iso-8859-1", "8bit", "Frist 1–2 dager €"),
        ("Blåbærsyltetøy".encode(), "us-ascii", "8bit", "Blåbærsyltetøy"),
        ("Blåbærsyltetøy".encode("latin-1"), "us-ascii", "8bit", "Blåbærsyltetøy"),
        ("Blåbærsyltetøy".encode(), "x-unknown-charset", "8bit", "Blåbærsyltetøy"),
        ("Blåbærsyltetøy".encode("latin-1"), '"zlib"', "8bit", "Blåbærsyltetøy"),
        ("Blåbærsyltetøy".encode(), "iso-8859-1", "8bit", "Blåbærsyltetøy"),
        (base64.b64encode("Ærlig talt: æøå".encode()), "utf-8", "base64", "Ærlig talt: æøå"),
        ("Æ=C3=98=C3=85".encode(), "utf-8", "quoted-printable", "ÆØÅ"),
    ],
    ids=[
        "qp-latin1",
        "cp1252",
        "latin1-means-cp1252",
        "ascii-label-utf8",
        "ascii-label-latin1",
        "unknown-charset",
        "non-text-codec",
        "latin1-label-utf8",
        "base64",
        "qp-utf8",
    ],
)
def test_bodies_decode_whatever_the_charset_label_says(
    raw: bytes, charset: str, encoding: str, expected: str
) -> None:
    assert parse_message(text_mail(raw, charset, encoding)).body == expected


def test_format_flowed_paragraphs_are_joined_into_one_line() -> None:
    raw = b"Dette er et langt \r\navsnitt.\r\n>Sitat\r\n From-linje\r\n-- \r\nKari"
    message = parsed(
        raw_mail("Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no", raw)
    )
    assert (
        parse_message(message).body == "Dette er et langt avsnitt.\n>Sitat\nFrom-linje\n-- \nKari"
    )


def test_inline_text_parts_after_the_body_are_appended_to_it() -> None:
    message = EmailMessage()
    message.set_content("Første del")
    message.add_attachment(
        b"\x89PNG\r\n\x1a\n" + bytes(20), maintype="image", subtype="png", disposition="inline"
    )
    message.add_attachment("Andre del", disposition="inline")
    result = parse_message(round_trip(message))
    assert result.body == "Første del\n\nAndre del"
    assert [d.media_type for d in result.documents] == ["image/png"]


def test_attachment_inside_the_html_alternative_is_kept() -> None:
    # Apple Mail: alternative(plain, mixed(html, pdf, html)); the PDF exists only under the HTML.
    message = EmailMessage()
    message.set_content("Se vedlagt")
    message.add_alternative("<p>Se vedlagt</p>", subtype="html")
    html_part = message.get_payload()[1]
    html_part.make_mixed()
    html_part.add_attachment(
        make_pdf("Vedlagt PDF"),
        maintype="application",
        subtype="pdf",
        filename="dpia.pdf",
        disposition="inline",
    )
    result = parse_message(round_trip(message))
    assert result.body == "Se vedlagt"
    assert [(d.name, d.text) for d in result.documents] == [("dpia.pdf", "Vedlagt PDF")]


def test_signature_parts_are_not_documents() -> None:
    raw = (
        b'Content-Type: multipart/signed; boundary=b; protocol="application/pgp-signature"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nSignert tekst\r\n"
        b"--b\r\nContent-Type: application/pgp-signature; name=signature.asc\r\n\r\n"
        b"-----BEGIN PGP SIGNATURE-----\r\nabc\r\n-----END PGP SIGNATURE-----\r\n--b--\r\n"
    )
    assert parse_message(with_headers(raw)) == ParsedMessage("Signert tekst", (), ())


def test_empty_message_parses_to_nothing() -> None:
    assert parse_message(EmailMessage()) == ParsedMessage("", (), ())
    assert parse_message(parsed(b"")) == ParsedMessage("", (), ())


# --- attachments ------------------------------------------------------------------------------


def test_pdf_attachment_has_text_pages_split_by_form_feed_and_its_digest() -> None:
    pdf = make_pdf("Risikovurdering\nBehandling i Bærum og Ålesund", "Side to: æøå ÆØÅ")
    document = single(mail_with((pdf, PDF_TYPE, "dpia.pdf"))).documents[0]
    assert document.name == "dpia.pdf"
    assert document.media_type == PDF_TYPE
    assert document.text == "Risikovurdering\nBehandling i Bærum og Ålesund\fSide to: æøå ÆØÅ"
    assert (document.size, document.sha256, document.content) == (
        len(pdf),
        hashlib.sha256(pdf).hexdigest(),
        pdf,
    )


def test_pdf_sent_as_octet_stream_with_a_wrong_name_is_recognised_by_its_bytes() -> None:
    pdf = make_pdf("Innhold")
    document = single(mail_with((pdf, "application/octet-stream", "scan.dat"))).documents[0]
    assert (document.media_type, document.text) == (PDF_TYPE, "Innhold")


@pytest.mark.parametrize(
    "content",
    [make_pdf("Hei")[:700], b"%PDF-1.7\n%garbage\n", b"not a pdf at all"],
    ids=["truncated", "header-only", "garbage-named-pdf"],
)
def test_a_corrupt_pdf_is_a_problem_not_a_crash(
    content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        result = single(mail_with((content, PDF_TYPE, "skadet.pdf")))
    assert result.problems == ("vedlegget «skadet.pdf» kunne ikke leses (skadet PDF)",)
    assert result.documents[0].text == ""
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


def test_a_pdf_with_a_user_password_is_a_problem_but_an_owner_password_is_not() -> None:
    def encrypted(user_password: str) -> bytes:
        pdf = FPDF()
        pdf.set_encryption(owner_password="eier", user_password=user_password)
        pdf.set_font("Helvetica", size=12)
        pdf.add_page()
        pdf.cell(text="Låst innhold")
        return bytes(pdf.output())

    docs, problems = document_from_bytes("låst.pdf", PDF_TYPE, encrypted("hemmelig"), LIMITS)
    assert problems == ["vedlegget «låst.pdf» kunne ikke leses (passordbeskyttet PDF)"]
    docs, problems = document_from_bytes("åpen.pdf", PDF_TYPE, encrypted(""), LIMITS)
    assert (docs[0].text, problems) == ("Låst innhold", [])


def test_docx_keeps_headings_paragraphs_and_table_rows_on_their_own_lines() -> None:
    document = single(mail_with((make_docx(), DOCX_TYPE, "dpia.docx"))).documents[0]
    assert document.media_type == DOCX_TYPE
    assert document.text.split("\n") == [
        "Risikovurdering",
        "Vi behandler helseopplysninger om ansatte i Tromsø.",
        "Risiko\tTiltak",
        "Innsyn\tTilgangsstyring",
        "Konklusjon",
    ]


def test_odt_text_has_headings_paragraphs_lists_and_tables() -> None:
    document = single(mail_with((make_odt(), "application/octet-stream", "dpia.odt"))).documents[0]
    assert document.media_type == ODT_TYPE
    assert document.text.split("\n") == [
        "Beskrivelse av behandlingen",
        "Første  avsnitt\tmed æøå.",
        "Punkt én",
        "Punkt to",
        "A1\tB1",
        "Risikovurdering",
    ]


def test_a_damaged_odt_is_a_problem() -> None:
    content = make_odt("<office:document-content><unclosed>")
    assert document_from_bytes("x.odt", ODT_TYPE, content, LIMITS)[1] == [
        "vedlegget «x.odt» kunne ikke leses (skadet OpenDocument-fil)"
    ]


def test_xlsx_text_has_one_line_per_row() -> None:
    shared = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>Risiko</t></si><si><r><t>Sannsyn</t></r><r><t>lighet</t></r></si></sst>"
    )
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>'
        '<row><c t="inlineStr"><is><t>Innsyn</t></is></c><c><v>3</v></c></row>'
        "</sheetData></worksheet>"
    )
    members = {
        "xl/workbook.xml": b"<workbook/>",
        "xl/sharedStrings.xml": shared.encode(),
        "xl/worksheets/sheet1.xml": sheet.encode(),
    }
    docs, problems = document_from_bytes("matrise.xlsx", "", make_zip(members), LIMITS)
    assert (docs[0].media_type, docs[0].text, problems) == (
        XLSX_TYPE,
        "Risiko\tSannsynlighet\nInnsyn\t3",
        [],
    )


def test_xlsx_written_by_openpyxl_is_read() -> None:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Risiko", "Sannsynlighet", 3])
    buffer = io.BytesIO()
    workbook.save(buffer)
    docs, problems = document_from_bytes("matrise.xlsx", "", buffer.getvalue(), LIMITS)
    assert (docs[0].text, problems) == ("Risiko\tSannsynlighet\t3", [])


@pytest.mark.parametrize(
    ("disposition", "expected"),
    [
        (
            "attachment; filename*=UTF-8''Risikovurdering%20%C3%A6%C3%B8%C3%A5.pdf",
            "Risikovurdering æøå.pdf",
        ),
        (
            'attachment; filename="=?UTF-8?B?UmlzaWtvdnVyZGVyaW5nIMOmw7jDpS5wZGY=?="',
            "Risikovurdering æøå.pdf",
        ),
        ('attachment; filename="=?iso-8859-1?Q?Vurdering_=E6=F8=E5.pdf?="', "Vurdering æøå.pdf"),
        ('attachment; filename="C:\\\\fakepath\\\\vedlegg.pdf"', "vedlegg.pdf"),
        ('attachment; filename="../../etc/passwd.pdf"', "passwd.pdf"),
    ],
    ids=["rfc2231", "rfc2047-b", "rfc2047-q-latin1", "windows-path", "relative-path"],
)
def test_encoded_file_names_are_decoded_and_stripped_of_paths(
    disposition: str, expected: str
) -> None:
    raw = (
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nTekst\r\n"
        b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Disposition: "
        + disposition.encode()
        + b"\r\n\r\n"
        + base64.b64encode(make_pdf("x"))
        + b"\r\n--b--\r\n"
    )
    result = single(with_headers(raw))
    assert result.documents[0].name == expected


def test_attachments_without_a_file_name_are_numbered_with_the_sniffed_extension() -> None:
    result = parse_message(
        mail_with(
            (make_pdf("a"), "application/octet-stream", None),
            (b"\xff\xd8\xff\xe0" + bytes(30), "image/jpeg", None),
        )
    )
    assert [d.name for d in result.documents] == ["vedlegg-1.pdf", "vedlegg-2.jpg"]
    assert result.problems == ()


def test_images_and_unknown_binaries_are_documents_without_text_or_problems() -> None:
    result = parse_message(
        mail_with(
            (b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png", "kart.png"),
            (bytes(range(256)), "application/octet-stream", "data.bin"),
        )
    )
    assert [(d.media_type, d.text) for d in result.documents] == [
        ("image/png", ""),
        ("application/octet-stream", ""),
    ]
    assert result.problems == ()


def test_text_and_html_attachments_are_decoded_with_their_charset() -> None:
    message = EmailMessage()
    message.set_content("Tekst")
    message.add_attachment(
        "Merknad: 50 € – ære".encode("cp1252"),
        maintype="text",
        subtype="plain",
        filename="notat.txt",
        params={"charset": "windows-1252"},
    )
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Bør</p></body></html>'
    message.add_attachment(
        html.encode("latin-1"), maintype="text", subtype="html", filename="side.html"
    )
    texts = [d.text for d in parse_message(round_trip(message)).documents]
    assert texts == ["Merknad: 50 € – ære", "Bør"]


def test_an_encrypted_attachment_left_over_is_a_problem() -> None:
    armored = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA...\n-----END PGP MESSAGE-----\n"
    result = single(mail_with((armored, "application/octet-stream", "dpia.pdf.asc")))
    assert result.documents[0].media_type == "application/pgp-encrypted"
    assert result.problems == ("vedlegget «dpia.pdf.asc» kunne ikke leses (kryptert)",)


def test_text_is_capped_per_document() -> None:
    limits = ParseLimits(max_text_chars=10)
    docs, _ = document_from_bytes("lang.txt", "text/plain", b"x" * 100, limits)
    assert docs[0].text == "x" * 10
    assert parse_message(text_mail(b"y" * 100, "utf-8"), limits).body == "y" * 10


# --- ZIP trees --------------------------------------------------------------------------------


def test_zip_trees_are_unpacked_into_named_documents() -> None:
    inner = make_zip({"del3.docx": make_docx()})
    bundle = make_zip(
        {
            "del1.txt": "Første".encode(),
            "mappe/del2.pdf": make_pdf("To"),
            "inner.zip": inner,
            "__MACOSX/._del1.txt": b"\x00\x05\x16\x07",
        }
    )
    result = parse_message(mail_with((bundle, "application/zip", "bundle.zip")))
    assert [(d.name, d.text.split("\n")[0]) for d in result.documents] == [
        ("bundle.zip/del1.txt", "Første"),
        ("bundle.zip/mappe/del2.pdf", "To"),
        ("bundle.zip/inner.zip/del3.docx", "Risikovurdering"),
    ]
    assert result.problems == ()


def test_zip_member_count_is_limited_across_the_tree() -> None:
    bundle = make_zip({"a.txt": b"a", "b.zip": make_zip({"c.txt": b"c", "d.txt": b"d"})})
    docs, problems = document_from_bytes("a.zip", "", bundle, ParseLimits(max_zip_members=3))
    assert problems == ["ZIP-filen «a.zip/b.zip» overskrider grensen på 3 filer"]
    assert [d.name for d in docs] == ["a.zip/a.txt", "a.zip/b.zip"]


def test_zip_nesting_is_limited() -> None:
    nested = make_zip({"bunn.txt": b"bunn"})
    for level in (3, 2, 1):
        nested = make_zip({f"niva{level}.zip": nested})
    docs, problems = document_from_bytes("topp.zip", "", nested, ParseLimits(max_zip_depth=3))
    assert problems == [
        "ZIP-filen «topp.zip/niva1.zip/niva2.zip/niva3.zip» overskrider grensen på 3 nivåer"
    ]
    assert [d.name for d in docs] == ["topp.zip/niva1.zip/niva2.zip/niva3.zip"]


def test_declared_unpacked_size_is_limited() -> None:
    bomb = make_zip({"nuller.txt": bytes(100_000)})
    docs, problems = document_from_bytes(
        "bombe.zip", "", bomb, ParseLimits(max_unpacked_bytes=50_000)
    )
    assert problems == ["vedlegget «bombe.zip» overskrider grensen på 49 kB utpakket"]
    assert [(d.name, d.media_type) for d in docs] == [("bombe.zip", "application/zip")]


def test_a_member_larger_than_declared_is_not_read_past_its_declared_size() -> None:
    data = bytearray(make_zip({"liten.txt": bytes(1_000_000)}))
    struct.pack_into("<I", data, 22, 10)  # local header: uncompressed size
    struct.pack_into("<I", data, data.rfind(b"PK\x01\x02") + 24, 10)  # central directory
    docs, problems = document_from_bytes("løgn.zip", "", bytes(data), LIMITS)
    assert problems == ["vedlegget «løgn.zip/liten.txt» kunne ikke leses (skadet ZIP-fil)"]
    assert docs == []


def test_a_corrupt_zip_is_a_problem() -> None:
    docs, problems = document_from_bytes("a.zip", "application/zip", b"PK\x03\x04broken", LIMITS)
    assert problems == ["vedlegget «a.zip» kunne ikke leses (skadet ZIP-fil)"]
    assert docs[0].content == b"PK\x03\x04broken"


def test_an_encrypted_zip_member_is_a_problem() -> None:
    data = bytearray(make_zip({"hemmelig.pdf": b"ciphertext"}))
    struct.pack_into("<H", data, 6, 0x1)  # zipfile cannot encrypt; set the flag by hand
    struct.pack_into("<H", data, data.rfind(b"PK\x01\x02") + 8, 0x1)
    assert document_from_bytes("k.zip", "", bytes(data), LIMITS)[1] == [
        "vedlegget «k.zip/hemmelig.pdf» kunne ikke leses (passordbeskyttet ZIP-fil)"
    ]


def test_zip_member_names_from_norwegian_windows_are_read_as_cp850() -> None:
    data = make_zip({"Sx.txt": b"hei"}).replace(b"Sx.txt", "Sø.txt".encode("cp850"))
    assert document_from_bytes("a.zip", "", data, LIMITS)[0][0].name == "a.zip/Sø.txt"


# --- attached e-mails and limits --------------------------------------------------------------


def forwarded_mail() -> EmailMessage:
    inner = EmailMessage()
    inner["From"] = "Ola <ola@example.no>"
    inner["Subject"] = "DPIA for kameraovervåking"
    inner["Date"] = "Mon, 2 Mar 2026 10:00:00 +0100"
    inner.set_content("Innledning\nRisikovurdering følger.")
    inner.add_attachment(
        make_pdf("Risikovurdering"), maintype="application", subtype="pdf", filename="vurdering.pdf"
    )
    return inner


def test_attached_email_becomes_documents_named_after_it() -> None:
    outer = EmailMessage()
    outer.set_content("Videresender.")
    outer.add_attachment(forwarded_mail())
    result = parse_message(round_trip(outer))
    assert result.body == "Videresender."
    assert [d.name for d in result.documents] == [
        "DPIA for kameraovervåking.eml",
        "DPIA for kameraovervåking.eml/vurdering.pdf",
    ]
    main, pdf = result.documents
    assert main.media_type == "message/rfc822"
    assert main.text.endswith(
        "Emne: DPIA for kameraovervåking\n\nInnledning\nRisikovurdering følger."
    )
    assert main.text.startswith("Fra: Ola <ola@example.no>\n")
    assert pdf.text == "Risikovurdering"


def test_an_eml_file_sent_as_octet_stream_is_read_as_an_email() -> None:
    content = forwarded_mail().as_bytes()
    docs, problems = document_from_bytes("melding.eml", "application/octet-stream", content, LIMITS)
    assert [d.name for d in docs] == ["melding.eml", "melding.eml/vurdering.pdf"]
    assert problems == []


def test_an_oversized_message_is_a_problem() -> None:
    message = mail_with((bytes(5000), "application/octet-stream", "stor.bin"))
    result = parse_message(message, ParseLimits(max_message_bytes=4000))
    assert result.problems == ("meldingen er for stor (7 kB; grensen er 4 kB)",)
    assert result.documents == ()


# --- sniffing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "declared", "filename", "expected"),
    [
        (b"%PDF-1.7\n...", "application/octet-stream", "x.bin", PDF_TYPE),
        (b"junk\r\n%PDF-1.4\n", "", "x.pdf", PDF_TYPE),
        (make_docx(), "application/zip", "x.zip", DOCX_TYPE),
        (make_odt(), "", "", ODT_TYPE),
        (make_zip({"a.txt": b"a"}), "application/octet-stream", "", "application/zip"),
        (b"\x89PNG\r\n\x1a\n0000", "application/pdf", "x.pdf", "image/png"),
        (b"\xff\xd8\xff\xdb0000", "", "", "image/jpeg"),
        (b"GIF89a0000", "", "", "image/gif"),
        (b"\n-----BEGIN PGP MESSAGE-----\n", "text/plain", "x.txt", "application/pgp-encrypted"),
        (b"\x85\x01\x0c\x03" + bytes(20), "", "", "application/pgp-encrypted"),
        (b"\xc1\x5e\x03" + bytes(20), "", "", "application/pgp-encrypted"),
        (b"<!DOCTYPE html><html>", "application/octet-stream", "", "text/html"),
        (b"Hei\nhallo", "", "", "text/plain"),
        (bytes(range(256)), "", "", "application/octet-stream"),
        (bytes(range(256)), "application/msword; name=x.doc", "x.doc", "application/msword"),
        (bytes(range(256)), "", "gammel.doc", "application/msword"),
    ],
)
def test_sniff_media_type_trusts_bytes_first(
    content: bytes, declared: str, filename: str, expected: str
) -> None:
    assert sniff_media_type(content, declared, filename) == expected


def test_garbage_in_office_and_pdf_files_never_raises() -> None:
    rng = random.Random(2026)
    samples = [
        (make_pdf("Side én", "Side to"), "x.pdf"),
        (make_docx(), "x.docx"),
        (make_odt(), "x.odt"),
    ]
    for content, name in samples:
        for _ in range(25):
            mutated = bytearray(content)
            for _ in range(rng.randint(1, 8)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
            cut = rng.randrange(len(mutated) // 2, len(mutated) + 1)
            document_from_bytes(name, "", bytes(mutated[:cut]), LIMITS)


# --- envelope ---------------------------------------------------------------------------------


def test_envelope_is_read_and_normalised() -> None:
    raw = raw_mail(
        "Message-ID:  <abc.123@mail.example.no> \r\n"
        "In-Reply-To: <a@x>\r\nReferences: <r1@x>\r\n <r2@y>\r\n"
        "Date: Tue, 03 Mar 2026 09:15:00 +0100",
        b"Hei",
    ).replace(
        b"Kari Nordmann <kari@example.no>", b"=?utf-8?q?P=C3=A5l_=C3=98stby?= <Pal@Example.NO>"
    )
    raw = raw.replace(
        b"Subject: Test", b"Subject: =?iso-8859-1?q?Fork=E5nds_dr=F8fting?=\r\n  del 2"
    )
    assert read_envelope(parsed(raw)) == Envelope(
        message_id="<abc.123@mail.example.no>",
        sender="pal@example.no",
        sender_name="Pål Østby",
        subject="Forkånds drøfting del 2",
        date=datetime(2026, 3, 3, 8, 15, tzinfo=UTC),
        in_reply_to=("<a@x>",),
        references=("<r1@x>", "<r2@y>"),
        automatic=None,
    )


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_raw_8bit_headers_and_file_names_are_decoded(encoding: str) -> None:
    raw = (
        "From: Pål Ødegård <pal@example.no>\r\nSubject: Søknad – forhåndsdrøfting\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nHei\r\n"
        '--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename="Særlig.txt"'
        "\r\n\r\nInnhold\r\n--b--\r\n"
    ).encode(encoding)
    message = parsed(raw)
    envelope = read_envelope(message)
    assert (envelope.sender_name, envelope.subject) == ("Pål Ødegård", "Søknad – forhåndsdrøfting")
    assert [d.name for d in parse_message(message).documents] == ["Særlig.txt"]


def test_an_unparseable_attached_email_is_a_problem() -> None:
    content = b"From: a@b\r\nContent-Type: ,\r\n =?utf-8?q?b0\xc3\xb8;inline*\r\n\r\nhei"
    docs, problems = document_from_bytes("x.eml", "message/rfc822", content, LIMITS)
    assert problems == ["vedlegget «x.eml» kunne ikke leses (skadet e-post)"]
    assert docs[0].content == content


def test_envelope_of_a_date_without_zone_is_utc() -> None:
    envelope = read_envelope(parsed(raw_mail("Date: Tue, 03 Mar 2026 09:15:00 -0000", b"")))
    assert envelope.date == datetime(2026, 3, 3, 9, 15, tzinfo=UTC)
    offset = read_envelope(parsed(raw_mail("Date: Tue, 03 Mar 2026 09:15:00 +0200", b""))).date
    assert offset is not None and offset.utcoffset() == timedelta(hours=2)
    assert offset.tzinfo == timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    "headers",
    [
        "From: <<<@@>>>\r\nDate: i går\r\nMessage-ID: \r\nSubject: =?x-ukjent?q?abc?=",
        "From: =?utf-8?b?!!!?= <\r\nDate: Mon, 99 Foo 20260 99:99:99 +9999\r\nTo: ,,,@",
        "Content-Type: multipart/mixed\r\nContent-Disposition: attachment; filename*=bad''%ZZ",
        "From: undisclosed-recipients:;\r\nReferences: bare-id-uten-klammer",
    ],
)
def test_envelope_and_parsing_never_raise_on_malformed_headers(headers: str) -> None:
    raw = headers.encode() + "\r\nSubject: Ærlig \xff talt\r\n\r\nkropp".encode("latin-1")
    envelope = read_envelope(parsed(raw))
    assert envelope.automatic is None
    parse_message(parsed(raw))


def test_envelope_of_an_empty_message_has_defaults() -> None:
    assert read_envelope(EmailMessage()) == Envelope(None, "", "", "", None, (), (), None)


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ("Auto-Submitted: auto-replied", "automatisk svar (Auto-Submitted: auto-replied)"),
        (
            "Auto-Submitted: Auto-Generated; owner-email=x@y",
            "automatisk melding (Auto-Submitted: auto-generated)",
        ),
        (
            "Content-Type: multipart/report; report-type=delivery-status; boundary=b",
            "returmelding (bounce)",
        ),
        (
            "Content-Type: multipart/report; report-type=disposition-notification; boundary=b",
            "lesebekreftelse (disposition-notification)",
        ),
        ("Return-Path: <>", "returmelding (bounce)"),
        ("Precedence: bulk", "masseutsendelse (Precedence: bulk)"),
        ("Precedence: junk", "masseutsendelse (Precedence: junk)"),
        ("List-Id: Nyhetsbrev <nyheter.example.no>", "masseutsendelse (List-Id)"),
        ("List-Unsubscribe: <mailto:stopp@example.no>", "masseutsendelse (List-Unsubscribe)"),
        ("X-Autoreply: yes", "automatisk svar (X-Autoreply)"),
        ("X-Autorespond: Fraværende", "automatisk svar (X-Autorespond)"),
        ("Auto-Submitted: no", None),
        ("X-Auto-Response-Suppress: All", None),
        ("Return-Path: <kari@example.no>\r\nPrecedence: first-class", None),
    ],
)
def test_machine_generated_mail_is_recognised(headers: str, reason: str | None) -> None:
    assert read_envelope(parsed(raw_mail(headers, b"Hei"))).automatic == reason


def test_mail_from_mailer_daemon_is_a_bounce() -> None:
    raw = raw_mail("", b"Undeliverable").replace(
        b"Kari Nordmann <kari@example.no>", b"Mail Delivery System <MAILER-DAEMON@mx.example.no>"
    )
    assert read_envelope(parsed(raw)).automatic == "returmelding (bounce)"


def test_reply_to_and_cc_are_kept_under_the_mail_text_as_a_mail_client_shows_them() -> None:
    raw = (
        b"From: Geir Tangen <styreleder@klubb.no>\r\nTo: postkasse@datatilsynet.no\r\n"
        b"Reply-To: Yusuf Demir <Yusuf.Demir@klubb.no>\r\n"
        b"Cc: =?utf-8?q?Sindre_Fl=C3=A5ten?= <sindre@pp.no>, bare@adresse.no, ikke-en-adresse\r\n"
        b"Subject: Foresporsel\r\n\r\nHei\r\n"
    )
    envelope = read_envelope(parsed(raw))
    assert envelope.correspondents == (
        "Svaradresse: Yusuf Demir <yusuf.demir@klubb.no>",
        "Kopi: Sindre Flåten <sindre@pp.no>",
        "Kopi: bare@adresse.no",
    )
    assert mail_text("Hei\n\n", envelope) == "Hei\n\n" + "\n".join(envelope.correspondents)
    assert mail_text("Hei", read_envelope(EmailMessage())) == "Hei"
    # the labels are no function words of either language: an English mail stays English
    english = "We ask for prior consultation. The DPIA and the minutes of the board are attached."
    assert detect_language(mail_text(english, envelope)) == "en"
