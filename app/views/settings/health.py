"""Settings → Health scores (HEALTH-1..6, PERM-3): the workspace's live and draft profiles
(name, status, default, segments, groups, customers scored, last edited) with New profile
(from a ready template or from scratch), Edit (a live profile is edited through its draft),
Publish, Unpublish, Clone, Set as default and Delete. A viewer who may not edit health
profiles sees the page read-only with the reason (the domain refuses them too); a refused
action says why just under the buttons."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ProfileStatus
from app.domain.errors import DomainError
from app.domain.health.editing import ProfileDraft, ProfileSummary
from app.domain.health.profiles import MAX_DRAFTS, MAX_LIVE
from app.domain.health.templates import Template
from app.domain.viewer import Viewer
from app.models import Database
from app.models.health_settings import HealthSettings, ProfileTableModel, concerns_profiles
from app.models.i18n import tr
from app.views.common.stale import StaleWatcher
from app.views.settings.health_editor import HealthEditorDialog
from app.views.settings.page_dialog import PageDialog


class TemplateDialog(QDialog):
    """New profile: pick a ready template, or start from scratch."""

    def __init__(self, templates: tuple[Template, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New health profile"))
        self.resize(560, 440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addWidget(QLabel(self.tr("Start from a template"), objectName="CardTitle"))
        hint = QLabel(
            self.tr("A template fills in groups and rules over your customers' standard "
                    "properties and activities; change anything before you publish."),
            objectName="Muted",
        )  # fmt: skip
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.choices = QButtonGroup(self)
        self.keys: dict[int, str] = {}
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setSpacing(2)
        ordered = sorted(templates, key=lambda t: t.key == "blank")  # from scratch last
        for i, template in enumerate(ordered):
            title = self.tr("Start from scratch") if template.key == "blank" else tr(template.title)
            radio = QRadioButton(title)
            radio.setStyleSheet("font-weight: 600;")
            radio.setAccessibleDescription(tr(template.description))
            about = QLabel(tr(template.description), objectName="Muted")
            about.setWordWrap(True)
            about.setContentsMargins(24, 0, 0, 8)
            self.choices.addButton(radio, i)
            self.keys[i] = template.key
            column.addWidget(radio)
            column.addWidget(about)
        column.addStretch(1)
        if ordered:
            self.choices.button(0).setChecked(True)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("Primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        """The picked template's key."""
        return self.keys.get(self.choices.checkedId())

    def choose(self, key: str) -> None:
        """Pick the template `key`."""
        for i, k in self.keys.items():
            if k == key:
                self.choices.button(i).setChecked(True)


class HealthProfilesPage(QWidget):
    """The Health scores page of the settings."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = HealthSettings(db, viewer)
        self.verdict = self.model.verdict()
        self.editor: HealthEditorDialog | None = None
        self.template_dialog: TemplateDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.banner = QLabel(self.verdict.user_message, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not self.verdict)
        layout.addWidget(self.banner)
        intro = QLabel(
            self.tr(
                "A health score adds up groups of rules to a score from 0 to 100: At risk, "
                "Neutral or Healthy. Each profile scores the customers of its segments; the "
                "default profile scores everyone else. Up to {live} live and {drafts} draft "
                "profiles; edit a draft, test it on a customer, preview it, then publish."
            ).format(live=MAX_LIVE, drafts=MAX_DRAFTS),
            objectName="Muted",
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        self.new_button = self._button(self.tr("New profile…"), self.new_profile, edits=True)
        self.new_button.setObjectName("Primary")
        self.edit_button = self._button(self.tr("Edit…"), self.edit, edits=False)
        self.publish_button = self._button(self.tr("Publish"), self.publish)
        self.unpublish_button = self._button(self.tr("Unpublish"), self.unpublish)
        self.clone_button = self._button(self.tr("Clone"), self.clone)
        self.default_button = self._button(self.tr("Set as default"), self.set_default)
        self.delete_button = self._button(self.tr("Delete…"), self.delete)
        for button in (self.new_button, self.edit_button, self.publish_button,
                       self.unpublish_button, self.clone_button, self.default_button):  # fmt: skip
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        layout.addLayout(bar)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.message = QLabel(objectName="Muted")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.table_model = ProfileTableModel(self.model.formatter, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Health profiles"))
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No health profiles yet. Start one from a template with New profile…"),
            objectName="Muted",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.watcher = StaleWatcher(self, db, concerns_profiles, self.reload)
        self.reload()
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update())

    def _button(self, text: str, slot: Callable[[], None], *, edits: bool = True) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        if edits and not self.verdict:
            button.setToolTip(self.verdict.user_message)
        return button

    # -- the list -----------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the profiles again (selecting `select`, else the one selected)."""
        current = self.current()
        keep = select or (current.id if current else None)
        self.table_model.set_rows(self.model.profiles())
        row = self.table_model.row_of(keep) if keep else -1
        if row < 0 and self.table_model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        has_rows = bool(self.table_model.rowCount())
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._update()

    def current(self) -> ProfileSummary | None:
        """The selected profile."""
        index = self.table.currentIndex()
        return self.table_model.profile(index.row()) if index.isValid() else None

    def select(self, name: str) -> None:
        """Select the (first) profile called `name`: live before drafts."""
        for row, p in enumerate(self.table_model.rows):
            if p.name == name:
                self.table.selectRow(row)
                return

    def _update(self) -> None:
        p = self.current()
        may = bool(self.verdict)
        live = p is not None and p.status == ProfileStatus.LIVE
        self.edit_button.setEnabled(p is not None)
        self.edit_button.setText(self.tr("Edit…") if may else self.tr("Open…"))
        self.publish_button.setEnabled(may and p is not None and not live)
        self.unpublish_button.setEnabled(may and live)
        self.clone_button.setEnabled(may and p is not None)
        self.default_button.setEnabled(may and live and p is not None and not p.is_default)
        self.delete_button.setEnabled(may and p is not None)
        self.new_button.setEnabled(may)

    # -- actions ------------------------------------------------------------------------------
    def _run(self, action: Callable[[], object], done: str) -> object | None:
        """Run one action; a refusal shows under the buttons, a success above the list."""
        self.error.hide()
        self.message.hide()
        try:
            result = action()
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return None
        self.message.setText(done)
        self.message.show()
        self.reload(result if isinstance(result, uuid.UUID) else None)
        return result if result is not None else True

    def new_profile(self) -> None:
        """Pick a template, then edit the new draft (stored on its first Save)."""
        self.template_dialog = TemplateDialog(self.model.templates(), self)
        self.template_dialog.accepted.connect(self._template_chosen)
        self.template_dialog.open()

    def _template_chosen(self) -> None:
        assert self.template_dialog is not None
        key = self.template_dialog.chosen()
        if key is None:
            return
        self.error.hide()
        try:
            draft = self.model.from_template(key)
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self._open_editor(draft, None)

    def _open_editor(
        self, draft: ProfileDraft, profile_id: uuid.UUID | None, live_name: str | None = None
    ) -> None:
        self.editor = HealthEditorDialog(
            self.model, draft, profile_id, self.verdict, self, live_name=live_name
        )
        self.editor.saved.connect(lambda pid: self.reload(pid))
        self.editor.published.connect(self._published)
        self.editor.open()

    def _published(self, live_id: uuid.UUID, name: str) -> None:
        self.error.hide()
        self.message.setText(
            self.tr("“{name}” is live: its customers are scored by it.").format(name=name)
        )
        self.message.show()
        self.reload(live_id)

    def edit(self) -> None:
        """Edit the selected draft; a live profile is edited through its draft (made on
        first edit). Read-only viewers open it to look."""
        p = self.current()
        if p is None:
            return
        self.error.hide()
        try:
            if self.verdict and p.status == ProfileStatus.LIVE:
                draft_id = self.model.edit_live(p.id)
                self.reload(draft_id)
                self._open_editor(self.model.draft(draft_id), draft_id, live_name=p.name)
                return
            self._open_editor(self.model.draft(p.id), p.id if self.verdict else None)
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()

    def publish(self) -> None:
        """Make the selected draft live (its customers get scores)."""
        p = self.current()
        if p is not None:
            self._run(lambda: self.model.publish(p.id), self.tr(
                "“{name}” is live: its customers are scored by it."
            ).format(name=p.name))  # fmt: skip

    def unpublish(self) -> None:
        """Take the selected live profile back to a draft (asks first)."""
        p = self.current()
        if p is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Unpublish health profile"),
            self.tr("Unpublish “{name}”? Its customers stop being scored by it until it is "
                    "published again.").format(name=p.name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.model.unpublish(p.id),
                      self.tr("“{name}” is a draft again.").format(name=p.name))  # fmt: skip

    def clone(self) -> None:
        """A draft copy of the selected profile."""
        p = self.current()
        if p is not None:
            done = self.tr("A draft copy of “{name}” was made.").format(name=p.name)
            self._run(lambda: self.model.clone(p.id), done)

    def set_default(self) -> None:
        """The selected live profile scores customers in no segment."""
        p = self.current()
        if p is not None:
            self._run(lambda: self.model.set_default(p.id), self.tr(
                "“{name}” is the default: it scores customers in no profile's segment."
            ).format(name=p.name))  # fmt: skip

    def delete(self) -> None:
        """Delete the selected profile (asks first)."""
        p = self.current()
        if p is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete health profile"),
            self.tr("Delete “{name}”? This cannot be undone.").format(name=p.name),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.model.delete(p.id),
                      self.tr("“{name}” was deleted.").format(name=p.name))  # fmt: skip


class HealthScoresDialog(PageDialog):
    """Settings → Health scores, as a dialog of its own from the settings dialog."""

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__((940, 540), parent)
        self.page = HealthProfilesPage(db, viewer, self)
        self.show_page(self.tr("Health scores"), self.page)
