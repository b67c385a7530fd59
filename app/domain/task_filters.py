"""Filters on tasks (ACT-1 custom views): the task properties a filter can name, compiled
to SQL by the Customers tab's compiler (`filters.py`) over the `tasks` table.

Tasks are not records: their properties are the `Task` columns, described here as
`PropertyInfo`s with stable ids (uuid5 of their key), not property definitions in the
database. "Associated record" matches a task when one of its live associated records'
name matches (an EXISTS over `activity_links`); its negative operators ("is not", "is
unknown") match when none does, so a task without records "is not Acme" and "is unknown".
Operators that read a record's change history ("assigned in the last N days") are refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.filters import FilterContext, compile_condition, compile_groups, operators_for
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import PropertyInfo
from app.store import (
    ActivityKind,
    ActivityLink,
    ObjectType,
    PropertyType,
    Record,
    Task,
    TaskPriority,
    TaskStatus,
    TaskType,
)

T = PropertyType
TASKS_OBJECT_KEY = "tasks"
ASSIGNEE = "assignee_id"
RECORD = "associated_record"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "tend:task-properties")


def _prop(
    position: int, key: str, label: str, kind: PropertyType, column: str, *,
    read_only: bool = False, options: Iterable[StrEnum] = (),
) -> PropertyInfo:  # fmt: skip
    return PropertyInfo(
        uuid.uuid5(_NAMESPACE, key), key, label, kind, column, key == "title", read_only,
        tuple(o.value for o in options), None, position,
    )  # fmt: skip


# `column` names the Task attribute; for the associated record, the Record attribute read
# inside the EXISTS.
_PROPERTIES = (
    _prop(0, "title", QT_TR_NOOP("Title"), T.TEXT, "title"),
    _prop(1, "type", QT_TR_NOOP("Type"), T.CHOICE, "type", options=TaskType),
    _prop(2, "priority", QT_TR_NOOP("Priority"), T.CHOICE, "priority", options=TaskPriority),
    _prop(3, "status", QT_TR_NOOP("Status"), T.CHOICE, "status", options=TaskStatus),
    _prop(4, "due_at", QT_TR_NOOP("Due date"), T.DATETIME, "due_at"),
    _prop(5, "created_at", QT_TR_NOOP("Create date"), T.DATETIME, "created_at", read_only=True),
    _prop(6, "completed_at", QT_TR_NOOP("Completed"), T.DATETIME, "completed_at", read_only=True),
    _prop(7, ASSIGNEE, QT_TR_NOOP("Assigned to"), T.USER, "assignee_id"),
    _prop(8, RECORD, QT_TR_NOOP("Associated record"), T.TEXT, "name", read_only=True),
)
_BY_KEY = {p.key: p for p in _PROPERTIES}
# A negative operator on the associated record: "no associated record matches the positive".
_NEGATED = {"is_not": "is", "is_unknown": "is_known"}


def task_properties() -> dict[str, PropertyInfo]:
    """The task properties a filter can use, by key, in the order the editor shows them."""
    return dict(_BY_KEY)


def task_operators_for(kind: PropertyType) -> tuple[str, ...]:
    """The operators that fit a task property's type (no record-history operators)."""
    return operators_for(kind, on_records=False)


def task_value(prop: PropertyInfo) -> Any:
    """A task property's SQL expression (the associated record's is `Record.name`, which
    only means something inside `compile_task_condition`'s EXISTS)."""
    if prop.key == RECORD:
        return Record.name
    return getattr(Task, str(prop.column))


def tasks_object(session: Session) -> ObjectType:
    """The Tasks object type (OBJ-1), which task views belong to."""
    obj = session.scalar(
        select(ObjectType).where(
            ObjectType.key == TASKS_OBJECT_KEY, ObjectType.deleted_at.is_(None)
        )
    )
    if obj is None:
        raise NotFound(QT_TR_NOOP("The Tasks object is missing from this workspace."))
    return obj


def compile_task_condition(
    condition: Mapping[str, Any], ctx: FilterContext, session: Session
) -> ColumnElement[bool]:
    """One condition on tasks as SQL; ValidationError names the property when it does not
    fit (an unknown property, an operator that does not fit, a bad value)."""

    def compile_on_tasks(c: Mapping[str, Any]) -> ColumnElement[bool]:
        return compile_condition(c, _BY_KEY, ctx, session, value_of=task_value, on_records=False)

    op = condition.get("op")
    if condition.get("property") != RECORD or op not in task_operators_for(T.TEXT):
        return compile_on_tasks(condition)
    positive = _NEGATED.get(str(op), str(op))
    linked = exists(
        select(ActivityLink.id)
        .join(Record, Record.id == ActivityLink.record_id)
        .where(
            ActivityLink.kind == ActivityKind.TASK,
            ActivityLink.activity_id == Task.id,
            ActivityLink.deleted_at.is_(None),
            Record.deleted_at.is_(None),
            compile_on_tasks({**condition, "op": positive}),
        )
    )
    return ~linked if positive != op else linked


def compile_task_filters(
    groups: Sequence[Sequence[Mapping[str, Any]]], ctx: FilterContext, session: Session
) -> ColumnElement[bool]:
    """A task view's filters as SQL: OR between groups, AND within; none match all."""
    return compile_groups(groups, lambda c: compile_task_condition(c, ctx, session))


def names_assignee(group: Sequence[Mapping[str, Any]]) -> bool:
    """Whether a group of conditions says whose tasks it lists ("Assigned to")."""
    return any(c.get("property") == ASSIGNEE for c in group)
