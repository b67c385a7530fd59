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


def test_the_empty_customers_tab_opens_the_import_wizard_and_the_create_form(qtbot, workspace_db):
    from app.views.import_wizard import ImportWizard

    tab = shown_tab(qtbot, workspace_db, CustomersTab)
    texts = [b.text() for b in tab.empty.actions_shown]
    assert texts == ["Import customers…", "+ Create customer"]
    importing, creating = tab.empty.actions_shown
    qtbot.mouseClick(importing, Qt.MouseButton.LeftButton)
    wizard = tab.import_launcher.wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    wizard.reject()
    qtbot.mouseClick(creating, Qt.MouseButton.LeftButton)
    assert tab.record_form is not None and tab.record_form.isVisible()
    tab.record_form.reject()


def test_a_viewer_who_may_not_edit_sees_the_empty_state_buttons_greyed(
    qtbot, workspace_db, add_user
):
    from app.domain.enums import ViewTab
    from app.views.pipelines.tab import PipelineTab

    add_user("Sam Seatless")  # no service seat: may not edit (PERM-3)
    tab = shown_tab(qtbot, workspace_db, CustomersTab, "Sam Seatless")
    assert tab.empty.actions_shown and not any(b.isEnabled() for b in tab.empty.actions_shown)
    assert all(b.toolTip() for b in tab.empty.actions_shown)
    services = shown_tab(
        qtbot, workspace_db, lambda db, v: PipelineTab(db, v, ViewTab.SERVICES), "Sam Seatless"
    )
    assert not any(b.isEnabled() for b in services.board_hint.actions_shown)


def test_an_empty_pipeline_says_so_on_the_board_and_the_table(qtbot, workspace_db):
    from app.domain.enums import ViewTab
    from app.views.pipelines.tab import PipelineTab

    tab = shown_tab(qtbot, workspace_db, lambda db, v: PipelineTab(db, v, ViewTab.REVENUE))
    tab.set_layout("board")
    assert tab.board_hint.isVisible() and tab.stack.currentWidget() is tab.board_view
    assert "No deals in" in tab.board_hint.heading.text()
    assert [b.text() for b in tab.board_hint.actions_shown] == ["Import deals…", "+ Create"]
    tab.set_layout("table")
    assert not tab.board_hint.isVisible() and tab.stack.currentWidget() is tab.empty
    qtbot.mouseClick(tab.empty.actions_shown[1], Qt.MouseButton.LeftButton)
    assert tab.record_form is not None and tab.record_form.isVisible()
    tab.record_form.reject()


def test_an_empty_task_view_offers_create_task_and_import(qtbot, qloop, workspace_db):
    from app.views.actions.tab import ActionsTab
    from tests.views.conftest import run_until

    tab = shown_tab(qtbot, workspace_db, ActionsTab)
    assert tab.table_stack.currentWidget() is tab.empty
    assert [b.text() for b in tab.empty.actions_shown] == ["Create task", "Import tasks…"]
    qtbot.mouseClick(tab.empty.actions_shown[0], Qt.MouseButton.LeftButton)
    assert tab.create_panel is not None and tab.create_panel.isVisible()
    qtbot.keyClicks(tab.search, "zzzq")
    run_until(qloop, lambda: "zzzq" in tab.empty.heading.text())
    assert [b.text() for b in tab.empty.actions_shown] == ["Clear search"]
