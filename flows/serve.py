"""Serves every deployment on its schedule from one process (Prefect `serve`)."""

from __future__ import annotations

from datetime import timedelta

from prefect import serve

from config.settings import Settings
from flows.intake import intake_flow


def serve_deployments(settings: Settings) -> None:
    """Block and run the schedules; needs a real Prefect server (PREFECT_API_URL)."""
    intake = intake_flow.to_deployment(
        name="intake-poll", interval=timedelta(minutes=settings.intake_interval_minutes)
    )
    serve(intake, pause_on_shutdown=False)
