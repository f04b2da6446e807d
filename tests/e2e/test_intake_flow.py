"""The intake flow under Prefect against Dovecot, gpg and PostgreSQL; the served schedules."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from config import wiring
from config.settings import get_settings
from crypto.gpg import GpgKeyring
from tests.mailfactory import encrypted_request, plain_request
from tests.services.dovecot import ImapAccount
from tests.services.gpg import KeyringFactory
from tests.services.kek import TEST_KEK


@pytest.fixture
def imap_office(
    imap_account: ImapAccount,
    postgres_url: str,
    office_keyring: GpgKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[ImapAccount]:
    for name in [n for n in os.environ if n.startswith("SAKSFLYT_") and n != TEST_KEK]:
        monkeypatch.delenv(name)
    settings = {
        "HOME": str(tmp_path / "var"), "DATABASE_URL": postgres_url,
        "GNUPG_HOME": str(office_keyring.home), "IMAP_HOST": imap_account.host,
        "IMAP_PORT": str(imap_account.port), "IMAP_USER": imap_account.user,
        "IMAP_PASSWORD": imap_account.password, "IMAP_TLS": "none",
    }  # fmt: skip
    for name, value in settings.items():
        monkeypatch.setenv(f"SAKSFLYT_{name}", value)
    get_settings.cache_clear()
    yield imap_account
    get_settings.cache_clear()


def test_the_intake_flow_registers_the_mailbox_and_a_second_poll_finds_nothing(
    prefect_harness: None,
    imap_office: ImapAccount,
    sender_keyring: GpgKeyring,
    office_key: str,
) -> None:
    from flows.intake import intake_flow

    imap_office.append(plain_request(1))
    imap_office.append(encrypted_request(2, sender_keyring, office_key))
    counts = intake_flow()
    assert sum(counts.values()) == 2 and "quarantined" not in counts
    assert imap_office.folder_uids("INBOX") == []
    assert len(imap_office.folder_uids("Processed")) == 2
    assert intake_flow() == {}


def test_a_run_that_quarantined_is_named_so_leaves_artifacts_and_alerts_operations(
    prefect_harness: None,
    imap_office: ImapAccount,
    sender_keyring: GpgKeyring,
    office_key: str,
    gpg_keyrings: KeyringFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.intake import intake_flow

    monkeypatch.setenv("SAKSFLYT_OPS_ADDRESS", "drift@datatilsynet.example")
    get_settings.cache_clear()
    stranger = gpg_keyrings.new()
    stranger_key = stranger.generate_key("Fremmed", "fremmed@example.net")
    sender_keyring.import_keys(stranger.export_public_key(stranger_key).encode())
    imap_office.append(plain_request(1))
    imap_office.append(plain_request(2))
    imap_office.append(encrypted_request(3, sender_keyring, stranger_key))

    state = intake_flow(return_state=True)
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(state.state_details.flow_run_id)
        key = ArtifactFilter(key=ArtifactFilterKey(any_=[f"intake-{imap_office.user}"]))
        [table] = client.read_artifacts(artifact_filter=key)
    assert run.name == f"intake {imap_office.user}: 2 nye, 1 karantene"
    rows = {row["utfall"]: row for row in json.loads(str(table.data))}
    assert rows["karantene"]["antall"] == 1 and "kontorets nøkkel" in rows["karantene"]["årsak"]
    assert "kari@kommune.example" not in str(table.data)  # no sender, no subject
    with wiring.outbox(get_settings()) as outbox:
        [alert] = [m for m in outbox.messages() if m.kind == "ops"]
    assert alert.recipients == ("drift@datatilsynet.example",)
    assert "1 nye meldinger i karantene" in alert.subject
