"""What a push may not do, what waits, what a copied file does, and the clock (issue 14
items 3-5, docs/sync.md)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, select, text

from app.domain import records, writer
from app.domain.history import ChangeBatch
from app.domain.replica import fact
from app.domain.saved_views import create_view
from app.domain.sync import clock, outbox
from app.domain.sync.pull import pull_once
from app.domain.sync.run import sync_once
from app.domain.workspace import customer_object, main_workspace
from app.store import Conflict, Record, SavedView, Sharing, User, ViewTab, new_id
from app.store.engine import open_database
from app.store.server.sync_sql import publish_pending
from tests.conftest import _pg_admin
from tests.sync.conftest import Server, make_replica, snapshot
from tests.sync.test_two_replicas import _company, _edit, _get, _shared_company


@pytest.fixture
def csm(server) -> Iterator[tuple[User, object]]:
    """A CSM with Manage CS settings and a login of their own, and an engine that pushes
    as that login."""
    role = f"tend_csm_{uuid.uuid4().hex[:10]}"
    with _pg_admin() as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
    with server.engine.begin() as conn:
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"'))
    with server.db.write_session() as session:
        admin = session.scalars(select(User).where(User.is_super_admin)).one()
        user = User(
            id=new_id(), name="Cy CSM", email="cy@example.com", has_service_seat=True,
            can_manage_cs_settings=True, login=role,
        )  # fmt: skip
        writer.add(ChangeBatch(session, admin.id), user)
    with server.engine.begin() as conn:
        publish_pending(conn)
    url = server.engine.url.set(username=role)
    engine = create_engine(url)
    try:
        yield user, engine
    finally:
        engine.dispose()
        with server.engine.begin() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
        with _pg_admin() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_a_push_the_server_refuses_is_kept_with_its_reason(server, csm, tmp_path):
    user, engine = csm
    laptop = make_replica(tmp_path / "cy.db", _As(server, engine))
    with server.db.write_session() as session:  # taken away while Cy is offline
        admin = session.scalars(select(User).where(User.is_super_admin)).one()
        writer.set_fields(
            ChangeBatch(session, admin.id), session.get(User, user.id),
            {"can_manage_cs_settings": False},
        )  # fmt: skip
    with server.engine.begin() as conn:
        publish_pending(conn)
    with laptop.write_session() as session:  # this laptop still says Cy may
        cy = session.get(User, user.id)
        assert cy is not None
        view = create_view(
            session, cy, main_workspace(session), ViewTab.CUSTOMERS, "Whole team",
            sharing=Sharing.EVERYONE,
        )  # fmt: skip
    done = sync_once(laptop, engine)
    assert len(done.refused) == 1 and "Manage CS settings" in done.refused[0]
    with server.db.session() as session:
        assert session.get(SavedView, view.id) is None
    with laptop.session() as session:
        (kept,) = session.scalars(select(Conflict).where(Conflict.row_id == view.id)).all()
        assert "Manage CS settings" in kept.reason
        kept_view = session.get(SavedView, view.id)
        assert kept_view is not None and kept_view.deleted_at is not None  # restorable
        pulled = session.get(User, user.id)
        assert pulled is not None and pulled.can_manage_cs_settings is False  # pulled
    laptop.dispose()


class _As(Server):
    """The server seen through another login's engine (for `make_replica`)."""

    def __init__(self, server: Server, engine: Engine) -> None:
        super().__init__(server.db)
        self._login_engine = engine

    @property
    def engine(self) -> Engine:
        return self._login_engine


def test_a_field_with_an_unpushed_edit_waits_for_the_push(server, replicas):
    a, b = replicas
    made = _shared_company(server, a, b)
    _edit(a, made.id, name="Acme (A, not pushed yet)", nps=3)
    _edit(b, made.id, name="Acme (B)", tier="Enterprise")
    sync_once(b, server.engine)
    while pull_once(a, server.engine) is not None:
        pass
    got = _get(a, made.id)
    assert got.name == "Acme (A, not pushed yet)" and got.props["nps"] == 3  # kept
    assert got.props["tier"] == "Enterprise"  # B's other field arrived
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    assert snapshot(a) == snapshot(server.db) == snapshot(b)
    with server.db.session() as session:
        (kept,) = session.scalars(select(Conflict)).all()
    assert {kept.losing_value, kept.winning_value} == {"Acme (A, not pushed yet)", "Acme (B)"}


def test_the_later_clock_wins_a_concurrent_edit_even_ten_minutes_skewed(
    server, replicas, monkeypatch
):
    a, b = replicas
    made = _shared_company(server, a, b)
    real = clock.wall_ms()
    monkeypatch.setattr(clock, "wall_ms", lambda: real + 10 * 60_000)  # A runs fast
    _edit(a, made.id, name="Acme (A, clock ahead)")
    monkeypatch.setattr(clock, "wall_ms", lambda: real + 1_000)
    _edit(b, made.id, name="Acme (B)")
    sync_once(b, server.engine)
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    for db in (a, b, server.db):
        assert _get(db, made.id).name == "Acme (A, clock ahead)"
    with b.session() as session:
        (kept,) = session.scalars(select(Conflict)).all()
    assert kept.losing_value == "Acme (B)"
    # Having seen A's reading, B's next edit is later than it, though B's clock is behind.
    _edit(b, made.id, name="Acme (B, after seeing A)")
    with b.session() as session:
        seen_ms, _ = clock.decode(str(fact(session, outbox.CLOCK)))
    assert seen_ms >= real + 10 * 60_000  # B's clock took A's reading, not its own wall
    sync_once(b, server.engine)
    sync_once(a, server.engine)
    assert _get(a, made.id).name == "Acme (B, after seeing A)"


def test_the_clock_never_runs_behind_what_it_saw():
    seen = clock.encode(2_000_000, 5)
    after = clock.tick(clock.observe(clock.encode(1_000_000, 0), seen), now_ms=1_500_000)
    assert after > seen
    assert clock.tick(clock.encode(10, 2), now_ms=20) == clock.encode(20, 0)
    assert clock.decode("garbage") == (0, 0)


def test_a_copied_replica_takes_a_new_client_id_and_loses_nothing(server, replicas, tmp_path):
    a, b = replicas
    made = _company(a, "Acme")
    sync_once(a, server.engine)
    copy_path = tmp_path / "copy.db"
    source = sqlite3.connect(a.path)
    target = sqlite3.connect(copy_path)
    source.backup(target)
    source.close()
    target.close()
    c = open_database(copy_path)
    _edit(a, made.id, nps=7)
    _edit(c, made.id, tier="SMB")
    sync_once(a, server.engine)
    sync_once(c, server.engine)
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    with a.session() as sa, c.session() as sc:
        assert fact(sa, outbox.CLIENT_ID) != fact(sc, outbox.CLIENT_ID)
    for db in (a, b, c, server.db):
        got = _get(db, made.id)
        assert (got.props.get("nps"), got.props.get("tier")) == (7, "SMB")
    assert snapshot(a) == snapshot(server.db) == snapshot(b) == snapshot(c)
    c.dispose()


def test_a_local_file_stamps_no_outbox(tmp_path):
    from app.domain.workspace import SetupChoice, setup_empty_workspace
    from app.store import Change

    db = open_database(tmp_path / "local.db")
    with db.write_session() as session:
        admin = setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        records.create_record(session, admin, customer_object(session), {"name": "Acme"})
    with db.session() as session:
        assert session.scalars(select(Change).where(Change.client_seq.is_not(None))).all() == []
        assert session.scalars(select(Record)).all()
    db.dispose()


def test_the_server_lets_a_seatless_super_admin_use_the_summary_only(server):
    """PERM-3, PERM-5 on the server: a super admin without a seat may add reports and put
    the Summary's view cards in order, nothing else of a view; a CSM without Manage CS
    settings may not reorder them."""
    with server.db.write_session() as session:
        admin = session.scalars(select(User).where(User.is_super_admin)).one()
        batch = ChangeBatch(session, admin.id)
        boss = writer.add(batch, User(id=new_id(), name="Bo Boss", email="bo@example.com",
                                      is_super_admin=True, has_service_seat=False))  # fmt: skip
        csm = writer.add(batch, User(id=new_id(), name="Cy CSM", email="cy@example.com",
                                     has_service_seat=True, has_workspace_access=True))  # fmt: skip
        view = create_view(session, admin, main_workspace(session), ViewTab.CUSTOMERS,
                           "Renewing", sharing=Sharing.EVERYONE, make_default=True,
                           description="Renewals soon.")  # fmt: skip
        ids = boss.id, csm.id, view.id

    def refusal(user_id: uuid.UUID, entity: str, op: str, values: dict) -> str:
        import json

        row_id = ids[2] if entity == "saved_views" else new_id()
        change = {"entity": entity, "row_id": str(row_id), "op": op, "values": values}
        with server.engine.begin() as conn:
            return conn.execute(
                text("SELECT tend_refusal(u, CAST(:op AS jsonb)) FROM users u WHERE u.id = :id"),
                {"op": json.dumps(change), "id": user_id},
            ).scalar_one()

    boss_id, csm_id, _ = ids
    assert refusal(boss_id, "saved_views", "set", {"position": 3}) == ""
    assert refusal(boss_id, "reports", "add", {"name": "ARR by CSM"}) == ""
    assert refusal(boss_id, "summary_reports", "add", {"position": 0}) == ""
    assert "Summary tab only" in refusal(boss_id, "saved_views", "set", {"name": "Mine"})
    assert "Summary tab only" in refusal(boss_id, "records", "add", {"name": "Acme"})
    assert "Manage CS settings" in refusal(csm_id, "saved_views", "set", {"position": 3})
