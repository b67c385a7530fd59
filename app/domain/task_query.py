"""Listing tasks for the Actions tab (ACT-1): the built-in views Due today, Overdue, Due
tomorrow, All open and All completed, computed in the viewer's time zone, and custom views
with filters (`task_filters.py`), searched by title, counted in one query and read a page
at a time by keyset pagination on (due date, id), over the (assignee, status, due) index.

What a view lists (the rule the UI relies on):
- it starts from every live task (no rule hides a task from a seat holder);
- a built-in view adds its status and due-date conditions (all but "All completed" list
  open tasks; due days are the viewer's local days);
- a custom view (`CUSTOM`) adds none: open and completed tasks, unless a "Status"
  condition says otherwise;
- then the view's filters (OR between groups, AND within; a built-in view's are the quick
  filters), where each group that does not name "Assigned to" lists only the viewer's
  tasks. So with no "Assigned to" condition a view lists the viewer's tasks, as the
  built-in views always did; "Assigned to is Olu" lists Olu's, "Assigned to is unknown"
  the unassigned ones, "Assigned to is known" everyone's;
- and the search, on the title, ANDed with all of it.

"me" in a filter is the query's `assignee_id`, the viewer.

Tasks without a due date are listed where the database sorts them: first on SQLite, last
on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, String, and_, func, or_, select, true, type_coerce
from sqlalchemy.orm import Session

from app.domain import search
from app.domain.activity_records import first_records
from app.domain.errors import ValidationError
from app.domain.filters import FilterContext, combine
from app.domain.i18n import QT_TR_NOOP
from app.domain.saved_views import effective_filters, get_view
from app.domain.stored import core, raw, to_utc_or_none, to_uuid, to_uuid_or_none
from app.domain.task_filters import compile_task_filters, names_assignee
from app.domain.viewer import Person
from app.domain.zones import day_bounds
from app.store import (
    ActivityKind,
    SavedView,
    Task,
    TaskStatus,
    ViewTab,
    utcnow,
)

PAGE = 200
BUILTIN_VIEWS = (
    ("due_today", QT_TR_NOOP("Due today")),
    ("overdue", QT_TR_NOOP("Overdue")),
    ("due_tomorrow", QT_TR_NOOP("Due tomorrow")),
    ("all_open", QT_TR_NOOP("All open")),
    ("all_completed", QT_TR_NOOP("All completed")),
)
VIEW_KEYS = tuple(key for key, _label in BUILTIN_VIEWS)
CUSTOM = "custom"  # a saved (custom) task view: its filters say everything

Filters = tuple[tuple[Mapping[str, Any], ...], ...]


def freeze_filters(groups: Sequence[Sequence[Mapping[str, Any]]]) -> Filters:
    """Filter groups in an immutable form (read-only conditions, lists as tuples)."""

    def frozen(value: Any) -> Any:
        return tuple(frozen(v) for v in value) if isinstance(value, (list, tuple)) else value

    return tuple(
        tuple(MappingProxyType({k: frozen(v) for k, v in c.items()}) for c in group)
        for group in groups
    )


@dataclass(frozen=True)
class TaskQuery:
    """Which tasks a table lists, for the viewer `assignee_id` (see the module's rule)."""

    assignee_id: uuid.UUID
    view: str = "due_today"  # a key of BUILTIN_VIEWS, or CUSTOM
    search: str = ""
    # OR-ed groups of AND-ed conditions; stored immutable (`Filters`), left out of the hash.
    filters: Sequence[Sequence[Mapping[str, Any]]] = field(default=(), hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "filters", freeze_filters(self.filters))


@dataclass(frozen=True)
class TaskRow:
    """One task line, in Python form."""

    id: uuid.UUID
    title: str
    type: str
    priority: str
    due_at: dt.datetime | None
    due_all_day: bool
    assignee_id: uuid.UUID | None
    status: str
    record: str | None  # the name of the first associated record (by name)
    record_id: uuid.UUID | None = None

    @classmethod
    def many(cls, *values: Any) -> TaskRow:
        """One of a page's 200 rows: the same TaskRow as `TaskRow(*values)` (every field
        given), made without the frozen dataclass's `__setattr__` per field (as
        `schedule.Event.many`)."""
        row = object.__new__(cls)
        object.__setattr__(row, "__dict__", dict(zip(_TASK_FIELDS, values, strict=True)))
        return row


_TASK_FIELDS = tuple(f.name for f in fields(TaskRow))


@dataclass(frozen=True)
class TaskCursor:
    """Where the previous page ended."""

    due_at: dt.datetime | None
    id: uuid.UUID


# Ids and the due time are read in the driver's form and converted in one step
# (`stored`), the choices as their stored words (the enums' values, as `TaskRow` keeps
# them), and rows are unpacked by position: a page is 200 tasks, and SQLAlchemy's
# per-value processing cost as much as the statement.
COLUMNS = (
    raw(Task.id), Task.title, type_coerce(Task.type, String),
    type_coerce(Task.priority, String), raw(Task.due_at), Task.due_all_day,
    raw(Task.assignee_id), type_coerce(Task.status, String),
)  # fmt: skip


def _view_conditions(view: str, today: dt.date, tz: ZoneInfo) -> list[Any]:
    """A built-in view's status and due-date conditions (none for a custom view)."""
    if view == CUSTOM:
        return []
    if view not in VIEW_KEYS:
        raise ValidationError("view", QT_TR_NOOP("“{view}” is not a task view."), view=view)
    start, end = day_bounds(today, tz)
    _, tomorrow_end = day_bounds(today + dt.timedelta(days=1), tz)
    status = TaskStatus.COMPLETED if view == "all_completed" else TaskStatus.OPEN
    conditions: list[Any] = [Task.status == status]
    if view == "due_today":
        conditions += [Task.due_at >= start, Task.due_at < end]
    elif view == "overdue":
        conditions.append(Task.due_at < start)
    elif view == "due_tomorrow":
        conditions += [Task.due_at >= end, Task.due_at < tomorrow_end]
    return conditions


def filter_context(viewer_id: uuid.UUID, now: dt.datetime, tz: ZoneInfo) -> FilterContext:
    """ "me" and the viewer's days, for task filters."""
    local = now.astimezone(tz)
    return FilterContext(viewer_id, local.date(), local)


def _whose(query: TaskQuery, ctx: FilterContext, session: Session | None) -> ColumnElement[bool]:
    """The filters, each group that does not name "Assigned to" kept to the viewer's tasks."""
    mine = Task.assignee_id == query.assignee_id
    groups = query.filters
    if not groups:
        return mine
    if session is None:
        raise TypeError("Filtering tasks needs a session.")
    if not any(names_assignee(g) for g in groups):
        # The common case as one top-level condition, so the (assignee, ...) index serves.
        return and_(mine, compile_task_filters(groups, ctx, session))
    return or_(
        *(
            compile_task_filters([g], ctx, session)
            if names_assignee(g)
            else and_(mine, compile_task_filters([g], ctx, session))
            for g in groups
        )
    )


def matching(
    query: TaskQuery, now: dt.datetime, tz: ZoneInfo, session: Session | None = None
) -> ColumnElement[bool]:
    """The SQL condition of a view's tasks for the viewer at `now` in their zone (a query
    with filters needs the session)."""
    ctx = filter_context(query.assignee_id, now, tz)
    conditions: list[Any] = [
        Task.deleted_at.is_(None),
        *_view_conditions(query.view, ctx.today, tz),
        _whose(query, ctx, session),
    ]
    if search.needle(query.search):  # case and accents folded, as every search box
        dialect = session.get_bind().dialect.name if session is not None else "sqlite"
        conditions.append(search.text_contains(Task.title, query.search, dialect))
    return and_(*conditions)


def count(session: Session, query: TaskQuery, now: dt.datetime, tz: ZoneInfo) -> int:
    """How many tasks the view holds (one query)."""
    where = matching(query, now, tz, session)
    return core(session).scalar(select(func.count()).select_from(Task).where(where)) or 0


def _after(cursor: TaskCursor, nulls_first: bool) -> ColumnElement[bool]:
    """Tasks after `cursor` in (due_at, id) order, NULL dues where the database sorts them
    (first on SQLite, last on PostgreSQL), as `record_query` does."""
    later_id = Task.id > cursor.id
    if cursor.due_at is None:
        if nulls_first:
            return or_(and_(Task.due_at.is_(None), later_id), Task.due_at.is_not(None))
        return and_(Task.due_at.is_(None), later_id)
    beyond = or_(Task.due_at > cursor.due_at, and_(Task.due_at == cursor.due_at, later_id))
    return beyond if nulls_first else or_(beyond, Task.due_at.is_(None))


def page(
    session: Session,
    query: TaskQuery,
    now: dt.datetime,
    tz: ZoneInfo,
    *,
    after: TaskCursor | None = None,
    limit: int = PAGE,
) -> tuple[list[TaskRow], TaskCursor | None]:
    """One page of the view's tasks, by due date, and the cursor for the next."""
    nulls_first = session.get_bind().dialect.name == "sqlite"
    statement = (
        select(*COLUMNS)
        .where(matching(query, now, tz, session), _after(after, nulls_first) if after else true())
        .order_by(Task.due_at, Task.id)
        .limit(limit)
    )
    rows = core(session).execute(statement).all()
    ids = [to_uuid(r[0]) for r in rows]
    records = first_records(session, ActivityKind.TASK, ids)
    tasks = []
    for task_id, (_, title, kind, priority, due, all_day, assignee, status) in zip(
        ids, rows, strict=True
    ):
        record_id, name = records.get(task_id, _NO_RECORD)
        due_at, assignee_id = to_utc_or_none(due), to_uuid_or_none(assignee)
        values = (task_id, title, kind, priority, due_at, all_day, assignee_id, status)
        tasks.append(TaskRow.many(*values, name, record_id))
    last = tasks[-1] if len(tasks) == limit else None
    return tasks, TaskCursor(last.due_at, last.id) if last is not None else None


_NO_RECORD = (None, None)


def task_query_for_view(
    session: Session,
    viewer: Person,
    view: SavedView | uuid.UUID | None = None,
    builtin_key: str | None = None,
    search: str = "",
    extra_filters: Sequence[Mapping[str, Any]] = (),
) -> TaskQuery:
    """The query of what the Actions tab shows: a saved task view (by row or id; it must be
    a live Actions view the viewer may see, else NotFound) or a built-in view (Due today
    when neither is given), with the quick filters `extra_filters` ANDed into each of the
    view's groups and the search. Refuses filters that do not fit (ValidationError)."""
    if view is not None and builtin_key is not None:
        raise ValueError("Give a saved view or a built-in view, not both.")
    if view is not None:
        saved = get_view(session, viewer, view if isinstance(view, uuid.UUID) else view.id)
        if saved.tab != ViewTab.ACTIONS:
            raise ValidationError(
                "view", QT_TR_NOOP("“{name}” is not a task view."), name=saved.name
            )
        key, groups = CUSTOM, effective_filters(session, saved)
    else:
        key, groups = builtin_key or VIEW_KEYS[0], []
        if key not in VIEW_KEYS:
            raise ValidationError("view", QT_TR_NOOP("“{key}” is not a task view."), key=key)
    query = TaskQuery(viewer.id, key, search, combine(groups, extra_filters))
    now = utcnow()
    compile_task_filters(query.filters, FilterContext(viewer.id, now.date(), now), session)
    return query
