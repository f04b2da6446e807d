"""Secrets from Prefect Secret blocks, for deployments that keep passwords out of the env."""

from __future__ import annotations

from typing import Any, cast

from prefect.blocks.system import Secret
from prefect.utilities.asyncutils import run_coro_as_sync

from config.settings import Settings


def imap_password(settings: Settings) -> str | None:
    """The IMAP password from the configured Secret block, or None to use the environment."""
    if not settings.imap_password_block:
        return None
    # The async API, run to completion: Secret.load turns async when an event loop is running.
    secret = cast(Secret[Any], run_coro_as_sync(Secret.aload(settings.imap_password_block)))
    return str(secret.get())
