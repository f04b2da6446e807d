"""Serves every deployment on its schedule from one process (Prefect `serve`)."""

from __future__ import annotations

from datetime import timedelta
from typing import cast

from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron

from config.settings import Settings
from flows.alerts import deadline_alerts_flow
from flows.intake import intake_flow


def deployments(settings: Settings) -> list[RunnerDeployment]:
    """Intake every SAKSFLYT_INTAKE_INTERVAL_MINUTES; alerts at 07:00 Oslo time on weekdays."""
    interval = timedelta(minutes=settings.intake_interval_minutes)
    intake = intake_flow.to_deployment(name="intake-poll", interval=interval)
    # Flow.serve has no timezone= (toolchain.md pitfall 6): the Cron schedule carries it.
    weekday_mornings = [Cron("0 7 * * 1-5", timezone="Europe/Oslo")]
    alerts = deadline_alerts_flow.to_deployment(name="deadline-alerts", schedules=weekday_mornings)
    return [cast(RunnerDeployment, intake), cast(RunnerDeployment, alerts)]


def serve_deployments(settings: Settings) -> None:
    """Block and run the schedules; needs a real Prefect server (PREFECT_API_URL)."""
    serve(*deployments(settings), pause_on_shutdown=False)
