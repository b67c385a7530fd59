"""The full record page (CUS-5 "View record") with its activity timeline, and the record's
property history (CUS-5 Actions > "Property history")."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.changes import Changes
from app.models.formatting import ValueFormatter
from app.models.record_detail import RecordActions
from app.views.common.stale import StaleWatcher

KIND_LABELS = {
    "note": "Note",
    "email": "E-mail",
    "call": "Call",
    "task": "Task",
    "meeting": "Meeting",
    "stage": "Stage",
}


class HistoryDialog(QDialog):
    """Every property change of a record: when, what, the new value, who."""

    def __init__(
        self, model: RecordActions, formatter: ValueFormatter, record_id: uuid.UUID,
        title: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Property history · {t}").format(t=title))
        self.resize(720, 460)
        rows = model.record_history(record_id)
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Property"), self.tr("New value"), self.tr("By")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, (label, entry) in enumerate(rows):
            cells = [fmt_at(formatter, entry.at), label, _text(formatter, entry.new), entry.who]
            for j, text in enumerate(cells):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)


def fmt_at(formatter: ValueFormatter, at) -> str:
    """A timestamp in the viewer's zone and locale."""
    return formatter.datetime(at)


def _text(formatter: ValueFormatter, value) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, uuid.UUID):
        return formatter.user_names.get(value, str(value))
    return str(value)


class RecordPage(QDialog):
    """The record in full: its properties (editable, as in the preview) and its timeline."""

    def __init__(
        self, model: RecordActions, formatter: ValueFormatter, record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        from app.views.common.preview_panel import PreviewPanel

        super().__init__(parent)
        self.resize(1100, 720)
        layout = QHBoxLayout(self)
        self.panel = PreviewPanel(model, formatter, self)
        self.panel.view_button.hide()  # this is the record page already
        self.panel.close_button.hide()  # the dialog closes as a whole
        self.panel.show_record(record_id)
        self.setWindowTitle(self.panel.title.text())
        layout.addWidget(self.panel, 2)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Activity"), objectName="Greeting"))
        self.timeline_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        right.addWidget(self.timeline_area, 1)
        layout.addLayout(right, 3)
        self.model, self.formatter, self.record_id = model, formatter, record_id
        self.show_timeline()
        # A stage moved on a board, an activity logged elsewhere: the page shows it.
        StaleWatcher(self, model.db, self._concerns, self.show_timeline)

    def _concerns(self, changes: Changes) -> bool:
        return self.record_id in changes.touched.row_ids

    def show_timeline(self) -> None:
        """Read the record's activities and stage moves again, newest first."""
        formatter = self.formatter
        body = QWidget()
        column = QVBoxLayout(body)
        self.items = self.model.timeline(self.record_id)
        if not self.items:
            column.addWidget(QLabel(self.tr("No activity yet."), objectName="Muted"))
        for item in self.items:
            card = QFrame(objectName="Card")
            box = QVBoxLayout(card)
            head = QLabel(
                f"{self.tr(KIND_LABELS.get(item.kind, item.kind))} · {fmt_at(formatter, item.at)}"
                + (f" · {item.who}" if item.who else ""),
                objectName="Muted",
            )
            box.addWidget(head)
            title = QLabel(item.title, objectName="CardTitle")
            title.setWordWrap(True)
            box.addWidget(title)
            if item.detail:
                detail = QLabel(item.detail)
                detail.setWordWrap(True)
                box.addWidget(detail)
            column.addWidget(card)
        column.addStretch(1)
        old = self.timeline_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.timeline_area.setWidget(body)
