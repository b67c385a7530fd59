"""The Dashboards tab as a CS lead uses it (DASH-1, DASH-2, issue 15 item 4): create a
dashboard (the tick required), assign it to a team, add reports from the gallery, make one
wider, drag one onto another, remove one; a CSM outside the team does not see it, and
a CSM never gets the Create and Add buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.domain import records
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.store import Team, TeamMembership, User, new_id
from app.views.dashboards.tab import MIME, DashboardsTab
from tests.views.conftest import shown_window


def _scene(db) -> None:
    """Ada (super admin) owns Acme; Cy (CSM) is in team Success, Bo (CSM) in Sales."""
    with db.write_session() as s:
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        records.create_record(s, ada, customer_object(s),
                              {"name": "Acme", "arr": 50_000, "csm_owner": ada.id})  # fmt: skip
        for team_name, person in (("Success", "Cy Csm"), ("Sales", "Bo Csm")):
            team = Team(id=new_id(), name=team_name)
            user = User(id=new_id(), name=person, email=f"{person[:2].lower()}@example.com",
                        has_workspace_access=True, has_service_seat=True)  # fmt: skip
            s.add_all([team, user])
            s.flush()
            s.add(TeamMembership(id=new_id(), user_id=user.id, team_id=team.id))


def _tab(qtbot, db, settings, name: str = "Ada Admin") -> DashboardsTab:
    window = shown_window(qtbot, db, settings, (1400, 900))
    if name != "Ada Admin":
        next(a for a in window.user_menu.actions() if a.text().startswith(name)).trigger()
    window.tabs.setCurrentIndex(window.tab_keys().index("dashboards"))
    tab = window.tab_content("dashboards")
    assert isinstance(tab, DashboardsTab)
    return tab


def _add(qtbot, tab: DashboardsTab, name: str) -> None:
    tab.report_menu.aboutToShow.emit()  # "+ Add report" opened
    next(a for a in tab.report_menu.actions() if a.text() == name).trigger()


def _names(tab: DashboardsTab) -> list[str]:
    return [card.tile.name for card in tab.grid.cards]


def _create(qtbot, tab: DashboardsTab, name: str, team: str | None = None) -> None:
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    dialog: Any = tab.dialog
    qtbot.keyClicks(dialog.name, name)
    if team is not None:
        dialog.by_team.setChecked(True)
        items = [dialog.teams.item(i) for i in range(dialog.teams.count())]
        next(i for i in items if i.text() == team).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # the tick is required
    assert dialog.errors["confirm"].text() == "Tick “I confirm users will have view access” first."
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_lead_builds_a_dashboard_of_reports(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    tab = _tab(qtbot, workspace_db, window_settings)
    assert tab.empty.text().startswith("No dashboards yet")
    _create(qtbot, tab, "Book of business")
    assert tab.chooser.currentText() == "Book of business"
    assert tab.access_note.text() == "Available to everyone"
    assert tab.empty.text().startswith("This dashboard has no reports yet")
    for name in ("ARR by CSM", "Customers by health status", "Renewals by month"):
        _add(qtbot, tab, name)
    assert _names(tab) == ["ARR by CSM", "Customers by health status", "Renewals by month"]
    arr = tab.grid.cards[0]
    qtbot.waitUntil(lambda: bool(arr.chart.groups))
    assert [g.label for g in arr.chart.groups] == ["Ada Admin"]
    # Wider, from the tile's menu: ARR by CSM takes two columns, the others flow on.
    wider = next(a for a in arr.menu_button.menu().actions() if a.text() == "Wider")
    wider.trigger()
    tiles = [(c.tile.name, c.tile.row, c.tile.col, c.tile.width) for c in tab.grid.cards]
    assert tiles == [("ARR by CSM", 0, 0, 2), ("Customers by health status", 0, 2, 1),
                     ("Renewals by month", 1, 0, 1)]  # fmt: skip
    # A press on a tile's head may start a drag; one on its chart may not (it clicks bars).
    head = tab.grid.cards[2]
    qtbot.waitUntil(lambda: head.title.geometry().height() < 60)  # laid out as the user sees it
    qtbot.mousePress(head, Qt.MouseButton.LeftButton, pos=head.title.geometry().center())
    assert head._press is not None
    qtbot.mouseRelease(head, Qt.MouseButton.LeftButton, pos=head.title.geometry().center())
    qtbot.mousePress(head, Qt.MouseButton.LeftButton, pos=head.chart.geometry().center())
    assert head._press is None
    # Dragged: Renewals by month dropped on ARR by CSM takes its place.
    renewals = tab.grid.cards[2].tile
    target = tab.grid.cards[0].geometry().center()
    mime = QMimeData()
    mime.setData(MIME, renewals.id.hex.encode())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(tab.grid, QDragEnterEvent(target, Qt.DropAction.MoveAction, mime,
                                                     buttons, keys))  # fmt: skip
    QApplication.sendEvent(tab.grid, QDropEvent(QPointF(target), Qt.DropAction.MoveAction,
                                                mime, buttons, keys))  # fmt: skip
    assert _names(tab)[0] == "Renewals by month"
    # Removed from its menu.
    health = next(c for c in tab.grid.cards if c.tile.name == "Customers by health status")
    remove = next(a for a in health.menu_button.menu().actions() if a.text().startswith("Remove"))
    remove.trigger()
    assert _names(tab) == ["Renewals by month", "ARR by CSM"]


def test_a_team_dashboard_is_seen_by_its_team_only(qtbot, workspace_db, window_settings,
                                                    tmp_path):  # fmt: skip
    from PySide6.QtCore import QSettings

    _scene(workspace_db)
    tab = _tab(qtbot, workspace_db, window_settings)
    _create(qtbot, tab, "Success plays", team="Success")
    assert tab.access_note.text() == "Assigned to Success"
    _add(qtbot, tab, "ARR by CSM")
    tab.window().close()
    cy_settings = QSettings(str(tmp_path / "cy.ini"), QSettings.Format.IniFormat)
    cy = _tab(qtbot, workspace_db, cy_settings, "Cy Csm")
    assert cy.chooser.currentText() == "Success plays"
    assert _names(cy) == ["ARR by CSM"]
    assert not cy.create_button.isVisible() and not cy.add_button.isVisible()
    cy.window().close()
    bo_settings = QSettings(str(tmp_path / "bo.ini"), QSettings.Format.IniFormat)
    bo = _tab(qtbot, workspace_db, bo_settings, "Bo Csm")
    assert bo.current is None
    assert bo.empty.text() == "No dashboard is shared with you yet. An admin can create one."
