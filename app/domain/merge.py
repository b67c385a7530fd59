"""Merging two records (OBJ-6): one survives; the other's associations, activities,
follows and feed move to it, its values fill the survivor's empty properties, and it is
tombstoned pointing at the survivor, whose history then includes both."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from app.domain import permissions
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.properties import load_properties
from app.domain.records import get_record, get_value, update_record
from app.store import (
    ActivityLink,
    Association,
    ChangeOp,
    ChangeSource,
    FeedEvent,
    Follow,
    MeetingAttendee,
    Record,
    User,
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
    session: Session, actor: User, survivor_id: uuid.UUID, other_id: uuid.UUID
) -> Record:
    """Merge `other` into `survivor` in the caller's transaction; returns the survivor."""
    permissions.can_edit_records(actor).require()
    if survivor_id == other_id:
        raise ValidationError("record", "Choose another record to merge with.")
    survivor = get_record(session, survivor_id, for_update=True)
    other = get_record(session, other_id, for_update=True)
    if survivor.object_type_id != other.object_type_id:
        raise ValidationError("record", "Only records of the same object can be merged.")
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

    _move_associations(session, survivor.id, other.id)
    _move_unique(session, ActivityLink, "record_id", survivor.id, other.id,
                 lambda row: (row.kind, row.activity_id))  # fmt: skip
    _move_unique(session, Follow, "record_id", survivor.id, other.id, lambda row: row.user_id)
    for column in (FeedEvent.contact_id, FeedEvent.company_id, MeetingAttendee.contact_id):
        session.execute(
            update(column.class_).where(column == other.id).values({column.key: survivor.id})
        )
    if other.last_activity_at and (
        survivor.last_activity_at is None or other.last_activity_at > survivor.last_activity_at
    ):
        survivor.last_activity_at = other.last_activity_at

    other.merged_into_id = survivor.id
    other.deleted_at = batch.at
    batch.log("records", other.id, ChangeOp.DELETE, "merged_into", None, survivor.id)
    batch.log("records", survivor.id, ChangeOp.SET, "merged_from", None, other.id)
    session.flush()
    return survivor


def _move_associations(session: Session, survivor: uuid.UUID, other: uuid.UUID) -> None:
    existing = {
        (a.from_record_id, a.to_record_id)
        for a in session.scalars(
            select(Association).where(
                or_(Association.from_record_id == survivor, Association.to_record_id == survivor)
            )
        )
    }
    linked = existing | {(b, a) for a, b in existing}
    moving = session.scalars(
        select(Association).where(
            or_(Association.from_record_id == other, Association.to_record_id == other)
        )
    ).all()
    for assoc in moving:
        ends = (
            survivor if assoc.from_record_id == other else assoc.from_record_id,
            survivor if assoc.to_record_id == other else assoc.to_record_id,
        )
        if ends[0] == ends[1] or ends in linked:
            session.delete(assoc)  # a link to itself, or one the survivor already has
            continue
        assoc.from_record_id, assoc.to_record_id = ends
        linked |= {ends, (ends[1], ends[0])}
    session.flush()


def _move_unique(session, model, column: str, survivor, other, key) -> None:
    """Re-point rows of `model` from other to survivor, dropping ones the survivor has."""
    kept = {
        key(row) for row in session.scalars(select(model).where(getattr(model, column) == survivor))
    }
    for row in session.scalars(select(model).where(getattr(model, column) == other)).all():
        if key(row) in kept:
            session.delete(row)
        else:
            setattr(row, column, survivor)
            kept.add(key(row))
    session.flush()
