"""The painted calendar of the Schedule tab (SCH-1): a week or day as hour rows with the
whole-day items in a strip above, and a month as a grid of day cells. Items are painted,
not widgets, so a month of 500 items opens in a frame; a click on one is hit-tested
against the rectangles of the last paint."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.domain.schedule import Event, EventKind
from app.models.schedule import ScheduleModel, Span
from app.models.schedule_layout import by_day, day_bars, timed_blocks

HOUR_HEIGHT = 48
BAR_HEIGHT = 20
CHIP_HEIGHT = 18
ACCENT = QColor("#1f7a6d")
NOW_LINE = QColor("#c0392b")
COLOURS = {  # (fill, edge) per kind
    EventKind.MEETING: (QColor("#dbe7fb"), QColor("#3566c8")),
    EventKind.TASK: (QColor("#fbecd3"), QColor("#b7791f")),
}
DONE = (QColor("#e9ecef"), QColor("#98a2ad"))


def colours(event: Event) -> tuple[QColor, QColor]:
    """The fill and edge colour of an item (a completed task is greyed)."""
    return DONE if event.kind == EventKind.TASK and event.completed else COLOURS[event.kind]


class _Painted(QWidget):
    """What the three painted surfaces share: the model, the hit rectangles, the click."""

    itemClicked = Signal(int, QPoint)  # row, global position
    dayClicked = Signal(object)  # a date: open it as a day

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.hits: list[tuple[QRectF, int]] = []
        self.day_hits: list[tuple[QRectF, dt.date]] = []
        model.changed.connect(self.update)
        self.setMouseTracking(True)

    def columns(self) -> int:
        return max(1, len(self.model.days))

    def gutter(self) -> int:
        """The width left of the day columns: room for the widest hour label."""
        if self.model.shown_span == Span.MONTH:
            return 0
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
        """Item `row` as a rounded block with a coloured edge and its (elided) text."""
        event = self.model.events[row]
        fill, edge = colours(event)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.setBrush(edge)
        painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, 3, rect.height() - 2), 1, 1)
        font = painter.font()
        font.setStrikeOut(event.kind == EventKind.TASK and event.completed)
        painter.setFont(font)
        painter.setPen(QColor("#1d2733"))
        inner = rect.adjusted(7, 1, -3, -1)
        lines = text.split("\n")
        metrics = painter.fontMetrics()
        y = inner.top()
        for line in lines:
            if y + metrics.height() > inner.bottom() + 2 and y > inner.top():
                break
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided,
            )  # fmt: skip
            y += metrics.height()
        font.setStrikeOut(False)
        painter.setFont(font)
        self.hits.append((rect, row))


class TimeGrid(_Painted):
    """Hours down, shown days across; timed items as blocks, overlaps side by side."""

    def sizeHint(self) -> QSize:
        return QSize(700, 24 * HOUR_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.gutter() + 60, 24 * HOUR_HEIGHT)

    def y_of(self, minutes: int) -> float:
        """Where a time of day sits."""
        return minutes * HOUR_HEIGHT / 60

    def paintEvent(self, _event) -> None:
        model = self.model
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        mid = palette.color(QPalette.ColorRole.Mid)
        light = QColor(mid)
        light.setAlpha(90)
        today = model.today()
        for column, day in enumerate(model.days):
            if day == today:
                painter.fillRect(
                    self.column_rect(column, 0, self.height()), QColor(31, 122, 109, 14)
                )
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        gutter = self.gutter()
        for hour in range(24):
            y = self.y_of(hour * 60)
            painter.setPen(QPen(mid, 1))
            painter.drawLine(gutter - 6, int(y), self.width(), int(y))
            painter.setPen(QPen(light, 1, Qt.PenStyle.DotLine))
            painter.drawLine(
                gutter, int(y + HOUR_HEIGHT / 2), self.width(), int(y + HOUR_HEIGHT / 2)
            )
            if hour:
                painter.setPen(muted)
                label = model.locale.toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)
                painter.drawText(
                    QRectF(0, y - 8, gutter - 10, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label,
                )  # fmt: skip
        painter.setPen(QPen(mid, 1))
        for column in range(self.columns()):
            x = self.column_rect(column, 0, 1).left()
            painter.drawLine(int(x), 0, int(x), self.height())
        self.hits = []
        for block in timed_blocks(model.events, model.days, model.zone):
            event = model.events[block.event]
            box = self.column_rect(block.column, 0, 1)
            width = (box.width() - 6) / block.lanes
            rect = QRectF(
                box.left() + 2 + block.lane * width, self.y_of(block.start),
                width, self.y_of(block.end) - self.y_of(block.start),
            )  # fmt: skip
            self.paint_item(painter, rect, block.event, self._label(event, rect))
        now = dt.datetime.now(model.zone)
        if now.date() in model.days:
            today_rect = self.column_rect(model.days.index(now.date()), 0, 1)
            y = self.y_of(now.hour * 60 + now.minute)
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(int(today_rect.left()), int(y), int(today_rect.right()), int(y))
            painter.setBrush(NOW_LINE)
            painter.drawEllipse(QRectF(today_rect.left() - 4, y - 4, 8, 8))
        painter.end()

    def _label(self, event: Event, rect: QRectF) -> str:
        """Title and time on two lines when the block is tall enough, else one."""
        when = self.model.time_text(event.start)
        if event.kind == EventKind.MEETING:
            when = f"{when} – {self.model.time_text(event.end)}"
        if rect.height() >= 2 * self.fontMetrics().height() + 2:
            return f"{event.title}\n{when}"
        return f"{when} {event.title}"


class DayHeader(_Painted):
    """The shown days' names and dates above the grid, and the whole-day strip."""

    def rows(self) -> int:
        bars = day_bars(self.model.events, self.model.days, self.model.zone)
        return max((b.row + 1 for b in bars), default=0)

    def sizeHint(self) -> QSize:
        return QSize(700, 34 + max(1, self.rows()) * (BAR_HEIGHT + 2) + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        model = self.model
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        mid = palette.color(QPalette.ColorRole.Mid)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        today = model.today()
        self.day_hits = []
        bold = QFont(painter.font())
        bold.setBold(True)
        for column, day in enumerate(model.days):
            rect = self.column_rect(column, 0, 30)
            self.day_hits.append((rect, day))
            text = model.date_text(day, "ddd d")
            if day == today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ACCENT)
                width = painter.fontMetrics().horizontalAdvance(text) + 16
                painter.drawRoundedRect(QRectF(rect.center().x() - width / 2, 5, width, 22), 11, 11)
                painter.setPen(QColor("white"))
                painter.setFont(bold)
            else:
                painter.setPen(
                    muted if day.weekday() >= 5 else palette.color(QPalette.ColorRole.Text)
                )
            painter.drawText(rect.adjusted(0, 4, 0, 0), Qt.AlignmentFlag.AlignCenter, text)
            painter.setFont(self.font())
        painter.setPen(muted)
        painter.drawText(
            QRectF(0, 34, self.gutter() - 8, BAR_HEIGHT),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.tr("all day"),
        )  # fmt: skip
        painter.setPen(QPen(mid, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        for column in range(self.columns()):
            x = int(self.column_rect(column, 0, 1).left())
            painter.drawLine(x, 32, x, self.height())
        self.hits = []
        for bar in day_bars(model.events, model.days, model.zone):
            left = self.column_rect(bar.first, 0, 1).left() + 2
            right = self.column_rect(bar.last, 0, 1).right() - 2
            rect = QRectF(left, 34 + bar.row * (BAR_HEIGHT + 2), right - left, BAR_HEIGHT)
            self.paint_item(painter, rect, bar.event, model.events[bar.event].title)
        painter.end()


class WeekView(QWidget):
    """A day or a week: the day header with its whole-day strip over the scrolled hours."""

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = DayHeader(model)
        self.grid = TimeGrid(model)
        self.scroller = QScrollArea()
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.grid)
        layout.addWidget(self.header)
        layout.addWidget(self.scroller, 1)
        model.changed.connect(self._relayout)
        self._relayout()

    def _relayout(self) -> None:
        # the header's columns line up with the grid's: leave room for the scroll bar
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        self.header.setContentsMargins(0, 0, bar, 0)
        self.header.setFixedHeight(self.header.sizeHint().height())
        self.header.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scroll_to_hour(self, hour: int) -> None:
        """Bring a working hour to the top."""
        self.scroller.verticalScrollBar().setValue(hour * HOUR_HEIGHT - 12)  # its label shows


class MonthView(_Painted):
    """Whole weeks covering the month; each day lists its items, whole-day ones first,
    then timed ones with their time; "+N more" opens the day."""

    def paintEvent(self, _event) -> None:
        model = self.model
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        mid = palette.color(QPalette.ColorRole.Mid)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        text = palette.color(QPalette.ColorRole.Text)
        per_week = 5 if model.hide_weekends else 7
        weeks = max(1, len(model.days) // per_week)
        head = 24
        width = self.width() / per_week
        height = (self.height() - head) / weeks
        for i, day in enumerate(model.days[:per_week]):
            painter.setPen(muted)
            painter.drawText(
                QRectF(i * width, 0, width, head), Qt.AlignmentFlag.AlignCenter,
                model.date_text(day, "ddd"),
            )  # fmt: skip
        cells = by_day(model.events, model.days, model.zone)
        today = model.today()
        metrics = painter.fontMetrics()
        self.hits, self.day_hits = [], []
        bold = QFont(painter.font())
        bold.setBold(True)
        for index, day in enumerate(model.days):
            rect = QRectF(
                (index % per_week) * width, head + (index // per_week) * height, width, height
            )
            painter.setPen(QPen(mid, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            outside = day.month != model.anchor.month
            number = QRectF(rect.left() + 4, rect.top() + 3, 28, 20)
            if day == today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ACCENT)
                painter.drawEllipse(QRectF(number.left(), number.top(), 22, 20))
                painter.setPen(QColor("white"))
                painter.setFont(bold)
                painter.drawText(
                    QRectF(number.left(), number.top(), 22, 20),
                    Qt.AlignmentFlag.AlignCenter,
                    str(day.day),
                )
                painter.setFont(self.font())
            else:
                painter.setPen(muted if outside else text)
                painter.drawText(
                    number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(day.day)
                )
            self.day_hits.append((QRectF(rect.left(), rect.top(), rect.width(), 24), day))
            items = cells.get(day, [])
            room = max(0, int((rect.height() - 26) // (CHIP_HEIGHT + 2)))
            shown = items if len(items) <= room else items[: max(0, room - 1)]
            y = rect.top() + 25
            for row in shown:
                event = model.events[row]
                chip = QRectF(rect.left() + 3, y, rect.width() - 6, CHIP_HEIGHT)
                label = (
                    event.title
                    if event.all_day
                    else f"{model.time_text(event.start)} {event.title}"
                )
                self.paint_item(painter, chip, row, label)
                y += CHIP_HEIGHT + 2
            hidden = len(items) - len(shown)
            if hidden:
                more = QRectF(rect.left() + 6, y, rect.width() - 12, CHIP_HEIGHT)
                painter.setPen(ACCENT)
                label = self.tr("+{n} more").format(n=hidden)
                label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(more.width()))
                painter.drawText(
                    more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
                )
                self.day_hits.append((more, day))
        painter.end()
