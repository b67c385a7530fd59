"""A tab's part of the change channel (DESIGN "Change channel"): when a committed action
concerns what a widget shows, the widget reads it again — at once (once per turn of the
event loop, however many reports arrive) when it is showing, else the next time it is
shown. Nothing polls, and no tab reaches into another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from app.models import Database
from app.models.changes import Changes, channel_for


class StaleWatcher(QObject):
    """Marks `widget` stale when `concerns(changes)` and calls `reload` when it shows."""

    def __init__(
        self,
        widget: QWidget,
        db: Database,
        concerns: Callable[[Changes], bool],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(widget)  # dies with the widget, and Qt drops the connection
        self.widget = widget
        self.concerns = concerns
        self.reload = reload
        self.stale = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._reload_if_shown)
        widget.installEventFilter(self)
        channel_for(db).changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if self.concerns(changes):
            self.stale = True
            if self.widget.isVisible():
                self._timer.start()

    def _reload_if_shown(self) -> None:
        if self.stale and self.widget.isVisible():
            self.stale = False
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A stale widget reads again as it is shown."""
        # While Qt tears a window down its Python side may already be gone: nothing to do.
        widget = getattr(self, "widget", None)
        shown = widget is not None and watched is widget and event.type() == QEvent.Type.Show
        if shown and self.stale:
            self._timer.start()
        return False
