"""What the preview panel shows of one record (CUS-5): its properties and values (derived
ones included, OBJ-2), its associated records by object (OBJ-4), whether the viewer
follows it (OBJ-6), and its history: each change old → new, who, when, and its source
(OBJ-5)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import associations, permissions, writer
from app.domain.associations import AssociationGroup
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message, translated
from app.domain.merge import merged_ids
from app.domain.properties import PropertyInfo, as_uuid, from_json, load_properties
from app.domain.records import PIPELINE, STAGE, get_record, get_value
from app.domain.viewer import Person
from app.domain.workspace import user_names
from app.store import (
    ActivityLink,
    Call,
    Change,
    ChangeOp,
    ChangeSource,
    Email,
    Follow,
    Meeting,
    Note,
    ObjectType,
    Pipeline,
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
    values: list[tuple[PropertyInfo, Any]]  # derived (read-only) values included
    associations: list[AssociationGroup]  # one per associable object, empty ones too
    following: bool
    derived_help: dict[str, str] = field(default_factory=dict)  # key -> what it counts


# Where a change came from, as history shows it (OBJ-5): a ChangeSource, or a stage move
# (a user's change in the batch that moved the record to another stage).
STAGE_MOVE = "stage_move"
# The fields of a record's history that are not properties: its place in a pipeline and
# its tombstone (deleted, restored).
PLACEMENT = {PIPELINE: QT_TR_NOOP("Pipeline"), STAGE: QT_TR_NOOP("Stage")}
TOMBSTONE = "deleted_at"
HISTORY_MAX = 500


@dataclass(frozen=True)
class HistoryEntry:
    """One change of one field: old → new, who, when and where it came from (OBJ-5).
    Values are typed as their property holds them (`prop`), or names for a stage or
    pipeline (`prop` None); a deletion's new value is "deleted", a restore's "restored"."""

    at: Any
    old: Any
    new: Any
    who: str
    source: str  # a ChangeSource value, or STAGE_MOVE
    field: str = ""
    label: str = ""
    prop: PropertyInfo | None = None


def record_detail(session: Session, viewer: Person, record_id: uuid.UUID) -> RecordDetail:
    """The record's values in property order (derived ones computed from its
    associations), its associated records by object, and the follow state."""
    record = get_record(session, record_id)
    obj = session.get(ObjectType, record.object_type_id)
    assert obj is not None
    props = sorted(
        load_properties(session, record.object_type_id).values(), key=lambda p: p.position
    )
    derived = associations.derived_values(session, [record.id], props)[record.id]
    values = [
        (p, derived.get(p.key) if p.type == "derived" else get_value(record, p))
        for p in props
        if p.type != "derived" or p.key in derived
    ]
    plurals = {o.key: o.plural for o in associations.record_objects(session)}
    help_text = {
        p.key: associations.derivation_message(p, plurals).translated()
        for p in props
        if p.key in derived
    }
    following = session.scalar(
        select(Follow.id).where(
            Follow.user_id == viewer.id, Follow.record_id == record.id, Follow.deleted_at.is_(None)
        )
    )
    return RecordDetail(
        record.id, record.name, obj.id, obj.singular, values,
        associations.associations_of(session, record.id), bool(following), help_text,
    )  # fmt: skip


def property_history(
    session: Session, record_id: uuid.UUID, prop: PropertyInfo
) -> list[HistoryEntry]:
    """A property's changes, newest first, with who made them and where from (OBJ-5); a
    merged record's changes are part of its survivor's history (OBJ-6)."""
    return _history(session, record_id, {prop.key: prop})


def record_history(session: Session, record_id: uuid.UUID) -> list[tuple[str, HistoryEntry]]:
    """Every change of the record's properties, stage, pipeline and tombstone (its merged
    records' too), newest first, as (what changed, entry)."""
    record = session.get(Record, record_id)
    assert record is not None
    props: dict[str, PropertyInfo | None] = dict(load_properties(session, record.object_type_id))
    props.update(dict.fromkeys((PIPELINE, STAGE, TOMBSTONE)))
    return [(e.label, e) for e in _history(session, record_id, props)]


def _history(
    session: Session, record_id: uuid.UUID, fields: dict[str, PropertyInfo | None]
) -> list[HistoryEntry]:
    """The entries of `fields` (a property, or None for placement and the tombstone) of
    the record and those merged into it: one read of the entries, one of the names."""
    ids = merged_ids(session, record_id)
    changes = session.scalars(
        select(Change)
        .where(
            Change.entity == "records", Change.row_id.in_(ids), Change.field.in_(list(fields)),
            Change.op.in_((ChangeOp.SET, ChangeOp.DELETE, ChangeOp.RESTORE)),
        )
        .order_by(Change.at.desc(), Change.id.desc())
        .limit(HISTORY_MAX)
    ).all()  # fmt: skip
    names = user_names(session)
    moved = {c.batch_id for c in changes if c.field == STAGE and c.source == ChangeSource.USER}
    if STAGE not in fields and changes:  # a property set by a stage move's dialog
        moved = set(
            session.scalars(
                select(Change.batch_id).where(
                    Change.batch_id.in_({c.batch_id for c in changes}),
                    Change.entity == "records", Change.field == STAGE,
                    Change.source == ChangeSource.USER,
                )
            )
        )  # fmt: skip
    places = _place_names(session, [c for c in changes if c.field in PLACEMENT])
    out = []
    for c in changes:
        prop = fields.get(c.field)
        old: Any
        new: Any
        if c.field == TOMBSTONE:
            label, old = translated(QT_TR_NOOP("Record")), None
            new = "deleted" if c.op == ChangeOp.DELETE else "restored"
        elif c.field in PLACEMENT:
            label = translated(PLACEMENT[c.field])
            old, new = places.get(c.old_value), places.get(c.new_value)
        else:
            assert prop is not None
            label = prop.label
            old = from_json(prop, c.old_value) if c.old_value is not None else None
            new = from_json(prop, c.new_value) if c.new_value is not None else None
        source = STAGE_MOVE if c.batch_id in moved else str(c.source)
        who = names.get(c.user_id, "Tend") if c.user_id else "Tend"  # a name: not translated
        out.append(HistoryEntry(c.at, old, new, who, source, c.field, label, prop))
    return out


def _place_names(session: Session, changes: list[Change]) -> dict[Any, str]:
    """The names of the stages and pipelines entries name (by their stored text)."""
    ids = {as_uuid(v) for c in changes for v in (c.old_value, c.new_value) if v}
    ids.discard(None)
    if not ids:
        return {}
    rows = [
        *session.execute(select(Stage.id, Stage.name).where(Stage.id.in_(ids))),
        *session.execute(select(Pipeline.id, Pipeline.name).where(Pipeline.id.in_(ids))),
    ]
    found = {str(i): name for i, name in rows}
    return {
        v: found.get(str(as_uuid(v)), "a removed stage")
        for c in changes
        for v in (c.old_value, c.new_value)
        if v
    }


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
        if not value:
            return ""
        found = names.get(uuid.UUID(str(value)))
        return found if found is not None else translated(QT_TR_NOOP("a removed stage"))

    return [
        TimelineItem(
            m.at,
            "stage",
            Message(QT_TR_NOOP("Moved to {stage}"), {"stage": stage(m.new_value)}).translated(),
            Message(QT_TR_NOOP("from {stage}"), {"stage": stage(m.old_value)}).translated()
            if m.old_value
            else "",
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
        described[note.id] = (
            translated(QT_TR_NOOP("Note")),
            note.body,
            names.get(note.author_id, ""),
        )
    for mail in _rows(session, Email, by_kind.get("email")):
        described[mail.id] = (mail.subject, mail.body, names.get(mail.user_id, ""))
    for call in _rows(session, Call, by_kind.get("call")):
        minutes = Message(QT_TR_NOOP("{n} min"), {"n": call.duration_s // 60}).translated()
        described[call.id] = (
            call.title or translated(QT_TR_NOOP("Call")),
            f"{minutes}. {call.body}".strip(),
            names.get(call.user_id, ""),
        )
    for task in _rows(session, Task, by_kind.get("task")):
        state = translated(
            QT_TR_NOOP("Completed") if task.status == "completed" else QT_TR_NOOP("Open")
        )
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
