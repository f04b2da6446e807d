"""Test support: Tesseract's text of the blind corpora's scans, kept beside the corpora.

Judging the corpora directly on every run (tests/corpus/direct.py) spends most of its time in
Tesseract, on the same page images each time. `CachedOcr` is the production `TesseractOcr`
that looks each page image up first, by the digest of the image, the Tesseract version and the
source of the code that calls Tesseract: a page rendered differently, another Tesseract, or a
change to how it is called misses, and Tesseract reads the page as in production. The
judgement is then the one production would make on this machine; only the waiting is saved.

Refresh after a change to the corpora or to OCR:
`.venv/bin/python -m tests.corpus.ocr_cache` (judges every corpus and writes the misses).
"""

from __future__ import annotations

import hashlib
import inspect
import json
import subprocess
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reading.ocr import TesseractOcr

CACHE_FILE = Path(__file__).parent / "ocr_cache.json"


@cache
def _tesseract_version(binary: str) -> str:
    try:
        done = subprocess.run(  # noqa: S603 - a fixed program
            [binary, "--version"], capture_output=True, check=False, timeout=30
        )
    except OSError:
        return ""
    lines = (done.stdout or done.stderr).decode(errors="replace").splitlines()
    return lines[0] if lines else ""


@cache
def _caller_source() -> str:
    return inspect.getsource(TesseractOcr._read_image)


@dataclass(frozen=True, slots=True)
class CachedOcr(TesseractOcr):
    entries: dict[str, str] = field(default_factory=dict)
    misses: dict[str, str] = field(default_factory=dict)
    asked: set[str] = field(default_factory=set)

    def key(self, image: bytes) -> str:
        digest = hashlib.sha256()
        for part in (_tesseract_version(self.binary), _caller_source(), self.languages):
            digest.update(part.encode())
            digest.update(b"\0")
        digest.update(image)
        return digest.hexdigest()

    def _read_image(self, image: bytes, timeout: float) -> str:
        key = self.key(image)
        self.asked.add(key)
        text = self.entries.get(key)
        if text is None:
            # zero-argument super() does not work in a slotted dataclass
            text = TesseractOcr._read_image(self, image, timeout)
            self.misses[key] = text
        return text


def load() -> CachedOcr:
    """The OCR with the kept texts (none when the file is missing or unreadable)."""
    try:
        entries = json.loads(CACHE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        entries = {}
    return CachedOcr(entries=dict(entries) if isinstance(entries, dict) else {})


def write(ocr: CachedOcr) -> None:
    """Keep the texts of the images asked for in this run, the misses included."""
    found = {**ocr.entries, **ocr.misses}
    kept = {key: found[key] for key in sorted(ocr.asked) if key in found}
    CACHE_FILE.write_text(json.dumps(kept, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def main() -> None:  # pragma: no cover - a maintainer's command
    from tests.corpus.direct import judge_directly

    ocr = load()
    for labels in sorted(Path(__file__).parent.glob("blind*/labels.yaml")):
        judge_directly(labels.parent, ocr)
    write(ocr)
    print(f"{len(ocr.asked)} page images, {len(ocr.misses)} read by Tesseract now")


if __name__ == "__main__":  # pragma: no cover
    main()
