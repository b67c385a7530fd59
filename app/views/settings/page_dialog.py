"""A settings page as a dialog of its own, opened from the settings dialog: a heading,
the page, and Close (each change on the page is saved at once)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class PageDialog(QDialog):
    """A dialog `size` pixels to start with; `show_page` puts a page in it."""

    def __init__(self, size: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(*size)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(20, 18, 20, 18)

    def show_page(self, title: str, page: QWidget) -> None:
        """`page` under the heading `title`, with Close."""
        self.setWindowTitle(title)
        self._layout.addWidget(QLabel(title, objectName="CardTitle"))
        self._layout.addWidget(page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._layout.addWidget(buttons)
