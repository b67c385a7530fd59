"""The head row of a tab that lists things (Customers, Actions): its title with the count
(and any note, such as "Unsaved") on a muted line under it, the tab's own buttons, and a
search box that searches after a pause in typing (Ctrl+F)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

SEARCH_DELAY_MS = 200


class TabHeader:
    """The title over the count and `notes`, a stretch, `buttons`, then the search box in
    one `row`; `on_search` runs once the user stops typing for SEARCH_DELAY_MS. The count
    sits under the title, not beside it, so the row fits a 1024-pixel screen with the
    preview panel open. (Not a QHBoxLayout subclass: `count` would hide the layout's own
    count().)"""

    def __init__(
        self,
        tab: QWidget,
        placeholder: str,
        search_name: str,
        on_search: Callable[[], None],
        buttons: Sequence[QWidget] = (),
        notes: Sequence[QWidget] = (),
    ) -> None:
        self.row = row = QHBoxLayout()
        self.title = QLabel(objectName="Greeting")
        self.count = QLabel(objectName="Muted")
        self.search = QLineEdit(placeholderText=placeholder)
        self.search.setAccessibleName(search_name)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(150)  # gives way on a 1024-pixel laptop screen
        self.search.setMaximumWidth(260)
        self.search.setToolTip(QCoreApplication.translate("TabHeader", "Search (Ctrl+F)"))
        self.search_timer = QTimer(tab, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(on_search)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        under = QHBoxLayout()
        under.setSpacing(8)
        under.addWidget(self.count)
        for note in notes:
            under.addWidget(note)
        under.addStretch(1)
        heading.addLayout(under)
        row.addLayout(heading)
        self.after_heading = 1  # where a tab puts a widget that belongs beside the title
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        row.addSpacing(12)
        row.addWidget(self.search, 1)  # shares the room with the stretch, up to 260
