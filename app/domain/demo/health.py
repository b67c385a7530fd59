"""The demo's health scores (HEALTH-1, HEALTH-4, HEALTH-5, issue 13 item 6): two live
profiles, one per segment, every customer's current score, a year of score history that
tells a story, and the alerts of the last 14 days.

"Enterprise health" scores the shared view "Enterprise customers" (tier is Enterprise);
"Standard health", the default, everyone else. The current scores are the engine's own
(`scoring.score_customers` over the generated data, stored as `store.recompute` would
store them, so the app's first recompute finds nothing to change). The history before
them is made up, deterministically from the seed: most customers drift a little around
where they are, some climbed to it over the year, and about one in ten slid from Healthy
or Neutral to At risk over the last two or three months. Each point names the rules that
moved (as `store` writes them), and a category change in the last 14 days raised an alert
for the customer's CSM. Rows are written with the DB-API, like the rest of the bulk load.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import random
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.domain.demo.writer import BulkWriter, jd, ts
from app.domain.health import store
from app.domain.health.profiles import DAYS_SINCE, ProfileSpec, load_profile
from app.domain.health.scoring import (
    CustomerScore,
    GroupResult,
    RuleResult,
    category_of,
    group_points,
    score_customers,
    total_score,
)
from app.domain.i18n import QT_TR_NOOP
from app.store import (
    GroupKind,
    HealthCategory,
    HealthGroup,
    HealthProfile,
    HealthProfileSegment,
    HealthRule,
    SavedView,
    Sharing,
    User,
    ViewTab,
    Workspace,
)

ENTERPRISE_VIEW = "Enterprise customers"
# The file's fact of the day of the last whole recompute (`app.models.health_scores.FACT`):
# the demo's scores are today's, so opening it does not recompute every customer again.
RECOMPUTED_FACT = "health.recomputed_on"
ENTERPRISE_FILTERS = [[{"property": "tier", "op": "is_any_of", "value": ["Enterprise"]}]]
Rule = tuple[str, dict[str, Any]]
Group = tuple[str, GroupKind, int, tuple[Rule, ...]]


def _nps(low: int, high: int, points: int) -> dict[str, Any]:
    if low == high or high >= 10:
        return {"conditions": [{"property": "nps", "op": "gte", "value": low}], "points": points}
    return {
        "conditions": [{"property": "nps", "op": "between", "value": [low, high]}],
        "points": points,
    }


def _events(event: str, days: int | None, bands: list[list[int]], **extra: int) -> dict:
    config: dict[str, Any] = {"event": event, "bands": bands, **extra}
    if days is not None:
        config["window_days"] = days
    return config


P, E = GroupKind.PROPERTY, GroupKind.EVENT
# Five groups (the benchmarks score the 100,000-company demo under this one).
STANDARD: tuple[Group, ...] = (
    ("Sentiment", P, 35, (
        ("Promoter (NPS 9–10)", _nps(9, 10, 35)),
        ("Passive (NPS 7–8)", _nps(7, 8, 22)),
        ("Lukewarm (NPS 5–6)", _nps(5, 6, 8)),
    )),
    ("Recency", E, 25, (
        ("Days since last activity",
         _events(DAYS_SINCE, None, [[0, 25], [21, 18], [45, 8], [70, 0]])),
    )),
    ("Engagement", E, 15, (
        ("Meetings in the last 90 days", _events("meetings", 90, [[0, 0], [1, 8]])),
        ("E-mails in the last 90 days", _events("emails", 90, [[0, 0], [1, 6], [2, 10]])),
        ("Calls over 15 minutes", _events("calls", 120, [[0, 0], [1, 8]], min_duration_s=900)),
    )),
    ("Support", E, 15, (
        ("Open tickets", _events("open_tickets", None, [[0, 15], [1, 3]])),
    )),
    ("Account", P, 10, (
        ("Strategic account",
         {"conditions": [{"property": "strategic", "op": "is", "value": True}], "points": 5}),
        ("Not a high priority",
         {"conditions": [{"property": "priority", "op": "is_none_of", "value": ["high"]}],
          "points": 5}),
        ("Detractor with high priority",
         {"conditions": [{"property": "nps", "op": "lte", "value": 4},
                         {"property": "priority", "op": "is", "value": "high"}],
          "points": -10}),
    )),
)  # fmt: skip
ENTERPRISE: tuple[Group, ...] = (
    ("Executive engagement", E, 25, (
        ("Meetings in the last 90 days", _events("meetings", 90, [[0, 0], [1, 15], [2, 25]])),
        ("Calls over 15 minutes", _events("calls", 120, [[0, 0], [1, 15]], min_duration_s=900)),
        ("E-mails in the last 90 days", _events("emails", 90, [[0, 0], [1, 8], [2, 12]])),
    )),
    ("Sentiment", P, 30, (
        ("Promoter (NPS 9–10)", _nps(9, 10, 30)),
        ("Passive (NPS 7–8)", _nps(7, 8, 18)),
    )),
    ("Support", E, 20, (
        ("Open tickets", _events("open_tickets", None, [[0, 20], [1, 5]])),
    )),
    ("Recency", E, 15, (
        ("Days since last activity",
         _events(DAYS_SINCE, None, [[0, 15], [21, 10], [45, 4], [70, 0]])),
    )),
    ("Renewal", E, 10, (
        ("Renewal in the next 90 days", _events("renewal_within", 90, [[0, 10], [1, 0]])),
    )),
)  # fmt: skip


@dataclass(frozen=True)
class DemoProfile:
    name: str
    description: str
    is_default: bool
    groups: tuple[Group, ...]


PROFILES = (
    DemoProfile(
        "Enterprise health",
        "Enterprise accounts: executive meetings and calls, NPS, support load, how recently "
        "we spoke, and the renewal coming up.",
        False,
        ENTERPRISE,
    ),
    DemoProfile(
        "Standard health",
        "Everyone else: NPS, how recently we spoke, meetings, e-mails and calls, open "
        "tickets and the account's standing.",
        True,
        STANDARD,
    ),
)


def add_profile(
    session: Session, workspace_id: uuid.UUID, profile: DemoProfile, now: dt.datetime
) -> HealthProfile:
    """One live profile with its groups and rules (ORM rows; the demo is allowlisted)."""
    row = HealthProfile(
        workspace_id=workspace_id, name=profile.name, description=profile.description,
        status="live", is_default=profile.is_default, created_at=now,
    )  # fmt: skip
    session.add(row)
    session.flush()
    for position, (name, kind, max_points, rules) in enumerate(profile.groups):
        group = HealthGroup(
            profile_id=row.id, name=name, kind=kind, max_points=max_points, position=position
        )
        session.add(group)
        session.flush()
        for i, (label, config) in enumerate(rules):
            session.add(HealthRule(group_id=group.id, label=label, config=config, position=i))
    session.flush()
    return row


def create_health_profiles(session: Session, now: dt.datetime) -> None:
    """The shared views "Enterprise customers" and "Renewing in 90 days", both default
    views with a Summary card (SUM-4), as a CS lead sets them up; "Enterprise health"
    applied to the first, and "Standard health", the default for everyone else."""
    ws = session.scalars(select(Workspace).where(Workspace.is_main)).one()
    view = SavedView(
        workspace_id=ws.id, tab=ViewTab.CUSTOMERS, object_type_id=ws.customer_object_id,
        name=ENTERPRISE_VIEW, sharing=Sharing.EVERYONE, position=10, is_default=True,
        description="Customers on the Enterprise tier.", filters=ENTERPRISE_FILTERS,
        created_at=now,
    )  # fmt: skip
    session.add(view)
    session.add(SavedView(
        workspace_id=ws.id, tab=ViewTab.CUSTOMERS, object_type_id=ws.customer_object_id,
        name="Renewing in 90 days", sharing=Sharing.EVERYONE, position=11, is_default=True,
        description="Customers whose renewal date is in the next 90 days.",
        filters=[[{"property": "renewal_date", "op": "in_next_days", "value": 90}]],
        created_at=now,
    ))  # fmt: skip
    rows = [add_profile(session, ws.id, p, now) for p in PROFILES]
    session.add(HealthProfileSegment(profile_id=rows[0].id, view_id=view.id, created_at=now))
    session.flush()


# ---- the scores, their history and alerts ------------------------------------------------

SCORE_COLUMNS = (
    "id", "record_id", "profile_id", "score", "category", "computed_at", "breakdown",
    "created_at", "updated_at", "deleted_at",
)  # fmt: skip
HISTORY_COLUMNS = (
    "id", "record_id", "profile_id", "score", "category", "at", "reason", "created_at",
    "updated_at", "deleted_at",
)  # fmt: skip
ALERT_COLUMNS = (
    "id", "record_id", "user_id", "profile_id", "old_category", "new_category", "raised_at",
    "expires_at", "dismissed_at", "created_at", "updated_at", "deleted_at",
)  # fmt: skip
YEAR = 365
NO_MOVES = jd({"moves": []})  # a customer's first score
PARALLEL_FROM = 20_000  # customers: below, a worker process costs more than it saves
SLIDE_DAYS = (60, 90)  # a slider's slide to At risk began this many days ago


def scoring_zone(session: Session) -> ZoneInfo:
    """The first super admin's zone, whose days the app's scores count in."""
    name = session.scalars(
        select(User.time_zone)
        .where(User.is_super_admin, User.deleted_at.is_(None))
        .order_by(User.created_at, User.id)
        .limit(1)
    ).first()
    return ZoneInfo(name or "UTC")


def _uuid5_hex(name: str) -> str:
    """`uuid.uuid5(store.NAMESPACE, name).hex` without building UUID objects (a million
    history ids)."""
    h = hashlib.sha1(_NAMESPACE + name.encode()).hexdigest()
    return f"{h[:12]}5{h[13:16]}{_VARIANT[h[16]]}{h[17:32]}"


_NAMESPACE = store.NAMESPACE.bytes
_VARIANT = {f"{n:x}": f"{(n & 0x3) | 0x8:x}" for n in range(16)}


Points = tuple[int | None, ...]


class _Model:
    """One profile's rules as the story moves them: which values each rule can take, and
    the score of a vector of rule points (memoised, the engine's own arithmetic)."""

    def __init__(self, spec: ProfileSpec) -> None:
        self.spec = spec
        self.rules = [(g, r) for g in spec.groups for r in g.rules]
        self.labels = [(r.label, g.name) for g, r in self.rules]
        self.values: list[tuple[int, ...]] = []
        self.lows: list[dict[int, int | None]] = []  # a value's least count (event rules)
        self.nps: list[int] = []  # rules reading NPS alone: one of them holds at a time
        self.moving: list[int] = []  # event rules: what changes from month to month
        for i, (g, r) in enumerate(self.rules):
            if g.kind == GroupKind.PROPERTY:
                self.values.append(tuple(sorted({0, int(r.config["points"])})))
                self.lows.append({})
                props = {c["property"] for c in r.config["conditions"]}
                if props == {"nps"}:
                    self.nps.append(i)
                continue
            bands = [(int(low), int(p)) for low, p in r.config["bands"]]
            lows: dict[int, int | None] = {} if bands[0][0] == 0 else {0: 0}
            for low, p in bands:
                lows.setdefault(p, low)
            self.values.append(tuple(sorted(lows)))
            self.lows.append(lows)
            self.moving.append(i)
        self._scores: dict[tuple[int | None, ...], int] = {}
        self._groups: dict[tuple[int, tuple[int | None, ...]], GroupResult] = {}
        self._reasons: dict[tuple[Points, Points], str] = {}
        self._slices = []
        i = 0
        for g in spec.groups:
            self._slices.append((i, i + len(g.rules)))
            i += len(g.rules)

    def score(self, points: tuple[int | None, ...]) -> int:
        known = self._scores.get(points)
        if known is None:
            groups = []
            for g, (i, j) in zip(self.spec.groups, self._slices, strict=True):
                part = points[i:j]
                group = self._groups.get((i, part))
                if group is None:
                    results = [
                        RuleResult(r.id, r.label, p is not None, None, None, p or 0)
                        for r, p in zip(g.rules, part, strict=True)
                    ]
                    has, raw, capped = group_points(g, results)
                    group = GroupResult(g.id, g.name, g.max_points, has, raw, capped, ())
                    self._groups[(i, part)] = group
                groups.append(group)
            total = total_score(groups)
            known = self._scores[points] = 0 if total is None else total
        return known

    def reason(self, before: Points, after: Points) -> str:
        """A point's reason between two rule-point vectors (the counts of the bands)."""
        known = self._reasons.get((before, after))
        if known is None:
            known = self._reasons[(before, after)] = jd({"moves": _moves(self, before, after)})
        return known

    def category(self, score: int) -> HealthCategory:
        return category_of(score, self.spec.at_risk_max, self.spec.neutral_max)

    def count(self, i: int, points: int) -> int | None:
        return self.lows[i].get(points) if self.lows[i] else None


def _past(
    model: _Model, now_points: tuple[int | None, ...], rng: random.Random, kind: str
) -> list[int | None]:
    """Where the customer stood a year ago (a slider: before its slide)."""
    past = list(now_points)
    movable = [i for i in model.moving if now_points[i] is not None]
    if kind == "stable":
        for i in rng.sample(movable, min(len(movable), 1 + (rng.random() < 0.5))):
            past[i] = rng.choice(model.values[i])
        return past
    better = kind == "slider"
    for i in movable:
        if rng.random() < 0.8:
            past[i] = model.values[i][-1] if better else model.values[i][0]
    if model.nps and now_points[model.nps[0]] is not None and rng.random() < 0.6:
        # A promoter then (the first NPS rule); or an improver who was lukewarm.
        chosen = 0 if better else len(model.nps) - 1
        for j, i in enumerate(model.nps):
            past[i] = max(model.values[i], key=abs) if j == chosen else 0
    return past


def _moves(
    model: _Model, before: Sequence[int | None], after: Sequence[int | None]
) -> list[dict[str, Any]]:
    """The rules whose points changed, as `store` names them in a point's reason."""
    moves = []
    for i, (b, a) in enumerate(zip(before, after, strict=True)):
        if b != a and a is not None:
            label, group = model.labels[i]
            moves.append({"rule": label, "group": group, "before": b, "after": a,
                          "count": model.count(i, a)})  # fmt: skip
    return moves


def _story(
    model: _Model, current: Points, kind: str, span: int, rng: random.Random
) -> list[tuple[int, Points, int]]:
    """A customer's history, oldest first, as (day offset from its first day, rule points,
    score), ending at its current rule points.

    Each rule switches once from where it stood (`_past`) to where it is now, on a day of
    its own (a slider's within its slide); on the days between, a rule is now and then away
    for a while (a quiet month, a ticket opened and closed). Days whose score did not
    change leave no point, as in the app."""
    random_ = rng.random
    start = _past(model, current, rng, kind)
    wanted = max(1, min(6 + int(random_() * 10), span // 5))
    fall, end = 0, span - int(min(3, span) + random_() * (min(120, span) - min(3, span)))
    if kind == "slider":  # down over the last two or three months
        fall = max(0, span - SLIDE_DAYS[0] - int(random_() * (SLIDE_DAYS[1] - SLIDE_DAYS[0])))
        end = max(fall, span - int(random_() * 40))
    width = end - fall + 1
    nps_day = fall + int(random_() * width)
    switched = [
        (i, start[i], nps_day if i in model.nps else fall + int(random_() * width))
        for i in range(len(current))
        if start[i] != current[i]
    ]
    days = {int(random_() * end) for _ in range(wanted + 4)} if end > 0 else set()
    if fall and end > fall:  # the slide shows on the chart: points on its way down
        days.update(fall + int(random_() * (end - fall)) for _ in range(3))
    movable = [i for i in model.moving if current[i] is not None]
    noise = 0.5 if movable else -1.0
    out: list[tuple[int, Points, int]] = []
    last = -1
    score = model.score
    for d in sorted(days):
        state = list(current)
        for i, was, on in switched:
            if d < on:
                state[i] = was
        if random_() < (0.6 if d < fall else noise):
            i = movable[int(random_() * len(movable))]
            values = model.values[i]
            state[i] = values[int(random_() * len(values))]
        points = tuple(state)
        value = score(points)
        if value != last:
            out.append((d, points, value))
            last = value
    out.append((end if not out or out[-1][0] < end else out[-1][0], current, score(current)))
    out = _changed(out, current)
    while len(out) > wanted:  # too many: drop one inside (and any repeat it leaves)
        del out[1 + int(random_() * (len(out) - 2))]
        out = _changed(out, current)
    return out


def _changed(
    story: list[tuple[int, Points, int]], current: Points
) -> list[tuple[int, Points, int]]:
    """The points whose score differs from the one before (ending at `current`: a last
    point scoring the same as the one before takes now's rules on that one's day)."""
    out: list[tuple[int, Points, int]] = []
    for point in story:
        if out and out[-1][2] == point[2]:
            if point[1] is current:
                out[-1] = (out[-1][0], current, point[2])
            continue
        if out and out[-1][0] >= point[0]:
            out[-1] = point
            continue
        out.append(point)
    return out


def _kind(rng: random.Random, category: HealthCategory, can_slide: bool) -> str:
    roll = rng.random()
    if category == HealthCategory.AT_RISK:
        return "slider" if can_slide and roll < 0.55 else "stable" if roll < 0.8 else "improver"
    return "improver" if roll < 0.3 else "stable"


class _Days:
    """Instants of the scoring zone's days, as stored: (the day in ISO, the instant as
    text, the instant), one zone conversion per day and quarter-hour."""

    def __init__(self, zone: ZoneInfo, latest: dt.datetime) -> None:
        self.zone = zone
        self.latest = latest
        self._known: dict[tuple[int, int], tuple[str, str, dt.datetime]] = {}

    def at(self, ordinal: int, quarter: int) -> tuple[str, str, dt.datetime]:
        """`quarter` quarter-hours after 7:00 local on the day (no DST change then)."""
        known = self._known.get((ordinal, quarter))
        if known is None:
            day = dt.date.fromordinal(ordinal)
            local = dt.datetime.combine(day, dt.time(7), self.zone)
            at = min(local.astimezone(dt.UTC) + dt.timedelta(minutes=15 * quarter), self.latest)
            known = self._known[(ordinal, quarter)] = (day.isoformat(), ts(at) or "", at)
        return known


def store_health(
    conn: sqlite3.Connection,
    writer: BulkWriter,
    seed: int,
    now: dt.datetime,
    tables: Sequence[str],
) -> str:
    """Score every customer under its profile and write the scores, the records' health
    columns, a year of history and the last 14 days' alerts (after the bulk load's commit:
    the reads go through this same connection, outside any transaction). Returns the
    scoring zone's day the scores are of (ISO)."""
    writer.report(QT_TR_NOOP("Health scores"))
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=StaticPool)
    rows = _Rows()
    with Session(engine) as session:
        zone = scoring_zone(session)
        work = store.plan(session, now, zone, None)
        customers = session.scalars(
            select(Workspace.customer_object_id).where(Workspace.is_main)
        ).first()
        assert customers is not None
        facts = {  # read raw: as stored (hex ids, naive UTC text)
            rid: (owner, dt.date.fromisoformat(created[:10]))
            for rid, owner, created in conn.execute(
                "SELECT id, owner_id, created_at FROM records WHERE object_type_id = ?",
                (customers.hex,),
            )
        }
        scored: list[tuple[ProfileSpec, dict[uuid.UUID, CustomerScore]]] = []
        for profile_id, ids in work.profiles.items():
            spec = load_profile(session, profile_id)
            # The whole book under each profile, then its own customers: a segment's ids
            # are spread over the whole id range, so reading them by id (or in chunks,
            # each reading every activity link again) is slower than one plain pass.
            result = score_customers(session, spec, now, zone=zone, detail=False)
            mine = set(ids)
            scored.append((spec, {r: s for r, s in result.scores.items() if r in mine}))
            writer.check()
    today = now.astimezone(zone).date()
    stories = [
        (spec, _profile_rows(rows, spec, scores, facts, today, now)) for spec, scores in scored
    ]
    _history(rows, stories, seed, now, zone.key, writer)
    conn.execute("BEGIN IMMEDIATE")
    writer.drop_indexes(tables)
    rows.history.sort()  # by id: the primary key's index is appended to, not scattered
    writer.insert("health_scores", SCORE_COLUMNS, rows.scores)
    writer.insert("health_score_history", HISTORY_COLUMNS, rows.history)
    writer.insert("alerts", ALERT_COLUMNS, rows.alerts)
    conn.executemany(
        "UPDATE records SET health_score = ?, health_status = ? WHERE id = ?", rows.records
    )
    writer.rebuild_indexes()
    conn.commit()
    return today.isoformat()


def _history(
    rows: _Rows,
    work: list[tuple[ProfileSpec, list[Item]]],
    seed: int,
    now: dt.datetime,
    zone_name: str,
    writer: BulkWriter,
) -> None:
    """Every customer's history; for a big demo a worker process makes half of it on the
    machine's second core meanwhile (the same rows: each story has its own generator)."""
    total = sum(len(items) for _spec, items in work)
    pool = None
    if total >= PARALLEL_FROM:
        pool = multiprocessing.get_context("spawn").Pool(1)
    try:
        pending = []
        for spec, items in work:
            half = len(items) // 2 if pool is not None else len(items)
            if pool is not None:
                pending.append(
                    pool.apply_async(history_rows, (spec, items[half:], seed, now, zone_name))
                )
            history, alerts = history_rows(spec, items[:half], seed, now, zone_name)
            rows.history += history
            rows.alerts += alerts
            writer.check()
        for job in pending:
            while not job.ready():
                job.wait(0.2)
                writer.check()
            history, alerts = job.get()
            rows.history += history
            rows.alerts += alerts
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()


@dataclass
class _Rows:
    scores: list[tuple] = field(default_factory=list)
    history: list[tuple] = field(default_factory=list)
    alerts: list[tuple] = field(default_factory=list)
    records: list[tuple] = field(default_factory=list)


# What the history of one customer is made from (plain data: a worker process makes half).
Item = tuple[str, str, int, str, Points, list[Any], str | None, int]


def _profile_rows(
    rows: _Rows,
    spec: ProfileSpec,
    scores: dict[uuid.UUID, CustomerScore],
    facts: dict[str, tuple[str | None, dt.date]],
    today: dt.date,
    now: dt.datetime,
) -> list[Item]:
    """The profile's score rows and records' columns; the customers' history items."""
    version = store.version_of(spec)
    stamp = ts(now)
    profile_hex = spec.id.hex
    year_ago = today - dt.timedelta(days=YEAR)
    items: list[Item] = []
    for record_id in sorted(scores):
        scored = scores[record_id]
        breakdown = store.breakdown_of(spec, scored, version)
        rhex = record_id.hex
        category = scored.category.value
        rows.scores.append(
            (store.score_id(record_id, spec.id).hex, rhex, profile_hex, scored.score, category,
             stamp, jd(breakdown), stamp, stamp, None)
        )  # fmt: skip
        rows.records.append((scored.score, category, rhex))
        owner, created = facts[rhex]
        first = max(year_ago, created).toordinal()
        items.append(
            (rhex, str(record_id), scored.score, category, tuple(breakdown["p"]),
             breakdown["n"], owner, first)
        )  # fmt: skip
    return items


def history_rows(
    spec: ProfileSpec, items: Sequence[Item], seed: int, now: dt.datetime, zone_name: str
) -> tuple[list[tuple], list[tuple]]:
    """The history points and alerts of some of a profile's customers. Each customer's
    story draws from a random generator of its own (seeded from the demo's seed and its
    id), so the rows are the same whichever process makes them."""
    zone = ZoneInfo(zone_name)
    model = _Model(spec)
    days = _Days(zone, now - dt.timedelta(minutes=1))
    today = now.astimezone(zone).date().toordinal()
    profile_hex, profile_text = spec.id.hex, str(spec.id)
    alert_since = now - dt.timedelta(days=store.ALERT_DAYS)
    expiry = dt.timedelta(days=store.ALERT_DAYS)
    slide_floor = max(model.values[i][-1] for i in model.moving) if model.moving else 0
    categories: dict[int, str] = {}
    peaks: dict[Points, int] = {}
    history: list[tuple] = []
    alerts: list[tuple] = []
    for rhex, rtext, current_score, category, current, counts, owner, first in items:
        rng = random.Random(f"tend-demo/{seed}/health/{rhex}")
        peak = peaks.get(current)
        if peak is None:
            peak = peaks[current] = _peak(model, current)
        can_slide = slide_floor > 0 and peak > spec.at_risk_max
        kind = _kind(rng, HealthCategory(category), can_slide)
        story = _story(model, current, kind, today - first, rng)
        previous: str | None = None
        before: Points | None = None
        for k, (offset, points, score) in enumerate(story):
            last = k == len(story) - 1
            if last:
                score, cat = current_score, category
            else:
                cat = categories.get(score) or categories.setdefault(
                    score, model.category(score).value
                )
            iso, t, at = days.at(first + offset, int(rng.random() * 52))
            if before is None:
                reason = NO_MOVES
            elif last:
                moves = _moves(model, before, points)
                for m in moves:  # what the rules count now is known
                    n = counts[model.labels.index((m["rule"], m["group"]))]
                    m["count"] = n if isinstance(n, int) and not isinstance(n, bool) else None
                reason = jd({"moves": moves})
            else:
                reason = model.reason(before, points)
            history.append(
                (_uuid5_hex(f"history/{rtext}/{profile_text}/{iso}"), rhex, profile_hex, score,
                 cat, t, reason, t, t, None)
            )  # fmt: skip
            if previous is not None and previous != cat and at > alert_since:
                alerts.append(
                    (_uuid5_hex(f"alert/{rtext}/{profile_text}/{iso}"), rhex,
                     owner, profile_hex, previous, cat, t,
                     ts(at + expiry), None, t, t, None)
                )  # fmt: skip
            previous, before = cat, points
    return history, alerts


def _peak(model: _Model, current: tuple[int | None, ...]) -> int:
    """The best score the customer's movable rules allow (a slider fell from near it)."""
    best = list(current)
    for i in model.moving:
        if best[i] is not None:
            best[i] = max(model.values[i])
    if model.nps and all(best[i] is not None for i in model.nps):
        for j, i in enumerate(model.nps):
            best[i] = max(model.values[i]) if j == 0 else 0
    return model.score(tuple(best))
