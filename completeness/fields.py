"""Pure: the fields of a contact record found in text (name, phone, e-mail, org number, address).

Phone numbers are parsed with `phonenumbers` (Norwegian by default, international with «+»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import phonenumbers

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT_RUN = re.compile(r"\+?\d[\d ().-]{6,20}\d")
_RUN_BREAK = re.compile(r"\)?[.,;]\s+")
_ORG_LABEL = re.compile(
    r"\b(org(anisasjons)?\.?\s?(nr|nummer|no)\.?|organi[sz]ation (number|no)|foretaksnr\.?)"
    r"\s*:?\s*((?:NO\s?)?\d{3}\s?\d{3}\s?\d{3})",
    re.IGNORECASE,
)
_ORG_BEFORE = re.compile(r"\b(org\w*\.?\s?(nr|nummer|no)|foretaks\w*)\W*$", re.IGNORECASE)
_ORG_BARE = re.compile(r"(?<![\d+])\b\d{3} \d{3} \d{3}\b(?! ?\d)")
_POSTCODE = re.compile(r"\b\d{4} [A-ZÆØÅ][a-zæøåA-ZÆØÅ]+")
_STREET = re.compile(
    r"\b[\wæøå]+(gata|gate|veien|vegen|vei|veg|plass|allé|alle|bakken|brygge|street|road)"
    r"\s+\d+",
    re.IGNORECASE,
)
# «MacLeod», «McDonald», «O'Brien»: a Gaelic prefix before the capital
_NAME_WORD = r"(?:Ma?c|O['’])?[A-ZÆØÅ][a-zæøåéèöäüáóë]+(?:-[A-ZÆØÅ][a-zæøåéèöäüáóë]+)?"
_PERSON = re.compile(rf"\b{_NAME_WORD}(?:\s+(?:[A-ZÆØÅ]\.\s*)?{_NAME_WORD})+\b")
# the legal forms that end a company's name
LEGAL_FORMS = (
    "AS|ASA|SA|HF|IKS|KF|BA|ANS|DA|AB|ApS|GmbH|Ltd|Inc|LLC|BV|Oy|Oyj|OÜ|A/S|AG|KG|NV|plc|PLC"
    "|Limited|DAC|SAS|SARL|SRL|SpA|UAB|SIA"
)
_ORG_FORM = re.compile(
    # R-CP-116: the name opens with a capital or a digit («… hos databehandleren Drivelog ApS»)
    r"(?<![\w&.-])[A-ZÆØÅ0-9][\wÆØÅæøå&.-]*(?: [\wÆØÅæøå&.-]+){0,4} "
    rf"({LEGAL_FORMS}|kommune|fylkeskommune)\b"
)
_PHONE_LABEL = re.compile(
    r"\b(tlf|telefon\w*|tel|mob|mobil\w*|phone|telephone|mobile|cell|direkte|dir|sentralbord"
    r"|switchboard)\.?\s*(nr\.?)?\s*:?\s*$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    [
        "tlf",
        "telefon",
        "tel",
        "mobil",
        "mob",
        "phone",
        "e-post",
        "epost",
        "email",
        "navn",
        "name",
        "adresse",
        "kontaktperson",
        "personvernombud",
        "personvernombod",
        "databehandler",
        "med",
        "vennlig",
        "hilsen",
        "kind",
        "regards",
        "best",
        "data",
        "protection",
        "officer",
        "contact",
        "person",
        "kontakt",
        "for",
        "vår",
        "vårt",
        "our",
        "the",
        "dpo",
        "vi",
        "we",
        "org",
        "nr",
        "organisasjonsnummer",
        "behandlingsansvarlig",
        "rolle",
        "role",
        "telefonnummer",
        "e-postadresse",
        "seniorrådgiver",
        "rådgiver",
        "prosjektleder",
        "daglig",
        "leder",
        "juridisk",
        "avdeling",
        "seksjon",
    ]
)


@dataclass(frozen=True, slots=True)
class Fields:
    """What a record holds; each field keeps the text it was read from (for the evidence)."""

    names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    org_numbers: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    organisations: tuple[str, ...] = field(default=())

    def __or__(self, other: Fields) -> Fields:
        if not any(other.as_tuple()):
            return self
        if not any(self.as_tuple()):
            return other

        def merged(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(a + b))

        return Fields(
            merged(self.names, other.names),
            merged(self.phones, other.phones),
            merged(self.emails, other.emails),
            merged(self.org_numbers, other.org_numbers),
            merged(self.addresses, other.addresses),
            merged(self.organisations, other.organisations),
        )

    def as_tuple(self) -> tuple[tuple[str, ...], ...]:
        return (self.names, self.phones, self.emails, self.org_numbers, self.addresses,
                self.organisations)  # fmt: skip

    @property
    def reachable(self) -> bool:
        return bool(self.phones or self.emails)

    @property
    def count(self) -> int:
        return bool(self.names) + bool(self.phones) + bool(self.emails)

    def lacking(self, organisation_counts: bool = False) -> list[str]:
        named = self.names or (organisation_counts and self.organisations)
        wanted = [("navn", named), ("telefon", self.phones), ("e-post", self.emails)]
        return [label for label, found in wanted if not found]


@lru_cache(maxsize=4096)  # a whole document is asked more than once (any detail, OCR only)
def emails(text: str) -> tuple[str, ...]:
    return tuple(EMAIL.findall(text)) if "@" in text else ()


_DIGIT = re.compile(r"\d")
_DATE = re.compile(r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|(19|20)\d\d-\d\d-\d\d")
_YEARS = re.compile(r"(19|20)\d\d[-–/](19|20)\d\d")


@lru_cache(maxsize=4096)
def phones(text: str) -> tuple[str, ...]:
    """Phone numbers: a labelled number, or a bare one `phonenumbers` finds possible."""
    found = [(start, number) for start, number, _ in _numbers(text)]
    if "\n" in text:
        # a labelled number that a narrow column broke over two lines («direkte 23 61» /
        # «08 14»): read again with the line ends as spaces, where no number was found
        taken = {i for start, number in found for i in range(start, start + len(number))}
        for start, number, labelled in _numbers(text.replace("\n", " "), crossing=text):
            crosses = "\n" in text[start : start + len(number)]
            if crosses and labelled and not taken & set(range(start, start + len(number))):
                found.append((start, number))
    return tuple(number for _, number in sorted(found))


def _numbers(text: str, crossing: str = "") -> list[tuple[int, str, bool]]:
    """(where, number, labelled) for each phone number in the text; with `crossing` (the text
    before its line ends became spaces), only those of the runs of digits that cross one."""
    found: list[tuple[int, str, bool]] = []
    for run in _DIGIT_RUN.finditer(text):
        if crossing and "\n" not in crossing[run.start() : run.end()]:
            continue  # read already, where no line end broke it
        labelled = bool(_PHONE_LABEL.search(text[max(0, run.start() - 20) : run.start()]))
        if _is_org_number(text, run):
            continue
        # a run may reach over the end of a sentence («tel. 221 41 647). 2. …»): its first
        # piece is the number
        candidate = _RUN_BREAK.split(run.group(0))[0].strip(" ().-")
        digits = re.sub(r"\D", "", candidate)
        if _is_phone(candidate, digits, labelled):
            found.append((run.start() + run.group(0).index(candidate), candidate, labelled))
    return found


def _is_phone(candidate: str, digits: str, labelled: bool) -> bool:
    compact = candidate.replace(" ", "")
    if _DATE.fullmatch(compact):
        return False  # a date («12.03.2026», «2026-03-12»)
    if not labelled and _YEARS.fullmatch(compact):
        return False  # a span of years («økte fra 14 til 37 hendelser 2023-2025»)
    try:
        number = phonenumbers.parse(candidate, "NO")
    except phonenumbers.NumberParseException:
        return False
    if candidate.startswith("+") or candidate.startswith("00"):
        return phonenumbers.is_possible_number(number)
    if len(digits) == 8:
        return phonenumbers.is_possible_number(number) and (
            labelled or phonenumbers.is_valid_number(number) or digits[0] in "2345679"
        )
    return labelled and phonenumbers.is_possible_number(number)


def _is_org_number(text: str, run: re.Match[str]) -> bool:
    before = text[max(0, run.start() - 25) : run.start()]
    return _ORG_BEFORE.search(before) is not None


def org_numbers(text: str) -> tuple[str, ...]:
    labelled = tuple(m.group(5) for m in _ORG_LABEL.finditer(text))
    return labelled or tuple(m.group(0) for m in _ORG_BARE.finditer(text) if not phones(m.group(0)))


def addresses(text: str) -> tuple[str, ...]:
    if _DIGIT.search(text) is None:
        return ()  # a postcode and a street number are digits
    return tuple(m.group(0) for m in _POSTCODE.finditer(text)) + tuple(
        m.group(0) for m in _STREET.finditer(text)
    )


def person_names(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for match in _PERSON.finditer(text):
        name = _without_label_words(match.group(0))
        words = [w.lower() for w in re.findall(r"[\w-]+", name)]
        if sum(w not in _NOT_NAMES for w in words) >= 2 and not _ORG_FORM.match(name):
            found.append(name)
    return tuple(found)


def _without_label_words(name: str) -> str:
    """R-CP-80: «Ane Holter Telefon» (a block joined to the next, «Telefon: 22 …»): the label that
    follows a name is no part of it, nor one that precedes it."""
    words = name.split()
    if not ({words[0].lower(), words[-1].lower()} & _NOT_NAMES):
        return name  # the usual case: as written
    while words and words[-1].lower() in _NOT_NAMES:
        words.pop()
    while words and words[0].lower() in _NOT_NAMES:
        words.pop(0)
    return " ".join(words)


def organisations(text: str) -> tuple[str, ...]:
    return tuple(m.group(0) for m in _ORG_FORM.finditer(text))


@lru_cache(maxsize=8192)
def fields_of(text: str, name_label: bool = False) -> Fields:
    """The fields in a piece of text; `name_label`: the text is the value of «Navn:»."""
    names = person_names(text)
    if name_label and not names and text.strip() and not EMAIL.search(text):
        names = (text.strip(),)
    return Fields(
        names=names,
        phones=phones(text),
        emails=emails(text),
        org_numbers=org_numbers(text) if re.search(r"\d{3}", text) else (),
        addresses=addresses(text),
        organisations=organisations(text),
    )
