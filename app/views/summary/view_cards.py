"""The Summary's customer view cards (SUM-4): one card per default customer view, at most
six, each with its count, its description and "View records", which opens the view on
the Customers tab. Super admins and Manage-CS-settings holders drag a card to another
place to reorder them (PERM-5; the domain refuses anyone else). The counts are read off
the GUI thread and again when the change channel says customers or views changed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.errors import DomainError
from app.domain.summary import ViewCard
from app.domain.viewer import Viewer
from app.models import Database
from app.models.changes import Changes, channel_for
from app.models.i18n import view_words
from app.models.latest import LatestRead
from app.models.summary import load_view_cards, reorder_cards
from app.views.common.card_drag import DraggableCard
from app.views.common.elided_label import ElidedLabel

MIME = "application/x-tend-view-card"
# What moves a card's count: customers, the views themselves, users (their books).
TABLES = ("records", "saved_views", "users", "property_definitions", "workspaces")


class ViewCardWidget(DraggableCard):
    """One default view: name, count, description, "View records"."""

    opened = Signal(object)  # the ViewCard

    def __init__(self, card: ViewCard, locale: QLocale, movable: bool) -> None:
        super().__init__(objectName="Card")
        self.drag_mime = MIME
        self.card = card
        self.movable = movable
        self.name = view_words(card.name, card.builtin)
        self.description = view_words(card.description, card.builtin)
        self.setAccessibleName(self.name)
        body = QVBoxLayout(self)
        body.setContentsMargins(16, 10, 16, 10)
        body.setSpacing(2)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title = ElidedLabel(self.name, object_name="CardTitle")
        head.addWidget(self.title, 1)
        if movable:
            grip = QLabel("⠿", objectName="Muted")
            grip.setToolTip(self.tr("Drag to reorder the cards"))
            head.addWidget(grip)
            self.setCursor(Qt.CursorShape.OpenHandCursor)
        body.addLayout(head)
        description = ElidedLabel(self.description or " ", object_name="Muted")
        description.setToolTip(self.description)
        body.addWidget(description)
        foot = QHBoxLayout()
        self.count = QLabel(locale.toString(card.count), objectName="Greeting")
        self.count.setAccessibleName(self.tr("%n customers", "", card.count))
        foot.addWidget(self.count)
        foot.addStretch(1)
        self.view_button = QPushButton(self.tr("View records"), objectName="LinkButton")
        self.view_button.setAccessibleName(self.tr("View records: {name}").format(name=self.name))
        self.view_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view_button.clicked.connect(lambda: self.opened.emit(self.card))
        foot.addWidget(self.view_button, 0, Qt.AlignmentFlag.AlignBottom)
        body.addLayout(foot)

    def drag_payload(self) -> uuid.UUID:
        return self.card.view_id

    def may_take(self, at: QPoint) -> bool:
        return self.movable


class ViewCardsRow(QWidget):
    """The view cards in as many columns as the Summary has, in the admins' order."""

    viewOpened = Signal(object)  # a ViewCard: "View records"
    refused = Signal(str)  # a reorder the domain refused, and why

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.viewer = db, viewer
        self.person = viewer  # whose counts ("Owned by me" is theirs, SUM-1)
        self.viewer_locale = QLocale(viewer.locale)
        self.cards: list[ViewCard] = []
        self.widgets: list[ViewCardWidget] = []
        self.columns = 3
        self.wanted, self.wide = 3, True  # the page's columns, and room for four
        self._read = LatestRead(self)
        self.setAcceptDrops(True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.hide()  # until the first read says there are cards
        channel_for(db).changed.connect(self._changed)

    @property
    def movable(self) -> bool:
        """PERM-5: the viewer may reorder the cards (the domain checks it again), on
        their own Summary (another user's may be another workspace's cards)."""
        if self.person.id != self.viewer.id or self.db.read_only:
            return False
        return bool(permissions.can_reorder_summary_cards(self.viewer))

    def set_person(self, person: Viewer) -> None:
        """Count for `person` (their "Owned by me"): the Summary seen as them."""
        self.person = person
        self.reload()

    @property
    def pending(self) -> bool:
        """The cards are being read."""
        return self._read.pending

    def reload(self) -> None:
        """Read the cards and their counts again, off the GUI thread."""
        db, person = self.db, self.person
        self._read.run(lambda: load_view_cards(db, person), self._show)

    def _changed(self, changes: Changes) -> None:
        if changes.touched.touches(*TABLES):
            self.reload()

    def _show(self, cards: list[ViewCard]) -> None:
        self.cards = list(cards)
        while self.grid.count():  # out of the grid, so the new cards are laid out
            self.grid.takeAt(0)
        for widget in self.widgets:
            widget.hide()  # gone at once, deleted when the loop next runs
            widget.deleteLater()
        movable = self.movable and len(cards) > 1
        self.widgets = []
        for card in self.cards:
            widget = ViewCardWidget(card, self.viewer_locale, movable)
            widget.opened.connect(self.viewOpened)
            self.widgets.append(widget)
        self.setVisible(bool(self.cards))
        self.fit(self.wanted, self.wide)

    def fit(self, columns: int, wide: bool = True) -> None:
        """The cards in rows for a page of `columns` columns: four side by side on a
        `wide` page (1,200 pixels and more), else three a row (six make two rows, four
        two of two); two on a narrower page; the cards fill their row."""
        self.wanted, self.wide = columns, wide
        n = max(len(self.widgets), 1)
        if columns < 3:
            per_row = min(columns, n)
        elif n <= 4 and (wide or n != 4):
            per_row = n
        else:
            per_row = 2 if n == 4 else 3
        if per_row != self.columns or self.grid.count() != len(self.widgets):
            self.set_columns(per_row)

    def set_columns(self, columns: int) -> None:
        """Lay the cards out in `columns` columns, in order."""
        self.columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        for i, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, i // columns, i % columns)
        for c in range(4):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    # -- reordering by drag (PERM-5) ---------------------------------------------------------
    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(MIME) and self.movable

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()

    def place_at(self, point: QPoint) -> int:
        """Where a card dropped at `point` goes: before the card under it, or after it when
        dropped on its right half; the end when on no card."""
        for i, widget in enumerate(self.widgets):
            box = widget.geometry()
            if box.contains(point):
                return i + (1 if point.x() > box.center().x() else 0)
        return len(self.widgets)

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            return
        moved = uuid.UUID(hex=bytes(event.mimeData().data(MIME).data()).decode())
        event.acceptProposedAction()
        self.move_card(moved, self.place_at(event.position().toPoint()))

    def move_card(self, view_id: uuid.UUID, place: int) -> None:
        """Put one card at `place` (an index among the cards before the move) and keep the
        order for everyone."""
        order = [c.view_id for c in self.cards]
        if view_id not in order:
            return
        old = order.index(view_id)
        order.remove(view_id)
        order.insert(place - 1 if place > old else place, view_id)
        if order == [c.view_id for c in self.cards]:
            return
        try:
            reorder_cards(self.db, self.viewer, order, self)
        except DomainError as exc:
            self.refused.emit(exc.user_message)
            return
        by_id = {c.view_id: c for c in self.cards}
        self._show([by_id[i] for i in order])  # at once; the change channel reads again
