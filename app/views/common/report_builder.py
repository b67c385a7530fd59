"""The report builder (issue 15 item 1): "New report…" under "+ Add report" on the Summary
and on a dashboard. The CSM picks what the report reads (an object, or the tasks), what it
adds up (a count, or the sum, average, lowest or highest of a number), how it is grouped
(a choice, owner, stage, checkbox, or a date by week, month or quarter), the chart (a
stacked bar asks for its second grouping) and its filters; the chart beside the form is
computed off the GUI thread as they choose, and a report that cannot be computed says why
at the field it concerns. "Add report" hands the name and spec to the caller's `keep`
(which pins it or puts it on the dashboard); a refusal keeps the dialog open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.i18n import QT_TR_NOOP
from app.domain.reports import STAGE, ChartKind, Measure, Period, ReportSpec
from app.domain.task_filters import task_operators_for
from app.domain.viewer import Viewer
from app.models import Database
from app.models.i18n import tr
from app.models.report_builder import (
    Choice,
    ReportObject,
    builder_catalog,
    check_filters,
    check_report,
)
from app.models.reports import ReportModel
from app.models.task_table import OPTION_LABELS
from app.views.common.filter_bar import FilterBar
from app.views.common.filter_editor import Vocabulary
from app.views.common.report_chart import ReportChart
from app.views.common.view_dialogs import FormDialog

MEASURES = (
    (Measure.COUNT, QT_TR_NOOP("Count")),
    (Measure.SUM, QT_TR_NOOP("Sum")),
    (Measure.AVERAGE, QT_TR_NOOP("Average")),
    (Measure.MIN, QT_TR_NOOP("Lowest")),
    (Measure.MAX, QT_TR_NOOP("Highest")),
)
PERIODS = (
    (Period.WEEK, QT_TR_NOOP("By week")),
    (Period.MONTH, QT_TR_NOOP("By month")),
    (Period.QUARTER, QT_TR_NOOP("By quarter")),
)
CHARTS = (
    (ChartKind.BAR, QT_TR_NOOP("Bar")),
    (ChartKind.STACKED_BAR, QT_TR_NOOP("Stacked bar")),
    (ChartKind.LINE, QT_TR_NOOP("Line")),
    (ChartKind.PIE, QT_TR_NOOP("Donut")),
    (ChartKind.TABLE, QT_TR_NOOP("Table")),
    (ChartKind.NUMBER, QT_TR_NOOP("Single number")),
)
PREVIEW_DELAY_MS = 200  # a run of choices computes once


class ReportBuilder(FormDialog):
    """Build a report and see it drawn before it is kept."""

    def __init__(
        self, db: Database, viewer: Viewer, keep: Callable[[str, ReportSpec], None],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("New report"), parent)
        self.db, self.viewer, self.keep = db, viewer, keep
        self.setMinimumWidth(960)  # fits a 1024-pixel screen
        catalog = builder_catalog(db)
        self.objects, self.users = catalog.objects, catalog.users
        self._named_by_hand = False
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Report name"))
        self.name.textEdited.connect(lambda _t: setattr(self, "_named_by_hand", True))
        self.add_field("name", self.tr("Name"), self.name)
        self.object = self._combo(self.tr("Report on"))
        for obj in self.objects:
            self.object.addItem(tr(obj.label))
        self.add_field("object", self.tr("Report on"), self.object)
        self.measure = self._combo(self.tr("Measure"))
        for measure, label in MEASURES:
            self.measure.addItem(tr(label), measure.value)
        self.measure_of = self._combo(self.tr("Property to add up"))
        self.add_field("measure_key", self.tr("Measure"), self._pair(self.measure, self.measure_of))
        self.group = self._combo(self.tr("Group by"))
        self.period = self._combo(self.tr("Period"))
        for period, label in PERIODS:
            self.period.addItem(tr(label), period.value)
        self.period.setCurrentIndex(1)  # by month
        self.add_field("group_key", self.tr("Group by"), self._pair(self.group, self.period))
        self.chart_kind = self._combo(self.tr("Chart"))
        for kind, label in CHARTS:
            self.chart_kind.addItem(tr(label), kind.value)
        self.stack = self._combo(self.tr("Stack by"))
        self.stack_label = QLabel(self.tr("stacked by"), objectName="Muted")
        pair = self._pair(self.chart_kind, self.stack_label, self.stack)
        self.add_field("stack_key", self.tr("Chart"), pair)
        self.filters_slot = QVBoxLayout()
        self.filters_slot.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        holder.setLayout(self.filters_slot)
        self.add_field("filters", self.tr("Filters"), holder)
        self.filter_bar: FilterBar | None = None
        # The form on the left, the chart as it will look on the right.
        self.layout_.removeItem(self.form)
        row = QHBoxLayout()
        row.setSpacing(20)
        form_box = QWidget()
        form_box.setLayout(self.form)
        form_box.setMinimumWidth(420)
        row.addWidget(form_box, 4)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Preview"), objectName="CardTitle"))
        self.chart = ReportChart()
        self.chart.setMinimumSize(340, 260)
        side.addWidget(self.chart, 1)
        self.problem = QLabel(objectName="FieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        side.addWidget(self.problem)
        row.addLayout(side, 5)
        self.layout_.insertLayout(0, row, 1)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Add report"))
        self.submit = self._keep
        self.model: ReportModel | None = None
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._preview)
        self.object.currentIndexChanged.connect(self._object_chosen)
        for combo in (self.measure, self.measure_of, self.group, self.period, self.stack):
            combo.currentIndexChanged.connect(self._changed)
        self.chart_kind.currentIndexChanged.connect(self._changed)
        self._object_chosen(0)

    # -- the form -------------------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        return combo

    def _pair(self, *widgets: QWidget) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            line.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        return box

    @property
    def chosen_object(self) -> ReportObject:
        return self.objects[max(0, self.object.currentIndex())]

    def _object_chosen(self, _index: int) -> None:
        """Another object: its measures, groupings, stacks and filters."""
        obj = self.chosen_object
        for combo in (self.measure_of, self.group, self.stack):
            combo.blockSignals(True)
            combo.clear()
        for choice in obj.measures:
            self.measure_of.addItem(choice.label, choice.key)
        self.group.addItem(self.tr("Nothing (a single figure)"), "")
        for choice in obj.groupings:
            self.group.addItem(self._label(choice), choice.key)
        if self.group.count() > 1:
            self.group.setCurrentIndex(1)
        self._fill_stacks()
        for combo in (self.measure_of, self.group, self.stack):
            combo.blockSignals(False)
        vocabulary = (
            Vocabulary(task_operators_for, OPTION_LABELS, "Tasks", self.viewer.locale)
            if obj.tasks else Vocabulary(locale=self.viewer.locale)
        )  # fmt: skip
        if self.filter_bar is not None:
            self.filter_bar.hide()
            self.filter_bar.deleteLater()
        self.filter_bar = FilterBar(
            obj.props, self.users, None,
            lambda groups: check_filters(self.db, self.viewer, obj.id, groups), self,
            vocabulary,
        )  # fmt: skip
        self.filter_bar.changed.connect(self._changed)
        self.filters_slot.addWidget(self.filter_bar)
        self._changed()

    def _label(self, choice: Choice) -> str:
        return self.tr("Stage") if choice.key == STAGE else choice.label

    def _fill_stacks(self) -> None:
        """The second groupings: every stack but the grouping itself."""
        chosen = self.stack.currentData()
        self.stack.blockSignals(True)
        self.stack.clear()
        for choice in self.chosen_object.stacks:
            if choice.key != self.group.currentData():
                self.stack.addItem(self._label(choice), choice.key)
        found = self.stack.findData(chosen)
        self.stack.setCurrentIndex(max(0, found))
        self.stack.blockSignals(False)

    def _group_choice(self) -> Choice | None:
        key = self.group.currentData()
        return next((c for c in self.chosen_object.groupings if c.key == key), None)

    def _changed(self) -> None:
        """Show only what applies, name the report if the CSM has not, draw it again."""
        counting = self.measure.currentData() == Measure.COUNT.value
        self.measure_of.setVisible(not counting)
        self.measure_of.setEnabled(self.measure_of.count() > 0)
        if self.stack.count() and self.stack.currentData() == self.group.currentData():
            self._fill_stacks()
        grouping = self._group_choice()
        self.period.setVisible(grouping is not None and grouping.dated)
        stacked = self.chart_kind.currentData() == ChartKind.STACKED_BAR.value
        if stacked:
            self._fill_stacks()
        self.stack.setVisible(stacked)
        self.stack_label.setVisible(stacked)
        if not self._named_by_hand:
            self.name.setText(self.suggested_name())
        self._timer.start()

    def suggested_name(self) -> str:
        """ "Deals by Stage", "Sum of ARR by CSM owner", "Average NPS"..."""
        obj = tr(self.chosen_object.label)
        measure = self.measure.currentData()
        what = obj
        if measure != Measure.COUNT.value and self.measure_of.count():
            what = self.tr("{measure} of {property}").format(
                measure=self.measure.currentText(), property=self.measure_of.currentText()
            )
        grouping = self._group_choice()
        if grouping is None:
            return what
        name = self.tr("{what} by {group}").format(what=what, group=self._label(grouping))
        if self.stack.isVisibleTo(self) and self.stack.count():
            name = self.tr("{name} and {stack}").format(name=name, stack=self.stack.currentText())
        return name

    def spec(self) -> ReportSpec:
        """The report as chosen now."""
        measure = Measure(self.measure.currentData())
        grouping = self._group_choice()
        kind = ChartKind(self.chart_kind.currentData())
        stacked = kind == ChartKind.STACKED_BAR
        return ReportSpec(
            self.chosen_object.id,
            self.filter_bar.filters() if self.filter_bar is not None else (),
            measure,
            self.measure_of.currentData() if measure != Measure.COUNT else None,
            grouping.key if grouping is not None else None,
            Period(self.period.currentData()) if grouping is not None and grouping.dated else None,
            kind if grouping is not None else ChartKind.NUMBER,
            self.stack.currentData() if stacked and self.stack.count() else None,
        )

    # -- the preview and keeping it -------------------------------------------------------
    def _preview(self) -> None:
        spec = self.spec()
        if self.model is None:
            self.model = ReportModel(self.db, self.viewer, spec, self)
            self.model.resultChanged.connect(self._drawn)
            self.model.failed.connect(self._failed)
        self.model.spec = spec
        self.model.refresh()

    def _drawn(self, result: object) -> None:
        assert self.model is not None
        self.problem.hide()
        self.chart.show()
        self.chart.set_result(result, self.model.value_text())  # type: ignore[arg-type]
        self.save_button.setEnabled(True)

    def _failed(self, reason: str) -> None:
        self.chart.hide()
        self.problem.setText(reason)
        self.problem.show()
        self.save_button.setEnabled(False)

    def _keep(self) -> None:
        spec = self.spec()
        check_report(self.db, self.name.text(), spec)
        self.keep(self.name.text().strip(), spec)
