"""The painted calendar of the Schedule tab (SCH-1): a week or day as hour rows with the
whole-day items in a strip above, and a month as a grid of day cells. Items are painted,
not widgets, so a month of 500 items opens in a frame; a click on one is hit-tested
against the rectangles of the last paint."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from app.domain.schedule import Event, EventKind
from app.models.schedule import ScheduleModel
from app.models.schedule_layout import TimedBlock, timed_blocks
from app.views.palette import NOW_LINE, accent
from app.views.schedule.day_header import DayHeader
from app.views.schedule.painted import CHIP_HEIGHT, HOUR_HEIGHT, MIN_LANE, PaintedDays

__all__ = ["HOUR_HEIGHT", "DayHeader", "MonthView", "TimeGrid", "WeekView"]


class TimeGrid(PaintedDays):
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
        tint = accent(palette)
        tint.setAlpha(18)
        for column, day in enumerate(model.days):
            if day == today:
                painter.fillRect(self.column_rect(column, 0, self.height()), tint)
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
        self.hits, self.more_hits = [], []
        hidden: dict[tuple[int, int], list[TimedBlock]] = {}  # by (column, cluster)
        for block in timed_blocks(model.events, model.days, model.zone):
            event = model.events[block.event]
            box = self.column_rect(block.column, 0, 1)
            # Lanes no narrower than MIN_LANE: a busy day keeps readable titles, the rest
            # of a run of overlaps behind "+N" in its last lane (as the month's "+N more").
            room = self.lane_room(box)
            lanes = min(block.lanes, room)
            if block.lanes > room and block.lane >= max(1, room - 1):
                hidden.setdefault((block.column, block.cluster), []).append(block)
                continue
            width = (box.width() - 6) / lanes
            rect = QRectF(
                box.left() + 2 + block.lane * width, self.y_of(block.start),
                width, self.y_of(block.end) - self.y_of(block.start),
            )  # fmt: skip
            self.paint_item(painter, rect, block.event, self._label(event, rect))
        for (column, _cluster), blocks in hidden.items():
            self._paint_more(painter, column, blocks)
        now = dt.datetime.now(model.zone)
        if now.date() in model.days:
            today_rect = self.column_rect(model.days.index(now.date()), 0, 1)
            y = self.y_of(now.hour * 60 + now.minute)
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(int(today_rect.left()), int(y), int(today_rect.right()), int(y))
            painter.setBrush(NOW_LINE)
            painter.drawEllipse(QRectF(today_rect.left() - 4, y - 4, 8, 8))
        painter.end()

    @staticmethod
    def lane_room(box: QRectF) -> int:
        """How many lanes a day's column holds at MIN_LANE pixels each (one at least)."""
        return max(1, int((box.width() - 6) // MIN_LANE))

    def _paint_more(self, painter: QPainter, column: int, blocks: list[TimedBlock]) -> None:
        """ "+N" in the last lane of a run of overlaps, over the time the hidden items take;
        a click lists them (`show_more`)."""
        box = self.column_rect(column, 0, 1)
        room = self.lane_room(box)
        width = (box.width() - 6) / room
        top = self.y_of(min(b.start for b in blocks))
        bottom = max(self.y_of(max(b.end for b in blocks)), top + CHIP_HEIGHT)
        rect = QRectF(box.left() + 2 + (room - 1) * width, top, width, bottom - top)
        if room == 1:  # a narrow day: a badge on the first item's corner
            badge = self.fontMetrics().horizontalAdvance("+99") + 8
            rect = QRectF(box.right() - 4 - badge, top + 1, badge, CHIP_HEIGHT)
        palette = self.palette()
        shade = QColor(palette.color(QPalette.ColorRole.Mid))
        shade.setAlpha(60)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base) if room == 1 else shade)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
        painter.setPen(accent(palette))
        label = self.tr("+{n}").format(n=len(blocks))
        painter.drawText(rect.adjusted(4, 2, -2, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)  # fmt: skip
        self.more_hits.append((rect, sorted({b.event for b in blocks})))

    def _label(self, event: Event, rect: QRectF) -> str:
        """Title and time on two lines when the block is tall enough, else one."""
        when = self.model.time_text(event.start)
        if event.kind == EventKind.MEETING:
            when = f"{when} – {self.model.time_text(event.end)}"
        if rect.height() >= 2 * self.fontMetrics().height() + 2:
            return f"{event.title}\n{when}"
        return f"{when} {event.title}"


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
        self._stale = True
        model.changed.connect(self._relayout)
        self._relayout()

    def _relayout(self) -> None:
        if not self.isVisible():
            # the month is shown: laying out its hundreds of whole-day bars in the week's
            # header would be wasted; it is done when the week is shown again
            self._stale = True
            return
        self._stale = False
        # the header's columns line up with the grid's: leave room for the scroll bar
        bar = self.scroller.verticalScrollBar().sizeHint().width()
        self.header.setContentsMargins(0, 0, bar, 0)
        self.header.setFixedHeight(self.header.sizeHint().height())
        self.header.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._relayout()

    def scroll_to_hour(self, hour: int) -> None:
        """Bring a working hour to the top."""
        self.scroller.verticalScrollBar().setValue(hour * HOUR_HEIGHT - 12)  # its label shows


class MonthView(PaintedDays):
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
        cells = model.cells()
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
                painter.setBrush(accent(palette))
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
                chip = QRectF(rect.left() + 3, y, rect.width() - 6, CHIP_HEIGHT)
                self.paint_item(painter, chip, row, model.chip_label(row))
                y += CHIP_HEIGHT + 2
            hidden = len(items) - len(shown)
            if hidden:
                more = QRectF(rect.left() + 6, y, rect.width() - 12, CHIP_HEIGHT)
                painter.setPen(accent(palette))
                label = self.tr("+%n more", "", hidden)
                label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(more.width()))
                painter.drawText(
                    more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
                )
                self.day_hits.append((more, day))
        painter.end()
