"""Stored health rows for tests of what shows them (the health card, the Customers columns):
profiles, scores and history put in directly with the ORM, as the scoring store would
leave them (its own tests are the store's). Only tests write this way; the write-path test
scans app/."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from app.domain.health.scoring import category_of
from app.domain.history import Touched
from app.domain.workspace import main_workspace
from app.models.changes import channel_for
from app.store import (
    HealthProfile,
    HealthScore,
    HealthScoreHistory,
    ProfileStatus,
)
from app.store.engine import Database


def add_profile(
    session: Session,
    name: str = "Standard",
    *,
    live: bool = True,
    at_risk_max: int = 39,
    neutral_max: int = 69,
) -> HealthProfile:
    profile = HealthProfile(
        id=uuid.uuid4(),
        workspace_id=main_workspace(session).id,
        name=name,
        status=ProfileStatus.LIVE if live else ProfileStatus.DRAFT,
        is_default=live,
        at_risk_max=at_risk_max,
        neutral_max=neutral_max,
    )
    session.add(profile)
    session.flush()
    return profile


def add_score(
    session: Session, record_id: uuid.UUID, profile: HealthProfile, score: int, at: dt.datetime
) -> HealthScore:
    row = HealthScore(
        id=uuid.uuid4(),
        record_id=record_id,
        profile_id=profile.id,
        score=score,
        category=category_of(score, profile.at_risk_max, profile.neutral_max),
        computed_at=at,
        breakdown={"profile": profile.name, "groups": [], "rules": []},
    )
    session.add(row)
    session.flush()
    return row


def add_history(
    session: Session,
    record_id: uuid.UUID,
    profile: HealthProfile,
    score: int,
    at: dt.datetime,
    moves: Sequence[dict[str, Any]] = (),
) -> HealthScoreHistory:
    row = HealthScoreHistory(
        id=uuid.uuid4(),
        record_id=record_id,
        profile_id=profile.id,
        score=score,
        category=category_of(score, profile.at_risk_max, profile.neutral_max),
        at=at,
        reason=json.dumps({"moves": list(moves)}),
    )
    session.add(row)
    session.flush()
    return row


def move(rule: str, before: int | None, after: int, count: int | None = None) -> dict[str, Any]:
    """One entry of a history row's `reason` moves."""
    return {"rule": rule, "group": "Engagement", "before": before, "after": after, "count": count}


def report_scores_stored(db: Database) -> None:
    """Tell the change channel scores were stored, as the store's recompute does."""
    tables = frozenset({"health_scores", "health_score_history", "records"})
    channel_for(db).report(Touched(tables=tables), None)
