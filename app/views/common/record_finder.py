"""Finding one record by name as the user types (the merge dialog's finder, Settings →
Health scores' "Test a record"): a search line over a list of matches; `find(text)` gives
up to a page of (id, name), and `picked` carries the chosen record's id."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordFinder(QWidget):
    """A search line and the records it matches; the current match is the pick."""

    picked = Signal(object)  # the chosen record's id, or None when nothing is chosen

    def __init__(
        self, find: Callable[[str], list[tuple[uuid.UUID, str]]], placeholder: str,
        name: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.find_records = find
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = QLineEdit(placeholderText=placeholder)
        self.search.setAccessibleName(name)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Records"))
        self.matches.currentItemChanged.connect(lambda item, _old: self.picked.emit(self._id(item)))
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)

    @staticmethod
    def _id(item: QListWidgetItem | None) -> uuid.UUID | None:
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def current_id(self) -> uuid.UUID | None:
        """The chosen record."""
        return self._id(self.matches.currentItem())

    def current_name(self) -> str:
        """The chosen record's name as listed."""
        item = self.matches.currentItem()
        return item.text() if item is not None else ""

    def refresh(self, text: str) -> None:
        """List the records matching `text` (none for blank text)."""
        self.matches.clear()
        if not text.strip():
            return
        for rid, name in self.find_records(text):
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, str(rid))
            self.matches.addItem(item)
