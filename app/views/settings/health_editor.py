"""Settings → Health scores → a profile's editor (HEALTH-1..4): name and description,
thresholds (a coloured three-band bar), segments (up to five saved customer views), and
groups of rules — a Fit group's rules are conditions on the customer's properties joined
by AND with points, an Engagement group's count events in a window with points per count
band. The groups' maxima must add up to 100 (the running sum shows red until they do).
Save keeps a draft; a refusal from the domain (`editing.check_draft`) shows at the field
it names and nothing typed is lost. "Test a record" and "Preview distribution" score the
editor's current, unsaved draft (`health_test.py`)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import GroupKind
from app.domain.errors import DomainError, ValidationError
from app.domain.health.editing import GroupDraft, ProfileDraft, RuleDraft
from app.domain.health.profiles import (
    ACTIVITY_EVENTS,
    DAYS_SINCE,
    OPEN_TICKETS,
    RENEWAL,
    RULE_POINTS_MAX,
    TOTAL_POINTS,
)
from app.domain.i18n import QT_TR_NOOP
from app.domain.permissions import Verdict
from app.models.health_settings import (
    OPERATOR_LABELS,
    EditorChoices,
    HealthSettings,
    health_operators,
)
from app.models.i18n import tr
from app.views.common.filter_editor import ConditionRow, Vocabulary
from app.views.palette import BAND_ORDER, band_colour
from app.views.palette import error as error_colour

MAX_SEGMENTS = 5
ID_ROLE = Qt.ItemDataRole.UserRole + 1
EVENT_LABELS = {
    "meetings": QT_TR_NOOP("Meetings"),
    "calls": QT_TR_NOOP("Calls"),
    "emails": QT_TR_NOOP("E-mails"),
    OPEN_TICKETS: QT_TR_NOOP("Open tickets"),
    DAYS_SINCE: QT_TR_NOOP("Days since last activity"),
    RENEWAL: QT_TR_NOOP("Renewal within"),
}
KIND_LABELS = {
    GroupKind.PROPERTY: QT_TR_NOOP("Fit (properties)"),
    GroupKind.EVENT: QT_TR_NOOP("Engagement (events)"),
}


def error_label() -> QLabel:
    """A hidden red line under a field."""
    label = QLabel(objectName="FieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def say(label: QLabel, message: str) -> None:
    """Show `message` on an error line."""
    label.setText(message)
    label.show()


def spin(low: int, high: int, value: int, name: str) -> QSpinBox:
    """A whole-number box named for screen readers."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setAccessibleName(name)
    return box


class ThresholdBar(QWidget):
    """0..100 as three coloured bands: At risk up to N, Neutral up to M, Healthy above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.at_risk_max, self.neutral_max = 39, 69
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_thresholds(self, at_risk_max: int, neutral_max: int) -> None:
        """Draw these thresholds."""
        self.at_risk_max, self.neutral_max = at_risk_max, neutral_max
        self.update()

    def bands(self) -> list[tuple[str, int, int]]:
        """(label, first score, last score) of each band."""
        low, mid = self.at_risk_max, max(self.neutral_max, self.at_risk_max)
        return [
            (self.tr("At risk"), 0, low),
            (self.tr("Neutral"), low + 1, mid),
            (self.tr("Healthy"), mid + 1, TOTAL_POINTS),
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 1
        height = self.height() - 1
        for (label, first, last), status in zip(self.bands(), BAND_ORDER, strict=True):
            if last < first:
                continue
            x0 = width * first / (TOTAL_POINTS + 1)
            x1 = width * (last + 1) / (TOTAL_POINTS + 1)
            rect = QRectF(x0, 0, x1 - x0, height)
            painter.fillRect(rect, band_colour(status))
            painter.setPen(QColor("white"))
            text = f"{label} {first}–{last}"
            if painter.fontMetrics().horizontalAdvance(text) > rect.width() - 8:
                text = label
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


# ---- rules ----------------------------------------------------------------------------------


class RuleCard(QFrame):
    """One rule: its name and, for a Fit group, conditions joined by AND and points; for an
    Engagement group, the event counted, its window and points per count band."""

    def __init__(
        self, kind: GroupKind, rule: RuleDraft | None, choices: EditorChoices,
        vocabulary: Vocabulary, on_remove: Callable[[RuleCard], None],
    ) -> None:  # fmt: skip
        super().__init__(objectName="Card")
        self.kind = kind
        self.choices = choices
        self.vocabulary = vocabulary
        self.conditions: list[ConditionRow] = []
        self.missing: dict[ConditionRow, str] = {}  # rows whose stored property is gone
        config: dict[str, Any] = dict(rule.config) if rule else {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.label = QLineEdit(rule.label if rule else "")
        self.label.setPlaceholderText(self.tr("Rule name, e.g. “NPS of 9 or more”"))
        self.label.setAccessibleName(self.tr("Rule name"))
        remove = QToolButton(text=self.tr("Remove rule"))
        remove.setAutoRaise(True)
        remove.setAccessibleName(self.tr("Remove rule"))
        remove.setToolTip(self.tr("Remove this rule"))
        remove.clicked.connect(lambda: on_remove(self))
        self.remove_button = remove
        top.addWidget(self.label, 1)
        top.addWidget(remove)
        layout.addLayout(top)
        if kind == GroupKind.PROPERTY:
            self._property_part(layout, config)
        else:
            self._event_part(layout, config)
        self.error = error_label()
        layout.addWidget(self.error)

    # -- a Fit rule ---------------------------------------------------------------------------
    def _property_part(self, layout: QVBoxLayout, config: dict[str, Any]) -> None:
        self.conditions_box = QVBoxLayout()
        self.conditions_box.setSpacing(4)
        layout.addLayout(self.conditions_box)
        self.add_condition_button = QPushButton(self.tr("+ AND condition"))
        self.add_condition_button.setToolTip(self.tr("Every condition must hold"))
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        row = QHBoxLayout()
        row.addWidget(self.add_condition_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Points when every condition holds")))
        self.points = spin(-RULE_POINTS_MAX, RULE_POINTS_MAX, int(config.get("points", 10)), "")
        self.points.setAccessibleName(self.tr("Points"))
        self.points.setToolTip(self.tr("Negative points take points away"))
        row.addWidget(self.points)
        layout.addLayout(row)
        self.points_error = error_label()
        layout.addWidget(self.points_error)
        for condition in config.get("conditions") or [None]:
            self.add_condition(condition)

    def add_condition(self, condition: dict[str, Any] | None = None) -> ConditionRow:
        """One more condition, ANDed with the others."""
        props = list(self.choices.properties)
        row = ConditionRow(props, self.choices.users, self._remove_condition, self.vocabulary)
        if condition:
            row.set_condition(condition)
            key = str(condition.get("property"))
            if key not in {p.key for p in props}:  # archived, or no longer the customer's
                self.missing[row] = key
                say(row.error, self.tr(
                    "“{key}” is no longer a property of customers: pick another."
                ).format(key=key))  # fmt: skip
                row.prop_combo.currentIndexChanged.connect(lambda _i: self.missing.pop(row, None))
        self.conditions_box.addWidget(row)
        row.show()
        self.conditions.append(row)
        self._number_conditions()
        return row

    def _remove_condition(self, row: ConditionRow) -> None:
        if len(self.conditions) == 1:
            say(self.error, self.tr("A rule needs at least one condition."))
            return
        self.conditions.remove(row)
        row.deleteLater()
        self._number_conditions()

    def _number_conditions(self) -> None:
        """The word before each condition: "Where", then "and"."""
        for i, row in enumerate(self.conditions):
            joiner = row.findChild(QLabel, "ConditionJoiner")
            if joiner is None:
                joiner = QLabel(objectName="ConditionJoiner")
                joiner.setFixedWidth(44)
                line = row.layout().itemAt(0).layout()
                assert isinstance(line, QHBoxLayout)
                line.insertWidget(0, joiner)
            joiner.setText(self.tr("Where") if i == 0 else self.tr("and"))

    # -- an Engagement rule -------------------------------------------------------------------
    def _event_part(self, layout: QVBoxLayout, config: dict[str, Any]) -> None:
        """The event and its window on the left, the count bands on the right."""
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.event_menu = QComboBox()
        self.event_menu.setAccessibleName(self.tr("Event"))
        for key, label in EVENT_LABELS.items():
            self.event_menu.addItem(tr(label), key)
        chosen = self.event_menu.findData(config.get("event", "meetings"))
        self.event_menu.setCurrentIndex(max(0, chosen))
        days = int(config.get("window_days", 30))
        self.window_days = spin(1, 3650, days, self.tr("Window in days"))
        self.window_days.setSuffix(self.tr(" days"))
        minutes = int(config.get("min_duration_s", 0)) // 60
        self.minutes = spin(0, 1440, minutes, self.tr("Calls of at least (minutes)"))
        self.minutes.setSuffix(self.tr(" min"))
        self.window_label = QLabel(self.tr("In the last"))
        self.minutes_label = QLabel(self.tr("Calls of at least"))
        form.addRow(self.tr("Counts"), self.event_menu)
        form.addRow(self.window_label, self.window_days)
        form.addRow(self.minutes_label, self.minutes)
        self.form = form
        left.addLayout(form)
        self.field_errors = {k: error_label() for k in ("event", "window_days", "min_duration_s")}
        for line in self.field_errors.values():
            left.addWidget(line)
        self.event_hint = QLabel(objectName="Muted")
        self.event_hint.setWordWrap(True)
        left.addWidget(self.event_hint)
        left.addStretch(1)
        body.addLayout(left, 1)
        right = QVBoxLayout()
        right.setSpacing(4)
        self.bands = QTableWidget(0, 2)
        self.bands.setAccessibleName(self.tr("Points per band"))
        self.bands.verticalHeader().hide()
        self.bands.verticalHeader().setDefaultSectionSize(28)
        self.bands.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.bands.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bands.setFixedWidth(300)
        self.bands.setMaximumHeight(124)
        for low, points in config.get("bands") or [[0, 0], [1, 10]]:
            self.add_band(int(low), int(points))
        band_buttons = QHBoxLayout()
        add = QPushButton(self.tr("+ Band"))
        add.clicked.connect(lambda: self.add_band())
        drop = QPushButton(self.tr("− Band"))
        drop.setToolTip(self.tr("Remove the selected band"))
        drop.clicked.connect(self.remove_band)
        self.add_band_button, self.remove_band_button = add, drop
        band_buttons.addWidget(add)
        band_buttons.addWidget(drop)
        band_buttons.addStretch(1)
        right.addWidget(self.bands)
        right.addLayout(band_buttons)
        self.bands_error = error_label()
        self.bands_error.setFixedWidth(300)
        right.addWidget(self.bands_error)
        body.addLayout(right)
        layout.addLayout(body)
        self.event_menu.currentIndexChanged.connect(lambda _i: self._event_changed())
        self._event_changed()

    def _event_changed(self) -> None:
        event = self.event_menu.currentData()
        windowed = event in (*ACTIVITY_EVENTS, RENEWAL)
        self.form.setRowVisible(self.window_days, windowed)
        self.form.setRowVisible(self.minutes, event == "calls")
        self.window_label.setText(self.tr("Within the next") if event == RENEWAL else
                                  self.tr("In the last"))  # fmt: skip
        unit = {
            DAYS_SINCE: self.tr("From (days)"),
            RENEWAL: self.tr("1 = renews"),
        }.get(event, self.tr("From (count)"))
        self.bands.setHorizontalHeaderLabels([unit, self.tr("Points")])
        hints = {
            DAYS_SINCE: self.tr("Days since the customer's last activity; no activity at all "
                                "is no input."),
            RENEWAL: self.tr("Counts 1 when the renewal date falls in the window, else 0; no "
                             "renewal date is no input."),
            OPEN_TICKETS: self.tr("Tickets associated with the customer whose stage is not "
                                  "closed."),
        }  # fmt: skip
        self.event_hint.setText(hints.get(event, self.tr(
            "The customer's logged events in the window; the highest band the count reaches "
            "gives its points."
        )))  # fmt: skip

    def add_band(self, low: int | None = None, points: int = 0) -> None:
        """One more band: from this count (or days) on, these points."""
        row = self.bands.rowCount()
        if low is None:
            last = self.bands.cellWidget(row - 1, 0) if row else None
            low = last.value() + 1 if isinstance(last, QSpinBox) else 0
        self.bands.insertRow(row)
        self.bands.setCellWidget(row, 0, spin(0, 36_525, low, self.tr("From")))
        self.bands.setCellWidget(
            row, 1, spin(-RULE_POINTS_MAX, RULE_POINTS_MAX, points, self.tr("Points"))
        )

    def remove_band(self) -> None:
        """Remove the selected band (else the last)."""
        row = self.bands.currentRow()
        self.bands.removeRow(row if row >= 0 else self.bands.rowCount() - 1)

    def band_values(self) -> list[list[int]]:
        """The bands as [from, points] pairs."""
        out = []
        for row in range(self.bands.rowCount()):
            low, points = self.bands.cellWidget(row, 0), self.bands.cellWidget(row, 1)
            assert isinstance(low, QSpinBox) and isinstance(points, QSpinBox)
            out.append([low.value(), points.value()])
        return out

    # -- reading it back ----------------------------------------------------------------------
    def clear_errors(self) -> None:
        """Hide every error line of the card."""
        self.error.hide()
        if self.kind == GroupKind.PROPERTY:
            self.points_error.hide()
            for row in self.conditions:
                row.error.hide()
        else:
            self.bands_error.hide()
            for label in self.field_errors.values():
                label.hide()

    def rule(self) -> RuleDraft:
        """The rule as the card holds it; a number or date that does not read in the
        viewer's locale raises ValidationError (shown on its condition)."""
        if self.kind == GroupKind.PROPERTY:
            conditions = []
            for row in self.conditions:
                try:
                    if row in self.missing:
                        raise ValidationError(self.missing[row], row.error.text())
                    conditions.append(row.condition())
                except ValidationError as exc:
                    say(row.error, exc.message)
                    raise
            config: dict[str, Any] = {"conditions": conditions, "points": self.points.value()}
            return RuleDraft(self.label.text().strip(), config)
        event = self.event_menu.currentData()
        config = {"event": event, "bands": self.band_values()}
        if event in (*ACTIVITY_EVENTS, RENEWAL):
            config["window_days"] = self.window_days.value()
        if event == "calls" and self.minutes.value():
            config["min_duration_s"] = self.minutes.value() * 60
        return RuleDraft(self.label.text().strip(), config)

    def show_error(self, field: str, message: str) -> QWidget:
        """Show a refusal at the part of the card it names; the widget to focus."""
        if self.kind == GroupKind.PROPERTY:
            for row in self.conditions:
                if row.prop().key == field:
                    say(row.error, message)
                    return row.value if row.value.isVisible() else row.op_combo
            if field == "points":
                say(self.points_error, message)
                return self.points
            say(self.error, message)
            return self.conditions[0].prop_combo if self.conditions else self.label
        if field == "bands":
            say(self.bands_error, message)
            return self.bands
        if field in self.field_errors:
            say(self.field_errors[field], message)
            parts = {"event": self.event_menu, "window_days": self.window_days}
            return parts.get(field, self.minutes)
        say(self.error, message)
        return self.label


# ---- groups ---------------------------------------------------------------------------------


class GroupPage(QWidget):
    """One group: name, kind, maximum points and its rules."""

    changed = Signal()  # name or maximum edited (the list and the sum follow)

    def __init__(
        self, group: GroupDraft, choices: EditorChoices, vocabulary: Vocabulary
    ) -> None:  # fmt: skip
        super().__init__()
        self.choices = choices
        self.vocabulary = vocabulary
        self.cards: list[RuleCard] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        self.name = QLineEdit(group.name)
        self.name.setAccessibleName(self.tr("Group name"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Group kind"))
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(tr(label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(GroupKind(group.kind).value))
        self.max_points = spin(0, TOTAL_POINTS, group.max_points, self.tr("Maximum points"))
        self.max_points.setSuffix(self.tr(" points"))
        self.max_points.setFixedWidth(120)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.max_points.setToolTip(self.tr("The most this group adds to the score"))
        self.name_error, self.max_error = error_label(), error_label()
        name_box = QVBoxLayout()
        name_box.addWidget(self.name)
        name_box.addWidget(self.name_error)
        max_box = QVBoxLayout()
        max_box.addWidget(self.max_points)
        max_box.addWidget(self.max_error)
        form.addRow(self.tr("Name"), name_box)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Maximum"), max_box)
        outer.addLayout(form)
        self.hint = QLabel(objectName="Muted")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.rules_box = QVBoxLayout()
        self.rules_box.setSpacing(8)
        outer.addLayout(self.rules_box)
        self.rules_error = error_label()
        outer.addWidget(self.rules_error)
        self.add_rule_button = QPushButton(self.tr("+ Add rule"))
        self.add_rule_button.clicked.connect(lambda: self.add_rule())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_rule_button)
        add_row.addStretch(1)
        outer.addLayout(add_row)
        outer.addStretch(1)
        for rule in group.rules:
            self.add_rule(rule)
        self.name.textChanged.connect(lambda _t: self.changed.emit())
        self.max_points.valueChanged.connect(lambda _v: self.changed.emit())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()

    def group_kind(self) -> GroupKind:
        """Fit (property rules) or Engagement (event rules)."""
        return GroupKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        if self.group_kind() == GroupKind.PROPERTY:
            self.hint.setText(self.tr(
                "Each rule adds (or takes away) its points when every one of its conditions "
                "holds. The group gives at most its maximum and never less than 0."
            ))  # fmt: skip
        else:
            self.hint.setText(self.tr(
                "Each rule counts the customer's events and gives the points of the highest "
                "band the count reaches. Inputs a customer lacks are left out and their weight "
                "spread over the group's other rules."
            ))  # fmt: skip
        for card in self.cards:  # rules of the other kind do not fit: start them again
            if card.kind != self.group_kind():
                label = card.label.text()
                self._replace(card, RuleCard(
                    self.group_kind(), RuleDraft(label, {}), self.choices, self.vocabulary,
                    self.remove_rule,
                ))  # fmt: skip

    def _replace(self, old: RuleCard, new: RuleCard) -> None:
        at = self.cards.index(old)
        self.cards[at] = new
        self.rules_box.replaceWidget(old, new)
        new.show()
        old.deleteLater()

    def add_rule(self, rule: RuleDraft | None = None) -> RuleCard:
        """A new rule card (empty: a rule to fill in)."""
        card = RuleCard(self.group_kind(), rule, self.choices, self.vocabulary, self.remove_rule)
        self.rules_box.addWidget(card)
        card.show()  # at once, not on the layout's next turn
        self.cards.append(card)
        if rule is None:
            card.label.setFocus()
        return card

    def remove_rule(self, card: RuleCard) -> None:
        """Drop a rule card."""
        self.cards.remove(card)
        card.deleteLater()

    def clear_errors(self) -> None:
        """Hide every error line of the group."""
        self.name_error.hide()
        self.max_error.hide()
        self.rules_error.hide()
        for card in self.cards:
            card.clear_errors()

    def group(self) -> GroupDraft:
        """The group as the page holds it."""
        rules = [card.rule() for card in self.cards]
        return GroupDraft(self.name.text().strip(), self.group_kind(), self.max_points.value(),
                          rules)  # fmt: skip


# ---- the editor -----------------------------------------------------------------------------


class HealthEditorDialog(QDialog):
    """Edits one draft profile (or a new one, stored on the first Save). `saved` carries
    the profile's id after each Save."""

    saved = Signal(object)
    published = Signal(object, str)  # the live profile's id and name

    def __init__(
        self, model: HealthSettings, draft: ProfileDraft, profile_id: uuid.UUID | None,
        verdict: Verdict, parent: QWidget | None = None, *, live_name: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        from app.views.settings.health_test import PreviewPanel, RecordTestPanel

        self.model = model
        self.profile_id = profile_id
        self.verdict = verdict
        self.choices = model.choices()
        self.vocabulary = Vocabulary(
            operators=health_operators, noun="Customers", locale=model.viewer.locale,
            operator_labels=OPERATOR_LABELS, offers_me=False,
        )  # fmt: skip
        self.pages: list[GroupPage] = []
        self.setWindowTitle(self.tr("Health profile"))
        self.resize(980, 620)
        root = QVBoxLayout(self)
        root.setContentsMargins(16, 12, 16, 12)
        root.setSpacing(8)
        self.heading = QLabel(objectName="CardTitle")
        root.addWidget(self.heading)
        self.banner = QLabel(objectName="Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        root.addWidget(self.banner)
        if not verdict:
            self.banner.setText(verdict.user_message)
            self.banner.show()
        elif live_name:
            self.banner.setText(self.tr(
                "You are editing a draft of the live profile “{name}”: customers keep their "
                "scores until you publish it."
            ).format(name=live_name))  # fmt: skip
            self.banner.show()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._scrolled(self._profile_tab()), self.tr("Profile"))
        self.tabs.addTab(self._groups_tab(), self.tr("Groups and rules"))
        self.test_panel = RecordTestPanel(model, self, self)
        self.preview_panel = PreviewPanel(model, self, self)
        self.tabs.addTab(self.test_panel, self.tr("Test a record"))
        self.tabs.addTab(self.preview_panel, self.tr("Preview distribution"))
        root.addWidget(self.tabs, 1)
        self.message = QLabel(objectName="FormError")
        self.message.setWordWrap(True)
        self.message.hide()
        root.addWidget(self.message)
        self.status = QLabel(objectName="Muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.addButton(
            self.tr("Save draft"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("Primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(bool(verdict))
        self.save_button.setToolTip(verdict.user_message or self.tr("Keep this profile as a draft"))
        self.publish_button = buttons.addButton(
            self.tr("Save and publish"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.publish_button.clicked.connect(self.publish)
        self.publish_button.setEnabled(bool(verdict))
        self.publish_button.setToolTip(verdict.user_message or self.tr(
            "Save, then score customers with this profile"
        ))  # fmt: skip
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        root.addLayout(bottom)
        self.load(draft)
        self.kept = self.collect() if profile_id is not None else None  # as last saved
        if not verdict:
            self._read_only()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        scroll = QScrollArea(widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(widget)
        return scroll

    # -- the Profile tab ----------------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_errors: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Profile name"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What this score tells a CSM"))
        self.description.setFixedHeight(64)
        self._row(form, "name", self.tr("Name"), self.name)
        self._row(form, "description", self.tr("Description"), self.description)
        thresholds = QVBoxLayout()
        spins = QHBoxLayout()
        self.at_risk_max = spin(0, TOTAL_POINTS - 2, 39, self.tr("At risk up to"))
        self.neutral_max = spin(1, TOTAL_POINTS - 1, 69, self.tr("Neutral up to"))
        self.healthy_label = QLabel()
        spins.addWidget(QLabel(self.tr("At risk up to")))
        spins.addWidget(self.at_risk_max)
        spins.addSpacing(12)
        spins.addWidget(QLabel(self.tr("Neutral up to")))
        spins.addWidget(self.neutral_max)
        spins.addSpacing(12)
        spins.addWidget(self.healthy_label)
        spins.addStretch(1)
        thresholds.addLayout(spins)
        self.bar = ThresholdBar()
        thresholds.addWidget(self.bar)
        for box in (self.at_risk_max, self.neutral_max):
            box.valueChanged.connect(lambda _v: self._thresholds_changed())
        self._row(form, "thresholds", self.tr("Thresholds"), thresholds)
        self.field_errors["at_risk_max"] = self.field_errors["neutral_max"] = self.field_errors[
            "thresholds"
        ]
        segments = QVBoxLayout()
        hint = QLabel(
            self.tr(
                "Up to {n} saved customer views. A customer in one of them is scored by this "
                "profile; a customer in no profile's segment by the default profile."
            ).format(n=MAX_SEGMENTS),
            objectName="Muted",
        )
        hint.setWordWrap(True)
        segments.addWidget(hint)
        self.segments = QListWidget()
        self.segments.setAccessibleName(self.tr("Segments"))
        for view_id, name in self.choices.views:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, str(view_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.segments.addItem(item)
        if not self.choices.views:
            self.segments.addItem(self.tr("No saved customer views yet: save one on Customers."))
            self.segments.setEnabled(False)
        rows = max(1, self.segments.count())
        self.segments.setFixedHeight(min(150, rows * self.segments.sizeHintForRow(0) + 8))
        self.segments.itemChanged.connect(lambda _i: self._segments_changed())
        segments.addWidget(self.segments)
        self.segments_count = QLabel(objectName="Muted")
        segments.addWidget(self.segments_count)
        self._row(form, "segment_view_ids", self.tr("Segments"), segments)
        self.field_errors["segments"] = self.field_errors["segment_view_ids"]
        return page

    def _row(self, form: QFormLayout, key: str, label: str, field: Any) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        error = error_label()
        box.addWidget(error)
        form.addRow(label, box)
        self.field_errors[key] = error

    def _thresholds_changed(self) -> None:
        low, mid = self.at_risk_max.value(), self.neutral_max.value()
        self.bar.set_thresholds(low, mid)
        self.healthy_label.setText(self.tr("Healthy above {m}").format(m=mid))

    def chosen_segments(self) -> list[uuid.UUID]:
        """The ticked saved views, in the list's order."""
        if not self.choices.views:
            return []
        items = [self.segments.item(i) for i in range(self.segments.count())]
        return [
            uuid.UUID(i.data(ID_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked
        ]

    def _segments_changed(self) -> None:
        n = len(self.chosen_segments())
        self.segments_count.setText(self.tr("%n of {most} chosen", "", n).format(most=MAX_SEGMENTS))
        wrong = f"color: {error_colour(self.palette()).name()};"
        self.segments_count.setStyleSheet(wrong if n > MAX_SEGMENTS else "")

    # -- the Groups tab -----------------------------------------------------------------------
    def _groups_tab(self) -> QWidget:
        page = QWidget()
        body = QHBoxLayout(page)
        body.setContentsMargins(0, 8, 0, 0)
        left = QVBoxLayout()
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setFixedWidth(230)
        self.group_list.setSpacing(3)
        self.group_list.currentRowChanged.connect(self._show_group)
        left.addWidget(self.group_list, 1)
        self.maxima = QLabel()
        self.maxima.setAccessibleName(self.tr("Sum of the groups' maxima"))
        left.addWidget(self.maxima)
        self.maxima_error = error_label()
        self.maxima_error.setFixedWidth(230)
        left.addWidget(self.maxima_error)
        self.field_errors["groups"] = self.maxima_error
        buttons = QHBoxLayout()
        self.add_group_button = QPushButton(self.tr("+ Group"))
        self.add_group_button.clicked.connect(lambda: self.add_group())
        self.remove_group_button = QPushButton(self.tr("Remove"))
        self.remove_group_button.setToolTip(self.tr("Remove the selected group and its rules"))
        self.remove_group_button.clicked.connect(self.remove_group)
        buttons.addWidget(self.add_group_button)
        buttons.addWidget(self.remove_group_button)
        left.addLayout(buttons)
        body.addLayout(left)
        self.stack = QStackedWidget()
        self.empty_group = QLabel(
            self.tr("Add a group: a Fit group scores the customer's properties, an "
                    "Engagement group counts meetings, calls, e-mails and tickets."),
            objectName="Muted",
        )  # fmt: skip
        self.empty_group.setWordWrap(True)
        self.empty_group.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_group)
        self.group_scroll = self._scrolled(self.stack)
        body.addWidget(self.group_scroll, 1)
        return page

    def add_group(self, group: GroupDraft | None = None) -> GroupPage:
        """A group page (a new one: named, with the points left to 100)."""
        if group is None:
            left = TOTAL_POINTS - sum(p.max_points.value() for p in self.pages)
            name = self.tr("Group {n}").format(n=len(self.pages) + 1)
            group = GroupDraft(name, GroupKind.EVENT, max(left, 0), [])
        page = GroupPage(group, self.choices, self.vocabulary)
        page.changed.connect(self._groups_changed)
        self.pages.append(page)
        self.stack.addWidget(page)
        self.group_list.addItem(QListWidgetItem())
        self._groups_changed()
        self.group_list.setCurrentRow(len(self.pages) - 1)
        return page

    def remove_group(self) -> None:
        """Remove the selected group."""
        row = self.group_list.currentRow()
        if not 0 <= row < len(self.pages):
            return
        page = self.pages.pop(row)
        self.stack.removeWidget(page)
        page.deleteLater()
        self.group_list.takeItem(row)
        self._groups_changed()
        self._show_group(self.group_list.currentRow())

    def _show_group(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentWidget(self.pages[row])
        else:
            self.stack.setCurrentWidget(self.empty_group)
        self.remove_group_button.setEnabled(bool(self.verdict) and 0 <= row < len(self.pages))

    def _groups_changed(self) -> None:
        for i, page in enumerate(self.pages):
            item = self.group_list.item(i)
            kind = (
                self.tr("Fit") if page.group_kind() == GroupKind.PROPERTY else self.tr("Engagement")
            )
            item.setText(f"{page.name.text() or self.tr('Group')}\n{kind} · "
                         + self.tr("%n points", "", page.max_points.value()))  # fmt: skip
        total = sum(p.max_points.value() for p in self.pages)
        self.maxima.setText(self.tr("Maxima: {n} of {total}").format(n=total, total=TOTAL_POINTS))
        self.maxima.setStyleSheet(
            "font-weight: 600;"
            + ("" if total == TOTAL_POINTS else f" color: {error_colour(self.palette()).name()};")
        )
        if total == TOTAL_POINTS:
            self.maxima_error.hide()

    # -- loading and collecting ---------------------------------------------------------------
    def load(self, draft: ProfileDraft) -> None:
        """Show a draft in every field."""
        self.heading.setText(draft.name or self.tr("New health profile"))
        self.name.setText(draft.name)
        self.description.setPlainText(draft.description)
        self.at_risk_max.setValue(draft.at_risk_max)
        self.neutral_max.setValue(draft.neutral_max)
        self._thresholds_changed()
        wanted = {str(v) for v in draft.segment_view_ids}
        self.segments.blockSignals(True)
        if self.choices.views:
            for i in range(self.segments.count()):
                item = self.segments.item(i)
                ticked = item.data(ID_ROLE) in wanted
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.segments.blockSignals(False)
        self._segments_changed()
        for group in draft.groups:
            self.add_group(group)
        self.group_list.setCurrentRow(0 if self.pages else -1)
        self._show_group(self.group_list.currentRow())

    def _read_only(self) -> None:
        """PERM-3/HEALTH-6: everything shown, nothing editable (Test and Preview still run)."""
        for widget in (self.name, self.description, self.at_risk_max, self.neutral_max,
                       self.segments, self.add_group_button, self.remove_group_button):  # fmt: skip
            widget.setEnabled(False)
        for page in self.pages:
            for child in page.findChildren(QWidget):
                if isinstance(child, (QLineEdit, QComboBox, QSpinBox, QAbstractItemView,
                                      QPushButton, QToolButton)):  # fmt: skip
                    child.setEnabled(False)

    def clear_errors(self) -> None:
        """Hide every error line."""
        self.message.hide()
        for label in self.field_errors.values():
            label.hide()
        for page in self.pages:
            page.clear_errors()

    def collect(self) -> ProfileDraft | None:
        """The draft as the fields hold it; None (with the error shown at its field) when a
        typed number or date does not read."""
        self.clear_errors()
        try:
            groups = [page.group() for page in self.pages]
        except ValidationError as exc:
            self._go_to_condition_error(exc)
            return None
        return ProfileDraft(
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            at_risk_max=self.at_risk_max.value(),
            neutral_max=self.neutral_max.value(),
            groups=groups,
            segment_view_ids=self.chosen_segments(),
        )

    def _go_to_condition_error(self, exc: ValidationError) -> None:
        for i, page in enumerate(self.pages):
            for card in page.cards:
                if card.kind == GroupKind.PROPERTY and any(
                    row.error.isVisibleTo(card) for row in card.conditions
                ):
                    self.tabs.setCurrentIndex(1)
                    self.group_list.setCurrentRow(i)
                    self.group_scroll.ensureWidgetVisible(card)
                    return
        say(self.message, exc.message)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Check and keep the draft; a refusal shows at its field, nothing is lost."""
        if not self.verdict:
            return False
        draft = self.collect()
        if draft is None:
            return False
        try:
            self.model.check(draft)
            if self.profile_id is None:
                self.profile_id = self.model.create(draft)
            else:
                self.model.save(self.profile_id, draft)
        except ValidationError as exc:
            self.show_error(exc)
            return False
        except DomainError as exc:
            say(self.message, exc.user_message)
            return False
        self.kept = draft
        self.heading.setText(draft.name)
        self.status.setText(self.tr("Draft saved."))
        self.saved.emit(self.profile_id)
        return True

    def publish(self) -> None:
        """Save, then make the draft live (a draft of a live profile replaces its content);
        a refusal stays here, under the tabs."""
        if not self.save():
            return
        assert self.profile_id is not None
        try:
            live_id = self.model.publish(self.profile_id)
        except DomainError as exc:
            say(self.message, exc.user_message)
            return
        self.published.emit(live_id, self.name.text().strip())
        self.accept()

    def has_changes(self) -> bool:
        """The fields differ from the draft as last saved (a new profile: always)."""
        if not self.verdict:
            return False
        return self.kept is None or self.collect() != self.kept

    def reject(self) -> None:
        """Close; with unsaved changes, ask first (Save, Discard or keep editing). A running
        preview is cancelled."""
        if self.has_changes():
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save your changes to this profile as a draft before closing?"),
                buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save,
            )  # fmt: skip
            if answer == buttons.Cancel or (answer == buttons.Save and not self.save()):
                return
        self.preview_panel.cancel()
        super().reject()

    def show_error(self, exc: ValidationError) -> None:
        """Show a refusal where it belongs: a profile field, the maxima, a group's field or
        a rule's part (`DraftError` says which group and rule), and go there."""
        field, message = exc.field, exc.message
        group = getattr(exc, "group", None)
        rule = getattr(exc, "rule", None)
        if group is None and field in self.field_errors and field != "groups":
            self.tabs.setCurrentIndex(0)
            say(self.field_errors[field], message)
            target = {"name": self.name, "at_risk_max": self.at_risk_max,
                      "neutral_max": self.neutral_max}.get(field, self.segments)  # fmt: skip
            target.setFocus()
            return
        if group is None and field in ("groups", "max_points"):
            self.tabs.setCurrentIndex(1)
            say(self.maxima_error, message)
            row = self.group_list.currentRow()
            if 0 <= row < len(self.pages):  # the maximum being edited
                say(self.pages[row].max_error, message)
                self.pages[row].max_points.setFocus()
            return
        if group is None or not 0 <= group < len(self.pages):
            say(self.message, message)
            return
        page = self.pages[group]
        self.tabs.setCurrentIndex(1)
        self.group_list.setCurrentRow(group)
        if rule is not None and 0 <= rule < len(page.cards):
            card = page.cards[rule]
            target = card.label if field == "label" else card.show_error(field, message)
            if field == "label":
                say(card.error, message)
            self.group_scroll.ensureWidgetVisible(card)
            target.setFocus()
            return
        if field == "max_points":
            say(page.max_error, message)
            say(self.maxima_error, message)
            page.max_points.setFocus()
        elif field == "group_name":
            say(page.name_error, message)
            page.name.setFocus()
        else:  # "rules", "kind": the group as a whole
            say(page.rules_error, message)
            page.add_rule_button.setFocus()
