"""`saksflyt demo`'s letters: a drafted decision and an extension notice in two demo cases (I/O).

They stay in the register, sealed like every letter; the demo writes no copy of them to a file.
"""

from __future__ import annotations

from pathlib import Path

import letters
from cases.drafts import DraftRecord
from cases.model import Case, CaseStatus
from casework import clock_commands
from cli.letters import draft_from_file
from config import wiring
from config.settings import Settings
from config.wiring import office_today

EXAMPLES = Path(letters.__file__).resolve().parent / "examples"
_CLOSED = frozenset({CaseStatus.REJECTED, CaseStatus.DECIDED, CaseStatus.WITHDRAWN})
DEMO_ACTOR = "demo"


def _open_cases(settings: Settings) -> list[tuple[Case, bool]]:
    """Open cases, oldest first, each with whether an extension notice may still be sent."""
    today = office_today(settings)
    with wiring.letter_ports(settings) as ports:
        cases = [c for c in ports.register.cases() if c.status not in _CLOSED]
        cases.sort(key=lambda c: (c.received_on, c.number.year, c.number.sequence))
        found = []
        for case in cases:
            clock = clock_commands.case_clock(ports.register, case.number, today)
            limit = clock.deadlines.notice_limit_1m.on
            found.append((case, not clock.extended and not clock.is_closed and today <= limit))
    return found


def _existing(settings: Settings, case: Case, kind: str) -> DraftRecord | None:
    """The demo's letter of this kind when the case already has one (a second run)."""
    with wiring.letter_ports(settings) as ports:
        records = [r for r in ports.letters.for_case(case.number) if r.kind == kind]
    return records[-1] if records else None


def _draft(settings: Settings, case: Case, kind: str, example: str) -> DraftRecord:
    existing = _existing(settings, case, kind)
    if existing is not None:
        return existing
    return draft_from_file(settings, case.number, kind, EXAMPLES / example, by=DEMO_ACTOR)


def draft_demo_letters(settings: Settings) -> list[DraftRecord]:
    """A decision for the oldest open case; an extension for the next one that is still within
    the one-month notice limit (R-EXT-3). Returns the drafts, kept in the register."""
    cases = _open_cases(settings)
    if not cases:
        return []
    decided, _ = cases[0]
    drafts = [_draft(settings, decided, "decision", "decision-findings.yaml")]
    extendable = [case for case, may_extend in cases[1:] if may_extend]
    if extendable:
        drafts.append(_draft(settings, extendable[0], "extension", "extension.yaml"))
    return drafts
