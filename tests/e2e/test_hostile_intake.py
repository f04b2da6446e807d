"""Hostile mail: a poison message, a header bomb and an Office bomb never stop `saksflyt intake`."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from crypto.gpg import GpgKeyring
from intake.maildir import MaildirMailbox
from tests.hostile import garbage_packet, header_bomb, office_bomb, poison_zip
from tests.mailfactory import plain_request
from tests.services.kek import TEST_KEK

ROOT = Path(__file__).resolve().parents[2]


def saksflyt(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import cli; cli.main()", *args],
        env=env, capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip


def test_poison_header_bomb_and_office_bomb_with_ordinary_requests_give_exit_0_and_rows(
    tmp_path: Path, office_keyring: GpgKeyring
) -> None:
    home = tmp_path / "var"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAKSFLYT_") or k == TEST_KEK}
    env |= {
        "SAKSFLYT_HOME": str(home),
        "SAKSFLYT_GNUPG_HOME": str(office_keyring.home),
        "SAKSFLYT_MESSAGE_SECONDS": "40",
        "SAKSFLYT_MESSAGE_MEMORY_MB": "400",  # the bomb ends sooner; 1 GB is the default
        "PREFECT_HOME": str(tmp_path / "prefect"),
    }
    home.mkdir()
    box = MaildirMailbox(home / "Maildir")
    messages = {
        "ordinary-1": plain_request(1),
        "poison-zip": poison_zip(),
        "header-bomb": header_bomb(),
        "gpg-garbage": garbage_packet(),
        "office-bomb": office_bomb(),
        "ordinary-2": plain_request(2),
    }
    for raw in messages.values():
        box.deliver(raw)
    names = {hashlib.sha256(raw).hexdigest(): name for name, raw in messages.items()}

    first = saksflyt(["intake", "--once"], env)
    assert first.returncode == 0, first.stderr[-3000:]
    rows = json.loads(saksflyt(["submissions", "export", "--format", "json"], env).stdout)
    again = saksflyt(["intake", "--once"], env)
    after = json.loads(saksflyt(["submissions", "export", "--format", "json"], env).stdout)

    assert again.returncode == 0, again.stderr[-3000:]
    assert after == rows  # a second run adds nothing
    by_name = {names[str(row["sha256"])]: row for row in rows}
    assert len(rows) == len(messages) and set(by_name) == set(messages)
    for name in ("ordinary-1", "ordinary-2"):
        assert by_name[name]["case_number"], by_name[name]
    reasons = {name: str(row["quarantine_reason"]) for name, row in by_name.items()}
    assert "skadet ZIP-fil" in reasons["poison-zip"]
    assert "for stor eller for kompleks" in reasons["header-bomb"]
    assert "for stor eller for kompleks" in reasons["office-bomb"]
    assert "dekrypteres" in reasons["gpg-garbage"]
    assert list(box.fetch_new()) == []  # every message left the inbox
