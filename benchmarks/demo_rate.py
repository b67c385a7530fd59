"""demo_generate: generating a demo workspace, beside SQLite alone writing the same rows."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.report import Figure


def _copy_rows(source: Path, target: Path) -> int:
    """Write every row of `source` into a freshly migrated `target` with plain SQL."""
    from app.store import Base
    from app.store.engine import open_database

    open_database(target).dispose()
    conn = sqlite3.connect(target)
    # The same settings the demo's bulk load uses (a throw-away file until it is complete).
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(f"ATTACH DATABASE '{source}' AS src")
    rows = 0
    with conn:
        for table in Base.metadata.sorted_tables:
            cur = conn.execute(f"INSERT INTO main.{table.name} SELECT * FROM src.{table.name}")
            rows += cur.rowcount
    conn.close()
    return rows


def measure(companies: int = 5000, runs: int = 3) -> Figure:
    """Median time to generate `companies` companies; floor: SQLite copying the same rows."""
    from app.domain.demo import generate_demo
    from app.store.engine import open_database

    runs_ms, floor_ms, rows = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            path = Path(tmp) / f"demo{i}.db"
            started = time.perf_counter()
            db = open_database(path)
            generate_demo(db, companies=companies, seed=1)
            db.dispose()
            runs_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            rows = _copy_rows(path, Path(tmp) / f"copy{i}.db")
            floor_ms.append((time.perf_counter() - started) * 1000)
    figure = Figure.of(f"demo_generate_{companies // 1000}k", runs_ms, floor_ms)
    assert figure.median_ms is not None  # of runs made just above
    rate = companies / (figure.median_ms / 1000)
    figure.note = f"{rate:,.0f} companies/s, {rows:,} rows; floor: SQLite writing the same rows"
    return figure
