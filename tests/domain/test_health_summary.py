"""The Summary's health reads (SUM-2, SUM-6, HEALTH-5) against plain-Python counts of the
rows put in: the viewer's book or the whole workspace, one profile's average, bands and
histogram, the weekly average of each customer's latest score, and live alerts (newest
first, 14-day expiry read at a fixed now, dismissed and deleted ones left out); on SQLite
and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from contextlib import ExitStack
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain.errors import PermissionDenied
from app.domain.health import store
from app.domain.health.summary import (
    ALERTS_SHOWN,
    Scope,
    average_over_time,
    dismiss_alert,
    health_summary,
    live_alerts,
    week_points,
)
from app.domain.viewer import viewer_of
from app.domain.workspace import SetupChoice, customer_object, main_workspace, setup_empty_workspace
from app.store import Alert, HealthCategory, Record, User, new_id
from tests.conftest import database_on
from tests.health_rows import add_history, add_profile, add_score

ZONE = ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 3, 11, 15, 0, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path_factory):
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "health_summary")
        with db.session() as session, session.begin():
            setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            session.add(User(id=new_id(), name="Cy Csm", email="cy@example.com"))
        yield db


def _users(session) -> tuple[User, User]:
    ada = session.scalars(select(User).where(User.name == "Ada Admin")).one()
    cy = session.scalars(select(User).where(User.name == "Cy Csm")).one()
    return ada, cy


def _customer(session, name: str, owner: User | None, deleted: bool = False) -> Record:
    record = Record(
        id=new_id(),
        object_type_id=customer_object(session).id,
        name=name,
        owner_id=owner.id if owner else None,
        props={},
        deleted_at=NOW if deleted else None,
    )
    session.add(record)
    session.flush()
    return record


def test_the_summary_counts_the_viewers_book_under_one_profile(db):
    rng = random.Random(7)
    with db.session() as session, session.begin():
        ada, cy = _users(session)
        standard = add_profile(session, "Standard")
        other = add_profile(session, "Enterprise", at_risk_max=29, neutral_max=59)
        other.is_default = False
        expected: list[int] = []
        for i in range(60):
            owner = ada if i % 3 else cy
            record = _customer(session, f"Co {i}", owner, deleted=i == 59)
            profile = standard if i % 4 else other
            score = rng.randint(0, 100)
            add_score(session, record.id, profile, score, NOW)
            if owner is ada and profile is standard and i != 59:
                expected.append(score)
        _customer(session, "Unscored", ada)
        summary = health_summary(session, viewer_of(ada), main_workspace(session))
        ada_customers = sum(1 for i in range(59) if i % 3) + 1
        assert summary.scope == Scope.BOOK and summary.customers == ada_customers
        assert summary.profile is not None and summary.profile.name == "Standard"
        assert [p.name for p in summary.profiles] == ["Enterprise", "Standard"]
        assert summary.scored == len(expected)
        assert summary.average == pytest.approx(sum(expected) / len(expected))
        assert summary.by_category == {
            HealthCategory.AT_RISK: sum(1 for s in expected if s <= 39),
            HealthCategory.NEUTRAL: sum(1 for s in expected if 39 < s <= 69),
            HealthCategory.HEALTHY: sum(1 for s in expected if s > 69),
        }
        assert summary.histogram == tuple(expected.count(s) for s in range(101))
        # The other profile, by its own thresholds.
        theirs = health_summary(session, viewer_of(ada), main_workspace(session), other.id)
        assert theirs.profile is not None and theirs.profile.id == other.id
        assert theirs.scored == sum(1 for i in range(59) if i % 3 and not i % 4)


def test_a_viewer_without_customers_sees_the_whole_workspace(db):
    with db.session() as session, session.begin():
        ada, _cy = _users(session)
        profile = add_profile(session)
        for i, score in enumerate((10, 50, 90)):
            add_score(session, _customer(session, f"Co {i}", ada).id, profile, score, NOW)
        nobody = User(id=new_id(), name="Nia New", email="nia@example.com")
        session.add(nobody)
        session.flush()
        summary = health_summary(session, viewer_of(nobody), main_workspace(session))
        assert summary.scope == Scope.WORKSPACE and summary.customers == 3
        assert summary.average == pytest.approx(50)
        assert summary.share(HealthCategory.HEALTHY) == pytest.approx(1 / 3)


def test_no_live_profile_summarises_nothing(db):
    with db.session() as session, session.begin():
        ada, _ = _users(session)
        add_profile(session, "Draft", live=False)
        summary = health_summary(session, viewer_of(ada), main_workspace(session))
        assert summary.profiles == () and summary.profile is None
        assert summary.scored == 0 and summary.average is None


def _latest_average(history, point: dt.datetime) -> float | None:
    """Plain Python: the average of each customer's latest score before `point`."""
    latest: dict[uuid.UUID, tuple[dt.datetime, int]] = {}
    for record_id, at, score in history:
        if at < point and (record_id not in latest or latest[record_id][0] < at):
            latest[record_id] = (at, score)
    if not latest:
        return None
    return sum(s for _, s in latest.values()) / len(latest)


def test_the_average_over_time_is_each_customers_latest_score_per_week(db):
    rng = random.Random(3)
    today = NOW.astimezone(ZONE).date()
    points = week_points(today, ZONE)
    assert len(points) == 52 and points[-1] - points[0] == dt.timedelta(weeks=51)
    with db.session() as session, session.begin():
        ada, cy = _users(session)
        profile = add_profile(session)
        other = add_profile(session, "Other")
        history = []
        for i in range(25):
            owner = ada if i < 20 else cy
            record = _customer(session, f"Co {i}", owner)
            for _ in range(rng.randint(0, 8)):
                # Anywhere from 14 months ago to today, some before the first week point.
                at = NOW - dt.timedelta(minutes=rng.randint(1, 60 * 24 * 425))
                score = rng.randint(0, 100)
                add_history(session, record.id, profile, score, at)
                if owner is ada:
                    history.append((record.id, at, score))
            add_history(session, record.id, other, 100, NOW - dt.timedelta(days=3))
        found = average_over_time(
            session, viewer_of(ada), main_workspace(session), profile.id, today, ZONE
        )
        expected = []
        for point in points:
            value = _latest_average(history, point)
            if value is not None:
                expected.append(((point - dt.timedelta(seconds=1)).astimezone(ZONE).date(), value))
        assert [d for d, _ in found] == [d for d, _ in expected]
        assert [v for _, v in found] == pytest.approx([v for _, v in expected])
        assert found[-1][0] == today


def _alert(session, record: Record, user: User, raised: dt.datetime, **extra) -> Alert:
    alert = Alert(
        id=new_id(),
        record_id=record.id,
        user_id=user.id,
        old_category=HealthCategory.NEUTRAL,
        new_category=HealthCategory.AT_RISK,
        raised_at=raised,
        expires_at=raised + dt.timedelta(days=store.ALERT_DAYS),
        **extra,
    )
    session.add(alert)
    session.flush()
    return alert


def test_live_alerts_are_the_viewers_unexpired_undismissed_newest_first(db):
    with db.session() as session, session.begin():
        ada, cy = _users(session)
        acme = _customer(session, "Acme", ada)
        gone = _customer(session, "Gone", ada, deleted=True)
        fresh = [_alert(session, acme, ada, NOW - dt.timedelta(hours=h)) for h in range(30)]
        _alert(session, acme, ada, NOW - dt.timedelta(days=14, minutes=1))  # expired
        almost = _alert(session, acme, ada, NOW - dt.timedelta(days=13, hours=23))
        _alert(session, acme, ada, NOW, dismissed_at=NOW)
        _alert(session, acme, ada, NOW, deleted_at=NOW)
        _alert(session, gone, ada, NOW)
        _alert(session, acme, cy, NOW)  # another CSM's
        shown = live_alerts(session, ada.id, NOW)
        assert shown.total == 31
        assert [a.id for a in shown.items] == [a.id for a in fresh[:ALERTS_SHOWN]]
        assert shown.items[0].customer == "Acme"
        assert shown.items[0].old_category == HealthCategory.NEUTRAL
        every = live_alerts(session, ada.id, NOW, limit=None)
        assert [a.id for a in every.items] == [*(a.id for a in fresh), almost.id]
        # An hour later the nearly-expired one has gone: expiry is the read's now.
        later = live_alerts(session, ada.id, NOW + dt.timedelta(hours=1), limit=None)
        assert almost.id not in {a.id for a in later.items} and later.total == 30


def test_dismissing_an_alert_writes_dismissed_at_through_the_writer(db):
    with db.session() as session, session.begin():
        ada, cy = _users(session)
        acme = _customer(session, "Acme", ada)
        mine = _alert(session, acme, ada, NOW)
        theirs = _alert(session, acme, cy, NOW)
        dismiss_alert(session, viewer_of(ada), mine.id, NOW)
        assert session.get(Alert, mine.id).dismissed_at == NOW
        assert live_alerts(session, ada.id, NOW).total == 0
        from app.store import Change

        entry = session.scalars(select(Change).where(Change.row_id == mine.id)).one()
        assert (entry.entity, entry.field, entry.user_id) == ("alerts", "dismissed_at", ada.id)
        with pytest.raises(PermissionDenied):
            dismiss_alert(session, viewer_of(ada), theirs.id, NOW)
        assert session.get(Alert, theirs.id).dismissed_at is None
