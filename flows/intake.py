"""The intake flow: receive the mailbox once (Prefect; the work happens in config.wiring/intake).

The run is renamed for what it did («intake postmottak: 12 nye, 1 karantene») and leaves a table
artifact and a markdown summary; a run that quarantined something alerts operations.
"""

from __future__ import annotations

from prefect import flow, get_run_logger, runtime, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client

from config import ops, wiring
from flows import secrets
from flows.retry import transient_only
from intake.operations import ReceivedItem, RunReport, artifact_key, quarantine_alert


@task(
    name="poll-mailbox",
    retries=2,
    retry_delay_seconds=[10, 60],
    retry_condition_fn=transient_only,
    cache_policy=NO_CACHE,  # near plaintext: nothing of this task may land in result storage
)
def poll_mailbox() -> RunReport:
    """Register every message waiting in the mailbox; the report holds no personal data."""
    settings = wiring.prepare_home(secrets.settings())
    report = RunReport(ops.mailbox_name(settings))
    summary = wiring.run_intake_once(
        settings, on_result=lambda result: report.items.append(ReceivedItem.of(result))
    )
    report.another_receiver = summary.another_receiver
    return report


@task(name="publish-report", cache_policy=NO_CACHE)
def publish_report(report: RunReport) -> None:
    """The run's name, a table artifact and a markdown summary, for the Prefect UI."""
    key = artifact_key(report.mailbox)
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


def _starting_name() -> str:
    return f"intake {ops.mailbox_name(secrets.settings())}: mottar"


@flow(name="intake", flow_run_name=_starting_name)
def intake_flow() -> dict[str, int]:
    """Receive the mailbox once; one bad message never stops the batch."""
    report = poll_mailbox()
    publish_report(report)
    alert_operations(report)
    if report.another_receiver:  # the mailbox's receive lock was taken: nothing was touched
        return {"another_receiver_running": 1}
    return dict(report.counts)
