"""The first-start dialog (SET-7) driven with clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain.sync.team import holds_no_workspace
from app.domain.workspace import signed_in
from app.store import ObjectType, PropertyDefinition, Workspace
from app.store.engine import open_database
from app.views import first_start
from app.views.first_start import FirstStartDialog
from tests.conftest import count_records
from tests.support import signed_in_user
from tests.views.conftest import run_until


def _dialog(qtbot, path) -> FirstStartDialog:
    dialog = FirstStartDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _is_empty(path) -> bool:
    return holds_no_workspace(path)


def test_start_empty_with_contacts_as_customers(qtbot, tmp_path):
    path = tmp_path / "new.db"
    dialog = _dialog(qtbot, path)
    dialog.customer_object.setCurrentIndex(dialog.customer_object.findData("contacts"))
    assert dialog.csm_property.currentText() == "Contact owner"
    qtbot.keyClicks(dialog.admin_name, "Grace Hopper")
    qtbot.keyClicks(dialog.admin_email, "grace@example.com")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    db = open_database(path)
    with db.session() as session:
        ws = session.scalars(select(Workspace)).one()
        customers = session.get(ObjectType, ws.customer_object_id)
        csm = session.get(PropertyDefinition, ws.csm_property_id)
        assert customers is not None and customers.key == "contacts"
        assert csm is not None and csm.key == "contact_owner"
        admin = signed_in_user(session)
        assert (admin.name, admin.is_super_admin, admin.has_service_seat) == (
            "Grace Hopper",
            True,
            True,
        )
        # The first admin gets this computer's zone and language, not UTC and C.
        assert admin.time_zone == first_start.system_time_zone()
        assert admin.locale == first_start.system_locale() != "C"
    db.dispose()


def test_bad_email_is_shown_at_the_field_and_nothing_is_created(qtbot, tmp_path):
    path = tmp_path / "new.db"
    dialog = _dialog(qtbot, path)
    qtbot.keyClicks(dialog.admin_name, "Grace Hopper")
    qtbot.keyClicks(dialog.admin_email, "grace-at-example")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.errors["admin_email"].isVisible()
    assert "e-mail" in dialog.errors["admin_email"].text()
    assert _is_empty(path)


def test_empty_name_is_refused_at_the_name_field(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path / "new.db")
    qtbot.keyClicks(dialog.admin_email, "grace@example.com")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["admin_name"].isVisible()
    assert not dialog.errors["admin_email"].isVisible()


def test_open_the_demo_workspace_generates_it_off_the_gui_thread(
    qtbot, qloop, tmp_path, monkeypatch
):
    monkeypatch.setattr(first_start, "DEMO_COMPANIES", 25)
    path = tmp_path / "demo.db"
    dialog = _dialog(qtbot, path)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: dialog.demo_progress.isVisible() or dialog.result() != 0)
    run_until(qloop, lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=60)
    assert count_records(path) == 25
    db = open_database(path)
    with db.session() as session:
        assert signed_in(session) is not None
    db.dispose()
    assert not (tmp_path / "demo.db.partial").exists()


def test_cancelling_the_demo_leaves_the_file_empty(qtbot, qloop, tmp_path, monkeypatch):
    monkeypatch.setattr(first_start, "DEMO_COMPANIES", 20_000)
    path = tmp_path / "demo.db"
    open_database(path).dispose()  # the empty file the app created on first start
    dialog = _dialog(qtbot, path)
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    run_until(qloop, dialog.demo_cancel.isVisible)
    assert not dialog.demo_button.isVisible()
    qtbot.mouseClick(dialog.demo_cancel, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: dialog.demo_button.isVisible())
    assert dialog.result() != dialog.DialogCode.Accepted
    assert _is_empty(path)
    assert not (tmp_path / "demo.db.partial").exists()
