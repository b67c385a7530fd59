"""Issue 11 item 4: an unexpected error in a user action shows a dialog with the reason,
logs the traceback, and leaves the window working."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.views.common import error_dialog


class Window(QWidget):
    """A window with a button whose slot fails and one that works."""

    def __init__(self) -> None:
        super().__init__()
        self.clicks = 0
        layout = QVBoxLayout(self)
        self.failing = QPushButton("Fail")
        self.failing.clicked.connect(self.fail)
        self.working = QPushButton("Work")
        self.working.clicked.connect(self.work)
        layout.addWidget(self.failing)
        layout.addWidget(self.working)

    def fail(self) -> None:
        raise RuntimeError("the disk is full")

    def work(self) -> None:
        self.clicks += 1


class Collect(logging.Handler):
    """Keeps the records logged to it."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "UnexpectedError" and w.isVisible()
    ]


@pytest.mark.qt_no_exception_capture
def test_a_raising_slot_shows_the_reason_and_the_window_keeps_working(qtbot, monkeypatch, capfd):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    error_dialog.install_error_dialog()
    assert sys.excepthook is error_dialog.show_unexpected_error
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    handler = Collect()
    logged = handler.records
    logging.getLogger("tend").addHandler(handler)
    monkeypatch.setattr(logging.getLogger("tend"), "level", logging.ERROR)
    monkeypatch.setattr(logging.getLogger("tend"), "disabled", False)  # whatever ran before
    window.failing.click()
    qtbot.waitUntil(lambda: bool(_error_boxes()))
    (box,) = _error_boxes()
    assert box.informativeText() == "the disk is full"
    assert "RuntimeError" in box.detailedText()
    logging.getLogger("tend").removeHandler(handler)
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in logged)
    assert "RuntimeError: the disk is full" in capfd.readouterr().err
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not _error_boxes())
    window.working.click()  # the window still answers
    assert window.clicks == 1
    window.failing.click()  # and a second error is shown again
    qtbot.waitUntil(lambda: bool(_error_boxes()))
    _error_boxes()[0].button(QMessageBox.StandardButton.Ok).click()


def test_a_domain_refusal_that_reaches_the_hook_shows_its_own_words():
    from app.domain.errors import ValidationError

    refused = ValidationError("nps", "NPS: “1,5” is not a number.")
    assert error_dialog.reason_of(refused) == "NPS: “1,5” is not a number."
    assert error_dialog.reason_of(KeyError()) == "KeyError"
