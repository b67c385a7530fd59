"""Copying a team server's rows into a replica file fast (issue 14: `tend join`, the
100,000-company workspace in under two minutes): PostgreSQL itself writes each value as
the text SQLAlchemy's types store in SQLite (uuid as hex, timestamps as naive UTC with
microseconds, JSON as text with SQL NULL as JSON null, booleans as 0/1, dates as ISO), a
psycopg server-side cursor reads the pages inside the caller's snapshot, and sqlite3
executemany inserts them in the caller's transaction: no per-value work in Python."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Table, Uuid

from app.store.base import JSONValue, UTCDateTime

PAGE = 5_000


def stored_form(column: Any) -> str:
    """The SELECT expression giving this column's value as SQLite stores it."""
    name = f'"{column.name}"'
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return f"to_char({name} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
    if isinstance(kind, Uuid):
        return f"replace({name}::text, '-', '')"
    if isinstance(kind, (JSONValue, JSON)):
        return f"coalesce({name}::text, 'null')"  # as SQLAlchemy's JSON stores None
    if isinstance(kind, Boolean):
        return f"{name}::int"
    if isinstance(kind, Date):
        return f"to_char({name}, 'YYYY-MM-DD')"
    if isinstance(kind, Enum):
        return f"{name}::text"
    return name


def stored_pages(pg: Any, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows as SQLite stores them, a page at a time (`pg`: the psycopg
    connection of the caller's snapshot)."""
    forms = ", ".join(stored_form(c) for c in table.c)
    with pg.cursor(name=f"tend_download_{table.name}") as cursor:
        cursor.itersize = PAGE
        cursor.execute(f'SELECT {forms} FROM "{table.name}"')
        while rows := cursor.fetchmany(PAGE):
            yield rows


def insert_rows(lite: Any, table: Table, rows: list[tuple[Any, ...]], then: str = "") -> None:
    """Insert rows in stored form into the replica (`lite`: its sqlite3 connection);
    `then`: an ON CONFLICT clause."""
    names = [c.name for c in table.c]
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" * len(names))
    lite.executemany(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks}) {then}', rows)


def stored_rows(pg: Any, table: Table, where: str, params: tuple[Any, ...]) -> list[tuple]:
    """Some of a table's rows in stored form (`where`: the SQL after WHERE, with %s)."""
    forms = ", ".join(stored_form(c) for c in table.c)
    with pg.cursor() as cursor:
        cursor.execute(f'SELECT {forms} FROM "{table.name}" WHERE {where}', params)
        return cursor.fetchall()


@contextmanager
def loading_fast(lite: Any, tables: list[str], keep: frozenset[str]) -> Iterator[None]:
    """A new replica's bulk load (the file is a temporary one until it is complete, so a
    crash loses nothing): its secondary indexes dropped for the load and built once
    after, as the demo generator does. `keep`: indexes SQLite needs during
    the load (those its deferred foreign-key checks look child rows up by)."""
    dropped: list[str] = []
    for table in tables:
        rows = lite.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
            (table,),
        ).fetchall()
        for name, sql in rows:
            if name not in keep:
                lite.execute(f'DROP INDEX "{name}"')
                dropped.append(sql)
    yield
    for sql in dropped:
        lite.execute(sql)
