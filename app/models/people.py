"""Who uses this database file: the signed-in user and who may sign in (local mode)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal

from app.domain import workspace
from app.domain.viewer import Viewer, stored_user, viewer_of
from app.store.engine import Database


class People(QObject):
    """The signed-in viewer of one open database, and switching it."""

    viewerChanged = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        with db.write_session() as session:
            user = workspace.default_viewer(session)
            viewer = viewer_of(user) if user is not None else None
        if viewer is None:
            raise RuntimeError("This database has no users")
        self.viewer: Viewer = viewer

    def users(self) -> list[Viewer]:
        """Everyone who can sign in, by name."""
        with self.db.session() as session:
            return [viewer_of(u) for u in workspace.active_users(session)]

    def workspace_name(self) -> str:
        """The name of the workspace the viewer sees (SET-2)."""
        with self.db.session() as session:
            return workspace.workspace_for(session, self.viewer).name

    def sign_in(self, user_id: uuid.UUID) -> None:
        """Make `user_id` the viewer, remembered for the next start."""
        with self.db.write_session() as session:
            user = stored_user(session, user_id)
            if user is None:
                return
            workspace.set_signed_in(session, user)
            viewer = viewer_of(user)
        self.viewer = viewer
        self.viewerChanged.emit(viewer)
