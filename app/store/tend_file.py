"""Which files are Tend's (DATA-1): a Tend database is marked with SQLite's
`application_id`; Tend opens only its own files and empty ones, and never writes a byte
to any other file it is pointed at (another program's SQLite database included)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine

APPLICATION_ID = 0x54454E44  # "TEND", in every Tend file's header (offset 68)
SQLITE_MAGIC = b"SQLite format 3\x00"
VERSIONS = Path(__file__).parent / "migrations" / "versions"


class NotATendFile(Exception):
    """The file holds something that is not a Tend database; nothing was written to it."""


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


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
        raise NotATendFile(f"{path.name} is not a Tend database (it is not a SQLite file).")
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
        raise NotATendFile(f"{path.name} cannot be read as a Tend database: {exc}") from exc
    raise NotATendFile(
        f"{path.name} is a database of another program, not a Tend workspace. "
        "Tend opens only its own files and leaves this one as it is."
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
    with engine.begin() as conn:  # committed: with driver transactions off, connect() rolls back
        if conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
