"""Pure: a publishable version of a letter (R-LT-3, R-AC-5), with personal data «[sladdet]».

Redacted: fødselsnummer and D-numbers (only when both check digits are right, so other 11-digit
numbers stay), Norwegian phone numbers however they are written (22396900, 22 39 69 00,
22-39-69-00, 22.39.69.00, 987 65 432, 2239 6900, with or without +47/0047), e-mail addresses,
street addresses (with postcode and place when given), «Deres referanse», and the people named in
the case: full names, and each part of a name standing alone (capitalised). The controller's name
and organisation number are redacted unless the controller is a public body or the office says to
keep them. Kept: anything in `keep` (Datatilsynet's own staff, address, phone and e-mail).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

REDACTED = "[sladdet]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Eight digits starting 2-9, grouped 8, 2-2-2-2, 3-2-3 or 4-4 with one kind of separator (space,
# hyphen or dot), optionally after +47/0047. Dates (2026-03-20), case references (26/00042-3),
# org numbers (974 761 467) and fingerprint groups (ABCD 1234) do not fit these groupings.
_SEPARATED = "|".join(
    rf"[2-9]\d{s}\d\d{s}\d\d{s}\d\d|[2-9]\d\d{s}\d\d{s}\d{{3}}|[2-9]\d{{3}}{s}\d{{4}}"
    for s in (" ", "-", r"\.")
)
_PHONE = re.compile(
    r"(?<![\w+/.-])(?:(?:\(?\+|00)47\)?[ -]?)?"
    rf"(?:[2-9]\d{{7}}|{_SEPARATED})"
    r"(?![\w/-]|\.\d)"
)
_NATIONAL_ID = re.compile(r"(?<![\d/.-])(\d{6})[ ]?(\d{5})(?![\d/-]|\.\d)")
_STREET_SUFFIX = (
    r"gata|gate|gaten|veien|vegen|vei|veg|plass|plassen|allé|alle|alleen|stien|sti|svingen|"
    r"bakken|kroken|lia|haugen|ringen|brygge|bryggen|torget|terrasse|løkka|tunet|jordet"
)
_STREET = re.compile(
    r"(?<![\w-])(?:(?:[A-ZÆØÅ][\wæøå.-]*[ ])?[A-ZÆØÅ][\wæøå-]*?(?:" + _STREET_SUFFIX + r")"
    r"|[A-ZÆØÅ][\wæøå.-]*[ ](?:gate|vei|veg|plass|allé|gata|veien|vegen))"
    r"[ ]\d{1,4}(?:[ ]?[A-Za-z](?![\wæøå]))?"
    r"(?:,?[ ]+\d{4}[ ]+[A-ZÆØÅ][\wæøå-]+)?"
)
_THEIR_REFERENCE = re.compile(r"(Deres referanse|Your reference): (?!–)[^\n]+")
_PUBLIC_BODY = re.compile(
    r"(?i)\w*(kommune|direktorat|departement|tilsyn|etaten|helseforetak|sykehus|universitet|"
    r"høgskole|politi|riksrevisjonen)\w*|\b(nav|statens)\b|\b(HF|RHF)\b"
)
_NATIONAL_ID_WEIGHTS = ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
# Words that are also given names or surnames but are common in letters when capitalised.
_NOT_ALONE = frozenset({"Med", "Per", "Vi", "Dere", "Til", "Fra", "Den", "Det", "Lie", "Berg"})


_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_PERSON = re.compile(
    r"(?i:kontaktperson|personvernombud|databehandler|prosjektleder|ansvarlig|leder|ved|v/|"
    r"att\.?|contact person|data protection officer|hilsen|regards)[^:\n]{0,30}?[:,]?[ \t\n]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})(?![\wæøå])"
)


def people_named(text: str) -> list[str]:
    """Names of people introduced in a text («Kontaktperson: Kari Nordmann», «hilsen\nOla Dahl»)."""
    return [match.group("name") for match in _PERSON.finditer(text)]


def is_public_body(name: str) -> bool:
    """A municipality, agency, health trust, university …: named in a published decision."""
    return _PUBLIC_BODY.search(name) is not None


def valid_national_id(digits: str) -> bool:
    """Fødselsnummer and D-number: both modulus-11 check digits are right."""
    if not re.fullmatch(r"\d{11}", digits):
        return False
    numbers = [int(d) for d in digits]
    for position, weights in zip((9, 10), _NATIONAL_ID_WEIGHTS, strict=True):
        check = 11 - sum(n * w for n, w in zip(numbers, weights, strict=False)) % 11
        if (0 if check == 11 else check) != numbers[position] or check == 10:
            return False
    return True


def _name_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    """Whole names, case-insensitive, any whitespace between parts, possessive -s included."""
    parts = [r"\s+".join(map(re.escape, name.split())) for name in names if name.strip()]
    if not parts:
        return None
    alternatives = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:s|'s|’s)?(?!\w)", re.IGNORECASE)


def _name_parts_pattern(names: Sequence[str], keep: Sequence[str]) -> re.Pattern[str] | None:
    """Each given name or surname of a person standing alone, capitalised as names are."""
    kept = {part for phrase in keep for part in phrase.split()}
    parts = {
        part
        for name in names
        for part in name.split()
        if len(part) >= 3 and part[0].isupper() and part not in _NOT_ALONE and part not in kept
    }
    if not parts:
        return None
    alternatives = "|".join(map(re.escape, sorted(parts, key=len, reverse=True)))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?:s|'s|’s)?(?![\w-])")


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
    """Swap texts that must stay (the office's own staff and contacts) for inert placeholders."""
    saved: dict[str, str] = {}
    for index, phrase in enumerate(sorted(set(keep), key=len, reverse=True)):
        token = f"\x00{index}\x00"
        if phrase and phrase in text:
            saved[token] = phrase
            text = text.replace(phrase, token)
    return text, saved


def _national_ids(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        valid = valid_national_id(match.group(1) + match.group(2))
        return REDACTED if valid else match.group(0)

    return _NATIONAL_ID.sub(replace, text)


def redact_for_publication(
    text: str,
    names: Sequence[str],
    controller_identity: Sequence[str] = (),
    redact_controller: bool = True,
    *,
    keep: Sequence[str] = (),
) -> str:
    """Replace personal data with «[sladdet]» (see the module docstring); `keep` lists texts
    never to redact. A public-body controller (a municipality, an agency) is never redacted."""
    public = any(is_public_body(item) for item in controller_identity)
    text, saved = _protect(text, [*keep, *(controller_identity if public else ())])
    identity = _identity_pattern(controller_identity) if redact_controller and not public else None
    text = _THEIR_REFERENCE.sub(lambda m: f"{m.group(1)}: {REDACTED}", text)
    text = _national_ids(text)
    patterns = (
        _EMAIL,
        identity,
        _name_pattern(names),
        _name_parts_pattern(names, keep),
        _STREET,
        _PHONE,
    )
    for pattern in patterns:
        if pattern is not None:
            text = pattern.sub(REDACTED, text)
    for token, phrase in saved.items():
        text = text.replace(token, phrase)
    return text
