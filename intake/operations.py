"""Pure: what the operator sees of an intake run, and the alerts to the operations address.

A run's report holds counts per outcome, case numbers and quarantine reasons: nothing about a
sender or a subject, so it can be shown in Prefect (run name, artifacts) and mailed to
operations. The alerts are keyed for the alert ledger, so each one is queued once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cases.model import SubmissionOutcome
from cases.outgoing import LedgerEntry, NewOutgoingMail
from intake.service import IntakeResult

OPS_KIND = "ops"
ALREADY_REGISTERED = "already_registered"
OUTCOME_LABELS = {
    SubmissionOutcome.RECEIVED.value: "mottatt",
    SubmissionOutcome.REGISTERED.value: "registrert",
    SubmissionOutcome.REJECTED.value: "avvist",
    SubmissionOutcome.DEFICIENT.value: "mangelvarsel",
    SubmissionOutcome.NEEDS_REVIEW.value: "til vurdering",
    SubmissionOutcome.ATTACHED.value: "lagt til sak",
    SubmissionOutcome.DUPLICATE.value: "duplikat",
    SubmissionOutcome.IGNORED.value: "ignorert",
    SubmissionOutcome.QUARANTINED.value: "karantene",
    SubmissionOutcome.PENDING.value: "mottatt, venter på behandling",
    ALREADY_REGISTERED: "registrert fra før",
}
# File names in reasons can name a person («Kari Nordmann DPIA.pdf»): shown as «…».
_QUOTED_NAME = re.compile(r"«[^»]*»")
_ATTACHMENT_NAME = re.compile(r"vedlegget [^:;«]+:")


@dataclass(frozen=True, slots=True)
class ReceivedItem:
    """One message's result, without personal data."""

    outcome: str  # a SubmissionOutcome value, or "already_registered"
    case_number: str | None = None  # canonical, e.g. 2026/00012
    reason: str | None = None  # the quarantine reason, file names removed

    @classmethod
    def of(cls, result: IntakeResult) -> ReceivedItem:
        outcome = ALREADY_REGISTERED if result.already_registered else result.outcome.value
        number = result.case_number.canonical if result.case_number else None
        reason = public_reason(result.reason) if result.quarantined and result.reason else None
        return cls(outcome, number, reason)


def public_reason(reason: str) -> str:
    """A quarantine reason without the attachment names it may quote."""
    return _ATTACHMENT_NAME.sub("vedlegget …:", _QUOTED_NAME.sub("«…»", reason))


@dataclass
class RunReport:
    """Everything one intake run did, in the order it happened."""

    mailbox: str
    items: list[ReceivedItem] = field(default_factory=list)
    another_receiver: bool = False  # the mailbox's receive lock was held: this run did nothing
    stage: str = "intake"  # "mottak" (receive), "behandling" (process), or "intake" (both)

    @property
    def counts(self) -> Counter[str]:
        return Counter(item.outcome for item in self.items)

    @property
    def quarantined(self) -> int:
        return self.counts[SubmissionOutcome.QUARANTINED.value]

    @property
    def new(self) -> int:
        """Messages registered by this run, quarantine excepted."""
        return len(self.items) - self.quarantined - self.counts[ALREADY_REGISTERED]

    def run_name(self) -> str:
        """«mottak postmottak: 12 nye» or «behandling: 11 nye, 1 karantene» (the run's name)."""
        name = f"{self.stage} {self.mailbox}".strip()
        if self.another_receiver:
            return f"{name}: en annen mottaker kjører, ingenting gjort"
        parts = [f"{self.new} nye"] if self.items else ["ingen nye meldinger"]
        if self.quarantined:
            parts.append(f"{self.quarantined} karantene")
        if self.counts[ALREADY_REGISTERED]:
            parts.append(f"{self.counts[ALREADY_REGISTERED]} fra før")
        return f"{name}: {', '.join(parts)}"

    def table(self) -> list[dict[str, str | int]]:
        """One row per outcome (and per reason, for quarantine): the run's table artifact."""
        groups: dict[tuple[str, str], list[ReceivedItem]] = {}
        for item in self.items:
            groups.setdefault((item.outcome, item.reason or ""), []).append(item)
        return [
            {
                "utfall": OUTCOME_LABELS.get(outcome, outcome),
                "antall": len(items),
                "saksnumre": ", ".join(sorted({i.case_number for i in items if i.case_number})),
                "årsak": reason,
            }
            for (outcome, reason), items in sorted(groups.items())
        ]

    def markdown(self) -> str:
        """The run's summary for the Prefect UI (markdown artifact)."""
        lines = [f"# {self.run_name()}", ""]
        if not self.items:
            return "\n".join([*lines, "Postkassen var tom."])
        lines += ["| utfall | antall | saksnumre | årsak |", "|---|---:|---|---|"]
        for row in self.table():
            lines.append(
                f"| {row['utfall']} | {row['antall']} | {row['saksnumre']} | {row['årsak']} |"
            )
        if self.quarantined:
            lines += ["", "Meldinger i karantene: `saksflyt quarantine list`, så `retry ID`."]
        return "\n".join(lines)


def artifact_key(mailbox: str, prefix: str = "intake") -> str:
    """A Prefect artifact key: lowercase letters, digits and dashes only."""
    cleaned = "".join(c if c.isascii() and c.isalnum() else "-" for c in mailbox.lower())
    return "-".join(filter(None, [prefix, *cleaned.split("-")]))


def quarantine_alert(
    report: RunReport, ops_address: str, run_id: str, today: date
) -> tuple[LedgerEntry, NewOutgoingMail] | None:
    """The quarantine grew in this run: tell operations once per run (key: the run's id)."""
    if not report.quarantined:
        return None
    reasons = Counter(i.reason or "" for i in report.items if i.outcome == "quarantined")
    where = report.mailbox or report.stage
    subject = f"saksflyt: {report.quarantined} nye meldinger i karantene ({where})"
    lines = [f"Mottaket fra {where} la {report.quarantined} meldinger i karantene:", ""]
    lines += [f"- {count} × {reason}" for reason, count in sorted(reasons.items())]
    lines += ["", "Se `saksflyt quarantine list` eller karantenekøen i dashbordet."]
    entry = LedgerEntry(f"{OPS_KIND}:quarantine:{run_id}", OPS_KIND, today, None, ops_address)
    return entry, NewOutgoingMail(OPS_KIND, (ops_address,), subject, "\n".join(lines) + "\n")


def stale_receive_alert(
    deployment: str,
    last_success_at: datetime | None,
    since: datetime,
    now: datetime,
    limit: timedelta,
    ops_address: str,
) -> tuple[LedgerEntry, NewOutgoingMail] | None:
    """No receive succeeded for `limit`: one alert per outage (key: the last success).

    `since` is when the deployment was created: a new deployment is not stale at once.
    """
    reference = last_success_at or since
    if now - reference < limit:
        return None
    minutes = int((now - reference).total_seconds() // 60)
    last = last_success_at.isoformat(timespec="minutes") if last_success_at else "aldri"
    subject = f"saksflyt: ingen vellykket mottak på {minutes} minutter ({deployment})"
    text = (
        f"Deployment {deployment} har ikke fullført et mottak siden {last} (grense: "
        f"{int(limit.total_seconds() // 60)} minutter).\nSjekk arbeiderne, Prefect-serveren og "
        "IMAP-tjeneren; kjøringene og loggene står i Prefect.\n"
    )
    key = f"{OPS_KIND}:stale-receive:{deployment}:{reference.isoformat()}"
    entry = LedgerEntry(key, OPS_KIND, now.date(), None, ops_address)
    return entry, NewOutgoingMail(OPS_KIND, (ops_address,), subject, text)
