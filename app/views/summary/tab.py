"""The Summary tab: the viewer's day at a glance (SUM-2 alerts and task lists, SUM-3
progress, SUM-5 today's schedule with each item's summary), the default customer views
with their counts (SUM-4, reordered by admins), the customers' health (SUM-6), and the
reports they pinned (SUM-7). Super admins and Manage-CS-settings holders see it as any
user through the user menu, under a banner saying whose it is (SUM-1, PERM-5). A
customer opened from an alert shows in the preview panel beside the cards."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    Qt,
    QTime,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.errors import DomainError
from app.domain.health.summary import AlertList
from app.domain.record_query import RecordQuery
from app.domain.schedule import Event, EventKind
from app.domain.summary import LIST_LIMIT, Summary, TaskList, ViewCard, as_person
from app.domain.viewer import Viewer
from app.domain.workspace import user_names
from app.domain.zones import zone_of
from app.models import Database
from app.models.formatting import ValueFormatter
from app.models.schedule import ScheduleModel
from app.models.schedule_layout import Span
from app.models.summary import (
    band_of,
    dismiss,
    load_alerts,
    load_summary,
    person_shown,
    viewable_people,
)
from app.views.common.message_bar import MessageBar
from app.views.common.preview_host import PreviewHost
from app.views.common.stale import StaleWatcher
from app.views.palette import band_label
from app.views.summary.alerts import AlertRow, AlertsDialog
from app.views.summary.elided import ListLine
from app.views.summary.health import HealthSummaryCard
from app.views.summary.reports import ReportsSection
from app.views.summary.view_cards import ViewCardsRow

if TYPE_CHECKING:
    from app.views.common.preview_panel import PreviewPanel
    from app.views.schedule.event_summary import EventSummary


class Card(QFrame):
    """A titled white card."""

    def __init__(self, title: str, count: str = "") -> None:
        super().__init__(objectName="Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(8)
        head = QHBoxLayout()
        self.title = QLabel(title, objectName="CardTitle")
        self.count = QLabel(count, objectName="CardCount")
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count)
        self.body.addLayout(head)


class ScheduleRow(ListLine):
    """One of today's meetings or tasks on the schedule card (its time, its title, who or
    which customer): a click (or Enter) opens its summary (SUM-5)."""

    clicked = Signal(QPoint)  # where, on the screen

    def __init__(self, event: Event, when: str, second: str) -> None:
        super().__init__(event.title, "", second, when)
        self.event_item = event
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(event.globalPosition().toPoint())
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.mapToGlobal(self.rect().center()))
            return
        super().keyPressEvent(event)


class SummaryTab(PreviewHost, QWidget):
    """Today for the signed-in user."""

    viewTasks = Signal(str)  # SUM-2 "View more": a task view of the Actions tab
    # SUM-6 "[N] customers": (the viewer's book?, the band, a profile to keep or None, its name)
    healthBandOpened = Signal(bool, str, object, str)
    # SUM-7: a report's bar, point or slice: (the customers' RecordQuery, what they are)
    reportRecordsOpened = Signal(object, str)
    viewOpened = Signal(object)  # SUM-4 "View records": a default customer view's id
    scheduleOpened = Signal()  # SUM-5: the schedule card's "View in Schedule"

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        parent: QWidget | None = None,
        *,
        set_up_health: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.person = viewer  # whose Summary is shown: the viewer, or another (SUM-1)
        self.viewer_locale = QLocale(viewer.locale)
        self.tz = zone_of(viewer)
        self.set_up_health = set_up_health
        self.preview: PreviewPanel | None = None
        self.alerts_dialog: AlertsDialog | None = None
        self.event_summary: EventSummary | None = None
        self.progress_overdue = False  # SUM-3: the switch on "overdue" (else "due today")
        # "View more" opens the Actions tab, which only full users have (PERM-3).
        self.actions_shown = bool(permissions.has_full_use(viewer))
        self.schedule_shown = self.actions_shown  # so is the Schedule tab
        self.scroll_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.messages = MessageBar(self)
        self.messages.setContentsMargins(24, 8, 24, 0)
        outer.addWidget(self.messages)
        self.as_banner = self._banner()
        outer.addWidget(self.as_banner)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.scroll_area)
        outer.addWidget(self.splitter, 1)
        # The user menu (SUM-1): whose Summary this is, for those who may pick another.
        self.user_button: QToolButton | None = None
        if permissions.can_view_as_other_user(viewer):
            self.user_button = QToolButton(objectName="PillMenu")
            self.user_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.user_menu = QMenu(self.user_button)
            self.user_menu.aboutToShow.connect(self._fill_user_menu)
            self.user_button.setMenu(self.user_menu)
            self._name_user_button()
        # The day's lists and today's meetings are read here, on the GUI thread, before
        # the off-thread reads start (they would compete with these for the processor).
        self._shown = (load_summary(self.db, self.person), load_alerts(self.db, self.person))
        # SUM-5: today's meetings, as the Schedule tab reads them (the day's tasks are the
        # Summary's own list: a busy CSM has a thousand, the card shows six).
        self.schedule = ScheduleModel(db, viewer, self, span=Span.DAY, tasks=False)
        # SUM-4: the default views' cards, counted off the GUI thread, kept across rebuilds.
        self.view_cards = ViewCardsRow(db, viewer)
        self.view_cards.viewOpened.connect(self._open_view_card)
        self.view_cards.refused.connect(self.messages.show_message)
        # The health card is read off the GUI thread and kept across the cards' rebuilds.
        self.health = self._health_card()
        # SUM-7: the pinned reports, kept across the cards' rebuilds (each chart refreshes
        # itself off the GUI thread).
        self.reports = self._reports_section()
        self.columns_shown = 3
        self._reflow = QTimer(self, singleShot=True, interval=0)
        self._reflow.timeout.connect(self._build_page)
        self.scroll_area.viewport().installEventFilter(self)
        self.view_cards.reload()
        # The page is built when first shown, at the size it is shown at (not at a default
        # size and again once laid out); the schedule was just read.
        self._built = False
        # SUM-7's charts are built on the loop's next turn: the day's lists paint first.
        QTimer.singleShot(0, self._first_reports)
        # Today's tasks, meetings, the viewer's customers and their alerts (`alerts`,
        # `health_scores`, `health_score_history`): most actions touch one of them. The
        # health card has its own watcher (it reads off the GUI thread).
        StaleWatcher(self, db, lambda _changes: True, self.refresh)

    # -- whose Summary (SUM-1) ------------------------------------------------------------
    @property
    def viewing_other(self) -> bool:
        """The Summary shown is another user's (read only)."""
        return self.person.id != self.viewer.id

    def _banner(self) -> QFrame:
        banner = QFrame(objectName="AsBanner")
        row = QHBoxLayout(banner)
        row.setContentsMargins(24, 8, 24, 0)
        self.as_label = QLabel(objectName="Banner")
        self.as_label.setWordWrap(True)
        back = QPushButton(self.tr("Back to my Summary"))
        back.clicked.connect(lambda: self.show_as(self.viewer.id))
        row.addWidget(self.as_label, 1)
        row.addWidget(back)
        banner.hide()
        return banner

    def _name_user_button(self) -> None:
        if self.user_button is None:
            return
        name = self.tr("My Summary") if not self.viewing_other else self.person.name
        self.user_button.setText(self.tr("Viewing: {name}").format(name=name) + "  ▾")
        self.user_button.setAccessibleName(self.tr("See the Summary as another user"))
        self.user_button.setToolTip(self.tr("See the Summary as another user"))

    def _fill_user_menu(self) -> None:
        """Everyone whose Summary the viewer may see, the one shown ticked."""
        self.user_menu.clear()
        try:
            people = viewable_people(self.db, self.viewer)
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
            return
        for user_id, name in people:
            label = self.tr("{name} (you)").format(name=name) if user_id == self.viewer.id else name
            action = self.user_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(user_id == self.person.id)
            action.triggered.connect(lambda _=False, u=user_id: self.show_as(u))

    def show_as(self, user_id: uuid.UUID) -> None:
        """SUM-1: show `user_id`'s Summary (their tasks, schedule, cards, health and
        reports, in their day), or the viewer's own again; refused with the reason
        unless the viewer may (PERM-5)."""
        try:
            person = person_shown(self.db, self.viewer, user_id)
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
            return
        self.person = self.viewer if person.id == self.viewer.id else person
        self.tz = zone_of(self.person)
        self.as_label.setText(
            self.tr("You are viewing the Summary of {name}, as they see it. Nothing here "
                    "can be changed for them.").format(name=self.person.name)
        )  # fmt: skip
        self.as_banner.setVisible(self.viewing_other)
        self._name_user_button()
        for old_part in (self.health, self.reports):
            old_part.hide()  # gone at once, deleted when the loop next runs
            old_part.deleteLater()
        self.health = self._health_card()
        self.reports = self._reports_section()
        self.view_cards.set_person(self.person)
        self.schedule.deleteLater()
        self.schedule = ScheduleModel(self.db, self.person, self, span=Span.DAY, tasks=False)
        self.refresh()

    def _health_card(self) -> HealthSummaryCard:
        own = not self.viewing_other
        card = HealthSummaryCard(self.db, self.person, self.set_up_health if own else None)
        card.bandOpened.connect(self._open_band)
        return card

    def _reports_section(self) -> ReportsSection:
        section = ReportsSection(self.db, self.person, read_only=self.viewing_other)
        section.recordsOpened.connect(self._open_report_records)
        return section

    def _open_band(self, book: bool, band: str, profile_id: object, profile: str) -> None:
        """SUM-6 "[N] customers": the viewer's own band, or the shown user's."""
        if not self.viewing_other:
            self.healthBandOpened.emit(book, band, profile_id, profile)
            return
        customers = self.reports.customers
        if customers is None:
            return
        filters = band_of(self.db, self.person, band, book)
        scored = profile_id if isinstance(profile_id, uuid.UUID) else None
        what = self.tr("{name}'s customers").format(name=self.person.name) if book else ""
        self.reportRecordsOpened.emit(
            RecordQuery(customers, filters, scored_by=scored),
            f"{what} · {band_label(band)}" if what else band_label(band),
        )

    def _open_report_records(self, query: RecordQuery, what: str) -> None:
        """A report's bar, point or slice: "me" in its filters is the shown user."""
        if self.viewing_other:
            filters = as_person([list(g) for g in query.filters], self.person.id)
            query = RecordQuery(query.object_type_id, filters, stage_id=query.stage_id)
            what = f"{self.person.name} · {what}"
        self.reportRecordsOpened.emit(query, what)

    def _open_view_card(self, card: ViewCard) -> None:
        """SUM-4 "View records": the view on the Customers tab; another user's view as
        its filters for them ("Owned by me" lists their customers)."""
        if not self.viewing_other:
            self.viewOpened.emit(card.view_id)
            return
        customers = self.reports.customers
        if customers is not None:
            self.reportRecordsOpened.emit(
                RecordQuery(customers, card.filters), f"{self.person.name} · {card.name}"
            )

    # -- formatting in the viewer's locale and zone ------------------------------------------
    def _time(self, at: dt.datetime) -> str:
        local = at.astimezone(self.tz)
        return self.viewer_locale.toString(
            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
        )

    def _date(self, day: dt.date) -> str:
        return self.viewer_locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    def ago(self, at: dt.datetime, now: dt.datetime | None = None) -> str:
        """When an alert was raised: "just now", "25 min ago", "2 h ago", then "Mon 14:05"
        within a week, else the date, in the viewer's locale and zone."""
        passed = (now or dt.datetime.now(dt.UTC)) - at
        if passed < dt.timedelta(minutes=1):
            return self.tr("just now")
        if passed < dt.timedelta(hours=1):
            return self.tr("{n} min ago").format(n=int(passed.total_seconds() // 60))
        if passed < dt.timedelta(hours=24):
            return self.tr("{n} h ago").format(n=int(passed.total_seconds() // 3600))
        local = at.astimezone(self.tz)
        day = QDate(local.year, local.month, local.day)
        if passed < dt.timedelta(days=6):
            return f"{self.viewer_locale.toString(day, 'ddd')} {self._time(at)}"
        return self.viewer_locale.toString(day, "ddd d MMM")

    def _due(self, at: dt.datetime | None, all_day: bool, today: dt.date) -> str:
        if at is None:
            return ""
        local = at.astimezone(self.tz)
        if local.date() in (today, today + dt.timedelta(days=1)):
            return self.tr("All day") if all_day else self._time(at)
        return self._date(local.date())

    # -- building ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the viewer's Summary again and rebuild the cards."""
        self._shown = (load_summary(self.db, self.person), load_alerts(self.db, self.person))
        self.schedule.set_anchor(self.schedule.today())  # a new day, or the data changed
        self.reports.reload()
        self._build_page()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._built:
            self._build_page()
        super().showEvent(event)

    def _first_reports(self) -> None:
        self.reports.reload_soon()  # the section shown then (a view-as replaces it)

    @property
    def reading(self) -> bool:
        """A part of the page read off the GUI thread is not shown yet (tests and
        benchmarks wait on this)."""
        return self.view_cards.pending or self.health.pending or self.reports.pending

    def column_count(self, width: int) -> int:
        """How many columns of cards fit `width` pixels (the preview panel beside the
        cards, or a narrow window, leaves two or one)."""
        return 3 if width >= 940 else 2 if width >= 600 else 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The cards flow into as many columns as the width fits."""
        viewport = self.scroll_area.viewport()
        resized = watched is viewport and event.type() == QEvent.Type.Resize
        if resized and self.column_count(viewport.width()) != self.columns_shown:
            self._reflow.start()
        elif resized:
            self._lay_out_reports()
            self._lay_out_cards()
        return super().eventFilter(watched, event)

    def _lay_out_cards(self) -> None:
        """The view cards in the page's columns."""
        self.view_cards.fit(self.columns_shown, self.scroll_area.viewport().width() >= 1200)

    def _lay_out_reports(self) -> None:
        """The report cards in the page's columns, two at most below 1,200 pixels: a chart
        needs room to be read."""
        wide = self.scroll_area.viewport().width() >= 1200
        columns = self.columns_shown if wide else min(2, self.columns_shown)
        if columns != self.reports.columns or not self.reports.grid.count():
            self.reports.set_columns(columns)

    def _build_page(self) -> None:
        summary, alerts = self._shown
        self._built = True
        self.columns_shown = self.column_count(self.scroll_area.viewport().width())
        page = QWidget()
        layout = QVBoxLayout(page)
        margin = 24 if self.columns_shown == 3 else 16
        layout.setContentsMargins(margin, 20, margin, 24)
        layout.setSpacing(16)
        greeting = QLabel(
            self.tr("Hello, {name}").format(name=self.viewer.name.split()[0]), objectName="Greeting"
        )
        day = summary.today
        date = QLabel(
            self.viewer_locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
            ),
            objectName="Muted",
        )
        if self.viewing_other:
            greeting.setText(self.tr("{name}'s day").format(name=self.person.name))
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(greeting)
        titles.addWidget(date)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        if self.user_button is not None:
            self.user_button.setParent(None)
            header.addWidget(self.user_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        self.view_cards.setParent(None)  # out of the old page, which is deleted below
        self._lay_out_cards()
        layout.addWidget(self.view_cards)
        self.health.setParent(None)
        layout.addWidget(self.health)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        alerts_card = self._alerts_card(alerts)
        progress = self._progress_card(summary)
        today = self._task_card(self.tr("Tasks due today"), summary.due_today, summary, "due_today")
        overdue = self._task_card(self.tr("Overdue tasks"), summary.overdue, summary, "overdue")
        tomorrow = self._task_card(
            self.tr("Tasks due tomorrow"), summary.due_tomorrow, summary, "due_tomorrow"
        )
        meetings = self._schedule_card(summary)
        # Independent columns, so a long list never leaves holes beside it.
        flows = {
            3: [[alerts_card], [progress, today, overdue], [meetings, tomorrow]],
            2: [[alerts_card, progress, today], [meetings, overdue, tomorrow]],
            1: [[alerts_card, progress, meetings, today, overdue, tomorrow]],
        }
        for cards in flows[self.columns_shown]:
            column = QVBoxLayout()
            column.setSpacing(16)
            for card in cards:
                column.addWidget(card)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout.addLayout(columns, 1)
        self.reports.setParent(None)  # out of the old page, as the health card
        self._lay_out_reports()
        layout.addWidget(self.reports)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.scroll_area.setWidget(page)

    # -- alerts (SUM-2, HEALTH-5) -------------------------------------------------------------
    def _alerts_card(self, alerts: AlertList) -> Card:
        card = Card(self.tr("Alerts"), self.viewer_locale.toString(alerts.total))
        card.setAccessibleName(self.tr("Alerts"))
        self.alert_rows: list[AlertRow] = []
        if not alerts.items:
            text = QLabel(
                self.tr("No alerts. A customer whose health changes band shows up here."),
                objectName="Muted",
            )
            text.setWordWrap(True)
            card.body.addWidget(text)
        now = dt.datetime.now(dt.UTC)
        for alert in alerts.items:
            row = AlertRow(
                alert, self.ago(alert.raised_at, now), self.open_customer, self.dismiss_alert
            )
            row.dismiss.setVisible(not self.viewing_other)  # theirs to dismiss
            self.alert_rows.append(row)
            card.body.addWidget(row)
        self.alerts_more: QPushButton | None = None
        if alerts.total > len(alerts.items):
            more = alerts.total - len(alerts.items)
            card.body.addWidget(QLabel(self.tr("and %n more", "", more), objectName="Muted"))
            self.alerts_more = QPushButton(self.tr("View more"), objectName="LinkButton")
            self.alerts_more.setAccessibleName(self.tr("View more: Alerts"))
            self.alerts_more.setCursor(Qt.CursorShape.PointingHandCursor)
            self.alerts_more.clicked.connect(self.open_all_alerts)
            card.body.addWidget(self.alerts_more, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def open_all_alerts(self) -> None:
        """SUM-2 "View more": every live alert in a dialog, to open or dismiss."""
        self.alerts_dialog = AlertsDialog(load_alerts(self.db, self.person, None), self.ago, self)
        self.alerts_dialog.opened.connect(self.open_customer)
        self.alerts_dialog.dismissed.connect(self.dismiss_alert)
        self.alerts_dialog.open()

    def open_customer(self, record_id: uuid.UUID) -> None:
        """An alert's customer, in the preview panel beside the cards."""
        self.open_preview(record_id)

    def preview_formatter(self) -> ValueFormatter:
        """The customer's values in the viewer's terms."""
        with self.db.session() as session:
            names = user_names(session)
        return ValueFormatter(self.viewer.locale, self.viewer.time_zone, names)

    def dismiss_alert(self, alert_id: uuid.UUID) -> None:
        """Dismiss one of the viewer's alerts (refused with the reason on a read-only file)."""
        try:
            dismiss(self.db, self.viewer, alert_id, self)
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
            return
        if self.alerts_dialog is not None and self.alerts_dialog.isVisible():
            self.alerts_dialog.remove(alert_id)
        self.refresh()

    def _progress_card(self, summary: Summary) -> Card:
        """SUM-3: today's done against all, for the tasks due today or the overdue ones
        (those overdue this morning: done today, or still open)."""
        card = Card(self.tr("Task progress"))
        switch = QHBoxLayout()
        switch.setSpacing(0)
        group = QButtonGroup(card)
        self.progress_buttons: dict[bool, QToolButton] = {}
        for overdue, label in ((False, self.tr("Due today")), (True, self.tr("Overdue"))):
            button = QToolButton(text=label, objectName="Segment", checkable=True)
            button.setChecked(overdue == self.progress_overdue)
            button.setAccessibleName(self.tr("Task progress: {which}").format(which=label))
            button.toggled.connect(
                lambda on, o=overdue: on and self._switch_progress(o)  # type: ignore[func-returns-value]
            )
            group.addButton(button)
            switch.addWidget(button)
            self.progress_buttons[overdue] = button
        switch.addStretch(1)
        card.body.addLayout(switch)
        if self.progress_overdue:
            done, total = summary.overdue_done_today, summary.overdue_total
            text = (
                self.tr("{done} of {total} overdue tasks done today").format(done=done, total=total)
                if total
                else self.tr("No overdue tasks")
            )
        else:
            done, total = summary.done_today, summary.total_today
            text = (
                self.tr("{done} of {total} tasks due today done").format(done=done, total=total)
                if total
                else self.tr("No tasks due today")
            )
        self.progress_label = QLabel(text, objectName="ProgressText")
        bar = QProgressBar()
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        bar.setTextVisible(False)
        bar.setAccessibleName(text)
        card.body.addWidget(self.progress_label)
        card.body.addWidget(bar)
        return card

    def _switch_progress(self, overdue: bool) -> None:
        if overdue != self.progress_overdue:
            self.progress_overdue = overdue
            self._reflow.start()  # the card is built again with the other figures

    def _task_card(self, title: str, tasks: TaskList, summary: Summary, view: str) -> Card:
        card = Card(title, self.viewer_locale.toString(tasks.total))
        card.setAccessibleName(title)
        if not tasks.items:
            card.body.addWidget(QLabel(self.tr("Nothing here. Nice work."), objectName="Muted"))
        for task in tasks.items:
            due = self._due(task.due_at, task.due_all_day, summary.today)
            card.body.addWidget(ListLine(task.title, due, task.customer or ""))
        if tasks.total > len(tasks.items):
            more = tasks.total - len(tasks.items)
            card.body.addWidget(QLabel(self.tr("and %n more", "", more), objectName="Muted"))
        if self.actions_shown and not self.viewing_other:
            more_button = QPushButton(self.tr("View more"), objectName="LinkButton")
            more_button.setAccessibleName(self.tr("View more: {list}").format(list=title))
            more_button.setCursor(Qt.CursorShape.PointingHandCursor)
            more_button.clicked.connect(lambda _=False: self.viewTasks.emit(view))
            card.body.addWidget(more_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _schedule_card(self, summary: Summary) -> Card:
        """SUM-5: today's meetings, then the tasks due today, six at most; a click on one
        opens its summary as on the Schedule (Start meeting, its record, Mark complete)."""
        meetings = self.schedule.events
        tasks = [
            Event(EventKind.TASK, t.id, t.title, t.due_at, t.due_at, all_day=t.due_all_day)
            for t in summary.due_today.items
            if t.due_at is not None
        ]
        total = len(meetings) + summary.due_today.total
        card = Card(self.tr("Today's schedule"), self.viewer_locale.toString(total))
        card.setAccessibleName(self.tr("Today's schedule"))
        if not total:
            card.body.addWidget(QLabel(self.tr("Nothing scheduled today."), objectName="Muted"))
        guests = {m.id: m for m in summary.meetings}
        self.schedule_rows: list[ScheduleRow] = []
        for event in [*meetings, *tasks][:LIST_LIMIT]:
            meeting = event.kind == EventKind.MEETING
            if meeting:
                when = self.tr("All day") if event.all_day else (
                    f"{self._time(event.start)} – {self._time(event.end)}"
                )  # fmt: skip
            elif event.all_day:
                when = self.tr("Task · all day")
            else:
                when = self.tr("Task · due {time}").format(time=self._time(event.start))
            known = guests.get(event.id)
            second = ""
            if known is not None and known.attendees:
                second = self.tr("with {names}").format(names=", ".join(known.attendees))
            elif known is not None and known.customer and known.customer not in known.title:
                second = known.customer
            item = ScheduleRow(event, when, second)
            item.clicked.connect(lambda pos, e=event: self.open_event(e, pos))
            self.schedule_rows.append(item)
            card.body.addWidget(item)
            if meeting and event.link:
                start = QPushButton(self.tr("Start meeting"))
                start.setAccessibleName(self.tr("Start meeting: {t}").format(t=event.title))
                start.clicked.connect(
                    lambda _=False, url=event.link: QDesktopServices.openUrl(QUrl(url))
                )
                card.body.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
        if total > len(self.schedule_rows):
            more = total - len(self.schedule_rows)
            card.body.addWidget(QLabel(self.tr("and %n more", "", more), objectName="Muted"))
        if self.schedule_shown and not self.viewing_other:
            schedule = QPushButton(self.tr("View in Schedule"), objectName="LinkButton")
            schedule.setCursor(Qt.CursorShape.PointingHandCursor)
            schedule.clicked.connect(self.scheduleOpened)
            card.body.addWidget(schedule, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def open_event(self, event: Event, pos: QPoint) -> EventSummary | None:
        """SUM-5: the item's summary, as on the Schedule tab."""
        if self.event_summary is not None and self.event_summary.isVisible():
            self.event_summary.close()
        try:
            if event.kind == EventKind.MEETING:
                row = next(i for i, e in enumerate(self.schedule.events) if e.id == event.id)
                shown = self.schedule.details(row)
            else:
                shown = self.schedule.task_details(event.id)
        except (DomainError, StopIteration):
            self.messages.show_message(self.tr("That item is no longer on today's schedule."))
            return None
        from app.views.schedule.event_summary import EventSummary

        summary = EventSummary(self.schedule, shown, self)
        summary.openRecord.connect(self.open_preview)
        summary.setTaskDone.connect(self._set_task_done)
        if self.viewing_other and hasattr(summary, "done_button"):
            summary.done_button.hide()  # their task: not the viewer's to complete
        self.event_summary = summary
        summary.show_at(pos)
        return summary

    def _set_task_done(self, task_id: uuid.UUID, done: bool) -> None:
        try:
            self.schedule.set_task_done(task_id, done)
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
