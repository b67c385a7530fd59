"""`conflicts.winning_user_id`: who wrote the value that replaced a losing one (issue 14
item 4, DATA-2), so a record's history can say "Your value X was replaced by Y from
<their name> at 10:42".

Revision ID: 0011_conflict_winner
Revises: 0010_change_base
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_conflict_winner"
down_revision: str | None = "0010_change_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("conflicts", sa.Column("winning_user_id", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("winning_user_id")
