"""Check the frozen blind3 corpus: every message parses, every attachment opens, labels match files, sums verify.

.venv/bin/python tests/corpus/blind3/verify.py
"""

# ruff: noqa: E501, C901

from __future__ import annotations

import hashlib
import io
import sys
import zipfile
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def open_file(name: str, data: bytes, seen: Counter) -> None:
    ext = name.rsplit(".", 1)[-1].lower()
    if not data:
        seen["zero_byte"] += 1
        return
    seen[ext] += 1
    if ext == "pdf":
        from pypdf import PdfReader

        assert len(PdfReader(io.BytesIO(data)).pages) >= 1
    elif ext == "docx":
        import docx

        docx.Document(io.BytesIO(data))
    elif ext == "xlsx":
        import openpyxl

        openpyxl.load_workbook(io.BytesIO(data))
    elif ext in ("jpg", "png"):
        from PIL import Image

        Image.open(io.BytesIO(data)).verify()
    elif ext == "odt":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        import xml.dom.minidom

        xml.dom.minidom.parseString(z.read("content.xml"))
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for info in z.infolist():
            open_file(info.filename, z.read(info.filename), seen)
    elif ext == "vcf":
        text = data.decode("utf-8")
        assert text.startswith("BEGIN:VCARD") and "TEL" in text and "EMAIL" in text
    else:
        raise AssertionError(f"unexpected attachment type {name}")


def walk(msg: EmailMessage, seen: Counter) -> None:
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            seen["eml"] += 1
            continue  # walk() descends into the attached message itself
        name = part.get_filename()
        if name:
            open_file(name, part.get_payload(decode=True) or b"", seen)


def main() -> int:
    labels = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    ids = [e["id"] for e in labels]
    files = sorted(p.stem for p in (HERE / "messages").glob("*.eml"))
    assert len(labels) == 48 and sorted(ids) == files and len(set(ids)) == 48, (
        "labels and files differ"
    )
    seen: Counter = Counter()
    for cid in files:
        raw = (HERE / "messages" / f"{cid}.eml").read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{cid}: bare LF"
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert msg["To"] and "postkasse@datatilsynet.no" in msg["To"], cid
        for h in ("From", "Subject", "Date", "Message-ID"):
            assert msg[h], f"{cid}: no {h}"
        walk(msg, seen)
    sums = {}
    for line in (HERE / "SHA256SUMS").read_text().splitlines():
        digest, path = line.split("  ", 1)
        sums[path] = digest
    for cid in files:
        path = f"messages/{cid}.eml"
        assert sums[path] == hashlib.sha256((HERE / path).read_bytes()).hexdigest(), path
    for e in labels:
        assert e["half"] == "holdout"
        missing = [n for n, v in e["parts"].items() if v == "missing"]
        if e["outcome"] == "registered":
            assert e["is_request"] and not missing, e["id"]
        elif e["outcome"] == "incomplete":
            assert e["is_request"] and missing, e["id"]
        else:
            assert e["outcome"] == "needs_review" and not e["is_request"], e["id"]
    print(
        f"ok: 48 messages, labels match, sums verify; attachments opened: {dict(sorted(seen.items()))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
