"""Merging two records (OBJ-6): one survives; the other's associations, activities,
follows and feed move to it, its values fill the survivor's empty properties, and it is
tombstoned pointing at the survivor, whose history then includes both."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.activities import ACTIVE
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import load_properties
from app.domain.records import get_record, get_value, update_record
from app.domain.viewer import Person
from app.store import (
    ActivityLink,
    Association,
    ChangeOp,
    ChangeSource,
    FeedEvent,
    Follow,
    MeetingAttendee,
    Record,
)


def merged_ids(session: Session, record_id: uuid.UUID) -> list[uuid.UUID]:
    """The record and every record merged into it, however many merges deep."""
    ids, frontier = [record_id], [record_id]
    while frontier:
        frontier = list(
            session.scalars(select(Record.id).where(Record.merged_into_id.in_(frontier)))
        )
        ids += frontier
    return ids


def merge_records(
    session: Session, viewer: Person, survivor_id: uuid.UUID, other_id: uuid.UUID
) -> Record:
    """Merge `other` into `survivor` in the caller's transaction; returns the survivor."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    if survivor_id == other_id:
        raise ValidationError("record", QT_TR_NOOP("Choose another record to merge with."))
    survivor = get_record(session, survivor_id, for_update=True)
    other = get_record(session, other_id, for_update=True)
    if survivor.object_type_id != other.object_type_id:
        raise ValidationError(
            "record", QT_TR_NOOP("Only records of the same object can be merged.")
        )
    batch = ChangeBatch(session, actor.id, ChangeSource.MERGE)

    # The other's values fill what the survivor lacks; the survivor's values win.
    props = load_properties(session, survivor.object_type_id)
    fill = {
        key: get_value(other, prop)
        for key, prop in props.items()
        if not prop.is_read_only
        and get_value(survivor, prop) in (None, "", [])
        and get_value(other, prop) not in (None, "", [])
    }
    if fill:
        update_record(session, actor, survivor, fill, source=ChangeSource.MERGE, batch=batch)

    _move_associations(batch, survivor.id, other.id)
    _move_unique(
        batch, ActivityLink, survivor.id, other.id, lambda row: (row.kind, row.activity_id)
    )
    _move_unique(batch, Follow, survivor.id, other.id, lambda row: row.user_id)
    for column in (FeedEvent.contact_id, FeedEvent.company_id, MeetingAttendee.contact_id):
        moving = session.scalars(select(column.class_.id).where(column == other.id)).all()
        writer.set_many(
            batch, column.class_, {i: {column.key: (other.id, survivor.id)} for i in moving}
        )
    if other.last_activity_at and (
        survivor.last_activity_at is None or other.last_activity_at > survivor.last_activity_at
    ):
        writer.set_fields(
            batch, survivor, {"last_activity_at": other.last_activity_at},
            names={"last_activity_at": ACTIVE},
        )  # fmt: skip

    writer.set_fields(batch, other, {"merged_into_id": survivor.id, "deleted_at": batch.at})
    batch.log("records", other.id, ChangeOp.DELETE, "merged_into", None, survivor.id,
              object_type_id=other.object_type_id)  # fmt: skip
    batch.log("records", survivor.id, ChangeOp.SET, "merged_from", None, other.id,
              object_type_id=survivor.object_type_id)  # fmt: skip
    session.flush()
    return survivor


def _move_associations(batch: ChangeBatch, survivor: uuid.UUID, other: uuid.UUID) -> None:
    """Re-point the other's live associations to the survivor; one to itself, or one the
    survivor has already (live or tombstoned: the pair is unique), is tombstoned, and a
    tombstoned one of the survivor's that the other had live comes back."""
    session = batch.session
    theirs = or_(Association.from_record_id == survivor, Association.to_record_id == survivor)
    existing: dict[frozenset[uuid.UUID], Association] = {
        frozenset((a.from_record_id, a.to_record_id)): a
        for a in session.scalars(select(Association).where(theirs))
    }
    moving = session.scalars(
        select(Association).where(
            or_(Association.from_record_id == other, Association.to_record_id == other),
            Association.deleted_at.is_(None),
        )
    ).all()
    for assoc in moving:
        ends = (
            survivor if assoc.from_record_id == other else assoc.from_record_id,
            survivor if assoc.to_record_id == other else assoc.to_record_id,
        )
        kept = existing.get(frozenset(ends))
        if ends[0] == ends[1] or kept is not None:
            writer.tombstone(batch, assoc)
            if kept is not None:
                writer.restore(batch, kept)
            continue
        writer.set_fields(batch, assoc, {"from_record_id": ends[0], "to_record_id": ends[1]})
        existing[frozenset(ends)] = assoc
    session.flush()


def _move_unique(batch: ChangeBatch, model: Any, survivor: uuid.UUID, other: uuid.UUID,
                 key: Callable[[Any], Any]) -> None:  # fmt: skip
    """Re-point the other's live rows of `model` (by `record_id`) to the survivor; one the
    survivor has already is tombstoned (and the survivor's brought back if tombstoned)."""
    session = batch.session
    kept = {
        key(row): row for row in session.scalars(select(model).where(model.record_id == survivor))
    }
    live = select(model).where(model.record_id == other, model.deleted_at.is_(None))
    for row in session.scalars(live).all():
        same = kept.get(key(row))
        if same is not None:
            writer.tombstone(batch, row)
            writer.restore(batch, same)
        else:
            writer.set_fields(batch, row, {"record_id": survivor})
            kept[key(row)] = row
    session.flush()
