"""The Feed tab (FEED-1..4): what the contacts of the viewer's customers did, newest first,
in a lazy list (a page at a time, read off the GUI thread); a search, filters by
activity type and by sequence enrollment, "Load older activities", and on the row under
the mouse (or the current row) the follow-ups Call, E-mail, Create task, Create note and
Schedule, each logged against the contact, and ✕ to delete the notification (with Undo).
A click on a notification opens the contact in the preview panel, its timeline included."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QAction, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.feed import KIND_LABELS, Enrollment, FeedEventKind, FeedFilter, FeedItem
from app.domain.viewer import Viewer
from app.domain.workspace import user_names
from app.domain.zones import zone_of
from app.models import Database
from app.models.feed import ITEM_ROLE, FeedModel
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.record_detail import RecordActions
from app.views.common.activity_dialog import ActivityDialog
from app.views.common.association_section import UndoBar
from app.views.common.preview_host import PreviewHost
from app.views.common.preview_panel import PreviewPanel
from app.views.common.tab_header import TabHeader
from app.views.palette import KIND_COLOURS

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 58
# FEED-4: the follow-ups, as the record activity each logs against the contact.
FOLLOW_UPS = (
    ("call", "Call"),
    ("email", "E-mail"),
    ("task", "Create task"),
    ("note", "Create note"),
    ("meeting", "Schedule"),
)


def kind_family(kind: str) -> str:
    """Which dot colour a kind of activity takes."""
    return kind.split("_")[0] if not kind.startswith("sequence") else "sequence"


class FeedDelegate(QStyledItemDelegate):
    """A notification on two lines: a dot and what happened; the kind, the company and
    when, muted."""

    def __init__(self, when: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.when = when  # a time as the feed says it

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(1, ROW_HEIGHT)  # as wide as the list (a wider hint would scroll)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: FeedItem | None = index.data(ITEM_ROLE)
        if item is None:
            return
        painter.save()
        palette = option.palette
        rect: QRect = option.rect
        state = option.state
        if state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_MouseOver):
            tint = palette.highlight().color()
            tint.setAlpha(28 if state & QStyle.StateFlag.State_Selected else 16)
            painter.fillRect(rect, tint)
        painter.setPen(palette.mid().color())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        dot = KIND_COLOURS[kind_family(item.kind.value)]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(dot)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(rect.left() + 16, rect.top() + 16, 9, 9)
        text_left = rect.left() + 36
        width = rect.width() - 36 - 16
        font = painter.font()
        strong = font
        strong.setWeight(font.Weight.DemiBold)
        painter.setFont(strong)
        painter.setPen(palette.text().color())
        metrics = painter.fontMetrics()
        title = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, rect.top() + 8, width, 20),
                         Qt.AlignmentFlag.AlignVCenter, title)  # fmt: skip
        light = painter.font()
        light.setWeight(font.Weight.Normal)
        painter.setFont(light)
        painter.setPen(palette.placeholderText().color())
        parts = [tr(KIND_LABELS.get(item.kind, item.kind.value))]
        if item.sequence and not item.kind.value.startswith("sequence"):
            parts.append(item.sequence)
        parts += [item.company, self.when(item.at)]
        line = " · ".join(p for p in parts if p)
        line = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(text_left, rect.top() + 30, width, 18),
                         Qt.AlignmentFlag.AlignVCenter, line)  # fmt: skip
        painter.restore()


class FollowUpBar(QFrame):
    """The follow-up buttons over the right end of one notification (FEED-4)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, objectName="FollowUps")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for kind, label in FOLLOW_UPS:
            button = QToolButton(text=tr(label))
            button.setAutoRaise(True)
            row.addWidget(button)
            self.buttons[kind] = button
        self.delete_button = QToolButton(text="✕")
        self.delete_button.setAutoRaise(True)
        self.delete_button.setToolTip(self.tr("Delete this notification"))
        row.addWidget(self.delete_button)
        self.item: FeedItem | None = None
        self.hide()

    def show_for(self, item: FeedItem, row: QRect) -> None:
        """Over the right end of `row`, naming the contact."""
        self.item = item
        for kind, label in FOLLOW_UPS:
            self.buttons[kind].setAccessibleName(
                self.tr("{action}: {contact}").format(action=tr(label), contact=item.contact)
            )
        self.delete_button.setAccessibleName(
            self.tr("Delete notification: {title}").format(title=item.title)
        )
        self.adjustSize()
        self.move(row.right() - self.width() - 8, row.top() + (row.height() - self.height()) // 2)
        self.show()
        self.raise_()


class FeedTab(PreviewHost, QWidget):
    """The viewer's feed."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.viewer = db, viewer
        self.preview: PreviewPanel | None = None
        self.viewer_locale = QLocale(viewer.locale)
        self.tz = zone_of(viewer)
        self.record_actions = RecordActions(db, viewer)
        self.dialog: ActivityDialog | None = None
        self.model = FeedModel(db, viewer, self)
        self.splitter = QSplitter()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        self.kinds_button = QToolButton(objectName="PillMenu")
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_button.setAccessibleName(self.tr("Activity type"))
        self.kinds_menu = QMenu(self.kinds_button)
        self.kind_actions: dict[FeedEventKind, QAction] = {}
        for kind, label in KIND_LABELS.items():
            action = self.kinds_menu.addAction(tr(label))
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._filter())
            self.kind_actions[kind] = action
        self.kinds_menu.addSeparator()
        self.kinds_menu.addAction(self.tr("All activity types"), self._all_kinds)
        self.kinds_button.setMenu(self.kinds_menu)
        self.enrollment = QComboBox()
        self.enrollment.setAccessibleName(self.tr("Sequence enrollment"))
        for value, label in (
            (Enrollment.ANY, self.tr("Any enrollment")),
            (Enrollment.ENROLLED, self.tr("Enrolled in a sequence")),
            (Enrollment.NOT_ENROLLED, self.tr("Not in a sequence")),
        ):
            self.enrollment.addItem(label, value.value)
        self.enrollment.currentIndexChanged.connect(lambda _i: self._filter())
        self.header = TabHeader(
            self, self.tr("Search activity"), self.tr("Search the feed"), self._filter,
            [self.kinds_button, self.enrollment],
        )  # fmt: skip
        self.header.title.setText(self.tr("Feed"))
        layout.addLayout(self.header.row)
        self.undo_bar = UndoBar(self)
        layout.addWidget(self.undo_bar)
        self.list = QListView()
        self.list.setObjectName("FeedList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Feed"))
        self.list.setItemDelegate(FeedDelegate(self.when, self.list))
        self.list.entered.connect(self._hovered)
        self.list.clicked.connect(self._open_contact)
        self.list.selectionModel().currentChanged.connect(lambda now, _old: self._hovered(now))
        self.list.viewport().installEventFilter(self)
        self.list.installEventFilter(self)
        layout.addWidget(self.list, 1)
        self.follow_ups = FollowUpBar(self.list.viewport())
        self.list.verticalScrollBar().valueChanged.connect(lambda _v: self.follow_ups.hide())
        for follow_up, button in self.follow_ups.buttons.items():
            button.clicked.connect(lambda _=False, f=follow_up: self.follow_up(f))
        self.follow_ups.delete_button.clicked.connect(self._delete_shown)
        self.empty = QLabel(objectName="Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.older_button = QPushButton(self.tr("Load older activities"))
        self.older_button.clicked.connect(self.model.load_older)
        layout.addWidget(self.older_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.splitter.addWidget(page)
        self.model.loaded.connect(self._loaded)
        self.model.modelReset.connect(self.follow_ups.hide)
        self.model.rowsRemoved.connect(lambda *_: self.follow_ups.hide())
        self._name_kinds()
        self.older_button.hide()
        self.empty.setText(self.tr("Reading the feed…"))
        self.model.reload()

    # -- the viewer's terms ------------------------------------------------------------
    def when(self, at: dt.datetime) -> str:
        """ "14:05" today, "Yesterday 14:05", else "Mon 30 Nov 14:05" (the viewer's locale
        and zone)."""
        local = at.astimezone(self.tz)
        clock = QTime(local.hour, local.minute)
        time = self.viewer_locale.toString(clock, QLocale.FormatType.ShortFormat)
        today = dt.datetime.now(self.tz).date()
        if local.date() == today:
            return time
        if local.date() == today - dt.timedelta(days=1):
            return self.tr("Yesterday {time}").format(time=time)
        day = QDate(local.year, local.month, local.day)
        return f"{self.viewer_locale.toString(day, 'ddd d MMM')} {time}"

    def preview_formatter(self) -> ValueFormatter:
        with self.db.session() as session:
            names = user_names(session)
        return ValueFormatter(self.viewer.locale, self.viewer.time_zone, names)

    # -- filters (FEED-2) --------------------------------------------------------------
    def chosen_filter(self) -> FeedFilter:
        kinds = frozenset(k for k, a in self.kind_actions.items() if a.isChecked())
        enrollment = Enrollment(self.enrollment.currentData())
        return FeedFilter(self.header.search.text(), kinds, enrollment)

    def _filter(self) -> None:
        self._name_kinds()
        self.model.set_filter(self.chosen_filter())

    def _all_kinds(self) -> None:
        for action in self.kind_actions.values():
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._filter()

    def _name_kinds(self) -> None:
        chosen = [k for k, a in self.kind_actions.items() if a.isChecked()]
        if not chosen:
            text = self.tr("All activity types")
        elif len(chosen) == 1:
            text = tr(KIND_LABELS[chosen[0]])
        else:
            text = self.tr("%n activity types", "", len(chosen))
        self.kinds_button.setText(text + "  ▾")

    # -- the list --------------------------------------------------------------------
    def _loaded(self) -> None:
        count = self.model.rowCount()
        self.older_button.setVisible(self.model.more)
        self.header.count.setText(
            self.tr("%Ln shown, older ones below", "", count)
            if self.model.more else self.tr("{n} notifications").format(
                n=self.viewer_locale.toString(count))
        )  # fmt: skip
        filtered = self.model.shown != FeedFilter()
        self.empty.setText(
            self.tr("No activity matches these filters.") if filtered else self.tr(
                "No activity yet from the contacts of the customers you own. E-mails "
                "opened, pages visited and forms submitted by their contacts show up here.")
        )  # fmt: skip
        self.empty.setVisible(count == 0)
        self.list.setVisible(count > 0)

    def _hovered(self, index: QModelIndex) -> None:
        item = self.model.item(index.row()) if index.isValid() else None
        if item is None:
            self.follow_ups.hide()
            return
        self.follow_ups.show_for(item, self.list.visualRect(index))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Leave:
            current = self.list.currentIndex()
            if current.isValid():  # the keyboard's row keeps its follow-ups
                self._hovered(current)
            else:
                self.follow_ups.hide()
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.list.currentIndex().isValid()
        ):
            item = self.model.item(self.list.currentIndex().row())
            if item is not None:
                self.delete(item.id)
            return True
        return super().eventFilter(watched, event)

    def _open_contact(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.open_preview(item.contact_id)

    # -- FEED-3: delete --------------------------------------------------------------
    def _delete_shown(self) -> None:
        if self.follow_ups.item is not None:
            self.delete(self.follow_ups.item.id)

    def delete(self, event_id: uuid.UUID) -> None:
        """Delete a notification, with Undo; a refusal says why."""
        try:
            item = self.model.delete(event_id)
        except DomainError as exc:
            self.undo_bar.say(exc.user_message)
            return
        self.undo_bar.offer(
            self.tr("Notification deleted: {title}").format(title=item.title if item else ""),
            lambda: self.model.restore(event_id),
        )

    # -- FEED-4: follow-ups ------------------------------------------------------------
    def follow_up(self, kind: str) -> ActivityDialog | None:
        """Open the follow-up's form for the notification shown; saving logs it against
        the contact (their timeline and last activity follow)."""
        item = self.follow_ups.item
        if item is None:
            return None
        contact_id, name = item.contact_id, item.contact
        self.dialog = ActivityDialog(
            kind, lambda fields: self.record_actions.log_activity(kind, contact_id, **fields), self,
            self.preview_formatter(),
        )  # fmt: skip
        first = {"call": "title", "email": "subject", "task": "title", "meeting": "title"}
        starts = {
            "call": self.tr("Call with {name}"),
            "email": self.tr("Following up"),
            "task": self.tr("Follow up with {name}"),
            "meeting": self.tr("Meeting with {name}"),
        }
        if kind in first:
            widget = self.dialog.inputs[first[kind]]
            if hasattr(widget, "setText"):
                widget.setText(starts[kind].format(name=name))
        self.dialog.setWindowTitle(f"{self.dialog.windowTitle()} · {name}")
        self.dialog.accepted.connect(
            lambda: self.undo_bar.say(self.tr("Logged against {name}.").format(name=name))
        )
        self.dialog.open()
        return self.dialog
