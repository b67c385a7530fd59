"""Who is using Tend, as everything above the domain sees them: a small immutable `Viewer`
(never the ORM user), and the protocol the domain's rules and reads accept (a `Viewer`
or the stored user)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.domain.errors import PermissionDenied
from app.domain.i18n import QT_TR_NOOP
from app.domain.zones import zone_named
from app.store import User


class Person(Protocol):
    """What the rules and the reads need of a person (PERM-1, PERM-2)."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def time_zone(self) -> str: ...
    @property
    def locale(self) -> str: ...
    @property
    def primary_team_id(self) -> uuid.UUID | None: ...
    @property
    def is_super_admin(self) -> bool: ...
    @property
    def has_workspace_access(self) -> bool: ...
    @property
    def can_manage_cs_settings(self) -> bool: ...
    @property
    def has_service_seat(self) -> bool: ...
    @property
    def is_active(self) -> bool: ...


@dataclass(frozen=True)
class Viewer:
    """The signed-in person: identity, zone, locale, team and permissions (PERM-1, PERM-2)."""

    id: uuid.UUID
    name: str
    email: str
    time_zone: str
    locale: str
    primary_team_id: uuid.UUID | None
    is_super_admin: bool
    has_workspace_access: bool
    can_manage_cs_settings: bool
    has_service_seat: bool
    is_active: bool
    read_only: str = ""  # why the open workspace file is read-only (permissions refuse edits)

    @property
    def zone(self) -> ZoneInfo:
        """The viewer's time zone (UTC when theirs is unknown)."""
        return zone_named(self.time_zone)

    @property
    def initials(self) -> str:
        """Up to two letters for avatars and board cards."""
        parts = [p for p in self.name.split() if p]
        return "".join(p[0] for p in parts[:2]).upper() or "?"


def viewer_of(user: Person) -> Viewer:
    """The immutable view of a stored user."""
    return Viewer(
        user.id, user.name, user.email, user.time_zone, user.locale, user.primary_team_id,
        bool(user.is_super_admin), bool(user.has_workspace_access),
        bool(user.can_manage_cs_settings), bool(user.has_service_seat), bool(user.is_active),
    )  # fmt: skip


def acting_user(session: Session, viewer: Person) -> User:
    """The viewer's stored user in this session, as it is now (its permissions may have
    changed since the viewer was read); PermissionDenied when they no longer exist or no one
    is named. A write takes the acting viewer itself, never a bare user id (PERM-6)."""
    if viewer is None:
        raise PermissionDenied(QT_TR_NOOP("A change needs the user who makes it."))
    if isinstance(viewer, (uuid.UUID, str)):
        raise TypeError("A write takes the acting viewer, not a user id.")
    user = session.get(User, viewer.id)
    if user is None or user.deleted_at is not None:
        raise PermissionDenied(QT_TR_NOOP("This user no longer exists."))
    return user


def stored_user(session: Session, user_id: uuid.UUID) -> User | None:
    """A live stored user by id, or None."""
    user = session.get(User, user_id)
    return user if user is not None and user.deleted_at is None else None
