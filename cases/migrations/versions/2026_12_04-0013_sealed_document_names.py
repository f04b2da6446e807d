"""sealed document names: a file name from an encrypted mail is decrypted content

The column becomes TEXT on PostgreSQL, since an envelope outgrows VARCHAR(500); SQLite does not
enforce the length. Names stored before stay readable in clear until `saksflyt keys
seal-existing` (docs/decisions/0008).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("documents", "name", type_=sa.Text(), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("documents", "name", type_=sa.String(length=500), existing_nullable=False)
