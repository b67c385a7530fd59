"""Buttons anyone may see but only some may use (PERM-4, PERM-6): a form's Save, or an
action's button, is greyed with the domain's reason as its tooltip when the viewer may not."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QPushButton

if TYPE_CHECKING:
    from app.domain.permissions import Verdict


def save_cancel_buttons(
    dialog: QDialog, verdict: Verdict, save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """The dialog's Save/Cancel box and its Save button; Save calls `save`, Cancel rejects."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setEnabled(bool(verdict))
    if not verdict:
        save_button.setToolTip(verdict.reason)
    return buttons, save_button


def apply_verdict(button: QAbstractButton, verdict: Verdict, tooltip: str) -> None:
    """A button anyone sees but only some may use: greyed with the domain's reason as its
    tooltip when the viewer may not, `tooltip` otherwise."""
    button.setEnabled(bool(verdict))
    button.setToolTip(tooltip if verdict else verdict.reason)
