"""Starting the GUI: the application object, the qasync loop, first start or the window."""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.models import Database
from app.models.backups import daily_backup
from app.models.i18n import tr
from app.models.startup import CannotOpen, Damaged, open_latest_backup, open_workspace
from app.views.common.background import GuiThreadGarbage
from app.views.common.error_dialog import install_error_dialog
from app.views.first_start import FirstStartDialog
from app.views.main_window import MainWindow, first_paint_probe
from app.views.resources import icon
from app.views.single_instance import FileOwner

log = logging.getLogger(__name__)


def make_application() -> QApplication:
    """The QApplication with Tend's name, icon and style sheet (created once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Tend")
    app.setOrganizationName("Tend")
    app.setApplicationDisplayName("Tend")
    app.setWindowIcon(icon("tend"))
    from app.views import language
    from app.views.appearance import follow_system

    # UX-3: before anyone signs in (the first-start dialog), the computer's language.
    language.install(language.language_for(QLocale.system().name()))

    follow_system(app)  # light or dark, as the user chose (the style sheet with it)
    return app


class BackupJob(QObject):
    """The daily check and backup in a worker thread (1.7 s warm, about 9 s with the copy,
    on the 1.4 GB 100,000-company demo): the window stays live; `done` carries "" or why
    the file is damaged, delivered on the GUI thread by Qt's queued connection."""

    done = Signal(str)

    def __init__(self, path: Path, finished: Callable[[str], None]) -> None:
        super().__init__()
        self.path = path
        self.finished = finished
        self.done.connect(self._deliver)  # this object lives on the GUI thread: queued
        self.worker = threading.Thread(target=self._run, name="tend-backup", daemon=True)

    def start(self) -> None:
        """Start the worker."""
        self.worker.start()

    def _run(self) -> None:
        try:
            result = daily_backup(self.path)
        except Exception as exc:  # a full disk must not take the window down
            print(f"Tend: the daily backup failed: {exc}", file=sys.stderr)
            result = ""
        self.done.emit(result)

    def _deliver(self, result: str) -> None:
        self.finished(result)


def damaged_message(path: Path, exc: Damaged) -> str:
    """What the user is told about a damaged file."""
    text = tr("Tend cannot open {path}: the file is damaged.\n\n{why}\n\nTend has not "
              "changed it.").format(path=path, why=exc.user_message)  # fmt: skip
    if exc.backup is not None:
        when = exc.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text += "\n\n" + tr(
            "Open the latest backup, from {when}, instead? The damaged file is kept beside "
            "it, renamed, as it is."
        ).format(when=when)
    return text


def _cannot_open(path: Path, exc: CannotOpen) -> str:
    return tr("Tend cannot open {path}.\n\n{why}").format(path=path, why=exc.user_message)


class Shell:
    """Shows the first-start dialog for an empty file, then the main window."""

    def __init__(
        self, path: Path, garbage: GuiThreadGarbage | None = None, chosen: bool = False
    ) -> None:
        self.path = path
        self.garbage = garbage
        self.chosen = chosen  # the user named the file (--db): a missing folder is asked
        self.window: MainWindow | None = None
        self.dialog: FirstStartDialog | None = None
        self.db: Database | None = None
        self.owner: FileOwner | None = None
        self.handed_over = False  # another Tend has the file and was asked to show it
        self.backup_job: BackupJob | None = None

    def start(self) -> bool:
        """Open the file; False (after telling the user) when it cannot be opened, and
        when another Tend has it open (that Tend raises its window instead)."""
        if self.chosen and not self.path.parent.exists() and not self._may_create_folder():
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # issue 16 item 7: the reason in a dialog, not a traceback
            why = exc.strerror or str(exc)
            print(f"tend: cannot create the folder {self.path.parent}: {why}", file=sys.stderr)
            QMessageBox.critical(
                None, "Tend",
                tr("Tend cannot create the folder for its workspace file:\n{folder}\n\n{why}."
                   "\n\nStart Tend with --db and a file in a folder you can write to.").format(
                    folder=self.path.parent, why=why),
            )  # fmt: skip
            return False
        self.owner = FileOwner(self.path)
        if not self.owner.acquire():
            self.handed_over = True
            return False
        self.owner.raiseRequested.connect(self.raise_window)
        try:
            db, empty = self._open()
        except CannotOpen as exc:
            self.stop()
            print(f"tend: cannot open {self.path}: {exc}", file=sys.stderr)
            if not isinstance(exc, Damaged):
                QMessageBox.critical(None, "Tend", _cannot_open(self.path, exc))
            return False
        if empty:
            db.dispose()  # the dialog replaces or fills the file
            self.dialog = FirstStartDialog(self.path)
            self.dialog.finished.connect(self._first_start_done)
            self.dialog.show()
        else:
            self._show_window(db)
        return True

    def _open(self) -> tuple[Database, bool]:
        """open_workspace; a damaged file is reported, with its latest backup offered."""
        try:
            return open_workspace(self.path)
        except Damaged as exc:
            message = damaged_message(self.path, exc)
            if exc.backup is None:
                QMessageBox.critical(None, "Tend", message)
                raise
            buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel
            answer = QMessageBox.warning(None, "Tend", message, buttons)
            if answer != QMessageBox.StandardButton.Open:
                raise
            open_latest_backup(self.path, exc.backup)
            return open_workspace(self.path)

    def raise_window(self) -> None:
        """Another start on this file: bring this window (or the first-start dialog) up."""
        shown = self.window or self.dialog
        if shown is not None:
            shown.showNormal()
            shown.raise_()
            shown.activateWindow()

    def stop(self) -> None:
        """Let the file go."""
        if self.owner is not None:
            self.owner.release()

    def _may_create_folder(self) -> bool:
        """A file named in a folder that does not exist (a typo?): create it only if the
        user agrees."""
        answer = QMessageBox.question(
            None, "Tend",
            tr("The folder {folder} does not exist.\n\nCreate it and a new Tend workspace "
               "file {name} there?").format(folder=self.path.parent, name=self.path.name),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _first_start_done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self._open_and_show()
        else:
            QApplication.quit()

    def _open_and_show(self) -> None:
        """Open the workspace file and show its window, or say why not and quit."""
        try:
            db, _empty = open_workspace(self.path)
        except CannotOpen as exc:
            QMessageBox.critical(None, "Tend", _cannot_open(self.path, exc))
            QApplication.quit()
            return
        self._show_window(db)

    def _show_window(self, db: Database) -> None:
        self.db = db
        self.window = MainWindow(db)
        self.window.closed.connect(QApplication.quit)
        self.window.reopenRequested.connect(self.reopen)
        self.window.openFileRequested.connect(self.switch_to)
        if self.garbage is not None:  # after the first frame is on the screen, not before
            garbage = self.garbage
            self.window.firstPainted.connect(lambda: QTimer.singleShot(0, garbage.freeze))
        self.window.firstPainted.connect(warm_up)
        first_paint_probe(self.window)
        self.window.show()
        if not db.read_only and self.backup_job is None:
            self.backup_job = BackupJob(self.path, self._backup_done)
            self.backup_job.start()

    def _backup_done(self, damaged: str) -> None:
        if damaged:
            QMessageBox.warning(
                self.window, "Tend",
                tr("The workspace file {path} is damaged, so today's backup was not taken."
                   "\n\n{why}\n\nRestore a backup from Settings, or quit Tend and open the "
                   "file again to be offered the latest backup.").format(
                    path=self.path, why=damaged),
            )  # fmt: skip

    def switch_to(self, path: Path) -> None:
        """Work in another workspace file from now on (a team server's replica, just
        joined): this window closes, the file is let go, and the other opens."""
        self._close_window()
        self.stop()
        self.path = path
        self.owner = FileOwner(path)
        if not self.owner.acquire():  # another Tend has it: that one shows it
            QApplication.quit()
            return
        self.owner.raiseRequested.connect(self.raise_window)
        self.backup_job = None
        self._open_and_show()

    def _close_window(self) -> None:
        old = self.window
        if old is not None:
            old.closed.disconnect(QApplication.quit)
            old.save_state()
            old.close()
            old.deleteLater()
        if self.db is not None:
            self.db.dispose()
            self.db = None
        self.window = None

    def reopen(self) -> None:
        """Open the file again (a backup was restored over it) in a new window."""
        self._close_window()
        self._open_and_show()


# What the first paint did not need, imported in the background once it is on the screen:
# the other tabs and the chart library would otherwise cost their first opening (or the
# first scroll to the Summary's reports) a pause of up to half a second.
WARM_MODULES = (
    "app.views.common.charts", "app.views.common.report_chart",
    "app.views.common.preview_panel", "app.views.customers.tab", "app.views.pipelines.tab",
    "app.views.actions.tab", "app.views.schedule.tab", "app.views.feed.tab",
    "app.views.dashboards.tab", "app.views.settings.dialog",
)  # fmt: skip


def warm_up() -> None:
    """Import WARM_MODULES in a worker thread (importing makes no widget)."""

    def run() -> None:
        import importlib

        for name in WARM_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # the tab imports it again when opened, and says so
                log.exception("warming up %s", name)

    threading.Thread(target=run, name="tend-warm-up", daemon=True).start()


def run_gui(path: Path, chosen: bool = False) -> int:
    """Run Tend's window on the database at `path` until it is closed."""
    import qasync

    app = make_application()
    install_error_dialog()  # an unexpected error in a slot: a dialog, the window lives on
    garbage = GuiThreadGarbage(app)  # worker threads must never destroy the GUI's objects
    # The first-start dialog closes before the main window opens: quit only when told to
    # (the window closed, or the dialog cancelled), not when the last window closes.
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    shell = Shell(path, garbage, chosen)
    if not shell.start():
        return 0 if shell.handed_over else 1
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    with loop:
        loop.run_until_complete(closed.wait())
    if shell.db is not None:
        shell.db.dispose()
    shell.stop()
    return 0
