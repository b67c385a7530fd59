"""Health charts drawn with pyqtgraph (issue 13 item 5, HEALTH-4, SUM-6): a score's trend over
time and how customers spread over the scores. They are for looking, not exploring: no mouse
zoom or pan, no context menu; hovering shows the value under the cursor. Colours come from
the widget's palette, so they read in the system's light and dark themes (UX-4); the three
band colours (At risk / Neutral / Healthy) come from `views/palette.py`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from app.views.palette import BAND_ORDER, band_colour, band_label, band_of


def _timestamp(day: dt.date) -> float:
    """The chart's x for a day: its UTC midnight, shown as that day by a UTC date axis."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()


class _CountAxis(pg.AxisItem):
    """A left axis of whole numbers in the widget's locale (1,234; 1 234)."""

    def __init__(self, chart: QWidget) -> None:
        super().__init__("left")
        self._chart = chart

    def tickStrings(self, values, scale, spacing):
        locale = self._chart.locale()
        return [locale.toString(round(v * scale)) if v == int(v) else "" for v in values]

    def fit(self, largest: int) -> None:
        """Wide enough for the label of `largest`, before the first paint has measured it."""
        text = self._chart.locale().toString(int(largest))
        self.setWidth(QFontMetrics(self.font()).horizontalAdvance(text) + 14)


class _MonthAxis(pg.DateAxisItem):
    """A date axis labelled with month names in the widget's locale (January by its year),
    every month or every few months as the width allows."""

    LABEL_WIDTH = 42  # pixels a month's label needs

    def __init__(self, chart: QWidget) -> None:
        super().__init__(orientation="bottom", utcOffset=0)
        self._chart = chart

    def tickValues(self, minVal, maxVal, size):
        first = dt.datetime.fromtimestamp(minVal, dt.UTC).date().replace(day=1)
        last = dt.datetime.fromtimestamp(maxVal, dt.UTC).date()
        months = []
        day = first
        while day <= last:
            if _timestamp(day) >= minVal:
                months.append(day)
            day = (day + dt.timedelta(days=32)).replace(day=1)
        fits = max(1, int(size // self.LABEL_WIDTH))
        step = next((n for n in (1, 2, 3, 6, 12) if len(months) / n <= fits), 12)
        shown = [d for d in months if (d.month - 1) % step == 0]
        return [(step * 31 * 86400.0, [_timestamp(d) for d in shown])]

    def tickStrings(self, values, scale, spacing):
        locale = self._chart.locale()
        labels = []
        for value in values:
            day = dt.datetime.fromtimestamp(value, dt.UTC).date()
            if day.month == 1:
                labels.append(str(day.year))
            else:
                labels.append(locale.toString(QDate(day.year, day.month, 1), "MMM"))
        return labels


class _Chart(QWidget):
    """A plot with an empty-state text in its place when there is nothing to draw."""

    marks_points = False  # hovering marks the point with a dot

    def __init__(self, empty_text: str, parent: QWidget | None = None, **axes) -> None:
        super().__init__(parent)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.PlotWidget(axisItems=axes or None)
        self.plot_widget.setAntialiasing(True)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().setDefaultPadding(0.02)
        self.empty_label = QLabel(empty_text, objectName="Muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._stack.addWidget(self.plot_widget)
        self._stack.addWidget(self.empty_label)
        self.hover_item = pg.TextItem(anchor=(0, 1))
        self.hover_item.setZValue(100)
        self.hover_item.hide()
        self.plot.addItem(self.hover_item, ignoreBounds=True)
        self.hover_dot = pg.ScatterPlotItem(size=9)  # the point hovered (TrendChart)
        self.hover_dot.setZValue(99)
        self.hover_dot.hide()
        self.plot.addItem(self.hover_dot, ignoreBounds=True)
        # Every move over the plot, read from the viewport itself: the scene's sigMouseMoved
        # drops moves closer together than its rate limit, so a quick move could leave a
        # stale value shown.
        self.plot_widget.viewport().installEventFilter(self)
        self.hover_text = ""  # what hovering shows now ("" when the cursor is on nothing)
        self._apply_palette()

    @property
    def is_empty(self) -> bool:
        """True when the empty-state text shows instead of the plot."""
        return self._stack.currentWidget() is self.empty_label

    def _show_plot(self, shown: bool) -> None:
        self._stack.setCurrentWidget(self.plot_widget if shown else self.empty_label)
        self._clear_hover()

    def changeEvent(self, event: QEvent) -> None:
        """Follow the system's switch between light and dark."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_palette()
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        self.plot_widget.setBackground(palette.color(QPalette.ColorRole.Base))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(grid))
            axis.setTextPen(pg.mkPen(muted))
        fill = QColor(palette.color(QPalette.ColorRole.ToolTipBase))
        fill.setAlpha(235)
        self.hover_item.fill = pg.mkBrush(fill)
        self.hover_item.border = pg.mkPen(grid)
        self.hover_item.setColor(palette.color(QPalette.ColorRole.ToolTipText))
        self.hover_dot.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Base), width=1.5))
        self.hover_dot.setBrush(pg.mkBrush(palette.color(QPalette.ColorRole.Text)))
        self._redraw()

    def _redraw(self) -> None:
        """Draw again with the current palette (subclasses)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._mouse_moved(self.plot_widget.mapToScene(event.position().toPoint()))
        elif event.type() == QEvent.Type.Leave:
            self._clear_hover()
        return super().eventFilter(watched, event)

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        view_box = self.plot.getViewBox()
        if self.is_empty or not view_box.sceneBoundingRect().contains(scene_pos):
            self._clear_hover()
            return
        point = view_box.mapSceneToView(scene_pos)
        found = self._text_at(point.x(), point.y())
        if found is None:
            self._clear_hover()
            return
        text, anchor = found
        self.hover_text = text
        self.hover_item.setText(text)
        self.hover_item.setPos(anchor)
        # Keep the label inside the plot: flip it to the left of points in the right half.
        x_range = view_box.viewRange()[0]
        right_half = anchor.x() > (x_range[0] + x_range[1]) / 2
        # ...and below points near the top.
        y_range = view_box.viewRange()[1]
        near_top = anchor.y() > y_range[0] + 0.8 * (y_range[1] - y_range[0])
        self.hover_item.setAnchor((1 if right_half else 0, 0 if near_top else 1))
        self.hover_item.show()
        if self.marks_points:
            self.hover_dot.setData([anchor.x()], [anchor.y()])
            self.hover_dot.show()

    def _clear_hover(self) -> None:
        self.hover_text = ""
        self.hover_item.hide()
        self.hover_dot.hide()

    def _text_at(self, x: float, y: float) -> tuple[str, QPointF] | None:
        """What hovering at view point (x, y) shows, and where (subclasses)."""
        raise NotImplementedError


class TrendChart(_Chart):
    """A health score over time: a line over the months, y from 0 to 100, with the profile's
    bands shaded behind it."""

    marks_points = True

    def __init__(self, parent: QWidget | None = None) -> None:
        self._points: list[tuple[dt.date, float]] = []
        self._thresholds = (39, 69)
        self._steps = False
        self._bands: list[pg.LinearRegionItem] = []
        self._line: pg.PlotDataItem | None = None
        self._last_dot: pg.PlotDataItem | None = None
        super().__init__(self.tr("No score history yet"), parent, bottom=_MonthAxis(self))
        # No grid: the shaded bands are the reference (and a grid would clip the 0 and 100
        # labels at the plot's edges).
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 25, 50, 75, 100)]])
        self._show_plot(False)

    def set_points(
        self,
        points: Sequence[tuple[dt.date, float]],
        at_risk_max: int = 39,
        neutral_max: int = 69,
        *,
        steps: bool = False,
    ) -> None:
        """Draw `points` (by date) with the bands of these thresholds; none shows the empty
        text. `steps`: each value holds until the next point (a score kept until it changed)
        rather than a straight line between them."""
        self._points = sorted(points)
        self._thresholds = (at_risk_max, neutral_max)
        self._steps = steps
        self._redraw()
        self._show_plot(bool(self._points))

    def _redraw(self) -> None:
        if not hasattr(self, "_points"):
            return
        for item in [*self._bands, self._line, self._last_dot]:
            if item is not None:
                self.plot.removeItem(item)
        self._bands, self._line, self._last_dot = [], None, None
        if not self._points:
            return
        at_risk_max, neutral_max = self._thresholds
        edges = [(0, at_risk_max + 0.5), (at_risk_max + 0.5, neutral_max + 0.5)]
        edges.append((neutral_max + 0.5, 100))
        for status, (low, high) in zip(BAND_ORDER, edges, strict=True):
            colour = band_colour(status)
            colour.setAlpha(28)
            band = pg.LinearRegionItem(
                values=(low, high),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(QColor(0, 0, 0, 0)),
            )
            band.setZValue(-10)
            self.plot.addItem(band, ignoreBounds=True)
            self._bands.append(band)
        xs = [_timestamp(day) for day, _ in self._points]
        ys = [score for _, score in self._points]
        line_colour = self.palette().color(QPalette.ColorRole.Text)
        last = band_colour(band_of(ys[-1], at_risk_max, neutral_max))
        line_xs, line_ys = list(xs), list(ys)
        if self._steps:  # hold each value until the next point's day
            line_xs = [xs[0]] + [x for x in xs[1:] for _ in (0, 1)]
            line_ys = [y for y in ys[:-1] for _ in (0, 1)] + [ys[-1]]
        self._line = self.plot.plot(line_xs, line_ys, pen=pg.mkPen(line_colour, width=2))
        # Today's score as a dot in its band's colour.
        self._last_dot = self.plot.plot(
            xs[-1:],
            ys[-1:],
            pen=None,
            symbol="o",
            symbolSize=8,
            symbolPen=pg.mkPen(self.palette().color(QPalette.ColorRole.Base), width=1.5),
            symbolBrush=pg.mkBrush(last),
        )
        low, high = xs[0], xs[-1]
        if high - low < 14 * 86400:  # a single point or two close ones: show a month around
            low, high = low - 15 * 86400, high + 15 * 86400
        self.plot.setXRange(low, high, padding=0.03)
        self.plot.setYRange(0, 100, padding=0.04)

    def _text_at(self, x: float, y: float) -> tuple[str, QPointF] | None:
        if not self._points:
            return None
        xs = [_timestamp(day) for day, _ in self._points]
        nearest = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
        day, score = self._points[nearest]
        date = self.locale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
        status = band_label(band_of(score, *self._thresholds))
        number = self.locale().toString(round(score))
        text = self.tr("{date}: {score} ({status})").format(date=date, score=number, status=status)
        return text, QPointF(xs[nearest], score)


def histogram_bins(at_risk_max: int, neutral_max: int) -> list[tuple[int, int]]:
    """The display bins over scores 0..100: ten points each, split at the thresholds so that
    every bin lies in one band (0–9 … 90–100 with the default 39 / 69)."""
    starts = sorted({*range(0, 100, 10), at_risk_max + 1, neutral_max + 1} - {101})
    starts = [s for s in starts if 0 <= s <= 100]
    ends = [s - 1 for s in starts[1:]] + [100]
    return list(zip(starts, ends, strict=True))


class HistogramChart(_Chart):
    """How many customers have each score, in bins coloured by band."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._bins: list[tuple[int, int, int]] = []  # (low, high, customers)
        self._thresholds = (39, 69)
        self._bars: pg.BarGraphItem | None = None
        self._count_axis = _CountAxis(self)
        super().__init__(self.tr("No customers scored yet"), parent, left=self._count_axis)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, 101, 10)]])
        self._show_plot(False)

    @property
    def bins(self) -> list[tuple[int, int, int]]:
        """What the bars show: (lowest score, highest score, customers) per bar."""
        return list(self._bins)

    def set_counts(self, histogram: Sequence[int], at_risk_max: int, neutral_max: int) -> None:
        """Draw `histogram` (customers per score 0..100); all zero shows the empty text."""
        if len(histogram) != 101:
            raise ValueError("a health histogram has 101 counts, one per score 0..100")
        self._thresholds = (at_risk_max, neutral_max)
        self._bins = [
            (low, high, sum(histogram[low : high + 1]))
            for low, high in histogram_bins(at_risk_max, neutral_max)
        ]
        self._redraw()
        self._show_plot(any(histogram))

    def _redraw(self) -> None:
        if not hasattr(self, "_bins"):
            return
        if self._bars is not None:
            self.plot.removeItem(self._bars)
            self._bars = None
        if not any(count for *_, count in self._bins):
            return
        edge = self.palette().color(QPalette.ColorRole.Base)
        self._bars = pg.BarGraphItem(
            x0=[low for low, _, _ in self._bins],
            width=[high + 1 - low for low, high, _ in self._bins],
            height=[count for *_, count in self._bins],
            brushes=[
                pg.mkBrush(band_colour(band_of(low, *self._thresholds))) for low, _, _ in self._bins
            ],
            pen=pg.mkPen(edge, width=1),
        )
        self.plot.addItem(self._bars)
        top = max(count for *_, count in self._bins)
        self._count_axis.fit(top)
        self.plot.setXRange(0, 101, padding=0.02)
        self.plot.setYRange(0, top * 1.08, padding=0)

    def _text_at(self, x: float, y: float) -> tuple[str, QPointF] | None:
        for low, high, count in self._bins:
            if low <= x < high + 1:
                number = self.locale().toString(count)
                text = (
                    self.tr("Score {low}–{high}: 1 customer")
                    if count == 1
                    else self.tr("Score {low}–{high}: {n} customers")
                ).format(low=low, high=high, n=number)
                return text, QPointF(low + (high + 1 - low) / 2, count)
        return None
