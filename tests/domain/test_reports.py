"""Reports (issue 15 item 1, SUM-7, DASH-2): the one SQL aggregate against a plain-Python
count of the same records (hypothesis), for every measure and grouping, on SQLite and
PostgreSQL; each group's condition selects exactly its records."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain import record_query, records
from app.domain.errors import ValidationError
from app.domain.filters import FilterContext
from app.domain.properties import load_properties
from app.domain.reports import STAGE, Measure, Period, ReportSpec, compute, drill_down
from app.domain.viewer import viewer_of
from app.domain.workspace import customer_object
from app.store import Record, User
from tests.conftest import database_on

ZONE = ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=ZONE)
TIERS = ("Enterprise", "Mid-market", "SMB")

company = st.fixed_dictionaries(
    {
        "tier": st.one_of(st.none(), st.sampled_from(TIERS)),
        "nps": st.one_of(st.none(), st.integers(0, 10)),
        "arr": st.one_of(st.none(), st.integers(0, 5_000_000)),
        "strategic": st.one_of(st.none(), st.booleans()),
        "renewal_date": st.one_of(st.none(), st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31))),
        "active_at": st.one_of(
            st.none(),
            st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 12, 31)).map(
                lambda d: d.replace(tzinfo=dt.UTC)
            ),
        ),
        "owned": st.booleans(),
    }
)
GROUPINGS = [
    (None, None), ("tier", None), ("strategic", None), ("csm_owner", None),
    ("renewal_date", Period.WEEK), ("renewal_date", Period.MONTH),
    ("renewal_date", Period.QUARTER), ("last_activity_date", Period.MONTH),
]  # fmt: skip
MEASURES = [(Measure.COUNT, None), *((m, k) for m in list(Measure)[1:] for k in ("nps", "arr"))]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def db(request, tmp_path_factory):
    from contextlib import ExitStack

    from app.domain.workspace import SetupChoice, setup_empty_workspace

    with ExitStack() as stack:
        database = database_on(request.param, tmp_path_factory, stack, "reports")
        with database.session() as s, s.begin():
            setup_empty_workspace(
                s, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
        yield database


def _period(day: dt.date, period: Period | None) -> dt.date:
    if period == Period.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if period == Period.MONTH:
        return day.replace(day=1)
    return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def _key(row: dict[str, Any], group: str | None, period: Period | None, ada_id) -> Any:
    if group is None:
        return None
    if group == "csm_owner":
        return ada_id if row["owned"] else None
    if group == "renewal_date":
        return _period(row["renewal_date"], period) if row["renewal_date"] else None
    if group == "last_activity_date":
        at = row["active_at"]
        if at is None:
            return None
        offset = NOW.utcoffset()
        return _period((at + offset).date(), period)  # the viewer's offset now (see reports.py)
    return row[group]


def _expected(rows, group, period, measure, key, ada_id) -> dict[Any, tuple[float | None, int]]:
    values: dict[Any, list[float]] = defaultdict(list)
    counts: dict[Any, int] = defaultdict(int)
    for row in rows:
        k = _key(row, group, period, ada_id)
        counts[k] += 1
        if key is not None and row[key] is not None:
            values[k].append(float(row[key]))
    out = {}
    for k, n in counts.items():
        got = values[k]
        out[k] = (
            float(n) if measure == Measure.COUNT
            else (sum(got) if got else None) if measure == Measure.SUM
            else (sum(got) / len(got) if got else None) if measure == Measure.AVERAGE
            else (min(got) if got else None) if measure == Measure.MIN
            else (max(got) if got else None),
            n,
        )  # fmt: skip
    return out


def _make_companies(s, rows) -> tuple[Any, Any]:
    ada = s.scalar(select(User).where(User.name == "Ada Admin"))
    viewer = viewer_of(ada)
    obj = customer_object(s)
    for before in s.scalars(select(Record).where(Record.object_type_id == obj.id)):
        s.delete(before)
    s.flush()
    for i, row in enumerate(rows):
        values = {"name": f"Company {i}", "csm_owner": str(ada.id) if row["owned"] else None}
        values |= {k: row[k] for k in ("tier", "nps", "arr", "strategic", "renewal_date")}
        made = records.create_record(
            s, viewer, obj, {k: v for k, v in values.items() if v is not None}
        )
        made.last_activity_at = row["active_at"]
    s.flush()
    return ada, obj


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(company, max_size=12), grouping=st.sampled_from(GROUPINGS),
       measure=st.sampled_from(MEASURES))  # fmt: skip
def test_the_aggregate_matches_a_count_in_python(db, rows, grouping, measure):
    group, period = grouping
    how, key = measure
    with db.session() as s:
        ada, obj = _make_companies(s, rows)
        spec = ReportSpec(obj.id, measure=how, measure_key=key, group_key=group, period=period)
        ctx = FilterContext(ada.id, NOW.date(), NOW)
        result = compute(s, spec, ctx)
        want = _expected(rows, group, period, how, key, ada.id)
        got = {g.key: (g.value, g.count) for g in result.groups}
        if group is None:  # one row, even of nothing
            want = want or {None: (0.0 if how == Measure.COUNT else None, 0)}
        assert set(got) == set(want)
        for k, (value, n) in want.items():
            assert got[k][1] == n
            if value is None:
                assert got[k][0] is None
            else:
                found = got[k][0]
                assert found is not None and math.isclose(found, value, rel_tol=1e-9)
        assert result.count == len(rows)
        # Each group's condition lists exactly its records (a click on a bar).
        if group is not None and group != "last_activity_date":
            props = load_properties(s, obj.id)
            for g in result.groups:
                q = drill_down(spec, g)
                assert record_query.count(s, q, props, ctx) == g.count, g
        s.rollback()


STACKS = [("tier", None, "strategic"), ("strategic", None, "tier"),
          ("renewal_date", Period.MONTH, "csm_owner"), ("csm_owner", None, "tier")]  # fmt: skip


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(company, max_size=12), stacking=st.sampled_from(STACKS),
       measure=st.sampled_from(MEASURES))  # fmt: skip
def test_a_stacked_bar_cuts_each_bar_as_a_count_in_python(db, rows, stacking, measure):
    """Each bar's parts are the (bar, stack) groups of the same rows counted in Python; a
    part's drill-down lists exactly its records."""
    from app.domain.reports import ChartKind

    group, period, stack = stacking
    how, key = measure
    with db.session() as s:
        ada, obj = _make_companies(s, rows)
        spec = ReportSpec(obj.id, measure=how, measure_key=key, group_key=group, period=period,
                          chart=ChartKind.STACKED_BAR, stack_key=stack)  # fmt: skip
        ctx = FilterContext(ada.id, NOW.date(), NOW)
        result = compute(s, spec, ctx)
        bars = _expected(rows, group, period, how, key, ada.id)
        assert {g.key: g.count for g in result.groups} == {k: n for k, (_v, n) in bars.items()}
        props = load_properties(s, obj.id)
        for bar in result.groups:
            mine = [r for r in rows if _key(r, group, period, ada.id) == bar.key]
            want = _expected(mine, stack, None, how, key, ada.id)
            got = {p.key: (p.value, p.count) for p in bar.parts}
            assert set(got) == set(want)
            for k, (value, n) in want.items():
                assert got[k][1] == n
                found = got[k][0]
                assert (found is None) == (value is None)
                if found is not None and value is not None:
                    assert math.isclose(found, value, rel_tol=1e-9)
            for part in bar.parts:
                assert part.bar == replace(bar, parts=())
                assert record_query.count(s, drill_down(spec, part), props, ctx) == part.count
        # The series name every stack value once, in the grouping's order.
        assert len({k for k, _label in result.series}) == len(result.series)
        assert {k for k, _l in result.series} == {p.key for g in result.groups for p in g.parts}
        s.rollback()


def test_a_report_refuses_what_it_cannot_add_up_or_group(db):
    with db.session() as s:
        obj = customer_object(s)
        with pytest.raises(ValidationError, match="number or currency"):
            compute(s, ReportSpec(obj.id, measure=Measure.SUM, measure_key="tier"), _ctx(s))
        with pytest.raises(ValidationError, match="Group by"):
            compute(s, ReportSpec(obj.id, group_key="name"), _ctx(s))
        with pytest.raises(ValidationError, match="weeks, months or quarters"):
            compute(s, ReportSpec(obj.id, group_key="renewal_date"), _ctx(s))
        assert compute(s, ReportSpec(obj.id, group_key=STAGE), _ctx(s)).groups == []
        from app.domain.reports import ChartKind

        with pytest.raises(ValidationError, match="second one"):
            compute(s, ReportSpec(obj.id, group_key="tier", chart=ChartKind.STACKED_BAR), _ctx(s))
        with pytest.raises(ValidationError, match="another property"):
            compute(s, ReportSpec(obj.id, group_key="tier", stack_key="tier"), _ctx(s))
        with pytest.raises(ValidationError, match="Stack the bars by a choice"):
            compute(s, ReportSpec(obj.id, group_key="tier", stack_key="renewal_date"), _ctx(s))


def _ctx(s) -> FilterContext:
    ada = s.scalar(select(User).where(User.name == "Ada Admin"))
    return FilterContext(ada.id, NOW.date(), NOW)


def test_the_gallery_computes_on_the_demo_and_fits_an_empty_workspace(tmp_path):
    from app.domain.demo import generate_demo
    from app.domain.reports import gallery
    from app.store.engine import open_database

    demo = open_database(tmp_path / "demo.db")
    generate_demo(demo, companies=60, seed=3)
    with demo.session() as s:
        ready = dict(gallery(s))
        assert list(ready) == [
            "Customers by health status", "ARR by CSM", "Renewals by month", "Deals by stage",
            "Tickets opened per week", "ARR by tier", "Open tasks by owner", "Health by tier",
        ]  # fmt: skip
        ctx = _ctx_of(s)
        arr = compute(s, ready["ARR by CSM"], ctx)
        assert arr.count == 60 and arr.total and arr.total > 0
        assert all(g.label and g.label != "Unknown user" for g in arr.groups)
        stages = compute(s, ready["Deals by stage"], ctx)
        assert [g.label for g in stages.groups] and stages.count > 0
        tiers = compute(s, ready["ARR by tier"], ctx)
        assert tiers.total == arr.total and len(tiers.groups) > 1
        # Open tasks by owner: the live open tasks, counted by assignee in Python.
        from app.store import Task, TaskStatus

        tasks = compute(s, ready["Open tasks by owner"], ctx)
        want: dict[Any, int] = defaultdict(int)
        for task in s.scalars(select(Task).where(Task.deleted_at.is_(None))):
            if task.status == TaskStatus.OPEN:
                want[task.assignee_id] += 1
        assert {g.key: g.count for g in tasks.groups} == dict(want) and len(want) > 1
        assert all(g.label and g.label != "Unknown user" for g in tasks.groups)
        health = compute(s, ready["Health by tier"], ctx)
        assert [g.key for g in health.groups] == [g.key for g in tiers.groups]
        assert sum(p.count for g in health.groups for p in g.parts) == 60
        assert [label for _k, label in health.series][:3] == ["At risk", "Neutral", "Healthy"]
    demo.dispose()


def test_a_report_is_saved_and_read_back_with_its_spec(db):
    from app.domain.errors import PermissionDenied
    from app.domain.reports import gallery, save_report, stored_spec

    with db.session() as s:
        ada = viewer_of(s.scalar(select(User).where(User.name == "Ada Admin")))
        name, spec = gallery(s)[1]  # ARR by CSM, on an empty workspace's companies
        report_id = save_report(s, ada, "  ARR by CSM ", spec)
        assert stored_spec(s, report_id) == ("ARR by CSM", spec)
        with pytest.raises(ValidationError):
            save_report(s, ada, " ", spec)
        from dataclasses import replace

        gone = replace(ada, is_active=False)
        with pytest.raises(PermissionDenied):
            save_report(s, gone, name, spec)
        s.rollback()


def _ctx_of(s) -> FilterContext:
    from app.domain.workspace import default_viewer

    user = default_viewer(s)
    assert user is not None
    return FilterContext(user.id, NOW.date(), NOW)


def test_the_summary_pins_up_to_five_reports_in_order_and_unpins(db):
    from app.domain.reports import MAX_PINNED, pin, pinned, save_report, unpin
    from app.store import SummaryReport

    with db.session() as s:
        ada = viewer_of(s.scalars(select(User).where(User.name == "Ada Admin")).one())
        obj = customer_object(s).id
        made = [
            save_report(s, ada, f"Report {i}", ReportSpec(obj, group_key="tier"))
            for i in range(MAX_PINNED + 1)
        ]

        def names() -> list[str]:
            return [name for _id, name, _spec in pinned(s, ada)]

        for report_id in made[:MAX_PINNED]:
            pin(s, ada, report_id)
        pin(s, ada, made[0])  # already there: nothing new
        assert names() == [f"Report {i}" for i in range(5)]
        with pytest.raises(ValidationError, match="up to 5 reports"):
            pin(s, ada, made[5])
        assert unpin(s, ada, made[1]) and not unpin(s, ada, made[1])
        pin(s, ada, made[5])
        assert names() == ["Report 0", "Report 2", "Report 3", "Report 4", "Report 5"]
        unpin(s, ada, made[5])
        pin(s, ada, made[1])  # back, last: its row brought back, not a second one
        assert names() == ["Report 0", "Report 2", "Report 3", "Report 4", "Report 1"]
        rows = s.scalars(select(SummaryReport).where(SummaryReport.report_id == made[1]))
        assert len(list(rows)) == 1
        s.rollback()
