"""The change channel (DESIGN "Change channel", issue 10): an action taken in one tab shows
in every other tab without a restart, driven as a CSM would in one window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QLabel
from sqlalchemy import select

from app.domain import pipelines, records
from app.domain.tasks import NewTask, create_task
from app.domain.workspace import customer_object
from app.domain.zones import zone_of
from app.store import ObjectType, User, ViewTab, new_id
from app.views.main_window import MainWindow
from app.views.summary.tab import Card
from tests.views.conftest import shown
from tests.views.test_pipeline_tab import _drop


@pytest.fixture
def book(workspace_db):
    """Ada's two customers, a renewal deal she owns and a task about it due today; Olu is
    another CSM with a seat."""
    with workspace_db.session() as session, session.begin():
        admin = session.scalar(select(User).where(User.name == "Ada Admin"))
        session.add(
            User(
                id=new_id(), name="Olu Okafor", email="olu@example.com",
                has_service_seat=True, has_workspace_access=True,
            )
        )  # fmt: skip
        companies = customer_object(session)
        for name in ("Acme", "Blue Harbor"):
            records.create_record(session, admin, companies, {"name": name, "csm_owner": admin.id})
        renewals = pipelines.tab_pipelines(session, admin, ViewTab.REVENUE).pipelines[0]
        deal = records.create_record(
            session, admin, session.get(ObjectType, renewals.object_type_id),
            {"name": "Acme renewal", "deal_owner": admin.id, "stage": renewals.stages[0].id},
        )  # fmt: skip
        today = dt.datetime.now(zone_of(admin)).date()
        create_task(
            session, admin,
            NewTask("Call Acme about the renewal", due_date=today.isoformat(),
                    record_ids=[deal.id]),
            zone_of(admin),
        )  # fmt: skip
    return workspace_db


@pytest.fixture
def window(qtbot, book, window_settings) -> MainWindow:
    return shown(qtbot, MainWindow(book, window_settings), (1400, 860))


def _open(window: MainWindow, key: str):
    window.tabs.setCurrentIndex(window.tab_keys().index(key))
    return window.tab_content(key)


def _card(summary, title: str) -> Card:
    return next(c for c in summary.findChildren(Card) if c.title.text() == title)


def _my_customers(summary) -> str:
    """The count on the "Owned by me" view card (SUM-4), once its off-thread read is in."""
    cards = [w for w in summary.view_cards.widgets if w.card.name == "Owned by me"]
    return cards[0].count.text() if cards else ""


def _names(table_model) -> list[str]:
    return [table_model.index(r, 0).data() for r in range(table_model.rowCount())]


def test_a_task_created_on_actions_shows_on_the_summary(qtbot, window):
    summary = _open(window, "summary")
    assert _card(summary, "Tasks due tomorrow").count.text() == "0"

    actions = _open(window, "actions")
    qtbot.mouseClick(actions.create_button, Qt.MouseButton.LeftButton)
    panel = actions.create_panel
    tomorrow = dt.datetime.now(zone_of(window.viewer)).date() + dt.timedelta(days=1)
    qtbot.keyClicks(panel.title, "Send the QBR deck")
    qtbot.keyClicks(panel.due_date, tomorrow.isoformat())
    qtbot.mouseClick(panel.create_button, Qt.MouseButton.LeftButton)

    summary = _open(window, "summary")
    qtbot.waitUntil(lambda: _card(summary, "Tasks due tomorrow").count.text() == "1")
    from app.views.summary.elided import ListLine

    titles = [w.text() for w in _card(summary, "Tasks due tomorrow").findChildren(ListLine)]
    assert "Send the QBR deck" in titles


def test_a_csm_changed_in_the_preview_shows_on_the_summary_and_the_board(qtbot, window):
    summary = _open(window, "summary")
    qtbot.waitUntil(lambda: _my_customers(summary) == "2")
    revenue = _open(window, "revenue")
    first = revenue.board_view.columns[0].model
    assert first.card(0).name == "Acme renewal" and first.card(0).initials == "AA"

    # The Customers tab: Acme's CSM becomes Olu, so Acme leaves "Owned by me".
    customers = _open(window, "customers")
    assert customers.title.text() == "Owned by me"
    assert sorted(_names(customers.model)) == ["Acme", "Blue Harbor"]
    row = _names(customers.model).index("Acme")
    rect = customers.table.visualRect(customers.model.index(row, 0))
    qtbot.mouseClick(customers.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    csm = customers.preview.rows["csm_owner"]
    qtbot.mouseClick(csm.edit_button, Qt.MouseButton.LeftButton)
    assert isinstance(csm.editor, QComboBox)
    csm.editor.setCurrentIndex(csm.editor.findText("Olu Okafor"))
    qtbot.mouseClick(csm.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _names(customers.model) == ["Blue Harbor"])
    assert customers.count.text().startswith("1 ")

    summary = _open(window, "summary")
    qtbot.waitUntil(lambda: _my_customers(summary) == "1")

    # The Actions tab: the task's deal opens in the preview; its owner becomes Olu, and
    # the Revenue board's card shows Olu's initials.
    actions = _open(window, "actions")
    qtbot.waitUntil(lambda: actions.model.rowCount() == 1)
    rect = actions.table.visualRect(actions.model.index(0, 5))
    qtbot.mouseClick(actions.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    owner = actions.preview.rows["deal_owner"]
    qtbot.mouseClick(owner.edit_button, Qt.MouseButton.LeftButton)
    owner.editor.setCurrentIndex(owner.editor.findText("Olu Okafor"))
    qtbot.mouseClick(owner.save_button, Qt.MouseButton.LeftButton)

    revenue = _open(window, "revenue")
    first = revenue.board_view.columns[0].model
    qtbot.waitUntil(lambda: first.rowCount() == 1 and first.card(0).initials == "OO")


def test_a_stage_moved_on_the_board_shows_in_the_open_record_page(qtbot, window):
    revenue = _open(window, "revenue")
    columns = revenue.board_view.columns
    cards = columns[0].cards
    rect = cards.visualRect(cards.model().index(0, 0))
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(revenue.preview.view_button, Qt.MouseButton.LeftButton)
    page = revenue.preview.record_page
    qtbot.waitExposed(page)
    assert [i.title for i in page.items if i.kind == "stage"] == ["Moved to Renewal upcoming"]

    _drop(qtbot, revenue, 0, 0, 1, at=QPoint(20, 20))
    qtbot.waitUntil(lambda: columns[1].model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.items[0].kind == "stage")
    assert page.items[0].title == "Moved to Proposal sent"
    assert page.items[0].detail == "from Renewal upcoming"
    assert "Moved to Proposal sent" in [w.text() for w in page.findChildren(QLabel)]
    page.close()
