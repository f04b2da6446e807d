"""Reads the staff directory (who gets alerts and digests) from YAML into a StaffDirectory."""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path

import yaml

from cases.errors import ConfigurationError
from casework.alerting import SectionContacts, StaffDirectory


def load_staff(path: Path | None = None) -> StaffDirectory:
    """The given file, or the packaged demo directory config/staff.yaml."""
    if path is None:
        text = resources.files("config").joinpath("staff.yaml").read_text(encoding="utf-8")
        where = "config/staff.yaml"
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigurationError(detail=f"SAKSFLYT_STAFF_FILE: {exc.strerror}") from None
        where = str(path)
    return staff_from_mapping(yaml.safe_load(text) or {}, where)


def staff_from_mapping(data: Mapping[str, object], where: str) -> StaffDirectory:
    sections = _mapping(data, "sections", where)
    caseworkers = _mapping(data, "caseworkers", where)
    contacts = {str(name): _section(entry, f"{where}: {name}") for name, entry in sections.items()}
    fallback = str(data.get("fallback") or StaffDirectory().fallback)
    workers = {str(name): str(address) for name, address in caseworkers.items()}
    return StaffDirectory(workers, contacts, fallback)


def _mapping(data: Mapping[str, object], key: str, where: str) -> Mapping[str, object]:
    value = data.get(key) or {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(detail=f"{where}: «{key}» må være en tabell")
    return value


def _section(entry: object, where: str) -> SectionContacts:
    if not isinstance(entry, Mapping) or not entry.get("queue") or not entry.get("leader"):
        raise ConfigurationError(detail=f"{where}: seksjonen trenger «queue» og «leader»")
    return SectionContacts(str(entry["queue"]), str(entry["leader"]))
