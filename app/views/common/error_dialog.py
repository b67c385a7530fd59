"""An unexpected error in a user action (issue 11 item 4, UX-5): a dialog says what went
wrong, the traceback goes to the log, and the window keeps working. Refusals the domain
explains (`DomainError`) are shown at their field by the views; this catches the rest.

PySide6 reports an exception raised in a slot through `sys.excepthook` and carries on with
the event loop, so the hook is the one place to catch them all."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import DomainError
from app.models.i18n import tr

log = logging.getLogger("tend")
_shown: list[QMessageBox] = []  # the dialog showing, kept so Python does not collect it


def install_error_dialog() -> None:
    """Show unexpected errors in a dialog from now on (the GUI's start calls this)."""
    sys.excepthook = show_unexpected_error


def reason_of(error: BaseException) -> str:
    """What the user reads: the domain's own words, else the error's message."""
    if isinstance(error, DomainError):
        return error.user_message
    return str(error) or type(error).__name__


def show_unexpected_error(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """The excepthook: log the traceback, then tell the user without stopping the window."""
    log.error("Unexpected error in a user action", exc_info=(kind, error, tb))
    traceback.print_exception(kind, error, tb)  # also on stderr, whatever the log's set-up
    app = QApplication.instance()
    if issubclass(kind, KeyboardInterrupt) or not isinstance(app, QApplication):
        sys.__excepthook__(kind, error, tb)
        return
    for box in _shown:  # one dialog at a time: a burst of errors updates it
        box.close()
    _shown.clear()
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Tend",
        tr("Tend could not finish what you asked. Nothing else was changed."),
        QMessageBox.StandardButton.Ok,
        app.activeWindow(),
    )
    box.setObjectName("UnexpectedError")
    box.setInformativeText(reason_of(error))
    box.setDetailedText("".join(traceback.format_exception(kind, error, tb)))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: _shown.clear())
    _shown.append(box)
    box.open()  # window-modal and not blocking: the hook returns to the event loop
