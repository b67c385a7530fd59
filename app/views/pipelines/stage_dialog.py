"""The dialog a stage move opens when the stage requires properties the record lacks
(SRV-5, REV-5, OBJ-3): an editor per property; Cancel leaves the card where it was;
Save moves it only when every value is accepted, and each refused value is shown at its
field, all at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, ValidationErrors
from app.domain.properties import PropertyInfo
from app.models.formatting import ValueFormatter
from app.views.common.property_editor import editor_value, property_editor


class StageValuesDialog(QDialog):
    """Asks for a stage's required values, then calls `save(values)`; a domain refusal
    raised by it keeps the dialog open with the message at the field it names."""

    def __init__(
        self,
        stage_name: str,
        props: list[PropertyInfo],
        formatter: ValueFormatter,
        save: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to {stage}").format(stage=stage_name))
        self.props = props
        self.formatter = formatter
        self._save = save
        root = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{stage} needs these before a record can enter it.").format(stage=stage_name)
        )
        intro.setWordWrap(True)
        root.addWidget(intro)
        form = QFormLayout()
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        for prop in props:
            editor = property_editor(prop, None, formatter)
            error = QLabel(objectName="FieldError")
            error.setWordWrap(True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(editor)
            box.addWidget(error)
            form.addRow(prop.label + " *", box)
            self.editors[prop.key] = editor
            self.errors[prop.key] = error
        root.addLayout(form)
        self.message = QLabel(objectName="FormError")
        self.message.setWordWrap(True)
        self.message.hide()
        root.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        root.addWidget(self.buttons)
        self.setMinimumWidth(420)
        if props:
            self.editors[props[0].key].setFocus()

    def values(self) -> dict[str, Any]:
        """What the editors hold, by property key."""
        return {p.key: editor_value(p, self.editors[p.key], self.formatter) for p in self.props}

    def save(self) -> None:
        """Move with these values; a refusal stays at its field and nothing is saved."""
        for label in (*self.errors.values(), self.message):
            label.hide()
        values = self.values()
        empty = {
            prop.key: self.tr("{p} is required.").format(p=prop.label)
            for prop in self.props
            if values[prop.key] is None
            or (isinstance(values[prop.key], str) and not values[prop.key].strip())
        }
        if empty:  # every field's error at once (UX-5)
            for key, message in reversed(empty.items()):
                self._refuse(key, message)
            return
        try:
            self._save(values)
        except ValidationErrors as exc:
            for key, message in reversed(exc.errors.items()):
                self._refuse(key, message)
            return
        except DomainError as exc:
            self._refuse(getattr(exc, "field", None), exc.user_message)
            return
        self.accept()

    def _refuse(self, key: str | None, message: str) -> None:
        label = self.errors.get(key or "", self.message)
        label.setText(message)
        label.show()
        if key in self.editors:
            self.editors[key].setFocus()
