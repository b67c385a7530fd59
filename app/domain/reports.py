"""Reports (SUM-7, DASH-2, issue 15 item 1): a single-object report — an object's records
through filters (the filter compiler), a measure (count, or the sum, average, lowest or
highest of a number or currency property), an optional grouping (a choice, user, stage or
checkbox property, or a date property by week, month or quarter), for a stacked bar a
second grouping that cuts each bar (a choice, user, stage or checkbox) and a chart —
computed as one SQL aggregate over the records.

Tasks are not records, but the Tasks object (OBJ-1) reports on them: its properties are
the task columns `task_filters` describes (type, priority, status, due date, assignee),
its filters the Actions tab's ("Open tasks by owner").

A date grouping is grouped by day in SQL and folded into weeks (from Monday), months or
quarters here, the sums and counts added (so an average stays exact). A date-and-time
property's day is the viewer's: its value is shifted by the viewer's offset from UTC now
(an event within an hour of midnight on a day of the other daylight-saving offset can
land in the day beside it; docs/decisions.md "Reports").

Each group carries the condition that selects its records, so a click on a bar or slice
opens exactly those records in their tab (the report's filters with it ANDed in).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Date, DateTime, String, and_, cast, func, literal, select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError, required_name
from app.domain.filters import FilterContext, combine, sql_value
from app.domain.i18n import QT_TR_NOOP
from app.domain.permissions import can_add_reports
from app.domain.properties import PropertyInfo, load_properties
from app.domain.record_query import RecordQuery, matching
from app.domain.task_filters import (
    TASKS_OBJECT_KEY,
    compile_task_filters,
    task_properties,
    task_value,
)
from app.domain.viewer import Person
from app.domain.workspace import user_names
from app.store import (
    ChartKind,
    ObjectType,
    PropertyType,
    Record,
    Report,
    Stage,
    Task,
    ViewTab,
)

T = PropertyType
__all__ = [  # ChartKind too: the views name a report's chart through this module
    "GALLERY",
    "STAGE",
    "ChartKind",
    "Group",
    "Measure",
    "Period",
    "ReportResult",
    "ReportSpec",
    "check",
    "compute",
    "drill_down",
    "gallery",
    "records_tab",
    "save_report",
    "stored_spec",
]  # fmt: skip


class Measure(enum.StrEnum):
    """What a report adds up."""

    COUNT = "count"
    SUM = "sum"
    AVERAGE = "average"
    MIN = "min"
    MAX = "max"


class Period(enum.StrEnum):
    """How a date grouping is cut."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


STAGE = "stage"  # the grouping by a record's pipeline stage (not a property)
MEASURED = (T.NUMBER, T.CURRENCY)
GROUPED = (T.CHOICE, T.USER, T.CHECKBOX, T.DATE, T.DATETIME)


@dataclass(frozen=True)
class ReportSpec:
    """What a report computes (stored in `Report.config` with its chart)."""

    object_type_id: uuid.UUID
    filters: Sequence[Sequence[Mapping[str, Any]]] = ()
    measure: Measure = Measure.COUNT
    measure_key: str | None = None  # the number or currency property of other measures
    group_key: str | None = None  # a property key, or STAGE
    period: Period | None = None  # a date grouping's
    chart: ChartKind = ChartKind.BAR
    stack_key: str | None = None  # a stacked bar's second grouping: a property key, or STAGE

    def __post_init__(self) -> None:  # one form of filters, so equal specs compare equal
        groups = tuple(tuple(dict(c) for c in group) for group in self.filters)
        object.__setattr__(self, "filters", groups)

    def config(self) -> dict[str, Any]:
        """The spec as `Report.config` keeps it (the object and chart are columns)."""
        return {
            "filters": [list(map(dict, group)) for group in self.filters],
            "measure": self.measure.value, "measure_key": self.measure_key,
            "group_key": self.group_key, "period": self.period.value if self.period else None,
            "stack_key": self.stack_key,
        }  # fmt: skip

    @classmethod
    def stored(cls, report: Report) -> ReportSpec:
        """The spec of a stored report (a `Report` row)."""
        config = report.config or {}
        period = config.get("period")
        return cls(
            report.object_type_id, config.get("filters") or (),
            Measure(config.get("measure") or Measure.COUNT), config.get("measure_key"),
            config.get("group_key"), Period(period) if period else None, report.chart,
            config.get("stack_key"),
        )  # fmt: skip


@dataclass(frozen=True)
class Group:
    """One bar, slice, point or table row."""

    key: Any  # the stored value (an option, a user id, a stage id, a bool, a period's start)
    label: str
    value: float | None  # the measure (None: an average, lowest or highest of nothing)
    count: int  # how many records
    condition: Mapping[str, Any] | None  # selects its records (None: the report's all)
    # A stacked bar's: the bar's parts, one per stack value it has, in the series' order;
    # a part's `bar` is the bar it cuts (its records are both conditions').
    parts: tuple[Group, ...] = ()
    bar: Group | None = None


@dataclass(frozen=True)
class ReportResult:
    """What a report shows: its groups in their order, and the measure over all."""

    groups: list[Group]
    total: float | None
    count: int
    measure_prop: PropertyInfo | None = None  # for formatting (a currency's units)
    group_prop: PropertyInfo | None = None
    spec: ReportSpec | None = field(default=None, compare=False)
    series: tuple[tuple[Any, str], ...] = ()  # a stacked bar's stack values and names, in order


NO_VALUE = QT_TR_NOOP("(No value)")


@dataclass(frozen=True)
class Subject:
    """What a report reads: the records of an object, or the tasks (the Tasks object)."""

    props: dict[str, PropertyInfo]
    tasks: bool

    def value(self, prop: PropertyInfo) -> Any:
        """A property's SQL expression."""
        return task_value(prop) if self.tasks else sql_value(prop)

    def native(self, prop: PropertyInfo) -> bool:
        """Whether the value is a typed column (not a JSON value)."""
        return self.tasks or bool(prop.column)


def subject(session: Session, object_type_id: uuid.UUID) -> Subject:
    """A report's object: its properties, and whether it is the Tasks object."""
    kind = session.scalar(select(ObjectType.key).where(ObjectType.id == object_type_id))
    if kind == TASKS_OBJECT_KEY:
        return Subject(task_properties(), True)
    return Subject(load_properties(session, object_type_id), False)


def check(
    session: Session, spec: ReportSpec
) -> tuple[Subject, PropertyInfo | None, PropertyInfo | None]:
    """The report's subject and the measure's and grouping's properties, or
    ValidationError."""
    about = subject(session, spec.object_type_id)
    props = about.props
    measured = None
    if spec.measure != Measure.COUNT:
        measured = props.get(spec.measure_key or "")
        if measured is None or measured.type not in MEASURED:
            raise ValidationError(
                "measure_key", QT_TR_NOOP("Choose a number or currency property to add up.")
            )
    grouped = _group_prop(about, spec)
    _stack_prop(props, spec)  # one that fits, or ValidationError
    if spec.chart == ChartKind.STACKED_BAR and not (spec.group_key and spec.stack_key):
        raise ValidationError(
            "stack_key", QT_TR_NOOP("A stacked bar needs a grouping and a second one.")
        )
    if spec.stack_key and spec.stack_key == spec.group_key:
        raise ValidationError("stack_key", QT_TR_NOOP("Stack the bars by another property."))
    return about, measured, grouped


def _group_prop(about: Subject, spec: ReportSpec) -> PropertyInfo | None:
    """The grouping's property (None for the stage, or none), or ValidationError."""
    if about.tasks and STAGE in (spec.group_key, spec.stack_key):
        raise ValidationError("group_key", QT_TR_NOOP("Tasks have no stages."))
    if not spec.group_key or spec.group_key == STAGE:
        if spec.period is not None:
            raise ValidationError("period", QT_TR_NOOP("Only a date grouping is cut by period."))
        return None
    grouped = about.props.get(spec.group_key)
    if grouped is None or grouped.type not in GROUPED:
        raise ValidationError(
            "group_key", QT_TR_NOOP("Group by a choice, owner, stage, checkbox or date property.")
        )
    dated = grouped.type in (T.DATE, T.DATETIME)
    if dated and spec.period is None:
        raise ValidationError("period", QT_TR_NOOP("Choose weeks, months or quarters."))
    if not dated and spec.period is not None:
        raise ValidationError("period", QT_TR_NOOP("Only a date grouping is cut by period."))
    return grouped


def _stack_prop(props: Mapping[str, PropertyInfo], spec: ReportSpec) -> PropertyInfo | None:
    """The stacked bar's second grouping (None for the stage, or none), or ValidationError."""
    if not spec.stack_key or spec.stack_key == STAGE:
        return None
    prop = props.get(spec.stack_key)
    if prop is None or prop.type not in (T.CHOICE, T.USER, T.CHECKBOX):
        raise ValidationError(
            "stack_key",
            QT_TR_NOOP("Stack the bars by a choice, owner, stage or checkbox property."),
        )
    return prop


def compute(session: Session, spec: ReportSpec, ctx: FilterContext) -> ReportResult:
    """The report's groups and total, in one aggregate over the matching records (or
    tasks); a stacked bar's groups carry their parts."""
    about, measured, grouped = check(session, spec)
    if about.tasks:
        table: Any = Task
        where = and_(Task.deleted_at.is_(None), compile_task_filters(spec.filters, ctx, session))
    else:
        table = Record
        query = RecordQuery(spec.object_type_id, spec.filters)
        where = matching(session, query, about.props, ctx)
    value = about.value(measured) if measured is not None else None
    aggregate: Any = {
        Measure.COUNT: lambda: func.count(),
        Measure.SUM: lambda: func.sum(value),
        Measure.AVERAGE: lambda: func.sum(value),  # sum and count of values: averages fold
        Measure.MIN: lambda: func.min(value),
        Measure.MAX: lambda: func.max(value),
    }[spec.measure]()
    counted = func.count(value) if value is not None else func.count()
    key = _group_expression(session, about, spec.group_key, grouped, spec.period, ctx)
    stacked = _stack_prop(about.props, spec)
    stack = _group_expression(session, about, spec.stack_key, stacked, None, ctx)
    grouping: Any = key if key is not None else literal(None)
    columns = [grouping, aggregate, counted, func.count()]
    if stack is not None:
        columns.append(stack)
    statement = select(*columns).select_from(table).where(where)
    for expression in (key, stack):
        if expression is not None:
            statement = statement.group_by(expression)
    fetched = list(session.execute(statement))
    rows = [(r[0], r[1], r[2], r[3]) for r in fetched]
    if stack is not None:  # the bars first: each key's parts added up
        rows = _totals(rows, spec.measure)
    folded = _fold(rows, spec, grouped)
    groups = _ordered(session, folded, spec, grouped)
    total = _combine([(v, n) for _k, v, n, _c in folded], spec.measure)
    count = sum(row[3] for row in folded)
    series: tuple[tuple[Any, str], ...] = ()
    if stack is not None:
        groups, series = _stacked(session, groups, fetched, spec, stacked)
    return ReportResult(groups, total, count, measured, grouped, spec, series)


def _totals(rows: list[Row], measure: Measure) -> list[Row]:
    """Rows of (key, stack) added up by key, as the bars' own rows."""
    by_key: dict[Any, list[Row]] = {}
    for row in rows:
        by_key.setdefault(row[0], []).append(row)
    return [
        (k, _combine([(v, n) for _k, v, n, _c in got], measure, raw=True),
         sum(r[2] for r in got), sum(r[3] for r in got))
        for k, got in by_key.items()
    ]  # fmt: skip


def _stacked(
    session: Session, bars: list[Group], fetched: list[Any], spec: ReportSpec,
    stacked: PropertyInfo | None,
) -> tuple[list[Group], tuple[tuple[Any, str], ...]]:  # fmt: skip
    """Each bar with its parts (one per stack value it has, in the series' order), and the
    series: every stack value in its order, named."""
    parts: dict[Any, list[Row]] = {}
    for key, value, counted, records, stack in fetched:
        if spec.period is not None:  # a day, in its period's bar
            key = _period_of(key, spec.period)
        parts.setdefault(key, []).append((stack, value, counted, records))
    as_stack = replace(spec, group_key=spec.stack_key, period=None, stack_key=None)
    every = [(k, v, n, c) for got in parts.values() for k, v, n, c in got]
    named = {g.key: g for g in _ordered(session, _totals(every, spec.measure), as_stack,
                                         stacked)}  # fmt: skip
    series = tuple((k, g.label) for k, g in named.items())
    place = {k: i for i, k in enumerate(named)}
    out = []
    for bar in bars:
        mine = sorted(_totals(parts.get(bar.key, []), spec.measure), key=lambda r: place[r[0]])
        cut = tuple(
            Group(k, named[k].label, _value(v, n, spec), records,
                  _condition(k, as_stack, stacked), bar=bar)
            for k, v, n, records in mine
        )  # fmt: skip
        out.append(replace(bar, parts=cut))
    return out, series


def _group_expression(
    session: Session, about: Subject, group_key: str | None, grouped: PropertyInfo | None,
    period: Period | None, ctx: FilterContext,
) -> Any:  # fmt: skip
    if group_key == STAGE:
        return Record.stage_id
    if grouped is None:
        return None
    column = about.value(grouped)
    if grouped.type not in (T.DATE, T.DATETIME):
        return column
    native = about.native(grouped)
    postgres = session.get_bind().dialect.name == "postgresql"
    if grouped.type == T.DATE:
        if postgres and native:
            return func.to_char(cast(column, Date), "YYYY-MM-DD")
        return func.substr(cast(column, String), 1, 10)
    minutes = int((ctx.now.utcoffset() or dt.timedelta()).total_seconds() // 60)
    if postgres:
        instant = column if native else cast(column, DateTime(timezone=True))
        local = func.timezone("UTC", instant) + func.make_interval(0, 0, 0, 0, 0, minutes)
        return func.to_char(local, "YYYY-MM-DD")
    return func.date(column, f"{minutes:+d} minutes")


Row = tuple[Any, Any, int, int]  # key, aggregate, values counted, records


def _fold(rows: list[Row], spec: ReportSpec, grouped: PropertyInfo | None) -> list[Row]:
    """Days folded into the spec's periods (keys become each period's first day)."""
    if spec.period is None or grouped is None:
        return rows
    buckets: dict[dt.date | None, list[Row]] = {}
    for day, value, counted, records in rows:
        start = _period_of(day, spec.period)
        buckets.setdefault(start, []).append((start, value, counted, records))
    return [
        (start, _combine([(v, n) for _s, v, n, _r in got], spec.measure, raw=True),
         sum(n for _s, _v, n, _r in got), sum(row[3] for row in got))
        for start, got in buckets.items()
    ]  # fmt: skip


def _period_of(day: str | None, period: Period) -> dt.date | None:
    """The first day of the period a day ("YYYY-MM-DD" from SQL) falls in."""
    return _period_start(dt.date.fromisoformat(day), period) if day else None


def _period_start(day: dt.date, period: Period) -> dt.date:
    if period == Period.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if period == Period.MONTH:
        return day.replace(day=1)
    return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)


def _combine(parts: list[tuple[Any, int]], measure: Measure, *, raw: bool = False) -> Any:
    """The measure over several groups' (aggregate, values counted): sums and counts add;
    the lowest and highest compare. `raw` keeps an average's sum (to fold again)."""
    present = [(v, n) for v, n in parts if v is not None]
    if measure in (Measure.COUNT, Measure.SUM):
        return sum(v for v, _n in present) if present or measure == Measure.COUNT else None
    if measure == Measure.AVERAGE:
        total, counted = sum(v for v, _n in present), sum(n for _v, n in present)
        if raw:
            return total if present else None
        return total / counted if counted else None
    if not present:
        return None
    values = [v for v, _n in present]
    return min(values) if measure == Measure.MIN else max(values)


def _ordered(
    session: Session, rows: list[Row], spec: ReportSpec, grouped: PropertyInfo | None
) -> list[Group]:
    """The groups in the order a reader expects: options and stages in their order,
    people by name, Yes before No, periods by date; "(No value)" last."""
    if spec.group_key is None:
        return [
            Group(None, "", _value(v, n, spec), n_records, None) for _k, v, n, n_records in rows
        ]
    labels, order = _labels(session, rows, spec, grouped)
    groups = [
        Group(k, labels(k), _value(v, n, spec), records, _condition(k, spec, grouped))
        for k, v, n, records in rows
    ]
    return sorted(groups, key=lambda g: (g.key is None, order(g)))


def _value(aggregate: Any, counted: int, spec: ReportSpec) -> float | None:
    if spec.measure == Measure.AVERAGE:
        return aggregate / counted if counted and aggregate is not None else None
    if spec.measure == Measure.COUNT:
        return float(aggregate or 0)
    return float(aggregate) if aggregate is not None else None


def _labels(session: Session, rows: list[Row], spec: ReportSpec, grouped: PropertyInfo | None):
    """How each group is named, and its place."""
    if spec.group_key == STAGE:
        stages = {
            sid: (name, position)
            for sid, name, position in session.execute(
                select(Stage.id, Stage.name, Stage.position).where(
                    Stage.id.in_([k for k, *_r in rows if k is not None])
                )
            )
        }
        return (lambda k: stages.get(k, (NO_VALUE, 0))[0] if k is not None else NO_VALUE,
                lambda g: (stages.get(g.key, ("", 0))[1], g.label))  # fmt: skip
    assert grouped is not None
    if grouped.type == T.USER:
        names = {str(uid): name for uid, name in user_names(session).items()}
        unknown = QT_TR_NOOP("Unknown user")
        return (lambda k: names.get(str(k), unknown) if k is not None else NO_VALUE,
                lambda g: g.label.casefold())  # fmt: skip
    if grouped.type == T.CHOICE:
        place = {option: i for i, option in enumerate(grouped.options)}
        return (lambda k: grouped.label_of(k) if k is not None else NO_VALUE,
                lambda g: (place.get(g.key, len(place)), g.label))  # fmt: skip
    if grouped.type == T.CHECKBOX:
        return (lambda k: NO_VALUE if k is None else (QT_TR_NOOP("Yes") if k else QT_TR_NOOP("No")),
                lambda g: not g.key)  # fmt: skip
    return (lambda k: _period_label(k, spec.period) if k is not None else NO_VALUE,
            lambda g: g.key)  # fmt: skip


def _period_label(start: dt.date, period: Period | None) -> str:
    """A period as a chart's axis names it (the view formats dates in the locale)."""
    if period == Period.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if period == Period.MONTH:
        return start.strftime("%b %Y")
    return start.isoformat()


def _condition(
    key: Any, spec: ReportSpec, grouped: PropertyInfo | None
) -> Mapping[str, Any] | None:
    """The filter condition selecting a group's records."""
    if spec.group_key == STAGE:
        return None if key is None else {"stage_id": str(key)}
    assert grouped is not None
    if key is None:
        return {"property": grouped.key, "op": "is_unknown"}
    if grouped.type in (T.DATE, T.DATETIME):
        assert spec.period is not None
        last = _period_end(key, spec.period) - dt.timedelta(days=1)
        return {
            "property": grouped.key,
            "op": "between",
            "value": [key.isoformat(), last.isoformat()],
        }
    if grouped.type == T.CHECKBOX:
        return {"property": grouped.key, "op": "is", "value": bool(key)}
    return {"property": grouped.key, "op": "is_any_of", "value": [str(key)]}


def _period_end(start: dt.date, period: Period) -> dt.date:
    if period == Period.WEEK:
        return start + dt.timedelta(days=7)
    months = 1 if period == Period.MONTH else 3
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def drill_down(spec: ReportSpec, group: Group) -> RecordQuery:
    """The records (or tasks) behind a group or a part of a stacked bar, as their tab
    lists them."""
    conditions = [c for c in (group.condition, group.bar.condition if group.bar else None) if c]
    stage = next((c["stage_id"] for c in conditions if "stage_id" in c), None)
    others = [c for c in conditions if "stage_id" not in c]
    filters = combine(spec.filters, others) if others else [list(g) for g in spec.filters]
    return RecordQuery(spec.object_type_id, filters,
                       stage_id=uuid.UUID(stage) if stage else None)  # fmt: skip


def records_tab(session: Session, viewer: Person, object_type_id: uuid.UUID) -> ViewTab | None:
    """The tab that lists a report's records in the viewer's workspace: Customers for the
    customer object, Services or Revenue for the objects of their pipelines, Actions for
    the tasks; None when no tab lists them (a click on the chart opens nothing)."""
    from app.domain.pipelines import tab_objects
    from app.domain.workspace import workspace_for

    ws = workspace_for(session, viewer)
    if object_type_id == ws.customer_object_id:
        return ViewTab.CUSTOMERS
    if subject(session, object_type_id).tasks:
        return ViewTab.ACTIONS
    for tab in (ViewTab.SERVICES, ViewTab.REVENUE):
        if any(o.id == object_type_id for o in tab_objects(session, ws, tab)):
            return tab
    return None


# ---- stored reports and the gallery ------------------------------------------------------


@dataclass(frozen=True)
class GalleryReport:
    """A ready report to start from: its name, the object it reads and its spec."""

    name: str
    object_key: str
    chart: ChartKind
    measure: Measure = Measure.COUNT
    measure_key: str | None = None
    group_key: str | None = None  # a property key, STAGE, or "customer:<SET-3 role>"
    period: Period | None = None
    stack_key: str | None = None
    filters: tuple[tuple[Mapping[str, Any], ...], ...] = ()


OPEN_TASKS = (({"property": "status", "op": "is_any_of", "value": ["open"]},),)
GALLERY = (
    GalleryReport(QT_TR_NOOP("Customers by health status"), "customer", ChartKind.PIE,
                  group_key="health_status"),
    GalleryReport(QT_TR_NOOP("ARR by CSM"), "customer", ChartKind.BAR, Measure.SUM, "arr",
                  group_key="customer:csm"),
    GalleryReport(QT_TR_NOOP("Renewals by month"), "customer", ChartKind.LINE,
                  group_key="customer:renewal", period=Period.MONTH),
    GalleryReport(QT_TR_NOOP("Deals by stage"), "deals", ChartKind.BAR, group_key=STAGE),
    GalleryReport(QT_TR_NOOP("Tickets opened per week"), "tickets", ChartKind.LINE,
                  group_key="create_date", period=Period.WEEK),
    GalleryReport(QT_TR_NOOP("ARR by tier"), "customer", ChartKind.PIE, Measure.SUM, "arr",
                  group_key="tier"),
    GalleryReport(QT_TR_NOOP("Open tasks by owner"), TASKS_OBJECT_KEY, ChartKind.BAR,
                  group_key="assignee_id", filters=OPEN_TASKS),
    GalleryReport(QT_TR_NOOP("Health by tier"), "customer", ChartKind.STACKED_BAR, group_key="tier",
                  stack_key="health_status"),
)  # fmt: skip


def gallery(
    session: Session, workspace_id: uuid.UUID | None = None
) -> list[tuple[str, ReportSpec]]:
    """The ready reports this workspace can compute (an object or property it lacks drops
    its report), with their specs. "The customer" and its CSM and renewal properties are
    the workspace's choices (SET-1, SET-3)."""
    from app.domain.workspace import main_workspace
    from app.store import ObjectType, PropertyDefinition, Workspace

    ws = session.get(Workspace, workspace_id) if workspace_id else main_workspace(session)
    objects = {
        key: oid
        for key, oid in session.execute(
            select(ObjectType.key, ObjectType.id).where(ObjectType.deleted_at.is_(None))
        )
    }
    roles: dict[str, uuid.UUID | None] = {
        "csm": ws.csm_property_id if ws else None,
        "renewal": ws.renewal_property_id if ws else None,
    }
    out = []
    for ready in GALLERY:
        object_id = (
            ws.customer_object_id
            if ready.object_key == "customer" and ws
            else (objects.get(ready.object_key))
        )
        if object_id is None:
            continue
        keys = [ready.group_key, ready.stack_key]
        for i, key in enumerate(keys):
            if key and key.startswith("customer:"):
                prop_id = roles.get(key.split(":", 1)[1])
                prop = session.get(PropertyDefinition, prop_id) if prop_id else None
                keys[i] = prop.key if prop is not None else ""
        if "" in keys:
            continue  # the workspace has not chosen that role's property
        group, stack = keys
        spec = ReportSpec(object_id, ready.filters, ready.measure, ready.measure_key, group,
                          ready.period, ready.chart, stack)  # fmt: skip
        try:
            check(session, spec)
        except ValidationError:
            continue
        out.append((ready.name, spec))
    return out


def check_name(name: str) -> str:
    """A report's name as kept (trimmed), or ValidationError."""
    return required_name(name, QT_TR_NOOP("Give the report a name."))


def save_report(session: Session, viewer: Person, name: str, spec: ReportSpec) -> uuid.UUID:
    """A report kept for the Summary and dashboards (the viewer's)."""
    from app.domain import writer
    from app.domain.history import ChangeBatch
    from app.store import new_id

    can_add_reports(viewer).require()
    name = check_name(name)
    check(session, spec)
    report = Report(id=new_id(), name=name, object_type_id=spec.object_type_id,
                    chart=spec.chart, config=spec.config(), owner_id=viewer.id)  # fmt: skip
    writer.add(ChangeBatch(session, viewer.id), report)
    return report.id


def stored_spec(session: Session, report_id: uuid.UUID) -> tuple[str, ReportSpec]:
    """A stored report's name and spec."""
    from app.domain.errors import NotFound

    report = session.get(Report, report_id)
    if report is None or report.deleted_at is not None:
        raise NotFound(QT_TR_NOOP("This report was deleted."))
    return report.name, ReportSpec.stored(report)


# ---- the Summary's reports (SUM-7): at most five, the viewer's own ------------------------

MAX_PINNED = 5


def pinned(session: Session, viewer: Person) -> list[tuple[uuid.UUID, str, ReportSpec]]:
    """The reports on the viewer's Summary, in their order: (report id, name, spec)."""
    from app.store import SummaryReport

    rows = session.execute(
        select(Report)
        .join(SummaryReport, SummaryReport.report_id == Report.id)
        .where(
            SummaryReport.user_id == viewer.id, SummaryReport.deleted_at.is_(None),
            Report.deleted_at.is_(None),
        )
        .order_by(SummaryReport.position, SummaryReport.created_at)
    ).scalars()  # fmt: skip
    return [(r.id, r.name, ReportSpec.stored(r)) for r in rows]


def pin(session: Session, viewer: Person, report_id: uuid.UUID) -> None:
    """Put a report on the viewer's Summary, last ("+ Add report"); a sixth is refused. A
    report unpinned before comes back (its row, not a second one)."""
    from app.domain import writer
    from app.domain.history import ChangeBatch
    from app.store import SummaryReport, new_id

    can_add_reports(viewer).require()
    stored_spec(session, report_id)  # it exists
    shown = pinned(session, viewer)
    if any(rid == report_id for rid, _n, _s in shown):
        return
    if len(shown) >= MAX_PINNED:
        raise ValidationError(
            "report",
            QT_TR_NOOP("The Summary shows up to {n} reports: remove one first."),
            n=MAX_PINNED,
        )
    batch = ChangeBatch(session, viewer.id)
    last = session.scalar(
        select(func.max(SummaryReport.position)).where(
            SummaryReport.user_id == viewer.id, SummaryReport.deleted_at.is_(None)
        )
    )
    position = 0 if last is None else last + 1
    row = session.scalars(
        select(SummaryReport).where(
            SummaryReport.user_id == viewer.id, SummaryReport.report_id == report_id
        )
    ).first()
    if row is not None:
        writer.restore(batch, row)
        writer.set_fields(batch, row, {"position": position})
        return
    writer.add(batch, SummaryReport(id=new_id(), user_id=viewer.id, report_id=report_id,
                                    position=position))  # fmt: skip


def unpin(session: Session, viewer: Person, report_id: uuid.UUID) -> bool:
    """Take a report off the viewer's Summary (the report is kept); False if it was not on."""
    from app.domain import writer
    from app.domain.history import ChangeBatch
    from app.store import SummaryReport

    can_add_reports(viewer).require()
    row = session.scalars(
        select(SummaryReport).where(
            SummaryReport.user_id == viewer.id, SummaryReport.report_id == report_id,
            SummaryReport.deleted_at.is_(None),
        )
    ).first()  # fmt: skip
    return row is not None and writer.tombstone(ChangeBatch(session, viewer.id), row)
