"""The deployments of prefect.yaml as Python values: one definition for workers and for `serve`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, cast

import yaml
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.deployments.runner import RunnerDeployment
from prefect.flows import load_flow_from_entrypoint
from prefect.schedules import Cron, Interval, Schedule
from prefect.types.entrypoint import EntrypointType

from cases.errors import ConfigurationError

PREFECT_YAML = Path(__file__).resolve().parents[1] / "prefect.yaml"

# A schedule as a comparable value: ("interval", "300.0", "Europe/Oslo") or ("cron", expr, tz).
ScheduleKey = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class DeploymentDefinition:
    """One entry of prefect.yaml's `deployments:`, as much of it as `serve` needs."""

    name: str
    entrypoint: str  # a module path, e.g. flows.intake:intake_flow
    description: str
    tags: tuple[str, ...]
    schedules: tuple[ScheduleKey, ...]
    concurrency: ConcurrencyLimitConfig | None
    work_pool: str | None

    @property
    def flow_name(self) -> str:
        return load_flow_from_entrypoint(self.entrypoint).name

    @property
    def full_name(self) -> str:
        """The name the Prefect API knows it by: `<flow>/<deployment>`."""
        return f"{self.flow_name}/{self.name}"

    def prefect_schedules(self) -> list[Schedule]:
        return [_schedule(key) for key in self.schedules]

    def to_served(self) -> RunnerDeployment:
        """The deployment as `saksflyt serve` runs it: same schedule and limit, no work pool."""
        return RunnerDeployment.from_flow(
            load_flow_from_entrypoint(self.entrypoint),
            name=self.name,
            schedules=self.prefect_schedules(),
            concurrency_limit=self.concurrency,
            description=self.description,
            tags=list(self.tags),
            entrypoint_type=EntrypointType.MODULE_PATH,
        )


def load_definitions(path: Path = PREFECT_YAML) -> list[DeploymentDefinition]:
    """Every deployment in prefect.yaml (anchors and merge keys resolved by the YAML loader)."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(detail=f"kan ikke lese {path}: {exc.strerror}") from None
    return [_definition(entry) for entry in document["deployments"]]


def _definition(entry: dict[str, Any]) -> DeploymentDefinition:
    limit = entry.get("concurrency_limit")
    concurrency = None
    if isinstance(limit, dict):
        concurrency = ConcurrencyLimitConfig(
            limit=limit["limit"],
            collision_strategy=ConcurrencyLimitStrategy(limit.get("collision_strategy", "ENQUEUE")),
            grace_period_seconds=limit.get("grace_period_seconds"),
        )
    elif isinstance(limit, int):
        concurrency = ConcurrencyLimitConfig(limit=limit)
    return DeploymentDefinition(
        name=entry["name"],
        entrypoint=entry["entrypoint"],
        description=entry.get("description", ""),
        tags=tuple(entry.get("tags", ())),
        schedules=tuple(_schedule_key(item) for item in entry.get("schedules", ())),
        concurrency=concurrency,
        work_pool=(entry.get("work_pool") or {}).get("name"),
    )


def _schedule_key(item: dict[str, Any]) -> ScheduleKey:
    timezone = str(item.get("timezone", "UTC"))
    if "interval" in item:
        return ("interval", str(float(item["interval"])), timezone)
    if "cron" in item:
        return ("cron", str(item["cron"]), timezone)
    raise ConfigurationError(detail=f"prefect.yaml: ukjent tidsplan {sorted(item)}")


def _schedule(key: ScheduleKey) -> Schedule:
    kind, value, timezone = key
    if kind == "interval":
        return Interval(timedelta(seconds=float(value)), timezone=timezone)
    return Cron(value, timezone=timezone)


def schedule_key_of(schedule: object) -> ScheduleKey | None:
    """A stored schedule (IntervalSchedule or CronSchedule from the API) as a ScheduleKey."""
    interval = cast(timedelta | None, getattr(schedule, "interval", None))
    timezone = str(getattr(schedule, "timezone", None) or "UTC")
    if interval is not None:
        return ("interval", str(interval.total_seconds()), timezone)
    cron = getattr(schedule, "cron", None)
    if cron is not None:
        return ("cron", str(cron), timezone)
    return None
