"""Pure: the calendar dates a text names («14. januar 2027», «04.02.2027», «4 March 2027»).

R-CP-108 asks whether a meeting a request names lies after the day the request came in. Only
dates that name a day and a month are read; a month alone («i mars») names no day to compare.
A date without a year is the nearest such day to the day of reference, before or after it: in a
request of 6 December, «12. mars» is next March and «9. november» the November just gone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

_MONTHS = {
    "januar": 1, "january": 1, "jan": 1,
    "februar": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?!\.\d)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# «14. januar 2027», «4 March 2027», «3. feb.»; not «kl. 14» or «side 3 av 12»
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\b\.?(?:,?\s+(\d{{4}})\b)?", re.IGNORECASE)
# «March 4, 2027», «February 4th 2027»
_MONTH_DAY = re.compile(
    rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?", re.IGNORECASE
)
HALF_YEAR_DAYS = 183


def names_a_date(text: str) -> bool:
    """Whether the text names a day («4.11.2026», «2026-11-04», «4. november»), whatever year."""
    return any(regex.search(text) for regex in (_NUMERIC, _ISO, _DAY_MONTH, _MONTH_DAY))


def named_dates(text: str, reference: date) -> Iterator[tuple[date, tuple[int, int], bool]]:
    """Each date the text names, with its span and whether it names its year; a year left out
    is the one nearest `reference`."""
    for match in _NUMERIC.finditer(text):
        short = int(match.group(3))
        found = _date(
            short + 2000 if short < 100 else short, int(match.group(2)), int(match.group(1))
        )
        if found is not None:
            yield found, match.span(), True
    for match in _ISO.finditer(text):
        found = _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if found is not None:
            yield found, match.span(), True
    for regex, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        for match in regex.finditer(text):
            month = _MONTHS[match.group(month_group).lower()]
            day = int(match.group(day_group))
            named = match.group(3)
            found = _date(int(named), month, day) if named else _nearest(month, day, reference)
            if found is not None:
                yield found, match.span(), named is not None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # «31.02.2027», «5.13.2027»: no date


def _nearest(month: int, day: int, reference: date) -> date | None:
    """The day and month in the year that puts them nearest `reference`."""
    for year in (reference.year, reference.year + 1, reference.year - 1):
        found = _date(year, month, day)
        if found is not None and abs((found - reference).days) <= HALF_YEAR_DAYS:
            return found
    return None
