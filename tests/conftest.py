"""Shared pytest configuration: service fixtures live in tests/services/ and are loaded as plugins."""

pytest_plugins = [
    "tests.services.gpg",
    "tests.services.dovecot",
    "tests.services.database",
]
