"""A toolbar row that wraps instead of cutting its text (issue 16 item 4: fits a 1024×640
laptop): its groups sit on one line — the first ones at the left, the last at the right
edge — while the width holds them at their natural size, and go onto as many lines as it
takes (left-aligned) when it does not."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class WrapRow(QLayout):
    """Groups (usually small widgets of a few controls each) laid out in wrapping lines."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None  # the groups from here keep to the right edge
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def add_right(self, widget: QWidget) -> None:
        """A group kept to the right edge when it shares the first line."""
        if self._right_from is None:
            self._right_from = len(self._items)
        self.addWidget(widget)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """`widget` as the `index`th group (before the one there)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        if self._right_from is not None and index <= self._right_from:
            self._right_from += 1
        self.invalidate()

    # -- QLayout --------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One line of every group."""
        shown = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        """The widest group (the rest wraps)."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size

    def _lay_out(self, rect: QRect, apply: bool) -> int:
        """Place the groups in `rect` (when `apply`); the height they take."""
        shown = [(n, i) for n, i in enumerate(self._items) if not i.isEmpty()]
        spacing = self.spacing()
        lines: list[list[tuple[int, QLayoutItem]]] = [[]]
        used = 0
        for n, item in shown:
            width = item.sizeHint().width()
            if lines[-1] and used + spacing + width > rect.width():
                lines.append([])
                used = 0
            used += (spacing if lines[-1] else 0) + width
            lines[-1].append((n, item))
        y = rect.y()
        for number, line in enumerate(lines):
            height = max((i.sizeHint().height() for _n, i in line), default=0)
            x = rect.x()
            right = [(n, i) for n, i in line if self._right_from is not None
                     and n >= self._right_from and number == 0 and len(lines) == 1]  # fmt: skip
            for n, item in line:
                if (n, item) in right:
                    continue
                x = self._place(item, x, y, height, apply) + spacing
            x = rect.right() + 1
            for _n, item in reversed(right):
                x -= item.sizeHint().width()
                self._place(item, x, y, height, apply)
                x -= spacing
            y += height + (spacing // 2 if number < len(lines) - 1 else 0)
        return y - rect.y()

    @staticmethod
    def _place(item: QLayoutItem, x: int, y: int, height: int, apply: bool) -> int:
        hint = item.sizeHint()
        if apply:
            top = y + (height - hint.height()) // 2
            item.setGeometry(QRect(QPoint(x, top), hint))
        return x + hint.width()
