"""Undo import (DATA-4): the records, tasks and links an import created are tombstoned
(restorable like any delete), and the values it changed are put back, as new changes of
source undo, a write transaction per chunk of records.

Only the actor's own import batches are undone. A value changed again since the import
(it no longer holds what the import wrote) keeps its newer value; a record deleted since
is left as it is."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, records, writer
from app.domain.csv_import.run import Cancelled, Progress
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.properties import from_json, load_properties, to_json
from app.domain.viewer import Person
from app.store import ActivityLink, Association, Change, ChangeOp, ChangeSource, Record, Task
from app.store.engine import Database

CHUNK = 1000
# What an import creates, links first: records and their companies' associations, tasks
# and their links to the records they name.
_MODELS: dict[str, Any] = {
    "associations": Association, "activity_links": ActivityLink, records.ENTITY: Record,
    "tasks": Task,
}  # fmt: skip


@dataclass(frozen=True)
class UndoReport:
    """Records removed (created by the import), records restored (updated by it), records
    left alone (changed or deleted since), the undo's batches, and whether it stopped."""

    removed: int
    restored: int
    kept: int
    batch_ids: tuple[uuid.UUID, ...]
    cancelled: bool


@dataclass
class _Entries:
    created: dict[str, list[uuid.UUID]]  # entity -> ids created
    updated: dict[uuid.UUID, dict[str, tuple[Any, Any]]]  # record -> field -> (old, new) JSON


def _entries(session: Session, actor_id: uuid.UUID, batch_ids: Sequence[uuid.UUID]) -> _Entries:
    rows = session.execute(
        select(Change.entity, Change.row_id, Change.op, Change.field, Change.old_value,
               Change.new_value)
        .where(
            Change.batch_id.in_(list(batch_ids)),
            Change.source == ChangeSource.IMPORT,
            Change.user_id == actor_id,
        )
        .order_by(Change.at, Change.id)
    )  # fmt: skip
    created: dict[str, list[uuid.UUID]] = {}
    made: set[uuid.UUID] = set()
    updated: dict[uuid.UUID, dict[str, tuple[Any, Any]]] = {}
    for entity, row_id, op, field, old, new in rows:
        if op == ChangeOp.CREATE:
            created.setdefault(entity, []).append(row_id)
            made.add(row_id)
        elif entity == records.ENTITY and op == ChangeOp.SET and row_id not in made:
            fields = updated.setdefault(row_id, {})
            first_old = fields[field][0] if field in fields else old
            fields[field] = (first_old, new)
    return _Entries(created, updated)


def _remove(session: Session, batch: ChangeBatch, model: Any, ids: list[uuid.UUID]) -> int:
    """Tombstone the live rows among `ids`; a link's records are told it went."""
    live = list(session.scalars(
        select(model.id).where(model.id.in_(ids), model.deleted_at.is_(None)).with_for_update()
    ))  # fmt: skip
    if model is Association and live:
        ends = session.execute(
            select(Association.from_record_id, Association.to_record_id).where(
                Association.id.in_(live)
            )
        )
        writer.note_records(batch, {end for pair in ends for end in pair})
    return writer.set_many(batch, model, {i: {"deleted_at": (None, batch.at)} for i in live})


def _restore(
    session: Session,
    viewer: Person,
    batch: ChangeBatch,
    changes: dict[uuid.UUID, dict[str, tuple[Any, Any]]],
) -> tuple[int, int]:
    """Put back the old values of updated records where they still hold the import's."""
    restored = kept = 0
    props_of: dict[uuid.UUID, Any] = {}
    for record_id, fields in changes.items():
        record = session.get(Record, record_id, with_for_update=True, populate_existing=True)
        if record is None or record.deleted_at is not None:
            kept += 1
            continue
        if record.object_type_id not in props_of:
            props_of[record.object_type_id] = load_properties(session, record.object_type_id)
        props = props_of[record.object_type_id]
        back: dict[str, Any] = {}
        for key, (old, new) in fields.items():
            if key in (records.PIPELINE, records.STAGE):
                current = getattr(record, f"{key}_id")
                if to_json(current) == new:
                    back[key] = None if old is None else uuid.UUID(old)
                continue
            prop = props.get(key)
            if prop is not None and to_json(records.get_value(record, prop)) == new:
                back[key] = from_json(prop, old)
        if not back:
            kept += 1
            continue
        try:
            records.update_record(
                session, viewer, record, back, source=ChangeSource.UNDO, batch=batch
            )
            restored += 1
        except ValidationError:
            kept += 1
    return restored, kept


def undo_import(
    db: Database,
    viewer: Person,
    batch_ids: Sequence[uuid.UUID],
    *,
    chunk_size: int = CHUNK,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> UndoReport:
    """Undo the actor's import batches: what they created removed, what they updated put
    back (progress and cancel as for the import; the chunks done stay done)."""
    with db.session() as session:
        actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
        found = _entries(session, actor.id, batch_ids)
    work: list[tuple[str, list[uuid.UUID]]] = []
    for entity in _MODELS:
        ids = found.created.get(entity, [])
        work += [(entity, ids[i : i + chunk_size]) for i in range(0, len(ids), chunk_size)]
    updated = list(found.updated)
    work += [("update", updated[i : i + chunk_size]) for i in range(0, len(updated), chunk_size)]
    total = sum(len(ids) for _e, ids in work)
    removed = restored = kept = done = 0
    written: list[uuid.UUID] = []
    for entity, ids in work:
        if cancelled is not None and cancelled():
            return UndoReport(removed, restored, kept, tuple(written), True)
        with db.write_session() as session:
            actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
            batch = ChangeBatch(session, actor.id, ChangeSource.UNDO)
            if entity == "update":
                back, left = _restore(session, viewer, batch, {i: found.updated[i] for i in ids})
                restored, kept = restored + back, kept + left
                changed = back
            else:
                model = _MODELS[entity]
                changed = _remove(session, batch, model, ids)
                if model in (Record, Task):
                    removed += changed
                    kept += len(ids) - changed
        if changed:
            written.append(batch.id)
        done += len(ids)
        if progress is not None:
            progress("Undoing the import", done / max(total, 1))
    return UndoReport(removed, restored, kept, tuple(written), False)
