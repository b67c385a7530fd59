"""The Feed tab as a CSM uses it (FEED-1..4, issue 15 item 3): their customers' contacts'
activity newest first, the activity-type and enrollment filters and the search, "Load
older activities", deleting a notification and its Undo, and each follow-up on the row
under the mouse logged against the contact (its timeline shows it)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from sqlalchemy import select

from app.domain import records
from app.domain.feed import PAGE, FeedEventKind
from app.domain.viewer import viewer_of
from app.models.feed import FeedModel
from app.models.record_detail import RecordActions
from app.store import FeedEvent, ObjectType, User, new_id
from app.views.feed.tab import FeedTab
from tests.views.conftest import shown_window

K = FeedEventKind


def _scene(db, extra: int = 0) -> dict[str, Any]:
    """Ada owns Acme (contact Ann Lee), Casey owns Globex (contact Bob Ray): a few events
    each, and `extra` older e-mail opens of Ann's."""
    now = dt.datetime.now(dt.UTC)
    with db.write_session() as s:
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        casey = User(id=new_id(), name="Casey Csm", email="casey@example.com",
                     has_workspace_access=True, has_service_seat=True)  # fmt: skip
        s.add(casey)
        s.flush()
        kinds = {o.key: o for o in s.scalars(select(ObjectType))}
        acme = records.create_record(s, ada, kinds["companies"],
                                     {"name": "Acme", "csm_owner": ada.id})  # fmt: skip
        globex = records.create_record(s, ada, kinds["companies"],
                                       {"name": "Globex", "csm_owner": casey.id})  # fmt: skip
        ann = records.create_record(s, ada, kinds["contacts"], {"name": "Ann Lee"})
        bob = records.create_record(s, ada, kinds["contacts"], {"name": "Bob Ray"})

        def event(kind, contact, company, hours, title, sequence=None):
            s.add(FeedEvent(id=new_id(), kind=kind, contact_id=contact.id, company_id=company.id,
                            at=now - dt.timedelta(hours=hours), title=title,
                            sequence_name=sequence))  # fmt: skip

        event(K.PAGE_VISITED, ann, acme, 1, "Ann Lee visited /pricing")
        event(K.EMAIL_REPLIED, ann, acme, 2, "Ann Lee replied “Renewal”")
        event(K.SEQUENCE_ENROLLED, ann, acme, 3, "Ann Lee enrolled in “Onboarding”", "Onboarding")
        event(K.FORM_SUBMITTED, bob, globex, 1, "Bob Ray submitted “Demo request”")
        for n in range(extra):
            event(K.EMAIL_OPENED, ann, acme, 24 + n, f"Ann Lee opened newsletter {n}")
    return {"ann": ann.id, "ada": ada}


def _feed(qtbot, db, settings) -> FeedTab:
    window = shown_window(qtbot, db, settings, (1280, 800))
    window.tabs.setCurrentIndex(window.tab_keys().index("feed"))
    feed = window.tab_content("feed")
    assert isinstance(feed, FeedTab)
    qtbot.waitUntil(lambda: not feed.model.loading)
    return feed


def _titles(feed: FeedTab) -> list[str]:
    return [feed.model.index(r, 0).data() for r in range(feed.model.rowCount())]


def test_the_feed_lists_the_viewers_customers_activity(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    feed = _feed(qtbot, workspace_db, window_settings)
    assert _titles(feed) == [
        "Ann Lee visited /pricing", "Ann Lee replied “Renewal”",
        "Ann Lee enrolled in “Onboarding”",
    ]  # fmt: skip
    assert not feed.older_button.isVisible()
    assert feed.header.count.text() == "3 notifications"


def test_filters_and_search(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    feed = _feed(qtbot, workspace_db, window_settings)
    feed.kind_actions[K.EMAIL_REPLIED].trigger()  # "Activity type" → E-mail replied
    qtbot.waitUntil(lambda: _titles(feed) == ["Ann Lee replied “Renewal”"])
    assert feed.kinds_button.text().startswith("E-mail replied")
    feed.kind_actions[K.PAGE_VISITED].trigger()
    qtbot.waitUntil(lambda: len(_titles(feed)) == 2)
    assert feed.kinds_button.text().startswith("2 activity types")
    next(a for a in feed.kinds_menu.actions() if a.text() == "All activity types").trigger()
    qtbot.waitUntil(lambda: len(_titles(feed)) == 3)
    feed.enrollment.setCurrentIndex(feed.enrollment.findText("Not in a sequence"))
    qtbot.waitUntil(lambda: _titles(feed) == [] and feed.empty.isVisible())
    assert feed.empty.text() == "No activity matches these filters."
    feed.enrollment.setCurrentIndex(feed.enrollment.findText("Enrolled in a sequence"))
    qtbot.waitUntil(lambda: len(_titles(feed)) == 3)
    qtbot.keyClicks(feed.header.search, "pricing")
    qtbot.waitUntil(lambda: _titles(feed) == ["Ann Lee visited /pricing"], timeout=3000)


def test_load_older_activities(qtbot, workspace_db, window_settings):
    _scene(workspace_db, extra=PAGE)
    feed = _feed(qtbot, workspace_db, window_settings)
    assert feed.model.rowCount() == PAGE
    assert feed.older_button.isVisible()
    qtbot.mouseClick(feed.older_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: feed.model.rowCount() == PAGE + 3)
    assert not feed.older_button.isVisible()
    assert _titles(feed)[-1] == f"Ann Lee opened newsletter {PAGE - 1}"


def _hover(qtbot, feed: FeedTab, row: int) -> None:
    rect = feed.list.visualRect(feed.model.index(row, 0))
    qtbot.mouseMove(feed.list.viewport(), rect.center())
    feed._hovered(feed.model.index(row, 0))  # the offscreen platform sends no hover
    qtbot.waitUntil(feed.follow_ups.isVisible)


def test_delete_a_notification_and_undo(qtbot, workspace_db, window_settings):
    _scene(workspace_db)
    feed = _feed(qtbot, workspace_db, window_settings)
    _hover(qtbot, feed, 1)
    assert feed.follow_ups.item is not None
    assert feed.follow_ups.item.title == "Ann Lee replied “Renewal”"
    qtbot.mouseClick(feed.follow_ups.delete_button, Qt.MouseButton.LeftButton)
    assert "Ann Lee replied “Renewal”" not in _titles(feed)
    assert feed.undo_bar.isVisible()
    qtbot.mouseClick(feed.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ann Lee replied “Renewal”" in _titles(feed))
    # The keyboard: Delete on the current row.
    feed.list.setCurrentIndex(feed.model.index(0, 0))
    qtbot.keyClick(feed.list, Qt.Key.Key_Delete)
    assert "Ann Lee visited /pricing" not in _titles(feed)


@pytest.mark.parametrize(
    ("follow_up", "fill", "kind", "title"),
    [
        ("call", {"notes": "Talked renewal"}, "call", "Call with Ann Lee"),
        ("email", {"body": "Thanks for the reply"}, "email", "Following up"),
        ("task", {}, "task", "Follow up with Ann Lee"),
        ("note", {"body": "Keen on the new plan"}, "note", "Note"),
        (
            "meeting",
            {"start": (dt.date(2026, 12, 15), dt.time(10, 0))},
            "meeting",
            "Meeting with Ann Lee",
        ),
    ],
)
def test_each_follow_up_is_logged_against_the_contact(
    qtbot, workspace_db, window_settings, follow_up, fill, kind, title
):
    scene = _scene(workspace_db)
    feed = _feed(qtbot, workspace_db, window_settings)
    _hover(qtbot, feed, 1)
    qtbot.mouseClick(feed.follow_ups.buttons[follow_up], Qt.MouseButton.LeftButton)
    dialog = feed.dialog
    assert dialog is not None and "Ann Lee" in dialog.windowTitle()
    for key, value in fill.items():
        widget: Any = dialog.inputs[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(value, tuple):  # a date and a time, typed as the viewer reads them
            widget.date.set_date(value[0])
            widget.time.set_time(value[1])
        else:
            widget.setText(value)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save) or dialog.save_button
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    timeline = RecordActions(workspace_db, scene["ada"]).timeline(scene["ann"])
    assert [(i.kind, i.title) for i in timeline][:1] == [(kind, title)]
    assert feed.undo_bar.label.text() == "Logged against Ann Lee."


def test_the_feed_model_passes_the_model_tester(qtbot, workspace_db):
    scene = _scene(workspace_db, extra=5)
    model = FeedModel(workspace_db, scene["ada"])
    tester = ModelTester(None)
    tester.check(model)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 8)
    tester.check(model)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.item(99) is None
