"""The main window driven as a user would: tabs by permission, the user menu, settings,
window state kept between runs, and the status bar."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from app.domain.workspace import workspace_for
from app.store import PropertyDefinition, User, ViewTab, Workspace
from app.views.actions.tab import ActionsTab
from app.views.customers.tab import CustomersTab
from app.views.main_window import LazyTab, MainWindow
from app.views.pipelines.tab import PipelineTab
from app.views.settings.dialog import SettingsDialog
from tests.support import signed_in_user
from tests.views.conftest import shown_window

W = TypeVar("W", bound=QWidget)


def _content(window: MainWindow, key: str, kind: type[W]) -> W:
    """The content of the tab `key`, which must be a `kind`."""
    content = window.tab_content(key)
    assert isinstance(content, kind), content
    return content


def _window(qtbot, db, settings) -> MainWindow:
    return shown_window(qtbot, db, settings)


def _menu_action(window: MainWindow, name: str):
    return next(a for a in window.user_menu.actions() if a.text().startswith(name))


def test_status_bar_shows_local_mode_and_file(qtbot, workspace_db, window_settings):
    window = _window(qtbot, workspace_db, window_settings)
    assert window.mode_label.text() == "Local mode"
    assert window.file_label.text() == str(workspace_db.path)
    assert window.user_button.text().startswith("Ada Admin")


def test_user_menu_switches_who_is_signed_in_and_it_is_remembered(
    qtbot, workspace_db, window_settings, add_user
):
    add_user("Casey Csm", has_service_seat=True)
    window = _window(qtbot, workspace_db, window_settings)
    names = [a.text() for a in window.user_menu.actions() if a.isCheckable()]
    assert any(n.startswith("Casey Csm") for n in names)
    _menu_action(window, "Casey Csm").trigger()
    assert window.user_button.text().startswith("Casey Csm")
    assert window.tab_keys() == [
        "summary",
        "customers",
        "services",
        "revenue",
        "actions",
        "schedule",
        "feed",
        "dashboards",
    ]
    with workspace_db.session() as session:
        assert signed_in_user(session).name == "Casey Csm"
    window.close()
    again = _window(qtbot, workspace_db, window_settings)
    assert again.viewer.name == "Casey Csm"


def test_seatless_super_admin_sees_summary_only_and_no_access_user_a_reason(
    qtbot, workspace_db, window_settings, add_user
):
    add_user("Ivy Itadmin", is_super_admin=True, has_service_seat=False)
    add_user("Nora Noaccess", has_workspace_access=False, has_service_seat=True)
    window = _window(qtbot, workspace_db, window_settings)
    _menu_action(window, "Ivy Itadmin").trigger()
    assert window.tab_keys() == ["summary"]
    assert window.stack.currentWidget() is window.tabs
    _menu_action(window, "Nora Noaccess").trigger()
    assert "access" in window.no_access.text()
    assert window.stack.currentWidget() is window.no_access


def test_geometry_and_last_tab_are_restored(qtbot, workspace_db, tmp_path):
    path = str(tmp_path / "state.ini")
    window = _window(qtbot, workspace_db, QSettings(path, QSettings.Format.IniFormat))
    window.resize(781, 701)
    qtbot.waitUntil(lambda: window.width() == 781)
    window.close()
    again = _window(qtbot, workspace_db, QSettings(path, QSettings.Format.IniFormat))
    assert (again.width(), again.height()) == (781, 701)
    assert again.tabs.currentWidget().objectName() == "tab_summary"


def test_settings_refused_for_a_csm_without_manage_cs_settings(
    qtbot, workspace_db, window_settings, add_user
):
    csm = add_user("Casey Csm", has_service_seat=True)
    dialog = SettingsDialog(workspace_db, csm)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.banner.isVisible()
    assert "Manage CS settings" in dialog.banner.text()
    assert not dialog.save_button.isEnabled()
    # The domain refuses too, and says why where the user is looking.
    dialog.save()
    assert dialog.error.isVisible()
    assert "Manage CS settings" in dialog.error.text()


def test_admin_changes_the_csm_property_from_the_gear(qtbot, workspace_db, window_settings):
    window = _window(qtbot, workspace_db, window_settings)
    dialog = SettingsDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(dialog)
    dialog.show()
    index = dialog.csm_property.findText("Company owner")
    assert index >= 0
    dialog.csm_property.setCurrentIndex(index)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    customers = window.tab_content("customers")
    qtbot.waitUntil(lambda: window.tab_content("customers") is not customers)  # rebuilt
    with workspace_db.session() as session:
        ws = session.query(Workspace).filter_by(is_main=True).one()
        assert session.get(PropertyDefinition, ws.csm_property_id).key == "company_owner"
        assert workspace_for(session, session.query(User).first()).id == ws.id


def test_summary_shows_the_viewers_name_and_empty_states(qtbot, workspace_db, window_settings):
    window = _window(qtbot, workspace_db, window_settings)
    texts = [label.text() for label in window.tab_content("summary").findChildren(QLabel)]
    assert "Hello, Ada" in texts
    assert "No tasks due today" in texts
    assert "Nothing scheduled today." in texts


def test_ctrl_q_closes_the_window_and_saves_its_state(qtbot, workspace_db, window_settings):
    window = _window(qtbot, workspace_db, window_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert window_settings.value("window/geometry") is not None


def test_user_menu_says_what_each_person_may_do(qtbot, workspace_db, window_settings, add_user):
    add_user("Ivy Itadmin", is_super_admin=True, has_service_seat=False)
    window = _window(qtbot, workspace_db, window_settings)
    assert _menu_action(window, "Ivy Itadmin").text().endswith("Super admin · no seat")


def test_tabs_are_built_when_first_opened(qtbot, workspace_db, window_settings):
    window = _window(qtbot, workspace_db, window_settings)
    customers = window.tabs.widget(window.tab_keys().index("customers"))
    assert isinstance(customers, LazyTab)
    assert customers.content is None  # start-up paid only for the Summary
    window.tabs.setCurrentWidget(customers)
    qtbot.waitUntil(lambda: customers.content is not None)
    assert _content(window, "customers", CustomersTab).title.text() == "Owned by me"


def test_ctrl_and_a_number_opens_that_tab(qtbot, workspace_db, window_settings):
    window = _window(qtbot, workspace_db, window_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().objectName() == "tab_customers"
    customers = _content(window, "customers", CustomersTab)
    qtbot.waitUntil(customers.isVisible)
    customers.sidebar.list.setFocus()  # the empty workspace shows no table, but its views
    qtbot.keyClick(customers.sidebar.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert customers.search.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget().objectName() == "tab_summary"


def test_hiding_the_services_tab_from_its_gear_and_showing_it_from_settings(
    qtbot, workspace_db, window_settings
):
    window = _window(qtbot, workspace_db, window_settings)
    window.tabs.setCurrentIndex(window.tab_keys().index("services"))
    services = _content(window, "services", PipelineTab)
    services.open_settings()
    gear = services.settings_dialog
    assert gear is not None
    gear.shown.setChecked(False)
    gear.save_button.click()
    qtbot.waitUntil(lambda: "services" not in window.tab_keys())
    assert window.tab_keys() == [
        "summary",
        "customers",
        "revenue",
        "actions",
        "schedule",
        "feed",
        "dashboards",
    ]

    dialog = SettingsDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(dialog)
    dialog.tab_buttons[ViewTab.SERVICES].click()
    assert dialog.tab_dialog is not None
    dialog.tab_dialog.shown.setChecked(True)
    dialog.tab_dialog.save_button.click()
    dialog.reject()  # the tab settings were saved already: the change channel said so
    qtbot.waitUntil(lambda: "services" in window.tab_keys())
    assert window.tab_keys() == [
        "summary",
        "customers",
        "services",
        "revenue",
        "actions",
        "schedule",
        "feed",
        "dashboards",
    ]


def test_view_more_on_a_summary_list_opens_the_actions_tab_on_it(
    qtbot, workspace_db, window_settings, add_user
):
    from PySide6.QtWidgets import QPushButton

    add_user("Ivy Itadmin", is_super_admin=True, has_service_seat=False)
    window = _window(qtbot, workspace_db, window_settings)
    summary = window.tab_content("summary")
    overdue = next(
        b for b in summary.findChildren(QPushButton)
        if b.accessibleName() == "View more: Overdue tasks"
    )  # fmt: skip
    qtbot.mouseClick(overdue, Qt.MouseButton.LeftButton)
    assert window.tab_keys()[window.tabs.currentIndex()] == "actions"
    assert _content(window, "actions", ActionsTab).title.text() == "Overdue"

    # A seatless super admin has the Summary only, so no link to a tab they lack.
    _menu_action(window, "Ivy Itadmin").trigger()
    summary = window.tab_content("summary")
    assert not [b for b in summary.findChildren(QPushButton) if b.text() == "View more"]
