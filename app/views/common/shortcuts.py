"""Keyboard shortcuts of a tab (UX-2): a key that works while the tab, or anything in it,
has the focus, and nowhere else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def tab_shortcut(
    widget: QWidget, keys: str | QKeySequence | QKeySequence.StandardKey, slot: Callable
) -> QAction:
    """Run `slot` when `keys` are pressed within `widget` (a tab and its children)."""
    action = QAction(widget)
    action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action
