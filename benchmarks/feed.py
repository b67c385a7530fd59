"""The Feed on the big demo (issue 15 item 5, FEED-1).

feed_open_100k: the signed-in CSM opens the Feed tab — the tab built, its first page of
notifications read off the GUI thread (the customers they own among 100,000, newest first)
and painted — beside its floor: the same SQL statements replayed on a raw sqlite3
connection, plus Qt's own painting of the same strings (a QStandardItemModel of the
notifications' two lines on a bare QListView of the same size).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from benchmarks.qt_floor import settle
from benchmarks.replay import captured, raw_replay
from benchmarks.report import Figure, timed

RUNS = 15


class ListFloor:
    """A bare QListView over two copies of the feed's strings, as big as the tab's list."""

    def __init__(self, app: Any, lines: list[str], size: Any) -> None:
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QListView

        self.app = app
        self.copies = []
        for _ in range(2):
            model = QStandardItemModel()
            for line in lines:
                model.appendRow(QStandardItem(line))
            self.copies.append(model)
        self.turn = 0
        self.view = QListView()
        self.view.setUniformItemSizes(True)
        self.view.setModel(self.copies[0])
        self.view.resize(size)
        self.view.show()
        settle(app)

    def open(self) -> None:
        self.turn = 1 - self.turn
        self.view.setModel(self.copies[self.turn])
        settle(self.app)

    def close(self) -> None:
        self.view.close()
        self.view.deleteLater()
        self.app.processEvents()


def _wait(app: Any, tab: Any) -> None:
    while tab.model.loading:
        app.processEvents()
        time.sleep(0.0005)
    settle(app)


def measure(database: Path) -> list[Figure]:
    from app.domain.viewer import viewer_of
    from app.domain.workspace import signed_in
    from app.store.engine import open_database
    from app.views.feed.tab import FeedTab
    from benchmarks.tabs import shown_tab

    with shown_tab(database, FeedTab) as (app, db, tab):
        _wait(app, tab)

        def reloaded() -> None:
            tab.model.reload()
            _wait(app, tab)

        statements = captured(db.engine, reloaded)
        rows = tab.model.rowCount()
        lines = [
            f"{item.title}\n{item.kind.value} · {item.company} · {tab.when(item.at)}"
            for item in tab.model.items
        ]
        bare = ListFloor(app, lines, tab.list.size())
        size = tab.size()
    reader = open_database(database)
    with reader.session() as session:
        user = signed_in(session)
        assert user is not None
        viewer = viewer_of(user)
    ours: list[float] = []
    try:
        for _ in range(RUNS):
            started = time.perf_counter()
            opened = FeedTab(reader, viewer)
            opened.resize(size)
            opened.show()
            _wait(app, opened)
            ours.append((time.perf_counter() - started) * 1000)
            assert opened.model.rowCount() == rows
            opened.close()
            opened.deleteLater()
            app.processEvents()
    finally:
        reader.dispose()
    with raw_replay(database, statements) as replay:
        sql = timed(replay, RUNS)
    paint = timed(bare.open, RUNS)
    bare.close()
    note = (
        f"the Feed tab built, its first {rows} notifications read off the GUI thread and"
        " painted; SQL: the same statements on raw sqlite3; Qt paint: a QStandardItemModel"
        " of their two lines on a bare QListView; goal under 100 ms and within 3x"
    )
    return [Figure.painted("feed_open_100k", ours, sql, paint, note)]


if __name__ == "__main__":
    from benchmarks.demo_cache import demo_database
    from benchmarks.report import merge_json, print_table
    from benchmarks.tabs import collected_as_in_the_app

    with collected_as_in_the_app():
        figures = measure(demo_database(100_000))
    print_table(figures)
    merge_json(figures)
