"""Pure: the staff directory — who works here, their role and sections, and where their mail goes.

One model for the dashboard (who may log in and see which case) and the deadline alerts (which
address an alert or digest goes to). Read from config/staff.yaml by config.staff.load_staff.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_FALLBACK = "postkasse@datatilsynet.no"


class Role(enum.StrEnum):
    CASEWORKER = "caseworker"
    SECTION_LEADER = "section_leader"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Staff:
    """A member of staff: a caseworker sees their sections, a leader theirs, an admin all."""

    username: str
    name: str
    role: Role
    sections: frozenset[str]
    password_hash: str | None = None  # scrypt$…, None with single sign-on only
    email: str | None = None  # where their deadline alerts go

    @property
    def visible_sections(self) -> frozenset[str] | None:
        """None means every section."""
        return None if self.role is Role.ADMIN else self.sections

    def can_see(self, section: str) -> bool:
        return self.role is Role.ADMIN or section in self.sections

    @property
    def may_assign(self) -> bool:
        return self.role in (Role.SECTION_LEADER, Role.ADMIN)


@dataclass(frozen=True, slots=True)
class SectionContacts:
    queue: str  # the section's shared mailbox: alerts of unassigned cases
    leader: str  # the daily digest of cases at risk


@dataclass(frozen=True, slots=True)
class StaffDirectory:
    """Every member of staff by username, each section's mailboxes, and the fallback address."""

    staff: Mapping[str, Staff] = field(default_factory=dict)
    sections: Mapping[str, SectionContacts] = field(default_factory=dict)
    fallback: str = DEFAULT_FALLBACK  # when a section has no entry

    def get(self, username: str) -> Staff | None:
        return self.staff.get(username)

    def assignable_in(self, section: str) -> list[Staff]:
        """Who can own a case of this section (its caseworkers and leaders)."""
        return sorted(
            (s for s in self.staff.values() if s.role is not Role.ADMIN and section in s.sections),
            key=lambda s: s.name,
        )

    def everyone(self) -> list[Staff]:
        return list(self.staff.values())

    def name_of(self, username: str | None) -> str:
        staff = self.get(username or "")
        return staff.name if staff else (username or "")

    def caseworker_address(self, username: str, section: str) -> str:
        """A case's caseworker (a username or an e-mail address), else the section's queue."""
        if "@" in username:
            return username
        staff = self.get(username)
        return (staff.email if staff else None) or self.section(section).queue

    def section(self, name: str) -> SectionContacts:
        return self.sections.get(name) or SectionContacts(self.fallback, self.fallback)
