"""The Dashboards tab's access to the domain (DASH-1, DASH-2): the workspace's dashboards
the viewer sees, a dashboard's tiles, and the actions on them, each one short transaction
through the change channel (the tiles' charts compute themselves off the GUI thread, as
the Summary's do: `ReportModel`)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from app.domain import dashboards as domain
from app.domain.dashboards import DashboardAccess, DashboardInfo, Tile
from app.domain.reports import ReportSpec
from app.domain.users_teams import teams
from app.domain.viewer import Viewer
from app.domain.workspace import workspace_for
from app.models.changes import write
from app.store.engine import Database

# What changes what the tab lists.
TABLES = (
    "dashboards", "dashboard_reports", "workspace_dashboards", "workspace_dashboard_teams",
    "reports", "teams", "team_memberships", "users",
)  # fmt: skip


class Dashboards:
    """One viewer's dashboards of their workspace."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db, self.viewer = db, viewer

    def shown(self) -> list[DashboardInfo]:
        with self.db.session() as session:
            return domain.visible_dashboards(
                session, self.viewer, workspace_for(session, self.viewer)
            )

    def tiles(self, dashboard_id: uuid.UUID) -> list[Tile]:
        with self.db.session() as session:
            return domain.tiles(session, self.viewer, dashboard_id)

    def teams(self) -> list[tuple[uuid.UUID, str]]:
        """The teams access can be given to, by name."""
        with self.db.session() as session:
            return teams(session)

    def to_add(self) -> list[tuple[uuid.UUID, str]]:
        with self.db.session() as session:
            return domain.dashboards_to_add(
                session, self.viewer, workspace_for(session, self.viewer)
            )

    def create(
        self, name: str, access: DashboardAccess, team_ids: Sequence[uuid.UUID], confirmed: bool,
        origin: object = None,
    ) -> uuid.UUID:  # fmt: skip
        return write(self.db, lambda s: domain.create_dashboard(
            s, self.viewer, workspace_for(s, self.viewer), name, access=access,
            team_ids=team_ids, confirmed=confirmed), origin)  # fmt: skip

    def add(
        self, dashboard_id: uuid.UUID, access: DashboardAccess, team_ids: Sequence[uuid.UUID],
        confirmed: bool, origin: object = None,
    ) -> None:  # fmt: skip
        write(self.db, lambda s: domain.add_dashboard(
            s, self.viewer, workspace_for(s, self.viewer), dashboard_id, access=access,
            team_ids=team_ids, confirmed=confirmed), origin)  # fmt: skip

    def set_access(
        self, placement_id: uuid.UUID, access: DashboardAccess, team_ids: Sequence[uuid.UUID],
        confirmed: bool, origin: object = None,
    ) -> None:  # fmt: skip
        write(self.db, lambda s: domain.set_access(
            s, self.viewer, placement_id, access=access, team_ids=team_ids,
            confirmed=confirmed), origin)  # fmt: skip

    def remove(self, placement_id: uuid.UUID, origin: object = None) -> None:
        write(self.db, lambda s: domain.remove_dashboard(s, self.viewer, placement_id), origin)

    def add_report(
        self, dashboard_id: uuid.UUID, name: str, spec: ReportSpec, origin: object = None
    ) -> uuid.UUID:
        return write(
            self.db, lambda s: domain.add_report(s, self.viewer, dashboard_id, name, spec), origin
        )

    def remove_tile(self, tile_id: uuid.UUID, origin: object = None) -> None:
        write(self.db, lambda s: domain.remove_tile(s, self.viewer, tile_id), origin)

    def arrange(self, tile_id: uuid.UUID, place: int, origin: object = None) -> None:
        write(self.db, lambda s: domain.arrange(s, self.viewer, tile_id, place), origin)

    def resize(self, tile_id: uuid.UUID, width: int, height: int, origin: object = None) -> None:
        write(self.db, lambda s: domain.resize_tile(s, self.viewer, tile_id, width, height), origin)
