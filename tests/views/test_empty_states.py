"""Empty tabs say what they hold and lead somewhere (issue 12 item 8): an empty workspace,
a view that hides records that exist, a search that found none."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain import records
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object, signed_in
from app.views.customers.tab import CustomersTab
from tests.support import not_none
from tests.views.conftest import shown_tab


def _add_company(db, name: str, domain: str) -> None:
    with db.write_session() as session:
        viewer = viewer_of(not_none(signed_in(session)))
        records.create_record(
            session, viewer, customer_object(session), {"name": name, "domain": domain}
        )


def _empty_text(tab) -> str:
    return f"{tab.empty.heading.text()} | {tab.empty.body.text()}"


def test_an_empty_workspace_says_how_customers_get_in(qtbot, workspace_db):
    tab = shown_tab(qtbot, workspace_db, CustomersTab)
    assert tab.table_stack.currentWidget() is tab.empty
    assert tab.empty.isVisible()
    assert "No customers yet" in _empty_text(tab)
    assert "CSV export" in _empty_text(tab)


def test_owned_by_me_explains_that_none_is_assigned_and_shows_all(qtbot, workspace_db):
    _add_company(workspace_db, "Acme", "acme.example")  # no CSM
    tab = shown_tab(qtbot, workspace_db, CustomersTab)
    assert tab.view is not None
    if tab.view.builtin != "owned_by_me":
        owned = next(v for v in tab.sidebar.views if v.builtin == "owned_by_me")
        tab.sidebar.select(owned.id)
    assert tab.table_stack.currentWidget() is tab.empty
    assert "assigned to you" in _empty_text(tab)
    (show_all,) = tab.empty.actions_shown
    qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    assert tab.view.builtin == "all_records"
    assert tab.table_stack.currentWidget() is tab.table
    assert tab.model is not None and tab.model.total == 1


def test_a_search_that_finds_nothing_offers_to_clear_it(qtbot, qloop, workspace_db):
    from tests.views.conftest import run_until

    _add_company(workspace_db, "Acme", "acme.example")
    tab = shown_tab(qtbot, workspace_db, CustomersTab)
    every = next(v for v in tab.sidebar.views if v.builtin == "all_records")
    tab.sidebar.select(every.id)
    qtbot.keyClicks(tab.search, "zzzq")
    run_until(qloop, lambda: tab.table_stack.currentWidget() is tab.empty)
    assert "zzzq" in _empty_text(tab)
    (clear,) = tab.empty.actions_shown
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: tab.table_stack.currentWidget() is tab.table)
    assert tab.search.text() == ""
