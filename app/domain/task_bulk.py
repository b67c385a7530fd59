"""Bulk actions on tasks (ACT-3): Mark complete, Mark incomplete, Assign, Edit a property
and Delete over every task a view matches, in batches a worker thread runs, each batch
one transaction that writes its tasks and their change entries; and undo of the last
action, written as new changes.

Rules we chose:
- Acting needs full use (`can_edit_records`). The actor changes live tasks assigned to
  them or created by them; a holder of Manage CS settings (`can_manage_settings`) changes
  any live task. Other ids in the list (someone else's, deleted, unknown) are left alone
  and not counted as done: the Actions tab only ever passes the viewer's own tasks, so a
  stranger's id means the list went stale, not that the action should fail.
- A task the action would not change writes nothing: Mark complete leaves completed tasks
  (and their completion time) alone, Assign leaves tasks already with that user alone.
  Every changed field writes one change entry (source bulk) and bumps `updated_at`;
  each batch has its own change batch id.
- Edit offers `EDITABLE`; a due date alone is a whole-day task due at local midnight in
  the actor's zone (as the Create task panel reads it), "" clears the due date.
- Assign keeps a whole-day task on its date: due at the new assignee's local midnight.
- Undo is `task_undo.py`.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.task_query import TaskQuery, matching
from app.domain.tasks import NewTask, due_of
from app.domain.viewer import Person
from app.domain.zones import zone_named
from app.store import (
    ChangeSource,
    Task,
    TaskPriority,
    TaskStatus,
    TaskType,
    User,
)
from app.store.engine import Database

ENTITY = "tasks"
BATCH = 500


class BulkKind(enum.StrEnum):
    """The bulk actions of ACT-3."""

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    ASSIGN = "assign"
    EDIT = "edit"
    DELETE = "delete"


# The properties Edit offers, with their labels.
EDITABLE = {"type": "Type", "priority": "Priority", "due_date": "Due date"}


@dataclass(frozen=True)
class BulkAction:
    """What to do to every selected task. ASSIGN: `value` is the user id. EDIT: `field` is
    a key of EDITABLE and `value` a TaskType or TaskPriority value, a due date as typed
    (ISO, or the viewer's short form when the call passes its `locale`), or "" to clear
    the due date."""

    kind: BulkKind
    field: str = ""
    value: Any = None


@dataclass(frozen=True)
class BulkResult:
    """How a bulk run (or its undo) went: tasks changed of the ids given, the change batches
    written (for undo), and whether it stopped early."""

    done: int
    total: int
    batch_ids: tuple[uuid.UUID, ...]
    cancelled: bool


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# Columns restored together or not at all by undo.
UNDO_GROUPS = {"status": 0, "completed_at": 0, "due_at": 1, "due_all_day": 1}


def matching_ids(
    session: Session, query: TaskQuery, now: dt.datetime, tz: ZoneInfo
) -> list[uuid.UUID]:
    """Every task the view matches ("Select all N tasks"), in (due, id) order, ids only."""
    where = matching(query, now, tz, session)  # a custom view's filters need the session
    statement = select(Task.id).where(where).order_by(Task.due_at, Task.id)
    return list(session.scalars(statement))


def _new_values(
    session: Session, action: BulkAction, zone: ZoneInfo, at: dt.datetime,
    locale: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """The columns the action sets and their values; a refused value names its field."""
    try:
        kind = BulkKind(action.kind)
    except ValueError:
        raise ValidationError(
            "kind", QT_TR_NOOP("“{kind}” is not a bulk action."), kind=action.kind
        ) from None
    match kind:
        case BulkKind.COMPLETE:
            return {"status": TaskStatus.COMPLETED, "completed_at": at}
        case BulkKind.INCOMPLETE:
            return {"status": TaskStatus.OPEN, "completed_at": None}
        case BulkKind.DELETE:
            return {"deleted_at": at}
        case BulkKind.ASSIGN:
            return {"assignee_id": _assignee(session, action.value)}
    return _edited_field(action, zone, locale)


def _assignee(session: Session, value: Any) -> uuid.UUID:
    """The id of the person tasks are assigned to, who must be able to sign in."""
    try:
        user = session.get(User, uuid.UUID(str(value)))
    except ValueError:
        user = None
    if user is None or not user.is_active or user.deleted_at is not None:
        raise ValidationError("assignee", QT_TR_NOOP("Choose someone who can sign in."))
    return user.id


def _edited_field(action: BulkAction, zone: ZoneInfo, locale: str | None) -> dict[str, Any]:
    """Edit's columns: the type, the priority, or the due date (with its all-day flag),
    typed in the viewer's `locale` short form or ISO (ISO only without a locale)."""
    if action.field == "type":
        if str(action.value) not in set(TaskType):
            raise ValidationError("type", QT_TR_NOOP("Choose to-do, call or e-mail."))
        return {"type": TaskType(str(action.value))}
    if action.field == "priority":
        if str(action.value) not in set(TaskPriority):
            raise ValidationError("priority", QT_TR_NOOP("Choose a priority."))
        return {"priority": TaskPriority(str(action.value))}
    if action.field == "due_date":
        typed = NewTask(title="", due_date=str(action.value or ""))
        due_at, all_day = due_of(typed, zone, locale)
        return {"due_at": due_at, "due_all_day": all_day}
    raise ValidationError("field", QT_TR_NOOP("Choose a property to edit."))


def check_action(
    session: Session, viewer: Person, action: BulkAction, zone: ZoneInfo,
    locale: str | None = None,
) -> None:  # fmt: skip
    """Refuse an action before any batch runs: PermissionDenied without full use,
    ValidationError naming the refused field (a due date read in `locale`)."""
    permissions.actor_for(session, viewer, permissions.can_edit_records)
    _new_values(session, action, zone, dt.datetime.now(dt.UTC), locale)


def apply_batch(
    session: Session,
    viewer: Person,
    ids: Sequence[uuid.UUID],
    action: BulkAction,
    zone: ZoneInfo,
    source: ChangeSource = ChangeSource.BULK,
    locale: str | None = None,
) -> tuple[int, uuid.UUID]:
    """One batch in the caller's transaction: (tasks changed, change batch id). A single
    task changed by hand (the Schedule's Mark complete) passes `ChangeSource.USER`; an
    edited due date is read in the viewer's `locale` (ISO only without one)."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    batch = ChangeBatch(session, actor.id, source)
    values = _new_values(session, action, zone, batch.at, locale)
    ids = list(dict.fromkeys(ids))
    if not ids:
        return 0, batch.id
    columns = [getattr(Task, name) for name in values]
    statement = select(Task.id, *columns).where(Task.id.in_(ids), Task.deleted_at.is_(None))
    if not permissions.can_manage_settings(actor):
        statement = statement.where(
            or_(Task.assignee_id == actor.id, Task.created_by_id == actor.id)
        )
    if action.kind == BulkKind.COMPLETE:  # a completed task keeps its completion time
        statement = statement.where(Task.status != TaskStatus.COMPLETED)
    rows = session.execute(statement.with_for_update()).all()
    changes: dict[uuid.UUID, dict[str, tuple[Any, Any]]] = {}
    for row in rows:
        diffs = {name: (row[i + 1], new) for i, (name, new) in enumerate(values.items())}
        diffs = {name: pair for name, pair in diffs.items() if pair[0] != pair[1]}
        if diffs:
            changes[row.id] = diffs
    if action.kind == BulkKind.ASSIGN and changes:
        for task_id, old_due, new_due in _whole_days_moved(
            session, list(changes), values["assignee_id"]
        ):
            changes[task_id]["due_at"] = (old_due, new_due)
    changed = writer.set_many(batch, Task, changes)
    return changed, batch.id


def _whole_days_moved(
    session: Session, ids: Sequence[uuid.UUID], assignee_id: uuid.UUID
) -> list[tuple[uuid.UUID, dt.datetime, dt.datetime]]:
    """Whole-day tasks keep their date for a new assignee in another zone: (task, due now,
    the new assignee's midnight of that date), read before the assignee changes."""
    new_zone = zone_named(session.scalar(select(User.time_zone).where(User.id == assignee_id)))
    rows = session.execute(
        select(Task.id, Task.due_at, User.time_zone)
        .outerjoin(User, User.id == Task.assignee_id)
        .where(Task.id.in_(ids), Task.due_all_day.is_(True), Task.due_at.is_not(None))
    )
    out = []
    for task_id, due, zone_name in rows:
        assert due is not None  # selected so
        day = due.astimezone(zone_named(zone_name)).date()
        moved = dt.datetime.combine(day, dt.time(), new_zone).astimezone(dt.UTC)
        if moved != due:
            out.append((task_id, due, moved))
    return out


def run_bulk(
    db: Database,
    viewer: Person,
    ids: Sequence[uuid.UUID],
    action: BulkAction,
    zone: ZoneInfo,
    *,
    batch_size: int = BATCH,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    locale: str | None = None,
) -> BulkResult:
    """Apply `action` to `ids`, one transaction per batch (for a worker thread).

    `progress(handled, total)` follows each batch (ids handled, so it ends at the total);
    when `cancelled()` turns true the run stops between batches and the batches already
    committed stay. The result's `done` counts the tasks changed. Each batch reads the
    acting user afresh (a permission taken away mid-run stops the next batch).
    """
    ids = list(dict.fromkeys(ids))
    with db.session() as session:
        check_action(session, viewer, action, zone, locale)
    done, batch_ids = 0, list[uuid.UUID]()
    for start in range(0, len(ids), batch_size):
        if cancelled is not None and cancelled():
            return BulkResult(done, len(ids), tuple(batch_ids), True)
        chunk = ids[start : start + batch_size]
        with db.session() as session, session.begin():
            changed, batch_id = apply_batch(session, viewer, chunk, action, zone, locale=locale)
        done += changed
        if changed:
            batch_ids.append(batch_id)
        if progress is not None:
            progress(start + len(chunk), len(ids))
    return BulkResult(done, len(ids), tuple(batch_ids), False)
