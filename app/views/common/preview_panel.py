"""The record preview panel (CUS-5): properties with a pencil to edit each one with an
editor fitting its type, "Details" with the property's history (old → new, who, when,
source: OBJ-5), read-only values derived from associations (OBJ-2), associated records
by object with "+ Add" and × (OBJ-4; clicking one opens it here, "←" goes back),
Follow/Unfollow, and Delete with Undo. A refused value is shown at its field and
nothing is saved."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.associations import Associated
from app.domain.errors import DomainError, NotFound
from app.domain.properties import PropertyInfo
from app.models.changes import Changes
from app.models.formatting import ValueFormatter
from app.models.health import HealthReader
from app.models.i18n import tr
from app.models.record_detail import RecordActions
from app.views.common.activity_dialog import BUTTONS, FORMS, ActivityDialog
from app.views.common.association_section import AssociationSection, UndoBar
from app.views.common.health_card import HealthCardWidget
from app.views.common.merge_dialog import MergeDialog
from app.views.common.property_editor import editor_value, property_editor, text_lines
from app.views.common.stale import StaleWatcher

# What the health card shows of a customer, so not again as property rows.
CARD_KEYS = frozenset({"health_score", "health_status"})


class PropertyRow(QFrame):
    """One property: label, value, ✎ to edit, Details for its history."""

    def __init__(self, panel: PreviewPanel, prop: PropertyInfo, value: Any) -> None:
        super().__init__(objectName="PropertyRow")
        self.panel = panel
        self.prop = prop
        self.value = value
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(QLabel(prop.label, objectName="Muted"), 1)
        self.details_button = QToolButton(text=self.tr("Details"))
        self.details_button.setAutoRaise(True)
        self.details_button.setAccessibleName(self.tr("History of {p}").format(p=prop.label))
        self.details_button.clicked.connect(self.toggle_details)
        head.addWidget(self.details_button)
        self.edit_button = QToolButton(text="✎")
        self.edit_button.setAutoRaise(True)
        self.edit_button.setAccessibleName(self.tr("Edit {p}").format(p=prop.label))
        self.edit_button.clicked.connect(self.start_edit)
        # A read-only workspace file (issue 11 item 2) shows no way to edit.
        editable = permissions.can_edit_records(panel.model.viewer)
        self.edit_button.setVisible(not prop.is_read_only and bool(editable))
        head.addWidget(self.edit_button)
        layout.addLayout(head)
        if prop.type == "derived":  # computed from associations: no pencil, no history
            self.setObjectName("DerivedRow")
            self.details_button.hide()
            tag = QLabel(self.tr("calculated"), objectName="DerivedTag")
            tag.setToolTip(panel.derived_help.get(prop.key, ""))
            head.insertWidget(1, tag)
        self.shown = QLabel(panel.formatter.format(prop, value) or "—")
        self.shown.setWordWrap(True)
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.shown)
        self.editor_box = QWidget()
        box = QHBoxLayout(self.editor_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.editor = self._editor()
        box.addWidget(self.editor, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.stop_edit)
        box.addWidget(self.save_button)
        box.addWidget(cancel)
        self.editor_box.hide()
        layout.addWidget(self.editor_box)
        self.error = QLabel(objectName="FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.history = QLabel(objectName="Muted")
        self.history.setWordWrap(True)
        self.history.hide()
        layout.addWidget(self.history)

    # -- editing ----------------------------------------------------------------------------
    def _editor(self) -> QWidget:
        editor = property_editor(self.prop, self.value, self.panel.formatter)
        for line in text_lines(editor):
            line.returnPressed.connect(self.save)
        return editor

    def editor_value(self) -> Any:
        """What the editor holds, in a form the domain checks."""
        return editor_value(self.prop, self.editor, self.panel.formatter)

    def start_edit(self) -> None:
        """Show the editor in place of the value."""
        self.editor_box.show()
        self.shown.hide()
        self.error.hide()
        self.editor.setFocus()

    def stop_edit(self) -> None:
        """Back to the value, nothing saved."""
        self.editor_box.hide()
        self.shown.show()
        self.error.hide()

    def save(self) -> None:
        """Save through the write path; a refusal stays at this field."""
        record_id = self.panel.record_id
        assert record_id is not None
        try:
            self.panel.model.save(record_id, self.prop.key, self.editor_value())
        except DomainError as exc:  # nothing was saved; say why at this field
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.panel.saved(self.prop.key)

    def toggle_details(self) -> None:
        """Show or hide the property's history (OBJ-5)."""
        if self.history.isVisible():
            self.history.hide()
            return
        assert self.panel.record_id is not None
        from app.views.common.record_page import change_line

        entries = self.panel.model.history(self.panel.record_id, self.prop)
        lines = [change_line(self, self.panel.formatter, e) for e in entries]
        self.history.setText("\n".join(lines) or self.tr("No changes recorded."))
        self.history.show()


class PreviewPanel(QWidget):
    """The side panel of one record."""

    closed = Signal()
    recordShown = Signal(object)  # the record id now shown (one opened from associations)

    def __init__(
        self, model: RecordActions, formatter: ValueFormatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.formatter = formatter
        self.user_names = formatter.user_names
        self.record_id: uuid.UUID | None = None
        self.name = ""
        self.object_type_id: uuid.UUID | None = None
        self.associated_ids: set[uuid.UUID] = set()
        self.rows: dict[str, PropertyRow] = {}
        self.setMinimumWidth(340)
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 8, 8, 8)
        head = QHBoxLayout()
        # Records opened from this one's associations: "←" goes back along them.
        self.trail: list[tuple[uuid.UUID, str]] = []
        self.back_button = QToolButton(text="←")
        self.back_button.setAutoRaise(True)
        self.back_button.clicked.connect(self.go_back)
        self.back_button.hide()
        head.addWidget(self.back_button)
        self.kind = QLabel(objectName="Muted")
        self.actions_button = QToolButton(text=self.tr("Actions ▾"), objectName="QuickFilter")
        self.actions_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.actions_menu = QMenu(self.actions_button)
        self.actions_button.setMenu(self.actions_menu)
        self.close_button = close = QToolButton(text="✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Close the preview"))
        close.clicked.connect(self.close_panel)
        self.view_button = QToolButton(text=self.tr("View record"))
        self.view_button.setToolTip(self.tr("The full record with its activity timeline"))
        self.view_button.clicked.connect(self.view_record)
        head.addWidget(self.kind, 1)
        head.addWidget(self.view_button)
        head.addWidget(self.actions_button)
        head.addWidget(close)
        root.addLayout(head)
        self.title = QLabel(objectName="Greeting")
        self.title.setWordWrap(True)
        root.addWidget(self.title)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.activity_buttons: dict[str, QPushButton] = {}
        for kind, label in BUTTONS:
            button = QPushButton(tr(label))
            button.setToolTip(tr(FORMS[kind][0]))
            button.clicked.connect(lambda _=False, k=kind: self.log_activity(k))
            self.activity_buttons[kind] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        root.addLayout(buttons)
        self.dialog: ActivityDialog | None = None
        self.undo_bar = UndoBar(self)
        root.addWidget(self.undo_bar)
        self.derived_help: dict[str, str] = {}
        self.sections: dict[str, AssociationSection] = {}
        self.message = QLabel(objectName="FormError")
        self.message.setWordWrap(True)
        self.message.hide()
        root.addWidget(self.message)
        self.scroll_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        # The body follows the panel's width (long values wrap, long e-mails are cut).
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.scroll_area.setWidget(self.body)
        root.addWidget(self.scroll_area, 1)
        # A customer's health (HEALTH-4): one card, moved into each new body at its top.
        self.health_card = HealthCardWidget(HealthReader(model.db, model.viewer), formatter)
        self.hide()
        # Another tab's (or a worker's) change to this record shows here too; this panel's
        # own edits show at once (`saved`).
        StaleWatcher(self, model.db, self._concerns, self._show_again)

    def _concerns(self, changes: Changes) -> bool:
        """This record changed elsewhere, or one associated with it did (a deal closed
        on a board changes the company's open deals)."""
        rows = changes.touched.row_ids
        return (
            self.record_id is not None
            and changes.origin is not self.model
            and (self.record_id in rows or not self.associated_ids.isdisjoint(rows))
        )

    def _show_again(self) -> None:
        if self.record_id is None:
            return
        try:
            self._show(self.record_id)
        except NotFound:  # deleted or merged away meanwhile
            self.close_panel()

    def show_record(self, record_id: uuid.UUID) -> None:
        """Open the panel on a record (from a table, a board, a task)."""
        self.trail = []
        self.undo_bar.dismiss()
        self._show(record_id)

    def _show(self, record_id: uuid.UUID) -> None:
        """Show (or refresh) a record, keeping the way back."""
        detail = self.model.load(record_id)
        self.record_id = record_id
        self.name = detail.name
        self.object_type_id = detail.object_type_id
        self.derived_help = detail.derived_help
        self.associated_ids = {r.record_id for g in detail.associations for r in g.records}
        self.back_button.setVisible(bool(self.trail))
        if self.trail:
            self.back_button.setToolTip(self.tr("Back to {r}").format(r=self.trail[-1][1]))
            self.back_button.setAccessibleName(self.back_button.toolTip())
        for button in (*self.activity_buttons.values(), self.view_button):
            button.setEnabled(True)
        self.kind.setText(detail.object_singular)
        self.title.setText(detail.name)
        self.message.hide()
        self.actions_menu.clear()
        follow = self.actions_menu.addAction(
            self.tr("Unfollow") if detail.following else self.tr("Follow")
        )
        follow.triggered.connect(lambda: self._follow(not detail.following))
        history = self.actions_menu.addAction(self.tr("Property history"))
        history.triggered.connect(lambda: self.show_history(detail.name))
        merge = self.actions_menu.addAction(self.tr("Merge with another record…"))
        merge.triggered.connect(lambda: self.start_merge(detail.name, detail.object_type_id))
        self.actions_menu.addSeparator()
        self.delete_action = self.actions_menu.addAction(self.tr("Delete…"))
        self.delete_action.triggered.connect(self.confirm_delete)
        verdict = self.model.can_edit()
        self.delete_action.setEnabled(bool(verdict))
        self.delete_action.setToolTip(verdict.user_message)
        self.actions_menu.setToolTipsVisible(True)
        self.following = detail.following
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.rows = {}
        self.body_layout.addWidget(self.health_card)
        self.health_card.show_record(record_id)
        for prop, value in detail.values:
            if prop.key in CARD_KEYS and self.health_card.card is not None:
                continue  # the card above shows them

            row = PropertyRow(self, prop, value)
            self.rows[prop.key] = row
            self.body_layout.addWidget(row)
        self.sections = {}
        if detail.associations:
            self.body_layout.addSpacing(8)
            self.body_layout.addWidget(QLabel(self.tr("Associations"), objectName="Greeting"))
        for group in detail.associations:
            section = AssociationSection(self, group)
            self.sections[group.key] = section
            self.body_layout.addWidget(section)
        self.body_layout.addStretch(1)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(self.body)
        self.show()
        self.recordShown.emit(record_id)

    def saved(self, key: str) -> None:
        """After a saved edit: show the new value (the change channel tells the tabs)."""
        assert self.record_id is not None
        self._show(self.record_id)

    # -- associations (OBJ-4) ---------------------------------------------------------------
    def open_associated(self, record_id: uuid.UUID) -> None:
        """Open an associated record here; "←" comes back to this one."""
        assert self.record_id is not None
        self.trail.append((self.record_id, self.name))
        self.undo_bar.dismiss()
        try:
            self._show(record_id)
        except NotFound as exc:
            self.trail.pop()
            self._refused(exc)

    def go_back(self) -> None:
        """Back to the record this one was opened from."""
        if not self.trail:
            return
        record_id, _name = self.trail.pop()
        self.undo_bar.dismiss()
        try:
            self._show(record_id)
        except NotFound:
            self.go_back() if self.trail else self.close_panel()

    def add_association(self, other_id: uuid.UUID, other_name: str) -> None:
        """Associate the record found with this one."""
        record_id = self.record_id
        assert record_id is not None
        try:
            self.model.associate(record_id, other_id)
        except DomainError as exc:
            self._refused(exc)
            return
        self._show(record_id)
        self.undo_bar.say(self.tr("Associated {o} with {r}.").format(o=other_name, r=self.name))

    def remove_association(self, other: Associated) -> None:
        """Remove an association at once, with Undo in the bar."""
        record_id = self.record_id
        assert record_id is not None
        try:
            self.model.dissociate(record_id, other.record_id)
        except DomainError as exc:
            self._refused(exc)
            return
        self._show(record_id)

        def undo() -> None:
            try:
                self.model.associate(record_id, other.record_id)
            except DomainError as exc:
                self._refused(exc)
                return
            if self.record_id == record_id:
                self._show(record_id)

        self.undo_bar.offer(
            self.tr("Removed {o} from {r}.").format(o=other.name, r=self.name), undo
        )

    def _refused(self, exc: DomainError) -> None:
        self.undo_bar.say(exc.user_message)

    # -- delete and restore -----------------------------------------------------------------
    def confirm_delete(self) -> None:
        """Ask before deleting, naming the record."""
        assert self.record_id is not None
        self.confirm = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete record"),
            self.tr("Delete “{r}”? You can restore it from Deleted records.").format(r=self.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        self.confirm_button = self.confirm.addButton(
            self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.confirm_button.clicked.connect(self.delete_record)
        self.confirm.open()

    def delete_record(self) -> None:
        """Delete the record; the bar offers Undo, which restores it."""
        record_id, name = self.record_id, self.name
        assert record_id is not None
        try:
            self.model.delete(record_id)
        except DomainError as exc:
            self._refused(exc)
            return
        self.trail = []
        self._show_deleted(name)

        def undo() -> None:
            try:
                self.model.restore(record_id)
            except DomainError as exc:
                self._refused(exc)
                return
            self.show_record(record_id)

        self.undo_bar.offer(self.tr("Deleted {r}.").format(r=name), undo)

    def _show_deleted(self, name: str) -> None:
        """What the panel shows of a record just deleted: its name and the Undo bar."""
        self.record_id = None
        self.associated_ids = set()
        self.back_button.hide()
        self.title.setText(name)
        self.actions_menu.clear()
        for button in (*self.activity_buttons.values(), self.view_button):
            button.setEnabled(False)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addWidget(self.health_card)  # kept (hidden) for the next record
        self.health_card.show_record(None)
        self.body_layout.addWidget(QLabel(self.tr("This record was deleted."), objectName="Muted"))
        self.body_layout.addStretch(1)
        self.rows, self.sections = {}, {}
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(self.body)

    def log_activity(self, kind: str) -> None:
        """Open the form of an activity; saving logs it against this record."""
        record_id = self.record_id
        assert record_id is not None
        self.dialog = ActivityDialog(
            kind, lambda fields: self.model.log_activity(kind, record_id, **fields), self,
            self.formatter,
        )  # fmt: skip
        self.dialog.accepted.connect(lambda: self.saved("last_activity_date"))
        self.dialog.open()

    def show_history(self, name: str) -> None:
        """Every property change of this record (CUS-5 "Property history")."""
        from app.views.common.record_page import HistoryDialog

        assert self.record_id is not None
        self.history_dialog = HistoryDialog(self.model, self.formatter, self.record_id, name, self)
        self.history_dialog.open()

    def view_record(self) -> None:
        """The full record page with the activity timeline (CUS-5 "View record")."""
        from app.views.common.record_page import RecordPage

        assert self.record_id is not None
        self.record_page = RecordPage(self.model, self.formatter, self.record_id, self)
        self.record_page.finished.connect(self._page_closed)
        self.record_page.open()

    def _page_closed(self, _result: int) -> None:
        """Edits made on the record page show here and in the table too."""
        if self.record_id is not None:
            self.saved("page")

    def start_merge(self, name: str, object_type_id: uuid.UUID) -> None:
        """Open the merge dialog; the record picked there is merged into this one."""
        survivor = self.record_id
        assert survivor is not None
        self.merge_dialog = MergeDialog(
            name,
            lambda text: self.model.find(object_type_id, text, survivor),
            lambda other: self.model.merge(survivor, other),
            self,
        )
        self.merge_dialog.accepted.connect(lambda: self.saved("merged"))
        self.merge_dialog.open()

    def _follow(self, follow: bool) -> None:
        assert self.record_id is not None
        try:
            self.model.set_following(self.record_id, follow)
        except DomainError as exc:
            self.message.setText(exc.user_message)
            self.message.show()
            return
        self._show(self.record_id)

    def close_panel(self) -> None:
        """Hide the panel."""
        self.hide()
        self.record_id = None
        self.closed.emit()
