"""The health scoring engine (HEALTH-1..3): one profile's scores for a set of customers
(or all of them), computed in SQL set-based per rule.

One SELECT over the customer object's live records carries, for every rule, a column of
what the rule read and one of whether the customer has the rule's input:
- a property rule: its conditions ANDed, compiled by the filter compiler
  (`profiles.condition_sql`), and whether the properties it compares are known;
- an event rule: the number of the customer's meetings / calls (of at least
  `min_duration_s`) / e-mails in the last `window_days` days, from `activity_links`
  grouped per record and outer-joined (deleted activities and links left out); or the
  last activity (`records.last_activity_at`, missing when there was none); or whether
  the renewal date falls in the next `window_days` days (1 or 0, missing without a
  renewal date); or the open tickets associated with the customer (the catalogue's
  "Open tickets" derived count, grouped once like the events).
Windows of days are elapsed time from the instant (a change of daylight saving time moves
no edge); an activity later today is 0 days ago.
Only the arithmetic over a row's rule values (a count's band, caps, floors, spreading the
weight of missing inputs, the total and its category) runs in Python, exactly, with
fractions, once per distinct reading; it is the same arithmetic "Test a record" shows.
A big set (more than `BULK` customers) is read by one query over every customer, its rows
streamed in batches (`score_batches`). See docs/decisions.md, "Health scores".
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select, true
from sqlalchemy.orm import Session

from app.domain.filters import FilterContext
from app.domain.health.profiles import (
    DAYS_SINCE,
    EMAILS_REPLIED,
    OPEN_TICKETS,
    RENEWAL,
    GroupSpec,
    ProfileSpec,
    RuleSpec,
    condition_sql,
    inputs_of,
)
from app.domain.properties import load_properties
from app.domain.search import unindexed
from app.domain.workspace import customer_object
from app.store import (
    ActivityKind,
    ActivityLink,
    Association,
    Call,
    CallDirection,
    Email,
    FeedEvent,
    FeedEventKind,
    GroupKind,
    HealthCategory,
    Meeting,
    ObjectType,
    Record,
    Stage,
)

NOBODY = uuid.UUID(int=0)  # a health rule has no viewer: "me" matches no one
EVENT_TABLES: dict[str, tuple[ActivityKind, Any]] = {
    "meetings": (ActivityKind.MEETING, Meeting),
    "calls": (ActivityKind.CALL, Call),
    "emails": (ActivityKind.EMAIL, Email),
}
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class RuleResult:
    rule_id: uuid.UUID
    label: str
    has_input: bool  # False: the customer lacks what the rule reads; its weight is spread
    matched: bool | None  # a property rule: did every condition hold
    count: int | None  # an event rule: the events (or days) it counted
    points: int  # what the rule gave before its group's cap


@dataclass(frozen=True)
class GroupResult:
    group_id: uuid.UUID
    name: str
    max_points: int
    has_input: bool  # False: no rule of the group had its input; its weight is spread
    raw: Fraction  # the rules' points, scaled up for missing inputs
    points: Fraction  # after the cap and the floor
    rules: tuple[RuleResult, ...]


@dataclass(frozen=True)
class CustomerScore:
    record_id: uuid.UUID
    score: int  # 0..100
    category: HealthCategory
    groups: tuple[GroupResult, ...]  # empty when scored without detail
    # The same, compact (what a stored score keeps): per rule its points (None without
    # input) and count, days or match; per group its points after the cap (None: no input).
    points: tuple[int | None, ...] = ()
    counts: tuple[int | bool | None, ...] = ()
    group_points: tuple[float | None, ...] = ()


@dataclass(frozen=True)
class ScoringResult:
    scores: dict[uuid.UUID, CustomerScore]
    unscored: frozenset[uuid.UUID]  # customers with no input for any group


def category_of(score: int, at_risk_max: int, neutral_max: int) -> HealthCategory:
    if score <= at_risk_max:
        return HealthCategory.AT_RISK
    if score <= neutral_max:
        return HealthCategory.NEUTRAL
    return HealthCategory.HEALTHY


def rule_weight(kind: GroupKind, rule: RuleSpec) -> int:
    """How much a rule can move its group: |points|, or the largest |points| of its bands."""
    if kind == GroupKind.PROPERTY:
        return abs(int(rule.config["points"]))
    return max(abs(int(p)) for _low, p in rule.config["bands"])


# ---- SQL ------------------------------------------------------------------------------------


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


FEW = 64  # up to this many records, a count reads their rows by id; more, by id range


def _among(column: Any, record_ids: list[uuid.UUID]) -> ColumnElement[bool]:
    """`column` is one of the records (a few), or in their id range (a chunk: an index
    range reads faster than thousands of look-ups; the outer query keeps only the chunk)."""
    if len(record_ids) <= FEW:
        return column.in_(record_ids)
    return column.between(record_ids[0], record_ids[-1])  # sorted by `score_customers`


def _link_kind(record_ids: list[uuid.UUID] | None) -> Any:
    """The link's kind; for some records, kept off the index, so SQLite's planner reads
    their links by record (`ix_activity_links_record`) rather than every link of the kind.
    (PostgreSQL's planner has statistics; the unary + is SQLite's, and PostgreSQL has
    none for text, so a comparison with an expression it plans the same way.)"""
    if record_ids is None:
        return ActivityLink.kind
    return func.coalesce(ActivityLink.kind, ActivityLink.kind)


def _event_counts(rule: RuleSpec, now: dt.datetime, record_ids: list[uuid.UUID] | None) -> Any:
    """Per record: how many of its events of the rule's kind fall in the window (of the
    given records only, when scoring a few: the count then reads just their links)."""
    kind, table = EVENT_TABLES[str(rule.config["event"])]
    since = now - int(rule.config["window_days"]) * DAY
    query = (
        select(ActivityLink.record_id.label("record_id"), func.count().label("n"))
        .join(table, table.id == ActivityLink.activity_id)
        .where(
            _link_kind(record_ids) == kind,
            ActivityLink.deleted_at.is_(None),
            table.deleted_at.is_(None),
            ActivityLink.at >= since,
            ActivityLink.at <= now,
        )
        .group_by(ActivityLink.record_id)
    )
    if rule.config.get("min_duration_s"):
        query = query.where(Call.duration_s >= int(rule.config["min_duration_s"]))
    if record_ids is not None:
        query = query.where(_among(ActivityLink.record_id, record_ids))
    return query.subquery()


def _open_tickets(record_ids: list[uuid.UUID] | None) -> Any:
    """Per record: its associated live tickets whose stage is not closed (what the
    catalogue's "Open tickets" derived property counts), grouped once for all records."""
    ends = []
    for mine, theirs in (
        (Association.from_record_id, Association.to_record_id),
        (Association.to_record_id, Association.from_record_id),
    ):
        end = select(mine.label("mine"), theirs.label("theirs")).where(
            Association.deleted_at.is_(None)
        )
        if record_ids is not None:
            end = end.where(_among(mine, record_ids))
        ends.append(end)
    pairs = ends[0].union_all(ends[1]).subquery()
    tickets = select(ObjectType.id).where(ObjectType.key == "tickets").scalar_subquery()
    ticket = Record.__table__.alias("ticket")
    return (
        select(pairs.c.mine.label("record_id"), func.count().label("n"))
        .join(ticket, ticket.c.id == pairs.c.theirs)
        .outerjoin(Stage, Stage.id == ticket.c.stage_id)
        .where(
            ticket.c.deleted_at.is_(None),
            ticket.c.object_type_id == tickets,
            func.coalesce(Stage.is_closed, False).is_(False),
        )
        .group_by(pairs.c.mine)
        .subquery()
    )


def _replies(
    rule: RuleSpec, now: dt.datetime, record_ids: list[uuid.UUID] | None, on_contacts: bool
) -> Any:
    """Per record: the customer's replies in the window — inbound e-mails logged on it and
    the feed's "e-mail replied" events of its contacts (or of it, when customers are
    contacts)."""
    since = now - int(rule.config["window_days"]) * DAY
    logged = (
        select(ActivityLink.record_id.label("record_id"))
        .join(Email, Email.id == ActivityLink.activity_id)
        .where(
            _link_kind(record_ids) == ActivityKind.EMAIL,
            ActivityLink.deleted_at.is_(None),
            Email.deleted_at.is_(None),
            Email.direction == CallDirection.INBOUND,
            ActivityLink.at >= since,
            ActivityLink.at <= now,
        )
    )
    owner = FeedEvent.contact_id if on_contacts else FeedEvent.company_id
    fed = select(owner.label("record_id")).where(
        FeedEvent.kind == FeedEventKind.EMAIL_REPLIED,
        FeedEvent.deleted_at.is_(None),
        FeedEvent.at >= since,
        FeedEvent.at <= now,
    )
    if record_ids is not None:
        logged = logged.where(_among(ActivityLink.record_id, record_ids))
        fed = fed.where(_among(owner, record_ids))
    both = logged.union_all(fed).subquery()
    return (
        select(both.c.record_id.label("record_id"), func.count().label("n"))
        .group_by(both.c.record_id)
        .subquery()
    )


def _rule_columns(
    session: Session,
    kind: GroupKind,
    rule: RuleSpec,
    props: Mapping[str, Any],
    ctx: FilterContext,
    joins: list[Any],
    record_ids: list[uuid.UUID] | None = None,
    on_contacts: bool = False,
) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """(has input, matched or count) of one rule as SQL over `records`; its points follow
    from them (`_points_of`). Windows of days ("in the last 90 days") are elapsed time
    from the instant, so a change of daylight saving time inside one moves no boundary."""
    config = rule.config
    instant = ctx.now.astimezone(dt.UTC)
    if kind == GroupKind.PROPERTY:
        conditions = config["conditions"]
        held = and_(true(), *(condition_sql(c, props, ctx, session) for c in conditions))
        known = [
            condition_sql({"property": k, "op": "is_known"}, props, ctx, session)
            for k in inputs_of(conditions)
        ]
        has_input = _flag(and_(true(), *known)) if known else literal(1)
        return has_input, _flag(held)
    if config["event"] == DAYS_SINCE:
        last: Any = Record.last_activity_at
        return _flag(last.is_not(None)), last
    if config["event"] == RENEWAL:
        renewal: Any = Record.renewal_date
        last_day = ctx.today + int(config["window_days"]) * DAY
        return _flag(renewal.is_not(None)), _flag(and_(renewal >= ctx.today, renewal <= last_day))
    if config["event"] == OPEN_TICKETS:
        counts = _open_tickets(record_ids)
    elif config["event"] == EMAILS_REPLIED:
        counts = _replies(rule, instant, record_ids, on_contacts)
    else:
        counts = _event_counts(rule, instant, record_ids)
    joins.append(counts)
    return literal(1), func.coalesce(counts.c.n, 0)


def band_points(bands: Sequence[Sequence[int]], value: int) -> int:
    """The points of the highest band whose low `value` reaches (0 below every band)."""
    for low, points in reversed(list(bands)):
        if value >= int(low):
            return int(points)
    return 0


def days_since(now: dt.datetime, last: dt.datetime) -> int:
    """Whole days from `last` to `now`; an activity later today (a meeting logged ahead)
    is zero days ago, not none."""
    return max(0, math.floor((now - last) / DAY))


def _points_of(kind: GroupKind, rule: RuleSpec, now: dt.datetime) -> Any:
    """A rule's points from what its columns read (remembered per distinct reading: a
    book has a few dozen of them per rule)."""
    config = rule.config
    if kind == GroupKind.PROPERTY:
        points = int(config["points"])
        return lambda read: points if read else 0
    bands = [(int(low), int(p)) for low, p in config["bands"]]
    known: dict[Any, int] = {}

    def banded(value: int) -> int:
        found = known.get(value)
        if found is None:
            found = known[value] = band_points(bands, value)
        return found

    if config["event"] == DAYS_SINCE:
        return lambda read: banded(days_since(now, read))
    return lambda read: banded(int(read))


def _score_query(
    session: Session,
    profile: ProfileSpec,
    now: dt.datetime,
    zone: dt.tzinfo,
    ids: list[uuid.UUID] | None,
) -> Any:
    """The one SELECT: per customer, two columns per rule (see the module's doc)."""
    customers = customer_object(session)
    props = load_properties(session, customers.id)
    local = now.astimezone(zone)
    ctx = FilterContext(NOBODY, local.date(), local)
    joins: list[Any] = []
    columns: list[ColumnElement[Any]] = []
    for g in profile.groups:
        for rule in g.rules:
            columns += _rule_columns(
                session, g.kind, rule, props, ctx, joins, ids, customers.key == "contacts"
            )
    query = select(Record.id, *columns).select_from(Record)
    for sub in joins:
        query = query.outerjoin(sub, sub.c.record_id == Record.id)
    kind: Any = Record.object_type_id
    if ids is not None and session.get_bind().dialect.name == "sqlite":
        kind = unindexed(kind)  # read the chunk by its ids, not the whole object by type
    query = query.where(kind == customers.id, Record.deleted_at.is_(None))
    if ids is not None:
        query = query.where(_among(Record.id, ids))
    return query


def _as_int(value: uuid.UUID) -> int:
    return value.int


BULK = 20_000  # a set of more customers is read by one query over all customers


def score_customers(
    session: Session,
    profile: ProfileSpec,
    now: dt.datetime,
    *,
    zone: dt.tzinfo = dt.UTC,
    record_ids: Iterable[uuid.UUID] | None = None,
    detail: bool = True,
) -> ScoringResult:
    """The profile's scores of the given customers (all live customers by default) at
    `now` (aware); `zone` is the workspace's zone, for date conditions ("in the last N
    days"). Without `detail`, each score has only its compact form (storing 100,000
    needs no more). Nothing is stored."""
    ids = None if record_ids is None else sorted(set(record_ids), key=_as_int)
    scorer = _Scorer(profile, now, None if ids is None else set(ids), detail)
    scorer.add(session.execute(_score_query(session, profile, now, zone, ids)))
    return scorer.result()


def score_batches(
    session: Session,
    profile: ProfileSpec,
    now: dt.datetime,
    record_ids: Iterable[uuid.UUID],
    *,
    zone: dt.tzinfo = dt.UTC,
    batch: int = 5_000,
) -> Iterator[ScoringResult]:
    """The compact scores of many customers, about `batch` at a time (for progress and
    cancelling between batches): a few thousand by their ids, a bigger set by one query
    over every customer, its rows streamed (per-chunk queries would group the events of
    each chunk again; one query groups them once)."""
    ids = list(set(record_ids))
    if len(ids) <= BULK:
        ids.sort(key=_as_int)
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            yield score_customers(session, profile, now, zone=zone, record_ids=chunk, detail=False)
        return
    scorer = _Scorer(profile, now, set(ids), detail=False)
    query = _score_query(session, profile, now, zone, None).execution_options(yield_per=batch)
    for rows in session.execute(query).partitions():
        scorer.add(rows)
        yield scorer.result()
        scorer.clear()


class _Scorer:
    """Turns rows of `_score_query` into scores; many customers share their points, so the
    arithmetic of each distinct row (and of each group's part of it) runs once."""

    def __init__(
        self,
        profile: ProfileSpec,
        now: dt.datetime,
        wanted: set[uuid.UUID] | None,
        detail: bool,
    ) -> None:
        self.profile, self.now, self.wanted, self.detail = profile, now, wanted, detail
        self.totals: dict[tuple[Any, ...], _Totals | None] = {}
        self.by_group: dict[tuple[Any, ...], tuple[bool, Fraction, Fraction]] = {}
        self.reads = tuple(_read_kind(g, rule) for g in profile.groups for rule in g.rules)
        self.points = [_points_of(g.kind, rule, now) for g in profile.groups for rule in g.rules]
        self.scores: dict[uuid.UUID, CustomerScore] = {}
        self.unscored: set[uuid.UUID] = set()

    def add(self, rows: Iterable[Sequence[Any]]) -> None:
        wanted, totals, scores = self.wanted, self.totals, self.scores
        for row in rows:
            record_id = row[0]
            if wanted is not None and record_id not in wanted:
                continue  # in the query's id range (or all customers), not one asked for
            values: list[Any] = []
            for i, points in enumerate(self.points):  # (has input, read, points) per rule
                has_input, read = row[2 * i + 1], row[2 * i + 2]
                values += (has_input, read, points(read) if has_input else 0)
            key = (*values[0::3], *values[2::3])
            found = totals.get(key, _MISSING)
            if found is _MISSING:
                found = totals[key] = _totals(self.profile, values, self.by_group)
            if found is None:
                self.unscored.add(record_id)
            elif self.detail:
                scores[record_id] = _scored(self.profile, record_id, values, found, self.now)
            else:
                scores[record_id] = _compact(self.reads, record_id, values, found, self.now)

    def result(self) -> ScoringResult:
        return ScoringResult(self.scores, frozenset(self.unscored))

    def clear(self) -> None:
        self.scores, self.unscored = {}, set()


_MISSING: Any = object()


# ---- arithmetic -----------------------------------------------------------------------------


def _rule_result(g: GroupSpec, rule: RuleSpec, values: Sequence[Any], now: dt.datetime):
    has_input, read, points = values
    if g.kind == GroupKind.PROPERTY:
        return RuleResult(rule.id, rule.label, bool(has_input), bool(read), None, int(points))
    if rule.config["event"] == DAYS_SINCE:
        days = None if read is None else days_since(now, read)
        return RuleResult(rule.id, rule.label, bool(has_input), None, days, int(points))
    return RuleResult(rule.id, rule.label, bool(has_input), None, int(read), int(points))


def group_points(g: GroupSpec, results: Sequence[RuleResult]) -> tuple[bool, Fraction, Fraction]:
    """(has input, raw, capped): the rules with their input give their points, scaled by
    all the rules' weight over theirs; then the group's cap and a floor of zero."""
    present = [(rule, r) for rule, r in zip(g.rules, results, strict=True) if r.has_input]
    if not present:
        return False, Fraction(0), Fraction(0)
    weight_all = sum(rule_weight(g.kind, rule) for rule in g.rules)
    weight_present = sum(rule_weight(g.kind, rule) for rule, _r in present)
    raw = Fraction(sum(r.points for _rule, r in present))
    if weight_present:
        raw = raw * weight_all / weight_present
    return True, raw, min(max(raw, Fraction(0)), Fraction(g.max_points))


def total_score(groups: Sequence[GroupResult]) -> int | None:
    """The groups with input, scaled to 100 over their maxima, rounded half up."""
    present = [g for g in groups if g.has_input]
    if not present:
        return None
    total = sum((g.points for g in present), Fraction(0)) * 100 / sum(g.max_points for g in present)
    return math.floor(total + Fraction(1, 2))


def _read_kind(g: GroupSpec, rule: RuleSpec) -> str:
    if g.kind == GroupKind.PROPERTY:
        return "matched"
    return "days" if rule.config["event"] == DAYS_SINCE else "count"


def _compact(
    reads: tuple[str, ...],
    record_id: uuid.UUID,
    values: list[Any],
    totals: _Totals,
    now: dt.datetime,
) -> CustomerScore:
    counts = tuple(
        bool(read)
        if kind == "matched"
        else int(read)
        if kind == "count"
        else None
        if read is None
        else days_since(now, read)
        for kind, read in zip(reads, values[1::3], strict=True)
    )
    points = tuple(int(p) if h else None for h, p in zip(values[0::3], values[2::3], strict=True))
    return CustomerScore(
        record_id, totals.score, totals.category, (), points, counts, totals.group_floats
    )


@dataclass(frozen=True)
class _Totals:
    """What a row's inputs and points give, whatever it counted: shared by every customer
    with the same (has input, points) per rule."""

    groups: tuple[tuple[bool, Fraction, Fraction], ...]
    score: int
    category: HealthCategory

    @functools.cached_property
    def group_floats(self) -> tuple[float | None, ...]:
        return tuple(round(float(p), 2) if has else None for has, _raw, p in self.groups)


def _totals(
    profile: ProfileSpec,
    values: list[Any],
    by_group: dict[tuple[Any, ...], tuple[bool, Fraction, Fraction]] | None = None,
) -> _Totals | None:
    """`by_group` keeps each group's exact points by its rules' (has input, points): rows
    that differ in one group share the others' (a book has a few hundred groups' worth of
    distinct points, thousands of rows' worth)."""
    by_group = {} if by_group is None else by_group
    groups = []
    i = 0
    for gi, g in enumerate(profile.groups):
        j = i + 3 * len(g.rules)
        key = (gi, *values[i:j:3], *values[i + 2 : j : 3])
        found = by_group.get(key)
        if found is None:
            results = []
            for rule in g.rules:
                has_input, _read, points = values[i : i + 3]
                results.append(RuleResult(rule.id, "", bool(has_input), None, None, int(points)))
                i += 3
            found = by_group[key] = group_points(g, results)
        groups.append(found)
        i = j
    shaped = [
        GroupResult(g.id, "", g.max_points, has, raw, points, ())
        for g, (has, raw, points) in zip(profile.groups, groups, strict=True)
    ]
    score = total_score(shaped)
    if score is None:
        return None
    return _Totals(
        tuple(groups), score, category_of(score, profile.at_risk_max, profile.neutral_max)
    )


def _scored(
    profile: ProfileSpec,
    record_id: uuid.UUID,
    values: list[Any],
    totals: _Totals,
    now: dt.datetime,
) -> CustomerScore:
    groups = []
    i = 0
    for g, (has_input, raw, points) in zip(profile.groups, totals.groups, strict=True):
        results = []
        for rule in g.rules:
            results.append(_rule_result(g, rule, values[i : i + 3], now))
            i += 3
        groups.append(
            GroupResult(g.id, g.name, g.max_points, has_input, raw, points, tuple(results))
        )
    rules = [r for g in groups for r in g.rules]
    return CustomerScore(
        record_id, totals.score, totals.category, tuple(groups),
        tuple(r.points if r.has_input else None for r in rules),
        tuple(r.count if r.count is not None else r.matched for r in rules),
        totals.group_floats,
    )  # fmt: skip
