"""What a "+ Create" record form asks for (OBJ-2, OBJ-3, UX-5): an object's required
properties and its common ones, its pipelines with each stage's required properties, and
which user property starts as the viewer. Saving is `records.create_record`, which checks
every field at once (`records.check_new_record`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.i18n import QT_TR_NOOP
from app.domain.pipelines import PipelineInfo, pipelines_of
from app.domain.properties import PropertyInfo, load_properties
from app.store import ObjectType, PropertyType

# "Common" properties are the promoted ones (docs/decisions.md, "Create forms"): the name,
# the domain or e-mail, the owner, the amount and the renewal, close or go-live date, the
# columns every table, board card and filter reads first, for standard and custom objects.
COMMON_COLUMNS = ("name", "search_key", "owner_id", "amount_minor", "renewal_date")


@dataclass(frozen=True)
class FormSpec:
    """The fields of one object's create form."""

    object_type_id: uuid.UUID
    singular: str
    fields: tuple[PropertyInfo, ...]
    owner_key: str | None  # the user property filled with the viewer to begin with
    pipelines: tuple[PipelineInfo, ...] = ()
    stage_fields: dict[uuid.UUID, tuple[PropertyInfo, ...]] = field(default_factory=dict)

    def for_stage(self, stage_id: uuid.UUID | None) -> tuple[PropertyInfo, ...]:
        """The stage's required properties that the form does not already ask for."""
        if stage_id is None:
            return ()
        keys = {p.key for p in self.fields}
        return tuple(p for p in self.stage_fields.get(stage_id, ()) if p.key not in keys)

    def pipeline(self, pipeline_id: uuid.UUID | None) -> PipelineInfo | None:
        """One of the object's pipelines, else its first (None without pipelines)."""
        chosen = [p for p in self.pipelines if p.id == pipeline_id] or list(self.pipelines)
        return chosen[0] if chosen else None


def object_type(session: Session, object_type_id: uuid.UUID) -> ObjectType:
    """A live object type, or NotFound."""
    found = session.get(ObjectType, object_type_id)
    if found is None or found.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That object does not exist."))
    return found


def form_spec(session: Session, object_type_id: uuid.UUID) -> FormSpec:
    """The create form of an object: required and common properties in their order."""
    obj = object_type(session, object_type_id)
    props = load_properties(session, obj.id)
    fields = tuple(
        sorted(
            (
                p
                for p in props.values()
                if not p.is_read_only and (p.is_required or p.column in COMMON_COLUMNS)
            ),
            key=lambda p: p.position,
        )
    )
    owner = next(
        (p.key for p in fields if p.type == PropertyType.USER and p.column == "owner_id"), None
    )
    pipelines = tuple(pipelines_of(session, obj)) if obj.has_pipelines else ()
    stage_fields = {
        stage.id: tuple(props[key] for key in stage.required if key in props)
        for pipeline in pipelines
        for stage in pipeline.stages
    }
    return FormSpec(obj.id, obj.singular, fields, owner, pipelines, stage_fields)
