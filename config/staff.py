"""Reads the staff directory (config/staff.yaml format) from YAML into one StaffDirectory (I/O).

The one file names each member of staff once, by username: name, role, sections, e-mail and an
optional password hash; and each section's queue and leader addresses. Files in the two older
formats (the dashboard's `users:` file and the alerts' `caseworkers:` table) are still read, with
a deprecation warning in the log.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import yaml

from cases.errors import ConfigurationError
from casework.staff import DEFAULT_FALLBACK, Role, SectionContacts, Staff, StaffDirectory
from config.settings import Settings

log = logging.getLogger(__name__)

DEPRECATED_KEYS = {
    "users": "the dashboard users file (SAKSFLYT_DASHBOARD_USERS) — move its entries under «staff»",
    "caseworkers": "«caseworkers: {name: address}» — give each member of staff an «email»",
}


def staff_directory(settings: Settings) -> StaffDirectory:
    """The configured staff directory: SAKSFLYT_STAFF_FILE, else the packaged demo directory.

    The older SAKSFLYT_DASHBOARD_USERS still works alone, with a deprecation warning.
    """
    if settings.dashboard_users is None:
        return load_staff(settings.staff_file)
    if settings.staff_file is not None:
        raise ConfigurationError(
            detail="SAKSFLYT_DASHBOARD_USERS er erstattet av SAKSFLYT_STAFF_FILE; sett bare den"
        )
    log.warning("SAKSFLYT_DASHBOARD_USERS is deprecated: use SAKSFLYT_STAFF_FILE (see README)")
    return load_staff(settings.dashboard_users)


def load_staff(path: Path | None = None) -> StaffDirectory:
    """The given file, or the packaged demo directory config/staff.yaml.

    A missing or malformed file stops start-up with one clear line (ConfigurationError).
    """
    where = "config/staff.yaml" if path is None else str(path)
    try:
        if path is None:
            text = resources.files("config").joinpath("staff.yaml").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except OSError as exc:
        raise ConfigurationError(detail=f"stabsfilen {where}: {exc.strerror}") from None
    except yaml.YAMLError:  # its message may quote the file (password hashes): not shown
        raise ConfigurationError(detail=f"stabsfilen {where}: ugyldig YAML") from None
    if not isinstance(data, Mapping):
        raise ConfigurationError(detail=f"stabsfilen {where}: må være en tabell")
    return staff_from_mapping(data, where)


def staff_from_mapping(data: Mapping[str, object], where: str) -> StaffDirectory:
    for key, advice in DEPRECATED_KEYS.items():
        if key in data:
            log.warning("%s: deprecated staff file format: %s (see README, Staff)", where, advice)
    staff: dict[str, Staff] = {}
    for key in ("users", "staff"):  # the new «staff» wins over a deprecated «users»
        for name, entry in _mapping(data, key, where).items():
            staff[str(name)] = _staff(str(name), entry, f"{where}: {name}")
    for name, address in _mapping(data, "caseworkers", where).items():
        staff[str(name)] = _legacy_caseworker(staff.get(str(name)), str(name), str(address))
    sections = _mapping(data, "sections", where)
    contacts = {str(name): _section(entry, f"{where}: {name}") for name, entry in sections.items()}
    fallback = str(data.get("fallback") or DEFAULT_FALLBACK)
    return StaffDirectory(staff, contacts, fallback)


def _mapping(data: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
    value = data.get(key) or {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(detail=f"{where}: «{key}» må være en tabell")
    return value


def _staff(username: str, entry: object, where: str) -> Staff:
    if not isinstance(entry, Mapping):
        raise ConfigurationError(detail=f"{where}: må være en tabell")
    sections = entry.get("sections") or []
    if not isinstance(sections, list):
        raise ConfigurationError(detail=f"{where}: «sections» må være en liste")
    try:
        role = Role(str(entry.get("role", Role.CASEWORKER)))
    except ValueError:
        roles = ", ".join(Role)
        raise ConfigurationError(detail=f"{where}: «role» må være en av {roles}") from None
    password, email = entry.get("password"), entry.get("email")
    return Staff(
        username=username,
        name=str(entry.get("name") or username),
        role=role,
        sections=frozenset(str(s) for s in sections),
        password_hash=None if password is None else str(password),
        email=None if email is None else str(email),
    )


def _legacy_caseworker(known: Staff | None, username: str, address: str) -> Staff:
    """An entry of the old `caseworkers:` table: an address only, no dashboard login."""
    if known is not None:
        return Staff(known.username, known.name, known.role, known.sections,
                     known.password_hash, known.email or address)  # fmt: skip
    return Staff(username, username, Role.CASEWORKER, frozenset(), email=address)


def _section(entry: object, where: str) -> SectionContacts:
    if not isinstance(entry, Mapping) or not entry.get("queue") or not entry.get("leader"):
        raise ConfigurationError(detail=f"{where}: seksjonen trenger «queue» og «leader»")
    return SectionContacts(str(entry["queue"]), str(entry["leader"]))
