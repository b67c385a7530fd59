"""Opening a database at start-up (the only place the Qt side opens one), setting up an
empty one (SET-7) and generating the demo workspace into it (DATA-5)."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError

from app.domain.catalog import derived_properties_missing, install_derived_properties
from app.domain.errors import DomainError
from app.domain.i18n import QT_TR_NOOP
from app.domain.workspace import SetupChoice, is_empty, setup_empty_workspace
from app.store.backups import Backup, BackupFailed, latest_backup
from app.store.engine import Database, ReadOnlyWorkspace, open_database
from app.store.migrate import SchemaTooNew
from app.store.tend_file import FileDamaged, NotATendFile

if TYPE_CHECKING:
    from app.domain.demo import DemoSummary

__all__ = [
    "CannotOpen",
    "Damaged",
    "create_empty_workspace",
    "generate_demo",
    "join_team_server",
    "open_latest_backup",
    "open_workspace",
    "unused_path",
]


class CannotOpen(DomainError):
    """The file is not a Tend database, is damaged, or was written by a newer Tend."""


class Damaged(CannotOpen):
    """SQLite's check found the file damaged (nothing was written to it); `backup` is its
    newest backup, if it has one."""

    def __init__(self, message: str, backup: Backup | None) -> None:
        super().__init__(message)
        self.backup = backup


def open_workspace(path: Path) -> tuple[Database, bool]:
    """Open (creating and migrating if needed) the file; True when it has no workspace yet.
    CannotOpen says why a file cannot be opened."""
    try:
        db = open_database(path)
        with db.session() as session:
            empty = is_empty(session)
            missing = not empty and derived_properties_missing(session)
        if missing and not db.read_only:  # set up before issue 12's calculated values
            with db.write_session() as session:
                install_derived_properties(session)
        return db, empty
    except DatabaseError as exc:
        reason = exc.orig if hasattr(exc, "orig") else exc
        raise CannotOpen(
            QT_TR_NOOP("It is not a Tend database or it is damaged:\n{reason}"), reason=reason
        ) from exc
    except FileDamaged as exc:
        raise Damaged(exc.user_message, latest_backup(path)) from exc
    except (SchemaTooNew, NotATendFile, ReadOnlyWorkspace, BackupFailed) as exc:
        raise CannotOpen(exc.user_message) from exc


def open_latest_backup(path: Path, backup: Backup) -> Path:
    """Put `backup`'s copy in place of the damaged file, which is kept byte for byte beside
    it (renamed, with its -wal and -shm, never written); returns the kept file's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            part.rename(f"{kept}{suffix}")
    shutil.copyfile(backup.path, path)
    return kept


def create_empty_workspace(path: Path, choice: SetupChoice) -> None:
    """Set up an empty workspace in the file, in one transaction (ValidationError if bad)."""
    db = open_database(path)
    try:
        with db.write_session() as session:
            setup_empty_workspace(session, choice)
    finally:
        db.dispose()


def generate_demo(
    path: Path,
    companies: int,
    progress: Callable[[str, float], None],
    cancelled: Callable[[], bool],
) -> DemoSummary | None:
    """Write a demo workspace of `companies` companies into the file (a worker's job);
    None when cancelled, and then the file is untouched."""
    from app.domain.demo import DemoCancelled, generate_demo_file  # not needed at start-up

    try:
        return generate_demo_file(path, companies=companies, progress=progress, cancelled=cancelled)
    except DemoCancelled:
        return None


def join_team_server(
    path: Path,
    url: str,
    password: str,
    progress: Callable[[str, float], None],
    cancelled: Callable[[], bool],
) -> str:
    """Download a team server's workspace into the first start's empty file (issue 14
    item 2); the password is kept in the OS keyring once the server took it. Returns who
    signed in. TeamServerError says why not; JoinCancelled leaves the empty file as it was."""
    from app.domain.sync.team import download_replica
    from app.store import secrets

    joined = download_replica(url, password, path, progress, cancelled, replace_empty=True)
    secrets.save_password(url, password)
    return joined.user_name


def unused_path(path: Path) -> Path:
    """`path`, or `name-2.db`, `name-3.db`... the first that does not exist yet."""
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def workspace_key(db: Database) -> str:
    """A short, stable name of a workspace file (or team server) for what a window keeps
    about it between runs (its last tab, its geometry): a digest of its resolved path, or
    of the server's address without the password."""
    where = (
        str(db.path.resolve()) if db.path is not None
        else db.engine.url.render_as_string(hide_password=True)
    )  # fmt: skip
    return hashlib.sha1(where.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
