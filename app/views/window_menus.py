"""The window's menu bar and commands (UX-2, issue 16 item 3): File, Edit, View, Go and Help,
every main action with its shortcut, and the same actions — with the tabs, the settings
pages and the Create actions — in the command palette (Ctrl+K), so the menus, Ctrl+K and
the shortcut sheet (F1) name the same keys. What the current tab cannot do is greyed
(Export on a tab without a list); what the viewer has not (a hidden tab, Users & teams
without super admin) is not listed."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.domain.enums import ViewTab
from app.models.command_palette import PaletteFinder, RecordHit, ViewHit
from app.models.reports import tab_of_records
from app.views.common.command_palette import Command, CommandPalette
from app.views.help import AboutDialog, ShortcutSheet

if TYPE_CHECKING:
    from app.views.main_window import MainWindow


class WindowMenus(QObject):
    """The menus of one window, and what Ctrl+K offers in it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.palette: CommandPalette | None = None
        self.settings_page_dialog: Any = None
        self.finder = PaletteFinder(window.db, window.viewer, self)
        bar = window.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.file_menu, self.tr("Import CSV…"), "Ctrl+I", self.import_csv
        )
        self.export_action = self._action(
            self.file_menu, self.tr("Export this view…"), "Ctrl+E", self.export_view
        )
        self.sync_action = self._action(
            self.file_menu, self.tr("Sync now"), "Ctrl+R", window.syncer.sync_now
        )
        self.sync_action.setVisible(window.syncer.active)  # a team workspace's only
        self.file_menu.addSeparator()
        self.settings_action = self._action(
            self.file_menu, self.tr("Settings…"), "Ctrl+,", window.open_settings
        )
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.tr("Quit"), "Ctrl+Q", window.close)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.find_action = self._action(self.edit_menu, self.tr("Find"), "Ctrl+F", self.find)
        self.palette_action = self._action(
            self.edit_menu, self.tr("Command palette…"), "Ctrl+K", self.open_palette
        )
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.full_screen_action = self._action(
            self.view_menu, self.tr("Full screen"), "F11", self.toggle_full_screen
        )
        self.full_screen_action.setCheckable(True)
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.help_menu, self.tr("Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        self.about_action = self._action(self.help_menu, self.tr("About Tend"), "", self.about)
        for menu in (self.file_menu, self.edit_menu):
            menu.aboutToShow.connect(self.update_actions)
        self.go_actions: list[QAction] = []
        # A text box takes Ctrl+K for itself (delete to the end of the line, on Linux): the
        # window's keys win. Each text box of the window is watched once it has the focus
        # (not every event of the application through Python).
        self._watched: set[int] = set()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        typed = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
        if not isinstance(new, typed) or new.window() is not self.window:
            return
        key = id(new)
        if key not in self._watched:
            self._watched.add(key)
            new.installEventFilter(self)
            new.destroyed.connect(lambda _=None: self._watched.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) in self._window_sequences()
        ):
            return True  # not overridden: the window's shortcut runs
        return super().eventFilter(watched, event)

    def _window_sequences(self) -> set[QKeySequence]:
        return {self.palette_action.shortcut(), self.find_action.shortcut()}

    def _action(self, menu: QMenu, text: str, keys: str, run: Callable[[], Any]) -> QAction:
        action = menu.addAction(text)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: run())
        return action

    # -- Go ------------------------------------------------------------------------------
    def fill_go(self) -> None:
        """The tabs shown, Ctrl+1, Ctrl+2… in their order (the tabs are built again when
        the signed-in user or the workspace's settings change)."""
        self.go_menu.clear()
        window = self.window
        self.go_actions = []
        for i, key in enumerate(window.tab_keys()):
            title = window.tabs.tabText(i)
            keys = f"Ctrl+{i + 1}" if i < 9 else ""
            action = self._action(self.go_menu, title, keys, partial(window.open_tab, key))
            self.go_actions.append(action)

    # -- File and Edit ---------------------------------------------------------------------
    def current_tab(self) -> QWidget | None:
        window = self.window
        index = window.tabs.currentIndex()
        return window.tab_content(window.tab_keys()[index]) if index >= 0 else None

    def update_actions(self) -> None:
        """Grey what the current tab cannot do (with the reason its own button gives)."""
        tab = self.current_tab()
        export = getattr(tab, "export_button", None)
        self.export_action.setEnabled(export is not None and export.isEnabled())
        self.export_action.setToolTip(export.toolTip() if export is not None else "")
        launcher = self._import_launcher()
        self.import_action.setEnabled(launcher is not None and launcher.button.isEnabled())
        self.find_action.setEnabled(self._search_box() is not None)

    def _import_launcher(self) -> Any:
        """The current tab's import (its object's records), else the Customers tab's."""
        tab = self.current_tab()
        launcher = getattr(tab, "import_launcher", None)
        if launcher is None and "customers" in self.window.tab_keys():
            launcher = getattr(self.window.tab_content("customers"), "import_launcher", None)
        return launcher

    def import_csv(self) -> None:
        launcher = self._import_launcher()
        if launcher is not None and launcher.button.isEnabled():
            launcher.open_wizard()

    def export_view(self) -> None:
        export = getattr(self.current_tab(), "export_button", None)
        if export is not None and export.isEnabled():
            export.click()

    def _search_box(self) -> Any:
        tab = self.current_tab()
        header = getattr(tab, "header", None)
        return getattr(tab, "search", None) or getattr(header, "search", None)

    def find(self) -> None:
        """Ctrl+F: the current tab's search box, its text selected."""
        box = self._search_box()
        if box is not None:
            box.setFocus()
            box.selectAll()

    def toggle_full_screen(self) -> None:
        window = self.window
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()
        self.full_screen_action.setChecked(window.isFullScreen())

    # -- Help ------------------------------------------------------------------------------
    def window_keys(self) -> list[tuple[str, str]]:
        """(keys, what) of every menu action with a shortcut."""
        menus = (self.file_menu, self.edit_menu, self.view_menu, self.go_menu, self.help_menu)
        return [
            (action.shortcut().toString(), action.text().replace("&", ""))
            for menu in menus
            for action in menu.actions()
            if not action.shortcut().isEmpty() and action.isVisible()
        ]

    def tab_titles(self) -> dict[str, str]:
        """The tabs shown, their titles by key, in order."""
        window = self.window
        return {key: window.tabs.tabText(i) for i, key in enumerate(window.tab_keys())}

    def show_shortcuts(self) -> None:
        self.sheet = ShortcutSheet(self.window_keys(), self.tab_titles(), self.window)
        self.sheet.open()

    def about(self) -> None:
        db = self.window.db
        where = str(db.path) if db.path is not None else db.engine.url.render_as_string()
        self.about_dialog = AboutDialog(where, self.window)
        self.about_dialog.open()

    # -- Ctrl+K ----------------------------------------------------------------------------
    def commands(self) -> list[Command]:
        """What Ctrl+K offers now: the tabs, the Create actions, the settings pages, then
        the menus' actions."""
        window = self.window
        tr = self.tr
        keys = window.tab_keys()
        out = [
            Command(action.text(), tr("Go to"), action.trigger, action.shortcut().toString(),
                    tr("tab"))
            for action in self.go_actions
        ]  # fmt: skip
        create = tr("Create")
        for label, tab, method, detail in (
            (tr("Create task"), "actions", "open_create_panel", tr("to-do")),
            (tr("Create customer"), "customers", "create_record", tr("record")),
            (tr("Create dashboard"), "dashboards", "create_dashboard", ""),
        ):
            if tab in keys:
                out.append(Command(label, create, partial(self._on_tab, tab, method), "",
                                   detail))  # fmt: skip
        settings = tr("Settings")
        pages: list[tuple[str, Callable[[Any], None]]] = [
            (tr("Objects and properties"), lambda d: d.open_objects()),
            (tr("Health scores"), lambda d: d.open_health()),
            (tr("Team workspaces"), lambda d: d.open_workspaces()),
            (tr("Services tab settings"), lambda d: d.open_tab_settings(ViewTab.SERVICES)),
            (tr("Revenue tab settings"), lambda d: d.open_tab_settings(ViewTab.REVENUE)),
        ]
        if window.viewer.is_super_admin:
            pages.append((tr("Users & teams"), lambda d: d.open_users_teams()))
        for label, page in pages:
            out.append(Command(label, settings, partial(self._settings_page, page)))
        self.update_actions()
        menus = ((self.file_menu, tr("File")), (self.edit_menu, tr("Edit")),
                 (self.view_menu, tr("View")), (self.help_menu, tr("Help")))  # fmt: skip
        for menu, group in menus:
            for action in menu.actions():
                if action.isSeparator() or not action.isVisible() or not action.isEnabled():
                    continue
                if action is self.palette_action:
                    continue
                out.append(Command(action.text().replace("&", ""), group, action.trigger,
                                   action.shortcut().toString()))  # fmt: skip
        return out

    def open_palette(self) -> None:
        """Ctrl+K: the palette over the window, its commands as they stand now."""
        window = self.window
        self.finder.viewer = window.viewer  # signed in as someone else since
        if self.palette is not None:
            self.palette.close()
            self.palette.deleteLater()
        self.palette = CommandPalette(window, self.commands(), self.finder, self.open_record,
                                      self.open_view, self.tab_titles())  # fmt: skip
        self.palette.show_over(window)

    def _on_tab(self, key: str, method: str) -> None:
        """A Create action: its tab made current, then the tab's own way to create."""
        tab = self.window.open_tab(key)
        if tab is not None:
            getattr(tab, method)()

    def _settings_page(self, page: Callable[[Any], None]) -> None:
        """A settings page over the settings dialog, as its button opens it."""
        self.settings_page_dialog = dialog = self.window.settings_dialog()
        dialog.show()
        page(dialog)

    def open_record(self, hit: RecordHit) -> None:
        """A record found: in the preview panel of the tab that lists its object (else of
        the Customers tab, whose panel shows any record and its associations)."""
        from app.views.common.preview_host import PreviewHost

        window = self.window
        tab_kind = tab_of_records(window.db, window.viewer, hit.object_type_id)
        tab = window.open_tab(tab_kind.value) if tab_kind is not None else None
        if not isinstance(tab, PreviewHost):
            tab = window.open_tab("customers")
        if isinstance(tab, PreviewHost):
            tab.open_preview(hit.id)

    def open_view(self, hit: ViewHit) -> None:
        """A saved view found: its tab, on that view."""
        window = self.window
        if hit.tab == ViewTab.CUSTOMERS:
            window.open_customer_view(hit.id)
            return
        tab = window.open_tab(hit.tab.value)
        if tab is not None:
            tab.open_saved_view(hit.id, hit.object_type_id)  # type: ignore[attr-defined]
