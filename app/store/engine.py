"""Engines and sessions: SQLite with WAL, foreign keys and synchronous=NORMAL; PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app.store import migrate
from app.store.search import fold
from app.store.tend_file import check_tend_file, mark_tend_file
from app.store.transactions import disable_driver_transactions, emit_begin, for_writing


def sqlite_url(path: str | Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{Path(path).expanduser().resolve()}"


# In WAL mode NORMAL keeps every transaction atomic and survives the application
# crashing; only an OS crash or power loss can lose the last commits (the file stays
# consistent). FULL's fsync on every commit measured 3-4 ms, 8 ms at p90, on a busy disk
# (0.1 ms at NORMAL): a stage move would not fit in a frame (docs/architecture.md).
SYNCHRONOUS = "NORMAL"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    disable_driver_transactions(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA synchronous={SYNCHRONOUS}")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
    # Text filters fold case and accents as the search index does (app/store/search.py).
    dbapi_conn.create_function("fold", 1, fold, deterministic=True)


def make_engine(url: str) -> Engine:
    """An engine for `url` with Tend's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", emit_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass(eq=False)  # one open database is one object (the Qt side keys its change channel by it)
class Database:
    """An open, migrated database: the engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_local(self) -> bool:
        """True for a SQLite file (local mode, DATA-1)."""
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        db = self.engine.url.database
        return Path(db) if self.is_local and db else None

    def session(self) -> Session:
        """A new session for reading; use it as a context manager."""
        return self.sessions()

    @cached_property
    def _writer(self) -> Engine:
        return for_writing(self.engine)

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A session in a write transaction: one user action, committed on a clean exit and
        rolled back (nothing saved) when the block raises. On SQLite it holds the file's
        write lock from its first statement, so what it reads stays current until it
        commits; keep it short (other writers wait for it)."""
        with self.sessions(bind=self._writer) as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def open_database(target: str | Path, *, upgrade: bool = True) -> Database:
    """Open a SQLite path or a database URL, creating and upgrading the schema if needed."""
    url = str(target)
    local = "://" not in url
    if local:
        path = Path(url).expanduser()
        check_tend_file(path)  # before anything could write to another program's file
        path.parent.mkdir(parents=True, exist_ok=True)
        url = sqlite_url(path)
    engine = make_engine(url)
    if upgrade:
        migrate.upgrade(engine)
    if local:
        mark_tend_file(engine)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def remove_database_files(path: str | Path) -> None:
    """Delete a SQLite file with its WAL, shared-memory and journal companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
