"""The first-start dialog (SET-7): open the demo workspace, or set up an empty one."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.domain.catalog import COMPANIES, CONTACTS
from app.domain.enums import PropertyType
from app.domain.errors import ValidationError
from app.domain.workspace import SetupChoice
from app.models.i18n import tr
from app.models.startup import create_empty_workspace, generate_demo
from app.views.common.background import Progress, run_off_gui_thread
from app.views.connect_dialog import ConnectDialog

DEMO_COMPANIES = 300


def _card(title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(objectName="Card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 18, 20, 18)
    layout.setSpacing(10)
    heading = QLabel(title, objectName="CardTitle")
    body = QLabel(text, objectName="Muted")
    body.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(body)
    return card, layout


def system_time_zone() -> str:
    """This computer's IANA time zone name, or UTC when the system does not say."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return zone


def system_locale() -> str:
    """This computer's locale name (en_US where the system has only the C locale)."""
    name = QLocale.system().name()
    return "en_US" if name in ("C", "") else name


class FirstStartDialog(QDialog):
    """Greets a new database. Accepted once the file holds a workspace."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Welcome to Tend"))
        self.setMinimumWidth(760)
        root = QVBoxLayout(self)
        root.setContentsMargins(24, 22, 24, 22)
        root.setSpacing(14)
        title = QLabel(self.tr("Welcome to Tend"), objectName="Greeting")
        intro = QLabel(
            self.tr("Your customer success workspace lives in a file on this computer:")
            + f"\n{path}",
            objectName="Muted",
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(title)
        root.addWidget(intro)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self._demo_card(), 1)
        cards.addWidget(self._empty_card(), 1)
        root.addLayout(cards)
        team = QHBoxLayout()
        team.addWidget(QLabel(self.tr("Does your team share a Tend server?"), objectName="Muted"))
        self.connect_button = QPushButton(self.tr("Connect to a team server…"))
        self.connect_button.setObjectName("LinkButton")
        self.connect_button.setFlat(True)
        self.connect_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.connect_button.clicked.connect(self.open_connect)
        team.addWidget(self.connect_button)
        team.addStretch(1)
        root.addLayout(team)
        self.connect_dialog: ConnectDialog | None = None

    def open_connect(self) -> None:
        """Join a team server instead (issue 14 item 2): its workspace fills this file."""
        self.connect_dialog = ConnectDialog(self.path, self)
        self.connect_dialog.accepted.connect(self.accept)
        self.connect_dialog.open()

    # -- the demo ---------------------------------------------------------------------------
    def _demo_card(self) -> QFrame:
        card, layout = _card(
            self.tr("Explore the demo workspace"),
            self.tr(
                "A realistic book of {n} customers with contacts, onboarding services, "
                "renewal deals, subscriptions, tickets, tasks and this week's meetings. "
                "Eight people in three teams, so you can sign in as a CSM, a team lead or an admin."
            ).format(n=DEMO_COMPANIES),
        )
        layout.addStretch(1)
        self.demo_button = QPushButton(self.tr("Open the demo workspace"), objectName="Primary")
        self.demo_button.setAccessibleName(self.tr("Open the demo workspace"))
        self.demo_button.clicked.connect(self._start_demo)
        self.demo_progress = QProgressBar()
        self.demo_progress.setRange(0, 100)
        self.demo_progress.hide()
        self.demo_phase = QLabel(objectName="Muted")
        self.demo_phase.hide()
        self.demo_cancel = QPushButton(self.tr("Cancel"))
        self.demo_cancel.hide()
        self.demo_error = QLabel(objectName="FormError")
        self.demo_error.setWordWrap(True)
        self.demo_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.demo_progress, 1)
        row.addWidget(self.demo_cancel)
        layout.addWidget(self.demo_phase)
        layout.addLayout(row)
        layout.addWidget(self.demo_error)
        layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    @asyncSlot()
    async def _start_demo(self) -> None:
        progress = Progress(self)
        progress.changed.connect(self._show_progress)
        self.demo_cancel.clicked.connect(progress.cancel)
        self._set_busy(True)
        try:
            made = await run_off_gui_thread(
                generate_demo, self.path, DEMO_COMPANIES, progress.report, progress.cancelled
            )
        except Exception as exc:  # shown to the user; nothing of theirs was touched
            self._set_busy(False)
            self.demo_error.setText(self.tr("The demo could not be generated: {e}").format(e=exc))
            self.demo_error.show()
            return
        if made is None:  # cancelled
            self._set_busy(False)
            return
        self.accept()

    def _show_progress(self, phase: str, fraction: float) -> None:
        self.demo_phase.setText(self.tr("Generating: {phase}…").format(phase=tr(phase)))
        self.demo_progress.setValue(round(fraction * 100))

    def _set_busy(self, busy: bool) -> None:
        self.demo_button.setVisible(not busy)
        self.empty_button.setEnabled(not busy)
        for w in (self.demo_progress, self.demo_phase, self.demo_cancel):
            w.setVisible(busy)
        self.demo_error.hide()
        self.demo_progress.setValue(0)

    # -- an empty workspace -------------------------------------------------------------
    def _empty_card(self) -> QFrame:
        card, layout = _card(
            self.tr("Start an empty workspace"),
            self.tr(
                "Choose what a customer is and which property names its CSM. "
                "You can change both later in Settings."
            ),
        )
        form = QFormLayout()
        form.setSpacing(6)
        self.customer_object = QComboBox()
        self.customer_object.setAccessibleName(self.tr("Customer object"))
        for spec in (COMPANIES, CONTACTS):
            self.customer_object.addItem(spec.plural, spec.key)
        self.csm_property = QComboBox()
        self.csm_property.setAccessibleName(self.tr("CSM property"))
        self.customer_object.currentIndexChanged.connect(self._fill_csm_properties)
        self._fill_csm_properties()
        self.admin_name = QLineEdit(placeholderText=self.tr("Your name"))
        self.admin_name.setAccessibleName(self.tr("Super admin name"))
        self.admin_email = QLineEdit(placeholderText=self.tr("you@company.com"))
        self.admin_email.setAccessibleName(self.tr("Super admin e-mail"))
        self.errors: dict[str, QLabel] = {}
        for key, label, widget in (
            ("customer_object", self.tr("Customers are"), self.customer_object),
            ("csm_property", self.tr("CSM property"), self.csm_property),
            ("admin_name", self.tr("Super admin"), self.admin_name),
            ("admin_email", self.tr("E-mail"), self.admin_email),
        ):
            form.addRow(label, widget)
            error = QLabel(objectName="FieldError")
            error.hide()
            self.errors[key] = error
            form.addRow("", error)
        layout.addLayout(form)
        layout.addStretch(1)
        self.empty_button = QPushButton(self.tr("Create workspace"))
        self.empty_button.clicked.connect(self._create_empty)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _fill_csm_properties(self) -> None:
        spec = COMPANIES if self.customer_object.currentData() == COMPANIES.key else CONTACTS
        self.csm_property.clear()
        for prop in spec.properties:
            if prop.type == PropertyType.USER:
                self.csm_property.addItem(prop.label, prop.key)

    def _create_empty(self) -> None:
        for error in self.errors.values():
            error.hide()
        choice = SetupChoice(
            customer_object_key=self.customer_object.currentData(),
            csm_property_key=self.csm_property.currentData(),
            admin_name=self.admin_name.text(),
            admin_email=self.admin_email.text(),
            # The first admin works where this computer is: its zone and language.
            admin_time_zone=system_time_zone(),
            admin_locale=system_locale(),
        )
        try:
            create_empty_workspace(self.path, choice)
        except ValidationError as exc:
            label = self.errors.get(exc.field, self.errors["admin_email"])
            label.setText(exc.message)
            label.show()
            return
        self.accept()
