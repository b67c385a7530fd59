"""Answering a view's many roles for a cell in one Python call (`multiData`).

Qt's item delegate asks seven roles for every painted cell. Through `data()` each is a call
from C++ into Python; `multiData` answers them in one. PySide6 6.12.0 drops a reference to
`None` on every `QModelRoleData.setData` call (on Python 3.11 that ends in "Fatal Python
error: none_dealloc"); pyproject.toml keeps us below 6.12 for a worse bug of the same kind,
and this module measures the loss once at import and gives each lost reference back, so a
release with the setData bug alone stays safe. Where there is no loss, nothing is given.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelRoleData, QModelRoleDataSpan, Qt

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def _none_references_lost_per_set() -> int:
    probe = QModelRoleData(int(Qt.ItemDataRole.DisplayRole))
    calls = 16
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setData("probe")
    return max(0, round((before - sys.getrefcount(None)) / calls))


_LOST = _none_references_lost_per_set()


def set_role(slot: QModelRoleData, value: Any) -> None:
    """`slot.setData(value)`, without PySide6's loss of a reference to None."""
    slot.setData(value)
    for _ in range(_LOST):
        _incref(None)


def answer_roles(
    model: QAbstractItemModel,
    index: Any,
    span: QModelRoleDataSpan | QModelRoleData,
    handled: frozenset[int],
) -> None:
    """A `multiData` body: each requested role in `handled` from `model.data` (a plain Python
    call); every other role is emptied. Delegates reuse one span from cell to cell, so a
    slot left alone would show the previous cell's value (its alignment, say)."""
    slots: Any = [span] if isinstance(span, QModelRoleData) else span
    valid = index.isValid()
    for k in range(len(slots)):
        slot = slots[k]
        role = slot.role()
        set_role(slot, model.data(index, role) if valid and role in handled else None)
