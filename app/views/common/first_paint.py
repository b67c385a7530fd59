"""Work that waits for a widget's first frame: `AfterFirstPaint(widget, then)` calls `then`
on the loop's turn after `widget` is first painted, once (nothing if the widget goes
first). The Summary starts its off-thread reads so: the day's lists reach the screen
without those reads competing with them for the interpreter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Watches `widget` (it is the filter's parent, and dies with it) for its first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer started while painting fires once the paint is done; with this
            # object as its context it never fires after the widget is gone.
            QTimer.singleShot(0, self, self.then)
        return False
