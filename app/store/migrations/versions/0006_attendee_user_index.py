"""An index of the meetings each user attends, for the Schedule tab.

The calendar lists the meetings a user organizes or attends; without this index the
"attends" half read every attendee row of the workspace.

Revision ID: 0006_attendee_user_index
Revises: 0005_live_task_index
Create Date: 2026-11-25
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006_attendee_user_index"
down_revision: str | None = "0005_live_task_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_meeting_attendees_user"


def upgrade() -> None:
    op.create_index(NAME, "meeting_attendees", ["user_id", "meeting_id"])


def downgrade() -> None:
    op.drop_index(NAME, table_name="meeting_attendees")
