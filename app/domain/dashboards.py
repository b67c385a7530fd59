"""Dashboards (DASH-1, DASH-2): a workspace's Dashboards tab lists the dashboards added to
it, each with its access — "Available to everyone" in the workspace, or assigned to
teams — and a dashboard is a grid of reports three columns wide.

Who may do what (PERM-6, enforced here):
- seeing a dashboard: a member of the workspace (SET-2) whom its access lets in (everyone,
  or a member of one of its teams; super admins see every dashboard);
- creating one, adding an existing one to the workspace's tab, changing its access or
  taking it off the tab: workspace settings (PERM-4: a seat and super admin or Manage CS
  settings), with the "I confirm users will have view access" tick (DASH-1);
- arranging its reports (add, remove, move, resize): full use (PERM-3) by someone who sees it.

The grid: tiles flow in their order into three columns, each one to three columns wide and
one or two rows tall (`pack`); moving a tile puts it at another place in the order, and
its row and column are worked out again for every tile.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import NotFound, PermissionDenied, ValidationError, required_name
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.reports import ReportSpec, can_add_reports, save_report
from app.domain.viewer import Person
from app.store import (
    Dashboard,
    DashboardAccess,
    DashboardReport,
    Report,
    Team,
    TeamMembership,
    Workspace,
    WorkspaceDashboard,
    WorkspaceDashboardTeam,
    new_id,
)

__all__ = [
    "COLUMNS", "MAX_HEIGHT", "DashboardAccess", "DashboardInfo", "Tile", "add_dashboard",
    "add_report", "arrange", "create_dashboard", "dashboards_to_add", "pack",
    "remove_dashboard", "remove_tile", "resize_tile", "set_access", "tiles", "visible_dashboards",
]  # fmt: skip

COLUMNS = 3  # the grid's width, in tiles of one column
MAX_HEIGHT = 2
CONFIRM = QT_TR_NOOP("Tick “I confirm users will have view access” first.")
NOT_ON_TAB = QT_TR_NOOP("This dashboard is not on your workspace's Dashboards tab.")


@dataclass(frozen=True)
class DashboardInfo:
    """A dashboard on the workspace's tab, with its access."""

    id: uuid.UUID  # the dashboard's
    placement_id: uuid.UUID  # its place on this workspace's tab (WorkspaceDashboard)
    name: str
    description: str
    access: DashboardAccess
    team_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class Tile:
    """A report on a dashboard's grid."""

    id: uuid.UUID
    report_id: uuid.UUID
    name: str
    spec: ReportSpec
    row: int
    col: int
    width: int
    height: int


def pack(sizes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where tiles of (width, height), in order, go on a grid COLUMNS wide: each at the
    first place, row by row, where it fits without covering an earlier one."""
    taken: set[tuple[int, int]] = set()
    places = []
    for width, height in sizes:
        width = max(1, min(COLUMNS, width))
        row = 0
        while True:
            spot = next(
                (
                    col
                    for col in range(COLUMNS - width + 1)
                    if not any(
                        (row + r, col + c) in taken for r in range(height) for c in range(width)
                    )
                ),
                None,
            )
            if spot is not None:
                break
            row += 1
        taken |= {(row + r, spot + c) for r in range(height) for c in range(width)}
        places.append((row, spot))
    return places


# ---- access ------------------------------------------------------------------------------


def _teams_of(session: Session, user: Person) -> set[uuid.UUID]:
    members = session.scalars(
        select(TeamMembership.team_id).where(
            TeamMembership.user_id == user.id, TeamMembership.deleted_at.is_(None)
        )
    )
    return {*members, *((user.primary_team_id,) if user.primary_team_id else ())}


def _team_ids(session: Session, placement: WorkspaceDashboard) -> tuple[uuid.UUID, ...]:
    return tuple(
        session.scalars(
            select(WorkspaceDashboardTeam.team_id).where(
                WorkspaceDashboardTeam.workspace_dashboard_id == placement.id,
                WorkspaceDashboardTeam.deleted_at.is_(None),
            )
        )
    )


def _sees(session: Session, user: Person, placement: WorkspaceDashboard) -> bool:
    if user.is_super_admin or placement.access == DashboardAccess.EVERYONE:
        return True
    return bool(set(_team_ids(session, placement)) & _teams_of(session, user))


def _placements(session: Session, workspace: Workspace) -> list[WorkspaceDashboard]:
    return list(
        session.scalars(
            select(WorkspaceDashboard)
            .join(Dashboard, Dashboard.id == WorkspaceDashboard.dashboard_id)
            .where(
                WorkspaceDashboard.workspace_id == workspace.id,
                WorkspaceDashboard.deleted_at.is_(None),
                Dashboard.deleted_at.is_(None),
            )
            .order_by(WorkspaceDashboard.position, WorkspaceDashboard.created_at)
        )
    )


def visible_dashboards(
    session: Session, viewer: Person, workspace: Workspace
) -> list[DashboardInfo]:
    """DASH-1: the dashboards of the workspace's tab the viewer may see, in order."""
    permissions.in_workspace(session, viewer, workspace).require()
    out = []
    for placement in _placements(session, workspace):
        if not _sees(session, viewer, placement):
            continue
        board = session.get(Dashboard, placement.dashboard_id)
        assert board is not None
        out.append(
            DashboardInfo(board.id, placement.id, board.name, board.description,
                          DashboardAccess(placement.access), _team_ids(session, placement))
        )  # fmt: skip
    return out


def _seen(session: Session, viewer: Person, dashboard_id: uuid.UUID) -> Dashboard:
    """A dashboard the viewer may see on one of their workspaces' tabs; NotFound or
    PermissionDenied otherwise (the access rule, whatever the window shows)."""
    board = session.get(Dashboard, dashboard_id)
    if board is None or board.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("This dashboard was deleted."))
    theirs = permissions.workspaces_of(session, viewer)
    placements = session.scalars(
        select(WorkspaceDashboard).where(
            WorkspaceDashboard.dashboard_id == dashboard_id,
            WorkspaceDashboard.deleted_at.is_(None),
        )
    ).all()
    reachable = [p for p in placements if viewer.is_super_admin or p.workspace_id in theirs]
    if not reachable:
        raise PermissionDenied(NOT_ON_TAB)
    if not any(_sees(session, viewer, p) for p in reachable):
        raise PermissionDenied(QT_TR_NOOP("This dashboard is assigned to teams you are not in."))
    return board


# ---- the tab's dashboards (workspace settings, DASH-1) ------------------------------------


def _check_access(
    session: Session, access: DashboardAccess, team_ids: Sequence[uuid.UUID], confirmed: bool
) -> list[uuid.UUID]:
    if access == DashboardAccess.TEAMS:
        if not team_ids:
            raise ValidationError("teams", QT_TR_NOOP("Choose the teams that may see it."))
        live = set(
            session.scalars(
                select(Team.id).where(Team.id.in_(list(team_ids)), Team.deleted_at.is_(None))
            )
        )
        if live != set(team_ids):
            raise ValidationError("teams", QT_TR_NOOP("One of those teams no longer exists."))
    if not confirmed:
        raise ValidationError("confirm", CONFIRM)
    return list(team_ids) if access == DashboardAccess.TEAMS else []


def _place(
    batch: ChangeBatch, session: Session, workspace: Workspace, dashboard_id: uuid.UUID,
    access: DashboardAccess, team_ids: list[uuid.UUID],
) -> WorkspaceDashboard:  # fmt: skip
    last = session.scalar(
        select(func.max(WorkspaceDashboard.position)).where(
            WorkspaceDashboard.workspace_id == workspace.id,
            WorkspaceDashboard.deleted_at.is_(None),
        )
    )
    placement = session.scalars(
        select(WorkspaceDashboard).where(
            WorkspaceDashboard.workspace_id == workspace.id,
            WorkspaceDashboard.dashboard_id == dashboard_id,
        )
    ).first()
    if placement is not None and placement.deleted_at is None:
        raise ValidationError("dashboard", QT_TR_NOOP("That dashboard is on this tab already."))
    if placement is not None:  # taken off once: back, with the access now given
        writer.restore(batch, placement)
        writer.set_fields(batch, placement, {"access": access, "position": (last or 0) + 1})
    else:
        placement = writer.add(batch, WorkspaceDashboard(
            id=new_id(), workspace_id=workspace.id, dashboard_id=dashboard_id, access=access,
            position=(last if last is not None else -1) + 1,
        ))  # fmt: skip
    _set_teams(batch, session, placement, team_ids)
    return placement


def _set_teams(
    batch: ChangeBatch, session: Session, placement: WorkspaceDashboard, team_ids: list[uuid.UUID]
) -> None:
    rows = session.scalars(
        select(WorkspaceDashboardTeam).where(
            WorkspaceDashboardTeam.workspace_dashboard_id == placement.id
        )
    ).all()
    for row in rows:
        if row.team_id in team_ids:
            writer.restore(batch, row)
        else:
            writer.tombstone(batch, row)
    for team_id in set(team_ids) - {row.team_id for row in rows}:
        writer.add(batch, WorkspaceDashboardTeam(
            id=new_id(), workspace_dashboard_id=placement.id, team_id=team_id))  # fmt: skip


def _name(name: str) -> str:
    return required_name(name, QT_TR_NOOP("Give the dashboard a name."))


def create_dashboard(
    session: Session, viewer: Person, workspace: Workspace, name: str, *,
    access: DashboardAccess = DashboardAccess.EVERYONE, team_ids: Sequence[uuid.UUID] = (),
    confirmed: bool = False, description: str = "",
) -> uuid.UUID:  # fmt: skip
    """DASH-1 "Create dashboard": a new, empty dashboard on the workspace's tab."""
    actor = permissions.actor_for(session, viewer, permissions.can_manage_settings, workspace)
    name = _name(name)
    teams = _check_access(session, access, team_ids, confirmed)
    batch = ChangeBatch(session, actor.id)
    board = writer.add(batch, Dashboard(id=new_id(), name=name, description=description.strip(),
                                        owner_id=actor.id))  # fmt: skip
    session.flush()
    _place(batch, session, workspace, board.id, access, teams)
    session.flush()
    return board.id


def dashboards_to_add(
    session: Session, viewer: Person, workspace: Workspace
) -> list[tuple[uuid.UUID, str]]:
    """DASH-1 "Add dashboard": the live dashboards not on this workspace's tab (made for
    another team's workspace, or taken off this one), by name."""
    permissions.actor_for(session, viewer, permissions.can_manage_settings, workspace)
    shown = {p.dashboard_id for p in _placements(session, workspace)}
    rows = session.execute(
        select(Dashboard.id, Dashboard.name)
        .where(Dashboard.deleted_at.is_(None))
        .order_by(func.lower(Dashboard.name))
    )
    return [(board_id, name) for board_id, name in rows if board_id not in shown]


def add_dashboard(
    session: Session, viewer: Person, workspace: Workspace, dashboard_id: uuid.UUID, *,
    access: DashboardAccess = DashboardAccess.EVERYONE, team_ids: Sequence[uuid.UUID] = (),
    confirmed: bool = False,
) -> None:  # fmt: skip
    """DASH-1 "Add dashboard": an existing dashboard put on the workspace's tab."""
    actor = permissions.actor_for(session, viewer, permissions.can_manage_settings, workspace)
    board = session.get(Dashboard, dashboard_id)
    if board is None or board.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That dashboard was deleted."))
    teams = _check_access(session, access, team_ids, confirmed)
    _place(ChangeBatch(session, actor.id), session, workspace, board.id, access, teams)
    session.flush()


def _placement(session: Session, placement_id: uuid.UUID) -> WorkspaceDashboard:
    placement = session.get(WorkspaceDashboard, placement_id)
    if placement is None or placement.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That dashboard is no longer on this tab."))
    return placement


def set_access(
    session: Session, viewer: Person, placement_id: uuid.UUID, *, access: DashboardAccess,
    team_ids: Sequence[uuid.UUID] = (), confirmed: bool = False,
) -> None:  # fmt: skip
    """Who sees a dashboard of the tab (DASH-1's access, changed)."""
    placement = _placement(session, placement_id)
    workspace = session.get(Workspace, placement.workspace_id)
    assert workspace is not None
    actor = permissions.actor_for(session, viewer, permissions.can_manage_settings, workspace)
    teams = _check_access(session, access, team_ids, confirmed)
    batch = ChangeBatch(session, actor.id)
    writer.set_fields(batch, placement, {"access": access})
    _set_teams(batch, session, placement, teams)
    session.flush()


def remove_dashboard(session: Session, viewer: Person, placement_id: uuid.UUID) -> None:
    """Take a dashboard off the workspace's tab (it stays, to add again)."""
    placement = _placement(session, placement_id)
    workspace = session.get(Workspace, placement.workspace_id)
    assert workspace is not None
    actor = permissions.actor_for(session, viewer, permissions.can_manage_settings, workspace)
    writer.tombstone(ChangeBatch(session, actor.id), placement)
    session.flush()


# ---- the grid of reports (DASH-2) --------------------------------------------------------


def _tiles(session: Session, dashboard_id: uuid.UUID) -> list[DashboardReport]:
    return list(
        session.scalars(
            select(DashboardReport)
            .join(Report, Report.id == DashboardReport.report_id)
            .where(
                DashboardReport.dashboard_id == dashboard_id,
                DashboardReport.deleted_at.is_(None),
                Report.deleted_at.is_(None),
            )
            .order_by(DashboardReport.row, DashboardReport.col, DashboardReport.created_at)
        )
    )


def tiles(session: Session, viewer: Person, dashboard_id: uuid.UUID) -> list[Tile]:
    """DASH-2: a dashboard's reports on its grid, in order (refused by the access rule)."""
    _seen(session, viewer, dashboard_id)
    out = []
    for tile in _tiles(session, dashboard_id):
        report = session.get(Report, tile.report_id)
        assert report is not None
        out.append(Tile(tile.id, report.id, report.name, ReportSpec.stored(report), tile.row,
                        tile.col, tile.width, tile.height))  # fmt: skip
    return out


def _arranger(session: Session, viewer: Person, dashboard_id: uuid.UUID) -> ChangeBatch:
    actor = permissions.actor_for(session, viewer, permissions.can_edit_records)
    _seen(session, actor, dashboard_id)
    can_add_reports(actor).require()
    return ChangeBatch(session, actor.id)


def _repack(batch: ChangeBatch, ordered: list[DashboardReport]) -> None:
    for tile, (row, col) in zip(ordered, pack([(t.width, t.height) for t in ordered]),
                                strict=True):  # fmt: skip
        if (tile.row, tile.col) != (row, col):
            writer.set_fields(batch, tile, {"row": row, "col": col})


def add_report(
    session: Session, viewer: Person, dashboard_id: uuid.UUID, name: str, spec: ReportSpec,
    width: int = 1,
) -> uuid.UUID:  # fmt: skip
    """DASH-2: a report saved and put last on the dashboard's grid."""
    batch = _arranger(session, viewer, dashboard_id)
    report_id = save_report(session, viewer, name, spec)
    session.flush()
    last = session.scalar(
        select(func.max(DashboardReport.row)).where(
            DashboardReport.dashboard_id == dashboard_id, DashboardReport.deleted_at.is_(None)
        )
    )
    tile = writer.add(batch, DashboardReport(  # below every tile: last in the order
        id=new_id(), dashboard_id=dashboard_id, report_id=report_id,
        row=(last if last is not None else -1) + MAX_HEIGHT + 1, col=0,
        width=max(1, min(COLUMNS, width)), height=1,
    ))  # fmt: skip
    session.flush()
    _repack(batch, _tiles(session, dashboard_id))
    session.flush()
    return tile.id


def _tile(session: Session, tile_id: uuid.UUID) -> DashboardReport:
    tile = session.get(DashboardReport, tile_id)
    if tile is None or tile.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("That report is no longer on the dashboard."))
    return tile


def remove_tile(session: Session, viewer: Person, tile_id: uuid.UUID) -> None:
    """DASH-2: a report taken off the grid; the others close the gap."""
    tile = _tile(session, tile_id)
    batch = _arranger(session, viewer, tile.dashboard_id)
    writer.tombstone(batch, tile)
    session.flush()
    _repack(batch, _tiles(session, tile.dashboard_id))
    session.flush()


def arrange(session: Session, viewer: Person, tile_id: uuid.UUID, place: int) -> None:
    """DASH-2, a drag: one report moved to `place` in the grid's order (0: first)."""
    tile = _tile(session, tile_id)
    batch = _arranger(session, viewer, tile.dashboard_id)
    ordered = [t for t in _tiles(session, tile.dashboard_id) if t.id != tile.id]
    ordered.insert(max(0, min(place, len(ordered))), tile)
    _repack(batch, ordered)
    session.flush()


def resize_tile(
    session: Session, viewer: Person, tile_id: uuid.UUID, width: int, height: int
) -> None:
    """DASH-2: a report made wider or narrower (1–3 columns), taller or shorter (1–2 rows)."""
    if not (1 <= width <= COLUMNS and 1 <= height <= MAX_HEIGHT):
        raise ValidationError(
            "size",
            QT_TR_NOOP("A report is 1 to {columns} columns wide and 1 to {rows} rows tall."),
            columns=COLUMNS,
            rows=MAX_HEIGHT,
        )
    tile = _tile(session, tile_id)
    batch = _arranger(session, viewer, tile.dashboard_id)
    writer.set_fields(batch, tile, {"width": width, "height": height})
    session.flush()
    _repack(batch, _tiles(session, tile.dashboard_id))
    session.flush()
