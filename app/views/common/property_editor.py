"""An editor fitting a property's type (OBJ-2): a list for choices, users and checkboxes,
a text box for long text, a line for the rest with the format it expects. Used by the
preview panel's pencil edit and the stage move dialog; the domain checks what it holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.enums import PropertyType
from app.domain.properties import TYPED_TEXT, PropertyInfo, value_text
from app.models.formatting import ValueFormatter

T = PropertyType
COMBO_TYPES = (T.CHOICE, T.USER, T.CHECKBOX)
HINTS = {T.DATE: "YYYY-MM-DD", T.DATETIME: "YYYY-MM-DD HH:MM", T.MULTI_CHOICE: "a; b"}


def property_editor(prop: PropertyInfo, value: Any, formatter: ValueFormatter) -> QWidget:
    """A widget to edit `prop`, holding `value`."""
    if prop.type in COMBO_TYPES:
        combo = QComboBox()
        combo.addItem("—", None)
        if prop.type == T.USER:
            for uid, name in sorted(formatter.user_names.items(), key=lambda kv: kv[1]):
                combo.addItem(name, str(uid))
            current = str(value) if value else None
        elif prop.type == T.CHECKBOX:
            combo.addItem(combo.tr("Yes"), True)
            combo.addItem(combo.tr("No"), False)
            current = value
        else:
            for option in prop.options:
                combo.addItem(option, option)
            current = value
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(prop.label)
        return combo
    if prop.type == T.MULTILINE:
        text = QPlainTextEdit(value or "")
        text.setFixedHeight(70)
        text.setAccessibleName(prop.label)
        return text
    # numbers in the viewer's decimal mark, as the domain reads them back (coerce)
    line = QLineEdit(value_text(
        prop, value, formatter.zone, formatter.user_names, TYPED_TEXT, formatter.locale_name
    ))  # fmt: skip
    line.setAccessibleName(prop.label)
    line.setPlaceholderText(HINTS.get(prop.type, ""))
    return line


def editor_value(prop: PropertyInfo, editor: QWidget, formatter: ValueFormatter) -> Any:
    """What the editor holds, in a form the domain checks (it names a bad value)."""
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    assert isinstance(editor, QLineEdit)
    text = editor.text()
    if prop.type == T.DATETIME and text.strip():
        try:
            local = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            return text  # the domain names the problem
        if local.tzinfo is None:
            local = local.replace(tzinfo=formatter.zone)
        return local
    return text
