"""Settings → Objects, the pipelines of objects with stages (OBJ-3, PERM-4): add, rename,
reorder and archive pipelines and stages, and the properties a stage requires. As for
properties (`object_settings`), these are the whole account's settings: the rule is
`can_change_workspace_settings` in the main workspace. Archiving is a tombstone, and a
pipeline or stage that still holds records is refused (its records would vanish from
the boards)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import writer
from app.domain.errors import NotFound, ValidationError
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.object_settings import DEFAULT_STAGES, _actor, _name, _object, _reorder, _same
from app.domain.viewer import Person
from app.store import (
    ObjectType,
    Pipeline,
    PropertyDefinition,
    Record,
    Stage,
    StageRequiredProperty,
    Workspace,
    WorkspacePipeline,
    WorkspaceRevenueObject,
    new_id,
)

# What `_name` says of a pipeline's and a stage's name (as object_settings._SINGULAR).
_PIPELINE_NAME = (
    QT_TR_NOOP("Enter the pipeline name."),
    QT_TR_NOOP("The pipeline name must be a single line."),
    QT_TR_NOOP("The pipeline name is longer than {n} characters."),
)
_STAGE_NAME = (
    QT_TR_NOOP("Enter the stage name."),
    QT_TR_NOOP("The stage name must be a single line."),
    QT_TR_NOOP("The stage name is longer than {n} characters."),
)


def _pipelines(session: Session, object_type_id: uuid.UUID) -> list[Pipeline]:
    return list(
        session.scalars(
            select(Pipeline)
            .where(Pipeline.object_type_id == object_type_id, Pipeline.deleted_at.is_(None))
            .order_by(Pipeline.position)
        )
    )


def _stages(session: Session, pipeline_id: uuid.UUID) -> list[Stage]:
    return list(
        session.scalars(
            select(Stage)
            .where(Stage.pipeline_id == pipeline_id, Stage.deleted_at.is_(None))
            .order_by(Stage.position)
        )
    )


def _pipeline(session: Session, pipeline_id: uuid.UUID) -> Pipeline:
    pipeline = session.get(Pipeline, pipeline_id)
    if pipeline is None or pipeline.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That pipeline no longer exists."))
    return pipeline


def _stage(session: Session, stage_id: uuid.UUID) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None or stage.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That stage no longer exists."))
    return stage


def _staged(session: Session, object_type_id: uuid.UUID) -> ObjectType:
    obj = _object(session, object_type_id)
    if not obj.has_pipelines:
        raise ValidationError(
            "pipeline", QT_TR_NOOP("{objects} have no stages."), objects=obj.plural
        )
    return obj


def _records_in(session: Session, column: Any, value: uuid.UUID) -> int:
    found = session.scalar(
        select(func.count()).select_from(Record).where(column == value, Record.deleted_at.is_(None))
    )
    return int(found or 0)


def _workspaces_showing(session: Session, obj: ObjectType) -> list[Workspace]:
    """The live workspaces whose Services or Revenue tab shows this object's pipelines."""
    revenue = set(
        session.scalars(
            select(WorkspaceRevenueObject.workspace_id).where(
                WorkspaceRevenueObject.object_type_id == obj.id,
                WorkspaceRevenueObject.deleted_at.is_(None),
            )
        )
    )
    return [
        ws
        for ws in session.scalars(select(Workspace).where(Workspace.deleted_at.is_(None)))
        if ws.service_object_id == obj.id or ws.id in revenue
    ]


def add_pipeline(
    session: Session,
    viewer: Person,
    object_type_id: uuid.UUID,
    name: str,
    stages: Sequence[str] = DEFAULT_STAGES,
) -> Pipeline:
    """A new pipeline of an object with stages, its stages in order (the last is closed);
    the workspaces that show the object show it too."""
    actor = _actor(session, viewer)
    obj = _staged(session, object_type_id)
    name = _name(name, "pipeline", _PIPELINE_NAME)
    live = _pipelines(session, obj.id)
    if any(_same(p.name, name) for p in live):
        raise ValidationError(
            "pipeline",
            QT_TR_NOOP("{objects} already have a pipeline “{name}”."),
            objects=obj.plural,
            name=name,
        )
    stage_names = [_name(s, "stage", _STAGE_NAME) for s in stages]
    if not stage_names:
        raise ValidationError("stage", QT_TR_NOOP("A pipeline needs at least one stage."))
    if len({s.casefold() for s in stage_names}) != len(stage_names):
        raise ValidationError("stage", QT_TR_NOOP("Two stages have the same name."))
    batch = ChangeBatch(session, actor.id)
    pipeline = writer.add(batch, Pipeline(
        id=new_id(), object_type_id=obj.id, name=name,
        position=max((p.position for p in live), default=-1) + 1,
    ))  # fmt: skip
    for i, stage in enumerate(stage_names):
        writer.add(batch, Stage(
            id=new_id(), pipeline_id=pipeline.id, name=stage, position=i,
            is_closed=i == len(stage_names) - 1 and len(stage_names) > 1,
        ))  # fmt: skip
    for ws in _workspaces_showing(session, obj):
        last = session.scalar(
            select(func.max(WorkspacePipeline.position)).where(
                WorkspacePipeline.workspace_id == ws.id
            )
        )
        writer.add(batch, WorkspacePipeline(
            workspace_id=ws.id, pipeline_id=pipeline.id, position=(last or 0) + 1
        ))  # fmt: skip
    session.flush()
    return pipeline


def rename_pipeline(session: Session, viewer: Person, pipeline_id: uuid.UUID, name: str) -> None:
    """Give a pipeline a new name (unique within its object)."""
    actor = _actor(session, viewer)
    pipeline = _pipeline(session, pipeline_id)
    name = _name(name, "pipeline", _PIPELINE_NAME)
    obj = _object(session, pipeline.object_type_id)
    if any(p.id != pipeline.id and _same(p.name, name) for p in _pipelines(session, obj.id)):
        raise ValidationError(
            "pipeline",
            QT_TR_NOOP("{objects} already have a pipeline “{name}”."),
            objects=obj.plural,
            name=name,
        )
    writer.set_fields(ChangeBatch(session, actor.id), pipeline, {"name": name})
    session.flush()


def reorder_pipelines(
    session: Session, viewer: Person, object_type_id: uuid.UUID, pipeline_ids: Sequence[uuid.UUID]
) -> None:
    """Put an object's live pipelines in the order given (every one, once)."""
    actor = _actor(session, viewer)
    obj = _staged(session, object_type_id)
    _reorder(
        ChangeBatch(session, actor.id),
        _pipelines(session, obj.id),
        pipeline_ids,
        QT_TR_NOOP("Give every pipeline once to reorder them."),
    )
    session.flush()


def archive_pipeline(session: Session, viewer: Person, pipeline_id: uuid.UUID) -> None:
    """Archive a pipeline without records; an object keeps at least one."""
    actor = _actor(session, viewer)
    pipeline = _pipeline(session, pipeline_id)
    obj = _object(session, pipeline.object_type_id)
    if len(_pipelines(session, obj.id)) <= 1:
        raise ValidationError(
            "pipeline", QT_TR_NOOP("{objects} keep at least one pipeline."), objects=obj.plural
        )
    held = _records_in(session, Record.pipeline_id, pipeline.id)
    if held:
        raise ValidationError(
            "pipeline",
            QT_TR_NOOP("{n} records are in “{name}”: move them to another first."),
            n=held,
            name=pipeline.name,
        )
    batch = ChangeBatch(session, actor.id)
    writer.tombstone(batch, pipeline)
    for row in session.scalars(
        select(WorkspacePipeline).where(
            WorkspacePipeline.pipeline_id == pipeline.id, WorkspacePipeline.deleted_at.is_(None)
        )
    ):
        writer.tombstone(batch, row)
    session.flush()


def add_stage(
    session: Session, viewer: Person, pipeline_id: uuid.UUID, name: str, *, closed: bool = False
) -> Stage:
    """A new stage at the end of a pipeline (a closed one marks won, lost or done)."""
    actor = _actor(session, viewer)
    pipeline = _pipeline(session, pipeline_id)
    name = _name(name, "stage", _STAGE_NAME)
    live = _stages(session, pipeline.id)
    if any(_same(s.name, name) for s in live):
        raise ValidationError(
            "stage",
            QT_TR_NOOP("“{pipeline}” already has a stage “{stage}”."),
            pipeline=pipeline.name,
            stage=name,
        )
    stage = writer.add(ChangeBatch(session, actor.id), Stage(
        id=new_id(), pipeline_id=pipeline.id, name=name, is_closed=closed,
        position=max((s.position for s in live), default=-1) + 1,
    ))  # fmt: skip
    session.flush()
    return stage


def rename_stage(session: Session, viewer: Person, stage_id: uuid.UUID, name: str) -> None:
    """Give a stage a new name (unique within its pipeline)."""
    actor = _actor(session, viewer)
    stage = _stage(session, stage_id)
    name = _name(name, "stage", _STAGE_NAME)
    pipeline = _pipeline(session, stage.pipeline_id)
    if any(s.id != stage.id and _same(s.name, name) for s in _stages(session, pipeline.id)):
        raise ValidationError(
            "stage",
            QT_TR_NOOP("“{pipeline}” already has a stage “{stage}”."),
            pipeline=pipeline.name,
            stage=name,
        )
    writer.set_fields(ChangeBatch(session, actor.id), stage, {"name": name})
    session.flush()


def set_stage_closed(session: Session, viewer: Person, stage_id: uuid.UUID, closed: bool) -> None:
    """Mark a stage closed (won, lost, done: its cards' dates are no longer overdue) or open."""
    actor = _actor(session, viewer)
    stage = _stage(session, stage_id)
    writer.set_fields(ChangeBatch(session, actor.id), stage, {"is_closed": bool(closed)})
    session.flush()


def reorder_stages(
    session: Session, viewer: Person, pipeline_id: uuid.UUID, stage_ids: Sequence[uuid.UUID]
) -> None:
    """Put a pipeline's live stages in the order given (every one, once): the board's
    columns follow."""
    actor = _actor(session, viewer)
    pipeline = _pipeline(session, pipeline_id)
    _reorder(
        ChangeBatch(session, actor.id),
        _stages(session, pipeline.id),
        stage_ids,
        QT_TR_NOOP("Give every stage once to reorder them."),
    )
    session.flush()


def archive_stage(session: Session, viewer: Person, stage_id: uuid.UUID) -> None:
    """Archive a stage without records; a pipeline keeps at least one."""
    actor = _actor(session, viewer)
    stage = _stage(session, stage_id)
    pipeline = _pipeline(session, stage.pipeline_id)
    if len(_stages(session, pipeline.id)) <= 1:
        raise ValidationError(
            "stage", QT_TR_NOOP("“{name}” keeps at least one stage."), name=pipeline.name
        )
    held = _records_in(session, Record.stage_id, stage.id)
    if held:
        raise ValidationError(
            "stage",
            QT_TR_NOOP("{n} records are in “{name}”: move them to another stage first."),
            n=held,
            name=stage.name,
        )
    writer.tombstone(ChangeBatch(session, actor.id), stage)
    session.flush()


def required_property_ids(session: Session, stage_id: uuid.UUID) -> set[uuid.UUID]:
    """The live properties a stage requires (OBJ-3)."""
    return set(
        session.scalars(
            select(StageRequiredProperty.property_id)
            .join(PropertyDefinition, PropertyDefinition.id == StageRequiredProperty.property_id)
            .where(
                StageRequiredProperty.stage_id == stage_id,
                StageRequiredProperty.deleted_at.is_(None),
                PropertyDefinition.deleted_at.is_(None),
            )
        )
    )


def set_required_properties(
    session: Session, viewer: Person, stage_id: uuid.UUID, property_ids: Collection[uuid.UUID]
) -> None:
    """The properties a record needs before it enters the stage (OBJ-3): live, editable
    properties of the pipeline's object."""
    actor = _actor(session, viewer)
    stage = _stage(session, stage_id)
    pipeline = _pipeline(session, stage.pipeline_id)
    wanted = set(property_ids)
    for pid in wanted:
        prop = session.get(PropertyDefinition, pid)
        if (
            prop is None
            or prop.deleted_at is not None
            or prop.object_type_id != pipeline.object_type_id
            or prop.is_read_only
        ):
            raise ValidationError(
                "required", QT_TR_NOOP("A stage requires editable properties of its object.")
            )
    rows = {
        r.property_id: r
        for r in session.scalars(
            select(StageRequiredProperty).where(StageRequiredProperty.stage_id == stage.id)
        )
    }
    batch = ChangeBatch(session, actor.id)
    for pid in wanted:
        row = rows.get(pid)
        if row is None:
            writer.add(batch, StageRequiredProperty(stage_id=stage.id, property_id=pid))
        else:
            writer.restore(batch, row)
    for pid, row in rows.items():
        if pid not in wanted:
            writer.tombstone(batch, row)
    session.flush()
