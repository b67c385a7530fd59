"""The Actions tab (ACT-1..3): the viewer's tasks in the built-in views Due today,
Overdue, Due tomorrow, All open and All completed (due-ness in the viewer's time zone),
searched by title, in a lazy table; clicking a task's associated record opens its preview
panel, "Create task" (Ctrl+N) opens the Create task panel, and ticked tasks get the bulk
actions (`bulk.py`)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.enums import ViewTab
from app.domain.errors import DomainError
from app.domain.record_query import RecordQuery
from app.domain.task_filters import task_operators_for
from app.domain.task_query import BUILTIN_VIEWS, CUSTOM, TaskQuery
from app.domain.viewer import Viewer
from app.models import Database
from app.models.changes import Changes
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.saved_views import SavedViews, ViewInfo
from app.models.task_table import (
    OPTION_LABELS,
    PRIORITIES,
    TYPES,
    TaskTableModel,
    task_view_catalog,
)
from app.models.tasks import TaskCreation
from app.views.actions.bulk import BulkBar
from app.views.actions.task_panel import CreateTaskPanel
from app.views.common.empty_state import EmptyAction, EmptyState
from app.views.common.export_row import ExportRow, ExportSource
from app.views.common.filter_bar import FilterBar
from app.views.common.filter_editor import Vocabulary
from app.views.common.message_bar import MessageBar
from app.views.common.preview_host import PreviewHost
from app.views.common.preview_panel import PreviewPanel
from app.views.common.shortcuts import tab_shortcut
from app.views.common.stale import StaleWatcher
from app.views.common.tab_header import TabHeader
from app.views.common.view_sidebar import ViewSidebar
from app.views.common.view_state import SavedViewState
from app.views.import_wizard import ImportLauncher

SIDEBAR_WIDTH = 250

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1


class ActionsTab(SavedViewState, PreviewHost, QWidget):
    """The CSM's tasks."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.viewer_locale = QLocale(viewer.locale)
        self.preview: PreviewPanel | None = None
        self.create_panel: CreateTaskPanel | None = None
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.catalog = task_view_catalog(db)
        self.view: ViewInfo | None = None  # the custom view shown; None for a built-in
        self.columns: list[str] = []  # the task table's columns are fixed
        self.sort: list[Any] = []
        side = QWidget(objectName="ViewSidebar")
        side.setFixedWidth(SIDEBAR_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        builtins = QVBoxLayout()
        builtins.setContentsMargins(12, 12, 8, 0)
        builtins.addWidget(QLabel(self.tr("Task views"), objectName="CardTitle"))
        self.views = QListWidget()
        self.views.setAccessibleName(self.tr("Task views"))
        self.views.setFrameShape(QListWidget.Shape.NoFrame)
        for key, label in BUILTIN_VIEWS:
            item = QListWidgetItem(tr(label))
            item.setData(VIEW_ROLE, key)
            item.setSizeHint(QSize(180, 34))  # as the views sidebar's rows
            self.views.addItem(item)
        self.views.setFixedHeight(34 * len(BUILTIN_VIEWS) + 4)
        builtins.addWidget(self.views)
        side_layout.addLayout(builtins)
        # ACT-1 custom views: the Customers tab's sidebar over the Tasks object's views
        saved = SavedViews(db, viewer, ViewTab.ACTIONS, self.catalog.object_type_id)
        self.sidebar = ViewSidebar(saved, side)
        self.sidebar.title.setText(self.tr("My views"))
        self.sidebar.collapse.hide()  # the built-in views above stay in any case
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.no_views = QLabel(
            self.tr("Filter your tasks, then “+ Create view” keeps the list here."),
            objectName="Muted",
        )
        self.no_views.setWordWrap(True)
        self.no_views.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sidebar.layout().insertWidget(1, self.no_views, 1)
        self.sidebar.viewsChanged.connect(self._show_no_views)
        self._show_no_views()
        side_layout.addWidget(self.sidebar, 1)
        root.addWidget(side)

        main = QVBoxLayout()
        main.setContentsMargins(16, 12, 16, 8)
        main.setSpacing(8)
        root.addLayout(main, 1)
        top = TabHeader(
            self, self.tr("Search task titles"), self.tr("Search tasks"), self._apply_search,
            self._make_view_buttons(), notes=[self.unsaved],
        )  # fmt: skip
        self.title, self.count, self.search = top.title, top.count, top.search
        head = top.row
        self._set_unsaved(False)
        self.export_row = ExportRow(
            self, self._export_source, lambda text: self.messages.show_message(text),
            self.tr("Export this view's tasks to a CSV file"),
        )  # fmt: skip
        self.export_button = self.export_row.button
        self.import_launcher = ImportLauncher(
            self, db, viewer, lambda: self.catalog.object_type_id,
            self.tr("Import tasks from a CSV file"),
        )  # fmt: skip
        self.import_button = self.import_launcher.button
        head.addWidget(self.import_button)
        head.addWidget(self.export_button)
        self.create_button = QPushButton(self.tr("Create task"), objectName="Primary")
        self.create_button.setToolTip(self.tr("Create a task (Ctrl+N)"))
        editable = permissions.can_edit_records(viewer)  # a read-only file: issue 11 item 2
        if not editable:
            self.create_button.setEnabled(False)
            self.create_button.setToolTip(editable.user_message)
        self.create_button.clicked.connect(self.open_create_panel)
        head.addWidget(self.create_button)
        tab_shortcut(self, "Ctrl+N", self.open_create_panel)
        main.addLayout(head)
        self.messages = MessageBar(self)
        main.addWidget(self.messages)
        main.addWidget(self.export_row)
        self.filter_bar = FilterBar(
            self.catalog.props, self.catalog.users, None,
            lambda filters: saved.check_filters(self.catalog.object_type_id, filters), self,
            Vocabulary(task_operators_for, OPTION_LABELS, "Tasks", self.viewer.locale),
        )  # fmt: skip
        self.filter_bar.changed.connect(self._filters_changed)
        head.insertSpacing(top.after_heading, 12)
        head.insertWidget(top.after_heading + 1, self.filter_bar)

        self.model = TaskTableModel(db, viewer, TaskQuery(viewer.id), self)
        self.model.countChanged.connect(self._show_count)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tasks"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((240, 70, 75, 150, 130, 190)):
            self.table.setColumnWidth(column, width)
        # the type and priority columns as wide as their longest word in the language
        # ("Do zrobienia", "Połączenie" were cut at 70 pixels)
        metrics = self.table.fontMetrics()
        for column, words in ((1, TYPES.values()), (2, PRIORITIES.values())):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max(
                metrics.horizontalAdvance(t) for t in [*(tr(w) for w in words if w), header]
            )
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), widest + 24))
        self.table.clicked.connect(self._cell_clicked)
        self._press_x = 0.0
        self.table.viewport().installEventFilter(self)
        self.bulk = BulkBar(self)
        main.addWidget(self.bulk)
        self.empty = EmptyState()  # an empty view's words (issue 12 item 8)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table_stack)
        main.addWidget(self.splitter, 1)
        StaleWatcher(self, db, self._concerns, self.model.reload)

        self.views.currentRowChanged.connect(self._view_chosen)
        self.views.setCurrentRow(0)
        self._clear_current(self.sidebar.list)  # a built-in view opens first
        self.sidebar.select_first = False
        self.sidebar.viewSelected.connect(self.show_view)
        self.sidebar.state_provider = self.current_state
        self.sidebar.refused.connect(self.messages.show_message)

    def _show_no_views(self) -> None:
        """A hint in place of an empty list of custom views."""
        empty = not self.sidebar.views
        self.no_views.setVisible(empty)
        self.sidebar.list.setVisible(not empty)

    @staticmethod
    def _clear_current(views: QListWidget) -> None:
        views.blockSignals(True)
        views.setCurrentRow(-1)
        views.blockSignals(False)

    def _view_chosen(self, row: int) -> None:
        """A built-in view: its conditions, no filters of its own."""
        item = self.views.item(row)
        if item is None:
            return
        self._clear_current(self.sidebar.list)
        self.view = None
        self.title.setText(item.text())
        self.filter_bar.set_groups([])
        self._set_unsaved(False)
        self.model.set_query(TaskQuery(self.viewer.id, item.data(VIEW_ROLE), self.search.text()))

    def show_view(self, view: ViewInfo) -> None:
        """A custom view as saved: its filters say which tasks (ACT-1)."""
        self._clear_current(self.views)
        self.view = view
        self.title.setText(view.name)
        self.columns, self.sort = list(view.columns), list(view.sort)
        self.filter_bar.set_groups(view.filters)
        self._set_unsaved(False)
        self._query_changed(CUSTOM)

    def current_state(self) -> dict[str, Any]:
        """What "+ Create view" and "Save view" keep: the filters shown now."""
        return {"filters": self.filter_bar.filters(), "columns": [], "sort": []}

    def _filters_changed(self) -> None:
        self._query_changed(self.model.query.view)
        self._update_unsaved()

    def _query_changed(self, view: str) -> None:
        query = TaskQuery(self.viewer.id, view, self.search.text(), self.filter_bar.filters())
        try:
            self.model.set_query(query)
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
        else:
            self.messages.hide()

    def show_builtin(self, key: str) -> None:
        """Open one of the built-in views by key, as it is: no search, no extra filters
        (the Summary's "View more" uses it)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for row in range(self.views.count()):
            if self.views.item(row).data(VIEW_ROLE) == key:
                if self.views.currentRow() == row:
                    self._view_chosen(row)  # already current: shown again, unfiltered
                else:
                    self.views.setCurrentRow(row)

    def open_saved_view(self, view_id: uuid.UUID, _object_type_id: uuid.UUID | None) -> None:
        """A task view found by Ctrl+K."""
        self.sidebar.select(view_id)

    def show_records(self, query: RecordQuery, what: str) -> None:
        """SUM-7: the tasks behind a report's bar ("Open tasks by owner"), their conditions
        in the filter bar (the user sees and can change them), said in the message bar."""
        self._clear_current(self.views)
        self._clear_current(self.sidebar.list)
        self.view = None
        self.title.setText(self.tr("From a report"))
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filter_bar.set_groups([list(g) for g in query.filters])
        self._set_unsaved(False)
        self._query_changed(CUSTOM)
        self.messages.show_message(
            self.tr("Showing the tasks of \u201c{what}\u201d. Choose a view to see others.")
            .format(what=what)
        )  # fmt: skip

    def _apply_search(self) -> None:
        self._query_changed(self.model.query.view)

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("1 task") if total == 1 else self.tr("%Ln tasks", "", total))
        self._show_empty_state(total)

    def _show_empty_state(self, total: int) -> None:
        """An empty view says so and offers Create task and Import (issue 12 item 8)."""
        if total > 0:
            self.table_stack.setCurrentWidget(self.table)
            return
        self.table_stack.setCurrentWidget(self.empty)
        search = self.search.text()
        if search:
            self.empty.show_state(
                self.tr("No tasks match \u201c{text}\u201d").format(text=search),
                self.tr("Search looks at the titles of this view's tasks."),
                [EmptyAction(self.tr("Clear search"), self.search.clear, primary=True)],
            )
            return
        self.empty.show_state(
            self.tr("No tasks in \u201c{view}\u201d").format(view=self.title.text()),
            self.tr(
                "Tasks you create, or bring in from your CRM's CSV export, show here when "
                "they fit this view; the other views on the left may hold more."
            ),
            [
                EmptyAction(
                    self.tr("Create task"), self.open_create_panel, primary=True,
                    like=self.create_button,
                ),
                EmptyAction(
                    self.tr("Import tasks…"), self.import_launcher.open_wizard,
                    like=self.import_button,
                ),
            ],
        )  # fmt: skip

    def _export_source(self) -> ExportSource:
        """The tasks of the view shown, with the table's columns (DATA-4)."""

        def counted(n: int) -> str:
            return self.tr("1 task") if n == 1 else self.tr("%n tasks", "", n)

        return ExportSource(self.title.text(), counted, self.model.total, self.model.export_csv)

    def _cell_clicked(self, index: QModelIndex) -> None:
        """ACT-1: the associated record opens in the preview panel."""
        if index.column() not in (0, 5):  # the title or the record
            return
        if index.column() == 0 and self._on_checkbox(index):
            return  # a tick selects the task; it does not open its record
        record_id = self.model.record_of(index.row())
        if record_id is not None:
            self.open_preview(record_id)

    def _on_checkbox(self, index: QModelIndex) -> bool:
        """Whether the last press on a title cell was on its checkbox (the cell's start)."""
        style = self.table.style()
        room = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 2 * style.pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin
        )
        return self._press_x - self.table.visualRect(index).left() <= room + 4

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remember where the table was last pressed (a tick or the title?)."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._press_x = event.position().x()  # type: ignore[attr-defined]
        return super().eventFilter(watched, event)

    def open_create_panel(self) -> None:
        """ACT-2: the Create task side panel (in place of a record's preview)."""
        if not self.create_button.isEnabled():
            return
        if self.create_panel is None:
            self.create_panel = CreateTaskPanel(TaskCreation(self.db, self.viewer), self)
            self.splitter.addWidget(self.create_panel)
            self.splitter.setSizes([860, 420])
        if self.preview is not None:
            self.preview.hide()
        self.create_panel.clear()
        self.create_panel.show()
        self.create_panel.title.setFocus()

    def preview_formatter(self) -> ValueFormatter:
        """A task's associated record (CUS-5) shows as the table does."""
        return self.model.formatter

    def before_preview(self) -> None:
        """The preview takes the Create task panel's place."""
        if self.create_panel is not None:
            self.create_panel.hide()

    def _concerns(self, changes: Changes) -> bool:
        """Tasks, their links or the records they name were written, other than by this
        tab's bulk actions (which read the table again when they end)."""
        return changes.origin is not self.bulk.model and changes.touches(
            "tasks", "activity_links", "records"
        )
