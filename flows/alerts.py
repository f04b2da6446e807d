"""The deadline-alerts flow: queue due alerts, deliver pending mail (Prefect; work in config)."""

from __future__ import annotations

from datetime import date

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from config import alerts, wiring
from flows import secrets
from flows.retry import transient_only
from letters.delivery import MailUnavailable


@task(
    name="queue-due-alerts",
    retries=2,
    retry_delay_seconds=[10, 60],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,  # reads case titles and staff addresses: nothing for result storage
)
def queue_due_alerts(today: date) -> dict[str, int]:
    """Plan every open case and queue what fell due since the last run; returns counts."""
    summary = alerts.queue_alerts(wiring.prepare_home(secrets.settings()), today)
    return {
        "open_cases": summary.open_cases,
        "queued": summary.queued,
        "digests": summary.digests,
        "cancelled": summary.cancelled,
    }


@task(
    name="deliver-mail",
    retries=2,
    retry_delay_seconds=[60, 300],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,
)
def deliver_mail() -> dict[str, int]:
    """Send pending mail; an unavailable server fails the task so that Prefect retries it."""
    summary = alerts.deliver_mail(secrets.settings())
    if summary is None:
        return {"sent": 0, "failed": 0, "deferred": 0}
    if summary.unavailable:  # what was sent stays sent; the rest waits for the retry
        raise MailUnavailable(f"{summary.sent} sent, {summary.deferred} left: {summary.error}")
    return {"sent": summary.sent, "failed": summary.failed, "deferred": summary.deferred}


@task(
    name="reject-expired-deficiencies",
    retries=2,
    retry_delay_seconds=[10, 60],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,
)
def reject_expired(today: date) -> dict[str, int]:
    """P1 notice_then_reject: the day after a deficiency deadline, the rejection goes out."""
    return {"rejected": len(alerts.reject_expired_deficiencies(secrets.settings(), today))}


@flow(name="deadline-alerts")
def deadline_alerts_flow(today: date | None = None) -> dict[str, int]:
    """Daily (R-T-16): every alert due since the last run, once; `today` re-runs a given day."""
    day = today or wiring.office_today(secrets.settings())
    rejected = reject_expired(day)  # before delivery, so the rejections go out today
    return {**rejected, **queue_due_alerts(day), **deliver_mail()}
