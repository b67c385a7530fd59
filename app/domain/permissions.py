"""Who may do what (SPEC section 1). Each rule is one function, used to grey a control
and enforced again where data is written (PERM-6).

Every rule returns a `Verdict`: truthy when allowed, otherwise carrying the reason
a refused user is shown. `verdict.require()` raises `PermissionDenied` with it.

A domain function that writes starts with `actor_for(session, viewer, rule, workspace)`:
the acting user read afresh in its transaction, the rule checked against them, and their
membership of the workspace the write touches (SET-2). Every write passes `actor_for`, so
a refusal that concerns every write (a read-only file) is one check there; every rule
builds on `can_open_workspace`, so one that concerns a kind of user is one check there.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import PermissionDenied
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.viewer import Person, acting_user
from app.store import Sharing, Team, TeamMembership, User, Workspace


@dataclass(frozen=True, init=False)
class Verdict:
    """The answer of a permission rule: `Verdict(False, QT_TR_NOOP("… {name} …"), name=…)`.
    `reason` is the refusal in English, `user_message` in the user's language (what a
    view shows), `message` its template and values."""

    allowed: bool
    reason: str
    message: Message

    def __init__(self, allowed: bool, reason: str | Message = "", /, **values: object) -> None:
        if isinstance(reason, Message):
            values = {**reason.values, **values}
            reason = reason.template
        message = Message(reason, values)
        object.__setattr__(self, "allowed", allowed)
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "reason", str(message))

    def __bool__(self) -> bool:
        return self.allowed

    @property
    def user_message(self) -> str:
        """Why the action is refused, in the user's language ("" when allowed)."""
        return self.message.translated() if self.message else ""

    def require(self) -> None:
        """Raise PermissionDenied with the reason unless allowed."""
        if not self.allowed:
            raise PermissionDenied(self.message)


ALLOWED = Verdict(True)


def _refuse(reason: str | Message, /, **values: object) -> Verdict:
    return Verdict(False, reason, **values)


def _read_only(user: Person) -> Verdict | None:
    """A refusal when the viewer sees a workspace file opened read-only (issue 11 item 2):
    a `Viewer` carries the reason, a stored user never does (its database writes refuse)."""
    reason = getattr(user, "read_only", "")
    return _refuse(reason) if reason else None


def can_open_workspace(user: Person) -> Verdict:
    """PERM-3: workspace access plus a seat, or a super admin (Summary only without a seat)."""
    if not user.is_active:
        return _refuse(QT_TR_NOOP("This user is deactivated."))
    if user.is_super_admin:
        return ALLOWED
    if not user.has_workspace_access:
        return _refuse(QT_TR_NOOP("You don't have access to the Customer Success workspace."))
    if not user.has_service_seat:
        return _refuse(
            QT_TR_NOOP("The Customer Success workspace needs a service seat. Ask an admin for one.")
        )
    return ALLOWED


def has_full_use(user: Person) -> Verdict:
    """PERM-3: full workspace use (every tab, editing records) needs access and a seat."""
    opened = can_open_workspace(user)
    if not opened:
        return opened
    if not user.has_service_seat:
        return _refuse(
            QT_TR_NOOP(
                "Without a service seat you can use the Summary tab only. Ask an admin for a seat."
            )
        )
    if not user.has_workspace_access and not user.is_super_admin:
        return _refuse(QT_TR_NOOP("You don't have access to the Customer Success workspace."))
    return ALLOWED


def can_edit_records(user: Person) -> Verdict:
    """Creating and editing records and activities is full workspace use (PERM-3)."""
    refused = _read_only(user)
    return refused if refused is not None else has_full_use(user)


def can_follow_records(user: Person) -> Verdict:
    """Following a record (OBJ-6) is done from the preview panel: full use (PERM-3)."""
    return has_full_use(user)


def can_keep_preferences(user: Person) -> Verdict:
    """A user's own layouts, widths and card orders: anyone who can open the workspace
    (PERM-3), for themselves only (the write names the acting viewer, never an id)."""
    return can_open_workspace(user)


def is_summary_only(user: Person) -> bool:
    """PERM-3: a super admin without a seat sees the Summary tab only."""
    return bool(can_open_workspace(user)) and not has_full_use(user)


def can_manage_settings(user: Person) -> Verdict:
    """PERM-4: a seat and (super admin or Manage CS settings).

    PERM-3 also lets a seatless super admin "change workspace settings"; we read PERM-4 as
    the stricter rule for tab and workspace configuration, and `can_change_workspace_settings`
    as the seatless super admin's allowance (docs/decisions.md, "Permission readings").
    """
    if (refused := _read_only(user)) is not None:
        return refused
    opened = can_open_workspace(user)
    if not opened:
        return opened
    if not (user.is_super_admin or user.can_manage_cs_settings):
        return _refuse(
            QT_TR_NOOP("Only super admins and users with Manage CS settings can change settings.")
        )
    if not user.has_service_seat:
        return _refuse(QT_TR_NOOP("Managing Customer Success settings needs a service seat."))
    return ALLOWED


def can_change_workspace_settings(user: Person) -> Verdict:
    """PERM-3/PERM-4: workspace-level settings (objects, CSM property, team workspaces)."""
    if (refused := _read_only(user)) is not None:
        return refused
    opened = can_open_workspace(user)
    if opened and user.is_super_admin:
        return ALLOWED
    return can_manage_settings(user)


def _perm5(
    user: Person, refusal: str, base: Callable[[Person], Verdict], *, writes: bool = True
) -> Verdict:
    """PERM-5 on top of `base`: the use of the workspace the action needs (PERM-3), else
    `refusal` (the action named for whoever lacks Manage CS settings); every PERM-5 action
    but looking as another user `writes`, so a read-only file refuses it."""
    if writes and (refused := _read_only(user)) is not None:
        return refused
    used = base(user)
    if not used:
        return used
    if user.is_super_admin or user.can_manage_cs_settings:
        return ALLOWED
    return _refuse(refusal)


def can_create_views(user: Person) -> Verdict:
    """CUS-3: views belong to the Customers, Services, Revenue and Actions tabs, which need
    full use (PERM-3: a super admin without a seat has the Summary only)."""
    return has_full_use(user)


def can_share_with_everyone(user: Person) -> Verdict:
    """PERM-5: share a view with Everyone (a views tab: full use, PERM-3)."""
    return _perm5(
        user,
        QT_TR_NOOP(
            "Only super admins and users with Manage CS settings can share a view with Everyone."
        ),
        has_full_use,
    )


def can_set_default_views(user: Person) -> Verdict:
    """PERM-5: set or unset default views (from the Customers tab: full use, PERM-3)."""
    return _perm5(
        user,
        QT_TR_NOOP(
            "Only super admins and users with Manage CS settings can set or remove default views."
        ),
        has_full_use,
    )


def can_edit_shared_views(user: Person) -> Verdict:
    """PERM-5: edit or delete views shared with Everyone (full use, PERM-3)."""
    return _perm5(
        user,
        QT_TR_NOOP(
            "Only super admins and users with Manage CS settings can edit or delete shared views."
        ),
        has_full_use,
    )


class ViewLike(Protocol):
    """What the view rules read of a saved view (a stored view or its snapshot)."""

    @property
    def sharing(self) -> Sharing: ...
    @property
    def builtin(self) -> str | None: ...
    @property
    def owner_id(self) -> uuid.UUID | None: ...


def can_edit_view(user: Person, view: ViewLike) -> Verdict:
    """CUS-1, CUS-4, PERM-5: built-in views are never edited; a shared view by PERM-5
    holders; a private one by its maker, with full use (PERM-3)."""
    if view.builtin:
        return _refuse(QT_TR_NOOP("Built-in views cannot be edited. Create a view of your own."))
    return _change_view(
        user, view, QT_TR_NOOP("Only the person who made this private view can edit it.")
    )


def can_delete_view(user: Person, view: ViewLike) -> Verdict:
    """CUS-1, CUS-4, PERM-5: as editing, except that built-in views can be deleted (by
    PERM-5 holders: they are shared with Everyone)."""
    return _change_view(
        user, view, QT_TR_NOOP("Only the person who made this private view can delete it.")
    )


def _change_view(user: Person, view: ViewLike, refusal: str) -> Verdict:
    if view.sharing == Sharing.EVERYONE:
        return can_edit_shared_views(user)
    used = has_full_use(user)
    if not used:
        return used
    if view.owner_id != user.id:
        return _refuse(refusal)
    return ALLOWED


def can_view_as_other_user(user: Person) -> Verdict:
    """PERM-5, SUM-1: pick another user in the Summary's user menu (PERM-3: a super admin
    without a seat may)."""
    return _perm5(
        user,
        QT_TR_NOOP(
            "Only super admins and users with Manage CS settings can see the workspace as another "
            "user."
        ),
        can_open_workspace,
        writes=False,
    )


def can_reorder_summary_cards(user: Person) -> Verdict:
    """PERM-5: reorder the Summary's customer view cards (a Summary action)."""
    return _perm5(
        user,
        QT_TR_NOOP(
            "Only super admins and users with Manage CS settings can reorder Summary cards."
        ),
        can_open_workspace,
    )


def can_edit_health_profiles(user: Person) -> Verdict:
    """HEALTH-6, PERM-3: creating or editing a score profile needs a seat and Manage CS
    settings (a super admin counts as holding it, as in PERM-4)."""
    if user.is_active and not user.has_service_seat:
        return _refuse(QT_TR_NOOP("Creating or editing a health score needs a service seat."))
    return _perm5(
        user,
        QT_TR_NOOP(
            "Only super admins and users with Manage CS settings can create or edit health scores."
        ),
        has_full_use,
    )


def can_dismiss_alerts(user: Person) -> Verdict:
    """SUM-2, HEALTH-5: dismissing one's own health alerts is a Summary action, so anyone
    who can open the workspace may (PERM-3: a seatless super admin has the Summary)."""
    return can_open_workspace(user)


def can_add_reports(user: Person) -> Verdict:
    """PERM-3: anyone who can open the workspace may read and add Summary reports."""
    return can_open_workspace(user)


def workspaces_of(session: Session, user: Person) -> set[uuid.UUID]:
    """SET-2: the workspaces a user works in: the one they see (their primary team's, else
    the main one) and those of their other teams (a team without a team workspace is in the
    main one). Deleted teams, memberships and workspaces count for nothing."""
    live = {
        ws.id: ws for ws in session.scalars(select(Workspace).where(Workspace.deleted_at.is_(None)))
    }
    main = next((ws_id for ws_id, ws in live.items() if ws.is_main), None)
    team_ids = set(
        session.scalars(
            select(TeamMembership.team_id).where(
                TeamMembership.user_id == user.id, TeamMembership.deleted_at.is_(None)
            )
        )
    )
    teams = {
        t.id: t.workspace_id
        for t in session.scalars(
            select(Team).where(
                Team.id.in_({*team_ids, user.primary_team_id} - {None}), Team.deleted_at.is_(None)
            )
        )
    }

    def of(team_id: uuid.UUID | None) -> uuid.UUID | None:
        ws_id = teams.get(team_id) if team_id is not None else None
        return ws_id if ws_id in live else main

    found = {of(user.primary_team_id)} | {of(t) for t in team_ids if t in teams}
    return {ws_id for ws_id in found if ws_id is not None}


def in_workspace(session: Session, user: Person, ws: Workspace) -> Verdict:
    """SET-2: a user acts in the workspaces of their teams (`workspaces_of`); super admins
    in every workspace."""
    if ws.deleted_at is not None:
        return _refuse(QT_TR_NOOP("This workspace was deleted."))
    if user.is_super_admin or ws.id in workspaces_of(session, user):
        return ALLOWED
    return _refuse(
        QT_TR_NOOP("You are not in the “{name}” workspace: it is another team's."), name=ws.name
    )


Rule = Callable[[Person], Verdict]


def actor_for(
    session: Session, viewer: Person, rule: Rule, workspace: Workspace | None = None
) -> User:
    """The acting user of a write (PERM-6), as stored now in this transaction (a permission
    changed since sign-in counts at once), once `rule` allows them and, when the write
    touches a workspace's data or settings, they are in that workspace; PermissionDenied
    with the reason otherwise."""
    if (refused := _read_only(viewer)) is not None:  # a read-only file (issue 11 item 2)
        refused.require()
    actor = acting_user(session, viewer)
    rule(actor).require()
    if workspace is not None:
        in_workspace(session, actor, workspace).require()
    return actor


def access_words(user: Person) -> list[str]:
    """What the user may do, in short marked words ("Super admin", "no seat"): a view shows
    each translated, joined by " · "."""
    if not user.is_active:
        return [QT_TR_NOOP("Deactivated")]
    words = [QT_TR_NOOP("Super admin") if user.is_super_admin else QT_TR_NOOP("CSM")]
    if user.can_manage_cs_settings and not user.is_super_admin:
        words.append(QT_TR_NOOP("manages CS settings"))
    if not user.has_service_seat:
        words.append(QT_TR_NOOP("no seat"))
    if not user.has_workspace_access and not user.is_super_admin:
        words.append(QT_TR_NOOP("no workspace access"))
    return words


def describe_access(user: Person) -> str:
    """A short description of what the user may do, for menus ("Super admin · no seat"),
    in English (`access_words` for the words to translate)."""
    return " · ".join(access_words(user))


def can_manage_users(user: Person) -> Verdict:
    """PERM-1, PERM-2: seats, rights and teams of people are a super admin's (a seatless
    one too: it is account administration, not the CS workspace)."""
    if (refused := _read_only(user)) is not None:
        return refused
    if not user.is_active:
        return _refuse(QT_TR_NOOP("This user is deactivated."))
    if not user.is_super_admin:
        return _refuse(QT_TR_NOOP("Only super admins can manage users and teams."))
    return ALLOWED
