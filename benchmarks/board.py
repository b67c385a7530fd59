"""Kanban board figures on the big demo: GUI-thread time to build the Expansion pipeline's
board to its first paint, and to move one card to another stage, persisted and
repainted; each beside the raw SQL for the same pages, totals and writes."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from pathlib import Path

from benchmarks.customers import interleaved
from benchmarks.qt_floor import BoardFloor, settle
from benchmarks.report import Figure, timed

RUNS = 15  # medians of a shared machine: a busy moment falls on a few runs
MOVES = 16  # even: the card ends in the stage it started in
PIPELINE = "Expansion"


def measure(database: Path) -> list[Figure]:
    """Open the Expansion board; move one card back and forth between two open stages."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.domain.pipelines import tab_pipelines
    from app.domain.viewer import viewer_of
    from app.domain.workspace import signed_in
    from app.models.board import PAGE, Board
    from app.models.record_table import TableCatalog
    from app.store import ViewTab
    from app.store.engine import SYNCHRONOUS, open_database
    from app.views.pipelines.board import BoardWidget

    app = QApplication.instance() or QApplication([])
    db = open_database(database)
    with db.session() as session:
        user = signed_in(session)
        assert user is not None
        viewer = viewer_of(user)
        offered = tab_pipelines(session, viewer, ViewTab.REVENUE).pipelines
    counts: dict[uuid.UUID, int] = {}
    raw = sqlite3.connect(database)
    raw.execute(f"PRAGMA synchronous={SYNCHRONOUS}")  # as the app's connections
    raw.execute("PRAGMA foreign_keys=ON")
    for p in offered:
        counts[p.id] = raw.execute(
            "SELECT count(*) FROM records WHERE pipeline_id = ? AND deleted_at IS NULL",
            (p.id.hex,),
        ).fetchone()[0]
    pipeline = next((p for p in offered if p.name == PIPELINE), None) or max(
        offered, key=lambda p: counts[p.id]
    )
    catalog = TableCatalog.load(db, pipeline.object_type_id)
    widget = BoardWidget()
    widget.resize(1280, 800)
    widget.show()
    app.processEvents()
    boards: list[Board] = []

    def open_board() -> None:
        board = Board(db, viewer, pipeline, catalog=catalog)
        widget.set_board(board)
        settle(app)
        boards.append(board)

    ot, pl = pipeline.object_type_id.hex, pipeline.id.hex
    live = "object_type_id = ? AND deleted_at IS NULL AND pipeline_id = ?"

    def floor_open() -> object:
        for stage in pipeline.stages:
            raw.execute(
                f"SELECT * FROM records WHERE {live} AND stage_id = ?"
                f" ORDER BY renewal_date, id LIMIT {PAGE}",
                (ot, pl, stage.id.hex),
            ).fetchall()
        return raw.execute(
            f"SELECT stage_id, count(*), sum(amount_minor) FROM records WHERE {live}"
            " GROUP BY stage_id",
            (ot, pl),
        ).fetchall()

    open_board()
    bare = BoardFloor(app, widget)
    figures = [
        Figure.painted(
            "board_open",
            *interleaved(open_board, floor_open, bare.open, runs=RUNS),
            f"the {pipeline.name} pipeline ({counts[pipeline.id]:,} records) to first paint;"
            " SQL: the raw first page of every column + the totals; Qt paint: the same"
            " columns of Qt's own widgets, the cards' text in QStandardItemModels",
        )
    ]

    # A card moved between two open stages (no required values), back and forth.
    board = boards[-1]
    first, second = [s for s in pipeline.stages if not s.required][:2]
    record_id = board.column_of(first.id).record_id(0)
    where = {"stage": first.id}

    def move() -> None:
        target = second.id if where["stage"] == first.id else first.id
        board.move([record_id], target, {})
        settle(app)
        where["stage"] = target

    stages = [s.id for s in pipeline.stages]
    bare_move = {"from": stages.index(first.id), "to": stages.index(second.id)}

    def paint_move() -> None:
        bare.move(bare_move["from"], bare_move["to"])

    columns = [row[1] for row in raw.execute("PRAGMA table_info(changes)")]
    history = (
        raw.execute(
            f"SELECT {', '.join(columns)} FROM changes WHERE row_id = ? LIMIT 1", (record_id.hex,)
        ).fetchone()
        or raw.execute(f"SELECT {', '.join(columns)} FROM changes LIMIT 1").fetchone()
    )
    insert = f"INSERT INTO changes ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    at = {"stage": where["stage"]}

    def floor_move() -> None:
        target = second.id if at["stage"] == first.id else first.id
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
        raw.execute(
            "UPDATE records SET stage_id = ?, updated_at = ? WHERE id = ?",
            (target.hex, now, record_id.hex),
        )
        values = dict(zip(columns, history, strict=True))
        values["id"] = uuid.uuid4().hex
        raw.execute(insert, tuple(values[c] for c in columns))
        raw.commit()
        at["stage"] = target

    # The raw writes run after ours, not between them: a writer on another connection
    # would empty our connections' page caches before every move.
    moved, painted = interleaved(move, paint_move, runs=MOVES)
    figures.append(
        Figure.painted(
            "board_stage_move",
            moved,
            timed(floor_move, MOVES),
            painted,
            "one card moved, persisted and repainted; SQL: the raw UPDATE + history INSERT"
            " committed; Qt paint: the two columns' QStandardItemModels reset",
        )
    )
    bare.close()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    db.dispose()
    raw.close()
    return figures
