"""What the Summary tab shows a viewer: tasks due today, overdue and tomorrow (SUM-2),
today's task progress (SUM-3), today's schedule (SUM-5) and the customers they own.

Days are the viewer's days: "today" runs from midnight to midnight in their time zone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.domain.viewer import Person
from app.domain.zones import day_bounds, zone_of
from app.store import (
    ActivityKind,
    ActivityLink,
    Meeting,
    MeetingAttendee,
    PropertyDefinition,
    Record,
    Task,
    TaskStatus,
    Workspace,
    utcnow,
)

LIST_LIMIT = 6


@dataclass(frozen=True)
class TaskItem:
    """One task line: what, when, and the customer it is for."""

    id: uuid.UUID
    title: str
    due_at: dt.datetime | None
    due_all_day: bool
    type: str
    priority: str
    customer: str | None


@dataclass(frozen=True)
class TaskList:
    """A Summary task list: the first few items and how many there are in all."""

    items: list[TaskItem]
    total: int


@dataclass(frozen=True)
class MeetingItem:
    """One meeting of today's schedule."""

    id: uuid.UUID
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    link: str
    customer: str | None
    attendees: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    """Everything the Summary tab shows, computed for one viewer at one instant."""

    today: dt.date
    due_today: TaskList
    overdue: TaskList
    due_tomorrow: TaskList
    done_today: int
    total_today: int
    meetings: list[MeetingItem]
    owned_customers: int


def _customer_names(session: Session, kind: ActivityKind, ids: list[uuid.UUID]) -> dict:
    if not ids:
        return {}
    rows = session.execute(
        select(ActivityLink.activity_id, Record.name)
        .join(Record, Record.id == ActivityLink.record_id)
        .where(ActivityLink.kind == kind, ActivityLink.activity_id.in_(ids))
    )
    return dict(rows.all())


def _tasks(session: Session, user_id: uuid.UUID, start, end) -> TaskList:
    where = (
        Task.assignee_id == user_id,
        Task.status == TaskStatus.OPEN,
        Task.deleted_at.is_(None),
        Task.due_at < end,
        *(() if start is None else (Task.due_at >= start,)),
    )
    total = session.scalar(select(func.count()).select_from(Task).where(*where)) or 0
    rows = session.scalars(select(Task).where(*where).order_by(Task.due_at).limit(LIST_LIMIT)).all()
    names = _customer_names(session, ActivityKind.TASK, [t.id for t in rows])
    items = [
        TaskItem(t.id, t.title, t.due_at, t.due_all_day, t.type, t.priority, names.get(t.id))
        for t in rows
    ]
    return TaskList(items, total)


def csm_condition(
    session: Session, workspace: Workspace, user_id: uuid.UUID
) -> ColumnElement[bool] | None:
    """The SQL condition "the record's CSM is `user_id`" under the workspace's CSM property
    (SET-1), or None when the workspace has none: the viewer's book of customers."""
    csm = session.get(PropertyDefinition, workspace.csm_property_id or uuid.UUID(int=0))
    if csm is None:
        return None
    if csm.column:
        return getattr(Record, csm.column) == user_id
    return Record.props[csm.key].as_string() == str(user_id)


def summary_for(
    session: Session, viewer: Person, workspace: Workspace, now: dt.datetime | None = None
) -> Summary:
    """The Summary of `viewer` at `now` (default: the present)."""
    tz = zone_of(viewer)
    now = now or utcnow()
    today = now.astimezone(tz).date()
    start, end = day_bounds(today, tz)
    _, tomorrow_end = day_bounds(today + dt.timedelta(days=1), tz)
    due_today = _tasks(session, viewer.id, start, end)
    done_today = (
        session.scalar(
            select(func.count())
            .select_from(Task)
            .where(
                Task.assignee_id == viewer.id,
                Task.status == TaskStatus.COMPLETED,
                Task.deleted_at.is_(None),
                Task.due_at >= start,
                Task.due_at < end,
            )
        )
        or 0
    )
    meetings = session.scalars(
        select(Meeting)
        .where(
            Meeting.organizer_id == viewer.id,
            Meeting.deleted_at.is_(None),
            Meeting.start_at < end,
            Meeting.end_at > start,
        )
        .order_by(Meeting.start_at)
    ).all()
    names = _customer_names(session, ActivityKind.MEETING, [m.id for m in meetings])
    guests: dict[uuid.UUID, list[str]] = {}
    if meetings:
        rows = session.execute(
            select(MeetingAttendee.meeting_id, MeetingAttendee.name)
            .where(
                MeetingAttendee.meeting_id.in_([m.id for m in meetings]),
                MeetingAttendee.user_id.is_(None),
            )
            .order_by(MeetingAttendee.name)
        )
        for meeting_id, name in rows:
            guests.setdefault(meeting_id, []).append(name)
    owned = 0
    owner = csm_condition(session, workspace, viewer.id)
    if workspace.customer_object_id is not None and owner is not None:
        owned = (
            session.scalar(
                select(func.count())
                .select_from(Record)
                .where(
                    Record.object_type_id == workspace.customer_object_id,
                    owner,
                    Record.deleted_at.is_(None),
                )
            )
            or 0
        )
    return Summary(
        today=today,
        due_today=due_today,
        overdue=_tasks(session, viewer.id, None, start),
        due_tomorrow=_tasks(session, viewer.id, end, tomorrow_end),
        done_today=done_today,
        total_today=done_today + due_today.total,
        meetings=[
            MeetingItem(
                m.id,
                m.title,
                m.start_at,
                m.end_at,
                m.link,
                names.get(m.id),
                tuple(guests.get(m.id, ())),
            )
            for m in meetings
        ],
        owned_customers=owned,
    )
