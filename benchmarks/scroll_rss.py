"""Run alone in a fresh process: memory growth after scrolling a model over every customer.

    python -m benchmarks.scroll_rss DB   ->   prints "RSS_GROWTH_MB <mb> ROWS <n>"
A process of its own, so memory freed by earlier figures cannot hide the growth.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path


def rss_mb() -> float:
    """This process's resident memory."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main(database: Path) -> None:
    """Build the 'Owned by me' columns over all customers and fetch every page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.viewer import viewer_of
    from app.domain.workspace import signed_in
    from app.models.record_table import RecordTableModel
    from app.models.saved_views import SavedViews
    from app.store.engine import open_database

    app = QApplication.instance() or QApplication([])
    db = open_database(database)
    with db.session() as session:
        user = signed_in(session)
        assert user is not None
        viewer = viewer_of(user)
    owned = SavedViews(db, viewer).views()[0]
    first = RecordTableModel(db, viewer, owned.query, owned.columns)  # warm imports and caches
    del first
    before = rss_mb()
    model = RecordTableModel(db, viewer, replace(owned.query, filters=[]), owned.columns)
    while model.canFetchMore():
        model.fetchMore()
    print(f"RSS_GROWTH_MB {rss_mb() - before:.1f} ROWS {model.rowCount()}", flush=True)
    db.dispose()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
