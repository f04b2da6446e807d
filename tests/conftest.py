"""Shared pytest configuration: service fixtures live in tests/services/, loaded as plugins."""

pytest_plugins = [
    "tests.services.gpg",
    "tests.services.dovecot",
    "tests.services.database",
    "tests.services.browser",
    "tests.services.smtp",
    "tests.services.prefect",
]
