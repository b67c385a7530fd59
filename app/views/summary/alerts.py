"""The Summary's Alerts (SUM-2, HEALTH-5): the viewer's live health alerts, newest first —
the customer, "Neutral → At risk" with the new band's pill, and when — at most 25 on the
card, every one in the "View more" dialog. Clicking a customer opens it; ✕ dismisses."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.health.summary import AlertItem, AlertList
from app.models.summary import AlertTableModel
from app.views.common.health_pill import StatusPill
from app.views.palette import BAND_COLOURS, band_label


def band_labels() -> dict[str, str]:
    """Each category as the user reads it."""
    return {s: band_label(s) for s in ("at_risk", "neutral", "healthy")}


class AlertRow(QWidget):
    """One alert on the card: the customer (opens it), when, ✕; the change under it."""

    def __init__(
        self,
        alert: AlertItem,
        when: str,
        opened: Callable[[uuid.UUID], None],
        dismissed: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.alert = alert
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.customer = QPushButton(alert.customer, objectName="LinkButton")
        self.customer.setCursor(Qt.CursorShape.PointingHandCursor)
        self.customer.setToolTip(self.tr("Open {name}").format(name=alert.customer))
        self.customer.clicked.connect(lambda _=False: opened(alert.record_id))
        self.when = QLabel(when, objectName="Muted")
        self.dismiss = QToolButton(text="✕")
        self.dismiss.setAutoRaise(True)
        self.dismiss.setToolTip(self.tr("Dismiss this alert"))
        self.dismiss.setAccessibleName(self.tr("Dismiss alert: {name}").format(name=alert.customer))
        self.dismiss.clicked.connect(lambda _=False: dismissed(alert.id))
        top.addWidget(self.customer, 1, Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.when)
        top.addWidget(self.dismiss)
        box.addLayout(top)
        change = QHBoxLayout()
        change.setSpacing(6)
        if alert.old_category is not None:
            change.addWidget(
                QLabel(band_label(alert.old_category.value) + "  →", objectName="Muted")
            )
        self.pill = StatusPill()
        self.pill.set_status(alert.new_category.value)
        change.addWidget(self.pill)
        change.addStretch(1)
        box.addLayout(change)


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
            self.tr("1 live alert") if n == 1 else self.tr("{n} live alerts").format(n=n)
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
