"""The search index of records: folded names and search keys (issue 11 item 7).

Searching compared `lower()` of names, so `école` found neither "École" nor "ÉCOLE", and
each search walked every record. `record_search` holds each live record's name and
domain/e-mail case-folded and accent-free (`app.store.search.fold`); on SQLite an FTS5
trigram table over it finds substrings from an index (kept by triggers), on PostgreSQL a
`pg_trgm` GIN index does. Existing records are folded here in Python, in chunks.

Revision ID: 0007_record_search
Revises: 0006_attendee_user_index
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.store.search import FTS_TABLE, TRIGRAM_INDEX, fold

revision: str = "0007_record_search"
down_revision: str | None = "0006_attendee_user_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 20_000
SQLITE_OBJECTS = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(folded_name, folded_key,"
    " content='record_search', content_rowid='id', tokenize='trigram')",
    # The FTS5 external-content pattern: the index follows its content table.
    f"CREATE TRIGGER record_search_ai AFTER INSERT ON record_search BEGIN"
    f" INSERT INTO {FTS_TABLE}(rowid, folded_name, folded_key)"
    " VALUES (new.id, new.folded_name, new.folded_key); END",
    f"CREATE TRIGGER record_search_ad AFTER DELETE ON record_search BEGIN"
    f" INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, folded_name, folded_key)"
    " VALUES ('delete', old.id, old.folded_name, old.folded_key); END",
    f"CREATE TRIGGER record_search_au AFTER UPDATE ON record_search BEGIN"
    f" INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, folded_name, folded_key)"
    " VALUES ('delete', old.id, old.folded_name, old.folded_key);"
    f" INSERT INTO {FTS_TABLE}(rowid, folded_name, folded_key)"
    " VALUES (new.id, new.folded_name, new.folded_key); END",
)
TRIGGERS = ("record_search_ai", "record_search_ad", "record_search_au")


def create_table() -> None:
    """The plain table (both databases)."""
    op.create_table(
        "record_search",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("folded_name", sa.Text(), nullable=False),
        sa.Column("folded_key", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_search")),
        sa.UniqueConstraint("record_id", name=op.f("uq_record_search_record_id")),
    )


def backfill(conn: sa.Connection) -> None:
    """Every live record folded, written in chunks (raw driver rows: ids stay as stored)."""
    rows = conn.exec_driver_sql(
        "SELECT id, name, search_key FROM records WHERE deleted_at IS NULL"
    ).fetchall()
    insert = "INSERT INTO record_search (record_id, folded_name, folded_key) VALUES "
    insert += "(?, ?, ?)" if conn.dialect.name == "sqlite" else "(%s, %s, %s)"
    for start in range(0, len(rows), CHUNK):
        conn.exec_driver_sql(
            insert,
            [(r[0], fold(r[1]), fold(r[2])) for r in rows[start : start + CHUNK]],
        )


def upgrade() -> None:
    conn = op.get_bind()
    create_table()
    if conn.dialect.name == "sqlite":
        backfill(conn)  # before the triggers: the index is built once, below
        for statement in SQLITE_OBJECTS:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
        return
    backfill(conn)
    # pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it. Where
    # it cannot be created, search still works, by scanning (docs/decisions.md).
    with conn.begin_nested() as trial:
        try:
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            trial.rollback()
            return
    op.create_index(
        TRIGRAM_INDEX, "record_search", ["folded_name", "folded_key"],
        postgresql_using="gin",
        postgresql_ops={"folded_name": "gin_trgm_ops", "folded_key": "gin_trgm_ops"},
    )  # fmt: skip


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for trigger in TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")
    op.drop_table("record_search")
