"""The Revenue and Services tabs driven as a CSM would: drop a card on another column,
fill in a stage's required values, undo with Ctrl+Z, switch layout (SRV-4, SRV-5, REV-4,
REV-5, OBJ-3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit
from sqlalchemy import select

from app.domain import pipelines, records
from app.domain.history import history_of
from app.domain.viewer import viewer_of
from app.models.board import MIME_TYPE, decode_ids, encode_ids
from app.models.changes import channel_for
from app.store import ObjectType, Record, SavedView, User, ViewTab
from app.views.pipelines.tab import PipelineTab

DEALS = 9


@pytest.fixture
def deals_db(workspace_db):
    """Nine deals over the Renewals pipeline's three open stages, three in each."""
    with workspace_db.session() as session, session.begin():
        admin = session.scalar(select(User).where(User.name == "Ada Admin"))
        renewals = pipelines.tab_pipelines(session, admin, ViewTab.REVENUE).pipelines[0]
        deals = session.get(ObjectType, renewals.object_type_id)
        for i in range(DEALS):
            records.create_record(
                session, admin, deals,
                {"name": f"Deal {i}", "amount": (i + 1) * 100_00, "deal_owner": admin.id,
                 "stage": renewals.stages[i % 3].id},
            )  # fmt: skip
    return workspace_db


@pytest.fixture
def tab(qtbot, deals_db):
    with deals_db.session() as session:
        admin = session.scalar(select(User).where(User.name == "Ada Admin"))
        admin = viewer_of(admin)  # what the tabs hold
    widget = PipelineTab(deals_db, admin, ViewTab.REVENUE)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _stage_of(db, name):
    with db.session() as session:
        return session.scalar(select(Record.stage_id).where(Record.name == name))


def _drop(qtbot, tab, source_stage: int, row: int, target_stage: int, at=None) -> None:
    """Drag the card on `row` of one column and drop it on another (or at `at` in its
    own), as Qt delivers it."""
    columns = tab.board_view.columns
    source = columns[source_stage].cards
    index = source.model().index(row, 0)
    mime = source.model().mimeData([index])
    target = columns[target_stage].cards.viewport()
    at = at or QPoint(target.width() // 2, target.height() - 10)  # below the last card
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(at, action, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, action, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    assert move.isAccepted()
    drop = QDropEvent(at, action, mime, buttons, mods)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()


def _counted_again(tab):
    """The column figures as a full recount gives them (a move adjusts them in place)."""
    board = tab.board
    with board.db.session() as session:
        return pipelines.stage_totals(session, board.query, board.props, board.context())


def test_the_board_and_its_column_models_pass_the_model_tester(qtmodeltester, tab):
    assert [c.title.text() for c in tab.board_view.columns][:3] == [
        "Renewal upcoming", "Proposal sent", "Negotiation",
    ]  # fmt: skip
    for column in tab.board_view.columns:
        qtmodeltester.check(column.model)
    qtmodeltester.check(tab.table_model)
    first = tab.board_view.columns[0]
    assert first.model.rowCount() == 3
    assert first.figures.text() == "3 records · $1,200"  # deals 0, 3, 6: $100+$400+$700


def test_mime_data_carries_record_ids_and_ignores_others(tab):
    ids = [tab.board_view.columns[0].model.record_id(0)]
    assert decode_ids(encode_ids(ids)) == ids
    foreign = QMimeData()
    foreign.setText("not ours")
    assert decode_ids(foreign) == []
    bad = QMimeData()
    bad.setData(MIME_TYPE, b"not-a-uuid")
    assert decode_ids(bad) == []


def test_dropping_a_card_on_another_column_moves_it_with_history(qtbot, tab, deals_db):
    columns = tab.board_view.columns
    name = columns[0].model.card(0).name
    _drop(qtbot, tab, 0, 0, 1)
    qtbot.waitUntil(lambda: columns[1].model.rowCount() == 4)
    assert columns[0].model.rowCount() == 2
    assert _stage_of(deals_db, name) == columns[1].model.stage.id
    assert columns[0].figures.text().startswith("2 records")
    assert columns[1].figures.text().startswith("4 records")
    assert tab.board.totals == _counted_again(tab)
    with deals_db.session() as session:
        record_id = session.scalar(select(Record.id).where(Record.name == name))
        stage_changes = history_of(session, records.ENTITY, record_id, "stage")
    assert stage_changes[0].new_value == str(columns[1].model.stage.id)

    # Ctrl+Z undoes the move; the undo is itself a change in the history.
    qtbot.keyClick(columns[1].cards, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: columns[0].model.rowCount() == 3)
    assert _stage_of(deals_db, name) == columns[0].model.stage.id
    with deals_db.session() as session:
        assert len(history_of(session, records.ENTITY, record_id, "stage")) == 3

    # Redo moves it again.
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(columns[0].cards, Qt.Key.Key_Z, redo)
    qtbot.waitUntil(lambda: columns[1].model.rowCount() == 4)
    assert _stage_of(deals_db, name) == columns[1].model.stage.id


def test_a_stage_with_required_values_asks_for_them_first(qtbot, tab, deals_db):
    columns = tab.board_view.columns
    won = next(c for c in columns if c.model.stage.name == "Closed won")
    target = columns.index(won)
    name = columns[0].model.card(0).name

    # Cancel leaves the card where it was.
    _drop(qtbot, tab, 0, 0, target)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    assert list(tab.dialog.editors) == ["close_date"]  # the deal has an amount already
    tab.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert _stage_of(deals_db, name) == columns[0].model.stage.id
    assert won.model.rowCount() == 0

    # Save with the field empty is refused at the field; a bad date too; nothing moves.
    _drop(qtbot, tab, 0, 0, target)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible() and dialog.errors["close_date"].isVisible()
    assert "required" in dialog.errors["close_date"].text()
    editor = dialog.editors["close_date"]
    assert isinstance(editor, QLineEdit)
    editor.setText("31/02/2026")
    save.click()
    assert dialog.isVisible() and dialog.errors["close_date"].isVisible()
    assert _stage_of(deals_db, name) == columns[0].model.stage.id

    # A valid Save moves the card and writes the value in the same action.
    editor.setText("2026-12-15")
    save.click()
    assert not dialog.isVisible()
    assert _stage_of(deals_db, name) == won.model.stage.id
    assert won.model.rowCount() == 1 and won.figures.text().startswith("1 record")
    assert tab.board.totals == _counted_again(tab)


def test_move_to_stage_from_the_keyboard(qtbot, tab, deals_db):
    columns = tab.board_view.columns
    cards = columns[2].cards
    cards.setFocus()
    cards.setCurrentIndex(cards.model().index(0, 0))
    name = columns[2].model.card(0).name
    tab.move_action.trigger()
    menu = tab.stage_menu
    qtbot.waitUntil(menu.isVisible)
    choice = next(a for a in menu.actions() if a.text() == "Renewal upcoming")
    choice.trigger()
    menu.close()
    assert _stage_of(deals_db, name) == columns[0].model.stage.id
    assert columns[0].model.rowCount() == 4
    assert tab.board.totals == _counted_again(tab)


def test_layout_switches_to_a_table_and_is_remembered(qtbot, tab, deals_db):
    assert tab.stack.currentWidget() is tab.board_view  # the workspace default
    qtbot.mouseClick(tab.table_button, Qt.MouseButton.LeftButton)
    assert tab.stack.currentWidget() is tab.table
    assert tab.table_model.rowCount() == DEALS
    model = tab.table_model
    stage = [p.key for p in model.columns].index("stage")
    assert model.headerData(stage, Qt.Orientation.Horizontal) == "Stage"
    shown = {model.data(model.index(r, stage)) for r in range(model.rowCount())}
    assert shown == {"Renewal upcoming", "Proposal sent", "Negotiation"}
    with qtbot.waitSignal(model.modelReset):
        tab.table.horizontalHeader().sectionClicked.emit(stage)
    column = [model.data(model.index(r, stage)) for r in range(model.rowCount())]
    assert column == sorted(column, key=["Renewal upcoming", "Proposal sent", "Negotiation"].index)
    again = PipelineTab(deals_db, tab.viewer, ViewTab.REVENUE)
    qtbot.addWidget(again)
    assert again.stack.currentWidget() is again.table


def test_search_narrows_board_and_table(qtbot, tab):
    tab.search.setText("Deal 4")
    qtbot.waitUntil(lambda: tab.table_model.rowCount() == 1)
    assert sum(c.model.rowCount() for c in tab.board_view.columns) == 1
    assert tab.count.text() == "1 record"


def test_clicking_a_card_opens_the_preview(qtbot, tab):
    cards = tab.board_view.columns[1].cards
    rect = cards.visualRect(cards.model().index(0, 0))
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.preview is not None and tab.preview.isVisible()
    assert tab.preview.title.text() == tab.board_view.columns[1].model.card(0).name


def test_a_user_who_cannot_edit_is_refused_the_move_with_a_reason(qtbot, deals_db):
    with deals_db.session() as session, session.begin():
        sam = User(name="Sam Superadmin", email="sam@example.com", is_super_admin=True)
        session.add(sam)
        session.flush()
        viewer = viewer_of(sam)  # what the tabs hold
    widget = PipelineTab(deals_db, viewer, ViewTab.REVENUE)
    qtbot.addWidget(widget)
    widget.show()
    record_id = widget.board_view.columns[0].model.record_id(0)
    widget.request_move([record_id], widget.board_view.columns[1].model.stage.id)
    assert widget.messages.isVisible()
    assert "seat" in widget.messages.label.text().lower()
    assert widget.board_view.columns[0].model.rowCount() == 3


def test_combo_editors_fit_choice_properties(qtbot, tab, deals_db):
    columns = tab.board_view.columns
    lost = next(c for c in columns if c.model.stage.name == "Closed lost")
    _drop(qtbot, tab, 0, 0, columns.index(lost))
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    editor = tab.dialog.editors["lost_reason"]
    assert isinstance(editor, QComboBox) and editor.count() > 2
    editor.setCurrentIndex(1)
    tab.dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert lost.model.rowCount() == 1


def test_the_gear_lets_an_admin_set_the_default_layout(qtbot, tab, deals_db):
    with qtbot.waitSignal(channel_for(deals_db).changed):
        qtbot.mouseClick(tab.settings_button, Qt.MouseButton.LeftButton)
        dialog = tab.settings_dialog
        assert dialog.isVisible() and not dialog.banner.isVisible()
        dialog.default_layout.setCurrentIndex(dialog.default_layout.findData("table"))
        dialog.save_button.click()
    fresh = PipelineTab(deals_db, tab.viewer, ViewTab.REVENUE)  # a user with no choice yet
    qtbot.addWidget(fresh)
    assert fresh.info.default_layout == "table"


def test_the_gear_explains_why_a_csm_cannot_change_tab_settings(qtbot, deals_db):
    with deals_db.session() as session, session.begin():
        casey = User(name="Casey Csm", email="casey@example.com", has_service_seat=True)
        session.add(casey)
        session.flush()
        csm = viewer_of(casey)  # what the tabs hold
    widget = PipelineTab(deals_db, csm, ViewTab.SERVICES)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseClick(widget.settings_button, Qt.MouseButton.LeftButton)
    dialog = widget.settings_dialog
    assert dialog.banner.isVisible() and "Manage CS settings" in dialog.banner.text()
    assert not dialog.save_button.isEnabled()
    dialog.save()  # even if Save were pressed, the domain refuses and says why
    assert dialog.isVisible() and "Manage CS settings" in dialog.error.text()


def test_quick_and_advanced_filters_narrow_board_table_and_totals(qtbot, tab):
    bar = tab.filter_bar
    owner = next(q for q in bar.quick if q.prop.key == "deal_owner")
    next(a for a in owner.menu().actions() if a.text() == "Unassigned").trigger()
    assert tab.table_model.rowCount() == 0 and tab.count.text() == "0 records"
    next(a for a in owner.menu().actions() if a.text() == "Me").trigger()
    assert tab.table_model.rowCount() == DEALS

    qtbot.mouseClick(bar.advanced, Qt.MouseButton.LeftButton)
    editor = bar.editor
    if not editor.groups:  # no filters yet: a first group, with an empty condition
        editor.add_group()
    row = editor.groups[0][2][-1]
    row.prop_combo.setCurrentIndex(row.prop_combo.findData("amount"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("gt"))
    qtbot.keyClicks(row.value, "550")
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    # Deals 5..8 are worth $600..$900: deal 6 in the first stage, 7 in the second, 5 and 8
    # in the third.
    assert tab.table_model.rowCount() == 4 and tab.count.text() == "4 records"
    assert [c.model.rowCount() for c in tab.board_view.columns][:3] == [1, 1, 2]
    assert tab.board_view.columns[2].figures.text() == "2 records · $1,500"


def _select_view(tab, name: str) -> None:
    row = next(i for i, v in enumerate(tab.sidebar.views) if v.name == name)
    tab.sidebar.list.setCurrentRow(row)


def test_views_of_the_pipeline_object_in_the_sidebar(qtbot, tab, deals_db):
    assert [v.name for v in tab.sidebar.views] == ["All records", "Owned by me"]
    assert tab.view is not None and tab.view.name == "All records"
    with deals_db.session() as session, session.begin():
        admin = session.scalar(select(User).where(User.name == "Ada Admin"))
        other = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
        session.add(other)
        session.flush()
        deal = session.scalar(select(Record).where(Record.name == "Deal 0"))
        records.update_record(session, admin, deal, {"deal_owner": other.id})
    _select_view(tab, "Owned by me")
    assert tab.table_model.rowCount() == DEALS - 1  # Ada's deals only
    assert not tab.unsaved.isVisible()


def test_a_view_saves_its_filters_and_reset_drops_changes(qtbot, tab, deals_db):
    owner = next(q for q in tab.filter_bar.quick if q.prop.key == "deal_owner")
    next(a for a in owner.menu().actions() if a.text() == "Unassigned").trigger()
    assert tab.unsaved.isVisible() and tab.table_model.rowCount() == 0
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert not tab.unsaved.isVisible() and tab.table_model.rowCount() == DEALS

    # A view of one's own, created from the current filters, opens with them.
    qtbot.mouseClick(tab.filter_bar.advanced, Qt.MouseButton.LeftButton)
    editor = tab.filter_bar.editor
    editor.add_group()
    row = editor.groups[0][2][-1]
    row.prop_combo.setCurrentIndex(row.prop_combo.findData("amount"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("gt"))
    qtbot.keyClicks(row.value, "550")
    qtbot.mouseClick(editor.apply_button, Qt.MouseButton.LeftButton)
    assert tab.unsaved.isVisible()
    qtbot.mouseClick(tab.sidebar.create_button, Qt.MouseButton.LeftButton)
    dialog = tab.sidebar.dialog
    assert not dialog.make_default.isVisible()  # defaults are the Customers tab's (SUM-4)
    qtbot.keyClicks(dialog.name, "Big renewals")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert tab.view.name == "Big renewals" and tab.table_model.rowCount() == 4
    _select_view(tab, "All records")
    assert tab.table_model.rowCount() == DEALS
    _select_view(tab, "Big renewals")
    assert tab.table_model.rowCount() == 4 and not tab.unsaved.isVisible()
    with deals_db.session() as session:
        saved = session.scalar(select(SavedView).where(SavedView.name == "Big renewals"))
        assert saved.tab == ViewTab.REVENUE and saved.object_type_id == tab.pipeline.object_type_id


def test_dropping_within_a_column_arranges_it_for_this_user_only(qtbot, tab, deals_db):
    column = tab.board_view.columns[0]
    names = [column.model.card(r).name for r in range(3)]
    with deals_db.session() as session:
        moved = session.scalar(select(Record).where(Record.name == names[2]))
        before = (moved.updated_at, len(history_of(session, records.ENTITY, moved.id)))
    top = column.cards.visualRect(column.model.index(0, 0))
    _drop(qtbot, tab, 0, 2, 0, at=QPoint(top.center().x(), top.top() + 4))
    arranged = [names[2], names[0], names[1]]
    qtbot.waitUntil(lambda: [column.model.card(r).name for r in range(3)] == arranged)
    with deals_db.session() as session:
        again = session.get(Record, moved.id)
        after = (again.updated_at, len(history_of(session, records.ENTITY, again.id)))
    assert after == before  # the record is untouched: the order is the viewer's own
    assert _stage_of(deals_db, names[2]) == column.model.stage.id

    same_user = PipelineTab(deals_db, tab.viewer, ViewTab.REVENUE)
    qtbot.addWidget(same_user)
    first = same_user.board_view.columns[0].model
    assert [first.card(r).name for r in range(3)] == arranged
    with deals_db.session() as session, session.begin():
        olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
        session.add(olu)
        session.flush()
        other = viewer_of(olu)  # what the tabs hold
    someone_else = PipelineTab(deals_db, other, ViewTab.REVENUE)
    qtbot.addWidget(someone_else)
    theirs = someone_else.board_view.columns[0].model
    assert [theirs.card(r).name for r in range(3)] == names


def test_a_card_moved_in_keeps_the_columns_arranged_cards_on_top(qtbot, tab, deals_db):
    column = tab.board_view.columns[0]
    names = [column.model.card(r).name for r in range(3)]
    top = column.cards.visualRect(column.model.index(0, 0))
    _drop(qtbot, tab, 0, 2, 0, at=QPoint(top.center().x(), top.top() + 4))
    arranged = [names[2], names[0], names[1]]
    qtbot.waitUntil(lambda: [column.model.card(r).name for r in range(3)] == arranged)

    arriving = tab.board_view.columns[1].model.card(0).name
    _drop(qtbot, tab, 1, 0, 0)
    qtbot.waitUntil(lambda: column.model.rowCount() == 4)
    shown = [column.model.card(r).name for r in range(4)]
    assert shown[0] == names[2]  # the card dropped on top stays there
    assert set(shown[1:]) == {names[0], names[1], arriving}
    assert _stage_of(deals_db, arriving) == column.model.stage.id
    # the column after the move is what a board reading everything afresh shows
    fresh = PipelineTab(deals_db, tab.viewer, ViewTab.REVENUE)
    qtbot.addWidget(fresh)
    again = fresh.board_view.columns[0].model
    assert [again.card(r).name for r in range(again.rowCount())] == shown


def test_the_stage_dialog_reads_an_amount_in_the_viewers_locale(qtbot, deals_db):
    """Issue 11 item 4: "1,50" became 150.00; a pl_PL viewer's "1 234,50" is 1234.50 and
    an en_US form of it is refused at the field with the expected form."""
    with deals_db.session() as session, session.begin():
        admin = session.scalar(select(User).where(User.name == "Ada Admin"))
        admin.locale = "pl_PL"
        renewals = pipelines.tab_pipelines(session, admin, ViewTab.REVENUE).pipelines[0]
        records.create_record(
            session, admin, session.get(ObjectType, renewals.object_type_id),
            {"name": "No amount yet", "stage": renewals.stages[0].id},
        )  # fmt: skip
        viewer = viewer_of(admin)
    tab = PipelineTab(deals_db, viewer, ViewTab.REVENUE)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    qtbot.waitExposed(tab)
    columns = tab.board_view.columns
    won = columns.index(next(c for c in columns if c.model.stage.name == "Closed won"))
    row = next(
        i for i in range(columns[0].model.rowCount())
        if columns[0].model.card(i).name == "No amount yet"
    )  # fmt: skip
    _drop(qtbot, tab, 0, row, won)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None and set(dialog.editors) == {"amount", "close_date"}
    amount, close = dialog.editors["amount"], dialog.editors["close_date"]
    assert isinstance(amount, QLineEdit) and isinstance(close, QLineEdit)
    close.setText("2026-12-15")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    amount.setText("1,234.50")
    save.click()
    assert dialog.isVisible() and dialog.errors["amount"].isVisible()
    assert "12345,5" in dialog.errors["amount"].text()
    amount.setText("1 234,50")
    save.click()
    assert not dialog.isVisible()
    with deals_db.session() as session:
        moved = session.scalars(select(Record).where(Record.name == "No amount yet")).one()
        assert moved.amount_minor == 123450


def test_a_card_name_breaks_onto_two_lines_between_words_and_is_cut_only_after(qapp):
    """Issue 16 item 4: the board shows a card's name in full on two lines."""
    from PySide6.QtGui import QFont, QFontMetrics

    from app.views.pipelines.board import name_lines

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Northwind Traders renewal")
    assert name_lines("Acme", metrics, width) == ["Acme"]
    two = name_lines("Northwind Traders renewal 2027 with upsell", metrics, width)
    assert two[0] == "Northwind Traders renewal" and two[1] == "2027 with upsell"
    long = name_lines("Northwind Traders renewal " + "very " * 20 + "long", metrics, width)
    assert long[0] == "Northwind Traders renewal" and long[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in long)
    word = name_lines("Supercalifragilisticexpialidocious-Holdings", metrics, 80)
    assert len(word) == 2 and metrics.horizontalAdvance(word[0]) <= 80
    assert (word[0] + word[1]).startswith("Supercal")
