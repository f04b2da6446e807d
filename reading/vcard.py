"""Pure: a contact card (vCard, RFC 6350 and its older versions) read as one line per person.

A card is a contact record by nature: its name, title, organisation, phone numbers and e-mail
addresses are written as one sentence («Navn, tittel, organisasjon, telefon …, e-post ….»), so
the person's details stay together as one block and the title can name the person's role
(R-CP-22).
"""

from __future__ import annotations

import re

_BEGIN = re.compile(r"^\s*BEGIN:VCARD\s*$", re.IGNORECASE | re.MULTILINE)
_FOLDED = re.compile(r"\r?\n[ \t]")  # a line that begins with white space continues the last
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?([A-Za-z-]+)((?:;[^:]*)?):(.*)$")
_ESCAPED = re.compile(r"\\([\\,;nN])")
_SHOWN = ("TITLE", "ROLE", "ORG")


def is_vcard(text: str) -> bool:
    """The text opens with a contact card."""
    return _BEGIN.match(text.lstrip("\ufeff")) is not None


def vcard_text(text: str) -> str:
    """Each card as one line of its person's details, cards separated by a blank line."""
    people: list[str] = []
    card: dict[str, list[str]] = {}
    for line in _FOLDED.sub("", text).splitlines():
        found = _PROPERTY.match(line.strip())
        if found is None:
            continue
        name, value = found.group(1).upper(), _unescaped(found.group(3)).strip(" ;,")
        if name == "BEGIN":
            card = {}
        elif name == "END":
            people.append(_line(card))
        elif value:
            card.setdefault(name, []).append(value)
    return "\n\n".join(person for person in people if person) + "\n"


def _unescaped(value: str) -> str:
    return _ESCAPED.sub(lambda m: " " if m.group(1) in "nN" else m.group(1), value)


def _line(card: dict[str, list[str]]) -> str:
    name = card.get("FN") or [_given_first(card.get("N", [""])[0])]
    shown = [value.replace(";", ", ").strip(" ,") for key in _SHOWN for value in card.get(key, [])]
    said = [name[0], *shown]
    said += [f"telefon {phone}" for phone in card.get("TEL", [])]
    said += [f"e-post {address.removeprefix('mailto:')}" for address in card.get("EMAIL", [])]
    return ", ".join(part for part in said if part) + "."  # a sentence: the next card is apart


def _given_first(structured: str) -> str:
    """«Family;Given;Additional;…» as «Given Additional Family»."""
    family, _, rest = structured.partition(";")
    given = " ".join(p for p in rest.split(";")[:2] if p)
    return f"{given} {family}".strip()
