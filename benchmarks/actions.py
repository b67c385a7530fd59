"""Actions tab figure on the big demo: GUI-thread time to show the viewer's "All open" tasks
(first page, associated records, count, painted) beside the same SQL statements replayed
on a raw sqlite3 connection in the same run."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.customers import RUNS, _timed
from benchmarks.replay import captured, raw_replay
from benchmarks.report import Figure
from benchmarks.tabs import shown_tab


def measure(database: Path) -> list[Figure]:
    """Open the All open view of the demo's signed-in CSM."""
    from app.views.actions.tab import ActionsTab

    with shown_tab(database, ActionsTab) as (app, db, tab):
        tab.show_builtin("due_today")
        statements = captured(db.engine, lambda: tab.show_builtin("all_open"))
        app.processEvents()
        rows = tab.model.total
        ours = []
        for _ in range(RUNS):
            tab.show_builtin("due_today")  # away first, so every run really opens All open
            app.processEvents()
            started = time.perf_counter()
            tab.show_builtin("all_open")
            app.processEvents()
            ours.append((time.perf_counter() - started) * 1000)
    with raw_replay(database, statements) as floor:
        figure = Figure.of(
            "actions_open_view",
            ours,
            _timed(floor),
            f"'All open' ({rows:,} tasks): page, records, count, painted; "
            "floor: the same SQL on raw sqlite3",
        )
    return [figure]
