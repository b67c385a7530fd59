"""Start-up as `tend` does it: first start on a new file, a window on an existing one,
and a clear message for a file that is not a Tend database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.views import application
from app.views.actions.tab import ActionsTab
from app.views.application import Shell
from app.views.customers.tab import CustomersTab
from app.views.main_window import MainWindow
from app.views.pipelines.tab import PipelineTab
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
        "feed",
        "dashboards",
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


# -- damaged and read-only files, backups (issue 11 item 2) ---------------------------------


def _garbage_mid_file(path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek((size // 2) // 4096 * 4096)
        f.write(bytes((i * 131 + 7) % 256 for i in range(6 * 4096)))


def _demo(tmp_path):
    from app.domain.demo import generate_demo_file

    path = tmp_path / "tend.db"
    generate_demo_file(path, companies=40)
    return path


def test_a_damaged_file_is_reported_and_no_window_opens(qtbot, tmp_path, monkeypatch, capsys):
    """Tried: garbage over pages mid-file opened silently, and the Summary then crashed."""
    import hashlib

    path = _demo(tmp_path)
    _garbage_mid_file(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    shown = []
    monkeypatch.setattr(application.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    shell = Shell(path)
    assert not shell.start()
    assert shell.window is None
    assert shown and "the file is damaged" in shown[0] and "has not changed it" in shown[0]
    assert "damaged" in capsys.readouterr().err  # the command line says it too
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_damaged_file_offers_its_latest_backup_and_opens_it(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.store import backups

    path = _demo(tmp_path)
    backups.take_backup(path, "daily")
    _garbage_mid_file(path)
    damaged = path.read_bytes()
    asked = []

    def warning(_parent, _title, text, _buttons):
        asked.append(text)
        return QMessageBox.StandardButton.Open

    monkeypatch.setattr(application.QMessageBox, "warning", warning)
    shell = Shell(path)
    assert shell.start()
    window = _window(shell)
    qtbot.addWidget(window)
    assert "Open the latest backup" in asked[0]
    assert window.viewer.name and "summary" in window.tab_keys()
    [kept] = [p for p in tmp_path.glob("tend.db.damaged-*") if p.name[-6:].isdigit()]
    assert kept.read_bytes() == damaged
    qtbot.waitUntil(lambda: shell.backup_job is not None and not shell.backup_job.worker.is_alive())
    not_none(shell.db).dispose()


def test_the_daily_backup_is_taken_off_the_gui_thread_after_the_window_shows(qtbot, workspace_db):
    from app.store import backups

    workspace_db.dispose()
    path = not_none(workspace_db.path)
    shell = Shell(path)
    assert shell.start()
    qtbot.addWidget(_window(shell))
    job = not_none(shell.backup_job)
    qtbot.waitUntil(lambda: not job.worker.is_alive())
    assert job.worker.name == "tend-backup"
    assert [b.reason for b in backups.list_backups(path)] == ["daily"]
    not_none(shell.db).dispose()


def test_a_read_only_file_opens_with_a_banner_and_no_way_to_change_it(
    qtbot, workspace_db, monkeypatch
):
    import os

    from app.store import tend_file

    workspace_db.dispose()
    path = not_none(workspace_db.path)
    real = os.access
    monkeypatch.setattr(
        tend_file.os, "access",
        lambda p, mode, **kw: False if str(p) == str(path) and mode & os.W_OK else real(p, mode),
    )  # fmt: skip
    shell = Shell(path)
    assert shell.start()
    window = _window(shell)
    qtbot.addWidget(window)
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.read_only_banner.text()
    assert "read-only" in window.mode_label.text()
    assert shell.backup_job is None  # nothing to back up: the file cannot change
    dialog = window.settings_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert "read-only" in dialog.banner.text()
    assert not dialog.restore_button.isEnabled()
    not_none(shell.db).dispose()


def test_restore_from_settings_reopens_the_window_on_the_restored_workspace(
    qtbot, workspace_db, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from app.store import backups

    workspace_db.dispose()
    path = not_none(workspace_db.path)
    backups.take_backup(path, "daily")
    with workspace_db.engine.begin() as conn:  # the workspace as it is later
        conn.exec_driver_sql("UPDATE workspaces SET name = 'Renamed since'")
    workspace_db.dispose()
    shell = Shell(path)
    assert shell.start()
    first = _window(shell)
    qtbot.addWidget(first)
    assert first.workspace_label.text() == "Renamed since"
    dialog = first.settings_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.backup_list.count() == 1
    assert dialog.restore_button.isEnabled()
    asked = []

    def question(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "backs up the workspace as it is now" in asked[0]
    qtbot.waitUntil(lambda: shell.window is not None and shell.window is not first)
    second = _window(shell)
    qtbot.addWidget(second)
    assert second.isVisible() and not first.isVisible()
    assert second.workspace_label.text() != "Renamed since"
    reasons = [b.reason for b in backups.list_backups(path)]
    assert reasons[0] == "before-restore"
    not_none(shell.db).dispose()


def test_a_read_only_demo_shows_no_edit_controls_and_refuses_a_stage_move(
    qtbot, tmp_path, monkeypatch
):
    """Issue 11 item 2: the preview's edit pencils, Create task and a board move follow the
    file's read-only reason instead of failing at the first save."""
    import os

    from app.store import tend_file

    path = _demo(tmp_path)
    real = os.access
    monkeypatch.setattr(
        tend_file.os, "access",
        lambda p, mode, **kw: False if str(p) == str(path) and mode & os.W_OK else real(p, mode),
    )  # fmt: skip
    shell = Shell(path)
    assert shell.start()
    window = _window(shell)
    qtbot.addWidget(window)
    for i, key in enumerate(window.tab_keys()):  # every tab opens on the read-only file
        window.tabs.setCurrentIndex(i)
        window.tab_content(key)
        qtbot.wait(20)
    window.tabs.setCurrentIndex(window.tab_keys().index("customers"))
    customers = window.tab_content("customers")
    assert isinstance(customers, CustomersTab)
    model = not_none(customers.model)
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rect = customers.table.visualRect(model.index(0, 0))
    qtbot.mouseClick(customers.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    preview = not_none(customers.preview)
    assert preview.rows and all(row.edit_button.isHidden() for row in preview.rows.values())
    window.tabs.setCurrentIndex(window.tab_keys().index("actions"))
    actions = window.tab_content("actions")
    assert isinstance(actions, ActionsTab)
    assert not actions.create_button.isEnabled()
    assert "read-only" in actions.create_button.toolTip()
    actions.open_create_panel()  # Ctrl+N
    assert actions.create_panel is None
    window.tabs.setCurrentIndex(window.tab_keys().index("services"))
    services = window.tab_content("services")
    assert isinstance(services, PipelineTab)
    board = not_none(services.board)
    assert not board.arrange(board.pipeline.stages[0].id, [])  # a card dragged
    assert "read-only" in services.messages.label.text()
    not_none(shell.db).dispose()


def test_a_folder_that_cannot_be_made_is_said_in_a_dialog_not_a_traceback(
    qtbot, tmp_path, monkeypatch, capsys
):
    """Issue 16 item 7: the workspace's folder under a file (it cannot be a folder)."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    shown = []
    monkeypatch.setattr(application.QMessageBox, "critical", lambda *args: shown.append(args[2]))
    shell = Shell(blocker / "inside" / "tend.db")
    assert not shell.start()
    assert shell.window is None and shell.db is None
    assert shown and "cannot create the folder" in shown[0] and str(blocker / "inside") in shown[0]
    assert "cannot create the folder" in capsys.readouterr().err
