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
from config import alerts
from dashboard import case_view, exports, frames, labels, reports
from dashboard.access import Role, Staff, authenticate
from dashboard.caserecord import case_context, decision_form_context, load_visible_case
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
from dashboard.templating import render
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
def start_page(request: Request, staff: CurrentStaff, seksjon: str = "") -> Response:
    """A caseworker starts at «Mine saker»; section leaders and admins at the overview."""
    if staff.role is Role.CASEWORKER:
        return RedirectResponse("/mine-saker", status_code=303)
    return overview(request, staff, seksjon)


@router.get("/oversikt")
def overview(request: Request, staff: CurrentStaff, seksjon: str = "") -> Response:
    """The overview of open cases: what needs action now on top, then the milestones."""
    state = state_of(request)
    today = state.today_on()
    zone = ZoneInfo(state.settings.office_timezone)
    with database(request) as session:
        data = reports.overview(session, staff, today, zone, seksjon)
    audit(request, staff, "view_overview", detail=f"seksjon={seksjon}" if seksjon else None)
    chart = weekly_chart(data.weeks, data.overdue)
    context = {"staff": staff, "today": today, "data": data, "chart": chart}
    return render(request, "overview.html", context)


def list_filter(
    seksjon: str = "",
    saksbehandler: str = "",
    milepael: str = "",
    status: str = "",
    sorter: str = "frist",
    synkende: bool = False,
    avsluttede: bool = False,
    sok: str = "",
) -> frames.ListFilter:
    """The case list's query string (Norwegian names, as the form sends them)."""
    return frames.ListFilter(
        seksjon, saksbehandler, milepael, status, sorter, synkende, include_closed=avsluttede,
        search=sok.strip()[:200],
    )  # fmt: skip


Filters = Annotated[frames.ListFilter, Depends(list_filter)]


def _listed(
    request: Request, staff: Staff, wanted: frames.ListFilter, side: int | None
) -> tuple[Any, Any, list[dict[str, Any]], int]:
    """(every visible case and the filtered, sorted ones as frames, the rows of page `side`
    with their titles, the page shown); `side` None: every row is titled (an export)."""
    today = state_of(request).today_on()
    open_only = not wanted.wants_closed
    with database(request) as session:
        frame = reports.case_frame(session, staff, today, open_only=open_only)
        found = None
        if wanted.search:
            found = reports.search(session, staff, wanted.search, open_only=open_only)
        shown = frames.filter_cases(frame, wanted, found)
        if side is None:
            return frame, reports.titled_frame(session, shown), [], 1
        page = min(max(side, 1), _pages(len(shown)))
        first = (page - 1) * LIST_LIMIT
        rows = shown.iloc[first : first + LIST_LIMIT].to_dict("records")
        reports.with_titles(session, rows)
    return frame, shown, rows, page


def _pages(count: int) -> int:
    return max(1, math.ceil(count / LIST_LIMIT))


@router.get("/mine-saker")
def my_cases(request: Request, staff: CurrentStaff, sok: str = "") -> Response:
    """A caseworker's desk: their own open cases, the nearest legal deadline first."""
    wanted = frames.ListFilter(caseworker=staff.username, sort="neste", search=sok.strip()[:200])
    return _case_list_page(request, staff, wanted, 1, mine=True)


@router.get("/saker")
def case_list(request: Request, staff: CurrentStaff, wanted: Filters, side: int = 1) -> Response:
    """Every visible case with filters (section, caseworker, milestone, status) and sorting,
    LIST_LIMIT rows per page (`side`)."""
    return _case_list_page(request, staff, wanted, side)


def _case_list_page(
    request: Request, staff: Staff, wanted: frames.ListFilter, side: int, mine: bool = False
) -> Response:
    frame, shown, rows, page = _listed(request, staff, wanted, side)
    first = (page - 1) * LIST_LIMIT
    audit(request, staff, "view_my_cases" if mine else "view_case_list", detail=wanted.describe())
    context = {
        "staff": staff,
        "mine": mine,
        "bulk_notice": _bulk_notice(request),
        "assignable": _assignable(request, staff, frame),
        "wanted": wanted,
        "rows": rows,
        "count": len(shown),
        "first": first + 1,
        "page": page,
        "pages": _pages(len(shown)),
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
    _, shown, _, _ = _listed(request, staff, wanted, None)
    audit(request, staff, f"export_{suffix}", detail=wanted.describe())
    content, media_type = exports.FORMATS[suffix](shown)
    filename = f"saker-{state_of(request).today_on().isoformat()}.{suffix}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(content, media_type=media_type, headers=headers)


@router.get("/saker/{year}/{sequence}")
def case_page(request: Request, staff: CurrentStaff, year: int, sequence: int) -> Response:
    """One case: timeline, deadlines with their trail, parts, documents, letters, crypto."""
    state = state_of(request)
    notice = request.query_params.get("melding", "")
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
        context = case_context(session, case, state, state.today_on())
        letter = _queued_letter(session, case.case_id, request.query_params.get("brev", ""))
    audit(request, staff, "view_case", case.reference)
    detail = case_view.notice_detail(notice, context["clock"], case.status, letter)
    context |= {"staff": staff, "notice": notice, "notice_detail": detail}
    return render(request, "case.html", context)


def _queued_letter(session: Any, case_id: int, reference: str) -> tuple[str, list[str]] | None:
    """The subject and recipients of the letter an action just queued (named in its redirect)."""
    if not reference.isdigit():
        return None
    rows = [r for r in queries.outgoing_rows_by_id(session, [int(reference)])]
    row = rows[0] if rows else None
    if row is None or queries.outgoing_text_row(session, case_id, row.id) is None:
        return None
    return row.subject, list(row.recipients)


@router.get("/saker/{year}/{sequence}/vedtaksbrev")
def decision_form_page(request: Request, staff: CurrentStaff, year: int, sequence: int) -> Response:
    """The form that drafts a decision from fields (the YAML route stays on the case page)."""
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
    audit(request, staff, "view_decision_form", case.reference)
    context = decision_form_context(case, state_of(request).today_on(), {}, [])
    return render(request, "decision_form.html", {"staff": staff, **context})


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


# A kept letter's file by suffix: (its query, media type, what the audit calls the download,
# what a 404 names). DOCX: any draft or final letter; PDF/A: only a letter that was sent.
LETTER_FILES: dict[str, tuple[Any, str, str, str]] = {
    "docx": (queries.letter_draft_docx_row, DOCX, "download_draft", "utkast {id}"),
    "pdf": (queries.letter_pdf_row, "application/pdf", "download_letter_pdf", "brev {id} (PDF/A)"),
}


@router.get("/saker/{year}/{sequence}/utkast/{draft_id}.{suffix}")
def letter_file_download(
    request: Request, staff: CurrentStaff, year: int, sequence: int, draft_id: int, suffix: str
) -> Response:
    """A letter of the case as the DOCX the CLI writes (draft or final), or the PDF/A kept of a
    letter that was sent (the archival copy)."""
    if suffix not in LETTER_FILES:
        raise CaseNotFound(reference=f"utkast {draft_id}.{suffix}")
    query, media_type, action, missing = LETTER_FILES[suffix]
    with database(request) as session:
        case = load_visible_case(request, session, staff, year, sequence)
        row = query(session, case.case_id, draft_id)
    if row is None and suffix == "docx":
        # an automatic letter is rendered just before it is sent (decisions/0011); asked for
        # earlier, it is rendered now, and then read back only if it is this case's
        alerts.render_letter(state_of(request).settings, draft_id)
        with database(request) as session:
            row = query(session, case.case_id, draft_id)
    if row is None:
        raise CaseNotFound(reference=f"{case.reference} {missing.format(id=draft_id)}")
    audit(request, staff, action, case.reference, detail=f"draft:{draft_id}")
    kind, content = row
    name = f"{case.reference.replace('/', '-')}-{kind}-{draft_id}.{suffix}"
    return Response(content, media_type=media_type, headers=_attachment(name))


def _attachment(name: str) -> dict[str, str]:
    """Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266)."""
    fallback = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name
    )
    disposition = f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name)}"
    return {"Content-Disposition": disposition}


def _assignable(request: Request, staff: Staff, frame: Any) -> list[Staff]:
    """Whom a section leader may give the listed cases to (the staff of their sections)."""
    if not staff.may_assign:
        return []
    directory = state_of(request).staff
    sections = sorted(str(s) for s in frame["section"].unique())
    people = {s.username: s for section in sections for s in directory.assignable_in(section)}
    return sorted(people.values(), key=lambda s: s.name)


def _bulk_notice(request: Request) -> str:
    """«3 saker er tildelt Kari Saksbehandler.» after a bulk assignment."""
    params = request.query_params
    count = params.get("antall", "")
    if params.get("melding") != "tildelt-mange" or not count.isdigit():
        return ""
    name = state_of(request).staff.name_of(params.get("til", ""))
    noun = "sak er" if count == "1" else "saker er"
    return f"{labels.thousands(int(count))} {noun} tildelt {name}."
