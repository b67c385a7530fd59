"""Importing tasks (DATA-4): tasks are not records (ACT-1 keeps them in a table of their
own), so their catalogue describes the `Task` fields as properties: title, type,
priority, status, due date, assignee (by e-mail or name), notes, and the company a row
names (by domain or name) as the task's associated record. Each row is written by
`tasks.create_task`, the one way tasks are made, with the import's change batch.

The words CRM exports use for a task's status, priority and type (HubSpot's `NOT_STARTED`,
`COMPLETED`; Salesforce's "In Progress", "Normal") are read as Tend's: any status that is
not done is open; Salesforce's "Normal" priority is medium. A task has no source ID to
find it by, so a re-import creates the tasks again (the wizard says so)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.domain.csv_import.mapping import ObjectCatalog
from app.domain.properties import PropertyInfo
from app.domain.task_filters import tasks_object
from app.store import PropertyType, TaskPriority, TaskStatus, TaskType

TASKS = "tasks"
T = PropertyType
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "tend:task-import")


def _prop(position: int, key: str, label: str, kind: PropertyType, options=()) -> PropertyInfo:
    return PropertyInfo(
        uuid.uuid5(_NAMESPACE, key), key, label, kind, None, key == "title", False,
        tuple(o.value for o in options), None, position,
    )  # fmt: skip


PROPS = {
    p.key: p
    for p in (
        _prop(0, "title", "Title", T.TEXT),
        _prop(1, "due_date", "Due date", T.DATE),
        _prop(2, "status", "Status", T.CHOICE, TaskStatus),
        _prop(3, "priority", "Priority", T.CHOICE, TaskPriority),
        _prop(4, "type", "Type", T.CHOICE, TaskType),
        _prop(5, "assignee_id", "Assigned to", T.USER),
        _prop(6, "notes", "Notes", T.MULTILINE),
    )
}
_DONE = ("completed", "complete", "done", "closed", "finished", "true", "yes")
_OPEN = ("open", "notstarted", "inprogress", "waiting", "waitingonsomeoneelse", "deferred",
         "todo", "pending", "false", "no", "")  # fmt: skip
SYNONYMS: Mapping[str, Mapping[str, str]] = {
    "status": {
        **{w: TaskStatus.COMPLETED.value for w in _DONE},
        **{w: TaskStatus.OPEN.value for w in _OPEN},
    },
    "priority": {
        "normal": TaskPriority.MEDIUM.value, "med": TaskPriority.MEDIUM.value,
        "urgent": TaskPriority.HIGH.value, "none": TaskPriority.NONE.value,
    },
    "type": {
        "todo": TaskType.TODO.value, "task": TaskType.TODO.value, "other": TaskType.TODO.value,
        "phonecall": TaskType.CALL.value, "call": TaskType.CALL.value,
        "email": TaskType.EMAIL.value, "sendemail": TaskType.EMAIL.value,
    },
}  # fmt: skip


def tasks_catalog(
    session: Session, users: Mapping[str, uuid.UUID], zone: dt.tzinfo
) -> ObjectCatalog:
    """The catalogue of an import into tasks."""
    obj = tasks_object(session)
    return ObjectCatalog(obj.id, TASKS, obj.singular, False, PROPS, users, {}, None, zone, SYNONYMS)
