"""Buttons anyone may see but only some may use (PERM-4, PERM-6): a form's Save, or an
action's button (a "+ Create" a viewer may not use), is greyed with the domain's reason as
its tooltip when the viewer may not."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QPushButton

if TYPE_CHECKING:
    from app.domain.permissions import Verdict

B = TypeVar("B", bound=QAbstractButton)


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
        save_button.setToolTip(verdict.user_message)
    return buttons, save_button


def verdict_button(button: B, verdict: Verdict, tooltip: str) -> B:
    """`button` enabled with `tooltip`, or greyed with the verdict's reason as its tooltip."""
    button.setEnabled(bool(verdict))
    button.setToolTip(tooltip if verdict else verdict.user_message)
    return button


def apply_verdict(button: QAbstractButton, verdict: Verdict, tooltip: str) -> None:
    """`verdict_button` for a button already placed."""
    verdict_button(button, verdict, tooltip)
