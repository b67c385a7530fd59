"""Customers tab figures on the big demo: GUI-thread time to show a view's first page and
count, to sort and to filter it, each beside the raw SQL for the same page and count; and
the memory growth after scrolling through every customer."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from benchmarks.report import Figure, timed

if TYPE_CHECKING:
    from app.models.record_table import RecordTableModel
    from app.views.customers.tab import CustomersTab

RUNS = 15  # medians of a shared machine: a busy moment falls on a few runs


Times = list[float]


@overload
def interleaved(a: Callable[[], object], b: Callable[[], object], /, *,
                runs: int = RUNS) -> tuple[Times, Times]: ...  # fmt: skip
@overload
def interleaved(a: Callable[[], object], b: Callable[[], object], c: Callable[[], object], /,
                *, runs: int = RUNS) -> tuple[Times, Times, Times]: ...  # fmt: skip
def interleaved(*actions: Callable[[], object], runs: int = RUNS) -> tuple[Times, ...]:
    """Each action's times, run in turn `runs` times over, so that a busy moment on a
    shared machine falls on a figure and its floor alike."""
    times: list[Times] = [[] for _ in actions]
    for _ in range(runs):
        for action, series in zip(actions, times, strict=True):
            series.extend(timed(action, 1))
    return tuple(times)


def _model(tab: CustomersTab) -> RecordTableModel:
    """The tab's table model, there once a view is shown."""
    assert tab.model is not None
    return tab.model


def measure(database: Path) -> list[Figure]:
    """Open 'Owned by me', sort it by ARR, filter it to renewals in 90 days; scroll all."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from app.domain.viewer import viewer_of
    from app.domain.workspace import customer_object, signed_in
    from app.store.engine import open_database
    from app.views.customers.tab import CustomersTab
    from benchmarks.qt_floor import TableFloor, settle

    app = QApplication.instance() or QApplication([])
    db = open_database(database)
    with db.session() as session:
        user = signed_in(session)
        assert user is not None
        viewer = viewer_of(user)
        companies = customer_object(session).id
    tab = CustomersTab(db, viewer)
    tab.resize(1280, 800)
    tab.show()
    app.processEvents()
    owned = next(v for v in tab.sidebar.views if v.builtin == "owned_by_me")
    raw = sqlite3.connect(database)
    ct, me = companies.hex, viewer.id.hex
    live = "object_type_id = ? AND deleted_at IS NULL AND owner_id = ?"

    def floor(order: str, extra: str = "", params: tuple = ()) -> Callable[[], object]:
        def run() -> object:
            raw.execute(
                f"SELECT * FROM records WHERE {live} {extra} ORDER BY {order} LIMIT 200",
                (ct, me, *params),
            ).fetchall()
            return raw.execute(
                f"SELECT count(*) FROM records WHERE {live} {extra}", (ct, me, *params)
            ).fetchone()

        return run

    def open_view() -> None:
        tab.show_view(owned)
        settle(app)

    open_view()
    bare = TableFloor(app, tab.table)
    figures = [
        Figure.painted(
            "customers_open_view",
            *interleaved(open_view, floor("name, id"), bare.open),
            "'Owned by me' by name: first page, count, painted; SQL: the raw page + count;"
            " Qt paint: its strings in a QStandardItemModel set on a QTableView",
        )
    ]
    bare.close()
    arr = [p.key for p in _model(tab).columns].index("arr")

    def sort() -> None:
        # Alternate directions so every run really sorts again.
        query = _model(tab).query
        descending = not query.descending or query.sort_key != "arr"
        _model(tab).sort(
            arr, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        settle(app)

    sort()
    bare = TableFloor(app, tab.table)
    figures.append(
        Figure.painted(
            "customers_sort",
            *interleaved(sort, floor("amount_minor DESC, id"), bare.reset),
            "'Owned by me' by ARR; SQL: the raw page + count; Qt paint: a QStandardItemModel"
            " of its strings reset",
        )
    )
    bare.close()
    import datetime as dt

    today = dt.date.today()
    soon = [[{"property": "renewal_date", "op": "in_next_days", "value": 90}]]
    base = replace(owned.query, sort_key="name", descending=False)

    def filter_view() -> None:
        _model(tab).set_query(replace(base, filters=[[*owned.filters[0], *soon[0]]]))
        settle(app)

    window = (today.isoformat(), (today + dt.timedelta(days=91)).isoformat())
    filter_view()
    bare = TableFloor(app, tab.table)
    figures.append(
        Figure.painted(
            "customers_filter",
            *interleaved(
                filter_view,
                floor("name, id", "AND renewal_date >= ? AND renewal_date < ?", window),
                bare.reset,
            ),
            "'Owned by me' + renewal in the next 90 days; SQL: the raw page + count;"
            " Qt paint: a QStandardItemModel of its strings reset",
        )
    )
    bare.close()

    figures.append(_repaint(app, tab))

    # Memory: a model over every customer, scrolled to the end, in a process of its own.
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.scroll_rss", str(database)],
        capture_output=True, text=True, timeout=600, check=True,
    ).stdout  # fmt: skip
    line = next(x for x in out.splitlines() if x.startswith("RSS_GROWTH_MB"))
    _, growth, _, rows = line.split()
    figures.append(
        Figure.value_of(
            "customers_scroll_all_rss_mb", float(growth), "MB", f"{int(rows):,} rows loaded"
        )
    )
    tab.close()
    tab.deleteLater()
    app.processEvents()
    db.dispose()
    raw.close()
    return figures


def _repaint(app: Any, tab: Any) -> Figure:
    """Painting the visible page again, its cells formatted anew, beside Qt painting the
    same strings from its own C++ model in a table of the same size: how much of the
    figures above is Qt's text drawing, and how much is ours."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    model = tab.model
    rows = min(model.rowCount(), 60)
    plain = QStandardItemModel(rows, model.columnCount())
    for r in range(rows):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            item = QStandardItem(model.data(index) or "")
            align = model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            if align is not None:
                item.setTextAlignment(Qt.AlignmentFlag(align))
            plain.setItem(r, c, item)
    bare = QTableView()
    bare.setModel(plain)
    bare.setAlternatingRowColors(True)
    bare.verticalHeader().hide()
    bare.setGeometry(tab.table.geometry())
    for c in range(model.columnCount()):
        bare.setColumnWidth(c, tab.table.columnWidth(c))
    bare.show()
    app.processEvents()

    def ours() -> None:
        model._text = {}
        tab.table.viewport().repaint()

    figure = Figure.of(
        "customers_repaint",
        timed(ours, 15),
        timed(bare.viewport().repaint, 15),
        "the visible page painted, cells formatted anew; floor: Qt's own model, same strings",
    )
    bare.close()
    return figure
