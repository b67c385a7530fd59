"""Dates in the advanced-filter editor typed as the viewer reads them (issue 12 item 7,
UX-3, UX-5), driven on the Customers tab of the small demo by a pl_PL viewer: the
locale's example as placeholder, `15.06.2027` typed or a day picked from the calendar,
kept in ISO, shown back in the viewer's form; a bad date refused at the condition."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView, QToolButton
from sqlalchemy import select

from app.domain.date_input import date_hint
from app.domain.demo import generate_demo
from app.domain.viewer import viewer_of
from app.models.record_table import RAW_VALUE_ROLE
from app.store import User
from app.store.engine import open_database
from app.views.common.filter_editor import ConditionRow
from app.views.customers.tab import CustomersTab
from tests.support import not_none
from tests.views.conftest import shown


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("filter_dates") / "demo.db"
    db = open_database(path)
    generate_demo(db, companies=60, seed=4)
    db.dispose()
    return path


@pytest.fixture
def tab(qtbot, demo_path, tmp_path):
    """Avery Stone's Customers tab, Avery reading Polish dates (dd.mm.yyyy)."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_path, copy)
    db = open_database(copy)
    with db.session() as session, session.begin():
        session.scalars(select(User).where(User.name == "Avery Stone")).one().locale = "pl_PL"
    with db.session() as session:
        viewer = viewer_of(session.scalars(select(User).where(User.name == "Avery Stone")).one())
    tab = shown(qtbot, CustomersTab(db, viewer), (1200, 700))
    everyone = next(i for i, v in enumerate(tab.sidebar.views) if v.name == "All customers")
    tab.sidebar.list.setCurrentRow(everyone)
    qtbot.waitUntil(lambda: not_none(tab.model).total == 60)
    yield tab
    db.dispose()


def _condition(qtbot, tab, key: str, op: str) -> ConditionRow:
    bar = not_none(tab.filter_bar)
    qtbot.mouseClick(bar.advanced, Qt.MouseButton.LeftButton)
    editor = not_none(bar.editor)
    if editor.groups:
        row = editor.add_condition(editor.groups[0])
    else:
        editor.add_group()  # a new group comes with one empty condition
        row = editor.groups[0][2][0]
    row.prop_combo.setCurrentIndex(row.prop_combo.findData(key))
    row.op_combo.setCurrentIndex(row.op_combo.findData(op))
    qtbot.waitUntil(row.isVisible)  # a row added to the open editor shows on the next pass
    return row


def _renewals(tab) -> list[dt.date]:
    model = not_none(tab.model)
    column = [p.key for p in model.columns].index("renewal_date")
    return [model.index(r, column).data(RAW_VALUE_ROLE) for r in range(model.rowCount())]


def test_a_renewal_date_is_typed_in_polish_form_kept_in_iso_and_shown_back(qtbot, tab):
    bar = not_none(tab.filter_bar)
    owned = not_none(tab.model).total
    row = _condition(qtbot, tab, "renewal_date", "lt")
    editor = not_none(bar.editor)
    assert row.day.isVisible() and not row.value.isVisible() and not row.day_to.isVisible()
    assert row.day.placeholderText() == date_hint("pl_PL")  # "31.12.2026 or 2026-12-31"
    assert row.day.placeholderText().startswith("31.12.")

    # a day that is not on the calendar: refused at the condition, nothing applied
    qtbot.keyClicks(row.day, "31.02.2027")
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and not row.error.isHidden()
    assert "“31.02.2027” is not a date on the calendar" in row.error.text()
    assert "Write 31.12." in row.error.text()
    assert not any(c.get("property") == "renewal_date" for g in bar.groups for c in g)

    known = sorted(day for day in _renewals(tab) if day is not None)
    cut = known[len(known) // 2]  # about half of the customers renew before it
    row.day.clear()
    qtbot.keyClicks(row.day, cut.strftime("%d.%m.%Y"))
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    kept = {"property": "renewal_date", "op": "lt", "value": cut.isoformat()}
    assert kept in bar.groups[0]
    qtbot.waitUntil(lambda: 0 < not_none(tab.model).total < owned)
    qtbot.waitUntil(lambda: not_none(tab.model).rowCount() == not_none(tab.model).total)
    assert all(day is not None and day < cut for day in _renewals(tab))

    # opened again, the kept day is shown as the viewer reads dates
    qtbot.mouseClick(bar.advanced, Qt.MouseButton.LeftButton)
    editor = not_none(bar.editor)
    again = [r for _f, _l, rows in editor.groups for r in rows if r.prop().key == "renewal_date"]
    assert [r.day.text() for r in again] == [f"{cut.day}.{cut.month:02}.{cut.year}"]  # as shown


def test_between_takes_a_typed_start_and_an_end_picked_from_the_calendar(qtbot, tab):
    bar = not_none(tab.filter_bar)
    row = _condition(qtbot, tab, "renewal_date", "between")
    editor = not_none(bar.editor)
    assert row.day.isVisible() and row.day_to.isVisible() and not row.value.isVisible()
    short = date_hint("pl_PL").split(" or ")[0]  # two fields share the width
    assert row.day.placeholderText() == row.day_to.placeholderText() == short
    known = sorted(day for day in _renewals(tab) if day is not None)
    start, end = known[len(known) // 4], known[len(known) // 2]
    qtbot.keyClicks(row.day, start.strftime("%d.%m.%Y"))
    button = next(b for b in row.day_to.findChildren(QToolButton) if b.defaultAction())
    assert button.defaultAction() is row.day_to.pick_action  # the icon at the end of the line
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = not_none(row.day_to.popup)
    qtbot.waitUntil(popup.isVisible)
    popup.calendar.setSelectedDate(QDate(end.year, end.month, end.day))
    qtbot.keyClick(popup.calendar.findChild(QTableView), Qt.Key.Key_Return)
    assert not popup.isVisible() and row.day_to.typed_date() == end
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    kept = {
        "property": "renewal_date",
        "op": "between",
        "value": [start.isoformat(), end.isoformat()],
    }
    assert kept in bar.groups[0]
    qtbot.waitUntil(lambda: 0 < not_none(tab.model).total < 60)
    qtbot.waitUntil(lambda: not_none(tab.model).rowCount() == not_none(tab.model).total)
    assert all(d is not None and start <= d <= end for d in _renewals(tab))


def test_a_date_time_property_takes_a_polish_day_and_an_end_before_the_start_is_refused(qtbot, tab):
    bar = not_none(tab.filter_bar)
    row = _condition(qtbot, tab, "last_activity_date", "between")
    editor = not_none(bar.editor)
    qtbot.keyClicks(row.day, "15.06.2027")
    qtbot.keyClicks(row.day_to, "2027-06-01")  # ISO reads too
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "the end is before the start" in row.error.text()
    row.day_to.clear()
    qtbot.keyClicks(row.day_to, "30.06.2027")
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    kept = {
        "property": "last_activity_date",
        "op": "between",
        "value": ["2027-06-15", "2027-06-30"],
    }
    assert kept in bar.groups[0]
    # a number of days is still a number, not a date
    row = _condition(qtbot, tab, "last_activity_date", "more_than_days_ago")
    assert row.value.isVisible() and not row.dates.isVisible()
    assert row.value.placeholderText() == "days"
