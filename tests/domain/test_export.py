"""CSV export of a view (DATA-4): exactly the matching rows, readable values, cancel."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from app.domain import export
from app.domain import record_query as rq
from app.domain.filters import FilterContext
from app.domain.properties import load_properties
from app.domain.workspace import customer_object, user_names
from app.store import User
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
