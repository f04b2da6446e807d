# ruff: noqa: E501
# mypy: ignore-errors
"""Check the blind4 corpus: parse, CRLF, attachments open with their libraries, labels match files, sums verify."""

from __future__ import annotations

import hashlib
import io
import sys
import zipfile
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import openpyxl
import yaml
from PIL import Image
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent


def check_blob(name: str, data: bytes) -> str:
    ext = name.rsplit(".", 1)[-1].lower()
    if not data:
        return "empty"
    if ext == "pdf":
        return f"pdf {len(PdfReader(io.BytesIO(data)).pages)}p"
    if ext == "docx":
        return f"docx {len(docx.Document(io.BytesIO(data)).paragraphs)}par"
    if ext == "xlsx":
        return f"xlsx {openpyxl.load_workbook(io.BytesIO(data)).sheetnames}"
    if ext in ("jpg", "png"):
        Image.open(io.BytesIO(data)).verify()
        return ext
    if ext in ("odt", "zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        if ext == "zip":
            return "zip[" + ", ".join(check_blob(n, z.read(n)) for n in z.namelist()) + "]"
        assert b"office:document-content" in z.read("content.xml")
        return "odt"
    if ext == "vcf":
        assert data.startswith(b"BEGIN:VCARD")
        return "vcf"
    raise ValueError(name)


def walk(msg, out: list) -> None:
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            out.append("eml(")
            walk(inner, out)
            out.append(")")
            continue
        fn = part.get_filename()
        if fn:
            out.append(
                check_blob(
                    fn,
                    part.get_content()
                    if part.get_content_maintype() != "text"
                    else part.get_content().encode(),
                )
            )


def main() -> int:
    labels = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    ids = [e["id"] for e in labels]
    files = sorted(p.stem for p in (HERE / "messages").glob("*.eml"))
    assert ids == files == [f"e{i:03d}" for i in range(1, 41)], "ids/files mismatch"
    for e in labels:
        raw = (HERE / "messages" / f"{e['id']}.eml").read_bytes()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{e['id']} bare LF"
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        assert msg["To"] and msg["From"] and msg["Date"] and msg["Message-ID"] and msg["Subject"]
        assert not msg.defects, (e["id"], msg.defects)
        out: list = []
        walk(msg, out)
        print(e["id"], e["outcome"], " ".join(out))
        assert e["half"] == "holdout"
    for line in (HERE / "SHA256SUMS").read_text().splitlines():
        h, name = line.split("  ")
        assert hashlib.sha256((HERE / name).read_bytes()).hexdigest() == h, name
    print("OK: 40 messages parse, attachments open, labels match, SHA256SUMS verify")
    return 0


if __name__ == "__main__":
    sys.exit(main())
