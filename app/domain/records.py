"""The one write path for records (DESIGN "one write path", OBJ-5).

Every create, update and delete of a record goes through these functions: they check
the actor's permission, validate each value against its property, apply it to the
promoted column or the `props` bag, and write the field-level change entries, all in
the caller's transaction, so the user action is saved whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import NotFound, PermissionDenied, ValidationError, ValidationErrors
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import (
    PropertyInfo,
    as_uuid,
    coerce,
    from_json,
    load_properties,
    to_json,
)
from app.domain.viewer import Person
from app.domain.zones import zone_of
from app.store import (
    Change,
    ChangeOp,
    ChangeSource,
    ObjectType,
    Pipeline,
    PropertyDefinition,
    Record,
    Stage,
    StageRequiredProperty,
    User,
    new_id,
)

ENTITY = "records"
# Pipeline placement is set through these two keys; they are not property definitions.
PIPELINE, STAGE = "pipeline", "stage"


def _actor(session: Session, viewer: Person) -> User:
    """The acting user, allowed to edit records (PERM-3, PERM-6)."""
    return permissions.actor_for(session, viewer, permissions.can_edit_records)


def _batch(
    session: Session, actor: User, batch: ChangeBatch | None, source: ChangeSource
) -> ChangeBatch:
    """The action's batch: the caller's, which must be the actor's, or a new one (made after
    the record is locked, so its time follows the lock)."""
    if batch is None:
        return ChangeBatch(session, actor.id, source)
    if batch.user_id != actor.id:
        raise PermissionDenied(QT_TR_NOOP("A change is written in its own user's batch."))
    return batch


def get_value(record: Record, prop: PropertyInfo) -> Any:
    """A record's current value of a property, in its Python form."""
    if prop.column:
        return getattr(record, prop.column)
    return from_json(prop, (record.props or {}).get(prop.key))


def _set_value(record: Record, prop: PropertyInfo, value: Any) -> None:
    if prop.column:
        setattr(record, prop.column, value)
        return
    props = dict(record.props or {})
    if value is None:
        props.pop(prop.key, None)
    else:
        props[prop.key] = to_json(value)
    record.props = props  # a new dict, so the JSON column is seen as changed


def _placement(
    session: Session, record: Record, values: Mapping[str, Any]
) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """The pipeline and stage the record will be in, checked against its object."""
    pipeline_id = _placement_id(
        values, PIPELINE, record.pipeline_id, QT_TR_NOOP("That pipeline does not exist.")
    )
    stage_id = _placement_id(
        values, STAGE, record.stage_id, QT_TR_NOOP("That stage does not exist.")
    )
    if stage_id is not None:
        stage = session.get(Stage, stage_id)
        if stage is None or stage.deleted_at is not None:
            raise ValidationError(STAGE, QT_TR_NOOP("That stage does not exist."))
        if PIPELINE not in values or pipeline_id is None:
            pipeline_id = stage.pipeline_id
        if stage.pipeline_id != pipeline_id:
            raise ValidationError(STAGE, QT_TR_NOOP("That stage is not in the record's pipeline."))
    if pipeline_id is not None:
        pipeline = session.get(Pipeline, pipeline_id)
        if pipeline is None or pipeline.object_type_id != record.object_type_id:
            raise ValidationError(
                PIPELINE, QT_TR_NOOP("That pipeline is not one of this object's.")
            )
    return pipeline_id, stage_id


def _placement_id(
    values: Mapping[str, Any], key: str, current: uuid.UUID | None, unknown: str
) -> uuid.UUID | None:
    """The pipeline or stage id given (a UUID or its text), else the record's own;
    ValidationError `unknown` when it is not an id."""
    if key not in values:
        return current
    given = values[key]
    if given is None or (isinstance(given, str) and not given.strip()):
        return None
    found = as_uuid(given)
    if found is None:
        raise ValidationError(key, unknown)
    return found


def required_for_stage(session: Session, stage_id: uuid.UUID) -> list[PropertyDefinition]:
    """The properties a record must have before entering a stage (OBJ-3)."""
    return list(
        session.scalars(
            select(PropertyDefinition)
            .join(StageRequiredProperty, StageRequiredProperty.property_id == PropertyDefinition.id)
            .where(
                StageRequiredProperty.stage_id == stage_id,
                StageRequiredProperty.deleted_at.is_(None),
            )
            .order_by(PropertyDefinition.position)
        )
    )


Pending = list[tuple[str, Any, Any, PropertyInfo | None]]  # key, old, new, property


def _plan(
    session: Session,
    record: Record,
    values: Mapping[str, Any],
    props: dict[str, PropertyInfo] | None,
    creating: bool,
    locale: str | None,
    zone: dt.tzinfo | None = None,
) -> Pending:
    """Validate every value and say what would change, writing nothing (`props` is read
    here when a caller that only places the record left it unread)."""
    if props is None and any(key not in (PIPELINE, STAGE) for key in values):
        props = load_properties(session, record.object_type_id)
    pending: Pending = []
    errors: dict[str, ValidationError] = {}
    for key, raw in values.items():  # every refused value at once (UX-5)
        try:
            pending += _property_changes(
                session, record, {key: raw}, props or {}, creating, locale, zone
            )
        except ValidationError as exc:
            errors.setdefault(exc.field, exc)
    if errors:
        raise ValidationErrors(errors)
    pipeline_id, stage_id = _placement(session, record, values)
    if stage_id is not None and (creating or stage_id != record.stage_id):
        _check_stage_requirements(session, record, stage_id, pending, props, creating)
    for key, new in ((PIPELINE, pipeline_id), (STAGE, stage_id)):
        old = None if creating else getattr(record, f"{key}_id")
        if new != old:
            pending.append((key, old, new, None))
    return pending


def _write(record: Record, pending: Pending, batch: ChangeBatch) -> None:
    """Apply checked changes and log each one (the first write of the action)."""
    for key, old, new, prop in pending:
        if prop is None:
            setattr(record, f"{key}_id", new)
        else:
            _set_value(record, prop, new)
        batch.log(
            ENTITY, record.id, ChangeOp.SET, key, old, new, object_type_id=record.object_type_id
        )


def _property_changes(
    session: Session,
    record: Record,
    values: Mapping[str, Any],
    props: Mapping[str, PropertyInfo],
    creating: bool,
    locale: str | None,
    zone: dt.tzinfo | None = None,
) -> Pending:
    """Each property value checked, kept where it differs from what the record holds."""
    pending: Pending = []
    for key, raw in values.items():
        if key in (PIPELINE, STAGE):
            continue
        prop = props.get(key)
        if prop is None:
            raise ValidationError(
                str(key), QT_TR_NOOP("“{key}” is not a property of this object."), key=key
            )
        new = coerce(prop, raw, session, locale, zone)
        old = None if creating else get_value(record, prop)
        if new != old:
            pending.append((key, old, new, prop))
    return pending


def _check_stage_requirements(
    session: Session,
    record: Record,
    stage_id: uuid.UUID,
    pending: Pending,
    props: dict[str, PropertyInfo] | None,
    creating: bool,
) -> None:
    """Refuse entering a stage while one of its required properties would be empty."""
    after = {key: new for key, _old, new, _p in pending}
    for req in required_for_stage(session, stage_id):
        if props is None:
            props = load_properties(session, record.object_type_id)
        info = props.get(req.key)
        current = (
            after[req.key]
            if req.key in after
            else (None if creating or info is None else get_value(record, info))
        )
        if current is None or current == "" or current == []:
            raise _required_for(req, session.get(Stage, stage_id))


def create_record(
    session: Session,
    viewer: Person,
    object_type: ObjectType,
    values: Mapping[str, Any],
    *,
    source: ChangeSource = ChangeSource.USER,
    batch: ChangeBatch | None = None,
    locale: str | None = None,
) -> Record:
    """Create a record of `object_type` with `values` (property key -> value); text typed
    by the viewer (numbers, dates, times) is read in `locale` and their zone. Every value
    is checked before anything is written or logged, and every refusal is raised at once
    (`ValidationErrors`, one message per field), so a refusal leaves no trace even if the
    caller commits afterwards."""
    actor = _actor(session, viewer)
    record = Record(id=new_id(), object_type_id=object_type.id, props={})
    pending, errors = _check_new(session, record, object_type, values, locale, _zone(actor, locale))
    if errors:
        raise ValidationErrors(errors)
    batch = _batch(session, actor, batch, source)
    record.created_at = record.updated_at = batch.at
    _write(record, pending, batch)
    writer.add(batch, record)
    session.flush()
    return record


def check_new_record(
    session: Session,
    viewer: Person,
    object_type: ObjectType,
    values: Mapping[str, Any],
    locale: str | None = None,
) -> dict[str, str]:
    """Every field's problem with creating a record from `values` (key -> message, in the
    values' order, empty when `create_record` would accept them): values refused by their
    property, a missing name or required property, a stage's required properties (OBJ-3).
    Reads only; the messages in the user's language."""
    record = Record(id=new_id(), object_type_id=object_type.id, props={})
    errors = _check_new(session, record, object_type, values, locale, _zone(viewer, locale))[1]
    return {key: refusal.message for key, refusal in errors.items()}


def _zone(person: Person, locale: str | None) -> dt.tzinfo | None:
    """Typed text (a locale given) is read in the person's zone; a file's needs offsets."""
    return zone_of(person) if locale is not None else None


def _check_new(
    session: Session,
    record: Record,
    object_type: ObjectType,
    values: Mapping[str, Any],
    locale: str | None,
    zone: dt.tzinfo | None,
) -> tuple[Pending, dict[str, ValidationError]]:
    """What a new record would hold and every field's refusal (none: it can be made)."""
    props = load_properties(session, object_type.id)
    pending: Pending = []
    errors: dict[str, ValidationError] = {}
    for key, raw in values.items():
        try:
            pending += _property_changes(session, record, {key: raw}, props, True, locale, zone)
        except ValidationError as exc:
            errors.setdefault(exc.field, exc)
    given = {key for key, *_rest in pending}
    for prop in props.values():
        needed = prop.is_required or prop.key == "name"
        if needed and prop.key not in given and prop.key not in errors:
            errors[prop.key] = (
                ValidationError(
                    prop.key,
                    QT_TR_NOOP("A {object} needs a name."),
                    object=object_type.singular.lower(),
                )
                if prop.key == "name"
                else ValidationError(
                    prop.key, QT_TR_NOOP("{field}: is required."), field=prop.label
                )
            )
    try:
        pipeline_id, stage_id = _placement(session, record, values)
    except ValidationError as exc:
        errors.setdefault(exc.field, exc)
        return pending, errors
    if stage_id is not None:
        _missing_for_stage(session, stage_id, props, given, errors)
    pending += [(k, None, v, None) for k, v in ((PIPELINE, pipeline_id), (STAGE, stage_id)) if v]
    return pending, errors


def _missing_for_stage(
    session: Session,
    stage_id: uuid.UUID,
    props: Mapping[str, PropertyInfo],
    given: set[str],
    errors: dict[str, ValidationError],
) -> None:
    """Note each of the stage's required properties a new record would lack (OBJ-3)."""
    stage = session.get(Stage, stage_id)
    for req in required_for_stage(session, stage_id):
        if req.key not in given and req.key not in errors and req.key in props:
            errors[req.key] = _required_for(req, stage)


def _required_for(req: PropertyDefinition, stage: Stage | None) -> ValidationError:
    """The refusal of a stage's required property left empty (OBJ-3)."""
    if stage is None:
        return ValidationError(
            req.key, QT_TR_NOOP("{field} is required to enter this stage."), field=req.label
        )
    return ValidationError(
        req.key, QT_TR_NOOP("{field} is required to enter {stage}."), field=req.label,
        stage=stage.name,
    )  # fmt: skip


def update_record(
    session: Session,
    viewer: Person,
    record: Record,
    values: Mapping[str, Any],
    *,
    source: ChangeSource = ChangeSource.USER,
    batch: ChangeBatch | None = None,
    locale: str | None = None,
) -> ChangeBatch:
    """Set some of a record's values (text numbers read in `locale`); nothing is written
    or logged if any value is refused."""
    actor = _actor(session, viewer)
    record = _locked(session, record)
    if record.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("This record was deleted."))
    batch = _batch(session, actor, batch, source)
    # A stage move (one card dragged) sets only the placement: its property definitions
    # are read only if the stage requires some (a move must fit in a frame).
    props = None
    if any(key not in (PIPELINE, STAGE) for key in values):
        props = load_properties(session, record.object_type_id)
        if "name" in values and props.get("name") and not str(values["name"] or "").strip():
            raise ValidationError("name", QT_TR_NOOP("The name cannot be empty."))
    pending = _plan(session, record, values, props, False, locale, _zone(actor, locale))
    if pending:
        _write(record, pending, batch)
        writer.stamp(batch, record)
    session.flush()
    return batch


def delete_record(
    session: Session,
    viewer: Person,
    record: Record,
    *,
    source: ChangeSource = ChangeSource.USER,
) -> ChangeBatch:
    """Tombstone a record (it can be restored); history keeps the deletion."""
    actor = _actor(session, viewer)
    record = _locked(session, record)
    batch = _batch(session, actor, None, source)
    if writer.tombstone(batch, record):
        session.flush()
    return batch


def restore_record(
    session: Session,
    viewer: Person,
    record: Record,
    *,
    source: ChangeSource = ChangeSource.USER,
) -> ChangeBatch:
    """Bring back a deleted record."""
    actor = _actor(session, viewer)
    record = _locked(session, record)
    batch = _batch(session, actor, None, source)
    if writer.restore(batch, record):
        session.flush()
    return batch


@dataclass(frozen=True)
class DeletedRecord:
    """A tombstoned record the "Deleted records" dialog offers to restore."""

    id: uuid.UUID
    name: str
    deleted_at: dt.datetime
    deleted_by: str


def deleted_records(
    session: Session, object_type_id: uuid.UUID, limit: int = 500
) -> list[DeletedRecord]:
    """The object's deleted records (not those merged into another), newest first, with
    who deleted each one (the user of its latest DELETE entry)."""
    who = (
        select(User.name)
        .join(Change, Change.user_id == User.id)
        .where(Change.entity == ENTITY, Change.row_id == Record.id, Change.op == ChangeOp.DELETE)
        .order_by(Change.at.desc())
        .limit(1)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Record.id, Record.name, Record.deleted_at, who)
        .where(
            Record.object_type_id == object_type_id,
            Record.deleted_at.is_not(None),
            Record.merged_into_id.is_(None),
        )
        .order_by(Record.deleted_at.desc(), Record.id.desc())
        .limit(limit)
    ).all()
    return [DeletedRecord(rid, name, at, by or "Tend") for rid, name, at, by in rows]


def get_deleted(session: Session, record_id: uuid.UUID) -> Record:
    """A deleted (not merged) record by id, for restoring it; NotFound otherwise."""
    key = as_uuid(record_id)
    record = session.get(Record, key) if key is not None else None
    if record is None or record.deleted_at is None or record.merged_into_id is not None:
        raise NotFound(QT_TR_NOOP("That record is not in the deleted records."))
    return record


def get_record(session: Session, record_id: uuid.UUID, *, for_update: bool = False) -> Record:
    """A live record by id, or NotFound; `for_update` when the caller will change it: the
    row is read afresh in this transaction and, on PostgreSQL, locked until the commit."""
    key = as_uuid(record_id)  # an id that is not a UUID names no record
    if key is None:
        raise NotFound(QT_TR_NOOP("That record does not exist or was deleted."))
    record = _read(session, key) if for_update else session.get(Record, key)
    if record is None or record.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That record does not exist or was deleted."))
    return record


def _locked(session: Session, record: Record) -> Record:
    """`record` as its row is now, locked for this transaction (pending edits are flushed
    first): a write's old values and the `props` it rewrites come from this read, so two
    writers never lose each other's keys (a SQLite write transaction already holds the
    file's lock; see docs/architecture.md, "Transactions")."""
    current = _read(session, record.id)
    if current is None:
        raise NotFound(QT_TR_NOOP("That record does not exist or was deleted."))
    return current


def _read(session: Session, record_id: uuid.UUID) -> Record | None:
    # populate_existing: an object already in the session is overwritten with the row.
    return session.get(Record, record_id, with_for_update=True, populate_existing=True)
