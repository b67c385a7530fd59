"""A customer's health card (HEALTH-4, issue 13 item 5): the stored score and its category,
the profile it was computed under, the trend over the last twelve months from the score
history, and what moved it — read only, from what `store` keeps (nothing is computed here).

A customer with no stored score gets a card that says why: no live profile to score it, or
none of the profile's rules found an input for it."""

from __future__ import annotations

import datetime as dt
import enum
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.workspace import customer_object
from app.store import (
    HealthCategory,
    HealthProfile,
    HealthScore,
    HealthScoreHistory,
    ProfileStatus,
    Record,
)

TREND_DAYS = 365  # "the last 12 months"
LAST_CHANGES = 5  # how many score changes "what moved it" lists


class Unscored(enum.StrEnum):
    """Why a customer has no score."""

    NO_PROFILE = "no_profile"  # no live profile in the workspace
    NO_INPUTS = "no_inputs"  # the profile found nothing of its rules' inputs on the customer


@dataclass(frozen=True)
class RuleMove:
    """A rule whose points changed on a day (from the history row's `reason`)."""

    rule: str
    group: str
    before: int | None  # None: the rule gave nothing before (or had no input)
    after: int
    count: int | None  # the events (or days) the rule counted, for an event rule


@dataclass(frozen=True)
class ScoreChange:
    """One day the score changed: to what, from what, and the rules that moved it."""

    day: dt.date
    score: int
    previous: int | None  # None: the customer's first score
    category: HealthCategory
    moves: tuple[RuleMove, ...]


@dataclass(frozen=True)
class HealthCard:
    record_id: uuid.UUID
    score: int | None  # None: not scored yet (see `unscored`)
    category: HealthCategory | None
    profile_name: str | None
    computed_at: dt.datetime | None
    at_risk_max: int
    neutral_max: int
    # One point per day the score changed in the last twelve months, the score held before
    # the window at its start, and today's score at today: a step line through today.
    trend: tuple[tuple[dt.date, int], ...]
    changes: tuple[ScoreChange, ...]  # the latest first
    unscored: Unscored | None = None


def health_card(
    session: Session, record_id: uuid.UUID, today: dt.date, zone: dt.tzinfo
) -> HealthCard | None:
    """The health card of a customer (None for a record of another object, or one gone);
    days are `zone`'s days (the scoring zone's, as the history's)."""
    record = session.get(Record, record_id)
    if record is None or record.deleted_at is not None:
        return None
    try:
        customers = customer_object(session)
    except NotFound:  # a workspace with no customer object set has no health
        return None
    if record.object_type_id != customers.id:
        return None
    stored = session.execute(
        select(HealthScore, HealthProfile)
        .join(HealthProfile, HealthProfile.id == HealthScore.profile_id)
        .where(
            HealthScore.record_id == record_id,
            HealthScore.deleted_at.is_(None),
            HealthProfile.deleted_at.is_(None),
        )
        .order_by(HealthScore.computed_at.desc())
        .limit(1)
    ).first()
    if stored is None:
        return _unscored(session, record_id)
    score, profile = stored
    rows = _history(session, record_id, profile.id, today, zone)
    changes = _changes(rows, zone)
    return HealthCard(
        record_id=record_id,
        score=score.score,
        category=HealthCategory(score.category),
        profile_name=profile.name,
        computed_at=score.computed_at,
        at_risk_max=profile.at_risk_max,
        neutral_max=profile.neutral_max,
        trend=_trend(rows, score.score, today, zone),
        changes=changes,
    )


def _unscored(session: Session, record_id: uuid.UUID) -> HealthCard:
    live = session.scalars(
        select(HealthProfile)
        .where(HealthProfile.status == ProfileStatus.LIVE, HealthProfile.deleted_at.is_(None))
        .order_by(HealthProfile.is_default.desc(), HealthProfile.name)
    ).first()
    return HealthCard(
        record_id=record_id,
        score=None,
        category=None,
        profile_name=live.name if live else None,
        computed_at=None,
        at_risk_max=live.at_risk_max if live else 39,
        neutral_max=live.neutral_max if live else 69,
        trend=(),
        changes=(),
        unscored=Unscored.NO_INPUTS if live else Unscored.NO_PROFILE,
    )


def _history(
    session: Session, record_id: uuid.UUID, profile_id: uuid.UUID, today: dt.date, zone: dt.tzinfo
) -> list[HealthScoreHistory]:
    """The history rows of the last twelve months, oldest first, with the last one before
    them (the score the window starts with)."""
    start = dt.datetime.combine(today - dt.timedelta(days=TREND_DAYS), dt.time(), zone)
    mine = (
        HealthScoreHistory.record_id == record_id,
        HealthScoreHistory.profile_id == profile_id,
        HealthScoreHistory.deleted_at.is_(None),
    )
    before = session.scalars(
        select(HealthScoreHistory)
        .where(*mine, HealthScoreHistory.at < start)
        .order_by(HealthScoreHistory.at.desc())
        .limit(1)
    ).first()
    inside = session.scalars(
        select(HealthScoreHistory)
        .where(*mine, HealthScoreHistory.at >= start)
        .order_by(HealthScoreHistory.at)
    ).all()
    return ([before] if before is not None else []) + list(inside)


def _day(row: HealthScoreHistory, zone: dt.tzinfo) -> dt.date:
    return row.at.astimezone(zone).date()


def _trend(
    rows: Sequence[HealthScoreHistory], current: int, today: dt.date, zone: dt.tzinfo
) -> tuple[tuple[dt.date, int], ...]:
    start = today - dt.timedelta(days=TREND_DAYS)
    by_day: dict[dt.date, int] = {}
    for row in rows:  # oldest first: a day's last row wins
        by_day[max(_day(row, zone), start)] = row.score
    points = sorted(by_day.items())
    if not points or points[-1][0] < today:
        points.append((today, current))
    else:
        points[-1] = (today, current)
    return tuple(points)


def _changes(rows: Sequence[HealthScoreHistory], zone: dt.tzinfo) -> tuple[ScoreChange, ...]:
    found: list[ScoreChange] = []
    for i in range(len(rows) - 1, max(len(rows) - 1 - LAST_CHANGES, -1), -1):
        row = rows[i]
        previous = rows[i - 1].score if i > 0 else None
        found.append(
            ScoreChange(
                day=_day(row, zone),
                score=row.score,
                previous=previous,
                category=HealthCategory(row.category),
                moves=parse_moves(row.reason),
            )
        )
    return tuple(found)


def parse_moves(reason: str) -> tuple[RuleMove, ...]:
    """The moves of a history row's `reason` JSON ({"moves": [{"rule", "group", "before",
    "after", "count"}]}); text that is not that reads as no moves."""
    try:
        data: Any = json.loads(reason) if reason else {}
    except ValueError:
        return ()
    moves = data.get("moves") if isinstance(data, dict) else None
    if not isinstance(moves, list):
        return ()
    found = []
    for move in moves:
        if not isinstance(move, dict) or not isinstance(move.get("after"), int | float):
            continue
        before, count = move.get("before"), move.get("count")
        found.append(
            RuleMove(
                rule=str(move.get("rule") or ""),
                group=str(move.get("group") or ""),
                before=int(before) if isinstance(before, int | float) else None,
                after=int(move["after"]),
                count=int(count) if isinstance(count, int | float) else None,
            )
        )
    return tuple(found)
