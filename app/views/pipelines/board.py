"""The kanban board (SRV-4, REV-4): a column per stage, headed by its name, count and
amount total, holding cards that can be dragged to another column (SRV-5, REV-5)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.models.board import Board, StageCardsModel
from app.models.i18n import tr
from app.views.common.verdict_buttons import verdict_button
from app.views.palette import accent, badge, overdue

CARD_HEIGHT = 96  # the name on up to two lines, then the amount and the date
COLUMN_WIDTH = 260


def records_text(widget: QWidget, locale: QLocale, n: int) -> str:
    """'1 record', '1,204 records' in the viewer's locale."""
    if n == 1:
        return tr("1 record")
    return tr("%Ln records", "", n)


LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def name_lines(name: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A card's name on one line, or on two broken between words (a word longer than the
    line is cut), the second cut with "…" if it is still too long (issue 16 item 4)."""
    if metrics.horizontalAdvance(name) <= width:
        return [name]
    words = name.split()
    first = ""
    for i, word in enumerate(words):
        tried = f"{first} {word}" if first else word
        if metrics.horizontalAdvance(tried) > width:
            if not first:  # one long word: as much of it as fits, the rest below
                fits = len(word)
                while fits > 1 and metrics.horizontalAdvance(word[:fits]) > width:
                    fits -= 1
                rest = name[fits:].strip()
                return [word[:fits], metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
            rest = " ".join(words[i:])
            return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
        first = tried
    return [first]


class CardDelegate(QStyledItemDelegate):
    """Paints a card: name and amount, then the date (red when past) and the owner's
    initials. Reads the column model directly: no per-role round trips."""

    _fonts: tuple[QFont, QFont, QFont] | None = None  # the view's font, its bold and small

    def fonts(self, font: QFont) -> tuple[QFont, QFont]:
        """The name's bold font and the initials' small one, made once per view font (a
        move repaints two columns of cards: building fonts per card showed in its time)."""
        if self._fonts is None or self._fonts[0] != font:
            bold = QFont(font)
            bold.setWeight(QFont.Weight.DemiBold)
            small = QFont(font)
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
            small.setWeight(QFont.Weight.DemiBold)
            self._fonts = (QFont(font), bold, small)
        return self._fonts[1], self._fonts[2]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(COLUMN_WIDTH - 60, CARD_HEIGHT)  # the list stretches it to its width

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model = index.model()
        assert isinstance(model, StageCardsModel)
        card = model.card(index.row())
        palette = option.palette
        outer = option.rect.adjusted(2, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = accent(palette) if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(edge, 1.2))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(outer, 8, 8)
        inner = outer.adjusted(10, 7, -10, -7)
        metrics = painter.fontMetrics()
        line = metrics.height() + 3
        left = LEFT
        bold, small = self.fonts(option.font)
        rows = [QRect(inner.left(), inner.top() + i * line, inner.width(), line) for i in range(4)]
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(bold)
        for row, text in zip(rows, name_lines(card.name, painter.fontMetrics(), inner.width()),
                             strict=False):  # fmt: skip
            painter.drawText(row, left, text)
        painter.setFont(option.font)
        if card.amount:
            painter.drawText(rows[2], left, card.amount)
        if card.date:
            late = card.overdue and not model.stage.is_closed  # a closed deal is not late
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setPen(overdue(palette) if late else muted)
            painter.drawText(
                rows[3], left, card.date + (" · " + self.tr("overdue") if late else "")
            )
        if card.initials:
            size = line + 2
            disc = QRect(inner.right() - size, inner.bottom() - size, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge(palette))
            painter.drawEllipse(disc)
            painter.setPen(accent(palette))
            painter.setFont(small)
            painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, card.initials)
        painter.restore()


class StageColumn(QFrame):
    """One stage: its heading and its cards."""

    cardClicked = Signal(object)  # record id
    createRequested = Signal(object)  # stage id: "+" in the heading (issue 12 item 5)

    def __init__(self, board: Board, model: StageCardsModel) -> None:
        super().__init__(objectName="BoardColumn")
        self.board = board
        self.model = model
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(6)
        self.title = QLabel(model.stage.name, objectName="CardTitle")
        self.figures = QLabel(objectName="Muted")
        self.create_button = verdict_button(
            QToolButton(text="+", objectName="ColumnCreate"),
            permissions.can_edit_records(board.viewer),
            self.tr("Create a record in {stage}").format(stage=model.stage.name),
        )
        self.create_button.setAccessibleName(
            self.tr("Create a record in {stage}").format(stage=model.stage.name)
        )
        self.create_button.setAutoRaise(True)
        self.create_button.clicked.connect(lambda: self.createRequested.emit(model.stage.id))
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.create_button)
        layout.addLayout(heading)
        layout.addWidget(self.figures)
        self.cards = QListView()
        self.cards.setObjectName("BoardCards")
        self.cards.setAccessibleName(model.stage.name)
        self.cards.setModel(model)
        self.cards.setItemDelegate(CardDelegate(self.cards))
        self.cards.setUniformItemSizes(True)
        self.cards.setFrameShape(QFrame.Shape.NoFrame)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cards.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.cards.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.cards.setDragEnabled(True)
        self.cards.setAcceptDrops(True)
        self.cards.setDropIndicatorShown(True)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.cards.clicked.connect(lambda i: self.cardClicked.emit(model.record_id(i.row())))
        layout.addWidget(self.cards, 1)
        self.show_figures()

    def show_figures(self) -> None:
        """The heading's count and amount total (from SQL, not the loaded cards)."""
        total = self.board.total(self.model.stage.id)
        count = records_text(self, self.board.formatter.locale, total.count)
        if self.board.amount_prop is not None:
            count += " · " + self.board.amount_text(total.amount_minor)
        self.figures.setText(count)
        self.setAccessibleName(f"{self.model.stage.name}: {count}")

    def selected_ids(self) -> list[uuid.UUID]:
        """The records of the selected cards."""
        rows = sorted(i.row() for i in self.cards.selectionModel().selectedIndexes())
        return [self.model.record_id(r) for r in rows]


class BoardWidget(QScrollArea):
    """The columns side by side, scrolling sideways when they do not fit."""

    cardClicked = Signal(object)  # record id
    createRequested = Signal(object)  # stage id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.board: Board | None = None
        self.columns: list[StageColumn] = []

    def set_board(self, board: Board) -> None:
        """Show another pipeline's board."""
        self.board = board
        inner = QWidget(objectName="BoardSurface")
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(10)
        self.columns = []
        for model in board.columns:
            column = StageColumn(board, model)
            column.cardClicked.connect(self.cardClicked)
            column.createRequested.connect(self.createRequested)
            row.addWidget(column)
            self.columns.append(column)
        row.addStretch(1)
        self.setWidget(inner)  # the previous surface and its columns are deleted
        board.totalsChanged.connect(self._show_figures)

    def _show_figures(self) -> None:
        for column in self.columns:
            column.show_figures()

    def column(self, stage_id: uuid.UUID) -> StageColumn:
        """The column of a stage."""
        return next(c for c in self.columns if c.model.stage.id == stage_id)

    def selection(self) -> tuple[list[uuid.UUID], StageColumn | None]:
        """The selected cards and their column (the one with keyboard focus first)."""
        for column in sorted(self.columns, key=lambda c: not c.cards.hasFocus()):
            ids = column.selected_ids()
            if ids:
                return ids, column
        return [], None
