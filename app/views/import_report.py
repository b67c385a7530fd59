"""What the import wizard's dry run and import say (DATA-4, UX-5): the counts of rows
created, updated, unchanged and rejected, and a table of each rejected row's problems
(row number as in a spreadsheet, column, value, reason)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.csv_import import ImportReport, Problem

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
            cells = (str(problem.row), problem.column, problem.value, problem.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)
        self.setVisible(bool(problems))
