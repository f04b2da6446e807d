"""Secrets from Prefect Secret blocks, for deployments that keep passwords out of the env."""

from __future__ import annotations

from typing import Any, cast

from prefect.blocks.system import Secret

from config.settings import Settings


def imap_password(settings: Settings) -> str | None:
    """The IMAP password from the configured Secret block, or None to use the environment."""
    if not settings.imap_password_block:
        return None
    secret = cast(Secret[Any], Secret.load(settings.imap_password_block))
    return str(secret.get())
