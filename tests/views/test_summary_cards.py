"""The Summary as a CS lead uses it (issue 15 item 2): the default views' cards with their
counts and "View records" (SUM-4), reordered by dragging a card (PERM-5, refused for a
CSM), the Summary seen as another user under a banner (SUM-1), the task progress switch
(SUM-3), and a click on today's meeting opening its summary with Start meeting (SUM-5)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from app.domain import records
from app.domain.saved_views import create_view, ensure_builtin_views
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object, main_workspace
from app.domain.zones import day_bounds, zone_of
from app.store import Meeting, Sharing, Task, TaskStatus, User, ViewTab, new_id
from app.views.main_window import MainWindow
from app.views.summary.tab import SummaryTab
from app.views.summary.view_cards import MIME, ViewCardsRow
from tests.views.conftest import shown_window


def _scene(db) -> None:
    """Ada (super admin) owns Acme and Globex, Casey (a CSM) owns Initech and has a task
    due today; Ada has a meeting with a link at noon today and a default view of her own."""
    with db.write_session() as s:
        ada_user = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        ada = viewer_of(ada_user)
        casey = User(id=new_id(), name="Casey Csm", email="casey@example.com",
                     has_workspace_access=True, has_service_seat=True)  # fmt: skip
        s.add(casey)
        s.flush()
        companies = customer_object(s)
        for name, owner in (("Acme", ada.id), ("Globex", ada.id), ("Initech", casey.id)):
            records.create_record(s, ada, companies, {"name": name, "csm_owner": owner})
        ws = main_workspace(s)
        ensure_builtin_views(s, ws)
        create_view(s, ada, ws, ViewTab.CUSTOMERS, "Big accounts", sharing=Sharing.EVERYONE,
                    filters=[[{"property": "name", "op": "contains", "value": "Acme"}]],
                    make_default=True, description="The accounts that matter most.")  # fmt: skip
        start, _end = day_bounds(dt.datetime.now(zone_of(ada)).date(), zone_of(ada))
        noon = start + dt.timedelta(hours=12)
        s.add(Meeting(title="Acme QBR", start_at=noon, end_at=noon + dt.timedelta(hours=1),
                      organizer_id=ada.id, link="https://meet.example.com/acme"))  # fmt: skip
        s.add(Task(title="Call Initech", due_at=noon, assignee_id=casey.id,
                   status=TaskStatus.OPEN))  # fmt: skip


def _summary(qtbot, db, window_settings, name: str = "Ada Admin") -> tuple[MainWindow, Any]:
    window = shown_window(qtbot, db, window_settings, (1400, 900))
    if name != "Ada Admin":
        next(a for a in window.user_menu.actions() if a.text().startswith(name)).trigger()
    window.tabs.setCurrentIndex(window.tab_keys().index("summary"))
    summary = window.tab_content("summary")
    assert isinstance(summary, SummaryTab)
    qtbot.waitUntil(lambda: len(summary.view_cards.widgets) == 3)
    return window, summary


def _cards(summary) -> list[tuple[str, str]]:
    return [(w.card.name, w.count.text()) for w in summary.view_cards.widgets]


def _drop(row: ViewCardsRow, view_id, on_card: int, right_half: bool = False) -> None:
    """A card dragged onto another card's left (or right) half, as Qt delivers the drop."""
    target = row.widgets[on_card].geometry()
    x = target.right() - 4 if right_half else target.left() + 4
    mime = QMimeData()
    mime.setData(MIME, view_id.hex.encode())
    at = QPointF(x, target.center().y())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(row, enter)
    drop = QDropEvent(at, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(row, drop)


def test_view_cards_count_and_open_their_view(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    window, summary = _summary(qtbot, workspace_db, window_settings)
    assert _cards(summary) == [
        ("Owned by me", "2"), ("Assigned in the last 30 days", "2"), ("Big accounts", "1"),
    ]  # fmt: skip
    texts = [label.text() for label in summary.view_cards.findChildren(QLabel)]
    assert "The accounts that matter most." in texts
    big = summary.view_cards.widgets[2]
    qtbot.mouseClick(big.view_button, Qt.MouseButton.LeftButton)
    assert window.tab_keys()[window.tabs.currentIndex()] == "customers"
    customers: Any = window.tab_content("customers")
    assert customers.title.text() == "Big accounts"
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)


def test_an_admin_drags_a_card_to_the_front_and_it_stays(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    _window, summary = _summary(qtbot, workspace_db, window_settings)
    row = summary.view_cards
    assert row.movable
    big = row.widgets[2].card
    _drop(row, big.view_id, on_card=0)
    assert next(name for name, _ in _cards(summary)) == "Big accounts"
    # the change channel's read again, and the cards laid out where the user sees them
    qtbot.waitUntil(lambda: not row._read.pending and row.widgets[2].geometry().x() > 0)
    owned = row.widgets[1].card
    _drop(row, owned.view_id, on_card=2, right_half=True)  # after the last
    assert [name for name, _ in _cards(summary)] == [
        "Big accounts", "Assigned in the last 30 days", "Owned by me",
    ]  # fmt: skip
    # Everyone's Summary reads the new order; the Customers tab lists them so too.
    again = ViewCardsRow(workspace_db, summary.viewer)
    again.reload()
    qtbot.waitUntil(lambda: len(again.widgets) == 3)
    assert next(w.card.name for w in again.widgets) == "Big accounts"


def test_a_csm_cannot_reorder_the_cards(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    _window, summary = _summary(qtbot, workspace_db, window_settings, "Casey Csm")
    row = summary.view_cards
    assert not row.movable
    assert _cards(summary)[0] == ("Owned by me", "1")  # Casey's own book
    before = _cards(summary)
    _drop(row, row.widgets[2].card.view_id, on_card=0)
    assert _cards(summary) == before
    # Asked anyway (a stale window, a script), the domain refuses and says why.
    messages: list[str] = []
    row.refused.connect(messages.append)
    row.move_card(row.widgets[2].card.view_id, 0)
    assert messages and "reorder Summary cards" in messages[0]
    assert summary.user_button is None  # no user menu: Casey sees only their own Summary


def test_an_admin_sees_the_summary_as_a_csm(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    window, summary = _summary(qtbot, workspace_db, window_settings)
    assert summary.user_button is not None and not summary.as_banner.isVisible()
    summary.user_menu.aboutToShow.emit()
    names = [a.text() for a in summary.user_menu.actions()]
    assert names == ["Ada Admin (you)", "Casey Csm"]
    summary.user_menu.actions()[1].trigger()
    assert summary.as_banner.isVisible()
    assert "Casey Csm" in summary.as_label.text()
    assert summary.user_button.text().startswith("Viewing: Casey Csm")
    today = _task_titles(summary, "Tasks due today")
    assert today == ["Call Initech"]
    qtbot.waitUntil(lambda: _cards(summary)[:1] == [("Owned by me", "1")])
    assert not summary.reports.add_button.isVisible()  # their reports, not to change
    assert [r.event_item.title for r in summary.schedule_rows] == ["Call Initech"]
    # "View records" lists Casey's customers on the viewer's Customers tab.
    qtbot.mouseClick(summary.view_cards.widgets[0].view_button, Qt.MouseButton.LeftButton)
    customers: Any = window.tab_content("customers")
    assert window.tab_keys()[window.tabs.currentIndex()] == "customers"
    qtbot.waitUntil(lambda: customers.model.rowCount() == 1)
    assert customers.model.index(0, 0).data() == "Initech"
    window.tabs.setCurrentIndex(window.tab_keys().index("summary"))
    back = next(b for b in summary.as_banner.findChildren(type(summary.user_button).__mro__[1])
                if b.text() == "Back to my Summary")  # fmt: skip
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert not summary.as_banner.isVisible()
    assert _task_titles(summary, "Tasks due today") == []
    qtbot.waitUntil(lambda: _cards(summary)[:1] == [("Owned by me", "2")])


def _task_titles(summary, card_title: str) -> list[str]:
    from app.views.summary.elided import ListLine
    from app.views.summary.tab import Card

    card = next(c for c in summary.findChildren(Card) if c.title.text() == card_title)
    return [w.text() for w in card.findChildren(ListLine)]


def test_task_progress_switches_to_overdue(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    with workspace_db.write_session() as s:
        ada = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        now = dt.datetime.now(dt.UTC)
        s.add(Task(title="Late", due_at=now - dt.timedelta(days=3), assignee_id=ada.id))
    _window, summary = _summary(qtbot, workspace_db, window_settings)
    assert summary.progress_label.text() == "No tasks due today"
    qtbot.mouseClick(summary.progress_buttons[True], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.progress_label.text() == "0 of 1 overdue tasks done today")
    assert summary.progress_buttons[True].isChecked()
    qtbot.mouseClick(summary.progress_buttons[False], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.progress_label.text() == "No tasks due today")


def test_a_meeting_on_the_schedule_card_opens_its_summary(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    _window, summary = _summary(qtbot, workspace_db, window_settings)
    (row,) = summary.schedule_rows
    assert row.event_item.title == "Acme QBR"
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    popup = summary.event_summary
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.start_button.text() == "Start meeting"
    assert popup.start_button.toolTip() == "https://meet.example.com/acme"
    popup.close()


def test_a_task_on_the_schedule_card_opens_its_summary_and_completes(
    qtbot, workspace_db, window_settings
):
    _scene(workspace_db)
    _window, summary = _summary(qtbot, workspace_db, window_settings)
    summary.show_as(next(u for u, n in summary_people(workspace_db, summary) if n == "Casey Csm"))
    summary.show_as(summary.viewer.id)  # back: Ada's own day has the meeting only
    with workspace_db.write_session() as s:
        ada = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        start, _end = day_bounds(dt.datetime.now(zone_of(ada)).date(), zone_of(ada))
        s.add(Task(title="Send the deck", due_at=start + dt.timedelta(hours=13),
                   assignee_id=ada.id, status=TaskStatus.OPEN))  # fmt: skip
    summary.refresh()  # written behind the window's back: read again
    assert len(summary.schedule_rows) == 2
    task_row = summary.schedule_rows[1]
    assert task_row.event_item.title == "Send the deck"
    qtbot.mouseClick(task_row, Qt.MouseButton.LeftButton)
    popup = summary.event_summary
    assert popup is not None and popup.event_item.title == "Send the deck"
    qtbot.mouseClick(popup.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.event_item.title for r in summary.schedule_rows] == ["Acme QBR"])


def summary_people(db, summary):
    from app.models.summary import viewable_people

    return viewable_people(db, summary.viewer)
