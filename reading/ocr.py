"""Adapter: text of scanned PDFs and images by Tesseract (runs the `tesseract` program).

Pages are rendered with pypdfium2 and read one by one, within a page limit and a time limit
for the whole document. The text begins with OCR_MARK, so that the judgement knows it is OCR
text (it may make a part present, but never makes one missing on its own).
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass

import pypdfium2

from reading.blocks import OCR_MARK

RENDER_DPI = 200
PDF = "application/pdf"


@dataclass(frozen=True, slots=True)
class TesseractOcr:
    """Reads scans with the `tesseract` binary; `languages` as Tesseract names them."""

    languages: str = "nor+eng"
    max_pages: int = 10
    max_seconds: float = 60.0
    binary: str = "tesseract"
    # Tesseract's OpenMP threads spin while they wait: on a page at a time they cost three
    # times the CPU of one thread for the same text (measured on the blind corpus's scans).
    threads: int = 1

    @property
    def available(self) -> bool:
        return shutil.which(self.binary) is not None

    def __call__(self, media_type: str, content: bytes) -> str:
        """The OCR text of a PDF or an image, marked as OCR; "" when nothing could be read."""
        deadline = time.monotonic() + self.max_seconds
        images = self._pdf_pages(content) if media_type == PDF else [content]
        texts: list[str] = []
        for image in images:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            texts.append(self._read_image(image, remaining))
        text = "\f".join(texts)
        return OCR_MARK + "\n" + text if text.strip() else ""

    def read_pages(self, content: bytes, pages: Sequence[int]) -> list[str]:
        """The OCR text of some pages of a PDF (those without a text layer in a PDF that has
        one: a scanned, signed page appended to a report), unmarked, "" for a page not read."""
        deadline = time.monotonic() + self.max_seconds
        wanted = list(pages)
        texts: list[str] = []
        # one image per page asked for, in order (b"" for a page the PDF does not have)
        for image in self._pdf_pages(content, wanted[: self.max_pages]):
            remaining = deadline - time.monotonic()
            texts.append(self._read_image(image, remaining) if image and remaining > 0 else "")
        return texts + [""] * (len(wanted) - len(texts))

    def _pdf_pages(self, content: bytes, pages: Sequence[int] | None = None) -> list[bytes]:
        try:
            document = pypdfium2.PdfDocument(content)
        except pypdfium2.PdfiumError:
            return []
        try:
            if pages is None:
                pages = range(min(len(document), self.max_pages))
            return [_png(document[i]) if 0 <= i < len(document) else b"" for i in pages]
        finally:
            document.close()

    def _read_image(self, image: bytes, timeout: float) -> str:
        command = [self.binary, "stdin", "stdout", "-l", self.languages, "--psm", "3"]
        environment = os.environ | {"OMP_THREAD_LIMIT": str(self.threads)}
        try:
            done = subprocess.run(  # noqa: S603 - a fixed program, arguments from configuration
                command,
                input=image,
                capture_output=True,
                timeout=timeout,
                check=False,
                env=environment,
            )
        except (subprocess.TimeoutExpired, OSError):
            return ""
        return done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else ""


def _png(page: pypdfium2.PdfPage) -> bytes:
    bitmap = page.render(scale=RENDER_DPI / 72, grayscale=True)
    buffer = io.BytesIO()
    bitmap.to_pil().save(buffer, format="PNG")
    return buffer.getvalue()
