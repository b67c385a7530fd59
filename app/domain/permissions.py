"""Who may do what (SPEC section 1). Each rule is one function, used to grey a control
and enforced again where data is written (PERM-6).

Every rule returns a `Verdict`: truthy when allowed, otherwise carrying the reason
a refused user is shown. `verdict.require()` raises `PermissionDenied` with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import PermissionDenied
from app.domain.viewer import Person


@dataclass(frozen=True)
class Verdict:
    """The answer of a permission rule."""

    allowed: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed

    def require(self) -> None:
        """Raise PermissionDenied with the reason unless allowed."""
        if not self.allowed:
            raise PermissionDenied(self.reason)


ALLOWED = Verdict(True)


def _refuse(reason: str) -> Verdict:
    return Verdict(False, reason)


def _read_only(user: Person) -> Verdict | None:
    """A refusal when the viewer sees a workspace file opened read-only (issue 11 item 2):
    a `Viewer` carries the reason, a stored user never does (its database writes refuse)."""
    reason = getattr(user, "read_only", "")
    return _refuse(reason) if reason else None


def can_open_workspace(user: Person) -> Verdict:
    """PERM-3: workspace access plus a seat, or a super admin (Summary only without a seat)."""
    if not user.is_active:
        return _refuse("This user is deactivated.")
    if user.is_super_admin:
        return ALLOWED
    if not user.has_workspace_access:
        return _refuse("You don't have access to the Customer Success workspace.")
    if not user.has_service_seat:
        return _refuse("The Customer Success workspace needs a service seat. Ask an admin for one.")
    return ALLOWED


def has_full_use(user: Person) -> Verdict:
    """PERM-3: full workspace use (every tab, editing records) needs access and a seat."""
    opened = can_open_workspace(user)
    if not opened:
        return opened
    if not user.has_service_seat:
        return _refuse(
            "Without a service seat you can use the Summary tab only. Ask an admin for a seat."
        )
    if not user.has_workspace_access and not user.is_super_admin:
        return _refuse("You don't have access to the Customer Success workspace.")
    return ALLOWED


def can_edit_records(user: Person) -> Verdict:
    """Creating and editing records and activities is full workspace use (PERM-3)."""
    refused = _read_only(user)
    return refused if refused is not None else has_full_use(user)


def is_summary_only(user: Person) -> bool:
    """PERM-3: a super admin without a seat sees the Summary tab only."""
    return bool(can_open_workspace(user)) and not has_full_use(user)


def can_manage_settings(user: Person) -> Verdict:
    """PERM-4: a seat and (super admin or Manage CS settings).

    PERM-3 also lets a seatless super admin "change workspace settings"; we read PERM-4 as
    the stricter rule for tab and workspace configuration, and `can_change_workspace_settings`
    as the seatless super admin's allowance (docs/architecture.md, "Permission readings").
    """
    if (refused := _read_only(user)) is not None:
        return refused
    if not user.is_active:
        return _refuse("This user is deactivated.")
    if not (user.is_super_admin or user.can_manage_cs_settings):
        return _refuse("Only super admins and users with Manage CS settings can change settings.")
    if not user.has_service_seat:
        return _refuse("Managing Customer Success settings needs a service seat.")
    return ALLOWED


def can_change_workspace_settings(user: Person) -> Verdict:
    """PERM-3/PERM-4: workspace-level settings (objects, CSM property, team workspaces)."""
    if (refused := _read_only(user)) is not None:
        return refused
    if user.is_active and user.is_super_admin:
        return ALLOWED
    return can_manage_settings(user)


def _perm5(user: Person, what: str) -> Verdict:
    if what != "see the workspace as another user" and (refused := _read_only(user)) is not None:
        return refused
    if user.is_active and (user.is_super_admin or user.can_manage_cs_settings):
        return ALLOWED
    return _refuse(f"Only super admins and users with Manage CS settings can {what}.")


def can_share_with_everyone(user: Person) -> Verdict:
    """PERM-5: share a view with Everyone."""
    return _perm5(user, "share a view with Everyone")


def can_set_default_views(user: Person) -> Verdict:
    """PERM-5: set or unset default views."""
    return _perm5(user, "set or remove default views")


def can_edit_shared_views(user: Person) -> Verdict:
    """PERM-5: edit or delete views shared with Everyone."""
    return _perm5(user, "edit or delete shared views")


def can_view_as_other_user(user: Person) -> Verdict:
    """PERM-5, SUM-1: pick another user in the Summary's user menu."""
    return _perm5(user, "see the workspace as another user")


def can_reorder_summary_cards(user: Person) -> Verdict:
    """PERM-5: reorder the Summary's customer view cards."""
    return _perm5(user, "reorder Summary cards")


def can_edit_health_profiles(user: Person) -> Verdict:
    """HEALTH-6, PERM-3: creating or editing a score profile needs a seat and Manage CS
    settings (a super admin counts as holding it, as in PERM-4)."""
    if not user.has_service_seat:
        return _refuse("Creating or editing a health score needs a service seat.")
    return _perm5(user, "create or edit health scores")


def can_add_reports(user: Person) -> Verdict:
    """PERM-3: anyone who can open the workspace may read and add Summary reports."""
    return can_open_workspace(user)


def describe_access(user: Person) -> str:
    """A short description of what the user may do, for menus ("Super admin · no seat")."""
    if not user.is_active:
        return "Deactivated"
    role = "Super admin" if user.is_super_admin else "CSM"
    notes = []
    if user.can_manage_cs_settings and not user.is_super_admin:
        notes.append("manages CS settings")
    if not user.has_service_seat:
        notes.append("no seat")
    if not user.has_workspace_access and not user.is_super_admin:
        notes.append("no workspace access")
    return " · ".join([role, *notes])
