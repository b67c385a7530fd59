"""The preview panel driven as a CSM would (OBJ-2, OBJ-4, OBJ-5, CUS-5): add a contact to
a company by typing its name, remove it and undo, open the associated record and come
back, derived counts that follow, history with old → new and its source, delete with
Undo, restore from "Deleted records", and a viewer who may not edit. On an empty
workspace a user fills, and on the small demo."""

from __future__ import annotations

import dataclasses
import shutil
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.domain import associations, pipelines, records
from app.domain.demo import generate_demo
from app.domain.errors import PermissionDenied
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.models.changes import write
from app.store import ObjectType, Pipeline, Record, Stage, User
from app.store.engine import open_database
from app.views.common.deleted_records import DeletedRecordsDialog
from app.views.customers.tab import CustomersTab
from tests.support import not_none
from tests.views.conftest import shown


def _viewer(db, name: str = "Ada Admin"):
    with db.session() as s:
        return viewer_of(s.scalars(select(User).where(User.name == name)).one())


def _object_id(db, key: str) -> uuid.UUID:
    with db.session() as s:
        return s.scalars(select(ObjectType.id).where(ObjectType.key == key)).one()


@pytest.fixture
def filled(workspace_db):
    """An empty workspace the user filled: a company they look after, two contacts, a
    deal in the first stage."""
    db = workspace_db
    with db.write_session() as s:
        admin = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        contacts = s.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
        deals = s.scalars(select(ObjectType).where(ObjectType.key == "deals")).one()
        stages = s.scalars(
            select(Stage)
            .join(Pipeline, Pipeline.id == Stage.pipeline_id)
            .where(Pipeline.object_type_id == deals.id)
            .order_by(Stage.position)
        ).all()
        acme = records.create_record(
            s, admin, customer_object(s), {"name": "Acme", "csm_owner": admin.id, "nps": 5}
        )
        records.create_record(s, admin, contacts, {"name": "Ann Árbol", "email": "ann@acme.test"})
        records.create_record(s, admin, contacts, {"name": "Bob Brown"})
        deal = records.create_record(
            s, admin, deals, {"name": "Acme renewal", "amount": "5000", "stage": stages[0].id}
        )
        associations.associate(s, admin, deal.id, acme.id)
    return db


def _tab(qtbot, db, viewer=None) -> CustomersTab:
    return shown(qtbot, CustomersTab(db, viewer or _viewer(db)), (1200, 700))


def _open_first(qtbot, tab: CustomersTab):
    model = not_none(tab.model)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rect = tab.table.visualRect(model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    preview = not_none(tab.preview)
    assert preview.isVisible()
    return preview


def _shown(preview, key: str) -> str:
    return preview.rows[key].shown.text()


def _add_by_typing(qtbot, preview, section_key: str, text: str) -> None:
    section = preview.sections[section_key]
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.find_box.isVisible()
    qtbot.keyClicks(section.find_box, text)
    qtbot.waitUntil(lambda: section.found.isVisible(), timeout=5000)
    item = section.found.item(0)
    rect = section.found.visualItemRect(item)
    qtbot.mouseClick(section.found.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_user_adds_a_contact_by_typing_opens_it_removes_it_and_undoes(qtbot, filled):
    tab = _tab(qtbot, filled)
    preview = _open_first(qtbot, tab)
    assert preview.title.text() == "Acme"
    assert _shown(preview, "contact_count") == "0"
    assert _shown(preview, "open_deal_count") == "1"
    assert _shown(preview, "open_deal_amount") == "$5,000"
    derived = preview.rows["contact_count"]
    assert derived.edit_button.isHidden() and derived.details_button.isHidden()
    assert derived.objectName() == "DerivedRow"  # its own look: read-only, calculated
    assert [preview.sections["deals"].links[k].text() for k in preview.sections["deals"].links] == [
        "Acme renewal"
    ]

    _add_by_typing(qtbot, preview, "contacts", "arbol")  # accents and case folded
    section = preview.sections["contacts"]
    assert [b.text() for b in section.links.values()] == ["Ann Árbol"]
    assert section.heading.text() == "Contacts (1)"
    assert _shown(preview, "contact_count") == "1"  # the derived count follows

    # open the associated contact in the panel, and come back
    ann_id = next(iter(section.links))
    qtbot.mouseClick(section.links[ann_id], Qt.MouseButton.LeftButton)
    assert preview.title.text() == "Ann Árbol" and preview.kind.text() == "Contact"
    assert [b.text() for b in preview.sections["companies"].links.values()] == ["Acme"]
    assert preview.back_button.isVisible() and "Acme" in preview.back_button.toolTip()
    qtbot.mouseClick(preview.back_button, Qt.MouseButton.LeftButton)
    assert preview.title.text() == "Acme" and not preview.back_button.isVisible()

    # remove it: gone at once, the bar offers Undo
    section = preview.sections["contacts"]
    qtbot.mouseClick(section.remove_buttons[ann_id], Qt.MouseButton.LeftButton)
    assert preview.sections["contacts"].links == {}
    assert _shown(preview, "contact_count") == "0"
    assert preview.undo_bar.isVisible()
    assert preview.undo_bar.label.text() == "Removed Ann Árbol from Acme."
    qtbot.mouseClick(preview.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [b.text() for b in preview.sections["contacts"].links.values()] == ["Ann Árbol"]
    assert _shown(preview, "contact_count") == "1"


def test_derived_values_as_table_columns_follow_a_deal_closed_elsewhere(qtbot, filled):
    tab = _tab(qtbot, filled)
    model = not_none(tab.model)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    qtbot.mouseClick(tab.columns_button, Qt.MouseButton.LeftButton)
    dialog = tab.columns_dialog
    for i in range(dialog.list.count()):
        if dialog.list.item(i).text() in ("Open deals", "Open deal amount"):
            dialog.list.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    model = not_none(tab.model)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    labels = [p.label for p in model.columns]
    deals_col, amount_col = labels.index("Open deals"), labels.index("Open deal amount")
    assert model.index(0, deals_col).data() == "1"
    assert model.index(0, amount_col).data() == "$5,000"
    tab.table.horizontalHeader().sectionClicked.emit(deals_col)  # a click on its header
    assert "cannot be sorted" in tab.messages.label.text()
    preview = _open_first(qtbot, tab)
    with filled.session() as s:
        deal = s.scalars(select(Record).where(Record.name == "Acme renewal")).one()
        won = s.scalars(
            select(Stage).where(Stage.pipeline_id == deal.pipeline_id, Stage.name == "Closed won")
        ).one()
    # the deal is won elsewhere (the Revenue board writes the same way)
    write(filled, lambda s: pipelines.move_to_stage(
        s, _viewer(filled), [deal.id], won.id, values={"close_date": "2026-03-01"}
    ))  # fmt: skip
    qtbot.waitUntil(lambda: not_none(tab.model).index(0, deals_col).data() == "0")
    qtbot.waitUntil(lambda: _shown(preview, "open_deal_count") == "0")
    assert _shown(preview, "open_deal_amount") == "$0"


def test_history_shows_old_and_new_values_who_and_the_source(qtbot, filled):
    tab = _tab(qtbot, filled)
    preview = _open_first(qtbot, tab)
    row = preview.rows["nps"]
    qtbot.mouseClick(row.edit_button, Qt.MouseButton.LeftButton)
    row.editor.clear()
    qtbot.keyClicks(row.editor, "9")
    qtbot.mouseClick(row.save_button, Qt.MouseButton.LeftButton)
    row = preview.rows["nps"]
    qtbot.mouseClick(row.details_button, Qt.MouseButton.LeftButton)
    lines = row.history.text().splitlines()
    assert lines[0].startswith("5 → 9 · Ada Admin · ") and lines[0].endswith(" · Edit")
    assert lines[1].startswith("— → 5 · Ada Admin")

    # a stage move shows the stages by name, as a stage move
    deal_id = next(iter(preview.sections["deals"].links))
    with filled.write_session() as s:
        admin = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        deal = s.get(Record, deal_id)
        stages = s.scalars(
            select(Stage).where(Stage.pipeline_id == deal.pipeline_id).order_by(Stage.position)
        ).all()
        pipelines.move_to_stage(s, admin, [deal_id], stages[1].id)
        names = stages[0].name, stages[1].name
    qtbot.mouseClick(preview.sections["deals"].links[deal_id], Qt.MouseButton.LeftButton)
    next(a for a in preview.actions_menu.actions() if a.text() == "Property history").trigger()
    table = preview.history_dialog.table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())]
             for r in range(table.rowCount())]  # fmt: skip
    stage_rows = [c for c in cells if c[1] == "Stage"]
    assert stage_rows[0][2:] == [names[0], names[1], "Ada Admin", "Stage move"]
    assert [c[1:4] for c in cells if c[1] == "Amount"] == [["Amount", "—", "$5,000"]]


def test_delete_then_undo_and_delete_then_restore_from_deleted_records(qtbot, filled):
    tab = _tab(qtbot, filled)
    model = not_none(tab.model)
    preview = _open_first(qtbot, tab)
    acme_id = preview.record_id
    delete = next(a for a in preview.actions_menu.actions() if a.text() == "Delete…")
    delete.trigger()
    assert "“Acme”" in preview.confirm.text()
    qtbot.mouseClick(preview.confirm_button, Qt.MouseButton.LeftButton)
    assert preview.undo_bar.label.text() == "Deleted Acme."
    assert any(
        label.text() == "This record was deleted." for label in preview.body.findChildren(QLabel)
    )
    qtbot.waitUntil(lambda: model.rowCount() == 0)  # the table follows
    qtbot.mouseClick(preview.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert preview.record_id == acme_id and preview.title.text() == "Acme"
    qtbot.waitUntil(lambda: model.rowCount() == 1)

    # delete again, then restore from the views sidebar's "Deleted records…"
    next(a for a in preview.actions_menu.actions() if a.text() == "Delete…").trigger()
    qtbot.mouseClick(preview.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert tab.sidebar.deleted_button.isVisible()
    qtbot.mouseClick(tab.sidebar.deleted_button, Qt.MouseButton.LeftButton)
    dialog = tab.deleted_dialog
    assert isinstance(dialog, DeletedRecordsDialog) and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert [not_none(dialog.table.item(0, c)).text() for c in (0, 2)] == ["Acme", "Ada Admin"]
    assert not dialog.restore_button.isEnabled()  # nothing selected yet
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Restored Acme."
    assert dialog.table.rowCount() == 0
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    with filled.session() as s:
        assert not_none(s.get(Record, acme_id)).deleted_at is None


def test_delete_from_the_tables_right_click_menu(qtbot, filled):
    tab = _tab(qtbot, filled)
    model = not_none(tab.model)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    pos = tab.table.visualRect(model.index(0, 1)).center()
    tab.table.customContextMenuRequested.emit(pos)
    menu = tab.row_menu
    assert menu.isVisible()
    next(a for a in menu.actions() if a.text() == "Delete…").trigger()
    preview = not_none(tab.preview)
    assert preview.isVisible() and "“Acme”" in preview.confirm.text()
    qtbot.mouseClick(preview.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert preview.undo_bar.label.text() == "Deleted Acme."
    qtbot.mouseClick(preview.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 1)


def test_a_viewer_who_may_not_edit_sees_greyed_controls_and_is_refused(qtbot, filled):
    reason = "This workspace file is read-only."
    viewer = dataclasses.replace(_viewer(filled), read_only=reason)
    tab = _tab(qtbot, filled, viewer)
    preview = _open_first(qtbot, tab)
    section = preview.sections["contacts"]
    assert not section.add_button.isEnabled() and section.add_button.toolTip() == reason
    deals = preview.sections["deals"]
    remove = next(iter(deals.remove_buttons.values()))
    assert not remove.isEnabled() and remove.toolTip() == reason
    delete = next(a for a in preview.actions_menu.actions() if a.text() == "Delete…")
    assert not delete.isEnabled() and delete.toolTip() == reason
    with pytest.raises(PermissionDenied):  # the domain refuses, not only the buttons
        preview.model.delete(not_none(preview.record_id))
    qtbot.mouseClick(tab.sidebar.deleted_button, Qt.MouseButton.LeftButton)
    dialog = tab.deleted_dialog
    assert not dialog.restore_button.isEnabled() and dialog.restore_button.toolTip() == reason


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("preview_demo") / "demo.db"
    db = open_database(path)
    generate_demo(db, companies=30, seed=7)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_path, tmp_path):
    copy = tmp_path / "demo.db"
    shutil.copy(demo_path, copy)
    database = open_database(copy)
    yield database
    database.dispose()


def test_on_the_demo_a_csm_adds_a_contact_of_another_company(qtbot, demo):
    with demo.session() as s:
        csm = s.scalars(select(User).where(User.name == "Marcus Chen")).one()
        viewer = viewer_of(csm)
    tab = _tab(qtbot, demo, viewer)
    preview = _open_first(qtbot, tab)
    section = preview.sections["contacts"]
    before = len(section.group.records)
    assert _shown(preview, "contact_count") == str(before)
    assert section.heading.text() == f"Contacts ({before})"
    # a contact of some other company, found by part of its name
    with demo.session() as s:
        mine = {r.record_id for r in section.group.records}
        other = s.scalars(
            select(Record)
            .where(Record.object_type_id == _object_id(demo, "contacts"), Record.id.not_in(mine))
            .order_by(Record.name)
        ).first()
        name = not_none(other).name
    _add_by_typing(qtbot, preview, "contacts", name)
    section = preview.sections["contacts"]
    assert name in [b.text() for b in section.links.values()]
    assert _shown(preview, "contact_count") == str(before + 1)


def test_the_record_page_follows_an_associated_record_and_comes_back(qtbot, filled):
    tab = _tab(qtbot, filled)
    preview = _open_first(qtbot, tab)
    qtbot.mouseClick(preview.view_button, Qt.MouseButton.LeftButton)
    page = preview.record_page
    assert page.windowTitle() == "Acme"
    deals = page.panel.sections["deals"]
    qtbot.mouseClick(next(iter(deals.links.values())), Qt.MouseButton.LeftButton)
    assert page.windowTitle() == "Acme renewal" and page.panel.kind.text() == "Deal"
    assert any(item.kind == "stage" for item in page.items)  # the deal's own timeline
    qtbot.mouseClick(page.panel.back_button, Qt.MouseButton.LeftButton)
    assert page.windowTitle() == "Acme"
    assert not any(item.kind == "stage" for item in page.items)
