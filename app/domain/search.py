"""Searching by text that knows more than ASCII (issue 11 item 7): every search box,
finder and text filter compares case-folded, accent-free text (`fold`), so `école`
finds "École Polytechnique" and "ÉCOLE Two".

Records are found through their row of the search index (`app/store/search.py`, kept
current by the writer). On SQLite a query of three characters or more first asks the
FTS5 trigram index for the matching records: when there are at most `SPARSE` of them the
listing reads just those (a name typed nearly whole, or one that matches nothing, costs a
few milliseconds however many records there are); when there are more, or the query is
one or two characters (a trigram index cannot serve them), each listed record's index
row is checked instead, which a table's first page finds quickly because such matches
are common. PostgreSQL's planner does the same with its `pg_trgm` GIN index.

Other text (task titles, properties kept in JSON) is folded in SQL: SQLite calls the
`fold` function the engine registers on each connection; PostgreSQL lower-cases and
translates accented letters with a table made from `fold` (no extension needed).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, column, func, or_, select, table, text, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.types import NullType

from app.store import Record, RecordSearch, fold
from app.store.search import FTS_TABLE

SPARSE = 2_000  # at most this many matching records: read them by id
FTS = table(FTS_TABLE, column("rowid"))
FOLDED = {"name": RecordSearch.folded_name, "search_key": RecordSearch.folded_key}
BOTH = ("name", "search_key")


def needle(raw: Any) -> str:
    """What a query looks for: the typed text stripped and folded."""
    return fold(str(raw or "").strip())


def like_pattern(key: str, op: str = "contains") -> str:
    """A LIKE pattern (escape character backslash) in which the user's % and _ match
    themselves."""
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%" if op == "contains" else f"{escaped}%"


def fts_phrase(key: str, columns: Sequence[str] = BOTH) -> str:
    """An FTS5 query for `key` as a substring of the given columns."""
    phrase = '"' + key.replace('"', '""') + '"'
    if tuple(columns) == BOTH:
        return phrase
    names = " ".join(FOLDED[c].key for c in columns)
    return "{" + names + "} : " + phrase


def _like(columns: Sequence[str], pattern: str) -> ColumnElement[bool]:
    return or_(*(FOLDED[c].like(pattern, escape="\\") for c in columns))


def records_matching(
    session: Session, raw: Any, columns: Sequence[str] = BOTH, op: str = "contains"
) -> ColumnElement[bool] | None:
    """The condition on `records` of those whose folded `columns` (name, search_key)
    contain (or start with, `op`) the folded text; None when the text is empty."""
    key = needle(raw)
    if not key:
        return None
    found = found_ids(session, raw, columns, op)
    return by_ids(found) if found is not None else scanned(session, raw, columns, op)


def scanned(
    session: Session, raw: Any, columns: Sequence[str] = BOTH, op: str = "contains"
) -> ColumnElement[bool]:
    """The condition checking each listed record's own text, folded (many matches, or a
    query of one or two characters: a table's first page finds them quickly); on
    PostgreSQL the trigram index's planner decides."""
    pattern = like_pattern(needle(raw), op)
    if session.get_bind().dialect.name != "sqlite":
        like = _like(columns, pattern)
        return Record.id.in_(select(RecordSearch.record_id).where(like))
    # The row is read anyway: folding its text costs less than looking up its index row.
    return or_(*(func.fold(getattr(Record, c)).like(pattern, escape="\\") for c in columns))


def found_ids(
    session: Session, raw: Any, columns: Sequence[str] = BOTH, op: str = "contains"
) -> list[Any] | None:
    """On SQLite, the stored ids of the records matching a text of three characters or
    more, read from the FTS5 index, when there are at most SPARSE; otherwise None."""
    key = needle(raw)
    if len(key) < 3 or session.get_bind().dialect.name != "sqlite":
        return None
    # A table's page and count ask in one read (one session, one snapshot): once is enough.
    cache = session.info.setdefault("tend_found_ids", {})
    asked = (key, tuple(columns), op)
    if asked not in cache:
        cache[asked] = _read_found(session, key, columns, op)
    return cache[asked]


def _read_found(session: Session, key: str, columns: Sequence[str], op: str) -> list[Any] | None:
    found = session.execute(
        select(_raw(RecordSearch.record_id))
        .join_from(FTS, RecordSearch, FTS.c.rowid == RecordSearch.id)
        .where(text(f"{FTS_TABLE} MATCH :phrase"), _like(columns, like_pattern(key, op)))
        .limit(SPARSE + 1),
        {"phrase": fts_phrase(key, columns)},
    ).scalars().all()  # fmt: skip
    return list(found) if len(found) <= SPARSE else None


def by_ids(found: list[Any]) -> ColumnElement[bool]:
    """The records of `found_ids`."""
    return _raw(Record.id).in_(found)


def unindexed(column: Any) -> Any:
    """`column` as SQLite's unary + gives it: the same value, but no index is used for it.
    A search that found few records is read by their ids; without this SQLite's planner
    walks the object's records in name order, checking each against the ids."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _raw(expression: Any) -> Any:
    """The column read and compared as stored, without the Uuid type's conversion."""
    return type_coerce(expression, NullType())


def records_named(session: Session, raw: Any, limit: int) -> list[tuple[Any, ...]]:
    """Up to `limit` live records whose folded name holds the folded text, unsorted:
    (record id, name, object type id). Three characters or more are found from the
    index; fewer scan the index rows until `limit` match."""
    key = needle(raw)
    if not key:
        return []
    ids = select(_raw(RecordSearch.record_id)).where(_like(("name",), like_pattern(key)))
    if session.get_bind().dialect.name == "sqlite" and len(key) >= 3:
        ids = ids.join_from(FTS, RecordSearch, FTS.c.rowid == RecordSearch.id).where(
            text(f"{FTS_TABLE} MATCH :phrase")
        )
    # The index rows first (a short scan of folded names, or the FTS look-up), then the
    # few records they name: SQLite would otherwise walk the records probing the index.
    found = session.execute(ids.limit(limit), {"phrase": fts_phrase(key, ("name",))}).scalars()
    wanted = list(found)
    if not wanted:
        return []
    statement = select(Record.id, Record.name, Record.object_type_id).where(
        _raw(Record.id).in_(wanted), Record.deleted_at.is_(None)
    )
    return [tuple(row) for row in session.execute(statement).all()]


def records_found(session: Session, raw: Any, limit: int) -> list[tuple[Any, ...]]:
    """Up to `limit` live records whose folded name, domain or e-mail holds the folded text
    (Ctrl+K), unsorted: (record id, name, search key, object type id); found as
    `records_named` finds names."""
    key = needle(raw)
    if not key:
        return []
    ids = select(_raw(RecordSearch.record_id)).where(_like(BOTH, like_pattern(key)))
    if session.get_bind().dialect.name == "sqlite" and len(key) >= 3:
        ids = ids.join_from(FTS, RecordSearch, FTS.c.rowid == RecordSearch.id).where(
            text(f"{FTS_TABLE} MATCH :phrase")
        )
    found = session.execute(ids.limit(limit), {"phrase": fts_phrase(key, BOTH)}).scalars()
    wanted = list(found)
    if not wanted:
        return []
    statement = select(Record.id, Record.name, Record.search_key, Record.object_type_id).where(
        _raw(Record.id).in_(wanted), Record.deleted_at.is_(None)
    )
    return [tuple(row) for row in session.execute(statement).all()]


# ---- folding in SQL, for text without an index row ----------------------------------------

# Latin, Greek, Cyrillic and Vietnamese letters with their folded single letter, the
# multi-letter folds (ß → ss), and combining marks (dropped): PostgreSQL's translate()
# and replace() then fold as `fold` does for these scripts, with or without extensions.
_RANGES = ((0x00C0, 0x0250), (0x0370, 0x0530), (0x1E00, 0x1F00), (0xFB00, 0xFB07))


def _tables() -> tuple[str, str, list[tuple[str, str]]]:
    singles_from: list[str] = []
    singles_to: list[str] = []
    multiple: dict[str, str] = {}
    for start, end in _RANGES:
        for code in range(start, end):
            char = chr(code)
            folded = fold(char)
            if folded == char.lower() and len(folded) == 1:
                continue
            if len(folded) == 1:
                singles_from.append(char)
                singles_to.append(folded)
            elif folded:
                multiple[char.lower()] = folded
    marks = [chr(c) for c in range(0x0300, 0x0370) if unicodedata.combining(chr(c))]
    return "".join(singles_from) + "".join(marks), "".join(singles_to), sorted(multiple.items())


_FROM, _TO, _MULTIPLE = _tables()


def folded_sql(expression: Any, dialect: str) -> Any:
    """`expression` (text) folded in SQL as `fold` folds Python strings."""
    if dialect == "sqlite":
        return func.fold(expression)
    folded = func.translate(func.lower(expression), _FROM, _TO)
    for source, target in _MULTIPLE:
        folded = func.replace(folded, source, target)
    return folded


def text_contains(expression: Any, raw: Any, dialect: str, op: str = "contains") -> Any:
    """`expression` folded contains (or starts with) the folded text."""
    return folded_sql(expression, dialect).like(like_pattern(needle(raw), op), escape="\\")
