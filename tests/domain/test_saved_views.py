"""Saved views: built-in views (CUS-1), creating (CUS-3), the ⋮ menu (CUS-4), and who may
do each (PERM-5), enforced in the domain with a reason."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain import saved_views as sv
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.history import history_of
from app.domain.workspace import main_workspace
from app.store import PropertyDefinition, SavedView, Sharing, User, ViewTab
from tests.support import signed_in_user

TAB = ViewTab.CUSTOMERS
NPS_9 = [[{"property": "nps", "op": "gt", "value": 8}]]


@pytest.fixture
def people(workspace_db):
    """The admin from setup, a CSM without Manage CS settings, and a team lead with it."""
    with workspace_db.session() as session, session.begin():
        csm = User(name="Casey Csm", email="casey@example.com", has_service_seat=True)
        lead = User(
            name="Lee Lead", email="lee@example.com", has_service_seat=True,
            can_manage_cs_settings=True,
        )  # fmt: skip
        session.add_all([csm, lead])
    return workspace_db


def _user(session, name: str) -> User:
    return session.scalars(select(User).where(User.name.startswith(name))).one()


def _names(session, viewer) -> list[str]:
    return [v.name for v in sv.visible_views(session, viewer, main_workspace(session), TAB)]


def test_builtin_views_exist_once_follow_the_csm_property_and_stay_deleted(people):
    with people.session() as session, session.begin():
        admin, ws = signed_in_user(session), main_workspace(session)
        assert _names(session, admin) == [
            "Owned by me", "Assigned in the last 30 days", "All customers"
        ]  # fmt: skip
        owned, _assigned, every = sv.visible_views(session, admin, ws, TAB)
        assert owned.is_default and owned.sharing == Sharing.EVERYONE
        assert not every.is_default and sv.effective_filters(session, every) == []
        assert sv.effective_filters(session, owned) == [
            [{"property": "csm_owner", "op": "is_any_of", "value": ["me"]}]
        ]
        ws.csm_property_id = session.scalars(
            select(PropertyDefinition.id).where(PropertyDefinition.key == "company_owner")
        ).first()
        assert sv.effective_filters(session, owned)[0][0]["property"] == "company_owner"
        with pytest.raises(PermissionDenied, match="Built-in views cannot be edited"):
            sv.edit_view(session, admin, owned, name="Mine")
        with pytest.raises(PermissionDenied, match="Built-in"):
            sv.save_view_state(session, admin, owned, filters=NPS_9, columns=[], sort=[])
        sv.delete_view(session, admin, owned, confirmed=True)
        sv.ensure_builtin_views(session, ws)
        assert _names(session, admin) == ["Assigned in the last 30 days", "All customers"]


def test_a_csm_creates_a_private_view_and_is_refused_everyone_sharing(people):
    with people.session() as session, session.begin():
        casey, ws = _user(session, "Casey"), main_workspace(session)
        view = sv.create_view(session, casey, ws, TAB, "Promoters", filters=NPS_9)
        assert view.sharing == Sharing.PRIVATE and view.owner_id == casey.id
        with pytest.raises(PermissionDenied) as refused:
            sv.create_view(session, casey, ws, TAB, "Everyone's", sharing=Sharing.EVERYONE)
        assert "Manage CS settings" in refused.value.reason
        with pytest.raises(PermissionDenied):
            sv.edit_view(session, casey, view, sharing=Sharing.EVERYONE)
        assert "Promoters" in _names(session, casey)
        assert "Promoters" not in _names(session, _user(session, "Lee"))
        with pytest.raises(NotFound):
            sv.get_view(session, _user(session, "Lee"), view.id)
        with pytest.raises(PermissionDenied, match="private view"):
            sv.delete_view(session, _user(session, "Lee"), view, confirmed=True)
        assert [c.op for c in history_of(session, "saved_views", view.id)] == ["create"]


def test_an_admin_sets_a_default_with_a_description(people):
    with people.session() as session, session.begin():
        lee, ws = _user(session, "Lee"), main_workspace(session)
        view = sv.create_view(session, lee, ws, TAB, "Big promoters", sharing=Sharing.EVERYONE)
        with pytest.raises(ValidationError) as refused:
            sv.set_default(session, lee, view, "  ")
        assert refused.value.field == "description"
        sv.set_default(session, lee, view, "NPS 9 and over")
        assert view.is_default and view.description == "NPS 9 and over"
        with pytest.raises(PermissionDenied):
            sv.remove_default(session, _user(session, "Casey"), view)
        sv.remove_default(session, lee, view)
        assert not view.is_default
        fields = {c.field for c in history_of(session, "saved_views", view.id)}
        assert {"is_default", "description"} <= fields


def test_defaults_are_shared_only_and_at_most_six(people):
    with people.session() as session, session.begin():
        lee, ws = _user(session, "Lee"), main_workspace(session)
        private = sv.create_view(session, lee, ws, TAB, "Just mine")
        with pytest.raises(ValidationError) as refused:
            sv.set_default(session, lee, private, "Mine")
        assert refused.value.field == "sharing"
        for i in range(4):  # two built-in defaults exist already
            sv.create_view(
                session, lee, ws, TAB, f"Card {i}", sharing=Sharing.EVERYONE,
                make_default=True, description=f"Card {i}",
            )  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            sv.create_view(
                session, lee, ws, TAB, "Seventh", sharing=Sharing.EVERYONE,
                make_default=True, description="one too many",
            )  # fmt: skip
        assert refused.value.field == "default"


def test_deleting_asks_for_the_tick_and_shared_views_need_perm5(people):
    with people.session() as session, session.begin():
        lee, casey, ws = _user(session, "Lee"), _user(session, "Casey"), main_workspace(session)
        view = sv.create_view(session, lee, ws, TAB, "Shared", sharing=Sharing.EVERYONE)
        with pytest.raises(ValidationError) as refused:
            sv.delete_view(session, lee, view, confirmed=False)
        assert refused.value.field == "confirm"
        with pytest.raises(PermissionDenied):
            sv.delete_view(session, casey, view, confirmed=True)
        with pytest.raises(PermissionDenied):
            sv.save_view_state(session, casey, view, filters=NPS_9, columns=["name"], sort=[])
        sv.delete_view(session, lee, view, confirmed=True)
        assert "Shared" not in _names(session, lee)
        assert session.get(SavedView, view.id).deleted_at is not None


def test_names_and_filters_are_checked(people):
    with people.session() as session, session.begin():
        casey, ws = _user(session, "Casey"), main_workspace(session)
        with pytest.raises(ValidationError) as refused:
            sv.create_view(session, casey, ws, TAB, "   ")
        assert refused.value.field == "name"
        with pytest.raises(ValidationError) as refused:
            sv.create_view(session, casey, ws, TAB, "owned BY me")
        assert refused.value.field == "name"
        with pytest.raises(ValidationError) as refused:
            sv.create_view(
                session, casey, ws, TAB, "Bad", filters=[[{"property": "nps", "op": "contains"}]]
            )
        assert refused.value.field == "nps"
        view = sv.create_view(session, casey, ws, TAB, "Good")
        sv.save_view_state(
            session, casey, view, filters=NPS_9, columns=["name", "nps"], sort=[["nps", "desc"]],
            column_widths={"name": 240},
        )  # fmt: skip
        assert (view.filters, view.columns, view.column_widths) == (
            NPS_9, ["name", "nps"], {"name": 240}
        )  # fmt: skip


def test_a_seatless_admin_cannot_create_views(people):
    with people.session() as session, session.begin():
        ivy = User(name="Ivy", email="ivy@example.com", is_super_admin=True)
        session.add(ivy)
        session.flush()
        with pytest.raises(PermissionDenied, match="seat"):
            sv.create_view(session, ivy, main_workspace(session), TAB, "Mine")


def test_a_task_view_cannot_be_a_summary_default(workspace_db):
    from app.domain.task_filters import tasks_object

    with workspace_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.name == "Ada Admin"))
        ws = main_workspace(session)
        with pytest.raises(ValidationError) as refused:
            sv.create_view(
                session, ada, ws, ViewTab.ACTIONS, "Team's open", sharing=Sharing.EVERYONE,
                object_type_id=tasks_object(session).id, make_default=True, description="x",
            )  # fmt: skip
        assert refused.value.field == "default"


def test_the_palette_finds_a_builtin_view_by_its_name_in_the_users_language(people, monkeypatch):
    """UX-2/UX-3: a Polish user types "Wszyscy" and gets "All customers" under the name
    its tab shows; the English name still finds it."""
    from app.domain.command_palette import find_views
    from app.domain.viewer import viewer_of
    from app.store import i18n as store_i18n

    polish = {"All customers": "Wszyscy klienci"}
    monkeypatch.setattr(store_i18n, "translator", lambda text: polish.get(text, text))
    with people.session() as session:
        viewer = viewer_of(_user(session, "Ada Admin"))
        found = [hit.name for hit in find_views(session, viewer, "wszyscy")]
        assert found == ["Wszyscy klienci"]
        assert [hit.name for hit in find_views(session, viewer, "all customers")] == found
        assert find_views(session, viewer, "klienci wszyscy") != []  # words in any order
