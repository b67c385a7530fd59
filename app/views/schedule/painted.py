"""What the Schedule tab's painted surfaces share (SCH-1): the colours of meetings and
tasks, the day columns beside the hours' gutter, painting an item, and turning a click
into the item (or the day) under it, hit-tested against the rectangles of the last paint."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QMenu, QScrollArea, QToolTip, QWidget

from app.domain.schedule import Event, EventKind
from app.models.schedule import ScheduleModel, Span
from app.views.palette import item_colours, item_text

HOUR_HEIGHT = 48
BAR_HEIGHT = 20
CHIP_HEIGHT = 18
MAX_BAR_ROWS = 3  # whole-day rows a week shows; a single day shows more
MAX_BAR_ROWS_DAY = 6
MIN_LANE = 64  # pixels: overlapping items narrower than this go behind "+N"
ELIDED_KEPT = 5_000


def colours(event: Event, palette: QPalette) -> tuple[QColor, QColor]:
    """The fill and edge colour of an item (a completed task is greyed), in the palette's
    light or dark form (`views/palette.py`)."""
    done = event.kind == EventKind.TASK and event.completed
    return item_colours(palette, "done" if done else event.kind.value)


class PaintedDays(QWidget):
    """What the three painted surfaces share: the model, the hit rectangles, the click."""

    itemClicked = Signal(int, QPoint)  # row, global position
    dayClicked = Signal(object)  # a date: open it as a day

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.hits: list[tuple[QRectF, int]] = []
        self.day_hits: list[tuple[QRectF, dt.date]] = []
        # "+N more" of a crowded whole-day strip or a busy time: the rows behind it
        self.more_hits: list[tuple[QRectF, list[int]]] = []
        self.more_menu: QMenu | None = None
        self._gutter: int | None = None
        # elided lines by (line, width) in this widget's font, kept across reads (the same
        # items come back as the user moves between spans) up to ELIDED_KEPT: a month
        # paints 100+ chips; a struck-out line elides as the plain one does
        self._elided: dict[tuple[str, int], str] = {}
        self._metrics: QFontMetrics | None = None  # of this widget's font, items' text
        # UX-2/UX-4: the painted items are reached from the keyboard — the arrows move the
        # current item (in time order), Enter opens it — and a screen reader hears each one
        # as the surface's accessible name changes to it.
        self.current: int | None = None  # the model row the keyboard is on
        self._current_id: object = None  # its item's id, kept across a reload
        self.surface_name = self.tr("Calendar items")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.surface_name)
        self.setAccessibleDescription(
            self.tr("The arrow keys move between items; Enter opens one.")
        )
        model.changed.connect(self._model_changed)
        self.setMouseTracking(True)

    def _model_changed(self) -> None:
        self._gutter = None
        # the last paint's rectangles name rows of the items before the reset: none until
        # the next paint; the keyboard's item kept when it is still shown (a reload)
        kept = self._current_id
        self.hits, self.day_hits, self.more_hits = [], [], []
        rows = [r for r, e in enumerate(self.model.events) if e.id == kept and kept is not None]
        self.current = None
        self._set_current(rows[0] if rows else None)
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
        if self.model.reading:  # the tab shows the busy cursor until the span is read
            return
        pos = event.position().toPoint()
        over = self.item_at(pos) is not None or any(r.contains(pos) for r, _ in self.more_hits)
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def show_more(self, rows: list[int], pos: QPoint) -> QMenu:
        """The items a "+N more" stands for (a timed one after its time): choosing one
        opens its summary."""
        if self.more_menu is not None:
            self.more_menu.deleteLater()
        self.more_menu = QMenu(self)
        self.more_menu.setAccessibleName(self.tr("More items"))
        for row in rows:
            event = self.model.events[row]
            label = event.title if event.all_day else (
                f"{self.model.time_text(event.start)}  {event.title}"
            )  # fmt: skip
            action = self.more_menu.addAction(label)
            action.triggered.connect(partial(self.itemClicked.emit, row, pos))
        self.more_menu.popup(pos)
        return self.more_menu

    def tooltip_at(self, pos: QPoint) -> str:
        """What hovering shows: an item's whole title and its time, or what "+N" holds."""
        for rect, rows in self.more_hits:
            if rect.contains(pos):
                titles = [self.model.events[r].title for r in rows[:8]]
                if len(rows) > len(titles):
                    titles.append(self.tr("and %n more", "", len(rows) - len(titles)))
                return "\n".join(titles)
        row = self.item_at(pos)
        return self.model.item_tooltip(row) if row is not None else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- the keyboard (UX-2) and what a screen reader hears (UX-4) ---------------------------
    def painted_rows(self) -> list[int]:
        """The items of the last paint, in time order (the keyboard's order)."""
        events = self.model.events
        return sorted({row for _rect, row in self.hits}, key=lambda r: (events[r].start, r))

    def item_rect(self, row: int) -> QRectF | None:
        """Where item `row` was last painted."""
        return next((rect for rect, r in self.hits if r == row), None)

    def spoken(self, row: int) -> str:
        """An item as a screen reader says it: its title, when it is, its place."""
        rows = self.painted_rows()
        event = self.model.events[row]
        parts = [event.title, self.model.describe_time(event)]
        if row in rows:
            parts.append(self.tr("{n} of {total}").format(n=rows.index(row) + 1, total=len(rows)))
        return ", ".join(parts)

    def _set_current(self, row: int | None) -> None:
        if row == self.current:
            return
        self.current = row
        self._current_id = None if row is None else self.model.events[row].id
        # Qt tells assistive technology that the focused widget's name changed
        self.setAccessibleName(self.surface_name if row is None else self.spoken(row))
        if row is not None:
            rect = self.item_rect(row)
            area = self.parentWidget().parentWidget() if self.parentWidget() else None
            if rect is not None and isinstance(area, QScrollArea):
                centre = rect.center()
                area.ensureVisible(int(centre.x()), int(centre.y()), 0, int(rect.height() / 2) + 8)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows = self.painted_rows()
        key = Qt.Key(event.key())
        at = rows.index(self.current) if self.current in rows else None
        if rows and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._set_current(rows[0 if at is None else min(at + 1, len(rows) - 1)])
        elif rows and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._set_current(rows[-1 if at is None else max(at - 1, 0)])
        elif rows and key == Qt.Key.Key_Home:
            self._set_current(rows[0])
        elif rows and key == Qt.Key.Key_End:
            self._set_current(rows[-1])
        elif self.current is not None and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            rect = self.item_rect(self.current)
            where = rect.center().toPoint() if rect is not None else QPoint(0, 0)
            self.itemClicked.emit(self.current, self.mapToGlobal(where))
        elif key == Qt.Key.Key_Escape and self.current is not None:
            self._set_current(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the current item's ring

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        for rect, rows in self.more_hits:  # first: a narrow day's badge lies on an item
            if rect.contains(pos):
                self.show_more(rows, self.mapToGlobal(pos))
                return
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
        fill, edge = colours(event, self.palette())
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
        painter.setPen(item_text(self.palette()))
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
        if row == self.current and self.hasFocus():  # the keyboard's item
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        self.hits.append((rect, row))
