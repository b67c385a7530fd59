"""The Schedule tab driven as a CSM would (SCH-1..3, DATA-4's iCalendar): day, week and
month; arrows and Today; Hide weekends; the time-zone menu; the legend; the contacts met
today; an item's summary with Start meeting, its record and Mark complete; .ics files."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import func, select

from app.domain import records
from app.models.schedule_layout import Span
from app.store import (
    ActivityKind,
    ActivityLink,
    Meeting,
    MeetingAttendee,
    ObjectType,
    Task,
    TaskStatus,
    User,
)
from app.views.schedule.calendar import HOUR_HEIGHT
from app.views.schedule.tab import ScheduleTab
from tests.views.conftest import run_until, shown_tab

NEW_YORK = ZoneInfo("America/New_York")


def _today() -> dt.date:
    return dt.datetime.now(NEW_YORK).date()


def _ny(hour: int, day: dt.date | None = None) -> dt.datetime:
    return dt.datetime.combine(day or _today(), dt.time(hour), NEW_YORK).astimezone(dt.UTC)


@pytest.fixture
def schedule_db(workspace_db):
    """Ada in New York: a 09:00 meeting today with a contact and a link, a task due at
    16:00 today, a whole-day meeting tomorrow; Olu's meeting she is not in."""
    with workspace_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.name == "Ada Admin"))
        ada.time_zone = "America/New_York"
        olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
        session.add(olu)
        contacts = session.scalar(select(ObjectType).where(ObjectType.key == "contacts"))
        cleo = records.create_record(session, ada, contacts, {"name": "Cleo Contact"})
        review = Meeting(
            title="Renewal review", start_at=_ny(9), end_at=_ny(10), organizer_id=ada.id,
            time_zone="America/New_York", link="https://meet.example.com/abc-defg-hij",
        )  # fmt: skip
        tomorrow = _today() + dt.timedelta(days=1)
        offsite = Meeting(
            title="Team offsite", start_at=_ny(0, tomorrow),
            end_at=_ny(0, tomorrow + dt.timedelta(days=1)), all_day=True,
            organizer_id=ada.id, time_zone="America/New_York",
        )  # fmt: skip
        session.add_all([review, offsite])
        session.add(
            Meeting(title="Olu's call", start_at=_ny(11), end_at=_ny(12), organizer_id=olu.id)
        )
        session.flush()
        session.add_all([
            MeetingAttendee(meeting_id=review.id, contact_id=cleo.id, name="Cleo Contact",
                            email="cleo@example.com"),
            ActivityLink(kind=ActivityKind.MEETING, activity_id=review.id, record_id=cleo.id,
                         at=review.start_at),
            Task(title="Send the proposal", due_at=_ny(16), assignee_id=ada.id),
        ])  # fmt: skip
    return workspace_db


@pytest.fixture
def tab(qtbot, qloop, schedule_db):
    return shown_tab(qtbot, schedule_db, ScheduleTab, size=(1280, 800))


def _read(qtbot, tab) -> None:
    """The span's items arrived (a move reads them off the GUI thread)."""
    qtbot.waitUntil(lambda: not tab.model.reading)


def _titles(tab) -> list[str]:
    return [tab.model.item(r).title for r in range(tab.model.rowCount())]


def _hit(surface, title):
    """The painted rectangle of an item (after a paint)."""
    surface.repaint()
    return next(rect for rect, row in surface.hits if surface.model.item(row).title == title)


def test_the_calendar_model_passes_the_model_tester(qtmodeltester, qtbot, tab):
    qtmodeltester.check(tab.model)
    tab.set_span(Span.MONTH)
    _read(qtbot, tab)
    qtmodeltester.check(tab.model)


def test_the_week_shows_the_viewers_items_and_hide_weekends_leaves_five_days(qtbot, tab):
    assert tab.pages.currentWidget() is tab.week
    assert sorted(_titles(tab)) == ["Renewal review", "Send the proposal", "Team offsite"] or (
        # on the week's last day tomorrow's offsite falls in next week
        sorted(_titles(tab)) == ["Renewal review", "Send the proposal"]
    )
    assert "Olu's call" not in _titles(tab)
    assert len(tab.model.days) == 7
    qtbot.mouseClick(tab.hide_weekends, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    assert len(tab.model.days) == 5
    assert all(day.weekday() < 5 for day in tab.model.days)
    tab.week.header.repaint()
    assert len(tab.week.header.day_hits) == 5  # five day columns painted
    tab.set_span(Span.MONTH)
    _read(qtbot, tab)
    assert len(tab.model.days) % 5 == 0 and all(day.weekday() < 5 for day in tab.model.days)


def test_switching_zone_moves_a_0900_new_york_meeting_to_1500_in_warsaw(qtbot, tab):
    tab.set_span(Span.DAY)
    tab.model.set_anchor(_today())
    _read(qtbot, tab)
    rect = _hit(tab.week.grid, "Renewal review")
    assert rect.top() == 9 * HOUR_HEIGHT
    tab.zone_menu.lineEdit().selectAll()
    qtbot.keyClicks(tab.zone_menu.lineEdit(), "Europe/Warsaw")
    qtbot.keyClick(tab.zone_menu.lineEdit(), Qt.Key.Key_Return)
    _read(qtbot, tab)
    assert tab.model.zone.key == "Europe/Warsaw"
    rect = _hit(tab.week.grid, "Renewal review")
    assert rect.top() == 15 * HOUR_HEIGHT
    summary = tab.show_summary(tab.model.row_of_title("Renewal review"), QPoint(100, 100))
    assert "15:00" in summary.when.text() or "3:00" in summary.when.text()
    assert "Scheduled in America/New_York" in [
        w.text() for w in summary.findChildren(type(summary.when))
    ]


def test_an_unknown_zone_puts_the_shown_one_back(qtbot, tab):
    tab.zone_menu.lineEdit().selectAll()
    qtbot.keyClicks(tab.zone_menu.lineEdit(), "Mars/Olympus")
    qtbot.keyClick(tab.zone_menu.lineEdit(), Qt.Key.Key_Return)
    assert tab.model.zone.key == "America/New_York"
    assert tab.zone_menu.currentText() == "America/New_York"


def test_arrows_today_and_the_span_menu_move_the_calendar(qtbot, tab):
    start = tab.range_label.text()
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    assert tab.model.days[0] == tab.model.today() - dt.timedelta(
        days=(tab.model.today().weekday() - tab.model.week_start) % 7
    ) + dt.timedelta(days=7)
    assert tab.range_label.text() != start
    qtbot.mouseClick(tab.today_button, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    assert tab.range_label.text() == start
    tab.span_menu.setCurrentIndex(tab.span_menu.findData(Span.MONTH))
    _read(qtbot, tab)
    assert tab.pages.currentWidget() is tab.month
    assert tab.range_label.text() == tab.model.date_text(tab.model.today(), "MMMM yyyy")
    qtbot.mouseClick(tab.previous_button, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    assert tab.model.anchor.day == 1 and tab.model.anchor < tab.model.today()
    qtbot.keyClick(tab.month, Qt.Key.Key_D)
    _read(qtbot, tab)
    assert tab.span_menu.currentData() == Span.DAY and len(tab.model.days) == 1


def test_the_legend_hides_tasks_and_meetings(qtbot, tab):
    qtbot.mouseClick(tab.show_tasks, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    assert "Send the proposal" not in _titles(tab) and "Renewal review" in _titles(tab)
    qtbot.mouseClick(tab.show_meetings, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    assert _titles(tab) == []
    qtbot.mouseClick(tab.show_tasks, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    assert _titles(tab) == ["Send the proposal"]


def test_the_contacts_met_today_open_in_the_preview(qtbot, tab):
    assert tab.contacts.count() == 1
    item = tab.contacts.item(0)
    shown = tab.contacts.itemWidget(item).text()
    assert "<b>Cleo Contact</b>" in shown and "Renewal review" in shown
    tab.contacts.itemClicked.emit(item)
    assert tab.preview is not None and tab.preview.isVisible()
    assert tab.preview.title.text() == "Cleo Contact"


def test_clicking_a_meeting_shows_its_summary_start_meeting_and_record(qtbot, tab, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    tab.set_span(Span.DAY)
    tab.model.set_anchor(_today())
    _read(qtbot, tab)
    rect = _hit(tab.week.grid, "Renewal review")
    qtbot.mouseClick(tab.week.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    summary = tab.summary
    assert summary is not None and summary.isVisible()
    texts = [w.text() for w in summary.findChildren(type(summary.when))]
    assert "Renewal review" in texts and "With Cleo Contact" in texts
    qtbot.mouseClick(summary.start_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://meet.example.com/abc-defg-hij"]

    rect = _hit(tab.week.grid, "Renewal review")
    qtbot.mouseClick(tab.week.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.mouseClick(tab.summary.record_button, Qt.MouseButton.LeftButton)
    assert tab.preview is not None and tab.preview.title.text() == "Cleo Contact"


def test_a_task_is_marked_complete_from_its_summary(qtbot, tab, schedule_db):
    tab.set_span(Span.DAY)
    tab.model.set_anchor(_today())
    _read(qtbot, tab)
    rect = _hit(tab.week.grid, "Send the proposal")
    qtbot.mouseClick(tab.week.grid, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert tab.summary.done_button.text() == "Mark complete"
    qtbot.mouseClick(tab.summary.done_button, Qt.MouseButton.LeftButton)
    _read(qtbot, tab)
    with schedule_db.session() as session:
        task = session.scalar(select(Task).where(Task.title == "Send the proposal"))
        assert task.status == TaskStatus.COMPLETED
    assert tab.model.item(tab.model.row_of_title("Send the proposal")).completed
    assert tab.messages.label.text() == "Task marked complete."


def test_export_then_import_an_ics_file_and_a_malformed_one_imports_nothing(
    qtbot, qloop, tab, schedule_db, tmp_path
):
    path = tmp_path / "week.ics"
    days = tab.model.days
    tab.ics.export_to(path, days[0], days[-1])
    run_until(qloop, lambda: tab.messages.label.text().startswith("Exported"))
    data = path.read_bytes()
    assert b"SUMMARY:Renewal review" in data and b"TZID=America/New_York" in data

    with schedule_db.session() as session, session.begin():  # start again without them
        for meeting in session.scalars(select(Meeting).where(Meeting.title == "Renewal review")):
            session.delete(meeting)
    tab.ics.import_from(path)
    run_until(qloop, lambda: tab.messages.label.text().startswith("Imported"))
    assert "Renewal review" in _titles(tab)
    with schedule_db.session() as session:
        again = session.scalar(select(Meeting).where(Meeting.title == "Renewal review"))
        assert again.start_at == _ny(9) and again.time_zone == "America/New_York"
        before = session.scalar(select(func.count()).select_from(Meeting))

    broken = tmp_path / "broken.ics"
    broken.write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Bad\nDTSTART:2026-13-45\nEND:VEVENT\n"
    )
    tab.ics.import_from(broken)
    run_until(qloop, lambda: tab.messages.label.text().startswith("Nothing was imported"))
    with schedule_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Meeting)) == before


def test_a_crowded_whole_day_strip_says_how_many_more_and_lists_them(qtbot, tab, schedule_db):
    with schedule_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.name == "Ada Admin"))
        for i in range(5):
            session.add(Task(title=f"Whole day {i}", due_at=_ny(0), due_all_day=True,
                             assignee_id=ada.id))  # fmt: skip
    tab.model.set_anchor(_today())
    _read(qtbot, tab)
    header = tab.week.header
    header.repaint()
    shown = {tab.model.item(row).title for _rect, row in header.hits}
    assert len([t for t in shown if t.startswith("Whole day")]) == 2  # two rows, then "+N more"
    assert header.rows() == 3
    (more_rect, _rows), *_ = [m for m in header.more_hits if len(m[1]) == 3]
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton, pos=more_rect.center().toPoint())
    menu = header.more_menu
    assert menu is not None and len(menu.actions()) == 3
    menu.actions()[0].trigger()
    assert tab.summary is not None and tab.summary.event_item.title.startswith("Whole day")


def test_a_busy_hour_keeps_readable_lanes_and_lists_the_rest_behind_plus_n(qtbot, tab, schedule_db):
    """Issue 16 item 4: eight meetings at 13:00 on a 1024-pixel screen were slivers; now the
    lanes stay readable, "+N" stands for the rest and lists them, hovering names an item."""
    from PySide6.QtCore import QPointF

    from app.views.schedule.painted import MIN_LANE

    with schedule_db.session() as session, session.begin():
        ada = session.scalar(select(User).where(User.name == "Ada Admin"))
        for i in range(8):
            session.add(Meeting(title=f"Busy call {i}", start_at=_ny(13), end_at=_ny(14),
                                organizer_id=ada.id, time_zone="America/New_York"))  # fmt: skip
    tab.window().resize(1024, 640)
    tab.model.set_anchor(_today())
    _read(qtbot, tab)
    grid = tab.week.grid
    qtbot.waitUntil(lambda: any(tab.model.item(r).title == "Busy call 0"
                                for r in range(tab.model.rowCount())))  # fmt: skip
    grid.repaint()
    busy = [(rect, row) for rect, row in grid.hits
            if tab.model.item(row).title.startswith("Busy call")]  # fmt: skip
    assert busy and all(rect.width() >= MIN_LANE - 1 for rect, _row in busy)
    ((more_rect, rows),) = grid.more_hits
    assert len(busy) + len(rows) == 8  # every one either shown or behind "+N"
    assert grid.tooltip_at(more_rect.center().toPoint()).startswith("Busy call")
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=more_rect.center().toPoint())
    menu = grid.more_menu
    assert menu is not None and len(menu.actions()) == len(rows)
    assert menu.actions()[0].text().endswith(tab.model.item(rows[0]).title)
    menu.actions()[0].trigger()
    assert tab.summary is not None and tab.summary.event_item.title.startswith("Busy call")
    rect, row = busy[0]
    tip = grid.tooltip_at(QPointF(rect.center()).toPoint())
    assert tip.splitlines()[0] == tab.model.item(row).title


def test_calendar_items_take_the_dark_form_on_a_dark_palette(qtbot, tab):
    """UX-4: no pastel chips on a dark page: the items' colours come from views/palette.py
    in the palette's light or dark form."""
    from PySide6.QtGui import QColor, QPalette

    from app.domain.schedule import EventKind
    from app.views.palette import is_dark, item_colours

    grid = tab.week.grid
    light = item_colours(grid.palette(), EventKind.MEETING.value)
    dark = QPalette(grid.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    grid.setPalette(dark)
    assert is_dark(grid.palette()) and not is_dark(tab.palette())
    fill, edge = item_colours(grid.palette(), EventKind.MEETING.value)
    assert (fill, edge) != light and fill.lightness() < 80 < edge.lightness()


def test_the_keyboard_walks_the_painted_items_and_a_screen_reader_hears_each(qtbot, tab):
    """UX-2/UX-4: the arrows move between painted items in time order, the surface's
    accessible name becomes the item (what assistive technology reads), Enter opens it."""
    from PySide6.QtGui import QAccessible

    tab.set_span(Span.DAY)
    tab.model.set_anchor(_today())
    _read(qtbot, tab)
    grid = tab.week.grid
    grid.repaint()
    assert grid.accessibleName() == "Calendar items" and grid.accessibleDescription()
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    first = grid.model.item(grid.current).title
    assert first == "Renewal review"  # 09:00 before the 16:00 task
    spoken = QAccessible.queryAccessibleInterface(grid).text(QAccessible.Text.Name)
    assert spoken.startswith("Renewal review, ") and spoken.endswith("1 of 2")
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.model.item(grid.current).title == "Send the proposal"
    assert grid.accessibleName().endswith("2 of 2")
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # the last stays current
    assert grid.model.item(grid.current).title == "Send the proposal"
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert tab.summary is not None and tab.summary.isVisible()
    assert "Renewal review" in [w.text() for w in tab.summary.findChildren(type(tab.summary.when))]
    tab.summary.close()
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.current is None and grid.accessibleName() == "Calendar items"


def test_the_month_items_are_reached_from_the_keyboard_too(qtbot, tab):
    tab.set_span(Span.MONTH)
    _read(qtbot, tab)
    month = tab.month
    month.repaint()
    month.setFocus()
    qtbot.waitUntil(month.hasFocus)
    qtbot.keyClick(month, Qt.Key.Key_End)
    assert month.current is not None
    assert month.accessibleName().startswith(month.model.item(month.current).title)
    tab.model.set_anchor(_today() + dt.timedelta(days=62))  # another month: nothing current
    _read(qtbot, tab)
    assert month.current is None


def test_a_slow_month_is_read_off_the_gui_thread_and_the_week_stays_until_it_comes(
    qtbot, tab, monkeypatch
):
    """Issue 16 item 6: the busiest CSM's month (20,000 items, a third of a second to
    read) opened without a pause — the window answers meanwhile, the week stays shown
    with a busy cursor, then the month comes with its items."""
    import threading

    from app.models import schedule as schedule_model

    gate = threading.Event()
    real = schedule_model.schedule.events_between

    def slow(*args, **kwargs):
        gate.wait(5)
        return real(*args, **kwargs)

    monkeypatch.setattr(schedule_model.schedule, "events_between", slow)
    week = tab.range_label.text()
    qtbot.keyClick(tab.week.grid, Qt.Key.Key_M)
    qtbot.wait(50)  # the loop turns: the window is not frozen
    assert tab.model.reading and tab.pages.currentWidget() is tab.week
    assert (
        tab.range_label.text() == week and tab.pages.cursor().shape() == Qt.CursorShape.BusyCursor
    )
    qtbot.mouseClick(tab.hide_weekends, Qt.MouseButton.LeftButton)  # still answers clicks
    gate.set()
    _read(qtbot, tab)
    assert tab.pages.currentWidget() is tab.month and tab.model.shown_span == Span.MONTH
    assert all(day.weekday() < 5 for day in tab.model.days)  # the click's choice too
    assert "Renewal review" in _titles(tab)
    assert tab.pages.cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_failed_read_leaves_the_shown_week_and_says_why(qtbot, tab, monkeypatch):
    """A move whose read fails (a locked file, say): the week stays, the span menu and
    the cursor say so again, and the error reaches the user (the error dialog)."""
    from app.models import schedule as schedule_model

    def locked(*_args, **_kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(schedule_model.schedule, "events_between", locked)
    with qtbot.captureExceptions() as raised:
        tab.set_span(Span.MONTH)
        _read(qtbot, tab)
        qtbot.wait(10)
    assert [str(e[1]) for e in raised] == ["database is locked"]
    assert tab.model.shown_span == Span.WEEK and tab.pages.currentWidget() is tab.week
    assert tab.span_menu.currentData() == Span.WEEK and tab.model.chosen.span == Span.WEEK
    assert tab.week.grid.cursor().shape() != Qt.CursorShape.BusyCursor


def test_the_keyboards_item_stays_when_the_calendar_is_read_again(qtbot, tab, schedule_db):
    tab.set_span(Span.DAY)
    tab.model.set_anchor(_today())
    _read(qtbot, tab)
    grid = tab.week.grid
    grid.repaint()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_End)
    assert grid.model.item(grid.current).title == "Send the proposal"
    tab.model.reload()  # another device's change, say
    _read(qtbot, tab)
    assert grid.model.item(grid.current).title == "Send the proposal"
