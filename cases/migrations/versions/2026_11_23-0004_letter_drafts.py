"""letter drafts: drafted, finalised and sent letters of a case

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "letter_drafts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("document_number", sa.Integer(), nullable=True),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("html", sa.Text(), nullable=False),
        sa.Column("docx", sa.LargeBinary(), nullable=False),
        sa.Column("publishable_text", sa.Text(), nullable=True),
        sa.Column("template_name", sa.String(length=120), nullable=False),
        sa.Column("template_version", sa.String(length=32), nullable=False),
        sa.Column("template_sha256", sa.String(length=64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_format", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=120), nullable=False),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finalised_by", sa.String(length=120), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outgoing_message_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_letter_drafts_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["outgoing_message_id"],
            ["outgoing_messages.id"],
            name=op.f("fk_letter_drafts_outgoing_message_id_outgoing_messages"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_drafts")),
        sa.UniqueConstraint("case_id", "document_number", name=op.f("uq_letter_drafts_case_id")),
    )
    with op.batch_alter_table("letter_drafts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letter_drafts_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_letter_drafts_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("letter_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letter_drafts_status"))
        batch_op.drop_index(batch_op.f("ix_letter_drafts_case_id"))

    op.drop_table("letter_drafts")
