"""The import wizard's mapping page (DATA-4): one row per column of the file, with what it
fills, its first values, how they parse, and the options that change how they are read;
below, how existing records are found and who owns the rows that name no owner."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.csv_import import ColumnMapping, ColumnOptions, ImportMapping
from app.domain.csv_import import mapping as m
from app.models.csv_import import Guess, Target
from app.models.i18n import tr

COLUMN, TARGET, SAMPLES, CHECK, OPTIONS = range(5)
NEW_PROPERTY = "__new_property__"  # the combo item that makes a property for the column


def target_label(widget: QWidget, target: Target) -> str:
    """What a target is called in the combo: the property's label, or the special
    targets' names (a name part, a pipeline or stage by name, the company a row names)."""
    special = {
        m.PIPELINE: tr("Pipeline (by name)"),
        m.STAGE: tr("Stage (by name)"),
        m.FIRST_NAME: tr("First name"),
        m.LAST_NAME: tr("Last name"),
        m.COMPANY_DOMAIN: tr("Company, found by domain"),
        m.COMPANY_NAME: tr("Company, found by name"),
        m.COMPANY_ID: tr("Company, found by source record ID"),
        m.SOURCE_ID: tr("Source record ID"),
    }
    return target.label or special.get(target.key, target.key)


class MappingPage(QWidget):
    """The mapping table and its options; `retarget(index, target)` and
    `set_options(index, options)` are the wizard's (they re-check off the GUI thread)."""

    def __init__(
        self,
        retarget: Callable[[int, str | None], None],
        set_options: Callable[[int, ColumnOptions], None],
        parent: QWidget | None = None,
        new_property: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._retarget = retarget
        self._new_property = new_property
        # Whether "New property…" may be used, and why not (PERM-4): set by the wizard.
        self.new_property_reason: str | None = None
        self._set_options = set_options
        self.guess: Guess | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(objectName="Muted")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Import into"), self.tr("First values"),
             self.tr("Check"), self.tr("Read as")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # The check says why a column fails: it gets the room the window has to spare.
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COLUMN, 150), (TARGET, 200), (SAMPLES, 230), (OPTIONS, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.key = QComboBox()
        self.key.setMinimumWidth(260)
        self.key.setAccessibleName(self.tr("Find existing records by"))
        self.key.setToolTip(
            self.tr("A row whose value matches an existing record updates it instead of "
                    "creating another.")
        )  # fmt: skip
        form.addRow(self.tr("Find existing records by"), self.key)
        self.owner = QComboBox()
        self.owner.setMinimumWidth(260)
        self.owner_label = QLabel()
        form.addRow(self.owner_label, self.owner)
        layout.addLayout(form)
        self.combos: list[QComboBox] = []
        self.option_boxes: dict[int, QCheckBox] = {}

    # -- filling ---------------------------------------------------------------------------
    def show_guess(self, guess: Guess, file_name: str, rows: int) -> None:
        """Lay out a new file's columns (the wizard calls it once per file and object)."""
        self.guess = guess
        mapping = guess.mapping
        self.intro.setText(
            self.tr("Choose what each column of {file} fills. The check reads the first "
                    "{n} rows.").format(file=file_name, n=min(rows, m.SAMPLE_ROWS))
        )  # fmt: skip
        self.table.setRowCount(len(mapping.columns))
        self.combos = []
        self.option_boxes = {}
        for row, column in enumerate(mapping.columns):
            item = QTableWidgetItem(column.header)
            item.setToolTip(column.header)
            self.table.setItem(row, COLUMN, item)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import “{column}” into").format(column=column.header))
            combo.addItem(self.tr("Don't import"), None)
            for target in guess.targets:
                combo.addItem(target_label(self, target), target.key)
            if self._new_property is not None and guess.mapping.object_key != "tasks":
                self._add_new_item(combo)
            combo.setCurrentIndex(max(0, combo.findData(column.target)))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._target_chosen(r))
            self.table.setCellWidget(row, TARGET, combo)
            self.combos.append(combo)
        self.key.clear()
        self.owner.clear()
        owner = guess.owner
        self.owner_label.setVisible(owner is not None)
        self.owner.setVisible(owner is not None)
        if owner is not None:
            self.owner_label.setText(
                self.tr("{owner} for rows without one").format(owner=owner.label)
            )
            self.owner.setAccessibleName(self.owner_label.text())
            self.owner.addItem(self.tr("Leave empty"), None)
            for user_id, name in owner.users:
                self.owner.addItem(name, str(user_id))
            chosen = mapping.owner[1] if mapping.owner else None
            self.owner.setCurrentIndex(max(0, self.owner.findData(str(chosen) if chosen else None)))
        self.show_mapping(mapping)

    def _add_new_item(self, combo: QComboBox) -> None:
        """ "New property…" last in a column's combo, greyed with the reason for a viewer
        who may not add properties."""
        combo.addItem(self.tr("New property…"), NEW_PROPERTY)
        if self.new_property_reason:
            index = combo.count() - 1
            item = cast(QStandardItemModel, combo.model()).item(index)
            item.setEnabled(False)
            combo.setItemData(index, self.new_property_reason, Qt.ItemDataRole.ToolTipRole)

    def _target_chosen(self, row: int) -> None:
        combo = self.combos[row]
        target = combo.currentData()
        if target == NEW_PROPERTY and self._new_property is not None:
            self._new_property(row)  # the wizard asks, then calls add_target or revert
            return
        self._retarget(row, target)

    def add_target(self, row: int, target: Target) -> None:
        """A property made for column `row`: offered to every column, chosen for `row`."""
        assert self.guess is not None
        self.guess = replace(self.guess, targets=(*self.guess.targets, target))
        for combo in self.combos:
            combo.blockSignals(True)
            at = combo.findData(NEW_PROPERTY)
            combo.insertItem(
                at if at >= 0 else combo.count(), target_label(self, target), target.key
            )
            combo.blockSignals(False)
        combo = self.combos[row]
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(target.key))
        combo.blockSignals(False)
        self._retarget(row, target.key)

    def revert(self, row: int, target: str | None) -> None:
        """Put column `row`'s combo back on `target` (a new property was not made)."""
        combo = self.combos[row]
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(target)))
        combo.blockSignals(False)

    def show_mapping(self, mapping: ImportMapping) -> None:
        """Show each column's values, check and options, and the keys it allows."""
        for row, column in enumerate(mapping.columns):
            samples = " · ".join(column.samples)
            item = QTableWidgetItem(samples)
            item.setToolTip("\n".join(column.samples))
            self.table.setItem(row, SAMPLES, item)
            check, tip = self._check_text(column)
            item = QTableWidgetItem(check)
            item.setToolTip(tip)
            self.table.setItem(row, CHECK, item)
            self._show_options(row, column)
            combo = self.combos[row]
            if combo.currentData() != column.target:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(column.target)))
                combo.blockSignals(False)
        self._fill_keys(mapping)

    def _check_text(self, column: ColumnMapping) -> tuple[str, str]:
        """The Check cell and its tooltip."""
        result = column.result
        if column.target is None or result is None:
            return column.note_text() or self.tr("Not imported"), column.note_text()
        if not result.filled:
            return self.tr("No values in the first rows"), ""
        text = self.tr("{parsed} of {filled} parse").format(
            parsed=result.parsed, filled=result.filled
        )
        if result.first_failure is None:
            return "✓ " + text, text
        row, value, reason = result.first_failure
        failing = self.tr("row {row}: {reason}").format(row=row, reason=reason)
        return f"⚠ {text}; {failing}", f"{text}\n{failing}\n“{value}”"

    def _show_options(self, row: int, column: ColumnMapping) -> None:
        """A Day first box for a date column, a Decimal comma box for a number column."""
        target = next((t for t in self.guess.targets if t.key == column.target), None)
        box = self.option_boxes.get(row)
        wanted = None
        if target is not None and target.dates:
            wanted = ("day_first", self.tr("Day first"))
        elif target is not None and target.numbers:
            wanted = ("decimal_comma", self.tr("Decimal comma"))
        if wanted is None:
            if box is not None:
                self.table.removeCellWidget(row, OPTIONS)
                del self.option_boxes[row]
            return
        if box is None or box.property("option") != wanted[0]:
            box = QCheckBox(wanted[1])
            box.setProperty("option", wanted[0])
            box.setAccessibleName(f"{column.header}: {wanted[1]}")
            box.toggled.connect(lambda _on, r=row: self._options_changed(r))
            self.table.setCellWidget(row, OPTIONS, box)
            self.option_boxes[row] = box
        box.blockSignals(True)
        box.setChecked(getattr(column.options, wanted[0]))
        box.blockSignals(False)

    def _options_changed(self, row: int) -> None:
        box = self.option_boxes[row]
        on = box.isChecked()
        options = (
            ColumnOptions(day_first=on)
            if box.property("option") == "day_first"
            else ColumnOptions(decimal_comma=on)
        )
        self._set_options(row, options)

    def _fill_keys(self, mapping: ImportMapping) -> None:
        """The dedupe keys a mapped column holds, the mapping's chosen."""
        assert self.guess is not None
        labels = {t.key: target_label(self, t) for t in self.guess.targets}
        mapped = {c.target for c in mapping.columns}
        current = self.key.currentData() if self.key.count() else mapping.key
        if current not in mapped:
            current = None
        self.key.blockSignals(True)
        self.key.clear()
        self.key.addItem(self.tr("Nothing: always create new records"), None)
        for key in self.guess.keys:
            if key in mapped:
                self.key.addItem(labels.get(key, key), key)
        self.key.setCurrentIndex(max(0, self.key.findData(current)))
        self.key.blockSignals(False)

    # -- reading back ----------------------------------------------------------------------
    def chosen_key(self) -> str | None:
        """The target that finds the record a row updates (None: always create)."""
        data = self.key.currentData()
        return data if isinstance(data, str) else None

    def chosen_owner(self) -> tuple[str, uuid.UUID] | None:
        """(owner property, user) for created rows without an owner, or None."""
        if self.guess is None or self.guess.owner is None:
            return None
        data = self.owner.currentData()
        return (self.guess.owner.key, uuid.UUID(data)) if data else None
