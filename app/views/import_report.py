"""What the import wizard's dry run and import say (DATA-4, UX-5): the counts of rows
created, updated, unchanged and rejected, a table of each rejected row's problems (row
number as in a spreadsheet, column, value, reason), and the import step's result with
Save rejected rows… and Undo import."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.csv_import import ImportReport, Problem, UndoReport
from app.models.csv_import import OwnerChoice

SHOWN_PROBLEMS = 1000  # the rest are in the rejected rows' file


class CountsStrip(QWidget):
    """Four cards: to create / created, to update / updated, unchanged, rejected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.numbers: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for key in ("created", "updated", "skipped", "rejected"):
            card = QFrame(objectName="Card")
            column = QVBoxLayout(card)
            column.setContentsMargins(14, 8, 14, 8)
            column.setSpacing(0)
            number = QLabel("0", objectName="Greeting")
            caption = QLabel(objectName="CardCount")
            column.addWidget(number)
            column.addWidget(caption)
            row.addWidget(card, 1)
            self.numbers[key], self.captions[key] = number, caption

    def counts(self) -> dict[str, str]:
        """What the cards say, e.g. {"to create": "3", ...}."""
        return {self.captions[k].text(): self.numbers[k].text() for k in self.numbers}

    def show_report(self, report: ImportReport) -> None:
        """The report's counts, worded for a dry run or a run."""
        planned = report.dry_run
        captions = {
            "created": self.tr("to create") if planned else self.tr("created"),
            "updated": self.tr("to update") if planned else self.tr("updated"),
            "skipped": self.tr("unchanged"),
            "rejected": self.tr("rejected"),
        }
        counts = {
            "created": report.created,
            "updated": report.updated,
            "skipped": report.skipped,
            "rejected": len(report.rejected),
        }
        for key, caption in captions.items():
            self.numbers[key].setText(str(counts[key]))
            self.captions[key].setText(caption)
            self.numbers[key].setAccessibleName(f"{counts[key]} {caption}")


class ProblemsTable(QTableWidget):
    """The rejected rows' problems, one a line (the first SHOWN_PROBLEMS)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setAccessibleName(self.tr("Problems"))
        self.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for index, width in enumerate((60, 170, 200)):
            self.setColumnWidth(index, width)

    def show_problems(self, problems: list[Problem]) -> None:
        """Fill the table; hidden when there are none."""
        self.setRowCount(min(len(problems), SHOWN_PROBLEMS))
        for row, problem in enumerate(problems[:SHOWN_PROBLEMS]):
            cells = (str(problem.row), problem.column, problem.value, problem.reason_text())
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.setVisible(bool(problems))


class ResultPage(QWidget):
    """The import step: what the run did, the rejected rows, and the buttons to save them
    or undo the import (the wizard runs those off the GUI thread)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.counts = CountsStrip()
        column.addWidget(self.counts)
        self.label = QLabel()
        self.label.setWordWrap(True)
        column.addWidget(self.label)
        self.note = QLabel(objectName="Muted")
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        row = QHBoxLayout()
        self.save_rejected_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_rejected_button.setToolTip(
            self.tr("The rows that were not imported, with their problems, to fix and import again")
        )
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.setToolTip(
            self.tr("Remove what this import created and put back what it changed")
        )
        row.addWidget(self.save_rejected_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        column.addLayout(row)
        self.rejected_table = ProblemsTable()
        self.rejected_table.setAccessibleName(self.tr("Rejected rows"))
        column.addWidget(self.rejected_table, 1)
        self.stretch = QWidget()
        column.addWidget(self.stretch, 1)
        self.clear()

    def clear(self, text: str = "") -> None:
        """Nothing to show yet (the run is going), or only `text`."""
        self.label.setText(text)
        self.show_note("")
        for widget in (self.counts, self.rejected_table, self.save_rejected_button,
                       self.undo_button):  # fmt: skip
            widget.hide()
        self.stretch.show()

    def show_note(self, text: str) -> None:
        """The grey line under the result ("" hides it)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_report(
        self, report: ImportReport, owner: OwnerChoice | None, chosen: uuid.UUID | None
    ) -> None:
        """What the run did; `owner` and `chosen` say who owns created rows without one."""
        if report.cancelled:
            text = self.tr(
                "The import was cancelled. The rows imported before you cancelled stay; "
                "Undo import removes them."
            )
        else:
            text = self.tr("The import is done.")
        if report.rejected:
            text += " " + self.tr("The rejected rows below were not imported.")
        self.label.setText(text)
        self.counts.show_report(report)
        self.counts.show()
        self.rejected_table.show_problems(report.problems)
        self.stretch.setVisible(not report.rejected)
        notes = []
        if report.linked:
            notes.append(self.tr("%n linked to their company.", "", report.linked))
        if report.created and owner is not None:
            if chosen is None:
                notes.append(
                    self.tr("Records without a {owner} are not in “Owned by me” views; "
                            "other views show them.").format(owner=owner.label)
                )  # fmt: skip
            else:
                notes.append(
                    self.tr("New records without a {owner} in the file have {name}.").format(
                        owner=owner.label, name=dict(owner.users).get(chosen, "")
                    )
                )
        self.show_note(" ".join(notes))
        self.save_rejected_button.setVisible(bool(report.rejected))
        self.undo_button.setVisible(bool(report.batch_ids))
        self.undo_button.setEnabled(True)

    def show_undone(self, undone: UndoReport) -> None:
        """What Undo import did; after a cancel it can be asked again for the rest."""
        counts = {"removed": undone.removed, "restored": undone.restored}
        if undone.cancelled:
            text = self.tr("Undo cancelled: {removed} removed, {restored} put back so far.")
        else:
            text = self.tr("Import undone: {removed} removed, {restored} put back.")
        text = text.format(**counts)
        if undone.kept:
            text += " " + self.tr("{n} changed or deleted since were left as they are.").format(
                n=undone.kept
            )
        self.clear(text)
        self.undo_button.setVisible(undone.cancelled)
        self.undo_button.setEnabled(True)
