"""The dashboard's templates: the Jinja2 environment with its filters, and `render` for a page.

The routers (pages, actions, bulk, quarantine) and the application (app) import `render` from
here, so no router imports the application.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from dashboard import labels
from dashboard.security import session_of
from dashboard.state import state_of
from deadlines.calendar import long_date

HERE = Path(__file__).parent


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["long_date"] = long_date
    env.filters["dmy"] = lambda d: d.strftime("%d.%m.%Y") if d else ""
    env.filters["thousands"] = labels.thousands
    env.filters["letter_kind"] = labels.letter_kind
    env.globals["labels"] = labels
    env.globals["label"] = labels.label
    env.globals["notices"] = labels.NOTICES
    env.globals["sort_labels"] = labels.SORT
    env.globals["zip"] = zip
    return Jinja2Templates(env=env)


TEMPLATES = _templates()


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """A page with the CSRF token and the signed-in user (if any) available to every template."""
    names = state_of(request).staff.name_of
    context = {"csrf_token": session_of(request).csrf, "staff": None, "name_of": names, **context}
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status_code)
