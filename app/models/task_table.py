"""The Actions tab's table (ACT-1): the viewer's tasks of one view, a page at a time as the
view scrolls, counted in one query, formatted for the viewer (their zone and locale)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
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
from PySide6.QtGui import QColor

from app.domain import export, task_query
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import PropertyInfo
from app.domain.task_filters import task_properties, tasks_object
from app.domain.viewer import Viewer
from app.domain.workspace import user_names
from app.domain.zones import zone_of
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.record_table import RECORD_ID_ROLE, append_page
from app.store.engine import Database

Index = QModelIndex | QPersistentModelIndex
COLUMNS = export.TASK_COLUMNS
TYPES = {"todo": QT_TR_NOOP("To-do"), "call": QT_TR_NOOP("Call"), "email": QT_TR_NOOP("E-mail")}
PRIORITIES = {
    "none": "",
    "low": QT_TR_NOOP("Low"),
    "medium": QT_TR_NOOP("Medium"),
    "high": QT_TR_NOOP("High"),
}
STATUSES = {"open": QT_TR_NOOP("Open"), "completed": QT_TR_NOOP("Completed")}
OVERDUE = QColor("#c0392b")
TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
TITLE_FLAGS = CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable
HANDLED_ROLES = TEXT_ROLES | {
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    RECORD_ID_ROLE,
}


_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_CHECK_STATE = int(Qt.ItemDataRole.CheckStateRole)
_HANDLED = frozenset(int(r) for r in HANDLED_ROLES)
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
assert int(Qt.ItemDataRole.DisplayRole) == 0 and _TOOLTIP == 3  # data() relies on it


# Words for the stored values of the task properties' choices (filters show these).
OPTION_LABELS = {**TYPES, **PRIORITIES, "none": "None", **STATUSES}


@dataclass(frozen=True)
class TaskViewCatalog:
    """What the Actions tab's views and filters need: the Tasks object (saved task views
    belong to it), the task properties a filter can use, and everyone's names."""

    object_type_id: uuid.UUID
    props: dict[str, PropertyInfo]
    users: dict[uuid.UUID, str]


def task_view_catalog(db: Database) -> TaskViewCatalog:
    """Read the catalogue once for a tab."""
    with db.session() as session:
        return TaskViewCatalog(tasks_object(session).id, task_properties(), user_names(session))


class TaskTableModel(QAbstractTableModel):
    """Tasks of a TaskQuery: title, type, priority, due, assignee, record, status."""

    countChanged = Signal(int)
    checkedChanged = Signal()  # the ticked tasks changed (ACT-3)

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        query: task_query.TaskQuery,
        parent: QObject | None = None,
        page_size: int = task_query.PAGE,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.zone = zone_of(viewer)
        self.page_size = page_size
        with db.session() as session:
            names = user_names(session)
        self.formatter = ValueFormatter(viewer.locale, viewer.time_zone, names)
        self.query = query
        self.total = 0
        self._rows: list[task_query.TaskRow] = []
        self._cursor: task_query.TaskCursor | None = None
        self._changing = False
        self._text: dict[tuple[int, int], str] = {}
        self.checked: set[uuid.UUID] = set()
        self.all_matching = False  # "Select all N tasks": every task the view matches
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def _now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def reload(self) -> None:
        """Read the first page and the count again."""
        now = self._now()
        self.loaded_at = now  # "Select all N" acts on the tasks matched at this instant
        with self.db.session() as session:
            rows, cursor = task_query.page(
                session, self.query, now, self.zone, limit=self.page_size
            )
            total = task_query.count(session, self.query, now, self.zone)
        self._changing = True
        self.beginResetModel()
        self._rows, self._cursor, self.total, self._text = rows, cursor, total, {}
        had_checked = bool(self.checked) or self.all_matching
        self.checked, self.all_matching = set(), False  # a new list starts unticked
        self.endResetModel()
        self._changing = False
        self.countChanged.emit(self.total)
        if had_checked:
            self.checkedChanged.emit()

    def export_csv(
        self,
        path: Path,
        progress: Callable[[str, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int | None:
        """Write every task the table lists (as of its last reading, so "Due today" is the
        day shown) with its columns to a CSV file, in a worker thread (DATA-4); the rows
        written, or None when cancelled (no file is left)."""
        words = {key: tr(text) if text else "" for key, text in export.TASK_WORDS.items()}
        try:
            return export.export_tasks_csv(
                self.db, self.query, path, now=self.loaded_at,
                time_zone=self.viewer.time_zone, user_names=self.formatter.user_names,
                header=[tr(c) for c in COLUMNS], words=words,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip
        except export.ExportCancelled:
            return None

    def set_query(self, query: task_query.TaskQuery) -> None:
        """Show another view, or the same through another search."""
        self.query = query
        self.reload()

    def set_view(self, view: str) -> None:
        """One of the built-in views (Due today, Overdue...)."""
        self.set_query(replace(self.query, view=view))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None and not self._changing

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            with self.db.session() as session:
                rows, cursor = task_query.page(
                    session, self.query, self._now(), self.zone,
                    after=self._cursor, limit=self.page_size,
                )  # fmt: skip
            append_page(self, rows, cursor)

    # -- the model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def task(self, row: int) -> task_query.TaskRow:
        """The task on `row`."""
        return self._rows[row]

    def _format(self, task: task_query.TaskRow, column: int) -> str:
        match column:
            case 0:
                return task.title
            case 1:
                return tr(TYPES.get(task.type, task.type))
            case 2:
                return tr(PRIORITIES.get(task.priority, task.priority))
            case 3:
                if task.due_at is None:
                    return ""
                if task.due_all_day:
                    return self.formatter.date(task.due_at.astimezone(self.zone).date())
                return self.formatter.datetime(task.due_at)
            case 4:
                return (
                    self.formatter.user_names.get(task.assignee_id, "") if task.assignee_id else ""
                )
            case 5:
                return task.record or ""
        return tr(STATUSES.get(task.status, task.status))

    def overdue(self, task: task_query.TaskRow) -> bool:
        """An open task whose due day (or time) has passed, in the viewer's zone."""
        if task.status != "open" or task.due_at is None:
            return False
        if task.due_all_day:
            return (
                task.due_at.astimezone(self.zone).date() < self._now().astimezone(self.zone).date()
            )
        return task.due_at < self._now()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks a dozen roles of every painted cell: answer the unused ones first, before
        # any call on the index, and compare roles as plain numbers (an enum member's
        # lookup costs as much as the answer)
        if role not in _HANDLED or not index.isValid():
            return None
        row = index.row()
        rows = self._rows
        if row >= len(rows):
            return None
        column = index.column()
        if role <= _TOOLTIP:  # the text roles: display (0) and tooltip (3)
            key = (row, column)
            text = self._text.get(key)
            if text is None:
                text = self._format(rows[row], column)
                self._text[key] = text
            return text
        if role == _FOREGROUND:
            return OVERDUE if column == 3 and self.overdue(rows[row]) else None
        if role == _CHECK_STATE:
            if column:
                return None
            return _CHECKED if self.is_checked(row) else _UNCHECKED
        return str(rows[row].id)  # RECORD_ID_ROLE

    def flags(self, index: Index) -> Qt.ItemFlag:
        # QAbstractTableModel's own flags, made once: Qt asks them of every painted cell
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return TITLE_FLAGS if index.column() == 0 else CELL_FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a task (its title's checkbox)."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        task_id = self._rows[index.row()].id
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if self.all_matching and not on:
            # unticking one of "all N" leaves the loaded rows but that one ticked
            self.all_matching = False
            self.checked = {r.id for r in self._rows}
        if on:
            self.checked.add(task_id)
        else:
            self.checked.discard(task_id)
        self._checks_changed()
        return True

    def is_checked(self, row: int) -> bool:
        """Whether the task on `row` is ticked."""
        return self.all_matching or self._rows[row].id in self.checked

    def check_page(self, on: bool) -> None:
        """ "Select all" on the page: tick (or untick) every loaded task."""
        self.all_matching = False
        if on:
            self.checked |= {r.id for r in self._rows}
        else:
            self.checked.clear()
        self._checks_changed()

    def check_all_matching(self) -> None:
        """ "Select all N tasks": every task the view matches, loaded or not."""
        self.all_matching = True
        self._checks_changed()

    def checked_count(self) -> int:
        """How many tasks are ticked."""
        return self.total if self.all_matching else len(self.checked)

    def page_checked(self) -> bool:
        """Whether every loaded task is ticked."""
        return bool(self._rows) and all(self.is_checked(i) for i in range(len(self._rows)))

    def _checks_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )  # fmt: skip
        self.checkedChanged.emit()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return tr(COLUMNS[section])
        return super().headerData(section, orientation, role)

    def record_of(self, row: int) -> uuid.UUID | None:
        """The associated record of the task on `row` (for the preview panel)."""
        return self._rows[row].record_id
