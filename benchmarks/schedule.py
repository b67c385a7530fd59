"""Schedule tab figures: the month view opened (the month's meetings and tasks read off the
GUI thread, laid out, painted) for the signed-in CSM of a demo sized so that month holds
about 500 items, beside the same SQL statements replayed on a raw sqlite3 connection in
the same run; and the busiest CSM's month on the 100,000-company demo (about 20,000
items), with the longest time the GUI thread did not turn meanwhile (issue 16 item 6)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.customers import RUNS
from benchmarks.qt_floor import MonthFloor, settle
from benchmarks.replay import captured, raw_replay
from benchmarks.report import Figure, timed
from benchmarks.tabs import shown_tab

# The demo's CSMs share the companies, so a CSM's month grows with the demo: 7,000
# companies give the signed-in CSM about 500 meetings and tasks this month.
COMPANIES = 7_000


def _read(app: Any, tab: Any) -> None:
    """Until the span's items, read off the GUI thread, are shown and painted."""
    while tab.reading:
        app.processEvents()
        time.sleep(0.0005)
    settle(app)


def measure(database: Path) -> list[Figure]:
    """Open this month on the Schedule tab of the demo's signed-in CSM."""
    from app.models.schedule_layout import Span
    from app.views.schedule.tab import ScheduleTab

    with shown_tab(database, ScheduleTab) as (app, db, tab):
        _read(app, tab)

        def open_month() -> None:
            tab.set_span(Span.MONTH)
            _read(app, tab)  # read, then painted by the loop, as a user's M is

        tab.set_span(Span.WEEK)
        _read(app, tab)
        statements = captured(db.engine, open_month)
        items = tab.model.rowCount()
        bare = MonthFloor(app, tab.month.size(), *month_text(tab.month))
        ours: list[float] = []
        sql: list[float] = []
        paint: list[float] = []
        with raw_replay(database, statements) as replay:
            for _ in range(RUNS):
                tab.set_span(Span.WEEK)  # away first, so every run really opens the month
                _read(app, tab)
                started = time.perf_counter()
                open_month()
                ours.append((time.perf_counter() - started) * 1000)
                sql.extend(timed(replay, 1))
                paint.extend(timed(bare.open, 1))
        bare.close()
    figure = Figure.painted(
        "schedule_month_open",
        ours,
        sql,
        paint,
        f"this month, {items:,} meetings and tasks: read off the GUI thread, laid out, painted;"
        " SQL: the same statements on raw sqlite3; Qt paint: a QTableView month of the same"
        " labels",
    )
    return [figure]


def busiest_month(database: Path) -> Figure:
    """The month of the CSM with the most tasks, opened from the week: until painted with
    its items, and the longest the GUI thread went without turning (a 1 ms timer's gaps)."""
    from PySide6.QtCore import QTimer
    from sqlalchemy import func, select

    from app.domain.viewer import viewer_of
    from app.models.schedule_layout import Span
    from app.store import Task, User
    from app.views.schedule.tab import ScheduleTab

    def busiest(db: Any, _viewer: Any) -> Any:
        with db.session() as session:
            counts = select(Task.assignee_id, func.count()).group_by(Task.assignee_id)
            user_id = session.execute(counts.order_by(func.count().desc())).first()[0]
            return ScheduleTab(db, viewer_of(session.get(User, user_id)))

    with shown_tab(database, busiest) as (app, db, tab):
        _read(app, tab)
        beats: list[float] = []
        heart = QTimer(interval=1)
        heart.timeout.connect(lambda: beats.append(time.perf_counter()))
        ours: list[float] = []
        pauses: list[float] = []
        statements: list[Any] = []
        for run in range(RUNS):
            tab.set_span(Span.WEEK)
            _read(app, tab)
            beats.clear()
            heart.start()
            started = time.perf_counter()

            def open_month() -> None:
                tab.set_span(Span.MONTH)
                _read(app, tab)

            if run == 0:
                statements = captured(db.engine, open_month)
            else:
                open_month()
            ours.append((time.perf_counter() - started) * 1000)
            heart.stop()
            gaps = [b - a for a, b in zip([started, *beats], beats, strict=False)]
            pauses.append(max(gaps, default=0) * 1000)
        items = tab.model.rowCount()
        bare = MonthFloor(app, tab.month.size(), *month_text(tab.month))
        with raw_replay(database, statements) as replay:
            sql = timed(replay, RUNS)
        paint = timed(bare.open, RUNS)
        bare.close()
    pauses.sort()
    return Figure.painted(
        "schedule_busiest_month_100k", ours, sql, paint,
        f"the busiest CSM's month, {items:,} meetings and tasks, read off the GUI thread and"
        f" painted; the GUI thread's longest pause meanwhile {pauses[len(pauses) // 2]:.0f} ms"
        " (median of runs); SQL: the same statements on raw sqlite3; Qt paint: a QTableView"
        " month of the same labels",
    )  # fmt: skip


def month_text(month: Any) -> tuple[list[str], list[list[str]]]:
    """The weekdays' names and, per day cell, the lines our month paints in it (its
    number, the labels that fit, "+N more"), computed as MonthView.paintEvent does."""
    from app.models.schedule_layout import by_day
    from app.views.schedule.painted import CHIP_HEIGHT

    model = month.model
    per_week = 5 if model.hide_weekends else 7
    weeks = max(1, len(model.days) // per_week)
    height = (month.height() - 24) / weeks
    room = max(0, int((height - 26) // (CHIP_HEIGHT + 2)))
    cells = by_day(model.events, model.days, model.zone)
    text = []
    for day in model.days:
        items = cells.get(day, [])
        shown = items if len(items) <= room else items[: max(0, room - 1)]
        lines = [str(day.day)]
        for row in shown:
            event = model.events[row]
            time_text = "" if event.all_day else f"{model.time_text(event.start)} "
            lines.append(time_text + event.title)
        if len(items) > len(shown):
            lines.append(month.tr("+{n} more").format(n=len(items) - len(shown)))
        text.append(lines)
    return [model.date_text(d, "ddd") for d in model.days[:per_week]], text
