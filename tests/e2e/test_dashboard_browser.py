"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.services.browser import ARTIFACTS

pytestmark = pytest.mark.postgres


def _log_in(context: Any, base: str, username: str) -> Any:
    page = context.new_page()
    page.goto(f"{base}/")
    expect(page).to_have_url(f"{base}/logg-inn")
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill("demo")
    page.get_by_role("button", name="Logg inn").click()
    expect(page).to_have_url(f"{base}/")
    return page


def test_a_section_leader_extends_a_case_and_sees_the_new_date(
    chromium: Any, live_dashboard: str, database_url: str
) -> None:
    context = chromium.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    try:
        page = _log_in(context, live_dashboard, "leder")
        expect(page.get_by_role("heading", level=1)).to_have_text("Oversikt over åpne saker")
        expect(page.get_by_text("Høy risiko").first).to_be_attached()
        ARTIFACTS.mkdir(exist_ok=True)
        backend = database_url.split(":", 1)[0].split("+", 1)[0]
        page.screenshot(path=str(ARTIFACTS / f"dashboard-overview-{backend}.png"), full_page=True)

        page.get_by_role("link", name="2026/00001").first.click()
        expect(page).to_have_url(f"{live_dashboard}/saker/2026/1")
        expect(page.locator("#final-deadline")).to_have_text("mandag 27. april 2026")
        page.get_by_label("Begrunnelse (sendes med varselet)").fill("Kompleks behandling")
        page.get_by_role("button", name="Forleng").click()

        expect(page.get_by_role("status")).to_contain_text("Fristen er forlenget")
        expect(page.locator("#final-deadline")).to_have_text("mandag 8. juni 2026")
        expect(page.locator("#milestone")).to_have_text("Forlenget mot 14 uker")
    finally:
        context.close()


def test_a_caseworker_from_another_section_is_refused_the_same_case(
    chromium: Any, live_dashboard: str
) -> None:
    context = chromium.new_context(locale="nb-NO")
    try:
        page = _log_in(context, live_dashboard, "tilsyn")
        expect(page.get_by_text("Kameraovervåking")).to_have_count(0)
        response = page.goto(f"{live_dashboard}/saker/2026/1")
        assert response is not None and response.status == 404
        expect(page.get_by_role("alert")).to_have_text("Fant ingen sak med nummer 2026/00001.")
    finally:
        context.close()
