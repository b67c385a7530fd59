"""Team workspaces (SET-2, SET-6): up to five besides the main one, with a name, a
description and teams; a team belongs to at most one; deleting needs the tick."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain import team_workspaces as tw
from app.domain import writer
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.history import ChangeBatch
from app.domain.pipelines import tab_pipelines
from app.domain.saved_views import visible_views
from app.domain.workspace import workspace_for
from app.store import Team, TeamMembership, User, ViewTab


@pytest.fixture
def scene(workspace_db):
    with workspace_db.session() as s, s.begin():
        admin = s.scalar(select(User).where(User.name == "Ada Admin"))
        batch = ChangeBatch(s, admin.id)
        teams = [writer.add(batch, Team(name=n)) for n in ("Onboarding", "Renewals", "EMEA")]
        s.flush()
        olu = writer.add(batch, User(
            name="Olu Onboarding", email="olu@example.com", has_service_seat=True,
            primary_team_id=teams[0].id,
        ))  # fmt: skip
        s.flush()
        writer.add(batch, TeamMembership(user_id=olu.id, team_id=teams[0].id))
    return workspace_db, {t.name: t.id for t in teams}


def _user(s, name="Ada Admin") -> User:
    return s.scalar(select(User).where(User.name == name))


def test_a_team_workspace_gets_its_teams_settings_and_views(scene):
    db, teams = scene
    with db.session() as s, s.begin():
        ws = tw.create_team_workspace(
            s, _user(s), "Onboarding", "New customers' first 90 days", [teams["Onboarding"]]
        )
    with db.session() as s:
        olu = _user(s, "Olu Onboarding")
        assert workspace_for(s, olu).id == ws.id  # SET-2: the primary team's workspace
        assert [p.name for p in tab_pipelines(s, olu, ViewTab.SERVICES).pipelines] == ["Onboarding"]
        assert visible_views(s, olu, workspace_for(s, olu), ViewTab.CUSTOMERS)
        (listed,) = tw.team_workspaces(s)
        assert (listed.name, listed.description, listed.team_ids) == (
            "Onboarding", "New customers' first 90 days", (teams["Onboarding"],)
        )  # fmt: skip
        assert {t.name: t.workspace_id for t in tw.teams(s)}["Onboarding"] == ws.id


def test_a_team_belongs_to_at_most_one_workspace(scene):
    db, teams = scene
    with db.session() as s, s.begin():
        admin = _user(s)
        first = tw.create_team_workspace(s, admin, "Onboarding", team_ids=[teams["Onboarding"]])
        with pytest.raises(ValidationError) as refused:
            tw.create_team_workspace(s, admin, "Growth", team_ids=[teams["Onboarding"]])
        assert refused.value.field == "teams"
        assert "belongs to the workspace “Onboarding”: remove it there first" in str(refused.value)
        second = tw.create_team_workspace(s, admin, "Growth", team_ids=[teams["Renewals"]])
        with pytest.raises(ValidationError):
            tw.update_team_workspace(
                s, admin, second.id, name="Growth", description="",
                team_ids=[teams["Renewals"], teams["Onboarding"]],
            )  # fmt: skip
        tw.update_team_workspace(s, admin, first.id, name="Onboarding", description="",
                                 team_ids=[])  # fmt: skip
        tw.update_team_workspace(
            s, admin, second.id, name="Growth team", description="Upsell",
            team_ids=[teams["Renewals"], teams["Onboarding"]],
        )  # fmt: skip
        by_team = {t.name: t.workspace_id for t in tw.teams(s)}
        assert by_team == {"Onboarding": second.id, "Renewals": second.id, "EMEA": None}
        assert second.name == "Growth team" and second.description == "Upsell"


def test_at_most_five_team_workspaces_with_distinct_names(scene):
    db, _teams = scene
    with db.session() as s, s.begin():
        admin = _user(s)
        for i in range(tw.MAX_TEAM_WORKSPACES):
            tw.create_team_workspace(s, admin, f"Team {i}")
        with pytest.raises(ValidationError) as refused:
            tw.create_team_workspace(s, admin, "Sixth")
        assert "at most 5 team workspaces" in refused.value.message
        with pytest.raises(ValidationError) as refused:
            tw.update_team_workspace(
                s, admin, tw.team_workspaces(s)[0].id, name="customer success", description="",
                team_ids=[],
            )  # fmt: skip
        assert "already is a workspace called “customer success”" in refused.value.message
        with pytest.raises(ValidationError) as refused:
            tw.update_team_workspace(s, admin, tw.team_workspaces(s)[0].id, name=" ",
                                     description="", team_ids=[])  # fmt: skip
        assert refused.value.field == "name"


def test_deleting_needs_the_tick_and_sends_the_teams_back_to_the_main_workspace(scene):
    db, teams = scene
    with db.session() as s, s.begin():
        ws = tw.create_team_workspace(s, _user(s), "Onboarding", team_ids=[teams["Onboarding"]])
    with db.session() as s, s.begin():
        with pytest.raises(ValidationError) as refused:
            tw.delete_team_workspace(s, _user(s), ws.id)
        assert refused.value.field == "confirmed"
        assert tw.CONFIRMATION in refused.value.message
        assert len(tw.team_workspaces(s)) == 1
        tw.delete_team_workspace(s, _user(s), ws.id, confirmed=True)
    with db.session() as s:
        assert tw.team_workspaces(s) == []
        assert workspace_for(s, _user(s, "Olu Onboarding")).is_main
        main = workspace_for(s, _user(s))
        with pytest.raises(ValidationError) as refused:
            tw.delete_team_workspace(s, _user(s), main.id, confirmed=True)
        assert "not a team workspace" in refused.value.message


def test_only_workspace_settings_holders_of_the_main_workspace_manage_them(scene):
    db, teams = scene
    with db.session() as s, s.begin():
        ws = tw.create_team_workspace(s, _user(s), "Onboarding", team_ids=[teams["Onboarding"]])
        olu = _user(s, "Olu Onboarding")
        with pytest.raises(PermissionDenied) as refused:
            tw.create_team_workspace(s, olu, "Mine")
        assert "Manage CS settings" in refused.value.reason
        olu.can_manage_cs_settings = True  # a lead of the team workspace: not the main one's
        s.flush()
        with pytest.raises(PermissionDenied) as refused:
            tw.delete_team_workspace(s, olu, ws.id, confirmed=True)
        assert "You are not in the “Customer Success” workspace" in refused.value.reason
