"""The Summary's reports as a CSM uses them (SUM-7, issue 15 item 2): "+ Add report" pins a
ready report, its chart draws off the GUI thread, a click on a bar opens those customers
on the Customers tab, an edit redraws it, ✕ takes it off; a sixth is refused."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from sqlalchemy import select

from app.domain import records
from app.domain.reports import MAX_PINNED, ReportSpec
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.models.reports import add_report
from app.store import Record, User
from app.views.main_window import MainWindow
from tests.views.conftest import demo_file, shown_window
from tests.views.test_charts import send_mouse


def _scene(db) -> None:
    with db.write_session() as s:
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        for name, arr in (("Acme", 120_000), ("Globex", 80_000), ("Initech", 50_000)):
            owner = str(ada.id) if name != "Initech" else None
            records.create_record(s, ada, customer_object(s),
                                  {"name": name, "arr": arr, "csm_owner": owner})  # fmt: skip


def _window(qtbot, db, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    return shown_window(qtbot, db, settings, (1280, 900))


def test_a_pinned_report_draws_and_a_bar_opens_its_customers(qtbot, workspace_db, tmp_path):
    _scene(workspace_db)
    window = _window(qtbot, workspace_db, tmp_path)
    window.tabs.setCurrentIndex(window.tab_keys().index("summary"))
    summary: Any = window.tab_content("summary")
    qtbot.waitUntil(summary.isVisible)
    section = summary.reports
    assert section.empty.isVisible() and not section.cards
    section.menu.aboutToShow.emit()  # "+ Add report" opened
    (arr_by_csm,) = [a for a in section.menu.actions() if a.text() == "ARR by CSM"]
    arr_by_csm.trigger()  # "+ Add report" → ARR by CSM
    (card,) = section.cards.values()
    qtbot.waitUntil(lambda: card.model.result is not None and bool(card.chart.groups))
    assert [g.label for g in card.chart.groups] == ["Ada Admin", "(No value)"]
    section.menu.aboutToShow.emit()
    (again,) = [a for a in section.menu.actions() if a.text() == "ARR by CSM"]
    assert not again.isEnabled()  # already on the Summary
    card.chart.resize(500, 240)
    qtbot.wait(50)
    send_mouse(card.chart, QEvent.Type.MouseButtonRelease, 0, 10_000, Qt.MouseButton.LeftButton)
    assert window.tab_keys()[window.tabs.currentIndex()] == "customers"
    customers: Any = window.tab_content("customers")
    qtbot.waitUntil(lambda: customers.model.rowCount() == 2)
    names = {customers.model.index(r, 0).data() for r in range(customers.model.rowCount())}
    assert names == {"Acme", "Globex"}
    assert "ARR by CSM: Ada Admin" in customers.messages.label.text()

    # An edit elsewhere redraws the card (nothing stale).
    def hand_over(s) -> None:
        initech = s.scalars(select(Record).where(Record.name == "Initech")).one()
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        records.update_record(s, ada, initech, {"csm_owner": str(ada.id)})

    from app.models.changes import write

    write(workspace_db, hand_over)
    qtbot.waitUntil(lambda: [g.label for g in card.chart.groups] == ["Ada Admin"])
    qtbot.mouseClick(card.remove, Qt.MouseButton.LeftButton)
    assert not section.cards and not section.empty.isHidden()
    window.close()


def test_the_sixth_report_is_refused_with_the_reason(qtbot, workspace_db, tmp_path):
    with workspace_db.session() as s:
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        obj = customer_object(s).id
    for i in range(MAX_PINNED):
        add_report(workspace_db, ada, f"By tier {i}", ReportSpec(obj, group_key="tier"))
    window = _window(qtbot, workspace_db, tmp_path)
    summary: Any = window.tab_content("summary")
    section = summary.reports
    assert len(section.cards) == MAX_PINNED
    assert not section.add_button.isEnabled()
    assert "up to five" in section.add_button.toolTip()
    window.close()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    return demo_file(tmp_path_factory, "summary_reports", 40, 4)


def test_a_bar_of_deals_opens_them_on_revenue_and_one_of_tasks_on_actions(
    qtbot, demo_path, tmp_path
):
    """SUM-7 beyond customers: a stage's bar of "Deals by stage" lists that stage's deals in
    the Revenue tab's table; a person's bar of "Open tasks by owner" lists their open tasks
    on the Actions tab, the conditions shown in its filter bar."""
    import shutil

    from app.domain.reports import gallery
    from app.models.reports import pinned_reports, remove_report
    from app.store.engine import open_database

    shutil.copy(demo_path, tmp_path / "demo.db")
    db = open_database(tmp_path / "demo.db")
    from app.domain.workspace import default_viewer

    with db.session() as s:
        user = default_viewer(s)
        assert user is not None
        viewer = viewer_of(user)
        ready = dict(gallery(s))
    for report_id, name, _spec in pinned_reports(db, viewer):
        if name == "Tickets opened per week":
            remove_report(db, viewer, report_id)
    add_report(db, viewer, "Open tasks by owner", ready["Open tasks by owner"])
    window = _window(qtbot, db, tmp_path)
    summary: Any = window.tab_content("summary")
    qtbot.waitUntil(summary.isVisible)
    cards = {card.name: card for card in summary.reports.cards.values()}

    deals = cards["Deals by stage"]
    deals.chart.resize(500, 240)
    qtbot.waitUntil(lambda: deals.model.result is not None and bool(deals.chart.groups))
    qtbot.wait(50)
    stage = deals.chart.groups[0]
    send_mouse(deals.chart, QEvent.Type.MouseButtonRelease, 0, (stage.value or 0) / 2,
               Qt.MouseButton.LeftButton)  # fmt: skip
    assert window.tab_keys()[window.tabs.currentIndex()] == "revenue"
    revenue: Any = window.tab_content("revenue")
    assert revenue.stack.currentWidget() is revenue.table
    qtbot.waitUntil(lambda: revenue.table_model.total == stage.count)
    assert f"Deals by stage: {stage.label}" in revenue.messages.label.text()
    stage_column = [p.key for p in revenue.table_model.columns].index("stage")
    shown = {revenue.table_model.index(r, stage_column).data()
             for r in range(revenue.table_model.rowCount())}  # fmt: skip
    assert shown == {stage.label}
    revenue.sidebar.select(revenue.sidebar.views[0].id)  # a view: all of them again
    qtbot.waitUntil(lambda: revenue.table_model.total > stage.count)

    window.tabs.setCurrentIndex(window.tab_keys().index("summary"))
    tasks = cards["Open tasks by owner"]
    qtbot.waitUntil(lambda: tasks.model.result is not None and bool(tasks.chart.groups))
    tasks.chart.resize(500, 240)
    qtbot.wait(50)
    owner = next(g for g in tasks.chart.groups if g.key != viewer.id)  # someone else's
    i = tasks.chart.groups.index(owner)
    send_mouse(tasks.chart, QEvent.Type.MouseButtonRelease, i, (owner.value or 0) / 2,
               Qt.MouseButton.LeftButton)  # fmt: skip
    assert window.tab_keys()[window.tabs.currentIndex()] == "actions"
    actions: Any = window.tab_content("actions")
    qtbot.waitUntil(lambda: actions.model.total == owner.count)
    assert len(actions.filter_bar.filters()[0]) == 2  # status and assignee, shown
    assert f"Open tasks by owner: {owner.label}" in actions.messages.label.text()
    window.close()
    db.dispose()


def test_a_report_pinned_while_the_section_is_in_view_gets_its_card(qtbot, workspace_db, tmp_path):
    """The cards are made when the section comes into view; one pinned afterwards from
    "+ Add report" is shown too, without anything asking for the cards."""
    from app.views.summary.reports import ReportCard

    _scene(workspace_db)
    window = _window(qtbot, workspace_db, tmp_path)
    window.resize(1280, 1600)  # the whole Summary in view
    summary: Any = window.tab_content("summary")
    section = summary.reports

    def shown() -> list[str]:
        return sorted(c.name for c in section.findChildren(ReportCard) if c.isVisible())

    section.menu.aboutToShow.emit()
    (arr_by_csm,) = [a for a in section.menu.actions() if a.text() == "ARR by CSM"]
    arr_by_csm.trigger()
    qtbot.waitUntil(lambda: shown() == ["ARR by CSM"])
    section.menu.aboutToShow.emit()
    (by_health,) = [a for a in section.menu.actions() if a.text() == "Customers by health status"]
    by_health.trigger()
    qtbot.waitUntil(lambda: shown() == ["ARR by CSM", "Customers by health status"])
    window.close()
