"""`changes.base_seq`: the server version a replica's change was based on (issue 14,
docs/sync.md, DATA-2).

A replica stamps each outbox entry with its sync cursor when the change is made, not when
it is pushed: an edit made offline, then a pull of someone else's edit of the same field
(which waits behind the unpushed one), then a push must still reach the server as
concurrent with that edit, so the later clock decides and the loser is kept in
`conflicts`.

Revision ID: 0010_change_base
Revises: 0009_sync
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_change_base"
down_revision: str | None = "0009_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("changes", sa.Column("base_seq", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("changes") as batch:
        batch.drop_column("base_seq")
