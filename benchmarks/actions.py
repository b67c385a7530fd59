"""Actions tab figure on the big demo: GUI-thread time to show the viewer's "All open" tasks
(first page, associated records, count, painted) beside the same SQL statements replayed
on a raw sqlite3 connection in the same run."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.customers import RUNS
from benchmarks.qt_floor import TableFloor, settle, standard_copy
from benchmarks.replay import captured, raw_replay
from benchmarks.report import Figure, timed
from benchmarks.tabs import shown_tab


def measure(database: Path) -> list[Figure]:
    """Open the All open view of the demo's signed-in CSM."""
    from app.views.actions.tab import ActionsTab

    with shown_tab(database, ActionsTab) as (app, db, tab):
        tab.show_builtin("due_today")
        settle(app)
        away = standard_copy(tab.model)  # Due today's strings: where the floor comes from
        statements = captured(db.engine, lambda: tab.show_builtin("all_open"))
        settle(app)
        rows = tab.model.total
        bare = TableFloor(app, tab.table)
        ours: list[float] = []
        sql: list[float] = []
        paint: list[float] = []
        with raw_replay(database, statements) as replay:
            for _ in range(RUNS):
                tab.show_builtin("due_today")  # away first, so every run really opens All open
                settle(app)
                started = time.perf_counter()
                tab.show_builtin("all_open")
                settle(app)
                ours.append((time.perf_counter() - started) * 1000)
                sql.extend(timed(replay, 1))
                bare.leave(away)  # from Due today's rows too
                paint.extend(timed(bare.open, 1))
        bare.close()
    figure = Figure.painted(
        "actions_open_view",
        ours,
        sql,
        paint,
        f"'All open' ({rows:,} tasks): page, records, count, painted; SQL: the same"
        " statements on raw sqlite3; Qt paint: a QStandardItemModel of its strings set on a"
        " QTableView showing Due today's",
    )
    return [figure]
