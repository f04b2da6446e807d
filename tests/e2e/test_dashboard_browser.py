"""The dashboard in a real browser: Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from cases.model import NewCase
from config import wiring
from tests.services.browser import ARTIFACTS, Seeded

pytestmark = pytest.mark.postgres


def _log_in(context: Any, base: str, username: str, start: str = "/") -> Any:
    page = context.new_page()
    page.goto(f"{base}/")
    expect(page).to_have_url(f"{base}/logg-inn")
    page.get_by_label("Brukernavn").fill(username)
    page.get_by_label("Passord").fill("demo")
    page.get_by_role("button", name="Logg inn").click()
    expect(page).to_have_url(f"{base}{start}")
    return page


def _screenshot(page: Any, name: str, database_url: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    backend = database_url.split(":", 1)[0].split("+", 1)[0]
    page.screenshot(path=str(ARTIFACTS / f"{name}-{backend}.png"), full_page=True)


def _open_case_on_its_last_notice_day(seeded: Seeded) -> str:
    """T0 Friday 20 February: the 4-week target and the one-month limit are TODAY (20 March)."""
    received = datetime(2026, 2, 20, 9, tzinfo=UTC)
    new = NewCase(received, date(2026, 2, 20), "dpo@fjord.no", "Fjord Helse AS",
                  "Pasientportal", "Seksjon for personvern", received)  # fmt: skip
    with wiring.register(seeded.settings) as register:
        return register.open_case(new).number.canonical


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
        page.get_by_text("Forleng fristen med seks uker").click()
        page.get_by_label("Begrunnelse (sendes med varselet)").fill("Kompleks behandling")
        page.get_by_role("button", name="Forleng").click()
        expect(page.locator("#consequences")).to_contain_text(
            "Ny svarfrist: mandag 8. juni 2026 (nå mandag 27. april 2026)."
        )
        page.get_by_role("button", name="Bekreft forlengelsen").click()

        expect(page.get_by_role("status")).to_contain_text("Fristen er forlenget")
        expect(page.get_by_role("status")).to_contain_text("Gjeldende svarfrist: mandag 8. juni")
        expect(page.locator("#final-deadline")).to_have_text("mandag 8. juni 2026")
        expect(page.locator("#milestone")).to_have_text("Forlenget mot 14 uker")
    finally:
        context.close()


def test_a_caseworker_from_another_section_is_refused_the_same_case(
    chromium: Any, live_dashboard: str
) -> None:
    context = chromium.new_context(locale="nb-NO")
    try:
        page = _log_in(context, live_dashboard, "tilsyn", "/mine-saker")
        expect(page.get_by_text("Kameraovervåking")).to_have_count(0)
        response = page.goto(f"{live_dashboard}/saker/2026/1")
        assert response is not None and response.status == 404
        expect(page.get_by_role("alert")).to_have_text("Fant ingen sak med nummer 2026/00001.")
    finally:
        context.close()


def test_the_urgent_strip_shows_a_case_on_its_last_legal_notice_day(
    chromium: Any, live_dashboard: str, seeded: Seeded, database_url: str
) -> None:
    reference = _open_case_on_its_last_notice_day(seeded)
    context = chromium.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    try:
        page = _log_in(context, live_dashboard, "leder")
        strip = page.locator("#urgent-table")
        expect(strip).to_be_in_viewport()  # above the fold
        row = strip.get_by_role("row").filter(has_text=reference)
        expect(row).to_contain_text("Siste lovlige dag for varsel om forlengelse")
        expect(row).to_contain_text("fredag 20. mars 2026")
        expect(row).to_contain_text("Avgjør forlengelse i dag")
        expect(page.locator(".card-overdue")).to_contain_text("denne uka")
        _screenshot(page, "dashboard-overview", database_url)
    finally:
        context.close()


def test_a_verdict_that_would_reject_asks_for_confirmation_first(
    chromium: Any, live_dashboard: str
) -> None:
    context = chromium.new_context(locale="nb-NO")
    try:
        page = _log_in(context, live_dashboard, "saksbehandler", "/mine-saker")
        page.goto(f"{live_dashboard}/saker/2026/1")
        for part, verdict in (("1", "present"), ("2", "present"), ("4", "present"),
                              ("5", "present"), ("3", "missing")):  # fmt: skip
            page.get_by_text("Sett vurdering av en del").click()
            page.locator("#part").select_option(part)
            page.locator("#verdict").select_option(verdict)
            page.get_by_label("Begrunnelse (logges)").fill("Lest vedleggene")
            page.get_by_role("button", name="Lagre vurdering").click()
            if part == "1":  # to review: the interim reply (fvl. § 11 a) is a letter, confirmed
                expect(page.locator("#consequences")).to_contain_text("Ny status: Til vurdering")
                page.get_by_role("button", name="Bekreft vurderingen").click()
        # the default policy answers a missing part with a deficiency notice, never at once
        # with a rejection; the caseworker sees the letter and its recipient before it is queued
        expect(page.get_by_role("heading", level=1)).to_contain_text("Sett vurdering av en del")
        expect(page.locator("#consequences")).to_contain_text("Ny status: Mangelfull")
        expect(page.locator("#consequences")).to_contain_text("sendes til post@firma.no")
        page.get_by_role("button", name="Bekreft vurderingen").click()
        expect(page.get_by_role("status")).to_contain_text("Status: Mangelfull.")
        expect(page.get_by_role("status")).to_contain_text("er lagt i utboksen til post@firma.no")
    finally:
        context.close()


def test_a_future_date_is_refused_with_a_plain_message(chromium: Any, live_dashboard: str) -> None:
    context = chromium.new_context(locale="nb-NO")
    try:
        page = _log_in(context, live_dashboard, "leder")
        page.goto(f"{live_dashboard}/saker/2026/1")
        page.get_by_text("Be om opplysninger (fristen stopper)").click()
        page.get_by_label("Forespørsel sendt").fill("2026-04-03")
        page.get_by_label("Hva etterspørres").fill("DPIA")
        page.get_by_role("button", name="Registrer forespørsel").click()
        expect(page.get_by_role("alert")).to_contain_text(
            "Forespørselen fredag 3. april 2026 er fram i tid."
        )
        expect(page.locator("#status-line")).not_to_contain_text("står stille")
    finally:
        context.close()


def test_a_caseworkers_desk_with_search(
    chromium: Any, live_dashboard: str, seeded: Seeded, database_url: str
) -> None:
    context = chromium.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    try:
        page = _log_in(context, live_dashboard, "saksbehandler", "/mine-saker")
        expect(page.get_by_role("heading", level=1)).to_have_text("Mine saker")
        expect(page.get_by_role("link", name="2026/00002")).to_be_visible()
        _screenshot(page, "dashboard-desk", database_url)
        page.get_by_label("Søk: saksnummer, behandlingsansvarlig, org.nr. eller emne").fill(
            "2026/00001"
        )
        page.get_by_role("button", name="Søk").click()
        expect(page.get_by_role("link", name="2026/00002")).to_have_count(0)
        page.goto(f"{live_dashboard}/saker?sok=ansiktsgjenkjenning")
        expect(page.get_by_role("link", name="2026/00002")).to_be_visible()
        expect(page.get_by_role("link", name="2026/00001")).to_have_count(0)
    finally:
        context.close()


def test_a_leader_assigns_the_selected_cases(chromium: Any, live_dashboard: str) -> None:
    context = chromium.new_context(locale="nb-NO")
    try:
        page = _log_in(context, live_dashboard, "leder")
        page.goto(f"{live_dashboard}/saker?saksbehandler=-")
        page.get_by_label("Velg sak 2026/00001").check()
        page.get_by_label("Velg sak 2026/00005").check()
        page.locator("#bulk-caseworker").select_option("saksbehandler")
        page.get_by_role("button", name="Tildel valgte").click()
        expect(page.get_by_role("status")).to_have_text("2 saker er tildelt Kari Saksbehandler.")
        page.goto(f"{live_dashboard}/saker?saksbehandler=saksbehandler")
        expect(page.get_by_role("link", name="2026/00005")).to_be_visible()
    finally:
        context.close()


def test_a_leader_marks_a_quarantined_message_as_not_a_request(
    chromium: Any, live_dashboard: str
) -> None:
    context = chromium.new_context(locale="nb-NO")
    try:
        page = _log_in(context, live_dashboard, "leder")
        page.get_by_role("link", name="Karantene").first.click()
        expect(page.get_by_text("ingen nøkkel")).to_be_visible()
        page.get_by_text("Ikke en anmodning", exact=True).click()
        page.get_by_label("Begrunnelse").last.fill("Reklame")
        page.get_by_role("button", name="Merk som ikke en anmodning").click()
        expect(page.get_by_role("status")).to_contain_text("er merket som ikke en anmodning")
        expect(page.get_by_text("Karantenen er tom.")).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/", "/saker", "/saker/2026/1", "/mine-saker", "/karantene"])
def test_pages_reflow_at_320_px_without_sideways_scrolling(
    chromium: Any, live_dashboard: str, path: str
) -> None:
    context = chromium.new_context(locale="nb-NO", viewport={"width": 320, "height": 640})
    try:
        page = _log_in(context, live_dashboard, "leder")
        page.goto(f"{live_dashboard}{path}")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width} px wide at 320 px"
    finally:
        context.close()


# WCAG 2.1 A and AA, as axe-core tags them (the bundled axe.min.js; no network).
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
AXE_PAGES = {  # name -> (path, viewport width)
    "oversikt": ("/oversikt", 1280),
    "saksliste": ("/saker", 1280),
    "mine saker": ("/mine-saker", 1280),
    "søkeresultat": ("/saker?sok=Firma", 1280),
    "saksside": ("/saker/2026/1", 1280),
    "saksside på mobil": ("/saker/2026/1", 390),
    "karantene": ("/karantene", 1280),
    "vedtaksbrev": ("/saker/2026/1/vedtaksbrev", 1280),
    "ikke funnet": ("/saker/2026/99999", 1280),
}


def _axe_violations(page: Any) -> list[str]:
    results = Axe().run(page, options=AXE_OPTIONS)
    return [
        f"{v['id']} ({v['impact']}): {len(v['nodes'])} × {v['nodes'][0]['target']}"
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)  # pages, not back ends
def test_axe_finds_no_wcag_violations_on_any_page(chromium: Any, live_dashboard: str) -> None:
    """axe-core (WCAG 2.1 A and AA) on the login page and every page a leader reaches."""
    found: dict[str, list[str]] = {}
    context = chromium.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(f"{live_dashboard}/logg-inn")
        found["innlogging"] = _axe_violations(page)
        page.get_by_label("Brukernavn").fill("leder")
        page.get_by_label("Passord").fill("demo")
        page.get_by_role("button", name="Logg inn").click()
        expect(page).to_have_url(f"{live_dashboard}/")
        for name, (path, width) in AXE_PAGES.items():
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_dashboard}{path}")
            found[name] = _axe_violations(page)
        page.goto(f"{live_dashboard}/saker/2026/1/vedtaksbrev")
        page.get_by_role("button", name="Lag utkast").click()  # the form with its problems
        expect(page.get_by_role("alert")).to_contain_text("Velg minst ett utfall.")
        found["vedtaksbrev med feil"] = _axe_violations(page)
    finally:
        context.close()
    assert {name: v for name, v in found.items() if v} == {}


def test_a_caseworker_drafts_a_decision_from_fields(chromium: Any, live_dashboard: str) -> None:
    context = chromium.new_context(locale="nb-NO")
    try:
        page = _log_in(context, live_dashboard, "saksbehandler", "/mine-saker")
        page.goto(f"{live_dashboard}/saker/2026/1")
        page.get_by_role("link", name="Skriv svar på forhåndsdrøftelsen i skjema").click()
        page.get_by_label("Skriftlige råd").check()
        page.get_by_label("Konklusjon (vedtaket)").fill("Vi gir skriftlige råd.")
        page.get_by_label("Sakens bakgrunn (faktum)").fill("Firma AS planlegger kameraovervåking.")
        page.get_by_label("Er behandlingen i tråd med personvernforordningen?").fill("Ja.")
        page.get_by_label("Har virksomheten identifisert risikoen godt nok?").fill("Delvis.")
        page.get_by_label("Har virksomheten redusert risikoen godt nok?").fill("Nei.")
        page.locator("#funn1_tittel").fill("Lagringstiden er ikke begrunnet")
        page.locator("#funn1_krav").fill("Opplysningene skal ikke lagres lenger enn nødvendig.")
        page.locator("#funn1_mangel").fill("Opptakene lagres i ett år uten begrunnelse.")
        page.locator("#funn1_tiltak").fill("En begrunnet lagringstid.\nSletting etter den.")
        page.locator("#funn1_regler").select_option(["GDPR_ART5"])
        page.get_by_role("button", name="Lag utkast").click()
        expect(page.get_by_role("status")).to_contain_text("Brevutkastet er lagret i saken")
        letters = page.locator("section[aria-labelledby=brevutkast]")
        expect(letters).to_contain_text("Svar på forhåndsdrøftelse")
    finally:
        context.close()
