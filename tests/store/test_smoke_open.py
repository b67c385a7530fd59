"""Opening a new file creates the whole schema with the SQLite settings DESIGN asks for."""

from sqlalchemy import inspect, text

from app.store import Base
from app.store.migrate import HEAD_REVISION, current_revision


def test_new_file_is_migrated_with_wal_fk_and_normal_sync(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL, with WAL
        tables = set(inspect(conn).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert current_revision(db.engine) == HEAD_REVISION
