"""Storing health scores (HEALTH-1, HEALTH-4, HEALTH-5): which profile scores which
customer, the score rows and records' columns, the day's history point with the rules that
moved it, alerts raised once per category change and expiring after 14 days, deterministic
keys, and Test a record's numbers equal to the stored score; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from contextlib import ExitStack
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.domain import records, writer
from app.domain.health import store
from app.domain.health.profiles import load_profile
from app.domain.health.scoring import score_customers
from app.domain.history import ChangeBatch, touched
from app.domain.viewer import viewer_of
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import (
    Alert,
    GroupKind,
    HealthCategory,
    HealthGroup,
    HealthProfile,
    HealthProfileSegment,
    HealthRule,
    HealthScore,
    HealthScoreHistory,
    ProfileStatus,
    Record,
    SavedView,
    User,
    ViewTab,
    Workspace,
)
from tests.conftest import database_on

ZONE = ZoneInfo("Europe/Warsaw")
NOW = dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path_factory):
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "health_store")
        with db.session() as session, session.begin():
            setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
        yield db


def _admin(session):
    return viewer_of(session.scalars(select(User)).one())


def _profile(session, name: str, *, default: bool, nps_points: int = 60) -> HealthProfile:
    """NPS >= 9 gives `nps_points` of a 60-point fit group; a meeting in the last 30
    days gives the 40-point engagement group all its points."""
    ws = session.scalars(select(Workspace).where(Workspace.is_main)).one()
    batch = ChangeBatch.system(session, store_work())
    profile = writer.add(
        batch,
        HealthProfile(workspace_id=ws.id, name=name, status=ProfileStatus.LIVE, is_default=default),
    )
    session.flush()
    fit = writer.add(
        batch,
        HealthGroup(profile_id=profile.id, name="Fit", kind=GroupKind.PROPERTY, max_points=60),
    )
    engagement = writer.add(
        batch,
        HealthGroup(profile_id=profile.id, name="Engagement", kind=GroupKind.EVENT, max_points=40),
    )
    session.flush()
    writer.add(
        batch,
        HealthRule(
            group_id=fit.id,
            label="Promoter",
            config={
                "conditions": [{"property": "nps", "op": "gte", "value": 9}],
                "points": nps_points,
            },
        ),
    )
    writer.add(
        batch,
        HealthRule(
            group_id=engagement.id,
            label="Meetings in the last 30 days",
            config={"event": "meetings", "window_days": 30, "bands": [[0, 0], [1, 40]]},
        ),
    )
    session.flush()
    return profile


def store_work():
    from app.domain.history import SystemWork

    return SystemWork.DEMO


def _customer(session, name: str, nps: int | None) -> Record:
    values = {"name": name} if nps is None else {"name": name, "nps": nps}
    return records.create_record(session, _admin(session), customer_object(session), values)


def _scores(session) -> dict[str, tuple[int, str]]:
    rows = session.execute(
        select(Record.name, HealthScore.score, HealthScore.category).join(
            HealthScore, HealthScore.record_id == Record.id
        )
    )
    return {name: (score, str(category)) for name, score, category in rows}


def test_scores_are_stored_once_with_deterministic_keys_and_copied_to_the_columns(db):
    with db.session() as session, session.begin():
        profile = _profile(session, "Standard", default=True)
        promoter = _customer(session, "Promoter", 10)
        quiet = _customer(session, "Quiet", 3)
        unknown = _customer(session, "Unknown", None)
        result = store.recompute(session, NOW, ZONE)
        assert result.scored == 3 and result.changed == 3 and result.alerts == 0
        # NPS >= 9: all 60 fit points; no meetings: 0 of 40 → 60. NPS 3: 0 → 0. No NPS: the
        # fit group has no input, so the engagement group alone, scaled to 100: 0.
        assert _scores(session) == {
            "Promoter": (60, "neutral"),
            "Quiet": (0, "at_risk"),
            "Unknown": (0, "at_risk"),
        }
        row = session.get(HealthScore, store.score_id(promoter.id, profile.id))
        assert row is not None and row.breakdown["p"] == [60, 0]
        session.refresh(promoter)
        assert (promoter.health_score, promoter.health_status) == (60, "neutral")
        assert {h.record_id for h in session.scalars(select(HealthScoreHistory))} == {
            promoter.id,
            quiet.id,
            unknown.id,
        }
        assert touched(session).tables >= {"health_scores", "records"}
        # Nothing changed: a second run writes nothing.
        again = store.recompute(session, NOW + dt.timedelta(hours=1), ZONE)
        assert again.changed == 0 and again.alerts == 0
        assert session.scalar(select(func.count()).select_from(HealthScore)) == 3
        assert session.scalar(select(func.count()).select_from(HealthScoreHistory)) == 3


def test_a_change_moves_the_score_keeps_a_history_point_and_raises_one_alert(db):
    with db.session() as session, session.begin():
        profile = _profile(session, "Standard", default=True)
        customer = _customer(session, "Acme", 3)
        store.recompute(session, NOW, ZONE)
        later = NOW + dt.timedelta(days=2)
        records.update_record(session, _admin(session), customer, {"nps": 10})
        result = store.recompute(session, later, ZONE, record_ids=[customer.id])
        assert result.changed == 1 and result.alerts == 1
        assert result.category_changes == [
            (customer.id, HealthCategory.AT_RISK, HealthCategory.NEUTRAL)
        ]
        day = later.astimezone(ZONE).date()
        point = session.get(HealthScoreHistory, store.history_id(customer.id, profile.id, day))
        assert point is not None and point.score == 60
        assert json.loads(point.reason)["moves"] == [
            {"rule": "Promoter", "group": "Fit", "before": 0, "after": 60, "count": None}
        ]
        alert = session.get(Alert, store.alert_id(customer.id, profile.id, day))
        assert alert is not None
        assert (alert.old_category, alert.new_category) == ("at_risk", "neutral")
        assert alert.user_id == customer.owner_id
        assert alert.expires_at == later + dt.timedelta(days=14)
        # The same score again: no second alert, no second point.
        assert store.recompute(session, later, ZONE, record_ids=[customer.id]).alerts == 0
        assert session.scalar(select(func.count()).select_from(Alert)) == 1
        # Back to At risk the same day: the day's alert said nothing lasting, so it goes.
        records.update_record(session, _admin(session), customer, {"nps": 2})
        store.recompute(session, later + dt.timedelta(minutes=5), ZONE, record_ids=[customer.id])
        session.expire_all()  # the rows were upserted in SQL
        assert session.scalar(select(func.count()).select_from(Alert)) == 0
        assert session.scalar(select(func.count()).select_from(HealthScoreHistory)) == 2
        point = session.get(HealthScoreHistory, store.history_id(customer.id, profile.id, day))
        assert point is not None and point.score == 0
        assert json.loads(point.reason)["moves"] == []


def _profiles_of(session) -> dict:
    return dict(session.execute(select(HealthScore.record_id, HealthScore.profile_id)).all())


def test_segments_choose_the_profile_and_the_default_takes_the_rest(db):
    with db.session() as session, session.begin():
        standard = _profile(session, "Standard", default=True)
        generous = _profile(session, "Generous", default=False, nps_points=30)
        big = _customer(session, "Big Co", 10)
        small = _customer(session, "Small Co", 10)
        records.update_record(session, _admin(session), big, {"tier": "Enterprise"})
        ws = session.scalars(select(Workspace).where(Workspace.is_main)).one()
        batch = ChangeBatch.system(session, store_work())
        view = writer.add(
            batch,
            SavedView(
                workspace_id=ws.id,
                tab=ViewTab.CUSTOMERS,
                object_type_id=customer_object(session).id,
                name="Enterprise",
                filters=[[{"property": "tier", "op": "is_any_of", "value": ["Enterprise"]}]],
            ),
        )
        session.flush()
        writer.add(batch, HealthProfileSegment(profile_id=generous.id, view_id=view.id))
        session.flush()
        store.recompute(session, NOW, ZONE)
        by_record = _profiles_of(session)
        assert by_record == {big.id: generous.id, small.id: standard.id}
        # Leaving the segment: the default profile scores it, one row, not two.
        records.update_record(session, _admin(session), big, {"tier": "SMB"})
        store.recompute(session, NOW, ZONE, record_ids=[big.id])
        by_record = _profiles_of(session)
        assert by_record == {big.id: standard.id, small.id: standard.id}


def test_without_a_live_profile_scores_are_cleared(db):
    with db.session() as session, session.begin():
        profile = _profile(session, "Standard", default=True)
        customer = _customer(session, "Acme", 10)
        store.recompute(session, NOW, ZONE)
        writer.set_fields(
            ChangeBatch.system(session, store_work()), profile, {"status": ProfileStatus.DRAFT}
        )
        result = store.recompute(session, NOW, ZONE)
        assert result.cleared == 1
        session.refresh(customer)
        assert customer.health_score is None and customer.health_status is None
        assert session.scalar(select(func.count()).select_from(HealthScore)) == 0


def test_test_a_record_gives_the_stored_numbers(db):
    with db.session() as session, session.begin():
        profile = _profile(session, "Standard", default=True)
        customer = _customer(session, "Acme", 9)
        store.recompute(session, NOW, ZONE)
        spec = load_profile(session, profile.id)
        tested = score_customers(session, spec, NOW, zone=ZONE, record_ids=[customer.id])
        stored = session.get(HealthScore, store.score_id(customer.id, profile.id))
        assert stored is not None
        one = tested.scores[customer.id]
        assert (one.score, one.category) == (stored.score, stored.category)
        assert [float(g.points) for g in one.groups] == stored.breakdown["g"]


def test_affected_customers_reach_a_ticket_s_company(db):
    with db.session() as session, session.begin():
        customer = _customer(session, "Acme", 9)
        other = _customer(session, "Other", 9)
        assert store.affected_customers(session, [customer.id]) == [customer.id]
        from app.domain import associations
        from app.store import ObjectType

        tickets = session.scalars(select(ObjectType).where(ObjectType.key == "tickets")).one()
        ticket = records.create_record(session, _admin(session), tickets, {"name": "Broken"})
        associations.associate(session, _admin(session), customer.id, ticket.id)
        assert store.affected_customers(session, [ticket.id]) == [customer.id]
        assert other.id not in store.affected_customers(session, [ticket.id])


def test_emails_replied_counts_inbound_emails_and_the_feed_s_replies(db):
    import uuid

    from app.domain.health.profiles import GroupSpec, ProfileSpec, RuleSpec
    from app.store import (
        ActivityKind,
        ActivityLink,
        CallDirection,
        Email,
        FeedEvent,
        FeedEventKind,
        ObjectType,
    )

    with db.session() as session, session.begin():
        customer = _customer(session, "Acme", None)
        contacts = session.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
        contact = records.create_record(session, _admin(session), contacts, {"name": "Wile"})
        batch = ChangeBatch.system(session, store_work())
        for direction, days_ago in (
            (CallDirection.INBOUND, 3),  # a reply in the window
            (CallDirection.OUTBOUND, 3),  # sent by us: not a reply
            (CallDirection.INBOUND, 45),  # too old
        ):
            at = NOW - dt.timedelta(days=days_ago)
            email = writer.add(batch, Email(subject="Re: renewal", direction=direction, at=at))
            session.flush()
            writer.add(
                batch,
                ActivityLink(
                    kind=ActivityKind.EMAIL, activity_id=email.id, record_id=customer.id, at=at
                ),
            )
        writer.add(
            batch,
            FeedEvent(
                kind=FeedEventKind.EMAIL_REPLIED,
                contact_id=contact.id,
                company_id=customer.id,
                at=NOW - dt.timedelta(days=1),
            ),
        )
        session.flush()
        rule = RuleSpec(
            uuid.uuid4(),
            "Replies in the last 30 days",
            {"event": "emails_replied", "window_days": 30, "bands": [[0, 0], [1, 50], [2, 100]]},
        )
        spec = ProfileSpec(
            uuid.uuid4(), "Replies", 39, 69,
            (GroupSpec(uuid.uuid4(), "Replies", GroupKind.EVENT, 100, (rule,)),),
        )  # fmt: skip
        scored = score_customers(session, spec, NOW, zone=ZONE, record_ids=[customer.id])
        one = scored.scores[customer.id]
        assert one.groups[0].rules[0].count == 2 and one.score == 100


def test_a_chunk_of_customers_scores_them_and_only_them(db):
    """A chunk (more than `scoring.FEW` records) is read by its id range: customers in the
    range but not in the chunk are left out, and each score equals the whole book's."""
    from app.domain.health import scoring

    with db.session() as session, session.begin():
        profile = _profile(session, "Standard", default=True)
        made = [_customer(session, f"C{i}", i % 11) for i in range(scoring.FEW * 2)]
        spec = load_profile(session, profile.id)
        everyone = score_customers(session, spec, NOW, zone=ZONE).scores
        chosen = [c.id for i, c in enumerate(made) if i % 3]
        assert len(chosen) > scoring.FEW
        for detail in (True, False):
            some = score_customers(
                session, spec, NOW, zone=ZONE, record_ids=chosen, detail=detail
            ).scores
            assert set(some) == set(chosen)
            assert {k: (v.score, v.points) for k, v in some.items()} == {
                k: (everyone[k].score, everyone[k].points) for k in chosen
            }


def test_a_profile_that_cannot_score_leaves_its_customers_as_they_were(db):
    with db.session() as session, session.begin():
        profile = _profile(session, "Standard", default=True)
        customer = _customer(session, "Acme", 10)
        store.recompute(session, NOW, ZONE)
        # A rule that names a property removed since (the editor would refuse it).
        rule = session.scalars(select(HealthRule).where(HealthRule.label == "Promoter")).one()
        writer.set_fields(
            ChangeBatch.system(session, store_work()),
            rule,
            {
                "config": {
                    "conditions": [{"property": "gone", "op": "gte", "value": 1}],
                    "points": 5,
                }
            },
        )
        result = store.recompute(session, NOW + dt.timedelta(days=1), ZONE)
        assert len(result.errors) == 1 and "Standard" in result.errors[0]
        stored = session.get(HealthScore, store.score_id(customer.id, profile.id))
        assert stored is not None and stored.score == 60


def test_derived_keys_are_uuid5_of_customer_profile_and_day():
    """Two replicas (and every earlier version of Tend) name the same score, history point
    and alert alike: the keys are uuid5 of these names, whatever makes them fast."""
    import uuid

    for _ in range(200):
        record, profile = uuid.uuid4(), uuid.uuid4()
        day = dt.date(2026, 3, 29)
        assert store.score_id(record, profile) == uuid.uuid5(
            store.NAMESPACE, f"score/{record}/{profile}"
        )
        assert store.history_id(record, profile, day) == uuid.uuid5(
            store.NAMESPACE, f"history/{record}/{profile}/2026-03-29"
        )
        assert store.alert_id(record, profile, day) == uuid.uuid5(
            store.NAMESPACE, f"alert/{record}/{profile}/2026-03-29"
        )
