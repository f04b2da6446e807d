"""Secrets from Prefect Secret blocks: any SAKSFLYT_<SECRET>_BLOCK names the block to read."""

from __future__ import annotations

from typing import Any, cast

from prefect.blocks.system import Secret
from prefect.utilities.asyncutils import run_coro_as_sync
from pydantic import SecretStr

from cases.errors import ConfigurationError
from config.settings import Settings, get_settings, use_secret_loader


def secret_from_block(_settings: Settings, name: str) -> str:
    """The value of the Prefect Secret block `name` on the configured Prefect server."""
    try:
        # The async API, run to completion: Secret.load turns async when an event loop is running.
        secret = cast(Secret[Any], run_coro_as_sync(Secret.aload(name)))
    except ValueError:  # Prefect's "Unable to find block document named …"
        raise ConfigurationError(detail=f"Prefect Secret-blokken «{name}» finnes ikke") from None
    return str(secret.get())


def settings() -> Settings:
    """This process's settings with every *_BLOCK secret read from Prefect (flows call this)."""
    use_secret_loader(secret_from_block)
    return get_settings()


def save_secret(name: str, value: str) -> None:
    """Store `value` in the Prefect Secret block `name` (created or replaced)."""
    run_coro_as_sync(Secret(value=SecretStr(value)).asave(name, overwrite=True))
