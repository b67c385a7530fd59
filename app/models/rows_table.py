"""A table model over a list of rows with fixed column headers: the row and column
counts and the horizontal headers, shared by the settings pages' small tables (health
score profiles, users & teams). Subclasses set HEADERS and `rows` and give `data`."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.models.i18n import tr

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """`rows` as rows, `HEADERS` as columns (translated)."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    rows: list[Any]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return tr(self.HEADERS[section])
        return None
