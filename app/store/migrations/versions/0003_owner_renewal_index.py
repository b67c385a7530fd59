"""An index for a CSM's customers by renewal date.

"Owned by me" with "renewal in the next 90 days" read every customer renewing in the
window (about 20,000 of 100,000) to keep the viewer's: 48 ms. With the owner before the
date in one index, it reads only the viewer's customers in the window.

Revision ID: 0003_owner_renewal_index
Revises: 0002_live_record_indexes
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_owner_renewal_index"
down_revision: str | None = "0002_live_record_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_records_live_type_owner_renewal"
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.create_index(
        NAME, "records", ["object_type_id", "owner_id", "renewal_date"],
        sqlite_where=LIVE, postgresql_where=LIVE,
    )  # fmt: skip


def downgrade() -> None:
    op.drop_index(NAME, table_name="records")
