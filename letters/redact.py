"""Pure: a publishable version of a letter (R-LT-3, R-AC-5), with personal data «[sladdet]».

Redacted: fødselsnummer and D-numbers (only when both check digits are right, so other 11-digit
numbers stay), Norwegian phone numbers however they are written (22396900, 22 39 69 00,
22-39-69-00, 22.39.69.00, 987 65 432, 2239 6900, with or without +47/0047), e-mail addresses,
street addresses (names of up to three words, «gt.» too, with postcode and place when given),
«Deres referanse», the people named in the case (full names, and each part of a name standing
alone, capitalised), the names («Berge Rør ENK») and organisation numbers of private persons'
businesses (enkeltpersonforetak), and the organisation numbers of businesses that cannot be told
apart from one. Kept: anything in `keep`
(Datatilsynet's own staff, address, phone and e-mail), public bodies (by organisation form, by
the packaged list in data/public_bodies.yaml, or by a name only a public body carries) and legal
persons' organisation numbers. The controller is kept when it is a public body, always redacted
when it is a private person's business, and redacted when the office says so otherwise
(docs/domain.md R-LT-3 explains the choices).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

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
    r"bakken|kroken|lia|haugen|ringen|brygge|bryggen|torget|terrasse|løkka|tunet|jordet|gt\."
)
# A capitalised word of a street name («Bjørnstjerne Bjørnsons gate»), not a word that opens a
# sentence before one («I Kongens gate 5»).
_STREET_WORD = (
    r"(?!(?:I|Om|På|Til|Fra|Ved|Og|Hos|Se|Vi|Dere|Den|Det|Mot|Etter|Før|Nær)[ ])"
    r"[A-ZÆØÅ][\wæøå.-]*[ ]"
)
_STREET = re.compile(
    r"(?<![\w-])(?:(?:" + _STREET_WORD + r")?[A-ZÆØÅ][\wæøå-]*?(?:" + _STREET_SUFFIX + r")"
    r"|(?:" + _STREET_WORD + r"){1,2}(?:gate|gt\.|vei|veg|plass|allé|gata|veien|vegen))"
    r"[ ]\d{1,4}(?:[ ]?[A-Za-z](?![\wæøå]))?"
    r"(?:,?[ ]+\d{4}[ ]+[A-ZÆØÅ][\wæøå-]+)?"
)
_THEIR_REFERENCE = re.compile(r"(Deres referanse|Your reference): (?!–)[^\n]+")
# Organisation numbers: grouped 3-3-3 or written together; only a right check digit counts.
_ORG_NUMBER = re.compile(r"(?<![\w+/.-])(\d{3})([ .]?)(\d{3})\2(\d{3})(?![\w/-]|[.,]\d)")
_ORG_LABEL = re.compile(
    r"(?i)[\s(,:–-]*(?:org(?:anisasjons|anisation)?\.?[ ]?(?:nr|no|nummer|number)\.?|orgnr\.?"
    r"|foretaksnummer)?[\s.:]*$"
)
_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
# A private person's business: «ENK», «enkeltpersonforetak», «sole proprietorship».
_PRIVATE_CUE = re.compile(r"(?i)(?<![\w-])(?:ENK|enkeltpersonforetak\w*|sole proprietor\w*)(?!\w)")
# The name of an enkeltpersonforetak carries its owner's surname: «Rørlegger Berge ENK» goes whole.
_PRIVATE_NAME = re.compile(r"(?<![\w-])(?:[A-ZÆØÅ][\wæøå&.'-]*[ ]){1,4}ENK(?![\w-])")
# A name ending in a company, partnership or public-enterprise form: not a private person.
_LEGAL_SUFFIX = re.compile(
    r"(?<![\w-])(?:AS|ASA|SA|ANS|DA|BA|SE|NUF|BL|KS|SPA|STI|HF|RHF|SF|KF|FKF|IKS|Ltd|Limited|"
    r"Inc|LLC|GmbH|AB|ApS|Oy|BV|plc)\.?$"
)
_PUBLIC_SUFFIX = re.compile(r"(?<![\w-])(?:HF|RHF|SF|KF|FKF|IKS)\.?$")
# Names only a public body carries; the packaged list comes first (is_public_body).
_PUBLIC_NAME = re.compile(
    r"[A-ZÆØÅ][\w.-]*(?:[ ](?:og[ ])?[\w.-]+){0,3}[ ](?:fylkes)?kommune"
    r"|(?:[\w,-]+[ ](?:og|for)[ ])*[\w-]*(?:direktorat|departement|tilsyn)(?:et)?"
    r"|[\w-]+etaten|Statens[ ][\w ,-]+|Statsforvalteren[ ]i[ ][\w ]+"
    r"|(?:Universitetet|Høgskolen|Høgskulen)[ ]i[ ][\w ]+|[\w -]+[ ](?:universitet|politidistrikt)"
    r"|Direktoratet[ ]for[ ][\w ,-]+"
)
_DATA = Path(__file__).resolve().parent / "data" / "public_bodies.yaml"
_NATIONAL_ID_WEIGHTS = ((3, 7, 6, 1, 8, 9, 4, 5, 2), (5, 4, 3, 2, 7, 6, 5, 4, 3, 2))
# Words that are also given names or surnames but are common in letters when capitalised.
_NOT_ALONE = frozenset({"Med", "Per", "Vi", "Dere", "Til", "Fra", "Den", "Det", "Lie", "Berg"})


class OrgKind(enum.StrEnum):
    """What an organisation is, for publication: only a private person's business is hidden."""

    PUBLIC = "public"  # named (a municipality, a ministry, an agency …)
    LEGAL = "legal"  # a company or other legal person: its number is kept
    PRIVATE_PERSON = "private_person"  # enkeltpersonforetak: its number identifies a person
    UNKNOWN = "unknown"  # cannot be told: treated as a private person


@dataclass(frozen=True, slots=True)
class PublicBodies:
    """The packaged list (letters/data/public_bodies.yaml): names, numbers, organisation forms."""

    names: frozenset[str]  # casefolded, «bergen kommune», «arbeidstilsynet»
    numbers: frozenset[str]  # nine digits
    public_forms: frozenset[str]  # KOMM, FYLK, STAT …
    private_forms: frozenset[str]  # ENK, PERS
    in_text: re.Pattern[str]  # the names as they are written in a letter


@cache
def public_bodies() -> PublicBodies:
    """The packaged list of public bodies, read once."""
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    names: set[str] = set()
    numbers: set[str] = set()
    for group, suffix in (("municipalities", " kommune"), ("county_municipalities", "")):
        for entry in data[group]:
            names.update(name + suffix for name in entry["names"])
            numbers.add(entry["org_number"] or "")
    for entry in data["state_bodies"]:
        names.update(entry["names"])
        numbers.add(entry["org_number"] or "")
    written = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    forms = data["organisation_forms"]
    return PublicBodies(
        names=frozenset(name.casefold() for name in names),
        numbers=frozenset(numbers - {""}),
        public_forms=frozenset(forms["public"]),
        private_forms=frozenset(forms["private_person"]),
        in_text=re.compile(rf"(?<![\w-])(?:{written})(?![\w-])"),
    )


_NAME_WORD = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_PERSON = re.compile(
    r"(?i:kontaktperson|personvernombud|databehandler|prosjektleder|ansvarlig|leder|ved|v/|"
    r"att\.?|contact person|data protection officer|hilsen|regards)[^:\n]{0,30}?[:,]?[ \t\n]+"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,2}})(?![\wæøå])"
)


def people_named(text: str) -> list[str]:
    """Names of people introduced in a text («Kontaktperson: Kari Nordmann», «hilsen\nOla Dahl»)."""
    return [match.group("name") for match in _PERSON.finditer(text)]


def is_public_body(name: str, form: str | None = None) -> bool:
    """A municipality, county, ministry, agency, health trust …: named in a published decision.

    By the organisation form where the case knows it (KOMM, STAT, …); else by the packaged list
    of public bodies; else by a name pattern that no private business can carry («X kommune»,
    «…direktoratet», «Statens …», «… HF»), never when the name ends in a private form (AS, ENK …).
    """
    if form:
        return form.strip().upper() in public_bodies().public_forms
    name = " ".join(name.split())
    if _PUBLIC_SUFFIX.search(name):
        return True  # helseforetak, statsforetak, kommunalt foretak, interkommunalt selskap
    if not name or _LEGAL_SUFFIX.search(name) or _PRIVATE_CUE.search(name):
        return False
    data = public_bodies()
    return name.casefold() in data.names or _PUBLIC_NAME.fullmatch(name) is not None


def valid_org_number(digits: str) -> bool:
    """An organisation number: nine digits, the last a modulus-11 check digit."""
    if not re.fullmatch(r"\d{9}", digits):
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits, _ORG_WEIGHTS, strict=False)) % 11
    return check != 10 and (0 if check == 11 else check) == int(digits[8])


def organisation_kind(
    name: str, form: str | None = None, org_number: str = "", people: Sequence[str] = ()
) -> OrgKind:
    """Whether an organisation is a public body, a legal person, or a private person's business
    (enkeltpersonforetak), from what the case knows; UNKNOWN when it cannot be told."""
    data = public_bodies()
    code = (form or "").strip().upper()
    if code:
        if code in data.public_forms:
            return OrgKind.PUBLIC
        return OrgKind.PRIVATE_PERSON if code in data.private_forms else OrgKind.LEGAL
    digits = re.sub(r"\D", "", org_number)
    if digits in data.numbers or (name and is_public_body(name)):
        return OrgKind.PUBLIC
    if _PRIVATE_CUE.search(name):
        return OrgKind.PRIVATE_PERSON
    if _LEGAL_SUFFIX.search(name):
        return OrgKind.LEGAL
    surnames = {person.split()[-1] for person in people if len(person.split()) > 1}
    if any(re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", name) for s in surnames):
        return OrgKind.PRIVATE_PERSON  # an ENK's name must hold its owner's surname
    return OrgKind.UNKNOWN


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


def _protect(text: str, keep: Sequence[str], public: re.Pattern[str]) -> tuple[str, dict[str, str]]:
    """Swap texts that must stay (the office's own staff and contacts, and public bodies named as
    whole words, so «Nav» in «Navarsete» is not one) for inert placeholders."""
    saved: dict[str, str] = {}
    for index, phrase in enumerate(sorted(set(keep), key=len, reverse=True)):
        token = f"\x00{index}\x00"
        if phrase and phrase in text:
            saved[token] = phrase
            text = text.replace(phrase, token)

    def hold(match: re.Match[str]) -> str:
        token = f"\x00p{len(saved)}\x00"
        saved[token] = match.group(0)
        return token

    return public.sub(hold, text), saved


def _national_ids(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        valid = valid_national_id(match.group(1) + match.group(2))
        return REDACTED if valid else match.group(0)

    return _NATIONAL_ID.sub(replace, text)


def _org_numbers(text: str, people: Sequence[str], saved: dict[str, str]) -> str:
    """Organisation numbers of private persons' businesses, and of any business that cannot be
    told apart from one, go; those of public bodies and legal persons stay (docs/domain.md R-LT-3).
    What counts is the name written just before the number and a «ENK» next to it."""

    def replace(match: re.Match[str]) -> str:
        digits = "".join(match.group(1, 3, 4))
        if not valid_org_number(digits):
            return match.group(0)
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - 80) : match.start()]
        after = text[match.end() : match.end() + 40].split("\n")[0].split(")")[0]
        name = _ORG_LABEL.sub("", before)
        for token, phrase in saved.items():  # «Haram kommune (org.nr. …)»: the name was held
            name = name.replace(token, phrase)
        name = re.split(r"[.;:!?]\s|\(|,\s(?=\S+\s)", name)[-1].strip(" ,(")
        if _PRIVATE_CUE.search(before[-40:]) or _PRIVATE_CUE.search(after):
            return REDACTED
        words = name.split()
        tails = [" ".join(words[-size:]) for size in range(1, min(len(words), 6) + 1)]
        if any(is_public_body(tail) for tail in tails):  # «… uttalelse fra Nordlys kommune»
            return match.group(0)
        kind = organisation_kind(name, org_number=digits, people=people)
        return match.group(0) if kind in (OrgKind.PUBLIC, OrgKind.LEGAL) else REDACTED

    return _ORG_NUMBER.sub(replace, text)


def redact_for_publication(
    text: str,
    names: Sequence[str],
    controller_identity: Sequence[str] = (),
    redact_controller: bool = True,
    *,
    keep: Sequence[str] = (),
    controller_form: str | None = None,
) -> str:
    """Replace personal data with «[sladdet]» (see the module docstring); `keep` lists texts
    never to redact. `controller_identity` is the controller's name, organisation number and
    address, `controller_form` its organisation form in Enhetsregisteret where known (ENK, AS,
    KOMM …). A public-body controller is never redacted; a private person's business always is;
    a legal person is redacted when the office says so (`redact_controller`), and so is a
    controller that cannot be told apart from a private person."""
    kind = _controller_kind(controller_identity, controller_form, names)
    shown = kind is OrgKind.PUBLIC or (kind is OrgKind.LEGAL and not redact_controller)
    # Public bodies named in the text («Lund kommune») stay whole, though a person is «Lund».
    text, saved = _protect(
        text, [*keep, *(controller_identity if shown else ())], public_bodies().in_text
    )
    identity = None if shown else _identity_pattern(controller_identity)
    text = _THEIR_REFERENCE.sub(lambda m: f"{m.group(1)}: {REDACTED}", text)
    text = _national_ids(text)
    patterns = (
        _EMAIL,
        identity,
        _name_pattern(names),
        _name_parts_pattern(names, keep),
        _STREET,
        _PHONE,
        _PRIVATE_NAME,
    )
    for pattern in patterns:
        if pattern is not None:
            text = pattern.sub(REDACTED, text)
    text = _org_numbers(text, names, saved)
    for token, phrase in saved.items():
        text = text.replace(token, phrase)
    return text


def _controller_kind(identity: Sequence[str], form: str | None, people: Sequence[str]) -> OrgKind:
    """The controller's kind: from its form, else from its name and number (organisation_kind)."""
    numbers = [item for item in identity if re.fullmatch(r"[\d\s.]{9,11}", item.strip())]
    name = next((item for item in identity if item not in numbers), "")
    kinds = {organisation_kind(name, form, number, people) for number in numbers or [""]}
    for kind in (OrgKind.PUBLIC, OrgKind.PRIVATE_PERSON, OrgKind.LEGAL):
        if kind in kinds:
            return kind
    return OrgKind.UNKNOWN
