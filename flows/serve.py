"""Serves every deployment of prefect.yaml on its schedule from one process (Prefect `serve`).

Before it serves, it looks each deployment up on the Prefect server: one that workers run (it
has a work pool), or that has another entrypoint, another schedule or a paused schedule, belongs
to somebody else, and `serve` refuses rather than silently taking it over.
"""

from __future__ import annotations

from prefect import serve
from prefect.client.orchestration import get_client
from prefect.client.schemas.responses import DeploymentResponse
from prefect.deployments.runner import RunnerDeployment
from prefect.exceptions import ObjectNotFound

from cases.errors import ConfigurationError
from flows.deployments import DeploymentDefinition, load_definitions, schedule_key_of


def deployments() -> list[RunnerDeployment]:
    """The deployments of prefect.yaml as `serve` runs them (no work pool)."""
    return [definition.to_served() for definition in load_definitions()]


def conflicts(definitions: list[DeploymentDefinition]) -> list[str]:
    """One line per deployment on the server that `serve` would overwrite, in Norwegian."""
    lines = []
    with get_client(sync_client=True) as client:
        for definition in definitions:
            try:
                existing = client.read_deployment_by_name(definition.full_name)
            except ObjectNotFound:
                continue
            differences = _differences(definition, existing)
            if differences:
                lines.append(f"{definition.full_name}: {', '.join(differences)}")
    return lines


def _differences(definition: DeploymentDefinition, existing: DeploymentResponse) -> list[str]:
    found = []
    if existing.work_pool_name:
        found.append(f"kjøres av arbeidere i work pool «{existing.work_pool_name}»")
    # Served by module path, Prefect stores `flows.intake.intake_flow`; prefect.yaml has a colon.
    if (existing.entrypoint or "").replace(":", ".") != definition.entrypoint.replace(":", "."):
        found.append(f"entrypoint er «{existing.entrypoint}»")
    stored = {schedule_key_of(item.schedule) for item in existing.schedules}
    if stored != set(definition.schedules):
        found.append("en annen tidsplan")
    if existing.paused or any(not item.active for item in existing.schedules):
        found.append("tidsplanen er satt på pause")
    return found


def serve_deployments(*, force: bool = False) -> None:
    """Block and run the schedules; needs a real Prefect server (PREFECT_API_URL)."""
    definitions = load_definitions()
    found = conflicts(definitions)
    if found and not force:
        detail = (
            "serve ville overskrive deployments som en annen vert kjører: "
            + "; ".join(found)
            + " (bruk --force for å ta dem over)"
        )
        raise ConfigurationError(detail=detail)
    served = [definition.to_served() for definition in definitions]
    serve(*served, pause_on_shutdown=False)
