"""CSV export of a view (DATA-4): exactly the matching rows, readable values, cancel; for
records views and the Actions tab's task views."""

from __future__ import annotations

import csv
import datetime as dt
from contextlib import ExitStack
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.domain import export, records
from app.domain import record_query as rq
from app.domain import task_query as tq
from app.domain.filters import FilterContext
from app.domain.properties import load_properties
from app.domain.workspace import SetupChoice, customer_object, setup_empty_workspace, user_names
from app.store import (
    ActivityKind,
    ActivityLink,
    Task,
    TaskPriority,
    TaskStatus,
    TaskType,
    User,
)
from tests.conftest import database_on
from tests.domain.conftest import NOW, TODAY

KEYS = ["name", "csm_owner", "arr", "renewal_date", "products", "strategic", "create_date"]


def _setup(session):
    companies = customer_object(session)
    props = load_properties(session, companies.id)
    admin = session.scalars(select(User).where(User.name == "Ada Admin")).one()
    return companies, props, FilterContext(admin.id, TODAY, NOW)


def test_a_filtered_view_exports_exactly_its_rows(seeded, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "EXPORT_PAGE", 4)  # several pages
    with seeded.session() as session:
        companies, props, ctx = _setup(session)
        names = user_names(session)
        filters = [[{"property": "csm_owner", "op": "is_any_of", "value": ["me"]}]]
        query = rq.RecordQuery(companies.id, filters=filters, sort_key="arr", descending=True)
        expected, cursor = rq.page_values(session, query, props, ctx, [props["name"]], limit=1000)
        assert cursor is None
    path = tmp_path / "owned.csv"
    seen = []
    count = export.export_csv(
        seeded, query, props, [props[k] for k in KEYS], ctx, path,
        time_zone="Europe/Warsaw", user_names=names, progress=lambda _p, f: seen.append(f),
    )  # fmt: skip
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [props[k].label for k in KEYS]
    assert [r[0] for r in rows[1:]] == [values[0] for _id, values in expected]
    assert count == len(rows) - 1 == len(expected) > 4
    assert {r[1] for r in rows[1:]} == {"Ada Admin"}
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_values_are_spreadsheet_friendly(seeded, tmp_path):
    with seeded.session() as session:
        companies, props, ctx = _setup(session)
        names = user_names(session)
    path = tmp_path / "all.csv"
    query = rq.RecordQuery(companies.id, search="Acme 04")  # 4: ARR 6,000; products bit 2
    export.export_csv(seeded, query, props, [props[k] for k in KEYS], ctx, path, user_names=names)
    with path.open(encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["Company name"] == "Acme 04"
    assert row["ARR"] == "6000"  # 4 * 1500 dollars, from 600000 minor units
    assert row["Products"] == "Automation"
    assert row["Strategic account"] == "No"
    assert row["Renewal date"].count("-") == 2


def test_cancel_writes_nothing_and_keeps_an_existing_file(seeded, tmp_path):
    with seeded.session() as session:
        companies, props, ctx = _setup(session)
    path = tmp_path / "keep.csv"
    path.write_text("my old export")
    with pytest.raises(export.ExportCancelled):
        export.export_csv(
            seeded, rq.RecordQuery(companies.id), props, [props["name"]], ctx, path,
            cancelled=lambda: True,
        )  # fmt: skip
    assert path.read_text() == "my old export"
    assert not (tmp_path / "keep.csv.partial").exists()


@pytest.mark.parametrize(
    "name",
    ['=HYPERLINK("http://x.example","y")', "=1+2", "@SUM(1)", "+1+1", "-2+3", "\tcmd"],
)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(workspace_db, tmp_path, name):
    """Issue 11 item 6 (OWASP's CSV-injection rule): a leading =, +, -, @, tab or CR gets a
    quote, so a spreadsheet shows the text instead of running it; negative amounts stay
    numbers."""
    from app.domain.records import create_record

    with workspace_db.session() as session, session.begin():
        companies = customer_object(session)
        admin = session.scalars(select(User).where(User.name == "Ada Admin")).one()
        create_record(session, admin, companies, {"name": name, "arr": -50_000, "nps": -3})
    with workspace_db.session() as session:
        props = load_properties(session, companies.id)
    columns = [props["name"], props["arr"], props["nps"]]
    path = tmp_path / "out.csv"
    ctx = FilterContext(admin.id, TODAY, NOW)
    query = rq.RecordQuery(companies.id)
    export.export_csv(workspace_db, query, props, columns, ctx, path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        (_header, row) = list(csv.reader(f))
    assert row == ["'" + name, "-500", "-3"]


def test_a_carriage_return_and_a_formula_label_are_quoted_too():
    assert export.cell_text(None, "\r=1", "\r=1") == "'\r=1"
    assert export.cell_text(None, "=Owner", "=Owner") == "'=Owner"  # a header
    assert export.cell_text(None, "Acme", "Acme") == "Acme"


# -- the Actions tab's task views (DATA-4, issue 12 item 7) ------------------------------
WARSAW = ZoneInfo("Europe/Warsaw")
TASKS_NOW = dt.datetime(2026, 3, 11, 12, 0, tzinfo=WARSAW)  # UTC+1 in March


def _warsaw(days: int, hour: int, minute: int = 0) -> dt.datetime:
    day = TASKS_NOW.date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(hour, minute), WARSAW).astimezone(dt.UTC)


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def tasks_db(request, tmp_path_factory):
    """Ada's open tasks: a formula title, a call at 23:30 Warsaw time (22:30 UTC), an
    all-day task, ten more to fill pages; one done, and one of Olu's."""
    with ExitStack() as stack:
        db = database_on(request.param, tmp_path_factory, stack, "export_tasks")
        with db.session() as session, session.begin():
            ada = setup_empty_workspace(
                session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
            )
            olu = User(name="Olu Other", email="olu@example.com", has_service_seat=True)
            session.add(olu)
            session.flush()

            def task(title, due, who=ada, **extra):
                item = Task(title=title, due_at=due, assignee_id=who.id, **extra)
                session.add(item)
                session.flush()
                return item

            task('=HYPERLINK("http://x.example","y")', _warsaw(-1, 9))
            call = task(
                "Call Acme", _warsaw(0, 23, 30), type=TaskType.CALL, priority=TaskPriority.HIGH
            )
            task("All-day review", _warsaw(1, 0), due_all_day=True)
            for i in range(10):
                task(f"Batch {i}", _warsaw(2, 8 + i))
            task("Done", _warsaw(0, 9), status=TaskStatus.COMPLETED)
            task("Olu's own", _warsaw(0, 9), who=olu)
            acme = records.create_record(session, ada, customer_object(session), {"name": "Acme"})
            session.add(
                ActivityLink(kind=ActivityKind.TASK, activity_id=call.id, record_id=acme.id)
            )
        yield db, ada.id


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_a_task_view_exports_its_tasks_with_the_tables_columns(tasks_db, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "EXPORT_PAGE", 3)  # several pages
    db, ada = tasks_db
    query = tq.TaskQuery(ada, "all_open")
    with db.session() as session:
        names = user_names(session)
        shown, _cursor = tq.page(session, query, TASKS_NOW, WARSAW, limit=1000)
    path = tmp_path / "open.csv"
    seen: list[float] = []
    count = export.export_tasks_csv(
        db, query, path, now=TASKS_NOW, time_zone="Europe/Warsaw", user_names=names,
        progress=lambda _p, f: seen.append(f),
    )  # fmt: skip
    rows = _read(path)
    assert rows[0] == list(export.TASK_COLUMNS)
    assert count == len(rows) - 1 == len(shown) == 13
    assert [r[0] for r in rows[1:]] == [
        export.cell_text(None, t.title, t.title) for t in shown
    ]  # the table's order
    by_title = {r[0]: dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    call = by_title["Call Acme"]
    assert call == {
        "Title": "Call Acme", "Type": "Call", "Priority": "High",
        "Due": "2026-03-11T23:30+01:00",  # the viewer's zone, not UTC's 22:30
        "Assignee": "Ada Admin", "Associated record": "Acme", "Status": "Open",
    }  # fmt: skip
    assert by_title["All-day review"]["Due"] == "2026-03-12"
    assert by_title["Batch 0"]["Type"] == "To-do" and by_title["Batch 0"]["Priority"] == ""
    assert "Done" not in by_title and "Olu's own" not in by_title
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 3


def test_a_task_title_a_spreadsheet_would_run_is_written_as_text(tasks_db, tmp_path):
    db, ada = tasks_db
    path = tmp_path / "overdue.csv"
    export.export_tasks_csv(
        db, tq.TaskQuery(ada, "overdue"), path, now=TASKS_NOW, time_zone="Europe/Warsaw"
    )
    (_header, row) = _read(path)
    assert row[0] == '\'=HYPERLINK("http://x.example","y")'


def test_a_view_without_tasks_exports_its_header(tasks_db, tmp_path):
    db, ada = tasks_db
    path = tmp_path / "none.csv"
    query = tq.TaskQuery(ada, "all_open", search="no such task")
    assert export.export_tasks_csv(db, query, path, now=TASKS_NOW) == 0
    assert _read(path) == [list(export.TASK_COLUMNS)]


def test_a_cancelled_task_export_leaves_no_file(tasks_db, tmp_path, monkeypatch):
    """Cancelled after the first page: the old file stays and no `.partial` is left."""
    monkeypatch.setattr(export, "EXPORT_PAGE", 3)
    db, ada = tasks_db
    path = tmp_path / "keep.csv"
    path.write_text("my old export")
    pages: list[float] = []
    with pytest.raises(export.ExportCancelled):
        export.export_tasks_csv(
            db, tq.TaskQuery(ada, "all_open"), path, now=TASKS_NOW,
            progress=lambda _p, f: pages.append(f), cancelled=lambda: bool(pages),
        )  # fmt: skip
    assert len(pages) == 1  # it had begun writing
    assert path.read_text() == "my old export"
    assert list(tmp_path.iterdir()) == [path]
