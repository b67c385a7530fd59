"""Settings → Team workspaces (SET-2, SET-6, PERM-4): the team workspaces besides the main
one, each with a name, a description and teams; New, Save and Delete… (whose Delete is
enabled only once "I understand that deleting this workspace cannot be undone" is ticked;
the domain refuses it without the tick too). Read-only, with the reason, without PERM-4."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.team_workspaces import MAX_TEAM_WORKSPACES, TeamWorkspace
from app.domain.viewer import Viewer
from app.models import Database
from app.models.object_settings import TeamWorkspaceSettings
from app.views.settings.page_dialog import PageDialog

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DeleteWorkspaceDialog(QDialog):
    """SET-6: deleting asks to tick that it cannot be undone; Delete waits for the tick."""

    def __init__(self, name: str, delete: Callable[[bool], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.delete = delete
        self.setWindowTitle(self.tr("Delete workspace"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        text = QLabel(
            self.tr(
                "Delete the workspace “{name}”? Its teams go back to the main workspace, "
                "and its views and settings are deleted."
            ).format(name=name)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.understood = QCheckBox(
            self.tr("I understand that deleting this workspace cannot be undone")
        )
        layout.addWidget(self.understood)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(
            self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.setToolTip(self.tr("Tick the box above first."))
        self.understood.toggled.connect(self.delete_button.setEnabled)
        self.delete_button.clicked.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        """Delete (the domain checks the tick again); a refusal stays in the dialog."""
        try:
            self.delete(self.understood.isChecked())
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.accept()


class WorkspacesPage(QWidget):
    """The Team workspaces page of the settings."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TeamWorkspaceSettings(db, viewer)
        self.verdict = self.model.verdict()
        self.delete_dialog: DeleteWorkspaceDialog | None = None
        self.workspaces: dict[uuid.UUID, TeamWorkspace] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.banner = QLabel(self.verdict.user_message, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not self.verdict)
        layout.addWidget(self.banner)
        intro = QLabel(
            self.tr(
                "Besides the main workspace, up to {n} team workspaces. A user sees the "
                "workspace of their primary team, otherwise the main one."
            ).format(n=MAX_TEAM_WORKSPACES),
            objectName="Muted",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Team workspaces"))
        self.list.setMaximumWidth(240)
        self.list.currentRowChanged.connect(lambda _r: self._show())
        left.addWidget(self.list, 1)
        self.new_button = self._button(self.tr("New workspace"), self.new_workspace)
        left.addWidget(self.new_button)
        body.addLayout(left)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Workspace name"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setMaximumHeight(80)
        self.teams = QListWidget()
        self.teams.setAccessibleName(self.tr("Teams"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Teams"), self.teams)
        actions = QHBoxLayout()
        self.delete_button = self._button(self.tr("Delete…"), self.ask_delete)
        self.save_button = self._button(self.tr("Save"), self.save)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        form.addRow(actions)
        body.addLayout(form, 1)
        layout.addLayout(body, 1)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.reload()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setEnabled(bool(self.verdict))
        button.setToolTip(self.verdict.user_message)
        return button

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the workspaces and teams again (selecting `select`, else the current one)."""
        keep = select or self.current_id()
        self.workspaces = {w.id: w for w in self.model.workspaces()}
        self.list.blockSignals(True)
        self.list.clear()
        for ws in self.workspaces.values():
            item = QListWidgetItem(ws.name)
            item.setData(ID_ROLE, str(ws.id))
            self.list.addItem(item)
            if ws.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        full = len(self.workspaces) >= MAX_TEAM_WORKSPACES
        self.new_button.setEnabled(bool(self.verdict) and not full)
        if full and self.verdict:
            self.new_button.setToolTip(
                self.tr("There can be at most {n} team workspaces.").format(n=MAX_TEAM_WORKSPACES)
            )
        self._show()

    def current_id(self) -> uuid.UUID | None:
        """The workspace selected in the list."""
        item = self.list.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def _show(self) -> None:
        current = self.current_id()
        ws = self.workspaces.get(current) if current is not None else None
        self.name.setText(ws.name if ws else "")
        self.description.setPlainText(ws.description if ws else "")
        self.teams.clear()
        names = {w.id: w.name for w in self.workspaces.values()}
        for team in self.model.teams():
            label = team.name
            if team.workspace_id is not None and (ws is None or team.workspace_id != ws.id):
                label += self.tr("  · in {ws}").format(ws=names.get(team.workspace_id, ""))
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, str(team.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = ws is not None and team.workspace_id == ws.id
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.teams.addItem(item)
        for widget in (self.name, self.description, self.teams, self.save_button):
            widget.setEnabled(ws is not None and bool(self.verdict))
        self.delete_button.setEnabled(ws is not None and bool(self.verdict))

    def _team_ids(self) -> list[uuid.UUID]:
        items = (self.teams.item(i) for i in range(self.teams.count()))
        ticked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        return [uuid.UUID(i.data(ID_ROLE)) for i in ticked]

    def _run(self, action: Callable[[], object], select: uuid.UUID | None = None) -> bool:
        self.error.hide()
        try:
            action()
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return False
        self.reload(select)
        return True

    def new_workspace(self) -> None:
        """A new team workspace with a name of its own, to fill in."""
        taken = {w.name for w in self.workspaces.values()}
        n = 1
        while (name := self.tr("Team workspace {n}").format(n=n)) in taken:
            n += 1
        made: list[uuid.UUID] = []
        if self._run(lambda: made.append(self.model.create(name, "", []))):
            self.reload(made[0])
            self.name.setFocus()
            self.name.selectAll()

    def save(self) -> None:
        """Save the selected workspace's name, description and teams."""
        ws_id = self.current_id()
        if ws_id is None:
            return
        name, about, teams = self.name.text(), self.description.toPlainText(), self._team_ids()
        self._run(lambda: self.model.update(ws_id, name, about, teams), ws_id)

    def ask_delete(self) -> None:
        """SET-6: the delete dialog with its tick."""
        ws_id = self.current_id()
        if ws_id is None:
            return

        def delete(confirmed: bool) -> None:
            self.model.delete(ws_id, confirmed)
            self.reload()

        self.delete_dialog = DeleteWorkspaceDialog(self.workspaces[ws_id].name, delete, self)
        self.delete_dialog.open()


class WorkspacesDialog(PageDialog):
    """Settings → Team workspaces, as a dialog of its own from the settings dialog."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__((720, 480), parent)
        self.page = WorkspacesPage(db, viewer, self)
        self.show_page(self.tr("Team workspaces"), self.page)
