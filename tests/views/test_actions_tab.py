"""The Actions tab driven as a CSM would (ACT-1): the built-in task views in the viewer's
zone, search, and the associated record's preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain import records
from app.domain.summary import day_bounds, zone_of
from app.domain.workspace import customer_object
from app.store import ActivityKind, ActivityLink, Task, TaskStatus, User
from app.views.actions.tab import ActionsTab


@pytest.fixture
def tasks_db(workspace_db):
    """Ada's tasks: two due today, one overdue, one tomorrow, one done, and one of Olu's."""
    with workspace_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.name == "Ada Admin"))
        olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
        session.add(olu)
        session.flush()
        zone = zone_of(ada)
        today = dt.datetime.now(zone).date()
        start, _end = day_bounds(today, zone)
        acme = records.create_record(session, ada, customer_object(session), {"name": "Acme"})

        def task(title, hours, who=ada, status=TaskStatus.OPEN):
            item = Task(
                title=title, due_at=start + dt.timedelta(hours=hours), assignee_id=who.id,
                status=status,
            )  # fmt: skip
            session.add(item)
            session.flush()
            return item

        call = task("Call Acme about renewal", 10)
        session.add(ActivityLink(kind=ActivityKind.TASK, activity_id=call.id, record_id=acme.id))
        task("Send the QBR deck", 15)
        task("Chase the invoice", -30)
        task("Prepare onboarding", 34)
        task("Done already", 9, status=TaskStatus.COMPLETED)
        task("Olu's own", 11, who=olu)
    return workspace_db


@pytest.fixture
def tab(qtbot, tasks_db):
    with tasks_db.session() as session:
        ada = session.scalar(select(User).where(User.name == "Ada Admin"))
        session.expunge(ada)
    widget = ActionsTab(tasks_db, ada)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _titles(tab):
    return [tab.model.data(tab.model.index(r, 0)) for r in range(tab.model.rowCount())]


def test_the_task_table_passes_the_model_tester(qtmodeltester, tab):
    qtmodeltester.check(tab.model)


def test_the_built_in_views_list_the_viewers_tasks(qtbot, tab):
    assert tab.title.text() == "Due today" and tab.count.text() == "2 tasks"
    assert _titles(tab) == ["Call Acme about renewal", "Send the QBR deck"]
    assert tab.model.data(tab.model.index(0, 5)) == "Acme"
    for name, expected in (
        ("Overdue", ["Chase the invoice"]),
        ("Due tomorrow", ["Prepare onboarding"]),
        ("All completed", ["Done already"]),
    ):
        row = next(r for r in range(tab.views.count()) if tab.views.item(r).text() == name)
        tab.views.setCurrentRow(row)
        assert tab.title.text() == name and _titles(tab) == expected
    overdue = tab.model
    tab.show_view("overdue")
    assert overdue.data(overdue.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None
    tab.show_view("all_open")
    assert len(_titles(tab)) == 4 and "Olu's own" not in _titles(tab)


def test_search_narrows_the_view(qtbot, tab):
    tab.show_view("all_open")
    qtbot.keyClicks(tab.search, "acme")
    qtbot.waitUntil(lambda: tab.count.text() == "1 task")
    assert _titles(tab) == ["Call Acme about renewal"]


def test_clicking_the_associated_record_opens_its_preview(qtbot, tab):
    rect = tab.table.visualRect(tab.model.index(0, 5))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.preview is not None and tab.preview.isVisible()
    assert tab.preview.title.text() == "Acme"


def test_create_and_add_another_then_create(qtbot, tab, tasks_db):
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    panel = tab.create_panel
    assert panel.isVisible() and panel.title.hasFocus()

    # An empty title, then a time without a date: each refused at its field.
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert panel.errors["title"].isVisible() and panel.isVisible()
    qtbot.keyClicks(panel.title, "Book the QBR")
    qtbot.keyClicks(panel.due_time, "10:00")
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert panel.errors["due_time"].isVisible()
    assert "needs a due date" in panel.errors["due_time"].text()
    with tasks_db.session() as session:
        assert session.scalar(select(Task).where(Task.title == "Book the QBR")) is None

    # A record found by typing, then "Create and add another": saved, cleared, kept open.
    today = dt.datetime.now(zone_of(tab.viewer)).date().isoformat()
    qtbot.keyClicks(panel.due_date, today)
    qtbot.keyClicks(panel.find_box, "acm")
    qtbot.waitUntil(lambda: panel.found.count() == 1)
    panel.found.itemClicked.emit(panel.found.item(0))
    assert panel.chosen.count() == 1 and panel.chosen.item(0).text() == "Acme · Company"
    qtbot.mouseClick(panel.another_button, Qt.MouseButton.LeftButton)
    assert panel.isVisible() and panel.title.text() == "" and panel.title.hasFocus()
    assert panel.chosen.count() == 0
    assert "Book the QBR" in _titles(tab) and tab.count.text() == "3 tasks"

    qtbot.keyClicks(panel.title, "Send notes")
    qtbot.keyClick(panel.title, Qt.Key.Key_Return)
    assert not panel.isVisible()
    tab.show_view("all_open")
    assert "Send notes" in _titles(tab)
    with tasks_db.session() as session:
        booked = session.scalar(select(Task).where(Task.title == "Book the QBR"))
        link = session.scalar(select(ActivityLink).where(ActivityLink.activity_id == booked.id))
        assert link is not None
