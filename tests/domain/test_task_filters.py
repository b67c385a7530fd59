# ruff: noqa: E501 - the condition table reads best one case a line
"""Custom task views (ACT-1): every task property and operator family against a Python
oracle, groups (OR between, AND within), whose tasks a view lists, saved task views and
who sees them (PERM-5); on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain import saved_views as sv
from app.domain import task_query as tq
from app.domain.errors import NotFound, ValidationError
from app.domain.filters import FilterContext, operators_for
from app.domain.task_filters import (
    compile_task_filters,
    task_operators_for,
    task_properties,
    tasks_object,
)
from app.domain.workspace import SetupChoice, customer_object, main_workspace, setup_empty_workspace
from app.store import (
    ActivityKind,
    ActivityLink,
    PropertyType,
    Record,
    SavedView,
    Sharing,
    Task,
    TaskPriority,
    TaskStatus,
    TaskType,
    User,
    ViewTab,
)
from tests.conftest import database_on

TOKYO = ZoneInfo("Asia/Tokyo")  # UTC+9: before 09:00 here it is still yesterday in UTC
NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=TOKYO)
TODAY = NOW.date()


def _local(days: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour, minute), TOKYO)


@dataclass(frozen=True)
class Spec:
    """A task of the fixture, as the oracle reads it."""

    title: str
    type: str = "todo"
    priority: str = "none"
    status: str = "open"
    due: dt.datetime | None = None  # local (Tokyo)
    who: str | None = "ada"
    record: str | None = None  # a live associated record's name
    created_days_ago: int = 0
    deleted: bool = False
    dead_record: bool = False  # linked only to a deleted record

    @property
    def due_day(self) -> dt.date | None:
        return self.due.date() if self.due else None


TASKS = (
    Spec("Call Acme about renewal", "call", "high", due=_local(0, 9), record="Acme", created_days_ago=10),
    Spec("Email Blue onboarding", "email", "medium", due=_local(2, 10), record="Blue", created_days_ago=1),
    Spec("Prepare QBR deck", due=_local(-3, 15), created_days_ago=20),
    Spec("Early today", priority="low", due=_local(0, 0, 30), created_days_ago=2),  # 15:30 UTC yesterday
    Spec("Late tomorrow", due=_local(1, 23, 30), created_days_ago=3),
    Spec("Morning after tomorrow", due=_local(2, 8), created_days_ago=3),  # 23:00 UTC tomorrow
    Spec("Next week review", priority="high", due=_local(7, 11), created_days_ago=5),
    Spec("Someday", created_days_ago=40),
    Spec("Done call", "call", "low", "completed", due=_local(-1, 10), record="Acme", created_days_ago=4),
    Spec("Gone customer follow-up", "email", due=_local(3, 9), dead_record=True, created_days_ago=6),
    Spec("Olu's call", "call", "high", due=_local(0, 14), who="olu", record="Cobalt"),
    Spec("Olu's done email", "email", "medium", "completed", due=_local(-2, 9), who="olu"),
    Spec("Unassigned email", "email", due=_local(1, 9), who=None),
    Spec("Deleted high task", priority="high", due=_local(0, 10), deleted=True),
    *(Spec(f"Batch {i:02d}", priority=("low", "medium")[i % 2], due=_local(4 + i % 3, 8 + i), created_days_ago=i) for i in range(12)),
)  # fmt: skip


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def tasks_db(request, tmp_path_factory):
    """A workspace with Ada (the viewer), Olu, and the tasks of TASKS."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "task_filters")
        with db.session() as session, session.begin():
            ada = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
            session.add(olu)
            session.flush()
            people = {"ada": ada.id, "olu": olu.id}
            companies = customer_object(session).id
            names: dict[str, Record] = {}

            def record(name: str, deleted: bool = False) -> Record:
                if name not in names:
                    names[name] = Record(object_type_id=companies, name=name, props={})
                    names[name].deleted_at = NOW if deleted else None
                    session.add(names[name])
                    session.flush()
                return names[name]

            for spec in TASKS:
                created = NOW - dt.timedelta(days=spec.created_days_ago)
                task = Task(
                    title=spec.title, type=TaskType(spec.type),
                    priority=TaskPriority(spec.priority), status=TaskStatus(spec.status),
                    due_at=spec.due.astimezone(dt.UTC) if spec.due else None,
                    assignee_id=people[spec.who] if spec.who else None,
                    completed_at=spec.due if spec.status == "completed" else None,
                    created_at=created.astimezone(dt.UTC),
                    deleted_at=NOW if spec.deleted else None,
                )  # fmt: skip
                session.add(task)
                session.flush()
                linked = [record(spec.record)] if spec.record else []
                if spec.dead_record:
                    linked.append(record("Gone Co", deleted=True))
                for rec in linked:
                    session.add(
                        ActivityLink(kind=ActivityKind.TASK, activity_id=task.id, record_id=rec.id)
                    )
        yield db, people


def _rows(db, query: tq.TaskQuery, limit: int = 3) -> list[tq.TaskRow]:
    """Every row of a query, a small page at a time; the count must agree."""
    with db.session() as session:
        rows, cursor = tq.page(session, query, NOW, TOKYO, limit=limit)
        while cursor is not None:
            more, cursor = tq.page(session, query, NOW, TOKYO, after=cursor, limit=limit)
            rows += more
        assert tq.count(session, query, NOW, TOKYO) == len(rows)
        assert len({r.id for r in rows}) == len(rows)
        return rows


def _titles(db, people, groups, view: str = tq.CUSTOM, search: str = "") -> set[str]:
    query = tq.TaskQuery(people["ada"], view, search, _with_ids(groups, people))
    return {r.title for r in _rows(db, query)}


def _with_ids(groups, people):
    """Conditions naming "OLU" get Olu's id (unknown when the cases are collected)."""

    def value(v):
        if isinstance(v, list):
            return [value(x) for x in v]
        return str(people["olu"]) if v == "OLU" else v

    return [[{**c, "value": value(c.get("value"))} for c in g] for g in groups]


def _oracle(test, names_assignee: bool = False) -> set[str]:
    """The live tasks passing `test`: the viewer's only unless the filter says whose."""
    return {
        t.title for t in TASKS if not t.deleted and (names_assignee or t.who == "ada") and test(t)
    }


def _days(first: int, last: int):
    return lambda t: t.due_day is not None and first <= (t.due_day - TODAY).days <= last


CASES = [
    ({"property": "title", "op": "contains", "value": "CALL"}, lambda t: "call" in t.title.lower()),
    ({"property": "title", "op": "starts_with", "value": "batch 1"}, lambda t: t.title.startswith("Batch 1")),
    ({"property": "title", "op": "is", "value": "Someday"}, lambda t: t.title == "Someday"),
    ({"property": "type", "op": "is_any_of", "value": ["call", "email"]}, lambda t: t.type in ("call", "email")),
    ({"property": "type", "op": "is_none_of", "value": ["todo"]}, lambda t: t.type != "todo"),
    ({"property": "priority", "op": "is_none_of", "value": ["none", "low"]}, lambda t: t.priority in ("medium", "high")),
    ({"property": "priority", "op": "is_any_of", "value": ["high"]}, lambda t: t.priority == "high"),
    ({"property": "status", "op": "is_any_of", "value": ["completed"]}, lambda t: t.status == "completed"),
    ({"property": "status", "op": "is_none_of", "value": ["completed"]}, lambda t: t.status == "open"),
    ({"property": "due_at", "op": "is", "value": TODAY.isoformat()}, _days(0, 0)),
    ({"property": "due_at", "op": "in_last_days", "value": 3}, _days(-3, 0)),
    ({"property": "due_at", "op": "in_next_days", "value": 1}, _days(0, 1)),
    ({"property": "due_at", "op": "between", "value": [(TODAY + dt.timedelta(days=2)).isoformat(), (TODAY + dt.timedelta(days=1)).isoformat()]}, None),  # refused: end before start
    ({"property": "due_at", "op": "between", "value": [(TODAY + dt.timedelta(days=1)).isoformat(), (TODAY + dt.timedelta(days=2)).isoformat()]}, _days(1, 2)),
    ({"property": "due_at", "op": "gt", "value": (TODAY + dt.timedelta(days=1)).isoformat()}, lambda t: t.due_day is not None and t.due_day > TODAY + dt.timedelta(days=1)),
    ({"property": "due_at", "op": "lt", "value": TODAY.isoformat()}, lambda t: t.due_day is not None and t.due_day < TODAY),
    ({"property": "due_at", "op": "more_than_days_ago", "value": 2}, lambda t: t.due_day is not None and t.due_day < TODAY - dt.timedelta(days=2)),
    ({"property": "due_at", "op": "is_unknown"}, lambda t: t.due is None),
    ({"property": "due_at", "op": "is_known"}, lambda t: t.due is not None),
    ({"property": "created_at", "op": "in_last_days", "value": 3}, lambda t: t.created_days_ago <= 3),
    ({"property": "completed_at", "op": "is_known"}, lambda t: t.status == "completed"),
    ({"property": "associated_record", "op": "contains", "value": "acm"}, lambda t: t.record == "Acme"),
    ({"property": "associated_record", "op": "is", "value": "Blue"}, lambda t: t.record == "Blue"),
    ({"property": "associated_record", "op": "is_not", "value": "Acme"}, lambda t: t.record != "Acme"),
    ({"property": "associated_record", "op": "is_known"}, lambda t: t.record is not None),
    ({"property": "associated_record", "op": "is_unknown"}, lambda t: t.record is None),  # a deleted record does not count
]  # fmt: skip
ASSIGNEE_CASES = [
    ({"property": "assignee_id", "op": "is_any_of", "value": ["me"]}, lambda t: t.who == "ada"),
    ({"property": "assignee_id", "op": "is_any_of", "value": ["OLU"]}, lambda t: t.who == "olu"),
    ({"property": "assignee_id", "op": "is_any_of", "value": ["me", "OLU"]}, lambda t: t.who is not None),
    ({"property": "assignee_id", "op": "is_none_of", "value": ["me"]}, lambda t: t.who != "ada"),
    ({"property": "assignee_id", "op": "is_unknown"}, lambda t: t.who is None),
    ({"property": "assignee_id", "op": "is_known"}, lambda t: t.who is not None),
]  # fmt: skip


@pytest.mark.parametrize(("condition", "test"), [c for c in CASES if c[1] is not None])
def test_each_property_and_operator_matches_the_oracle(tasks_db, condition, test):
    db, people = tasks_db
    expected = _oracle(test)
    assert expected, "a case that matches nothing cannot fail"
    assert _titles(db, people, [[condition]]) == expected


@pytest.mark.parametrize(("condition", "test"), ASSIGNEE_CASES)
def test_assigned_to_says_whose_tasks_are_listed(tasks_db, condition, test):
    db, people = tasks_db
    expected = _oracle(test, names_assignee=True)
    assert expected
    assert _titles(db, people, [[condition]]) == expected


def test_due_dates_follow_the_viewers_day_not_utc(tasks_db):
    db, people = tasks_db
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    after = (TODAY + dt.timedelta(days=2)).isoformat()
    today = _titles(db, people, [[{"property": "due_at", "op": "is", "value": TODAY.isoformat()}]])
    assert "Early today" in today  # UTC says yesterday
    both = [[{"property": "due_at", "op": "between", "value": [tomorrow, after]}]]
    between = _titles(db, people, both)
    assert {"Late tomorrow", "Morning after tomorrow"} <= between  # UTC: tomorrow twice
    assert "Early today" not in between
    only_tomorrow = [[{"property": "due_at", "op": "between", "value": [tomorrow, tomorrow]}]]
    assert "Morning after tomorrow" not in _titles(db, people, only_tomorrow)


def test_or_between_groups_and_within(tasks_db):
    db, people = tasks_db
    groups = [
        [
            {"property": "type", "op": "is_any_of", "value": ["call"]},
            {"property": "priority", "op": "is_any_of", "value": ["high"]},
        ],
        [{"property": "status", "op": "is_any_of", "value": ["completed"]}],
    ]
    expected = _oracle(
        lambda t: (t.type == "call" and t.priority == "high") or t.status == "completed"
    )
    assert expected == {"Call Acme about renewal", "Done call"}
    assert _titles(db, people, groups) == expected


def test_a_group_without_assigned_to_lists_the_viewers_tasks(tasks_db):
    db, people = tasks_db
    groups = [
        [
            {"property": "assignee_id", "op": "is_any_of", "value": ["OLU"]},
            {"property": "status", "op": "is_any_of", "value": ["completed"]},
        ],
        [{"property": "priority", "op": "is_any_of", "value": ["high"]}],
    ]
    expected = _oracle(
        lambda t: t.who == "olu" and t.status == "completed", names_assignee=True
    ) | _oracle(lambda t: t.priority == "high")
    assert "Olu's done email" in expected and "Next week review" in expected
    assert "Olu's call" not in expected  # high, but Olu's: the second group is Ada's
    assert _titles(db, people, groups) == expected


def test_a_custom_view_without_filters_lists_the_viewers_open_and_completed_tasks(tasks_db):
    db, people = tasks_db
    assert _titles(db, people, []) == _oracle(lambda t: True)
    rows = _rows(db, tq.TaskQuery(people["ada"], tq.CUSTOM), limit=4)
    dated = [r.due_at for r in rows if r.due_at is not None]
    assert dated == sorted(dated)


def test_builtin_views_take_quick_filters_and_search(tasks_db):
    db, people = tasks_db
    high = [[{"property": "priority", "op": "is_any_of", "value": ["high"]}]]
    assert _titles(db, people, high, view="all_open") == _oracle(
        lambda t: t.status == "open" and t.priority == "high"
    )
    olus = [[{"property": "assignee_id", "op": "is_any_of", "value": ["OLU"]}]]
    assert _titles(db, people, olus, view="due_today") == {"Olu's call"}
    assert _titles(db, people, [], view="due_today") == {"Call Acme about renewal", "Early today"}
    assert _titles(db, people, high, search="acme") == {"Call Acme about renewal"}


def test_record_history_operators_are_refused_for_tasks_naming_the_property(tasks_db):
    db, people = tasks_db
    assert "assigned_in_last_days" in operators_for(PropertyType.USER)
    assert "assigned_in_last_days" not in task_operators_for(PropertyType.USER)
    recent = [[{"property": "assignee_id", "op": "assigned_in_last_days", "value": 30}]]
    with db.session() as session, pytest.raises(ValidationError) as refused:
        tq.count(session, tq.TaskQuery(people["ada"], tq.CUSTOM, filters=recent), NOW, TOKYO)
    assert refused.value.field == "assignee_id"
    assert "Assigned to" in refused.value.message


@pytest.mark.parametrize(
    ("condition", "field"),
    [
        ({"property": "nps", "op": "is_known"}, "nps"),
        ({"property": "type", "op": "is_any_of", "value": ["meeting"]}, "type"),
        ({"property": "title", "op": "gt", "value": "a"}, "title"),
        ({"property": "associated_record", "op": "is_any_of", "value": []}, "associated_record"),
        ({"property": "associated_record", "op": "in_last_days", "value": 2}, "associated_record"),
        ({"property": "due_at", "op": "in_last_days", "value": -1}, "due_at"),
        (CASES[12][0], "due_at"),
    ],
)
def test_a_filter_that_does_not_fit_names_its_property(tasks_db, condition, field):
    db, people = tasks_db
    with db.session() as session, pytest.raises(ValidationError) as refused:
        ctx = FilterContext(people["ada"], TODAY, NOW)
        compile_task_filters([[condition]], ctx, session)
    assert refused.value.field == field


def test_task_properties_have_stable_ids_and_name_task_columns():
    props = task_properties()
    assert list(props)[:4] == ["title", "type", "priority", "status"]
    assert props["assignee_id"].label == "Assigned to" and props["due_at"].label == "Due date"
    assert props["priority"].options == ("none", "low", "medium", "high")
    assert task_properties()["due_at"].id == props["due_at"].id
    assert len({p.id for p in props.values()}) == len(props)
    for prop in props.values():
        if prop.key != "associated_record":
            assert hasattr(Task, str(prop.column))


def test_a_saved_task_view_lists_its_tasks_and_stays_private(tasks_db):
    db, people = tasks_db
    calls = [[{"property": "type", "op": "is_any_of", "value": ["call", "email"]}]]
    with db.session() as session:  # rolled back at the end
        ada, olu = session.get(User, people["ada"]), session.get(User, people["olu"])
        ws = main_workspace(session)
        view = sv.create_view(session, ada, ws, ViewTab.ACTIONS, "Calls and e-mails", filters=calls)
        assert view.object_type_id == tasks_object(session).id
        assert view.id in {v.id for v in sv.visible_views(session, ada, ws, ViewTab.ACTIONS)}
        assert view.id not in {v.id for v in sv.visible_views(session, olu, ws, ViewTab.ACTIONS)}
        assert view.id not in {v.id for v in sv.visible_views(session, ada, ws, ViewTab.CUSTOMERS)}
        assert sv.effective_filters(session, view) == calls

        query = tq.task_query_for_view(session, ada, view)
        rows, cursor = tq.page(session, query, NOW, TOKYO, limit=2)
        while cursor is not None:
            more, cursor = tq.page(session, query, NOW, TOKYO, after=cursor, limit=2)
            rows += more
        assert tq.count(session, query, NOW, TOKYO) == len(rows)
        assert {r.title for r in rows} == _oracle(lambda t: t.type in ("call", "email"))

        narrowed = tq.task_query_for_view(
            session, ada, view.id, search="",
            extra_filters=[{"property": "status", "op": "is_any_of", "value": ["open"]}],
        )  # fmt: skip
        assert tq.count(session, narrowed, NOW, TOKYO) == len(
            _oracle(lambda t: t.type in ("call", "email") and t.status == "open")
        )
        with pytest.raises(NotFound):
            tq.task_query_for_view(session, olu, view)


def test_task_views_are_checked_against_task_properties(tasks_db):
    db, people = tasks_db
    with db.session() as session:  # rolled back at the end
        ada, ws = session.get(User, people["ada"]), main_workspace(session)
        with pytest.raises(ValidationError) as refused:
            sv.create_view(
                session, ada, ws, ViewTab.ACTIONS, "Bad",
                filters=[[{"property": "nps", "op": "is_known"}]],
            )  # fmt: skip
        assert refused.value.field == "nps"
        with pytest.raises(ValidationError) as refused:
            sv.create_view(
                session, ada, ws, ViewTab.ACTIONS, "Recent",
                filters=[[{"property": "assignee_id", "op": "assigned_in_last_days", "value": 7}]],
            )  # fmt: skip
        assert refused.value.field == "assignee_id"
        with pytest.raises(ValidationError) as refused:
            sv.create_view(
                session, ada, ws, ViewTab.ACTIONS, "Companies",
                object_type_id=customer_object(session).id,
            )  # fmt: skip
        assert refused.value.field == "object"
        shared = sv.create_view(session, ada, ws, ViewTab.ACTIONS, "Team", sharing=Sharing.EVERYONE)
        high = [[{"property": "priority", "op": "is_any_of", "value": ["high"]}]]
        sv.save_view_state(session, ada, shared, filters=high, columns=["title"], sort=[])
        with pytest.raises(ValidationError):
            sv.save_view_state(
                session, ada, shared, filters=[[{"property": "tier", "op": "is_known"}]],
                columns=[], sort=[],
            )  # fmt: skip
        olu = session.get(User, people["olu"])
        assert shared.id in {v.id for v in sv.visible_views(session, olu, ws, ViewTab.ACTIONS)}
        assert tq.count(session, tq.task_query_for_view(session, olu, shared), NOW, TOKYO) == 1


def test_the_actions_tab_keeps_its_builtin_views_as_constants(tasks_db):
    db, people = tasks_db
    with db.session() as session:
        ada, ws = session.get(User, people["ada"]), main_workspace(session)
        sv.ensure_builtin_views(session, ws, ViewTab.ACTIONS, tasks_object(session).id)
        stored = session.scalars(select(SavedView).where(SavedView.tab == ViewTab.ACTIONS)).all()
        assert stored == []
        assert tq.task_query_for_view(session, ada) == tq.TaskQuery(ada.id, "due_today")
        with pytest.raises(ValidationError):
            tq.task_query_for_view(session, ada, builtin_key="someday")


def test_a_query_keeps_its_filters_immutable(tasks_db):
    _db, people = tasks_db
    groups: list[list[dict[str, Any]]] = [
        [{"property": "type", "op": "is_any_of", "value": ["call"]}]
    ]
    query = tq.TaskQuery(people["ada"], tq.CUSTOM, filters=groups)
    groups[0][0]["value"].append("email")
    assert query.filters[0][0]["value"] == ("call",)
    with pytest.raises(TypeError):
        query.filters[0][0]["op"] = "is_none_of"  # type: ignore[index]
    calls = [[{"property": "type", "op": "is_any_of", "value": ["call"]}]]
    assert query == tq.TaskQuery(people["ada"], tq.CUSTOM, filters=calls)
    assert query != tq.TaskQuery(people["ada"], tq.CUSTOM, filters=groups)
    assert len({query, tq.TaskQuery(people["ada"], tq.CUSTOM, filters=calls)}) == 1
