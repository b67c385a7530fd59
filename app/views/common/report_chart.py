"""A report drawn (issue 15 item 1, SUM-7, DASH-2): bars, stacked bars (a colour per value
of the second grouping, named above the bars), a line, a donut or a table over the groups
in their order, or its single number; hovering a bar, a part of one or a point shows its
label, value and how many records; a click on one emits the group (a stacked bar's part:
that part), whose records the caller opens
(`reports.drill_down`). Built on the health charts' plot (`charts._Chart`): no zoom, pan
or menu, colours from the palette. Values are formatted by the caller (a currency's
minor units, a locale's digits); a period's dates are in the widget's locale."""

from __future__ import annotations

import datetime as dt
import html
import math
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.reports import ChartKind, Group, Period, ReportResult
from app.models.i18n import tr
from app.views.common.charts import _Chart
from app.views.palette import series_colour

GAP = 8  # pixels between two axis labels
MIN_SLOT = 56  # narrower than this, a label is cut rather than shown whole (hover has it all)
BAR_WIDTH = 0.62


class _ValueAxis(pg.AxisItem):
    """A left axis labelled by the report's value formatting."""

    def __init__(self) -> None:
        super().__init__("left")
        self.text: Callable[[float], str] = lambda v: f"{v:g}"

    def tickStrings(self, values, scale, spacing):
        return [self.text(v * scale) for v in values]


class ReportChart(_Chart):
    """One report's result as a bar chart, a line or a number."""

    groupClicked = Signal(object)  # the Group clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        self._result: ReportResult | None = None
        self._groups: list[Group] = []
        self._items: list[pg.GraphicsObject] = []
        self._value_axis = _ValueAxis()
        self.value_text: Callable[[float | None], str] = lambda v: "–" if v is None else f"{v:g}"
        super().__init__(self.tr("No records match this report"), parent, left=self._value_axis)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.number_label = QLabel(objectName="ReportNumber")
        self.number_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.number_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.number_label.setFont(font)
        self._stack.addWidget(self.number_label)
        self.donut = _Donut(self)
        self.donut.clicked.connect(lambda i: self.groupClicked.emit(self._groups[i]))
        self.donut.hovered.connect(self._donut_hovered)
        self._stack.addWidget(self.donut)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Value"), self.tr("Records")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.cellActivated.connect(
            lambda row, _col: self.groupClicked.emit(self._groups[row])
        )
        self._stack.addWidget(self.table)
        # A stacked bar names its series under the plot, wrapped to its width.
        self.plot_page = QWidget()
        page = QVBoxLayout(self.plot_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(2)
        self._stack.removeWidget(self.plot_widget)
        page.addWidget(self.plot_widget, 1)
        self.plot_widget.show()  # the stack had hidden it; the page shows and hides it now
        self.legend = QLabel(objectName="ChartLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        page.addWidget(self.legend)
        self._stack.insertWidget(0, self.plot_page)
        # The labels are fitted to the plot's width once it is laid out, and again on resize.
        self.plot.getViewBox().sigResized.connect(lambda _box: self._set_ticks())
        self._show_plot(False)

    @property
    def result(self) -> ReportResult | None:
        """The result drawn."""
        return self._result

    @property
    def groups(self) -> list[Group]:
        """The groups drawn, left to right."""
        return list(self._groups)

    def set_result(
        self, result: ReportResult, value_text: Callable[[float | None], str] | None = None
    ) -> None:
        """Draw a report's result; `value_text` formats its values (a currency, digits)."""
        if value_text is not None:
            self.value_text = value_text
            self._value_axis.text = value_text
        self._result = result
        self._groups = list(result.groups)
        chart = result.spec.chart if result.spec is not None else ChartKind.BAR
        if chart == ChartKind.NUMBER or (result.spec is not None and not result.spec.group_key):
            self.number_label.setText(self.value_text(result.total))
            self.number_label.setAccessibleName(self.number_label.text())
            self._stack.setCurrentWidget(self.number_label)
            self._clear_hover()
            return
        if chart == ChartKind.TABLE and result.count > 0:
            self._fill_table()
            self._stack.setCurrentWidget(self.table)
            self._clear_hover()
            return
        if chart == ChartKind.PIE and result.count > 0:
            self._stack.setCurrentWidget(self.donut)
            self._clear_hover()
            self.donut.update()
            return
        self._redraw()
        self._show_plot(result.count > 0)

    def _fill_table(self) -> None:
        """One row per group, its value and records right-aligned; a double-click or Enter
        opens its records."""
        self.table.setRowCount(len(self._groups))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, group in enumerate(self._groups):
            cells = (self.label_of(group), self.value_text(group.value),
                     self.locale().toString(group.count))  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(right)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def label_of(self, group: Group) -> str:
        """A group's name as the axis and hover show it (a period in the locale)."""
        period = self._result.spec.period if self._result and self._result.spec else None
        if isinstance(group.key, dt.date) and period is not None:
            day = QDate(group.key.year, group.key.month, group.key.day)
            if period == Period.QUARTER:
                quarter = (group.key.month - 1) // 3 + 1
                return self.tr("Q{n} {year}").format(n=quarter, year=group.key.year)
            if period == Period.MONTH:
                return self.locale().toString(day, "MMM yyyy")
            return self.locale().toString(day, "d MMM")  # a week by its Monday
        if group.bar is not None:  # a part of a stacked bar: "Enterprise · At risk"
            part = tr(group.label) if group.key is None else group.label
            return f"{self.label_of(group.bar)} · {part}"
        return tr(group.label) if group.key is None else group.label

    def series_colour(self, i: int) -> QColor:
        """The colour of a stacked bar's `i`th series (a health status keeps its band's)."""
        series = self._result.series if self._result is not None else ()
        return series_colour(i, series[i][0] if i < len(series) else None)

    @property
    def stacked(self) -> bool:
        """Whether the bars are cut by a second grouping."""
        spec = self._result.spec if self._result is not None else None
        return spec is not None and spec.chart == ChartKind.STACKED_BAR and bool(spec.stack_key)

    def _draw_stacks(self, xs: list[int]) -> list[float]:
        """One bar item per series, each part laid on the ones before it; the legend above.
        The bars' heights."""
        assert self._result is not None
        edge = pg.mkPen(self.palette().color(QPalette.ColorRole.Base), width=1)
        tops = [0.0 for _x in xs]
        for i, (key, _label) in enumerate(self._result.series):
            x, y0, height = [], [], []
            for j, bar in enumerate(self._groups):
                for part in bar.parts:
                    if part.key == key:
                        x.append(xs[j])
                        y0.append(tops[j])
                        height.append(part.value or 0.0)
                        tops[j] += part.value or 0.0
            if x:
                self._items.append(pg.BarGraphItem(
                    x=x, y0=y0, height=height, width=BAR_WIDTH,
                    brush=pg.mkBrush(self.series_colour(i)), pen=edge,
                ))  # fmt: skip
        names = [
            f'<span style="color:{self.series_colour(i).name()}">■</span>&nbsp;'
            + html.escape(tr(label) if key is None else label).replace(" ", "&nbsp;")
            for i, (key, label) in enumerate(self._result.series)
        ]  # fmt: skip
        self.legend.setText("&nbsp;&nbsp; ".join(names))
        self.legend.setAccessibleName(", ".join(
            tr(label) if key is None else label for key, label in self._result.series
        ))  # fmt: skip
        return tops

    def _show_plot(self, shown: bool) -> None:
        self._stack.setCurrentWidget(self.plot_page if shown else self.empty_label)
        self._clear_hover()

    def _part_at(self, i: int, y: float) -> Group | None:
        """The part of stacked bar `i` at height `y`."""
        bottom = 0.0
        for part in self._groups[i].parts:
            top = bottom + (part.value or 0.0)
            if bottom <= y <= top:
                return part
            bottom = top
        return None

    def _redraw(self) -> None:
        if not hasattr(self, "_items"):
            return
        for item in self._items:
            self.plot.removeItem(item)
        self._items = []
        if not self._groups or self._result is None or self._result.spec is None:
            return
        palette = self.palette()
        colour = palette.color(QPalette.ColorRole.Highlight)
        heights = [g.value or 0.0 for g in self._groups]
        xs = list(range(len(self._groups)))
        if self._result.spec.chart == ChartKind.LINE:
            line = pg.PlotDataItem(
                xs, heights, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=7,
                symbolBrush=pg.mkBrush(colour),
                symbolPen=pg.mkPen(palette.color(QPalette.ColorRole.Base)),
            )  # fmt: skip
            self._items.append(line)
        elif self.stacked:
            heights = self._draw_stacks(xs)
        else:
            bars = pg.BarGraphItem(
                x=xs, height=heights, width=BAR_WIDTH, brush=pg.mkBrush(colour),
                pen=pg.mkPen(palette.color(QPalette.ColorRole.Base), width=1),
            )  # fmt: skip
            self._items.append(bars)
        for item in self._items:
            self.plot.addItem(item)
        self.legend.setVisible(self.stacked)
        self._set_ticks()
        top = max(heights, default=0.0)
        bottom = min(0.0, min(heights, default=0.0))
        self.plot.setXRange(-0.6, len(xs) - 0.4, padding=0)
        self.plot.setYRange(bottom, (top or 1.0) * 1.1, padding=0)

    def _set_ticks(self) -> None:
        """Each group's label under it, cut to its slot; when the slots of a run of periods
        are too narrow for a label, every few periods' (a long run of weeks)."""
        axis = self.plot.getAxis("bottom")
        count = len(self._groups)
        if not count:
            axis.setTicks([[]])
            return
        metrics = QFontMetrics(axis.style.get("tickFont") or self.font())
        width = self.plot.getViewBox().width() or max(1.0, self.width() - 80.0)
        slot = width / count
        labels = [self.label_of(g) for g in self._groups]
        widest = max(metrics.horizontalAdvance(label) for label in labels) + GAP
        # Periods in a row read with every few named; every category is named, cut to fit.
        periods = isinstance(self._groups[0].key, dt.date)
        fits = slot >= min(widest, MIN_SLOT)
        step = 1 if fits or not periods else math.ceil(min(widest, 4 * MIN_SLOT) / slot)
        room = int(step * slot - GAP)
        ticks = [(i, _fitted(labels[i], metrics, room)) for i in range(0, count, step)]
        axis.setTicks([ticks])

    def _index_at(self, x: float) -> int | None:
        i = round(x)
        if 0 <= i < len(self._groups) and abs(x - i) <= BAR_WIDTH / 2 + 0.05:
            return i
        return None

    def group_text(self, i: int) -> str:
        """What hovering group `i` shows: its name, value and how many records."""
        group = self._groups[i]
        records = (
            self.tr("1 record") if group.count == 1
            else self.tr("%Ln records", "", group.count)
        )  # fmt: skip
        return f"{self.label_of(group)}: {self.value_text(group.value)} · {records}"

    def _donut_hovered(self, text: str) -> None:
        self.hover_text = text

    def part_text(self, part: Group) -> str:
        """What hovering a part of a stacked bar shows."""
        records = (
            self.tr("1 record") if part.count == 1
            else self.tr("%Ln records", "", part.count)
        )  # fmt: skip
        return f"{self.label_of(part)}: {self.value_text(part.value)} · {records}"

    def _text_at(self, x: float, y: float) -> tuple[str, QPointF] | None:
        i = self._index_at(x)
        if i is None:
            return None
        if self.stacked:
            part = self._part_at(i, y)
            return None if part is None else (self.part_text(part), QPointF(i, y))
        return self.group_text(i), QPointF(i, self._groups[i].value or 0.0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and not self.is_empty
        ):
            scene = self.plot_widget.mapToScene(event.position().toPoint())
            view_box = self.plot.getViewBox()
            if view_box.sceneBoundingRect().contains(scene):
                point = view_box.mapSceneToView(scene)
                i = self._index_at(point.x())
                part = self._part_at(i, point.y()) if i is not None and self.stacked else None
                if part is not None:
                    self.groupClicked.emit(part)
                elif i is not None and not self.stacked:
                    self.groupClicked.emit(self._groups[i])
        return super().eventFilter(watched, event)


class _Donut(QWidget):
    """A ring of the groups' shares with a legend beside it; hover names a slice, a click
    gives it."""

    clicked = Signal(int)  # the group's index
    hovered = Signal(str)  # what hovering shows ("" when the cursor is on no slice)

    def __init__(self, chart: ReportChart) -> None:
        super().__init__(chart)
        self._chart = chart
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Donut chart"))

    def colour(self, i: int) -> QColor:
        return series_colour(i, self._chart.groups[i].key)

    def _shares(self) -> list[float]:
        values = [max(0.0, g.value or 0.0) for g in self._chart.groups]
        total = sum(values)
        return [v / total for v in values] if total else [0.0 for _v in values]

    def _ring(self) -> tuple[QRectF, float]:
        """The ring's square and thickness: as big as the height allows, leaving the
        legend its width."""
        metrics = QFontMetrics(self.font())
        legend = max(
            (metrics.horizontalAdvance(self._legend_text(g)) for g in self._chart.groups),
            default=0,
        ) + 18 + 24 + 8  # fmt: skip
        side = max(60.0, min(self.height() - 16, self.width() - 12 - legend, self.width() * 0.6))
        rect = QRectF(12, (self.height() - side) / 2, side, side)
        return rect, max(10.0, side * 0.22)

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        rect, thickness = self._ring()
        inner = rect.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        start = 90.0
        for i, share in enumerate(self._shares()):
            span = -360.0 * share
            pen = QPen(self.colour(i), thickness)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(inner, int(start * 16), int(span * 16))
            start += span
        text = self.palette().color(QPalette.ColorRole.Text)
        result = self._chart.result
        if result is not None:  # the whole in the ring's middle, smaller if it must be
            painter.setPen(text)
            whole = self._chart.value_text(result.total)
            hole = rect.width() - 2 * thickness - 6
            font = painter.font()
            while QFontMetrics(font).horizontalAdvance(whole) > hole and font.pointSizeF() > 6:
                font.setPointSizeF(font.pointSizeF() - 0.5)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, whole)
            painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        x = rect.right() + 24
        line = metrics.height() + 6
        y = max(8.0, (self.height() - line * len(self._chart.groups)) / 2)
        room = int(self.width() - x - 8)
        for i, group in enumerate(self._chart.groups):
            painter.fillRect(QRectF(x, y + 3, 10, 10), self.colour(i))
            painter.setPen(text)
            label = self._legend_text(group)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0, room - 18))
            painter.drawText(QPointF(x + 18, y + metrics.ascent() + 1), elided)
            y += line

    def _legend_text(self, group: Group) -> str:
        return f"{self._chart.label_of(group)}  {self._chart.value_text(group.value)}"

    def index_at(self, point: QPointF) -> int | None:
        """The slice under a point of the widget."""
        rect, thickness = self._ring()
        centre = rect.center()
        dx, dy = point.x() - centre.x(), centre.y() - point.y()
        radius = math.hypot(dx, dy)
        if not rect.width() / 2 - thickness <= radius <= rect.width() / 2:
            return None
        angle = (90.0 - math.degrees(math.atan2(dy, dx))) % 360.0  # clockwise from the top
        start = 0.0
        for i, share in enumerate(self._shares()):
            start += 360.0 * share
            if angle < start:
                return i
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self.index_at(event.position())
        self.hovered.emit("" if i is None else self._chart.group_text(i))
        self.setToolTip("" if i is None else self._chart.group_text(i))

    def leaveEvent(self, event: Any) -> None:
        self.hovered.emit("")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.index_at(event.position())
            if i is not None:
                self.clicked.emit(i)


def _fitted(label: str, metrics: QFontMetrics, room: int) -> str:
    """A label in `room` pixels: whole, else its first word (a person's first name), else
    cut with "…", else (no room for two letters) its initials."""
    if metrics.horizontalAdvance(label) <= room:
        return label
    words = label.split()
    first = words[0] if words else label
    if first != label and metrics.horizontalAdvance(first) <= room:
        return first
    cut = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
    if len(cut.rstrip("…")) >= 2:
        return cut
    initials = "".join(w[0] for w in words[:3]).upper()  # too narrow: "Aiko Tanaka" is AT
    if len(words) > 1 and metrics.horizontalAdvance(initials) <= room:
        return initials
    return cut
