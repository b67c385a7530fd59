"""The Qt side's reads of health scores: one customer's health card (HEALTH-4). A card is
one customer's few rows, a short read that fits the GUI thread."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from app.domain.health.card import HealthCard, health_card
from app.domain.viewer import Viewer
from app.models.changes import Changes
from app.models.health_scores import scoring_zone
from app.store.engine import Database

# What storing or editing scores writes: a card shown reads again when one of these changed.
HEALTH_TABLES = ("health_scores", "health_score_history", "health_profiles")


class HealthReader:
    """One viewer's health cards, in the days the scores are counted in (the scoring zone's,
    as the stored history's days: `health_scores.scoring_zone`)."""

    def __init__(
        self, db: Database, viewer: Viewer, today: Callable[[], dt.date] | None = None
    ) -> None:
        self.db = db
        self.viewer = viewer
        self._today = today

    def card(self, record_id: uuid.UUID) -> HealthCard | None:
        """The customer's card now (None when the record is not a customer)."""
        zone = scoring_zone(self.db)
        today = self._today() if self._today else dt.datetime.now(zone).date()
        with self.db.session() as session:
            return health_card(session, record_id, today, zone)


def concerns_health(changes: Changes) -> bool:
    """True when scores, their history or the profiles changed."""
    return changes.touches(*HEALTH_TABLES)
