"""Leader tools over many cases (POST, CSRF-checked): assignment by selection or by filter (I/O).

Each case is assigned by the same use case as on the case page and the CLI, and each gets its
own audit entry, all in one transaction.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from cases.model import CaseNumber
from cases.orm_audit import record_audit
from casework import clock_commands
from config import wiring
from dashboard import frames, reports
from dashboard.actions import NotAllowed
from dashboard.db import Registers, database
from dashboard.security import CsrfChecked, CurrentStaff
from dashboard.state import state_of

router = APIRouter(dependencies=[CsrfChecked])
Field = Annotated[str, Form()]


@router.post("/saker/tildel")
def assign_many(
    request: Request,
    staff: CurrentStaff,
    registers: Registers,
    caseworker: Field,
    saker: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI copies form defaults
    hele_filteret: Field = "",
    seksjon: Field = "",
    saksbehandler: Field = "",
    milepael: Field = "",
    status: Field = "",
    sok: Field = "",
) -> Response:
    """Give the selected cases, or every case the list's filter shows, to one caseworker."""
    if not staff.may_assign:
        raise NotAllowed(what="tildele saker")
    state = state_of(request)
    wanted = frames.ListFilter(seksjon, saksbehandler, milepael, status, search=sok.strip())
    everything = hele_filteret == "1"
    with database(request) as session:
        frame = reports.case_frame(session, staff, state.today_on(), open_only=True)
        if everything:
            found = None
            if wanted.search:
                found = reports.search(session, staff, wanted.search)
            rows = frames.filter_cases(frame, wanted, found)
        else:
            rows = frame[frame["reference"].isin(set(saker))]
        register, now = registers(session), wiring.utc_now()
        assigned = 0
        for reference, section in zip(rows["reference"], rows["section"], strict=True):
            if caseworker not in {s.username for s in state.staff.assignable_in(section)}:
                raise NotAllowed(what=f"tildele sak {reference} til denne personen")
            number = CaseNumber(*map(int, reference.split("/")))
            clock_commands.assign_caseworker(
                register, number, caseworker=caseworker, actor=staff.username, now=now
            )
            how = "filter" if everything else "utvalg"
            record_audit(
                session, at=now, actor=staff.username, action="assign_bulk",
                case_reference=reference, detail=f"til {caseworker} ({how})",
            )  # fmt: skip
            assigned += 1
    back = wanted.query_string() if everything else ""
    notice = urlencode({"melding": "tildelt-mange", "antall": assigned, "til": caseworker})
    return RedirectResponse(f"/saker?{back}{'&' if back else ''}{notice}", status_code=303)
