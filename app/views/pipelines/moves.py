"""Stage moves on a pipeline tab (SRV-5, REV-5, OBJ-3): a drop or "Move to stage…" asks
for the stage's missing required values, moves through the board model, and puts the
move on the tab's undo stack (Ctrl+Z moves the cards back, values included)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu

from app.domain.errors import DomainError
from app.domain.pipelines import PipelineInfo, StageMove
from app.models.board import Board
from app.models.record_table import RecordTableModel
from app.views.common.message_bar import MessageBar
from app.views.pipelines.board import BoardWidget
from app.views.pipelines.stage_dialog import StageValuesDialog


class StageMoveCommand(QUndoCommand):
    """A stage move on the undo stack. It has happened when pushed; undo moves the cards
    back (values included), redo moves them again with the same values."""

    def __init__(
        self,
        tab: StageMoving,
        board: Board,
        moves: list[StageMove],
        values: dict[str, Any],
        text: str,
    ) -> None:
        super().__init__(text)
        self.tab = tab
        self.board = board
        self.moves = moves
        self.values = values
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushing the command must not move the cards a second time
            return
        ids, stage_id = [m.record_id for m in self.moves], self.moves[0].to_stage_id
        moves = self.tab.guarded(lambda: self.board.move(ids, stage_id, self.values))
        self.moves = moves or self.moves
        self._done = True

    def undo(self) -> None:
        self.tab.guarded(lambda: self.board.undo(self.moves))
        self._done = False


class StageMoving:
    """A mixin for the pipeline tab: its `board`, `board_view`, `pipeline`, `messages`,
    `undo_stack` and `table_model` are what moves work on."""

    board: Board | None
    board_view: BoardWidget
    pipeline: PipelineInfo | None
    messages: MessageBar
    undo_stack: QUndoStack
    table_model: RecordTableModel | None
    dialog: StageValuesDialog | None

    def guarded(self, action: Any) -> Any:
        """Run a model action; a domain refusal is shown in the message bar."""
        try:
            return action()
        except DomainError as exc:
            self.messages.show_message(exc.user_message)
            return None

    def request_move(self: Any, record_ids: list[uuid.UUID], stage_id: uuid.UUID) -> None:
        """A drop or a "Move to stage…" choice: ask for required values, then move."""
        assert self.board is not None and self.pipeline is not None
        board, stage = self.board, self.pipeline.stage(stage_id)
        missing = self.guarded(lambda: board.missing_for(record_ids, stage_id))
        if missing is None:
            return
        if not missing:
            self.guarded(lambda: self._move(board, record_ids, stage_id, {}))
            return
        self.dialog = StageValuesDialog(
            stage.name,
            missing,
            board.formatter,
            lambda values: self._move(board, record_ids, stage_id, values),
            self,
        )
        self.dialog.open()

    def _move(
        self: Any,
        board: Board,
        record_ids: list[uuid.UUID],
        stage_id: uuid.UUID,
        values: dict[str, Any],
    ) -> None:
        moves = board.move(record_ids, stage_id, values)  # a refusal raises: nothing moved
        if not moves:
            return
        stage = board.pipeline.stage(stage_id)
        text = self.tr("Move to {stage}").format(stage=stage.name)
        self.undo_stack.push(StageMoveCommand(self, board, moves, values, text))
        if self.table_model is not None:
            self.table_model.reload()

    def choose_stage(self: Any, at: QPoint | None = None) -> None:
        """The keyboard way to move: a menu of the pipeline's other stages."""
        if self.board is None or self.pipeline is None:
            return
        ids, column = self.board_view.selection()
        if not ids or column is None:
            self.messages.show_message(self.tr("Select a card to move first."))
            return
        menu = QMenu(self)
        for stage in self.pipeline.stages:
            if stage.id == column.model.stage.id:
                continue
            action = menu.addAction(stage.name)
            action.triggered.connect(lambda _=False, s=stage.id: self.request_move(ids, s))
        if at is None:
            rect = column.cards.visualRect(column.cards.currentIndex())
            at = column.cards.viewport().mapToGlobal(rect.center())
        self.stage_menu = menu
        menu.popup(at)
