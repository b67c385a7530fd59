"""Copying a local workspace file's rows into a new team server (issue 14: `tend server
init --from FILE`), with PostgreSQL's COPY: the values are read from SQLite as it stores
them (uuid as hex, timestamps as UTC text, JSON as text, booleans as 0/1), which
PostgreSQL's text input reads as the same values in a session whose zone is UTC."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from psycopg import sql
from sqlalchemy import Connection

PAGE = 20_000


def _read_only(source: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{source}?mode=ro", uri=True)


def count_rows(source: Path, table: str) -> int:
    """How many rows the table of the file has."""
    conn = _read_only(source)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


def read_rows(source: Path, table: str, columns: Sequence[str]) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows as SQLite stores them, a page at a time (the file opened read-only)."""
    conn = _read_only(source)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        cursor = conn.execute(f'SELECT {names} FROM "{table}"')
        while page := cursor.fetchmany(PAGE):
            yield page
    finally:
        conn.close()


def copy_rows(
    conn: Connection,
    table: str,
    columns: Sequence[str],
    pages: Iterator[list[tuple[Any, ...]]],
    copied: Callable[[int], None] = lambda _n: None,
) -> None:
    """COPY the pages into `table` in the connection's transaction."""
    raw: Any = conn.connection.dbapi_connection
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
    )
    with raw.cursor() as cursor:
        cursor.execute("SET LOCAL TIME ZONE 'UTC'")
        with cursor.copy(statement) as copy:
            for page in pages:
                for row in page:
                    copy.write_row(row)
                copied(len(page))
