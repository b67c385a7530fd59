"""An editor fitting a property's type (OBJ-2): a list for choices, users and checkboxes,
a text box for long text, date and time fields that take what the tables show
(`date_field.py`), a line for the rest with the format it expects. Used by the preview
panel's pencil edit, the stage move dialog and the create form; the domain checks what
it holds (typed text in the viewer's locale and zone)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.enums import PropertyType
from app.domain.properties import TYPED_TEXT, PropertyInfo, value_text
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.views.common.date_field import DateField, DateTimeField

T = PropertyType
COMBO_TYPES = (T.CHOICE, T.USER, T.CHECKBOX)
HINTS = {T.MULTI_CHOICE: "a; b"}


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
            combo.addItem(tr("Yes"), True)
            combo.addItem(tr("No"), False)
            current = value
        else:
            for option in prop.options:
                combo.addItem(option, option)
            current = value
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.setAccessibleName(prop.label)
        return combo
    if prop.type == T.DATE:
        return DateField(formatter, value, prop.label)
    if prop.type == T.DATETIME:
        return DateTimeField(formatter, value, prop.label)
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
    assert isinstance(editor, (QLineEdit, DateField, DateTimeField))
    return editor.text()  # dates and times too: the domain reads them in the viewer's ways


def text_lines(editor: QWidget) -> list[QLineEdit]:
    """The editor's typing lines (to save on Enter)."""
    return [editor] if isinstance(editor, QLineEdit) else editor.findChildren(QLineEdit)
