"""Check the frozen corpus: messages parse, attachments open, labels match files, sums verify."""

from __future__ import annotations

import email.policy
import hashlib
import io
import sys
import zipfile
from email.parser import BytesParser
from pathlib import Path
from xml.dom import minidom

import yaml

HERE = Path(__file__).resolve().parent


def open_blob(name: str, blob: bytes) -> str:
    ext = name.rsplit(".", 1)[-1].lower()
    if not blob:
        return "EMPTY"
    if ext == "pdf":
        import pypdf

        r = pypdf.PdfReader(io.BytesIO(blob))
        text = "".join((p.extract_text() or "") for p in r.pages)
        return f"pdf pages={len(r.pages)} text={len(text)}"
    if ext == "docx":
        import docx

        d = docx.Document(io.BytesIO(blob))
        return f"docx paras={len(d.paragraphs)} tables={len(d.tables)}"
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(blob))
        return f"xlsx sheets={wb.sheetnames}"
    if ext == "odt":
        z = zipfile.ZipFile(io.BytesIO(blob))
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        minidom.parseString(z.read("content.xml"))
        return "odt ok"
    if ext in ("jpg", "jpeg", "png"):
        from PIL import Image

        im = Image.open(io.BytesIO(blob))
        im.load()
        return f"image {im.size}"
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(blob))
        assert z.testzip() is None
        return "zip[" + "; ".join(f"{n}: {open_blob(n, z.read(n))}" for n in z.namelist()) + "]"
    if ext == "vcf":
        t = blob.decode("utf-8")
        assert t.startswith("BEGIN:VCARD") and "END:VCARD" in t
        return f"vcf cards={t.count('BEGIN:VCARD')}"
    raise ValueError(f"unknown attachment type {name}")


def walk(msg, depth: int = 0) -> list[str]:
    out = []
    for part in msg.iter_attachments():
        name = part.get_filename() or "?"
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            out.append(f"{'  ' * depth}{name}: message/rfc822 '{inner['subject']}'")
            out += walk(inner, depth + 1)
            continue
        blob = part.get_content()
        if isinstance(blob, str):
            blob = blob.encode("utf-8")
        out.append(f"{'  ' * depth}{name}: {open_blob(name, blob)}")
    return out


def main() -> int:
    labels = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    ids = [e["id"] for e in labels]
    files = sorted(p.stem for p in (HERE / "messages").glob("*.eml"))
    assert len(labels) == 64 and ids == files, (len(labels), set(ids) ^ set(files))
    for e in labels:
        raw = (HERE / "messages" / f"{e['id']}.eml").read_bytes()
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), f"{e['id']}: not CRLF"
        msg = BytesParser(policy=email.policy.default).parsebytes(raw)
        assert "postkasse@datatilsynet.no" in str(msg["to"]), e["id"]
        assert msg["message-id"] and msg["date"] and msg["from"], e["id"]
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, e["id"]
        if e["encrypt"] == "inline":
            assert msg.get_content_type() == "text/plain", e["id"]
        outcome = (
            "needs_review"
            if not e["is_request"]
            else (
                "registered" if all(v == "present" for v in e["parts"].values()) else "incomplete"
            )
        )
        assert outcome == e["outcome"], e["id"]
        print(e["id"], e["outcome"], "|", "; ".join(walk(msg)) or "(no attachments)")
    for line in (HERE / "SHA256SUMS").read_text().splitlines():
        digest, path = line.split("  ", 1)
        assert hashlib.sha256((HERE / path).read_bytes()).hexdigest() == digest, path
    print("OK: 64 labels, 64 messages, all attachments open, SHA256SUMS verify")
    return 0


if __name__ == "__main__":
    sys.exit(main())
