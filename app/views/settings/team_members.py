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


class PersonDialog(QDialog):
    """What adding a person asks wherever it is done: the subclass's fields (`form`), then
    the primary team, the seat and rights, an error line and Add/Cancel (`finish`)."""

    def __init__(self, teams: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`teams`: (item data, name) of each team a person can have as primary."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person"))
        self.setMinimumWidth(460)
        self.root = QVBoxLayout(self)
        self.root.setContentsMargins(20, 18, 20, 16)
        self.form = QFormLayout()
        self.name = QLineEdit()
        self.email = QLineEdit(placeholderText="name@company.com")
        self.seat = QCheckBox(self.tr("Service seat (uses every tab)"), checked=True)
        self.manage = QCheckBox(self.tr("Manage Customer Success settings"))
        self.super_admin = QCheckBox(self.tr("Super admin"))
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Primary team"))
        self.team.addItem(self.tr("None (the main workspace)"), "")
        for data, name in teams:
            self.team.addItem(name, data)

    def add_field(self, label: str, widget: QWidget) -> None:
        widget.setAccessibleName(label)
        self.form.addRow(label, widget)

    def finish(self) -> None:
        """The rows every such dialog ends with, and its buttons (Add calls `add`)."""
        self.form.addRow(self.tr("Primary team"), self.team)
        for box in (self.seat, self.manage, self.super_admin):
            self.form.addRow("", box)
        self.root.addLayout(self.form)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.root.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("Add"), objectName="Primary")
        self.add_button.clicked.connect(self.add)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.root.addWidget(buttons)

    def add(self) -> None:
        """Add the person (subclasses)."""
        raise NotImplementedError


class AddPersonDialog(PersonDialog):
    """Name, e-mail, login, password (twice), seat, rights, team; Add."""

    def __init__(self, db: Database, syncer: Syncer | None, parent: QWidget | None = None):
        super().__init__([(name, name) for name in team_names(db)], parent)
        self.db, self.syncer = db, syncer
        note = QLabel(
            self.tr(
                "They sign in with a login and password of their own on the team server. "
                "Give them both, with the server's address, to connect from their laptop."
            ),
            objectName="Muted",
        )
        note.setWordWrap(True)
        self.root.addWidget(note)
        self.login = QLineEdit(placeholderText=self.tr("e.g. sam.rivera"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        for label, widget in (
            (self.tr("Name"), self.name), (self.tr("E-mail"), self.email),
            (self.tr("Login"), self.login), (self.tr("Password"), self.password),
            (self.tr("Password again"), self.again),
        ):  # fmt: skip
            self.add_field(label, widget)
        self.finish()

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
            self._fail(exc.user_message)
            return
        except Exception as exc:  # the server stopped answering
            self._fail(self.tr("The server did not add them: {e}").format(e=exc))
            return
        finally:
            self.add_button.setEnabled(True)
        if self.syncer is not None:
            self.syncer.sync_now()  # the new person arrives here too
        self.accept()
