"""Small helpers shared by the case modules."""

from __future__ import annotations

from email.message import EmailMessage

from kit import Label

Case = tuple[EmailMessage, Label]


def mail(*paras: str) -> str:
    """A plain mail body: paragraphs separated by blank lines, lines kept as written."""
    return "\n\n".join(p.strip("\n") for p in paras if p) + "\n"


def lab(
    lang: str,
    shapes: str,
    encrypt: str,
    processor: str,
    note: str,
    missing: tuple[int, ...] = (),
    request: bool = True,
) -> Label:
    """A label; ``shapes`` is a space-separated list of tags."""
    return Label(
        language=lang,
        shapes=tuple(shapes.split()),
        encrypt=encrypt,
        is_request=request,
        processor=processor,
        note=note,
        missing=missing,
    )


def who(name: str, email: str) -> str:
    return f'"{name}" <{email}>'
