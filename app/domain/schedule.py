"""The viewer's schedule (SCH-1..3): meetings they organize or attend and tasks assigned
to them, over a range of days in a time zone, with attendees and associated records read
in one query each; and the contacts they meet today (SCH-2).

A whole-day item has a date, not an instant: an all-day meeting keeps the dates of its
own zone, and a whole-day task the date it was given, whatever zone the calendar shows.
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields, replace
from enum import StrEnum
from operator import attrgetter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, String, bindparam, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.activity_records import first_records
from app.domain.i18n import QT_TR_NOOP
from app.domain.stored import core, raw, to_utc, to_uuid
from app.domain.viewer import Person
from app.domain.zones import day_bounds, zone_named, zone_of
from app.store import ActivityKind, Meeting, MeetingAttendee, Record, Task, TaskStatus


class EventKind(StrEnum):
    """What a calendar item is."""

    MEETING = "meeting"
    TASK = "task"


@dataclass(frozen=True)
class Attendee:
    """Someone in a meeting: a user, a contact (with its record id), or an address."""

    name: str
    email: str = ""
    contact_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None

    @property
    def is_user(self) -> bool:
        """Whether a user of the workspace (not a contact or an outside address)."""
        return self.user_id is not None


@dataclass(frozen=True)
class Event:
    """One calendar item. `start`/`end` are UTC instants; whole-day items also carry
    their first and last (inclusive) dates in `days`."""

    kind: EventKind
    id: uuid.UUID
    title: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool = False
    days: tuple[dt.date, dt.date] | None = None
    time_zone: str = "UTC"
    link: str = ""
    location: str = ""
    description: str = ""
    attendees: tuple[Attendee, ...] = ()
    record: tuple[uuid.UUID, str] | None = None  # the first associated record (id, name)
    completed: bool = False  # tasks
    task_type: str = ""
    priority: str = ""

    @classmethod
    def many(cls, values: dict[str, Any]) -> Event:
        """One of the hundreds of items a month reads: the same Event as `Event(**values)`
        (defaults filled in), made without the frozen dataclass's `__setattr__` per field,
        which took a third of the time to read a month of tasks. A `values` naming every
        field becomes the item's own (the caller hands over a fresh dict)."""
        event = object.__new__(cls)
        # every field given (a month's tasks are): no defaults to merge in
        full = values if len(values) == _EVENT_FIELDS else {**_EVENT_DEFAULTS, **values}
        object.__setattr__(event, "__dict__", full)
        return event

    def local_days(self, zone: ZoneInfo) -> tuple[dt.date, dt.date]:
        """The first and last day it covers, seen in `zone` (whole-day items keep theirs)."""
        if self.days is not None:
            return self.days
        first = self.start.astimezone(zone).date()
        if self.end == self.start:  # a timed task: one instant
            return first, first
        last_instant = max(self.start, self.end - dt.timedelta(microseconds=1))
        return first, last_instant.astimezone(zone).date()


_EVENT_DEFAULTS = {f.name: f.default for f in fields(Event) if f.default is not MISSING}
_EVENT_FIELDS = len(fields(Event))


@dataclass(frozen=True)
class ContactMet:
    """A contact the viewer meets today, with the meeting."""

    contact_id: uuid.UUID
    name: str
    email: str
    meeting_id: uuid.UUID
    meeting_title: str
    start: dt.datetime


def _viewer_meetings(viewer_id: Any) -> ColumnElement[bool]:
    """Meetings the viewer organizes or attends as a user."""
    attending = select(MeetingAttendee.meeting_id).where(
        MeetingAttendee.user_id == viewer_id, MeetingAttendee.deleted_at.is_(None)
    )
    return or_(Meeting.organizer_id == viewer_id, Meeting.id.in_(attending))


def _whole_days(start: dt.datetime, end: dt.datetime, zone: str) -> tuple[dt.date, dt.date]:
    """An all-day meeting's dates in its own zone (its end is exclusive midnight)."""
    tz = zone_named(zone)
    first = start.astimezone(tz).date()
    last = (end.astimezone(tz) - dt.timedelta(microseconds=1)).date()
    return first, max(first, last)


def events_between(
    session: Session,
    viewer: Person,
    first: dt.date,
    last: dt.date,
    zone: ZoneInfo,
    *,
    meetings: bool = True,
    tasks: bool = True,
) -> list[Event]:
    """SCH-1: the viewer's live meetings and tasks on days `first`..`last` in `zone`,
    by start. All-day meetings are matched a day wider so another zone's dates fit.
    Attendees and records are not read here (a month may hold thousands of items):
    `with_details` reads them for the one item the user opens."""
    start, _ = day_bounds(first, zone)
    _, end = day_bounds(last, zone)
    out: list[Event] = []
    if meetings:
        out += _meetings(session, viewer.id, start, end, first, last)
    if tasks:
        out += _tasks(session, viewer, start, end, first, last)
    out.sort(key=attrgetter("start", "kind", "title"))
    return out


# A month's two reads are built once, with their values bound when they run: building a
# statement and its cache key took as long as running it.
@functools.cache
def _meetings_statement() -> Select[Any]:
    """The viewer's live meetings overlapping (after, before); read as the month's tasks
    are (see `_tasks_statement`)."""
    return (
        select(
            raw(Meeting.id),
            Meeting.title,
            raw(Meeting.start_at),
            raw(Meeting.end_at),
            Meeting.all_day,
            Meeting.time_zone,
            Meeting.link,
            Meeting.location,
            Meeting.description,
        )
        .where(
            _viewer_meetings(bindparam("viewer", type_=Meeting.organizer_id.type)),
            Meeting.deleted_at.is_(None),
            Meeting.start_at < bindparam("before", type_=Meeting.start_at.type),
            Meeting.end_at > bindparam("after", type_=Meeting.end_at.type),
        )
        .order_by(Meeting.start_at)
    )


@functools.cache
def _tasks_statement() -> Select[Any]:
    """The viewer's live tasks due in [after, before). A month holds hundreds of tasks:
    ids and due times are read in the driver's form and converted in one step (`stored`),
    the choices as their stored words (the enums' values, which compare equal to the
    enums); SQLAlchemy's per-value processing was most of the time to read a month."""
    return (
        select(
            raw(Task.id),
            Task.title,
            raw(Task.due_at),
            Task.due_all_day,
            type_coerce(Task.status, String),
            type_coerce(Task.type, String),
            type_coerce(Task.priority, String),
            Task.notes,
        )
        .where(
            Task.assignee_id == bindparam("viewer", type_=Task.assignee_id.type),
            Task.deleted_at.is_(None),
            Task.due_at >= bindparam("after", type_=Task.due_at.type),
            Task.due_at < bindparam("before", type_=Task.due_at.type),
        )
        .order_by(Task.due_at)
    )


def _meetings(
    session: Session, viewer_id: uuid.UUID, start: dt.datetime, end: dt.datetime,
    first: dt.date, last: dt.date,
) -> list[Event]:  # fmt: skip
    wide = dt.timedelta(days=1)
    params = {"viewer": viewer_id, "before": end + wide, "after": start - wide}
    rows = core(session).execute(_meetings_statement(), params).all()
    out = []
    for meeting_id, title, stored_start, stored_end, all_day, zone, link, location, notes in rows:
        start_at, end_at = to_utc(stored_start), to_utc(stored_end)
        days = _whole_days(start_at, end_at, zone) if all_day else None
        if days is not None and (days[1] < first or days[0] > last):
            continue
        if days is None and (start_at >= end or max(end_at, start_at) < start):
            continue
        out.append(
            Event.many(
                {
                    "kind": EventKind.MEETING,
                    "id": to_uuid(meeting_id),
                    "title": title,
                    "start": start_at,
                    "end": max(end_at, start_at),
                    "all_day": all_day,
                    "days": days,
                    "time_zone": zone,
                    "link": link,
                    "location": location,
                    "description": notes,
                }
            )
        )
    return out


def _tasks(
    session: Session, viewer: Person, start: dt.datetime, end: dt.datetime,
    first: dt.date, last: dt.date,
) -> list[Event]:  # fmt: skip
    # every task read has a due time; rows are unpacked, not read by attribute
    wide = dt.timedelta(days=1)
    params = {"viewer": viewer.id, "after": start - wide, "before": end + wide}
    rows: Sequence[Any] = core(session).execute(_tasks_statement(), params).all()
    # a whole-day task is due at local midnight of the zone it was given in; read here in
    # the assignee's own zone (see docs/architecture.md: a known gap across zones)
    own = zone_of(viewer)
    # compared in UTC, the tasks' own zone: an instant in another zone is compared
    # through both zones' offsets, hundreds of times
    start, end = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    out = []
    zone_name, task_kind, completed = viewer.time_zone, EventKind.TASK, TaskStatus.COMPLETED
    for task_id, title, stored_due, all_day, status, task_type, priority, notes in rows:
        due_at = to_utc(stored_due)
        days = None
        if all_day:
            day = due_at.astimezone(own).date()
            days = (day, day)
            if day < first or day > last:
                continue
        elif due_at < start or due_at >= end:
            continue
        out.append(
            Event.many(
                {
                    "kind": task_kind,
                    "id": to_uuid(task_id),
                    "title": title,
                    "start": due_at,
                    "end": due_at,  # a point in time: the calendar gives it room
                    "all_day": all_day,
                    "days": days,
                    "time_zone": zone_name,
                    "link": "",
                    "location": "",
                    "description": notes,
                    "attendees": (),
                    "record": None,
                    "completed": status == completed,
                    "task_type": task_type,
                    "priority": priority,
                }
            )
        )
    return out


def task_event(session: Session, viewer: Person, task_id: Any) -> Event:
    """One task as the calendar shows it, with its record (the Summary's schedule card
    opens its summary without reading the viewer's whole day of tasks)."""
    from app.domain.errors import NotFound

    task = session.get(Task, task_id)
    if task is None or task.deleted_at is not None or task.due_at is None:
        raise NotFound(QT_TR_NOOP("That task was deleted."))
    due = to_utc(task.due_at)
    day = due.astimezone(zone_of(viewer)).date()
    event = Event(
        EventKind.TASK, task.id, task.title, due, due, all_day=task.due_all_day,
        days=(day, day) if task.due_all_day else None, time_zone=viewer.time_zone,
        description=task.notes or "", completed=task.status == TaskStatus.COMPLETED,
        task_type=str(task.type), priority=str(task.priority),
    )  # fmt: skip
    return with_details(session, event)


def with_details(session: Session, event: Event) -> Event:
    """SCH-3: the item with its attendees (a meeting's) and first associated record."""
    kind = ActivityKind.MEETING if event.kind == EventKind.MEETING else ActivityKind.TASK
    people = attendees_of(session, [event.id]) if event.kind == EventKind.MEETING else {}
    record = first_records(session, kind, [event.id]).get(event.id)
    return replace(event, attendees=tuple(people.get(event.id, ())), record=record)


def attendees_of(session: Session, meeting_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Attendee]]:
    """Each meeting's live attendees, users first, then by name (one query)."""
    out: dict[uuid.UUID, list[Attendee]] = {}
    if not meeting_ids:
        return out
    rows = session.execute(
        select(
            MeetingAttendee.meeting_id,
            MeetingAttendee.name,
            MeetingAttendee.email,
            MeetingAttendee.contact_id,
            MeetingAttendee.user_id,
        )
        .where(MeetingAttendee.meeting_id.in_(meeting_ids), MeetingAttendee.deleted_at.is_(None))
        .order_by(
            MeetingAttendee.meeting_id, MeetingAttendee.user_id.is_(None), MeetingAttendee.name
        )
    )
    for meeting_id, name, email, contact_id, user_id in rows:
        out.setdefault(meeting_id, []).append(Attendee(name or email, email, contact_id, user_id))
    return out


def contacts_met_on(
    session: Session, viewer: Person, day: dt.date, zone: ZoneInfo
) -> list[ContactMet]:
    """SCH-2: the contacts in the viewer's meetings on `day` (in `zone`), by meeting
    time; a contact met twice is listed at the first meeting."""
    start, end = day_bounds(day, zone)
    rows = core(session).execute(
        select(
            MeetingAttendee.contact_id,
            Record.name,
            MeetingAttendee.email,
            Meeting.id,
            Meeting.title,
            Meeting.start_at,
        )
        .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
        .join(Record, Record.id == MeetingAttendee.contact_id)
        .where(
            _viewer_meetings(viewer.id),
            Meeting.deleted_at.is_(None),
            MeetingAttendee.deleted_at.is_(None),
            Record.deleted_at.is_(None),
            Meeting.start_at < end,
            Meeting.end_at > start,
        )
        .order_by(Meeting.start_at, Record.name)
    )
    seen: dict[uuid.UUID, ContactMet] = {}
    for contact_id, name, email, meeting_id, title, at in rows:
        assert contact_id is not None  # joined to its record
        seen.setdefault(contact_id, ContactMet(contact_id, name, email, meeting_id, title, at))
    return list(seen.values())
