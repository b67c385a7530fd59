"""The Summary tab: the viewer's day at a glance (SUM-2 alerts and task lists, SUM-3
progress, SUM-5 today's schedule), the customers they own and their health (SUM-6), and
the reports they pinned (SUM-7). A
customer opened from an alert shows in the preview panel beside the cards."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.errors import DomainError
from app.domain.health.summary import AlertList
from app.domain.summary import Summary, TaskList
from app.domain.viewer import Viewer
from app.domain.workspace import user_names
from app.domain.zones import zone_of
from app.models import Database
from app.models.formatting import ValueFormatter
from app.models.summary import dismiss, load_alerts, load_summary
from app.views.common.message_bar import MessageBar
from app.views.common.preview_host import PreviewHost
from app.views.common.preview_panel import PreviewPanel
from app.views.common.stale import StaleWatcher
from app.views.summary.alerts import AlertRow, AlertsDialog
from app.views.summary.elided import ElidedLabel
from app.views.summary.health import HealthSummaryCard
from app.views.summary.reports import ReportsSection


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


class SummaryTab(PreviewHost, QWidget):
    """Today for the signed-in user."""

    viewTasks = Signal(str)  # SUM-2 "View more": a task view of the Actions tab
    # SUM-6 "[N] customers": (the viewer's book?, the band, a profile to keep or None, its name)
    healthBandOpened = Signal(bool, str, object, str)
    # SUM-7: a report's bar, point or slice: (the customers' RecordQuery, what they are)
    reportRecordsOpened = Signal(object, str)

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
        self.viewer_locale = QLocale(viewer.locale)
        self.tz = zone_of(viewer)
        self.preview: PreviewPanel | None = None
        self.alerts_dialog: AlertsDialog | None = None
        # "View more" opens the Actions tab, which only full users have (PERM-3).
        self.actions_shown = bool(permissions.has_full_use(viewer))
        self.scroll_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.messages = MessageBar(self)
        self.messages.setContentsMargins(24, 8, 24, 0)
        outer.addWidget(self.messages)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.scroll_area)
        outer.addWidget(self.splitter)
        # The health card is read off the GUI thread and kept across the cards' rebuilds.
        self.health = HealthSummaryCard(db, viewer, set_up_health)
        self.health.bandOpened.connect(self.healthBandOpened)
        # SUM-7: the pinned reports, kept across the cards' rebuilds (each chart refreshes
        # itself off the GUI thread).
        self.reports = ReportsSection(db, viewer)
        self.reports.recordsOpened.connect(self.reportRecordsOpened)
        self.columns_shown = 3
        self._reflow = QTimer(self, singleShot=True, interval=0)
        self._reflow.timeout.connect(self._build_page)
        self.scroll_area.viewport().installEventFilter(self)
        self.refresh()
        # Today's tasks, meetings, the viewer's customers and their alerts (`alerts`,
        # `health_scores`, `health_score_history`): most actions touch one of them. The
        # health card has its own watcher (it reads off the GUI thread).
        StaleWatcher(self, db, lambda _changes: True, self.refresh)

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
        self._shown = (load_summary(self.db, self.viewer), load_alerts(self.db, self.viewer))
        self.reports.reload()
        self._build_page()

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
        return super().eventFilter(watched, event)

    def _lay_out_reports(self) -> None:
        """The report cards in the page's columns, two at most below 1,200 pixels: a chart
        needs room to be read."""
        wide = self.scroll_area.viewport().width() >= 1200
        columns = self.columns_shown if wide else min(2, self.columns_shown)
        if columns != self.reports.columns or not self.reports.grid.count():
            self.reports.set_columns(columns)

    def _build_page(self) -> None:
        summary, alerts = self._shown
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
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(greeting)
        header.addWidget(date)
        layout.addLayout(header)
        self.health.setParent(None)  # out of the old page, which is deleted below
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
        mine = self._customers_card(summary)
        # Independent columns, so a long list never leaves holes beside it.
        flows = {
            3: [[alerts_card], [progress, today, overdue], [tomorrow, meetings, mine]],
            2: [[alerts_card, progress, today], [overdue, tomorrow, meetings, mine]],
            1: [[alerts_card, progress, today, overdue, tomorrow, meetings, mine]],
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
            self.alert_rows.append(row)
            card.body.addWidget(row)
        self.alerts_more: QPushButton | None = None
        if alerts.total > len(alerts.items):
            more = alerts.total - len(alerts.items)
            card.body.addWidget(QLabel(self.tr("and {n} more").format(n=more), objectName="Muted"))
            self.alerts_more = QPushButton(self.tr("View more"), objectName="LinkButton")
            self.alerts_more.setAccessibleName(self.tr("View more: Alerts"))
            self.alerts_more.setCursor(Qt.CursorShape.PointingHandCursor)
            self.alerts_more.clicked.connect(self.open_all_alerts)
            card.body.addWidget(self.alerts_more, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def open_all_alerts(self) -> None:
        """SUM-2 "View more": every live alert in a dialog, to open or dismiss."""
        self.alerts_dialog = AlertsDialog(load_alerts(self.db, self.viewer, None), self.ago, self)
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
        card = Card(self.tr("Task progress"))
        done, total = summary.done_today, summary.total_today
        text = (
            self.tr("{done} of {total} tasks due today done").format(done=done, total=total)
            if total
            else self.tr("No tasks due today")
        )
        label = QLabel(text, objectName="ProgressText")
        bar = QProgressBar()
        bar.setRange(0, max(total, 1))
        bar.setValue(done)
        bar.setTextVisible(False)
        bar.setAccessibleName(text)
        card.body.addWidget(label)
        card.body.addWidget(bar)
        return card

    def _customers_card(self, summary: Summary) -> Card:
        card = Card(self.tr("My customers"))
        number = QLabel(self.viewer_locale.toString(summary.owned_customers), objectName="Greeting")
        card.body.addWidget(number)
        card.body.addWidget(QLabel(self.tr("customers where you are the CSM"), objectName="Muted"))
        return card

    def _task_card(self, title: str, tasks: TaskList, summary: Summary, view: str) -> Card:
        card = Card(title, self.viewer_locale.toString(tasks.total))
        card.setAccessibleName(title)
        if not tasks.items:
            card.body.addWidget(QLabel(self.tr("Nothing here. Nice work."), objectName="Muted"))
        for task in tasks.items:
            item = QVBoxLayout()
            item.setSpacing(0)
            row = QHBoxLayout()
            row.setSpacing(12)
            title_label = ElidedLabel(task.title)
            when = QLabel(
                self._due(task.due_at, task.due_all_day, summary.today), objectName="Muted"
            )
            row.addWidget(title_label, 1)
            row.addWidget(when)
            item.addLayout(row)
            if task.customer:
                item.addWidget(ElidedLabel(task.customer, object_name="Muted"))
            card.body.addLayout(item)
        if tasks.total > len(tasks.items):
            more = tasks.total - len(tasks.items)
            card.body.addWidget(QLabel(self.tr("and {n} more").format(n=more), objectName="Muted"))
        if self.actions_shown:
            more_button = QPushButton(self.tr("View more"), objectName="LinkButton")
            more_button.setAccessibleName(self.tr("View more: {list}").format(list=title))
            more_button.setCursor(Qt.CursorShape.PointingHandCursor)
            more_button.clicked.connect(lambda _=False: self.viewTasks.emit(view))
            card.body.addWidget(more_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _schedule_card(self, summary: Summary) -> Card:
        card = Card(self.tr("Today's meetings"), self.viewer_locale.toString(len(summary.meetings)))
        card.setAccessibleName(self.tr("Today's meetings"))
        if not summary.meetings:
            card.body.addWidget(QLabel(self.tr("No meetings today."), objectName="Muted"))
        for meeting in summary.meetings:
            box = QVBoxLayout()
            box.setSpacing(0)
            when = f"{self._time(meeting.start_at)} – {self._time(meeting.end_at)}"
            box.addWidget(QLabel(when, objectName="Muted"))
            box.addWidget(ElidedLabel(meeting.title))
            if meeting.attendees:
                guests = self.tr("with {names}").format(names=", ".join(meeting.attendees))
                box.addWidget(ElidedLabel(guests, object_name="Muted"))
            elif meeting.customer and meeting.customer not in meeting.title:
                box.addWidget(ElidedLabel(meeting.customer, object_name="Muted"))
            if meeting.link:
                start = QPushButton(self.tr("Start meeting"))
                start.setAccessibleName(self.tr("Start meeting: {t}").format(t=meeting.title))
                start.clicked.connect(
                    lambda _=False, url=meeting.link: QDesktopServices.openUrl(QUrl(url))
                )
                box.addWidget(start, 0, Qt.AlignmentFlag.AlignLeft)
            card.body.addLayout(box)
        return card
