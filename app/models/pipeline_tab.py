"""The Qt side's access to a Services or Revenue tab's settings (SET-4, SET-5), the
viewer's last layout and pipeline there, and the check of its filters."""

from __future__ import annotations

import uuid
from typing import Any

from app.domain import permissions, pipelines, tab_settings
from app.domain.preferences import get_preference, set_preference
from app.domain.saved_views import validate_filters
from app.domain.viewer import Viewer
from app.models.changes import write
from app.store import ViewTab
from app.store.engine import Database


class PipelineTabSettings:
    """The Qt side's access to a Services or Revenue tab's settings: which pipelines it
    shows (SET-4, SET-5) and the layout the viewer chose last."""

    def __init__(self, db: Database, viewer: Viewer, tab: ViewTab) -> None:
        self.db = db
        self.viewer = viewer
        self.tab = tab

    def load(self) -> pipelines.TabPipelines:
        """The tab's pipelines, default pipeline and default layout."""
        with self.db.session() as session:
            return pipelines.tab_pipelines(session, self.viewer, self.tab)

    def layout(self, default: str) -> str:
        """The viewer's last layout ("board" or "table"), else the workspace default."""
        with self.db.session() as session:
            chosen = get_preference(session, self.viewer.id, f"layout:{self.tab}", default)
        return chosen if chosen in pipelines.LAYOUTS else default

    def remember_layout(self, layout: str) -> None:
        """Keep the viewer's choice (personal: their own only)."""
        if self.db.read_only:  # a read-only file remembers nothing (issue 11 item 2)
            return
        with self.db.write_session() as session:
            set_preference(session, self.viewer, f"layout:{self.tab}", layout)

    def last_pipeline(self) -> uuid.UUID | None:
        """The pipeline the viewer looked at last in this tab."""
        with self.db.session() as session:
            value = get_preference(session, self.viewer.id, f"pipeline:{self.tab}")
        try:
            return uuid.UUID(value) if value else None
        except ValueError:
            return None

    def remember_pipeline(self, pipeline_id: uuid.UUID) -> None:
        """Keep the pipeline the viewer chose."""
        if self.db.read_only:
            return
        with self.db.write_session() as session:
            set_preference(session, self.viewer, f"pipeline:{self.tab}", str(pipeline_id))

    def tab_settings(self) -> tab_settings.TabSettings:
        """The workspace's settings of this tab (SET-4, SET-5)."""
        with self.db.session() as session:
            return tab_settings.tab_settings(session, self.viewer, self.tab)

    def may_change_settings(self) -> permissions.Verdict:
        """PERM-4: may the viewer change the tab's settings? (The save checks again.)"""
        return permissions.can_manage_settings(self.viewer)

    def save_settings(
        self,
        shown: bool,
        pipeline_ids: list[uuid.UUID],
        default_pipeline_id: uuid.UUID | None,
        default_layout: str,
    ) -> None:
        """Save the tab's settings in one transaction; a refusal raises, nothing saved."""
        write(self.db, lambda session: tab_settings.update_tab_settings(
            session, self.viewer, self.tab, shown=shown,
            pipeline_ids=pipeline_ids, default_pipeline_id=default_pipeline_id,
            default_layout=default_layout,
        ), self)  # fmt: skip

    def check_filters(self, object_type_id: uuid.UUID, filters: list[Any]) -> None:
        """Raise the domain's ValidationError when filters do not fit the object."""
        with self.db.session() as session:
            validate_filters(session, self.viewer, object_type_id, filters)
