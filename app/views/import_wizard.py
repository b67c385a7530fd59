"""The import wizard (DATA-4, UX-1, UX-5): a CSV file and the object it goes into, the
mapping of its columns (views/import_mapping.py), a dry run with each rejected row's
problems, then the import with progress, Cancel, the rejected rows saved to a file and
Undo. Everything that reads the file or the database runs off the GUI thread
(models/csv_import.py); the open tabs refresh through the change channel when it ends.

`ImportLauncher` is the Import button of the Customers, Services and Revenue tabs and of
Settings: greyed with the reason for a viewer who may not edit records (PERM-3)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.domain.csv_import import ColumnOptions, CsvFile, ImportMapping, ImportReport
from app.domain.errors import DomainError
from app.domain.viewer import Viewer
from app.models import Database
from app.models.csv_import import CsvImport, Guess
from app.models.i18n import tr
from app.models.object_settings import ObjectSettings
from app.views.common.background import Progress, run_off_gui_thread
from app.views.common.verdict_buttons import apply_verdict
from app.views.import_mapping import MappingPage
from app.views.import_report import SHOWN_PROBLEMS, CountsStrip, ProblemsTable, ResultPage
from app.views.settings.property_dialog import PropertyDialog

FILE, MAPPING, DRY_RUN, IMPORT = range(4)
_DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}


def _failure(exc: Exception) -> str:
    return exc.user_message if isinstance(exc, DomainError) else str(exc)


class ImportWizard(QDialog):
    """Four steps on one stack, with Back and Next; one long job at a time."""

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        object_type_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = CsvImport(db, viewer)
        self.verdict = self.work.verdict()
        self.source: CsvFile | None = None
        self.guess: Guess | None = None
        self.guessed_for: tuple[Path, str] | None = None
        self.mapping: ImportMapping | None = None
        self.plan: ImportReport | None = None
        self.report: ImportReport | None = None
        self.job: Progress | None = None
        self.inspecting = False
        self.pending = 0  # mapping changes being checked
        self._lock: asyncio.Lock | None = None
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.setMinimumSize(720, 480)
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.step = QLabel(objectName="CardTitle")
        layout.addWidget(self.step)
        self.banner = QLabel(self.verdict.user_message, objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(not self.verdict)
        layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page(object_type_id))
        self.properties = ObjectSettings(db, viewer)  # "New property…" (OBJ-2, PERM-4)
        self.property_dialog: PropertyDialog | None = None
        self.mapping_page = MappingPage(
            self.retarget, self.set_options, new_property=self.new_property
        )
        allowed = self.properties.verdict() if self.verdict else self.verdict
        self.mapping_page.new_property_reason = None if allowed else allowed.user_message
        self.stack.addWidget(self.mapping_page)
        self.stack.addWidget(self._dry_run_page())
        self.result_page = ResultPage()
        self.result_page.save_rejected_button.clicked.connect(self.choose_rejected_file)
        self.result_page.undo_button.clicked.connect(self.undo)
        self.stack.addWidget(self.result_page)
        layout.addWidget(self.stack, 1)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addWidget(self._progress_row())
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"), objectName="Primary")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self._update()

    # -- the pages ---------------------------------------------------------------------------
    def _file_page(self, object_type_id: uuid.UUID | None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.path = QLineEdit(
            placeholderText=self.tr("A CSV file exported from a CRM or a spreadsheet")
        )
        self.path.setAccessibleName(self.tr("CSV file"))
        self.path.editingFinished.connect(
            lambda: self.path.text().strip() and self.open_file(Path(self.path.text().strip()))
        )
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("File"), row)
        self.file_info = QLabel(objectName="Muted")
        self.file_info.setWordWrap(True)
        form.addRow("", self.file_info)
        self.file_error = QLabel(objectName="FieldError")
        self.file_error.setWordWrap(True)
        self.file_error.hide()
        form.addRow("", self.file_error)
        self.object = QComboBox()
        self.object.setAccessibleName(self.tr("Import into"))
        for obj in self.work.objects():
            self.object.addItem(obj.plural, obj.key)
            if obj.id == object_type_id:
                self.object.setCurrentIndex(self.object.count() - 1)
        self.object.currentIndexChanged.connect(lambda _i: self._update())
        form.addRow(self.tr("Import into"), self.object)
        return page

    def _dry_run_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.plan_counts = CountsStrip()
        column.addWidget(self.plan_counts)
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        column.addWidget(self.plan_summary)
        self.problems = ProblemsTable()
        column.addWidget(self.problems, 1)
        self.problems_note = QLabel(objectName="Muted")
        self.problems_note.setWordWrap(True)
        column.addWidget(self.problems_note)
        column.addStretch(0)
        return page

    def _progress_row(self) -> QWidget:
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(objectName="Muted")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        return self.progress_row

    # -- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A file is read, a mapping change checked, or a run is going."""
        return self.job is not None or self.inspecting or self.pending > 0

    def object_key(self) -> str | None:
        """The object chosen on the first page."""
        data = self.object.currentData()
        return data if isinstance(data, str) else None

    def _update(self) -> None:
        """The step's title and what Back and Next may do now."""
        page = self.stack.currentIndex()
        names = (self.tr("File"), self.tr("Columns"), self.tr("Dry run"), self.tr("Import"))
        self.step.setText(self.tr("Step {n} of 4 · {name}").format(n=page + 1, name=names[page]))
        self.back_button.setVisible(page in (MAPPING, DRY_RUN))
        self.back_button.setEnabled(not self.busy)
        self.next_button.setVisible(page != IMPORT)
        self.next_button.setText(
            (self.tr("Next"), self.tr("Check rows"), self.tr("Import"), "")[page]
        )
        ready = {
            FILE: self.source is not None and self.object_key() is not None,
            MAPPING: self.mapping is not None and bool(self.mapping.mapped()),
            DRY_RUN: self.plan is not None and bool(self.plan.created or self.plan.updated),
            IMPORT: False,
        }[page]
        self.next_button.setEnabled(bool(self.verdict) and ready and not self.busy)
        self.choose_button.setEnabled(not self.busy)
        self.close_button.setText(self.tr("Done") if self.report is not None else self.tr("Close"))

    def _go(self, page: int) -> None:
        self.error.hide()
        self.stack.setCurrentIndex(page)
        self._update()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _start(self, text: str) -> Progress:
        """Show the progress row for a new job (the only one)."""
        self.job = Progress(self)
        self.job.changed.connect(lambda _phase, f: self.progress_bar.setValue(round(f * 100)))
        self.progress_label.setText(text)
        self.progress_bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self.error.hide()
        self._update()
        return self.job

    def _finish(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.progress_row.hide()
        self._update()

    def cancel(self) -> None:
        """Stop the running job at its next batch (the batches written stay, whole)."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after this batch…"))

    def reject(self) -> None:
        """Close, unless a job runs: then it is asked to stop first."""
        if self.job is not None:
            self.cancel()
            return
        super().reject()

    # -- step 1: the file --------------------------------------------------------------------
    def choose_file(self) -> None:
        """Pick the CSV file to import."""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import from a CSV file"), self.path.text() or str(Path.home()),
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"),
        )  # fmt: skip
        if path:
            self.path.setText(path)
            self.open_file(Path(path))

    @asyncSlot(object)
    async def open_file(self, path: Path) -> None:
        """Read the file's encoding, delimiter, header and rows (off the GUI thread)."""
        if self.source is not None and self.source.path == path:
            return
        self.source = None
        self.inspecting = True
        self.file_error.hide()
        self.file_info.setText(self.tr("Reading {file}…").format(file=path.name))
        self._update()
        try:
            source = await run_off_gui_thread(self.work.inspect, path)
        except (DomainError, OSError) as exc:
            self.file_info.setText("")
            self.file_error.setText(_failure(exc))
            self.file_error.show()
        else:
            self.source = source
            delimiter = _DELIMITERS.get(source.delimiter, source.delimiter)
            self.file_info.setText(
                self.tr("{rows} rows · {columns} columns · encoding {encoding} · "
                        "delimiter {delimiter}").format(
                    rows=source.row_count, columns=len(source.header),
                    encoding=source.encoding.upper(), delimiter=tr(delimiter),
                )
            )  # fmt: skip
        finally:
            self.inspecting = False
            self._update()

    # -- step 2: the mapping -----------------------------------------------------------------
    @asyncSlot()
    async def _to_mapping(self) -> None:
        """Guess the columns' targets (once per file and object) and show them."""
        source, key = self.source, self.object_key()
        assert source is not None and key is not None
        if self.guessed_for != (source.path, key):
            self.inspecting = True
            self._update()
            try:
                guess = await run_off_gui_thread(self.work.guess, source, key)
            except DomainError as exc:
                self.file_error.setText(_failure(exc))
                self.file_error.show()
                return
            finally:
                self.inspecting = False
                self._update()
            self.guess, self.mapping, self.guessed_for = guess, guess.mapping, (source.path, key)
            self.mapping_page.show_guess(guess, source.path.name, source.row_count)
        self._go(MAPPING)

    def retarget(self, index: int, target: str | None) -> None:
        """A column's Import into changed: its options and check are read again."""
        assert self.source is not None
        source = self.source
        self._change(lambda mapping: self.work.retarget(source, mapping, index, target))

    def new_property(self, index: int) -> None:
        """ "New property…" in a column's combo: the Settings property dialog, started
        from the column's header and the type its first values suggest; once made, the
        column fills it (and every column may)."""
        assert self.source is not None and self.mapping is not None
        column = next(c for c in self.mapping.columns if c.index == index)
        key = self.mapping.object_key
        kind, options = self.work.suggest_property(self.source, index)
        dialog = PropertyDialog(
            self.properties, self.work.catalog(key).object_type_id, self.properties.verdict(),
            parent=self,
        )  # fmt: skip
        dialog.label.setText(column.header)
        dialog.type.setCurrentIndex(max(0, dialog.type.findData(kind.value)))
        dialog.new_options.setPlainText("\n".join(options))

        def finished(_result: int) -> None:
            if dialog.created_id is None:
                self.mapping_page.revert(index, column.target)
                return
            self.mapping_page.add_target(index, self.work.target_of(key, dialog.created_id))
            self.guess = self.mapping_page.guess

        dialog.finished.connect(finished)
        self.property_dialog = dialog
        dialog.open()

    def set_options(self, index: int, options: ColumnOptions) -> None:
        """A column's Day first or Decimal comma changed: its check is read again."""
        assert self.source is not None
        source = self.source

        def change(mapping: ImportMapping) -> ImportMapping:
            columns = tuple(
                replace(c, options=options) if c.index == index else c for c in mapping.columns
            )
            return self.work.recheck(source, replace(mapping, columns=columns))

        self._change(change)

    @asyncSlot(object)
    async def _change(self, change: Callable[[ImportMapping], ImportMapping]) -> None:
        """Apply one mapping change off the GUI thread, in the order they were made."""
        self.pending += 1
        self._update()
        if self._lock is None:
            self._lock = asyncio.Lock()
        try:
            async with self._lock:
                assert self.mapping is not None
                self.mapping = await run_off_gui_thread(change, self.mapping)
        except DomainError as exc:
            self._fail(_failure(exc))
        finally:
            self.pending -= 1
        if not self.pending and self.mapping is not None:
            self.mapping_page.show_mapping(self.mapping)
        self._update()

    # -- step 3: the dry run -----------------------------------------------------------------
    def chosen_mapping(self) -> ImportMapping:
        """The mapping with the page's key and owner."""
        assert self.mapping is not None
        page = self.mapping_page
        return replace(self.mapping, key=page.chosen_key(), owner=page.chosen_owner())

    @asyncSlot()
    async def _dry_run(self) -> None:
        """Check every row as the import would, writing nothing."""
        assert self.source is not None
        source, mapping = self.source, self.chosen_mapping()
        job = self._start(self.tr("Checking %n rows…", "", source.row_count))
        try:
            plan = await run_off_gui_thread(
                self.work.plan, source, mapping, job.report, job.cancelled
            )
        except DomainError as exc:
            self._fail(_failure(exc))
            return
        finally:
            self._finish()
        if plan.cancelled:
            self._fail(self.tr("The check was cancelled; nothing was imported."))
            return
        self.plan = plan
        self._show_plan(plan)
        self._go(DRY_RUN)

    def _show_plan(self, plan: ImportReport) -> None:
        self.plan_counts.show_report(plan)
        parts = [
            self.tr("All {total} rows of the file were checked; nothing is written yet.").format(
                total=plan.total
            )
        ]
        if plan.linked:
            parts.append(self.tr("%n will be linked to their company.", "", plan.linked))
        if plan.rejected:
            parts.append(
                self.tr("A rejected row is not imported at all; after the import, Save "
                        "rejected rows… gives them back to fix and import again.")
            )  # fmt: skip
        else:
            parts.append(self.tr("Every row can be imported."))
        if self.chosen_mapping().key is None and plan.created:
            parts.append(
                self.tr("No column finds existing records: importing this file again would "
                        "create its rows again.")
            )  # fmt: skip
        self.plan_summary.setText(" ".join(parts))
        problems = plan.problems
        self.problems.show_problems(problems)
        if len(problems) > SHOWN_PROBLEMS:
            self.problems_note.setText(
                self.tr("The first {n} of {total} problems; Save rejected rows… writes them "
                        "all.").format(n=SHOWN_PROBLEMS, total=len(problems))
            )  # fmt: skip
        else:
            self.problems_note.setText("")

    # -- step 4: the import ------------------------------------------------------------------
    @asyncSlot()
    async def _import(self) -> None:
        """Import the rows in batches, with progress and Cancel."""
        assert self.source is not None
        source, mapping = self.source, self.chosen_mapping()
        self.result_page.clear()
        self._go(IMPORT)
        job = self._start(self.tr("Importing %n rows…", "", source.row_count))
        try:
            report = await run_off_gui_thread(
                self.work.run, source, mapping, job.report, job.cancelled
            )
        except DomainError as exc:
            self._fail(_failure(exc))
            self.result_page.clear(self.tr("Nothing was imported."))
            return
        finally:
            self._finish()
        self.report = report
        self._show_report(report, mapping)

    def _show_report(self, report: ImportReport, mapping: ImportMapping) -> None:
        owner = self.guess.owner if self.guess is not None else None
        self.result_page.show_report(report, owner, mapping.owner[1] if mapping.owner else None)
        self._update()

    def choose_rejected_file(self) -> None:
        """Ask where to write the rejected rows, then write them."""
        assert self.source is not None
        suggested = self.source.path.with_name(f"{self.source.path.stem} - rejected rows.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), str(suggested), self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_rejected_to(Path(path))

    @asyncSlot(object)
    async def save_rejected_to(self, path: Path) -> None:
        """Write the rejected rows with their problems to `path` (off the GUI thread)."""
        assert self.report is not None and self.source is not None
        try:
            written = await run_off_gui_thread(
                self.work.save_rejected, self.report, self.source, path
            )
        except OSError as exc:
            self._fail(self.tr("The file could not be written: {e}").format(e=exc))
            return
        self.result_page.show_note(
            self.tr("%n rejected rows saved to {path}.", "", written).format(path=path)
        )

    @asyncSlot()
    async def undo(self) -> None:
        """Take the import back out: what it created removed, what it changed put back."""
        report, mapping = self.report, self.mapping
        assert report is not None and mapping is not None
        self.result_page.undo_button.setEnabled(False)
        job = self._start(self.tr("Undoing the import…"))
        try:
            undone = await run_off_gui_thread(
                self.work.undo, report, mapping.object_key, job.report, job.cancelled
            )
        except DomainError as exc:
            self._fail(_failure(exc))
            self.result_page.undo_button.setEnabled(True)
            return
        finally:
            self._finish()
        self.result_page.show_undone(undone)

    # -- navigation --------------------------------------------------------------------------
    def next(self) -> None:
        """The next step (its work runs first, off the GUI thread)."""
        if self.busy or not self.next_button.isEnabled():
            return
        page = self.stack.currentIndex()
        if page == FILE:
            self._to_mapping()
        elif page == MAPPING:
            self._dry_run()
        elif page == DRY_RUN:
            self._import()

    def back(self) -> None:
        """The step before (the mapping is kept)."""
        if not self.busy and self.stack.currentIndex() in (MAPPING, DRY_RUN):
            self._go(self.stack.currentIndex() - 1)


class ImportLauncher(QWidget):
    """An Import button for a tab or a dialog: greyed with the reason for a viewer who may
    not import; `object_type_id()` names the object the wizard starts on."""

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        viewer: Viewer,
        object_type_id: Callable[[], uuid.UUID | None],
        tooltip: str,
        button: QAbstractButton | None = None,
    ) -> None:
        super().__init__(parent)
        self.hide()  # a holder only: the button goes where its owner puts it
        self.db, self.viewer = db, viewer
        self.object_type_id = object_type_id
        self.wizard: ImportWizard | None = None
        self.button = button or QPushButton()
        self.button.setText(self.tr("Import"))
        apply_verdict(self.button, CsvImport(db, viewer).verdict(), tooltip)
        self.button.clicked.connect(self.open_wizard)

    def open_wizard(self, *_args: Any) -> ImportWizard:
        """Open the wizard on the owner's object. Its parent is the window, not the tab: an
        import that adds a property (the source CRM's record ID) rebuilds the window's tabs,
        and the wizard must outlive the tab it was opened from."""
        owner = self.parentWidget()
        self.wizard = ImportWizard(
            self.db, self.viewer, self.object_type_id(), owner.window() if owner else None
        )
        self.wizard.open()
        return self.wizard
