"""an index on case_events (case_id, kind): a case's clock events in one index probe

The dashboard reads the clock events of the cases a user may see. Without statistics (a freshly
loaded database) PostgreSQL may join them case by case; with this index each probe is one index
scan instead of a bitmap AND with the whole `kind` index, so every plan it can choose is cheap.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_case_events_case_id_kind", "case_events", ["case_id", "kind"])


def downgrade() -> None:
    op.drop_index("ix_case_events_case_id_kind", table_name="case_events")
