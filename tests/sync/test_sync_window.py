"""A team workspace in the window (issue 14 items 2-3, PERM-6, UX-1): the signed-in user is
the login's with no "Sign in as"; sync runs in the background after an edit and shows in
the status bar (synced, changes waiting, offline since, sign-in needed, conflicts), and a
teammate's edit reaches the open tab."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select, text

from app.domain import replica
from app.domain.errors import PermissionDenied
from app.domain.saved_views import ALL_RECORDS
from app.domain.sync import outbox, team
from app.domain.sync.run import sync_once
from app.models import sync as sync_model
from app.models.sync import Syncer, SyncState
from app.store import Record, User
from app.views.main_window import MainWindow
from tests.sync.conftest import make_replica
from tests.sync.test_two_replicas import _company, _edit, _get, _shared_company
from tests.views.conftest import shown_window


def _joined(db, server) -> None:
    """What `tend join` records: the server and the login (the admin's, here)."""
    url = server.db.engine.url.render_as_string(hide_password=False)
    with server.db.engine.connect() as conn:
        login = conn.execute(text("SELECT session_user")).scalar_one()
    with db.write_session() as session:
        replica.set_fact(session, outbox.SERVER, url)
        replica.set_fact(session, outbox.LOGIN, login)


def _window(qtbot, db, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    return shown_window(qtbot, db, settings, (1280, 800))


def _settled(qtbot, syncer: Syncer) -> None:
    qtbot.waitUntil(lambda: not syncer.busy and syncer.status.state is not SyncState.SYNCING)


@pytest.fixture(autouse=True)
def _quick(monkeypatch, memory_keyring):
    monkeypatch.setattr(sync_model, "AFTER_CHANGE_MS", 50)


def test_a_team_workspace_signs_in_its_login_and_syncs_in_the_background(
    qtbot, tmp_path, server, replicas
):
    a, b = replicas
    made = _shared_company(server, a, b)
    _joined(a, server)
    window = _window(qtbot, a, tmp_path)
    syncer = window.syncer
    assert syncer.active and window.mode_label.text() == "Team workspace"
    labels = [action.text() for action in window.user_menu.actions()]
    assert labels[0] == "Signed in as Ada Admin"
    assert not any("Sign in as" in label for label in labels)
    with pytest.raises(PermissionDenied):  # PERM-6 in the domain, not only the menu
        with a.session() as session:
            other = User(name="Sam", email="sam@example.com", has_service_seat=True)
            session.add(other)
            session.flush()
            other_id = other.id
            session.commit()
        window.sign_in(other_id)
    _settled(qtbot, syncer)
    assert window.sync_status is not None
    assert window.sync_status.label.text() == "Synced"

    # An edit in the window is pushed a moment later, without a click.
    window.tabs.setCurrentIndex(window.tab_keys().index("customers"))
    customers: Any = window.tab_content("customers")
    customers.show_view(next(v for v in customers.sidebar.views if v.builtin == ALL_RECORDS))
    customers.open_preview(made.id)
    customers.preview.model.save(made.id, "nps", "9")
    qtbot.waitUntil(lambda: syncer.busy or syncer.status.state is SyncState.SYNCING)
    _settled(qtbot, syncer)
    assert window.sync_status.label.text() == "Synced"
    sync_once(b, server.engine)
    assert _get(b, made.id).props["nps"] == 9

    # A teammate's edit arrives with "Sync now" and the open table shows it.
    _edit(b, made.id, name="Acme Renamed")
    sync_once(b, server.engine)
    qtbot.mouseClick(window.sync_status.sync_button, _left())
    _settled(qtbot, syncer)
    model = customers.model

    def names() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: "Acme Renamed" in names())
    window.close()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_offline_shows_since_when_and_what_waits_then_recovers(
    qtbot, tmp_path, server, monkeypatch
):
    db = make_replica(tmp_path / "r.db", server)
    _joined(db, server)
    down = {"yes": True}

    def connect(url: str, password: str | None):
        if down["yes"]:
            raise team.TeamServerError("Could not reach the server: connection refused")
        return team.connect(url, password)

    monkeypatch.setattr(sync_model, "_default_connect", connect)
    window = _window(qtbot, db, tmp_path)
    syncer, bar = window.syncer, window.sync_status
    assert bar is not None
    _settled(qtbot, syncer)
    assert syncer.status.state is SyncState.OFFLINE
    assert bar.label.text().startswith("Offline since ")
    _company(db, "Made Offline")
    syncer.sync_now()
    _settled(qtbot, syncer)
    assert bar.label.text().endswith(" changes waiting")  # the company and its search key
    assert syncer._next.isActive()  # retried later, with a growing pause
    assert "connection refused" in bar.label.toolTip()
    down["yes"] = False
    qtbot.mouseClick(bar.sync_button, _left())
    _settled(qtbot, syncer)
    assert bar.label.text() == "Synced"
    with server.db.session() as session:
        assert session.scalars(select(Record).where(Record.name == "Made Offline")).one()
    window.close()
    db.dispose()


def test_a_refused_password_asks_to_sign_in_and_the_typed_one_is_kept(
    qtbot, tmp_path, server, monkeypatch, memory_keyring
):
    db = make_replica(tmp_path / "r.db", server)
    _joined(db, server)

    def connect(url: str, password: str | None):
        if password != "right":
            raise team.SignInRefused("Could not sign in: password authentication failed")
        return team.connect(url, None)

    monkeypatch.setattr(sync_model, "_default_connect", connect)
    window = _window(qtbot, db, tmp_path)
    syncer, bar = window.syncer, window.sync_status
    assert bar is not None
    _settled(qtbot, syncer)
    assert bar.label.text() == "Sign-in needed" and bar.sign_in_button.isVisible()
    assert not syncer._next.isActive()  # no retries with a refused password
    monkeypatch.setattr(
        "app.views.sync_status.QInputDialog.getText", lambda *a, **k: ("right", True)
    )
    qtbot.mouseClick(bar.sign_in_button, _left())
    _settled(qtbot, syncer)
    assert bar.label.text() == "Synced" and not bar.sign_in_button.isVisible()
    assert list(memory_keyring.kept.values()) == ["right"]
    window.close()
    db.dispose()


def test_a_replaced_value_counts_in_the_status_bar(qtbot, tmp_path, server, replicas):
    a, b = replicas
    made = _shared_company(server, a, b)
    _edit(a, made.id, nps=3)
    _edit(b, made.id, nps=9)
    sync_once(b, server.engine)
    _joined(a, server)
    window = _window(qtbot, a, tmp_path)
    bar = window.sync_status
    assert bar is not None
    _settled(qtbot, window.syncer)
    assert bar.conflicts.text() == "1 conflict" and bar.conflicts.isVisible()
    window.close()


def test_a_change_the_server_refused_is_said_in_the_status_bar(qtbot, tmp_path, server):
    """PERM-1..6 in the database: the server's reason reaches the person (the refusal
    itself is tests/sync/test_sync_rules.py's)."""
    from app.models.sync import SyncStatus

    db = make_replica(tmp_path / "r.db", server)
    _joined(db, server)
    window = _window(qtbot, db, tmp_path)
    _settled(qtbot, window.syncer)
    why = "Only super admins and users with Manage CS settings can share a view with Everyone."
    window.syncer._set(SyncStatus(SyncState.SYNCED, refused=(why,)))
    assert window.statusBar().currentMessage() == f"The team server refused a change: {why}"
    window.close()
    db.dispose()


def test_pages_pulled_before_the_network_goes_reach_the_open_tab(
    qtbot, tmp_path, server, replicas, monkeypatch
):
    from app.domain.sync import run

    a, b = replicas
    made = _shared_company(server, a, b)
    _joined(a, server)
    window = _window(qtbot, a, tmp_path)
    syncer = window.syncer
    _settled(qtbot, syncer)
    window.tabs.setCurrentIndex(window.tab_keys().index("customers"))
    customers: Any = window.tab_content("customers")
    customers.show_view(next(v for v in customers.sidebar.views if v.builtin == ALL_RECORDS))
    _edit(b, made.id, name="Renamed Before The Drop")
    sync_once(b, server.engine)
    real = run.pull_once
    pages = {"n": 0}

    def one_page_then_down(db, engine, *args):
        pages["n"] += 1
        if pages["n"] > 1:
            raise OSError("connection reset by peer")
        return real(db, engine, *args)

    monkeypatch.setattr(run, "pull_once", one_page_then_down)
    assert window.sync_status is not None
    qtbot.mouseClick(window.sync_status.sync_button, _left())
    _settled(qtbot, syncer)
    assert syncer.status.state is SyncState.OFFLINE
    model = customers.model
    names = lambda: [model.index(r, 0).data() for r in range(model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: "Renamed Before The Drop" in names())
    window.close()
