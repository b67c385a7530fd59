"""The report builder as a CSM uses it (issue 15 item 1): "+ Add report" → "New report…" on
the Summary and on a dashboard; choices that fit the object, the chart drawn as they are
made, a report that cannot be computed saying why with "Add report" off, a missing name
refused at its field, and the report kept where the builder was opened."""

from __future__ import annotations

import shutil
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.domain.reports import ChartKind, Measure
from app.store.engine import open_database
from app.views.common.report_builder import ReportBuilder
from tests.views.conftest import demo_file, shown_window


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return demo_file(tmp_path_factory, "report_builder", 40, 8)


@pytest.fixture
def demo(demo_path, tmp_path):
    shutil.copy(demo_path, tmp_path / "demo.db")
    db = open_database(tmp_path / "demo.db")
    yield db
    db.dispose()


def _window(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    return shown_window(qtbot, db, settings, (1280, 900))


def _choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def _builder_from(menu) -> ReportBuilder:
    menu.aboutToShow.emit()  # "+ Add report" opened
    (new,) = [a for a in menu.actions() if a.text() == "New report…"]
    new.trigger()
    (builder,) = [w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ReportBuilder) and w.isVisible()]  # fmt: skip
    return builder


def test_a_stacked_bar_of_deals_is_built_previewed_and_pinned(qtbot, demo, tmp_path):
    window = _window(qtbot, demo, tmp_path)
    summary: Any = window.tab_content("summary")
    qtbot.waitUntil(summary.isVisible)
    section = summary.reports
    first = next(iter(section.cards))
    qtbot.mouseClick(section.cards[first].remove, Qt.MouseButton.LeftButton)  # room for one
    builder = _builder_from(section.menu)
    assert builder.windowTitle() == "New report"
    _choose(builder.object, "Deals")
    assert builder.group.currentText() == "Stage"  # a pipeline object groups by stage first
    assert not builder.stack.isVisible()
    _choose(builder.chart_kind, "Stacked bar")
    assert builder.stack.isVisible() and builder.stack.findText("Stage") < 0  # not twice
    qtbot.waitUntil(lambda: bool(builder.chart.groups) and builder.chart.stacked)
    assert all(g.parts for g in builder.chart.groups)
    assert builder.name.text().startswith("Deals by Stage and ")
    _choose(builder.measure, "Sum")
    assert builder.measure_of.isVisible() and builder.measure_of.currentText() == "Amount"
    assert builder.name.text().startswith("Sum of Amount by Stage")
    spec = builder.spec()
    assert spec.chart == ChartKind.STACKED_BAR and spec.measure == Measure.SUM
    qtbot.waitUntil(lambda: builder.model is not None and builder.model.spec == spec
                    and not builder.model.computing)  # fmt: skip
    assert builder.save_button.isEnabled()
    builder.name.clear()  # a name is required: said at the field, the dialog stays
    qtbot.mouseClick(builder.save_button, Qt.MouseButton.LeftButton)
    assert builder.isVisible() and builder.errors["name"].text() == "Give the report a name."
    qtbot.keyClicks(builder.name, "Pipeline value by owner")
    qtbot.mouseClick(builder.save_button, Qt.MouseButton.LeftButton)
    assert not builder.isVisible()
    names = [card.name for card in section.cards.values()]
    assert names[-1] == "Pipeline value by owner" and len(names) == 5
    window.close()


def test_what_cannot_be_computed_says_why_and_cannot_be_added(qtbot, demo, tmp_path):
    from app.domain.dashboards import DashboardAccess
    from app.models.dashboards import Dashboards

    window = _window(qtbot, demo, tmp_path)
    board = Dashboards(demo, window.viewer).create("Team", DashboardAccess.EVERYONE, [], True)
    boards: Any = window.tab_content("dashboards")
    window.tabs.setCurrentIndex(window.tab_keys().index("dashboards"))
    qtbot.waitUntil(boards.isVisible)
    boards.reload(board)
    assert boards.current is not None and boards.current.id == board
    builder = _builder_from(boards.report_menu)
    _choose(builder.object, "Tasks")
    _choose(builder.group, "Assigned to")
    qtbot.waitUntil(lambda: bool(builder.chart.groups))
    _choose(builder.measure, "Average")  # tasks have no number to average
    qtbot.waitUntil(lambda: builder.problem.isVisible())
    assert "number or currency" in builder.problem.text()
    assert not builder.save_button.isEnabled()
    _choose(builder.measure, "Count")
    qtbot.waitUntil(lambda: builder.save_button.isEnabled())
    # A filter narrows the preview: only high-priority tasks.
    assert builder.filter_bar is not None
    before = sum(g.count for g in builder.chart.groups)
    builder.filter_bar.set_groups(
        [[{"property": "priority", "op": "is_any_of", "value": ["high"]}]]
    )
    builder.filter_bar.changed.emit()
    qtbot.waitUntil(lambda: sum(g.count for g in builder.chart.groups) < before)
    tiles = len(boards.grid.cards)
    qtbot.mouseClick(builder.save_button, Qt.MouseButton.LeftButton)
    assert not builder.isVisible()
    qtbot.waitUntil(lambda: len(boards.grid.cards) == tiles + 1)
    assert boards.grid.cards[-1].tile.name == "Tasks by Assigned to"
    window.close()
