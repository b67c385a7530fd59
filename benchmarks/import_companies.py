"""import_companies_100k: a CRM export of 100,000 companies imported through the import
engine (read, guessed, validated, written in batches with their change entries), beside
its floor: the same rows read from the file and written by raw `executemany` into the
records table of a fresh workspace, in one transaction."""

from __future__ import annotations

import csv
import json
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.report import Figure

HEADER = (
    "Record ID", "Company name", "Company Domain Name", "Company owner", "Phone Number",
    "City", "Country/Region", "Annual Revenue", "Industry", "Number of Employees",
)  # fmt: skip
CITIES = (("Zürich", "Switzerland"), ("Lisboa", "Portugal"), ("Kraków", "Poland"),
          ("Boston", "United States"), ("Sevilla", "Spain"), ("München", "Germany"))  # fmt: skip
INDUSTRIES = ("Software", "Media", "Retail", "Energy", "Healthcare", "Logistics")
CPU_MS: list[float] = []  # the import's own processor time per run (the machine is shared)


def write_export(path: Path, companies: int, seed: int = 7) -> None:
    """A HubSpot-style companies export (UTF-8 with a BOM) of `companies` rows."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for i in range(companies):
            city, country = rng.choice(CITIES)
            writer.writerow((
                10_000 + i, f"Company {i:06d}", f"company{i:06d}.example", "ada@example.com",
                f"+1 555 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}", city, country,
                f"{rng.randrange(10_000, 9_000_000):,}", rng.choice(INDUSTRIES),
                rng.randrange(5, 20_000),
            ))  # fmt: skip


def _workspace(path: Path) -> tuple[Any, Any]:
    from app.domain.viewer import viewer_of
    from app.domain.workspace import SetupChoice, setup_empty_workspace
    from app.store.engine import open_database

    db = open_database(path)
    with db.write_session() as session:
        admin = setup_empty_workspace(
            session, SetupChoice("companies", "csm_owner", "Ada Admin", "ada@example.com")
        )
        return db, viewer_of(admin)


def _ours(export: Path, target: Path) -> tuple[float, int]:
    from app.domain import csv_import

    db, viewer = _workspace(target)
    started, cpu = time.perf_counter(), time.process_time()
    source = csv_import.read_csv(export)
    with db.session() as session:
        catalog = csv_import.load_catalog(session, "companies")
        mapping = csv_import.guess_mapping(session, source, catalog)
    report = csv_import.run_import(db, viewer, source, mapping)
    elapsed = (time.perf_counter() - started) * 1000
    CPU_MS.append((time.process_time() - cpu) * 1000)
    db.dispose()
    return elapsed, report.created


def _floor(export: Path, target: Path) -> float:
    """The same rows into `records` with the DB-API, as SQLAlchemy stores them on SQLite."""
    from sqlalchemy import select

    from app.store import ObjectType, User

    db, _viewer = _workspace(target)
    with db.session() as session:
        companies = session.scalars(
            select(ObjectType.id).where(ObjectType.key == "companies")
        ).one()
        owner = session.scalars(select(User.id)).one()
    db.dispose()
    conn = sqlite3.connect(target)
    started = time.perf_counter()
    with export.open(encoding="utf-8-sig", newline="") as text:
        reader = csv.reader(text)
        next(reader)
        now = "2026-12-01 12:00:00.000000"
        rows = [
            (uuid.uuid4().hex, companies.hex, name, domain, int(revenue.replace(",", "")) * 100,
             json.dumps({"source_id": rid, "company_owner": str(owner), "phone": phone,
                         "city": city, "country": country, "industry": industry,
                         "employees": int(employees)}), now, now)
            for rid, name, domain, _o, phone, city, country, revenue, industry, employees in reader
        ]  # fmt: skip
    with conn:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO records (id, object_type_id, name, search_key, amount_minor, props,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed


def measure(companies: int = 100_000, runs: int = 1) -> Figure:
    """Median time to import `companies` rows; floor: executemany of the same rows."""
    runs_ms, floor_ms = [], []
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "companies.csv"
        write_export(export, companies)
        for i in range(runs):
            floor_ms.append(_floor(export, Path(tmp) / f"floor{i}.db"))
            elapsed, created = _ours(export, Path(tmp) / f"ours{i}.db")
            assert created == companies, f"{created} of {companies} imported"
            runs_ms.append(elapsed)
    figure = Figure.of(f"import_companies_{companies // 1000}k", runs_ms, floor_ms)
    assert figure.median_ms is not None
    rate = companies / (figure.median_ms / 1000)
    cpu = statistics.median(CPU_MS[-runs:]) / 1000
    figure.note = (
        f"{rate:,.0f} rows/s ({cpu:.1f} s of CPU), each value with its change entry; "
        "floor: raw executemany of the same rows into records"
    )
    return figure


if __name__ == "__main__":
    import sys

    from benchmarks.report import print_table

    print_table([measure(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)])
