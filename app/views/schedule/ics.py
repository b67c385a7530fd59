"""iCalendar import and export on the Schedule tab (DATA-4): export a date range of the
viewer's schedule to an .ics file; import an .ics file's meetings (recurrences expanded
over the shown days) with a report of what was skipped and why. Both run off the GUI
thread; Cancel leaves no file written and no meeting imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.domain.errors import DomainError
from app.models.schedule import IcsCancelled
from app.views.common.background import OneJob, Progress, run_off_gui_thread

if TYPE_CHECKING:
    from app.domain.icalendar_io import ImportReport
    from app.views.schedule.tab import ScheduleTab


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExportRangeDialog(QDialog):
    """Which days to export: the shown ones unless changed."""

    def __init__(self, first: dt.date, last: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export schedule"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first = QDateEdit(_qdate(first), calendarPopup=True)
        self.last = QDateEdit(_qdate(last), calendarPopup=True)
        self.first.setAccessibleName(self.tr("First day"))
        self.last.setAccessibleName(self.tr("Last day"))
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        layout.addLayout(form)
        self.error = QLabel(objectName="FieldError")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def days(self) -> tuple[dt.date, dt.date]:
        """The chosen first and last day."""
        return self.first.date().toPython(), self.last.date().toPython()

    def _accept(self) -> None:
        first, last = self.days()
        if last < first:
            self.error.setText(self.tr("The last day is before the first."))
            self.error.show()
            self.last.setFocus()
            return
        self.accept()


class ImportReportDialog(QDialog):
    """What an import did, and each skipped item with its reason."""

    def __init__(self, summary: str, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        text = QLabel(summary)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Skipped:"), objectName="CardTitle"))
        self.skipped = QListWidget()
        self.skipped.setAccessibleName(self.tr("Skipped items"))
        self.skipped.setWordWrap(True)
        for item in report.skipped:
            self.skipped.addItem(f"{item.what_text()} — {item.reason_text()}")
        layout.addWidget(self.skipped, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class IcsActions(QObject):
    """The Import… and Export… buttons' flows for one Schedule tab."""

    def __init__(self, tab: ScheduleTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.report_dialog: ImportReportDialog | None = None
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # one transaction: busy, not counted
        self.bar.setMaximumWidth(220)
        self.cancel = QPushButton(self.tr("Cancel"))
        row.addWidget(self.label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel)
        row.addStretch(1)
        self.progress_row.hide()
        self.job = OneJob(self, self.progress_row, self._set_busy)
        self.cancel.clicked.connect(self.job.cancel)
        tab.import_button.clicked.connect(self._choose_import_file)
        tab.export_button.clicked.connect(self._choose_export_range)

    def _busy(self, text: str) -> Progress:
        self.label.setText(text)
        return self.job.start()

    def _set_busy(self, busy: bool) -> None:
        self.tab.import_button.setEnabled(not busy)
        self.tab.export_button.setEnabled(not busy)

    # -- export ----------------------------------------------------------------------------
    def _choose_export_range(self) -> None:
        days = self.tab.model.days
        dialog = ExportRangeDialog(days[0], days[-1], self.tab)
        chosen = dialog.exec()
        first, last = dialog.days()
        dialog.deleteLater()
        if not chosen:
            return
        suggested = str(Path.home() / f"schedule {first.isoformat()} to {last.isoformat()}.ics")
        path, _filter = QFileDialog.getSaveFileName(
            self.tab, self.tr("Export schedule"), suggested, self.tr("iCalendar files (*.ics)")
        )
        if path:
            self.export_to(Path(path), first, last)

    @asyncSlot(object, object, object)
    async def export_to(self, path: Path, first: dt.date, last: dt.date) -> None:
        """Write days `first`..`last` of the viewer's schedule to `path`, off the GUI thread."""
        progress = self._busy(self.tr("Exporting your schedule…"))
        try:
            count = await run_off_gui_thread(
                self.tab.model.export_ics, path, first, last, progress.cancelled
            )
        except IcsCancelled:
            self.tab.messages.show_message(self.tr("Export cancelled; no file was written."))
        except OSError as exc:
            self.tab.messages.show_message(
                self.tr("The file could not be written: {e}").format(e=exc)
            )
        else:
            self.tab.messages.show_message(
                self.tr("Exported %n items to {path}", "", count).format(path=path)
            )
        finally:
            self.job.finish()

    # -- import ----------------------------------------------------------------------------
    def _choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.tab, self.tr("Import meetings"), str(Path.home()),
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )  # fmt: skip
        if path:
            self.import_from(Path(path))

    @asyncSlot(object)
    async def import_from(self, path: Path) -> None:
        """Import `path`'s meetings, recurrences expanded over the shown days."""
        progress = self._busy(self.tr("Importing {name}…").format(name=path.name))
        try:
            report = await run_off_gui_thread(self.tab.model.import_ics, path, progress.cancelled)
        except IcsCancelled:
            self.tab.messages.show_message(self.tr("Import cancelled; nothing was imported."))
        except OSError as exc:
            self.tab.messages.show_message(self.tr("The file could not be read: {e}").format(e=exc))
        except DomainError as exc:
            self.tab.messages.show_message(
                self.tr("Nothing was imported from {name}: {why}").format(
                    name=path.name, why=exc.user_message
                )
            )
        else:
            self._report(path, report)
        finally:
            self.job.finish()

    def _report(self, path: Path, report: ImportReport) -> None:
        self.tab.model.reload()
        summary = self.tr(
            "Imported {created} new and {updated} updated meetings from {name}."
        ).format(created=report.created, updated=report.updated, name=path.name)
        if report.skipped:
            summary += " " + self.tr("%n items were skipped.", "", len(report.skipped))
        self.tab.messages.show_message(summary)
        if report.skipped:
            self.report_dialog = ImportReportDialog(summary, report, self.tab)
            self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_dialog.destroyed.connect(self._report_closed)
            self.report_dialog.open()

    def _report_closed(self) -> None:
        self.report_dialog = None
