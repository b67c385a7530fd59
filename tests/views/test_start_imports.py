"""Starting fast (issue 16 item 5): the window's first paint imports what the Summary needs,
not every tab's modules and libraries (the chart library alone was a third of a second of
the start; icalendar, the other tabs and the preview panel about as much again)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store.engine import open_database
db = open_database(sys.argv[1])
with db.session() as s, s.begin():
    setup_empty_workspace(s, SetupChoice("companies", "csm_owner", "Ada", "ada@example.com"))
from app.views.main_window import MainWindow
window = MainWindow(db)
window.show()
for _ in range(5):
    app.processEvents()
assert window.tab_keys()[window.tabs.currentIndex()] == "summary"
print("IMPORTED:" + ",".join(sorted(name for name in sys.argv[2:] if name in sys.modules)))
"""
NOT_AT_START = (
    "pyqtgraph", "icalendar", "recurring_ical_events", "app.views.customers.tab",
    "app.views.pipelines.tab", "app.views.actions.tab", "app.views.schedule.tab",
    "app.views.feed.tab", "app.views.dashboards.tab", "app.views.settings.dialog",
    "app.views.common.preview_panel", "app.views.common.report_chart",
)  # fmt: skip


def test_the_first_paint_imports_neither_the_chart_library_nor_other_tabs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "tend.db"), *NOT_AT_START],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "TEND_CONFIG_DIR": str(tmp_path / "config"),
             "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "IMPORTED:", done.stdout
