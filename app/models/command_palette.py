"""The command palette's finder (UX-2, Ctrl+K): records and saved views matching what is
typed, read off the GUI thread, the newest text winning (`LatestRead`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.domain.command_palette import RecordHit, ViewHit, find_records, find_views, matches
from app.domain.viewer import Viewer
from app.models.latest import LatestRead
from app.store.engine import Database

__all__ = ["PaletteFinder", "RecordHit", "ViewHit", "matches"]


class PaletteFinder(QObject):
    """Asks for what matches a text; `found` gives (text, records, views)."""

    found = Signal(str, object, object)

    def __init__(self, db: Database, viewer: Viewer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.viewer = db, viewer
        self._read = LatestRead(self)

    @property
    def pending(self) -> bool:
        return self._read.pending

    def ask(self, text: str) -> None:
        """Find records and views for `text`; `found` follows (an empty text: nothing)."""

        def read() -> tuple[list[RecordHit], list[ViewHit]]:
            with self.db.session() as session:
                return find_records(session, text), find_views(session, self.viewer, text)

        self._read.run(read, lambda got: self.found.emit(text, got[0], got[1]))
