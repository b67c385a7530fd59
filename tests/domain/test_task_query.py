"""The Actions tab's task views (ACT-1): due-ness in the viewer's time zone, keyset pages,
counts, search; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain import task_query as tq
from app.domain.errors import ValidationError
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace
from app.store import ActivityKind, ActivityLink, Record, Task, TaskStatus, User
from tests.conftest import database_on

WARSAW = ZoneInfo("Europe/Warsaw")
NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=WARSAW)  # UTC+1 in March


def _at(days: int, hour: int, minute: int = 0) -> dt.datetime:
    day = NOW.date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(hour, minute), WARSAW).astimezone(dt.UTC)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def tasks_db(request, tmp_path_factory):
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "tasks")
        with db.session() as session, session.begin():
            admin = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            other = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
            session.add(other)
            session.flush()

            def task(title, due, who=admin, status=TaskStatus.OPEN):
                session.add(Task(title=title, due_at=due, assignee_id=who.id, status=status))

            task("Overdue call", _at(-2, 10))
            task("Early today", _at(0, 0, 30))  # 23:30 UTC the day before: still today here
            task("Late today", _at(0, 23, 30))
            task("Tomorrow", _at(1, 9))
            task("Next week", _at(7, 9))
            task("Someday", None)
            task("Done today", _at(0, 9), status=TaskStatus.COMPLETED)
            task("Olu's today", _at(0, 9), who=other)
            for i in range(20):
                task(f"Batch {i:02d}", _at(3, 8) if i % 2 else _at(4, i % 12))
            session.flush()
            late = session.scalar(select(Task).where(Task.title == "Late today"))
            assert late is not None
            acme = Record(object_type_id=customer_object(session).id, name="Acme", props={})
            session.add(acme)
            session.flush()
            session.add(
                ActivityLink(kind=ActivityKind.TASK, activity_id=late.id, record_id=acme.id)
            )
        yield db, admin.id


def _titles(db, user_id, view, search="", limit=200):
    with db.session() as session:
        query = tq.TaskQuery(user_id, view, search)
        rows, cursor = tq.page(session, query, NOW, WARSAW, limit=limit)
        while cursor is not None:
            more, cursor = tq.page(session, query, NOW, WARSAW, after=cursor, limit=limit)
            rows += more
        assert tq.count(session, query, NOW, WARSAW) == len(rows)
        return rows


def test_due_views_follow_the_viewers_day(tasks_db):
    db, admin = tasks_db
    assert [r.title for r in _titles(db, admin, "due_today")] == ["Early today", "Late today"]
    assert [r.title for r in _titles(db, admin, "overdue")] == ["Overdue call"]
    assert [r.title for r in _titles(db, admin, "due_tomorrow")] == ["Tomorrow"]
    assert [r.title for r in _titles(db, admin, "all_completed")] == ["Done today"]
    late = _titles(db, admin, "due_today")[1]
    assert late.record == "Acme" and late.status == "open"


def test_pages_of_all_open_tasks_read_every_task_once_in_due_order(tasks_db):
    db, admin = tasks_db
    whole = _titles(db, admin, "all_open")
    paged = _titles(db, admin, "all_open", limit=4)
    assert [r.id for r in paged] == [r.id for r in whole] and len(whole) == 26
    dated = [r.due_at for r in whole if r.due_at is not None]
    assert dated == sorted(dated)
    assert "Olu's today" not in {r.title for r in whole}


def test_search_and_an_unknown_view(tasks_db):
    db, admin = tasks_db
    assert [r.title for r in _titles(db, admin, "all_open", "today")] == [
        "Early today", "Late today",
    ]  # fmt: skip
    with pytest.raises(ValidationError), db.session() as session:
        tq.count(session, tq.TaskQuery(admin, "someday"), NOW, WARSAW)
