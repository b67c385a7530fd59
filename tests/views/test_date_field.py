"""Date and time fields that take what Tend shows (issue 12 item 7, UX-3, UX-5), driven by
typing and clicking: the locale's short date or ISO, a calendar button, 12- and 24-hour
times; in the preview panel's edit, the stage dialog and the Create task panel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox, QLineEdit, QTableView, QToolButton
from sqlalchemy import select

from app.domain import pipelines, records
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.models.formatting import ValueFormatter
from app.models.tasks import TaskCreation
from app.store import Meeting, ObjectType, Record, Task, User, ViewTab
from app.views.actions.task_panel import CreateTaskPanel
from app.views.common.date_field import DateField, DateTimeField, TimeField
from app.views.customers.tab import CustomersTab
from app.views.pipelines.tab import PipelineTab
from tests.support import not_none
from tests.views.conftest import shown, shown_tab


def _formatter(locale: str) -> ValueFormatter:
    return ValueFormatter(locale, "Europe/Warsaw", {})


def test_a_date_field_shows_dates_as_the_tables_do_and_says_what_it_takes(qtbot):
    for locale, shown_text, hint in (
        ("en_US", "6/15/27", "12/31/"),
        ("pl_PL", "15.06.2027", "31.12."),
        ("zh_CN", "2027/6/15", "/12/31"),
    ):
        field = DateField(_formatter(locale), dt.date(2027, 6, 15), "Close date")
        qtbot.addWidget(field)
        assert field.text() == shown_text == _formatter(locale).date(dt.date(2027, 6, 15))
        assert hint in field.placeholderText() and "-12-31" in field.placeholderText()
        assert field.typed_date() == dt.date(2027, 6, 15)


def test_the_calendar_button_picks_a_day(qtbot):
    field = shown(qtbot, DateField(_formatter("en_GB"), None, "Renewal date"), (240, 30))
    qtbot.keyClicks(field, "3/4/2027")  # en_GB: the 3rd of April
    button = next(
        b for b in field.findChildren(QToolButton) if field.pick_action in b.actions()
    )  # the icon at the end of the line
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = not_none(field.popup)
    qtbot.waitUntil(popup.isVisible)
    calendar = popup.findChild(QCalendarWidget)
    assert calendar.selectedDate() == QDate(2027, 4, 3)  # opens on the typed day
    calendar.setSelectedDate(QDate(2027, 4, 20))
    qtbot.keyClick(calendar.findChild(QTableView), Qt.Key.Key_Return)
    assert not popup.isVisible() and field.text() == "20/04/2027"


def test_times_and_dates_with_times(qtbot):
    time = TimeField(_formatter("en_US"), dt.time(15, 30), "Due time")
    qtbot.addWidget(time)
    assert time.text().replace("\u202f", " ") == "3:30 PM"
    assert time.placeholderText() == "3:30 PM" and "15:30" in time.toolTip()
    both = DateTimeField(
        _formatter("pl_PL"), dt.datetime(2027, 6, 15, 13, 30, tzinfo=dt.UTC), "Starts"
    )
    qtbot.addWidget(both)
    assert both.text() == "15.06.2027 15:30"  # the viewer's zone (Warsaw, summer)


def test_the_preview_takes_a_date_typed_as_the_table_shows_it(qtbot, workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = session.scalars(select(User)).one()
        acme = records.create_record(
            session, admin, customer_object(session), {"name": "Acme", "csm_owner": admin.id}
        ).id
    tab = shown_tab(qtbot, workspace_db, CustomersTab)
    tab.open_preview(acme)
    preview = not_none(tab.preview)
    row = preview.rows["renewal_date"]
    qtbot.mouseClick(row.edit_button, Qt.MouseButton.LeftButton)
    assert isinstance(row.editor, DateField)
    qtbot.keyClicks(row.editor, "tomorrowish")
    qtbot.keyClick(row.editor, Qt.Key.Key_Return)
    assert not row.error.isHidden()
    assert row.error.text().startswith("Renewal date: “tomorrowish” is not a date.")
    row.editor.clear()
    qtbot.keyClicks(row.editor, "6/15/27")
    qtbot.keyClick(row.editor, Qt.Key.Key_Return)
    with workspace_db.session() as session:
        assert not_none(session.get(Record, acme)).renewal_date == dt.date(2027, 6, 15)
    qtbot.waitUntil(lambda: preview.rows["renewal_date"].shown.text() == "6/15/27")


def test_the_task_panel_takes_the_viewers_date_and_a_12_hour_time(qtbot, workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = session.scalars(select(User)).one()
        admin.locale, admin.time_zone = "pl_PL", "Europe/Warsaw"
        viewer = viewer_of(admin)
    panel = shown(qtbot, CreateTaskPanel(TaskCreation(workspace_db, viewer)), (420, 600))
    assert isinstance(panel.due_date, DateField) and isinstance(panel.due_time, TimeField)
    qtbot.keyClicks(panel.title, "Call about the renewal")
    qtbot.keyClicks(panel.due_date, "31.02.2027")
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    assert not panel.errors["due"].isHidden()
    assert "“31.02.2027” is not a date on the calendar" in panel.errors["due"].text()
    panel.due_date.clear()
    qtbot.keyClicks(panel.due_date, "15.06.2027")
    qtbot.keyClicks(panel.due_time, "3:30pm")
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)
    with workspace_db.session() as session:
        task = session.scalars(select(Task)).one()
    assert task.due_at == dt.datetime(2027, 6, 15, 13, 30, tzinfo=dt.UTC)


def test_a_meeting_from_the_preview_starts_at_the_typed_local_time(qtbot, workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = session.scalars(select(User)).one()
        admin.time_zone = "Europe/Warsaw"
        acme = records.create_record(
            session, admin, customer_object(session), {"name": "Acme", "csm_owner": admin.id}
        ).id
    tab = shown_tab(qtbot, workspace_db, CustomersTab)
    tab.open_preview(acme)
    preview = not_none(tab.preview)
    qtbot.mouseClick(preview.activity_buttons["meeting"], Qt.MouseButton.LeftButton)
    dialog = not_none(preview.dialog)
    start = dialog.inputs["start"]
    assert isinstance(start, DateTimeField)
    qtbot.keyClicks(dialog.inputs["title"], "QBR")
    qtbot.keyClicks(start.date, "6/15/27")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "needs a time too" in dialog.errors["start"].text()
    qtbot.keyClicks(start.time, "3pm")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with workspace_db.session() as session:
        meeting = session.scalars(select(Meeting)).one()
    assert meeting.start_at == dt.datetime(2027, 6, 15, 13, 0, tzinfo=dt.UTC)


def test_the_stage_dialog_shows_every_missing_or_refused_value_at_once(qtbot, workspace_db):
    with workspace_db.session() as session, session.begin():
        admin = session.scalars(select(User)).one()
        renewals = pipelines.tab_pipelines(session, admin, ViewTab.REVENUE).pipelines[0]
        deal = records.create_record(
            session, admin, session.get(ObjectType, renewals.object_type_id),
            {"name": "Bare deal", "stage": renewals.stages[0].id},
        ).id  # fmt: skip
        won = next(s for s in renewals.stages if s.name == "Closed won").id
        viewer = viewer_of(admin)
    tab = shown(qtbot, PipelineTab(workspace_db, viewer, ViewTab.REVENUE), (1400, 800))
    tab.request_move([deal], won)
    dialog = not_none(tab.dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert {k for k, e in dialog.errors.items() if not e.isHidden()} == {"amount", "close_date"}
    close = dialog.editors["close_date"]
    assert isinstance(close, DateField)
    amount = dialog.editors["amount"]
    assert isinstance(amount, QLineEdit)
    qtbot.keyClicks(amount, "lots")
    qtbot.keyClicks(close, "31/02/2027")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "is not an amount" in dialog.errors["amount"].text()
    assert "is not a date on the calendar" in dialog.errors["close_date"].text()
    close.clear()
    qtbot.keyClicks(close, "2/28/27")
    amount.clear()
    qtbot.keyClicks(amount, "900")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with workspace_db.session() as session:
        moved = not_none(session.get(Record, deal))
    assert (moved.stage_id, moved.renewal_date) == (won, dt.date(2027, 2, 28))
