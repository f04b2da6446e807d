"""The intake flow: poll the mailbox once (Prefect; the work happens in config.wiring/intake)."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from config import wiring
from config.settings import get_settings
from flows.retry import transient_only
from flows.secrets import imap_password


@task(
    name="poll-mailbox",
    retries=2,
    retry_delay_seconds=[10, 60],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,  # near plaintext: nothing of this task may land in result storage
)
def poll_mailbox() -> dict[str, int]:
    """Register every message waiting in the mailbox; returns counts per outcome (no content)."""
    settings = wiring.prepare_home(get_settings())
    summary = wiring.run_intake_once(settings, imap_password=imap_password(settings))
    if summary.another_receiver:
        get_run_logger().info("Another receiver is running for this mailbox; nothing to do")
        return {"another_receiver_running": 1}
    return dict(summary.counts)


@flow(name="intake")
def intake_flow() -> dict[str, int]:
    """Poll the mailbox once; one bad message never stops the batch."""
    return poll_mailbox()
