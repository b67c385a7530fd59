"""Dialogs of the views sidebar: create a view (CUS-3), edit it, set it as default, and
delete it with the "I'm sure" tick (CUS-4). Refusals are shown at the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Sharing
from app.domain.errors import DomainError, ValidationError
from app.domain.permissions import Verdict


class FormDialog(QDialog):
    """A small form whose Save runs `submit` and shows a refusal at the field it names."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 18, 20, 18)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.errors: dict[str, QLabel] = {}
        self.form_error = QLabel(objectName="FormError")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.submit: Callable[[], None] = lambda: None

    def finish_layout(self) -> None:
        """Add the error line and the buttons under the form."""
        self.layout_.addWidget(self.form_error)
        self.layout_.addWidget(self.buttons)

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        """A form row with an error line under it."""
        self.form.addRow(label, widget)
        error = QLabel(objectName="FieldError")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        self.form.addRow("", error)

    @property
    def save_button(self):
        """The Save (or Delete) button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _save(self) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.hide()
        try:
            self.submit()
        except DomainError as exc:
            field = exc.field if isinstance(exc, ValidationError) else None
            label = self.errors.get(field or "", self.form_error)
            label.setText(exc.user_message)
            label.show()
            return
        self.accept()


class ViewFormDialog(FormDialog):
    """Create or edit a view: name, Private/Everyone, and (create) default + description."""

    def __init__(
        self, title: str, may_share: Verdict, parent: QWidget | None = None, *,
        name: str = "", sharing: Sharing = Sharing.PRIVATE, with_default: bool = True,
    ) -> None:  # fmt: skip
        super().__init__(title, parent)
        self.name = QLineEdit(name, placeholderText=self.tr("e.g. Renewals this quarter"))
        self.name.setAccessibleName(self.tr("View name"))
        self.add_field("name", self.tr("Name"), self.name)
        self.private = QRadioButton(self.tr("Private: only you"))
        self.everyone = QRadioButton(self.tr("Everyone in the workspace"))
        group = QButtonGroup(self)
        group.addButton(self.private)
        group.addButton(self.everyone)
        (self.everyone if sharing == Sharing.EVERYONE else self.private).setChecked(True)
        sharing_box = QWidget()
        box = QVBoxLayout(sharing_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.private)
        box.addWidget(self.everyone)
        # PERM-5: the rule greys the option here and is enforced again when saving.
        self.share_note = QLabel(may_share.user_message, objectName="Muted")
        self.share_note.setWordWrap(True)
        self.share_note.setVisible(not may_share)
        self.everyone.setEnabled(bool(may_share))
        box.addWidget(self.share_note)
        self.add_field("sharing", self.tr("Share with"), sharing_box)
        self.make_default = QCheckBox(self.tr("Set as default and feature on the Summary"))
        self.description = QPlainTextEdit(placeholderText=self.tr("What this view shows"))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(60)
        if with_default and may_share:
            self.add_field("default", "", self.make_default)
            self.add_field("description", self.tr("Description"), self.description)
            self.everyone.toggled.connect(self._sync_default)
            self.make_default.toggled.connect(self._sync_default)
            self._sync_default()
        else:
            self.make_default.hide()
            self.description.hide()
        self.finish_layout()

    def _sync_default(self) -> None:
        """Defaults are for Everyone views only (CUS-3)."""
        self.make_default.setEnabled(self.everyone.isChecked())
        if not self.everyone.isChecked():
            self.make_default.setChecked(False)
        self.description.setEnabled(self.make_default.isChecked())

    def chosen_sharing(self) -> Sharing:
        """The sharing picked."""
        return Sharing.EVERYONE if self.everyone.isChecked() else Sharing.PRIVATE


class DefaultDialog(FormDialog):
    """CUS-4 "Set as default": asks the description shown on the Summary card."""

    def __init__(self, view_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set “{name}” as default").format(name=view_name), parent)
        self.description = QPlainTextEdit(placeholderText=self.tr("What this view shows"))
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(70)
        self.add_field("description", self.tr("Description"), self.description)
        self.finish_layout()


class DeleteDialog(FormDialog):
    """CUS-4 "Delete view": Delete is possible only once the tick is ticked."""

    def __init__(self, view_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Delete “{name}”").format(name=view_name), parent)
        self.form.addRow(QLabel(self.tr("Everyone who sees this view loses it.")))
        self.sure = QCheckBox(self.tr("I'm sure I want to delete this view"))
        self.add_field("confirm", "", self.sure)
        self.save_button.setText(self.tr("Delete"))
        self.save_button.setEnabled(False)
        self.sure.toggled.connect(self.save_button.setEnabled)
        self.finish_layout()
