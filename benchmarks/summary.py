"""The Summary on the big demo (issue 15 item 5, SUM-1..7).

summary_open_100k: the signed-in CSM's Summary tab built and shown with everything in it —
the day's lists, today's schedule, the default views' cards with their counts, the health
card and the five reports the demo pins — until the last off-thread read is drawn,
beside its floor: the same SQL statements replayed on raw sqlite3, plus Qt's own painting
of the page's strings (a bare widget of the same labels, as big).

report_render_100k: "ARR by CSM" over the 100,000 companies, computed off the GUI thread
and drawn by its chart, beside the same SQL on raw sqlite3 plus Qt's own painting of the
same bars (QPainter rectangles and labels on a bare widget of the same size).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.qt_floor import settle
from benchmarks.replay import captured, raw_replay
from benchmarks.report import Figure, timed

RUNS = 9


def _busy(tab: Any) -> bool:
    charts = [model.computing for model in tab.reports.models.values()]
    return tab.reading or any(charts)  # `reading`: the first reads not even started yet too


def _wait(app: Any, busy: Any) -> None:
    while busy():
        app.processEvents()
        time.sleep(0.0005)
    settle(app)


class LabelsFloor:
    """Qt building and painting the same strings: a bare widget of as many labels in a
    grid, made anew each time (any window must make its widgets, then paint them)."""

    def __init__(self, app: Any, texts: list[str], size: Any) -> None:
        self.app, self.texts, self.size = app, texts, size
        self.page: Any = None

    def open(self) -> None:
        from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

        if self.page is not None:
            self.page.close()
            self.page.deleteLater()
        page = QWidget()
        grid = QGridLayout(page)
        for i, text in enumerate(self.texts):
            grid.addWidget(QLabel(text), i // 3, i % 3)
        page.resize(self.size)
        page.show()
        settle(self.app)
        self.page = page

    def close(self) -> None:
        if self.page is not None:
            self.page.close()
            self.page.deleteLater()
        self.app.processEvents()


class BarsFloor:
    """Qt's QPainter drawing the report's bars and labels on a bare widget."""

    def __init__(self, app: Any, groups: list[tuple[str, float]], size: Any) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor, QPainter
        from PySide6.QtWidgets import QWidget

        top = max((v for _, v in groups), default=1) or 1

        class Bars(QWidget):
            def paintEvent(self, _event: Any) -> None:
                painter = QPainter(self)
                w, h = self.width(), self.height() - 20
                step = w / max(len(groups), 1)
                for i, (label, value) in enumerate(groups):
                    bar = h * value / top
                    painter.fillRect(
                        QRectF(i * step + 4, h - bar, step - 8, bar), QColor("#2f7fc1")
                    )
                    painter.drawText(QRectF(i * step, h, step, 20), Qt.AlignmentFlag.AlignCenter,
                                     label)  # fmt: skip
                painter.end()

        self.app = app
        self.widget = Bars()
        self.widget.resize(size)
        self.widget.show()
        settle(app)

    def open(self) -> None:
        self.widget.update()
        settle(self.app)

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()
        self.app.processEvents()


def _viewer(database: Path) -> Any:
    from app.domain.viewer import viewer_of
    from app.domain.workspace import signed_in
    from app.store.engine import open_database

    db = open_database(database)
    with db.session() as session:
        user = signed_in(session)
        assert user is not None
        viewer = viewer_of(user)
    return db, viewer


def summary_open(database: Path) -> list[Figure]:
    """Two figures: the page painted with the day's lists (what is read on the GUI
    thread), its off-thread cards still coming; and every card and report drawn."""
    from PySide6.QtWidgets import QApplication, QLabel

    from app.views.summary.alerts import AlertRow
    from app.views.summary.elided import ListLine
    from app.views.summary.tab import SummaryTab

    app = QApplication.instance() or QApplication([])
    db, viewer = _viewer(database)
    first: list[float] = []
    complete: list[float] = []
    try:
        tab = SummaryTab(db, viewer)
        tab.resize(1280, 800)
        tab.show()
        _wait(app, lambda: _busy(tab))
        reports = len(tab.reports.models)
        cards = len(tab.view_cards.widgets)
        texts = [w.text() for w in tab.findChildren(QLabel) if w.isVisible() and w.text()]
        drawn: list[Any] = [*tab.findChildren(ListLine), *tab.findChildren(AlertRow)]
        texts += [  # the lists' lines and the alerts are painted, up to four strings each
            t for w in drawn if w.isVisible() for t in w.texts()
        ]  # fmt: skip
        size = tab.size()
        tab.close()
        tab.deleteLater()
        app.processEvents()

        def painted() -> Any:
            """The tab built, shown and painted (the loop run until what it posted is done,
            as every figure ends): its off-thread reads still under way."""
            fresh = SummaryTab(db, viewer)
            fresh.resize(size)
            fresh.show()
            settle(app)
            return fresh

        def done(fresh: Any) -> None:
            _wait(app, lambda: _busy(fresh))
            fresh.close()
            fresh.deleteLater()
            app.processEvents()

        gui_statements: list[tuple[str, Any]] = []
        shown: list[Any] = []

        def first_open() -> None:
            gui_statements.extend(
                captured(db.engine, lambda: shown.append(painted()), this_thread_only=True)
            )
            done(shown.pop())

        statements = captured(db.engine, first_open)
        for _ in range(RUNS):
            started = time.perf_counter()
            fresh = painted()
            first.append((time.perf_counter() - started) * 1000)
            done(fresh)
            complete.append((time.perf_counter() - started) * 1000)
    finally:
        db.dispose()
    with raw_replay(database, gui_statements) as replay:
        gui_sql = timed(replay, RUNS)
    with raw_replay(database, statements) as replay:
        sql = timed(replay, RUNS)
    bare = LabelsFloor(app, texts, size)
    paint = timed(bare.open, RUNS)
    bare.close()
    what = f"{cards} view cards, the health card and {reports} reports"
    return [
        Figure.painted(
            "summary_open_100k", first, gui_sql, paint,
            f"the Summary built and painted with the day's lists and schedule, {what} read off"
            " the GUI thread meanwhile; SQL: the GUI thread's statements on raw sqlite3; Qt"
            f" paint: the page's {len(texts)} strings made as labels of a bare widget and"
            " painted; goal under"
            " 100 ms and within 3x",
        ),
        Figure.painted(
            "summary_complete_100k", complete, sql, paint,
            f"the same until {what} are drawn (two reading threads); SQL: every statement on"
            " raw sqlite3, one after the other; Qt paint: as above; goal within 3x",
        ),
    ]  # fmt: skip


def report_render(database: Path) -> Figure:
    from PySide6.QtWidgets import QApplication

    from app.domain.reports import gallery
    from app.models.reports import ReportModel
    from app.views.common.report_chart import ReportChart

    app = QApplication.instance() or QApplication([])
    db, viewer = _viewer(database)
    with db.session() as session:
        spec = dict(gallery(session))["ARR by CSM"]
    chart = ReportChart()
    chart.resize(520, 260)
    chart.show()
    settle(app)
    model = ReportModel(db, viewer, spec)
    model.resultChanged.connect(lambda result: chart.set_result(result, model.value_text()))
    ours: list[float] = []
    try:

        def computed() -> None:
            model.refresh()
            _wait(app, lambda: model.computing)

        statements = captured(db.engine, computed)
        for _ in range(RUNS):
            started = time.perf_counter()
            model.refresh()
            _wait(app, lambda: model.computing)
            ours.append((time.perf_counter() - started) * 1000)
        assert model.result is not None
        groups = [(chart.label_of(g), float(g.value or 0)) for g in model.result.groups]
    finally:
        chart.close()
        chart.deleteLater()
        db.dispose()
    with raw_replay(database, statements) as replay:
        sql = timed(replay, RUNS)
    bare = BarsFloor(app, groups, chart.size())
    paint = timed(bare.open, RUNS)
    bare.close()
    note = (
        f"ARR by CSM ({len(groups)} bars over the 100,000 companies) computed off the GUI"
        " thread and drawn; SQL: the same statements on raw sqlite3; Qt paint: QPainter bars"
        " and labels on a bare widget; goal under 100 ms and within 3x"
    )
    return Figure.painted("report_render_100k", ours, sql, paint, note)


def measure(database: Path) -> list[Figure]:
    return [*summary_open(database), report_render(database)]


if __name__ == "__main__":
    import os

    from benchmarks.demo_cache import demo_database
    from benchmarks.report import merge_json, print_table
    from benchmarks.tabs import collected_as_in_the_app

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with collected_as_in_the_app():
        figures = measure(demo_database(100_000))
    print_table(figures)
    merge_json(figures)
