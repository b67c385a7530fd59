"""Settings → Users & teams (PERM-1, PERM-2): everyone in the account in a table; the
selected person's seat, rights, primary team and other teams edited beside it and saved
through the domain (a super admin's; refusals are shown under the form). In a team
workspace "Add a person…" gives a teammate a login of their own on the server."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError, ValidationErrors
from app.domain.sync.team import replica_server
from app.domain.users_teams import PersonRow, Rights
from app.domain.viewer import Viewer
from app.models import Database
from app.models.sync import Syncer
from app.models.users_teams import PeopleTableModel
from app.views.settings.team_members import PersonDialog


class UsersTeamsDialog(QDialog):
    """The people table on the left, the selected person's rights on the right."""

    def __init__(
        self, db: Database, viewer: Viewer, syncer: Syncer | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.syncer = db, syncer
        self.setWindowTitle(self.tr("Users & teams"))
        self.resize(1040, 540)
        self.model = PeopleTableModel(db, viewer, self)
        self.model.modelReset.connect(self._reselect)
        self._others: set[uuid.UUID] = set()
        root = QVBoxLayout(self)
        root.setContentsMargins(20, 18, 20, 16)
        verdict = self.model.verdict
        self.banner = QLabel(verdict.user_message, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not verdict)
        root.addWidget(self.banner)
        body = QHBoxLayout()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        body.addWidget(self.table, 1)
        editor = self._editor()
        editor.setFixedWidth(330)
        body.addWidget(editor)
        root.addLayout(body, 1)
        row = QHBoxLayout()
        self.add_person_button: QPushButton | None = None
        self.shared = replica_server(db) is not None
        if verdict:  # a team server's person gets a login there; a local file's does not
            self.add_person_button = QPushButton(self.tr("Add a person…"))
            self.add_person_button.clicked.connect(self.open_add_person)
            row.addWidget(self.add_person_button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        root.addLayout(row)
        self._selected_id: uuid.UUID | None = None
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    def _editor(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(12, 0, 0, 0)
        self.person_title = QLabel(objectName="CardTitle")
        self.person_title.setWordWrap(True)
        column.addWidget(self.person_title)
        self.person_email = QLabel(objectName="Muted")
        column.addWidget(self.person_email)
        form = QFormLayout()
        self.seat = QCheckBox(self.tr("Service seat (uses every tab)"))
        self.manage = QCheckBox(self.tr("Manage Customer Success settings"))
        self.super_admin = QCheckBox(self.tr("Super admin"))
        self.active = QCheckBox(self.tr("Active (can sign in)"))
        for check in (self.seat, self.manage, self.super_admin, self.active):
            form.addRow(check)
        self.primary_team = QComboBox()
        self.primary_team.setAccessibleName(self.tr("Primary team"))
        form.addRow(self.tr("Primary team"), self.primary_team)
        self.other_teams = QListWidget()
        self.other_teams.setAccessibleName(self.tr("Other teams"))
        self.other_teams.setMaximumHeight(120)
        form.addRow(self.tr("Other teams"), self.other_teams)
        column.addLayout(form)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"), objectName="Primary")
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        column.addLayout(save_row)
        column.addStretch(1)
        self.primary_team.currentIndexChanged.connect(lambda _i: self._fill_other_teams())
        return box

    def selected(self) -> PersonRow | None:
        """The person whose rights the form shows."""
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def select(self, person_id: uuid.UUID) -> None:
        """Show a person's rights (tests and the table's reload)."""
        row = self.model.row_of(person_id)
        if row >= 0:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _reselect(self) -> None:
        if self._selected_id is not None:
            self.select(self._selected_id)

    def _show_selected(self) -> None:
        person = self.selected()
        editable = person is not None and bool(self.model.verdict)
        for widget in (self.seat, self.manage, self.super_admin, self.active,
                       self.primary_team, self.other_teams, self.save_button):  # fmt: skip
            widget.setEnabled(editable)
        self.error.hide()
        if person is None:
            self.person_title.setText(self.tr("No one selected"))
            self.person_email.clear()
            return
        self._selected_id = person.id
        login = f"  ·  {self.tr('login')} {person.login}" if person.login else ""
        self.person_title.setText(person.name)
        self.person_email.setText(person.email + login)
        self.seat.setChecked(person.has_service_seat)
        self.manage.setChecked(person.can_manage_cs_settings)
        self.super_admin.setChecked(person.is_super_admin)
        self.active.setChecked(person.is_active)
        self._others = set(person.other_team_ids)
        self.primary_team.blockSignals(True)
        self.primary_team.clear()
        self.primary_team.addItem(self.tr("None (the main workspace)"), "")
        for team_id, name in self.model.teams():
            self.primary_team.addItem(name, str(team_id))
        primary = str(person.primary_team_id) if person.primary_team_id else ""
        self.primary_team.setCurrentIndex(max(0, self.primary_team.findData(primary)))
        self.primary_team.blockSignals(False)
        self._fill_other_teams()

    def _fill_other_teams(self) -> None:
        """Every team but the primary one, ticked as the person's (or as just ticked)."""
        for i in range(self.other_teams.count()):
            item = self.other_teams.item(i)
            team_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
            if item.checkState() == Qt.CheckState.Checked:
                self._others.add(team_id)
            else:
                self._others.discard(team_id)
        primary = self.primary_team.currentData()
        self.other_teams.clear()
        for team_id, name in self.model.teams():
            if str(team_id) == primary:
                continue
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, str(team_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = team_id in self._others
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.other_teams.addItem(item)

    def rights(self) -> Rights:
        """What the form says."""
        primary = self.primary_team.currentData()
        others = [
            uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.other_teams.item(i) for i in range(self.other_teams.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]
        return Rights(
            has_service_seat=self.seat.isChecked(),
            can_manage_cs_settings=self.manage.isChecked(),
            is_super_admin=self.super_admin.isChecked(), is_active=self.active.isChecked(),
            primary_team_id=uuid.UUID(primary) if primary else None, other_team_ids=others,
        )  # fmt: skip

    def save(self) -> None:
        person = self.selected()
        if person is None:
            return
        try:
            self.model.save(person.id, self.rights())
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()

    def open_add_person(self) -> None:
        """A teammate with a login of their own on the team server, or a person of this
        local file."""
        if self.shared:
            from app.views.settings.team_members import AddPersonDialog

            self.add_person_dialog: QDialog = AddPersonDialog(self.db, self.syncer, self)
        else:
            local = LocalPersonDialog(self.model, self)
            local.accepted.connect(lambda: self._select_added(local))
            self.add_person_dialog = local
        self.add_person_dialog.open()

    def _select_added(self, dialog: LocalPersonDialog) -> None:
        if dialog.added is not None:
            self.select(dialog.added)


class LocalPersonDialog(PersonDialog):
    """Name, e-mail, seat, rights and primary team of a new person in a local file."""

    def __init__(self, model: PeopleTableModel, parent: QWidget | None = None) -> None:
        super().__init__([(str(team_id), name) for team_id, name in model.teams()], parent)
        self.model = model
        self.added: uuid.UUID | None = None
        self.name_error = QLabel(objectName="FormError")
        self.email_error = QLabel(objectName="FormError")
        for label, widget, error in (
            (self.tr("Name"), self.name, self.name_error),
            (self.tr("E-mail"), self.email, self.email_error),
        ):
            self.add_field(label, widget)
            error.setWordWrap(True)
            error.hide()
            self.form.addRow("", error)
        self.finish()

    def add(self) -> None:
        for label in (self.name_error, self.email_error, self.error):
            label.hide()
        team = self.team.currentData()
        rights = Rights(
            has_service_seat=self.seat.isChecked(),
            can_manage_cs_settings=self.manage.isChecked(),
            is_super_admin=self.super_admin.isChecked(), is_active=True,
            primary_team_id=uuid.UUID(team) if team else None,
        )  # fmt: skip
        try:
            self.added = self.model.add(self.name.text(), self.email.text(), rights)
        except ValidationErrors as exc:  # beside each field (UX-5)
            shown = {"name": (self.name_error, self.name), "email": (self.email_error, self.email)}
            for field, message in exc.errors.items():
                label, _widget = shown.get(field, (self.error, None))
                label.setText(message)
                label.show()
            first = shown.get(next(iter(exc.errors)), (None, None))[1]
            if first is not None:
                first.setFocus()
            self.adjustSize()  # room for the wrapped messages
            return
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.accept()
