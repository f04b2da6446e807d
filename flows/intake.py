"""The intake flows: receive, process, and both in order (Prefect; the work is in config.wiring).

- `receive` stores each message of the mailbox as a pending submission and moves it; one
  receiver per mailbox (a lock in the register, and the deployment's limit of one run). Run from
  a deployment, it then starts process runs for what it stored.
- `process` claims pending submissions one at a time with a lease, and decrypts, reads, judges,
  decides and queues letters; any number run in parallel, on any worker.
- `intake` does both in order in one run (`saksflyt intake --once`, the demo).

Each run is renamed for what it did («mottak postmottak: 12 nye», «behandling: 11 nye, 1
karantene») and leaves a table artifact and a markdown summary; a run that quarantined
something alerts operations.
"""

from __future__ import annotations

from prefect import flow, get_run_logger, runtime, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.deployments import run_deployment
from prefect.exceptions import ObjectNotFound

from config import ops, wiring
from flows import secrets
from flows.retry import transient_only
from intake.operations import ReceivedItem, RunReport, artifact_key, quarantine_alert

# The process deployment of prefect.yaml, which a receive run started by a deployment starts.
PROCESS_DEPLOYMENT = "process/process-pending"


@task(
    name="receive-mailbox",
    retries=2,
    retry_delay_seconds=[10, 60],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,
)
def receive_mailbox() -> RunReport:
    """Store every message waiting in the mailbox as pending; the report holds no personal data."""
    settings = wiring.prepare_home(secrets.settings())
    report = RunReport(ops.mailbox_name(settings), stage="mottak")
    summary = wiring.run_receive_once(
        settings, on_result=lambda result: report.items.append(ReceivedItem.of(result))
    )
    report.another_receiver = summary.another_receiver
    return report


@task(
    name="process-pending",
    retries=2,
    retry_delay_seconds=[10, 60],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,  # near plaintext: nothing of this task may land in result storage
)
def process_pending() -> RunReport:
    """Claim and settle pending submissions until none is free."""
    settings = wiring.prepare_home(secrets.settings())
    report = RunReport("", stage="behandling")
    wiring.run_process_once(
        settings, on_result=lambda result: report.items.append(ReceivedItem.of(result))
    )
    return report


@task(
    name="receive-and-process",
    retries=2,
    retry_delay_seconds=[10, 60],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,
)
def receive_and_process() -> RunReport:
    """Both stages in order, in this process."""
    settings = wiring.prepare_home(secrets.settings())
    report = RunReport(ops.mailbox_name(settings))
    summary = wiring.run_intake_once(
        settings, on_result=lambda result: report.items.append(ReceivedItem.of(result))
    )
    report.another_receiver = summary.another_receiver
    return report


@task(name="publish-report", cache_policy=NO_CACHE)
def publish_report(report: RunReport, prefix: str) -> None:
    """The run's name, a table artifact and a markdown summary, for the Prefect UI."""
    key = artifact_key(report.mailbox, prefix)
    create_table_artifact(report.table(), key=key, description=report.run_name())
    create_markdown_artifact(
        report.markdown(), key=f"{key}-sammendrag", description=report.run_name()
    )
    if runtime.flow_run.id:
        with get_client(sync_client=True) as client:
            client.update_flow_run(runtime.flow_run.id, name=report.run_name())
    get_run_logger().info(report.run_name())


@task(name="alert-operations", cache_policy=NO_CACHE)
def alert_operations(report: RunReport) -> bool:
    """Quarantine grew: one mail to SAKSFLYT_OPS_ADDRESS per run, through the outbox."""
    settings = secrets.settings()
    if not settings.ops_address:
        return False
    today = wiring.office_today(settings)
    alert = quarantine_alert(report, settings.ops_address, str(runtime.flow_run.id), today)
    return ops.queue_ops_alert(settings, alert)


@task(name="start-processing", cache_policy=NO_CACHE)
def start_processing(new: int) -> int:
    """Start process runs for what this receive stored (when it runs from a deployment)."""
    if not new or not runtime.deployment.id:
        return 0
    runs = min(new, secrets.settings().process_runs)
    try:
        for _ in range(runs):
            run_deployment(PROCESS_DEPLOYMENT, timeout=0, as_subflow=False)
    except ObjectNotFound:  # not deployed: the process deployment's schedule is the fallback
        get_run_logger().warning("deployment %s is missing", PROCESS_DEPLOYMENT)
        return 0
    return runs


def _receive_name() -> str:
    return f"mottak {ops.mailbox_name(secrets.settings())}: mottar"


def _intake_name() -> str:
    return f"intake {ops.mailbox_name(secrets.settings())}: mottar"


def _counts(report: RunReport) -> dict[str, int]:
    if report.another_receiver:  # the mailbox's receive lock was taken: nothing was touched
        return {"another_receiver_running": 1}
    return dict(report.counts)


@flow(name="receive", flow_run_name=_receive_name)
def receive_flow() -> dict[str, int]:
    """Receive the mailbox once: store each message as pending, then move it."""
    report = receive_mailbox()
    publish_report(report, "mottak")
    alert_operations(report)
    start_processing(report.new)
    return _counts(report)


@flow(name="process", flow_run_name="behandling: behandler")
def process_flow() -> dict[str, int]:
    """Process pending submissions until none is free; several may run at once."""
    report = process_pending()
    publish_report(report, "behandling")
    alert_operations(report)
    return dict(report.counts)


@flow(name="intake", flow_run_name=_intake_name)
def intake_flow() -> dict[str, int]:
    """Receive the mailbox once and process what is pending; one bad message never stops it."""
    report = receive_and_process()
    publish_report(report, "intake")
    alert_operations(report)
    return _counts(report)
