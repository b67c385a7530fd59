"""Bulk actions on the Actions tab driven as a CSM would (ACT-3): Select all on the page,
then Select all N tasks; Mark complete changes exactly those N, off the GUI thread;
Undo puts them back; Assign, Edit and Delete (after its confirm)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, insert, select

from app.domain.zones import day_bounds, zone_of
from app.store import Change, Task, TaskPriority, TaskStatus, User, new_id
from app.views.actions.tab import ActionsTab
from tests.views.conftest import run_until, shown_tab

DUE_TODAY = 450  # more than a page (200)


@pytest.fixture
def bulk_db(workspace_db):
    """Ada: 450 tasks due today, 3 due tomorrow; Olu: 5 due today."""
    with workspace_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.name == "Ada Admin"))
        olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
        session.add(olu)
        session.flush()
        zone = zone_of(ada)
        start, _ = day_bounds(dt.datetime.now(zone).date(), zone)
        now = dt.datetime.now(dt.UTC)

        def rows(who, n, hours, title):
            return [
                dict(id=new_id(), title=f"{title} {i:03d}", assignee_id=who.id,
                     due_at=start + dt.timedelta(hours=hours, seconds=i), created_at=now,
                     updated_at=now, status=TaskStatus.OPEN, type="todo", priority="none",
                     due_all_day=False, notes="")
                for i in range(n)
            ]  # fmt: skip

        session.execute(insert(Task), rows(ada, DUE_TODAY, 10, "Today"))
        session.execute(insert(Task), rows(ada, 3, 30, "Tomorrow"))
        session.execute(insert(Task), rows(olu, 5, 10, "Olu"))
    return workspace_db


@pytest.fixture
def tab(qtbot, qloop, bulk_db):
    return shown_tab(qtbot, bulk_db, ActionsTab)


def _count(db, *where):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Task).where(*where))


def test_the_task_table_with_checkboxes_passes_the_model_tester(qtmodeltester, tab):
    tab.model.check_page(True)
    qtmodeltester.check(tab.model)


def test_select_all_n_then_mark_complete_changes_exactly_those_n_and_undo(
    qtbot, qloop, tab, bulk_db
):
    bar = tab.bulk
    assert tab.count.text() == "450 tasks" and tab.model.rowCount() == 200
    assert not bar.complete_button.isVisible()  # nothing ticked: no actions shown

    qtbot.mouseClick(bar.select_page, Qt.MouseButton.LeftButton)
    assert bar.selected_label.text() == "200 selected" and bar.complete_button.isVisible()
    assert bar.banner.isVisible()
    assert bar.banner_button.text() == "Select all 450 tasks"
    qtbot.mouseClick(bar.banner_button, Qt.MouseButton.LeftButton)
    assert bar.selected_label.text() == "450 selected"
    assert bar.banner_label.text() == "All 450 tasks are selected."

    qtbot.mouseClick(bar.complete_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: bar.result_row.isVisible() and not bar.progress_row.isVisible())
    assert bar.result_label.text() == "Marked 450 tasks complete."
    assert _count(bulk_db, Task.status == TaskStatus.COMPLETED) == DUE_TODAY
    assert _count(bulk_db, Task.status == TaskStatus.COMPLETED, Task.title.like("Today%")) == 450
    with bulk_db.session() as session:
        entries = session.scalar(
            select(func.count()).select_from(Change).where(Change.field == "status")
        )
    assert entries == DUE_TODAY  # history: one entry per task
    assert tab.count.text() == "0 tasks"  # Due today lists open tasks only

    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: bar.result_label.text().startswith("Undone"))
    assert bar.result_label.text() == "Undone: 450 tasks put back."
    assert _count(bulk_db, Task.status == TaskStatus.COMPLETED) == 0
    assert tab.count.text() == "450 tasks" and not bar.undo_button.isVisible()


def test_ticking_one_task_then_assign_and_edit_priority(qtbot, qloop, tab, bulk_db, monkeypatch):
    bar = tab.bulk
    first = tab.model.index(0, 0)
    assert tab.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    second = tab.model.index(1, 0)
    tab.model.setData(second, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert bar.selected_label.text() == "2 selected" and not bar.banner.isVisible()
    ids = {tab.model.task(0).id, tab.model.task(1).id}

    bar._fill_assign_menu()
    olu = next(a for a in bar.assign_menu.actions() if a.text() == "Olu Other")
    olu.trigger()
    run_until(qloop, lambda: bar.result_label.text() == "Assigned 2 tasks.")
    with bulk_db.session() as session:
        olu_id = session.scalar(select(User.id).where(User.name == "Olu Other"))
        assert {t.assignee_id for t in session.scalars(select(Task).where(Task.id.in_(ids)))} == {
            olu_id
        }
    assert tab.count.text() == "448 tasks"  # they left Ada's list

    tab.model.check_page(True)

    def choose_high_priority(dialog):
        dialog.field.setCurrentIndex(dialog.field.findData("priority"))
        dialog.choice.setCurrentIndex(dialog.choice.findData("high"))
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr("app.views.actions.bulk.BulkEditDialog.exec", choose_high_priority)
    qtbot.mouseClick(bar.edit_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: bar.result_label.text() == "Changed 200 tasks.")
    assert _count(bulk_db, Task.priority == TaskPriority.HIGH) == 200


def test_the_edit_dialog_refuses_a_malformed_date_at_its_field(qtbot, tab):
    from app.views.actions.bulk import BulkEditDialog

    dialog = BulkEditDialog(tab.bulk.model, tab)
    qtbot.addWidget(dialog)
    dialog.field.setCurrentIndex(dialog.field.findData("due_date"))
    qtbot.keyClicks(dialog.date, "31/02/2026")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "is not a date" in dialog.error.text()
    assert dialog.action is None and dialog.result() == 0


def test_delete_asks_first_and_cancel_deletes_nothing(qtbot, qloop, tab, bulk_db, monkeypatch):
    bar = tab.bulk
    tab.model.check_page(True)
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    asked = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(bar.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete 200 tasks? You can undo this right after."]
    assert _count(bulk_db, Task.deleted_at.is_not(None)) == 0
    qtbot.mouseClick(bar.delete_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: bar.result_label.text() == "Deleted 200 tasks.")
    assert _count(bulk_db, Task.deleted_at.is_not(None)) == 200
    assert tab.count.text() == "250 tasks"
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    run_until(qloop, lambda: bar.result_label.text().startswith("Undone"))
    assert _count(bulk_db, Task.deleted_at.is_not(None)) == 0


def test_edit_due_date_is_typed_in_british_form_or_picked_and_empty_clears(
    qtbot, qloop, bulk_db, monkeypatch
):
    """Issue 12 item 7 (UX-3, UX-5): the bulk Edit's due date was ISO only; an en_GB
    viewer types `20/03/2027` (day first), sees the locale's example, and a bad date is
    refused at the field before anything runs."""
    from app.domain.date_input import date_hint
    from app.views.actions.bulk import BulkEditDialog

    with bulk_db.session() as session, session.begin():
        session.scalars(select(User).where(User.name == "Ada Admin")).one().locale = "en_GB"
    tab = shown_tab(qtbot, bulk_db, ActionsTab)
    bar = tab.bulk
    for row in (0, 1):
        tab.model.setData(
            tab.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    ids = [tab.model.task(0).id, tab.model.task(1).id]
    before = _count(bulk_db, Task.due_all_day.is_(True))

    typed: list[str] = []

    def type_a_due_date(dialog: BulkEditDialog):
        dialog.field.setCurrentIndex(dialog.field.findData("due_date"))
        assert dialog.date.placeholderText() == date_hint("en_GB")  # "31/12/2026 or 2026-12-31"
        assert dialog.date.placeholderText().startswith("31/12/")
        for text in typed:
            dialog.date.clear()
            qtbot.keyClicks(dialog.date, text)
            qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
            if dialog.result():
                break
            assert dialog.error.isVisibleTo(dialog) and dialog.action is None
            assert f"“{text}” is not a date" in dialog.error.text()
            assert "Write 31/12/" in dialog.error.text()
        return dialog.result()

    monkeypatch.setattr("app.views.actions.bulk.BulkEditDialog.exec", type_a_due_date)
    typed[:] = ["3/20/2027", "20/03/2027"]  # the American order is refused (no month 20)
    qtbot.mouseClick(bar.edit_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: bar.result_label.text() == "Changed 2 tasks.")
    zone = zone_of(tab.viewer)
    midnight = dt.datetime(2027, 3, 20, tzinfo=zone).astimezone(dt.UTC)
    with bulk_db.session() as session:
        tasks = session.scalars(select(Task).where(Task.id.in_(ids))).all()
        assert [(t.due_at, t.due_all_day) for t in tasks] == [(midnight, True)] * 2
    assert _count(bulk_db, Task.due_all_day.is_(True)) == before + 2

    for row in range(tab.model.rowCount()):  # untick, then tick the whole page
        tab.model.setData(
            tab.model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
        )
    tab.model.check_page(True)
    typed[:] = [""]  # empty clears
    qtbot.mouseClick(bar.edit_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: bar.result_label.text() == "Changed 200 tasks.")
    assert _count(bulk_db, Task.due_at.is_(None)) == 200
