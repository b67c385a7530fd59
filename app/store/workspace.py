"""The main and team workspaces with their Customers/Services/Revenue settings (SET-1..5)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Synced


class Workspace(Synced, Base):
    """The main workspace (`is_main`) or one of up to five team workspaces (SET-2).

    Object choices of SET-1 are read from the main workspace; each workspace keeps
    its own Customers (SET-3), Services (SET-4) and Revenue (SET-5) settings.
    """

    __tablename__ = "workspaces"

    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    is_main: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)

    # SET-1 and SET-3: customers
    customer_object_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("object_types.id"), default=None
    )
    csm_property_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("property_definitions.id"), default=None
    )
    renewal_property_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("property_definitions.id"), default=None
    )

    # SET-4: services
    services_tab_shown: Mapped[bool] = mapped_column(default=True)
    service_object_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("object_types.id"), default=None
    )
    service_csm_property_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("property_definitions.id"), default=None
    )
    service_renewal_property_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("property_definitions.id"), default=None
    )
    services_default_pipeline_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pipelines.id"), default=None
    )
    services_default_layout: Mapped[str] = mapped_column(String(16), default="board")

    # SET-5: revenue (per-object settings in WorkspaceRevenueObject)
    revenue_tab_shown: Mapped[bool] = mapped_column(default=True)


class WorkspaceRevenueObject(Synced, Base):
    """One of up to two revenue objects of a workspace, with its settings (SET-5)."""

    __tablename__ = "workspace_revenue_objects"
    __table_args__ = (UniqueConstraint("workspace_id", "object_type_id"),)

    workspace_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    object_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("object_types.id"))
    position: Mapped[int] = mapped_column(default=0)  # 0 = the one the team sees first
    csm_property_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("property_definitions.id"), default=None
    )
    renewal_property_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("property_definitions.id"), default=None
    )
    default_pipeline_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("pipelines.id"), default=None
    )
    default_layout: Mapped[str] = mapped_column(String(16), default="board")


class WorkspacePipeline(Synced, Base):
    """A pipeline shown in a workspace's Services or Revenue tab (SET-4, SET-5)."""

    __tablename__ = "workspace_pipelines"
    __table_args__ = (UniqueConstraint("workspace_id", "pipeline_id"),)

    workspace_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    pipeline_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pipelines.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
