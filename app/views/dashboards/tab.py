"""The Dashboards tab (DASH-1, DASH-2): the workspace's dashboards the viewer may see, one
at a time, each a grid of report tiles three columns wide — computed off the GUI thread
(each tile's `ReportModel`), added from the gallery with "+ Add report", made wider,
narrower, taller or shorter from the tile's menu, taken off, and dragged onto another tile
to take its place. "Create dashboard" and "Add dashboard" (an existing one) ask who sees
it — "Available to everyone" or "Assign to teams" — and the required "I confirm users will
have view access" tick; they are shown to those who may manage the workspace's settings
(PERM-4), and the domain checks again. A bar or slice of a customer report opens those
customers on the Customers tab, as on the Summary."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import permissions
from app.domain.dashboards import COLUMNS, MAX_HEIGHT, DashboardAccess, DashboardInfo, Tile
from app.domain.errors import DomainError
from app.domain.reports import Group, ReportSpec
from app.domain.viewer import Viewer
from app.models import Database
from app.models.changes import Changes, channel_for
from app.models.dashboards import TABLES, Dashboards
from app.models.i18n import tr
from app.models.reports import ReportModel, gallery_reports
from app.views.common.association_section import UndoBar
from app.views.common.card_drag import DraggableCard
from app.views.common.report_builder import ReportBuilder
from app.views.common.report_chart import ReportChart
from app.views.common.view_dialogs import FormDialog

MIME = "application/x-tend-dashboard-tile"
ROW_HEIGHT = 280  # a tile one row tall, in pixels


class AccessDialog(FormDialog):
    """Create a dashboard, add an existing one, or change who sees one (DASH-1)."""

    def __init__(
        self, title: str, teams: list[tuple[uuid.UUID, str]], parent: QWidget | None = None, *,
        name: bool = False, choices: list[tuple[uuid.UUID, str]] | None = None,
        access: DashboardAccess = DashboardAccess.EVERYONE,
        team_ids: tuple[uuid.UUID, ...] = (),
    ) -> None:  # fmt: skip
        super().__init__(title, parent)
        self.name: QLineEdit | None = None
        self.choice: QComboBox | None = None
        if name:
            self.name = QLineEdit(placeholderText=self.tr("e.g. Renewals this quarter"))
            self.name.setAccessibleName(self.tr("Dashboard name"))
            self.add_field("name", self.tr("Name"), self.name)
        if choices is not None:
            self.choice = QComboBox()
            self.choice.setAccessibleName(self.tr("Dashboard"))
            for board_id, board_name in choices:
                self.choice.addItem(board_name, str(board_id))
            self.add_field("dashboard", self.tr("Dashboard"), self.choice)
        self.everyone = QRadioButton(self.tr("Available to everyone"))
        self.by_team = QRadioButton(self.tr("Assign to teams"))
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.by_team)
        (self.by_team if access == DashboardAccess.TEAMS else self.everyone).setChecked(True)
        self.teams = QListWidget()
        self.teams.setAccessibleName(self.tr("Teams"))
        self.teams.setMaximumHeight(120)
        for team_id, team_name in teams:
            item = QListWidgetItem(team_name)
            item.setData(Qt.ItemDataRole.UserRole, str(team_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if team_id in team_ids else Qt.CheckState.Unchecked
            )
            self.teams.addItem(item)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.everyone)
        column.addWidget(self.by_team)
        column.addWidget(self.teams)
        self.by_team.toggled.connect(self.teams.setEnabled)
        self.teams.setEnabled(self.by_team.isChecked())
        self.add_field("teams", self.tr("Access"), box)
        self.confirm = QCheckBox(self.tr("I confirm users will have view access"))
        self.add_field("confirm", "", self.confirm)
        self.finish_layout()

    @property
    def access(self) -> DashboardAccess:
        return DashboardAccess.TEAMS if self.by_team.isChecked() else DashboardAccess.EVERYONE

    def team_ids(self) -> list[uuid.UUID]:
        items = (self.teams.item(i) for i in range(self.teams.count()))
        return [
            uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def chosen(self) -> uuid.UUID | None:
        if self.choice is None or self.choice.currentIndex() < 0:
            return None
        return uuid.UUID(self.choice.currentData())


class TileCard(DraggableCard):
    """One report of the grid: its name, its chart, a menu to resize or remove it; dragged
    by its head onto another tile to take its place."""

    recordsOpened = Signal(object, str)
    resizeAsked = Signal(object, int, int)  # tile id, width, height
    removeAsked = Signal(object)  # tile id

    def __init__(self, db: Database, viewer: Viewer, tile: Tile, arranges: bool) -> None:
        super().__init__(objectName="Card")
        self.drag_mime = MIME
        self.tile = tile
        self.arranges = arranges
        self.setAccessibleName(tile.name)
        body = QVBoxLayout(self)
        body.setContentsMargins(16, 12, 16, 12)
        body.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel(tile.name, objectName="CardTitle")
        head.addWidget(self.title, 1)
        self.menu_button = QToolButton(text="⋯", objectName="RowMenu")
        self.menu_button.setAccessibleName(self.tr("Arrange {name}").format(name=tile.name))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.menu_button)
        w, h = tile.width, tile.height
        for label, size, allowed in (
            (self.tr("Wider"), (w + 1, h), w < COLUMNS),
            (self.tr("Narrower"), (w - 1, h), w > 1),
            (self.tr("Taller"), (w, h + 1), h < MAX_HEIGHT),
            (self.tr("Shorter"), (w, h - 1), h > 1),
        ):
            action = menu.addAction(label)
            action.setEnabled(allowed)
            action.triggered.connect(
                lambda _=False, s=size: self.resizeAsked.emit(self.tile.id, *s)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Remove from the dashboard"),
                       lambda: self.removeAsked.emit(self.tile.id))  # fmt: skip
        self.menu_button.setMenu(menu)
        self.menu_button.setVisible(arranges)
        head.addWidget(self.menu_button)
        body.addLayout(head)
        if arranges:
            self.title.setToolTip(self.tr("Drag to move this report"))
            self.title.setCursor(Qt.CursorShape.OpenHandCursor)
        self.chart = ReportChart()
        self.chart.setMinimumHeight(160)
        body.addWidget(self.chart, 1)
        self.problem = QLabel(objectName="Muted")
        self.problem.setWordWrap(True)
        self.problem.hide()
        body.addWidget(self.problem)
        self.setFixedHeight(ROW_HEIGHT * tile.height - 16)  # its rows (a plot asks for more)
        self.model = ReportModel(db, viewer, tile.spec, self)
        self.model.resultChanged.connect(
            lambda result: self.chart.set_result(result, self.model.value_text())
        )
        self.model.failed.connect(self._failed)
        self.chart.groupClicked.connect(self._open)
        self.model.refresh()

    def _failed(self, reason: str) -> None:
        self.chart.hide()
        self.problem.setText(self.tr("This report cannot be shown: {why}").format(why=reason))
        self.problem.show()

    def _open(self, group: Group) -> None:
        if self.model.records_tab is None:
            return  # no tab lists these records
        what = f"{self.tile.name}: {self.chart.label_of(group)}"
        self.recordsOpened.emit(self.model.records_of(group), what)

    # -- dragged by its head -----------------------------------------------------------
    def drag_payload(self) -> uuid.UUID:
        return self.tile.id

    def may_take(self, at: QPoint) -> bool:
        return self.arranges and at.y() < self.title.geometry().bottom() + 6


class DashboardGrid(QWidget):
    """The tiles on a grid of COLUMNS columns; a tile dropped on another takes its place."""

    moved = Signal(object, int)  # tile id, its new place in the order

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        for c in range(COLUMNS):
            self.grid.setColumnStretch(c, 1)
        self.cards: list[TileCard] = []

    def set_cards(self, cards: list[TileCard]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()  # gone at once, deleted when the loop next runs
                item.widget().deleteLater()
        self.cards = cards
        for card in cards:
            tile = card.tile
            self.grid.addWidget(card, tile.row, tile.col, tile.height, tile.width)
        rows = max((c.tile.row + c.tile.height for c in cards), default=0)
        for r in range(rows):
            self.grid.setRowMinimumHeight(r, ROW_HEIGHT - 16)

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            return
        moved = uuid.UUID(hex=bytes(event.mimeData().data(MIME).data()).decode())
        event.acceptProposedAction()
        point = event.position().toPoint()
        target = next((i for i, c in enumerate(self.cards) if c.geometry().contains(point)), None)
        self.moved.emit(moved, len(self.cards) - 1 if target is None else target)


class DashboardsTab(QWidget):
    """The viewer's dashboards of their workspace."""

    recordsOpened = Signal(object, str)  # a customer report's bar: those customers

    def __init__(self, db: Database, viewer: Viewer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.viewer = db, viewer
        self.boards = Dashboards(db, viewer)
        self.dialog: AccessDialog | None = None
        self.builder: ReportBuilder | None = None
        self.shown: list[DashboardInfo] = []
        self.current: DashboardInfo | None = None
        self.manages = bool(permissions.can_manage_settings(viewer))
        self.arranges = bool(permissions.can_edit_records(viewer))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        head = QHBoxLayout()
        title = QLabel(self.tr("Dashboards"), objectName="Greeting")
        head.addWidget(title)
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Dashboard"))
        self.chooser.setMinimumWidth(220)
        self.chooser.activated.connect(lambda _i: self._choose())
        head.addWidget(self.chooser)
        self.access_note = QLabel(objectName="Muted")
        head.addWidget(self.access_note)
        head.addStretch(1)
        self.add_report_button = QToolButton(text=self.tr("+ Add report") + "  ▾",
                                             objectName="PillMenu")  # fmt: skip
        self.add_report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.report_menu = QMenu(self.add_report_button)
        self.report_menu.aboutToShow.connect(self._fill_reports)
        self.add_report_button.setMenu(self.report_menu)
        head.addWidget(self.add_report_button)
        self.board_button = QToolButton(text="⋯", objectName="PillMenu")
        self.board_button.setAccessibleName(self.tr("Dashboard actions"))
        self.board_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        board_menu = QMenu(self.board_button)
        board_menu.addAction(self.tr("Who sees it…"), self.edit_access)
        board_menu.addAction(self.tr("Remove from this tab"), self.remove_current)
        self.board_button.setMenu(board_menu)
        head.addWidget(self.board_button)
        self.create_button = QPushButton(self.tr("Create dashboard"), objectName="Primary")
        self.create_button.clicked.connect(self.create_dashboard)
        self.add_button = QPushButton(self.tr("Add dashboard"))
        self.add_button.clicked.connect(self.add_dashboard)
        head.addWidget(self.add_button)
        head.addWidget(self.create_button)
        for button in (self.create_button, self.add_button, self.board_button):
            button.setVisible(self.manages)
        layout.addLayout(head)
        self.bar = UndoBar(self)
        layout.addWidget(self.bar)
        self.empty = QLabel(objectName="Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self.scroll_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.grid = DashboardGrid()
        self.grid.moved.connect(self.move_tile)
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.grid)
        column.addStretch(1)
        self.scroll_area.setWidget(page)
        layout.addWidget(self.scroll_area, 1)
        channel_for(db).changed.connect(self._changed)
        self.reload()

    # -- which dashboard -------------------------------------------------------------
    def reload(self, keep: uuid.UUID | None = None) -> None:
        """The dashboards the viewer sees, the current one (or `keep`) shown again."""
        wanted = keep or (self.current.id if self.current else None)
        try:
            self.shown = self.boards.shown()
        except DomainError as exc:
            self.shown = []
            self.bar.say(exc.user_message)
        self.chooser.clear()
        for board in self.shown:
            self.chooser.addItem(board.name, str(board.id))
        index = next((i for i, b in enumerate(self.shown) if b.id == wanted), 0)
        self.chooser.setCurrentIndex(index if self.shown else -1)
        self._choose()

    def _choose(self) -> None:
        index = self.chooser.currentIndex()
        self.current = self.shown[index] if 0 <= index < len(self.shown) else None
        has = self.current is not None
        self.chooser.setVisible(has)
        self.add_report_button.setVisible(has and self.arranges)
        self.board_button.setVisible(has and self.manages)
        if self.current is None:
            self.access_note.setText("")
            self.empty.setText(
                self.tr("No dashboards yet. Create one, then add reports to it.")
                if self.manages else
                self.tr("No dashboard is shared with you yet. An admin can create one.")
            )  # fmt: skip
            self.empty.show()
            self.grid.set_cards([])
            return
        if self.current.access == DashboardAccess.EVERYONE:
            self.access_note.setText(self.tr("Available to everyone"))
        else:
            names = dict(self._teams())
            self.access_note.setText(self.tr("Assigned to {teams}").format(
                teams=", ".join(names.get(t, "?") for t in self.current.team_ids)))  # fmt: skip
        self.show_tiles()

    def show_tiles(self) -> None:
        """The current dashboard's tiles, each computing itself off the GUI thread."""
        if self.current is None:
            return
        try:
            tiles = self.boards.tiles(self.current.id)
        except DomainError as exc:
            self.bar.say(exc.user_message)
            tiles = []
        cards = []
        for tile in tiles:
            card = TileCard(self.db, self.viewer, tile, self.arranges)
            card.recordsOpened.connect(self.recordsOpened)
            card.resizeAsked.connect(self.resize_tile)
            card.removeAsked.connect(self.remove_tile)
            cards.append(card)
        self.grid.set_cards(cards)
        self.empty.setText(
            self.tr("This dashboard has no reports yet: add one with “+ Add report”.")
        )
        self.empty.setVisible(not cards)

    def _changed(self, changes: Changes) -> None:
        if changes.origin is not self and changes.touches(*TABLES):
            self.reload()

    # -- DASH-1 ----------------------------------------------------------------------
    def _teams(self) -> list[tuple[uuid.UUID, str]]:
        return self.boards.teams()

    def create_dashboard(self) -> AccessDialog:
        dialog = self.dialog = AccessDialog(self.tr("Create dashboard"), self._teams(), self,
                                            name=True)  # fmt: skip
        made: list[uuid.UUID] = []

        def submit() -> None:
            assert dialog.name is not None
            confirmed = dialog.confirm.isChecked()
            made.append(self.boards.create(dialog.name.text(), dialog.access,
                                           dialog.team_ids(), confirmed, self))  # fmt: skip

        dialog.submit = submit
        dialog.accepted.connect(lambda: self.reload(made[-1] if made else None))
        dialog.open()
        return dialog

    def add_dashboard(self) -> AccessDialog | None:
        try:
            choices = self.boards.to_add()
        except DomainError as exc:
            self.bar.say(exc.user_message)
            return None
        if not choices:
            self.bar.say(self.tr("Every dashboard is on this tab already: create a new one."))
            return None
        dialog = self.dialog = AccessDialog(self.tr("Add dashboard"), self._teams(), self,
                                            choices=choices)  # fmt: skip

        def submit() -> None:
            chosen = dialog.chosen()
            assert chosen is not None
            self.boards.add(chosen, dialog.access, dialog.team_ids(), dialog.confirm.isChecked(),
                            self)  # fmt: skip

        dialog.submit = submit
        dialog.accepted.connect(lambda: self.reload(dialog.chosen()))
        dialog.open()
        return dialog

    def edit_access(self) -> AccessDialog | None:
        board = self.current
        if board is None:
            return None
        dialog = self.dialog = AccessDialog(
            self.tr("Who sees “{name}”").format(name=board.name), self._teams(), self,
            access=board.access, team_ids=board.team_ids,
        )  # fmt: skip
        dialog.submit = lambda: self.boards.set_access(
            board.placement_id, dialog.access, dialog.team_ids(), dialog.confirm.isChecked(), self
        )
        dialog.accepted.connect(lambda: self.reload(board.id))
        dialog.open()
        return dialog

    def remove_current(self) -> None:
        board = self.current
        if board is None:
            return
        try:
            self.boards.remove(board.placement_id, self)
        except DomainError as exc:
            self.bar.say(exc.user_message)
            return
        self.current = None
        self.reload()
        self.bar.say(self.tr("“{name}” is off this tab; “Add dashboard” puts it back.")
                     .format(name=board.name))  # fmt: skip

    # -- DASH-2 ----------------------------------------------------------------------
    def _fill_reports(self) -> None:
        self.report_menu.clear()
        shown = {card.tile.name for card in self.grid.cards}
        for name, spec in gallery_reports(self.db):
            action = self.report_menu.addAction(tr(name))
            action.setEnabled(name not in shown)
            action.triggered.connect(lambda _=False, n=name, s=spec: self.add_report(n, s))
        self.report_menu.addSeparator()
        self.report_menu.addAction(self.tr("New report…"), self.build_report)

    def build_report(self) -> None:
        """ "New report…": the builder, which puts what it makes on this dashboard."""
        if self.current is None:
            return
        board = self.current.id

        def keep(name: str, spec: ReportSpec) -> None:
            self.boards.add_report(board, name, spec, self)  # a refusal stays in the builder
            self.show_tiles()

        self.builder = ReportBuilder(self.db, self.viewer, keep, self.window())
        self.builder.open()

    def _act(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except DomainError as exc:
            self.bar.say(exc.user_message)
            return False
        self.show_tiles()
        return True

    def add_report(self, name: str, spec: object) -> None:
        if self.current is not None:
            board = self.current.id
            self._act(lambda: self.boards.add_report(board, name, spec, self))  # type: ignore[arg-type]

    def remove_tile(self, tile_id: uuid.UUID) -> None:
        self._act(lambda: self.boards.remove_tile(tile_id, self))

    def resize_tile(self, tile_id: uuid.UUID, width: int, height: int) -> None:
        self._act(lambda: self.boards.resize(tile_id, width, height, self))

    def move_tile(self, tile_id: uuid.UUID, place: int) -> None:
        self._act(lambda: self.boards.arrange(tile_id, place, self))
