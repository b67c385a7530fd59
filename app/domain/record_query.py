"""Listing records for tables (CUS-1..3): one object's live records, filtered, searched and
sorted in SQL, counted in one query, and read a page at a time by keyset pagination.

Keyset pagination continues after the last row's (sort value, id) instead of an OFFSET,
so the thousandth page costs what the first does. NULL sort values sort where the
database puts them (first in ascending order on SQLite, last on PostgreSQL); the cursor
condition follows the same rule, so every row appears exactly once.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.filters import FilterContext, compile_filters, sql_value
from app.domain.properties import PropertyInfo, from_json
from app.store import PropertyType, Record

PAGE = 200


@dataclass(frozen=True)
class RecordQuery:
    """What a table shows: an object's records through filters, a search and a sort."""

    object_type_id: uuid.UUID
    filters: Sequence[Sequence[Mapping[str, Any]]] = field(default_factory=list)
    search: str = ""
    sort_key: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended."""

    value: Any
    id: uuid.UUID


def _where(
    session: Session, query: RecordQuery, props: Mapping[str, PropertyInfo], ctx: FilterContext
) -> ColumnElement[bool]:
    conditions = [
        Record.object_type_id == query.object_type_id,
        Record.deleted_at.is_(None),
        compile_filters(query.filters, props, ctx, session),
    ]
    text = query.search.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        conditions.append(
            or_(
                Record.name.ilike(pattern, escape="\\"),
                Record.search_key.ilike(pattern, escape="\\"),
            )
        )
    return and_(true(), *conditions)


def _sort_column(query: RecordQuery, props: Mapping[str, PropertyInfo]) -> Any:
    prop = props.get(query.sort_key)
    if prop is None:
        raise ValidationError(query.sort_key, f"“{query.sort_key}” cannot be sorted on.")
    return sql_value(prop)


def count(
    session: Session, query: RecordQuery, props: Mapping[str, PropertyInfo], ctx: FilterContext
) -> int:
    """How many records match (one query)."""
    where = _where(session, query, props, ctx)
    return session.scalar(select(func.count()).select_from(Record).where(where)) or 0


def _after(column: Any, cursor: Cursor, descending: bool, nulls_first_asc: bool) -> Any:
    """Rows after `cursor` in ORDER BY column [DESC], id."""
    later_id = Record.id > cursor.id
    # Whether NULL values come before non-NULL ones in this direction.
    nulls_before = nulls_first_asc != descending
    if cursor.value is None:
        if nulls_before:
            return or_(and_(column.is_(None), later_id), column.is_not(None))
        return and_(column.is_(None), later_id)
    beyond = column < cursor.value if descending else column > cursor.value
    same = and_(column == cursor.value, later_id)
    if nulls_before:
        return or_(beyond, same)
    return or_(beyond, same, column.is_(None))


def page(
    session: Session,
    query: RecordQuery,
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
    *,
    after: Cursor | None = None,
    limit: int = PAGE,
) -> tuple[list[Record], Cursor | None]:
    """One page of matching records, and the cursor to ask for the next (None at the end)."""
    column = _sort_column(query, props)
    nulls_first_asc = session.get_bind().dialect.name == "sqlite"
    statement = select(Record, column.label("sort_value")).where(
        _where(session, query, props, ctx),
        _after(column, after, query.descending, nulls_first_asc) if after else true(),
    )
    ordering = column.desc() if query.descending else column.asc()
    rows = session.execute(statement.order_by(ordering, Record.id).limit(limit)).all()
    if len(rows) < limit:
        return [r[0] for r in rows], None
    last = rows[-1]
    return [r[0] for r in rows], Cursor(last.sort_value, last[0].id)


def page_values(
    session: Session,
    query: RecordQuery,
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
    columns: Sequence[PropertyInfo],
    *,
    after: Cursor | None = None,
    limit: int = PAGE,
) -> tuple[list[tuple[uuid.UUID, list[Any]]], Cursor | None]:
    """Like `page`, but reads only the shown columns' values, each extracted in SQL, without
    building records: what a table needs, at a fraction of the cost."""
    column = _sort_column(query, props)
    nulls_first_asc = session.get_bind().dialect.name == "sqlite"
    values = [
        (sql_value(p) if p.type != PropertyType.MULTI_CHOICE or p.column else Record.props[p.key])
        for p in columns
    ]
    statement = select(Record.id, column.label("sort_value"), *values).where(
        _where(session, query, props, ctx),
        _after(column, after, query.descending, nulls_first_asc) if after else true(),
    )
    ordering = column.desc() if query.descending else column.asc()
    rows = session.execute(statement.order_by(ordering, Record.id).limit(limit)).all()
    out = [(row[0], [_python(p, v) for p, v in zip(columns, row[2:], strict=True)]) for row in rows]
    cursor = Cursor(rows[-1].sort_value, rows[-1].id) if len(rows) == limit else None
    return out, cursor


def _python(prop: PropertyInfo, value: Any) -> Any:
    """A value read by `sql_value` in its Python form (as `records.get_value` gives it)."""
    if value is None or prop.column:
        return value
    if prop.type == PropertyType.NUMBER:
        return int(value) if float(value).is_integer() else value
    if prop.type == PropertyType.CURRENCY:
        return int(value)
    if prop.type == PropertyType.CHECKBOX:
        return bool(value)
    return from_json(prop, value)
