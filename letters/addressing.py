"""Pure: whom a letter answers and in which language, read simply from the request's own text.

The language is bokmål unless the request is clearly English (many more English than Norwegian
function words). The controller is the organisation that opens the request («Bergen kommune
anmoder om forhåndsdrøftelse …», «Acme AS requests prior consultation …») or is named on a
«Behandlingsansvarlig:» line; its organisation number is taken only when the check digit is right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[a-zæøå]+")
_NB_WORDS = frozenset(
    {
        *("og", "i", "det", "er", "som", "på", "til", "med", "av", "ikke", "vi", "dere", "om"),
        *("en", "et", "har", "at", "skal", "kan", "vil", "fra", "ved", "denne", "dette"),
        *("disse", "blir", "eller", "også", "hos", "sin", "våre", "vår", "ber", "anmoder"),
        *("behandlingen", "opplysninger"),
    }
)
_EN_WORDS = frozenset(
    {
        *("the", "and", "of", "to", "is", "are", "we", "our", "this", "that", "with", "be"),
        *("will", "have", "has", "from", "by", "which", "these", "or", "also", "at", "your"),
        *("you", "please", "request", "processing", "data", "an", "as"),
    }
)
_GAP = r"[ \t]+"
_NAME = r"(?:^|[.!?:]\s+|\n\s*)(?P<name>[A-ZÆØÅ][\w&.\-]*(?:[ \t]+[\w&.\-]+){0,6}?)"
_ASIDE = r"(?:[ \t]*\([^)\n]{0,40}\))?"  # «Vestby AS (org.nr. 923 609 016) anmoder …»
# «X anmoder/ber om forhåndsdrøftelse», «X requests prior consultation»; X starts a sentence.
_OPENERS = (
    re.compile(
        _NAME
        + _ASIDE
        + _GAP
        + r"(?:anmoder|ber)"
        + _GAP
        + r"(?:(?:med[ \t]+dette|herved)[ \t]+)?om"
        + _GAP
        + r"(?:en[ \t]+)?(?:forhåndsdrøft|førehandsdrøft)"
    ),
    re.compile(
        _NAME
        + _ASIDE
        + _GAP
        + r"(?:hereby[ \t]+)?(?:requests|is[ \t]+requesting|asks[ \t]+for)"
        + _GAP
        + r"(?:a[ \t]+)?prior[ \t]+consultation"
    ),
    re.compile(
        r"(?im)^[ \t]*(?:behandlingsansvarlig|virksomhet|controller)[ \t]*:[ \t]*"
        r"(?P<name>[^\n,;(]{2,80})"
    ),
)
_NOT_NAMES = frozenset(
    {"vi", "we", "jeg", "i", "kommunen", "virksomheten", "selskapet", "foretaket", "etaten"}
    | {"hei", "hello", "dear", "til", "to"}
)
_ORG_NUMBER = re.compile(
    r"(?i)\b(?:org(?:anisasjons)?\.?[ \t]*(?:n(?:umme)?r|no)\.?|organi[sz]ation[ \t]+number)"
    r"[ \t]*:?[ \t]*(?P<number>\d{3}[ \t.]?\d{3}[ \t.]?\d{3})\b"
)
_ORG_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)


def detect_language(text: str) -> str:
    """«en» for a clearly English text, otherwise «nb» (the office's language)."""
    words = _WORD.findall(text.lower())
    norwegian = sum(1 for word in words if word in _NB_WORDS)
    english = sum(1 for word in words if word in _EN_WORDS)
    return "en" if english >= 5 and english > 2 * norwegian else "nb"


def valid_org_number(digits: str) -> bool:
    """The Brønnøysund check digit (modulus 11, weights 3 2 7 6 5 4 3 2)."""
    if not re.fullmatch(r"\d{9}", digits):
        return False
    remainder = 11 - sum(int(d) * w for d, w in zip(digits, _ORG_WEIGHTS, strict=False)) % 11
    check = 0 if remainder == 11 else remainder
    return check != 10 and check == int(digits[8])


@dataclass(frozen=True, slots=True)
class Controller:
    """The organisation a request comes from, as far as its text says."""

    name: str | None = None
    org_number: str | None = None  # «964 338 531»


def find_controller(text: str) -> Controller:
    """The organisation named as the requester, and a valid organisation number near it."""
    name = None
    for pattern in _OPENERS:
        for match in pattern.finditer(text):
            candidate = " ".join(match.group("name").split()).strip(" .,:;")
            if candidate and candidate.lower() not in _NOT_NAMES:
                name = candidate
                break
        if name is not None:
            break
    number = None
    for match in _ORG_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group("number"))
        if valid_org_number(digits):
            number = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
            break
    return Controller(name, number)


# Words of a subject that only say it is a request for prior consultation («Anmodning om
# forhåndsdrøftelse etter artikkel 36», «Request for prior consultation»).
_GENERIC_SUBJECT_WORDS = frozenset(
    {
        *(
            "anmodning",
            "anmoding",
            "om",
            "forhåndsdrøftelse",
            "forhåndsdrøfting",
            "førehandsdrøfting",
        ),
        *("etter", "jf", "art", "artikkel", "gdpr", "personvernforordningen", "sv", "re", "fw"),
        *("vs", "videresendt", "request", "for", "a", "prior", "consultation", "under", "article"),
        *("the", "of"),
    }
)


def informative_title(subject: str) -> str | None:
    """The request's subject, to quote in a letter, unless it only says what every request says
    («Anmodning om forhåndsdrøftelse»): «… om «Anmodning om forhåndsdrøftelse»» tells nothing."""
    words = re.findall(r"[^\W\d_]+", subject.lower())
    if all(word in _GENERIC_SUBJECT_WORDS for word in words):
        return None
    return subject
