"""Which files are Tend's (DATA-1): a Tend database is marked with SQLite's
`application_id`; Tend opens only its own files and empty ones, and never writes a byte
to any other file it is pointed at (another program's SQLite database included)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine

from app.store.i18n import QT_TR_NOOP, MessageError
from app.store.transactions import for_writing

APPLICATION_ID = 0x54454E44  # "TEND", in every Tend file's header (offset 68)
SQLITE_MAGIC = b"SQLite format 3\x00"
VERSIONS = Path(__file__).parent / "migrations" / "versions"


class NotATendFile(MessageError):
    """The file holds something that is not a Tend database; nothing was written to it."""


def _read_only(path: Path) -> sqlite3.Connection:
    # Pooled by the engine, a connection may be used by a worker thread after the GUI
    # thread (one at a time), as SQLAlchemy's own SQLite connections are.
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, check_same_thread=False)


def _known_revisions() -> set[str]:
    return {p.stem for p in VERSIONS.glob("[0-9]*.py")}


def check_tend_file(path: Path) -> None:
    """Refuse, reading only, a file that is neither empty nor Tend's: NotATendFile says
    what it is. A Tend file from before the mark is known by its schema stamp."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotATendFile(
            QT_TR_NOOP("{name} is not a Tend database (it is not a SQLite file)."), name=path.name
        )
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return
    try:  # the mark may still be in the write-ahead log; or an older Tend file
        with closing(_read_only(path)) as conn:
            if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
                return
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return  # an empty SQLite database: Tend may fill it
            if "alembic_version" in tables:
                stamped = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
                if stamped and stamped <= _known_revisions():
                    return
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_CORRUPT"):
            raise FileDamaged(
                QT_TR_NOOP("{name} is damaged: {reason}."), name=path.name, reason=exc
            ) from exc
        raise NotATendFile(
            QT_TR_NOOP("{name} cannot be read as a Tend database: {reason}"),
            name=path.name,
            reason=exc,
        ) from exc
    raise NotATendFile(
        QT_TR_NOOP(
            "{name} is a database of another program, not a Tend workspace. Tend opens only its "
            "own files and leaves this one as it is."
        ),
        name=path.name,
    )


def holds_workspace(path: Path) -> bool:
    """True for a Tend file that already holds a workspace (read only)."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    with closing(_read_only(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        return "workspaces" in tables and bool(
            conn.execute("SELECT count(*) FROM workspaces").fetchone()[0]
        )


def mark_tend_file(engine: Engine) -> None:
    """Stamp Tend's application id in a SQLite file (once: an unchanged id writes nothing)."""
    # Committed (with driver transactions off, connect() rolls back), and IMMEDIATE: a
    # deferred read that then writes fails at once, without waiting, when another program
    # committed since it read (WAL's stale snapshot), as two starts upgrading one file do.
    with for_writing(engine).begin() as conn:
        if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


class FileDamaged(MessageError):
    """SQLite's check found the file damaged; nothing was written to it."""


# Files up to this size get the full check before they open (about 0.1 s warm); a bigger
# one (the 100,000-company demo is 1.4 GB: 1.7 s warm, 20 s cold) gets the size check and
# the check of its small tables here, and the full check off the GUI thread before its
# daily backup (docs/decisions.md, "Checking the file").
FULL_CHECK_BYTES = 64 * 1024 * 1024
SMALL_TABLES = ("alembic_version", "workspaces", "users", "object_types", "property_definitions")


def _problems(conn: sqlite3.Connection, table: str | None = None) -> list[str]:
    pragma = f"PRAGMA quick_check({table})" if table else "PRAGMA quick_check"
    rows = [str(r[0]) for r in conn.execute(pragma).fetchall()]
    return [] if rows == ["ok"] else rows


def check_integrity(path: Path, *, full: bool | None = None) -> None:
    """Raise FileDamaged, reading only, when SQLite's `quick_check` finds `path` damaged
    (or the file is shorter than its header says). `full` None: the whole file when it is
    small, else its small tables."""
    if not path.exists() or path.stat().st_size == 0:
        return
    size = path.stat().st_size
    with path.open("rb") as f:
        header = f.read(100)
    if not header.startswith(SQLITE_MAGIC):
        return  # check_tend_file says what it is
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    wal = Path(f"{path}-wal")
    if size < pages * page_size and not (wal.exists() and wal.stat().st_size):
        raise FileDamaged(
            QT_TR_NOOP(
                "{name} is damaged: it is shorter than SQLite's header says ({size} of {expected} "
                "bytes), as if cut off."
            ),
            name=path.name,
            size=f"{size:,}",
            expected=f"{pages * page_size:,}",
        )
    full = size <= FULL_CHECK_BYTES if full is None else full
    try:
        with closing(open_read_only(path)) as conn:
            if full:
                problems = _problems(conn)
            else:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                problems = [p for t in SMALL_TABLES if t in tables for p in _problems(conn, t)]
    except sqlite3.DatabaseError as exc:
        if _is_access_error(exc):
            return  # a good file SQLite may not open from this folder is not damaged
        raise FileDamaged(
            QT_TR_NOOP("{name} is damaged: {reason}."), name=path.name, reason=exc
        ) from exc
    if problems:
        shown = "; ".join(problems[:3])
        raise FileDamaged(
            QT_TR_NOOP("{name} is damaged. SQLite's check found: {shown}"),
            name=path.name,
            shown=shown,
        )


def _is_access_error(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"))


READ_ONLY_FILE = QT_TR_NOOP(
    "This workspace file is read-only: you can look, but not change anything."
)
READ_ONLY_FOLDER = QT_TR_NOOP(
    "The folder of this workspace file is read-only, so Tend cannot save in it: "
    "you can look, but not change anything."
)


def read_only_reason(path: Path) -> str:
    """Why Tend cannot write `path` ("" when it can): the file or its folder is read-only
    (SQLite writes its -wal and -shm beside the file)."""
    if path.exists() and not os.access(path, os.W_OK):
        return READ_ONLY_FILE
    if not os.access(path.parent, os.W_OK):
        return READ_ONLY_FOLDER
    return ""


def open_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to `path`. In a folder SQLite cannot write, a WAL file opened
    read-only needs its -shm, which cannot be made: with no log waiting to be checkpointed,
    the file alone is the whole database and is opened `immutable`."""
    conn = _read_only(path)
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        wal = Path(f"{path}-wal")
        if not _is_access_error(exc) or (wal.exists() and wal.stat().st_size):
            raise
    return sqlite3.connect(
        f"file:{quote(str(path))}?mode=ro&immutable=1", uri=True, check_same_thread=False
    )
