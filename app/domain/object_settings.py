"""Settings → Objects (OBJ-1, OBJ-2, PERM-4): custom objects, the properties of any object
and the options of choice properties. Every change is a settings change of the whole
account: objects and properties are shared by every workspace, so the rule is
`can_change_workspace_settings` in the main workspace (docs/decisions.md, "Objects and
properties"). Nothing is deleted: archived objects, properties and options are tombstones,
so history still names them and their values stay on the records.

`add_property` is also the CSV import wizard's way to turn an unmapped column into a new
property.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, records, writer
from app.domain.errors import NotFound, ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP, Message, listing
from app.domain.properties import PropertyInfo, load_properties
from app.domain.viewer import Person
from app.domain.workspace import main_workspace
from app.store import (
    ObjectType,
    Pipeline,
    PropertyDefinition,
    PropertyOption,
    PropertyType,
    Record,
    Stage,
    StageRequiredProperty,
    User,
    Workspace,
    WorkspaceRevenueObject,
    fold,
    new_id,
)

T = PropertyType
# The types a user may give a property (OBJ-2); association-derived values are Tend's own.
ADDABLE_TYPES = (
    T.TEXT, T.MULTILINE, T.NUMBER, T.CURRENCY, T.DATE, T.DATETIME,
    T.CHOICE, T.MULTI_CHOICE, T.CHECKBOX, T.USER,
)  # fmt: skip
CHOICE_TYPES = (T.CHOICE, T.MULTI_CHOICE)
# A new property of these types takes the record column when no property holds it yet, so
# filters, sorts and board totals use the column's index (architecture.md, "Records").
PROMOTE = {T.USER: "owner_id", T.CURRENCY: "amount_minor", T.DATE: "renewal_date"}
# Keys the write path reads as placement, not as properties (records.PIPELINE, STAGE).
RESERVED_KEYS = frozenset({records.PIPELINE, records.STAGE, "id"})
LABEL_MAX, KEY_MAX = 200, 90
DEFAULT_CURRENCY = "USD"
DEFAULT_STAGES = ("New", "In progress", "Done")


def _actor(session: Session, viewer: Person) -> User:
    """The acting user: workspace settings (PERM-3/PERM-4) in the main workspace."""
    return permissions.actor_for(
        session, viewer, permissions.can_change_workspace_settings, main_workspace(session)
    )


def may_change(session: Session, viewer: Person) -> permissions.Verdict:
    """Whether the viewer may change objects and properties, with the reason if not."""
    verdict = permissions.can_change_workspace_settings(viewer)
    return (
        verdict
        if not verdict
        else permissions.in_workspace(session, viewer, main_workspace(session))
    )


# ---- names and keys ---------------------------------------------------------------------


# What `_name` says of each kind of name: empty, more than one line, too long ({n}).
_SINGULAR = (
    QT_TR_NOOP("Enter the singular name."),
    QT_TR_NOOP("The singular name must be a single line."),
    QT_TR_NOOP("The singular name is longer than {n} characters."),
)
_PLURAL = (
    QT_TR_NOOP("Enter the plural name."),
    QT_TR_NOOP("The plural name must be a single line."),
    QT_TR_NOOP("The plural name is longer than {n} characters."),
)
_PROPERTY_NAME = (
    QT_TR_NOOP("Enter the property name."),
    QT_TR_NOOP("The property name must be a single line."),
    QT_TR_NOOP("The property name is longer than {n} characters."),
)
_OPTION = (
    QT_TR_NOOP("Enter the option."),
    QT_TR_NOOP("The option must be a single line."),
    QT_TR_NOOP("The option is longer than {n} characters."),
)


def _name(value: str, field: str, says: tuple[str, str, str], limit: int = LABEL_MAX) -> str:
    """A name as typed: trimmed, one line, not empty, not too long (`says`: the refusals,
    as `_SINGULAR`)."""
    text = (value or "").strip()
    empty, lines, long = says
    if not text:
        raise ValidationError(field, empty)
    if "\n" in text or "\r" in text or "\x00" in text:
        raise ValidationError(field, lines)
    if len(text) > limit:
        raise ValidationError(field, long, n=limit)
    return text


def key_for(label: str, taken: Iterable[str] = ()) -> str:
    """A property or object key from a label: folded, letters and digits joined by `_`,
    made unique among `taken` with a number ("plan", "plan_2")."""
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:KEY_MAX].strip("_")
    if not base:
        base = "property"
    if base[0].isdigit():
        base = f"p_{base}"
    used = set(taken) | RESERVED_KEYS
    key, n = base, 2
    while key in used:
        key, n = f"{base}_{n}", n + 1
    return key


def _same(a: str, b: str) -> bool:
    return fold(a) == fold(b)


# ---- reads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectInfo:
    """An object as the settings page lists it."""

    id: uuid.UUID
    key: str
    singular: str
    plural: str
    is_custom: bool
    has_pipelines: bool


def objects(session: Session) -> list[ObjectInfo]:
    """Every live object with records (activities have their own settings), in order."""
    activity = {"tasks", "meetings", "notes", "calls", "emails"}
    rows = session.scalars(
        select(ObjectType)
        .where(ObjectType.deleted_at.is_(None))
        .order_by(ObjectType.position, ObjectType.plural)
    )
    return [
        ObjectInfo(o.id, o.key, o.singular, o.plural, o.is_custom, o.has_pipelines)
        for o in rows
        if o.key not in activity
    ]


def properties(session: Session, object_type_id: uuid.UUID) -> list[PropertyInfo]:
    """An object's live properties in their order, options included."""
    return sorted(
        load_properties(session, object_type_id).values(), key=lambda p: (p.position, p.label)
    )


def archived_properties(session: Session, object_type_id: uuid.UUID) -> list[PropertyDefinition]:
    """An object's archived properties (they can be restored)."""
    return list(
        session.scalars(
            select(PropertyDefinition)
            .where(
                PropertyDefinition.object_type_id == object_type_id,
                PropertyDefinition.deleted_at.is_not(None),
            )
            .order_by(PropertyDefinition.label)
        )
    )


@dataclass(frozen=True)
class OptionInfo:
    """One live option of a choice property."""

    id: uuid.UUID
    value: str
    position: int


def options(session: Session, property_id: uuid.UUID) -> list[OptionInfo]:
    """A choice property's live options in order."""
    rows = session.scalars(
        select(PropertyOption)
        .where(PropertyOption.property_id == property_id, PropertyOption.deleted_at.is_(None))
        .order_by(PropertyOption.position)
    )
    return [OptionInfo(o.id, o.value, o.position) for o in rows]


def _object(session: Session, object_type_id: uuid.UUID) -> ObjectType:
    obj = session.get(ObjectType, object_type_id)
    if obj is None or obj.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That object no longer exists."))
    return obj


def _property(session: Session, property_id: uuid.UUID) -> PropertyDefinition:
    prop = session.get(PropertyDefinition, property_id)
    if prop is None:
        raise NotFound(QT_TR_NOOP("That property no longer exists."))
    return prop


def _definitions(session: Session, object_type_id: uuid.UUID) -> list[PropertyDefinition]:
    """Every property of an object, archived ones too."""
    return list(
        session.scalars(
            select(PropertyDefinition).where(PropertyDefinition.object_type_id == object_type_id)
        )
    )


# ---- custom objects ---------------------------------------------------------------------


def create_object(
    session: Session, viewer: Person, singular: str, plural: str, *, has_pipelines: bool = False
) -> ObjectType:
    """A custom object (OBJ-1) with a name, an owner and the create and last-activity
    dates; with stages (OBJ-3) it gets a first pipeline of three stages to rename."""
    actor = _actor(session, viewer)
    singular = _name(singular, "singular", _SINGULAR, 100)
    plural = _name(plural, "plural", _PLURAL, 100)
    every = list(session.scalars(select(ObjectType)))
    for o in every:
        if o.deleted_at is None and (_same(o.plural, plural) or _same(o.singular, singular)):
            raise ValidationError(
                "plural",
                QT_TR_NOOP("There already is an object called “{objects}”."),
                objects=o.plural,
            )
    key = key_for(plural, (o.key for o in every))
    batch = ChangeBatch(session, actor.id)
    obj = ObjectType(
        id=new_id(), key=key, singular=singular, plural=plural, is_custom=True,
        has_pipelines=has_pipelines, position=max((o.position for o in every), default=0) + 1,
    )  # fmt: skip
    writer.add(batch, obj)
    starting = (
        ("name", f"{singular} name", T.TEXT, "name", True, False),
        ("owner", f"{singular} owner", T.USER, "owner_id", False, False),
        ("create_date", "Create date", T.DATETIME, "created_at", False, True),
        ("last_activity_date", "Last activity date", T.DATETIME, "last_activity_at", False, True),
    )
    for i, (pkey, label, kind, column, required, read_only) in enumerate(starting):
        writer.add(batch, PropertyDefinition(
            id=new_id(), object_type_id=obj.id, key=pkey, label=label, type=kind, column=column,
            is_required=required, is_read_only=read_only, position=i,
        ))  # fmt: skip
    if has_pipelines:
        pipeline = writer.add(
            batch, Pipeline(id=new_id(), object_type_id=obj.id, name=plural, position=0)
        )
        for i, stage in enumerate(DEFAULT_STAGES):
            writer.add(batch, Stage(
                id=new_id(), pipeline_id=pipeline.id, name=stage, position=i,
                is_closed=stage == DEFAULT_STAGES[-1],
            ))  # fmt: skip
    session.flush()
    return obj


def rename_object(
    session: Session, viewer: Person, object_type_id: uuid.UUID, singular: str, plural: str
) -> None:
    """Rename a custom object (standard objects keep their names: OBJ-1)."""
    actor = _actor(session, viewer)
    obj = _object(session, object_type_id)
    if not obj.is_custom:
        raise ValidationError(
            "plural",
            QT_TR_NOOP("{objects} is a standard object: it keeps its name."),
            objects=obj.plural,
        )
    singular = _name(singular, "singular", _SINGULAR, 100)
    plural = _name(plural, "plural", _PLURAL, 100)
    for o in session.scalars(select(ObjectType).where(ObjectType.deleted_at.is_(None))):
        if o.id != obj.id and (_same(o.plural, plural) or _same(o.singular, singular)):
            raise ValidationError(
                "plural",
                QT_TR_NOOP("There already is an object called “{objects}”."),
                objects=o.plural,
            )
    writer.set_fields(ChangeBatch(session, actor.id), obj, {"singular": singular, "plural": plural})
    session.flush()


def _uses_of_object(session: Session, object_type_id: uuid.UUID) -> list[Message]:
    """How the workspaces use an object (SET-1), to refuse archiving it."""
    uses = []
    for ws in session.scalars(select(Workspace).where(Workspace.deleted_at.is_(None))):
        if ws.customer_object_id == object_type_id:
            uses.append(Message(QT_TR_NOOP("the customer object of “{name}”"), {"name": ws.name}))
        if ws.service_object_id == object_type_id:
            uses.append(Message(QT_TR_NOOP("the service object of “{name}”"), {"name": ws.name}))
    revenue = session.scalars(
        select(Workspace.name)
        .join(WorkspaceRevenueObject, WorkspaceRevenueObject.workspace_id == Workspace.id)
        .where(
            WorkspaceRevenueObject.object_type_id == object_type_id,
            WorkspaceRevenueObject.deleted_at.is_(None),
            Workspace.deleted_at.is_(None),
        )
    )
    uses += [
        Message(QT_TR_NOOP("a revenue object of “{name}”"), {"name": name}) for name in revenue
    ]
    return uses


def archive_object(session: Session, viewer: Person, object_type_id: uuid.UUID) -> None:
    """Archive a custom object: its records and history stay, it is no longer offered. An
    object a workspace uses (customers, services, revenue) is refused until replaced."""
    actor = _actor(session, viewer)
    obj = _object(session, object_type_id)
    if not obj.is_custom:
        raise ValidationError(
            "object",
            QT_TR_NOOP("{objects} is a standard object: it cannot be archived."),
            objects=obj.plural,
        )
    uses = _uses_of_object(session, obj.id)
    if uses:
        raise ValidationError(
            "object",
            QT_TR_NOOP("{objects} is {uses}: choose another object there first."),
            objects=obj.plural,
            uses=listing(uses),
        )
    writer.tombstone(ChangeBatch(session, actor.id), obj)
    session.flush()


# ---- properties -------------------------------------------------------------------------


def _check_label(
    session: Session, obj: ObjectType, label: str, except_id: uuid.UUID | None = None
) -> str:
    label = _name(label, "label", _PROPERTY_NAME)
    for p in _definitions(session, obj.id):
        if p.deleted_at is None and p.id != except_id and _same(p.label, label):
            raise ValidationError(
                "label",
                QT_TR_NOOP("{objects} already have a property called “{field}”."),
                objects=obj.plural,
                field=p.label,
            )
    return label


def _check_options(values: Iterable[str]) -> list[str]:
    out: list[str] = []
    for value in values:
        text = _name(value, "options", _OPTION, LABEL_MAX)
        if any(_same(text, o) for o in out):
            raise ValidationError(
                "options", QT_TR_NOOP("Two options are called “{text}”."), text=text
            )
        out.append(text)
    return out


def add_property(
    session: Session,
    viewer: Person,
    object_type_id: uuid.UUID,
    label: str,
    type: PropertyType,
    options: Sequence[str] = (),
    *,
    currency: str = DEFAULT_CURRENCY,
    group: str = "Details",
) -> PropertyDefinition:
    """Add a property of an OBJ-2 type to any object, its key made from the label (unique,
    archived properties' keys included); a choice property needs its options. A label an
    object's live property already has is refused."""
    actor = _actor(session, viewer)
    obj = _object(session, object_type_id)
    label = _check_label(session, obj, label)
    kind = PropertyType(type)
    if kind not in ADDABLE_TYPES:
        raise ValidationError("type", QT_TR_NOOP("Choose a property type."))
    chosen = _check_options(options)
    if kind in CHOICE_TYPES and not chosen:
        raise ValidationError("options", QT_TR_NOOP("A choice property needs at least one option."))
    if kind not in CHOICE_TYPES and chosen:
        raise ValidationError("options", QT_TR_NOOP("Only choice properties have options."))
    every = _definitions(session, obj.id)
    column = PROMOTE.get(kind)
    if column is not None and any(p.column == column for p in every):
        column = None  # held by another property (archived ones keep their values there)
    code = (currency or DEFAULT_CURRENCY).strip().upper()
    if kind == T.CURRENCY and not re.fullmatch(r"[A-Z]{3}", code):
        raise ValidationError(
            "currency", QT_TR_NOOP("A currency is a three-letter code such as USD.")
        )
    batch = ChangeBatch(session, actor.id)
    prop = PropertyDefinition(
        id=new_id(), object_type_id=obj.id, key=key_for(label, (p.key for p in every)),
        label=label, type=kind, column=column, group_name=group,
        currency=code if kind == T.CURRENCY else None,
        position=max((p.position for p in every), default=-1) + 1,
    )  # fmt: skip
    writer.add(batch, prop)
    for i, value in enumerate(chosen):
        writer.add(batch, PropertyOption(property_id=prop.id, value=value, label=value, position=i))
    session.flush()
    return prop


def rename_property(session: Session, viewer: Person, property_id: uuid.UUID, label: str) -> None:
    """Give a property a new label; its key (which views, filters and history name) stays."""
    actor = _actor(session, viewer)
    prop = _property(session, property_id)
    label = _check_label(session, _object(session, prop.object_type_id), label, prop.id)
    writer.set_fields(ChangeBatch(session, actor.id), prop, {"label": label})
    session.flush()


def _reorder(
    batch: ChangeBatch, rows: Sequence[Any], wanted: Sequence[uuid.UUID], refusal: str
) -> None:
    """Set `position` to the order of `wanted`, which must name exactly `rows` (else
    ValidationError `refusal`)."""
    by_id = {row.id: row for row in rows}
    if len(wanted) != len(by_id) or set(wanted) != set(by_id):
        raise ValidationError("order", refusal)
    for position, row_id in enumerate(wanted):
        writer.set_fields(batch, by_id[row_id], {"position": position})


def reorder_properties(
    session: Session, viewer: Person, object_type_id: uuid.UUID, property_ids: Sequence[uuid.UUID]
) -> None:
    """Put an object's live properties in the order given (every one, once)."""
    actor = _actor(session, viewer)
    obj = _object(session, object_type_id)
    live = [p for p in _definitions(session, obj.id) if p.deleted_at is None]
    _reorder(
        ChangeBatch(session, actor.id),
        live,
        list(property_ids),
        QT_TR_NOOP("Give every property once to reorder them."),
    )
    session.flush()


def _uses_of_property(session: Session, prop: PropertyDefinition) -> list[Message]:
    """The settings that name a property (SET-3..5), to refuse archiving it."""
    uses = []
    for ws in session.scalars(select(Workspace).where(Workspace.deleted_at.is_(None))):
        for column, what in (
            ("csm_property_id", QT_TR_NOOP("the CSM property of “{name}”")),
            ("renewal_property_id", QT_TR_NOOP("the renewal date of “{name}”")),
            ("service_csm_property_id", QT_TR_NOOP("the services' CSM property of “{name}”")),
            ("service_renewal_property_id", QT_TR_NOOP("the services' renewal date of “{name}”")),
        ):
            if getattr(ws, column) == prop.id:
                uses.append(Message(what, {"name": ws.name}))
    for row in session.scalars(
        select(WorkspaceRevenueObject).where(WorkspaceRevenueObject.deleted_at.is_(None))
    ):
        owner = session.get(Workspace, row.workspace_id)
        if (
            owner is not None
            and owner.deleted_at is None
            and prop.id in (row.csm_property_id, row.renewal_property_id)
        ):
            uses.append(Message(QT_TR_NOOP("a revenue setting of “{name}”"), {"name": owner.name}))
    return uses


def archive_property(session: Session, viewer: Person, property_id: uuid.UUID) -> None:
    """Archive a property: records keep their values and history names it, but it is no
    longer shown, filled or required by a stage. The name and Tend's own dates cannot be
    archived, nor a property a workspace's settings use."""
    actor = _actor(session, viewer)
    prop = _property(session, property_id)
    if prop.column == "name" or prop.is_read_only or prop.type == T.DERIVED:
        raise ValidationError(
            "property",
            QT_TR_NOOP("“{field}” is kept by Tend: it cannot be archived."),
            field=prop.label,
        )
    uses = _uses_of_property(session, prop)
    if uses:
        raise ValidationError(
            "property",
            QT_TR_NOOP("“{field}” is {uses}: choose another there first."),
            field=prop.label,
            uses=listing(uses),
        )
    batch = ChangeBatch(session, actor.id)
    writer.tombstone(batch, prop)
    for required in session.scalars(
        select(StageRequiredProperty).where(
            StageRequiredProperty.property_id == prop.id,
            StageRequiredProperty.deleted_at.is_(None),
        )
    ):
        writer.tombstone(batch, required)
    session.flush()


def restore_property(session: Session, viewer: Person, property_id: uuid.UUID) -> None:
    """Bring an archived property back (its records' values come back with it)."""
    actor = _actor(session, viewer)
    prop = _property(session, property_id)
    _check_label(session, _object(session, prop.object_type_id), prop.label, prop.id)
    writer.restore(ChangeBatch(session, actor.id), prop)
    session.flush()


# ---- options of choice properties -------------------------------------------------------


def _choice(session: Session, property_id: uuid.UUID) -> PropertyDefinition:
    prop = _property(session, property_id)
    if prop.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That property was archived."))
    if prop.type not in CHOICE_TYPES:
        raise ValidationError(
            "options", QT_TR_NOOP("“{field}” is not a choice property."), field=prop.label
        )
    return prop


def _all_options(session: Session, property_id: uuid.UUID) -> list[PropertyOption]:
    return list(
        session.scalars(select(PropertyOption).where(PropertyOption.property_id == property_id))
    )


def add_option(session: Session, viewer: Person, property_id: uuid.UUID, value: str) -> None:
    """Add an option at the end of a choice property's list (an archived one of the same
    name comes back)."""
    actor = _actor(session, viewer)
    prop = _choice(session, property_id)
    (text,) = _check_options([value])
    every = _all_options(session, prop.id)
    live = [o for o in every if o.deleted_at is None]
    if any(_same(o.value, text) for o in live):
        raise ValidationError(
            "options",
            QT_TR_NOOP("“{field}” already has the option “{text}”."),
            field=prop.label,
            text=text,
        )
    batch = ChangeBatch(session, actor.id)
    position = max((o.position for o in live), default=-1) + 1
    archived = next((o for o in every if o.value == text), None)
    if archived is not None:
        writer.restore(batch, archived)
        writer.set_fields(batch, archived, {"position": position})
    else:
        writer.add(batch, PropertyOption(
            property_id=prop.id, value=text, label=text, position=position
        ))  # fmt: skip
    session.flush()


def _option(session: Session, option_id: uuid.UUID) -> PropertyOption:
    option = session.get(PropertyOption, option_id)
    if option is None or option.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That option no longer exists."))
    return option


def rename_option(session: Session, viewer: Person, option_id: uuid.UUID, value: str) -> int:
    """Rename an option: records holding it get the new name through the record write path
    (their history shows the change). Returns how many records changed."""
    actor = _actor(session, viewer)
    option = _option(session, option_id)
    prop = _choice(session, option.property_id)
    (text,) = _check_options([value])
    others = _all_options(session, prop.id)
    if any(o.id != option.id and o.value == text for o in others) or any(
        o.id != option.id and o.deleted_at is None and _same(o.value, text) for o in others
    ):
        raise ValidationError(
            "options",
            QT_TR_NOOP("“{field}” already has the option “{text}”."),
            field=prop.label,
            text=text,
        )
    old = option.value
    if old == text:
        return 0
    batch = ChangeBatch(session, actor.id)
    writer.set_fields(batch, option, {"value": text, "label": text})
    session.flush()
    changed = 0
    holders = session.scalars(
        select(Record).where(
            Record.object_type_id == prop.object_type_id, Record.deleted_at.is_(None)
        )
    )
    for record in holders:
        held = (record.props or {}).get(prop.key)
        if prop.type == T.CHOICE and held == old:
            new: object = text
        elif prop.type == T.MULTI_CHOICE and isinstance(held, list) and old in held:
            new = [text if v == old else v for v in held]
        else:
            continue
        records.update_record(session, actor, record, {prop.key: new}, batch=batch)
        changed += 1
    return changed


def reorder_options(
    session: Session, viewer: Person, property_id: uuid.UUID, option_ids: Sequence[uuid.UUID]
) -> None:
    """Put a choice property's live options in the order given (every one, once)."""
    actor = _actor(session, viewer)
    prop = _choice(session, property_id)
    live = [o for o in _all_options(session, prop.id) if o.deleted_at is None]
    _reorder(
        ChangeBatch(session, actor.id),
        live,
        list(option_ids),
        QT_TR_NOOP("Give every option once to reorder them."),
    )
    session.flush()


def archive_option(session: Session, viewer: Person, option_id: uuid.UUID) -> None:
    """Archive an option: records that hold it keep it, new values cannot choose it. The
    last option of a property stays."""
    actor = _actor(session, viewer)
    option = _option(session, option_id)
    prop = _choice(session, option.property_id)
    live = [o for o in _all_options(session, prop.id) if o.deleted_at is None]
    if len(live) <= 1:
        raise ValidationError(
            "options", QT_TR_NOOP("“{field}” keeps at least one option."), field=prop.label
        )
    writer.tombstone(ChangeBatch(session, actor.id), option)
    session.flush()
