"""Reports (issue 15 item 5, SUM-7).

report_compute_100k: "ARR by CSM" of the gallery (`reports.compute`: the sum of ARR per
CSM owner over the customers of the 100,000-company demo, labelled and ordered) beside
its floor: the same GROUP BY on raw sqlite3, rows fetched. The chart drawn on top of it
(`report_render`) comes with the Summary's report cards.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.report import Figure

RUNS = 15


def measure(big: Path) -> list[Figure]:
    from app.domain.filters import FilterContext
    from app.domain.reports import compute, gallery
    from app.domain.workspace import default_viewer
    from app.store.engine import open_database

    db = open_database(big)
    try:
        with db.session() as session:
            name, spec = next((n, s) for n, s in gallery(session) if n == "ARR by CSM")
            viewer = default_viewer(session)
            assert viewer is not None
            now = dt.datetime.now(ZoneInfo(viewer.time_zone))
            ctx = FilterContext(viewer.id, now.date(), now)
            ours = []
            for _ in range(RUNS):
                start = time.perf_counter()
                result = compute(session, spec, ctx)
                ours.append((time.perf_counter() - start) * 1000)
            object_id = spec.object_type_id.hex
    finally:
        db.dispose()
    raw = sqlite3.connect(big)
    floor = []
    for _ in range(RUNS):
        start = time.perf_counter()
        rows = raw.execute(
            "SELECT owner_id, sum(amount_minor), count(amount_minor), count(*) FROM records"
            " WHERE object_type_id = ? AND deleted_at IS NULL GROUP BY owner_id",
            (object_id,),
        ).fetchall()
        floor.append((time.perf_counter() - start) * 1000)
    raw.close()
    assert sum(r[3] for r in rows) == result.count
    note = (
        f"{name}: {result.count:,} customers in {len(result.groups)} groups; floor: the"
        " same GROUP BY on raw sqlite3; goal under 100 ms and within 3x"
    )
    return [Figure.of("report_compute_100k", ours, floor, note)]


if __name__ == "__main__":
    from benchmarks.demo_cache import demo_database
    from benchmarks.report import merge_json, print_table

    figures = measure(demo_database(100_000))
    print_table(figures)
    merge_json(figures)
