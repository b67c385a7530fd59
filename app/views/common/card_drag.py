"""A card the user picks up and drops elsewhere to reorder (the Summary's view cards,
PERM-5; a dashboard's tiles, DASH-2): a press where the card may be taken, a move past
the drag distance, then a QDrag carrying the card's id under the card's own MIME type."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame


class DraggableCard(QFrame):
    """A QFrame whose subclass says what it carries (`drag_payload`) and where it may be
    taken (`may_take`)."""

    drag_mime = "application/x-tend-card"
    _press: QPoint | None = None

    def drag_payload(self) -> uuid.UUID:
        raise NotImplementedError

    def may_take(self, at: QPoint) -> bool:
        """Whether a press at `at` (the card's coordinates) may start a drag."""
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        at = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.may_take(at):
            self._press = at
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return super().mouseMoveEvent(event)
        if (event.position().toPoint() - press).manhattanLength() < (
            QApplication.startDragDistance()
        ):
            return None
        self._press = None
        mime = QMimeData()
        mime.setData(self.drag_mime, self.drag_payload().hex.encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        picture = self.grab()
        drag.setPixmap(picture if picture.width() <= 320 else picture.scaledToWidth(320))
        drag.exec(Qt.DropAction.MoveAction)
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)
