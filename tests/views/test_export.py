"""Export to CSV from every table (DATA-4, issue 12 item 7), clicked as a CSM would: the
Services and Revenue tabs (table and board layouts) and the Actions tab write the view's
rows with the view's columns; Cancel leaves no file; an empty workspace exports a header."""

from __future__ import annotations

import csv
import shutil
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from app.domain.demo import generate_demo
from app.domain.enums import ViewTab
from app.store.engine import open_database
from app.views.actions.tab import ActionsTab
from app.views.pipelines.tab import PipelineTab
from tests.views.conftest import run_until, shown_tab


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "demo.db"
    db = open_database(path)
    generate_demo(db, companies=30, seed=4)
    db.dispose()
    return path


@pytest.fixture
def demo_db(demo_path, tmp_path):
    """A fresh copy of the demo for each test (the tabs remember their layout)."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_path, copy)
    database = open_database(copy)
    yield database
    database.dispose()


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The file dialog answers with tmp_path/export.csv; `asked` keeps what it suggested."""
    path = tmp_path / "export.csv"
    asked: list[str] = []

    def answer(_parent, _caption, suggested, _filter):
        asked.append(suggested)
        return str(path), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return path, asked


def _click_export(qtbot, qloop, tab) -> str:
    """Click Export and wait for the message; returns it."""
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: tab.messages.isVisible())
    assert tab.export_button.isEnabled() and not tab.export_row.isVisible()
    return tab.messages.label.text()


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def _headers(model) -> list[str]:
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def _column(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


@pytest.mark.parametrize("kind", [ViewTab.SERVICES, ViewTab.REVENUE])
def test_the_table_layout_exports_the_views_rows_and_columns(qtbot, qloop, demo_db, save_to, kind):
    path, asked = save_to
    tab = shown_tab(qtbot, demo_db, lambda db, v: PipelineTab(db, v, kind), "Priya Raman")
    tab.set_layout("table")
    model = tab.table_model
    assert model is not None and model.total > 0
    message = _click_export(qtbot, qloop, tab)
    assert message == f"Exported {model.total} records to {path}"
    assert asked[0].endswith(".csv") and tab.pipeline.name in asked[0]
    rows = _read(path)
    assert rows[0] == _headers(model)  # the visible columns
    assert len(rows) - 1 == model.total
    assert tab.count.text() == f"{model.total} records"  # what the tab says it shows
    assert [r[0] for r in rows[1 : model.rowCount() + 1]] == _column(model, 0)  # its order


def test_the_board_layout_exports_the_views_records_with_the_views_columns(
    qtbot, qloop, demo_db, save_to
):
    path, _asked = save_to
    services = lambda db, v: PipelineTab(db, v, ViewTab.SERVICES)  # noqa: E731
    tab = shown_tab(qtbot, demo_db, services, "Priya Raman")
    tab.set_layout("board")
    assert tab.stack.currentWidget() is tab.board_view
    model, board = tab.table_model, tab.board
    assert model is not None and board is not None
    everything, first = model.total, _column(model, 0)[0]
    tab.search.setText(first)  # the view as narrowed now
    tab._requery()
    on_board = sum(t.count for t in board.totals.values())
    assert 0 < on_board < everything
    assert "Exported" in _click_export(qtbot, qloop, tab)
    rows = _read(path)
    assert rows[0] == [p.label for p in model.columns] == _headers(model)
    assert "Stage" in rows[0]
    assert len(rows) - 1 == on_board == model.total
    assert all(first.lower() in r[0].lower() for r in rows[1:])


def test_the_actions_tab_exports_the_task_views_rows(qtbot, qloop, demo_db, save_to):
    path, asked = save_to
    tab = shown_tab(qtbot, demo_db, ActionsTab, "Aiko Tanaka")
    tab.show_builtin("all_open")
    model = tab.model
    assert model.total > 5
    message = _click_export(qtbot, qloop, tab)
    assert message == f"Exported {model.total} tasks to {path}"
    assert asked[0].endswith("All open.csv")
    rows = _read(path)
    assert rows[0] == _headers(model)
    assert len(rows) - 1 == model.total
    assert tab.count.text() == f"{model.total} tasks"
    assert [r[0] for r in rows[1 : model.rowCount() + 1]] == _column(model, 0)
    assert [r[4] for r in rows[1:]] == ["Aiko Tanaka"] * model.total  # the Assignee column
    zone = model.zone
    for row, task in zip(rows[1:], (model.task(i) for i in range(model.rowCount())), strict=False):
        assert task.due_at is not None
        local = task.due_at.astimezone(zone)  # the viewer's zone
        assert row[3].startswith(local.date().isoformat())
        if not task.due_all_day:
            assert row[3].endswith(local.strftime("%H:%M") + local.isoformat()[-6:])


def test_cancel_leaves_no_file(qtbot, qloop, demo_db, save_to, monkeypatch):
    """The progress row's Cancel stops the worker; the old file stays, no `.partial`."""
    path, _asked = save_to
    path.write_text("my old export")
    tab = shown_tab(qtbot, demo_db, ActionsTab, "Aiko Tanaka")
    real = tab.model.export_csv

    def held(target, progress, cancelled):  # in the worker: waits for the user's Cancel
        while not cancelled():
            time.sleep(0.01)
        return real(target, progress, cancelled)

    monkeypatch.setattr(tab.model, "export_csv", held)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: tab.export_row.isVisible())
    assert "Exporting" in tab.export_row.label.text()
    qtbot.mouseClick(tab.export_row.cancel, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: tab.messages.isVisible())
    assert tab.messages.label.text() == "Export cancelled; no file was written."
    assert path.read_text() == "my old export"
    assert not path.with_name("export.csv.partial").exists()


def test_a_file_that_cannot_be_written_is_reported(qtbot, qloop, demo_db, tmp_path):
    tab = shown_tab(qtbot, demo_db, ActionsTab, "Aiko Tanaka")
    tab.export_row.export_to(tmp_path / "no such folder" / "tasks.csv")
    run_until(qloop, lambda: tab.messages.isVisible())
    assert tab.messages.label.text().startswith("The export could not be written:")
    assert tab.export_button.isEnabled() and not tab.export_row.isVisible()


@pytest.mark.parametrize(
    "factory",
    [ActionsTab, lambda db, v: PipelineTab(db, v, ViewTab.SERVICES)],
    ids=["actions", "services"],
)
def test_an_empty_workspace_exports_a_header(qtbot, qloop, workspace_db, save_to, factory):
    path, _asked = save_to
    tab = shown_tab(qtbot, workspace_db, factory)
    model = tab.model if isinstance(tab, ActionsTab) else tab.table_model
    assert "Exported 0 " in _click_export(qtbot, qloop, tab)
    assert _read(path) == [_headers(model)]


@pytest.mark.parametrize(
    ("factory", "layout"),
    [
        (ActionsTab, None),
        (lambda db, v: PipelineTab(db, v, ViewTab.SERVICES), "table"),
        (lambda db, v: PipelineTab(db, v, ViewTab.SERVICES), "board"),
        (lambda db, v: PipelineTab(db, v, ViewTab.REVENUE), "table"),
    ],
    ids=["actions", "services-table", "services-board", "revenue-table"],
)
def test_export_fits_the_head_row_on_a_1024_pixel_screen(qtbot, demo_db, factory, layout):
    """The tab keeps the screen's width and nothing in its rows is cut: each button gets
    its size hint, inside the tab."""
    tab = shown_tab(qtbot, demo_db, factory, "Priya Raman", size=(1024, 640))
    if layout is not None:
        tab.set_layout(layout)
    qtbot.wait(10)  # the layouts settle
    assert tab.width() == 1024 and tab.minimumSizeHint().width() <= 1024
    board = getattr(tab, "board_view", None)  # a board's columns scroll sideways: not cut
    buttons = [
        b
        for b in tab.findChildren(QAbstractButton)
        if b.isVisible() and not (board is not None and board.isAncestorOf(b))
    ]
    assert tab.export_button in buttons
    for button in buttons:
        where = button.mapTo(tab, button.rect().topLeft())
        assert where.x() >= 0 and where.x() + button.width() <= tab.width(), button.text()
        if button.parentWidget() is tab:  # the head and filter rows' own buttons
            assert button.width() >= button.sizeHint().width(), button.text()
