"""The dashboard over HTTP (TestClient) on SQLite and PostgreSQL: pages, roles, downloads, audit."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import openpyxl
import pytest

from cases import migrate
from cases.orm_audit import audit_entries
from config import wiring
from dashboard import pages
from tests.services.browser import Seeded, csrf_token

pytestmark = pytest.mark.postgres


def test_an_anonymous_visitor_is_sent_to_the_login_page(client_for: Any) -> None:
    client = client_for(None)
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/logg-inn"
    for path in ("/saker", "/saker/2026/1", "/saker/eksport.csv", "/saker/2026/1/dokumenter/1"):
        assert client.get(path, follow_redirects=False).status_code == 303


def test_a_wrong_password_is_refused_and_audited(client_for: Any, seeded: Seeded) -> None:
    client = client_for(None)
    token = csrf_token(client.get("/logg-inn").text)
    response = client.post(
        "/logg-inn", data={"username": "leder", "password": "feil", "csrf_token": token}
    )
    assert response.status_code == 401
    assert "Feil brukernavn eller passord" in response.text
    with wiring.session(seeded.settings) as session:
        assert [e.action for e in audit_entries(session)] == ["login_failed"]


def test_a_login_without_the_csrf_token_is_refused(client_for: Any) -> None:
    client = client_for(None)
    client.get("/logg-inn")
    response = client.post("/logg-inn", data={"username": "leder", "password": "demo"})
    assert response.status_code == 403
    assert "Skjemaet er utløpt" in response.text


def test_the_session_cookie_is_http_only_and_same_site_strict(client_for: Any) -> None:
    client = client_for(None)
    cookie = client.get("/logg-inn").headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie


def test_a_tampered_session_cookie_counts_as_no_login(client_for: Any) -> None:
    client = client_for("leder")
    value = client.cookies.get("saksflyt_sesjon")
    client.cookies.set("saksflyt_sesjon", value[:-2] + ("AA" if not value.endswith("AA") else "BB"))
    assert client.get("/", follow_redirects=False).status_code == 303


def test_the_section_leader_sees_every_milestone_with_risk_text(client_for: Any) -> None:
    page = client_for("leder").get("/").text
    for heading in (
        "Overskredet",
        "Venter på avgjørelse om forlengelse",
        "Løper mot 8 uker",
        "Forlenget mot 14 uker",
        "Fristen står stille",
    ):
        assert heading in page
    assert "5 åpne saker" in page
    assert "Tilsynssak" not in page  # another section's case
    assert "Høy risiko" in page and "Middels risiko" in page and "Lav risiko" in page
    assert "1 virkedag<" in page  # 2026/00002: D8 is Monday 23 March
    assert page.count('class="bar bar-answer"') == 14
    assert page.count('class="bar bar-notice"') == 14 and page.count('class="bar bar-overdue"') == 1
    assert "ingen nøkkel" in page  # the quarantine queue's details
    assert 'href="/saker/2026/1"' in page  # in the review queue


def test_the_load_per_caseworker_counts_assigned_and_unassigned_cases(client_for: Any) -> None:
    page = client_for("leder").get("/").text
    section = page.split('id="belastning"')[1].split("</table>")[0]
    assert "Kari Saksbehandler" in section and "Ikke tildelt" in section


def test_an_admin_sees_every_section(client_for: Any) -> None:
    page = client_for("admin").get("/").text
    assert "6 åpne saker" in page and "Tilsynssak" in page


def test_a_caseworker_sees_only_their_section_and_no_quarantine_details(client_for: Any) -> None:
    page = client_for("tilsyn").get("/oversikt").text
    assert "1 åpne saker" in page and "Tilsynssak" in page
    assert "Kameraovervåking" not in page
    assert "ingen nøkkel" not in page and "Seksjonsleder eller administrator" in page


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ("milepael=overdue", ["2026/00005"], ["2026/00001"]),
        ("saksbehandler=saksbehandler", ["2026/00002"], ["2026/00001"]),
        ("saksbehandler=-", ["2026/00001"], ["2026/00002"]),
        ("status=decided", ["2026/00007"], ["2026/00001"]),
        ("seksjon=Seksjon+for+personvern", ["2026/00004"], ["2026/00006"]),
    ],
)
def test_the_case_list_filters(
    client_for: Any, query: str, expected: list[str], absent: list[str]
) -> None:
    page = client_for("leder").get(f"/saker?{query}").text
    assert all(ref in page for ref in expected)
    assert not any(ref in page for ref in absent)


def test_the_case_list_sorts_by_case_number_both_ways(client_for: Any) -> None:
    client = client_for("leder")
    up = client.get("/saker?sorter=saksnr").text
    down = client.get("/saker?sorter=saksnr&synkende=1").text
    assert up.index("2026/00001") < up.index("2026/00005")
    assert down.index("2026/00005") < down.index("2026/00001")
    assert 'aria-sort="descending"' in down


def test_a_long_case_list_is_paged_and_every_page_keeps_the_filters(
    client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages, "LIST_LIMIT", 2)
    client = client_for("leder")
    first = client.get("/saker?sorter=saksnr").text
    second = client.get("/saker?sorter=saksnr&side=2").text
    beyond = client.get("/saker?sorter=saksnr&side=99").text  # the last page, not an error

    assert "2026/00001" in first and "2026/00003" not in first
    assert "2026/00003" in second and "2026/00001" not in second
    assert 'href="/saker?sorter=saksnr&amp;side=3" rel="next"' in second
    assert 'href="/saker?sorter=saksnr&amp;side=1" rel="prev"' in second
    assert "viser 3–4 (side 2 av" in second
    assert 'rel="next"' not in beyond and 'rel="prev"' in beyond


def test_the_case_page_explains_deadlines_parts_documents_letters_and_crypto(
    client_for: Any, seeded: Seeded
) -> None:
    page = client_for("leder").get("/saker/2026/1").text
    assert "Svarfrist (8 uker)" in page and "Mottatt (T0) mandag 2. mars 2026" in page
    assert "Usikker" in page and "Mangler" in page and "Kontakt: Per" in page
    assert page.count('verdict-none">ikke vurdert<') == 2  # parts 4 and 5 have no verdict yet
    assert f'/saker/2026/1/dokumenter/{seeded.document_id}"' in page
    assert f'/saker/2026/1/brev/{seeded.letter_id}"' in page and "Foreløpig svar" in page
    assert "F" * 40 in page and "Gyldig signatur" in page and "OpenPGP (PGP/MIME)" in page


def test_a_case_without_an_assessment_shows_ikke_vurdert(client_for: Any) -> None:
    page = client_for("leder").get("/saker/2026/2").text
    assert "Mottakskontrollen har ikke vurdert delene" in page
    assert page.count('verdict-none">ikke vurdert<') == 5


def test_a_stopped_clock_says_since_when(client_for: Any) -> None:
    page = client_for("leder").get("/saker/2026/4").text
    assert "Fristen står stille siden mandag 2. mars 2026" in page


def test_another_sections_case_is_404_for_page_download_and_action(
    client_for: Any, seeded: Seeded
) -> None:
    client = client_for("tilsyn")
    token = csrf_token(client.get("/").text)
    hidden = client.get("/saker/2026/1")
    missing = client.get("/saker/2026/99")
    assert hidden.status_code == missing.status_code == 404
    assert "Fant ingen sak med nummer 2026/00001" in hidden.text
    assert client.get(f"/saker/2026/1/dokumenter/{seeded.document_id}").status_code == 404
    assert client.get(f"/saker/2026/1/brev/{seeded.letter_id}").status_code == 404
    form = {"notice_sent_on": "2026-03-20", "reason": "x", "csrf_token": token}
    assert client.post("/saker/2026/1/forleng", data=form).status_code == 404
    with wiring.session(seeded.settings) as session:
        denied = [e for e in audit_entries(session, "2026/00001") if e.action == "case_denied"]
    assert len(denied) == 4 and denied[0].actor == "tilsyn"


def test_a_document_downloads_with_its_bytes_and_is_audited(
    client_for: Any, seeded: Seeded
) -> None:
    response = client_for("saksbehandler").get(f"/saker/2026/1/dokumenter/{seeded.document_id}")
    assert response.status_code == 200
    assert response.content == b"%PDF-demo"
    assert (
        "filename*=UTF-8''dpia%20%C3%A6%C3%B8%C3%A5.pdf" in response.headers["content-disposition"]
    )
    assert client_for("saksbehandler").get("/saker/2026/2/dokumenter/1").status_code == 404
    with wiring.session(seeded.settings) as session:
        entry = audit_entries(session, "2026/00001")[0]
    assert (entry.actor, entry.action) == ("saksbehandler", "download_document")
    assert entry.detail == f"document:{seeded.document_id}"


def test_a_letter_downloads_as_text(client_for: Any, seeded: Seeded) -> None:
    response = client_for("leder").get(f"/saker/2026/1/brev/{seeded.letter_id}")
    assert response.status_code == 200
    assert response.text.startswith("Foreløpig svar\n\nVi har mottatt anmodningen.")


def test_the_csv_export_holds_the_filtered_list(client_for: Any) -> None:
    response = client_for("leder").get("/saker/eksport.csv?milepael=overdue")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Saksnr.", "Tittel"]
    assert [row[0] for row in rows[1:]] == ["2026/00005"]
    assert rows[1][5] == "Overskredet"


def test_the_xlsx_export_opens_in_openpyxl(client_for: Any) -> None:
    response = client_for("admin").get("/saker/eksport.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    references = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert sorted(references) == [f"2026/0000{n}" for n in range(1, 7)]
    assert client_for("admin").get("/saker/eksport.pdf").status_code == 404


def test_every_view_is_written_to_the_audit_log(client_for: Any, seeded: Seeded) -> None:
    client = client_for("leder")
    client.get("/")
    client.get("/saker?milepael=overdue")
    client.get("/saker/2026/1")
    client.get("/saker/eksport.csv")
    with wiring.session(seeded.settings) as session:
        entries = [(e.actor, e.action, e.case_reference) for e in reversed(audit_entries(session))]
    assert entries == [
        ("leder", "login", None),
        ("leder", "view_overview", None),  # the redirect after logging in
        ("leder", "view_overview", None),
        ("leder", "view_case_list", None),
        ("leder", "view_case", "2026/00001"),
        ("leder", "export_csv", None),
    ]


def test_the_audit_table_matches_its_migration(seeded: Seeded) -> None:
    migrate.check(wiring.engine(seeded.settings))


def test_repeated_wrong_passwords_make_the_login_wait(client_for: Any, seeded: Seeded) -> None:
    client = client_for(None)
    token = csrf_token(client.get("/logg-inn").text)

    def log_in(username: str, password: str) -> int:
        form = {"username": username, "password": password, "csrf_token": token}
        return int(client.post("/logg-inn", data=form, follow_redirects=False).status_code)

    assert [log_in("leder", "feil") for _ in range(5)] == [401] * 5
    response = client.post(
        "/logg-inn", data={"username": "leder", "password": "demo", "csrf_token": token}
    )
    assert response.status_code == 429  # even the right password waits
    assert "Prøv igjen om 15 min" in response.text
    assert log_in("saksbehandler", "demo") == 303  # a colleague at the same address is not locked
    with wiring.session(seeded.settings) as session:
        actions = [e.action for e in audit_entries(session)]
    assert actions.count("login_failed") == 5 and "login_throttled" in actions


def test_every_link_in_a_sent_alert_and_digest_opens_a_case_page(
    client_for: Any, seeded: Seeded, smtp_server: Any
) -> None:
    import re

    from config import alerts
    from tests.services.browser import TODAY

    url = "https://saksflyt.example.no"
    settings = seeded.settings.model_copy(
        update={
            "smtp_host": smtp_server.host, "smtp_port": smtp_server.port, "smtp_tls": "none",
            "mail_from": "saksflyt@example.no", "dashboard_url": url,
        }
    )  # fmt: skip
    alerts.queue_alerts(settings, TODAY)
    alerts.deliver_mail(settings)
    bodies = [m.get_body(("plain",)).get_content() for m in smtp_server.messages]
    assert any(str(m["Subject"]).startswith("Frister") for m in smtp_server.messages)
    links = {link for body in bodies for link in re.findall(rf"{re.escape(url)}\S*", body)}
    assert len(links) >= 2 and all("/saker/" in link for link in links)
    client = client_for("leder")
    for link in sorted(links):
        response = client.get(link.removeprefix(url))
        assert response.status_code == 200, link


def _open_case_on_its_last_notice_day(seeded: Seeded) -> str:
    """T0 Friday 20 February: N4W and L1M both fall on TODAY, Friday 20 March."""
    from datetime import UTC, date, datetime

    from cases.model import NewCase

    received = datetime(2026, 2, 20, 9, tzinfo=UTC)
    new = NewCase(received, date(2026, 2, 20), "dpo@fjord.no", "Fjord Helse AS",
                  "Pasientportal", "Seksjon for personvern", received)  # fmt: skip
    with wiring.register(seeded.settings) as register:
        return register.open_case(new).number.canonical


def test_the_urgent_strip_shows_a_case_on_its_last_legal_notice_day(
    client_for: Any, seeded: Seeded
) -> None:
    reference = _open_case_on_its_last_notice_day(seeded)
    page = client_for("leder").get("/").text
    urgent = page[page.index('id="krever-handling"') : page.index('class="cards"')]
    assert reference in urgent and "Siste lovlige dag for varsel om forlengelse" in urgent
    assert "fredag 20. mars 2026" in urgent
    assert "Avgjør forlengelse i dag: dette er siste dag for varselet." in urgent
    assert "2026/00005" in urgent and "Svarfristen er overskredet" in urgent
    assert "Tildel saksbehandler." in urgent  # 2026/00005 has no caseworker
    assert urgent.index(reference) < urgent.index("2026/00005")  # what can be saved first
    assert "denne uka" in page and '<th scope="col">Seksjon</th>' in page
    case = client_for("leder").get(f"/saker/{reference}").text
    assert 'id="notice-line"' in case and "fredag 20. mars 2026" in case


def test_a_caseworker_starts_at_my_cases_sorted_by_the_nearest_deadline_and_searches(
    client_for: Any, seeded: Seeded
) -> None:
    client = client_for("saksbehandler")
    with wiring.register(seeded.settings) as register:
        from cases.model import CaseNumber

        register.set_caseworker(CaseNumber(2026, 1), "saksbehandler")
    page = client.get("/").text
    assert "<h1>Mine saker</h1>" in page
    rows = re.findall(r'<th scope="row"><a href="/saker/2026/(\d+)">', page)
    assert rows == ["2", "1"]  # D8 Monday 23 March before the notice target Monday 30 March
    assert "Mål for varsel om forlengelse; siste lovlige dag tirsdag 7. april 2026" in page
    found = client.get("/mine-saker", params={"sok": "ansikts"}).text
    assert re.findall(r'<th scope="row"><a href="/saker/2026/(\d+)">', found) == ["2"]
    for query, expected in (("2026/00001", ["1"]), ("Firma AS", ["1", "2"]), ("zzz", [])):
        listed = client.get("/mine-saker", params={"sok": query}).text
        assert sorted(re.findall(r'<th scope="row"><a href="/saker/2026/(\d+)">', listed)) == (
            expected
        )
    everyone = client_for("leder").get("/saker", params={"sok": "post@firma"}).text
    assert "2026/00005" in everyone and "Tilsynssak" not in everyone


def test_a_leader_assigns_a_selection_and_a_whole_filter_with_an_audit_entry_each(
    client_for: Any, seeded: Seeded
) -> None:
    from cases.model import CaseNumber

    client = client_for("leder")
    listing = client.get("/saker", params={"saksbehandler": "-"}).text
    assert 'name="saker" value="2026/00001"' in listing
    token = csrf_token(listing)
    selected = client.post(
        "/saker/tildel",
        data={"caseworker": "saksbehandler", "saker": ["2026/00001", "2026/00003"],
              "csrf_token": token},
    )  # fmt: skip
    assert "2 saker er tildelt Kari Saksbehandler." in selected.text
    by_filter = client.post(
        "/saker/tildel",
        data={"caseworker": "leder", "hele_filteret": "1", "saksbehandler": "-",
              "csrf_token": token},
    )  # fmt: skip
    assert "2 saker er tildelt Siri Seksjonsleder." in by_filter.text  # 00004 and 00005
    with wiring.register(seeded.settings) as register:
        owners = {n: register.get_case(CaseNumber(2026, n)).caseworker for n in range(1, 7)}
    assert owners == {1: "saksbehandler", 2: "saksbehandler", 3: "saksbehandler",
                      4: "leder", 5: "leder", 6: None}  # fmt: skip
    with wiring.session(seeded.settings) as session:
        entries = [e for e in audit_entries(session) if e.action == "assign_bulk"]
    assert sorted(e.case_reference for e in entries) == [
        "2026/00001", "2026/00003", "2026/00004", "2026/00005"
    ]  # fmt: skip
    refused = client_for("saksbehandler").post(
        "/saker/tildel", data={"caseworker": "saksbehandler", "saker": ["2026/00004"],
                               "csrf_token": token},
    )  # fmt: skip
    assert refused.status_code in (403, 303)


def test_quarantine_actions_need_a_reason_and_the_right_role_and_are_audited(
    client_for: Any, seeded: Seeded
) -> None:
    from sqlalchemy import select

    from cases.orm import SubmissionRow

    assert client_for("saksbehandler").get("/karantene").status_code == 403
    client = client_for("leder")
    page = client.get("/karantene").text
    assert "ingen nøkkel" in page and "post@firma.no" in page and "Anmodning" in page
    with wiring.session(seeded.settings) as session:
        sid = session.scalar(select(SubmissionRow.id).where(SubmissionRow.outcome == "quarantined"))
    token = csrf_token(page)
    blank = client.post(
        f"/karantene/{sid}/ikke-anmodning", data={"reason": " ", "csrf_token": token}
    )
    assert blank.status_code == 409 and "Skriv en begrunnelse" in blank.text
    done = client.post(
        f"/karantene/{sid}/registrer",
        data={"section": "Seksjon for personvern", "title": "Kryptert anmodning",
              "controller_email": "post@firma.no", "reason": "Avsender bekreftet på telefon",
              "csrf_token": token},
    )  # fmt: skip
    assert "er registrert som sak 2026/00008" in done.text and "Karantenen er tom" in done.text
    case = client.get("/saker/2026/8").text
    assert "Kryptert anmodning" in case and "Til vurdering" in case
    assert "søndag 1. mars 2026" in case  # T0: the day the message arrived (C15)
    with wiring.session(seeded.settings) as session:
        actions = [e.action for e in audit_entries(session)]
    assert "quarantine_not_request_refused" in actions and "quarantine_register" in actions
