"""Schedule tab figure: GUI-thread time to open the month view (read the month's meetings
and tasks, lay them out, paint) for the signed-in CSM of
a demo sized so that month holds about 500 items, beside the same SQL statements replayed
on a raw sqlite3 connection in the same run."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.customers import RUNS, _timed
from benchmarks.replay import captured, raw_replay
from benchmarks.report import Figure
from benchmarks.tabs import shown_tab

# The demo's CSMs share the companies, so a CSM's month grows with the demo: 7,000
# companies give the signed-in CSM about 500 meetings and tasks this month.
COMPANIES = 7_000


def measure(database: Path) -> list[Figure]:
    """Open this month on the Schedule tab of the demo's signed-in CSM."""
    from app.models.schedule_layout import Span
    from app.views.schedule.tab import ScheduleTab

    with shown_tab(database, ScheduleTab) as (app, db, tab):

        def open_month() -> None:
            tab.set_span(Span.MONTH)
            tab.month.repaint()  # painted now, not at the next turn of the loop

        statements = captured(db.engine, open_month)
        items = tab.model.rowCount()
        ours = []
        for _ in range(RUNS):
            tab.set_span(Span.WEEK)  # away first, so every run really opens the month
            app.processEvents()
            started = time.perf_counter()
            open_month()
            ours.append((time.perf_counter() - started) * 1000)
    with raw_replay(database, statements) as floor:
        figure = Figure.of(
            "schedule_month_open",
            ours,
            _timed(floor),
            f"this month, {items:,} meetings and tasks: read, laid out, painted; "
            "floor: the same SQL on raw sqlite3",
        )
    return [figure]
