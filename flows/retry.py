"""The retry rule shared by every flow: retry transient I/O only (docs/architecture.md §3)."""

from __future__ import annotations

from typing import Any

from prefect.client.schemas.objects import State, TaskRun
from prefect.tasks import Task

from config import wiring


def transient_only(task: Task[..., Any], task_run: TaskRun, state: State[Any]) -> bool:
    """Retry network, IMAP, SMTP and database hiccups; never a CaseworkError or a bug."""
    try:
        state.result()
    except wiring.TRANSIENT:
        return True
    except Exception:
        return False
    return False
