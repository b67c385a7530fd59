"""The health charts (issue 13 item 5): data in, what hovering shows, the empty state, and
colours that follow the palette."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QLocale, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.views.common.charts import HistogramChart, TrendChart, histogram_bins
from app.views.palette import BAND_COLOURS, band_of
from tests.views.conftest import shown


def send_mouse(
    chart, kind: QEvent.Type, x: float, y: float, button=Qt.MouseButton.NoButton
) -> None:
    """A mouse event at view point (x, y) of `chart`, as the window system sends it to the
    plot's viewport, directly: QTest's synthesized events reach only the window the
    offscreen platform thinks is under the cursor, which another test's leftover window
    can be."""
    view_box = chart.plot.getViewBox()
    scene_point = view_box.mapViewToScene(QPointF(x, y))
    at = QPointF(chart.plot_widget.mapFromScene(scene_point))
    viewport = chart.plot_widget.viewport()
    event = QMouseEvent(
        kind, at, QPointF(viewport.mapToGlobal(at)), button, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, event)


def hover(qtbot: QtBot, chart, x: float, y: float) -> str:
    """Move the mouse over view point (x, y) of `chart`; what it shows."""
    send_mouse(chart, QEvent.Type.MouseMove, x, y)
    return chart.hover_text


def english(chart):
    chart.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return chart


def stamp(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()


def test_trend_chart_without_points_says_so(qtbot: QtBot) -> None:
    chart = shown(qtbot, TrendChart(), (480, 240))
    chart.set_points([])
    assert chart.is_empty
    assert chart.empty_label.isVisible()
    assert chart.empty_label.text() == "No score history yet"
    assert not chart.plot_widget.isVisible()


def test_trend_chart_hover_shows_the_nearest_point(qtbot: QtBot) -> None:
    chart = shown(qtbot, english(TrendChart()), (600, 260))
    points = [(dt.date(2026, 1, 5), 72.0), (dt.date(2026, 4, 1), 55.0), (dt.date(2026, 11, 12), 31)]
    chart.set_points(points, at_risk_max=39, neutral_max=69)
    assert not chart.is_empty and chart.plot_widget.isVisible()
    assert hover(qtbot, chart, stamp(dt.date(2026, 4, 3)), 50) == "1 Apr 2026: 55 (Neutral)"
    assert chart.hover_item.isVisible()
    assert hover(qtbot, chart, stamp(dt.date(2026, 11, 10)), 80) == "12 Nov 2026: 31 (At risk)"
    assert hover(qtbot, chart, stamp(dt.date(2026, 1, 1)), 10) == "5 Jan 2026: 72 (Healthy)"
    # Back to no history: the text returns and hovering shows nothing.
    chart.set_points([])
    assert chart.is_empty and chart.hover_text == ""


def test_trend_chart_does_not_zoom_or_pan(qtbot: QtBot) -> None:
    chart = shown(qtbot, TrendChart(), (600, 260))
    chart.set_points([(dt.date(2026, 1, 5), 72.0), (dt.date(2026, 4, 1), 55.0)])
    assert chart.plot.getViewBox().state["mouseEnabled"] == [False, False]
    y_range = chart.plot.getViewBox().viewRange()[1]
    assert y_range[0] <= 0 and y_range[1] >= 100
    x_range = chart.plot.getViewBox().viewRange()[0]
    assert x_range[0] <= stamp(dt.date(2026, 1, 5)) and x_range[1] >= stamp(dt.date(2026, 4, 1))


def test_trend_chart_shades_the_profiles_bands(qtbot: QtBot) -> None:
    chart = shown(qtbot, TrendChart(), (600, 260))
    chart.set_points([(dt.date(2026, 1, 5), 50.0)], at_risk_max=29, neutral_max=59)
    regions = [band.getRegion() for band in chart._bands]
    assert regions == [(0, 29.5), (29.5, 59.5), (59.5, 100)]


def test_histogram_bins_follow_the_thresholds() -> None:
    assert histogram_bins(39, 69) == [(n, n + 9) for n in range(0, 90, 10)] + [(90, 100)]
    bins = histogram_bins(44, 69)
    assert (40, 44) in bins and (45, 49) in bins
    for low, _high in bins:
        # every bin lies in one band
        assert band_of(low, 44, 69) == band_of(_high, 44, 69)


def test_histogram_hover_shows_the_bins_customers(qtbot: QtBot) -> None:
    chart = shown(qtbot, english(HistogramChart()), (600, 260))
    histogram = [0] * 101
    histogram[42] = 1000
    histogram[47] = 234
    histogram[80] = 1
    histogram[100] = 5
    chart.set_counts(histogram, 39, 69)
    assert not chart.is_empty
    assert (40, 49, 1234) in chart.bins and (90, 100, 5) in chart.bins
    assert hover(qtbot, chart, 45, 10) == "Score 40–49: 1,234 customers"
    assert hover(qtbot, chart, 84, 10) == "Score 80–89: 1 customer"
    assert hover(qtbot, chart, 12, 10) == "Score 10–19: 0 customers"
    bars = chart._bars.opts
    colours = [brush.color().name() for brush in bars["brushes"]]
    assert colours[4] == BAND_COLOURS["neutral"].name()
    assert colours[0] == BAND_COLOURS["at_risk"].name()
    assert colours[-1] == BAND_COLOURS["healthy"].name()


def test_histogram_of_nobody_says_so(qtbot: QtBot) -> None:
    chart = shown(qtbot, HistogramChart(), (600, 260))
    chart.set_counts([0] * 101, 39, 69)
    assert chart.is_empty and chart.empty_label.isVisible()


def test_charts_take_their_colours_from_the_palette(qtbot: QtBot) -> None:
    chart = shown(qtbot, TrendChart(), (600, 260))
    chart.set_points([(dt.date(2026, 1, 5), 50.0)])
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    chart.setPalette(dark)
    assert chart.plot_widget.backgroundBrush().color().name() == "#1e1f22"
    assert chart._line.opts["pen"].color().name() == "#e6e6e6"
