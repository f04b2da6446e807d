"""One staff directory: the file format, the two deprecated formats, and who gets an alert."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cases.errors import ConfigurationError
from casework.staff import Role
from config.settings import Settings
from config.staff import load_staff, staff_directory
from dashboard.access import authenticate

SECTION = "Seksjon for personvern"
STAFF = """
fallback: post@example.no
sections:
  Seksjon for personvern: {queue: queue@example.no, leader: leader@example.no}
staff:
  kari:
    name: Kari Nordmann
    role: caseworker
    sections: [Seksjon for personvern]
    email: kari@example.no
  siri: {name: Siri, role: section_leader, sections: [Seksjon for personvern]}
"""
OLD_DASHBOARD = """
users:
  kari: {name: Kari Nordmann, role: caseworker, sections: [Seksjon for personvern]}
"""
OLD_ALERTS = """
sections:
  Seksjon for personvern: {queue: queue@example.no, leader: leader@example.no}
caseworkers:
  kari: kari@example.no
"""


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "staff.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_one_entry_serves_the_dashboard_and_the_alerts(tmp_path: Path) -> None:
    directory = load_staff(_file(tmp_path, STAFF))
    kari = directory.get("kari")
    assert kari is not None and kari.role is Role.CASEWORKER and kari.can_see(SECTION)
    assert [s.username for s in directory.assignable_in(SECTION)] == ["kari", "siri"]
    assert directory.caseworker_address("kari", SECTION) == "kari@example.no"
    # no e-mail, an unknown name: the section's queue; an address stands for itself
    assert directory.caseworker_address("siri", SECTION) == "queue@example.no"
    assert directory.caseworker_address("nobody", SECTION) == "queue@example.no"
    assert directory.caseworker_address("a@b.no", SECTION) == "a@b.no"
    assert directory.section("Ukjent seksjon").leader == "post@example.no"


def test_packaged_demo_directory_keeps_the_demo_logins() -> None:
    directory = load_staff()
    usernames = {s.username for s in directory.everyone()}
    assert {"leder", "saksbehandler", "tilsyn", "admin"} <= usernames
    assert authenticate(directory, "leder", "demo") is not None
    assert directory.caseworker_address("saksbehandler", SECTION).endswith("@datatilsynet.no")


@pytest.mark.parametrize(("text", "key"), [(OLD_DASHBOARD, "users"), (OLD_ALERTS, "caseworkers")])
def test_old_formats_are_read_with_a_deprecation_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, text: str, key: str
) -> None:
    with caplog.at_level(logging.WARNING, logger="config.staff"):
        directory = load_staff(_file(tmp_path, text))
    assert directory.get("kari") is not None
    assert "deprecated staff file format" in caplog.text
    assert key in caplog.text


def test_dashboard_users_setting_alone_still_works_but_not_beside_staff_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _file(tmp_path, OLD_DASHBOARD)
    with caplog.at_level(logging.WARNING, logger="config.staff"):
        directory = staff_directory(Settings(home=tmp_path, dashboard_users=path))
    assert directory.name_of("kari") == "Kari Nordmann"
    assert "SAKSFLYT_DASHBOARD_USERS is deprecated" in caplog.text
    with pytest.raises(ConfigurationError, match="SAKSFLYT_STAFF_FILE"):
        staff_directory(Settings(home=tmp_path, dashboard_users=path, staff_file=path))


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("staff: [kari]", "«staff» må være en tabell"),
        ("staff: {kari: {role: boss}}", "«role» må være en av"),
        ("staff: {kari: {sections: Seksjon}}", "«sections» må være en liste"),
        ("sections: {S: {queue: q@x.no}}", "«queue» og «leader»"),
        ("staff: {kari: [", "ugyldig YAML"),
    ],
)
def test_a_malformed_file_stops_with_one_clear_line(tmp_path: Path, text: str, match: str) -> None:
    with pytest.raises(ConfigurationError, match=match):
        load_staff(_file(tmp_path, text))


def test_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="stabsfilen .*missing.yaml: No such file"):
        load_staff(tmp_path / "missing.yaml")
