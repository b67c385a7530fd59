"""The table of a tab (Customers first): a lazy QAbstractTableModel over `record_query`.

Rows arrive a page at a time as the view scrolls (canFetchMore/fetchMore); the sort runs
in SQL; the count comes from one query. Each row keeps the record id and the raw values
of the shown columns; text is formatted on demand for the viewer (DESIGN: Tables are lazy).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain import export, record_query
from app.domain.filters import FilterContext
from app.domain.properties import PropertyInfo, load_properties
from app.domain.viewer import Person, Viewer
from app.domain.workspace import user_names
from app.domain.zones import zone_of
from app.models.formatting import ValueFormatter
from app.models.latest import LatestRead
from app.store import PropertyType
from app.store.engine import Database

Index = QModelIndex | QPersistentModelIndex
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
NUMERIC = (PropertyType.NUMBER, PropertyType.CURRENCY)
TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
HANDLED_ROLES = TEXT_ROLES | {Qt.ItemDataRole.TextAlignmentRole, RECORD_ID_ROLE, RAW_VALUE_ROLE}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def viewer_context(viewer: Person) -> FilterContext:
    """The viewer and now, with today's date in the viewer's zone (for "me" and "in the
    last N days" filters)."""
    now = dt.datetime.now(dt.UTC)
    return FilterContext(viewer.id, now.astimezone(zone_of(viewer)).date(), now)


def append_page(model: Any, rows: list[Any], cursor: Any) -> None:
    """Add a fetched page at the end of a paged model (its `_rows`, `_cursor` and
    `_changing`, which keeps a view from asking for more inside this insertion)."""
    model._changing = True
    if rows:
        start = len(model._rows)
        model.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        model._rows.extend(rows)
        model._cursor = cursor
        model.endInsertRows()
    else:
        model._cursor = None
    model._changing = False


@dataclass(frozen=True)
class FirstPage:
    """A query's first page (storage form), the cursor after it and the count."""

    query: record_query.RecordQuery
    rows: list[tuple[Any, ...]]
    cursor: record_query.Cursor | None
    total: int
    # When the query found nothing: how many live records its object (in its pipeline) has
    # without the view's filters and search, so an empty table can say why (item 8).
    unfiltered: int | None = None


@dataclass(frozen=True)
class TableCatalog:
    """What formatting a table needs that rarely changes: the object's properties and who
    the users are. A tab loads it once and hands it to each model it builds."""

    props: dict[str, PropertyInfo]
    user_names: dict[uuid.UUID, str]
    labels: dict[uuid.UUID, str] = field(default_factory=dict)  # e.g. stages by id

    @classmethod
    def load(cls, db: Database, object_type_id: uuid.UUID) -> TableCatalog:
        """Read both in one short transaction."""
        with db.session() as session:
            return cls(load_properties(session, object_type_id), user_names(session))


class RecordTableModel(QAbstractTableModel):
    """Records of one object through a RecordQuery, `columns` property keys wide."""

    countChanged = Signal(int)

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        query: record_query.RecordQuery,
        columns: Sequence[str],
        parent: QObject | None = None,
        page_size: int = record_query.PAGE,
        catalog: TableCatalog | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.page_size = page_size
        catalog = catalog or TableCatalog.load(db, query.object_type_id)
        self.props = catalog.props
        self.formatter = ValueFormatter(
            viewer.locale, viewer.time_zone, catalog.user_names, catalog.labels
        )
        self.columns: list[PropertyInfo] = [self.props[k] for k in columns if k in self.props]
        self.form = record_query.StorageForm(self.columns)
        self.query = query  # the latest asked for (a search may still be reading it)
        self._shown_query = query  # the one whose rows are shown (pages continue it)
        self.reads = LatestRead(self)
        self.total = 0
        self.unfiltered: int | None = None  # see FirstPage.unfiltered
        self._rows: list[tuple[Any, ...]] = []  # storage form: converted when shown
        self._cursor: record_query.Cursor | None = None
        self._changing = False
        self._text: dict[tuple[int, int], str] = {}  # formatted cells, dropped on reload
        self.reload()

    def export_csv(
        self,
        path: Path,
        progress: Callable[[str, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int | None:
        """Write every row the table lists (its shown columns) to a CSV file, in a worker
        thread (DATA-4); the rows written, or None when cancelled (no file is left)."""
        try:
            return export.export_csv(
                self.db, self.query, self.props, self.columns, self.context(), path,
                time_zone=self.viewer.time_zone, user_names=self.formatter.user_names,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
        except export.ExportCancelled:
            return None

    # -- loading -----------------------------------------------------------------------
    def context(self) -> FilterContext:
        """Who is asking and when: filters like "me" and "in the last N days" need it."""
        return viewer_context(self.viewer)

    def _fetch(
        self, after: record_query.Cursor | None
    ) -> tuple[list[tuple[Any, ...]], record_query.Cursor | None]:
        with self.db.session() as session:
            return record_query.page_rows(
                session, self._shown_query, self.props, self.context(), self.form,
                after=after, limit=self.page_size,
            )  # fmt: skip

    def first_page(self, query: record_query.RecordQuery) -> FirstPage:
        """The first page and the count of `query`, in one short read (safe to call from a
        worker thread: it touches nothing the GUI thread shows)."""
        with self.db.session() as session:
            ctx = self.context()
            rows, cursor = record_query.page_rows(
                session, query, self.props, ctx, self.form, limit=self.page_size
            )
            total = record_query.count(session, query, self.props, ctx)
            unfiltered = None
            if total == 0:
                everything = record_query.RecordQuery(
                    query.object_type_id, pipeline_id=query.pipeline_id
                )
                unfiltered = record_query.count(session, everything, self.props, ctx)
        return FirstPage(query, rows, cursor, total, unfiltered)

    def show_first_page(self, first: FirstPage) -> None:
        """Show a first page read by `first_page` (on the GUI thread)."""
        self._changing = True
        self.beginResetModel()
        self._shown_query = first.query
        self._rows, self._cursor, self.total = first.rows, first.cursor, first.total
        self.unfiltered = first.unfiltered
        self._text = {}
        self.endResetModel()
        self._changing = False
        self.countChanged.emit(self.total)

    @property
    def shown_query(self) -> record_query.RecordQuery:
        """The query whose rows are shown (a newer search may still be reading)."""
        return self._shown_query

    def reload(self) -> None:
        """Read the first page and the count again (after a filter, search or sort change);
        a search still reading an older query is dropped."""
        self.reads.supersede()
        self.show_first_page(self.first_page(self.query))

    def set_query(self, query: record_query.RecordQuery) -> None:
        """Show another query's records."""
        self.query = query
        self.reload()

    def search(self, query: record_query.RecordQuery) -> None:
        """Show another query's records once read off the GUI thread (a search box): the
        table keeps its rows until then, and only the latest query asked for is shown."""
        self.query = query
        self.reads.run(lambda: self.first_page(query), self.show_first_page)

    @property
    def reading(self) -> bool:
        """A search is being read off the GUI thread."""
        return self.reads.pending

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None and not self._changing

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        # Views and testers may ask for more from inside our own change signals; a second
        # insertion nested in the first would break what their handlers just read.
        if self.canFetchMore(parent):
            append_page(self, *self._fetch(self._cursor))

    # -- the model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks for a dozen roles per painted cell; answer the unused ones at once.
        if role not in HANDLED_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self._rows):
            return None
        if role in TEXT_ROLES:
            key = (row, column)
            text = self._text.get(key)
            if text is None:
                text = self.formatter.format(
                    self.columns[column], self.form.value(self._rows[row], column)
                )
                self._text[key] = text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[column].type in NUMERIC else None
        if role == RECORD_ID_ROLE:
            return str(self.form.record_id(self._rows[row]))
        return self.form.value(self._rows[row], column)  # RAW_VALUE_ROLE

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].label
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].type in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's property."""
        if not 0 <= column < len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(
            replace(self.query, sort_key=self.columns[column].key, descending=descending)
        )

    def record_id(self, row: int) -> uuid.UUID:
        """The record shown on `row`."""
        return self.form.record_id(self._rows[row])
