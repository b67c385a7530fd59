"""Associations (OBJ-4), association-derived values (OBJ-2), property history with its
sources (OBJ-5), and deleting and restoring records, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack

import pytest
from sqlalchemy import select

from app.domain import associations, pipelines, records, writer
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.filters import FilterContext
from app.domain.history import ChangeBatch
from app.domain.properties import load_properties
from app.domain.record_detail import STAGE_MOVE, property_history, record_detail, record_history
from app.domain.record_query import RecordQuery, page_values
from app.domain.viewer import viewer_of
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import Association, ChangeSource, ObjectType, Pipeline, Stage, User
from tests.conftest import database_on


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path_factory):
    with ExitStack() as stack:
        database = database_on(request.param, tmp_path_factory, stack, "associations")
        with database.write_session() as s:
            setup_empty_workspace(
                s, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
        yield database


def _object(s, key: str) -> ObjectType:
    return s.scalars(select(ObjectType).where(ObjectType.key == key)).one()


def _admin(s) -> User:
    return s.scalars(select(User).where(User.name == "Ada Admin")).one()


def _stages(s, key: str) -> list[Stage]:
    pipeline = s.scalars(
        select(Pipeline).where(Pipeline.object_type_id == _object(s, key).id)
    ).first()
    return list(
        s.scalars(select(Stage).where(Stage.pipeline_id == pipeline.id).order_by(Stage.position))
    )


def _group(s, viewer, record_id, key: str) -> list[str]:
    detail = record_detail(s, viewer, record_id)
    return [r.name for r in next(g for g in detail.associations if g.key == key).records]


def test_a_user_finds_associates_and_removes_a_contact(db):
    with db.write_session() as s:
        admin = _admin(s)
        acme = records.create_record(s, admin, customer_object(s), {"name": "Acme"})
        ann = records.create_record(
            s, admin, _object(s, "contacts"), {"name": "Ann Árbol", "email": "ann@acme.test"}
        )
        records.create_record(s, admin, _object(s, "contacts"), {"name": "Bob"})
        ids = acme.id, ann.id
    with db.session() as s:
        found = associations.find_to_associate(s, ids[0], _object(s, "contacts").id, "arbol")
        assert [r.name for r in found] == ["Ann Árbol"]  # folded: accents and case
        by_mail = associations.find_to_associate(s, ids[0], _object(s, "contacts").id, "ann@")
        assert [r.detail for r in by_mail] == ["ann@acme.test"]
    with db.write_session() as s:
        associations.associate(s, _admin(s), ids[0], ids[1])
    with db.session() as s:
        admin = _admin(s)
        assert _group(s, admin, ids[0], "contacts") == ["Ann Árbol"]
        assert _group(s, admin, ids[1], "companies") == ["Acme"]  # read both ways
        # already associated: not offered again, and refused
        assert associations.find_to_associate(s, ids[0], _object(s, "contacts").id, "ann") == []
        with pytest.raises(ValidationError):
            associations.associate(s, admin, ids[1], ids[0])
        s.rollback()
    with db.write_session() as s:
        assert associations.dissociate(s, _admin(s), ids[1], ids[0]) == 1
    with db.session() as s:
        assert _group(s, _admin(s), ids[0], "contacts") == []
        row = s.scalars(select(Association)).one()
        assert row.deleted_at is not None  # a tombstone, with its entry
        with pytest.raises(NotFound):
            associations.dissociate(s, _admin(s), ids[0], ids[1])
        s.rollback()
    with db.write_session() as s:  # adding it again brings the row back
        associations.associate(s, _admin(s), ids[0], ids[1])
    with db.session() as s:
        assert s.scalars(select(Association)).one().deleted_at is None
        assert _group(s, _admin(s), ids[0], "contacts") == ["Ann Árbol"]


def test_derived_values_count_contacts_and_open_deals_in_sql(db):
    with db.write_session() as s:
        admin = _admin(s)
        acme = records.create_record(s, admin, customer_object(s), {"name": "Acme"})
        other = records.create_record(s, admin, customer_object(s), {"name": "Other"})
        stages = _stages(s, "deals")
        won = next(st for st in stages if st.is_closed and st.name == "Closed won")
        deals = _object(s, "deals")
        open_one = records.create_record(
            s, admin, deals, {"name": "Renewal", "amount": "1200", "stage": stages[0].id}
        )
        open_two = records.create_record(
            s, admin, deals, {"name": "Upsell", "amount": "300.50", "stage": stages[1].id}
        )
        closed = records.create_record(
            s, admin, deals,
            {"name": "Old", "amount": 999, "close_date": "2026-01-02", "stage": won.id},
        )  # fmt: skip
        ann = records.create_record(s, admin, _object(s, "contacts"), {"name": "Ann"})
        for deal in (open_one, open_two, closed):
            associations.associate(s, admin, deal.id, acme.id)
        associations.associate(s, admin, acme.id, ann.id)
        associations.associate(s, admin, other.id, ann.id)
        ids = acme.id, other.id, open_two.id
    with db.session() as s:
        detail = record_detail(s, _admin(s), ids[0])
        values = {p.key: v for p, v in detail.values if p.type == "derived"}
        assert values == {
            "contact_count": 1, "open_deal_count": 2, "open_deal_amount": 150_050,
            "open_ticket_count": 0,
        }  # fmt: skip
        assert all(p.is_read_only for p, _v in detail.values if p.type == "derived")
        assert "open deals" in detail.derived_help["open_deal_count"]
        props = [p for p, _v in detail.values]
        many = associations.derived_values(s, list(ids[:2]), props)  # a page's records at once
        assert many[ids[1]]["contact_count"] == 1 and many[ids[1]]["open_deal_count"] == 0
        # the same values as table columns, read in SQL with a page; not a sort key
        companies = customer_object(s)
        table = load_properties(s, companies.id)
        shown = [table[k] for k in ("name", "contact_count", "open_deal_count",
                                    "open_deal_amount")]  # fmt: skip
        now = dt.datetime.now(dt.UTC)
        ctx = FilterContext(_admin(s).id, now.date(), now)
        rows, _ = page_values(s, RecordQuery(companies.id), table, ctx, shown)
        assert dict((v[0], v[1:]) for _id, v in rows) == {
            "Acme": [1, 2, 150_050], "Other": [1, 0, 0],
        }  # fmt: skip
        with pytest.raises(ValidationError):
            page_values(s, RecordQuery(companies.id, sort_key="open_deal_count"), table, ctx,
                        shown)  # fmt: skip
    with db.write_session() as s:  # a deleted deal no longer counts
        records.delete_record(s, _admin(s), records.get_record(s, ids[2]))
    with db.session() as s:
        values = {p.key: v for p, v in record_detail(s, _admin(s), ids[0]).values}
        assert values["open_deal_count"] == 1 and values["open_deal_amount"] == 120_000


def test_history_shows_old_and_new_with_the_source_of_each_change(db):
    with db.write_session() as s:
        admin = _admin(s)
        acme = records.create_record(s, admin, customer_object(s), {"name": "Acme", "nps": 5})
        stages = _stages(s, "deals")
        deal = records.create_record(
            s, admin, _object(s, "deals"), {"name": "Renewal", "stage": stages[0].id}
        )
        ids = acme.id, deal.id
    with db.write_session() as s:
        records.update_record(s, _admin(s), records.get_record(s, ids[0]), {"nps": "7"})
        batch = ChangeBatch(s, _admin(s).id, ChangeSource.IMPORT)
        records.update_record(
            s, _admin(s), records.get_record(s, ids[0]), {"nps": 8}, batch=batch,
            source=ChangeSource.IMPORT,
        )  # fmt: skip
        pipelines.move_to_stage(s, _admin(s), [ids[1]], stages[1].id)
    with db.session() as s:
        nps = next(p for p, _v in record_detail(s, _admin(s), ids[0]).values if p.key == "nps")
        entries = property_history(s, ids[0], nps)
        assert [(e.old, e.new, e.source) for e in entries] == [
            (7, 8, "import"), (5, 7, "user"), (None, 5, "user"),
        ]  # fmt: skip
        assert entries[0].who == "Ada Admin" and entries[0].prop == nps
        moves = [e for label, e in record_history(s, ids[1]) if label == "Stage"]
        assert (moves[0].old, moves[0].new, moves[0].source) == (
            stages[0].name, stages[1].name, STAGE_MOVE,
        )  # fmt: skip


def test_delete_lists_the_record_as_deleted_and_restore_brings_it_back(db):
    with db.write_session() as s:
        admin = _admin(s)
        companies = customer_object(s)
        acme = records.create_record(s, admin, companies, {"name": "Acme"})
        blue = records.create_record(s, admin, companies, {"name": "Blue"})
        ann = records.create_record(s, admin, _object(s, "contacts"), {"name": "Ann"})
        associations.associate(s, admin, acme.id, ann.id)
        ids, companies_id = (acme.id, blue.id, ann.id), companies.id
    for record_id in ids[:2]:
        with db.write_session() as s:
            records.delete_record(s, _admin(s), records.get_record(s, record_id))
    with db.session() as s:
        gone = records.deleted_records(s, companies_id)
        assert [r.name for r in gone] == ["Blue", "Acme"]  # newest first
        assert {r.deleted_by for r in gone} == {"Ada Admin"}
        assert _group(s, _admin(s), ids[2], "companies") == []  # gone from Ann's too
        with pytest.raises(NotFound):
            records.get_deleted(s, ids[2])  # a live record is not in the list
    with db.write_session() as s:
        records.restore_record(s, _admin(s), records.get_deleted(s, ids[0]))
    with db.session() as s:
        assert [r.name for r in records.deleted_records(s, companies_id)] == ["Blue"]
        assert _group(s, _admin(s), ids[2], "companies") == ["Acme"]  # association back
        tomb = [e for label, e in record_history(s, ids[0]) if e.field == "deleted_at"]
        assert [e.new for e in tomb] == ["restored", "deleted"]


def test_a_viewer_without_a_seat_is_refused_every_write(db):
    with db.write_session() as s:
        admin = _admin(s)
        acme = records.create_record(s, admin, customer_object(s), {"name": "Acme"})
        ann = records.create_record(s, admin, _object(s, "contacts"), {"name": "Ann"})
        reader = User(name="Rita Reader", email="rita@example.com", is_super_admin=True)
        writer.add(ChangeBatch(s, admin.id), reader)
        ids = acme.id, ann.id, reader.id
    with db.session() as s:
        rita = viewer_of(s.get(User, ids[2]))
        for call in (
            lambda: associations.associate(s, rita, ids[0], ids[1]),
            lambda: associations.dissociate(s, rita, ids[0], ids[1]),
            lambda: records.delete_record(s, rita, records.get_record(s, ids[0])),
        ):
            with pytest.raises(PermissionDenied, match="service seat"):
                call()
        assert not s.scalars(select(Association)).all()  # nothing was written
        s.rollback()
