"""An index on `records.merged_into_id` (issue 14 item 7): SQLite looks a record's
merged records up by it on every insert while a deferred foreign key is outstanding (a
replica's download writes rows in pages, a merged record before its survivor), which
without an index is a scan of every record per insert — two minutes of a 7,000-company
download. The history of a merged record reads it too (OBJ-6).

Revision ID: 0012_merged_into_index
Revises: 0011_conflict_winner
Create Date: 2026-12-03
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_merged_into_index"
down_revision: str | None = "0011_conflict_winner"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_records_merged_into_id", "records", ["merged_into_id"])


def downgrade() -> None:
    op.drop_index("ix_records_merged_into_id", "records")
