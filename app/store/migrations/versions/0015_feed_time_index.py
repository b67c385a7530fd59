"""Live feed notifications by time (issue 15 item 3, FEED-1): the Feed reads the newest
notifications first and keeps those of the viewer's customers, a page at a time, instead
of reading every notification of their 14,000 customers and sorting them (on a copy of
the 100,000-company demo the raw page went from 70 ms to 1.6 ms).

Revision ID: 0015_feed_time_index
Revises: 0014_status_index
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_feed_time_index"
down_revision: str | None = "0014_status_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_feed_events_live_at", "feed_events", ["at", "id"],
        sqlite_where=LIVE, postgresql_where=LIVE,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index("ix_feed_events_live_at", table_name="feed_events")
