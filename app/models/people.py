"""Who uses this database file: the signed-in user and who may sign in (local mode). In a
team server's replica the signed-in user is the login's (`login`), and no one else may
sign in (PERM-6)."""

from __future__ import annotations

import uuid
from dataclasses import replace

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
        with db.session() as session:
            self.login = workspace.replica_login(session)
        if db.read_only:  # who would be signed in, remembered nowhere
            with db.session() as session, session.no_autoflush:
                user = workspace.default_viewer(session)
                viewer = viewer_of(user) if user is not None else None
                session.rollback()
        else:
            with db.write_session() as session:
                user = workspace.default_viewer(session)
                viewer = viewer_of(user) if user is not None else None
        if viewer is None and self.login is not None:
            raise RuntimeError(
                f"The login “{self.login}” is no longer an active user of this team "
                "workspace. Ask a super admin to add you again, then join the server anew."
            )
        if viewer is None:
            raise RuntimeError("This database has no users")
        self.viewer: Viewer = self._carry(viewer)

    def _carry(self, viewer: Viewer) -> Viewer:
        """The viewer carrying the file's read-only reason, so every rule refuses edits."""
        return replace(viewer, read_only=self.db.read_only) if self.db.read_only else viewer

    @property
    def shared(self) -> bool:
        """True in a team server's replica: the sign-in is the login's, not a choice."""
        return self.login is not None

    def users(self) -> list[Viewer]:
        """Everyone who can sign in, by name."""
        with self.db.session() as session:
            return [self._carry(viewer_of(u)) for u in workspace.active_users(session)]

    def workspace_name(self) -> str:
        """The name of the workspace the viewer sees (SET-2)."""
        with self.db.session() as session:
            return workspace.workspace_for(session, self.viewer).name

    def sign_in(self, user_id: uuid.UUID) -> None:
        """Make `user_id` the viewer, remembered for the next start (when the file can be
        written)."""
        if self.db.read_only:
            with self.db.session() as session:
                user = stored_user(session, user_id)
                if user is None:
                    return
                viewer = viewer_of(user)
        else:
            with self.db.write_session() as session:
                user = stored_user(session, user_id)
                if user is None:
                    return
                workspace.set_signed_in(session, user)
                viewer = viewer_of(user)
        viewer = self._carry(viewer)
        self.viewer = viewer
        self.viewerChanged.emit(viewer)
