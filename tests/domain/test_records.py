"""The one write path: validation, permission, stage rules and history in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.domain import records
from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.domain.history import history_of
from app.domain.workspace import customer_object
from app.store import Change, ObjectType, Pipeline, Record, Stage, User
from tests.support import signed_in_user


def _admin(session) -> User:
    return signed_in_user(session)


def _object(session, key) -> ObjectType:
    return session.scalars(select(ObjectType).where(ObjectType.key == key)).one()


def _stage(session, pipeline_name: str, stage_name: str) -> Stage:
    return session.scalars(
        select(Stage)
        .join(Pipeline, Pipeline.id == Stage.pipeline_id)
        .where(Pipeline.name == pipeline_name, Stage.name == stage_name)
    ).one()


def _changes(session) -> int:
    return session.scalar(select(func.count()).select_from(Change))


@pytest.fixture
def acme(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = _admin(session)
        record = records.create_record(
            session, admin, customer_object(session),
            {"name": "Acme", "csm_owner": admin.id, "tier": "SMB", "renewal_date": "2027-01-31"},
        )  # fmt: skip
        return record.id


def test_create_writes_one_history_entry_per_field_in_one_batch(workspace_db, acme):
    with workspace_db.session() as session:
        entries = history_of(session, "records", acme)
        admin = _admin(session)
    fields = sorted(e.field for e in entries if e.op == "set")
    assert fields == ["csm_owner", "name", "renewal_date", "tier"]
    assert len({e.batch_id for e in entries}) == 1
    assert {e.user_id for e in entries} == {admin.id}
    assert {e.source for e in entries} == {"user"}
    assert any(e.op == "create" for e in entries)


def test_update_logs_old_and_new_and_skips_unchanged(workspace_db, acme):
    with workspace_db.session() as session, session.begin():
        record = session.get(Record, acme)
        batch = records.update_record(
            session, _admin(session), record, {"tier": "Enterprise", "name": "Acme"}
        )
        assert [(c.field, c.old_value, c.new_value) for c in batch.entries] == [
            ("tier", "SMB", "Enterprise")
        ]
    with workspace_db.session() as session:
        assert session.get(Record, acme).props["tier"] == "Enterprise"
        assert [c.new_value for c in history_of(session, "records", acme, "tier")] == [
            "Enterprise",
            "SMB",
        ]


def test_a_bad_value_saves_nothing_not_even_the_good_ones(workspace_db, acme):
    with workspace_db.session() as session:
        before = _changes(session)
    with (
        pytest.raises(ValidationError) as refused,
        workspace_db.session() as session,
        session.begin(),
    ):
        record = session.get(Record, acme)
        records.update_record(
            session, _admin(session), record, {"tier": "Mid-market", "renewal_date": "31/02/2025"}
        )
    assert refused.value.field == "renewal_date"
    with workspace_db.session() as session:
        record = session.get(Record, acme)
        assert record.props["tier"] == "SMB"
        assert str(record.renewal_date) == "2027-01-31"
        assert _changes(session) == before


def test_a_user_without_a_seat_is_refused_and_nothing_is_written(workspace_db, acme):
    with workspace_db.session() as session, session.begin():
        session.add(User(name="No Seat", email="noseat@example.com", has_service_seat=False))
    with workspace_db.session() as session:
        before = _changes(session)
        user = session.scalars(select(User).where(User.name == "No Seat")).one()
        with pytest.raises(PermissionDenied, match="seat"):
            records.update_record(session, user, session.get(Record, acme), {"tier": "Enterprise"})
        session.rollback()
        assert _changes(session) == before


def test_entering_a_stage_asks_for_its_required_properties(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin, deals = _admin(session), _object(session, "deals")
        proposal = _stage(session, "Renewals", "Proposal sent")
        won = _stage(session, "Renewals", "Closed won")
        deal = records.create_record(
            session, admin, deals, {"name": "Renewal", "stage": proposal.id}
        )
        assert deal.pipeline_id == proposal.pipeline_id
        with pytest.raises(ValidationError) as refused:
            records.update_record(session, admin, deal, {"stage": won.id})
        assert refused.value.field == "amount"
        assert "Closed won" in refused.value.message
        records.update_record(
            session, admin, deal, {"stage": won.id, "amount": "1200", "close_date": "2026-12-01"}
        )
        assert deal.stage_id == won.id
        stage_changes = history_of(session, "records", deal.id, "stage")
        assert [c.new_value for c in stage_changes] == [str(won.id), str(proposal.id)]


def test_a_stage_of_another_objects_pipeline_is_refused(workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = _admin(session)
        kickoff = _stage(session, "Onboarding", "Kickoff")
        with pytest.raises(ValidationError) as refused:
            records.create_record(
                session, admin, _object(session, "deals"), {"name": "X", "stage": kickoff.id}
            )
        assert refused.value.field == "pipeline"


def test_delete_and_restore_are_in_the_history(workspace_db, acme):
    with workspace_db.session() as session, session.begin():
        admin = _admin(session)
        record = session.get(Record, acme)
        records.delete_record(session, admin, record)
        with pytest.raises(NotFound):
            records.get_record(session, acme)
        with pytest.raises(NotFound):
            records.update_record(session, admin, record, {"tier": "SMB"})
        records.restore_record(session, admin, record)
        assert records.get_record(session, acme).deleted_at is None
        ops = [c.op for c in history_of(session, "records", acme, "deleted_at")]
        assert ops == ["restore", "delete"]


def test_unknown_properties_and_empty_names_are_refused(workspace_db, acme):
    with workspace_db.session() as session, session.begin():
        admin, record = _admin(session), session.get(Record, acme)
        with pytest.raises(ValidationError) as unknown:
            records.update_record(session, admin, record, {"favourite_colour": "blue"})
        assert unknown.value.field == "favourite_colour"
        with pytest.raises(ValidationError) as empty:
            records.update_record(session, admin, record, {"name": "  "})
        assert empty.value.field == "name"
        with pytest.raises(ValidationError) as nameless:
            records.create_record(session, admin, customer_object(session), {"tier": "SMB"})
        assert nameless.value.field == "name"


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_name_past_its_column_or_with_nul_is_refused_at_the_field_on_both(
    backend, tmp_path_factory
):
    """Issue 11 item 4: a 600-character name passed on SQLite and raised DataError on
    PostgreSQL (the column holds 500); NUL passed on SQLite and failed on PostgreSQL. Now
    both are a ValidationError naming the field, and nothing is written."""
    from contextlib import ExitStack

    from app.domain.errors import ValidationError
    from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
    from tests.conftest import database_on

    with ExitStack() as stack:
        db = database_on(backend, tmp_path_factory, stack, "bounds")
        with db.write_session() as session:
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
        for name, says in (("A" * 501, "longer than 500"), ("Acme\x00Corp", "NUL")):
            with pytest.raises(ValidationError) as refused, db.write_session() as session:
                records.create_record(session, admin, customer_object(session), {"name": name})
            assert refused.value.field == "name" and says in refused.value.message
        with db.write_session() as session:  # the longest name the column holds is stored
            made = records.create_record(
                session, admin, customer_object(session), {"name": "A" * 500}
            )
        with db.session() as session:
            assert records.get_record(session, made.id).name == "A" * 500
