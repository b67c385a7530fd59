"""Start-up as `tend` does it: first start on a new file, a window on an existing one,
and a clear message for a file that is not a Tend database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.views import application
from app.views.application import Shell
from app.views.main_window import MainWindow
from tests.support import not_none


def _window(shell: Shell) -> MainWindow:
    """The main window: a function, since the test has seen `shell.window` be None."""
    return not_none(shell.window)


def test_first_start_then_the_main_window(qtbot, tmp_path):
    shell = Shell(tmp_path / "tend.db")
    assert shell.start()
    dialog = shell.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and shell.window is None
    qtbot.keyClicks(dialog.admin_name, "Grace Hopper")
    qtbot.keyClicks(dialog.admin_email, "grace@example.com")
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible())
    window = _window(shell)
    qtbot.addWidget(window)
    assert window.viewer.name == "Grace Hopper"
    assert window.tab_keys() == [
        "summary",
        "customers",
        "services",
        "revenue",
        "actions",
        "schedule",
    ]
    not_none(shell.db).dispose()


def test_an_existing_workspace_opens_straight_into_the_window(qtbot, workspace_db):
    workspace_db.dispose()
    shell = Shell(workspace_db.path)
    assert shell.start()
    window = _window(shell)
    qtbot.addWidget(window)
    assert shell.dialog is None and window.isVisible()
    not_none(shell.db).dispose()


def test_a_file_that_is_not_a_database_gets_a_clear_message(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"these are my notes, not a database" * 100)
    shown = []
    monkeypatch.setattr(application.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert not Shell(bad).start()
    assert shown and str(bad) in shown[0] and "not a Tend database" in shown[0]
    assert bad.read_bytes().startswith(b"these are my notes")


def test_a_file_from_a_newer_tend_gets_a_clear_message(qtbot, workspace_db, monkeypatch):
    with workspace_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    workspace_db.dispose()
    shown = []
    monkeypatch.setattr(application.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert not Shell(workspace_db.path).start()
    assert shown and "newer version of Tend" in shown[0]


def test_a_file_named_in_a_missing_folder_is_made_only_if_the_user_agrees(
    qtbot, tmp_path, monkeypatch
):
    """Issue 11 item 1: `tend --db` with a folder that does not exist asks first."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "typo" / "tend.db"
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(application.QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not Shell(path, chosen=True).start()
    assert not path.parent.exists() and "does not exist" in asked[0]

    monkeypatch.setattr(application.QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    shell = Shell(path, chosen=True)
    assert shell.start()
    qtbot.addWidget(not_none(shell.dialog))
    assert path.exists() and len(asked) == 2
