"""Rolling backups of a workspace file (DATA-1, issue 11 item 2), Qt-free.

Backups are whole copies made with SQLite's online backup API (`sqlite3.Connection.backup`),
which copies a consistent snapshot while other connections keep reading and writing (in
WAL mode the copy is one read transaction). They live in a folder beside the file,
`<name>.backups/`, named by the UTC time they were taken and why: a daily one (on open,
when the newest is older than a day), one before each migration that changes the schema,
and one of the current state before a restore. The newest `KEEP` are kept
(docs/decisions.md, "Rolling backups").
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
import uuid
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from app.store.i18n import MessageError

KEEP = 5
STALE_PARTIAL_SECONDS = 3600  # no copy takes an hour (the 1.4 GB demo's took 7 s)
DAILY = timedelta(days=1)
SUFFIX = ".tend-backup"
_NAME = re.compile(r"^(\d{8}T\d{6}\d{6}Z)-([a-z-]+)" + re.escape(SUFFIX) + "$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


class BackupFailed(MessageError):
    """A backup could not be taken (a full disk, a folder Tend cannot write)."""


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, when it was taken (UTC), why, and its size in bytes."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def backup_folder(path: Path) -> Path:
    """The folder of `path`'s backups (beside it)."""
    return path.with_name(path.name + ".backups")


def list_backups(path: Path) -> list[Backup]:
    """`path`'s backups, newest first (an absent folder has none)."""
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(entry, taken, match[2], entry.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_backup(path: Path) -> Backup | None:
    """The newest backup of `path`, or None."""
    backups = list_backups(path)
    return backups[0] if backups else None


def daily_backup_due(path: Path, now: datetime | None = None) -> bool:
    """True when `path` has no backup younger than a day."""
    latest = latest_backup(path)
    now = now or datetime.now(UTC)
    return latest is None or now - latest.taken_at >= DAILY


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


def take_backup(path: Path, reason: str, now: datetime | None = None, keep: int = KEEP) -> Backup:
    """Copy `path` into its backup folder (a finished file appears whole: written under a
    temporary name, then renamed), then drop all but the newest `keep` backups."""
    folder = backup_folder(path)
    folder.mkdir(exist_ok=True)
    taken = now or datetime.now(UTC)
    target = folder / f"{taken.strftime(_STAMP)}-{reason}{SUFFIX}"
    for left in folder.glob("*.partial"):  # a copy cut short when Tend was stopped
        with suppress(OSError):  # (another program's copy in progress is younger)
            if time.time() - left.stat().st_mtime > STALE_PARTIAL_SECONDS:
                left.unlink()
    partial = target.with_name(f"{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.partial")
    # Tend's own writable file: a plain connection (a read-only one could not recover the
    # WAL index when another program has just opened the file), waiting out writers.
    source = sqlite3.connect(path, timeout=30)
    with closing(source), closing(sqlite3.connect(partial)) as copy:
        source.backup(copy)  # all pages in one step: one consistent snapshot
    os.replace(partial, target)
    for old in list_backups(path)[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, taken, reason, target.stat().st_size)


def restore_backup(path: Path, backup: Path) -> None:
    """Write `backup`'s content over the workspace file through SQLite's backup API (in
    one transaction, so the file is whole whatever happens; the -wal and -shm stay
    SQLite's). Close every other connection to the file first."""
    with closing(_read_only(backup)) as source, closing(sqlite3.connect(path)) as target:
        source.backup(target)
