"""The profile editor's side tabs (HEALTH-2, HEALTH-4), both on the editor's current,
unsaved draft: **Test a record** — pick a customer and see each group's points after its
cap out of its maximum, each rule matched or not (or what it counted) and the points it
gave, "no input (weight spread)" where the customer lacks a rule's input, and the total
with its status; **Preview distribution** — every customer scored off the GUI thread
(progress and Cancel), as a histogram over the three bands, the count and share of each
band, the average, and how many customers would change category."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, Protocol

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.domain.enums import HealthCategory
from app.domain.errors import DomainError, ValidationError
from app.domain.health.editing import GroupDraft, ProfileDraft
from app.domain.health.preview import Distribution
from app.domain.health.profiles import DAYS_SINCE, OPEN_TICKETS, RENEWAL
from app.domain.health.scoring import CustomerScore, GroupResult, RuleResult
from app.models.health_settings import HealthSettings
from app.models.i18n import tr
from app.models.latest import LatestRead
from app.views.common.background import Progress, run_off_gui_thread
from app.views.common.charts import HistogramChart
from app.views.common.health_pill import StatusPill
from app.views.common.record_finder import RecordFinder

CATEGORY_LABELS = {
    HealthCategory.AT_RISK: "At risk",
    HealthCategory.NEUTRAL: "Neutral",
    HealthCategory.HEALTHY: "Healthy",
}


class Editor(Protocol):
    """What the side tabs need of the profile editor."""

    def collect(self) -> ProfileDraft | None: ...
    def show_error(self, exc: ValidationError) -> None: ...


def status_pill(pill: StatusPill, category: HealthCategory | None) -> None:
    """Show `category` on `pill` (hidden for none), as the health card and tables do."""
    if category is None:
        pill.hide()
        return
    pill.set_status(category.value)
    pill.show()


def points_text(locale: QLocale, points: Fraction | int) -> str:
    """Points as whole numbers where they are, else with one decimal."""
    value = Fraction(points)
    if value.denominator == 1:
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


class RecordTestPanel(QWidget):
    """Test a record: a customer finder and the draft's breakdown of its score (read off
    the GUI thread, the latest pick winning)."""

    def __init__(self, model: HealthSettings, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.editor = editor
        self.qlocale = QLocale(model.viewer.locale.replace("-", "_"))
        self.record_id: uuid.UUID | None = None
        self.result: CustomerScore | None = None
        self.tested = 0  # results shown (a test waits for the next)
        self.reader = LatestRead(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        split = QSplitter()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        intro = QLabel(
            self.tr("Pick a customer to see how this draft, as it is now, scores it."),
            objectName="Muted",
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.finder = RecordFinder(
            model.find_customers, self.tr("Type a customer's name or domain"),
            self.tr("Find a customer to test"),
        )  # fmt: skip
        self.finder.picked.connect(self._picked)
        column.addWidget(self.finder, 1)
        self.test_button = QPushButton(self.tr("Test again"))
        self.test_button.setToolTip(self.tr("Score the customer with the draft as edited now"))
        self.test_button.setEnabled(False)
        self.test_button.clicked.connect(self.run)
        column.addWidget(self.test_button)
        split.addWidget(left)
        right = QWidget()
        result = QVBoxLayout(right)
        result.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.customer = QLabel(objectName="CardTitle")
        self.score = QLabel()
        self.score.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.score.setAccessibleName(self.tr("Score"))
        self.pill = StatusPill()
        self.pill.hide()
        head.addWidget(self.customer, 1)
        head.addWidget(self.score)
        head.addWidget(self.pill)
        result.addLayout(head)
        self.note = QLabel(objectName="Muted")
        self.note.setWordWrap(True)
        result.addWidget(self.note)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Score breakdown"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        self.tree.setHeaderLabels(
            [self.tr("Group / rule"), self.tr("Result"), self.tr("Points"), self.tr("Max")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        result.addWidget(self.tree, 1)
        split.addWidget(right)
        split.setSizes([280, 640])
        split.setChildrenCollapsible(False)
        layout.addWidget(split)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        result.addWidget(self.error)
        self._clear()

    def _picked(self, record_id: uuid.UUID | None) -> None:
        self.record_id = record_id
        self.test_button.setEnabled(record_id is not None)
        if record_id is not None:
            self.run()

    def _clear(self) -> None:
        self.tree.clear()
        self.customer.setText(self.tr("No customer picked"))
        self.score.setText("")
        self.pill.hide()
        self.note.setText("")

    def run(self) -> None:
        """Score the picked customer with the editor's current draft."""
        self.error.hide()
        if self.record_id is None:
            return
        draft = self.editor.collect()
        if draft is None:
            return
        record_id, name = self.record_id, self.finder.current_name()

        def read() -> CustomerScore | DomainError | None:
            try:
                return self.model.test_record(draft, record_id)
            except DomainError as exc:  # shown here, on the GUI thread
                return exc

        def show(result: CustomerScore | DomainError | None) -> None:
            self.tested += 1
            if isinstance(result, DomainError):
                self.note.setText("")
            if isinstance(result, ValidationError):
                self.editor.show_error(result)
            elif isinstance(result, DomainError):
                self.error.setText(result.user_message)
                self.error.show()
            else:
                self.result = result
                self.show_result(name, result, draft)

        self.note.setText(self.tr("Scoring {name}…").format(name=name))
        self.reader.run(read, show)  # off the GUI thread: a profile's SQL over a big book

    def show_result(self, name: str, result: CustomerScore | None, draft: ProfileDraft) -> None:
        """The breakdown of one customer's score."""
        self._clear()
        self.customer.setText(name)
        if result is None:
            self.score.setText("—")
            self.note.setText(self.tr(
                "This customer has no input for any group, so this profile gives it no score."
            ))  # fmt: skip
            return
        self.score.setText(self.qlocale.toString(result.score))
        status_pill(self.pill, result.category)
        self.note.setText(self.tr(
            "Score = the groups' points (each capped at its maximum, never below 0) out of the "
            "maxima of the groups with input, scaled to 100."
        ))  # fmt: skip
        for group, drafted in zip(result.groups, draft.groups, strict=False):
            self.tree.addTopLevelItem(self._group_item(group, drafted))
        self.tree.expandAll()

    def _group_item(self, group: GroupResult, drafted: GroupDraft) -> QTreeWidgetItem:
        if not group.has_input:
            outcome = self.tr("no input (weight spread)")
        elif group.raw > group.max_points:
            outcome = self.tr("capped at its maximum (raw {n})").format(
                n=points_text(self.qlocale, group.raw)
            )
        elif group.raw < 0:
            outcome = self.tr("floored at 0 (raw {n})").format(
                n=points_text(self.qlocale, group.raw)
            )
        else:
            outcome = ""
        item = QTreeWidgetItem([
            group.name, outcome, points_text(self.qlocale, group.points),
            self.tr("of {n}").format(n=group.max_points),
        ])  # fmt: skip
        font = item.font(0)
        font.setBold(True)
        for col in range(4):
            item.setFont(col, font)
        for col in (2, 3):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for rule, rule_draft in zip(group.rules, drafted.rules, strict=False):
            outcome = self._rule_outcome(rule, rule_draft.config)
            child = QTreeWidgetItem([rule.label, outcome, self._rule_points(rule), ""])
            child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.addChild(child)
        return item

    def _rule_outcome(self, rule: RuleResult, config: Mapping[str, Any]) -> str:
        if not rule.has_input:
            return self.tr("no input (weight spread)")
        if rule.matched is not None:
            return self.tr("✓ matched") if rule.matched else self.tr("✗ not matched")
        if rule.count is None:
            return ""
        n = self.qlocale.toString(rule.count)
        event = config.get("event")
        if event == RENEWAL:
            return self.tr("✓ renews in the window") if rule.count else self.tr(
                "✗ no renewal in the window")  # fmt: skip
        one = rule.count == 1
        words = {
            "meetings": self.tr("1 meeting") if one else self.tr("{n} meetings"),
            "calls": self.tr("1 call") if one else self.tr("{n} calls"),
            "emails": self.tr("1 e-mail") if one else self.tr("{n} e-mails"),
            OPEN_TICKETS: self.tr("1 open ticket") if one else self.tr("{n} open tickets"),
            DAYS_SINCE: self.tr("1 day ago") if one else self.tr("{n} days ago"),
        }
        return words.get(str(event), self.tr("{n} counted")).format(n=n)

    def _rule_points(self, rule: RuleResult) -> str:
        if not rule.has_input:
            return "—"
        return f"{rule.points:+d}" if rule.points else "0"


class PreviewPanel(QWidget):
    """Preview distribution: the draft scored over every customer, off the GUI thread."""

    def __init__(self, model: HealthSettings, editor: Editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.editor = editor
        self.qlocale = QLocale(model.viewer.locale.replace("-", "_"))
        self.distribution: Distribution | None = None
        self.progress: Progress | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        intro = QLabel(
            self.tr("Before publishing, see how this draft would score every customer."),
            objectName="Muted",
        )
        intro.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Run preview"))
        self.run_button.setObjectName("Primary")
        self.run_button.clicked.connect(self.start)
        top.addWidget(intro, 1)
        top.addWidget(self.run_button)
        layout.addLayout(top)
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self.tr("Scoring customers…"), objectName="Muted")
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()
        layout.addWidget(self.progress_row)
        body = QHBoxLayout()
        self.chart = HistogramChart()
        self.chart.setAccessibleName(self.tr("Distribution of scores"))
        self.chart.setMinimumHeight(200)
        body.addWidget(self.chart, 1)
        side = QFrame(objectName="Card")
        side.setFixedWidth(250)
        grid = QGridLayout(side)
        grid.setContentsMargins(14, 12, 14, 12)
        grid.setVerticalSpacing(8)
        self.band_labels: dict[HealthCategory, tuple[QLabel, QLabel]] = {}
        for i, category in enumerate(CATEGORY_LABELS):
            pill = StatusPill()
            status_pill(pill, category)
            count = QLabel("—")
            count.setAccessibleName(tr(CATEGORY_LABELS[category]))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(pill, i, 0)
            grid.addWidget(count, i, 1)
            self.band_labels[category] = (pill, count)
        self.average = QLabel()
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.unscored = QLabel(objectName="Muted")
        self.unscored.setWordWrap(True)
        grid.addWidget(self.average, 3, 0, 1, 2)
        grid.addWidget(self.changes, 4, 0, 1, 2)
        grid.addWidget(self.unscored, 5, 0, 1, 2)
        grid.setRowStretch(6, 1)
        body.addWidget(side)
        layout.addLayout(body, 1)
        self.message = QLabel(objectName="Muted")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.message.setText(self.tr("Run the preview to see the distribution."))

    @property
    def running(self) -> bool:
        """A preview is being computed."""
        return self.progress is not None

    def cancel(self) -> None:
        """Stop the running preview."""
        if self.progress is not None:
            self.progress.cancel()

    def start(self) -> None:
        """Check the draft here, then score every customer off the GUI thread."""
        self.error.hide()
        draft = self.editor.collect()
        if draft is None or self.running:
            return
        try:
            self.model.check(draft)
        except ValidationError as exc:
            self.editor.show_error(exc)
            return
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.run(draft)

    @asyncSlot(object)
    async def run(self, draft: ProfileDraft) -> None:
        """The preview of `draft`, with progress and Cancel."""
        progress = self.progress = Progress(self)
        progress.changed.connect(lambda _p, f: self.progress_bar.setValue(round(f * 100)))
        self.progress_bar.setValue(0)
        self.progress_row.show()
        self.run_button.setEnabled(False)
        self.message.setText("")
        try:
            result = await run_off_gui_thread(
                self.model.preview, draft, progress.report, progress.cancelled
            )
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            result = None
        finally:
            cancelled = progress.cancelled()
            self.progress = None
            progress.deleteLater()
            self.progress_row.hide()
            self.run_button.setEnabled(True)
        if cancelled or result is None:
            if cancelled:
                self.message.setText(self.tr("Preview cancelled."))
            return
        self.show_distribution(result, draft)

    def show_distribution(self, result: Distribution, draft: ProfileDraft) -> None:
        """The histogram, each band's count and share, the average and the changes."""
        self.distribution = result
        self.chart.set_counts(list(result.histogram), draft.at_risk_max, draft.neutral_max)
        scored = sum(result.by_category.values())
        for category, (_pill, count) in self.band_labels.items():
            n = result.by_category.get(category, 0)
            share = 100 * n / scored if scored else 0
            shown = "<1" if 0 < share < 0.5 else self.qlocale.toString(share, "f", 0)
            count.setText(f"{self.qlocale.toString(n)}  ({shown}%)")
        if result.average is None:
            self.average.setText(self.tr("No customer has a score under this draft."))
        else:
            self.average.setText(
                self.tr("Average score {n}").format(n=self.qlocale.toString(result.average, "f", 1))
            )
        changes = (
            self.tr("1 customer would change category")
            if result.changes == 1
            else self.tr("{n} customers would change category")
        )
        self.changes.setText(changes.format(n=self.qlocale.toString(result.changes)))
        self.unscored.setText(
            self.tr("{n} of {total} customers have no input for any group (no score).").format(
                n=self.qlocale.toString(result.unscored), total=self.qlocale.toString(result.total)
            )
            if result.unscored
            else self.tr("All {total} customers get a score.").format(
                total=self.qlocale.toString(result.total)
            )
        )
        self.message.setText(self.tr("Scores are not stored until the profile is published."))
