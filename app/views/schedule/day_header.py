"""The days' names above a day or week, and the whole-day strip (SCH-1): at most a few
rows of whole-day items; a day with more says "+N more", which lists them."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from app.models.schedule import ScheduleModel, Span
from app.models.schedule_layout import DayBar, day_bars
from app.views.palette import accent
from app.views.schedule.painted import BAR_HEIGHT, MAX_BAR_ROWS, MAX_BAR_ROWS_DAY, PaintedDays


class DayHeader(PaintedDays):
    """The shown days' names and dates above the grid, and the whole-day strip: at most a
    few rows; a day with more says "+N more", which lists them."""

    def __init__(self, model: ScheduleModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self._bars: list[DayBar] | None = None

    def _model_changed(self) -> None:
        self._bars = None
        super()._model_changed()

    def bars(self) -> list[DayBar]:
        """The whole-day bars of the shown days (laid out once per change)."""
        if self._bars is None:
            self._bars = day_bars(self.model.events, self.model.days, self.model.zone)
        return self._bars

    def max_rows(self) -> int:
        """How many rows the strip shows: more for a single day."""
        return MAX_BAR_ROWS_DAY if self.model.shown_span == Span.DAY else MAX_BAR_ROWS

    def rows(self) -> int:
        """The strip's rows as shown (the last one may be the "+N more" line)."""
        return min(max((b.row + 1 for b in self.bars()), default=0), self.max_rows())

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
                painter.setBrush(accent(self.palette()))
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
        self.hits, self.more_hits = [], []
        bars = self.bars()
        overflow = max((b.row + 1 for b in bars), default=0) > self.max_rows()
        shown_rows = self.max_rows() - 1 if overflow else self.max_rows()
        hidden: dict[int, list[int]] = {}
        for bar in bars:
            if bar.row >= shown_rows:
                for column in range(bar.first, bar.last + 1):
                    hidden.setdefault(column, []).append(bar.event)
                continue
            left = self.column_rect(bar.first, 0, 1).left() + 2
            right = self.column_rect(bar.last, 0, 1).right() - 2
            rect = QRectF(left, 34 + bar.row * (BAR_HEIGHT + 2), right - left, BAR_HEIGHT)
            self.paint_item(painter, rect, bar.event, model.events[bar.event].title)
        painter.setPen(accent(self.palette()))
        for column, rows in hidden.items():
            box = self.column_rect(column, 34 + shown_rows * (BAR_HEIGHT + 2), BAR_HEIGHT)
            more = box.adjusted(6, 0, -4, 0)
            painter.drawText(
                more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("+%n more", "", len(rows)),
            )  # fmt: skip
            self.more_hits.append((more, rows))
        painter.end()
