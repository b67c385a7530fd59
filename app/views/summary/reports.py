"""The Summary's reports (SUM-7, issue 15 item 2): up to five report cards, each a chart kept
fresh by its `ReportModel`, with "+ Add report" (the gallery's ready reports) and a way
to remove one. A click on a bar, point or slice opens those records on the tab that lists
them (`recordsOpened`: customers on Customers, deals on Revenue, tasks on Actions...)."""

from __future__ import annotations

import uuid
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.errors import DomainError
from app.domain.reports import MAX_PINNED, Group, ReportSpec
from app.domain.viewer import Viewer
from app.models import Database
from app.models.i18n import tr
from app.models.latest import LatestRead
from app.models.reports import (
    ReportModel,
    add_report,
    customer_object_id,
    gallery_reports,
    pinned_reports,
    remove_report,
)

if TYPE_CHECKING:  # pyqtgraph: imported when a chart is first drawn, not at start
    from app.views.common.report_builder import ReportBuilder
    from app.views.common.report_chart import ReportChart

CHART_HEIGHT = 220
CARD_HEIGHT = CHART_HEIGHT + 64  # the title row and the card's margins


class ReportCard(QFrame):
    """One pinned report: its name, its chart, and ✕ to take it off the Summary."""

    recordsOpened = Signal(object, str)  # the RecordQuery of a group, what it is
    removeAsked = Signal(object)  # the report id

    def __init__(
        self, model: ReportModel, report_id: uuid.UUID, name: str, removable: bool = True,
    ) -> None:  # fmt: skip
        """`model`: the report's, already computing (see ReportsSection.reload)."""
        super().__init__(objectName="Card")
        self.report_id, self.name = report_id, name
        self.setAccessibleName(name)
        body = QVBoxLayout(self)
        body.setContentsMargins(16, 14, 16, 14)
        body.setSpacing(8)
        head = QHBoxLayout()
        self.title = QLabel(name, objectName="CardTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.remove = QToolButton(text="✕")
        self.remove.setToolTip(self.tr("Remove from the Summary"))
        self.remove.setAccessibleName(self.tr("Remove {name} from the Summary").format(name=name))
        self.remove.clicked.connect(lambda: self.removeAsked.emit(self.report_id))
        self.remove.setVisible(removable)
        head.addWidget(self.remove)
        body.addLayout(head)
        # The chart (a pyqtgraph plot, costly to make) is made when the card is first
        # painted: cards below the fold cost the Summary's first frame nothing.
        self.chart_box = QWidget()
        self.chart_box.setMinimumHeight(CHART_HEIGHT)
        self.chart_box.setMaximumHeight(CHART_HEIGHT + 60)  # a row of cards, not a wall
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.chart_box)
        self._chart: ReportChart | None = None
        self.problem = QLabel(objectName="Muted")
        self.problem.setWordWrap(True)
        self.problem.hide()
        body.addWidget(self.problem)
        self.model = model
        model.setParent(self)
        model.resultChanged.connect(self._show)
        model.failed.connect(self._failed)
        if model.error:  # computed before the card was made
            self._failed(model.error)

    @property
    def chart(self) -> ReportChart:
        """The card's chart, made (with the result so far) the first time it is needed."""
        if self._chart is None:
            from app.views.common.report_chart import ReportChart

            self._chart = ReportChart()
            layout = self.chart_box.layout()
            assert layout is not None
            layout.addWidget(self._chart)
            self._chart.groupClicked.connect(self._open)
            if self.model.result is not None:
                self._chart.set_result(self.model.result, self.model.value_text())
        return self._chart

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._chart is None:
            QTimer.singleShot(0, self, self._make_chart)  # not while painting

    def _make_chart(self) -> None:
        self.chart.show()

    def _show(self, result: object) -> None:
        self.problem.hide()
        self.chart_box.show()
        if self._chart is not None:
            self._chart.set_result(result, self.model.value_text())  # type: ignore[arg-type]

    def _failed(self, reason: str) -> None:
        self.chart_box.hide()
        self.problem.setText(self.tr("This report cannot be shown: {why}").format(why=reason))
        self.problem.show()

    def _open(self, group: Group) -> None:
        if self.model.records_tab is None:
            return  # no tab lists these records
        what = f"{self.name}: {self.chart.label_of(group)}"
        self.recordsOpened.emit(self.model.records_of(group), what)


class ReportsSection(QWidget):
    """The heading, "+ Add report" and the cards, in as many columns as the Summary has."""

    recordsOpened = Signal(object, str)

    def __init__(
        self, db: Database, viewer: Viewer, parent: QWidget | None = None, *,
        read_only: bool = False,
    ) -> None:  # fmt: skip
        """`read_only`: another user's reports, seen as them (SUM-1): no adding or removing."""
        super().__init__(parent)
        self.db, self.viewer, self.read_only = db, viewer, read_only
        # Each report's model computes from the start; its card is made when the section
        # first comes into view (below the fold, the Summary's first frame makes none).
        self.models: dict[uuid.UUID, ReportModel] = {}
        self._names: dict[uuid.UUID, str] = {}
        self._cards: dict[uuid.UUID, ReportCard] = {}
        self.columns = 3
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Reports"), objectName="CardTitle"))
        head.addStretch(1)
        self.add_button = QToolButton(text=self.tr("+ Add report") + "  ▾", objectName="PillMenu")
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.add_button)
        self.menu.aboutToShow.connect(self._fill_menu)  # the gallery read when it opens
        self.add_button.setMenu(self.menu)
        self.add_button.setVisible(not read_only)
        head.addWidget(self.add_button)
        column.addLayout(head)
        self.error = QLabel(objectName="FormError")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        self.empty = QLabel(
            self.tr("No reports pinned.") if read_only else
            self.tr("Pin up to five reports here: customers by health, ARR by CSM, renewals…"),
            objectName="Muted",
        )  # fmt: skip
        column.addWidget(self.empty)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        column.addLayout(self.grid)
        self.room = QWidget()  # the cards' height, kept until they are made
        column.addWidget(self.room)
        self.order: list[uuid.UUID] = []  # `reload` reads them (the Summary's refresh)
        self._read = LatestRead(self)
        self.builder: ReportBuilder | None = None

    @property
    def pending(self) -> bool:
        """The pinned reports are being read (`reload_soon`)."""
        return self._read.pending

    def reload_soon(self) -> None:
        """`reload`, the pinned reports read off the GUI thread (the Summary's first frame
        does not wait for what is below the fold)."""
        self._read.run(lambda: pinned_reports(self.db, self.viewer), self._show_pinned)

    def reload(self) -> None:
        """The viewer's pinned reports: new ones get a card, removed ones lose theirs (a
        card kept keeps its chart; its model refreshes itself)."""
        self._read.supersede()
        self._show_pinned(pinned_reports(self.db, self.viewer))

    def _show_pinned(self, shown: list[tuple[uuid.UUID, str, ReportSpec]]) -> None:
        ids = [report_id for report_id, _name, _spec in shown]
        for report_id in [r for r in self.models if r not in ids]:
            model, card = self.models.pop(report_id), self._cards.pop(report_id, None)
            del self._names[report_id]
            if card is not None:
                card.hide()  # gone at once; its model goes with it
            (card or model).deleteLater()
        for report_id, name, spec in shown:
            if report_id not in self.models:
                model = ReportModel(self.db, self.viewer, spec, self)
                model.refresh()
                self.models[report_id] = model
                self._names[report_id] = name
        self.order = ids
        verdict = permissions.can_add_reports(self.viewer)
        full = len(ids) >= MAX_PINNED
        self.add_button.setEnabled(bool(verdict) and not full)
        self.add_button.setToolTip(
            verdict.user_message if not verdict
            else self.tr("The Summary shows up to five reports: remove one first.") if full
            else self.tr("Pin a ready report to your Summary")
        )  # fmt: skip
        self.empty.setVisible(not ids)
        self.set_columns(self.columns)

    @cached_property
    def customers(self) -> uuid.UUID | None:
        """The workspace's customer object (what a view-as drill-down lists), read when
        first asked for."""
        return customer_object_id(self.db)

    @property
    def cards(self) -> dict[uuid.UUID, ReportCard]:
        """The report cards, made now if the section has not come into view yet (and the
        pinned reports read now if their read is under way)."""
        if self.pending:
            self.reload()
        self._make_cards()
        return self._cards

    def _make_cards(self) -> None:
        for report_id, model in self.models.items():
            if report_id not in self._cards:
                card = ReportCard(model, report_id, self._names[report_id], not self.read_only)
                card.recordsOpened.connect(self.recordsOpened)
                card.removeAsked.connect(self.remove)
                self._cards[report_id] = card
        self.set_columns(self.columns)

    def paintEvent(self, event: QPaintEvent) -> None:
        """In view: the reports without a card get theirs (all of them the first time, a
        report added since then its own)."""
        super().paintEvent(event)
        if len(self._cards) < len(self.models):
            QTimer.singleShot(0, self, self._make_cards)  # not while painting

    def _fill_menu(self) -> None:
        """The gallery's reports, one already on the Summary greyed."""
        self.menu.clear()
        shown = set(self._names.values())
        for name, spec in gallery_reports(self.db):
            action = self.menu.addAction(tr(name))
            action.setEnabled(name not in shown)
            action.triggered.connect(lambda _=False, n=name, s=spec: self.add(n, s))
        self.menu.addSeparator()
        self.menu.addAction(self.tr("New report…"), self.build)

    def build(self) -> None:
        """ "New report…": the builder, which pins what it makes."""
        from app.views.common.report_builder import ReportBuilder

        self.builder = ReportBuilder(self.db, self.viewer, self._keep, self.window())
        self.builder.open()

    def _keep(self, name: str, spec: ReportSpec) -> None:
        add_report(self.db, self.viewer, name, spec)  # a refusal stays in the builder
        self.error.hide()
        self.reload()

    def set_columns(self, columns: int) -> None:
        """Lay the cards out in `columns` columns, in their order."""
        self.columns = columns
        while self.grid.count():
            self.grid.takeAt(0)
        made = [self._cards[r] for r in self.order if r in self._cards]
        for i, card in enumerate(made):
            self.grid.addWidget(card, i // columns, i % columns)
        for c in range(3):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
        waiting = len(self.order) - len(made)  # their room, so the page scrolls as far
        rows = -(-waiting // columns)
        self.room.setFixedHeight(rows * (CARD_HEIGHT + self.grid.spacing()))
        self.room.setVisible(bool(rows))

    def add(self, name: str, spec: ReportSpec) -> None:
        self.error.hide()
        try:
            add_report(self.db, self.viewer, name, spec)
        except DomainError as exc:
            self.error.setText(exc.user_message)
            self.error.show()
            return
        self.reload()

    def remove(self, report_id: uuid.UUID) -> None:
        remove_report(self.db, self.viewer, report_id)
        self.reload()
