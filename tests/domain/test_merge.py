"""Merging records (OBJ-6): the survivor keeps both records' associations, activities,
follows and history; its own values win, the other's fill its gaps."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain import activities, records
from app.domain.errors import ValidationError
from app.domain.merge import merge_records
from app.domain.properties import load_properties
from app.domain.record_detail import property_history, record_detail, set_following, timeline
from app.domain.workspace import customer_object
from app.store import ActivityLink, Association, ObjectType, Record
from tests.support import signed_in_user


def test_merge_keeps_both_records_activities_associations_and_history(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        companies = customer_object(session)
        contacts = session.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
        keep = records.create_record(session, admin, companies, {"name": "Acme", "tier": "SMB"})
        dup = records.create_record(
            session, admin, companies, {"name": "ACME Inc", "tier": "Enterprise", "nps": 9}
        )
        ann = records.create_record(session, admin, contacts, {"name": "Ann"})
        bob = records.create_record(session, admin, contacts, {"name": "Bob"})
        session.add_all([
            Association(from_record_id=ann.id, to_record_id=keep.id),
            Association(from_record_id=ann.id, to_record_id=dup.id),
            Association(from_record_id=bob.id, to_record_id=dup.id),
        ])  # fmt: skip
        activities.log_note(session, admin, keep.id, "Kept note")
        activities.log_note(session, admin, dup.id, "Duplicate's note")
        set_following(session, admin, dup.id, True)
        merge_records(session, admin, keep.id, dup.id)

    with workspace_db.session() as session:
        admin = signed_in_user(session)
        keep = session.scalars(select(Record).where(Record.name == "Acme")).one()
        dup = session.scalars(select(Record).where(Record.name == "ACME Inc")).one()
        assert dup.deleted_at is not None and dup.merged_into_id == keep.id
        assert keep.props["tier"] == "SMB"  # the survivor's value wins
        assert keep.props["nps"] == 9  # the other's value fills the gap
        kinds = session.scalars(
            select(ActivityLink.kind).where(ActivityLink.record_id == keep.id)
        ).all()
        assert sorted(kinds) == ["note", "note"]
        detail = record_detail(session, admin, keep.id)
        contacts = next(g for g in detail.associations if g.plural == "Contacts")
        assert [r.name for r in contacts.records] == ["Ann", "Bob"]
        assert detail.following
        tier = load_properties(session, keep.object_type_id)["tier"]
        notes = [i.detail for i in timeline(session, keep.id) if i.kind == "note"]
        assert sorted(notes) == ["Duplicate's note", "Kept note"]
        history = property_history(session, keep.id, tier)
        assert [e.new for e in history] == ["Enterprise", "SMB"]  # both records', newest first


def test_merge_refuses_itself_and_another_object(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = signed_in_user(session)
        companies = customer_object(session)
        contacts = session.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
        a = records.create_record(session, admin, companies, {"name": "A"})
        c = records.create_record(session, admin, contacts, {"name": "C"})
        for other in (a.id, c.id):
            with pytest.raises(ValidationError):
                merge_records(session, admin, a.id, other)
