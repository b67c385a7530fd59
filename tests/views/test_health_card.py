"""The health card on the preview panel and the record page (HEALTH-4), as a CSM opens a
customer: "Not scored yet" and why, then the score, its pill, the trend and what moved it
once scores are stored (the change channel), and no card on a contact."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain import records
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.store import ObjectType, User
from app.views.customers.tab import CustomersTab
from app.views.palette import BAND_COLOURS
from tests.health_rows import add_history, add_profile, add_score, move, report_scores_stored
from tests.support import not_none
from tests.views.conftest import shown


def _viewer(db):
    with db.session() as s:
        return viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())


def _open_first(qtbot, tab: CustomersTab):
    model = not_none(tab.model)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rect = tab.table.visualRect(model.index(0, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return not_none(tab.preview)


def test_a_customer_s_card_goes_from_not_scored_to_its_score(qtbot, workspace_db) -> None:
    db = workspace_db
    with db.write_session() as s:
        admin = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        acme = records.create_record(
            s, admin, customer_object(s), {"name": "Acme", "csm_owner": admin.id}
        )
        acme_id = acme.id
    viewer = _viewer(db)
    tab = shown(qtbot, CustomersTab(db, viewer), (1200, 760))
    preview = _open_first(qtbot, tab)
    card = preview.health_card
    assert card.isVisible()
    assert card.score.text() == "Not scored yet"
    assert "No live health profile" in card.why.text()
    assert not card.trend.isVisible() and not card.pill.isVisible()

    today = dt.datetime.now(viewer.zone).date()
    noon = dt.datetime.combine(today - dt.timedelta(days=20), dt.time(12), viewer.zone)
    with db.write_session() as s:
        profile = add_profile(s, "Standard")
        add_history(s, acme_id, profile, 76, noon - dt.timedelta(days=60))
        add_history(
            s, acme_id, profile, 34, noon,
            [move("Meetings in the last 30 days", 20, 0, 0), move("NPS 9 or more", 10, 0)],
        )  # fmt: skip
        add_score(s, acme_id, profile, 34, noon)
    report_scores_stored(db)
    qtbot.waitUntil(lambda: card.score.text() == "34")
    assert card.pill.isVisible() and card.pill.text() == "At risk"
    pill = card.pill.grab().toImage()
    assert pill.pixelColor(6, pill.height() // 2).name() == BAND_COLOURS["at_risk"].name()
    assert card.profile.text() == "Standard"
    assert not card.why.isVisible()
    assert card.trend.isVisible() and not card.trend.is_empty
    assert [score for _, score in card.trend._points] == [76, 34, 34]
    lines = card.change_lines(card.card.changes[0])
    day = noon.strftime("%-d %b")
    assert lines == [
        f"{day} · 76 → 34",
        "Meetings in the last 30 days 20 → 0",
        "NPS 9 or more 10 → 0",
    ]
    assert "Meetings in the last 30 days 20 → 0" in card.moves.text()
    assert card.moves.isVisible()


def test_the_record_page_shows_the_card_and_a_contact_has_none(qtbot, workspace_db) -> None:
    db = workspace_db
    viewer = _viewer(db)
    today = dt.datetime.now(viewer.zone).date()
    noon = dt.datetime.combine(today, dt.time(12), viewer.zone)
    with db.write_session() as s:
        admin = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        acme = records.create_record(
            s, admin, customer_object(s), {"name": "Acme", "csm_owner": admin.id}
        )
        contacts = s.scalars(select(ObjectType).where(ObjectType.key == "contacts")).one()
        ann = records.create_record(s, admin, contacts, {"name": "Ann"})
        profile = add_profile(s, "Standard")
        add_history(s, acme.id, profile, 82, noon)
        add_score(s, acme.id, profile, 82, noon)
        ann_id = ann.id
    tab = shown(qtbot, CustomersTab(db, viewer), (1200, 760))
    preview = _open_first(qtbot, tab)
    assert preview.health_card.score.text() == "82"
    assert preview.health_card.pill.text() == "Healthy"
    assert "health_score" not in preview.rows and "health_status" not in preview.rows  # once
    assert "name" in preview.rows
    # a first score: no moves, said as such
    assert preview.health_card.change_lines(preview.health_card.card.changes[0])[0].endswith(
        "first scored 82"
    )
    qtbot.mouseClick(preview.view_button, Qt.MouseButton.LeftButton)
    page = preview.record_page
    qtbot.addWidget(page)
    qtbot.waitExposed(page)
    assert page.panel.health_card.isVisible()
    assert page.panel.health_card.score.text() == "82"
    page.panel.show_record(ann_id)
    assert not page.panel.health_card.isVisible()
    page.close()


def test_a_status_cell_paints_as_a_pill_in_its_band_s_colour(qtbot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from app.models.record_table import RAW_VALUE_ROLE
    from app.views.common.health_pill import StatusPillDelegate

    model = QStandardItemModel(3, 1)
    for row, (text, raw) in enumerate(
        (("At risk", "at_risk"), ("Healthy", "healthy"), ("Acme", "Acme"))
    ):
        item = QStandardItem(text)
        item.setData(raw, RAW_VALUE_ROLE)
        model.setItem(row, 0, item)
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(0, StatusPillDelegate(view))
    view.setColumnWidth(0, 160)
    shown(qtbot, view, (300, 200))
    image = view.viewport().grab().toImage()

    def colour_in(row: int) -> str:
        rect = view.visualRect(model.index(row, 0))
        return image.pixelColor(rect.left() + 10, rect.center().y()).name()

    assert colour_in(0) == BAND_COLOURS["at_risk"].name()
    assert colour_in(1) == BAND_COLOURS["healthy"].name()
    assert colour_in(2) not in {c.name() for c in BAND_COLOURS.values()}  # a plain cell


def test_an_nps_edited_in_the_preview_moves_the_card_and_the_table(qtbot, workspace_db) -> None:
    """End to end with the scorer: Acme (NPS 3) is At risk; the CSM types NPS 9 in the
    preview; the scorer rescores it off the GUI thread and the card and the row follow."""
    from app.models.changes import channel_for
    from app.models.health_scores import HealthScorer
    from tests.domain.test_health_store import _profile

    db = workspace_db
    with db.write_session() as s:
        admin = s.scalars(select(User).where(User.name == "Ada Admin")).one()
        _profile(s, "Standard", default=True)
        values = {"name": "Acme", "csm_owner": admin.id, "nps": 3}
        records.create_record(s, admin, customer_object(s), values)
    channel_for(db)  # on the GUI thread, as the main window makes it
    scorer = HealthScorer(db)
    try:
        with qtbot.waitSignal(scorer.busy, check_params_cb=lambda busy: not busy, timeout=10_000):
            scorer.start()
        tab = shown(qtbot, CustomersTab(db, _viewer(db)), (1200, 760))
        model = not_none(tab.model)
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        status = [p.key for p in model.columns].index("health_status")
        qtbot.waitUntil(lambda: model.index(0, status).data() == "At risk")
        card = _open_first(qtbot, tab).health_card
        assert card.score.text() == "0" and card.pill.text() == "At risk"
        nps = not_none(tab.preview).rows["nps"]
        qtbot.mouseClick(nps.edit_button, Qt.MouseButton.LeftButton)
        editor = nps.editor
        editor.clear()
        qtbot.keyClicks(editor, "9")
        qtbot.mouseClick(nps.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: card.score.text() == "60", timeout=10_000)
        assert card.pill.text() == "Neutral"
        assert "Promoter 0 → 60" in card.moves.text()
        qtbot.waitUntil(lambda: not_none(tab.model).index(0, status).data() == "Neutral")
    finally:
        scorer.close()
