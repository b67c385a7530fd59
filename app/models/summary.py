"""The Summary tab's data for one viewer, read from the domain."""

from __future__ import annotations

from app.domain.summary import Summary, summary_for
from app.domain.viewer import Viewer, acting_user
from app.domain.workspace import workspace_for
from app.store.engine import Database


def load_summary(db: Database, viewer: Viewer) -> Summary:
    """The viewer's Summary now (one short read transaction: fits the GUI thread)."""
    with db.session() as session:
        fresh = acting_user(session, viewer)
        return summary_for(session, fresh, workspace_for(session, fresh))
