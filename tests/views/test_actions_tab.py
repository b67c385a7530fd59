"""The Actions tab driven as a CSM would (ACT-1): the built-in task views in the viewer's
zone, search, and the associated record's preview."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from app.domain import records
from app.domain.workspace import customer_object
from app.domain.zones import day_bounds, zone_of
from app.store import ActivityKind, ActivityLink, Task, TaskStatus, User
from app.views.actions.tab import ActionsTab
from tests.views.conftest import shown_tab


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
    return shown_tab(qtbot, tasks_db, ActionsTab)


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
    tab.show_builtin("overdue")
    assert overdue.data(overdue.index(0, 3), Qt.ItemDataRole.ForegroundRole) is not None
    tab.show_builtin("all_open")
    assert len(_titles(tab)) == 4 and "Olu's own" not in _titles(tab)


def test_search_narrows_the_view(qtbot, tab):
    tab.show_builtin("all_open")
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
    # the change channel shows the new task on the next turn of the event loop
    qtbot.waitUntil(lambda: "Book the QBR" in _titles(tab) and tab.count.text() == "3 tasks")

    qtbot.keyClicks(panel.title, "Send notes")
    qtbot.keyClick(panel.title, Qt.Key.Key_Return)
    assert not panel.isVisible()
    tab.show_builtin("all_open")
    assert "Send notes" in _titles(tab)
    with tasks_db.session() as session:
        booked = session.scalar(select(Task).where(Task.title == "Book the QBR"))
        link = session.scalar(select(ActivityLink).where(ActivityLink.activity_id == booked.id))
        assert link is not None


def _advanced(qtbot, tab, key, op, value=None):
    """Add one condition in the advanced-filter editor and apply it."""
    qtbot.mouseClick(tab.filter_bar.advanced, Qt.MouseButton.LeftButton)
    editor = tab.filter_bar.editor
    if editor.groups:
        row = editor.add_condition(editor.groups[0])
    else:
        editor.add_group()  # a new group comes with one empty condition
        row = editor.groups[0][2][0]
    row.prop_combo.setCurrentIndex(row.prop_combo.findData(key))
    row.op_combo.setCurrentIndex(row.op_combo.findData(op))
    if value is not None:
        for i in range(row.several.count()):
            item = row.several.item(i)
            if item.text() == value:
                item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    return editor, row


def test_a_filtered_task_list_is_kept_as_a_custom_view_then_saved_again(qtbot, tab, tasks_db):
    tab.show_builtin("all_open")
    editor, _row = _advanced(qtbot, tab, "title", "contains")
    # an empty "contains" is refused at its condition; nothing applied
    assert editor.isVisible() and "enter some text" in _row.error.text()
    editor.reject()
    with tasks_db.session() as session, session.begin():
        for task in session.scalars(select(Task).where(Task.title.like("Chase%"))):
            task.priority = "high"
    tab.model.reload()
    editor, row = _advanced(qtbot, tab, "priority", "is_any_of", "High")
    assert not editor.isVisible() and _titles(tab) == ["Chase the invoice"]
    assert [row.choice.itemText(i) for i in range(row.choice.count())][:2] == ["None", "Low"]

    qtbot.mouseClick(tab.sidebar.create_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.sidebar.dialog.name, "Urgent")
    qtbot.mouseClick(tab.sidebar.dialog.save_button, Qt.MouseButton.LeftButton)
    assert tab.title.text() == "Urgent" and tab.views.currentRow() == -1
    assert _titles(tab) == ["Chase the invoice"] and not tab.unsaved.isVisible()

    # widen it to completed tasks too, the unsaved marker shows, Save view keeps it
    _advanced(qtbot, tab, "status", "is_any_of", "Completed")
    assert tab.unsaved.isVisible()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert not tab.unsaved.isVisible()
    tab.show_builtin("due_today")
    assert tab.title.text() == "Due today" and tab.filter_bar.advanced.text() == "Advanced filters"
    urgent = next(
        r for r in range(tab.sidebar.list.count()) if tab.sidebar.views[r].name == "Urgent"
    )
    tab.sidebar.list.setCurrentRow(urgent)
    assert tab.title.text() == "Urgent" and tab.filter_bar.advanced.text() == "Advanced filters (2)"
    assert tab.views.currentRow() == -1


def test_a_history_operator_is_not_offered_for_tasks(qtbot, tab):
    qtbot.mouseClick(tab.filter_bar.advanced, Qt.MouseButton.LeftButton)
    editor = tab.filter_bar.editor
    editor.add_group()
    row = editor.groups[-1][2][0]
    row.prop_combo.setCurrentIndex(row.prop_combo.findData("assignee_id"))
    offered = [row.op_combo.itemData(i) for i in range(row.op_combo.count())]
    assert "is_any_of" in offered and "assigned_in_last_days" not in offered
    editor.reject()


def test_ticking_a_task_does_not_open_its_record_but_clicking_its_title_does(qtbot, tab):
    rect = tab.table.visualRect(tab.model.index(0, 0))
    tick = rect.topLeft() + QPoint(10, rect.height() // 2)
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=tick)
    assert tab.model.checked_count() == 1 and tab.preview is None
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.preview is not None and tab.preview.title.text() == "Acme"


def test_view_more_shows_the_view_unfiltered_and_changes_to_views_keep_the_built_in(qtbot, tab):
    _advanced(qtbot, tab, "priority", "is_any_of", "High")
    assert _titles(tab) == []
    qtbot.mouseClick(tab.sidebar.create_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.sidebar.dialog.name, "Scratch")
    qtbot.mouseClick(tab.sidebar.dialog.save_button, Qt.MouseButton.LeftButton)
    tab.show_builtin("due_today")
    qtbot.keyClicks(tab.search, "deck")
    qtbot.waitUntil(lambda: tab.count.text() == "1 task")
    tab.show_builtin("due_today")  # "View more" on the Summary, the same list
    assert tab.search.text() == "" and tab.count.text() == "2 tasks"
    tab.sidebar.model.delete(tab.sidebar.views[0].id, True)
    tab.sidebar.refresh()
    assert tab.title.text() == "Due today" and tab.views.currentRow() == 0


def test_the_record_finder_shows_the_latest_text_typed_not_a_slower_older_one(
    qtbot, tab, monkeypatch
):
    """Issue 11 item 7: the finder reads off the GUI thread; a stale result is dropped."""
    import threading

    from app.models.tasks import TaskCreation

    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    panel = tab.create_panel
    release = threading.Event()
    original = TaskCreation.find

    def slow_for_the_older(model, text):
        found = original(model, text)
        if text == "zzz":
            assert release.wait(20)  # held until the newer list is shown
        return found

    monkeypatch.setattr(TaskCreation, "find", slow_for_the_older)
    qtbot.keyClicks(panel.find_box, "zzz")
    qtbot.waitUntil(lambda: panel._finder.pending)
    panel.find_box.clear()
    qtbot.keyClicks(panel.find_box, "acm")
    qtbot.waitUntil(lambda: panel.found.count() == 1 and not panel._finder.pending)
    with qtbot.waitSignal(panel._finder.dropped, timeout=20_000):
        release.set()
    assert panel.found.count() == 1 and panel.found.item(0).text() == "Acme · Company"
