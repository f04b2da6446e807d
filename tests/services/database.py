"""Pytest fixtures: a fresh, migrated register on SQLite and on PostgreSQL (127.0.0.1:5432).

Every test gets a database of its own, as a fresh migration leaves it. The migrations run for
real once per session and back end (into a template); each test then gets a copy of that
template: a file copy on SQLite, ``CREATE DATABASE … TEMPLATE`` on PostgreSQL. A test's
PostgreSQL database is dropped by a background thread (PostgreSQL 15 checkpoints for each drop;
drops queued meanwhile run together and share one); the session waits for every drop at its end.

A fixture whose every test writes the same rows first can have them written once into a template
of their own (``seed_template``): a test that uses that fixture gets its ``database_url`` copied
from the filled template, and the fixture asks ``migrated_databases.filled(…)`` for what the fill
returned (ids, say).
"""

from __future__ import annotations

import contextlib
import os
import queue
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from cases import migrate

POSTGRES_ADMIN_URL = os.environ.get(
    "SAKSFLYT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres:postgres@127.0.0.1:5432/postgres"
)
BACKENDS = ["sqlite", "postgresql"]
_SEEDS: dict[str, Callable[[str, Path], object]] = {}


def seed_template(fixture: str, fill: Callable[[str, Path], object]) -> None:
    """Tests using the fixture named `fixture` get a copy of a database that `fill(url, home)`
    wrote once per back end and session (deterministic rows only: every test sees the same)."""
    _SEEDS[fixture] = fill


def backend_of(url: str) -> str:
    return "sqlite" if url.startswith("sqlite") else "postgresql"


def _create_postgres_database(template: str | None = None) -> str:
    name = f"saksflyt_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    admin.dispose()
    return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def _drop_postgres_database(url: str) -> None:
    from config import wiring

    wiring.engine_for(url).dispose()
    _drop_database_named(str(make_url(url).database))


def _drop_database_named(name: str) -> None:
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


class MigratedDatabases:
    """Copies of one migrated database per back end (made on first use), for one session."""

    def __init__(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="saksflyt-templates-"))
        self._templates: dict[str, str] = {}
        self._filled: dict[str, object] = {}
        self._drops: queue.Queue[str | None] = queue.Queue()
        self._dropper: threading.Thread | None = None
        self._errors: list[BaseException] = []

    def _template(self, backend: str, seed: str | None = None) -> str:
        """The template: a file path on SQLite, a database name on PostgreSQL."""
        key = f"{backend}-{seed}" if seed else backend
        if key not in self._templates:
            folder = self._folder / key
            folder.mkdir()
            if seed:
                from config import wiring

                url = self.fresh(backend, folder)
                self._filled[key] = _SEEDS[seed](url, folder / "home")
                wiring.engine_for(url).dispose()
            else:
                url = fresh_database_url(backend, folder)
            if backend == "sqlite":
                self._templates[key] = str(folder / "register.db")
            else:
                self._templates[key] = str(make_url(url).database)
        return self._templates[key]

    def fresh(self, backend: str, folder: Path, seed: str | None = None) -> str:
        """A new database of this back end, identical to a freshly migrated one (and filled by
        the seed's fill when `seed` names one)."""
        template = self._template(backend, seed)
        if backend == "sqlite":
            path = folder / "register.db"
            for suffix in ("", "-wal"):  # a write-ahead log not yet checkpointed goes along
                if Path(template + suffix).exists():
                    shutil.copyfile(template + suffix, str(path) + suffix)
            return f"sqlite:///{path}"
        return _create_postgres_database(template)

    def filled(self, backend: str, seed: str) -> object:
        """What the seed's fill returned when it wrote the template."""
        self._template(backend, seed)
        return self._filled[f"{backend}-{seed}"]

    def drop(self, url: str) -> None:
        """Drop a PostgreSQL copy in the background (its engine is disposed here, at once)."""
        from config import wiring

        wiring.engine_for(url).dispose()
        self._queue(str(make_url(url).database))

    def _queue(self, name: str | None) -> None:
        if self._dropper is None:
            self._dropper = threading.Thread(target=self._drop_all, name="database-drops")
            self._dropper.start()
        self._drops.put(name)

    def _drop_all(self) -> None:
        """Drop what is queued, all at once: PostgreSQL 15 forces a checkpoint for each DROP
        DATABASE (~2 s one after the other), and concurrent drops share one checkpoint."""
        finished = False
        while not finished:
            names = [self._drops.get()]
            with contextlib.suppress(queue.Empty):
                while True:
                    names.append(self._drops.get_nowait())
            finished = None in names
            with ThreadPoolExecutor(max_workers=8) as pool:
                futures = [pool.submit(_drop_database_named, n) for n in names if n is not None]
            for future in futures:
                if (error := future.exception()) is not None:  # reported at the session's end
                    self._errors.append(error)

    def close(self) -> None:
        """Drop the templates with the last copies (one checkpoint) and wait for every drop."""
        for key, template in self._templates.items():
            if key.startswith("postgresql"):
                self._queue(template)
        if self._dropper is not None:
            self._queue(None)
            self._dropper.join(timeout=300)
        shutil.rmtree(self._folder, ignore_errors=True)
        assert not self._errors, f"dropping a test database failed: {self._errors[:3]}"


@pytest.fixture(scope="session")
def migrated_databases() -> Iterator[MigratedDatabases]:
    databases = MigratedDatabases()
    try:
        yield databases
    finally:
        databases.close()


@pytest.fixture(params=BACKENDS)
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, migrated_databases: MigratedDatabases
) -> Iterator[str]:
    """A migrated register, once on SQLite and once on PostgreSQL (the same test runs on both)."""
    seeds = [name for name in _SEEDS if name in request.fixturenames]
    url = migrated_databases.fresh(request.param, tmp_path, seeds[0] if seeds else None)
    yield url
    if request.param == "postgresql":
        migrated_databases.drop(url)
    else:
        from config import wiring

        wiring.engine_for(url).dispose()


@pytest.fixture
def postgres_url(tmp_path: Path, migrated_databases: MigratedDatabases) -> Iterator[str]:
    """A migrated register on PostgreSQL only (for tests that run several processes against it)."""
    url = migrated_databases.fresh("postgresql", tmp_path)
    yield url
    migrated_databases.drop(url)
