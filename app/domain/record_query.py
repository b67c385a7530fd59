"""Listing records for tables (CUS-1..3): one object's live records, filtered, searched and
sorted in SQL, counted in one query, and read a page at a time by keyset pagination.

Keyset pagination continues after the last row's (sort value, id) instead of an OFFSET,
so the thousandth page costs what the first does. NULL sort values sort where the
database puts them (first in ascending order on SQLite, last on PostgreSQL); the cursor
condition follows the same rule, so every row appears exactly once.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Date, Uuid, and_, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from app.domain import search
from app.domain.errors import ValidationError
from app.domain.filters import FilterContext, compile_filters, sql_value
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import PropertyInfo, from_json
from app.store import HealthScore, PropertyType, Record
from app.store.base import UTCDateTime

PAGE = 200


@dataclass(frozen=True)
class RecordQuery:
    """What a table shows: an object's records through filters, a search and a sort."""

    object_type_id: uuid.UUID
    filters: Sequence[Sequence[Mapping[str, Any]]] = field(default_factory=list)
    search: str = ""
    sort_key: str = "name"
    descending: bool = False
    pipeline_id: uuid.UUID | None = None  # a pipeline's records only (SRV-4, REV-4)
    stage_id: uuid.UUID | None = None  # one stage's (a board column)
    only_ids: tuple[uuid.UUID, ...] | None = None  # just these records (cards arranged by hand)
    skip_ids: tuple[uuid.UUID, ...] = ()  # all but these
    scored_by: uuid.UUID | None = None  # customers this health profile scores (SUM-6)


@dataclass(frozen=True)
class Cursor:
    """Where the previous page ended."""

    value: Any
    id: uuid.UUID


def matching(
    session: Session, query: RecordQuery, props: Mapping[str, PropertyInfo], ctx: FilterContext
) -> ColumnElement[bool]:
    """The SQL condition of the records a query lists (live, filtered, searched)."""
    found = search.found_ids(session, query.search)
    # A search that found few records reads them by id (see search.unindexed).
    kind = search.unindexed(Record.object_type_id) if found is not None else Record.object_type_id
    conditions = [
        kind == query.object_type_id,
        Record.deleted_at.is_(None),
        compile_filters(query.filters, props, ctx, session),
    ]
    if query.pipeline_id is not None:
        conditions.append(Record.pipeline_id == query.pipeline_id)
    if query.stage_id is not None:
        conditions.append(Record.stage_id == query.stage_id)
    if query.only_ids is not None:
        conditions.append(Record.id.in_(query.only_ids))
    if query.skip_ids:
        conditions.append(Record.id.not_in(query.skip_ids))
    if query.scored_by is not None:
        scored = select(HealthScore.record_id).where(
            HealthScore.profile_id == query.scored_by, HealthScore.deleted_at.is_(None)
        )
        conditions.append(Record.id.in_(scored))
    if found is not None:
        conditions.append(search.by_ids(found))
    elif search.needle(query.search):
        conditions.append(search.scanned(session, query.search))
    return and_(true(), *conditions)


def _sort_column(query: RecordQuery, props: Mapping[str, PropertyInfo]) -> Any:
    prop = props.get(query.sort_key)
    if prop is None or prop.type == PropertyType.DERIVED:  # a derived sort reads every row
        raise ValidationError(
            query.sort_key, QT_TR_NOOP("“{key}” cannot be sorted on."), key=query.sort_key
        )
    return sql_value(prop)


def count(
    session: Session, query: RecordQuery, props: Mapping[str, PropertyInfo], ctx: FilterContext
) -> int:
    """How many records match (one query)."""
    where = matching(session, query, props, ctx)
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
        matching(session, query, props, ctx),
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
    form = StorageForm(columns)
    rows, cursor = page_rows(session, query, props, ctx, form, after=after, limit=limit)
    return [(form.record_id(row), form.values(row)) for row in rows], cursor


class StorageForm:
    """How a page of `columns` is read and turned into Python values.

    Identifiers, dates and timestamps are read as the driver gives them and converted
    only when asked for: a table formats the few rows on screen, not the whole page."""

    def __init__(self, columns: Sequence[PropertyInfo]) -> None:
        self.columns = list(columns)
        self.expressions = [_read_expression(p) for p in self.columns]
        self.converters = [_converter(p) for p in self.columns]

    def value(self, row: Sequence[Any], column: int) -> Any:
        """The Python value of one cell of a row read by `page_rows`."""
        return self.converters[column](row[column + 2])

    def values(self, row: Sequence[Any]) -> list[Any]:
        """Every cell of a row, in Python form."""
        return [convert(v) for convert, v in zip(self.converters, row[2:], strict=True)]

    @staticmethod
    def record_id(row: Sequence[Any]) -> uuid.UUID:
        """The record id of a row read by `page_rows`."""
        return _record_id(row[0])


def page_rows(
    session: Session,
    query: RecordQuery,
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
    form: StorageForm,
    *,
    after: Cursor | None = None,
    limit: int = PAGE,
) -> tuple[list[tuple[Any, ...]], Cursor | None]:
    """One keyset page in storage form: each row is (id, sort value, one value per column)
    as the driver returns them; `form` turns them into Python values when they are needed."""
    sort_prop = props.get(query.sort_key)
    column = _sort_column(query, props)
    nulls_first_asc = session.get_bind().dialect.name == "sqlite"
    shown = [e.label(f"c{i}") for i, e in enumerate(form.expressions)]
    statement = select(_raw(Record.id).label("id"), _raw(column).label("sort_value"), *shown).where(
        matching(session, query, props, ctx),
        _after(column, after, query.descending, nulls_first_asc) if after else true(),
    )
    ordering = column.desc() if query.descending else column.asc()
    rows = [tuple(r) for r in session.execute(statement.order_by(ordering, Record.id).limit(limit))]
    cursor = None
    if len(rows) == limit:
        assert sort_prop is not None  # _sort_column checked it
        last = rows[-1]
        cursor = Cursor(_converter(sort_prop, sorting=True)(last[1]), _record_id(last[0]))
    return rows, cursor


def _raw(expression: Any) -> Any:
    """The expression read without the column type's per-row conversion."""
    return type_coerce(expression, NullType())


def _read_expression(prop: PropertyInfo) -> Any:
    if prop.type == PropertyType.MULTI_CHOICE and not prop.column:
        return Record.props[prop.key]
    expression = sql_value(prop)
    return expression if _converter(prop) is _same else _raw(expression)


def _converter(prop: PropertyInfo, sorting: bool = False) -> Callable[[Any], Any]:
    """Storage form → Python form for one property's values (as `records.get_value` gives);
    a sort value of a property kept in JSON stays in its SQL form, for the next cursor."""
    if prop.type == PropertyType.DERIVED:  # a count or a total in minor units
        return _same
    if not prop.column:
        return _same if sorting else functools.partial(_python, prop)
    kind = getattr(Record, prop.column).type
    if isinstance(kind, Uuid):
        return _uuid
    if isinstance(kind, UTCDateTime):
        return _timestamp
    if isinstance(kind, Date):
        return _date
    return _same


def _same(value: Any) -> Any:
    return value


def _uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(value)


def _record_id(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _timestamp(value: Any) -> dt.datetime | None:
    """SQLite keeps naive UTC text; PostgreSQL's driver gives aware datetimes."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


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
