"""The health scoring engine (HEALTH-1..3): one profile's scores for a set of customers
(or all of them), computed in SQL set-based per rule.

One SELECT over the customer object's live records carries, for every rule, a column of
what the rule read and one of whether the customer has the rule's input:
- a property rule: its conditions ANDed, compiled by the filter compiler
  (`profiles.condition_sql`), and whether the properties it compares are known;
- an event rule: the number of the customer's meetings / calls (of at least
  `min_duration_s`) / e-mails in the last `window_days` days, from `activity_links`
  grouped per record and outer-joined (deleted activities and links left out), mapped to
  points by its bands in a CASE; or the days since the customer's last activity
  (`records.last_activity_at`), banded the same way, missing when there was none; or
  whether the renewal date falls in the next `window_days` days (1 or 0, missing without
  a renewal date); or the open tickets associated with the customer (the catalogue's
  "Open tickets" derived count, `associations.derived_sql`).
Only the arithmetic over a row's rule values (caps, floors, spreading the weight of
missing inputs, the total and its category) runs in Python, exactly, with fractions; it
is the same arithmetic "Test a record" shows. See docs/decisions.md, "Health scores".
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, literal_column, null, select, true
from sqlalchemy.orm import Session

from app.domain.associations import derived_sql
from app.domain.filters import FilterContext
from app.domain.health.profiles import (
    DAYS_SINCE,
    OPEN_TICKETS,
    RENEWAL,
    GroupSpec,
    ProfileSpec,
    RuleSpec,
    condition_sql,
    inputs_of,
)
from app.domain.properties import PropertyInfo, load_properties
from app.domain.workspace import customer_object
from app.store import (
    ActivityKind,
    ActivityLink,
    Call,
    Email,
    GroupKind,
    HealthCategory,
    Meeting,
    PropertyType,
    Record,
)

NOBODY = uuid.UUID(int=0)  # a health rule has no viewer: "me" matches no one
EVENT_TABLES: dict[str, tuple[ActivityKind, Any]] = {
    "meetings": (ActivityKind.MEETING, Meeting),
    "calls": (ActivityKind.CALL, Call),
    "emails": (ActivityKind.EMAIL, Email),
}
DAY = dt.timedelta(days=1)
# The customer's open tickets, as the catalogue's "Open tickets" derived property counts them.
OPEN_TICKET_COUNT = PropertyInfo(
    NOBODY, "open_tickets", "Open tickets", PropertyType.DERIVED, None, False, True,
    derivation=(("count", "tickets"), ("open", True)),
)  # fmt: skip


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
    groups: tuple[GroupResult, ...]


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


def band_points(bands: Sequence[Sequence[int]], count: int) -> int:
    """The points of the highest band whose lowest count the count reaches (0 below all)."""
    points = 0
    for low, p in bands:
        if count >= low:
            points = int(p)
    return points


# ---- SQL ------------------------------------------------------------------------------------


def by_key_only(session: Session, column: Any) -> Any:
    """`column` as SQLite's `+column` (elsewhere as itself), for a query that lists its
    rows' ids: without statistics SQLite otherwise reads "id IN (…) AND object_type_id = ?"
    through a (type, …) index of every customer rather than the ids' primary key (200 ms
    for four ids on the 100,000 demo, a scan per chunk of a recompute)."""
    if session.get_bind().dialect.name != "sqlite":
        return column
    return literal_column(f"+{column.table.name}.{column.name}", type_=column.type)


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def _bands_case(bands: Sequence[Sequence[int]], reached: Any) -> ColumnElement[int]:
    """CASE giving the highest band reached; `reached(low)` is SQL for "count >= low"."""
    whens = [(reached(int(low)), int(p)) for low, p in reversed(list(bands))]
    return case(*whens, else_=0)


def _event_counts(rule: RuleSpec, now: dt.datetime, record_ids: list[uuid.UUID] | None) -> Any:
    """Per record: how many of its events of the rule's kind fall in the window (of the
    given records only, when scoring a few: the count then reads just their links)."""
    kind, table = EVENT_TABLES[str(rule.config["event"])]
    since = now - int(rule.config["window_days"]) * DAY
    query = (
        select(ActivityLink.record_id.label("record_id"), func.count().label("n"))
        .join(table, table.id == ActivityLink.activity_id)
        .where(
            ActivityLink.kind == kind,
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
        query = query.where(ActivityLink.record_id.in_(record_ids))
    return query.subquery()


def _rule_columns(
    session: Session,
    kind: GroupKind,
    rule: RuleSpec,
    props: Mapping[str, Any],
    ctx: FilterContext,
    joins: list[Any],
    record_ids: list[uuid.UUID] | None = None,
) -> tuple[ColumnElement[Any], ColumnElement[Any], ColumnElement[Any]]:
    """(has input, matched or count, points) of one rule as SQL over `records`."""
    config = rule.config
    if kind == GroupKind.PROPERTY:
        conditions = config["conditions"]
        held = and_(true(), *(condition_sql(c, props, ctx, session) for c in conditions))
        known = [
            condition_sql({"property": k, "op": "is_known"}, props, ctx, session)
            for k in inputs_of(conditions)
        ]
        has_input = _flag(and_(true(), *known)) if known else literal(1)
        matched = _flag(held)
        return has_input, matched, matched * int(config["points"])
    if config["event"] == DAYS_SINCE:
        last: Any = Record.last_activity_at
        points = _bands_case(config["bands"], lambda low: last <= ctx.now - low * DAY)
        return _flag(last.is_not(None)), last, points
    if config["event"] == RENEWAL:
        renewal: Any = Record.renewal_date
        last_day = ctx.today + int(config["window_days"]) * DAY
        soon = _flag(and_(renewal >= ctx.today, renewal <= last_day))
        return (
            _flag(renewal.is_not(None)),
            soon,
            _bands_case(config["bands"], lambda low: soon >= low),
        )
    if config["event"] == OPEN_TICKETS:
        # Its points come from the count in Python (`_rule_result`): a CASE over the
        # correlated count would run its two look-ups again for every band.
        return literal(1), derived_sql(OPEN_TICKET_COUNT), null()
    counts = _event_counts(rule, ctx.now, record_ids)
    joins.append(counts)
    n = func.coalesce(counts.c.n, 0)
    return literal(1), n, _bands_case(config["bands"], lambda low: n >= low)


def score_customers(
    session: Session,
    profile: ProfileSpec,
    now: dt.datetime,
    *,
    zone: dt.tzinfo = dt.UTC,
    record_ids: Iterable[uuid.UUID] | None = None,
) -> ScoringResult:
    """The profile's scores of the given customers (all live customers by default) at
    `now` (aware); `zone` is the workspace's zone, for date conditions ("in the last N
    days"). Nothing is stored."""
    customers = customer_object(session)
    props = load_properties(session, customers.id)
    local = now.astimezone(zone)
    ctx = FilterContext(NOBODY, local.date(), local)
    joins: list[Any] = []
    columns: list[ColumnElement[Any]] = []
    ids = None if record_ids is None else list(record_ids)
    for g in profile.groups:
        for rule in g.rules:
            has_input, read, points = _rule_columns(session, g.kind, rule, props, ctx, joins, ids)
            columns += [has_input, read, points]
    query = select(Record.id, *columns).select_from(Record)
    for sub in joins:
        query = query.outerjoin(sub, sub.c.record_id == Record.id)
    if ids is not None:
        query = query.where(Record.id.in_(ids))
    typed = Record.object_type_id if ids is None else by_key_only(session, Record.object_type_id)
    query = query.where(typed == customers.id, Record.deleted_at.is_(None))
    scores: dict[uuid.UUID, CustomerScore] = {}
    unscored: set[uuid.UUID] = set()
    memo: dict[tuple[Any, ...], Any] = {}
    for row in session.execute(query):
        scored = _combine(profile, row[0], list(row[1:]), now, memo)
        if scored is None:
            unscored.add(row[0])
        else:
            scores[row[0]] = scored
    return ScoringResult(scores, frozenset(unscored))


# ---- arithmetic -----------------------------------------------------------------------------


def _rule_values(
    g: GroupSpec, rule: RuleSpec, values: Sequence[Any], now: dt.datetime
) -> tuple[bool, bool | None, int | None, int]:
    """A rule's (has input, matched, count, points) from its three SQL columns."""
    has_input, read, points = values
    if g.kind == GroupKind.PROPERTY:
        return bool(has_input), bool(read), None, int(points)
    if rule.config["event"] == DAYS_SINCE:
        days = None if read is None else math.floor((now - read) / DAY)
        return bool(has_input), None, days, int(points)
    if points is None:  # open tickets: banded here, from the count
        points = band_points(rule.config["bands"], int(read))
    return bool(has_input), None, int(read), int(points)


def _rule_result(g: GroupSpec, rule: RuleSpec, values: Sequence[Any], now: dt.datetime):
    return RuleResult(rule.id, rule.label, *_rule_values(g, rule, values, now))


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


def _group_result(g: GroupSpec, values: Sequence[tuple[Any, ...]]) -> GroupResult:
    results = tuple(RuleResult(r.id, r.label, *v) for r, v in zip(g.rules, values, strict=True))
    has_input, raw, points = group_points(g, results)
    return GroupResult(g.id, g.name, g.max_points, has_input, raw, points, results)


def _combine(
    profile: ProfileSpec,
    record_id: uuid.UUID,
    values: list[Any],
    now: dt.datetime,
    memo: dict[tuple[Any, ...], Any] | None = None,
) -> CustomerScore | None:
    """One customer's score from its row. `memo` keeps the groups and totals of the rows
    seen: customers whose rules read the same give the same (immutable) group results,
    so a whole book costs a few thousand exact sums, not one per customer."""
    memo = {} if memo is None else memo
    groups = []
    sums: tuple[Any, ...] = (None,)  # what the total reads: each rule's (has input, points)
    i = 0
    for gi, g in enumerate(profile.groups):
        key: tuple[Any, ...] = (gi,)
        for rule in g.rules:
            key += (_rule_values(g, rule, values[i : i + 3], now),)
            i += 3
        known = memo.get(key)
        if known is None:
            arith = tuple((v[0], v[3]) for v in key[1:])
            known = memo[key] = (_group_result(g, key[1:]), arith)
        groups.append(known[0])
        sums += known[1]
    score = memo.get(sums, -1)
    if score == -1:
        score = memo[sums] = total_score(groups)
    if score is None:
        return None
    category = category_of(score, profile.at_risk_max, profile.neutral_max)
    return CustomerScore(record_id, score, category, tuple(groups))
