"""Pure: what an action did to a case, in bokmål, from the case before and after it.

The dashboard runs an action once in a transaction it rolls back, compares the two snapshots and
shows the result for confirmation; only a confirmed action is run for real. An action whose
snapshots differ only in a status that keeps the case open needs no confirmation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dashboard import labels
from deadlines.calendar import long_date


@dataclass(frozen=True, slots=True)
class QueuedLetter:
    id: int
    subject: str
    recipients: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CaseSnapshot:
    status: str
    final_on: date
    stopped_since: date | None
    letter_ids: frozenset[int]


CLOSING_STATUSES = frozenset({"rejected", "decided", "withdrawn"})


def describe(
    before: CaseSnapshot, after: CaseSnapshot, letters: Sequence[QueuedLetter]
) -> list[str]:
    """One sentence per consequence: new status, moved or stopped deadline, each queued letter."""
    lines: list[str] = []
    if after.status != before.status:
        status = labels.label(labels.STATUSES, after.status)
        closes = " Saken avsluttes." if after.status in CLOSING_STATUSES else ""
        lines.append(
            f"Ny status: {status} (nå {labels.label(labels.STATUSES, before.status)}).{closes}"
        )
    lines += _deadline_lines(before, after)
    for letter in letters:
        to = ", ".join(letter.recipients)
        lines.append(f"Brevet «{letter.subject}» legges i utboksen og sendes til {to}.")
    return lines


def _deadline_lines(before: CaseSnapshot, after: CaseSnapshot) -> list[str]:
    if after.status in CLOSING_STATUSES:
        return []
    new, old = long_date(after.final_on), long_date(before.final_on)
    if after.stopped_since is not None and before.stopped_since is None:
        since = long_date(after.stopped_since)
        return [f"Fristen står stille fra {since}; foreløpig svarfrist {new}."]
    if after.stopped_since is None and before.stopped_since is not None:
        return [f"Fristen løper igjen. Ny svarfrist: {new} (foreløpig {old})."]
    if after.final_on != before.final_on:
        return [f"Ny svarfrist: {new} (nå {old})."]
    return []


def needs_confirmation(
    before: CaseSnapshot, after: CaseSnapshot, letters: Sequence[QueuedLetter]
) -> bool:
    """Closing the case, queueing a letter or moving a deadline is confirmed first."""
    moved = (after.final_on, after.stopped_since) != (before.final_on, before.stopped_since)
    closes = after.status != before.status and after.status in CLOSING_STATUSES
    return bool(letters) or closes or (moved and after.status not in CLOSING_STATUSES)


def audit_detail(lines: Sequence[str]) -> str:
    """The confirmed consequence in the audit log's short detail field."""
    return ("bekreftet: " + " ".join(lines))[:200]
