"""PySide6 must not lose references to None: on Python 3.11 the app aborts when it has lost
them all (6.12.0 did, on every Qt call that answers nothing; pyproject.toml keeps it out)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QTableView

from tests.models.test_record_table import _model


def test_qt_calls_answering_nothing_keep_none_alive(workspace_db):
    """PySide6 6.12.0 lost a reference to None each time a Qt call returned an empty value,
    which aborts the app after minutes of scrolling: pyproject.toml must keep it out."""
    model = _model(workspace_db)
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(5000):
        index.data(Qt.ItemDataRole.DecorationRole)  # the model answers nothing
        model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 50


def _settle(view) -> None:
    """Free what earlier tests left for later (deferred deletes, cycles) and paint once, so
    only the painting below can change None's count (6.12.0 lost ~130 per paint)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    view.grab()


def test_a_painted_table_keeps_none_alive(qtbot, workspace_db):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_model(workspace_db))
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    _settle(view)
    before = sys.getrefcount(None)
    for _ in range(30):
        view.grab()  # paints every visible cell: Qt asks several roles of each
    assert sys.getrefcount(None) >= before - 50
