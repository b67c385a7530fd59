"""`kill -9` of a replica mid-push and mid-pull (issue 14 item 6): after a restart nothing
is lost and nothing is applied twice — the server holds each change once, the replica's
outbox empties, and the replica equals the server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from app.domain.sync.push import pending_count
from app.domain.sync.run import sync_once
from app.store import Change, Record
from app.store.engine import open_database
from tests.sync.conftest import make_replica, snapshot
from tests.sync.test_two_replicas import _company, _edit

ROOT = Path(__file__).resolve().parents[2]


def _run_until_stalled(db: Path, url: str, mode: str, ready: Path) -> None:
    """Start the replica's sync in its own process, wait for it to stall, kill -9 it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.replica_process", str(db), url, mode, str(ready)],
        cwd=ROOT, env=env,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not (ready.exists() and ready.read_text() == "stalled"):
            assert process.poll() is None, f"the replica process ended ({process.returncode})"
            assert time.monotonic() < deadline, "the replica never reached the stall"
            time.sleep(0.05)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL


def _server_count(server) -> int:
    with server.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Change)) or 0)


def test_killed_mid_push_and_mid_pull_loses_nothing_and_applies_nothing_twice(tmp_path, server):
    url = server.db.url
    a = make_replica(tmp_path / "a.db", server)
    b = make_replica(tmp_path / "b.db", server)
    made = [_company(a, f"Killed Co {n}", nps=n).id for n in range(5)]
    _edit(a, made[0], name="Killed Co Renamed")
    with a.session() as session:
        waiting = pending_count(session)
    a.dispose()
    before = _server_count(server)

    # Mid-push: the server committed, the laptop died before it stored the answer.
    _run_until_stalled(tmp_path / "a.db", url, "push", tmp_path / "push.ready")
    assert _server_count(server) == before + waiting
    a = open_database(tmp_path / "a.db")
    with a.session() as session:
        assert pending_count(session) == waiting  # it never heard back
    sync_once(a, server.engine)  # the restart resends: acknowledged, not applied again
    assert _server_count(server) == before + waiting
    with a.session() as session:
        assert pending_count(session) == 0
    assert snapshot(a) == snapshot(server.db)

    # Mid-pull: the page's rows were written but never committed.
    sync_once(b, server.engine)
    _edit(b, made[1], name="Edited on B")
    _edit(b, made[2], nps=10)
    sync_once(b, server.engine)
    a.dispose()
    _run_until_stalled(tmp_path / "a.db", url, "pull", tmp_path / "pull.ready")
    a = open_database(tmp_path / "a.db")
    with a.session() as session:
        assert session.get(Record, made[1]).name == "Killed Co 1"  # type: ignore[union-attr]
    sync_once(a, server.engine)
    with a.session() as session:
        assert session.get(Record, made[1]).name == "Edited on B"  # type: ignore[union-attr]
        ids = list(session.scalars(select(Change.id)))
        assert len(ids) == len(set(ids))
    assert snapshot(a) == snapshot(server.db) == snapshot(b)
    a.dispose()
    b.dispose()
