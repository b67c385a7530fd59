"""Pipelines in the Services and Revenue tabs (SRV-1, SRV-4, SRV-5, REV-1, REV-4, REV-5,
OBJ-3): which pipelines a tab shows, each stage's count and amount, and stage moves.

A stage move goes through the one write path (`records.update_record`), so the stage's
required properties are enforced there, and the move and the values entered for it are
one transaction with one history batch. Undoing a move is a move back, logged like any
other change (the history shows both).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import permissions, records
from app.domain.errors import ValidationError
from app.domain.filters import FilterContext
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import PropertyInfo, as_uuid, load_properties
from app.domain.record_query import RecordQuery, matching
from app.domain.saved_views import csm_property_key
from app.domain.viewer import Person
from app.domain.workspace import workspace_for
from app.store import (
    ObjectType,
    Pipeline,
    PropertyType,
    Record,
    Stage,
    ViewTab,
    Workspace,
    WorkspacePipeline,
    WorkspaceRevenueObject,
)

LAYOUTS = ("board", "table")


@dataclass(frozen=True)
class StageInfo:
    """One stage (a board column)."""

    id: uuid.UUID
    name: str
    position: int
    is_closed: bool
    required: tuple[str, ...] = ()  # property keys a record needs to enter it


@dataclass(frozen=True)
class PipelineInfo:
    """A pipeline with its stages, and the object it belongs to."""

    id: uuid.UUID
    name: str
    object_type_id: uuid.UUID
    object_label: str
    stages: tuple[StageInfo, ...]
    owner_key: str | None = None  # the object's CSM-assignment property in the workspace

    def stage(self, stage_id: uuid.UUID) -> StageInfo:
        """One of this pipeline's stages."""
        return next(s for s in self.stages if s.id == stage_id)


@dataclass(frozen=True)
class TabPipelines:
    """What a Services or Revenue tab offers the viewer (SET-4, SET-5)."""

    shown: bool
    pipelines: tuple[PipelineInfo, ...]
    default_pipeline_id: uuid.UUID | None
    default_layout: str

    def pipeline(self, pipeline_id: uuid.UUID | None) -> PipelineInfo | None:
        """A pipeline by id, else the default one, else the first."""
        by_id = {p.id: p for p in self.pipelines}
        for wanted in (pipeline_id, self.default_pipeline_id):
            if wanted in by_id:
                return by_id[wanted]
        return self.pipelines[0] if self.pipelines else None


@dataclass(frozen=True)
class StageTotal:
    """A board column's heading figures, counted in SQL."""

    count: int = 0
    amount_minor: int = 0


@dataclass(frozen=True)
class StageMove:
    """A move that happened: enough to undo it."""

    record_id: uuid.UUID
    from_stage_id: uuid.UUID | None
    to_stage_id: uuid.UUID
    values_before: Mapping[str, Any] = field(default_factory=dict)
    amount_before: int = 0  # the record's amount before and after, so a board can adjust
    amount_after: int = 0  # its column totals without counting the pipeline again


def pipelines_of(session: Session, object_type: ObjectType) -> list[PipelineInfo]:
    """Every live pipeline of an object, in order, with its stages."""
    out = []
    pipelines = session.scalars(
        select(Pipeline)
        .where(Pipeline.object_type_id == object_type.id, Pipeline.deleted_at.is_(None))
        .order_by(Pipeline.position, Pipeline.name)
    )
    for pipeline in pipelines:
        stages = session.scalars(
            select(Stage)
            .where(Stage.pipeline_id == pipeline.id, Stage.deleted_at.is_(None))
            .order_by(Stage.position)
        ).all()
        stage_infos = tuple(
            StageInfo(
                s.id,
                s.name,
                s.position,
                s.is_closed,
                tuple(p.key for p in records.required_for_stage(session, s.id)),
            )
            for s in stages
        )
        out.append(
            PipelineInfo(
                pipeline.id, pipeline.name, object_type.id, object_type.plural, stage_infos
            )
        )
    return out


def shown_pipeline_ids(session: Session, ws: Workspace) -> set[uuid.UUID]:
    """The pipelines a workspace shows in its Services and Revenue tabs."""
    return set(
        session.scalars(
            select(WorkspacePipeline.pipeline_id).where(
                WorkspacePipeline.workspace_id == ws.id, WorkspacePipeline.deleted_at.is_(None)
            )
        )
    )


def revenue_settings(session: Session, ws: Workspace) -> list[WorkspaceRevenueObject]:
    """A workspace's revenue objects (at most two), the one the team sees first first."""
    rows = session.scalars(
        select(WorkspaceRevenueObject)
        .where(
            WorkspaceRevenueObject.workspace_id == ws.id,
            WorkspaceRevenueObject.deleted_at.is_(None),
        )
        .order_by(WorkspaceRevenueObject.position)
    ).all()
    return list(rows[:2])


def tab_objects(session: Session, ws: Workspace, tab: ViewTab) -> list[ObjectType]:
    """The objects whose pipelines a tab shows: the service object, or the revenue ones."""
    if tab == ViewTab.SERVICES:
        ids = [ws.service_object_id] if ws.service_object_id else []
    elif tab == ViewTab.REVENUE:
        ids = [r.object_type_id for r in revenue_settings(session, ws)]
    else:
        raise ValueError(f"{tab} has no pipelines")
    return [o for o in (session.get(ObjectType, i) for i in ids) if o is not None]


STAGE_KEY = "stage"


def stage_property(pipelines: Iterable[PipelineInfo]) -> PropertyInfo:
    """The stage as a read-only column a table shows (by the stages' names) and sorts."""
    names = tuple(dict.fromkeys(s.name for p in pipelines for s in p.stages))
    return PropertyInfo(
        uuid.UUID(int=0), STAGE_KEY, "Stage", PropertyType.CHOICE, "stage_id", False, True, names
    )


def tab_pipelines(session: Session, viewer: Person, tab: ViewTab) -> TabPipelines:
    """The pipelines the viewer's workspace shows in the Services or Revenue tab, in order
    (for Revenue: the first revenue object's pipelines, then the second's)."""
    ws = workspace_for(session, viewer)
    shown = shown_pipeline_ids(session, ws)
    pipelines = [
        replace(p, owner_key=csm_property_key(session, ws, tab, o.id))
        for o in tab_objects(session, ws, tab)
        for p in pipelines_of(session, o)
        if p.id in shown
    ]
    if tab == ViewTab.SERVICES:
        tab_shown, default, layout = (
            ws.services_tab_shown, ws.services_default_pipeline_id, ws.services_default_layout
        )  # fmt: skip
    else:
        first = next(iter(revenue_settings(session, ws)), None)
        tab_shown = ws.revenue_tab_shown
        default = first.default_pipeline_id if first else None
        layout = first.default_layout if first else "board"
    return TabPipelines(
        tab_shown and bool(pipelines),
        tuple(pipelines),
        default,
        layout if layout in LAYOUTS else "board",
    )


def stage_totals(
    session: Session,
    query: RecordQuery,
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
) -> dict[uuid.UUID, StageTotal]:
    """Each stage's record count and amount total for a pipeline query (one GROUP BY)."""
    rows = session.execute(
        select(Record.stage_id, func.count(), func.coalesce(func.sum(Record.amount_minor), 0))
        .where(matching(session, query, props, ctx))
        .group_by(Record.stage_id)
    )
    return {stage_id: StageTotal(n, int(total or 0)) for stage_id, n, total in rows if stage_id}


def missing_for_stage(
    session: Session, record_id: uuid.UUID, stage_id: uuid.UUID
) -> list[PropertyInfo]:
    """The required properties of `stage_id` that the record has no value for (OBJ-3):
    what the move dialog asks for."""
    record = records.get_record(session, record_id)
    props = load_properties(session, record.object_type_id)
    missing = []
    for definition in records.required_for_stage(session, stage_id):
        prop = props.get(definition.key)
        if prop is None:
            continue
        value = records.get_value(record, prop)
        if value is None or value == "" or value == []:
            missing.append(prop)
    return missing


def move_to_stage(
    session: Session,
    viewer: Person,
    record_ids: Iterable[uuid.UUID],
    stage_id: uuid.UUID,
    values: Mapping[str, Any] | None = None,
    *,
    locale: str | None = None,
) -> list[StageMove]:
    """Move records into a stage of their pipeline, with the values the stage requires
    (text numbers read in `locale`, the viewer's), as one user action (one history
    batch); a refused value or a missing required property raises and nothing is
    written (the caller's transaction is rolled back)."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    stage_key = as_uuid(stage_id)
    stage = session.get(Stage, stage_key) if stage_key is not None else None
    if stage is None or stage.deleted_at is not None:
        raise ValidationError(records.STAGE, QT_TR_NOOP("That stage does not exist."))
    batch = None
    moves = []
    # Every row locked before the first change, so the batch's time follows the locks.
    locked = [records.get_record(session, i, for_update=True) for i in record_ids]
    if any(record.pipeline_id != stage.pipeline_id for record in locked):
        raise ValidationError(
            records.STAGE, QT_TR_NOOP("That stage is not in the record's pipeline.")
        )
    stage_id = stage.id
    for record in locked:
        if record.stage_id == stage_id and not values:
            continue
        # a plain move (no required values) needs no property definitions: skip the read
        props = load_properties(session, record.object_type_id) if values else {}
        before = {k: records.get_value(record, props[k]) for k in values or {} if k in props}
        from_stage, amount = record.stage_id, record.amount_minor or 0
        batch = records.update_record(
            session, actor, record, {**(values or {}), records.STAGE: stage_id},
            batch=batch, locale=locale,
        )  # fmt: skip
        moves.append(
            StageMove(record.id, from_stage, stage_id, before, amount, record.amount_minor or 0)
        )
    return moves


def undo_moves(session: Session, viewer: Person, moves: Iterable[StageMove]) -> None:
    """Put records back where the moves found them, values included; the undo is a change
    of its own in the history (source: the user)."""
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    batch = None
    moves = list(moves)
    locked = [records.get_record(session, m.record_id, for_update=True) for m in moves]
    for move, record in zip(moves, locked, strict=True):
        values: dict[str, Any] = {**move.values_before, records.STAGE: move.from_stage_id}
        batch = records.update_record(session, actor, record, values, batch=batch)
