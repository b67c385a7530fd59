"""The Summary's health reads (SUM-2, SUM-6, HEALTH-5): the viewer's live alerts, and a
health summary of their customers under one live profile — the average score, how many
are At risk / Neutral / Healthy, the spread over the scores, and the average over the last
twelve months. Plain SQL aggregates: nothing reads a customer at a time.

Whose customers: the viewer's book (customers whose CSM is the viewer) when they have
any, else the whole workspace (docs/decisions.md, "The Summary's health card").
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Integer, case, cast, func, literal, select
from sqlalchemy.orm import Session

from app.domain import permissions, writer
from app.domain.errors import NotFound, PermissionDenied
from app.domain.health.store import default_profile, live_profiles
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.summary import csm_condition
from app.domain.viewer import Person
from app.store import (
    Alert,
    HealthCategory,
    HealthProfile,
    HealthScore,
    HealthScoreHistory,
    Record,
    Workspace,
)

ALERTS_SHOWN = 6  # SUM-2: the card shows this many, as the task lists; "View more": all
WEEKS = 52  # the average over time: a point a week over the last twelve months
WEEK = dt.timedelta(days=7)


class Scope(enum.StrEnum):
    BOOK = "book"  # the viewer's own customers (they are the CSM)
    WORKSPACE = "workspace"  # every customer of the workspace


@dataclass(frozen=True)
class ProfileChoice:
    """A live profile the summary can be shown for."""

    id: uuid.UUID
    name: str
    at_risk_max: int
    neutral_max: int


@dataclass(frozen=True)
class HealthSummary:
    """One profile's scores over the viewer's customers (SUM-6)."""

    profiles: tuple[ProfileChoice, ...]  # the live profiles, by name (empty: none set up)
    profile: ProfileChoice | None  # the one summarised
    scope: Scope
    customers: int  # customers in scope, scored or not
    scored: int  # of them, scored by `profile`
    average: float | None
    by_category: dict[HealthCategory, int]
    histogram: tuple[int, ...]  # 101 entries: customers per score 0..100

    def share(self, category: HealthCategory) -> float:
        """The category's share of the scored customers (0..1)."""
        return self.by_category.get(category, 0) / self.scored if self.scored else 0.0


@dataclass(frozen=True)
class AlertItem:
    """One live alert: a customer's category change."""

    id: uuid.UUID
    record_id: uuid.UUID
    customer: str
    old_category: HealthCategory | None
    new_category: HealthCategory
    raised_at: dt.datetime


@dataclass(frozen=True)
class AlertList:
    """The newest live alerts and how many there are in all."""

    items: list[AlertItem]
    total: int


# ---- whose customers ---------------------------------------------------------------------


def _scope(
    session: Session, workspace: Workspace, viewer_id: uuid.UUID
) -> tuple[Scope, list[ColumnElement[bool]], int]:
    """(scope, the conditions on `Record` of the customers in it, how many there are)."""
    live = [
        Record.object_type_id == (workspace.customer_object_id or uuid.UUID(int=0)),
        Record.deleted_at.is_(None),
    ]
    owner = csm_condition(session, workspace, viewer_id)
    if owner is not None:
        book = [*live, owner]
        mine = session.scalar(select(func.count()).select_from(Record).where(*book)) or 0
        if mine:
            return Scope.BOOK, book, mine
    every = session.scalar(select(func.count()).select_from(Record).where(*live)) or 0
    return Scope.WORKSPACE, live, every


def _choice(profile: HealthProfile) -> ProfileChoice:
    return ProfileChoice(profile.id, profile.name, profile.at_risk_max, profile.neutral_max)


def _chosen(
    session: Session, profile_id: uuid.UUID | None
) -> tuple[tuple[ProfileChoice, ...], ProfileChoice | None]:
    """The live profiles and the one asked for (else the default one)."""
    profiles = live_profiles(session)
    choices = tuple(_choice(p) for p in profiles)
    asked = next((c for c in choices if c.id == profile_id), None)
    if asked is None:
        fallback = default_profile(profiles)
        asked = _choice(fallback) if fallback is not None else None
    return choices, asked


# ---- the summary -------------------------------------------------------------------------


def health_summary(
    session: Session,
    viewer: Person,
    workspace: Workspace,
    profile_id: uuid.UUID | None = None,
) -> HealthSummary:
    """The health summary of the viewer's customers under `profile_id` (default: the
    default live profile): one GROUP BY over the stored scores."""
    profiles, profile = _chosen(session, profile_id)
    scope, where, customers = _scope(session, workspace, viewer.id)
    histogram = [0] * 101
    by_category: dict[HealthCategory, int] = dict.fromkeys(HealthCategory, 0)
    if profile is not None:
        rows = session.execute(
            select(HealthScore.score, HealthScore.category, func.count())
            .join(Record, Record.id == HealthScore.record_id)
            .where(HealthScore.profile_id == profile.id, HealthScore.deleted_at.is_(None), *where)
            .group_by(HealthScore.score, HealthScore.category)
        )
        for score, category, n in rows:
            histogram[max(0, min(100, int(score)))] += n
            by_category[HealthCategory(category)] += n
    scored = sum(histogram)
    average = sum(s * n for s, n in enumerate(histogram)) / scored if scored else None
    return HealthSummary(
        profiles, profile, scope, customers, scored, average, by_category, tuple(histogram)
    )


def week_points(today: dt.date, zone: dt.tzinfo, weeks: int = WEEKS) -> list[dt.datetime]:
    """The instants the average over time is read at, oldest first: the end of today in the
    viewer's zone and every seven days (exactly) before it, `weeks` in all."""
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC)
    return [end - WEEK * k for k in range(weeks - 1, -1, -1)]


def _days_since(session: Session, column: Any, origin: dt.datetime) -> Any:
    """SQL: days (fractional) from `origin` to the timestamp `column`."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", column - literal(origin)) / 86400.0
    origin_jd = origin.timestamp() / 86400.0 + 2440587.5  # the Julian day of the instant
    return func.julianday(column) - origin_jd


def average_over_time(
    session: Session,
    viewer: Person,
    workspace: Workspace,
    profile_id: uuid.UUID,
    today: dt.date,
    zone: dt.tzinfo,
    weeks: int = WEEKS,
) -> list[tuple[dt.date, float]]:
    """For each week of the last twelve months (its last day, oldest first), the average
    of each customer's latest history score under the profile as of that week's end; weeks
    before any score are left out.

    A history row is its customer's latest from its own time until the customer's next
    row: in SQL each row's first and last week (LEAD over the customer's rows), summed per
    week where it starts and where it stops; the running sums over the weeks give each
    week's total and count."""
    points = week_points(today, zone, weeks)
    origin = points[0]
    _scope_kind, where, _ = _scope(session, workspace, viewer.id)
    following = func.lead(HealthScoreHistory.at).over(
        partition_by=(HealthScoreHistory.record_id, HealthScoreHistory.profile_id),
        order_by=HealthScoreHistory.at,
    )
    # Days from the first point to the row and to the customer's next row (NULL: none),
    # computed once per row.
    rows = (
        select(
            HealthScoreHistory.score.label("score"),
            _days_since(session, HealthScoreHistory.at, origin).label("d_at"),
            _days_since(session, following, origin).label("d_next"),
        )
        .join(Record, Record.id == HealthScoreHistory.record_id)
        .where(
            HealthScoreHistory.profile_id == profile_id,
            HealthScoreHistory.deleted_at.is_(None),
            HealthScoreHistory.at < points[-1],
            *where,
        )
        .subquery()
    )
    start = _week_of(session, rows.c.d_at)
    stop = _week_of(session, rows.c.d_next)  # NULL: still the latest
    # One pass: rows grouped by (first week, week it stops); a row superseded before the
    # first point adds nothing.
    spans = session.execute(
        select(start, stop, func.sum(rows.c.score), func.count())
        .where(rows.c.d_next.is_(None) | (rows.c.d_next >= 0))
        .group_by(start, stop)
    ).all()
    total = [0.0] * (weeks + 1)
    count = [0] * (weeks + 1)
    for first, last, score_sum, n in spans:
        total[min(int(first), weeks)] += float(score_sum)
        count[min(int(first), weeks)] += n
        if last is not None:
            total[min(int(last), weeks)] -= float(score_sum)
            count[min(int(last), weeks)] -= n
    out: list[tuple[dt.date, float]] = []
    running_total, running_count = 0.0, 0
    for k, point in enumerate(points):
        running_total += total[k]
        running_count += count[k]
        if running_count > 0:
            last_day = (point - dt.timedelta(seconds=1)).astimezone(zone).date()
            out.append((last_day, running_total / running_count))
    return out


def _week_of(session: Session, days: Any) -> Any:
    """SQL: the index of the first week point after a time `days` after the first point
    (0 when before it): a row counts at the points after it."""
    if session.get_bind().dialect.name == "postgresql":
        weeks = cast(func.floor(days / 7.0), Integer)
    else:
        weeks = cast(days / 7.0, Integer)  # truncates: days >= 0 here
    return case((days < 0, 0), else_=weeks + 1)


# ---- alerts ------------------------------------------------------------------------------


def _live_alerts(viewer_id: uuid.UUID, now: dt.datetime) -> list[ColumnElement[bool]]:
    return [
        Alert.user_id == viewer_id,
        Alert.expires_at > now,
        Alert.dismissed_at.is_(None),
        Alert.deleted_at.is_(None),
        Record.deleted_at.is_(None),
    ]


def live_alerts(
    session: Session, viewer_id: uuid.UUID, now: dt.datetime, limit: int | None = ALERTS_SHOWN
) -> AlertList:
    """The viewer's live alerts (HEALTH-5: not expired, not dismissed, the customer live),
    newest first: the first `limit` (all when None) and how many there are."""
    where = _live_alerts(viewer_id, now)
    session.flush()  # Core rows below (the Summary's first frame waits on them): no autoflush
    connection = session.connection()
    total = (
        connection.scalar(
            select(func.count())
            .select_from(Alert.__table__)
            .join(Record.__table__, Record.id == Alert.record_id)
            .where(*where)
        )
        or 0
    )
    query = (
        select(
            Alert.id,
            Alert.record_id,
            Record.name,
            Alert.old_category,
            Alert.new_category,
            Alert.raised_at,
        )
        .select_from(Alert.__table__)
        .join(Record.__table__, Record.id == Alert.record_id)
        .where(*where)
        .order_by(Alert.raised_at.desc(), Alert.id)
    )
    if limit is not None:
        query = query.limit(limit)
    items = [
        AlertItem(
            a_id,
            record_id,
            name or "",
            HealthCategory(old) if old else None,
            HealthCategory(new),
            raised_at,
        )
        for a_id, record_id, name, old, new, raised_at in connection.execute(query)
    ]
    return AlertList(items, total)


def dismiss_alert(
    session: Session, viewer: Person, alert_id: uuid.UUID, now: dt.datetime | None = None
) -> None:
    """The viewer dismisses one of their alerts (it leaves their Summary before it
    expires); someone else's alert is refused."""
    actor = permissions.actor_for(session, viewer, permissions.can_dismiss_alerts)
    alert = session.get(Alert, alert_id, with_for_update=True)
    if alert is None or alert.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("This alert no longer exists."))
    if alert.user_id != actor.id:
        raise PermissionDenied(
            QT_TR_NOOP("This alert is another user's: only they can dismiss it.")
        )
    if alert.dismissed_at is not None:
        return
    batch = ChangeBatch(session, actor.id)
    writer.set_fields(batch, alert, {"dismissed_at": now or batch.at})


__all__ = [
    "ALERTS_SHOWN",
    "AlertItem",
    "AlertList",
    "HealthCategory",
    "HealthSummary",
    "ProfileChoice",
    "Scope",
    "average_over_time",
    "dismiss_alert",
    "health_summary",
    "live_alerts",
    "week_points",
]
