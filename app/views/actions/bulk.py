"""Bulk actions on the Actions tab (ACT-3): "Select all" for the page, then "Select all
N tasks" for everything the view matches; Mark complete, Mark incomplete, Assign, Edit
(pick a property, set a value) and Delete (after a confirm) over the ticked tasks, run off
the GUI thread in batches with progress and Cancel; the last action can be undone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.domain.date_input import date_hint_message
from app.domain.errors import DomainError, ValidationError
from app.domain.i18n import QT_TR_NOOP
from app.domain.task_bulk import EDITABLE, BulkAction, BulkKind, BulkResult
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.models.task_bulk import Selection, TaskBulkActions
from app.models.task_table import PRIORITIES, TYPES
from app.views.common.background import OneJob, Progress, run_off_gui_thread
from app.views.common.date_field import DateField
from app.views.common.shortcuts import tab_shortcut

if TYPE_CHECKING:
    from app.views.actions.tab import ActionsTab

DONE_WORDS = {  # marked for translation; translated where shown
    BulkKind.COMPLETE: QT_TRANSLATE_NOOP("BulkBar", "Marked {tasks} complete."),
    BulkKind.INCOMPLETE: QT_TRANSLATE_NOOP("BulkBar", "Marked {tasks} incomplete."),
    BulkKind.ASSIGN: QT_TRANSLATE_NOOP("BulkBar", "Assigned {tasks}."),
    BulkKind.EDIT: QT_TRANSLATE_NOOP("BulkBar", "Changed {tasks}."),
    BulkKind.DELETE: QT_TRANSLATE_NOOP("BulkBar", "Deleted {tasks}."),
}


class BulkEditDialog(QDialog):
    """Edit: pick a property, set a value; a refused value is shown at the field."""

    def __init__(self, model: TaskBulkActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.action: BulkAction | None = None
        self.setWindowTitle(self.tr("Edit tasks"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("Property"))
        for key, label in EDITABLE.items():
            self.field.addItem(tr(label), key)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Value"))
        # typed as the viewer reads dates, or picked from the calendar (UX-3, UX-5)
        self.date = DateField(
            ValueFormatter(model.viewer.locale, model.viewer.time_zone, {}),
            name=self.tr("Due date"),
        )
        self.date.setToolTip(
            self.tr("A date such as {example}; empty clears the due date").format(
                example=date_hint_message(model.viewer.locale).translated()
            )
        )
        form.addRow(self.tr("Property"), self.field)
        form.addRow(self.tr("Value"), self.choice)
        form.addRow(self.tr("Due date"), self.date)
        self.form = form
        layout.addLayout(form)
        self.error = QLabel(objectName="FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Apply"))
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.currentIndexChanged.connect(self._field_chosen)
        self._field_chosen()

    def _field_chosen(self) -> None:
        key = self.field.currentData()
        self.error.hide()
        is_date = key == "due_date"
        self.form.setRowVisible(self.choice, not is_date)
        self.form.setRowVisible(self.date, is_date)
        self.choice.clear()
        options = TYPES if key == "type" else PRIORITIES
        for value, label in options.items():
            self.choice.addItem(tr(label or QT_TR_NOOP("None")), value)

    def _apply(self) -> None:
        key = self.field.currentData()
        value = self.date.text().strip() if key == "due_date" else self.choice.currentData()
        action = BulkAction(BulkKind.EDIT, key, value)
        try:
            self.model.check(action)
        except ValidationError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            (self.date if key == "due_date" else self.choice).setFocus()
            return
        self.action = action
        self.accept()


class BulkBar(QWidget):
    """The row over the task table: Select all, the actions, progress, and Undo."""

    def __init__(self, tab: ActionsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.table_model = tab.model
        self.model = TaskBulkActions(tab.db, tab.viewer)
        self.viewer_locale = QLocale(tab.viewer.locale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        actions = QHBoxLayout()
        self.select_page = QCheckBox(self.tr("Select all"))
        self.select_page.setToolTip(self.tr("Tick every task on this page"))
        self.select_page.clicked.connect(self.table_model.check_page)
        actions.addWidget(self.select_page)
        self.selected_label = QLabel(objectName="Muted")
        actions.addWidget(self.selected_label)
        actions.addSpacing(8)
        self.complete_button = self._button(self.tr("Mark complete"), BulkKind.COMPLETE)
        self.incomplete_button = self._button(self.tr("Mark incomplete"), BulkKind.INCOMPLETE)
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_menu = QMenu(self.assign_button)
        self.assign_menu.aboutToShow.connect(self._fill_assign_menu)
        self.assign_button.setMenu(self.assign_menu)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        self.action_buttons = (
            self.complete_button, self.incomplete_button, self.assign_button,
            self.edit_button, self.delete_button,
        )  # fmt: skip
        for button in self.action_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.banner = QWidget()
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(0, 0, 0, 0)
        self.banner_label = QLabel()
        self.banner_button = QPushButton(objectName="LinkButton")
        self.banner_button.setFlat(True)
        self.banner_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.banner_button.clicked.connect(self._banner_clicked)
        banner.addStretch(1)
        banner.addWidget(self.banner_label)
        banner.addWidget(self.banner_button)
        banner.addStretch(1)
        layout.addWidget(self.banner)

        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addWidget(self.progress_row)
        self.progress_row.hide()
        self.job = OneJob(self, self.progress_row, lambda _busy: self._update())
        self.cancel_button.clicked.connect(self.job.cancel)

        self.result_row = QWidget()
        result = QHBoxLayout(self.result_row)
        result.setContentsMargins(0, 0, 0, 0)
        self.result_label = QLabel(objectName="Banner")
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last bulk action (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo)
        result.addWidget(self.result_label, 1)
        result.addWidget(self.undo_button)
        layout.addWidget(self.result_row)
        self.result_row.hide()
        tab_shortcut(tab, QKeySequence.StandardKey.Undo, self.undo)

        self.table_model.checkedChanged.connect(self._update)
        self.table_model.modelReset.connect(self._update)
        self.table_model.rowsInserted.connect(self._update)
        self._update()

    def _button(self, text: str, kind: BulkKind) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda: self.start(BulkAction(kind)))
        return button

    def _n(self, n: int) -> str:
        return self.viewer_locale.toString(n)

    def _tasks(self, n: int) -> str:
        """ "1 task", "1,234 tasks" in the viewer's locale."""
        return self.tr("1 task") if n == 1 else self.tr("%Ln tasks", "", n)

    def _update(self) -> None:
        model = self.table_model
        count = model.checked_count()
        busy = self.job.running
        self.select_page.setChecked(model.page_checked())
        self.select_page.setEnabled(model.rowCount() > 0 and not busy)
        self.selected_label.setText(self.tr("%Ln selected", "", count) if count else "")
        for button in self.action_buttons:
            button.setVisible(count > 0)
            button.setEnabled(not busy)
        loaded = model.rowCount()
        if model.all_matching and model.total > loaded:
            self.banner_label.setText(self.tr("All %Ln tasks are selected.", "", model.total))
            self.banner_button.setText(self.tr("Clear selection"))
            self.banner.show()
        elif model.page_checked() and model.total > loaded:
            self.banner_label.setText(
                self.tr("All {k} tasks on this page are selected.").format(k=self._n(loaded))
            )
            self.banner_button.setText(self.tr("Select all %Ln tasks", "", model.total))
            self.banner.show()
        else:
            self.banner.hide()

    def _banner_clicked(self) -> None:
        if self.table_model.all_matching:
            self.table_model.check_page(False)
        else:
            self.table_model.check_all_matching()

    def selection(self) -> Selection:
        """What is ticked now."""
        model = self.table_model
        return Selection(model.query, frozenset(model.checked), model.all_matching, model.loaded_at)

    def _fill_assign_menu(self) -> None:
        self.assign_menu.clear()
        for user_id, name in self.model.users():
            action = self.assign_menu.addAction(name)
            action.triggered.connect(
                lambda _=False, uid=user_id: self.start(BulkAction(BulkKind.ASSIGN, value=uid))
            )

    def edit(self) -> None:
        """Edit: the dialog asks which property and what value."""
        dialog = BulkEditDialog(self.model, self)
        chosen = dialog.action if dialog.exec() else None
        dialog.deleteLater()
        if chosen is not None:
            self.start(chosen)

    def delete(self) -> None:
        """Delete, after a confirm that says how many."""
        n = self.table_model.checked_count()
        answer = QMessageBox.question(
            self, self.tr("Delete tasks"),
            self.tr("Delete {tasks}? You can undo this right after.").format(tasks=self._tasks(n)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self.start(BulkAction(BulkKind.DELETE))

    def _busy(self, text: str) -> Progress:
        progress = self.job.start()
        progress.changed.connect(lambda _p, f: self.progress_bar.setValue(round(f * 100)))
        self.progress_label.setText(text)
        self.progress_bar.setValue(0)
        self.result_row.hide()
        return progress

    @asyncSlot(object)
    async def start(self, action: BulkAction) -> None:
        """Run `action` over the ticked tasks off the GUI thread, batch by batch."""
        if self.job.running or not self.table_model.checked_count():
            return
        selection = self.selection()
        count = self.table_model.checked_count()
        progress = self._busy(self.tr("Working on {tasks}…").format(tasks=self._tasks(count)))
        try:
            result: BulkResult = await run_off_gui_thread(
                self.model.run, selection, action,
                lambda done, total: progress.report("", done / max(total, 1)), progress.cancelled,
            )  # fmt: skip
        except DomainError as exc:
            self._show_result(exc.user_message, undoable=False)
        else:
            text = tr(str(DONE_WORDS[action.kind])).format(tasks=self._tasks(result.done))
            unchanged = result.total - result.done
            if unchanged and not result.cancelled:
                text += " " + self.tr(
                    "{k} were left as they were: already so, or not yours to change."
                ).format(k=self._n(unchanged))
            if result.cancelled:
                text = self.tr("Stopped: {done}").format(done=text)
            self._show_result(text, undoable=self.model.last is not None)
        finally:
            self.job.finish()
            self.table_model.reload()

    @asyncSlot()
    async def undo(self) -> None:
        """Undo the last bulk action, off the GUI thread."""
        if self.job.running or self.model.last is None:
            return
        progress = self._busy(self.tr("Undoing…"))
        try:
            result: BulkResult = await run_off_gui_thread(
                self.model.undo,
                lambda done, total: progress.report("", done / max(total, 1)), progress.cancelled,
            )  # fmt: skip
        except DomainError as exc:
            self._show_result(exc.user_message, undoable=False)
        else:
            text = self.tr("Undone: {tasks} put back.").format(tasks=self._tasks(result.done))
            if result.cancelled:
                text = self.tr("Undo stopped: {tasks} put back.").format(
                    tasks=self._tasks(result.done)
                )
            self._show_result(text, undoable=False)
        finally:
            self.job.finish()
            self.table_model.reload()

    def _show_result(self, text: str, *, undoable: bool) -> None:
        self.result_label.setText(text)
        self.undo_button.setVisible(undoable)
        self.result_row.show()
