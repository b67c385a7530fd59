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
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.i18n import QT_TR_NOOP
from app.domain.record_detail import HistoryEntry
from app.domain.sync.conflicts import RecordConflict
from app.models.changes import Changes
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.record_detail import RecordActions
from app.views.common.stale import StaleWatcher

KIND_LABELS = {
    "note": QT_TR_NOOP("Note"),
    "email": QT_TR_NOOP("E-mail"),
    "call": QT_TR_NOOP("Call"),
    "task": QT_TR_NOOP("Task"),
    "meeting": QT_TR_NOOP("Meeting"),
    "stage": QT_TR_NOOP("Stage"),
}


SOURCES = {
    "user": QT_TR_NOOP("Edit"),
    "stage_move": QT_TR_NOOP("Stage move"),
    "import": QT_TR_NOOP("Import"),
    "bulk": QT_TR_NOOP("Bulk action"),
    "merge": QT_TR_NOOP("Merge"),
    "undo": QT_TR_NOOP("Undo"),
    "sync": QT_TR_NOOP("Sync"),
    "system": QT_TR_NOOP("Automatic"),
    "demo": QT_TR_NOOP("Demo data"),
}
TOMBSTONES = {"deleted": QT_TR_NOOP("Deleted"), "restored": QT_TR_NOOP("Restored")}


def source_text(widget: QWidget, source: str) -> str:
    """Where a change came from, in the viewer's language."""
    return tr(SOURCES.get(source, source))


def value_text(widget: QWidget, formatter: ValueFormatter, entry: HistoryEntry, value) -> str:
    """One side of a change as the viewer reads it: their locale's numbers, money and
    dates, users and stages by name."""
    if value is None or value == "" or value == []:
        return "—"
    if entry.prop is None:  # a stage's or pipeline's name, or the tombstone's word
        return tr(TOMBSTONES[value]) if value in TOMBSTONES else str(value)
    return formatter.format(entry.prop, value) or "—"


def change_line(widget: QWidget, formatter: ValueFormatter, entry: HistoryEntry) -> str:
    """The line "old → new · who · when · source" of a property's Details."""
    old, new = (value_text(widget, formatter, entry, v) for v in (entry.old, entry.new))
    return " · ".join(
        (
            f"{old} → {new}",
            entry.who,
            fmt_at(formatter, entry.at),
            source_text(widget, entry.source),
        )
    )


class HistoryDialog(QDialog):
    """Every change of a record: when, what, old → new value, who, and where from (OBJ-5);
    in a team workspace, above them, the values a teammate's later edit replaced, with
    Put back and Dismiss (issue 14 item 4, DATA-2)."""

    def __init__(
        self, model: RecordActions, formatter: ValueFormatter, record_id: uuid.UUID,
        title: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.model, self.formatter, self.record_id = model, formatter, record_id
        self.setWindowTitle(self.tr("Property history · {t}").format(t=title))
        self.resize(860, 480)
        headers = ["When", "Property", "Old value", "New value", "By", "Source"]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels([tr(h) for h in headers])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        self.conflict_box = QVBoxLayout()
        self.conflict_box.setSpacing(6)
        layout.addLayout(self.conflict_box)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.empty = QLabel(self.tr("No changes recorded."), objectName="Muted")
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        self.conflict_rows: list[ConflictRow] = []
        self.fill()

    def fill(self) -> None:
        """Read the record's changes and conflicts again and show them."""
        rows = self.model.record_history(self.record_id)
        self.table.setRowCount(len(rows))
        formatter = self.formatter
        for i, (label, entry) in enumerate(rows):
            cells = [
                fmt_at(formatter, entry.at), tr(label) if entry.prop is None else label,
                value_text(self, formatter, entry, entry.old),
                value_text(self, formatter, entry, entry.new),
                entry.who, source_text(self, entry.source),
            ]  # fmt: skip
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        for column in (2, 3):  # a long text value must not push the rest off the dialog
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self.empty.setVisible(not rows)
        for row in self.conflict_rows:
            row.deleteLater()
        self.conflict_rows = [
            ConflictRow(self, conflict) for conflict in self.model.record_conflicts(self.record_id)
        ]
        for row in self.conflict_rows:
            self.conflict_box.addWidget(row)

    def act(self, action, conflict_id: uuid.UUID) -> None:
        """Put back or dismiss; a refusal is shown above the history, nothing changes."""
        try:
            action(conflict_id)
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.error.hide()
        self.fill()


class ConflictRow(QFrame):
    """ "Your value 3 for NPS was replaced by 9 from Sam Lee at 10:42", Put back, Dismiss."""

    def __init__(self, dialog: HistoryDialog, conflict: RecordConflict) -> None:
        super().__init__(objectName="Banner" if conflict.resolved_at is None else "")
        self.conflict = conflict
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self.describe(dialog, conflict))
        self.label.setWordWrap(True)
        if conflict.resolved_at is not None:
            self.label.setObjectName("Muted")
        row.addWidget(self.label, 1)
        self.put_back_button: QPushButton | None = None
        self.dismiss_button: QPushButton | None = None
        if conflict.resolved_at is None:
            if not conflict.refused:
                self.put_back_button = QPushButton(self.tr("Put back"))
                self.put_back_button.setToolTip(
                    self.tr("Set {field} to this value again").format(field=conflict.label)
                )
                self.put_back_button.clicked.connect(
                    lambda: dialog.act(dialog.model.put_back, conflict.id)
                )
                row.addWidget(self.put_back_button)
            self.dismiss_button = QPushButton(self.tr("Dismiss"))
            self.dismiss_button.setToolTip(self.tr("Keep the current value"))
            self.dismiss_button.clicked.connect(
                lambda: dialog.act(dialog.model.dismiss_conflict, conflict.id)
            )
            row.addWidget(self.dismiss_button)

    def describe(self, dialog: HistoryDialog, c: RecordConflict) -> str:
        formatter = dialog.formatter

        def shown(value) -> str:
            if value is None or value == "" or value == []:
                return self.tr("(empty)")
            return (formatter.format(c.prop, value) if c.prop is not None else str(value)) or "—"

        mine = c.losing_user_id == dialog.model.viewer.id
        whose = (
            self.tr("Your value")
            if mine
            else self.tr("{name}'s value").format(name=c.loser or self.tr("A teammate"))
        )
        when = fmt_at(formatter, c.decided_at)
        if c.refused:
            text = self.tr("{whose} {value} for {field} was refused by the team server: {why}")
            text = text.format(whose=whose, value=shown(c.losing), field=c.label, why=c.reason)
        else:
            text = self.tr(
                "{whose} {value} for {field} was replaced by {winner} from {name} at {when}."
            ).format(
                whose=whose, value=shown(c.losing), field=c.label, winner=shown(c.winning),
                name=c.winner or self.tr("a teammate"), when=when,
            )  # fmt: skip
        if c.resolved_at is not None:
            text += " " + self.tr("(resolved)")
        return text


def fmt_at(formatter: ValueFormatter, at) -> str:
    """A timestamp in the viewer's zone and locale."""
    return formatter.datetime(at)


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
        self.panel.recordShown.connect(self._record_shown)
        # A stage moved on a board, an activity logged elsewhere: the page shows it.
        StaleWatcher(self, model.db, self._concerns, self.show_timeline)

    def _record_shown(self, record_id: uuid.UUID) -> None:
        """An associated record opened in the page's panel: the page is now that record's."""
        if record_id != self.record_id:
            self.record_id = record_id
            self.setWindowTitle(self.panel.title.text())
            self.show_timeline()

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
                f"{tr(KIND_LABELS.get(item.kind, item.kind))} · {fmt_at(formatter, item.at)}"
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
