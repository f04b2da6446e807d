"""The dashboard's actions (POST, CSRF-checked): each calls the same use case as the CLI (I/O)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from cases.errors import CaseworkError
from cases.letters import SqlLetters
from cases.model import CaseNumber
from cases.repository import SqlRegister
from completeness.types import Verdict
from config import wiring
from config.case_types import load_case_type
from config.settings import Settings
from dashboard.app import render
from dashboard.caserecord import case_context, load_visible_case
from dashboard.db import audit, database
from dashboard.security import CsrfChecked, CurrentStaff
from dashboard.state import state_of
from intake import casework, letters
from intake.assessment import assess_part

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

router = APIRouter(prefix="/saker/{year}/{sequence}", dependencies=[CsrfChecked])
Command = Callable[["Session", CaseNumber, datetime], object]  # one transaction per action
Text = Annotated[str, Form()]
OptionalText = Annotated[str, Form()]
Day = Annotated[date, Form()]


class NotAllowed(CaseworkError):
    code = "not_allowed"
    http_status = 403
    template = "Du har ikke tilgang til å {what}."


class BadPartVerdict(CaseworkError):
    code = "bad_part_verdict"
    template = "{detail}"


def _act(
    request: Request, staff: CurrentStaff, year: int, sequence: int, action: str, command: Command
) -> Response:
    """Run one use case in one transaction; a refused rule re-renders the page with its message."""
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
    error = None
    try:
        with database(request) as session:  # rolled back when the use case refuses
            command(session, case.number, wiring.utc_now())
    except CaseworkError as exc:
        error = exc.user_message()
    audit(request, staff, action if error is None else f"{action}_refused", case.reference)
    if error is None:
        return RedirectResponse(f"{case.path}?melding={NOTICE_OF[action]}", status_code=303)
    state = state_of(request)
    with database(request) as session:
        context = case_context(session, case, state, state.today_on())
    context |= {"staff": staff, "notice": "", "error": error}
    return render(request, "case.html", context, status_code=409)


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
    request: Request, staff: CurrentStaff, year: int, sequence: int, caseworker: Text
) -> Response:
    """Section leaders and admins give the case an owner from the case's section."""
    if not staff.may_assign:
        raise NotAllowed(what="tildele saker")
    state = state_of(request)

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = SqlRegister(session)
        section = cases.get_case(number).section
        if caseworker not in {s.username for s in state.staff.assignable_in(section)}:
            raise NotAllowed(what="tildele saken til denne personen")
        return casework.assign_caseworker(
            cases, number, caseworker=caseworker, actor=staff.username, now=now
        )

    return _act(request, staff, year, sequence, "assign", command)


@router.post("/forleng")
def extend(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    notice_sent_on: Day,
    reason: Text,
    override_reason: OptionalText = "",
) -> Response:
    """Six more weeks (R-EXT), with the reason sent to the controller."""

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = SqlRegister(session)
        return casework.extend_case(
            cases, number, notice_sent_on=notice_sent_on, reason=reason,
            override_reason=override_reason or None, actor=staff.username, now=now,
        )  # fmt: skip

    return _act(request, staff, year, sequence, "extend", command)


@router.post("/be-om-opplysninger")
def request_information(
    request: Request, staff: CurrentStaff, year: int, sequence: int, sent_on: Day, what: Text
) -> Response:
    """Stop the clock from the day the request is sent (R-T-13)."""

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = SqlRegister(session)
        return casework.request_information(
            cases, number, sent_on=sent_on, what=what, actor=staff.username, now=now
        )

    return _act(request, staff, year, sequence, "request_information", command)


@router.post("/opplysninger-mottatt")
def information_received(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    received_on: Day,
    note: OptionalText = "",
) -> Response:
    """Restart the clock: the suspended days are added to the deadline (R-T-13)."""

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = SqlRegister(session)
        return casework.record_information_received(
            cases, number, received_on=received_on, actor=staff.username, now=now, note=note
        )

    return _act(request, staff, year, sequence, "information_received", command)


@router.post("/del")
def part_verdict(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    part: Annotated[int, Form()],
    verdict: Text,
    reason: Text,
) -> Response:
    """A caseworker's verdict on one part overrides the automatic one, and is logged (P2)."""

    settings = state_of(request).settings

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        if part not in {p.number for p in load_case_type().parts}:
            raise BadPartVerdict(detail=f"Del {part} finnes ikke.")
        if verdict not in set(Verdict) or verdict == Verdict.UNCERTAIN or not reason.strip():
            raise BadPartVerdict(detail="Velg finnes eller mangler, og skriv en begrunnelse.")
        cases = SqlRegister(session, wiring.message_id_domain(settings))
        return assess_part(
            cases, number, part, Verdict(verdict), reason.strip(), actor=staff.username,
            policy=wiring.assessment_policy(settings, _office_key(settings)), now=now,
            today=state_of(request).today_on(),
        )  # fmt: skip

    return _act(request, staff, year, sequence, "part_assessed", command)


@router.post("/utkast")
def draft_letter(
    request: Request,
    staff: CurrentStaff,
    year: int,
    sequence: int,
    kind: Text,
    source: Text,
) -> Response:
    """Draft a letter from its input (YAML), as `saksflyt letters draft` does."""
    state = state_of(request)
    settings = state.settings

    def command(session: Session, number: CaseNumber, now: datetime) -> object:
        cases = SqlRegister(session)
        policy = wiring.letter_policy(settings, kind)
        return letters.draft_letter(
            number, kind, source, register=cases, letters=SqlLetters(session),
            today=state.today_on(), now=now, actor=staff.username, policy=policy,
        )  # fmt: skip

    return _act(request, staff, year, sequence, "draft_letter", command)


def _office_key(settings: Settings) -> str:
    with wiring.keyring(settings) as gpg:
        return wiring.office_key_fingerprint(gpg)
