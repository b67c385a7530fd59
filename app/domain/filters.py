"""Filters (CUS-2): conditions on any property, AND inside a group, OR between groups,
compiled to SQL here so the database does the filtering (DESIGN: sort and filter in SQL).

A view stores its filters as JSON: a list of groups, each a list of conditions
`{"property": key, "op": op, "value": ...}`. `operators_for(type)` says which operators fit
a property type; `compile_filters` turns the groups into one SQLAlchemy expression.

The conditions are on `records` by default. Another table (tasks, `task_filters.py`)
reuses the same compiler by passing `value_of` (a property's SQL expression on that
table) and `on_records=False`, which refuses the operators that read a record's history.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, ColumnElement, and_, exists, false, func, or_, select, true
from sqlalchemy.orm import Session

from app.domain import date_input, search
from app.domain.errors import ValidationError
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.properties import (
    PropertyInfo,
    babel_locale,
    coerce,
    parse_number,
    to_json,
    typed_number,
)
from app.store import Change, PropertyType, Record

T = PropertyType
ME = "me"  # a user filter's value meaning "the viewer"
DAYS_MAX = 36_525  # "in the last N days": a century at most

TEXTUAL = ("is", "is_not", "contains", "starts_with", "is_any_of", "is_known", "is_unknown")
NUMERIC = ("is", "is_not", "gt", "lt", "between", "is_known", "is_unknown")
DATED = (
    "is", "gt", "lt", "between", "in_last_days", "in_next_days", "more_than_days_ago",
    "is_known", "is_unknown",
)  # fmt: skip
OPERATORS: dict[PropertyType, tuple[str, ...]] = {
    T.TEXT: TEXTUAL,
    T.MULTILINE: ("contains", "is_known", "is_unknown"),
    T.NUMBER: NUMERIC,
    T.CURRENCY: NUMERIC,
    T.DATE: DATED,
    T.DATETIME: DATED,
    T.CHOICE: ("is_any_of", "is_none_of", "is_known", "is_unknown"),
    T.MULTI_CHOICE: ("is_any_of", "is_none_of", "is_known", "is_unknown"),
    T.CHECKBOX: ("is", "is_known", "is_unknown"),
    T.USER: ("is_any_of", "is_none_of", "is_known", "is_unknown", "assigned_in_last_days"),
}


# Operators that read the change history of `records` (OBJ-5): nothing else has one.
RECORD_ONLY = frozenset({"assigned_in_last_days"})


def operators_for(kind: PropertyType, *, on_records: bool = True) -> tuple[str, ...]:
    """The operators that fit a property type (the advanced-filter editor offers these);
    `on_records=False` for properties of another table (tasks)."""
    ops = OPERATORS.get(kind, ())
    return ops if on_records else tuple(op for op in ops if op not in RECORD_ONLY)


@dataclass(frozen=True)
class FilterContext:
    """Who is asking and when: "me" and "in the last N days" depend on it."""

    viewer_id: uuid.UUID
    today: dt.date  # the viewer's local date
    now: dt.datetime  # aware


ValueOf = Callable[[PropertyInfo], Any]  # a property's SQL expression on the filtered table


def sql_value(prop: PropertyInfo) -> Any:
    """The SQL expression of a property's value on `records` (filters and sorts use it)."""
    if prop.column:
        return getattr(Record, prop.column)
    if prop.type == T.DERIVED:  # computed from the record's associations (OBJ-2)
        from app.domain.associations import derived_sql

        return derived_sql(prop)
    value = Record.props[prop.key]
    if prop.type in (T.NUMBER, T.CURRENCY):
        return value.as_float()
    if prop.type == T.CHECKBOX:
        return value.as_boolean()
    return value.as_string()


def _known(prop: PropertyInfo, column: Any) -> ColumnElement[bool]:
    if prop.type in (T.TEXT, T.MULTILINE):
        return and_(column.is_not(None), column != "")
    return column.is_not(None)


def _values(prop: PropertyInfo, value: Any, ctx: FilterContext, session: Session) -> list[Any]:
    """The condition's values, checked against the property and in the column's form."""
    raw = value if isinstance(value, (list, tuple)) else [value]
    if not raw:
        raise ValidationError(
            prop.key, QT_TR_NOOP("{field}: choose at least one value."), field=prop.label
        )
    out = []
    for item in raw:
        if prop.type == T.USER and item == ME:
            checked = ctx.viewer_id  # signed in, so known to exist: no lookup per query
        else:
            checked = coerce(_editable(prop), item, session)
        if checked is None:
            raise ValidationError(
                prop.key, QT_TR_NOOP("{field}: enter a value to filter by."), field=prop.label
            )
        out.append(checked if prop.column else _json_form(prop, checked))
    return out


# ---- values typed in the filter editor ------------------------------------------------------
# A saved view keeps numbers in the plain form (a point, no grouping) and dates in ISO
# (2027-06-15) whoever saved it, so a view shared between a Polish and an American user
# filters alike; the editor shows and reads them in the viewer's locale (UX-3, UX-5).
TYPED_NUMBERS = (T.NUMBER, T.CURRENCY)
TYPED_DATES = (T.DATE, T.DATETIME)
DAY_COUNTS = ("in_last_days", "in_next_days", "more_than_days_ago")  # a number of days


def value_separator(locale: str | None) -> str:
    """What separates several typed values ("from, to"): a comma, or a semicolon where the
    comma is the decimal mark (pl_PL, es_ES, pt_BR), so "1,5; 2,5" is two numbers."""
    code = babel_locale(locale)
    return "; " if code and typed_number(1.5, code) == "1,5" else ", "


def takes_a_day(prop: PropertyInfo, op: str | None) -> bool:
    """True when the condition's value is a day (is on, is before, is after, between on a
    date or a date and time), not a number of days."""
    return prop.type in TYPED_DATES and op not in DAY_COUNTS and op not in NO_VALUE


def stored_filter_value(
    prop: PropertyInfo, text: str, locale: str | None, op: str | None = None
) -> str:
    """A value typed in the viewer's locale in the form a view keeps: numbers and amounts
    plain ("1,5" in pl_PL is "1.5"), days in ISO ("15.06.2027" in pl_PL is "2027-06-15";
    `op` None or a date operator). What does not read in the locale is refused with the
    locale's hint (ValidationError naming the property). Other text is kept."""
    text = text.strip()
    if takes_a_day(prop, op) and text:
        return _as_date(prop, text, locale).isoformat()
    if prop.type not in TYPED_NUMBERS or not text or babel_locale(locale) is None:
        return text
    number = parse_number(text, locale)
    if number is None:
        coerce(_editable(prop), text, None, locale)  # refuses with the locale's hint
        return text  # read by coerce (an amount with its currency sign)
    return format(number, "f")


def shown_filter_value(
    prop: PropertyInfo, value: Any, locale: str | None, op: str | None = None
) -> str:
    """A kept value as the editor shows it: numbers in the viewer's locale, ungrouped; days
    in its short date form (what the tables show)."""
    if takes_a_day(prop, op):
        try:
            return date_input.short_date(dt.date.fromisoformat(str(value)), locale)
        except ValueError:
            return str(value)
    code = babel_locale(locale)
    if prop.type in TYPED_NUMBERS and code is not None:
        number = parse_number(str(value))
        if number is not None:
            return typed_number(number, code)
    return str(value)


def _editable(prop: PropertyInfo) -> PropertyInfo:
    """How one filter value is checked: as a value of the property, even a read-only one
    (create date...); a multiple-choice filter names its options one at a time."""
    kind = T.CHOICE if prop.type == T.MULTI_CHOICE else prop.type
    return PropertyInfo(
        prop.id, prop.key, prop.label, kind, prop.column, False, False, prop.options
    )


def _json_form(prop: PropertyInfo, value: Any) -> Any:
    if prop.type in (T.NUMBER, T.CURRENCY):
        return float(value)
    return to_json(value)


def _day_start(day: dt.date, ctx: FilterContext) -> dt.datetime:
    tz = ctx.now.tzinfo or dt.UTC
    return dt.datetime.combine(day, dt.time(), tz).astimezone(dt.UTC)


def _date_range(prop: PropertyInfo, first: dt.date, last: dt.date, ctx: FilterContext):
    """[start, end) bounds for the days first..last in the property's column form."""
    if prop.type == T.DATETIME:
        start, end = _day_start(first, ctx), _day_start(last + dt.timedelta(days=1), ctx)
        return (start, end) if prop.column else (to_json(start), to_json(end))
    end_day = last + dt.timedelta(days=1)
    return (first, end_day) if prop.column else (first.isoformat(), end_day.isoformat())


def _days(value: Any, prop: PropertyInfo) -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise ValidationError(
            prop.key, QT_TR_NOOP("{field}: enter a number of days."), field=prop.label
        ) from None
    if days < 0:
        raise ValidationError(
            prop.key,
            QT_TR_NOOP("{field}: the number of days cannot be negative."),
            field=prop.label,
        )
    if days > DAYS_MAX:  # past Python's dates from today
        raise ValidationError(
            prop.key, QT_TR_NOOP("{field}: at most {n} days."), field=prop.label, n=f"{DAYS_MAX:,}"
        )
    return days


def _as_date(prop: PropertyInfo, value: Any, locale: str | None = None) -> dt.date:
    """A date-filter value (a day, also for date-time properties): ISO as a view keeps it,
    or, with the viewer's `locale`, its short form as typed."""
    day = PropertyInfo(prop.id, prop.key, prop.label, T.DATE, None, False, False)
    checked = coerce(day, value, None, locale)
    if checked is None:
        raise ValidationError(prop.key, QT_TR_NOOP("{field}: enter a date."), field=prop.label)
    return checked


def _multi_any(
    prop: PropertyInfo, column: Any, options: list[Any], dialect: str
) -> ColumnElement[bool]:
    if prop.column:
        return column.in_(options)
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import array

        return Record.props[prop.key].op("?|", return_type=Boolean)(array(options))
    each = func.json_each(Record.props, f'$."{prop.key}"').table_valued("value")
    return exists(select(1).select_from(each).where(each.c.value.in_(options)))


def compile_condition(
    condition: Mapping[str, Any],
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
    session: Session,
    *,
    value_of: ValueOf = sql_value,
    on_records: bool = True,
) -> ColumnElement[bool]:
    """One condition as SQL; ValidationError names the property when it does not fit.
    `value_of` gives a property's SQL expression (`sql_value` for records)."""
    prop, op = _property_and_operator(condition, props, on_records=on_records)
    column = value_of(prop)
    value = condition.get("value")
    if op == "is_known":
        return _known(prop, column)
    if op == "is_unknown":
        return ~_known(prop, column) | column.is_(None)
    if prop.type in (T.DATE, T.DATETIME):
        return _date_condition(prop, column, op, value, ctx)
    if op == "between":
        return _between(prop, column, value, ctx, session)
    if op in ("contains", "starts_with"):
        return _text_match(prop, column, op, value, session, indexed=value_of is sql_value)
    if op == "assigned_in_last_days":
        return _assigned_within(prop, _days(value, prop), ctx)
    return _compare(prop, column, op, _values(prop, value, ctx, session), session)


def _property_and_operator(
    condition: Mapping[str, Any], props: Mapping[str, PropertyInfo], *, on_records: bool
) -> tuple[PropertyInfo, str]:
    """The condition's property and an operator that fits it here, or ValidationError."""
    key = condition.get("property")
    prop = props.get(str(key))
    if prop is None:
        raise ValidationError(
            str(key), QT_TR_NOOP("“{key}” is not a property of this object."), key=key
        )
    op = condition.get("op")
    if not on_records and op in operators_for(prop.type) and str(op) in RECORD_ONLY:
        raise ValidationError(
            prop.key,
            QT_TR_NOOP("{field}: “{op}” reads a record's history, so it does not fit here."),
            field=prop.label,
            op=Message(OPERATOR_LABELS[str(op)]),
        )
    if op not in operators_for(prop.type, on_records=on_records):
        raise ValidationError(
            prop.key,
            QT_TR_NOOP("{field}: “{op}” does not fit this property."),
            field=prop.label,
            op=op,
        )
    return prop, str(op)


def _between(
    prop: PropertyInfo, column: Any, value: Any, ctx: FilterContext, session: Session
) -> ColumnElement[bool]:
    pair = _values(prop, list(value or []), ctx, session) if value else []
    if len(pair) != 2:
        raise ValidationError(
            prop.key, QT_TR_NOOP("{field}: enter a lowest and a highest value."), field=prop.label
        )
    return column.between(min(pair), max(pair))


def _text_match(
    prop: PropertyInfo, column: Any, op: str, value: Any, session: Session, *, indexed: bool
) -> ColumnElement[bool]:
    """Contains or starts with, folding case and accents (`école` finds "École"); the
    user's % and _ match themselves. A record's name and search key are matched through
    the search index (`search.py`), other text folded in SQL."""
    text = str(value or "")
    if not search.needle(text):
        raise ValidationError(prop.key, QT_TR_NOOP("{field}: enter some text."), field=prop.label)
    if indexed and prop.column in search.FOLDED:
        matched = search.records_matching(session, text, (prop.column,), op)
        assert matched is not None  # the text is not empty
        return matched
    return search.text_contains(column, text, session.get_bind().dialect.name, op)


def _compare(
    prop: PropertyInfo, column: Any, op: str, values: list[Any], session: Session
) -> ColumnElement[bool]:
    """Is, is not, greater, less, any of, none of: an unknown value is "not" anything."""
    if prop.type == T.MULTI_CHOICE:
        matched = _multi_any(prop, column, values, session.get_bind().dialect.name)
        return matched if op == "is_any_of" else or_(~matched, column.is_(None))
    match op:
        case "is":
            return column == values[0]
        case "is_not":
            return or_(column != values[0], column.is_(None))
        case "gt":
            return column > values[0]
        case "lt":
            return column < values[0]
        case "is_any_of":
            return column.in_(values)
        case "is_none_of":
            return or_(column.not_in(values), column.is_(None))
    raise ValidationError(
        prop.key, QT_TR_NOOP("{field}: “{op}” does not fit this property."), field=prop.label, op=op
    )


def _date_condition(
    prop: PropertyInfo, column: Any, op: str, value: Any, ctx: FilterContext
) -> ColumnElement[bool]:
    if op == "more_than_days_ago":
        start, _end = _date_range(
            prop, ctx.today - dt.timedelta(days=_days(value, prop)), ctx.today, ctx
        )
        return column < start
    if op in ("in_last_days", "in_next_days"):
        days = _days(value, prop)
        if op == "in_last_days":
            first, last = ctx.today - dt.timedelta(days=days), ctx.today
        else:
            first, last = ctx.today, ctx.today + dt.timedelta(days=days)
    elif op == "between":
        pair = list(value or [])
        if len(pair) != 2:
            raise ValidationError(
                prop.key, QT_TR_NOOP("{field}: enter a start and an end date."), field=prop.label
            )
        first, last = _as_date(prop, pair[0]), _as_date(prop, pair[1])
        if last < first:
            raise ValidationError(
                prop.key, QT_TR_NOOP("{field}: the end is before the start."), field=prop.label
            )
    else:
        first = last = _as_date(prop, value)
    start, end = _date_range(prop, first, last, ctx)
    match op:
        case "gt":
            return column >= end
        case "lt":
            return column < start
    return and_(column >= start, column < end)


def _assigned_within(prop: PropertyInfo, days: int, ctx: FilterContext) -> ColumnElement[bool]:
    """CUS-1 "Assigned in the last 30 days": the property is the viewer now, and the
    change that made it so is recent (read from the change history, OBJ-5)."""
    since = ctx.now - dt.timedelta(days=days)
    recent = (
        select(Change.row_id)
        .where(
            Change.entity == "records",
            Change.field == prop.key,
            Change.at >= since,
            Change.new_value == str(ctx.viewer_id),
        )
        .scalar_subquery()
    )
    current = (
        getattr(Record, prop.column) == ctx.viewer_id
        if prop.column
        else Record.props[prop.key].as_string() == str(ctx.viewer_id)
    )
    return and_(current, Record.id.in_(recent))


def compile_groups(
    groups: Sequence[Sequence[Mapping[str, Any]]],
    compile_one: Callable[[Mapping[str, Any]], ColumnElement[bool]],
) -> ColumnElement[bool]:
    """OR of the groups, each an AND of its conditions as `compile_one` compiles them;
    no groups (or an empty group) match everything."""
    compiled = []
    for group in groups:
        conditions = [compile_one(c) for c in group]
        compiled.append(and_(true(), *conditions) if conditions else true())
    if not compiled:
        return true()
    return or_(false(), *compiled)


def compile_filters(
    groups: Sequence[Sequence[Mapping[str, Any]]],
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
    session: Session,
    *,
    value_of: ValueOf = sql_value,
    on_records: bool = True,
) -> ColumnElement[bool]:
    """OR of the groups, each an AND of its conditions; no groups match everything."""
    return compile_groups(
        groups,
        lambda c: compile_condition(
            c, props, ctx, session, value_of=value_of, on_records=on_records
        ),
    )


OPERATOR_LABELS = {
    "is": QT_TR_NOOP("is"),
    "is_not": QT_TR_NOOP("is not"),
    "contains": QT_TR_NOOP("contains"),
    "starts_with": QT_TR_NOOP("starts with"),
    "is_any_of": QT_TR_NOOP("is any of"),
    "is_none_of": QT_TR_NOOP("is none of"),
    "is_known": QT_TR_NOOP("is known"),
    "is_unknown": QT_TR_NOOP("is unknown"),
    "gt": QT_TR_NOOP("is after / greater than"),
    "lt": QT_TR_NOOP("is before / less than"),
    "between": QT_TR_NOOP("is between"),
    "in_last_days": QT_TR_NOOP("in the last N days"),
    "in_next_days": QT_TR_NOOP("in the next N days"),
    "more_than_days_ago": QT_TR_NOOP("more than N days ago"),
    "assigned_in_last_days": QT_TR_NOOP("assigned in the last N days"),
}
NO_VALUE = ("is_known", "is_unknown")


def both(
    first: Sequence[Sequence[Mapping[str, Any]]], second: Sequence[Sequence[Mapping[str, Any]]]
) -> list[list[Mapping[str, Any]]]:
    """Filters matching what both sets of filters match: each group of one ANDed with each
    of the other's (no groups: everything)."""
    if not first or not second:
        return [list(g) for g in (first or second)]
    return [[*a, *b] for a in first for b in second]


def combine(
    groups: Sequence[Sequence[Mapping[str, Any]]], extra: Sequence[Mapping[str, Any]]
) -> list[list[Mapping[str, Any]]]:
    """`extra` conditions ANDed into every group (quick filters on top of a view's own)."""
    if not extra:
        return [list(g) for g in groups]
    if not groups:
        return [list(extra)]
    return [[*g, *extra] for g in groups]
