"""Pytest fixtures: a fresh, migrated register on SQLite and on PostgreSQL (127.0.0.1:5432)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cases import migrate

POSTGRES_ADMIN_URL = os.environ.get(
    "SAKSFLYT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres:postgres@127.0.0.1:5432/postgres"
)
BACKENDS = ["sqlite", "postgresql"]


def _create_postgres_database() -> str:
    name = f"saksflyt_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _drop_postgres_database(url: str) -> None:
    from config import wiring

    wiring.engine_for(url).dispose()
    name = make_url(url).database
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def fresh_database_url(backend: str, folder: Path) -> str:
    """A new empty database of the given back end, migrated to the newest schema."""
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'register.db'}"
    else:
        url = _create_postgres_database()
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated register, once on SQLite and once on PostgreSQL (the same test runs on both)."""
    url = fresh_database_url(request.param, tmp_path)
    yield url
    if request.param == "postgresql":
        _drop_postgres_database(url)
    else:
        from config import wiring

        wiring.engine_for(url).dispose()


@pytest.fixture
def postgres_url(tmp_path: Path) -> Iterator[str]:
    """A migrated register on PostgreSQL only (for tests that run several processes against it)."""
    url = fresh_database_url("postgresql", tmp_path)
    yield url
    _drop_postgres_database(url)
