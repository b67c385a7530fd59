"""The property dialog of Settings → Objects (OBJ-2): a new property's name, type and
options, or an existing one's new name and its options (add, rename, move, archive: each
saved at once). Refusals from the domain are shown in the dialog."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import PropertyType
from app.domain.errors import DomainError
from app.domain.object_settings import ADDABLE_TYPES, CHOICE_TYPES
from app.domain.permissions import Verdict
from app.domain.properties import PropertyInfo
from app.models.i18n import tr
from app.models.object_settings import ObjectSettings

T = PropertyType
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def type_label(widget: QWidget, kind: PropertyType) -> str:
    """A property type as the user reads it."""
    labels = {
        T.TEXT: tr("Single-line text"), T.MULTILINE: tr("Multi-line text"),
        T.NUMBER: tr("Number"), T.CURRENCY: tr("Currency"),
        T.DATE: tr("Date"), T.DATETIME: tr("Date and time"),
        T.CHOICE: tr("Single choice"), T.MULTI_CHOICE: tr("Multiple choice"),
        T.CHECKBOX: tr("Checkbox"), T.USER: tr("User"),
        T.DERIVED: tr("From associations (read-only)"),
    }  # fmt: skip
    return labels[kind]


class PropertyDialog(QDialog):
    """Add a property to an object, or edit one (`prop` given)."""

    def __init__(
        self,
        model: ObjectSettings,
        object_id: uuid.UUID,
        verdict: Verdict,
        prop: PropertyInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.object_id, self.prop, self.verdict = model, object_id, prop, verdict
        self.created_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New property") if prop is None else self.tr("Edit property"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        form = QFormLayout()
        self.label = QLineEdit(prop.label if prop else "")
        self.label.setAccessibleName(self.tr("Property name"))
        self.label.setPlaceholderText(self.tr("e.g. Contract tier"))
        form.addRow(self.tr("Name"), self.label)
        self.type = QComboBox()
        self.type.setAccessibleName(self.tr("Property type"))
        kinds = ADDABLE_TYPES if prop is None else (prop.type,)
        for kind in kinds:
            self.type.addItem(type_label(self, kind), kind.value)
        self.type.setEnabled(prop is None)  # a property keeps its type: its values do
        if prop is not None:
            self.type.setToolTip(self.tr("A property keeps its type, so its values stay valid."))
            form.addRow(self.tr("Key"), QLabel(prop.key, objectName="Muted"))
        form.addRow(self.tr("Type"), self.type)
        layout.addLayout(form)
        self.options_box = QWidget()
        box = QVBoxLayout(self.options_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("Options"), objectName="Muted"))
        if prop is None:
            self.new_options = QPlainTextEdit()
            self.new_options.setAccessibleName(self.tr("Options, one a line"))
            self.new_options.setPlaceholderText(self.tr("One option a line"))
            self.new_options.setMaximumHeight(120)
            box.addWidget(self.new_options)
        else:
            box.addWidget(self._options_editor())
        layout.addWidget(self.options_box)
        self.type.currentIndexChanged.connect(lambda _i: self._show_options())
        self._show_options()
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(bool(verdict))
        self.save_button.setToolTip(verdict.user_message)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kind(self) -> PropertyType:
        """The type chosen."""
        return PropertyType(self.type.currentData())

    def _show_options(self) -> None:
        self.options_box.setVisible(self.kind() in CHOICE_TYPES)
        self.adjustSize()

    # ---- an existing property's options: each change saved at once ----------------------

    def _options_editor(self) -> QWidget:
        editor = QWidget()
        row = QHBoxLayout(editor)
        row.setContentsMargins(0, 0, 0, 0)
        self.option_list = QListWidget()
        self.option_list.setAccessibleName(self.tr("Options"))
        self.option_list.setMaximumHeight(150)
        row.addWidget(self.option_list, 1)
        column = QVBoxLayout()
        self.option_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("add", self.tr("Add…"), self.add_option),
            ("rename", self.tr("Rename…"), self.rename_option),
            ("up", self.tr("Move up"), lambda: self.move_option(-1)),
            ("down", self.tr("Move down"), lambda: self.move_option(1)),
            ("archive", self.tr("Archive"), self.archive_option),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(bool(self.verdict))
            button.setToolTip(self.verdict.user_message)
            self.option_buttons[key] = button
            column.addWidget(button)
        column.addStretch(1)
        row.addLayout(column)
        self._load_options()
        return editor

    def _load_options(self, select: uuid.UUID | None = None) -> None:
        assert self.prop is not None
        self.option_list.clear()
        for option in self.model.options(self.prop.id):
            item = QListWidgetItem(option.value)
            item.setData(ID_ROLE, str(option.id))
            self.option_list.addItem(item)
            if option.id == select:
                self.option_list.setCurrentItem(item)

    def _option_ids(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(self.option_list.item(i).data(ID_ROLE))
            for i in range(self.option_list.count())
        ]

    def _current_option(self) -> uuid.UUID | None:
        item = self.option_list.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def _run(self, action: Callable[[], object], select: uuid.UUID | None = None) -> bool:
        self.error.hide()
        try:
            action()
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return False
        if self.prop is not None:
            self._load_options(select)
        return True

    def add_option(self) -> None:
        """Ask for an option's name and add it at the end."""
        assert self.prop is not None
        prop_id = self.prop.id
        text, ok = QInputDialog.getText(self, self.tr("Add an option"), self.tr("Option"))
        if ok:
            self._run(lambda: self.model.add_option(prop_id, text))

    def rename_option(self) -> None:
        """Ask for the selected option's new name."""
        option_id = self._current_option()
        item = self.option_list.currentItem()
        if option_id is None or item is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Rename an option"),
            self.tr("Records that hold “{old}” get the new name.").format(old=item.text()),
            text=item.text(),
        )  # fmt: skip
        if ok:
            self._run(lambda: self.model.rename_option(option_id, text), option_id)

    def move_option(self, step: int) -> None:
        """Move the selected option up or down."""
        assert self.prop is not None
        option_id = self._current_option()
        ids = self._option_ids()
        if option_id is None:
            return
        i = ids.index(option_id)
        j = i + step
        if not 0 <= j < len(ids):
            return
        ids[i], ids[j] = ids[j], ids[i]
        prop_id = self.prop.id
        self._run(lambda: self.model.reorder_options(prop_id, ids), option_id)

    def archive_option(self) -> None:
        """Archive the selected option (records that hold it keep it)."""
        option_id = self._current_option()
        if option_id is not None:
            self._run(lambda: self.model.archive_option(option_id))

    # ---- save ----------------------------------------------------------------------------

    def save(self) -> None:
        """Add the property, or rename it; a refusal stays in the dialog."""
        label = self.label.text()
        if self.prop is None:
            options = [line for line in self.new_options.toPlainText().splitlines() if line.strip()]
            if self.kind() not in CHOICE_TYPES:
                options = []
            kind = self.kind()

            def add() -> None:
                self.created_id = self.model.add_property(self.object_id, label, kind, options)

            ok = self._run(add)
        elif label.strip() != self.prop.label:
            prop_id = self.prop.id
            ok = self._run(lambda: self.model.rename_property(prop_id, label))
        else:
            ok = True
        if ok:
            self.accept()
