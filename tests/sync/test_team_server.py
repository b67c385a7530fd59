"""A team server set up, a person added and a laptop joining it (issue 14 items 1, 2, 5),
against a throwaway PostgreSQL database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from app.domain import records
from app.domain.replica import fact
from app.domain.saved_views import create_view
from app.domain.sync import outbox
from app.domain.sync.run import sync_once
from app.domain.sync.team import (
    JoinCancelled,
    NewUser,
    TeamServerError,
    add_user,
    download_replica,
    init_server,
)
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object, main_workspace
from app.store import Record, SavedView, Sharing, Team, User, ViewTab, Workspace, new_id
from app.store.engine import open_database
from app.store.server.roles import APP_ROLE
from tests.conftest import _pg_admin, throwaway_pg_database
from tests.sync.conftest import snapshot


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture
def team_url() -> Iterator[str]:
    """A new team server (its super admin: this machine's own login) and the logins the
    test adds, dropped afterwards (logins are the cluster's, not the database's)."""
    with throwaway_pg_database() as url:
        init_server(_plain(url), "Ada Admin", "ada@example.com")
        try:
            yield _plain(url)
        finally:
            engine = create_engine(url)
            with engine.connect() as conn:
                logins = conn.execute(select(User.login).where(User.login.like("t\\_%"))).scalars()
                names = list(logins)
            engine.dispose()
            with _pg_admin() as admin:
                for name in names:
                    admin.execute(f'DROP ROLE IF EXISTS "{name}"')


def _login() -> str:
    return f"t_{uuid.uuid4().hex[:10]}"


def _as(url: str, login: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://{login}@", 1)


def test_init_makes_the_schema_the_workspace_the_role_and_is_safe_to_run_again(team_url):
    again = init_server(team_url)
    assert not again.created_workspace and again.admin_login == "postgres"
    db = open_database(team_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with db.session() as session:
        admin = session.scalars(select(User).where(User.login == "postgres")).one()
        assert admin.is_super_admin and admin.name == "Ada Admin"
        assert session.execute(text("SELECT seq FROM sync_counter")).scalar_one() > 0
        role = session.execute(
            text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"), {"r": APP_ROLE}
        ).scalar_one()
        assert role is False  # the app's role signs in as no one
        secured = session.execute(
            text("SELECT relrowsecurity FROM pg_class WHERE relname = 'saved_views'")
        ).scalar_one()
        assert secured is True
    db.dispose()


def test_a_server_that_is_not_postgresql_or_not_answering_is_said_plainly(tmp_path):
    with pytest.raises(TeamServerError, match="PostgreSQL"):
        init_server(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(TeamServerError, match="Could not open"):
        init_server("postgresql://postgres@127.0.0.1:1/nowhere")


def test_a_new_person_gets_a_login_and_a_laptop_joins_as_them(team_url, tmp_path):
    login = _login()
    user_id = add_user(
        team_url, NewUser("Cy CSM", "cy@example.com", login, has_service_seat=True), "s3cret!"
    )
    with pytest.raises(TeamServerError, match="already a user"):
        add_user(team_url, NewUser("Cy again", "cy2@example.com", login), "x")
    path = tmp_path / "cy.db"
    phases: list[str] = []
    joined = download_replica(
        _as(team_url, login), "s3cret!", path, progress=lambda p, f: phases.append(p)
    )
    assert joined.user_id == user_id and joined.user_name == "Cy CSM" and path.exists()
    assert not list(tmp_path.glob("*.joining*"))
    assert phases[-1] == "Done"
    laptop = open_database(path)
    server = open_database(team_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with laptop.session() as session:
            assert fact(session, outbox.LOGIN) == login
            assert fact(session, outbox.CURSOR) == str(joined.cursor)
            assert fact(session, outbox.CLIENT_ID)
            assert "s3cret" not in str(fact(session, outbox.SERVER))
        assert snapshot(laptop) == snapshot(server)
        # Cy works on the laptop and syncs as their own login.
        engine = create_engine(
            _as(team_url, login).replace("postgresql://", "postgresql+psycopg://")
        )
        with laptop.write_session() as session:
            cy = viewer_of(session.get_one(User, user_id))
            made = records.create_record(session, cy, customer_object(session), {"name": "Acme"})
        done = sync_once(laptop, engine)
        assert done.pushed >= 1 and not done.refused
        with server.session() as session:
            assert session.get(Record, made.id) is not None
        engine.dispose()
    finally:
        laptop.dispose()
        server.dispose()


def test_a_direct_connection_as_a_csm_writes_nothing_and_reads_only_their_workspace(team_url):
    login = _login()
    admin_db = open_database(team_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin_db.write_session() as session:  # a second team workspace and its view
        from app.domain import writer
        from app.domain.history import ChangeBatch

        admin = session.scalars(select(User).where(User.login == "postgres")).one()
        main = main_workspace(session)
        other = Workspace(id=new_id(), name="EMEA", customer_object_id=main.customer_object_id)
        writer.add(ChangeBatch(session, admin.id), other)
        writer.add(ChangeBatch(session, admin.id), Team(id=new_id(), name="EMEA team"))
        session.flush()
        emea_view = create_view(
            session, viewer_of(admin), other, ViewTab.CUSTOMERS, "EMEA renewals",
            sharing=Sharing.EVERYONE,
        )  # fmt: skip
        main_view = create_view(
            session, viewer_of(admin), main, ViewTab.CUSTOMERS, "Whole book",
            sharing=Sharing.EVERYONE,
        )  # fmt: skip
    admin_db.dispose()
    add_user(team_url, NewUser("Cy CSM", "cy@example.com", login), "pw")
    engine = create_engine(_as(team_url, login).replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            seen = set(conn.execute(select(SavedView.id)).scalars())
            assert main_view.id in seen and emea_view.id not in seen
            assert conn.execute(select(User.name).where(User.login == login)).scalar_one()
        for statement in (
            "UPDATE records SET name = 'mine'",
            "INSERT INTO users (id, name, email) VALUES (gen_random_uuid(), 'x', 'x@x')",
            "DELETE FROM saved_views",
            "UPDATE sync_counter SET seq = 0",
        ):
            with engine.begin() as conn, pytest.raises(DBAPIError, match="permission denied"):
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_cancelling_a_download_leaves_no_file(team_url, tmp_path):
    login = _login()
    add_user(team_url, NewUser("Cy CSM", "cy@example.com", login), "pw")
    path = tmp_path / "cy.db"
    with pytest.raises(JoinCancelled):
        download_replica(_as(team_url, login), "pw", path, cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_a_login_that_is_no_user_cannot_join(team_url, tmp_path):
    with _pg_admin() as admin:
        admin.execute("DROP ROLE IF EXISTS t_stranger")
        admin.execute(f"CREATE ROLE t_stranger LOGIN PASSWORD 'pw' IN ROLE {APP_ROLE}")
    try:
        with pytest.raises(TeamServerError, match="not a user"):
            download_replica(_as(team_url, "t_stranger"), "pw", Path(tmp_path / "x.db"))
        assert list(tmp_path.iterdir()) == []
    finally:
        with _pg_admin() as admin:
            admin.execute("DROP OWNED BY t_stranger")
            admin.execute("DROP ROLE t_stranger")


def test_with_password_authentication_each_person_signs_in_with_their_own(scram_cluster, tmp_path):
    """On a server that checks passwords (not this machine's trusting one): the owner sets
    it up, a person joins with their password, a wrong one is refused in plain words."""
    import psycopg

    with psycopg.connect(f"{scram_cluster}/postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE team")
    owner = f"{scram_cluster}/team"
    init_server(owner, "Olga Owner", "olga@example.com")
    add_user(owner, NewUser("Cy CSM", "cy@example.com", "cy"), "cy-pw")
    cy = owner.replace("tend_owner:owner-pw@", "cy@", 1)
    with pytest.raises(TeamServerError, match="password authentication failed"):
        download_replica(cy, "not-cy-pw", tmp_path / "cy.db")
    assert list(tmp_path.iterdir()) == []
    joined = download_replica(cy, "cy-pw", tmp_path / "cy.db")
    assert joined.user_name == "Cy CSM"
    laptop = open_database(tmp_path / "cy.db")
    engine = create_engine(cy.replace("postgresql://cy@", "postgresql+psycopg://cy:cy-pw@", 1))
    try:
        with laptop.write_session() as session:
            me = viewer_of(session.get_one(User, joined.user_id))
            records.create_record(session, me, customer_object(session), {"name": "Acme"})
        assert sync_once(laptop, engine).pushed >= 1
    finally:
        engine.dispose()
        laptop.dispose()
