"""Two laptops edit offline and converge through the team server (issue 14 items 3-4,
DATA-2): edits to different fields both survive, the same field is decided by the later
edit with the losing value kept in `conflicts`, deletes are tombstones that can be
restored."""

from __future__ import annotations

from sqlalchemy import select

from app.domain import records
from app.domain.sync.push import pending_count
from app.domain.sync.run import sync_once
from app.domain.workspace import customer_object
from app.store import Conflict, Record
from tests.sync.conftest import admin_of, snapshot


def _company(db, name: str, **values) -> Record:
    admin = admin_of(db)
    with db.write_session() as session:
        record = records.create_record(
            session, admin, customer_object(session), {"name": name, **values}
        )
    return record


def _shared_company(server, a, b) -> Record:
    """Acme, made on laptop A and synced to the server and laptop B."""
    made = _company(a, "Acme")
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    return made


def _edit(db, record_id, **values) -> None:
    admin = admin_of(db)
    with db.write_session() as session:
        record = session.get(Record, record_id)
        records.update_record(session, admin, record, values)


def _get(db, record_id) -> Record:
    with db.session() as session:
        return session.get(Record, record_id)


def test_a_replica_joins_with_the_servers_workspace(server, replicas):
    a, b = replicas
    assert snapshot(a) == snapshot(server.db) == snapshot(b)
    assert admin_of(a).name == "Ada Admin"


def test_a_new_customer_reaches_the_other_laptop(server, replicas):
    a, b = replicas
    made = _company(a, "Acme", domain="acme.com")
    with a.session() as session:
        assert pending_count(session) > 0
    done = sync_once(a, server.engine)
    assert done.pushed > 0 and not done.refused
    with a.session() as session:
        assert pending_count(session) == 0
    sync_once(b, server.engine)
    got = _get(b, made.id)
    assert got.name == "Acme" and got.search_key == "acme.com"
    assert snapshot(a) == snapshot(server.db) == snapshot(b)


def test_offline_edits_of_different_fields_both_survive(server, replicas):
    a, b = replicas
    made = _shared_company(server, a, b)
    _edit(a, made.id, name="Acme Corp")  # both offline
    _edit(b, made.id, nps=9)
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    sync_once(a, server.engine)
    for db in (a, b, server.db):
        got = _get(db, made.id)
        assert got.name == "Acme Corp" and got.props.get("nps") == 9
    assert snapshot(a) == snapshot(server.db) == snapshot(b)
    with server.db.session() as session:
        assert session.scalars(select(Conflict)).all() == []


def test_the_same_field_is_decided_by_the_later_edit_and_the_loser_is_kept(server, replicas):
    a, b = replicas
    made = _shared_company(server, a, b)
    _edit(a, made.id, name="Acme (from A)")
    _edit(b, made.id, name="Acme (from B)")  # later
    sync_once(a, server.engine)  # A's edit applies first
    done = sync_once(b, server.engine)  # B's is concurrent and later: it wins
    assert done.conflicts == 1
    sync_once(a, server.engine)
    for db in (a, b, server.db):
        assert _get(db, made.id).name == "Acme (from B)"
        with db.session() as session:
            (kept,) = session.scalars(select(Conflict)).all()
            assert (kept.field, kept.losing_value, kept.winning_value) == (
                "name",
                "Acme (from A)",
                "Acme (from B)",
            )
    assert snapshot(a) == snapshot(server.db) == snapshot(b)


def test_a_deleted_customer_edited_elsewhere_can_be_restored(server, replicas):
    a, b = replicas
    made = _shared_company(server, a, b)
    admin = admin_of(a)
    with a.write_session() as session:
        records.delete_record(session, admin, session.get(Record, made.id))
    _edit(b, made.id, name="Acme renamed")
    sync_once(a, server.engine)
    sync_once(b, server.engine)
    sync_once(a, server.engine)
    for db in (a, b, server.db):
        got = _get(db, made.id)
        assert got.deleted_at is not None and got.name == "Acme renamed"
    with b.write_session() as session:
        records.restore_record(session, admin, session.get(Record, made.id))
    sync_once(b, server.engine)
    sync_once(a, server.engine)
    assert _get(a, made.id).deleted_at is None
    assert snapshot(a) == snapshot(server.db) == snapshot(b)


def test_a_resent_push_is_not_applied_twice(server, replicas):
    a, _b = replicas
    from app.domain.sync import push

    made = _company(a, "Acme")
    with a.session() as session:
        entries = push._outbox(session, 100)
        ops = push.build_ops(session, entries, 0)
    import json

    from sqlalchemy import text

    payload = json.dumps({"client_id": str(entries[0].client_id), "ops": ops})
    with server.engine.begin() as conn:
        first = conn.execute(
            text("SELECT tend_push(CAST(:p AS jsonb))"), {"p": payload}
        ).scalar_one()
    with server.engine.begin() as conn:  # the acknowledgement was lost: sent again
        again = conn.execute(
            text("SELECT tend_push(CAST(:p AS jsonb))"), {"p": payload}
        ).scalar_one()
    assert again["acked"] == first["acked"]
    sync_once(a, server.engine)
    with server.db.session() as session:
        assert session.get(Record, made.id).name == "Acme"
        from app.store import Change

        ids = [str(e.id) for e in entries]
        stored = session.scalars(select(Change.id).where(Change.row_id == made.id)).all()
        assert sorted(map(str, stored)) == sorted(ids)
