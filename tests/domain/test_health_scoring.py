"""Health scoring (HEALTH-1..3): the SQL engine against a plain-Python reference evaluation
of the same profile on random small workspaces and profiles (caps, floors, missing inputs,
AND conditions, event windows), on SQLite and PostgreSQL; and the profile's validation."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from contextlib import ExitStack
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain import associations, records, writer
from app.domain.demo import generate_demo
from app.domain.errors import ValidationError
from app.domain.filters import FilterContext
from app.domain.health import profiles
from app.domain.health.profiles import GroupSpec, ProfileSpec, RuleSpec
from app.domain.health.scoring import NOBODY, score_customers
from app.domain.history import ChangeBatch
from app.domain.properties import load_properties
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import (
    ActivityKind,
    ActivityLink,
    Call,
    Email,
    GroupKind,
    HealthCategory,
    HealthGroup,
    HealthProfile,
    HealthRule,
    Meeting,
    ObjectType,
    Pipeline,
    ProfileStatus,
    Record,
    Stage,
    User,
    Workspace,
)
from app.store.engine import open_database
from tests.conftest import database_on

ZONE = ZoneInfo("Europe/Warsaw")
NOW = dt.datetime(2026, 3, 11, 23, 30, tzinfo=dt.UTC)  # already the 12th in Warsaw
TODAY = NOW.astimezone(ZONE).date()
DAY = dt.timedelta(days=1)
TIERS = ("Enterprise", "Mid-market", "SMB")
PRIORITIES = ("low", "medium", "high")


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def book(request, tmp_path_factory):
    """An empty workspace; each example adds its customers and rolls them back."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "health")
        with db.session() as session, session.begin():
            setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
        yield db


# ---- random customers -----------------------------------------------------------------------


@dataclass
class Event:
    kind: str  # meetings, calls, emails
    minutes_ago: int  # negative: in the future
    duration_s: int = 0
    deleted: bool = False


@dataclass
class Customer:
    nps: int | None
    priority: str | None
    tier: str | None
    strategic: bool | None
    last_active_minutes_ago: int | None
    events: list[Event] = field(default_factory=list)
    renewal_in_days: int | None = None  # from the workspace zone's today
    open_tickets: int = 0
    closed_tickets: int = 0


events = st.builds(
    Event,
    st.sampled_from(("meetings", "calls", "emails")),
    st.integers(-3 * 1440, 70 * 1440) | st.sampled_from((0, 1440, 7 * 1440, 30 * 1440)),
    st.sampled_from((0, 300, 900, 901, 3600)),
    st.booleans(),
)
customers = st.builds(
    Customer,
    st.none() | st.integers(0, 10),
    st.none() | st.sampled_from(PRIORITIES),
    st.none() | st.sampled_from(TIERS),
    st.none() | st.booleans(),
    st.none() | st.integers(-1440, 120 * 1440) | st.sampled_from((0, 1440, 30 * 1440)),
    st.lists(events, max_size=5),
    st.none() | st.integers(-5, 120) | st.sampled_from((-1, 0, 7, 8, 30, 31)),
    st.integers(0, 2),
    st.integers(0, 1),
)


# ---- random profiles ------------------------------------------------------------------------


def _id() -> uuid.UUID:
    return uuid.uuid4()


conditions = st.one_of(
    st.builds(
        lambda op, v: {"property": "nps", "op": op, "value": v},
        st.sampled_from(("gte", "lte", "gt", "lt", "is", "is_not")),
        st.integers(0, 10),
    ),
    st.builds(
        lambda v: {"property": "priority", "op": "is", "value": v}, st.sampled_from(PRIORITIES)
    ),
    st.builds(
        lambda vs: {"property": "tier", "op": "is_any_of", "value": vs},
        st.lists(st.sampled_from(TIERS), min_size=1, max_size=2, unique=True),
    ),
    st.builds(lambda v: {"property": "strategic", "op": "is", "value": v}, st.booleans()),
    st.sampled_from(
        (
            {"property": "nps", "op": "is_unknown"},
            {"property": "tier", "op": "is_known"},
        )
    ),
)
points = st.integers(-30, 30).filter(bool)


def _bands(draw, high: int) -> list[list[int]]:
    lows = sorted(draw(st.sets(st.integers(0, high), min_size=1, max_size=3)))
    return [[low, draw(st.integers(-20, 40))] for low in lows]


@st.composite
def property_rule(draw) -> RuleSpec:
    config = {
        "conditions": draw(st.lists(conditions, min_size=1, max_size=3)),
        "points": draw(points),
    }
    return RuleSpec(_id(), "fit", config)


@st.composite
def event_rule(draw) -> RuleSpec:
    event = draw(
        st.sampled_from(
            ("meetings", "calls", "emails", "days_since_activity", "renewal_within", "open_tickets")
        )
    )
    config: dict[str, Any] = {}
    if event == "days_since_activity":
        config["bands"] = _bands(draw, 90)
    elif event == "open_tickets":
        config["bands"] = _bands(draw, 3)
    elif event == "renewal_within":
        config["window_days"] = draw(st.sampled_from((7, 30, 90)))
        config["bands"] = _bands(draw, 1)
    else:
        config["window_days"] = draw(st.sampled_from((1, 7, 30, 60)))
        config["bands"] = _bands(draw, 4)
        if event == "calls" and draw(st.booleans()):
            config["min_duration_s"] = 900
    config["event"] = event
    return RuleSpec(_id(), event, config)


@st.composite
def profile_specs(draw) -> ProfileSpec:
    n = draw(st.integers(1, 3))
    cuts = sorted(draw(st.sets(st.integers(1, 99), min_size=n - 1, max_size=n - 1)))
    maxima = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
    groups = []
    for i, top in enumerate(maxima):
        kind = draw(st.sampled_from((GroupKind.PROPERTY, GroupKind.EVENT)))
        rule = property_rule() if kind == GroupKind.PROPERTY else event_rule()
        rules = tuple(draw(st.lists(rule, min_size=1, max_size=3)))
        groups.append(GroupSpec(_id(), f"G{i}", kind, top, rules))
    at_risk = draw(st.integers(0, 60))
    neutral = draw(st.integers(at_risk + 1, 99))
    return ProfileSpec(_id(), "Random", at_risk, neutral, tuple(groups))


# ---- the reference ---------------------------------------------------------------------------


def _value(c: Customer, key: str) -> Any:
    return getattr(c, key)


def _holds(cond: dict, c: Customer) -> bool:
    v = _value(c, cond["property"])
    op, x = cond["op"], cond.get("value")
    if op == "is_unknown":
        return v is None
    if op == "is_known":
        return v is not None
    if op == "is_not":
        return v is None or v != x
    if v is None:
        return False
    return {
        "gte": lambda: v >= x,
        "lte": lambda: v <= x,
        "gt": lambda: v > x,
        "lt": lambda: v < x,
        "is": lambda: v == x,
        "is_any_of": lambda: v in (x or ()),
    }[op]()


def _bands_points(bands, n: int) -> int:
    reached = [p for low, p in bands if n >= low]
    return reached[-1] if reached else 0


def _reference_rule(kind: GroupKind, rule: RuleSpec, c: Customer) -> tuple[bool, int]:
    """(has input, points) read from the customer's plain values."""
    config = rule.config
    if kind == GroupKind.PROPERTY:
        needed = [
            k["property"] for k in config["conditions"] if k["op"] not in ("is_known", "is_unknown")
        ]
        has = all(_value(c, key) is not None for key in needed)
        held = all(_holds(k, c) for k in config["conditions"])
        return has, config["points"] if held else 0
    if config["event"] == "days_since_activity":
        if c.last_active_minutes_ago is None:
            return False, 0
        return True, _bands_points(config["bands"], max(0, c.last_active_minutes_ago // 1440))
    if config["event"] == "renewal_within":
        if c.renewal_in_days is None:
            return False, 0
        soon = int(0 <= c.renewal_in_days <= config["window_days"])
        return True, _bands_points(config["bands"], soon)
    if config["event"] == "open_tickets":
        return True, _bands_points(config["bands"], c.open_tickets)
    n = sum(
        1
        for e in c.events
        if e.kind == config["event"]
        and not e.deleted
        and 0 <= e.minutes_ago <= config["window_days"] * 1440
        and e.duration_s >= config.get("min_duration_s", 0)
    )
    return True, _bands_points(config["bands"], n)


def _weight(kind: GroupKind, rule: RuleSpec) -> int:
    if kind == GroupKind.PROPERTY:
        return abs(rule.config["points"])
    return max(abs(p) for _low, p in rule.config["bands"])


def reference(profile: ProfileSpec, c: Customer) -> tuple[int, HealthCategory, list] | None:
    """The score, category and each group's capped points, or None with no input at all."""
    got, out_of = Fraction(0), 0
    per_group: list[Fraction | None] = []
    for g in profile.groups:
        evaluated = [(rule, *_reference_rule(g.kind, rule, c)) for rule in g.rules]
        present = [(rule, p) for rule, has, p in evaluated if has]
        if not present:
            per_group.append(None)
            continue
        w_all = sum(_weight(g.kind, r) for r in g.rules)
        w_present = sum(_weight(g.kind, r) for r, _p in present)
        raw = Fraction(sum(p for _r, p in present)) * (
            Fraction(w_all, w_present) if w_present else 1
        )
        capped = max(Fraction(0), min(Fraction(g.max_points), raw))
        per_group.append(capped)
        got += capped
        out_of += g.max_points
    if not out_of:
        return None
    score = math.floor(got * 100 / out_of + Fraction(1, 2))
    if score <= profile.at_risk_max:
        category = HealthCategory.AT_RISK
    elif score <= profile.neutral_max:
        category = HealthCategory.NEUTRAL
    else:
        category = HealthCategory.HEALTHY
    return score, category, per_group


# ---- writing the random book ------------------------------------------------------------------


TABLES = {
    "meetings": ActivityKind.MEETING,
    "calls": ActivityKind.CALL,
    "emails": ActivityKind.EMAIL,
}


def _add_event(batch: ChangeBatch, record: Record, e: Event) -> None:
    at = NOW - dt.timedelta(minutes=e.minutes_ago)
    if e.kind == "meetings":
        row: Any = Meeting(title="M", start_at=at, end_at=at + dt.timedelta(minutes=30))
    elif e.kind == "calls":
        row = Call(title="C", duration_s=e.duration_s, at=at)
    else:
        row = Email(subject="E", at=at)
    writer.add(batch, row)
    writer.add(
        batch, ActivityLink(kind=TABLES[e.kind], activity_id=row.id, record_id=record.id, at=at)
    )
    if e.deleted:
        writer.set_fields(batch, row, {"deleted_at": NOW})


def _add_customers(session, book_customers: list[Customer]) -> list[uuid.UUID]:
    admin = session.scalars(select(User).where(User.name == "Ada Admin")).one()
    companies = customer_object(session)
    tickets = session.scalars(select(ObjectType).where(ObjectType.key == "tickets")).one()
    pipeline = session.scalars(
        select(Pipeline).where(Pipeline.object_type_id == tickets.id)
    ).first()
    assert pipeline is not None
    stages = list(
        session.scalars(
            select(Stage).where(Stage.pipeline_id == pipeline.id).order_by(Stage.position)
        )
    )
    closed = next(stage for stage in stages if stage.is_closed)
    assert not stages[0].is_closed
    ids = []
    for i, c in enumerate(book_customers):
        values: dict[str, Any] = {
            "name": f"Customer {i}",
            "nps": c.nps,
            "priority": c.priority,
            "tier": c.tier,
        }
        if c.strategic is not None:
            values["strategic"] = c.strategic
        if c.renewal_in_days is not None:
            values["renewal_date"] = TODAY + c.renewal_in_days * DAY
        record = records.create_record(
            session, admin, companies, {k: v for k, v in values.items() if v is not None}
        )
        batch = ChangeBatch(session, admin.id)
        if c.last_active_minutes_ago is not None:
            last = NOW - dt.timedelta(minutes=c.last_active_minutes_ago)
            writer.set_fields(batch, record, {"last_activity_at": last})
        for e in c.events:
            _add_event(batch, record, e)
        for n, stage in ((c.open_tickets, stages[0]), (c.closed_tickets, closed)):
            for _ in range(n):
                ticket = records.create_record(
                    session, admin, tickets, {"name": "T", "stage": stage.id}
                )
                associations.associate(session, admin, ticket.id, record.id)
        ids.append(record.id)
    session.flush()
    return ids


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(profile=profile_specs(), book_customers=st.lists(customers, min_size=1, max_size=6))
def test_sql_scores_equal_the_reference(book, profile, book_customers):
    with book.session() as session:
        try:
            ids = _add_customers(session, book_customers)
            result = score_customers(session, profile, NOW, zone=ZONE, record_ids=ids)
            for record_id, c in zip(ids, book_customers, strict=True):
                expected = reference(profile, c)
                if expected is None:
                    assert record_id in result.unscored
                    assert record_id not in result.scores
                    continue
                got = result.scores[record_id]
                assert (got.score, got.category) == expected[:2], (c, profile)
                assert [g.points if g.has_input else None for g in got.groups] == expected[2]
                assert 0 <= got.score <= 100
        finally:
            session.rollback()


def _spec(*groups: GroupSpec, at_risk: int = 39, neutral: int = 69) -> ProfileSpec:
    return ProfileSpec(_id(), "P", at_risk, neutral, groups)


def _fit(top: int, *rules: dict) -> GroupSpec:
    return GroupSpec(
        _id(), "Fit", GroupKind.PROPERTY, top, tuple(RuleSpec(_id(), "r", r) for r in rules)
    )


def _engagement(top: int, *rules: dict) -> GroupSpec:
    return GroupSpec(
        _id(), "Engagement", GroupKind.EVENT, top, tuple(RuleSpec(_id(), "r", r) for r in rules)
    )


NPS_HIGH = {"conditions": [{"property": "nps", "op": "gte", "value": 9}], "points": 30}
DETRACTOR = {
    "conditions": [
        {"property": "nps", "op": "lte", "value": 1},
        {"property": "priority", "op": "is", "value": "high"},
    ],
    "points": -10,
}
MEETINGS = {"event": "meetings", "window_days": 30, "bands": [[0, 0], [1, 30], [3, 60]]}


def test_a_worked_example_caps_floors_and_spreads(book):
    """Fit 40 (NPS >= 9: +30; NPS <= 1 AND high priority: -10), Engagement 60 (meetings)."""
    profile = _spec(_fit(40, NPS_HIGH, DETRACTOR), _engagement(60, MEETINGS))
    book_customers = [
        Customer(10, "low", None, None, None, [Event("meetings", 60)] * 3),  # 30 + 60 -> 90
        Customer(0, "high", None, None, None, []),  # -10 floored to 0, 0 meetings -> 0
        Customer(None, None, None, None, None, [Event("meetings", 31 * 1440)]),  # no fit input
        Customer(5, "high", None, None, None, [Event("meetings", 10)]),  # 0 + 30 -> 30
    ]
    with book.session() as session:
        try:
            ids = _add_customers(session, book_customers)
            result = score_customers(session, profile, NOW, record_ids=ids)
            got = [(result.scores[i].score, result.scores[i].category) for i in ids]
        finally:
            session.rollback()
    assert got == [
        (90, HealthCategory.HEALTHY),
        (0, HealthCategory.AT_RISK),
        (0, HealthCategory.AT_RISK),  # fit has no input: engagement alone, 0 of 60
        (30, HealthCategory.AT_RISK),
    ]


def test_a_missing_input_spreads_its_weight_over_the_group(book):
    """Strategic (+20) unknown: NPS >= 9 (+20) counts for the group's 40 alone."""
    strategic = {"conditions": [{"property": "strategic", "op": "is", "value": True}], "points": 20}
    nps = {"conditions": [{"property": "nps", "op": "gte", "value": 9}], "points": 20}
    profile = _spec(_fit(40, nps, strategic), _engagement(60, MEETINGS))
    with book.session() as session:
        try:
            ids = _add_customers(session, [Customer(9, None, None, None, None, [])])
            score = score_customers(session, profile, NOW, record_ids=ids).scores[ids[0]]
        finally:
            session.rollback()
    fit = score.groups[0]
    assert fit.has_input and fit.raw == 40 and fit.points == 40
    assert [r.has_input for r in fit.rules] == [True, False]
    assert score.score == 40


# ---- validation -----------------------------------------------------------------------------


def _refused(fn, *args) -> str:
    with pytest.raises(ValidationError) as caught:
        fn(*args)
    return caught.value.field


def test_the_shape_is_validated_at_its_field():
    good = _spec(_fit(40, NPS_HIGH), _engagement(60, MEETINGS))
    profiles.validate_shape(good)
    assert (
        _refused(profiles.validate_shape, _spec(_fit(40, NPS_HIGH), _engagement(50, MEETINGS)))
        == "max_points"
    )
    assert (
        _refused(profiles.validate_shape, _spec(_fit(100, NPS_HIGH), at_risk=70, neutral=70))
        == "neutral_max"
    )
    assert (
        _refused(profiles.validate_shape, _spec(_fit(100, NPS_HIGH), at_risk=-1)) == "at_risk_max"
    )
    assert (
        _refused(profiles.validate_shape, _spec(_fit(100, NPS_HIGH), neutral=100)) == "neutral_max"
    )
    no_conditions = {"conditions": [], "points": 5}
    assert _refused(profiles.validate_shape, _spec(_fit(100, no_conditions))) == "conditions"
    zero = {"conditions": NPS_HIGH["conditions"], "points": 0}
    assert _refused(profiles.validate_shape, _spec(_fit(100, zero))) == "points"
    unknown = {"event": "tweets", "window_days": 3, "bands": [[0, 1]]}
    assert _refused(profiles.validate_shape, _spec(_engagement(100, unknown))) == "event"
    falling = {**MEETINGS, "bands": [[2, 10], [1, 20]]}
    assert _refused(profiles.validate_shape, _spec(_engagement(100, falling))) == "bands"
    no_window = {"event": "emails", "bands": [[0, 1]]}
    assert _refused(profiles.validate_shape, _spec(_engagement(100, no_window))) == "window_days"
    long_email = {**MEETINGS, "event": "emails", "min_duration_s": 60}
    assert (
        _refused(profiles.validate_shape, _spec(_engagement(100, long_email))) == "min_duration_s"
    )


def test_conditions_are_checked_against_the_properties(book):
    with book.session() as session:
        props = load_properties(session, customer_object(session).id)
        ctx = FilterContext(NOBODY, NOW.date(), NOW)
        profiles.validate_profile(
            session, _spec(_fit(40, NPS_HIGH, DETRACTOR), _engagement(60, MEETINGS)), props, ctx
        )
        bad_property = {"conditions": [{"property": "mood", "op": "is", "value": 1}], "points": 5}
        assert (
            _refused(profiles.validate_profile, session, _spec(_fit(100, bad_property)), props, ctx)
            == "mood"
        )
        bad_op = {
            "conditions": [{"property": "priority", "op": "gte", "value": "high"}],
            "points": 5,
        }
        assert (
            _refused(profiles.validate_profile, session, _spec(_fit(100, bad_op)), props, ctx)
            == "priority"
        )
        bad_value = {"conditions": [{"property": "nps", "op": "gt", "value": "lots"}], "points": 5}
        assert (
            _refused(profiles.validate_profile, session, _spec(_fit(100, bad_value)), props, ctx)
            == "nps"
        )


def test_at_most_ten_live_and_twenty_draft_profiles(book):
    with book.session() as session:
        try:
            ws = session.scalars(select(Workspace).where(Workspace.is_main)).one()
            admin = session.scalars(select(User).where(User.name == "Ada Admin")).one()
            batch = ChangeBatch(session, admin.id)
            for status, limit in ((ProfileStatus.LIVE, 10), (ProfileStatus.DRAFT, 20)):
                for i in range(limit):
                    profiles.check_room(session, ws.id, status)
                    writer.add(
                        batch,
                        HealthProfile(workspace_id=ws.id, name=f"{status} {i}", status=status),
                    )
                    session.flush()
                assert _refused(profiles.check_room, session, ws.id, status) == "status"
            one = session.scalars(
                select(HealthProfile).where(HealthProfile.status == ProfileStatus.LIVE)
            ).first()
            assert one is not None
            profiles.check_room(session, ws.id, ProfileStatus.LIVE, excluding=one.id)
        finally:
            session.rollback()


def test_a_stored_profile_loads_in_order(book):
    """load_profile reads groups and rules as stored (the demo's shape)."""
    with book.session() as session:
        try:
            ws = session.scalars(select(Workspace).where(Workspace.is_main)).one()
            admin = session.scalars(select(User).where(User.name == "Ada Admin")).one()
            batch = ChangeBatch(session, admin.id)
            row = writer.add(
                batch, HealthProfile(workspace_id=ws.id, name="Standard", status=ProfileStatus.LIVE)
            )
            session.flush()
            fit = writer.add(
                batch,
                HealthGroup(profile_id=row.id, name="Fit", kind=GroupKind.PROPERTY, max_points=40),
            )
            eng = writer.add(
                batch,
                HealthGroup(
                    profile_id=row.id, name="Eng", kind=GroupKind.EVENT, max_points=60, position=1
                ),
            )
            session.flush()
            writer.add(batch, HealthRule(group_id=fit.id, label="NPS", config=NPS_HIGH))
            writer.add(batch, HealthRule(group_id=eng.id, label="Meetings", config=MEETINGS))
            session.flush()
            spec = profiles.load_profile(session, row.id)
            profiles.validate_shape(spec)
            assert [g.name for g in spec.groups] == ["Fit", "Eng"]
            assert spec.groups[0].rules[0].config == NPS_HIGH
            assert (spec.at_risk_max, spec.neutral_max) == (39, 69)
            ids = _add_customers(
                session, [Customer(9, None, None, None, None, [Event("meetings", 5)])]
            )
            assert score_customers(session, spec, NOW, record_ids=ids).scores[ids[0]].score == 60
            assert session.get(Record, ids[0]) is not None
        finally:
            session.rollback()


def test_a_renewal_window_counts_the_workspace_zone_s_days(book):
    """At 23:30 UTC on the 11th it is already the 12th in Warsaw: "renewal in the next 30
    days" runs from the 12th to 12 + 30 days there, both included."""
    renewal = {"event": "renewal_within", "window_days": 30, "bands": [[0, 0], [1, 100]]}
    profile = _spec(_engagement(100, renewal))
    days = (-1, 0, 30, 31)
    with book.session() as session:
        try:
            book_customers = [Customer(None, None, None, None, None, [], d) for d in days]
            ids = _add_customers(session, book_customers)
            in_warsaw = score_customers(session, profile, NOW, zone=ZONE, record_ids=ids)
            in_utc = score_customers(session, profile, NOW, zone=dt.UTC, record_ids=ids)
        finally:
            session.rollback()
    assert [in_warsaw.scores[i].score for i in ids] == [0, 100, 100, 0]
    assert [in_utc.scores[i].score for i in ids] == [100, 100, 0, 0]
    assert [in_warsaw.scores[i].groups[0].rules[0].count for i in ids] == [0, 1, 1, 0]


def test_windows_of_days_are_elapsed_time_across_a_change_of_daylight_saving(book):
    """Warsaw moved its clocks on 29 March: 30 days before noon UTC on 15 April is noon UTC
    on 16 March, not an hour later (wall-clock arithmetic in the zone would move every
    window's edge by the hour the clocks moved)."""
    summer = dt.datetime(2026, 4, 15, 12, 0, tzinfo=dt.UTC)

    def ago(minutes: int) -> int:  # minutes before `summer`, as `_add_customers` counts
        return minutes - int((summer - NOW) / dt.timedelta(minutes=1))

    inside, outside = ago(30 * 1440 - 30), ago(30 * 1440 + 30)
    recency = {"event": "days_since_activity", "bands": [[0, 100], [30, 0]]}
    meetings = {"event": "meetings", "window_days": 30, "bands": [[0, 0], [1, 100]]}
    with book.session() as session:
        try:
            book_customers = [
                Customer(None, None, None, None, inside),
                Customer(None, None, None, None, outside),
                Customer(None, None, None, None, None, [Event("meetings", inside)]),
                Customer(None, None, None, None, None, [Event("meetings", outside)]),
            ]
            ids = _add_customers(session, book_customers)
            by_recency = score_customers(
                session, _spec(_engagement(100, recency)), summer, zone=ZONE, record_ids=ids
            )
            by_meetings = score_customers(
                session, _spec(_engagement(100, meetings)), summer, zone=ZONE, record_ids=ids
            )
        finally:
            session.rollback()
    assert [by_recency.scores[i].score for i in ids[:2]] == [100, 0]
    assert [by_recency.scores[i].groups[0].rules[0].count for i in ids[:2]] == [29, 30]
    assert [by_meetings.scores[i].score for i in ids[2:]] == [100, 0]


def test_an_activity_later_today_is_zero_days_ago(book):
    """A meeting logged ahead of its time (later today) makes the last activity a moment in
    the future: the customer was active 0 days ago, the most recent band, not "none"."""
    recency = {"event": "days_since_activity", "bands": [[0, 100], [7, 40]]}
    with book.session() as session:
        try:
            ids = _add_customers(session, [Customer(None, None, None, None, -120)])
            result = score_customers(
                session, _spec(_engagement(100, recency)), NOW, zone=ZONE, record_ids=ids
            )
        finally:
            session.rollback()
    scored = result.scores[ids[0]]
    assert (scored.score, scored.groups[0].rules[0].count) == (100, 0)


def test_the_demo_s_profile_validates_and_scores_every_customer(tmp_path):
    """The small demo's "Standard health" (NPS >= 9, detractor AND high priority, strategic;
    meetings, calls over 15 minutes, open tickets, days since last activity)."""
    db = open_database(tmp_path / "demo.db")
    try:
        generate_demo(db, companies=30, seed=3, today=dt.date(2026, 3, 11))
        with db.session() as session:
            row = session.scalars(select(HealthProfile).where(HealthProfile.is_default)).one()
            spec = profiles.load_profile(session, row.id)
            props = load_properties(session, customer_object(session).id)
            profiles.validate_profile(session, spec, props, FilterContext(NOBODY, TODAY, NOW))
            result = score_customers(session, spec, NOW, zone=ZONE)
            customers = session.scalars(
                select(Record.id).where(
                    Record.object_type_id == customer_object(session).id,
                    Record.deleted_at.is_(None),
                )
            ).all()
        assert set(result.scores) | result.unscored == set(customers)
        assert len(result.scores) == len(customers)  # every demo customer has some input
        assert all(0 <= s.score <= 100 for s in result.scores.values())
        assert len({s.score for s in result.scores.values()}) > 1
    finally:
        db.dispose()
