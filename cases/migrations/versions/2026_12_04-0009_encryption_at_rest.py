"""encryption at rest: data keys wrapped by a KEK, one per case (docs/decisions/0008)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

Only the schema: the sealed columns keep their types (a ciphertext is text or bytes), except
cases.title, whose ciphertext outgrows VARCHAR(500). Rows written before stay readable as they
are; `saksflyt keys seal-existing` encrypts them (it needs the KEK, which a migration has not).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "data_keys",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("kek_id", sa.String(length=16), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("rewrapped_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_keys")),
    )
    with op.batch_alter_table("data_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_data_keys_kek_id"), ["kek_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_data_keys_scope"), ["scope"], unique=False)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("data_key_id", sa.String(length=32), nullable=True))
    if op.get_bind().dialect.name == "postgresql":  # SQLite does not enforce the length
        op.alter_column("cases", "title", type_=sa.Text(), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("cases", "title", type_=sa.String(length=500), existing_nullable=False)
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("data_key_id")
    with op.batch_alter_table("data_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_data_keys_scope"))
        batch_op.drop_index(batch_op.f("ix_data_keys_kek_id"))
    op.drop_table("data_keys")
