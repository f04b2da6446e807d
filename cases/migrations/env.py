"""Alembic entry point: migrates the register at the URL the caller configured (I/O)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import String, Text, engine_from_config, pool

from cases import orm  # noqa: F401 (every table module, so Base.metadata holds every table)
from cases.base import Base

config = context.config
target_metadata = Base.metadata


def _compare_type(
    context: Any, _inspected: Any, _column: Any, inspected_type: Any, metadata_type: Any
) -> bool | None:
    """SQLite keeps no VARCHAR length, so migration 0009 leaves its cases.title as it was (the
    ciphertext fits anyway) and alters it to TEXT on PostgreSQL only: equal on SQLite."""
    text = isinstance(getattr(metadata_type, "impl", metadata_type), Text)
    if context.dialect.name == "sqlite" and text and isinstance(inspected_type, String):
        return False
    return None


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        from config.settings import get_settings  # entry point: the CLI's alembic run

        url = get_settings().resolved_database_url
    return url


def run_migrations_offline() -> None:
    url = _url()
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        compare_type=_compare_type,
        render_as_batch=url.startswith("sqlite"),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    section = {"sqlalchemy.url": _url()}
    engine = engine_from_config(section, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        compare_type=_compare_type,
        render_as_batch=connection.dialect.name == "sqlite",  # type: ignore[attr-defined]
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
