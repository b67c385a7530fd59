"""A customer's health score and status as promoted columns of `records` (issue 13).

Customers shows, sorts and filters by Health score and Health status like any other
column; a correlated read of `health_scores` per row could not be sorted in an index.
`app.domain.health.store` copies each customer's current score here when it stores one.

Revision ID: 0008_health_columns
Revises: 0007_record_search
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_health_columns"
down_revision: str | None = "0007_record_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_records_live_type_health"
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    # A plain ADD COLUMN on both databases: the table is not rebuilt.
    op.add_column("records", sa.Column("health_score", sa.Integer(), nullable=True))
    op.add_column("records", sa.Column("health_status", sa.String(16), nullable=True))
    op.create_index(
        INDEX, "records", ["object_type_id", "health_score"],
        sqlite_where=LIVE, postgresql_where=LIVE,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index(INDEX, table_name="records")
    with op.batch_alter_table("records") as batch:
        batch.drop_column("health_status")
        batch.drop_column("health_score")
