"""Preview distribution (issue 13 item 4, HEALTH-1/HEALTH-2): how a profile's scores would
spread over every customer, before it is published, and how many customers would change
category. Nothing is stored.

The customers are scored in chunks of 5,000 (`scoring.score_customers` with their ids), so
a caller off the GUI thread gets `progress(done, total)` after each chunk and can stop it
through `cancelled()` (`PreviewCancelled`). A customer changes category when it has a
stored live score (`health_scores`) whose category differs from the preview's, or when it
has one and the profile would give it none; a customer without a stored score is not
counted as a change (nothing was shown for it before).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.health.profiles import TOTAL_POINTS, ProfileSpec
from app.domain.health.scoring import score_customers
from app.domain.workspace import customer_object
from app.store import HealthCategory, HealthScore, Record

CHUNK = 5_000
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PreviewCancelled(Exception):
    """The user cancelled the preview; nothing was computed to show."""


@dataclass(frozen=True)
class Distribution:
    histogram: tuple[int, ...]  # 101 entries: customers per score 0..100
    by_category: dict[HealthCategory, int]
    changes: int  # customers whose category would differ from their stored one
    unscored: int
    total: int
    average: float | None


def _stored(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, HealthCategory]:
    """The customers' stored live categories (the latest computed, should there be two)."""
    rows = session.execute(
        select(HealthScore.record_id, HealthScore.category)
        .where(HealthScore.record_id.in_(ids), HealthScore.deleted_at.is_(None))
        .order_by(HealthScore.computed_at)
    )
    return {record_id: HealthCategory(category) for record_id, category in rows}


def preview_distribution(
    session: Session,
    spec: ProfileSpec,
    now: dt.datetime,
    zone: dt.tzinfo,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Distribution:
    """The profile's scores over all live customers at `now` (aware), in the workspace
    `zone`: a histogram per score, customers per category, how many would change
    category, how many get no score, and the average score."""
    customers = customer_object(session).id
    ids = list(
        session.scalars(
            select(Record.id)
            .where(Record.object_type_id == customers, Record.deleted_at.is_(None))
            .order_by(Record.id)
        )
    )
    total = len(ids)
    histogram = [0] * (TOTAL_POINTS + 1)
    by_category = dict.fromkeys(HealthCategory, 0)
    changes = unscored = 0
    score_sum = 0
    if progress is not None:
        progress(0, total)
    for start in range(0, total, CHUNK):
        if cancelled is not None and cancelled():
            raise PreviewCancelled()
        chunk = ids[start : start + CHUNK]
        result = score_customers(session, spec, now, zone=zone, record_ids=chunk, detail=False)
        stored = _stored(session, chunk)
        for record_id, scored in result.scores.items():
            histogram[scored.score] += 1
            by_category[scored.category] += 1
            score_sum += scored.score
            before = stored.get(record_id)
            if before is not None and before != scored.category:
                changes += 1
        unscored += len(result.unscored)
        changes += sum(1 for record_id in result.unscored if record_id in stored)
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    scored_count = total - unscored
    average = score_sum / scored_count if scored_count else None
    return Distribution(tuple(histogram), by_category, changes, unscored, total, average)
