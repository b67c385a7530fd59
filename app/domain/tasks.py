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

from app.domain import permissions, search, writer
from app.domain.errors import NotFound, ValidationError
from app.domain.history import ChangeBatch
from app.domain.records import get_record
from app.domain.zones import zone_of
from app.store import (
    ActivityKind,
    ActivityLink,
    ObjectType,
    Task,
    TaskPriority,
    TaskType,
    User,
    fold,
)

FOUND_MAX = 10


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


@dataclass(frozen=True)
class FoundRecord:
    """A record found by typing part of its name."""

    id: uuid.UUID
    name: str
    object_label: str


def due_of(new: NewTask, zone: ZoneInfo) -> tuple[dt.datetime | None, bool]:
    """The due instant (UTC) and whether it is a whole day."""
    date_text, time_text = new.due_date.strip(), new.due_time.strip()
    if not date_text:
        if time_text:
            raise ValidationError("due_time", "A due time needs a due date.")
        return None, False
    try:
        day = dt.date.fromisoformat(date_text)
    except ValueError:
        raise ValidationError("due_date", f"“{date_text}” is not a date (YYYY-MM-DD).") from None
    if not time_text:
        return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC), True
    try:
        at = dt.time.fromisoformat(time_text)
    except ValueError:
        raise ValidationError("due_time", f"“{time_text}” is not a time (HH:MM).") from None
    return dt.datetime.combine(day, at, zone).astimezone(dt.UTC), False


def create_task(session: Session, actor: User, new: NewTask, zone: ZoneInfo) -> Task:
    """ACT-2: a task; a refused field raises ValidationError naming it, nothing saved."""
    permissions.can_edit_records(actor).require()
    title = new.title.strip()
    if not title:
        raise ValidationError("title", "Enter a title.")
    if new.type not in set(TaskType):
        raise ValidationError("type", "Choose to-do, call or e-mail.")
    if new.priority not in set(TaskPriority):
        raise ValidationError("priority", "Choose a priority.")
    due_at, all_day = due_of(new, zone)
    assignee = session.get(User, new.assignee_id or actor.id)
    if assignee is None or not assignee.is_active:
        raise ValidationError("assignee", "Choose someone who can sign in.")
    if all_day and assignee.id != actor.id:
        # a day is the assignee's day: their midnight, whatever the creator's zone
        due_at, all_day = due_of(new, zone_of(assignee))
    records = []
    for record_id in dict.fromkeys(new.record_ids):
        try:
            records.append(get_record(session, record_id))
        except NotFound:
            raise ValidationError("records", "An associated record was deleted.") from None
    batch = ChangeBatch(session, actor.id)
    task = writer.add(batch, Task(
        title=title, type=TaskType(new.type), priority=TaskPriority(new.priority),
        due_at=due_at, due_all_day=all_day, assignee_id=assignee.id,
        created_by_id=actor.id, notes=new.notes.strip(),
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
