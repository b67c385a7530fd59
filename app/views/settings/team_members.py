"""Settings → "Add a person…" in a team workspace (issue 14 item 1, PERM-1, PERM-2): a
super admin adds a teammate with a PostgreSQL login of their own, their seat, their
permissions and primary team. The server does it (it refuses anyone but a super admin's
login); the new person reaches every laptop with the next sync."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.domain.sync.team import NewUser, TeamServerError
from app.models import Database
from app.models.sync import Syncer, add_team_member, team_names
from app.views.common.background import run_off_gui_thread


class AddPersonDialog(QDialog):
    """Name, e-mail, login, password (twice), seat, rights, team; Add."""

    def __init__(self, db: Database, syncer: Syncer | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.syncer = db, syncer
        self.setWindowTitle(self.tr("Add a person"))
        self.setMinimumWidth(460)
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 18, 20, 16)
        note = QLabel(
            self.tr(
                "They sign in with a login and password of their own on the team server. "
                "Give them both, with the server's address, to connect from their laptop."
            ),
            objectName="Muted",
        )
        note.setWordWrap(True)
        root.addWidget(note)
        form = QFormLayout()
        self.name = QLineEdit()
        self.email = QLineEdit(placeholderText="name@company.com")
        self.login = QLineEdit(placeholderText=self.tr("e.g. sam.rivera"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.seat = QCheckBox(self.tr("Service seat (uses every tab)"), checked=True)
        self.manage = QCheckBox(self.tr("Manage Customer Success settings"))
        self.super_admin = QCheckBox(self.tr("Super admin"))
        self.team = QComboBox()
        self.team.addItem(self.tr("None (the main workspace)"), "")
        for name in team_names(db):
            self.team.addItem(name, name)
        for label, widget in (
            (self.tr("Name"), self.name), (self.tr("E-mail"), self.email),
            (self.tr("Login"), self.login), (self.tr("Password"), self.password),
            (self.tr("Password again"), self.again), (self.tr("Primary team"), self.team),
        ):  # fmt: skip
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        for box in (self.seat, self.manage, self.super_admin):
            form.addRow("", box)
        root.addLayout(form)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        root.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("Add"), objectName="Primary")
        self.add_button.clicked.connect(self.add)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        root.addWidget(buttons)

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @asyncSlot()
    async def add(self) -> None:
        if self.password.text() != self.again.text():
            self._fail(self.tr("The two passwords differ."))
            self.again.setFocus()
            return
        person = NewUser(
            self.name.text(), self.email.text(), self.login.text().strip(),
            has_service_seat=self.seat.isChecked(),
            can_manage_cs_settings=self.manage.isChecked(),
            is_super_admin=self.super_admin.isChecked(), primary_team=self.team.currentData(),
        )  # fmt: skip
        self.error.hide()
        self.add_button.setEnabled(False)
        try:
            await run_off_gui_thread(add_team_member, self.db, person, self.password.text())
        except TeamServerError as exc:
            self._fail(str(exc))
            return
        except Exception as exc:  # the server stopped answering
            self._fail(self.tr("The server did not add them: {e}").format(e=exc))
            return
        finally:
            self.add_button.setEnabled(True)
        if self.syncer is not None:
            self.syncer.sync_now()  # the new person arrives here too
        self.accept()
