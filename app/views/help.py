"""Help (UX-2, issue 16 item 3): the keyboard-shortcut sheet (F1) and About Tend.

The sheet lists the window's shortcuts (the menus' and Ctrl+K's) and each tab's own
(`TAB_SHORTCUTS`, which a test holds to the keys the tabs really bind), in the keys'
native form (Cmd on macOS)."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import app
from app.domain.i18n import QT_TR_NOOP
from app.models.i18n import tr
from app.views.resources import icon

# A board's keys (the Services and Revenue tabs).
BOARD_SHORTCUTS = (
    ("Ctrl+F", QT_TR_NOOP("Search")),
    ("Ctrl+Shift+M", QT_TR_NOOP("Move the selected cards")),
    ("Ctrl+Z", QT_TR_NOOP("Undo the last move")),
    ("Ctrl+Y", QT_TR_NOOP("Redo the move")),
)
# Each tab's own keys: they work while the tab (or anything in it) has the focus.
TAB_SHORTCUTS: dict[str, tuple[tuple[str, str], ...]] = {
    "customers": (("Ctrl+F", QT_TR_NOOP("Search")),),
    "services": BOARD_SHORTCUTS,
    "revenue": BOARD_SHORTCUTS,
    "actions": (
        ("Ctrl+F", QT_TR_NOOP("Search")),
        ("Ctrl+N", QT_TR_NOOP("Create task")),
        ("Ctrl+Z", QT_TR_NOOP("Undo the last bulk action")),
    ),
    "schedule": (
        ("D", QT_TR_NOOP("Day")),
        ("W", QT_TR_NOOP("Week")),
        ("M", QT_TR_NOOP("Month")),
        ("T", QT_TR_NOOP("Today")),
        ("Ctrl+Left", QT_TR_NOOP("Previous")),
        ("Ctrl+Right", QT_TR_NOOP("Next")),
    ),
}


def native(keys: str) -> str:
    """Keys as this system writes them (⌘ on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutSheet(QDialog):
    """Every shortcut, the window's first, then each tab's."""

    def __init__(
        self, window_keys: list[tuple[str, str]], tab_titles: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        """`window_keys`: (keys, what) of the window's commands; `tab_titles`: the titles
        of the tabs shown, by key (a tab the viewer has not is not listed)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        scroll = QScrollArea(widgetResizable=True)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setSpacing(4)
        self.rows: list[tuple[str, str, str]] = []  # (section, keys, what), as listed
        self._section(column, self.tr("Everywhere"), window_keys)
        for key, title in tab_titles.items():
            own = [(k, tr(what)) for k, what in TAB_SHORTCUTS.get(key, ())]
            if own:
                self._section(column, title, own)
        column.addStretch(1)
        scroll.setWidget(page)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _section(self, column: QVBoxLayout, title: str, keys: list[tuple[str, str]]) -> None:
        heading = QLabel(title, objectName="CardTitle")
        column.addSpacing(8)
        column.addWidget(heading)
        for keys_text, what in keys:
            row = QHBoxLayout()
            label = QLabel(what)
            shown = QLabel(native(keys_text), objectName="Muted")
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(label, 1)
            row.addWidget(shown)
            column.addLayout(row)
            self.rows.append((title, keys_text, what))


class AboutDialog(QDialog):
    """Tend's version and what it runs on."""

    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Tend"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        head = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon("tend").pixmap(48, 48))
        head.addWidget(logo)
        name = QLabel(self.tr("Tend {version}").format(version=app.__version__),
                      objectName="Greeting")  # fmt: skip
        head.addWidget(name, 1)
        layout.addLayout(head)
        layout.addWidget(QLabel(self.tr("The customer-success workspace on your desktop.")))
        self.details = QLabel(
            self.tr("Python {python} · Qt {qt} · PySide6 {pyside}\n{system}\nWorkspace: {where}")
            .format(python=platform.python_version(), qt=qVersion(),
                    pyside=PySide6.__version__, system=f"{platform.system()} {platform.release()}"
                    f" ({sys.platform})", where=where),
            objectName="Muted",
        )  # fmt: skip
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
