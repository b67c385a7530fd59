"""Services and Revenue tab settings (SET-4, SET-5), changed by PERM-4 holders only:
whether the tab is shown, which pipelines appear, the default pipeline and the default
layout. For Revenue, the object of the default pipeline becomes the one the team sees
first, and the layout is kept on that object (SET-5's per-object settings)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.pipelines import (
    LAYOUTS,
    PipelineInfo,
    pipelines_of,
    revenue_settings,
    shown_pipeline_ids,
    tab_objects,
    tab_pipelines,
)
from app.domain.viewer import Person
from app.domain.workspace import properties_of_type, workspace_for
from app.store import (
    ObjectType,
    PropertyType,
    ViewTab,
    Workspace,
    WorkspacePipeline,
    WorkspaceRevenueObject,
)


@dataclass(frozen=True)
class TabSettings:
    """What the tab settings form shows."""

    shown: bool
    pipelines: tuple[PipelineInfo, ...]  # every pipeline of the tab's objects
    shown_ids: frozenset[uuid.UUID]  # those the tab shows
    default_pipeline_id: uuid.UUID | None
    default_layout: str


def tab_settings(session: Session, viewer: Person, tab: ViewTab) -> TabSettings:
    """The viewer's workspace settings of a Services or Revenue tab."""
    ws = workspace_for(session, viewer)
    current = tab_pipelines(session, viewer, tab)
    every = tuple(p for o in tab_objects(session, ws, tab) for p in pipelines_of(session, o))
    shown = ws.services_tab_shown if tab == ViewTab.SERVICES else ws.revenue_tab_shown
    default = current.pipeline(None)
    return TabSettings(
        shown,
        every,
        frozenset(shown_pipeline_ids(session, ws) & {p.id for p in every}),
        default.id if default else None,
        current.default_layout,
    )


def update_tab_settings(
    session: Session,
    viewer: Person,
    tab: ViewTab,
    *,
    shown: bool,
    pipeline_ids: Collection[uuid.UUID],
    default_pipeline_id: uuid.UUID | None,
    default_layout: str,
) -> None:
    """Save a tab's settings of the viewer's workspace (PERM-4, SET-2); a refused choice
    raises and nothing is written."""
    ws = workspace_for(session, viewer)
    actor = permissions.actor_for(session, viewer, permissions.can_manage_settings, ws)
    every = {p.id: p for o in tab_objects(session, ws, tab) for p in pipelines_of(session, o)}
    chosen = set(pipeline_ids)
    _check_choices(chosen, set(every), default_pipeline_id, default_layout)
    batch = ChangeBatch(session, actor.id)
    _write_shown_pipelines(session, batch, ws, list(every), chosen)
    if tab == ViewTab.SERVICES:
        writer.set_fields(batch, ws, {
            "services_tab_shown": shown, "services_default_pipeline_id": default_pipeline_id,
            "services_default_layout": default_layout,
        })  # fmt: skip
    else:
        writer.set_fields(batch, ws, {"revenue_tab_shown": shown})
        assert default_pipeline_id is not None  # _check_choices: it is one of those shown
        owner = every[default_pipeline_id].object_type_id
        _write_revenue_defaults(session, batch, ws, owner, default_pipeline_id, default_layout)
    session.flush()


def _check_choices(
    chosen: set[uuid.UUID],
    tab_ids: set[uuid.UUID],
    default_pipeline_id: uuid.UUID | None,
    default_layout: str,
) -> None:
    """Refuse pipelines outside the tab, none at all, a default not shown, or a bad layout."""
    if not chosen <= tab_ids:
        raise ValidationError("pipelines", QT_TR_NOOP("Choose among this tab's pipelines."))
    if not chosen:
        raise ValidationError("pipelines", QT_TR_NOOP("Choose at least one pipeline to show."))
    if default_pipeline_id not in chosen:
        raise ValidationError(
            "default_pipeline", QT_TR_NOOP("The default pipeline must be one shown.")
        )
    if default_layout not in LAYOUTS:
        raise ValidationError("default_layout", QT_TR_NOOP("The layout is a board or a table."))


def _write_shown_pipelines(
    session: Session,
    batch: ChangeBatch,
    ws: Workspace,
    tab_ids: list[uuid.UUID],
    chosen: set[uuid.UUID],
) -> None:
    """The workspace's rows for the tab's pipelines: the chosen live, in order; others gone."""
    rows = {
        r.pipeline_id: r
        for r in session.scalars(
            select(WorkspacePipeline).where(
                WorkspacePipeline.workspace_id == ws.id,
                WorkspacePipeline.pipeline_id.in_(tab_ids),
            )
        )
    }
    for position, pipeline_id in enumerate(tab_ids):
        row = rows.get(pipeline_id)
        if pipeline_id in chosen:
            if row is None:
                writer.add(
                    batch,
                    WorkspacePipeline(
                        workspace_id=ws.id, pipeline_id=pipeline_id, position=position
                    ),
                )
            else:
                writer.restore(batch, row)
        elif row is not None:
            writer.tombstone(batch, row)


def _write_revenue_defaults(
    session: Session,
    batch: ChangeBatch,
    ws: Workspace,
    owner: uuid.UUID,
    default_pipeline_id: uuid.UUID,
    default_layout: str,
) -> None:
    """The default pipeline's object comes first and keeps the defaults (SET-5)."""
    ordered = sorted(revenue_settings(session, ws), key=lambda r: r.object_type_id != owner)
    for position, setting in enumerate(ordered):
        values: dict[str, object] = {"position": position}
        if setting.object_type_id == owner:
            values |= {"default_pipeline_id": default_pipeline_id,
                       "default_layout": default_layout}  # fmt: skip
        writer.set_fields(batch, setting, values)


# ---- SET-1: the service and revenue objects; SET-4, SET-5: their CSM and renewal -------

MAX_REVENUE_OBJECTS = 2


@dataclass(frozen=True)
class ObjectChoices:
    """What the Objects page offers for SET-1 in a workspace, and what is chosen."""

    workspace_id: uuid.UUID
    service_object_id: uuid.UUID | None
    revenue_object_ids: tuple[uuid.UUID, ...]  # the one the team sees first first
    service_choices: tuple[tuple[uuid.UUID, str], ...]  # objects with stages
    revenue_choices: tuple[tuple[uuid.UUID, str], ...]  # deals and custom objects with stages


def _staged_objects(session: Session) -> list[ObjectType]:
    return list(
        session.scalars(
            select(ObjectType)
            .where(ObjectType.has_pipelines, ObjectType.deleted_at.is_(None))
            .order_by(ObjectType.position)
        )
    )


def object_choices(session: Session, viewer: Person) -> ObjectChoices:
    """SET-1 in the viewer's workspace: the service object and the revenue objects."""
    ws = workspace_for(session, viewer)
    staged = _staged_objects(session)
    return ObjectChoices(
        ws.id,
        ws.service_object_id,
        tuple(r.object_type_id for r in revenue_settings(session, ws)),
        tuple((o.id, o.plural) for o in staged),
        tuple((o.id, o.plural) for o in staged if o.key == "deals" or o.is_custom),
    )


def _first_of(session: Session, obj: ObjectType, kind: PropertyType) -> uuid.UUID | None:
    """The object's first live property of a kind, the promoted column's first."""
    props = properties_of_type(session, obj.id, kind)
    column = "owner_id" if kind == PropertyType.USER else "renewal_date"
    props.sort(key=lambda p: p.column != column)
    return props[0].id if props else None


def _show_pipelines(session: Session, batch: ChangeBatch, ws: Workspace, obj: ObjectType) -> None:
    """A newly chosen object's pipelines are shown in the workspace's tab."""
    rows = {
        r.pipeline_id: r
        for r in session.scalars(
            select(WorkspacePipeline).where(WorkspacePipeline.workspace_id == ws.id)
        )
    }
    last = max((r.position for r in rows.values()), default=0)
    for info in pipelines_of(session, obj):
        row = rows.get(info.id)
        if row is None:
            last += 1
            writer.add(batch, WorkspacePipeline(
                workspace_id=ws.id, pipeline_id=info.id, position=last
            ))  # fmt: skip
        else:
            writer.restore(batch, row)


def _first_pipeline(session: Session, obj: ObjectType) -> uuid.UUID | None:
    found = pipelines_of(session, obj)
    return found[0].id if found else None


def _check_object_choices(
    staged: dict[uuid.UUID, ObjectType],
    service_object_id: uuid.UUID,
    revenue_object_ids: Sequence[uuid.UUID],
) -> tuple[ObjectType, list[uuid.UUID]]:
    """The service object and the revenue objects' ids, once SET-1 allows them."""
    service = staged.get(service_object_id)
    if service is None:
        raise ValidationError(
            "service_object", QT_TR_NOOP("Services must be an object with stages.")
        )
    wanted = list(dict.fromkeys(revenue_object_ids))
    if len(wanted) > MAX_REVENUE_OBJECTS:
        raise ValidationError("revenue_objects", QT_TR_NOOP("Choose at most two revenue objects."))
    for object_id in wanted:
        obj = staged.get(object_id)
        if obj is None or not (obj.key == "deals" or obj.is_custom):
            raise ValidationError(
                "revenue_objects",
                QT_TR_NOOP("Revenue objects are deals or custom objects with stages."),
            )
    if service.id in wanted:
        raise ValidationError(
            "revenue_objects",
            QT_TR_NOOP("{objects} are the service object: choose another."),
            objects=service.plural,
        )
    return service, wanted


def update_object_choices(
    session: Session,
    viewer: Person,
    ws: Workspace,
    *,
    service_object_id: uuid.UUID,
    revenue_object_ids: Sequence[uuid.UUID],
) -> None:
    """SET-1: the object that represents services and up to two revenue objects (deals or
    custom objects with stages), the first being the one the team sees first. A newly
    chosen object shows its pipelines, owner as CSM and its renewal-date column's property
    (SET-4, SET-5: changed afterwards with `update_object_properties`)."""
    actor = permissions.actor_for(session, viewer, permissions.can_change_workspace_settings, ws)
    staged = {o.id: o for o in _staged_objects(session)}
    service, wanted = _check_object_choices(staged, service_object_id, revenue_object_ids)
    batch = ChangeBatch(session, actor.id)
    if ws.service_object_id != service.id:
        writer.set_fields(batch, ws, {
            "service_object_id": service.id,
            "service_csm_property_id": _first_of(session, service, PropertyType.USER),
            "service_renewal_property_id": _first_of(session, service, PropertyType.DATE),
            "services_default_pipeline_id": _first_pipeline(session, service),
        })  # fmt: skip
        _show_pipelines(session, batch, ws, service)
    rows = {
        r.object_type_id: r
        for r in session.scalars(
            select(WorkspaceRevenueObject).where(WorkspaceRevenueObject.workspace_id == ws.id)
        )
    }
    for position, object_id in enumerate(wanted):
        obj = staged[object_id]
        row = rows.get(object_id)
        if row is None:
            writer.add(batch, WorkspaceRevenueObject(
                workspace_id=ws.id, object_type_id=obj.id, position=position,
                csm_property_id=_first_of(session, obj, PropertyType.USER),
                renewal_property_id=_first_of(session, obj, PropertyType.DATE),
                default_pipeline_id=_first_pipeline(session, obj),
            ))  # fmt: skip
            _show_pipelines(session, batch, ws, obj)
        else:
            if row.deleted_at is not None:
                _show_pipelines(session, batch, ws, obj)
            writer.restore(batch, row)
            writer.set_fields(batch, row, {"position": position})
    for object_id, row in rows.items():
        if object_id not in wanted:
            writer.tombstone(batch, row)
    session.flush()


def update_object_properties(
    session: Session,
    viewer: Person,
    tab: ViewTab,
    object_type_id: uuid.UUID,
    *,
    csm_property_id: uuid.UUID | None,
    renewal_property_id: uuid.UUID | None,
) -> None:
    """SET-4, SET-5: the user property that names the CSM of the service object's or a
    revenue object's records, and its optional renewal (or end) date property, in the
    viewer's workspace (PERM-4)."""
    ws = workspace_for(session, viewer)
    actor = permissions.actor_for(session, viewer, permissions.can_manage_settings, ws)
    objects = {o.id: o for o in tab_objects(session, ws, tab)}
    obj = objects.get(object_type_id)
    if obj is None:
        raise ValidationError("object", QT_TR_NOOP("That object is not shown in this tab."))
    for pid, kind, field, refusal in (
        (csm_property_id, PropertyType.USER, "csm_property",
         QT_TR_NOOP("Choose a user property of {objects}.")),
        (renewal_property_id, PropertyType.DATE, "renewal_property",
         QT_TR_NOOP("Choose a date property of {objects}.")),
    ):  # fmt: skip
        if pid is not None and pid not in {p.id for p in properties_of_type(session, obj.id, kind)}:
            raise ValidationError(field, refusal, objects=obj.plural)
    batch = ChangeBatch(session, actor.id)
    if tab == ViewTab.SERVICES:
        writer.set_fields(batch, ws, {
            "service_csm_property_id": csm_property_id,
            "service_renewal_property_id": renewal_property_id,
        })  # fmt: skip
    else:
        row = next(r for r in revenue_settings(session, ws) if r.object_type_id == obj.id)
        writer.set_fields(batch, row, {
            "csm_property_id": csm_property_id, "renewal_property_id": renewal_property_id,
        })  # fmt: skip
    session.flush()
