"""How transactions begin on a SQLite file (app/store/transactions.py): a write session holds
the write lock from its first statement, a read never waits behind a writer, and a
transaction's reads come from one snapshot."""

from __future__ import annotations

import multiprocessing
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select, update

from app.store import User, migrate
from app.store.engine import Database, make_engine, open_database, sqlite_url
from tests.processes import exit_codes


@contextmanager
def _other_connection(db: Database) -> Iterator[sqlite3.Connection]:
    """A plain connection of another program that never waits for a lock."""
    conn = sqlite3.connect(str(db.path), timeout=0, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def _admin_name(session) -> str:
    return session.scalar(select(User.name))


def test_a_write_session_holds_the_write_lock_from_its_first_read(workspace_db: Database):
    with workspace_db.write_session() as session, _other_connection(workspace_db) as other:
        assert _admin_name(session) == "Ada Admin"
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")


def test_a_read_session_leaves_the_write_lock_free(workspace_db: Database):
    with workspace_db.session() as session, _other_connection(workspace_db) as other:
        assert _admin_name(session) == "Ada Admin"
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE users SET name = 'Ada Lovelace'")
        other.execute("COMMIT")


def test_a_read_session_reads_while_another_connection_holds_a_write(workspace_db: Database):
    with workspace_db.write_session() as writer:
        writer.execute(update(User).values(name="Ada Lovelace"))
        writer.flush()
        with workspace_db.session() as reader:
            assert _admin_name(reader) == "Ada Admin"  # the last committed value, at once
    with workspace_db.session() as reader:
        assert _admin_name(reader) == "Ada Lovelace"


def test_a_transaction_reads_one_snapshot_from_its_first_read(workspace_db: Database):
    with workspace_db.session() as session, session.begin():
        assert _admin_name(session) == "Ada Admin"
        with _other_connection(workspace_db) as other:
            other.execute("UPDATE users SET name = 'Ada Lovelace'")
        # The driver alone would have read this outside any transaction and seen the change.
        assert _admin_name(session) == "Ada Admin"
    with workspace_db.session() as session:
        assert _admin_name(session) == "Ada Lovelace"


def test_a_failed_write_session_saves_nothing_and_keeps_savepoints_inside(
    workspace_db: Database,
):
    with pytest.raises(RuntimeError), workspace_db.write_session() as session:
        with session.begin_nested():
            session.execute(update(User).values(name="Inside a savepoint"))
        raise RuntimeError("the action failed")
    with workspace_db.session() as session:
        assert _admin_name(session) == "Ada Admin"


def _open_when_both_are_ready(path: str, ready) -> None:
    ready.wait()
    open_database(path).dispose()


def test_two_programs_opening_an_old_file_at_once_both_get_it_upgraded(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(sqlite_url(path))
    migrate.upgrade(engine, "0001_baseline")
    engine.dispose()
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Barrier(2)
    programs = [
        spawn.Process(target=_open_when_both_are_ready, args=(str(path), ready)) for _ in range(2)
    ]
    assert exit_codes(programs, timeout=60) == [0, 0]
    engine = make_engine(sqlite_url(path))
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    engine.dispose()
