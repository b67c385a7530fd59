"""What a report can be built from (issue 15 item 1, the report builder): the objects a
report reads — every record object, and the tasks — each with the properties it can add
up, group by (a stage where the object has pipelines) and stack a bar by, in the order
the object's settings list them. `reports.check` stays the rule; this is the menu."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.associations import record_objects
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import PropertyInfo
from app.domain.reports import GROUPED, MEASURED, STAGE, subject
from app.domain.task_filters import tasks_object
from app.store import PropertyType

T = PropertyType
STACKED = (T.CHOICE, T.USER, T.CHECKBOX)  # what cuts a stacked bar (no dates)


@dataclass(frozen=True)
class Choice:
    """One way to add up, group or stack: a property key (or STAGE) and its label."""

    key: str
    label: str
    dated: bool = False  # a date grouping, cut by week, month or quarter


@dataclass(frozen=True)
class ReportObject:
    """An object a report can read, and its choices."""

    id: uuid.UUID
    label: str  # its plural ("Deals")
    measures: tuple[Choice, ...]  # number and currency properties
    groupings: tuple[Choice, ...]
    stacks: tuple[Choice, ...]
    props: dict[str, PropertyInfo]  # what its filters can name
    tasks: bool = False  # the Tasks object: task properties, the Actions tab's filters


def report_objects(session: Session) -> list[ReportObject]:
    """The objects a report can read, in the workspace's order, the tasks last."""
    out = []
    for obj in record_objects(session):
        about = subject(session, obj.id)
        out.append(_choices(obj.id, obj.plural, about.props, obj.has_pipelines))
    tasks = tasks_object(session)
    out.append(_choices(tasks.id, tasks.plural, subject(session, tasks.id).props, False, True))
    return out


def _choices(
    object_id: uuid.UUID, label: str, props: dict[str, PropertyInfo], staged: bool,
    tasks: bool = False,
) -> ReportObject:  # fmt: skip
    ordered = sorted(props.values(), key=lambda p: (p.position, p.label.casefold()))
    stage = (Choice(STAGE, QT_TR_NOOP("Stage")),) if staged else ()
    measures = tuple(Choice(p.key, p.label) for p in ordered if p.type in MEASURED)
    groupings = stage + tuple(
        Choice(p.key, p.label, p.type in (T.DATE, T.DATETIME)) for p in ordered if p.type in GROUPED
    )
    stacks = stage + tuple(Choice(p.key, p.label) for p in ordered if p.type in STACKED)
    return ReportObject(object_id, label, measures, groupings, stacks, props, tasks)
