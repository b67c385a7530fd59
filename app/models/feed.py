"""The Feed's list (FEED-1..3): the viewer's notifications, a page at a time, read off the
GUI thread (the newest request wins), kept fresh by the change channel, with "Load older
activities", delete and its undo. The follow-ups (FEED-4) log record activities against
the contact through `RecordActions`."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.feed import (
    PAGE,
    FeedFilter,
    FeedItem,
    FeedPage,
    delete_notifications,
    feed_page,
    restore_notifications,
)
from app.domain.viewer import Viewer
from app.domain.workspace import workspace_for
from app.models.changes import Changes, channel_for, write
from app.models.latest import LatestRead
from app.store.engine import Database

Index = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the FeedItem of a row
# What moves the feed: its events, the companies' CSMs and the contacts' names, the
# workspace's CSM property.
TABLES = ("feed_events", "records", "workspaces", "property_definitions")


def read_page(
    db: Database, viewer: Viewer, shown: FeedFilter, before: Any = None, limit: int = PAGE
) -> FeedPage:
    """One page of the viewer's feed (its own session: run it off the GUI thread)."""
    with db.session() as session:
        return feed_page(session, viewer, workspace_for(session, viewer), shown, before, limit)


class FeedModel(QAbstractListModel):
    """The notifications shown, newest first."""

    loaded = Signal()  # a read's rows are in (the first page, or older ones)
    failed = Signal(str)  # why a read failed

    def __init__(self, db: Database, viewer: Viewer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.viewer = db, viewer
        self.items: list[FeedItem] = []
        self.more = False
        self.shown = FeedFilter()
        self._read = LatestRead(self)
        channel_for(db).changed.connect(self._changed)

    @property
    def loading(self) -> bool:
        """A read was asked for and is not in yet."""
        return self._read.pending

    # -- reading -------------------------------------------------------------------------
    def set_filter(self, shown: FeedFilter) -> None:
        """Search, activity types, enrollment: the first page again."""
        self.shown = shown
        self.reload()

    def reload(self, keep: bool = False) -> None:
        """Read the newest page again (`keep`: as many rows as are shown, so an update
        does not take away what "Load older activities" brought)."""
        db, viewer, shown = self.db, self.viewer, self.shown
        limit = max(PAGE, len(self.items)) if keep else PAGE
        self._read.run(lambda: read_page(db, viewer, shown, None, limit), self._replace)

    def load_older(self) -> None:
        """FEED-3 "Load older activities": the page after the last row shown."""
        if not self.items or not self.more:
            return
        db, viewer, shown = self.db, self.viewer, self.shown
        last = (self.items[-1].at, self.items[-1].id)
        self._read.run(lambda: read_page(db, viewer, shown, last), self._append)

    def _replace(self, page: FeedPage) -> None:
        self.beginResetModel()
        self.items = list(page.items)
        self.more = page.more
        self.endResetModel()
        self.loaded.emit()

    def _append(self, page: FeedPage) -> None:
        known = {item.id for item in self.items}
        new = [item for item in page.items if item.id not in known]
        if new:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.items.extend(new)
            self.endInsertRows()
        self.more = page.more
        self.loaded.emit()

    def _changed(self, changes: Changes) -> None:
        if changes.origin is not self and changes.touched.touches(*TABLES):
            self.reload(keep=True)

    # -- FEED-3: delete ----------------------------------------------------------------
    def delete(self, event_id: uuid.UUID) -> FeedItem | None:
        """Delete one notification (refused with the domain's reason); its row goes at once."""
        write(self.db, lambda s: delete_notifications(s, self.viewer, [event_id]), self)
        return self._drop(event_id)

    def restore(self, event_id: uuid.UUID) -> None:
        """Undo a delete: the notification comes back in its place."""
        write(self.db, lambda s: restore_notifications(s, self.viewer, [event_id]), self)
        self.reload(keep=True)

    def _drop(self, event_id: uuid.UUID) -> FeedItem | None:
        for row, item in enumerate(self.items):
            if item.id == event_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.items[row]
                self.endRemoveRows()
                return item
        return None

    # -- the Qt model ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.url or item.detail or item.title
        if role == ITEM_ROLE:
            return item
        return None

    def item(self, row: int) -> FeedItem | None:
        """The notification on `row`."""
        return self.items[row] if 0 <= row < len(self.items) else None
