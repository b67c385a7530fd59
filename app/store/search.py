"""The search index of records (issue 11 item 7): each live record's name and search key
(domain, e-mail) case-folded and accent-free, so `école` finds "École" and "ÉCOLE".

`record_search` is derived data, not synced and without history: the write path keeps it
current (`app/domain/writer.py`) and migration 0007 builds it. On SQLite an FTS5 table
with the trigram tokenizer (`record_search_fts`, external content over `record_search`,
kept by triggers) finds substrings of three or more characters from its index; on
PostgreSQL a `pg_trgm` GIN index over the folded columns serves LIKE '%…%'.
"""

from __future__ import annotations

import unicodedata
import uuid
from typing import Any

from sqlalchemy import Integer, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base

FTS_TABLE = "record_search_fts"
TRIGRAM_INDEX = "ix_record_search_trgm"  # PostgreSQL's GIN index over both folded columns


def fold(text: str | None) -> str:
    """`text` case-folded and without accents: Unicode casefold, NFKD, combining marks
    dropped (the search key of records and of every query)."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class RecordSearch(Base):
    """One live record's folded name and search key (a derived index row)."""

    __tablename__ = "record_search"
    # An integer key: the FTS5 table's rowid (a UUID cannot be one).
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # No foreign key: the row is written in the same statement order as its record's
    # first flush allows, and records are never deleted (tombstones leave the index).
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    folded_name: Mapped[str] = mapped_column(Text, default="")
    folded_key: Mapped[str] = mapped_column(Text, default="")


def rebuild_search_index(conn: Any) -> None:
    """Build the whole index of a SQLite file at once (`conn`: its DB-API connection, in
    the caller's transaction): one INSERT of every live record's folded name and key,
    with the index's triggers off, then the FTS5 table built once from it — much faster
    than row by row (the demo generator; a replica's download)."""
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        ("record_search",),
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute(
        "INSERT OR IGNORE INTO record_search (record_id, folded_name, folded_key)"
        " SELECT id, fold(name), fold(search_key) FROM records"
        " WHERE deleted_at IS NULL ORDER BY id"
    )
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    for _name, sql in triggers:
        conn.execute(sql)
