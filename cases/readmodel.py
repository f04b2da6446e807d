"""Pure: the values the read side (cases.queries) hands to the use cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cases.model import CaseEvent, CaseNumber

# The event kinds that move a case's clock (deadlines.clock reads only these).
CLOCK_EVENT_KINDS = ("extended", "info_requested", "info_received", "decided", "withdrawn")


@dataclass(frozen=True, slots=True)
class OpenCase:
    """What alert planning reads about one open case: identity, owner, T0 and clock events."""

    number: CaseNumber
    title: str
    section: str
    caseworker: str | None
    received_on: date
    events: tuple[CaseEvent, ...] = ()
