"""Settings → Objects and Team workspaces, driven as a user on an empty workspace (OBJ-1..3,
SET-1, SET-2, SET-6, PERM-4): a custom object with stages becomes the service object and
its records show on the Services tab; a new choice property is offered as a column;
deleting a team workspace needs the tick; a CSM sees it all read-only with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from app.domain import records, writer
from app.domain.errors import ValidationError
from app.domain.history import ChangeBatch
from app.models.changes import write
from app.store import ObjectType, Team, User
from app.views.customers.tab import CustomersTab
from app.views.main_window import MainWindow
from app.views.pipelines.tab import PipelineTab
from app.views.settings.dialog import SettingsDialog
from app.views.settings.objects import ObjectDialog, ObjectsDialog
from app.views.settings.property_dialog import PropertyDialog
from app.views.settings.workspaces import WorkspacesDialog
from tests.support import not_none
from tests.views.conftest import shown_window


def _window(qtbot, db, settings) -> MainWindow:
    return shown_window(qtbot, db, settings)


def _answer_next_input(text: str) -> None:
    """Type `text` into the next QInputDialog and press OK (it opens modally)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(text)
            dialog.accept()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)


def _fill_next_object_dialog(singular: str, plural: str, stages: bool) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ObjectDialog):
            dialog.singular.setText(singular)
            dialog.plural.setText(plural)
            dialog.has_pipelines.setChecked(stages)
            dialog.accept()
        else:
            QTimer.singleShot(10, fill)

    QTimer.singleShot(0, fill)


def _cell(page, row: int, column: int) -> str:
    return not_none(page.property_table.item(row, column)).text()


def _stage_names(page) -> list[str]:
    editor = page.pipeline_editor
    return [editor.stage_list.item(i).text() for i in range(editor.stage_list.count())]


def test_a_custom_object_becomes_the_service_object_and_its_records_show_on_the_board(
    qtbot, workspace_db, window_settings
):
    window = _window(qtbot, workspace_db, window_settings)
    settings = SettingsDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(settings)
    settings.objects_button.click()
    objects = settings.page_dialog
    assert isinstance(objects, ObjectsDialog)
    page = objects.page
    assert page.banner.isHidden()

    _fill_next_object_dialog("Subscription", "Subscriptions", stages=True)
    page.new_object_button.click()
    assert not_none(page.current_object()).plural == "Subscriptions"
    assert page.sections.isTabEnabled(1)
    page.sections.setCurrentIndex(1)
    editor = page.pipeline_editor
    assert [editor.pipeline_list.item(i).text() for i in range(editor.pipeline_list.count())] == [
        "Subscriptions"
    ]
    # rename the first stage and add one
    editor.stage_list.setCurrentRow(0)
    _answer_next_input("Trial")
    editor.buttons["rename_stage"].click()
    _answer_next_input("Cancelled")
    editor.buttons["add_stage"].click()
    assert _stage_names(page) == ["Trial", "In progress", "Done  · closed", "Cancelled"]
    editor.stage_list.setCurrentRow(3)
    editor.buttons["closed_stage"].click()
    assert _stage_names(page)[3] == "Cancelled  · closed"
    assert editor.buttons["closed_stage"].isChecked()
    editor.buttons["up_stage"].click()
    assert _stage_names(page)[2] == "Cancelled  · closed"

    # SET-1: the service object
    page.service_object.setCurrentIndex(page.service_object.findText("Subscriptions"))
    page.save_choices.click()
    assert page.error.isHidden(), page.error.text()
    qtbot.waitUntil(lambda: not window._rebuild_pending)  # the tabs follow the change
    window.tabs.setCurrentIndex(window.tab_keys().index("services"))
    services = window.tab_content("services")
    assert isinstance(services, PipelineTab)
    assert services.board is not None
    assert [c.model.stage.name for c in services.board_view.columns] == [
        "Trial", "In progress", "Cancelled", "Done"
    ]  # fmt: skip

    # a record created in it (records.create_record, as any user action) appears on it
    trial = services.board.pipeline.stages[0].id

    def create(session) -> None:
        subs = session.scalar(select(ObjectType).where(ObjectType.key == "subscriptions"))
        records.create_record(session, window.viewer, subs, {"name": "Acme yearly", "stage": trial})

    write(workspace_db, create)
    qtbot.waitUntil(lambda: services.board_view.columns[0].model.rowCount() == 1)
    assert services.board_view.columns[0].model.card(0).name == "Acme yearly"


def test_a_new_choice_property_is_offered_as_a_table_column(qtbot, workspace_db, window_settings):
    window = _window(qtbot, workspace_db, window_settings)
    dialog = ObjectsDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(dialog)
    page = dialog.page
    page.select_object("Companies")
    page.property_buttons["add"].click()
    prop_dialog = page.dialog
    assert isinstance(prop_dialog, PropertyDialog)
    prop_dialog.label.setText("Contract tier")
    prop_dialog.type.setCurrentIndex(prop_dialog.type.findText("Single choice"))
    assert prop_dialog.options_box.isVisibleTo(prop_dialog)
    prop_dialog.new_options.setPlainText("Gold\nSilver\n\nBronze")
    prop_dialog.save_button.click()
    assert prop_dialog.result() == PropertyDialog.DialogCode.Accepted
    rows = [_cell(page, r, 0) for r in range(page.property_table.rowCount())]
    assert rows[-1] == "Contract tier"
    assert _cell(page, len(rows) - 1, 2) == "Gold, Silver, Bronze"

    # a duplicate is refused at the dialog, with the reason
    page.property_buttons["add"].click()
    again = page.dialog
    assert isinstance(again, PropertyDialog)
    again.label.setText("contract tier")
    again.save_button.click()
    assert "already have a property called “Contract tier”" in again.error.text()
    again.reject()

    # the Customers tab, rebuilt after the change, offers it as a column
    qtbot.waitUntil(lambda: not window._rebuild_pending)
    window.tabs.setCurrentIndex(window.tab_keys().index("customers"))
    customers = window.tab_content("customers")
    assert isinstance(customers, CustomersTab)
    qtbot.waitUntil(lambda: customers.catalog is not None)
    customers.edit_columns()
    offered = [
        customers.columns_dialog.list.item(i).text()
        for i in range(customers.columns_dialog.list.count())
    ]
    assert "Contract tier" in offered
    customers.columns_dialog.reject()


def test_an_options_rename_and_a_property_move_are_saved_at_once(
    qtbot, workspace_db, window_settings
):
    window = _window(qtbot, workspace_db, window_settings)
    dialog = ObjectsDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(dialog)
    page = dialog.page
    page.select_object("Companies")
    row = next(
        r for r in range(page.property_table.rowCount())
        if _cell(page, r, 0) == "Tier"
    )  # fmt: skip
    page.property_table.selectRow(row)
    page.property_buttons["up"].click()
    assert _cell(page, row - 1, 0) == "Tier"
    page.property_buttons["edit"].click()
    edit = page.dialog
    assert isinstance(edit, PropertyDialog)
    assert not edit.type.isEnabled()
    edit.option_list.setCurrentRow(2)  # SMB
    _answer_next_input("Small business")
    edit.option_buttons["rename"].click()
    assert [edit.option_list.item(i).text() for i in range(3)] == [
        "Enterprise", "Mid-market", "Small business"
    ]  # fmt: skip
    edit.option_buttons["up"].click()
    assert edit.option_list.item(1).text() == "Small business"
    edit.reject()
    assert "Small business" in _cell(page, row - 1, 2)


def test_a_csm_sees_objects_and_workspaces_read_only_with_the_reason(
    qtbot, workspace_db, window_settings, add_user
):
    cory = add_user("Cory Csm", has_service_seat=True)
    window = _window(qtbot, workspace_db, window_settings)
    window.sign_in(cory.id)
    dialog = ObjectsDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(dialog)
    page = dialog.page
    assert page.banner.isVisibleTo(dialog) and "Manage CS settings" in page.banner.text()
    assert not page.new_object_button.isEnabled()
    assert "Manage CS settings" in page.new_object_button.toolTip()
    assert not page.property_buttons["add"].isEnabled()
    assert not page.save_choices.isEnabled()
    assert page.property_table.rowCount() > 0  # still there to look at
    workspaces = WorkspacesDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(workspaces)
    assert not workspaces.page.new_button.isEnabled()
    assert "Manage CS settings" in workspaces.page.banner.text()


def test_a_team_workspace_is_made_and_deleted_only_after_the_tick(
    qtbot, workspace_db, window_settings
):
    with workspace_db.write_session() as s:
        admin = s.scalar(select(User).where(User.name == "Ada Admin"))
        batch = ChangeBatch(s, admin.id)
        writer.add(batch, Team(name="Onboarding"))
        writer.add(batch, Team(name="Renewals"))
    window = _window(qtbot, workspace_db, window_settings)
    dialog = WorkspacesDialog(workspace_db, window.viewer, window)
    qtbot.addWidget(dialog)
    page = dialog.page
    page.new_button.click()
    assert page.list.count() == 1
    page.name.setText("Onboarding team")
    page.description.setPlainText("The first 90 days")
    page.teams.item(0).setCheckState(Qt.CheckState.Checked)
    page.save_button.click()
    assert page.error.isHidden(), page.error.text()
    assert page.list.item(0).text() == "Onboarding team"

    page.delete_button.click()
    confirm = page.delete_dialog
    assert confirm is not None
    assert not confirm.delete_button.isEnabled()  # SET-6: not before the tick
    # the domain refuses too, whatever the button does
    try:
        page.model.delete(not_none(page.current_id()), confirmed=False)
    except ValidationError as exc:
        assert "I understand that deleting this workspace cannot be undone" in exc.message
    else:
        raise AssertionError("deleting without the tick was not refused")
    assert page.model.workspaces()
    confirm.understood.setChecked(True)
    assert confirm.delete_button.isEnabled()
    confirm.delete_button.click()
    assert page.list.count() == 0
    assert page.model.workspaces() == []
    with workspace_db.session() as s:
        assert all(t.workspace_id is None for t in s.scalars(select(Team)))
