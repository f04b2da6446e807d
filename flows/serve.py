"""Serves every deployment on its schedule from one process (Prefect `serve`)."""

from __future__ import annotations

from datetime import timedelta

from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron
from prefect.types.entrypoint import EntrypointType

from config.settings import Settings
from flows.alerts import deadline_alerts_flow
from flows.intake import intake_flow


def deployments(settings: Settings) -> list[RunnerDeployment]:
    """Intake every SAKSFLYT_INTAKE_INTERVAL_MINUTES; alerts at 07:00 Oslo time on weekdays."""
    # RunnerDeployment.from_flow is synchronous; Flow.to_deployment turns async in an event loop.
    # Module paths: loaded by file path, flows/intake.py would become module `intake` and hide
    # the intake package.
    by_module = EntrypointType.MODULE_PATH
    interval = timedelta(minutes=settings.intake_interval_minutes)
    intake = RunnerDeployment.from_flow(
        intake_flow, name="intake-poll", interval=interval, entrypoint_type=by_module
    )
    # Flow.serve has no timezone= (docs/toolchain.md pitfall 6): the Cron schedule carries it.
    weekday_mornings = [Cron("0 7 * * 1-5", timezone="Europe/Oslo")]
    alerts = RunnerDeployment.from_flow(
        deadline_alerts_flow, name="deadline-alerts", schedules=weekday_mornings,
        entrypoint_type=by_module,
    )  # fmt: skip
    return [intake, alerts]


def serve_deployments(settings: Settings) -> None:
    """Block and run the schedules; needs a real Prefect server (PREFECT_API_URL)."""
    serve(*deployments(settings), pause_on_shutdown=False)
