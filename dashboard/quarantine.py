"""Quarantine in the browser: the list, a retry, registering by hand and
«not a request». Section leaders and admins may act; each action names a reason and is audited."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from cases.errors import CaseworkError
from casework import quarantine
from config import wiring
from dashboard import labels, reports
from dashboard.access import Staff
from dashboard.actions import NotAllowed
from dashboard.db import Registers, audit, database
from dashboard.security import CsrfChecked, CurrentStaff
from dashboard.state import state_of
from dashboard.templating import render
from intake.service import retry_quarantined

router = APIRouter()
Field = Annotated[str, Form()]
OUTCOMES = {
    "received": "ble registrert som ny sak",
    "registered": "ble registrert som ny sak",
    "needs_review": "ble registrert som ny sak til vurdering",
    "deficient": "ble registrert som mangelfull sak",
    "rejected": "ble registrert og avvist",
    "attached": "ble lagt til en sak",
    "duplicate": "var en kopi av en melding vi har",
    "ignored": "var en automatisk melding",
    "quarantined": "kan fortsatt ikke leses",
}


def _allowed(staff: Staff) -> None:
    if not staff.may_assign:
        raise NotAllowed(what="behandle meldinger i karantene")


@router.get("/karantene")
def quarantine_page(request: Request, staff: CurrentStaff) -> Response:
    """Every message in quarantine with its reason, sender and subject, and what can be done."""
    _allowed(staff)
    state = state_of(request)
    with database(request) as session:
        rows = reports.quarantine(session, ZoneInfo(state.settings.office_timezone))
    audit(request, staff, "view_quarantine")
    sections = sorted(staff.sections) if staff.visible_sections is not None else []
    context = {
        "staff": staff, "rows": rows, "sections": sections or _all_sections(request),
        "done": request.query_params.get("utfall", ""),
    }  # fmt: skip
    return render(request, "quarantine.html", context)


def _all_sections(request: Request) -> list[str]:
    return sorted({s for person in state_of(request).staff.everyone() for s in person.sections})


def _back(message: str) -> Response:
    return RedirectResponse(f"/karantene?{urlencode({'utfall': message})}", status_code=303)


def _refused(request: Request, staff: Staff, action: str, exc: CaseworkError) -> Response:
    audit(request, staff, f"{action}_refused")
    context = {"message": labels.without_rule_ids(exc.user_message()), "code": exc.code}
    return render(request, "error.html", context | {"staff": staff}, status_code=409)


@router.post("/karantene/{submission_id}/prov-igjen", dependencies=[CsrfChecked])
def retry(request: Request, staff: CurrentStaff, submission_id: int, reason: Field) -> Response:
    """Run intake again on the stored original, e.g. after the sender's key was imported."""
    _allowed(staff)
    settings = state_of(request).settings
    try:
        if not reason.strip():
            raise quarantine.ReasonMissing()
        with wiring.register(settings) as register, wiring.keyring(settings) as gpg:
            result = retry_quarantined(
                submission_id, register=register, decryptor=gpg,
                policy=wiring.intake_policy(settings, wiring.office_key_fingerprint(gpg)),
                now=wiring.utc_now(),
            )  # fmt: skip
    except CaseworkError as exc:
        return _refused(request, staff, "quarantine_retry", exc)
    where = f" (sak {result.case_number})" if result.case_number else ""
    detail = f"melding {submission_id}: {result.outcome.value}; {reason.strip()}"
    reference = result.case_number.canonical if result.case_number else None
    audit(request, staff, "quarantine_retry", reference, detail)
    outcome = OUTCOMES.get(result.outcome.value, result.outcome.value)
    return _back(f"Melding {submission_id} {outcome}{where}.")


@router.post("/karantene/{submission_id}/registrer", dependencies=[CsrfChecked])
def register_by_hand(
    request: Request,
    staff: CurrentStaff,
    registers: Registers,
    submission_id: int,
    section: Field,
    reason: Field,
    title: Field = "",
    controller_email: Field = "",
    controller_name: Field = "",
) -> Response:
    """Open a case for a message nobody could read automatically; T0 is its arrival (C15)."""
    _allowed(staff)
    if not staff.can_see(section):
        raise NotAllowed(what="registrere saker i denne seksjonen")
    state = state_of(request)
    zone = ZoneInfo(state.settings.office_timezone)
    try:
        with database(request) as session:
            register = registers(session)
            record = register.get_submission(submission_id)
            case = quarantine.register_by_hand(
                register, submission_id, received_on=record.received_at.astimezone(zone).date(),
                title=title, section=section, controller_email=controller_email,
                controller_name=controller_name, reason=reason, actor=staff.username,
                now=wiring.utc_now(),
            )  # fmt: skip
    except CaseworkError as exc:
        return _refused(request, staff, "quarantine_register", exc)
    reference = case.number.canonical
    audit(request, staff, "quarantine_register", reference, f"melding {submission_id}")
    return _back(f"Melding {submission_id} er registrert som sak {reference}.")


@router.post("/karantene/{submission_id}/ikke-anmodning", dependencies=[CsrfChecked])
def not_a_request(
    request: Request, staff: CurrentStaff, registers: Registers, submission_id: int, reason: Field
) -> Response:
    """The message is not a request: it leaves the quarantine with the reason kept."""
    _allowed(staff)
    try:
        with database(request) as session:
            quarantine.mark_not_a_request(
                registers(session), submission_id, reason=reason, now=wiring.utc_now()
            )
    except CaseworkError as exc:
        return _refused(request, staff, "quarantine_not_request", exc)
    audit(request, staff, "quarantine_not_request", None, f"melding {submission_id}")
    return _back(f"Melding {submission_id} er merket som ikke en anmodning.")
