"""The report chart (issue 15 item 1): bars and a line over a report's groups in order,
hover text with the value and the records, a click that gives the group (its records
open), a number for a report without grouping, the empty state."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt

from app.domain.reports import ChartKind, Group, Measure, Period, ReportResult, ReportSpec
from app.views.common.report_chart import ReportChart
from tests.views.conftest import shown
from tests.views.test_charts import english, hover, send_mouse

OBJ = uuid.uuid4()


def _result(chart: ChartKind, groups: list[Group], **spec) -> ReportResult:
    made = ReportSpec(OBJ, chart=chart, **spec)
    total = sum(g.value or 0 for g in groups)
    return ReportResult(groups, total, sum(g.count for g in groups), spec=made)


TIERS = [
    Group("Enterprise", "Enterprise", 5_000_000.0, 4, {"property": "tier"}),
    Group("SMB", "SMB", 250_000.0, 9, {"property": "tier"}),
    Group(None, "(No value)", 0.0, 2, {"property": "tier", "op": "is_unknown"}),
]


def _money(value: float | None) -> str:
    return "–" if value is None else f"${value / 100:,.0f}"


def _release(chart: ReportChart, x: float, y: float) -> None:
    """A left click released over view point (x, y)."""
    send_mouse(chart, QEvent.Type.MouseButtonRelease, x, y, Qt.MouseButton.LeftButton)


def test_bars_hover_with_value_and_records_and_a_click_gives_the_group(qtbot):
    chart = shown(qtbot, english(ReportChart()), (560, 300))
    chart.set_result(_result(ChartKind.BAR, TIERS, measure=Measure.SUM, measure_key="arr",
                             group_key="tier"), _money)  # fmt: skip
    assert not chart.is_empty and [g.label for g in chart.groups] == [
        "Enterprise",
        "SMB",
        "(No value)",
    ]
    assert hover(qtbot, chart, 1, 100_000) == "SMB: $2,500 · 9 records"
    assert hover(qtbot, chart, 0.5, 100_000) == ""  # between bars: nothing
    with qtbot.waitSignal(chart.groupClicked) as clicked:
        _release(chart, 0, 1_000_000)
    assert clicked.args[0].key == "Enterprise"


def test_a_line_over_months_names_them_in_the_locale(qtbot):
    months = [
        Group(dt.date(2026, 1, 1), "Jan 2026", 3.0, 3, {}),
        Group(dt.date(2026, 2, 1), "Feb 2026", 1.0, 1, {}),
    ]
    chart = shown(qtbot, english(ReportChart()), (560, 300))
    chart.set_result(_result(ChartKind.LINE, months, group_key="renewal_date",
                             period=Period.MONTH))  # fmt: skip
    assert hover(qtbot, chart, 1, 1) == "Feb 2026: 1 · 1 record"
    quarters = [Group(dt.date(2026, 4, 1), "Q2 2026", 2.0, 2, {})]
    chart.set_result(_result(ChartKind.BAR, quarters, group_key="renewal_date",
                             period=Period.QUARTER))  # fmt: skip
    assert chart.label_of(chart.groups[0]) == "Q2 2026"


def test_a_report_without_grouping_is_its_number_and_nothing_is_said_so(qtbot):
    chart = shown(qtbot, ReportChart(), (400, 240))
    chart.set_result(_result(ChartKind.NUMBER, [Group(None, "", 1234.0, 7, None)]),
                     lambda v: f"{v:,.0f}")  # fmt: skip
    assert chart.number_label.isVisible() and chart.number_label.text() == "1,234"
    chart.set_result(_result(ChartKind.BAR, [], group_key="tier"))
    assert chart.is_empty and chart.empty_label.text() == "No records match this report"


def test_labels_fit_their_slots_cut_or_every_few(qtbot):
    chart = shown(qtbot, english(ReportChart()), (420, 260))
    names = [Group(f"u{i}", f"Someone With A Long Name {i}", float(i + 1), 1, {}) for i in range(6)]
    chart.set_result(_result(ChartKind.BAR, names, group_key="csm_owner"))

    def cut() -> bool:  # once the plot is laid out at its width
        (shown_ticks,) = chart.plot.getAxis("bottom")._tickLevels or [[]]
        return len(shown_ticks) == 6 and all(label.endswith("…") for _x, label in shown_ticks)

    qtbot.waitUntil(cut)
    weeks = [Group(dt.date(2026, 1, 5) + dt.timedelta(weeks=i), "", 1.0, 1, {}) for i in range(52)]
    chart.set_result(_result(ChartKind.LINE, weeks, group_key="create_date", period=Period.WEEK))
    (every_few,) = chart.plot.getAxis("bottom")._tickLevels
    assert 3 <= len(every_few) < 52 and every_few[0] == (0, "5 Jan")


def test_a_donut_keeps_health_colours_names_a_slice_and_gives_it_on_click(qtbot):
    import math

    from PySide6.QtTest import QTest

    from app.views.palette import BAND_COLOURS

    groups = [
        Group("at_risk", "At risk", 1.0, 1, {}),
        Group("healthy", "Healthy", 3.0, 3, {}),
    ]
    chart = shown(qtbot, english(ReportChart()), (520, 280))
    chart.set_result(_result(ChartKind.PIE, groups, group_key="health_status"))
    donut = chart.donut
    assert donut.isVisible() and donut.colour(0) == BAND_COLOURS["at_risk"]
    rect, thickness = donut._ring()
    r = rect.width() / 2 - thickness / 2
    at_45 = QPointF(rect.center().x() + r * math.sin(math.radians(45)),
                    rect.center().y() - r * math.cos(math.radians(45)))  # fmt: skip
    assert donut.index_at(at_45) == 0
    moves = [0]

    def hovered() -> bool:
        # moved again (a pixel to and fro) until the hover is seen: on a busy machine a
        # single synthetic move could reach the window before it took mouse tracking
        QTest.mouseMove(donut, at_45.toPoint() + QPoint(moves[0] % 2, 0))
        moves[0] += 1
        return chart.hover_text == "At risk: 1 · 1 record"

    qtbot.waitUntil(hovered)
    with qtbot.waitSignal(chart.groupClicked) as clicked:
        QTest.mouseClick(donut, Qt.MouseButton.LeftButton, pos=at_45.toPoint())
    assert clicked.args[0].key == "at_risk"
    assert donut.index_at(rect.center()) is None  # the hole


def test_a_table_lists_the_groups_and_enter_on_a_row_gives_it(qtbot):
    chart = shown(qtbot, english(ReportChart()), (520, 280))
    chart.set_result(_result(ChartKind.TABLE, TIERS, measure=Measure.SUM, measure_key="arr",
                             group_key="tier"), _money)  # fmt: skip
    table = chart.table
    assert table.isVisible() and table.rowCount() == 3
    assert [table.item(1, c).text() for c in range(3)] == ["SMB", "$2,500", "9"]
    with qtbot.waitSignal(chart.groupClicked) as clicked:
        rect = table.visualItemRect(table.item(2, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.keyClick(table, Qt.Key.Key_Return)  # the row chosen, then opened
    assert clicked.args[0].key is None  # "(No value)": its records are the unknown ones


def _stacked_bars() -> ReportResult:
    """Two tiers cut by health status: Enterprise 3 at risk + 5 healthy, SMB 2 healthy."""
    at_risk = {"property": "health_status", "op": "is_any_of", "value": ["at_risk"]}
    healthy = {"property": "health_status", "op": "is_any_of", "value": ["healthy"]}
    bars = []
    for key, parts in (("Enterprise", ((("at_risk", 3), ("healthy", 5)))),
                       ("SMB", (("healthy", 2),))):  # fmt: skip
        bar = Group(key, key, float(sum(n for _k, n in parts)), sum(n for _k, n in parts),
                    {"property": "tier", "op": "is_any_of", "value": [key]})  # fmt: skip
        cut = tuple(
            Group(k, "At risk" if k == "at_risk" else "Healthy", float(n), n,
                  at_risk if k == "at_risk" else healthy, bar=bar)
            for k, n in parts
        )  # fmt: skip
        bars.append(Group(bar.key, bar.label, bar.value, bar.count, bar.condition, cut))
    made = ReportSpec(OBJ, chart=ChartKind.STACKED_BAR, group_key="tier",
                      stack_key="health_status")  # fmt: skip
    return ReportResult(bars, 10.0, 10, spec=made,
                        series=(("at_risk", "At risk"), ("healthy", "Healthy")))  # fmt: skip


def test_stacked_bars_name_each_part_and_a_click_gives_that_part(qtbot):
    from PySide6.QtGui import QColor

    from app.views.palette import BAND_COLOURS

    chart = shown(qtbot, english(ReportChart()), (560, 300))
    chart.set_result(_stacked_bars())
    # One bar item per series, each in the health band's colour; the legend names them.
    assert chart.stacked and chart.series_colour(0) == QColor(BAND_COLOURS["at_risk"])
    assert chart.legend.isVisible() and chart.legend.accessibleName() == "At risk, Healthy"
    assert hover(qtbot, chart, 0, 1.5) == "Enterprise · At risk: 3 · 3 records"
    assert hover(qtbot, chart, 0, 6) == "Enterprise · Healthy: 5 · 5 records"
    assert hover(qtbot, chart, 1, 1) == "SMB · Healthy: 2 · 2 records"
    assert hover(qtbot, chart, 1, 4) == ""  # above SMB's bar: nothing
    with qtbot.waitSignal(chart.groupClicked) as clicked:
        _release(chart, 0, 7)
    part = clicked.args[0]
    assert part.key == "healthy" and part.bar.key == "Enterprise" and part.count == 5
    assert chart.label_of(part) == "Enterprise · Healthy"
