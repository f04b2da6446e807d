"""case counters: atomic per-year case numbers

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_case_counters")),
    )
    # Existing registers continue where their numbering stands.
    op.execute(
        "INSERT INTO case_counters (year, last_sequence) "
        "SELECT year, MAX(sequence) FROM cases GROUP BY year"
    )


def downgrade() -> None:
    op.drop_table("case_counters")
