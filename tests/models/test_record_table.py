"""The lazy customer table model: Qt's model checks, paging as the view scrolls, SQL sort,
and values formatted for the viewer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import select

from app.domain import records
from app.domain.record_query import RecordQuery
from app.domain.workspace import customer_object
from app.models.record_table import RAW_VALUE_ROLE, RECORD_ID_ROLE, RecordTableModel
from app.store import Record
from tests.support import signed_in_user

COLUMNS = [
    "name",
    "csm_owner",
    "arr",
    "renewal_date",
    "nps",
    "strategic",
    "products",
    "create_date",
]


def _book(db, n=45):
    with db.session() as session, session.begin():
        admin = signed_in_user(session)
        companies = customer_object(session)
        for i in range(n):
            values = {"name": f"Company {i:02d}", "arr": (i + 1) * 100_000, "nps": i % 11}
            if i % 3:
                values |= {"csm_owner": admin.id, "renewal_date": dt.date(2027, 1, 1 + i % 28)}
            if i % 4 == 0:
                values |= {"strategic": True, "products": ["Core", "Analytics"]}
            records.create_record(session, admin, companies, values)
        return admin, companies.id


def _model(db, page_size=10, **query):
    admin, companies = _book(db)
    with db.session() as session:
        viewer = session.get(type(admin), admin.id)
    return RecordTableModel(
        db, viewer, RecordQuery(companies, **query), COLUMNS, page_size=page_size
    )


def test_passes_qt_model_checks_while_paging_and_sorting(qtmodeltester, workspace_db):
    model = _model(workspace_db)
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # Qt's own C++ tester too


def test_rows_arrive_a_page_at_a_time_as_the_view_scrolls(qtbot, workspace_db):
    model = _model(workspace_db, page_size=10)
    assert (model.rowCount(), model.total) == (10, 45)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 10)
    while model.canFetchMore():
        view.scrollToBottom()
        qtbot.wait(1)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert len(names) == len(set(names)) == 45


def test_sorting_runs_in_sql_and_keeps_the_count(workspace_db):
    model = _model(workspace_db, page_size=50)
    with model.db.session() as session:
        arrs = sorted(session.scalars(select(Record.amount_minor)).all(), reverse=True)
    model.sort(COLUMNS.index("arr"), Qt.SortOrder.DescendingOrder)
    shown = [model.index(r, 2).data(RAW_VALUE_ROLE) for r in range(model.rowCount())]
    assert shown == [a for a in arrs if a is not None][: len(shown)]
    assert model.total == 45
    assert model.index(0, 0).data(RECORD_ID_ROLE)


def test_values_are_formatted_for_the_viewer(workspace_db):
    model = _model(workspace_db, page_size=50, sort_key="name")
    row = {model.index(r, 0).data(): r for r in range(model.rowCount())}["Company 04"]
    cells = [model.index(row, c).data() for c in range(len(COLUMNS))]
    assert cells[0] == "Company 04"
    assert cells[1] == "Ada Admin"
    assert cells[2] == "$5,000"
    assert cells[3] == "1/5/27"
    assert cells[4] == "4"
    assert cells[5] == "Yes"
    assert cells[6] == "Core, Analytics"
    assert cells[7]  # the create date, in the viewer's zone
    assert model.headerData(2, Qt.Orientation.Horizontal) == "ARR"
    assert model.index(row, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_a_filter_changes_rows_and_count(workspace_db, qtbot):
    model = _model(workspace_db, page_size=50)
    owned = [[{"property": "csm_owner", "op": "is_any_of", "value": ["me"]}]]
    with qtbot.waitSignal(model.countChanged) as changed:
        model.set_query(RecordQuery(model.query.object_type_id, filters=owned))
    assert changed.args == [30] and model.rowCount() == 30
