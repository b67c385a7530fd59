"""Damaged and read-only workspace files, and rolling backups (issue 11 item 2, DATA-1).

Tried: a Tend workspace with garbage written over pages mid-file opened silently; a
malformed leftover of a killed demo (cut short) passed start-up and then crashed in the
Summary. Now both are FileDamaged before anything writes to them, and the latest backup
is offered; a read-only file, or a good file in a read-only folder, opens read-only."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from app.domain import permissions
from app.domain.demo import generate_demo_file
from app.domain.errors import PermissionDenied
from app.models.backups import WorkspaceBackups, daily_backup
from app.models.changes import write
from app.models.people import People
from app.models.startup import CannotOpen, Damaged, open_latest_backup, open_workspace
from app.store import backups, migrate, tend_file
from app.store.engine import ReadOnlyWorkspace, open_database
from app.store.tend_file import READ_ONLY_FILE, READ_ONLY_FOLDER, FileDamaged, check_integrity
from tests.conftest import count_records


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A small demo workspace, closed (its log checkpointed into the file)."""
    path = tmp_path / "tend.db"
    generate_demo_file(path, companies=40)
    assert not Path(f"{path}-wal").exists()
    return path


def _garbage_mid_file(path: Path, pages: int = 6) -> None:
    size = path.stat().st_size
    rng = random.Random(7)
    with path.open("r+b") as f:
        f.seek((size // 2) // 4096 * 4096)
        f.write(bytes(rng.randrange(256) for _ in range(pages * 4096)))


def test_garbage_written_over_pages_mid_file_is_damaged_and_left_unchanged(demo):
    _garbage_mid_file(demo)
    before = _digest(demo)
    with pytest.raises(Damaged, match="damaged") as caught:
        open_workspace(demo)
    assert caught.value.backup is None
    assert _digest(demo) == before


def test_a_demo_cut_short_by_a_kill_is_damaged_not_opened(demo):
    with demo.open("r+b") as f:
        f.truncate(demo.stat().st_size // 2)
    before = _digest(demo)
    with pytest.raises(Damaged, match="shorter than"):
        open_workspace(demo)
    assert _digest(demo) == before


def test_a_big_file_gets_its_small_tables_checked_on_open_and_all_of_it_daily(demo, monkeypatch):
    _garbage_mid_file(demo)
    monkeypatch.setattr(tend_file, "FULL_CHECK_BYTES", 1024)
    check_integrity(demo)  # the garbage is in the records, not in the small tables
    with pytest.raises(FileDamaged):
        check_integrity(demo, full=True)
    assert "damaged" in daily_backup(demo)
    assert backups.list_backups(demo) == []  # a damaged file is never backed up


def test_the_damaged_file_is_kept_and_the_latest_backup_opened_in_its_place(demo):
    companies = count_records(demo)
    taken = backups.take_backup(demo, "daily")
    _garbage_mid_file(demo)
    before = _digest(demo)
    with pytest.raises(Damaged) as caught:
        open_workspace(demo)
    assert caught.value.backup == taken
    kept = open_latest_backup(demo, taken)
    assert _digest(kept) == before
    db, empty = open_workspace(demo)
    assert not empty
    db.dispose()
    assert count_records(demo) == companies


def test_a_backup_is_a_whole_tend_file_and_only_the_newest_five_are_kept(demo):
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    for day in range(7):
        backups.take_backup(demo, "daily", now=start + timedelta(days=day))
    kept = backups.list_backups(demo)
    assert len(kept) == backups.KEEP == 5
    assert [b.taken_at for b in kept] == [start + timedelta(days=d) for d in (6, 5, 4, 3, 2)]
    assert kept[0].path.parent == demo.with_name("tend.db.backups")
    assert not list(kept[0].path.parent.glob("*.partial"))
    check_integrity(kept[0].path, full=True)
    tend_file.check_tend_file(kept[0].path)
    assert count_records(kept[0].path) == count_records(demo)


def test_the_daily_backup_is_taken_when_the_newest_is_a_day_old(demo):
    assert backups.daily_backup_due(demo)
    assert daily_backup(demo) == ""
    assert [b.reason for b in backups.list_backups(demo)] == ["daily"]
    assert not backups.daily_backup_due(demo)
    assert daily_backup(demo) == ""
    assert len(backups.list_backups(demo)) == 1
    tomorrow = datetime.now(UTC) + timedelta(days=1, minutes=1)
    assert backups.daily_backup_due(demo, now=tomorrow)


def test_a_backup_is_taken_before_a_migration_changes_the_schema(demo):
    db = open_database(demo)
    cfg = migrate.alembic_config()
    from alembic import command

    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    older = migrate.current_revision(db.engine)
    db.dispose()
    assert backups.list_backups(demo) == []
    db = open_database(demo)
    assert migrate.current_revision(db.engine) == migrate.HEAD_REVISION
    db.dispose()
    [backup] = backups.list_backups(demo)
    assert backup.reason == "before-migration"
    with closing(sqlite3.connect(backup.path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == older
    open_database(demo).dispose()  # current now: no more backups
    assert len(backups.list_backups(demo)) == 1


def test_restoring_backs_up_the_current_state_then_brings_the_backup_back(demo):
    companies = count_records(demo)
    db = open_database(demo)
    viewer = People(db).viewer
    old = backups.take_backup(demo, "daily", now=datetime(2026, 1, 1, tzinfo=UTC))
    for n in range(4):  # the chosen backup is the oldest of five: it must survive
        backups.take_backup(demo, "daily", now=datetime(2026, 1, 2 + n, tzinfo=UTC))
    with db.write_session() as s:
        s.execute(text("UPDATE records SET deleted_at = '2026-12-01' WHERE deleted_at IS NULL"))
    assert count_records(demo) == 0
    WorkspaceBackups(db, viewer).restore(old)
    assert count_records(demo) == companies
    reasons = [b.reason for b in backups.list_backups(demo)]
    assert reasons[0] == "before-restore" and len(reasons) == 6
    assert count_records(backups.list_backups(demo)[0].path) == 0
    db.dispose()


def _deny_writes(monkeypatch, denied: Path) -> None:
    """As chmod would for a user other than root (tests may run as root)."""
    real = os.access

    def access(path, mode, **kw):
        if Path(path) == denied and mode & os.W_OK:
            return False
        return real(path, mode, **kw)

    monkeypatch.setattr(tend_file.os, "access", access)


def test_a_read_only_file_opens_read_only_and_refuses_every_write_clearly(demo, monkeypatch):
    _deny_writes(monkeypatch, demo)
    before = _digest(demo)
    db, empty = open_workspace(demo)
    assert not empty and db.read_only == READ_ONLY_FILE
    viewer = People(db).viewer  # signing in remembers nothing
    assert viewer.read_only == READ_ONLY_FILE
    assert permissions.can_edit_records(viewer).reason == READ_ONLY_FILE
    assert not permissions.can_change_workspace_settings(viewer)
    assert permissions.has_full_use(viewer)  # every tab still shows, to look at
    with pytest.raises(PermissionDenied, match="read-only"):
        write(db, lambda s: None)
    with pytest.raises(ReadOnlyWorkspace, match="read-only"), db.write_session():
        pass
    with pytest.raises(OperationalError, match="readonly"), db.session() as s:
        s.execute(text("UPDATE records SET name = 'x'"))  # SQLite itself refuses
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM records")).scalar()
        # text filters and short searches fold in SQL on read-only connections too
        assert s.execute(text("SELECT fold('École')")).scalar() == "ecole"
    db.dispose()
    assert _digest(demo) == before


def test_a_good_file_in_a_read_only_folder_is_not_called_damaged(demo, monkeypatch):
    _deny_writes(monkeypatch, demo.parent)
    db, _empty = open_workspace(demo)
    assert db.read_only == READ_ONLY_FOLDER
    db.dispose()


def test_a_file_sqlite_cannot_write_opens_read_only_though_the_checks_said_writable(
    demo, monkeypatch
):
    """Root passes os.access; SQLite's own refusal is caught instead of a traceback."""
    from app.store import engine

    def refuse(_engine):
        raise OperationalError(
            "PRAGMA", {}, sqlite3.OperationalError("attempt to write a readonly database")
        )

    monkeypatch.setattr(engine, "mark_tend_file", refuse)
    db, _empty = open_workspace(demo)
    assert "cannot write" in db.read_only
    db.dispose()


def test_an_older_read_only_file_says_it_needs_upgrading(demo, monkeypatch):
    db = open_database(demo)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0005_live_task_index'")
    db.dispose()
    _deny_writes(monkeypatch, demo)
    with pytest.raises(CannotOpen, match="older version of Tend"):
        open_workspace(demo)


UNPRIVILEGED = textwrap.dedent(
    """
    import sys
    sys.path[:0] = sys.argv[2:]
    from pathlib import Path
    from app.models.startup import open_workspace
    from sqlalchemy import text
    db, empty = open_workspace(Path(sys.argv[1]))
    with db.session() as s:
        print(db.read_only, "|", s.execute(text("SELECT count(*) FROM records")).scalar())
    """
)


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="needs setpriv")
def test_a_wal_file_in_a_truly_read_only_folder_opens(demo):
    """For real, as a user chmod applies to (nobody, when the tests run as root): SQLite
    cannot make the -shm a read-only WAL file needs, so the file opens `immutable`."""
    with closing(sqlite3.connect(demo)) as conn:
        companies = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    folder = Path(tempfile.mkdtemp(prefix="tend-ro-"))
    try:
        target = folder / "tend.db"
        shutil.copyfile(demo, target)
        target.chmod(0o444)
        folder.chmod(0o555)
        root = Path(__file__).resolve().parents[2]
        site = [p for p in sys.path if p.endswith("site-packages")]
        command = [sys.executable, "-c", UNPRIVILEGED, str(target), str(root), *site]
        if os.geteuid() == 0:
            base = Path(sys.base_prefix) / "bin" / "python3"
            python = base if os.access(base, os.X_OK) else Path("/usr/bin/python3")
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                       str(python), *command[1:]]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"{READ_ONLY_FILE} | {companies}"
        assert sorted(p.name for p in folder.iterdir()) == ["tend.db"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_file_damaged_in_its_schema_pages_is_damaged_not_another_programs(tmp_path):
    """An unmarked (older) Tend file whose schema page is garbage: SQLite cannot even list
    its tables, which is damage, not a stranger's database."""
    path = tmp_path / "tend.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.executemany("INSERT INTO alembic_version VALUES (?)", [("x" * 900,)] * 20)
        conn.commit()
    with path.open("r+b") as f:
        f.seek(100)
        f.write(b"\xff" * 3000)  # the rest of page 1: sqlite_master's b-tree
    with pytest.raises(Damaged, match="damaged"):
        open_workspace(path)


def test_a_backup_cut_short_is_cleared_by_the_next(demo):
    folder = backups.backup_folder(demo)
    folder.mkdir()
    left = folder / f"20261201T080000000000Z-daily{backups.SUFFIX}.partial"
    left.write_bytes(b"half a copy")
    running = folder / f"20261201T080000000001Z-daily{backups.SUFFIX}.7-ab.partial"
    running.write_bytes(b"another program's copy in progress")
    hours_ago = time.time() - 2 * 3600
    os.utime(left, (hours_ago, hours_ago))
    backups.take_backup(demo, "daily")
    assert not left.exists() and running.exists()
    assert len(backups.list_backups(demo)) == 1


def test_an_upgrade_whose_backup_fails_leaves_the_file_as_it_was(demo, monkeypatch):
    db = open_database(demo)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0005_live_task_index'")
    db.dispose()

    def full_disk(*_args, **_kw):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "take_backup", full_disk)
    with pytest.raises(CannotOpen, match="could not back up"):
        open_workspace(demo)
    with closing(sqlite3.connect(demo)) as raw:
        version = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == "0005_live_task_index"
