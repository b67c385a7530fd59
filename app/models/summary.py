"""The Summary tab's data for one viewer, read from the domain: the day's lists (a short
read that fits the GUI thread), the viewer's health alerts, and the health summary with
its average over time (aggregates over every customer: read off the GUI thread)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.domain.health.summary import (
    ALERTS_SHOWN,
    AlertItem,
    AlertList,
    HealthSummary,
    average_over_time,
    dismiss_alert,
    health_summary,
    live_alerts,
)
from app.domain.i18n import QT_TR_NOOP
from app.domain.summary import (
    Summary,
    ViewCard,
    band_filters,
    people_to_view_as,
    reorder_view_cards,
    summary_for,
    summary_person,
    view_cards,
)
from app.domain.viewer import Viewer, acting_user
from app.domain.workspace import workspace_for
from app.models.changes import Changes, write
from app.models.i18n import tr
from app.store import utcnow
from app.store.engine import Database

# What the Summary's health card shows comes from these tables (and the customers' CSMs).
HEALTH_TABLES = ("health_scores", "health_score_history", "health_profiles", "alerts")


def load_summary(db: Database, viewer: Viewer) -> Summary:
    """The viewer's Summary now (one short read transaction: fits the GUI thread)."""
    with db.session() as session:
        fresh = acting_user(session, viewer)
        return summary_for(session, fresh, workspace_for(session, fresh))


def load_alerts(db: Database, viewer: Viewer, limit: int | None = ALERTS_SHOWN) -> AlertList:
    """The viewer's live alerts now, newest first (an indexed read of a few rows)."""
    with db.session() as session:
        return live_alerts(session, viewer.id, utcnow(), limit)


def load_view_cards(db: Database, person: Viewer) -> list[ViewCard]:
    """SUM-4: the default customer views' cards with their counts for `person` (a count
    per card over every customer: run it off the GUI thread)."""
    with db.session() as session:
        return view_cards(session, person, workspace_for(session, person))


def reorder_cards(
    db: Database, viewer: Viewer, view_ids: list[uuid.UUID], origin: object = None
) -> None:
    """PERM-5: the admin's new order of the view cards (refused for anyone else)."""
    write(
        db,
        lambda session: reorder_view_cards(
            session, viewer, workspace_for(session, viewer), view_ids
        ),
        origin,
    )


def band_of(db: Database, person: Viewer, band: str, book: bool) -> list:
    """SUM-1, SUM-6: the filters of a health band of `person`'s book (or every customer)."""
    with db.session() as session:
        return band_filters(session, person, workspace_for(session, person), band, book)


def viewable_people(db: Database, viewer: Viewer) -> list[tuple[uuid.UUID, str]]:
    """SUM-1: whose Summary the viewer may see (PermissionDenied unless PERM-5)."""
    with db.session() as session:
        return people_to_view_as(session, viewer)


def person_shown(db: Database, viewer: Viewer, user_id: uuid.UUID) -> Viewer:
    """SUM-1: the person whose Summary is shown, checked (PERM-5)."""
    with db.session() as session:
        return summary_person(session, viewer, user_id)


def dismiss(db: Database, viewer: Viewer, alert_id: uuid.UUID, origin: object = None) -> None:
    """The viewer dismisses one of their alerts (a user action: one transaction)."""
    write(db, lambda session: dismiss_alert(session, viewer, alert_id), origin)


@dataclass(frozen=True)
class HealthView:
    """The Summary's health card: the summary and its average over time."""

    summary: HealthSummary
    trend: list[tuple[dt.date, float]]


def load_health(db: Database, viewer: Viewer, profile_id: uuid.UUID | None) -> HealthView:
    """The health card's figures (run it off the GUI thread: it aggregates every score and
    a year of history; its own session, as every read has)."""
    with db.session() as session:
        fresh = acting_user(session, viewer)
        workspace = workspace_for(session, fresh)
        summary = health_summary(session, fresh, workspace, profile_id)
        trend: list[tuple[dt.date, float]] = []
        if summary.profile is not None:
            today = utcnow().astimezone(viewer.zone).date()
            trend = average_over_time(
                session, fresh, workspace, summary.profile.id, today, viewer.zone
            )
        return HealthView(summary, trend)


def concerns_health(changes: Changes) -> bool:
    """Scores, their history, the profiles or customers (their CSM) changed."""
    return changes.touches(*HEALTH_TABLES, "records")


class AlertTableModel(QAbstractTableModel):
    """Every live alert of the viewer, for "View more" (SUM-2): customer, change, when."""

    COLUMNS = (QT_TR_NOOP("Customer"), QT_TR_NOOP("Change"), QT_TR_NOOP("When"))

    def __init__(
        self,
        alerts: list[AlertItem],
        labels: dict[str, str],
        when: Callable[[dt.datetime], str],
        parent: QObject | None = None,
        colours: dict[str, QColor] | None = None,
    ) -> None:
        super().__init__(parent)
        self.alerts = list(alerts)
        self._labels = labels  # a category as the user reads it
        self._colours = colours or {}  # a category's band colour, beside the change
        self._when = when  # a time as the Summary says it ("2 h ago")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.alerts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def change_text(self, alert: AlertItem) -> str:
        """ "Neutral → At risk"."""
        new = self._labels[alert.new_category.value]
        if alert.old_category is None:
            return new
        return f"{self._labels[alert.old_category.value]} → {new}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self.alerts):
            return None
        alert = self.alerts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return alert.customer
            if column == 1:
                return self.change_text(alert)
            return self._when(alert.raised_at)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return self._colours.get(alert.new_category.value)
        if role == Qt.ItemDataRole.UserRole:
            return str(alert.id)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return tr(self.COLUMNS[section])
        return None

    def alert_at(self, row: int) -> AlertItem | None:
        """The alert shown on `row`."""
        return self.alerts[row] if 0 <= row < len(self.alerts) else None

    def remove(self, alert_id: uuid.UUID) -> None:
        """Drop a dismissed alert from the list."""
        for row, alert in enumerate(self.alerts):
            if alert.id == alert_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.alerts[row]
                self.endRemoveRows()
                return
