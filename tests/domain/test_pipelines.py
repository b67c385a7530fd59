"""Pipelines in the Services and Revenue tabs: what they show, column figures, stage moves
with their required properties, and undo (SRV-4, SRV-5, REV-5, OBJ-3, OBJ-5)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import pipelines, records
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.filters import FilterContext
from app.domain.history import history_of
from app.domain.properties import load_properties
from app.domain.record_query import RecordQuery
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store import ObjectType, Record, User, ViewTab
from app.store.engine import open_database


@pytest.fixture
def deals_db(tmp_path):
    """A fresh workspace with twelve deals spread over the Renewals pipeline."""
    db = open_database(tmp_path / "tend.db")
    with db.session() as session, session.begin():
        admin = setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        tabs = pipelines.tab_pipelines(session, admin, ViewTab.REVENUE)
        renewals = tabs.pipelines[0]
        deals = session.get(ObjectType, renewals.object_type_id)
        assert deals is not None
        for i in range(12):
            stage = renewals.stages[i % 3]  # the three open stages
            records.create_record(
                session, admin, deals,
                {"name": f"Deal {i:02d}", "amount": (i + 1) * 1000_00, "stage": stage.id,
                 "deal_owner": admin.id},
            )  # fmt: skip
    yield db, admin.id, renewals
    db.dispose()


def _ctx(user_id):
    now = dt.datetime.now(dt.UTC)
    return FilterContext(user_id, now.date(), now)


def test_the_revenue_tab_shows_the_deal_pipelines_and_services_its_own(deals_db):
    db, admin_id, renewals = deals_db
    with db.session() as session:
        admin = session.get(User, admin_id)
        revenue = pipelines.tab_pipelines(session, admin, ViewTab.REVENUE)
        services = pipelines.tab_pipelines(session, admin, ViewTab.SERVICES)
    assert revenue.shown and [p.name for p in revenue.pipelines] == ["Renewals"]
    assert [s.name for s in renewals.stages][:3] == [
        "Renewal upcoming", "Proposal sent", "Negotiation",
    ]  # fmt: skip
    assert renewals.stage(renewals.stages[3].id).required == ("amount", "close_date")
    assert services.shown and [p.name for p in services.pipelines] == ["Onboarding"]
    default = services.pipeline(None)
    assert default is not None
    assert services.default_layout == "board" and default.name == "Onboarding"


def test_stage_totals_count_and_sum_in_sql(deals_db):
    db, admin_id, renewals = deals_db
    with db.session() as session:
        props = load_properties(session, renewals.object_type_id)
        query = RecordQuery(renewals.object_type_id, pipeline_id=renewals.id)
        totals = pipelines.stage_totals(session, query, props, _ctx(admin_id))
    first = renewals.stages[0].id  # deals 0, 3, 6, 9
    assert totals[first] == pipelines.StageTotal(4, (1 + 4 + 7 + 10) * 1000_00)
    assert sum(t.count for t in totals.values()) == 12
    assert renewals.stages[3].id not in totals


def _deal(session, name):
    from sqlalchemy import select

    return session.scalar(select(Record).where(Record.name == name))


def test_a_move_needs_the_stage_required_values_and_writes_them_with_history(deals_db):
    db, admin_id, renewals = deals_db
    won = renewals.stages[3]  # Closed won: amount and close date
    with db.session() as session:
        deal_id = _deal(session, "Deal 00").id
        missing = pipelines.missing_for_stage(session, deal_id, won.id)
    assert [p.key for p in missing] == ["close_date"]  # it has an amount already

    with pytest.raises(ValidationError) as refused, db.session() as session, session.begin():
        pipelines.move_to_stage(session, session.get(User, admin_id), [deal_id], won.id)
    assert refused.value.field == "close_date"
    with db.session() as session:
        assert session.get(Record, deal_id).stage_id == renewals.stages[0].id  # not moved

    with db.session() as session, session.begin():
        admin = session.get(User, admin_id)
        moves = pipelines.move_to_stage(
            session, admin, [deal_id], won.id, {"close_date": "2026-12-01"}
        )
    with db.session() as session:
        deal = session.get(Record, deal_id)
        assert deal.stage_id == won.id and deal.renewal_date == dt.date(2026, 12, 1)
        entries = history_of(session, records.ENTITY, deal_id)
        batch = {e.field for e in entries if e.batch_id == entries[0].batch_id}
        assert batch == {"stage", "close_date"}  # one user action, one batch

    with db.session() as session, session.begin():
        pipelines.undo_moves(session, session.get(User, admin_id), moves)
    with db.session() as session:
        deal = session.get(Record, deal_id)
        assert deal.stage_id == renewals.stages[0].id and deal.renewal_date is None
        stage_changes = history_of(session, records.ENTITY, deal_id, "stage")
        assert len(stage_changes) == 3  # created in a stage, moved, moved back by the undo


def test_a_move_is_refused_to_a_user_who_cannot_edit_and_across_pipelines(deals_db):
    db, admin_id, renewals = deals_db
    with db.session() as session, session.begin():
        viewer = User(name="Val Viewer", email="val@example.com", is_super_admin=True)
        session.add(viewer)
        session.flush()
        deal_id = _deal(session, "Deal 01").id
        services = pipelines.tab_pipelines(session, viewer, ViewTab.SERVICES).pipelines[0]
        with pytest.raises(PermissionDenied):
            pipelines.move_to_stage(session, viewer, [deal_id], renewals.stages[2].id)
        admin = session.get(User, admin_id)
        with pytest.raises(ValidationError):
            pipelines.move_to_stage(session, admin, [deal_id], services.stages[0].id)
