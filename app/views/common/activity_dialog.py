"""The preview panel's activity buttons (CUS-5): log a note, an e-mail, a call, a task or
a meeting against the record. Bad input is refused at its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.views.common.date_field import DateTimeField
from app.views.common.view_dialogs import FormDialog

# kind: (title, [(field, label, multiline, default)])
FORMS: dict[str, tuple[str, list[tuple[str, str, bool, str]]]] = {
    "note": ("Log a note", [("body", "Note", True, "")]),
    "email": ("Log an e-mail", [("subject", "Subject", False, ""), ("body", "Message", True, "")]),
    "call": (
        "Log a call",
        [
            ("title", "About", False, ""),
            ("minutes", "Minutes", False, "15"),
            ("notes", "Notes", True, ""),
        ],
    ),
    "task": (
        "Create a task",
        [("title", "Task", False, ""), ("due", "Due (the time is optional)", False, "")],
    ),
    "meeting": (
        "Schedule a meeting",
        [
            ("title", "Title", False, ""),
            ("start", "Starts", False, ""),
            ("minutes", "Minutes", False, "30"),
            ("link", "Meeting link", False, ""),
        ],
    ),
}
BUTTONS = (
    ("note", "Note"),
    ("email", "E-mail"),
    ("call", "Call"),
    ("task", "Task"),
    ("meeting", "Meeting"),
)


class ActivityDialog(FormDialog):
    """One activity form; `submit(fields)` logs it through the domain."""

    def __init__(
        self,
        kind: str,
        submit: Callable[[dict[str, Any]], None],
        parent: QWidget | None = None,
        formatter: ValueFormatter | None = None,
    ) -> None:
        title, fields = FORMS[kind]
        super().__init__(tr(title), parent)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit | DateTimeField] = {}
        shown = formatter or ValueFormatter("en_US", "UTC", {})
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        for key, label, multiline, default in fields:
            widget: QLineEdit | QPlainTextEdit | DateTimeField
            if multiline:
                widget = QPlainTextEdit(default)
                widget.setFixedHeight(90)
            elif key in ("due", "start"):  # as the viewer types dates and times (UX-3)
                widget = DateTimeField(shown, None, tr(label))
                if key == "due":
                    widget.date.set_date(tomorrow)
            else:
                widget = QLineEdit(default)
            widget.setAccessibleName(tr(label))
            self.inputs[key] = widget
            self.add_field(key, tr(label), widget)
        self.finish_layout()
        self.submit = lambda: submit(self.values())

    def values(self) -> dict[str, Any]:
        """The form's text, by field."""
        return {
            key: w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()
            for key, w in self.inputs.items()
        }  # a date and time as typed: the domain reads it in the viewer's locale and zone
