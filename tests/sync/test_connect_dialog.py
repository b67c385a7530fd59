"""Connecting to a team server from the first-start dialog (issue 14 item 2), driven with
clicks and keys: a wrong address or password is said in the dialog and leaves the file
empty; the right one downloads the workspace into the file, signed in as the login."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from app.domain.sync.team import holds_no_workspace, replica_server
from app.domain.workspace import is_empty, signed_in
from app.models.startup import open_workspace
from app.store.engine import open_database
from app.views.first_start import FirstStartDialog
from tests.views.conftest import run_until


def _first_start(qtbot, path) -> FirstStartDialog:
    db, empty = open_workspace(path)  # as the shell does before it shows the dialog
    assert empty
    db.dispose()
    dialog = FirstStartDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _address(server, login: str | None = None) -> str:
    if login is None:
        with server.db.engine.connect() as conn:
            login = conn.execute(text("SELECT session_user")).scalar_one()
    url = server.db.engine.url.set(drivername="postgresql", username=login)
    return url.render_as_string(hide_password=True)


def test_joining_from_the_first_start_fills_the_file_with_the_team_workspace(
    qtbot, qloop, tmp_path, server, memory_keyring
):
    path = tmp_path / "tend.db"
    dialog = _first_start(qtbot, path)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    connect = dialog.connect_dialog
    assert connect is not None and connect.isVisible()

    qtbot.mouseClick(connect.connect_button, Qt.MouseButton.LeftButton)  # nothing typed
    run_until(qloop, connect.error.isVisible)
    assert "address" in connect.error.text()

    qtbot.keyClicks(connect.address, "mysql://me@db.example.com/team")
    qtbot.mouseClick(connect.connect_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: "PostgreSQL" in connect.error.text())

    connect.address.clear()
    qtbot.keyClicks(connect.address, _address(server))
    qtbot.keyClicks(connect.password, "secret")
    qtbot.keyClick(connect.password, Qt.Key.Key_Return)
    run_until(qloop, lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=60)
    db = open_database(path)
    try:
        assert replica_server(db) is not None
        with db.session() as session:
            assert not is_empty(session)
            assert signed_in(session).name == "Ada Admin"  # type: ignore[union-attr]
    finally:
        db.dispose()
    assert list(memory_keyring.kept.values()) == ["secret"]
    assert not list(tmp_path.glob("*.joining*"))


def test_a_server_that_refuses_the_login_leaves_the_file_empty(
    qtbot, qloop, tmp_path, server, memory_keyring
):
    path = tmp_path / "tend.db"
    dialog = _first_start(qtbot, path)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    connect = dialog.connect_dialog
    assert connect is not None
    address = _address(server, login="nobody_here")
    qtbot.keyClicks(connect.address, address)
    qtbot.mouseClick(connect.connect_button, Qt.MouseButton.LeftButton)
    run_until(qloop, connect.error.isVisible, timeout=30)
    assert "Could not sign in" in connect.error.text()
    assert connect.connect_button.isEnabled() and dialog.result() == 0
    assert holds_no_workspace(path)
    assert memory_keyring.kept == {}


def test_a_local_workspace_joins_from_settings_and_the_window_opens_the_replica(
    qtbot, qloop, tmp_path, server, memory_keyring, monkeypatch
):
    from app.domain.workspace import SetupChoice, setup_empty_workspace
    from app.views.application import Shell

    monkeypatch.setenv("TEND_CONFIG_DIR", str(tmp_path / "config"))
    local = tmp_path / "mine.db"
    db = open_database(local)
    with db.write_session() as session:
        setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Grace Hopper", "grace@example.com")
        )
    db.dispose()
    shell = Shell(local)
    assert shell.start()
    window = shell.window
    assert window is not None and not window.syncer.active  # closed by the switch
    settings = window.settings_dialog()
    settings.show()
    qtbot.mouseClick(settings.connect_button, Qt.MouseButton.LeftButton)
    connect = settings.connect_dialog
    assert connect is not None and connect.path == tmp_path / "team.db"
    qtbot.keyClicks(connect.address, _address(server))
    qtbot.mouseClick(connect.connect_button, Qt.MouseButton.LeftButton)
    run_until(qloop, lambda: shell.window is not None and shell.window is not window, 60)
    joined = shell.window
    assert joined is not None
    qtbot.addWidget(joined)
    assert shell.path == tmp_path / "team.db" and joined.syncer.active
    assert joined.viewer.name == "Ada Admin"  # the login's user, not the local file's
    assert local.exists()  # the local workspace stays as it was
    joined.syncer.close()
    shell.stop()
    if shell.db is not None:
        shell.db.dispose()
