"""sealed sender identity: the controller's contact and the senders are personal data

cases.controller_email, cases.controller_name and submissions.sender become TEXT on PostgreSQL,
since an envelope outgrows VARCHAR(320); SQLite does not enforce the length.
outgoing_messages.recipients stays JSON (a sealed list is stored as an object). Values stored
before stay readable in clear until `saksflyt keys seal-existing` (docs/decisions/0008).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("cases", "controller_email"), ("cases", "controller_name"), ("submissions", "sender"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in COLUMNS:
            op.alter_column(table, column, type_=sa.Text(), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in COLUMNS:
            op.alter_column(table, column, type_=sa.String(length=320), existing_nullable=False)
