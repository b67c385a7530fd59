"""Associations between records (OBJ-4) and the read-only values derived from them (OBJ-2).

An association is one row joining two records of any objects, read both ways. The preview
panel lists a record's associated records by object, adds one found by typing (name,
domain or e-mail, through the search index) and removes one (a tombstone: adding the
same pair again brings the row back). Derived properties (`PropertyType.DERIVED`, their
`derivation` saying what to count or sum) are computed in SQL: one GROUP BY over the
records' associations gives, per record, object and open/closed stage, how many
associated records there are and their amounts' total.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from app.domain import permissions, search, writer
from app.domain.catalog import ACTIVITY_OBJECTS
from app.domain.errors import NotFound, ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.properties import PropertyInfo
from app.domain.records import get_record
from app.domain.viewer import Person
from app.store import Association, ObjectType, Record, Stage, fold

ACTIVITY_KEYS = frozenset(spec.key for spec in ACTIVITY_OBJECTS)
FOUND_MAX = 10


@dataclass(frozen=True)
class Associated:
    """One associated record as a section lists it."""

    record_id: uuid.UUID
    name: str
    detail: str  # its domain or e-mail


@dataclass(frozen=True)
class AssociationGroup:
    """A record's associated records of one object (a section of the preview panel)."""

    object_type_id: uuid.UUID
    key: str
    singular: str
    plural: str
    records: tuple[Associated, ...]


def record_objects(session: Session) -> list[ObjectType]:
    """The objects whose records can be associated (activities have links of their own)."""
    objects = session.scalars(
        select(ObjectType).where(ObjectType.deleted_at.is_(None)).order_by(ObjectType.position)
    )
    return [o for o in objects if o.key not in ACTIVITY_KEYS]


def _pair(a: uuid.UUID, b: uuid.UUID) -> Any:
    """The association rows joining `a` and `b`, whichever way they were stored."""
    return or_(
        and_(Association.from_record_id == a, Association.to_record_id == b),
        and_(Association.from_record_id == b, Association.to_record_id == a),
    )


def _others(record_ids: Sequence[uuid.UUID]) -> Any:
    """(record, associated record) for each live association of the records, both ways."""
    live = Association.deleted_at.is_(None)
    return union_all(
        select(Association.from_record_id.label("me"), Association.to_record_id.label("other"))
        .where(Association.from_record_id.in_(record_ids), live),
        select(Association.to_record_id.label("me"), Association.from_record_id.label("other"))
        .where(Association.to_record_id.in_(record_ids), live),
    ).subquery()  # fmt: skip


def associations_of(session: Session, record_id: uuid.UUID) -> list[AssociationGroup]:
    """A record's live associated records, one group per associable object (empty ones
    too, so each section can add), by object position and name."""
    ends = _others([record_id])
    rows = session.execute(
        select(Record.object_type_id, Record.id, Record.name, Record.search_key)
        .join(ends, ends.c.other == Record.id)
        .where(Record.deleted_at.is_(None))
        .order_by(Record.name)
    ).all()
    by_object: dict[uuid.UUID, list[Associated]] = {}
    seen: set[uuid.UUID] = set()
    for object_type_id, rid, name, key in rows:
        if rid in seen or rid == record_id:
            continue
        seen.add(rid)
        by_object.setdefault(object_type_id, []).append(Associated(rid, name, key or ""))
    return [
        AssociationGroup(o.id, o.key, o.singular, o.plural, tuple(by_object.get(o.id, ())))
        for o in record_objects(session)
    ]


def associate(
    session: Session, viewer: Person, record_id: uuid.UUID, other_id: uuid.UUID
) -> Association:
    """Associate two live records (OBJ-4); a removed association of the pair comes back."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    if record_id == other_id:
        raise ValidationError("record", QT_TR_NOOP("A record cannot be associated with itself."))
    record = get_record(session, record_id, for_update=True)
    other = get_record(session, other_id, for_update=True)
    rows = session.scalars(select(Association).where(_pair(record.id, other.id))).all()
    batch = ChangeBatch(session, actor.id)
    live = [row for row in rows if row.deleted_at is None]
    if live:
        raise ValidationError(
            "record", QT_TR_NOOP("{name} is already associated."), name=other.name
        )
    if rows:
        writer.restore(batch, rows[0])
        found = rows[0]
    else:
        found = writer.add(batch, Association(from_record_id=record.id, to_record_id=other.id))
    session.flush()
    return found


def dissociate(session: Session, viewer: Person, record_id: uuid.UUID, other_id: uuid.UUID) -> int:
    """Remove the association of two records (a tombstone, so it can come back); how many
    rows were removed (0 when they were not associated)."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    rows = session.scalars(
        select(Association).where(_pair(record_id, other_id), Association.deleted_at.is_(None))
    ).all()
    if not rows:
        raise NotFound(QT_TR_NOOP("These records are not associated any more."))
    batch = ChangeBatch(session, actor.id)
    removed = sum(writer.tombstone(batch, row) for row in rows)
    session.flush()
    return removed


def find_to_associate(
    session: Session, record_id: uuid.UUID, object_type_id: uuid.UUID, text: str
) -> list[Associated]:
    """Up to ten live records of the object whose name or search key (domain, e-mail)
    holds `text` (folded), not the record itself nor those already associated, by name."""
    condition = search.records_matching(session, text)
    if condition is None:
        return []
    ends = _others([record_id])
    taken = select(ends.c.other)
    rows = session.execute(
        select(Record.id, Record.name, Record.search_key)
        .where(
            Record.object_type_id == object_type_id,
            Record.deleted_at.is_(None),
            Record.id != record_id,
            Record.id.not_in(taken),
            condition,
        )
        .order_by(Record.name)
        .limit(FOUND_MAX)
    ).all()
    found = [Associated(rid, name, key or "") for rid, name, key in rows]
    return sorted(found, key=lambda r: fold(r.name))


# ---- association-derived values (OBJ-2) ---------------------------------------------------


def derived_values(
    session: Session, record_ids: Iterable[uuid.UUID], props: Iterable[PropertyInfo]
) -> dict[uuid.UUID, dict[str, Any]]:
    """Each record's values of the derived properties among `props`: a count of associated
    records of an object (`{"count": "deals"}`, with `"open": True` only those not in a
    closed stage) or the total of their amounts (`{"sum": "deals", "open": True}`, in
    minor units). One GROUP BY for all the records and properties."""
    derived = [p for p in props if p.type == "derived" and p.derivation]
    ids = list(dict.fromkeys(record_ids))
    out: dict[uuid.UUID, dict[str, Any]] = {rid: {} for rid in ids}
    if not derived or not ids:
        return out
    keys = dict(session.execute(select(ObjectType.key, ObjectType.id)).all())
    ends = _others(ids)
    closed = func.coalesce(Stage.is_closed, False).label("closed")
    totals = session.execute(
        select(
            ends.c.me, Record.object_type_id, closed,
            func.count(func.distinct(Record.id)), func.sum(Record.amount_minor),
        )
        .join(Record, Record.id == ends.c.other)
        .outerjoin(Stage, Stage.id == Record.stage_id)
        .where(Record.deleted_at.is_(None))
        .group_by(ends.c.me, Record.object_type_id, closed)
    ).all()  # fmt: skip
    found: dict[tuple[uuid.UUID, uuid.UUID], list[tuple[bool, int, int]]] = {}
    for me, object_type_id, is_closed, count, amount in totals:
        found.setdefault((me, object_type_id), []).append((bool(is_closed), count, amount or 0))
    for prop in derived:
        rule = dict(prop.derivation)
        counting = "count" in rule
        target = keys.get(str(rule.get("count") or rule.get("sum")))
        for rid in ids:
            parts = [
                (count, amount)
                for is_closed, count, amount in (found.get((rid, target), []) if target else [])
                if not (rule.get("open") and is_closed)
            ]
            out[rid][prop.key] = sum(c if counting else a for c, a in parts)
    return out


def derived_sql(prop: PropertyInfo) -> Any:
    """A derived property's value as a correlated SQL expression on `records` (a table's
    column and sort): the same count or total as `derived_values`, one index look-up per
    direction of the association for each row read."""
    return _derived_sql(prop.derivation)


@functools.lru_cache(maxsize=64)
def _derived_sql(derivation: tuple[tuple[str, Any], ...]) -> Any:
    # Built once per rule (Core aliases: building ORM ones for every page cost 15 ms).
    rule = dict(derivation)
    counting = "count" in rule
    links = cast(Table, Association.__table__)
    records = cast(Table, Record.__table__)
    target = (
        select(ObjectType.id)
        .where(ObjectType.key == str(rule.get("count") or rule.get("sum")))
        .scalar_subquery()
    )
    parts = []
    for mine, theirs in (("from_record_id", "to_record_id"), ("to_record_id", "from_record_id")):
        other = records.alias()
        value = func.count(other.c.id) if counting else func.sum(other.c.amount_minor)
        part = (
            select(value)
            .select_from(links.join(other, other.c.id == links.c[theirs]))
            .where(
                links.c[mine] == records.c.id, links.c.deleted_at.is_(None),
                other.c.deleted_at.is_(None), other.c.object_type_id == target,
            )
        )  # fmt: skip
        if rule.get("open"):
            stage = cast(Table, Stage.__table__).alias()
            part = part.outerjoin(stage, stage.c.id == other.c.stage_id).where(
                func.coalesce(stage.c.is_closed, False).is_(False)
            )
        parts.append(func.coalesce(part.correlate(records).scalar_subquery(), 0))
    return parts[0] + parts[1]


def derivation_message(prop: PropertyInfo, plurals: Mapping[str, str]) -> Message:
    """What a derived property counts or sums, for its tooltip."""
    rule = dict(prop.derivation)
    plural = plurals.get(rule.get("count") or rule.get("sum") or "")
    objects = plural.lower() if plural is not None else Message(QT_TR_NOOP("records"))
    if "count" in rule:
        template = (
            QT_TR_NOOP("The number of open {objects}, from the record's associations.")
            if rule.get("open")
            else QT_TR_NOOP("The number of associated {objects}, from the record's associations.")
        )
    else:
        template = (
            QT_TR_NOOP("The total amount of open {objects}, from the record's associations.")
            if rule.get("open")
            else QT_TR_NOOP(
                "The total amount of associated {objects}, from the record's associations."
            )
        )
    return Message(template, {"objects": objects})


def derivation_text(prop: PropertyInfo, plurals: Mapping[str, str]) -> str:
    """What a derived property counts or sums, for its tooltip (in English)."""
    return str(derivation_message(prop, plurals))
