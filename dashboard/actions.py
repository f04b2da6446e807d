"""The dashboard's actions (POST, CSRF-checked): each calls the same use case as the CLI (I/O)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Depends, Form, Request, Response
from fastapi.responses import RedirectResponse

from cases import queries
from cases.errors import CaseworkError
from cases.letters import SqlLetters
from cases.model import CaseEvent, CaseNumber
from casework import clock_commands, drafting
from casework.assessment import assess_part
from completeness.types import Verdict
from config import wiring
from config.case_types import load_case_type
from config.settings import Settings
from dashboard import decision_form, labels
from dashboard.caserecord import (
    VisibleCase,
    case_context,
    decision_form_context,
    load_visible_case,
)
from dashboard.consequence import (
    CaseSnapshot,
    QueuedLetter,
    audit_detail,
    describe,
    needs_confirmation,
)
from dashboard.db import Registers, audit, database
from dashboard.security import CsrfChecked, CurrentStaff
from dashboard.state import state_of
from dashboard.templating import render
from deadlines.clock import derive_clock
from letters.findings import LetterInputInvalid, load_letter_input

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

router = APIRouter(prefix="/saker/{year}/{sequence}", dependencies=[CsrfChecked])
Command = Callable[["Session", CaseNumber, datetime], object]  # one transaction per action
Text = Annotated[str, Form()]
OptionalText = Annotated[str, Form()]
Day = Annotated[date, Form()]
Confirmed = Annotated[str, Form(alias="bekreftet")]


class NotAllowed(CaseworkError):
    code = "not_allowed"
    http_status = 403
    template = "Du har ikke tilgang til å {what}."


class BadPartVerdict(CaseworkError):
    code = "bad_part_verdict"
    template = "{detail}"


class _Undo(Exception):  # noqa: N818 - not an error: it carries a preview out of its transaction
    """Raised inside a preview's transaction so that it rolls back; carries what would happen."""

    def __init__(self, lines: list[str], weighty: bool) -> None:
        super().__init__("preview")
        self.lines, self.weighty = lines, weighty


def _snapshot(session: Session, case: VisibleCase, today: date) -> CaseSnapshot:
    row = queries.case_by_reference(session, case.number.year, case.number.sequence)
    assert row is not None
    events = [
        CaseEvent(e.kind, e.at, e.actor, dict(e.data or {}))
        for e in queries.case_event_rows(session, case.case_id)
    ]
    clock = derive_clock(case.received_on, events, today)
    letters = frozenset(r.id for r in queries.case_outgoing_rows(session, case.case_id))
    final_on = clock.deadlines.final_deadline.on
    return CaseSnapshot(row.status, final_on, clock.open_suspension_since, letters)


def _run(
    session: Session, case: VisibleCase, command: Command, today: date
) -> tuple[list[str], list[QueuedLetter], bool]:
    """Run the command in the caller's transaction: what it did in bokmål, its letters, and
    whether that needs a confirmation first."""
    before = _snapshot(session, case, today)
    command(session, case.number, wiring.utc_now())
    session.flush()
    after = _snapshot(session, case, today)
    new_ids = sorted(after.letter_ids - before.letter_ids)
    letters = [
        QueuedLetter(row.id, row.subject, tuple(row.recipients))
        for row in queries.outgoing_rows_by_id(session, new_ids)
    ]
    weighty = needs_confirmation(before, after, letters)
    return describe(before, after, letters), letters, weighty


def _preview(request: Request, case: VisibleCase, command: Command, today: date) -> _Undo:
    """What the command would do, from a run in a transaction that is always rolled back."""
    try:
        with database(request) as session:
            lines, _, weighty = _run(session, case, command, today)
            raise _Undo(lines, weighty)
    except _Undo as undo:
        return undo


def _act(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    action: str,
    command: Command,
    fields: dict[str, str] | None = None,
) -> Response:
    """Run one use case in one transaction; a refused rule re-renders the page with its message.

    An action that would close the case, queue a letter or move a deadline is first run as a
    preview and shown for confirmation; `fields` (the form) come back with `bekreftet=ja`.
    """
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
    today = state_of(request).today_on()
    confirmed = fields is not None and fields.pop("bekreftet", "") == "ja"
    error: str | None = None
    letters: list[QueuedLetter] = []
    try:
        if fields is not None and not confirmed:
            preview = _preview(request, case, command, today)
            if preview.weighty:
                audit(request, staff, f"{action}_previewed", case.reference)
                return _confirmation(request, staff, case, action, fields, preview.lines)
        with database(request) as session:  # rolled back when the use case refuses
            lines, letters, _ = _run(session, case, command, today)
    except CaseworkError as exc:
        error = labels.without_rule_ids(exc.user_message())
    if error is None:
        detail = audit_detail(lines) if confirmed else None
        audit(request, staff, f"{action}_confirmed" if confirmed else action, case.reference,
              detail)  # fmt: skip
        letter = f"&brev={letters[-1].id}" if letters else ""
        return RedirectResponse(f"{case.path}?melding={NOTICE_OF[action]}{letter}", status_code=303)
    audit(request, staff, f"{action}_refused", case.reference)
    state = state_of(request)
    with database(request) as session:
        context = case_context(session, case, state, today)
    context |= {"staff": staff, "notice": "", "error": error}
    return render(request, "case.html", context, status_code=409)


def _confirmation(
    request: Request,
    staff: CurrentStaff,
    case: VisibleCase,
    action: str,
    fields: dict[str, str],
    lines: list[str],
) -> Response:
    """The page that says what the action will do, with «Bekreft» and «Avbryt»."""
    title, button = CONFIRMATIONS[action]
    rejects = (
        action == "part_assessed"
        and fields.get("flyt") != "mangelbrev"
        and any(line.startswith("Ny status: Avvist") for line in lines)
    )
    context = {
        "staff": staff, "case": case, "title": title, "button": button, "lines": lines,
        "fields": fields, "action_path": f"{case.path}/{ROUTE_OF[action]}", "rejects": rejects,
    }  # fmt: skip
    return render(request, "confirm.html", context)


CONFIRMATIONS = {
    "extend": ("Forleng fristen med seks uker", "Bekreft forlengelsen"),
    "request_information": ("Be om opplysninger", "Bekreft: fristen stopper"),
    "information_received": ("Opplysninger mottatt", "Bekreft: fristen løper igjen"),
    "part_assessed": ("Sett vurdering av en del", "Bekreft vurderingen"),
}
ROUTE_OF = {
    "extend": "forleng",
    "request_information": "be-om-opplysninger",
    "information_received": "opplysninger-mottatt",
    "part_assessed": "del",
}


NOTICE_OF = {
    "assign": "tildelt",
    "extend": "forlenget",
    "request_information": "etterspurt",
    "information_received": "mottatt",
    "part_assessed": "vurdert",
    "draft_letter": "utkast",
}


@router.post("/tildel")
def assign(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    registers: Registers,
    caseworker: Text,
) -> Response:
    """Section leaders and admins give the case an owner from the case's section."""
    if not staff.may_assign:
        raise NotAllowed(what="tildele saker")
    state = state_of(request)

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = registers(session)
        section = cases.get_case(number).section
        if caseworker not in {s.username for s in state.staff.assignable_in(section)}:
            raise NotAllowed(what="tildele saken til denne personen")
        return clock_commands.assign_caseworker(
            cases, number, caseworker=caseworker, actor=staff.username, now=now
        )

    return _act(request, staff, year, sequence, "assign", command)


@router.post("/forleng")
def extend(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    registers: Registers,
    notice_sent_on: Day,
    reason: Text,
    override_reason: OptionalText = "",
    confirmed: Confirmed = "",
) -> Response:
    """Six more weeks (R-EXT), with the reason sent to the controller."""
    today = state_of(request).today_on()

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = registers(session)
        return clock_commands.extend_case(
            cases, number, notice_sent_on=notice_sent_on, reason=reason,
            override_reason=override_reason or None, actor=staff.username, now=now, today=today,
        )  # fmt: skip

    fields = {
        "notice_sent_on": notice_sent_on.isoformat(), "reason": reason,
        "override_reason": override_reason, "bekreftet": confirmed,
    }  # fmt: skip
    return _act(request, staff, year, sequence, "extend", command, fields)


@router.post("/be-om-opplysninger")
def request_information(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    registers: Registers,
    sent_on: Day,
    what: Text,
    confirmed: Confirmed = "",
) -> Response:
    """Stop the clock from the day the request is sent (R-T-13)."""
    today = state_of(request).today_on()

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = registers(session)
        return clock_commands.request_information(
            cases, number, sent_on=sent_on, what=what, actor=staff.username, now=now, today=today
        )

    fields = {"sent_on": sent_on.isoformat(), "what": what, "bekreftet": confirmed}
    return _act(request, staff, year, sequence, "request_information", command, fields)


@router.post("/opplysninger-mottatt")
def information_received(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    registers: Registers,
    received_on: Day,
    note: OptionalText = "",
    confirmed: Confirmed = "",
) -> Response:
    """Restart the clock: the suspended days are added to the deadline (R-T-13)."""
    today = state_of(request).today_on()

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = registers(session)
        return clock_commands.record_information_received(
            cases, number, received_on=received_on, actor=staff.username, now=now, note=note,
            today=today,
        )  # fmt: skip

    fields = {"received_on": received_on.isoformat(), "note": note, "bekreftet": confirmed}
    return _act(request, staff, year, sequence, "information_received", command, fields)


@router.post("/del")
def part_verdict(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    registers: Registers,
    part: Annotated[int, Form()],
    verdict: Text,
    reason: Text,
    flow: Annotated[str, Form(alias="flyt")] = "",
    confirmed: Confirmed = "",
) -> Response:
    """A caseworker's verdict on one part overrides the automatic one, and is logged (P2).

    A verdict that would reject the case is shown first, with the deficiency notice as the
    alternative (`flyt=mangelbrev`: the controller gets a deadline to send the part, P1).
    """
    settings = state_of(request).settings

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        if part not in {p.number for p in load_case_type().parts}:
            raise BadPartVerdict(detail=f"Del {part} finnes ikke.")
        if verdict not in set(Verdict) or verdict == Verdict.UNCERTAIN or not reason.strip():
            raise BadPartVerdict(detail="Velg finnes eller mangler, og skriv en begrunnelse.")
        cases = registers(session)
        policy = wiring.assessment_policy(settings, _office_key(settings))
        if flow == "mangelbrev":
            policy = replace(policy, incomplete_requests="notice_then_reject")
        return assess_part(
            cases, number, part, Verdict(verdict), reason.strip(), actor=staff.username,
            policy=policy, now=now, today=state_of(request).today_on(),
        )  # fmt: skip

    fields = {
        "part": str(part), "verdict": verdict, "reason": reason, "flyt": flow,
        "bekreftet": confirmed,
    }  # fmt: skip
    return _act(request, staff, year, sequence, "part_assessed", command, fields)


@router.post("/utkast")
def draft_letter(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    registers: Registers,
    kind: Text,
    source: Text,
) -> Response:
    """Draft a letter from its input (YAML), as `saksflyt letters draft` does."""
    state = state_of(request)
    settings = state.settings

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = registers(session)
        policy = wiring.letter_policy(settings, kind)
        return drafting.draft_letter(
            number, kind, source, register=cases, letters=SqlLetters(session),
            today=state.today_on(), now=now, actor=staff.username, policy=policy,
        )  # fmt: skip

    return _act(request, staff, year, sequence, "draft_letter", command)


async def form_fields(request: Request) -> dict[str, list[str]]:
    """Every field of a posted form with all its values (checkboxes, multiple selects)."""
    form = await request.form()
    return {key: [v for v in form.getlist(key) if isinstance(v, str)] for key in form}


FormFields = Annotated[dict[str, list[str]], Depends(form_fields)]


@router.post("/vedtaksbrev")
def draft_decision_from_fields(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    registers: Registers,
    form: FormFields,
) -> Response:
    """A decision drafted from the letter form's fields: the same input, and so the same draft,
    as the YAML route; problems are shown on the form, in the form's words."""
    state = state_of(request)
    data, problems = decision_form.decision_input(form)
    source = decision_form.as_yaml(data)
    if not problems:
        try:
            load_letter_input("decision", source)
        except LetterInputInvalid as exc:
            problems = [
                labels.without_rule_ids(decision_form.in_form_words(p)) for p in exc.problems
            ]
    if problems:
        with database(request) as session:
            case = load_visible_case(request, session, staff, year, sequence)
        audit(request, staff, "draft_decision_refused", case.reference)
        context = decision_form_context(case, state.today_on(), form, problems)
        return render(request, "decision_form.html", {"staff": staff, **context}, 422)

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        return drafting.draft_letter(
            number, "decision", source, register=registers(session),
            letters=SqlLetters(session), today=state.today_on(), now=now, actor=staff.username,
            policy=wiring.letter_policy(state.settings, "decision"),
        )  # fmt: skip

    return _act(request, staff, year, sequence, "draft_letter", command)


def _office_key(settings: Settings) -> str:
    with wiring.keyring(settings) as gpg:
        return wiring.office_key_fingerprint(gpg)
