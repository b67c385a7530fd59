"""Search figures on the big demo (issue 11 item 7): one more character typed into the
Customers search of "Owned by me" until the page is repainted (the debounce excluded:
the timer's work is started directly), and the Create task panel's record finder for a
text that matches nothing. Both read off the GUI thread; a figure runs the event loop
until the result is shown. Floors: the same SQL statements replayed on raw sqlite3 (plus,
for the table, Qt's own painting of the same strings)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.customers import RUNS, interleaved
from benchmarks.qt_floor import TableFloor, settle
from benchmarks.replay import captured, raw_replay
from benchmarks.report import Figure
from benchmarks.tabs import shown_tab

NO_MATCH = "zqxwv corp"


def _wait(app: Any, busy: Any) -> None:
    """Run the event loop until `busy()` is false (the off-thread read is shown), waiting
    for events as the application's loop does (a spinning loop would hold the GIL the
    worker thread needs)."""
    from PySide6.QtCore import QEventLoop

    while busy():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    settle(app)


def measure(database: Path) -> list[Figure]:
    """Both figures."""
    return [_keystroke(database), _finder(database)]


def _keystroke(database: Path) -> Figure:
    from app.views.customers.tab import CustomersTab

    with shown_tab(database, CustomersTab) as (app, db, tab):
        owned = next(v for v in tab.sidebar.views if v.builtin == "owned_by_me")
        tab.show_view(owned)
        settle(app)
        # A customer of the view, typed almost whole, then its next character.
        name = tab.model.index(40, 0).data()
        word = name.split()[0]
        texts = [word[:-1].lower(), word.lower()]

        def typed(text: str) -> None:
            tab.search.blockSignals(True)  # no debounce timer: its work is timed directly
            tab.search.setText(text)
            tab.search.blockSignals(False)
            tab._apply_search()
            _wait(app, lambda: tab.model.reading)

        turn = [0]

        def keystroke() -> None:
            turn[0] = 1 - turn[0]  # one more character, or one less: each run searches anew
            typed(texts[turn[0]])

        typed(texts[0])
        base = tab.model.query
        statements = captured(
            db.engine, lambda: tab.model.first_page(replace(base, search=texts[1]))
        )
        typed(texts[1])
        rows = tab.model.total
        bare = TableFloor(app, tab.table)
        with raw_replay(database, statements) as replay:
            ours, sql, paint = interleaved(keystroke, replay, bare.reset, runs=RUNS * 2)
        bare.close()
    return Figure.painted(
        "customers_search_keystroke",
        ours,
        sql,
        paint,
        f"'Owned by me', '{texts[0]}' → '{texts[1]}' ({rows} customers): read off the GUI"
        " thread, page and count shown and painted; SQL: the same statements on raw sqlite3;"
        " Qt paint: a QStandardItemModel of its strings reset",
    )


def _finder(database: Path) -> Figure:
    from app.models.tasks import TaskCreation
    from app.views.actions.task_panel import CreateTaskPanel

    with shown_tab(database, lambda db, viewer: CreateTaskPanel(TaskCreation(db, viewer))) as (
        app,
        db,
        panel,
    ):

        def find() -> None:
            panel.find_box.blockSignals(True)
            panel.find_box.setText(NO_MATCH)
            panel.find_box.blockSignals(False)
            panel._find_records()
            _wait(app, lambda: panel._finder.pending)

        find()
        assert panel.found.count() == 0
        statements = captured(db.engine, lambda: panel.model.find(NO_MATCH))
        with raw_replay(database, statements) as replay:
            ours, sql = interleaved(find, replay, runs=RUNS * 2)
    return Figure.of(
        "record_finder_no_match",
        ours,
        sql,
        f"Create task's record finder, '{NO_MATCH}' (no record of any object): read off the"
        " GUI thread and shown; floor: the same statements on raw sqlite3",
    )


if __name__ == "__main__":
    import sys

    from benchmarks.report import print_table
    from benchmarks.tabs import collected_as_in_the_app

    with collected_as_in_the_app():
        print_table(measure(Path(sys.argv[1])))
