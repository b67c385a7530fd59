"""The Create task side panel (ACT-2): title, type, priority, due date and time,
assignee, associated records found by typing, and notes. "Create" closes it; "Create and
add another" keeps it open, cleared, with the cursor in the title. A refused field says
why beside it and nothing is saved."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.i18n import QT_TR_NOOP
from app.domain.tasks import FoundRecord, NewTask
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.latest import LatestRead
from app.models.tasks import TaskCreation
from app.views.common.date_field import DateField, TimeField

TYPES = (
    ("todo", QT_TR_NOOP("To-do")),
    ("call", QT_TR_NOOP("Call")),
    ("email", QT_TR_NOOP("E-mail")),
)
PRIORITIES = (
    ("none", QT_TR_NOOP("None")),
    ("low", QT_TR_NOOP("Low")),
    ("medium", QT_TR_NOOP("Medium")),
    ("high", QT_TR_NOOP("High")),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIND_DELAY_MS = 250


class CreateTaskPanel(QWidget):
    """The side panel; emits `created` with the new task's id."""

    created = Signal(object)
    closed = Signal()

    def __init__(self, model: TaskCreation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setMinimumWidth(360)
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 8, 8, 8)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Create task"), objectName="CardTitle"), 1)
        close = QPushButton(self.tr("Cancel"))
        close.clicked.connect(self.close_panel)
        head.addWidget(close)
        root.addLayout(head)
        form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.title = QLineEdit(placeholderText=self.tr("What needs doing"))
        self.title.setAccessibleName(self.tr("Title"))
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Type"))
        for key, label in TYPES:
            self.type.addItem(tr(label), key)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for key, label in PRIORITIES:
            self.priority.addItem(tr(label), key)
        # Typed as the tables show dates, or picked; 12- or 24-hour times (UX-3).
        shown = ValueFormatter(model.viewer.locale, model.viewer.time_zone, {})
        self.due_date = DateField(shown, name=self.tr("Due date"))
        self.due_time = TimeField(shown, name=self.tr("Due time"))
        self.due_date.use_short_hint()  # the panel is narrow
        due = QHBoxLayout()
        due.addWidget(self.due_date, 3)
        due.addWidget(self.due_time, 2)
        self.assignee = QComboBox()
        self.assignee.setAccessibleName(self.tr("Assignee"))
        for user_id, name in model.users():
            self.assignee.addItem(name, str(user_id))
        self.find_box = QLineEdit(placeholderText=self.tr("Type a name to find a record"))
        self.find_box.setAccessibleName(self.tr("Find a record"))
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Records found"))
        self.found.setMaximumHeight(90)
        self.found.hide()
        self.found.itemActivated.connect(self._add_record)
        self.found.itemClicked.connect(self._add_record)
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Associated records"))
        self.chosen.setMaximumHeight(70)
        self.chosen.setToolTip(self.tr("Double-click a record to remove it"))
        self.chosen.itemDoubleClicked.connect(
            lambda item: self.chosen.takeItem(self.chosen.row(item))
        )
        self._finder = LatestRead(self)
        self._find_timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._find_timer.timeout.connect(self._find_records)
        self.find_box.textChanged.connect(lambda _t: self._find_timer.start())
        records = QVBoxLayout()
        records.addWidget(self.find_box)
        records.addWidget(self.found)
        records.addWidget(self.chosen)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(80)
        for key, label, field in (
            ("title", QT_TR_NOOP("Title *"), self.title),
            ("type", QT_TR_NOOP("Type"), self.type),
            ("priority", QT_TR_NOOP("Priority"), self.priority),
            ("due", QT_TR_NOOP("Due"), due),
            ("assignee", QT_TR_NOOP("Assignee"), self.assignee),
            ("records", QT_TR_NOOP("Associated records"), records),
            ("notes", QT_TR_NOOP("Notes"), self.notes),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(field, QWidget):
                box.addWidget(field)
            else:
                box.addLayout(field)
            error = QLabel(objectName="FieldError")
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[key] = error
            form.addRow(tr(label), box)
        # Due date and time share one row, and so one place for their messages.
        self.errors["due_date"] = self.errors["due_time"] = self.errors["due"]
        root.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.another_button = QPushButton(self.tr("Create and add another"))
        self.another_button.clicked.connect(lambda: self.submit(another=True))
        self.create_button = QPushButton(self.tr("Create"), objectName="Primary")
        self.create_button.clicked.connect(lambda: self.submit(another=False))
        self.title.returnPressed.connect(lambda: self.submit(another=False))
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.create_button)
        root.addLayout(buttons)
        root.addStretch(1)
        self.clear()

    def clear(self) -> None:
        """Empty every field, the viewer as assignee, the cursor in the title."""
        for line in (self.title, self.due_date, self.due_time, self.find_box):
            line.clear()
        self.notes.clear()
        self.type.setCurrentIndex(0)
        self.priority.setCurrentIndex(0)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(str(self.model.viewer.id))))
        self.chosen.clear()
        self._finder.supersede()
        self.found.clear()
        self.found.hide()
        for error in self.errors.values():
            error.hide()
        self.title.setFocus()

    def _find_records(self) -> None:
        """Find off the GUI thread; the latest text typed wins (issue 11 item 7)."""
        text = self.find_box.text()
        self._finder.run(lambda: self.model.find(text), self._show_found)

    def _show_found(self, records: list[FoundRecord]) -> None:
        self.found.clear()
        for record in records:
            item = QListWidgetItem(f"{record.name} · {record.object_label}")
            item.setData(ID_ROLE, str(record.id))
            self.found.addItem(item)
        self.found.setVisible(self.found.count() > 0)

    def _add_record(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        chosen = {self.chosen.item(i).data(ID_ROLE) for i in range(self.chosen.count())}
        if record_id not in chosen:
            added = QListWidgetItem(item.text())
            added.setData(ID_ROLE, record_id)
            self.chosen.addItem(added)
        self.find_box.clear()
        self._finder.supersede()
        self.found.hide()

    def new_task(self) -> NewTask:
        """What the fields hold."""
        return NewTask(
            self.title.text(), self.type.currentData(), self.priority.currentData(),
            self.due_date.text(), self.due_time.text(),
            uuid.UUID(self.assignee.currentData()) if self.assignee.currentData() else None,
            [uuid.UUID(self.chosen.item(i).data(ID_ROLE)) for i in range(self.chosen.count())],
            self.notes.toPlainText(),
        )  # fmt: skip

    def submit(self, another: bool) -> None:
        """Create the task; keep the panel open and cleared when adding another."""
        for error in self.errors.values():
            error.hide()
        try:
            task_id = self.model.create(self.new_task())
        except DomainError as exc:
            key = getattr(exc, "field", "title")
            self.errors.get(key, self.errors["title"]).setText(exc.user_message)
            self.errors.get(key, self.errors["title"]).show()
            return
        self.created.emit(task_id)
        if another:
            self.clear()
        else:
            self.close_panel()

    def close_panel(self) -> None:
        """Hide the panel; nothing typed is saved."""
        self.hide()
        self.closed.emit()
