"""Bulk writing for the demo generator: rows straight into SQLite, in chunks.

The ORM would need minutes for 100,000 companies, so demo rows are written with the
DB-API's executemany, in the exact storage formats SQLAlchemy itself uses on SQLite
(UUIDs as 32 hex digits, UTC timestamps as naive ISO text, JSON as text), so what the
app reads back is what its own write path would have stored (tests check this).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from app.domain.i18n import QT_TR_NOOP
from app.store.ids import uuid7_at, uuid7_int

CHUNK = 20_000


def chunked(rows: Iterable[tuple], size: int = CHUNK) -> Iterator[list[tuple]]:
    """`rows` in lists of `size` (the last one shorter)."""
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class DemoCancelled(Exception):
    """The user cancelled demo generation."""


_UTC = dt.UTC


def ts(value: dt.datetime | None) -> str | None:
    """An aware datetime as SQLAlchemy stores it on SQLite (naive UTC text)."""
    if value is None:
        return None
    if value.tzinfo is not _UTC:
        value = value.astimezone(_UTC)
    # Cut off the "+00:00": cheaper than dropping tzinfo first (millions of calls).
    return value.isoformat(" ", "microseconds")[:26]


# json.dumps with options builds an encoder per call; the demo makes millions of calls.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def jd(value: Any) -> str:
    """A value as JSON text (None is JSON null, as SQLAlchemy's JSON type stores it)."""
    return _encode(value)


class IdMaker:
    """Deterministic UUID7 ids from the demo's random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def at(self, when: dt.datetime) -> uuid.UUID:
        """An id whose time part is `when`."""
        return uuid7_at(int(when.timestamp() * 1000), self.rng)

    def hex_at(self, when: dt.datetime) -> str:
        """The same as `at(when).hex`, without building a UUID object (bulk rows)."""
        return f"{uuid7_int(int(when.timestamp() * 1000), self.rng):032x}"


class BulkWriter:
    """Inserts rows into tables of a SQLite file, reporting progress and honouring cancel."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        progress: Callable[[str, float], None] | None,
        cancelled: Callable[[], bool] | None,
        expected_rows: int,
    ) -> None:
        self.conn = conn
        self.progress = progress
        self.cancelled = cancelled
        self.expected = max(expected_rows, 1)
        self.shown = 0.0  # the fraction last reported: progress never goes back
        self.written = 0
        self.phase = ""
        self.counts: dict[str, int] = {}
        self._dropped: list[str] = []
        # Run after each chunk (the main process writes the helper's rows from there).
        self.between_chunks: Callable[[BulkWriter], None] | None = None
        self._in_between = False

    def check(self) -> None:
        """Raise DemoCancelled if the user asked to stop."""
        if self.cancelled is not None and self.cancelled():
            raise DemoCancelled()

    def report(self, phase: str | None = None) -> None:
        """Tell the caller where we are (phase, overall fraction)."""
        if phase is not None:
            self.phase = phase
        if self.progress is not None:
            self.shown = max(self.shown, min(self.written / self.expected, 0.99))
            self.progress(self.phase, self.shown)
        self.check()

    def insert(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> int:
        """Insert `rows` (tuples in `columns` order) in chunks; returns how many."""
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        )
        total = sum(self._flush(sql, batch) for batch in chunked(rows))
        self.counts[table] = self.counts.get(table, 0) + total
        return total

    def _flush(self, sql: str, batch: list[tuple]) -> int:
        self.conn.executemany(sql, batch)
        self.written += len(batch)
        self.report()
        if self.between_chunks is not None and not self._in_between:
            self._in_between = True
            try:
                self.between_chunks(self)
            finally:
                self._in_between = False
        return len(batch)

    def drop_indexes(self, tables: Iterable[str]) -> None:
        """Drop the secondary indexes of big tables; rebuilding once at the end is faster.

        Unique indexes stay (they are constraints); the dropped ones are re-created from
        their own CREATE INDEX statements, so the schema ends exactly as migrated.
        """
        for name in tables:
            rows = self.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
                (name,),
            ).fetchall()
            for index_name, sql in rows:
                self.conn.execute(f'DROP INDEX "{index_name}"')
                self._dropped.append(sql)

    def fill_search_index(self) -> None:
        """The search index of every record written (`app/store/search.py`): one INSERT of
        their folded names and keys (the engine's `fold` function), made with the index's
        triggers off, then the FTS5 table built once from it (much faster than row by row)."""
        from app.store.search import rebuild_search_index

        self.report(QT_TR_NOOP("Search index"))
        rebuild_search_index(self.conn)

    def rebuild_indexes(self, share: float = 1.0) -> None:
        """Create again every index dropped by `drop_indexes`, reporting each one; the
        progress goes `share` of the way from where the rows are to the end (the health
        scores follow the first rebuild: the bar never goes back)."""
        base = max(self.shown, min(self.written / self.expected, 0.95))
        span = (0.99 - base) * share
        for i, sql in enumerate(self._dropped):
            if self.progress is not None:
                self.shown = base + span * i / len(self._dropped)
                self.progress(QT_TR_NOOP("Indexes"), self.shown)
            self.check()
            self.conn.execute(sql)
        self._dropped = []
