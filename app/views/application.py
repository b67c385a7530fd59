"""Starting the GUI: the application object, the qasync loop, first start or the window."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.models import Database
from app.models.startup import CannotOpen, open_workspace
from app.views.common.background import GuiThreadGarbage
from app.views.common.error_dialog import install_error_dialog
from app.views.first_start import FirstStartDialog
from app.views.main_window import MainWindow, first_paint_probe
from app.views.resources import icon, style_sheet
from app.views.single_instance import FileOwner


def make_application() -> QApplication:
    """The QApplication with Tend's name, icon and style sheet (created once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName("Tend")
    app.setOrganizationName("Tend")
    app.setApplicationDisplayName("Tend")
    app.setWindowIcon(icon("tend"))
    app.setStyleSheet(style_sheet())
    return app


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

    def start(self) -> bool:
        """Open the file; False (after telling the user) when it cannot be opened, and
        when another Tend has it open (that Tend raises its window instead)."""
        if self.chosen and not self.path.parent.exists() and not self._may_create_folder():
            return False
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.owner = FileOwner(self.path)
        if not self.owner.acquire():
            self.handed_over = True
            return False
        self.owner.raiseRequested.connect(self.raise_window)
        try:
            db, empty = open_workspace(self.path)
        except CannotOpen as exc:
            self.stop()
            QMessageBox.critical(None, "Tend", f"Tend cannot open {self.path}.\n\n{exc}")
            return False
        if empty:
            db.dispose()  # the dialog replaces or fills the file
            self.dialog = FirstStartDialog(self.path)
            self.dialog.finished.connect(self._first_start_done)
            self.dialog.show()
        else:
            self._show_window(db)
        return True

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
            f"The folder {self.path.parent} does not exist.\n\n"
            f"Create it and a new Tend workspace file {self.path.name} there?",
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _first_start_done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            try:
                db, _empty = open_workspace(self.path)
            except CannotOpen as exc:
                QMessageBox.critical(None, "Tend", f"Tend cannot open {self.path}.\n\n{exc}")
                QApplication.quit()
                return
            self._show_window(db)
        else:
            QApplication.quit()

    def _show_window(self, db: Database) -> None:
        self.db = db
        self.window = MainWindow(db)
        self.window.closed.connect(QApplication.quit)
        if self.garbage is not None:
            self.window.firstPainted.connect(self.garbage.freeze)
        first_paint_probe(self.window)
        self.window.show()


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
