"""`tend server init --from FILE`: a local workspace (here the demo) becomes a new team
server's data, and a laptop that joins downloads the same rows (issue 14 items 1-2)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain.demo import generate_demo
from app.domain.sync.run import sync_once
from app.domain.sync.team import TeamServerError, connect, download_replica, init_server
from app.store import Change, Record, User
from app.store.engine import open_database
from tests.conftest import throwaway_pg_database
from tests.sync.conftest import snapshot


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def test_a_demo_file_starts_a_team_server_that_a_laptop_joins(tmp_path):
    source = tmp_path / "demo.db"
    generate_demo(open_database(source), companies=25, seed=3)
    with throwaway_pg_database() as url:
        phases: list[str] = []
        done = init_server(_plain(url), from_file=source, progress=lambda p, f: phases.append(p))
        assert done.created_workspace and "Uploading records" in phases
        with pytest.raises(TeamServerError, match="has a workspace already"):
            init_server(_plain(url), from_file=source)
        server = open_database(url)
        local = open_database(source)
        try:
            assert snapshot(server) == snapshot(local) | {"users": snapshot(server)["users"]}
            with server.session() as session:
                admin = session.scalars(select(User).where(User.login.is_not(None))).one()
                assert admin.is_super_admin
                merged = session.scalar(
                    select(func.count()).where(Record.merged_into_id.is_not(None))
                )
                history = int(session.scalar(select(func.count()).select_from(Change)) or 0)
            with local.session() as session:
                assert merged == session.scalar(
                    select(func.count()).where(Record.merged_into_id.is_not(None))
                )
                local_history = session.scalar(select(func.count()).select_from(Change)) or 0
                assert history == local_history + 1  # and the login given to the admin

            laptop = tmp_path / "laptop.db"
            joined = download_replica(_plain(url), None, laptop)
            assert joined.user_name == admin.name
            replica = open_database(laptop)
            try:
                assert snapshot(replica) == snapshot(server)
                engine = connect(_plain(url), None)
                try:
                    assert sync_once(replica, engine).pulled == 0  # nothing new since
                finally:
                    engine.dispose()
            finally:
                replica.dispose()
        finally:
            server.dispose()
            local.dispose()


def test_a_replica_file_cannot_start_a_server(tmp_path, server):
    from tests.sync.conftest import make_replica
    from tests.sync.test_sync_window import _joined

    db = make_replica(tmp_path / "r.db", server)
    _joined(db, server)
    db.dispose()
    with throwaway_pg_database() as url, pytest.raises(TeamServerError, match="is a replica"):
        init_server(_plain(url), from_file=tmp_path / "r.db")
