"""The preview panel's associated records (OBJ-4, CUS-5): one section per object with its
records (click one to open it in the panel, × to remove the association) and "+ Add",
a finder that finds records of that object by name, domain or e-mail as the user types
(off the GUI thread, the latest text winning: models/latest.py). Also the panel's undo
bar ("Removed …. Undo")."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.associations import Associated, AssociationGroup
from app.models.latest import LatestRead

if TYPE_CHECKING:
    from app.views.common.preview_panel import PreviewPanel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIND_DELAY_MS = 250
SHOWN_MAX = 20


class AssociationSection(QFrame):
    """The associated records of one object."""

    def __init__(self, panel: PreviewPanel, group: AssociationGroup) -> None:
        super().__init__(objectName="AssociationSection")
        self.panel = panel
        self.group = group
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 2)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.heading = QLabel(f"{group.plural} ({len(group.records)})", objectName="CardTitle")
        head.addWidget(self.heading, 1)
        self.add_button = QToolButton(text=self.tr("+ Add"))
        self.add_button.setAutoRaise(True)
        self.add_button.setAccessibleName(self.tr("Add an associated {o}").format(
            o=group.singular.lower()))  # fmt: skip
        self.add_button.clicked.connect(self.start_finding)
        verdict = panel.model.can_edit()
        self.add_button.setEnabled(bool(verdict))
        self.add_button.setToolTip(
            verdict.user_message
            if not verdict
            else self.tr("Find a {o} by name, domain or e-mail and associate it").format(
                o=group.singular.lower()
            )
        )
        head.addWidget(self.add_button)
        layout.addLayout(head)
        self.find_box = QLineEdit(
            placeholderText=self.tr("Type a name, domain or e-mail to find a {o}").format(
                o=group.singular.lower()
            )
        )
        self.find_box.setAccessibleName(self.tr("Find a {o}").format(o=group.singular.lower()))
        self.find_box.hide()
        self._finder = LatestRead(self)
        self._find_timer = QTimer(self, singleShot=True, interval=FIND_DELAY_MS)
        self._find_timer.timeout.connect(self._find)
        self.find_box.textChanged.connect(lambda _t: self._find_timer.start())
        layout.addWidget(self.find_box)
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Records found"))
        self.found.setMaximumHeight(120)
        self.found.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.found.hide()
        self.found.itemClicked.connect(self._chosen)
        self.found.itemActivated.connect(self._chosen)
        layout.addWidget(self.found)
        self.none_found = QLabel(self.tr("No match."), objectName="Muted")
        self.none_found.hide()
        layout.addWidget(self.none_found)
        self.links: dict[uuid.UUID, QPushButton] = {}
        self.remove_buttons: dict[uuid.UUID, QToolButton] = {}
        for record in group.records[:SHOWN_MAX]:
            layout.addWidget(self._row(record, verdict))
        if not group.records:
            layout.addWidget(QLabel(self.tr("None yet."), objectName="Muted"))
        if len(group.records) > SHOWN_MAX:
            more = self.tr("and %n more", "", len(group.records) - SHOWN_MAX)
            layout.addWidget(QLabel(more, objectName="Muted"))

    def _row(self, record: Associated, verdict) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        link = QPushButton(record.name, objectName="LinkButton")
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setToolTip(record.detail or record.name)
        link.clicked.connect(lambda: self.panel.open_associated(record.record_id))
        box.addWidget(link)
        if record.detail:  # a long e-mail is cut, never widening the panel
            detail = QLabel(record.detail, objectName="Muted")
            detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            detail.setToolTip(record.detail)
            box.addWidget(detail, 1)
        else:
            box.addStretch(1)
        remove = QToolButton(text="×")
        remove.setAutoRaise(True)
        remove.setAccessibleName(self.tr("Remove the association with {r}").format(r=record.name))
        remove.setEnabled(bool(verdict))
        remove.setToolTip(
            verdict.user_message if not verdict else self.tr("Remove the association")
        )
        remove.clicked.connect(lambda: self.panel.remove_association(record))
        box.addWidget(remove)
        self.links[record.record_id] = link
        self.remove_buttons[record.record_id] = remove
        return row

    # -- the finder ---------------------------------------------------------------------------
    def start_finding(self) -> None:
        """Show the finder with the cursor in it (again: hide it)."""
        if self.find_box.isVisible():
            self.stop_finding()
            return
        self.find_box.show()
        self.find_box.setFocus()

    def stop_finding(self) -> None:
        """Hide the finder, nothing added."""
        self._finder.supersede()
        self.find_box.clear()
        self.find_box.hide()
        self.found.hide()
        self.none_found.hide()

    def _find(self) -> None:
        text = self.find_box.text()
        record_id = self.panel.record_id
        if not text.strip() or record_id is None:
            self._finder.supersede()
            self.found.hide()
            self.none_found.hide()
            return
        model, object_type_id = self.panel.model, self.group.object_type_id
        read: Callable[[], list[Associated]] = lambda: model.find_to_associate(  # noqa: E731
            record_id, object_type_id, text
        )
        self._finder.run(read, self._show_found)

    def _show_found(self, records: list[Associated]) -> None:
        self.found.clear()
        for record in records:
            text = f"{record.name} · {record.detail}" if record.detail else record.name
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, str(record.record_id))
            self.found.addItem(item)
        self.found.setVisible(bool(records))
        self.none_found.setVisible(not records)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.panel.add_association(uuid.UUID(item.data(ID_ROLE)), item.text().split(" · ")[0])


class UndoBar(QWidget):
    """A message with Undo, shown after an action that can be taken back at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(objectName="Banner")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self._undo)
        row.addWidget(self.undo_button)
        close = QToolButton(text="✕")
        close.setAccessibleName(self.tr("Close message"))
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        row.addWidget(close)
        self._action: Callable[[], None] | None = None
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        """Say what happened, with Undo running `undo`."""
        self.label.setText(text)
        self._action = undo
        self.undo_button.show()
        self.show()

    def say(self, text: str) -> None:
        """A message without Undo (a refusal, or what an undo did)."""
        self.label.setText(text)
        self._action = None
        self.undo_button.hide()
        self.show()

    def dismiss(self) -> None:
        """Hide the bar; what was done stays done."""
        self._action = None
        self.hide()

    def _undo(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
