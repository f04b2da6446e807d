"""Checks that a PDF is PDF/A: the identification in its XMP metadata, embedded fonts, an output
intent, its language and A4 pages (the parts of PDF/A-2b a test can read with pypdf)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader

A4_POINTS = (595.28, 841.89)


@dataclass(frozen=True, slots=True)
class PdfA:
    part: str | None
    conformance: str | None
    fonts: dict[str, bool]  # font name -> embedded
    output_intent: bool
    language: str | None
    page_sizes: list[tuple[float, float]]
    text: str

    @property
    def is_pdfa_2b(self) -> bool:
        return (
            (self.part, self.conformance) == ("2", "B")
            and bool(self.fonts)
            and all(self.fonts.values())
            and self.output_intent
        )

    @property
    def is_a4(self) -> bool:
        return all(
            abs(w - A4_POINTS[0]) < 1 and abs(h - A4_POINTS[1]) < 1 for w, h in self.page_sizes
        )


def _fonts(resources: Any, found: dict[str, bool]) -> None:
    fonts = resources.get("/Font")
    for font in (fonts.get_object() if fonts is not None else {}).values():
        font = font.get_object()
        descendants = font.get("/DescendantFonts")
        for part in [font, *(d.get_object() for d in (descendants or []))]:
            descriptor = part.get("/FontDescriptor")
            if descriptor is not None:
                descriptor = descriptor.get_object()
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(part.get("/BaseFont"))] = embedded


def read_pdfa(data: bytes) -> PdfA:
    reader = PdfReader(io.BytesIO(data))
    root: Any = reader.trailer["/Root"]
    metadata = root.get("/Metadata")
    xmp = metadata.get_object().get_data().decode("utf-8") if metadata is not None else ""
    part = re.search(r'pdfaid:part(?:="|>)(\d)', xmp)
    conformance = re.search(r'pdfaid:conformance(?:="|>)([ABU])', xmp)
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page.get("/Resources")
        if resources is not None:
            _fonts(resources.get_object(), fonts)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    language = root.get("/Lang")
    return PdfA(
        part.group(1) if part else None,
        conformance.group(1) if conformance else None,
        fonts,
        bool(root.get("/OutputIntents")),
        str(language) if language is not None else None,
        sizes,
        # the printed page joins «§ 11» and «20. mars» with no-break spaces; compare as spaces
        "\n".join(page.extract_text() for page in reader.pages).replace("\u00a0", " "),
    )
