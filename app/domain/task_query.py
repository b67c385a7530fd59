"""Listing the viewer's tasks for the Actions tab (ACT-1): the built-in views Due today,
Overdue, Due tomorrow, All open and All completed, computed in the viewer's time zone,
searched by title, counted in one query and read a page at a time by keyset pagination
on (due date, id), over the (assignee, status, due) index.

Tasks without a due date are listed where the database sorts them: first on SQLite, last
on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.summary import day_bounds
from app.store import ActivityKind, ActivityLink, Record, Task, TaskStatus

PAGE = 200
BUILTIN_VIEWS = (
    ("due_today", "Due today"),
    ("overdue", "Overdue"),
    ("due_tomorrow", "Due tomorrow"),
    ("all_open", "All open"),
    ("all_completed", "All completed"),
)
VIEW_KEYS = tuple(key for key, _label in BUILTIN_VIEWS)


@dataclass(frozen=True)
class TaskQuery:
    """Which of a user's tasks a table lists."""

    assignee_id: uuid.UUID
    view: str = "due_today"
    search: str = ""


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


@dataclass(frozen=True)
class TaskCursor:
    """Where the previous page ended."""

    due_at: dt.datetime | None
    id: uuid.UUID


COLUMNS = (
    Task.id, Task.title, Task.type, Task.priority, Task.due_at, Task.due_all_day,
    Task.assignee_id, Task.status,
)  # fmt: skip


COLUMNS = (
    Task.id, Task.title, Task.type, Task.priority, Task.due_at, Task.due_all_day,
    Task.assignee_id, Task.status,
)  # fmt: skip


def matching(query: TaskQuery, now: dt.datetime, tz: ZoneInfo) -> ColumnElement[bool]:
    """The SQL condition of a view's tasks for the viewer at `now` in their zone."""
    if query.view not in VIEW_KEYS:
        raise ValidationError("view", f"“{query.view}” is not a task view.")
    today = now.astimezone(tz).date()
    start, end = day_bounds(today, tz)
    _, tomorrow_end = day_bounds(today + dt.timedelta(days=1), tz)
    status = TaskStatus.COMPLETED if query.view == "all_completed" else TaskStatus.OPEN
    conditions: list[Any] = [
        Task.assignee_id == query.assignee_id,
        Task.status == status,
        Task.deleted_at.is_(None),
    ]
    if query.view == "due_today":
        conditions += [Task.due_at >= start, Task.due_at < end]
    elif query.view == "overdue":
        conditions.append(Task.due_at < start)
    elif query.view == "due_tomorrow":
        conditions += [Task.due_at >= end, Task.due_at < tomorrow_end]
    text = query.search.strip()
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Task.title.ilike(f"%{escaped}%", escape="\\"))
    return and_(*conditions)


def count(session: Session, query: TaskQuery, now: dt.datetime, tz: ZoneInfo) -> int:
    """How many tasks the view holds (one query)."""
    where = matching(query, now, tz)
    return session.scalar(select(func.count()).select_from(Task).where(where)) or 0


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
        .where(matching(query, now, tz), _after(after, nulls_first) if after else true())
        .order_by(Task.due_at, Task.id)
        .limit(limit)
    )
    rows = session.execute(statement).all()
    names = _record_names(session, [r.id for r in rows])
    out = [_task_row(r, names.get(r.id)) for r in rows]
    cursor = TaskCursor(rows[-1].due_at, rows[-1].id) if len(rows) == limit else None
    return out, cursor


def _task_row(r: Any, record: tuple[str, uuid.UUID] | None) -> TaskRow:
    name, record_id = record if record else (None, None)
    return TaskRow(
        r.id, r.title, str(r.type), str(r.priority), r.due_at, r.due_all_day,
        r.assignee_id, str(r.status), name, record_id,
    )  # fmt: skip


def _record_names(
    session: Session, task_ids: list[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, uuid.UUID]]:
    """The first associated live record (by name) of each task: one query."""
    if not task_ids:
        return {}
    rows = session.execute(
        select(ActivityLink.activity_id, Record.name, Record.id)
        .join(Record, Record.id == ActivityLink.record_id)
        .where(
            ActivityLink.kind == ActivityKind.TASK,
            ActivityLink.activity_id.in_(task_ids),
            ActivityLink.deleted_at.is_(None),
            Record.deleted_at.is_(None),
        )
        .order_by(ActivityLink.activity_id, Record.name)
    )
    out: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
    for task_id, name, record_id in rows:
        out.setdefault(task_id, (name, record_id))
    return out
