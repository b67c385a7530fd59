"""What shared mode needs beyond the sync fields of the baseline (issue 14, docs/sync.md).

- `users.login`: the PostgreSQL login of a user of a team server (unique; empty in a
  local file), so the server's push function knows who pushes.
- `conflicts.server_seq`: the server's order of a decided conflict, so replicas pull it;
  `conflicts.reason`: why a pushed change was refused (a refusal is kept like a lost
  edit); `conflicts.resolved_at`: when someone put the losing value back or dismissed it.

Revision ID: 0009_sync
Revises: 0008_health_columns
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.store.base import UTCDateTime

revision: str = "0009_sync"
down_revision: str | None = "0008_health_columns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no table rebuild); SQLite cannot add a UNIQUE column, so the
    # login's uniqueness is a unique index on both databases.
    op.add_column("users", sa.Column("login", sa.String(63), nullable=True))
    op.create_index("ix_users_login", "users", ["login"], unique=True)
    op.add_column("conflicts", sa.Column("server_seq", sa.BigInteger(), nullable=True))
    op.add_column(
        "conflicts", sa.Column("reason", sa.String(400), nullable=False, server_default="")
    )
    op.add_column("conflicts", sa.Column("resolved_at", UTCDateTime(), nullable=True))
    op.create_index("ix_conflicts_server_seq", "conflicts", ["server_seq"])


def downgrade() -> None:
    op.drop_index("ix_conflicts_server_seq", table_name="conflicts")
    op.drop_index("ix_users_login", table_name="users")
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("resolved_at")
        batch.drop_column("reason")
        batch.drop_column("server_seq")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("login")
