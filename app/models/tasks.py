"""The Qt side's access to creating tasks (ACT-2): it opens the sessions, so the Create
task panel never does."""

from __future__ import annotations

import uuid

from app.domain import tasks
from app.domain.viewer import Viewer
from app.domain.workspace import active_users
from app.domain.zones import zone_of
from app.models.changes import write
from app.store.engine import Database


class TaskCreation:
    """Who tasks can be assigned to, records found by name, and the create action."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer

    def users(self) -> list[tuple[uuid.UUID, str]]:
        """Everyone a task can be assigned to, by name."""
        with self.db.session() as session:
            return [(u.id, u.name) for u in active_users(session)]

    def find(self, text: str) -> list[tasks.FoundRecord]:
        """Records whose name holds `text` (to associate with the task)."""
        with self.db.session() as session:
            return tasks.find_records(session, text)

    def create(self, new: tasks.NewTask) -> uuid.UUID:
        """Create the task in one transaction; a refused field raises ValidationError."""
        return write(self.db, lambda session: tasks.create_task(
            session, self.viewer, new, zone_of(self.viewer), self.viewer.locale
        ).id, self)  # fmt: skip
