"""The Qt side's access to Settings → Objects and Settings → Team workspaces (OBJ-1..3,
SET-1, SET-2, SET-4..6): reads in short sessions, and each change as one user action
through the change channel (`changes.write`), so the window's tabs follow."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.domain import object_settings as objs
from app.domain import pipeline_settings, tab_settings, team_workspaces, workspace
from app.domain.errors import NotFound
from app.domain.i18n import QT_TR_NOOP
from app.domain.permissions import Verdict
from app.domain.pipelines import PipelineInfo, pipelines_of, revenue_settings, tab_objects
from app.domain.properties import PropertyInfo
from app.domain.viewer import Viewer
from app.models.changes import write
from app.store import ObjectType, PropertyType, ViewTab
from app.store.engine import Database

R = TypeVar("R")
Choice = tuple[uuid.UUID, str]


@dataclass(frozen=True)
class TabRole:
    """How the viewer's workspace uses an object in a pipeline tab (SET-4, SET-5): its CSM
    and renewal properties, and the properties that may be chosen."""

    tab: ViewTab
    csm_property_id: uuid.UUID | None
    renewal_property_id: uuid.UUID | None
    users: tuple[Choice, ...]
    dates: tuple[Choice, ...]


class _Form:
    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer

    def _read(self, read: Callable[[Session], R]) -> R:
        with self.db.session() as session:
            return read(session)

    def _write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One user action: `fn(session, viewer, *args)`; an id for what it created."""

        def action(session: Session) -> Any:
            made = fn(session, self.viewer, *args, **kwargs)
            return getattr(made, "id", made)

        return write(self.db, action)


class ObjectSettings(_Form):
    """Objects, properties, options, pipelines and stages, and the workspace's choices."""

    def verdict(self) -> Verdict:
        """May the viewer change them (PERM-4), with the reason if not."""
        return self._read(lambda s: objs.may_change(s, self.viewer))

    def objects(self) -> list[objs.ObjectInfo]:
        """The objects with records."""
        return self._read(objs.objects)

    def properties(self, object_id: uuid.UUID) -> list[PropertyInfo]:
        """An object's live properties, in order."""
        return self._read(lambda s: objs.properties(s, object_id))

    def archived(self, object_id: uuid.UUID) -> list[Choice]:
        """An object's archived properties."""
        return self._read(
            lambda s: [(p.id, p.label) for p in objs.archived_properties(s, object_id)]
        )

    def options(self, property_id: uuid.UUID) -> list[objs.OptionInfo]:
        """A choice property's live options."""
        return self._read(lambda s: objs.options(s, property_id))

    def pipelines(self, object_id: uuid.UUID) -> list[PipelineInfo]:
        """An object's live pipelines with their stages."""

        def read(session: Session) -> list[PipelineInfo]:
            obj = session.get(ObjectType, object_id)
            if obj is None:
                raise NotFound(QT_TR_NOOP("That object no longer exists."))
            return pipelines_of(session, obj)

        return self._read(read)

    def required(self, stage_id: uuid.UUID) -> set[uuid.UUID]:
        """The properties a stage requires."""
        return self._read(lambda s: pipeline_settings.required_property_ids(s, stage_id))

    def object_choices(self) -> tab_settings.ObjectChoices:
        """SET-1 in the viewer's workspace."""
        return self._read(lambda s: tab_settings.object_choices(s, self.viewer))

    def tab_role(self, object_id: uuid.UUID) -> TabRole | None:
        """The Services or Revenue role of an object in the viewer's workspace, if any."""

        def read(session: Session) -> TabRole | None:
            ws = workspace.workspace_for(session, self.viewer)
            for tab in (ViewTab.SERVICES, ViewTab.REVENUE):
                if object_id not in {o.id for o in tab_objects(session, ws, tab)}:
                    continue
                if tab == ViewTab.SERVICES:
                    csm, renewal = ws.service_csm_property_id, ws.service_renewal_property_id
                else:
                    row = next(
                        r for r in revenue_settings(session, ws) if r.object_type_id == object_id
                    )
                    csm, renewal = row.csm_property_id, row.renewal_property_id
                users = workspace.properties_of_type(session, object_id, PropertyType.USER)
                dates = workspace.properties_of_type(session, object_id, PropertyType.DATE)
                return TabRole(
                    tab, csm, renewal,
                    tuple((p.id, p.label) for p in users), tuple((p.id, p.label) for p in dates),
                )  # fmt: skip
            return None

        return self._read(read)

    # ---- changes (each one user action) ------------------------------------------------

    def create_object(self, singular: str, plural: str, has_pipelines: bool) -> uuid.UUID:
        """A custom object; its id."""
        return self._write(objs.create_object, singular, plural, has_pipelines=has_pipelines)

    def rename_object(self, object_id: uuid.UUID, singular: str, plural: str) -> None:
        """Rename a custom object."""
        self._write(objs.rename_object, object_id, singular, plural)

    def archive_object(self, object_id: uuid.UUID) -> None:
        """Archive a custom object."""
        self._write(objs.archive_object, object_id)

    def add_property(
        self, object_id: uuid.UUID, label: str, kind: PropertyType, options: Sequence[str]
    ) -> uuid.UUID:
        """A new property; its id."""
        return self._write(objs.add_property, object_id, label, kind, options)

    def rename_property(self, property_id: uuid.UUID, label: str) -> None:
        """A property's new label."""
        self._write(objs.rename_property, property_id, label)

    def reorder_properties(self, object_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
        """An object's properties in a new order."""
        self._write(objs.reorder_properties, object_id, ids)

    def archive_property(self, property_id: uuid.UUID) -> None:
        """Archive a property."""
        self._write(objs.archive_property, property_id)

    def restore_property(self, property_id: uuid.UUID) -> None:
        """Bring an archived property back."""
        self._write(objs.restore_property, property_id)

    def add_option(self, property_id: uuid.UUID, value: str) -> None:
        """A new option at the end."""
        self._write(objs.add_option, property_id, value)

    def rename_option(self, option_id: uuid.UUID, value: str) -> None:
        """An option's new name (records holding it follow)."""
        self._write(objs.rename_option, option_id, value)

    def reorder_options(self, property_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
        """A choice's options in a new order."""
        self._write(objs.reorder_options, property_id, ids)

    def archive_option(self, option_id: uuid.UUID) -> None:
        """Archive an option."""
        self._write(objs.archive_option, option_id)

    def add_pipeline(self, object_id: uuid.UUID, name: str) -> uuid.UUID:
        """A new pipeline with the starting stages; its id."""
        return self._write(pipeline_settings.add_pipeline, object_id, name)

    def rename_pipeline(self, pipeline_id: uuid.UUID, name: str) -> None:
        """A pipeline's new name."""
        self._write(pipeline_settings.rename_pipeline, pipeline_id, name)

    def reorder_pipelines(self, object_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
        """An object's pipelines in a new order."""
        self._write(pipeline_settings.reorder_pipelines, object_id, ids)

    def archive_pipeline(self, pipeline_id: uuid.UUID) -> None:
        """Archive an empty pipeline."""
        self._write(pipeline_settings.archive_pipeline, pipeline_id)

    def add_stage(self, pipeline_id: uuid.UUID, name: str, closed: bool = False) -> uuid.UUID:
        """A new stage at the end; its id."""
        return self._write(pipeline_settings.add_stage, pipeline_id, name, closed=closed)

    def rename_stage(self, stage_id: uuid.UUID, name: str) -> None:
        """A stage's new name."""
        self._write(pipeline_settings.rename_stage, stage_id, name)

    def set_stage_closed(self, stage_id: uuid.UUID, closed: bool) -> None:
        """Mark a stage closed or open."""
        self._write(pipeline_settings.set_stage_closed, stage_id, closed)

    def reorder_stages(self, pipeline_id: uuid.UUID, ids: Sequence[uuid.UUID]) -> None:
        """A pipeline's stages in a new order."""
        self._write(pipeline_settings.reorder_stages, pipeline_id, ids)

    def archive_stage(self, stage_id: uuid.UUID) -> None:
        """Archive an empty stage."""
        self._write(pipeline_settings.archive_stage, stage_id)

    def set_required(self, stage_id: uuid.UUID, ids: Collection[uuid.UUID]) -> None:
        """The properties a stage requires."""
        self._write(pipeline_settings.set_required_properties, stage_id, ids)

    def save_object_choices(self, service_id: uuid.UUID, revenue_ids: Sequence[uuid.UUID]) -> None:
        """SET-1: the service object and revenue objects of the viewer's workspace."""

        def save(session: Session, viewer: Viewer) -> None:
            ws = workspace.workspace_for(session, viewer)
            tab_settings.update_object_choices(
                session, viewer, ws, service_object_id=service_id, revenue_object_ids=revenue_ids
            )

        self._write(save)

    def save_tab_role(
        self,
        tab: ViewTab,
        object_id: uuid.UUID,
        csm_id: uuid.UUID | None,
        renewal_id: uuid.UUID | None,
    ) -> None:
        """SET-4, SET-5: an object's CSM and renewal properties in its tab."""
        self._write(
            tab_settings.update_object_properties, tab, object_id,
            csm_property_id=csm_id, renewal_property_id=renewal_id,
        )  # fmt: skip


class TeamWorkspaceSettings(_Form):
    """The team workspaces and teams (SET-2, SET-6)."""

    def verdict(self) -> Verdict:
        """May the viewer change them (PERM-4 in the main workspace)."""
        return self._read(lambda s: objs.may_change(s, self.viewer))

    def workspaces(self) -> list[team_workspaces.TeamWorkspace]:
        """The live team workspaces."""
        return self._read(team_workspaces.team_workspaces)

    def teams(self) -> list[team_workspaces.TeamInfo]:
        """Every live team and its workspace."""
        return self._read(team_workspaces.teams)

    def create(self, name: str, description: str, team_ids: Collection[uuid.UUID]) -> uuid.UUID:
        """A new team workspace; its id."""
        return self._write(team_workspaces.create_team_workspace, name, description, team_ids)

    def update(
        self, workspace_id: uuid.UUID, name: str, description: str, team_ids: Collection[uuid.UUID]
    ) -> None:
        """A team workspace's name, description and teams."""
        self._write(
            team_workspaces.update_team_workspace, workspace_id,
            name=name, description=description, team_ids=team_ids,
        )  # fmt: skip

    def delete(self, workspace_id: uuid.UUID, confirmed: bool) -> None:
        """Delete a team workspace (refused by the domain without the tick)."""
        self._write(team_workspaces.delete_team_workspace, workspace_id, confirmed=confirmed)
