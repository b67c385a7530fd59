"""A health profile's shape (HEALTH-1, HEALTH-2) and its validation: pure functions over
plain dataclasses, loaded from the ORM rows by `load_profile`.

A profile has groups whose maxima sum to 100; thresholds 0 <= at_risk_max < neutral_max
< 100 map a score to At risk / Neutral / Healthy. A *property* group's rules hold
conditions ANDed together and points; an *event* group's rules count the customer's
activities and map the count to points by bands (see `app.store.health.HealthRule`).
At most 10 live and 20 draft profiles live in a workspace.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.domain.filters import DAYS_MAX, FilterContext, compile_condition
from app.domain.i18n import QT_TR_NOOP, Message
from app.domain.properties import PropertyInfo
from app.store import GroupKind, HealthGroup, HealthProfile, HealthRule, ProfileStatus, PropertyType

MAX_LIVE = 10
MAX_DRAFTS = 20
TOTAL_POINTS = 100
RULE_POINTS_MAX = 100  # a rule gives or takes at most this many points
# Activities counted in the last `window_days` days (`min_duration_s` for calls).
ACTIVITY_EVENTS = ("meetings", "calls", "emails")
# Replies from the customer in the last `window_days` days: inbound e-mails logged on it,
# and the feed's "e-mail replied" events of its contacts (FEED-1).
EMAILS_REPLIED = "emails_replied"
# A renewal date in the next `window_days` days counts 1 (0 otherwise; none: no input).
RENEWAL = "renewal_within"
WINDOWED_EVENTS = (*ACTIVITY_EVENTS, EMAILS_REPLIED, RENEWAL)
# Days since the customer's last activity: bands on the number of whole days.
DAYS_SINCE = "days_since_activity"
# Open tickets associated with the customer (a ticket whose stage is not closed).
OPEN_TICKETS = "open_tickets"
EVENTS = (*WINDOWED_EVENTS, DAYS_SINCE, OPEN_TICKETS)
# Operators a health condition may use beyond the filter compiler's: >= and <= on numbers
# and dates, and "is"/"is not" on a choice (the demo's and templates' natural spelling).
ORDERED = (PropertyType.NUMBER, PropertyType.CURRENCY, PropertyType.DATE, PropertyType.DATETIME)
EXTRA_OPS = ("gte", "lte")
NO_INPUT_OPS = ("is_known", "is_unknown")  # these read a missing value, so need none


@dataclass(frozen=True)
class RuleSpec:
    id: uuid.UUID
    label: str
    config: Mapping[str, Any]


@dataclass(frozen=True)
class GroupSpec:
    id: uuid.UUID
    name: str
    kind: GroupKind
    max_points: int
    rules: tuple[RuleSpec, ...]


@dataclass(frozen=True)
class ProfileSpec:
    id: uuid.UUID
    name: str
    at_risk_max: int
    neutral_max: int
    groups: tuple[GroupSpec, ...]


def load_profile(session: Session, profile_id: uuid.UUID) -> ProfileSpec:
    """A stored profile with its live groups and rules, in their order."""
    row = session.get(HealthProfile, profile_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("profile", QT_TR_NOOP("This health profile no longer exists."))
    groups = []
    for g in session.scalars(
        select(HealthGroup)
        .where(HealthGroup.profile_id == row.id, HealthGroup.deleted_at.is_(None))
        .order_by(HealthGroup.position, HealthGroup.id)
    ):
        rules = session.scalars(
            select(HealthRule)
            .where(HealthRule.group_id == g.id, HealthRule.deleted_at.is_(None))
            .order_by(HealthRule.position, HealthRule.id)
        )
        groups.append(
            GroupSpec(
                g.id,
                g.name,
                GroupKind(g.kind),
                g.max_points,
                tuple(RuleSpec(r.id, r.label, dict(r.config or {})) for r in rules),
            )
        )
    return ProfileSpec(row.id, row.name, row.at_risk_max, row.neutral_max, tuple(groups))


# ---- shape ----------------------------------------------------------------------------------


def _int(value: Any, field: str, what: str | Message, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, QT_TR_NOOP("{what}: enter a whole number."), what=what)
    if not low <= value <= high:
        raise ValidationError(
            field,
            QT_TR_NOOP("{what}: between {low} and {high}."),
            what=what,
            low=f"{low:,}",
            high=f"{high:,}",
        )
    return value


def validate_thresholds(at_risk_max: Any, neutral_max: Any) -> None:
    """0 <= At risk's top < Neutral's top < 100 (Healthy is the rest)."""
    _int(at_risk_max, "at_risk_max", Message(QT_TR_NOOP("At risk up to")), 0, TOTAL_POINTS - 2)
    _int(neutral_max, "neutral_max", Message(QT_TR_NOOP("Neutral up to")), 1, TOTAL_POINTS - 1)
    if not at_risk_max < neutral_max:
        raise ValidationError(
            "neutral_max", QT_TR_NOOP("Neutral must end above where At risk ends.")
        )


def validate_maxima(groups: Sequence[GroupSpec]) -> None:
    """Each group gives at most 1..100 points, and the maxima sum to 100."""
    if not groups:
        raise ValidationError("groups", QT_TR_NOOP("Add at least one group."))
    for g in groups:
        name = g.name or Message(QT_TR_NOOP("Group"))
        maximum = Message(QT_TR_NOOP("{name}'s maximum"), {"name": name})
        _int(g.max_points, "max_points", maximum, 1, TOTAL_POINTS)
    total = sum(g.max_points for g in groups)
    if total != TOTAL_POINTS:
        raise ValidationError(
            "max_points",
            QT_TR_NOOP("The groups' maxima add up to {total}; they must add up to 100."),
            total=total,
        )


def validate_bands(bands: Any, what: str | Message) -> list[tuple[int, int]]:
    """[[from, points], ...]: `from` counts (or days) strictly rising from 0 or more."""
    if not isinstance(bands, list) or not bands:
        raise ValidationError("bands", QT_TR_NOOP("{what}: add at least one band."), what=what)
    out: list[tuple[int, int]] = []
    for band in bands:
        if not isinstance(band, (list, tuple)) or len(band) != 2:
            raise ValidationError(
                "bands", QT_TR_NOOP("{what}: a band is a lowest count and its points."), what=what
            )
        low = _int(
            band[0],
            "bands",
            Message(QT_TR_NOOP("{what}: a band's lowest count"), {"what": what}),
            0,
            DAYS_MAX,
        )
        points = _int(
            band[1],
            "bands",
            Message(QT_TR_NOOP("{what}: a band's points"), {"what": what}),
            -RULE_POINTS_MAX,
            RULE_POINTS_MAX,
        )
        if out and low <= out[-1][0]:
            raise ValidationError(
                "bands", QT_TR_NOOP("{what}: the bands' lowest counts must rise."), what=what
            )
        out.append((low, points))
    return out


def validate_rule_config(kind: GroupKind, rule: RuleSpec) -> None:
    """A rule's config fits its group's kind (conditions are checked against the
    properties by `validate_conditions`)."""
    what: str | Message = rule.label or Message(QT_TR_NOOP("Rule"))
    if not isinstance(rule.config, Mapping):
        raise ValidationError("config", QT_TR_NOOP("{what}: the rule is not readable."), what=what)
    if kind == GroupKind.PROPERTY:
        _validate_property_rule(rule.config, what)
    else:
        _validate_event_rule(rule.config, what)


def _validate_property_rule(config: Mapping[str, Any], what: str | Message) -> None:
    conditions = config.get("conditions")
    if not isinstance(conditions, list) or not conditions:
        raise ValidationError(
            "conditions", QT_TR_NOOP("{what}: add at least one condition."), what=what
        )
    for c in conditions:
        if not isinstance(c, Mapping) or not c.get("property") or not c.get("op"):
            raise ValidationError(
                "conditions", QT_TR_NOOP("{what}: a condition needs a property."), what=what
            )
    points = _int(config.get("points"), "points", what, -RULE_POINTS_MAX, RULE_POINTS_MAX)
    if points == 0:
        raise ValidationError(
            "points", QT_TR_NOOP("{what}: a rule gives or takes some points."), what=what
        )


def _validate_event_rule(config: Mapping[str, Any], what: str | Message) -> None:
    event = config.get("event")
    if event not in EVENTS:
        raise ValidationError(
            "event",
            QT_TR_NOOP("{what}: “{event}” is not an event Tend counts."),
            what=what,
            event=event,
        )
    if event in WINDOWED_EVENTS:
        _int(
            config.get("window_days"),
            "window_days",
            Message(QT_TR_NOOP("{what}: the window"), {"what": what}),
            1,
            DAYS_MAX,
        )
    if "min_duration_s" in config:
        if event != "calls":
            raise ValidationError(
                "min_duration_s", QT_TR_NOOP("{what}: only calls have a length."), what=what
            )
        _int(
            config["min_duration_s"],
            "min_duration_s",
            Message(QT_TR_NOOP("{what}: the length"), {"what": what}),
            0,
            86_400,
        )
    validate_bands(config.get("bands"), what)


def validate_shape(profile: ProfileSpec) -> None:
    """Thresholds, maxima and every rule's config (not yet its properties)."""
    validate_thresholds(profile.at_risk_max, profile.neutral_max)
    validate_maxima(profile.groups)
    for g in profile.groups:
        for rule in g.rules:
            validate_rule_config(g.kind, rule)


# ---- conditions -----------------------------------------------------------------------------


def condition_sql(
    condition: Mapping[str, Any],
    props: Mapping[str, PropertyInfo],
    ctx: FilterContext,
    session: Session,
) -> ColumnElement[bool]:
    """One health condition as SQL over `records`, through the filter compiler; `gte`
    and `lte` (numbers, dates) read as "not less" / "not greater" on a known value, and
    `is` / `is_not` on a choice as "is any of" / "is none of" that one option."""
    prop = props.get(str(condition.get("property")))
    op = condition.get("op")
    if prop is not None and op in EXTRA_OPS:
        if prop.type not in ORDERED:
            raise ValidationError(
                prop.key,
                QT_TR_NOOP("{field}: “{op}” does not fit this property."),
                field=prop.label,
                op=op,
            )
        opposite = {**condition, "op": "lt" if op == "gte" else "gt"}
        known = {"property": prop.key, "op": "is_known"}
        return and_(
            compile_condition(known, props, ctx, session),
            ~compile_condition(opposite, props, ctx, session),
        )
    if prop is not None and prop.type == PropertyType.CHOICE and op in ("is", "is_not"):
        value = condition.get("value")
        condition = {**condition, "op": "is_any_of" if op == "is" else "is_none_of"}
        condition["value"] = value if isinstance(value, list) else [value]
    return compile_condition(condition, props, ctx, session)


def inputs_of(conditions: Sequence[Mapping[str, Any]]) -> list[str]:
    """The properties a property rule needs known (not those it tests for being known)."""
    keys: list[str] = []
    for c in conditions:
        key = str(c.get("property"))
        if c.get("op") not in NO_INPUT_OPS and key not in keys:
            keys.append(key)
    return keys


def validate_conditions(
    session: Session, profile: ProfileSpec, props: Mapping[str, PropertyInfo], ctx: FilterContext
) -> None:
    """Every condition of every property rule compiles against the customer object's
    properties (ValidationError names the property)."""
    for g in profile.groups:
        if g.kind != GroupKind.PROPERTY:
            continue
        for rule in g.rules:
            for c in rule.config["conditions"]:
                condition_sql(c, props, ctx, session)


def validate_profile(
    session: Session, profile: ProfileSpec, props: Mapping[str, PropertyInfo], ctx: FilterContext
) -> None:
    """The whole profile: its shape, then its conditions."""
    validate_shape(profile)
    validate_conditions(session, profile, props, ctx)


# ---- how many -------------------------------------------------------------------------------


def check_room(
    session: Session,
    workspace_id: uuid.UUID,
    status: ProfileStatus,
    *,
    excluding: uuid.UUID | None = None,
) -> None:
    """Refuse one more live (over 10) or draft (over 20) profile in the workspace;
    `excluding` is the profile being moved to `status`, already counted elsewhere."""
    query = select(func.count()).where(
        HealthProfile.workspace_id == workspace_id,
        HealthProfile.status == status,
        HealthProfile.deleted_at.is_(None),
    )
    if excluding is not None:
        query = query.where(HealthProfile.id != excluding)
    count = session.scalar(query) or 0
    limit = MAX_LIVE if status == ProfileStatus.LIVE else MAX_DRAFTS
    if count >= limit:
        refusal = (
            QT_TR_NOOP("A workspace has at most {n} live health profiles; this is one more.")
            if status == ProfileStatus.LIVE
            else QT_TR_NOOP("A workspace has at most {n} draft health profiles; this is one more.")
        )
        raise ValidationError("status", refusal, n=limit)
