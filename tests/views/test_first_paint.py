"""AfterFirstPaint: work that waits for a widget's first frame (the Summary's off-thread
reads start so, issue 15 item 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.views.common.first_paint import AfterFirstPaint
from tests.views.conftest import shown_tab


def test_the_work_runs_once_after_the_first_paint(qtbot):
    widget = QLabel("day")
    qtbot.addWidget(widget)
    calls: list[bool] = []
    AfterFirstPaint(widget, lambda: calls.append(widget.isVisible()))
    qtbot.wait(20)
    assert calls == []  # not shown, not painted: nothing yet
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    widget.update()
    widget.repaint()
    qtbot.wait(20)
    assert calls == [True]  # once


def test_nothing_runs_when_the_widget_goes_before_its_paint(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    child = QLabel("soon gone", parent)
    calls: list[int] = []
    AfterFirstPaint(child, lambda: calls.append(1))
    parent.show()
    child.deleteLater()
    qtbot.wait(50)
    assert calls == []


def test_the_summary_reads_its_cards_once_its_day_is_painted(qtbot, workspace_db):
    from app.views.summary.tab import SummaryTab

    tab = SummaryTab(*_args(workspace_db))
    qtbot.addWidget(tab)
    qtbot.wait(20)
    assert tab.reading and not tab.view_cards.pending  # built, not shown: not read
    assert not tab.health.pending and not tab.reports.pending
    shown = shown_tab(qtbot, workspace_db, SummaryTab)
    assert not shown.reading  # painted, then its view cards, health and reports read
    assert shown.view_cards.cards and shown.health.shown is not None


def _args(db):
    from sqlalchemy import select

    from app.domain.viewer import viewer_of
    from app.store import User

    with db.session() as session:
        return db, viewer_of(session.scalar(select(User).where(User.name == "Ada Admin")))
