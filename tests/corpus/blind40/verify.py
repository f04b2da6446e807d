"""Check the blind40 corpus: every message parses, every attachment opens, labels are coherent.

    .venv/bin/python tests/corpus/blind40/verify.py            # check everything
    .venv/bin/python tests/corpus/blind40/verify.py --dump O007  # print a case's readable text

Attachments are opened with their own library (pypdf, python-docx, openpyxl, zipfile + XML for
ODT, Pillow for images, the email parser for forwarded messages). Zero-byte attachments are
reported and must be named in the case's shapes (``zero_byte_*``). The formats the brief asks for
(text and image-only PDF, DOCX, ODT, XLSX, RTF or TXT, ZIP, HTML-only mail, body only, forwarded
.eml, a zero-byte file) must each occur somewhere in the corpus.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from xml.etree import ElementTree

import docx
import openpyxl
import yaml
from PIL import Image
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
PARTS = {1, 2, 3, 4, 5}


def _pdf(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    return text if text.strip() else f"[image-only PDF, {len(reader.pages)} page(s)]"


def _docx(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    lines = [p.text for p in d.paragraphs]
    for t in d.tables:
        lines.extend(" | ".join(c.text for c in row.cells) for row in t.rows)
    return "\n".join(lines)


def _xlsx(data: bytes) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    lines: list[str] = []
    for ws in wb.worksheets:
        lines.append(f"[sheet {ws.title}]")
        lines.extend(" | ".join(str(c) for c in row if c is not None) for row in ws.values)
    return "\n".join(lines)


def _odt(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.namelist()[0] == "mimetype", "mimetype must come first"
        root = ElementTree.fromstring(z.read("content.xml"))
    return "\n".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith(("}p", "}h")))


def _rtf(data: bytes) -> str:
    text = data.decode("ascii")
    assert text.startswith("{\\rtf1") and text.rstrip().endswith("}"), "not an RTF document"
    return text


def _zip(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        return "\n".join(f"== {n}\n{read_attachment(n, z.read(n))}" for n in z.namelist())


def _image(data: bytes) -> str:
    with Image.open(io.BytesIO(data)) as img:
        img.verify()
        return f"[image {img.format} {img.size[0]}x{img.size[1]}, text only as pixels]"


def _text(data: bytes) -> str:
    return data.decode("utf-8")


READERS = {
    "pdf": _pdf,
    "docx": _docx,
    "xlsx": _xlsx,
    "odt": _odt,
    "rtf": _rtf,
    "zip": _zip,
    "jpg": _image,
    "png": _image,
    "vcf": _text,
    "txt": _text,
    "csv": _text,
    "html": _text,
}


def read_attachment(name: str, data: bytes) -> str:
    if not data:
        return "[EMPTY FILE, 0 bytes]"
    return READERS[name.rsplit(".", 1)[1].lower()](data)


def readable(msg: EmailMessage, depth: int = 0) -> str:
    """Headers, bodies and the text of every attachment, as a reviewer would read them."""
    out = [f"{'>' * depth}From: {msg['From']}\n{'>' * depth}Subject: {msg['Subject']}"]
    for part in msg.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        ctype = part.get_content_type()
        if ctype == "message/rfc822" or (name or "").endswith(".eml"):
            inner = part.get_payload(0) if part.is_multipart() else part.get_content()
            out.append(readable(inner, depth + 1))  # type: ignore[arg-type]
        elif name:
            data = part.get_payload(decode=True)
            assert isinstance(data, bytes)
            out.append(f"--- attachment {name} ({len(data)} bytes)\n{read_attachment(name, data)}")
        elif ctype.startswith("text/"):
            out.append(f"--- body {ctype}\n{part.get_content()}")
    return "\n".join(out)


def _walk_forwarded(msg: EmailMessage) -> list[EmailMessage]:
    found = [msg]
    for part in msg.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            assert isinstance(inner, EmailMessage)
            found.extend(_walk_forwarded(inner))
    return found


def _check_inline(msg: EmailMessage, label: dict[str, object]) -> list[str]:
    """Inline PGP needs a plain single-part body."""
    if label.get("encrypt") != "inline":
        return []
    if msg.is_multipart() or msg.get_content_type() != "text/plain":
        return ["inline encryption needs a single-part text/plain message"]
    return []


def check_message(path: Path, label: dict[str, object]) -> list[str]:
    raw = path.read_bytes()
    problems: list[str] = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("bare LF line ending")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    if msg["To"] != "postkasse@datatilsynet.no":
        problems.append(f"To is {msg['To']}")
    for header in ("From", "Date", "Message-ID", "Subject"):
        if not msg[header]:
            problems.append(f"missing {header}")
    problems.extend(_check_inline(msg, label))
    shapes = [str(s) for s in label.get("shapes") or []]  # type: ignore[attr-defined]
    for m in _walk_forwarded(msg):
        for part in m.iter_attachments():
            if part.get_content_type() == "message/rfc822":
                continue
            name = part.get_filename() or ""
            data = part.get_payload(decode=True)
            assert isinstance(data, bytes)
            try:
                read_attachment(name, data)
            except Exception as exc:  # report every unreadable attachment, do not stop
                problems.append(f"{name}: {exc!r}")
            if not data and not any(s.startswith("zero_byte") for s in shapes):
                problems.append(f"{name}: zero bytes but no zero_byte shape")
    return problems


def check_label(entry: dict[str, object]) -> list[str]:
    problems: list[str] = []
    parts = {int(k): v for k, v in (entry.get("parts") or {}).items()}  # type: ignore[attr-defined]
    if set(parts) != PARTS or set(parts.values()) - {"present", "missing"}:
        problems.append("every case labels all five parts present or missing")
    if entry["is_request"]:
        expected = "registered" if all(v == "present" for v in parts.values()) else "incomplete"
    else:
        expected = "needs_review"  # its parts are labelled as they are
    if entry["outcome"] != expected:
        problems.append(f"outcome {entry['outcome']} but parts say {expected}")
    if entry["half"] != "holdout" or entry["processor"] not in ("used", "none", "unspecified"):
        problems.append("bad half or processor")
    return problems


SENDERS = "ABCDEFGHIJ"
HALF_TARGET = {"registered": 15, "incomplete": 11, "needs_review": 4}
ENCRYPT_PER_HALF = {"pgp_mime": 8, "inline": 2}
LANGUAGES = {"nb": 24, "nn": 6, "en": 30}


def sender_of(cid: str) -> str:
    """Sender letter of id n: ABCDEFGHIJ[((n-1) % 20) // 2]."""
    return SENDERS[((int(cid[1:]) - 1) % 20) // 2]


def _half_problems(half: str, entries: list[dict[str, object]]) -> list[str]:
    problems: list[str] = []
    for outcome, n in HALF_TARGET.items():
        got = sum(1 for e in entries if e["outcome"] == outcome)
        if got != n:
            problems.append(f"{half} half: {got} {outcome}, expected {n}")
    only5 = [e for e in entries if e["outcome"] == "incomplete" and _missing(e) == [5]]
    if len(only5) < 3:
        problems.append(f"{half} half: only {len(only5)} incomplete cases miss only part 5")
    part1 = [e for e in entries if e["outcome"] == "incomplete" and 1 in _missing(e)]
    if not 3 <= len(part1) <= 5:
        problems.append(f"{half} half: {len(part1)} incomplete cases miss part 1, expected about 4")
    for enc, n in ENCRYPT_PER_HALF.items():
        got = sum(1 for e in entries if e["encrypt"] == enc)
        if got != n:
            problems.append(f"{half} half: {got} {enc} cases, expected {n}")
    return problems


def _missing(entry: dict[str, object]) -> list[int]:
    parts = entry.get("parts") or {}
    return sorted(int(k) for k, v in parts.items() if v == "missing")  # type: ignore[attr-defined]


def check_balance(by_id: dict[str, dict[str, object]]) -> list[str]:
    """Per half 15 registered / 11 incomplete / 4 not requests; each sender 3 odd and 3 even ids."""
    problems: list[str] = []
    for half, parity in (("odd", 1), ("even", 0)):
        entries = [e for cid, e in by_id.items() if int(cid[1:]) % 2 == parity]
        problems.extend(_half_problems(half, entries))
    for letter in SENDERS:
        ids = [cid for cid in by_id if sender_of(cid) == letter]
        if len(ids) != 6 or sum(int(c[1:]) % 2 for c in ids) != 3:
            problems.append(f"sender {letter}: ids {ids}")
    for lang, n in LANGUAGES.items():
        got = sum(1 for e in by_id.values() if e["language"] == lang)
        if got != n:
            problems.append(f"{got} cases in {lang}, expected {n}")
    return problems + check_topics(by_id)


def check_topics(by_id: dict[str, dict[str, object]]) -> list[str]:
    """Every case names its topic in its sender module's TOPICS; each topic lives in one half."""
    sys.path.insert(0, str(HERE))
    halves: dict[str, set[int]] = {}
    problems: list[str] = []
    for letter in SENDERS:
        topics = importlib.import_module(f"sender_{letter.lower()}").TOPICS
        for cid, topic in topics.items():
            halves.setdefault(f"{letter}:{topic}", set()).add(int(cid[1:]) % 2)
        ids = sorted("O" + c[1:] for c in topics)
        if ids != sorted(c for c in by_id if sender_of(c) == letter):
            problems.append(f"sender {letter}: TOPICS does not list exactly its cases")
    problems.extend(f"topic {t} used in both halves" for t, h in halves.items() if len(h) > 1)
    return problems


def _formats_of(msg: EmailMessage, seen: set[str]) -> None:
    if not msg.is_multipart():
        seen.add("html_only" if msg.get_content_type() == "text/html" else "body_only")
    for part in msg.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            seen.add("forwarded_eml")
            inner = part.get_content()
            assert isinstance(inner, EmailMessage)
            _formats_of(inner, seen)
            continue
        name = (part.get_filename() or "").lower()
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)
        ext = name.rsplit(".", 1)[-1]
        if not data:
            seen.add("zero_byte")
        elif ext == "pdf":
            image_only = read_attachment(name, data).startswith("[image-only")
            seen.add("pdf_image" if image_only else "pdf_text")
        elif ext == "zip":
            seen.add("zip")
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                seen.update(n.rsplit(".", 1)[-1].lower() for n in z.namelist())
        else:
            seen.add(ext)


FORMATS = (
    "pdf_text",
    "docx",
    "odt",
    "xlsx",
    "zip",
    "html_only",
    "body_only",
    "forwarded_eml",
    "zero_byte",
)


def check_formats() -> list[str]:
    """The formats the brief asks for across the corpus; at least 3 image-only scans or photos."""
    seen: set[str] = set()
    scans = 0
    for path in sorted((HERE / "messages").glob("*.eml")):
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        assert isinstance(msg, EmailMessage)
        one: set[str] = set()
        _formats_of(msg, one)
        scans += bool(one & {"pdf_image", "jpg", "png"})
        seen |= one
    problems = [f"no case with format {f}" for f in FORMATS if f not in seen]
    if not seen & {"rtf", "txt"}:
        problems.append("no RTF or TXT attachment")
    if scans < 3:
        problems.append(f"only {scans} cases with an image-only scan or photo")
    return problems


def check_sums() -> list[str]:
    problems: list[str] = []
    for line in (HERE / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ", 1)
        if hashlib.sha256((HERE / name).read_bytes()).hexdigest() != digest:
            problems.append(f"SHA256SUMS mismatch: {name}")
    return problems


def main(argv: list[str]) -> int:
    entries = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    by_id = {str(e["id"]): e for e in entries}
    if len(argv) == 2 and argv[0] == "--dump":
        raw = (HERE / "messages" / f"{argv[1]}.eml").read_bytes()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        print(readable(msg))
        print("=== LABEL", by_id[argv[1]])
        return 0
    files = sorted(p.stem for p in (HERE / "messages").glob("*.eml"))
    problems = [] if files == sorted(by_id) else ["messages and labels differ"]
    for cid, entry in by_id.items():
        found = check_label(entry) + check_message(HERE / "messages" / f"{cid}.eml", entry)
        problems.extend(f"{cid}: {p}" for p in found)
    problems.extend(check_balance(by_id))
    problems.extend(check_formats())
    problems.extend(check_sums())
    for p in problems:
        print(p)
    print(f"{len(by_id)} cases checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
