"""Engines and sessions: SQLite with WAL, foreign keys and synchronous=NORMAL; PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.store import backups, migrate
from app.store.i18n import QT_TR_NOOP, Message, MessageError
from app.store.search import fold
from app.store.tend_file import (
    check_integrity,
    check_tend_file,
    mark_tend_file,
    open_read_only,
    read_only_reason,
)
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


def _read_only_pragmas(dbapi_conn: Any, _record: Any) -> None:
    disable_driver_transactions(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")  # the connection is read-only too; this says so
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()
    dbapi_conn.create_function("fold", 1, fold, deterministic=True)  # searches read it


class ReadOnlyWorkspace(MessageError):
    """A write was asked of a database opened read-only; the message says why it is
    (`user_message`: in the user's language)."""


def make_engine(url: str) -> Engine:
    """An engine for `url` with Tend's connection settings."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", emit_begin)
        return engine
    # A team server that does not answer (a laptop offline) fails in seconds, not minutes.
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})


@dataclass(eq=False)  # one open database is one object (the Qt side keys its change channel by it)
class Database:
    """An open, migrated database: the engine and a session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: str = ""  # why the file opened read-only ("" when Tend can write it), in English
    read_only_message: Message = field(
        default_factory=lambda: Message("")
    )  # the same, to translate (`.translated()`)

    def __post_init__(self) -> None:
        if self.read_only and not self.read_only_message:
            self.read_only_message = Message(self.read_only)

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
        commits; keep it short (other writers wait for it). ReadOnlyWorkspace when the
        file opened read-only."""
        if self.read_only:
            raise ReadOnlyWorkspace(self.read_only_message)
        with self.sessions(bind=self._writer) as session, session.begin():
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def _open_read_only(path: Path, reason: Message) -> Database:
    """The file as it is, read-only: SQLite cannot change it, so neither can Tend; `reason`
    says why."""
    # The URL names the file (Database.path); the connections come from the creator.
    engine = create_engine(sqlite_url(path), creator=lambda: open_read_only(path))
    event.listen(engine, "connect", _read_only_pragmas)
    event.listen(engine, "begin", emit_begin)
    current = migrate.current_revision(engine)
    if current != migrate.HEAD_REVISION:
        engine.dispose()
        raise ReadOnlyWorkspace(
            QT_TR_NOOP(
                "{reason}\n\nThis file was saved by an older version of Tend and must be upgraded "
                "before it opens, which needs a file Tend can write."
            ),
            reason=reason,
        )
    return Database(
        sqlite_url(path), engine, sessionmaker(engine, expire_on_commit=False), str(reason), reason
    )


def _is_read_only_error(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "readonly database" in text or "unable to open database file" in text


def open_database(target: str | Path, *, upgrade: bool = True) -> Database:
    """Open a SQLite path or a database URL, creating and upgrading the schema if needed.
    A SQLite file is checked first, reading only (FileDamaged, NotATendFile); a file or
    folder Tend cannot write opens read-only (`Database.read_only` says why); before a
    migration changes an existing file's schema, a backup of it is taken."""
    url = str(target)
    local = "://" not in url
    if not local:
        engine = make_engine(url)
        if upgrade:
            migrate.upgrade(engine)
        return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    path = Path(url).expanduser()
    check_tend_file(path)  # before anything could write to another program's file
    check_integrity(path)  # nor to a damaged one
    reason = read_only_reason(path) if path.exists() else ""
    if reason:
        return _open_read_only(path, Message(reason))
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(sqlite_url(path))
    try:
        if upgrade:
            current = migrate.current_revision(engine)
            if current is not None and current != migrate.HEAD_REVISION:
                try:
                    backups.take_backup(path, "before-migration")
                except (OSError, sqlite3.Error) as exc:
                    raise backups.BackupFailed(
                        QT_TR_NOOP(
                            "Tend could not back up {name} before upgrading it to this version "
                            "({reason}), so it left the file as it was."
                        ),
                        name=path.name,
                        reason=exc,
                    ) from exc
            migrate.upgrade(engine)
        mark_tend_file(engine)
    except OperationalError as exc:  # the checks above could not see it (root, a mount)
        engine.dispose()
        if not path.exists() or not _is_read_only_error(exc):
            raise
        return _open_read_only(
            path,
            Message(
                QT_TR_NOOP("Tend cannot write this workspace file ({reason})."),
                {"reason": exc.orig},
            ),
        )
    return Database(sqlite_url(path), engine, sessionmaker(engine, expire_on_commit=False))


def remove_database_files(path: str | Path) -> None:
    """Delete a SQLite file with its WAL, shared-memory and journal companions."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
