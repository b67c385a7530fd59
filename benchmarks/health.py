"""Health scores on the big demo (issue 13 item 7, HEALTH-1, HEALTH-4).

health_recompute_100k: `store.recompute` of every customer of the 100,000-company demo
under ONE live profile of five groups (the demo's "Standard health"), on a copy of the
file with no stored score, so every score, history point and records' column is
written; beside its floor: the same rules as hand-written SQL on raw sqlite3 (one GROUP BY
per event rule joined on records, the property conditions as plain SQL, the caps and the
missing-NPS spreading as CASEs, results fetched), and the same rows written by raw
executemany. The two parts of the floor are in the note.

health_rescore_one: an NPS edited on a scored customer (`records.update_record`, its own
write transaction, as the app's edit) until its new score is stored (the app's rescoring
job: `store.affected_customers` and `store.recompute(..., record_ids=[id])` in a second
write transaction); floor: the raw UPDATE, the one customer's aggregate SELECT and the
raw writes of its score, history point and columns.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from benchmarks.report import Figure

PROFILE = "Standard health"
RESCORE_RUNS = 21
DAY = dt.timedelta(days=1)


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the demo (its WAL included), without its stored health, with
    one live profile: "Standard health" (made here if an older cached demo lacks it)."""
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.executescript(
        "DELETE FROM health_scores; DELETE FROM health_score_history; DELETE FROM alerts;"
        " UPDATE records SET health_score = NULL, health_status = NULL"
        " WHERE health_score IS NOT NULL OR health_status IS NOT NULL;"
    )
    dst.commit()
    groups = dst.execute(
        "SELECT count(g.id) FROM health_profiles p JOIN health_groups g ON g.profile_id = p.id"
        " WHERE p.name = ? AND p.deleted_at IS NULL AND g.deleted_at IS NULL",
        (PROFILE,),
    ).fetchone()[0]
    if groups != 5:  # an older cached demo: its profile of another shape steps aside
        dst.execute(
            "UPDATE health_profiles SET name = name || ' (older demo)' WHERE name = ?",
            (PROFILE,),
        )
        dst.commit()
    dst.close()
    from sqlalchemy import select, update

    from app.domain.demo.health import PROFILES, add_profile
    from app.store import HealthProfile, Workspace
    from app.store.engine import open_database

    db = open_database(target)
    with db.write_session() as session:
        if groups != 5:
            ws = session.scalars(select(Workspace).where(Workspace.is_main)).one()
            standard = next(p for p in PROFILES if p.name == PROFILE)
            add_profile(session, ws.id, standard, dt.datetime.now(dt.UTC))
        session.execute(
            update(HealthProfile)
            .where(HealthProfile.name != PROFILE)
            .values(status="draft", is_default=False)
        )
        session.execute(
            update(HealthProfile).where(HealthProfile.name == PROFILE).values(is_default=True)
        )
    db.dispose()


def _profile(session: Any) -> Any:
    from sqlalchemy import select

    from app.domain.health.profiles import load_profile
    from app.store import HealthProfile

    row = session.scalars(select(HealthProfile).where(HealthProfile.name == PROFILE)).one()
    spec = load_profile(session, row.id)
    assert len(spec.groups) == 5, "the benchmark's profile has five groups"
    return spec


def _ours(path: Path, now: dt.datetime) -> tuple[float, int]:
    from app.domain.demo.health import scoring_zone
    from app.domain.health import store
    from app.store.engine import open_database

    db = open_database(path)
    with db.session() as session:
        zone = scoring_zone(session)
        _profile(session)
    started = time.perf_counter()
    with db.write_session() as session:
        result = store.recompute(session, now, zone)
    elapsed = (time.perf_counter() - started) * 1000
    db.dispose()
    return elapsed, result.changed


def _ts(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(" ", "microseconds")[:26]


def floor_sql(now: dt.datetime, one: bool = False) -> str:
    """ "Standard health" hand-written: one GROUP BY per event rule, the property rules as
    CASEs, each group capped and floored, a group without input left out of the total."""
    since = {days: _ts(now - days * DAY) for days in (90, 120)}
    ago = {days: _ts(now - days * DAY) for days in (21, 45, 70)}
    nps = "CAST(json_extract(r.props, '$.nps') AS REAL)"
    high = "(json_extract(r.props, '$.priority') = 'high')"
    strategic = "(json_extract(r.props, '$.strategic') = 1)"

    def mine(column: str) -> str:  # one customer: every aggregate reads only its rows
        return f"AND {column} = :id" if one else ""

    def events(kind: str, table: str, days: int, extra: str = "") -> str:
        return (
            f"(SELECT l.record_id AS id, count(*) AS n FROM activity_links l"
            f" JOIN {table} a ON a.id = l.activity_id WHERE l.kind = '{kind}'"
            f" AND l.deleted_at IS NULL AND a.deleted_at IS NULL AND l.at >= '{since[days]}'"
            f" AND l.at <= '{_ts(now)}' {extra} {mine('l.record_id')} GROUP BY l.record_id)"
        )

    tickets = (
        "(SELECT x.id AS id, count(*) AS n FROM (SELECT a.from_record_id AS id, a.to_record_id"
        f" AS t FROM associations a WHERE a.deleted_at IS NULL {mine('a.from_record_id')}"
        " UNION ALL SELECT a.to_record_id, a.from_record_id FROM associations a"
        f" WHERE a.deleted_at IS NULL {mine('a.to_record_id')}) x"
        " JOIN records t ON t.id = x.t AND t.deleted_at IS NULL AND t.object_type_id ="
        " (SELECT id FROM object_types WHERE key = 'tickets')"
        " LEFT JOIN stages s ON s.id = t.stage_id WHERE coalesce(s.is_closed, 0) = 0"
        " GROUP BY x.id)"
    )
    sentiment = (
        f"CASE WHEN {nps} IS NULL THEN NULL WHEN {nps} >= 9 THEN 35 WHEN {nps} BETWEEN 7 AND 8"
        f" THEN 22 WHEN {nps} BETWEEN 5 AND 6 THEN 8 ELSE 0 END"
    )
    recency = (
        f"CASE WHEN r.last_activity_at IS NULL THEN NULL WHEN r.last_activity_at <= '{ago[70]}'"
        f" THEN 0 WHEN r.last_activity_at <= '{ago[45]}' THEN 8"
        f" WHEN r.last_activity_at <= '{ago[21]}' THEN 18 ELSE 25 END"
    )
    engagement = (
        "min(15, (coalesce(m.n, 0) >= 1) * 8 + CASE WHEN coalesce(e.n, 0) >= 2 THEN 10"
        " WHEN coalesce(e.n, 0) >= 1 THEN 6 ELSE 0 END + (coalesce(c.n, 0) >= 1) * 8)"
    )
    support = "CASE WHEN coalesce(t.n, 0) >= 1 THEN 3 ELSE 15 END"
    account = (
        f"max(0, min(10, CASE WHEN {nps} IS NULL"
        f" THEN ({strategic} * 5 + (NOT {high}) * 5) * 2"
        f" ELSE {strategic} * 5 + (NOT {high}) * 5 - ({nps} <= 4 AND {high}) * 10 END))"
    )
    where = "r.id = :id" if one else "r.object_type_id = :customers AND r.deleted_at IS NULL"
    return f"""
        SELECT id, CAST(floor((coalesce(g1, 0) + coalesce(g2, 0) + g3 + g4 + g5) * 100.0
               / (100 - (g1 IS NULL) * 35 - (g2 IS NULL) * 25) + 0.5) AS INTEGER)
        FROM (SELECT r.id AS id, {sentiment} AS g1, {recency} AS g2, {engagement} AS g3,
                     {support} AS g4, {account} AS g5
              FROM records r
              LEFT JOIN {events("meeting", "meetings", 90)} m ON m.id = r.id
              LEFT JOIN {events("email", "emails", 90)} e ON e.id = r.id
              LEFT JOIN {events("call", "calls", 120, "AND a.duration_s >= 900")} c
                ON c.id = r.id
              LEFT JOIN {tickets} t ON t.id = r.id
              WHERE {where})
    """


def _category(score: int) -> str:
    return "at_risk" if score <= 39 else "neutral" if score <= 69 else "healthy"


def _floor(path: Path, now: dt.datetime) -> tuple[float, float, dict[str, int]]:
    """(ms reading, ms writing, scores) of the hand-written floor on a copy."""
    conn = sqlite3.connect(path, isolation_level=None)
    customers, profile = conn.execute(
        "SELECT w.customer_object_id, p.id FROM workspaces w, health_profiles p"
        " WHERE w.is_main AND p.name = ?",
        (PROFILE,),
    ).fetchone()
    started = time.perf_counter()
    rows = conn.execute(floor_sql(now), {"customers": customers}).fetchall()
    read = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    stamp = _ts(now)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO health_scores (id, record_id, profile_id, score, category, computed_at,"
        " breakdown, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '{}', ?, ?)",
        [(uuid.uuid4().hex, r, profile, s, _category(s), stamp, stamp, stamp) for r, s in rows],
    )
    conn.executemany(
        "INSERT INTO health_score_history (id, record_id, profile_id, score, category, at,"
        " reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '{\"moves\": []}', ?, ?)",
        [(uuid.uuid4().hex, r, profile, s, _category(s), stamp, stamp, stamp) for r, s in rows],
    )
    conn.executemany(
        "UPDATE records SET health_score = ?, health_status = ? WHERE id = ?",
        [(s, _category(s), r) for r, s in rows],
    )
    conn.execute("COMMIT")
    written = (time.perf_counter() - started) * 1000
    conn.executescript(  # the copy clean again for the product's run
        "DELETE FROM health_scores; DELETE FROM health_score_history;"
        " UPDATE records SET health_score = NULL, health_status = NULL"
        " WHERE health_score IS NOT NULL;"
    )
    conn.close()
    return read, written, {r: s for r, s in rows}


def _check_floor(path: Path, floor_scores: dict[str, int]) -> int:
    """How many customers the floor's SQL scores differently from the product."""
    conn = sqlite3.connect(path)
    ours = dict(conn.execute("SELECT record_id, score FROM health_scores").fetchall())
    conn.close()
    return sum(1 for r, s in floor_scores.items() if ours.get(r) != s)


def measure_recompute(database: Path, runs: int = 1) -> Figure:
    now = dt.datetime.now(dt.UTC)
    runs_ms, read_ms, write_ms = [], [], []
    differ = 0
    with tempfile.TemporaryDirectory(dir=database.parent) as tmp:
        for i in range(runs):
            copy = Path(tmp) / f"health{i}.db"
            _copy(database, copy)
            read, written, floor_scores = _floor(copy, now)
            read_ms.append(read)
            write_ms.append(written)
            elapsed, changed = _ours(copy, now)
            runs_ms.append(elapsed)
            differ = _check_floor(copy, floor_scores)
            assert changed == len(floor_scores), (changed, len(floor_scores))
    read, written = statistics.median(read_ms), statistics.median(write_ms)
    figure = Figure.of(
        f"health_recompute_{len(floor_scores) // 1000}k",
        runs_ms,
        [r + w for r, w in zip(read_ms, write_ms, strict=True)],
    )
    assert figure.median_ms is not None
    figure.note = (
        f"{len(floor_scores):,} customers, one profile of five groups, from clean; floor: "
        f"hand-written SQL {read:,.0f} ms + raw writes {written:,.0f} ms"
        f"{'' if not differ else f' ({differ} scores differ from the floor)'}"
    )
    return figure


def measure_rescore(database: Path) -> Figure:
    """Median of `RESCORE_RUNS` edits of one scored customer's NPS until stored."""
    from sqlalchemy import select

    from app.domain import records
    from app.domain.demo.health import scoring_zone
    from app.domain.health import store
    from app.domain.viewer import viewer_of
    from app.domain.workspace import customer_object
    from app.store import HealthScore, Record, User, utcnow
    from app.store.engine import open_database

    runs_ms: list[float] = []
    floor_ms: list[float] = []
    with tempfile.TemporaryDirectory(dir=database.parent) as tmp:
        copy = Path(tmp) / "rescore.db"
        _copy(database, copy)
        _ours(copy, dt.datetime.now(dt.UTC))  # every customer scored first
        db = open_database(copy)
        with db.session() as session:
            zone = scoring_zone(session)
            me = session.scalars(select(User).where(User.is_super_admin, User.has_service_seat))
            user = me.first()
            assert user is not None
            viewer = viewer_of(user)
            record_id = session.scalars(
                select(Record.id)
                .where(Record.object_type_id == customer_object(session).id)
                .order_by(Record.id)
                .limit(1)
            ).one()
        for i in range(RESCORE_RUNS):
            nps = 10 if i % 2 == 0 else 2
            started = time.perf_counter()
            with db.write_session() as session:
                record = session.get(Record, record_id)
                assert record is not None
                records.update_record(session, viewer, record, {"nps": nps})
            with db.write_session() as session:
                ids = store.affected_customers(session, [record_id])
                store.recompute(session, utcnow(), zone, record_ids=ids)
            runs_ms.append((time.perf_counter() - started) * 1000)
            with db.session() as session:
                score = session.scalars(
                    select(HealthScore.score).where(HealthScore.record_id == record_id)
                ).one()
            floor_ms.append(_rescore_floor(copy, record_id.hex, nps))
            assert score is not None
        db.dispose()
    figure = Figure.of("health_rescore_one", runs_ms, floor_ms)
    figure.note = (
        f"an NPS edited, committed, then its customer rescored and stored (median of "
        f"{RESCORE_RUNS}); floor: raw UPDATE + the customer's aggregate SELECT + raw writes"
    )
    return figure


def _rescore_floor(path: Path, record: str, nps: int) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    now = dt.datetime.now(dt.UTC)
    sql = floor_sql(now, one=True)
    stamp = _ts(now)
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "UPDATE records SET props = json_set(props, '$.nps', ?) WHERE id = ?", (nps, record)
    )
    conn.execute("COMMIT")
    conn.execute("BEGIN IMMEDIATE")
    ((rid, score),) = conn.execute(sql, {"id": record}).fetchall()
    conn.execute(
        "UPDATE health_scores SET score = ?, category = ?, computed_at = ? WHERE record_id = ?",
        (score, _category(score), stamp, rid),
    )
    conn.execute(
        "INSERT INTO health_score_history (id, record_id, profile_id, score, category, at,"
        " reason, created_at, updated_at) SELECT ?, record_id, profile_id, score, category, ?,"
        " '{\"moves\": []}', ?, ? FROM health_scores WHERE record_id = ?",
        (uuid.uuid4().hex, stamp, stamp, stamp, rid),
    )
    conn.execute(
        "UPDATE records SET health_score = ?, health_status = ? WHERE id = ?",
        (score, _category(score), rid),
    )
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed


def measure(database: Path) -> list[Figure]:
    return [measure_recompute(database), measure_rescore(database)]


if __name__ == "__main__":
    import sys

    from benchmarks.demo_cache import demo_database
    from benchmarks.report import print_table

    companies = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print_table(measure(demo_database(companies)))
