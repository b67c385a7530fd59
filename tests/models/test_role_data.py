"""multiData: a painted cell's roles answered in one call, without PySide6's lost references."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtWidgets import QTableView

from app.models.role_data import answer_roles, set_role
from tests.models.test_record_table import _model

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)


def test_setting_role_data_many_times_keeps_none_alive():
    slot = QModelRoleData(DISPLAY)
    before = sys.getrefcount(None)
    for i in range(5000):
        set_role(slot, f"cell {i}")
    # Unpatched, PySide6 6.12 drops 5,000 references here (and Python aborts once None's
    # count reaches zero); a few more or fewer come from the interpreter's own bookkeeping.
    assert sys.getrefcount(None) >= before - 50
    assert slot.data() == "cell 4999"


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


def test_multi_data_answers_what_data_answers(qtbot, workspace_db):
    model = _model(workspace_db)
    index = model.index(0, 2)  # ARR: right-aligned money
    slots = [
        QModelRoleData(DISPLAY),
        QModelRoleData(ALIGN),
        QModelRoleData(int(Qt.ItemDataRole.FontRole)),
    ]
    for slot in slots:
        answer_roles(model, index, slot, frozenset({DISPLAY, ALIGN}))
    assert slots[0].data() == model.data(index) != ""
    assert slots[1].data() == model.data(index, Qt.ItemDataRole.TextAlignmentRole)
    assert slots[2].data() is None  # a role the model does not answer stays empty
    # Delegates reuse the span: a text cell after a money cell must not keep its alignment.
    answer_roles(model, model.index(0, 0), slots[1], frozenset({DISPLAY, ALIGN}))
    assert slots[1].data() is None


def test_a_painted_table_keeps_none_alive(qtbot, workspace_db):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_model(workspace_db))
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    before = sys.getrefcount(None)
    for _ in range(30):
        view.grab()  # paints every visible cell through multiData
    assert sys.getrefcount(None) >= before - 50
