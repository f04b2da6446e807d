"""Pure: a case's clock derived from T0 and its event log, and the checks before recording an event.

Event kinds read here (others are ignored): `extended` (notice_sent_on, reason, override_reason),
`info_requested` (sent_on), `info_received` (received_on), `decided` (dispatched_on, notified_on),
`withdrawn` (on). Dates in event data are ISO strings or `date` values.

* CaseworkError
  + DeadlineRuleViolation
    - ExtensionReasonMissing, ExtensionAlreadyRecorded, ExtensionNoticeTooLate,
      ExtensionOverrideRequired
    - RequestBeforeReceipt, SuspensionAfterDeadline, SuspensionAlreadyOpen, NoOpenSuspension,
      InformationBeforeRequest, ClockFinished, DateInFuture, DateAfterDecision
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from cases.errors import CaseworkError
from cases.model import CaseEvent
from deadlines.calendar import DeadlineSet, compute_deadlines, long_date


class DeadlineRuleViolation(CaseworkError):
    """An event that the time rules (R-T-13, R-EXT) do not allow."""

    code = "deadline_rule_violation"


class ExtensionReasonMissing(DeadlineRuleViolation):
    code = "extension_reason_missing"
    template = "Forlengelse krever en begrunnelse som sendes med varselet (R-EXT-1)."


class ExtensionAlreadyRecorded(DeadlineRuleViolation):
    code = "extension_already_recorded"
    template = "Fristen er allerede forlenget; den kan bare forlenges én gang (R-EXT-3)."


class ExtensionNoticeTooLate(DeadlineRuleViolation):
    code = "extension_notice_too_late"
    template = (
        "Varsel om forlengelse sendt {sent} er etter fristen på én måned ({limit}). "
        "Forlengelse kan ikke registreres (R-EXT-3)."
    )


class ExtensionOverrideRequired(DeadlineRuleViolation):
    code = "extension_override_required"
    template = (
        "Varsel om forlengelse sendt {sent} er etter målet på fire uker ({target}). "
        "Oppgi en begrunnelse for overstyring (R-EXT-3)."
    )


class SuspensionAfterDeadline(DeadlineRuleViolation):
    code = "suspension_after_deadline"
    template = (
        "Fristen kan ikke stilles i bero fra {sent}: "
        "gjeldende frist {deadline} er passert (R-T-13)."
    )


class RequestBeforeReceipt(DeadlineRuleViolation):
    code = "request_before_receipt"
    template = "Forespørselen {sent} kan ikke være før anmodningen ble mottatt {t0} (R-T-13)."


class SuspensionAlreadyOpen(DeadlineRuleViolation):
    code = "suspension_already_open"
    template = "Fristen står allerede stille siden {since} (R-T-13)."


class NoOpenSuspension(DeadlineRuleViolation):
    code = "no_open_suspension"
    template = "Det er ingen åpen forespørsel om opplysninger å avslutte (R-T-13)."


class InformationBeforeRequest(DeadlineRuleViolation):
    code = "information_before_request"
    template = "Opplysninger mottatt {received} kan ikke være før forespørselen {sent} (R-T-13)."


class ClockFinished(DeadlineRuleViolation):
    code = "clock_finished"
    template = "Saken er avsluttet ({state}); fristen kan ikke lenger endres."


class DateInFuture(DeadlineRuleViolation):
    code = "date_in_future"
    template = (
        "{what} {on} er fram i tid. Registrer hendelsen den dagen den skjer (i dag er {today})."
    )


class DateAfterDecision(ClockFinished):
    code = "date_after_decision"
    template = "{what} {on} er etter at saken ble avgjort {decided}; datoen kan ikke brukes."


def closed_state_text(clock: CaseClock) -> str:
    """Why a clock is finished, in bokmål (never the internal milestone code)."""
    if clock.milestone is _WITHDRAWN:
        return "anmodningen er trukket tilbake"
    return "vedtaket er sendt"


def check_event_date(clock: CaseClock, on: date, what: str, today: date | None) -> None:
    """A sent or received date is not in the future nor after the decision.

    `what` names the date in a sentence («Forespørselen», «Svaret»); `today` is the office's
    date, None when the caller records history (imports, tests) and has no «today» to hold to.
    """
    if today is not None and on > today:
        raise DateInFuture(what=what, on=long_date(on), today=long_date(today))
    decided = clock.decided_on or clock.withdrawn_on
    if decided is not None and on > decided:
        raise DateAfterDecision(what=what, on=long_date(on), decided=long_date(decided))


class Milestone(enum.StrEnum):
    AWAITING_EXTENSION_DECISION = "awaiting_extension_decision"
    RUNNING_8W = "running_8w"
    EXTENDED_14W = "extended_14w"
    CLOCK_STOPPED = "clock_stopped"
    OVERDUE = "overdue"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"


# Enum attribute access is slow on Python 3.11 and derive_clock runs for every open case.
_AWAITING, _RUNNING_8W, _EXTENDED_14W, _STOPPED, _OVERDUE, _DECIDED, _WITHDRAWN = Milestone


@dataclass(frozen=True, slots=True)
class CaseClock:
    """The clock of one case as of `as_of`; deadlines are provisional while a stop is open."""

    t0: date
    as_of: date
    deadlines: DeadlineSet
    suspensions: tuple[tuple[date, date], ...]
    open_suspension_since: date | None
    provisional: bool
    extended: bool
    milestone: Milestone
    decided_on: date | None = None
    notified_on: date | None = None
    withdrawn_on: date | None = None

    @property
    def is_closed(self) -> bool:
        return self.milestone is _DECIDED or self.milestone is _WITHDRAWN

    def status_line(self) -> str:
        """The UI text of R-T-13 while the clock is stopped, else the final deadline."""
        final = long_date(self.deadlines.final_deadline.on)
        if self.open_suspension_since is not None:
            since = long_date(self.open_suspension_since)
            return f"Fristen står stille siden {since} (foreløpig frist {final})"
        return f"Svarfrist {final}"


@dataclass
class _Log:
    extended: bool = False
    suspensions: list[tuple[date, date]] = field(default_factory=list)
    open_since: date | None = None
    decided_on: date | None = None
    notified_on: date | None = None
    withdrawn_on: date | None = None


def _date(data: dict[str, object], key: str) -> date:
    value = data[key]
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _optional_date(data: dict[str, object], key: str) -> date | None:
    return _date(data, key) if data.get(key) else None


def _apply(log: _Log, event: CaseEvent) -> None:
    """Fold one event into the log; events that do not fit the rules are ignored."""
    data = event.data
    if event.kind == "extended":
        log.extended = True
    elif event.kind == "info_requested" and log.open_since is None:
        log.open_since = _date(data, "sent_on")
    elif event.kind == "info_received" and log.open_since is not None:
        log.suspensions.append((log.open_since, max(log.open_since, _date(data, "received_on"))))
        log.open_since = None
    elif event.kind == "decided":
        log.decided_on = _date(data, "dispatched_on")
        # R-AP-2: without a delivery receipt, the dispatch date (same-day e-mail) counts.
        log.notified_on = _optional_date(data, "notified_on") or log.decided_on
    elif event.kind == "withdrawn":
        log.withdrawn_on = _date(data, "on")


def _milestone(log: _Log, deadlines: DeadlineSet, today: date) -> Milestone:
    if log.withdrawn_on is not None:
        return _WITHDRAWN
    if log.decided_on is not None:
        return _DECIDED
    if log.open_since is not None:
        return _STOPPED
    if today > deadlines.final_deadline.on:
        return _OVERDUE
    if log.extended:
        return _EXTENDED_14W
    if today <= deadlines.notice_target_4w.on:
        return _AWAITING
    return _RUNNING_8W


_logged_at = attrgetter("at")


def derive_clock(t0: date, events: Sequence[CaseEvent], today: date) -> CaseClock:
    """Deadlines and milestone from the log; an open stop counts as if answered today (R-T-13)."""
    log = _Log()
    for event in sorted(events, key=_logged_at):
        _apply(log, event)
    closed = tuple(log.suspensions)
    counted = closed
    if log.open_since is not None:
        counted = (*closed, (log.open_since, max(log.open_since, today)))
    deadlines = compute_deadlines(t0, counted, log.extended, log.notified_on)
    return CaseClock(
        t0=t0,
        as_of=today,
        deadlines=deadlines,
        suspensions=closed,
        open_suspension_since=log.open_since,
        provisional=log.open_since is not None,
        extended=log.extended,
        milestone=_milestone(log, deadlines, today),
        decided_on=log.decided_on,
        notified_on=log.notified_on,
        withdrawn_on=log.withdrawn_on,
    )


def check_extension(
    t0: date,
    notice_sent_on: date,
    reason: str,
    override_reason: str | None = None,
    *,
    already_extended: bool = False,
) -> str | None:
    """R-EXT-1..3, P5: refuse or accept; return the note to log when N4W was overridden."""
    if already_extended:
        raise ExtensionAlreadyRecorded()
    if not reason.strip():
        raise ExtensionReasonMissing()
    deadlines = compute_deadlines(t0)
    limit, target = deadlines.notice_limit_1m.on, deadlines.notice_target_4w.on
    if notice_sent_on > limit:
        raise ExtensionNoticeTooLate(sent=long_date(notice_sent_on), limit=long_date(limit))
    if notice_sent_on <= target:
        return None
    if not (override_reason or "").strip():
        raise ExtensionOverrideRequired(sent=long_date(notice_sent_on), target=long_date(target))
    return f"Varslet etter fire uker ({long_date(target)}); overstyrt: {override_reason}"


def _check_open(clock: CaseClock) -> None:
    if clock.is_closed:
        raise ClockFinished(state=closed_state_text(clock))


def check_info_request(clock: CaseClock, sent_on: date) -> None:
    """R-T-13: one stop at a time, starting on or before the currently applicable deadline."""
    _check_open(clock)
    if clock.open_suspension_since is not None:
        raise SuspensionAlreadyOpen(since=long_date(clock.open_suspension_since))
    if sent_on < clock.t0:
        raise RequestBeforeReceipt(sent=long_date(sent_on), t0=long_date(clock.t0))
    deadline = clock.deadlines.final_deadline.on
    if sent_on > deadline:
        raise SuspensionAfterDeadline(sent=long_date(sent_on), deadline=long_date(deadline))


def check_info_received(clock: CaseClock, received_on: date) -> None:
    """R-T-13: the answer closes the open stop, on or after the day it started."""
    _check_open(clock)
    since = clock.open_suspension_since
    if since is None:
        raise NoOpenSuspension()
    if received_on < since:
        raise InformationBeforeRequest(received=long_date(received_on), sent=long_date(since))
