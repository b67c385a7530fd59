"""Settings → Users & teams as a super admin uses it (PERM-1, PERM-2): the table of people,
a person's seat, rights and teams changed with clicks and saved; a refusal shown under the
form; another window's save reaches an open page through the change channel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from app.domain import writer
from app.domain.history import ChangeBatch
from app.domain.users_teams import Rights
from app.domain.viewer import viewer_of
from app.models.users_teams import PeopleTableModel
from app.store import Team, TeamMembership, User
from app.views.settings.dialog import SettingsDialog

LEFT = Qt.MouseButton.LeftButton


def _scene(db):
    with db.write_session() as s:
        admin = s.scalar(select(User).where(User.name == "Ada Admin"))
        batch = ChangeBatch(s, admin.id)
        for name in ("Onboarding", "Renewals"):
            writer.add(batch, Team(name=name))
        writer.add(batch, User(name="Sam CSM", email="sam@example.com", has_service_seat=True))
    with db.session() as s:
        admin = s.scalar(select(User).where(User.name == "Ada Admin"))
        sam = s.scalar(select(User).where(User.name == "Sam CSM"))
        return viewer_of(admin), viewer_of(sam)


def _page(qtbot, db, viewer):
    settings = SettingsDialog(db, viewer)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.mouseClick(settings.users_button, LEFT)
    page = settings.users_dialog
    qtbot.waitExposed(page)
    return page


def _tick(qtbot, box) -> None:
    """Click a check box on its box, as a person does (its row is wider than its text)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def _cell(page, name: str, column: int) -> str:
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.rows[r].name == name)
    return model.index(row, column).data()


def test_a_super_admin_gives_a_seat_rights_and_teams(qtbot, workspace_db):
    admin, sam = _scene(workspace_db)
    page = _page(qtbot, workspace_db, admin)
    page.select(sam.id)
    assert page.person_title.text() == "Sam CSM"
    _tick(qtbot, page.manage)
    page.primary_team.setCurrentIndex(page.primary_team.findText("Renewals"))
    onboarding = page.other_teams.findItems("Onboarding", Qt.MatchFlag.MatchExactly)[0]
    onboarding.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.save_button, LEFT)
    assert not page.error.isVisible()
    assert _cell(page, "Sam CSM", 2) == "CS settings"  # reloaded from the channel
    assert _cell(page, "Sam CSM", 3) == "Renewals (primary), Onboarding"
    assert [page.other_teams.item(i).text() for i in range(page.other_teams.count())] == [
        "Onboarding"
    ]  # the primary team is not offered again
    assert page.person_title.text() == "Sam CSM"  # still the person being edited
    with workspace_db.session() as s:
        stored = s.get(User, sam.id)
        assert stored is not None and stored.can_manage_cs_settings
        teams = set(
            s.scalars(
                select(Team.name)
                .join(TeamMembership, TeamMembership.team_id == Team.id)
                .where(TeamMembership.user_id == sam.id, TeamMembership.deleted_at.is_(None))
            )
        )
        assert teams == {"Renewals", "Onboarding"}


def test_taking_your_own_super_admin_right_is_refused_where_you_look(qtbot, workspace_db):
    admin, _sam = _scene(workspace_db)
    page = _page(qtbot, workspace_db, admin)
    page.select(admin.id)
    _tick(qtbot, page.super_admin)
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.error.isVisible()
    assert "yourself" in page.error.text()
    with workspace_db.session() as s:
        stored = s.get(User, admin.id)
        assert stored is not None and stored.is_super_admin


def test_a_csm_sees_no_users_page_and_the_domain_refuses_them(qtbot, workspace_db):
    import pytest

    from app.domain.errors import PermissionDenied

    _admin, sam = _scene(workspace_db)
    settings = SettingsDialog(workspace_db, sam)
    qtbot.addWidget(settings)
    assert not hasattr(settings, "users_button")
    model = PeopleTableModel(workspace_db, sam)
    assert not model.verdict
    with pytest.raises(PermissionDenied):
        model.save(sam.id, Rights(True, True, True, True, None))


def test_the_people_model_passes_qt_s_checks(qtmodeltester, workspace_db):
    admin, _sam = _scene(workspace_db)
    model = PeopleTableModel(workspace_db, admin)
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_a_person_is_added_to_a_local_file_with_clicks_and_keys(qtbot, workspace_db):
    admin, _sam = _scene(workspace_db)
    page = _page(qtbot, workspace_db, admin)
    assert page.add_person_button is not None
    qtbot.mouseClick(page.add_person_button, LEFT)
    add = page.add_person_dialog
    qtbot.waitExposed(add)
    qtbot.keyClicks(add.name, "Cy Lee")
    qtbot.keyClicks(add.email, "sam@example.com")  # already Sam's
    qtbot.mouseClick(add.add_button, LEFT)
    assert add.email_error.isVisible() and "already" in add.email_error.text()
    assert add.isVisible()  # nothing typed is lost
    add.email.clear()
    qtbot.keyClicks(add.email, "cy@example.com")
    add.team.setCurrentIndex(add.team.findText("Onboarding"))
    qtbot.mouseClick(add.add_button, LEFT)
    assert not add.isVisible()
    assert page.person_title.text() == "Cy Lee"  # the new person, selected
    assert _cell(page, "Cy Lee", 1) == "Service"
    assert _cell(page, "Cy Lee", 3) == "Onboarding (primary)"
    with workspace_db.session() as s:
        cy = s.scalar(select(User).where(User.email == "cy@example.com"))
        assert cy is not None and cy.login is None and cy.time_zone == admin.time_zone
