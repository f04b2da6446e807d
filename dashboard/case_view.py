"""Pure: the case page's view of rows — timeline, deadlines with their trail, parts, crypto."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from cases.model import CaseEvent
from dashboard import labels
from deadlines.calendar import long_date
from deadlines.clock import CaseClock

# Event data shown on the timeline; anything else (ids, hashes, free text) stays out of the page.
_SHOWN = {
    "sent_on": "sendt", "received_on": "mottatt", "notice_sent_on": "varsel sendt",
    "reason": "begrunnelse", "override_reason": "overstyring", "caseworker": "saksbehandler",
    "part": "del", "verdict": "vurdering", "kind": "type", "what": "etterspurt",
    "dispatched_on": "sendt", "on": "dato", "encryption": "kryptering",
    "signature": "signatur", "sender": "avsender",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    at: str
    label: str
    actor: str
    details: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DeadlineView:
    label: str
    on: str
    trail: tuple[str, ...]
    is_final: bool


@dataclass(frozen=True, slots=True)
class PartView:
    number: int
    name: str
    verdict: str  # present | missing | uncertain | "" (not assessed)
    verdict_label: str
    note: str
    evidence: tuple[str, ...]


def local_time(at: datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%d.%m.%Y %H:%M")


def _detail(key: str, value: object) -> str:
    if key in ("encryption", "signature"):
        table = labels.ENCRYPTION if key == "encryption" else labels.SIGNATURES
        value = labels.label(table, str(value))
    elif key == "verdict":
        value = labels.label(labels.VERDICTS, str(value))
    elif key.endswith("_on") or key == "on":
        value = long_date(value if isinstance(value, date) else date.fromisoformat(str(value)))
    return f"{_SHOWN[key]}: {value}"


def timeline(
    events: Iterable[CaseEvent], zone: ZoneInfo, names: Mapping[str, str]
) -> list[TimelineEntry]:
    """The case log as the page shows it, in order, with readable names and dates."""
    return [
        TimelineEntry(
            at=local_time(event.at, zone),
            label=labels.label(labels.EVENTS, event.kind),
            actor=names.get(event.actor, event.actor),
            details=tuple(
                _detail(key, value)
                for key, value in event.data.items()
                if key in _SHOWN and value not in (None, "")
            ),
        )
        for event in events
    ]


def deadline_views(clock: CaseClock) -> list[DeadlineView]:
    """Every computed deadline with its «why» trail; the applicable one is marked."""
    final = clock.deadlines.final_deadline
    views = []
    for name, deadline in clock.deadlines.as_mapping().items():
        if deadline is None or name == "final_deadline":
            continue
        views.append(
            DeadlineView(deadline.label, long_date(deadline.on), deadline.trail, deadline is final)
        )
    return views


def _evidence(items: object) -> tuple[str, ...]:
    if not isinstance(items, list):
        return ()
    lines = []
    for item in items:
        if isinstance(item, Mapping):
            where = ", ".join(str(item[k]) for k in ("source", "location") if item.get(k))
            excerpt = str(item.get("excerpt", ""))
            lines.append(f"{where}: «{excerpt}»" if excerpt else where)
        else:
            lines.append(str(item))
    return tuple(lines)


def _entries(parts: object) -> dict[int, Mapping[str, Any]]:
    """Accept {"1": "present"}, {"1": {...}}, [{"number": 1, ...}] or {"parts": [...]}."""
    if isinstance(parts, Mapping) and "parts" in parts:
        parts = parts["parts"]
    found: dict[int, Mapping[str, Any]] = {}
    items: Iterable[tuple[object, object]] = ()
    if isinstance(parts, Mapping):
        items = parts.items()
    elif isinstance(parts, list):
        items = ((p.get("number"), p) for p in parts if isinstance(p, Mapping))
    for key, value in items:
        try:
            number = int(str(key))
        except ValueError:
            continue
        found[number] = value if isinstance(value, Mapping) else {"verdict": value}
    return found


def part_overrides(events: Iterable[CaseEvent]) -> dict[int, Mapping[str, Any]]:
    """The newest caseworker verdict per part (`part_assessed` events, P2)."""
    found: dict[int, Mapping[str, Any]] = {}
    for event in events:
        if event.kind == "part_assessed":
            found[int(str(event.data["part"]))] = {**event.data, "actor": event.actor}
    return found


def part_views(
    parts: object,
    spec_parts: Sequence[tuple[int, str]],
    overrides: Mapping[int, Mapping[str, Any]] | None = None,
) -> list[PartView]:
    """The completeness verdict per part with evidence; «ikke vurdert» while `parts` is null."""
    entries = _entries(parts)
    views = []
    for number, name in spec_parts:
        entry = entries.get(number, {})
        note = str(entry.get("note") or "")
        override = (overrides or {}).get(number)
        if override is not None:
            entry = {**entry, "verdict": override["verdict"]}
            note = f"Overstyrt av {override['actor']}: {override.get('reason', '')}"
        verdict = str(entry.get("verdict") or "")
        views.append(
            PartView(
                number=number,
                name=name,
                verdict=verdict,
                verdict_label=labels.VERDICTS.get(verdict, labels.NOT_ASSESSED),
                note=note,
                evidence=_evidence(entry.get("evidence")),
            )
        )
    return views


@dataclass(frozen=True, slots=True)
class CryptoView:
    submission_id: int
    received_at: str
    subject: str
    outcome: str
    encryption: str
    signature: str
    signer_fingerprint: str
    recipient_key_ids: str


def crypto_view(row: Sequence[Any], zone: ZoneInfo) -> CryptoView:
    """A submission row of cases.queries.case_submission_rows as the crypto record shows it."""
    sid, received_at, subject, outcome, _reason, encryption, keys, signature, signer, _ = row
    kinds = [labels.label(labels.ENCRYPTION, k) for k in str(encryption).split("+") if k]
    return CryptoView(
        submission_id=sid,
        received_at=local_time(received_at, zone),
        subject=subject,
        outcome=outcome,
        encryption=", ".join(kinds) or labels.ENCRYPTION["none"],
        signature=labels.label(labels.SIGNATURES, signature),
        signer_fingerprint=signer or "",
        recipient_key_ids=", ".join(keys or []),
    )


def notice_detail(
    notice: str, clock: CaseClock, status: str, letter: tuple[str, Sequence[str]] | None
) -> str:
    """The success message's second half: what the action did, as the case now stands."""
    final = long_date(clock.deadlines.final_deadline.on)
    lines = []
    if notice in ("forlenget", "mottatt"):
        lines.append(f"Gjeldende svarfrist: {final}.")
    elif notice == "etterspurt" and clock.open_suspension_since is not None:
        since = long_date(clock.open_suspension_since)
        lines.append(f"Fristen står stille fra {since}; foreløpig svarfrist {final}.")
    elif notice == "vurdert":
        lines.append(f"Status: {labels.label(labels.STATUSES, status)}.")
    if letter is not None:
        subject, recipients = letter
        lines.append(f"Brevet «{subject}» er lagt i utboksen til {', '.join(recipients)}.")
    return " ".join(lines)
