"""Render Tend's windows on the demo workspace to docs/screenshots/*.png, offscreen.

python docs/make_screenshots.py [--companies N]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"


def settle(app) -> None:
    """Let layouts finish: a scroll area hides its bars only on the second pass."""
    for _ in range(3):
        app.processEvents()


def schedule_read(app, schedule) -> None:
    """The Schedule's span read (off the GUI thread) and painted."""
    import time

    while schedule.reading:
        app.processEvents()
        time.sleep(0.005)
    settle(app)


def shoot_object_settings(app, db, window) -> None:
    """Settings → Objects (the Deals object's properties and pipelines) and Team workspaces."""
    from app.views.settings.objects import ObjectsDialog
    from app.views.settings.workspaces import WorkspacesDialog

    objects = ObjectsDialog(db, window.viewer, window)
    objects.resize(1000, 620)
    objects.show()
    page = objects.page
    page.select_object("Deals")
    page.property_table.selectRow(4)
    settle(app)
    objects.grab().save(str(OUT / "settings_objects.png"))
    page.sections.setCurrentIndex(1)
    page.pipeline_editor.stage_list.setCurrentRow(3)
    settle(app)
    objects.grab().save(str(OUT / "settings_objects_pipelines.png"))
    page.property_table.selectRow(4)
    page.sections.setCurrentIndex(0)
    page.edit_property()
    settle(app)
    if page.dialog is not None:
        page.dialog.grab().save(str(OUT / "settings_property.png"))
        page.dialog.reject()
    objects.close()
    workspaces = WorkspacesDialog(db, window.viewer, window)
    workspaces.resize(760, 480)
    workspaces.show()
    settle(app)
    workspaces.grab().save(str(OUT / "settings_workspaces.png"))
    workspaces.page.ask_delete()
    settle(app)
    if workspaces.page.delete_dialog is not None:
        workspaces.page.delete_dialog.grab().save(str(OUT / "settings_workspace_delete.png"))
        workspaces.page.delete_dialog.reject()
    workspaces.close()
    from app.views.settings.users_teams import UsersTeamsDialog

    people = UsersTeamsDialog(db, window.viewer, None, window)
    people.show()
    if people.model.rowCount() > 2:
        people.table.selectRow(2)
    settle(app)
    people.grab().save(str(OUT / "settings_users_teams.png"))
    people.resize(1024 - 40, 600)
    settle(app)
    people.grab().save(str(OUT / "settings_users_teams_1024.png"))
    people.close()


def shoot_health_settings(app, db, window) -> None:
    """Settings → Health scores: the profile list, the editor (from a template), Test a
    record on a demo customer and Preview distribution, each at 1024×640 too."""
    from app.views.settings.health import HealthScoresDialog

    def shoot(widget, name: str) -> None:
        settle(app)
        widget.grab().save(str(OUT / f"{name}.png"))
        size = widget.size()
        widget.resize(1024, 640)
        settle(app)
        widget.grab().save(str(OUT / f"{name}_1024.png"))
        widget.resize(size)
        settle(app)

    dialog = HealthScoresDialog(db, window.viewer, window)
    dialog.show()
    page = dialog.page
    page.new_profile()
    assert page.template_dialog is not None
    page.template_dialog.choose("complete")
    shoot(page.template_dialog, "health_templates")
    page.template_dialog.reject()
    page.edit()  # the demo's live profile, edited through its draft
    editor = page.editor
    assert editor is not None, page.error.text()
    editor.show()
    editor.tabs.setCurrentIndex(1)
    if len(editor.pages) > 1:
        editor.group_list.setCurrentRow(1)
    shoot(editor, "health_editor")
    editor.group_list.setCurrentRow(0)
    shoot(editor, "health_editor_fit")
    editor.tabs.setCurrentIndex(0)
    shoot(editor, "health_editor_profile")
    editor.tabs.setCurrentIndex(2)
    finder = editor.test_panel.finder
    finder.search.setText(telling_customer(db, editor))
    settle(app)
    wait = QasyncWait(app)
    finder.matches.setCurrentRow(0)
    wait.wait(lambda: editor.test_panel.tested > 0)
    shoot(editor, "health_test_record")
    editor.tabs.setCurrentIndex(3)
    at_risk = editor.at_risk_max.value()
    editor.at_risk_max.setValue(at_risk - 5)  # a what-if: how many would move?
    editor.preview_panel.start()
    wait.wait(lambda: editor.preview_panel.distribution is not None)
    shoot(editor, "health_preview")
    wait.close()
    editor.at_risk_max.setValue(at_risk)  # as saved: Close does not ask
    editor.reject()
    page.select("Standard health")
    shoot(dialog, "health_profiles")  # the live profile and its draft
    dialog.close()


def telling_customer(db, editor) -> str:
    """The name of a customer whose score reads the most of the draft's rules (the best
    "Test a record" to show)."""
    import datetime as dt

    from sqlalchemy import select

    from app.domain.health import editing
    from app.domain.health.scoring import score_customers
    from app.store import Record

    draft = editor.collect()
    with db.session() as session:
        scores = score_customers(session, editing.spec_of(draft), dt.datetime.now(dt.UTC))

        def inputs(score) -> tuple[int, int]:
            rules = [r for g in score.groups for r in g.rules]
            return sum(r.has_input for r in rules) + sum(bool(r.points) for r in rules), score.score

        best = max(scores.scores.values(), key=inputs)
        return session.scalar(select(Record.name).where(Record.id == best.record_id))


class QasyncWait:
    """A qasync loop for work the app runs off the GUI thread, and `wait(condition)`, which
    runs it until the condition holds (as the app's loop would)."""

    def __init__(self, app) -> None:
        import asyncio

        import qasync

        self.app = app
        self.loop = qasync.QEventLoop(app, already_running=False)
        asyncio.set_event_loop(self.loop)

    def wait(self, condition) -> None:
        import asyncio

        async def until() -> None:
            async with asyncio.timeout(60):
                while not condition():
                    await asyncio.sleep(0.02)

        self.loop.run_until_complete(until())
        settle(self.app)

    def close(self) -> None:
        import asyncio

        self.loop.close()  # joins its worker threads
        asyncio.set_event_loop(None)


def import_steps(app, db, window) -> None:
    """The import wizard's columns, dry run and result for a HubSpot companies export."""
    from app.views.import_wizard import DRY_RUN, IMPORT, MAPPING, ImportWizard

    loop = QasyncWait(app)
    export = ROOT / "docs" / "samples" / "companies_hubspot.csv"
    customers = window.tab_content("customers")
    wizard = ImportWizard(db, window.viewer, customers.catalog_object, window)
    wizard.resize(1024, 640)
    wizard.show()
    wizard.path.setText(str(export))
    wizard.open_file(export)
    loop.wait(lambda: not wizard.busy)
    for page, name in ((MAPPING, "import_mapping"), (DRY_RUN, "import_dry_run"),
                       (IMPORT, "import_done")):  # fmt: skip
        wizard.next()
        loop.wait(lambda p=page: wizard.stack.currentIndex() == p and not wizard.busy)
        wizard.grab().save(str(OUT / f"{name}.png"))
    wizard.close()
    loop.close()


def feed_steps(app, window) -> None:
    """The Feed with the follow-ups shown on a notification (feed.png, feed_1024.png)."""
    import time

    window.tabs.setCurrentIndex(window.tab_keys().index("feed"))
    feed = window.tab_content("feed")
    while feed.model.loading:
        app.processEvents()
        time.sleep(0.01)
    settle(app)
    for name, size in (("feed", None), ("feed_1024", (1024, 640))):
        old = window.size()
        if size:
            window.resize(*size)
        settle(app)
        index = feed.model.index(1, 0)
        feed.list.setCurrentIndex(index)
        feed._hovered(index)
        settle(app)
        window.grab().save(str(OUT / f"{name}.png"))
        window.resize(old)
        settle(app)
    window.tabs.setCurrentIndex(window.tab_keys().index("summary"))


def dashboard_steps(app, window) -> None:
    """A dashboard of six of the gallery's reports, one of each kind of chart but the
    table (dashboard.png, dashboard_1024.png), its "Create dashboard" dialog
    (dashboard_create.png) and the report builder (report_builder.png)."""
    import time

    from app.domain.dashboards import DashboardAccess
    from app.models.dashboards import Dashboards
    from app.models.reports import gallery_reports

    boards = Dashboards(window.db, window.viewer)
    board = boards.create("Book of business", DashboardAccess.EVERYONE, [], True)
    ready = dict(gallery_reports(window.db))
    for name in ("Customers by health status", "ARR by CSM", "Renewals by month",
                 "Health by tier", "Deals by stage", "Open tasks by owner"):  # fmt: skip
        boards.add_report(board, name, ready[name])
    window.tabs.setCurrentIndex(window.tab_keys().index("dashboards"))
    tab = window.tab_content("dashboards")
    tab.reload(board)

    def wait() -> None:
        while any(card.model.computing for card in tab.grid.cards):
            app.processEvents()
            time.sleep(0.01)
        settle(app)

    wait()
    window.grab().save(str(OUT / "dashboard.png"))
    size = window.size()
    window.resize(1024, 640)
    wait()
    window.grab().save(str(OUT / "dashboard_1024.png"))
    window.resize(size)
    settle(app)
    dialog = tab.create_dashboard()
    dialog.name.setText("Renewals this quarter")
    dialog.by_team.setChecked(True)
    settle(app)
    dialog.grab().save(str(OUT / "dashboard_create.png"))
    dialog.reject()
    # "+ Add report" → "New report…": a stacked bar of deals being built.
    tab.build_report()
    builder = tab.builder
    builder.object.setCurrentIndex(builder.object.findText("Deals"))
    builder.measure.setCurrentIndex(builder.measure.findText("Sum"))
    builder.chart_kind.setCurrentIndex(builder.chart_kind.findText("Stacked bar"))
    builder.stack.setCurrentIndex(max(0, builder.stack.findText("Deal owner")))
    started = time.monotonic()
    while time.monotonic() - started < 10 and not (
        builder.chart.groups and builder.model and not builder.model.computing
    ):
        app.processEvents()
        time.sleep(0.01)
    settle(app)
    builder.grab().save(str(OUT / "report_builder.png"))
    builder.reject()
    window.tabs.setCurrentIndex(window.tab_keys().index("summary"))


def dark_steps(app, window) -> None:
    """The Summary, the Schedule's week and the Revenue board in the dark form at 1024×640
    (summary_dark_1024.png, schedule_dark_1024.png, revenue_dark_1024.png, UX-4)."""
    import time

    from app.views import appearance

    size = window.size()
    appearance.apply(app, appearance.DARK)
    window.resize(1024, 640)
    for key in ("summary", "schedule", "revenue"):
        window.open_tab(key)
        started = time.monotonic()
        while time.monotonic() - started < 1.5:  # off-thread reads drawn
            app.processEvents()
            time.sleep(0.01)
        settle(app)
        window.grab().save(str(OUT / f"{key}_dark_1024.png"))
    appearance.apply(app, appearance.LIGHT)
    window.resize(size)
    window.open_tab("summary")
    settle(app)


def wait_drawn(app, seconds: float = 1.5) -> None:
    """Let the off-thread reads of what was just opened arrive and be drawn."""
    import time

    started = time.monotonic()
    while time.monotonic() - started < seconds:
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def polish_steps(app, db, settings, window) -> None:
    """The window as the demo's Polish CSM sees it (UX-3, issue 16 items 1 and 4): every
    tab at 1024×640 (<tab>_pl_1024.png), the Summary, Schedule and Revenue in the dark
    form too (<tab>_pl_dark_1024.png); then, in English, the Summary, Schedule and
    Revenue at 1600×1000 (<tab>_1600.png)."""
    from sqlalchemy import select

    from app.store import User
    from app.views import appearance, language
    from app.views.main_window import MainWindow

    window.hide()
    original = window.viewer.id
    with db.session() as session:  # the demo's Polish CSM: Polish words, Polish dates
        tomasz = session.scalars(select(User).where(User.locale == "pl_PL")).first()
        assert tomasz is not None
        window.people.sign_in(tomasz.id)
    polish = MainWindow(db, settings)
    assert language.current() == "pl"
    polish.resize(1024, 640)
    polish.show()
    settle(app)
    for key in polish.tab_keys():
        polish.open_tab(key)
        wait_drawn(app)
        polish.grab().save(str(OUT / f"{key}_pl_1024.png"))
    appearance.apply(app, appearance.DARK)
    for key in ("summary", "schedule", "revenue"):
        polish.open_tab(key)
        wait_drawn(app, 0.5)
        polish.grab().save(str(OUT / f"{key}_pl_dark_1024.png"))
    appearance.apply(app, appearance.LIGHT)
    polish.close()
    polish.deleteLater()
    window.people.sign_in(original)
    language.install("en")
    big = MainWindow(db, settings)
    big.resize(1600, 1000)
    big.show()
    for key in ("summary", "schedule", "revenue"):
        big.open_tab(key)
        wait_drawn(app)
        big.grab().save(str(OUT / f"{key}_1600.png"))
    big.close()
    big.deleteLater()
    window.show()
    window.open_tab("summary")
    settle(app)


def summary_ready(app, summary) -> None:
    """Wait for what the Summary reads off the GUI thread: health, view cards, reports."""
    import time

    def busy() -> bool:
        charts = [card.model.computing for card in summary.reports.cards.values()]
        return summary.reading or any(charts)

    while busy():
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def summary_steps(app, window) -> None:
    """The Summary with its view cards, health card and alerts, whole (summary_full.png:
    the page as tall as its content) and at 1024×640 (summary_1024.png); its reports
    (the demo pins the gallery's: summary_reports*.png); and seen as one of the CSMs
    (summary_as_user.png, SUM-1)."""
    from app.models.summary import viewable_people

    summary = window.tab_content("summary")
    summary_ready(app, summary)
    window.grab().save(str(OUT / "summary.png"))
    page = summary.scroll_area.widget()
    page.grab().save(str(OUT / "summary_full.png"))
    size = window.size()
    window.resize(1024, 640)
    settle(app)
    window.grab().save(str(OUT / "summary_1024.png"))
    window.resize(size)
    settle(app)
    summary_ready(app, summary)  # the demo pinned the gallery's reports
    bar = summary.scroll_area.verticalScrollBar()
    bar.setValue(summary.reports.y() - 16)
    settle(app)
    window.grab().save(str(OUT / "summary_reports.png"))
    window.resize(1024, 640)
    settle(app)
    bar.setValue(summary.reports.y() - 16)
    settle(app)
    window.grab().save(str(OUT / "summary_reports_1024.png"))
    window.resize(size)
    bar.setValue(0)
    settle(app)
    csm = next(
        (uid for uid, name in viewable_people(window.db, window.viewer)
         if uid != window.viewer.id), None,
    )  # fmt: skip
    if csm is not None:
        summary.show_as(csm)
        summary_ready(app, summary)
        window.grab().save(str(OUT / "summary_as_user.png"))
        summary.show_as(window.viewer.id)
        summary_ready(app, summary)


def store_demo_scores(db) -> None:
    """Scores for the Summary's health card and alerts, when the demo ships none: the
    daily recompute as it would have run over the last three months (one run a week, then
    daily), so the history has points, bands were crossed and the last two weeks' crossings
    are live alerts for their CSMs."""
    import datetime as dt

    from sqlalchemy import func, select

    from app.domain.health import store
    from app.store import HealthScoreHistory

    with db.session() as session:
        if session.scalar(select(func.count()).select_from(HealthScoreHistory)):
            return  # the demo has its history
    zone = dt.UTC
    now = dt.datetime.now(dt.UTC)
    days = [*range(91, 14, -7), *range(14, 0, -2), 0]
    for back in days:
        with db.write_session() as session:
            store.recompute(session, now - dt.timedelta(days=back), zone)


def health_steps(app, db, window) -> None:
    """Customers sorted by health score, highest first, with the Health status pills
    (customers_by_health.png), and the health card of a customer whose score moved
    (preview_health.png). Before scores are stored the card says "Not scored yet"."""
    from app.models.health import HealthReader

    window.health.wait(120)  # the opening recompute, off the GUI thread
    settle(app)  # its report reaches the tabs
    customers = window.tab_content("customers")
    if customers.preview is not None:
        customers.preview.close_panel()  # the table at its full width
    props = customers.catalog.props
    wanted = [key for key in ("health_score", "health_status") if key in props]
    missing = [key for key in wanted if key not in customers.columns]
    if missing:  # beside the name, where a CSM looks first (as Edit columns would)
        customers.columns[1:1] = missing
        customers._columns_chosen_from(customers.columns)
    keys = [p.key for p in customers.model.columns]
    if "health_score" in keys:  # two clicks on the header: highest first
        for _ in range(2):
            customers._header_clicked(keys.index("health_score"))
    settle(app)
    window.grab().save(str(OUT / "customers_by_health.png"))
    laptop = window.size()
    # The card of the customer (of the first rows) whose score changed most often.
    reader = HealthReader(db, window.viewer)
    model = customers.model
    rows = [model.record_id(row) for row in range(min(model.rowCount(), 60))]
    cards = [(reader.card(record_id), record_id) for record_id in rows]
    scored = [(len(card.changes), len(card.trend), rid) for card, rid in cards if card]
    chosen = max(scored)[2] if scored else rows[0]
    customers.open_preview(chosen)
    customers.preview.scroll_area.verticalScrollBar().setValue(0)
    settle(app)
    window.grab().save(str(OUT / "preview_health.png"))
    customers.preview.health_card.grab().save(str(OUT / "health_card.png"))
    window.resize(1024, 640)  # the smallest window we design for
    settle(app)
    window.grab().save(str(OUT / "preview_health_1024.png"))
    window.resize(laptop)
    customers.preview.close_panel()
    customers.show_view(customers.view)  # back to the view as saved


def first_hour_steps(app, tmp: Path) -> None:
    """Issue 12's "Done when" on an empty workspace, a picture of each step
    (first_hour_*.png): the steps are tests/views/test_first_hour.py's."""
    from PySide6.QtCore import QSettings

    from app.domain.workspace import SetupChoice, setup_empty_workspace
    from app.store.engine import open_database
    from app.views.main_window import MainWindow
    from tests.views.test_first_hour import first_hour

    db = open_database(tmp / "first_hour.db")
    with db.write_session() as session:
        setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
    settings = QSettings(str(tmp / "first_hour.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    window.resize(1280, 800)
    window.show()
    settle(app)
    loop = QasyncWait(app)

    def shoot(widget, name: str) -> None:
        settle(app)
        widget.grab().save(str(OUT / f"{name}.png"))

    first_hour(window, loop.wait, shoot, tmp)
    window.close()
    loop.close()
    db.dispose()


def sync_steps(app, source: Path, tmp: Path) -> None:
    """Shared mode (issue 14) on this machine's PostgreSQL: Connect to a team server
    (connect.png, connect_progress.png), the status bar in each sync state
    (sync_status_*.png, sync_window.png) and a conflict in a record's Property history
    (conflict_history.png). A team server is made from the demo file (`--from`)."""
    import datetime as dt

    from PySide6.QtCore import QSettings
    from sqlalchemy import select

    from app.domain import records
    from app.domain.saved_views import ALL_RECORDS
    from app.domain.sync import team
    from app.domain.sync.run import sync_once
    from app.domain.viewer import viewer_of
    from app.domain.workspace import customer_object, signed_in
    from app.models.sync import SyncState, SyncStatus
    from app.store import Record
    from app.store.engine import open_database
    from app.views.first_start import FirstStartDialog
    from app.views.main_window import MainWindow
    from tests.conftest import throwaway_pg_database

    welcome = FirstStartDialog(tmp / "joining.db")
    welcome.show()
    welcome.open_connect()
    connect = welcome.connect_dialog
    connect.address.setText("postgresql://cy@tend.example.com/customer-success")
    connect.password.setText("secret")
    settle(app)
    connect.grab().save(str(OUT / "connect.png"))
    connect._set_busy(True)
    connect._show_progress("Downloading records", 0.42)
    settle(app)
    connect.grab().save(str(OUT / "connect_progress.png"))
    connect._set_busy(False)
    connect.reject()
    welcome.reject()

    with throwaway_pg_database() as url:
        team.init_server(url, from_file=source)
        # Laptop B is Sam's, a teammate with a login of their own (dropped afterwards).
        sam = f"tend_shot_{os.getpid()}"
        team.add_user(url, team.NewUser("Sam Rivera", "sam@example.com", sam), "secret")
        team.download_replica(url, None, tmp / "team-a.db")
        sam_url = url.replace("://postgres@", f"://{sam}@", 1)
        team.download_replica(sam_url, "secret", tmp / "team-b.db")
        laptops = [open_database(tmp / f"team-{name}.db") for name in ("a", "b")]
        a, b = laptops
        server = team.connect(url, None)
        sam_server = team.connect(sam_url, "secret")
        # A value of Avery's on laptop A replaced by a later edit on laptop B (offline).
        with a.session() as session:
            viewer = viewer_of(signed_in(session))
            record = session.scalars(
                select(Record)
                .where(
                    Record.owner_id == viewer.id,
                    Record.object_type_id == customer_object(session).id,
                )
                .order_by(Record.name)
            ).first()
        before = int((record.props or {}).get("nps") or 0)
        for db, nps in ((a, (before + 3) % 11), (b, (before + 6) % 11)):
            with db.write_session() as session:
                row = session.get(Record, record.id)
                records.update_record(session, viewer_of(signed_in(session)), row, {"nps": nps})
        sync_once(b, sam_server)
        window = MainWindow(a, QSettings(str(tmp / "team.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 820)
        window.show()
        syncer = window.syncer
        syncer.start()
        while syncer.busy or syncer.status.state is SyncState.SYNCING:
            app.processEvents()
        settle(app)
        window.tabs.setCurrentIndex(window.tab_keys().index("customers"))
        customers = window.tab_content("customers")
        customers.show_view(next(v for v in customers.sidebar.views if v.builtin == ALL_RECORDS))
        customers.open_preview(record.id)
        settle(app)
        window.grab().save(str(OUT / "sync_window.png"))
        bar = window.statusBar()
        bar.grab().save(str(OUT / "sync_status_synced.png"))
        customers.preview.show_history(record.name)
        settle(app)
        customers.preview.history_dialog.grab().save(str(OUT / "conflict_history.png"))
        customers.preview.history_dialog.reject()
        since = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=25)
        states = {
            "syncing": SyncStatus(SyncState.SYNCING, 3, 1),
            "waiting": SyncStatus(SyncState.SYNCED, 3, 1, synced_at=since),
            "offline": SyncStatus(SyncState.OFFLINE, 3, 1, since, since,
                                  "Could not reach the server: connection refused"),
            "sign_in": SyncStatus(SyncState.SIGN_IN, 0, 1, None, since,
                                  "Could not sign in: password authentication failed"),
        }  # fmt: skip
        for name, status in states.items():  # what the syncer reports in each state
            window.sync_status.show_status(status)
            settle(app)
            bar.grab().save(str(OUT / f"sync_status_{name}.png"))
        window.resize(1024, 640)
        window.sync_status.show_status(states["offline"])
        settle(app)
        window.grab().save(str(OUT / "sync_window_1024.png"))
        window.close()
        server.dispose()
        sam_server.dispose()
        for db in laptops:
            db.dispose()
    from tests.conftest import _pg_admin

    with _pg_admin() as admin:
        admin.execute(f'DROP ROLE IF EXISTS "{sam}"')


def sync_pictures(app, tmp: Path) -> None:
    """`sync_steps`, when this machine has PostgreSQL; the other pictures do not need it."""
    try:
        sync_steps(app, tmp / "demo.db", tmp)
    except BaseException as exc:  # no PostgreSQL here: pytest's skip, or a refused connection
        if type(exc).__name__ not in ("Skipped", "OperationalError"):
            raise
        print(f"shared-mode screenshots left as they were: {exc}")


def customers_steps(app, window) -> None:
    """The Customers tab: a view, the filter editor, the preview panel, "+ Create", the
    record page, associations, the property history and deleted records."""
    window.tabs.setCurrentIndex(window.tab_keys().index("customers"))
    settle(app)
    window.grab().save(str(OUT / "customers.png"))
    customers = window.tab_content("customers")
    customers.filter_bar.edit_advanced()
    editor = customers.filter_bar.editor
    row = editor.add_condition(editor.groups[0])
    row.prop_combo.setCurrentIndex(row.prop_combo.findData("renewal_date"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("in_next_days"))
    row.value.setText("90")
    settle(app)
    editor.grab().save(str(OUT / "customers_filters.png"))
    editor.reject()
    customers.open_preview(customers.model.record_id(0))
    settle(app)
    window.grab().save(str(OUT / "customers_preview.png"))
    customers.create_record()  # "+ Create" (issue 12 item 5), filled but not saved
    form = customers.record_form
    fill = {"name": "Northwind Analytics", "domain": "northwind.example", "arr": "48,000"}
    for key, text in fill.items():
        form.editors[key].setText(text)
    form.editors["renewal_date"].setText(form.model.formatter.date(date(2027, 6, 15)))
    settle(app)
    form.grab().save(str(OUT / "create_company.png"))
    form.reject()
    customers.preview.view_record()
    page = customers.preview.record_page
    page.resize(1100, 720)
    settle(app)
    page.grab().save(str(OUT / "record_page.png"))
    page.reject()
    preview = customers.preview
    contacts = preview.sections["contacts"]
    contacts.start_finding()
    contacts.find_box.setText("an")
    contacts._find()  # at once, not after the typing pause
    for _ in range(100):  # the finder reads off the GUI thread
        if not contacts._finder.pending:
            break
        app.processEvents()
        import time

        time.sleep(0.02)
    preview.scroll_area.ensureWidgetVisible(contacts)
    settle(app)
    window.grab().save(str(OUT / "preview_associations.png"))
    contacts.stop_finding()
    shown_id = preview.record_id
    for key, value in (("nps", "8"), ("tier", "Enterprise"), ("nps", "9"), ("arr", "48000")):
        preview.model.save(shown_id, key, value)  # a CSM's edits, for the history
    preview.show_history(preview.name)
    history = preview.history_dialog
    settle(app)
    history.grab().save(str(OUT / "property_history.png"))
    history.reject()
    for row in (5, 9):  # two customers deleted, to restore
        preview.model.delete(customers.model.record_id(row))
    customers.open_deleted_records()
    settle(app)
    customers.deleted_dialog.grab().save(str(OUT / "deleted_records.png"))
    customers.deleted_dialog.reject()


def sync_only(companies: int) -> None:
    """Only the shared-mode pictures (`--only sync`)."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TEND_CONFIG_DIR"] = tmp
        from app.domain.demo import generate_demo
        from app.store.engine import open_database
        from app.views.application import make_application

        app = make_application()
        db = open_database(Path(tmp) / "demo.db")
        generate_demo(db, companies=companies, seed=1)
        db.dispose()
        sync_steps(app, Path(tmp) / "demo.db", Path(tmp))


def main() -> None:
    """Generate a demo, open the window at a laptop size, and grab each view."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--companies", type=int, default=300)
    parser.add_argument("--only", choices=["sync", "summary"], help="only these screenshots")
    args = parser.parse_args()
    if args.only == "sync":
        sync_only(args.companies)
        return
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["TEND_CONFIG_DIR"] = tmp
        from PySide6.QtCore import QSettings

        from app.domain.demo import generate_demo
        from app.models.schedule_layout import Span
        from app.store.engine import open_database
        from app.views.application import make_application
        from app.views.first_start import FirstStartDialog
        from app.views.main_window import MainWindow
        from app.views.settings.dialog import SettingsDialog

        app = make_application()
        OUT.mkdir(parents=True, exist_ok=True)
        db = open_database(Path(tmp) / "demo.db")
        generate_demo(db, companies=args.companies, seed=1)
        store_demo_scores(db)
        settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(db, settings)
        window.resize(1280, 820)
        window.show()
        settle(app)
        window.health.wait(120)  # the opening recompute: every view shows the scores
        settle(app)
        window.grab().save(str(OUT / "summary.png"))
        summary_steps(app, window)
        feed_steps(app, window)
        dashboard_steps(app, window)
        dark_steps(app, window)
        polish_steps(app, db, settings, window)
        if args.only == "summary":
            window.close()
            db.dispose()
            return
        customers_steps(app, window)
        health_steps(app, db, window)
        for key in ("services", "revenue"):
            window.tabs.setCurrentIndex(window.tab_keys().index(key))
            settle(app)
            window.grab().save(str(OUT / f"{key}_board.png"))
            tab = window.tab_content(key)
            tab.set_layout("table")
            settle(app)
            window.grab().save(str(OUT / f"{key}_table.png"))
            tab.set_layout("board")
        services = window.tab_content("services")
        services.open_settings()
        settle(app)
        services.settings_dialog.grab().save(str(OUT / "services_settings.png"))
        services.settings_dialog.reject()
        revenue = window.tab_content("revenue")
        card = revenue.board_view.columns[0].model.record_id(0)
        assert revenue.board is not None
        asks = next(
            s for s in revenue.board.pipeline.stages if revenue.board.missing_for([card], s.id)
        )
        won = next(c for c in revenue.board_view.columns if c.model.stage.name == "Closed won")
        won.create_button.click()  # a column's "+": every field's error at once (UX-5)
        form = revenue.record_form
        form.editors["amount"].setText("lots")
        form.editors["close_date"].setText("31/02/2027")
        form.create_button.click()
        settle(app)
        form.grab().save(str(OUT / "create_form_errors.png"))
        form.reject()
        revenue.request_move([card], asks.id)
        settle(app)
        if revenue.dialog is not None:
            revenue.dialog.grab().save(str(OUT / "revenue_stage_dialog.png"))
            revenue.dialog.reject()
        window.tabs.setCurrentIndex(window.tab_keys().index("actions"))
        settle(app)
        window.grab().save(str(OUT / "actions.png"))
        actions = window.tab_content("actions")
        actions.open_create_panel()
        actions.create_panel.title.setText("Prepare the renewal proposal")
        settle(app)
        window.grab().save(str(OUT / "actions_create.png"))
        actions.create_panel.close_panel()
        actions.show_builtin("all_open")
        actions.model.check_page(True)
        settle(app)
        window.grab().save(str(OUT / "actions_bulk.png"))
        actions.model.check_page(False)
        window.tabs.setCurrentIndex(window.tab_keys().index("schedule"))
        settle(app)
        schedule = window.tab_content("schedule")
        schedule_read(app, schedule)
        window.grab().save(str(OUT / "schedule_week.png"))
        schedule.week.grid.repaint()
        meetings = [row for _rect, row in schedule.week.grid.hits]
        if meetings:
            middle = meetings[len(meetings) // 2]
            summary = schedule.show_summary(middle, window.geometry().center())
            settle(app)
            summary.grab().save(str(OUT / "schedule_summary.png"))
            summary.close()
        schedule.set_span(Span.MONTH)
        schedule_read(app, schedule)
        window.grab().save(str(OUT / "schedule_month.png"))
        schedule.set_span(Span.WEEK)
        schedule_read(app, schedule)
        window.tabs.setCurrentIndex(window.tab_keys().index("customers"))
        settle(app)
        import_steps(app, db, window)
        window.tabs.setCurrentIndex(0)
        from app.store.backups import take_backup

        take_backup(Path(tmp) / "demo.db", "daily")  # the dialog lists the file's backups
        dialog = SettingsDialog(db, window.viewer, window)
        dialog.show()
        settle(app)
        dialog.grab().save(str(OUT / "settings.png"))
        dialog.close()
        shoot_object_settings(app, db, window)
        shoot_health_settings(app, db, window)
        first_hour_steps(app, Path(tmp))
        sync_pictures(app, Path(tmp))
        welcome = FirstStartDialog(Path(tmp) / "new.db")
        welcome.show()
        settle(app)
        welcome.grab().save(str(OUT / "first_start.png"))
        window.close()
        db.dispose()
    print(f"wrote {sorted(p.name for p in OUT.glob('*.png'))} to {OUT}")


if __name__ == "__main__":
    main()
