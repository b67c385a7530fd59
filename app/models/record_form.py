"""The Qt side's access to the "+ Create" record form (OBJ-2, OBJ-3, UX-5): what the
form asks for, who may save it, and the create action through the change channel. The
dialog never opens a session."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from app.domain import permissions, records
from app.domain.properties import PropertyInfo
from app.domain.record_form import FormSpec, form_spec, object_type
from app.domain.viewer import Viewer
from app.domain.workspace import active_users
from app.models.changes import write
from app.models.formatting import ValueFormatter
from app.store.engine import Database


class RecordForm:
    """One object's create form for one viewer, placed in a pipeline and stage when the
    form was opened from one (a board column, a pipeline tab)."""

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        object_type_id: uuid.UUID,
        pipeline_id: uuid.UUID | None = None,
        stage_id: uuid.UUID | None = None,
    ) -> None:
        self.db = db
        self.viewer = viewer
        with db.session() as session:
            self.spec: FormSpec = form_spec(session, object_type_id)
            users = [(u.id, u.name) for u in active_users(session)]
        self.formatter = ValueFormatter(viewer.locale, viewer.time_zone, dict(users))
        self.pipeline_id = pipeline_id
        self.stage_id = stage_id

    @property
    def fields(self) -> tuple[PropertyInfo, ...]:
        """The object's required and common properties, in order."""
        return self.spec.fields

    def verdict(self) -> permissions.Verdict:
        """May the viewer create records (PERM-3); the reason when not."""
        return permissions.can_edit_records(self.viewer)

    def stage_fields(self, stage_id: uuid.UUID | None) -> tuple[PropertyInfo, ...]:
        """What a stage requires beyond the form's own fields (OBJ-3)."""
        return self.spec.for_stage(stage_id)

    def create(self, values: Mapping[str, Any]) -> uuid.UUID:
        """Create the record in one transaction; every refused field at once raises
        ValidationErrors, and nothing is saved."""

        def action(session: Any) -> uuid.UUID:
            obj = object_type(session, self.spec.object_type_id)
            record = records.create_record(
                session, self.viewer, obj, values, locale=self.viewer.locale
            )
            return record.id

        return write(self.db, action, self)
