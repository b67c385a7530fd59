"""The Qt side's reads of health scores: one customer's health card (HEALTH-4). A card is
one customer's few rows, a short read that fits the GUI thread."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from app.domain.health.card import HealthCard, health_card
from app.domain.viewer import Viewer
from app.models.changes import Changes
from app.store.engine import Database

# What storing or editing scores writes: a card shown reads again when one of these changed.
HEALTH_TABLES = ("health_scores", "health_score_history", "health_profiles")


class HealthReader:
    """One viewer's health cards, in their zone's days."""

    def __init__(
        self, db: Database, viewer: Viewer, today: Callable[[], dt.date] | None = None
    ) -> None:
        self.db = db
        self.viewer = viewer
        self._today = today or (lambda: dt.datetime.now(viewer.zone).date())

    def card(self, record_id: uuid.UUID) -> HealthCard | None:
        """The customer's card now (None when the record is not a customer)."""
        with self.db.session() as session:
            return health_card(session, record_id, self._today(), self.viewer.zone)


def concerns_health(changes: Changes) -> bool:
    """True when scores, their history or the profiles changed."""
    return changes.touches(*HEALTH_TABLES)
