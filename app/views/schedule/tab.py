"""The Schedule tab (SCH-1..3): the viewer's meetings and tasks as a day, week or month
(the menu at the top left), moved with the arrows and "Today", in a chosen time zone,
weekends hidden or not; on the left the legend's checkboxes and the contacts met today;
clicking an item opens its summary; iCalendar import and export (DATA-4)."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.i18n import QT_TR_NOOP
from app.domain.schedule import ContactMet, EventKind
from app.domain.viewer import Viewer
from app.models import Database
from app.models.changes import Changes
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.schedule import ScheduleModel, Span
from app.views.common.message_bar import MessageBar
from app.views.common.preview_host import PreviewHost
from app.views.common.preview_panel import PreviewPanel
from app.views.common.shortcuts import tab_shortcut
from app.views.common.stale import StaleWatcher
from app.views.common.wrap_row import WrapRow
from app.views.palette import item_colours
from app.views.schedule.calendar import MonthView, WeekView
from app.views.schedule.event_summary import EventSummary
from app.views.schedule.ics import IcsActions

SPANS = (
    (Span.DAY, QT_TR_NOOP("Day"), "D"),
    (Span.WEEK, QT_TR_NOOP("Week"), "W"),
    (Span.MONTH, QT_TR_NOOP("Month"), "M"),
)
WORK_STARTS = 8  # a day or week opens scrolled to 08:00
CONTACT_ROLE = Qt.ItemDataRole.UserRole + 1
SIDE_WIDTH = 230


def _swatch(colour: QColor) -> QLabel:
    pixmap = QPixmap(12, 12)
    pixmap.fill(colour)
    label = QLabel()
    label.setPixmap(pixmap)
    return label


class ScheduleTab(PreviewHost, QWidget):
    """The viewer's calendar."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        # a move reads its items off the GUI thread (the busiest month is 20,000 items)
        self.model = ScheduleModel(db, viewer, self, background=True)
        self.preview: PreviewPanel | None = None
        self.summary: EventSummary | None = None
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._side())

        main = QVBoxLayout()
        main.setContentsMargins(16, 12, 16, 8)
        main.setSpacing(8)
        root.addLayout(main, 1)
        main.addWidget(self._toolbar())
        self.messages = MessageBar()
        main.addWidget(self.messages)
        self.ics = IcsActions(self)
        main.addWidget(self.ics.progress_row)

        self.week = WeekView(self.model)
        self.month = MonthView(self.model)
        for surface in (self.week.grid, self.week.header, self.month):
            surface.itemClicked.connect(self.show_summary)
            surface.dayClicked.connect(self.open_day)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.week)
        self.pages.addWidget(self.month)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.pages)
        main.addWidget(self.splitter, 1)

        self._contacts_shown: tuple[list[ContactMet], list[str]] | None = None
        self.model.changed.connect(self._refresh)
        self.model.readingChanged.connect(self._reading)
        self._refresh()
        StaleWatcher(self, db, self._concerns, self.model.reload)
        QTimer.singleShot(0, lambda: self.week.scroll_to_hour(WORK_STARTS))

    # -- building ------------------------------------------------------------------------
    def _toolbar(self) -> QWidget:
        """The calendar's controls: the span, Today and the arrows with the dates shown;
        the weekends and the zone; iCalendar files. On a narrow window the groups wrap
        onto a second line instead of cutting the dates or the zone (issue 16 item 4)."""
        toolbar = QWidget()
        policy = toolbar.sizePolicy()
        policy.setHeightForWidth(True)
        toolbar.setSizePolicy(policy)
        row = WrapRow(toolbar)
        navigation, options, files = QWidget(), QWidget(), QWidget()
        bar = self._group(navigation)
        self.span_menu = QComboBox()
        self.span_menu.setAccessibleName(self.tr("Calendar view"))
        for span, label, key in SPANS:
            self.span_menu.addItem(tr(label), span)
            tab_shortcut(self, key, lambda s=span: self.set_span(s))
        self.span_menu.setCurrentIndex(1)
        self.span_menu.setToolTip(self.tr("Day (D), week (W) or month (M)"))
        self.span_menu.currentIndexChanged.connect(
            lambda i: self.set_span(self.span_menu.itemData(i))
        )
        bar.addWidget(self.span_menu)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        self.today_button.clicked.connect(self.model.go_today)
        bar.addWidget(self.today_button)
        self.previous_button = self._arrow("‹", self.tr("Previous (Ctrl+Left)"), -1, "Ctrl+Left")
        self.next_button = self._arrow("›", self.tr("Next (Ctrl+Right)"), 1, "Ctrl+Right")
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        tab_shortcut(self, "T", self.model.go_today)
        self.range_label = QLabel(objectName="Greeting")
        self.range_label.setAccessibleName(self.tr("Shown dates"))
        bar.addSpacing(8)
        bar.addWidget(self.range_label)
        bar = self._group(options)
        self.hide_weekends = QCheckBox(self.tr("Hide weekends"))
        self.hide_weekends.toggled.connect(self.model.set_hide_weekends)
        bar.addWidget(self.hide_weekends)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("Time zone")))
        self.zone_menu = self._zone_menu()
        bar.addWidget(self.zone_menu)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import meetings from an iCalendar (.ics) file"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export your schedule to an iCalendar (.ics) file"))
        bar = self._group(files)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        row.addWidget(navigation)
        row.add_right(options)
        row.add_right(files)
        return toolbar

    @staticmethod
    def _group(box: QWidget) -> QHBoxLayout:
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        return line

    def _arrow(self, text: str, tip: str, direction: int, keys: str) -> QToolButton:
        button = QToolButton(text=text)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setStyleSheet("font-size: 18px; padding: 0 8px;")
        button.clicked.connect(lambda: self.model.go(direction))
        tab_shortcut(self, keys, lambda: self.model.go(direction))
        return button

    def _zone_menu(self) -> QComboBox:
        """The viewer's zone first, UTC, then every zone by name; typing finds one."""
        menu = QComboBox()
        menu.setAccessibleName(self.tr("Time zone"))
        menu.setEditable(True)
        menu.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        home = self.model.home_zone.key
        names = [home, *(["UTC"] if home != "UTC" else [])]
        names += sorted(z for z in available_timezones() if "/" in z and z not in names)
        menu.addItems(names)
        menu.setMinimumContentsLength(18)
        completer = QCompleter(names, menu)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        menu.setCompleter(completer)
        menu.setToolTip(
            self.tr("Show times in another time zone; yours is {zone}").format(zone=home)
        )
        menu.activated.connect(lambda i: self.set_zone(menu.itemText(i)))
        menu.lineEdit().editingFinished.connect(lambda: self.set_zone(menu.currentText()))
        return menu

    def _side(self) -> QWidget:
        side = QWidget(objectName="ViewSidebar")
        side.setFixedWidth(SIDE_WIDTH)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(12, 14, 8, 12)
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Show"), objectName="CardTitle"))
        self.show_meetings = QCheckBox(self.tr("Meetings"), checked=True)
        self.show_tasks = QCheckBox(self.tr("Tasks"), checked=True)
        for box, kind in (
            (self.show_meetings, EventKind.MEETING),
            (self.show_tasks, EventKind.TASK),
        ):
            row = QHBoxLayout()
            row.addWidget(box)
            row.addStretch(1)
            row.addWidget(_swatch(item_colours(self.palette(), kind.value)[1]))
            layout.addLayout(row)
            box.toggled.connect(self._kinds_changed)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("You meet today"), objectName="CardTitle"))
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Contacts you meet today"))
        self.contacts.setFrameShape(QListWidget.Shape.NoFrame)
        self.contacts.setWordWrap(True)
        self.contacts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contacts.itemActivated.connect(self._contact_chosen)
        self.contacts.itemClicked.connect(self._contact_chosen)
        layout.addWidget(self.contacts, 1)
        return side

    # -- state ---------------------------------------------------------------------------
    def set_span(self, span: Span) -> None:
        """Day, week or month (the menu follows a shortcut)."""
        index = self.span_menu.findData(span)
        if self.span_menu.currentIndex() != index:
            self.span_menu.setCurrentIndex(index)  # comes back here through the signal
            return
        self.model.set_span(span)  # the page follows when its items are read (_refresh)
        self.hide_weekends.setEnabled(span != Span.DAY)

    def set_zone(self, name: str) -> None:
        """Show the calendar in another zone; an unknown name puts the chosen one back."""
        if not self.model.set_zone(name.strip()):
            self.zone_menu.setCurrentText(self.model.chosen.zone.key)

    def open_day(self, day: dt.date) -> None:
        """A day's heading (or "+N more") opens that day."""
        self.span_menu.blockSignals(True)  # one read, of that day: not the week's first
        self.span_menu.setCurrentIndex(self.span_menu.findData(Span.DAY))
        self.span_menu.blockSignals(False)
        self.hide_weekends.setEnabled(False)
        self.model.show_day(day)

    def _kinds_changed(self) -> None:
        self.model.set_kinds(self.show_meetings.isChecked(), self.show_tasks.isChecked())

    @property
    def reading(self) -> bool:
        """The span asked for is still being read (tests and benchmarks wait on this)."""
        return self.model.reading

    def _controls_follow(self) -> None:
        """The span menu, the weekends, the legend and the zone say what is shown (after a
        failed read they had said what was asked for); a zone being typed is left alone."""
        model = self.model
        follow = [
            (self.span_menu, lambda: self.span_menu.setCurrentIndex(
                self.span_menu.findData(model.shown_span))),
            (self.hide_weekends, lambda: self.hide_weekends.setChecked(model.hide_weekends)),
            (self.show_meetings, lambda: self.show_meetings.setChecked(model.show_meetings)),
            (self.show_tasks, lambda: self.show_tasks.setChecked(model.show_tasks)),
        ]  # fmt: skip
        if not self.zone_menu.lineEdit().hasFocus():
            follow.append((self.zone_menu, lambda: self.zone_menu.setCurrentText(model.zone.key)))
        for control, put in follow:
            blocked = control.blockSignals(True)
            put()
            control.blockSignals(blocked)
        self.hide_weekends.setEnabled(model.shown_span != Span.DAY)

    def _reading(self, reading: bool) -> None:
        """A span still being read: the calendar's cursor says so (the window stays live,
        the last span shown until the new one's items arrive)."""
        for part in (self.pages, self.week.grid, self.week.header, self.month):
            if reading:  # the surfaces too: each sets its own cursor as the mouse moves
                part.setCursor(Qt.CursorShape.BusyCursor)
            else:
                part.unsetCursor()

    def _refresh(self) -> None:
        if not self.model.reading:
            self._controls_follow()
        # the page with the span's items (the hidden one does not lay them out)
        self.pages.setCurrentWidget(
            self.month if self.model.shown_span == Span.MONTH else self.week
        )
        self.range_label.setText(self.model.range_text())
        self.week.header.updateGeometry()
        self._fill_contacts()

    def changeEvent(self, event: QEvent) -> None:
        """Light to dark (or back): the contacts' muted lines take the new palette's grey."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._contacts_shown is not None:
            self._contacts_shown = None
            self._fill_contacts()

    def _fill_contacts(self) -> None:
        """SCH-2: the contacts the viewer meets today."""
        met = self.model.contacts_met_today()
        when_shown = [self.model.time_text(c.start) for c in met]  # the shown zone's times
        if (met, when_shown) == self._contacts_shown:
            return  # another day, week or month: the same list, not built again
        self._contacts_shown = (met, when_shown)
        self.contacts.clear()
        if not met:
            item = QListWidgetItem(self.tr("No contacts to meet today."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.contacts.addItem(item)
        width = SIDE_WIDTH - 40  # the side panel's width less its margins
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for contact in met:
            when = f"{self.model.time_text(contact.start)} · {contact.meeting_title}"
            label = QLabel(
                f"<b>{html.escape(contact.name)}</b><br>"
                f"<span style='color:{muted}'>{html.escape(when)}</span>"
            )
            label.setWordWrap(True)
            label.setContentsMargins(4, 4, 4, 4)
            item = QListWidgetItem()
            item.setToolTip(contact.email or contact.name)
            item.setData(CONTACT_ROLE, contact.contact_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{contact.name}, {when}")
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
            self.contacts.addItem(item)
            self.contacts.setItemWidget(item, label)

    def _contact_chosen(self, item: QListWidgetItem) -> None:
        contact_id = item.data(CONTACT_ROLE)
        if contact_id is not None:
            self.open_preview(contact_id)

    # -- an item's summary (SCH-3) -------------------------------------------------------
    def show_summary(self, row: int, pos: QPoint) -> EventSummary:
        """The summary popover of the clicked item."""
        if self.summary is not None and self.summary.isVisible():
            self.summary.close()
        self.summary = EventSummary(self.model, self.model.details(row), self)
        self.summary.openRecord.connect(self.open_preview)
        self.summary.setTaskDone.connect(self.set_task_done)
        self.summary.destroyed.connect(lambda _=None, shown=self.summary: self._summary_gone(shown))
        self.summary.show_at(pos)
        return self.summary

    def _summary_gone(self, shown: EventSummary) -> None:
        if self.summary is shown:  # not a newer summary opened since
            self.summary = None

    def set_task_done(self, task_id: uuid.UUID, done: bool) -> None:
        """Mark a task complete (or open again) from its summary."""
        try:
            self.model.set_task_done(task_id, done)
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
        else:
            self.messages.show_message(
                self.tr("Task marked complete.") if done else self.tr("Task marked incomplete.")
            )

    def preview_formatter(self) -> ValueFormatter:
        """A contact met today or an item's associated record, in the viewer's terms."""
        return ValueFormatter(self.viewer.locale, self.viewer.time_zone, self.model.user_names())

    def _concerns(self, changes: Changes) -> bool:
        """Meetings or tasks were written elsewhere (this calendar's own changes are shown
        already)."""
        return changes.origin is not self.model and changes.touches(
            "tasks", "meetings", "meeting_attendees", "activity_links"
        )
