"""The Customers tab: the viewer's views in a sidebar, a search box, and the lazy table of
the selected view's customers (CUS-1, CUS-3, CUS-4). Changing the sort marks the view
unsaved; "Save view" keeps it and "Reset" drops it."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.record_query import RecordQuery
from app.domain.saved_views import ALL_RECORDS, OWNED_BY_ME
from app.domain.viewer import Viewer
from app.models import Database
from app.models.changes import Changes, records_of
from app.models.formatting import ValueFormatter
from app.models.record_table import RecordTableModel, TableCatalog
from app.models.saved_views import SavedViews, ViewInfo
from app.views.common.columns_dialog import ColumnsDialog
from app.views.common.empty_state import EmptyAction, EmptyState
from app.views.common.export_row import ExportRow, ExportSource
from app.views.common.filter_bar import HEALTH_CHOICES, FilterBar, QuickFilter
from app.views.common.filter_editor import Vocabulary
from app.views.common.health_pill import StatusPillDelegate
from app.views.common.message_bar import MessageBar
from app.views.common.preview_host import PreviewHost
from app.views.common.preview_panel import PreviewPanel
from app.views.common.record_form import RecordFormDialog, create_button, open_record_form
from app.views.common.stale import StaleWatcher
from app.views.common.tab_header import TabHeader
from app.views.common.view_sidebar import ViewSidebar
from app.views.common.view_state import SavedViewState
from app.views.import_wizard import ImportLauncher
from app.views.palette import BAND_ORDER, band_label

HEALTH_STATUS = "health_status"  # the customer object's read-only status column (HEALTH-2)
# Columns narrower than the usual 150 pixels until the viewer sizes them.
DEFAULT_WIDTHS = {"health_score": 120, HEALTH_STATUS: 120}


class CustomersTab(SavedViewState, PreviewHost, QWidget):
    """The CSM's book of customers."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.viewer_locale = QLocale(viewer.locale)
        self.view: ViewInfo | None = None
        self.sort: list[Any] = []
        self.model: RecordTableModel | None = None
        self.columns: list[str] = []
        self.catalog: TableCatalog | None = None
        self.catalog_object: uuid.UUID | None = None
        self.record_form: RecordFormDialog | None = None
        self.scored_note = False  # the message bar says a health profile's customers only
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.sidebar = ViewSidebar(SavedViews(db, viewer), self)
        self.offer_deleted_records(self.sidebar)
        root.addWidget(self.sidebar)
        main = QVBoxLayout()
        main.setContentsMargins(16, 12, 16, 8)
        main.setSpacing(8)
        root.addLayout(main, 1)

        top = TabHeader(
            self, self.tr("Search name or domain"), self.tr("Search customers"),
            self._apply_search, self._make_view_buttons(), notes=[self.unsaved],
        )  # fmt: skip
        self.title, self.count, self.search = top.title, top.count, top.search
        head = top.row
        # issue 12 item 5: "+ Create" a customer of the shown view's object; it and Edit
        # columns sit at the end of the filters' row, so the head row fits 1024 pixels.
        self.create_button = create_button(self, QPushButton(), self.tr("Create a customer"))
        self.create_button.clicked.connect(self.create_record)
        self.columns_button = QPushButton(self.tr("Edit columns"))
        self.columns_button.clicked.connect(self.edit_columns)
        self.export_row = ExportRow(
            self, self._export_source, lambda text: self.messages.show_message(text),
            self.tr("Export this view's customers to a CSV file"),
        )  # fmt: skip
        self.export_button = self.export_row.button
        self.import_launcher = ImportLauncher(
            self, db, viewer, lambda: self.catalog_object,
            self.tr("Import customers from a CSV file"),
        )  # fmt: skip
        self.import_button = self.import_launcher.button
        head.addWidget(self.import_button)
        head.addWidget(self.export_button)
        main.addLayout(head)
        self.filter_bar: FilterBar | None = None
        self.filter_slot = QHBoxLayout()
        self.filter_slot.setContentsMargins(0, 0, 0, 0)
        self.filter_slot.addWidget(self.columns_button, 0, Qt.AlignmentFlag.AlignTop)
        self.filter_slot.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTop)
        main.addLayout(self.filter_slot)
        self.messages = MessageBar(self)
        main.addWidget(self.messages)
        main.addWidget(self.export_row)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.status_pills = StatusPillDelegate(self.table)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.sectionClicked.connect(self._header_clicked)
        self._widths_timer = QTimer(self, singleShot=True, interval=400)
        self._widths_timer.timeout.connect(self._remember_widths)
        header.sectionResized.connect(self._column_resized)
        self.empty = EmptyState()
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table_stack)
        self.preview: PreviewPanel | None = None
        main.addWidget(self.splitter, 1)
        self.table.clicked.connect(self._row_clicked)
        self.offer_row_menu(
            self.table, lambda row: self.model.record_id(row) if self.model is not None else None
        )
        StaleWatcher(self, db, self._concerns, self._reload)

        self.sidebar.viewSelected.connect(self.show_view)
        self.sidebar.state_provider = lambda: self.current_state() if self.view else {}
        self.sidebar.refused.connect(self.messages.show_message)
        self._set_unsaved(False)
        first = self.sidebar.current_view()
        if first is not None:
            self.show_view(first)

    # -- showing a view -----------------------------------------------------------------
    def show_view(self, view: ViewInfo) -> None:
        """Show a view's customers as it was saved."""
        if self.scored_note:  # a health profile's customers only: no longer
            self.scored_note = False
            self.messages.hide()
        self.view = view
        self.sort = list(view.sort)
        self.columns = list(view.columns)
        self.title.setText(view.name)
        if self.catalog is None or view.object_type_id != self.catalog_object:
            self.catalog = TableCatalog.load(self.db, view.object_type_id)
            self.catalog_object = view.object_type_id
            self._build_filter_bar(view)
        assert self.filter_bar is not None
        self.filter_bar.set_groups(view.filters)
        self._build_model(replace(view.query, search=self.search.text()))
        self._set_unsaved(False)

    def _show_builtin(self, builtin: str) -> bool:
        """Show a built-in view as it was saved; False if the workspace has none such."""
        return self._show_chosen(
            next((v for v in self.sidebar.views if v.builtin == builtin), None)
        )

    def open_view(self, view_id: uuid.UUID) -> bool:
        """SUM-4 "View records": show one of the views as it was saved (chosen in the
        sidebar); False when it no longer exists."""
        return self._show_chosen(next((v for v in self.sidebar.views if v.id == view_id), None))

    def _show_chosen(self, view: ViewInfo | None) -> bool:
        if view is None:
            return False
        if self.sidebar.current_id() != view.id:
            self.sidebar.select(view.id)  # shows it
        else:
            self.show_view(view)
        return True

    def show_records(self, query: RecordQuery, what: str) -> None:
        """SUM-7: the records behind a report's bar, point or slice, on "All customers",
        said in the message bar."""
        if self._show_builtin(ALL_RECORDS) and self.model is not None:
            self.model.set_query(
                replace(self.model.query, filters=query.filters, stage_id=query.stage_id)
            )
            self.scored_note = True  # the note goes when another view is chosen
            self.messages.show_message(
                self.tr("Showing the customers of \u201c{what}\u201d. Choose a view to see "
                        "them all again.").format(what=what)
            )  # fmt: skip

    def show_health_band(
        self, builtin: str, status: str, scored_by: uuid.UUID | None = None, profile: str = ""
    ) -> None:
        """SUM-6 "[N] customers": a built-in view (the viewer's book or every customer) with
        the Health status quick filter on one band (`status`: "at_risk", ...); `scored_by`
        keeps only the customers that health profile scores, said in the message bar."""
        if not self._show_builtin(builtin):
            return
        if self.health_filter is not None:
            for label, condition in HEALTH_CHOICES:
                if condition is not None and condition.get("value") == [status]:
                    self.health_filter.choose(label, condition)
        if scored_by is not None and self.model is not None:
            self.model.set_query(replace(self.model.query, scored_by=scored_by))
            self.scored_note = True
            self.messages.show_message(
                self.tr(
                    "Showing the customers the \u201c{profile}\u201d health profile scores. "
                    "Choose a view to see them all again."
                ).format(profile=profile)
            )

    def _build_model(self, query: RecordQuery) -> None:
        """A table model for `query` with the current columns, sized as the viewer left it."""
        assert self.view is not None
        old = self.model
        self.model = RecordTableModel(
            self.db, self.viewer, query, self.columns, self, catalog=self.catalog
        )
        self.model.countChanged.connect(self._show_count)
        self.table.setModel(self.model)
        if old is not None:
            old.deleteLater()  # the view no longer uses it
        widths = self.sidebar.model.column_widths(self.view)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        pill_room = self._pill_width()
        for i, prop in enumerate(self.model.columns):
            default = 240 if i == 0 else DEFAULT_WIDTHS.get(prop.key, 150)
            if prop.key == HEALTH_STATUS:  # the longest band's pill whole ("W dobrej kondycji")
                default = max(default, pill_room)
            self.table.setColumnWidth(i, widths.get(prop.key, default))
            # The health status as a pill in its band's colour; other columns as they are.
            pill = self.status_pills if prop.key == HEALTH_STATUS else None
            self.table.setItemDelegateForColumn(i, pill)  # type: ignore[arg-type]
        header.blockSignals(False)
        self._show_sort_indicator()
        self._show_count(self.model.total)

    def _row_clicked(self, index: QModelIndex) -> None:
        """CUS-5: clicking a customer's name opens the preview panel."""
        if self.model is None or index.column() != 0:
            return
        self.open_preview(self.model.record_id(index.row()))

    def deleted_records_object(self) -> uuid.UUID | None:
        """The shown view's object: its deleted records can be restored."""
        return self.catalog_object

    def preview_formatter(self) -> ValueFormatter:
        """The panel shows values as the table does."""
        assert self.model is not None
        return self.model.formatter

    def _concerns(self, changes: Changes) -> bool:
        """Customers were written (here, in another tab, or by a worker)."""
        if self.catalog_object is None:
            return False
        derived = self.model is not None and any(p.type == "derived" for p in self.model.columns)
        # A calculated column counts other objects' records (a deal closed on a board).
        return records_of(changes, self.catalog_object) or (derived and changes.touches("records"))

    def _reload(self) -> None:
        """Show the table's new values and count."""
        if self.model is not None:
            self.model.reload()

    def edit_columns(self) -> None:
        """Choose and order the columns (marks the view unsaved when they differ)."""
        assert self.catalog is not None
        props = list(self.catalog.props.values())  # derived values too (read-only)
        self.columns_dialog = ColumnsDialog(props, self.columns, self)
        self.columns_dialog.accepted.connect(self._columns_chosen)
        self.columns_dialog.open()

    def _columns_chosen(self) -> None:
        self._columns_chosen_from(self.columns_dialog.columns())

    def _columns_chosen_from(self, columns: list[str]) -> None:
        """Show these columns (marks the view unsaved when they differ from it)."""
        assert self.model is not None
        self.columns = list(columns)
        self._build_model(self.model.query)
        self._update_unsaved()

    def _column_resized(self, _index: int, _old: int, _new: int) -> None:
        self._widths_timer.start()

    def _remember_widths(self) -> None:
        """Keep the viewer's column widths for this view (CUS item 4: they persist)."""
        if self.view is None or self.model is None:
            return
        widths = {p.key: self.table.columnWidth(i) for i, p in enumerate(self.model.columns)}
        self.sidebar.model.remember_column_widths(self.view.id, widths)

    def _build_filter_bar(self, view: ViewInfo) -> None:
        assert self.catalog is not None
        if self.filter_bar is not None:
            self.filter_bar.deleteLater()
        self.filter_bar = FilterBar(
            self.catalog.props, self.catalog.user_names, self.sidebar.model.csm_key(),
            lambda groups: self.sidebar.model.check_filters(view.object_type_id, groups), self,
            Vocabulary(locale=self.viewer.locale),
        )  # fmt: skip
        self.filter_bar.changed.connect(self._filters_changed)
        self.health_filter: QuickFilter | None = None
        if HEALTH_STATUS in self.catalog.props:  # the customer object's scores (HEALTH-2)
            self.health_filter = self.filter_bar.add_quick(
                QuickFilter(
                    self.catalog.props[HEALTH_STATUS], list(HEALTH_CHOICES), self.tr("Health")
                )
            )
        self.filter_slot.insertWidget(0, self.filter_bar, 1)

    def _filters_changed(self) -> None:
        """Apply the quick and advanced filters; a difference from the view is unsaved."""
        assert self.model is not None and self.filter_bar is not None and self.view is not None
        filters = self.filter_bar.filters()
        self.model.set_query(replace(self.model.query, filters=filters))
        self._update_unsaved()

    def _show_count(self, total: int) -> None:
        self.count.setText(
            self.tr("%Ln customers", "", total) if total != 1 else self.tr("1 customer")
        )
        self._show_empty_state()

    # -- an empty table says why and leads somewhere (issue 12 item 8) ------------------
    def _show_empty_state(self) -> None:
        model = self.model
        if model is None or model.total > 0 or self.view is None:
            self.table_stack.setCurrentWidget(self.table)
            return
        self.table_stack.setCurrentWidget(self.empty)
        everywhere = model.unfiltered or 0
        if everywhere == 0:
            self.empty.show_state(
                self.tr("No customers yet"),
                self.tr(
                    "Customers are the accounts you look after. Bring them in from your "
                    "CRM's CSV export, or add them one by one."
                ),
                self.no_records_actions(),
            )
            return
        search = model.shown_query.search
        if search:
            self.empty.show_state(
                self.tr("No customers match \u201c{text}\u201d").format(text=search),
                self.tr("Search looks at names and domains of this view's customers."),
                [EmptyAction(self.tr("Clear search"), self.search.clear, primary=True)],
            )
            return
        n = self.viewer_locale.toString(everywhere)
        body = (
            self.tr("None of the workspace's {n} customers is assigned to you as CSM.")
            if self.view.builtin == OWNED_BY_ME
            else self.tr("None of the workspace's {n} customers matches this view's filters.")
        )
        actions = []
        every = next((v for v in self.sidebar.views if v.builtin == ALL_RECORDS), None)
        if every is not None and every.id != self.view.id:
            actions.append(
                EmptyAction(
                    self.tr("Show all customers"),
                    lambda: self.sidebar.select(every.id),
                    primary=True,
                )
            )
        self.empty.show_state(
            self.tr("No customers in \u201c{view}\u201d").format(view=self.view.name),
            body.format(n=n),
            actions,
        )

    def no_records_actions(self) -> list[EmptyAction]:
        """What an empty workspace's Customers tab offers: Import and Create (greyed with
        the reason for a viewer who may not)."""
        return [
            EmptyAction(
                self.tr("Import customers…"), self.import_launcher.open_wizard, primary=True,
                like=self.import_button,
            ),
            EmptyAction(
                self.tr("+ Create customer"), self.create_record,
                like=self.create_button,
            ),
        ]  # fmt: skip

    def _pill_width(self) -> int:
        """The width of the widest health pill in the user's language, with its margins."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        return max(metrics.horizontalAdvance(band_label(b)) for b in BAND_ORDER) + 40

    def _show_sort_indicator(self) -> None:
        assert self.model is not None
        keys = [p.key for p in self.model.columns]
        key = self.model.query.sort_key
        order = (
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder
        )
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(keys.index(key) if key in keys else -1, order)
        header.blockSignals(False)

    def _apply_search(self) -> None:
        """Search off the GUI thread: typing never waits for the table, and the latest
        text typed is the one shown (issue 11 item 7)."""
        if self.model is not None:
            self.model.search(replace(self.model.query, search=self.search.text()))

    def _header_clicked(self, section: int) -> None:
        """Sort by the clicked column, in SQL; a second click reverses it."""
        assert self.model is not None
        if self.model.columns[section].type == "derived":  # counted per row: not sortable
            label = self.model.columns[section].label
            self.messages.show_message(
                self.tr("“{c}” is calculated from associations and cannot be sorted.").format(
                    c=label
                )
            )
            return
        key = self.model.columns[section].key
        descending = key == self.model.query.sort_key and not self.model.query.descending
        self.model.sort(
            section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self._show_sort_indicator()
        self.sort = [[key, "desc" if descending else "asc"]]
        self._update_unsaved()

    def create_record(self) -> None:
        """The "+ Create" form for the customer object; the new customer opens here."""
        if self.catalog_object is not None:
            self.record_form = open_record_form(self, self.catalog_object)

    # -- export (DATA-4) -----------------------------------------------------------------
    def _export_source(self) -> ExportSource | None:
        """The view's customers, with the table's columns (views/common/export_row.py)."""
        if self.view is None or self.model is None:
            return None

        def counted(n: int) -> str:
            return self.tr("1 customer") if n == 1 else self.tr("%n customers", "", n)

        return ExportSource(self.view.name, counted, self.model.total, self.model.export_csv)

    def export_to(self, path: Path) -> None:
        """Write every row of the current view to `path`, off the GUI thread."""
        self.export_row.export_to(path)
