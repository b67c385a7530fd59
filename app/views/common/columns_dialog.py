"""Edit columns: choose the properties a table shows and drag them into order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.properties import PropertyInfo

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ColumnsDialog(QDialog):
    """Shown columns first, in their order, then the others; the name stays first."""

    def __init__(
        self, props: list[PropertyInfo], shown: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit columns"))
        self.setMinimumSize(360, 480)
        root = QVBoxLayout(self)
        root.addWidget(
            QLabel(self.tr("Tick the columns to show; drag them into order."), objectName="Muted")
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Columns"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        by_key = {p.key: p for p in props}
        ordered = [by_key[k] for k in shown if k in by_key]
        ordered += sorted((p for p in props if p.key not in shown), key=lambda p: p.label)
        for prop in ordered:
            item = QListWidgetItem(prop.label)
            item.setData(KEY_ROLE, prop.key)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled
            if prop.key == "name":  # a table always names its records
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked
                if prop.key in shown or prop.key == "name"
                else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        root.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

    def columns(self) -> list[str]:
        """The ticked columns in their order, the name first."""
        keys = [
            self.list.item(i).data(KEY_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        return ["name", *[k for k in keys if k != "name"]]
