"""The Services and Revenue tabs (SRV-1, SRV-4..6, REV-1, REV-4..6): one pipeline at a
time, chosen from a menu, shown as a drag-and-drop board or as a table; a card or a row
opens the record's preview panel. Stage moves ask for the stage's required values first
and are undone with Ctrl+Z."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ViewTab
from app.domain.filters import both
from app.domain.pipelines import STAGE_KEY, PipelineInfo, stage_property
from app.domain.record_query import RecordQuery
from app.domain.viewer import Viewer
from app.models import Database
from app.models.board import Board
from app.models.changes import Changes, records_of
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.pipeline_tab import PipelineTabSettings
from app.models.record_table import RecordTableModel, TableCatalog
from app.models.saved_views import SavedViews, ViewInfo
from app.views.common.empty_state import EmptyAction, EmptyState
from app.views.common.export_row import ExportRow, ExportSource
from app.views.common.filter_bar import FilterBar
from app.views.common.filter_editor import Vocabulary
from app.views.common.message_bar import MessageBar
from app.views.common.preview_host import PreviewHost
from app.views.common.preview_panel import PreviewPanel
from app.views.common.record_form import RecordFormDialog, create_button, open_record_form
from app.views.common.stale import StaleWatcher
from app.views.common.view_sidebar import ViewSidebar
from app.views.common.view_state import SavedViewState
from app.views.common.wrap_row import WrapRow
from app.views.import_wizard import ImportLauncher
from app.views.pipelines.board import BoardWidget, records_text
from app.views.pipelines.moves import StageMoving
from app.views.pipelines.settings_dialog import TITLES, TabSettingsDialog
from app.views.pipelines.stage_dialog import StageValuesDialog
from app.views.resources import icon

SEARCH_DELAY_MS = 200


class PipelineTab(SavedViewState, StageMoving, PreviewHost, QWidget):
    """A pipeline of services (or of revenue objects) as a board or a table."""

    def __init__(
        self, db: Database, viewer: Viewer, kind: ViewTab, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.kind = kind
        self.settings = PipelineTabSettings(db, viewer, kind)
        self.info = self.settings.load()
        self.pipeline: PipelineInfo | None = None
        self.drill: RecordQuery | None = None  # a report's bar clicked: its records only
        self.board: Board | None = None
        self.table_model: RecordTableModel | None = None
        self.catalogs: dict[uuid.UUID, TableCatalog] = {}
        self.preview: PreviewPanel | None = None
        self.dialog: StageValuesDialog | None = None
        self.record_form: RecordFormDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.view: ViewInfo | None = None
        self.columns: list[str] = []
        self.sort: list[Any] = []
        chosen = self.info.pipeline(self.settings.last_pipeline())

        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        # SRV-3, REV-3: the views of the shown pipeline's object, as on the Customers tab.
        views = SavedViews(db, viewer, kind, chosen.object_type_id if chosen else None)
        self.sidebar = ViewSidebar(views, self)
        self.offer_deleted_records(self.sidebar)
        root.addWidget(self.sidebar)
        main = QVBoxLayout()
        main.setContentsMargins(16, 12, 16, 8)
        main.setSpacing(8)
        root.addLayout(main, 1)
        # The header's two groups wrap onto two lines on a narrow window (issue 16 item 4):
        # at 1024 pixels they overlapped (the pipeline menu under its count).
        left, right = QWidget(), QWidget()
        head = QHBoxLayout(left)
        head.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout(right)
        tools.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(tr(TITLES[kind]), objectName="Greeting")
        self.pipeline_menu = QComboBox()
        self.pipeline_menu.setAccessibleName(self.tr("Pipeline"))
        self.pipeline_menu.setMinimumWidth(140)  # the head row fits a 1024-pixel screen
        self.pipeline_menu.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for p in self.info.pipelines:
            label = p.name if kind == ViewTab.SERVICES else f"{p.object_label} · {p.name}"
            self.pipeline_menu.addItem(label, str(p.id))
        self.count = QLabel(objectName="Muted")
        self.search = QLineEdit(placeholderText=self.tr("Search by name"))
        self.search.setAccessibleName(self.tr("Search records"))
        self.search.setToolTip(self.search.placeholderText())  # cut short on a small screen
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(240)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._requery)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.board_button = QToolButton(text=self.tr("Board"), checkable=True)
        self.table_button = QToolButton(text=self.tr("Table"), checkable=True)
        self.layouts = QButtonGroup(self)
        for button, key in ((self.board_button, "board"), (self.table_button, "table")):
            button.setObjectName("LayoutToggle")
            button.setAccessibleName(self.tr("Show as {layout}").format(layout=button.text()))
            self.layouts.addButton(button)
            button.clicked.connect(lambda _=False, k=key: self.set_layout(k, remember=True))
        self.move_button = QToolButton(text=self.tr("Move to stage…"))
        self.move_button.setToolTip(self.tr("Move the selected cards (Ctrl+Shift+M)"))
        self.move_button.clicked.connect(lambda: self.choose_stage())
        head.addWidget(self.title)
        head.addSpacing(8)
        head.addWidget(self.pipeline_menu)
        head.addSpacing(8)
        head.addWidget(self.count)
        buttons = self._make_view_buttons()
        head.addSpacing(8)
        head.addWidget(self.unsaved)
        for widget in buttons:
            tools.addWidget(widget)
        tools.addSpacing(8)
        tools.addWidget(self.search)
        self.search.setMinimumWidth(180)
        tools.addSpacing(8)
        tools.addWidget(self.board_button)
        tools.addWidget(self.table_button)
        self.export_row = ExportRow(
            self, self._export_source, lambda text: self.messages.show_message(text),
            self.tr("Export this view's records to a CSV file"), QToolButton(),
        )  # fmt: skip
        self.export_button = self.export_row.button
        self.import_launcher = ImportLauncher(
            self, db, viewer, lambda: self.pipeline.object_type_id if self.pipeline else None,
            self.tr("Import records from a CSV file"), QToolButton(),
        )  # fmt: skip
        self.import_button = self.import_launcher.button
        tools.addWidget(self.import_button)
        tools.addWidget(self.export_button)
        self.settings_button = QToolButton(objectName="SettingsButton")
        self.settings_button.setIcon(icon("gear"))
        self.settings_button.setToolTip(self.tr("{tab} tab settings").format(tab=tr(TITLES[kind])))
        self.settings_button.setAccessibleName(self.settings_button.toolTip())
        self.settings_button.clicked.connect(lambda: self.open_settings())
        tools.addWidget(self.settings_button)
        header = QWidget()
        policy = header.sizePolicy()
        policy.setHeightForWidth(True)
        header.setSizePolicy(policy)
        row = WrapRow(header)
        row.addWidget(left)
        row.add_right(right)
        main.addWidget(header)
        self.filter_bar: FilterBar | None = None  # built for each object's properties
        self.filter_object: uuid.UUID | None = None
        # The board's Move to stage sits at the end of the filters' row: the head row is
        # full on a 1024-pixel screen.
        self.filter_slot = QHBoxLayout()
        self.filter_slot.setContentsMargins(0, 0, 0, 0)
        self.filter_slot.addWidget(self.move_button)
        # issue 12 item 5: "+ Create" in the shown pipeline (and "+" in each board column),
        # on this row too: the head row is full on a 1024-pixel screen
        self.create_button = create_button(self, QToolButton(), self.tr("Create a record"))
        self.create_button.clicked.connect(lambda: self.create_record())
        self.filter_slot.addWidget(self.create_button)
        main.addLayout(self.filter_slot)
        self.messages = MessageBar(self)
        main.addWidget(self.messages)
        main.addWidget(self.export_row)

        self.board_view = BoardWidget()
        self.board_view.cardClicked.connect(self.open_preview)
        self.board_view.createRequested.connect(self.create_record)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().sectionClicked.connect(self._sort_table)
        self.table.clicked.connect(
            lambda i: self.table_model and self.open_preview(self.table_model.record_id(i.row()))
        )
        self.offer_row_menu(
            self.table,
            lambda row: self.table_model.record_id(row) if self.table_model is not None else None,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board_view)
        self.stack.addWidget(self.table)
        self.empty = EmptyState()  # an empty table's words (issue 12 item 8)
        self.stack.addWidget(self.empty)
        self.board_hint = EmptyState(compact=True)  # above an empty pipeline's columns
        self.board_hint.hide()
        main.addWidget(self.board_hint)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.stack)
        main.addWidget(self.splitter, 1)
        StaleWatcher(self, db, self._concerns, self._reload)

        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        self.move_action = QAction(self.tr("Move to stage…"), self)
        self.move_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.move_action.triggered.connect(lambda: self.choose_stage())
        for action in (undo, redo, self.move_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.sidebar.viewSelected.connect(self.show_view)
        self.sidebar.state_provider = lambda: self.current_state() if self.view else {}
        self.sidebar.refused.connect(self.messages.show_message)
        self._set_unsaved(False)
        self.layout_name = self.settings.layout(self.info.default_layout)
        if chosen is not None:
            self.pipeline_menu.setCurrentIndex(self.pipeline_menu.findData(str(chosen.id)))
            self.show_pipeline(chosen)
        self.pipeline_menu.currentIndexChanged.connect(self._pipeline_chosen)
        self.set_layout(self.layout_name)

    def open_settings(self) -> None:
        """The tab's gear: its settings (saving is the domain's decision: PERM-4)."""
        self.settings_dialog = TabSettingsDialog(self.settings, self)
        self.settings_dialog.open()

    # -- showing --------------------------------------------------------------------------
    def _catalog(self, object_type_id: uuid.UUID) -> TableCatalog:
        """An object's properties and users, with the stage as a column of its own."""
        if object_type_id not in self.catalogs:
            loaded = TableCatalog.load(self.db, object_type_id)
            mine = [p for p in self.info.pipelines if p.object_type_id == object_type_id]
            stages = {s.id: s.name for p in mine for s in p.stages}
            self.catalogs[object_type_id] = TableCatalog(
                {**loaded.props, STAGE_KEY: stage_property(mine)}, loaded.user_names, stages
            )
        return self.catalogs[object_type_id]

    def _pipeline_chosen(self, index: int) -> None:
        pipeline = self.info.pipeline(uuid.UUID(self.pipeline_menu.itemData(index)))
        self.drill = None
        if pipeline is not None:
            self.settings.remember_pipeline(pipeline.id)
            self.show_pipeline(pipeline)

    def query(self) -> RecordQuery:
        """The records shown: the pipeline's, through the filters and the search box (and
        a report's bar, when one was clicked)."""
        assert self.pipeline is not None
        filters = self.filter_bar.filters() if self.filter_bar else []
        drill = self.drill
        return RecordQuery(
            self.pipeline.object_type_id,
            filters=both(filters, drill.filters) if drill else filters,
            search=self.search.text(),
            pipeline_id=self.pipeline.id,
            stage_id=drill.stage_id if drill else None,
        )

    def open_saved_view(self, view_id: uuid.UUID, object_type_id: uuid.UUID | None) -> None:
        """A view found by Ctrl+K: the first pipeline of its object, then the view."""
        pipeline = next(
            (p for p in self.info.pipelines if p.object_type_id == object_type_id), None
        )
        if pipeline is not None:
            index = self.pipeline_menu.findData(str(pipeline.id))
            if index != self.pipeline_menu.currentIndex():
                self.pipeline_menu.setCurrentIndex(index)
        self.sidebar.select(view_id)

    def show_records(self, query: RecordQuery, what: str) -> None:
        """SUM-7: the records behind a report's bar or slice (a stage's deals...), in the
        table of the pipeline that holds them, said in the message bar; choosing a view or
        another pipeline shows them all again."""
        held = [p for p in self.info.pipelines if p.object_type_id == query.object_type_id]
        if query.stage_id is not None:
            held = [p for p in held if any(s.id == query.stage_id for s in p.stages)]
        if not held:
            self.messages.show_message(self.tr("No pipeline shown here holds those records."))
            return
        index = self.pipeline_menu.findData(str(held[0].id))
        if index != self.pipeline_menu.currentIndex():
            self.pipeline_menu.setCurrentIndex(index)  # shows it, through its first view
        self.drill = query
        self._requery()
        self.set_layout("table")
        self.sidebar.list.blockSignals(True)  # no view is shown: any view shows it again
        self.sidebar.list.setCurrentRow(-1)
        self.sidebar.list.blockSignals(False)
        self.messages.show_message(
            self.tr("Showing the records of \u201c{what}\u201d. Choose a view to see them "
                    "all again.").format(what=what)
        )  # fmt: skip

    def _build_filter_bar(self, pipeline: PipelineInfo, catalog: TableCatalog) -> None:
        """SRV-2, REV-2: owner, create date and last activity quick filters, and advanced
        filters, over the pipeline's object (kept while the object stays the same)."""
        if self.filter_bar is not None and self.filter_object == pipeline.object_type_id:
            return
        if self.filter_bar is not None:
            self.filter_bar.deleteLater()
        object_id = pipeline.object_type_id
        # The stage is the board's columns and the pipeline menu's, not a filter's.
        props = {k: p for k, p in catalog.props.items() if k != STAGE_KEY}
        self.filter_bar = FilterBar(
            props, catalog.user_names, pipeline.owner_key,
            lambda groups: self.settings.check_filters(object_id, groups), self,
            Vocabulary(locale=self.viewer.locale),
        )  # fmt: skip
        self.filter_bar.changed.connect(self._filters_changed)
        self.filter_object = object_id
        self.filter_slot.insertWidget(0, self.filter_bar, 1)

    def show_pipeline(self, pipeline: PipelineInfo) -> None:
        """Show one pipeline through the selected view (moves made on another pipeline
        cannot be undone); another object brings its own views and filters."""
        same_object = self.pipeline is not None and (
            self.pipeline.object_type_id == pipeline.object_type_id
        )
        self.pipeline = pipeline
        self.undo_stack.clear()
        self._build_filter_bar(pipeline, self._catalog(pipeline.object_type_id))
        view = self.sidebar.current_view()
        if same_object and view is not None:
            self._build_models()
            return
        self.sidebar.model.object_type_id = pipeline.object_type_id
        self.sidebar.refresh()  # selects the first view, which shows the records
        if self.sidebar.current_view() is None:
            self._build_models()

    def show_view(self, view: ViewInfo) -> None:
        """Show the pipeline through a view as it was saved (SRV-3, REV-3)."""
        if self.pipeline is None or self.filter_bar is None:
            return
        self.drill = None
        self.view = view
        props = self._catalog(self.pipeline.object_type_id).props
        self.columns = [k for k in view.columns if k in props] or self.default_columns()
        self.sort = list(view.sort)
        self.filter_bar.set_groups(view.filters)
        self._build_models()
        self._set_unsaved(False)

    def default_columns(self) -> list[str]:
        """Name, owner, amount, renewal or close date and last activity, where they exist."""
        assert self.pipeline is not None
        props = self._catalog(self.pipeline.object_type_id).props.values()
        by_column = {p.column: p.key for p in props if p.column}
        return ["name", STAGE_KEY] + [
            by_column[c]
            for c in ("owner_id", "amount_minor", "renewal_date", "last_activity_at")
            if c in by_column
        ]

    def _build_models(self) -> None:
        """The board and the table over the current query."""
        assert self.pipeline is not None
        pipeline = self.pipeline
        catalog = self._catalog(pipeline.object_type_id)
        old_board, old_table = self.board, self.table_model
        self.board = Board(self.db, self.viewer, pipeline, self.query(), catalog, self)
        self.board.moveRequested.connect(self.request_move)
        self.board.refused.connect(self.messages.show_message)
        self.board.totalsChanged.connect(self._show_count)
        self.board_view.set_board(self.board)
        for column in self.board_view.columns:
            column.cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.cards.customContextMenuRequested.connect(
                lambda pos, c=column: self.choose_stage(c.cards.viewport().mapToGlobal(pos))
            )
        key, direction = self.sort[0] if self.sort else ("name", "asc")
        query = replace(self.query(), sort_key=key, descending=direction == "desc")
        columns = self.columns or self.default_columns()
        self.table_model = RecordTableModel(
            self.db, self.viewer, query, columns, self, catalog=catalog
        )
        self.table.setModel(self.table_model)
        self.table_model.countChanged.connect(lambda _n: self._show_empty_state())
        for i in range(self.table_model.columnCount()):
            self.table.setColumnWidth(i, 270 if i == 0 else 140)
        self._show_sort_indicator()
        for old in (old_board, old_table):
            if old is not None:
                old.deleteLater()
        self._show_count()

    def _show_sort_indicator(self) -> None:
        assert self.table_model is not None
        keys = [p.key for p in self.table_model.columns]
        query = self.table_model.query
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        header = self.table.horizontalHeader()
        header.setSortIndicator(keys.index(query.sort_key) if query.sort_key in keys else -1, order)

    def _show_count(self) -> None:
        if self.board is not None:
            n = sum(t.count for t in self.board.totals.values())
            self.count.setText(records_text(self, self.board.formatter.locale, n))

    def set_layout(self, layout: str, remember: bool = False) -> None:
        """Board or table (SRV-4); the viewer's choice is kept for next time."""
        self.layout_name = layout
        board = layout == "board"
        self.stack.setCurrentWidget(self.board_view if board else self.table)
        self._show_empty_state()
        self.board_button.setChecked(board)
        self.table_button.setChecked(not board)
        self.move_button.setVisible(board)
        if remember:
            self.settings.remember_layout(layout)

    def _filters_changed(self) -> None:
        self._requery()
        self._update_unsaved()

    def _requery(self) -> None:
        """Show the records through the current filters and search."""
        if self.board is None or self.table_model is None:
            return
        self.board.set_query(self.query())
        self.table_model.set_query(
            replace(
                self.query(),
                sort_key=self.table_model.query.sort_key,
                descending=self.table_model.query.descending,
            )
        )
        self._show_count()

    def _sort_table(self, column: int) -> None:
        """Sort the table by a column in SQL; a second click reverses it (unsaved)."""
        assert self.table_model is not None
        current = self.table_model.query
        key = self.table_model.columns[column].key
        descending = current.sort_key == key and not current.descending
        self.table_model.sort(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self._show_sort_indicator()
        self.sort = [[key, "desc" if descending else "asc"]]
        self._update_unsaved()

    # -- an empty pipeline or view says why and leads somewhere (issue 12 item 8) ----------
    def _show_empty_state(self) -> None:
        model, pipeline = self.table_model, self.pipeline
        board = self.layout_name == "board"
        if model is None or pipeline is None or model.total > 0:
            self.board_hint.hide()
            self.stack.setCurrentWidget(self.board_view if board else self.table)
            return
        label = pipeline.object_label
        if not model.unfiltered:
            heading = self.tr("No {object} in {pipeline} yet").format(
                object=label.lower(), pipeline=pipeline.name
            )
            body = self.tr(
                "Bring them in from your CRM's CSV export, or create them here: each lands "
                "in its stage of this pipeline."
            )
            actions = [
                EmptyAction(
                    self.tr("Import {object}…").format(object=label.lower()),
                    self.import_launcher.open_wizard, primary=True,
                    like=self.import_button,
                ),
                EmptyAction(
                    self.tr("+ Create"), self.create_record,
                    like=self.create_button,
                ),
            ]  # fmt: skip
        else:
            heading = self.tr("No {object} match this view").format(object=label.lower())
            shown = records_text(self, QLocale(self.viewer.locale), model.unfiltered)
            body = self.tr("{n} in {pipeline}: the view's filters or search hide them.")
            body = body.format(n=shown, pipeline=pipeline.name)
            actions = []
            if self.search.text():
                actions.append(
                    EmptyAction(self.tr("Clear search"), self.search.clear, primary=True)
                )
        target = self.board_hint if board else self.empty
        target.show_state(heading, body, actions)
        self.board_hint.setVisible(board)
        if not board:
            self.stack.setCurrentWidget(self.empty)

    def create_record(self, stage_id: uuid.UUID | None = None) -> None:
        """The "+ Create" form in the shown pipeline (in `stage_id`, from a column)."""
        if self.pipeline is not None:
            self.record_form = open_record_form(
                self, self.pipeline.object_type_id, self.pipeline.id, stage_id
            )

    # -- export (DATA-4) -------------------------------------------------------------------
    def _export_source(self) -> ExportSource | None:
        """The view's records with the view's columns, whichever layout shows them: the
        table's model holds both even while the board is shown."""
        model = self.table_model
        if self.pipeline is None or model is None:
            return None
        name = self.pipeline.name
        if self.view is not None:
            name = f"{name} - {self.view.name}"
        locale = model.formatter.locale

        def counted(n: int) -> str:
            return records_text(self, locale, n)

        return ExportSource(name, counted, model.total, model.export_csv)

    # -- preview and changes made elsewhere -----------------------------------------------
    def deleted_records_object(self) -> uuid.UUID | None:
        """The shown pipeline's object: its deleted records can be restored."""
        return self.pipeline.object_type_id if self.pipeline is not None else None

    def preview_formatter(self) -> ValueFormatter:
        """SRV-6, REV-6: the panel shows values as the cards do."""
        assert self.board is not None
        return self.board.formatter

    def _concerns(self, changes: Changes) -> bool:
        """Records of the shown pipeline's object were written, other than by this board's
        own moves (which already adjusted their columns)."""
        return (
            self.pipeline is not None
            and changes.origin is not self.board
            and records_of(changes, self.pipeline.object_type_id)
        )

    def _reload(self) -> None:
        if self.board is not None:
            self.board.reload()
        if self.table_model is not None:
            self.table_model.reload()
