"""The main window: a header with the workspace name, settings gear and user menu; the
workspace tabs that the signed-in user may use; a status bar with the mode and the file."""

from __future__ import annotations

import importlib
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QLocale, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.enums import ViewTab
from app.domain.i18n import QT_TR_NOOP
from app.domain.record_query import RecordQuery
from app.domain.saved_views import ALL_RECORDS, OWNED_BY_ME
from app.domain.viewer import Viewer
from app.models import Database
from app.models.changes import Changes, channel_for
from app.models.health_scores import HealthScorer
from app.models.i18n import tr
from app.models.people import People
from app.models.pipeline_tab import PipelineTabSettings
from app.models.reports import tab_of_records
from app.models.startup import workspace_key
from app.models.sync import Syncer
from app.views import language
from app.views.resources import icon
from app.views.window_menus import WindowMenus
from app.views.window_settings import computer_settings

if TYPE_CHECKING:
    from app.views.customers.tab import CustomersTab
    from app.views.settings.dialog import SettingsDialog
    from app.views.sync_status import SyncStatusBar

# What the tabs are built from (SET-1..5, and Settings → Objects: objects, properties,
# options, pipelines, stages; a team's workspace decides the viewer's): a change to one
# rebuilds them.
WORKSPACE_TABLES = (
    "workspaces", "workspace_pipelines", "workspace_revenue_objects", "teams", "object_types",
    "property_definitions", "property_options", "pipelines", "stages",
    "stage_required_properties",
)  # fmt: skip


@dataclass(frozen=True)
class TabSpec:
    """A workspace tab: its key, title, where its widget class is, and whether it needs
    full use. The class's module is imported when the tab is first built (issue 16 item
    5): starting Tend imports the Summary's modules, not every tab's and their libraries'."""

    key: str
    title: str
    widget: str  # "package.module:Class"
    needs_full_use: bool = True
    shown: Callable[[Database, Viewer], bool] | None = None  # the workspace may hide it
    options: tuple[tuple[str, object], ...] = ()  # keyword arguments of the class

    def factory(self) -> Callable[..., QWidget]:
        """The tab's class (its module imported now, once), with its options."""
        module, name = self.widget.split(":")
        made = getattr(importlib.import_module(module), name)
        return partial(made, **dict(self.options)) if self.options else made


def _pipelines_shown(kind: ViewTab) -> Callable[[Database, Viewer], bool]:
    """SET-4, SET-5: a Services or Revenue tab the workspace shows, with pipelines."""
    return lambda db, viewer: PipelineTabSettings(db, viewer, kind).load().shown


# Only tabs that work are listed (a tab that does nothing is not shown). PERM-3: a
# super admin without a seat sees the Summary only.
PIPELINES = "app.views.pipelines.tab:PipelineTab"
TABS: tuple[TabSpec, ...] = (
    TabSpec(
        "summary", QT_TR_NOOP("Summary"), "app.views.summary.tab:SummaryTab", needs_full_use=False
    ),
    TabSpec("customers", QT_TR_NOOP("Customers"), "app.views.customers.tab:CustomersTab"),
    TabSpec(
        "services",
        QT_TR_NOOP("Services"),
        PIPELINES,
        shown=_pipelines_shown(ViewTab.SERVICES),
        options=(("kind", ViewTab.SERVICES),),
    ),
    TabSpec(
        "revenue",
        QT_TR_NOOP("Revenue"),
        PIPELINES,
        shown=_pipelines_shown(ViewTab.REVENUE),
        options=(("kind", ViewTab.REVENUE),),
    ),
    TabSpec("actions", QT_TR_NOOP("Actions"), "app.views.actions.tab:ActionsTab"),
    TabSpec("schedule", QT_TR_NOOP("Schedule"), "app.views.schedule.tab:ScheduleTab"),
    TabSpec("feed", QT_TR_NOOP("Feed"), "app.views.feed.tab:FeedTab"),
    TabSpec("dashboards", QT_TR_NOOP("Dashboards"), "app.views.dashboards.tab:DashboardsTab"),
)


class LazyTab(QWidget):
    """A tab whose content is built the first time it is shown, so start-up pays only
    for the tab in front (the Customers table runs its queries when opened)."""

    def __init__(self, factory: Callable[[], QWidget]) -> None:
        super().__init__()
        self._factory = factory
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        """The content, built now if it was not yet."""
        if self.content is None:
            self.content = self._factory()
            self.layout().addWidget(self.content)
        return self.content

    def showEvent(self, event) -> None:
        self.build()
        super().showEvent(event)


class MainWindow(QMainWindow):
    """Tend's window over one open database."""

    signedInChanged = Signal(object)
    firstPainted = Signal()
    closed = Signal()
    reopenRequested = Signal()  # a backup restored over the file, another language: again
    openFileRequested = Signal(object)  # Path: another workspace file (a team's replica)

    def __init__(self, db: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.db = db
        self.settings = settings or computer_settings()
        self.setWindowTitle("Tend")
        self.setWindowIcon(icon("tend"))
        self.setMinimumSize(QSize(760, 520))
        self._painted = False
        self._workspace_key = workspace_key(db)  # what this window keeps is filed under it
        self._rebuild_pending = False
        channel_for(db).changed.connect(self._workspace_changed)  # made on the GUI thread
        self.people = People(db, self)
        # UX-3: the signed-in user's language (or the one chosen in Settings), before any
        # word of the window is made.
        language.install(language.language_for(self.viewer.locale))

        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._header())
        # Issue 11 item 2: a file Tend cannot write opens read-only, and says so.
        self.read_only_banner = QLabel(db.read_only_message.translated(), objectName="Banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setContentsMargins(16, 6, 16, 6)
        self.read_only_banner.setVisible(bool(db.read_only))
        root.addWidget(self.read_only_banner)
        self.stack = QStackedWidget()
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.setObjectName("WorkspaceTabs")
        self.tabs.currentChanged.connect(self._remember_tab)
        self.no_access = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, objectName="Muted")
        self.no_access.setWordWrap(True)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.no_access)
        root.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.mode_label = QLabel()
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.mode_label)
        self.statusBar().addWidget(self.file_label, 1)
        self._health_status()
        self._sync_status()
        self._fill_status()
        # UX-2: File, Edit, View, Go, Help, and Ctrl+K (the Go menu is filled with the tabs).
        self.menus = WindowMenus(self)
        self._apply_viewer()
        self._restore_window()

    # -- header ------------------------------------------------------------------------
    def _header(self) -> QWidget:
        header = QWidget(objectName="HeaderBar")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 12, 8)
        logo = QLabel()
        logo.setPixmap(icon("tend").pixmap(24, 24))
        title = QLabel("Tend", objectName="HeaderTitle")
        self.workspace_label = QLabel(objectName="WorkspaceName")
        row.addWidget(logo)
        row.addWidget(title)
        row.addSpacing(6)
        row.addWidget(self.workspace_label)
        row.addStretch(1)
        self.settings_button = QToolButton(objectName="SettingsButton")
        self.settings_button.setIcon(icon("gear"))
        self.settings_button.setIconSize(QSize(20, 20))
        self.settings_button.setToolTip(self.tr("Settings (Ctrl+,)"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.open_settings)
        self.user_button = QToolButton(objectName="UserMenuButton")
        self.user_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.user_button.setAccessibleName(self.tr("User menu"))
        self.user_menu = QMenu(self.user_button)
        self.user_button.setMenu(self.user_menu)
        row.addWidget(self.settings_button)
        row.addWidget(self.user_button)
        return header

    def _fill_user_menu(self) -> None:
        """Local mode: choose who is signed in on this laptop (remembered between runs). A
        team workspace signs in its login's user only (PERM-6): no "Sign in as"."""
        self.user_menu.clear()
        heading = self.user_menu.addAction(
            self.tr("Signed in as {name}").format(name=self.viewer.name)
        )
        heading.setEnabled(False)
        if self.people.shared:
            where = self.user_menu.addAction(
                self.tr("Team server: {url}").format(url=self.syncer.url)
            )
            where.setEnabled(False)
            return
        self.user_menu.addSection(self.tr("Sign in as"))
        group = QActionGroup(self.user_menu)
        for user in self.people.users():
            action = self.user_menu.addAction(
                f"{user.name}  ·  {' · '.join(tr(w) for w in permissions.access_words(user))}"
            )
            action.setToolTip(user.email)
            action.setCheckable(True)
            action.setChecked(user.id == self.viewer.id)
            action.setData(str(user.id))
            group.addAction(action)
            action.triggered.connect(lambda _=False, uid=user.id: self.sign_in(uid))

    # -- who is signed in ------------------------------------------------------------------
    @property
    def viewer(self) -> Viewer:
        """The signed-in user."""
        return self.people.viewer

    def sign_in(self, user_id: uuid.UUID) -> None:
        """Switch the signed-in user and rebuild the tabs for them."""
        self.people.sign_in(user_id)
        if self._speak(self.viewer.locale):
            return  # the window is made again, for them, in their language
        self._apply_viewer()
        self.signedInChanged.emit(self.viewer)

    def _speak(self, locale_name: str) -> bool:
        """UX-3: another language for the user of `locale_name` (their choice, or their
        locale's): True when it differs from the window's, which is then made again (on
        the tab it was on); False when nothing changes."""
        wanted = language.language_for(locale_name)
        if wanted == language.current():
            return False
        self.save_state()
        language.install(wanted)
        self.reopenRequested.emit()
        return True

    def _apply_viewer(self) -> None:
        # Counts in the words ("%Ln customers") in the viewer's form: "1 234" in Polish.
        QLocale.setDefault(QLocale(self.viewer.locale))
        self.user_button.setText(f"{self.viewer.name}  ▾")
        self.workspace_label.setText(self.people.workspace_name())
        self._fill_user_menu()
        self._build_tabs()

    def _build_tabs(self) -> None:
        wanted = self.settings.value(self._state("last_tab"), "summary")
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        opened = permissions.can_open_workspace(self.viewer)
        if not opened:
            self.no_access.setText(
                self.tr("{name} can't open the Customer Success workspace.\n{reason}").format(
                    name=self.viewer.name, reason=opened.user_message
                )
            )
            self.stack.setCurrentWidget(self.no_access)
            self.tabs.blockSignals(False)
            self.menus.fill_go()
            return
        full = bool(permissions.has_full_use(self.viewer))
        for spec in TABS:
            if spec.needs_full_use and not full:
                continue
            if spec.shown is not None and not spec.shown(self.db, self.viewer):
                continue
            widget = LazyTab(partial(self._make_tab, spec))
            widget.setObjectName(f"tab_{spec.key}")
            self.tabs.addTab(widget, tr(spec.title))
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == f"tab_{wanted}":
                self.tabs.setCurrentIndex(i)
            self.tabs.setTabToolTip(i, self.tr("Ctrl+{n}").format(n=i + 1))
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.blockSignals(False)
        self.menus.fill_go()

    def tab_content(self, key: str) -> QWidget:
        """The content of the tab `key` (built if it was not shown yet)."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab.objectName() == f"tab_{key}":
                assert isinstance(tab, LazyTab)
                return tab.build()
        raise KeyError(key)

    def tab_keys(self) -> list[str]:
        """The keys of the tabs shown, in order."""
        return [
            self.tabs.widget(i).objectName().removeprefix("tab_") for i in range(self.tabs.count())
        ]

    def _remember_tab(self, index: int) -> None:
        if index >= 0:
            key = self.tabs.widget(index).objectName().removeprefix("tab_")
            self.settings.setValue(self._state("last_tab"), key)

    # -- settings ------------------------------------------------------------------------
    def _make_tab(self, spec: TabSpec) -> QWidget:
        made = spec.factory()
        if spec.key == "summary":
            summary: Any = made(self.db, self.viewer, set_up_health=self.health_settings_opener())
            summary.viewTasks.connect(self.open_task_view)
            summary.healthBandOpened.connect(self.open_health_band)
            summary.reportRecordsOpened.connect(self.open_report_records)
            summary.viewOpened.connect(self.open_customer_view)
            summary.scheduleOpened.connect(lambda: self.open_tab("schedule"))
            return summary
        if spec.key == "dashboards":
            boards: Any = made(self.db, self.viewer)
            boards.recordsOpened.connect(self.open_report_records)
            return boards
        return made(self.db, self.viewer)

    def health_settings_opener(self) -> Callable[[], None]:
        """How the Summary opens Settings → Health scores ("Set up health scores")."""

        def open_health() -> None:
            dialog = self.health_settings = self.settings_dialog()
            dialog.show()
            dialog.open_health()

        return open_health

    def _state(self, name: str) -> str:
        """The key of what this window remembers about its workspace file (its last tab,
        its geometry): each file its own (issue 16 item 4)."""
        return f"workspaces/{self._workspace_key}/{name}"

    def open_tab(self, key: str) -> QWidget | None:
        """A tab made current, its content; None when the viewer has no such tab (PERM-3)."""
        if key not in self.tab_keys():
            return None
        self.tabs.setCurrentIndex(self.tab_keys().index(key))
        return self.tab_content(key)

    def _customers_tab(self) -> CustomersTab | None:
        return self.open_tab("customers")  # type: ignore[return-value]

    def open_report_records(self, query: RecordQuery, what: str) -> None:
        """SUM-7: a report's bar, point or slice opens its records on the tab that lists
        them: customers on Customers, services and deals on their pipeline's tab, tasks on
        Actions."""
        tab = tab_of_records(self.db, self.viewer, query.object_type_id)
        content = self.open_tab(tab.value) if tab is not None else None
        if content is not None and hasattr(content, "show_records"):
            content.show_records(query, what)

    def open_customer_view(self, view_id: uuid.UUID) -> None:
        """SUM-4 "View records": the Customers tab on that default view."""
        customers = self._customers_tab()
        if customers is not None and not customers.open_view(view_id):
            customers.messages.show_message(self.tr("That view no longer exists."))

    def open_health_band(
        self, book: bool, status: str, profile_id: uuid.UUID | None, profile: str
    ) -> None:
        """SUM-6 "[N] customers": the Customers tab on the viewer's book (or every customer)
        with the Health status filter on that band (and that profile's customers only)."""
        customers = self._customers_tab()
        if customers is None:
            return
        customers.show_health_band(
            OWNED_BY_ME if book else ALL_RECORDS, status, profile_id, profile
        )

    def open_task_view(self, view: str) -> None:
        """SUM-2 "View more": the Actions tab on the same list."""
        actions: Any = self.open_tab("actions")
        if actions is not None:
            actions.show_builtin(view)

    def _workspace_changed(self, changes: Changes) -> None:
        """The workspace's settings changed (customer object, CSM property, a tab shown or
        its pipelines, SET-1..5), wherever they were saved: build the tabs again, once the
        dialog that saved them has closed (the next turn of the event loop)."""
        if changes.touches(*WORKSPACE_TABLES) and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self._rebuild)

    def _rebuild(self) -> None:
        self._rebuild_pending = False
        self._apply_viewer()

    def open_settings(self) -> None:
        """The gear: workspace settings (saving is refused by the domain without PERM-4)."""
        dialog = self.settings_dialog()
        dialog.exec()
        if dialog.language_changed:  # the dialog is closed: the window may be made again
            self._speak(self.viewer.locale)

    def settings_dialog(self) -> SettingsDialog:
        """The settings dialog, wired to open the file again after a restore."""
        from app.views.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self.viewer, self)
        dialog.restored.connect(self.reopenRequested)
        dialog.joined.connect(self.openFileRequested)
        return dialog

    # -- status and window state -----------------------------------------------------------
    def _fill_status(self) -> None:
        if self.syncer.active:
            self.mode_label.setText(self.tr("Team workspace"))
            self.file_label.setText(str(self.db.path))
            self.file_label.setToolTip(self.tr("A replica of {url}").format(url=self.syncer.url))
        elif self.db.is_local:
            mode = self.tr("Local mode · read-only") if self.db.read_only else self.tr("Local mode")
            self.mode_label.setText(mode)
            self.file_label.setText(str(self.db.path))
        else:
            self.mode_label.setText(self.tr("Shared mode"))
            self.file_label.setText(self.db.engine.url.render_as_string(hide_password=True))

    def _restore_window(self) -> None:
        # This file's own geometry, else the last window's (a new file opens at the size the
        # user keeps, on the Summary).
        geometry = self.settings.value(self._state("geometry")) or self.settings.value(
            "window/geometry"
        )
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)

    # -- health scores (HEALTH-4) ---------------------------------------------------------
    def _health_status(self) -> None:
        """Scores kept fresh in the background; a whole recompute shows its progress in
        the status bar, with Cancel."""
        self.health = HealthScorer(self.db, self)
        self.health_label = QLabel(objectName="Muted")
        self.health_progress = QProgressBar(maximumWidth=140, maximum=100, textVisible=False)
        self.health_progress.setFixedHeight(10)
        self.health_cancel = QToolButton(text=self.tr("Cancel"), autoRaise=True)
        self.health_cancel.setToolTip(self.tr("Stop scoring; scores stored so far are kept"))
        self.health_cancel.clicked.connect(self.health.cancel)
        for widget in (self.health_label, self.health_progress, self.health_cancel):
            self.statusBar().addPermanentWidget(widget)
            widget.hide()
        self.health.busy.connect(self._health_busy)
        self.health.progress.connect(self._health_progress)
        self.health.failed.connect(self._health_failed)
        self.firstPainted.connect(lambda: QTimer.singleShot(0, self.health.start))

    def _health_busy(self, busy: bool) -> None:
        self.health_label.setText(self.tr("Scoring customers…"))
        self.health_progress.setValue(0)
        for widget in (self.health_label, self.health_progress, self.health_cancel):
            widget.setVisible(busy)

    def _health_progress(self, _what: str, fraction: float) -> None:
        self.health_progress.setValue(round(fraction * 100))

    def _health_failed(self, message: str) -> None:
        self.statusBar().showMessage(message, 10_000)

    # -- sync (issue 14, DATA-2) ------------------------------------------------------------
    def _sync_status(self) -> None:
        """A team workspace syncs in the background; the status bar shows how it stands."""
        self.syncer = Syncer(self.db, lambda: self.viewer.id, self)
        self.sync_status: SyncStatusBar | None = None
        if not self.syncer.active:
            return
        from app.views.sync_status import SyncStatusBar

        self.sync_status = SyncStatusBar(self.syncer, self.viewer, self)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.firstPainted.connect(lambda: QTimer.singleShot(0, self.syncer.start))

    def closeEvent(self, event) -> None:
        """Remember the geometry and the last tab for the next start."""
        self.syncer.close()
        self.health.close()
        self.save_state()
        super().closeEvent(event)
        self.closed.emit()

    def save_state(self) -> None:
        """Remember the geometry and the last tab."""
        geometry = self.saveGeometry()
        self.settings.setValue(self._state("geometry"), geometry)
        self.settings.setValue("window/geometry", geometry)
        if self.tabs.currentIndex() >= 0:
            self._remember_tab(self.tabs.currentIndex())
        self.settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()


def first_paint_probe(window: MainWindow) -> None:
    """For the start-up benchmark: print the time of the first paint and quit."""
    if os.environ.get("TEND_EXIT_AFTER_FIRST_PAINT") != "1":
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def done() -> None:
        print(f"FIRST_PAINT {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    window.firstPainted.connect(done)
