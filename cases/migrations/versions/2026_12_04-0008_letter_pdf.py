"""letters kept as PDF/A (R-NK-6): the archival copy of every letter that is sent

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("letter_drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pdf", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("letter_drafts", schema=None) as batch_op:
        batch_op.drop_column("pdf")
