"""Creating tasks from the Actions tab (ACT-2): title, type, priority, a due time in the
creator's zone (a due date alone is the assignee's day), assignee, associated records and
notes, checked field by field and saved in one transaction with the task's change entry
and its record links."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import date_input, permissions, search, writer
from app.domain.errors import NotFound, ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import DATE_MAX, DATE_MIN, MOMENT_MAX, MOMENT_MIN, TEXT_MAX
from app.domain.records import get_record
from app.domain.viewer import Person
from app.domain.zones import zone_of
from app.store import (
    ActivityKind,
    ActivityLink,
    ObjectType,
    Task,
    TaskPriority,
    TaskStatus,
    TaskType,
    User,
    fold,
)

FOUND_MAX = 10
TITLE_MAX: int = getattr(Task.__table__.c.title.type, "length", None) or 500  # its column


@dataclass(frozen=True)
class NewTask:
    """What the Create task panel holds (text as typed; checked by `create_task`)."""

    title: str
    type: str = TaskType.TODO
    priority: str = TaskPriority.NONE
    due_date: str = ""  # YYYY-MM-DD
    due_time: str = ""  # HH:MM, needs a date
    assignee_id: uuid.UUID | None = None  # the creator when empty
    record_ids: Sequence[uuid.UUID] = ()
    notes: str = ""
    status: str = TaskStatus.OPEN  # an imported task may be done already


@dataclass(frozen=True)
class FoundRecord:
    """A record found by typing part of its name."""

    id: uuid.UUID
    name: str
    object_label: str


def due_of(
    new: NewTask, zone: ZoneInfo, locale: str | None = None
) -> tuple[dt.datetime | None, bool]:
    """The due instant (UTC) and whether it is a whole day; with the viewer's `locale`
    the date may be typed in its short form and the time in 12- or 24-hour form."""
    date_text, time_text = new.due_date.strip(), new.due_time.strip()
    if not date_text:
        if time_text:
            raise ValidationError("due_time", QT_TR_NOOP("A due time needs a due date."))
        return None, False
    if locale is None:
        day, at = _iso_due(date_text, time_text)
    else:
        day, at = _typed_due(date_text, time_text, locale)
    return _due_moment(day, at, zone), not time_text


def _iso_due(date_text: str, time_text: str) -> tuple[dt.date, dt.time]:
    try:
        day = dt.date.fromisoformat(date_text)
    except ValueError:
        raise ValidationError(
            "due_date", QT_TR_NOOP("“{text}” is not a date (YYYY-MM-DD)."), text=date_text
        ) from None
    at = dt.time()
    if time_text:
        try:
            at = dt.time.fromisoformat(time_text)
        except ValueError:
            raise ValidationError(
                "due_time", QT_TR_NOOP("“{text}” is not a time (HH:MM)."), text=time_text
            ) from None
    return day, at


def _typed_due(date_text: str, time_text: str, locale: str) -> tuple[dt.date, dt.time]:
    try:
        day = date_input.parse_date(date_text, locale)
    except date_input.DateInputError as exc:
        raise ValidationError("due_date", exc.message_parts) from None
    try:
        at = date_input.parse_time(time_text, locale) if time_text else dt.time()
    except date_input.DateInputError as exc:
        raise ValidationError("due_time", exc.message_parts) from None
    return day, at


def _due_moment(day: dt.date, at: dt.time, zone: ZoneInfo) -> dt.datetime:
    try:  # year 1 east of UTC, or 9999 west of it, is outside what a date-time holds
        due = dt.datetime.combine(day, at, zone).astimezone(dt.UTC)
    except (OverflowError, ValueError):
        due = None
    if due is None or not MOMENT_MIN <= due <= MOMENT_MAX:
        raise ValidationError(
            "due_date",
            QT_TR_NOOP("The due date must be between {first} and {last}."),
            first=DATE_MIN,
            last=DATE_MAX,
        )
    return due


def _check_text(field: str, label: str, text: str, limit: int | None) -> None:
    """What either database would refuse: NUL, a lone surrogate, more than the column holds."""
    if "\x00" in text:
        raise ValidationError(
            field, QT_TR_NOOP("{field} cannot hold a NUL character."), field=label
        )
    if not text.encode("utf-8", "replace").decode("utf-8") == text:
        raise ValidationError(
            field, QT_TR_NOOP("{field} holds a character that is not valid Unicode."), field=label
        )
    if limit is not None and len(text) > limit:
        raise ValidationError(
            field, QT_TR_NOOP("{field} is longer than {n} characters."), field=label, n=f"{limit:,}"
        )


def create_task(
    session: Session,
    viewer: Person,
    new: NewTask,
    zone: ZoneInfo,
    locale: str | None = None,
    batch: ChangeBatch | None = None,
) -> Task:
    """ACT-2: a task; a refused field raises ValidationError naming it, nothing saved; the
    due date and time are read in `locale` when given (what the viewer typed). An import
    passes its own `batch` (source import, one per batch of rows: DATA-4)."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    title = new.title.strip()
    if not title:
        raise ValidationError("title", QT_TR_NOOP("Enter a title."))
    _check_text("title", "The title", title, TITLE_MAX)
    _check_text("notes", "Notes", new.notes, TEXT_MAX)
    if new.type not in set(TaskType):
        raise ValidationError("type", QT_TR_NOOP("Choose to-do, call or e-mail."))
    if new.priority not in set(TaskPriority):
        raise ValidationError("priority", QT_TR_NOOP("Choose a priority."))
    if new.status not in set(TaskStatus):
        raise ValidationError("status", QT_TR_NOOP("Choose open or completed."))
    due_at, all_day = due_of(new, zone, locale)
    assignee = session.get(User, new.assignee_id or actor.id)
    if assignee is None or not assignee.is_active:
        raise ValidationError("assignee", QT_TR_NOOP("Choose someone who can sign in."))
    if all_day and assignee.id != actor.id:
        # a day is the assignee's day: their midnight, whatever the creator's zone
        due_at, all_day = due_of(new, zone_of(assignee), locale)
    records = []
    for record_id in dict.fromkeys(new.record_ids):
        try:
            records.append(get_record(session, record_id))
        except NotFound:
            raise ValidationError(
                "records", QT_TR_NOOP("An associated record was deleted.")
            ) from None
    batch = batch or ChangeBatch(session, actor.id)
    done = new.status == TaskStatus.COMPLETED
    task = writer.add(batch, Task(
        title=title, type=TaskType(new.type), priority=TaskPriority(new.priority),
        due_at=due_at, due_all_day=all_day, assignee_id=assignee.id,
        created_by_id=actor.id, notes=new.notes.strip(), status=TaskStatus(new.status),
        completed_at=batch.at if done else None,
    ))  # fmt: skip
    for record in records:
        writer.add(batch, ActivityLink(kind=ActivityKind.TASK, activity_id=task.id,
                                       record_id=record.id, at=due_at or batch.at))  # fmt: skip
    session.flush()
    return task


def find_records(session: Session, text: str) -> list[FoundRecord]:
    """Live records of any object whose name holds `text`, case and accents folded (at
    most ten, by name), found through the search index (`search.records_named`): a name
    matching nothing costs an index look-up, not a scan of every record."""
    if len(search.needle(text)) < 2:
        return []
    rows = search.records_named(session, text, FOUND_MAX)
    labels = dict(
        session.execute(
            select(ObjectType.id, ObjectType.singular).where(
                ObjectType.id.in_({row[2] for row in rows})
            )
        ).all()
    ) if rows else {}  # fmt: skip
    found = [FoundRecord(row[0], row[1], labels.get(row[2], "")) for row in rows]
    return sorted(found, key=lambda r: fold(r.name))
