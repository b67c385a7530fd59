"""Versioned schema migrations (DATA-3): opening an empty or older database upgrades it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, text

from app.store.i18n import QT_TR_NOOP, MessageError
from app.store.transactions import for_writing

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions; tests check it matches Alembic's head, so
# start-up can skip importing Alembic when the file is already current.
HEAD_REVISION = "0016_task_completed_index"


def alembic_config() -> Config:
    """An Alembic Config pointing at our migrations folder."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Alembic's comparison leaves out what migration 0007 makes for one database only,
    with SQL the models cannot express: SQLite's FTS5 table of the search index (and its
    shadow tables) and PostgreSQL's trigram GIN index."""
    from app.store.search import FTS_TABLE, TRIGRAM_INDEX

    if type_ == "table":
        return not (name or "").startswith(FTS_TABLE)
    return not (type_ == "index" and name == TRIGRAM_INDEX)


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty (or pre-Alembic) file."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


class SchemaTooNew(MessageError):
    """The file was written by a newer Tend whose schema this one does not know."""


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database up to `revision` (default: the newest) in one transaction."""
    current = current_revision(engine)
    if revision == "head" and current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config()
    known = {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}
    if current is not None and current not in known:
        raise SchemaTooNew(
            QT_TR_NOOP(
                "This database was written by a newer version of Tend (schema {current}). Update "
                "Tend to open it."
            ),
            current=current,
        )
    # With the write lock from the start, a second process opening the same old file waits,
    # then finds it upgraded (Alembic reads the stamped revision inside this transaction).
    with for_writing(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
