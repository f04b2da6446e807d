"""Pure: a publishable version of a letter, with names, contact details and identity «[sladdet]»."""

from __future__ import annotations

import re
from collections.abc import Sequence

REDACTED = "[sladdet]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Norwegian numbers: eight digits starting 2-9, written 22396900, 22 39 69 00 or 987 65 432,
# optionally after +47/0047. Separators are spaces only, so dates (2026-03-20), case references
# (26/00042-3), org numbers (974 761 467) and fingerprint groups (ABCD 1234) are left alone.
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:(?:\+|00)47 ?)?"
    r"(?:[2-9]\d{7}|[2-9]\d(?: \d\d){3}|[2-9]\d\d \d\d \d{3})"
    r"(?![\w/-]|\.\d)"
)


def _name_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    """Whole names, case-insensitive, any whitespace between parts, possessive -s included."""
    parts = [r"\s+".join(map(re.escape, name.split())) for name in names if name.strip()]
    if not parts:
        return None
    alternatives = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:s|'s|’s)?(?!\w)", re.IGNORECASE)


def _identity_pattern(identity: Sequence[str]) -> re.Pattern[str] | None:
    """Names as written; org numbers however grouped (974761467, 974 761 467)."""
    variants: list[str] = []
    for item in identity:
        digits = re.sub(r"\D", "", item)
        if digits and re.fullmatch(r"[\d\s.]+", item.strip()):
            variants.append(r"(?<!\d)" + r"[\s.]?".join(digits) + r"(?!\d)")
    pattern = _name_pattern([i for i in identity if not re.fullmatch(r"[\d\s.]+", i.strip())])
    if pattern is not None:
        variants.append(pattern.pattern)
    return re.compile("|".join(variants), re.IGNORECASE) if variants else None


def _protect(text: str, keep: Sequence[str]) -> tuple[str, dict[str, str]]:
    """Swap texts that must stay (the office's own phone and e-mail) for inert placeholders."""
    saved: dict[str, str] = {}
    for index, phrase in enumerate(sorted(set(keep), key=len, reverse=True)):
        token = f"\x00{index}\x00"
        if phrase and phrase in text:
            saved[token] = phrase
            text = text.replace(phrase, token)
    return text, saved


def redact_for_publication(
    text: str,
    names: Sequence[str],
    controller_identity: Sequence[str] = (),
    redact_controller: bool = True,
    *,
    keep: Sequence[str] = (),
) -> str:
    """Replace person names, e-mail addresses, Norwegian phone numbers and (by default) the
    controller's name and org number with «[sladdet]»; `keep` lists texts never to redact."""
    text, saved = _protect(text, keep)
    identity = _identity_pattern(controller_identity) if redact_controller else None
    for pattern in (_EMAIL, identity, _name_pattern(names), _PHONE):
        if pattern is not None:
            text = pattern.sub(REDACTED, text)
    for token, phrase in saved.items():
        text = text.replace(token, phrase)
    return text
