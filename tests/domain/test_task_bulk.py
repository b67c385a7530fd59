"""Bulk actions on tasks (ACT-3): every task a view matches, batches of one transaction
each with exact history, progress and cancel, undo of the last action, who may act;
the main flow on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select, update

from app.domain import task_bulk as tb
from app.domain import task_query as tq
from app.domain import task_undo as tu
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.workspace import SetupChoice, setup_empty_workspace
from app.store import (
    Change,
    ChangeOp,
    ChangeSource,
    Task,
    TaskPriority,
    TaskStatus,
    TaskType,
    User,
    new_id,
)
from app.store.engine import Database, open_database
from tests.conftest import throwaway_pg_database
from tests.support import viewer_in

WARSAW = ZoneInfo("Europe/Warsaw")
NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=WARSAW)
LONG_AGO = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
COMPLETE = tb.BulkAction(tb.BulkKind.COMPLETE)


@dataclass
class Env:
    db: Database
    admin: uuid.UUID  # super admin with a seat: may change any task
    csm: uuid.UUID  # the viewer: a seat, no settings rights
    other: uuid.UUID
    idle: uuid.UUID  # deactivated
    seatless: uuid.UUID


def _open(target: str) -> Env:
    db = open_database(target)
    with db.session() as s, s.begin():
        admin = setup_empty_workspace(
            s, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        people = {
            "csm": User(name="Cory CSM", email="cory@example.com", has_service_seat=True),
            "other": User(name="Olu Other", email="olu@example.com", has_service_seat=True),
            "idle": User(
                name="Ida Idle", email="ida@example.com", has_service_seat=True, is_active=False
            ),
            "seatless": User(name="Sam Seatless", email="sam@example.com"),
        }
        s.add_all(people.values())
        s.flush()
        return Env(db, admin.id, **{key: user.id for key, user in people.items()})


@pytest.fixture
def env(tmp_path) -> Iterator[Env]:
    """A workspace on SQLite."""
    opened = _open(str(tmp_path / "tend.db"))
    yield opened
    opened.db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def both(request, tmp_path) -> Iterator[Env]:
    """A workspace on SQLite, then on PostgreSQL."""
    with ExitStack() as stack:
        if request.param == "sqlite":
            target = str(tmp_path / "tend.db")
        else:
            target = stack.enter_context(throwaway_pg_database())
        opened = _open(target)
        stack.callback(opened.db.dispose)
        yield opened


def _add(
    db: Database,
    n: int,
    assignee: uuid.UUID,
    *,
    title: str = "Task",
    status: TaskStatus = TaskStatus.OPEN,
    created_by: uuid.UUID | None = None,
    **values,
) -> list[uuid.UUID]:
    """`n` tasks inserted in one statement, due a minute apart from NOW; their ids."""
    ids = [new_id() for _ in range(n)]
    done = LONG_AGO if status == TaskStatus.COMPLETED else None
    due = NOW.astimezone(dt.UTC)
    rows = [
        {
            "id": task_id, "title": f"{title} {i}", "assignee_id": assignee,
            "created_by_id": created_by, "status": status, "completed_at": done,
            "due_at": due + dt.timedelta(minutes=i), "created_at": LONG_AGO,
            "updated_at": LONG_AGO, **values,
        }
        for i, task_id in enumerate(ids)
    ]  # fmt: skip
    with db.session() as s, s.begin():
        s.execute(insert(Task), rows)
    return ids


TASK_COLUMNS = (
    Task.id, Task.status, Task.completed_at, Task.assignee_id, Task.type, Task.priority,
    Task.due_at, Task.due_all_day, Task.updated_at,
)  # fmt: skip
CHANGE_COLUMNS = (
    Change.row_id, Change.batch_id, Change.op, Change.field, Change.old_value,
    Change.new_value, Change.user_id, Change.at, Change.source,
)  # fmt: skip


def _tasks(db: Database, ids: list[uuid.UUID]) -> dict[uuid.UUID, Any]:
    """The tasks' stored values by id (rows, not ORM objects: 10,000 read fast)."""
    with db.session() as s:
        found = s.execute(select(*TASK_COLUMNS).where(Task.id.in_(ids)))
        return {t.id: t for t in found}


def _changes(db: Database, **where) -> list[Any]:
    """The task change entries matching `where` (column=value)."""
    with db.session() as s:
        query = select(*CHANGE_COLUMNS).where(Change.entity == "tasks")
        for name, value in where.items():
            query = query.where(getattr(Change, name) == value)
        return list(s.execute(query))


def test_matching_ids_are_exactly_the_views_tasks_in_page_order(both):
    calls = _add(both.db, 5, both.csm, title="Call Acme")
    emails = _add(both.db, 3, both.csm, title="E-mail Blue")
    undated = _add(both.db, 1, both.csm, title="Call someday", due_at=None)
    done = _add(both.db, 2, both.csm, title="Call done", status=TaskStatus.COMPLETED)
    _add(both.db, 1, both.csm, title="Call deleted", deleted_at=LONG_AGO)
    _add(both.db, 4, both.other, title="Call Olu")

    def ids(view, search=""):
        query = tq.TaskQuery(both.csm, view, search)
        with both.db.session() as s:
            found = tb.matching_ids(s, query, NOW, WARSAW)
            rows, cursor = tq.page(s, query, NOW, WARSAW, limit=3)
            while cursor is not None:
                more, cursor = tq.page(s, query, NOW, WARSAW, after=cursor, limit=3)
                rows += more
        assert found == [r.id for r in rows]
        return found

    assert set(ids("all_open")) == {*calls, *emails, *undated}
    assert set(ids("all_open", "call")) == {*calls, *undated}
    assert set(ids("all_completed")) == set(done)
    assert set(ids("due_today", "acme")) == set(calls)


def test_select_all_of_a_custom_view_and_only_the_actors_tasks_change(env):
    high = _add(env.db, 3, env.csm, title="High", priority=TaskPriority.HIGH)
    _add(env.db, 2, env.csm, title="Low", priority=TaskPriority.LOW)
    olus = _add(env.db, 2, env.other, title="Olu high", priority=TaskPriority.HIGH)
    groups = [
        [{"property": "priority", "op": "is_any_of", "value": ["high"]}],
        [{"property": "assignee_id", "op": "is_any_of", "value": [str(env.other)]}],
    ]
    query = tq.TaskQuery(env.csm, tq.CUSTOM, filters=groups)
    with env.db.session() as s:
        ids = tb.matching_ids(s, query, NOW, WARSAW)
    assert set(ids) == {*high, *olus}

    result = tb.run_bulk(env.db, viewer_in(env.db, env.csm), ids, COMPLETE, WARSAW)

    assert (result.done, result.total) == (3, 5)
    tasks = _tasks(env.db, ids)
    assert {t for t in ids if tasks[t].status == TaskStatus.COMPLETED} == set(high)


def test_complete_in_batches_writes_exact_history_and_undo_puts_it_back(both):
    n = 10_050 if both.db.is_local else 1_050
    mine = _add(both.db, n, both.csm)
    already = _add(both.db, 3, both.csm, status=TaskStatus.COMPLETED)
    olus = _add(both.db, 2, both.other)
    ids = [*mine[:100], *already, *olus, *mine[100:]]
    seen: list[tuple[int, int]] = []

    result = tb.run_bulk(
        both.db,
        viewer_in(both.db, both.csm),
        ids,
        COMPLETE,
        WARSAW,
        progress=lambda *p: seen.append(p),
    )

    assert (result.done, result.total, result.cancelled) == (n, n + 5, False)
    chunks = [set(ids[i : i + 500]) for i in range(0, len(ids), 500)]
    assert len(result.batch_ids) == math.ceil((n + 5) / 500) == len(chunks)
    assert seen == [(min(i + 500, n + 5), n + 5) for i in range(0, n + 5, 500)]
    status = _changes(both.db, field="status")
    assert len(status) == n and {c.row_id for c in status} == set(mine)
    assert {(c.source, c.op, c.old_value, c.new_value, c.user_id) for c in status} == {
        (ChangeSource.BULK, ChangeOp.SET, "open", "completed", both.csm)
    }
    by_batch: dict[uuid.UUID, set[uuid.UUID]] = {}
    for c in status:
        by_batch.setdefault(c.batch_id, set()).add(c.row_id)
    assert set(by_batch) == set(result.batch_ids)
    for batch_id, chunk in zip(result.batch_ids, chunks, strict=True):
        assert by_batch[batch_id] == chunk - set(already) - set(olus)
    stamps = {c.row_id: c for c in _changes(both.db, field="completed_at")}
    tasks = _tasks(both.db, ids)
    for task_id in mine:
        task = tasks[task_id]
        assert task.status == TaskStatus.COMPLETED
        assert task.completed_at == task.updated_at == stamps[task_id].at
    assert all(tasks[t].completed_at == LONG_AGO for t in already)  # left as they were
    assert all(tasks[t].status == TaskStatus.OPEN for t in olus)

    # Between the action and its undo: one task is reopened, another completed again.
    reopened, redone = mine[7], mine[8]
    with both.db.session() as s, s.begin():
        csm = s.get(User, both.csm)
        assert csm is not None
        incomplete = tb.BulkAction(tb.BulkKind.INCOMPLETE)
        tb.apply_batch(s, csm, [reopened, redone], incomplete, WARSAW)
        tb.apply_batch(s, csm, [redone], COMPLETE, WARSAW)
    later = _tasks(both.db, [redone])[redone].completed_at

    undone = tu.undo_bulk(both.db, viewer_in(both.db, both.csm), result.batch_ids)

    assert (undone.done, undone.total, undone.cancelled) == (n - 2, n, False)
    tasks = _tasks(both.db, ids)
    assert tasks[redone].status == TaskStatus.COMPLETED and tasks[redone].completed_at == later
    back = [t for t in mine if t not in (reopened, redone)]
    assert all(tasks[t].status == TaskStatus.OPEN and tasks[t].completed_at is None for t in back)
    assert tasks[reopened].status == TaskStatus.OPEN
    assert all(tasks[t].completed_at == LONG_AGO for t in already)
    undo_status = _changes(both.db, source=ChangeSource.UNDO, field="status")
    assert {c.row_id for c in undo_status} == set(back) and len(undo_status) == n - 2
    assert {c.batch_id for c in undo_status} == set(undone.batch_ids)
    assert {(c.old_value, c.new_value) for c in undo_status} == {("completed", "open")}
    # A second undo finds nothing left to put back.
    assert tu.undo_bulk(both.db, viewer_in(both.db, both.csm), result.batch_ids).done == 0


def test_cancelling_after_the_first_batch_keeps_exactly_that_batch(env):
    ids = _add(env.db, 1_200, env.csm)
    seen: list[tuple[int, int]] = []

    result = tb.run_bulk(
        env.db, viewer_in(env.db, env.csm), ids, COMPLETE, WARSAW,
        progress=lambda *p: seen.append(p), cancelled=lambda: bool(seen),
    )  # fmt: skip

    assert (result.done, result.total, result.cancelled) == (500, 1_200, True)
    assert seen == [(500, 1_200)] and len(result.batch_ids) == 1
    tasks = _tasks(env.db, ids)
    done = {t for t in ids if tasks[t].status == TaskStatus.COMPLETED}
    assert done == set(ids[:500])
    assert len(_changes(env.db, field="status", batch_id=result.batch_ids[0])) == 500


def test_assign_needs_an_active_user_and_undo_keeps_a_later_reassignment(env):
    ids = _add(env.db, 4, env.csm)
    for who in (env.idle, uuid.uuid4(), "not an id"):
        action = tb.BulkAction(tb.BulkKind.ASSIGN, value=who)
        with pytest.raises(ValidationError) as refused:
            tb.run_bulk(env.db, viewer_in(env.db, env.csm), ids, action, WARSAW)
        assert refused.value.field == "assignee"
    assert _changes(env.db) == []

    result = tb.run_bulk(
        env.db,
        viewer_in(env.db, env.csm),
        ids,
        tb.BulkAction(tb.BulkKind.ASSIGN, value=env.other),
        WARSAW,
    )

    assert result.done == 4
    assert {t.assignee_id for t in _tasks(env.db, ids).values()} == {env.other}
    entries = _changes(env.db, field="assignee_id")
    assert {(c.old_value, c.new_value) for c in entries} == {(str(env.csm), str(env.other))}
    with env.db.session() as s, s.begin():
        s.execute(update(Task).where(Task.id == ids[0]).values(assignee_id=env.admin))

    undone = tu.undo_bulk(env.db, viewer_in(env.db, env.csm), result.batch_ids)

    assert undone.done == 3
    tasks = _tasks(env.db, ids)
    assert tasks[ids[0]].assignee_id == env.admin
    assert all(tasks[t].assignee_id == env.csm for t in ids[1:])


def test_edit_priority_type_and_due_date(env):
    ids = _add(env.db, 3, env.csm)
    whole_day = _add(env.db, 1, env.csm, due_all_day=True)
    every = ids + whole_day

    def edit(field, value):
        return tb.run_bulk(
            env.db,
            viewer_in(env.db, env.csm),
            every,
            tb.BulkAction(tb.BulkKind.EDIT, field, value),
            WARSAW,
        )

    assert edit("priority", TaskPriority.HIGH).done == 4
    assert edit("type", "call").done == 4
    before = {t.id: t.due_at for t in _tasks(env.db, every).values()}
    due = edit("due_date", "2026-03-20")
    tasks = _tasks(env.db, every)
    midnight = dt.datetime(2026, 3, 19, 23, 0, tzinfo=dt.UTC)  # 20 March 00:00 in Warsaw
    assert all(
        (t.priority, t.type, t.due_at, t.due_all_day)
        == (TaskPriority.HIGH, TaskType.CALL, midnight, True)
        for t in tasks.values()
    )
    assert len(_changes(env.db, field="priority")) == 4 and len(_changes(env.db, field="type")) == 4
    assert len(_changes(env.db, field="due_at")) == 4
    assert {c.row_id for c in _changes(env.db, field="due_all_day")} == set(ids)

    def snapshot():
        found = _tasks(env.db, every)
        return [
            (found[t].priority, found[t].type, found[t].due_at, found[t].updated_at) for t in every
        ]

    count, saved = len(_changes(env.db)), snapshot()
    for field, value in [
        ("due_date", "31/02/2026"), ("priority", "urgent"), ("type", "meeting"), ("title", "x"),
    ]:  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            edit(field, value)
        assert refused.value.field == (field if field != "title" else "field")
        if field == "due_date":
            assert refused.value.message == "“31/02/2026” is not a date (YYYY-MM-DD)."
    assert len(_changes(env.db)) == count and snapshot() == saved

    undone = tu.undo_bulk(env.db, viewer_in(env.db, env.csm), due.batch_ids)
    tasks = _tasks(env.db, every)
    assert undone.done == 4 and {t: tasks[t].due_at for t in every} == before
    assert [tasks[t].due_all_day for t in every] == [False, False, False, True]

    assert edit("due_date", "").done == 4
    tasks = _tasks(env.db, every)
    assert all(t.due_at is None and not t.due_all_day for t in tasks.values())


def test_delete_tombstones_and_undo_restores(both):
    ids = _add(both.db, 5, both.csm)
    query = tq.TaskQuery(both.csm, "all_open")

    def listed():
        with both.db.session() as s:
            return tb.matching_ids(s, query, NOW, WARSAW)

    result = tb.run_bulk(
        both.db, viewer_in(both.db, both.csm), ids[1:4], tb.BulkAction(tb.BulkKind.DELETE), WARSAW
    )

    assert result.done == 3 and listed() == [ids[0], ids[4]]
    deleted = _changes(both.db, op=ChangeOp.DELETE)
    assert {c.row_id for c in deleted} == set(ids[1:4])
    assert {(c.field, c.source, c.old_value) for c in deleted} == {
        ("deleted_at", ChangeSource.BULK, None)
    }

    undone = tu.undo_bulk(both.db, viewer_in(both.db, both.csm), result.batch_ids)

    assert undone.done == 3 and listed() == ids
    restored = _changes(both.db, op=ChangeOp.RESTORE)
    assert {c.row_id for c in restored} == set(ids[1:4])
    assert {(c.source, c.new_value) for c in restored} == {(ChangeSource.UNDO, None)}
    tasks = _tasks(both.db, ids)
    assert all(tasks[c.row_id].updated_at == c.at for c in restored)


def test_a_user_without_a_seat_is_refused_and_nothing_changes(env):
    ids = _add(env.db, 3, env.seatless)
    with pytest.raises(PermissionDenied):
        tb.run_bulk(env.db, viewer_in(env.db, env.seatless), ids, COMPLETE, WARSAW)
    with env.db.session() as s, pytest.raises(PermissionDenied):
        seatless = s.get(User, env.seatless)
        assert seatless is not None
        tb.apply_batch(s, seatless, ids, COMPLETE, WARSAW)
    assert all(t.status == TaskStatus.OPEN for t in _tasks(env.db, ids).values())
    assert _changes(env.db) == []


def test_other_users_tasks_are_left_alone_unless_the_actor_manages_settings(env):
    mine = _add(env.db, 2, env.csm, status=TaskStatus.COMPLETED)
    made_by_me = _add(env.db, 1, env.other, status=TaskStatus.COMPLETED, created_by=env.csm)
    olus = _add(env.db, 2, env.other, status=TaskStatus.COMPLETED)
    ids = [*olus[:1], *mine, *made_by_me, *olus[1:]]
    incomplete = tb.BulkAction(tb.BulkKind.INCOMPLETE)

    with env.db.session() as s, s.begin():
        csm = s.get(User, env.csm)
        loaded = s.get(Task, mine[0])  # an object the session already holds follows the change
        assert csm is not None and loaded is not None
        changed, _batch = tb.apply_batch(s, csm, ids, incomplete, WARSAW)
        assert changed == 3 and loaded.status == TaskStatus.OPEN

    tasks = _tasks(env.db, ids)
    assert {t for t in ids if tasks[t].status == TaskStatus.OPEN} == {*mine, *made_by_me}
    assert all(tasks[t].completed_at is None for t in [*mine, *made_by_me])
    assert {c.row_id for c in _changes(env.db)} == {*mine, *made_by_me}
    assert len(_changes(env.db, field="completed_at")) == 3

    result = tb.run_bulk(env.db, viewer_in(env.db, env.admin), ids, incomplete, WARSAW)

    assert result.done == 2  # the open ones are unchanged; Olu's two reopen
    assert all(t.status == TaskStatus.OPEN for t in _tasks(env.db, ids).values())
    assert Counter(c.user_id for c in _changes(env.db, field="status")) == {
        env.csm: 3,
        env.admin: 2,
    }


def test_a_whole_day_task_keeps_its_date_for_an_assignee_in_another_zone(env):
    with env.db.session() as s, s.begin():
        s.execute(update(User).where(User.id == env.csm).values(time_zone="Europe/Warsaw"))
        s.execute(update(User).where(User.id == env.other).values(time_zone="America/New_York"))
    warsaw_midnight = dt.datetime(2026, 11, 25, tzinfo=WARSAW).astimezone(dt.UTC)
    (whole,) = _add(env.db, 1, env.csm, due_all_day=True)
    (timed,) = _add(env.db, 1, env.csm, title="Timed")
    with env.db.session() as s, s.begin():
        s.execute(update(Task).where(Task.id == whole).values(due_at=warsaw_midnight))
    timed_due = _tasks(env.db, [timed])[timed].due_at
    assign = tb.BulkAction(tb.BulkKind.ASSIGN, value=env.other)

    result = tb.run_bulk(env.db, viewer_in(env.db, env.csm), [whole, timed], assign, WARSAW)

    tasks = _tasks(env.db, [whole, timed])
    new_york_midnight = dt.datetime(2026, 11, 25, tzinfo=ZoneInfo("America/New_York"))
    assert tasks[whole].due_at == new_york_midnight.astimezone(dt.UTC)  # still the 25th
    assert tasks[timed].due_at == timed_due  # an instant stays the same instant
    assert [(c.row_id, c.field) for c in _changes(env.db, field="due_at")] == [(whole, "due_at")]
    tu.undo_bulk(env.db, viewer_in(env.db, env.csm), result.batch_ids)
    back = _tasks(env.db, [whole])[whole]
    assert (back.assignee_id, back.due_at) == (env.csm, warsaw_midnight)


def test_edit_due_date_reads_the_viewers_locale(env):
    """Issue 12 item 7 (UX-3, UX-5): the bulk Edit's due date is typed as the viewer reads
    dates (pl_PL `20.03.2026`) or in ISO; a bad one is refused with the locale's example
    before any batch; empty still clears."""
    every = _add(env.db, 2, env.csm)

    def edit(value, locale):
        action = tb.BulkAction(tb.BulkKind.EDIT, "due_date", value)
        viewer = viewer_in(env.db, env.csm)
        return tb.run_bulk(env.db, viewer, every, action, WARSAW, locale=locale)

    midnight = dt.datetime(2026, 3, 19, 23, 0, tzinfo=dt.UTC)  # 20 March 00:00 in Warsaw
    assert edit("20.03.2026", "pl_PL").done == 2
    assert all(
        (t.due_at, t.due_all_day) == (midnight, True) for t in _tasks(env.db, every).values()
    )
    assert edit("2026-03-21", "pl_PL").done == 2
    assert {t.due_at for t in _tasks(env.db, every).values()} == {midnight + dt.timedelta(days=1)}
    count = len(_changes(env.db))
    for typed, locale, example in [
        ("31.02.2026", "pl_PL", "31.12."),
        ("20.03.2026", "en_US", "12/31/"),
    ]:
        with pytest.raises(ValidationError) as refused:
            edit(typed, locale)
        message = refused.value.message
        assert refused.value.field == "due_date"
        assert f"“{typed}” is not a date" in message and f"Write {example}" in message
    assert len(_changes(env.db)) == count
    assert edit("", "pl_PL").done == 2
    assert all(t.due_at is None for t in _tasks(env.db, every).values())
