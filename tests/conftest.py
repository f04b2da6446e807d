"""Shared pytest configuration: service fixtures live in tests/services/, loaded as plugins."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

pytest_plugins = [
    "tests.services.gpg",
    "tests.services.dovecot",
    "tests.services.database",
    "tests.services.browser",
    "tests.services.smtp",
    "tests.services.prefect",
]
_OURS = (
    "deadlines.",
    "intake.",
    "casework.",
    "reading.",
    "completeness.",
    "letters.",
    "cases.",
    "crypto.",
    "config.",
    "vault.",
)  # every product package: a cache anywhere could hide a mutant


@pytest.fixture(autouse=True, scope="session")
def _a_key_encryption_key() -> Iterator[None]:
    """One KEK for the session, its children and registers opened without config.wiring."""
    from tests.services.kek import TEST_KEK, install_session_kek

    path = install_session_kek()
    yield
    os.environ.pop(TEST_KEK, None)
    path.unlink(missing_ok=True)
    path.parent.rmdir()


@pytest.fixture(autouse=True)
def _no_warm_caches_under_mutation() -> Iterator[None]:
    """`make mutation` forks every mutant from a warm process: a memoised result computed by the
    original code would hide the mutant, so the pure modules' caches start empty in each test."""
    if "MUTANT_UNDER_TEST" in os.environ:
        for name, module in list(sys.modules.items()):
            if not name.startswith(_OURS):
                continue
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()
            getattr(module, "_HOLIDAYS_BY_YEAR", {}).clear()
    yield
