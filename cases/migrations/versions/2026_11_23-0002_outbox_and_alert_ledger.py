"""outbox and alert ledger

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outgoing_messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body_text", sa.Text(), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=True),
        sa.Column("message_id", sa.String(length=998), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("encrypt_to", sa.String(length=64), nullable=True),
        sa.Column("journal_document_number", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_outgoing_messages_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_messages")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outgoing_messages_message_id")),
    )
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outgoing_messages_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outgoing_messages_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_outgoing_messages_status"), ["status"], unique=False)

    op.create_table(
        "alert_ledger",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("deadline_on", sa.Date(), nullable=True),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("queued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outgoing_message_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_alert_ledger_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["outgoing_message_id"],
            ["outgoing_messages.id"],
            name=op.f("fk_alert_ledger_outgoing_message_id_outgoing_messages"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_ledger")),
        sa.UniqueConstraint("key", name=op.f("uq_alert_ledger_key")),
    )
    with op.batch_alter_table("alert_ledger", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_alert_ledger_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("alert_ledger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alert_ledger_case_id"))

    op.drop_table("alert_ledger")
    with op.batch_alter_table("outgoing_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outgoing_messages_status"))
        batch_op.drop_index(batch_op.f("ix_outgoing_messages_kind"))
        batch_op.drop_index(batch_op.f("ix_outgoing_messages_case_id"))

    op.drop_table("outgoing_messages")
