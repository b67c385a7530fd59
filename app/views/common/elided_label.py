"""A one-line label that shrinks with "…" instead of widening what holds it (the full text
in its tooltip): the Summary's cards beside the preview panel at 1024 pixels, a long view
name in a tab's views list (a Polish "Przypisani w ciągu ostatnich 30 dni")."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """Its text on one line, cut with "…" when narrower than it."""

    MIN_WIDTH = 60

    def __init__(self, text: str, parent: QWidget | None = None, object_name: str = "") -> None:
        super().__init__(text, parent)
        if object_name:
            self.setObjectName(object_name)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_WIDTH, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text,
            self.foregroundRole(),
        )  # fmt: skip
