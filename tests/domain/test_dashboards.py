"""Dashboards in the domain (DASH-1, DASH-2): the grid's packing, the access rule by team,
the confirmation tick, who may create and arrange, and the tiles kept packed as they are
added, moved, resized and removed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain import dashboards as boards
from app.domain.dashboards import COLUMNS, DashboardAccess, pack
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.reports import ReportSpec
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object, main_workspace
from app.store import Team, TeamMembership, User, new_id


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 2)), max_size=12))
def test_packed_tiles_never_overlap_and_fit_the_grid(sizes):
    places = pack(sizes)
    covered: set[tuple[int, int]] = set()
    for (width, height), (row, col) in zip(sizes, places, strict=True):
        assert col >= 0 and col + width <= COLUMNS
        cells = {(row + r, col + c) for r in range(height) for c in range(width)}
        assert not cells & covered
        covered |= cells
    assert not places or places[0] == (0, 0)


def test_pack_fills_rows_in_order():
    assert pack([(1, 1), (2, 1), (3, 1), (1, 2), (1, 1)]) == [(0, 0), (0, 1), (1, 0), (2, 0),
                                                              (2, 1)]  # fmt: skip


def _scene(db):
    """Ada (super admin); Cy (CSM) in team Success; Bo (CSM) in team Sales."""
    with db.write_session() as s:
        ada = viewer_of(s.scalars(select(User)).one())
        success, sales = Team(id=new_id(), name="Success"), Team(id=new_id(), name="Sales")
        s.add_all([success, sales])
        s.flush()
        people = {}
        for name, team in (("Cy Csm", success), ("Bo Csm", sales)):
            user = User(id=new_id(), name=name, email=f"{name[:2].lower()}@example.com",
                        has_workspace_access=True, has_service_seat=True)  # fmt: skip
            s.add(user)
            s.flush()
            s.add(TeamMembership(id=new_id(), user_id=user.id, team_id=team.id))
            people[name] = viewer_of(user)
        s.flush()
        return ada, people["Cy Csm"], people["Bo Csm"], success.id, sales.id


def test_creating_needs_the_tick_and_teams_when_assigned(workspace_db):
    ada, *_ = _scene(workspace_db)
    with workspace_db.write_session() as s:
        ws = main_workspace(s)
        with pytest.raises(ValidationError, match="I confirm users will have view access"):
            boards.create_dashboard(s, ada, ws, "Renewals")
        with pytest.raises(ValidationError, match="Choose the teams"):
            boards.create_dashboard(s, ada, ws, "Renewals", access=DashboardAccess.TEAMS,
                                    confirmed=True)  # fmt: skip
        with pytest.raises(ValidationError, match="name"):
            boards.create_dashboard(s, ada, ws, "  ", confirmed=True)


def test_a_dashboard_assigned_to_a_team_is_seen_by_its_members_only(workspace_db):
    ada, cy, bo, success, _sales = _scene(workspace_db)
    with workspace_db.write_session() as s:
        ws = main_workspace(s)
        everyone = boards.create_dashboard(s, ada, ws, "Team health", confirmed=True)
        theirs = boards.create_dashboard(
            s,
            ada,
            ws,
            "Success only",
            confirmed=True,
            access=DashboardAccess.TEAMS,
            team_ids=[success],
        )
        boards.add_report(s, ada, theirs, "By tier", ReportSpec(customer_object(s).id))
    with workspace_db.session() as s:
        ws = main_workspace(s)
        names = {p.name: [b.name for b in boards.visible_dashboards(s, p, ws)]
                 for p in (ada, cy, bo)}  # fmt: skip
        assert names == {
            "Ada Admin": ["Team health", "Success only"],
            "Cy Csm": ["Team health", "Success only"],
            "Bo Csm": ["Team health"],
        }
        assert [t.name for t in boards.tiles(s, cy, theirs)] == ["By tier"]
        with pytest.raises(PermissionDenied, match="teams you are not in"):
            boards.tiles(s, bo, theirs)
        assert boards.tiles(s, bo, everyone) == []
    with workspace_db.write_session() as s, pytest.raises(PermissionDenied):
        boards.add_report(s, bo, theirs, "Sneaky", ReportSpec(customer_object(s).id))


def test_only_settings_holders_create_or_change_access(workspace_db):
    ada, cy, _bo, _success, sales = _scene(workspace_db)
    with workspace_db.write_session() as s, pytest.raises(PermissionDenied, match="settings"):
        boards.create_dashboard(s, cy, main_workspace(s), "Mine", confirmed=True)
    with workspace_db.write_session() as s:
        ws = main_workspace(s)
        board = boards.create_dashboard(s, ada, ws, "Pipeline", confirmed=True)
        (info,) = boards.visible_dashboards(s, ada, ws)
        with pytest.raises(PermissionDenied):
            boards.set_access(s, cy, info.placement_id, access=DashboardAccess.EVERYONE,
                              confirmed=True)  # fmt: skip
        boards.set_access(s, ada, info.placement_id, access=DashboardAccess.TEAMS,
                          team_ids=[sales], confirmed=True)  # fmt: skip
        assert boards.visible_dashboards(s, cy, ws) == []
        boards.remove_dashboard(s, ada, info.placement_id)
        assert boards.visible_dashboards(s, ada, ws) == []
        assert boards.dashboards_to_add(s, ada, ws) == [(board, "Pipeline")]
        boards.add_dashboard(s, ada, ws, board, confirmed=True)  # back, for everyone now
        assert [b.name for b in boards.visible_dashboards(s, cy, ws)] == ["Pipeline"]
        with pytest.raises(ValidationError, match="already"):
            boards.add_dashboard(s, ada, ws, board, confirmed=True)


def test_tiles_stay_packed_as_they_are_added_moved_resized_and_removed(workspace_db):
    ada, cy, *_ = _scene(workspace_db)
    with workspace_db.write_session() as s:
        ws = main_workspace(s)
        board = boards.create_dashboard(s, ada, ws, "Overview", confirmed=True)
        spec = ReportSpec(customer_object(s).id)
        ids = [boards.add_report(s, cy, board, f"R{n}", spec) for n in range(4)]

        def grid() -> list[tuple[str, int, int, int, int]]:
            return [(t.name, t.row, t.col, t.width, t.height) for t in boards.tiles(s, cy, board)]

        assert grid() == [("R0", 0, 0, 1, 1), ("R1", 0, 1, 1, 1), ("R2", 0, 2, 1, 1),
                          ("R3", 1, 0, 1, 1)]  # fmt: skip
        boards.arrange(s, cy, ids[3], 0)  # R3 dragged onto R0
        assert [t[0] for t in grid()] == ["R3", "R0", "R1", "R2"]
        boards.resize_tile(s, cy, ids[0], 2, 2)
        # R0 takes two columns and two rows; the others fill the first free places
        assert grid() == [("R3", 0, 0, 1, 1), ("R0", 0, 1, 2, 2), ("R1", 1, 0, 1, 1),
                          ("R2", 2, 0, 1, 1)]  # fmt: skip
        with pytest.raises(ValidationError):
            boards.resize_tile(s, cy, ids[0], 4, 1)
        boards.remove_tile(s, cy, ids[0])
        assert grid() == [("R3", 0, 0, 1, 1), ("R1", 0, 1, 1, 1), ("R2", 0, 2, 1, 1)]
        with pytest.raises(NotFound):
            boards.remove_tile(s, cy, ids[0])
