"""The painting part of a floor (DESIGN: Performance): Qt's own C++ models and views showing
the same strings as one of our views, at the same size, painted the way the figure paints.

What is fair, per kind of view:
- a table: the same cells' strings (with the roles Qt paints: alignment, check state,
  colour) in a `QStandardItemModel`, shown in a `QTableView` of the same size, settings and
  column widths. A view opened anew is the model set on the view; a sort or filter is a
  reset of the model; either is then painted by the event loop, as our figures are.
- the board: for each stage, a column built of Qt's own widgets (a frame with the two
  heading labels and a `QListView` over a `QStandardItemModel`), each card the same text
  (name, amount, date and initials on three lines) in an item of the card's size; built
  and painted to first paint, as `board_open` builds ours. A stage move is the two
  columns' models reset and painted by the loop.
- the schedule's month: the cheapest faithful Qt rendering of the same items' text in the
  same area is a `QTableView` grid of the same weeks and days, each cell holding the day's
  number and the same labels our month paints there (and its "+N more"), one per line,
  under a header of the weekdays' names; a model reset painted by the event loop, as
  `schedule_month_open` paints ours. It leaves out the chips' colours and rounded
  boxes, so it is a little cheaper than any faithful drawing of them.
The strings are copied into Qt's models before timing: holding them is not painting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

R = Qt.ItemDataRole
COPIED_ROLES = (
    R.DisplayRole,
    R.TextAlignmentRole,
    R.CheckStateRole,
    R.ForegroundRole,
    R.BackgroundRole,
    R.FontRole,
    R.DecorationRole,
)


# Painting a view posts more work: a table whose row count changed lays itself out on a
# zero timer and paints again on the next turn of the loop. A figure ends when that is
# done too, on our side and on the floor's (a pass with nothing to do costs microseconds).
SETTLE_PASSES = 3


def settle(app: Any) -> None:
    """Let the event loop run until what the last change posted has been handled."""
    for _ in range(SETTLE_PASSES):
        app.processEvents()


def standard_copy(model: Any) -> QStandardItemModel:
    """Every loaded cell of `model` (with the roles Qt paints) in Qt's own model."""
    rows, columns = model.rowCount(), model.columnCount()
    copy = QStandardItemModel(rows, columns)
    for c in range(columns):
        header = QStandardItem(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        align = model.headerData(c, Qt.Orientation.Horizontal, R.TextAlignmentRole)
        if align is not None:
            header.setTextAlignment(Qt.AlignmentFlag(int(align)))
        copy.setHorizontalHeaderItem(c, header)
    for r in range(rows):
        for c in range(columns):
            index = model.index(r, c)
            item = QStandardItem()
            for role in COPIED_ROLES:
                value = model.data(index, role)
                if value is not None:
                    item.setData(value, role)
            if model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckable(True)
            item.setEditable(False)
            copy.setItem(r, c, item)
    return copy


class TableFloor:
    """A bare `QTableView` over a copy of what `view` shows, as big and set up the same."""

    def __init__(self, app: Any, view: QTableView) -> None:
        self.app = app
        self.copies = [standard_copy(view.model()), standard_copy(view.model())]
        self.turn = 0
        self.widths = [view.columnWidth(c) for c in range(view.model().columnCount())]
        bare = QTableView()
        bare.setAlternatingRowColors(view.alternatingRowColors())
        bare.setSelectionBehavior(view.selectionBehavior())
        bare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        bare.setWordWrap(view.wordWrap())
        bare.verticalHeader().setVisible(view.verticalHeader().isVisible())
        ours, header = view.horizontalHeader(), bare.horizontalHeader()
        header.setSortIndicatorShown(ours.isSortIndicatorShown())
        header.setStretchLastSection(ours.stretchLastSection())
        header.setSortIndicator(ours.sortIndicatorSection(), ours.sortIndicatorOrder())
        bare.setModel(self.copies[0])
        self._set_widths(bare)
        bare.resize(view.size())
        bare.show()
        app.processEvents()
        self.bare = bare

    def _set_widths(self, bare: QTableView) -> None:
        for c, width in enumerate(self.widths):
            bare.setColumnWidth(c, width)

    def open(self) -> None:
        """A view opened anew: the other copy set on the table, painted by the loop."""
        self.turn = 1 - self.turn
        self.bare.setModel(self.copies[self.turn])
        self._set_widths(self.bare)
        settle(self.app)

    def leave(self, away: QStandardItemModel) -> None:
        """Show another view's strings first (not timed), as a figure that opens a view
        coming from another one does: the rows Qt lays out change with the view."""
        self.bare.setModel(away)
        self._set_widths(self.bare)
        settle(self.app)

    def reset(self) -> None:
        """A sort or filter: the model reset, painted by the loop."""
        model = self.copies[self.turn]
        model.beginResetModel()
        model.endResetModel()
        settle(self.app)

    def close(self) -> None:
        """Hide and let go of the bare table."""
        self.bare.close()
        self.bare.deleteLater()
        self.app.processEvents()


class BoardFloor:
    """Qt's own widgets for the same columns and cards as `widget` (a BoardWidget)."""

    def __init__(self, app: Any, widget: Any) -> None:
        self.app = app
        self.size = widget.size()
        self.columns: list[tuple[str, str, QStandardItemModel]] = []
        for column in widget.columns:
            model = column.model
            cards = QStandardItemModel()
            for row in range(model.rowCount()):
                card = model.card(row)
                lines = [card.name, card.amount, f"{card.date}  {card.initials}".strip()]
                item = QStandardItem("\n".join(lines))
                item.setSizeHint(QSize(200, 80))
                cards.appendRow(item)
            self.columns.append((column.title.text(), column.figures.text(), cards))
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.resize(self.size)
        self.area.show()
        app.processEvents()

    def open(self) -> None:
        """Build every column and paint the board (the previous surface is deleted)."""
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(10)
        for title, figures, cards in self.columns:
            frame = QFrame()
            frame.setFixedWidth(260)
            layout = QVBoxLayout(frame)
            layout.setContentsMargins(8, 10, 8, 8)
            layout.setSpacing(6)
            layout.addWidget(QLabel(title))
            layout.addWidget(QLabel(figures))
            view = QListView()
            view.setModel(cards)
            view.setUniformItemSizes(True)
            view.setFrameShape(QFrame.Shape.NoFrame)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            layout.addWidget(view, 1)
            row.addWidget(frame)
        row.addStretch(1)
        self.area.setWidget(inner)
        settle(self.app)

    def move(self, source: int, target: int) -> None:
        """A card moved: the two columns' models reset and painted by the loop."""
        for column in (source, target):
            cards = self.columns[column][2]
            cards.beginResetModel()
            cards.endResetModel()
        settle(self.app)

    def close(self) -> None:
        """Hide and let go of the bare board."""
        self.area.close()
        self.area.deleteLater()
        self.app.processEvents()


class MonthFloor:
    """A `QTableView` grid of the same month, each day's cell holding our month's labels."""

    def __init__(self, app: Any, size: QSize, weekdays: list[str], cells: list[list[str]]) -> None:
        self.app = app
        per_week = len(weekdays)
        weeks = max(1, len(cells) // per_week)
        self.model = QStandardItemModel(weeks, per_week)
        self.model.setHorizontalHeaderLabels(weekdays)
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for index, lines in enumerate(cells):
            item = QStandardItem("\n".join(lines))
            item.setTextAlignment(top_left)
            item.setEditable(False)
            self.model.setItem(index // per_week, index % per_week, item)
        bare = QTableView()
        bare.setModel(self.model)
        bare.setWordWrap(False)
        bare.verticalHeader().hide()
        for header in (bare.horizontalHeader(), bare.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bare.resize(size)
        bare.show()
        app.processEvents()
        self.bare = bare

    def open(self) -> None:
        """The month's model reset and the grid painted by the loop."""
        self.model.beginResetModel()
        self.model.endResetModel()
        settle(self.app)

    def close(self) -> None:
        """Hide and let go of the bare grid."""
        self.bare.close()
        self.bare.deleteLater()
        self.app.processEvents()
