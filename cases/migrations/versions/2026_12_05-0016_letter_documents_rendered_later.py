"""letter documents rendered later: an automatic letter is queued before its DOCX is made

An automatic letter (receipt, deficiency notice, interim reply, rejection) is queued with its text
and HTML; its DOCX and PDF/A are rendered by the sender just before delivery
(docs/decisions/0011). Until then `letter_drafts.docx` is NULL, like `pdf`.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("letter_drafts") as batch:
        batch.alter_column("docx", existing_type=sa.LargeBinary(), nullable=True)


def downgrade() -> None:
    # A letter still waiting for its rendering has no DOCX to keep: an empty one stands in.
    empty = sa.text("UPDATE letter_drafts SET docx = :empty WHERE docx IS NULL")
    op.get_bind().execute(empty, {"empty": b""})
    with op.batch_alter_table("letter_drafts") as batch:
        batch.alter_column("docx", existing_type=sa.LargeBinary(), nullable=False)
