"""The Summary's alerts and health card as a CSM uses them (SUM-2, SUM-6, HEALTH-5): more
than six alerts show six and "View more" lists them all; ✕ dismisses one; an expired one is
not shown; clicking a customer opens it; "[N] customers" opens Customers on that band; the
profile menu switches the figures; the alerts' table model passes qtmodeltester."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from app.domain import replica
from app.domain.health.store import ALERT_DAYS
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.models.health_scores import FACT as RECOMPUTED_ON
from app.models.health_scores import scoring_zone
from app.models.summary import AlertTableModel, load_alerts
from app.store import Alert, HealthCategory, Record, User, new_id, utcnow
from app.views.main_window import MainWindow
from app.views.palette import BAND_COLOURS
from app.views.summary.alerts import band_labels
from app.views.summary.tab import SummaryTab
from tests.health_rows import add_profile, add_score
from tests.support import not_none
from tests.views.conftest import shown


def _admin(db) -> User:
    with db.session() as s:
        return s.scalars(select(User).where(User.name == "Ada Admin")).one()


def _customers(db, owner: User, names: list[str]) -> list[uuid.UUID]:
    with db.write_session() as s:
        kind = customer_object(s).id
        rows = [
            Record(id=new_id(), object_type_id=kind, name=n, owner_id=owner.id, props={})
            for n in names
        ]
        s.add_all(rows)
    return [r.id for r in rows]


def _alerts(db, user: User, record_ids: list[uuid.UUID], raised: dt.datetime) -> list[uuid.UUID]:
    ids = []
    with db.write_session() as s:
        for i, record_id in enumerate(record_ids):
            at = raised - dt.timedelta(minutes=i)
            alert = Alert(
                id=new_id(), record_id=record_id, user_id=user.id,
                old_category=HealthCategory.NEUTRAL, new_category=HealthCategory.AT_RISK,
                raised_at=at, expires_at=at + dt.timedelta(days=ALERT_DAYS),
            )  # fmt: skip
            s.add(alert)
            ids.append(alert.id)
    return ids


def _summary(qtbot, db, size=(1280, 900)) -> SummaryTab:
    tab = shown(qtbot, SummaryTab(db, viewer_of(_admin(db))), size)
    qtbot.waitUntil(lambda: not tab.health.pending)
    return tab


def test_thirty_alerts_show_six_and_view_more_lists_them_all(qtbot, workspace_db):
    db = workspace_db
    admin = _admin(db)
    ids = _customers(db, admin, [f"Customer {i:02}" for i in range(30)])
    _alerts(db, admin, ids, utcnow() - dt.timedelta(hours=2))
    tab = _summary(qtbot, db)
    assert len(tab.alert_rows) == 6  # as the task lists; View more lists all 30
    first = tab.alert_rows[0]
    assert first.customer_name == "Customer 00" and first.when == "2 h ago"
    assert first.new_band == "At risk"
    more = not_none(tab.alerts_more)
    assert more.isVisible()
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    dialog = not_none(tab.alerts_dialog)
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 30
    assert dialog.model.index(29, 0).data() == "Customer 29"
    assert dialog.model.index(0, 1).data() == "Neutral → At risk"
    # Opening one from the dialog shows the customer beside the cards.
    dialog.table.selectRow(3)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    preview = not_none(tab.preview)
    qtbot.waitUntil(lambda: preview.title.text() == "Customer 03")


def test_dismissing_an_alert_takes_it_off_and_clicking_one_opens_the_customer(qtbot, workspace_db):
    db = workspace_db
    admin = _admin(db)
    ids = _customers(db, admin, ["Acme", "Globex"])
    acme_alert, _ = _alerts(db, admin, ids, utcnow() - dt.timedelta(minutes=5))
    tab = _summary(qtbot, db)
    assert [r.customer_name for r in tab.alert_rows] == ["Acme", "Globex"]
    assert tab.alert_rows[0].when == "5 min ago"
    qtbot.mouseClick(tab.alert_rows[0].dismiss, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.customer_name for r in tab.alert_rows] == ["Globex"])
    with db.session() as s:
        assert not_none(s.get(Alert, acme_alert)).dismissed_at is not None
    _click_name(qtbot, tab.alert_rows[0])
    preview = not_none(tab.preview)
    assert preview.isVisible()
    qtbot.waitUntil(lambda: preview.title.text() == "Globex")


def test_an_alert_is_worked_from_the_keyboard_and_reads_as_one_line(qtbot, workspace_db):
    """The painted row: its accessible name says all it shows; Enter opens the customer,
    Delete dismisses the alert; a click beside the name opens nothing."""
    db = workspace_db
    admin = _admin(db)
    ids = _customers(db, admin, ["Acme", "Globex"])
    _alerts(db, admin, ids, utcnow() - dt.timedelta(minutes=5))
    tab = _summary(qtbot, db)
    row = tab.alert_rows[0]
    assert row.accessibleName() == "Acme: Neutral → At risk, 5 min ago"
    assert row.texts() == ["Acme", "5 min ago", "Neutral", "At risk"]
    beside = row.name_rect().topRight() + QPoint(40, row.name_rect().height() // 2)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=beside)
    assert tab.preview is None or not tab.preview.isVisible()
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: [r.customer_name for r in tab.alert_rows] == ["Globex"])
    qtbot.keyClick(tab.alert_rows[0], Qt.Key.Key_Return)
    preview = not_none(tab.preview)
    qtbot.waitUntil(lambda: preview.title.text() == "Globex")


def test_an_expired_alert_is_not_shown(qtbot, workspace_db):
    db = workspace_db
    admin = _admin(db)
    old, fresh = _customers(db, admin, ["Old news", "Fresh news"])
    _alerts(db, admin, [old], utcnow() - dt.timedelta(days=ALERT_DAYS, minutes=5))
    _alerts(db, admin, [fresh], utcnow() - dt.timedelta(days=ALERT_DAYS - 1))
    tab = _summary(qtbot, db)
    assert [r.customer_name for r in tab.alert_rows] == ["Fresh news"]
    assert tab.alerts_more is None


def _scored(db, admin: User) -> tuple[uuid.UUID, uuid.UUID]:
    """Two live profiles: Standard (default) scores four of the admin's customers,
    Enterprise two."""
    ids = _customers(db, admin, [f"Co {i}" for i in range(6)])
    now = utcnow()
    with db.write_session() as s:
        standard = add_profile(s, "Standard")
        enterprise = add_profile(s, "Enterprise")
        enterprise.is_default = False
        scores = [(standard, 10), (standard, 20), (standard, 50), (standard, 90),
                  (enterprise, 80), (enterprise, 100)]  # fmt: skip
        for record_id, (profile, score) in zip(ids, scores, strict=True):
            add_score(s, record_id, profile, score, now)
            record = not_none(s.get(Record, record_id))
            record.health_score = score
            record.health_status = (
                "at_risk" if score <= 39 else "neutral" if score <= 69 else "healthy"
            )
        return standard.id, enterprise.id


def test_the_profile_menu_switches_the_figures(qtbot, workspace_db):
    db = workspace_db
    admin = _admin(db)
    _standard, enterprise = _scored(db, admin)
    tab = _summary(qtbot, db)
    card = tab.health
    assert card.profile_menu.isVisible()
    assert card.profile_menu.currentText() == "Standard"
    assert card.average.text() == "43"  # (10 + 20 + 50 + 90) / 4 = 42.5
    assert card.subtitle.text() == "Your 6 customers · 4 scored by Standard"
    assert card.band_links[HealthCategory.AT_RISK].text() == "2 customers"
    assert card.band_shares[HealthCategory.AT_RISK].text() == "50 %"
    assert sum(n for *_, n in card.histogram.bins) == 4
    card.profile_menu.setCurrentIndex(card.profile_menu.findText("Enterprise"))
    card.profile_menu.activated.emit(card.profile_menu.currentIndex())
    qtbot.waitUntil(lambda: card.average.text() == "90")
    assert card.profile_id == enterprise
    assert card.band_links[HealthCategory.HEALTHY].text() == "2 customers"
    assert not card.band_links[HealthCategory.AT_RISK].isEnabled()


def test_a_band_link_opens_customers_filtered_to_that_band(qtbot, workspace_db, window_settings):
    db = workspace_db
    admin = _admin(db)
    _scored(db, admin)
    # The stored scores count as today's recompute: the window's scorer leaves them be
    # (its opening recompute would clear these rule-less profiles' scores).
    with db.write_session() as s:
        today = utcnow().astimezone(scoring_zone(db)).date().isoformat()
        replica.set_fact(s, RECOMPUTED_ON, today)
    window = MainWindow(db, window_settings)
    shown(qtbot, window, (1280, 900))
    summary = window.tab_content("summary")
    assert isinstance(summary, SummaryTab)
    qtbot.waitUntil(lambda: summary.health.shown is not None)
    link = summary.health.band_links[HealthCategory.AT_RISK]
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert window.tab_keys()[window.tabs.currentIndex()] == "customers"
    customers = window.tab_content("customers")
    model = not_none(customers.model)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.total == 2)
    assert customers.view.name == "Owned by me"  # type: ignore[attr-defined]
    quick = customers.health_filter  # type: ignore[attr-defined]
    assert quick.choice == {"property": "health_status", "op": "is_any_of", "value": ["at_risk"]}
    assert quick.text().endswith("At risk")
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert names == {"Co 0", "Co 1"}
    # Healthy under Standard is one customer (the two Enterprise ones are healthy too).
    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(summary.health.band_links[HealthCategory.HEALTHY], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not_none(customers.model).total == 1)  # type: ignore[attr-defined]
    assert "Standard" in customers.messages.label.text()  # type: ignore[attr-defined]


def test_no_live_profile_says_so_without_a_button_it_cannot_back(qtbot, workspace_db):
    db = workspace_db
    tab = _summary(qtbot, db)
    card = tab.health
    assert card.stack.currentIndex() == 2
    assert card.set_up_button is None  # no way to open Settings → Health scores was given


def test_the_alert_table_model_passes_the_model_tester(qtmodeltester, workspace_db):
    db = workspace_db
    admin = _admin(db)
    ids = _customers(db, admin, ["Acme", "Globex", "Initech"])
    _alerts(db, admin, ids, utcnow() - dt.timedelta(hours=1))
    alerts = load_alerts(db, viewer_of(admin), None)
    colours = {k: QColor(c) for k, c in BAND_COLOURS.items()}
    model = AlertTableModel(alerts.items, band_labels(), lambda at: at.isoformat(), colours=colours)
    qtmodeltester.check(model)
    at_risk = model.index(0, 1).data(Qt.ItemDataRole.DecorationRole)
    assert at_risk == BAND_COLOURS["at_risk"]
    model.remove(alerts.items[1].id)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_set_up_health_scores_is_offered_only_to_who_may(qtbot, workspace_db, add_user):
    db = workspace_db
    opened: list[bool] = []
    admin = shown(
        qtbot, SummaryTab(db, viewer_of(_admin(db)), set_up_health=lambda: opened.append(True))
    )
    qtbot.waitUntil(lambda: not admin.health.pending)
    button = not_none(admin.health.set_up_button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [True]
    csm = add_user("Cy Csm", has_workspace_access=True, has_service_seat=True)
    theirs = shown(qtbot, SummaryTab(db, viewer_of(csm), set_up_health=lambda: None))
    qtbot.waitUntil(lambda: not theirs.health.pending)
    assert theirs.health.stack.currentIndex() == 2 and theirs.health.set_up_button is None


def test_the_cards_flow_into_fewer_columns_beside_the_preview(qtbot, workspace_db):
    db = workspace_db
    admin = _admin(db)
    ids = _customers(db, admin, ["Acme"])
    _alerts(db, admin, ids, utcnow())
    tab = _summary(qtbot, db, (1280, 800))
    assert tab.columns_shown == 3
    _click_name(qtbot, tab.alert_rows[0])
    tab.resize(1024, 640)
    qtbot.waitUntil(lambda: tab.columns_shown == 2)
    page = not_none(tab.scroll_area.widget())
    assert page.minimumSizeHint().width() <= tab.scroll_area.viewport().width()


def test_alerts_stored_later_show_from_the_change_channel(qtbot, workspace_db):
    from app.domain.history import Touched
    from app.models.changes import channel_for

    db = workspace_db
    admin = _admin(db)
    tab = _summary(qtbot, db)
    assert tab.alert_rows == []
    ids = _customers(db, admin, ["Acme"])
    _alerts(db, admin, ids, utcnow())
    channel_for(db).report(Touched(tables=frozenset({"alerts", "health_scores"})), None)
    qtbot.waitUntil(lambda: [r.customer_name for r in tab.alert_rows] == ["Acme"])


def test_when_an_alert_was_raised_reads_in_the_viewers_zone(qtbot, workspace_db):
    tab = _summary(qtbot, workspace_db)
    now = dt.datetime(2026, 3, 11, 15, 0, tzinfo=dt.UTC)  # a Wednesday
    assert tab.ago(now - dt.timedelta(seconds=20), now) == "just now"
    assert tab.ago(now - dt.timedelta(minutes=25), now) == "25 min ago"
    assert tab.ago(now - dt.timedelta(hours=23), now) == "23 h ago"
    monday = dt.datetime(2026, 3, 9, 14, 5, tzinfo=dt.UTC)
    # Ada's zone is UTC, her locale en_US (a narrow space before PM)
    assert tab.ago(monday, now).replace("\u202f", " ") == "Mon 2:05 PM"
    assert tab.ago(now - dt.timedelta(days=10), now) == "Sun 1 Mar"


def test_set_up_health_scores_opens_settings_health_scores(qtbot, workspace_db, window_settings):
    from app.views.settings.health import HealthScoresDialog

    window = MainWindow(workspace_db, window_settings)
    shown(qtbot, window, (1280, 900))
    summary = window.tab_content("summary")
    assert isinstance(summary, SummaryTab)
    qtbot.waitUntil(lambda: summary.health.shown is not None)
    button = not_none(summary.health.set_up_button)
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = window.health_settings.page_dialog
    assert isinstance(page, HealthScoresDialog)
    qtbot.waitExposed(page)
    page.reject()
    window.health_settings.reject()


def _click_name(qtbot, row) -> None:
    """A click on an alert's customer, where its name is painted."""
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, pos=row.name_rect().center())
