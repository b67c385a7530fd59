"""A customer's health card (HEALTH-4): the stored score under its profile, a twelve-month
trend with a point per day the score changed (the value before the window at its start,
today's at today), the latest changes with their moves, and why a customer has no score."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.domain import records
from app.domain.health.card import RuleMove, Unscored, health_card, parse_moves
from app.domain.workspace import customer_object
from app.store import HealthCategory, ObjectType, User
from tests.health_rows import add_history, add_profile, add_score, move

ZONE = ZoneInfo("America/New_York")
TODAY = dt.date(2026, 12, 2)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), ZONE).astimezone(dt.UTC)


def _customer(session, name: str = "Acme"):
    admin = session.scalars(select(User).where(User.name == "Ada Admin")).one()
    return records.create_record(session, admin, customer_object(session), {"name": name})


def test_a_scored_customer_has_its_score_trend_and_moves(workspace_db) -> None:
    with workspace_db.session() as s, s.begin():
        acme = _customer(s)
        profile = add_profile(s, "Enterprise health", at_risk_max=29, neutral_max=59)
        add_history(s, acme.id, profile, 80, at(dt.date(2025, 6, 1)))  # before the window
        add_history(s, acme.id, profile, 70, at(dt.date(2026, 3, 4)), [move("NPS 9+", 10, 0)])
        add_history(
            s, acme.id, profile, 55, at(dt.date(2026, 11, 12)),
            [move("Meetings in the last 30 days", 20, 0, 0), move("Open tickets", None, 5, 2)],
        )  # fmt: skip
        add_score(s, acme.id, profile, 55, at(dt.date(2026, 11, 12)))
        card = health_card(s, acme.id, TODAY, ZONE)
    assert card is not None
    assert (card.score, card.category, card.profile_name) == (55, "neutral", "Enterprise health")
    assert (card.at_risk_max, card.neutral_max) == (29, 59)
    assert card.unscored is None
    start = TODAY - dt.timedelta(days=365)
    assert card.trend == (
        (start, 80),
        (dt.date(2026, 3, 4), 70),
        (dt.date(2026, 11, 12), 55),
        (TODAY, 55),
    )
    assert [(c.day, c.previous, c.score) for c in card.changes] == [
        (dt.date(2026, 11, 12), 70, 55),
        (dt.date(2026, 3, 4), 80, 70),
        (dt.date(2025, 6, 1), None, 80),
    ]
    assert card.changes[0].category == HealthCategory.NEUTRAL
    assert card.changes[0].moves == (
        RuleMove("Meetings in the last 30 days", "Engagement", 20, 0, 0),
        RuleMove("Open tickets", "Engagement", None, 5, 2),
    )


def test_days_are_the_zones_days(workspace_db) -> None:
    """A change late in the evening in New York is that day's, though it is the next in UTC."""
    with workspace_db.session() as s, s.begin():
        acme = _customer(s)
        profile = add_profile(s)
        late = at(dt.date(2026, 11, 30), hour=22)
        assert late.date() == dt.date(2026, 12, 1)
        add_history(s, acme.id, profile, 30, late)
        add_score(s, acme.id, profile, 30, late)
        card = health_card(s, acme.id, TODAY, ZONE)
    assert card is not None and card.category == HealthCategory.AT_RISK
    assert card.trend == ((dt.date(2026, 11, 30), 30), (TODAY, 30))
    assert card.changes[0].day == dt.date(2026, 11, 30)


def test_only_the_latest_five_changes_are_listed(workspace_db) -> None:
    with workspace_db.session() as s, s.begin():
        acme = _customer(s)
        profile = add_profile(s)
        for i in range(8):
            add_history(s, acme.id, profile, 40 + i, at(dt.date(2026, 10, 1 + i)))
        add_score(s, acme.id, profile, 47, at(dt.date(2026, 10, 8)))
        card = health_card(s, acme.id, TODAY, ZONE)
    assert card is not None
    assert [c.score for c in card.changes] == [47, 46, 45, 44, 43]
    assert card.changes[-1].previous == 42
    assert len(card.trend) == 9  # eight changes and today


def test_a_customer_without_a_score_says_why(workspace_db) -> None:
    with workspace_db.session() as s, s.begin():
        acme = _customer(s)
        add_profile(s, "Draft only", live=False)
        card = health_card(s, acme.id, TODAY, ZONE)
        assert card is not None
        assert card.score is None and card.unscored == Unscored.NO_PROFILE
        assert card.trend == () and card.changes == ()
        add_profile(s, "Standard", at_risk_max=20)
        card = health_card(s, acme.id, TODAY, ZONE)
    assert card is not None
    assert card.unscored == Unscored.NO_INPUTS
    assert (card.profile_name, card.at_risk_max) == ("Standard", 20)


def test_records_of_other_objects_have_no_card(workspace_db) -> None:
    with workspace_db.session() as s, s.begin():
        admin = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        contacts = s.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
        ann = records.create_record(s, admin, contacts, {"name": "Ann"})
        assert health_card(s, ann.id, TODAY, ZONE) is None


def test_a_reason_that_is_not_moves_reads_as_none() -> None:
    assert parse_moves("") == ()
    assert parse_moves("not json") == ()
    assert parse_moves('{"moves": "x"}') == ()
    assert parse_moves("[1, 2]") == ()
    assert parse_moves('{"moves": [{"rule": "A", "after": "x"}, {"rule": "B", "after": 3}]}') == (
        RuleMove("B", "", None, 3, None),
    )


def test_no_card_without_a_customer_object(workspace_db) -> None:
    from app.domain.workspace import main_workspace

    with workspace_db.session() as s, s.begin():
        acme = _customer(s)
        main_workspace(s).customer_object_id = None
        s.flush()
        assert health_card(s, acme.id, TODAY, ZONE) is None


def test_the_health_status_reads_by_its_label(workspace_db) -> None:
    """Stored "at_risk", read "At risk": in tables (the formatter), exports and filters."""
    from app.domain.properties import load_properties, value_text

    with workspace_db.session() as s:
        props = load_properties(s, customer_object(s).id)
    status = props["health_status"]
    assert status.options == ("at_risk", "neutral", "healthy")
    assert status.option_labels == ("At risk", "Neutral", "Healthy")
    assert status.label_of("neutral") == "Neutral" and status.label_of("other") == "other"
    assert value_text(status, "at_risk", ZONE) == "At risk"
    tier = props["tier"]  # a choice whose labels are its values keeps no labels
    assert tier.option_labels == () and tier.label_of(tier.options[0]) == tier.options[0]
