"""An item's summary (SCH-3), opened by clicking it on the calendar: its time, attendees,
associated record (opens the preview panel), "Start meeting" that opens the meeting link
in the desktop's browser, and, for a task, marking it complete or open again."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.schedule import Attendee, Event, EventKind
from app.models.i18n import tr
from app.models.schedule import ScheduleModel

ATTENDEES_SHOWN = 8
TYPES = {"todo": "To-do", "call": "Call", "email": "E-mail"}


class EventSummary(QFrame):
    """A popup card over the calendar; it closes when the user clicks elsewhere."""

    openRecord = Signal(object)  # record id
    setTaskDone = Signal(object, bool)  # task id, completed

    def __init__(self, model: ScheduleModel, event: Event, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("EventSummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(self.tr("Summary of {title}").format(title=event.title))
        self.event_item = event
        self.setMinimumWidth(320)
        self.setMaximumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(6)
        kind = self.tr("Meeting") if event.kind == EventKind.MEETING else self._task_kind(event)
        layout.addWidget(QLabel(kind, objectName="Muted"))
        title = QLabel(event.title, objectName="CardTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.when = QLabel(model.describe_time(event))
        self.when.setAccessibleName(self.tr("When"))
        layout.addWidget(self.when)
        if (
            event.kind == EventKind.MEETING
            and not event.all_day
            and event.time_zone != model.zone.key
        ):
            layout.addWidget(
                QLabel(
                    self.tr("Scheduled in {zone}").format(zone=event.time_zone), objectName="Muted"
                )
            )
        if event.location:
            layout.addWidget(self._wrapped(self.tr("Where: {place}").format(place=event.location)))
        others = [a for a in event.attendees if a.user_id != model.viewer.id]
        if others:
            layout.addWidget(self._attendees(others))
        if event.record is not None:
            record_id, name = event.record
            self.record_button = QPushButton(name, objectName="LinkButton")
            self.record_button.setFlat(True)
            self.record_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.record_button.setToolTip(
                self.tr("Open {name} in the preview panel").format(name=name)
            )
            self.record_button.clicked.connect(lambda: self._open_record(record_id))
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("For:"), objectName="Muted"))
            row.addWidget(self.record_button)
            row.addStretch(1)
            layout.addLayout(row)
        if event.description:
            text = (
                event.description if len(event.description) < 400 else event.description[:400] + "…"
            )
            layout.addWidget(self._wrapped(text, muted=True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if event.kind == EventKind.MEETING and event.link:
            self.start_button = QPushButton(self.tr("Start meeting"), objectName="Primary")
            self.start_button.setToolTip(event.link)
            self.start_button.clicked.connect(self._start_meeting)
            buttons.addWidget(self.start_button)
        if event.kind == EventKind.TASK:
            label = self.tr("Mark incomplete") if event.completed else self.tr("Mark complete")
            self.done_button = QPushButton(label, objectName="" if event.completed else "Primary")
            self.done_button.clicked.connect(self._toggle_done)
            buttons.addWidget(self.done_button)
        if buttons.count() > 1:
            layout.addLayout(buttons)

    def _task_kind(self, event: Event) -> str:
        kind = self.tr("Task · {type}").format(type=self.tr(TYPES.get(event.task_type, "To-do")))
        if event.priority in ("low", "medium", "high"):
            kind += " · " + self.tr("{p} priority").format(p=tr(event.priority.capitalize()))
        return kind + (" · " + self.tr("completed") if event.completed else "")

    def _wrapped(self, text: str, *, muted: bool = False) -> QLabel:
        label = QLabel(text, objectName="Muted" if muted else "")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _attendees(self, attendees: list[Attendee]) -> QLabel:
        """Everyone else in the meeting (the viewer knows they are in it)."""
        names = [a.name for a in attendees[:ATTENDEES_SHOWN]]
        more = len(attendees) - len(names)
        text = ", ".join(names)
        if more:
            text += self.tr(" and %n more", "", more)
        label = self._wrapped(self.tr("With {names}").format(names=text))
        label.setAccessibleName(self.tr("Attendees"))
        label.setToolTip(
            "\n".join(f"{a.name} <{a.email}>" if a.email else a.name for a in attendees)
        )
        return label

    def _open_record(self, record_id: uuid.UUID) -> None:
        self.close()
        self.openRecord.emit(record_id)

    def _start_meeting(self) -> None:
        """SCH-3: the meeting link in the desktop's browser."""
        QDesktopServices.openUrl(QUrl(self.event_item.link))
        self.close()

    def _toggle_done(self) -> None:
        self.close()
        self.setTaskDone.emit(self.event_item.id, not self.event_item.completed)

    def show_at(self, pos: QPoint) -> None:
        """Open beside the clicked point, kept on the screen."""
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = pos.x() + 12, pos.y() - 20
        if screen is not None:
            x = min(x, screen.right() - self.width() - 8)
            if x < pos.x():  # no room on the right: open to the left of the point
                x = max(screen.left() + 8, pos.x() - self.width() - 12)
            y = max(screen.top() + 8, min(y, screen.bottom() - self.height() - 8))
        self.move(x, y)
        self.show()
