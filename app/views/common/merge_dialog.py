"""Merge with another record (CUS-5, OBJ-6): find it by name, then merge it into this one."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.views.common.view_dialogs import FormDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MergeDialog(FormDialog):
    """Search, pick, Merge: the picked record is merged into `survivor_name`."""

    def __init__(
        self, survivor_name: str, find: Callable[[str], list[tuple[uuid.UUID, str]]],
        merge: Callable[[uuid.UUID], None], parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Merge with another record"), parent)
        self.find_records = find
        explain = QLabel(
            self.tr(
                "The record you pick is merged into “{name}”: its associations, activities "
                "and history move here, and its values fill the properties “{name}” lacks."
            ).format(name=survivor_name),
            objectName="Muted",
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.search = QLineEdit(placeholderText=self.tr("Search by name or domain"))
        self.search.setAccessibleName(self.tr("Find the record to merge"))
        self.search.textChanged.connect(self._refresh)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("Records"))
        self.matches.currentItemChanged.connect(
            lambda item, _old: self.save_button.setEnabled(item is not None)
        )
        self.add_field("search", self.tr("Find"), self.search)
        self.add_field("record", "", self.matches)
        self.save_button.setText(self.tr("Merge"))
        self.save_button.setEnabled(False)
        self.finish_layout()
        self.submit = lambda: merge(uuid.UUID(self.matches.currentItem().data(ID_ROLE)))

    def _refresh(self, text: str) -> None:
        self.matches.clear()
        if not text.strip():
            return
        for rid, name in self.find_records(text):
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, str(rid))
            self.matches.addItem(item)
