"""A team server on a throwaway PostgreSQL database and replicas that pull it (issue 14)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import Engine, select, text

from app.domain import replica, writer
from app.domain.history import ChangeBatch
from app.domain.sync import outbox
from app.domain.sync.fields import columns, synced_tables
from app.domain.sync.run import sync_once
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store import User, new_id
from app.store.engine import Database, open_database
from app.store.server.sync_sql import install_sync, publish_pending
from tests.conftest import throwaway_pg_database

# The window tests' fixtures: the qasync loop, and the cyclic collector kept off worker
# threads (autouse) — a syncer's or a download's thread must never destroy a Qt object.
from tests.views.conftest import _garbage_on_the_main_thread, qloop  # noqa: F401


@dataclass
class Server:
    """The team server: its database, as the admin, and the engine replicas push to."""

    db: Database

    @property
    def engine(self) -> Engine:
        return self.db.engine


@pytest.fixture
def server() -> Iterator[Server]:
    """A team server with a workspace whose super admin is the test's own login
    (`postgres` on the trusting server at 127.0.0.1)."""
    with team_server() as made:
        yield made


@contextmanager
def team_server() -> Iterator[Server]:
    """The `server` fixture's server, for set-ups that outlive one test."""
    with throwaway_pg_database() as url:
        db = open_database(url)
        with db.write_session() as session:
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            login = session.execute(text("SELECT session_user")).scalar_one()
            writer.set_fields(ChangeBatch(session, admin.id), admin, {"login": login})
        with db.engine.begin() as conn:
            install_sync(conn)
            publish_pending(conn)
        try:
            yield Server(db)
        finally:
            db.dispose()


def make_replica(path: Path, server: Server) -> Database:
    """A replica that joined by pulling the whole log from the start."""
    db = open_database(path)
    with db.write_session() as session:
        replica.set_fact(session, outbox.CLIENT_ID, str(new_id()))
        replica.set_fact(session, outbox.CLIENT_SEQ, "0")
        replica.set_fact(session, outbox.CURSOR, "0")
    sync_once(db, server.engine)
    return db


@pytest.fixture
def replicas(tmp_path: Path, server: Server) -> Iterator[tuple[Database, Database]]:
    """Two laptops joined to the server."""
    a = make_replica(tmp_path / "a.db", server)
    b = make_replica(tmp_path / "b.db", server)
    try:
        yield a, b
    finally:
        a.dispose()
        b.dispose()


def snapshot(db: Database) -> dict[str, dict]:
    """Every synced row, by table and id, as comparable values (derived columns left out)."""
    found: dict[str, dict] = {}
    with db.session() as session:
        for t in synced_tables():
            names = columns(t.name)
            rows = session.execute(select(*(t.c[n] for n in names))).all()
            found[t.name] = {r.id: tuple(r) for r in rows}
    return found


def admin_of(db: Database) -> User:
    """The workspace's super admin, as stored in `db`."""
    with db.session() as session:
        return session.scalars(select(User).where(User.is_super_admin)).one()


PG_BIN = Path("/usr/lib/postgresql/15/bin")


@pytest.fixture(scope="session")
def scram_cluster() -> Iterator[str]:
    """A PostgreSQL cluster of its own that checks passwords (scram-sha-256, no trust),
    on a free port: the URL of its owner login `tend_owner` (password `owner-pw`) without
    a database. Skipped where PostgreSQL's programs are not installed."""
    import os
    import shutil
    import socket
    import subprocess

    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL's initdb is not installed here")
    import tempfile

    # Not under pytest's own temporary folder: the postgres user must reach it.
    base = Path(tempfile.mkdtemp(prefix="tend-scram-"))
    data, pwfile = base / "data", base / "pw"
    pwfile.write_text("owner-pw\n")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:
        shutil.chown(base, "postgres")
        shutil.chown(pwfile, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = lambda *args: subprocess.run(  # noqa: E731
        [*as_postgres, *map(str, args)], check=True, capture_output=True, timeout=120
    )
    run(PG_BIN / "initdb", "-D", data, "-U", "tend_owner", "--auth=scram-sha-256",
        f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C")  # fmt: skip
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    run(PG_BIN / "pg_ctl", "-D", data, "-o", options, "-w", "-l", base / "log", "start")
    try:
        yield f"postgresql://tend_owner:owner-pw@127.0.0.1:{port}"
    finally:
        run(PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps passwords in this process only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)
