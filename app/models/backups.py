"""The workspace file's backups for the Qt side (issue 11 item 2): the daily backup (run
off the GUI thread, after the full check of the file), and listing and restoring them
from Settings. The file mechanics are app/store/backups.py."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.domain import permissions
from app.domain.permissions import Verdict
from app.domain.viewer import Viewer
from app.store import backups
from app.store.backups import Backup
from app.store.engine import Database
from app.store.tend_file import FileDamaged, check_integrity

__all__ = ["Backup", "WorkspaceBackups", "daily_backup"]


def daily_backup(path: Path) -> str:
    """A worker's job at start-up: when the newest backup is a day old, check the whole
    file (quick_check) and back it up; a damaged file is never backed up (it would push
    good backups out) and the message says so. "" when all is well."""
    if not backups.daily_backup_due(path):
        return ""
    try:
        check_integrity(path, full=True)
    except FileDamaged as exc:
        return exc.user_message
    backups.take_backup(path, "daily")
    return ""


@dataclass(frozen=True)
class BackupsState:
    """What Settings shows: the backups, newest first, and whether the viewer may restore."""

    backups: list[Backup]
    verdict: Verdict


class WorkspaceBackups:
    """The backups of one open SQLite workspace file."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer

    @property
    def available(self) -> bool:
        """Backups exist only for a local file (a server database has its own)."""
        return self.db.path is not None

    def load(self) -> BackupsState:
        """The backups and the restore verdict (workspace settings rights, a writable file)."""
        path = self.db.path
        found = backups.list_backups(path) if path is not None else []
        return BackupsState(found, permissions.can_change_workspace_settings(self.viewer))

    def restore(self, backup: Backup) -> None:
        """Back up the current state, then write `backup` over the file. Every connection
        of this Database is closed: the caller opens the file again (its schema may be
        older, and opening migrates it)."""
        path = self.db.path
        if path is None:
            raise ValueError("only a local workspace file has backups")
        permissions.can_change_workspace_settings(self.viewer).require()
        kept = len(backups.list_backups(path)) + 1  # the chosen one must survive the pruning
        backups.take_backup(path, "before-restore", keep=max(backups.KEEP, kept))
        self.db.dispose()
        try:
            backups.restore_backup(path, backup.path)
        except sqlite3.Error as exc:
            raise OSError(f"{backup.path.name}: {exc}") from exc
