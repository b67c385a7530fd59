"""Undo of the last bulk action on tasks (ACT-3), written as new changes.

Undo reverts only the actor's own bulk entries of the given batches, newest batch first,
each as new changes (source undo, deletions restored with a RESTORE entry). A field the
user changed again since (its value is no longer the bulk's new value) is skipped, and
fields that go together (status with completion time, due date with its whole-day flag)
are restored together or not at all. A task deleted since keeps its values. Undo does not
ask again whose task it is: it puts back what the actor did.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Row, distinct, func, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.history import ChangeBatch
from app.domain.properties import to_json
from app.domain.task_bulk import (
    BATCH,
    ENTITY,
    UNDO_GROUPS,
    BulkResult,
    Cancelled,
    Progress,
)
from app.domain.viewer import Person
from app.store import Change, ChangeSource, Task, TaskPriority, TaskStatus, TaskType, User
from app.store.engine import Database


# Reading a logged JSON value back into the column's Python value.
def _when(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


_FROM_JSON: dict[str, Callable[[Any], Any]] = {
    "status": TaskStatus, "type": TaskType, "priority": TaskPriority, "assignee_id": uuid.UUID,
    "completed_at": _when, "due_at": _when, "deleted_at": _when, "due_all_day": bool,
}  # fmt: skip


def _bulk_entries(
    session: Session, actor_id: uuid.UUID, batch_id: uuid.UUID
) -> dict[uuid.UUID, list[Row[Any]]]:
    """The actor's own bulk entries of one batch, by task."""
    rows = session.execute(
        select(Change.row_id, Change.op, Change.field, Change.old_value, Change.new_value)
        .where(
            Change.batch_id == batch_id,
            Change.entity == ENTITY,
            Change.source == ChangeSource.BULK,
            Change.user_id == actor_id,
        )
        .order_by(Change.row_id, Change.id)
    )
    out: dict[uuid.UUID, list[Row[Any]]] = {}
    for row in rows:
        out.setdefault(row.row_id, []).append(row)
    return out


def _undo_chunk(
    session: Session, actor: User, entries: dict[uuid.UUID, list[Row[Any]]]
) -> tuple[int, uuid.UUID]:
    """Revert one chunk's entries in the caller's transaction: (tasks reverted, batch id)."""
    batch = ChangeBatch(session, actor.id, ChangeSource.UNDO)
    fields = {e.field for rows in entries.values() for e in rows if e.field in _FROM_JSON}
    columns = [getattr(Task, name) for name in sorted(fields | {"deleted_at"})]
    tasks = {
        row.id: row._mapping
        for row in session.execute(
            select(Task.id, *columns).where(Task.id.in_(list(entries))).with_for_update()
        )
    }
    olds = {e.old_value for rows in entries.values() for e in rows if e.field == "assignee_id"}
    users = {str(u) for u in session.scalars(select(User.id).where(User.id.in_(
        [uuid.UUID(v) for v in olds if v is not None]
    )))}  # fmt: skip
    changes: dict[uuid.UUID, dict[str, tuple[Any, Any]]] = {}
    for task_id, rows in entries.items():
        current = tasks.get(task_id)
        if current is None:
            continue
        groups: dict[object, list[Row[Any]]] = {}
        for e in rows:
            if e.field in _FROM_JSON:
                groups.setdefault(UNDO_GROUPS.get(e.field, e.field), []).append(e)
        restored: dict[str, Any] = {}
        for group in groups.values():
            if any(to_json(current[e.field]) != e.new_value for e in group):
                continue  # changed again since the bulk action: the newer value stays
            if any(e.field == "assignee_id" and e.old_value not in users | {None} for e in group):
                continue  # the old assignee is gone
            for e in group:
                restored[e.field] = (
                    None if e.old_value is None else _FROM_JSON[e.field](e.old_value)
                )
        if not restored or (current["deleted_at"] is not None and "deleted_at" not in restored):
            continue  # nothing to put back, or deleted since: left as it is
        changes[task_id] = {name: (current[name], old) for name, old in restored.items()}
    return writer.set_many(batch, Task, changes), batch.id


def undo_bulk(
    db: Database,
    viewer: Person,
    batch_ids: Sequence[uuid.UUID],
    *,
    batch_size: int = BATCH,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> BulkResult:
    """Revert the changes the actor's bulk batches made, newest batch first, a transaction
    per chunk of tasks, as new changes (source undo); progress and cancel as in `run_bulk`.
    The result's `total` is the tasks those batches changed, `done` those reverted."""
    actor_id = viewer.id
    with db.session() as session:
        permissions.actor_for(session, viewer, permissions.can_edit_records)
        per_batch = (
            select(func.count(distinct(Change.row_id)))
            .where(
                Change.batch_id.in_(list(batch_ids)),
                Change.entity == ENTITY,
                Change.source == ChangeSource.BULK,
                Change.user_id == actor_id,
            )
            .group_by(Change.batch_id)
        )
        total = sum(session.scalars(per_batch))
    done, handled, written = 0, 0, list[uuid.UUID]()
    for bulk_batch in reversed(list(dict.fromkeys(batch_ids))):
        with db.session() as session:
            entries = _bulk_entries(session, actor_id, bulk_batch)
        task_ids = list(entries)
        for start in range(0, len(task_ids), batch_size):
            if cancelled is not None and cancelled():
                return BulkResult(done, total, tuple(written), True)
            chunk = {t: entries[t] for t in task_ids[start : start + batch_size]}
            with db.session() as session, session.begin():
                actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
                reverted, batch_id = _undo_chunk(session, actor, chunk)
            done += reverted
            handled += len(chunk)
            if reverted:
                written.append(batch_id)
            if progress is not None:
                progress(handled, total)
    return BulkResult(done, total, tuple(written), False)
