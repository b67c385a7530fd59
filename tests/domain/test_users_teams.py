"""Users & teams (PERM-1, PERM-2): a super admin sets a person's seat, rights, primary and
other teams through the write path; no one else may; the account keeps an active super
admin."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import select

from app.domain import users_teams as people
from app.domain import writer
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.history import ChangeBatch
from app.domain.viewer import viewer_of
from app.store import Change, Team, TeamMembership, User


@pytest.fixture
def scene(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = s.scalar(select(User).where(User.name == "Ada Admin"))
        batch = ChangeBatch(s, admin.id)
        for name in ("Onboarding", "Renewals", "EMEA"):
            writer.add(batch, Team(name=name))
        writer.add(batch, User(name="Sam CSM", email="sam@example.com", has_service_seat=True))
    return workspace_db


def _user(s, name: str) -> User:
    return s.scalar(select(User).where(User.name == name))


def _teams(s) -> dict[str, uuid.UUID]:
    return {name: tid for tid, name in people.teams(s)}


def test_a_super_admin_sets_rights_and_teams_through_the_write_path(scene):
    with scene.session() as s, s.begin():
        admin, sam, teams = _user(s, "Ada Admin"), _user(s, "Sam CSM"), _teams(s)
        rights = people.Rights(
            has_service_seat=True, can_manage_cs_settings=True, is_super_admin=False,
            is_active=True, primary_team_id=teams["Renewals"],
            other_team_ids=[teams["EMEA"]],
        )  # fmt: skip
        assert people.set_rights(s, viewer_of(admin), sam.id, rights)
        assert not people.set_rights(s, viewer_of(admin), sam.id, rights)  # nothing new
    with scene.session() as s:
        (row,) = [p for p in people.people(s) if p.name == "Sam CSM"]
        teams = _teams(s)
        assert row.can_manage_cs_settings and row.primary_team_id == teams["Renewals"]
        assert row.other_team_ids == {teams["EMEA"]}
        fields = set(
            s.scalars(select(Change.field).where(Change.entity == "users", Change.row_id == row.id))
        )
        assert {"can_manage_cs_settings", "primary_team_id"} <= fields  # logged: it syncs
        made = s.scalars(select(Change.entity).where(Change.entity == "team_memberships"))
        assert len(list(made)) == 2


def test_a_team_left_is_tombstoned_and_comes_back_when_chosen_again(scene):
    with scene.session() as s, s.begin():
        admin, sam, teams = _user(s, "Ada Admin"), _user(s, "Sam CSM"), _teams(s)
        viewer = viewer_of(admin)
        base: dict[str, Any] = {
            "has_service_seat": True, "can_manage_cs_settings": False,
            "is_super_admin": False, "is_active": True, "primary_team_id": None,
        }  # fmt: skip
        people.set_rights(s, viewer, sam.id, people.Rights(**base, other_team_ids=[teams["EMEA"]]))
        people.set_rights(s, viewer, sam.id, people.Rights(**base))
        (membership,) = s.scalars(select(TeamMembership).where(TeamMembership.user_id == sam.id))
        assert membership.deleted_at is not None
        people.set_rights(s, viewer, sam.id, people.Rights(**base, other_team_ids=[teams["EMEA"]]))
        assert membership.deleted_at is None
        assert len(list(s.scalars(select(TeamMembership)))) == 1  # brought back, not doubled


def test_only_super_admins_change_people(scene):
    with scene.session() as s, s.begin():
        sam = _user(s, "Sam CSM")
        admin = _user(s, "Ada Admin")
        rights = people.Rights(True, True, True, True, None)
        with pytest.raises(PermissionDenied, match="Only super admins"):
            people.set_rights(s, viewer_of(sam), sam.id, rights)
        with pytest.raises(PermissionDenied):
            people.set_rights(s, viewer_of(sam), admin.id, people.Rights(False, False, False,
                                                                         False, None))  # fmt: skip


def test_the_account_keeps_an_active_super_admin(scene):
    with scene.session() as s, s.begin():
        admin, sam = _user(s, "Ada Admin"), _user(s, "Sam CSM")
        plain = people.Rights(True, False, False, True, None)
        with pytest.raises(ValidationError, match="from yourself"):
            people.set_rights(s, viewer_of(admin), admin.id, plain)
        people.set_rights(s, viewer_of(admin), sam.id, people.Rights(True, False, True, True, None))
        s.flush()
        # With a second super admin, Sam may take the right from Ada (not from himself).
        people.set_rights(s, viewer_of(_user(s, "Sam CSM")), admin.id, plain)
        s.flush()
        with pytest.raises(ValidationError):
            people.set_rights(s, viewer_of(_user(s, "Sam CSM")), sam.id, plain)
    with scene.session() as s:
        assert [p.name for p in people.people(s) if p.is_super_admin] == ["Sam CSM"]


def test_a_local_file_adds_a_person_checked_field_by_field(scene):
    from app.domain.errors import ValidationErrors

    with scene.session() as s, s.begin():
        admin, sam = _user(s, "Ada Admin"), _user(s, "Sam CSM")
        rights = people.Rights(True, False, False, True, _teams(s)["EMEA"])
        with pytest.raises(ValidationErrors) as refused:
            people.add_person(s, viewer_of(admin), " ", "sam@example.com", rights)
        assert set(refused.value.errors) == {"name", "email"}
        with pytest.raises(PermissionDenied):
            people.add_person(s, viewer_of(sam), "Cy Lee", "cy@example.com", rights)
        cy = people.add_person(s, viewer_of(admin), " Cy Lee ", "cy@example.com", rights)
    with scene.session() as s:
        (row,) = [p for p in people.people(s) if p.id == cy]
        assert (row.name, row.primary_team_id, row.login) == ("Cy Lee", _teams(s)["EMEA"], None)
        assert s.scalar(select(Change.op).where(Change.row_id == cy)) is not None  # logged
