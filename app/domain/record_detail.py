"""What the preview panel shows of one record (CUS-5): its properties and values, its
associated records by object, whether the viewer follows it (OBJ-6), and a property's
history (OBJ-5)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.history import ChangeBatch, history_of
from app.domain.merge import merged_ids
from app.domain.properties import PropertyInfo, from_json, load_properties
from app.domain.records import get_record, get_value
from app.domain.viewer import Person
from app.domain.workspace import user_names
from app.store import (
    ActivityLink,
    Association,
    Call,
    Change,
    ChangeOp,
    Email,
    Follow,
    Meeting,
    Note,
    ObjectType,
    Record,
    Stage,
    Task,
)

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class RecordDetail:
    """A record as the preview panel shows it."""

    id: uuid.UUID
    name: str
    object_type_id: uuid.UUID
    object_singular: str
    values: list[tuple[PropertyInfo, Any]]
    associations: dict[str, list[tuple[uuid.UUID, str]]]  # object plural -> records
    following: bool


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one property, for "Details"."""

    at: Any
    old: Any
    new: Any
    who: str
    source: str


def record_detail(session: Session, viewer: Person, record_id: uuid.UUID) -> RecordDetail:
    """The record's values in property order, its associations and the follow state."""
    record = get_record(session, record_id)
    obj = session.get(ObjectType, record.object_type_id)
    assert obj is not None
    props = sorted(
        load_properties(session, record.object_type_id).values(), key=lambda p: p.position
    )
    values = [(p, get_value(record, p)) for p in props if p.type != "derived"]
    other = Record.__table__.alias("other")
    rows = session.execute(
        select(ObjectType.plural, other.c.id, other.c.name)
        .select_from(Association)
        .join(
            other,
            or_(
                and_(
                    Association.from_record_id == record.id, other.c.id == Association.to_record_id
                ),
                and_(
                    Association.to_record_id == record.id, other.c.id == Association.from_record_id
                ),
            ),
        )
        .join(ObjectType, ObjectType.id == other.c.object_type_id)
        .where(Association.deleted_at.is_(None), other.c.deleted_at.is_(None))
        .order_by(ObjectType.position, other.c.name)
    )
    associations: dict[str, list[tuple[uuid.UUID, str]]] = {}
    for plural, rid, name in rows:
        associations.setdefault(plural, []).append((rid, name))
    following = session.scalar(
        select(Follow.id).where(
            Follow.user_id == viewer.id, Follow.record_id == record.id, Follow.deleted_at.is_(None)
        )
    )
    return RecordDetail(
        record.id, record.name, obj.id, obj.singular, values, associations, bool(following)
    )


def property_history(
    session: Session, record_id: uuid.UUID, prop: PropertyInfo
) -> list[HistoryEntry]:
    """A property's changes, newest first, with who made them (OBJ-5); a merged record's
    changes are part of its survivor's history (OBJ-6)."""
    names = user_names(session)
    entries = [
        change
        for row_id in merged_ids(session, record_id)
        for change in history_of(session, "records", row_id, prop.key)
    ]
    entries.sort(key=lambda c: (c.at, c.id), reverse=True)
    return [
        HistoryEntry(
            c.at,
            from_json(prop, c.old_value) if c.old_value is not None else None,
            from_json(prop, c.new_value) if c.new_value is not None else None,
            names.get(c.user_id, "Tend") if c.user_id else "Tend",
            str(c.source),
        )
        for c in entries
        if c.op == ChangeOp.SET
    ]


def set_following(session: Session, viewer: Person, record_id: uuid.UUID, follow: bool) -> None:
    """Follow or unfollow a record (OBJ-6); a tombstoned follow comes back to life."""
    actor = permissions.actor_for(session, viewer, permissions.can_follow_records)
    get_record(session, record_id)
    row = session.scalar(
        select(Follow).where(Follow.user_id == actor.id, Follow.record_id == record_id)
    )
    batch = ChangeBatch(session, actor.id)
    if follow:
        if row is None:
            writer.add(batch, Follow(user_id=actor.id, record_id=record_id))
        else:
            writer.restore(batch, row)
    elif row is not None:
        writer.tombstone(batch, row)
    session.flush()


@dataclass(frozen=True)
class TimelineItem:
    """One activity on a record's timeline."""

    at: Any
    kind: str  # note, email, call, task, meeting
    title: str
    detail: str
    who: str


def timeline(session: Session, record_id: uuid.UUID, limit: int = 200) -> list[TimelineItem]:
    """The record's activities and stage moves (its merged records' too), newest first
    (CUS-5 record page)."""
    ids = merged_ids(session, record_id)
    items = _activities(session, ids, limit) + _stage_moves(session, ids, limit)
    items.sort(key=lambda item: item.at or _EPOCH, reverse=True)
    return items[:limit]


def _stage_moves(session: Session, ids: list[uuid.UUID], limit: int) -> list[TimelineItem]:
    """Each time the record entered a stage (OBJ-3), from its change entries."""
    moves = session.scalars(
        select(Change)
        .where(
            Change.entity == "records", Change.row_id.in_(ids), Change.field == "stage",
            Change.op == ChangeOp.SET, Change.new_value.is_not(None),
        )
        .order_by(Change.at.desc())
        .limit(limit)
    ).all()  # fmt: skip
    stage_ids = {uuid.UUID(str(v)) for m in moves for v in (m.old_value, m.new_value) if v}
    rows = session.execute(select(Stage.id, Stage.name).where(Stage.id.in_(stage_ids)))
    names = {stage_id: name for stage_id, name in rows} if stage_ids else {}
    people = user_names(session)

    def stage(value: Any) -> str:
        return names.get(uuid.UUID(str(value)), "a removed stage") if value else ""

    return [
        TimelineItem(
            m.at,
            "stage",
            f"Moved to {stage(m.new_value)}",
            f"from {stage(m.old_value)}" if m.old_value else "",
            people.get(m.user_id, "") if m.user_id else "",
        )
        for m in moves
    ]


def _activities(session: Session, ids: list[uuid.UUID], limit: int) -> list[TimelineItem]:
    """The activities linked to the records, newest first."""
    links = session.execute(
        select(ActivityLink.kind, ActivityLink.activity_id, ActivityLink.at)
        .where(ActivityLink.record_id.in_(ids), ActivityLink.deleted_at.is_(None))
        .order_by(ActivityLink.at.desc())
        .limit(limit)
    ).all()
    names = user_names(session)
    by_kind: dict[str, list[uuid.UUID]] = {}
    for kind, activity_id, _at in links:
        by_kind.setdefault(str(kind), []).append(activity_id)
    described: dict[uuid.UUID, tuple[str, str, str]] = {}
    for note in _rows(session, Note, by_kind.get("note")):
        described[note.id] = ("Note", note.body, names.get(note.author_id, ""))
    for mail in _rows(session, Email, by_kind.get("email")):
        described[mail.id] = (mail.subject, mail.body, names.get(mail.user_id, ""))
    for call in _rows(session, Call, by_kind.get("call")):
        minutes = f"{call.duration_s // 60} min"
        described[call.id] = (
            call.title or "Call",
            f"{minutes}. {call.body}".strip(),
            names.get(call.user_id, ""),
        )
    for task in _rows(session, Task, by_kind.get("task")):
        state = "Completed" if task.status == "completed" else "Open"
        described[task.id] = (task.title, state, names.get(task.assignee_id, ""))
    for meeting in _rows(session, Meeting, by_kind.get("meeting")):
        described[meeting.id] = (
            meeting.title,
            meeting.link or meeting.location,
            names.get(meeting.organizer_id, ""),
        )
    return [
        TimelineItem(at, str(kind), *described[activity_id])
        for kind, activity_id, at in links
        if activity_id in described
    ]


def _rows(session: Session, model: Any, ids: list[uuid.UUID] | None) -> list[Any]:
    if not ids:
        return []
    return list(session.scalars(select(model).where(model.id.in_(ids), model.deleted_at.is_(None))))


def record_history(session: Session, record_id: uuid.UUID) -> list[tuple[str, HistoryEntry]]:
    """Every property change of the record (and its merged records), newest first."""
    record = session.get(Record, record_id)
    assert record is not None
    props = load_properties(session, record.object_type_id)
    out = [(p.label, e) for p in props.values() for e in property_history(session, record_id, p)]
    out.sort(key=lambda pair: pair[1].at, reverse=True)
    return out
