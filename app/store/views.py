"""Saved views (CUS-3, CUS-4), reports and dashboards with team access (SUM-7, DASH-1..2)."""

from __future__ import annotations

import enum
import uuid
from typing import Any

from sqlalchemy import Enum, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Synced


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class Sharing(enum.StrEnum):
    PRIVATE = "private"
    EVERYONE = "everyone"


class ViewTab(enum.StrEnum):
    """The workspace tab a saved view belongs to."""

    CUSTOMERS = "customers"
    SERVICES = "services"
    REVENUE = "revenue"
    ACTIONS = "actions"


class SavedView(Synced, Base):
    """A saved set of filters, columns and sort (CUS-3).

    `filters` is a list of OR-ed groups, each a list of AND-ed conditions:
    [[{"property": "nps", "op": "gte", "value": 9}, ...], ...].
    `builtin` names a built-in view ("owned_by_me", "assigned_30_days", ...), which
    cannot be edited but can be deleted (CUS-1).
    """

    __tablename__ = "saved_views"
    __table_args__ = (Index("ix_saved_views_workspace_tab", "workspace_id", "tab", "position"),)

    workspace_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    tab: Mapped[ViewTab] = mapped_column(_enum(ViewTab))
    object_type_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("object_types.id", ondelete="CASCADE"), default=None
    )
    pipeline_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pipelines.id", ondelete="SET NULL"), default=None
    )
    name: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )
    sharing: Mapped[Sharing] = mapped_column(_enum(Sharing), default=Sharing.PRIVATE)
    builtin: Mapped[str | None] = mapped_column(String(64), default=None)
    is_default: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    filters: Mapped[list[Any]] = mapped_column(default=list)
    columns: Mapped[list[Any]] = mapped_column(default=list)  # property keys, in order
    sort: Mapped[list[Any]] = mapped_column(default=list)  # [[key, "asc"|"desc"], ...]
    column_widths: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChartKind(enum.StrEnum):
    BAR = "bar"
    STACKED_BAR = "stacked_bar"  # bars cut by a second grouping
    LINE = "line"
    PIE = "pie"
    NUMBER = "number"
    TABLE = "table"


class Report(Synced, Base):
    """A single-object report drawn as a chart or a number (SUM-7, DASH-2).

    `config` holds the measure, grouping and filters, e.g.
    {"measure": "count", "group_by": "industry", "filters": [...]}.
    """

    __tablename__ = "reports"

    name: Mapped[str] = mapped_column(String(200))
    object_type_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("object_types.id", ondelete="CASCADE")
    )
    chart: Mapped[ChartKind] = mapped_column(_enum(ChartKind), default=ChartKind.BAR)
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )


class SummaryReport(Synced, Base):
    """A report a user added to their Summary (at most five, SUM-7)."""

    __tablename__ = "summary_reports"
    __table_args__ = (UniqueConstraint("user_id", "report_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)


class Dashboard(Synced, Base):
    """A grid of reports (DASH-2)."""

    __tablename__ = "dashboards"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), default=None
    )


class DashboardReport(Synced, Base):
    """A report's place on a dashboard grid."""

    __tablename__ = "dashboard_reports"

    dashboard_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dashboards.id", ondelete="CASCADE"), index=True
    )
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"))
    row: Mapped[int] = mapped_column(default=0)
    col: Mapped[int] = mapped_column(default=0)
    width: Mapped[int] = mapped_column(default=1)
    height: Mapped[int] = mapped_column(default=1)


class DashboardAccess(enum.StrEnum):
    EVERYONE = "everyone"
    TEAMS = "teams"


class WorkspaceDashboard(Synced, Base):
    """A dashboard added to a workspace's Dashboards tab with its access (DASH-1)."""

    __tablename__ = "workspace_dashboards"
    __table_args__ = (UniqueConstraint("workspace_id", "dashboard_id"),)

    workspace_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    dashboard_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dashboards.id", ondelete="CASCADE"))
    access: Mapped[DashboardAccess] = mapped_column(
        _enum(DashboardAccess), default=DashboardAccess.EVERYONE
    )
    position: Mapped[int] = mapped_column(default=0)


class WorkspaceDashboardTeam(Synced, Base):
    """A team given access to a workspace dashboard when access is "Assign to teams"."""

    __tablename__ = "workspace_dashboard_teams"
    __table_args__ = (UniqueConstraint("workspace_dashboard_id", "team_id"),)

    workspace_dashboard_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("workspace_dashboards.id", ondelete="CASCADE")
    )
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
