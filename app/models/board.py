"""The kanban board of a pipeline (SRV-4, SRV-5, REV-4, REV-5): one lazy list model per
stage, and a Board that owns them, the column figures and the stage moves.

Each column reads its cards a page at a time as it scrolls (keyset pages of
`record_query`), and the counts and amount totals come from one GROUP BY. Dragging cards
carries their record ids in a MIME type of our own; a drop on another column asks the
board for the move (`moveRequested`), and the tab decides (the stage may require values
first). The board performs moves through the domain and the columns follow (napari's
pattern: the model adapts to the domain's change, it does not decide it).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.domain import card_order, pipelines, record_query
from app.domain.errors import DomainError
from app.domain.filters import FilterContext
from app.domain.pipelines import PipelineInfo, StageInfo, StageMove, StageTotal
from app.domain.properties import PropertyInfo
from app.domain.viewer import Viewer
from app.models.changes import write
from app.models.formatting import ValueFormatter
from app.models.record_table import RECORD_ID_ROLE, TableCatalog, append_page, viewer_context
from app.store.engine import Database

Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-tend-record-ids"
PAGE = 50  # a column shows about eight cards; the next page comes as it scrolls


@dataclass(frozen=True)
class Card:
    """What a card shows, formatted for the viewer."""

    record_id: uuid.UUID
    name: str
    amount: str
    owner: str
    initials: str
    date: str
    overdue: bool


def initials(name: str) -> str:
    """'Ada Admin' → 'AA'; one word gives its first letter."""
    parts = [p for p in name.split() if p]
    return "".join(p[0] for p in parts[:2]).upper()


def encode_ids(ids: list[uuid.UUID]) -> QMimeData:
    """Record ids as our own MIME type, with their text as a plain-text fallback."""
    data = QMimeData()
    text = "\n".join(str(i) for i in ids)
    data.setData(MIME_TYPE, QByteArray(text.encode()))
    data.setText(text)
    return data


def decode_ids(data: QMimeData) -> list[uuid.UUID]:
    """The record ids a drag carries ([] when it is not ours or is malformed)."""
    if not data.hasFormat(MIME_TYPE):
        return []
    try:
        text = bytes(data.data(MIME_TYPE).data()).decode()
        return [uuid.UUID(line) for line in text.splitlines() if line.strip()]
    except ValueError:
        return []


class StageCardsModel(QAbstractListModel):
    """The cards of one stage, a page at a time."""

    def __init__(self, board: Board, stage: StageInfo) -> None:
        super().__init__(board)
        self.board = board
        self.stage = stage
        self._rows: list[tuple[Any, ...]] = []
        self._cards: dict[int, Card] = {}
        self._cards_day: dt.date | None = None  # the day the cards' "overdue" was read
        self._cursor: record_query.Cursor | None = None
        self._changing = False
        self._arranged: tuple[uuid.UUID, ...] = ()  # the viewer's hand-made order on top

    @property
    def query(self) -> record_query.RecordQuery:
        """This column's records: the board's query within this stage."""
        return replace(self.board.query, stage_id=self.stage.id, skip_ids=self._arranged)

    def reload(self) -> None:
        """Read the cards the viewer arranged, then the first page of the others."""
        self._arranged = tuple(self.board.arranged(self.stage.id))
        rows: list[tuple[Any, ...]] = []
        if self._arranged:
            only = replace(self.query, only_ids=self._arranged, skip_ids=())
            found, _ = self.board.fetch(only, None, limit=len(self._arranged))
            by_id = {self.board.form.record_id(r): r for r in found}
            rows = [by_id[i] for i in self._arranged if i in by_id]
        page, cursor = self.board.fetch(self.query, None)
        rows.extend(page)
        # A move re-reads two columns whose other cards are unchanged: keep their text
        # (the same stored values on the same day format the same) rather than format
        # every visible card again.
        today = self.board.today()
        formatted = (
            {self._rows[r]: card for r, card in self._cards.items()}
            if today == self._cards_day
            else {}
        )
        cards = {r: formatted[row] for r, row in enumerate(rows) if row in formatted}
        self._changing = True
        self.beginResetModel()
        self._rows, self._cursor, self._cards, self._cards_day = rows, cursor, cards, today
        self.endResetModel()
        self._changing = False

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None and not self._changing

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            append_page(self, *self.board.fetch(self.query, self._cursor))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def card(self, row: int) -> Card:
        """The card on `row`, formatted the first time it is asked for."""
        card = self._cards.get(row)
        if card is None:
            card = self.board.card(self._rows[row])
            self._cards[row] = card
        return card

    def record_id(self, row: int) -> uuid.UUID:
        """The record on `row`."""
        return self.board.form.record_id(self._rows[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.card(index.row()).name
        if role == Qt.ItemDataRole.AccessibleTextRole or role == Qt.ItemDataRole.ToolTipRole:
            card = self.card(index.row())
            return ", ".join(x for x in (card.name, card.amount, card.owner, card.date) if x)
        if role == RECORD_ID_ROLE:
            return str(self.record_id(index.row()))
        return None

    # -- drag and drop ----------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.record_id(r) for r in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return bool(decode_ids(data)) and action in (
            Qt.DropAction.MoveAction, Qt.DropAction.CopyAction
        )  # fmt: skip

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """A drop from another column asks the board to move the cards here; a drop within
        the column arranges them where they fell. Either happens after the drag has ended,
        so a dialog asking for required values is not opened inside the drag's own loop."""
        ids = decode_ids(data)
        if not ids or action == Qt.DropAction.IgnoreAction:
            return False
        arriving = [i for i in ids if not self.holds(i)]
        if arriving:
            stage_id = self.stage.id
            QTimer.singleShot(
                0, self.board, lambda: self.board.moveRequested.emit(arriving, stage_id)
            )
            return True
        at = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        QTimer.singleShot(0, self.board, lambda: self.arrange(ids, at))
        return True

    def arrange(self, ids: list[uuid.UUID], at: int) -> None:
        """Put cards of this column at row `at`, as the viewer's own order (it never
        touches the records); the cards above them keep their places in that order."""
        order = [self.record_id(r) for r in range(len(self._rows))]
        at = min(max(at, 0), len(order))
        moving = [i for i in order if i in ids]
        rest = [i for i in order if i not in ids]
        at -= sum(1 for i in order[:at] if i in ids)
        arranged = rest[:at] + moving + rest[at:]
        keep = max(len(self._arranged), at + len(moving))
        if self.board.arrange(self.stage.id, arranged[:keep]):
            self.reload()

    def holds(self, record_id: uuid.UUID) -> bool:
        """Whether a loaded card of this column is that record."""
        return any(self.board.form.record_id(r) == record_id for r in self._rows)


class Board(QObject):
    """A pipeline's board: its columns, their figures, and the stage moves."""

    totalsChanged = Signal()
    moveRequested = Signal(list, object)  # record ids, stage id
    refused = Signal(str)  # a domain refusal the tab shows in its message bar

    def __init__(
        self,
        db: Database,
        viewer: Viewer,
        pipeline: PipelineInfo,
        query: record_query.RecordQuery | None = None,
        catalog: TableCatalog | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.viewer = viewer
        self.pipeline = pipeline
        catalog = catalog or TableCatalog.load(db, pipeline.object_type_id)
        self.props = catalog.props
        self.formatter = ValueFormatter(viewer.locale, viewer.time_zone, catalog.user_names)
        by_column = {p.column: p for p in self.props.values() if p.column}
        self.name_prop = self.props["name"]
        self.amount_prop: PropertyInfo | None = by_column.get("amount_minor")
        self.owner_prop: PropertyInfo | None = by_column.get("owner_id")
        self.date_prop: PropertyInfo | None = by_column.get("renewal_date")
        shown = [p for p in (self.amount_prop, self.owner_prop, self.date_prop) if p]
        self.form = record_query.StorageForm([self.name_prop, *shown])
        base = query or record_query.RecordQuery(pipeline.object_type_id)
        sort = self.date_prop.key if self.date_prop else "name"
        self.query = replace(base, pipeline_id=pipeline.id, sort_key=sort, descending=False)
        self.columns = [StageCardsModel(self, stage) for stage in pipeline.stages]
        self.totals: dict[uuid.UUID, StageTotal] = {}
        self._arranged: dict[uuid.UUID, list[uuid.UUID]] = {}  # card orders by stage
        self.reload()

    # -- reading ----------------------------------------------------------------------------
    def context(self) -> FilterContext:
        """Who is asking and when (filters such as "me" and "in the last N days")."""
        return viewer_context(self.viewer)

    def fetch(
        self,
        query: record_query.RecordQuery,
        after: record_query.Cursor | None,
        limit: int = PAGE,
    ) -> tuple[list[tuple[Any, ...]], record_query.Cursor | None]:
        """One page of a column, in storage form."""
        with self.db.session() as session:
            return record_query.page_rows(
                session, query, self.props, self.context(), self.form, after=after, limit=limit
            )

    def arranged(self, stage_id: uuid.UUID) -> list[uuid.UUID]:
        """The viewer's hand-made order of a column's first cards, read once per full
        reload: only this board arranges its pipeline's columns, so a move's re-read of
        two columns need not read their orders again."""
        order = self._arranged.get(stage_id)
        if order is None:
            with self.db.session() as session:
                order = card_order.arranged(session, self.viewer.id, stage_id)
            self._arranged[stage_id] = order
        return list(order)

    def arrange(self, stage_id: uuid.UUID, ordered: list[uuid.UUID]) -> bool:
        """Keep the viewer's order of a column; a refusal is reported through `refused`."""
        if self.db.read_only:  # issue 11 item 2
            self.refused.emit(self.db.read_only)
            return False
        try:
            with self.db.write_session() as session:
                card_order.arrange(session, self.viewer, stage_id, ordered)
        except DomainError as exc:
            self.refused.emit(exc.user_message)
            return False
        self._arranged[stage_id] = list(ordered)
        return True

    def set_query(self, query: record_query.RecordQuery) -> None:
        """Show the pipeline's records through other filters or a search."""
        self.query = replace(query, pipeline_id=self.pipeline.id, sort_key=self.query.sort_key)
        self.reload()

    def reload(self, stage_ids: set[uuid.UUID] | None = None, recount: bool = True) -> None:
        """Read the figures and the columns (only `stage_ids`' when given) again."""
        if stage_ids is None:
            self._arranged.clear()
        if recount:
            with self.db.session() as session:
                self.totals = pipelines.stage_totals(
                    session, self.query, self.props, self.context()
                )
        for column in self.columns:
            if stage_ids is None or column.stage.id in stage_ids:
                column.reload()
        self.totalsChanged.emit()

    def total(self, stage_id: uuid.UUID) -> StageTotal:
        """A column's count and amount total."""
        return self.totals.get(stage_id, StageTotal())

    def column_of(self, stage_id: uuid.UUID) -> StageCardsModel:
        """The column model of a stage."""
        return next(c for c in self.columns if c.stage.id == stage_id)

    def card(self, row: tuple[Any, ...]) -> Card:
        """A card's text from a row in storage form."""
        values = self.form.values(row)
        name, rest = values[0], iter(values[1:])
        amount = next(rest) if self.amount_prop else None
        owner = next(rest) if self.owner_prop else None
        date = next(rest) if self.date_prop else None
        owner_name = self.formatter.user_names.get(owner, "") if owner else ""
        today = self.today()
        return Card(
            self.form.record_id(row),
            name or "",
            self.formatter.format(self.amount_prop, amount) if self.amount_prop else "",
            owner_name,
            initials(owner_name),
            self.formatter.format(self.date_prop, date) if self.date_prop else "",
            bool(date and date < today),
        )

    def today(self) -> dt.date:
        """Today in the viewer's zone (a card's date before it is overdue)."""
        return dt.datetime.now(self.formatter.zone).date()

    def amount_text(self, minor: int) -> str:
        """A column's total as money."""
        currency = self.amount_prop.currency if self.amount_prop else None
        return self.formatter.money(minor, currency)

    # -- moving -----------------------------------------------------------------------------
    def missing_for(self, record_ids: list[uuid.UUID], stage_id: uuid.UUID) -> list[PropertyInfo]:
        """The stage's required properties any of the records lacks (OBJ-3)."""
        out: dict[str, PropertyInfo] = {}
        with self.db.session() as session:
            for record_id in record_ids:
                for prop in pipelines.missing_for_stage(session, record_id, stage_id):
                    out.setdefault(prop.key, prop)
        return list(out.values())

    def move(
        self,
        record_ids: list[uuid.UUID],
        stage_id: uuid.UUID,
        values: dict[str, Any] | None = None,
    ) -> list[StageMove]:
        """Move records into a stage in one transaction; the domain's refusal is raised and
        nothing changes. The columns the cards left and entered are read again."""
        moves = write(self.db, lambda session: pipelines.move_to_stage(
            session, self.viewer, record_ids, stage_id, values, locale=self.viewer.locale,
        ), self)  # fmt: skip
        # The cards were on this board, so they still match its query: adjust the two
        # columns' figures instead of counting the whole pipeline again.
        for move in moves:
            self._add(move.from_stage_id, -1, -move.amount_before)
            self._add(move.to_stage_id, 1, move.amount_after)
        self._refresh_after(moves, recount=False)
        return moves

    def _add(self, stage_id: uuid.UUID | None, count: int, amount: int) -> None:
        if stage_id is not None:
            now = self.total(stage_id)
            total = StageTotal(now.count + count, now.amount_minor + amount)
            if total.count:
                self.totals[stage_id] = total
            else:  # as a recount gives it: an empty stage has no row
                self.totals.pop(stage_id, None)

    def undo(self, moves: list[StageMove]) -> None:
        """Put the moved records back (the undo is itself in the history)."""
        write(self.db, lambda session: pipelines.undo_moves(
            session, self.viewer, moves
        ), self)  # fmt: skip
        self._refresh_after(moves)

    def _refresh_after(self, moves: list[StageMove], recount: bool = True) -> None:
        touched = {m.to_stage_id for m in moves} | {m.from_stage_id for m in moves}
        self.reload({s for s in touched if s is not None}, recount=recount)
