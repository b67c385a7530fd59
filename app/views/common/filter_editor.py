"""The advanced-filter editor (CUS-2): any property, an operator fitting its type, AND
inside a group, OR between groups. The domain checks the result and a refusal is shown
on the condition it names."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.date_input import date_hint_message
from app.domain.enums import PropertyType
from app.domain.errors import ValidationError
from app.domain.filters import (
    ME,
    NO_VALUE,
    OPERATOR_LABELS,
    operators_for,
    shown_filter_value,
    stored_filter_value,
    takes_a_day,
    value_separator,
)
from app.domain.properties import PropertyInfo
from app.models.formatting import ValueFormatter
from app.models.i18n import tr
from app.views.common.date_field import DateField

T = PropertyType
CHOOSE_ONE = (T.CHOICE, T.MULTI_CHOICE, T.USER, T.CHECKBOX)
LIST_OPS = ("is_any_of", "is_none_of")
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Vocabulary:
    """What the editor offers for one kind of row: the operators of each property type,
    words for stored choice values, and what the rows are called (records, tasks)."""

    operators: Callable[[PropertyType], tuple[str, ...]] = operators_for
    labels: Mapping[str, str] = field(default_factory=dict)
    noun: str = "Records"
    locale: str | None = None  # the viewer's: numbers and dates are typed and shown in it
    operator_labels: Mapping[str, str] = field(default_factory=dict)  # beyond OPERATOR_LABELS
    offers_me: bool = True  # a user property's "Me" (a health rule has no viewer)


class ConditionRow(QWidget):
    """property · operator · value · ✕, with an error line under it."""

    def __init__(
        self, props: list[PropertyInfo], users: Mapping[uuid.UUID, str], on_remove: Callable,
        vocabulary: Vocabulary | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.props = {p.key: p for p in props}
        self.users = users
        self.vocabulary = vocabulary or Vocabulary()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        line = QHBoxLayout()
        self.prop_combo = QComboBox()
        self.prop_combo.setAccessibleName(self.tr("Property"))
        for p in props:
            self.prop_combo.addItem(p.label, p.key)
        self.op_combo = QComboBox()
        self.op_combo.setAccessibleName(self.tr("Operator"))
        self.value = QLineEdit(placeholderText=self.tr("Value"))
        self.value.setAccessibleName(self.tr("Value"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Value"))
        # A day (is on, is before, is after) or two (between): typed as the viewer reads
        # dates or picked from a calendar (UX-3, UX-5); kept in ISO.
        dates = ValueFormatter(self.vocabulary.locale or "", "UTC", {})  # no locale: ISO
        self.dates = QWidget()
        self.day = DateField(dates, name=self.tr("Date"))
        self.day_to = DateField(dates, name=self.tr("End date"))
        self.day_to.use_short_hint()
        self.day_to_label = QLabel(self.tr("to"))
        date_line = QHBoxLayout(self.dates)
        date_line.setContentsMargins(0, 0, 0, 0)
        for part in (self.day, self.day_to_label, self.day_to):
            date_line.addWidget(part)
        # "is any of" / "is none of" on a choice or user: tick several.
        self.several = QListWidget()
        self.several.setAccessibleName(self.tr("Values"))
        self.several.setMaximumHeight(96)
        remove = QToolButton(text="✕")
        remove.setAutoRaise(True)
        remove.setAccessibleName(self.tr("Remove condition"))
        remove.clicked.connect(lambda: on_remove(self))
        for widget in (self.prop_combo, self.op_combo):
            line.addWidget(widget)
        line.addWidget(self.value, 1)
        line.addWidget(self.choice, 1)
        line.addWidget(self.dates, 1)
        line.addWidget(self.several, 1)
        line.addWidget(remove)
        outer.addLayout(line)
        self.error = QLabel(objectName="FieldError")
        self.error.hide()
        outer.addWidget(self.error)
        self.prop_combo.currentIndexChanged.connect(lambda _i: self._property_changed())
        self.op_combo.currentIndexChanged.connect(lambda _i: self._operator_changed())
        self._property_changed()

    def prop(self) -> PropertyInfo:
        """The chosen property."""
        return self.props[self.prop_combo.currentData()]

    def _property_changed(self) -> None:
        prop = self.prop()
        self.op_combo.blockSignals(True)
        self.op_combo.clear()
        for op in self.vocabulary.operators(prop.type):
            label = self.vocabulary.operator_labels.get(op) or OPERATOR_LABELS[op]
            self.op_combo.addItem(tr(label), op)
        self.op_combo.blockSignals(False)
        self.choice.clear()
        if prop.type == T.USER:
            if self.vocabulary.offers_me:
                self.choice.addItem(self.tr("Me"), ME)
            for uid, name in sorted(self.users.items(), key=lambda kv: kv[1]):
                self.choice.addItem(name, str(uid))
        elif prop.type == T.CHECKBOX:
            self.choice.addItem(self.tr("Yes"), True)
            self.choice.addItem(self.tr("No"), False)
        else:
            for option in prop.options:
                label = self.vocabulary.labels.get(option, prop.label_of(option))
                self.choice.addItem(label, option)
        self.several.clear()
        for i in range(self.choice.count()):
            item = QListWidgetItem(self.choice.itemText(i))
            item.setData(VALUE_ROLE, self.choice.itemData(i))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.several.addItem(item)
        self._operator_changed()

    def _operator_changed(self) -> None:
        op = self.op_combo.currentData()
        prop = self.prop()
        uses_choice = prop.type in CHOOSE_ONE and op not in ("assigned_in_last_days",)
        many = uses_choice and op in LIST_OPS and prop.type != T.CHECKBOX
        self.several.setVisible(many)
        self.choice.setVisible(uses_choice and not many and op not in NO_VALUE)
        on_days = takes_a_day(prop, op)
        self.dates.setVisible(on_days)
        self.day_to.setVisible(op == "between")
        self.day_to_label.setVisible(op == "between")
        self.day.setAccessibleName(self.tr("Start date") if op == "between" else self.tr("Date"))
        # the locale's example, and ISO too where one field has the room
        hint = date_hint_message(self.vocabulary.locale)
        self.day.setPlaceholderText(
            str(hint).split(" or ")[0] if op == "between" else hint.translated()
        )
        self.value.setVisible(not uses_choice and not on_days and op not in NO_VALUE)
        hints = {
            "between": self.tr("from") + self._separator() + self.tr("to"),
            "in_last_days": self.tr("days"),
            "in_next_days": self.tr("days"),
            "more_than_days_ago": self.tr("days"),
            "assigned_in_last_days": self.tr("days"),
        }
        self.value.setPlaceholderText(hints.get(op, self.tr("Value")))

    def set_condition(self, condition: Mapping[str, Any]) -> None:
        """Show a stored condition."""
        self.prop_combo.setCurrentIndex(max(0, self.prop_combo.findData(condition.get("property"))))
        self.op_combo.setCurrentIndex(max(0, self.op_combo.findData(condition.get("op"))))
        value = condition.get("value")
        if self._many():
            wanted = value if isinstance(value, list) else [value]
            for i in range(self.several.count()):
                item = self.several.item(i)
                checked = item.data(VALUE_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
        if self.choice.isVisible() or self.prop().type in CHOOSE_ONE:
            first = value[0] if isinstance(value, list) and value else value
            self.choice.setCurrentIndex(max(0, self.choice.findData(first)))
        locale = self.vocabulary.locale
        if takes_a_day(self.prop(), self.op_combo.currentData()):
            days = value if isinstance(value, list) else [value]
            for edit, day in zip((self.day, self.day_to), days, strict=False):
                if day is not None:
                    edit.setText(shown_filter_value(self.prop(), day, locale))
            return
        if isinstance(value, list):
            shown = (shown_filter_value(self.prop(), v, locale) for v in value)
            self.value.setText(self._separator().join(shown))
        elif value is not None:
            self.value.setText(shown_filter_value(self.prop(), value, locale))

    def _many(self) -> bool:
        prop, op = self.prop(), self.op_combo.currentData()
        return prop.type in CHOOSE_ONE and prop.type != T.CHECKBOX and op in LIST_OPS

    def _uses_combo(self) -> bool:
        op = self.op_combo.currentData()
        return self.prop().type in CHOOSE_ONE and op not in ("assigned_in_last_days", *NO_VALUE)

    def condition(self) -> dict[str, Any]:
        """The condition as a view stores it."""
        prop, op = self.prop(), self.op_combo.currentData()
        condition: dict[str, Any] = {"property": prop.key, "op": op}
        if op in NO_VALUE:
            return condition
        if self._many():
            condition["value"] = [
                self.several.item(i).data(VALUE_ROLE)
                for i in range(self.several.count())
                if self.several.item(i).checkState() == Qt.CheckState.Checked
            ]
            return condition
        if self._uses_combo():
            value: Any = self.choice.currentData()
            condition["value"] = [value] if op in LIST_OPS else value
        elif takes_a_day(prop, op):
            days = [self.day, self.day_to] if op == "between" else [self.day]
            stored = [self._stored(day.text()) for day in days]
            condition["value"] = stored if op == "between" else stored[0]
        elif op == "between":
            condition["value"] = [self._stored(v) for v in self._typed_values()]
        elif op in LIST_OPS:
            condition["value"] = [self._stored(v) for v in self._typed_values() if v.strip()]
        else:
            condition["value"] = self._stored(self.value.text())
        return condition

    def _separator(self) -> str:
        return value_separator(self.vocabulary.locale)

    def _typed_values(self) -> list[str]:
        return self.value.text().split(self._separator().strip())

    def _stored(self, text: str) -> str:
        """Typed text as the view keeps it (a number in the plain form, a day in ISO);
        ValidationError with the viewer's format when a number or a date does not read."""
        op = self.op_combo.currentData()
        return stored_filter_value(self.prop(), text, self.vocabulary.locale, op)


class FilterEditor(QDialog):
    """Edits groups of conditions; `check` (the domain) refuses what does not fit."""

    def __init__(
        self, props: list[PropertyInfo], users: Mapping[uuid.UUID, str],
        groups: list[list[Mapping[str, Any]]], check: Callable[[list[Any]], None],
        parent: QWidget | None = None, vocabulary: Vocabulary | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.vocabulary = vocabulary or Vocabulary()
        self.setWindowTitle(self.tr("Advanced filters"))
        self.setMinimumSize(720, 420)
        self.props = props
        self.users = users
        self.check = check
        self.groups: list[tuple[QFrame, QVBoxLayout, list[ConditionRow]]] = []
        root = QVBoxLayout(self)
        hint = QLabel(
            self.tr("{rows} match when every condition of a group holds, in any group.").format(
                rows=tr(self.vocabulary.noun)
            ),
            objectName="Muted",
        )
        root.addWidget(hint)
        scroll = QScrollArea(widgetResizable=True)
        holder = QWidget()
        self.groups_layout = QVBoxLayout(holder)
        self.groups_layout.addStretch(1)
        scroll.setWidget(holder)
        root.addWidget(scroll, 1)
        self.add_group_button = QPushButton(self.tr("+ Add an OR group"))
        self.add_group_button.clicked.connect(lambda: self.add_group())
        root.addWidget(self.add_group_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.clicked.connect(self._apply)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        for group in groups:
            self.add_group(group)
        self.result_groups: list[list[dict[str, Any]]] = []

    def add_group(self, conditions: list[Mapping[str, Any]] | None = None) -> None:
        """A new OR group, with its conditions (or one empty condition)."""
        frame = QFrame(objectName="Card")
        layout = QVBoxLayout(frame)
        rows: list[ConditionRow] = []
        title = QLabel(self.tr("Or") if self.groups else self.tr("Where"), objectName="Muted")
        layout.addWidget(title)
        add = QPushButton(self.tr("+ Add an AND condition"))
        layout.addWidget(add)
        entry = (frame, layout, rows)
        add.clicked.connect(lambda: self.add_condition(entry))
        self.groups.append(entry)
        self.groups_layout.insertWidget(self.groups_layout.count() - 1, frame)
        if not conditions:
            self.add_condition(entry)
        for condition in conditions or []:
            self.add_condition(entry, condition)

    def add_condition(self, entry, condition: Mapping[str, Any] | None = None) -> ConditionRow:
        """A condition row in a group."""
        _frame, layout, rows = entry
        row = ConditionRow(
            self.props, self.users, lambda r: self._remove(entry, r), self.vocabulary
        )
        if condition:
            row.set_condition(condition)
        layout.insertWidget(layout.count() - 1, row)
        rows.append(row)
        return row

    def _remove(self, entry, row: ConditionRow) -> None:
        frame, _layout, rows = entry
        rows.remove(row)
        row.deleteLater()
        if not rows:
            self.groups.remove(entry)
            frame.deleteLater()

    def conditions(self) -> list[list[dict[str, Any]]]:
        """The groups as a view stores them."""
        return [[row.condition() for row in rows] for _f, _l, rows in self.groups if rows]

    def _apply(self) -> None:
        for _f, _l, rows in self.groups:
            for row in rows:
                row.error.hide()
        try:
            groups = self.conditions()  # a number typed in another form is refused here
            self.check(groups)
        except ValidationError as exc:
            for _f, _l, rows in self.groups:
                for row in rows:
                    if row.prop().key == exc.field:
                        row.error.setText(exc.message)
                        row.error.show()
                        return
            raise
        self.result_groups = groups
        self.accept()
