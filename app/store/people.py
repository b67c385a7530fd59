"""Users, teams, memberships, permissions and seats (SPEC section 1)."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, Synced


class User(Synced, Base):
    """A person who signs in (PERM-1), with the permissions and seat of PERM-2."""

    __tablename__ = "users"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    locale: Mapped[str] = mapped_column(String(16), default="en_US")
    primary_team_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teams.id", use_alter=True, ondelete="SET NULL"), default=None
    )
    is_super_admin: Mapped[bool] = mapped_column(default=False)
    has_workspace_access: Mapped[bool] = mapped_column(default=True)
    can_manage_cs_settings: Mapped[bool] = mapped_column(default=False)
    has_service_seat: Mapped[bool] = mapped_column(default=False)
    is_active: Mapped[bool] = mapped_column(default=True)
    # Shared mode: the PostgreSQL login this user signs in with (docs/sync.md).
    login: Mapped[str | None] = mapped_column(String(63), index=True, unique=True)

    @property
    def initials(self) -> str:
        """Up to two letters for avatars and board cards."""
        parts = [p for p in self.name.split() if p]
        return "".join(p[0] for p in parts[:2]).upper() or "?"


class Team(Synced, Base):
    """A team; it belongs to at most one team workspace (SET-2)."""

    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    workspace_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("workspaces.id", ondelete="SET NULL"), default=None, index=True
    )


class TeamMembership(Synced, Base):
    """A user's membership of a team; the primary one is `User.primary_team_id`."""

    __tablename__ = "team_memberships"
    __table_args__ = (UniqueConstraint("user_id", "team_id"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    team_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), index=True
    )


class UserPreference(Synced, Base):
    """A per-user setting (last layout of a tab, board card order version...)."""

    __tablename__ = "user_preferences"
    __table_args__ = (UniqueConstraint("user_id", "key"),)

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(4000), default="")
