"""casework/staff.py: who may see and own a case, and where a member's mail goes."""

from __future__ import annotations

from casework.staff import (
    DEFAULT_FALLBACK,
    Role,
    SectionContacts,
    Staff,
    StaffDirectory,
)

KARI = Staff("kari", "Kari Nordmann", Role.CASEWORKER, frozenset({"a", "b"}), email="k@dt.example")
ANNE = Staff("anne", "Anne Leder", Role.SECTION_LEADER, frozenset({"a"}))
OLA = Staff("ola", "Ola Admin", Role.ADMIN, frozenset({"a"}))
BJORN = Staff("bjorn", "Bjørn Annen", Role.CASEWORKER, frozenset({"c"}))
DIRECTORY = StaffDirectory(
    staff={s.username: s for s in (KARI, ANNE, OLA, BJORN)},
    sections={"a": SectionContacts(queue="a-kø@dt.example", leader="a-leder@dt.example")},
    fallback="post@dt.example",
)


def test_an_admin_sees_every_section_and_others_their_own() -> None:
    assert OLA.visible_sections is None
    assert KARI.visible_sections == frozenset({"a", "b"})
    assert OLA.can_see("z") is True
    assert KARI.can_see("b") is True
    assert KARI.can_see("c") is False
    assert ANNE.can_see("b") is False


def test_leaders_and_admins_may_assign_caseworkers_may_not() -> None:
    assert [s.may_assign for s in (KARI, ANNE, OLA)] == [False, True, True]


def test_a_member_is_found_by_username() -> None:
    assert DIRECTORY.get("kari") is KARI
    assert DIRECTORY.get("nobody") is None
    assert DIRECTORY.everyone() == [KARI, ANNE, OLA, BJORN]


def test_the_caseworkers_and_leaders_of_a_section_may_own_its_cases_by_name() -> None:
    assert DIRECTORY.assignable_in("a") == [ANNE, KARI]
    assert DIRECTORY.assignable_in("c") == [BJORN]
    assert DIRECTORY.assignable_in("z") == []


def test_a_name_is_shown_for_a_known_username_else_the_username() -> None:
    assert DIRECTORY.name_of("kari") == "Kari Nordmann"
    assert DIRECTORY.name_of("ukjent") == "ukjent"
    assert DIRECTORY.name_of(None) == ""


def test_alerts_go_to_the_caseworker_or_the_section_queue() -> None:
    assert DIRECTORY.caseworker_address("x@y.example", "a") == "x@y.example"
    assert DIRECTORY.caseworker_address("kari", "a") == "k@dt.example"
    assert DIRECTORY.caseworker_address("anne", "a") == "a-kø@dt.example"  # no address of her own
    assert DIRECTORY.caseworker_address("nobody", "a") == "a-kø@dt.example"
    assert DIRECTORY.caseworker_address("nobody", "z") == "post@dt.example"


def test_a_section_without_an_entry_uses_the_fallback_for_both_mailboxes() -> None:
    assert DIRECTORY.section("a") == SectionContacts("a-kø@dt.example", "a-leder@dt.example")
    assert DIRECTORY.section("z") == SectionContacts("post@dt.example", "post@dt.example")
    assert StaffDirectory().section("z") == SectionContacts(DEFAULT_FALLBACK, DEFAULT_FALLBACK)
    assert DEFAULT_FALLBACK == "postkasse@datatilsynet.no"
