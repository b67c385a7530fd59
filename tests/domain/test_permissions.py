"""The rules of SPEC section 1, each against every kind of user."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest

from app.domain import permissions as p
from app.domain.errors import PermissionDenied


@dataclass
class Person:
    is_super_admin: bool = False
    has_workspace_access: bool = True
    can_manage_cs_settings: bool = False
    has_service_seat: bool = True
    is_active: bool = True
    # the rest of what a Person is: the rules above read none of it
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    name: str = "Someone"
    email: str = "someone@example.com"
    time_zone: str = "UTC"
    locale: str = "en_US"
    primary_team_id: uuid.UUID | None = None


CSM = Person()
LEAD = Person(can_manage_cs_settings=True)
ADMIN = Person(is_super_admin=True)
SEATLESS_ADMIN = Person(is_super_admin=True, has_service_seat=False)
NO_ACCESS = Person(has_workspace_access=False)
NO_SEAT = Person(has_service_seat=False)
LEAD_NO_SEAT = Person(can_manage_cs_settings=True, has_service_seat=False)
GONE = Person(is_super_admin=True, is_active=False)

# PERM-5 rights of the views tabs (full use, PERM-3) and of the Summary (open workspace)
PERM5_VIEWS = (p.can_share_with_everyone, p.can_set_default_views, p.can_edit_shared_views)
PERM5_SUMMARY = (p.can_view_as_other_user, p.can_reorder_summary_cards)
PERM5 = PERM5_VIEWS + PERM5_SUMMARY

# user: (opens workspace, full use, manage settings (PERM-4), workspace settings,
#        PERM-5 rights in the views tabs, PERM-5 rights in the Summary, health profiles,
#        add reports)
TABLE = [
    (CSM, True, True, False, False, False, False, False, True),
    (LEAD, True, True, True, True, True, True, True, True),
    (ADMIN, True, True, True, True, True, True, True, True),
    (SEATLESS_ADMIN, True, False, False, True, False, True, False, True),
    (NO_ACCESS, False, False, False, False, False, False, False, False),
    (NO_SEAT, False, False, False, False, False, False, False, False),
    (LEAD_NO_SEAT, False, False, False, False, False, False, False, False),
    (GONE, False, False, False, False, False, False, False, False),
]


@pytest.mark.parametrize(
    ("user", "opens", "full", "manage", "workspace", "views", "summary", "health", "reports"),
    TABLE,
)
def test_rules(user, opens, full, manage, workspace, views, summary, health, reports):
    assert bool(p.can_open_workspace(user)) is opens
    assert bool(p.has_full_use(user)) is full
    assert bool(p.can_edit_records(user)) is full
    assert bool(p.can_create_views(user)) is full
    assert bool(p.can_follow_records(user)) is full
    assert bool(p.can_keep_preferences(user)) is opens
    assert bool(p.can_manage_settings(user)) is manage
    assert bool(p.can_change_workspace_settings(user)) is workspace
    assert all(bool(rule(user)) is views for rule in PERM5_VIEWS)
    assert all(bool(rule(user)) is summary for rule in PERM5_SUMMARY)
    assert bool(p.can_edit_health_profiles(user)) is health
    assert bool(p.can_add_reports(user)) is reports


def test_a_seatless_super_admin_is_summary_only():
    assert p.is_summary_only(SEATLESS_ADMIN)
    assert not p.is_summary_only(CSM) and not p.is_summary_only(NO_SEAT)
    assert "seat" in p.can_edit_health_profiles(SEATLESS_ADMIN).reason


@pytest.mark.parametrize("user", [row[0] for row in TABLE])
def test_every_refusal_says_why_and_require_raises_it(user):
    rules = (
        p.can_open_workspace, p.has_full_use, p.can_manage_settings,
        p.can_change_workspace_settings, p.can_edit_health_profiles, p.can_add_reports, *PERM5,
    )  # fmt: skip
    for rule in rules:
        verdict = rule(user)
        if verdict:
            verdict.require()
            continue
        assert verdict.reason.strip(), rule.__name__
        with pytest.raises(PermissionDenied) as refused:
            verdict.require()
        assert refused.value.reason == verdict.reason


def test_access_descriptions_for_the_user_menu():
    assert p.describe_access(SEATLESS_ADMIN) == "Super admin · no seat"
    assert p.describe_access(LEAD) == "CSM · manages CS settings"
    assert p.describe_access(CSM) == "CSM"
    assert p.describe_access(NO_ACCESS) == "CSM · no workspace access"
    assert p.describe_access(GONE) == "Deactivated"
