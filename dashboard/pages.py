"""The dashboard's pages and downloads (GET); every one checks access and is audited (I/O)."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, Form, Request, Response
from fastapi.responses import RedirectResponse

from cases import queries
from cases.errors import CaseNotFound
from dashboard import exports, frames, reports
from dashboard.access import Staff, authenticate
from dashboard.app import render
from dashboard.caserecord import case_context, load_visible_case
from dashboard.chart import weekly_chart
from dashboard.cookies import new_session
from dashboard.db import audit, database
from dashboard.security import (
    CsrfChecked,
    CurrentStaff,
    client_address,
    replace_session,
    session_of,
)
from dashboard.state import state_of
from dashboard.throttle import MAX_USERNAME

router = APIRouter()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LIST_LIMIT = 500  # rows per page of the case list; the exports hold every row


@router.get("/logg-inn")
def login_page(request: Request) -> Response:
    session_of(request)  # a session (and CSRF token) before the form is posted
    return render(request, "login.html", {"error": None})


@router.post("/logg-inn", dependencies=[CsrfChecked])
def login(
    request: Request, username: Annotated[str, Form()], password: Annotated[str, Form()]
) -> Response:
    """Local login (demo, or without SSO); a new session (and CSRF token) on success."""
    state = state_of(request)
    address = client_address(request)
    if len(username) > MAX_USERNAME:  # nobody's name: kept out of the throttle's memory
        return _login_refused(request)
    wait = state.login_throttle.attempt(address, username)
    if wait:
        audit(request, "-", "login_throttled")
        minutes = math.ceil(wait / 60)
        context = {"error": f"For mange feilede innlogginger. Prøv igjen om {minutes} min."}
        return render(request, "login.html", context, status_code=429)
    staff = authenticate(state.staff, username, password)
    if staff is None:
        return _login_refused(request)
    state.login_throttle.succeeded(address, username)
    replace_session(request, new_session(state.epoch_seconds(), staff.username))
    audit(request, staff, "login")
    return RedirectResponse("/", status_code=303)


def _login_refused(request: Request) -> Response:
    audit(request, "-", "login_failed")
    context = {"error": "Feil brukernavn eller passord."}
    return render(request, "login.html", context, status_code=401)


@router.post("/logg-ut", dependencies=[CsrfChecked])
def logout(request: Request) -> Response:
    username = session_of(request).username
    replace_session(request, new_session(state_of(request).epoch_seconds()))
    if username:
        audit(request, username, "logout")
    return RedirectResponse("/logg-inn", status_code=303)


@router.get("/")
def overview(request: Request, staff: CurrentStaff) -> Response:
    """The section leader's overview of open cases at risk."""
    state = state_of(request)
    today = state.today_on()
    with database(request) as session:
        data = reports.overview(session, staff, today, ZoneInfo(state.settings.office_timezone))
    audit(request, staff, "view_overview")
    context = {"staff": staff, "today": today, "data": data, "chart": weekly_chart(data.weeks)}
    return render(request, "overview.html", context)


def list_filter(
    seksjon: str = "",
    saksbehandler: str = "",
    milepael: str = "",
    status: str = "",
    sorter: str = "frist",
    synkende: bool = False,
    avsluttede: bool = False,
) -> frames.ListFilter:
    """The case list's query string (Norwegian names, as the form sends them)."""
    return frames.ListFilter(
        seksjon, saksbehandler, milepael, status, sorter, synkende, include_closed=avsluttede
    )


Filters = Annotated[frames.ListFilter, Depends(list_filter)]


def _listed(request: Request, staff: Staff, wanted: frames.ListFilter) -> tuple[Any, Any]:
    """(every visible case, the filtered and sorted ones) as frames."""
    today = state_of(request).today_on()
    with database(request) as session:
        frame = reports.case_frame(session, staff, today, open_only=not wanted.wants_closed)
    return frame, frames.filter_cases(frame, wanted)


@router.get("/saker")
def case_list(request: Request, staff: CurrentStaff, wanted: Filters, side: int = 1) -> Response:
    """Every visible case with filters (section, caseworker, milestone, status) and sorting,
    LIST_LIMIT rows per page (`side`)."""
    frame, shown = _listed(request, staff, wanted)
    pages = max(1, math.ceil(len(shown) / LIST_LIMIT))
    page = min(max(side, 1), pages)
    first = (page - 1) * LIST_LIMIT
    audit(request, staff, "view_case_list", detail=wanted.describe())
    context = {
        "staff": staff,
        "wanted": wanted,
        "rows": shown.iloc[first : first + LIST_LIMIT].to_dict("records"),
        "count": len(shown),
        "first": first + 1,
        "page": page,
        "pages": pages,
        "options": frames.filter_options(frame),
        "query": wanted.query_string(),
        "sort_query": lambda key, descending: replace(
            wanted, sort=key, descending=descending
        ).query_string(),
    }
    return render(request, "cases.html", context)


@router.get("/saker/eksport.{suffix}")
def case_export(request: Request, staff: CurrentStaff, wanted: Filters, suffix: str) -> Response:
    """The filtered case list as CSV or XLSX (every row, not only the first page)."""
    if suffix not in exports.FORMATS:
        raise CaseNotFound(reference=f"eksport.{suffix}")
    _, shown = _listed(request, staff, wanted)
    audit(request, staff, f"export_{suffix}", detail=wanted.describe())
    content, media_type = exports.FORMATS[suffix](shown)
    filename = f"saker-{state_of(request).today_on().isoformat()}.{suffix}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(content, media_type=media_type, headers=headers)


@router.get("/saker/{year}/{sequence}")
def case_page(request: Request, staff: CurrentStaff, year: int, sequence: int) -> Response:
    """One case: timeline, deadlines with their trail, parts, documents, letters, crypto."""
    state = state_of(request)
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
        context = case_context(session, case, state, state.today_on())
    audit(request, staff, "view_case", case.reference)
    context |= {"staff": staff, "notice": request.query_params.get("melding", "")}
    return render(request, "case.html", context)


@router.get("/saker/{year}/{sequence}/dokumenter/{document_id}")
def document_download(
    request: Request, staff: CurrentStaff, year: int, sequence: int, document_id: int
) -> Response:
    """A document's bytes, only to someone who may see the case (else 404)."""
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
        row = queries.document_content_row(session, case.case_id, document_id)
    if row is None:
        raise CaseNotFound(reference=f"{case.reference} dokument {document_id}")
    audit(request, staff, "download_document", case.reference, detail=f"document:{document_id}")
    name, media_type, content = row
    return Response(content, media_type=media_type, headers=_attachment(name))


@router.get("/saker/{year}/{sequence}/brev/{message_id}")
def letter_download(
    request: Request, staff: CurrentStaff, year: int, sequence: int, message_id: int
) -> Response:
    """A letter or draft of the case as plain text."""
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
        row = queries.outgoing_text_row(session, case.case_id, message_id)
    if row is None:
        raise CaseNotFound(reference=f"{case.reference} brev {message_id}")
    audit(request, staff, "download_letter", case.reference, detail=f"outgoing:{message_id}")
    kind, subject, body = row
    text = f"{subject}\n\n{body}".encode()
    name = f"{case.reference.replace('/', '-')}-{kind.replace(':', '-')}-{message_id}.txt"
    return Response(text, media_type="text/plain; charset=utf-8", headers=_attachment(name))


@router.get("/saker/{year}/{sequence}/utkast/{draft_id}.docx")
def draft_download(
    request: Request, staff: CurrentStaff, year: int, sequence: int, draft_id: int
) -> Response:
    """A letter of the case (draft or final) as the DOCX the CLI writes."""
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
        row = queries.letter_draft_docx_row(session, case.case_id, draft_id)
    if row is None:
        raise CaseNotFound(reference=f"{case.reference} utkast {draft_id}")
    audit(request, staff, "download_draft", case.reference, detail=f"draft:{draft_id}")
    kind, docx = row
    name = f"{case.reference.replace('/', '-')}-{kind}-{draft_id}.docx"
    return Response(docx, media_type=DOCX, headers=_attachment(name))


@router.get("/saker/{year}/{sequence}/utkast/{draft_id}.pdf")
def letter_pdf_download(
    request: Request, staff: CurrentStaff, year: int, sequence: int, draft_id: int
) -> Response:
    """The PDF/A kept of a letter that was sent (the archival copy)."""
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
        row = queries.letter_pdf_row(session, case.case_id, draft_id)
    if row is None:
        raise CaseNotFound(reference=f"{case.reference} brev {draft_id} (PDF/A)")
    audit(request, staff, "download_letter_pdf", case.reference, detail=f"draft:{draft_id}")
    kind, pdf = row
    name = f"{case.reference.replace('/', '-')}-{kind}-{draft_id}.pdf"
    return Response(pdf, media_type="application/pdf", headers=_attachment(name))


def _attachment(name: str) -> dict[str, str]:
    """Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266)."""
    fallback = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name
    )
    disposition = f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name)}"
    return {"Content-Disposition": disposition}
