"""outbox lease and back-off, the audit hash chain, server-side dashboard sessions

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

The audit rows written before this revision are chained here, in id order, with the same
canonical serialisation as cases.orm_audit.chain_hash (copied: a migration never imports the
application; tests/integration/test_audit_chain.py checks that the two agree).
"""

import hashlib
import json
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64


def _chain_hash(prev: str, at: datetime, actor: str, action: str, case_reference: str | None,
                detail: str | None) -> str:  # fmt: skip
    instant = (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)
    fields = {
        "prev": prev, "at": instant.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "actor": actor,
        "action": action, "case_reference": case_reference, "detail": detail,
    }  # fmt: skip
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True))
    _chain_audit_log()
    _create_session_tables()


def _chain_audit_log() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("row_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=True),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("length", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    log = sa.table(
        "audit_log", sa.column("id", sa.Integer()), sa.column("at", sa.DateTime(timezone=True)),
        sa.column("actor", sa.String()), sa.column("action", sa.String()),
        sa.column("case_reference", sa.String()), sa.column("detail", sa.String()),
        sa.column("prev_hash", sa.String()), sa.column("row_hash", sa.String()),
    )  # fmt: skip
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            log.c.id, log.c.at, log.c.actor, log.c.action, log.c.case_reference, log.c.detail
        ).order_by(log.c.id)  # fmt: skip
    ).all()
    previous, last_id = GENESIS, None
    for row in rows:
        digest = _chain_hash(previous, row.at, row.actor, row.action, row.case_reference,
                             row.detail)  # fmt: skip
        connection.execute(
            log.update().where(log.c.id == row.id).values(prev_hash=previous, row_hash=digest)
        )
        previous, last_id = digest, row.id
    head = sa.table("audit_chain_head", sa.column("id", sa.Integer()),
                    sa.column("last_id", sa.Integer()), sa.column("last_hash", sa.String()),
                    sa.column("length", sa.Integer()))  # fmt: skip
    connection.execute(
        head.insert().values(id=1, last_id=last_id, last_hash=previous, length=len(rows))
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("row_hash", existing_type=sa.String(length=64), nullable=False)


def _create_session_tables() -> None:
    op.create_table(
        "dashboard_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dashboard_sessions")),
    )
    with op.batch_alter_table("dashboard_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dashboard_sessions_username"), ["username"], unique=False
        )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("username", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_failures_address"), ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failures_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_failures_username"), ["username"], unique=False)


def downgrade() -> None:
    op.drop_table("login_failures")
    op.drop_table("dashboard_sessions")
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("row_hash")
        batch_op.drop_column("prev_hash")
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("lease_until")
        batch_op.drop_column("claimed_by")
