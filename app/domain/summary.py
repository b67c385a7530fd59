"""What the Summary tab shows a viewer: tasks due today, overdue and tomorrow (SUM-2),
today's task progress (SUM-3), today's schedule (SUM-5), the customers they own, and the
cards of the workspace's default customer views (SUM-4) in the order admins gave them
(PERM-5). Who may see the Summary as another user (SUM-1, PERM-5) is decided here too.

Days are the viewer's days: "today" runs from midnight to midnight in their time zone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, select
from sqlalchemy.orm import Session

from app.domain import permissions, record_query, writer
from app.domain.errors import NotFound, ValidationError
from app.domain.filters import ME, FilterContext
from app.domain.history import ChangeBatch
from app.domain.i18n import QT_TR_NOOP
from app.domain.properties import load_properties
from app.domain.saved_views import MAX_DEFAULTS, OWNED_BY_ME, builtin_filters, effective_filters
from app.domain.viewer import Person, Viewer, viewer_of
from app.domain.zones import day_bounds, zone_of
from app.store import (
    ActivityKind,
    ActivityLink,
    Meeting,
    MeetingAttendee,
    PropertyDefinition,
    Record,
    SavedView,
    Sharing,
    Task,
    TaskStatus,
    User,
    ViewTab,
    Workspace,
    utcnow,
)

LIST_LIMIT = 6


@dataclass(frozen=True)
class TaskItem:
    """One task line: what, when, and the customer it is for."""

    id: uuid.UUID
    title: str
    due_at: dt.datetime | None
    due_all_day: bool
    type: str
    priority: str
    customer: str | None


@dataclass(frozen=True)
class TaskList:
    """A Summary task list: the first few items and how many there are in all."""

    items: list[TaskItem]
    total: int


@dataclass(frozen=True)
class MeetingItem:
    """One meeting of today's schedule."""

    id: uuid.UUID
    title: str
    start_at: dt.datetime
    end_at: dt.datetime
    link: str
    customer: str | None
    attendees: tuple[str, ...] = ()


@dataclass(frozen=True)
class Summary:
    """Everything the Summary tab shows, computed for one viewer at one instant."""

    today: dt.date
    due_today: TaskList
    overdue: TaskList
    due_tomorrow: TaskList
    done_today: int
    total_today: int
    meetings: list[MeetingItem]
    owned_customers: int
    # SUM-3's other side: tasks that were already overdue when today began, done today of
    # them all (those done today and those still open)
    overdue_done_today: int = 0

    @property
    def overdue_total(self) -> int:
        """The overdue tasks of the day: still open, or done today."""
        return self.overdue_done_today + self.overdue.total


# The day's reads, built once with their values as parameters: the Summary's first frame
# waits on about twenty of them, and building a statement costs more than running it.
_TASKS, _LINKS, _RECORDS = Task.__table__.c, ActivityLink.__table__.c, Record.__table__.c


@cache
def _names_statement() -> Select[Any]:
    return (
        select(_LINKS.activity_id, _RECORDS.name)
        .join_from(ActivityLink.__table__, Record.__table__, _RECORDS.id == _LINKS.record_id)
        .where(_LINKS.kind == bindparam("kind"),
               _LINKS.activity_id.in_(bindparam("ids", expanding=True)))
    )  # fmt: skip


@cache
def _task_statements(bounded: bool) -> tuple[Select[Any], Select[Any]]:
    """How many open tasks of "user" are due before "end" (and from "start" when
    `bounded`), and the first few of them."""
    where = (
        _TASKS.assignee_id == bindparam("user"),
        _TASKS.status == TaskStatus.OPEN,
        _TASKS.deleted_at.is_(None),
        _TASKS.due_at < bindparam("end", type_=_TASKS.due_at.type),
        *((_TASKS.due_at >= bindparam("start", type_=_TASKS.due_at.type),) if bounded else ()),
    )
    count = select(func.count()).select_from(Task.__table__).where(*where)
    columns = (_TASKS.id, _TASKS.title, _TASKS.due_at, _TASKS.due_all_day, _TASKS.type,
               _TASKS.priority)  # fmt: skip
    first = select(*columns).where(*where).order_by(_TASKS.due_at).limit(LIST_LIMIT)
    return count, first


@cache
def _completed_statement(overdue: bool) -> Select[Any]:
    """How many of "user"'s live tasks were completed: of those due in ["start", "end"),
    or (`overdue`) of those due before "start" and completed in ["start", "end")."""
    start = bindparam("start", type_=_TASKS.due_at.type)
    end = bindparam("end", type_=_TASKS.due_at.type)
    when = (
        (_TASKS.due_at < start, _TASKS.completed_at >= start, _TASKS.completed_at < end)
        if overdue else (_TASKS.due_at >= start, _TASKS.due_at < end)
    )  # fmt: skip
    return (
        select(func.count())
        .select_from(Task.__table__)
        .where(_TASKS.assignee_id == bindparam("user"), _TASKS.status == TaskStatus.COMPLETED,
               _TASKS.deleted_at.is_(None), *when)
    )  # fmt: skip


@cache
def _meeting_statements() -> tuple[Select[Any], Select[Any]]:
    """ "user"'s live meetings overlapping ["start", "end"), and their guests' names."""
    m, guests = Meeting.__table__.c, MeetingAttendee.__table__.c
    meetings = (
        select(m.id, m.title, m.start_at, m.end_at, m.link)
        .where(m.organizer_id == bindparam("user"), m.deleted_at.is_(None),
               m.start_at < bindparam("end", type_=m.start_at.type),
               m.end_at > bindparam("start", type_=m.end_at.type))
        .order_by(m.start_at)
    )  # fmt: skip
    names = (
        select(guests.meeting_id, guests.name)
        .where(guests.meeting_id.in_(bindparam("ids", expanding=True)),
               guests.user_id.is_(None))
        .order_by(guests.name)
    )  # fmt: skip
    return meetings, names


def _customer_names(session: Session, kind: ActivityKind, ids: list[uuid.UUID]) -> dict:
    if not ids:
        return {}
    rows = session.connection().execute(_names_statement(), {"kind": kind, "ids": ids})
    return dict(rows.all())


def _tasks(session: Session, user_id: uuid.UUID, start, end) -> TaskList:
    """The user's open tasks due in [start, end): the first few and how many. Read as Core
    rows, not ORM objects (the Summary's first frame waits on its nine task reads)."""
    count, first = _task_statements(start is not None)
    values = {"user": user_id, "start": start, "end": end}
    connection = session.connection()
    total = connection.scalar(count, values)
    rows = connection.execute(first, values).all()
    names = _customer_names(session, ActivityKind.TASK, [r.id for r in rows])
    items = [
        TaskItem(r.id, r.title, r.due_at, r.due_all_day, r.type, r.priority, names.get(r.id))
        for r in rows
    ]
    return TaskList(items, total or 0)


def _completed(session: Session, user_id: uuid.UUID, start, end, overdue: bool = False) -> int:
    """How many of the user's live tasks are completed, of those due in [start, end) (or,
    `overdue`, of those due before `start` and completed in [start, end))."""
    values = {"user": user_id, "start": start, "end": end}
    return session.connection().scalar(_completed_statement(overdue), values) or 0


def csm_condition(
    session: Session, workspace: Workspace, user_id: uuid.UUID
) -> ColumnElement[bool] | None:
    """The SQL condition "the record's CSM is `user_id`" under the workspace's CSM property
    (SET-1), or None when the workspace has none: the viewer's book of customers."""
    csm = session.get(PropertyDefinition, workspace.csm_property_id or uuid.UUID(int=0))
    if csm is None:
        return None
    if csm.column:
        return getattr(Record, csm.column) == user_id
    return Record.props[csm.key].as_string() == str(user_id)


def summary_for(
    session: Session, viewer: Person, workspace: Workspace, now: dt.datetime | None = None
) -> Summary:
    """The Summary of `viewer` at `now` (default: the present)."""
    session.flush()  # the reads below are Core rows (no autoflush), for the first frame
    tz = zone_of(viewer)
    now = now or utcnow()
    today = now.astimezone(tz).date()
    start, end = day_bounds(today, tz)
    _, tomorrow_end = day_bounds(today + dt.timedelta(days=1), tz)
    due_today = _tasks(session, viewer.id, start, end)
    done_today = _completed(session, viewer.id, start, end)
    connection = session.connection()
    meetings_of, guests_of = _meeting_statements()
    meetings = connection.execute(
        meetings_of, {"user": viewer.id, "start": start, "end": end}
    ).all()
    ids = [m.id for m in meetings]
    names = _customer_names(session, ActivityKind.MEETING, ids)
    guests: dict[uuid.UUID, list[str]] = {}
    if meetings:
        for meeting_id, name in connection.execute(guests_of, {"ids": ids}):
            guests.setdefault(meeting_id, []).append(name)
    overdue_done = _completed(session, viewer.id, start, end, overdue=True)
    owned = 0
    owner = csm_condition(session, workspace, viewer.id)
    if workspace.customer_object_id is not None and owner is not None:
        owned = (
            session.scalar(
                select(func.count())
                .select_from(Record)
                .where(
                    Record.object_type_id == workspace.customer_object_id,
                    owner,
                    Record.deleted_at.is_(None),
                )
            )
            or 0
        )
    return Summary(
        today=today,
        due_today=due_today,
        overdue=_tasks(session, viewer.id, None, start),
        due_tomorrow=_tasks(session, viewer.id, end, tomorrow_end),
        done_today=done_today,
        total_today=done_today + due_today.total,
        meetings=[
            MeetingItem(
                m.id,
                m.title,
                m.start_at,
                m.end_at,
                m.link,
                names.get(m.id),
                tuple(guests.get(m.id, ())),
            )
            for m in meetings
        ],
        owned_customers=owned,
        overdue_done_today=overdue_done,
    )


# ---- SUM-4: the default customer views' cards -------------------------------------------


@dataclass(frozen=True)
class ViewCard:
    """A default customer view on the Summary: its name, description and how many
    customers it holds for the person whose Summary it is."""

    view_id: uuid.UUID
    name: str
    description: str
    count: int
    builtin: str | None
    # the view's filters with "me" made the person's id: what "View records" lists
    filters: list[Any]


def default_views(session: Session, workspace: Workspace) -> list[SavedView]:
    """The workspace's default customer views (built-in and shared custom ones), in the
    order the Summary shows them: the order of the Customers tab, at most six."""
    return list(
        session.scalars(
            select(SavedView)
            .where(
                SavedView.workspace_id == workspace.id,
                SavedView.tab == ViewTab.CUSTOMERS,
                SavedView.is_default,
                SavedView.sharing == Sharing.EVERYONE,
                SavedView.deleted_at.is_(None),
            )
            .order_by(SavedView.position, SavedView.created_at)
            .limit(MAX_DEFAULTS)
        )
    )


def as_person(filters: list[Any], person_id: uuid.UUID) -> list[Any]:
    """A view's filters with "me" (the viewer) made `person_id`: the view as that person
    sees it, to list for someone else (SUM-1)."""

    def value(v: Any) -> Any:
        if isinstance(v, list):
            return [str(person_id) if item == ME else item for item in v]
        return str(person_id) if v == ME else v

    return [
        [{**condition, "value": value(condition["value"])} if "value" in condition else condition
         for condition in group]
        for group in filters
    ]  # fmt: skip


def view_cards(
    session: Session, person: Person, workspace: Workspace, now: dt.datetime | None = None
) -> list[ViewCard]:
    """SUM-4: one card per default customer view, with its count for `person` ("Owned
    by me" counts their customers); one count query per card."""
    if workspace.customer_object_id is None:
        return []
    props = load_properties(session, workspace.customer_object_id)
    local = (now or utcnow()).astimezone(zone_of(person))
    ctx = FilterContext(person.id, local.date(), local)
    cards = []
    for view in default_views(session, workspace):
        filters = effective_filters(session, view)
        query = record_query.RecordQuery(workspace.customer_object_id, filters)
        try:
            count = record_query.count(session, query, props, ctx)
        except ValidationError:  # a property it filters on was deleted: nothing matches
            count = 0
        mine = as_person(filters, person.id)
        cards.append(ViewCard(view.id, view.name, view.description, count, view.builtin, mine))
    return cards


def reorder_view_cards(
    session: Session, viewer: Person, workspace: Workspace, view_ids: list[uuid.UUID]
) -> None:
    """PERM-5: put the Summary's view cards in a new order (super admins and Manage CS
    settings holders only). The default views take the places they held among the
    Customers tab's views, in the new order, so the other views keep theirs."""
    actor = permissions.actor_for(session, viewer, permissions.can_reorder_summary_cards, workspace)
    views = default_views(session, workspace)
    if sorted(view_ids) != sorted(v.id for v in views):
        raise ValidationError(
            "order", QT_TR_NOOP("The Summary's cards changed meanwhile: try again.")
        )
    places: list[int] = []
    for view in views:  # their places, made distinct (views made together share one)
        places.append(max(view.position, places[-1] + 1) if places else view.position)
    by_id = {v.id: v for v in views}
    batch = ChangeBatch(session, actor.id)
    for place, view_id in zip(places, view_ids, strict=True):
        if by_id[view_id].position != place:
            writer.set_fields(batch, by_id[view_id], {"position": place})
    session.flush()


# ---- SUM-1: the Summary as another user ----------------------------------------------------


def people_to_view_as(session: Session, viewer: Person) -> list[tuple[uuid.UUID, str]]:
    """The active users whose Summary the viewer may see (PERM-5), by name, the viewer
    among them; PermissionDenied for anyone else."""
    permissions.can_view_as_other_user(viewer).require()
    rows = session.execute(
        select(User.id, User.name)
        .where(User.deleted_at.is_(None), User.is_active)
        .order_by(func.lower(User.name))
    )
    return [(user_id, name) for user_id, name in rows]


def summary_person(session: Session, viewer: Person, user_id: uuid.UUID) -> Viewer:
    """The person whose Summary is shown: the viewer, or (SUM-1, PERM-5) another active
    user when the viewer may look as them; PermissionDenied or NotFound otherwise."""
    if user_id != viewer.id:
        permissions.can_view_as_other_user(viewer).require()
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None or not user.is_active:
        raise NotFound(QT_TR_NOOP("That user no longer exists or was deactivated."))
    return viewer_of(user)


def band_filters(
    session: Session, person: Person, workspace: Workspace, band: str, book: bool
) -> list[Any]:
    """SUM-6 "[N] customers" on someone else's Summary (SUM-1): the filters listing their
    customers (`book`) or every customer in one health band, for the viewer's table."""
    condition = {"property": "health_status", "op": "is_any_of", "value": [band]}
    base = as_person(builtin_filters(session, workspace, OWNED_BY_ME), person.id) if book else []
    return [[*group, condition] for group in base or [[]]]
