"""The ops-watch flow: alert operations when no receive has succeeded for a while (Prefect).

Prefect itself is the record of receives: the last Completed run of each receive deployment.
"""

from __future__ import annotations

from datetime import timedelta

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import (
    DeploymentFilter,
    DeploymentFilterId,
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import StateType
from prefect.client.schemas.sorting import FlowRunSort

from config import ops, wiring
from flows import secrets
from flows.alerts import deliver_mail
from intake.operations import stale_receive_alert


@task(name="check-receives", cache_policy=NO_CACHE)
def check_receives() -> int:
    """Queue one alert per intake deployment whose last success is too old; returns how many."""
    settings = wiring.prepare_home(secrets.settings())
    if not settings.ops_address:
        return 0
    limit, now, queued = timedelta(minutes=settings.ops_receive_stale_minutes), wiring.utc_now(), 0
    completed = FlowRunFilter(
        state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
    )
    with get_client(sync_client=True) as client:
        for deployment in client.read_deployments(
            flow_filter=FlowFilter(name=FlowFilterName(any_=["receive", "intake"]))
        ):
            runs = client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                flow_run_filter=completed, sort=FlowRunSort.END_TIME_DESC, limit=1,
            )  # fmt: skip
            last = runs[0].end_time if runs else None
            since = deployment.created or now
            alert = stale_receive_alert(
                deployment.name, last, since, now, limit, settings.ops_address
            )
            queued += ops.queue_ops_alert(settings, alert)
    return queued


@flow(name="ops-watch")
def ops_watch_flow() -> dict[str, int]:
    """Every ten minutes: stale receives become an alert, and pending mail goes out."""
    return {"alerts": check_receives(), **deliver_mail()}
