"""A partial index over live tasks for the Actions tab and the Summary.

Counting a CSM's open tasks read every one of them from the table to check its
tombstone (17 ms for 11,000 tasks); an index limited to deleted_at IS NULL answers the
count and the due-ordered pages from the index alone.

Revision ID: 0005_live_task_index
Revises: 0004_board_indexes
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_live_task_index"
down_revision: str | None = "0004_board_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ["assignee_id", "status", "due_at"]
OLD, NEW = "ix_tasks_assignee_status_due", "ix_tasks_live_assignee_status_due"
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.drop_index(OLD, table_name="tasks")
    op.create_index(NEW, "tasks", COLUMNS, sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index(NEW, table_name="tasks")
    op.create_index(OLD, "tasks", COLUMNS)
