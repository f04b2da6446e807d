"""The dashboard's actions and access rules over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cases.drafts import FinalLetter, NewDraft
from cases.letters import SqlLetters
from cases.model import CaseNumber
from cases.orm_audit import audit_entries
from cases.orm_outbox import OutgoingMessageRow
from casework.assessment import letter_content
from config import wiring
from letters.render import render_letter
from tests.pdfa import read_pdfa
from tests.services.browser import Seeded, csrf_token
from tests.unit.test_letters import make_receipt

pytestmark = pytest.mark.postgres


def _post(client: Any, path: str, form: dict[str, str]) -> Any:
    token = csrf_token(client.get("/saker/2026/1").text)
    return client.post(path, data={**form, "csrf_token": token})


def _confirmed(client: Any, path: str, form: dict[str, str], *consequences: str) -> Any:
    """Post the form, check the confirmation page names the consequences, then confirm."""
    preview = _post(client, path, form)
    assert preview.status_code == 200 and "Dette skjer når du bekrefter" in preview.text
    for consequence in consequences:
        assert consequence in preview.text
    token = csrf_token(preview.text)
    return client.post(path, data={**form, "bekreftet": "ja", "csrf_token": token})


def _final_deadline(html: str) -> str:
    match = re.search(r'id="final-deadline">([^<]+)<', html)
    assert match
    return match.group(1)


def test_extending_moves_the_final_deadline_to_14_weeks(client_for: Any, seeded: Seeded) -> None:
    client = client_for("leder")
    before = _final_deadline(client.get("/saker/2026/1").text)
    form = {"notice_sent_on": "2026-03-20", "reason": "Kompleks behandling"}
    _post(client, "/saker/2026/1/forleng", form)
    with wiring.register(seeded.settings) as register:  # the preview wrote nothing
        assert "extended" not in [e.kind for e in register.events(CaseNumber(2026, 1))]
    new = "Ny svarfrist: mandag 8. juni 2026 (nå mandag 27. april 2026)."
    response = _confirmed(client, "/saker/2026/1/forleng", form, new)
    assert response.status_code == 200 and "Fristen er forlenget" in response.text
    assert "Gjeldende svarfrist: mandag 8. juni 2026." in response.text
    assert before == "mandag 27. april 2026"
    assert _final_deadline(response.text) == "mandag 8. juni 2026"  # T0 + 98 days
    with wiring.register(seeded.settings) as register:
        kinds = [e.kind for e in register.events(CaseNumber(2026, 1))]
    assert kinds.count("extended") == 1 and kinds[-1] == "extended"
    with wiring.session(seeded.settings) as session:
        entry = audit_entries(session, "2026/00001")[1]  # before the view after the redirect
    assert entry.action == "extend_confirmed" and entry.detail == f"bekreftet: {new}"


def test_a_refused_extension_shows_the_rule_and_writes_nothing(
    client_for: Any, seeded: Seeded
) -> None:
    response = _post(
        client_for("leder"),
        "/saker/2026/3/forleng",
        {"notice_sent_on": "2026-02-02", "reason": "x"},
    )
    assert response.status_code == 409
    assert "kan bare forlenges én gang" in response.text
    with wiring.session(seeded.settings) as session:
        assert audit_entries(session, "2026/00003")[0].action == "extend_refused"


def test_a_post_without_the_csrf_token_is_refused(client_for: Any, seeded: Seeded) -> None:
    client = client_for("leder")
    form = {"notice_sent_on": "2026-03-20", "reason": "x", "csrf_token": "forged"}
    assert client.post("/saker/2026/1/forleng", data=form).status_code == 403
    with wiring.register(seeded.settings) as register:
        assert "extended" not in [e.kind for e in register.events(CaseNumber(2026, 1))]


def test_requesting_and_receiving_information_stops_and_restarts_the_clock(
    client_for: Any,
) -> None:
    client = client_for("saksbehandler")
    stopped = _confirmed(
        client, "/saker/2026/1/be-om-opplysninger", {"sent_on": "2026-03-10", "what": "DPIA"},
        "Fristen står stille fra tirsdag 10. mars 2026",
    )  # fmt: skip
    assert "Fristen står stille siden tirsdag 10. mars 2026" in stopped.text
    running = _confirmed(
        client, "/saker/2026/1/opplysninger-mottatt", {"received_on": "2026-03-17"},
        "Fristen løper igjen. Ny svarfrist: mandag 4. mai 2026",
    )  # fmt: skip
    assert "Fristen står stille siden" not in running.text
    assert _final_deadline(running.text) == "mandag 4. mai 2026"  # 27 April + 7 days


@pytest.mark.parametrize(
    ("path", "form", "message"),
    [
        ("be-om-opplysninger", {"sent_on": "2026-04-03", "what": "DPIA"},
         "Forespørselen fredag 3. april 2026 er fram i tid"),
        ("forleng", {"notice_sent_on": "2026-03-23", "reason": "x"},
         "Varselet mandag 23. mars 2026 er fram i tid"),
        ("be-om-opplysninger", {"sent_on": "2026-02-27", "what": "DPIA"},
         "kan ikke være før anmodningen ble mottatt mandag 2. mars 2026"),
    ],
)  # fmt: skip
def test_a_future_date_or_one_before_t0_is_refused_in_plain_words(
    client_for: Any, seeded: Seeded, path: str, form: dict[str, str], message: str
) -> None:
    response = _post(client_for("leder"), f"/saker/2026/1/{path}", form)
    assert response.status_code == 409 and message in response.text
    with wiring.register(seeded.settings) as register:
        kinds = [e.kind for e in register.events(CaseNumber(2026, 1))]
    assert "info_requested" not in kinds and "extended" not in kinds


def test_a_section_leader_assigns_a_caseworker_of_the_section(client_for: Any) -> None:
    client = client_for("leder")
    response = _post(client, "/saker/2026/1/tildel", {"caseworker": "saksbehandler"})
    assert response.status_code == 200
    assert 'id="caseworker">Kari Saksbehandler<' in response.text
    outsider = _post(client, "/saker/2026/1/tildel", {"caseworker": "tilsyn"})
    assert outsider.status_code == 409
    assert "tildele saken til denne personen" in outsider.text


def test_a_caseworker_may_not_assign(client_for: Any) -> None:
    response = _post(
        client_for("saksbehandler"), "/saker/2026/1/tildel", {"caseworker": "saksbehandler"}
    )
    assert response.status_code == 403
    assert "tildele saker" in response.text


def test_a_caseworkers_part_verdict_overrides_and_is_logged(
    client_for: Any, seeded: Seeded
) -> None:
    client = client_for("saksbehandler")
    form = {"part": "2", "verdict": "present", "reason": "Beskrivelsen står i vedlegg 2"}
    # the first verdict sends the unassessed case to review, with an interim reply (fvl. § 11 a)
    response = _confirmed(client, "/saker/2026/1/del", form, "Ny status: Til vurdering")
    assert "Vurderingen av delen er registrert" in response.text
    assert "Overstyrt av saksbehandler: Beskrivelsen står i vedlegg 2" in response.text
    bad = _post(client, "/saker/2026/1/del", {"part": "9", "verdict": "present", "reason": "x"})
    assert bad.status_code == 409 and "Del 9 finnes ikke" in bad.text


def test_drafting_a_letter_stores_it_in_the_case_as_the_cli_does(
    client_for: Any, seeded: Seeded
) -> None:
    source = (Path(__file__).parents[2] / "letters" / "examples" / "extension.yaml").read_text()
    client = client_for("leder")
    response = _post(client, "/saker/2026/1/utkast", {"kind": "extension", "source": source})
    assert response.status_code == 200, response.text
    assert "Brevutkastet er lagret i saken" in response.text
    link = re.search(r'href="(/saker/2026/1/utkast/\d+\.docx)"', response.text)
    assert link is not None
    docx = client.get(link.group(1))
    assert docx.status_code == 200 and docx.content.startswith(b"PK")
    assert client_for("tilsyn").get(link.group(1)).status_code == 404


def test_a_sent_letter_offers_its_pdf_a_copy(client_for: Any, seeded: Seeded) -> None:
    letter = render_letter("receipt", make_receipt())
    content = letter_content(letter, letter_date := make_receipt().header.dated_on)
    number = CaseNumber(2026, 1)
    when = datetime.combine(letter_date, datetime.min.time(), UTC)
    with wiring.session(seeded.settings) as session:
        draft = NewDraft(number, "receipt", content, "", "auto", when, "saksflyt")
        record = SqlLetters(session).add_sent(
            draft, FinalLetter(9, content, when, "saksflyt", None)
        )
        session.commit()
    client = client_for("leder")
    page = client.get("/saker/2026/1").text
    link = f"/saker/2026/1/utkast/{record.id}.pdf"
    assert f'href="{link}">PDF/A</a>' in page
    response = client.get(link)
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert read_pdfa(response.content).is_pdfa_2b
    assert client_for("tilsyn").get(link).status_code == 404


def test_an_automatic_letter_asked_for_before_it_is_sent_is_rendered_then_and_kept_once(
    client_for: Any, seeded: Seeded
) -> None:
    """decisions/0011: the sender renders an automatic letter's DOCX and PDF/A just before it
    goes out; a caseworker who downloads it earlier gets it rendered now, not a 404, and the
    sender then finds it made and keeps that one."""
    letter = render_letter("receipt", make_receipt())
    letter_date = make_receipt().header.dated_on
    content = letter_content(letter, letter_date, documents=False)
    when = datetime.combine(letter_date, datetime.min.time(), UTC)
    with wiring.session(seeded.settings) as session:
        draft = NewDraft(CaseNumber(2026, 1), "receipt", content, "", "auto", when, "saksflyt")
        record = SqlLetters(session).add_sent(
            draft, FinalLetter(9, content, when, "saksflyt", None)
        )
        session.commit()
    link = f"/saker/2026/1/utkast/{record.id}.docx"
    assert client_for("tilsyn").get(link).status_code == 404  # another section: not rendered
    with wiring.session(seeded.settings) as session:
        (waiting,) = SqlLetters(session).awaiting_rendering(draft_id=record.id)
    response = client_for("leder").get(link)
    assert response.status_code == 200 and response.content.startswith(b"PK")
    with wiring.session(seeded.settings) as session:
        letters = SqlLetters(session)
        assert letters.awaiting_rendering(draft_id=record.id) == []
        (kept,) = [r for r in letters.for_case(CaseNumber(2026, 1)) if r.id == record.id]
    assert kept.content.docx == response.content
    assert kept.content.pdf is not None and read_pdfa(kept.content.pdf).is_pdfa_2b


def test_a_letter_input_with_errors_is_refused_with_its_message(client_for: Any) -> None:
    response = _post(
        client_for("leder"), "/saker/2026/1/utkast", {"kind": "extension", "source": "x: 1"}
    )
    assert response.status_code == 409
    assert 'role="alert"' in response.text


def test_a_bad_date_in_a_form_is_a_readable_error(client_for: Any) -> None:
    response = _post(
        client_for("leder"), "/saker/2026/1/forleng", {"notice_sent_on": "i går", "reason": "x"}
    )
    assert response.status_code == 422
    assert "notice_sent_on" in response.text and "<html" in response.text


def test_the_sso_header_counts_only_from_a_trusted_proxy(client_for: Any, seeded: Seeded) -> None:
    header = {"X-Forwarded-User": "admin"}
    untrusted = client_for(None, headers=header)
    assert untrusted.get("/", follow_redirects=False).status_code == 303
    settings = seeded.settings.model_copy(update={"dashboard_trusted_proxies": "127.0.0.0/8"})
    from dashboard.app import create_app
    from tests.services.browser import TODAY, _test_client_class

    app = create_app(settings, today=lambda: TODAY)
    with _test_client_class()(app, client=("127.0.0.1", 4000), headers=header) as proxied:
        assert "6 åpne saker" in proxied.get("/").text
        stranger = proxied.get("/", headers={"X-Forwarded-User": "ukjent"})
        assert stranger.status_code == 403
        assert "ikke registrert for dashbordet" in stranger.text


def test_logging_out_ends_the_session(client_for: Any) -> None:
    client = client_for("leder")
    token = csrf_token(client.get("/").text)
    assert client.post("/logg-ut", data={"csrf_token": token}).url.path == "/logg-inn"
    assert client.get("/", follow_redirects=False).status_code == 303


def test_behind_a_trusted_proxy_the_throttle_counts_per_forwarded_address(
    seeded: Seeded,
) -> None:
    from dashboard.app import create_app
    from tests.services.browser import TODAY, _test_client_class

    settings = seeded.settings.model_copy(update={"dashboard_trusted_proxies": "127.0.0.0/8"})
    app = create_app(settings, today=lambda: TODAY)
    with _test_client_class()(app, client=("127.0.0.1", 4000)) as proxy:
        token = csrf_token(proxy.get("/logg-inn").text)

        def log_in(forwarded_for: str, password: str) -> int:
            form = {"username": "leder", "password": password, "csrf_token": token}
            headers = {"X-Forwarded-For": forwarded_for}
            response = proxy.post("/logg-inn", data=form, headers=headers, follow_redirects=False)
            return int(response.status_code)

        assert [log_in("203.0.113.9", "feil") for _ in range(5)] == [401] * 5
        assert log_in("203.0.113.9", "demo") == 429  # the guesser waits …
        assert log_in("198.51.100.4, 203.0.113.9", "feil") == 429  # … whatever it claims first
        assert log_in("198.51.100.20", "demo") == 303  # … and the real user elsewhere does not


def _client_with_policy(seeded: Seeded, policy: str, username: str) -> Any:
    """A logged-in client of an office whose incomplete-request policy is `policy` (P1)."""
    from dashboard.app import create_app
    from tests.services.browser import TODAY, _test_client_class

    settings = seeded.settings.model_copy(update={"incomplete_requests": policy})
    client = _test_client_class()(create_app(settings, today=lambda: TODAY))
    token = csrf_token(client.get("/logg-inn").text)
    login = {"username": username, "password": "demo", "csrf_token": token}
    assert client.post("/logg-inn", data=login).status_code == 200
    return client


def test_a_verdict_that_would_reject_asks_first_and_offers_a_deficiency_notice(
    seeded: Seeded,
) -> None:
    """An office on the `reject` policy: the rejecting verdict is shown first, with the
    deficiency notice offered instead."""
    client = _client_with_policy(seeded, "reject", "saksbehandler")
    first = {"part": "1", "verdict": "present", "reason": "x"}  # to review: an interim reply
    done = _confirmed(client, "/saker/2026/1/del", first, "Ny status: Til vurdering")
    assert "Status: Til vurdering." in done.text
    for part in ("2", "4", "5"):  # status changes within the open case: no confirmation
        done = _post(
            client, "/saker/2026/1/del", {"part": part, "verdict": "present", "reason": "x"}
        )
        assert "Vurderingen av delen er registrert. Status: Til vurdering." in done.text
    form = {"part": "3", "verdict": "missing", "reason": "Ingen vurdering"}
    preview = _post(client, "/saker/2026/1/del", form)
    assert "Ny status: Avvist (nå Til vurdering). Saken avsluttes." in preview.text
    assert "Avvisning av anmodning om forhåndsdrøftelse" in preview.text
    assert "sendes til post@firma.no" in preview.text and "Send mangelbrev i stedet" in preview.text
    with wiring.register(seeded.settings) as register:
        assert register.get_case(CaseNumber(2026, 1)).status.value == "needs_review"
    deficiency = _confirmed(
        client, "/saker/2026/1/del", {**form, "flyt": "mangelbrev"},
        "Ny status: Mangelfull", "Fristen står stille fra fredag 20. mars 2026",
    )  # fmt: skip
    assert "Status: Mangelfull." in deficiency.text
    assert "er lagt i utboksen til post@firma.no" in deficiency.text
    with wiring.register(seeded.settings) as register:
        assert register.get_case(CaseNumber(2026, 1)).status.value == "deficient"
    with wiring.session(seeded.settings) as session:
        actions = [e.action for e in audit_entries(session, "2026/00001")]
    assert "part_assessed_previewed" in actions and "part_assessed_confirmed" in actions


def test_a_letter_queued_from_an_action_carries_the_configured_message_id_domain(
    seeded: Seeded,
) -> None:
    """Every action gets its register from one place (config.wiring), with the office's domain."""
    from dashboard.app import create_app
    from tests.services.browser import TODAY, _test_client_class

    settings = seeded.settings.model_copy(update={"mail_from": "post@tilsynet.example"})
    client = _test_client_class()(create_app(settings, today=lambda: TODAY))
    token = csrf_token(client.get("/logg-inn").text)
    login = {"username": "saksbehandler", "password": "demo", "csrf_token": token}
    assert client.post("/logg-inn", data=login).status_code == 200
    form = {"part": "1", "verdict": "present", "reason": "x"}  # the first verdict: interim reply
    done = _confirmed(client, "/saker/2026/1/del", form, "Ny status: Til vurdering")
    letter = re.search(r"brev=(\d+)", str(done.url))
    assert letter, "the action queued no letter"
    with wiring.session(seeded.settings) as session:
        row = session.get(OutgoingMessageRow, int(letter.group(1)))
        assert row is not None
        assert row.message_id.endswith("@tilsynet.example>")
