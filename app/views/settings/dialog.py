"""The settings dialog: which object is the customer, its CSM and renewal properties
(SET-1, SET-3), and buttons to the Services and Revenue tabs' settings (SET-4, SET-5),
objects, health scores and team workspaces.
Refusals come from the domain (PERM-4/PERM-6) and are shown in the dialog."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ViewTab
from app.domain.errors import DomainError
from app.domain.i18n import QT_TR_NOOP
from app.domain.sync.team import replica_server as team_server_of
from app.domain.viewer import Viewer
from app.models import Database
from app.models.backups import Backup, WorkspaceBackups
from app.models.i18n import tr
from app.models.pipeline_tab import PipelineTabSettings
from app.models.settings import Choice, CustomerSettingsForm
from app.models.startup import unused_path
from app.views import appearance, language
from app.views.common.verdict_buttons import save_cancel_buttons
from app.views.connect_dialog import ConnectDialog
from app.views.import_wizard import ImportLauncher
from app.views.pipelines.settings_dialog import TITLES, TabSettingsDialog
from app.views.settings.health import HealthScoresDialog
from app.views.settings.objects import ObjectsDialog
from app.views.settings.workspaces import WorkspacesDialog


def _fill(combo: QComboBox, choices: list[Choice], current: uuid.UUID | None) -> None:
    """Ids are kept as text in Qt's item data (a UUID would not compare inside Qt)."""
    for cid, label in choices:
        combo.addItem(label, str(cid))
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(str(current))))


def _selected(combo: QComboBox) -> uuid.UUID | None:
    """The id held by a combo's current item."""
    data = combo.currentData()
    return uuid.UUID(data) if data else None


REASONS = {
    "daily": QT_TR_NOOP("Daily"),
    "before-migration": QT_TR_NOOP("Before an upgrade"),
    "before-restore": QT_TR_NOOP("Before a restore"),
}


def backup_label(backup: Backup, viewer_locale: str) -> str:
    """A backup as the list shows it: local date and time in the viewer's locale, why, size."""
    loc = QLocale(viewer_locale.replace("-", "_"))
    when = backup.taken_at.astimezone()  # the laptop's zone: this is the laptop's file
    stamp = loc.toString(when.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
    size = loc.formattedDataSize(backup.size)
    return f"{stamp}  ·  {tr(REASONS.get(backup.reason, backup.reason))}  ·  {size}"


class SettingsDialog(QDialog):
    """Customers settings of the viewer's workspace, and the workspace file's backups."""

    restored = Signal()  # a backup was written over the file: the window opens it again
    joined = Signal(object)  # Path: a team server's replica made: the window opens it

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CustomerSettingsForm(db, viewer)
        settings = self.model.load()
        self.workspace_id = settings.workspace_id
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        self.heading = QLabel(
            self.tr("Customers settings · {ws}").format(ws=settings.workspace_name),
            objectName="CardTitle",
        )
        layout.addWidget(self.heading)
        verdict = settings.verdict
        self.banner = QLabel(verdict.user_message, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not verdict)
        layout.addWidget(self.banner)

        form = QFormLayout()
        self.customer_object = QComboBox()
        self.customer_object.setAccessibleName(self.tr("Customer object"))
        _fill(self.customer_object, settings.objects, settings.customer_object_id)
        # Team workspaces share the main workspace's customer object (SET-1).
        self.customer_object.setEnabled(settings.is_main)
        self.csm_property = QComboBox()
        self.csm_property.setAccessibleName(self.tr("CSM property"))
        self.renewal_property = QComboBox()
        self.renewal_property.setAccessibleName(self.tr("Renewal date property"))
        self.customer_object.currentIndexChanged.connect(lambda _i: self._fill_properties())
        self._fill_properties(settings.csm_property_id, settings.renewal_property_id)
        form.addRow(self.tr("Customers are"), self.customer_object)
        form.addRow(self.tr("CSM property"), self.csm_property)
        form.addRow(self.tr("Renewal date"), self.renewal_property)
        layout.addLayout(form)
        # SET-4, SET-5: the pipeline tabs' settings, also reachable when a tab is hidden.
        tabs = QHBoxLayout()
        self.tab_buttons: dict[ViewTab, QPushButton] = {}
        for kind in (ViewTab.SERVICES, ViewTab.REVENUE):
            button = QPushButton(self.tr("{tab} tab…").format(tab=tr(TITLES[kind])))
            button.clicked.connect(lambda _=False, k=kind: self.open_tab_settings(k))
            self.tab_buttons[kind] = button
            tabs.addWidget(button)
        tabs.addStretch(1)
        form.addRow(self.tr("Tab settings"), tabs)
        self.db, self.viewer = db, viewer
        # OBJ-1..3, SET-1, SET-2: objects and team workspaces, each a page of its own.
        pages = QHBoxLayout()
        self.objects_button = QPushButton(self.tr("Objects and properties…"))
        self.objects_button.clicked.connect(self.open_objects)
        self.workspaces_button = QPushButton(self.tr("Team workspaces…"))
        self.workspaces_button.clicked.connect(self.open_workspaces)
        # HEALTH-1..6: health score profiles (read-only with the reason without PERM-3).
        self.health_button = QPushButton(self.tr("Health scores…"))
        self.health_button.clicked.connect(self.open_health)
        pages.addWidget(self.objects_button)
        pages.addWidget(self.workspaces_button)
        pages.addStretch(1)
        form.addRow(self.tr("Workspace"), pages)
        if viewer.is_super_admin:  # PERM-1/2: the domain (and a team server) check it again
            self.users_button = QPushButton(self.tr("Users && teams…"))  # && shows one &
            self.users_button.clicked.connect(self.open_users_teams)
            people = QHBoxLayout()
            people.addWidget(self.users_button)
            people.addStretch(1)
            form.addRow(self.tr("People"), people)
        health = QHBoxLayout()
        health.addWidget(self.health_button)
        health.addStretch(1)
        form.addRow(self.tr("Customer health"), health)
        self.page_dialog: QDialog | None = None
        # DATA-4: importing is reachable from here too, starting on the customer object.
        data = QHBoxLayout()
        self.import_launcher = ImportLauncher(
            self, db, viewer, lambda: _selected(self.customer_object),
            self.tr("Import records from a CSV file"),
        )  # fmt: skip
        self.import_button = self.import_launcher.button
        self.import_button.setText(self.tr("Import CSV…"))
        data.addWidget(self.import_button)
        data.addStretch(1)
        form.addRow(self.tr("Data"), data)
        form.addRow(self.tr("Team server"), self._team_row())
        # UX-4: this person's light or dark, at once (kept on this computer, not the file).
        self.appearance = QComboBox()
        self.appearance.setAccessibleName(self.tr("Appearance"))
        for value, label in appearance.CHOICES:
            self.appearance.addItem(tr(label), value)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(appearance.chosen())))
        self.appearance.currentIndexChanged.connect(self._appearance_chosen)
        form.addRow(self.tr("Appearance"), self.appearance)
        # UX-3: the language, applied when the dialog closes (the window is made again).
        self.language_changed = False
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        locale_language = language.LANGUAGES[language.of_locale(viewer.locale)]
        self.language.addItem(
            self.tr("As my locale ({language})").format(language=locale_language),
            language.AUTOMATIC,
        )
        for code, name in language.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.chosen())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Language"), self.language)
        self.tab_dialog: TabSettingsDialog | None = None
        self.backups = WorkspaceBackups(db, viewer)
        if self.backups.available:
            layout.addWidget(self._backups_section())
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons, self.save_button = save_cancel_buttons(self, verdict, self.save)
        layout.addWidget(buttons)

    def _appearance_chosen(self, index: int) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            appearance.choose(app, self.appearance.itemData(index))

    def _language_chosen(self, index: int) -> None:
        """Kept at once; the window speaks it once this dialog is closed."""
        language.keep(self.language.itemData(index))
        self.language_changed = True

    def _team_row(self) -> QWidget:
        """Issue 14 item 2: a local workspace can join a team server (into a file of its
        own, this one stays as it is); a replica says whose it is."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.connect_dialog: ConnectDialog | None = None
        server = team_server_of(self.db)
        if server is not None:
            label = QLabel(self.tr("This workspace is a replica of {url}").format(url=server))
            label.setObjectName("Muted")
            label.setWordWrap(True)
            row.addWidget(label, 1)
            return box
        self.connect_button = QPushButton(self.tr("Connect to a team server…"))
        self.connect_button.setToolTip(
            self.tr("Download your team's workspace into a new file and work in it")
        )
        self.connect_button.clicked.connect(self.open_connect)
        row.addWidget(self.connect_button)
        row.addStretch(1)
        return box

    def open_users_teams(self) -> None:
        """PERM-1, PERM-2: people's seats, rights and teams (and, in a team workspace,
        "Add a person…")."""
        from app.views.settings.users_teams import UsersTeamsDialog

        syncer = getattr(self.parent(), "syncer", None)
        self.users_dialog = UsersTeamsDialog(self.db, self.viewer, syncer, self)
        self.users_dialog.open()

    def open_connect(self) -> None:
        """Join a team server: its workspace downloads into a new file beside this one."""
        here = self.db.path
        folder = here.parent if here is not None else Path.home()
        self.connect_dialog = dialog = ConnectDialog(unused_path(folder / "team.db"), self)
        dialog.accepted.connect(lambda: self.joined.emit(dialog.path))
        dialog.accepted.connect(self.accept)
        dialog.open()

    def _backups_section(self) -> QWidget:
        """Issue 11 item 2: the file's backups, newest first, with Restore…"""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(QLabel(self.tr("Backups of this workspace file"), objectName="CardTitle"))
        state = self.backups.load()
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.backup_list.setMaximumHeight(120)
        for backup in state.backups:
            item = QListWidgetItem(backup_label(backup, self.viewer.locale))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.backup_list.addItem(item)
        if state.backups:
            self.backup_list.setCurrentRow(0)
        else:
            self.backup_list.addItem(self.tr("No backups yet: Tend takes one every day."))
            self.backup_list.setEnabled(False)
        column.addWidget(self.backup_list)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setEnabled(bool(state.backups) and bool(state.verdict))
        self.restore_button.setToolTip(state.verdict.user_message)
        self.restore_button.clicked.connect(self.restore)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        column.addLayout(row)
        return box

    def chosen_backup(self) -> Backup | None:
        """The backup selected in the list."""
        item = self.backup_list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, Backup) else None

    def restore(self) -> None:
        """Confirm, back up the current state, write the chosen backup over the file, and
        let the window open it again."""
        backup = self.chosen_backup()
        if backup is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr(
                "Replace the workspace with the backup of {when}?\n\n"
                "Tend first backs up the workspace as it is now, so this can be undone "
                "by restoring that backup."
            ).format(when=backup_label(backup, self.viewer.locale)),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.backups.restore(backup)
        except (DomainError, OSError) as exc:
            message = exc.user_message if isinstance(exc, DomainError) else str(exc)
            self.error.setText(self.tr("The backup was not restored: {why}").format(why=message))
            self.error.show()
            return
        self.restored.emit()
        self.reject()  # the settings on screen were the replaced workspace's

    def open_objects(self) -> None:
        """Settings → Objects (read-only, with the reason, without PERM-4)."""
        self.page_dialog = ObjectsDialog(self.db, self.viewer, self)
        self.page_dialog.open()

    def open_health(self) -> None:
        """Settings → Health scores (read-only, with the reason, without HEALTH-6/PERM-3)."""
        self.page_dialog = HealthScoresDialog(self.db, self.viewer, self)
        self.page_dialog.open()

    def open_workspaces(self) -> None:
        """Settings → Team workspaces."""
        self.page_dialog = WorkspacesDialog(self.db, self.viewer, self)
        self.page_dialog.open()

    def open_tab_settings(self, kind: ViewTab) -> None:
        """The Services or Revenue tab's settings."""
        self.tab_dialog = TabSettingsDialog(PipelineTabSettings(self.db, self.viewer, kind), self)
        self.tab_dialog.open()

    def _fill_properties(
        self, csm_id: uuid.UUID | None = None, renewal_id: uuid.UUID | None = None
    ) -> None:
        self.csm_property.clear()
        self.renewal_property.clear()
        self.renewal_property.addItem(self.tr("None"), None)
        object_id = _selected(self.customer_object)
        if object_id is None:
            return
        users, dates = self.model.properties_for(object_id)
        _fill(self.csm_property, users, csm_id)
        _fill(self.renewal_property, dates, renewal_id)

    def save(self) -> None:
        """Save through the domain; show a refusal here and keep the dialog open."""
        self.error.hide()
        try:
            self.model.save(
                self.workspace_id,
                _selected(self.customer_object),
                _selected(self.csm_property),
                _selected(self.renewal_property),
            )
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.accept()
