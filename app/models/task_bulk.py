"""The Qt side's access to bulk actions on tasks (ACT-3): it opens the sessions and runs
the domain's batches, so the Actions tab never does. `run` and `undo` are called from a
worker thread; each batch is its own transaction."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from app.domain import task_bulk, task_undo
from app.domain.errors import PermissionDenied
from app.domain.history import Touched
from app.domain.task_query import TaskQuery
from app.domain.viewer import Viewer
from app.domain.workspace import active_users
from app.domain.zones import zone_of
from app.models.changes import channel_for
from app.store.engine import Database


@dataclass(frozen=True)
class Selection:
    """The ticked tasks: either these ids, or every task a query matches."""

    query: TaskQuery
    ids: frozenset[uuid.UUID] = frozenset()
    all_matching: bool = False
    # when the list was read: "Due today" at 23:58 still means that day's tasks at 00:01
    at: dt.datetime | None = None


@dataclass(frozen=True)
class DoneAction:
    """A finished bulk action, kept so it can be undone."""

    action: task_bulk.BulkAction
    result: task_bulk.BulkResult
    ids: tuple[uuid.UUID, ...] = ()  # the tasks it was run on


class TaskBulkActions:
    """Bulk actions over the Actions tab's ticked tasks, and undo of the last one."""

    def __init__(self, db: Database, viewer: Viewer) -> None:
        self.db = db
        self.viewer = viewer
        self.zone = zone_of(viewer)
        self.last: DoneAction | None = None

    def users(self) -> list[tuple[uuid.UUID, str]]:
        """Everyone tasks can be assigned to, by name."""
        with self.db.session() as session:
            return [(u.id, u.name) for u in active_users(session)]

    def check(self, action: task_bulk.BulkAction) -> None:
        """Refuse a bad action before any batch runs (ValidationError names the field)."""
        if self.db.read_only:  # issue 11 item 2
            raise PermissionDenied(self.db.read_only_message)
        with self.db.session() as session:
            task_bulk.check_action(session, self.viewer, action, self.zone, self.viewer.locale)

    def ids(self, selection: Selection) -> list[uuid.UUID]:
        """The ticked tasks' ids; for "all N", every task the query matched when the list
        was read."""
        if not selection.all_matching:
            return sorted(selection.ids)
        with self.db.session() as session:
            at = selection.at or dt.datetime.now(dt.UTC)
            return task_bulk.matching_ids(session, selection.query, at, self.zone)

    def run(
        self,
        selection: Selection,
        action: task_bulk.BulkAction,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> task_bulk.BulkResult:
        """Apply `action` to the selection, batch by batch (in a worker thread)."""
        ids = self.ids(selection)
        try:
            result = task_bulk.run_bulk(
                self.db, self.viewer, ids, action, self.zone,
                progress=progress, cancelled=cancelled, locale=self.viewer.locale,
            )  # fmt: skip
        finally:  # batches committed before a cancel or a failure changed tasks too
            self._report(ids)
        self.last = DoneAction(action, result, tuple(ids)) if result.batch_ids else None
        return result

    def _report(self, ids: list[uuid.UUID]) -> None:
        """One change report for the whole run (each batch is its own transaction): the
        open tabs read the tasks again once, not once per batch."""
        if ids:
            channel_for(self.db).report(Touched(frozenset({"tasks"}), frozenset(ids)), self)

    def undo(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> task_bulk.BulkResult:
        """Undo the last bulk action (in a worker thread); it can be undone only once."""
        last, self.last = self.last, None
        if last is None:
            return task_bulk.BulkResult(0, 0, (), False)
        try:
            return task_undo.undo_bulk(
                self.db, self.viewer, last.result.batch_ids, progress=progress,
                cancelled=cancelled,
            )  # fmt: skip
        finally:
            self._report(list(last.ids))
