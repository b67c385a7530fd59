"""What the Schedule tab's painted surfaces share (SCH-1): the colours of meetings and
tasks, the day columns beside the hours' gutter, painting an item, and turning a click
into the item (or the day) under it, hit-tested against the rectangles of the last paint."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from app.domain.schedule import Event, EventKind
from app.models.schedule import ScheduleModel, Span

HOUR_HEIGHT = 48
BAR_HEIGHT = 20
CHIP_HEIGHT = 18
MAX_BAR_ROWS = 3  # whole-day rows a week shows; a single day shows more
MAX_BAR_ROWS_DAY = 6
ACCENT = QColor("#1f7a6d")
NOW_LINE = QColor("#c0392b")
COLOURS = {  # (fill, edge) per kind
    EventKind.MEETING: (QColor("#dbe7fb"), QColor("#3566c8")),
    EventKind.TASK: (QColor("#fbecd3"), QColor("#b7791f")),
}
DONE = (QColor("#e9ecef"), QColor("#98a2ad"))
ITEM_TEXT = QColor("#1d2733")
ELIDED_KEPT = 5_000


def colours(event: Event) -> tuple[QColor, QColor]:
    """The fill and edge colour of an item (a completed task is greyed)."""
    return DONE if event.kind == EventKind.TASK and event.completed else COLOURS[event.kind]


class PaintedDays(QWidget):
    """What the three painted surfaces share: the model, the hit rectangles, the click."""

    itemClicked = Signal(int, QPoint)  # row, global position
    dayClicked = Signal(object)  # a date: open it as a day

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.hits: list[tuple[QRectF, int]] = []
        self.day_hits: list[tuple[QRectF, dt.date]] = []
        self._gutter: int | None = None
        # elided lines by (line, width) in this widget's font, kept across reads (the same
        # items come back as the user moves between spans) up to ELIDED_KEPT: a month
        # paints 100+ chips; a struck-out line elides as the plain one does
        self._elided: dict[tuple[str, int], str] = {}
        self._metrics: QFontMetrics | None = None  # of this widget's font, items' text
        model.changed.connect(self._model_changed)
        self.setMouseTracking(True)

    def _model_changed(self) -> None:
        self._gutter = None
        if len(self._elided) > ELIDED_KEPT:
            self._elided = {}
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._elided, self._metrics = {}, None
        super().changeEvent(event)

    def columns(self) -> int:
        return max(1, len(self.model.days))

    def gutter(self) -> int:
        """The width left of the day columns: room for the widest hour label."""
        if self.model.shown_span == Span.MONTH:
            return 0
        if self._gutter is None:
            self._gutter = self._measure_gutter()
        return self._gutter

    def _measure_gutter(self) -> int:
        metrics = self.fontMetrics()
        short = QLocale.FormatType.ShortFormat
        widest = max(
            metrics.horizontalAdvance(self.model.locale.toString(QTime(h, 0), short))
            for h in (0, 10, 12, 22)
        )
        return max(widest, metrics.horizontalAdvance(self.tr("all day"))) + 18

    def column_rect(self, column: int, top: float, height: float) -> QRectF:
        """A day column's rectangle between `top` and `top + height` (a right margin, as
        the header's room for the grid's scroll bar, is left out)."""
        gutter = self.gutter()
        right = self.width() - self.contentsMargins().right()
        width = (right - gutter) / self.columns()
        return QRectF(gutter + column * width, top, width, height)

    def item_at(self, pos: QPoint) -> int | None:
        """The item painted under `pos`, topmost first."""
        for rect, row in reversed(self.hits):
            if rect.contains(pos):
                return row
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.item_at(event.position().toPoint()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        row = self.item_at(pos)
        if row is not None:
            self.itemClicked.emit(row, self.mapToGlobal(pos))
            return
        for rect, day in self.day_hits:
            if rect.contains(pos):
                self.dayClicked.emit(day)
                return

    def paint_item(self, painter: QPainter, rect: QRectF, row: int, text: str) -> None:
        """Item `row` as a rounded block with a coloured edge and its (elided) text.
        A month paints a hundred of these: the font changes only for a completed task."""
        event = self.model.events[row]
        fill, edge = colours(event)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.setBrush(edge)
        painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, 3, rect.height() - 2), 1, 1)
        struck = event.kind == EventKind.TASK and event.completed
        if struck:
            struck_font = painter.font()
            struck_font.setStrikeOut(True)
            painter.setFont(struck_font)
        painter.setPen(ITEM_TEXT)
        inner = rect.adjusted(7, 1, -3, -1)
        metrics = self._metrics
        if metrics is None:
            metrics = self._metrics = QFontMetrics(self.font())
        height, top, left = metrics.height(), inner.top(), inner.left()
        bottom, width, ascent = inner.bottom() + 2, int(inner.width()), metrics.ascent()
        y, elided_lines = top, self._elided
        for line in text.split("\n"):
            if y + height > bottom and y > top:
                break
            key = (line, width)
            elided = elided_lines.get(key)
            if elided is None:
                elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                elided_lines[key] = elided
            # the elided line fits: drawn at its baseline, without laying out a rectangle
            painter.drawText(QPointF(left, y + ascent), elided)
            y += height
        if struck:
            struck_font.setStrikeOut(False)
            painter.setFont(struck_font)
        self.hits.append((rect, row))
