"""A bar at the top of a tab that says why something was refused or what just happened."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class MessageBar(QWidget):
    """Hidden until `show_message`; the user closes it or the next action replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(objectName="Banner")
        self.label.setWordWrap(True)
        close = QToolButton(text="✕")
        close.setAccessibleName(self.tr("Close message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show `text` until closed or replaced."""
        self.label.setText(text)
        self.show()
