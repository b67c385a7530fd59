"""A health status as a coloured pill (HEALTH-2, issue 13 item 5): on the health card, and
in a table's "Health status" column through `StatusPillDelegate`. The colours are the
bands' (`charts.BAND_COLOURS`), with text that reads on each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.models.record_table import RAW_VALUE_ROLE
from app.views.palette import BAND_COLOURS, band_label

# The pill's text on each band's colour: white where it reads, dark on the amber.
PILL_TEXT = {"at_risk": "#ffffff", "neutral": "#2b2100", "healthy": "#ffffff"}
Index = QModelIndex | QPersistentModelIndex


class StatusPill(QLabel):
    """ "At risk" / "Neutral" / "Healthy" on the band's colour, painted as the table's pill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="HealthPill")
        self.status = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_status(self, status: str) -> None:
        self.status = status
        self.setText(band_label(status))
        self.setAccessibleName(self.tr("Health status: {s}").format(s=self.text()))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        bold = QFont(self.font())
        bold.setBold(True)
        font = QFontMetrics(bold)
        return QSize(font.horizontalAdvance(self.text()) + 20, font.height() + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        if self.status not in BAND_COLOURS:
            return
        painter = QPainter(self)
        paint_pill(painter, QRectF(self.rect()), self.status, self.text())


def paint_pill(painter: QPainter, rect: QRectF, status: str, text: str) -> None:
    """A rounded pill in the band's colour with `text` centred in it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BAND_COLOURS[status])
    radius = rect.height() / 2
    painter.drawRoundedRect(rect, radius, radius)
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(PILL_TEXT[status]))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class StatusPillDelegate(QStyledItemDelegate):
    """Paints a table cell holding a health status ("at_risk"...) as a pill; the cell's
    text (the status's label) stays its display and tooltip, so sorting, copying and
    screen readers read it as before. Other values paint as usual."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        status = index.data(RAW_VALUE_ROLE)
        if status not in BAND_COLOURS:
            super().paint(painter, option, index)
            return
        text = band_label(status)  # the band's own name, in the user's language
        # The row's background (selection, alternate rows) without the text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        bold = QFont(option.font)
        bold.setBold(True)
        font = QFontMetrics(bold)
        room = option.rect.width() - 12
        if font.horizontalAdvance(text) + 18 > room:  # a narrow column: "W dobrej k…"
            text = font.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room - 18))
        width = font.horizontalAdvance(text) + 18
        height = min(option.rect.height() - 6, font.height() + 4)
        rect = QRectF(
            option.rect.left() + 6,
            option.rect.top() + (option.rect.height() - height) / 2,
            min(width, room),
            height,
        )
        paint_pill(painter, rect, status, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        status = index.data(RAW_VALUE_ROLE)
        if status in BAND_COLOURS:  # the pill of the band's name in the user's language
            bold = QFont(option.font)
            bold.setBold(True)
            size.setWidth(QFontMetrics(bold).horizontalAdvance(band_label(status)) + 30)
        return size
