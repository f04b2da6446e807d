"""Pure: the values the read side (cases.queries) hands to the use cases."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime

from cases.model import CaseEvent, CaseNumber

# The event kinds that move a case's clock (deadlines.clock reads only these).
CLOCK_EVENT_KINDS = ("extended", "info_requested", "info_received", "decided", "withdrawn")
# The event data deadlines.clock reads, by the kind of event that carries it. These members stay
# in clear in case_events.data (cases.orm.EVENT_DATA_IN_CLEAR), so a migration can read them.
CLOCK_DATA: dict[str, tuple[str, ...]] = {
    "info_requested": ("sent_on",),
    "info_received": ("received_on",),
    "decided": ("dispatched_on", "notified_on"),
    "withdrawn": ("on",),
}


def clock_log(events: Iterable[tuple[str, datetime, Mapping[str, object] | None]]) -> str:
    """A case's clock events (kind, logged at, data) as compact JSON for `cases.clock_log`: in
    the given (log) order, each with only the dates the clock reads; "" when there are none.

    The dashboard reads this copy instead of joining the log (ADR 0010: a join's plan depended
    on the planner's statistics), and uses the text itself as the key of its clock cache."""
    entries = [
        [kind, _utc(at).isoformat(), {key: str(value) for key in CLOCK_DATA.get(kind, ())
                                      if (value := (data or {}).get(key)) is not None}]
        for kind, at, data in events
        if kind in CLOCK_EVENT_KINDS
    ]  # fmt: skip
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":")) if entries else ""


def clock_events(log: str) -> list[CaseEvent]:
    """The clock events a `clock_log` text holds (no actor: the clock does not read it)."""
    if not log:
        return []
    return [
        CaseEvent(kind, datetime.fromisoformat(at), "", data) for kind, at, data in json.loads(log)
    ]


def _utc(at: datetime) -> datetime:
    """SQLite hands back naive UTC datetimes (what a migration reads without the ORM)."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class OpenCase:
    """What alert planning reads about one open case: identity, owner, T0 and clock events."""

    number: CaseNumber
    title: str
    section: str
    caseworker: str | None
    received_on: date
    events: tuple[CaseEvent, ...] = ()
