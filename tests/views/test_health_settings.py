"""Settings → Health scores driven as a CS lead on the demo (issue 13 items 4 and 8;
HEALTH-1..6, PERM-3): a profile from a template, a group's maximum breaking the sum shown at
the field and fixed, saved as a draft; Test a record on a demo customer gives the numbers
`scoring.score_customers` gives; Preview distribution runs to the end off the GUI thread;
publish; a live profile edited through its draft; a refused delete says why under the
buttons; a CSM without Manage CS settings sees it all read-only with the reason."""

from __future__ import annotations

import datetime as dt
import shutil
import threading

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QTreeWidgetItem
from sqlalchemy import func, select

from app.domain import permissions, saved_views
from app.domain.demo import generate_demo
from app.domain.health import editing
from app.domain.health.editing import GroupDraft, ProfileDraft, RuleDraft
from app.domain.health.scoring import score_customers
from app.domain.viewer import Viewer, viewer_of
from app.domain.workspace import (
    SetupChoice,
    customer_object,
    main_workspace,
    setup_empty_workspace,
)
from app.domain.zones import zone_of
from app.models.changes import write
from app.models.formatting import ValueFormatter
from app.models.health_settings import ProfileTableModel
from app.store import (
    GroupKind,
    HealthCategory,
    HealthProfile,
    ProfileStatus,
    Record,
    Sharing,
    User,
    ViewTab,
)
from app.store.engine import Database, open_database
from app.views.settings.dialog import SettingsDialog
from app.views.settings.health import HealthProfilesPage, HealthScoresDialog
from app.views.settings.health_editor import HealthEditorDialog
from app.views.settings.health_test import points_text
from tests.support import not_none
from tests.views.conftest import run_until, shown

NOW = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.UTC)
LEAD = "Avery Stone"  # head of CS: Manage CS settings and a seat
CSM = "Marcus Chen"  # a seat, not Manage CS settings
KEPT: list[object] = []


@pytest.fixture(autouse=True)
def _release_dialogs():
    yield
    KEPT.clear()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("health_settings") / "demo.db"
    db = open_database(path)
    generate_demo(db, companies=40, seed=5)
    # These tests build their own second profile (the demo ships "Enterprise health" too,
    # on its segment): start from the demo's default profile alone.
    from app.domain import writer
    from app.domain.history import ChangeBatch, SystemWork
    from app.store import HealthProfile

    with db.session() as session, session.begin():
        for profile in session.scalars(select(HealthProfile).where(~HealthProfile.is_default)):
            writer.tombstone(ChangeBatch.system(session, SystemWork.DEMO), profile)
    db.dispose()
    return path


@pytest.fixture
def db(demo_path, tmp_path):
    """A fresh copy of the demo for each test (profiles get created and published)."""
    copy = tmp_path / "demo.db"
    shutil.copy(demo_path, copy)
    database = open_database(copy)
    yield database
    database.dispose()


def _viewer(db: Database, name: str) -> Viewer:
    with db.session() as session:
        return viewer_of(session.scalars(select(User).where(User.name == name)).one())


def _page(qtbot, db: Database, name: str = LEAD) -> HealthProfilesPage:
    dialog = shown(qtbot, HealthScoresDialog(db, _viewer(db, name)), (940, 540))
    dialog.page.model.clock = lambda: NOW
    KEPT.append(dialog)  # the dialog outlives the helper (the page is its child)
    return dialog.page


def _editor(page: HealthProfilesPage) -> HealthEditorDialog:
    editor = page.editor
    assert isinstance(editor, HealthEditorDialog), editor
    return editor


def _rows(page: HealthProfilesPage) -> list[tuple[str, str]]:
    m = page.table_model
    return [(m.data(m.index(r, 0)), m.data(m.index(r, 1))) for r in range(m.rowCount())]


def _new_from_template(qtbot, page: HealthProfilesPage, key: str) -> HealthEditorDialog:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    chooser = page.template_dialog
    assert chooser is not None and chooser.isVisible()
    chooser.choose(key)
    qtbot.mouseClick(chooser.create_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    qtbot.waitExposed(editor)
    return editor


def _customer(db: Database) -> tuple[str, object]:
    """A demo customer with a name that finds only it (the first by name)."""
    with db.session() as session:
        customers = customer_object(session).id
        row = session.execute(
            select(Record.id, Record.name)
            .where(Record.object_type_id == customers, Record.deleted_at.is_(None))
            .order_by(Record.name)
            .limit(1)
        ).one()
    return row.name, row.id


def test_a_profile_from_a_template_is_fixed_at_the_field_tested_previewed_and_published(
    qtbot, qloop, db
):
    page = _page(qtbot, db)
    before = len(_rows(page))
    editor = _new_from_template(qtbot, page, "complete")
    assert editor.name.text()  # the template's name
    editor.name.setText("Enterprise health")
    editor.tabs.setCurrentIndex(1)
    assert editor.maxima.text() == "Maxima: 100 of 100"
    editor.group_list.setCurrentRow(0)
    group = editor.pages[0]
    first_max = group.max_points.value()
    group.max_points.setValue(first_max - 10)
    assert editor.maxima.text() == "Maxima: 90 of 100"
    assert "c0392b" in editor.maxima.styleSheet()  # red until it is 100

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.maxima_error.isVisible()
    assert "add up to 90" in editor.maxima_error.text()
    assert group.max_error.isVisible()  # at the maximum being edited
    assert editor.profile_id is None and len(_rows(page)) == before  # nothing stored
    assert editor.name.text() == "Enterprise health"  # nothing typed is lost

    group.max_points.setValue(first_max)
    assert "c0392b" not in editor.maxima.styleSheet()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.maxima_error.isVisible()
    assert editor.profile_id is not None, editor.message.text()
    assert editor.status.text() == "Draft saved."
    assert ("Enterprise health", "Draft") in _rows(page)

    # Test a record on the editor's draft as it is now: the engine's numbers.
    editor.tabs.setCurrentIndex(2)
    panel = editor.test_panel
    name, record_id = _customer(db)
    qtbot.keyClicks(panel.finder.search, name)
    assert panel.finder.matches.count() >= 1
    panel.finder.matches.setCurrentRow(0)
    assert panel.finder.current_id() == record_id
    qtbot.waitUntil(lambda: panel.tested == 1)  # scored off the GUI thread
    draft = editor.collect()
    assert draft is not None
    with db.session() as session:
        viewer = _viewer(db, LEAD)
        expected = score_customers(
            session, editing.spec_of(draft), NOW, zone=zone_of(viewer), record_ids=[record_id]
        ).scores[record_id]
    locale = QLocale(viewer.locale)
    assert panel.score.text() == locale.toString(expected.score)
    assert (
        panel.pill.text()
        == {
            HealthCategory.AT_RISK: "At risk",
            HealthCategory.NEUTRAL: "Neutral",
            HealthCategory.HEALTHY: "Healthy",
        }[expected.category]
    )
    tree = panel.tree
    assert tree.topLevelItemCount() == len(expected.groups)
    for i, group_result in enumerate(expected.groups):
        item = tree.topLevelItem(i)
        assert item.text(0) == group_result.name
        assert item.text(2) == points_text(locale, group_result.points)
        assert item.text(3) == f"of {group_result.max_points}"
        for j, rule in enumerate(group_result.rules):
            child: QTreeWidgetItem = item.child(j)
            assert child.text(0) == rule.label
            if not rule.has_input:
                assert child.text(1) == "no input (weight spread)"
            elif rule.matched is not None:
                assert child.text(1) == ("✓ matched" if rule.matched else "✗ not matched")
            assert child.text(2) == ("—" if not rule.has_input else
                                     (f"{rule.points:+d}" if rule.points else "0"))  # fmt: skip

    # Preview distribution, off the GUI thread, to the end.
    editor.tabs.setCurrentIndex(3)
    preview = editor.preview_panel
    qtbot.mouseClick(preview.run_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: preview.distribution is not None)
    result = preview.distribution
    assert result is not None
    with db.session() as session:
        customers = session.scalar(
            select(func.count()).where(
                Record.object_type_id == customer_object(session).id, Record.deleted_at.is_(None)
            )
        )
    assert result.total == customers
    scored = sum(result.by_category.values())
    assert scored + result.unscored == customers
    assert sum(n for *_, n in preview.chart.bins) == scored
    at_risk = result.by_category[HealthCategory.AT_RISK]
    assert preview.band_labels[HealthCategory.AT_RISK][1].text().startswith(str(at_risk))
    assert "would change category" in preview.changes.text()
    assert not preview.progress_row.isVisible() and preview.run_button.isEnabled()

    # Publish from the list.
    editor.reject()
    page.select("Enterprise health")
    assert page.publish_button.isEnabled()
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible(), page.error.text()
    assert ("Enterprise health", "Live") in _rows(page)


def test_a_live_profile_is_edited_through_its_draft_and_a_refused_delete_says_why(
    qtbot, db, monkeypatch
):
    lead = _viewer(db, LEAD)

    def enterprise(session):
        return saved_views.create_view(
            session, lead, main_workspace(session), ViewTab.CUSTOMERS, "Enterprise accounts",
            sharing=Sharing.EVERYONE,
            filters=[[{"property": "tier", "op": "is_any_of", "value": ["Enterprise"]}]],
        ).id  # fmt: skip

    write(db, enterprise)
    page = _page(qtbot, db)
    assert _rows(page) == [("Standard health", "Live")]
    page.select("Standard health")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    assert editor.banner.isVisible() and "Standard health" in editor.banner.text()
    editor.at_risk_max.setValue(44)
    assert editor.bar.bands()[0][1:] == (0, 44)
    views = [editor.segments.item(i).text() for i in range(editor.segments.count())]
    assert "Enterprise accounts" in views and "Owned by me" not in views
    editor.segments.item(views.index("Enterprise accounts")).setCheckState(Qt.CheckState.Checked)
    assert editor.segments_count.text() == "1 of 5 chosen"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Draft saved."
    editor.reject()
    assert ("Standard health", "Draft of a live profile") in _rows(page)
    page.select("Standard health")  # the live one is first
    assert not_none(page.current()).status == ProfileStatus.LIVE
    # publish the draft: the live profile takes its content
    draft_row = next(
        r for r, p in enumerate(page.table_model.rows) if p.status == ProfileStatus.DRAFT
    )
    page.table.selectRow(draft_row)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert _rows(page) == [("Standard health", "Live")]
    with db.session() as session:
        live = session.scalars(
            select(HealthProfile).where(HealthProfile.deleted_at.is_(None))
        ).one()
        assert live.at_risk_max == 44 and live.is_default
    m = page.table_model
    assert m.data(m.index(0, 3)) == "Enterprise accounts"  # its segment

    # A second live profile, then deleting the default one is refused with the reason.
    qtbot.mouseClick(page.clone_button, Qt.MouseButton.LeftButton)
    page.select("Copy of Standard health")
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible()  # the copy took the segment too: refused, with why
    assert "“Enterprise accounts” is already the segment of “Standard health”" in (
        page.error.text()
    )
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    copy = _editor(page)
    assert copy.chosen_segments()
    for i in range(copy.segments.count()):
        copy.segments.item(i).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(copy.save_button, Qt.MouseButton.LeftButton)
    copy.reject()
    page.select("Copy of Standard health")
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    assert ("Copy of Standard health", "Live") in _rows(page), page.error.text()
    page.select("Standard health")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible() and "default" in page.error.text()
    assert ("Standard health", "Live") in _rows(page)
    # make the copy the default; then the delete goes through
    page.select("Copy of Standard health")
    qtbot.mouseClick(page.default_button, Qt.MouseButton.LeftButton)
    page.select("Standard health")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert not page.error.isVisible(), page.error.text()
    assert _rows(page) == [("Copy of Standard health", "Live")]


def test_a_csm_without_manage_cs_settings_sees_it_read_only_with_the_reason(qtbot, db):
    viewer = _viewer(db, CSM)
    verdict = permissions.can_edit_health_profiles(viewer)
    assert not verdict
    settings = shown(qtbot, SettingsDialog(db, viewer), (640, 480))
    qtbot.mouseClick(settings.health_button, Qt.MouseButton.LeftButton)
    dialog = settings.page_dialog
    assert isinstance(dialog, HealthScoresDialog)
    page = dialog.page
    assert page.banner.isVisible() and page.banner.text() == verdict.reason
    for button in (page.new_button, page.publish_button, page.unpublish_button,
                   page.clone_button, page.default_button, page.delete_button):  # fmt: skip
        assert not button.isEnabled()
    assert page.new_button.toolTip() == verdict.reason
    page.select("Standard health")
    assert page.edit_button.text() == "Open…" and page.edit_button.isEnabled()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    assert editor.banner.text() == verdict.reason
    assert not editor.save_button.isEnabled() and not editor.name.isEnabled()
    assert not editor.pages[0].add_rule_button.isEnabled()
    with db.session() as session:  # looking made no draft
        live = select(func.count()).where(HealthProfile.deleted_at.is_(None))
        assert session.scalar(live) == 1


def test_refusals_show_on_the_group_and_the_condition_they_name(qtbot, db):
    page = _page(qtbot, db)
    editor = _new_from_template(qtbot, page, "blank")
    editor.name.setText("Fit only")
    fit = next(p for p in editor.pages if p.group_kind().value == "property")
    engagement = next(p for p in editor.pages if p is not fit)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.tabs.currentIndex() == 1
    assert fit.rules_error.isVisible() and "add at least one rule" in fit.rules_error.text()
    assert editor.group_list.currentRow() == editor.pages.index(fit)

    card = fit.add_rule()
    card.label.setText("Promoters")
    row = card.conditions[0]
    row.prop_combo.setCurrentIndex(row.prop_combo.findData("nps"))
    row.op_combo.setCurrentIndex(row.op_combo.findData("gte"))
    assert row.op_combo.currentText() == "is at least"
    row.value.setText("nine")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert row.error.isVisible() and "not a number" in row.error.text()
    assert editor.profile_id is None

    row.value.setText("9")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not row.error.isVisible()
    assert engagement.rules_error.isVisible(), editor.message.text()
    assert editor.group_list.currentRow() == editor.pages.index(engagement)
    editor.remove_group()
    fit.max_points.setValue(100)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.profile_id is not None, editor.message.text()
    saved = page.model.draft(editor.profile_id)
    assert [g.name for g in saved.groups] == [fit.name.text()]
    assert saved.groups[0].rules[0].config == {
        "conditions": [{"property": "nps", "op": "gte", "value": "9"}],
        "points": 10,
    }


def test_cancel_stops_a_running_preview(qtbot, qloop, db, monkeypatch):
    page = _page(qtbot, db)
    page.select("Standard health")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    preview = editor.preview_panel
    real = page.model.preview
    started = threading.Event()

    def slow(draft, progress, cancelled):
        """The real preview, once the user has pressed Cancel (however long that takes)."""
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return real(draft, progress, cancelled)

    monkeypatch.setattr(page.model, "preview", slow)
    editor.tabs.setCurrentIndex(3)
    qtbot.mouseClick(preview.run_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: preview.running and started.is_set())
    assert preview.progress_row.isVisible() and not preview.run_button.isEnabled()
    qtbot.mouseClick(preview.cancel_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: not preview.running)
    assert preview.message.text() == "Preview cancelled."
    assert preview.distribution is None and not preview.progress_row.isVisible()
    assert preview.run_button.isEnabled()


def test_closing_with_unsaved_changes_asks_first(qtbot, db, monkeypatch):
    page = _page(qtbot, db)
    page.select("Standard health")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):
        def ask(*args, **_kwargs):
            asked.append(args[1])
            return button

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    editor.reject()  # nothing changed: closes without asking
    assert not editor.isVisible() and not asked
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    editor.description.setPlainText("Scores every customer")
    editor.reject()
    assert asked == ["Unsaved changes"] and editor.isVisible()  # Cancel: keep editing
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    editor.reject()
    assert not editor.isVisible()
    draft_id = next(p.id for p in page.table_model.rows if p.status == ProfileStatus.DRAFT)
    assert page.model.draft(draft_id).description == "Scores every customer"


def test_save_and_publish_from_the_editor(qtbot, db):
    page = _page(qtbot, db)
    page.select("Standard health")
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = _editor(page)
    editor.neutral_max.setValue(74)
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible(), editor.message.text()
    assert _rows(page) == [("Standard health", "Live")]  # the draft replaced the live one
    assert page.message.text() == "“Standard health” is live: its customers are scored by it."
    assert page.model.draft(not_none(page.current()).id).neutral_max == 74


def test_a_new_workspace_gets_a_live_profile_from_a_template(qtbot, tmp_path):
    fresh = open_database(tmp_path / "new.db")
    with fresh.session() as session, session.begin():
        setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
    dialog = shown(qtbot, HealthScoresDialog(fresh, _viewer(fresh, "Ada Admin")))
    page = dialog.page
    assert page.empty.isVisible() and not page.table.isVisible()
    editor = _new_from_template(qtbot, page, "complete")
    qtbot.mouseClick(editor.publish_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible(), editor.message.text()
    assert page.table.isVisible()
    m = page.table_model
    assert [(m.data(m.index(0, 1)), m.data(m.index(0, 2)))] == [("Live", "Default")]
    dialog.close()
    fresh.dispose()


def test_a_condition_on_a_property_that_is_gone_is_not_silently_changed(qtbot, db):
    page = _page(qtbot, db)
    gone = {"conditions": [{"property": "churn_risk", "op": "is_known"}], "points": 10}
    nps = {"conditions": [{"property": "nps", "op": "gte", "value": 9}], "points": 10}
    draft = ProfileDraft(
        "Old profile",
        groups=[GroupDraft("Fit", GroupKind.PROPERTY, 100, [RuleDraft("Churn risk", gone),
                                                              RuleDraft("Promoters", nps)])],
    )  # fmt: skip
    editor = HealthEditorDialog(page.model, draft, None, page.verdict, page)
    editor.show()  # closed with the page's dialog
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(1)
    card = editor.pages[0].cards[0]
    row = card.conditions[0]
    assert row.error.isVisible() and "churn_risk" in row.error.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.profile_id is None and row.error.isVisible()
    row.prop_combo.setCurrentIndex(row.prop_combo.findData("nps"))  # the user picks another
    row.op_combo.setCurrentIndex(row.op_combo.findData("is_known"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.profile_id is not None, editor.message.text()
    assert page.model.draft(editor.profile_id).groups[0].rules[0].config["conditions"] == [
        {"property": "nps", "op": "is_known"}
    ]


def test_the_profile_table_model_passes_the_model_tester(qtmodeltester, db):
    viewer = _viewer(db, LEAD)
    with db.session() as session:
        rows = editing.list_profiles(session)
    model = ProfileTableModel(ValueFormatter(viewer.locale, viewer.time_zone, {}))
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "Live"
    assert model.data(model.index(0, 2)) == "Default"
    assert not_none(model.profile(0)).name == "Standard health"
