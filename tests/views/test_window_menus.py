"""The menu bar, Ctrl+K, F1 and what a window remembers (UX-2, issue 16 items 3 and 4), used
as a person does: keys pressed on the window, the palette typed into, Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlalchemy import select

from app.domain import records
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.store import User
from app.store.engine import open_database
from app.views.common.command_palette import CommandPalette
from app.views.help import TAB_SHORTCUTS, AboutDialog, ShortcutSheet
from tests.views.conftest import shown_window


def _scene(db) -> None:
    with db.write_session() as s:
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        for name, domain in (("Acme Rockets", "acme.com"), ("Globex", "globex.io"),
                             ("Initech", "initech.example")):  # fmt: skip
            records.create_record(s, ada, customer_object(s), {"name": name, "domain": domain})


def _window(qtbot, db, settings: QSettings, size=(1280, 820)):
    return shown_window(qtbot, db, settings, size)


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def _key(qtbot, window, keys: str) -> None:
    """Keys pressed on the window, once it is the active one again (as after a dialog)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    combination = QKeySequence(keys)[0]  # type: ignore[index]
    QTest.keyClick(window, combination.key(), combination.keyboardModifiers())


def _palette() -> CommandPalette:
    (palette,) = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CommandPalette) and w.isVisible()]  # fmt: skip
    return palette


def test_the_menus_hold_every_main_action_with_its_shortcut(qtbot, workspace_db, tmp_path):
    window = _window(qtbot, workspace_db, _settings(tmp_path))
    bar = window.menuBar()
    titles = [a.text().replace("&", "") for a in bar.actions()]
    assert titles == ["File", "Edit", "View", "Go", "Help"]
    go = [(a.text(), a.shortcut().toString()) for a in window.menus.go_menu.actions()]
    assert go[:3] == [("Summary", "Ctrl+1"), ("Customers", "Ctrl+2"), ("Services", "Ctrl+3")]
    _key(qtbot, window, "Ctrl+2")
    assert window.tab_keys()[window.tabs.currentIndex()] == "customers"
    _key(qtbot, window, "Ctrl+F")  # Find: the tab's search box
    customers: Any = window.tab_content("customers")
    qtbot.waitUntil(customers.search.hasFocus)
    _key(qtbot, window, "Ctrl+K")  # from a text box too (which would delete to the line end)
    palette = _palette()
    QTest.keyClick(palette.line, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    window.menus.update_actions()
    assert window.menus.export_action.isEnabled()  # a list to export
    assert not window.menus.sync_action.isVisible()  # a local file has no server
    _key(qtbot, window, "Ctrl+1")
    window.menus.update_actions()
    assert not window.menus.export_action.isEnabled()  # the Summary has no list
    assert not window.menus.find_action.isEnabled()
    window.close()


def test_f1_lists_every_shortcut_and_about_names_the_version(qtbot, workspace_db, tmp_path):
    import app

    window = _window(qtbot, workspace_db, _settings(tmp_path))
    _key(qtbot, window, "F1")
    sheet = window.menus.sheet
    assert isinstance(sheet, ShortcutSheet) and sheet.isVisible()
    listed = {(section, keys) for section, keys, _what in sheet.rows}
    assert ("Everywhere", "Ctrl+K") in listed and ("Everywhere", "F1") in listed
    assert ("Schedule", "Ctrl+Right") in listed and ("Actions", "Ctrl+N") in listed
    sheet.reject()
    window.menus.about_action.trigger()
    about = window.menus.about_dialog
    assert isinstance(about, AboutDialog) and about.isVisible()
    assert app.__version__ in " ".join(label.text() for label in about.findChildren(QLabel))
    about.reject()
    window.close()


def test_the_sheet_names_the_keys_each_tab_binds(qtbot, workspace_db, tmp_path):
    """TAB_SHORTCUTS is the tabs' own keys: every key it lists is bound in that tab, and
    every key a tab binds is listed."""
    window = _window(qtbot, workspace_db, _settings(tmp_path))
    for key, listed in TAB_SHORTCUTS.items():
        tab = window.tab_content(key)
        bound = {
            action.shortcut().toString()
            for widget in (tab, *tab.findChildren(QWidget))
            for action in widget.actions()
            if isinstance(action, QAction) and not action.shortcut().isEmpty()
        }
        bound |= {"Ctrl+F"} if hasattr(tab, "search") else set()  # the window's Find
        assert {keys for keys, _what in listed} == bound, key
    window.close()


def test_ctrl_k_finds_a_record_by_name_or_domain_and_opens_it(qtbot, workspace_db, tmp_path):
    _scene(workspace_db)
    window = _window(qtbot, workspace_db, _settings(tmp_path))
    _key(qtbot, window, "Ctrl+K")
    palette = _palette()
    assert palette.line.hasFocus()
    listed = palette.items()
    assert ("Create task", "") in listed and ("Customers", "Ctrl+2") in listed
    assert ("Keyboard shortcuts", "F1") in listed
    qtbot.keyClicks(palette.line, "globex.i")  # a domain
    qtbot.waitUntil(lambda: ("Globex", "") in palette.items())
    assert palette.items()[0] == ("Globex", "")
    QTest.keyClick(palette.line, Qt.Key.Key_Return)
    assert not palette.isVisible()
    customers: Any = window.tab_content("customers")
    assert window.tab_keys()[window.tabs.currentIndex()] == "customers"
    qtbot.waitUntil(lambda: customers.preview is not None and customers.preview.isVisible())
    qtbot.waitUntil(lambda: "Globex" in customers.preview.title.text())
    window.close()


def test_ctrl_k_runs_settings_pages_views_and_actions(qtbot, workspace_db, tmp_path):
    window = _window(qtbot, workspace_db, _settings(tmp_path))
    _key(qtbot, window, "Ctrl+K")
    palette = _palette()
    qtbot.keyClicks(palette.line, "health scor")
    qtbot.waitUntil(lambda: bool(palette.items()))
    assert palette.items()[0] == ("Health scores", "")
    QTest.keyClick(palette.line, Qt.Key.Key_Return)
    dialog = window.menus.settings_page_dialog
    qtbot.waitUntil(lambda: dialog.page_dialog is not None and dialog.page_dialog.isVisible())
    dialog.page_dialog.reject()
    dialog.reject()
    _key(qtbot, window, "Ctrl+K")
    palette = _palette()
    qtbot.keyClicks(palette.line, "all customers")  # a built-in saved view
    qtbot.waitUntil(lambda: palette.items()[:1] == [("All customers", "")])
    QTest.keyClick(palette.line, Qt.Key.Key_Return)
    customers: Any = window.tab_content("customers")
    assert customers.sidebar.current_view().name == "All customers"
    _key(qtbot, window, "Ctrl+K")
    palette = _palette()
    qtbot.keyClicks(palette.line, "nothing at all like this")
    qtbot.waitUntil(lambda: not palette.finder.pending)
    assert palette.items() == []  # said so, nothing to run
    QTest.keyClick(palette.line, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    _key(qtbot, window, "Ctrl+K")
    palette = _palette()
    qtbot.keyClicks(palette.line, "create task")
    QTest.keyClick(palette.line, Qt.Key.Key_Return)
    actions: Any = window.tab_content("actions")
    qtbot.waitUntil(lambda: actions.create_panel is not None and actions.create_panel.isVisible())
    window.close()


def test_each_workspace_file_remembers_its_own_last_tab(qtbot, workspace_db, tmp_path):
    """Issue 16 item 4: a new empty workspace opened on the Schedule because another file
    had last been left there."""
    from app.domain.workspace import SetupChoice, setup_empty_workspace

    settings = _settings(tmp_path)
    window = _window(qtbot, workspace_db, settings)
    window.open_tab("schedule")
    window.close()
    other = open_database(tmp_path / "other.db")
    with other.session() as s, s.begin():
        setup_empty_workspace(s, SetupChoice("companies", "csm_owner", "Bo", "bo@example.com"))
    second = _window(qtbot, other, settings)
    assert second.tab_keys()[second.tabs.currentIndex()] == "summary"
    assert second.size() == window.size()  # the size the user keeps, though
    second.close()
    again = _window(qtbot, workspace_db, settings)
    assert again.tab_keys()[again.tabs.currentIndex()] == "schedule"
    again.close()
    other.dispose()
