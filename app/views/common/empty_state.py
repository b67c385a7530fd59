"""What an empty table or board says instead of a bare "0" (issue 12 item 8): what the tab
holds, why nothing shows, and the buttons that lead somewhere — Import and Create on an
empty workspace, "Show all records" when the view hides records that exist, "Clear search"
when the search found none."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class EmptyAction:
    """A button of the empty state: its text, what it does, and whether it is the main one."""

    text: str
    run: Callable[[], object]
    primary: bool = False
    # The tab's own button for the same action: greyed as it is, with its tooltip (the
    # reason) as this one's.
    like: QAbstractButton | None = None


class EmptyState(QFrame):
    """A centred heading, a line of explanation and a row of buttons."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        """`compact`: a band over other content (a board's empty columns), not a page."""
        super().__init__(parent, objectName="EmptyBand" if compact else "EmptyState")
        outer = QVBoxLayout(self)
        if not compact:
            outer.addStretch(1)
        self.heading = QLabel(objectName="EmptyHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.body = QLabel(objectName="Muted")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addWidget(self.body)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        outer.addSpacing(4 if compact else 8)
        outer.addLayout(self.buttons)
        if not compact:
            outer.addStretch(2)
        self.actions_shown: list[QPushButton] = []

    def show_state(self, heading: str, body: str, actions: Sequence[EmptyAction] = ()) -> None:
        """Say `heading` and `body`, with a button per action (replacing earlier ones)."""
        self.heading.setText(heading)
        self.body.setText(body)
        for button in self.actions_shown:
            self.buttons.removeWidget(button)
            button.deleteLater()
        self.actions_shown = []
        for action in actions:
            button = QPushButton(action.text)
            if action.primary:
                button.setObjectName("Primary")
            enabled = action.like is None or action.like.isEnabled()
            button.setEnabled(enabled)
            button.setToolTip("" if enabled or action.like is None else action.like.toolTip())
            button.clicked.connect(lambda _=False, run=action.run: run())
            self.buttons.insertWidget(self.buttons.count() - 1, button)
            self.actions_shown.append(button)
