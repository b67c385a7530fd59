"""The command palette (UX-2, Ctrl+K, issue 16 item 3): one line that finds records by
name, domain or e-mail (through the search index, off the GUI thread), saved views of
every tab, the tabs themselves, settings pages and actions ("Create task", "Import CSV…",
"Sync now"…), each with its shortcut shown. ↑/↓ choose, Enter runs, Esc closes. With
nothing typed it lists every command, so it also teaches the shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.models.command_palette import PaletteFinder, RecordHit, ViewHit, matches
from app.views.help import native

RUN_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's Callable
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2  # muted text after the label
SHORTCUT_ROLE = Qt.ItemDataRole.UserRole + 3  # the keys, right-aligned
HEADER_ROLE = Qt.ItemDataRole.UserRole + 4  # a group's heading (not chosen)
ASK_DELAY_MS = 120  # a pause in typing before records are looked up


@dataclass(frozen=True)
class Command:
    """Something the palette runs: its label, group, how, and its shortcut."""

    label: str
    group: str  # "Go to", "Create", "Settings"...
    run: Callable[[], None]
    shortcut: str = ""  # as QKeySequence's portable text ("Ctrl+K"), shown native
    detail: str = ""  # more words it is found by and shows muted


class _Delegate(QStyledItemDelegate):
    """A row: the label, its detail muted, its shortcut on the right; a heading muted."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, height + (10 if index.data(HEADER_ROLE) else 12))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:  # fmt: skip
        palette = option.palette
        rect = option.rect.adjusted(10, 0, -10, 0)
        metrics = option.fontMetrics
        painter.save()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if index.data(HEADER_ROLE):
            font = painter.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignBottom, index.data())
            painter.restore()
            return
        chosen = bool(option.state & QStyle.StateFlag.State_Selected)
        if chosen:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text = palette.color(
            QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.Text
        )
        middle = Qt.AlignmentFlag.AlignVCenter
        keys = native(index.data(SHORTCUT_ROLE) or "")  # ⌘K on macOS
        keys_width = metrics.horizontalAdvance(keys) + (16 if keys else 0)
        if keys:
            painter.setPen(text if chosen else muted)
            painter.drawText(rect, middle | Qt.AlignmentFlag.AlignRight, keys)
        room = rect.width() - keys_width
        label = index.data() or ""
        painter.setPen(text)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(rect.left(), rect.top(), room, rect.height()), middle, shown)
        detail = index.data(DETAIL_ROLE) or ""
        used = metrics.horizontalAdvance(shown) + 12
        if detail and used < room:
            painter.setPen(text if chosen else muted)
            cut = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, room - used)
            area = QRect(rect.left() + used, rect.top(), room - used, rect.height())
            painter.drawText(area, middle, cut)
        painter.restore()


class CommandPalette(QDialog):
    """Ctrl+K over the window: type, choose, Enter."""

    def __init__(
        self, parent: QWidget, commands: list[Command], finder: PaletteFinder,
        open_record: Callable[[RecordHit], None], open_view: Callable[[ViewHit], None],
        view_tabs: dict[str, str],
    ) -> None:  # fmt: skip
        """`view_tabs`: each tab key's title, naming the tab a found view is on."""
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("CommandPalette")
        self.setAccessibleName(self.tr("Command palette"))
        self.commands = commands
        self.finder = finder
        self.open_record, self.open_view = open_record, open_view
        self.view_tabs = view_tabs
        self.records: list[RecordHit] = []
        self.views: list[ViewHit] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.line = QLineEdit(
            placeholderText=self.tr("Search records, views, tabs, settings and actions")
        )
        self.line.setAccessibleName(self.tr("Search commands and records"))
        self.line.installEventFilter(self)
        layout.addWidget(self.line)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setItemDelegate(_Delegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.itemActivated.connect(self._run_item)
        self.list.itemClicked.connect(self._run_item)
        layout.addWidget(self.list, 1)
        self.hint = QLabel(
            self.tr("↑↓ to choose · Enter to open · Esc to close"), objectName="Muted"
        )
        layout.addWidget(self.hint)
        self._ask = QTimer(self, singleShot=True, interval=ASK_DELAY_MS)
        self._ask.timeout.connect(lambda: self.finder.ask(self.line.text()))
        self.line.textChanged.connect(self._typed)
        self.finder.found.connect(self._found)
        self.resize(620, 420)
        self._fill()

    def show_over(self, window: QWidget) -> None:
        """Open at the top of `window`, centred, the line empty and focused."""
        width = min(620, window.width() - 40)
        height = min(420, window.height() - 80)
        self.resize(width, height)
        top_left = window.mapToGlobal(window.rect().topLeft())
        self.move(top_left.x() + (window.width() - width) // 2, top_left.y() + 60)
        self.line.clear()
        self.show()
        self.line.setFocus()

    # -- what is listed ------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self.records, self.views = [], []
        self._fill()
        if len(self.line.text().strip()) >= 2:
            self._ask.start()

    def _found(self, text: str, records: list[RecordHit], views: list[ViewHit]) -> None:
        if text != self.line.text():
            return  # typed on since
        self.records, self.views = records, views
        self._fill()

    def _fill(self) -> None:
        text = self.line.text().strip()
        self.list.clear()
        if self.records:
            self._heading(self.tr("Records"))
            for hit in self.records:
                detail = " · ".join(t for t in (hit.object_label, hit.key) if t)
                self._item(hit.name, partial(self.open_record, hit), detail=detail)
        if self.views:
            self._heading(self.tr("Views"))
            for view in self.views:
                tab = self.view_tabs.get(view.tab.value, "")
                self._item(view.name, partial(self.open_view, view), detail=tab)
        group = None
        for command in self.commands:
            if text and not matches(text, command.label, command.group, command.detail):
                continue
            if command.group != group:
                group = command.group
                self._heading(group)
            self._item(command.label, command.run, command.shortcut, command.detail)
        if self.list.count() == 0:
            self._heading(
                self.tr("Nothing matches “{text}”").format(text=text)
                if not self.finder.pending else self.tr("Searching…")
            )  # fmt: skip
        self._choose(0, 1)

    def _heading(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(HEADER_ROLE, True)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)
        return item

    def _item(
        self, label: str, run: Callable[[], None], shortcut: str = "", detail: str = ""
    ) -> None:
        item = QListWidgetItem(label)
        item.setData(RUN_ROLE, run)
        item.setData(DETAIL_ROLE, detail)
        item.setData(SHORTCUT_ROLE, shortcut)
        item.setToolTip(" · ".join(t for t in (label, detail, shortcut) if t))
        self.list.addItem(item)

    def items(self) -> list[tuple[str, str]]:
        """What is listed, top to bottom: (label, shortcut) of each choosable row."""
        rows = (self.list.item(i) for i in range(self.list.count()))
        return [(r.text(), r.data(SHORTCUT_ROLE) or "") for r in rows if not r.data(HEADER_ROLE)]

    # -- choosing and running ------------------------------------------------------------
    def _choose(self, start: int, step: int) -> None:
        """The first choosable row from `start` going `step`."""
        row = start
        while 0 <= row < self.list.count():
            if not self.list.item(row).data(HEADER_ROLE):
                self.list.setCurrentRow(row)
                return
            row += step

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                self._choose(self.list.currentRow() + step, step)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.list.currentItem()
                if current is not None:
                    self._run_item(current)
                return True
        return super().eventFilter(watched, event)

    def _run_item(self, item: QListWidgetItem) -> None:
        run = item.data(RUN_ROLE)
        if run is None:
            return
        self.close()
        run()
