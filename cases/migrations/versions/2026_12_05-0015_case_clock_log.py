"""cases.clock_log: each case's clock events on its own row, for the dashboard

The overview read every visible case's clock events by joining `case_events` to `cases`. On a
freshly loaded database PostgreSQL has no statistics and chose a join case by case, which made
the overview of a section leader several times slower than after ANALYZE (ADR 0010).
With the events copied onto the case row, the overview is one scan of `cases`, whatever the
statistics. The column is filled here from the log (the clock's dates are kept in clear in
`case_events.data`, so no KEK is needed) and kept by `SqlRegister.append_event` afterwards.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

# The one encoding of the log (the dashboard decodes it with cases.readmodel.clock_events).
from cases.readmodel import CLOCK_EVENT_KINDS, clock_log

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000
_cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("clock_log", sa.Text))
_events = sa.table(
    "case_events",
    sa.column("id", sa.Integer),
    sa.column("case_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("at", sa.DateTime(timezone=True)),
    sa.column("data", sa.JSON),
)


def upgrade() -> None:
    op.add_column("cases", sa.Column("clock_log", sa.Text(), server_default="", nullable=False))
    connection = op.get_bind()
    query = (
        sa.select(_events.c.case_id, _events.c.kind, _events.c.at, _events.c.data)
        .where(_events.c.kind.in_(CLOCK_EVENT_KINDS))
        .order_by(_events.c.case_id, _events.c.id)
    )
    by_case: defaultdict[int, list[tuple[str, datetime, dict[str, object] | None]]] = defaultdict(
        list
    )
    for case_id, kind, at, data in connection.execute(query):
        by_case[case_id].append((kind, at, data))
    rows = [{"case_id": case_id, "log": clock_log(events)} for case_id, events in by_case.items()]
    statement = (
        sa.update(_cases)
        .where(_cases.c.id == sa.bindparam("case_id"))
        .values(clock_log=sa.bindparam("log"))
    )
    for start in range(0, len(rows), BATCH):
        connection.execute(statement, rows[start : start + BATCH])


def downgrade() -> None:
    op.drop_column("cases", "clock_log")
