"""The Summary's Alerts (SUM-2, HEALTH-5): the viewer's live health alerts, newest first —
the customer, "Neutral → At risk" with the new band's pill, and when — at most 25 on the
card, every one in the "View more" dialog. Clicking a customer opens it; ✕ dismisses."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.health.summary import AlertItem, AlertList
from app.models.summary import AlertTableModel
from app.views.common.health_pill import paint_pill
from app.views.palette import BAND_COLOURS, band_label, link_colour


def band_labels() -> dict[str, str]:
    """Each category as the user reads it."""
    return {s: band_label(s) for s in ("at_risk", "neutral", "healthy")}


class AlertRow(QWidget):
    """One alert on the card, painted as one widget (the Summary's first frame makes six):
    the customer as a link (a click, or Enter, opens it), when, and ✕ (a real button, to
    dismiss); under it the change, "Neutral →" and the new band's pill."""

    GAP = 8

    def __init__(
        self,
        alert: AlertItem,
        when: str,
        opened: Callable[[uuid.UUID], None],
        dismissed: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.alert, self.when, self._opened = alert, when, opened
        self.customer_name = alert.customer
        self.old_band = band_label(alert.old_category.value) if alert.old_category else ""
        self.new_status = alert.new_category.value
        self.new_band = band_label(self.new_status)
        self.dismiss = QToolButton(self, text="✕")
        self.dismiss.setAutoRaise(True)
        self.dismiss.setToolTip(self.tr("Dismiss this alert"))
        self.dismiss.setAccessibleName(self.tr("Dismiss alert: {name}").format(name=alert.customer))
        self.dismiss.clicked.connect(lambda _=False: dismissed(alert.id))
        change = f"{self.old_band} → {self.new_band}" if self.old_band else self.new_band
        self.setAccessibleName(f"{alert.customer}: {change}, {when}")
        self.setToolTip(self.tr("Open {name}").format(name=alert.customer))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self._hovered = False  # the pointer is over the customer's name (underlined)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        metrics = self.fontMetrics()
        self._line = max(metrics.height() + 4, self.dismiss.sizeHint().height())
        self.setFixedHeight(self._line + self._pill_height() + 2)

    def texts(self) -> list[str]:
        """Every string it shows."""
        return [t for t in (self.customer_name, self.when, self.old_band, self.new_band) if t]

    def _pill_height(self) -> int:
        return self.fontMetrics().height() + 6

    def _bold(self) -> QFontMetrics:
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetrics(bold)

    def name_rect(self) -> QRect:
        """Where the customer's name is (the link)."""
        metrics = self.fontMetrics()
        room = self.width() - self.dismiss.width() - metrics.horizontalAdvance(self.when)
        wide = min(metrics.horizontalAdvance(self.customer_name), max(0, room - 2 * self.GAP))
        return QRect(0, 0, wide, self._line)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        wide = metrics.horizontalAdvance(self.customer_name) + metrics.horizontalAdvance(self.when)
        return QSize(wide + self.dismiss.sizeHint().width() + 2 * self.GAP, self.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        hint = self.dismiss.sizeHint()
        self.dismiss.setGeometry(self.width() - hint.width(), 0, hint.width(), self._line)
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        middle = Qt.AlignmentFlag.AlignVCenter
        name = self.name_rect()
        font = QFont(self.font())
        font.setUnderline(self._hovered)
        painter.setFont(font)
        painter.setPen(link_colour(palette))
        cut = metrics.elidedText(self.customer_name, Qt.TextElideMode.ElideRight, name.width())
        painter.drawText(name, Qt.AlignmentFlag.AlignLeft | middle, cut)
        painter.setFont(self.font())
        painter.setPen(muted)
        when_right = self.width() - (self.dismiss.width() if self.dismiss.isVisible() else 0)
        painter.drawText(QRect(0, 0, when_right - self.GAP, self._line),
                         Qt.AlignmentFlag.AlignRight | middle, self.when)  # fmt: skip
        x, y, pill = 0, self._line + 1, self._pill_height()
        if self.old_band:
            before = f"{self.old_band}  →"
            painter.drawText(QRect(0, y, self.width(), pill), Qt.AlignmentFlag.AlignLeft | middle,
                             before)  # fmt: skip
            x = metrics.horizontalAdvance(before) + 6
        wide = self._bold().horizontalAdvance(self.new_band) + 20
        paint_pill(painter, QRectF(x, y, wide, pill), self.new_status, self.new_band)
        if self.hasFocus():  # taken by the keyboard: Enter opens the customer
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.name_rect().contains(event.position().toPoint())
        if over != self._hovered:
            self._hovered = over
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = False
        self.unsetCursor()
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.name_rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self._opened(self.alert.record_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._opened(self.alert.record_id)
            return
        if event.key() == Qt.Key.Key_Delete and self.dismiss.isVisible():
            self.dismiss.click()
            return
        super().keyPressEvent(event)


class AlertsDialog(QDialog):
    """Every live alert of the viewer ("View more"): open a customer or dismiss."""

    opened = Signal(object)  # a record id
    dismissed = Signal(object)  # an alert id

    def __init__(
        self, alerts: AlertList, when: Callable[[dt.datetime], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alerts"))
        self.resize(620, 460)
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="Muted")
        layout.addWidget(self.heading)
        self.model = AlertTableModel(
            alerts.items, band_labels(), when, self, {k: QColor(c) for k, c in BAND_COLOURS.items()}
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Alerts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._open_row)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(
            self.tr("Open customer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.dismiss_button = buttons.addButton(
            self.tr("Dismiss"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda _=False: self._open_row(self.table.currentIndex()))
        self.dismiss_button.clicked.connect(self._dismiss_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_heading()
        self._update_buttons()

    def _update_heading(self) -> None:
        n = self.model.rowCount()
        self.heading.setText(
            self.tr("1 live alert") if n == 1 else self.tr("%n live alerts", "", n)
        )

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.model.alert_at(self.table.currentIndex().row()) is not None
        self.open_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def _open_row(self, index: QModelIndex) -> None:
        alert = self.model.alert_at(index.row()) if index.isValid() else None
        if alert is not None:
            self.opened.emit(alert.record_id)
            self.accept()

    def _dismiss_current(self) -> None:
        alert = self.model.alert_at(self.table.currentIndex().row())
        if alert is not None:
            self.dismissed.emit(alert.id)

    def remove(self, alert_id: uuid.UUID) -> None:
        """The alert was dismissed: it leaves the list."""
        self.model.remove(alert_id)
        self._update_heading()
        self._update_buttons()
