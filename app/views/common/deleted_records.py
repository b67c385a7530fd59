"""The "Deleted records" dialog: an object's deleted records, newest first, with who
deleted each and when, and Restore (a viewer who may not edit records sees it greyed,
with the reason). Reached from the views sidebar of the Customers, Services and Revenue
tabs."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.models.formatting import ValueFormatter
from app.models.record_detail import RecordActions

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DeletedRecordsDialog(QDialog):
    """The deleted records of one object, to restore."""

    def __init__(
        self, model: RecordActions, formatter: ValueFormatter, object_type_id: uuid.UUID,
        plural: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.model, self.formatter, self.object_type_id = model, formatter, object_type_id
        self.setWindowTitle(self.tr("Deleted records · {o}").format(o=plural))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(objectName="Muted")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Deleted"), self.tr("By")])
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.message = QLabel(objectName="Banner")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore"), objectName="Primary")
        self.restore_button.clicked.connect(self.restore_selected)
        self.verdict = model.can_edit()
        if not self.verdict:
            self.restore_button.setToolTip(self.verdict.user_message)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        """Read the object's deleted records again."""
        found = self.model.deleted_records(self.object_type_id)
        self.table.setRowCount(len(found))
        for i, record in enumerate(found):
            cells = (record.name, self.formatter.datetime(record.deleted_at), record.deleted_by)
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(record.id))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        for column, least in ((0, 260), (1, 150)):
            self.table.setColumnWidth(column, max(least, self.table.columnWidth(column)))
        self.intro.setText(
            self.tr("{n} deleted. Select one and Restore to bring it back with its "
                    "associations and history.").format(n=len(found))
            if found else self.tr("Nothing deleted.")
        )  # fmt: skip
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.verdict) and bool(self.selected_ids()))

    def selected_ids(self) -> list[uuid.UUID]:
        """The records ticked in the table."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [uuid.UUID(self.table.item(r, 0).data(ID_ROLE)) for r in rows]

    def restore_selected(self) -> None:
        """Restore the selected records (one action each); say what came back."""
        names = []
        for row in sorted({index.row() for index in self.table.selectedIndexes()}):
            item = self.table.item(row, 0)
            try:
                self.model.restore(uuid.UUID(item.data(ID_ROLE)))
            except DomainError as exc:
                self.message.setText(exc.user_message)
                self.message.show()
                return
            names.append(item.text())
        self.message.setText(self.tr("Restored {names}.").format(names=", ".join(names)))
        self.message.show()
        self.reload()
