"""Customers with their health (issue 13 item 5, HEALTH-2): the Health score and Health
status columns in the built-in views, the status as a pill with its label, the score
right-aligned, sorting by score from the header, and the "Health status" quick filter."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select, update

from app.domain import records
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.models.record_table import RAW_VALUE_ROLE
from app.store import Record, User
from app.views.common.health_pill import StatusPillDelegate
from app.views.customers.tab import CustomersTab
from tests.support import not_none
from tests.views.conftest import shown

BOOK = {"Acme": (82, "healthy"), "Birch": (34, "at_risk"), "Cedar": (55, "neutral")}


def _book(db) -> None:
    """Four customers of Ada's: three scored as the store leaves them, one not scored."""
    with db.write_session() as s:
        admin = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        for name in (*BOOK, "Dune"):
            record = records.create_record(
                s, admin, customer_object(s), {"name": name, "csm_owner": admin.id}
            )
            if name in BOOK:
                score, status = BOOK[name]
                s.execute(
                    update(Record)
                    .where(Record.id == record.id)
                    .values(health_score=score, health_status=status)
                )


def _tab(qtbot, db) -> CustomersTab:
    with db.session() as s:
        viewer = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
    tab = shown(qtbot, CustomersTab(db, viewer), (1280, 720))
    qtbot.waitUntil(lambda: not_none(tab.model).rowCount() == 4)
    return tab


def _column(tab: CustomersTab, key: str) -> int:
    return [p.key for p in not_none(tab.model).columns].index(key)


def _names(tab: CustomersTab) -> list[str]:
    model = not_none(tab.model)
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_the_health_columns_show_the_status_as_a_pill_and_the_score_right(qtbot, workspace_db):
    _book(workspace_db)
    tab = _tab(qtbot, workspace_db)
    model = not_none(tab.model)
    labels = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert labels[:4] == ["Company name", "CSM owner", "Health score", "Health status"]
    score, status = _column(tab, "health_score"), _column(tab, "health_status")
    row = _names(tab).index("Birch")
    assert model.index(row, score).data() == "34"
    assert model.index(row, score).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight
    )
    assert model.index(row, status).data() == "At risk"  # the label, not "at_risk"
    assert model.index(row, status).data(RAW_VALUE_ROLE) == "at_risk"
    assert model.index(_names(tab).index("Dune"), status).data() == ""
    assert isinstance(tab.table.itemDelegateForColumn(status), StatusPillDelegate)
    assert tab.table.itemDelegateForColumn(score) is None


def test_sorting_by_score_from_the_header_highest_first(qtbot, workspace_db):
    _book(workspace_db)
    tab = _tab(qtbot, workspace_db)
    header = tab.table.horizontalHeader()
    section = _column(tab, "health_score")
    at = QPoint(header.sectionViewportPosition(section) + 20, header.height() // 2)

    def scored() -> list[str]:  # the unscored customer sorts where the database puts NULL
        return [n for n in _names(tab) if n != "Dune"]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert scored() == ["Birch", "Cedar", "Acme"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert scored() == ["Acme", "Cedar", "Birch"]
    assert header.sortIndicatorSection() == section
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert tab.unsaved.isVisible()


def test_the_at_risk_quick_filter(qtbot, workspace_db):
    _book(workspace_db)
    tab = _tab(qtbot, workspace_db)
    quick = not_none(tab.health_filter)
    assert quick.text() == "Health ▾"
    choices = [a.text() for a in quick.menu().actions()]
    assert choices == ["Any", "At risk", "Neutral", "Healthy", "Not scored"]
    next(a for a in quick.menu().actions() if a.text() == "At risk").trigger()
    assert quick.text() == "Health: At risk"
    assert _names(tab) == ["Birch"] and tab.count.text() == "1 customer"
    next(a for a in quick.menu().actions() if a.text() == "Not scored").trigger()
    assert _names(tab) == ["Dune"]
    next(a for a in quick.menu().actions() if a.text() == "Any").trigger()
    assert len(_names(tab)) == 4


def test_the_advanced_filter_offers_the_statuses_by_label(qtbot, workspace_db):
    _book(workspace_db)
    tab = _tab(qtbot, workspace_db)
    bar = not_none(tab.filter_bar)
    qtbot.mouseClick(bar.advanced, Qt.MouseButton.LeftButton)
    editor = not_none(bar.editor)
    row = editor.add_condition(editor.groups[0])
    row.prop_combo.setCurrentIndex(row.prop_combo.findData("health_status"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("is_any_of"))
    texts = [row.several.item(i).text() for i in range(row.several.count())]
    assert texts == ["At risk", "Neutral", "Healthy"]
    editor.reject()
