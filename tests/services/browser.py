"""Pytest fixtures for the dashboard: a seeded register, HTTP clients, uvicorn, system Chromium."""

from __future__ import annotations

import re
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from cases.model import (
    CaseEvent,
    CaseNumber,
    CaseStatus,
    CryptoRecord,
    Document,
    Encryption,
    NewCase,
    NewSubmission,
    SignatureStatus,
    SubmissionOutcome,
)
from cases.outbox import SqlOutbox
from cases.outgoing import NewOutgoingMail
from config import wiring
from config.settings import Settings
from tests.services.database import MigratedDatabases, backend_of, seed_template

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TODAY = date(2026, 3, 20)  # a Friday; every expectation below is computed from it
PRIVACY, SUPERVISION = "Seksjon for personvern", "Seksjon for tilsyn"
CREATED = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
EVIDENCE = {"source": "e-postteksten", "location": "avsnitt 1", "excerpt": "Kontakt: Per"}
PARTS = {
    "1": {"verdict": "present", "note": "Kontaktperson oppgitt", "evidence": [EVIDENCE]},
    "2": {"verdict": "uncertain", "note": "Beskrivelsen er kort", "evidence": []},
    "3": {"verdict": "missing", "note": "Ingen vurdering funnet", "evidence": []},
}  # fmt: skip


def _test_client_class() -> Any:
    """Starlette 1.x warns that it wants httpx2, which is not in the lock file."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        from starlette.testclient import TestClient
    return TestClient


@dataclass(frozen=True)
class Seeded:
    settings: Settings
    document_id: int
    letter_id: int


def _case(register: Any, t0: date, title: str, section: str = PRIVACY) -> CaseNumber:
    received = datetime(t0.year, t0.month, t0.day, 9, 30, tzinfo=UTC)
    case = register.open_case(
        NewCase(received, t0, "post@firma.no", "Firma AS", title, section, CREATED)
    )
    register.append_event(case.number, CaseEvent("received", received, "system", {}))
    return case.number


def _submission(
    register: Any, source: str, outcome: SubmissionOutcome, case: CaseNumber | None
) -> int:
    crypto = CryptoRecord(
        (Encryption.PGP_MIME,), ("ABCDEF0123456789",), SignatureStatus.VALID, "F" * 40
    )
    register.store_raw(source.ljust(64, "0")[:64], b"raw")
    return int(register.add_submission(NewSubmission(
        source, f"<{source}@firma.no>", source.ljust(64, "0")[:64], CREATED, CREATED.date(),
        CREATED, "post@firma.no", "Anmodning", outcome, crypto, case,
        reason="ingen nøkkel" if outcome is SubmissionOutcome.QUARANTINED else None,
    )))  # fmt: skip


def seed_register(settings: Settings) -> Seeded:
    """Cases 2026/00001-00005 in Personvern at every milestone, 00006 in Tilsyn, one decided."""
    with wiring.register(settings) as register:
        first = _case(register, date(2026, 3, 2), "Kameraovervåking i butikk")  # awaiting, yellow
        second = _case(register, date(2026, 1, 26), "Ansiktsgjenkjenning")  # running 8w, red
        third = _case(register, date(2026, 1, 5), "Helseregister")  # extended
        fourth = _case(register, date(2026, 2, 2), "Lokasjonsdata")  # clock stopped
        _case(register, date(2025, 12, 1), "Adferdsanalyse")  # overdue
        _case(register, date(2026, 3, 2), "Tilsynssak", SUPERVISION)  # another section
        decided = _case(register, date(2026, 1, 12), "Avgjort sak")
        register.set_caseworker(second, "saksbehandler")
        extended = {"notice_sent_on": "2026-01-30", "reason": "Kompleks"}
        register.append_event(third, CaseEvent("extended", CREATED, "leder", extended))
        requested = {"sent_on": "2026-03-02", "what": "DPIA"}
        register.append_event(fourth, CaseEvent("info_requested", CREATED, "leder", requested))
        register.set_status(decided, CaseStatus.DECIDED)
        sid = _submission(register, "review", SubmissionOutcome.NEEDS_REVIEW, first)
        _submission(register, "quarantine", SubmissionOutcome.QUARANTINED, None)
        doc = Document("dpia æøå.pdf", "application/pdf", 9, "d" * 64, "tekst", b"%PDF-demo")
        register.add_documents(sid, first, [doc])
    with wiring.session(settings) as session:
        from sqlalchemy import select, update

        from cases.orm import DocumentRow, SubmissionRow

        session.execute(update(SubmissionRow).where(SubmissionRow.id == sid).values(parts=PARTS))
        document_id = session.scalar(select(DocumentRow.id).where(DocumentRow.submission_id == sid))
        text = "Vi har mottatt anmodningen."
        mail = NewOutgoingMail(
            "letter:receipt", ("post@firma.no",), "Foreløpig svar", text, case_number=first
        )
        letter_id = SqlOutbox(session, wiring.message_id_domain(settings)).queue(mail, CREATED)
    return Seeded(settings, int(document_id or 0), int(letter_id))


def _seed(database_url: str, home: Path) -> tuple[int, int]:
    settings = Settings(home=home, database_url=database_url, dashboard_secret="test-secret")  # type: ignore[arg-type]
    seeded = seed_register(settings)
    return seeded.document_id, seeded.letter_id


seed_template("seeded", _seed)  # seeded once per back end; each test gets a copy


@pytest.fixture
def seeded(database_url: str, tmp_path: Path, migrated_databases: MigratedDatabases) -> Seeded:
    """A register with the dashboard's test cases; the date is pinned to TODAY.

    database_url is a copy of a register seed_register filled once per back end and session.
    """
    settings = Settings(
        home=tmp_path / "home", database_url=database_url, dashboard_secret="test-secret"
    )  # type: ignore[arg-type]
    ids = migrated_databases.filled(backend_of(database_url), "seeded")
    assert isinstance(ids, tuple)
    return Seeded(settings, int(ids[0]), int(ids[1]))


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


@pytest.fixture
def client_for(seeded: Seeded) -> Iterator[Any]:
    """client_for(username) -> a TestClient logged in locally (None: anonymous)."""
    from dashboard.app import create_app

    client_class = _test_client_class()
    clients = []

    def make(username: str | None, **kwargs: Any) -> Any:
        client = client_class(create_app(seeded.settings, today=lambda: TODAY), **kwargs)
        clients.append(client)
        if username is not None:
            token = csrf_token(client.get("/logg-inn").text)
            response = client.post(
                "/logg-inn", data={"username": username, "password": "demo", "csrf_token": token}
            )
            assert response.status_code == 200, response.text
        return client

    yield make
    for client in clients:
        client.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_dashboard(seeded: Seeded) -> Iterator[str]:
    """uvicorn serving the dashboard in a thread on a free loopback port; yields the base URL."""
    import uvicorn

    from dashboard.app import create_app

    port = _free_port()
    app = create_app(seeded.settings, today=lambda: TODAY)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", proxy_headers=False
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start within 20 seconds"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's browser with "
            "`apt-get install -y --no-install-recommends chromium` (never `playwright install`)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
