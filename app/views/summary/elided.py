"""The Summary's painted list lines, cut with "…" like `views/common/elided_label`'s
label its cards use, so its columns fit beside the preview panel at 1024 pixels."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.views.common.elided_label import ElidedLabel


class ListLine(QWidget):
    """One entry of the Summary's lists painted as one widget — a title cut with "…", its
    figure on the right, muted lines above it (a meeting's time) and under it (the
    customer) — instead of three labels in two layouts: the page's lists cost a third of
    the widgets to build and lay out. The whole text is its tooltip and accessible name."""

    GAP = 12  # pixels between the title and its figure

    def __init__(
        self, title: str, figure: str = "", second: str = "", above: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.title, self.figure, self.second, self.above = title, figure, second, above
        whole = [t for t in (above, title, second) if t]
        self.setToolTip("\n".join(whole))
        self.setAccessibleName(", ".join(t for t in (above, title, figure, second) if t))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight((self.fontMetrics().height() + 2) * len(whole))

    def text(self) -> str:
        """The title (as a label's text)."""
        return self.title

    def texts(self) -> list[str]:
        """Every string it shows, top to bottom."""
        return [t for t in (self.above, self.title, self.figure, self.second) if t]

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        wide = metrics.horizontalAdvance(self.title) + self.GAP
        return QSize(wide + metrics.horizontalAdvance(self.figure), self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(ElidedLabel.MIN_WIDTH, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        line = metrics.height() + 2
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        width = self.width()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        y = 0

        def muted_line(text: str) -> None:
            painter.setPen(muted)
            cut = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(0, y, width, line), left, cut)

        if self.above:
            muted_line(self.above)
            y += line
        room = width
        if self.figure:
            painter.setPen(muted)
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(QRect(0, y, width, line), right, self.figure)
            room -= metrics.horizontalAdvance(self.figure) + self.GAP
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, max(0, room))
        painter.drawText(QRect(0, y, max(0, room), line), left, title)
        y += line
        if self.second:
            muted_line(self.second)
        if self.hasFocus():  # a row taken by the keyboard (Tab, then Enter opens it)
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
